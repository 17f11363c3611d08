"""CC201 negation and CC202 antonyms: the same statement with opposite polarity."""

from __future__ import annotations

from checker.models import Claim, Verdict
from checker.normalize.entities import Knowledge
from checker.rules.base import Rule
from checker.rules.common import content_overlap, modality_factor

__all__ = ["NEGATION", "ANTONYM", "__register__"]

_OVERLAP = 80.0
"""Token-set similarity two claims need (negation removed) to count as the same statement."""


def _lemmas(c: Claim) -> set[str]:
    if c.slots.lemmas:
        return set(c.slots.lemmas)
    if c.tokens:
        return {t.lemma for t in c.tokens}
    import re

    return set(re.findall(r"[a-z']+", c.text.lower()))


def compare_negation(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """One claim negates the main predicate the other asserts, the rest being the same."""
    if a.slots.negated == b.slots.negated:
        return None
    if "hedged" in (a.modality, b.modality) or (a.modality == "prediction") != (b.modality == "prediction"):
        # NOTE: "X will never be Y" does not deny that X is Y now, and "may not" leaves "may" open;
        # two predictions of opposite polarity do deny each other.
        return None
    la, lb = _lemmas(a), _lemmas(b)
    if any(x in la and y in lb or y in la and x in lb for x, y in (tuple(p) for p in kb.antonyms)):
        return None  # NOTE: "voluntary" vs "not mandatory" restate each other
    sim = content_overlap(a.text, b.text)
    if sim < _OVERLAP:
        return None
    neg, pos = (a, b) if a.slots.negated else (b, a)
    if neg.slots.neg_heads and pos.slots.predicates:
        # NOTE: the negated predicate itself must be asserted by the other claim, not just nearby words, and
        # not negated there too ("..., which has had no government since 1991" asserts its main clause only).
        if not set(neg.slots.neg_heads) & set(pos.slots.predicates) - set(pos.slots.neg_heads):
            return None
    return Verdict(
        code=NEGATION.code,
        verdict="contradiction",
        confidence=round((0.45 + 0.25 * (sim - _OVERLAP) / (100 - _OVERLAP)) * modality_factor(a, b), 3),
        slot="polarity",
        values=(("negated",) if a.slots.negated else ("asserted",), ("negated",) if b.slots.negated else ("asserted",)),
        reason=f"one source negates what the other asserts ({sim:.0f}% of the wording shared)",
    )


def compare_antonyms(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """The claims say the same thing but with antonymous words (granted/denied, won/lost)."""
    la, lb = _lemmas(a), _lemmas(b)
    for pair in kb.antonyms:
        x, y = tuple(pair)
        for p, q in ((x, y), (y, x)):
            if p in la and q in lb and p not in lb and q not in la:
                if a.slots.negated != b.slots.negated:
                    return None  # NOTE: "not voluntary" vs "mandatory" agree
                sim = content_overlap(a.text, b.text, drop={p, q} | _inflections(p) | _inflections(q))
                if sim < _OVERLAP - 5:
                    continue
                return Verdict(
                    code=ANTONYM.code,
                    verdict="contradiction",
                    confidence=round(0.65 * modality_factor(a, b), 3),
                    slot="polarity",
                    values=((p,), (q,)),
                    reason=f"'{p}' and '{q}' are antonyms in otherwise matching statements ({sim:.0f}% shared)",
                )
    return None


def _inflections(w: str) -> set[str]:
    return {w + "s", w + "ed", w + "d", w + "es", w + "ing", w[:-1] + "ied" if w.endswith("y") else w, w + "ion"}


NEGATION = Rule("CC201", "negation", "polarity", "One source negates what another asserts about the same event.",
                compare_negation)
ANTONYM = Rule("CC202", "antonym", "polarity", "Sources describe the same event with antonymous words.", compare_antonyms)

__register__ = (NEGATION, ANTONYM)
