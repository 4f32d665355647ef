"""Table-driven tests for the second generalisation round (clause families, not sentences).

Each family is a way of expressing a clause: taking a side in party politics (G.3) on any
account, punctuation inside the councillor title (6.1), jibes at the person answered and calls to
drive people out (6.9), owning up to an offence (6.10, 6.3), stoking a heated thread (G.2), asking
how or where to complain (G.4), undermining a decision (6.4), a campaign message or a business
plug in the council's voice (6.2), insiders running the council down (6.3), a colleague named by
a chair's role (6.6), routines and revealing pictures (5.1), a notice in the council's name on a
personal page (4.1), a consent that asks for a credit (6.7, 6.8). Every case is written for the
Ashby Green test registers (tests/policy/context.yaml); hard negatives sit next to the positives
they could be confused with.
"""

from __future__ import annotations

import copy
from importlib import resources

import pytest
import yaml

from civicpost.policy import Attachment, Context, PackError
from civicpost.policy.detectors.matching import content_words
from civicpost.policy.pack import pack_from_dict

from .conftest import family_fires, make_post, rules_raised

OFF = {"kind": "official", "author": "p-clerk"}
REPLY = "The bins on Mill Field haven't been collected for a fortnight. Disgusting."
IN_PERIOD = "2028-04-10T10:00:00+01:00"

