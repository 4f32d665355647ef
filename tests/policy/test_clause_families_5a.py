"""Table-driven tests for the fifth round, lane a: 6.9 and 6.10.

Families: put-downs aimed at the person rather than the point (condescension, sending someone
away like a child, sneering at how much they complain, ridiculing competence or a colleague's
absence); contempt for a party's voters; derision of faith and the culture-war framing of a
festival; xenophobia by the language heard; slurs for residents (6.9); a suggestion to put a
camera out of action; a person named as the culprit in a cleft; a threat of violence or damage
by the speaker; a firm charged with ripping off the council; refusing tax, not a council
charge (6.10). Every case is written for the Ashby Green test registers
(tests/policy/context.yaml); hard negatives sit next to the positives.
"""

from __future__ import annotations

import pytest

from .conftest import family_fires, make_post, rules_raised

HEATED = "This council is a waste of space. Nobody ever listens to us."

POSITIVES = [
    # 6.9: put-downs
    (
        "if you'd bothered to read",
        dict(text="If you'd bothered to read the newsletter you'd know the hall reopens in May."),
        "personal-attack",
    ),
    (
        "let the grown-ups talk",
        dict(text="Norman, sit down and let the grown-ups talk.", reply=HEATED),
        "personal-attack",
    ),
    (
        "on her soapbox",
        dict(text="And there's Wendy on her soapbox about the verges 🙄", reply=HEATED),
        "personal-attack",
    ),
    (
        "half as long moaning",
        dict(
            text="If you spent half as long at the litter pick as you do moaning on here, "
            "Mill Field would be spotless.",
            reply=HEATED,
        ),
        "personal-attack",
    ),
    (
        "too much time on their hands",
        dict(text="Some folk round Ashby Green have far too much time on their hands."),
        "personal-attack",
    ),
    (
        "some people like a moan",
        dict(text="The bins went out on time. Some people just love a good moan."),
        "personal-attack",
    ),
    (
        "wipe their noses",
        dict(text="Moaning about the snow again, do they want us to wipe their noses as well?"),
        "personal-attack",
    ),
    (
        "couldn't find with a map",
        dict(text="The highways lot couldn't find their own office with a map and a compass."),
        "personal-attack",
    ),
    (
        "couldn't add up a darts score",
        dict(text="Our treasurer couldn't add up a darts score."),
        "personal-attack",
    ),
    (
        "couldn't be bothered to turn up",
        dict(text="Cllr Dunn couldn't be bothered to turn up again. Says it all."),
        "personal-attack",
    ),
    # 6.9: contempt for a party's voters
    (
        "voters deserve harm",
        dict(text="Anybody who votes Green deserves to be snowed in all winter."),
        "personal-attack",
    ),
    (
        "voters deserve what they get",
        dict(text="If you still vote Lib Dem after all that you deserve everything you get."),
        "personal-attack",
    ),
    (
        "voters lose the right to moan",
        dict(text="If you voted Labour you've no right to complain about the buses."),
        "personal-attack",
    ),
    # 6.9: faith and community
    (
        "derision of faith",
        dict(text="Bells ringing at 8am on a Sunday, religion is a joke, give it a rest."),
        "hostile-language",
    ),
    (
        "culture-war framing",
        dict(text="Merry Christmas, not 'winter festival', whatever the woke brigade say."),
        "hostile-language",
    ),
    (
        "faith group generalised",
        dict(text="The mosques never pay towards the Mill Field clean-up, funny that."),
        "hostile-language",
    ),
    (
        "xenophobia by language",
        dict(text="Queued at the post office and heard more Polish than English. Sad times."),
        "hostile-language",
    ),
    (
        "migrants jump the queue",
        dict(text="Asylum seekers get a flat straight away and our lads wait years."),
        "hostile-language",
    ),
    ("slur for residents", dict(text="The junkies on Quarry Lane again."), "personal-attack"),
    (
        "insult that is a person",
        dict(text="Had words with that jumped-up man from the highways depot."),
        "personal-attack",
    ),
    # 6.10: damage to cameras suggested
    (
        "spray paint would do the job",
        dict(text="New cameras on Mill Field. Bit of spray paint on the lens would sort it 😉"),
        "unlawful-allegation",
    ),
    (
        "cut the wires",
        dict(text="That speed camera on Main Street, hope somebody cuts the wires."),
        "unlawful-allegation",
    ),
    (
        "bag over it with a wink",
        dict(text="CCTV by the pavilion? Stick a bin bag over it lads 😉"),
        "unlawful-allegation",
    ),
    # 6.10 (and 6.9 in full): a named culprit
    (
        "cleft with a full name",
        dict(text="It's Norman Ives that's been having the lead off the chapel roof."),
        "unlawful-allegation",
    ),
    (
        "cleft names a full name: 6.9 too",
        dict(text="It's Norman Ives that's been having the lead off the chapel roof."),
        "personal-attack",
    ),
    (
        "the one fly-tipping",
        dict(text="Wendy Hale's the one fly-tipping behind the hall."),
        "unlawful-allegation",
    ),
    (
        "everyone knows it was the lad",
        dict(text="Everyone knows it was the Hale lad who nicked the bikes from the rec."),
        "unlawful-allegation",
    ),
    # 6.9 / 6.10: threats of harm by the speaker
    (
        "leaving in an ambulance",
        dict(text="Touch my car again and they'll be leaving in an ambulance."),
        "unlawful-allegation",
    ),
    (
        "let his tyres down",
        dict(text="If he blocks my drive once more I'll be letting his tyres down myself."),
        "hostile-language",
    ),
    (
        "a good hiding for whoever",
        dict(text="A good hiding for whoever smashed the bus shelter, that's what's needed."),
        "hostile-language",
    ),
    (
        "going round with a bat",
        dict(text="It's them at number 6. Going round tonight with my bat."),
        "unlawful-allegation",
    ),
    # 6.10: a firm charged, the council the victim
    (
        "firm ripped the council off",
        dict(text="Avoid Dale Paving. Absolute crooks, they've ripped the council off."),
        "unlawful-allegation",
    ),
    # 6.10: refusing tax
    (
        "not paying the parish precept",
        dict(text="I'd just not pay the parish bit of the bill, what can they do."),
        "unlawful-allegation",
    ),
]

