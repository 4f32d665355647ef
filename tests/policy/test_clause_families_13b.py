"""Table-driven tests for the thirteenth round, lane b: G.4, 6.6 and 6.5 by structure.

Families (each seen in two or more of untouched41-50, by different writers, at least one of
them in untouched47-50):

- G.4: a reply that reports the concern handed on or written up ("passed it to the Borough's
  dog wardens", "we've written to the landowner. We'll update ..."), or answers "when" with a
  season ("should hear by the summer"), is not a concern left without a route (42, 48, 50).
- G.4: the post answered only questions a decision ("cost us nine grand and do nowt. Who
  signed that off??", "Who voted for this rubbish?"): a view on what was decided (47, 49).
  A problem on the ground beside it ("someone's going to get hurt") is still a concern.
- G.4: "who do I speak to?" or "where can we talk to a councillor?" answered with the person
  who will deal with it or where to find the author (47, 50).
- G.4: a "why" answered with a reason and a put-down ("Because we're volunteers. If you're that
  bothered do it yourself") is no answer (45, 48).
- G.4: readers urged to confront the culprit of a nuisance the post answered reported ("go
  give em a knock") instead of reporting it (42, 50).
- 6.6: a colleague as the one who will deal with the matter ("the Clerk can log it for you",
  "tell us and Sid will sort it"), or away while someone stands in on the page ("while Ruth's
  off"), is not a comment on them (12, 44, 47, 49). A dig in the sentence, or a lapsed
  contact approval, still is.
- 6.5: the poster's own number or home, bound by "give me a ring on", "I'm only round the
  corner at", "back door's always open if anyone fancies a cuppa,", "stop knocking on at", or
  "... give us a shout" after it, is judged under 5.1, not as someone else's (41-44, 48).

Every case is written for the Ashby Green test registers (tests/policy/context.yaml).
"""

from __future__ import annotations

from .conftest import family_fires, near_miss_stays_quiet

POSITIVES = [
    # G.4: a reason with a put-down
    (
        "G.4: because ... do it yourself",
        dict(
            text="Because it's all volunteers and we've got jobs. If you're that bothered "
            "grab a brush and do it yourself.",
            reply="Why has nobody cleaned the graffiti off the bus stop on Main Street?",
        ),
        "resolution-route",
    ),
    (
        "G.4: because ... read the minutes",
        dict(
            text="Because the hall roof doesn't fix itself. Maybe read the minutes before "
            "kicking off.",
            reply="Why are hall hire charges going up when the hall floods every winter?",
        ),
        "resolution-route",
    ),
    # G.4: a decision questioned beside a problem on the ground
    (
        "G.4: who decided ... someone will get hurt",
        dict(
            text="Some of us actually check the newsletter 🙄",
            reply="Who decided to move the bus stop round the bend?? Kids crossing blind, "
            "someone's going to get hurt",
        ),
        "resolution-route",
    ),
    # G.4: confronting the culprit
    (
        "G.4: go give em a knock",
        dict(
            text="It's that van from the new estate dumping again. Go give em a knock lads 👊",
            reply="Rubble all over Quarry Lane again, did anyone see who it was?",
        ),
        "resolution-route",
    ),
    (
        "G.4: someone should sort him out",
        dict(
            text="We all know it's the lad from the flats tipping it. Someone should sort him out.",
            reply="Fly-tipping by the village hall AGAIN, mattresses everywhere",
        ),
        "resolution-route",
    ),
    # 6.6: a dig with the route, and a lapsed contact (still comments)
    (
        "6.6: will sort it, dig after",
        dict(
            text="Ruth'll sort your booking out, she's useless with dates mind 😂",
            reply="Who do I speak to about my hall booking, it's got the wrong date",
        ),
        "comment-on-colleague",
    ),
    (
        "6.6: off sick again is not standing in",
        dict(
            text="Priya here on the page while Ruth's off sick again 🙄",
            kind="official",
            author="p-chair",
        ),
        "comment-on-colleague",
    ),
    # 6.5: someone else's number and address are still someone else's
    (
        "6.5: a neighbour's address, give us a shout before",
        dict(text="Give us a shout if you see him, he lives at 14 Quarry Lane, the flash git"),
        "personal-data",
    ),
]

