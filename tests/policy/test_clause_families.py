"""Table-driven tests for clause-level signals added after the untouched holdout batch was scored.

Each family is a way of expressing a clause, not a sentence: a structure (an insult noun after a
determiner, a conditional threat, innuendo about money with a named person, a price with council
property, a street name that needs a topic word) or a phrase family with its variants. Every case
is written for the Ashby Green test registers (tests/policy/context.yaml): agenda items ag-1 (play
area at Mill Field), ag-2 (mowing contract, Part 2, linked to confidential matter k-1) and ag-3
(phone mast, keyword "Quarry Lane"), all undecided until 2027-03-09; decision d-1 moved the
library bus stop. Hard negatives sit next to the positives they could be confused with.
"""

from __future__ import annotations

import pytest

from civicpost.policy import Attachment, Context
from civicpost.policy.detectors.matching import content_words
from civicpost.policy.rules.privacy import organisation_contact

from .conftest import make_post, rules_raised

OFF = {"kind": "official"}
CLERK_OFF = {"kind": "official", "author": "p-clerk"}

POSITIVES = [
    # 6.9: insults and threats
    (
        "plural insult noun after a determiner names its target",
        dict(text="Somebody tell those numpties on the planning panel to read the report."),
        "personal-attack",
    ),
    (
        "you're an embarrassment",
        dict(text="Honestly, you're an embarrassment.", reply="Cole never turns up."),
        "personal-attack",
    ),
    (
        "copular insult about whoever did it",
        dict(text="Whoever left that rubbish by the hall is a selfish pig."),
        "personal-attack",
    ),
    (
        "you absolute <noun>",
        dict(text="Pipe down, you absolute wazzock.", reply="Why is the hall shut?"),
        "personal-attack",
    ),
    (
        "a sad <noun> like you",
        dict(text="Nobody listens to a bitter troll like you.", reply="Cole is useless."),
        "personal-attack",
    ),
    (
        "conditional threat",
        dict(text="One more comment like that and I'll be round.", reply="Cole is a joke."),
        "hostile-language",
    ),
    (
        "coming round, as a threat",
        dict(text="Right. I'm coming round.", reply="Owen Cole couldn't run a bath."),
        "hostile-language",
    ),
    (
        "veiled warning",
        dict(text="You want to be careful saying that round here.", reply="Cole is bent."),
        "hostile-language",
    ),
    (
        "vigilante call",
        dict(
            text="If the police won't act we should chase the quad bikers off Mill Field ourselves."
        ),
        "hostile-language",
    ),
    (
        "a group and 'a bunch of' an insult",
        dict(text="The loudmouths in that chat group are a bunch of cowards."),
        "personal-attack",
    ),
    (
        "dismissing a critic",
        dict(text="Typical whinger. Go and moan somewhere else.", reply="Cole ignores emails."),
        "personal-attack",
    ),
    (
        "a group called scum",
        dict(text="The hooligans from the new estate are scum."),
        "personal-attack",
    ),
    (
        "don't make me come",
        dict(text="Don't make me come down there.", reply="Cole is useless."),
        "hostile-language",
    ),
    (
        "going down there to run them off",
        dict(text="Let's all go down to the camp by the field tonight and run them off."),
        "hostile-language",
    ),
    # 6.10: allegations and innuendo
    (
        "criminal label for an identifiable person",
        dict(text="The fella who runs the garage is a known drug dealer."),
        "unlawful-allegation",
    ),
    (
        "innuendo about money with a named colleague",
        dict(text="Cllr Dunn's mileage claim doubled this year. Draw your own conclusions."),
        "unlawful-allegation",
    ),
    (
        "innuendo about a relative's firm",
        dict(text="Odd how Cllr Dunn's brother keeps getting the hall repairs. Just saying."),
        "unlawful-allegation",
    ),
    (
        "ask a named colleague why, about a contract",
        dict(text="Ask Cllr Dunn why her brother got the hall contract without a tender."),
        "unlawful-allegation",
    ),
    (
        "photo of a postal vote asked for",
        dict(text="Send me a snap of your postal vote so I know you backed me!"),
        "unlawful-allegation",
    ),
    (
        "contempt for someone's intelligence",
        dict(text="Get a brain cell and come back.", reply="Cole is clueless."),
        "personal-attack",
    ),
    ("a nasty piece of work", dict(text="Wendy Hale is a nasty piece of work."), "personal-attack"),
    (
        "call to burn something",
        dict(text="Someone should torch that eyesore of a shed on the field."),
        "hostile-language",
    ),
    (
        "paying for proof of a vote",
        dict(text="A pint for anyone who shows me they voted Cole!"),
        "unlawful-allegation",
    ),
    # 6.3 and 6.10: council property hired out for cash
    (
        "council equipment hired for cash",
        dict(text="Borrow the council's hedge trimmer for a day, thirty quid, no receipts."),
        "disrepute",
    ),
    (
        "council equipment hired for cash (law)",
        dict(text="The council's gazebo is yours for the weekend for £40, cash please."),
        "unlawful-allegation",
    ),
    (
        "council equipment named without a possessive",
        dict(text="Want the council trailer for the weekend? Twenty quid in my hand."),
        "unlawful-allegation",
    ),
    (
        "no questions asked",
        dict(text="Spare fencing panels going, no questions asked."),
        "unlawful-allegation",
    ),
    # 6.3: ridicule of a member of the public
    (
        "laughing at a resident",
        dict(text="Had a right laugh at the woman who asked us to ban seagulls 🤣"),
        "disrepute",
    ),
    (
        "drinks by the emoji",
        dict(text="Quiz night 🍷🍷 see you never, council papers!"),
        "disrepute",
    ),
    (
        "milder swearing",
        dict(text="Another crap meeting, three hours of my life gone."),
        "disrepute",
    ),
    # 6.4: acting against a decision
    (
        "defiance of a decision",
        dict(text="The bus stop move is a huge mistake. Use the old stop anyway, who's in?"),
        "contrary-to-decision",
    ),
    (
        "campaign to reverse a decision",
        dict(text="Worst decision yet on the bus stop. Join the campaign to get it reversed."),
        "contrary-to-decision",
    ),
    (
        "vandalism urged against a decision",
        dict(text="The new bus stop was a daft idea. Someone should paint over the sign."),
        "contrary-to-decision",
    ),
    (
        "the council was wrong to, with a call to act",
        dict(text="The council was wrong to move the bus stop. Write in and say so!"),
        "contrary-to-decision",
    ),
    (
        "defying the council",
        dict(text="Stuff the new bus stop, we'll all use the old one whatever the council says."),
        "contrary-to-decision",
    ),
    # 6.11: closed mind
    (
        "no intention whatever the officers recommend",
        dict(text="I've no intention of backing the play area whatever the officers recommend."),
        "predetermination",
    ),
    (
        "declared future vote",
        dict(text="I'll be backing the play area. Anyone voting against it is kidding themselves."),
        "predetermination",
    ),
    (
        "negated vote",
        dict(text="Mill Field play area? I won't be approving a penny of it."),
        "predetermination",
    ),
    (
        "nothing will change my mind",
        dict(text="I'm dead against the play area and no petition will change my mind."),
        "predetermination",
    ),
    (
        "street name with a topic word",
        dict(text="That Quarry Lane mast will be refused, simple as that."),
        "predetermination",
    ),
    (
        "councillor announces the council's stance on an undecided item",
        dict(text="The council won't stand for a phone mast on the verge."),
        "predetermination",
    ),
    (
        "an option quoted from the item's title",
        dict(text="12.5% is the only sensible option and that's how I'm voting."),
        "predetermination",
    ),
    ("declared yes or no", dict(text="Phone mast? Forget it. I'm voting no."), "predetermination"),
    # 6.2
    (
        "the council will never support",
        dict(text="The parish council will never support a phone mast."),
        "personal-opinion-as-council",
    ),
    (
        "on behalf of the council",
        dict(text="On behalf of Ashby Green Parish Council, we say no to the mast."),
        "personal-opinion-as-council",
    ),
    # 6.5
    (
        "tender detail in other words",
        dict(text="Heard the mowing tender came in at £21k. Bargain."),
        "confidential-information",
    ),
    (
        "staff health by role",
        dict(text="The warden's signed off sick again so no gritting this week."),
        "confidential-information",
    ),
    # 6.6
    (
        "colleague by role with criticism",
        dict(text="Our clerk is hopeless lately, no idea what's got into her."),
        "comment-on-colleague",
    ),
    (
        "approval never covers criticism",
        dict(text="Sid's gritting was rubbish again, the paths were lethal."),
        "comment-on-colleague",
    ),
    # 5.1
    (
        "away with a duration",
        dict(text="Me and the kids are off at my sister's for ten days from Friday!"),
        "privacy-exposure",
    ),
    (
        "off to somewhere for weeks",
        dict(text="Off to my brother's in Portugal for three weeks tomorrow!"),
        "privacy-exposure",
    ),
    (
        "off on a trip",
        dict(text="Off on a cruise for a month from Sunday, see you all in June!"),
        "privacy-exposure",
    ),
    (
        "away for the week, back on a date",
        dict(text="Off to the Lakes for the week from Saturday, back on the 20th."),
        "privacy-exposure",
    ),
    (
        "alone at home tonight",
        dict(text="Kids are at their nan's so it's just me home tonight."),
        "privacy-exposure",
    ),
    (
        "date range away",
        dict(text="I'll be in Malaga from the 3rd to the 17th, so ring the office."),
        "privacy-exposure",
    ),
    (
        "partner away, alone at home",
        dict(text="Husband's working away all month so it's just me at home."),
        "privacy-exposure",
    ),
    (
        "weekly routine with a time",
        dict(text="Every Thursday at 6am I run round the reservoir, come along!"),
        "privacy-exposure",
    ),
    # 6.1
    (
        "title after the author's own name",
        dict(text="Owen Cole, Councillor for the East ward, wishes you a happy new year."),
        "councillor-title",
    ),
    ("title in a hashtag", dict(text="#CllrCole on the litter pick today"), "councillor-title"),
    # G.3 / G.4 / G.2
    (
        "doctrine on the official page",
        dict(text="Remember, Christ died for our sins. Happy Easter!", **CLERK_OFF),
        "politics-religion",
    ),
    (
        "a blessing",
        dict(text="May the Lord keep you all this winter.", **CLERK_OFF),
        "politics-religion",
    ),
    (
        "officer urging a party vote",
        dict(text="Vote Green on 4 May!", author="p-warden"),
        "politics-religion",
    ),
    (
        "dumped items, no route",
        dict(
            text="Yes, shocking isn't it.",
            reply="Someone has dumped a sofa by the hall, it's been there a week.",
        ),
        "resolution-route",
    ),
    (
        "a request for help that says 'you', no route given",
        dict(text="We'll see.", reply="Can you do something about the potholes on Main Street?"),
        "resolution-route",
    ),
    (
        "a safety worry, no route",
        dict(
            text="Not a council matter, sorry.",
            reply="Youths drinking in the shelter, it's intimidating.",
        ),
        "resolution-route",
    ),
    (
        "ridicule in a reply",
        dict(text="Moaning again? Get a life.", reply="Why is the hall always locked?"),
        "escalation",
    ),
]

