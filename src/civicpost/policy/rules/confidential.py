"""Section 6, clause 6.5, confidential information: closed council business, confidential
matters about colleagues told in other words, staff health and employment matters, other people's
health, and security codes and passwords."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..detectors.lexicon import compile_word_starts
from ..detectors.matching import content_words, keyword_hits
from .base import Checking, Hit, once_per_context, rule
from .colleague_refs import _short_names, _singled_by_role
from .signals import PLACE_WORDS
from .structures import singled_out

# A home's or a block of flats' door code is the poster's own (5.1), not council premises'.
_RESIDENTIAL_CODE = re.compile(
    r"\bcode (?:for|to|on) (?:the|my|our|me) (?:flats?|house|home|block|building|apartments?|"
    r"gaff|place)\b",
    re.IGNORECASE,
)


@rule(
    "confidential-information",
    lexicons=("confidential_markers", "health_disclosure", "staff_refs", "disclosure_cues"),
)
def confidential_information(c: Checking) -> Iterator[Hit]:
    """Confidential council business, staff health, and security codes.

    What it looks for:
        Words that identify a confidential matter in the register while it is still
        confidential (bidders, sums, disputes, negotiations), in the text or in a document
        that can be read in a picture; the matter described in other
        words (two of the topic words of the matter or its Part 2 agenda item, such as "grass
        cutting") with a detail being given away (a price, "came in thousands under", "make an
        offer", "pay rise", "taking us to court"); markers of closed business ("Part 2", "in
        camera", "exempt", "the closed bit"); an employee's health or absence; door and alarm
        codes (a key safe and its code, "the alarm code hasn't changed, it's still 3719"), not a
        home's or a block of flats'; the password to a council account ("still got the login,
        it's Treeton1966!"). A matter
        about a colleague told without its keywords: the colleague (named, by a short name, or
        singled out) just before its subject in everyday words ("Jo deserves
        every penny of what's coming her way" for a pay review, "a certain colleague's
        behaviour is being looked at" for a conduct complaint). A named person's medical details
        ("they've doubled his heart tablets", "broke his hip ... he's on Ward B4", "Arthur ...
        asked who I was three times. Dementia's cruel"), or a person
        located by street or plot ("the lady on Beech Grove ... halfway through chemo"); an
        identifiable person's private life (a marriage breaking up, benefits, debts, what they owe
        for their plot: "Baz Ogden, plot 17 is still £38 short", "rents still outstanding: Plot 3
        (G. Lund)"), who holds a postal vote, and a named person's letters to the council counted or
        mocked ("he's emailed the clerk about six times"). Markers of a confidence in general
        ("between you and me") count only when something is told with them.

    Why it matters:
        Clause 6.5: must not "disclose commercially sensitive, personal private or confidential
        information. If you are unsure ... you should discuss this with the Clerk".

    Example:
        "Dearne Valley will get it over my dead body. Cheapest isn't best." (a tender bid)

    Instead:
        Say nothing about closed business until the council publishes it; ask the Clerk.

    Known limits:
        Paraphrases that share no keyword with the register are caught only through markers. A
        keyword said of a document ("year-end accounts signed off", "once it's signed off") is
        not the matter, nor one in a refusal to say ("we can't comment on whether a complaint
        has been made").
    """
    for matter in c.ctx.confidential:
        if not matter.in_force(c.day):
            continue
        hits = [
            h
            for h in keyword_hits(matter.keywords, c.text.light.text)
            if not _procedural(c, h[0]) and not _said_of_a_document(c, h[0])
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
    shown = _document_shown(c)
    if shown is not None:
        index, matter = shown
        yield Hit(
            0,
            0,
            f"The picture shows a document about a confidential matter ({matter.title}).",
            "Crop or replace the picture; ask the Clerk what can be said and when.",
            field=f"attachment[{index}]",
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
            if _RESIDENTIAL_CODE.search(c.post.text[span.start : span.end]):
                continue  # a block of flats' or a home's door code: the poster's own (5.1)
            yield Hit(
                span.start,
                span.end,
                "This publishes a security code for premises.",
                "Remove the code; change it if it has been posted.",
            )
            return
    login = _council_login(c)
    if login:
        yield Hit(
            login[0],
            login[1],
            "This publishes the password to a council account.",
            "Remove it and ask the Clerk to change the password now.",
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
    private = _someone_elses_private_life(c)
    if private:
        yield Hit(
            private[0],
            private[1],
            f"'{private[2]}' reveals an identifiable person's private circumstances.",
            "Leave out other people's private lives, letters and records; they are theirs.",
            variant="private-life",
        )
        return
    marker = c.first("confidential_markers")
    if marker and _INFORMAL_MARKER.match(marker[2].lower()) and not _gives_something_away(c):
        marker = None  # a wink ("you didn't hear it from me") with no council secret told
    if marker and _explains_closed_sessions(c):
        marker = None  # "it's usually contracts or staffing, where the law lets councils ..."
    if marker and not _announces_closed_item(c, marker[0]):
        yield Hit(
            marker[0],
            marker[1],
            f"'{marker[2]}' points to closed (confidential) council business.",
            "Do not report what happened in closed session.",
            variant="marker",
        )


# Round 24: a password given with a login ("still got the login from years back, it's
# Treeton1966!", "login's admin / Treeton2026!"): a word of letters then digits after the word
# "password" or "login", in a post about the council's page, website or account. A password to
# the poster's own device ("the password's Smudge1958 so I won't forget it") is their own (5.1).
_LOGIN_GIVEN = re.compile(
    r"\b(?:password|passcode|pass word|login|log-in|log in details)\b[^.\n]{0,40}?"
    r"\b([A-Za-z]+\d{2,}[!?#*$£]*)(?!\w)",
    re.IGNORECASE,
)
_COUNCIL_ACCOUNT = re.compile(r"\b(?:council|parish|admin|official)\b", re.IGNORECASE)


def _council_login(c: Checking) -> tuple[int, int] | None:
    """Clause 6.5: the password to a council account given in the post."""
    m = _LOGIN_GIVEN.search(c.post.text)
    if m is None or not _COUNCIL_ACCOUNT.search(c.post.text):
        return None
    return m.start(1), m.end(1)


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


@once_per_context
def _person_matters(c: Checking) -> list:
    """The confidential matters about a person's pay or conduct, with how people talk of them,
    once per context."""
    return [
        (m, _PAY_TALK if _PAY_MATTER.search(m.title) else _COMPLAINT_TALK)
        for m in c.ctx.confidential
        if _PAY_MATTER.search(m.title) or _COMPLAINT_MATTER.search(m.title)
    ]


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
    matters = [(m, talk) for m, talk in _person_matters(c) if m.in_force(c.day)]
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
    return frozenset(words - _PROCEDURE_WORDS - _EVERYDAY_WORDS)


def _bare(word: str) -> str:
    """A word without its possessive ("solicitor's" is "solicitor"), as a post would match it."""
    return re.sub(r"['\u2019]s?$", "", word)


# Round 19: words of a keyword phrase that everyday posts use in other senses ("asking price":
# "folk have been asking about the allotment rent").
_EVERYDAY_WORDS = frozenset(content_words("asking"))
# Words of how business is taken ("Part 2, exempt item"), not of what it is about.
_PROCEDURE_WORDS = frozenset(content_words("part exempt item items private confidential session"))


def _paraphrased_matter(c: Checking):
    """A confidential matter (still confidential) described in other words, with a detail of it
    given away: two topic words of the matter or of the agenda item it belongs to, and a
    disclosure cue in the post (clause 6.5)."""
    post_words = content_words(c.post.text)
    for matter, topic in _matter_topics(c):
        if not matter.in_force(c.day):
            continue
        if len(topic & post_words) >= 2:
            for cue in c.find("disclosure_cues"):
                s, e = c.sentence_of(cue[0])
                if not topic & content_words(c.post.text[s:e]):
                    continue  # the detail must be given in a sentence about the matter
                if _procedural(c, c.text.light.index_of(cue[0])):
                    continue
                if _WANTS_BEFORE.search(c.post.text[max(0, cue[0] - 30) : cue[0]]):
                    continue  # "others want the cheapest": a preference, not who bid what
                return cue, matter
    return None


_WANTS_BEFORE = re.compile(
    r"\b(?:want|wants|wanted|go for|going for|pick|choose|take|prefer|prefers)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@once_per_context
def _matter_topics(c: Checking) -> list:
    """Each confidential matter with the topic words of it and of its agenda items, once per
    context (as ``_person_matters``)."""
    found = []
    for matter in c.ctx.confidential:
        titles, keywords = [matter.title], list(matter.keywords)
        for item in c.ctx.agenda_items:
            if item.confidential == matter.id:
                titles.append(item.title)
                keywords += item.keywords
        found.append((matter, _topic_words(tuple(titles), tuple(keywords))))
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
    # round 24: the warning itself ("Jo Spurr has been given a written warning", "Martin's on a
    # final warning")
    r"\b(?:given|issued|handed|on|received) an? (?:written|final|formal) warning\b|"
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
    r"test results|heart condition|mental health|nerves|depression|breakdown)\b|"
    r"\b(?:he|she|they)(?:'s|'ve| has| have| is| are)(?: been| got| now)? (?:diagnosed with|"
    r"got cancer|got dementia|on chemo|having chemo|sectioned|in rehab|on antidepressants|"
    r"(?:halfway|half way|part way|partway) through (?:her |his |their )?(?:chemo|"
    r"chemotherapy|radiotherapy|treatment)|on tablets for)\b|"
    # an injury and a hospital ward ("broke her hip", "she's on Ward A7 at Rotherham General")
    r"\b(?:broke|broken|fractured|smashed) (?:her|his|their) (?:hip|leg|arm|wrist|ankle|pelvis)\b|"
    r"\b(?:he|she|they)(?:'s|'re| is| are)(?: still| now)? on ward [a-z]?\d+\b|"
    # round 17: treatment wished well to the person named ("hope the chemo's kinder to you")
    r"\b(?:the|your) (?:chemo|chemotherapy|radiotherapy)\b|"
    # round 19: the illness named after what it does to the person named ("asked me three times
    # who I was, bless him. Dementia's cruel")
    r"\b(?:dementia|alzheimer'?s)(?:'s| is)(?: so| really)? (?:cruel|awful|terrible|horrible|"
    r"a cruel|a terrible|a horrible|getting worse|taking (?:him|her))\b"
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
    return (start, end, c.post.text[start:end]) if _identified(c, before, e) else None


# Someone identified by where they live or rent ("the lady on Beech Grove", "Mrs Pashley at
# no.9", "Tracey off plot 9"): as identifiable to neighbours as a name.
_LOCATED = re.compile(
    r"\b(?i:lady|woman|man|bloke|fella|feller|chap|gentleman|couple|family|lad|lass|girl|boy|"
    r"old (?:boy|lady|man|woman|dear|couple)|widow|pensioner|tenant|resident|neighbour) "
    r"(?:on|at|from|off|in|down|up) (?:the )?[A-Z][a-z]+ (?:Road|Lane|Street|Grove|Close|Way|"
    r"Avenue|Drive|Crescent|View|Court|Gardens|Place|Terrace|Rise|Walk|Hill)\b|"
    r"\b(?i:plot (?:no\.? ?)?\d+\b|(?:at|from|of) (?:no\.? ?|number )\d+\b)|"
    r"\b(?:Mrs|Mr|Ms|Miss) [A-Z][a-z]+"
)


def _identified(c: Checking, start: int, end: int) -> bool:
    """Someone other than the poster, named (a register person or a capitalised first name)
    or located by street, plot or house number, between ``start`` and ``end``."""
    return (
        any(start <= x.start < end and c.post.author not in x.person_ids for x in c.mentions)
        or any(
            start <= h[0] < end and c.post.text[h[0] : h[0] + 1].isupper()
            for h in c.find("first_names")
        )
        or bool(_LOCATED.search(c.post.text, start, end))
    )


# A third person's private life: a marriage breaking up, benefits, debt, eviction ("her husband
# walked out", "she's on UC apparently").
_THEIR_PRIVATE = compile_word_starts(
    r"\b(?:(?:his|her|their) (?:husband|wife|hubby|partner|fella|missus|bloke|other half)|"
    r"(?:husband|wife|hubby|partner|missus)(?:'s| has)) (?:has )?(?:walked out|left (?:her|him|"
    r"them)|run off|ran off|cleared off|moved out|been having an affair|kicked (?:her|him) out)\b|"
    r"\b(?:he|she|they)(?:'s|'re| is| are| has been|'s been|'ve been)(?: now| still)? "
    r"(?:on (?:uc|universal credit|benefits|the dole|the social|housing benefit)|in debt|"
    r"up to (?:her|his|their) eyes in debt|bankrupt|being evicted|getting divorced|going through "
    r"a divorce|behind (?:on|with) (?:the|her|his|their) (?:rent|mortgage))\b"
)
# What a named person owes ("Baz Ogden, plot 17 is still £38 short", "still owes two years'
# plot rent", "not paid a penny since 2025"): a resident's payment record.
_THEIR_DEBT = re.compile(
    r"\b(?:still )?(?:owes?|owing) (?:us |the council |the parish )?(?:£\d|\d+ quid|(?:two|three|"
    r"four|\d+) (?:years?|months?)|(?:his|her|their|the) (?:plot |allotment )?rent|rent|from "
    r"last)|\b(?:is|'s) (?:still )?(?:£\d+(?:\.\d\d)?|\d+ quid) short\b|\b(?:not|never) paid a "
    r"penny (?:since|for|in)\b|\bin arrears\b|\brent arrears\b|"
    # plots whose rent is unpaid ("rents still outstanding: Plot 3 (G. Lund)", "plots 4, 11
    # and 19 ... rent unpaid")
    r"\brents? (?:is |are )?(?:still )?(?:unpaid|outstanding|overdue)\b|"
    r"\b(?:still )?(?:unpaid|outstanding|overdue) rents?\b"
)
# Who voted, or who holds a postal vote, from the lists supplied to candidates.
_VOTER_LISTS = re.compile(
    r"\b(?:who'?s (?:got|on|registered for|applied for) (?:a )?postal votes?|(?:the )?marked "
    r"(?:register|list)|absent voters? list|postal vote list|haven'?t (?:even )?(?:sent|returned|"
    r"posted) (?:theirs|their (?:postal )?votes?|their ballots?) (?:back|in))\b"
)
# A complainant given away: a named person's letters to the council, counted or mocked ("he's
# emailed the clerk about six times").
_WROTE_IN = re.compile(
    r"\b(?:he|she|they)(?:'s|'ve| has| have)(?: been)? (?:emailed|e-mailed|emailing|written to|"
    r"writing to|rung|ringing|phoned|phoning|messaged|messaging|complained to|complaining to|"
    r"been on to|on to) (?:the clerk|the council|the office|the parish council|the parish)\b"
)
_EXPOSED = compile_word_starts(
    r"\btimes\b|\bagain\b|\bevery (?:day|week|month)\b|\bconstantly\b|\bnon-?stop\b|"
    r"\bcomplain\w*|\bmoan\w*|[\U0001f602\U0001f923\U0001f644]"
)


_PRIVATE_FORMS = (
    (
        _THEIR_PRIVATE,
        (
            "husband",
            "wife",
            "hubby",
            "partner",
            "missus",
            "fella",
            "bloke",
            "other half",
            " uc",
            "credit",
            "benefit",
            "dole",
            "social",
            "debt",
            "bankrupt",
            "evict",
            "divorc",
            "behind",
        ),
    ),
    (_THEIR_DEBT, ("owe", "owing", "short", "penny", "arrears", "unpaid", "outstanding", "overdu")),
    (_VOTER_LISTS, ("postal vote", "marked", "absent voter", "haven")),
    (_WROTE_IN, ("the clerk", "the council", "the office", "the parish")),
)


def _someone_elses_private_life(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.5: an identifiable person's private circumstances: their marriage, benefits or
    debts (what they owe the council for their plot); whether they voted or hold a postal vote
    (from the lists given to candidates); their letters to the council, counted or mocked. Named
    or located (street, plot, house number) in the same sentence or the one before; not the
    poster's own family."""
    light = c.text.light.text
    for pattern, keys in _PRIVATE_FORMS:
        if not any(k in light for k in keys):
            continue  # every form of the pattern has one of its key words: skip the scan
        m = pattern.search(light)
        if m is None:
            continue
        start, end = c.text.light.span(m.start(), m.end())
        s, e = c.sentence_of(start)
        before = c.sentence_of(s - 1)[0] if s > 0 else s
        if _MY_FAMILY.search(c.post.text[before:start]):
            continue  # "my sister's husband walked out": the poster's own family
        if pattern is _VOTER_LISTS:
            e = len(c.post.text)  # the voters named anywhere after the list is opened
        if pattern is _WROTE_IN and not _EXPOSED.search(c.post.text[s:e].lower()):
            continue
        if _identified(c, before, e):
            return start, end, c.post.text[start:end]
    return None


# What closed session decided, withheld until it can be published (round 20: "awarded in closed
# session and we'll name the firm once it's signed").
_WITHHELD = (
    r"\b(?:we'?ll|we will) (?:name|announce|publish)\b|"
    r"\bwill be (?:named|announced|published|made public)\b|"
    # round 42: "More details once the contract is signed"
    r"\bmore (?:details|information|news|to follow) (?:once|when|after)\b"
)
_ANNOUNCE = compile_word_starts(
    # round 40: and that it was ("was considered in private session at last night's meeting")
    r"\b(?:will be|is being|are being|to be|is to be|are to be|is|are|was|were|has been|"
    r"have been)\s+(?:considered|discussed|"
    r"taken|heard|dealt with|held)\b|\bagenda\b|\bbecause (?:it|they) (?:is|are)\b|"
    # round 37: a meeting's notice listing its business ("Main business: the precept, then the
    # grounds contract in closed session")
    r"\bmain business\b|"
    r"\b(?:public|press) (?:will be|are|is) (?:asked to leave|excluded)\b|"
    r"\bexclude the (?:public|press)\b|" + _WITHHELD
)
# Round 41: the same said in a sentence after ("... after considering the tender bids in closed
# session. The contractor's name and the contract value will be published once the commercial
# confidentiality period ends").
_WITHHELD_LATER = re.compile(_WITHHELD)


# Closed sessions explained in general: what usually goes in them and why the law allows it
_IN_GENERAL = re.compile(
    r"\b(?:usually|normally|generally|typically|as is normal|the law (?:lets|allows)|"
    r"(?:are|is) allowed to exclude|what happens in|why (?:councils|we) (?:go|have))\b"
)


def _explains_closed_sessions(c: Checking) -> bool:
    """The post explains closed sessions in general and tells nothing of one (clause 6.5)."""
    return bool(_IN_GENERAL.search(c.text.light.text)) and not c.has("disclosure_cues")


def _announces_closed_item(c: Checking, start: int) -> bool:
    """Saying that an item will be taken in closed session (as the published agenda does) is not
    disclosing what happened in it; the sentence must announce it and give no detail away, or a
    later sentence say that what was decided will be published (rounds 41-42)."""
    s, e = c.sentence_of(start)
    cues_from_here = [h[0] for h in c.find("disclosure_cues") if h[0] >= s]
    if any(at < e for at in cues_from_here):
        return False  # a detail given away in the sentence itself
    if _ANNOUNCE.search(c.light_sentence(start)):
        return True
    # round 42: or in any sentence after it ("... in closed session. From April it will include
    # the memorial steps. More details once the contract is signed."), with no detail between
    if cues_from_here:
        return False
    return any(_WITHHELD_LATER.search(c.light_range(a, b)) for a, b in c.sentences if a >= e)


# A keyword said of a document, not a person ("year-end accounts signed off", "the plans have
# been signed off", round 22b: "accounts all done and signed off"): "signed off" for the
# caretaker's sickness is not the accounts approved.
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:accounts|audit|return|budget|plans?|minutes|invoices?|figures|paperwork|report|"
    r"drawings|designs?|scheme|contract|works|precept|"
    # round 40: a piece of work passed as done ("as soon as the pitch is signed off", "once the
    # grouting of the old workings is signed off")
    r"pitch|road|bridge|footbridge|path|playground|equipment|repairs?|workings|job|surface|"
    r"resurfacing|roof|inspection|survey|project|installation)(?: (?:have|has|are|were|was|got|"
    r"been|now|is|gets|"
    r"finally|all|just|done|and|checked|completed|audited))*\s*$|"
    # round 23c: "the annual return will be on the website once it's signed off": "it" is a thing
    r"\bit(?:'s| is| has been| gets| got| was)\s*$"
)


def _said_of_a_document(c: Checking, light_start: int) -> bool:
    return (
        _DOCUMENT_BEFORE.search(c.text.light.text[max(0, light_start - 40) : light_start])
        is not None
    )


_HOW_TO = re.compile(
    r"\b(?:you can|you could|you may|how to|if you (?:want|wish) to|can be (?:made|sent|raised)|"
    r"please (?:make|send|submit|use)|"
    # round 20: "if it's about how a councillor behaved, that's a code of conduct complaint to"
    r"if (?:it'?s|it is) about|that'?s a (?:code of conduct )?complaint (?:to|for)|"
    # round 42: the route described ("are dealt with by Rotherham MBC's Monitoring Officer, who
    # handles code of conduct complaints about parish councillors")
    r"(?:who|which) (?:handles|deals with|looks at)|(?:are|is) dealt with by)\b"
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
    if _DECLINED.search(sentence):
        return True  # round 23c: "We can't comment on whether a complaint has been made"
    return bool(_HOW_TO.search(sentence)) and not _INSTANCE.search(sentence)


# Declining to say ("we can't comment on whether a complaint has been made about any
# councillor"): the words that keep the matter closed, not a disclosure of it.
_DECLINED = re.compile(
    r"\b(?:can'?t|cannot|can not|won'?t|will not|unable to|not able to|do not|don'?t)\s+"
    r"(?:comment|confirm|say|discuss)\s+(?:on\s+)?(?:whether|if)\b"
)


# A document in the picture that can be read ("a letter headed 'Kerbstone Civils Ltd: withheld
# payment' is legible").
_DOCUMENT = re.compile(
    r"\b(?:letter|e-?mail|document|paperwork|papers|spreadsheet|report|minutes|invoice|"
    r"contract|screen|notes?|legible|readable|visible|can be read)\b",
    re.IGNORECASE,
)


def _document_shown(c: Checking):
    """Clause 6.5: a picture in which a document about a confidential matter in the register can
    be read, while it is still confidential: (index of the attachment, the matter)."""
    for index, attachment in enumerate(c.post.attachments):
        description = attachment.description or ""
        if not _DOCUMENT.search(description):
            continue
        light = description.lower().replace("\u2019", "'")
        for matter in c.ctx.confidential:
            if not matter.in_force(c.day):
                continue
            if keyword_hits(matter.keywords, light):
                return index, matter
    return None
