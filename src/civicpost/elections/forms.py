"""Forms for elections, the calendar, candidacies and spending."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django import forms

from civicpost.people.forms import DateInput
from civicpost.people.models import Person, Role
from civicpost.web.text import clean_text

from . import spending
from .models import Candidacy, CombinedPoll, Election, ExcludedDay, Expenditure, Ward
from .timetable import notice_of_election_deadline

MAX_INVOICE_BYTES = 10 * 1024 * 1024
INVOICE_TYPES = {".pdf", ".jpg", ".jpeg", ".png"}


class PoundsField(forms.CharField):
    """Money typed in pounds (``12.50``, ``£1,170``), cleaned to whole pence (``int``)."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "spellcheck": "false"})

    def to_python(self, value: Any) -> int | None:  # type: ignore[override]
        text = super().to_python(value)
        if text in self.empty_values:
            return None
        try:
            return spending.parse_pounds(text)
        except ValueError as error:
            raise forms.ValidationError(str(error)) from error

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, int):
            return f"{value // 100}.{value % 100:02d}"
        return value


class ElectionForm(forms.ModelForm):
    spending_base_pence = PoundsField(
        label="Spending limit: fixed amount (£)",
        initial=spending.DEFAULT_BASE_PENCE,
        help_text="£960 for local elections in England (SI 2023/1235).",
    )
    spending_per_elector_pence = PoundsField(
        label="Spending limit: amount per elector (£)",
        help_text="£0.08, that is 8p (SI 2023/1235).",
        initial=spending.DEFAULT_PER_ELECTOR_PENCE,
    )

    class Meta:
        model = Election
        fields = [
            "kind",
            "poll_date",
            "ward",
            "notice_published_on",
            "applies_to_whole_council",
            "spending_base_pence",
            "spending_per_elector_pence",
            "return_due_on",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "poll_date": DateInput,
            "notice_published_on": DateInput,
            "return_due_on": DateInput,
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        kind, ward, poll = data.get("kind"), data.get("ward"), data.get("poll_date")
        if kind == Election.Kind.ORDINARY and ward:
            self.add_error(
                "ward", "An ordinary election is for the whole parish: leave the ward blank."
            )
        published = data.get("notice_published_on")
        if poll and published:
            latest = notice_of_election_deadline(poll, _calendar())
            if published > latest:
                self.add_error(
                    "notice_published_on",
                    f"The notice of election must be published by {latest:%-d %B %Y} "
                    "(25 working days before polling day). Check the date.",
                )
        if poll and data.get("return_due_on") and data["return_due_on"] <= poll:
            self.add_error("return_due_on", "Spending returns are due after polling day.")
        return data


def _calendar() -> Any:
    from .models import calendar_from_db

    return calendar_from_db()


class CombinedPollForm(forms.ModelForm):
    class Meta:
        model = CombinedPoll
        fields = ["name", "notice_published_on", "notice_working_days"]
        widgets = {"notice_published_on": DateInput}

    def clean_name(self) -> str:
        return clean_text(self.cleaned_data["name"])


class WardForm(forms.ModelForm):
    class Meta:
        model = Ward
        fields = ["name", "councillors"]
        widgets = {"councillors": forms.CheckboxSelectMultiple}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        councillors = Role.objects.current_on().filter(kind=Role.Kind.COUNCILLOR)
        self.fields["councillors"].queryset = Person.objects.filter(
            roles__in=councillors
        ).distinct()

    def clean_name(self) -> str:
        return clean_text(self.cleaned_data["name"])


class ExcludedDayForm(forms.ModelForm):
    class Meta:
        model = ExcludedDay
        fields = ["day", "name"]
        widgets = {"day": DateInput}
        help_texts = {"name": "For example “National day of mourning”."}

    def clean_name(self) -> str:
        return clean_text(self.cleaned_data["name"])

    def clean_day(self) -> Any:
        from .calendar import ENGLAND

        day = self.cleaned_data["day"]
        if ExcludedDay.objects.in_force().filter(day=day).exists():
            raise forms.ValidationError(f"{day:%-d %B %Y} is already in the calendar.")
        reason = ENGLAND.reason(day)
        if reason:
            raise forms.ValidationError(f"{day:%-d %B %Y} is already not counted: {reason}.")
        return day


class CandidacyForm(forms.ModelForm):
    class Meta:
        model = Candidacy
        fields = ["person", "ward", "agent", "joint_candidates", "electorate", "imprint"]
        labels = {"person": "Candidate"}

    def __init__(self, *args: Any, election: Election, clerk: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.election = election
        if not clerk:
            del self.fields["person"]
        if election.ward_id:
            self.fields["ward"].initial = election.ward_id

    def clean_agent(self) -> str:
        return clean_text(self.cleaned_data["agent"])

    def clean_joint_candidates(self) -> str:
        return clean_text(self.cleaned_data["joint_candidates"], multiline=True)

    def clean_imprint(self) -> str:
        return clean_text(self.cleaned_data["imprint"], multiline=True)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        person = data.get("person") or getattr(self.instance, "person", None)
        if person and self.instance.pk is None:
            clash = Candidacy.objects.filter(election=self.instance.election, person=person)
            if clash.exists():
                self.add_error(
                    "person" if "person" in self.fields else None,
                    f"{person} is already recorded as a candidate at this election.",
                )
        return data


class ExpenditureForm(forms.ModelForm):
    amount_pence = PoundsField(label="Amount or value (£)")

    class Meta:
        model = Expenditure
        fields = [
            "incurred_on",
            "supplier",
            "supplier_address",
            "description",
            "category",
            "amount_pence",
            "is_notional",
            "paid_on",
            "disputed",
            "invoice",
        ]
        widgets = {
            "incurred_on": DateInput,
            "paid_on": DateInput,
            "supplier_address": forms.Textarea(attrs={"rows": 3}),
            "category": forms.RadioSelect,
        }
        help_texts = {
            "paid_on": "Leave blank if it is not paid yet.",
            "invoice": "A PDF or a photo (JPEG or PNG), up to 10 MB. Needed for £10 or more.",
            "category": "A boosted post or a paid advert on your own account counts.",
        }

    def clean_supplier(self) -> str:
        return clean_text(self.cleaned_data["supplier"])

    def clean_description(self) -> str:
        return clean_text(self.cleaned_data["description"])

    def clean_supplier_address(self) -> str:
        return clean_text(self.cleaned_data["supplier_address"], multiline=True)

    def clean_amount_pence(self) -> int:
        amount = self.cleaned_data["amount_pence"]
        if amount is None or amount <= 0:
            raise forms.ValidationError("Enter an amount greater than £0.00")
        return amount

    def clean_invoice(self) -> Any:
        invoice = self.cleaned_data.get("invoice")
        if invoice and hasattr(invoice, "size"):
            if Path(invoice.name).suffix.lower() not in INVOICE_TYPES:
                raise forms.ValidationError("The invoice must be a PDF, JPEG or PNG file.")
            if invoice.size > MAX_INVOICE_BYTES:
                raise forms.ValidationError("The invoice must be smaller than 10 MB.")
        return invoice

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("is_notional") and data.get("paid_on"):
            self.add_error(
                "paid_on", "Notional spending is not paid for: leave the date paid blank."
            )
        return data


class WithdrawForm(forms.Form):
    reason = forms.CharField(label="Why is it being taken out?", max_length=300)

    def clean_reason(self) -> str:
        return clean_text(self.cleaned_data["reason"])
