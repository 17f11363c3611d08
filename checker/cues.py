"""The stance cue lexicon (`checker/data/stance.yaml`): words by which a text denies or refutes a claim."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

import yaml

__all__ = ["KINDS", "cue_form", "crude_lemmas", "falsity_word", "stance_cues"]

logger = logging.getLogger(__name__)

KINDS = ("denial_verbs", "doubt_verbs", "report_nouns", "falsity_predicates", "truth_predicates", "absence_nouns", "plan_nouns", "plan_verbs", "saying_verbs", "doubt_nouns", "occurrence_verbs",
         "event_nouns", "reported_modifiers", "hearsay_nouns", "negative_implicatives", "signal_nouns", "falsity_participles", "falsity_adverbs")
"""The lists the file must hold."""


@functools.lru_cache(maxsize=1)
def stance_cues() -> dict[str, frozenset[str]]:
    """Kind -> lemmas, read once."""
    raw = yaml.safe_load((Path(__file__).parent / "data" / "stance.yaml").read_text("utf-8"))
    if not isinstance(raw, dict) or any(not isinstance(raw.get(k), list) for k in KINDS):
        raise ValueError(f"stance.yaml: expected lists {', '.join(KINDS)}")
    return {k: frozenset(str(w).lower() for w in raw[k]) for k in KINDS}


def crude_lemmas(word: str) -> set[str]:
    """The forms a word the parser left as written (a shouted "DENIES", a Title Case "Debunked") may have as a
    lemma: the word and the word without each plural or tense ending that fits ("disputes": dispute and disput)."""
    out = {word}
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("ed", ""), ("s", ""), ("d", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.add(word[: -len(suffix)] + repl)
    return out


def cue_form(word: str) -> bool:
    """A form of a word of the stance lexicon ("Denies", "Debunked", "Hoax"), lower case or not."""
    cues = stance_cues()
    every = frozenset().union(*(cues[k] for k in ("denial_verbs", "doubt_verbs", "falsity_predicates", "truth_predicates",
                                                  "report_nouns", "hearsay_nouns", "doubt_nouns")))
    return bool(crude_lemmas(word.lower()) & every)


def falsity_word(lemma: str, tag: str) -> bool:
    """The word calls something false: a falsity predicate, and a verb of faking only as a participle
    ("doctored", tag VBN or JJ), not as a noun ("the Doctor")."""
    cues = stance_cues()
    if lemma not in cues["falsity_predicates"]:
        return False
    return lemma not in cues["falsity_participles"] or tag in ("VBN", "JJ")
