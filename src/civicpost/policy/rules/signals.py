"""Signals shared by several rules: who a remark is aimed at, and group hostility.

Kept in one place so that, for example, the insult that makes a personal attack (6.9) is judged
the same way when escalation (G.2) asks about it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..detectors.lexicon import compile_word_starts
from .base import Checking, once_per_post, once_per_sentence
from .structures import SINGLED_OUT, love_it_or_leave_it

SECOND_PERSON = re.compile(r"\b(?:you|your|you're|youre|you've|you'd|yours|yourself|ya|u)\b")
HANDLE = re.compile(r"(?<![\w.])@\w{2,}")


def person_target_in(c: Checking, start: int, end: int) -> bool:
    """Is a person (you, a named person, a handle, a group of people) addressed in [start, end)?"""
    chunk = c.light_range(start, end)
    if SECOND_PERSON.search(chunk) or HANDLE.search(c.post.text[start:end]):
        return True
    if any(start <= m.start < end and c.post.author not in m.person_ids for m in c.mentions):
        return True
    return any(start <= s < end for s, _, _ in c.find("people_nouns"))


def aimed_at_people(c: Checking, offset: int) -> bool:
    """Is the remark at ``offset`` aimed at people rather than at a policy or an institution?

    Criticism of a government, a council or a party's record is protected political speech; an
    insult aimed at a person or at a group of people is not.
    """
    return once_per_sentence(c, "_aimed_at_people", c.sentence_of(offset), _aimed_in)


def _aimed_in(c: Checking, s: int, e: int) -> bool:
    if person_target_in(c, s, e):
        return True
    if any(s <= h[0] < e for h in c.find("institutions")):
        return False
    if c.post.in_reply_to is not None:
        return True
    return _person_in_post(c)


@once_per_post  # the same question of the whole post for every hit
def _person_in_post(c: Checking) -> bool:
    return person_target_in(c, 0, len(c.post.text))


# An insult noun after a determiner names the people it is aimed at ("the clowns on the committee",
# "those idiots", "a bunch of muppets"): the word is its own target.
_DETERMINER = re.compile(
    r"(?:\b(?:the|those|these|them|you|ye|all|bunch of|pack of|load of|shower of|lot of|set of|"
    r"gang of|band of|absolute|utter|complete|total|proper|right)\s+(?:[a-z\-']+\s+)?)$"
)
_ADJECTIVES = frozenset(["pathetic", "corrupt", "crooked"])
_PERSON_AFTER = re.compile(
    r"\s+(?:little |old )?(?:man|woman|bloke|lad|lass|fella|creature|specimen|individual)\b"
)
_PERSON_NOUNS = frozenset(
    ["man", "woman", "bloke", "lad", "lass", "fella", "creature", "specimen", "individual"]
)


def _names_its_target(c: Checking, start: int, end: int, matched: str) -> bool:
    """Does the insult [start, end) name its own target? ``matched`` is its normalised text,
    which may be shorter than the original ("i d i o t"), so what follows is read from ``end``."""
    words = matched.lower().split()
    if not words:
        return False
    word = words[-1].strip(".,!?")
    if (len(words) > 1 and word in _PERSON_NOUNS) or _PERSON_AFTER.match(
        c.post.text[end : end + 20].lower()
    ):
        return True  # "that jumped-up woman", "a nasty little man": the insult is a person
    if word in _ADJECTIVES or not word.endswith("s"):
        return False
    before = (c.post.text[max(0, start - 40) : start] + " ".join(words[:-1])).lower()
    return bool(_DETERMINER.search(before.rstrip() + " "))


_COPULA = re.compile(r"^(?:is|are|'re|'s|was|were)\s.*?(\w+)\W*$", re.DOTALL)


def _on_the_word(c: Checking, hit: tuple[int, int, str]) -> tuple[int, int, str]:
    """A copular insult ("... was a clown") is marked on the insult word, not on the verb."""
    m = _COPULA.match(hit[2])
    if m is None:
        return hit
    view = c.text.full
    # the offsets are in order: the characters inside the hit are a run found by bisection
    first, last = view.index_of(hit[0]), view.index_of(hit[1])
    if first >= last:
        return hit
    word = re.search(r"(\w+)\W*$", view.text[first:last])
    if word is None:
        return hit
    start = view.offsets[first + word.start(1)]
    return start, hit[1], hit[2]


def insults(c: Checking) -> list[tuple[int, int, str]]:
    """Insults and dehumanising words aimed at people (clause 6.9). A one-word label said of a
    thing ("that's pathetic", "no, it's not racist") is not aimed at a person."""
    return [
        _on_the_word(c, h)
        for h in c.find("insults")
        if (
            aimed_at_people(c, h[0])
            or _names_its_target(c, h[0], h[1], h[2])
            or (h[2].lower() not in _ADJECTIVES and _first_name_pair(c, *c.sentence_of(h[0])))
            or (h[2].lower().rsplit(" ", 1)[-1] in _DEHUMANISING and _party_in_sentence(c, h[0]))
        )
        and not _OF_A_THING.search(c.post.text[max(0, h[0] - 14) : h[0]].lower())
        and not said_of_self(c, h[0])
        and not _unknown_culprits(c, h[0])
    ]


# A dehumanising word said of a party's people ("The Tories are scum", "Reform are vermin") is
# abuse of the people in it, not criticism of a record: dev.jsonl labels "the local Reform
# misogynists" 6.9. Milder words ("Labour are clowns on buses") stay political speech.
_DEHUMANISING = frozenset(
    ["scum", "scumbag", "scumbags", "vermin", "lowlife", "filth", "parasites"]
)


def _party_in_sentence(c: Checking, offset: int) -> bool:
    """A party named in the insult's sentence or just before it ("Labour, Tory, all the same.
    Scum, every last one of them.")."""
    s, e = c.sentence_of(offset)
    return any(min(s, offset - 60) <= h[0] < e for h in c.find("parties"))


