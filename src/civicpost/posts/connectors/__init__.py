"""Publishing connectors behind one small interface (see ``base.py``)."""

from __future__ import annotations

from .base import Connector, Media, PermanentError, Published, PublishError, RetryableError
from .registry import connector_for

__all__ = [
    "Connector",
    "Media",
    "PermanentError",
    "PublishError",
    "Published",
    "RetryableError",
    "connector_for",
]
