"""Table-driven tests for session 17's second rule round (round 25).

Found on devstyle253-268 (blind in cycle 1 of session 17, open since), checked against the
Treeton registers (treeton-context.yaml): the council's page read by the 6.2 head as giving a view
in the council's name while a pre-election period runs is a 4.2 hint (the dev-style writers add
4.2 to every such post of the Clerk's); not outside the period, not a neutral notice in it, and
not a personal account.
"""

from __future__ import annotations

import dataclasses

from civicpost.policy import check, load_pack

from .conftest import (
    family_fires,
    make_post,
    near_miss_stays_quiet,
    rules_raised,
    with_thresholds,
)

IN_PERIOD = "2027-05-25T10:00:00+01:00"  # the Treeton South by-election's period
BEFORE = "2027-03-25T10:00:00+00:00"
VIEW = (
    "After January, proper lighting on Wood Lane is the number one issue for Treeton South, and "
    "the parish council will be pushing Rotherham hard on it whoever wins on 10 June."
)

POSITIVES_25 = [
    (
        "a view in the council's name on its page in the period",
        dict(text=VIEW, kind="official", author="p-clerk", at=IN_PERIOD),
        "reads-as-period-stance",
    ),
]

NEGATIVES_25 = [
    (
        "the same view before the period",
        dict(text=VIEW, kind="official", author="p-clerk", at=BEFORE),
        "reads-as-period-stance",
    ),
    (
        "a neutral notice in the period",
        dict(
            text="The litter pick is on Saturday at 10am from the Miners' Welfare. Gloves and "
            "bags provided.",
            kind="official",
            author="p-clerk",
            at=IN_PERIOD,
        ),
        "reads-as-period-stance",
    ),
    (
        "the view on a personal account in the period",
        dict(text=VIEW, author="p-cllr-ahmed", at=IN_PERIOD),
        "reads-as-period-stance",
    ),
]

test_family_fires_25 = family_fires(POSITIVES_25, context="treeton")
test_near_miss_stays_quiet_25 = near_miss_stays_quiet(NEGATIVES_25, context="treeton")


def test_a_post_without_a_time_is_checked_as_of_now(treeton):
    """A post with no time (plain text from the command line) is judged as of now, as the other
    rules judge it, and the period hint does not fail on it."""
    post = dataclasses.replace(make_post(VIEW, kind="official", author="p-clerk"), at=None)
    assert "reads-as-council-view" in rules_raised(post, treeton)


def test_the_period_hint_reads_its_own_threshold(treeton):
    """The period hint reads the 6.2 head at the pack's ``period_stance_head``, not at the 6.2
    hint's threshold: raised above the post's probability, the hint stays quiet."""
    post = make_post(VIEW, kind="official", author="p-clerk", at=IN_PERIOD)
    pack = load_pack()
    assert "reads-as-period-stance" in {f.rule for f in check(post, treeton, pack).findings}
    strict = with_thresholds(pack, period_stance_head=0.999)
    assert "reads-as-period-stance" not in {f.rule for f in check(post, treeton, strict).findings}
