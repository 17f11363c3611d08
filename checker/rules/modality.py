"""CC203 characterisation conflict: the same action called voluntary by one source, not optional by another."""

from __future__ import annotations

from checker.models import Claim, Verdict
from checker.normalize.entities import Knowledge
from checker.normalize.poles import pole_values
from checker.rules.base import Rule
from checker.rules.common import frames_agree, modality_factor
from checker.rules.dates import event_date

__all__ = ["POLE", "__register__", "opposite_poles", "pole_values"]


def _poles(c: Claim, kb: Knowledge) -> dict[str, tuple[int, str, tuple[str, ...]]]:
    """The poles the claim takes, with who they characterise: as normalised from its parse (`Slots.poles`), else
    read from its text (no holders known)."""
    if c.slots.poles is not None:
        return {scale: (sign, words, holders) for scale, sign, words, holders in c.slots.poles}
    return {scale: (sign, words, ()) for scale, (sign, words) in pole_values(c.text, kb).items()}


def opposite_poles(a: Claim, b: Claim, kb: Knowledge) -> tuple[str, str, str] | None:
    """(scale, a's word, b's word) of the first scale both claims take opposite poles on, said of one subject or of
    subjects not named ("Hardwicke failed to reach a deal" vs "the film won a nomination" characterise two acts)."""
    pa, pb = _poles(a, kb), _poles(b, kb)
    for scale in sorted(set(pa) & set(pb)):
        (va, wa, ha), (vb, wb, hb) = pa[scale], pb[scale]
        if ha and hb and not set(ha) & set(hb):
            continue
        if va != vb:
            return scale, wa, wb
    return None


def compare_poles(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """Both claims characterise the same action on one scale, at opposite poles (`opposite_poles`), at times that may
    be one: "the Senate passed the bill on Thursday" and "a similar bill failed last year" are two votes."""
    if not frames_agree(a, b, kb, allow_missing=True):
        return None
    opposite = opposite_poles(a, b, kb)
    if opposite is None:
        return None
    ta, tb = event_date(a, main=True), event_date(b, main=True)
    if ta is not None and tb is not None and not ta[0].overlaps(tb[0]):
        return None
    scale, wa, wb = opposite
    return Verdict(
        code=POLE.code,
        verdict="contradiction",
        confidence=round(0.55 * modality_factor(a, b), 3),
        slot="polarity",
        values=((wa,), (wb,)),
        reason=f"on {scale}, '{wa}' and '{wb}' are opposite poles",
    )


POLE = Rule("CC203", "characterisation", "polarity",
            "Sources characterise the same action at opposite poles of one scale (voluntary vs not optional).",
            compare_poles, "warning")

__register__ = (POLE,)
