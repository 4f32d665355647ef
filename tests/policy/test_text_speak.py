"""Text-speak and dialect spellings ("u", "ur", "dont", "nowt", "moanin'") are read the way
leetspeak is: as the words they stand for, in the light and full views, with every normalised
character mapped back inside the token that was written."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from civicpost.policy import Context, check, load_pack
from civicpost.policy.text import (
    SPEAK,
    _fold,
    _join_spaced,
    _lower_same_length,
    _unleet,
    normalise,
)

from .conftest import CONTEXT_PATH, make_post


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context.from_yaml(CONTEXT_PATH)


# --- the views ------------------------------------------------------------------------------------

VIEWS = [
    ("if u don't like it", "if you don't like it"),
    ("ur a waste of space", "you're a waste of space"),
    ("ur mum", "your mum"),
    ("yer a disgrace", "you're a disgrace"),
    ("ur absolute joke", "you're absolute joke"),
    ("shut ya mouth", "shut your mouth"),
    ("bless ya", "bless you"),
    ("r u ok", "are you ok"),
    ("fish n chips", "fish and chips"),
    ("out wi the dog", "out with the dog"),
    ("not saying owt", "not saying anything"),
    ("summat to whinge about", "something to whinge about"),
    ("cos they can", "because they can"),
    ("'cos they can", "'because they can"),
    ("coz i said", "because i said"),
    ("cuz i said", "because i said"),
    ("ppl pls plz tho", "people please please though"),
    ("dont doesnt didnt isnt arent", "don't doesn't didn't isn't aren't"),
    ("wasnt werent wouldnt couldnt shouldnt", "wasn't weren't wouldn't couldn't shouldn't"),
    ("aint youre theyre thats whats", "ain't you're they're that's what's"),
    ("ive im hes shes youve theyve", "i've i'm he's she's you've they've"),
    ("wouldve couldve shouldve", "would've could've should've"),
    ("moanin' and nothin' new", "moaning and nothing new"),
    ("u'd better", "you'd better"),
    ("waste o' money", "waste of money"),
    ("If U dont like it", "if you don't like it"),
    ("U R A JOKE", "you are a joke"),
    ("Im done. Ive had enough", "i'm done. i've had enough"),
    ("thank u.", "thank you."),
    ("rock 'n' roll", "rock 'and' roll"),
]


@pytest.mark.parametrize(("text", "light"), VIEWS)
def test_text_speak_is_read_in_light_and_full(text, light):
    n = normalise(text)
    assert n.light.text == light
    assert n.full.text == light  # nothing here for full to join or read as leetspeak
    assert n.cased.text == text  # cased keeps the text as written


# Real words, names, labels, acronyms, handles, links and numbers are left as they are.
LEFT_ALONE = [
    "its well were ill id lets cant wont shell hell",
    "Colin, Robin and Martin",
    "Jony Ive said so",
    "Ask Makin about it",
    "the WI coffee morning",
    "the u3a meets on Tuesday",
    "thanks @u and #ur and @im",
    "n/a",
    "see https://example.com/u/r?n=1&u=2 and www.ur.com/dont",
    "email u@example.com or dont@example.org",
    "Route 66 r",
    "turn off at junction 3 n",
    "plan B n C",
    "J R Hartley",
    "J. R. R. Tolkien",
    "Mr R Smith and N Yorkshire",
    "grade U in maths",
    "a U-turn",
    "n.b. the R.I.P. notice",
    "he said 'let us begin' and left",
    "standing, going, nothing",
    "O'Brien at five o'clock",
    "don't you're i'm",
    "rock'n'roll",
    "urn, yarn, ura, ppls",
    "cl|r and pick|r",  # round 27: a bar inside a word ("Cl|r") is a letter, not "are"
]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_words_names_and_links_are_left_alone(text):
    n = normalise(text)
    assert n.light.text == text.lower()
    assert n.light.offsets == n.cased.offsets


def test_no_reading_is_shorter_than_its_token():
    assert all(len(reading) >= len(token) for token, reading in SPEAK.items())


def test_nowt_is_read_in_full_only():
    # the phrase structures on light read "nowt" as written ("not saying nowt", "done nowt")
    n = normalise("council does nowt, u know")
    assert n.light.text == "council does nowt, you know"
    assert n.full.text == "council does nothing, you know"
    start = n.full.text.index("nothing")
    assert n.full.span(start, start + 7) == (13, 17)
    assert normalise("nowt").light.offsets == normalise("nowt").cased.offsets


def test_spelt_out_words_are_still_joined():
    assert normalise("you s t u p i d man").full.text == "you stupid man"
    assert normalise("a complete p r a t.").full.text == "a complete prat."
    # "u r a" is text-speak, not a word spelt out
    assert normalise("u r a clown").full.text == "you are a clown"


def test_leetspeak_and_text_speak_together():
    n = normalise("ur a w4ste of sp4ce")
    assert n.light.text == "you're a w4ste of sp4ce"
    assert n.full.text == "you're a waste of space"


def test_expansion_maps_inside_the_token():
    text = "so ur a joke"
    n = normalise(text)
    assert n.light.text == "so you're a joke"
    assert [text[o] for o in n.light.offsets[3:9]] == ["u", "u", "u", "u", "u", "r"]
    # "you" maps to the "u" of "ur", the whole expansion to the whole token
    you = n.light.text.index("you")
    assert n.light.span(you, you + 3) == (3, 4)
    assert n.light.span(you, you + 6) == (3, 5)
    # the apostrophe put back goes with the letter before it
    n = normalise("dont")
    assert [("dont"[o], ch) for ch, o in zip(n.light.text, n.light.offsets, strict=True)] == [
        ("d", "d"),
        ("o", "o"),
        ("n", "n"),
        ("n", "'"),
        ("t", "t"),
    ]


# --- through the checker ------------------------------------------------------------------------

# (text, clause raised, the written words the finding must cover)
FOUND = [
    ("if u don't like it go back where u came from", "6.9", "where u came from"),
    ("ur a waste of space", "6.9", "ur a waste of space"),
    ("yer a disgrace", "6.9", "yer a disgrace"),
    ("u r a disgrace", "6.9", "u r a disgrace"),
    ("u want to watch ur back", "6.9", "watch ur back"),
    ("i know where u live", "6.9", "where u live"),
    ("ur pathetic", "6.9", "pathetic"),  # a copular insult is marked on the insult word
    ("cos ur a joke", "6.9", "ur a joke"),
    ("u need ur head testing", "6.9", "ur head testing"),
    ("u'd better watch ur step", "6.9", "u'd better watch ur step"),
    ("im comin round to see u", "6.9", "im comin round"),
    # dialect the rules and lexicons already read is still read
    ("you lot have done nowt for this village", "6.9", "done nowt"),
    ("ur absolute joke mate", "6.9", "ur absolute joke"),
    ("shut ya mouth", "6.9", "shut ya mouth"),
    ("ya want to be careful", "6.9", "ya want to be careful"),
    ("bring summat heavy on Friday", "6.9", "bring summat heavy"),
]


@pytest.mark.parametrize(("text", "clause", "words"), FOUND)
def test_text_speak_is_found_by_the_checker(ctx, text, clause, words):
    report = check(make_post(text), ctx, load_pack())
    hits = [f for f in report.findings if f.clause == clause and f.field == "text"]
    assert hits, (text, [(f.rule, f.clause) for f in report.findings])
    for finding in report.findings:
        if finding.field == "text":
            assert 0 <= finding.start <= finding.end <= len(text)
    w_start = text.index(words)
    w_end = w_start + len(words)
    # the highlight covers the written words, starting and ending on whole tokens
    assert any(f.start <= w_start and w_end <= f.end for f in hits), [
        (f.rule, text[f.start : f.end]) for f in hits
    ]
    for f in hits:
        assert f.start == 0 or not text[f.start - 1].isalnum(), text[f.start : f.end]
        assert f.end == len(text) or not text[f.end].isalnum(), text[f.start : f.end]


QUIET = [
    "Lovely turnout at the WI coffee morning, thanks Colin n Robin",
    "Route 66 r us diner opens on the A6 n side of the bypass",
    "Ive and Martin are on the rota; its well worth a visit",
    "Parkin n mince pies from the WI, n/a for the u3a group",
    "Thank u to all the families who came, see ya at the switch-on",
    "Grass cuttin bids r in, bins r a day late this wk cos o' Mon",
]


@pytest.mark.parametrize("text", QUIET)
def test_harmless_text_speak_raises_no_caution(ctx, text):
    from civicpost.policy import Severity

    report = check(make_post(text), ctx, load_pack())
    assert not report.at_least(Severity.CAUTION), [
        (f.rule, text[f.start : f.end]) for f in report.findings
    ]


# --- properties ----------------------------------------------------------------------------------


def _views_before(text: str):
    """The views as they were before text-speak was read (light shares cased's offsets)."""
    folded, offsets = _fold(text)
    lowered = _lower_same_length(folded)
    joined, joined_offsets = _join_spaced(lowered, list(offsets))
    return (
        (folded, tuple(offsets)),
        (lowered, tuple(offsets)),
        (_unleet(joined), tuple(joined_offsets)),
    )


def _has_speak(text: str) -> bool:
    """Might ``text`` hold a text-speak token? (A word of the table between non-word characters,
    "o'" or a g-dropped "-in'".)"""
    lowered = _lower_same_length(_fold(text)[0])
    words = set(re.findall(r"\w+", lowered))
    return not words.isdisjoint(SPEAK) or "o'" in lowered or "in'" in lowered


SPEAK_WORDS = sorted(k for k in SPEAK if "'" not in k)
NEAR_MISSES = [
    "you", "your", "and", "are", "its", "well", "were", "colin", "robin", "uu", "urn", "nn",
    "don't", "i'm", "u3a", "n/a", "@u", "#ur", "a", "i", "b", "c", "the", "WI", "Ive", "o'clock",
    "cl0wn", "i d i o t", "http://x.co/u",
]  # fmt: skip
SEPARATORS = [" ", "  ", ", ", ". ", "!\n", "'", " '", "' ", "-", "/", ".", "(", ")", "\u200b"]
words = st.sampled_from(SPEAK_WORDS + [w.upper() for w in SPEAK_WORDS] + NEAR_MISSES)
word_texts = st.lists(st.tuples(words, st.sampled_from(SEPARATORS)), min_size=1, max_size=12).map(
    lambda parts: "".join(w + s for w, s in parts)
)
any_text = st.one_of(st.text(max_size=120), word_texts)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_offsets_are_valid_and_never_decrease(text):
    n = normalise(text)
    for view in (n.cased, n.light, n.full):
        assert len(view.text) == len(view.offsets)
        assert list(view.offsets) == sorted(view.offsets)
        assert all(0 <= o < len(text) for o in view.offsets)
    if text.isascii():
        # nothing written is lost from the light view: an expanded token's characters spread
        # over all of the token's own characters
        assert set(n.light.offsets) == set(range(len(text)))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(NEAR_MISSES), st.sampled_from(SEPARATORS)), max_size=12).map(
        lambda parts: "".join(w + s for w, s in parts)
    )
    | st.text(max_size=120)
)
def test_text_without_text_speak_gives_the_same_views_as_before(text):
    assume(not _has_speak(text))
    n = normalise(text)
    cased, light, full = _views_before(text)
    assert (n.cased.text, n.cased.offsets) == cased
    assert (n.light.text, n.light.offsets) == light
    assert (n.full.text, n.full.offsets) == full


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SPEAK_WORDS), st.sampled_from(["", "so ", "and then "]))
def test_a_token_maps_back_to_exactly_itself(token, before):
    text = f"{before}{token} ok"
    n = normalise(text)
    start = len(before)
    expanded = n.light.text[start : len(n.light.text) - 3]
    assert n.light.text.endswith(" ok")
    assert n.light.span(start, start + len(expanded)) == (start, start + len(token))
