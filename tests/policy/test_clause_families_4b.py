"""Table-driven tests for round 4, lane b: clauses 6.2 and 6.3.

6.2: the council as the subject of a sentence taking a side, holding a view or promising money
("Ashby PC is 100% behind ...", "the parish council is very disappointed with ...", "the council
will be finding the money for ...", "Ashby PC position on ...: ...", "speaking for Ashby PC"), on
a personal page and, unless a decision is recorded, on the council's own page; a decision's
one-word keyword qualified into another thing ("speed cameras") or a place it shares with
another matter ("a quarry at Hob Hill") no longer excuses the claim.

6.3: a councillor or officer joking about council money or equipment put to their own ends,
owning up to neglecting the office or idling on paid time, deriding colleagues' competence or
calling a meeting a circus, teasing or insinuating wrongdoing in the council's money, a misdeed
in scare quotes, keeping found money; a member of the public addressed by an insult ("To the
muppet who ..."); "no questions asked" of a free offer is not a sale.

Every case is written for the Ashby Green test registers (tests/policy/context.yaml); hard
negatives sit next to the positives.
"""

from __future__ import annotations

import copy

import pytest
import yaml

from civicpost.policy import Context, load_pack
from civicpost.policy.rules.base import Checking
from civicpost.policy.rules.structures import scare_quoted_misdeed

from .conftest import CONTEXT_PATH, family_fires, make_post, rules_raised

OFF = {"kind": "official", "author": "p-clerk"}
CLERK = {"author": "p-clerk"}
WARDEN = {"author": "p-warden"}
RESIDENT = {"author": "p-res-hale", "display_name": "Wendy Hale", "handle": "wendy.hale.1"}
AS_COUNCIL = "personal-opinion-as-council"

