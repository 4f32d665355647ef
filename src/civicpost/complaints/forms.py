"""Forms for complaints: intake, stages, evidence, letters and the Clerk's settings."""

from __future__ import annotations

from functools import partial
from typing import Any

from django import forms

from civicpost.people.forms import DateInput
from civicpost.people.models import Person, today
from civicpost.web.text import clean_text

from .evidence import FILE_TYPES, check_upload
from .letters import check_template
from .models import ComplaintSettings, Harm, LetterTemplate, RetentionRule, StageRule

URLField = partial(forms.URLField, assume_scheme="https", max_length=1000)


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one file input; each is checked (size, type, not broken)."""

    def __init__(self, *args: Any, max_mb: int = 10, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        self.max_mb = max_mb
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        single = super().clean
        uploads = data if isinstance(data, list | tuple) else ([data] if data else [])
        cleaned = [single(upload, initial) for upload in uploads if upload]
        for upload in cleaned:
            check_upload(upload, self.max_mb)
        return cleaned


def _types_hint(max_mb: int) -> str:
    kinds = ", ".join(sorted({e.lstrip(".").upper() for e in FILE_TYPES}))
    return f"{kinds}; up to {max_mb} MB each. You can choose several."


def _clean(value: str, multiline: bool = True) -> str:
    return clean_text(value or "", multiline=multiline)


class IntakeForm(forms.Form):
    """Clause 7: who complains, about whom, what material, when, and how it harmed them."""

    complainant = forms.ModelChoiceField(
        Person.objects.all(),
        label="Who is making the complaint?",
        help_text="You are recording it on their behalf.",
    )
    subject = forms.ModelChoiceField(
        Person.objects.all(),
        required=False,
        label="Who posted the material?",
        help_text="Choose from the council’s register of people.",
    )
    subject_name = forms.CharField(
        required=False,
        max_length=150,
        label="If they are not in the list, their name",
    )
    posted_on = forms.DateField(label="When was it posted?", widget=DateInput)
    seen_on = forms.DateField(label="When did you see it?", widget=DateInput, initial=today)
    url = URLField(required=False, label="Link to the material")
    text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        label="The words exactly as they appeared",
        help_text="Copy and paste them if you can.",
    )
    files = MultipleFileField(required=False, label="Screenshots or other files")
    harms = forms.MultipleChoiceField(
        choices=Harm.choices,
        widget=forms.CheckboxSelectMultiple,
        label="How did it affect you?",
        help_text="Select all that apply.",
        error_messages={"required": "Select how the material affected you."},
    )
    harm_details = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        label="Tell us more about how it affected you",
        error_messages={"required": "Tell us how the material affected you."},
    )

    def __init__(self, *args: Any, on_behalf: bool, max_mb: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not on_behalf:
            del self.fields["complainant"]
            self.fields["harms"].label = "How did it affect you?"
        else:
            self.fields["harms"].label = "How did it affect them?"
            self.fields["harm_details"].label = "How did it affect them? Give details"
        self.fields["files"].max_mb = max_mb
        self.fields["files"].help_text = _types_hint(max_mb)

    def clean_subject_name(self) -> str:
        return _clean(self.cleaned_data["subject_name"], multiline=False)

    def clean_text(self) -> str:
        return _clean(self.cleaned_data["text"])

    def clean_harm_details(self) -> str:
        return _clean(self.cleaned_data["harm_details"])


class StepForm(forms.Form):
    done_on = forms.DateField(label="Date it was done", widget=DateInput, initial=today)
    person = forms.ModelChoiceField(Person.objects.all(), required=False)
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 4}), label="Notes")

    def __init__(self, *args: Any, person_label: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if person_label:
            self.fields["person"].label = person_label
            self.fields["person"].required = True
        else:
            del self.fields["person"]

    def clean_note(self) -> str:
        return _clean(self.cleaned_data["note"])


class ReasonForm(forms.Form):
    reason = forms.CharField(label="Why?", widget=forms.Textarea(attrs={"rows": 3}))

    def clean_reason(self) -> str:
        return _clean(self.cleaned_data["reason"])


class RouteForm(ReasonForm):
    conduct_matter = forms.TypedChoiceField(
        label="Is the complaint about the councillor’s conduct under the Code of Conduct?",
        choices=[
            ("yes", "Yes: refer it to the Monitoring Officer"),
            ("no", "No: deal with it under the council’s Complaints Policy"),
        ],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
    )


class AccessForm(forms.Form):
    person = forms.ModelChoiceField(Person.objects.all(), label="Who needs to open this case?")
    reason = forms.CharField(max_length=200, label="Why do they need it?")

    def clean_reason(self) -> str:
        return _clean(self.cleaned_data["reason"], multiline=False)


class HandlerForm(AccessForm):
    person = forms.ModelChoiceField(Person.objects.all(), label="Who will handle this case?")


class EvidenceForm(forms.Form):
    description = forms.CharField(max_length=300, label="What is it?")
    url = URLField(required=False, label="Link")
    text = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 5}), label="Text")
    upload = forms.FileField(required=False, label="File or screenshot")

    def __init__(self, *args: Any, max_mb: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_mb = max_mb
        self.fields["upload"].help_text = _types_hint(max_mb).replace(
            " You can choose several.", ""
        )

    def clean_description(self) -> str:
        return _clean(self.cleaned_data["description"], multiline=False)

    def clean_text(self) -> str:
        return _clean(self.cleaned_data["text"])

    def clean_upload(self) -> Any:
        upload = self.cleaned_data.get("upload")
        if upload:
            check_upload(upload, self.max_mb)
        return upload


class DecisionForm(forms.Form):
    outcome = forms.CharField(widget=forms.Textarea(attrs={"rows": 5}), label="What was decided?")
    decided_on = forms.DateField(label="Date of the decision", widget=DateInput, initial=today)

    def clean_outcome(self) -> str:
        return _clean(self.cleaned_data["outcome"])


class MoDecisionForm(DecisionForm):
    reference = forms.CharField(
        required=False, max_length=100, label="The Monitoring Officer’s reference"
    )
    field_order = ["outcome", "decided_on", "reference"]


class SettingsForm(forms.ModelForm):
    class Meta:
        model = ComplaintSettings
        fields = [
            "principal_authority",
            "monitoring_officer",
            "monitoring_officer_address",
            "monitoring_officer_email",
            "signpost_text",
            "max_upload_mb",
        ]

    def clean_max_upload_mb(self) -> int:
        value = self.cleaned_data["max_upload_mb"]
        if not 1 <= value <= 100:
            raise forms.ValidationError("Enter a size from 1 to 100 MB.")
        return value


class StageRuleForm(forms.ModelForm):
    class Meta:
        model = StageRule
        fields = ["name", "guidance", "working_days", "earliest_working_days"]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        days, earliest = data.get("working_days"), data.get("earliest_working_days")
        if days is not None and earliest is not None and earliest > days:
            self.add_error(
                "earliest_working_days", "This must not be more than the deadline in working days."
            )
        return data


class LetterTemplateForm(forms.ModelForm):
    class Meta:
        model = LetterTemplate
        fields = ["name", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 24})}

    def clean_body(self) -> str:
        body = _clean(self.cleaned_data["body"])
        problem = check_template(body)
        if problem:
            raise forms.ValidationError(problem)
        return body


class RetentionRuleForm(forms.ModelForm):
    class Meta:
        model = RetentionRule
        fields = ["years", "basis", "action"]
        widgets = {"basis": forms.RadioSelect, "action": forms.RadioSelect}

    def clean_years(self) -> int:
        years = self.cleaned_data["years"]
        if not 1 <= years <= 100:
            raise forms.ValidationError("Enter a number of years from 1 to 100.")
        return years
