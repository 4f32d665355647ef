"""Table-driven tests for session 14's rule families (round 21).

Found on devstyle85-92 after their blind scores (caution or breach on clean posts), checked
against the Treeton registers (treeton-context.yaml): (1) a police post of tips on securing sheds,
or an update on an assault, shared under the police's consent for "public appeals and crime
prevention posts" (c-011) is covered (6.7); (2) "Congratulations to Amelia Okafor, ... who
collected her prize from the Chair at Full Council" praises the child, and the Chair is a factual
mention on the council's page (6.6); (3) closed sessions explained in general ("it's usually
contracts or staffing, where the law lets councils exclude the public") disclose nothing (6.5);
(4) "others want the cheapest" is a preference, not who bid what (6.5); (5) an open invitation to
a public event ("new locals very welcome, Rother Valley, 9am every Saturday") is not the poster's
routine (5.1); (6) "whoever wins" an election is no member of the public mocked (6.3); (7) a
closed mind denied or quoted as a rumour ("Heard I've 'already made my mind up' ... I haven't",
"not a done deal") is no closed mind (6.11). Round 21b, from devstyle93-100 after their blind
scores: (8) the police's fireworks safety post, "illegal" after 11pm, is crime prevention (6.7);
(9) a candidate's paid advert for his trade in the period is not election material, and the
trade's number in it is not someone else's (4.3, 6.5); (10) a day spent handing out leaflets is
no money spent (4.3); (11) "X and Y are the candidates nominated (per Rotherham's published
statement)" is a notice (4.2); (12) a view given "on behalf of the parish council" on a personal
account is 6.2's, not an official notice, unless it gives notice of arrangements (4.1); (13) a
decision confined to a year ("no bonfire ... in 2026") does not bind the next (6.4); (14) an
imprint that gives the poster's home address exposes it (5.1). Round 21c, from devstyle101-108
after their blind scores: (15) "nominations have closed and two people are standing, X and Y" is
a notice (4.2); (16) "before I make up my mind" is an open mind (6.11); (17) the fallen on a war
memorial, named with their rank ("Pte Arthur Beever"), are public record (6.7); (18) money "found
for consultants" is a budget, not a find kept (6.3, 6.10); (19) "ring 101 and tell the police" is
a route, not a call against the decision the reply condemned (6.4); (20) "if you want to see where
the money goes" points to the accounts, it accuses nobody (6.10, 6.9); (21) the police's bike
marking event is crime prevention (6.7). Round 21d, from devstyle109-116 after their blind
scores: (22) "I'll argue for a rethink when the council reviews it" accepts the decision (6.4);
(23) "while we were in the meeting" is not being at home (5.1); (24) exempt business left
unrecorded "as is normal" discloses nothing (6.5); (25) "Westminster couldn't organise a brew in
a tea shop" runs down Westminster, not the council (6.3); (26) a walking group that "meets every
Sunday at 10am ... dogs welcome" is an event's time (5.1); (27) "whatever you think about it,
come and say so" invites views (6.11); (28) "note down dates and times for a fortnight" keeps a
diary (5.1); (29) "Dog owners, you've been warned 😂" about one's own fireworks threatens nobody
(6.9); (30) envelopes that "go back to the vestry" tell nobody to go back (6.9, 6.3); (31) "the
author's young daughter" is the poster's own child (6.7); (32) "Want a postal vote for the
by-election?" backs nobody (4.2, 6.2). Round 21e, from devstyle117-124 after their blind scores
(measured on no fresh set): (33) "who's had all the Quality Street" is chocolates, not a street
(5.1); (34) a track "regraded" is no pay grade (6.5); (35) "bless her" is fondness unless laughed
at (6.3); (36) "cheers to all that bought a jar, and to whoever paid a fiver for my lumpy
marmalade 😂" laughs at the poster's own jam (6.3).
"""

from __future__ import annotations

from civicpost.policy.post import Attachment

from .conftest import family_fires, near_miss_stays_quiet, police_share