NEGATIVES = [
    # 6.9 / 6.10
    (
        "policy criticism of ministers",
        dict(text="Ministers are clueless about rural buses; I've written to our MP."),
        "personal-attack",
    ),
    (
        "a charge against a party, not a person",
        dict(text="Tory sleaze and cronyism get murkier every week."),
        "unlawful-allegation",
    ),
    ("a positive 'you absolute'", dict(text="Thank you, you absolute legend!"), "personal-attack"),
    (
        "anonymous thieves reported to police",
        dict(text="Thieves took lead from the Village Hall roof. Police informed, ring 101."),
        "unlawful-allegation",
    ),
    ("stole the show", dict(text="Lily stole the show at the fete!"), "unlawful-allegation"),
    (
        "rigged up lights",
        dict(text="We rigged up the lights on Main Street today."),
        "unlawful-allegation",
    ),
    (
        "going down there for the litter pick",
        dict(text="We're going down there on Saturday for the litter pick."),
        "hostile-language",
    ),
    (
        "coming round to an idea",
        dict(text="I'm coming round to the idea of a new play area."),
        "hostile-language",
    ),
    (
        "community does it ourselves",
        dict(text="If nobody else will fix the bench, we'll raise the money ourselves."),
        "hostile-language",
    ),
    ("step outside", dict(text="Step outside and enjoy the sunshine!"), "hostile-language"),
    (
        "the railing is bent",
        dict(text="The railing by the hall is bent, reported."),
        "personal-attack",
    ),
    (
        "a pint after voting",
        dict(text="Vote on Thursday, then come for a pint at the quiz!"),
        "unlawful-allegation",
    ),
    # 6.3
    (
        "insulting a resident is an attack, not mockery",
        dict(text="Wendy Hale is a nasty piece of work."),
        "disrepute",
    ),
    (
        "a council's switchboard",
        dict(text="Help with council tax bills: ring the Borough Council on 01709 336000."),
        "personal-data",
    ),
    (
        "ask the RFO how to pay",
        dict(text="Ask the RFO how to pay your allotment invoice.", author="p-clerk", **OFF),
        "unlawful-allegation",
    ),
    (
        "the council's own page offers hire",
        dict(text="The council's gazebo and tables can be hired for £15 a day.", **CLERK_OFF),
        "disrepute",
    ),
    (
        "laughing with friends, no target",
        dict(text="Had a good laugh at the quiz tonight, we came last 😂"),
        "disrepute",
    ),
    (
        "nobody will miss the rubbish",
        dict(text="Great litter pick. Nobody will miss the rubbish we cleared!"),
        "unlawful-allegation",
    ),
    # 6.4
    (
        "could have gone elsewhere, motion to review",
        dict(text="The bus stop money could have gone on books. I'll put a motion to review it."),
        "contrary-to-decision",
    ),
    (
        "preferred otherwise but accepts",
        dict(text="I'd have kept the old bus stop, but it's what we agreed and I respect that."),
        "contrary-to-decision",
    ),
    (
        "judgement alone, accepted",
        dict(text="The bus stop move was a daft idea, but the council decided and I accept that."),
        "contrary-to-decision",
    ),
    # 6.11
    (
        "an item's figure without closed-mind words",
        dict(text="Turnout was 12.5% up on last year and I'm voting for more events!"),
        "predetermination",
    ),
    (
        "open mind before the meeting",
        dict(text="I'll weigh up every view on the play area before I decide on the 9th."),
        "predetermination",
    ),
    (
        "street name without the item's topic",
        dict(text="Grit bins on Quarry Lane were refilled today; thank you all."),
        "predetermination",
    ),
    (
        "support whatever the council decides",
        dict(text="I'll support whatever the committee decides on the play area after the debate."),
        "predetermination",
    ),
    # 6.5
    (
        "announcing a Part 2 item",
        dict(
            text="The mowing contract is in Part 2 of the agenda; press and public must leave.",
            **CLERK_OFF,
        ),
        "confidential-information",
    ),
    (
        "poster's own family in hospital",
        dict(text="My mum's in hospital so I'll send apologies to the Clerk."),
        "confidential-information",
    ),
    (
        "an organisation's helpline",
        dict(text="Citizens Advice can help: ring 0808 278 7911.", **CLERK_OFF),
        "personal-data",
    ),
    (
        "an organisation's mailbox",
        dict(text="Bookings: email bookings@ashbyhallcharity.org.uk", **CLERK_OFF),
        "personal-data",
    ),
    # 6.6
    (
        "the Clerk as someone to contact",
        dict(text="Questions about the budget can go to the Clerk at clerk@ashbygreenpc.gov.uk"),
        "comment-on-colleague",
    ),
    (
        "a figure in a sentence about something else",
        dict(
            text="Mowing contract papers are out. Separately, the fete raised £2,000 for the hall."
        ),
        "confidential-information",
    ),
    # 5.1
    (
        "the poster's office line",
        dict(text="You can ring my office on 0114 496 0999 on weekdays."),
        "privacy-exposure",
    ),
    (
        "away at a conference, no dates",
        dict(text="Away in Leeds at a conference this week, emails may be slow."),
        "privacy-exposure",
    ),
    ("a day trip", dict(text="Off to York for the day, lovely!"), "privacy-exposure"),
    (
        "back from holiday",
        dict(text="Back from a fortnight in Cornwall! Lovely to be home."),
        "privacy-exposure",
    ),
    (
        "an event's date range",
        dict(text="The art exhibition runs from the 3rd to the 17th at the hall."),
        "privacy-exposure",
    ),
    # 6.1
    (
        "a colleague's title is not the author's",
        dict(text="Great to see Cllr Dunn and Owen Cole at the fair."),
        "councillor-title",
    ),
    # G.3
    (
        "a neutral greeting",
        dict(text="Happy Diwali to everyone celebrating in Ashby Green!", **CLERK_OFF),
        "politics-religion",
    ),
    (
        "bowling greens are not a party",
        dict(text="Bowls on the greens this Saturday, all welcome.", **CLERK_OFF),
        "politics-religion",
    ),
    (
        "Lord Lieutenant",
        dict(text="The Lord Lieutenant will attend the Remembrance service.", **CLERK_OFF),
        "politics-religion",
    ),
]