POSITIVES = [
    # 6.2: the council taking a side, on a personal page
    (
        "short name with 100%",
        dict(text="Ashby PC is 100% behind the campaign to save the post office."),
        AS_COUNCIL,
    ),
    (
        "full name with an adverb",
        dict(text="Ashby Green Parish Council fully backs the bid for a new doctors' surgery."),
        AS_COUNCIL,
    ),
    (
        "a feeling as the council's",
        dict(
            text="The parish council is very disappointed with the "
            "borough's plan to shut the tip on Sundays."
        ),
        AS_COUNCIL,
    ),
    (
        "a bare 'Council's' at the start",
        dict(text="Council's had enough of dog mess on the green. Pick it up or else.", **WARDEN),
        AS_COUNCIL,
    ),
    (
        "most of us on the council",
        dict(
            text="Most of us on the council are fine with the wind turbines going up on the ridge."
        ),
        AS_COUNCIL,
    ),
    (
        "money promised in the council's name",
        dict(text="Trust me, the parish council will be finding the money for new tennis nets."),
        AS_COUNCIL,
    ),
    (
        "money refused in the council's name",
        dict(
            text="Not a chance. The parish council won't be putting a penny towards the clubhouse."
        ),
        AS_COUNCIL,
    ),
    (
        "the council's point of view",
        dict(
            text="From the parish council's point of view, the county's hedge policy is a disaster."
        ),
        AS_COUNCIL,
    ),
    (
        "a position with a colon",
        dict(
            text="Ashby PC position on the county Local Plan: no more building on the green belt."
        ),
        AS_COUNCIL,
    ),
    (
        "speaking for <name> PC",
        dict(text="Speaking for Ashby PC: we've had enough of empty promises about the buses."),
        AS_COUNCIL,
    ),
    (
        "on behalf of <name> PC",
        dict(text="On behalf of Ashby PC, we do not support the drive-through plans."),
        AS_COUNCIL,
    ),
    # 6.2: on the council's own page, a view with no decision behind it
    (
        "we at the council think",
        dict(
            text="We at the parish council think the new parking "
            "charges at the Co-op are a disgrace.",
            **OFF,
        ),
        AS_COUNCIL,
    ),
    (
        "the council believes",
        dict(text="Ashby Green Parish Council believes the badger cull must end.", **OFF),
        AS_COUNCIL,
    ),
    (
        "our view at the council",
        dict(
            text="Our view at Ashby Green Parish Council: the quarry "
            "extension would be a disaster.",
            **OFF,
        ),
        AS_COUNCIL,
    ),
    (
        "the council opposes, official",
        dict(text="The parish council opposes the drive-through on the bypass.", **OFF),
        AS_COUNCIL,
    ),
    # 6.3: council money or equipment put to one's own ends, with a joke
    (
        "the trailer for my own slabs",
        dict(
            text="Took the council trailer to shift my own patio slabs this weekend 😂 perks",
            **WARDEN,
        ),
        "disrepute",
    ),
    (
        "where the precept goes",
        dict(text="Where does the precept go? Into my new hot tub, obviously 😂"),
        "disrepute",
    ),
    (
        "handbrake turns in the tractor",
        dict(
            text="Handbrake turns on the green in the council tractor 🤣 nobody'll know", **WARDEN
        ),
        "disrepute",
    ),
    (
        "the council card for my decking",
        dict(
            text="Council card came in handy at the garden centre for my new decking lol", **CLERK
        ),
        "disrepute",
    ),
    # 6.3: a councillor neglecting the office, an officer idling on paid time
    (
        "never reads the papers, votes as the chair",
        dict(
            text="Honestly I never read the agenda papers any more, I just vote the same as the "
            "chair lol"
        ),
        "disrepute",
    ),
    (
        "dozing in committee",
        dict(text="Confession: I dozed off in the planning committee again 😴"),
        "disrepute",
    ),
    (
        "only there for the sandwiches",
        dict(text="Half of us only turn up for the free sandwiches if I'm honest."),
        "disrepute",
    ),
    (
        "can't be bothered to read applications",
        dict(text="I can't be bothered to read the planning applications any more."),
        "disrepute",
    ),
    (
        "paid to sit with a cuppa",
        dict(
            text="Two hours 'checking' the bins from the cab with a "
            "cuppa and the football on. And they pay me for "
            "this 😎",
            **WARDEN,
        ),
        "disrepute",
    ),
    # 6.3: an insider deriding colleagues or the council
    (
        "colleagues' competence in hyperbole",
        dict(
            text="Half our councillors couldn't chair a meeting if their lives depended on it 🙄",
            **CLERK,
        ),
        "disrepute",
    ),
    (
        "couldn't organise a bake sale at a WI",
        dict(text="Some on this council couldn't organise a bake sale at a WI."),
        "disrepute",
    ),
    (
        "the meeting an utter farce",
        dict(text="Last night's meeting was an utter farce. Nobody knew what we were voting on."),
        "disrepute",
    ),
    (
        "a verdict without a verb",
        dict(
            text="Four hours at the parish council. Two of them to "
            "pick a colour for the benches, absolute circus 🤡",
            **CLERK,
        ),
        "disrepute",
    ),
    (
        "nobody takes parish councils seriously",
        dict(text="No wonder nobody takes parish councils seriously any more."),
        "disrepute",
    ),
    # 6.3: an insider hinting at wrongdoing in the council's money
    (
        "a tease with a hint",
        dict(
            text="Agreed. Wait until you see the budget figures 👀",
            reply="The verges haven't been cut for weeks.",
        ),
        "disrepute",
    ),
    (
        "funny how the contract goes",
        dict(text="Funny how the hedge-cutting contract always goes to the same firm 🤔"),
        "disrepute",
    ),
    (
        "interesting that the RFO",
        dict(
            text="Interesting that the RFO has a brand new BMW the "
            "same year the allotment rents went up. Just saying.",
            **CLERK,
        ),
        "disrepute",
    ),
    # 6.3: misdeeds owned up to
    (
        "a misdeed in scare quotes",
        dict(text="Yes, I 'borrowed' the road signs off the bypass for the fun run 😂", **WARDEN),
        "disrepute",
    ),
    (
        "a tip in scare quotes",
        dict(
            text="Insider tip: awkward complaints tend to go 'missing' if you just wait 😂", **CLERK
        ),
        "disrepute",
    ),
    (
        "keeping found money",
        dict(text="Found a purse on the green, kept the tenner for my trouble 😂"),
        "disrepute",
    ),
    # 6.3: the public addressed by an insult
    (
        "to the muppet who",
        dict(
            text="To the muppet who keeps parking on the verge by the school: it is not a car park."
        ),
        "disrepute",
    ),
    (
        "no questions asked with a trade",
        dict(text="Anyone know where I can get a cheap strimmer, no questions asked? 😉"),
        "disrepute",
    ),
]

