"""Good practice G.3: a party's colour with a call to vote, preaching at the reader, divisive
political and religious issues, siding with or against a party, and national politics on the
council's page.
"""

from __future__ import annotations

import re

from ...detectors.lexicon import compile_word_starts
from ..base import Checking, once_per_post
from ._common import _SECOND, _light, _search

# ---- G.3: a party's colour with a call to vote, preaching at the reader -----------------------

# Party colours as words ("green" is left out: it names village greens and places). A colour
# heart alone is too common to count.
_COLOUR = re.compile(r"\b(?:red|blue|yellow|orange|purple|turquoise)\b")
_VOTE_CUE = re.compile(
    r"\byou know what to do\b|\bpolling day\b|\bpolling station\b|\bat the polls?\b|\bvote\b"
)
_MONTHS = "january february march april may june july august september october november december"
_FAITH = re.compile(r"\b(?:jesus|christ|god|allah|the lord|saviour|gospel|scripture|bible)\b")
_PREACH = re.compile(
    r"\brepent\b|\bbe saved\b|\byour saviour\b|\baccept (?:him|jesus|christ|god|allah)\b|"
    r"\bturn to (?:god|jesus|christ|allah|the lord)\b|\byou'?re missing\b|\bnot too late\b|"
    r"\bpray with you\b|\bknow (?:jesus|god|christ|allah|the lord)\b"
)
# Called back to a faith, no "you" needed: "come back to church before it's too late".
_CALL_BACK = re.compile(
    r"\b(?:come|coming|go|get) back to (?:church|god|jesus|christ|the lord|the faith)\b|"
    r"\bonly (?:god|jesus|christ|the lord) can (?:save|heal|fix|help)\b"
)


def _poll_dates(c: Checking) -> re.Pattern[str] | None:
    """The polling days in the registers, as a post would write them ("4 May", "May 4th")."""
    parts = []
    for election in c.ctx.elections:
        month = _MONTHS.split()[election.poll.month - 1]
        day = election.poll.day
        parts.append(
            rf"\b{day}(?:st|nd|rd|th)? {month[:3]}\w*|\b{month[:3]}\w* {day}(?:st|nd|rd|th)?\b"
        )
    return re.compile("|".join(parts)) if parts else None


def colour_call(c: Checking) -> tuple[int, int, str] | None:
    """Good practice G.3: a party's colour named with a call to vote or a polling day from the
    registers ("Feeling blue? You know what to do on 4 May"): campaigning for a party."""
    light = _light(c)
    colour = _COLOUR.search(light)
    if colour is None:
        return None
    polls = _poll_dates(c)
    if _VOTE_CUE.search(light) or (polls is not None and polls.search(light)):
        return c.light_hit(colour)
    return None


def preaching(c: Checking) -> tuple[int, int, str] | None:
    """Good practice G.3: urging the reader to a faith (a faith word with a persuasion aimed
    at "you": "it's not too late to repent"). Mentioning a service or a festival is not."""
    light = _light(c)
    call = _CALL_BACK.search(light)
    if call:
        return c.light_hit(call)
    if not (_FAITH.search(light) and _SECOND.search(light)):
        return None
    return _search(c, _PREACH)


# ---- G.3: divisive political and religious issues ----------------------------------------------

