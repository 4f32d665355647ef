"""Table-driven tests for session 12's rule families (round 19).

Found on devstyle25-28 after their blind scores: (1) Clauses 6.10 and 6.9, not raised: a kind of
crime warned about, not a charge against anyone ("courier fraud calls", "report it to Action
Fraud", "the thieves are about"). (2) Clause 6.5: a door or alarm code said to be unchanged ("it's
still 4826"). (3) Clause G.3 (and 6.2): a party's own account tagged on the council's page
("@UKLabour"). (4) Clause 6.10: a drink for anyone who shows their polling card with a cross for
the poster. (5) Clause 6.9: "coffin dodgers". (6) Clause 6.1: "speaking as a councillor", spaced
out too. (7) Clauses 6.10 and 6.3: goods offered "don't ask where from"; handbrake turns on the
rec, but not someone else's doughnuts reported to 101. (8) Clause 4.2, not raised: the Clerk's
notice of who is standing. (9) Clause G.4: a crime reported in the post answered needs the police's
route, unless it is the police's own appeal. (10) Clause 6.5: dementia named after an older
resident by first name. (11) Clause 6.10: a lawful meeting to be shouted down or made impossible to
hold; "sign anyway, nobody checks". From devstyle29-32 after their blind scores: (12) clause 6.1, a
Greek lunate sigma for the C of "Cllr", and "Coun." as a sign-off; (13) clause 4.3, not raised: a
candidate's paid advert for "... Electrical" before the period; (14) clause 6.10: "water your veg
after dark like I do, they can't prove owt", "bottom of Mill Lane, everybody else has. Nobody's
checking", "lock-in tonight, don't tell the licensing lot"; (15) clause 5.1: "the missus is holding
the fort on her own"; (16) clause 6.9: "useless lump", "the brains of a pothole". (17) clause 5.1:
a security-question meme answered; cash kept at home; the poster's own envelope with the address;
(18) clause G.3: the council's page inviting prayer. (19) clause 6.7: a private individual named in
full who is in none of the registers.
"""

from __future__ import annotations

import pytest

from civicpost.policy.post import Attachment

from .conftest import family_fires, make_post, near_miss_stays_quiet, registers_with, rules_raised

