"""The stance cue lexicon (`checker/data/stance.yaml`): words by which a text denies or refutes a claim."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

import yaml

__all__ = ["KINDS", "stance_cues"]

logger = logging.getLogger(__name__)

KINDS = ("denial_verbs", "doubt_verbs", "report_nouns", "falsity_predicates", "truth_predicates", "absence_nouns", "plan_nouns", "plan_verbs", "saying_verbs", "doubt_nouns", "occurrence_verbs",
         "event_nouns", "reported_modifiers", "hearsay_nouns", "negative_implicatives")
"""The lists the file must hold."""


@functools.lru_cache(maxsize=1)
def stance_cues() -> dict[str, frozenset[str]]:
    """Kind -> lemmas, read once."""
    raw = yaml.safe_load((Path(__file__).parent / "data" / "stance.yaml").read_text("utf-8"))
    if not isinstance(raw, dict) or any(not isinstance(raw.get(k), list) for k in KINDS):
        raise ValueError(f"stance.yaml: expected lists {', '.join(KINDS)}")
    return {k: frozenset(str(w).lower() for w in raw[k]) for k in KINDS}
