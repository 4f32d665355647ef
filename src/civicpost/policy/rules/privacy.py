"""Section 5: personal safety and privacy of the poster."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..detectors.lexicon import compile_word_starts
from ..detectors.personal_data import IMPRINT_WORDS, digits_of, find_personal_data
from ..text import normalise
from .base import Checking, Hit, once_per_sentence, rule, whole_post
from .structures import PLATE, own_exposure
from .structures.exposure import (
    culprits_routine,
    keys_not_left,
    open_invitation,
    routine_advised_against,
)

FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|i've|i'll|me|my|mine|myself|we're at|our (?:house|home|place|address)|"
    r"(?:for|to|with|at|round) us)\b"
)
THIRD_PARTY = compile_word_starts(
    r"\b(?:he|she|him|her|his|hers|they're|their|the owner|the lady|the man|the woman|"
    r"neighbour|resident)\b|\bof\s+\d|\b(?:that|this|them|the) lot\b|"
    r"\bthe (?:ones|people|family|house|bloke|lads?) (?:at|on|from)\b|"
    # round 23b: the one spoken to ("Margaret love, I'll drop yours round to 4 Well Lane")
    r"\bdrop (?:yours|it|them) (?:round|off|over) to\b(?! (?:me|us)\b)"
)
# Round 19: the poster's address given by the words before it ("new address for the card
# list:", "through the door at", "on the drive at"), shared with the 6.5 rule's own-home check
# (personal_details._INVITED).
NEW_ADDRESS = r"new address(?: for [\w ']{1,30})?"
AT_THE_DOOR = r"(?:through|in) (?:the|my|our) (?:door|letterbox) at|on (?:the|my|our) drive at"
# The poster binds the number or address to themselves just before it ("I'm at", "bring him
# back to ours,", "they know where I live.", "ring me on me own mobile", "new number folks,"):
# that outweighs a "him" or "their" elsewhere in the sentence (the cat, the dog).
_OWN_BEFORE = re.compile(
    r"(?:\b(?:i'?m|i am|we'?re|we are|i live|we live|i'?m based|find me|find us) (?:at|on|in)|"
    r"\b(?:my|our|me|me own|my own) (?:house|home|address|door|place|gaff)(?: is| at| on|,)?|"
    # round 14: the poster's letterbox or doorstep ("pop it through my letterbox at 3 Mill Row")
    r"\b(?:through|in|on|to) (?:my|our|me) (?:letter ?box|door ?step|front door|back door|porch)"
    r"(?: at| on|,)?|"
    # round 14: a subject-less line about the poster's own state at home ("Snowed in at 14 ...")
    r"(?:^|[.!?\n]\W*)(?:snowed in|stuck (?:in|indoors|at home)|locked out|laid up|housebound|"
    r"self-isolating|isolating|home alone|back home|just moved in|moved in) (?:at|to)|"
    r"\b(?:to|at|outside|round|from|back to|over at) (?:mine|ours)(?: at| on|,)?|"
    r"\bwhere (?:i|we) live\W*|"
    r"\b(?:my|me|our) (?:own |new |personal )?(?:mobile|number|phone|moby)(?: is| number)?(?: on)?|"
    r"\b(?:ring|text|call|phone|whatsapp|message|bell) (?:me|us)(?: direct(?:ly)?)?(?: on| at)?|"
    # round 32: "ring me at home on 0114 ...", "My door's always open, 6 Hollin Close"
    r"\b(?:ring|text|call|phone) (?:me|us) at home(?: on)?|"
    r"\b(?:my|our) door(?:'s| is) (?:always |allus )?open\W{0,3}(?:at )?|"
    # round 13: "give me a ring on", "give us a shout on"; "I'm only round the corner at"
    r"\bgive (?:me|us) a (?:ring|shout|bell|call|text|buzz|knock)(?: on| at)|"
    r"\b(?:i'?m|i am|we'?re|we are) (?:only |just )?(?:round the corner|up the road|down the road|"
    r"next door|across the road)(?: at| on| from)|"
    r"\bnew (?:mobile |phone )?number\b[^.!?\d]{0,20}|"
    # session 7: callers told to help themselves at the address ("help yourself - it's round
    # the side at 27 Station Road")
    r"\bhelp yoursel(?:f|ves)\b[^.!?\d]{0,30}\b(?:at|from)|"
    # session 9: callers asked to knock ("or just knock at 3 Orchard Row"), and being at home,
    # then the address ("I'm at home most days: 14 Pit Row")
    # (round 18: "give him a knock at 5 Spring Terrace" is his door, not the poster's)
    # round 23b: "just knock on at 8 Laburnum Grove"
    r"(?<!\bhim a )(?<!\bher a )(?<!\bthem a )(?<!\bem a )\b(?:just )?knock (?:on )?(?:at|on)|"
    r"\b(?:i'?m|i am|we'?re|we are) (?:usually |always |mostly )?(?:at home|in|home|about)\b"
    r"[^.!?\d]{0,25}[:,\-]|"
    # round 22b: an invitation to call round ("Pop round for a cuppa any teatime, 9 Laburnum
    # Grove")
    r"\bpop (?:round|over|in) for a (?:cuppa|brew|chat|natter|coffee)(?: any \w+)?|"
    # round 19: "new address for the Christmas card list:", "drop your paperwork through the
    # door at", "she's on the drive at"
    rf"\b(?:my |our )?{NEW_ADDRESS}[:,\-]|\b(?:{AT_THE_DOOR}))"
    r"\W{0,4}(?:no\.?|number)?\s*$"
)
# ... or just after it: "9 Hall Lane is officially ours".
_OWN_AFTER = re.compile(
    r"^\W{0,3}(?:is|'s) (?:now |officially |finally |all )?(?:ours|mine)\b|"
    # round 13: "if anyone sees owt funny at number 22 Bramley Close give us a shout"
    r"^\W{0,3}(?:give|gimme) (?:us|me) a (?:shout|ring|bell|knock)\b|"
    # session 7: callers let in or sent the address ("... at 6 Glebe Close. Just let yourself
    # in", "8 Mill Crescent if any of her class still need the address")
    r"^\W{0,3}(?:just )?let yoursel(?:f|ves) in\b|"
    r"^\W{0,3}if any(?:one|body| of [\w ]{1,20})? (?:still )?needs? (?:the|my|our) address\b|"
    # round 22: goods left out for anyone ("a box on the front porch at 8 Elm Row, help
    # yourselves")
    r"^\W{0,3}help yoursel(?:f|ves)\b|"
    # round 22b: callers sent to the door ("14 Chantry Walk, just pop it through the door",
    # "6 Hawthorn Road, knock any time after 5")
    r"^\W{0,3}(?:just )?(?:pop|put|drop|post) (?:it|them|one|yours) (?:through|in) (?:the|my|our) "
    r"(?:door|letter ?box)\b|^\W{0,3}knock (?:any ?time|whenever)\b|"
    # round 23e: "Door's always open at 6 Ashwood Grove, just knock" (not "knock and ask for Mick")
    r"^\W{0,3}just knock\b(?! and ask)"
)


def bound_own(c: Checking, start: int, end: int) -> bool:
    """The poster names the number or address as their own in the words around it."""
    before = c.post.text[max(0, start - 60) : start].lower().replace("\u2019", "'")
    after = c.post.text[end : end + 50].lower().replace("\u2019", "'")
    if _OWN_BEFORE.search(before) or _OWN_AFTER.search(after):
        return True
    # round 23e: goods offered from the poster's door or phone ("Free to a good home: ... Collect
    # from 9 Hawthorn Way ... or text 07700 ...", "Stairlift for sale ... Collection from 3 Well
    # Court"), unless someone else is the one offering ("A resident on Wood Lane has loads of
    # logs")
    return bool(
        _COLLECT_FROM.search(before)
        and _OFFERED.search(c.post.text)
        and not THIRD_PARTY.search(c.post.text[:start].lower())
    )


_COLLECT_FROM = re.compile(
    r"\bcollect(?:ion|ed)? (?:from|at)\W{0,4}(?:no\.?|number)?\s*$|"
    r"\b(?:text|ring|call|phone|whatsapp)\W{0,3}(?:on\W{0,3})?$"
)
_OFFERED = re.compile(
    r"\b(?:for sale|free to (?:a )?good home|giving away|selling|hardly used|going free|"
    r"free to whoever|offers?|ono)\b",
    re.IGNORECASE,
)


def is_own(c: Checking, start: int, end: int | None = None) -> bool:
    """Is the personal data at ``start`` the author's own? (bound to the poster by the words
    around it, or first person and no third party in the sentence)"""
    if end is not None and bound_own(c, start, end):
        return True
    # the words just before it too ("that lot at no. 14": "no." may end a sentence)
    before = c.post.text[max(0, start - 40) : start].lower()
    return _first_person_sentence(c, start) and not THIRD_PARTY.search(before)


# round 21: "Promoted by Harpreet Gill of 6 Laburnum Grove": the imprint gives the poster's home
_PROMOTED_BY = re.compile(rf"{IMPRINT_WORDS}\s+([^.!?]{{2,60}})$", re.I)


def _own_imprint(c: Checking, start: int) -> bool:
    """The address is the promoter's in an imprint, and the promoter is the poster (a PO box is
    the way to keep a home out of it)."""
    m = _PROMOTED_BY.search(c.post.text[max(0, start - 70) : start])
    surname = c.author.surname if c.author else ""
    if business_address(c, start):
        return False  # round 22c: "Unit 3 Beck Lane Workshops" is a workshop, not a home
    return bool(m and surname and surname.lower() in m.group(1).lower())


def _first_person_sentence(c: Checking, start: int) -> bool:
    """First person and no third party in the sentence around ``start``; worked out once per
    sentence (a post with thousands of numbers in one sentence would otherwise take seconds)."""
    return once_per_sentence(c, "_first_person_sentences", c.sentence_of(start), _first_person)


def _first_person(c: Checking, s: int, e: int) -> bool:
    sentence = c.light_range(s, e)
    return bool(FIRST_PERSON.search(sentence)) and not THIRD_PARTY.search(sentence)


# An address used as a place, to say where something is ("the street light outside 40 Station
# Road", "the bench opposite 3 Mill Lane"): it locates a fault, and says nothing about who lives
# there. "At number 9", "lives at", "from number 14" still point at a household.
WHERE = re.compile(
    r"\b(?:outside|opposite|near|nearby|next to|by|across from|in front of|behind|beside|"
    r"between|past|just up from|just down from|round the corner from)\s+(?:no\.?\s*|number\s+)?$",
    re.IGNORECASE,
)
# A business's published address: the account is a shop's or trade's ("Florist, 4 Station
# Road"), or the sentence invites customers ("come and see us at the shop"). Not a home.
_BUSINESS = re.compile(
    r"\b(?:shop|store|florist|cafe|café|salon|barbers?|butchers?|bakery|garage|pharmacy|"
    r"ltd|limited|plc|& sons|and sons|takeaway|restaurant|pub|inn|tearooms?|boutique|studio|"
    r"opening hours|open (?:mon|tue|wed|thu|fri|sat|sun|daily|every|till|until|from)\w*|"
    r"we'?re open|shop'?s open|now open|trading|"
    # round 22c: a workshop or a business unit ("Unit 3 Beck Lane Workshops")
    r"unit\s+\d+|workshops|business (?:park|centre)|industrial estate|trading estate|"
    # round 26: a trade's name before its address ("Fairbrother Electrical, 14 Station Road")
    r"electrical|electrics|plumbing|heating|motors|joinery|roofing|landscaping|decorating|"
    r"trade counter)\b",
    re.IGNORECASE,
)


def business_address(c: Checking, start: int) -> bool:
    """An address the poster publishes as a business's, not a home: the profile is a business's,
    or the sentence is about the shop."""
    account = c.post.account
    profile = " ".join(filter(None, (account.bio, account.display_name)))
    return bool(_BUSINESS.search(profile) or _BUSINESS.search(c.light_sentence(start)))


# Numbers that belong to organisations, not people: non-geographic (03), freephone and shared-cost
# (080, 084, 087, 0500) ranges, in Ofcom's National Telephone Numbering Plan.
_ORGANISATION_PREFIXES = ("03", "080", "084", "087", "0500")
_ROLE_MAILBOXES = frozenset(
    (
        "info", "enquiries", "enquiry", "hello", "contact", "office", "admin", "bookings",
        "booking", "help", "support", "reception", "secretary", "team", "mail", "general",
        "press", "media", "sales", "customerservices", "complaints", "report", "reports",
        "feedback", "membership", "events", "volunteers", "fundraising", "noreply", "no-reply",
    )
)  # fmt: skip


def organisation_contact(value: str) -> bool:
    """A contact that belongs to an organisation rather than a person (clause 6.5 protects
    *personal* data): a non-geographic or freephone number, or a role mailbox (info@)."""
    digits = digits_of(value)
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    if digits and digits.startswith(_ORGANISATION_PREFIXES):
        return True
    if "@" in value:
        return value.split("@", 1)[0].lower().strip() in _ROLE_MAILBOXES
    return False


_WORKPLACE = re.compile(
    r"\b(?:office|surgery|department|council|centre|center|hall|library|school|hospital|"
    r"constituency|advice|helpline|switchboard|reception)\b",
    re.IGNORECASE,
)


def _office(c: Checking, start: int, value: str) -> bool:
    """The poster's office, surgery or a public building ("ring my office on 01709 ...",
    "outside the Department of Health, 39 Victoria Street"), not their home; never a mobile."""
    digits = digits_of(value)
    if digits.startswith(("07", "447")):
        return False
    return bool(_WORKPLACE.search(c.post.text[max(0, start - 50) : start]))


def is_public(c: Checking, value: str) -> bool:
    """The council's own published contacts (and officers' published addresses) are public, and
    so are organisations' helplines and role mailboxes."""
    lowered = value.lower().strip()
    if organisation_contact(value):
        return True
    if lowered in c.ctx.public_contact_strings():
        return True
    if "@" in lowered and lowered.rsplit("@", 1)[-1] in c.ctx.council_domains():
        return True
    digits = digits_of(value)
    if digits and any(digits == digits_of(p) for p in c.ctx.council.public_phones):
        return True
    return any(lowered in a.lower() for a in c.ctx.council.public_addresses)