BEFORE_LEASE = "2028-03-05T12:00:00+00:00"  # the Reading Room lease (ag-10) is decided on 14 March
BEFORE_SKATE_PARK = "2027-01-15T12:00:00+00:00"  # the skate park (ag-05) on 9 February
BEFORE_GROUNDS = "2027-01-04T12:00:00+00:00"  # the grounds contract's bids (k-02) confidential
IN_2028_PERIOD = "2028-04-14T09:00:00+00:00"  # the 2028 regulated and pre-election period
IN_BY_ELECTION = "2027-05-20T10:00:00+00:00"  # the Treeton South by-election's period
BEFORE_STATION_HOTEL = "2028-03-30T19:00:00+00:00"  # ag-11 is decided on 11 April 2028

# A 2028 candidate's paid advert for his trade in the period: not election material (4.3), and
# the number in it is the trade's (6.5)
TRADE_ADVERT_IN_PERIOD = dict(
    text="Dawson Plumbing & Heating: booking spring boiler services now. Gas Safe registered, "
    "fair prices. Ring 0114 496 0587.",
    at=IN_2028_PERIOD,
    author="p-cllr-dawson",
    paid=True,
)

POSITIVES = [
    (
        "the police's picture of the gala, outside the consent's scope",
        dict(
            text="Lovely day at the gala.",
            attachments=police_share(
                "South Yorkshire Police photo of their horses at the Treeton gala", kind="image"
            ),
        ),
        "third-party-content",
    ),
    (
        "the Chair praised on the council's page",
        dict(
            text="Congratulations to the Chair, who was brilliant at Full Council on Tuesday.",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
    (
        "a closed session's bid given away beside a general word",
        dict(
            text="In the closed bit last night we usually do contracts, and the cheapest bid for "
            "the grounds came from Greenway."
        ),
        "confidential-information",
    ),
    (
        "who was cheapest, told",
        dict(
            text="The grounds contract is up at Full Council on the 12th. Between us the cheapest "
            "is the Dearne Valley lot.",
            at=BEFORE_GROUNDS,
        ),
        "confidential-information",
    ),
    (
        "one's own routine with an invitation",
        dict(text="Come along! I run the towpath loop every Saturday at 6am on my own."),
        "privacy-exposure",
    ),
    (
        "whoever parked there, mocked",
        dict(text="Whoever parked across the bowls club gates, absolute genius 😂"),
        "disrepute",
    ),
    (
        "a done deal as far as the councillor is concerned",
        dict(
            text="The Reading Room lease is a done deal as far as I'm concerned.",
            at=BEFORE_LEASE,
            author="p-cllr-ellison",
        ),
        "predetermination",
    ),
    (
        "'already decided' in quotation marks, meant",
        dict(
            text="Skate park? It's 'already decided', we all know that.",
            at=BEFORE_SKATE_PARK,
            author="p-cllr-ellison",
        ),
        "predetermination",
    ),
    (
        "a candidate's paid post in the period",
        dict(
            text="Local lad, local plumber, local councillor. Dawson on the 4th 🗳️",
            at=IN_2028_PERIOD,
            author="p-cllr-dawson",
            paid=True,
        ),
        "election-advertising",
    ),
    (
        "money spent on leaflets",
        dict(
            text="Spent £40 on leaflets this week, worth every penny 😄",
            at=IN_2028_PERIOD,
            author="p-cllr-dawson",
        ),
        "election-advertising",
    ),
    (
        "a notice of arrangements in the council's name",
        dict(text="ON BEHALF OF TREETON PARISH COUNCIL: the rec will be closed all day Sunday."),
        "unauthorised-poster",
    ),
    (
        "the bonfire back in the year the decision covers",
        dict(
            text="Get your pallets saved, the bonfire's coming back this year!",
            at="2026-10-01T12:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
    (
        "an imprint with the poster's home address",
        dict(
            text="Vote Gill on the 4th. Promoted by Harpreet Gill of 6 Laburnum Grove, Treeton "
            "S60 5SJ.",
            at=IN_2028_PERIOD,
            author="p-cllr-gill",
        ),
        "privacy-exposure",
    ),
    (
        "a mind made up on the Station Hotel",
        dict(
            text="I've made up my mind on the Station Hotel flats, it's a no from me.",
            author="p-cllr-carr",
            at=BEFORE_STATION_HOTEL,
        ),
        "predetermination",
    ),
    (
        "a neighbour named in full, no rank",
        dict(text="Arthur Beever from Station Road keeps parking across my drive."),
        "name-without-permission",
    ),
    (
        "a tenner found and kept",
        dict(text="Found a tenner in the Co-op car park and kept it 😂"),
        "disrepute",
    ),
    (
        "where the money goes, asked of a colleague",
        dict(text="Ask Gaz Booth where the money goes, I've done the sums."),
        "unlawful-allegation",
    ),
    (
        "the cameras condemned, with a call to ring till they come down",
        dict(
            text="Them cameras on the rec are a joke. Ring the office every day till they take "
            "them down.",
            reply="Keith your a joke, them cameras don't even work",
            author="p-cllr-dawson",
            at="2027-01-24T19:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
    (
        "the two standing listed, then one backed",
        dict(
            text="Two people are standing: Lee Cawthorne and Anita Rushby. Anita's been "
            "brilliant for the village, vote for her!",
            kind="official",
            author="p-clerk",
            at=IN_BY_ELECTION,
        ),
        "pre-election-period",
    ),
    (
        "a closed mind, whatever anyone thinks",
        dict(
            text="Precept at Full Council tonight. Whatever you think about it, I'm voting for "
            "the freeze.",
            author="p-cllr-hollis",
            at="2027-01-12T08:00:00+00:00",
        ),
        "predetermination",
    ),
    (
        "a warning without a laugh",
        dict(text="Park across my drive again and you've been warned."),
        "hostile-language",
    ),
    (
        "told to go back where they came from",
        dict(text="If they don't like our ways they can go back to where they came from."),
        "hostile-language",
    ),
    (
        "a vote asked for on the official page",
        dict(
            text="Vote for Anita Rushby on 10 June, she'll get things done!",
            kind="official",
            author="p-clerk",
            at=IN_BY_ELECTION,
        ),
        "pre-election-period",
    ),
    (
        "a resident blessed with an eye-roll",
        dict(
            text="Some residents think we can fix the weather, bless them 🙄",
            author="p-cllr-ellison",
        ),
        "disrepute",
    ),
    (
        "the Clerk's regrading leaked",
        dict(
            text="Between us, the Clerk's been regraded to SCP 29 and it's backdated.",
            at=BEFORE_GROUNDS,
        ),
        "confidential-information",
    ),
]
NEGATIVES = [
    (
        "the police's tips on securing sheds",
        dict(
            text="Worth a read with the lighter nights. Sheds are getting targeted round "
            "Rotherham.",
            attachments=police_share(
                "South Yorkshire Police Facebook post with tips on securing sheds and garages"
            ),
        ),
        "third-party-content",
    ),
    (
        "the police's update on an assault",
        dict(
            text="Here's what the police have actually said. Please don't speculate.",
            attachments=police_share("South Yorkshire Police update on an assault in Treeton"),
        ),
        "third-party-content",
    ),
    (
        "a child congratulated, the Chair mentioned",
        dict(
            text="Congratulations to Amelia Okafor, winner of our card competition, who collected "
            "her prize from the Chair at Full Council on Tuesday.",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
    (
        "closed sessions explained",
        dict(
            text="Somebody asked what happens in the closed bit at the end of meetings. It's "
            "usually contracts or staffing, where the law lets councils exclude the public."
        ),
        "confidential-information",
    ),
    (
        "others want the cheapest",
        dict(
            text="The grounds contract is up at Full Council on the 12th. Some people want a local "
            "firm, others want the cheapest. I'll read the scoring properly.",
            at=BEFORE_GROUNDS,
        ),
        "confidential-information",
    ),
    (
        "a public event's time",
        dict(
            text="Parkrun tourists and new locals very welcome, Rother Valley, 9am every "
            "Saturday 🏃‍♀️"
        ),
        "privacy-exposure",
    ),
    (
        "whoever wins the by-election",
        dict(
            text="Good luck to both candidates in Thursday's by-election. Whoever wins, the bowls "
            "club will want a word about the car park 😂"
        ),
        "disrepute",
    ),
    (
        "a closed mind denied",
        dict(
            text="Heard I've 'already made my mind up' on the Reading Room lease. I haven't. "
            "I'll hear everyone before I vote.",
            at=BEFORE_LEASE,
            author="p-cllr-ellison",
        ),
        "predetermination",
    ),
    (
        "not a done deal",
        dict(
            text="For the rumour mill: the skate park is not a done deal. Ask about the designs "
            "before the committee on 9 Feb.",
            at=BEFORE_SKATE_PARK,
            author="p-cllr-ellison",
        ),
        "predetermination",
    ),
    (
        "the police's fireworks safety post",
        dict(
            text="Bonfire night safety from South Yorkshire Police. It's illegal to let fireworks "
            "off in the street after 11pm.",
            kind="official",
            author="p-clerk",
            attachments=police_share("South Yorkshire Police fireworks safety graphic"),
        ),
        "third-party-content",
    ),
    (
        "a candidate's paid advert for his trade",
        TRADE_ADVERT_IN_PERIOD,
        "election-advertising",
    ),
    (
        "the trade's own number in its advert",
        TRADE_ADVERT_IN_PERIOD,
        "personal-data",
    ),
    (
        "a day spent with the leaflets",
        dict(
            text="Spent the day handing out bus timetables with my leaflets at the Station Road "
            "stop. Promoted by K. Dawson, PO Box 4388, Rotherham S60 9XR.",
            at=IN_2028_PERIOD,
            author="p-cllr-dawson",
        ),
        "election-advertising",
    ),
    (
        "the candidates nominated, listed by the Clerk",
        dict(
            text="By-election for Treeton South on 10 June: Lee Cawthorne and Anita Rushby are "
            "the candidates nominated (per Rotherham's published statement).",
            kind="official",
            author="p-clerk",
            at=IN_BY_ELECTION,
        ),
        "pre-election-period",
    ),
    (
        "a view on behalf of the parish council",
        dict(
            text="On behalf of the parish council I can tell you we are 100% behind the petition "
            "to save the X5. Every signature counts!!"
        ),
        "unauthorised-poster",
    ),
    (
        "the bonfire back the year after the decision's year",
        dict(
            text="It's official, the parish council has decided the bonfire's coming back this "
            "year! Get your old pallets saved.",
            at="2027-10-05T12:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
    (
        "an imprint with a PO box",
        dict(
            text="Vote Gill on the 4th. Promoted by Harpreet Gill of PO Box 4021, S60 9XE.",
            at=IN_2028_PERIOD,
            author="p-cllr-gill",
        ),
        "privacy-exposure",
    ),
    (
        "two people standing, listed by the Clerk",
        dict(
            text="Voting in Treeton South on Thursday 10 June: nominations have closed and two "
            "people are standing, Lee Cawthorne and Anita Rushby.",
            kind="official",
            author="p-clerk",
            at=IN_BY_ELECTION,
        ),
        "pre-election-period",
    ),
    (
        "before I make up my mind",
        dict(
            text="I'd hate to see the old Station Hotel go to rack and ruin. But I'll read the "
            "heritage statement and the neighbours' letters before I make up my mind on the 11th.",
            author="p-cllr-carr",
            at=BEFORE_STATION_HOTEL,
        ),
        "predetermination",
    ),
    (
        "the fallen on the war memorial",
        dict(
            text="Among the names read on Sunday are Pte Arthur Beever and Pte Walter Beever, "
            "brothers killed on the Somme in 1916. Lest we forget."
        ),
        "name-without-permission",
    ),
    (
        "money found for consultants",
        dict(
            text="Rotherham's cabinet found money for consultants and a new logo but not for "
            "keeping village libraries open on a Saturday. Shocking priorities."
        ),
        "disrepute",
    ),
    (
        "ring 101, in answer to a reply against the cameras",
        dict(
            text="They are working. The council agreed them in September 2025. If you've seen "
            "something on the rec, ring 101 and tell the police.",
            reply="Keith your a joke, them cameras don't even work",
            author="p-cllr-dawson",
            at="2027-01-24T19:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
    (
        "see where the money goes",
        dict(
            text="Precept's set. I argued for a freeze and lost the vote. The report's on the "
            "council website if you want to see where the money goes."
        ),
        "unlawful-allegation",
    ),
    (
        "the police's bike marking event",
        dict(
            text="Bike marking with South Yorkshire Police at the Miners' Welfare this Saturday.",
            kind="official",
            author="p-clerk",
            attachments=police_share("South Yorkshire Police post about a free bike marking event"),
        ),
        "third-party-content",
    ),
    (
        "a rethink argued for when the council reviews it",
        dict(
            text="Not a fan of the weekday toilet closure, and I'll argue for a rethink when the "
            "council reviews it. Until then the Co-op will let you use theirs if you ask nicely.",
            author="p-cllr-booth",
            at="2027-01-06T12:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
    (
        "a crime while we were in the meeting",
        dict(
            text="Someone lobbed something through the Welfare's window while we were in the "
            "meeting last night. Reported to the police. If you saw anything on Station Road "
            "around 8pm, ring 101."
        ),
        "privacy-exposure",
    ),
    (
        "exempt business not recorded, as is normal",
        dict(
            text="Last night's recording is up. The two items heard in private were not "
            "recorded, as is normal for exempt business.",
            kind="official",
            author="p-clerk",
            at="2027-01-13T11:00:00+00:00",
        ),
        "confidential-information",
    ),
    (
        "Westminster run down",
        dict(
            text="Third social care plan in ten years. Westminster couldn't organise a brew in "
            "a tea shop.",
            author="p-cllr-wragg",
        ),
        "disrepute",
    ),
    (
        "a walking group's time",
        dict(
            text="Walk and Talk meets every Sunday at 10am outside the Miners' Welfare. No "
            "booking, dogs welcome 🐕"
        ),
        "privacy-exposure",
    ),
    (
        "whatever you think, come and say so",
        dict(
            text="Precept at Full Council tonight, 7pm. Whatever you think about it, come and say "
            "so, that's what the public bit is for.",
            author="p-cllr-hollis",
            at="2027-01-12T08:00:00+00:00",
        ),
        "predetermination",
    ),
    (
        "a diary kept for a fortnight",
        dict(
            text="Sorry, that's exhausting. Note down dates and times for a fortnight, then "
            "report it to Rotherham's environmental health team."
        ),
        "privacy-exposure",
    ),
    (
        "you've been warned, with a laugh",
        dict(
            text="Fireworks at ours tonight from 7 till half past, then we're done. Dog owners, "
            "you've been warned 😂🎆"
        ),
        "hostile-language",
    ),
    (
        "envelopes going back to the vestry",
        dict(
            text="Christian Aid Week raised £418 round the village, thank you all! The envelopes "
            "go back to the vestry if you missed us."
        ),
        "hostile-language",
    ),
    (
        "the author's young daughter",
        dict(
            text="Rangoli done, diyas lit 😅 Happy Diwali from ours to yours.",
            author="p-cllr-gill",
            attachments=(
                Attachment(
                    description="The author's young daughter kneeling beside a rangoli", minors=True
                ),
            ),
        ),
        "minor-without-consent",
    ),
    (
        "a postal vote explained",
        dict(
            text="Want a postal vote for Treeton South's by-election? Apply to Rotherham's "
            "elections team before 5pm on Tuesday 25 May.",
            kind="official",
            author="p-clerk",
            at=IN_BY_ELECTION,
        ),
        "pre-election-period",
    ),
    (
        "Quality Street",
        dict(text="Merry Christmas from ours to yours 🎅 Now who's had all the Quality Street..."),
        "privacy-exposure",
    ),
    (
        "a track regraded",
        dict(
            text="Allotment holders: the track off Mill Lane will be regraded on Thursday 1 July. "
            "Please don't park on the track that day.",
            kind="official",
            author="p-clerk",
            at="2027-06-21T10:00:00+00:00",
        ),
        "confidential-information",
    ),
    (
        "bless her, fondly",
        dict(
            text="Eileen's been out planting up the tubs by the Welfare again, bless her. Come "
            "and help if you've an hour spare 🌷"
        ),
        "disrepute",
    ),
    (
        "cheers to whoever bought the poster's jam",
        dict(
            text="WI jam sale raised £180. Cheers to all that bought a jar, and to whoever paid a "
            "fiver for my lumpy marmalade 😂"
        ),
        "disrepute",
    ),
]

test_family_fires = family_fires(POSITIVES, context="treeton")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, context="treeton")