# A party named as a candidate's description in a list of candidates or a result ("Anita RUSHBY
# (The Labour Party Candidate)", "(Labour Party) 412 - ELECTED"): the factual information about
# candidates the Publicity Code allows (para 34), not the council taking a side.
_BALLOT_LIST = re.compile(
    r"\b(?:candidates?|persons nominated|nominations?|notice of poll|elected|votes|declared|"
    r"returning officer|ballot papers?|result)\b",
    re.IGNORECASE,
)


def party_named(c: Checking) -> tuple[int, int, str] | None:
    """The first party named other than as a candidate's description on the ballot (clauses 6.2
    and G.3)."""
    text = c.post.text
    for h in c.find("parties"):
        before, after = text[max(0, h[0] - 30) : h[0]], text[h[1] : h[1] + 30]
        listed = (
            "(" in before
            and ")" not in before[before.rindex("(") :]
            and ")" in after
            and "(" not in after[: after.index(")")]
            and _BALLOT_LIST.search(text)
        )
        if not listed:
            return h
    return None


# Round 9, lane A: "some people are just animals" said of unknown culprits, in a post that
# addresses nobody ("We know, it's disgusting, some people are just animals" under a complaint
# about dog mess): the labelled sets do not count it as an attack. Said to the reader ("your
# neighbours are animals", "you filthy animals") it is one.
_SOME_PEOPLE_ARE = re.compile(
    r"\bsome (?:people|folk|folks)(?: round here| out there)?(?: (?:are|is|r)(?: just| simply| "
    r"such| absolute| total| complete)?)? $"
)


def _unknown_culprits(c: Checking, start: int) -> bool:
    before = c.post.text[max(0, start - 45) : start].lower().replace("\u2019", "'")
    if not _SOME_PEOPLE_ARE.search(before):
        return False
    return not _addresses_someone(c)


@once_per_post
def _addresses_someone(c: Checking) -> bool:
    return SECOND_PERSON.search(c.text.light.text) is not None


def _first_name_pair(c: Checking, s: int, e: int) -> bool:
    """A person named in full in [s, e): a capitalised first name ("Lee", "Sharon") before a
    capitalised surname ("Lee Cawthorne couldn't run a bath")."""
    starts = _first_name_pair_starts(c)
    i = bisect_left(starts, s)
    return i < len(starts) and starts[i] < e


@once_per_post  # found once per post, then looked up per sentence
def _first_name_pair_starts(c: Checking) -> list[int]:
    """Where a capitalised first name stands before a capitalised surname, in order."""
    text = c.post.text
    starts = []
    for h in c.find("first_names"):
        if text[h[0] : h[0] + 1].isupper():
            after = text[h[1] : h[1] + 20]
            if _SURNAME_NEXT.match(after) and after.split()[0] not in PLACE_WORDS:
                starts.append(h[0])
    starts.sort()
    return starts


_SURNAME_NEXT = re.compile(r" [A-Z][a-z]+")


_OF_A_THING = re.compile(
    r"\b(?:it'?s|it is|it was|that'?s|that is|call(?:ing|ed)? it)(?: not)?\s+$"
)


# Capitalised pairs that name places or bodies, not people ("the Reading Room", "Church Lane").
PLACE_WORDS = frozenset(
    (
        "Room", "Road", "Lane", "Street", "Hall", "Church", "Close", "Row", "Park", "Court",
        "Drive", "Avenue", "Crescent", "Way", "Place", "Council", "Welfare", "Centre", "Club",
        "School", "Primary", "Station", "Wood", "Farm", "Green", "Square", "Terrace", "Gardens",
        "Police", "Yorkshire", "Committee", "Group", "Association", "Library", "Office", "Surgery",
        "Chapel", "Mosque", "Gurdwara", "Memorial", "Ground", "Rec", "Recreation", "Valley", "Hill",
        "Bridge", "Market",
    )
)  # fmt: skip
_PAIR = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


def named_in(text: str) -> bool:
    """A capitalised name of a person or firm in ``text`` (places and bodies left out)."""
    return any(m.group(0).split()[-1] not in PLACE_WORDS for m in _PAIR.finditer(text))


