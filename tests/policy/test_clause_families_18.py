"""Table-driven tests for session 11's rule families, found on devstyle13-16 (scored blind at the
end of session 10, then opened) and, from (14), on devstyle17-20 after their blind scores:

(1) Clauses 6.10 and 6.3, an offence owned up to or offered by the poster: prescription drugs
offered for money; goods sold "no receipts, no questions"; someone else's blue badge borrowed;
"finders keepers" after something found; an unused polling card used for its owner; the poster's
own footage filmed at the wheel of a moving vehicle. (2) Clause 6.10, threats: waiting "out there"
with a weapon; "be a shame if something happened to your car"; "I'll be round, and it won't be a
chat"; a daily pile-on urged. (3) Clause 6.10, allegations: "weren't you done for nicking ...";
stock gone "out the back door"; an interest "not declared". (4) Clause 6.6, not a comment: a
colleague with a "named as the contact" approval named as the contact, where or who they are said
first ("Ruth at the office is happy to explain", "Ruth Fenwick, the Clerk, is the one to talk to")
or with their address later in the sentence ("Ruth at the council office is collecting them:
clerk@..."). (5) Clause 4.3: a candidate's appeal without an imprint, put as "lend me your vote",
"I'd love another four", or in the poster's own picture ("VOTE COLE"), but not a marked ballot
paper. (6) Clause 6.11: "I'm not having it any other way" closes a mind; the 6.11 hint is not
raised on an officer's post. (7) Clause 6.5: someone else's letter or note pictured with their home
address on it. (8) Clause 6.3 beside 6.9 also when the resident mocked is named without permission
(6.7). (9) Clause 6.3: the poster's own picture of a colleague asleep anywhere, or of a row at a
meeting. (10) Clause G.3: Thatcher and "Corbynistas" are party politics. (11) Clause 5.1, not the
poster's: "we're in talks about the Mill Lane paddock" is no one at home, and "give him a knock at
5 Spring Terrace" is his door (6.5). (12) Clause 6.5, not someone else's: an address in the
sentence that the 5.1 rule finds makes the poster findable. (13) Clause 6.7: the poster's own first
name beside an address ("Promoted by Owen Cole, 4 Mill Road") names no one else. (14) Clause 6.10,
found on devstyle17-20 after their blind scores: a named voter's vote passed on ("X's just been in
and voted Y"), postal votes collected by a campaigner, the marked register used to shame
non-voters, drinks for anyone who shows they voted, "be a shame if they ended up in the beck",
"when I catch you ... you'll not be using them fingers again". (15) Clause 6.5, from the same sets:
the combination on a gate; an address in "Cottages"; a screenshot with a "full name and street
address"; households' votes told from the doorstep; a named resident's arrears. (16) Clause 6.3,
from the same sets: the pitch churned up ("doing doughnuts on a quad bike on the recreation ground
pitch"); pirate TV sticks offered by a councillor (6.10 and 6.3), put as "firesticks ... fully
loaded".
(17) Clause 6.1: the title beside the poster's name in their own picture's caption. (18)
Clauses 4.2 and 6.7, not raised: the Clerk's notice of "nominated candidates ... in ballot paper
order".
(19) Clause 4.3: the candidate's own hashtag ("#VoteCole").
(20) Clause 6.7, from devstyle21-24 after their blind scores: the poster's own picture of an
unnamed member of the public, face showing; a child named beside a picture of children whose
consents do not allow names.
(21) Clause 5.1: the poster's own picture with a gate plate's number, a nameplate, a road sign
in quotes or a location tag.
(22) Clause 6.10: "where the poppy bucket money from the parade went, ask X" (the money
insinuation with words after "money").
(23) Clauses 6.10 and 6.3: "finders keepers" after something left or lying about ("the skip had a
load of copper pipe in it. Finders keepers"); a box that "gets Sky Sports for nowt".
(24) Clause 6.9: "you nosy cow", "control freak".
"""

from __future__ import annotations

import pytest

from civicpost.policy import load_pack
from civicpost.policy.post import Attachment
from civicpost.policy.rules import Checking
from civicpost.policy.rules.hints import disrepute_beside_hostility, reads_as_predetermined

