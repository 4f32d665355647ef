"""Table-driven tests for the sixth round, lane a2: 6.9, 6.10 and the precision of 6.3.

Families: sneers at a person's competence, knowledge or means (competence mocked in the third
person, homework not done, mock expertise, a verdict words fail, told it is not for them with a
shrug, a patronising endearment with an eye-roll); contemptuous names for residents ("NIMBYs",
"curtain-twitchers"); a threat of proceedings at the person answered; migrants kept out of "our"
place; an improper motive imputed to a named person; a named person guessed at as the culprit;
vowing to pull up what others put up, or rallying others to it; telling people they need not pay
the parish precept; kit for pirated television (6.9 / 6.10). Precision: "see what happens" when
waiting for an outcome or daring someone to try something is no threat; an insult the poster
quotes about themselves, to answer it, attacks nobody; the bonfire's guy is not a member of the
public (6.3). Every case is written for the Ashby Green test registers (tests/policy/context.yaml);
hard negatives sit next to the positives.
"""

from __future__ import annotations

import pytest

from .conftest import family_fires, make_post, rules_raised

HEATED = "The parish council never listens. Total waste of our money."

POSITIVES = [
    # 6.9: sneers at competence, knowledge or means
    (
        "competence mocked, third person",
        dict(
            text="Can't even spell allotment and wants to run the allotment society 😂",
            reply=HEATED,
        ),
        "personal-attack",
    ),
    (
        "she can't even add up",
        dict(text="And she can't even add up the raffle money, bless."),
        "personal-attack",
    ),
    (
        "you'd think she could use a calculator",
        dict(text="Budget wrong again. You'd think our treasurer could use a calculator 🙄"),
        "personal-attack",
    ),
    (
        "homework not done",
        dict(text="Cllr Dunn obviously hadn't read the papers before Tuesday's meeting."),
        "personal-attack",
    ),
    (
        "mock expertise",
        dict(text="Norman Ives has lived here five minutes and he's suddenly an expert on drains."),
        "personal-attack",
    ),
    (
        "armchair experts",
        dict(text="Lots of armchair experts on here tonight about the Mill Field flooding."),
        "personal-attack",
    ),
    (
        "verdict words fail",
        dict(text="The landlord wants double for the hall now. Grasping doesn't cover it."),
        "personal-attack",
    ),
    (
        "not for you, with a shrug",
        dict(text="Can't manage the hill? Maybe the fun run isn't for you 🤷", reply=HEATED),
        "personal-attack",
    ),
    (
        "patronising endearment with an eye-roll",
        dict(text="Wendy love, the bins are Monday, they always have been 🙄"),
        "personal-attack",
    ),
    # 6.9: contemptuous names for residents
    (
        "NIMBYs",
        dict(text="Whatever the NIMBYs say, Ashby Green needs the new houses."),
        "personal-attack",
    ),
    (
        "curtain-twitchers",
        dict(text="The Quarry Lane curtain-twitchers have been busy again.", reply=HEATED),
        "personal-attack",
    ),
    # 6.9: a threat of proceedings at the person answered
    (
        "see you in court",
        dict(text="Carry on posting that and I'll see you in court.", reply=HEATED),
        "hostile-language",
    ),
    # 6.9: migrants kept out of "our" place
    (
        "migrants, not in our village",
        dict(text="They want to put refugees in the old vicarage. Not in our village."),
        "hostile-language",
    ),
    (
        "migrants, knowing who will end up there",
        dict(text="New flats by Mill Field? We all know who'll end up in them. Asylum seekers."),
        "hostile-language",
    ),
    # 6.9 / 6.10: an improper motive imputed
    (
        "only standing because of her husband",
        dict(text="Wendy Hale is only standing because her husband wants his barn converted."),
        "unlawful-allegation",
    ),
    (
        "only in it for himself",
        dict(text="Norman Ives is only in it for himself, always has been."),
        "personal-attack",
    ),
    # 6.9 / 6.10: a named person guessed at as the culprit
    (
        "guessed culprit, 6.10",
        dict(text="Lead nicked off the pavilion roof. I'd bet it's Norman Ives again."),
        "unlawful-allegation",
    ),
    (
        "guessed culprit, 6.9",
        dict(text="Another bike stolen on Quarry Lane. Bet you anything it's Norman Ives."),
        "personal-attack",
    ),
    # 6.9 / 6.10: pulling up what others put up
    (
        "pulling their stakes up myself",
        dict(text="If the surveyors come back I'll be pulling their stakes up myself."),
        "hostile-language",
    ),
    (
        "rallying to tear down signs",
        dict(text="We're tearing their signs down tonight, who's with me?"),
        "unlawful-allegation",
    ),
    # 6.10: the precept need not be paid
    (
        "precept need not be paid",
        dict(text="You don't actually have to pay the parish precept, just leave it off."),
        "unlawful-allegation",
    ),
    # 6.10: pirated television
    (
        "loaded firestick",
        dict(text="Got a loaded firestick going spare if anyone wants the boxing Saturday."),
        "unlawful-allegation",
    ),
    # the threat itself stays
    (
        "see what happens, a threat",
        dict(text="Say that about my family again and see what happens.", reply=HEATED),
        "hostile-language",
    ),
]

