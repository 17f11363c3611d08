"""The stance cue lexicon (`checker/data/stance.yaml`): words by which a text denies or refutes a claim."""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path
from typing import Sequence

import yaml

from checker.models import Token

__all__ = ["KINDS", "corrects_a_fear", "cue_form", "crude_lemmas", "falsity_word", "phrasal_cues", "stance_cues", "withheld"]

logger = logging.getLogger(__name__)

KINDS = ("denial_verbs", "doubt_verbs", "report_nouns", "falsity_predicates", "truth_predicates", "absence_nouns", "plan_nouns", "plan_verbs", "saying_verbs", "doubt_nouns", "occurrence_verbs",
         "event_nouns", "reported_modifiers", "hearsay_nouns", "negative_implicatives", "signal_nouns", "falsity_participles", "falsity_adverbs", "disclosure_verbs", "truth_nouns",
         "initial_adverbs", "belief_verbs", "earlier_adverbs", "generic_speakers", "hearsay_verbs", "setting_words",
         "correction_adverbs", "correction_prepositions", "retraction_verbs",
         "superseded_nouns", "superseded_modifiers", "describing_verbs",
         "withdrawal_verbs", "venture_nouns", "epistemic_participles", "support_verbs", "without_idioms",
         "acting_saying_verbs")
"""The lists the file must hold."""


@functools.lru_cache(maxsize=1)
def stance_cues() -> dict[str, frozenset[str]]:
    """Kind -> lemmas, read once."""
    raw = yaml.safe_load((Path(__file__).parent / "data" / "stance.yaml").read_text("utf-8"))
    if not isinstance(raw, dict) or any(not isinstance(raw.get(k), list) for k in KINDS):
        raise ValueError(f"stance.yaml: expected lists {', '.join(KINDS)}")
    return {k: frozenset(str(w).lower() for w in raw[k]) for k in KINDS}


@functools.lru_cache(maxsize=1)
def phrasal_cues() -> frozenset[str]:
    """The entries of the lexicon that are a verb and its particle ("shoot down", "make up")."""
    return frozenset(w for words in stance_cues().values() for w in words if " " in w)


def crude_lemmas(word: str) -> set[str]:
    """The forms a word the parser left as written (a shouted "DENIES", a Title Case "Debunked") may have as a
    lemma: the word and the word without each plural or tense ending that fits ("disputes": dispute and disput)."""
    out = {word}
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("ed", ""), ("s", ""), ("d", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.add(word[: -len(suffix)] + repl)
    return out


def corrects_a_fear(text: str, main: set[str]) -> bool:
    """The claim says something else (``main``: its main and reported predicates' lemmas) of one it tells as only feared
    or believed (`epistemic_participles` before a content word: "Gill Rosenberg, feared kidnapped by ISIS, says she is
    safe", "the climber, believed dead, was found alive"): it corrects what was feared. "Climber feared dead" and "he is
    believed to have fled" tell the fear itself; without a parsed predicate nothing is known."""
    if not main:
        return False
    words = re.findall(r"[a-z]+", text.lower())
    fears = stance_cues()["epistemic_participles"]
    return any(w in fears and words[k + 1] not in _FUNCTION and not main & (crude_lemmas(w) | crude_lemmas(words[k + 1]))
               for k, w in enumerate(words[:-1]))


_FUNCTION = frozenset({"to", "that", "the", "a", "an", "this", "these", "those", "it", "he", "she", "they", "we", "i", "you",
                       "by", "in", "on", "at", "of", "for", "with", "as", "from", "and", "or", "but", "if", "be", "been", "not"})
"""Words after a participle that open a clause or phrase ("believed to be", "feared that", "thought the"), not a state."""


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


_WH = frozenset({"what", "which", "who", "whom", "whose", "why", "how", "when", "where", "whether", "if"})
"""Words that open a question's complement ("would not say what P", "declined to say whether P")."""


def withheld(tokens: Sequence[Token]) -> bool:
    """Every negated word is a verb of saying or disclosing with no content of its own: none, a topic ("would not
    comment on the case") or a question ("would not say what P was for", "declined to say whether P"). Declining
    to tell is no denial: such a claim negates nothing another source says ("X said P went to the clinic").
    A negative implicative ("declined to comment") negates its complement; a "that" clause or an object ("did not
    say that P", "refused to confirm the name") is content, and the claim stays a negation."""
    if not tokens:
        return False
    cues = stance_cues()
    verbs = cues["saying_verbs"] | cues["disclosure_verbs"]
    heads = {t.head for t in tokens if t.dep == "neg"}
    # NOTE: "declined to say", "has yet to say": the complement of a negative implicative (or of "yet to") is negated
    yet = {t.head for t in tokens if t.lemma == "yet" and t.dep == "advmod" and tokens[t.head].lemma in ("be", "have")}
    heads |= {i for i, t in enumerate(tokens) if t.dep == "xcomp" and tokens[t.head].dep == "ROOT"
              and (tokens[t.head].lemma in cues["negative_implicatives"] or t.head in yet)}
    if not heads:
        return False

    def opens(i: int) -> Token:
        return tokens[min([i, *(k for k in range(len(tokens)) if _under(tokens, k, i))])]

    for h in heads:
        if tokens[h].lemma not in verbs:
            return False
        for i, c in enumerate(tokens):
            if i == h or c.head != h or c.dep not in ("ccomp", "dobj", "xcomp", "csubj"):
                continue
            if c.lemma not in _WH and opens(i).lemma not in _WH and not any(
                    m.head == i and m.dep == "mark" and m.lemma in _WH for m in tokens):
                return False
    return True


def _under(tokens: Sequence[Token], k: int, top: int) -> bool:
    """Token ``k`` is below ``top`` in the parse (``top`` is an ancestor)."""
    seen = set()
    while k not in seen:
        seen.add(k)
        h = tokens[k].head
        if h == k:
            return False
        if h == top:
            return True
        k = h
    return False
