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
    acting_on_it,
    appeal_culprit,
    campaign_against_stance,
    community_hostility,
    community_stereotype,
    council_stance,
    council_voice,
    covert_offence,
    culprit,
    decisions_about,
    declared_stance,
    disabled_outcome,
    doing_the_chosen,
    duty_neglect,
    idle_on_duty,
    insider_derision,
    insider_tease,
    jibe,
    kept_found,
    meetings_named,
    migrant_hostility,
    misstated_figure,
    misstated_stance,
    negated,
    obstruction_call,
    office_leverage,
    reported_allegation,
    resource_misuse,
    restored_outcome,
    scare_quoted_misdeed,
    stated_position,
    undo_call,
    urged_harm,
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
    which matter the post is about; nor does a one-word keyword qualified by a word the decision
    does not use ("speed cameras" when CCTV cameras were decided)."""
    shared = {k.lower() for item in c.ctx.agenda_items for k in item.keywords}
    text = c.text.light.text
    for d in c.ctx.decisions:
        if d.date > c.day:
            continue
        hits = keyword_hits([k for k in d.keywords if k.lower() not in shared], text)
        if any(
            not _qualified_away(text, start, keyword, d) and not _place_elsewhere(text, keyword, d)
            for start, _, keyword in hits
        ):
            return True
    return False


def _place_elsewhere(text: str, keyword: str, decision) -> bool:
    """A place-name keyword ("Bole Hill") in a post that shares no other word with the
    decision's resolution: another matter at the same place (a quarry, not the solar farm)."""
    if not _place_only(keyword):
        return False
    place = content_words(keyword)
    resolution = content_words(" ".join([decision.resolution, *decision.keywords])) - place
    return not (resolution & (content_words(text) - place))


# Words that qualify a thing without making it another thing ("the extra cameras").
_GENERIC_QUALIFIERS = frozenset(
    {
        "extra", "further", "additional", "proposed", "planned", "existing", "agreed",
        "promised", "installed", "bloody", "council's", "village", "parish", "public",
        "current", "latest",
    }
)  # fmt: skip


