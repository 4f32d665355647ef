"""YAML reading for the checker: ``yaml.safe_load`` with libyaml's parser when PyYAML has it.

The same data as ``yaml.safe_load`` (the same safe constructor and resolver; only the parser is
C), several times faster: loading the pack and a context took most of the checker's cold start.
Text the C parser refuses is read again by the pure-Python one, so errors read as before.
"""

from __future__ import annotations

from typing import Any

import yaml

_C_LOADER = getattr(yaml, "CSafeLoader", None)


def safe_load(text: str) -> Any:
    if _C_LOADER is None:  # PyYAML built without libyaml
        return yaml.safe_load(text)
    try:
        return yaml.load(text, Loader=_C_LOADER)  # noqa: S506 - the safe loader, in C
    except yaml.YAMLError:
        return yaml.safe_load(text)  # raises the pure-Python parser's error, as before
