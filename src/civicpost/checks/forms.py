from __future__ import annotations

from typing import Any

from django import forms

from civicpost.policy import MAX_CHARS
from civicpost.registers.services import consent_choices

from .services import Draft


class CheckForm(forms.Form):
    """A draft personal post; nothing typed here is stored unless its author asks."""

    text = forms.CharField(
        label="Your draft post",
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "true"}),
        max_length=MAX_CHARS,
        strip=False,
    )
    display_name = forms.CharField(
        label="Your name as it shows on the account",
        required=False,
        max_length=150,
        help_text="For example the name at the top of your Facebook profile.",
    )
    bio = forms.CharField(
        label="Your account’s bio or ‘about’ text",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    photo = forms.BooleanField(label="The post has a photo or video", required=False)
    photo_description = forms.CharField(
        label="What or who the photo shows",
        required=False,
        max_length=500,
        help_text="For example “children at the lantern parade”.",
    )
    photo_minors = forms.BooleanField(label="It shows children (under 18)", required=False)
    photo_consent = forms.ChoiceField(label="Consent recorded for it", required=False)
    paid = forms.BooleanField(label="I will pay to boost or advertise this post", required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["photo_consent"].choices = consent_choices()

    def draft(self) -> Draft:
        data = self.cleaned_data
        return Draft(
            text=data["text"],
            display_name=data["display_name"],
            bio=data["bio"],
            photo=data["photo"] or data["photo_minors"],
            photo_description=data["photo_description"],
            photo_minors=data["photo_minors"],
            photo_consent=data["photo_consent"],
            paid=data["paid"],
        )


class SeverityForm(forms.Form):
    severity = forms.ChoiceField(
        label="Severity",
        choices=[("advice", "Advice"), ("caution", "Caution"), ("breach", "Breach")],
        widget=forms.RadioSelect,
    )
