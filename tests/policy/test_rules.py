"""Table-driven tests for every rule: positives and hard negatives.

Each case: (description, post keyword arguments, rule that must / must not fire).
"""

from __future__ import annotations

import pytest

from civicpost.policy import Attachment, check, load_pack
from civicpost.policy.rules import REGISTRY

from .conftest import make_post, rules_raised

OFF = {"kind": "official"}
IN_PERIOD = "2028-04-10T10:00:00+01:00"

POSITIVES = [
    # 4.1
    (
        "councillor without authority posts on the page",
        dict(text="Bins go out Tuesday.", **OFF),
        "unauthorised-poster",
    ),
    (
        "unknown author on the page",
        dict(text="Bins go out Tuesday.", author=None, **OFF),
        "unauthorised-poster",
    ),
    # 4.2
    (
        "agreed councillor posts in the period",
        dict(text="The toilets reopen today.", author="p-chair", at=IN_PERIOD, **OFF),
        "pre-election-period",
    ),
    (
        "clerk's post praises a candidate in the period",
        dict(
            text="Well done to Cllr Cole for the planters!", author="p-clerk", at=IN_PERIOD, **OFF
        ),
        "pre-election-period",
    ),
    # 4.3
    (
        "paid post by a candidate",
        dict(
            text="Vote Cole on 4 May. Promoted by Owen Cole, PO Box 1, Ashby S61 9XX.",
            paid=True,
            at=IN_PERIOD,
        ),
        "election-advertising",
    ),
    (
        "candidate's appeal for votes without imprint",
        dict(text="Vote Cole on 4 May!", at=IN_PERIOD),
        "digital-imprint",
    ),
    (
        "candidate asks for your vote",
        dict(text="I'm standing again and I'd love your vote.", at=IN_PERIOD),
        "digital-imprint",
    ),
    # 5.1
    (
        "own home address",
        dict(text="Pop round any time, I'm at 14 Elm Grove, Ashby S61 2BB."),
        "privacy-exposure",
    ),
    (
        "house empty",
        dict(text="Off to Spain for a fortnight, house will be empty!"),
        "privacy-exposure",
    ),
    (
        "address in bio",
        dict(text="Hello all", bio="Find me at 3 Moor Lane, S61 4CC"),
        "privacy-exposure",
    ),
    # 6.1
    (
        "title in display name",
        dict(text="Lovely day.", display_name="Cllr Owen Cole"),
        "councillor-title",
    ),
    (
        "title with a Cyrillic C",
        dict(text="Lovely day.", display_name="\u0421llr Owen Cole"),
        "councillor-title",
    ),
    (
        "title with zero-width space in the post",
        dict(text="C\u200bllr Cole here, ask me anything."),
        "councillor-title",
    ),
    ("leetspeak title signature", dict(text="See you there. C1lr Owen Cole"), "councillor-title"),
    ("title in handle", dict(text="Hi", handle="@CllrOwenCole"), "councillor-title"),
    (
        "councillor in bio",
        dict(text="Hi", bio="Parish Councillor for Ashby Green"),
        "councillor-title",
    ),
    # 6.2
    (
        "claims the council's backing",
        dict(text="The parish council backs the new play area 100%."),
        "personal-opinion-as-council",
    ),
    (
        "opinion on the official page",
        dict(text="I think the play area is long overdue.", author="p-chair", **OFF),
        "personal-opinion-as-council",
    ),
    # 6.3
    ("swearing", dict(text="What a load of b*llocks that meeting was."), "disrepute"),
    ("drunk at a council do", dict(text="Council Christmas do, can't feel my face"), "disrepute"),
    ("mocking a resident", dict(text="Imagine being as dim as @WendyH 😂"), "disrepute"),
    # 6.4
    (
        "campaign against a decision",
        dict(text="The bus stop decision was a joke. Boycott the new stop!"),
        "contrary-to-decision",
    ),
    # 6.5
    (
        "confidential bidder",
        dict(text="Greenacre will get the mowing job over my dead body."),
        "confidential-information",
    ),
    (
        "door code",
        dict(text="Door code's still 4512 if you need the hall."),
        "confidential-information",
    ),
    (
        "staff health",
        dict(text="Sid's been off for weeks with his back, so the paths are a mess."),
        "confidential-information",
    ),
    (
        "third party's phone",
        dict(text="Ring the owner, he's called Gary: 07700 900123."),
        "personal-data",
    ),
    (
        "third party's address",
        dict(
            text="Keys handed in by Wendy Hale of 27 Pit Lane, Ashby S61 5QR.",
            author="p-clerk",
            **OFF,
        ),
        "personal-data",
    ),
    (
        "third party's email",
        dict(text="Email the finder at jo.bloggs@example.com please."),
        "personal-data",
    ),
    # 6.6
    ("insulting a colleague", dict(text="Cllr Dunn is an absolute cl0wn."), "comment-on-colleague"),
    (
        "praise beyond factual approval on the page",
        dict(text="Cllr Dunn has been a star this winter!", author="p-clerk", **OFF),
        "comment-on-colleague",
    ),
    # 6.7
    (
        "resident named without permission",
        dict(text="The only liar round here is you, Norm Ives."),
        "name-without-permission",
    ),
    (
        "child named though consent forbids names",
        dict(
            text="Lily Shaw opened the fete!",
            author="p-clerk",
            at="2027-06-01T10:00:00+01:00",
            **OFF,
            attachments=(
                Attachment(
                    kind="image",
                    description="Girl cutting ribbon at the summer fete",
                    people=("Lily Shaw",),
                    minors=True,
                    consents=("c-1",),
                ),
            ),
        ),
        "name-without-permission",
    ),
    (
        "children without consent",
        dict(
            text="Skate jam!",
            attachments=(
                Attachment(
                    kind="image", description="Teenagers on BMX bikes, faces visible", minors=True
                ),
            ),
        ),
        "minor-without-consent",
    ),
    (
        "consent for official channel only",
        dict(
            text="Fun at the summer fete",
            at="2027-06-01T10:00:00+01:00",
            attachments=(
                Attachment(
                    kind="image",
                    description="Lily at the summer fete",
                    minors=True,
                    consents=("c-1",),
                ),
            ),
        ),
        "minor-without-consent",
    ),
    (
        "third-party photo without consent",
        dict(
            text="Gorgeous shot",
            attachments=(
                Attachment(
                    kind="image",
                    description="Village from the air",
                    source="third_party",
                    credit="Photo: Sam Lee / The Star",
                ),
            ),
        ),
        "third-party-content",
    ),
    # 6.8
    (
        "unchecked domain",
        dict(text="Read this: https://www.change.org/p/save-the-hall"),
        "unchecked-link",
    ),
    (
        "lookalike domain",
        dict(text="Have your say: https://borough-gov.uk.consult-online.info/pspo"),
        "unchecked-link",
    ),
    ("forbidden domain", dict(text="Thread: https://forum.example.co.uk/t/123"), "unchecked-link"),
    ("shortened link", dict(text="Details here https://bit.ly/3xAbc"), "unchecked-link"),
    (
        "copied article",
        dict(text="Copied from today's paper: 'The hall will close...' © Ashby Times"),
        "copyright-material",
    ),
    # 6.9
    (
        "spaced-out insult in a reply",
        dict(text="Says the village i d i o t.", reply="You never do anything"),
        "personal-attack",
    ),
    (
        "threat",
        dict(
            text="Say that again and see what happens.", reply="You only won because of your mates"
        ),
        "hostile-language",
    ),
    (
        "religious othering",
        dict(text="It's about time the mosque lot remembered whose village this is."),
        "hostile-language",
    ),
    # 6.10
    (
        "accusation of theft",
        dict(text="Somebody at the office has had their hand in the petty cash. Ask Sid."),
        "unlawful-allegation",
    ),
    (
        "incitement not to pay",
        dict(text="My advice: refuse to pay the parish precept."),
        "unlawful-allegation",
    ),
    # 6.11
    (
        "closed mind before the meeting",
        dict(text="The Mill Field play area? Over my dead body. My mind's made up."),
        "predetermination",
    ),
    # G.2
    (
        "condescending reply",
        dict(
            text="Oh here we go again. Honestly, some people.",
            reply="Typical council, never listens",
        ),
        "escalation",
    ),
    # G.3
    (
        "party politics on the page",
        dict(text="Another Tory cut to local services.", author="p-chair", **OFF),
        "politics-religion",
    ),
    (
        "faith promoted on the page",
        dict(
            text="Jesus is the reason for the season. Join us in prayer.", author="p-clerk", **OFF
        ),
        "politics-religion",
    ),
    # G.4
    (
        "dead-end reply to a concern",
        dict(
            text="That's the borough's job, not ours.",
            author="p-clerk",
            reply="Pothole on Main Street still not fixed. Disgrace.",
            **OFF,
        ),
        "resolution-route",
    ),
]

