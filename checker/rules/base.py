"""The `Rule` value and the code ranges rules are registered under."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from checker.models import Claim, Verdict
    from checker.normalize.entities import Knowledge

__all__ = ["Rule", "SEVERITY", "CODE_RANGES"]

SEVERITY = {
    "contradiction": "error",
    "temporal-difference": "warning",
    "scope-difference": "warning",
    "opinion-difference": "info",
}
"""Default severity of each verdict."""

CODE_RANGES = {
    "CC1": "slot mismatches (products, dates, quantities, targets)",
    "CC2": "polarity, negation and antonyms",
    "CC3": "model verdicts (NLI, LLM)",
    "CC9": "processing notes",
}


@dataclass(frozen=True, slots=True)
class Rule:
    """A contradiction rule: compares one slot of two claims about the same event."""

    code: str
    """Stable code, never reused (``CC101``)."""
    name: str
    """Kebab-case name (``product-conflict``)."""
    slot: str
    """The slot compared (``product``, ``date``, ``quantity``, ``target``, ``polarity``)."""
    message: str
    """Short description of what the rule flags, for rule tables (SARIF, --help)."""
    compare: Callable[["Claim", "Claim", "Knowledge"], "Verdict | None"] | None
    """The comparison; None for rules whose verdicts come from a model backend."""
    severity: str = "error"
    """Default severity of the rule's strongest verdict."""
    reads: tuple[str, ...] = ("asserted",)
    """The claim stances the rule compares. A claim its source denies ("X denied that 50 died") or that
    calls another claim false states none of its values, so value and polarity rules read asserted claims
    only; the refutation rule reads all three."""
