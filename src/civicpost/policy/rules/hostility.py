"""Section 6, clauses 6.9 and 6.10: hostile language, personal attacks, and content against the
law."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Checking, Hit, rule
from .disrepute import council_property_for_sale
from .signals import (
    SECOND_PERSON,
    accusations,
    faith_hostility,
    innuendo,
    insults,
    named_in_post,
    shamed_person,
)
from .structures import (
    appeal_culprit,
    community_stereotype,
    covert_offence,
    culprit,
    disable_call,
    harm_threat,
    jibe,
    kept_found,
    migrant_hostility,
    named_culprit,
    named_in_full,
    obstruction_call,
    pile_on_call,
    piracy_link,
    preceded_by,
    reported_allegation,
    urged_harm,
)
from .structures.offences import (
    answered_culprit,
    driving_footage,
    first_vigilante,
    helping_themselves,
    insinuated_conduct,
    known_culprit,
    marked_ballot,
    vigilante_call,
    visit_call,
    warned_culprit,
    warned_harm,
)


@rule(
    "hostile-language",
    lexicons=("threats", "intimidation", "vigilante", "religion_terms", "othering", "slurs"),
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
        them ("the small boats ... ship them all back"), or by the language heard ("more foreign
        than English"); derision of faith ("religion's a con") and the culture-war framing of a
        festival ("to keep the snowflakes happy"); a threat of harm by the speaker ("they'll be
        leaving in an ambulance", "I'll let his tyres down myself"), or to pull up what others put
        up ("I'll be pulling their stakes up myself, who's with me?"); a threat of proceedings at
        the person answered ("I'll see you in court"); migrants kept out of "our" place ("we all
        know who'll end up in them ... not in our village"); readers urged to go after someone
        ("go and tell him what you think 😡", "give her a piece of your mind"); an incredulous
        sneer at a faith's event ("... in our village? Whatever next 🙄"); harm told to the culprit
        ("when I catch you you're getting lamped"); others urged, with a fist, to sort someone out
        ("someone should sort them out 👊"); readers invited to call on someone whose home the
        post gives ("lives at 41 Mill Lane, if anyone wants a word with her"); a faith's people
        othered by a pronoun in capitals ("a prayer room ... for THEM") or the country said to be
        given over ("tells you who this country's for now"), or a double standard set between
        festivals ("fine for some festivals but the council won't let us ..."); harm promised
        to the next culprit caught ("next one I catch gets a clip round the ear"), a car keyed
        ("a few keys down the side might teach them"), readers sent to ring someone whose number
        is given or to call on someone whose home is given ("pay him a visit"); a councillor
        given as the contact with the council's address is not set upon; a warning with harm to
        an unknown culprit ("if I find out who keyed my car I'll break their legs", "whoever
        keeps parking there, your tyres are going down"), though not a warning to report them;
        a minority faith grudged ("Eid this, Eid that", "not in my village", "funny how ...
        some communities"), though greetings and thanks are left alone. "Wait and see what
        happens", a dare to try something ("just leave it off and see what happens") or what
        would befall anyone ("try putting a crib up and see what happens") is no threat. Harm
        promised to the next culprit caught ("next time I catch them I'll wrap the bikes round
        their necks", "they'll be needing new kneecaps"), windows to be put through, and an
        order to call on someone with a fist beside it ("go give em a knock 👊", "a few of us
        should pay him a visit" with his street given). A slur against a group of people
        (round 30), also with a letter masked ("p*key").

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
    hit = (
        _threat(c)
        or c.first("intimidation")
        or first_vigilante(c, "vigilante")
        or urged_harm(c)
        or harm_threat(c)
        or pile_on_call(c)
        or vigilante_call(c)
        or visit_call(c)
        or warned_culprit(c)
    )
    if hit:
        yield Hit(
            hit[0],
            hit[1],
            f"'{hit[2]}' reads as a threat, intimidation or a call to harm.",
            "Delete it; report abuse instead of answering it.",
        )
        return
    slur = c.first("slurs")
    if slur:
        yield Hit(
            slur[0],
            slur[1],
            f"'{slur[2]}' is a slur against a group of people.",
            "Delete it. There is no way to use it that the policy allows.",
        )
        return
    hostile = faith_hostility(c) or [
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
        Insults ("idiot", "cl0wn", "i d i o t"), contemptuous phrases ("wind your neck in",
        "you're a joke", "a bitter troll like you") and accusations, aimed at you, a named
        person, a handle, or a group of people; an insult noun after a determiner names its own
        target ("tell the clowns on the committee"). Structures without an insult word: a mock
        title as a nickname in a mocking post ("Captain Moan's at it again"), belittling the
        person answered ("you clearly can't read", "do you ever leave the house", "maybe your
        mum should ..."), a dog-whistle about unnamed residents with a negative verdict ("gone
        downhill since certain families moved in"), and retorts at the person rather than the
        point: "says the man who ...", "don't like it here? Then go", "your 'sources'", "some
        folk will whinge if ...", "you lot have done naff all", "don't preach at me", "drivel
        and you know it", "the whole village knows who's stirring"; put-downs ("if you'd
        bothered to read it you'd know", "let the grown-ups talk", "too much time on their
        hands", "couldn't find their own backside with a map", "didn't bother turning up"),
        contempt for a party's voters ("anyone who votes X deserves to be flooded out") or a
        dehumanising word for a party's people ("the Tories are scum"), sneers
        at competence, knowledge or means ("can't even spell precept and wants to ...", "you'd
        think the RFO could use a calculator", "clearly hadn't read his papers", "suddenly an
        expert on masts", "greedy doesn't cover it", "maybe gardening isn't for you pal 🤷",
        "Sharon love, ... 🙄"), contemptuous names for residents ("NIMBYs", "curtain-twitchers"),
        an improper motive imputed ("only standing cos her fella wants planning"), and a person
        named in full as the culprit of an offence, or guessed at ("I'd bet my house it's X
        again"); digs without an insult word ("wouldn't trust him with the petty cash",
        "wouldn't know a budget if it bit her", "nothing gets done, same as when she's in",
        "hasn't been to a meeting since June 🙄", "half asleep through the whole debate 😴", "a
        disaster since she got elected", "propping up the bar ... no wonder the verges are a
        mess", "Grow up.", "get your facts right love", "another Facebook expert"); a person
        shamed by name ("Shame on X for ..."; not a government or a firm); the people
        complaining blamed for it ("maybe if some of you stopped ... it wouldn't 🙄", "...
        instead of moaning on here"), scorn for people by their view ("anyone who still thinks
        otherwise is a traitor", "stop being sheep"), theft by euphemism ("helping herself to
        the petty cash"), a culprit named in answer to an offence ("everyone knows it's X ...
        shop him"); misconduct insinuated with a smirk ("we all know what you were up to 😏"); a
        damaging claim reported as fact about someone in the registers ("claiming mileage for
        meetings he never went to"), though a sanction merely reported ("suspended by his
        party") is left to 6.10; retorts such as "says the man whose lad ...", "glass houses",
        "cry more", "takes one to know one", "if you don't like X, there's the door"; the people
        complaining as a group are a target ("anyone moaning about the noise can do one", "the
        mardy lot ... get a life"); the complainer told they do nothing but complain ("what
        have you ever done apart from moan", "some of us actually do things"). Someone's post,
        comment, email or message pictured and laughed at ("can't make this up 😂 'the counsil
        should of fixed it'") is judged under 6.3 (round 18: the dev-style writers never add
        6.9 to it, five of five). An insult the
        poster quotes about themselves, to answer it,
        is not an attack, nor is a charge denied ("it isn't a stitch-up").

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
    found = jibe(c) or insinuated_conduct(c) or shamed_person(c)
    if found:
        yield Hit(
            found[0],
            found[1],
            f"'{found[2]}' belittles or insinuates about people: a personal attack.",
            "Criticise the decision or the policy, not the person.",
        )
        return
    # Round 7, lane a3: a damaging claim reported as fact about a colleague or resident in the
    # registers ("Fairbrother's been claiming mileage for meetings he never went to") attacks
    # the person as well as risking libel (dev.jsonl labels both).
    # A sanction reported ("has been suspended by his party over his expenses") is left to 6.10.
    alleged = reported_allegation(c)
    if (
        alleged
        and not _SANCTION.search(alleged[2].lower())
        and (
            any(c.post.author not in m.person_ids for m in c.mentions)
            # round 8, lane A: or said to the person answered ("everyone knows you got sacked
            # from the Co-op for nicking")
            or SECOND_PERSON.search(c.post.text[max(0, alleged[0] - 25) : alleged[0]].lower())
        )
    ):
        yield Hit(
            alleged[0],
            alleged[1],
            f"'{alleged[2]}' charges a named person with wrongdoing: a personal attack.",
            "Criticise the decision or the policy, not the person.",
        )
        return
    # round 9, lane A: theft alleged by euphemism ("she's been helping herself to the petty
    # cash"), or a culprit named in answer to an offence ("everyone knows it's X ... shop him")
    charged = helping_themselves(c) or answered_culprit(c) or known_culprit(c)
    if charged:
        yield Hit(
            charged[0],
            charged[1],
            f"'{charged[2]}' charges a person with wrongdoing: a personal attack.",
            "Report it to the police; do not name people on social media.",
        )
        return
    blamed = named_culprit(c)
    if blamed and named_in_full(blamed):
        yield Hit(
            blamed[0],
            blamed[1],
            f"'{blamed[2]}' names a person as a culprit: a personal attack.",
            "Report it to the police; do not name people on social media.",
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
        one person has the key") or about who gets the contracts; a suggestion, often with a
        wink, to put a camera out of action ("bit of spray paint on the lens would sort it 😉");
        a person named as the culprit ("it's X that's been having the lead off the roof");
        refusing to pay tax or the precept (not a council charge such as a hire fee), or telling
        people they need not pay it ("you don't actually have to pay the parish bit"); an
        improper motive imputed to a named person ("only standing because her fella wants
        planning"); a named person guessed at as the culprit of an offence the post reports
        ("police looking for a nicked quad, I'd bet it's X"); kit for pirated television ("a
        loaded firestick", "IPTV"); campaign spending kept off the election return ("not
        putting the Facebook ads on my return"); voting with someone else's polling card;
        damage to a camera praised ("whoever sprayed the lens did us all a favour"); readers
        urged to go after someone ("go and tell him what you think"), or urged with a fist to
        sort someone out ("someone should sort them out 👊"); misconduct insinuated with a smirk
        ("we all know what you were up to 😏"); culprits described, then named ("the lads who
        burnt out the bench are the X kids"), or in answer to an offence ("everyone knows it's
        X ... shop him"); theft by euphemism ("helping himself from the allotment shed"); a
        picture of a marked ballot paper; several pointed out ("these are the lads who've been
        setting the bins alight") or a named person's children caught in the act ("X's lads on
        the rec again smashing the bench"), announced as known and then named ("I know exactly
        who's been nicking the lead ... X"), or by their vehicle ("it's X's van that's been
        ..."); a warning of violence or damage to an unknown culprit ("I'll break their legs",
        "next time I catch them I'll wrap the bikes round their necks"); windows to be put
        through; readers told to call on someone with a fist beside it ("go give em a knock 👊").
        Round 18: prescription drugs, or goods "no receipts, no questions", offered for money;
        "finders keepers" after something found; the poster's own video filmed at the wheel of a
        moving vehicle; "be a shame if something happened to that car of yours"; "weren't you
        done for nicking ..."; an interest "never declared". Round 19: goods offered "don't ask
        where from"; handbrake turns on the rec by the poster (not someone else's, reported to
        101); a drink for anyone who shows their polling card with a cross for the poster. A
        kind of crime warned about is no charge ("courier fraud calls", "report it to Action
        Fraud", "the thieves are about"). Advice on getting away with it also as "like I do",
        "everybody else has", "they can't prove owt", "nobody's checking" or "don't tell the
        licensing lot" (not "don't tell the council", which is defiance, under 6.4).
        "We'll do it ourselves" about an event or a job (a
        bonfire, the verges) is self-help, not vigilantism. "I know where you drink"
        counts here only with a consequence beside it ("see what happens", "better hope I don't
        see you first"); alone it is hostile (6.9). Calling someone a bully or a racist is an
        insult (6.9), not an allegation of a crime.

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
        _threat_for_law(c),
        first_vigilante(c, "incitement"),
        council_property_for_sale(c),
        c.first("ballot_secrecy"),
        c.first("offences"),
        covert_offence(c),
        kept_found(c),
        urged_harm(c),
        obstruction_call(c),
        disable_call(c),
        harm_threat(c),
        piracy_link(c),
        pile_on_call(c),
        vigilante_call(c),
        warned_harm(c),
    ):
        if hit:
            yield Hit(
                hit[0],
                hit[1],
                f"'{hit[2]}' may be unlawful (threat, incitement or offence).",
                "Do not post it.",
            )
            return
    ballot = marked_ballot(c)
    if ballot is not None:
        yield Hit(
            0,
            0,
            "The picture shows a marked ballot paper: the secrecy of the ballot is protected by "
            "law.",
            "Do not post a photo of a marked ballot.",
            field=f"attachment[{ballot}]",
        )
        return
    footage = driving_footage(c)
    if footage is not None:
        yield Hit(
            0,
            0,
            "The picture was filmed at the wheel of a moving vehicle: using a hand-held phone "
            "while driving is an offence.",
            "Do not post it; never film while driving.",
            field=f"attachment[{footage}]",
        )
        return
    found = (
        [h for h in accusations(c) if not _row_with_you(c, h)]
        or innuendo(c)
        or [
            h
            for h in (
                culprit(c),
                reported_allegation(c),
                appeal_culprit(c),
                named_culprit(c),
                insinuated_conduct(c),
                helping_themselves(c),
                answered_culprit(c),
                known_culprit(c),
            )
            if h
        ]
    )
    if found:
        hit = found[0]
        yield Hit(
            hit[0],
            hit[1],
            f"'{hit[2]}' accuses someone identifiable of wrongdoing: a libel risk.",
            "Report concerns to the police, the Monitoring Officer or the Clerk instead.",
        )


_SANCTION = re.compile(
    r"\b(?:suspended|sacked|expelled|arrested|charged|investigat\w*|struck off|kicked out|"
    r"cautioned|disciplined|reported)\b"
)


# "Becky, you're a liar": a row with the person answered (6.9), not a charge published about
# someone to third parties; "Graham Lund, you are a liar" names them in full for every reader.
_YOU_ARE_A = re.compile(
    r"\b(?:you'?re|you are|ur|youre)(?: (?:a|an|such a|just a|nothing but a|a bare-?faced|"
    r"a lying|an absolute|a complete|a total|a massive))? $"
)


def _row_with_you(c: Checking, hit: tuple[int, int, str]) -> bool:
    if hit[2].lower() not in ("liar", "liars"):
        return False
    return preceded_by(c, hit, _YOU_ARE_A) and not named_in_post(c)


# Round 6, lane a2: "see what happens" after advice to try something ("just knock the parish bit
# off your council tax and see what happens 😉") dares the reader to break a rule; it threatens
# nobody. "Say that again and see what happens" (no "just") stays a threat.
_DARE = re.compile(
    r"\bjust (?!try\b|say\b|come\b|touch\b|carry on\b|keep\b)[^!?\n]{0,60}\band see what happens"
    # Round 7, lane a3: a general "try doing X and see what happens" describes what would befall
    # anyone ("try putting a cross up in a school and see what happens"); "try it" stays a threat.
    r"|\btry (?:\w+ing|to \w+)\b[^!?\n]{0,60}\band see what happens"
)


def _threat(c: Checking) -> tuple[int, int, str] | None:
    for hit in c.find("threats"):
        # the light view of the text up to the hit: a price ("£61.40") may break the sentence
        before = c.text.light.text[: c.text.light.index_of(hit[1])]
        if "what happens" in hit[2].lower() and _DARE.search(before[-120:]):
            continue
        return hit
    return None


# Round 7, lane a3: "I know where you drink" alone is a veiled, hostile hint (6.9); with a stated
# consequence beside it ("see what happens", "I'll be round with a bat", "better hope I don't see
# you first") it is a threatening communication (6.10).
_KNOW_WHERE = re.compile(r"\bknows? where (?:you|he|she|they|u) ")
_CONSEQUENCE = re.compile(
    r"\bsee what happens\b|\bbetter hope\b|\bi'?ll be round\b|\bwith a (?:bat|brick|knife|crowbar|"
    r"hammer)\b|\bpay (?:you|him|her|them) a visit\b|\byou'?ll (?:regret|be sorry)\b"
)


def _threat_for_law(c: Checking) -> tuple[int, int, str] | None:
    hit = _threat(c)
    if hit is None or not _KNOW_WHERE.search(hit[2].lower()):
        return hit
    others = [h for h in c.find("threats") if not _KNOW_WHERE.search(h[2].lower())]
    if others or c.first("intimidation") or harm_threat(c):
        return hit
    return hit if _CONSEQUENCE.search(c.text.light.text) else None