@once_per_post
def named_in_post(c: Checking) -> bool:
    """``named_in`` of the whole post, answered once per post (asked once per hit)."""
    return named_in(c.post.text)


def accusations(c: Checking) -> list[tuple[int, int, str]]:
    """Accusations of crime or dishonesty aimed at someone identifiable (clauses 6.9, 6.10):
    "you", a name, a handle, a group of people, or "he"/"she" as the one charged ("everyone
    knows she's on the take")."""
    return list(_accusations(c))  # two rules ask: answered once, a copy each


@once_per_post
def _accusations(c: Checking) -> list[tuple[int, int, str]]:
    out = []
    for hit in c.find("accusations"):
        span = c.sentence_of(hit[0])
        if once_per_sentence(c, "_political", span, _political):
            continue
        s = span[0]
        before = c.post.text[max(s, hit[0] - 40) : hit[0]]
        named = (
            once_per_sentence(c, "_sentence_names", span, _sentence_names)
            or _HE_OR_SHE.search(before) is not None
        )
        if _DENIED.search(c.post.text[max(s, hit[0] - 16) : hit[0]].lower().replace("\u2019", "'")):
            continue
        if _JOKING_GUESS.search(c.post.text[max(s, hit[0] - 24) : hit[0]].lower()):
            continue
        if _CRIME_IN_GENERAL_BEFORE.search(c.post.text[max(s, hit[0] - 16) : hit[0]].lower()) or (
            _CRIME_IN_GENERAL_AFTER.match(c.post.text[hit[1] : hit[1] + 24].lower())
        ):
            continue
        if _ASK_A_BODY.search(c.post.text[max(s, hit[0] - 40) : hit[0]].lower()):
            continue  # "ask the Treasury where the money went": a question for a body
        if _PUBLISHED_ACCOUNT.search(c.post.text[max(s, hit[0] - 24) : hit[0]].lower()):
            continue  # round 21c: "if you want to see where the money goes": the accounts
        if _UNKNOWN_CULPRIT.search(c.post.text[s : hit[0]].lower()) and _POLICE_TOLD.search(
            c.post.text.lower()
        ):
            continue  # "somebody walked off with the charity jar ... reported to the police"
        window = c.post.text[max(s, hit[0] - 24) : hit[0]].lower()
        if (
            _UNKNOWN_THIEVES.match(hit[2].lower())
            and (_GOODS_BEFORE.search(window) or _THE_UNKNOWN.search(window))
            and not _CALLED.search(window)
        ):
            continue
        if (aimed_at_people(c, hit[0]) or named or c.mentions) and not said_of_self(c, hit[0]):
            out.append(hit)
    return out


# Round 10, lane A: a charge denied is not made: a negation just before it ("It isn't a
# stitch-up", "there were no backhanders").
_DENIED = re.compile(
    r"\b(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not|weren'?t|were not|never was|no)"
    r"\s+(?:a |an |any )?$"
)


# Round 17: a joking guess at how someone pulled off something good ("whatever she bribed us with,
# it worked 😂"): praise, not a charge.
_JOKING_GUESS = re.compile(r"\bwhatever (?:he|she|they|you|u) $")


# Round 19: a kind of crime warned about, not a charge against anyone: "courier fraud calls",
# "report it to Action Fraud", "dark nights are when the thieves are about".
_CRIME_IN_GENERAL_BEFORE = re.compile(
    r"\b(?:action|courier|bank|card|romance|phone|online|investment|pension|doorstep|ticket|"
    r"holiday|cyber|identity|rental|parcel|delivery) $|"
    # round 42: kept out of reach of them ("keeping your dog safe from thieves")
    r"\b(?:safe|secure|protected|away) from $"
)
# Round 20: unknown thieves named by what they take ("after the lead thieves came back", "the
# catalytic converter thieves"): a crime reported, nobody charged.
_UNKNOWN_THIEVES = re.compile(r"(?:thieves|robbers|burglars|scrotes)$")
_GOODS_BEFORE = re.compile(
    r"\b(?:lead|metal|copper|car|bike|cycle|converter|tool|van|sheep|dog|garden|shed|fuel|"
    r"diesel|oil|parcel|plant|scrap|cable|phone|number plate) $"
)
_ASK_A_BODY = re.compile(
    r"\bask (?:the |your |our )?(?:treasury|government|chancellor|borough|westminster|ministers?|"
    r"mp|home office|downing street)\b[^.!?]{0,6}$"
)
# The reader sent to the published figures ("if you want to see where the money goes").
_PUBLISHED_ACCOUNT = re.compile(
    r"\b(?:see|check|read|find out|shows?|explains?) (?:for yourself )?$|"
    # round 22c: the poster offers to explain ("if you want to know where the grant money went
    # this year, ask me")
    r"\bif (?:you|u|anyone) (?:want|wants|wanna) to know $|"
    # round 41: the published breakdown itself ("The breakdown of where the money goes is on the
    # council website")
    r"\b(?:breakdown|details|figures|accounts|summary) (?:of|on|for) $"
)
# Round 20: a crime by someone unknown, reported to the police ("Somebody walked off with the
# charity jar ... reported to South Yorkshire Police (ref ...)"): nobody is charged.
_UNKNOWN_CULPRIT = re.compile(
    r"\b(?:somebody|someone|some scrote|some idiot|whoever)\b"
    r"(?! (?:on|at|from|in) (?:the|this|our) (?:council|office|committee)\b)"
)
_POLICE_TOLD = re.compile(
    r"\breported (?:it |this )?to (?:the |south yorkshire )?police\b|\bcrime (?:ref|reference|"
    r"number)\b|\bincident (?:number|no|ref)\b|\bring 101\b|\bcall 101\b"
)
# Round 29: thieves nobody knows, spoken of with "the" or "these" ("whose doorbell camera caught
# the thieves", "clearing up the glass the thieves leave behind", "part-night lighting is a gift
# to these thieves"): the crime, not a charge against anyone; "you're the thieves" is _CALLED.
_THE_UNKNOWN = re.compile(r"\b(?:the|these|those) $")
_CALLED = re.compile(r"\b(?:are|were|is|was|'re|they're) (?:the |them |those )?\w+ $")
_CRIME_IN_GENERAL_AFTER = re.compile(
    r"(?:s)? (?:calls?|texts?|emails?|messages?|alerts?|warnings?|awareness|prevention|"
    r"department|dept|team|helpline|line)\b"
    r"| (?:are|is) (?:about|around|active|out and about|on the prowl)\b"
)


