"""Table-driven tests for the fourth generalisation round, lane a: 6.9, G.2 and 6.10.

Families: retorts aimed at the person rather than the point (6.9: "says the one who ...", "if
you don't like it, move", scare quotes round the other side's facts, sneering at the people
answered, "you've done sod all", "don't lecture me", "rubbish and you know it", blaming the
complainant); hostility to migrants by implication, a faith's festival with a grievance of the
majority, a community's stereotype of crime (6.9); an order to damage or a wait with a weapon
(6.9, 6.10); a damaging claim reported as fact, an appeal to name a culprit, an offence winked
at in scare quotes, drink and a lift home, dodging tax, obstructing works, innuendo about who
gets the contract (6.10); a reply that joins, feeds or widens the anger it answers, or brushes
the person off (G.2). Every case is written for the Ashby Green test registers
(tests/policy/context.yaml); hard negatives sit next to the positives.
"""

from __future__ import annotations

import pytest

from .conftest import family_fires, make_post, rules_raised

HEATED = "This council is a waste of space. Nobody ever listens to us."
THANKS = "Thank you for the lovely lights on the green, the kids loved it!"

POSITIVES = [
    # 6.9: retorts at the person
    (
        "says the one who",
        dict(text="Says the man who parks on the zigzags every morning.", reply=HEATED),
        "personal-attack",
    ),
    ("rich coming from you", dict(text="Rich coming from you, pal."), "personal-attack"),
    ("don't like it, leave", dict(text="If you don't like it here, leave."), "personal-attack"),
    (
        "don't like it? move to ...",
        dict(text="Don't like it? Move to Sheffield then."),
        "personal-attack",
    ),
    (
        "door hit you",
        dict(text="Off you go then, don't let the door hit you.", reply=HEATED),
        "personal-attack",
    ),
    (
        "scare quotes round their facts",
        dict(text="Your 'sources' are a Facebook meme.", reply=HEATED),
        "personal-attack",
    ),
    (
        "your so-called evidence",
        dict(text="Your so-called evidence is a blurry photo."),
        "personal-attack",
    ),
    (
        "some of you would complain",
        dict(text="Some folk will whinge if the sun shines."),
        "personal-attack",
    ),
    (
        "if people had any sense",
        dict(text="If you had an ounce of sense you'd read the minutes."),
        "personal-attack",
    ),
    (
        "done bugger all",
        dict(text="You lot have done naff all for years."),
        "personal-attack",
    ),
    (
        "don't lecture me",
        dict(text="Don't you dare lecture me about the budget."),
        "personal-attack",
    ),
    (
        "spare me the sermon",
        dict(text="Spare me the sermon, Owen.", reply=HEATED),
        "personal-attack",
    ),
    (
        "nonsense and you know it",
        dict(text="That's drivel and you know it, Owen.", reply=HEATED),
        "personal-attack",
    ),
    (
        "who's really behind it",
        dict(text="The whole village knows who's stirring."),
        "personal-attack",
    ),
    ("fake as they come", dict(text="Two-faced as they come, that one."), "personal-attack"),
    (
        "blaming the complainant",
        dict(
            text="Maybe if some folk learned to use a bin we'd not need more.",
            reply=HEATED,
        ),
        "personal-attack",
    ),
    (
        "passport checking",
        dict(text="Anyone waving that flag should lose their citizenship."),
        "personal-attack",
    ),
    (
        "an insult with an intensifier names its target",
        dict(text="Utter clowns, the lot of them on that planning committee."),
        "personal-attack",
    ),
    # 6.9: hostility to a group
    (
        "migrants in the hotels, on the next plane",
        dict(text="The lot in the airport hotel, ship them all back."),
        "hostile-language",
    ),
    (
        "small boats while our veterans",
        dict(text="Illegals swarming in while our own go without."),
        "hostile-language",
    ),
    (
        "should all be deported",
        dict(text="Illegals should all be deported, simple as."),
        "hostile-language",
    ),
    (
        "a festival with a majority grievance",
        dict(text="Can't even say Merry Christmas now, but Eid gets a parade."),
        "hostile-language",
    ),
    (
        "another mosque, just asking",
        dict(text="Another synagogue approved. Just asking the question."),
        "hostile-language",
    ),
    (
        "a festival and get out if you don't like it",
        dict(text="Easter is a Christian festival; those who don't like it can emigrate."),
        "hostile-language",
    ),
    (
        "a community's stereotype of crime",
        dict(text="Travellers back on Mill Field. Lock up your sheds."),
        "hostile-language",
    ),
    (
        "an implied community with a knowing aside",
        dict(text="Caravans on the verge, hide your tools, you know what they're like."),
        "hostile-language",
    ),
    # 6.9 / 6.10: harm ordered or threatened
    ("slash his tyres", dict(text="Find out who owns it and slash his tyres."), "hostile-language"),
    (
        "torch it",
        dict(text="Whoever owns that caravan, torch it tonight.", reply=HEATED),
        "unlawful-allegation",
    ),
    (
        "let the tyres down",
        dict(text="Let the tyres down on that van, that'll teach him."),
        "unlawful-allegation",
    ),
    (
        "waiting with a weapon",
        dict(text="If those quad bikes come back we'll be ready with a crowbar."),
        "unlawful-allegation",
    ),
    # 6.10: damaging claims, culprits, offences
    (
        "a criminal record",
        dict(text="Norman Ives has a string of convictions for theft, look it up."),
        "unlawful-allegation",
    ),
    (
        "sacked for fiddling",
        dict(text="He was sacked from the bank for fiddling the books, you know."),
        "unlawful-allegation",
    ),
    (
        "suspended over expenses",
        dict(text="Wendy Hale got sacked from the bakery for stealing from the till."),
        "unlawful-allegation",
    ),
    (
        "paid off someone",
        dict(text="The developer bought off the inspector, simple as."),
        "unlawful-allegation",
    ),
    (
        "greased palms",
        dict(text="They greased a few palms at the borough, that's how it got through."),
        "unlawful-allegation",
    ),
    (
        "ripped people off",
        dict(text="That plumber ripped the pensioners off on Quarry Lane."),
        "unlawful-allegation",
    ),
    (
        "an appeal to identify an offender",
        dict(text="Anyone know who this is? Doorbell camera caught him nicking parcels."),
        "unlawful-allegation",
    ),
    (
        "recognise these two",
        dict(text="Recognise these two? Spraying graffiti on the pavilion last night."),
        "unlawful-allegation",
    ),
    (
        "we all know it was",
        dict(text="Everyone knows it's the kids from the top flats who wrecked the bus shelter."),
        "unlawful-allegation",
    ),
    (
        "we won't name them",
        dict(text="More bags fly-tipped on Quarry Lane. No names mentioned, same house as ever."),
        "unlawful-allegation",
    ),
    (
        "an offence winked at in scare quotes",
        dict(text="Our Christmas tree was 'liberated' from the garden centre 😂"),
        "unlawful-allegation",
    ),
    (
        "accidentally in scare quotes",
        dict(text="Shame if the new sign 'accidentally' fell in the pond."),
        "unlawful-allegation",
    ),
    (
        "drinks and a lift home",
        dict(text="Three jars at the club then ran the girls back, no bother."),
        "unlawful-allegation",
    ),
    (
        "dodging VAT",
        dict(text="Paying the fencing lad off the books, HMRC won't find out."),
        "unlawful-allegation",
    ),
    (
        "someone else's blue badge",
        dict(text="Parking free all month using my dad's blue badge while he's in hospital."),
        "unlawful-allegation",
    ),
    (
        "obstructing works",
        dict(text="Sit down in front of the lorries when they arrive on Monday."),
        "unlawful-allegation",
    ),
    (
        "innuendo about a flash purchase and public money",
        dict(
            text="Strange that a certain parish officer booked a cruise the same month as "
            "the grant came in."
        ),
        "unlawful-allegation",
    ),
    (
        "innuendo about who gets the contract",
        dict(text="Odd how the tender somehow went to the chair's cousin again."),
        "unlawful-allegation",
    ),
    # G.2: joining, feeding or widening the anger; brushing the person off
    (
        "sharing the anger and feeding it",
        dict(text="Just as livid as you. The borough couldn't care less.", reply=HEATED),
        "escalation",
    ),
    (
        "agreeing and teasing more",
        dict(
            text="Agreed, disgraceful. Don't get me started on the hall roof.",
            reply="Bins not emptied AGAIN on Church Street. Disgrace.",
        ),
        "escalation",
    ),
    (
        "inviting the row",
        dict(
            text="You want a fight? Let's have it out. I've kept screenshots.",
            reply="Who signed off these ugly benches? Name and shame",
        ),
        "escalation",
    ),
    (
        "brushing the person off",
        dict(text="Told you that before. Say whatever you like.", reply=HEATED),
        "escalation",
    ),
    (
        "a retort in a reply",
        dict(text="Don't like it here? Then go.", reply=HEATED),
        "escalation",
    ),
    (
        "calling the whole village in",
        dict(
            text="Let's get the whole estate on here, I've tagged the local paper.",
            reply="The new logo is rubbish, my kid could do better",
        ),
        "escalation",
    ),
]