# Contested national issues on which taking a side inflames.
DIVISIVE_ISSUE = re.compile(
    r"\b(?:brexit|remainers?|leavers|brexiteers?|palestin\w*|gaza|israel\w*|zionis\w*|hamas|"
    r"assisted dying|euthanasia|abortion|pro-?life|pro-?choice|fox ?hunting|hunting ban|"
    r"immigra\w*|asylum|migrants?|small boats|illegals|refugees?|trans (?:rights|women|activists|"
    r"agenda|ideology)|gender (?:ideology|critical)|death penalty|capital punishment|"
    r"islamis\w*|came (?:over )?on (?:the )?boats|boat people|nato|crossed the channel|"
    r"channel crossings?|"
    # "the strike" alone is often news of a service ("bins late because of the strike")
    r"(?:somebody|someone) else'?s war|indyref\w*|on strike|picket lines?|"
    r"striking (?:bin|refuse|rail|workers|staff|crews|doctors|nurses|teachers|drivers)\w*|"
    r"(?:scots|scotland|scottish|welsh|wales)\b"
    r"[^.!?]{0,30}\bindependence)\b|"
    "\U0001f1f5\U0001f1f8|\U0001f1ee\U0001f1f1"  # the flags of Palestine and Israel
)
# Taking a side on it: marching, solidarity, campaigning, verdicts, cheering.
_ISSUE_STANCE = compile_word_starts(
    r"\bmarch(?:ing|ed)? (?:for|against)\b|\bmarching in\b|\bon the march\b|"
    r"\bprotest(?:ing|ed)?\b|\brally\b|"
    r"\bstand(?:s|ing)? with\b|\bsolidarity\b|\b(?:won'?t|will not) be silent\b|\bshould march\b|"
    r"\bnobody'?s allowed to say\b|\bthe real reason\b|\bfree free\b|\bfree palestine\b|"
    r"\b(?:write|writing|email|e-mail) to (?:your|our) mp\b|\bwrite to your mp\b|"
    r"\bmust (?:stay|go|end|stop|never|not|be (?:stopped|scrapped|banned|kept|overturned|repealed|"
    r"enforced|legal|illegal|legalised))\b|\bshame on (?:him|her|them|you|our)\b|\band proud\b|"
    r"\bare human rights\b|\bwrite to (?:him|her|them)\b|"
    r"\bno going back\b|\bshould be (?:banned|scrapped|stopped|deported|sent back)\b|"
    r"\bspot on\b|\bmark my words\b|\bcouldn'?t agree more\b|\bwell said\b|\bhear,? hear\b|"
    r"\b(?:is|are) (?:still )?(?:state-?sanctioned |legalised |legal |cold-?blooded )?"
    r"(?:killing|murder)\b|\bmurderers?\b|\bgenocide\b|\bevil\b|"
    r"\btraitors?\b|\bnonsense\b|\bbrainwashed\b|\bcrying about\b|\bstill crying\b|"
    r"\bneed to hear it\b|\bblood on (?:their|his|her|your|its) hands\b|\bno neutral\b|"
    r"\b(?:don'?t|do not) call me (?:a )?racist\b|\bnot being racist\b|"
    r"\bwhile our (?:own |veterans|pensioners|homeless|kids|elderly|old folk|people)\b|"
    r"\bsick of paying\b|\bbring our money home\b|\bpoked the bear\b|\bfull stop\b|"
    r"\bif you disagree\b|\bunfollow me\b|\bend of (?:story|discussion|debate)\b|\bno debate\b|"
    r"\bis (?:a )?(?:human right|healthcare)\b|\blet them have it\b|\btake (?:the \w+ )?with them\b"
)
_PEOPLE_ISSUE = re.compile(r"refugees?|migrants?|immigrants?|asylum|illegals")
_GROUP_STANCE = re.compile(
    r"\bshould be (?:banned|scrapped|stopped|deported|sent back)\b|\bmust (?:go|stop|end)\b|"
    r"\b(?:don'?t|do not) call me (?:a )?racist\b|\bnot being racist\b|"
    r"\bwhile our (?:own |veterans|pensioners|homeless|kids|elderly|old folk|people)\b|"
    r"\bsick of paying\b|\btraitors?\b|\binvasion\b|\bswarm\w*\b|\bflood(?:ing|ed)? in\b|"
    r"\bpouring in\b|\benough is enough\b"
)
# Laughing at a group on one side ("remainers still crying 😂", "take the Welsh with them 😂").
_SIDE_GROUP = re.compile(
    r"\b(?:remainers?|leavers|brexiteers?|scots|welsh|migrants|immigrants|refugees|asylum seekers|"
    r"illegals|protesters)\b"
)
_LAUGH = re.compile("[\U0001f602\U0001f923]")
# Slogans and sneers that take a side by themselves.
DIVISIVE_SLOGAN = re.compile(
    r"\bleave means leave\b|\bremoaners?\b|\bget brexit done\b|\bfree palestine\b|"
    r"\bfrom the river to the sea\b|\bstop the boats\b|"
    r"\bwoke (?:nonsense|brigade|mob|agenda|lefties|rubbish|madness|lot|crowd|idiots|snowflakes)\b|"
    r"\bcan'?t (?:even )?say (?:happy |merry )?christmas (?:any ?more|without)\b"
)
# A minority faith hinted at ("another mosque planned ... just asking questions 🤔"), or told to
# live "by our ways"; a national day or flag turned on "the same people" ("don't let anyone tell
# you it's racist").
_MINORITY_FAITH = re.compile(
    r"\b(?:mosques?|muslims?|islam\w*|halal|synagogues?|jew(?:s|ish)|kosher|sikhs?|gurdwaras?|"
    r"hindus?|minarets?|burkas?|burqas?|hijabs?|sharia|prayer rooms?)\b"
)
_FAITH_HINT = compile_word_starts(
    r"\bjust asking(?: questions| the question)?\b|\bwonder (?:how many|why|who)\b|"
    r"\bmakes? you (?:think|wonder)\b|\bdraw your own conclusions\b|"
    r"\bsay no more\b|\btaking over\b|\bif you come (?:to live |to )?here\b|"
    r"\blive by our (?:ways|rules|values|customs|laws)\b|\bnot the other way (?:round|around)\b|"
    "\U0001f914"
)
# "Another mosque ..." with a grievance ("funny how nobody asked us").
_ANOTHER_FAITH = re.compile(
    r"\banother (?:new )?(?:\w+ )?(?:mosques?|halal|synagogues?|gurdwaras?|temples?|minarets?)\b"
)
_GRIEVANCE = compile_word_starts(
    r"\bfunny how\b|\b(?:nobody|no one|no-one|who) asked\b|\bnot a word\b|\bwhat next\b|\?"
)
_NATIONAL = re.compile(
    r"\bst\.? george'?s day\b|\bproud to be (?:english|british)\b|"
    r"\b(?:fly|flying) (?:your|the|our) flag\b|\bour flag\b|"
    r"\bthis country'?s? (?:forgot|forgotten|lost)\b|\bour (?:roots|culture|traditions|ways)\b"
)
_CULTURE_JIBE = compile_word_starts(
    r"\bfunny how\b|\byou know who you are\b|\bthe same people\b|\bsome (?:people )?round here\b|"
    r"\bracist\b|\b(?:getting |get |be )?offended\b|\bwoke\b|\bdon'?t let anyone tell you\b"
)
# Sending a group away: "every one of them in the hotels should be on a plane".
_DEPORT = re.compile(
    r"\b(?:on a plane|on the next (?:plane|boat|flight)|(?:send|ship) (?:them|'?em) (?:all )?"
    r"(?:back|home|out)|deport(?:ed|ing|ation)?)\b"
)
_GROUP_AWAY = re.compile(r"\b(?:them|they|every one|all of them|the lot)\b")
_ASYLUM_PLACE = re.compile(r"\bhotels?\b|\bbarracks\b|\bbarges?\b")


