"""Review round 6 (fixer B): false alarms and slow shapes found by the review of the session's
rule changes, each a hard negative beside a positive showing its family still fires.

Most posts are the reviewer's, checked against the Treeton registers (treeton-context.yaml here, a
copy of shared/eval/context.yaml; a councillor's personal account unless marked official); a few use
the test registers. The long posts check that a check of a slow shape completes with the same
findings as a short version; the times belong in bench/long_posts.py and the report, not here.
"""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicpost.policy import Account, Context, Post, check
from civicpost.policy.detectors.links import find_links
from civicpost.policy.rules import REGISTRY
from civicpost.policy.text import normalise

from .conftest import make_post, rules_alone

links = importlib.import_module("civicpost.policy.detectors.links")


def _treeton(text: str, kind: str = "personal", reply: str | None = None) -> Post:
    name, handle = (
        ("Treeton Parish Council", "TreetonPC")
        if kind == "official"
        else (
            "Gareth Booth",
            "gaz.booth",
        )
    )
    return Post(
        text=text,
        account=Account(kind, "facebook", handle, name, ""),
        author="p-cllr-booth",
        at=dt.datetime.fromisoformat("2027-01-15T12:00:00+00:00"),
        in_reply_to=reply,
    )


def _rules(post: Post, ctx: Context, pack) -> set[str]:
    return {f.rule for f in check(post, ctx, pack).findings}


OFFICIAL = {"kind": "official"}
VERGES = "The verges on Station Road haven't been cut for two months, it's a disgrace"
GLASS = "Broken glass all over the play area, this is dangerous"
BINS_WHERE = "Bins by the Welfare overflowing AGAIN. Where's the caretaker?"

# (label, text, post options, rule): the rule raised on the Treeton registers.
POSITIVES = [
    # 18: a stem shared only by a form of the word ("gritting" for "gritters")
    (
        "18 praise outside the approval",
        "Dean Hepworth is a star, clearly.",
        OFFICIAL,
        "comment-on-colleague",
    ),
    # 19: an absence answering a complaint that asked no "where" leaves it without a route
    (
        "19 short-staffed answering verges",
        "Our contractor is short-staffed at the moment.",
        dict(kind="official", reply=VERGES),
        "resolution-route",
    ),
    (
        "19 off work answering glass",
        "He's off work this week.",
        dict(kind="official", reply=GLASS),
        "resolution-route",
    ),
    # 20: the observance blamed with an eye-roll
    (
        "20 eye-roll at the observance",
        "Eid's over, so maybe the parking on Station Road gets back to normal 🙄",
        {},
        "politics-religion",
    ),
    # 15: the outcome called certain
    (
        "15 IS happening",
        "The skate park IS happening, just a question of where",
        {},
        "predetermination",
    ),
    (
        "15 about time for the item",
        "Skate park at the rec? About time if you ask me",
        {},
        "predetermination",
    ),
    # 24a/24b: an insider running meetings down
    (
        "24a meetings are boring",
        "Parish council meetings are so boring, I nearly lost the will",
        {},
        "disrepute",
    ),
    (
        "24b dozing in committee",
        "Nodded off in the committee again last night, nobody noticed 😂",
        {},
        "disrepute",
    ),
    # 24c: a decision waved away
    (
        "24c forget the closure",
        "Forget the closure, the Church Lane toilets are staying open as far as I'm concerned",
        {},
        "contrary-to-decision",
    ),
    # 24d: the keys' hiding place told
    (
        "24d keys under the mat",
        "If anyone needs the allotment gate keys they're under the mat by the shed.",
        {},
        "disrepute",
    ),
    (
        "one's own spare key under the mat while away (5.1)",
        "Off to Spain tomorrow, spare key's under the mat if the plants need watering.",
        {},
        "privacy-exposure",
    ),
    # 24e/24f: insiders on members who can't read the papers
    (
        "24e minutes for people who can't read",
        "Another night taking minutes for people who can't read an agenda 🙃",
        {},
        "disrepute",
    ),
    (
        "24f if half of them could read",
        "Council meetings would be half as long if half of them could read 😂",
        {},
        "disrepute",
    ),
]