from .conftest import family_fires, make_post, near_miss_stays_quiet, registers_with, rules_raised

_AT_THE_WHEEL = Attachment(
    kind="video",
    description="Phone footage filmed from the driver's seat of a moving car, dashboard in shot",
    source="own",
)
_PASSENGER = Attachment(
    kind="video",
    description="Phone footage filmed from the passenger seat of a moving car",
    source="own",
)

POSITIVES = [
    (
        "prescription drugs offered for money",
        dict(text="Got a box of tramadol left from my knee op, tenner for the lot, inbox me."),
        "unlawful-allegation",
    ),
    (
        "prescription drugs offered: 6.3 too",
        dict(text="Spare diazepam going if anyone's struggling to sleep, £5 a strip."),
        "disrepute",
    ),
    (
        "goods sold with no questions",
        dict(text="Mate's got a few laptops, no receipts, no questions. £80 each, message me."),
        "unlawful-allegation",
    ),
    (
        "goods off the back of a lorry, for money",
        dict(text="Power tools going cheap, fell off the back of a lorry if you know what I mean."),
        "disrepute",
    ),
    (
        "someone else's blue badge borrowed",
        dict(text="Christmas shopping tip: borrow your gran's blue badge and park by the door."),
        "unlawful-allegation",
    ),
    (
        "finders keepers in the next sentence",
        dict(text="Picked up a tenner outside the Co-op this morning. Finders keepers 😂"),
        "disrepute",
    ),
    (
        "someone's unused polling card used for them",
        dict(
            text="If your grandad's not using his polling card he won't mind you nipping in "
            "for him 😉"
        ),
        "unlawful-allegation",
    ),
    (
        "own footage filmed at the wheel",
        dict(text="State of the potholes on Mill Lane this morning!", attachments=(_AT_THE_WHEEL,)),
        "unlawful-allegation",
    ),
    (
        "own footage filmed at the wheel: 6.3 too",
        dict(text="State of the potholes on Mill Lane this morning!", attachments=(_AT_THE_WHEEL,)),
        "disrepute",
    ),
    (
        "waiting out there with a weapon",
        dict(text="Next lad I catch on that wall, I'll be out there with my golf club."),
        "unlawful-allegation",
    ),
    (
        "a shame if something happened to your car",
        dict(text="Say that again, Darren. Be a shame if something happened to that van of yours."),
        "unlawful-allegation",
    ),
    (
        "a visit that won't be a chat",
        dict(text="Keep it up and I'll be round yours, and it won't be for a cup of tea."),
        "unlawful-allegation",
    ),
    (
        "a daily pile-on urged",
        dict(text="Let's all email him about it every single day until he resigns."),
        "unlawful-allegation",
    ),
    (
        "a past conviction thrown at the person answered",
        dict(
            text="Lecture me? Weren't you done for shoplifting at Meadowhall?",
            reply="Councillors are a disgrace.",
        ),
        "unlawful-allegation",
    ),
    (
        "stock gone out the back door of a named business",
        dict(text="Ask Dave Pike how many crates have gone out the back door of that pub."),
        "unlawful-allegation",
    ),
    (
        "an interest not declared, said of a named councillor",
        dict(
            text="Cllr Ibbotson voted on his brother's planning application and never declared "
            "an interest."
        ),
        "unlawful-allegation",
    ),
]

