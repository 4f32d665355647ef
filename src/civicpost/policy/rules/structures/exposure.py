"""Clause 5.1: the poster's own whereabouts, routine, home and family, and the poster's own
children in a picture (with 6.7).
"""

from __future__ import annotations

import re

from ...detectors.lexicon import compile_word_starts
from ..base import Checking, once_per_post
from ._common import _light

# ---- 5.1: the poster's own whereabouts, routine, home and family ------------------------------

_FIRST = re.compile(r"\b(?:i|i'm|im|i'll|i've|me|my|our|ours|mine|we|we're|us)\b")
# Somebody else's habit ("whoever's been letting their dog ... every morning ... 7am"): a culprit
# or a third party owns the routine, not the poster.
_OTHERS_HABIT = re.compile(
    r"\b(?:whoever|someone|somebody|some idiot|the (?:bloke|lad|lads|woman|man|driver|owner)s?)\b|"
    r"\btheir (?:dog|car|van|kids?)\b"
)
# An open invitation to a public event ("new locals very welcome, Rother Valley, 9am every
# Saturday") with nobody's own habit in it: the event's time, not the poster's routine
_OPEN_INVITE = re.compile(
    r"\b(?:(?:all|very|more than|always|everyone|everybody|newcomers|beginners|dogs|kids|"
    r"children|families|anyone)\s+(?:are\s+)?welcome|come along|join us|open to all|no booking)\b"
)
_FIRST_SINGULAR = re.compile(r"\b(?:i|i'm|i've|i'll|me|my|mine)\b")
_CULPRIT = re.compile(r"\bwhoever\b|\btheir (?:dog|car|van|kids?)\b")


# The hiding place forbidden, not told: "don't leave the keys under the mat", "no more keys
# under the mat", "stop leaving them in the meter box".
_KEYS_NOT_LEFT = re.compile(
    r"\b(?:don'?t|do not|never|please don'?t|no more|stop|no longer)\b(?: \w+){0,2} "
    r"(?:leave|leaving|put|putting|hide|hiding|keep|keeping|keys?)\b|\bnot to (?:leave|put|hide)\b"
)


# Round 42: a routine advised against, not told ("don't do the same walk at the same time every
# day", "vary your route").
_ROUTINE_ADVISED_AGAINST = re.compile(
    r"\b(?:don'?t|do not|never|avoid|try not to)\b(?: \w+){0,2} (?:do|doing|take|taking|walk|"
    r"walking|go|going|run|running|use|using|follow|following)\b[^.!?]{0,20}\bsame\b|"
    r"\bvary (?:your|the) (?:route|routine|walks?|times?)\b"
)


def routine_advised_against(c: Checking, start: int) -> bool:
    """The sentence at ``start`` advises against a fixed routine rather than telling one (clause
    5.1): crime-prevention tips are not the poster's habits."""
    return bool(_ROUTINE_ADVISED_AGAINST.search(c.light_sentence(start)))


def keys_not_left(c: Checking, start: int) -> bool:
    """The sentence at ``start`` forbids a hiding place for keys rather than telling it (clauses
    5.1 and 6.3): "please don't leave the gate keys under the mat any more"."""
    return bool(_KEYS_NOT_LEFT.search(c.light_sentence(start)))


def culprits_routine(c: Checking, start: int) -> bool:
    """The routine at ``start`` is an unknown culprit's ("whoever lets their dog foul ... every
    morning at 7am"), not the poster's."""
    return bool(_CULPRIT.search(c.light_sentence(start)))


