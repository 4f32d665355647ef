"""The API's status for each refusal of the workflow: every message it matches still exists in
``posts.services`` (so a reworded message cannot silently turn a 403 or 409 into a 422)."""

from __future__ import annotations

import ast
import inspect

import pytest

from civicpost.api import refusals
from civicpost.posts import services


def _messages() -> list[str]:
    """The text of every string and f-string in the services (f-strings up to their first {})."""
    found = []
    for node in ast.walk(ast.parse(inspect.getsource(services))):
        if isinstance(node, ast.JoinedStr):
            head = node.values[0] if node.values else None
            if isinstance(head, ast.Constant) and isinstance(head.value, str):
                found.append(head.value)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append(node.value)
    return found


@pytest.mark.parametrize("prefix", refusals.FORBIDDEN + refusals.CONFLICT)
def test_each_matched_message_is_still_in_the_services(prefix: str) -> None:
    assert any(m.startswith(prefix) for m in _messages()), prefix


def test_who_outranks_when_and_content_is_the_rest() -> None:
    assert (
        refusals.status_for(["You cannot approve your own post.", "The check found a breach"])
        == 403
    )
    assert refusals.status_for(["Write your advice.", "This post is already rejected."]) == 409
    assert refusals.status_for(["Enter the text of the post."]) == 422
