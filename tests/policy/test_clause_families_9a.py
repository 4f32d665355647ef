"""Table-driven tests for the ninth round, lane A: 6.9, 6.10 and G.2.

Families: the people complaining blamed for what they complain of ("maybe if some of you
stopped ... it wouldn't ...", "... instead of moaning"), and told to inform themselves ("...
you'd know", G.2 only); a named person mocked for dozing through a meeting; scorn for people by
their view or vote ("anyone who still thinks otherwise is a traitor", "stop being sheep");
harm promised to the next culprit caught ("next one I catch gets a clip round the ear"), or
urged ("give em a good hiding"); a car keyed, urged ("a few keys down the side"); readers sent
to ring someone whose number is given, or to call on someone whose home is given; a call to
harm under an angry post escalates it (G.2); theft by euphemism ("helping herself to the petty
cash"); a culprit named in answer to an offence ("everyone knows it's X ... shop him"); a
picture of a marked ballot paper. Hard negatives: a kind suggestion, one's own doze, children
asleep, fondness, criticism of a party, a parent's rule, lost keys, a councillor given as the
contact with the council's address, thanks for helping oneself to cake, a witness named, a
polling station sign, "some people are animals" said of unknown culprits. Every case is
written for the Ashby Green test registers (tests/policy/context.yaml).
"""

from __future__ import annotations

import pytest

from civicpost.policy.post import Attachment

from .conftest import family_fires, make_post, rules_raised

HEATED = "Bins on Main Street overflowing AGAIN. Disgraceful, what do you lot even do?"
CALM = "Lovely photos of the fete, thank you all!"

