"""Length limits per network, counted as each network counts."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from civicpost.people.models import Platform, SocialAccount
from civicpost.posts import services
from civicpost.posts.limits import (
    LIMITS,
    counted_length,
    grapheme_count,
    image_problems,
    length_problems,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Treeton", 7),
        ("café", 4),
        ("cafe\u0301", 4),  # e + combining acute
        ("\U0001f44d\U0001f3fd", 1),  # thumbs up, medium skin tone
        ("\U0001f468\u200d\U0001f469\u200d\U0001f467", 1),  # family, joined
        ("\u2764\ufe0f", 1),  # heart with variation selector
        ("", 0),
    ],
)
def test_graphemes_are_counted_as_a_reader_sees_them(text: str, expected: int) -> None:
    assert grapheme_count(text) == expected


@given(st.text())
def test_a_grapheme_count_never_exceeds_the_code_points(text: str) -> None:
    assert 0 <= grapheme_count(text) <= len(text)


def test_links_count_as_23_on_x_and_in_full_on_bluesky() -> None:
    link = "https://www.treeton-parish.example/meetings/2026/november/agenda.pdf"
    assert counted_length(link, LIMITS["x"]) == 23
    assert counted_length(link, LIMITS["bluesky"]) == len(link)


def test_too_long_for_x_but_fine_for_facebook() -> None:
    text = "Road closure on Church Lane. " * 11  # 319 characters
    problems = length_problems(text, ["Facebook", "X"])
    assert len(problems) == 1
    assert problems[0] == "X allows 280 characters and this post has 319: shorten it by 39."
    linked = length_problems(text + " https://treeton.example/closures", ["X"])
    assert linked[0].endswith("(each link counts as 23).")
    assert length_problems(text, ["Facebook", "Mastodon", "A network we do not know"]) == []


@pytest.mark.django_db
def test_a_post_too_long_for_one_of_its_accounts_is_refused_before_it_is_saved(
    author, official_account
) -> None:
    x, _ = Platform.objects.get_or_create(name="X")
    x_account = SocialAccount.objects.create(platform=x, handle="@treetonpc", is_official=True)
    text = "The footpath by the allotments is closed for repairs until Friday. " * 5
    with pytest.raises(ValidationError, match="X allows 280 characters"):
        services.create_submission(author.user, accounts=[official_account, x_account], text=text)
    assert not services.Submission.objects.exists()
    submission = services.create_submission(author.user, accounts=[official_account], text=text)
    assert submission.pk


def test_too_many_images_is_named_per_network() -> None:
    assert image_problems(4, ["X", "Bluesky", "Mastodon", "Facebook"]) == []
    problems = image_problems(5, ["X", "Facebook", "Bluesky"])
    assert problems == [
        "X takes at most 4 images in a post and this one has 5: remove 1.",
        "Bluesky takes at most 4 images in a post and this one has 5: remove 1.",
    ]
