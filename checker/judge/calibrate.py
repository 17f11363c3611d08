"""Confidence from evidence: a logistic model over the judge's features, shipped as a few coefficients.

Each verdict of a structural rule is described by `features` (alignment similarity and overlap,
subject match, action frames, modality, attribution, the rule's own prior, the slot). `confidence`
maps them through the coefficients in ``checker/data/calibration.yaml``, fitted by
``python -m eval.calibration`` on the development half of `eval.folders` (never on the seeds), so
that a finding's confidence is the share of such findings that were real on development data.

`recording` lets an evaluation collect (features, verdict) rows from a normal pipeline run.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import logging
import math
from importlib import resources
from typing import TYPE_CHECKING, Iterator, Mapping

import yaml

from checker.models import Claim, Verdict

if TYPE_CHECKING:
    from checker.judge.align import Alignment

__all__ = ["FEATURES", "features", "confidence", "load_model", "recording", "record"]

logger = logging.getLogger(__name__)

SLOTS = ("date", "quantity", "product", "target", "polarity", "entity")
"""Slots with their own intercept."""

FEATURES = (
    "similarity", "attribute", "masked", "subject_same", "subject_diff", "frames", "hedged", "opinion",
    "attributed", "prior", *(f"slot_{s}" for s in SLOTS),
)
"""Feature names, in the order of the shipped coefficients."""

_RECORDER: contextvars.ContextVar[list | None] = contextvars.ContextVar("check_judge_recorder", default=None)


def features(a: Claim, b: Claim, v: Verdict, al: "Alignment", prior: float) -> dict[str, float]:
    """The evidence behind one verdict, as named numbers (see `FEATURES`)."""
    mods = (a.modality, b.modality)
    out = {
        "similarity": al.similarity if al.similarity is not None else 0.5,
        "attribute": al.attribute,
        "masked": al.masked,
        "subject_same": float(al.subject > 0),
        "subject_diff": float(al.subject < 0),
        "frames": float(al.frames),
        "hedged": float(sum(m in ("hedged", "prediction") for m in mods)),
        "opinion": float(sum(m == "opinion" for m in mods)),
        "attributed": float(sum(c.attribution is not None for c in (a, b))),
        "prior": prior,
    }
    for s in SLOTS:
        out[f"slot_{s}"] = float(v.slot == s)
    return out


@functools.lru_cache(maxsize=1)
def load_model() -> Mapping[str, float] | None:
    """The shipped coefficients (``intercept`` + one per feature), or None when none are shipped."""
    try:
        text = resources.files("checker.data").joinpath("calibration.yaml").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    data = yaml.safe_load(text) or {}
    coef = data.get("coefficients")
    if not isinstance(coef, dict) or "intercept" not in coef:
        return None
    return {str(k): float(v) for k, v in coef.items()}


def confidence(feats: Mapping[str, float], prior: float, model: Mapping[str, float] | None = None) -> float:
    """Calibrated probability that the verdict is a real discrepancy; the rule's prior without a model."""
    model = load_model() if model is None else model
    if not model:
        return prior
    z = model["intercept"] + sum(model.get(k, 0.0) * x for k, x in feats.items())
    return round(1.0 / (1.0 + math.exp(-z)), 3)


@contextlib.contextmanager
def recording() -> Iterator[list[dict]]:
    """Collect one row per structural verdict the judge gives inside the block (for evaluations)."""
    rows: list[dict] = []
    token = _RECORDER.set(rows)
    try:
        yield rows
    finally:
        _RECORDER.reset(token)


def record(a: Claim, b: Claim, v: Verdict, feats: Mapping[str, float], kept: bool) -> None:
    """Append a row when `recording` is active; otherwise nothing."""
    rows = _RECORDER.get()
    if rows is not None:
        rows.append({"code": v.code, "verdict": v.verdict, "slot": v.slot, "confidence": v.confidence,
                     "kept": kept, "features": dict(feats), "a": a.text[:300], "b": b.text[:300],
                     "values": [list(v.values[0]), list(v.values[1])]})