NEGATIVES = [
    # 6.9: near-misses of the retorts
    ("says the notice", dict(text="Says the notice on the library door: closed Monday."), None),
    (
        "don't like the bins, tell the clerk",
        dict(text="If you don't like the new bins, let the clerk know."),
        None,
    ),
    (
        "don't like it, come to the meeting",
        dict(text="If anyone doesn't like it, they can come to the meeting and say so."),
        None,
    ),
    ("quoted likes", dict(text="Your 'likes' and shares made our day, thank you!"), None),
    ("some of you would like", dict(text="Some of you would like the bins moved; noted."), None),
    (
        "done nothing wrong",
        dict(text="You have done nothing wrong, and the council apologises."),
        None,
    ),
    ("a lecture", dict(text="The lecture at the library on Tuesday is free."), None),
    (
        "not true, with the facts",
        dict(text="That's not true, the grant was £2,000, see the minutes.", reply=HEATED),
        None,
    ),
    (
        "everyone knows who's running it",
        dict(text="Everyone knows who's running the tombola this year: Priya!"),
        None,
    ),
    (
        "maybe if people let us know",
        dict(text="Maybe if people let us know about full bins we can send the warden round."),
        None,
    ),
    (
        "a passport reminder",
        dict(text="Off to France for the twinning? Check your passport has six months left."),
        None,
    ),
    (
        "it's not racist",
        dict(text="No, it's not racist to ask about the lunch menu, you know."),
        None,
    ),
    # 6.9: near-misses of group hostility
    (
        "asylum seekers helped",
        dict(text="The asylum seekers at the hotel on the ring road got winter coats from the WI."),
        None,
    ),
    (
        "refugee week",
        dict(text="Refugee week: come and hear from families who came over on boats."),
        None,
    ),
    ("our pensioners", dict(text="Our pensioners' lunch club is on Wednesday at noon."), None),
    (
        "a festival greeting",
        dict(text="Happy Diwali to everyone celebrating in Ashby Green!"),
        None,
    ),
    (
        "a festival and a lot",
        dict(text="Happy Diwali! Sweets at the hall for the quiz lot."),
        None,
    ),
    (
        "a caravan rally",
        dict(text="Caravan club rally on Mill Field this weekend, lock your gates behind you."),
        None,
    ),
    (
        "a burglary warning",
        dict(text="Two sheds broken into on Quarry Lane, lock up your sheds please."),
        None,
    ),
    ("bring a torch", dict(text="Bring a torch for the lantern walk, and go slowly."), None),
    ("burn the leaves", dict(text="Burn the leaves in a proper bin, not on the verge."), None),
    (
        "a bat for rounders",
        dict(text="I'll be on the field with a bat and ball for the kids' rounders at 3."),
        None,
    ),
    # 6.10: near-misses of allegations and offences
    (
        "an arrest reported without a name",
        dict(text="Thanks to the police, a man has been arrested after the pavilion break-in."),
        None,
    ),
    ("a service suspended", dict(text="The bus service was suspended over Christmas."), None),
    (
        "one's own speeding ticket",
        dict(text="I got done for speeding last year, so slow down on Mill Lane, folks."),
        None,
    ),
    ("a loan paid off", dict(text="We've finally paid off the loan for the hall roof!"), None),
    (
        "recognise this view",
        dict(text="Recognise this view? Ashby Green from the church tower in 1952."),
        None,
    ),
    (
        "found and handed in",
        dict(text="Found a purse by the pond, handed it in at the library."),
        None,
    ),
    ("two pints and walked home", dict(text="Two pints at the quiz then walked home."), None),
    ("an invoice with VAT", dict(text="Hall hire invoice attached, VAT included."), None),
    ("strong convictions", dict(text="Strong convictions are no bad thing in a councillor."), None),
    ("a sheltered quote", dict(text="The 'Lost and Found' box is by the hall door."), None),
    (
        "a lawful protest",
        dict(text="Come to the meeting on the 9th and have your say on the mast."),
        None,
    ),
]