def _qualified_away(text: str, start: int, keyword: str, decision) -> bool:
    """A one-word keyword right after a content word that neither the decision's resolution nor
    its keywords use: a compound naming another thing ("speed cameras", "traffic cameras")."""
    if " " in keyword.strip():
        return False
    before = re.search(r"([a-z][a-z'\-]+)\s+$", text[max(0, start - 30) : start])
    if before is None or before.group(1) in _GENERIC_QUALIFIERS:
        return False
    words = content_words(before.group(1))
    known = content_words(" ".join([decision.resolution, *decision.keywords]))
    return bool(words) and not words <= known


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
        decided; the council as the subject taking a side, holding a view or a feeling, or
        promising money ("Ashby PC is 100% behind ...", "the parish council fully backs ...",
        "the parish council is very disappointed with ...", "the council will be finding the
        money for ...", "won't be putting a penny towards ..."); a position stated in its name
        ("Ashby PC position on the Local Plan: ...", "from the parish council's point of view",
        "speaking for Ashby PC: ...").
        On an official account: first-person opinion ("I think"), party politics, endorsements,
        a recommendation of a private business ("our Gaz recommends ... Roofing"), campaign
        slogans during a pre-election period ("let's keep Treeton moving forward"), the
        council taking a side on an item it has not yet decided, or taking a side or a view on
        any matter with no decision recorded ("the parish council believes ...", "we at the
        parish council think ...", "our view at the parish council: ...").

    Why it matters:
        Clause 6.2: employees and councillors must not "present personal opinions as that of the
        Parish Council".

    Example:
        "The parish council backs the skate park 100%" before the committee has met.

    Instead:
        Say "I think" on your own account; on the council's account, report decisions and facts.

    Known limits:
        Recognises common phrasings; a claim matching a recorded decision is taken as a report,
        unless it names another thing under the decision's keyword ("speed cameras" when CCTV
        cameras were decided) or only the decision's place ("a quarry at Bole Hill" when a
        solar farm there was decided). The council's own page may announce spending and say it
        is appalled by vandalism.
    """
    voice = c.first("council_voice") or council_voice(c) or council_stance(c)
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
    if opinion is None and (found := council_stance(c)) and not _decided_topic(c):
        opinion = found
    if opinion:
        yield Hit(
            opinion[0],
            opinion[1],
            f"'{opinion[2]}' is a personal or political view on the council's account.",
            "Keep the council's account to decisions and facts; post opinions on your own account.",
        )


_TRADE = re.compile(
    r"\b(?:get|getting|got|buy|buying|bought|sell|selling|sold|cash|quid|price|going for|collect|"
    r"pick up|shift|offload|want|spare)\b|\bgoing(?! to\b| on\b| out\b| up\b| down\b)|£"
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
        if re.search(r"\bfree\b", sentence) or not _TRADE.search(sentence):
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
        competence ("some of our councillors couldn't read an agenda if you paid them"), or
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
        nobody checks"); drunkenness (in the text or the picture's description); mocking
        members of the public (unprompted ridicule of a resident, a caller or a group of
        residents: "had a good laugh at the bloke who ...", "someone rang to ask ... you
        couldn't make it up 🙄", or an insult in an open letter: "To the muppet who ...");
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
        Criticism of another body ("the borough's roadworks are a shambles") is not running the
        council down; "no questions asked" of a free offer is not a sale.
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
    if author is not None and (author.is_councillor or author.is_employee):
        hit = c.first("council_disparagement") or insider_derision(c)
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
            kept_found(c),
            "Owning up to keeping what one found brings the council into disrepute.",
            "Do not post it; hand found property to the police.",
        ),
    ):
        if found:
            yield Hit(found[0], found[1], message, suggestion)
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
    public = c.first("public_targets")
    mocking = c.first("ridicule") or c.first("mock_emoji") or _insulting_address(c, public)
    if mocking is None:
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
    if public or residents or handle or screenshot:
        yield Hit(
            mocking[0],
            mocking[1],
            "Mocking members of the public embarrasses the council.",
            "Do not post it; reply politely or not at all.",
        )


def _insulting_address(
    c: Checking, public: tuple[int, int, str] | None
) -> tuple[int, int, str] | None:
    """An unnamed member of the public addressed by an insult ("To the gobshite who keeps ...",
    "To the muppet who parked ..."): ridicule of the public in the shape of an open letter."""
    if public is None or not public[2].lower().lstrip().startswith("to the"):
        return None
    start, end = c.sentence_of(public[0])
    return next((h for h in insults(c) if start <= h[0] < end), None)


# Phrases of the 6.4 lexicon that only judge a decision ("got it wrong", "a waste of money").
_VERDICT = re.compile(
    r"^(?:.*\b(?:wrong|daft|daftest|stupid|stupidest|dumbest|maddest|craziest|worst|bad|terrible|"
    r"ridiculous|shocking|mad|huge|big|massive|joke)\b.*|waste of money|daylight robbery|"
    r"should never have|damp squib|not in my name|(?:we|they|the council|the parish council) "
    r"should(?: have|'ve) .*)$",
    re.IGNORECASE,
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
        ("bring", "get your ... in", "I'd urge you all", "ring me and I'll ...") or acting in
        person ("council or no council", "until the council sees sense", "I've told the
        developer the objection won't stand", "they voted for X but we're doing Y anyway"); a
        call to spread a reply that condemns the decision; a call to undo it ("please sign! stop
        the CCTV"); defiance that needs only the decision's topic ("rules or no rules", "don't
        let a daft vote stop you", "who cares what the PC decided", the decision in scare
        quotes, a "'broken'" padlock, a way round a closure: "side door's open if you give it a
        shove", obstruction: "lie down in front of the diggers", "clog their phones"); doing
        it anyway "seeing as we weren't allowed"; a figure for the decision's outcome ("went up
        10%") that neither the resolution nor any agenda item's title contains; the opposite of
        the outcome announced as fact while the decision runs ("the swings will be back for
        Easter" when they are not to be replaced until funding is found); the council's stance
        on an application misstated ("has no objection" when it objected); switching off or
        covering what it put in place. Rules on who may post for the council are recognised in
        other words ("post on the council page", "purdah").

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
        fine and is not flagged ("I don't accept that" is not acceptance); so is a call to what
        the council chose instead ("bring a lantern to the lantern walk"), switching something
        off for maintenance, and a decision that has run its course (a closure "to 26
        February" is over after that date).
    """
    if any(not negated(c, h) for h in c.find("acceptance")):
        return
    hits = list(c.find("contrary"))
    hit = hits[0] if hits else None
    decisions = []
    if hit is not None and (not all(_VERDICT.search(h[2]) for h in hits) or acting_on_it(c)):
        # a verdict alone ("a waste of money", "the wrong call") is disagreement, not defiance:
        # it counts with something done or called for
        texts = [c.text.light.text] + ([c.reply.light.text] if c.reply is not None else [])
        decisions = [
            d for d in decisions_about(c, texts) if not doing_the_chosen(d, c.text.light.text)
        ]
    if not decisions:
        found = (
            acting_against_decision(c)
            or undo_call(c)
            or misstated_figure(c)
            or restored_outcome(c)
            or misstated_stance(c)
            or campaign_against_stance(c)
            or disabled_outcome(c)
        )
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
        ("put a brick through the window", "go down there and shift them ourselves", "then torch
        it", "we'll be ready with a crowbar") and othering remarks about a faith or community
        ("those who don't like it can emigrate", a stereotype of crime: "caravans on the verge,
        hide your tools"), including migrants referred to by implication with a call to remove
        them ("the small boats ... ship them all back").

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
    hit = c.first("threats") or c.first("intimidation") or c.first("vigilante") or urged_harm(c)
    if hit:
        yield Hit(
            hit[0],
            hit[1],
            f"'{hit[2]}' reads as a threat, intimidation or a call to harm.",
            "Delete it; report abuse instead of answering it.",
        )
        return
    hostile = group_hostility(c) or [
        h for h in (migrant_hostility(c), community_stereotype(c)) if h
    ]
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
        ..."), a dog-whistle about unnamed residents with a negative verdict ("gone downhill
        since certain families moved in"), and retorts at the person rather than the point:
        "says the man who ...", "don't like it here? Then go", "your 'sources'", "some folk
        will whinge if ...", "you lot have done naff all", "don't preach at me", "drivel and
        you know it", "the whole village knows who's stirring".

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
        driving after drinking or keeping found money ("picked up a purse and kept the cash");
        advice on getting away with one ("just ... after dark, nobody checks"), or one winked at
        in scare quotes ("'liberated' a few barriers"); an order to damage or burn ("key his
        car") or a threat with a weapon ("we'll be ready with a crowbar"); a call to obstruct
        works ("block the site entrance"); someone pointed out as the culprit ("this is the man
        who dumped ...", "know him? caught on CCTV dumping"); a damaging claim reported as fact
        ("has previous convictions", "was sacked for fiddling", "paid off the planners"); an
        insinuation about a colleague singled out without a name ("the same councillor", "only
        one person has the key") or about who gets the contracts.

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
        kept_found(c),
        urged_harm(c),
        obstruction_call(c),
    ):
        if hit:
            yield Hit(
                hit[0],
                hit[1],
                f"'{hit[2]}' may be unlawful (threat, incitement or offence).",
                "Do not post it.",
            )
            return
    found = (
        accusations(c)
        or innuendo(c)
        or [h for h in (culprit(c), reported_allegation(c), appeal_culprit(c)) if h]
    )
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
        that", "an easy one on the 12th") in a post that names the item by a topic word; "not
        getting my vote", "it's a no", "count me as a no", "I won't be listening to any
        so-called experts", a flat answer to "are you voting for ...?" ("Absolutely not."); a
        declared vote tied to the coming meeting by its day ("not getting my vote on Tuesday").

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
        flagged, unless negated ("I won't listen to ..."). Officers (the Clerk) are not
        decision-makers and are not flagged.
    """
    if c.author is None or not c.author.is_councillor:
        return
    if any(not negated(c, h) for h in c.find("open_mind")):
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
    if not items and declared_stance(c) is not None:
        # A declared vote tied to the coming meeting by its day ("not getting my vote on
        # Tuesday") and to one of its items by a word of its title or keywords ("the grass
        # cutting" ~ "grass cutting contract"); a vote on a Bill in Parliament is not one.
        meetings = meetings_named(c)
        words = content_words(c.text.light.text)
        items = [
            i
            for i in c.ctx.agenda_items
            if i.meeting in meetings
            and c.ctx.undecided(i, c.at)
            and content_words(" ".join([i.title, *i.keywords])) & words
        ]
    if items:
        item = items[0]
        yield Hit(
            hit[0],
            hit[1],
            f"'{hit[2]}' shows a closed mind on '{item.title}', still to be decided.",
            "Say you will listen to the evidence and residents at the meeting before deciding.",
            evidence=item.id,
        )
