"""Section 6, clause 6.5, other people's personal data: phone numbers, emails, home addresses,
NI and NHS numbers, vehicle registrations, and stills from the poster's own cameras."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..detectors.personal_data import digits_of, in_imprint
from .base import Checking, Hit, once_per_post, rule
from .privacy import (
    AT_THE_DOOR,
    NEW_ADDRESS,
    bound_own,
    business_address,
    is_own,
    is_public,
    privacy_exposure,
)
from .privacy import WHERE as _WHERE
from .structures import PLATE, TRADE_ADVERT, own_exposure


@rule("personal-data")
def personal_data(c: Checking) -> Iterator[Hit]:
    """Other people's personal data: phone numbers, emails, home addresses, NI and NHS numbers.

    What it looks for:
        Phone numbers, email addresses, house-number-and-street addresses, postcodes, National
        Insurance and NHS numbers that belong to someone other than the poster, and are not the
        council's own published contacts; a screenshot of someone else's private message,
        email or letter (the poster's own screenshot too, when it shows what someone else sent
        them); a picture of a list of other people's phone numbers, home addresses or health
        notes; another keeper's vehicle registration ("White Transit, reg YR17 KXP, seen
        tipping"); households' votes told from the doorstep ("number 3 and number 11 are voting
        for me"); a named resident's arrears ("the tenant, Graham Lund, hasn't paid rent").

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
        if _private_message(c, attachment):
            yield Hit(
                0,
                0,
                "A screenshot of someone else's private message or email: their correspondence "
                "is personal data.",
                "Do not publish private messages; answer the sender privately or via the Clerk.",
                field=f"attachment[{index}]",
            )
            return
    own_end = -1  # the end of the last address found to be the poster's own
    for span in c.personal_data:
        if span.kind == "security_code":
            continue
        if span.kind == "postcode" and 0 <= span.start - own_end <= 12:
            continue  # round 19: the postcode of the poster's own address just before it
        value = span.value(c.post.text)
        if is_public(c, value):
            continue
        before = c.post.text[max(0, span.start - 80) : span.start]
        if span.kind in ("address", "postcode") and in_imprint(c.post.text, span.start):
            continue
        if span.kind == "address" and _WHERE.search(before):
            continue
        if not c.official and (
            is_own(c, span.start, span.end) or _own_home(c, span) or _own_exposed(c, span)
        ):
            own_end = span.end
            continue
        if c.official and bound_own(c, span.start, span.end):
            continue  # the poster's own number or home on the council's page: 5.1
        if span.kind in ("address", "postcode") and business_address(c, span.start):
            continue  # a shop's published address is not personal data
        if span.kind == "phone" and _organisation_line(c, span.start, value):
            continue
        if span.kind == "phone" and not c.official and TRADE_ADVERT.search(c.post.text):
            continue  # round 21: the poster's own trade advert ("free quotes. Ring 0114 ...")
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
    plate = _someone_elses_plate(c)
    if plate is not None:
        yield Hit(
            plate.start(),
            plate.end(),
            "This publishes a vehicle registration, which identifies the car's keeper.",
            "Remove it; report parking or dumping to the police or Rotherham, not online.",
        )
        return
    private = _household_votes(c) or _arrears_named(c)
    if private is not None:
        yield Hit(
            private[0],
            private[1],
            f"'{private[2]}' tells the public something private about an identifiable household "
            "or resident.",
            "Leave it out; how people vote and what they owe are their own business.",
        )