def _sentence_names(c: Checking, s: int, e: int) -> bool:
    """Does the sentence [s, e) name whom it charges: a name, an office with one holder, or
    "they" in a post that names someone?"""
    sentence = c.post.text[s:e]
    return (
        named_in(sentence)
        or _OFFICE_HOLDER.search(sentence.lower()) is not None
        or (_THEY.search(sentence) is not None and named_in_post(c))
    )


def said_of_self(c: Checking, offset: int) -> bool:
    """Round 6, lane a2: an insult the poster quotes about themselves, to answer it ("Gaz Booth
    is a liar and a crook? I understand people feel strongly, but ..." by Gaz Booth): the
    sentence is a question or in quotes, names the poster and nobody else, and says "you" to
    no one. Quoting it to rebut it calmly attacks nobody (clauses 6.9, 6.10; G.2)."""
    if not c.mentions:
        return False
    return once_per_sentence(c, "_said_of_self", c.sentence_of(offset), _said_of_self_in)


def _said_of_self_in(c: Checking, s: int, e: int) -> bool:
    sentence = c.post.text[s:e].strip()
    if not (sentence.endswith("?") or sentence[:1] in "\"'\u201c\u2018"):
        return False
    inside = [m for m in c.mentions if s <= m.start < e]
    if not inside or any(c.post.author not in m.person_ids for m in inside):
        return False
    return SECOND_PERSON.search(c.light_range(s, e)) is None


# Round 7, lane a3: an office with one holder is as identifiable as a name ("our so-called
# caretaker's been fiddling his overtime", "the clerk's on the take").
_OFFICE_HOLDER = re.compile(
    r"\b(?:our|the|that|this|your|their|so-called) (?:so-called |new |old |parish |council'?s? )?"
    r"(?:clerk|caretaker|rfo|chair|chairman|chairwoman|vice-chair|treasurer|groundsman|handyman|"
    r"lengthsman|warden|locum clerk)\b"
    # round 17: the one driver of a named run ("the driver on the last 73 tonight")
    r"|\bdriver (?:on|of) the (?:last|first|early|late|\d[\w.:]*) \w+"
)


# "Absolute crooks, they've ripped the council off", after a firm is named in the post.
_THEY = re.compile(r"\b(?:they|they've|they're|they'd|they'll|them)\b", re.IGNORECASE)

# "He's on the take", "she's a thief": a charge against one person, identifiable to readers who
# know whom the post is about.
_HE_OR_SHE = re.compile(
    r"\b(?:he|she)(?:'s|\u2019s| is| was| has been|'s been| got| has| had)?"
    r"(?: (?:a|an|the|just|always|such|totally|completely|basically|known|proper|right|total|"
    r"absolute|been|on))*\s*$",
    re.IGNORECASE,
)


def _political(c: Checking, s: int, e: int) -> bool:
    """A charge against a party, a government or an institution ("Tory sleaze and cronyism")
    with nobody in the registers and no "you" in the sentence: protected political speech. An
    institution wronged ("they've ripped the council off") is the victim, not the one charged."""
    if person_target_in(c, s, e) or _SOMEONE.search(c.post.text[s:e]):
        return False
    text = c.post.text
    return any(s <= h[0] < e for h in c.find("parties")) or any(
        s <= h[0] < e and not _WRONGED.search(text[max(s, h[0] - 30) : h[0]].lower())
        for h in c.find("institutions")
    )


# The institution as the one wronged: "ripped the council off", "robbing the parish council".
_WRONGED = re.compile(
    r"\b(?:ripp\w*|rip|robb\w*|rob|conn\w*|fleec\w*|defraud\w*|diddl\w*|swindl\w*|"
    r"overcharg\w*|stole from|steal\w* from|nick\w* from|took|taking|done|did)\s*$"
)


