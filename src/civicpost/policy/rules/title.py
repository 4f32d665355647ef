"""Section 6, clause 6.1: the Cllr or Councillor title used on a personal account."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..detectors.lexicon import compile_word_starts
from ..text import normalise
from .base import Checking, Hit, rule
from .colleague_refs import NOT_A_FIRST_NAME

# Punctuation slipped inside the abbreviation ("C'llr", "C.llr", "Cl-lr") still spells the title.
# round 19: "Coun." (with its dot) is the title's other abbreviation ("-- Coun. T. Wragg")
# round 27: "Counci11or" (read "counciiior" once the ones are letters) and "Counciller" too
TITLE = (
    r"(?:c['\u2019.\-*]?[il1|]['\u2019.\-*]?[il1|]['\u2019.\-*]?r|counci[il]{1,3}[eo]r|"
    r"coun(?=\.))"
)
TITLE_WORD = re.compile(rf"(?<![a-z]){TITLE}(?![a-z])")
TITLE_IN_HANDLE = re.compile(TITLE)


@rule("councillor-title")
def councillor_title(c: Checking) -> Iterator[Hit]:
    """The Cllr or Councillor title used on a personal account.

    What it looks for:
        On a personal account: "Cllr" or "Councillor" in the display name, the handle or the bio,
        or in the post next to the author's own name ("Cllr Wragg here", "#CllrWragg", "Terry
        Wragg, Councillor for Treeton North"), nickname (the first word of a two-word alias:
        "Cllr Gaz here") or signed initials ("KD, Counc!llor for Treeton South"), or signed with
        an initial or a kiss between ("Terry W (Cllr, ...)", "Denise x (Cllr, ...)"), including
        disguised forms ("C1lr", "Cl|r", "Counci11or", "Counciller", a Cyrillic "С", a zero-width
        space inside); a councillor
        styling themselves by the title without a name ("speaking as your Councillor", "I'm your
        local councillor", "your friendly neighbourhood Cllr here", signed "(your local
        councillor)", a "#CllrLife" hashtag, "speaking as a councillor", spaced out or not;
        round 23b: "Your Cllr for Treeton North", "As a Councillor for Treeton South I've
        asked", "your friendly neighbourhood Cllr:", but not "I'm still your councillor for
        ...");
        "Coun." is the title too ("-- Coun. T. Wragg").

    Why it matters:
        Clause 6.1: employees and councillors must not "use the Cllr or Councillor title on
        personal social media".

    Example:
        Display name "Cllr Keith Dawson" on a personal Facebook profile.

    Instead:
        Use your name alone on personal accounts; use the title only on council channels.

    Known limits:
        Calling a colleague "Cllr Smith" is not using the title, and is not flagged; nor is a
        council-issued address such as cllr.gill@... . Official accounts are never flagged.
    """
    if c.official:
        return
    for field_name in ("display_name", "handle", "bio"):
        norm = c.field_text(field_name)
        pattern = TITLE_IN_HANDLE if field_name == "handle" else TITLE_WORD
        m = pattern.search(norm.full.text)
        if m:
            start, end = norm.full.span(m.start(), m.end())
            yield Hit(
                start,
                end,
                f"The {field_name.replace('_', ' ')} of a personal account uses the "
                "councillor title.",
                "Remove 'Cllr'/'Councillor' from your personal profile.",
                evidence=norm.original[start:end],
                field=field_name,
            )
            return
    author = c.author
    if author is None:
        return
    names = {author.name, author.surname, *author.aliases}
    names = {n.lower() for n in names if n and len(n) > 1 and TITLE_WORD.search(n.lower()) is None}
    # round 14: the first word of a two-word alias is the author's nickname ("Gaz Booth": "Cllr
    # Gaz here"); honorifics and "the" are not names
    names |= {
        n.split()[0]
        for n in names
        if " " in n and len(n.split()[0]) > 1 and n.split()[0] not in NOT_A_FIRST_NAME
    }
    if not names:
        return
    body = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True)
    )
    # round 14: a sign-off by the author's initials ("KD, Counc!llor for Treeton South")
    initials = "".join(w[0] for w in author.name.lower().split() if w[:1].isalpha())
    signed = f"{body}|{re.escape(initials)}" if len(initials) > 1 else body
    own = re.compile(
        rf"(?<![a-z@.]){TITLE}\.?\s*(?:[a-z]+\.?\s+)?(?:{body})(?![a-z])"
        # round 27: with an initial or a kiss between ("Terry W (Cllr, ...)", "Denise x (Cllr")
        rf"|(?<![a-z@.])(?:{signed})(?:\s+(?:[a-z]\.?|x{{1,3}}))?\s*[,(\-]\s*"
        rf"(?:your\s+)?(?:parish\s+|ward\s+|local\s+)?"
        rf"{TITLE}(?![a-z])"
    )
    for m in own.finditer(c.text.full.text):
        start, end = c.text.full.span(m.start(), m.end())
        if any(start < e and s < end for s, e in c.masked):
            continue
        yield Hit(
            start,
            end,
            "The post styles its author with the councillor title on a personal account.",
            "Sign personal posts with your name alone.",
            evidence=c.post.text[start:end],
        )
        return
    # round 18: the title beside the author's name in their own picture's caption ("campaign
    # graphic: 'Cllr Keith Dawson - Treeton South'", "cover photo captioned 'CLLR GAZ BOOTH'")
    for index, attachment in enumerate(c.post.attachments):
        if attachment.source == "own" and own.search(normalise(attachment.description).full.text):
            yield Hit(
                0,
                0,
                "The poster's own picture styles them with the councillor title on a personal "
                "account.",
                "Take the title off pictures for your personal accounts.",
                field=f"attachment[{index}]",
            )
            return
    if not author.is_councillor:
        return
    full = c.text.full.text
    # every form of SELF_STYLED has "your" in it but the hashtag, which starts with "#", and
    # "(speaking) as a councillor"
    m = SELF_STYLED.search(full) if "your" in full or "#" in full or "as a" in full else None
    if m:
        start, end = c.text.full.span(m.start(), m.end())
        yield Hit(
            start,
            end,
            "The post styles its author with the councillor title on a personal account.",
            "Say who you are by name alone on personal accounts.",
            evidence=c.post.text[start:end],
        )


# The author speaking in the first person under the title ("speaking as your Councillor",
# "I'm your local councillor", "your friendly neighbourhood Cllr here", "#CllrLife"), without a
# name: the title used on a personal account all the same.
SELF_STYLED = compile_word_starts(
    rf"(?<![a-z])(?:(?:speaking|writing|posting|wearing my hat) )?as your (?:parish |ward |local )?"
    rf"{TITLE}(?![a-z])|\b(?:i'?m|i am|this is) your (?:parish |ward |local )?{TITLE}(?![a-z])|"
    # round 19: "speaking as a Councillor and a mum of teenagers"
    # (the article may be joined to a spaced-out title: "as a C o u n c i l l o r")
    rf"\b(?:speaking|writing|posting) as an? ?(?:parish |ward |local )?{TITLE}(?![a-z])|"
    # introduced or signed off as "your ... councillor": "your friendly neighbourhood Cllr
    # here", "from your friendly neighbourhood councillor x", "Denise (your local councillor)"
    rf"\byour (?:[a-z'-]+ ){{0,3}}{TITLE} here\b(?! (?:is|in|for|at|on|was|are|has|will)\b)|"
    rf"(?:^|\n|[(\u2013\u2014-]\s*|\bfrom |\bsigned,? |\blove,? )your (?:[a-z'-]+ ){{0,3}}{TITLE}"
    rf"(?:[\s.,!)x]*$|\s*\))|"
    # round 23b: the title with the ward ("Your Cllr for Treeton North, and standing again",
    # "As a Councillor for Treeton South I've asked"), and "your friendly neighbourhood Cllr:"
    rf"(?<!\bstill )\byour (?:[a-z'-]+ ){{0,3}}{TITLE} for "
    r"(?:treeton|[a-z]+ (?:north|south|ward))\b|"
    rf"(?:^|[.!?\n]\s*)as an? (?:parish |ward |local )?{TITLE} for\b|"
    rf"\byour friendly neighbourhood {TITLE}(?![a-z])|"
    # the title worn as a hashtag about one's own life: "#CllrLife", "#CouncillorDiaries"
    rf"#{TITLE}_?(?:life|lyfe|diar(?:y|ies)|duties|mode|problems|things|hat|business)\b"
)