# Round 18: households' votes told from the doorstep ("number 3 and number 11 are voting for me,
# number 8 reckons she's never voted"), and a named resident's arrears ("the tenant, Graham Lund,
# hasn't paid rent for two seasons").
_HOUSEHOLD_VOTES = re.compile(
    r"\b(?:number|no\.?)\s?\d{1,3}\b[^.!?]{0,30}?\b(?:(?:is|are|'s|'re) (?:voting|backing)|"
    r"votes? for|voted|never voted|not voting|won'?t (?:be )?vot\w*|isn'?t (?:even )?registered|"
    r"couldn'?t be bothered)",
    re.IGNORECASE,
)
_ARREARS = re.compile(
    r"\b(?:hasn'?t|has not|haven'?t|have not|never|didn'?t|not) paid (?:(?:his|her|their|the) )?"
    r"(?:plot )?(?:rent|council tax|subs|hire fee|bill|deposit)\b",
    re.IGNORECASE,
)


def _household_votes(c: Checking) -> tuple[int, int, str] | None:
    m = _HOUSEHOLD_VOTES.search(c.post.text)
    return (m.start(), m.end(), m.group(0)) if m else None


def _arrears_named(c: Checking) -> tuple[int, int, str] | None:
    m = _ARREARS.search(c.post.text)
    if m is None:
        return None
    sentence = c.sentence_of(m.start())
    for mention in c.mentions:
        people = [c.ctx.person(pid) for pid in mention.person_ids]
        private = [p for p in people if p is not None and not p.is_colleague]
        if private and c.sentence_of(mention.start) == sentence:
            return m.start(), m.end(), m.group(0)
    return None


def _someone_elses_plate(c: Checking) -> re.Match | None:
    """Clause 6.5 (round 17): another keeper's registration ("White Transit, reg YR17 KXP, seen
    tipping", "I've got your reg, YH19 KXE"); the poster's own ("I'm the silver Astra, YK64
    RFZ") is judged under 5.1."""
    for m in PLATE.finditer(c.post.text):
        before = c.post.text[max(0, m.start() - 40) : m.start()].lower()
        if re.search(r"\b(?:your|his|her|their|whose)\b", before):
            return m  # "I've got your reg": someone else's, whoever is speaking
        if bound_own(c, m.start(), m.end()) or (not c.official and is_own(c, m.start(), m.end())):
            continue
        if not c.official and _OWN_VEHICLE.search(c.post.text):
            continue  # round 19: "New motor! ... on the drive at 41 Rother Crescent, TW64 RGG"
        return m
    return None


_OWN_VEHICLE = re.compile(
    r"\b(?:new (?:motor|car|van|wheels)|my (?:new )?(?:car|van|motor)|picked up (?:my|the) new)\b",
    re.IGNORECASE,
)


# The poster's own home, by an invitation to call there ("give us a knock at 22 Orchard Way",
# "pop round to", lost keys to "drop them round to") or by saying it will stand empty while
# "we're away" (5.1, not 6.5).
_INVITED = re.compile(
    r"\b(?:give (?:us|me) a (?:knock|shout|bell|ring)|knock (?:on|at) (?:my|our|me) door|"
    r"(?:pop|call|come|drop|bring|hand) (?:(?:them|it|'?em) )?(?:round|by|over)|knock (?:us|me) up|"
    # round 13: the door open to callers ("back door's always open if anyone fancies a cuppa,
    # 22 Mill Lane"), or callers asked to stop ("can folk stop knocking on at 22 Pit Row")
    r"fanc(?:y|ies) a (?:cuppa|brew|natter|chat)|stop knocking(?: on)?|"
    # round 19: "new address for the Christmas card list: 22 Elm Tree Close", "drop your
    # paperwork through the door at 8 Rother View", "she's on the drive at 41 Rother Crescent"
    rf"{NEW_ADDRESS}|{AT_THE_DOOR})(?: (?:at|to|on))?\W{{0,3}}"
    r"(?:no\.?|number)?\s*$"
)
_EMPTY = re.compile(r"^\W{0,3}(?:will|'ll) be (?:empty|standing empty|unoccupied)\b")
_AWAY = re.compile(
    r"\b(?:we'?re|we are|we'?ll be|i'?m|i am|i'?ll be) (?:off|away|on holiday|going away)\b"
)