_SOMEONE = re.compile(r"\b(?:someone|somebody|a certain|one of (?:our|the|their))\b", re.I)


_CERTAIN = re.compile(
    r"\b(?:a certain|one of our|someone on the|somebody on the|a (?:senior )?member of)\s+"
    r"(?:\w+\s+){0,2}(?:councillor|officer|member|council|staff|clerk|contractor|firm)",
    re.IGNORECASE,
)


def innuendo(c: Checking) -> list[tuple[int, int, str]]:
    """Libel by innuendo (clause 6.10): a hint of wrongdoing ("make of that what you will", "ask
    yourselves why", "where the money went") about someone identifiable (a person in the
    registers, a capitalised name, "a certain councillor", whoever gets a contract, an
    office-holder's relative: "the chair's son") in a post about money, contracts or interests;
    "strange how", "I wonder how" and public money (precept, grant, tender) count only with a
    second sign of insinuation (a wink, "the same year", "somehow", a flash purchase). At common
    law a statement is read with the inferences an ordinary reader would draw (Lewis v Daily
    Telegraph Ltd [1964] AC 234), so a hint can defame as much as a charge."""
    light = c.text.light.text
    hints = list(c.find("innuendo"))
    winked = None
    if not hints:
        m = _HINT_MORE.search(light)
        if m is None:
            return []
        winked = _INSINUATE.search(c.post.text.lower()) is not None
        if not winked:
            return []
        hints = [c.light_hit(m)]
    identifiable = (
        any(c.post.author not in m.person_ids for m in c.mentions)
        or named_in_post(c)
        or _CERTAIN.search(c.post.text) is not None
        or SINGLED_OUT.search(light) is not None
        or _AWARDED.search(light) is not None
        or _RELATIVE.search(light) is not None
    )
    if not identifiable:
        return []
    if winked is None:
        winked = _INSINUATE.search(c.post.text.lower()) is not None
    money = re.search(r"£\s?\d", c.post.text) is not None or (
        winked and _PUBLIC_MONEY.search(light) is not None
    )
    if money or c.has("misconduct_topics") or c.has("accusations"):
        return hints[:1]
    return []


# More hints: "interesting how", "strange how", a flash purchase set beside public money.
_HINT_MORE = compile_word_starts(
    r"\b(?:interesting|strange|odd|curious|funny) (?:how|that)\b|\b(?:i )?wonder (?:how|why)\b|"
    r"\bthe same (?:year|month|week|time) "
    r"(?:as |that )?(?:the )?(?:precept|contract|tender|grant|budget|council tax)\b"
)
# Whoever gets the work is identifiable: "the tender somehow went to ...".
_AWARDED = re.compile(
    r"\b(?:contracts?|tenders?|work|jobs?|grants?)\b[^.!?]{0,20}\b(?:always |somehow |"
    r"conveniently |magically )?(?:lands?|goes|went|ends? up|ended up|gets? given|got given) "
    r"(?:with|to)\b|\balways gets? the (?:work|contract|job|jobs|grant)\b"
)
# A second marker that a remark insinuates: a wink, "just saying", "the same year", "always",
# "somehow", a flash purchase.
_INSINUATE = compile_word_starts(
    # round 17: a denial said with a straight face ("nowt to do with who she sits next to, I'm
    # sure")
    r"[\U0001f914\U0001f609\U0001f440]|\bjust saying\b|\bsame (?:year|month|week|time)\b|"
    r"\bi'?m sure\b|"
    r"\balways\b|\bagain\b|\bsomehow\b|\bbrand new\b|\bnew (?:car|motor|audi|bmw|"
    r"range rover|conservatory|extension|kitchen|hot tub|patio|holiday)\b|\bcruise\b"
)
# A relative or friend of an office-holder ("the chair's son", "Cllr Dunn's brother-in-law").
_RELATIVE = re.compile(
    r"\b(?:chair|chairman|clerk|councillor|cllr \w+|mayor|officer|rfo)'?s (?:son|daughter|wife|"
    r"husband|brother|sister|cousin|mate|pal|nephew|niece|brother-in-law|sister-in-law|mates|"
    r"family|missus|partner|lad|lass)\b"
)
_PUBLIC_MONEY = re.compile(
    r"\b(?:precept|contracts?|tenders?|grants?|budget|council money|public money|the accounts|"
    r"council tax)\b"
)


def group_hostility(c: Checking) -> list[tuple[int, int, str]]:
    """Othering remarks about a faith or community: a faith word and a hostile cue together."""
    return list(_group_hostility(c))  # three rules ask: answered once, a copy each


