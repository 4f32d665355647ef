"""Table-driven tests for the seventh round, lane a3: 6.9, 6.10 and 6.3.

Families: campaign spending left off the election return on purpose, and voting with someone
else's polling card (6.10, 6.3); damage to a camera praised ("did us all a favour"); a pile-on
urged at a person ("go and tell him what you think"); a damaging claim reported as fact about a
person in the registers ("claiming mileage for meetings he never went to") is an attack as well
as a libel risk; an accusation against an office with one holder ("our so-called warden's been
fiddling his hours"); voters of a party wished the hardship they voted for; an incredulous sneer
at a faith's event ("whatever next"); migrants grudged money set against "our" needs; "lazy sod"
and other contemptuous names. Precision: "I know where you drink" alone is hostile (6.9) but not
yet a threat in law (6.10); "been a bully" or "a racist" is an insult, not an allegation of a
crime; "try doing X and see what happens" describes the world, not a threat; "can sort you out"
is help. Every case is written for the Ashby Green test registers (tests/policy/context.yaml);
hard negatives sit next to the positives.
"""

from __future__ import annotations

import pytest

from .conftest import family_fires, make_post, rules_raised

HEATED = "The parish council never listens. Total waste of our money."

POSITIVES = [
    # 6.10 / 6.3: election offences owned up to or advised
    (
        "ads kept off the return",
        dict(
            text="Boosted my leaflets on Facebook for £60. Not putting that on my return, "
            "nobody looks at parish ones 😂"
        ),
        "unlawful-allegation",
    ),
    (
        "ads kept off the return, 6.3",
        dict(
            text="Boosted my leaflets on Facebook for £60. Not putting that on my return, "
            "nobody looks at parish ones 😂"
        ),
        "disrepute",
    ),
    (
        "someone else pays so it stays off the return",
        dict(text="My brother's paying for the adverts so they don't show on my spending return."),
        "unlawful-allegation",
    ),
    (
        "a neighbour's polling card used",
        dict(text="Nan's in hospital so I'll take her polling card down and vote for her, easy."),
        "unlawful-allegation",
    ),
    # 6.10: damage to a camera praised
    (
        "camera damage praised",
        dict(text="Whoever put paint on the Mill Field camera lens deserves a medal 😂"),
        "unlawful-allegation",
    ),
    # 6.9 / 6.10: a pile-on urged
    (
        "go and tell him what you think",
        dict(
            text="The lad who keeps egging the hall lives on Quarry Lane. Go round and tell "
            "him what you think 😡"
        ),
        "hostile-language",
    ),
    (
        "go and tell him what you think, 6.10",
        dict(
            text="The lad who keeps egging the hall lives on Quarry Lane. Go round and tell "
            "him what you think 😡"
        ),
        "unlawful-allegation",
    ),
    (
        "give her a piece of your mind",
        dict(text="If you see Wendy Hale at the shop give her a piece of your mind."),
        "hostile-language",
    ),
    # 6.9: a claim reported as fact about a person in the registers
    (
        "claimed for meetings never attended",
        dict(text="Cllr Dunn has been claiming expenses for meetings she never attended."),
        "personal-attack",
    ),
    (
        "claimed for meetings, 6.10",
        dict(text="Cllr Dunn has been claiming expenses for meetings she never attended."),
        "unlawful-allegation",
    ),
    (
        "office with one holder accused",
        dict(text="Our so-called warden's been fiddling his hours for years, ask anybody."),
        "personal-attack",
    ),
    # 6.9: voters damned, faith sneered at, migrants grudged, contemptuous names
    (
        "voters wished the hardship",
        dict(text="If you voted Green at the county elections you deserve the cuts, honestly."),
        "personal-attack",
    ),
    (
        "whatever next, of a faith's event",
        dict(text="An Eid picnic on Mill Field? In Ashby Green? Whatever next 🙄"),
        "hostile-language",
    ),
    (
        "festival custom: stay at home",
        dict(
            text="Easter is a Christian festival. If people don't like hot cross buns at the "
            "fete they can stay away."
        ),
        "hostile-language",
    ),
    (
        "money for the boats but not for us",
        dict(text="Always money for the small boats lot but never any for our village hall 🤔"),
        "hostile-language",
    ),
    (
        "never paid a penny in",
        dict(text="New flats for asylum seekers who've never paid a penny in. Wake up."),
        "hostile-language",
    ),
    (
        "lazy sod",
        dict(text="Pick it up yourself then, you lazy sod.", reply=HEATED),
        "personal-attack",
    ),
    (
        "wipe the floor with you",
        dict(text="Bring it on pal, I'll wipe the floor with you in May 😂", reply=HEATED),
        "personal-attack",
    ),
    # threats: "know where" with a consequence stays a threat in law
    (
        "know where you live, and a consequence",
        dict(
            text="To whoever snapped the saplings on Quarry Lane: I know where you live. "
            "Better hope I don't see you first."
        ),
        "unlawful-allegation",
    ),
    (
        "I'll sort you out",
        dict(text="Come near my allotment again and I'll sort you out."),
        "hostile-language",
    ),
]