@once_per_post  # G.3 and 6.2 ask the same question
def divisive_issue(c: Checking) -> tuple[int, int, str] | None:
    """Good practice G.3: taking a side on a contested national issue (Brexit, Israel and Gaza,
    immigration and asylum, assisted dying, abortion, fox hunting ...): a slogan or sneer
    ("leave means leave", "woke nonsense"), the issue with a stance (marching for it, "write to
    your MP", "must stay", "spot on"), or a call to send a group away from the hotels; a
    minority faith hinted at ("another mosque ... just asking questions"); a national day or
    flag turned on "the same people" ("don't let anyone tell you it's racist"). Reporting the
    issue, or a collection for its victims, is not taking a side."""
    hit = _search(c, DIVISIVE_SLOGAN)
    if hit:
        return hit
    light = _light(c)
    faith = _MINORITY_FAITH.search(light)
    if faith and (
        _FAITH_HINT.search(light) or (_ANOTHER_FAITH.search(light) and _GRIEVANCE.search(light))
    ):
        return c.light_hit(faith)
    nation = _NATIONAL.search(light)
    if nation and _CULTURE_JIBE.search(light):
        return c.light_hit(nation)
    deport = _DEPORT.search(light)
    if (
        deport
        and _GROUP_AWAY.search(light)
        and (DIVISIVE_ISSUE.search(light) or _ASYLUM_PLACE.search(light))
    ):
        return c.light_hit(deport)
    issues = list(DIVISIVE_ISSUE.finditer(light))
    if not issues:
        return None
    # a group of people (refugees, migrants) needs a hostile stance: praise for the family who
    # moved in ("well said to everyone who welcomed them") takes no side
    topic = any(not _PEOPLE_ISSUE.fullmatch(m.group(0)) for m in issues)
    stance = _ISSUE_STANCE if topic else _GROUP_STANCE
    if stance.search(light) or (_LAUGH.search(light) and _SIDE_GROUP.search(light)):
        start, end = c.text.light.span(issues[0].start(), issues[0].end())
        return start, end, c.post.text[start:end]
    return None


