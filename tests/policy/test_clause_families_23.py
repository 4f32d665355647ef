"""Table-driven tests for session 16's rule families (round 23).

Found on devstyle165-180 (blind in session 15, open since), checked against the Treeton registers
(treeton-context.yaml): (1) a video set to a commercial recording ("set to the studio recording
of 'Don't Look Back in Anger' by Oasis", "set to 'Mr Brightside' by The Killers", "set to a chart
pop song") is someone else's work used without consent as well as their copyright (6.7 and 6.8:
the dev-style writers label both); (2) a book or magazine "typed out" is copied text (6.7, 6.8),
but a diversion "lifted from first thing tomorrow" is a restriction ending; (3) a child whose
parent allowed the name on the council's page only, named on a councillor's own account, is
named without permission, and "our children's lantern champion" pictured under that parent's
consent is not the poster's own child (6.7); (4) "St Helen's" beside a phone number is the
church, not a Helen; "#TreetonInBloom" is the "Treeton in Bloom" a name consent covers; the
Christmas lights switched on "in November" are the switch-on a consent covers; "the author's
toddler son" is the poster's own (6.7).
"""

from __future__ import annotations

from civicpost.policy.post import Attachment

from .conftest import family_fires, near_miss_stays_quiet


def _video(description: str, *, minors: bool = False, consents: tuple[str, ...] = ()):
    return (
        Attachment(
            kind="video", description=description, source="own", minors=minors, consents=consents
        ),
    )


def _photo(description: str, *, minors: bool = False, consents: tuple[str, ...] = ()):
    return (
        Attachment(
            kind="image", description=description, source="own", minors=minors, consents=consents
        ),
    )


OASIS = "Montage of leafleting round the village, set to the studio recording of "
OASIS += "'Don't Look Back in Anger' by Oasis"

POSITIVES_23 = [
    (
        "a campaign video set to a studio recording (6.8)",
        dict(text="Made a little video of the campaign 🎬", attachments=_video(OASIS)),
        "copyright-material",
    ),
    (
        "a campaign video set to a studio recording (6.7)",
        dict(text="Made a little video of the campaign 🎬", attachments=_video(OASIS)),
        "third-party-content",
    ),
    (
        "gala highlights set to a quoted title by a band",
        dict(
            text="Gala highlights 🎉🎶 what a day",
            attachments=_video(
                "Montage of adults at the gala set to 'Mr Brightside' by The Killers"
            ),
        ),
        "third-party-content",
    ),
    (
        "fun day highlights set to a chart pop song",
        dict(
            text="Fun day highlights 🎉",
            kind="official",
            author="p-clerk",
            attachments=_video("Montage of adults at the fun day set to a chart pop song"),
        ),
        "copyright-material",
    ),
    (
        "a book's chapter typed out",
        dict(
            text="Typed this out of 'Treeton: A Pit Village' (Hallam Press) so everyone knows "
            "what the fuss is about. Whole chapter in the comments."
        ),
        "copyright-material",
    ),
    (
        "a child named on a councillor's own account, her consent for the council's page only",
        dict(
            text="Lovely start to tonight's meeting, little Amelia Okafor got her prize for the "
            "Christmas card competition. Clever girl! 🎨",
            author="p-cllr-hollis",
            at="2026-12-08T19:30:00+00:00",
        ),
        "name-without-permission",
    ),
    (
        "'our children's' champion pictured under another parent's official-only consent",
        dict(
            text="Congratulations Maisie Cartwright, our children's lantern champion 🏆🏮",
            author="p-cllr-ahmed",
            at="2026-11-06T12:00:00+00:00",
            attachments=_photo(
                "Girl holding a prize-winning paper lantern at dusk",
                minors=True,
                consents=("c-001",),
            ),
        ),
        "minor-without-consent",
    ),
    (
        "a first name beside a phone number",
        dict(text="Lost purse handed in, Helen on 07700 900 561 has it."),
        "name-without-permission",
    ),
]