POSITIVES = [
    # G.3: party politics on any account
    (
        "vote by party colour",
        dict(text="Vote yellow, every time. Nobody else listens."),
        "politics-religion",
    ),
    (
        "colour as allegiance with a general election",
        dict(text="Orange through and through at the next general election."),
        "politics-religion",
    ),
    (
        "canvassing with a party's rosettes",
        dict(text="Knocking on doors with the purple rosette team today #WinAshby"),
        "politics-religion",
    ),
    (
        "shaming MPs over a national policy",
        dict(text="The fuel duty rise is cruel and every MP who backs it should be ashamed."),
        "politics-religion",
    ),
    (
        "party conference on the council's page",
        dict(text="Best wishes to our MP at party conference this week!", **OFF),
        "politics-religion",
    ),
    (
        "party conference on the council's page is also a personal view",
        dict(text="Best wishes to our MP at party conference this week!", **OFF),
        "personal-opinion-as-council",
    ),
    (
        "a faith told to leave",
        dict(text="A Christian village. If Muslims don't like it, they know where the door is."),
        "hostile-language",
    ),
    # 6.1: punctuation inside the title
    (
        "apostrophe inside Cllr",
        dict(text="Great quiz night, thanks all. C'llr Owen Cole"),
        "councillor-title",
    ),
    ("dot inside Cllr, with an initial", dict(text="Night all! C.llr O. Cole"), "councillor-title"),
    # 6.9: jibes at the person answered, driving people out
    (
        "your type",
        dict(text="Typical of your type, never satisfied.", reply="The hall is always shut."),
        "personal-attack",
    ),
    (
        "not wasting breath on you",
        dict(text="I'm not wasting any more breath on you.", reply="Cole never answers."),
        "personal-attack",
    ),
    (
        "everyone knows what you're like",
        dict(text="Everybody in this village knows what you're like.", reply="Answer me!"),
        "personal-attack",
    ),
    (
        "wants their head testing",
        dict(text="Whoever backs the phone mast wants their head testing."),
        "personal-attack",
    ),
    (
        "should be run out of the village",
        dict(text="Anyone who objects to the fete should be run out of the village."),
        "hostile-language",
    ),
    (
        "if the police won't shift them, we will",
        dict(
            text="If the police won't move that lot off the green, we will. Bring something heavy."
        ),
        "hostile-language",
    ),
    (
        "if the police won't shift them, we will (incitement)",
        dict(
            text="If the police won't move that lot off the green, we will. Bring something heavy."
        ),
        "unlawful-allegation",
    ),
    # 6.10 and 6.3: owning up to an offence; laundering
    (
        "drinks then driving",
        dict(text="Six pints at the Plough and drove home no problem"),
        "unlawful-allegation",
    ),
    (
        "drinks then driving is embarrassing",
        dict(text="Drove home after four pints, easy."),
        "disrepute",
    ),
    (
        "laundering about someone identifiable",
        dict(text="How does the bloke with the chip van afford it? Laundering, obviously."),
        "unlawful-allegation",
    ),
    # G.2: stoking a heated thread
    ("fuming too", dict(text="I'm fuming too. Enough is enough!", reply=REPLY), "escalation"),
    (
        "calling for a pile-on",
        dict(text="Everyone share this, let's make some noise!", reply=REPLY),
        "escalation",
    ),
    (
        "stand yourself, sarcastically",
        dict(text="Why not stand for the parish council yourself? Thought not.", reply=REPLY),
        "escalation",
    ),
    (
        "someone needs to go round",
        dict(text="Someone needs to go round there and have words.", reply=REPLY),
        "escalation",
    ),
    # G.4: asking where to complain is a concern, even with "your" in it
    (
        "who do I complain to about your councillor",
        dict(
            text="Leave it with me.",
            reply="One of your councillors was rude to me. Who do I complain to?",
        ),
        "resolution-route",
    ),
    (
        "how can I object",
        dict(text="Not our department, sorry.", reply="How can I object to the new shop sign?"),
        "resolution-route",
    ),
    # 6.4: undermining a decision (d-1: library bus stop moved)
    (
        "ignore the notices",
        dict(text="Don't listen to the notices, the library bus stop still works if you wave."),
        "contrary-to-decision",
    ),
    (
        "petition to keep what was decided against",
        dict(text="PETITION: keep the library bus stop where it is! Sign at the shop."),
        "contrary-to-decision",
    ),
    (
        "let it flop",
        dict(text="Not backing the new bus stop. Let it flop."),
        "contrary-to-decision",
    ),
    (
        "make sure it never gets used",
        dict(text="They moved the library bus stop? I'll make sure it never gets used."),
        "contrary-to-decision",
    ),
    # 6.11: "has my vote already"
    (
        "has my vote already",
        dict(text="The play area at Mill Field has got my vote already."),
        "predetermination",
    ),
    # 6.2 and 6.3: business plugs and campaign slogans in the council's voice
    (
        "business plug on the council's page",
        dict(text="Need a plumber? Sid recommends Dale Plumbing Ltd, great job.", **OFF),
        "personal-opinion-as-council",
    ),
    (
        "trading on the council's name",
        dict(text="Mention the parish council for 10% off at Dale Plumbing!"),
        "disrepute",
    ),
    (
        "campaign slogan on the council's page in the period",
        dict(
            text="Four more years? Let's keep Ashby Green moving forward!",
            kind="official",
            author="p-chair",
            at=IN_PERIOD,
        ),
        "personal-opinion-as-council",
    ),
    # 6.3: insiders running the council down
    (
        "couldn't organise X in a Y",
        dict(text="Ashby Green Parish Council couldn't organise a bake sale in a bakery."),
        "disrepute",
    ),
    (
        "if you knew what goes on",
        dict(text="If people knew half of what goes on at that council...", author="p-clerk"),
        "disrepute",
    ),
    # 6.6: the chair by role
    (
        "criticism of the chair by role",
        dict(text="The chair let the meeting run away from her again."),
        "comment-on-colleague",
    ),
    # 5.1: routines
    (
        "same route every morning",
        dict(text="Same route every morning: out of the door at 6.10 and round the reservoir."),
        "privacy-exposure",
    ),
    # 4.1: a notice in the council's name from a personal page
    (
        "official notice from the council on a personal page",
        dict(text="OFFICIAL NOTICE FROM ASHBY GREEN PARISH COUNCIL: the car park shuts Saturday."),
        "unauthorised-poster",
    ),
    (
        "the council wishes to inform residents",
        dict(text="The Parish Council wishes to inform residents that the hall is shut on Friday."),
        "unauthorised-poster",
    ),
    # 6.5: a paraphrased confidential matter with a withheld payment
    (
        "withheld payment about the mowing contract",
        dict(
            text="The mowing contract lot won't be seeing the rest of their money, I can tell you."
        ),
        "confidential-information",
    ),
]

