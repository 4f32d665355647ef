"""Personal data: phone numbers, email addresses, postal addresses, postcodes, National Insurance
and NHS numbers, and security codes (door, alarm, key safe).

Pattern recognisers in the manner of Presidio's: each span has a kind, a score and evidence. UK
formats first; international numbers through ``phonenumbers``. Ofcom's drama ranges (07700 900xxx,
0114 496 0xxx) are matched on purpose: they are what test data and examples use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from ..text import Normalised

STREET_WORDS = (
    "Road|Rd|Lane|Ln|Street|St|Close|Court|Ct|Crescent|Cres|Drive|Dr|Avenue|Ave|View|Way|Grove|"
    "Place|Pl|Gardens|Gdns|Terrace|Walk|Rise|Hill|Mews|Row|Square|Sq|Park|Green|Fold|Croft|Bank|"
    "Side|Vale|Parade|Approach|Boulevard|Wharf|Meadow|Meadows|Chase|Paddock|Gate|Yard|End|"
    "Cottages|Villas|Buildings"
)
_CAP = r"[A-Z][A-Za-z'\-]+"
ADDRESS = re.compile(
    # not an allotment plot or a pitch ("Plot 12, Mill Lane"): no one lives there
    rf"(?<![\w£.,/])(?<![Pp]lot )(?<!PLOT )(?<![Pp]itch )"
    rf"\d{{1,4}}[A-Za-z]?,?\s+(?:{_CAP}\s+){{1,3}}(?:{STREET_WORDS})\b"
    # round 41: "St" before a saint's possessive is the saint ("on Thursday 4 May St Helen's
    # church hall is a polling station")
    r"(?!(?<=St)\s+[A-Z][a-z]+'s\b)"
    rf"(?:,?\s+{_CAP}(?:\s+{_CAP})?)?"
)
STREET = re.compile(rf"\b(?:{_CAP}\s+){{1,2}}(?:{STREET_WORDS})\b")
POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE
)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
UK_PHONE = re.compile(
    r"(?<![\w£$.,/])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d[\d\s\-\)]{8,14}\d(?!\d)"
)
NINO = re.compile(
    r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b",
    re.IGNORECASE,
)
NHS = re.compile(r"(?<![\d£.,])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\d])")
SECURITY_CODE = re.compile(
    r"\b(?:door|alarm|key\s?safe|keysafe|gate|padlock|lock|entry|access|wi-?fi|safe)\s*"
    r"(?:code|pin|password|combination|combo)(?:'s|s)?\b[^.\n\d]{0,25}?(\d{3,8}|\d(?:-\d){3,7})\b"
    # round 14: the key safe, where it is, then its code ("key safe round the back, code 2580")
    r"|\bkey\s?safe\b[^.\n\d]{0,30}?\b(?:code|pin|combo|combination)(?:'s| is)?\W{0,3}"
    r"(\d{3,8}|\d(?:-\d){3,7})\b"
    # round 17: the key safe and where it is, then "is" its number ("the key safe on the Church
    # Lane loos is 4471")
    r"|\bkey\s?safe\b[^.\n\d]{0,40}?(?:\bis|'s)\W{0,3}(\d{4,8}|\d(?:-\d){3,7})\b"
    # round 18: the combination on a gate or lock, then its number ("new combination on the
    # allotment top gate is 4719")
    r"|\b(?:combination|combo|code|pin)\b[^.\n\d]{0,10}\bon (?:the )?(?:\w+ ){0,2}(?:gate|padlock|"
    r"lock|door|shed|hut|container|key\s?safe)\b[^.\n\d]{0,20}?(?:\bis|'s|:)\W{0,3}(\d{3,8})\b"
    # round 19: a door or alarm code said to be unchanged or new ("the alarm code has NOT changed,
    # it's still 3719 then #")
    r"|\b(?:door|alarm|gate|padlock|entry|key\s?safe)\s*(?:code|pin|combination|combo)\b"
    r"[^.\n\d]{0,40}?\b(?:still|now)\W{1,3}(\d{4,8})\b"
    # round 30: a padlock and where it is, then "is" its number ("the padlock on the play area
    # gate is 4271")
    r"|\bpadlock\b[^.\n\d]{0,40}?(?:\bis|'s|:)\W{0,3}(\d{4,8})\b(?! years?\b)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# An election imprint's opening words ("Promoted by", "Promoted and published by", "Promoter:"),
# the one pattern the rules share (4.3's imprint, 5.1's and 6.5's published addresses).
IMPRINT_WORDS = r"\b(?:(?:promoted|published|printed)\s+(?:and\s+\w+\s+)?by\b|promoter\s*:)"
_IMPRINT_OR_PO_BOX = re.compile(rf"{IMPRINT_WORDS}|\bp\.?\s?o\.?\s+box\b", re.I)


@dataclass(frozen=True)
class Span:
    kind: str  # phone | email | address | postcode | nino | nhs | security_code
    start: int
    end: int
    score: float
    evidence: str

    def value(self, text: str) -> str:
        return text[self.start : self.end]


def digits_of(value: str) -> str:
    """The digits of a phone number or other value, without spaces, brackets or signs."""
    return re.sub(r"\D", "", value)


def _nhs_valid(digits: str) -> bool:
    if len(digits) != 10:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def in_imprint(text: str, start: int) -> bool:
    """Postcodes in a PO Box or an election imprint are published on purpose."""
    window = text[max(0, start - 80) : start]
    return bool(_IMPRINT_OR_PO_BOX.search(window))


def find_personal_data(norm: Normalised) -> list[Span]:
    """All personal-data spans in a text, non-overlapping, in order."""
    view = norm.cased
    text = view.text
    spans: list[Span] = []

    def add(kind: str, start: int, end: int, score: float, evidence: str) -> None:
        o_start, o_end = view.span(start, end)
        spans.append(Span(kind, o_start, o_end, score, evidence))

    if "@" in text:  # every email address has one
        for m in EMAIL.finditer(text):
            add("email", m.start(), m.end(), 1.0, "email address")
    if "+" not in text and _DIGIT.search(text) is None:
        return _dedupe(spans)  # every other pattern needs a digit: skip their scans
    for m in UK_PHONE.finditer(text):
        digits = digits_of(m.group(0))
        national = digits[2:] if digits.startswith("44") else digits[1:]
        if len(national) in (9, 10):
            add("phone", m.start(), m.end(), 0.9, "UK phone number format")
    # only numbers written with "+" are kept from the matcher, which is slow: no "+", no call
    if "+" in text:
        for m in phonenumbers.PhoneNumberMatcher(text, "GB"):
            if m.raw_string.startswith("+") and not m.raw_string.startswith("+44"):
                add("phone", m.start, m.end, 0.8, "international phone number")
    for m in ADDRESS.finditer(text):
        add("address", m.start(), m.end(), 0.8, "house number and street")
    for m in POSTCODE.finditer(text):
        if not in_imprint(text, m.start()):
            add("postcode", m.start(), m.end(), 0.6, "UK postcode")
    for m in NINO.finditer(text):
        add("nino", m.start(), m.end(), 0.7, "National Insurance number format")
    for m in NHS.finditer(text):
        if _nhs_valid(digits_of(m.group(0))) and not m.group(0).startswith("0"):
            add("nhs", m.start(), m.end(), 1.0, "NHS number (checksum valid)")
    for m in SECURITY_CODE.finditer(text):
        add("security_code", m.start(), m.end(), 0.9, "door or alarm code")
    return _dedupe(spans)


def _dedupe(spans: list[Span]) -> list[Span]:
    """Keep the stronger of overlapping spans (an email beats the phone-like digits inside it)."""
    priority = {"email": 0, "security_code": 1, "nhs": 2, "address": 3, "phone": 4}
    ordered = sorted(spans, key=lambda s: (priority.get(s.kind, 9), s.start))
    kept: list[Span] = []
    for span in ordered:
        if any(span.start < k.end and k.start < span.end for k in kept):
            continue
        kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def find_streets(norm: Normalised) -> list[tuple[int, int]]:
    """Street names (no house number needed): 'Orchard Close', 'Bramley Court'."""
    view = norm.cased
    return [view.span(m.start(), m.end()) for m in STREET.finditer(view.text)]
