"""The export readers: each platform's documented shape, and damaged files."""

from __future__ import annotations

import io

import pytest

from civicpost.bulkaudit.readers import (
    ExportError,
    ExportPost,
    Skipped,
    read_bluesky,
    read_facebook,
    read_mastodon,
    read_x,
)
from tests.bulkaudit.exports import BLUESKY_POSTS, DID, FIXTURES, bluesky_bytes


def _read(reader, data: bytes, handle: str = "") -> tuple[list, str]:  # type: ignore[no-untyped-def]
    items, problem = [], ""
    try:
        for item in reader(io.BytesIO(data), handle):
            items.append(item)
    except ExportError as exc:
        problem = str(exc)
    return items, problem


def test_facebook_posts_are_read_and_a_photo_only_post_is_skipped() -> None:
    items, problem = _read(read_facebook, (FIXTURES / "your_posts_1.json").read_bytes())
    posts = [i for i in items if isinstance(i, ExportPost)]
    assert not problem and len(posts) == 2
    assert posts[1].text.startswith("Cllr Jago Penhallow")
    assert posts[0].at is not None and posts[0].at.year == 2024
    assert [i.reason for i in items if isinstance(i, Skipped)] == [
        "no text (a photo, check-in or shared link on its own)"
    ]


def test_x_tweets_are_read_with_links_to_the_originals() -> None:
    items, problem = _read(read_x, (FIXTURES / "tweets.js").read_bytes(), "@TreetonPC")
    assert not problem
    assert items[0].text == "Bins will be collected on Tuesday this week & next week."
    assert items[1].url == "https://x.com/TreetonPC/status/1790000000000000002"
    assert items[1].at.isoformat() == "2024-06-14T18:30:00+00:00"


def test_a_file_without_the_x_prefix_is_refused() -> None:
    _, problem = _read(read_x, b'[{"tweet": {}}]')
    assert "window.YTD" in problem


def test_mastodon_notes_are_read_and_boosts_skipped() -> None:
    items, problem = _read(read_mastodon, (FIXTURES / "outbox.json").read_bytes())
    posts = [i for i in items if isinstance(i, ExportPost)]
    assert not problem and len(posts) == 2
    assert posts[1].text == "Shut up, you pathetic clown.\nNobody cares what you think."
    assert posts[1].url == "https://social.example/@treetonpc/112000000000000003"
    assert any(isinstance(i, Skipped) and "boost" in i.reason for i in items)


def test_bluesky_records_are_read_with_their_keys() -> None:
    items, problem = _read(read_bluesky, bluesky_bytes())
    assert not problem
    assert [(i.ref, i.text) for i in items] == [(k, t) for k, t, _ in BLUESKY_POSTS]
    assert items[0].url == f"https://bsky.app/profile/{DID}/post/{BLUESKY_POSTS[0][0]}"


@pytest.mark.parametrize(
    ("reader", "name"),
    [(read_x, "tweets.js"), (read_mastodon, "outbox.json"), (read_facebook, "your_posts_1.json")],
)
def test_a_truncated_json_export_keeps_what_came_before(reader, name) -> None:  # type: ignore[no-untyped-def]
    data = (FIXTURES / name).read_bytes()
    full, _ = _read(reader, data)
    cut = data[: int(len(data) * 0.75)]
    items, problem = _read(reader, cut)
    assert "truncated" in problem or "not valid JSON" in problem
    assert 1 <= len(items) < len(full)
    assert items == full[: len(items)]


def test_a_truncated_bluesky_repository_keeps_what_came_before() -> None:
    data = bluesky_bytes()
    items, problem = _read(read_bluesky, data[:-20])
    assert "part-way" in problem
    assert [i.text for i in items] == [BLUESKY_POSTS[0][1]]


def test_garbage_is_reported_not_crashed_on() -> None:
    for reader in (read_facebook, read_mastodon, read_bluesky):
        items, problem = _read(reader, b"\x00\x01 this is not an export")
        assert problem and items == []
