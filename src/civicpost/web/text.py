"""Cleaning text typed into forms: one form of Unicode, and no invisible control characters."""

from __future__ import annotations

import unicodedata

from django.core.exceptions import ValidationError

# Zero-width and direction-changing characters can hide or reorder what a reader sees.
_INVISIBLE = {
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
}


def clean_text(value: str, *, multiline: bool = False) -> str:
    """NFC-normalise ``value``, trim it, and refuse control or invisible characters."""
    value = unicodedata.normalize("NFC", value).strip()
    allowed = {"\n", "\r", "\t"} if multiline else set()
    for ch in value:
        if ch in allowed:
            continue
        if ch in _INVISIBLE or unicodedata.category(ch) in {"Cc", "Cs", "Co", "Cn"}:
            raise ValidationError(
                "Remove the hidden or control character (U+%(code)04X) from this text.",
                code="invisible_character",
                params={"code": ord(ch)},
            )
    return value.replace("\r\n", "\n")