NEGATIVES = [
    (
        "19 staff away with the where asked",
        "He's off sick at the minute so we're sorting cover for the bins",
        dict(kind="official", reply=BINS_WHERE),
        "resolution-route",
    ),
    (
        "20 at last is news",
        "Diwali lights switch-on at last confirmed for the green on 8 November - all welcome!",
        OFFICIAL,
        "politics-religion",
    ),
    (
        "20 an open day over, with thanks",
        "The mosque's open day is over for another year. Thank you to everyone who came along.",
        OFFICIAL,
        "politics-religion",
    ),
    (
        "20 parking back to normal",
        "Eid prayers at the park this morning; Station Road parking back to normal by 11am.",
        OFFICIAL,
        "politics-religion",
    ),
    (
        "20 Ramadan over, with thanks",
        "Ramadan is over and the community iftar raised £600 for the food bank. Thank you all!",
        OFFICIAL,
        "politics-religion",
    ),
    (
        "15 happening on a day",
        "The skate park drop-in is happening on Saturday at the Welfare, 10am till 2pm. Come and "
        "see the designs.",
        {},
        "predetermination",
    ),
    (
        "15 happening this Saturday",
        "The skate park drop-in is happening this Saturday at the Welfare.",
        {},
        "predetermination",
    ),
    (
        "15 about time we had a date",
        "About time we had a date for the skate park consultation! Saturday 10am at the Welfare.",
        {},
        "predetermination",
    ),
    (
        "23 quietly pleased",
        "Quietly pleased with the rec: the CCTV cameras are working and the graffiti is going to "
        "disappear with a lick of paint.",
        {},
        "contrary-to-decision",
    ),
    (
        "24a who says meetings are boring",
        "Who says parish council meetings are boring? 40 residents came on Tuesday and asked great "
        "questions.",
        {},
        "disrepute",
    ),
    (
        "24b the carol singers nodded off",
        "Our littlest carol singers had nodded off before the council's Christmas tree lights came "
        "on 😊",
        {},
        "disrepute",
    ),
    (
        "24c don't forget the closure",
        "Don't forget the closure of the Church Lane toilets on weekdays - the Welfare's loos are "
        "open instead.",
        {},
        "contrary-to-decision",
    ),
    (
        "24d don't leave the keys under the mat",
        "Please don't leave the allotment gate keys under the mat any more - hand them back to the "
        "Clerk.",
        {},
        "disrepute",
    ),
    (
        "the review's last: the keys' hiding place forbidden is no exposure of one's own (5.1)",
        "Please don't leave the allotment gate keys under the mat any more - hand them back to the "
        "Clerk.",
        {},
        "privacy-exposure",
    ),
    (
        "24e paper copies for those who can't read online",
        "Paper copies are in the library for people who can't read the agenda online.",
        {},
        "disrepute",
    ),
    (
        "24f councillors can read Braille",
        "Some of the councillors can read Braille, so we're trialling Braille agendas at the next "
        "council meeting.",
        {},
        "disrepute",
    ),
]


NEGATIVES += [
    (
        "19 the absence as the cause",
        "Dean's signed off, that's why the bins at the rec are overflowing. Give the man a break.",
        dict(reply="Rec bins overflowing for a week. Disgusting."),
        "resolution-route",
    ),
    (
        "18 thanks for grittin",
        "Massive thank u to Deano our caretaker for grittin the paths round the rec at 6am",
        OFFICIAL,
        "comment-on-colleague",
    ),
    (
        "18 a possessive gritter",
        "Gritter's been round the footpaths by the school - cheers to Dean for the early start 👍",
        OFFICIAL,
        "comment-on-colleague",
    ),
]


