"""CC3xx: verdicts that come from optional model judges (NLI cross-encoder, LLM endpoint)."""

from __future__ import annotations

from checker.rules.base import Rule

__all__ = ["NLI", "LLM", "__register__"]

NLI = Rule("CC301", "nli-contradiction", "meaning", "An NLI cross-encoder scores the pair as contradictory.", None)
LLM = Rule("CC302", "llm-verdict", "meaning", "An LLM judge returned a typed discrepancy verdict for the pair.", None)

__register__ = (NLI, LLM)
