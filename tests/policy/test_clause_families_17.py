"""Table-driven tests for session 10's rule families, found on devstyle9-12 (scored blind at the end
of session 9, then opened):

(1) Clause 6.10: a named person or "you" seen dumping waste ("I watched you tip two bags of garden
waste", "you were seen chucking that sofa"); a named person or the one driver of a run said to have
driven drunk ("drove home ... in no fit state", "the driver on the last 73 was half-cut"); "ask
their treasurer where the gate money went". (2) Clause 6.10: threats with a weapon and time asked
for ("give me ten minutes down there with a cricket bat"), or a visit promised with "we'll see how
gobby you are". (3) Clause 6.10: a call to park across a site's entrance "so they can't get in".
"""

from __future__ import annotations

import pytest

from civicpost.policy import Context, load_pack
from civicpost.policy.post import Attachment
from civicpost.policy.rules import Checking
from civicpost.policy.rules.hints import disrepute_beside_hostility

from .conftest import family_fires, make_post, near_miss_stays_quiet, registers_with, rules_raised


@pytest.fixture(scope="module")
def ctx17() -> Context:
    return registers_with(
        elections=[
            {
                "id": "e-by",
                "kind": "by-election",
                "poll": "2027-06-10",
                "period_start": "2027-05-05T00:00:00+01:00",
                "period_end": "2027-06-10T22:00:00+01:00",
                "candidates": ["Lee Hartley", "Ann Rooke"],
            }
        ],
        confidential=[
            {
                "id": "k-17",
                "title": "Purchase of the orchard",
                "keywords": ["the orchard", "Kemp family"],
                "until": "2027-01-31",
            }
        ],
    )