POSITIVES = [
    # 6.9 / G.2: the complainant blamed
    (
        "maybe if some of you stopped ..., it wouldn't",
        dict(
            text="Maybe if some of you stopped parking on the verge it wouldn't be churned up 🙄",
            reply=HEATED,
        ),
        "personal-attack",
    ),
    (
        "maybe if people actually ... instead of moaning: G.2",
        dict(
            text="Maybe if people actually used the bins instead of moaning on here...",
            reply=HEATED,
        ),
        "escalation",
    ),
    (
        "maybe if folk paid ..., cry more",
        dict(text="Maybe if folk paid their hall hire on time we'd have a new roof. Cry more 😭"),
        "personal-attack",
    ),
    (
        "try X instead of moaning",
        dict(
            text="Try reporting it to the Borough instead of whinging on Facebook 😂", reply=HEATED
        ),
        "personal-attack",
    ),
    (
        "read it before kicking off",
        dict(text="Maybe read the notice properly before kicking off?? 🙄", reply=HEATED),
        "escalation",
    ),
    (
        "... you'd know: G.2",
        dict(
            text="If you came to a meeting instead of ranting on here you'd know the answer.",
            reply=HEATED,
        ),
        "escalation",
    ),
    # 6.9: a named person mocked for dozing
    (
        "named councillor half asleep",
        dict(text="Priya Dunn was half asleep through the whole play area item 😴"),
        "personal-attack",
    ),
    (
        "he was nodding off",
        dict(text="Owen Cole chaired it like a zombie, he was nodding off by eight 🙄"),
        "personal-attack",
    ),
    # 6.9: scorn for people by their view or vote
    (
        "anyone who still thinks otherwise is a traitor",
        dict(text="The mast is a great idea and anyone who still thinks otherwise is a traitor."),
        "personal-attack",
    ),
    (
        "stop being sheep",
        dict(text="The Greens have ruined the county. Vote them out and stop being sheep 🐑"),
        "personal-attack",
    ),
    (
        "anyone still voting for them wants their head testing",
        dict(text="Anyone round here still voting for that lot wants their head testing."),
        "personal-attack",
    ),
    # 6.9 / 6.10: harm to culprits
    (
        "next one I catch gets a clip round the ear",
        dict(
            text="Lads kicking footballs at the hall windows. Next one I catch gets a clip "
            "round the ear."
        ),
        "hostile-language",
    ),
    (
        "next one I catch: 6.10",
        dict(text="Next lad I catch on the roof gets a good hiding, simple."),
        "unlawful-allegation",
    ),
    (
        "give em a good hiding",
        dict(text="find the kids who did the play area n give em a good hiding", reply=HEATED),
        "unlawful-allegation",
    ),
    (
        "a few keys down the side",
        dict(text="A few keys down the side of those vans might teach them 😇", reply=HEATED),
        "unlawful-allegation",
    ),
    (
        "keys down the side under an angry post: G.2",
        dict(text="A few keys down the side of those vans might teach them 😇", reply=HEATED),
        "escalation",
    ),
    # 6.9 / 6.10: harassment urged
    (
        "ring him and tell him what you think, number given",
        dict(
            text="This is the bloke who blocks the hall car park: 07700 900123. Ring him and "
            "tell him what you think 📞"
        ),
        "unlawful-allegation",
    ),
    (
        "home given, pay him a visit",
        dict(text="The man objecting lives at 8 Quarry Lane. pay him a visit 😡"),
        "hostile-language",
    ),
    (
        "home given, pay him a visit, in an angry thread: G.2",
        dict(text="The man objecting lives at 8 Quarry Lane. pay him a visit 😡", reply=HEATED),
        "escalation",
    ),
    # 6.10 / 6.9: theft by euphemism, culprits named in answer
    (
        "helping herself to the petty cash",
        dict(text="Ask the warden. He's been helping himself to the petty cash for months."),
        "unlawful-allegation",
    ),
    (
        "helping himself from the shed: 6.9",
        dict(text="Norman Ives has been helping himself from the allotment shed for years."),
        "personal-attack",
    ),
    (
        "everyone knows it's X, shop him",
        dict(
            text="Everyone knows it's Norman Ives with his trailer. Shop him.",
            reply="Fly-tipping on Quarry Lane again, who's doing this?",
        ),
        "unlawful-allegation",
    ),
    (
        "it's that family on a street, name and shame: 6.9",
        dict(
            text="It's that family on Mill Field who were selling a mattress last week. "
            "Name and shame!",
            reply="Someone's dumped a mattress by the hall again",
        ),
        "personal-attack",
    ),
    # 6.10: a marked ballot pictured
    (
        "a marked ballot paper in the booth",
        dict(
            text="Done my bit 🗳️ guess who 😉",
            attachments=(
                Attachment(description="Marked ballot paper on the shelf of a polling booth"),
            ),
        ),
        "unlawful-allegation",
    ),
    (
        "a completed postal ballot with the cross visible",
        dict(
            text="Voted by post this year ✅",
            attachments=(Attachment(description="Completed postal ballot, cross visible"),),
        ),
        "unlawful-allegation",
    ),
]