POSITIVES = [
    (
        "a door code said to be unchanged",
        dict(text="Key holders: the alarm code hasn't changed, it's still 4826 then enter."),
        "confidential-information",
    ),
    (
        "a party's own account tagged on the council's page",
        dict(
            text="Great speech from @UKLabour tonight, it's exactly what Ashby families need.",
            kind="official",
            author="p-clerk",
        ),
        "politics-religion",
    ),
    (
        "a pint for a polling card marked for the poster",
        dict(text="Pint on me for anyone who shows me their polling card with a cross by COLE."),
        "unlawful-allegation",
    ),
    (
        "older residents called coffin dodgers",
        dict(text="Coffee morning coffin dodgers moaning again? Turn your hearing aids down 🙄"),
        "personal-attack",
    ),
    (
        "speaking as a councillor",
        dict(text="Speaking as a councillor and a dad, the cuts to youth services are shameful."),
        "councillor-title",
    ),
    (
        "speaking as a councillor, spaced out",
        dict(text="Speaking as a C o u n c i l l o r, the cuts to youth services are shameful."),
        "councillor-title",
    ),
    (
        "goods offered, don't ask where from",
        dict(text="Load of copper pipe going cheap, don't ask where from 😉 cash only."),
        "unlawful-allegation",
    ),
    (
        "goods offered, don't ask where from: 6.3 too",
        dict(text="Load of copper pipe going cheap, don't ask where from 😉 cash only."),
        "disrepute",
    ),
    (
        "handbrake turns on the new path",
        dict(text="Tried out the new path at the rec last night 🤣 handbrake turns 10/10"),
        "unlawful-allegation",
    ),
    (
        "a knife reported, answered without the police",
        dict(
            text="Thanks for letting us know, we'll keep an eye on it.",
            kind="official",
            author="p-clerk",
            reply="A lad pulled a knife on my son at the rec tonight. What is being done??",
        ),
        "resolution-route",
    ),
    (
        "a bogus caller reported, answered with sympathy only",
        dict(
            text="Oh no, that sounds dodgy! Hope she's ok xx",
            reply="Bloke at my mum's door saying he's from the council to check the water. "
            "She let him in 😟",
        ),
        "resolution-route",
    ),
    (
        "dementia named after an older resident",
        dict(
            text="Old Arthur at the luncheon club asked who I was three times, bless him. "
            "Dementia's cruel."
        ),
        "confidential-information",
    ),
    (
        "a lawful meeting to be shouted down",
        dict(
            text="When they bring the parking plan back, let's pack the hall and shout them down."
        ),
        "unlawful-allegation",
    ),
    (
        "a lawful meeting made impossible",
        dict(text="Fill the hall on the 9th and make it impossible to hold the meeting 📣"),
        "unlawful-allegation",
    ),
    (
        "sign anyway, nobody checks",
        dict(text="Not on the electoral register? Sign the poll request anyway, nobody checks 😉"),
        "unlawful-allegation",
    ),
    (
        "after dark, they can't prove owt",
        dict(
            text="Hosepipe ban my foot. Water the beans after dark like I do, they can't prove it"
        ),
        "unlawful-allegation",
    ),
    (
        "nobody's checking, everybody else has",
        dict(
            text="Soaked carpets? Top of Mill Lane, everybody else has 😉 Nobody's checking.",
            reply="Where do we take soaked carpets? The tip's shut.",
        ),
        "unlawful-allegation",
    ),
    (
        "don't tell the licensing lot",
        dict(text="Lock-in at the Plough after time tonight 🤫🍺 don't tell the licensing lot!"),
        "unlawful-allegation",
    ),
    (
        "the wife on her own while away",
        dict(text="Off to Cardiff for the rugby, back Sunday, so the wife's on her own till then."),
        "privacy-exposure",
    ),
    (
        "useless lump",
        dict(text="Whoever runs the highways desk has the brains of a pothole. Useless lump."),
        "personal-attack",
    ),
    (
        "a security-question meme answered",
        dict(
            text="Lady Biscuit Hartley of Mill Row 😂 love it",
            reply="👑 Your royal title is your first pet's name + your mum's maiden name + the "
            "street you grew up on! Comment below",
        ),
        "privacy-exposure",
    ),
    (
        "cash kept at home",
        dict(
            text="Raffle made £1,210!! Bank's shut till Monday so it's sat in a biscuit tin in "
            "my kitchen 🤫"
        ),
        "privacy-exposure",
    ),
    (
        "the poster's own envelope with the address",
        dict(
            text="Only gone and got a garden party invite 👑",
            attachments=(
                Attachment(
                    description="Invitation beside its envelope, which shows his full name and "
                    "home address, 4 Mill Road",
                    source="own",
                ),
            ),
        ),
        "privacy-exposure",
    ),
    (
        "the council's page inviting prayer",
        dict(
            text="Please join us in praying for the King's recovery at St Anne's tonight at 7pm 🙏",
            kind="official",
            author="p-clerk",
        ),
        "politics-religion",
    ),
    (
        "a private individual named in full, outside the registers",
        dict(
            text="Before you send your kids to the new Sunday school, ask Darren Platt why he "
            "left his last church so fast."
        ),
        "name-without-permission",
    ),
    (
        "a resident's dog and its owner named",
        dict(text="Best in show went to Jean Stubbs' very smug dachshund 🐕🏆"),
        "name-without-permission",
    ),
]