NEGATIVES = [
    (
        "clerk posts on the page",
        dict(text="Bins go out Tuesday.", author="p-clerk", **OFF),
        "unauthorised-poster",
    ),
    (
        "clerk posts factual news in the period",
        dict(
            text="Polling day is 4 May. Bring photo ID: https://www.gov.uk/how-to-vote",
            author="p-clerk",
            at=IN_PERIOD,
            **OFF,
        ),
        "pre-election-period",
    ),
    (
        "councillor posts on own account in the period",
        dict(text="Out leafleting tonight.", at=IN_PERIOD),
        "pre-election-period",
    ),
    (
        "unpaid post",
        dict(
            text="Vote Cole on 4 May. Promoted by Owen Cole, PO Box 1, Ashby S61 9XX.", at=IN_PERIOD
        ),
        "election-advertising",
    ),
    (
        "paid post by a non-candidate",
        dict(text="Coffee morning Saturday!", author="p-cllr-dunn", paid=True, at=IN_PERIOD),
        "election-advertising",
    ),
    (
        "appeal for votes with imprint",
        dict(
            text="Vote Cole on 4 May! Promoted by Owen Cole, PO Box 1, Ashby S61 9XX.", at=IN_PERIOD
        ),
        "digital-imprint",
    ),
    (
        "get out the vote",
        dict(text="Whoever you vote for, please vote on 4 May.", at=IN_PERIOD),
        "digital-imprint",
    ),
    (
        "imprint postcode is not exposure",
        dict(text="Vote Cole! Promoted by Owen Cole, PO Box 1, Ashby S61 9XX.", at=IN_PERIOD),
        "privacy-exposure",
    ),
    (
        "council's own contacts",
        dict(
            text="Questions to clerk@ashbygreenpc.gov.uk or 0114 496 0100.", author="p-clerk", **OFF
        ),
        "personal-data",
    ),
    (
        "council-issued email is not the title",
        dict(text="Write to me at cllr.brennan@ashbygreenpc.gov.uk", author="p-chair"),
        "councillor-title",
    ),
    (
        "Cllr on the official page",
        dict(text="Cllr Brennan opened the fete.", author="p-chair", **OFF),
        "councillor-title",
    ),
    (
        "calling a colleague Cllr",
        dict(text="Good to see Cllr Dunn at the litter pick."),
        "councillor-title",
    ),
    (
        "report of a decision",
        dict(
            text="The council resolved to move the bus stop (minute 26/090).",
            author="p-clerk",
            **OFF,
        ),
        "personal-opinion-as-council",
    ),
    (
        "voted against but accepts",
        dict(
            text="I voted against moving the bus stop, but I accept the decision.",
            author="p-cllr-dunn",
        ),
        "contrary-to-decision",
    ),
    (
        "robust criticism of government",
        dict(text="This Government couldn't run a bath. Nobody in Westminster has a clue."),
        "personal-attack",
    ),
    (
        "robust criticism of a service",
        dict(
            text="The borough's bin rota is a shambles. Report missed bins: https://www.borough.gov.uk/bins"
        ),
        "personal-attack",
    ),
    (
        "party criticism on personal account",
        dict(text="Labour's record on buses speaks for itself: routes cut, fares up."),
        "politics-religion",
    ),
    (
        "neutral mention of faith groups",
        dict(text="Volunteers from the church and the mosque served 120 dinners together."),
        "politics-religion",
    ),
    (
        "neutral mention of faith groups is not hostile",
        dict(text="Volunteers from the church and the mosque served 120 dinners together."),
        "hostile-language",
    ),
    (
        "open mind on an agenda item",
        dict(text="Mill Field play area is on Tuesday. I want to hear both sides before I decide."),
        "predetermination",
    ),
    (
        "clerk is not a decision maker",
        dict(
            text="The play area at Mill Field will be refused, my mind's made up.", author="p-clerk"
        ),
        "predetermination",
    ),
    (
        "factual mention under approval",
        dict(text="Cllr Dunn and Cllr Cole attended the meeting.", author="p-clerk", **OFF),
        "comment-on-colleague",
    ),
    (
        "thanks within approval",
        dict(text="Thanks to Sid for the gritting this morning!", author="p-clerk", **OFF),
        "comment-on-colleague",
    ),
    (
        "named with permission in scope",
        dict(
            text="Congratulations to Wendy Hale on the best kept garden award!",
            author="p-clerk",
            **OFF,
        ),
        "name-without-permission",
    ),
    (
        "minor photo with valid consent",
        dict(
            text="What a summer fete!",
            author="p-clerk",
            at="2027-06-01T10:00:00+01:00",
            **OFF,
            attachments=(
                Attachment(
                    kind="image",
                    description="Girl at the summer fete",
                    minors=True,
                    consents=("c-1",),
                ),
            ),
        ),
        "minor-without-consent",
    ),
    (
        "own child alone",
        dict(
            text="My youngest in the nativity!",
            attachments=(
                Attachment(kind="image", description="The author's son in a costume", minors=True),
            ),
        ),
        "minor-without-consent",
    ),
    (
        "licensed photo",
        dict(
            text="The village in the snow. © Dale Photo Studio, used with permission",
            author="p-clerk",
            at="2027-02-01T10:00:00+00:00",
            **OFF,
            attachments=(
                Attachment(
                    kind="image",
                    description="Village in the snow",
                    source="third_party",
                    consents=("c-3",),
                    credit="© Dale Photo Studio",
                ),
            ),
        ),
        "third-party-content",
    ),
    ("checked subdomain", dict(text="See https://www.borough.gov.uk/report-it"), "unchecked-link"),
    (
        "calm reply with a route",
        dict(
            text="Sorry to hear this. Please report it at https://www.borough.gov.uk/report-it",
            author="p-clerk",
            reply="Pothole on Main Street still not fixed. Disgrace.",
            **OFF,
        ),
        "resolution-route",
    ),
    (
        "calm reply is not escalation",
        dict(
            text="Thanks for raising it. The figures are on our website.",
            reply="You lot waste our money",
        ),
        "escalation",
    ),
    (
        "joke with no target",
        dict(text="If the precept goes up I'm moving to Monaco 😂 Only joking."),
        "disrepute",
    ),
    (
        "police appeal is not an allegation",
        dict(
            text="Police appeal for witnesses after a van was stolen from Arundel Drive. Call 101."
        ),
        "unlawful-allegation",
    ),
]