_LANE = {"personal-attack", "hostile-language", "unlawful-allegation"}

NEGATIVES = [
    (
        "waiting for the outcome",
        dict(text="We'll have to wait and see what happens at the planning committee."),
    ),
    ("let's see what happens", dict(text="Let's see what happens on Tuesday night.")),
    (
        "see what happens at the meeting",
        dict(text="Come along and see what happens at the annual meeting, all welcome."),
    ),
    (
        "dare to break a rule, no threat",
        dict(
            text="Don't fancy paying for the car park? Just leave it on the verge and see "
            "what happens 😉"
        ),
        {"hostile-language"},
    ),
    (
        "own competence",
        dict(text="I clearly hadn't read the papers properly, apologies to the Clerk."),
    ),
    (
        "can't even hear",
        dict(text="Can't even hear the speakers at the back of the hall, can we get a mic?"),
    ),
    (
        "you'd think the weather",
        dict(text="You'd think the sun could come out for the fete just once."),
    ),
    (
        "an expert invited",
        dict(text="We've invited an expert on bats to the next meeting of the hall committee."),
    ),
    (
        "kindly, not for you",
        dict(text="If the 10k is too far, maybe the 5k is for you instead!"),
    ),
    ("thanks love", dict(text="Thanks love, see you at the litter pick on Saturday.")),
    ("dear residents", dict(text="Dear residents, the hall car park is closed on Friday.")),
    (
        "court as a place",
        dict(text="The appeal is in court next month and we'll see what the judge says."),
    ),
    (
        "migrants welcomed",
        dict(text="Refugees from Sudan arrived last week; donations at the hall please."),
    ),
    (
        "not in our village, of a mast",
        dict(text="A 20m mast by the school? Not in our village, say residents."),
    ),
    (
        "standing because she cares",
        dict(text="Wendy Hale is standing because she cares about Mill Field. Good luck!"),
    ),
    (
        "guess without an offence",
        dict(text="I'd bet it's Norman Ives who wins the marrow contest again."),
    ),
    (
        "own bunting down",
        dict(text="I'll take the bunting down myself after the fete, no need to stay."),
    ),
    (
        "fence reported",
        dict(text="Someone pulled the fence down on Quarry Lane, reported to the police."),
    ),
    (
        "exemption explained",
        dict(text="Students don't have to pay council tax; ask Rotherham about exemptions."),
    ),
    (
        "free stream on youtube",
        dict(text="Carol service free livestream: https://www.youtube.com/watch?v=abc123"),
    ),
    (
        "insult quoted about oneself, to answer it",
        dict(
            text="Owen Cole is a liar and a crook? I hear you're angry, but I've no interest "
            "in the contract and it's all on my register.",
            reply=HEATED,
        ),
    ),
    (
        "bonfire guy",
        dict(text="Bonfire on Mill Field Saturday 🙄 bring a guy, 7pm, toffee apples."),
        {"disrepute"},
    ),
]


test_family_fires = family_fires(POSITIVES)


@pytest.mark.parametrize("case", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_near_miss_stays_quiet(ctx, case):
    label, kwargs = case[0], case[1]
    quiet = case[2] if len(case) > 2 else _LANE
    assert not rules_raised(make_post(**kwargs), ctx) & quiet, label
