"""Tests for session 23's rule round (round 41), from HH's and GG's false alarms
(devstyle589-620).

- a crime by someone unknown reported to the police: "Someone's set fire to the big bins" (6.9),
  and a thing "ripped off its post" (damage, not a charge of dishonesty; 6.9);
- a decision that has run its course: the loos "open every day again now the winter
  arrangement's finished" after the closure's last date, and "open weekdays again from Monday"
  posted on that last date (6.4);
- "I voted to support the Washfield Lane houses and lost" records a vote; it rallies nobody (6.4);
- "The breakdown of where the money goes is on the council website" sends readers to the
  accounts (6.9);
- "4 May St Helen's church hall": a saint, not a street of a home address (6.5);
- "named him Sir Prickles": a pet's grand name, not a mocking nickname (6.9);
- a candidate thanking everyone "who's put one of my posters in their window" spent nothing on
  advertising (4.3);
- "... in closed session. The contractor's name and the contract value will be published once the
  confidentiality period ends": what closed session decided, withheld (6.5).

Each was a caution or a breach on a clean post (bench/README.md, "Session 23").
"""

from __future__ import annotations

from .conftest import family_fires, near_miss_stays_quiet

CLOSURE_OVER = "2027-03-02T10:00:00+00:00"  # d-03 closes the loos on weekdays to 26 Feb 2027
CLOSURE_LAST_DAY = "2027-02-26T15:00:00+00:00"  # a Friday
CLOSURE_RUNNING = "2027-01-13T10:00:00+00:00"  # a Wednesday

NEGATIVES = [
    (
        "bins set on fire by someone unknown",
        dict(
            text="Someone's set fire to the big bins behind the drive-thru two nights running. "
            "I've reported it to South Yorkshire Police on 101.",
            author="p-cllr-booth",
            at=CLOSURE_RUNNING,
        ),
        "hostile-language",
    ),
    (
        "a dispenser ripped off its post",
        dict(
            text="The dog bag dispenser on the Mill Lane gate was ripped off its post over the "
            "weekend. This has been reported to South Yorkshire Police (crime ref 14/88231/27). "
            "If you saw anything, please call 101.",
            kind="official",
            author="p-clerk",
            at="2027-06-14T10:00:00+01:00",
        ),
        "personal-attack",
    ),
    (
        "the loos open again after the closure ended",
        dict(
            text="Good to have the loos on Church Lane open every day again now the winter "
            "arrangement's finished. Thanks to the Welfare for letting folk pop in to use theirs.",
            author="p-cllr-hollis",
            at=CLOSURE_OVER,
        ),
        "contrary-to-decision",
    ),
    (
        "open again from Monday, said on the closure's last day",
        dict(
            text="Good news for the allotment lot: the Church Lane loos open weekdays again from "
            "Monday 😂",
            author="p-cllr-hollis",
            at=CLOSURE_LAST_DAY,
        ),
        "contrary-to-decision",
    ),
    (
        "a vote to support recorded",
        dict(
            text="I voted to support the Washfield Lane houses on Tuesday and lost. Fair enough, "
            "that's democracy. Anyone can still comment on the planning portal.",
            author="p-cllr-booth",
            at="2026-12-10T19:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
    (
        "the breakdown of where the money goes",
        dict(
            text="I voted against the precept rise and I'd vote the same way again. But it was "
            "carried fair and square. The breakdown of where the money goes is on the council "
            "website if you want to check.",
            author="p-cllr-booth",
            at=CLOSURE_RUNNING,
        ),
        "personal-attack",
    ),
    (
        "St Helen's church hall on 4 May",
        dict(
            text="On Thursday 4 May St Helen's church hall is a polling station, so the baby "
            "group moves to the Reading Room for the day.",
            kind="official",
            author="p-clerk",
            at="2027-04-20T10:00:00+00:00",
        ),
        "personal-data",
    ),
    (
        "a hedgehog named Sir Prickles",
        dict(
            text="My daughter has officially adopted the hedgehog that visits our garden and "
            "named him Sir Prickles 😂🦔 Nobody mows the lawn until he's moved house.",
            author="p-cllr-booth",
            at=CLOSURE_RUNNING,
        ),
        "personal-attack",
    ),
    (
        "one of my posters in their window",
        dict(
            text="Thanks to everyone who's put one of my posters in their window 😂 Thursday's "
            "the day. Promoted by Stuart Fairbrother, PO Box 4533, Rotherham S60 9XL.",
            author="p-cllr-fairbrother",
            at="2028-04-30T17:00:00+01:00",  # a candidate in the 2028 pre-election period
        ),
        "election-advertising",
    ),
    (
        "the firm's name to be published, in the sentence after",
        dict(
            text="Last night Full Council awarded the grounds maintenance contract after "
            "considering the tender bids in closed session. The contractor's name and the "
            "contract value will be published once the confidentiality period ends.",
            kind="official",
            author="p-clerk",
            at=CLOSURE_RUNNING,
        ),
        "confidential-information",
    ),
]
POSITIVES = [
    (
        "a threat to set fire to a house",
        dict(
            text="Keep it up and someone will set fire to your house.",
            author="p-cllr-booth",
            at=CLOSURE_RUNNING,
        ),
        "hostile-language",
    ),
    (
        "residents ripped off by a named firm",
        dict(
            text="Kerbstone Civils ripped off the council on the car park job, everyone knows it.",
            author="p-cllr-booth",
            at=CLOSURE_RUNNING,
        ),
        "unlawful-allegation",
    ),
    (
        "the loos opened again while the closure runs",
        dict(
            text="The Church Lane loos are open weekdays again from Monday, whatever the council "
            "says.",
            author="p-cllr-hollis",
            at=CLOSURE_RUNNING,
        ),
        "contrary-to-decision",
    ),
    (
        "readers rallied to support an application the council objected to",
        dict(
            text="Please support the Washfield Lane houses: there's a template letter on the "
            "planning portal, copy it and send it to Rotherham.",
            author="p-cllr-booth",
            at="2026-12-10T19:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
    (
        "a home address on a street",
        dict(
            text="She lives at 14 May Street, Treeton, go and knock.",
            author="p-cllr-booth",
            at=CLOSURE_RUNNING,
        ),
        "personal-data",
    ),
    (
        "the firm and the sum, in the sentence after",
        dict(
            text="Full Council awarded the grounds contract after considering the tender bids in "
            "closed session. The winning bid was £41,000 from Greenways.",
            author="p-cllr-booth",
            at=CLOSURE_RUNNING,
        ),
        "confidential-information",
    ),
]

test_family_fires = family_fires(POSITIVES, context="treeton")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, context="treeton")