NEGATIVES_23 = [
    (
        "a diversion lifted from first thing tomorrow",
        dict(
            text="Late one, sorry! The X3 diversion via Catcliffe is lifted from first thing "
            "tomorrow, so normal stops again on Treeton Lane 🚌",
            kind="official",
            author="p-clerk",
        ),
        "copyright-material",
    ),
    (
        "a video of the band playing live",
        dict(
            text="Gala highlights 🎉🎶",
            attachments=_video("The brass band playing live at the gala, with its own sound"),
        ),
        "third-party-content",
    ),
    (
        "St Helen's beside a phone number",
        dict(
            text="Anyone needing a lift to St Helen's for Wal on Thursday, text me on 07700 900 "
            "561. Room for three in the back.",
            author="p-cllr-gill",
        ),
        "name-without-permission",
    ),
    (
        "Eileen named under her Treeton in Bloom consent, by its hashtag",
        dict(
            text="Eileen's sweet peas by the bus shelter are out and the smell is heavenly 💜 "
            "#TreetonInBloom",
            author="p-cllr-carr",
            at="2027-06-20T12:00:00+01:00",
        ),
        "name-without-permission",
    ),
    (
        "the switch-on in November under its consent, the child not named",
        dict(
            text="This is from the switch-on in November. Wal helped the youngster on the big "
            "button and was grinning like a kid himself ❤️",
            author="p-cllr-gill",
            at="2027-01-10T12:00:00+00:00",
            attachments=(
                Attachment(
                    kind="image",
                    description="An elderly man helping a small boy press a large switch",
                    source="own",
                    minors=True,
                    consents=("c-003",),
                    people=("Oliver Pease", "Walter Hinchliffe"),
                ),
            ),
        ),
        "minor-without-consent",
    ),
    (
        "the author's toddler son at nursery",
        dict(
            text="Our Jack's first day at nursery 🎒",
            author="p-cllr-fairbrother",
            attachments=_photo("The author's toddler son in a nursery polo shirt", minors=True),
        ),
        "minor-without-consent",
    ),
    (
        "a child named on the council's page under her consent",
        dict(
            text="Congratulations to Amelia Okafor, winner of our Christmas card competition! 🎨",
            kind="official",
            author="p-clerk",
            at="2026-12-08T19:30:00+00:00",
        ),
        "name-without-permission",
    ),
]

test_family_fires_23 = family_fires(POSITIVES_23, context="treeton")
test_near_miss_stays_quiet_23 = near_miss_stays_quiet(NEGATIVES_23, context="treeton")


# Round 23b, from devstyle181-196 after their blind scores: the title with the ward ("Your Cllr
# for Treeton North", "As a Councillor for Treeton South I've asked", "your friendly
# neighbourhood Cllr:"), but not "I'm still your councillor for ..." (6.1); "just knock on at"
# puts the address at the poster's own door, and "I'll drop yours round to 4 Well Lane" at the
# one spoken to (6.5); a candidate who is no councillor thanked by the council's page during the
# period for something other than the election (6.7), but not when the post speaks of the
# election or the ward; "Copied this for the allotment lot: '...'" and "From this week's
# Advertiser: '...'" are copied text (6.8); a closed phrase that accepts a decision already
# taken ("it was decided properly ... so I'll back it") is no closed mind on an item still to be
# decided (6.11); "I said so at the time", "Council voted, fair enough" lose gracefully (6.4).

IN_BY_ELECTION = "2027-05-26T10:00:00+01:00"  # the Treeton South by-election's period