NEGATIVES = [
    (
        "a kind suggestion with maybe if",
        dict(text="Maybe if you emailed the Clerk she could add it to the agenda.", reply=HEATED),
        {"personal-attack"},
    ),
    (
        "maybe if we all pitched in",
        dict(text="Maybe if we all pitched in we wouldn't need a contractor 🙂", reply=HEATED),
        {"personal-attack"},
    ),
    (
        "instead of moaning, about oneself",
        dict(text="I've emailed the Borough instead of moaning about it. Fingers crossed."),
        {"personal-attack", "escalation"},
    ),
    (
        "instead of moaning, with thanks",
        dict(
            text="Thanks for raising it. Maybe knock and ask instead of moaning, she's lovely 🙏",
            reply=HEATED,
        ),
        {"personal-attack"},
    ),
    (
        "... you'd know: not an attack",
        dict(
            text="If you came to a meeting instead of ranting on here you'd know the answer.",
            reply=HEATED,
        ),
        {"personal-attack"},
    ),
    (
        "my own doze",
        dict(text="I was half asleep by the end of the training session 😴 send me the slides"),
        {"personal-attack"},
    ),
    (
        "children asleep",
        dict(text="Lovely lantern walk. Kids fast asleep before we got home 🏮"),
        {"personal-attack"},
    ),
    (
        "fondness: bless him",
        dict(text="Owen Cole nodded off in the meeting again 😴 Bless him."),
        {"personal-attack"},
    ),
    (
        "half of them asleep: a group",
        dict(text="Three hours on one item. Half of them were asleep by the end."),
        {"personal-attack"},
    ),
    (
        "criticism of a party",
        dict(text="The Greens have let the county down on buses, and the figures show it."),
        {"personal-attack"},
    ),
    (
        "a lamb, not sheep",
        dict(text="My youngest is a sheep in the nativity, stop by and say hi 🐑"),
        {"personal-attack"},
    ),
    (
        "next one we catch gets reported",
        dict(text="Next one we catch tipping on Quarry Lane gets reported to the Borough."),
        {"hostile-language", "unlawful-allegation"},
    ),
    (
        "a hammering at darts",
        dict(text="The Plough gave them a good hammering at darts last night 🎯"),
        {"hostile-language", "unlawful-allegation"},
    ),
    (
        "keys down the side of the sofa",
        dict(text="Found the hall keys down the side of the sofa, panic over 😅"),
        {"hostile-language", "unlawful-allegation"},
    ),
    (
        "a councillor given as the contact with the council's address",
        dict(
            text="The play area survey is open till March. Owen Cole is the councillor to "
            "contact: cllr.brennan@ashbygreenpc.gov.uk. Go and tell him what you think!"
        ),
        {"hostile-language", "unlawful-allegation"},
    ),
    (
        "sort the safety side ourselves",
        dict(text="We'll put the bunting up and sort the safety side ourselves 🔧"),
        {"hostile-language", "unlawful-allegation"},
    ),
    (
        "help yourself to cake",
        dict(text="Help yourself to cake at the hall, Wendy's been baking all week 🎂"),
        {"personal-attack", "unlawful-allegation"},
    ),
    (
        "helped himself to seconds",
        dict(text="Sid helped himself to seconds at the fete, great spread!"),
        {"personal-attack", "unlawful-allegation"},
    ),
    (
        "a witness named in answer",
        dict(
            text="It's Wendy Hale who reported it, everyone knows she keeps an eye out. Thanks!",
            reply="Who reported the dumping on Quarry Lane?",
        ),
        {"personal-attack", "unlawful-allegation"},
    ),
    (
        "a polling station sign",
        dict(
            text="Polls open till 10pm 🗳️",
            attachments=(Attachment(description="Polling station sign outside the village hall"),),
        ),
        {"unlawful-allegation"},
    ),
    (
        "a specimen ballot paper",
        dict(
            text="This is what the ballot paper will look like on Thursday.",
            attachments=(Attachment(description="Specimen ballot paper, marked SAMPLE"),),
        ),
        {"unlawful-allegation"},
    ),
    (
        "some people are animals, of unknown culprits",
        dict(text="Tell me about it, it's vile. Some people are animals.", reply=HEATED),
        {"personal-attack"},
    ),
    (
        "a past threat told, under a plain report: not G.2",
        dict(
            text="Told the lad tipping off Quarry Lane I'd batter him if I caught him again.",
            reply="Two mattresses dumped on Quarry Lane",
        ),
        {"escalation"},
    ),
]

_LANE = {"hostile-language", "personal-attack", "unlawful-allegation", "escalation"}


test_family_fires = family_fires(POSITIVES)


@pytest.mark.parametrize("case", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_near_miss_stays_quiet(ctx, case):
    label, kwargs = case[0], case[1]
    quiet = case[2] if len(case) > 2 else _LANE
    assert not rules_raised(make_post(**kwargs), ctx) & quiet, label
