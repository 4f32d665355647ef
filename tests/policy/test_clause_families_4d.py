"""Table-driven tests for the fourth generalisation round, lane d: 6.4, 6.11 and G.3.

6.4, content contrary to a decision taken: defiance strong enough to need only the decision's
topic ("council or no council", "don't let a daft vote stop you", the decision in scare quotes,
obstruction), acting in person against it ("I've told the driver to ... until the council sees
sense"), refusing to accept it ("I don't accept that"), a call to undo it ("stop the ..."), and
the opposite outcome announced as fact while the decision runs; a decision's topic in other
words (posting rules: "posting on the council page", "purdah").
6.11: "not getting my vote", "it's a no", refusing to listen, and a declared vote tied to the
coming meeting by its day and a word of an item.
G.3: taking a side in party politics (leafleting for a party, "the only ones who'll ...",
cheering a party's defeat, a cross next to a party), on a divisive national issue (slogans,
marching, "write to your MP", the flag of one side, a faith hinted at, a national day turned on
"the same people"), and national politics on the council's own page.

Every case is written for the Ashby Green test registers (tests/policy/context.yaml), with
extra decisions added below; hard negatives sit next to the positives.
"""

from __future__ import annotations

import copy

import pytest
import yaml

from civicpost.policy import Context

from .conftest import CONTEXT_PATH, make_post, rules_raised

OFF = {"kind": "official", "author": "p-clerk"}
BEFORE_MEETING = "2027-02-20T12:00:00+00:00"  # m-1 (Tuesday 9 March 2027) is still to come
MEETING_WEEK = "2027-03-05T12:00:00+00:00"  # the Friday before m-1
WHILE_CLOSED = "2027-01-15T12:00:00+00:00"
AFTER_REOPENING = "2027-03-15T12:00:00+00:00"


def _context() -> Context:
    """The test registers plus decisions of other shapes: a closure with a condition, a
    time-limited closure, the council's posting rules, and an objection."""
    raw = copy.deepcopy(yaml.safe_load(CONTEXT_PATH.read_text()))
    raw["decisions"] += [
        {
            "id": "d-2",
            "date": "2026-06-09",
            "minute": "26/051",
            "resolution": "RESOLVED that the Mill Field paddling pool be closed and not reopened "
            "until the repairs are funded.",
            "keywords": ["paddling pool"],
        },
        {
            "id": "d-3",
            "date": "2026-06-09",
            "minute": "26/052",
            "resolution": "RESOLVED that the Chair and the Clerk alone hold posting authority "
            "for the council's accounts.",
            "keywords": ["posting authority", "social media"],
        },
        {
            "id": "d-4",
            "date": "2026-06-09",
            "minute": "26/053",
            "resolution": "RESOLVED that the council objects to planning application "
            "AG/2026/0042 (30 houses, Orchard Way).",
            "keywords": ["Orchard Way houses", "AG/2026/0042"],
        },
        {
            "id": "d-5",
            "date": "2026-10-13",
            "minute": "26/091",
            "resolution": "RESOLVED that the pavilion changing rooms close on weekdays from "
            "1 November 2026 to 28 February 2027.",
            "keywords": ["changing rooms"],
        },
        {
            "id": "d-6",
            "date": "2026-06-09",
            "minute": "26/054",
            "resolution": "RESOLVED that two speed signs be installed on Main Street.",
            "keywords": ["speed signs"],
        },
        {
            "id": "d-7",
            "date": "2026-06-09",
            "minute": "26/055",
            "resolution": "RESOLVED that no fireworks display be held in 2027 and that a lantern "
            "walk be held instead.",
            "keywords": ["fireworks", "lantern walk"],
        },
    ]
    return Context.from_dict(raw)


CTX = _context()


def _raised(slug: str, text: str, **kwargs) -> bool:
    return slug in rules_raised(make_post(text, **kwargs), CTX)


