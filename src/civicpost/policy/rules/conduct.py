"""Section 6, the conduct must-nots: title, speaking for the council, disrepute, decisions,
hostility, the law, and predetermination."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..detectors.matching import content_words, keyword_hits
from ..text import normalise
from .base import Checking, Hit, rule
from .signals import PLACE_WORDS, accusations, group_hostility, innuendo, insults
from .structures import (
    acting_against_decision,
    community_hostility,
    council_voice,
    covert_offence,
    culprit,
    jibe,
    misstated_figure,
    stated_position,
)

# Punctuation slipped inside the abbreviation ("C'llr", "C.llr", "Cl-lr") still spells the title.
TITLE = r"(?:c['\u2019.\-*]?[il1|]['\u2019.\-*]?[il1|]['\u2019.\-*]?r|councill?or)"
TITLE_WORD = re.compile(rf"(?<![a-z]){TITLE}(?![a-z])")
TITLE_IN_HANDLE = re.compile(TITLE)


@rule("councillor-title")
def councillor_title(c: Checking) -> Iterator[Hit]:
    """The Cllr or Councillor title used on a personal account.

    What it looks for:
        On a personal account: "Cllr" or "Councillor" in the display name, the handle or the bio,
        or in the post next to the author's own name ("Cllr Wragg here", "#CllrWragg", "Terry
        Wragg, Councillor for Treeton North"), including disguised forms ("C1lr", a Cyrillic
        "С", a zero-width space inside); a councillor styling themselves by the title without a
        name ("speaking as your Councillor", "I'm your local councillor").

    Why it matters:
        Clause 6.1: employees and councillors must not "use the Cllr or Councillor title on
        personal social media".

    Example:
        Display name "Cllr Keith Dawson" on a personal Facebook profile.

    Instead:
        Use your name alone on personal accounts; use the title only on council channels.

    Known limits:
        Calling a colleague "Cllr Smith" is not using the title, and is not flagged; nor is a
        council-issued address such as cllr.gill@... . Official accounts are never flagged.
    """
    if c.official:
        return
    for field_name in ("display_name", "handle", "bio"):
        norm = c.field_text(field_name)
        pattern = TITLE_IN_HANDLE if field_name == "handle" else TITLE_WORD
        m = pattern.search(norm.full.text)
        if m:
            start, end = norm.full.span(m.start(), m.end())
            yield Hit(
                start,
                end,
                f"The {field_name.replace('_', ' ')} of a personal account uses the "
                "councillor title.",
                "Remove 'Cllr'/'Councillor' from your personal profile.",
                evidence=norm.original[start:end],
                field=field_name,
            )
            return
    author = c.author
    if author is None:
        return
    names = {author.name, author.surname, *author.aliases}
    names = {n.lower() for n in names if n and len(n) > 1 and TITLE_WORD.search(n.lower()) is None}
    if not names:
        return
    body = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True)
    )
    own = re.compile(
        rf"(?<![a-z@.]){TITLE}\.?\s*(?:[a-z]+\.?\s+)?(?:{body})(?![a-z])"
        rf"|(?<![a-z@.])(?:{body})\s*[,(\-]\s*(?:your\s+)?(?:parish\s+|ward\s+|local\s+)?"
        rf"{TITLE}(?![a-z])"
    )
    for m in own.finditer(c.text.full.text):
        start, end = c.text.full.span(m.start(), m.end())
        if any(start < e and s < end for s, e in c.masked):
            continue
        yield Hit(
            start,
            end,
            "The post styles its author with the councillor title on a personal account.",
            "Sign personal posts with your name alone.",
            evidence=c.post.text[start:end],
        )
        return
    if not author.is_councillor:
        return
    m = SELF_STYLED.search(c.text.full.text)
    if m:
        start, end = c.text.full.span(m.start(), m.end())
        yield Hit(
            start,
            end,
            "The post styles its author with the councillor title on a personal account.",
            "Say who you are by name alone on personal accounts.",
            evidence=c.post.text[start:end],
        )


# The author speaking in the first person under the title ("speaking as your Councillor",
# "I'm your local councillor"), without a name: the title used on a personal account all the same.
SELF_STYLED = re.compile(
    rf"(?<![a-z])(?:(?:speaking|writing|posting|wearing my hat) )?as your (?:parish |ward |local )?"
    rf"{TITLE}(?![a-z])|\b(?:i'?m|i am|this is) your (?:parish |ward |local )?{TITLE}(?![a-z])"
)


def _decided_topic(c: Checking) -> bool:
    """Does the post name a decision already taken, by a keyword of that decision that no agenda
    item shares? A shared place ("the rec": cameras decided, a skate park debated) does not say
    which matter the post is about."""
    shared = {k.lower() for item in c.ctx.agenda_items for k in item.keywords}
    return any(
        d.date <= c.day
        and keyword_hits([k for k in d.keywords if k.lower() not in shared], c.text.light.text)
        for d in c.ctx.decisions
    )


def _place_only(keyword: str) -> bool:
    """A keyword that is only a street or place name ("Wood Lane"): streets recur in posts about
    other things (grit bins on Wood Lane), so alone they do not identify an agenda item."""
    words = keyword.split()
    return all(w[:1].isupper() for w in words) and words[-1] in PLACE_WORDS


_FIGURE = re.compile(r"£\d[\d,]*(?:\.\d+)?|\d+(?:\.\d+)?%|\b[A-Z]*\d+/\d+\b")


def _figures(title: str) -> list[str]:
    """Distinctive figures in an agenda item's title: options ("+9.5%"), sums ("£52"),
    application numbers ("RB2026/1187"). A post quoting one refers to the item."""
    return [m.group(0).lower() for m in _FIGURE.finditer(title)]


def _mentions_item(item, keywords: list[str], texts: list[str]) -> bool:
    """Does one of ``texts`` refer to the agenda item? A topic keyword or a figure from its title
    is enough; a place-name keyword needs a topic word of the item too ("the Wood Lane mast",
    "Washfield Lane houses")."""
    topic = [k for k in keywords if not _place_only(k)]
    places = [k for k in keywords if _place_only(k)]
    if any(keyword_hits(topic, t) for t in texts):
        return True
    figures = _figures(item.title)
    if figures and any(
        re.search(rf"(?<![\w.]){re.escape(f)}(?![\w])", t) for f in figures for t in texts
    ):
        return True
    if not places or not any(keyword_hits(places, t) for t in texts):
        return False
    item_words = content_words(" ".join([item.title, *topic])) - content_words(" ".join(places))
    return any(item_words & content_words(t) for t in texts)


def _only_via_decision(c: Checking, item) -> bool:
    """The post reaches an agenda item only through keywords it shares with a decision already
    taken, and names that decision by keywords of its own ("the CCTV cameras they agreed for the
    rec" is about the cameras decided, not the skate park at the rec still to be decided): a
    closed mind about a decision made is judged under 6.4, not 6.11."""
    text = c.text.light.text
    hits = {k for k in item.keywords if keyword_hits([k], text)}
    if not hits:
        return False
    for d in c.ctx.decisions:
        if d.date > c.day:
            continue
        shared = {k.lower() for k in d.keywords}
        own = [k for k in d.keywords if k.lower() not in {h.lower() for h in item.keywords}]
        if all(h.lower() in shared for h in hits) and keyword_hits(own, text):
            return True
    return False


def _undecided_items(c: Checking, include_reply: bool = True):
    texts = [c.text.light.text]
    if include_reply and c.reply is not None:
        texts.append(c.reply.light.text)
    out = []
    for item in c.ctx.agenda_items:
        if not c.ctx.undecided(item, c.at):
            continue
        keywords = list(item.keywords)
        if item.confidential and item.confidential in c.ctx.confidential_by_id:
            keywords += c.ctx.confidential_by_id[item.confidential].keywords
        if _mentions_item(item, keywords, texts):
            out.append(item)
    return out


@rule(
    "personal-opinion-as-council",
    lexicons=(
        "council_voice",
        "opinion_markers",
        "parties",
        "endorsements",
        "commercial_plug",
        "campaign_slogans",
    ),
)
def personal_opinion_as_council(c: Checking) -> Iterator[Hit]:
    """A personal view presented as the council's, or posted in the council's name.

    What it looks for:
        On a personal account: claims to speak for the council ("we at the parish council have
        decided", "the council's official line is", "we at Ashby PC think", "the council doesn't
        want", "on behalf of the parish council, ...") about something the council has not
        decided.
        On an official account: first-person opinion ("I think"), party politics, endorsements,
        a recommendation of a private business ("our Gaz recommends ... Roofing"), campaign
        slogans during a pre-election period ("let's keep Treeton moving forward"), or the
        council taking a side on an item it has not yet decided.

    Why it matters:
        Clause 6.2: employees and councillors must not "present personal opinions as that of the
        Parish Council".

    Example:
        "The parish council backs the skate park 100%" before the committee has met.

    Instead:
        Say "I think" on your own account; on the council's account, report decisions and facts.

    Known limits:
        Recognises common phrasings; a claim matching a recorded decision is taken as a report.
    """
    voice = c.first("council_voice") or council_voice(c)
    if not c.official:
        if voice and not (_decided_topic(c) and not _undecided_items(c, include_reply=False)):
            yield Hit(
                voice[0],
                voice[1],
                f"'{voice[2]}' presents a view as the council's, but the registers record no "
                "such decision.",
                "Say it is your own view, or quote the council's decision and minute.",
            )
        return
    opinion = (
        c.first("opinion_markers")
        or c.first("parties")
        or c.first("endorsements")
        or c.first("commercial_plug")
    )
    if opinion is None and c.ctx.elections_in_period(c.at):
        opinion = c.first("campaign_slogans")
    if opinion is None and voice and _undecided_items(c, include_reply=False):
        opinion = voice
    if opinion:
        yield Hit(
            opinion[0],
            opinion[1],
            f"'{opinion[2]}' is a personal or political view on the council's account.",
            "Keep the council's account to decisions and facts; post opinions on your own account.",
        )


def council_property_for_sale(c: Checking) -> tuple[int, int, str] | None:
    """Council property offered for private gain (clauses 6.3 and 6.10): an explicit misuse cue
    ("the council won't miss them", "no questions asked"), or, on a personal account, a price or
    hire cue ("twenty quid for the day", "a tenner each") with council property ("the council's
    strimmer", "spare in the yard"). The council's own page may advertise hire at a price."""
    hit = c.first("misuse")
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
        bingo hall", "if you knew half of what goes on at that council"); owning up to an
        offence ("five pints and drove home") or advising one ("just leave it there after dark,
        nobody checks"); drunkenness (in the
        text or the picture's description); mocking members of
        the public (unprompted ridicule of a resident, a caller or a group of residents: "had a
        good laugh at the bloke who ...", "someone rang to ask ... you couldn't make it up 🙄");
        offering or hiring out council property for private gain on a personal account ("the
        council's strimmer, twenty quid for the day"); inflammatory remarks about a faith or a
        community.

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
    """
    for hit, message in (
        (c.first("profanity"), "Swearing in a post reflects on the council."),
        (
            council_property_for_sale(c),
            "This suggests council property being used or sold for private gain.",
        ),
    ):
        if hit:
            yield Hit(hit[0], hit[1], f"{message} ('{hit[2]}')", "Remove it before posting.")
            return
    hit = c.first("council_trading")
    if hit:
        yield Hit(
            hit[0],
            hit[1],
            "Trading on the council's name for a private discount embarrasses the council.",
            "Do not offer or advertise deals in the council's name.",
        )
        return
    author = c.author
    if author is not None and (author.is_councillor or author.is_employee):
        hit = c.first("council_disparagement")
        if hit:
            yield Hit(
                hit[0],
                hit[1],
                "A councillor or officer running down the council in public brings it into "
                "disrepute.",
                "Raise concerns about how the council works with the Clerk or the Chair.",
            )
            return
    hit = c.first("offences") or covert_offence(c)
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
    hostile = group_hostility(c) or [h for h in [community_hostility(c)] if h]
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
    mocking = c.first("ridicule") or c.first("mock_emoji")
    if mocking is None:
        return
    public = c.first("public_targets")
    residents = [
        m
        for m in c.mentions
        if any((p := c.ctx.person(pid)) is not None and not p.is_colleague for pid in m.person_ids)
    ]
    handle = re.search(r"(?<![\w.])@\w{3,}", c.post.text)
    screenshot = any(
        a.kind == "screenshot" and a.source == "third_party" for a in c.post.attachments
    )
    if public or residents or handle or screenshot:
        yield Hit(
            mocking[0],
            mocking[1],
            "Mocking members of the public embarrasses the council.",
            "Do not post it; reply politely or not at all.",
        )


@rule("contrary-to-decision", lexicons=("contrary", "acceptance"))
def contrary_to_decision(c: Checking) -> Iterator[Hit]:
    """Campaigning against, or undermining, a democratic decision of the council.

    What it looks for:
        A post about a decision already taken (matched by the decision's keywords) that calls it
        wrong and urges people to act against it: boycotts, petitions and campaigns to reverse
        it, "ignore it", refusing to pay, leaving locked things unlocked, holding the event the
        council decided against anyway ("let's have one anyway, who's in?"), or damaging what it
        put in place ("someone should spray the lenses"). Structures: the decision's topic words
        with the poster setting themselves against the council ("whatever the council voted",
        "they may have X but we haven't", "don't tell the clerk") and a call on readers to act
        ("bring", "get your ... in", "I'd urge you all", "ring me and I'll ..."); a call to spread
        a reply that condemns the decision; or a figure for the decision's outcome ("went up
        10%") that neither the resolution nor any agenda item's title contains.

    Why it matters:
        Clause 6.4: must not "post content that is contrary to the democratic decisions of the
        Parish Council".

    Example:
        "The bonfire decision was a joke ... Boycott the lantern parade!"

    Instead:
        Say how you voted and why, and that you accept the decision; raise it again through a
        motion to council.

    Known limits:
        Needs the decision in the registers. Saying you voted against and accept the outcome is
        fine and is not flagged.
    """
    if c.has("acceptance"):
        return
    hit = c.first("contrary")
    decisions = []
    if hit is not None:
        texts = [c.text.light.text] + ([c.reply.light.text] if c.reply is not None else [])
        decisions = [
            d
            for d in c.ctx.decisions
            if d.date <= c.day and any(keyword_hits(d.keywords, t) for t in texts)
        ]
    if not decisions:
        found = acting_against_decision(c) or misstated_figure(c)
        if found is None:
            return
        hit, decisions = found[0], [found[1]]
    decision = decisions[0]
    yield Hit(
        hit[0],
        hit[1],
        f"'{hit[2]}' goes against the council's decision "
        f"(minute {decision.minute or decision.id}).",
        "Say how you voted and that you accept the decision, or propose a motion to review it.",
        evidence=decision.resolution[:160],
    )


@rule(
    "hostile-language",
    lexicons=("threats", "intimidation", "vigilante", "religion_terms", "othering"),
)
def hostile_language(c: Checking) -> Iterator[Hit]:
    """Threats, incitement and inflammatory remarks about a faith or community.

    What it looks for:
        Threats ("see what happens", "I know where you drink"), intimidation ("any more of this
        and I'm coming round"), calls to violence, damage or taking the law into one's own hands
        ("put a brick through the window", "go down there and shift them ourselves") and othering
        remarks about a faith or community.

    Why it matters:
        Clause 6.9: must not "post, forward or link to controversial or potentially inflammatory
        remarks, engage in personal attacks, online fights and hostile communications".

    Example:
        "Say that again and see what happens. I know where you drink."

    Instead:
        Do not reply in anger; report abuse to the platform, the Clerk or the police.

    Known limits:
        Lexicon-based; veiled threats in unusual wording can be missed.
    """
    hit = c.first("threats") or c.first("intimidation") or c.first("vigilante")
    if hit:
        yield Hit(
            hit[0],
            hit[1],
            f"'{hit[2]}' reads as a threat, intimidation or a call to harm.",
            "Delete it; report abuse instead of answering it.",
        )
        return
    hostile = group_hostility(c)
    if hostile:
        yield Hit(
            hostile[0][0],
            hostile[0][1],
            "An inflammatory remark aimed at a faith or community.",
            "Do not post it.",
        )


@rule(
    "personal-attack",
    lexicons=("insults", "accusations", "people_nouns", "institutions", "parties"),
)
def personal_attack(c: Checking) -> Iterator[Hit]:
    """Insults and name-calling aimed at a person or a group of people.

    What it looks for:
        Insults ("idiot", "cl0wn", "i d i o t"), contemptuous phrases ("wind your neck in", "you're
        a joke", "a bitter troll like you") and accusations, aimed at you, a named person, a
        handle, or a group of people; an insult noun after a determiner names its own target
        ("tell the clowns on the committee"). Structures without an insult word: a mock title as
        a nickname in a mocking post ("Captain Moan's at it again"), belittling the person
        answered ("you clearly can't read", "do you ever leave the house", "maybe your mum should
        ..."), and a dog-whistle about unnamed residents with a negative verdict ("gone downhill
        since certain families moved in").

    Why it matters:
        Clause 6.9: must not "engage in personal attacks, online fights and hostile
        communications as this may constitute bullying or harassment".

    Example:
        "Cllr Ellison is an absolute cl0wn."

    Instead:
        Criticise the decision or the policy, not the person.

    Known limits:
        Robust criticism of a policy, a decision, a government or a party's record is protected
        political speech and is not flagged; sarcasm without insulting words is missed.
    """
    for hit in insults(c) + accusations(c):
        yield Hit(
            hit[0],
            hit[1],
            f"'{hit[2]}' is a personal attack.",
            "Criticise the decision or the policy, not the person.",
        )
        return
    found = jibe(c)
    if found:
        yield Hit(
            found[0],
            found[1],
            f"'{found[2]}' belittles or insinuates about people: a personal attack.",
            "Criticise the decision or the policy, not the person.",
        )


@rule(
    "unlawful-allegation",
    lexicons=(
        "accusations",
        "threats",
        "incitement",
        "misuse",
        "sale_cues",
        "council_property",
        "ballot_secrecy",
        "offences",
        "innuendo",
        "misconduct_topics",
        "parties",
        "institutions",
    ),
)
def unlawful_allegation(c: Checking) -> Iterator[Hit]:
    """Allegations of crime or dishonesty, threats, incitement, and other posts against the law.

    What it looks for:
        Accusing an identifiable person or firm of theft, lying, fraud, corruption or another
        crime ("a known drug dealer"), directly or by innuendo about money or interests ("Cllr X's
        expenses ... make of that what you will"); threats; urging others to break the law
        (damage, vigilantism, not paying tax); selling or hiring out council property for
        private gain; breaching the secrecy of the ballot; owning up to an offence such as
        driving after drinking; advice on getting away with one ("just ... after dark, nobody
        checks"); someone pointed out as the culprit ("this is the man who dumped ..."); an
        insinuation about a colleague singled out without a name ("the same councillor", "only
        one person has the key").

    Why it matters:
        Clause 6.10: must not "conduct any online activity that is against regulation or law
        e.g., may be deemed libellous or that constitutes a criminal offence."

    Example:
        "Graham Lund, you are a liar and everyone in this village knows it."

    Instead:
        Take concerns about wrongdoing to the police, the Monitoring Officer or the Clerk, not to
        social media.

    Known limits:
        Cannot judge truth: a true statement may still be flagged for review.
    """
    for hit in (
        c.first("threats"),
        c.first("incitement"),
        council_property_for_sale(c),
        c.first("ballot_secrecy"),
        c.first("offences"),
        covert_offence(c),
    ):
        if hit:
            yield Hit(
                hit[0],
                hit[1],
                f"'{hit[2]}' may be unlawful (threat, incitement or offence).",
                "Do not post it.",
            )
            return
    found = accusations(c) or innuendo(c) or [h for h in [culprit(c)] if h]
    if found:
        hit = found[0]
        yield Hit(
            hit[0],
            hit[1],
            f"'{hit[2]}' accuses someone identifiable of wrongdoing: a libel risk.",
            "Report concerns to the police, the Monitoring Officer or the Clerk instead.",
        )


@rule("predetermination", lexicons=("closed_mind", "open_mind", "council_voice"))
def predetermination(c: Checking) -> Iterator[Hit]:
    """A councillor's closed mind on a matter the council has still to decide.

    What it looks for:
        A councillor writing about an agenda item before its meeting (matched by its keywords, in
        the post or in the post it answers) with closed-mind words: "my mind's made up",
        "whatever anyone says", "over my dead body", "I'll be voting it down", "I won't be
        approving a single one", "no consultation will change my mind"; or a councillor
        announcing the council's position on it before the meeting ("the council is firmly
        opposed to the mast"). Structures: a first-person vote declared ("I'm not voting for
        any rise", "won't be voting for it") or a verdict that closes the matter ("and that's
        that", "an easy one on the 12th") in a post that names the item by a topic word.

    Why it matters:
        Clause 6.11: "Councillors must avoid posting views in advance of a decision to be debated
        by the Council or a Committee meeting, that may constitute predetermination or bias." The
        Localism Act 2011 s.25: councillors must not have "had or appeared to have had a closed
        mind (to any extent) when making the decision".

    Example:
        "Skate park? Over my dead body. I'll be voting it down on the 9th."

    Instead:
        Share concerns and say you will weigh the evidence and residents' views at the meeting.

    Known limits:
        Needs the agenda in the registers. An open-minded remark ("before I decide") is not
        flagged. Officers (the Clerk) are not decision-makers and are not flagged.
    """
    if c.author is None or not c.author.is_councillor or c.has("open_mind"):
        return
    hit = c.first("closed_mind") or c.first("council_voice")
    structural = hit is None
    if structural:
        hit = stated_position(c)
    if hit is None:
        return
    items = [i for i in _undecided_items(c) if not _only_via_decision(c, i)]
    if structural:
        # A declared vote or a verdict is tied to an item by one of its topic words, not by a
        # figure that may be a coincidence ("turnout was 12.5% up").
        texts = [c.text.light.text] + ([c.reply.light.text] if c.reply is not None else [])
        items = [i for i in items if any(keyword_hits(i.keywords, t) for t in texts)]
    if items:
        item = items[0]
        yield Hit(
            hit[0],
            hit[1],
            f"'{hit[2]}' shows a closed mind on '{item.title}', still to be decided.",
            "Say you will listen to the evidence and residents at the meeting before deciding.",
            evidence=item.id,
        )