# The poster's house number given as where to find them ("I'm at no. 41, knock on"), with a
# street named in the post.
_OWN_NUMBER = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|i live|we live|find me|find us|knock|come round|pop round) "
    r"(?:at|on|to) (?:no\.?|number) ?\d{1,3}\b"
)
_FAMILY = re.compile(
    r"\b(?:my|our)(?: little| eldest| youngest| two| three)? (?:kids?|son|daughter|lad|lass|boy|"
    r"girl|child|children|little ones?|youngest|eldest|grandson|granddaughter)\b|\bkids'? school\b|"
    r"\bschool run\b|\bour [A-Z]?[a-z]+ (?:is|was|starts|started)\b|\b[Oo]ur [A-Z][a-z]+'s\b|"
    r"\b(?:drop|drops|dropping|drop off|take|taking|pick up|picking up|collect|collecting|fetch) "
    r"(?:off )?(?:our|my) [A-Z][a-z]+\b"
)
# A named school: capitalised words ending in a school word, or "Year 3 at <Name>".
SCHOOL = re.compile(
    r"\b(?:[A-Z][\w']+ ){1,3}(?:Primary|Juniors?|Infants?|Academy|School|C of E|CofE|Nursery|"
    r"High|Comprehensive)\b|\b(?:Year|Yr) \d+ at [A-Z]"
)
# A street: a capitalised name and a street word ("Bluebell Close", "Wood View").
STREET = re.compile(
    # round 21d: not a box of chocolates or a soap ("who's had all the Quality Street")
    r"\b(?!(?:Quality|Coronation|Sesame|Wall|Fleet|Downing|Civvy|Easy) Street\b)"
    r"[A-Z][a-z]+ (?:Close|Road|Rd|Lane|Avenue|Ave|Street|St|Drive|Crescent|Way|View|Grove|"
    r"Court|Gardens|Terrace|Walk|Place|Rise|Mews)\b"
)
# Round 18: "we're in talks about the Mill Lane paddock", "we're in a scrap with the firm" are no
# one at home.
_AT_HOME = compile_word_starts(
    # round 21d: "we're", not "were" ("while we were in the meeting")
    r"\b(?:i'?m|i am|i'?ll be|we're|we are|we'?ll be) (?:home|in(?! (?:talks|negotiations|"
    r"discussions|"
    r"a (?:scrap|dispute|row|fight|battle)|the middle|touch|charge|favour|luck|with)\b)|at home|"
    r"on my own|alone|in all day|home all day|in on my own)\b|\bthe one with the\b|"
    r"\bmy (?:house|front door|drive)\b|"
    r"\b(?:outside|at|round|near|opposite|in front of|from|back to|down to) (?:mine|ours)\b"
)
# Living alone, or a house door left unlocked: tells strangers the poster is easy to reach.
_ALONE = re.compile(
    r"\b(?:i|i've|i have)? ?(?:been|live|living|lived|am|'m) "
    r"(?:on my own|alone|by myself|on me own) (?:since|now|these days|for)\b|"
    r"\bi live (?:alone|on my own|by myself)\b"
)
_UNLOCKED = compile_word_starts(
    r"\b(?:back|front|side|kitchen|my|our) door(?:'s| is| stays| gets)? (?:never|hardly ever|"
    r"rarely|not) locked\b|\b(?:back|front|side|kitchen|my|our) door(?:'s| is)? "
    r"(?:always |usually |often )?(?:unlocked|on the latch)\b|"
    r"\b(?:i|we) (?:never|don't|do not|rarely|never ever) lock (?:the|my|our|up)\b|"
    r"\b(?:spare )?key(?:'s| is| lives)? (?:in|under|behind) the (?:\w+ )?"
    r"(?:plant ?pot|flower ?pot|pot|mat|doormat|meter box|wheelie bin|stone|gnome)\b"
)
# Habits of the week: "most days", "weekdays", "every morning".
_MOST = re.compile(r"\bmost (?:days|mornings|evenings|nights|weekdays)\b|\bweekdays\b")
# The poster's own children in a picture, by the poster's name ("Gill's two children").
_CHILD_WORDS = (
    r"(?:two |three |four |)(?:children|kids|son|sons|daughter|daughters|boys?|girls?|"
    r"grandchildren|grandkids|grandsons?|granddaughters?|little ones?|twins)"
)


_CHILD_AGES = (  # round 23: "the author's toddler son"
    r"(?:(?:own|young|little|baby|toddler|newborn|infant|eldest|youngest|oldest|middle|teenage|"
    r"grown-up) )"
)


