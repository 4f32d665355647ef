"""Table-driven tests for the session-6 review fixes, fixer A: 6.9, 6.10 and G.2.

Items: (1) the warning to the next culprit caught ("next time I catch them ... I'll wrap the bikes
round their necks") read friendly news as threats ("next time I see the lads from the band I'll
tell them they smashed it", "when we catch up with the Tigers lads ... smashing the league", "when
I see the Scouts I'll thank them, they'll be burning the candle at both ends"), and missed "the
second we catch ..."; (2) "pal" searched the whole reply for sympathy once per "pal" (quadratic:
timings are in bench/long_posts.py terms, not here), so only the finding is checked; (3) a pictured
message laughed at (6.9; 6.3 since session 11) caught praise and the poster's own name: a quoted
compliment cancelled the thanks exemption, "priceless" and "made me laugh" were not kindly, and a
picture of the poster's own name or of a newspaper counted as someone ridiculed; (6) "should give
them a knock" with a house number read as harassment when the knock is to welcome them. Every case
is written for the Ashby Green test registers (tests/policy/context.yaml).
"""

from __future__ import annotations

from civicpost.policy import load_pack
from civicpost.policy.post import Attachment
from civicpost.policy.rules import Checking
from civicpost.policy.rules.structures.replies import shown_up

from .conftest import family_fires, make_post, near_miss_stays_quiet

COMPLAINT = "Bins on Orchard Way not emptied again, the parish council is useless."


def _shot(description: str, *people: str) -> tuple[Attachment]:
    return (Attachment("image", description, people=people, source="third_party"),)


POSITIVES = [
    (
        "the second we catch the culprits: broken legs",
        dict(text="The second we catch the lads who wrecked the planters we'll break their legs."),
        "hostile-language",
    ),
    (
        "the second we catch the culprits: against the law too",
        dict(text="The second we catch the lads who wrecked the planters we'll break their legs."),
        "unlawful-allegation",
    ),
    (
        "when we catch them: harm promised as we'll",
        dict(text="When we catch them little toerags on the green we'll put them in hospital."),
        "unlawful-allegation",
    ),
    (
        "a scare-quoted label still makes the lovely email sarcastic",
        dict(
            text="Had a lovely email from a 'concerned resident' today 😂 enjoy",
            attachments=_shot("Screenshot of an email from Norman Ives", "Norman Ives"),
        ),
        "disrepute",
    ),
    (
        "a resident's comment laughed at, not the poster's",
        dict(
            text="Ha, look what Wendy's put on the group 😂 'the parish should of gritted it'",
            attachments=_shot("Screenshot of Wendy Hale's comment", "Wendy Hale"),
        ),
        "disrepute",
    ),
    (
        "a long reply repeating pal still goads",
        dict(text="ok pal " * 2000, reply=COMPLAINT),
        "escalation",
    ),
]

_FRIENDLY_NEXT = [
    "Next time I see the lads from the brass band I'll tell them they smashed it at the fete!",
    "When we catch up with the Tigers lads I'll get a photo, they'll be buzzing after smashing "
    "the league.",
    "When I see the Scouts I'll thank them, they'll be burning the candle at both ends this week.",
    "Next time I catch the kids doing the litter pick I'll bring biscuits, they'll have earned "
    "them.",
]

NEGATIVES = [
    *(
        (f"friendly news passed on ({slug}): {text[:30]}", dict(text=text), slug)
        for text in _FRIENDLY_NEXT
        for slug in ("hostile-language", "unlawful-allegation")
    ),
    *(
        (f"a knock to welcome them ({slug}): {text[:24]}", dict(text=text), slug)
        for text in (
            "Some of us should give them a knock at 4 Church Lane and welcome them to the "
            "village 👍",
            "New family at 12 Orchard Way, someone should give them a knock and see if they're ok.",
        )
        for slug in ("hostile-language", "unlawful-allegation")
    ),
    (
        "official: the kids' letters to Santa are priceless",
        dict(
            text="😂 The kids' letters to Santa this year are priceless, 'please can I have a "
            "horse'",
            kind="official",
            attachments=_shot("Letters to Santa from the post box", "children"),
        ),
        "disrepute",
    ),
    (
        "a review that made me laugh",
        dict(
            text="This review of our fete made me laugh 😂 'best bouncy castle in the county'",
            attachments=_shot("Screenshot of a Facebook review of the fete", "Wendy Hale"),
        ),
        "disrepute",
    ),
    (
        "the poster's own name got wrong",
        dict(
            text="Ha, the Echo got my name wrong again 😂",
            attachments=_shot("Screenshot of the Echo's post", "Owen Cole"),
        ),
        "disrepute",
    ),
    (
        "a newspaper's post pictured",
        dict(
            text="Ha, they've spelt the village wrong again 😂",
            attachments=_shot("Screenshot of the post", "Ashby Echo"),
        ),
        "disrepute",
    ),
    (
        "pal in sympathy, many times",
        dict(text="sorry to hear that pal. " + "pal " * 500, reply=COMPLAINT),
        "escalation",
    ),
]


test_family_fires = family_fires(POSITIVES)
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES)


def test_quoted_compliment_is_not_shown_up(ctx):
    """The thanks exemption, asked of the structure itself: on the council's page the post is
    noted under 6.3 for laughing at 'a resident' anyway (public_targets), so the rule's verdict
    cannot show it (session 11 moved the pictured-and-laughed-at family from 6.9 to 6.3)."""
    post = make_post(
        "Lovely message from a resident this morning 😂❤️ 'the best council in the county!'",
        kind="official",
        attachments=_shot("Screenshot of a message from Norman Ives", "Norman Ives"),
    )
    assert shown_up(Checking(post, ctx, load_pack())) is None
