"""Table-driven tests for the fourth generalisation round, lane c: clauses 6.5, 6.6, 6.7, 6.8,
5.1 and G.4.

Precision first: a colleague named in passing (told or asked something by the poster, the author
of a piece of work, a holder of the authority to post that the registers record) is not a
comment on them (6.6); an address that locates a fault is not someone's home (6.5); the poster's
own children are not a third party's (6.7); a screenshot is judged under 6.7, not 6.8. Then the
families: colleagues run down as a group or picked out by a described role, ability mockery
("couldn't ... if their life depended on it"), a colleague's short name in council talk (6.6);
stills from one's own cameras (6.5); a child named by family and street, a family by its
surname, a consent for another occasion (6.7); living alone or an unlocked door, "outside mine",
a routine with a school (5.1); concerns in other words and a concern addressed to the author by
name (G.4). Every case is written for the Ashby Green test registers (tests/policy/context.yaml);
hard negatives sit next to the positives.
"""

from __future__ import annotations

import copy

import pytest
import yaml

from civicpost.policy import Attachment, Context

from .conftest import CONTEXT_PATH, make_post, rules_raised

OFF = {"kind": "official", "author": "p-clerk"}
SUMMER = "2027-07-20T12:00:00+01:00"


def _pic(description: str, *, minors: bool = False, source: str = "own", consents=()) -> tuple:
    return (
        Attachment(
            kind="image",
            description=description,
            minors=minors,
            source=source,
            consents=tuple(consents),
        ),
    )


POSITIVES = [
    # 6.6: colleagues run down as a group, or by a described role; ability mockery
    (
        "a group of colleagues with ability mockery",
        dict(text="Some of our councillors couldn't chair a meeting if their life depended on it."),
        "comment-on-colleague",
    ),
    (
        "half the councillors wouldn't know",
        dict(text="Half the councillors wouldn't know a budget if it hit them."),
        "comment-on-colleague",
    ),
    (
        "some on this council, organise at",
        dict(text="A few on this council couldn't organise a bake sale at a coffee morning."),
        "comment-on-colleague",
    ),
    (
        "the chair mocked by role",
        dict(text="The chair couldn't count the votes if her life depended on it, honestly."),
        "comment-on-colleague",
    ),
    (
        "madam chair addressed with a jibe",
        dict(text="Couldn't run a raffle in a village hall. You know who you are, Madam Chair."),
        "comment-on-colleague",
    ),
    (
        "a colleague picked out by a described role",
        dict(text="Interesting how a certain parish finance officer has a new car this year."),
        "comment-on-colleague",
    ),
    (
        "praise on the official page beyond a factual approval",
        dict(text="Owen fixed the noticeboard for us and was spot on.", **OFF),
        "comment-on-colleague",
    ),
    (
        "a colleague told something, with criticism",
        dict(text="I've told the warden he's useless and should be sacked."),
        "comment-on-colleague",
    ),
    (
        "posting authority claimed for someone the registers do not list",
        dict(text="Only Priya can post for the council now."),
        "comment-on-colleague",
    ),
    # 6.5: stills from the poster's own cameras; an address that points at a household
    (
        "a CCTV still of a face",
        dict(
            text="Recognise him? Caught on our cameras at the pavilion.",
            attachments=_pic("CCTV still of a young man's face at the pavilion"),
        ),
        "personal-data",
    ),
    (
        "a household by its address",
        dict(text="The noise complaint was about the family at 40 Main Street."),
        "personal-data",
    ),
    # 6.7: a child by family and street; a family by its surname; another occasion
    (
        "a child named by family and street",
        dict(text="Whoever smashed the shelter, we all know it was the Baxter lad off Elm Close."),
        "name-without-permission",
    ),
    (
        "a family by its surname",
        dict(text="Yes, that was the complaint from the Hales about the music."),
        "name-without-permission",
    ),
    (
        "a children's consent for a different occasion",
        dict(
            text="What a Christmas fete this year!",
            at=SUMMER,
            attachments=_pic("Lily Shaw at the fete", minors=True, consents=["c-1"]),
            **OFF,
        ),
        "minor-without-consent",
    ),
    # 5.1: living alone, an unlocked door, "outside mine", a routine with a school, own children
    (
        "living alone and an unlocked back door",
        dict(text="Been on my own since Ron passed, back door's never locked, pop in for a brew."),
        "privacy-exposure",
    ),
    (
        "I live alone",
        dict(text="I live alone these days so I'm always glad of a visitor."),
        "privacy-exposure",
    ),
    (
        "outside mine with the street",
        dict(text="New van parked up outside mine on Elm Close if anyone wants a look."),
        "privacy-exposure",
    ),
    (
        "a school run with a time and a habit",
        dict(
            text="I drop our Maisie at Ashby Green Primary at 8.40 then I'm in the cafe most days."
        ),
        "privacy-exposure",
    ),
    (
        "the poster's own children pictured with their school",
        dict(
            text="First day back at Ashby Green Primary for these two!",
            attachments=_pic("Cole's two children in school uniform at the gate", minors=True),
        ),
        "privacy-exposure",
    ),
    (
        "own house address for a neighbour to watch",
        dict(text="Away two weeks from tomorrow, keep an eye on 23 Elm Close for us!"),
        "privacy-exposure",
    ),
    # G.4: concerns in other words, and a concern addressed to the author by name
    (
        "bins not emptied for three weeks",
        dict(
            text="Bins aren't a parish matter I'm afraid.",
            reply="Bins not emptied on Elm Close for three weeks now",
            **OFF,
        ),
        "resolution-route",
    ),
    (
        "gardens flood and nobody does anything",
        dict(
            text="Too right, keep shouting about it!",
            reply="Every time it rains our gardens flood and the council does nothing",
        ),
        "resolution-route",
    ),
    (
        "a data complaint that begins 'your lot'",
        dict(
            text="Wasn't me, take it up with whoever.",
            reply="Your lot published my email address on the council's page, that's not on",
        ),
        "resolution-route",
    ),
    (
        "a concern put to the author by name",
        dict(
            text="Not our job mate, that's the Borough's road.",
            reply="Owen can the council sort the pothole outside the school",
        ),
        "resolution-route",
    ),
    (
        "'I told you so' is not a jibe at the reader",
        dict(
            text="Makes my blood boil!",
            reply="Cars parked on the pavement every morning. Someone will get hurt, I told you so",
        ),
        "resolution-route",
    ),
    (
        "a van blocking the kerb",
        dict(
            text="He'll learn one day.",
            reply="Same van blocking the dropped kerb again, my mum can't get her wheelchair out",
        ),
        "resolution-route",
    ),
]

