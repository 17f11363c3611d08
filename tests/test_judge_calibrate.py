"""The shipped confidence model: applied to the slots it was fitted on, the rule's prior elsewhere."""

from __future__ import annotations

import pytest

from checker.judge import calibrate


def _feats(slot: str, **kw) -> dict[str, float]:
    out = {k: 0.0 for k in calibrate.FEATURES}
    out[f"slot_{slot}"] = 1.0
    out.update(kw)
    return out


@pytest.fixture
def shipped(monkeypatch):
    data = {"slots": ["quantity"], "coefficients": {"intercept": -2.0, "attribute": 4.0}}
    monkeypatch.setattr(calibrate, "_shipped", lambda: data)
    return data


def test_calibration_shipped_model_speaks_only_for_fitted_slots(shipped):
    assert calibrate.fitted_slots() == {"quantity"}
    assert calibrate.load_model() == {"intercept": -2.0, "attribute": 4.0}
    # NOTE: product names were never seen in development data: their rule's prior stands.
    assert calibrate.confidence(_feats("product", attribute=1.0), 0.9) == 0.9
    high = calibrate.confidence(_feats("quantity", attribute=1.0), 0.75)
    low = calibrate.confidence(_feats("quantity", attribute=0.0), 0.75)
    assert high == pytest.approx(0.881, abs=1e-3) and low == pytest.approx(0.119, abs=1e-3)


def test_calibration_explicit_model_applies_to_every_slot(shipped):
    assert calibrate.confidence(_feats("product"), 0.9, model={"intercept": 0.0}) == 0.5


def test_calibration_without_a_shipped_model_keeps_priors(monkeypatch):
    monkeypatch.setattr(calibrate, "_shipped", lambda: {})
    assert calibrate.load_model() is None and calibrate.fitted_slots() == frozenset()
    assert calibrate.confidence(_feats("quantity", attribute=1.0), 0.75) == 0.75


def test_calibration_value_gap_is_the_log_ratio_of_two_quantities():
    assert calibrate.value_gap("quantity", (("$6.86",), ("$6.90",))) == pytest.approx(0.0025, abs=1e-4)
    assert calibrate.value_gap("quantity", (("$101 million",), ("$1.63",))) == 2.0  # capped
    assert calibrate.value_gap("quantity", (("1.2 billion",), ("1,200 million",))) == 0.0
    assert calibrate.value_gap("quantity", (("twelve",), ("12",))) == 0.0  # no digits on one side
    assert calibrate.value_gap("date", (("2019",), ("2020",))) == 0.0
