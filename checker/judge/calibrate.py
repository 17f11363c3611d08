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
import re
from importlib import resources
from typing import TYPE_CHECKING, Iterator, Mapping, Sequence

import yaml

from checker.models import Claim, Verdict

if TYPE_CHECKING:
    from checker.judge.align import Alignment

__all__ = ["FEATURES", "features", "value_gap", "confidence", "load_model", "fitted_slots", "recording", "record"]

logger = logging.getLogger(__name__)

SLOTS = ("date", "quantity", "product", "target", "polarity", "entity")
"""Slots with their own intercept."""

FEATURES = (
    "similarity", "attribute", "masked", "subject_same", "subject_diff", "frames", "hedged", "opinion",
    "attributed", "prior", "value_gap", *(f"slot_{s}" for s in SLOTS),
)
"""Feature names, in the order of the shipped coefficients."""

_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn)?", re.IGNORECASE)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


def _magnitude(text: str) -> float | None:
    m = _NUMBER.search(text)
    if m is None:
        return None
    try:
        x = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    return x * _SCALE.get((m.group(2) or "").lower(), 1.0)


def value_gap(slot: str, values: Sequence[Sequence[str]]) -> float:
    """How far apart two quantity answers are: |log10 of their ratio|, at most 2; 0 for other slots or
    when either has no number. Sources that conflict on one question tend to differ by a little (an
    update, a typo); answers orders of magnitude apart tend to be different questions."""
    if slot != "quantity" or len(values) != 2:
        return 0.0
    x, y = _magnitude(" ".join(values[0])), _magnitude(" ".join(values[1]))
    if not x or not y:
        return 0.0
    return round(min(abs(math.log10(x / y)), 2.0), 4)


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
        "value_gap": value_gap(v.slot, v.values),
    }
    for s in SLOTS:
        out[f"slot_{s}"] = float(v.slot == s)
    return out


@functools.lru_cache(maxsize=1)
def _shipped() -> dict:
    try:
        text = resources.files("checker.data").joinpath("calibration.yaml").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    data = yaml.safe_load(text)
    return data if isinstance(data, dict) else {}


def fitted_slots() -> frozenset[str]:
    """Slots the shipped model saw enough verdicts of; the others keep their rule's prior."""
    return frozenset(str(s) for s in _shipped().get("slots") or ())


def load_model() -> Mapping[str, float] | None:
    """The shipped coefficients (``intercept`` + one per feature), or None when none are shipped."""
    coef = _shipped().get("coefficients")
    if not isinstance(coef, dict) or "intercept" not in coef:
        return None
    return {str(k): float(v) for k, v in coef.items()}


def confidence(feats: Mapping[str, float], prior: float, model: Mapping[str, float] | None = None) -> float:
    """Calibrated probability that the verdict is a real discrepancy; the rule's prior without a model.

    With the shipped model, a verdict of a slot it was not fitted on (`fitted_slots`: too few
    development verdicts, e.g. product names) keeps its prior: the model has no evidence about it.
    """
    if model is None:
        model = load_model()
        if model and not any(feats.get(f"slot_{s}", 0.0) for s in fitted_slots()):
            return prior
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
