"""Table-driven tests for the tenth round, lane A: 6.9, 6.10 and G.2.

Families: retorts at the person answered ("says the woman whose ...", "glass houses", "cry
more", "takes one to know one", "if you don't like X, there's the door"); the people complaining
as a group are a target ("anyone whinging about the bells can do one", "the mardy lot on Main
Street ... get a life"); a sarcastic answer to a complaint (G.2: "maybe check before you set off
next time 🙃", "read it properly before you start shouting", "..., obviously 🙄", "not our
job"); several pointed out as culprits ("these are the lads who've been ...") or a named
person's children caught in the act (6.10). Hard negatives: "a criminal matter" in advice to
ring the police, "I'll say it again" about a decision, a charge denied ("it isn't a stitch-up"),
"we'll do it ourselves" about an event, a plain route to read the minutes, a dislike with a
route, "says the report that ...", a named person's children praised. Every case is written
for the Ashby Green test registers (tests/policy/context.yaml).
"""

from __future__ import annotations

import pytest

from .conftest import family_fires, make_post, rules_raised

HEATED = "Bins on Main Street overflowing AGAIN. Disgraceful, what do you lot even do?"
SHUT = "Walked all the way to the hall with the kids and it's SHUT. Ridiculous."
CALM = "Lovely photos of the fete, thank you all!"

POSITIVES = [
    # 6.9 / G.2: retorts at the person answered
    (
        "says the woman whose ...",
        dict(text="Says the woman whose dog fouls the green every morning 😂", reply=HEATED),
        "personal-attack",
    ),
    (
        "says the man whose ...: G.2",
        dict(text="Says the man whose van sits on the verge all week 😂", reply=HEATED),
        "escalation",
    ),
    (
        "glass houses",
        dict(text="You've a short memory. Glass houses, Norman.", reply=HEATED),
        "personal-attack",
    ),
    (
        "cry more",
        dict(text="Cry more 😂 the hall's shut on Mondays, live with it", reply=SHUT),
        "personal-attack",
    ),
    (
        "cry more: G.2",
        dict(text="Cry more 😂 the hall's shut on Mondays, live with it", reply=SHUT),
        "escalation",
    ),
    (
        "takes one to know one",
        dict(text="Takes one to know one 🤡", reply="You lot on the council are clowns"),
        "personal-attack",
    ),
    (
        "if you don't like X, there's the door",
        dict(
            text="Folk moaning about the church bells again. "
            "If you don't like bells, there's the door."
        ),
        "personal-attack",
    ),
    (
        "if that offends you, there's the door",
        dict(text="It's called Christmas in Ashby Green and if that upsets you, there's the door."),
        "personal-attack",
    ),
    # 6.9: the people complaining as a group are a target
    (
        "anyone whinging ... can do one",
        dict(text="Play area's staying where it is. Anyone whinging about the noise can do one 😂"),
        "personal-attack",
    ),
    (
        "the mardy lot ... get a life",
        dict(
            text="Great night at the Plough 🍻 and to the mardy lot on Main Street... get a life 😂"
        ),
        "personal-attack",
    ),
    (
        "people complaining about X can jog on",
        dict(text="Hedges get cut in March, end of. People complaining about it can jog on."),
        "personal-attack",
    ),
    # G.2: a sarcastic answer to a complaint
    (
        "maybe check before you set off next time 🙃",
        dict(
            text="Maybe check before you set off next time 🙃 it's been on the noticeboard",
            reply=SHUT,
        ),
        "escalation",
    ),
    (
        "maybe try taking it home",
        dict(
            text="Not the dog walkers, who think the bins empty themselves 🙄 "
            "Maybe try carrying it home?",
            reply="Who empties the dog bins on Quarry Lane? Full for weeks, it's rank",
            kind="official",
        ),
        "escalation",
    ),
    (
        "read it properly before you start shouting",
        dict(
            text="The accounts are audited. Read them properly before you start shouting.",
            reply="Who signs these accounts off? £3k on a kettle?!",
        ),
        "escalation",
    ),
    (
        "..., obviously 🙄",
        dict(text="We spend it all on biscuits, obviously 🙄", reply=HEATED),
        "escalation",
    ),
    (
        "go on, tell me",
        dict(
            text="I'm 38 😂 but go on, tell me all about what the council never does.", reply=HEATED
        ),
        "escalation",
    ),
    (
        "not our job 🤷",
        dict(text="We're not the litter police 🤷 not our job", reply=HEATED, kind="official"),
        "escalation",
    ),
    # 6.10: culprits pointed out
    (
        "these are the lads who've been ...",
        dict(text="These are the lads who've been setting the wheelie bins alight by the hall 📸"),
        "unlawful-allegation",
    ),
    (
        "those are the kids that smashed ...",
        dict(text="Those are the kids that smashed the bus shelter. Recognise them?"),
        "unlawful-allegation",
    ),
    (
        "a named person's lads caught in the act",
        dict(text="Norman Ives's lads on the green again last night smashing the benches."),
        "unlawful-allegation",
    ),
]

NEGATIVES = [
    (
        "a criminal matter, in advice to ring the police",
        dict(
            text="So sorry. A dog out of control is a criminal matter, please report it on 101 xx",
            reply="A dog off its lead went for my cat on Main Street",
        ),
    ),
    (
        "I'll say it again, about a decision",
        dict(text="The new bins cost £4,000. I said it at the time and I'll say it again: waste."),
    ),
    (
        "a charge denied",
        dict(
            text="It isn't a stitch-up. The allotment society has run that land for years.",
            reply="Why does the allotment society get the lease? Smells like a stitch-up",
        ),
        {"unlawful-allegation", "escalation"},
    ),
    (
        "we'll do it ourselves, about an event",
        dict(
            text="No fete this year says the council. Fine. My paddock, Saturday, bring cakes, "
            "we'll do it ourselves 🎉"
        ),
    ),
    (
        "a plain route to the minutes",
        dict(
            text="The decision is in the minutes on our website, or ring the Clerk on Monday.",
            reply=SHUT,
            kind="official",
        ),
    ),
    (
        "a dislike with a route",
        dict(text="If you don't like the plans, go to the meeting on the 9th and have your say."),
    ),
    (
        "says the report that ...",
        dict(text="Says the report that the drains were last cleared in 2019, so they're due."),
    ),
    (
        "a named person's children praised",
        dict(text="Wendy Hale's lads did a brilliant job litter picking the green on Saturday."),
    ),
    (
        "maybe check the website, said kindly",
        dict(
            text="Maybe check the website first next time, it has the opening hours. "
            "Thanks for flagging!",
            reply=SHUT,
        ),
        {"escalation"},
    ),
    (
        "cry more, of a film",
        dict(text="That film made me cry more than any other this year."),
    ),
]

_LANE = {"hostile-language", "personal-attack", "unlawful-allegation", "escalation"}


test_family_fires = family_fires(POSITIVES)


@pytest.mark.parametrize("case", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_near_miss_stays_quiet(ctx, case):
    label, kwargs = case[0], case[1]
    quiet = case[2] if len(case) > 2 else _LANE
    assert not rules_raised(make_post(**kwargs), ctx) & quiet, label