NEGATIVES += [
    ("a bonfire lit", dict(text="Set fire to the bonfire at 7, fireworks from 7.30."), None),
    (
        "refugees helped",
        dict(text="Refugees flooding in to Poland need our help: coats to the hall please."),
        None,
    ),
    ("wasps at the hotel", dict(text="The hotel was swarming with wasps all weekend."), None),
    (
        "a welcome pack",
        dict(text="The asylum seekers arrive Monday; we'll send them a welcome pack."),
        None,
    ),
    (
        "a job done for a price",
        dict(text="The windows got done for half price, he's brilliant."),
        None,
    ),
    (
        "knowing the volunteers",
        dict(text="Do you know them? The volunteers who cleared the dumped rubbish, heroes."),
        None,
    ),
    (
        "who to call about dumping",
        dict(text="Everyone knows who to call when rubbish is dumped: the borough, 0114 000."),
        None,
    ),
    ("done nowt wrong", dict(text="You've done nowt wrong, love, don't worry."), None),
    (
        "a budget with a hint word",
        dict(text="Cllr Dunn presents the budget tonight, watch this space!"),
        None,
    ),
    (
        "a tender won, no wink",
        dict(text="Interesting that Wendy Hale won the tender, congratulations to her."),
        None,
    ),
]

NEGATIVES += [
    (
        "some people would complain, but",
        dict(text="Some people would complain about anything, but the gala feedback was lovely!"),
        None,
    ),
    (
        "maybe if the borough bothered",
        dict(text="Maybe if they bothered to fix the drains we'd not flood every year."),
        None,
    ),
    (
        "who's behind the lights",
        dict(text="We all know who's behind the brilliant Christmas lights - thanks Sid!"),
        None,
    ),
    ("banter with praise", dict(text="Says the woman who baked 200 scones! Legend"), None),
    ("a mosque open day", dict(text="Another mosque open day this Saturday, all welcome."), None),
    (
        "the church serves the village",
        dict(text="The church serves the village, not the other way round."),
        None,
    ),
    ("a lost phone", dict(text="Anyone know who this belongs to? Found on Mill Lane."), None),
    (
        "a police appeal shared",
        dict(text="Police appeal: do you know this man? He stole from the shop. Call 101."),
        None,
    ),
    ("years of service", dict(text="He's done time for the club, 40 years as treasurer!"), None),
    ("tyres for the beach", dict(text="Let the tyres down a bit on the sand, better grip."), None),
    (
        "a joke about protest",
        dict(text="Chain yourself to the railings? No, just sign the petition 😂"),
        None,
    ),
    (
        "the taxman will know",
        dict(text="The taxman will know if you don't declare it, so do your return!"),
        None,
    ),
    (
        "an idea borrowed online",
        dict(text="'Borrowed' from Pinterest, this idea for the planters is lovely."),
        None,
    ),
    ("a taxi home", dict(text="Two pints and I was done, got a taxi home."), None),
    (
        "questions about the budget",
        dict(text="If people had any questions about the budget, the clerk is in on Tuesday."),
        None,
    ),
]

