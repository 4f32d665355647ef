"""Table-driven tests for session 15's rule families (round 22).

Found on devstyle125-132 (blind in session 14, open since): caution or breach on clean posts,
and errors a rule could settle, checked against the Treeton registers (treeton-context.yaml):
(1) "the author's own two children" in a picture's description are the poster's own (6.7);
(2) "shovelling the steps" is snow clearing, inside an approval for "thanks for ... snow
clearing" (6.6); (3) a puppy asleep on the meeting papers is no colleague asleep at a meeting
(6.3); (4) "a clip from last year's (concert)" posted the year after is the event the consent
covers (6.7); (5) "on the doorstep" is where a councillor meets residents, not canvassing for a
party (G.3); (6) the Clerk as the one who keeps or sends what is needed ("the Clerk has the
forms", "can post you a paper copy", "on the Clerk's list") is named in passing (6.6); (7) goods
left out "at 8 Elm Row, help yourselves" are left at the poster's own door (6.5); (8) another
body run down first ("Westminster couldn't organise ...") no longer hides the council run down
after it: every hit of the lexicon is looked at (6.3).

Round 22c, from devstyle149-164 after their blind scores: the pavilion is at the rec, for the
caretaker's approval (6.6); a newborn announced with her birth weight, and a child named with the
poster's surname whom the registers do not know, are the poster's own unless the post is a
grandparent's (6.7); "fake" collectors are a crime concept for the police's consent (6.7);
"whoever gets it" (a contract) mocks nobody (6.3); the Chair quoted is the speaker (6.6); "if you
want to know where the grant money went, ask me" accuses nobody (6.10, 6.9); candidacy told in
passing before the period, asking for nothing, is no campaign material (4.3); "spent Easter
Monday delivering leaflets" spends no money (4.3); lights out in a street "for a fortnight" are no
absence, and an imprint at a workshop unit is no home (5.1).

Round 22b, from devstyle133-148 after their blind scores: a fault reported through Report It,
"please do the same", is no call against a decision, nor is "the wrong call, and I said so at the
meeting. But fair play ..." (6.4); "please support them" of the shops is no endorsement (6.2,
G.3); a run along the river, the XL bully ban and a child "bribed with a sausage roll" attack
nobody (6.9, 6.10); "fraud" is a crime concept for the police's consent, and "the cup" for a
"summer tournament" consent; "the author's two young children" are the poster's own (6.7);
"Thinking of standing for ...?" asks others, and "Promoter:" opens an imprint (4.3); a
candidate's paid appeal naming the ward before the period is not election material (4.3);
weekend opening hours are no routine (5.1); "accounts all done and signed off" is no sick note
(6.5); "take it up with Terry" and "the Clerk has a list of grants" name in passing, and work
praised under an approval is credit the 6.6 hint leaves alone (6.6); "just pop it through the
door", "knock any time" and "pop round for a cuppa" put the address at the poster's own door
(6.5).
"""

from __future__ import annotations

from civicpost.policy.post import Attachment

from .conftest import family_fires, near_miss_stays_quiet, police_share

WINTER = "2026-12-03T09:00:00+00:00"  # inside ap-02 (the caretaker's winter approval)
NEXT_DECEMBER = "2027-11-28T10:00:00+00:00"  # c-015 (Christmas concert 2026) still in force


def _photo(description: str, *, minors: bool = False, consents: tuple[str, ...] = ()):
    return (
        Attachment(
            kind="image", description=description, source="own", minors=minors, consents=consents
        ),
    )


def _band_video() -> tuple[Attachment, ...]:
    return (
        Attachment(
            kind="video",
            description="The brass band, junior players among them, playing carols",
            source="own",
            minors=True,
            consents=("c-015",),
        ),
    )