NEGATIVES = [
    (
        "a public figure with a title",
        dict(text="Sir Keith Starmer was on the telly again, same old promises."),
        "name-without-permission",
    ),
    (
        "an MP",
        dict(text="Thanks to Sarah Champion MP for visiting the food bank today."),
        "name-without-permission",
    ),
    (
        "the poster's own family",
        dict(text="Our Ethan Cole scored twice for the under-10s today ⚽"),
        "name-without-permission",
    ),
    (
        "a first name in a street name",
        dict(text="The gala parade goes down Mark Lane at 2pm."),
        "name-without-permission",
    ),
    (
        "a security-question meme warned about",
        dict(
            text="Don't answer these, they're security questions, scammers love them.",
            reply="Your royal title is your first pet's name + your mum's maiden name!",
        ),
        "privacy-exposure",
    ),
    (
        "money spent on the house",
        dict(text="Spent £1,200 on a new boiler for our house, worth every penny."),
        "privacy-exposure",
    ),
    (
        "a resident's envelope",
        dict(
            text="Thank you letters keep coming!",
            attachments=(
                Attachment(
                    description="Envelope from a resident showing her full name and home address",
                    source="own",
                ),
            ),
        ),
        "privacy-exposure",
    ),
    (
        "a service announced",
        dict(
            text="Remembrance service at St Anne's on Sunday at 10:45, all welcome.",
            kind="official",
            author="p-clerk",
        ),
        "politics-religion",
    ),
    (
        "don't tell the council, about defiance",
        dict(
            text="No bonfire this year? Bring pallets to the rec Friday, we'll have our own, "
            "don't tell the council lol"
        ),
        "unlawful-allegation",
    ),
    (
        "nobody checks, as a complaint",
        dict(text="People park on the verge all day and nobody checks, it's a joke."),
        "unlawful-allegation",
    ),
    (
        "courier fraud warned about",
        dict(text="Police warning about courier fraud calls: your bank will never send anyone."),
        "unlawful-allegation",
    ),
    (
        "a scammer's 'fraud department'",
        dict(text="Had the 'Amazon fraud department' on the phone, put it down. Tell your mams!"),
        "unlawful-allegation",
    ),
    (
        "Action Fraud as the route",
        dict(text="Lost money to a scam? You're not daft, they're clever. Tell Action Fraud."),
        "unlawful-allegation",
    ),
    (
        "the thieves are about",
        dict(text="Dark nights are when the thieves are about. Want a sensor light? Message me."),
        "unlawful-allegation",
    ),
    (
        "an alarm code changed, not given",
        dict(text="The alarm code has now changed, please ask the Clerk for it."),
        "confidential-information",
    ),
    (
        "a club with the party's name in its handle",
        dict(
            text="Thanks to @AshbyLabourClub for hosting the quiz night!",
            kind="official",
            author="p-clerk",
        ),
        "politics-religion",
    ),
    (
        "someone else's doughnuts reported",
        dict(text="Fella in a silver Corsa keeps doing doughnuts on the rec. Reported to 101."),
        "unlawful-allegation",
    ),
    (
        "doughnuts on sale",
        dict(text="Doughnuts and tea at the rec cake stall on Saturday, all welcome."),
        "unlawful-allegation",
    ),
    (
        "the police's own appeal shared",
        dict(
            text="Please share, keep an eye out folks",
            kind="official",
            author="p-clerk",
            reply="Police appeal: a catalytic converter was stolen on Mill Road overnight. "
            "Call 101 quoting incident 412.",
        ),
        "resolution-route",
    ),
    (
        "a knife reported, sent to the police",
        dict(
            text="That's frightening. Please ring 101 and report it, or 999 if he's still there.",
            reply="A lad pulled a knife on my son at the rec tonight. What is being done??",
        ),
        "resolution-route",
    ),
    (
        "dementia in general",
        dict(text="Dementia is cruel. Please support the Memory Walk on Sunday."),
        "confidential-information",
    ),
]

test_family_fires = family_fires(POSITIVES)
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES)


# (1) A charge is still a charge after the crime-in-general exceptions
def test_a_charge_is_still_made(ctx):
    post = make_post("Darren, you're a thief and a fraud, and everyone knows it.")
    assert "unlawful-allegation" in rules_raised(post, ctx)