NEGATIVES = [
    # 6.6: named in passing
    (
        "a role told to do something",
        dict(text="I've told the warden to leave the gates open until the council sees sense."),
        "comment-on-colleague",
    ),
    (
        "a name asked to do something",
        dict(text="I asked Ruth to send the papers round again."),
        "comment-on-colleague",
    ),
    (
        "let the Clerk know",
        dict(text="If it keeps happening, let the Clerk know and we'll chase it.", **OFF),
        "comment-on-colleague",
    ),
    (
        "the author of a piece of work",
        dict(text="Hall hire up 12%? Whatever the Clerk's figures say, that's too much."),
        "comment-on-colleague",
    ),
    (
        "the holders of the authority to post",
        dict(text="Only Ruth and Alice can post for the council, so ask them."),
        "comment-on-colleague",
    ),
    (
        "colleagues as a group, with no criticism",
        dict(text="Some of our councillors will be at the fun day on Saturday."),
        "comment-on-colleague",
    ),
    (
        "a certain something that is no colleague",
        dict(text="A certain type of weather always floods the underpass."),
        "comment-on-colleague",
    ),
    # 6.5: an address that locates a fault; own address; someone else's footage
    (
        "an address that locates a street light",
        dict(text="Street light outside 40 Main Street reported, should be fixed soon.", **OFF),
        "personal-data",
    ),
    (
        "the poster's own address, for us",
        dict(text="Away two weeks from tomorrow, keep an eye on 23 Elm Close for us!"),
        "personal-data",
    ),
    (
        "a camera with no one in the picture",
        dict(
            text="The new camera is up at the pavilion.",
            attachments=_pic("CCTV camera on its pole at the pavilion"),
        ),
        "personal-data",
    ),
    (
        "someone else's doorbell footage is judged under 6.7",
        dict(
            text="Anyone know him?",
            attachments=_pic("Doorbell camera still of a man's face", source="third_party"),
        ),
        "personal-data",
    ),
    # 6.7 / 6.8
    (
        "the poster's own children",
        dict(
            text="First day back for these two!",
            attachments=_pic("Cole's two children in school uniform at the gate", minors=True),
        ),
        "minor-without-consent",
    ),
    (
        "a children's consent for the same occasion",
        dict(
            text="What a summer fete this year!",
            at=SUMMER,
            attachments=_pic("Lily Shaw at the fete", minors=True, consents=["c-1"]),
            **OFF,
        ),
        "minor-without-consent",
    ),
    (
        "a village's lads, not a family's",
        dict(text="The Ashby lads from Main Street won the cup again."),
        "name-without-permission",
    ),
    (
        "a team's lads, not a family's",
        dict(text="The Tigers lads from Elm Close were brilliant on Sunday."),
        "name-without-permission",
    ),
    (
        "a screenshot is someone's post, not a licensed image",
        dict(
            text="Sharing this so more people see it.",
            attachments=_pic("Screenshot of a resident's Facebook post", source="third_party"),
        ),
        "copyright-material",
    ),
    # 5.1
    (
        "an open door is an idiom",
        dict(text="My door is always open to residents, email me any time."),
        "privacy-exposure",
    ),
    (
        "someone else's door",
        dict(text="The church door is never locked in the daytime, lovely to pop in."),
        "privacy-exposure",
    ),
    (
        "a school named with no family of the poster",
        dict(text="Lovely to hear Ashby Green Primary singing at 2pm every Friday in the hall."),
        "privacy-exposure",
    ),
    # G.4
    (
        "asking who complained raises no concern",
        dict(
            text="It was a neighbour, that's all I'll say.",
            reply="Who complained about the music at the club? Bet it's a newcomer",
        ),
        "resolution-route",
    ),
    (
        "a jibe at the author by name",
        dict(
            text="Sorry you feel that way.",
            reply="Owen you're useless, a total waste of a councillor",
        ),
        "resolution-route",
    ),
]