NEGATIVES = [
    (
        "prescription drugs collected, nothing offered",
        dict(text="Remember to pick up your co-codamol before the chemist shuts on Friday."),
        "unlawful-allegation",
    ),
    (
        "no questions asked with nothing for money",
        dict(text="Library books can come back any time, no questions asked."),
        "unlawful-allegation",
    ),
    (
        "one's own blue badge",
        dict(text="Parked in the disabled bay with my own blue badge, before anyone asks."),
        "unlawful-allegation",
    ),
    (
        "found and handed in",
        dict(text="Found a purse by the bus stop. Not finders keepers, it's been handed in."),
        "unlawful-allegation",
    ),
    (
        "collecting a polling card for someone to vote",
        dict(text="If your nan's not using her polling card, help her get to the station."),
        "unlawful-allegation",
    ),
    (
        "footage from the passenger seat",
        dict(text="State of the potholes on Mill Lane this morning!", attachments=(_PASSENGER,)),
        "unlawful-allegation",
    ),
    (
        "out there with the litter pickers",
        dict(text="I'll be out there with the litter pickers on Saturday, join us."),
        "unlawful-allegation",
    ),
    (
        "a shame if the weather spoils it",
        dict(text="Be a shame if the rain spoils the gala after all that work."),
        "unlawful-allegation",
    ),
    (
        "a visit promised for a chat",
        dict(text="I'll be round on Tuesday for a chat about the hedge, Margaret."),
        "unlawful-allegation",
    ),
    (
        "an interest declared",
        dict(text="Cllr Ibbotson declared an interest and left the room for that item."),
        "unlawful-allegation",
    ),
    (
        "going out the back door",
        dict(text="Leave by the back door after the meeting, the front is locked at nine."),
        "unlawful-allegation",
    ),
]


test_family_fires = family_fires(POSITIVES)
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES)


# (4) Clause 6.6: the Clerk named as the contact under a contact approval
@pytest.fixture(scope="module")
def ctx_contact():
    return registers_with(
        comment_approvals=[
            {
                "id": "ap-c",
                "person": "p-clerk",
                "scope": "named as the contact for council enquiries",
                "channels": ["official", "personal"],
                "from": "2024-01-01",
            }
        ]
    )


CONTACT = [
    "Ruth at the office is happy to explain how the grants work.",
    "Ruth Fenwick, the Clerk, is the one to talk to: clerk@ashbygreenpc.gov.uk",
    "Got old photos? Ruth at the council office is collecting them: clerk@ashbygreenpc.gov.uk",
]
NOT_CONTACT = [
    # praise or criticism is a comment whatever the address
    "Ruth at the office is useless, email clerk@ashbygreenpc.gov.uk and see for yourself.",
    # the address in the next sentence is not said of her
    "Ruth at the office has been off all week. Questions: enquiries@ashbygreenpc.gov.uk",
]


@pytest.mark.parametrize("text", CONTACT)
def test_named_as_contact_is_no_comment(ctx_contact, text):
    assert "comment-on-colleague" not in rules_raised(make_post(text), ctx_contact)


@pytest.mark.parametrize("text", NOT_CONTACT)
def test_not_named_as_contact_is_a_comment(ctx_contact, text):
    assert "comment-on-colleague" in rules_raised(make_post(text), ctx_contact)


# (5) Clause 4.3 and (6) clause 6.11
PERIOD = "2028-04-20T12:00:00+01:00"  # e-2028's regulated period; p-cllr-cole is a candidate
BEFORE_MEETING = "2027-03-01T12:00:00+00:00"  # m-1 (ag-1 to ag-4) is on 2027-03-09
_MEME = Attachment(description="Home-made meme of the village green: 'KEEP CALM AND VOTE COLE'")
_BALLOT = Attachment(
    description="Completed ballot paper in the booth with a cross next to Owen Cole"
)

POSITIVES_2 = [
    ("lend me your vote", dict(text="Last push! Lend me your vote on Thursday 🗳️", at=PERIOD)),
    ("another four", dict(text="I'd love another four for Ashby Green. Thursday!", at=PERIOD)),
    (
        "the appeal in the poster's own picture",
        dict(text="Made this meself 😂", attachments=(_MEME,), at=PERIOD),
    ),
]
NEGATIVES_2 = [
    (
        "a marked ballot paper is no appeal",
        dict(text="Done my bit 🗳️", attachments=(_BALLOT,), at=PERIOD),
    ),
    (
        "another four weeks of roadworks",
        dict(text="Another four weeks of roadworks, lovely.", at=PERIOD),
    ),
]


@pytest.mark.parametrize(("label", "kwargs"), POSITIVES_2, ids=[c[0] for c in POSITIVES_2])
def test_appeal_without_imprint(ctx, label, kwargs):
    assert "digital-imprint" in rules_raised(make_post(**kwargs), ctx), label