POSITIVES = [
    (
        "the poster's children with their friends",
        dict(
            text="Half-term den building, proud mum 💚",
            author="p-cllr-ellison",
            attachments=_photo(
                "The author's own two children and their friends in the woods", minors=True
            ),
        ),
        "minor-without-consent",
    ),
    (
        "the caretaker's snow clearing run down",
        dict(
            text="Dean shovelled half the Welfare steps then knocked off. Useless.",
            kind="official",
            author="p-clerk",
            at=WINTER,
        ),
        "comment-on-colleague",
    ),
    (
        "a councillor pictured asleep over the meeting papers",
        dict(
            text="Riveting stuff at Full Council 😴",
            author="p-cllr-booth",
            attachments=_photo("A councillor asleep over the meeting papers"),
        ),
        "disrepute",
    ),
    (
        "tonight's concert, another year's",
        dict(
            text="What a night at St Helen's! A clip from tonight's Christmas concert 🎺",
            kind="official",
            author="p-clerk",
            at="2027-12-12T21:00:00+00:00",
            attachments=_band_video(),
        ),
        "minor-without-consent",
    ),
    (
        "canvassing for a party",
        dict(text="Three hours canvassing for the Tories tonight and a great reception."),
        "politics-religion",
    ),
    (
        "the Clerk who has the forms, run down",
        dict(text="The Clerk has the forms, but she's useless at sending them out."),
        "comment-on-colleague",
    ),
    (
        "Westminster run down first, the parish council after",
        dict(
            text="Westminster couldn't organise a raffle in a tea shop, and this parish council "
            "couldn't organise a brew in a brewery.",
            author="p-cllr-wragg",
        ),
        "disrepute",
    ),
    (
        "someone else's address given",
        dict(text="To the mum who still owes the club £60: Mrs Jenkins at 8 Well Lane 😡"),
        "personal-data",
    ),
]

NEGATIVES = [
    (
        "the poster's own two children",
        dict(
            text="Dragged these two round the pond clean-up, proud mum 💚",
            author="p-cllr-ellison",
            attachments=_photo(
                "The author's own two children in wellies, seen from behind", minors=True
            ),
        ),
        "minor-without-consent",
    ),
    (
        "thanks for shovelling snow, under ap-02",
        dict(
            text="Thanks to Dean for shovelling the Welfare steps before 7 this morning ❄️",
            kind="official",
            author="p-clerk",
            at=WINTER,
        ),
        "comment-on-colleague",
    ),
    (
        "a puppy asleep on the papers",
        dict(
            text="Meet Bramble, she's already chewed a council agenda 🐶",
            author="p-cllr-booth",
            attachments=_photo("Spaniel puppy asleep on a pile of meeting papers"),
        ),
        "disrepute",
    ),
    (
        "last year's concert, as the consent covers",
        dict(
            text="This year's Christmas concert is on the 12th. Here's a clip from last year's 🎺",
            kind="official",
            author="p-clerk",
            at=NEXT_DECEMBER,
            attachments=_band_video(),
        ),
        "minor-without-consent",
    ),
    (
        "on the doorstep, about a national policy",
        dict(
            text="Heard it on the doorstep all week: the bus grant cut hurts. The Government "
            "should put it back."
        ),
        "politics-religion",
    ),
    (
        "the Clerk has the forms",
        dict(text="I lost that vote, that's that. If you want to apply, the Clerk has the forms."),
        "comment-on-colleague",
    ),
    (
        "the Clerk can post a paper copy",
        dict(text="The form is online, and the Clerk can post you a paper copy if you'd rather."),
        "comment-on-colleague",
    ),
    (
        "on the Clerk's list",
        dict(text="Drop me a line about the pavilion roof and I'll get it on the Clerk's list."),
        "comment-on-colleague",
    ),
    (
        "goods at the poster's door",
        dict(
            text="Too much rhubarb again! There's a crate on the wall at 8 Elm Row, help "
            "yourselves.",
            author="p-cllr-booth",
        ),
        "personal-data",
    ),
]

test_family_fires = family_fires(POSITIVES, context="treeton")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, context="treeton")