POSITIVES += [
    (
        "no intention of paying",
        dict(
            text="The parish council has no intention of paying for a "
            "new bus shelter, so don't hold your breath."
        ),
        AS_COUNCIL,
    ),
    (
        "the council stands with",
        dict(text="The parish council stands with the junior doctors in their strike."),
        AS_COUNCIL,
    ),
    ("a camp taken", dict(text="Ashby PC is firmly in the Leave camp on this one."), AS_COUNCIL),
    (
        "'we' behind a campaign, official",
        dict(text="We're firmly behind the campaign to reopen the station.", **OFF),
        AS_COUNCIL,
    ),
    (
        "the fuel card, cheers taxpayers",
        dict(text="Filled the car up on the council fuel card again 😉 cheers taxpayers", **WARDEN),
        "disrepute",
    ),
    (
        "hiding the receipts",
        dict(text="Audit next week, time to hide the petty cash receipts 😂", **CLERK),
        "disrepute",
    ),
    (
        "a meeting skipped for the darts",
        dict(text="Skipped another meeting for the darts final, priorities 😂"),
        "disrepute",
    ),
    (
        "no council email opened",
        dict(text="Haven't opened a council email since March lol"),
        "disrepute",
    ),
    (
        "working for the council likened",
        dict(text="Working for this council is like herding cats.", **CLERK),
        "disrepute",
    ),
    (
        "if residents knew how",
        dict(
            text="If residents knew how the grants really get decided they'd be fuming 👀", **CLERK
        ),
        "disrepute",
    ),
    (
        "councillor perks",
        dict(text="Mention my name at the Plough and they knock a quid off, councillor perks 😉"),
        "disrepute",
    ),
    (
        "out of a ticket by the office",
        dict(text="Got out of a parking ticket by telling the warden I'm on the council 😂"),
        "disrepute",
    ),
]

