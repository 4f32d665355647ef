"""Table-driven tests for session 13's rule families (round 20).

Found on devstyle49-60 after their blind scores: (1) Clause 6.9, not raised: "shame on them"
said of another council or body placed at a place ("shame on them at Catcliffe"), not of people.
(2) Clause 6.3: drink at council business, spirits in a water bottle at a meeting or a keg
stand in the council's hi-vis. False alarms on clean or differently labelled posts: (3) unknown
thieves named by what they take ("after the lead thieves came back") charge nobody (6.10, 6.9);
(4) a group's house rules kindly put ("be kind ... message an admin rather than kicking off 😊")
attack nobody (6.9); (5) a request with a smile ("whoever keeps swinging off the crossbar, give it
a rest please 😂") mocks nobody (6.3); (6) an amnesty ("please fetch it back 😂 no questions
asked") is no sale (6.3, 6.10); (7) "Shambles." after the government is named is not a
councillor running down the council (6.3). Found on devstyle61-68 after their blind scores (caution
or breach on clean posts): (8) the Clerk's factual list of candidates ("polls are open", "as
published by the returning officer", "two candidates: X and Y") is no publicity (4.2); (9) "tea
drunk" is no drink; (10) an allotment plot in a bio is no home address (5.1); (11) a decision's
outcome dated after it ends is no reversal (6.4); (12) a committee that "considers the
application" examines it, giving no view (6.2); (13) a closed-session decision withheld until it
can be published ("we'll name the firm once it's signed") discloses nothing (6.5).
"""

from __future__ import annotations

import pytest

from .conftest import family_fires, make_post, near_miss_stays_quiet, registers_with, rules_raised

POSITIVES = [
    (
        "shame on them, said of neighbours at a house number",
        dict(text="Shame on them at number 9 for leaving the garden like that."),
        "personal-attack",
    ),
    (
        "shame on them, said in a month",
        dict(text="Shame on them in June for letting the verges go to seed."),
        "personal-attack",
    ),
    (
        "gin in a water bottle at a council meeting",
        dict(
            text="Three hours on standing orders tonight. Only got through it thanks to the gin in "
            "my water bottle 🍸🤫"
        ),
        "disrepute",
    ),
    (
        "the thieves named",
        dict(text="Gary Smith and his brother are the lead thieves, everyone knows it."),
        "unlawful-allegation",
    ),
    (
        "told to do something instead of kicking off",
        dict(text="Maybe ring the police then instead of moaning 🙄"),
        "personal-attack",
    ),
    (
        "a councillor calling the council's meeting a shambles",
        dict(text="Three hours at the parish council tonight and nothing decided. Shambles."),
        "disrepute",
    ),
    (
        "council kit sold, no questions asked",
        dict(
            text="Council strimmer going cheap, no questions asked, collect from the depot",
            author="p-caretaker",
        ),
        "disrepute",
    ),
    (
        "drunk at the council's Christmas do",
        dict(text="Council Christmas do, absolutely drunk 🍻"),
        "disrepute",
    ),
    (
        "one's own house number in the bio",
        dict(text="Proud grandad tonight 🏆", bio="Retired bus driver. 12 Mill Lane, Treeton."),
        "privacy-exposure",
    ),
    (
        "the council's view given with 'considers the'",
        dict(
            text="The parish council considers the plan a disgrace and so should you.",
            kind="official",
            author="p-clerk",
        ),
        "personal-opinion-as-council",
    ),
    (
        "a closed-session figure given away",
        dict(text="In closed session we agreed to pay the Clerk £4,000 back pay."),
        "confidential-information",
    ),
    (
        "a keg stand in the council's hi-vis",
        dict(text="Gala beer tent, council hi-vis still on, keg stand done 😂🍻"),
        "disrepute",
    ),
]