# G.3: a side taken in party politics (with a party or other political referent in the post):
# campaigning for a party, "the only lot who'll sort this country out", "they've wrecked this
# country", cheering a party's coming defeat ("roll on the general election, they're finished").
PARTISAN_STANCE = compile_word_starts(
    r"\b(?:out |been |going )?(?:leafleting|leafletting|leafleted|canvassing|campaigning|"
    r"door-?knocking|knocking (?:on )?doors|delivering leaflets)(?: for| with)\b|"
    r"\bthe only (?:lot|ones?|party|people|team|hope|answer)\b|"
    r"\b(?:wreck|ruin|bankrupt|destroy|broke|break|sold out|sell out)(?:s|ed|ing)? "
    r"(?:this|the|our) country\b|\bsort (?:this|the) country out\b|"
    r"\broll on (?:the )?(?:next )?(?:general )?election\b|\bthey'?re finished\b|"
    r"\b(?:their|your) days are numbered\b|"
    r"\bcan'?t wait to (?:see the back of (?:them|'?em)|vote (?:them|'?em) out)\b|"
    r"\btime for (?:a )?(?:change|something different)\b|"
    r"\bput (?:my|our|your|an?) (?:x|cross) (?:next to|by|against|for)\b|"
    r"\bcounting (?:down )?the days (?:till|until|to)\b|\bsack the lot\b|#sackthelot|"
    r"\bonly party (?:that|who|to|which)\b"
)
# On the council's own page, national politics needs no party: the government and a campaign
# stance ("fully backs the national campaign", "this government has abandoned the north").
_GOVERNMENT = re.compile(
    r"\b(?:this|the|our|tory|labour|conservative|current) government\b|\bwestminster\b|"
    r"\bministers\b|\bdowning street\b|\bprime minister\b|\bnational campaign\b"
)
_GOVERNMENT_STANCE = compile_word_starts(
    r"\b(?:fully |wholeheartedly )?backs? the\b|\bcampaign to\b|\bscrap(?:s|ped)? the\b|"
    r"\babandon\w*|"
    r"\bcouldn'?t care less\b|\bkick in the teeth\b|\bshould be ashamed\b|\bdaylight robbery\b|"
    r"\b(?:won'?t|will not) stand for\b|\bappalled\b|\bstands? with\b|\bsolidarity\b|"
    r"\b(?:fully |proud to )?supports? (?:the )?(?:government|westminster|reform|labour|tory)\b|"
    r"\bbetrayed\b|\bhas failed\b|\blet (?:us|\w+) down\b|\bstarted listening\b|"
    r"\bnext time you vote\b|\bwhen you vote\b|\bloud and clear\b|\bshame on\b|\bdisgrace\b|"
    # voting them out ("#VoteThemOut"), or credit given ("say what you like about this
    # government, at least they've finally ...")
    r"\bvote (?:them|'?em|this lot|the lot) out\b|#votethemout|"
    r"\bsay what you (?:like|will) about\b|"
    r"\bat least (?:they|this government|westminster|ministers)(?:'ve| have)? "
    r"(?:finally|actually)\b|"
    r"\bfair play to (?:them|the government|ministers)\b|\bcredit where\b"
)