POSITIVES += [
    ("a cheek", dict(text="You've got a cheek, you never turn up to anything."), "personal-attack"),
    ("mocking upset", dict(text="Cry me a river 😂", reply=HEATED), "personal-attack"),
    (
        "nobody forcing you",
        dict(text="Nobody's forcing you to live here.", reply=HEATED),
        "personal-attack",
    ),
    ("live somewhere else", dict(text="Go and live somewhere else then."), "personal-attack"),
    (
        "back where they came from",
        dict(text="Send the lot of them back where they came from."),
        "hostile-language",
    ),
    ("deport the lot", dict(text="Economic migrants, deport the lot."), "hostile-language"),
    (
        "someone should key his car",
        dict(text="Somebody should key his car, just saying."),
        "unlawful-allegation",
    ),
    (
        "arrested for shoplifting",
        dict(text="Heard she's been arrested for shoplifting, no surprise."),
        "unlawful-allegation",
    ),
    ("he's on the take", dict(text="Everyone knows he's on the take."), "unlawful-allegation"),
    (
        "a relative gets the contract",
        dict(text="Wonder how the chair's son got that contract 🤔"),
        "unlawful-allegation",
    ),
    (
        "agreeing and piling on",
        dict(
            text="100% agree, they're useless. Everyone should email them till they act!!",
            reply=HEATED,
        ),
        "escalation",
    ),
    (
        "whatever, done",
        dict(text="Whatever. Not arguing with you any more.", reply=HEATED),
        "escalation",
    ),
]

