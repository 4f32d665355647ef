"""Table-driven tests for the twelfth round: 4.3, 6.5, 6.7 and 6.8, by registers and attachments.

Families (each seen in two or more sets by different writers, except the last): the council's
page saying "one of our youngest gardeners" of a child in a photo (the council has no children of
its own, so the own-child allowance does not apply); one child's consent used for a picture of
that child with friends ("Ethan and his mates", "Group of boys"); a video set to a commercial
recording ("with a chart song soundtrack"), even on the poster's own footage; a newspaper article
pasted in full ("Copied this off the Advertiser", "Copying this in full for anyone without a
subscription"); a councillor's paid post backing another candidate ("on 4 May I'm backing Alice
Brennan"), 4.3. Hard negatives: the poster's own child, the consented child alone, royalty-free
music, a band playing live, copying dates off a noticeboard, event footage in which no face can
be identified (not a camera still, 6.5), and a paid post backing a fundraiser. Every case is
written for the Ashby Green test registers (tests/policy/context.yaml), where consent c-1 covers
Lily Shaw at the summer fete 2027 on the official page.
"""

from __future__ import annotations

from civicpost.policy.post import Attachment

from .conftest import family_fires, near_miss_stays_quiet

FETE_DAY = "2027-07-03T15:00:00+01:00"


def _child(description: str, *consents: str) -> tuple[Attachment, ...]:
    return (Attachment("image", description, minors=True, consents=consents),)


def _video(description: str) -> tuple[Attachment, ...]:
    return (Attachment("video", description),)


PASTED = (
    "Copied this off the Echo cos it's behind the paywall 👇 'Residents in Ashby Green have "
    "reacted angrily to plans for 48 homes, with one calling it the final nail in the coffin.'"
)

POSITIVES = [
    (
        "official: one of our youngest gardeners",
        dict(
            text="One of our youngest gardeners hard at work 🌻",
            kind="official",
            attachments=_child("Young boy planting sunflowers in the village planter"),
        ),
        "minor-without-consent",
    ),
    (
        "official: our little helpers",
        dict(
            text="Our little helpers at the bulb planting this morning!",
            kind="official",
            attachments=_child("Two children with trowels by the war memorial"),
        ),
        "minor-without-consent",
    ),
    (
        "one child's consent, her friends beside her",
        dict(
            text="Summer fete fun 🎉 Lily and her friends at the face painting!",
            kind="official",
            at=FETE_DAY,
            attachments=_child("Lily Shaw and her friends with painted faces", "c-1"),
        ),
        "minor-without-consent",
    ),
    (
        "one child's consent, a group of girls",
        dict(
            text="What a summer fete 🎉",
            kind="official",
            at=FETE_DAY,
            attachments=_child("Group of girls at the summer fete tombola, faces visible", "c-1"),
        ),
        "minor-without-consent",
    ),
    (
        "one child's consent: 'and her mates' in the text",
        dict(
            text="Summer fete day 🎉 Lily and her mates smashing the egg and spoon",
            kind="official",
            at=FETE_DAY,
            attachments=_child("Children racing on the field", "c-1"),
        ),
        "minor-without-consent",
    ),
    (
        "own footage, chart song soundtrack",
        dict(
            text="Made a little video of the lights 🎵 turn it up!",
            attachments=_video("Video of the Christmas lights with a chart song soundtrack"),
        ),
        "copyright-material",
    ),
    (
        "official: commercial recording as the soundtrack",
        dict(
            text="Here's our video of Saturday's lantern parade 🏮",
            kind="official",
            attachments=_video(
                "Lantern parade footage with 'Mr Brightside' by The Killers as the soundtrack"
            ),
        ),
        "copyright-material",
    ),
    ("copied this off the paper", dict(text=PASTED), "copyright-material"),
    ("copied this off the paper: 6.7", dict(text=PASTED), "third-party-content"),
    (
        "copying this in full",
        dict(
            text=(
                'Copying this in full for anyone without a subscription 👇 "VILLAGERS packed '
                'the hall on Monday night to voice fears about the plans."'
            )
        ),
        "copyright-material",
    ),
    (
        "a CCTV still with a face is still personal data",
        dict(
            text="Anyone know him? He was at the bus shelter again.",
            attachments=(Attachment("image", "CCTV still of a young man's face at the shelter"),),
        ),
        "personal-data",
    ),
    (
        "a paid post backing another candidate",
        dict(
            text="Ashby Green, on 4 May I'm backing Alice Brennan 🗳️ she's grafted for years.",
            author="p-cllr-dunn",
            paid=True,
            at="2028-04-10T12:00:00+01:00",
        ),
        "election-advertising",
    ),
]

NEGATIVES = [
    (
        "personal: my youngest, alone",
        dict(
            text="My youngest hard at work in the garden 🌻",
            attachments=_child("The author's son planting sunflowers"),
        ),
        "minor-without-consent",
    ),
    (
        "the consented child alone",
        dict(
            text="Summer fete fun 🎉 our face painting stall was a hit!",
            kind="official",
            at=FETE_DAY,
            attachments=_child("A girl with a painted face at the summer fete", "c-1"),
        ),
        "minor-without-consent",
    ),
    (
        "royalty-free backing track",
        dict(
            text="Our video of the lantern parade 🏮",
            kind="official",
            attachments=_video("Lantern parade footage with a royalty-free backing track"),
        ),
        "copyright-material",
    ),
    (
        "a band playing live",
        dict(
            text="The brass band at the carol service 🎺",
            kind="official",
            attachments=_video("The village brass band playing carols on the green"),
        ),
        "copyright-material",
    ),
    (
        "dates copied off a noticeboard",
        dict(text="I copied the dates off the noticeboard: bins go out on Tuesdays now."),
        "copyright-material",
    ),
    (
        "event footage, no faces identifiable",
        dict(
            text="Here's our video of Saturday's lantern parade 🏮",
            kind="official",
            attachments=_video("Lantern parade footage filmed from behind, no faces identifiable"),
        ),
        "personal-data",
    ),
    (
        "a paid post backing a fundraiser, no candidate",
        dict(
            text="Backing the hospice bake-off this Saturday, boosted so it reaches everyone 🍰",
            author="p-cllr-dunn",
            paid=True,
            at="2028-04-10T12:00:00+01:00",
        ),
        "election-advertising",
    ),
]


test_family_fires = family_fires(POSITIVES)
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES)
