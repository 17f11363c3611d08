"""CC203 characterisation conflict: the same action called voluntary by one source, not optional by another."""

from __future__ import annotations

from checker.models import Claim, Verdict
from checker.normalize.entities import Knowledge
from checker.normalize.poles import pole_values
from checker.rules.base import Rule
from checker.rules.common import frames_agree, modality_factor

__all__ = ["POLE", "__register__", "pole_values"]


def _poles(c: Claim, kb: Knowledge) -> dict[str, tuple[int, str, tuple[str, ...]]]:
    """The poles the claim takes, with who they characterise: as normalised from its parse (`Slots.poles`), else
    read from its text (no holders known)."""
    if c.slots.poles is not None:
        return {scale: (sign, words, holders) for scale, sign, words, holders in c.slots.poles}
    return {scale: (sign, words, ()) for scale, (sign, words) in pole_values(c.text, kb).items()}


def compare_poles(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """Both claims characterise the same action on one scale, at opposite poles. Poles said of differently named
    subjects ("Hardwicke failed to reach a deal" vs "the film won a nomination") characterise different acts."""
    if not frames_agree(a, b, kb, allow_missing=True):
        return None
    pa, pb = _poles(a, kb), _poles(b, kb)
    for scale in sorted(set(pa) & set(pb)):
        (va, wa, ha), (vb, wb, hb) = pa[scale], pb[scale]
        if ha and hb and not set(ha) & set(hb):
            continue
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