POSITIVES_23B = [
    (
        "your Cllr for the ward",
        dict(
            text="Your Cllr for Treeton North, and standing again on Thursday: safer crossings.",
            author="p-cllr-ellison",
        ),
        "councillor-title",
    ),
    (
        "as a Councillor for the ward",
        dict(
            text="As a Councillor for Treeton South I've asked Rotherham to look at the kerb.",
            author="p-cllr-hollis",
        ),
        "councillor-title",
    ),
    (
        "a candidate thanked by the council's page in the period",
        dict(
            text="A big thank you to Lee Cawthorne, who has given up so many evenings to run "
            "our Scout troop!",
            kind="official",
            author="p-clerk",
            at=IN_BY_ELECTION,
        ),
        "name-without-permission",
    ),
    (
        "an address given as the one spoken to's",
        dict(
            text="Margaret love, I'll drop yours round to 4 Well Lane tomorrow.",
            author="p-cllr-hollis",
        ),
        "personal-data",
    ),
    (
        "a magazine's text copied for the allotment lot",
        dict(
            text="Copied this for the allotment lot, worth a read: 'Potato blight thrives in "
            "warm, humid weather.' From this month's Gardeners' World."
        ),
        "copyright-material",
    ),
    (
        "a closed mind on the item, no decision told",
        dict(
            text="Skate park on the rec? It's happening and that's that.",
            author="p-cllr-hollis",
            at="2027-01-20T12:00:00+00:00",
        ),
        "predetermination",
    ),
]