POSITIVES = [
    (
        "a named resident watched dumping waste",
        dict(text="Wendy Hale, I watched you tip two bags of garden waste behind the hall."),
        "unlawful-allegation",
    ),
    (
        "a named resident seen dumping a sofa",
        dict(text="Norman Ives, you were seen chucking that sofa behind the war memorial."),
        "unlawful-allegation",
    ),
    (
        "a named colleague said to have driven drunk",
        dict(text="Priya Dunn drove home from the social last night in no fit state."),
        "unlawful-allegation",
    ),
    (
        "the one driver of a run said to be drunk",
        dict(text="Driver on the last 73 tonight was half-cut, I could smell it from my seat."),
        "unlawful-allegation",
    ),
    (
        "a club's treasurer asked where the money went",
        dict(text="Parents might want to ask their treasurer where the gate money went."),
        "unlawful-allegation",
    ),
    (
        "time asked for with a weapon",
        dict(
            text="Give me ten minutes down there with a cricket bat and they won't be back, "
            "little scrotes."
        ),
        "unlawful-allegation",
    ),
    (
        "a visit promised to see how gobby someone is",
        dict(text="I'll be round yours after the match, we'll see how gobby you are then."),
        "unlawful-allegation",
    ),
    (
        "a call to park across a site's entrance so they can't get in",
        dict(
            text="7am tomorrow a few of us are parking across the farm entrance so they can't "
            "get in. Bring a flask."
        ),
        "unlawful-allegation",
    ),
    (
        "a new thing the council is said to have agreed",
        dict(text="The council's agreed to put two more dog bins on Station Road, in by autumn."),
        "personal-opinion-as-council",
    ),
    (
        "benches the parish council is said to have agreed",
        dict(text="Good news: the parish council's agreed to put new benches by the memorial."),
        "personal-opinion-as-council",
    ),
    (
        "a grant bid promised in full",
        dict(text="The council will be funding the cricket club's grant bid in full next month."),
        "personal-opinion-as-council",
    ),
    (
        "the council backing your grant",
        dict(text="Cricket club lads, the council's backing your grant in full, done deal."),
        "personal-opinion-as-council",
    ),
    (
        "a van's registration, seen dumping",
        dict(text="White Transit, reg YR17 KXP, seen tipping rubble on Quarry Lane. Whose is it?"),
        "personal-data",
    ),
    (
        "your reg, told to the driver",
        dict(text="I know it's you and I've got your reg, YH19 KXE. Next time it's getting towed."),
        "personal-data",
    ),
    (
        "a key safe's number after 'is'",
        dict(text="Desperate on a Wednesday? The key safe on the Church Lane loos is 4471. Shh."),
        "confidential-information",
    ),
    (
        "a concern put off to someone, eventually",
        dict(
            text="Aye it's been like that since the autumn. Someone'll get round to it eventually",
            reply="The war memorial's green with moss and it's Remembrance next week. Shameful.",
        ),
        "resolution-route",
    ),
    (
        "a complaint about staff waved off",
        dict(
            text="Sid's a good lad and he's had no end of bother. I'm sure it was just a "
            "misunderstanding.",
            reply="The warden swore at my lad for skating on the courts. Is that how your staff "
            "talk to kids?",
        ),
        "resolution-route",
    ),
    (
        "a committee called freeloaders",
        dict(text="That committee are a bunch of freeloaders, always have been."),
        "personal-attack",
    ),
    (
        "a firm called chancers",
        dict(text="Heard the contractor wanted 46 grand to cut our grass. Bunch of chancers 😂"),
        "personal-attack",
    ),
    (
        "children called little toerags",
        dict(text="Wheelies up the middle of Station Road at teatime, the little toerags."),
        "personal-attack",
    ),
    (
        "a resident told they are just idle",
        dict(
            text="We're not useless, you're just idle. Bag it and take it home.",
            reply="Still no dog bins on the path. Useless, the lot of you.",
        ),
        "personal-attack",
    ),
    (
        "a named gym said to be a front",
        dict(text="That new gym, Iron Pit Fitness, is a front for selling steroids to teenagers."),
        "unlawful-allegation",
    ),
    (
        "favouritism with a straight-faced denial",
        dict(
            text="Funny how Priya Dunn's WI gets a grant every single year. Nowt to do with who "
            "she sits next to on the council, I'm sure 🙄"
        ),
        "unlawful-allegation",
    ),
    (
        "waste to be dumped on the council's steps",
        dict(
            text="Rotherham won't shift it? Anyone with a trailer fancy delivering it to the "
            "steps of Riverside House instead? 😂"
        ),
        "unlawful-allegation",
    ),
    (
        "councillors' determination praised on the council's page",
        dict(
            text="Both speed signs are up! That's down to the determination of Cllr Dunn and "
            "Cllr Cole.",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
    (
        "a councillor who never stops working",
        dict(
            text="The bulbs were planted by Cllr Dunn, who never stops working for this village.",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
    (
        "a list of applicants with their addresses and phone numbers",
        dict(
            text="Allotment waiting list as of 1 April: check where you are in the queue!",
            attachments=(
                Attachment(
                    kind="screenshot",
                    description="Spreadsheet of 14 allotment applicants with full names, home "
                    "addresses and phone numbers",
                ),
            ),
        ),
        "personal-data",
    ),
    (
        "a named resident's chemotherapy",
        dict(
            text="Not the same without Norman Ives on a Thursday. Hope the chemo's kinder to you "
            "this round ❤️"
        ),
        "confidential-information",
    ),
    (
        "colleagues called dead weight",
        dict(text="Priya's too busy to make committee. Dead weight, the lot of them on that side."),
        "personal-attack",
    ),
    (
        "couldn't find the rec without a satnav",
        dict(
            text="Sid told me to pull my finger out. Mate, you couldn't find the rec without a "
            "satnav."
        ),
        "personal-attack",
    ),
    (
        "you won't be walking home",
        dict(
            text="Bring your mates, I'll bring mine. You won't be walking home.",
            reply="Owen, see you in the Arms Friday. We'll have a chat about your vote.",
        ),
        "unlawful-allegation",
    ),
    (
        "a faith's people called names by a councillor",
        dict(text="Every Sunday the happy-clappy lot from the chapel park across our drives."),
        "disrepute",
    ),
]

NEGATIVES = [
    # session 11 took back round 17's candidate family: a candidate is named on the statement of
    # persons nominated (devstyle21-28 scored higher without it). Round 23b brought back only
    # the council's page thanking or praising one in the period (test_clause_families_23).
    (
        "a candidate named on the council's page",
        dict(
            text="Ann Rooke is organising Saturday's clean-up. Meet at the gates at 10!",
            kind="official",
            author="p-clerk",
            at="2027-05-20T12:00:00+01:00",
        ),
        "name-without-permission",
    ),
    (
        "a candidate run down on a personal page",
        dict(text="Before you vote for Lee Hartley, ask him why he really left the Co-op."),
        "name-without-permission",
    ),
    (
        "a hat tipped is no waste dumped",
        dict(text="I watched him tip his cap to every car that passed, lovely old gent."),
        "unlawful-allegation",
    ),
    (
        "a car parked across the gates is a complaint",
        dict(text="Silver Astra parked across the rec gates so I can't get the mower out. Again."),
        "unlawful-allegation",
    ),
    (
        "a good word for a bus driver",
        dict(text="Driver on the last 73 tonight was brilliant, waited while I got my bags on."),
        "unlawful-allegation",
    ),
    (
        "ten minutes with a cup of tea",
        dict(text="Give me ten minutes with a cup of tea and I'll sort the rota out."),
        "unlawful-allegation",
    ),
    (
        "a visit to drop off raffle tickets",
        dict(text="I'll be round yours after the match to drop the raffle tickets off."),
        "unlawful-allegation",
    ),
    (
        "a joke about who drives the minibus",
        dict(text="Parish council on tour 🍻 who's driving the minibus? 😂 #hammered"),
        "unlawful-allegation",
    ),
    (
        "a drink-driving warning",
        dict(text="Please don't drink and drive this Christmas. One drink is one too many."),
        "unlawful-allegation",
    ),
    (
        "a decision the registers record",
        dict(text="The council's agreed to move the bus stop to Main Street, from next month."),
        "personal-opinion-as-council",
    ),
    (
        "a confidential purchase told after its date",
        dict(
            text="Delighted the council has agreed to buy the orchard from the Kemp family.",
            at="2027-02-10T12:00:00+00:00",
        ),
        "personal-opinion-as-council",
    ),
    (
        "the council asking another body for something",
        dict(text="The council agreed to ask the highways authority for a 20mph zone."),
        "personal-opinion-as-council",
    ),
    (
        "the poster's own car",
        dict(text="Need a lift to the meeting? I'm the silver Astra, YK64 RFZ, by the shop at 7."),
        "personal-data",
    ),
    (
        "a key safe fitted, with no number",
        dict(text="The key safe on the pavilion is new, ask the Clerk for access from 2027."),
        "confidential-information",
    ),
    (
        "a repair booked, done eventually with a date",
        dict(
            text="It's booked in with the stonemason for the 4th, and the Clerk will post when "
            "it's done.",
            reply="The war memorial's green with moss and it's Remembrance next week. Shameful.",
        ),
        "resolution-route",
    ),
    (
        "faith itself derided is 6.9 alone",
        dict(text="Church bells at 9am on a Sunday again. Religion's a con, pack it in."),
        "disrepute",
    ),
    (
        "a resident's own post about the chapel crowd",
        dict(
            text="Every Sunday the happy-clappy lot from the chapel park across our drives.",
            author="p-res-hale",
        ),
        "disrepute",
    ),
    (
        "a joking guess at how she got us all out",
        dict(
            text="Forty of us out in the sleet for Wendy Hale's litter pick. Whatever she bribed "
            "us with, it worked 😂👏"
        ),
        "personal-attack",
    ),
    (
        "an unknown thief reported to the police",
        dict(
            text="Some toerag's had the catalytic converter off me van. Reported, crime ref 1122."
        ),
        "personal-attack",
    ),
    (
        "a mower left idle",
        dict(text="The mower's been idle all week while we wait for the part."),
        "personal-attack",
    ),
    (
        "a grant praised, sure to be well spent",
        dict(
            text="The cricket club got its grant again, well deserved. I'm sure they'll spend it "
            "well."
        ),
        "unlawful-allegation",
    ),
    (
        "donations to be left at the door",
        dict(text="Food bank donations: leave them at the door of the Reading Room, thank you!"),
        "unlawful-allegation",
    ),
    (
        "a councillor's minuted vote on the council's page",
        dict(
            text="Cllr Dunn proposed the motion and it was carried 6-3 (minute 26/112).",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
    (
        "a list of bookings with dates and times",
        dict(
            text="Hall bookings for April, all confirmed 👍",
            attachments=(
                Attachment(
                    kind="screenshot",
                    description="Spreadsheet of April hall bookings with dates and times",
                ),
            ),
        ),
        "personal-data",
    ),
    (
        "the poster's own dad's chemo",
        dict(text="Sat with my dad all afternoon. The chemo's hard going but he's a fighter 💪"),
        "confidential-information",
    ),
]


test_family_fires = family_fires(POSITIVES, "ctx17")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, "ctx17")


# (7) Clause 6.3 beside 6.9: clause 6.9 says hostile communications "will bring the Parish Council
# into disrepute". Judged from the clauses the other rules raised, so tested on its own.
def _checking(ctx, **kwargs):
    return Checking(make_post(**kwargs), ctx, load_pack())


HOSTILE = "The bowls club committee are a bunch of freeloaders, the lot of them."
FAITH = (
    "Funny how the gurdwara crowd only started helping once there was grant money. Why should "
    "Sikhs get it?"
)
PARTY = "Anyone who still votes Labour round here needs their head testing."


@pytest.mark.parametrize(
    ("label", "kwargs", "clauses"),
    [
        ("a councillor's own hostile post", dict(text=HOSTILE), {"6.9"}),
        ("with the title in the profile", dict(text=HOSTILE), {"6.9", "6.1"}),
        ("an employee's", dict(text=HOSTILE, author="p-warden"), {"6.9"}),
        ("resentment of a faith community", dict(text=FAITH), {"6.9", "G.3"}),
    ],
)
def test_disrepute_beside_hostility(ctx, label, kwargs, clauses):
    assert disrepute_beside_hostility(_checking(ctx, **kwargs), clauses) is not None, label


@pytest.mark.parametrize(
    ("label", "kwargs", "clauses"),
    [
        ("no hostility", dict(text=HOSTILE), {"6.1"}),
        ("a reply, judged under G.2", dict(text=HOSTILE, reply="The club needs a roof."), {"6.9"}),
        ("a resident's own post", dict(text=HOSTILE, author="p-res-hale"), {"6.9"}),
        ("the council's page", dict(text=HOSTILE, kind="official", author="p-clerk"), {"6.9"}),
        ("a colleague commented on", dict(text=HOSTILE), {"6.9", "6.6"}),
        ("an allegation", dict(text=HOSTILE), {"6.9", "6.10"}),
        ("politics beside the hostility", dict(text=HOSTILE), {"6.9", "G.3"}),
        ("a party's voters", dict(text=PARTY), {"6.9", "G.3"}),
        ("6.3 raised already", dict(text=HOSTILE), {"6.9", "6.3"}),
    ],
)
def test_no_disrepute_beside_hostility(ctx, label, kwargs, clauses):
    assert disrepute_beside_hostility(_checking(ctx, **kwargs), clauses) is None, label


def test_disrepute_beside_hostility_in_the_report(ctx):
    report_rules = rules_raised(
        make_post(
            # (heads 22 read "the lot of them" as divisive, G.3, which is a matter of its own)
            text="Nine at the litter pick. The rest of you are idle scum."
        ),
        ctx,
    )
    assert {"personal-attack", "reads-as-disrepute"} <= report_rules


def test_disrepute_beside_hostility_span_on_blank_text(ctx):
    # blank text reads like nothing (round 33's gate on the 6.3 head), so no hit at all
    assert disrepute_beside_hostility(_checking(ctx, text="   "), {"6.9"}) is None
    hit = disrepute_beside_hostility(_checking(ctx, text="  " + HOSTILE + "\n"), {"6.9"})
    assert hit is not None and (hit.start, hit.end) == (2, 2 + len(HOSTILE))