@once_per_post  # G.3 and 6.2 ask the same question
def official_politics(c: Checking) -> tuple[int, int, str] | None:
    """Good practice G.3 on the council's page: a stance on national government."""
    light = _light(c)
    government = _GOVERNMENT.search(light)
    if government is None or _GOVERNMENT_STANCE.search(light) is None:
        return None
    return c.light_hit(government)


def partisan_stance(c: Checking) -> tuple[int, int, str] | None:
    """Good practice G.3: siding with or against a party (the caller checks that a party or
    another political referent is named)."""
    return _search(c, PARTISAN_STANCE)


# ---- G.3: faith scorned, faith made a culture war, a party's voters shamed ---------------------

# Party names as people write them, masked ones too ("T*ry", "Lab*ur", "Ref*rm").
_PARTY = (
    r"(?:tor(?:y|ies)|t[*.\-_]+r(?:y|ies)|t[*.\-_]{2,}y|labour|lab[*.\-_]+ur|l[*.\-_]+bour|"
    r"reform|ref[*.\-_]+rm|conservatives?|tories|lib ?dems?|snp|ukip|"
    # "green" alone is a village green: the party only by name, as "the Greens", or with a vote
    r"green party|the greens|greens?(?= (?:voters?|supporters?)\b)|(?<=vote )greens?\b|"
    r"(?<=voted )greens?\b|(?<=voting )greens?\b)"
)
# Voting for a party ("if u still vote T*ry", "anybody votin Reform", "Reform voters").
_VOTES_PARTY = compile_word_starts(
    rf"\bvot(?:e|es|ed|ing|in)\W+(?:for )?(?:the )?{_PARTY}\b|\b{_PARTY} voters?\b"
)
# ... and shaming them for it: they deserve it, have no right to complain, want their heads
# testing, are a disgrace.
_VOTER_SHAME = re.compile(
    r"\bdeserves?\b|\bno right to\b|\bdon'?t (?:come )?(?:crying|moaning|complain)|"
    r"\bcrying to me\b|\bwhat (?:you|u|they) voted for\b|\bheads? test|\bhead (?:looking|examin)|"
    r"\bdisgrace\b|\bashamed\b|\bthick\b|\bstupid\b|\bidiots?\b|\bmugs\b|\bdaft\b|\bbrain ?dead\b|"
    r"\bstop voting\b|\bturning in (?:their|his|her) graves?\b|\bhave a word with (?:yourself|"
    r"yourselves)\b"
)
# Allegiance and cheering a party's fall, bare party names allowed ("Reform or nowt", "Labour's
# finished round here", "never forgive the Tories", "Proud Green voter").
_ALLEGIANCE = compile_word_starts(
    rf"\b{_PARTY} or (?:nowt|nothing|bust)\b|\b{_PARTY}(?:'s| is| are|'re) (?:finished|done for|"
    rf"toast|"
    rf"dead and buried)\b|\bnever (?:forgive|forget|trust) (?:the )?{_PARTY}\b|"
    rf"\bproud {_PARTY} (?:voter|supporter)\b|\b{_PARTY} would sort (?:this|the|it) \w* ?out\b|"
    rf"\bproper {_PARTY}\b|\bragging on (?:the )?{_PARTY}\b|"
    rf"\bdon'?t let (?:the )?{_PARTY} (?:back )?in\b"
)


