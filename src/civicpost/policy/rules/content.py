"""Section 6, what may be published: confidential and personal information, comments on
colleagues, third parties' content, names and photos, links and copyright."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..context import Consent, Person
from ..detectors.links import covered_by
from ..detectors.matching import content_words, keyword_hits, scope_matches
from ..detectors.names import Mention
from .base import Checking, Hit, rule
from .privacy import is_own, is_public
from .signals import PLACE_WORDS, accusations, innuendo, insults
from .structures import own_children_pictured, singled_out

_IMPRINT = re.compile(r"(?:promoted|published|printed)\s+by\b|\bp\.?\s?o\.?\s+box\b", re.I)
MEDIA_KINDS = {"image": "photo", "photo": "photo", "screenshot": "photo", "video": "video"}


@rule(
    "confidential-information",
    lexicons=("confidential_markers", "health_disclosure", "staff_refs", "disclosure_cues"),
)
def confidential_information(c: Checking) -> Iterator[Hit]:
    """Confidential council business, staff health, and security codes.

    What it looks for:
        Words that identify a confidential matter in the register while it is still
        confidential (bidders, sums, disputes, negotiations); the matter described in other
        words (two of the topic words of the matter or its Part 2 agenda item, such as "grass
        cutting") with a detail being given away (a price, "came in thousands under", "make an
        offer", "pay rise", "taking us to court"); markers of closed business ("Part 2", "in
        camera", "exempt", "the closed bit"); an employee's health or absence; door and alarm
        codes. A matter about a colleague told without its keywords: the colleague (named, by a
        short name, or singled out) just before its subject in everyday words ("Jo deserves
        every penny of what's coming her way" for a pay review, "a certain colleague's
        behaviour is being looked at" for a conduct complaint). A named person's medical details
        ("they've doubled his heart tablets"). Markers of a confidence in general ("between you
        and me") count only when something is told with them.

    Why it matters:
        Clause 6.5: must not "disclose commercially sensitive, personal private or confidential
        information. If you are unsure ... you should discuss this with the Clerk".

    Example:
        "Dearne Valley will get it over my dead body. Cheapest isn't best." (a tender bid)

    Instead:
        Say nothing about closed business until the council publishes it; ask the Clerk.

    Known limits:
        Paraphrases that share no keyword with the register are caught only through markers.
    """
    for matter in c.ctx.confidential:
        if matter.until is not None and c.day > matter.until:
            continue
        hits = [
            h for h in keyword_hits(matter.keywords, c.text.light.text) if not _procedural(c, h[0])
        ]
        if hits:
            start, end = c.text.light.span(hits[0][0], hits[0][1])
            yield Hit(
                start,
                end,
                f"'{c.post.text[start:end]}' concerns a confidential matter ({matter.title}).",
                "Remove it; ask the Clerk what can be said and when.",
                evidence=matter.id,
            )
            return
    paraphrase = _paraphrased_matter(c)
    if paraphrase is not None:
        (start, end, cue), matter = paraphrase
        yield Hit(
            start,
            end,
            f"'{cue}' gives away a detail of a confidential matter ({matter.title}).",
            "Remove it; ask the Clerk what can be said and when.",
            evidence=matter.id,
        )
        return
    allusion = _alludes_to_matter(c)
    if allusion is not None:
        (start, end, cue), matter = allusion
        yield Hit(
            start,
            end,
            f"'{cue}' alludes to a confidential matter about a colleague ({matter.title}).",
            "Say nothing about it until the council publishes it; ask the Clerk.",
            evidence=matter.id,
        )
        return
    for span in c.personal_data:
        if span.kind == "security_code":
            yield Hit(
                span.start,
                span.end,
                "This publishes a security code for premises.",
                "Remove the code; change it if it has been posted.",
            )
            return
    health = _staff_health(c)
    if health:
        yield Hit(
            health[0],
            health[1],
            "This reveals a member of staff's health or absence.",
            "Leave out staff absence and health; say only that work is in hand.",
        )
        return
    employment = _staff_employment(c)
    if employment:
        yield Hit(
            employment[0],
            employment[1],
            "This reveals a member of staff's employment matter (discipline, notice, hours).",
            "Leave staffing matters to the council; say nothing until it publishes them.",
        )
        return
    other = _someone_elses_health(c)
    if other:
        yield Hit(
            other[0],
            other[1],
            "This reveals a named person's health.",
            "Leave out other people's health; it is theirs to share.",
        )
        return
    marker = c.first("confidential_markers")
    if marker and _INFORMAL_MARKER.match(marker[2].lower()) and not _gives_something_away(c):
        marker = None  # a wink ("you didn't hear it from me") with no council secret told
    if marker and not _announces_closed_item(c, marker[0]):
        yield Hit(
            marker[0],
            marker[1],
            f"'{marker[2]}' points to closed (confidential) council business.",
            "Do not report what happened in closed session.",
            variant="marker",
        )


# What a confidential matter about a person is about, in the words people use for it: their pay
# changing ("deserves every penny of what's coming her way", "a certain someone's pay packet"),
# or a complaint about them being looked at ("being looked at by Rotherham").
_PAY_MATTER = re.compile(r"salary|\bpay\b|wage|regrad", re.IGNORECASE)
_PAY_TALK = re.compile(
    r"\b(?:pay rise|payrise|pay packet|back pay|every penny|more money|same money|spine points?|"
    r"regrad\w*|bump up|bonus|what's coming (?:her|his|their) way|"
    r"(?:her|his|their|[a-z]+'s) (?:pay|salary|wages?|money))\b"
)
_COMPLAINT_MATTER = re.compile(r"complaint|conduct|investigation|standards|disciplinary", re.I)
_COMPLAINT_TALK = re.compile(
    r"\b(?:being|been|is|are|was|getting|finally) (?:looked (?:at|into)|investigated|reported|"
    r"assessed|probed)\b|\bunder (?:investigation|assessment)\b|"
    r"\bcomplaint (?:about|against) (?:him|her|them)\b"
)


_MATTERS: dict[int, tuple[object, list]] = {}


def _person_matters(c: Checking) -> list:
    """The confidential matters about a person's pay or conduct, with how people talk of them,
    once per context."""
    cached = _MATTERS.get(id(c.ctx))
    if cached is not None and cached[0] is c.ctx:
        return cached[1]
    found = [
        (m, _PAY_TALK if _PAY_MATTER.search(m.title) else _COMPLAINT_TALK)
        for m in c.ctx.confidential
        if _PAY_MATTER.search(m.title) or _COMPLAINT_MATTER.search(m.title)
    ]
    if len(_MATTERS) > 16:
        _MATTERS.clear()
    _MATTERS[id(c.ctx)] = (c.ctx, found)
    return found


def _matter_person(c: Checking, title: str) -> set[str]:
    """Whom a matter concerns, when its title says so by a role ("Clerk's salary review")."""
    m = re.match(r"\s*(?:the\s+)?([A-Za-z][\w\- ]*?)['\u2019]s\b", title)
    if m is None:
        return set()
    role = m.group(1)
    return c.people.match_name(f"the {role}") | c.people.match_name(role)


def _alludes_to_matter(c: Checking):
    """Clause 6.5: a confidential matter about a colleague (their pay, a complaint about them)
    told without its keywords: the colleague (named, by a short name, or singled out) and the
    matter's subject in the words people use for it, in one sentence."""
    matters = [(m, talk) for m, talk in _person_matters(c) if m.until is None or c.day <= m.until]
    if not matters:
        return None
    light = c.text.light.text
    for matter, talk in matters:
        said = talk.search(light)
        if said is None:
            continue
        start, end = c.text.light.span(said.start(), said.end())
        s, e = c.sentence_of(start)
        person = _matter_person(c, matter.title)
        targets = [
            m.start
            for m in [*c.mentions, *_short_names(c)]
            if c.post.author not in m.person_ids
            and any(_concerned(c, pid, person) for pid in m.person_ids)
        ]
        singled = singled_out(c) or _singled_by_role(c)
        if singled:
            targets.append(singled[0])
        if any(_about(c, t, start, s) for t in targets) and not _procedural(c, said.start()):
            return (start, end, c.post.text[start:end]), matter
    return None


_REPORTING = re.compile(
    r"\b(?:says|said|told|tells|reckons|thinks|according|asked|and|but|so|because|then)\b|[,;:]",
    re.I,
)


def _about(c: Checking, target: int, cue: int, sentence_start: int) -> bool:
    """The colleague comes shortly before what is said of them, in the same sentence, with no
    reporting verb between ("the Clerk says the bins are being looked at" is about the bins)."""
    if not sentence_start <= target < cue or cue - target > 60:
        return False
    return not _REPORTING.search(c.post.text[target:cue])


def _concerned(c: Checking, pid: str, person: set[str]) -> bool:
    """The person the matter concerns, or any colleague when its title names no one."""
    if person:
        return pid in person
    found = c.ctx.person(pid)
    return found is not None and found.is_colleague


# Markers of a confidence in general ("between you and me"), not of closed council business:
# they point to confidential information only when something is given away with them.
_INFORMAL_MARKER = re.compile(
    r"off the record|between you and me|you didn't hear it from me|not (?:supposed|meant) to say"
)
_REPORTED = re.compile(
    r"\b(?:i'm told|i am told|i hear|i've heard|i have heard|word is|apparently|rumour|"
    r"heard that|between us|they've decided|they have decided|it's been decided|was agreed|"
    r"were told|we were told|they're going to|going to be)\b"
)


def _gives_something_away(c: Checking) -> bool:
    return c.has("disclosure_cues") or bool(_REPORTED.search(c.text.light.text))


@lru_cache(maxsize=256)
def _topic_words(titles: tuple[str, ...], keywords: tuple[str, ...]) -> frozenset[str]:
    """Content words of a matter's description: its keywords (names of the parties in them,
    "the Haighs", count) and the lower-case words of its titles; street names never count, as
    they recur in harmless posts ("Mill Lane", "Church Lane")."""
    words: set[str] = set()
    for title in titles:
        words |= content_words(" ".join(_bare(w) for w in title.split() if not w[:1].isupper()))
    for keyword in keywords:
        words |= content_words(" ".join(_bare(w) for w in keyword.split() if w not in PLACE_WORDS))
    return frozenset(words - _PROCEDURE_WORDS)


def _bare(word: str) -> str:
    """A word without its possessive ("solicitor's" is "solicitor"), as a post would match it."""
    return re.sub(r"['\u2019]s?$", "", word)


# Words of how business is taken ("Part 2, exempt item"), not of what it is about.
_PROCEDURE_WORDS = frozenset(content_words("part exempt item items private confidential session"))


def _paraphrased_matter(c: Checking):
    """A confidential matter (still confidential) described in other words, with a detail of it
    given away: two topic words of the matter or of the agenda item it belongs to, and a
    disclosure cue in the post (clause 6.5)."""
    post_words = content_words(c.post.text)
    for matter, topic in _matter_topics(c):
        if matter.until is not None and c.day > matter.until:
            continue
        if len(topic & post_words) >= 2:
            for cue in c.find("disclosure_cues"):
                s, e = c.sentence_of(cue[0])
                if not topic & content_words(c.post.text[s:e]):
                    continue  # the detail must be given in a sentence about the matter
                if _procedural(c, c.text.light.index_of(cue[0])):
                    continue
                return cue, matter
    return None


_TOPICS: dict[int, tuple[object, list]] = {}


def _matter_topics(c: Checking) -> list:
    """Each confidential matter with the topic words of it and of its agenda items, once per
    context (as ``_person_matters``)."""
    cached = _TOPICS.get(id(c.ctx))
    if cached is not None and cached[0] is c.ctx:
        return cached[1]
    found = []
    for matter in c.ctx.confidential:
        titles, keywords = [matter.title], list(matter.keywords)
        for item in c.ctx.agenda_items:
            if item.confidential == matter.id:
                titles.append(item.title)
                keywords += item.keywords
        found.append((matter, _topic_words(tuple(titles), tuple(keywords))))
    if len(_TOPICS) > 16:
        _TOPICS.clear()
    _TOPICS[id(c.ctx)] = (c.ctx, found)
    return found


_MY_FAMILY_RE = (
    r"\b(?:my|our)\s+(?:mum|mam|dad|wife|husband|hubby|son|daughter|partner|nan|gran|grandad|"
    r"sister|brother|kids?|family|mother|father|mother-in-law|father-in-law|dog|cat)\b"
)
_MY_FAMILY = re.compile(_MY_FAMILY_RE, re.IGNORECASE)
_OWN_FAMILY = re.compile(_MY_FAMILY_RE + r"|\b(?:i'm|i am|i've|i have|i was)\b", re.IGNORECASE)


def _staff_health(c: Checking) -> tuple[int, int, str] | None:
    """Health or absence news in the same sentence as a member of staff (named, or by role), and
    not about the poster or the poster's family ("my mum's in hospital") (clause 6.5)."""
    if not c.has("health_disclosure"):
        return None
    staff_spans = [(h[0], h[1]) for h in c.find("staff_refs")]
    staff_spans += [
        (m.start, m.end)
        for m in c.mentions
        if any((p := c.ctx.person(pid)) is not None and p.is_employee for pid in m.person_ids)
    ]
    for health in c.find("health_disclosure"):
        s, e = c.sentence_of(health[0])
        staff_here = [start for start, _ in staff_spans if s <= start < e]
        if not staff_here:
            continue
        # the nearest person before the health words decides whose health it is
        own = [s + m.start() for m in _OWN_FAMILY.finditer(c.post.text[s : health[0]])]
        staff_before = [start for start in staff_here if start < health[0]]
        if own and (not staff_before or max(own) > max(staff_before)):
            continue
        return health
    return None


# An employee's employment matter: discipline, dismissal, notice, hours or contract changes.
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "the spring|the summer|the autumn|the new year"
)
_STAFF_HR = re.compile(
    r"\b(?:being|been|was|is|got|getting|get) (?:disciplined|sacked|dismissed|suspended|let go|"
    r"made redundant|a written warning|a final warning)\b|\bdisciplinary\b|\bgrievance\b|"
    r"\b(?:handed|handing|put|putting) in (?:his|her|their) notice\b|"
    r"\b(?:is|are|'s|'re) (?:leaving|resigning|quitting|off)"
    r"(?: us| the council| the job| for good)? (?:in (?:" + _MONTHS + r")|next (?:week|month)|"
    r"at the end of (?:the|this) (?:month|year))\b|"
    r"\b(?:is|are|'s) (?:resigning|quitting)\b|"
    r"\b(?:had|having|getting|got) (?:his|her|their) (?:hours|pay|contract) "
    r"(?:cut|reduced|changed)\b|\b(?:his|her|their) (?:hours|pay) "
    r"(?:have been|has been|are being|is being|being) (?:cut|reduced)\b"
)
_CHAIR_WORDS = ("chair", "vice")


def _staff_employment(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.5: an employee's employment matter (discipline, notice, hours cut) in the same
    sentence as the employee (named, by a short name, or by role; not a councillor)."""
    light = c.text.light.text
    m = _STAFF_HR.search(light)
    if m is None or _procedural(c, m.start()):
        return None
    start, end = c.text.light.span(m.start(), m.end())
    s, e = c.sentence_of(start)
    staff = [h[0] for h in c.find("staff_refs") if not any(w in h[2].lower() for w in _CHAIR_WORDS)]
    staff += [
        x.start
        for x in [*c.mentions, *_short_names(c)]
        if c.post.author not in x.person_ids
        and any((p := c.ctx.person(pid)) is not None and p.is_employee for pid in x.person_ids)
    ]
    if not any(s <= t < e for t in staff):
        return None
    return start, end, c.post.text[start:end]


# Medical details of a third person ("they've doubled his heart tablets", "she's got
# dementia"): health is special category personal data.
_THEIR_HEALTH = re.compile(
    r"\b(?:his|her|their) (?:\w+ )?(?:tablets|pills|medication|meds|prescription|chemo|"
    r"chemotherapy|diagnosis|dementia|cancer|diabetes|insulin|blood pressure|biopsy|scan results|"
    r"test results|heart condition|mental health)\b|"
    r"\b(?:he|she|they)(?:'s|'ve| has| have| is| are)(?: been| got| now)? (?:diagnosed with|"
    r"got cancer|got dementia|on chemo|having chemo|sectioned|in rehab|on antidepressants)\b"
)


def _someone_elses_health(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.5: a named person's health, not the poster's or the poster's family's: a
    medical detail about "him" or "her" with a name (a register person or a first name) in the
    same sentence or the one before."""
    light = c.text.light.text
    m = _THEIR_HEALTH.search(light)
    if m is None:
        return None
    start, end = c.text.light.span(m.start(), m.end())
    s, e = c.sentence_of(start)
    before = c.sentence_of(s - 1)[0] if s > 0 else s
    if _MY_FAMILY.search(c.post.text[before:start]):
        return None  # "my dad's on chemo": the poster's own family
    named = any(
        before <= x.start < e and c.post.author not in x.person_ids for x in c.mentions
    ) or any(
        before <= h[0] < e and c.post.text[h[0] : h[0] + 1].isupper() for h in c.find("first_names")
    )
    return (start, end, c.post.text[start:end]) if named else None


_ANNOUNCE = re.compile(
    r"\b(?:will be|is being|are being|to be|is to be|are to be|is|are)\s+(?:considered|discussed|"
    r"taken|heard|dealt with|held)\b|\bagenda\b|\bbecause (?:it|they) (?:is|are)\b|"
    r"\b(?:public|press) (?:will be|are|is) (?:asked to leave|excluded)\b|"
    r"\bexclude the (?:public|press)\b"
)


def _announces_closed_item(c: Checking, start: int) -> bool:
    """Saying that an item will be taken in closed session (as the published agenda does) is not
    disclosing what happened in it; the sentence must announce it and give no detail away."""
    s, e = c.sentence_of(start)
    sentence = c.light_sentence(start)
    detail = any(s <= h[0] < e for h in c.find("disclosure_cues"))
    return bool(_ANNOUNCE.search(sentence)) and not detail


_HOW_TO = re.compile(
    r"\b(?:you can|you could|you may|how to|if you (?:want|wish) to|can be (?:made|sent|raised)|"
    r"please (?:make|send|submit|use))\b"
)
_INSTANCE = re.compile(
    r"\b(?:has been|have been|is being|was made|were made|under investigation|looking into|"
    r"against (?:him|her|them|cllr|councillor))\b"
)


def _procedural(c: Checking, light_start: int) -> bool:
    """A register keyword used to explain a procedure ("you can make a code of conduct complaint
    to the Monitoring Officer") rather than to disclose the matter itself."""
    start, _ = c.text.light.span(light_start, light_start + 1)
    sentence = c.light_sentence(start)
    return bool(_HOW_TO.search(sentence)) and not _INSTANCE.search(sentence)


@rule("personal-data")
def personal_data(c: Checking) -> Iterator[Hit]:
    """Other people's personal data: phone numbers, emails, home addresses, NI and NHS numbers.

    What it looks for:
        Phone numbers, email addresses, house-number-and-street addresses, postcodes, National
        Insurance and NHS numbers that belong to someone other than the poster, and are not the
        council's own published contacts.

    Why it matters:
        Clause 6.5: must not "disclose ... personal private or confidential information".

    Example:
        "handed in by Sharon Mellor of 27 Pit Lane, Treeton S60 5QR"

    Instead:
        Ask people to contact the council office, which can pass messages on.

    Known limits:
        The poster's own details are judged under 5.1; imprint and PO Box addresses are not
        personal data, nor are organisations' helplines (03, 080, 084, 087 numbers) and role
        mailboxes (info@, enquiries@), nor an address used to say where something is ("the
        street light outside 40 Station Road"). Which details are "own" is judged from
        first-person words. A still from the poster's own or the council's cameras showing a
        person ("CCTV still of a young man's face") is personal data; someone else's footage is
        their content (6.7).
    """
    for index, attachment in enumerate(c.post.attachments):
        if _surveillance_still(c, attachment):
            yield Hit(
                0,
                0,
                "A camera still showing someone's face: footage from your own or the council's "
                "cameras is personal data.",
                "Give the footage to the police; do not publish it.",
                field=f"attachment[{index}]",
            )
            return
    for span in c.personal_data:
        if span.kind == "security_code":
            continue
        value = span.value(c.post.text)
        if is_public(c, value):
            continue
        before = c.post.text[max(0, span.start - 80) : span.start]
        if span.kind in ("address", "postcode") and _IMPRINT.search(before):
            continue
        if span.kind == "address" and _WHERE.search(before):
            continue
        if not c.official and is_own(c, span.start):
            continue
        if span.kind == "phone" and _organisation_line(c, span.start, value):
            continue
        labels = {
            "phone": "a phone number",
            "email": "an email address",
            "address": "a home address",
            "postcode": "a postcode",
            "nino": "a National Insurance number",
            "nhs": "an NHS number",
        }
        yield Hit(
            span.start,
            span.end,
            f"This publishes {labels[span.kind]} of someone else.",
            "Remove it; ask people to contact the council office instead.",
            evidence=span.evidence,
            confidence=span.score,
        )
        return


# An address used as a place, to say where something is ("the street light outside 40 Station
# Road", "the bench opposite 3 Mill Lane"): it locates a fault, and says nothing about who lives
# there. "At number 9", "lives at", "from number 14" still point at a household.
_WHERE = re.compile(
    r"\b(?:outside|opposite|near|nearby|next to|by|across from|in front of|behind|beside|"
    r"between|past|just up from|just down from|round the corner from)\s+(?:no\.?\s*|number\s+)?$",
    re.IGNORECASE,
)


_SURVEILLANCE = re.compile(
    r"\b(?:cctv|doorbell|dash ?cam|security camera|ring camera|trail camera|"
    r"camera (?:still|footage|image|grab)|footage|still from)\b",
    re.IGNORECASE,
)
_FACE = re.compile(
    r"\b(?:face|faces|man|men|woman|women|lad|lads|lass|person|people|bloke|youths?|boys?|girls?|"
    r"teenagers?|kids?|driver|someone|culprit|suspect)\b",
    re.IGNORECASE,
)


def _surveillance_still(c: Checking, attachment) -> bool:
    """A still from the poster's own (or the council's) cameras showing a person (clause 6.5:
    images of identifiable people captured on CCTV are personal data; someone else's footage
    is their content, judged under 6.7)."""
    if attachment.source == "third_party" or attachment.minors:
        return False
    description = attachment.description or ""
    return bool(_SURVEILLANCE.search(description) and _FACE.search(description))


_ORGANISATION = re.compile(
    r"\b(?:council|mbc|police|nhs|advice|trust|service|services|office|surgery|school|library|"
    r"hospital|centre|center|helpline|line|ltd|limited|plc|association|society|charity|church|"
    r"agency|authority|department|team|desk|switchboard|reception)\b",
    re.IGNORECASE,
)


def _organisation_line(c: Checking, start: int, value: str) -> bool:
    """A landline given as an organisation's ("ring Rotherham Council on 01709 ...", "the
    surgery on ..."): the words just before it name a body, or a body in the council's routes
    register. Mobile numbers (07) are always treated as a person's."""
    digits = re.sub(r"\D", "", value)
    if digits.startswith("447") or digits.startswith("07"):
        return False
    before = c.post.text[max(0, start - 50) : start]
    if _ORGANISATION.search(before):
        return True
    bodies = [c.ctx.council.principal_authority or ""] + [r.body for r in c.ctx.council.routes]
    names = {w for body in bodies for w in body.split()[:1] if len(w) > 3}
    return any(re.search(rf"\b{re.escape(n)}\b", before) for n in names)


def _approved(c: Checking, person: Person, evaluative: bool, critical: bool = False) -> bool:
    """An approval in force covers the comment (clause 6.6). Approvals are given for thanks,
    credit, congratulations or being named as a contact; criticism is never covered by them."""
    if critical:
        return False
    scope_text = " ".join([c.post.text, c.attachment_text])
    for approval in c.ctx.comment_approvals:
        if (
            approval.person == person.id
            or (approval.person == "all-councillors" and person.is_councillor)
            or (approval.person == "all-employees" and person.is_employee)
        ):
            if not approval.in_force(c.day, c.channel):
                continue
            if approval.factual_only:
                if not evaluative:
                    return True
            elif scope_matches([approval.scope], scope_text):
                return True
    return False


@rule(
    "comment-on-colleague",
    lexicons=("evaluative", "criticism", "staff_refs", "health_disclosure", "innuendo"),
)
def comment_on_colleague(c: Checking) -> Iterator[Hit]:
    """Comment on a councillor or employee without their prior approval.

    What it looks for:
        A councillor or employee named (name, alias or handle) or pictured, other than the
        author, with no approval in the register covering this channel, date and subject.
        Praise needs an approval whose scope matches (its words or their synonyms: "questions to
        the Clerk" is being named as the contact); a factual mention is covered by a "factual
        mention" approval; criticism, insults and insinuations are never covered. A colleague
        referred to by role ("our clerk", "the caretaker") with praise, criticism or health news
        counts too, and so does a colleague singled out without a name ("a certain colleague",
        "the same councillor").

    Why it matters:
        Clause 6.6: must not "post comments on employees or councillors without their prior
        approval".

    Example:
        "Shout out to Cllr Fairbrother, who's done more for the skate park than the rest of the
        council put together"

    Instead:
        Ask the colleague first and have the Clerk record the approval.

    Known limits:
        An unflattering reference without a name ("one of our staff") is found only with words
        about health or absence, under 6.5.

        Not a comment: a colleague named in passing, as the one the poster told or asked ("I've
        told the caretaker to ...", "let the Clerk know"), as the author of a piece of work
        ("whatever the RFO's figures say"), or as a holder of the authority to post for the
        council that the registers record ("only Nadia and Gareth can post for the council"),
        unless the sentence praises or criticises. A comment also: a group of colleagues run
        down ("some of our councillors couldn't read an agenda if you paid them"), one picked
        out by a described role ("a certain parish finance officer"), and a colleague called by
        the short first name of a "short name + surname" alias ("Jo" for "Jo Spurr") in a post
        about council life.
    """
    for mention in [*c.mentions, *_short_names(c)]:
        if c.post.author in mention.person_ids:
            continue
        people = [p for pid in mention.person_ids if (p := c.ctx.person(pid)) and p.is_colleague]
        if not people:
            continue
        s, e = c.sentence_of(mention.start)
        if _addressee(c, mention) or _incidental(c, mention, people):
            continue
        hostile = insults(c) + accusations(c)
        following = c.sentence_of(e)[1] if e < len(c.post.text) else e  # "She's a fraud."
        critical = (
            any(s <= h[0] < e for h in c.find("criticism"))
            or any(s <= h[0] < following for h in hostile)
            or bool(innuendo(c))
        )
        evaluative = critical or any(s <= h[0] < e for h in c.find("evaluative"))
        if all(_approved(c, p, evaluative, critical) for p in people):
            continue
        yield Hit(
            mention.start,
            mention.end,
            f"Comment on {people[0].name} without their recorded prior approval.",
            "Ask them first and have the Clerk record the approval, or leave them out.",
            variant=None if evaluative else "neutral-mention",
        )
        return
    named_colleague = any(
        (p := c.ctx.person(pid)) is not None and p.is_colleague
        for m in c.mentions
        for pid in m.person_ids
    )
    group = None if named_colleague else _colleagues_run_down(c)
    if group:
        yield Hit(
            group[0],
            group[1],
            f"'{group[2]}' runs down colleagues without their prior approval.",
            "Leave colleagues out unless they have agreed; raise concerns with the Clerk.",
        )
        return
    singled = None if named_colleague else (singled_out(c) or _singled_by_role(c))
    staff = None if named_colleague else (c.first("staff_refs") or singled)
    if staff and (
        singled
        or c.has("evaluative")
        or c.has("criticism")
        or c.has("health_disclosure")
        or insults(c)
    ):
        yield Hit(
            staff[0],
            staff[1],
            f"'{staff[2]}' comments on an identifiable colleague without prior approval.",
            "Leave colleagues out unless they have agreed.",
        )
        return
    for index, name, ids in c.attachment_people():
        people = [
            p for pid in ids if pid != c.post.author and (p := c.ctx.person(pid)) and p.is_colleague
        ]
        if people and not all(_approved(c, p, False) for p in people):
            yield Hit(
                0,
                0,
                f"{name} is pictured without their recorded prior approval.",
                "Ask them first, or use a picture without them.",
                field=f"attachment[{index}]",
            )
            return


_TITLES = frozenset(("cllr", "councillor", "mr", "mrs", "ms", "miss", "dr", "the"))


@lru_cache(maxsize=32)
def _short_name_pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    if not pairs:
        return None
    body = "|".join(re.escape(short) for _, short in sorted(pairs, key=lambda p: -len(p[1])))
    return re.compile(rf"(?<![\w@.])(?:{body})(?![\w]|\.\w|@)")


# Words that put a post in council life, so that a bare short name is a colleague's.
_COUNCIL_LIFE = re.compile(
    r"\b(?:council|councillors?|cllrs?|clerk|meetings?|minutes|agenda|salary|pay|wages?|"
    r"penny|money|review|rfo|chair|parish|committee|ward|vote|voted)\b"
)


_PAIRS: dict[int, tuple[object, tuple[tuple[str, str], ...]]] = {}


def _short_name_pairs(c: Checking) -> tuple[tuple[str, str], ...]:
    """(person id, short name) for every colleague, once per context."""
    cached = _PAIRS.get(id(c.ctx))
    if cached is not None and cached[0] is c.ctx:
        return cached[1]
    pairs = tuple(
        (p.id, words[0])
        for p in c.ctx.people
        if p.is_colleague
        for alias in p.aliases
        if len(words := alias.split()) == 2
        and words[0].lower() not in _TITLES
        and words[1] == p.surname
        and words[0] not in p.aliases
        and len(words[0]) > 1
    )
    if len(_PAIRS) > 16:
        _PAIRS.clear()
    _PAIRS[id(c.ctx)] = (c.ctx, pairs)
    return pairs


def _short_names(c: Checking) -> list[Mention]:
    """A colleague by the short first name of a "short name + surname" alias in the register
    ("Jo Spurr" gives "Jo", "Gaz Booth" gives "Gaz"), as colleagues call each other (clause
    6.6); only in a post about council life, as short names are common."""
    pairs = _short_name_pairs(c)
    if not pairs or not any(short in c.post.text for _, short in pairs):
        return []
    pattern = _short_name_pattern(pairs)
    if pattern is None or not _COUNCIL_LIFE.search(c.text.light.text):
        return []
    taken = [(m.start, m.end) for m in c.mentions]
    ids = {short: tuple(sorted(pid for pid, s in pairs if s == short)) for _, short in pairs}
    return [
        Mention(ids[m.group(0)], m.start(), m.end(), m.group(0))
        for m in pattern.finditer(c.post.text)
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]


_TO_ROLE = re.compile(
    r"\b(?:to|ask|contact|tell|email|e-mail|ring|call|phone|with|from|via|through|by|see|"
    r"speak to|talk to|write to|check with|let|told|asked|instructed|informed|notified|emailed|"
    r"e-mailed|rang|phoned|messaged|texted|cc|copied in)\s+$",
    re.IGNORECASE,
)
# A name (not a role) as the one the poster told or asked ("I've asked Dean to ...", "let Jo
# know"): the weak prepositions of _TO_ROLE ("with", "by") say too little after a name.
_TOLD_NAME = re.compile(
    r"\b(?:let|told|asked|instructed|informed|notified|emailed|e-mailed|rang|phoned|messaged|"
    r"texted|ask|tell|contact|ring|email|message)\s+$",
    re.IGNORECASE,
)
# The colleague as the source of a piece of work, not its subject: "the RFO's figures",
# "whatever the Clerk's report says", "according to Jo".
_WORK_OF = re.compile(
    r"^['\u2019]s\s+(?:own\s+|latest\s+|draft\s+|new\s+)?(?:figures?|numbers|report|reports|"
    r"e-?mails?|letters?|advice|notes|minutes|budget|papers?|spreadsheet|accounts|summary|"
    r"update|briefing|notice|estimates?|quotes?|forecasts?|projections|draft|recommendations?|"
    r"calculations|sums|breakdown|costings)\b",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"\b(?:according to|as per|whatever|per)\s+$", re.IGNORECASE)
# Who may speak for the council: a sentence about posting authority names its holders as a
# fact of the registers (policy 4.1), not as a comment on them.
_AUTHORITY = re.compile(
    r"\b(?:can|may|could|allowed to|authori[sz]ed to|permitted to|able to|get to|entitled to)\s+"
    r"(?:post|publish|speak|sign|comment|reply|answer|put (?:things|stuff|notices) up)\b"
    r"[^.!?]{0,30}\b(?:for|on behalf of|as|in the name of|on)\s+(?:the\s+)?(?:parish\s+|"
    r"town\s+|village\s+)?(?:council|page|account)\b|\bposting (?:rights|authority|permission)\b"
)


def _addressee(c: Checking, mention) -> bool:
    """A colleague named only by role ("the Clerk") as someone to contact or to tell ("apologies
    sent to the Clerk", "ask the Clerk") is a route, not a comment on them (clause 6.6), unless the
    sentence praises or criticises."""
    if not mention.term.lower().startswith("the "):
        return False
    if insults(c) or accusations(c) or innuendo(c):
        return False
    s, e = c.sentence_of(mention.start)
    if any(s <= h[0] < e for h in c.find("criticism")) or any(
        s <= h[0] < e for h in c.find("evaluative")
    ):
        return False
    return bool(_TO_ROLE.search(c.post.text[max(s, mention.start - 30) : mention.start]))


def _judged(c: Checking, start: int) -> bool:
    """Praise, criticism, an insult, an accusation or an insinuation in the post around the
    sentence at ``start``: then a mention is a comment, whatever its position."""
    if insults(c) or accusations(c) or innuendo(c):
        return True
    s, e = c.sentence_of(start)
    return any(s <= h[0] < e for h in c.find("criticism")) or any(
        s <= h[0] < e for h in c.find("evaluative")
    )


def _incidental(c: Checking, mention, people: list[Person]) -> bool:
    """A colleague named in passing, where nothing is said about them (clause 6.6 is about
    comments on colleagues): as the one the poster told or asked ("I've told the caretaker to
    ...", "let Jo know"), as the author of a piece of work ("whatever the RFO's figures say"),
    or as a holder of the authority to post for the council that the registers record ("only
    Nadia and Gareth can post for the council"). Never when the sentence judges them."""
    text = c.post.text
    before = text[max(0, mention.start - 30) : mention.start]
    after = text[mention.end : mention.end + 40]
    shape = (
        _TOLD_NAME.search(before)
        or _WORK_OF.search(after)
        or (_SOURCE.search(before) and not after.lstrip().startswith(("is", "was", "has")))
    )
    if not shape:
        sentence = c.light_sentence(mention.start)
        holders = {a.person for a in c.ctx.posting_authorities if a.active(c.day)}
        shape = bool(_AUTHORITY.search(sentence)) and all(p.id in holders for p in people)
    return bool(shape) and not _judged(c, mention.start)


# A group of colleagues run down without a name ("some of our councillors couldn't ...",
# "half the councillors", "certain members"): identifiable to those who know them.
_COLLEAGUE_GROUP = re.compile(
    r"\b(?:some|most|half|a few|a couple|one or two|certain|several|many|none|two|three|a lot|"
    r"loads|plenty) of (?:our|the|my|these|those|us) (?:fellow )?(?:councillors|colleagues|"
    r"cllrs|members|staff|officers)\b|\b(?:certain|some|a few|half the|most of the) (?:fellow )?"
    r"(?:councillors|cllrs)\b|\bmy (?:fellow )?(?:councillors|colleagues|fellow cllrs)\b|"
    r"\b(?:some|certain|a few|half|most|one or two) (?:people )?(?:on|of) (?:this|the|our) "
    r"(?:parish |town )?council\b"
)
# One colleague picked out by a described role ("a certain parish finance officer", "a certain
# long-serving councillor"): the register's roles make them identifiable.
_ROLE_SINGLED = re.compile(
    r"\b(?:a certain|one particular|that particular) (?:[a-z\-]+ ){1,2}(?:officer|clerk|"
    r"councillor|cllr|caretaker|chair|chairman|chairwoman|employee|member of staff)\b"
)


_SOMEONE = re.compile(r"\ba certain (?:someone|somebody|person|individual)\b")


def _singled_by_role(c: Checking) -> tuple[int, int, str] | None:
    light = c.text.light.text
    if "certain" not in light and "particular" not in light:
        return None
    m = _ROLE_SINGLED.search(light)
    if m is None and c.has("confidential_markers"):
        m = _SOMEONE.search(light)  # closed business is about the council's own people
    if m is None:
        return None
    return c.light_hit(m)


def _colleagues_run_down(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.6: a group of colleagues singled out by the poster ("some of our councillors")
    and criticised or insulted in the same sentence."""
    light = c.text.light.text
    if not any(w in light for w in ("council", "colleague", "cllr", "staff", "member", "officer")):
        return None
    m = _COLLEAGUE_GROUP.search(light)
    if m is None:
        return None
    start, end = c.text.light.span(m.start(), m.end())
    s, e = c.sentence_of(start)
    critical = any(s <= h[0] < e for h in c.find("criticism")) or any(
        s <= h[0] < e for h in insults(c)
    )
    return (start, end, c.post.text[start:end]) if critical else None


def _valid(
    c: Checking, consent: Consent, kinds: tuple[str, ...], scope_text: str, need_scope: bool = True
) -> bool:
    return (
        consent.kind in kinds
        and consent.in_force(c.day, c.channel)
        and (
            not need_scope
            or not consent.scope
            or (
                scope_matches(consent.scope, scope_text)
                and not _other_occasion(consent.scope, scope_text)
            )
        )
    )


# Occasions that tell one event from another of the same kind ("Christmas concert" is not the
# "summer concert"): a consent's scope names one, and the post names only others.
_OCCASIONS = {
    "christmas": "christmas", "xmas": "christmas", "carol": "christmas", "carols": "christmas",
    "festive": "christmas", "nativity": "christmas", "summer": "summer", "spring": "spring",
    "autumn": "autumn", "winter": "winter", "easter": "easter", "halloween": "halloween",
    "bonfire": "bonfire", "fireworks": "bonfire",
}  # fmt: skip
_OCCASION_RE = re.compile(r"\b(?:" + "|".join(_OCCASIONS) + r")\b", re.IGNORECASE)


def _occasions(text: str) -> set[str]:
    return {_OCCASIONS[m.group(0).lower()] for m in _OCCASION_RE.finditer(text)}


def _other_occasion(scope: tuple[str, ...], text: str) -> bool:
    """The post is about a different occasion from the one the consent covers (clause 6.7: a
    permission is for the use it names)."""
    wanted = _occasions(" ".join(scope))
    if not wanted:
        return False
    given = _occasions(text)
    return bool(given) and not (given & wanted)


_CREDITED = re.compile(
    r"\bcredit(?:ed)?\s+(?:as\s+|to\s+)?[\"\u201c']([^\"\u201d]+)[\"\u201d']", re.I
)
_CREDIT_CHARS = re.compile(r"[^a-z0-9]+")


def _credit_ok(consent: Consent, *texts: str) -> bool:
    """A consent given on condition of a credit ("credited '(c) Kate Firth Photography'") covers
    the use only when that credit is given, in the attachment's credit or in the post (clauses
    6.7 and 6.8: the permission is the owner's, on the owner's terms)."""
    wanted = [m.group(1) for line in consent.scope for m in _CREDITED.finditer(line)]
    if not wanted:
        return True
    given = _CREDIT_CHARS.sub(" ", " ".join(texts).lower())
    return all(_CREDIT_CHARS.sub(" ", w.lower()).strip() in given for w in wanted)


def _consents_for(c: Checking, listed: tuple[str, ...], hint: str) -> list[Consent]:
    found = [c.ctx.consents_by_id[i] for i in listed if i in c.ctx.consents_by_id]
    if not found and hint:
        lowered = hint.lower()
        found = [k for k in c.ctx.consents if k.subject and k.subject.lower() in lowered]
    return found


@rule("third-party-content", lexicons=("copied_content",))
def third_party_content(c: Checking) -> Iterator[Hit]:
    """Someone else's content (photo, article, screenshot) used without their consent.

    What it looks for:
        Attachments from a third party, and text copied from elsewhere ("Copied from ...",
        "© ..."), with no consent in the register that covers this channel, date and content.

    Why it matters:
        Clause 6.7: must not "upload, post or forward any content belonging to a third party
        unless you have that third party's consent".

    Example:
        A newspaper's gala photo (consent for the council's page only) on a councillor's own
        profile.

    Instead:
        Link to the original, or get written consent and have the Clerk record it.

        A consent given on condition of a credit ("credited '(c) Kate Firth Photography'") covers
        the use only when the credit is given.

    Known limits:
        Trusts the attachment's ``source``; cannot recognise an image by its pixels.
    """
    for index, attachment in enumerate(c.post.attachments):
        if attachment.source != "third_party":
            continue
        scope_text = " ".join([c.post.text, attachment.description, attachment.credit or ""])
        consents = _consents_for(
            c, attachment.consents, attachment.credit or attachment.description
        )
        if any(
            _valid(c, k, ("third_party_content", "photo", "video"), scope_text)
            and _credit_ok(k, attachment.credit or "", c.post.text)
            for k in consents
        ):
            continue
        yield Hit(
            0,
            0,
            f"Third-party {attachment.kind} without a recorded consent for this use.",
            "Share the original post or link to it, or get written consent first.",
            field=f"attachment[{index}]",
        )
        return
    copied = c.first("copied_content")
    if copied and not _copied_with_consent(c):
        yield Hit(
            copied[0],
            copied[1],
            "Text copied from someone else's publication.",
            "Link to the original and quote at most a line.",
        )


def _copied_with_consent(c: Checking) -> bool:
    return any(
        k.subject
        and k.subject.lower() in c.post.text.lower()
        and _valid(c, k, ("third_party_content",), c.post.text + " " + c.attachment_text)
        for k in c.ctx.consents
    )


def _named_private_people(c: Checking) -> Iterator[tuple[int, int, str, Person]]:
    for mention in c.mentions:
        for pid in mention.person_ids:
            person = c.ctx.person(pid)
            if person is not None and not person.roles and pid != c.post.author:
                yield mention.start, mention.end, mention.term, person


def _name_permitted(c: Checking, name: str) -> bool:
    """Written permission to use ``name`` here: a name consent, or a photo consent allowing names,
    in force for this channel and date, and for this purpose (its scope matches the post)."""
    lowered = name.lower()
    purpose = " ".join([c.post.text, c.attachment_text])
    return any(
        k.subject
        and lowered in k.subject.lower()
        and (k.kind == "name" or k.names_allowed)
        and k.in_force(c.day, c.channel)
        and (not k.scope or scope_matches(k.scope, purpose))
        for k in c.ctx.consents
    )


_GROUP_WORDS = re.compile(
    r"\b(?:school|choir|squad|team|band|club|fc|group|class|players|volunteers|under-?\d+s?)\b",
    re.I,
)


def _looks_like_a_name(subject: str) -> bool:
    words = subject.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not _GROUP_WORDS.search(subject)
    )


@rule("name-without-permission", lexicons=("first_names",))
def name_without_permission(c: Checking) -> Iterator[Hit]:
    """A private individual, or a child, named or shown without written permission.

    What it looks for:
        Residents in the register (people with no council role) named, tagged or pictured with
        no name or photo consent in force; children named where the photo consent does not allow
        names; a child named by the family's surname and street ("the Henshaw lad off Bramley
        Close"); a resident's family by its surname ("the Pashleys"); and an unknown person's
        first name given next to their contact details.

    Why it matters:
        Clause 6.7: "This includes use of an individual's name without written permission to do
        so".

    Example:
        "Thieves? The only thief round here is you, Baz Ogden."

    Instead:
        Leave the name out, or get written permission and have the Clerk record it.

    Known limits:
        Names of people not in the registers are found only beside contact details; public
        figures and candidates are not flagged.
    """
    candidates = {n.lower() for e in c.ctx.elections for n in e.other_candidates}
    for start, end, term, person in _named_private_people(c):
        if person.name.lower() in candidates or _name_permitted(c, person.name):
            continue
        yield Hit(
            start,
            end,
            f"'{term}' names a private individual without recorded permission.",
            "Leave the name out, or get written permission first.",
        )
        return
    for index, name, ids in c.attachment_people():
        people = [p for pid in ids if (p := c.ctx.person(pid)) is not None]
        private = [p for p in people if not p.roles]
        if private and not _name_permitted(c, private[0].name):
            yield Hit(
                0,
                0,
                f"{name} is shown without recorded permission.",
                "Get written permission first, or leave them out.",
                field=f"attachment[{index}]",
            )
            return
    for consent in c.ctx.consents:
        if consent.minor and not consent.names_allowed and _looks_like_a_name(consent.subject):
            pos = c.post.text.find(consent.subject)
            if pos >= 0:
                yield Hit(
                    pos,
                    pos + len(consent.subject),
                    f"A child is named, but consent {consent.id} does not allow names.",
                    "Remove the child's name; the photo alone is covered.",
                )
                return
    household = _HOUSEHOLD_CHILD.search(c.post.text)
    if (
        household
        and household.group(1) not in PLACE_WORDS
        and not household.group(1).endswith("s")  # a team or a club ("the Tigers lads")
        and household.group(1) not in c.ctx.council.name.split()
        and not c.people.match_name(household.group(1))
    ):
        yield Hit(
            household.start(),
            household.end(),
            f"'{household.group(0)}' names a child by family and street.",
            "Leave the child and the family out; report what happened to the police.",
        )
        return
    for span in c.personal_data:
        if span.kind not in ("phone", "email", "address"):
            continue
        window_start = max(0, span.start - 40)
        for hit in c.find("first_names"):
            if window_start <= hit[0] < span.start and c.post.text[hit[0] : hit[0] + 1].isupper():
                yield Hit(
                    hit[0],
                    hit[1],
                    f"'{hit[2]}' names someone beside their contact details.",
                    "Leave out the name and the details; point people to the council.",
                )
                return


# A child named by the family's surname and where they live ("the Henshaw lad off Bramley
# Close", "the Smith kids at number 4"): a child identified without anyone's permission.
_HOUSEHOLD_CHILD = re.compile(
    r"\bthe ([A-Z][a-z]+) (?:lad|lass|boy|girl|kid|kids|lads|lasses|boys|girls|twins|youngsters?)"
    r" (?:off|from|on|at|of|in|down|up) (?:(?:number|no\.?) \d+|\d+ [A-Z][a-z]+ [A-Z][a-z]+|"
    r"[A-Z][a-z]+ (?:Close|Road|Rd|Lane|Avenue|Ave|Street|St|Drive|Crescent|Way|View|Grove|Court|"
    r"Gardens|Terrace|Walk|Place|Rise|Mews|Estate))\b"
)


_OWN_CHILD = re.compile(
    r"\b(?:my|our)\s+(?:youngest|eldest|oldest|son|daughter|boy|girl|kids?|children|"
    r"little one|lad|lass)\b"
    r"|\bthe author's\s+(?:son|daughter|child|children)\b",
    re.IGNORECASE,
)
_OTHERS = re.compile(
    r"\b(?:classmates?|friends?|team|squad|choir|class|group|children|kids|others?|pupils)\b", re.I
)


# Other children beside the poster's own ("Carr's granddaughter and two classmates").
_WITH_OTHERS = re.compile(
    r"\b(?:classmates?|friends?|team|squad|choir|class|group|others?|pupils|"
    r"other (?:children|kids))\b",
    re.I,
)


@rule("minor-without-consent")
def minor_without_consent(c: Checking) -> Iterator[Hit]:
    """A photo or video of children without parental permission for this use.

    What it looks for:
        Attachments showing minors with no consent in the register that is in force for this
        channel and date and whose scope matches the event (a consent for the "Christmas concert"
        does not cover the summer one); the poster's own child alone is fine, and so are the
        poster's own children by the picture's description ("Gill's two children").

    Why it matters:
        Clause 6.7: must not publish "photographs or videos of minors without parental
        permission".

    Example:
        The under-10s team photo after the consent (summer tournament) expired.

    Instead:
        Use a photo without identifiable children, or get the parents' written consent first.

    Known limits:
        Trusts the attachment's ``minors`` flag; does not look at the image.
    """
    for index, attachment in enumerate(c.post.attachments):
        if not attachment.minors:
            continue
        context_text = " ".join([c.post.text, attachment.description])
        own = _OWN_CHILD.search(context_text)
        if own and not _OTHERS.search(attachment.description):
            continue
        if own_children_pictured(c, attachment.description) and not _WITH_OTHERS.search(
            attachment.description
        ):
            continue
        kind = MEDIA_KINDS.get(attachment.kind, "photo")
        consents = _consents_for(c, attachment.consents, "")
        if any(k.minor and _valid(c, k, (kind, "photo", "video"), context_text) for k in consents):
            continue
        reason = "no consent recorded" if not consents else "the consent does not cover this use"
        yield Hit(
            0,
            0,
            f"Children are shown and {reason} (channel, date or event).",
            "Use a photo without identifiable children, or get parental consent first.",
            field=f"attachment[{index}]",
        )
        return


@rule("unchecked-link")
def unchecked_link(c: Checking) -> Iterator[Hit]:
    """A link to a site whose terms have not been checked, or do not allow linking.

    What it looks for:
        Links whose domain (or a parent domain) is not in the links register, is there but not
        allowed, or is hidden behind a link shortener. The council's own website is fine.

    Why it matters:
        Clause 6.8: must not post "any link to a third-party website without checking that any
        terms and conditions of that website permit you to link to it".

    Example:
        https://rotherham-gov.uk.consultations-online.info/pspo (a lookalike, not gov.uk)

    Instead:
        Ask the Clerk to check the site's terms and add it to the register, or link to an
        official source.

    Known limits:
        Does not follow links or read the site's terms itself.
    """
    for link in c.links:
        if any(covered_by(link.host, d) for d in c.ctx.council_domains()):
            continue
        entries = [e for e in c.ctx.links if covered_by(link.host, e.domain)]
        entry = max(entries, key=lambda e: len(e.domain), default=None)
        if entry is not None and entry.allowed:
            continue
        if link.shortened:
            message, variant = f"Shortened link ({link.host}) hides where it goes.", "shortened"
        elif entry is not None:
            message = (
                f"The terms of {entry.domain} do not allow this link ({entry.note or 'checked'})."
            )
            variant = "forbidden"
        else:
            message, variant = f"{link.host} is not in the checked links register.", None
        yield Hit(
            link.start,
            link.end,
            message,
            "Link to a checked site, or ask the Clerk to check this site's terms first.",
            evidence=link.host,
            variant=variant,
        )
        return


_SCREENSHOT = re.compile(r"\s*(?:a\s+)?(?:screenshot|screen grab|screengrab|screen shot)\b", re.I)


@rule("copyright-material", lexicons=("copied_content",))
def copyright_material(c: Checking) -> Iterator[Hit]:
    """Copyright material (photos, videos, articles) used without a licence.

    What it looks for:
        Third-party photos, videos or articles (by attachment source or credit, or text marked
        "©" or "copied from") with no consent in the register covering this channel and date,
        or whose consent asks for a credit that is missing.

    Why it matters:
        Clause 6.8: must not "post any information that infringes copyright of others".

    Example:
        "Gorgeous shot of Treeton in the snow" with a photo credited to a newspaper photographer.

    Instead:
        Share the original post or link to it; credit alone is not permission.

    Known limits:
        Screenshots of residents' comments (by kind, or an image described as a screenshot) are
        judged under 6.7 and 6.3, not here.
    """
    for index, attachment in enumerate(c.post.attachments):
        if attachment.kind in ("screenshot", "shared_post") or attachment.source != "third_party":
            continue
        if _SCREENSHOT.match(attachment.description):
            continue  # a screenshot of someone's post, whatever its kind: judged under 6.7
        scope_text = " ".join([c.post.text, attachment.description, attachment.credit or ""])
        consents = _consents_for(c, attachment.consents, attachment.credit or "")
        if any(
            _valid(c, k, ("third_party_content", "photo", "video"), scope_text)
            and _credit_ok(k, attachment.credit or "", c.post.text)
            for k in consents
        ):
            continue
        yield Hit(
            0,
            0,
            f"A {attachment.kind} that belongs to someone else, without a licence.",
            "Share the original or link to it; a credit is not permission.",
            field=f"attachment[{index}]",
        )
        return
    copied = c.first("copied_content")
    if copied and not _copied_with_consent(c):
        yield Hit(
            copied[0],
            copied[1],
            "Copied text from another publication may infringe copyright.",
            "Link to the original and quote at most a line.",
        )
