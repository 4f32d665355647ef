"""The policy's examples of good practice: de-escalation, neutrality, routes to resolution."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from ..detectors.lexicon import compile_word_starts
from ..detectors.matching import content_words
from ..text import normalise
from .base import Checking, Hit, once_per_post, rule, whole_post
from .colleagues import HANDLE_AUX, HANDLE_VERBS
from .signals import _GREETING, accusations, group_hostility, insults, party_named
from .structures import (
    colour_call,
    divisive_issue,
    heated_reply,
    migrant_hostility,
    official_politics,
    partisan_stance,
    preaching,
    urged_harm,
)
from .structures import jibe as structural_jibe
from .structures.council_voice import council_stance, council_voice
from .structures.politics import faith_culture, voter_shame
from .structures.replies import angry_post

# G.3 (round 11): a faith's people sneered at. A name for the faithful that mocks them
# ("happy-clappers", "god-botherers", "bible-thumpers"); or a minority faith's observance blamed
# for an everyday nuisance, with an eye-roll or things "back to normal" once it is over
# ("Ramadan's over, so maybe the parking can get back to normal 🙄"). A festival greeting, a
# neutral mention of the mosque, or Church Lane (a street) is not.
_FAITHFUL_SNEER = re.compile(
    r"\bhappy[- ]?clappers?\b|\bgod[- ]?botherers?\b|\bbible[- ]?thumpers?\b|\bgod squad\b|"
    r"\bholy joes?\b"
)
_OBSERVANCE = re.compile(
    r"\b(?:ramadan|eid|diwali|vaisakhi|hanukkah|friday prayers|the mosque|mosque crowd|"
    r"prayer times)\b"
)
_NUISANCE_OVER = compile_word_starts(
    r"\U0001F644|\bback to normal\b|(?:'s| is) (?:finally |thankfully )?over\b|\bthank god\b|"
    r"\bat last\b"
)
_EYE_ROLL = "\U0001f644"
_FAITH_JIBE_KEYS = (
    "clapp",
    "botherer",
    "thumper",
    "god squad",
    "holy joe",
    "ramadan",
    "eid",
    "diwali",
    "vaisakhi",
    "hanukkah",
    "prayer",
    "mosque",
)


def _faith_jibe(c: Checking) -> tuple[int, int, str] | None:
    """G.3: the faithful sneered at by name, or a minority faith's observance blamed for a
    nuisance with an eye-roll ("... back to normal 🙄"). A greeting is not."""
    light = c.text.light.text
    if not any(k in light for k in _FAITH_JIBE_KEYS):
        return None
    if (m := _FAITHFUL_SNEER.search(light)) is not None:
        return c.light_hit(m)
    if "happy " in light or _GREETING.search(light):
        return None  # a greeting, or thanks
    for s, e in c.sentences:
        sentence = c.post.text[s:e]
        low = sentence.lower()
        # the eye-roll in the sentence (or just after its stop) that names the observance: "at
        # last", "is over" or "back to normal" alone is news ("The mosque's open day is over for
        # another year. Thank you ...")
        if (
            (m := _OBSERVANCE.search(low))
            and _NUISANCE_OVER.search(low)
            and _EYE_ROLL in c.post.text[s : e + 4]
        ):
            start = s + m.start()
            return start, start + len(m.group(0)), c.post.text[start : start + len(m.group(0))]
    return None


SHOUTING = re.compile(r"(?:\b[A-Z][A-Z']{2,}\b[\s,.]+){4,}")
JAB = re.compile(r"\b(?:you|you're|youre|you've|your|you lot)\b", re.IGNORECASE)
# "Can you sort the potholes?" asks for help: the "you" is not a jibe at the person answering.
REQUEST = re.compile(
    r"\b(?:can|could|would|will|please|when will|why won't|how do) you\b|\bdo you know\b|"
    r"\bare you (?:able|going to)\b|\b(?:who|where|how) (?:do|can|should) (?:i|we)\b",
    re.IGNORECASE,
)


@rule("escalation", lexicons=("condescension", "ridicule", "threats", "intimidation", "stoking"))
def escalation(c: Checking) -> Iterator[Hit]:
    """A reply that raises the temperature of a heated thread.

    What it looks for:
        A reply (the post answers another) with insults, threats, accusations, shouting,
        condescension ("here we go again", "honestly, some people", "do some actual research")
        or ridicule ("moaning again", "get a life"), or stoking the anger it answers ("fuming
        too", "someone needs to go round and have words", "everyone share this"). Structures:
        a jibe or retort at the person answered ("don't like it? Then go", "drivel and you know
        it"); two signs among capitals for emphasis (acronyms excepted), mocking emoji, goading
        or sarcastic openers ("oh look", "round two", "and what about ..."), a rhetorical
        question at the person answered, joining or feeding the anger ("just as livid as you",
        "agreed, disgraceful ... wait until you hear about ...", "they couldn't care less"),
        calling in a pile-on or the press, brushing the person off ("say whatever you like");
        or one goading sign aimed at "you".

    Why it matters:
        Good practice G.2: "Don't escalate heated discussions, try to be conciliatory, respectful
        and quote facts to lower the temperature and correct misrepresentations."

    Example:
        Replying to "you're a waste of space" with "Crawl back under your rock."

    Instead:
        Thank them, state the facts calmly, and offer a way to take it further.

    Known limits:
        Only replies are judged; a calm reply to an abusive post is fine. The post answered
        must be heated (anger, a verdict, shouting, "?!", an insult or swearing, or a jibe at
        the council: "typical", "what do you lot actually do?"): a sneer in answer to a calm
        report ("street lights out all week") is judged under 6.9 alone.
    """
    if not c.post.in_reply_to:
        return
    if c.reply is not None and not _heated(c):
        return  # a rude answer to a calm question is judged under 6.9; nothing was heated
    hit = (
        c.first("threats")
        or c.first("intimidation")
        or urged_harm(c)
        or next(iter(insults(c) + accusations(c)), None)
        or structural_jibe(c)
        or c.first("condescension")
        or c.first("ridicule")
        or c.first("stoking")
    )
    if hit is None:
        m = SHOUTING.search(c.post.text)
        if m:
            hit = (m.start(), m.end(), m.group(0).strip())
    if hit is None:
        hit = heated_reply(c)
    if hit:
        yield Hit(
            hit[0],
            hit[1],
            f"'{hit[2]}' escalates a heated discussion.",
            "Reply calmly with the facts, or step away from the thread.",
        )


# The post answered is heated: anger, a verdict or shouting (``angry_post``), doubled
# punctuation, an insult or swearing, a mocking or angry emoji, or the words below.
_HEATED_MARKS = re.compile(
    r"[!?]{2,}|\?!|[\U0001f620\U0001f621\U0001f92c\U0001f644\U0001f92e\U0001f595]"
)
_HEATED_WORDS = re.compile(
    r"\bshame on\b|\bdeath ?traps?\b|\bhow (?:can|dare) you\b|\bridiculous\b|\bscandal\w*|"
    r"\bdaylight robbery\b|\bfor (?:god'?s|heaven'?s|christ'?s) sake\b|\bhow hard can it be\b|"
    r"\b(?:it'?s|its|absolutely|bloody|proper) (?:rank|minging|honking|vile|stinking)\b|"
    # a jibe at the council or a councillor, not only anger: "typical Labour councillor", "what
    # do you lot actually do all day?", "only cares about getting her face in the paper"
    r"\btypical\b|\bas usual\b|\bthe lot of you\b|\ball the same\b|\bonly cares?\b|\bcrook|"
    r"\bstooges?\b|\byes-?man\b|\bclueless\b|\bchocolate teapot\b|\bin it for\b|\bthat'?s rich\b|"
    r"\bwhere'?s (?:this|that|the) [^?.!]{0,30}\bthen\b|\bwhere were\b|\bnowhere\b|\bstick to\b|"
    r"\bwhat (?:have|has|do|does) (?:you|he|she|they)(?: lot)? (?:actually|even|ever) "
    r"(?:do|done)\b|"
    r"\bis (?:a|the) fix\b|\bfleec\w+|\blining (?:your|their|his|her) (?:own )?pockets\b|"
    r"\U0001f914|\U0001f440"
)


def _heated(c: Checking) -> bool:
    """Good practice G.2 asks not to escalate a heated discussion: is the post answered heated?
    ("Street lights on Arundel Drive have been out all week" is not; "Disgrace!!" is.)"""
    reply = c.reply
    return bool(
        angry_post(reply)
        or _HEATED_MARKS.search(reply.original)
        or _HEATED_WORDS.search(reply.light.text)
        or (JAB.search(reply.light.text) and not REQUEST.search(reply.light.text))
        or c.first("insults", reply)
        or c.first("profanity", reply)
        or c.first("ridicule", reply)
    )


@rule(
    "politics-religion",
    lexicons=(
        "parties",
        "devotional",
        "religion_terms",
        "othering",
        "endorsements",
        "electioneering",
        "insults",
        "partisan",
        "political_referents",
        "partisan_cues",
    ),
)
def politics_religion(c: Checking) -> Iterator[Hit]:
    """Party politics or religion where it inflames or where the council must stay neutral.

    What it looks for:
        On an official account: party politics, endorsements, taking sides in an election, or
        promoting a faith. On any account: inflammatory remarks about a faith or community, insults
        mixed with party politics, and taking a side in party politics (a voting call or allegiance
        such as "vote red" or "blue all the way at the general election", canvassing with a party's
        rosettes, shaming the other side: "every MP who votes for it should be ashamed", a party's
        colour named with a call to vote or a polling day from the registers: "think purple on 4
        May"), leafleting for a party, "the only lot who'll sort this country out", "roll on the
        general election, they're finished". Taking a side on a divisive national issue (Brexit,
        Israel and Gaza, immigration and asylum, assisted dying, abortion, fox hunting): slogans and
        sneers ("leave means leave", "woke nonsense"), the issue with a stance (marching for it,
        "write to your MP", "must stay", "spot on", "no neutral on this"), a call to send people in
        the hotels away, a minority faith hinted at ("another mosque ... just asking questions"), a
        national day turned on "the same people". On the council's page, a stance on national
        government ("fully backs the national campaign", "remember that next time you vote"). Urging
        a faith on readers ("it's not too late to repent", "come back to church", "discover what
        faith could mean for you", "if you've drifted away from church", "faith might be the
        answer"), or the council's page inviting prayer ("please join us in praying for ..."). Scorn
        for a faith or its clergy ("religion's a con", "godless", "the vicar should stick to
        hymns"), the faithful sneered at by name ("happy-clappers"), a minority faith's observance
        blamed for a nuisance with an eye-roll ("Ramadan's over, so the parking gets back to normal
        🙄"); faith made a culture war ("this is a Christian country", Christmas "not 'happy
        holidays'"); a minority faith's festival set against Christmas with a jibe, or a minority
        faith with a grievance ("why should ... get their own"); shaming a party's voters, masked
        names too ("if u still vote T*ry u deserve ..."), or declaring for or against a party
        ("Reform or nowt", "Labour's finished"); a councillor putting the council on a side in
        national politics ("Ashby PC stands with the striking bin crews"). An employee's party
        allegiance (officers are politically neutral).

    Why it matters:
        Good practice G.3: "Consider others' privacy and avoid discussing topics that may be
        inflammatory e.g., politics and religion."

    Example:
        "Yet another Tory government cut to local services" on the council's page.

    Instead:
        Keep council channels neutral; on personal accounts, argue the policy, not the people.

    Known limits:
        The clause is good practice and the policy applies to personal use too (section 2), so
        a councillor campaigning for a party on a personal account is noted, at advice only.
        Criticism of a party's record or of a government policy, with no call to vote and no
        shaming of its supporters, is protected political expression and is not flagged; nor is
        saying which party one belongs to; a neutral mention of a church or mosque is fine;
        reporting a national issue, or collecting for its victims, is not taking a side.
    """
    hostile = group_hostility(c) or [h for h in [migrant_hostility(c)] if h]
    if hostile:
        yield Hit(
            hostile[0][0],
            hostile[0][1],
            "An inflammatory remark about faith or community.",
            "Do not post it.",
        )
        return
    party = party_named(c)
    partisan = _partisan(c) or voter_shame(c)
    issue = divisive_issue(c) or faith_culture(c) or _faith_jibe(c)
    if c.official:
        hit = party or partisan or issue or c.first("devotional") or c.first("endorsements")
        hit = hit or official_politics(c)
        if hit is None and c.ctx.elections_in_period(c.at):
            hit = c.first("electioneering")
        if hit:
            yield Hit(
                hit[0],
                hit[1],
                f"'{hit[2]}' takes the council's channel into politics or religion.",
                "Keep the council's account neutral.",
            )
        return
    if partisan is not None:
        yield Hit(
            partisan[0],
            partisan[1],
            f"'{partisan[2]}' takes sides in party politics, a topic the policy asks you to avoid.",
            "Keep campaigning for a party off any account linked to your council role.",
            variant="partisan",
        )
        return
    if issue is not None:
        yield Hit(
            issue[0],
            issue[1],
            f"'{issue[2]}' takes a side on a divisive political issue, a topic the policy asks "
            "you to avoid.",
            "Keep campaigning on national controversies off any account linked to your role.",
            variant="partisan",
        )
        return
    national = official_politics(c)
    if national is not None and (council_voice(c) or council_stance(c)):
        yield Hit(
            national[0],
            national[1],
            f"'{national[2]}' puts the council on a side in national politics.",
            "Keep the council out of national politics; speak for yourself, or not at all.",
            variant="partisan",
        )
        return
    preach = preaching(c)
    if preach is not None:
        yield Hit(
            preach[0],
            preach[1],
            f"'{preach[2]}' urges a faith on readers, a topic the policy asks you to avoid.",
            "Keep religious persuasion off any account linked to your council role.",
        )
        return
    if party is None:
        return
    if insults(c):
        yield Hit(
            party[0],
            party[1],
            "Party politics mixed with insults inflames rather than informs.",
            "Argue the policy, not the people who vote for it.",
        )
    elif c.author is not None and c.author.is_employee and not c.author.is_councillor:
        yield Hit(
            party[0],
            party[1],
            "Council officers are expected to be politically neutral in public.",
            "Keep party politics off any account linked to your council role.",
            variant="officer",
        )


@once_per_post  # asked by G.3, G.4 and 6.2 alike
def _partisan(c: Checking) -> tuple[int, int, str] | None:
    """Taking a side in party politics: a voting call or allegiance ("vote red, always will"),
    canvassing or leafleting for a party, or shaming the other side ("every MP who votes for it
    should be ashamed"), "the only lot who'll sort this country out", cheering a party's defeat
    ("roll on the general election, they're finished"). A referent (a party, MPs, a general
    election) needs a partisan cue with it, so criticism of a party's record or of a government
    policy is left alone."""
    hit = c.first("partisan")
    if hit is not None:
        return hit
    if _EVEN_HANDED.search(c.text.light.text):
        return None  # "be kind to the canvassers, whichever rosette they wear"
    if c.has("political_referents") or c.has("parties"):
        hit = c.first("partisan_cues") or partisan_stance(c)
    return hit or colour_call(c)


# Even-handed about every side: "whichever rosette they wear", "whoever you vote for".
_EVEN_HANDED = re.compile(
    r"\bwhichever (?:rosette|party|parties|side|candidate)\b|\bwhoever (?:you|u) (?:vote for|back|"
    r"support)\b|"
    r"\b(?:all|every) (?:parties|candidates)\b|\bwhatever (?:your|ur) politics\b"
)


# "You" in set phrases is nobody in particular ("I told you so", "you know", "mind you").
_IDIOMS = re.compile(
    r"\b(?:i )?told you so\b|\byou know\b|\byou see\b|\bmind you\b|\bthank you\b|"
    r"\bif you ask me\b|\byou couldn'?t make it up\b|\byou'?d think\b|\bbelieve you me\b",
    re.IGNORECASE,
)
# A post addressed to an unknown culprit ("Whoever let their dog foul ..., you are disgusting"):
# its "you" is the culprit, not the person replying.
_TO_CULPRIT = re.compile(
    r"\W*(?:to )?(?:whoever|the (?:person|people|idiot|idiots|owner|owners|driver|drivers|"
    r"selfish \w+) (?:who|that))\b"
)
# A concern about the complainant's own things ("my bike", "our gardens", "my email address"):
# a grievance, even when it ends in a jibe ("what's the point of you lot?").
_OWN_GRIEVANCE = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:bins?|gardens?|garden|street|road|house|home|car|bike|drive|"
    r"kids?|children|mum|dad|e-?mail|address|number|details|data|name|photo|cellar|fence|wall|"
    r"pavement|path|lane|avenue|close|crescent|door|windows?|roof|allotment|plot|dog|pram|"
    r"wheelchair|mobility scooter)\b"
)
# "Who complained about ...?": a question about somebody else's complaint.
_ASKS_WHO = re.compile(
    r"\b(?:who|which \w+|whoever) (?:complained|made (?:the|that) complaint|has complained|"
    r"put (?:the|that) complaint in|reported (?:it|us|them|this))\b|"
    r"\bwho(?:'s| is| has|'s been| has been| keeps) (?:been )?(?:complaining|moaning|whinging)\b"
)
# Thanks or congratulations answered: no concern was raised ("Congratulations to ... for eleven
# years" is not a complaint about a delay).
_PRAISE_OPENING = re.compile(
    r"^\W*(?:(?:huge|massive|big|many|a big|a huge) )?(?:congratulations|congrats|thank you|"
    r"thanks|well done|welcome|happy birthday|a warm welcome)\b"
)
# A triumph told ("smashed the Great North Run", "the juniors smashed it"): "smashed" is no
# damage to report, so the post answered raises no concern by that word.
_TRIUMPH = re.compile(
    r"\b(?:smashed|smashing|nailed|bossed|aced) (?:it|the \w+(?: \w+){0,3}? (?:run|race|marathon|"
    r"half|10k|5k|parkrun|exams?|challenge|target|record|total|swim|ride|walk))\b",
    re.IGNORECASE,
)


def _concern_answered(c: Checking) -> bool:
    """The post answered raises a concern, once a triumph's "smashed it" is set aside; or asks
    who or what will deal with a problem ("who do I even ring??", "where are we supposed to
    go?", "what you gonna do about it?", "how is that fair?", "emailed a month ago, no
    reply")."""
    if c.has("concern_asked", c.reply):
        return True
    if not c.has("concern", c.reply):
        return False
    if not _TRIUMPH.search(c.post.in_reply_to):
        return True
    return c.has("concern", normalise(_TRIUMPH.sub(" ", c.post.in_reply_to)))


# A "why" question answered with its reason ("Because ten electors asked for one, that's the
# law"): the explanation is the answer; there is nothing to route.
_WHY = re.compile(r"\bwhy\b")
_REASON_GIVEN = compile_word_starts(
    r"^\W*(?:(?:it'?s|that'?s|it is|that is) )?(?:because|cos|'cause)\b|\bthat'?s the law\b|"
    r"\bby law\b|\bthe law (?:says|requires)\b"
)


# G.4 (round 11): a question answered with what it asked for. "When's the next litter pick?"
# answered with the day or date; "where's the caretaker?" (with bins left full, paths not
# gritted) answered with his absence and the cover being found ("our contractor is
# short-staffed" alone, to a complaint that asked neither where nor why, leaves it without a
# route); "who's the contractor?" answered with the firm's name. The asker wanted a fact, not a
# complaints route. A jibe or an insult in the answer (judged first) still counts.
_WHEN_ASKED = re.compile(r"\bwhen(?:'s| is| are| will| does| do)\b")
_WHEN_GIVEN = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|"
    r"\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|\bnext (?:week|month)\b|\btomorrow\b|"
    # a season or a deadline ("should hear by the summer", "this spring")
    r"\b(?:by|in|over) (?:the )?(?:summer|spring|autumn|winter|new year|end of (?:the )?\w+)\b|"
    r"\bthis (?:summer|spring|autumn|winter)\b"
)
# Cover being found for an absent member of staff (both the absence and its answer).
_COVER = r"(?:get|getting|sorting|sort|find|finding|arranging) (?:some )?cover"
_STAFF_AWAY = re.compile(
    r"\b(?:signed off|off sick|on the sick|off work|phased return|short[- ]handed|short[- ]staffed|"
    rf"{_COVER})\b"
)
# The absence answers the complaint when where or why was asked, or the answer gives the cover
# being found or the absence as the cause ("that's why the bins ...", "hence the bins").
_WHERE_WHY_ASKED = re.compile(r"\bwhere(?:'s| is| are)\b|\bwhy\b")
_COVER_OR_CAUSE = compile_word_starts(
    rf"\b{_COVER}\b|"
    r"\b(?:that'?s|which is|that is) why\b|\bhence\b|\bthat explains\b"
)
_WHO_ASKED = re.compile(
    r"\bwho(?:'s| is)(?: doing| getting| cutting| the contractor| got the contract)\b"
)
_NAME_GIVEN = re.compile(r"\b[A-Z][a-z]+ (?:[A-Z][a-z]+|Ltd|Landscapes?)\b")


def _question_answered(c: Checking) -> bool:
    """The post answered asked when, where or who, and the reply gives the day, the absence (and
    cover), or the name asked for."""
    asked = c.reply.light.text
    light = c.text.light.text
    if insults(c) or c.has("condescension") or c.has("ridicule"):
        return False
    if _WHEN_ASKED.search(asked) and _WHEN_GIVEN.search(light) and len(light.split()) <= 25:
        return True
    if _STAFF_AWAY.search(light) and (
        _WHERE_WHY_ASKED.search(asked) or _COVER_OR_CAUSE.search(light)
    ):
        return True  # "where's the warden?" - "off sick, we're sorting cover"
    if _WHO_ASKED.search(asked) and _NAME_GIVEN.search(c.post.text):
        return True
    return _talk_to_answered(c, asked, light)


# G.4 (round 13): "who do I speak to about my invoice?" or "where can we talk to a councillor?"
# answered with the person who will deal with it ("Martin'll sort your invoice out") or with
# where to find the author ("I'm at the Welfare most nights, just knock"). The asker wanted
# someone to talk to, and was given one. A complaint asked in the same words ("who do I even
# ring about the bins??") answered with a jibe is judged before this.
_TALK_TO_ASKED = re.compile(
    r"\b(?:who|where) (?:do|can|should|could) (?:i|we)(?: actually| even)? (?:speak|talk|go|see|"
    r"ask)(?: to)?\b"
)
_COME_SEE = re.compile(
    r"\bjust knock\b|\b(?:pop|come) (?:in|round|over|along|and see)\b|\bfind me\b|"
    r"\bcatch me\b|\bi'?m (?:at|in|down|round) (?:the|\d)|\bgive (?:me|us) a (?:knock|shout)\b"
)
# The person who will deal with it, in the words ``colleagues`` uses for the same shape (6.6):
# "the Clerk can log a complaint for you", "Martin'll sort your invoice out".
_WILL_DEAL = compile_word_starts(rf"{HANDLE_AUX}\s+{HANDLE_VERBS}|\b(?:speak|talk) to\b")
# ... or the asker sent to someone: "ask Joanne", "see the Clerk" (a person named within three
# words of the verb, not any "see": "see you there", "we'll see").
_SENT_TO = re.compile(r"\b(?:ask|see|speak to|talk to|contact|ring|email)\b", re.I)
_WORD = re.compile(r"\S+")


def _talk_to_answered(c: Checking, asked: str, light: str) -> bool:
    """G.4: a question asking who or where to talk to ("who do I speak to about my allotment
    invoice?") answered with someone: where to find the author ("just knock"), a person named
    with what they will do ("the Clerk can log a complaint for you"), or a person the asker is
    sent to ("ask Joanne"). The asker wanted someone to talk to, not a complaints route."""
    if not _TALK_TO_ASKED.search(asked):
        return False
    if _COME_SEE.search(light):
        return True
    mentions = c.mentions
    if not mentions:
        return False
    if _WILL_DEAL.search(light) is not None:
        return True
    text = c.post.text
    starts = {m.start for m in mentions}
    for sent in _SENT_TO.finditer(text):
        words = _WORD.finditer(text, sent.end(), sent.end() + 40)
        if any(w.start() in starts for w in islice(words, 3)):
            return True
    return False


_VOCATIVE = re.compile(r"^\W*(?:(?:hi|hello|hiya|hey|dear|morning|evening|afternoon)\W*)?$", re.I)


def _jibe_at_author(c: Checking) -> bool:
    """The post answered is a jibe at the author by name ("Cllr X is useless"), not a concern
    about a service: there is nothing to route."""
    author = c.author
    reply = c.reply
    if author is None or reply is None:
        return False
    mentions = [m for m in c.people.find(reply) if author.id in m.person_ids]
    if not mentions:
        return False
    # the author addressed by name at the start ("Gaz, can the council sort ...") with a
    # request and no criticism is a concern brought to them, not a jibe
    opening = all(_VOCATIVE.match(reply.original[: m.start]) for m in mentions)
    return not opening or c.has("criticism", reply) or c.has("insults", reply)


# Waving a concern away: not ours, not my department, "try reading the minutes".
_DEFLECT = compile_word_starts(
    r"\bnot (?:our|my|the council'?s|the parish'?s) (?:job|department|problem|responsibility|call|"
    r"remit|concern)\b|\b(?:nowt|nothing|owt) to do with (?:us|me|the parish|the council)\b|"
    r"\b(?:aren'?t|isn'?t|is not|are not) (?:ours|mine|the parish'?s) to\b|"
    r"\bnot sure who (?:you'?d|you would|to) (?:tell|ring|report|contact|ask)\b|"
    r"\bjust one of (?:them|those) things\b|\bi'?m (?:a|the|just the) \w+,? not (?:a|the|"
    r"your) \w+\b|"
    r"\bnot (?:our|my|the council'?s|the parish'?s) (?:road|roads|street|streets|pavements?|"
    r"path|paths|footpath|bins?|hedges?|drains?|trees?|street ?lights?|lamp ?posts?|buses|"
    r"verges?|land|wall)\b(?! (?:either|too|as well)\b)|"
    r"\b(?:moan|complain|whinge|whine|go moaning) (?:at|to) (?:someone|somebody|summat|"
    r"some ?one) else\b|"
    # "that's the ICO's problem not ours": the concern handed on and waved away at once
    r"\b(?:problem|job|lookout|department|headache),? not (?:ours|mine|us|me)\b|"
    # round 17: put off to nobody in particular ("someone'll get round to it eventually",
    # "they'll catch up eventually"), or a complaint about staff waved off ("I'm sure it was
    # just a misunderstanding")
    r"\b(?:they|someone|somebody|it|we)(?:'ll| will) (?:\w+ ){0,4}(?:eventually|sooner or later)\b|"
    r"\b(?:i'?m sure it was|it was (?:probably )?|probably) just a misunderstanding\b"
)
# A body named as the way on, in words the route lexicon does not hold: "tell your MP", the
# Information Commissioner's Office, "a complaints form", the ombudsman ("take it up with the
# councillors" names nobody who deals with complaints).
_ROUTE_NAMED = re.compile(
    r"\b(?:tell|write to|email|e-mail|contact|ring|see|message|lobby) (?:your|ur|the local) mp\b|"
    r"\binformation commissioner\b|\bico\b|\bdata protection officer\b|\bombudsman\b|"
    r"\bcomplaints? form\b"
)
# Undermining the route just named: "or don't, they never answer", "complain all you like".
_UNDERMINE = compile_word_starts(
    r"\bor don'?t\b|\bdon'?t bother\b|\b(?:no|much) point\b|"
    r"\bnothing'?(?:ll| will) (?:happen|change|come of it)\b|\bthey never (?:answer|listen|reply|"
    r"do (?:owt|anything))\b|\bnobody (?:reads|listens|answers)\b|\bcomplain all (?:you|u) like\b|"
    r"\bnot your secretary\b|\b(?:ring|report|tell|email) (?:it to )?\w+ yourself\b|"
    r"\bstop replying\b|\bwaste of (?:time|breath)\b"
)
# The reply deals with the concern: action taken or promised, or patience asked while it is.
_RESOLVING = re.compile(
    r"\b(?:i'?ve|we'?ve|i have|we have|have|has) (?:already )?(?:chased|reported|told|raised|"
    r"logged|"
    r"emailed|rung|phoned|been on at|passed (?:it|this) (?:on|to))\b|"
    r"\b(?:been|is|are|'s|was|were) (?:being )?(?:chased|booked|scheduled|sorted)\b|"
    r"\bi'?ll (?:empty|sort|fix|chase|report|raise|clear|cut|get (?:it|them|this) (?:sorted|"
    r"done))\b|"
    r"\bget sorted\b|\bbear with (?:us|me)\b|\bbear with\b|\bthanks? (?:you )?for your patience\b|"
    # round 13: the concern handed on or written up, with a promise to come back ("we've looked
    # into your complaint and passed it to Rotherham's dog wardens", "we've written to the
    # landowner. We'll update when we hear back")
    r"\bpassed (?:it|this|that|them|(?:your|the) \w+(?: \w+)?) (?:on )?to\b|"
    r"\b(?:i'?ve|we'?ve|i have|we have) (?:now |already )?written to\b|"
    r"\bwe'?ll (?:update|keep you (?:posted|updated|informed)|report back)\b|"
    r"\b(?:ask|tell|go to|can go to) the clerk\b|\bcome and tell us\b|\bon the agenda\b|"
    r"\bnearest\b|"
    # "where are we supposed to park?" answered with the place: "the school has opened its car
    # park", "you can use the one on Main Street"
    r"\b(?:has|have|is|are)(?: now)? (?:open|opened)\b|\byou can (?:use|park|go)\b|\btry the\b|"
    # round 23e: the job done or under way ("Emptied them first thing", "On it now, should all
    # be gone by dinner time")
    r"\bon it now\b|\bshould (?:all )?be (?:gone|cleared|sorted|fixed|done|back) by\b|"
    r"^\W*(?:emptied|cleared|fixed|sorted|swept|cut|mended|replaced) (?:it|them|the \w+)"
    r"(?: all)? (?:first thing|this morning|today|earlier|already)\b"
)


# G.4 (round 13): a reason that comes with a put-down is no answer ("Because we're volunteers.
# If you're that bothered get a bucket and do it yourself", "Because money doesn't grow on
# trees. Maybe read the minutes before kicking off?").
_PUT_DOWN = re.compile(
    r"\bdo it (?:your ?self|ya ?self)\b|\b(?:your ?self|ya ?self) then\b|\bread the minutes\b|"
    r"\bif (?:you'?re|your|ur|you are) that (?:bothered|clever|bright)\b|\bbefore kicking off\b|"
    r"\bget a life\b|\bstop (?:moaning|whinging|whining)\b"
)
# G.4 (round 13): the post answered only questions a decision ("These cameras cost us nine grand
# and do nowt. Who signed that off??", "Who voted for this rubbish?"): a view on what was
# decided, answered as a view. A problem on the ground beside it ("who decided to move the drop
# off?? carnage, someone's going to get hurt") is still a concern.
_DECISION_QUESTIONED = re.compile(
    r"\bwho (?:on earth |the hell |actually |even )?(?:voted for|signed (?:that|this|it|them) off|"
    r"agreed to|approved|decided|thought (?:this|that))\b"
)
_DECISION_KEYS = ("voted for", "signed", "agreed to", "approved", "decided", "thought th")


def _decision_questioned_only(c: Checking) -> bool:
    """G.4: the post answered questions only a decision ("Who signed that off??"), with no
    problem on the ground beside them: a view on what was decided, which needs no complaints
    route. A concern left in the other sentences counts unless it only judges the council
    (``_VERDICT_ONLY``)."""
    asked = c.reply.light.text
    if not any(k in asked for k in _DECISION_KEYS) or not _DECISION_QUESTIONED.search(asked):
        return False
    rest = " ".join(
        sentence
        for sentence in re.split(r"(?<=[.!?])\s+", c.post.in_reply_to)
        if not _DECISION_QUESTIONED.search(sentence.lower())
    )
    if not rest.strip():
        return True
    norm = normalise(rest)
    hits = [h[2].lower().strip() for h in c.find("concern", norm)]
    hits += [h[2].lower().strip() for h in c.find("concern_asked", norm)]
    return all(_VERDICT_ONLY.match(h) for h in hits)


# G.4 (round 13): readers urged to confront the culprit of a nuisance or an offence the post
# answered reported ("Go give em a knock 👊", "a few of us should pay him a visit", "someone
# should sort him out"), instead of reporting it: Rotherham's report-it pages or the police.
# Judged only with the report in the post answered or the post, and with no police or report
# named.
_CONFRONT = re.compile(
    r"\b(?:give|pay) (?:him|her|them|em|'em|the \w+) a (?:little |proper )?(?:knock|visit)\b|"
    r"\bsort (?:him|her|them|em|'em) out\b|\bhave (?:a )?(?:few )?words\b"
)
_CONFRONT_KEYS = ("knock", "visit", "sort", "words")
_OFFENCE_REPORTED = re.compile(
    r"\b(?:dump\w*|fly-?tip\w*|tipping|tippers?|rubble|smashed|vandal\w*|nicked|stolen|foul\w*|"
    r"dog (?:mess|muck|poo)|graffiti|racing|revving|burnt|burned)\b"
)
_POLICE_NAMED = re.compile(
    r"\b(?:police|101|999|report(?:ed|ing)? it|rotherham'?s? (?:site|website))\b"
)


def _confront(c: Checking) -> re.Match[str] | None:
    """G.4: readers urged to confront the culprit ("go give em a knock") of a nuisance or an
    offence reported in the post or the post answered, with no police or report-it route named:
    the confrontation is given instead of the route. The match, or None."""
    light = c.text.light.text
    if not any(k in light for k in _CONFRONT_KEYS):
        return None
    m = _CONFRONT.search(light)
    if m is None or _POLICE_NAMED.search(light):
        return None
    reported = c.reply.light.text if c.reply is not None else ""
    if _OFFENCE_REPORTED.search(reported) or _OFFENCE_REPORTED.search(light):
        return m
    return None


# A concern hit that only judges the council ("useless", "a disgrace", "does nothing"), as
# against a problem on the ground ("fly-tipping", "pothole") or a complaint about someone.
_VERDICT_ONLY = re.compile(
    r"^(?:useless|disgrace|disgraceful|disgusting|is a joke|a joke|shocking|appalling|"
    r"not good enough|not happy|fed up|sick of|unacceptable|not acceptable|that'?s not on|"
    r"nightmare|wast\w* (?:of )?(?:my |our )?(?:money|council tax)|"
    r"(?:does|did|do|done|doing) (?:nothing|nowt|sod all|bugger all))$"
)
# Money said to be wasted: an objection to a spend, a view to answer rather than a problem
# someone can resolve ("wasting money on Christmas lights", "a waste of our money").
_SPEND_VERDICT = re.compile(r"^wast\w* (?:of )?(?:my |our )?(?:money|council tax)$")


def _concern_hits(c: Checking) -> list[str]:
    hits = [h[2].lower().strip() for h in c.find("concern", c.reply)]
    hits += [h[2].lower().strip() for h in c.find("concern_asked", c.reply)]
    return hits


def _problem_named(c: Checking) -> bool:
    """The post answered names a problem on the ground or asks who or what will deal with it,
    not only a verdict on the council ("useless", "does nothing"). On the council's own page
    its "you lot" does not turn it into a mere jibe ("USELESS. Fly-tipping everywhere and you
    do NOTHING"): the page still owes the route. Between a councillor and a resident, a retort
    to such a post is a row (G.2), not a concern left unrouted."""
    return c.has("concern_asked", c.reply) or any(
        not _VERDICT_ONLY.match(h) for h in _concern_hits(c)
    )


def _spend_objection_only(c: Checking) -> bool:
    """The only concern in the post answered is money said to be wasted ("another year of
    wasting money on Christmas lights", "a skate park?? absolute waste of our money"): an
    objection to a spend, answered as a view; there is nothing for a body to resolve."""
    hits = _concern_hits(c)
    return bool(hits) and all(_SPEND_VERDICT.match(h) for h in hits)


@rule("resolution-route", lexicons=("concern", "concern_asked", "route"))
def resolution_route(c: Checking) -> Iterator[Hit]:
    """A reply to a concern or complaint that offers no way to resolve it.

    What it looks for:
        A reply to a post raising a concern or complaint (a service problem, a safety worry, a
        complaint about someone's conduct, a question of who or what will deal with a problem: "who
        do I even ring??", "where are we supposed to go?", "how is that fair?", or a message left
        unanswered: "emailed a month ago, no reply") that gives no route: no link, email, phone
        number, body to report to ("tell your MP", the Information Commissioner, a complaints form),
        or complaints procedure. A reply that waves the concern away ("nowt to do with us", "not my
        department", "someone'll get round to it eventually", "I'm sure it was just a
        misunderstanding") or undermines the route it names ("ring them, or don't, they never
        answer") counts even after a rude post; a reply that deals with it ("I've chased the
        borough", "booked for next week", "bear with us", "ask the Clerk", round 23e: "on it now,
        should all be gone by dinner time"), answers the question it
        was asked (a "when" with the day, "where's the caretaker?" with his absence and the cover,
        but a crime reported is dealt with only by the police: "I'll raise it at the next meeting"
        does not answer "they're dealing from a car behind the Co-op"), "who's the contractor?" with
        the firm's name) or turns it into party politics (judged under G.3) does not. A concern
        waved away by the thing it is about ("not our road pal", "moan at someone else") counts too.
        Outside a reply: a resident named in the registers aired as the cause of a nuisance that
        goes on ("X's skip is STILL on the pavement", "X and his mates are at it again with the
        bonfires") with no route, police or report mentioned; and the author offering themselves as
        the route for a borough service ("ring me direct if your bins weren't done") without the
        borough's own. A crime reported in the post answered ("a lad pulled a knife on my son", a
        bogus caller) is a concern in itself, and only the police's route answers it, unless the
        post answered is the police's own appeal with its number. Readers urged to go and
        confront the culprit of a nuisance the post answered reported ("go give em a knock")
        count; a reason followed by a put-down ("Because we're volunteers. Do it yourself") is no
        answer.

    Why it matters:
        Good practice G.4: "Offer routes to enable resolution of concerns and complaints e.g.,
        how to report to Rotherham Borough Council and other statutory bodies".

    Example:
        Answering "bins not collected since before Christmas" with "That's Rotherham Council's job,
        not ours."

    Instead:
        Point to the body that can fix it, with its link (the registers list the routes).

    Known limits:
        Does not judge whether the route given is the right one; personal jibes that only
        pose as complaints ("you lot never do anything") are not treated as concerns, but a
        request for help ("can you sort the potholes?"), a grievance about one's own things
        ("your lot published my email address"), and a concern put to the author by name
        ("Gaz, can the council sort ...") are; on the council's own page, so is a problem on the
        ground raised with a jab ("fly-tipping everywhere and you do NOTHING"). Asking who
        complained raises no concern, nor does a triumph ("smashed the Great North Run"), nor
        a jibe at the council with no problem in it (round 23f: "that complaints panel was a
        whitewash", "the parish council is useless", "a PR stunt"), nor money said to be wasted
        and nothing else ("wasting money on Christmas lights": a view
        on a spend, answered as such), nor a post that only questions a decision ("cost us nine
        grand and do nowt. Who signed that off??"); a reply that hands the concern on ("passed it
        to the dog wardens", "we've written to the landowner") deals with it, and "who do I
        speak to?" answered with who will deal with it or where to find the author is answered;
        "that's the ICO's problem, not ours" waves it
        away even though it names a body. Outside
        a reply, thanks for clearing a mess, a resident named as the one who complained, and an
        accusation ("everyone knows it's him", judged under 6.10) are not aired nuisances.
    """
    if not c.post.in_reply_to or c.reply is None:
        hit = _aired_nuisance(c) or _self_as_route(c)
        if hit is not None:
            yield Hit(
                hit[0],
                hit[1],
                f"'{hit[2]}' airs a concern in public without the route to resolve it.",
                "Say who can deal with it and how (Rotherham's 'Report it' pages, 101 for the "
                "police), rather than naming and complaining.",
            )
        return
    light = c.text.light.text
    # the reply waves the concern away ("nowt to do with us", "not my department") or
    # undermines the route it names ("ring the council, or don't, they never answer"): the
    # post answered was asking for something, even when it was rude about it
    deflect = _DEFLECT.search(light) or _confront(c)
    undermine = _UNDERMINE.search(light) if c.has("concern", c.reply) or deflect else None
    if not (deflect or undermine):
        jibe = (
            JAB.search(_IDIOMS.sub(" ", c.post.in_reply_to))
            and not REQUEST.search(c.post.in_reply_to)
            and not _OWN_GRIEVANCE.search(c.reply.light.text)
            and not _TO_CULPRIT.match(c.reply.light.text)
            and not (c.official and _problem_named(c))
        ) or (
            _COUNCIL_JIBE.search(c.reply.light.text) is not None
            and not REQUEST.search(c.post.in_reply_to)
        )
        # a crime reported is a concern, unless the police already gave their own route (an
        # appeal for information shared)
        answered = c.reply.light.text
        crime = _CRIME_REPORTED.search(answered) and not _POLICE.search(answered)
        if not (_concern_answered(c) or crime) or jibe or _jibe_at_author(c):
            return
        if _spend_objection_only(c):
            return  # an objection to a spend is a view to answer, not a problem to route
        if _ASKS_WHO.search(c.reply.light.text) and not _OWN_GRIEVANCE.search(c.reply.light.text):
            return  # asking who complained raises no concern of one's own
        if _PRAISE_OPENING.match(c.reply.light.text):
            return  # thanks or congratulations raise no concern
        if _decision_questioned_only(c):
            return  # "who signed that off??": a view on a decision, answered as such
        if (
            _WHY.search(c.reply.light.text)
            and _REASON_GIVEN.search(light)
            and not _PUT_DOWN.search(light)
        ):
            return  # a "why" answered with its reason (not with "do it yourself" after it)
        if _question_answered(c):
            return  # a question of when, where or who answered with what it asked for
        if _RESOLVING.search(light) and not _crime_without_police(c):
            return  # the reply deals with it: chased, booked, passed to the office, "bear with us"
        if _partisan(c) or voter_shame(c) or divisive_issue(c):
            return  # the reply turns the concern into party politics: judged under G.3
    contact = c.links or any(s.kind in ("phone", "email") for s in c.personal_data)
    named = c.has("route") or (not deflect and _ROUTE_NAMED.search(light) is not None)
    if contact or (named and not undermine):
        return
    words = content_words(c.post.in_reply_to)
    best = max(
        c.ctx.council.routes, key=lambda r: len(content_words(r.topic) & words), default=None
    )
    if best is not None and content_words(best.topic) & words:
        suggestion = f"Point them to {best.body}: {best.how} {best.url}".strip()
    else:
        suggestion = "Say who can help and how to contact them (link, email or phone)."
    yield whole_post("The reply to a concern offers no route to resolve it.", suggestion)


# Round 23f: a jibe at the council or its members, with no problem for anyone to route ("that
# complaints panel was a whitewash", "the parish council is useless", "sat on its hands", "a PR
# stunt", "what are you hiding?"): the writers answer it with G.2 or nothing, not G.4.
_COUNCIL_JIBE = re.compile(
    r"\b(?:whitewash|pr stunt|sat on (?:its|their|your) hands|what (?:are|is) (?:you|they|the "
    r"council) hiding|do your (?:jobs?|job properly)|where was (?:our|the|treeton \w+'s) "
    r"councillor|(?:parish )?council (?:is|are) (?:useless|a joke|a shambles|a disgrace|"
    r"pointless)|so'?s the (?:parish )?council)\b"
)


# A crime reported in the post answered ("someone's dealing from a car behind the Co-op"): only
# the police can deal with it, so "I'll raise it at the next meeting" is no route.
_CRIME_REPORTED = re.compile(
    r"\b(?:dealing|drugs?|burglar\w*|break-?ins?|broken into|broke into|stolen|theft|thieves|"
    r"assault\w*|mugged|mugging|stabb\w*|knives|arson|"
    # round 19: a crime reported is a concern in itself ("a lad pulled a knife on my son",
    # "a bloke at the door saying he's from the council ... mine let him in")
    r"knife|knifed|bogus (?:caller|workman|official)s?|saying he'?s from the council|"
    r"claiming to be from the council)\b"
)
_POLICE = re.compile(r"\b(?:police|101|999|crimestoppers|pcsos?|coppers|neighbourhood team)\b")


def _crime_without_police(c: Checking) -> bool:
    """The post answered reports a crime and the reply does not send it to the police."""
    return (
        c.reply is not None
        and _CRIME_REPORTED.search(c.reply.light.text) is not None
        and _POLICE.search(c.text.light.text) is None
    )


# A nuisance, an obstruction or a mess that a body can act on (Rotherham's 'Report it' pages,
# environmental health, the police).
_NUISANCE = re.compile(
    r"\b(?:skips?|parked|parking|parks (?:on|across)|blocking|bonfires?|smoke|dump(?:s|ed|ing)|"
    r"tipping|fly-?tip\w*|garden waste|dog (?:mess|muck|poo|dirt)|fouling|barking|fireworks|"
    r"rockets|loud music|burning (?:rubbish|waste|tyres)|graffiti|overgrown|scramblers?|"
    r"quad bikes?)\b"
)
# Going on: "again", "STILL", "at it again", "every night", "for weeks".
_ONGOING = re.compile(
    r"\b(?:again|still|at it|every (?:night|morning|day|weekend|week)|keeps|constantly|"
    r"for (?:days|weeks|months|ages))\b"
)
# The resident named is the one who complained, or the claim is an accusation (judged under
# 6.10 and 6.9): "rang me again about", "everyone knows it's him", "I'd put money on".
_NOT_A_NUISANCE_REPORT = compile_word_starts(
    r"\b(?:rang|rung|called|phoned|emailed|messaged|complained|complaint|flagging|flagged|"
    r"thanks?|thank you|cheers|well done|everyone knows|everybody knows|we all know|word is|"
    r"i'?d (?:bet|put money)|prove me wrong|sharing)\b|\bit'?s (?:him|her|them)\b"
)
_POLICE_OR_REPORTED = re.compile(
    r"\b(?:police|101|999|reported|rotherham|borough|environmental health|report it)\b"
)


def _aired_nuisance(c: Checking) -> tuple[int, int, str] | None:
    """A resident named in the registers, aired as the cause of a nuisance that goes on ("Barry's
    skip is STILL on the pavement", "Colin and his mates are at it again with the bonfires"),
    with no route: the post names and complains instead of saying who can deal with it."""
    light = c.text.light.text
    if not _NUISANCE.search(light) or not _ONGOING.search(light):
        return None
    if c.links or c.has("route") or _POLICE_OR_REPORTED.search(light):
        return None
    if _NOT_A_NUISANCE_REPORT.search(light):
        return None  # asked once for the post, not once per resident named
    for mention in c.mentions:
        if not any(
            (p := c.ctx.person(pid)) is not None and not p.is_colleague
            for pid in mention.person_ids
        ):
            continue
        sentence = c.light_sentence(mention.start)
        if _NUISANCE.search(sentence) and _ONGOING.search(sentence):
            return mention.start, mention.end, c.post.text[mention.start : mention.end]
    return None


# "Ring me direct if your bins weren't done": the author made the route for a borough service.
_SELF_ROUTE = re.compile(
    r"\b(?:ring|call|text|message|phone|dm|inbox|e-?mail) me\b(?: direct(?:ly)?)?[^.!?]{0,30}"
    r"\bif (?:your|ur|the) (?:bins?|recycling|pot ?holes?|street ?lights?|lamp ?posts?|"
    r"collection|drains?|grit bins?)\b"
)


def _self_as_route(c: Checking) -> tuple[int, int, str] | None:
    """The author offers themselves as the route for a borough service ("ring me direct if your
    bins weren't done") without the borough's own route."""
    light = c.text.light.text
    m = _SELF_ROUTE.search(light)
    if m is None or c.links or re.search(r"\b(?:rotherham|borough|report it)\b", light):
        return None
    return c.light_hit(m)