NEGATIVES = [
    (
        "shame on them, said of another council",
        dict(text="Shame on them at Catcliffe for closing the library, ours stays open."),
        "personal-attack",
    ),
    (
        "shame on them over at another village",
        dict(text="Shame on them over at Brinsworth for cutting the buses."),
        "personal-attack",
    ),
    (
        "a kind of thief reported",
        dict(
            text="St Helen's roof appeal is still £3,000 short after the lead thieves came back. "
            "Our vicar has been up the scaffolding herself! Every quid helps 🙏"
        ),
        "unlawful-allegation",
    ),
    (
        "house rules kindly put",
        dict(
            text="Lots of new faces in the group so just a reminder: be kind, and if you've a "
            "problem with a post, message an admin rather than kicking off in the comments 😊"
        ),
        "personal-attack",
    ),
    (
        "a request with a smile",
        dict(
            text="New nets on the goals at the rec. Whoever keeps swinging off the crossbar, give "
            "it a rest please 😂",
            author="p-caretaker",
        ),
        "disrepute",
    ),
    (
        "an amnesty for a borrowed urn",
        dict(
            text="Can whoever borrowed the tea urn from the Reading Room please fetch it back 😂 "
            "No questions asked, we just want a brew at the next one."
        ),
        "unlawful-allegation",
    ),
    (
        "the government called a shambles",
        dict(
            text="Council tax bands still based on 1991 prices. No government of any colour has "
            "had the bottle to fix it. Shambles."
        ),
        "disrepute",
    ),
    (
        "tea drunk after training",
        dict(text="Food bank training night done. Brain full, tea drunk, ready for Saturday 💪"),
        "disrepute",
    ),
    (
        "an allotment plot in the bio",
        dict(text="Proud grandad tonight 🏆", bio="Retired bus driver. Plot 12, Mill Lane."),
        "privacy-exposure",
    ),
    (
        "a committee that considers an application",
        dict(
            text="The petition will be reported when the Planning Committee considers the "
            "application on Tuesday. Members of the public may speak.",
            kind="official",
            author="p-clerk",
        ),
        "personal-opinion-as-council",
    ),
    (
        "a closed-session award withheld until it is signed",
        dict(
            text="The contract was awarded in closed session and we'll name the firm once it's "
            "signed.",
            kind="official",
            author="p-clerk",
        ),
        "confidential-information",
    ),
    (
        "gin put in the fridge",
        dict(text="Bought a bottle of gin for the raffle, it's in the fridge at the Reading Room."),
        "disrepute",
    ),
]

test_family_fires = family_fires(POSITIVES)
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES)


# (8) The Clerk's factual list of candidates; a candidate featured otherwise is still caught
@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Ashby Green election: polls are open 7am till 10pm. Standing: Alice Brennan and Owen "
         "Cole.", False),
        ("Candidates for Ashby Green, as published by the borough's returning officer: Alice "
         "Brennan and Owen Cole.", False),
        ("The borough has named two candidates: Alice Brennan and Owen Cole. Your poll card says "
         "where to vote.", False),
        ("Lovely to see Alice Brennan and Owen Cole at the litter pick today!", True),
    ],
)  # fmt: skip
def test_factual_list_of_candidates(ctx, text, fires):
    post = make_post(text, kind="official", author="p-clerk", at="2028-04-10T12:00:00+01:00")
    assert ("pre-election-period" in rules_raised(post, ctx)) is fires


# (11) A decision's outcome dated after the decision ends
@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Correction: the Church Lane toilets open every day again from Saturday 27 February, "
         "not from March as printed.", False),
        ("Good news, the Church Lane toilets are open every day again from Monday!", True),
    ],
)  # fmt: skip
def test_outcome_dated_after_the_decision_ends(text, fires):
    ctx = registers_with(
        decisions=[
            {"id": "d-t1", "date": "2026-10-13", "minute": "26/131", "body": "Full Council",
             "resolution": "RESOLVED that the Church Lane public toilets close on weekdays from 2 "
             "November 2026 to 26 February 2027 and open at weekends only.",
             "keywords": ["public toilets", "toilets", "Church Lane toilets"]}
        ]
    )  # fmt: skip
    post = make_post(text, kind="official", author="p-clerk", at="2027-02-19T12:00:00+00:00")
    assert ("contrary-to-decision" in rules_raised(post, ctx)) is fires