@pytest.mark.parametrize("label,kwargs,slug", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_rule_fires(ctx, label, kwargs, slug):
    assert slug in rules_raised(make_post(**kwargs), ctx), label


@pytest.mark.parametrize("label,kwargs,slug", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_rule_stays_quiet(ctx, label, kwargs, slug):
    assert slug not in rules_raised(make_post(**kwargs), ctx), label


def test_every_rule_has_a_positive_and_a_negative_case():
    # the hint rules' own cases are in test_hints.py (they fire only where no rule has)
    assert {c[2] for c in POSITIVES} == {slug for slug, spec in REGISTRY.items() if not spec.hint}
    assert len({c[2] for c in NEGATIVES}) >= 20


@pytest.mark.parametrize("slug", sorted(REGISTRY))
def test_rule_documentation_has_the_headings(slug):
    doc = REGISTRY[slug].doc
    for heading in (
        "What it looks for:",
        "Why it matters:",
        "Example:",
        "Instead:",
        "Known limits:",
    ):
        assert heading in doc, f"{slug} lacks {heading}"
    assert '"' in doc.split("Why it matters:")[1].split("Example:")[0], "quote the clause"


def test_every_registered_rule_serves_a_clause_in_the_pack():
    pack = load_pack()
    assert set(pack.rules) == set(REGISTRY)


def test_clean_official_post_is_clear(ctx):
    post = make_post(
        "Full Council meets on Tuesday at 7pm in the Village Hall. Agenda: https://ashbygreenpc.gov.uk/meetings",
        author="p-clerk",
        kind="official",
    )
    report = check(post, ctx, load_pack())
    assert report.verdict.label == "clear", report.findings