_STOP_VOTING = re.compile(
    r"\bstop voting (?:for )?(?:them|'?em|that lot)\b|\bvote for (?:them|'?em) next time\b"
)


_PARTY_WORD = re.compile(_PARTY)


@once_per_post  # G.3 and 6.2 ask the same question
def voter_shame(c: Checking) -> tuple[int, int, str] | None:
    """Good practice G.3: siding in party politics by shaming a party's voters ("if u still
    vote T*ry ... u deserve everything u get", "anybody votin Reform wants their head testin",
    "Reform voters are a disgrace") or declaring for or against a party ("Reform or nowt",
    "Labour's finished round here", "never forgive the Tories"). Criticism of a party's record
    with nobody told how to vote, and saying which party one belongs to, are left alone."""
    light = _light(c)
    if not _PARTY_WORD.search(light) and not c.has("parties"):
        return None  # every form names a party: skip the scans
    votes = _VOTES_PARTY.search(light)
    if votes and _VOTER_SHAME.search(light):
        return c.light_hit(votes)
    if c.has("parties") and (stop := _STOP_VOTING.search(light)):
        return c.light_hit(stop)
    return _search(c, _ALLEGIANCE)


# Scorn for a faith or its clergy ("religion's a con", "godless rubbish", "happy-clappy lot",
# "the vicar should stick to hymns").
_FAITH_SCORN = compile_word_starts(
    r"\breligion(?:'s| is)? (?:all |just |nowt but |nothing but )?(?:a |an )?(?:con|scam|joke|"
    r"fairy ?tales?|nonsense|rubbish|cult|brainwashing)\b|\bgodless\b|\bhappy[- ]clappy\b|"
    r"\bbible[- ]?bash\w*|\bmulti-?faith (?:jamboree|nonsense|rubbish|circus)\b|\bsky fair(?:y|"
    r"ies)\b|\bimaginary friend\b|\bmumbo[- ]jumbo\b|"
    r"\b(?:vicar|priest|church|imam|bishop)\w* (?:should|shud|needs? to|wants? to|can) "
    r"(?:stick to|keep (?:his|her|its|their) nose)|\bnobody asked the (?:church|vicar|mosque)\b|"
    r"\b(?:vicar|church|mosque|imam)\b[^.!?]{0,60}\bfar too much (?:say|influence|power)\b|"
    r"\b(?:religion|church|faith|god)\b[^.!?]{0,30}\bpack it in\b"
)
# Faith made a culture war: "this is a Christian country", Christmas not "happy holidays",
# "Winterval", "Easter's a Christian festival and I'm sick of ...".
_CHRISTIAN_LAND = re.compile(
    r"\b(?:this is|we are|we're|it's|it is|we live in|still|treeton is|\w+ is) (?:a |still a )?"
    r"(?:christian|church) "
    r"(?:country|village|nation|town|land)\b"
)
_RENAMED = (
    r"(?:happy holidays|season'?s greetings|winter ?val|winter (?:lights|celebration|festival|"
    r"holidays?)|festive (?:season|lights|celebration)|spring (?:holidays?|festival|celebration)|"
    r"the holidays|holiday season)"
)
_NOT_RENAMED = re.compile(
    rf"(?:\b(?:not|no|never|instead of|rather than|won'?t be saying|so as not to offend|"
    rf"call(?:ing)? it|don'?t let them)|n't)\W{{1,4}}(?:a |an |the )?['‘\"“]?{_RENAMED}\b|"
    rf"['‘\"“]{_RENAMED}['’\"”][^.!?]{{0,40}}\b(?:offend|snowflakes|woke|pc brigade|"
    rf"political correctness)\b|"
    r"\b(?:take|taking|took) christ out\b"
)
_FESTIVAL_CLAIM = re.compile(
    r"\b(?:christmas|easter|harvest)(?:'s| is) (?:about christ|a christian (?:festival|holiday|"
    r"celebration))\b"
)
_FESTIVAL_GRIEVANCE = re.compile(
    r"\bsick of\b|\bscared to\b|\bforget(?:ting)?\b|\bpretend\w*\b|\bwhatever\b|\bget over it\b|"
    r"\btough\b|\boffend\w*\b|\bnot a\b|\bnot '|\bkeep \w+ (?:groups? )?happy\b"
)
# A minority faith's festival set against "ours" with a grievance ("Bet they barely mention
# Christmas", "don't remember the council page doing Easter", "same energy for the Harvest").
_MINORITY_FESTIVAL = re.compile(r"\b(?:diwali|eid|ramadan|hanukkah|vaisakhi|holi)\b")
_OUR_FESTIVAL = re.compile(r"\b(?:christmas|easter|harvest|nativity|christian)\b")
_FESTIVAL_JIBE = re.compile(
    r"\bbet\b|\bfunny\b|\bbarely\b|\bsame energy\b|\bjust saying\b|\bjust an observation\b|"
    r"\blost its way\b|\bdon'?t remember\b|\bwhat about\b|\bpretending\b|\bnever (?:do|did|mention)"
)
# A minority faith with a grievance ("why should Muslims get their own prayer room", "mosques
# don't pay for the bins ... just saying", "prayer times ... what's next").
_MINORITY_FAITH_MORE = re.compile(
    r"\b(?:mosques?|muslims?|islam\w*|halal|synagogues?|sikhs?|gurdwaras?|hindus?|sharia|"
    r"ramadan|prayer (?:rooms?|times|mats?)|call to prayer)\b"
)
_FAITH_GRIEVANCE = re.compile(
    r"\bwhy should\b|\bget their own\b|\bthe rest of us\b|\bjust saying\b|\bwhat'?s next\b|"
    r"\bwon'?t use\b|\bdon'?t pay\b|\bhappily\b|\bnobody asked\b|\bbut why\b"
)


