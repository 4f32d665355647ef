"""Section 6, clause 6.7: third parties' content, names of private individuals, and photos of
children, without consent; and the consents register helpers that clause 6.8 shares."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..context import Consent, Person
from ..detectors.matching import content_words, scope_matches
from ..post import Attachment
from .authority import election_notice
from .base import Checking, Hit, once_per_context, rule
from .signals import PLACE_WORDS
from .structures import own_children_pictured

MEDIA_KINDS = {"image": "photo", "photo": "photo", "screenshot": "photo", "video": "video"}


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
                (
                    _occasion_matches(consent, scope_text)
                    if consent.minor
                    else scope_matches(consent.scope, scope_text)
                )
                and not _other_occasion(consent.scope, scope_text)
                and not _other_year(consent.scope, scope_text, c.day)
            )
        )
    )


_NAME_RUN = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+")


def _occasion_matches(consent: Consent, text: str) -> bool:
    """A child's consent covers the occasion its scope names: the post shares a word of a scope
    line other than a name in it ("Treeton Tigers" in "Treeton Tigers presentation evening 2027"
    is the club, not the occasion: the Remembrance parade "with the Tigers" is another; round
    23c, clause 6.7). Leaving out the child's or group's own words as well ("the choir" for
    "Carol service 2026") was tried and raised 41 alarms on clean posts for 11 right."""
    words = content_words(text)
    for line in consent.scope:
        wanted = content_words(_NAME_RUN.sub(" ", _YEAR.sub(" ", line)))
        if not wanted or wanted & words:
            return True
    return False


# Occasions that tell one event from another of the same kind ("Christmas concert" is not the
# "summer concert"): a consent's scope names one, and the post names only others. A month stands
# for its season and the feasts in it ("December litter pick" is not the "summer litter pick").
_OCCASIONS: dict[str, tuple[str, ...]] = {
    "christmas": ("christmas",), "xmas": ("christmas",), "carol": ("christmas",),
    "carols": ("christmas",), "festive": ("christmas",), "nativity": ("christmas",),
    "summer": ("summer",), "spring": ("spring",), "autumn": ("autumn",), "winter": ("winter",),
    "easter": ("easter",), "halloween": ("halloween",), "bonfire": ("bonfire",),
    "fireworks": ("bonfire",),
    "january": ("winter",), "february": ("winter",),  # not "march" or "may": verbs too
    "april": ("spring", "easter"), "june": ("summer",), "july": ("summer",),
    "august": ("summer",), "september": ("autumn",), "october": ("autumn", "halloween"),
    # round 23: the Christmas lights are switched on in November
    "november": ("autumn", "bonfire", "christmas"), "december": ("winter", "christmas"),
}  # fmt: skip
_OCCASION_RE = re.compile(r"\b(?:" + "|".join(_OCCASIONS) + r")\b", re.IGNORECASE)
# The month a post is made in, in English whatever the machine's locale (strftime's "%B" is not).
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_MONTH_RE = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)


def _occasions(text: str) -> set[str]:
    return {o for m in _OCCASION_RE.finditer(text) for o in _OCCASIONS[m.group(0).lower()]}


# The year an event's consent names ("Carol service 2026"), against the year the post is about:
# a year it names, or the year it is posted in when it speaks of the event as happening now.
_YEAR = re.compile(r"\b20\d\d\b")
_NOW = re.compile(
    r"\b(?:this year|tonight|today|this (?:evening|morning|afternoon|weekend)|last night|"
    r"yesterday|at the weekend)\b",
    re.IGNORECASE,
)
_LAST_YEAR = re.compile(r"\blast year(?:['\u2019]s)?\b", re.IGNORECASE)


def _other_year(scope: tuple[str, ...], text: str, posted: dt.date) -> bool:
    """The post is about another year's event than the one the consent covers ("Carol service
    2026" does not cover "another magical carol service ... this year" posted in December 2027;
    clause 6.7). A scope line without a year covers every year; "this year" in the January after
    the event still means the event just gone, so a post speaking of the event as happening now
    counts as another year's only from the July after the scope's year."""
    years = [set(_YEAR.findall(line)) for line in scope]
    if not years or not all(years):
        return False
    wanted = set().union(*years)
    named = set(_YEAR.findall(text))
    if named:
        return not (named & wanted)
    last = max(int(y) for y in wanted)
    # round 22: "a clip from last year's (concert)" posted the year after is the scope's event
    if str(posted.year - 1) in wanted and _LAST_YEAR.search(text):
        return False
    return posted >= dt.date(last + 1, 7, 1) and bool(_NOW.search(text))


def _other_month_now(scope: tuple[str, ...], text: str, posted: dt.date) -> bool:
    """The scope names the month of its event ("December litter pick 2026") and the post tells of
    the event as just happened ("yesterday's litter pick") in another month: another occasion
    (clause 6.7)."""
    named = {m.group(0).lower() for m in _MONTH_RE.finditer(" ".join(scope))}
    return bool(named) and _MONTHS[posted.month - 1] not in named and bool(_NOW.search(text))


def _other_occasion(scope: tuple[str, ...], text: str) -> bool:
    """The post is about a different occasion from the one the consent covers (clause 6.7: a
    permission is for the use it names). Each line of the scope is an occasion of its own: a
    line that names no season or feast ("Treeton in Bloom 2026") is not ruled out by the post's
    "summer" because another line names Christmas (round 19)."""
    given = _occasions(text)
    if not given:
        return False
    for line in scope:
        wanted = _occasions(line)
        if not wanted or wanted & given:
            return False
    return bool(scope)


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


def _attachment_covered(c: Checking, attachment: Attachment, name_hint: str) -> bool:
    """A consent in the register covers this third-party attachment here: its channel, date and
    scope, and any credit it asks for (clauses 6.7 and 6.8). ``name_hint`` finds consents the
    attachment does not list by id."""
    scope_text = " ".join([c.post.text, attachment.description, attachment.credit or ""])
    kinds = ("third_party_content", "photo", "video")
    return any(
        (
            (_shared_as_given(attachment, k) and _valid(c, k, kinds, scope_text, need_scope=False))
            or (
                _valid(c, k, kinds, scope_text)
                and _subject_shared(c, k, " ".join([c.post.text, attachment.description]))
            )
        )
        and _credit_ok(k, attachment.credit or "", c.post.text)
        for k in _consents_for(c, attachment.consents, name_hint)
    )


_UNCHANGED = re.compile(r"\bunchanged\b|\bunedited\b|\bas (?:posted|published)\b", re.IGNORECASE)


def _shared_as_given(attachment: Attachment, consent: Consent) -> bool:
    """Round 39: the owner's own post shared as it is (a ``shared_post``), under a consent for
    their posts "shared unchanged" (the police's appeals and crime-prevention posts): the share
    is the use the consent names, whatever the post is about ("speed checks round Treeton",
    "tips for a night out"), so its words need not echo the scope's (clause 6.7). A cropped or
    captioned copy is an image, not a share, and is judged by the scope as before."""
    return attachment.kind == "shared_post" and any(map(_UNCHANGED.search, consent.scope))


_MEDIA_WORDS = frozenset(
    [
        "photo",
        "photos",
        "photograph",
        "photographs",
        "picture",
        "pictures",
        "image",
        "images",
        "video",
        "videos",
    ]
)


def _subject_shared(c: Checking, consent: Consent, text: str) -> bool:
    """The post is about what the consent's scope names ("Treeton Gala 2026 photos"), not only
    about the credit it asks for or the kind of media: a newspaper's photo of another event
    is not covered by its consent for the gala photos (clause 6.7)."""
    wanted: set[str] = set()
    for line in consent.scope:
        wanted |= content_words(_CREDITED.sub(" ", line))
    wanted -= _MEDIA_WORDS | content_words(f"{c.ctx.council.name} {consent.subject}")
    return not wanted or bool(wanted & content_words(text))


def _consents_for(c: Checking, listed: tuple[str, ...], hint: str) -> list[Consent]:
    found = [c.ctx.consents_by_id[i] for i in listed if i in c.ctx.consents_by_id]
    if not found and hint:
        lowered = hint.lower()
        found = [k for k in c.ctx.consents if k.subject and k.subject.lower() in lowered]
    return found


# A video edited to a commercial song ("with a chart song soundtrack"): the recording is
# someone else's work even when the footage is the poster's own. A soundtrack alone is not enough
# ("the soundtrack is the band playing live", "no soundtrack"): the description must also name a
# commercial recording (_COMMERCIAL_MUSIC), and none of _OWN_MUSIC may be there.
_SOUNDTRACK = re.compile(
    r"\b(?:soundtrack|backing track|commercial (?:recording|track|song|music)|"
    r"chart (?:song|hit|track)|studio recording|"
    # round 23: "set to a chart pop song", "set to the full studio recording of ...", "set to
    # 'Mr Brightside' by The Killers"
    r"(?:set|edited|cut) to (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:song|track|music|recording|"
    r"single|hit|tune)s?)\b|\b(?:set|edited|cut) to ['‘\"“][A-Z]",
    re.IGNORECASE,
)
# Case-sensitive on purpose: an artist or a track is named with capitals ("by The Killers",
# "'Mr Brightside'"); the plain words are matched in any case.
_COMMERCIAL_MUSIC = re.compile(
    r"(?i:\b(?:commercial|chart|charts|hit (?:song|single|record)|pop (?:song|hit)|number one|"
    r"studio recording)\b)"
    r"|(?i:\b(?:song|track|music|recording|soundtrack|single|tune))\s+by\s+(?:the\s+)?[A-Z]"
    r"|(?<![^\s(])['‘\"“][A-Z][^'‘’\"“”]{0,60}['’\"”](?!\w)"
)
_OWN_MUSIC = re.compile(
    r"\b(?:royalty[- ]free|licen[cs]ed|copyright[- ]free|library music|"
    r"(?:our|their|his|her|my) own (?:music|song|recording|band)|"
    r"no (?:background )?(?:music|soundtrack|sound|audio)|"
    r"without (?:a |the |any )?(?:music|soundtrack|sound|audio)|"
    r"(?:soundtrack|music|sound|audio) (?:removed|muted|turned off|off)|muted|playing live|"
    r"live (?:music|band|performance|recording)|(?:sound|soundtrack|noise) of the crowd|"
    r"wrote|written by|composed by|(?:sung|played|performed) by (?:us|our|the)|"
    r"(?:band|choir|orchestra|children|kids|pupils) (?:playing|singing|sang|played))\b",
    re.IGNORECASE,
)


def commercial_soundtrack(c: Checking) -> int | None:
    """The index of an attachment set to a commercial recording with no licence in the register
    that covers it: someone else's work (clause 6.8) and their content used without consent
    (6.7, round 23: the dev-style writers label both), even on the poster's own footage."""
    for index, attachment in enumerate(c.post.attachments):
        described = attachment.description or ""
        if (
            _SOUNDTRACK.search(described)
            and _COMMERCIAL_MUSIC.search(described)
            and not _OWN_MUSIC.search(described)
            and not _attachment_covered(c, attachment, attachment.credit or "")
        ):
            return index
    return None


@rule("third-party-content", lexicons=("copied_content",))
def third_party_content(c: Checking) -> Iterator[Hit]:
    """Someone else's content (photo, article, screenshot) used without their consent.

    What it looks for:
        Attachments from a third party, and text copied from elsewhere ("Copied from ...",
        "© ...", "typed this out of ..."), with no consent in the register that covers this
        channel, date and content; and (round 23) a video set to a commercial recording ("set to
        'Mr Brightside' by The Killers"), the recording being someone else's content. The
        owner's own post shared as it is, under a consent for their posts "shared unchanged"
        (the police's appeals and advice), is covered whatever it is about (round 39).

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
        Trusts the attachment's ``source``; cannot recognise an image by its pixels. A link's
        preview is the link itself, which is how the policy asks people to share.
    """
    for index, attachment in enumerate(c.post.attachments):
        if attachment.source != "third_party" or attachment.kind == "link":
            continue  # a link's preview is the link, the way the policy says to share (6.8)
        if _attachment_covered(c, attachment, attachment.credit or attachment.description):
            continue
        yield Hit(
            0,
            0,
            f"Third-party {attachment.kind} without a recorded consent for this use.",
            "Share the original post or link to it, or get written consent first.",
            field=f"attachment[{index}]",
        )
        return
    index = commercial_soundtrack(c)
    if index is not None:
        yield Hit(
            0,
            0,
            f"The {c.post.attachments[index].kind} is set to someone else's recording, used "
            "without their consent.",
            "Use royalty-free or licensed music, or post it without the track.",
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


# Who a copied text says it belongs to ("© Rotherham Advertiser", "copyright Kate Firth").
_HOLDER = re.compile(r"(?:©|\(c\)|\bcopyright)\s*([A-Z][\w'&]*(?: [A-Z][\w'&]*){0,4})")


def _copied_with_consent(c: Checking) -> bool:
    """Copied text is covered by a consent of its owner: the owner named in the post, the consent
    in force here for this use and with any credit it asks for, and no other owner claimed
    ("© Rotherham Advertiser" is not covered by a consent of a group the article mentions)."""
    text = c.post.text
    holders = [m.group(1).lower() for m in _HOLDER.finditer(text)]
    return any(
        k.subject
        and k.subject.lower() in text.lower()
        and (not holders or any(k.subject.lower() in h or h in k.subject.lower() for h in holders))
        and _valid(c, k, ("third_party_content",), text + " " + c.attachment_text)
        and _credit_ok(k, text)
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
    in force for this channel and date, and for this purpose (its scope matches the post, and
    the post is not about another season's or feast's occasion than the scope names: "December
    litter pick 2026" does not cover "Summer litter pick done" posted in August)."""
    lowered = name.lower()
    purpose = " ".join([c.post.text, c.attachment_text, *_hashtag_words(c.post.text)])
    return any(
        k.subject
        and lowered in k.subject.lower()
        and (k.kind == "name" or k.names_allowed)
        and k.in_force(c.day, c.channel)
        and (
            not k.scope
            or (
                scope_matches(k.scope, purpose)
                and not (
                    _other_occasion(k.scope, purpose)
                    and _other_occasion(k.scope, _MONTHS[c.day.month - 1])
                )
                and not _other_month_now(k.scope, purpose, c.day)
            )
        )
        for k in c.ctx.consents
    )


_HASHTAG = re.compile(r"#(\w+)")
_CAMEL_WORD = re.compile(r"[A-Z][a-z]+|[a-z]+|\d+")


def _hashtag_words(text: str) -> list[str]:
    """The words run together in the post's hashtags ("#TreetonInBloom" is "Treeton In Bloom"),
    so that a consent's scope ("Treeton in Bloom") matches them (round 23)."""
    return [" ".join(_CAMEL_WORD.findall(m.group(1))) for m in _HASHTAG.finditer(text)]


_GROUP_WORDS = re.compile(
    r"\b(?:school|choir|squad|team|band|club|fc|group|class|players|volunteers|under-?\d+s?)\b",
    re.I,
)


def _personal_name(name: str, fewest_words: int = 1) -> bool:
    """Capitalised words, up to four, that name no group ("Lily-Mae", "Ethan Wragg")."""
    words = name.split()
    return (
        fewest_words <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not _GROUP_WORDS.search(name)
    )


def _looks_like_a_name(subject: str) -> bool:
    return _personal_name(subject, fewest_words=2)


@rule("name-without-permission", lexicons=("first_names",))
def name_without_permission(c: Checking) -> Iterator[Hit]:
    """A private individual, or a child, named or shown without written permission.

    What it looks for:
        Residents in the register (people with no council role) named, tagged or pictured with no
        name or photo consent in force for this occasion (a December litter pick's consent does not
        cover the summer one, unless posted in December, nor "yesterday's litter pick" posted in
        February); children named where the photo consent does not allow names; a child named by the
        family's surname and street ("the Henshaw lad off Bramley Close"); a resident's family by
        its surname ("the Pashleys"); an unknown person's first name given next to their contact
        details; and (round 19) a private individual named in full who is in none of the
        registers ("ask Darren Platt why he left his last church"), unless a title marks a public
        figure ("Sir ...", "... MP") or the surname is the poster's own; and (round 23) a
        child whose parent allowed the name for another channel, date or event ("little Amelia
        Okafor got her prize" on a councillor's own account, the consent being for the
        council's page); and (round 23b) a candidate who is no councillor thanked or praised on
        the official account during the election's period for something other than the
        election ("A big thank you to Anita Rushby, who ran the tombola"); and (round 29) a
        resident by title and surname where the post gives a street ("Mr and Mrs Dyson at 31
        Beech Avenue"); and (round 30) a picture whose people are named ("Edna", "Walter") when
        nobody the registers know is among them and no consent is listed.

    Why it matters:
        Clause 6.7: "This includes use of an individual's name without written permission to do
        so".

    Example:
        "Thieves? The only thief round here is you, Baz Ogden."

    Instead:
        Leave the name out, or get written permission and have the Clerk record it.

    Known limits:
        Names of people not in the registers are found by a common first name and a capitalised
        surname, or beside contact details; public figures without a title and unusual first
        names are missed; candidates at an election are not flagged, but for the praise above.
    """
    # Candidates at an election are named on the statement of persons nominated: naming them is
    # not naming a private individual. (Round 17 flagged candidates outside the register unless
    # the post was an election notice; the writers of devstyle21-28 do not label that 6.7, and
    # the sets scored 0.847 with it against 0.851 without, with 10 false alarms against 6, so
    # session 11 took it back.)
    candidates = _other_candidates(c)
    praised = _candidate_praised(c)
    if praised is not None:
        yield Hit(
            praised[0],
            praised[1],
            f"'{praised[2]}' is a candidate who is no councillor, praised in the council's "
            "publicity during the election, beyond the factual list of candidates, without "
            "recorded permission.",
            "Leave the candidate out of council publicity until the poll is over.",
        )
        return
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
    shown = _resident_shown(c) or _stranger_listed(c)
    if shown is not None:
        yield Hit(
            0,
            0,
            f"{shown[1]} is shown without recorded permission.",
            "Get written permission first, or leave them out.",
            field=f"attachment[{shown[0]}]",
        )
        return
    unknown = _unknown_full_name(c) or _titled_resident(c)
    if unknown is not None:
        yield Hit(
            unknown[0],
            unknown[1],
            f"'{unknown[2]}' names a private individual without recorded permission.",
            "Leave the name out, or get written permission first.",
        )
        return
    # round 18: a stranger pictured to be laughed at, face showing ("a woman getting out of a
    # hatchback parked across two bays; her face is clearly visible"), and a child named beside
    # a picture whose consents do not allow names ("special mention to Lily-Mae in Year 4")
    found = _stranger_pictured(c) or _child_named(c)
    if found is not None:
        index, message = found
        yield Hit(
            0,
            0,
            message,
            "Leave them out, or get written permission first.",
            field=f"attachment[{index}]",
        )
        return
    for consent in c.ctx.consents:
        if consent.minor and _looks_like_a_name(consent.subject):
            pos = c.post.text.find(consent.subject)
            if pos < 0:
                continue
            if not consent.names_allowed:
                yield Hit(
                    pos,
                    pos + len(consent.subject),
                    f"A child is named, but consent {consent.id} does not allow names.",
                    "Remove the child's name; the photo alone is covered.",
                )
                return
            # round 23: a child whose parent allowed the name on the council's page, named on a
            # councillor's own account ("little Amelia Okafor got her prize"), or after it ended
            if not _name_permitted(c, consent.subject):
                yield Hit(
                    pos,
                    pos + len(consent.subject),
                    f"A child is named outside what consent {consent.id} allows (channel, date "
                    "or event).",
                    "Leave the child's name out, or ask the parent for permission for this use.",
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
    # round 18: the poster's own first name ("Promoted by Terry Wragg, 31 Pit Lane") is theirs
    own = _own_first_names(c)
    for span in c.personal_data:
        if span.kind not in ("phone", "email", "address"):
            continue
        window_start = max(0, span.start - 40)
        for hit in c.find("first_names"):
            if hit[2].lower() in own:
                continue
            if (
                window_start <= hit[0] < span.start
                and c.post.text[hit[0] : hit[0] + 1].isupper()
                # round 23: "St Helen's" is the church, "Dr Patel" the surgery
                and not _PUBLIC_TITLE.search(c.post.text[max(0, hit[0] - 12) : hit[0]])
            ):
                yield Hit(
                    hit[0],
                    hit[1],
                    f"'{hit[2]}' names someone beside their contact details.",
                    "Leave out the name and the details; point people to the council.",
                )
                return


# Round 19: a private individual named in full who is in none of the registers ("ask Darren
# Platt why he left his last church", "Best in show went to Jean Stubbs' dachshund"): a common
# first name, then a capitalised surname that is not a place, a body or anyone the registers
# know (councillors, staff, residents, candidates, the subjects of consents), nor the poster's
# own surname. Over every labelled set (17,000 posts) it found 16 names the writers labelled
# 6.7 and none on a post without 6.7. Public figures ("Sir Keir Starmer", "Jo Smith MP") are left
# out by their title.
_SURNAME = re.compile(r" ([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b(?!'?s? (?:Road|Lane|Street|Close))")
_PUBLIC_TITLE = re.compile(
    r"\b(?:Sir|Dame|Lord|Lady|Dr|Prof|Professor|Saint|St|Rev|Revd|King|Queen)\s+$"
)
# Round 20: a public office just before the name ("Labour Councillor Helen Hayden", "Minister
# James Cleverly", "Chief Constable, Andy Marsh"): a public figure in that role, not a private
# individual (MPs' tweets checked as a councillor's posts: 44 alarms in 1,000).
_PUBLIC_OFFICE = re.compile(
    r"\b(?:Councillor|Cllr|Minister|Secretary|Chancellor|MP|MSP|MEP|MS|Mayor|Constable|"
    r"Commissioner|PCC|Leader|President|Premier|Speaker|Ambassador|Chair|Chairman|Chairwoman|"
    # round 21c: a serviceman's rank, as on a war memorial ("Pte Arthur Beever ... killed on the
    # Somme in 1916"): the names of the fallen are public record, not a living person's
    r"Pte|Private|Sgt|Sergeant|Cpl|Corporal|L/Cpl|Gnr|Gunner|Spr|Sapper|Rfn|Lt|Capt|Stoker)"
    r"[,:]?\s+$"
)
_NOT_A_SURNAME = frozenset(
    (
        "Appeal", "Arms", "Bank", "Christmas", "Civils", "Day", "Electrical", "Farm", "Field",
        "Fields", "Homes", "Hotel", "Inn", "Lion", "Ltd", "Photography", "Plumbing", "Rotherham",
        "Russell", "Sheffield", "Society", "Tigers", "Treeton", "Trust", "Vets", "Academy",
        # round 24: a street named after a first name ("Holly Grove", "Grace Court")
        "Grove", "Court", "Crescent", "Avenue", "Drive", "Way", "Walk", "Gardens", "Terrace",
        "Row", "View", "Rise", "Cottage", "Cottages",
    )
)  # fmt: skip


# Round 23b: a candidate who is no councillor thanked or praised by the council's page for
# something other than the election ("A big thank you to Anita Rushby, who has offered to run a
# stall") while the election's period runs: the dev-style writers label it 6.7 (her name used
# beyond the statement of persons nominated) in 30 of 47 such posts; when the post speaks of the
# election itself (a factual list, "standing", "vote", the ward) in 13 of 56, so those are left
# alone.
_THANKED = re.compile(
    r"\b(?:thank(?:s| you)?|well done|congratulations|congrats|shout ?out|lucky to have|"
    r"a (?:real )?star|hero|champion)\b",
    re.IGNORECASE,
)
_ELECTION_TALK = re.compile(
    r"\b(?:vot(?:e|es|ed|ing|ers?)|by-?election|elections?|standing|stands|candidates?|ballot|"
    r"poll(?:ing)?|seat|councillor|nominat\w*)\b",
    re.IGNORECASE,
)


def _candidate_praised(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.7 (with the Publicity Code's rule that 4.2 enforces): a candidate outside the
    registers, thanked or praised on the official account during the election's period for
    something other than the election."""
    if not c.official or _ELECTION_TALK.search(c.post.text):
        return None
    text = c.post.text
    for election in c.ctx.elections_in_period(c.at):
        ward = re.sub(r"\s+ward$", "", (election.area or "").strip(), flags=re.IGNORECASE)
        if ward and ward.lower() in text.lower():
            continue  # "Treeton South would be lucky to have her": an endorsement, 4.2 and G.3
        for name in election.other_candidates:
            found = re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
            if found and _THANKED.search(text):
                return found.start(), found.end(), found.group(0)
    return None


@once_per_context
def _register_name_words(c: Checking) -> frozenset[str]:
    """Every word of a name the registers know: people and their aliases, candidates outside
    the people register, and the subjects of consents (lower case)."""
    known: set[str] = set()
    for person in c.ctx.people:
        for name in (person.name, *person.aliases):
            known.update(w.lower() for w in name.split())
    for election in c.ctx.elections:
        for name in election.other_candidates:
            known.update(w.lower() for w in name.split())
    for consent in c.ctx.consents:
        known.update(w.lower() for w in re.findall(r"[A-Za-z]+", consent.subject))
    return frozenset(known)


def _other_candidates(c: Checking) -> set[str]:
    """The names, in lower case, of the candidates at the registers' elections who are not
    councillors (they are on the statement of persons nominated)."""
    return {n.lower() for e in c.ctx.elections for n in e.other_candidates}


def _unknown_full_name(c: Checking) -> tuple[int, int, str] | None:
    text = c.post.text
    if election_notice(text):
        return None  # the candidates on the statement of persons nominated are public
    known = _register_name_words(c)
    own = _own_surname(c)
    candidates = _other_candidates(c)
    for start, end, _term in c.find("first_names"):
        if not text[start : start + 1].isupper() or text[start:end].lower() in known:
            continue
        m = _SURNAME.match(text, end)
        if m is None:
            continue
        surname = m.group(1)
        if (
            surname in PLACE_WORDS
            or surname in _NOT_A_SURNAME
            or surname.lower() in known
            or surname.lower() == own
            or _PUBLIC_TITLE.search(text[max(0, start - 12) : start])
            or _PUBLIC_OFFICE.search(text[max(0, start - 24) : start])
            or text[m.end() : m.end() + 3] == " MP"
            or text[start : m.end()].lower() in candidates  # named on the statement of nominations
        ):
            continue
        return start, m.end(), text[start : m.end()]
    return None


# Round 29: a resident named by title and surname where the post also gives a street ("Thank you
# to Mr and Mrs Dyson at 31 Beech Avenue", "Mrs Hinchliffe on Hollin Close asked me to put out
# that her front step's lethal"). The street marks a neighbour, not a nickname ("Mr Whippy",
# "Oh here's Mr Conspiracy again") nor a public office ("Come on, Mr Mayor"): over the labelled
# posts, a titled surname the registers do not know was labelled 6.7 in 49 of 65 posts, and in
# nearly all of those a street or a house number was given.
_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+(?:(?:and|&)\s+(?:Mr|Mrs|Ms|Miss)\.?\s+)?"
    r"((?:[A-Z][a-z]+\s+)?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b"
)
_STREET = re.compile(
    r"\b(?:on|at|of|in|off|from|down|up)\s+(?:\d+[a-z]?\s+)?(?:[A-Z][a-z]+\s+){1,2}"
    r"(?:Road|Lane|Street|Close|Avenue|Drive|Row|Crescent|Grove|Way|Court|Terrace|Place|"
    r"Gardens|View|Rise|Walk)\b|\b(?:number|no\.?)\s?\d+\b",
)


def _titled_resident(c: Checking) -> tuple[int, int, str] | None:
    text = c.post.text
    has_street = _STREET.search(text) or any(s.kind == "address" for s in c.personal_data)
    if not has_street:
        return None
    known = _register_name_words(c)
    own = _own_surname(c)
    for m in _TITLED.finditer(text):
        words = m.group(1).split()
        surname = words[-1]
        if (
            any(w.lower() in known for w in words)
            or surname.lower() == own
            or surname in PLACE_WORDS
            or surname in _NOT_A_SURNAME
        ):
            continue
        return m.start(), m.end(), m.group(0)
    return None


# Round 30: a picture whose people are named ("Edna", "Walter"; "Mavis Jessop") when nobody the
# registers know is among them and no consent is listed: a private individual shown and named
# (over the labelled posts, 6.7 in 124 of 145 such pictures, most misses the candidates and
# descriptions such as "unknown man", left out here).
_PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z']+){0,2}")


def _resident_shown(c: Checking) -> tuple[int, str] | None:
    """A resident the people register knows, pictured, with no permission in force for this
    use: the attachment's index and the name as written."""
    for index, name, ids in c.attachment_people():
        people = [p for pid in ids if (p := c.ctx.person(pid)) is not None]
        private = [p for p in people if not p.roles]
        if private and not _name_permitted(c, private[0].name):
            return index, name
    return None


def _stranger_listed(c: Checking) -> tuple[int, str] | None:
    candidates = _other_candidates(c)
    own = _own_surname(c)
    for index, name, ids in c.attachment_people():
        attachment = c.post.attachments[index]
        if ids or attachment.consents or attachment.minors:
            continue
        plain = name.split("(")[0].strip()
        if (
            not _PLAIN_NAME.fullmatch(plain)
            or plain.lower() in candidates
            or plain.split()[-1].lower() == own
            or plain.split()[0] in PLACE_WORDS
        ):
            continue
        return index, plain
    return None


def _own_surname(c: Checking) -> str:
    """The poster's surname in lower case ("" when unknown): a name of theirs is their own
    family's, not a private individual's."""
    return c.author.surname.lower() if c.author is not None and c.author.surname else ""


def _own_first_names(c: Checking) -> set[str]:
    """The poster's own first names: the first word of their registered name and their one-word
    aliases."""
    author = c.author
    if author is None:
        return set()
    names = [author.name.split()[0]] if author.name else []
    names += [a for a in author.aliases if " " not in a.strip()]
    return {n.lower() for n in names}


_STRANGER = re.compile(
    r"^\W*(?:an? |one )?(?:\w+ )?(?:man|woman|lad|lass|bloke|girl|boy|person|resident|driver|"
    r"youth|couple|pensioner|mum|dad)\b",
    re.IGNORECASE,
)
_FACE_SHOWN = re.compile(
    r"(?<!\bno )(?<!\bnot )\b(?:her|his|their|the)? ?faces? (?:is |are )?"
    r"(?:clearly |fully |plainly )?(?:visible|recognisable|identifiable|in shot)\b",
    re.IGNORECASE,
)


def _stranger_pictured(c: Checking) -> tuple[int, str] | None:
    """The poster's own picture of one unnamed member of the public with their face showing."""
    for index, attachment in enumerate(c.post.attachments):
        description = attachment.description
        if (
            attachment.source == "own"
            and not attachment.minors
            and not attachment.people
            and _STRANGER.search(description)
            and _FACE_SHOWN.search(description)
        ):
            return index, "A member of the public is shown, face visible, without permission."
    return None


_CHILD_CUE = re.compile(
    r"\b(?:[Yy]oung|[Ll]ittle|[Jj]unior|[Oo]ur)\s+(?:\w+\s+)?$|"
    # after it, an optional surname first ("Lily Haworth (11)")
    r"^(?:[\s-][A-Z][\w'-]+)?\s*(?:\(\d{1,2}\)|,? [Aa]ged \d{1,2}|in [Yy]ear \d|,? [Yy]ear \d)",
)


def _child_named(c: Checking) -> tuple[int, str] | None:
    """A child named beside a picture of children whose listed consents do not allow names: a
    name the picture lists, or a first name with a child's cue ("young cornet star Lily
    Haworth (11)")."""
    text = c.post.text
    for index, attachment in enumerate(c.post.attachments):
        if not attachment.minors or not attachment.consents:
            continue
        consents = [c.ctx.consents_by_id.get(i) for i in attachment.consents]
        if not consents or any(k is None or k.names_allowed for k in consents):
            continue
        if any(name in text and _personal_name(name) for name in attachment.people):
            return index, "A child is named, but the picture's consent does not allow names."
        for start, end, _term in c.find("first_names"):
            if text[start : start + 1].isupper() and (
                _CHILD_CUE.search(text[max(0, start - 30) : start])
                or _CHILD_CUE.search(text[end : end + 25])
            ):
                return index, "A child is named, but the picture's consent does not allow names."
    return None


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
    r"little one|lad|lass|two|three|twins|little (?:man|girl|boy|monkeys?))\b"
    # round 19: "first day of Year 1 for this one 🥹", "proud mum"
    r"|\b(?:for|with) this one\b|\bproud (?:mum|mam|dad|parents?)\b"
    r"|\bthe author's\s+(?:son|daughter|child|children)\b"
    # round 22c: a newborn announced with the birth weight ("She's here!! 7lb 2oz")
    r"|\b\d{1,2}\s?lbs?\s?\d{1,2}\s?oz\b",
    re.IGNORECASE,
)
_OTHERS = re.compile(
    r"\b(?:classmates?|friends?|team|squad|choir|class|group|children|kids|others?|pupils)\b", re.I
)


# Other children beside the poster's own ("Carr's granddaughter and two classmates").
_OTHER_CHILDREN = r"classmates?|friends?|team|squad|choir|class|group|others?|pupils"
_WITH_OTHERS = re.compile(rf"\b(?:{_OTHER_CHILDREN}|other (?:children|kids))\b", re.I)
# ... and beside "our two" pictured as "two young children": the children counted are the
# poster's, so "children" alone says nothing of others
_OWN_COUNT = re.compile(
    r"(?:my|our)\s+(?:(?:youngest|eldest|oldest|little) )?(?:two|three|twins)\b", re.IGNORECASE
)
# A description that rules the others out ("no other children in shot"): round 20.
_NO_OTHERS = re.compile(
    r"\b(?:no|without any|with no) other (?:children|kids|people)(?: (?:in|are in) (?:shot|the "
    r"(?:picture|photo|frame|video)))?\b",
    re.IGNORECASE,
)
_OTHERS_BESIDE = re.compile(rf"\b(?:{_OTHER_CHILDREN}|mates)\b", re.I)


# Other children beside the one a consent names ("Ethan and his mates", "Group of boys").
_MATES = re.compile(
    r"\b(?:and|with) (?:his|her|their) (?:mates|pals|friends|team-?mates|classmates)\b"
    r"|\bgroup of (?:boys|girls|children|kids|lads|lasses|players|youngsters)\b",
    re.I,
)


# Words for more than one child in a picture's description ("Children counting down").
_SEVERAL = re.compile(
    r"\b(?:children|kids|boys|girls|lads|lasses|youngsters|pupils|players|group|crowd|team|"
    r"friends|mates|pals|others?)\b",
    re.I,
)


def _others_beside(consent: Consent, description: str, text: str) -> bool:
    """A consent for one named child covers that child, not the friends pictured with them
    (clause 6.7: each child's parent gives permission). The post's words count ("Harvey and
    his mates leading the countdown") unless the picture's description names that child alone
    ("Maisie Cartwright with her lantern"): the friends are then in the event, not the photo."""
    subject = consent.subject or ""
    if not _looks_like_a_name(subject):
        return False
    if _WITH_OTHERS.search(description) or _MATES.search(description):
        return True
    if not _MATES.search(text):
        return False
    named_alone = subject.split()[0].lower() in description.lower() and not _SEVERAL.search(
        description
    )
    return not named_alone


_GRAND = re.compile(
    r"\bgrand(?:ad|dad|pa|ma|mum|mam|son|daughter|child|children|kids?|parents?)", re.I
)


def _family_named(c: Checking, people: tuple[str, ...]) -> bool:
    """Round 22c: every child named in the picture carries the poster's surname and is nobody the
    registers know ("Lily Dawson" in Keith Dawson's post): the poster's own family. A child the
    registers know (one with a consent of their own, such as a grandson) is not assumed to be."""
    surname = _own_surname(c)
    if not people or not surname or _GRAND.search(c.post.text):
        return False  # a grandchild's photo is the parents' to allow
    subjects = " ".join(k.subject or "" for k in c.ctx.consents).lower()
    return all(
        name.split()[-1].lower() == surname
        and not c.people.match_name(name)
        and name.lower() not in subjects
        for name in people
    )


def _someone_elses_child(c: Checking, consents: list[Consent]) -> bool:
    """A picture's listed consents include one for a named child with another surname than the
    poster's: the register knows the child as someone else's (clause 6.7)."""
    surname = _own_surname(c)
    return any(
        k.minor and _looks_like_a_name(k.subject) and k.subject.split()[-1].lower() != surname
        for k in consents
    )


@rule("minor-without-consent")
def minor_without_consent(c: Checking) -> Iterator[Hit]:
    """A photo or video of children without parental permission for this use.

    What it looks for:
        Attachments showing minors with no consent in the register that is in force for this
        channel and date and whose scope matches the event (a consent for the "Christmas concert"
        does not cover the summer one, nor one for the "Carol service 2026" the next year's
        service), and (round 23c) a name in the scope is not its occasion ("Treeton Tigers
        presentation evening 2027" does not cover a Remembrance parade "with the Tigers"); a
        consent for one named child does not cover the
        friends pictured with them ("Ethan and his mates"); the poster's own child alone is
        fine ("our Lily", "this one", "proud mum"), and so are the poster's own children counted
        ("our two", pictured as "two young children") or named by the picture's description
        ("Gill's two children"), but not on the council's page ("one of our youngest
        gardeners"); a police appeal shared under the police's content consent is the
        police's to publish.

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
        consents = _consents_for(c, attachment.consents, "")
        # The council's page has no children of its own ("one of our youngest gardeners"), and a
        # child pictured under a parent's consent in the register is not the poster's own ("our
        # children's lantern champion" with c-001 for Maisie Cartwright; round 23).
        if not c.official and not _someone_elses_child(c, consents):
            own = _OWN_CHILD.search(context_text)
            counted = own and _OWN_COUNT.match(context_text, own.start())
            # "our two" pictured as "two young children": children counted are the poster's
            others = _OTHERS_BESIDE if counted else _OTHERS
            pictured = _NO_OTHERS.sub(" ", " ".join([attachment.description, *attachment.people]))
            if own and not others.search(pictured):
                continue
            if own_children_pictured(c, attachment.description) and not _WITH_OTHERS.search(
                attachment.description
            ):
                continue
            if _family_named(c, attachment.people) and not _WITH_OTHERS.search(
                attachment.description
            ):
                continue
        kind = MEDIA_KINDS.get(attachment.kind, "photo")
        if attachment.kind == "shared_post" and any(
            not k.minor and _valid(c, k, ("third_party_content",), context_text) for k in consents
        ):
            continue  # round 19: a police appeal shared unchanged under its consent
        if any(
            k.minor
            and _valid(c, k, (kind, "photo", "video"), context_text)
            and not _others_beside(k, attachment.description, c.post.text)
            for k in consents
        ):
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
