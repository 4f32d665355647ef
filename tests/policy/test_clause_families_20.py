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
can be published ("we'll name the firm once it's signed") discloses nothing (6.5). Found on
devstyle69-76 after their blind scores (caution or breach on clean posts): (14) "but the council
decided", "decided properly" are grace, and "whatever they tell me" is no defiance (6.4); (15)
"Rotherham has published the candidates: X and Y" (4.2); (16) a crime by someone unknown,
reported to the police, charges nobody, and "ask the Treasury where the money went" asks a body
(6.10, 6.9); (17) "my youngest two", "no other children in shot" (6.7); (18) a role mailbox
("report@") is no one's personal data (6.5); (19) "if it's about how a councillor behaved, that's a
code of conduct complaint to ..." explains a procedure (6.5). From 1,000 UK MPs' tweets checked
as a councillor's posts: (20) a name just after a public office ("Labour Councillor Helen Hayden",
"Minister James Cleverly") is a public figure, not a private individual (6.7).
"""

from __future__ import annotations

import pytest

from civicpost.policy.post import Attachment

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
        "someone on the council charged",
        dict(text="Somebody walked off with the float, and everyone knows it was Darren Smith."),
        "unlawful-allegation",
    ),
    (
        "someone else's children on the slide",
        dict(
            text="Look at this lot on the new rec slide 😄",
            attachments=(
                Attachment(description="Three children going down the slide", minors=True),
            ),
        ),
        "minor-without-consent",
    ),
    (
        "a resident's own email address",
        dict(text="Email Sharon on sharon.mellor77@gmail.com if you want a lift."),
        "personal-data",
    ),
    (
        "a private individual named in full",
        dict(text="Congratulations to Helen Hayden on her new job at the Co-op."),
        "name-without-permission",
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
        "a crime by someone unknown, reported to the police",
        dict(
            text="Somebody walked off with the charity jar from the Welfare bar on Friday night 😡 "
            "It's been reported to South Yorkshire Police. If you saw owt, ring 101."
        ),
        "unlawful-allegation",
    ),
    (
        "a question for the Treasury",
        dict(
            text="Fourteen years of cuts. If your precept goes up, ask the Treasury where the "
            "money went."
        ),
        "unlawful-allegation",
    ),
    (
        "one's own youngest two on the slide",
        dict(
            text="Best free afternoon going: my youngest two on the new rec slide 😄",
            attachments=(
                Attachment(
                    description="Owen Cole's two younger children going down the slide; no other "
                    "children in shot",
                    minors=True,
                ),
            ),
        ),
        "minor-without-consent",
    ),
    (
        "a government role mailbox",
        dict(text="Please forward dodgy emails to report@phishing.gov.uk and block the sender."),
        "personal-data",
    ),
    (
        "a councillor of another council named",
        dict(text="Congratulations on the re-election of Labour Councillor Helen Hayden."),
        "name-without-permission",
    ),
    (
        "a minister named",
        dict(text="In response to my question, Minister James Cleverly refused to support it."),
        "name-without-permission",
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


# (15) "has published the candidates: X and Y"
def test_candidates_published(ctx):
    post = make_post(
        "Nominations have closed and the borough has published the candidates: Alice Brennan "
        "and Owen Cole.",
        kind="official",
        author="p-clerk",
        at="2028-04-10T12:00:00+01:00",
    )
    assert "pre-election-period" not in rules_raised(post, ctx)


# (14) A decision disagreed with and accepted; defiance is still caught
_PLAY = {
    "id": "d-t2", "date": "2026-05-12", "minute": "26/066", "body": "Full Council",
    "resolution": "RESOLVED that the wooden play equipment at Mill Lane play area be removed on "
    "safety grounds and not replaced until external funding is secured.",
    "keywords": ["Mill Lane play area", "play equipment", "playground", "swings"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("I still think taking out the Mill Lane play equipment was the wrong call, and I said so "
         "at the time. But the council decided, and the job now is finding funding to replace "
         "it. Know of any grants? Message me.", False),
        ("Taking out the Mill Lane play equipment was the wrong call and it was decided properly "
         "anyway. I've asked the inspector to look again and I'll share whatever they tell me.",
         False),
        ("Taking out the Mill Lane play equipment was the wrong call. Whatever the council says, "
         "bring your tools Saturday and we'll put the swings back up ourselves.", True),
    ],
)  # fmt: skip
def test_decision_disagreed_with_and_accepted(text, fires):
    ctx = registers_with(decisions=[_PLAY])
    post = make_post(text, at="2027-03-14T12:00:00+00:00")
    assert ("contrary-to-decision" in rules_raised(post, ctx)) is fires


# (19) The route for a complaint about a councillor explained; the matter itself told is caught
@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("If it's about how a councillor behaved, that's a code of conduct complaint to the "
         "Monitoring Officer.", False),
        ("There's a code of conduct complaint against Cllr Cole, the Monitoring Officer is on it.",
         True),
    ],
)  # fmt: skip
def test_route_for_a_complaint_explained(text, fires):
    ctx = registers_with(
        confidential=[
            {"id": "k-t6", "title": "Code of conduct complaint under assessment",
             "keywords": ["code of conduct complaint", "standards complaint"],
             "until": "2027-06-30"}
        ]
    )  # fmt: skip
    post = make_post(text, author="p-clerk", at="2027-01-07T12:00:00+00:00")
    assert ("confidential-information" in rules_raised(post, ctx)) is fires