def _office_in_bio(bio: str, start: int, value: str) -> bool:
    """A landline the profile gives as an office's or surgery's ("Office: 01709 ..."): a work
    number, not a home one; a mobile is always the poster's own."""
    digits = digits_of(value)
    if digits.startswith(("07", "447")):
        return False
    return bool(_WORKPLACE.search(bio[max(0, start - 30) : start]))


# The poster's own home or car in a picture the poster took, as the description tells it: the
# author named as its owner ("Martin Oakes' new car on his driveway", "Keith Dawson's council
# tax bill"). Someone else's van on a street is not the poster's (6.7, 6.9).
_POSSESSED = re.compile(
    r"^\W{0,2}(?:'s?|\u2019s?)?\s+(?:own |new |brand new |front |back )?(?:car|van|motor|drive|"
    r"driveway|house|home|front door|door|doorstep|porch|garden|council tax bill|bill|letter|"
    r"gas bill|electricity bill|water bill|bank statement|parcel|post|payslip|licence|"
    r"passport|boarding pass)",
    re.IGNORECASE,
)


_AUTHORS = re.compile(
    r"\bthe (?:author|poster)(?:'s|\u2019s)(?=\s+(?:own |new |front |back )?\w)", re.I
)


def _own_picture(c: Checking, attachment) -> bool:
    """Round 14: the poster's own photo or screenshot whose description names the author as the
    owner of what it shows ("Martin Oakes' new car", "Keith Dawson's council tax bill")."""
    if attachment.source != "own" or c.author is None:
        return False
    description = attachment.description or ""
    if _AUTHORS.search(description):
        return True  # "front window of the author's house"
    names = [c.author.name, *c.author.aliases]
    lowered = description.lower()
    for name in names:
        if not name or len(name) < 3:
            continue
        i = lowered.find(name.lower())
        while i >= 0:
            end = i + len(name)
            before_ok = i == 0 or not lowered[i - 1].isalpha()
            if before_ok and _POSSESSED.search(description[end : end + 40]):
                return True
            i = lowered.find(name.lower(), end)
    return False