_FAITH_KEYS = re.compile(
    r"relig|god|church|vicar|priest|imam|bishop|christ|faith|bible|sky fair|imaginary friend|"
    r"mumbo|clappy|mosque|muslim|islam|halal|synagogue|sikh|gurdwara|hindu|sharia|ramadan|eid|"
    r"diwali|hanukkah|vaisakhi|holi|prayer|holiday|winter|festive|season|spring|easter|harvest"
)


@once_per_post  # G.3 and 6.2 ask the same question
def faith_culture(c: Checking) -> tuple[int, int, str] | None:
    """Good practice G.3: religion made inflammatory. Scorn for a faith or its clergy
    ("religion's a con", "godless rubbish", "the vicar should stick to hymns"); faith turned into a
    culture war ("this is a Christian country", Christmas "not 'happy holidays'", "Easter's a
    Christian festival and I'm sick of ..."); a minority faith's festival set against Christmas
    with a jibe ("bet they barely mention Christmas"); a minority faith with a grievance ("why
    should Muslims get their own ...", "what's next"). A greeting for any festival, a church
    service or a neutral mention of a mosque is not."""
    light = _light(c)
    if not _FAITH_KEYS.search(light):
        return None  # every form names a faith, a festival or a renaming: skip the scans
    for pattern in (_FAITH_SCORN, _CHRISTIAN_LAND, _NOT_RENAMED):
        m = pattern.search(light)
        if m:
            return c.light_hit(m)
    claim = _FESTIVAL_CLAIM.search(light)
    if claim and _FESTIVAL_GRIEVANCE.search(light):
        return c.light_hit(claim)
    festival = _MINORITY_FESTIVAL.search(light)
    if festival and _OUR_FESTIVAL.search(light) and _FESTIVAL_JIBE.search(light):
        return c.light_hit(festival)
    faith = _MINORITY_FAITH_MORE.search(light)
    if faith and _FAITH_GRIEVANCE.search(light):
        return c.light_hit(faith)
    return None