def own_children_pictured(c: Checking, description: str) -> bool:
    """Clauses 6.7 and 5.1: the attachment's description says the children are the poster's
    own, by the poster's name ("Gill's two children", "Harpreet Gill's daughter") or as "the
    author's three children"."""
    author = c.author
    if author is None or not description:
        return False
    names = {author.name, author.surname, *author.aliases, "the author", "the poster"} - {""}
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if len(n) > 2)
    if not body:
        return False
    # round 21d: with a word or two between ("the author's young daughter")
    # round 22b: a count before the age ("the author's two young children")
    kin = rf"['\u2019]s? (?:own )?(?:(?:two|three|four) )?{_CHILD_AGES}{{0,2}}{_CHILD_WORDS}\b"
    return bool(re.search(rf"\b(?:{body}){kin}", description, re.IGNORECASE))


_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d{2})\s?(?:am|pm)?\b|\b\d{1,2}\s?(?:am|pm)\b")
_HABIT = re.compile(
    r"\b(?:every|each) (?:weekday|morning|afternoon|lunchtime|evening|night|day|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs?|fri|sat|sun)\b|"
    r"\bsame as (?:every|always)\b|"
    r"\bdaily\b|\bas usual\b|\bsame (?:time|place) every\b"
)
_ROUTE = compile_word_starts(
    r"\b(?:path|route|loop|lane|track|park|canal|towpath|footpath|trail|gym|leisure centre|"
    r"pool|parkrun|lake)\b|"
    r"\b(?:walk|walking|take|taking) the dogs?\b|\bdog walk\b|\bmy (?:walk|run|jog|ride)\b"
)
_BIRTHDAY = re.compile(
    r"\bhappy \d+(?:st|nd|rd|th)? to me\b|\bmy birthday\b|\bborn (?:on|at|in)\b|"
    # an age reached today ("Sixty today", "40 today", "turned 50 on Sunday")
    r"\b(?:\d{2}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)? today\b|"
    r"\bturn(?:ed|ing)? \d{2}\b"
)
_FULL_DATE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)[a-z]* (?:19|20)\d{2}\b"
)
# The school gate at a time: where the poster (and their children) will be ("I'll be at the gate
# at 3.15", "drop-off 8.40", "out the back gate at 3.15 and down the ginnel to ours").
_SCHOOL_RUN = re.compile(
    r"\bgates?\b|\bdrop-?offs?\b|\bdropping (?:off|them)\b|\bpick-?ups?\b|\bpicking (?:up|them)\b|"
    r"\bschool run\b|\bhome time\b|\bwalk (?:themselves )?home\b"
)
# A new home announced with where it is ("got the keys ... Number 12", "officially ours").
_NEW_HOME = re.compile(
    r"\bgot the keys\b|\bkeys (?:collected|in hand)\b|\bour new (?:place|house|home|gaff)\b|"
    r"\bmoved in\b|\bhousewarming\b|\bofficially ours\b|\bnew front door\b"
)
_HOUSE_NUMBER = re.compile(
    r"\b(?:number|no\.?) ?\d{1,3}\b|\b\d{1,3} [a-z]+ (?:close|road|lane|avenue|street|drive|"
    r"crescent|way|view|grove|court|gardens|terrace|walk|place|rise|mews)\b"
)
# Where to find the poster every week ("find me at the Tigers on Saturday mornings").
_FIND_ME = re.compile(
    r"\b(?:find|catch|see|grab) me (?:at|in|down|up) [^.!?]{1,40}?\b(?:on|every) "
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?(?: mornings?| afternoons?|"
    r" evenings?| nights?)?\b"
)
_PUBLIC_VENUE = re.compile(r"\bsurgery\b|\blibrary\b|\boffice\b|\bmeeting\b|\bcouncil\b")
PLATE = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b")
# The poster's own vehicle beside its plate ("I'm the silver Astra, YK64 RFZ", "my van, YX19 KRM"),
# not a plate reported ("I know the van, YX19 KRM").
_OWN_VEHICLE = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+){0,2}(?:car|van|motor|truck|pick-?up|motorbike|transit|astra|"
    r"corsa|fiesta|golf|focus|polo|micra|landie|land rover)\b|\bi'?m (?:in )?the\b|\bi am the\b|"
    r"\bmine'?s the\b"
)


def _named_others_habit(c: Checking, start: int) -> bool:
    """The time's sentence is about someone else named in the registers, with no first-person
    word ("Eileen Harrop was there at 8am with her trowel as usual"): their habit, not the
    poster's."""
    s, e = c.sentence_of(start)
    if _FIRST.search(c.light_range(s, e)):
        return False
    return any(s <= m.start < e and c.post.author not in m.person_ids for m in c.mentions)