# (label, text, post keyword arguments, rule, raised)
CASES = [
    # ---- 6.4: defiance that needs only the decision's topic -------------------------------
    (
        "council or no council",
        "Council or no council, we're putting the old bus stop sign back up. Bring a spanner!",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "rules or no rules",
        "Rules or no rules, I'll keep waiting at the old library bus stop.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "don't let a vote stop you",
        "The old bus stop still works fine, don't let a daft vote stop you 😉",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "the decision in scare quotes",
        "The parish 'decision' on the bus stop was a stitch-up from start to finish.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "an 'accident' winked at",
        "If the new bus stop sign 'accidentally' ends up in the pond, I won't lose sleep.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "obstruction called for, the decision in the post answered",
        "Lie down in front of the lorries if you have to, I'll bring the flask.",
        {"reply": "Can't believe they moved the library bus stop."},
        "contrary-to-decision",
        True,
    ),
    (
        "not waiting for the funding the decision waits for",
        "A few of us will fix up the paddling pool ourselves, who needs to wait for funding!",
        {},
        "contrary-to-decision",
        True,
    ),
    # ...and the same words with no decision, or about something else
    (
        "a way round what was closed",
        "Changing rooms locked? Side door's open if you give it a shove 😉",
        {"at": WHILE_CLOSED},
        "contrary-to-decision",
        True,
    ),
    (
        "who cares what the PC decided",
        "Who cares what the PC decided, we're having fireworks on the green.",
        {"at": "2027-10-20T12:00:00+00:00"},
        "contrary-to-decision",
        True,
    ),
    (
        "holding it anyway since the council bottled it",
        "Fireworks at mine on the 5th since the council bottled it. All welcome!",
        {"at": "2027-10-20T12:00:00+00:00"},
        "contrary-to-decision",
        True,
    ),
    (
        "whatever the council decided, at the thing it chose",
        "Whatever the council decided, I'll be at the lantern walk with bells on!",
        {"at": "2027-10-20T12:00:00+00:00"},
        "contrary-to-decision",
        False,
    ),
    (
        "whatever the council decided, staying away from the thing it chose",
        "Whatever the council decided, I'm not going to the lantern walk. Who's with me?",
        {"at": "2027-10-20T12:00:00+00:00"},
        "contrary-to-decision",
        True,
    ),
    (
        "rules are rules",
        "The council decided on a lantern walk, not fireworks. I'd rather fireworks, but rules "
        "are rules.",
        {"at": "2027-10-20T12:00:00+00:00"},
        "contrary-to-decision",
        False,
    ),
    (
        "council or no council, no decision named",
        "Council or no council, the litter pick goes ahead on Saturday!",
        {},
        "contrary-to-decision",
        False,
    ),
    (
        "why wait for the bus",
        "Why wait for the bus? The new bus stop on Main Street has a shelter.",
        {},
        "contrary-to-decision",
        False,
    ),
    (
        "don't let the rain stop you",
        "Don't let the rain stop you, the new bus stop on Main Street has a shelter.",
        {},
        "contrary-to-decision",
        False,
    ),
    # ---- 6.4: acting in person against it -------------------------------------------------
    (
        "told someone to act until the council sees sense",
        "I've told the driver to keep stopping at the library bus stop until the council "
        "sees sense.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "whatever the PC decided",
        "Whatever the PC decided, I'll be fighting the bus stop move every step of the way.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "they voted for it but we're doing it anyway",
        "The council voted to move the bus stop but a few of us are running a minibus from "
        "the library anyway.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "I know the council decided, but I've written, do the same",
        "I know the council decided to move the bus stop, but I've emailed the bus company "
        "to say we don't want it. Feel free to do the same.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "the objection won't stand, told to the applicant",
        "I've told the developer the council's objection to the Orchard Way houses won't stand.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "I don't accept that",
        "I don't accept that the bus stop had to move. From now on I'll tell people to wait "
        "at the library.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "disagreeing while accepting",
        "I know the council decided to move the bus stop, and I accept that. I'll explain the "
        "reasons at my surgery.",
        {},
        "contrary-to-decision",
        False,
    ),
    (
        "how one voted, and the outcome",
        "The council voted to move the bus stop but I voted against, as my residents asked.",
        {},
        "contrary-to-decision",
        False,
    ),
    (
        "the decision's condition waved away",
        "The council can wait for its grant, the kids can't. We're fixing up the paddling pool "
        "on Saturday.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "a 'broken' lock winked at",
        "I've had a word and the changing rooms padlock is 'broken' till the end of the month 😉",
        {"at": WHILE_CLOSED},
        "contrary-to-decision",
        True,
    ),
    (
        "clogging the phones of the body the decision favours",
        "The Orchard Way objection is a start. Now I'm asking everyone to ring the developer "
        "every day till they give up.",
        {},
        "contrary-to-decision",
        False,
    ),
    (
        "a campaign to frustrate what the council let go ahead",
        "The paddling pool decision stands, so I'm asking everyone to ring the council every "
        "day till they give up. Clog their phones!",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "acting anyway on what 'we weren't allowed'",
        "Fireworks on the green Saturday, seeing as we weren't allowed a display. Bring what "
        "you've got!",
        {"at": "2027-11-01T12:00:00+00:00"},
        "contrary-to-decision",
        True,
    ),
    (
        "the thing chosen instead, on the same grounds",
        "Seeing as we weren't allowed fireworks, bring a lantern to the lantern walk!",
        {"at": "2027-11-01T12:00:00+00:00"},
        "contrary-to-decision",
        False,
    ),
    (
        "a verdict on a decision, no call to act",
        "Still think moving the bus stop was a waste of money, but it's done now.",
        {},
        "contrary-to-decision",
        False,
    ),
    (
        "a verdict on a decision with an indirect call",
        "Moving the bus stop was the wrong call. Someone should take the new sign down.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "unhappy with a decision, pointed to the council's own route",
        "Lots of you unhappy about the bus stop move. Share your views at the next meeting.",
        {},
        "contrary-to-decision",
        False,
    ),
    # ---- 6.4: the council's stance misstated, or what it put in place switched off ---------
    (
        "no objection, though the council objected",
        "Following the meeting, the parish council has no objection to the Orchard Way houses.",
        OFF,
        "contrary-to-decision",
        True,
    ),
    (
        "the objection reported as it was made",
        "The parish council has objected to the Orchard Way houses on drainage grounds.",
        OFF,
        "contrary-to-decision",
        False,
    ),
    (
        "no objection to something else",
        "The council has no objection to residents commenting on the Orchard Way houses.",
        OFF,
        "contrary-to-decision",
        False,
    ),
    (
        "what was installed kept switched off",
        "We're keeping the speed signs switched off over the summer to save on batteries.",
        OFF,
        "contrary-to-decision",
        True,
    ),
    (
        "what was installed covered up",
        "They can keep their speed signs, we'll just cover them with bin bags.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "switched off for a safety check",
        "We're switching the speed signs off on Tuesday morning for a safety check.",
        OFF,
        "contrary-to-decision",
        False,
    ),
    # ---- 6.4: a call to undo it -------------------------------------------------------------
    (
        "please sign, stop the ...",
        "Please sign! Stop the bus stop move before it's too late.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "stop the ... where the council itself objects",
        "Stop the Orchard Way houses! Comments to the borough by Friday.",
        {},
        "contrary-to-decision",
        False,
    ),
    (
        "stop the car at the bus stop",
        "Stop the car at the new bus stop on Main Street and look both ways.",
        {},
        "contrary-to-decision",
        False,
    ),
    # ---- 6.4: the opposite outcome announced as fact ----------------------------------------
    (
        "back for Easter, though not to be reopened until funded",
        "Good news! The paddling pool will be back for Easter 🎉",
        OFF,
        "contrary-to-decision",
        True,
    ),
    (
        "open again while the closure runs",
        "The changing rooms will be open weekdays again from Monday!",
        {**OFF, "at": WHILE_CLOSED},
        "contrary-to-decision",
        True,
    ),
    (
        "what was ruled out announced as back",
        "Fireworks are back on the green this year!",
        {**OFF, "at": "2027-10-20T12:00:00+00:00"},
        "contrary-to-decision",
        True,
    ),
    (
        "what was chosen instead is back",
        "The lantern walk is back on the 5th, bring the kids!",
        {**OFF, "at": "2027-10-20T12:00:00+00:00"},
        "contrary-to-decision",
        False,
    ),
    (
        "back once funded: hedged",
        "The paddling pool will be back once the repairs are funded.",
        OFF,
        "contrary-to-decision",
        False,
    ),
    (
        "not back yet",
        "Sorry, the paddling pool won't be back this summer.",
        OFF,
        "contrary-to-decision",
        False,
    ),
    (
        "open again after the closure ended",
        "The changing rooms are open weekdays again from today.",
        {**OFF, "at": AFTER_REOPENING},
        "contrary-to-decision",
        False,
    ),
    (
        "a decision that moved something",
        "The bus stop is back on Main Street after the roadworks.",
        OFF,
        "contrary-to-decision",
        False,
    ),
    # ---- 6.4: the council's posting rules in other words ------------------------------------
    (
        "posting for the council, refusing the rule",
        "I don't accept that only the Chair can post for the council. I'll be putting official "
        "council notices on my own page from now on.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "purdah, rules or no rules",
        "We've all got to stop posting on the council page for this purdah business. Not me, "
        "rules or no rules.",
        {},
        "contrary-to-decision",
        True,
    ),
    (
        "the posting rules explained",
        "Only the Chair and the Clerk post on the council page: send your news to the Clerk.",
        {},
        "contrary-to-decision",
        False,
    ),
    # ---- 6.11: more stated positions --------------------------------------------------------
    (
        "it's a NO",
        "That phone mast is dangerous. It's a NO.",
        {"at": BEFORE_MEETING},
        "predetermination",
        True,
    ),
    (
        "not getting my vote",
        "Phone mast on the verge? Not getting my vote.",
        {"at": BEFORE_MEETING},
        "predetermination",
        True,
    ),
    (
        "refusing to listen",
        "I won't be listening to any so-called experts on the phone mast.",
        {"at": BEFORE_MEETING},
        "predetermination",
        True,
    ),
    (
        "a vote tied to the meeting by its day and a word of the item",
        "Whoever wants that much for the mowing is not getting my vote on Tuesday, end of.",
        {"at": MEETING_WEEK},
        "predetermination",
        True,
    ),
    (
        "count me as a no",
        "Count me as a no on the phone mast.",
        {"at": BEFORE_MEETING},
        "predetermination",
        True,
    ),
    (
        "my vote's going against",
        "My vote's going against the hall hire rise, for what it's worth.",
        {"at": BEFORE_MEETING},
        "predetermination",
        True,
    ),
    (
        "a flat answer to 'are you voting for ...?'",
        "Absolutely not.",
        {"at": BEFORE_MEETING, "reply": "Are you voting for the phone mast?"},
        "predetermination",
        True,
    ),
    (
        "a yes to 'are you voting on ... at the meeting?'",
        "Yes, the meeting is at 7pm in the hall.",
        {"at": BEFORE_MEETING, "reply": "Are you voting on the phone mast at the meeting?"},
        "predetermination",
        False,
    ),
    (
        "a vote on a Bill, on the same Tuesday",
        "I'll be voting against this Bill in Parliament on Tuesday.",
        {"at": MEETING_WEEK},
        "predetermination",
        False,
    ),
    (
        "not listening to the radio",
        "Won't be listening to the radio tonight, off to the phone mast meeting!",
        {"at": BEFORE_MEETING},
        "predetermination",
        False,
    ),
    (
        "a no-brainer",
        "It's a no-brainer: come and see the phone mast plans at the hall.",
        {"at": BEFORE_MEETING},
        "predetermination",
        False,
    ),
    (
        "listening, with an open mind",
        "I'll listen to everyone on the phone mast before I decide.",
        {"at": BEFORE_MEETING},
        "predetermination",
        False,
    ),
    (
        "an open mind denied",
        "I won't listen to the objectors on the phone mast, it's going through.",
        {"at": BEFORE_MEETING},
        "predetermination",
        True,
    ),
    # ---- G.3: a side taken in party politics ------------------------------------------------
    (
        "leafleting for a party",
        "Out leafleting for the Lib Dems this weekend. Time for a change!",
        {},
        "politics-religion",
        True,
    ),
    (
        "cheering a party's defeat",
        "The Tories have ruined this country. Roll on the general election, they're finished.",
        {},
        "politics-religion",
        True,
    ),
    (
        "the only ones who'll ...",
        "Labour are the only ones who'll fix this mess, mark my words.",
        {},
        "politics-religion",
        True,
    ),
    (
        "a cross next to a party",
        "Another U-turn from Westminster. Counting the days till I put my cross next to Reform.",
        {},
        "politics-religion",
        True,
    ),
    (
        "the only party that ...",
        "Labour, the only party that's ever stood up for villages like ours.",
        {},
        "politics-religion",
        True,
    ),
    (
        "leafleting for the fete",
        "Out leafleting for the village fete this weekend, come and help!",
        {},
        "politics-religion",
        False,
    ),
    (
        "criticism of a government policy",
        "The government's cut to the bus grant is a disgrace. Written to our MP today.",
        {},
        "politics-religion",
        False,
    ),
    # ---- G.3: a side taken on a divisive national issue -------------------------------------
    (
        "a slogan and a sneer",
        "Leave means leave, get over it remoaners.",
        {},
        "politics-religion",
        True,
    ),
    (
        "marching for one side",
        "Proud to be marching in Leeds for Palestine today.",
        {},
        "politics-religion",
        True,
    ),
    (
        "the flag of one side with a verdict",
        "Flag back up in the window 🇵🇸 There's no neutral on this.",
        {},
        "politics-religion",
        True,
    ),
    (
        "a campaign call on a conscience issue",
        "The assisted dying bill is legalised killing. Write to your MP today.",
        {},
        "politics-religion",
        True,
    ),
    (
        "a faith hinted at",
        "Another mosque planned in the borough. Wonder how many churches closed this year 🤔",
        {},
        "politics-religion",
        True,
    ),
    (
        "a national day turned on 'the same people'",
        "Happy St George's Day! Fly your flag and don't let anyone tell you it's racist.",
        {},
        "politics-religion",
        True,
    ),
    (
        "the Christmas trope",
        "Lovely carol service. Shame you can't say Happy Christmas any more without someone "
        "moaning.",
        {},
        "politics-religion",
        True,
    ),
    (
        "a conscience issue closed to debate",
        "Abortion is healthcare. Full stop. If you disagree, unfollow me.",
        {},
        "politics-religion",
        True,
    ),
    (
        "laughing at one side of a constitutional question",
        "If the Scots want independence let them go, and take the Welsh with them 😂",
        {},
        "politics-religion",
        True,
    ),
    (
        "a holiday in Scotland",
        "Back from a week in Scotland, the Welsh border next 😂",
        {},
        "politics-religion",
        False,
    ),
    (
        "a collection for the victims of a war",
        "Collection for the Ukraine appeal at the church hall on Saturday, 10 till 12.",
        {},
        "politics-religion",
        False,
    ),
    (
        "a support group for refugees",
        "The refugee support drop-in is at the library every Tuesday.",
        {},
        "politics-religion",
        False,
    ),
    (
        "a national day greeted",
        "Happy St George's Day! Flags out on the green 🏴",
        {},
        "politics-religion",
        False,
    ),
    (
        "'another' one, with a grievance",
        "Another halal butcher opening on the high street, funny how nobody asked us.",
        {},
        "politics-religion",
        True,
    ),
    (
        "praise for the welcome given to a refugee family",
        "The refugee family on Mill Road are lovely, well said to everyone who welcomed them.",
        {},
        "politics-religion",
        False,
    ),
    (
        "a mosque open day enjoyed",
        "Lovely to see the mosque open day so busy. Funny how samosas bring a village together 😂",
        {},
        "politics-religion",
        False,
    ),
    (
        "an open day at a mosque",
        "The mosque on Station Road has an open day on Sunday, all welcome.",
        {},
        "politics-religion",
        False,
    ),
    (
        "the council's page standing with a country at war",
        "Ashby Green stands with Ukraine 🇺🇦 Donations at the hall this week.",
        OFF,
        "politics-religion",
        False,
    ),
    (
        "a talk on a contested issue",
        "Interesting talk on Brexit and farming at the WI tonight.",
        {},
        "politics-religion",
        False,
    ),
    # ---- G.3: national politics on the council's page ---------------------------------------
    (
        "the council's page backing a national campaign",
        "Ashby Green Parish Council fully backs the national campaign to scrap the cap. Time "
        "this government started listening.",
        OFF,
        "politics-religion",
        True,
    ),
    (
        "the council's page telling readers how to vote on the government",
        "This government has abandoned villages like ours. Remember that next time you vote.",
        OFF,
        "politics-religion",
        True,
    ),
    (
        "the council's page passing on a government scheme",
        "The government has announced new funding for village halls: details on our website.",
        OFF,
        "politics-religion",
        False,
    ),
]


@pytest.mark.parametrize(
    ("label", "text", "kwargs", "slug", "raised"), CASES, ids=[c[0] for c in CASES]
)
def test_lane_d_families(label, text, kwargs, slug, raised):
    assert _raised(slug, text, **kwargs) is raised, label
