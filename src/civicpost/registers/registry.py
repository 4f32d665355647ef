"""What each register looks like: its model, form, list columns, search fields, and how an
entry is ended (never deleted). One table instead of seven near-identical sets of views."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.db import models

from . import forms as f
from .models import (
    AgendaItem,
    CommentApproval,
    ConcernRoute,
    ConfidentialMatter,
    Consent,
    Decision,
    LinkCheck,
    Meeting,
)


@dataclass(frozen=True)
class Register:
    slug: str
    title: str
    noun: str
    clause: str  # the policy clause the register serves
    intro: str
    model: type[models.Model]
    form: type[forms.ModelForm]
    columns: tuple[str, ...]
    search: tuple[str, ...]
    end_field: str = ""  # the date field that ends an entry
    end_label: str = ""  # e.g. "Withdraw"

    @property
    def csv_fields(self) -> list[str]:
        return ["id", *self.form._meta.fields]  # type: ignore[misc]


REGISTERS: dict[str, Register] = {
    r.slug: r
    for r in [
        Register(
            "consents",
            "Consents",
            "consent",
            "6.7",
            "Permission to post photos or videos of people (children through a parent or "
            "guardian), to use their names, or to reuse other people’s content.",
            Consent,
            f.ConsentForm,
            (
                "kind",
                "subject",
                "is_minor",
                "scope",
                "channel",
                "given_on",
                "expires_on",
                "withdrawn_on",
            ),
            ("subject", "scope", "guardian"),
            "withdrawn_on",
            "Withdraw",
        ),
        Register(
            "links",
            "Checked links",
            "link check",
            "6.8",
            "Sites whose terms were checked before linking to them or reusing their "
            "content. Any other site counts as unchecked.",
            LinkCheck,
            f.LinkCheckForm,
            ("domain", "allowed", "checked_by", "checked_on", "recheck_on"),
            ("domain", "note"),
        ),
        Register(
            "meetings",
            "Meetings",
            "meeting",
            "6.11",
            "Meetings of the council and its committees.",
            Meeting,
            f.MeetingForm,
            ("body", "date", "time", "venue"),
            ("body", "venue"),
        ),
        Register(
            "agenda",
            "Agenda items",
            "agenda item",
            "6.11",
            "Matters still to be decided. Until a decision is recorded, posting a "
            "closed-minded view on one may show predetermination.",
            AgendaItem,
            f.AgendaItemForm,
            ("title", "meeting", "is_decided", "is_confidential"),
            ("title", "description", "keywords"),
        ),
        Register(
            "decisions",
            "Decisions",
            "decision",
            "6.4",
            "The council’s democratic decisions. Posts must not go against them.",
            Decision,
            f.DecisionForm,
            ("minute_reference", "resolution", "decided_on", "status", "rescinded_on"),
            ("resolution", "minute_reference", "keywords"),
            "rescinded_on",
            "Rescind",
        ),
        Register(
            "confidential",
            "Confidential matters",
            "confidential matter",
            "6.5",
            "Matters that must not be disclosed, with the words that would give them away.",
            ConfidentialMatter,
            f.ConfidentialMatterForm,
            ("title", "until"),
            ("title", "keywords"),
            "until",
            "End",
        ),
        Register(
            "approvals",
            "Approvals to be commented on",
            "approval",
            "6.6",
            "Councillors’ and employees’ prior approval to be commented on.",
            CommentApproval,
            f.CommentApprovalForm,
            ("person", "group", "scope", "channel", "starts_on", "until"),
            ("scope", "person__full_name"),
            "until",
            "End",
        ),
        Register(
            "routes",
            "Routes for concerns",
            "route",
            "G.4",
            "Where to send residents’ concerns that the council cannot deal with itself.",
            ConcernRoute,
            f.ConcernRouteForm,
            ("topic", "body", "how", "retired_on"),
            ("topic", "body"),
            "retired_on",
            "Retire",
        ),
    ]
}
