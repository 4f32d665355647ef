"""Which connector publishes to an account, built from its stored connection."""

from __future__ import annotations

from typing import Any

from .base import Connector, PermanentError


def connector_for(connection: Any) -> Connector | None:
    """The connector for a ``Connection``; None when the post is published by hand."""
    from civicpost.posts.crypto import decrypt

    if connection is None or connection.kind == "by_hand":
        return None
    if not connection.secret:
        raise PermanentError("No access token has been entered for this account.")
    token = decrypt(connection.secret)
    if connection.kind == "mastodon":
        from .mastodon import MastodonConnector

        return MastodonConnector(connection.endpoint, token)
    if connection.kind == "facebook":
        from .facebook import FacebookPageConnector

        return FacebookPageConnector(connection.endpoint, token)
    if connection.kind == "x":
        from .x import XConnector

        return XConnector(connection.account.handle, token)
    if connection.kind == "bluesky":
        from .bluesky import BlueskyConnector

        return BlueskyConnector(connection.endpoint, connection.account.handle, token)
    raise PermanentError(f"There is no connector called {connection.kind}.")