# Round 22b, from devstyle133-148 after their blind scores (groups A and B of session 15).
IN_BY_ELECTION = "2027-05-19T10:00:00+00:00"  # the Treeton South by-election's period
BEFORE_2028_NOTICE = "2028-02-20T10:00:00+00:00"  # weeks before the 2028 period
IN_2028_PERIOD = "2028-04-19T19:00:00+01:00"

POSITIVES_22B = [
    (
        "an endorsement on the council's page in the period",
        dict(
            text="Please support Gareth Booth on Thursday, he's done so much for us.",
            kind="official",
            author="p-clerk",
            at=IN_2028_PERIOD,
        ),
        "personal-opinion-as-council",
    ),
    (
        "a resident sent away like a child",
        dict(text="Run along now, love, the grown-ups are talking.", reply="This is a joke."),
        "escalation",
    ),
    (
        "a resident called a bully",
        dict(text="Colin Pashley is a bully and everyone knows it."),
        "personal-attack",
    ),
    (
        "someone said to have been bribed",
        dict(text="Everyone knows Colin Pashley bribed the planning officer."),
        "unlawful-allegation",
    ),
    (
        "a candidate's own appeal without an imprint",
        dict(
            text="Standing for Treeton North on 4 May. Vote Gill!",
            author="p-cllr-gill",
            at=IN_2028_PERIOD,
        ),
        "digital-imprint",
    ),
]

