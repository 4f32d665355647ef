"""Table-driven tests for the fifth round, lane B: G.3, G.4 and 5.1.

Families: scorn for a faith or its clergy, faith turned into a culture war ("a Christian
country", Christmas "not 'happy holidays'"), a minority faith's festival set against Christmas
with a jibe, a minority faith with a grievance, shaming a party's voters (masked names and
text-speak too), allegiance and cheering a party's fall, a councillor putting the council on a
side in national politics (G.3); a reply that waves a concern away ("nowt to do with us") or
undermines the route it names ("ring them, or don't"), and replies that deal with the concern
(chased, booked, "bear with us") or turn it into party politics (G.4); the poster's own new
address, the school gate at a time, "find me at ... on Saturday mornings", a number bound to
the poster ("ring me on me own mobile", even on the council's page) (5.1). Hard negatives sit
next to the positives: criticism of a party's record, a festival greeting, a neutral mention of
a faith, a shop's published address, someone else's routine, a public toilet's unlocked door.
Every case is written for the Ashby Green test registers (tests/policy/context.yaml).
"""

from __future__ import annotations

import pytest

from .conftest import make_post, near_miss_stays_quiet, rules_raised

POTHOLE = "Pothole on Mill Road has been there for weeks, nearly lost a wheel. Who sorts this?"
BINS = "Third week running our bins have been missed on Elm Close"
JIBE = "You lot on the council are useless, always have been."

G3 = "politics-religion"
G4 = "resolution-route"
P51 = "privacy-exposure"
P65 = "personal-data"

POSITIVES = [
    # G.3: scorn for a faith
    ("religion a scam", dict(text="Bells again at 8am. Religion's a scam, give it a rest."), G3),
    ("godless", dict(text="Full church tonight, not the godless nonsense the council pushes."), G3),
    ("happy-clappy", dict(text="That happy-clappy lot at St Mary's run this village."), G3),
    (
        "vicar stick to",
        dict(text="The vicar should stick to sermons and stay out of planning."),
        G3,
    ),
    # G.3: culture war on faith
    ("a Christian village", dict(text="Like it or not, Ashby Green is a Christian village."), G3),
    (
        "not happy holidays",
        dict(text="Merry Christmas everyone, not 'happy holidays', whatever the PC lot say."),
        G3,
    ),
    (
        "festival claim with grievance",
        dict(text="Easter is a Christian festival and I'm sick of schools forgetting it."),
        G3,
    ),
    (
        "minority festival jibe",
        dict(text="Lovely Diwali lights at the school. Bet Christmas barely gets a look in."),
        G3,
    ),
    (
        "minority faith grievance",
        dict(text="Why should the mosque get the hall for free when the rest of us pay?"),
        G3,
    ),
    # G.3: shaming a party's voters, allegiance
    ("masked party, voters shamed", dict(text="Anyone still votin T*ry deserves the potholes"), G3),
    ("party voters a disgrace", dict(text="Labour voters round here should be ashamed."), G3),
    ("party or nothing", dict(text="Reform or nothing at the next one, mark my words."), G3),
    ("a party finished", dict(text="The Tories are finished round here. Watch this space."), G3),
    (
        "stop voting for them",
        dict(text="The Lib Dems cut our buses. Stop voting for them if you want them back."),
        G3,
    ),
    (
        "council on a side in national politics",
        dict(text="Ashby Green Parish Council stands with the striking bin workers ✊"),
        G3,
    ),
    (
        "official page, government couldn't care less",
        dict(text="Westminster couldn't care less about villages like ours.", kind="official"),
        G3,
    ),
    ("called back to church", dict(text="Come back to church, the country needs it 🙏"), G3),
    # G.4: waving a concern away, undermining the route
    ("not our department", dict(text="Not our department, sorry.", reply=POTHOLE), G4),
    ("nowt to do with us", dict(text="Nowt to do with us pal", reply=BINS), G4),
    (
        "route undermined",
        dict(text="Ring the borough. Or don't, they never answer anyway 😂", reply=POTHOLE),
        G4,
    ),
    # 5.1: the poster's own home, routine and number
    (
        "new home with a number",
        dict(text="Got the keys! Number 7 on Elm Close is ours, come round for a brew"),
        P51,
    ),
    ("officially ours", dict(text="Keys in hand 🏡 15 Mill Road is officially ours.")),
    (
        "school gate at a time",
        dict(text="Ashby Green Primary for my two this year, I'll be at the gate at 3.15 daily."),
        P51,
    ),
    (
        "find me at the pub on Fridays",
        dict(text="Want a word about the bus? Find me at the Plough on Friday nights."),
        P51,
    ),
    (
        "own mobile on the council's page",
        dict(
            text="Office shut till Monday. Urgent? Text me on my own mobile 07700 900555.",
            kind="official",
            author="p-clerk",
        ),
        P51,
    ),
    ("new number", dict(text="New number everyone: 07700 900777 🙂"), P51),
    (
        "where I live, then the address",
        dict(text="Got a problem with my vote? You know where I live. 3 Elm Close."),
        P51,
    ),
]

