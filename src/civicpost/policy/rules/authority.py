"""Section 4: using social media in the name of the council (who may post, pre-election periods,
candidates' spending and imprints)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from ..context import Election
from ..detectors.lexicon import compile_word_starts
from ..detectors.personal_data import IMPRINT_WORDS
from .agenda_refs import _mentions_item
from .base import Checking, Hit, rule, whole_post
from .colleague_refs import short_names_of
from .council_view import side_in_councils_name
from .signals import party_named
from .structures import TRADE_ADVERT, campaign_spending, council_voice, negated

_IMPRINT = re.compile(IMPRINT_WORDS, re.IGNORECASE)


def _account_ids(c: Checking) -> set[str]:
    account = c.post.account
    handle = account.handle.lstrip("@").lower()
    exact = {
        a.id
        for a in c.ctx.accounts
        if a.platform.lower() == account.platform.lower() and a.handle.lstrip("@").lower() == handle
    }
    if exact:
        return exact
    return {a.id for a in c.ctx.accounts if a.platform.lower() == account.platform.lower()}


def _authorised(c: Checking) -> bool:
    ids = _account_ids(c)
    return any(
        a.person == c.post.author and a.active(c.day) and (not ids or ids & set(a.accounts))
        for a in c.ctx.posting_authorities
    )


@rule("unauthorised-poster", lexicons=("council_notice",))
def unauthorised_poster(c: Checking) -> Iterator[Hit]:
    """Official post by someone who is not an agreed poster for that account.

    What it looks for:
        A post on an official account whose author has no posting authority in the register for
        that account (platform and handle) on the day of posting.

    Why it matters:
        Clause 4.1: "All posts on behalf of the Parish Council must go via agreed councillors
        seeking advice from the Clerk as necessary."

    Example:
        Cllr Dawson (not an agreed poster) replies on the council's Facebook page.

    Instead:
        Send the draft to the Clerk or an agreed councillor to approve and post.

        On a personal account: a notice issued in the council's name ("OFFICIAL NOTICE FROM
        TREETON PARISH COUNCIL", "the Parish Council wishes to inform residents") by someone who
        holds no posting authority: a post on the council's behalf by another route.

    Known limits:
        Trusts the ``author`` field; it cannot tell who really holds the password. Sharing or
        quoting a council notice with credit ("from the council's page: ...") is not judged.
    """
    if not c.ctx.posting_authorities:
        return
    if not c.official:
        notice = c.first("council_notice")
        if notice and _VIEW_ON_BEHALF.match(notice[2]) and not _ARRANGEMENTS.search(c.post.text):
            notice = None  # round 21: a view in the council's name is 6.2's, not a notice
        if notice and not any(
            a.person == c.post.author and a.active(c.day) for a in c.ctx.posting_authorities
        ):
            yield Hit(
                notice[0],
                notice[1],
                f"'{notice[2]}' issues a notice in the council's name from a personal account.",
                "Send the notice to the Clerk or an agreed councillor to post on the council's "
                "page, then share that post.",
                variant="personal-page",
            )
        return
    if _authorised(c):
        return
    who = c.author.name if c.author else (c.post.author or "an unknown author")
    platform = c.post.account.platform or "this account"
    yield whole_post(
        f"{who} is not an agreed poster for the council's {platform} account.",
        "Send the draft to the Clerk or an agreed councillor to approve and post.",
        evidence="no posting authority in the register for this account on this date",
    )


# "On behalf of the parish council, we're fully behind the petition": a view in the council's
# name (6.2), unless the post gives notice of arrangements ("the rec will be closed all day
# Sunday", "the Christmas market is cancelled", "pleased to announce").
_VIEW_ON_BEHALF = re.compile(r"\W*on behalf of\b", re.IGNORECASE)
_ARRANGEMENTS = re.compile(
    r"(?<!\bto )\b(?:closed|closure|shut|cancel\w*|postponed|moved|re-?open\w*|"
    r"pleased to announce|announce\w*)\b",
    re.IGNORECASE,
)


def _withdrawn_for(c: Checking, election: Election) -> bool:
    """Is the author's authority withdrawn during this election's period?"""
    author = c.author
    if author is None or not author.is_councillor or not c.ctx.withdraw_in_periods:
        return False
    if election.kind == "by-election" and "whole" not in c.ctx.by_election_scope.lower():
        return bool(author.ward) and author.ward.lower() in election.area.lower()
    return True


@rule("pre-election-period", lexicons=("campaign_stance", "council_voice"))
def pre_election_period(c: Checking) -> Iterator[Hit]:
    """Official publicity in a pre-election period: councillors posting, candidates, controversy.

    What it looks for:
        On an official account, while a pre-election period runs: a councillor posting (their
        authority is withdrawn); a candidate named (by name, alias or, for candidates outside the
        people register, surname), tagged or pictured; the candidates weighed as a field
        ("which candidate has the best plan?", "look at who actually turned up 😉"); the
        council taking a side on a contested matter (an agenda item or decision with words such
        as "opposes", "will be fighting it", "don't be fooled"), or (round 23d) in its own name
        on a matter no decision covers ("Treeton Parish Council believes the limit must come
        down"); or a party named other than as a candidate's ballot description ("Great to see
        Rotherham Labour fighting for our buses").

    Why it matters:
        Clause 4.2: "Councillors' authority to post will be withdrawn during a defined period
        before local council elections in order to comply with legislation (Purdah)." The Code
        of Recommended Practice on Local Authority Publicity also bars publicity about candidates
        or controversial matters in the period.

    Example:
        "Congratulations to Cllr Dawson and Cllr Fairbrother ..." on the council's page in April
        before a May election.

    Instead:
        Let the Clerk post factual service information only; leave candidates and contested
        issues out until the polls close.

    Known limits:
        Needs the election and its period in the registers. An election notice that lists two or
        more candidates ("the candidates are Lee Cawthorne and Anita Rushby. Polls open 7am") is
        the factual information the Publicity Code allows, not publicity for a candidate.
    """
    if not c.official:
        return
    elections = c.ctx.elections_in_period(c.at)
    if not elections:
        return
    election = elections[0]
    until = c.ctx.local(election.period_end)
    end = f"{until.day} {until:%B %Y %H:%M}"
    if any(_withdrawn_for(c, e) for e in elections):
        yield whole_post(
            f"Councillors' authority to post is withdrawn during the pre-election period "
            f"({election.id}, until {end}).",
            "Ask the Clerk to post it, or wait until the period ends.",
            evidence=f"author is a councillor; period {election.id} is running",
        )
    candidates = {pid for e in elections for pid in e.candidates}
    others = [name for e in elections for name in e.other_candidates]
    listed = _candidates_listed(c, candidates, others)
    for mention in [] if listed else c.mentions:
        if candidates & set(mention.person_ids) and not (
            c.post.author in mention.person_ids and len(mention.person_ids) == 1
        ):
            yield Hit(
                mention.start,
                mention.end,
                f"'{mention.term}' is a candidate: official publicity must not feature candidates "
                "during the pre-election period.",
                "Leave candidates out of council posts until the polls close.",
                evidence="named candidate in pre-election period",
                variant="publicity",
            )
            break
    else:
        for index, name, ids in c.attachment_people():
            if ids & candidates or name in others:
                yield Hit(
                    0,
                    0,
                    f"The {c.post.attachments[index].kind} shows a candidate ({name}) during the "
                    "pre-election period.",
                    "Use a picture without candidates, or wait until the polls close.",
                    field=f"attachment[{index}]",
                    variant="publicity",
                )
                break
        else:
            named = None if listed else _named_candidate(c, others)
            if named is not None:
                yield Hit(
                    named[0],
                    named[1],
                    f"'{named[2]}' is a candidate: council publicity must not feature candidates.",
                    "Leave candidates out of council posts until the polls close.",
                    variant="publicity",
                )
    picked = _candidates_weighed(c)
    if picked is not None:
        yield Hit(
            picked[0],
            picked[1],
            f"'{picked[2]}' invites a judgement between the candidates on the council's page "
            "during the pre-election period.",
            "Leave candidates out of council posts until the polls close.",
            variant="publicity",
        )
    stance = c.first("campaign_stance")
    if stance is None and _contested(c):
        stance = c.first("council_voice")
    if stance is None:
        # round 23d: a position put as the council's on its page in the period ("Treeton Parish
        # Council will fight any plan to sell off the Welfare"), found by 6.2's structures, not
        # only on an agenda item or decision: the dev-style writers add 4.2 to every such post
        # of the Clerk's (155 of 155 with 6.2 in the labelled sets)
        stance = side_in_councils_name(c, council_voice(c))
    if stance is None:
        # a party's side taken on the council's page ("Great to see Rotherham Labour fighting
        # for our buses"): the Publicity Code bars party-political publicity in the period
        stance = party_named(c)
    if stance:
        yield Hit(
            stance[0],
            stance[1],
            f"'{stance[2]}' takes a side on a contested matter during the pre-election period.",
            "Stick to neutral facts (dates, how to take part) until the polls close.",
            variant="publicity",
        )


# Round 14: the candidates as a field, weighed on the council's page ("Which candidate has the
# best plan? Have your say", "where the candidates stand on 20mph ... have a look at who actually
# turned up 😉"). A neutral notice about candidates (the statement of persons nominated, a
# hustings date) weighs nobody.
_WEIGHED = re.compile(
    r"\bwhich (?:of the |one of the )?(?:\w+ ){0,2}candidates?\b[^.!?\n]{0,40}\b(?:best|worst|"
    r"better|deserves?|should|gets?|right|most|won|wins?|strongest|weakest|plan|cares?)\b|"
    r"\bwho actually (?:turned|turns|showed|shows|bothered|bothers|came|comes) (?:up|to)\b|"
    r"\bwhere (?:the )?(?:\w+ ){0,3}candidates (?:really |actually )?stand\b[^\n]{0,120}"
    r"(?:\U0001f609|all we'?ll say|let'?s just say|draw your own|make your own minds? up)"
)


def _candidates_weighed(c: Checking) -> tuple[int, int, str] | None:
    light = c.text.light.text
    if "candidate" not in light:
        return None
    m = _WEIGHED.search(light)
    return c.light_hit(m) if m else None


# An election notice ("the statement of persons nominated", "the candidates are ...", "polls
# open 7am to 10pm"): the factual information about candidates the Publicity Code allows.
_NOTICE = re.compile(
    r"\b(?:persons nominated|validly nominated|the candidates (?:are|standing)|candidates are|"
    r"(?:two|three|four|\d+) candidates (?:are )?(?:standing|stand|have been)|polling (?:day|"
    r"station)|polls? (?:opens?|closes?|is open)|"
    # round 18: "Rotherham's list of nominated candidates is out. Candidates, in ballot paper
    # order: ..."
    r"nominated candidates|ballot paper order|candidates, in (?:ballot paper|alphabetical) "
    r"order|"
    # round 19: "Rotherham has published the list of who is standing. Two candidates, X and Y"
    r"(?:list|notice) of (?:the )?(?:candidates|who(?:'s| is) standing)|(?:two|three|four|\d+) "
    r"candidates(?=[,:])|published who(?:'s| is) standing|statement of persons nominated|"
    # round 20: "polls are open 7am till 10pm", "as published by Rotherham MBC's returning
    # officer: X and Y", "Standing: X and Y (as nominated, per Rotherham MBC's published list)"
    r"polls? (?:are|will be) open|returning officer|as nominated|published list|"
    r"published the (?:candidates|names of the candidates)|"
    # round 21: "X and Y are the candidates nominated (per Rotherham's published statement)";
    # round 21c: "nominations have closed and two people are standing, X and Y"
    r"candidates nominated|published statement|nominations (?:have )?closed|"
    r"(?:two|three|four|\d+) people (?:are )?standing)\b",
    re.IGNORECASE,
)


def election_notice(text: str) -> bool:
    """An election notice's words ("the statement of persons nominated", "candidates, in ballot
    paper order", "polls open 7am"): factual information about candidates."""
    return _NOTICE.search(text) is not None


def _candidates_listed(c: Checking, candidates: set[str], others: list[str]) -> bool:
    """An election notice that names two or more of the candidates (``candidates``: ids in the
    people register; ``others``: names of those outside it), as a list does ("the candidates are
    Lee Cawthorne and Anita Rushby"): not publicity for any of them. A notice that then weighs
    them is still caught by ``_candidates_weighed``."""
    if not election_notice(c.post.text):
        return False
    named = {pid for m in c.mentions for pid in m.person_ids if pid in candidates}
    named |= {name for name in others if name in c.post.text}
    return len(named) >= 2


def _contested(c: Checking) -> bool:
    """Does the post touch an agenda item still to be decided (a contested local matter), by a
    topic keyword or a figure from its title (see ``agenda_refs._mentions_item``)?"""
    return any(
        c.ctx.undecided(item, c.at)
        and _mentions_item(item, list(item.keywords), [c.text.light.text])
        for item in c.ctx.agenda_items
    )


def _candidate_mentions(text: str, names: list[str]) -> Iterator[tuple[int, int, str]]:
    """Each mention of a candidate who is not in the people register: by full name first, then,
    capitalised, by surname ("Good luck to Anita Rushby", "Rushby's leaflet")."""
    for name in names:
        for m in re.finditer(re.escape(name), text):
            yield m.start(), m.end(), name
    for name in names:
        surname = name.split()[-1]
        if len(surname) > 3:
            for m in re.finditer(rf"(?<![\w@.]){re.escape(surname)}(?!\w)", text):
                yield m.start(), m.end(), m.group(0)


def _named_candidate(c: Checking, names: list[str]) -> tuple[int, int, str] | None:
    """The first mention of a candidate (``_candidate_mentions``)."""
    return next(_candidate_mentions(c.post.text, names), None)


def _candidate_elections(c: Checking, before_days: float, after_days: float = 0) -> list[Election]:
    """A candidate's elections whose regulated period is near or running at the post's time, or
    (``after_days``) whose spending return may still be outstanding after the poll."""
    out = []
    for election in c.ctx.candidacies(c.post.author):
        opens = election.period_start.timestamp() - before_days * 86400
        closes = election.period_end.timestamp() + after_days * 86400
        if opens <= c.at.timestamp() <= closes:
            out.append(election)
    return out


# Words that tie a paid post to the election or the council role (clause 4.3).
_ELECTORAL = re.compile(
    # round 19: "elect" but not a sparky's "Fairbrother Electrical" or "electric"
    r"\b(?:vot\w*|(?:re-?)?elect(?!ric|ron)\w*|polls?|polling|ballot|candidate\w*|standing|stand|ward|"
    r"councill?or\w*|cllr|council|parish|campaign\w*|manifesto|promoted by|"
    r"four years|4 years)\b",
    re.IGNORECASE,
)


# Backing a candidate ("on 10 June I'm backing Anita Rushby", "Re-elect Nadia Ahmed"): the
# candidate must be the verb's object, a few words after it ("Thanks to Anita Rushby for
# supporting the gala" backs the gala), and the verb not negated ("I'm not backing either").
_BACKING = re.compile(r"\b(?:backing|support(?:ing)?|re-?elect|get(?:ting)? behind)\b", re.I)
_WORD = re.compile(r"\S+")


def _backs_candidate(c: Checking, names: list[str]) -> bool:
    """A not-negated backing verb with a candidate, by full name or capitalised surname, as its
    object within three words after it (clause 4.3)."""
    text = c.post.text
    starts = {start for start, _, _ in _candidate_mentions(text, names)}
    if not starts:
        return False
    for m in _BACKING.finditer(text):
        words = _WORD.finditer(text, m.end(), m.end() + 60)
        if any(w.start() in starts for w in islice(words, 4)) and not negated(
            c, (m.start(), m.end(), m.group(0))
        ):
            return True
    return False


def _for_a_candidate(c: Checking, election: Election) -> bool:
    """Does the post name a candidate at the election and ask for votes, back them ("on 10
    June I'm backing Anita Rushby", the candidate the verb's object: ``_backs_candidate``) or
    put them up for the ward ("Anita Rushby for Treeton South")?"""
    names = list(election.other_candidates)
    for pid in election.candidates:
        person = c.ctx.person(pid)
        if person is not None and person.name:
            names.append(person.name)
    if "vote" in c.text.light.text:
        return _named_candidate(c, names) is not None
    if _BACKING.search(c.post.text) and _backs_candidate(c, names):
        return True
    return " for " in c.text.light.text and _put_up_for_ward(c, names)


_FOR_WARD = re.compile(r"\s+for\s+(?:treeton\s+)?(?:north|south)\b", re.IGNORECASE)


def _put_up_for_ward(c: Checking, names: list[str]) -> bool:
    """Round 28: a candidate put up for the ward by name ("Anita Rushby for Treeton South on 10
    June"), the campaign's own words (clause 4.3)."""
    return any(
        _FOR_WARD.match(c.post.text, end) for _, end, _ in _candidate_mentions(c.post.text, names)
    )


# Round 26: a councillor's paid post in a regulated period for a candidate left unnamed ("Our
# candidate has knocked on every door ... Vote on Thursday!", "VOTE on the 10th"): the writers
# count it as election spending (10 of 11 such posts labelled 4.3).
_UNNAMED_CANDIDATE = re.compile(
    r"\bour (?:by-?election |new |local |ward )?candidate\b|\bvote\b|\bpolling day\b|"
    r"\bpolls? (?:are |is )?open\b"
)


def _unnamed_appeal(c: Checking) -> bool:
    """A councillor asking votes for the election's candidate without naming them (clause 4.3)."""
    author = c.author
    return (
        author is not None
        and author.is_councillor
        and _UNNAMED_CANDIDATE.search(c.text.light.text) is not None
    )


# Web adverts or boosts (in the post or in the question it answers) ...
_ADS = re.compile(
    r"\b(?:ads?|adverts?|advertising|boost(?:s|ed|ing)?|promoted posts?|sponsored posts?)\b"
)
# ... with their cost kept out of the return: "not filling forms in for a Facebook boost",
# "did I heck (declare it)", "fb ads don't count as election spending, do they?", "nobody
# chased me", or the money named in answer to being asked whether it was declared.
_DODGED = compile_word_starts(
    r"\b(?:not|never|n'?t|no way am i|heck|hell) (?:\w+ ){0,2}(?:declar\w*|fill\w* (?:\w+ )?(?:in|"
    r"out)|return\w*|(?:put|putting) (?:it|that|them) (?:down|in))\b|"
    r"\bnot (?:filling|doing|bothering with) (?:\w+ )?forms?\b|\bdid i heck\b|"
    r"\b(?:don'?t|doesn'?t|do not|does not|wouldn'?t|won'?t) count (?:as|towards?) "
    r"(?:\w+ )?(?:election )?(?:spending|expenses|expenditure)\b|"
    r"\bnobody (?:chased|checked|asked)\b|\bdon'?t tell the (?:election|electoral)\b"
)
_COST = re.compile(r"(?<!\w)£\s?\d+|\b(?:quid|pounds|a tenner|a fiver|\w+ grand)\b")
_DECLARED_YES = re.compile(
    r"\b(?:yes|yep|yeah|declared|(?:on|in) (?:the|my) (?:return|spending return)|receipts?)\b"
)
_DECLARED_Q = re.compile(r"\b(?:declare|declared|return|election spending|expenses)\b")


def _return_dodged(c: Checking) -> bool:
    """A candidate saying web ads or boosts were (or need) not be put in the spending return,
    or naming their cost when asked whether it was declared."""
    light = c.text.light.text
    asked = c.reply.light.text if c.reply is not None else ""
    if not (_ADS.search(light) or _ADS.search(asked)):
        return False
    if _DODGED.search(light):
        return True
    return bool(
        _COST.search(light) and _DECLARED_Q.search(asked) and not _DECLARED_YES.search(light)
    )


@rule("election-advertising")
def election_advertising(c: Checking) -> Iterator[Hit]:
    """A paid or boosted post by a candidate: spending that must go in the election return.

    What it looks for:
        A post marked as paid (an advert or a boost) whose author is a candidate at an election
        whose regulated period is near or running; or a candidate writing about money spent on
        ads, boosts or campaign material ("put £40 into Facebook ads"), from before the period
        until the spending return may still be outstanding (``spending_return_days`` after the
        poll; "put fifty quid behind them on Facebook", not "£0 on ads"); a candidate saying web
        ads or boosts stay out of the return ("not filling forms in for a Facebook boost", "fb
        ads don't count as election spending, do they?"), or naming their cost when asked
        whether it was declared; a paid post by a councillor asking votes for another candidate,
        named or not ("Our candidate has knocked on every door ... Vote on Thursday!", "Anita
        Rushby for Treeton South on 10 June").

    Why it matters:
        Clause 4.3: "the Electoral Commission requires that candidates provide a return of
        expenditure on any form of advertising or campaign literature which includes web
        advertising on their personal social media accounts."

    Example:
        A candidate pays to boost "Re-elect Becky Ellison on 4 May".

    Instead:
        Record the cost (and any notional spending) against the election so it appears in the
        spending return; keep the receipt.

    Known limits:
        Relies on the ``paid`` flag, on what the post says about spending, and on candidacies
        in the registers.
    """
    window = c.pack.threshold("candidate_window_days", 120)
    if not c.post.paid:
        if c.official:
            return
        spent = campaign_spending(c) is not None
        if not spent and not _return_dodged(c):
            return
        seen = (
            "spending on advertising mentioned"
            if spent
            else "advertising said to be kept out of the spending return"
        )
        after = c.pack.threshold("spending_return_days", 60)
        elections = _candidate_elections(c, window, after_days=after)
    else:
        seen = "paid post"
        # before the regulated period, a paid advert for the candidate's trade ("Fully qualified
        # sparky ... free quotes") says nothing of the election or the council: not election
        # material; once the period runs, any paid post by a candidate is counted
        electoral = _ELECTORAL.search(c.post.text) is not None
        # round 21: nor, in the period, an advert for the trade that says nothing of the election
        # ("Dawson Plumbing & Heating: booking spring boiler services now. Gas Safe registered")
        trade = not electoral and TRADE_ADVERT.search(c.post.text) is not None
        elections = [
            e
            for e in _candidate_elections(c, window)
            if electoral or (e.period_start.timestamp() <= c.at.timestamp() and not trade)
        ]
        if not elections and not c.official and c.author is not None:
            # a paid post for someone else's candidacy ("Lee Cawthorne for Treeton South! vote
            # for him"): election spending all the same
            unnamed = _unnamed_appeal(c)
            elections = [
                e for e in c.ctx.elections_in_period(c.at) if unnamed or _for_a_candidate(c, e)
            ]
    for election in elections:
        for_someone_else = c.post.paid and election not in _candidate_elections(c, window)
        yield whole_post(
            (
                f"Paid post for a candidate at {election.id}"
                if for_someone_else
                else f"Paid post by a candidate at {election.id}"
                if c.post.paid
                else f"Advertising paid for by a candidate at {election.id}"
            )
            + ": the cost is election spending and must be recorded for the spending return.",
            "Record the spending (amount, date, supplier) against the election.",
            evidence=(
                "paid post; it asks votes for a candidate"
                if for_someone_else
                else f"{seen}; author is a candidate"
            ),
        )
        return


# Round 22c: candidacy told in passing before the period ("told him his grandad's standing again
# in May", "Yes, I'm standing again in May, before anyone asks! But tonight's all about ...") is
# news, not campaign material, unless the post appeals for votes.
_CANDIDACY_NEWS = re.compile(r"^(?:i'?m standing|i am standing|standing again)$", re.I)
_APPEAL = re.compile(
    r"\b(?:vot\w*|support\w*|back me|backing|ballot|polling|(?:re-?)?elect\w*|four more years|"
    r"4 more years|manifesto|pledge\w*|promise\w*)\b|#\w+",
    re.I,
)


def _bare_candidacy(c: Checking, hit: tuple[int, int, str], elections: list[Election]) -> bool:
    """The hit only says the poster is standing, before the periods of ``elections`` (the
    poster's), in a post that asks for nothing (clause 4.3 is about campaign material)."""
    if not _CANDIDACY_NEWS.match(hit[2].strip().replace("\u2019", "'")):
        return False
    before = all(c.at.timestamp() < e.period_start.timestamp() for e in elections)
    return before and not _APPEAL.search(c.post.text)


@rule("digital-imprint", lexicons=("election_material",))
def digital_imprint(c: Checking) -> Iterator[Hit]:
    """Candidate's election material without a digital imprint.

    What it looks for:
        A post asking for votes for a named candidate ("Vote Dawson", "Re-elect ...",
        "I'd love your vote", "Booth for Treeton South", "you know where your X goes", "my
        name's on the ballot", "nomination papers went in", "put a cross for Terry", "honoured
        to have your vote", "Booth on the 4th", "Booth, top of the ballot paper"; round 23c:
        "Give me your vote", "I'd love your support", "I'm your man", "vote Cllr Terry Wragg",
        "Dawson on 4 May"; round 26: "I'd be glad of your vote", "Tez for Treeton North" by
        the short name of an alias, "KEITH DAWSON - TREETON SOUTH", and in the period "Dawson,
        Treeton South, 4th May"; round 28: "Your vote on 4 May", "Four more years?", "Becky
        Ellison 🗳️ Treeton North") by a
        candidate, with no imprint ("Promoted by NAME, ADDRESS"); "I'm not standing again" is
        not an appeal.

    Why it matters:
        Clause 4.3: candidates must account for "any form of advertising or campaign literature
        which includes web advertising on their personal social media accounts"; and the
        Elections Act 2022, Part 6: digital election material must carry an imprint naming the
        promoter and their address.

    Example:
        "Vote Fairbrother on 4 May. #LocalElections" with no "Promoted by ..." line.

    Instead:
        Add "Promoted by [name], [address]" to the post (or the profile, where the platform
        allows it).

    Known limits:
        Recognises common appeals for votes, not every way of campaigning; material by
        supporters who are not candidates is not checked.
    """
    if c.official or _IMPRINT.search(c.post.text) or _IMPRINT.search(c.post.account.bio):
        return
    window = c.pack.threshold("candidate_window_days", 120)
    elections = _candidate_elections(c, window)
    if not elections:
        return
    # "I'm not standing again" is not an appeal
    hit = next((h for h in c.find("election_material") if not negated(c, h)), None)
    if hit is not None and _bare_candidacy(c, hit, elections):
        hit = None
    if hit is None and c.author is not None:
        names = [c.author.name, c.author.surname, *c.author.aliases]
        # round 26: the short name of a "short name + surname" alias ("Tez for Treeton North")
        names += short_names_of(c.author)
        names = [re.escape(n.lower()) for n in names if n and len(n) > 2]
        if names:
            in_period = any(e.period_start.timestamp() <= c.at.timestamp() for e in elections)
            # round 28: or a ballot-box emoji between ("Becky Ellison 🗳️ Treeton North, 4 May")
            ward_after = (
                r" ?(?:[,\-\u2013\u2014]|\U0001f5f3\ufe0f?) "
                if in_period
                else r" [\-\u2013\u2014] "
            )
            hashtags = [n.replace("\\ ", "") for n in names]  # "terry\ wragg" -> "terrywragg"
            own_name = re.compile(
                rf"\b(?:vote|elect|re-?elect|support|(?:cross|x)\s+(?:next\s+to|by|beside|against|for))"
                # round 23c: with the title ("vote Cllr Terry Wragg")
                rf"\s+(?:for\s+)?(?:(?:cllr|councillor)\.?\s+)?(?:{'|'.join(names)})\b|"
                # round 18: the hashtag ("#VoteWragg", "#ReElectBooth")
                rf"#(?:vote|elect|reelect)(?:{'|'.join(hashtags)})\b|"
                # "Booth for Treeton South": one's own name put up for the ward
                rf"\b(?:{'|'.join(names)}) for (?:the )?(?:\w+ )?(?:north|south|east|west|central|"
                rf"ward|village|parish council|council|councillor)\b|"
                # round 26: the name, a dash, the ward ("KEITH DAWSON - TREETON SOUTH"); once the
                # period runs, a comma too ("Dawson, Treeton South, 4th May"), not before it (a
                # sign-off: "Cllr Terry Wragg, Treeton North" in January)
                rf"\b(?:{'|'.join(names)}){ward_after}treeton (?:north|south)\b|"
                # "Booth on the 4th 🗳️", "Booth, top of the ballot paper": one's own name put to
                # the voters for polling day
                rf"\b(?:{'|'.join(names)}),? (?:on (?:the )?\d{{1,2}}(?:st|nd|rd|th)\b|"
                # round 23c: "Dawson on 4 May!"
                rf"on \d{{1,2}} (?:march|april|may|june)\b|"
                rf"on (?:thursday|polling day|election day)\b|top of the ballot\b)"
            )
            m = own_name.search(c.text.light.text)
            if m:
                start, end = c.text.light.span(m.start(), m.end())
                hit = (start, end, m.group(0))
            else:
                # round 18: the appeal in the poster's own picture ("meme: 'KEEP CALM AND VOTE
                # DAWSON'"); a marked ballot paper with a cross by one's name is no appeal (6.10)
                for index, attachment in enumerate(c.post.attachments):
                    description = attachment.description.lower()
                    if attachment.source != "own" or "ballot paper" in description:
                        continue
                    found = own_name.search(description)
                    if found:
                        yield Hit(
                            0,
                            0,
                            f"Election material ('{found.group(0)}' in the picture) without a "
                            "digital imprint.",
                            "Add 'Promoted by [your name], [address]' to the post.",
                            field=f"attachment[{index}]",
                            evidence="appeal for votes; no 'Promoted by' line",
                        )
                        return
    if hit is None:
        return
    yield Hit(
        hit[0],
        hit[1],
        f"Election material ('{hit[2]}') without a digital imprint.",
        "Add 'Promoted by [your name], [address]' to the post.",
        evidence="appeal for votes; no 'Promoted by' line",
    )