@pytest.mark.parametrize(("label", "kwargs"), NEGATIVES_2, ids=[c[0] for c in NEGATIVES_2])
def test_no_appeal(ctx, label, kwargs):
    assert "digital-imprint" not in rules_raised(make_post(**kwargs), ctx), label


def test_outcome_promised_closes_a_mind(ctx):
    text = "The hall hire rise goes through on Tuesday, I'm not having it any other way."
    assert "predetermination" in rules_raised(make_post(text, at=BEFORE_MEETING), ctx)


def test_predetermination_hint_not_on_an_officer(ctx, monkeypatch):
    """The hint is asked of the heads; with every probability at 1 it fires for a councillor
    and stays quiet for the Clerk."""
    from civicpost.policy.rules import hints

    monkeypatch.setattr(hints, "_proba", lambda c: {"6.11": 1.0})
    text = "The hall hire rise is going through."
    for author, fires in (("p-cllr-cole", True), ("p-clerk", False)):
        post = make_post(text, author=author, at=BEFORE_MEETING)
        hits = list(reads_as_predetermined(Checking(post, ctx, load_pack())))
        assert bool(hits) is fires, author


# (7) Clause 6.5: someone else's letter pictured with their address on it
@pytest.mark.parametrize(
    ("description", "fires"),
    [
        (
            "Photo of a letter about the hedges; the sender's name and address are legible",
            True,
        ),
        ("Handwritten note about parking, signed 'Wendy Hale, 12 Mill Road'", True),
        ("Screenshot of a resident's letter, her home address at the top", True),
        ("Photo of a handwritten thank-you card from the Brownies", False),
        ("Handwritten note about parking, signed 'Wendy'", False),
    ],
)
def test_letter_with_an_address(ctx, description, fires):
    picture = Attachment(description=description, source="third_party", people=("Wendy Hale",))
    post = make_post("Look what came through the door 🙄", attachments=(picture,))
    assert ("personal-data" in rules_raised(post, ctx)) is fires, description


# (8) Clause 6.3 beside 6.9 and 6.7
MOCKED = "Wendy Hale telling me how to run a fete 😂 Wendy love, you couldn't run a bath. Sit down."


@pytest.mark.parametrize(
    ("kwargs", "clauses", "fires"),
    [
        (dict(text=MOCKED), {"6.9", "6.7"}, True),
        (dict(text=MOCKED, reply="The fete was a shambles."), {"6.9", "6.7"}, False),
        (dict(text=MOCKED), {"6.9", "6.7", "6.6"}, False),
    ],
)
def test_disrepute_beside_a_named_resident_mocked(ctx, kwargs, clauses, fires):
    hit = disrepute_beside_hostility(Checking(make_post(**kwargs), ctx, load_pack()), clauses)
    assert (hit is not None) is fires


# (9) Clause 6.3: a colleague pictured asleep, a row at a meeting pictured
@pytest.mark.parametrize(
    ("description", "people", "fires"),
    [
        ("Sid Marsh asleep in a pew at the carol service, mouth open", ("Sid Marsh",), True),
        ("Two councillors on their feet shouting across the table at Full Council", (), True),
        ("A resident shouting at councillors during public participation", (), True),
        ("Wendy Hale asleep in a deckchair at the fete", ("Wendy Hale",), False),
        ("Children shouting with joy on the new zip wire", (), False),
    ],
)
def test_shown_asleep_or_in_a_row(ctx, description, people, fires):
    picture = Attachment(kind="video", description=description, people=people)
    post = make_post("You couldn't make it up 😂", attachments=(picture,))
    assert ("disrepute" in rules_raised(post, ctx)) is fires, description


# (10) Clause G.3: Thatcher and Corbynistas
@pytest.mark.parametrize(
    ("kwargs", "fires"),
    [
        (dict(text="Still celebrating Thatcher's funeral, ding dong!", author="p-clerk"), True),
        (dict(text="Pipe down, you gobby little Corbynista keyboard warrior."), True),
        (dict(text="The thatcher's booked to redo the cottage roof.", author="p-clerk"), False),
    ],
)
def test_thatcher_and_corbynistas(ctx, kwargs, fires):
    assert ("politics-religion" in rules_raised(make_post(**kwargs), ctx)) is fires


