"""Clause 6.2: speaking in the council's voice, and the council as the subject of a sentence
taking a side, holding a view or promising money.
"""

from __future__ import annotations

import functools
import re

from ...detectors.lexicon import compile_word_starts
from ..base import Checking, once_per_post
from ._common import _light, _search

# ---- 6.2: speaking in the council's voice -----------------------------------------------------

COUNCIL_VOICE = compile_word_starts(
    r"\bwe (?:at|on) (?:the )?(?:\w+ ){0,2}(?:pc|council|parish council|town council)\b|"
    r"\bthe (?:parish |town )?council (?:doesn'?t|does not|don'?t) want\b|"
    r"(?:^|[.!?]\s+)on behalf of (?:the )?(?:\w+ ){0,3}(?:(?:parish |town )?council|pc)\b|"
    r"\bthe (?:parish |town )?council (?:is|are) (?:firmly |totally |fully |all )?"
    r"(?:against|opposed|behind(?! schedule| the times| closed| the scenes)|backing|in favour)\b"
)


def council_voice(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.2: the poster speaking as the council ("we at Ashby PC think")."""
    light = _light(c)
    if "council" not in light and "pc" not in light:
        return None  # every form of COUNCIL_VOICE names a council or a PC: skip the scan
    return _search(c, COUNCIL_VOICE)


# ---- 6.2 (round 4): the council's stance --------------------------------------------------------

# The council as the subject of a sentence: the council in general terms ("the parish council",
# "the whole council"), a place name with "PC" ("Ashby PC"), or "we" speaking as the council
# ("we at/on the council", "we as a council", "all of us on the council"). The registers' own
# name and short name are added per context (``_council_subject``).
_GENERIC_COUNCIL = (
    r"(?:the|our) (?:whole |entire |full )?(?:parish |town |village )?council"
    r"|(?<!the )(?<!a )(?<!our )(?<!my )(?<!your )\b[a-z]+ pc"
    r"|we (?:at|on|from) (?:the )?(?:[a-z]+ ){0,2}(?:pc|council|parish council|town council)"
    r"|we as (?:a|the) (?:parish )?council|as a (?:parish )?council,? we"
    r"|(?:all|every one|each|everyone|everybody|the rest|most|many|half) (?:of us )?on the "
    r"(?:parish )?council"
    r"|(?<![a-z,] )(?<![a-z,])council"
    # "Parish council won't be handing ..." at the start of a sentence, without "the"
    r"|(?<![a-z,] )(?<![a-z,])(?:parish|town) council"
)
# A committee of the council ("the Amenities Committee WILL be backing ..."): one a parish
# council commonly has, or one the registers name (``_committees``). "The gala committee" is a
# club's, not the council's.
_COUNCIL_COMMITTEES = (
    r"planning|amenities|finance|finance and general purposes|f ?& ?gp|general purposes|"
    r"personnel|staffing|allotments?|recreation|burial|cemetery|highways|policy and resources|"
    r"audit|environment"
)
# Up to three adverbs or auxiliaries between the subject and its stance ("fully backs", "is
# 100% behind", "are all very much against", "do not support").
_ADVERBS = (
    r"(?:(?:fully|totally|firmly|strongly|wholeheartedly|completely|absolutely|unanimously|"
    r"very much|really|100 ?%|100 per ?cent|all|definitely|certainly|very|deeply|extremely|so|"
    r"hugely|bitterly|most|not|never|do|does|is|are|remains|stands|will|would|has|have|"
    r"cannot|can'?t|won'?t|don'?t|doesn'?t|be)\s+){0,3}"
)
# A side taken ("backs", "is behind", "opposes", "won't support", "says no to").
_STANCE = (
    r"(?:behind(?! schedule| the times| closed| the scenes)|against|opposed to|in favour of|"
    r"(?:backs?|backing|supports?|supporting)(?! (?:residents|local|the (?:community|village|"
    r"people|residents)|people|families|businesses|volunteers|you\b|our|everyone|vulnerable|"
    r"anyone|those))|in the \w+ camp|"
    r"opposes?|opposing|objects? to|says? (?:no|yes) to|"
    r"said (?:no|yes) to|(?:won'?t|will not|will never|would never|isn'?t going to|is not going "
    r"to) (?:ever )?(?:stand for|tolerate|put up with|be having)|(?:proud|pleased|happy|delighted|"
    r"glad) to (?:back|support|join|sign|champion|get behind) (?:the|this|a) (?:\w+ )?(?:campaign|"
    r"petition|fight|battle|call|push))\b"
)
# A view held ("thinks", "believes", "is fine with", "says it loud and clear").
_OPINION = (
    r"(?:(?:thinks?|think|believes?|believe|feels?|reckons?|reckon)(?! in\b| for\b)|"
    # not "when the Planning Committee considers the application" (examines it; round 20)
    r"considers (?:the|this|that|it|its)\b(?! (?:\w+ )?(?:application|applications|item|items|"
    r"report|reports|request|requests|petitions?|bids?|tenders?|options?|"
    r"motion|motions|agenda|accounts|budget|precept|matter)\b)|"
    r"regards? (?:the|this|that|it) (?:\w+ ){0,2}as\b|"
    r"fine with|ok with|okay with|"
    r"says? (?:it )?loud and clear)\b"
)
# A feeling held ("is very disappointed with", "has had enough of"): on a personal page only, as
# the council's own page may rightly say it is appalled by vandalism.
_FEELING = (
    r"(?:(?:fully |entirely |perfectly )?satisfied (?:with|that)|content with|happy with its|"
    r"disappointed|appalled|disgusted|dismayed|saddened|angry|furious|outraged|livid|fuming|"
    r"horrified|unhappy|not happy|sick of|sick to death of|fed up with|had enough of|"
    r"stands? with|standing with|stand shoulder to shoulder with|"
    # a statement put out in its name ("the council wishes to make it clear it has NOT ...")
    r"(?:wishes|wants|would like|needs) to make (?:it )?(?:very |perfectly |absolutely )?clear)\b"
)
# What a council owns or lets ("the Reading Room", "the field", "the contract", "the lease").
_PROPERTY = (
    r"(?:room|hall|field|fields|land|site|building|buildings|pavilion|green|park|rec|ground|"
    r"grounds|allotments?|plot|plots|car park|centre|institute|welfare|club ?house|library|"
    r"cottage|chapel|church|contract|contracts|lease|tender|freehold|keys|asset|assets|"
    r"property|woods?|pond|playing fields?|play area|orchard)"
)
# A promise of the council's money or action ("will be finding the money for", "will pay for").
_COMMIT = (
    r"(?:will|'ll|shall|is going to|are going to|is gonna|won'?t|will not|isn'?t going to|is not "
    r"going to) (?:be )?(?:(?:find|finding|fund|funding|pay|paying|foot|footing|cover|covering|"
    r"stump up|stumping up) (?:the (?:money|bill|cost)|for)|"
    # a grant promised ("will be funding the Speedwatch group's grant bid in full")
    r"(?:fund|funding) (?:[a-z']+ ){0,4}(?:in full|grants?|bids?|applications?)\b|"
    r"(?:put|putting|spend|spending|give|"
    r"giving) (?:a penny|a pound|a single penny|any money|money|anything|a thing)"
    r"(?: (?:towards?|into|on|for))?|"
    # its property or a contract promised away ("won't be handing the Reading Room to ...",
    # "will be selling the field to ..."); "handing out leaflets to every house" promises nothing
    r"(?:hand|handing|sell|selling|lease|leasing|give|giving|gift|gifting) (?:the |our |its |"
    r"that |this )?(?:[a-z']+ ){0,2}" + _PROPERTY + r" (?:over |away )?to)\b|"
    # ... or anything refused ("won't be handing a penny over to the club")
    r"(?:won'?t|will not|isn'?t going to|is not going to|are not going to|aren'?t going to) "
    r"(?:be )?(?:hand|handing|sell|selling|lease|leasing|give|giving|gift|gifting) "
    r"(?:[a-z']+ ){1,3}(?:over |away )?to\b|"
    # a booking or an agreement refused or promised ("won't be renewing the pitch hire")
    r"(?:will|'ll|won'?t|will not|isn'?t going to|is not going to) (?:be )?(?:renew|renewing|"
    r"extend|extending) (?:the |our |its |their |your )?(?:[a-z']+ ){0,3}(?:hire|lease|licence|"
    r"license|contract|agreement|booking|tenancy)\b|"
    # money it says it has not got ("the council can't afford a skate park")
    r"(?:can'?t|cannot|can not) afford\b|"
    r"(?:has|have) no (?:intention|plans?) (?:of|to) "
    r"(?:pay|paying|fund|funding|back|backing|support|supporting|spend|spending|put|putting)\b"
)


# A gift promised in the council's name ("told them the parish council's giving them their
# skate park"), or a new thing it is said to have agreed ("the council's agreed to put two more
# dog bins on Mill Lane", "the council agreed to fund ..."): a personal page only, and the caller
# lets a decision in the registers make it a report. Only a new thing put, bought, funded or
# opened counts ("agreed to ask Rotherham for a 20mph zone" does not): most posts saying the
# council agreed or decided something report a real decision.
_CLAIM = (
    r"(?:(?:is|are|'s|'re) )?(?:giving|bringing) (?:them|you|us|the (?:kids|lads|village|"
    r"residents)|[a-z]+ (?:their|a|an|the)\b|back\b)|"
    r"(?:has )?(?:now |finally |just )?(?:agreed|decided) to (?:put|install|buy|get|fund|open|"
    r"build|provide|give|plant|fit|lay|add)\b"
)


_PREDICATES = {
    "stance": re.compile(_ADVERBS + _STANCE),
    "opinion": re.compile(_ADVERBS + _OPINION),
    "commit": re.compile(_ADVERBS + _COMMIT),
    "feeling": re.compile(_ADVERBS + _FEELING),
    "claim": re.compile(_CLAIM),
}
# The council's own page may announce spending and say it is appalled by vandalism.
_OFFICIAL_PREDICATES = ("stance", "opinion")
_PERSONAL_PREDICATES = ("stance", "opinion", "commit", "feeling", "claim")
# "We" on the council's own page is the council: joining a campaign is taking a side.
_WE_CAMPAIGN = re.compile(
    r"\b(?:we|we'?re|we are|we'?ve|we have)(?: \w+){0,2} (?:behind|backing|supporting|support|"
    r"back|joining|join|joined|signed|get(?:ting)? behind) (?:the|this) (?:\w+ ){0,3}(?:campaign|"
    r"petition|fight|push|bid)\b"
)
# A claim that cites the council's own decision is a report of it ("as agreed in the budget").
_REPORTED = re.compile(
    r"\b(?:as (?:agreed|decided|resolved|approved|voted)|(?:was|were|been) (?:agreed|decided|"
    r"resolved|approved|voted)|(?:agreed|approved|resolved|decided) (?:at|in|by) (?:the|last|"
    r"our)|in the budget|budgeted|minute \d)"
)
_POSITION_CUE = re.compile(
    r"\b(?:view|position|stance|line|perspective|standpoint|speaking|writing|talking|posting)\b"
)


def _committees(c: Checking) -> tuple[str, ...]:
    """The council's committees named in the registers ("Amenities Committee"), lower case,
    without the word "committee"."""
    bodies = {m.body for m in c.ctx.meetings} | {d.body for d in c.ctx.decisions}
    return tuple(
        sorted(
            b.lower().removesuffix("committee").strip()
            for b in bodies
            if b.lower().endswith(" committee")
        )
    )


@functools.lru_cache(maxsize=16)
def _stance_patterns(
    name: str, short_name: str, committees: tuple[str, ...] = ()
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The council as a subject (with its copula), and a position stated in its name."""
    names = [re.escape(n.lower()) for n in (name, short_name) if n]
    kinds = "|".join([*(re.escape(n) for n in committees if n), _COUNCIL_COMMITTEES])
    subject = "|".join([*names, _GENERIC_COUNCIL, rf"the (?:{kinds}) committee"])
    # "Treeton PC position on the Local Plan: ...", "our view at the parish council: ...".
    position = (
        rf"\b(?:(?:{subject})(?:'s)? (?:official )?(?:view|position|stance|line|point of view|"
        rf"perspective|standpoint)"
        rf"|our (?:official )?(?:view|position|stance|line) (?:at|on|from) (?:{subject}))"
        rf"(?: on [^.!?:]{{1,60}})?(?::| is\b| remains\b|,)"
        rf"|\b(?:speaking|writing|talking|posting) (?:for|on behalf of) (?:{subject})\b"
    )
    return re.compile(rf"\b(?:{subject})(?:'s|'re| is| are)?\s+"), re.compile(position)


def council_stance(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.2: the council, as the subject of a sentence, taking a side, holding a view or
    promising money ("Ashby PC is 100% behind ...", "the parish council fully backs ...", "the
    parish council is very disappointed with ...", "we at the council think ...", "the council
    will be finding the money for ...", "Ashby PC position on the Local Plan: ..."). The caller
    decides whether a recorded decision makes it a report. On the council's own page, spending
    and feelings are left out."""
    return _council_stance(c)


# The council saying it takes no side ("doesn't back any candidate", "does not support either
# party"): the neutrality the Publicity Code asks for, not a view.
_NEGATION = re.compile(r"\b(?:not|never|cannot)\b|n't\b")
_NO_SIDE = re.compile(
    r"\s*(?:any|either|a particular)\b(?: \w+)?\s*(?:candidates?|party|parties|side|sides|"
    r"groups?|of them)\b"
)


@once_per_post  # asked by 6.2 and 6.11 alike
def _council_stance(c: Checking) -> tuple[int, int, str] | None:
    light = _light(c)
    if c.official and (hit := _search(c, _WE_CAMPAIGN)):
        return hit
    if "council" not in light and "pc" not in light and "committee" not in light:
        return None
    council = c.ctx.council
    subject, position = _stance_patterns(council.name, council.short_name, _committees(c))
    kinds = _OFFICIAL_PREDICATES if c.official else _PERSONAL_PREDICATES
    if _REPORTED.search(light):
        return None
    for m in subject.finditer(light):
        for kind in kinds:
            p = _PREDICATES[kind].match(light, m.end())
            if p and _NEGATION.search(p.group()) and _NO_SIDE.match(light, p.end()):
                continue  # neutrality stated: "the parish council doesn't back any candidate"
            if p:
                start, end = c.text.light.span(m.start(), p.end())
                return start, end, c.post.text[start:end]
    if _POSITION_CUE.search(light):
        return _search(c, position)
    return None


# ---- 6.2 (round 5, lane C): the council's name or paper used for one's own stance ---------------

# "a letter on parish council paper saying we DO object", "in the council's name", "signed it
# for the parish council": a view carried under the council's name whatever it decided.
_IN_ITS_NAME = compile_word_starts(
    r"\bon (?:the )?(?:parish |town )?council(?:'s)? (?:headed )?(?:paper|letterhead|notepaper|"
    r"stationery|letter-?head)\b|\b(?:parish |town )?council (?:letterhead|letter-?headed paper|"
    r"headed paper|notepaper|stationery)\b|\bin the (?:parish |town )?council'?s name\b|"
    r"\bsigned (?:it |off )?(?:for|as) (?:the )?(?:parish |town )?council\b"
)


def council_name_used(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.2: a stance sent out under the council's name or on its paper by one member."""
    light = _light(c)
    if "council" not in light:
        return None
    return _search(c, _IN_ITS_NAME)
