"""CC203 characterisation conflict: the same action called voluntary by one source, not optional by another."""

from __future__ import annotations

from checker.models import Claim, Verdict
from checker.normalize.entities import Knowledge
from checker.normalize.poles import pole_values
from checker.rules.base import Rule
from checker.rules.common import frames_agree, modality_factor

__all__ = ["POLE", "__register__", "pole_values"]


def _poles(c: Claim, kb: Knowledge) -> dict[str, tuple[int, str]]:
    """The poles the claim takes: as normalised from its parse (`Slots.poles`), else read from its text."""
    if c.slots.poles is not None:
        return {scale: (sign, words) for scale, sign, words in c.slots.poles}
    return pole_values(c.text, kb)


def compare_poles(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """Both claims characterise the same action on one scale, at opposite poles."""
    if not frames_agree(a, b, kb, allow_missing=True):
        return None
    pa, pb = _poles(a, kb), _poles(b, kb)
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