NEGATIVES += [
    ("lived elsewhere", dict(text="We used to live somewhere else before Ashby Green."), None),
    (
        "refugees arriving",
        dict(text="Refugees arrived on a plane from Kabul, please donate coats."),
        None,
    ),
    ("a charity trek", dict(text="Flew out on a plane to Rwanda for the charity trek!"), None),
    (
        "a deportation reported",
        dict(text="The Home Office plans to deport them next week; we are raising concerns."),
        None,
    ),
    ("a song touched a nerve", dict(text="That song touched a nerve, what a tribute"), None),
]

REPLY_NEGATIVES = [
    ("views to the clerk", "Everyone should email the clerk with their views by Friday.", HEATED),
    ("friendly teaser", "Wait till you see the photos 😂", THANKS),
    (
        "agreeing and routing",
        "Agreed, the verge is a disgrace. I've reported it to the borough, here's the link.",
        HEATED,
    ),
    ("waiting for the minutes", "I'll wait for the minutes before commenting.", HEATED),
    ("a calm reply", "I understand you're cross. The clerk can help on 01234 567890.", HEATED),
]


test_family_fires = family_fires(POSITIVES)


_LANE_A = {"personal-attack", "hostile-language", "unlawful-allegation", "escalation"}


@pytest.mark.parametrize(("label", "kwargs", "slug"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_near_miss_stays_quiet(ctx, label, kwargs, slug):
    assert not rules_raised(make_post(**kwargs), ctx) & _LANE_A, label


@pytest.mark.parametrize(
    ("label", "text", "reply"), REPLY_NEGATIVES, ids=[c[0] for c in REPLY_NEGATIVES]
)
def test_calm_or_friendly_reply_is_not_escalation(ctx, label, text, reply):
    assert "escalation" not in rules_raised(make_post(text, reply=reply), ctx), label
