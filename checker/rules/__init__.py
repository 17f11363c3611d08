"""The rule registry: an explicit list of rule modules, each exporting ``__register__``."""

from __future__ import annotations

import importlib

from checker.rules.base import Rule

__all__ = ["REGISTRY", "MODULES", "Rule", "structural_rules"]

MODULES = ("checker.rules.entities", "checker.rules.dates", "checker.rules.numbers", "checker.rules.negation", "checker.rules.modality", "checker.rules.stance", "checker.rules.models")
"""Rule modules, in evaluation order (proselint-style explicit registration)."""


def _load() -> dict[str, Rule]:
    registry: dict[str, Rule] = {}
    for name in MODULES:
        for rule in importlib.import_module(name).__register__:
            if rule.code in registry:
                raise RuntimeError(f"duplicate rule code {rule.code}")
            registry[rule.code] = rule
    return registry


REGISTRY: dict[str, Rule] = _load()
"""Code -> rule."""


def structural_rules() -> tuple[Rule, ...]:
    """Rules with a structural comparison, in registry order."""
    return tuple(r for r in REGISTRY.values() if r.compare is not None)
