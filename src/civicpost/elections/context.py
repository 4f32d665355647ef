"""The elections register as the checker sees it (clause 4.2): each election's pre-election
period, computed exactly as the authority withdrawal computes it, and its candidates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from civicpost.registers.context import pid

from .models import Election, Ward, calendar_from_db
from .periods import period_of

# The checker treats a period's end as inclusive; here it ends just before 22:00 (exclusive).
JUST_BEFORE = dt.timedelta(microseconds=1)


def context_section(day: dt.date, data: dict[str, Any]) -> None:
    """Add ``elections``, ``posting_rules`` and councillors' wards to the checker's registers."""
    calendar = calendar_from_db()
    entries = []
    ward_only = False
    for election in Election.objects.select_related("ward").prefetch_related(
        "combined_polls", "candidacies"
    ):
        period = period_of(election, calendar)
        ward_only |= not period.applies_to_whole_council
        entries.append(
            {
                "id": f"e-{election.pk}",
                "kind": "by-election" if election.kind != "ordinary" else "ordinary",
                "poll": election.poll_date.isoformat(),
                "period_start": period.starts_at.isoformat(),
                "period_end": (period.ends_at - JUST_BEFORE).isoformat(),
                "area": f"{period.ward} ward" if period.ward else "whole parish",
                "candidates": [
                    pid(c.person_id)
                    for c in election.candidacies.all()
                    if c.withdrawn_on is None or c.withdrawn_on > day
                ],
            }
        )
    data["elections"] = entries
    data["posting_rules"] = {
        "councillor_authority_withdrawn_in_pre_election_periods": True,
        "by_election_withdrawal_scope": "ward" if ward_only else "whole council",
    }
    wards = {
        pid(person_id): f"{name} ward"
        for name, person_id in Ward.objects.values_list("name", "councillors")
    }
    for person in data.get("people", []):
        if person["id"] in wards:
            person["ward"] = wards[person["id"]]