NEGATIVES = [
    (
        "windows getting smashed up",
        dict(text="The cameras went up after the pavilion windows kept getting smashed up."),
        "disrepute",
    ),
    # round 4 (second pass): hard negatives for the later families
    (
        "spending reported as agreed",
        dict(
            text="The council will be paying for the Christmas "
            "lights again, as agreed in the budget."
        ),
        AS_COUNCIL,
    ),
    (
        "a tease about good news",
        dict(text="Wait till you see the budget, we've kept the precept down again 👀"),
        "disrepute",
    ),
    (
        "how much work goes into grants",
        dict(
            text="If residents knew how much work goes into the "
            "grant applications they'd be amazed 👀"
        ),
        "disrepute",
    ),
    (
        "my own allotment waits",
        dict(
            text="My own allotment is a jungle because the council mower takes priority 😂",
            **WARDEN,
        ),
        "disrepute",
    ),
    (
        "council perks are a cuppa",
        dict(text="Council perks? A free cuppa at meetings and that's it 😂", **CLERK),
        "disrepute",
    ),
    (
        "a meeting skipped for family",
        dict(text="Skipped the meeting for my granddaughter's school play, apologies sent 😂"),
        "disrepute",
    ),
    (
        "thanks taxpayers for a defibrillator",
        dict(text="Thanks taxpayers for funding the new defibrillator, money well spent!"),
        "disrepute",
    ),
    (
        "working for the council a pleasure",
        dict(text="Working for this council is a pleasure most days, honestly.", **CLERK),
        "disrepute",
    ),
    (
        "stands with, official",
        dict(text="The parish council stands with everyone affected by the floods.", **OFF),
        AS_COUNCIL,
    ),
    # 6.2: what the council's own page may say without a decision in the registers
    (
        "appalled by vandalism, official",
        dict(text="The parish council is appalled by the damage to the play area.", **OFF),
        AS_COUNCIL,
    ),
    (
        "announcing spending, official",
        dict(text="The parish council will be paying for the Christmas tree again.", **OFF),
        AS_COUNCIL,
    ),
    (
        "condemning vandalism",
        dict(text="The parish council condemns the damage to the war memorial.", **OFF),
        AS_COUNCIL,
    ),
    (
        "no liability accepted",
        dict(text="The parish council does not accept liability for items left in the hall."),
        AS_COUNCIL,
    ),
    (
        "a concern relayed",
        dict(text="The parish council is concerned about dog fouling on the green, please bag it."),
        AS_COUNCIL,
    ),
    # 6.2: facts, the council's own good news, other bodies, a decided matter
    (
        "good news on the council's page",
        dict(
            text="The parish council is delighted to announce "
            "the winners of the best kept garden award.",
            **OFF,
        ),
        AS_COUNCIL,
    ),
    (
        "a meeting date",
        dict(text="The parish council meets on Tuesday at 7pm in the village hall."),
        AS_COUNCIL,
    ),
    (
        "behind schedule",
        dict(text="The parish council is behind schedule with the minutes, sorry all."),
        AS_COUNCIL,
    ),
    (
        "the county council's stance",
        dict(text="The county council is against the new bypass, according to the paper."),
        AS_COUNCIL,
    ),
    (
        "council tax at the start",
        dict(text="Council tax bills go out next week, keep an eye on the post."),
        AS_COUNCIL,
    ),
    (
        "one's own view",
        dict(text="Speaking for myself, I think the county's hedge policy is a disaster."),
        AS_COUNCIL,
    ),
    (
        "a decided matter reported",
        dict(
            text="The parish council backs moving the library bus "
            "stop to Main Street, as agreed in October."
        ),
        AS_COUNCIL,
    ),
    (
        "the annual meeting on the council's page",
        dict(text="The parish council's annual meeting is on 12 May: all welcome.", **OFF),
        AS_COUNCIL,
    ),
    # 6.3: council money or equipment without a private use
    (
        "council tax up, my wallet",
        dict(text="Council tax has gone up again 😂 my wallet is crying"),
        "disrepute",
    ),
    (
        "the van stuck in the snow",
        dict(
            text="The council van got stuck in the snow this morning 😂 had to dig it out", **WARDEN
        ),
        "disrepute",
    ),
    (
        "used my own mower instead",
        dict(
            text="Used my own mower on the verge because the council mower broke down 😂", **WARDEN
        ),
        "disrepute",
    ),
    (
        "first cut of spring",
        dict(text="Out in the council tractor for the first cut of spring 😎", **WARDEN),
        "disrepute",
    ),
    # 6.3: diligence, not neglect
    (
        "reads every page",
        dict(text="I read every page of the agenda papers before I vote."),
        "disrepute",
    ),
    (
        "not read yet",
        dict(text="I haven't read the full report yet, will do before Tuesday."),
        "disrepute",
    ),
    (
        "stopped reading the comments",
        dict(text="I've stopped reading the comments on that thread, life's too short."),
        "disrepute",
    ),
    (
        "votes with a conscience",
        dict(text="I vote with my conscience, not with the party line."),
        "disrepute",
    ),
    (
        "paid for this, no idling",
        dict(
            text="Out gritting at 5am in the snow, and they pay me for this! Love my job", **WARDEN
        ),
        "disrepute",
    ),
    # 6.3: criticism of another body, or of nothing
    (
        "the borough's roadworks a shambles",
        dict(
            text="The borough's roadworks on the high street "
            "are a shambles, I raised it at the council "
            "meeting."
        ),
        "disrepute",
    ),
    (
        "the borough council couldn't fill a pothole",
        dict(text="The borough council couldn't fill a pothole if you paid them.", **CLERK),
        "disrepute",
    ),
    (
        "a meeting that was no circus",
        dict(text="Great meeting tonight, no circus, all done in an hour."),
        "disrepute",
    ),
    (
        "a resident calls the council a joke",
        dict(text="The parish council is a joke.", **RESIDENT),
        "disrepute",
    ),
    (
        "the borough's bin day, via a pronoun",
        dict(
            text="People keep asking about the borough moving bin day again. Honestly? I think "
            "it's a shambles.",
            **CLERK,
        ),
        "disrepute",
    ),
    # 6.3: no hint, no beneficiary, a pointer to published accounts
    (
        "wait till you see the planters",
        dict(text="Wait till you see the new planters on Main Street 👀"),
        "disrepute",
    ),
    (
        "the published accounts",
        dict(text="You should see the accounts... they're published on our website."),
        "disrepute",
    ),
    (
        "funny how the sun",
        dict(text="Funny how the sun always comes out for the fete 🤔"),
        "disrepute",
    ),
    (
        "what the precept pays for",
        dict(
            text="Interesting how much the precept pays for: grass cutting, lights, the play area."
        ),
        "disrepute",
    ),
    # 6.3: found property kept safe, a kind soul, a free offer
    (
        "wallet kept safe",
        dict(
            text="Found a wallet by the bus shelter, kept it safe in the "
            "office until the owner collected it."
        ),
        "disrepute",
    ),
    (
        "to the kind soul",
        dict(text="To the kind soul who handed in my purse: thank you!"),
        "disrepute",
    ),
    (
        "free soup, no questions asked",
        dict(text="Warm hub at the village hall every Wednesday: free soup, no questions asked."),
        "disrepute",
    ),
]