NEGATIVES = [
    (
        "know where you drink, alone: hostile, not yet unlawful",
        dict(text="Careful Norman, I know where you drink 😉", reply=HEATED),
        {"unlawful-allegation"},
    ),
    (
        "been a bully: an insult, not an allegation",
        dict(text="Owen, you've been a bully since the day you were elected.", reply=HEATED),
        {"unlawful-allegation"},
    ),
    (
        "try doing X and see what happens",
        dict(
            text="Shops full of eggs since January, but try putting a crib in the school hall "
            "and see what happens."
        ),
        {"unlawful-allegation", "hostile-language"},
    ),
    (
        "pharmacist can sort you out",
        dict(text="Hay fever? Your local pharmacist can sort you out before you need a GP."),
        {"unlawful-allegation", "hostile-language"},
    ),
    (
        "I'll sort you out with a ticket",
        dict(text="Message me and I'll sort you out with a raffle ticket."),
        {"unlawful-allegation", "hostile-language"},
    ),
    (
        "tax return, not election spending",
        dict(text="Tax return finally in. Not putting that off again next year!"),
        {"unlawful-allegation", "disrepute"},
    ),
    (
        "spending return filed with the ads on",
        dict(text="Spending return done and the Facebook ads are on it, £45, receipts attached."),
        {"unlawful-allegation", "disrepute"},
    ),
    (
        "polling card reminder",
        dict(
            text="Take your polling card to the hall on Thursday, it makes it quicker. "
            "Vote for whoever you like!"
        ),
        {"unlawful-allegation", "disrepute"},
    ),
    (
        "camera damage reported",
        dict(
            text="Someone put paint on the Mill Field camera lens. Reported to the police, "
            "crime number on the noticeboard."
        ),
        {"unlawful-allegation"},
    ),
    (
        "hedge cut praised",
        dict(text="Whoever cut back the hedge on Quarry Lane did us all a favour, thank you!"),
        {"unlawful-allegation", "disrepute"},
    ),
    (
        "come to the surgery and tell her what you think",
        dict(
            text="Cllr Dunn's surgery is Saturday at the hall, go and tell her what you think "
            "about the buses."
        ),
        {"hostile-language", "unlawful-allegation"},
    ),
    (
        "let us know what you think",
        dict(text="Draft plans for Mill Field are up. Let us know what you think by Friday."),
        {"hostile-language", "unlawful-allegation"},
    ),
    (
        "suspension reported: 6.10 only",
        dict(text="Heads up: Priya Dunn has been suspended by her party over her expenses."),
        {"personal-attack"},
    ),
    (
        "claim made by the poster",
        dict(text="I put in a claim for the meeting he never went to, as I chaired it."),
        {"personal-attack", "unlawful-allegation"},
    ),
    (
        "voters respected",
        dict(text="If you voted Green at the county elections, you deserve to be listened to."),
        {"personal-attack"},
    ),
    (
        "faith event welcomed",
        dict(text="An Eid picnic on Mill Field on Saturday, everyone welcome 🌙"),
        {"hostile-language"},
    ),
    (
        "advice to stay away, no faith",
        dict(text="If people don't like crowds they can stay away from the fete till 4."),
        {"hostile-language"},
    ),
    (
        "refugees welcomed",
        dict(text="Always money for the food bank when Ashby Green is asked; thank you all."),
        {"hostile-language"},
    ),
]

_LANE = {"hostile-language", "personal-attack", "unlawful-allegation", "disrepute"}


test_family_fires = family_fires(POSITIVES)


@pytest.mark.parametrize("case", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_near_miss_stays_quiet(ctx, case):
    label, kwargs = case[0], case[1]
    quiet = case[2] if len(case) > 2 else _LANE
    assert not rules_raised(make_post(**kwargs), ctx) & quiet, label


def test_know_where_alone_is_still_hostile(ctx):
    post = make_post(text="Careful Norman, I know where you drink 😉", reply=HEATED)
    assert "hostile-language" in rules_raised(post, ctx)
