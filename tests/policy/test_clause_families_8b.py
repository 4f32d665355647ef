"""Table-driven tests for the eighth round, lane b: G.4, 6.3, 6.6, 6.11 and 6.4.

Families: a concern waved away in a reply by the thing it is about ("not our pavement") or sent
to "somebody else"; a resident named as the cause of a nuisance that goes on ("parked across the
footpath again", "at it again with the bonfires") with no route; the author made the route for a
borough service ("message me if your bins get missed"); a councillor mocking the council's own
meetings ("council meetings are so tedious", "nodded off in committee"); telling everyone where
the keys to council property are hidden; the bare role as a name with a dig ("Clerk's been off
again, no wonder ..."); who will get an undecided grant "off me"; the removal of what the
council put in place let out as a quiet plan; "blow the rota" of a closure still running.
Precision: "spreading rubbish about" the decision judges a claim, not the decision; the author
describing themselves ("I'll be the one with the daft hat") is no member of the public; a
resident named with only a laugh is banter; a nuisance reported to the borough, or thanks for
clearing it, is not a complaint without a route; the Chair's view quoted is the Chair speaking;
the Clerk named as the contact with the council's number is covered by a contact approval. Every
case is written for the Ashby Green test registers (tests/policy/context.yaml), extended below
by two decisions, one agenda item and one approval; hard negatives sit next to the positives.
"""

from __future__ import annotations

import copy

import pytest
import yaml

from civicpost.policy import Context

from .conftest import CONTEXT_PATH, family_fires, make_post, rules_raised


@pytest.fixture(scope="module")
def ctx8(ctx):
    """The test registers plus a camera decision, a closure still running, a grants item and the
    Clerk's approval to be named as the contact."""
    data = copy.deepcopy(yaml.safe_load(CONTEXT_PATH.read_text(encoding="utf-8")))
    data["decisions"] += [
        {
            "id": "d-cams",
            "date": "2026-06-09",
            "minute": "26/061",
            "resolution": "RESOLVED that two CCTV cameras be installed at Mill Field.",
            "keywords": ["CCTV", "cameras"],
        },
        {
            "id": "d-loos",
            "date": "2026-10-13",
            "minute": "26/101",
            "resolution": "RESOLVED that the Main Street toilets close on weekdays from 1 "
            "November 2026 to 28 February 2027 and open at weekends only.",
            "keywords": ["toilets", "loos"],
        },
    ]
    data["agenda_items"].append(
        {
            "id": "ag-grants",
            "meeting": "m-1",
            "title": "Community grants 2027/28 (five applications)",
            "keywords": ["community grants", "grant applications"],
        }
    )
    data["comment_approvals"].append(
        {
            "id": "ap-contact",
            "person": "p-clerk",
            "scope": "named as the contact for council enquiries",
            "channels": ["official", "personal"],
            "from": "2024-01-01",
        }
    )
    return Context.from_dict(data)


PAVEMENT = "The pavement outside the school on Quarry Lane has been cracked for months."

POSITIVES = [
    # G.4: waved away by the thing it is about, or sent to "somebody else"
    (
        "not our pavement",
        dict(text="Not our pavement mate. Whinge at somebody else.", reply=PAVEMENT),
        "resolution-route",
    ),
    (
        "complain to someone else",
        dict(text="Complain to someone else, love.", reply=PAVEMENT),
        "resolution-route",
    ),
    # G.4: a resident named as the cause of a nuisance that goes on, no route
    (
        "parked across the footpath again",
        dict(text="Norman Ives has his caravan parked across the footpath on Main Street again 🙄"),
        "resolution-route",
    ),
    (
        "at it again with the bonfires",
        dict(text="Wendy Hale is at it again with the bonfires, whole close is full of smoke."),
        "resolution-route",
    ),
    # G.4: the author made the route for a borough service
    (
        "message me if your bins are missed",
        dict(text="Message me if your bins get missed this week, I'll sort it 👍"),
        "resolution-route",
    ),
    # 6.4: a verdict on the decision itself with a call to act still counts
    (
        "decision called rubbish, share and reverse",
        dict(
            text="Moving the library bus stop was rubbish. Everyone share this and get it reversed!"
        ),
        "contrary-to-decision",
    ),
    # 6.3: the council's own meetings mocked by a councillor
    (
        "council meetings tedious",
        dict(text="Parish council meetings are so tedious, honestly. Three hours of it 😴"),
        "disrepute",
    ),
    (
        "nodded off in committee",
        dict(text="Nodded off in the committee again last night, nobody noticed 😂"),
        "disrepute",
    ),
    # 6.3: where the keys to council property are hidden
    (
        "hall keys under the plant pot",
        dict(
            text="Away till Sunday. If anyone needs the hall keys they're under the plant pot "
            "by my front door."
        ),
        "disrepute",
    ),
    # 6.6: the bare role as a name, with a dig
    (
        "clerk off again, no wonder",
        dict(text="Clerk's been off again this week, no wonder nothing gets answered 🙄"),
        "comment-on-colleague",
    ),
    (
        "warden sat in his van, same as usual",
        dict(text="Warden's been sat in his van all week, same as usual."),
        "comment-on-colleague",
    ),
]