# (6) Only a councillor speaks as one
def test_speaking_as_a_former_councillor(ctx):
    post = make_post(
        "Speaking as a councillor, years ago, the cuts to youth services are shameful.",
        author=None,
    )
    assert "councillor-title" not in rules_raised(post, ctx)


# (8) The Clerk's notice of who is standing
@pytest.mark.parametrize(
    "text",
    [
        "The borough has published the list of who is standing for Ashby Green. Two candidates, "
        "Alice Brennan and Owen Cole.",
        "Notice of the candidates for Ashby Green: Alice Brennan, Owen Cole. Polling info: "
        "https://www.borough.gov.uk/elections",
    ],
)
def test_notice_of_who_is_standing(ctx, text):
    post = make_post(text, kind="official", author="p-clerk", at="2028-04-10T12:00:00+01:00")
    assert "pre-election-period" not in rules_raised(post, ctx)


# (12) The title disguised with a Greek lunate sigma, or abbreviated "Coun."
@pytest.mark.parametrize(
    ("kwargs", "fires"),
    [
        (
            dict(
                text="Snow on Mill Road, shout if you need bread.",
                display_name="\u03f9llr Owen Cole",
            ),
            True,
        ),
        (dict(text="Best pie in the county at the Plough 🥧 -- Coun. O. Cole"), True),
        (dict(text="Coun. Brennan was right about the bins."), False),
    ],
)
def test_title_disguised_or_abbreviated(ctx, kwargs, fires):
    assert ("councillor-title" in rules_raised(make_post(**kwargs), ctx)) is fires, kwargs


# (13) A candidate's paid advert for a trade whose name holds "elect"
def test_electrical_trade_advert_is_not_election_material(ctx):
    post = make_post(
        "Fairy lights giving you grief? 🎄 Cole Electrical, fair prices, message me for a quote.",
        paid=True,
        at="2028-01-10T12:00:00+00:00",
    )
    assert "election-advertising" not in rules_raised(post, ctx)


# (20) The 6.6 hint does not second-guess an approval in force that covers the thanks
@pytest.mark.parametrize(
    ("text", "at", "fires"),
    [
        ("A big thank you to Sid for gritting the hall path every morning 👏", "2027-02-01", False),
        ("A big thank you to Sid for gritting the hall path every morning 👏", "2027-05-01", True),
        ("Sid's off sick again, so the hall path wasn't gritted this morning.", "2027-02-01", True),
    ],
)
def test_colleague_hint_respects_approvals(ctx, monkeypatch, text, at, fires):
    from civicpost.policy import load_pack
    from civicpost.policy.rules import Checking, hints

    monkeypatch.setattr(hints, "_proba", lambda c: {"6.6": 1.0})
    post = make_post(text, at=f"{at}T12:00:00+00:00")
    hits = list(hints.reads_as_colleague_comment(Checking(post, ctx, load_pack())))
    assert bool(hits) is fires, (text, at)


# (21) The poster's own address, bound by "new address for ...:", "through the door at" or "on
# the drive at", and the postcode after it, and a new car's plate: 5.1, not someone else's (6.5)
@pytest.mark.parametrize(
    "text",
    [
        "Keys collected 🏡 New address for the Christmas card list: 22 Elm Close, Ashby S60 5RB",
        "Tax returns done on the side, £60. Drop your paperwork through the door at 8 Mill Road.",
        "New motor! 🚗 She's on the drive at 41 Mill Road, TW64 RGG, come and have a nosey.",
    ],
)
def test_own_address_bound_by_its_words(ctx, text):
    raised = rules_raised(make_post(text), ctx)
    assert "privacy-exposure" in raised and "personal-data" not in raised, text


# (22) False alarms from devstyle45-52, each a hard negative beside a case that still fires
_OWN_TWO = Attachment(
    description="Two young children wearing oversized pit helmets on a sofa", minors=True
)
_ONE_CHILD = Attachment(description="Small boy with a rucksack at a front door", minors=True)
_MY_TWO_AND_OTHERS = Attachment(
    description="Queue of five young children at the face painting stall",
    people=("Cole's two children", "three other children"),
    minors=True,
)