# (11) Clause 5.1: not the poster's home
@pytest.mark.parametrize(
    "text",
    [
        "Keep it quiet, but we're in talks to buy the paddock behind Mill Road 🤞",
        "We're in a scrap with the firm that resurfaced Church Lane, so bear with us.",
        "Jim's got the old photos, give him a knock at 5 Mill Road if you want a look.",
    ],
)
def test_not_the_posters_home(ctx, text):
    assert "privacy-exposure" not in rules_raised(make_post(text), ctx)


@pytest.mark.parametrize(
    "text",
    [
        "We're in at 5 Mill Road all afternoon if anyone wants to drop the raffle prizes off.",
        "Just knock at 5 Mill Road and I'll sort you out with a spare key.",
    ],
)
def test_the_posters_home(ctx, text):
    assert "privacy-exposure" in rules_raised(make_post(text), ctx)


def test_his_door_is_his_address(ctx):
    text = "Jim's got the old photos, give him a knock at 5 Mill Road if you want a look."
    assert "personal-data" in rules_raised(make_post(text), ctx)


# (12) Clause 6.5: the poster's own address, found by the 5.1 rule, is not someone else's
@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Off to Cornwall till the 2nd so if anyone knocks at 3 Mill Road, nobody's in.", True),
        ("Locked out again so key's under the frog by the back door at 14 Mill Road.", True),
        ("The fella at 9 Mill Road has been tipping again.", False),
    ],
)
def test_own_address_is_not_someone_elses(ctx, text, own):
    raised = rules_raised(make_post(text), ctx)
    assert ("personal-data" not in raised) is own, text


# (13) Clause 6.7: the poster's own first name beside contact details
@pytest.fixture(scope="module")
def ctx_terry():
    terry = {"id": "p-cllr-platt", "name": "Terry Platt", "aliases": ["Terry"], "handles": {},
             "roles": ["councillor"]}  # fmt: skip
    return registers_with(people=[terry])


@pytest.mark.parametrize(
    ("author", "fires"),
    [
        ("p-cllr-platt", False),  # his own name in his imprint
        ("p-cllr-cole", True),  # someone else's name and address
    ],
)
def test_own_first_name_beside_an_address(ctx_terry, author, fires):
    post = make_post("Promoted by Terry Platt, 4 Mill Road, Ashby Green", author=author)
    assert ("name-without-permission" in rules_raised(post, ctx_terry)) is fires, author


# (14) Clause 6.10: election offences and veiled threats
ELECTION_AND_THREATS = [
    ("a named voter's vote passed on", "Wendy Hale's just been in and voted Cole. Shocked!", True),
    (
        "someone who voted, nothing more",
        "Mum's just been in and voted too, proud of her at 94.",
        False,
    ),
    (
        "postal votes collected",
        "Postal voters: pop your envelopes through my letterbox and I'll "
        "take them down to the town hall.",
        True,
    ),  # fmt: skip
    (
        "the marked register to shame",
        "Had a look at the marked register. Number 4 and number 9 couldn't be bothered.",
        True,
    ),  # fmt: skip
    (
        "drinks for proof of a vote",
        "Pints on me at the Crown on Thursday night for anyone who can show me they voted Cole",
        True,
    ),  # fmt: skip
    (
        "a veiled threat to posters",
        "Them posters on Mill Road look wobbly. Be a shame if they ended up in the river 😉",
        True,
    ),  # fmt: skip
    ("rain is no threat", "Be a shame if the rain spoils the gala after all that work.", False),
    (
        "when I catch you",
        "When I catch you, and I will, you'll not be using them hands again.",
        True,
    ),
]


@pytest.mark.parametrize(
    ("label", "text", "fires"), ELECTION_AND_THREATS, ids=[c[0] for c in ELECTION_AND_THREATS]
)
def test_election_offences_and_veiled_threats(ctx, label, text, fires):
    post = make_post(text, at="2028-04-30T12:00:00+01:00")
    assert ("unlawful-allegation" in rules_raised(post, ctx)) is fires, label


