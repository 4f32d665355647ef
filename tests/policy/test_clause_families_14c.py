"""Table-driven tests for rule round 14's register-driven families, found on the dev-style sets:

(1) 5.1: a private phone number in a personal profile; the poster's own photo or screenshot
whose description names the author as owner of what shows their home (a car with its plate and
house number, a council tax bill with the address); a home given as "through my letterbox at",
"ring me direct on", or a subject-less "Snowed in at ..."; (2) 6.1: the title with the author's
nickname (the first word of a two-word alias) and a sign-off by initials with a disguised title;
(3) 4.3: candidacy news as an appeal ("my name's on the ballot", "nomination papers went in",
"put a cross for <own name>"); (4) 6.5: a key safe and its code (where a key is hidden is left
alone: the older sets label it 6.4 only); (5) 6.6: praise beyond a "named as the contact"
approval, colleagues run down as "them" at a meeting or sighed at as "the councillors", pay held
against "our clerk", "a certain vice-chair", and "one of our lot" described; (6) 4.2: the
candidates weighed on the council's page, and the council fighting a live matter in the period.

Written for the Ashby Green test registers (tests/policy/context.yaml), with a nickname alias for
Cllr Cole, a contact approval for Cllr Dunn and an agenda item inside the 2028 period added here.
"""

from __future__ import annotations

import pytest
import yaml

from civicpost.policy import Context
from civicpost.policy.post import Attachment

from .conftest import CONTEXT_PATH, make_post, rules_raised

OFFICIAL = dict(kind="official", author="p-clerk")
PERIOD = "2028-04-10T12:00:00+01:00"


@pytest.fixture(scope="module")
def ctx14c() -> Context:
    data = yaml.safe_load(CONTEXT_PATH.read_text(encoding="utf-8"))
    for person in data["people"]:
        if person["id"] == "p-cllr-cole":
            person["aliases"] = [*person["aliases"], "Oz Cole"]
    data["comment_approvals"].append(
        {
            "id": "ap-14",
            "person": "p-cllr-dunn",
            "scope": "named as the contact councillor for the play area consultation",
            "channels": ["official", "personal"],
            "from": "2027-01-01",
            "until": "2027-12-31",
        }
    )
    data["meetings"].append({"id": "m-14", "body": "Planning Committee", "date": "2028-04-20"})
    data["agenda_items"].append(
        {
            "id": "ag-14",
            "meeting": "m-14",
            "title": "Planning application: telecoms mast on the Kiln Lane verge",
            "keywords": ["Kiln Lane", "mast"],
        }
    )
    return Context.from_dict(data)


def _own(description: str) -> tuple[Attachment]:
    return (Attachment("image", description, source="own"),)


POSITIVES = [
    # ---- 5.1: the poster's own details outside the text --------------------------------------
    (
        "a home landline in the profile",
        dict(text="Lovely sunset over the green tonight.", bio="Gardener. Home 0114 496 0777."),
        "privacy-exposure",
    ),
    (
        "own photo: the author's van with plate and house number",
        dict(
            text="She's finally here, the new work van!",
            attachments=_own(
                "Owen Cole's new van on his drive; house number 8 and the registration plate "
                "are readable"
            ),
        ),
        "privacy-exposure",
    ),
    (
        "own screenshot: the author's council tax bill with the address",
        dict(
            text="Here's what the parish share on my bill actually is.",
            attachments=_own("Owen Cole's council tax bill showing his name and home address"),
        ),
        "privacy-exposure",
    ),
    (
        "survey forms through my letterbox at a street address",
        dict(text="Forms can go through my letterbox at 12 Quarry Lane and I'll hand them in."),
        "privacy-exposure",
    ),
    (
        "ring me direct on a mobile",
        dict(text="Boiler trouble in this cold? Ring me direct on 07700 900555."),
        "privacy-exposure",
    ),
    (
        "a subject-less line about being stuck at home",
        dict(text="Snowed in at 9 Kiln Close again ❄️ send biscuits"),
        "privacy-exposure",
    ),
    # ---- 6.1: nickname and disguised sign-off -------------------------------------------------
    (
        "the title with the author's nickname",
        dict(text="Cllr Oz here 👋 survey forms are due in on Friday."),
        "councillor-title",
    ),
    (
        "a sign-off by initials with a disguised title",
        dict(text="Grit bins topped up on the hill. OC, Counc!llor for Ashby Green"),
        "councillor-title",
    ),
    # ---- 4.3: a candidate's appeals the lexicon missed ----------------------------------------
    (
        "my name's on the ballot",
        dict(text="It's official, my name's on the ballot paper for Ashby Green 🙌", at=PERIOD),
        "digital-imprint",
    ),
    (
        "nomination papers went in",
        dict(text="Nomination papers went in this morning. Here we go again!", at=PERIOD),
        "digital-imprint",
    ),
    (
        "a cross for the author's own name",
        dict(text="Leaflets all done. Put a cross for Owen on the 4th!", at=PERIOD),
        "digital-imprint",
    ),
    # ---- 6.5: keys and codes of council premises ----------------------------------------------
    (
        "a key safe and its code",
        dict(text="Loos locked on weekdays? Key safe is round the back, code 4417 😉"),
        "confidential-information",
    ),
    # ---- 6.6: colleagues run down or praised beyond an approval ------------------------------
    (
        "praise beyond a contact approval",
        dict(text="Priya's worked her socks off on this play area, she deserves a medal."),
        "comment-on-colleague",
    ),
    (
        "half of them asleep at the meeting",
        dict(text="Two hours at the meeting. Half of them asleep, the other half talking rubbish."),
        "comment-on-colleague",
    ),
    (
        "the councillors sighed at on the page",
        dict(text="When the councillors ask for the agenda AGAIN the night before 🙄", **OFFICIAL),
        "comment-on-colleague",
    ),
    (
        "pay held against our clerk",
        dict(text="Our clerk already earns more than most folk round here, that's all I'll say."),
        "comment-on-colleague",
    ),
    (
        "a certain vice-chair",
        dict(text="Funny how a certain vice-chair never gets a round in at the social."),
        "comment-on-colleague",
    ),
    (
        "one of our lot described",
        dict(text="One of our lot is in hot water. Can't say who, but she's got a temper on her."),
        "comment-on-colleague",
    ),
    # ---- 4.2: the Clerk's page in the period -------------------------------------------------
    (
        "the candidates weighed",
        dict(
            text="Which candidate has the best plan for the green? Have your say below!",
            at=PERIOD,
            **OFFICIAL,
        ),
        "pre-election-period",
    ),
    (
        "where the candidates stand, with a wink",
        dict(
            text="Wondering where the candidates stand on speeding? All we'll say is, look at who "
            "actually turned up to the March meeting 😉",
            at=PERIOD,
            **OFFICIAL,
        ),
        "pre-election-period",
    ),
    (
        "the council fighting a live planning matter",
        dict(
            text="Kiln Lane mast: the parish council will be fighting it every step of the way.",
            at=PERIOD,
            **OFFICIAL,
        ),
        "pre-election-period",
    ),
]

