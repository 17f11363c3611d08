"""Tests of eval.calibration: labels from folders, today's floors, fitting, reliability, folder curves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.judge.calibrate import confidence
from eval import calibration as ec


def _verdict(slot="quantity", similarity=0.9, masked=0.5, frames=0.0, conf=0.75, verdict="contradiction", kept=True):
    feats = {"similarity": similarity, "masked": masked, "attribute": 0.5, "subject_same": 1.0, "prior": conf,
             "frames": frames, "opinion": 0.0}
    return {"code": "CC103", "verdict": verdict, "slot": slot, "confidence": conf, "kept": kept, "features": feats}


def _folder(i, gold, *verdicts, dataset="vitaminc"):
    return {"id": f"x:{i}", "dataset": dataset, "gold": gold, "verdicts": list(verdicts)}


def test_calibration_floors_drop_unaligned_value_verdicts_only():
    assert ec.passes_floors(_verdict())
    assert not ec.passes_floors(_verdict(similarity=0.2))
    assert not ec.passes_floors(_verdict(masked=0.05))
    assert ec.passes_floors(_verdict(masked=0.05, frames=1.0))  # a shared action carries the question
    assert ec.passes_floors(_verdict(slot="polarity", similarity=0.1, masked=0.0))


def test_calibration_rows_are_labelled_by_folder_and_skip_dropped(tmp_path: Path):
    folders = [_folder(1, "inconsistent", _verdict(), _verdict(kept=False)), _folder(2, "consistent", _verdict())]
    path = tmp_path / "p.jsonl"
    path.write_text("".join(json.dumps(f) + "\n" for f in folders), encoding="utf-8")
    rows = ec.load_rows(ec.load_folders([path]))
    assert [(lab, fid) for _, lab, fid in rows] == [(1, "x:1"), (0, "x:2")]
    assert len(ec.load_rows(folders, kept_only=False)) == 3


def test_calibration_fit_learns_the_direction_of_the_evidence():
    folders = [_folder(i, "inconsistent", _verdict(similarity=0.8 + 0.01 * (i % 10))) for i in range(40)]
    folders += [_folder(100 + i, "consistent", _verdict(similarity=0.5 + 0.01 * (i % 10))) for i in range(40)]
    coef = ec.fit(ec.load_rows(folders), names=("similarity",))
    assert set(coef) == {"intercept", "similarity"} and coef["similarity"] > 0
    hi = confidence(_verdict(similarity=0.9)["features"], 0.75, model=coef)
    lo = confidence(_verdict(similarity=0.55)["features"], 0.75, model=coef)
    assert hi > 0.5 > lo
    with pytest.raises(ValueError):
        ec.fit(ec.load_rows(folders[:40]), names=("similarity",))


def test_calibration_reliability_bins_and_folder_curve():
    folders = [_folder(1, "inconsistent", _verdict(conf=0.9)), _folder(2, "consistent", _verdict(conf=0.3)),
               _folder(3, "consistent"), _folder(4, "inconsistent", _verdict(verdict="temporal-difference"))]
    table = ec.reliability(ec.load_rows(folders), None)
    assert [(b, n, round(o, 2)) for b, n, _, o in table] == [("0.2-0.4", 1, 0.0), ("0.6-0.8", 1, 1.0), ("0.8-1.0", 1, 1.0)]
    curve = ec.folder_curve(folders, None, (0.0, 0.5))
    assert curve[0][:2] == (0.0, 2) and curve[0][2] == 0.5 and curve[0][3] == 0.5
    assert curve[1][:2] == (0.5, 1) and curve[1][2] == 1.0 and curve[1][4] == 0.0


def test_calibration_summedits_verdicts_are_real_only_when_they_cite_the_edit(tmp_path: Path):
    base = tmp_path / "summedits"
    base.mkdir()
    rows = [{"id": "e1", "doc": "d", "label": "0", "summary": "Revenue was $5 million and margin rose to 40%.",
             "original_summary": "Revenue was $4 million and margin rose to 40%."},
            {"id": "e2", "doc": "d", "label": "0", "summary": "The deal did close.", "original_summary": "The deal did not close."},
            {"id": "e3", "doc": "d", "label": "1", "summary": "Same.", "original_summary": "Same."}]
    (base / "summedits_ectsum.json").write_text(json.dumps(rows), encoding="utf-8")
    edits = ec.summedits_edits(tmp_path)
    assert set(edits) == {"summedits:e1", "summedits:e2"}
    assert "$5" in edits["summedits:e1"][1] and "40%" not in edits["summedits:e1"][1]
    assert edits["summedits:e2"][1] == {"did", "close"}  # NOTE: a deletion marks its neighbours
    summary = rows[0]["summary"]
    folder = {"id": "summedits:e1", "dataset": "summedits", "gold": "inconsistent"}
    cites = dict(_verdict(), a="Revenue was $4.2 million.", b=summary, values=[["$4.2 million"], ["$5 million"]])
    elsewhere = dict(_verdict(), a="Margin rose to 30%.", b=summary, values=[["30%"], ["40%"]])
    assert ec.label_of(folder, cites, edits) == 1
    assert ec.label_of(folder, elsewhere, edits) == 0
    assert ec.label_of(folder, elsewhere, None) == 1  # without the originals: the folder's label
    assert ec.label_of(dict(folder, gold="consistent"), cites, edits) == 0
    other = {"id": "vitaminc:1", "dataset": "vitaminc", "gold": "inconsistent"}
    assert ec.label_of(other, elsewhere, edits) == 1


def test_calibration_slots_seen_and_unfitted_slots_keep_their_prior():
    rows = [(_verdict(slot="quantity"), 1, f"x:{i}") for i in range(25)] + [(_verdict(slot="date"), 0, "x:99")]
    assert ec.slots_seen(rows) == ["quantity"]
    coef = {"intercept": -3.0}
    assert ec.predict(_verdict(slot="date", conf=0.7), coef, slots=["quantity"]) == 0.7
    assert ec.predict(_verdict(slot="quantity", conf=0.7), coef, slots=["quantity"]) < 0.1
    assert ec.predict(_verdict(slot="date", conf=0.7), coef) < 0.1


def test_calibration_derived_features_and_held_out_documents():
    old = dict(_verdict(), values=[["5,000 tickets"], ["50,000 tickets"]])
    assert "value_gap" not in old["features"] and ec.with_derived(old)["value_gap"] == 1.0
    near = [(dict(_verdict(), values=[["100"], ["101"]]), 1, f"x:{i}") for i in range(30)]
    far = [(dict(_verdict(), values=[["100"], ["10,000"]]), 0, f"x:{100 + i}") for i in range(30)]
    rows = near + far
    groups = {fid: f"doc{int(fid[2:]) % 10}" for _, _, fid in rows}
    ll, brier, auc = ec.cross_validate(rows, groups, ("value_gap",), 1.0, weighted=False)
    assert auc == 1.0 and ll < 0.6931 and brier < 0.25
    w = ec.group_weights(rows[:3] + rows[30:31], {"x:0": "d1", "x:1": "d1", "x:2": "d1", "x:100": "d2"})
    assert w[3] == pytest.approx(3 * w[0])  # NOTE: each document counts once