test_family_fires = family_fires(POSITIVES)


@pytest.mark.parametrize(("label", "kwargs", "slug"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_family_stays_quiet(ctx, label, kwargs, slug):
    assert slug not in rules_raised(make_post(**kwargs), ctx), label


def _with_decisions() -> Context:
    """The test registers plus two decisions: CCTV cameras on the green (a one-word keyword,
    "cameras") and no objection to a solar farm at Hob Hill (a place-name keyword)."""
    raw = copy.deepcopy(yaml.safe_load(CONTEXT_PATH.read_text()))
    raw["decisions"] += [
        {
            "id": "d-2",
            "date": "2026-06-09",
            "minute": "26/051",
            "resolution": "RESOLVED that two CCTV cameras be installed on the village green.",
            "keywords": ["CCTV", "cameras"],
        },
        {
            "id": "d-3",
            "date": "2026-06-09",
            "minute": "26/052",
            "resolution": "RESOLVED that the council does not object to the solar farm at Hob "
            "Hill.",
            "keywords": ["solar farm", "Hob Hill"],
        },
    ]
    return Context.from_dict(raw)


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        # another thing under a decided keyword: the claim is not a report of the decision
        ("The whole council is against these speed cameras the county wants.", True),
        ("The parish council is dead against the quarry at Hob Hill.", True),
        # the decided things themselves: a report
        ("The parish council is behind the cameras on the green, as agreed in June.", False),
        ("The parish council backs the new CCTV cameras.", False),
        ("The parish council does not object to the solar farm at Hob Hill.", False),
    ],
)
def test_decided_topic_needs_the_same_thing(text, raised):
    ctx = _with_decisions()
    assert (AS_COUNCIL in rules_raised(make_post(text), ctx)) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("Yes, I 'borrowed' the road signs off the bypass for the fun run 😂", True),
        ("Insider tip: awkward complaints tend to go 'missing' if you just wait 😂", True),
        # someone else's misdeed reported, not owned up to
        (
            "Someone has 'borrowed' the planters off the green again 😂 please bring them back",
            False,
        ),
        # no joke
        ("I 'borrowed' the gazebo from the hall for the fete and returned it on Monday.", False),
    ],
)
def test_scare_quoted_misdeed_is_owned_with_a_joke(ctx, text, raised):
    c = Checking(make_post(text, author="p-warden"), ctx, load_pack())
    assert (scare_quoted_misdeed(c) is not None) is raised
