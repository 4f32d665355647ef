"""What the checker knows about the council: its registers.

A :class:`Context` is built from YAML in the shape of ``shared/eval/context.yaml`` (for the CLI and
tests) or, later, from the database by the web application. It is immutable and holds no connection
to anything, so one context can be shared between threads.

Malformed registers raise :class:`ContextError` with a message naming the entry, for example
``posting_authorities[2]: unknown person 'p-cllr-x'``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from ._yaml import safe_load
from .errors import ContextError, InputError
from .post import parse_time

try:  # the IANA database ships with most systems; without it, posts' own offsets are used
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
except ImportError:  # pragma: no cover
    ZoneInfo = None  # type: ignore[assignment,misc]
    ZoneInfoNotFoundError = Exception  # type: ignore[assignment,misc]


@dataclass(frozen=True)
class Route:
    """Where to send a concern the council cannot fix itself (good practice G.4)."""

    topic: str
    body: str
    how: str = ""
    url: str = ""


@dataclass(frozen=True)
class Council:
    name: str = ""
    short_name: str = ""
    website: str = ""
    timezone: str = "Europe/London"
    principal_authority: str = ""
    public_emails: tuple[str, ...] = ()
    public_phones: tuple[str, ...] = ()
    public_addresses: tuple[str, ...] = ()
    routes: tuple[Route, ...] = ()


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    handles: Mapping[str, str] = field(default_factory=dict)
    roles: tuple[str, ...] = ()
    ward: str = ""
    public_contact: str = ""

    @property
    def is_councillor(self) -> bool:
        return "councillor" in self.roles

    @property
    def is_employee(self) -> bool:
        return "employee" in self.roles or "clerk" in self.roles

    @property
    def is_colleague(self) -> bool:
        """A councillor or employee: someone clause 6.6 protects."""
        return self.is_councillor or self.is_employee

    @property
    def surname(self) -> str:
        parts = self.name.split()
        return parts[-1] if len(parts) > 1 else ""


@dataclass(frozen=True)
class OfficialAccount:
    id: str
    platform: str
    handle: str
    kind: str = "official"
    display_name: str = ""


@dataclass(frozen=True)
class PostingAuthority:
    person: str
    accounts: tuple[str, ...]
    start: dt.date | None = None
    end: dt.date | None = None
    minute: str = ""

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Election:
    id: str
    kind: str
    poll: dt.date
    period_start: dt.datetime
    period_end: dt.datetime
    area: str = ""
    candidates: tuple[str, ...] = ()  # person ids from the registers
    other_candidates: tuple[str, ...] = ()  # names of candidates who are not in the registers

    def in_period(self, at: dt.datetime) -> bool:
        return self.period_start <= at <= self.period_end


@dataclass(frozen=True)
class Meeting:
    id: str
    body: str
    date: dt.date
    time: dt.time = dt.time(23, 59)


@dataclass(frozen=True)
class AgendaItem:
    id: str
    meeting: str
    title: str
    keywords: tuple[str, ...] = ()
    decided_by: str | None = None
    confidential: str | None = None


@dataclass(frozen=True)
class Decision:
    id: str
    date: dt.date
    resolution: str
    keywords: tuple[str, ...] = ()
    minute: str = ""
    body: str = ""


@dataclass(frozen=True)
class Consent:
    id: str
    kind: str  # photo | video | name | third_party_content
    subject: str
    minor: bool = False
    scope: tuple[str, ...] = ()
    channels: tuple[str, ...] = ("official", "personal")
    names_allowed: bool = False
    given: dt.date | None = None
    expires: dt.date | None = None
    withdrawn: dt.date | None = None

    def in_force(self, day: dt.date, channel: str) -> bool:
        if channel not in self.channels:
            return False
        if self.given is not None and day < self.given:
            return False
        if self.expires is not None and day > self.expires:
            return False
        return self.withdrawn is None or day < self.withdrawn


@dataclass(frozen=True)
class CommentApproval:
    id: str
    person: str  # a person id, or all-councillors / all-employees
    scope: str
    channels: tuple[str, ...] = ("official", "personal")
    start: dt.date | None = None
    until: dt.date | None = None

    def in_force(self, day: dt.date, channel: str) -> bool:
        return (
            channel in self.channels
            and (self.start is None or self.start <= day)
            and (self.until is None or day <= self.until)
        )

    @property
    def factual_only(self) -> bool:
        return "factual" in self.scope.lower()


@dataclass(frozen=True)
class LinkCheck:
    domain: str
    allowed: bool
    checked: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class ConfidentialMatter:
    id: str
    title: str
    keywords: tuple[str, ...] = ()
    until: dt.date | None = None

    def in_force(self, day: dt.date) -> bool:
        """Still confidential on ``day`` (to its ``until`` date, inclusive; for good without)."""
        return self.until is None or day <= self.until


GROUP_APPROVALS = {"all-councillors", "all-employees", "everyone"}


@dataclass(frozen=True)
class Context:
    """The council's registers, as the checker sees them."""

    council: Council = field(default_factory=Council)
    people: tuple[Person, ...] = ()
    accounts: tuple[OfficialAccount, ...] = ()
    posting_authorities: tuple[PostingAuthority, ...] = ()
    withdraw_in_periods: bool = True
    by_election_scope: str = "whole council"
    elections: tuple[Election, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    agenda_items: tuple[AgendaItem, ...] = ()
    decisions: tuple[Decision, ...] = ()
    consents: tuple[Consent, ...] = ()
    comment_approvals: tuple[CommentApproval, ...] = ()
    links: tuple[LinkCheck, ...] = ()
    confidential: tuple[ConfidentialMatter, ...] = ()

    # ---- construction -------------------------------------------------------------------------

    @classmethod
    def empty(cls) -> Context:
        return cls()

    @classmethod
    def from_yaml(cls, source: str | Path) -> Context:
        """Load registers from a YAML file path, or from YAML text (a multi-line string)."""
        if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source):
            path = Path(source)
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                raise ContextError(f"context file not found: {path}") from None
            except (OSError, UnicodeDecodeError) as exc:
                raise ContextError(f"cannot read context file {path}: {exc}") from None
        else:
            text = source
        try:
            data = safe_load(text)
        except yaml.YAMLError as exc:
            raise ContextError(f"context is not valid YAML: {exc}") from None
        return cls.from_dict(data or {})

    @classmethod
    def from_dict(cls, data: Any) -> Context:
        if not isinstance(data, dict):
            raise ContextError("context must be a mapping of registers")
        try:
            return _build(data)
        except ContextError:
            raise
        except InputError as exc:
            raise ContextError(str(exc)) from None
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise ContextError(f"context is malformed: {exc}") from None

    # ---- look-ups -----------------------------------------------------------------------------

    @cached_property
    def people_by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    def person(self, person_id: str | None) -> Person | None:
        return self.people_by_id.get(person_id) if person_id else None

    @cached_property
    def meetings_by_id(self) -> dict[str, Meeting]:
        return {m.id: m for m in self.meetings}

    @cached_property
    def decisions_by_id(self) -> dict[str, Decision]:
        return {d.id: d for d in self.decisions}

    @cached_property
    def consents_by_id(self) -> dict[str, Consent]:
        return {c.id: c for c in self.consents}

    @cached_property
    def confidential_by_id(self) -> dict[str, ConfidentialMatter]:
        return {k.id: k for k in self.confidential}

    @cached_property
    def tz(self) -> dt.tzinfo | None:
        if ZoneInfo is None or not self.council.timezone:
            return None
        try:
            return ZoneInfo(self.council.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            return None

    def local(self, at: dt.datetime) -> dt.datetime:
        return at.astimezone(self.tz) if self.tz is not None else at

    def local_date(self, at: dt.datetime) -> dt.date:
        return self.local(at).date()

    def meeting_time(self, item: AgendaItem) -> dt.datetime | None:
        meeting = self.meetings_by_id.get(item.meeting)
        if meeting is None:
            return None
        when = dt.datetime.combine(meeting.date, meeting.time)
        return when.replace(tzinfo=self.tz) if self.tz is not None else when.replace(tzinfo=dt.UTC)

    def undecided(self, item: AgendaItem, at: dt.datetime) -> bool:
        """True while ``item`` is still to be decided at ``at`` (before its meeting, undecided)."""
        if item.decided_by:
            decision = self.decisions_by_id.get(item.decided_by)
            if decision is not None and decision.date <= self.local_date(at):
                return False
        when = self.meeting_time(item)
        return when is None or at < when

    def elections_in_period(self, at: dt.datetime) -> list[Election]:
        return [e for e in self.elections if e.in_period(at)]

    def candidacies(self, person_id: str | None) -> list[Election]:
        if not person_id:
            return []
        return [e for e in self.elections if person_id in e.candidates]

    def public_contact_strings(self) -> set[str]:
        found = {s.lower() for s in self.council.public_emails}
        found |= {p.public_contact.lower() for p in self.people if p.public_contact}
        return found

    def council_domains(self) -> set[str]:
        hosts = set()
        if self.council.website:
            host = re.sub(r"^[a-z]+://", "", self.council.website.lower()).split("/")[0]
            hosts.add(host.removeprefix("www."))
        for email in self.council.public_emails:
            hosts.add(email.rsplit("@", 1)[-1].lower())
        return hosts


# ---- building from plain data -------------------------------------------------------------------


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ContextError(f"{where}: not a date (YYYY-MM-DD): {value!r}")


def _strs(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value if v is not None)
    raise ContextError(f"{where}: expected a list of strings")


def _entries(data: dict, key: str) -> Iterable[tuple[str, dict]]:
    items = data.get(key) or []
    if not isinstance(items, list):
        raise ContextError(f"{key}: expected a list")
    for index, item in enumerate(items):
        where = f"{key}[{index}]"
        if not isinstance(item, dict):
            raise ContextError(f"{where}: expected a mapping")
        yield where, item


def _need(item: dict, key: str, where: str) -> Any:
    if item.get(key) in (None, ""):
        raise ContextError(f"{where}: missing '{key}'")
    return item[key]


def _build(data: dict) -> Context:
    council_data = data.get("council") or {}
    if not isinstance(council_data, dict):
        raise ContextError("council: expected a mapping")
    contacts = council_data.get("public_contacts") or {}
    routes = tuple(
        Route(
            topic=str(_need(r, "topic", w)),
            body=str(r.get("body", "")),
            how=str(r.get("how", "")),
            url=str(r.get("url", "")),
        )
        for w, r in _entries(council_data, "routes")
    )
    council = Council(
        name=str(council_data.get("name", "")),
        short_name=str(council_data.get("short_name", "")),
        website=str(council_data.get("website", "")),
        timezone=str(council_data.get("timezone", "Europe/London")),
        principal_authority=str(council_data.get("principal_authority", "")),
        public_emails=_strs(contacts.get("emails"), "council.public_contacts.emails"),
        public_phones=_strs(contacts.get("phones"), "council.public_contacts.phones"),
        public_addresses=_strs(contacts.get("addresses"), "council.public_contacts.addresses"),
        routes=routes,
    )

    people = []
    for where, p in _entries(data, "people"):
        handles = p.get("handles") or {}
        if not isinstance(handles, dict):
            raise ContextError(f"{where}: 'handles' must map platform to handle")
        people.append(
            Person(
                id=str(_need(p, "id", where)),
                name=str(_need(p, "name", where)),
                aliases=_strs(p.get("aliases"), where + ".aliases"),
                handles={str(k): str(v) for k, v in handles.items() if v},
                roles=tuple(r.lower() for r in _strs(p.get("roles"), where + ".roles")),
                ward=str(p.get("ward") or ""),
                public_contact=str(p.get("public_contact") or ""),
            )
        )
    ids = [p.id for p in people]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ContextError(f"people: duplicate id(s) {', '.join(sorted(duplicates))}")
    known = set(ids)

    def person_ref(value: Any, where: str, allow_groups: bool = False) -> str:
        ref = str(value)
        if ref in known or (allow_groups and ref in GROUP_APPROVALS):
            return ref
        raise ContextError(f"{where}: unknown person {ref!r} (not in people)")

    accounts = tuple(
        OfficialAccount(
            id=str(_need(a, "id", w)),
            platform=str(a.get("platform", "")),
            handle=str(a.get("handle", "")),
            kind=str(a.get("kind", "official")),
            display_name=str(a.get("display_name", "")),
        )
        for w, a in _entries(data, "accounts")
    )
    account_ids = {a.id for a in accounts}
    authorities = []
    for where, a in _entries(data, "posting_authorities"):
        refs = _strs(a.get("accounts"), where + ".accounts")
        for ref in refs:
            if ref not in account_ids:
                raise ContextError(f"{where}: unknown account {ref!r} (not in accounts)")
        authorities.append(
            PostingAuthority(
                person=person_ref(_need(a, "person", where), where),
                accounts=refs,
                start=_date(a.get("from"), where + ".from"),
                end=_date(a.get("to") or a.get("until"), where + ".to"),
                minute=str(a.get("minute", "")),
            )
        )
    rules = data.get("posting_rules") or {}

    elections = []
    for where, e in _entries(data, "elections"):
        poll = _date(_need(e, "poll", where), where + ".poll")
        assert poll is not None
        start_raw = (
            e.get("period_start")
            or e.get("notice_of_election")
            or e.get("notice_of_election_latest")
        )
        if start_raw is None:
            raise ContextError(f"{where}: needs 'period_start' or 'notice_of_election'")
        start = parse_time(start_raw, where + ".period_start")
        end = (
            parse_time(e["period_end"], where + ".period_end")
            if e.get("period_end")
            else dt.datetime.combine(poll, dt.time(22, 0), tzinfo=start.tzinfo)
        )
        registered, others = [], []
        for name in _strs(e.get("candidates"), where + ".candidates"):
            if name in known:
                registered.append(name)
            elif re.fullmatch(r"p-[\w-]+", name):
                raise ContextError(f"{where}.candidates: unknown person {name!r} (not in people)")
            else:
                others.append(name)
        elections.append(
            Election(
                id=str(_need(e, "id", where)),
                kind=str(e.get("kind", "ordinary")),
                poll=poll,
                period_start=start,
                period_end=end,
                area=str(e.get("area", "")),
                candidates=tuple(registered),
                other_candidates=tuple(others),
            )
        )

    meetings = []
    for where, m in _entries(data, "meetings"):
        time_raw = m.get("time")
        try:
            when = dt.time.fromisoformat(str(time_raw)) if time_raw else dt.time(23, 59)
        except ValueError:
            raise ContextError(f"{where}.time: not a time (HH:MM): {time_raw!r}") from None
        meetings.append(
            Meeting(
                id=str(_need(m, "id", where)),
                body=str(m.get("body", "")),
                date=_date(_need(m, "date", where), where + ".date"),  # type: ignore[arg-type]
                time=when,
            )
        )
    meeting_ids = {m.id for m in meetings}
    decisions = tuple(
        Decision(
            id=str(_need(d, "id", w)),
            date=_date(_need(d, "date", w), w + ".date"),  # type: ignore[arg-type]
            resolution=str(d.get("resolution", "")),
            keywords=_strs(d.get("keywords"), w + ".keywords"),
            minute=str(d.get("minute", "")),
            body=str(d.get("body", "")),
        )
        for w, d in _entries(data, "decisions")
    )
    confidential = tuple(
        ConfidentialMatter(
            id=str(_need(k, "id", w)),
            title=str(k.get("title", "")),
            keywords=_strs(k.get("keywords"), w + ".keywords"),
            until=_date(k.get("until"), w + ".until"),
        )
        for w, k in _entries(data, "confidential")
    )
    decision_ids = {d.id for d in decisions}
    confidential_ids = {k.id for k in confidential}
    agenda = []
    for where, a in _entries(data, "agenda_items"):
        meeting = str(_need(a, "meeting", where))
        if meeting not in meeting_ids:
            raise ContextError(f"{where}: unknown meeting {meeting!r}")
        decided_by = a.get("decided_by")
        if decided_by and decided_by not in decision_ids:
            raise ContextError(f"{where}: unknown decision {decided_by!r}")
        secret = a.get("confidential")
        if secret and secret not in confidential_ids:
            raise ContextError(f"{where}: unknown confidential matter {secret!r}")
        agenda.append(
            AgendaItem(
                id=str(_need(a, "id", where)),
                meeting=meeting,
                title=str(a.get("title", "")),
                keywords=_strs(a.get("keywords"), where + ".keywords"),
                decided_by=decided_by,
                confidential=secret,
            )
        )
    consents = tuple(
        Consent(
            id=str(_need(c, "id", w)),
            kind=str(c.get("kind", "photo")),
            subject=str(c.get("subject", "")),
            minor=bool(c.get("minor", False)),
            scope=_strs(c.get("scope"), w + ".scope"),
            channels=_strs(c.get("channels"), w + ".channels") or ("official", "personal"),
            names_allowed=bool(c.get("names_allowed", c.get("kind") == "name")),
            given=_date(c.get("given"), w + ".given"),
            expires=_date(c.get("expires"), w + ".expires"),
            withdrawn=_date(c.get("withdrawn"), w + ".withdrawn"),
        )
        for w, c in _entries(data, "consents")
    )
    approvals = tuple(
        CommentApproval(
            id=str(_need(a, "id", w)),
            person=person_ref(_need(a, "person", w), w, allow_groups=True),
            scope=str(a.get("scope", "")),
            channels=_strs(a.get("channels"), w + ".channels") or ("official", "personal"),
            start=_date(a.get("from"), w + ".from"),
            until=_date(a.get("until"), w + ".until"),
        )
        for w, a in _entries(data, "comment_approvals")
    )
    links = []
    for where, link in _entries(data, "links"):
        if link.get("by"):
            person_ref(link["by"], where)
        links.append(
            LinkCheck(
                domain=str(_need(link, "domain", where)).lower().removeprefix("www."),
                allowed=bool(link.get("allowed", False)),
                checked=_date(link.get("checked"), where + ".checked"),
                note=str(link.get("note", "")),
            )
        )
    handlers = council_data.get("complaints_handlers") or {}
    if isinstance(handlers, dict):
        for role, ref in handlers.items():
            person_ref(ref, f"council.complaints_handlers.{role}")
    return Context(
        council=council,
        people=tuple(people),
        accounts=accounts,
        posting_authorities=tuple(authorities),
        withdraw_in_periods=bool(
            rules.get("councillor_authority_withdrawn_in_pre_election_periods", True)
        ),
        by_election_scope=str(rules.get("by_election_withdrawal_scope", "whole council")),
        elections=tuple(elections),
        meetings=tuple(meetings),
        agenda_items=tuple(agenda),
        decisions=decisions,
        consents=consents,
        comment_approvals=approvals,
        links=tuple(links),
        confidential=confidential,
    )
