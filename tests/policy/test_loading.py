"""Loading the pack and a context fast, with the same result (policy/_yaml.py,
detectors/lexicon.validate_entries)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from civicpost.policy import _yaml
from civicpost.policy.detectors.lexicon import entry_pattern, validate_entries

HERE = Path(__file__).resolve().parent
TREETON_CONTEXT = HERE / "treeton-context.yaml"  # a copy of shared/eval/context.yaml


def _texts() -> list[str]:
    packs = resources.files("civicpost.policy") / "packs"
    texts = [p.read_text(encoding="utf-8") for p in packs.iterdir() if p.name.endswith(".yaml")]
    texts += [(HERE / "context.yaml").read_text(encoding="utf-8")]
    texts.append(TREETON_CONTEXT.read_text(encoding="utf-8"))
    return texts


@pytest.mark.parametrize("text", _texts())
def test_the_c_parser_reads_the_same_data_as_the_pure_python_one(text):
    assert _yaml.safe_load(text) == yaml.safe_load(text)


def test_invalid_yaml_fails_with_the_pure_python_parsers_message():
    text = "a: [1, 2\nb: 3\n"
    with pytest.raises(yaml.YAMLError) as expected:
        yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError) as got:
        _yaml.safe_load(text)
    assert str(got.value) == str(expected.value)


@given(st.text(min_size=0, max_size=30).filter(lambda e: not e.startswith("re:")))
def test_a_plain_entrys_pattern_always_compiles(entry):
    # validate_entries compiles only re: entries on this ground
    re.compile(entry_pattern(entry))
    assert validate_entries([entry]) == []


def test_bad_regular_expressions_are_still_reported():
    problems = validate_entries(["fine words", "re:\\b(unclosed", "re:Upper"])
    assert len(problems) == 2
    assert "unclosed" in problems[0] and "lower case" in problems[1]