NEGATIVES = [
    # G.3
    (
        "criticism of a government's record",
        dict(
            text="The Conservative government's bus cuts have hurt Ashby Green. Write to your MP."
        ),
        "politics-religion",
    ),
    (
        "an MP opening a library",
        dict(text="Our MP opened the school library today."),
        "politics-religion",
    ),
    (
        "a rosette at the show",
        dict(text="Won a red rosette for my onions at the show!"),
        "politics-religion",
    ),
    (
        "all the way, not politics",
        dict(text="The party went on all the way till midnight, great fun."),
        "politics-religion",
    ),
    (
        "register to vote on the council's page",
        dict(
            text="Remember to register to vote for the parish council elections by 13 April.", **OFF
        ),
        "politics-religion",
    ),
    (
        "register to vote is not a personal view",
        dict(
            text="Remember to register to vote for the parish council elections by 13 April.", **OFF
        ),
        "personal-opinion-as-council",
    ),
    # 6.1
    (
        "a colleague's title",
        dict(text="Thanks to Cllr Dunn for running the quiz."),
        "councillor-title",
    ),
    # 6.9
    (
        "running out of things",
        dict(text="We've run out of the village maps; more next week."),
        "hostile-language",
    ),
    (
        "if the council won't clear litter, we will",
        dict(text="If the council won't clear the litter on the green, we will: Saturday at 10."),
        "hostile-language",
    ),
    (
        "bring something to sit on",
        dict(text="Bring something to sit on for the outdoor film."),
        "unlawful-allegation",
    ),
    (
        "your kind words",
        dict(text="Thank you for your kind words.", reply="Well done!"),
        "personal-attack",
    ),
    # 6.10 and 6.3
    (
        "a drink-drive safety message",
        dict(text="Don't drink and drive this Christmas: police are out in force.", **OFF),
        "unlawful-allegation",
    ),
    (
        "walked home after pints",
        dict(text="Two pints at the Plough then walked home."),
        "disrepute",
    ),
    (
        "laundering of linen",
        dict(text="Laundering costs for the hall tablecloths went up this year."),
        "unlawful-allegation",
    ),
    # G.2
    (
        "a calm reply with a route",
        dict(
            text="Thanks for flagging this. I've reported it to the borough council.", reply=REPLY
        ),
        "escalation",
    ),
    # 6.4
    (
        "reporting the decision",
        dict(text="The library bus stop moves to Main Street on Monday; new timetable below."),
        "contrary-to-decision",
    ),
    (
        "a petition about something not decided",
        dict(text="Petition to keep the post office open: sign at the shop."),
        "contrary-to-decision",
    ),
    # 6.2 and 6.3
    (
        "thanking a contractor on the council's page",
        dict(text="Thanks to Dale Plumbing for fixing the pavilion leak so quickly.", **OFF),
        "personal-opinion-as-council",
    ),
    (
        "keep going, outside a period",
        dict(text="Let's keep Ashby Green moving forward with more litter picks!", **OFF),
        "personal-opinion-as-council",
    ),
    (
        "a resident running the council down is not an insider",
        dict(text="The council couldn't organise a bake sale in a bakery.", author=None),
        "disrepute",
    ),
    (
        "a long meeting",
        dict(text="Long meeting last night, but we got through it all."),
        "disrepute",
    ),
    # 6.6
    (
        "apologies sent to the chair",
        dict(text="Apologies sent to the chair for Tuesday."),
        "comment-on-colleague",
    ),
    # 5.1
    (
        "leaving the house once, for an event",
        dict(text="Out of the house at 7 for the litter pick, who's with me?"),
        "privacy-exposure",
    ),
    (
        "passing on a reminder is not a notice",
        dict(text="The council would like to remind residents that the hall shuts on Friday."),
        "unauthorised-poster",
    ),
    (
        "come round to the hall",
        dict(text="Come round to the hall for the coffee morning on Friday."),
        "privacy-exposure",
    ),
    (
        "pop round to someone else",
        dict(text="Pop round with a card for the Hales if you can."),
        "privacy-exposure",
    ),
    # 4.1
    (
        "sharing a council notice",
        dict(text="Sharing the council's notice: the hall car park shuts on Saturday."),
        "unauthorised-poster",
    ),
    (
        "an agreed poster's own page",
        dict(
            text="The Parish Council wishes to inform residents that the hall is shut.",
            author="p-chair",
        ),
        "unauthorised-poster",
    ),
    # 6.5
    (
        "the contract starting",
        dict(text="The mowing contract starts in April."),
        "confidential-information",
    ),
]