@pytest.mark.parametrize(("label", "kwargs", "slug"), POSITIVES, ids=[c[0] for c in POSITIVES])
def test_family_fires(ctx, label, kwargs, slug):
    kwargs = dict(kwargs)
    text = kwargs.pop("text")
    assert slug in rules_raised(make_post(text, **kwargs), ctx), label


@pytest.mark.parametrize(("label", "kwargs", "slug"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_family_stays_quiet(ctx, label, kwargs, slug):
    kwargs = dict(kwargs)
    text = kwargs.pop("text")
    assert slug not in rules_raised(make_post(text, **kwargs), ctx), label


def _with_short_name() -> Context:
    """The test registers with the Clerk also known by a short name and surname ("Ruthie
    Fenwick"), as a register would record how people are called."""
    raw = copy.deepcopy(yaml.safe_load(CONTEXT_PATH.read_text()))
    for person in raw["people"]:
        if person["id"] == "p-clerk":
            person["aliases"] = [*person["aliases"], "Ruthie Fenwick"]
    return Context.from_dict(raw)


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("Ruthie deserves every penny after the pay review, about time.", True),
        ("Ruthie's been on that council twelve years and done sod all.", True),
        ("Good news for Ruthie, the salary review went through on Tuesday.", True),
        ("Thanks Ruthie, lovely to see you at the garden centre.", False),  # no council talk
    ],
)
def test_colleague_by_short_name(text, raised):
    """6.6: a short first name from a "short name + surname" alias, in a post about council
    life."""
    assert ("comment-on-colleague" in rules_raised(make_post(text), _with_short_name())) is raised


def _with_person_matters() -> Context:
    """The test registers plus two confidential matters about people: the Clerk's pay review,
    and a conduct complaint naming no one in its title."""
    raw = copy.deepcopy(yaml.safe_load(CONTEXT_PATH.read_text()))
    for person in raw["people"]:
        if person["id"] == "p-clerk":
            person["aliases"] = [*person["aliases"], "Ruthie Fenwick"]
    raw["confidential"] += [
        {
            "id": "k-2",
            "title": "Clerk's pay review",
            "keywords": ["pay review"],
            "until": "2027-12-31",
        },
        {
            "id": "k-3",
            "title": "Code of conduct complaint under assessment",
            "keywords": ["conduct complaint"],
            "until": "2027-12-31",
        },
    ]
    return Context.from_dict(raw)


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("Ruthie deserves every penny of what's coming her way, about time.", True),
        ("The clerk's pay packet is about to get a lot fatter, I'm told.", True),
        ("A certain colleague's behaviour is finally being looked at by the Borough.", True),
        ("One particular councillor is under investigation, say no more.", True),
        ("Please pay your allotment rent to the Clerk by Friday.", False),
        ("The new bins are being looked at by the Borough, says the Clerk.", False),
        ("Ruthie deserves a medal for the fun day, what a star.", False),
    ],
)
def test_allusion_to_a_matter_about_a_colleague(text, raised):
    """6.5: a confidential matter about a colleague told in other words."""
    slugs = rules_raised(make_post(text), _with_person_matters())
    assert ("confidential-information" in slugs) is raised


