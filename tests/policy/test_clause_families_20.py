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
councillor running down the council (6.3).
"""

from __future__ import annotations

from .conftest import family_fires, near_miss_stays_quiet

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
        "gin put in the fridge",
        dict(text="Bought a bottle of gin for the raffle, it's in the fridge at the Reading Room."),
        "disrepute",
    ),
]

test_family_fires = family_fires(POSITIVES)
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES)