NEGATIVES = [
    # G.3
    ("a party's record criticised", dict(text="The Tories cut bus funding in 2015. Fact."), G3),
    (
        "a festival greeting",
        dict(text="Eid Mubarak to everyone celebrating, and happy Easter!"),
        G3,
    ),
    ("a service announced", dict(text="Carol service at St Mary's on Sunday, all welcome."), G3),
    ("which party one belongs to", dict(text="I'm a Labour member, always have been."), G3),
    (
        "even-handed about canvassers",
        dict(text="If you're canvassing this week, be kind to everyone, whichever rosette."),
        G3,
    ),
    ("a mosque mentioned neutrally", dict(text="The mosque on Elm Close hosts the food bank."), G3),
    ("reporting a strike", dict(text="Bin strike next week: collections delayed."), G3),
    # G.4
    (
        "the reply acts on it",
        dict(text="Thanks, I've chased the borough again and it's booked in.", reply=POTHOLE),
        G4,
    ),
    ("patience asked", dict(text="Contractor's short-staffed, bear with us.", reply=POTHOLE), G4),
    ("not a concern", dict(text="Read the minutes before you post.", reply=JIBE), G4),
    (
        "route given with the deflection",
        dict(
            text="Not ours I'm afraid, report it at https://www.borough.gov.uk/report-it",
            reply=POTHOLE,
        ),
        G4,
    ),
    # 5.1 and 6.5
    (
        "a shop's published address",
        dict(
            text="Open Saturday till 4! Come and see us at 2 Mill Road.",
            bio="Bakery, 2 Mill Road, Ashby Green",
            display_name="Cole's Bakery",
        ),
        P51,
    ),
    (
        "someone else's routine",
        dict(text="Whoever lets their dog foul Elm Close every morning at 7am, I've seen you."),
        P51,
    ),
    (
        "a public toilet's door",
        dict(text="Give over, nobody makes you use them. Side door's never locked anyway."),
        P51,
    ),
    (
        "an address as a place",
        dict(text="Can I just say the lamp outside 22 Mill Road has been out for weeks."),
        P51,
    ),
    ("that lot at a number", dict(text="It's that lot at no. 9 Elm Close, I'm sure of it."), P51),
]

NOT_PERSONAL_DATA = [
    (
        "a shop's address is not personal data",
        dict(
            text="Open Saturday till 4! Come and see us at 2 Mill Road.",
            bio="Bakery, 2 Mill Road, Ashby Green",
            display_name="Cole's Bakery",
        ),
    ),
    (
        "the clerk's own mobile on the page is 5.1, not 6.5",
        dict(
            text="Urgent? Text me on my own mobile 07700 900555.", kind="official", author="p-clerk"
        ),
    ),
]


@pytest.mark.parametrize(
    ("label", "kwargs", "slug"),
    [(*c, P51) if len(c) == 2 else c for c in POSITIVES],
    ids=[c[0] for c in POSITIVES],
)
def test_family_fires(ctx, label, kwargs, slug):
    assert slug in rules_raised(make_post(**kwargs), ctx), label


test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES)


@pytest.mark.parametrize(
    ("label", "kwargs"), NOT_PERSONAL_DATA, ids=[c[0] for c in NOT_PERSONAL_DATA]
)
def test_not_personal_data(ctx, label, kwargs):
    assert P65 not in rules_raised(make_post(**kwargs), ctx), label