@pytest.mark.parametrize(
    ("text", "slug", "raised"),
    [
        ("Between you and me, the padlock on the gate is 'broken' till Friday.", "conf", False),
        ("Between you and me, I'm told the mowing went to the cheapest firm.", "conf", True),
        ("Closed session was kind to a certain someone's wallet.", "colleague", True),
        ("A certain someone left their umbrella at the fun day.", "colleague", False),
    ],
)
def test_confidence_markers_and_someone(ctx, text, slug, raised):
    """6.5: a wink with nothing told is no disclosure; 6.6: "a certain someone" in closed
    business is one of the council's own people."""
    rule = {"conf": "confidential-information", "colleague": "comment-on-colleague"}[slug]
    assert (rule in rules_raised(make_post(text), ctx)) is raised


@pytest.mark.parametrize(
    ("reply", "raised"),
    [
        ("Whoever let their dog foul outside the school gates, you are disgusting", True),
        ("To the driver who keeps parking on the pavement, you are blocking the path", True),
        ("You are disgusting, you never do anything about the dog mess", False),
    ],
)
def test_concern_addressed_to_a_culprit(ctx, reply, raised):
    """G.4: the "you" of a post addressed to an unknown culprit is not the person replying."""
    post = make_post("Same on Elm Close, nobody does owt about it!", reply=reply)
    assert ("resolution-route" in rules_raised(post, ctx)) is raised


@pytest.mark.parametrize(
    "text",
    [
        "The Clerk says the new bins are being looked at by the Borough.",
        "Asked Ruthie at the council about the verges and they're being looked at next month.",
        "Ruthie rang, the pay claims for the fun day are being looked at.",
    ],
)
def test_colleague_reporting_is_no_allusion(text):
    """6.5: a colleague who reports that something else is being looked at."""
    assert "confidential-information" not in rules_raised(make_post(text), _with_person_matters())


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("Bumped into Gary outside the surgery, they've upped his insulin again.", True),
        ("Poor Wendy, she's been diagnosed with dementia, keep an eye on her.", True),
        ("Dave from the club says her chemo starts Monday.", True),
        ("My dad's on his heart tablets again, back to the chemist.", False),
        ("Our surgery can help with blood pressure checks, book at reception.", False),
        ("Someone left their tablets at the hall, ring the office.", False),
    ],
)
def test_someone_elses_health(ctx, text, raised):
    """6.5: a named person's medical details (not the poster's family's, not a service's)."""
    assert ("confidential-information" in rules_raised(make_post(text), ctx)) is raised


@pytest.mark.parametrize(
    ("text", "slug", "raised"),
    [
        # 6.5: an employee's employment matter
        ("Between ourselves, the Clerk is leaving in March and nobody's been told.", "conf", True),
        ("Word is the warden is being disciplined over the keys.", "conf", True),
        ("The Clerk is leaving at 1pm today, so ring before then.", "conf", False),
        ("You can raise a grievance with the Clerk using the council's procedure.", "conf", False),
        ("Cllr Dunn is resigning from the council, she announced it tonight.", "conf", False),
        # 6.6: more ways to run a colleague down
        ("The chair lost her rag at the meeting again.", "colleague", True),
        ("Cllr Dunn couldn't find her backside with both hands.", "colleague", True),
        # 5.1: a key left out, a child by name with a school, a dog walk at a set time
        ("Spare key's under the blue plant pot if the grandkids need to get in.", "me", True),
        ("Our Maisie's in Year 2 at Ashby Green Primary now, time flies.", "me", True),
        ("I walk the dog round the reservoir at 6am every day, rain or shine.", "me", True),
        ("The key to the hall is under the mat at the Clerk's office, ask her.", "me", False),
        ("Our council's surgery is at 6pm every Friday at Ashby Green Primary.", "me", False),
    ],
)
def test_more_ways_of_saying_it(ctx, text, slug, raised):
    rule = {
        "conf": "confidential-information",
        "colleague": "comment-on-colleague",
        "me": "privacy-exposure",
    }[slug]
    assert (rule in rules_raised(make_post(text), ctx)) is raised
