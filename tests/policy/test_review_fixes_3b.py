"""Table-driven tests for the session-6 review's items 4, 5, 7 and 8 (fixer B).

Each reviewer's repro is a hard negative here, beside the positive it must not cost:

- 6.8: a soundtrack alone is not copyright ("no soundtrack", "the band playing live", "the
  soundtrack of the crowd cheering", "the song the school choir wrote"); one named as a
  commercial recording still is ("the full commercial recording of Oasis's 'Wonderwall'").
- 4.3: a paid post by a councillor who is not standing backs a candidate only when the candidate
  is the object of the verb ("I'm supporting Owen Cole on 4 May"), not when the candidate did the
  supporting ("Thanks to Alice Brennan for supporting the fete") or the verb is negated ("I'm not
  backing either").
- 6.7: friends named in the post but not in the picture ("Lily leading the parade with her
  friends", a photo of Lily Shaw alone) are not pictured without consent; friends the picture's
  description shows ("Children counting down") are.
- G.4: "who do I speak to?" answered with the person and what they will do ("the Clerk can log a
  complaint for you") is an answer; a stray "see" ("see you Tuesday") is not.

Every case is written for the Ashby Green test registers (tests/policy/context.yaml): consent
c-1 covers Lily Shaw at the summer fete 2027 on the official page; Alice Brennan (p-chair) and
Owen Cole (p-cllr-cole) stand at e-2028, whose period runs from 27 March to 4 May 2028; Priya
Dunn (p-cllr-dunn) does not stand.
"""

from __future__ import annotations

import pytest

from civicpost.policy.post import Attachment

from .conftest import make_post, rules_raised

FETE_DAY = "2027-07-03T15:00:00+01:00"
IN_PERIOD = "2028-04-10T12:00:00+01:00"


def _video(description: str) -> tuple[Attachment, ...]:
    return (Attachment("video", description),)


def _lily(description: str) -> tuple[Attachment, ...]:
    return (
        Attachment("image", description, people=("Lily Shaw",), minors=True, consents=("c-1",)),
    )


def _paid(text: str) -> dict:
    return dict(text=text, author="p-cllr-dunn", paid=True, at=IN_PERIOD)


INVOICE_Q = "Who do I speak to about my allotment invoice?"

POSITIVES = [
    (
        "6.8: a commercial recording named as the soundtrack",
        dict(
            text="Our gala highlights 🎉",
            kind="official",
            attachments=_video(
                "Gala highlights edited with the full commercial recording of Oasis's "
                "'Wonderwall' as the soundtrack"
            ),
        ),
        "copyright-material",
    ),
    (
        "6.8: a track by a named band as the soundtrack",
        dict(
            text="Bonfire night 🎆",
            kind="official",
            attachments=_video(
                "Fireworks over the green, with a song by The Killers as the soundtrack"
            ),
        ),
        "copyright-material",
    ),
    (
        "4.3: a paid post supporting a candidate by name",
        _paid("I'm supporting Owen Cole on 4 May, he's done loads for Ashby Green."),
        "election-advertising",
    ),
    (
        "4.3: re-elect a candidate",
        _paid("Re-elect Cllr Alice Brennan, a chair who listens 🗳️"),
        "election-advertising",
    ),
    (
        "6.7: friends in the post, several children in the picture",
        dict(
            text="Summer fete 🎉 Lily and her friends leading the countdown!",
            kind="official",
            at=FETE_DAY,
            attachments=_lily("Children counting down in front of the stage"),
        ),
        "minor-without-consent",
    ),
    (
        "6.7: teammates in the post and in the picture",
        dict(
            text="Summer fete 🎉 Lily and her teammates won the tug of war!",
            kind="official",
            at=FETE_DAY,
            attachments=_lily("Lily Shaw and her teammates holding the rope"),
        ),
        "minor-without-consent",
    ),
    (
        "G.4: who to speak to, answered with a stray 'see' and no one to deal with it",
        dict(
            text="Bet you'd love to know, wouldn't you. See you at the meeting, Ruth.",
            reply=INVOICE_Q,
        ),
        "resolution-route",
    ),
]

NEGATIVES = [
    (
        "6.8: no soundtrack",
        dict(
            text="Litter pick timelapse!",
            kind="official",
            attachments=_video("Timelapse of the litter pick, no soundtrack"),
        ),
        "copyright-material",
    ),
    (
        "6.8: soundtrack removed",
        dict(
            text="Gala drone footage",
            kind="official",
            attachments=_video("Drone footage, no background music, soundtrack removed"),
        ),
        "copyright-material",
    ),
    (
        "6.8: the band playing live",
        dict(
            text="Here's the lantern parade from last night",
            kind="official",
            attachments=_video(
                "Lantern parade, the soundtrack is the band playing live on the night"
            ),
        ),
        "copyright-material",
    ),
    (
        "6.8: the soundtrack of the crowd",
        dict(
            text="Our bonfire night video",
            kind="official",
            attachments=_video("Fireworks with the soundtrack of the crowd cheering"),
        ),
        "copyright-material",
    ),
    (
        "6.8: a song the school choir wrote",
        dict(
            text="Our video of the fete, set to the song the kids chose 😊",
            kind="official",
            attachments=_video("Fete highlights set to the song the school choir wrote and sang"),
        ),
        "copyright-material",
    ),
    (
        "4.3: the candidate did the supporting",
        _paid("Thanks to Alice Brennan for supporting the fete, brilliant turnout."),
        "election-advertising",
    ),
    (
        "4.3: backing negated",
        _paid(
            "Both candidates, Alice Brennan and Owen Cole, came to the hustings; I'm not backing "
            "either, just glad of the turnout."
        ),
        "election-advertising",
    ),
    (
        "6.7: friends in the post, the consented child alone in the picture",
        dict(
            text="Summer fete 🎉 Lily leading the parade with her friends",
            kind="official",
            at=FETE_DAY,
            attachments=_lily("Lily Shaw with her lantern"),
        ),
        "minor-without-consent",
    ),
    (
        "6.7: teammates in the post, the consented child alone in the picture",
        dict(
            text="Summer fete 🎉 Lily and her teammates won the tug of war!",
            kind="official",
            at=FETE_DAY,
            attachments=_lily("Lily Shaw lifting the cup"),
        ),
        "minor-without-consent",
    ),
    (
        "G.4: the Clerk can log a complaint (personal)",
        dict(text="The Clerk can log a complaint for you.", reply=INVOICE_Q),
        "resolution-route",
    ),
    (
        "G.4: the Clerk can log a complaint (council page)",
        dict(
            text="The Clerk can log a complaint for you.",
            kind="official",
            author="p-clerk",
            reply=INVOICE_Q,
        ),
        "resolution-route",
    ),
    (
        "G.4: sent to a named person",
        dict(text="Ask Ruth, she'll help you out.", reply=INVOICE_Q),
        "resolution-route",
    ),
]


@pytest.mark.parametrize(("label", "kwargs", "slug"), POSITIVES, ids=[c[0] for c in POSITIVES])
def test_review_fix_fires(ctx, label, kwargs, slug):
    assert slug in rules_raised(make_post(**kwargs), ctx), label


@pytest.mark.parametrize(("label", "kwargs", "slug"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_review_fix_stays_quiet(ctx, label, kwargs, slug):
    assert slug not in rules_raised(make_post(**kwargs), ctx), label