# (15) Clause 6.5: codes, cottages, votes on the doorstep, arrears
@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("New combination on the allotment top gate is 4719, pass it on 👍", True),
        ("The allotment gate has a new combination lock, ask the Clerk for it.", False),
        ("Mr P Lindsay of 9 Mill Cottages, we've passed your letter on.", True),
        ("Canvass update: number 3 and number 11 are voting for me!", True),
        ("Canvass update: lovely chats on Mill Road, thanks all.", False),
        (
            "Plot 7 is free again, as the tenant, Wendy Hale, hasn't paid rent for two seasons.",
            True,
        ),
        ("Reminder: plot rent is due by 1 October, thanks to all who've paid.", False),
    ],
)
def test_private_details_of_others(ctx, text, fires):
    raised = rules_raised(make_post(text), ctx)
    assert bool({"personal-data", "confidential-information"} & raised) is fires, text


def test_screenshot_with_street_address(ctx):
    picture = Attachment(
        description="Screenshot of a planning comment showing the commenter's full name and "
        "street address",
        source="third_party",
        people=("Wendy Hale",),
    )
    post = make_post("Have a read of this 🙄", attachments=(picture,))
    assert "personal-data" in rules_raised(post, ctx)


# (16) Clause 6.3: the pitch churned up; pirate TV kit offered
def test_pitch_churned_up(ctx):
    video = Attachment(
        kind="video",
        description="Owen doing doughnuts on a quad bike on the rec's pitch, turf torn",
    )
    assert "disrepute" in rules_raised(
        make_post("Testing the new quad 😂", attachments=(video,)), ctx
    )


def test_pitch_mown(ctx):
    video = Attachment(kind="video", description="Owen mowing stripes on the rec's pitch")
    assert "disrepute" not in rules_raised(make_post("Lovely job 👌", attachments=(video,)), ctx)


@pytest.mark.parametrize("slug", ["unlawful-allegation", "disrepute"])
def test_pirate_sticks_offered(ctx, slug):
    text = "Got a few firesticks going spare, fully loaded, every channel, £30 each, DM me"
    assert slug in rules_raised(make_post(text), ctx)


def test_a_plain_firestick(ctx):
    text = "Got a firestick for Christmas, any tips for good free apps? iPlayer's on it already."
    assert "unlawful-allegation" not in rules_raised(make_post(text), ctx)


# (17) Clause 6.1: the title in the poster's own picture
@pytest.mark.parametrize(
    ("description", "fires"),
    [
        ("Cover photo captioned 'CLLR OWEN COLE - ASHBY GREEN'", True),
        ("Campaign graphic: 'Cllr Owen Cole - re-elect 4 May'", True),
        ("Cover photo of the village green in the snow", False),
        ("Photo of Owen with Cllr Fenwick at the fete", False),
    ],
)
def test_title_in_own_picture(ctx, description, fires):
    post = make_post("New cover photo 😂", attachments=(Attachment(description=description),))
    assert ("councillor-title" in rules_raised(post, ctx)) is fires, description


# (18) The Clerk's notice of the nominated candidates, in ballot paper order
def test_notice_of_nominated_candidates(ctx):
    text = (
        "Ashby Green election: the list of nominated candidates is out. Candidates, in ballot "
        "paper order: Alice Brennan, Owen Cole. Details: https://www.borough.gov.uk/elections"
    )
    post = make_post(text, kind="official", author="p-clerk", at="2028-04-10T12:00:00+01:00")
    assert "pre-election-period" not in rules_raised(post, ctx)


# (19) Clause 4.3: "#VoteCole"
@pytest.mark.parametrize(
    ("text", "fires"),
    [("Leaflets out all week 👋 4 May #VoteCole", True), ("Polls open 7am #VoteAshby", False)],
)
def test_own_vote_hashtag(ctx, text, fires):
    post = make_post(text, at=PERIOD)
    assert ("digital-imprint" in rules_raised(post, ctx)) is fires, text


