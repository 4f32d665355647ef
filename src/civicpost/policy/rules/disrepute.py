"""Section 6, clause 6.3: content that brings the council into disrepute, and council property
offered for private gain (also clause 6.10)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..detectors.lexicon import compile_word_starts
from ..text import normalise
from .base import Checking, Hit, rule
from .signals import group_hostility, insults
from .structures import (
    community_hostility,
    covert_offence,
    duty_neglect,
    idle_on_duty,
    insider_derision,
    insider_tease,
    kept_found,
    office_leverage,
    piracy_link,
    resource_misuse,
    scare_quoted_misdeed,
)
from .structures.exposure import keys_not_left
from .structures.offences import driving_footage
from .structures.replies import shown_up

_TRADE = compile_word_starts(
    r"\b(?:get|getting|got|buy|buying|bought|sell|selling|sold|cash|quid|price|going for|collect|"
    r"pick up|shift|offload|want|spare)\b|\bgoing(?! to\b| on\b| out\b| up\b| down\b)|£"
)


# Round 20: an amnesty, not a sale: "can whoever borrowed the tea urn please fetch it back 😂
# no questions asked".
_AMNESTY = re.compile(
    r"\b(?:fetch|bring|put|hand|drop|give|send)(?:s|ing)? (?:it|them|the \w+(?: \w+)?) back\b|"
    r"\breturn(?:ed|ing)? (?:it|them|the \w+)\b"
)


def council_property_for_sale(c: Checking) -> tuple[int, int, str] | None:
    """Council property offered for private gain (clauses 6.3 and 6.10): an explicit misuse cue
    ("the council won't miss them", "no questions asked"), or, on a personal account, a price or
    hire cue ("twenty quid for the day", "a tenner each") with council property ("the council's
    strimmer", "spare in the yard"). The council's own page may advertise hire at a price."""
    hit = c.first("misuse")
    if hit and hit[2].lower() == "no questions asked":
        # Alone, it is also said of a free offer ("free tea and toast, no questions asked"): it
        # needs a trade in the sentence ("where can I get ...", a price) and no "free".
        sentence = c.light_sentence(hit[0])
        if (
            re.search(r"\bfree\b", sentence)
            or not _TRADE.search(sentence)
            or _AMNESTY.search(c.text.light.text)
        ):
            hit = None
    if hit:
        return hit
    if c.official:
        return None
    sale = c.first("sale_cues")
    if sale and c.has("council_property"):
        return sale
    return None


@rule(
    "disrepute",
    lexicons=(
        "profanity",
        "intoxication",
        "ridicule",
        "public_targets",
        "misuse",
        "sale_cues",
        "council_property",
        "mock_emoji",
        "offences",
        "council_trading",
        "council_disparagement",
    ),
)
def disrepute(c: Checking) -> Iterator[Hit]:
    """Content that would embarrass the council or bring it into disrepute.

    What it looks for:
        Swearing; trading on the council's name ("mention the parish council for 10% off");
        a councillor or officer running the council down ("couldn't organise a raffle in a
        bingo hall", "if you knew half of what goes on at that council"), deriding colleagues'
        competence ("some of our councillors couldn't read an agenda if you paid them", "if half
        of em could read", "taking minutes for people who can't read an agenda"), or
        calling a meeting or the council a shambles, a circus or a clown show ("tonight's
        meeting was an embarrassing shambles", "no wonder nobody respects parish councils");
        a councillor or officer joking about council money or equipment put to their own ends
        ("where does the precept go? my new patio 😂", "the council van's handy for a tip run
        with me own rubbish, perks of the job", "doughnuts in the council mower"); owning up
        to neglecting the office ("I've stopped reading the agendas, I just vote with whoever's
        next to me", "half of us only turn up for the biscuits") or to idling on paid time
        ("'inspecting' the rec with a brew ... and they pay me for this"); hinting at
        wrongdoing in the council's money ("wait till you see the accounts 👀", "funny how the
        contract always lands with ..."); a misdeed joked about in scare quotes ("awkward
        emails have a habit of getting 'lost' 😂"); keeping money one found; owning up to an
        offence ("five pints and drove home") or advising one ("just leave it there after dark,
        nobody checks", "cash in hand, no invoice", "the rates people never check");
        drunkenness (in the text or the picture's description); the poster's own picture of a
        meeting slept through or of council kit driven for fun ("doughnuts on the council's
        ride-on mower"); mocking
        members of the public (unprompted ridicule of a resident, a caller or a group of
        residents: "had a good laugh at the bloke who ...", "someone rang to ask ... you
        couldn't make it up 🙄", or an insult in an open letter: "To the muppet who ...");
        a councillor or officer mocking the council's own meetings ("parish council meetings
        are the most boring 2 hrs of my life", "dozed off in committee again"); telling
        everyone where the keys to council property are hidden ("the Reading Room keys are
        under the pot by my back door", not "please don't leave the gate keys under the mat");
        offering or hiring out council property for private gain on a personal account ("the
        council's strimmer, twenty quid for the day"); inflammatory remarks about a faith or a
        community, and a councillor or officer calling a faith's people names ("the happy-clappy
        lot", "God botherers").

    Why it matters:
        Clause 6.3: must not "bring the Parish Council into disrepute or cause embarrassment,
        including through content posted in a personal capacity".

    Example:
        "To the plonker who rings the office every week ..." by a council employee.

    Instead:
        Leave it unposted; answer concerns politely, or not at all.

    Known limits:
        Judgement-heavy: it flags the clearest cases. Heated replies are judged under 6.9 and G.2;
        plain insults (without ridicule) under 6.9. The council's own page may advertise hire.
        Criticism of another body ("the borough's roadworks are a shambles") is not running the
        council down; "no questions asked" of a free offer is not a sale. A resident named with
        only an eye-roll or a laugh ("X's skip is STILL on the pavement 🙄") is a grievance or
        banter, not ridicule; the author describing themselves ("I'll be the one with the
        wonky lantern 😂") is no member of the public, nor are "some people on this council" or
        "whoever's in charge"; "smashed it" is a triumph, not drink. An offence told of
        someone else ("a certain vice-chair drove home after six pints") is an allegation (6.10,
        6.9). A member of the public thanked ("thanks to the lady who gave me an earful 😂"), or
        a laugh in another sentence than the person, is no mockery.
    """
    for hit, message in (
        (c.first("profanity"), "Swearing in a post reflects on the council."),
        (
            council_property_for_sale(c),
            "This suggests council property being used or sold for private gain."
            if c.has("council_property")
            else "This suggests goods changing hands on the quiet.",
        ),
    ):
        if hit:
            yield Hit(hit[0], hit[1], f"{message} ('{hit[2]}')", "Remove it before posting.")
            return
    hit = c.first("council_trading") or office_leverage(c)
    if hit:
        yield Hit(
            hit[0],
            hit[1],
            "Trading on the council's name for a private discount embarrasses the council.",
            "Do not offer or advertise deals in the council's name.",
        )
        return
    author = c.author
    if author is not None and author.is_colleague:
        # round 21d: another body run down is not the council ("Westminster couldn't organise a
        # brew in a tea shop"); every hit is looked at, not only the first
        hit = next(
            (
                h
                for h in c.find("council_disparagement")
                if not _OUTSIDE_BODY.search(c.post.text[max(0, h[0] - 40) : h[0]])
            ),
            None,
        )
        hit = hit or insider_derision(c)
        if hit:
            yield Hit(
                hit[0],
                hit[1],
                "A councillor or officer running down the council in public brings it into "
                "disrepute.",
                "Raise concerns about how the council works with the Clerk or the Chair.",
            )
            return
    for found, message, suggestion in (
        (
            resource_misuse(c),
            "Joking about putting council money or equipment to private use embarrasses the "
            "council.",
            "Do not post it; council resources are for council business only.",
        ),
        (
            duty_neglect(c) or idle_on_duty(c),
            "Admitting to neglecting the duties of the office brings the council into disrepute.",
            "Do not post it.",
        ),
        (
            insider_tease(c),
            "An insider hinting at wrongdoing in the council's affairs brings it into disrepute.",
            "Raise concerns with the Clerk, the Chair or the Monitoring Officer, not in public.",
        ),
        (
            scare_quoted_misdeed(c),
            "Joking about a misdeed by a councillor or officer embarrasses the council.",
            "Do not post it.",
        ),
        (
            careless_keys(c),
            "Telling everyone where the keys to council property are left is careless with the "
            "council's property and embarrasses the council.",
            "Do not post it; arrange hand-overs of keys through the Clerk.",
        ),
        (
            kept_found(c),
            "Owning up to keeping what one found brings the council into disrepute.",
            "Do not post it; hand found property to the police.",
        ),
    ):
        if found:
            yield Hit(found[0], found[1], message, suggestion)
            return
    hit = c.first("offences")
    if hit and _told_of_another(c, hit[0]):
        # "a certain vice-chair drove home after six pints": an accusation (6.10, 6.9), not
        # owning up to an offence
        hit = None
    hit = hit or covert_offence(c) or piracy_link(c)
    if hit:
        yield Hit(
            hit[0],
            hit[1],
            "Owning up to or encouraging an offence in public brings the council into disrepute.",
            "Do not post it.",
        )
        return
    hit = c.first("intoxication")
    if hit:
        yield Hit(
            hit[0],
            hit[1],
            "Drinking or drunkenness linked to council life is embarrassing.",
            "Do not post it.",
        )
        return
    for index, attachment in enumerate(c.post.attachments):
        if c.first("intoxication", normalise(attachment.description)):
            yield Hit(
                0,
                0,
                "The picture shows drunkenness linked to council life.",
                "Do not post it.",
                field=f"attachment[{index}]",
            )
            return
    index = driving_footage(c)
    if index is not None:
        yield Hit(
            0,
            0,
            "Filming at the wheel of a moving vehicle, an offence, brings the council into "
            "disrepute.",
            "Do not post it.",
            field=f"attachment[{index}]",
        )
        return
    index = _shown_misconduct(c)
    if index is not None:
        yield Hit(
            0,
            0,
            "The picture shows council business or council property made a joke of.",
            "Do not post it.",
            field=f"attachment[{index}]",
        )
        return
    hostile = (
        group_hostility(c)
        or [h for h in [community_hostility(c)] if h]
        or [h for h in [_faith_people_derided(c)] if h]
    )
    if hostile:
        yield Hit(
            hostile[0][0],
            hostile[0][1],
            "An inflammatory remark about a faith or community brings the council into disrepute.",
            "Do not post it.",
        )
        return
    if c.post.in_reply_to:
        return
    # round 18: someone's own words pictured and laughed at (moved here from 6.9)
    laughed = shown_up(c)
    if laughed:
        yield Hit(
            laughed[0],
            laughed[1],
            "Someone's post or message pictured to be laughed at brings the council into "
            "disrepute.",
            "Do not share other people's words to mock them; answer the point, or leave it.",
        )
        return
    public = c.first("public_targets")
    if public is not None and (
        _SELF_DESCRIBED.search(c.light_sentence(public[0]))
        or _NOT_THE_PUBLIC.match(c.text.light.text[c.text.light.index_of(public[1]) :])
        or _OWN_PLACE.search(c.text.light.text[: c.text.light.index_of(public[0])][-60:])
    ):
        # "I'll be the one with the wonky lantern": the author, not the public; "some people
        # on this council", "whoever's in charge": colleagues or those in charge; "from mine
        # (the one with the yellow van outside)": the author's own house
        public = None
    words = c.first("ridicule") or _insulting_address(c, public)
    mocking = words or c.first("mock_emoji")
    if mocking is None:
        return
    if words is None and public is not None and _laugh_not_at(c, public, mocking):
        return
    if words is None and public is not None and _PLEASE.search(c.light_sentence(public[0])):
        # "whoever keeps swinging off the crossbar, give it a rest please 😂": a request with a
        # smile, not ridicule
        return
    residents = [
        m
        for m in c.mentions
        if any((p := c.ctx.person(pid)) is not None and not p.is_colleague for pid in m.person_ids)
    ]
    handle = re.search(r"(?<![\w.])@\w{3,}", c.post.text)
    screenshot = any(
        a.kind == "screenshot" and a.source == "third_party" for a in c.post.attachments
    )
    if words is None and not (public or handle or screenshot):
        # a resident named with only an eye-roll or a laugh ("Barry's skip is STILL on the
        # pavement 🙄", "his marrows are ridiculous this year 😂"): a grievance or banter, not
        # ridicule of the public
        return
    if public or residents or handle or screenshot:
        yield Hit(
            mocking[0],
            mocking[1],
            "Mocking members of the public embarrasses the council.",
            "Do not post it; reply politely or not at all.",
        )


# Another body run down, not the council: "Westminster couldn't organise a brew in a tea shop".
_OUTSIDE_BODY = re.compile(
    r"\b(?:westminster|whitehall|the government|ministers|the tories|the lib dems|"
    r"rotherham(?: council)?|the borough|sheffield|the combined authority|the mayor|the nhs|"
    r"the home office|the treasury|number 10|downing street)\b[^.!?]{0,40}$",
    re.IGNORECASE,
)
# A faith's people called names ("the happy-clappy lot", "bloody God botherers", "Bible
# bashers"), not faith itself derided ("religion's a con"), which is 6.9 alone.
_FAITH_PEOPLE_DERIDED = re.compile(
    r"\bhappy[- ]clappy\b|\bbible[- ]?(?:bashers?|thumpers?)\b|\bgod[- ]?botherers?\b"
)


def _faith_people_derided(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.3 (round 17): a councillor or officer calling a faith's people names in their own
    post, an inflammatory remark about a community as dev.jsonl reads it (dev-0069, dev-0076)."""
    author = c.author
    if c.post.in_reply_to or author is None or not author.is_colleague:
        return None
    m = _FAITH_PEOPLE_DERIDED.search(c.text.light.text)
    return c.light_hit(m) if m else None


# Keys to council property ("the Reading Room keys", "the key for the pavilion") and where
# they are hidden ("under the pot by my back door", "in the meter box").
_COUNCIL_KEYS = re.compile(
    r"\b(?:(?:council|parish|hall|village hall|reading room|pavilion|office|loos?|toilets?|"
    r"allotments?|allotment gate|rec|gates?|changing rooms?|store|shed|depot|cabin|sports hall|"
    r"community centre|welfare)(?:'s)? (?:spare )?keys?|"
    r"keys? (?:to|for) the (?:hall|village hall|reading room|pavilion|office|loos|toilets|"
    r"allotments?|rec|gates?|changing rooms|store|shed|depot|cabin|community centre|welfare|"
    r"council \w+))\b"
)
_KEYS_HIDDEN = re.compile(
    r"\b(?:under (?:the|a|my) (?:mat|doormat|door mat|pot|plant ?pot|flower ?pot|stone|brick|"
    r"bin|gnome|step|planter)|(?:in|behind) (?:the|my) (?:meter box|letter ?box|drainpipe|"
    r"gutter|hanging basket)|key ?safe (?:code )?(?:is |= ?)?\d{3,}|left (?:it|them) in the door)\b"
)


def careless_keys(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.3: telling the public where the keys to council property are left ("if anyone
    needs the Reading Room keys, the spares are under the pot by my back door"). Keys handed to
    the Clerk, or a private house key, are not this."""
    light = c.text.light.text
    if "key" not in light:
        return None
    m = _COUNCIL_KEYS.search(light)
    if m is None or (hidden := _KEYS_HIDDEN.search(light)) is None:
        return None
    if keys_not_left(c, c.light_hit(hidden)[0]):
        return None  # "please don't leave the gate keys under the mat any more"
    return c.light_hit(m)


# The author describing themselves ("I'll be the one with the wonky lantern", "I'm the one in
# the Blades coat"): the person described is no member of the public.
# A "some people" or "whoever" that is not the public: colleagues ("on this council") or
# those in charge ("whoever's in charge", "whoever runs it").
_NOT_THE_PUBLIC = re.compile(
    r"\W*(?:(?:on|in) (?:this|the|our) (?:parish )?(?:council|committee)|(?:'s|is) (?:in charge|"
    r"responsible|running)|runs? (?:it|this|the)|(?:'s|is) (?:the )?(?:boss|manager|minister)|"
    # every voter, addressed ("whoever you vote for, get out and vote"): no one singled out
    r"(?:you|u) (?:vote|voted|back|backed|support|supported)\b|"
    # whichever candidate wins an election ("whoever wins, the bowls club will want a word")
    r"wins\b|(?:gets|get) (?:in|elected)\b|"
    # round 22c: whichever firm gets a contract ("whoever gets it, if they could stop ...")
    r"(?:gets|get|wins) (?:it|the contract|the job|the work)\b)"
)
# The author's own house just before it: "from mine on Station Rd (the one with ...".
_OWN_PLACE = re.compile(
    r"\b(?:mine|ours|my (?:house|place|gaff)|our (?:house|place))\b[^.!?]{0,30}\(?\s*$"
)
_SELF_DESCRIBED = re.compile(
    r"\b(?:i'?m|i am|i'?ll be|i will be|look for me,?|that'?s me,?) the (?:one|bloke|fella|lass|"
    r"woman|man|lady|guy|lad) (?:with|in|on|at|wearing|holding)\b"
)


def _insulting_address(
    c: Checking, public: tuple[int, int, str] | None
) -> tuple[int, int, str] | None:
    """An unnamed member of the public addressed by an insult ("To the gobshite who keeps ...",
    "To the muppet who parked ..."): ridicule of the public in the shape of an open letter."""
    if public is None or not public[2].lower().lstrip().startswith("to the"):
        return None
    start, end = c.sentence_of(public[0])
    if not c.post.text[:start].strip():
        end = len(c.post.text)  # the whole post is the open letter: its insult may come later
    return next((h for h in insults(c) if start <= h[0] < end), None)


# The one who offended named in the third person ("a certain vice-chair drove home ...", "he
# drove back after five pints"), with no "I" or "we" in the sentence: the post accuses someone.
_THIRD_PERSON = re.compile(
    r"\b(?:he|she|his|her|him|they|a certain|someone|somebody|cllr|councillor|(?:vice-?)?chair"
    r"(?:man|woman)?|clerk|the \w+ lad|your (?:mate|pal|candidate|councillor))\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|we|we're|us|our)\b")


def _told_of_another(c: Checking, start: int) -> bool:
    """Clause 6.3 asks whether the poster owns up to an offence; told of someone else, the post
    is an allegation, judged under 6.10 and 6.9."""
    sentence = c.light_sentence(start)
    return bool(_THIRD_PERSON.search(sentence)) and not _FIRST_PERSON.search(sentence)


# A request to a member of the public ("whoever keeps swinging off the crossbar, give it a rest
# please 😂"): asked with a smile, not ridicule (round 20).
_PLEASE = re.compile(r"\bplease\b|\bplz\b|\bpls\b")
# Thanks given to a member of the public ("thanks to the lady who gave me a biscuit"): a laugh
# shared with them, not at them.
# Thanks given ("cheers", "shout out"), and given to the person just named ("thanks to whoever
# ..."; "credit" only there: "credit to whoever")
_THANK_WORDS = r"thanks?|thank you|cheers|shout ?-?out|hats off|big up|well done"
_THANKS = re.compile(rf"\b(?:{_THANK_WORDS})\b")
_TO_BEFORE = re.compile(r"\bto\W*$")
_THANKS_BEFORE = re.compile(rf"\b(?:{_THANK_WORDS}|credit)\b(?: (?:so much|again|also))? to\W*$")


def _laugh_not_at(c: Checking, public: tuple[int, int, str], emoji: tuple[int, int, str]) -> bool:
    """Only an emoji and no mocking words: the laugh is not at the member of the public when they
    are thanked, or when the emoji sits in another sentence ("Whoever keeps ringing at midnight:
    I've had enough. ... not after 9 please 😂")."""
    light = c.text.light
    before = light.text[: light.index_of(public[0])][-40:]
    if _THANKS_BEFORE.search(before):
        return True
    s = c.sentence_of(public[0])[0]
    if _TO_BEFORE.search(before) and _THANKS.search(c.post.text[s : public[0]].lower()):
        return True  # round 21d: "Cheers to all that bought a jar, and to whoever paid ..."
    return c.sentence_of(public[0]) != c.sentence_of(emoji[0])


# A picture of a meeting slept through ("Cllr Hollis asleep in her chair at the council table")
# or of council kit played with ("doing doughnuts in the council's ride-on mower").
_ASLEEP_AT_COUNCIL = re.compile(
    r"\b(?:asleep|dozing|snoozing|sleeping|nodding off|nodded off|dozed off|snoring)\b[^.;]{0,60}"
    r"\b(?:council table|council meeting|the meeting|meeting|chamber|committee|full council|"
    r"agenda|papers)\b"
)
# The sleeper is a pet, not a colleague.
_PET = re.compile(
    r"\b(?:puppy|pup|dog|cat|kitten|spaniel|labrador|terrier|collie|retriever|poodle|whippet|"
    r"lurcher|greyhound|dachshund|hamster|rabbit|bunny|tortoise|parrot|budgie)s?\b"
)
# Round 18: a colleague pictured asleep anywhere ("Terry Wragg asleep with his mouth open in a
# pew"), and a row at a meeting pictured ("Wragg and Dawson on their feet shouting across the
# table during the precept debate", "a resident shouting and jabbing his finger during public
# participation").
_ASLEEP = re.compile(r"\b(?:asleep|dozing|snoozing|nodding off|nodded off|dozed off|snoring)\b")
_ROW_AT_COUNCIL = re.compile(
    r"\b(?:shouting|screaming|yelling|swearing|jabbing)\b[^.;]{0,80}\b(?:council meeting|full "
    r"council|public participation|the chamber|committee|precept debate|across the table|"
    r"at councillors)\b"
)
_KIT_PLAYED_WITH = re.compile(
    # round 18: or the council's pitch or green churned up ("doing doughnuts on a quad bike on the
    # recreation ground pitch", "skidding a council ride-on mower across the rec's football pitch")
    r"\b(?:doughnuts|donuts|wheelies|skidding|spinning)\b[^.;]{0,60}\b(?:pitch|rec|recreation "
    r"ground|playing fields?|bowling green|cricket square)\b|"
    r"\b(?:doughnuts|donuts|wheelies|handbrake turns?|skids?|racing|joyriding|drag rac\w*|"
    r"stunts?)\b[^.;]{0,60}\b(?:council(?:'s)? (?:\w+ )?(?:mower|van|tractor|truck|vehicle|"
    r"gritter|buggy|quad)|ride-?on mower|council's \w+)\b|\b(?:council(?:'s)? (?:\w+ )?(?:mower|"
    r"van|tractor|truck|vehicle|gritter|buggy|quad)|ride-?on mower)\b[^.;]{0,60}\b(?:doughnuts|"
    r"donuts|wheelies|handbrake turns?|skids|racing|joyriding|stunts?)\b"
)


def _shown_misconduct(c: Checking) -> int | None:
    """Clause 6.3: a councillor or officer posting their own picture of a meeting slept through,
    a colleague asleep anywhere, a row at a meeting, or council equipment driven for fun: the
    index of that attachment."""
    author = c.author
    if author is None or not author.is_colleague:
        return None
    for index, attachment in enumerate(c.post.attachments):
        if attachment.source == "third_party":
            continue
        description = attachment.description.lower()
        asleep = _ASLEEP_AT_COUNCIL.search(description)
        if asleep and _PET.search(description, max(0, asleep.start() - 40), asleep.start()):
            asleep = None  # round 22: "a spaniel puppy asleep on a pile of papers"
        if asleep or _KIT_PLAYED_WITH.search(description):
            return index
        if _ROW_AT_COUNCIL.search(description):
            return index
        if _ASLEEP.search(description) and any(
            (p := c.ctx.person(pid)) is not None and p.is_colleague
            for name in attachment.people
            for pid in c.people.match_name(name)
        ):
            return index
    return None
