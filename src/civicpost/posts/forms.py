"""Forms for drafting, advising on, approving and publishing official posts."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils import timezone

from civicpost.people.models import SocialAccount
from civicpost.registers.services import consent_choices
from civicpost.web.text import clean_text

from .models import Connection
from .services import ImageInput, image_problem


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class ContentForm(forms.Form):
    """Text, links and an image with its alt text: what a revision holds."""

    text = forms.CharField(label="Text of the post", widget=forms.Textarea(attrs={"rows": 6}))
    links = forms.CharField(
        label="Links",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One web address a line, each starting https://",
    )
    image = forms.FileField(label="Image", required=False)
    alt_text = forms.CharField(
        label="Describe the image (alt text)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Needed for every image, for people who cannot see it.",
    )
    consent = forms.ChoiceField(
        label="Consent for the people in the image",
        required=False,
        help_text="From the consents register. Choose “None” if nobody can be recognised.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["consent"].choices = consent_choices()

    def clean_text(self) -> str:
        return clean_text(self.cleaned_data["text"], multiline=True)

    def clean_image(self) -> Any:
        image = self.cleaned_data.get("image")
        if image:
            problem = image_problem(image)
            if problem:
                raise forms.ValidationError(problem)
        return image

    def clean_links(self) -> list[str]:
        links = [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]
        for link in links:
            if not link.startswith(("https://", "http://")):
                raise forms.ValidationError(f"“{link}” is not a web address starting https://")
        return links

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("image") and not (data.get("alt_text") or "").strip():
            self.add_error("alt_text", "Describe the image for people who cannot see it")
        return data

    def images(self) -> list[ImageInput]:
        image = self.cleaned_data.get("image")
        if not image:
            return []
        return [ImageInput(image, self.cleaned_data["alt_text"], self.cleaned_data["consent"])]


class DraftForm(ContentForm):
    accounts = forms.ModelMultipleChoiceField(
        label="Which official accounts should it go on?",
        queryset=SocialAccount.objects.filter(is_official=True, closed_on__isnull=True),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one official account"},
    )
    paid = forms.BooleanField(label="It will be paid for or boosted", required=False)
    publish_at = forms.DateTimeField(
        label="When to publish",
        required=False,
        widget=DateTimeInput,
        help_text="Leave blank to publish as soon as it is approved.",
    )
    field_order = [
        "accounts",
        "text",
        "links",
        "image",
        "alt_text",
        "consent",
        "paid",
        "publish_at",
    ]

    def clean_publish_at(self) -> Any:
        when = self.cleaned_data.get("publish_at")
        if when and when < timezone.now():
            raise forms.ValidationError("The time to publish must be in the future")
        return when


class AdviceForm(forms.Form):
    text = forms.CharField(
        label="Your advice to the author", widget=forms.Textarea(attrs={"rows": 5})
    )


class OverrideForm(forms.Form):
    reason = forms.CharField(
        label="Why may this post go out despite the breach?",
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(label="Why?", widget=forms.Textarea(attrs={"rows": 4}))


class LinkForm(forms.Form):
    url = forms.URLField(
        label="Link to the post",
        assume_scheme="https",
        help_text="Copy it from the address bar of the published post.",
    )


# A Bluesky app password as Bluesky makes them (Settings, Privacy and security, App passwords).
APP_PASSWORD = re.compile(r"^[a-z0-9]{4}(-[a-z0-9]{4}){3}$")
HANDLE = re.compile(r"^@?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$", re.I)


class ConnectionForm(forms.ModelForm):
    token = forms.CharField(
        label="Access token or app password",
        required=False,
        widget=forms.PasswordInput(render_value=False),
        help_text="Mastodon, Facebook and X: the access token. Bluesky: an app password made "
        "for civicpost in Bluesky’s settings (like abcd-efgh-ijkl-mnop), never the account’s "
        "main password. Stored encrypted and never shown again. Leave blank to keep the one "
        "stored.",
    )

    class Meta:
        model = Connection
        fields = ["kind", "endpoint"]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        kind = data.get("kind")
        if kind and kind != Connection.Kind.BY_HAND:
            if not data.get("token") and not self.instance.secret:
                self.add_error("token", "Enter the access token")
            if kind in {Connection.Kind.MASTODON, Connection.Kind.FACEBOOK} and not data.get(
                "endpoint"
            ):
                self.add_error("endpoint", "Enter the server address or page id")
        if kind == Connection.Kind.BLUESKY:
            self._clean_bluesky(data)
        return data

    def _clean_bluesky(self, data: dict[str, Any]) -> None:
        """An app password, never the main password (Bluesky's advice for third-party apps:
        one can be revoked alone); the PDS address; a full handle. Runs before the instance
        takes the new kind, so ``self.instance.kind`` is the kind stored until now."""
        token = data.get("token") or ""
        if not token and self.instance.secret and self.instance.kind != Connection.Kind.BLUESKY:
            self.add_error("token", "Enter an app password for Bluesky")
        if token and not APP_PASSWORD.match(token):
            self.add_error(
                "token",
                "Enter an app password made in Bluesky’s settings, like abcd-efgh-ijkl-mnop, "
                "not the account’s main password",
            )
        endpoint = data.get("endpoint") or ""
        if endpoint and not endpoint.startswith(("https://", "http://")):
            self.add_error("endpoint", "Enter the address of the Bluesky server, starting https://")
        handle = getattr(getattr(self.instance, "account", None), "handle", "") or ""
        if handle and not HANDLE.match(handle):
            self.add_error(
                "kind",
                f"“{handle}” is not a full Bluesky handle, like treeton-pc.bsky.social: "
                "change the account’s handle in the accounts register first",
            )
