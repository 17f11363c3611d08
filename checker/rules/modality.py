"""CC203 characterisation conflict: the same action called voluntary by one source, not optional by another."""

from __future__ import annotations

import re

from checker.models import Claim, Verdict
from checker.normalize.entities import Knowledge
from checker.rules.base import Rule
from checker.rules.common import frames_agree, modality_factor

__all__ = ["POLE", "__register__", "pole_values"]

_NEGATOR = re.compile(r"\b(not|never|no|n't|hardly|far from)\s+(?:\w+\s+)?$", re.I)


_MEMO: dict[tuple[int, str], dict[str, tuple[int, str]]] = {}


def pole_values(text: str, kb: Knowledge) -> dict[str, tuple[int, str]]:
    """Scale -> (+1 or -1, the words found); "not optional" counts for the - pole of its scale."""
    key = (id(kb), text)
    if key not in _MEMO:
        if len(_MEMO) > 200_000:
            _MEMO.clear()
        _MEMO[key] = _pole_values(text, kb)
    return _MEMO[key]


def _pole_values(text: str, kb: Knowledge) -> dict[str, tuple[int, str]]:
    low = text.lower()
    if not _any_pole_word(kb).search(low):
        return {}
    out: dict[str, tuple[int, str]] = {}
    for scale, (plus, minus) in kb.poles.items():
        for sign, words in ((1, plus), (-1, minus)):
            for w in words:
                for m in re.finditer(rf"\b{re.escape(w)}\b", low):
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


def compare_poles(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """Both claims characterise the same action on one scale, at opposite poles."""
    if not frames_agree(a, b, kb, allow_missing=True):
        return None
    pa, pb = pole_values(a.text, kb), pole_values(b.text, kb)
    for scale in sorted(set(pa) & set(pb)):
        (va, wa), (vb, wb) = pa[scale], pb[scale]
        if va != vb:
            return Verdict(
                code=POLE.code,
                verdict="contradiction",
                confidence=round(0.55 * modality_factor(a, b), 3),
                slot="polarity",
                values=((wa,), (wb,)),
                reason=f"on {scale}, '{wa}' and '{wb}' are opposite poles",
            )
    return None


POLE = Rule("CC203", "characterisation", "polarity",
            "Sources characterise the same action at opposite poles of one scale (voluntary vs not optional).",
            compare_poles, "warning")

__register__ = (POLE,)