@pytest.mark.parametrize(
    ("text", "attachment", "fires"),
    [
        ("Our two in great-grandad's pit helmets 😂", _OWN_TWO, False),
        ("First day of Year 1 for this one 🥹", _ONE_CHILD, False),
        ("Face painting queue at the gala, my two were in their element", _MY_TWO_AND_OTHERS, True),
    ],
)
def test_own_children_counted(ctx, text, attachment, fires):
    raised = rules_raised(make_post(text, attachments=(attachment,)), ctx)
    assert ("minor-without-consent" in raised) is fires, text


_POLICE = {
    "id": "c-9", "kind": "third_party_content", "subject": "County Police", "minor": False,
    "scope": ["public appeals and crime prevention posts, shared unchanged"],
    "channels": ["official", "personal"], "given": "2025-01-01",
}  # fmt: skip


@pytest.mark.parametrize(("consents", "fires"), [(("c-9",), False), ((), True)])
def test_police_appeal_for_a_missing_child_shared(consents, fires):
    registers = registers_with(consents=[_POLICE])
    appeal = Attachment(
        kind="shared_post",
        description="County Police public appeal to trace a missing 14-year-old",
        source="third_party",
        minors=True,
        consents=consents,
    )
    post = make_post("Please share: the police need help to find a missing teenager.",
                     attachments=(appeal,))  # fmt: skip
    assert ("minor-without-consent" in rules_raised(post, registers)) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Police want to hear from anyone who saw the plaque being taken from the bench.", False),
        ("Taken from the Advertiser for those without a subscription: 'The council ...'", True),
    ],
)
def test_taken_from_a_publication(ctx, text, fires):
    assert ("copyright-material" in rules_raised(make_post(text), ctx)) is fires, text


def test_a_consent_line_without_a_season():
    registers = registers_with(
        consents=[
            {
                "id": "c-8", "kind": "photo", "subject": "Best kept garden children",
                "minor": True, "scope": ["Best kept garden 2027", "Christmas lights 2027"],
                "channels": ["official"], "names_allowed": False, "given": "2027-01-01",
            }
        ]
    )  # fmt: skip
    child = Attachment(description="Boy watering the planters, face visible", minors=True,
                       consents=("c-8",))  # fmt: skip
    post = make_post(
        "Throwback to the best kept garden judging back in July ☀️ thanks to our young gardeners",
        kind="official",
        author="p-clerk",
        at="2027-09-01T12:00:00+01:00",
        attachments=(child,),
    )
    assert "minor-without-consent" not in rules_raised(post, registers)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Folk have been asking about the allotment rent going from £38 to £52.", False),
        ("Between you and me the asking price for the paddock is £65k, allotments at last.", True),
    ],
)
def test_a_keyword_phrase_counts_by_its_head(text, fires):
    registers = registers_with(
        confidential=[
            {"id": "k-9", "title": "Negotiation to buy the paddock for allotments",
             "keywords": ["asking price"], "until": "2027-12-31"}
        ]
    )  # fmt: skip
    assert ("confidential-information" in rules_raised(make_post(text), registers)) is fires


def test_candidates_on_the_statement_of_persons_nominated(ctx):
    text = (
        "The statement of persons nominated is out for Ashby Green: Steve Kirkham, Lorraine "
        "Birks and Owen Cole."
    )
    post = make_post(text, kind="official", author="p-clerk")
    assert "name-without-permission" not in rules_raised(post, ctx)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("I'll judge the cameras on whether the pavilion stops getting smashed.", False),
        ("Got smashed at the Plough last night after the meeting 🍻", True),
    ],
)
def test_smashed_as_damage_or_drink(ctx, text, fires):
    assert ("disrepute" in rules_raised(make_post(text), ctx)) is fires, text