# The poster's own picture of a front door with its number and the street sign: every labelled
# set reads it as the poster's own home (a new door, a garden, an extension), unless the post or
# picture says it is someone else's.
_HOUSE_NUMBER = re.compile(
    r"\b(?:door|house|gate) number\b|\bnumber \d+\b|\b\d+ on the door\b|"
    # round 18: "the gate plate reads '22'"
    r"\b(?:gate|door) ?plate reads '?\d+",
    re.I,
)
_STREET_SIGN = re.compile(
    r"\bstreet(?:[- ]name)? sign\b|\bstreet name\b|"
    # round 18: "the Orchard Close nameplate", "a 'Hawthorn Drive' sign", "location tag: ..."
    r"\bname ?plate\b|\broad sign\b|\blocation tag\b|'\w+ (?:drive|close|road|lane|street|avenue|"
    r"crescent|way|grove|row|terrace|court|rise|view)' sign\b",
    re.I,
)
_SOMEONE_ELSES = re.compile(
    r"\bneighbou?r(?:'s|s'?)?\b|\bnext door\b|\b(?:his|her|their)\s+(?:house|home|door|place)\b",
    re.I,
)


_POSSESSOR = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:'s|\u2019s)\s")


def _own_front_door(c: Checking, attachment) -> bool:
    description = attachment.description or ""
    owners = {
        pid for m in _POSSESSOR.finditer(description) for pid in c.people.match_name(m.group(1))
    }
    return (
        attachment.source == "own"
        and bool(_HOUSE_NUMBER.search(description))
        and bool(_STREET_SIGN.search(description))
        and not _SOMEONE_ELSES.search(description + " " + c.post.text)
        and owners <= {c.post.author}
    )