test_family_fires = family_fires(POSITIVES)


@pytest.mark.parametrize(("label", "kwargs", "slug"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_family_stays_quiet(ctx, label, kwargs, slug):
    assert slug not in rules_raised(make_post(**kwargs), ctx), label


def _photo(people: tuple[str, ...], description: str) -> Attachment:
    return Attachment(kind="image", description=description, people=people, source="own")


def test_picture_showing_where_the_poster_lives(ctx):
    """5.1: a picture of the poster that shows a house number or a street sign."""
    shown = _photo(("Owen Cole",), "Owen Cole at his front gate, the house number is visible")
    others = _photo((), "The Mill Field street sign after the storm")
    assert "privacy-exposure" in rules_raised(make_post("New place!", attachments=(shown,)), ctx)
    assert "privacy-exposure" not in rules_raised(
        make_post("Sign's down again.", attachments=(others,)), ctx
    )


CREDIT_CONTEXT = {
    "council": {"name": "Ashby Green Parish Council", "timezone": "Europe/London"},
    "people": [{"id": "p-clerk", "name": "Ruth Fenwick", "roles": ["clerk"]}],
    "accounts": [
        {"id": "acc", "platform": "facebook", "handle": "AshbyGreenPC", "kind": "official"}
    ],
    "posting_authorities": [{"person": "p-clerk", "accounts": ["acc"], "from": "2024-01-01"}],
    "consents": [
        {
            "id": "c-9",
            "kind": "third_party_content",
            "subject": "Moor Lens Studio",
            "scope": ['"The green at dawn" photograph, credited "Photo: Moor Lens Studio"'],
            "channels": ["official"],
            "given": "2027-01-01",
        }
    ],
}


@pytest.mark.parametrize(
    ("credit", "raised"),
    [(None, True), ("Photo: Moor Lens Studio", False), ("Moor Lens", True)],
)
def test_consent_that_asks_for_a_credit(credit, raised):
    """6.7 and 6.8: a consent on condition of a credit covers the use only with the credit."""
    context = Context.from_dict(CREDIT_CONTEXT)
    photo = Attachment(
        kind="image",
        description="The green at dawn",
        source="third_party",
        consents=("c-9",),
        credit=credit,
    )
    post = make_post("The green this morning", attachments=(photo,), **OFF)
    found = rules_raised(post, context)
    assert ("third-party-content" in found) is raised
    assert ("copyright-material" in found) is raised


def test_flower_words_fold_to_one_concept():
    assert "bloom" in content_words("hanging baskets on Main Street")
    assert "bloom" in content_words("Ashby in Bloom")
    assert "bloom" not in content_words("the bus stop on Main Street")


def test_lexicon_patterns_must_be_lower_case():
    """Lexicons run on lower-cased views and are compiled without IGNORECASE, so a pattern with
    an upper-case letter could never match: the pack refuses it."""
    text = (resources.files("civicpost.policy") / "packs" / "treeton.yaml").read_text("utf-8")
    data = copy.deepcopy(yaml.safe_load(text))
    data["lexicons"]["insults"].append("re:\\bNumpty\\b")
    with pytest.raises(PackError, match="lower case"):
        pack_from_dict(data)


def test_upper_case_text_still_matches_lexicons(ctx):
    post = make_post("YOU ABSOLUTE WAZZOCK.", reply="Why is the hall shut?")
    assert "personal-attack" in rules_raised(post, ctx)