NEGATIVES = [
    # ---- 5.1 ---------------------------------------------------------------------------------
    (
        "the council's published number in the profile",
        dict(text="Lovely sunset tonight.", bio="Parish matters: ring 0114 496 0100."),
        "privacy-exposure",
    ),
    (
        "a surgery's landline in the profile",
        dict(text="Lovely sunset tonight.", bio="GP. Surgery: 0114 496 0555."),
        "privacy-exposure",
    ),
    (
        "own photo of somebody else's van",
        dict(
            text="Who keeps parking here?",
            attachments=_own("White van parked on Mill Road, registration plate readable"),
        ),
        "privacy-exposure",
    ),
    (
        "somebody else snowed in",
        dict(text="The Hales are snowed in at 9 Kiln Close, can anyone drop milk round?"),
        "privacy-exposure",
    ),
    # ---- 6.1 ---------------------------------------------------------------------------------
    (
        "a colleague called by the title",
        dict(text="Thanks to Cllr Dunn for chairing last night."),
        "councillor-title",
    ),
    (
        "the nickname on the council's page",
        dict(text="Cllr Oz here with this week's notices.", **OFFICIAL),
        "councillor-title",
    ),
    (
        "initials without a title",
        dict(text="Grit bins topped up on the hill. OC"),
        "councillor-title",
    ),
    # ---- 4.3 ---------------------------------------------------------------------------------
    (
        "not standing again",
        dict(text="I'm not standing again, thanks for eight good years.", at=PERIOD),
        "digital-imprint",
    ),
    (
        "thanks after the poll",
        dict(
            text="Thank you to everyone who put a cross for Owen!",
            at="2028-05-06T12:00:00+01:00",
        ),
        "digital-imprint",
    ),
    (
        "agenda papers in the window",
        dict(text="The agenda papers are in the post for Tuesday's meeting.", at=PERIOD),
        "digital-imprint",
    ),
    (
        "not a candidate",
        dict(
            text="My name's on the ballot paper? No, that's my cousin!",
            author="p-cllr-dunn",
            at=PERIOD,
        ),
        "digital-imprint",
    ),
    # ---- 6.5 ---------------------------------------------------------------------------------
    (
        "a block of flats' door code",
        dict(text="Dropping off petition sheets? The door code for the flats is 1234."),
        "confidential-information",
    ),
    # ---- 6.6 ---------------------------------------------------------------------------------
    (
        "named as the contact, as approved",
        dict(text="Questions on the play area consultation? Priya is the contact councillor."),
        "comment-on-colleague",
    ),
    (
        "half of them asleep at the panto",
        dict(text="Took the grandkids to the panto, half of them asleep by the interval 😂"),
        "comment-on-colleague",
    ),
    (
        "the councillors in a neutral notice",
        dict(text="When the councillors meet on Tuesday the agenda will be online.", **OFFICIAL),
        "comment-on-colleague",
    ),
    (
        "one of our lot at the fete",
        dict(text="One of our lot will be at the fete on Saturday with leaflets."),
        "comment-on-colleague",
    ),
    # ---- 4.2 ---------------------------------------------------------------------------------
    (
        "a hustings notice",
        dict(
            text="Hustings: the candidates will answer your questions at the Village Hall on "
            "20 April, 7pm.",
            at=PERIOD,
            **OFFICIAL,
        ),
        "pre-election-period",
    ),
    (
        "the mast: how to comment",
        dict(
            text="Kiln Lane mast: comment on the planning portal by 18 April. The Planning "
            "Committee meets on 20 April.",
            at=PERIOD,
            **OFFICIAL,
        ),
        "pre-election-period",
    ),
]


@pytest.mark.parametrize(
    "kwargs,rule_id", [(k, r) for _, k, r in POSITIVES], ids=[n for n, _, _ in POSITIVES]
)
def test_family_is_raised(ctx14c: Context, kwargs: dict, rule_id: str) -> None:
    assert rule_id in rules_raised(make_post(**kwargs), ctx14c)


@pytest.mark.parametrize(
    "kwargs,rule_id", [(k, r) for _, k, r in NEGATIVES], ids=[n for n, _, _ in NEGATIVES]
)
def test_hard_negative_is_clean(ctx14c: Context, kwargs: dict, rule_id: str) -> None:
    assert rule_id not in rules_raised(make_post(**kwargs), ctx14c)