# Round 19: the poster's own picture said to show their address ("invitation beside its envelope,
# which shows his full name and home address"), with nobody else in the description.
_OWN_ADDRESS_SHOWN = re.compile(
    r"\b(?:his|her|their|the author'?s|the poster'?s) (?:full )?(?:name and )?(?:home )?address\b",
    re.I,
)
_SOMEONE_ELSE_SHOWN = re.compile(
    r"\b(?:resident|neighbou?r|customer|complainant|parent|someone|somebody|a man|a woman|a lad|"
    r"a bloke|a fella|from (?:a|the|an) \w+)\b",
    re.I,
)
# Round 19: a meme that collects the answers to security questions ("your royal title is your
# first pet's name + your mum's maiden name + the street you grew up on"), answered; a reply that
# warns about it answers nothing.
_SECURITY_MEME = re.compile(
    r"\b(?:first pet'?s? name|(?:mum|mam|mother)'?s maiden name|street you grew up (?:on|in)|"
    r"your first (?:car|school|teacher|pet)|name of your first)\b",
    re.I,
)
_MEME_WARNED = re.compile(
    r"\b(?:scam|scammers|don'?t (?:answer|play|do)|careful|security questions?|fraud|hack\w*)\b",
    re.I,
)


@rule("privacy-exposure", lexicons=("exposure", "revealing_picture"))
def privacy_exposure(c: Checking) -> Iterator[Hit]:
    """A post or profile that reveals where the poster lives, when they are alone, or their routine.

    What it looks for:
        On a personal account: the poster's own home address, postcode or private phone number
        (in the post or the bio; a landline in the bio unless it is an office's), the poster's
        own picture whose description names the author as owner of a car, house or bill that
        shows a number plate, house number or home address ("Martin Oakes' new car ... the
        registration plate"), and words that tell strangers the house is empty, the poster is
        alone, or when and where to find them ("house will be empty", "I'm always in after 6",
        "pick-up's at 3.15", "away at my mum's for ten days from Friday", "in Malaga from the 3rd
        to the 17th", "two weeks of sun, back on the 29th", "keep an eye on the house for us",
        "every morning at 6am on my own"); a picture of "the author's house" with its door
        number, or of the poster's passport details. Structures: the poster's family with a
        named school ("our youngest at Ashby Green Primary", or a picture of "Cole's two
        children" with the school named); being at home ("outside mine") with a street name or
        how to spot the house; living alone or a door never locked ("on my own since ...", "back
        door's never locked"); a time of day with a habit and a route, or with the family's
        school; a birthday or an age reached today with a full date of birth; the poster's own
        vehicle with its plate ("I'm the silver Astra, YK64 RFZ"); a picture of the poster
        showing a number plate; a new home with its number ("got the keys ... number 7",
        "officially ours"); the school gate at a time; "find me at the Plough on Friday
        nights". On the council's page, a number or address the poster names as their own ("text
        me on my own mobile"). Round 19: the poster's own picture said to show "his full name and
        home address"; a reply that answers a meme collecting security answers ("your first
        pet's name + your mum's maiden name + the street you grew up on"), unless it warns about
        it; cash said to be kept at home ("£1,046 ... sat in a tin in my front room"); a spouse
        said to be on their own while the poster is away; an address bound to the poster by "new
        address for ...:", "through the door at" or "on the drive at".

    Why it matters:
        Clause 5.1: "the information they post on their personal social media profile can make
        them identifiable to residents and service users, as well as people they know in a
        private capacity."

    Example:
        "Off to Tenerife for a fortnight! House will be empty ..."

    Instead:
        Give the council's contact details or a ward surgery instead of a home address or a
        private number; post holiday photos after you are back.

    Known limits:
        Judges ownership of a number or address by the words binding it to the poster ("I'm at",
        "back to ours,", "ring me on", "just knock at") or first-person words in the same sentence
        ("keep an eye on ... for us" counts). A shop's or trade's published address, an address used
        to say where something is, an unknown culprit's routine and a named resident's ("Eileen was
        there at 8am as usual") are not the poster's; nor is a hiding place for keys that the post
        forbids ("please don't leave the keys under the mat").
    """
    for span in c.personal_data:
        if span.kind not in ("address", "postcode", "phone"):
            continue
        value = span.value(c.post.text)
        if is_public(c, value):
            continue
        # on the council's page only what the poster names as their own ("text me on my own
        # mobile", "I'm at 5 Wood View"): the page's other contacts are the council's
        if not (
            bound_own(c, span.start, span.end)
            if c.official
            else is_own(c, span.start, span.end) or _own_imprint(c, span.start)
        ):
            continue
        if _office(c, span.start, value):
            continue
        before = c.post.text[max(0, span.start - 40) : span.start]
        if span.kind != "phone" and (WHERE.search(before) or business_address(c, span.start)):
            continue
        what = "home address" if span.kind != "phone" else "private phone number"
        yield Hit(
            span.start,
            span.end,
            f"This looks like your own {what}: anyone can see it and find you.",
            "Give the council's contact details or a ward email instead.",
            evidence=span.evidence,
            variant="own-on-official" if c.official else None,
        )
        break
    if c.official:
        return
    bio = c.field_text("bio")
    business = bool(_BUSINESS.search(" ".join((c.post.account.bio, c.post.account.display_name))))
    for span in find_personal_data(bio):
        if business:
            break  # a shop's or trade's published address is not a home
        if span.kind in ("address", "postcode") and not is_public(c, span.value(bio.original)):
            yield Hit(
                span.start,
                span.end,
                "Your profile shows your home address.",
                "Remove the address from your profile.",
                evidence=span.evidence,
                field="bio",
            )
            break
        # round 14: a private phone number in the profile ("Landline 0114 496 0588, ring after
        # 10"), not the council's published number, an organisation's line or an office's
        if span.kind == "phone":
            value = span.value(bio.original)
            if is_public(c, value) or _office_in_bio(bio.original, span.start, value):
                continue
            yield Hit(
                span.start,
                span.end,
                "Your profile shows your private phone number.",
                "Remove the number from your profile; give the council's contact details.",
                evidence=span.evidence,
                field="bio",
            )
            break
    for index, attachment in enumerate(c.post.attachments):
        if not c.post.author or not (
            any(c.post.author in c.people.match_name(name) for name in attachment.people)
            or _own_picture(c, attachment)
            or _own_front_door(c, attachment)
        ):
            continue
        shown = c.first("revealing_picture", normalise(attachment.description))
        plate = PLATE.search(attachment.description)
        if shown is None and plate:
            shown = (plate.start(), plate.end(), plate.group(0))
        if shown:
            yield Hit(
                0,
                0,
                f"The picture shows '{shown[2]}' with you in it: strangers can find your home.",
                "Crop or blur house numbers, street signs and number plates.",
                field=f"attachment[{index}]",
            )
            return
    for index, attachment in enumerate(c.post.attachments):
        description = attachment.description or ""
        if (
            attachment.source == "own"
            and not attachment.people
            and _OWN_ADDRESS_SHOWN.search(description)
            and not _SOMEONE_ELSE_SHOWN.search(description)
        ):
            yield Hit(
                0,
                0,
                "The picture shows your home address: strangers can find your home.",
                "Crop or blur the address before posting.",
                field=f"attachment[{index}]",
            )
            return
    if (
        c.post.in_reply_to
        and _SECURITY_MEME.search(c.post.in_reply_to)
        and not _MEME_WARNED.search(c.post.text)
    ):
        yield whole_post(
            "The reply answers a meme that collects the answers to common security questions "
            "(a first pet, a mother's maiden name, the street you grew up on).",
            "Do not answer these games: the answers unlock bank and email accounts.",
        )
        return
    hit = c.first("exposure")
    if hit is not None and culprits_routine(c, hit[0]):
        hit = None  # somebody else's habit, not the poster's
    if hit is not None and keys_not_left(c, hit[0]):
        hit = None  # a hiding place forbidden, not told
    if hit is not None and routine_advised_against(c, hit[0]):
        hit = None  # round 42: a tip against a fixed routine, not the poster's own
    if hit is not None and open_invitation(c):
        hit = None  # round 21d: a public event's time, not the poster's routine
    hit = hit or own_exposure(c)
    if hit:
        yield Hit(
            hit[0],
            hit[1],
            f"'{hit[2]}' tells strangers when you are away, alone, or where to find you.",
            "Leave out when you are away or alone and where you will be; post afterwards.",
            evidence="absence or routine",
        )
