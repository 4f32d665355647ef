"""The rules of the catalogue, one module per part of the policy.

Importing this package registers every rule in :data:`REGISTRY` (slug → RuleSpec).
"""

# Rule modules register themselves on import.
from . import authority, conduct, content, good_practice, hints, privacy  # noqa: E402, F401, I001
from .base import REGISTRY, Checking, Hit, RuleSpec, rule

__all__ = ["REGISTRY", "Checking", "Hit", "RuleSpec", "rule"]