_LANE_A = {"personal-attack", "hostile-language", "unlawful-allegation"}

NEGATIVES = [
    (
        "helpful pointer, not a put-down",
        dict(text="If you read the newsletter you'll find the dates for the litter pick."),
    ),
    (
        "own absence owned",
        dict(text="I couldn't be bothered to turn up to the quiz, too tired. Sorry all!"),
    ),
    ("own time on own hands", dict(text="Retired now, so I've too much time on my hands!")),
    (
        "couldn't find a venue",
        dict(text="We couldn't find a venue with a car park, so the fete is on Mill Field."),
    ),
    (
        "voters deserve to be heard",
        dict(text="Anyone who votes Green deserves to be heard, like everyone else."),
    ),
    ("church as a building", dict(text="About time the church roof got fixed.")),
    (
        "church in a place name",
        dict(text="What's next for Church Lane? The resurfacing starts in June?"),
    ),
    (
        "festival greeting",
        dict(text="Merry Christmas and happy holidays to everyone in Ashby Green!"),
    ),
    (
        "language class",
        dict(text="The Polish and English conversation class meets on Thursdays at the hall."),
    ),
    (
        "vandalism reported to police",
        dict(text="Someone sprayed paint over the Mill Field camera. Police have been told."),
    ),
    (
        "bag over camera in earnest",
        dict(text="The cameras are a waste of money. Someone should put a cover over them."),
    ),
    (
        "a witness, not a culprit",
        dict(text="It was Wendy Hale who reported the dumping behind the hall, thank you Wendy."),
    ),
    (
        "ambulance as service",
        dict(text="Thanks to the crew who took Norman home in an ambulance after his fall."),
    ),
    (
        "tyres on own car",
        dict(text="Somebody let my tyres down last night, reported it to the police."),
    ),
    (
        "criticising a party",
        dict(text="The government has let councils down on funding for a decade."),
    ),
    (
        "council charge refused",
        dict(text="Hall users: don't pay the new hire rate until the meeting on the 9th."),
    ),
    (
        "cash in hand labour",
        dict(text="Anyone know a lad to cut my hedge? Happy to pay cash in hand."),
    ),
    (
        "quoted insult condemned",
        dict(text="Someone called our warden 'a druggie' online. That's vile and untrue."),
    ),
]


test_family_fires = family_fires(POSITIVES)


@pytest.mark.parametrize(("label", "kwargs"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_near_miss_stays_quiet(ctx, label, kwargs):
    assert not rules_raised(make_post(**kwargs), ctx) & _LANE_A, label
