"""Forms for the registers. Text is cleaned (one Unicode form, no hidden characters) and
dates are checked for order, so a bad entry is a clear error and nothing is half-saved."""

from __future__ import annotations

from functools import partial
from typing import Any

from django import forms

from civicpost.people.forms import DateInput
from civicpost.web.text import clean_text

from .models import (
    AgendaItem,
    CommentApproval,
    ConcernRoute,
    ConfidentialMatter,
    Consent,
    CouncilProfile,
    Decision,
    LinkCheck,
    Meeting,
    PolicyAdoption,
)

MAX_EVIDENCE_BYTES = 10 * 1024 * 1024


class RegisterForm(forms.ModelForm):
    """Cleans every text field; checks that any end date is not before its start date."""

    date_order: tuple[str, str] | None = None  # (start field, end field)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for name, field in self.fields.items():
            value = data.get(name)
            if isinstance(value, str) and isinstance(field, forms.CharField):
                multiline = isinstance(field.widget, forms.Textarea)
                try:
                    data[name] = clean_text(value, multiline=multiline)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        if self.date_order:
            start, end = (data.get(f) for f in self.date_order)
            if start and end and end < start:
                self.add_error(
                    self.date_order[1],
                    "This date must be the same as or after "
                    f"the {self.fields[self.date_order[0]].label.lower()} date.",
                )
        return data


def _dates(*names: str) -> dict[str, forms.Widget]:
    return {name: DateInput for name in names}


class ConsentForm(RegisterForm):
    date_order = ("given_on", "expires_on")

    class Meta:
        model = Consent
        fields = [
            "kind",
            "subject",
            "is_minor",
            "guardian",
            "scope",
            "channel",
            "names_allowed",
            "given_on",
            "expires_on",
            "evidence",
            "notes",
        ]
        widgets = _dates("given_on", "expires_on") | {"scope": forms.Textarea(attrs={"rows": 3})}

    def clean_evidence(self) -> Any:
        evidence = self.cleaned_data.get("evidence")
        if evidence and getattr(evidence, "size", 0) > MAX_EVIDENCE_BYTES:
            raise forms.ValidationError("The file must be smaller than 10 MB.")
        return evidence

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("is_minor") and not data.get("guardian"):
            self.add_error(
                "guardian", "For a child, enter the parent or guardian who gave permission."
            )
        return data


class LinkCheckForm(RegisterForm):
    date_order = ("checked_on", "recheck_on")

    class Meta:
        model = LinkCheck
        fields = ["domain", "allowed", "checked_by", "checked_on", "recheck_on", "note"]
        widgets = _dates("checked_on", "recheck_on")

    def clean_domain(self) -> str:
        value = clean_text(self.cleaned_data["domain"]).lower()
        for prefix in ("https://", "http://"):
            value = value.removeprefix(prefix)
        value = value.removeprefix("www.").rstrip("/")
        if not value or " " in value or "." not in value:
            raise forms.ValidationError("Enter a domain like rotherham.gov.uk or an address.")
        return value


class MeetingForm(RegisterForm):
    class Meta:
        model = Meeting
        fields = ["body", "date", "time", "venue"]
        widgets = _dates("date") | {"time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}


class AgendaItemForm(RegisterForm):
    class Meta:
        model = AgendaItem
        fields = ["meeting", "title", "description", "keywords", "is_confidential"]


class DecisionForm(RegisterForm):
    class Meta:
        model = Decision
        fields = [
            "resolution",
            "minute_reference",
            "decided_on",
            "body",
            "agenda_item",
            "keywords",
            "status",
        ]
        widgets = _dates("decided_on")


class ConfidentialMatterForm(RegisterForm):
    class Meta:
        model = ConfidentialMatter
        fields = ["title", "keywords", "until"]
        widgets = _dates("until")


class CommentApprovalForm(RegisterForm):
    date_order = ("starts_on", "until")

    class Meta:
        model = CommentApproval
        fields = ["group", "person", "scope", "channel", "starts_on", "until"]
        widgets = _dates("starts_on", "until")
        labels = {"person": "Person"}

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if bool(data.get("person")) == bool(data.get("group")):
            self.add_error("person", "Choose one person, or choose a group above, not both.")
        return data


class PolicyAdoptionForm(RegisterForm):
    date_order = ("adopted_on", "review_on")

    class Meta:
        model = PolicyAdoption
        fields = ["pack_version", "minute_reference", "adopted_on", "review_on"]
        widgets = _dates("adopted_on", "review_on")


class MinutesForm(forms.Form):
    minutes = forms.CharField(
        label="Paste the minutes",
        widget=forms.Textarea(attrs={"rows": 15}),
        max_length=200_000,
        help_text="We will find each “RESOLVED” line and add it as a draft decision for you to "
        "confirm.",
    )
    decided_on = forms.DateField(label="Date of the meeting", widget=DateInput)
    body = forms.CharField(label="Meeting of", max_length=120, initial="Full Council")

    def clean_minutes(self) -> str:
        return clean_text(self.cleaned_data["minutes"], multiline=True)


class CsvImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text="Use the columns of the exported file. "
        "Rows with an id change that entry; rows without one add a new entry.",
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError("The file must be smaller than 5 MB.")
        return upload


class ConcernRouteForm(RegisterForm):
    class Meta:
        model = ConcernRoute
        fields = ["topic", "body", "how", "url"]
        field_classes = {"url": partial(forms.URLField, assume_scheme="https")}


class CouncilProfileForm(RegisterForm):
    class Meta:
        model = CouncilProfile
        fields = [
            "name",
            "short_name",
            "website",
            "principal_authority",
            "public_emails",
            "public_phones",
            "public_addresses",
        ]
        field_classes = {"website": partial(forms.URLField, assume_scheme="https")}
