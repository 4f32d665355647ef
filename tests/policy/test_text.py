"""Normalisation: views, and the map back to original offsets (property tests)."""

from __future__ import annotations

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from civicpost.policy import Context, Post, check, load_pack
from civicpost.policy.text import normalise


def test_views():
    n = normalise("C\u200bllr \u0421ole: village i d i o t, cl0wn!")
    assert n.light.text == "cllr cole: village i d i o t, cl0wn!"
    assert n.full.text == "cllr cole: village idiot, clown!"


def test_lookalike_letters_are_read_as_latin():
    # round 19: a Greek lunate sigma for C, small capitals from "fancy text", Armenian o
    assert normalise("\u03f9llr Wragg").full.text == "cllr wragg"
    assert normalise("ᴄʟʟʀ ᴡʀᴀɢɢ, ɪᴅɪᴏᴛ").full.text == "cllr wragg, idiot"
    assert normalise("cl\u0585wn").full.text == "clown"


def test_numbers_and_handles_are_not_leetspeak():
    n = normalise("Ring 07700 900123 at 10am, S60 5QR, @Gaz55 idiot!")
    assert "07700 900123" in n.full.text
    assert "10am" in n.full.text and "s60 5qr" in n.full.text
    assert "idiot!" in n.full.text


def test_an_ordinal_before_exclamation_marks_is_not_leetspeak():
    assert "back on the 3rd!!" in normalise("Back on the 3rd!!").full.text
    assert "1d10t" not in normalise("1d10t!!").full.text  # still read as a word


def test_span_maps_back_to_original():
    text = "Says the village i d i o t who"
    n = normalise(text)
    i = n.full.text.index("idiot")
    start, end = n.full.span(i, i + 5)
    assert text[start:end] == "i d i o t"


# --- property: obfuscated words map back to exactly the characters that spell them ------------

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"]
CONFUSE = {"c": "\u0441", "o": "\u043e", "i": "\u0456", "e": "\u0435", "a": "\u0430"}
LEET = {"o": "0", "i": "1", "e": "3", "a": "4"}
filler = st.text(alphabet="abcdefghjkmnpqrsuvwxyz .,!?\n", max_size=40)


@st.composite
def obfuscated(draw, word: str = "idiot"):
    out = []
    spaced = draw(st.booleans())
    for index, ch in enumerate(word):
        style = draw(st.sampled_from(["plain", "confuse", "leet", "upper"]))
        if style == "confuse" and ch in CONFUSE:
            ch = CONFUSE[ch]
        elif style == "leet" and ch in LEET and 0 < index < len(word) - 1:
            ch = LEET[ch]
        elif style == "upper":
            ch = ch.upper()
        out.append(ch)
        if index < len(word) - 1:
            if spaced:
                out.append(" ")
            elif draw(st.booleans()):
                out.append(draw(st.sampled_from(ZW)))
    return "".join(out)


@settings(max_examples=200, deadline=None)
@given(before=filler, after=filler, word=obfuscated())
def test_obfuscated_word_is_found_and_span_covers_it(before, after, word):
    text = f"{before} {word}, {after}"
    n = normalise(text)
    found = n.full.text.find("idiot")
    assert found >= 0, (text, n.full.text)
    start, end = n.full.span(found, found + 5)
    w_start = len(before) + 1
    w_end = w_start + len(word)
    assert 0 <= start < end <= len(text)
    # the span starts at the word's first character and ends at its last
    assert (start, end) == (w_start, w_end), (text, start, end, w_start, w_end)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_offsets_are_monotonic_and_in_range(text):
    n = normalise(text)
    for view in (n.cased, n.light, n.full):
        assert len(view.text) == len(view.offsets)
        assert list(view.offsets) == sorted(view.offsets)
        assert all(0 <= o < len(text) for o in view.offsets)


@settings(max_examples=100, deadline=None)
@given(before=filler, after=filler, word=obfuscated("clown"))
@example(before="scum", after="", word="c l o w n")  # found by hypothesis in session 11
def test_every_finding_span_lies_inside_the_original(before, after, word):
    # the filler's letters can spell an insult of their own ("scum you"): then the attack found
    # is that one, which says nothing about the obfuscated word's span
    filler_alone = check(Post(text=f"{before} you, {after}"), Context.empty(), load_pack())
    assume(not any(f.rule == "personal-attack" for f in filler_alone.findings))
    text = f"{before} you {word}, {after}"
    report = check(Post(text=text), Context.empty(), load_pack())
    for finding in report.findings:
        if finding.field == "text":
            assert 0 <= finding.start <= finding.end <= len(text)
    attacks = [f for f in report.findings if f.rule == "personal-attack"]
    assert attacks, text
    assert text[attacks[0].start : attacks[0].end].lower().replace(" ", "") != ""
    assert attacks[0].start >= len(before) + 5 and attacks[0].end <= len(before) + 5 + len(word)
