"""Table-driven tests for the eleventh round, lane A: 6.9, 6.10 and G.2.

Families: the complainer told they do nothing but complain ("you've sat on your backside typing
in capitals", "what have you ever done apart from moan?", "you've never once come to a meeting",
"some of us actually do things"); a warning to an unknown culprit ("if I find out who scratched
my car I'll break their legs", "whoever keeps blocking the gate, your tyres are going down");
the culprit announced as known, then named ("I know exactly who's been nicking the lead. Norman
Ives"); a minority faith grudged ("Mosque on Main Street? Not in my village", "Eid this, Eid
that", "... but we can't get a bus"). Hard negatives: said of oneself ("I've never once missed a
meeting"), "some of us are going", a question about keys, a culprit to be reported to the
police, a helper named ("we all know who's been doing the litter pick: Wendy Hale"), greetings
and thanks for a faith's festival. Every case is written for the Ashby Green test registers
(tests/policy/context.yaml).
"""

from __future__ import annotations

import pytest

from .conftest import family_fires, make_post, rules_raised

HEATED = "Verges on Main Street are a disgrace. USELESS the lot of you."
ASKED = "Anyone know when the hall is open next week?"

POSITIVES = [
    # 6.9 / G.2: the complainer told they do nothing but complain
    (
        "sat on your backside typing",
        dict(
            text="Twelve years I've given. You've sat on your backside typing all year.",
            reply=HEATED,
        ),
        "personal-attack",
    ),
    (
        "sat on your backside typing: G.2",
        dict(
            text="Twelve years I've given. You've sat on your backside typing all year.",
            reply=HEATED,
        ),
        "escalation",
    ),
    (
        "what have you ever done apart from",
        dict(text="What have you ever done for Ashby Green apart from complain? 🙄", reply=HEATED),
        "personal-attack",
    ),
    (
        "never once come to a meeting",
        dict(text="You've never once come to a meeting, so spare us.", reply=HEATED),
        "personal-attack",
    ),
    (
        "some of us actually do things",
        dict(text="Here we go. Some of us actually do things round here.", reply=HEATED),
        "personal-attack",
    ),
    # 6.9 / 6.10: a warning to an unknown culprit
    (
        "if I find out who ..., I'll break their legs",
        dict(text="If I find out who scratched my car outside the hall I'll break their legs."),
        "hostile-language",
    ),
    (
        "if I find out who ..., I'll break their legs: 6.10",
        dict(text="If I find out who scratched my car outside the hall I'll break their legs."),
        "unlawful-allegation",
    ),
    (
        "whoever keeps ..., your tyres are going down",
        dict(text="Whoever keeps blocking the hall gate, your tyres are going down next time."),
        "unlawful-allegation",
    ),
    (
        "if I find out whose it is, it's going through their door",
        dict(text="If I find out whose dog it is it's going through their door 😤"),
        "hostile-language",
    ),
    # 6.10 / 6.9: the culprit announced as known, then named
    (
        "I know exactly who's been nicking ... Norman Ives",
        dict(text="I know exactly who's been nicking the plants. Norman Ives, every week."),
        "unlawful-allegation",
    ),
    (
        "we all know who's been fly tipping ... Norman Ives: 6.9",
        dict(text="We all know who's been fly tipping by the hall. Norman Ives, same as ever 👀"),
        "personal-attack",
    ),
    # 6.9: a minority faith grudged
    (
        "not in my village",
        dict(text="A mosque in the old bank on Main Street? Not in my village thanks."),
        "hostile-language",
    ),
    (
        "X this, X that",
        dict(text="Diwali this, Diwali that. Nobody does owt for St George's Day."),
        "hostile-language",
    ),
    (
        "... but we can't get",
        dict(text="Muslims get a prayer room at the leisure centre but we still can't get a bus."),
        "hostile-language",
    ),
    (
        "a Christian village, answering a post about a mosque",
        dict(
            text="Build it somewhere else. This is a Christian village, end of.",
            reply="Plans in for a mosque near Main Street, it's all over the village group",
        ),
        "hostile-language",
    ),
]

NEGATIVES = [
    (
        "I've never once missed a meeting",
        dict(text="I've never once missed a meeting in ten years.", reply=HEATED),
    ),
    (
        "some of us are going",
        dict(text="Some of us are going to the hall on Tuesday, anyone want a lift?", reply=ASKED),
    ),
    (
        "what have you done with the keys",
        dict(text="What have you done with the hall keys? Can't find them.", reply=ASKED),
    ),
    (
        "if I find out who, I'll ring the police",
        dict(
            text="If I find out who scratched my car I'll be passing it to the police, 101 it is."
        ),
    ),
    (
        "a helper named, no offence",
        dict(text="We all know who's been doing the litter pick. Wendy Hale, bless her."),
    ),
    ("a festival greeted", dict(text="Eid Mubarak to all our Muslim neighbours in Ashby Green 🌙")),
    (
        "thanks to a faith community",
        dict(text="Thank you to the mosque on Main Street for the food share, lovely morning."),
    ),
]


test_family_fires = family_fires(POSITIVES)


_LANE = {"hostile-language", "personal-attack", "unlawful-allegation", "escalation"}


@pytest.mark.parametrize("case", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_near_miss_stays_quiet(ctx, case):
    label, kwargs = case[0], case[1]
    assert not rules_raised(make_post(**kwargs), ctx) & _LANE, label