@pytest.mark.parametrize(("label", "kwargs", "slug"), POSITIVES, ids=[c[0] for c in POSITIVES])
def test_clause_family_fires(ctx, label, kwargs, slug):
    assert slug in rules_raised(make_post(**kwargs), ctx), label


@pytest.mark.parametrize(("label", "kwargs", "slug"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_clause_family_stays_quiet(ctx, label, kwargs, slug):
    assert slug not in rules_raised(make_post(**kwargs), ctx), label


def test_own_child_photo_is_still_fine(ctx):
    photo = Attachment(
        kind="image",
        description="The author's son on his first day at school",
        minors=True,
        source="own",
    )
    post = make_post("Big day for my little lad!", attachments=(photo,))
    assert "minor-without-consent" not in rules_raised(post, ctx)


@pytest.mark.parametrize(
    ("value", "organisation"),
    [
        ("0808 278 7911", True),
        ("0300 123 4567", True),
        ("+44 345 600 0000", True),
        ("07700 900123", False),
        ("0114 496 0555", False),
        ("info@example.org.uk", True),
        ("jane.doe@example.org.uk", False),
    ],
)
def test_organisation_contacts(value, organisation):
    assert organisation_contact(value) is organisation


def test_scope_synonyms_fold_to_one_concept():
    assert "contact" in content_words("Questions can go to the Clerk")
    assert "contact" in content_words("named as the contact for council enquiries")
    assert "contact" not in content_words("Thanks for the lovely cakes")


def test_candidate_named_by_surname_in_the_period():
    """4.2: a candidate who is not in the people register, named by surname alone."""
    data = {
        "council": {"name": "Ashby Green Parish Council", "timezone": "Europe/London"},
        "people": [{"id": "p-clerk", "name": "Ruth Fenwick", "roles": ["clerk"]}],
        "accounts": [
            {"id": "acc", "platform": "facebook", "handle": "AshbyGreenPC", "kind": "official"}
        ],
        "posting_authorities": [{"person": "p-clerk", "accounts": ["acc"], "from": "2024-01-01"}],
        "elections": [
            {
                "id": "e-by",
                "kind": "by-election",
                "poll": "2027-06-10",
                "period_start": "2027-05-05T00:00:00+01:00",
                "period_end": "2027-06-10T22:00:00+01:00",
                "candidates": ["Lena Marwood"],
            }
        ],
    }
    context = Context.from_dict(data)
    at = "2027-05-20T10:00:00+01:00"
    named = make_post("Good luck to Marwood on polling day!", author="p-clerk", at=at, **OFF)
    neutral = make_post("Good luck to every candidate!", author="p-clerk", at=at, **OFF)
    assert "pre-election-period" in rules_raised(named, context)
    assert "pre-election-period" not in rules_raised(neutral, context)
