"""The API's status for each kind of refusal from the official-post workflow: the services
give each refusal a code, and the code (not the wording) decides the status."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from civicpost.api import refusals
from civicpost.posts.services import conflict, forbidden


def test_who_outranks_when_and_content_is_the_rest() -> None:
    both = ValidationError([forbidden("Not you."), conflict("Not now.")])
    assert refusals.refusal(both) == (403, "Not you. Not now.", ["Not you.", "Not now."])
    assert (
        refusals.refusal(ValidationError([conflict("Not now."), ValidationError("Bad.")]))[0] == 409
    )
    assert refusals.refusal(ValidationError("Enter the text of the post."))[0] == 422


def test_rewording_a_message_does_not_change_its_status() -> None:
    assert refusals.refusal(forbidden("Entirely new words"))[0] == 403
    assert refusals.refusal(conflict("Entirely new words"))[0] == 409