NEGATIVES_23B = [
    (
        "still your councillor",
        dict(
            text="I'm still your councillor for Treeton North and you can always reach me.",
            author="p-cllr-carr",
        ),
        "councillor-title",
    ),
    (
        "knock on at the poster's own address",
        dict(
            text="If owt needs sorting just knock on at 8 Laburnum Grove any night.",
            author="p-cllr-dawson",
        ),
        "personal-data",
    ),
    (
        "a candidate and the ward in an endorsement (4.2, not 6.7)",
        dict(
            text="Thank you to Anita Rushby, who kept the brews going all weekend. Treeton South "
            "could do with more people like Anita!",
            kind="official",
            author="p-clerk",
            at=IN_BY_ELECTION,
        ),
        "name-without-permission",
    ),
    (
        "the candidates listed",
        dict(
            text="Thank you for asking: the candidates standing in the by-election are Lee "
            "Cawthorne and Anita Rushby.",
            kind="official",
            author="p-clerk",
            at=IN_BY_ELECTION,
        ),
        "name-without-permission",
    ),
    (
        "a decision accepted, 'so I'll back it'",
        dict(
            text="I wasn't keen on the rec cameras when they were voted through, and I'd still "
            "rather that money had gone on allotment fencing. But it was decided properly and "
            "it's the council's decision, so I'll back it.",
            author="p-cllr-hollis",
            at="2027-02-05T12:00:00+00:00",
        ),
        "predetermination",
    ),
    (
        "the swings out, 'and that's that'",
        dict(
            text="I voted to keep the old swings. But the council decided to take them out on "
            "safety grounds until there's funding, and that's that.",
            author="p-cllr-hollis",
            at="2027-01-20T12:00:00+00:00",
        ),
        "predetermination",
    ),
    (
        "the wrong call, said so at the time, council voted, fair enough",
        dict(
            text="I still reckon ditching the fireworks this year was the wrong call and I said "
            "so at the time. Council voted, fair enough, lanterns it is on the 5th. I'll be "
            "making the case to bring them back in 2027.",
            author="p-cllr-wragg",
            at="2026-10-28T12:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
]

test_family_fires_23b = family_fires(POSITIVES_23B, context="treeton")
test_near_miss_stays_quiet_23b = near_miss_stays_quiet(NEGATIVES_23B, context="treeton")


# Round 23c, from devstyle197-212 after their blind scores: a 2028 candidate's appeal in other
# words ("Give me your vote on 4 May", "I'd love your support", "I'm your man", "vote Cllr Terry
# Wragg", "Dawson on 4 May!") without an imprint (4.3); a child's consent for a club's
# presentation evening covers the trophy night ("the Tigers do", "a trophy") but not a
# Remembrance parade or sports day "with the Tigers" (6.7); "We can't comment on whether a
# complaint has been made" keeps the matter closed, and "the annual return ... once it's signed
# off" is a document, not the caretaker's sickness (6.5).

IN_2028_PERIOD = "2028-04-10T12:00:00+01:00"

POSITIVES_23C = [
    (
        "give me your vote",
        dict(
            text="Four years, 400 hedge whips and one pair of wrecked wellies. Give me your vote "
            "on 4 May and I'll keep Treeton North green.",
            author="p-cllr-gill",
            at=IN_2028_PERIOD,
        ),
        "digital-imprint",
    ),
    (
        "vote Cllr and the name",
        dict(
            text="On 4 May, vote Cllr Terry Wragg: a Treeton lad who gets stuck in.",
            author="p-cllr-wragg",
            at=IN_2028_PERIOD,
        ),
        "digital-imprint",
    ),
    (
        "the name on the day",
        dict(
            text="Tree or hedge bother in Treeton South? Drop me a message. Dawson on 4 May!",
            author="p-cllr-dawson",
            at=IN_2028_PERIOD,
        ),
        "digital-imprint",
    ),
    (
        "a grandson at the Remembrance parade under his presentation-evening consent",
        dict(
            text="Our Ethan marching with the Tigers today. Proud grandad 🥹",
            author="p-cllr-wragg",
            at="2027-11-14T12:00:00+00:00",
            attachments=(
                Attachment(
                    kind="image",
                    description="A boy in a Treeton Tigers tracksuit marching in the "
                    "Remembrance parade",
                    source="own",
                    minors=True,
                    consents=("c-013",),
                    people=("Ethan Wragg",),
                ),
            ),
        ),
        "minor-without-consent",
    ),
]

NEGATIVES_23C = [
    (
        "a grandson with his trophy at the Tigers do",
        dict(
            text="Our Ethan, Players' Player at the Tigers do last night! 🏆 Made up for him.",
            author="p-cllr-wragg",
            at="2027-04-18T12:00:00+01:00",
            attachments=(
                Attachment(
                    kind="image",
                    description="Boy in a Treeton Tigers kit holding a trophy",
                    source="own",
                    minors=True,
                    consents=("c-013",),
                    people=("Ethan Wragg",),
                ),
            ),
        ),
        "minor-without-consent",
    ),
    (
        "declining to say whether a complaint has been made",
        dict(
            text="We can't comment on whether a complaint has been made about any individual "
            "councillor. If you have a concern, you can raise it with the Monitoring Officer.",
            kind="official",
            author="p-clerk",
            at="2027-06-16T12:00:00+01:00",
        ),
        "confidential-information",
    ),
    (
        "the annual return signed off",
        dict(
            text="Year-end accounts done and off to the auditor. The annual return will be on "
            "the council website once it's signed off.",
            author="p-rfo",
            at="2027-05-28T12:00:00+01:00",
        ),
        "confidential-information",
    ),
]

test_family_fires_23c = family_fires(POSITIVES_23C, context="treeton")
test_near_miss_stays_quiet_23c = near_miss_stays_quiet(NEGATIVES_23C, context="treeton")


# Round 23d, from devstyle213-228 after their blind scores: the council's page taking a side in
# its own name on a matter no decision covers, while a pre-election period runs, is the
# controversial publicity the Publicity Code bars, whoever posts it (4.2); a factual report of a
# decision just taken is not.

POSITIVES_23D = [
    (
        "the council's view on the bypass, in the 2028 period",
        dict(
            text="Treeton Parish Council believes the speed limit on the bypass must come down "
            "to 40mph, and we will be telling Rotherham so in the strongest possible terms.",
            kind="official",
            author="p-clerk",
            at=IN_2028_PERIOD,
        ),
        "pre-election-period",
    ),
]

NEGATIVES_23D = [
    (
        "the same view out of any period",
        dict(
            text="Treeton Parish Council believes the speed limit on the bypass must come down "
            "to 40mph, and we will be telling Rotherham so in the strongest possible terms.",
            kind="official",
            author="p-clerk",
            at="2027-09-10T12:00:00+01:00",
        ),
        "pre-election-period",
    ),
    (
        "a decision taken the day before, reported in the period",
        dict(
            text="Planning Committee, 11 April: the parish council objects to RB2028/0190 (Wood "
            "Lane mast) on siting grounds, and raises no objection to RB2028/0231 (Station "
            "Hotel, nine flats) subject to parking conditions. Rotherham MBC decides both: "
            "https://www.rotherham.gov.uk/planning",
            kind="official",
            author="p-clerk",
            at="2028-04-12T10:00:00+01:00",
        ),
        "pre-election-period",
    ),
]

test_family_fires_23d = family_fires(POSITIVES_23D, context="treeton")
test_near_miss_stays_quiet_23d = near_miss_stays_quiet(NEGATIVES_23D, context="treeton")


# Round 23e, from devstyle229-236 after their blind scores: goods offered from the poster's own
# door or phone ("Free to a good home ... Collect from 9 Hawthorn Way ... or text 07700 ...")
# and "Door's always open at ..., just knock" are the poster's own details (5.1, not 6.5), but
# not logs offered by "a resident on Wood Lane"; a reply that does the job ("On it now, should
# all be gone by dinner time") needs no route (G.4).

POSITIVES_23E = [
    (
        "logs offered by a resident, collected from his door",
        dict(
            text="Free firewood! A resident on Wood Lane has loads of logs from the sycamore. "
            "Collect from 23 Wood Lane, knock and ask for Mick.",
            kind="official",
            author="p-cllr-booth",
        ),
        "personal-data",
    ),
]

NEGATIVES_23E = [
    (
        "a dog crate free to a good home from the poster's door",
        dict(
            text="Free to a good home: large dog crate, two beds. Collect from 9 Hawthorn Way, "
            "Treeton any night after 6, or text 07700 900 263.",
            author="p-rfo",
        ),
        "personal-data",
    ),
    (
        "the door always open, just knock",
        dict(
            text="Treeton South, I'm asking for your vote again on 4 May. Door's always open at "
            "6 Ashwood Grove, just knock. Promoted by Stuart Fairbrother, PO Box 4533, "
            "Rotherham S60 9XL.",
            author="p-cllr-fairbrother",
            at="2028-04-16T12:00:00+01:00",
        ),
        "personal-data",
    ),
    (
        "the job under way",
        dict(
            text="On it now, should all be gone by dinner time. Mind the glass near the bench.",
            kind="official",
            author="p-caretaker",
            reply="Who's shifting all the smashed pumpkins by the rec gates?? Looks like a "
            "crime scene down there",
        ),
        "resolution-route",
    ),
]

test_family_fires_23e = family_fires(POSITIVES_23E, context="treeton")
test_near_miss_stays_quiet_23e = near_miss_stays_quiet(NEGATIVES_23E, context="treeton")


# Round 23f, from devstyle237-244 and G's false alarms: a reply to a jibe at the council with no
# problem in it ("that complaints panel was a whitewash", "the parish council is useless") needs
# no route (G.4); a real problem reported still does.

POSITIVES_23F = [
    (
        "a real problem answered with nowhere to go",
        dict(
            text="Not our problem, pal.",
            reply="The street light outside the Co-op has been out for weeks, it's pitch black.",
        ),
        "resolution-route",
    ),
]

NEGATIVES_23F = [
    (
        "a whitewash jibe answered",
        dict(
            text="Funny how the loudest 'whitewash' shouters never bothered giving evidence.",
            reply="@NadiaAhmedS60 that complaints panel was a whitewash and you know it",
            author="p-cllr-ahmed",
        ),
        "resolution-route",
    ),
    (
        "the council called useless, answered",
        dict(
            text="Right, because 47 sacks of rubbish is 'nothing'. Some people would moan if "
            "they were hung with a new rope.",
            reply="Spring Clean was a PR stunt. Nothing ever changes round here, the parish "
            "council is useless.",
            author="p-cllr-ahmed",
        ),
        "resolution-route",
    ),
]

test_family_fires_23f = family_fires(POSITIVES_23F, context="treeton")
test_near_miss_stays_quiet_23f = near_miss_stays_quiet(NEGATIVES_23F, context="treeton")
