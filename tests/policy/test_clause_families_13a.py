"""Table-driven tests for the thirteenth round, lane A: 6.9, 6.10 and G.2.

Families (each seen in two or more sets by different writers, one of them in untouched47-50):
someone's post, comment, email or message pictured and laughed at (a screenshot or a quoted
post with a person in it, and a laughing or clown emoji), 6.9 (6.3 since session 11: the
dev-style writers never add 6.9 to it); harm promised to the next
culprit caught ("next time I catch them ... I'll wrap the bikes round their necks", "they'll be
needing new kneecaps"), windows to be put through, and readers told to call on someone with a
fist beside it or "should pay him a visit" with his street given, 6.9 and 6.10; "pal" as a
friend or in sympathy is no goading, G.2. Hard negatives: an eye-roll alone at a screenshot
(dev.jsonl leaves it to 6.3), a photo of people rather than their words, a message shared with
thanks or consent, the next culprit caught told to pick up their litter or reported, a glazier
putting windows in, a visit with a card, "I've a pal with a welder", "gutted for you pal".
Every case is written for the Ashby Green test registers (tests/policy/context.yaml).
"""

from __future__ import annotations

from civicpost.policy.post import Attachment

from .conftest import family_fires, near_miss_stays_quiet

COMPLAINT = "Bins on Orchard Way not emptied again, the parish council is useless."
QUESTION = "Anyone know why the benches by the pond have gone?"
BURGLED = "Someone broke into my garage on Orchard Way last night, took the mower."


def _shot(description: str, *people: str, consents: tuple[str, ...] = ()) -> tuple[Attachment]:
    return (
        Attachment("image", description, people=people, source="third_party", consents=consents),
    )


POSITIVES = [
    (
        "a resident's comment pictured, with a quote and laughter",
        dict(
            text="Well this one's a classic 😂 'the parish should of gritted it'",
            attachments=_shot("Screenshot of Wendy Hale's Facebook comment", "Wendy Hale"),
        ),
        "disrepute",
    ),
    (
        "an email pictured, scare-quoted and laughed at",
        dict(
            text="Another fan letter from a 'local taxpayer' this morning 🤣 have a read",
            attachments=_shot("Screenshot of an email from Norman Ives", "Norman Ives"),
        ),
        "disrepute",
    ),
    (
        "a quoted post with a clown",
        dict(
            text="This one reckons we've spent the precept on a jacuzzi 🤡🤡",
            attachments=_shot("Quoted post by @wendy.hale.1", "Wendy Hale"),
        ),
        "disrepute",
    ),
    (
        "kneecaps promised to an unknown culprit",
        dict(
            text="If I find out who pinched the planters off the green they'll be needing "
            "new kneecaps."
        ),
        "hostile-language",
    ),
    (
        "kneecaps promised: against the law too",
        dict(
            text="If I find out who pinched the planters off the green they'll be needing "
            "new kneecaps."
        ),
        "unlawful-allegation",
    ),
    (
        "the next culprit caught, harm to the neck",
        dict(
            text="Next time I catch them kids on quad bikes on the playing field I'll wrap the "
            "handlebars round their necks."
        ),
        "hostile-language",
    ),
    (
        "when I catch whoever: broken legs",
        dict(
            text="When I catch whoever keeps nicking the hanging baskets I'll break their legs.",
        ),
        "unlawful-allegation",
    ),
    (
        "windows to be put through",
        dict(
            text="That's him who smashed the bus shelter. Someone go and put his windows through.",
            reply=BURGLED,
        ),
        "unlawful-allegation",
    ),
    (
        "a knock on the door with a fist",
        dict(
            text="Tipped on Orchard Way again, it's that roofer from Kelby. Go give em a knock 👊"
        ),
        "hostile-language",
    ),
    (
        "a few of us should pay him a visit, his street given",
        dict(
            text="Found out who's been tipping by the pond. Lives on Mill Row. A few of us should "
            "pay him a visit."
        ),
        "unlawful-allegation",
    ),
    (
        "pal as a cold address still goads",
        dict(text="Take it somewhere else pal 🙄 nobody's interested", reply=COMPLAINT),
        "escalation",
    ),
]

NEGATIVES = [
    (
        "an eye-roll alone at a screenshot",
        dict(
            text="This is what lands in my inbox at midnight 🙄",
            attachments=_shot("Screenshot of an email from Norman Ives", "Norman Ives"),
        ),
        "disrepute",
    ),
    (
        "a photo of people, not their words",
        dict(
            text="Best moment of the pancake race 😂 well run everyone",
            attachments=_shot("Photo of runners tumbling over the finish line", "Norman Ives"),
        ),
        "disrepute",
    ),
    (
        "a message shared with thanks",
        dict(
            text="This made my day 😂 thanks Wendy for the poem about the potholes",
            attachments=_shot("Screenshot of a message from Wendy Hale with a poem", "Wendy Hale"),
        ),
        "disrepute",
    ),
    (
        "a message shared with consent",
        dict(
            text="Norman's verdict on the new bus timetable 😂",
            attachments=_shot(
                "Screenshot of Norman Ives's comment", "Norman Ives", consents=("c-9",)
            ),
        ),
        "disrepute",
    ),
    (
        "the next culprit caught told to pick up the litter",
        dict(
            text="Next time I catch the kids who dropped the chip papers I'll make them pick it up."
        ),
        "hostile-language",
    ),
    (
        "the next culprit caught is reported",
        dict(
            text="Next time I catch whoever's tipping by the pond I'll report them to the police."
        ),
        "unlawful-allegation",
    ),
    (
        "a glazier putting windows in",
        dict(text="Took the old frames out and put their windows in today, lovely job."),
        "unlawful-allegation",
    ),
    (
        "a visit with a card",
        dict(
            text="Norman Ives turns 90 on Sunday, lives on Mill Row. Someone should pay him a "
            "visit with a card, he loves company."
        ),
        "hostile-language",
    ),
    (
        "a pal with a welder",
        dict(
            text="They were rotten through mate. Between you and me I've a pal with a welder 😉",
            reply=QUESTION,
        ),
        "escalation",
    ),
    (
        "gutted for you pal",
        dict(
            text="Gutted for you pal. Report it on 101, they'll give you a crime number.",
            reply=BURGLED,
        ),
        "escalation",
    ),
]


test_family_fires = family_fires(POSITIVES)
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES)