NEGATIVES = [
    # G.4: action reported
    (
        "G.4: passed it to the wardens",
        dict(
            text="Hi, we've looked into the barking and passed it to the Borough's dog wardens.",
            reply="Still no answer about the dogs barking all night next door!!",
            kind="official",
            author="p-clerk",
        ),
        "resolution-route",
    ),
    (
        "G.4: written to the landowner, will update",
        dict(
            text="Thanks, we've written to the landowner about that hedge. We'll update you when "
            "we hear back.",
            reply="Why has nobody done anything about the hedge on Quarry Lane?? Reported it "
            "weeks ago!!",
            kind="official",
            author="p-clerk",
        ),
        "resolution-route",
    ),
    (
        "G.4: when answered with a season",
        dict(
            text="Bid's in with the lottery, should hear by the summer.",
            reply="When is the play area at Mill Field actually happening?? Kids keep asking",
        ),
        "resolution-route",
    ),
    # G.4: a decision questioned, a view
    (
        "G.4: who signed that off",
        dict(
            text="Between you and me I never liked them either 🤷",
            reply="Them new benches cost us three grand and do nowt. Who signed that off??",
        ),
        "resolution-route",
    ),
    (
        "G.4: who voted for this rubbish",
        dict(
            text="Funny how the loudest people never come to a meeting 🙄",
            reply="Moving the bus stop will just cause chaos, mark my words. Who voted for this "
            "rubbish?",
            kind="official",
            author="p-clerk",
        ),
        "resolution-route",
    ),
    # G.4: who/where answered with the person or the place
    (
        "G.4: who do I speak to, Ruth will sort",
        dict(
            text="Ruth will sort that for you, she's in the office weekday mornings.",
            reply="Who do I speak to about my hall booking invoice, it's got the wrong date",
        ),
        "resolution-route",
    ),
    (
        "G.4: where can we talk to a councillor, just knock",
        dict(
            text="I'm at the village hall most Tuesday nights after 7, just knock.",
            reply="Where can we actually talk to a councillor about the hall charges before "
            "they vote??",
        ),
        "resolution-route",
    ),
    # G.4: a reason without a put-down is still an answer
    (
        "G.4: because, plainly",
        dict(
            text="Because the boiler needs replacing this year, it's all in the budget papers.",
            reply="Why are hall hire charges going up?",
        ),
        "resolution-route",
    ),
    # G.4: a visit that is no confrontation
    (
        "G.4: pay them a visit at the fete",
        dict(
            text="The scouts have a stall on the green, pay them a visit 😊",
            reply="Anything on this weekend for the kids?",
        ),
        "resolution-route",
    ),
    # 6.6: the colleague as the route, or away
    (
        "6.6: the Clerk can log a complaint for you",
        dict(
            text="I understand you're upset. If you want to take it further the Clerk can log "
            "a formal complaint for you.",
            reply="How can you sleep at night Owen, you moved our bus stop",
        ),
        "comment-on-colleague",
    ),
    (
        "6.6: tell us and Sid will sort it",
        dict(
            text="Thanks for letting us know. If it's on the green, tell us and Sid will sort it.",
            reply="Someone's dumped a fridge by the green. Who do I even tell?",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
    (
        "6.6: standing in while Ruth's off",
        dict(
            text="Hi all, Alice here on the council page while Ruth's off. Bin days change over "
            "Easter.",
            kind="official",
            author="p-chair",
        ),
        "comment-on-colleague",
    ),
    # 6.5: own details
    (
        "6.5: give me a ring on, own mobile",
        dict(
            text="Hall car park locked at dusk from tonight. Any problems give me a ring on "
            "07700 900123, I'm only round the corner.",
        ),
        "personal-data",
    ),
    (
        "6.5: I'm only round the corner at",
        dict(
            text="Office shut next week while I'm on leave. If it's urgent I'm only round the "
            "corner at 3 Mill Close, just knock.",
            kind="official",
            author="p-clerk",
        ),
        "personal-data",
    ),
    (
        "6.5: door open, fancy a cuppa",
        dict(
            text="First Christmas on my own 💔 back door's always open if anyone fancies a "
            "cuppa, 8 Quarry Lane",
        ),
        "personal-data",
    ),
    (
        "6.5: stop knocking on at",
        dict(
            text="Can folk please stop knocking on at 12 Mill Close about the bus stop. It's "
            "just me and the cat here. Ring the office in the week.",
        ),
        "personal-data",
    ),
    (
        "6.5: address then give us a shout",
        dict(
            text="Off to Portugal for ten days!! Sitter's let us down so if anyone sees owt odd "
            "at number 6 Mill Close give us a shout 😅",
        ),
        "personal-data",
    ),
]


test_family_fires = family_fires(POSITIVES)
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES)
