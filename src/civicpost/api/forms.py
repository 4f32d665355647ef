from __future__ import annotations

from django import forms

from .models import ApiToken


class TokenForm(forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["name"]
        help_texts = {"name": "For example, “Newsletter script”. Only you can see it."}
