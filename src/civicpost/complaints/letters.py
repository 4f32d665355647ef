"""Letters from templates the Clerk can edit, rendered with a fixed set of fields.

Templates use Django's template language from a string, on an engine that can load no files and
no tag libraries; the context holds plain strings only (no model objects), so a template can
show the fields below and nothing else.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import transaction
from django.template import Context, Engine, Template, TemplateSyntaxError
from django.utils import timezone

from civicpost.audit.services import record
from civicpost.people.models import today

from .evidence import sha256_text
from .models import Case, CaseStep, Evidence, Letter, LetterTemplate
from .routing import OFFICE_LABELS, Route
from .services import complaint_settings, current_step, describe_roles
from .working_days import add_working_days

ENGINE = Engine(debug=False, autoescape=False, loaders=[])

# The fields every letter may use, with what they hold (shown to the Clerk when editing).
FIELDS: dict[str, str] = {
    "council_name": "The council’s name",
    "date": "Today’s date",
    "reference": "The case reference, like CP-2026-0001",
    "recipient_name": "Who the letter is to",
    "complainant_name": "The complainant",
    "subject_name": "The person complained about",
    "subject_role": "Their role when the material was posted",
    "subject_left_note": "A sentence if they have left that role since, else empty",
    "handler_name": "Who is handling the complaint",
    "handler_office": "Their office (Clerk, Chair or Vice-Chair)",
    "route": "The procedure the complaint follows",
    "posted_on": "When the material was posted",
    "seen_on": "When the complainant saw it",
    "recorded_on": "When the complaint was recorded",
    "harms": "How it affected the complainant (harassment, bullying, offence…)",
    "harm_details": "The complainant’s own words about how it affected them",
    "material_text": "The material’s words as they appeared",
    "material_url": "The link to the material",
    "evidence": "The evidence items: each has number, description, sha256, captured_at",
    "next_deadline": "When the case’s current stage is due",
    "earliest_hearing": "The earliest date a hearing can be held (notice period)",
    "investigator_name": "The investigator, if one was appointed",
    "outcome": "The decision recorded on the case",
    "mo_outcome": "The Monitoring Officer’s decision",
    "mo_decided_on": "When the Monitoring Officer decided",
    "principal_authority": "The principal authority (borough or district council)",
    "monitoring_officer": "The Monitoring Officer’s name",
    "monitoring_officer_address": "The Monitoring Officer’s address",
    "signpost_text": "Where to go when the council cannot deal with a complaint",
}


def _date(day: dt.date | None) -> str:
    return f"{day:%-d %B %Y}" if day else ""


def _step(case: Case, code: str) -> CaseStep | None:
    return case.steps.filter(rule__code=code).select_related("person").order_by("-order").first()


def context_for(case: Case, recipient_name: str, day: dt.date | None = None) -> dict[str, Any]:
    """The fixed set of fields a letter is rendered with: plain strings and lists of them."""
    day = day or today()
    conf = complaint_settings()
    items = list(case.evidence.order_by("number"))
    first_text = next((e.text for e in items if e.kind == Evidence.Kind.TEXT), "")
    first_url = next((e.url for e in items if e.kind == Evidence.Kind.LINK), "")
    current = current_step(case)
    invitation = _step(case, "invitation")
    investigator = _step(case, "investigator")
    hearing_rule = _step(case, "hearing")
    earliest = ""
    if invitation and hearing_rule:
        sent = invitation.done_on or day
        earliest = _date(add_working_days(sent, hearing_rule.rule.earliest_working_days))
    left = ""
    if (
        case.subject
        and case.subject_roles
        and not set(case.subject_roles) & case.subject.role_kinds_on(day)
    ):
        left = (
            f"\n{case.subject} no longer holds that role. You may decide whether the Code "
            "of Conduct still applies.\n"
        )
    return {
        "council_name": settings.CIVICPOST_COUNCIL_NAME or "The council",
        "date": _date(day),
        "reference": case.reference,
        "recipient_name": recipient_name,
        "complainant_name": str(case.complainant or ""),
        "subject_name": case.subject_label,
        "subject_role": describe_roles(case.subject_roles),
        "subject_left_note": left,
        "handler_name": str(case.handler or ""),
        "handler_office": OFFICE_LABELS.get(case.handler_office, "on behalf of the council"),
        "route": Route(case.route).label,
        "posted_on": _date(case.posted_on),
        "seen_on": _date(case.seen_on),
        "recorded_on": _date(timezone.localtime(case.recorded_at).date()),
        "harms": ", ".join(h.lower() for h in case.harm_labels()),
        "harm_details": case.harm_details,
        "material_text": first_text,
        "material_url": first_url,
        "evidence": [
            {
                "number": str(e.number),
                "description": e.description,
                "sha256": e.sha256,
                "captured_at": f"{timezone.localtime(e.captured_at):%-d %B %Y %H:%M}",
            }
            for e in items
        ],
        "next_deadline": _date(current.due_on) if current else "",
        "earliest_hearing": earliest,
        "investigator_name": str(investigator.person)
        if investigator and investigator.person
        else "",
        "outcome": case.outcome,
        "mo_outcome": case.mo_outcome,
        "mo_decided_on": _date(case.mo_decided_on),
        "principal_authority": conf.principal_authority,
        "monitoring_officer": conf.monitoring_officer,
        "monitoring_officer_address": conf.monitoring_officer_address,
        "signpost_text": conf.signpost_text,
    }


def render(body: str, context: dict[str, Any]) -> str:
    """Render a letter body; raises ``TemplateSyntaxError`` for a broken template."""
    return Template(body, engine=ENGINE).render(Context(context, autoescape=False)).strip() + "\n"


def check_template(body: str) -> str | None:
    """A plain-English problem with a template, or ``None`` if it renders."""
    sample = {name: f"[{name}]" for name in FIELDS} | {"evidence": []}
    try:
        render(body, sample)
    except TemplateSyntaxError as error:
        return f"The letter has a mistake in a {{{{ }}}} or {{% %}} tag: {error}"
    except Exception as error:  # noqa: BLE001 - any failure is the template's
        return f"The letter cannot be made: {error}"
    return None


def recipients(case: Case, template: LetterTemplate) -> list[str]:
    conf = complaint_settings()
    kind = template.recipient
    if kind == LetterTemplate.Recipient.COMPLAINANT:
        return [str(case.complainant or "")]
    if kind == LetterTemplate.Recipient.SUBJECT:
        return [case.subject_label]
    if kind == LetterTemplate.Recipient.PARTIES:
        return [str(case.complainant or ""), case.subject_label]
    return [conf.monitoring_officer or "Monitoring Officer"]


def templates_for(case: Case) -> list[LetterTemplate]:
    return [t for t in LetterTemplate.objects.all() if case.route in t.routes]


def generate(actor: Any, case: Case, template: LetterTemplate) -> list[Letter]:
    """Make the template's letter(s) for a case and keep them exactly as made (clause 7)."""
    letters = []
    with transaction.atomic():
        for name in recipients(case, template):
            body = render(template.body, context_for(case, name))
            letter = Letter.objects.create(
                case=case,
                template_code=template.code,
                title=template.name,
                recipient=name[:200],
                body=body,
                sha256=sha256_text(body),
                generated_by=actor if getattr(actor, "is_authenticated", False) else None,
            )
            letters.append(letter)
        record(
            actor,
            "complaint.letter_made",
            case,
            summary=f"Letter made for {case.reference}: {template.name}",
            changes={"template": [None, template.code], "letters": [None, len(letters)]},
        )
    return letters