def faith_hostility(c: Checking) -> list[tuple[int, int, str]]:
    """Clause 6.9: ``group_hostility``, and also the culture-war framing of a festival ("not
    'happy holidays'", "keep the snowflakes happy", "this is a Christian country"), a faith
    group's ways generalised or its needs grudged ("mosques don't pay for the bins"), and
    derision of faith itself ("religion's a con", "godless rubbish"). These are inflammatory
    (6.9) without, on their own, bringing the council into disrepute, so only 6.9 asks."""
    found = group_hostility(c)
    if found:
        return found
    light = c.text.light.text
    derided = _FAITH_DERISION.search(light)
    if derided:
        return [c.light_hit(derided)]
    faith = [h for h in c.find("religion_terms") if h[2].lower() not in _CHURCH_WORDS]
    if faith or _FESTIVAL.search(light):
        m = _FAITH_FRAMING.search(light)
        if m:
            return [c.light_hit(m)]
        # round 8, lane A: a faith's people othered by a pronoun in capitals ("a prayer room at
        # the retail park for THEM"), in a post not written in capitals throughout
        m = _SHOUTED_THEM.search(c.post.text)
        if m and not c.post.text.isupper():
            return [(m.start(1), m.end(1), m.group(1))]
        # round 7, lane a3: an incredulous sneer at a minority faith's event ("Ramadan food night
        # at the Welfare? In Treeton?? Whatever next 🙄"); "Easter egg hunt sold out, whatever
        # next!" sneers at nobody
        m = _WHATEVER_NEXT.search(light)
        if m and _MINORITY_FAITH.search(light):
            return [c.light_hit(m)]
        # round 11, lane A: a minority faith's people or festival grudged: set against "us"
        # ("Muslims get their own prayer room but we can't get a bus"), kept out ("Mosque on the
        # Co-op site? Not in my village"), sneered at by repetition ("Eid this, Eid that") or an
        # eye-roll, or insinuated about ("funny how ... some communities"). A greeting or thanks
        # ("Eid Mubarak", "grateful to our Muslim community") grudges nothing.
        # (the faith may be named in the post answered: "plans for a mosque?" "This is a
        # Christian village, end of")
        minority = _MINORITY_FAITH.search(light) or (
            c.reply is not None and _MINORITY_FAITH.search(c.reply.light.text)
        )
        if minority and not _GREETING.search(light):
            for m in _FAITH_GRUDGE.finditer(light):
                hit = c.light_hit(m)
                if m.group(0) == "\U0001f644" and not _eye_roll_at_faith(c, hit[0]):
                    continue
                return [hit]
    return []


def _eye_roll_at_faith(c: Checking, start: int) -> bool:
    """An eye-roll at a minority faith: in the sentence naming it (or just after it), not at
    the poster's own doing ("Ramadan starts tomorrow and I've already eaten all the dates 🙄")."""
    s, e = c.sentence_of(start)
    prev = c.sentence_of(s - 2)[0] if s >= 2 else s
    near = c.post.text[prev:e].lower()
    if not _MINORITY_FAITH.search(near):
        return c.reply is not None and not _MINORITY_FAITH.search(c.text.light.text)
    return not _OWN_DOING.search(c.post.text[s:start].lower())


_OWN_DOING = re.compile(
    r"\b(?:i|i'?ve|i have|i'?d|we'?ve|we have)(?: already| just| now)? (?:eaten|ate|forgot|"
    r"forgotten|burnt|burned|lost|spent|bought|made|done|finished|scoffed|had)\b"
)


_FAITH_GRUDGE = re.compile(
    r"\bfunny how\b|\bnot in (?:my|our|this) (?:village|street|town|back ?yard|parish)\b|"
    r"\bnot round here\b|\b(\w{3,}) this,? \1 that\b|\bstill (?:england|britain)\b|"
    r"\bbut (?:we|us|our lot|the rest of us)(?: still)? (?:can'?t|cannot|don'?t|never|won'?t) "
    r"(?:even )?(?:get|have)\b|\U0001f644|"
    r"\ba christian (?:country|village|nation|parish|town)\b"
)
_GREETING = re.compile(
    r"\bmubarak\b|\bhappy (?:eid|diwali|ramadan|hanukkah|vaisakhi)\b|\bgrateful\b|\bthank you\b|"
    r"\bthanks (?:to|for)\b|\beveryone (?:is )?welcome\b|\blovely\b"
)


_WHATEVER_NEXT = re.compile(r"\bwhatever next\b")
_SHOUTED_THEM = re.compile(r"\b(?:for|to|by|with|like) (THEM|THEIR LOT|THOSE PEOPLE|THEIR SORT)\b")
_MINORITY_FAITH = re.compile(
    r"\b(?:eid|diwali|ramadan|iftar|hanukkah|chanukah|vaisakhi|navratri|halal|kosher|hijabs?|"
    r"burkas?|burqas?|niqabs?|minarets?|call to prayer|prayer rooms?|mosques?|muslims?|islam\w*|"
    r"jews|jewish|synagogues?|sikhs?|gurdwaras?|hindus?|temples?|madrasas?)\b"
)