# (20) Clause 6.7: a stranger pictured, face showing; a child named beside a no-names consent
@pytest.mark.parametrize(
    ("description", "fires"),
    [
        ("A woman parked across two bays; her face is clearly visible", True),
        ("A man in a tiger onesie at the back of the crowd, face visible", True),
        ("The crowd at the fete from behind, no faces visible", False),
        ("A car parked across two bays, number plate blurred", False),
    ],
)
def test_stranger_pictured(ctx, description, fires):
    post = make_post("Parking masterclass 🙈", attachments=(Attachment(description=description),))
    assert ("name-without-permission" in rules_raised(post, ctx)) is fires, description


@pytest.fixture(scope="module")
def ctx_choir():
    choir = {"id": "c-choir", "kind": "photo", "subject": "Ashby Green School choir",
             "minor": True, "scope": ["Carol service 2027"], "channels": ["official"],
             "names_allowed": False, "given": "2027-01-01", "expires": "2027-12-31"}  # fmt: skip
    return registers_with(consents=[choir])


@pytest.mark.parametrize(
    ("text", "people", "fires"),
    [
        (
            "Carol service highlights 🎶 a special mention to Lily-Mae for her solo",
            ("Lily-Mae",),
            True,
        ),
        ("What a night 🎺 young cornet star Lily Haworth (11) stole the show", (), True),
        (
            "Carol service highlights 🎶 thank you to the choir and to Sue for the mince pies",
            (),
            False,
        ),
    ],
)
def test_child_named_beside_a_no_names_consent(ctx_choir, text, people, fires):
    video = Attachment(
        kind="video", description="School choir singing", people=people, minors=True,
        consents=("c-choir",),
    )  # fmt: skip
    post = make_post(text, kind="official", author="p-clerk", attachments=(video,))
    assert ("name-without-permission" in rules_raised(post, ctx_choir)) is fires, text


# (21) Clause 5.1: the poster's own home pictured, by its plate, nameplate or location tag
@pytest.mark.parametrize(
    ("description", "fires"),
    [
        (
            "Back garden; the gate plate reads '22' and a 'Hawthorn Drive' sign shows",
            True,
        ),
        (
            "Rose bed by a semi; the door number 14 and the Mill Road nameplate show",
            True,
        ),
        ("Rose bed in the park, no houses in shot", False),
    ],
)
def test_own_home_pictured(ctx, description, fires):
    post = make_post("New fence is up 🙌", attachments=(Attachment(description=description),))
    assert ("privacy-exposure" in rules_raised(post, ctx)) is fires, description


# (22) Clause 6.10: the money insinuation with words after "money"
@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Anyone wondering where the raffle money from the fete went, ask Norman Ives 😂", True),
        (
            "Anyone wondering where the raffle money from the fete went: it's all on the website.",
            False,
        ),
    ],
)
def test_money_insinuation(ctx, text, fires):
    assert ("unlawful-allegation" in rules_raised(make_post(text), ctx)) is fires, text


# (23) Clauses 6.10 and 6.3: finders keepers from a skip; Sky for nowt
@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Skip outside the empty house had a load of copper pipe in it. Finders keepers 😎", True),
        ("Anyone want one of them boxes that gets Sky Sports for nowt? Works a treat 📺", True),
        ("Sky Sports have dropped the price for the box this month, worth a look.", False),
    ],
)
def test_finders_keepers_and_sky_for_nowt(ctx, text, fires):
    assert ("unlawful-allegation" in rules_raised(make_post(text), ctx)) is fires, text


# (24) Clause 6.9: "nosy cow", "control freak"
@pytest.mark.parametrize(
    ("text", "reply", "fires"),
    [
        ("Mind your own business you nosy cow.", "Saw you in town on a work day 👀", True),
        ("Decided in the office without asking anyone, Ruth. Control freak.", None, True),
        ("Our cow's a nosy one, she follows walkers along the fence 🐄", None, False),
    ],
)
def test_nosy_cow_and_control_freak(ctx, text, reply, fires):
    raised = rules_raised(make_post(text, reply=reply), ctx)
    assert bool({"personal-attack", "hostile-language"} & raised) is fires, text
