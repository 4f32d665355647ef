"""Table-driven tests for the ninth round, lane B: 4.3, 6.1, 6.2, 6.3, 6.6, 6.8 and G.4.

Families: a candidate saying web ads or boosts stay out of the spending return ("not declaring
the boost", "fb ads don't count as election spending, do they?"), or naming their cost when
asked whether it was declared (4.3); a councillor introduced or signed off as "your ...
councillor" or wearing the title as a hashtag ("#CllrLife") (6.1); a closed mind on an item
still to be decided, posted on the council's own page, is also a view given out as the
council's (6.2); members derided as unable to read the council's papers (6.3), and public
targets that are not the public ("some people on this council", "whoever's in charge", the
author's own house) or "smashed it" as a triumph (not 6.3); approvals matched by a word's root
("grit" for "gritting") and, for credit given in a reply, by the question's words (6.6); a
photo whose only consents are consents to picture someone is judged under 6.7, not as
copyright (6.8); routes named in other words ("tell your MP", the Information Commissioner),
"that's the ICO's problem not ours", and a triumph answered (G.4). Every case is written for
the Ashby Green test registers (tests/policy/context.yaml); hard negatives sit next to the
positives.
"""

from __future__ import annotations

import pytest

from civicpost.policy import Attachment

from .conftest import family_fires, make_post, rules_raised

CAMPAIGN = "2028-04-10T12:00:00+01:00"  # Owen Cole and Alice Brennan stand at e-2028
OFFICIAL = dict(kind="official", author="p-chair")

POSITIVES = [
    # 4.3: the return dodged
    (
        "not declaring a boost",
        dict(text="Not declaring the Facebook boost, it's my own money anyway 🤷", at=CAMPAIGN),
        "election-advertising",
    ),
    (
        "ads that don't count, do they?",
        dict(
            text="fb ads dont count as election spending do they? asking for a friend", at=CAMPAIGN
        ),
        "election-advertising",
    ),
    (
        "a cost named when asked about declaring",
        dict(
            text="It was twenty-five quid all in.",
            reply="Owen, did you declare those Facebook ads?",
            at=CAMPAIGN,
        ),
        "election-advertising",
    ),
    # 6.1: styled by the title without a name
    (
        "your friendly local Cllr here",
        dict(text="Your friendly local Cllr here 👋 bins on Mill Field are done at last."),
        "councillor-title",
    ),
    (
        "signed from your councillor",
        dict(text="Night all, sleep well. From your neighbourhood councillor x"),
        "councillor-title",
    ),
    (
        "#CllrLife",
        dict(text="Bramble bashing on the green all afternoon #CllrLife"),
        "councillor-title",
    ),
    # 6.2: a closed mind on the council's page
    (
        "saying NO on the official page before the meeting",
        dict(text="We'll be saying NO to the phone mast on Quarry Lane, simple as.", **OFFICIAL),
        "personal-opinion-as-council",
    ),
    # 6.3: members who can't read the papers
    (
        "if half of them could read",
        dict(text="Committee meetings would be half as long if half of them could read 😂"),
        "disrepute",
    ),
    (
        "minutes for people who can't read an agenda",
        dict(
            text="Another night taking minutes for people who can't read an agenda 🙃",
            author="p-clerk",
            display_name="Ruth Fenwick",
        ),
        "disrepute",
    ),
    (
        "drunk is still drunk",
        dict(text="Absolutely smashed after the council Christmas do 🍻"),
        "disrepute",
    ),
    # 6.6: criticism is never covered, whatever the root shared
    (
        "grit and a dig",
        dict(text="Sid spread grit on half the hall path then gave up. Useless."),
        "comment-on-colleague",
    ),
    # 6.8: a publisher's photo is still copyright
    (
        "a studio's photo off its channel",
        dict(
            text="The village in the snow this morning",
            attachments=(
                Attachment(
                    kind="image",
                    description="Village in the snow photograph",
                    source="third_party",
                    consents=("c-3",),
                ),
            ),
        ),
        "copyright-material",
    ),
    # G.4: a body named, and waved away
    (
        "the ICO's problem not ours",
        dict(
            text="That's the ICO's problem not ours.",
            reply="Someone's put my email address up on a dodgy site, what do I do?",
        ),
        "resolution-route",
    ),
]