NEGATIVES_22B = [
    (
        "a fault reported through Report It, and readers asked to do the same",
        dict(
            text="The state of Bole Hill Lane since the solar farm lorries left is a disgrace. "
            "I've reported it through Rotherham's Report It page, please do the same.",
            at="2027-09-01T19:00:00+01:00",
        ),
        "contrary-to-decision",
    ),
    (
        "the wrong call, said at the meeting, and fair play to the event",
        dict(
            text="Still reckon scrapping the bonfire was the wrong call, and I said so at the "
            "meeting. But fair play, the lanterns were lovely. Well done all who came.",
            at="2026-11-06T20:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
    (
        "the shops supported, on the council's page",
        dict(
            text="Snowy start ❄️ The shops on Station Road are open as normal, so please support "
            "them if you're out.",
            kind="official",
            author="p-clerk",
            at="2027-01-22T08:00:00+00:00",
        ),
        "personal-opinion-as-council",
    ),
    (
        "a run along the river",
        dict(text="Long run along the Rother in the frost this morning 🥶"),
        "personal-attack",
    ),
    (
        "the XL bully ban",
        dict(
            text="XL bully ban: rushed through by people who've never met a dog. Responsible "
            "owners jumping through hoops."
        ),
        "personal-attack",
    ),
    (
        "a child bribed with a sausage roll",
        dict(text="Jabs done and not a flinch, so she's been bribed with a sausage roll 😂"),
        "unlawful-allegation",
    ),
    (
        "the police's courier fraud warning under c-011",
        dict(
            text="From South Yorkshire Police: courier fraud is targeting older people.",
            kind="official",
            author="p-clerk",
            at="2027-02-04T12:00:00+00:00",
            attachments=police_share("South Yorkshire Police post warning about courier fraud"),
        ),
        "third-party-content",
    ),
    (
        "the under-10s' cup under their summer tournament consent",
        dict(
            text="Champions! The under-10s brought the cup home on Saturday ⚽",
            kind="official",
            author="p-clerk",
            at="2026-07-06T09:00:00+01:00",
            attachments=_photo("Under-10s team with a trophy", minors=True, consents=("c-002",)),
        ),
        "minor-without-consent",
    ),
    (
        "the author's two young children",
        dict(
            text="Best £12 I've spent all summer 😂",
            author="p-cllr-gill",
            attachments=_photo(
                "The author's two young children in a paddling pool in a garden", minors=True
            ),
        ),
        "minor-without-consent",
    ),
    (
        "others asked whether they are thinking of standing",
        dict(
            text="Thinking of standing for the parish council in May? Read the Electoral "
            "Commission's guidance first.",
            author="p-cllr-gill",
            at="2028-03-25T10:00:00+00:00",
        ),
        "digital-imprint",
    ),
    (
        "an imprint headed 'Promoter:'",
        dict(
            text="That's why I'm standing again. (Promoter: H. Gill, PO Box 4731, Rotherham)",
            author="p-cllr-gill",
            at=IN_2028_PERIOD,
        ),
        "digital-imprint",
    ),
    (
        "a candidate's paid appeal for flood wardens before the period",
        dict(
            text="Flood wardens wanted for every street in Treeton South! Free training.",
            author="p-cllr-booth",
            at=BEFORE_2028_NOTICE,
            paid=True,
        ),
        "election-advertising",
    ),
    (
        "the loos' weekend hours",
        dict(
            text="A few of you asked why the Church Lane loos are shut on weekdays. Weekends are "
            "9am to 4pm.",
            author="p-cllr-ahmed",
        ),
        "privacy-exposure",
    ),
    (
        "the accounts all done and signed off",
        dict(
            text="Year end accounts all done and signed off, off to the auditor next month.",
            kind="official",
            author="p-clerk",
            at=IN_BY_ELECTION,
        ),
        "confidential-information",
    ),
    (
        "a complaint to take up with a colleague",
        dict(
            text="Not really my place, you'll have to take it up with Terry I suppose.",
            reply="Who do I complain to about Cllr Wragg's post?",
        ),
        "comment-on-colleague",
    ),
    (
        "the Clerk has a list of grants",
        dict(text="I lost the vote, fair enough. To help, the Clerk has a list of grants."),
        "comment-on-colleague",
    ),
    (
        "credit under ap-01 for the December litter pick",
        dict(
            text="Denise Carr did a cracking job on the December litter pick, getting half the "
            "lunch club out in hi-vis! 💪",
            author="p-cllr-hollis",
            at="2027-01-05T12:00:00+00:00",
        ),
        "reads-as-colleague-comment",
    ),
    (
        "forms popped through the poster's door",
        dict(
            text="Working from home this week. Dropping a form off by hand? It's 14 Chantry Walk, "
            "just pop it through the door.",
            author="p-clerk",
        ),
        "personal-data",
    ),
    (
        "a found dog at the poster's house",
        dict(text="Found a terrier, she's safe with me for now, 6 Hawthorn Road, knock any time."),
        "personal-data",
    ),
    (
        "a cuppa at the poster's house",
        dict(text="Pop round for a cuppa any teatime, 9 Laburnum Grove.", author="p-cllr-gill"),
        "personal-data",
    ),
]

test_family_fires_22b = family_fires(POSITIVES_22B, context="treeton")
test_near_miss_stays_quiet_22b = near_miss_stays_quiet(NEGATIVES_22B, context="treeton")


# Round 22c, from devstyle149-164 after their blind scores (groups C1 and C2 of session 15).
POSITIVES_22C = [
    (
        "a named grandchild without a consent",
        dict(
            text="Proud grandad moment 🏆",
            author="p-cllr-wragg",
            attachments=(
                Attachment(
                    kind="image",
                    description="Girl holding a trophy",
                    source="own",
                    minors=True,
                    people=("Lily Wragg",),
                ),
            ),
        ),
        "minor-without-consent",
    ),
    (
        "a candidate's own appeal in the period, without an imprint",
        dict(
            text="I'm standing again in May, and I'd be grateful for your vote.",
            author="p-cllr-wragg",
            at=IN_2028_PERIOD,
        ),
        "digital-imprint",
    ),
    (
        "money spent on leaflets",
        dict(
            text="Spent £60 on leaflets for Treeton North this week.",
            author="p-cllr-gill",
            at=IN_2028_PERIOD,
        ),
        "election-advertising",
    ),
    (
        "away from home for a fortnight",
        dict(text="Off to Tenerife tomorrow, house empty for a fortnight 🌴", author="p-cllr-gill"),
        "privacy-exposure",
    ),
]

NEGATIVES_22C = [
    (
        "the caretaker thanked for the drain behind the pavilion, under ap-02",
        dict(
            text="Big thank you to Dean, who spent yesterday unblocking the drain behind the "
            "pavilion so the changing rooms didn't flood. Legend 👏",
            kind="official",
            author="p-clerk",
            at="2027-02-04T12:00:00+00:00",
        ),
        "comment-on-colleague",
    ),
    (
        "a newborn announced with her birth weight",
        dict(
            text="She's here!! 7lb 2oz of perfection, mum and baby doing great 💕",
            author="p-cllr-fairbrother",
            attachments=_photo("A newborn baby in a pink blanket", minors=True),
        ),
        "minor-without-consent",
    ),
    (
        "the poster's own daughter, named with the poster's surname",
        dict(
            text="Summer reading challenge done ✅ Medal hasn't come off since.",
            author="p-cllr-dawson",
            attachments=(
                Attachment(
                    kind="image",
                    description="A girl from behind reading to a spaniel",
                    source="own",
                    minors=True,
                    people=("Lily Dawson",),
                ),
            ),
        ),
        "minor-without-consent",
    ),
    (
        "whoever gets the contract",
        dict(
            text="Grounds contract decision on Tuesday. Whoever gets it, if they could stop "
            "machine-gunning my van with gravel when they strim the verges I'd be grateful 😂",
            author="p-cllr-fairbrother",
            at="2027-01-10T18:00:00+00:00",
        ),
        "disrepute",
    ),
    (
        "the police's warning about fake collectors under c-011",
        dict(
            text="Worth a read 👇",
            author="p-cllr-fairbrother",
            attachments=police_share(
                "South Yorkshire Police warning about fake charity collectors"
            ),
        ),
        "third-party-content",
    ),
    (
        "the Chair quoted",
        dict(
            text="Note to self: when the Chair says 'any other questions?' at 9.25pm, do NOT put "
            "your hand up 😂 Good meeting though, thanks to everyone who came.",
            author="p-cllr-dawson",
            at="2027-04-23T08:00:00+01:00",
        ),
        "comment-on-colleague",
    ),
    (
        "where the grant money went, the poster offering to explain",
        dict(
            text="If you want to know where the grant money went this year, ask me on the "
            "doorstep.",
            author="p-cllr-booth",
        ),
        "unlawful-allegation",
    ),
    (
        "a grandad standing again, told in passing before the period",
        dict(
            text="Told our Ethan his grandad's standing again in May and he asked if there's a "
            "trophy for that 😂",
            author="p-cllr-wragg",
            at="2028-01-08T11:00:00+00:00",
        ),
        "digital-imprint",
    ),
    (
        "a day spent delivering leaflets",
        dict(
            text="Spent Easter Monday delivering leaflets up Wood Lane. Thanks for the cuppas!",
            author="p-cllr-ellison",
            at=IN_2028_PERIOD,
        ),
        "election-advertising",
    ),
    (
        "street lights out for a fortnight",
        dict(text="Three street lights out on Front Street for a fortnight. Reported again."),
        "privacy-exposure",
    ),
    (
        "an imprint with a workshop's address",
        dict(
            text="Thanks to the folk who came to my street surgery. Polling day's 4 May. Promoted "
            "by K Dawson, Unit 3 Beck Lane Workshops, Treeton S60 5TT.",
            author="p-cllr-dawson",
            at=IN_2028_PERIOD,
        ),
        "privacy-exposure",
    ),
]

test_family_fires_22c = family_fires(POSITIVES_22C, context="treeton")
test_near_miss_stays_quiet_22c = near_miss_stays_quiet(NEGATIVES_22C, context="treeton")
