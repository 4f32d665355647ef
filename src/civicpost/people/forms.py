"""Forms for the people, platforms, accounts and authorities registers."""

from __future__ import annotations

from functools import partial
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.validators import UnicodeUsernameValidator

from civicpost.web.text import clean_text

from .models import Person, Platform, PostingAuthority, Role, SocialAccount, today


class DateInput(forms.DateInput):
    """The browser's own date picker; it always sends and expects ISO dates."""

    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%d")


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = ["full_name", "aliases", "email"]

    def clean_full_name(self) -> str:
        return clean_text(self.cleaned_data["full_name"])

    def clean_aliases(self) -> str:
        return clean_text(self.cleaned_data["aliases"], multiline=True)


class RoleForm(forms.ModelForm):
    class Meta:
        model = Role
        fields = ["person", "kind", "starts_on", "ends_on", "note"]
        widgets = {"starts_on": DateInput, "ends_on": DateInput}
        help_texts = {"ends_on": "Leave blank if the role has no end date yet."}

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        _check_dates(self, data)
        return data


class PlatformForm(forms.ModelForm):
    class Meta:
        model = Platform
        fields = ["name", "kind", "website", "is_active"]
        field_classes = {"website": partial(forms.URLField, assume_scheme="https")}

    def clean_name(self) -> str:
        return clean_text(self.cleaned_data["name"])


class SocialAccountForm(forms.ModelForm):
    class Meta:
        model = SocialAccount
        fields = ["platform", "handle", "is_official", "owner", "display_name", "url"]
        field_classes = {"url": partial(forms.URLField, assume_scheme="https")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["platform"].queryset = Platform.objects.filter(is_active=True)

    def clean_handle(self) -> str:
        handle = clean_text(self.cleaned_data["handle"])
        handle = handle.removeprefix("@") if handle.count("@") <= 1 else handle
        if not handle:
            raise forms.ValidationError("Enter the handle or address of the account.")
        return handle

    def clean_display_name(self) -> str:
        return clean_text(self.cleaned_data["display_name"])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        platform, handle = data.get("platform"), data.get("handle")
        if platform and handle:
            clash = SocialAccount.objects.filter(platform=platform, handle__iexact=handle)
            if self.instance.pk:
                clash = clash.exclude(pk=self.instance.pk)
            if clash.exists():
                self.add_error("handle", f"{handle} is already registered on {platform}.")
        if data.get("is_official") and data.get("owner"):
            self.add_error(
                "owner", "An official account belongs to the council: leave the owner blank."
            )
        if not data.get("is_official") and not data.get("owner") and "owner" not in self.errors:
            self.add_error("owner", "Select whose personal account this is.")
        return data


class AuthorityForm(forms.ModelForm):
    class Meta:
        model = PostingAuthority
        fields = ["person", "account", "minute_reference", "starts_on", "ends_on"]
        widgets = {"starts_on": DateInput, "ends_on": DateInput}
        labels = {"person": "Agreed councillor", "account": "Official account"}
        help_texts = {"ends_on": "Leave blank if the authority has no end date yet."}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["account"].queryset = SocialAccount.objects.filter(
            is_official=True, closed_on__isnull=True
        )
        self.fields["starts_on"].initial = today()

    def clean_minute_reference(self) -> str:
        return clean_text(self.cleaned_data["minute_reference"])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        _check_dates(self, data)
        person, starts_on = data.get("person"), data.get("starts_on")
        if person and starts_on and not {"councillor", "clerk"} & person.role_kinds_on(starts_on):
            self.add_error(
                "person",
                f"{person} is not a councillor on {starts_on:%-d %B %Y}. "
                "Only councillors (and the Clerk) can be agreed to post.",
            )
        return data


class EndDateForm(forms.Form):
    ends_on = forms.DateField(label="End date", widget=DateInput, initial=today)


def _check_dates(form: forms.ModelForm, data: dict[str, Any]) -> None:
    starts_on, ends_on = data.get("starts_on"), data.get("ends_on")
    if starts_on and ends_on and ends_on < starts_on:
        form.add_error("ends_on", "The end date must be the same as or after the start date.")


class SignInForm(forms.Form):
    """The Clerk gives a person a sign-in; they choose their own password from an email."""

    username = forms.CharField(
        label="User name",
        max_length=150,
        validators=[UnicodeUsernameValidator()],
        help_text="Letters, digits and @ . + - _ only, for example “jsmith”.",
    )
    email = forms.EmailField(
        label="Email address",
        help_text="We will send a link to it so they can choose their own password.",
    )

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(f"The user name {username} is taken. Choose another.")
        return username