def _own_exposed(c: Checking, span) -> bool:
    """Round 18: the sentence that gives the address is one the 5.1 rule finds makes the poster
    findable ("finally in at 7 Orchard Rise", "if anyone knocks at 3 Beech Grove and there's no
    answer, we're in Cornwall"): the address is theirs, not someone else's."""
    if span.kind not in ("address", "postcode"):
        return False
    sentence = c.sentence_of(span.start)
    own = own_exposure(c)
    return (own is not None and c.sentence_of(own[0]) == sentence) or any(
        h.field == "text" and c.sentence_of(h.start) == sentence for h in _exposures(c)
    )


@once_per_post
def _exposures(c: Checking) -> list[Hit]:
    """What the 5.1 rule finds in this post, asked once."""
    return list(privacy_exposure(c))


def _own_home(c: Checking, span) -> bool:
    """An address the poster binds to their own home in other words: an invitation to call
    there, or the house left empty while the poster is away."""
    if span.kind != "address":
        return False
    before = c.post.text[max(0, span.start - 50) : span.start].lower().replace("\u2019", "'")
    if _INVITED.search(before):
        return True
    after = c.post.text[span.end : span.end + 30].lower()
    return bool(_EMPTY.search(after) and _AWAY.search(c.light_sentence(span.start)))


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
    return bool(
        _SURVEILLANCE.search(description)
        and _FACE.search(description)
        and not _NO_FACES.search(description)
    )


# "no faces identifiable", "faces blurred": nobody can be picked out.
_NO_FACES = re.compile(
    r"\bno (?:faces?|one|people|person)(?: are| is)? (?:identifiable|visible|recognisable|shown)\b"
    r"|\bfaces? (?:blurred|pixelated|not (?:visible|identifiable|shown))\b",
    re.IGNORECASE,
)


# A picture of private correspondence (a Messenger chat, a DM, an email, a text), as against a
# public post or comment, which is someone's content (6.7) but not private.
_PRIVATE_MESSAGE = re.compile(
    r"\b(?:screenshot|screen ?grab|screen ?shot|photo|picture|image|copy) of (?:an? |the |his |"
    r"her |their |[A-Z][a-z]+'s )?(?:private |direct )?(?:messenger (?:conversation|chat|"
    r"message)|messages?|conversation|chat|dms?|direct messages?|e-?mails?|texts?|text messages?|"
    r"whatsapps?|whatsapp (?:messages?|chat)|letter)\b",
    re.IGNORECASE,
)


def _private_message(c: Checking, attachment) -> bool:
    """Clause 6.5: a picture of someone else's private message, email or letter (a picture the
    poster made of their own is judged under 5.1); the poster's own screenshot counts when it
    shows what someone else sent them, or other people's contact details (a bookings sheet
    with hirers' phone numbers and home addresses); a list of people with their details
    (entrants' addresses and medical notes), whoever pictured it."""
    description = attachment.description or ""
    if _PEOPLE_LISTED.search(description) and _RECORD_FIELDS.search(description):
        return True  # round 24: a list of people with their details, whoever pictured it
    if attachment.source == "own":
        return bool(_SENT_BY_ANOTHER.search(description) or _OTHERS_DETAILS.search(description))
    return bool(
        _PRIVATE_MESSAGE.search(description)
        or _SENT_BY_ANOTHER.search(description)
        or _ADDRESS_SHOWN.search(description)
        or _SIGNED_AT.search(description)
    )


