"""Poles of characterisation scales a claim takes ("voluntary" vs "not optional" on obligation).

Reads `Knowledge.poles` (`checker/data/frames.yaml`); `checker.normalize` stores what a parsed claim
takes in `Slots.poles`, and `checker.rules.modality` (CC203), the review and the cross-event merge
compare them.
"""

from __future__ import annotations

import re
from typing import Sequence

from checker.knowledge import Knowledge
from checker.models import Token

__all__ = ["pole_values"]

_NEGATOR = re.compile(r"\b(not|never|no|n't|hardly|far from)\s+(?:\w+\s+)?$", re.I)


_MEMO: dict[tuple[int, str, frozenset[int]], dict[str, tuple[int, str]]] = {}


def pole_values(text: str, kb: Knowledge, tokens: Sequence[Token] = ()) -> dict[str, tuple[int, str]]:
    """Scale -> (+1 or -1, the words found); "not optional" counts for the - pole of its scale.

    With the claim's parse (``tokens``), a pole word that only describes a noun, as a participle or in a
    relative clause ("the safety infrastructure required to prevent a failure"), is not the claim's.
    """
    skip = frozenset(t.start for t in tokens if t.dep in _NOUN_MODIFIER)
    key = (id(kb), text, skip)
    if key not in _MEMO:
        if len(_MEMO) > 200_000:
            _MEMO.clear()
        _MEMO[key] = _pole_values(text, kb, skip)
    return _MEMO[key]


_NOUN_MODIFIER = frozenset({"acl", "relcl"})
"""Dependencies by which a verb form describes a noun instead of characterising the claim's action."""


def _pole_values(text: str, kb: Knowledge, skip: frozenset[int] = frozenset()) -> dict[str, tuple[int, str]]:
    low = text.lower()
    if not _any_pole_word(kb).search(low):
        return {}
    out: dict[str, tuple[int, str]] = {}
    for scale, (plus, minus) in kb.poles.items():
        for sign, words in ((1, plus), (-1, minus)):
            for w in words:
                for m in re.finditer(rf"\b{re.escape(w)}\b", low):
                    if m.start() in skip:
                        continue
                    before = low[max(0, m.start() - 20) : m.start()]
                    negated = bool(_NEGATOR.search(before)) and not w.startswith("not ")
                    value = -sign if negated else sign
                    phrase = (before[_NEGATOR.search(before).start():] if negated else "") + text[m.start() : m.end()]  # type: ignore[union-attr]
                    if scale in out and out[scale][0] != value:
                        out[scale] = (0, out[scale][1] + " / " + phrase)  # NOTE: both poles: no stance
                    elif scale not in out:
                        out[scale] = (value, phrase.strip())
    return {k: v for k, v in out.items() if v[0] != 0}


_WORD_RE: dict[int, re.Pattern[str]] = {}


def _any_pole_word(kb: Knowledge) -> re.Pattern[str]:
    """One regex for every pole word of every scale: most claims have none and stop here."""
    if id(kb) not in _WORD_RE:
        words = sorted({w for plus, minus in kb.poles.values() for w in plus + minus}, key=len, reverse=True)
        _WORD_RE[id(kb)] = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
    return _WORD_RE[id(kb)]