POSITIVES_8 = [
    # 6.11: who gets an undecided grant, "off me"
    (
        "a grant off me",
        dict(text="Only one club's getting a grant off me come March, and it won't be bowls 😂"),
        "predetermination",
    ),
    # 6.4: a quiet plan to remove what the council put in place; the closure defied
    (
        "cameras will quietly go",
        dict(text="Between us, the cameras at Mill Field will quietly go when the lease is up."),
        "contrary-to-decision",
    ),
    (
        "blow the rota",
        dict(
            text="Loos WILL be open all week over half term. Blow the rota.",
            kind="official",
            author="p-chair",
        ),
        "contrary-to-decision",
    ),
]

NEGATIVES = [
    # 6.3: the author describing themselves; a resident named with only a laugh
    (
        "the one with the daft hat",
        dict(text="See you all at the fete, I'll be the one with the daft hat 😂"),
        {"disrepute"},
    ),
    (
        "lost the vote, the one in the yellow coat",
        dict(
            text="Lost 5-4 on the bus stop. That's democracy. See you at the new stop, I'm "
            "the one in the yellow coat 😂"
        ),
        {"disrepute", "contrary-to-decision"},
    ),
    (
        "a resident's marrows laughed at",
        dict(text="Norman Ives's marrows are enormous this year, he must be feeding them 😂"),
        {"disrepute"},
    ),
    # 6.3: keys left with the Clerk; a house key; other bodies' meetings; a long meeting
    (
        "hall keys with the Clerk",
        dict(text="Spare hall keys are with the Clerk at the office, ring ahead."),
        {"disrepute"},
    ),
    (
        "house key for the plumber",
        dict(text="Left my house key under the mat for the plumber."),
        {"disrepute"},
    ),
    (
        "county meetings",
        dict(text="County council meetings are so tedious, thank goodness I'm only on the parish."),
        {"disrepute"},
    ),
    (
        "a long meeting that got things done",
        dict(text="Long meeting tonight but we got the play area sorted 👍"),
        {"disrepute"},
    ),
    # G.4: a route given, thanks, the complainant named, an accusation
    (
        "nuisance reported to the borough",
        dict(
            text="Norman Ives's van is parked on the verge again. I've reported it to the "
            "Borough Council."
        ),
        {"resolution-route"},
    ),
    (
        "thanks for clearing the rubbish again",
        dict(text="Thanks to Wendy Hale for clearing the dumped rubbish off the path again 💚"),
        {"resolution-route"},
    ),
    (
        "the resident complained",
        dict(text="Norman Ives rang me again about the cars parked on Quarry Lane."),
        {"resolution-route"},
    ),
    (
        "not our road, with the link",
        dict(
            text="Not our road, but the Borough fix these: https://www.borough.gov.uk/report-it",
            reply=PAVEMENT,
        ),
        {"resolution-route"},
    ),
    (
        "message me, or the borough's link",
        dict(
            text="Message me if your bins get missed, or report it yourself at "
            "https://www.borough.gov.uk/bins"
        ),
        {"resolution-route"},
    ),
    # 6.4: "rubbish" said of a resident's claim about the decision, not of the decision
    (
        "spreading rubbish about the decision",
        dict(
            text="Shame on Wendy Hale for spreading rubbish about the library bus stop costing "
            "thousands. Get your facts right.",
            kind="official",
            author="p-chair",
        ),
        {"contrary-to-decision"},
    ),
    # 6.6: the Chair speaking; the role with no dig
    (
        "the Chair's view quoted",
        dict(
            text="The Chair's view: the Borough's plan is a disgrace and we will say so.",
            kind="official",
            author="p-chair",
        ),
        {"comment-on-colleague"},
    ),
    (
        "clerk away, no dig",
        dict(text="Clerk's away until Monday, the office reopens Tuesday."),
        {"comment-on-colleague"},
    ),
]

NEGATIVES_8 = [
    (
        "the clerk as the contact with the council's number",
        dict(
            text="Any problems with the hall, the clerk's on 0114 496 0100 or "
            "clerk@ashbygreenpc.gov.uk. She's in mornings."
        ),
        {"comment-on-colleague"},
    ),
    (
        "every grant application read",
        dict(text="Five groups have applied for a grant this year; I'll read every one first."),
        {"predetermination"},
    ),
    (
        "cameras staying",
        dict(text="The cameras at Mill Field are staying, whatever the rumours say."),
        {"contrary-to-decision"},
    ),
    (
        "switched off briefly for maintenance",
        dict(text="Between us, the cameras will be switched off for maintenance on Tuesday."),
        {"contrary-to-decision"},
    ),
]


test_family_fires = family_fires(POSITIVES)


@pytest.mark.parametrize(("label", "kwargs", "slug"), POSITIVES_8, ids=[c[0] for c in POSITIVES_8])
def test_family_fires_with_decisions(ctx8, label, kwargs, slug):
    assert slug in rules_raised(make_post(**kwargs), ctx8), label


@pytest.mark.parametrize(("label", "kwargs", "quiet"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_near_miss_stays_quiet(ctx, label, kwargs, quiet):
    assert not rules_raised(make_post(**kwargs), ctx) & quiet, label


@pytest.mark.parametrize(("label", "kwargs", "quiet"), NEGATIVES_8, ids=[c[0] for c in NEGATIVES_8])
def test_near_miss_stays_quiet_with_decisions(ctx8, label, kwargs, quiet):
    assert not rules_raised(make_post(**kwargs), ctx8) & quiet, label