@once_per_post
def _group_hostility(c: Checking) -> list[tuple[int, int, str]]:
    light = c.text.light.text
    faith = list(c.find("religion_terms"))
    if not faith and not _FESTIVAL.search(light):
        return []
    # a festival alone ("Happy Diwali ... the quiz lot") is too weak a context for the loose
    # othering lexicon: only the structures below count with it
    cues = list(c.find("othering")) if faith else []
    if cues and all(h[2].lower() in _CHURCH_WORDS for h in faith):
        # "church" is mostly a building or a street ("about time the church roof was fixed",
        # "Church Lane"): only the strong othering cues count with it
        cues = [h for h in cues if not _WEAK_OTHERING.fullmatch(h[2].lower())]
    if not cues and (leave := love_it_or_leave_it(c)) is not None:
        cues = [leave]  # "don't like it, emigrate", said of a faith's festival
    if not cues:
        m = _FAITH_GRIEVANCE.search(light) or (_ASKING.search(light) and _FAITH_TALLY.search(light))
        if m:
            start, end = c.text.light.span(m.start(), m.end())
            cues = [(start, end, c.post.text[start:end])]
    return cues[:1] if cues else []


# A festival or faith practice named with a grievance of the majority: the culture-war framing
# ("can't even say Merry Christmas now", "another synagogue ... just asking the question",
# "abide by our rules or go").
_FESTIVAL = re.compile(
    r"\b(?:christmas|easter|eid|diwali|ramadan|hanukkah|vaisakhi|festivals?|prayer rooms?|halal|"
    r"hijabs?|burkas?|burqas?|minarets?|call to prayer|prayer times|nativity)\b"
)
_FAITH_GRIEVANCE = re.compile(
    r"\bcan'?t (?:even )?say (?:happy|merry) (?:christmas|easter)\b|\bwithout (?:someone|somebody|"
    r"anyone) (?:getting|being) offended\b|\bevery other lot\b|\bforgot(?:ten)? (?:its|our|their) "
    r"roots\b|\b(?:live|living|abide) by our (?:ways|rules|laws)\b"
)
_FAITH_FRAMING = compile_word_starts(
    # round 5, lane a: the culture-war framing of a festival ("not 'happy holidays'", "to keep
    # the snowflakes happy", "this is a Christian country, if that offends you ...")
    r"\bkeep (?:the )?(?:snowflakes|woke \w+|certain (?:groups|communities|people|folk|types)|"
    r"minorities|everyone else|other faiths) happy\b|\bwoke (?:brigade|mob|lot|crowd|lefties)\b|"
    r"\bnot [\"'\u2018]?(?:happy|winter|holiday) (?:holidays?|"
    r"lights|celebrations?|festival|festivities|season)\b|\b(?:won'?t|not going to|refuse to) "
    r"(?:be )?say(?:ing)? [\"'\u2018]?(?:happy|season'?s) (?:holidays|greetings)\b|"
    r"\b(?:this|it'?s|it is|we are|we'?re|this is still) (?:still )?a christian (?:country|village|"
    r"nation|parish|town)\b|\bcertain communities\b|\bknow where the (?:airport|ferry|door|exit) "
    r"is\b|\bif (?:that|it|this) offends you\b|"
    # a faith group's ways generalised, or its needs grudged ("mosques don't pay for the bins",
    # "why should Muslims get their own prayer room", "what's next, the call to prayer?")
    r"\b(?:mosques?|muslims|jews|sikhs|hindus|catholics|synagogues?|gurdwaras?|temples?)"
    r"(?: (?:up|on|down|round|in|from|at|off) (?:\w+ ){1,2})? (?:don'?t|never|won'?t|always|"
    r"can'?t|will never) (?:\w+ )?(?:pay|use|mix|integrate|speak|respect|contribute|clean|bother|"
    r"join|fit in)\b|"
    r"\bwhy should (?:the )?(?:muslims|jews|sikhs|hindus|catholics|they|them)\b[^.!?]{0,30}"
    r"\b(?:get|have|be given|be lent)\b|\bwhy should (?:the )?[\w ]{0,25}\bbe (?:lent|let|given)"
    r"(?: out)? (?:for|to) (?:it|them|their)\b|\bthe rest of us get nothing\b|"
    r"\bwhat'?s next,? [^.!?]{0,50}\?|"
    # round 7, lane a3: told to stay away from a festival's customs ("if folk don't like carols
    # in the Welfare they can stop at home")
    r"\bif (?:folk|people|they|you|anyone|some|some folk|some people) (?:don'?t|do not|doesn'?t) "
    r"like (?:\w+ ){1,6}(?:they|you|them|he|she) can (?:stop|stay|keep) (?:at home|away|out|in)\b|"
    # round 8, lane A: the country said to be given over to a faith ("tells you who this country's
    # for now", "whose country is it anyway"), and a double standard set between festivals
    # ("fireworks are fine for some festivals but the council won't let us have a bonfire")
    r"\bwho (?:this|the|our) country'?s? (?:is )?(?:for|run for|belongs to)\b|"
    r"\bwhose country is (?:it|this)\b|"
    r"\b(?:fine|ok|okay|allowed|alright|acceptable|no problem) for (?:some|certain|other|their|"
    r"them|some other) ?(?:festivals?|religions?|faiths?|people|folk|communities|groups|cultures)?"
    r"\b[^.!?]{0,60}\b(?:but|yet|while)\b[^.!?]{0,50}\b(?:us|we|our)\b|"
    r"\bone rule for (?:them|some|certain)\b"
)
# A derisive remark about faith itself, whoever holds it.
_FAITH_DERISION = re.compile(
    r"\breligion(?:'s| is) (?:a |just a |all a )?(?:con|joke|fairy ?tale|scam|nonsense|rubbish|"
    r"for (?:idiots|mugs|the gullible|the thick))\b|\bgodless\b|\bhappy[- ]clappy\b|"
    r"\bbible[- ]?(?:bashers?|thumpers?|bashing)\b|\bsky (?:fairy|fairies|daddy)\b|"
    r"\bgod[- ]?botherers?\b"
)
_CHURCH_WORDS = frozenset(("church", "churches"))
_WEAK_OTHERING = re.compile(
    r"about time|wake up|our country|not in my name|built this village|go back to|the \w+ lot|"
    r"their sort|nobody dares say|dares say it"
)
# A faith's buildings counted up, with an insinuation ("another mosque ... just asking 🤔").
_FAITH_TALLY = re.compile(
    r"\banother (?:mosque|synagogue|gurdwara|temple|madrasa)\b|\bhow many (?:churches|pubs) "
    r"(?:have )?(?:shut|closed|gone)\b"
)
_ASKING = compile_word_starts(
    r"\bjust asking\b|\U0001f914|\bi wonder\b|\bmakes you (?:think|wonder)\b"
)


