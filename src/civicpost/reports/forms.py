"""The year chooser of the annual report."""

from __future__ import annotations

from typing import Any

from django import forms

from .services import year_label


class YearForm(forms.Form):
    year = forms.TypedChoiceField(
        label="Council year",
        coerce=int,
        help_text="From 1 April to 31 March.",
        error_messages={"invalid_choice": "Choose a council year from the list"},
    )

    def __init__(self, *args: Any, years: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(y, year_label(y)) for y in years]