# In the poster's own screenshot: a message someone else sent ("Private Messenger message from
# Tracey Bramall", "an email to the Clerk from a resident, with her name and email address").
_SENT_BY_ANOTHER = re.compile(
    r"\b(?:private |direct )?(?:messenger )?(?:messages?|e-?mails?|texts?|dms?|letters?|"
    r"whatsapps?)\b[^.;]{0,40}\bfrom "
    # not a body's ("an email from Rotherham Council", "a letter from Yorkshire Water Ltd")
    r"(?![^.;,]{0,40}\b(?:Council|MBC|Police|Ltd|Limited|PLC|Surgery|School|Trust|Group|"
    r"Association|Water|Energy|Bank)\b)"
    r"(?:a |an )?(?:resident|neighbour|member of the public|parishioner|"
    r"(?!(?:The|Me|My|Our)\b)[A-Z][a-z]+(?: [A-Z][a-z'-]+)?)\b",
)
# Other people's contact details listed ("hirers' full names, mobile numbers and home addresses").
_OTHERS_DETAILS = re.compile(
    r"\b(?:\w+s'|their|residents?'?s?|people'?s|hirers'?|tenants'?|members'?|volunteers'?|"
    r"customers'?|plot ?holders'?)(?: full)? (?:names?,? )?(?:(?:and |with )?(?:mobile|phone|"
    r"telephone) numbers|(?:and |with )?(?:home )?addresses|(?:and |with )?e-?mail addresses)\b"
    # round 17: "14 allotment applicants with full names, home addresses and phone numbers"
    r"|\bwith (?:their )?(?:full )?names?,? (?:and )?(?:(?:home )?addresses|(?:mobile |phone |"
    r"telephone )numbers|e-?mail addresses)\b",
    re.IGNORECASE,
)


# Round 24: a list or a log of people with their details, whoever took the picture ("214
# entrants' full names, ages, home addresses, emergency contact numbers, medical notes";
# "priority-services customers with names, addresses and medical needs"; "each caller's full
# number visible"; "children's full names, ages and notes such as 'nut allergy'"). Every such
# picture in the labelled posts is 6.5.
_PEOPLE_LISTED = re.compile(
    r"\b(?:entrants|children|residents|customers|applicants|members|hirers|families|guests|"
    r"pupils|players|volunteers|callers?|parents|tenants|plot ?holders|respondents|attendees|"
    r"signatories|runners|stallholders|households|neighbours)(?:'s|')?(?!\w)",
    re.IGNORECASE,
)
_RECORD_FIELDS = re.compile(
    r"\b(?:(?:home )?addresses|(?:phone|mobile|telephone|contact) numbers|medical\b|"
    r"allerg(?:y|ies)|emergency contacts?|dates of birth|e-?mail addresses|full numbers?\b)",
    re.IGNORECASE,
)


# Round 18: someone else's letter or note pictured with their home address on it ("the
# sender's name, Sharon Mellor, and her address are legible", "signed 'Graham Lund, 6 Church
# Lane'"). A picture of one's own bill with one's own address is judged under 5.1.
_ADDRESS_SHOWN = re.compile(
    r"\b(?:home |full |postal |street )?address(?:es)?\b[^.;]{0,30}\b(?:are |is )?(?:legible|"
    r"visible|readable|in shot)\b|\b(?:her|his|their|the sender'?s|the writer'?s) (?:full |home )?"
    r"address\b|\bname and (?:home |full |street )?address\b",
    re.IGNORECASE,
)
_SIGNED_AT = re.compile(
    r"\b[Ss]igned '[^']{0,40}\b\d{1,3},? [A-Z][a-z]+ (?:Road|Lane|Street|Avenue|Close|Crescent|"
    r"Terrace|Row|Grove|Way|Drive|View|Gardens|Place)\b"
)


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
    digits = digits_of(value)
    if digits.startswith("447") or digits.startswith("07"):
        return False
    before = c.post.text[max(0, start - 50) : start]
    if _ORGANISATION.search(before):
        return True
    bodies = [c.ctx.council.principal_authority or ""] + [r.body for r in c.ctx.council.routes]
    names = {w for body in bodies for w in body.split()[:1] if len(w) > 3}
    return any(re.search(rf"\b{re.escape(n)}\b", before) for n in names)