# Round 8, lane A: a person shamed in public by name or pronoun ("Shame on Kelly Staniforth for
# spreading rubbish", "Shame on them", "shame on the parents"). Shaming a government, a party, a
# firm or a body ("shame on Westminster", "shame on First Bus") is political or consumer speech.
_SHAME_ON = re.compile(
    r"(?i:\bshame on )(?:(?i:(him|her|them|you|yourself|yourselves|the (?:parents|family|"
    r"families|owners?|people|person|culprits?|residents?|lads|kids|neighbours?))\b)|"
    r"([A-Z][a-z]+)(?: ([A-Z][a-z]+))?)"
)
# The pronoun placed at a place: "shame on them at Catcliffe", "shame on them over at Brinsworth"
# (another council or body, not a person).
_AT_PLACE = re.compile(
    r"(?: (?:over|down|up|out))? (?:at|in) (?:the )?(?!(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Public|Front|Court)\b)[A-Z][a-z]+"
)
# Seasons and figures of speech shamed for the weather: "Shame on Jack Frost for the icy paths".
_NOT_PEOPLE = frozenset(("Jack Frost", "Mother Nature", "Father Christmas", "Father Time"))
# A body as the subject of the sentence: "Rotherham have cut the 19 bus", "First Bus have ...".
_BODY_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)((?:[A-Z][\w&']*\s){0,3}[A-Z][\w&']*) (?:have|has|are|were|is|was|just|"
    r"still|keep|never)\b"
)


def shamed_person(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9: a person shamed in public ("Shame on Kelly Staniforth for ...", "shame on
    them", "shame on the parents"); a government, party, firm or body shamed is not a person,
    nor is a body that is the subject just before ("Rotherham have cut the 19 bus. Shame on
    them.") or Jack Frost."""
    text = c.post.text
    if "shame on" not in text.lower():
        return None
    for m in _SHAME_ON.finditer(text):
        if m.group(1):
            if _institution_near(c, m.end()) or _AT_PLACE.match(text, m.end()):
                continue
            return m.start(), m.end(), m.group(0)
        first = m.group(2)
        if not first[:1].isupper() or not m.group(3):
            continue  # one capitalised word is a place, a body or a firm more often than a person
        name = f"{first} {m.group(3)}"
        if name in _NOT_PEOPLE:
            continue
        if name.split()[-1] in PLACE_WORDS or any(
            s == m.start(2) for s, _, _ in c.find("institutions")
        ):
            continue
        if c.people.match_name(name) or _first_name_pair(c, m.start(2), m.start(2) + 1):
            return m.start(), m.end(), m.group(0)
    return None


def _institution_near(c: Checking, end: int) -> bool:
    """ "shame on them" said of a body named just before ("the government ... shame on them")."""
    s, _ = c.sentence_of(max(0, end - 1))
    prev = c.sentence_of(max(0, s - 2))[0] if s else s
    if any(prev <= h[0] < end for h in c.find("institutions")) or any(
        prev <= h[0] < end for h in c.find("parties")
    ):
        return True
    # a capitalised subject that is not a person of the registers nor a first name and surname
    # is a body ("Rotherham have cut the 19 bus. Shame on them.")
    for m in _BODY_SUBJECT.finditer(c.post.text[prev:end]):
        subject = m.group(1)
        start = prev + m.start(1)
        if subject.split()[0] in ("I", "We", "They", "He", "She", "It", "You", "This", "That"):
            continue
        if c.people.match_name(subject) or _first_name_pair(c, start, start + 1):
            continue
        if any(h[0] == start for h in c.find("first_names")):
            continue
        return True
    return False
