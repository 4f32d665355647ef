"""A small invented council for the complaints tests, and uploads kept in a temporary folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from civicpost.complaints.services import Intake, record_complaint
from civicpost.people.models import Person

TERM = dt.date(2023, 5, 8)
# A whole (if tiny) PNG: signature, IHDR, IDAT, IEND.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f6e2c70000000049454e44ae426082"
)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@dataclass
class Council:
    clerk: Person
    chair: Person
    vice: Person
    cllr: Person
    cllr2: Person
    employee: Person


@pytest.fixture
def council(make_person: Callable[..., Person]) -> Council:
    return Council(
        clerk=make_person("Ada Clerkson", "clerk", username="clerk", demo=True, starts_on=TERM),
        chair=make_person(
            "Cora Chairley", "councillor", "chair", username="chair", demo=True, starts_on=TERM
        ),
        vice=make_person(
            "Victor Vyse", "councillor", "vice_chair", username="vice", starts_on=TERM
        ),
        cllr=make_person("Ben Council", "councillor", username="ben", starts_on=TERM),
        cllr2=make_person("Gail Quarrel", "councillor", username="gail", starts_on=TERM),
        employee=make_person("Eddie Staff", "employee", username="eddie", starts_on=TERM),
    )


def png_upload(name: str = "screenshot.png", data: bytes = PNG) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="image/png")


@pytest.fixture
def file_complaint(council: Council) -> Callable[..., Any]:
    """Record a complaint through the service, with sensible defaults."""

    def make(
        complainant: Person | None = None,
        subject: Any = "colleague",
        *,
        actor: Any = None,
        posted_on: dt.date = dt.date(2026, 3, 2),
        files: list[Any] | None = None,
        day: dt.date | None = None,
        **kwargs: Any,
    ):  # type: ignore[no-untyped-def]
        complainant = complainant or council.cllr
        intake = Intake(
            complainant=complainant,
            subject=council.cllr2 if subject == "colleague" else subject,
            posted_on=posted_on,
            seen_on=kwargs.pop("seen_on", posted_on),
            harms=kwargs.pop("harms", ["harassment"]),
            harm_details=kwargs.pop("harm_details", "It called me a liar in front of residents."),
            text=kwargs.pop("text", "Cllr Council is a liar and a disgrace."),
            url=kwargs.pop("url", "https://social.example/@gailq/1234"),
            files=files or [],
            **kwargs,
        )
        return record_complaint(actor or complainant.user, intake, day=day)

    return make
