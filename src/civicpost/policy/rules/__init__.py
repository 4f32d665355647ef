"""The rules of the catalogue, one module per part of the policy.

Importing this package registers every rule in :data:`REGISTRY` (slug → RuleSpec).
"""

# Rule modules register themselves on import, in this order (the order of REGISTRY).
from . import (  # noqa: E402, F401, I001
    title,
    council_view,
    disrepute,
    democratic,
    hostility,
    predetermination,
    authority,
    privacy,
    confidential,
    personal_details,
    colleagues,
    consent,
    links_copyright,
    good_practice,
    hints,
)
from .base import REGISTRY, Checking, Hit, RuleSpec, rule

__all__ = ["REGISTRY", "Checking", "Hit", "RuleSpec", "rule"]
