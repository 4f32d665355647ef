"""Which HTTP status a refusal from the official-post workflow gets.

The rules live in ``civicpost.posts.services``; it refuses with a ``ValidationError`` whose
message says why, for the web pages to show. The API answers the same refusal with a status a
program can act on (RFC 9110 section 15.5): 403 when the rule is about who is asking, 409 when
the post's state does not allow it now (already approved, withdrawn, waiting for the Clerk's
advice), 422 for anything else (the request's content). The messages are matched by their
opening words; ``tests/api/test_refusals.py`` checks that each one still occurs in the services.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

# Who is asking: the rule refuses this person, whatever the post's state.
FORBIDDEN = (
    "Your sign-in is not linked to a person",
    "Only councillors and the council's staff can draft",
    "Only the author or the Clerk can",
    "Only the Clerk can",
    "Only the Clerk or an agreed councillor can",
    "You cannot approve your own post",
    "You cannot reject your own post",
    "You are not agreed to post for",
)
# The post's state: the same person may succeed at another time.
CONFLICT = (
    "This post cannot be changed: it is",
    "This post is not waiting for approval",
    "This post is already",
    "Someone else has just approved this post",
    "The check found a",
    "The post breaches the policy: it can only go out if the Clerk overrides",
    "Only a post with a breach of the policy needs an override",
    "This post is still a draft",
    "This post is not a draft",
    "This post is not waiting for a link",
)


def status_for(messages: list[str]) -> int:
    """403 if any message refuses the person, else 409 if any is about the state, else 422."""
    if any(m.startswith(FORBIDDEN) for m in messages):
        return 403
    if any(m.startswith(CONFLICT) for m in messages):
        return 409
    return 422


def refusal(error: ValidationError) -> tuple[int, str, list[str]]:
    """(status, detail, every message) for a refusal from the services."""
    messages = [str(m) for m in error.messages]
    return status_for(messages), " ".join(messages), messages