@once_per_post  # asked by the 5.1 rule and by 6.5's own-address check
def open_invitation(c: Checking) -> bool:
    """An open invitation to a public event with nobody's own habit in it ("Walk and Talk meets
    every Sunday at 10am ... No booking, dogs welcome"): the event's time (clause 5.1)."""
    light = _light(c)
    return bool(_OPEN_INVITE.search(light)) and not _FIRST_SINGULAR.search(light)


# A span of hours ("9am to 4pm", "10-2"): a place's opening hours.
_HOURS_RANGE = re.compile(r"\s*(?:to|till|until|-|\u2013)\s*\d")


def _opening_hours(c: Checking, light: str, time: re.Match) -> bool:
    """Round 22b: the time opens a span of hours in a sentence with nobody in the first person
    ("the loos reopen on weekdays ... Weekends are 9am to 4pm"): a place's hours, not the
    poster's routine (clause 5.1)."""
    if not _HOURS_RANGE.match(light, time.end()):
        return False
    return not _FIRST.search(c.light_sentence(c.text.light.span(time.start(), time.end())[0]))


def own_exposure(c: Checking) -> tuple[int, int, str] | None:
    """Clause 5.1: the poster makes themselves findable. Structures: a family reference ("drop
    our Ethan at", or a picture the description calls the poster's own children) with a named
    school (where the poster's children are each day); being at home ("outside mine") with a
    street name or a description of the house; living alone or a house door left unlocked; a
    time of day with a habit ("every morning", "most days") and a route or street, or the
    family's school (a fixed routine); a birthday with a full date of birth; the poster's own
    vehicle with its number plate."""
    text, light = c.post.text, _light(c)
    family = _FAMILY.search(text) or _FAMILY.search(light)
    if family or any(
        a.minors and own_children_pictured(c, a.description) for a in c.post.attachments
    ):
        m = SCHOOL.search(text)
        if m:
            return m.start(), m.end(), m.group(0)
    street = STREET.search(text)
    home = street and _AT_HOME.search(light)  # searched only when it can matter (speed)
    if home and (_FIRST.search(light) or "mine" in light):
        return street.start(), street.end(), street.group(0)
    if _FIRST.search(light) and SCHOOL.search(text) and _SCHOOL_RUN.search(light):
        time = _TIME.search(light)
        if time:
            return c.light_hit(time)
    new_home = _NEW_HOME.search(light)
    if new_home and (street or _HOUSE_NUMBER.search(light)):
        m = _HOUSE_NUMBER.search(light) or new_home
        return c.light_hit(m)
    find = _FIND_ME.search(light)
    if find and not _PUBLIC_VENUE.search(find.group(0)):
        return c.light_hit(find)
    number = _OWN_NUMBER.search(light)
    if number and (street or STREET.search(c.post.in_reply_to or "")):
        return c.light_hit(number)
    # a door left unlocked counts when the poster speaks of their own (a public toilet's side
    # door "never locked" says nothing about anyone's house)
    alone = _ALONE.search(light) or (_FIRST.search(light) and _UNLOCKED.search(light))
    if alone:
        return c.light_hit(alone)
    time = _TIME.search(light)
    habit = time and (_HABIT.search(light) or _MOST.search(light))  # only with a time (speed)
    if (
        habit
        and (street or _ROUTE.search(light) or (family and SCHOOL.search(text)))
        and not _OTHERS_HABIT.search(
            c.light_sentence(c.text.light.span(time.start(), time.end())[0])
        )
        and not _named_others_habit(c, c.text.light.span(time.start(), time.end())[0])
        and not _opening_hours(c, light, time)
        and not open_invitation(c)
    ):
        return c.light_hit(time)
    plate = PLATE.search(text)
    if plate and _OWN_VEHICLE.search(c.light_sentence(plate.start())):
        return plate.start(), plate.end(), plate.group(0)
    birthday = _BIRTHDAY.search(light)
    if birthday and _FULL_DATE.search(light):
        m = _FULL_DATE.search(light)
        assert m is not None
        return c.light_hit(m)
    return None
