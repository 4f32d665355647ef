"""Section 6, what may be published: confidential and personal information, comments on
colleagues, third parties' content, names and photos, links and copyright."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..context import Consent, Person
from ..detectors.links import covered_by
from ..detectors.matching import content_words, keyword_hits, scope_matches
from .base import Checking, Hit, rule
from .privacy import is_own, is_public
from .signals import PLACE_WORDS, accusations, innuendo, insults
from .structures import singled_out

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
        codes.

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
    marker = c.first("confidential_markers")
    if marker and not _announces_closed_item(c, marker[0]):
        yield Hit(
            marker[0],
            marker[1],
            f"'{marker[2]}' points to closed (confidential) council business.",
            "Do not report what happened in closed session.",
            variant="marker",
        )


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
    for matter in c.ctx.confidential:
        if matter.until is not None and c.day > matter.until:
            continue
        titles, keywords = [matter.title], list(matter.keywords)
        for item in c.ctx.agenda_items:
            if item.confidential == matter.id:
                titles.append(item.title)
                keywords += item.keywords
        topic = _topic_words(tuple(titles), tuple(keywords))
        if len(topic & post_words) >= 2:
            for cue in c.find("disclosure_cues"):
                s, e = c.sentence_of(cue[0])
                if not topic & content_words(c.post.text[s:e]):
                    continue  # the detail must be given in a sentence about the matter
                if _procedural(c, c.text.light.index_of(cue[0])):
                    continue
                return cue, matter
    return None


_OWN_FAMILY = re.compile(
    r"\b(?:my|our)\s+(?:mum|mam|dad|wife|husband|hubby|son|daughter|partner|nan|gran|grandad|"
    r"sister|brother|kids?|family|mother|father|mother-in-law|father-in-law|dog|cat)\b"
    r"|\b(?:i'm|i am|i've|i have|i was)\b",
    re.IGNORECASE,
)


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
        mailboxes (info@, enquiries@). Which details are "own" is judged from first-person words.
    """
    for span in c.personal_data:
        if span.kind == "security_code":
            continue
        value = span.value(c.post.text)
        if is_public(c, value):
            continue
        before = c.post.text[max(0, span.start - 80) : span.start]
        if span.kind in ("address", "postcode") and _IMPRINT.search(before):
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
    """
    for mention in c.mentions:
        if c.post.author in mention.person_ids:
            continue
        people = [p for pid in mention.person_ids if (p := c.ctx.person(pid)) and p.is_colleague]
        if not people:
            continue
        s, e = c.sentence_of(mention.start)
        if _addressee(c, mention):
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
    singled = None if named_colleague else singled_out(c)
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


_TO_ROLE = re.compile(
    r"\b(?:to|ask|contact|tell|email|e-mail|ring|call|phone|with|from|via|through|by|see|"
    r"speak to|talk to|write to|check with)\s+$",
    re.IGNORECASE,
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


def _valid(
    c: Checking, consent: Consent, kinds: tuple[str, ...], scope_text: str, need_scope: bool = True
) -> bool:
    return (
        consent.kind in kinds
        and consent.in_force(c.day, c.channel)
        and (not need_scope or not consent.scope or scope_matches(consent.scope, scope_text))
    )


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
        names; and an unknown person's first name given next to their contact details.

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


_OWN_CHILD = re.compile(
    r"\b(?:my|our)\s+(?:youngest|eldest|oldest|son|daughter|boy|girl|kids?|children|"
    r"little one|lad|lass)\b"
    r"|\bthe author's\s+(?:son|daughter|child|children)\b",
    re.IGNORECASE,
)
_OTHERS = re.compile(
    r"\b(?:classmates?|friends?|team|squad|choir|class|group|children|kids|others?|pupils)\b", re.I
)


@rule("minor-without-consent")
def minor_without_consent(c: Checking) -> Iterator[Hit]:
    """A photo or video of children without parental permission for this use.

    What it looks for:
        Attachments showing minors with no consent in the register that is in force for this
        channel and date and whose scope matches the event; the poster's own child alone is
        fine.

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
        Screenshots of residents' comments are judged under 6.7 and 6.3, not here.
    """
    for index, attachment in enumerate(c.post.attachments):
        if attachment.kind in ("screenshot", "shared_post") or attachment.source != "third_party":
            continue
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