NEGATIVES = [
    # 4.3
    (
        "every penny declared",
        dict(text="Every penny of the Facebook boost is going in my spending return.", at=CAMPAIGN),
        {"election-advertising"},
    ),
    (
        "a cost named with the receipt kept",
        dict(
            text="Yes, forty quid, it's on the return with the receipt.",
            reply="Owen, did you declare those Facebook ads?",
            at=CAMPAIGN,
        ),
        {"election-advertising"},
    ),
    (
        "not a candidate",
        dict(
            text="fb ads dont count as election spending do they?",
            author="p-cllr-dunn",
            display_name="Priya Dunn",
            at=CAMPAIGN,
        ),
        {"election-advertising"},
    ),
    # 6.1
    (
        "ask your local councillor",
        dict(text="Not sure about the hedges, ask your local councillor, they'll know."),
        {"councillor-title"},
    ),
    (
        "your councillor here is someone else",
        dict(text="Your councillor here in the east ward is Priya Dunn, give her a ring."),
        {"councillor-title"},
    ),
    # 6.2
    (
        "an agenda notice on the official page",
        dict(
            text="The phone mast on Quarry Lane goes to Full Council on 9 March. Come along "
            "and have your say.",
            **OFFICIAL,
        ),
        {"personal-opinion-as-council"},
    ),
    # 6.3
    (
        "some people on this council",
        dict(text="Some people on this council could do with reading the standing orders 🙄"),
        {"disrepute"},
    ),
    (
        "whoever's in charge",
        dict(text="Trains late again 🙄 whoever's in charge, sort it out"),
        {"disrepute"},
    ),
    (
        "smashed it, a triumph",
        dict(text="The juniors absolutely smashed it at the fete 🎉 so proud of them"),
        {"disrepute"},
    ),
    (
        "the author's own house",
        dict(
            text="Gritting from 5am from mine on Main Street (the one with the blue van) 😂",
            author="p-warden",
            display_name="Sid Marsh",
        ),
        {"disrepute"},
    ),
    # 6.6
    (
        "thanks for spreading grit",
        dict(text="Ta to Sid for spreading grit on the hall path first thing 👍"),
        {"comment-on-colleague"},
    ),
    (
        "credit given in a reply, the question sets the subject",
        dict(
            text="That was Sid, credit where it's due 👏",
            reply="Who cleared all that snow off the hall steps?",
        ),
        {"comment-on-colleague"},
    ),
    # 6.8
    (
        "a child's photo off its channel: 6.7, not copyright",
        dict(
            text="Our Lily at the summer fete 🥰 shared from the council page",
            at="2027-07-01T12:00:00+01:00",
            attachments=(
                Attachment(
                    kind="image",
                    description="Girl at the summer fete",
                    people=("Lily Shaw",),
                    minors=True,
                    source="third_party",
                    consents=("c-1",),
                ),
            ),
        ),
        {"copyright-material"},
    ),
    # G.4
    (
        "routed to the data protection officer and the ICO",
        dict(
            text="That's one for the borough's data protection officer first, then the "
            "Information Commissioner if you're not happy.",
            reply="Who do I complain to about the borough losing my data?",
        ),
        {"resolution-route"},
    ),
    (
        "tell your MP",
        dict(
            text="Agreed. Tell your MP, they do read the emails.",
            reply="Bus fares up again, it's a disgrace",
        ),
        {"resolution-route"},
    ),
    (
        "a triumph answered",
        dict(
            text="So proud of her 👏",
            reply="Priya only went and smashed the Great North Run!",
        ),
        {"resolution-route"},
    ),
]


test_family_fires = family_fires(POSITIVES)


@pytest.mark.parametrize("case", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_near_miss_stays_quiet(ctx, case):
    label, kwargs, quiet = case
    assert not rules_raised(make_post(**kwargs), ctx) & quiet, label


def test_a_child_photo_off_its_channel_still_raises_6_7(ctx):
    """The photo consent used outside its channel is still a consent problem (6.7)."""
    kwargs = dict(NEGATIVES[12][1])
    assert NEGATIVES[12][0].startswith("a child's photo")
    found = rules_raised(make_post(**kwargs), ctx)
    assert found & {"minor-without-consent", "third-party-content"}


def test_take_it_up_with_the_councillors_is_no_route(ctx):
    """G.4: handing a complaint on to "the councillors" names nobody who deals with it."""
    post = make_post(
        "I just do the books mate. Take it up with the councillors 🤷",
        author="p-clerk",
        display_name="Ruth Fenwick",
        reply="Hall hire up again and the loos still shut. Who do I complain to?",
    )
    assert "resolution-route" in rules_raised(post, ctx)
