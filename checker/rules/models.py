"""CC3xx: verdicts that come from model judges (NLI cross-encoder, LLM endpoint, the shipped learned judge)."""

from __future__ import annotations

from checker.rules.base import Rule

__all__ = ["NLI", "LLM", "LEARNED", "__register__"]

NLI = Rule("CC301", "nli-contradiction", "meaning", "An NLI cross-encoder scores the pair as contradictory.", None)
LLM = Rule("CC302", "llm-verdict", "meaning", "An LLM judge returned a typed discrepancy verdict for the pair.", None)

LEARNED = Rule(
    "CC303",
    "learned-contradiction",
    "meaning",
    "The project's own learned cross-encoder (checker/data/judge, see its MODEL_CARD.md) scores the pair as contradictory.",
    None,
)

__register__ = (NLI, LLM, LEARNED)
