"""Errors the checker raises for bad input, each with a plain-English message (no traceback)."""

from __future__ import annotations


class PolicyError(Exception):
    """Base class: something given to the checker is not usable."""


class InputError(PolicyError):
    """A post (text or JSON) is missing fields, has wrong types, or cannot be decoded."""


class ContextError(PolicyError):
    """The council's registers (context YAML) are malformed or refer to unknown people or items."""


class PackError(PolicyError):
    """A policy pack is malformed: unknown rule, unknown clause, bad severity, unknown key."""