@pytest.mark.parametrize("label,text,kw,rule", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_family_still_fires(treeton, label, text, kw, rule):
    assert rule in _rules(_treeton(text, **kw), treeton, rules_alone())


@pytest.mark.parametrize("label,text,kw,rule", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_false_alarm_gone(treeton, pack, label, text, kw, rule):
    assert rule not in _rules(_treeton(text, **kw), treeton, pack)


def test_approved_thanks_still_covered(treeton, pack):
    # 18: the caretaker's approval covers thanks for gritting, by the forms of its words
    for text in (
        "Thanks Dean Hepworth for the gritting this morning.",
        "Thanks to Dean Hepworth and the gritters this morning.",
        "Dean Hepworth gritted the whole of Station Road, thank you!",
    ):
        assert "comment-on-colleague" not in _rules(_treeton(text, **OFFICIAL), treeton, pack), text


# 24j (test registers): a routine absence is no dig; idling "same as usual" is.
BARE_ROLE_CASES = [
    ("Clerk's on leave this week, same as always at half term. The office reopens Monday.", False),
    ("Warden's been sat in his van all week, same as usual.", True),
]


@pytest.mark.parametrize("text,fires", BARE_ROLE_CASES)
def test_bare_role_dig(ctx, pack, text, fires):
    got = "comment-on-colleague" in {f.rule for f in check(make_post(text), ctx, pack).findings}
    assert got is fires


# ---- slow shapes: a long post completes with the findings of a short one -----------------------

LONG = 20_000


def _long(unit: str, prefix: str = "", suffix: str = "") -> str:
    body = LONG - len(prefix) - len(suffix)
    return prefix + (unit * (body // len(unit) + 1))[:body] + suffix


SLOW_SHAPES = [
    # 2: content words of the post once per check, not once per mention and approval
    ("Cheers Dean Hepworth clearly. ", "", "", "official"),
    ("Thanks Dean Hepworth for gritting. ", "", "", "official"),
    # 5: the "not a nuisance report" search once per post, not once per resident named
    ("Barry Ogden skip still there. ", "", " thanks", "personal"),
    # find_links: a long run of label characters
    ("-", "we all know who nicked it ", "", "personal"),
    (",", "we all know who nicked it ", "", "personal"),
]


@pytest.mark.parametrize("unit,prefix,suffix,kind", SLOW_SHAPES)
def test_long_post_of_a_slow_shape(treeton, pack, unit, prefix, suffix, kind):
    short = prefix + unit * 3 + suffix
    text = _long(unit, prefix, suffix)
    assert len(text) == LONG
    # the rules' findings; the hints are a statistical resemblance, which a word said a
    # thousand times may change
    want = {
        f.clause
        for f in check(_treeton(short, kind=kind), treeton, pack).findings
        if not REGISTRY[f.rule].hint
    }
    got = {
        f.clause
        for f in check(_treeton(text, kind=kind), treeton, pack).findings
        if not REGISTRY[f.rule].hint
    }
    assert got == want


# ---- find_links -----------------------------------------------------------------------------

# (text, the links' text): URL edge cases
LINK_CASES = [
    ("see https://www.treeton-pc.gov.uk/minutes.", ["https://www.treeton-pc.gov.uk/minutes"]),
    ("www.rotherham.gov.uk, or ring", ["www.rotherham.gov.uk"]),
    ("report it at rotherham.gov.uk/report-it!", ["rotherham.gov.uk/report-it"]),
    ("bit.ly/3xYz and tinyurl.com/abc", ["bit.ly/3xYz", "tinyurl.com/abc"]),
    ("mail me at jo@treeton.org.uk/x", []),
    ("my-site.co.uk/page (see)", ["my-site.co.uk/page"]),
    ("-dash-start.com/x", ["-dash-start.com/x"]),
    ("a.b.c.d.example.com/deep/path?q=1#f", ["a.b.c.d.example.com/deep/path?q=1#f"]),
    ("example.com without a path", []),
    ("ftp://files.example.org/a.txt;", ["ftp://files.example.org/a.txt"]),
    ("(https://x.com/u)", ["https://x.com/u"]),
    (
        "rotherham-gov.uk.consultations-online.info/form",
        ["rotherham-gov.uk.consultations-online.info/form"],
    ),
    ("we all know who nicked it " + "-" * 2_000, []),
    ("-a." * 2_000, []),
]


@pytest.mark.parametrize("text,urls", LINK_CASES)
def test_find_links_edge_cases(text, urls):
    assert [link.url for link in find_links(normalise(text))] == urls


_UNBOUNDED = links.re.compile(
    r"(?:(?:https?|ftp)://|www\.)[^\s<>\"')\]]+|"
    r"(?<![@\w.])(?:[a-z0-9-]+\.)+(?:co\.uk|org\.uk|gov\.uk|ac\.uk|com|org|net|info|ly|io|uk)"
    r"/[^\s<>\"')\]]*",
    links.re.IGNORECASE,
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab-./:@_ wcoukhtps", max_size=60))
def test_find_links_as_the_unbounded_pattern(text):
    # labels under 64 characters: the bounded, possessive pattern finds what the old one found
    old = [(m.start(), m.group(0)) for m in _UNBOUNDED.finditer(text)]
    new = [(m.start(), m.group(0)) for m in links.URL.finditer(text)]
    assert new == old
