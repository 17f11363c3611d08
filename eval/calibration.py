"""Fit the judge's confidence model and alignment floor on the dev half; report reliability on the test half.

Input: prediction files of `eval.folders` (``--predictions``), which hold every structural verdict
the judge gave in each folder with its evidence features (`checker.judge.calibrate.recording`).
A verdict is labelled real (1) when its folder is gold-inconsistent and not real (0) otherwise: a
noisy label (an inconsistent folder can also hold an unrelated spurious verdict), which errs on the
side of under-confidence.

``fit`` (dev files only) fits a logistic regression (scikit-learn, L2, C=1) over
`checker.judge.calibrate.FEATURES` and writes ``checker/data/calibration.yaml``; it also sweeps the
embedding-similarity floor for value verdicts and prints folder-level balanced accuracy per floor.
``collect OUT.jsonl --split dev --limit N`` judges VitaminC pairs directly (with embeddings) and
writes the same format, for more verdicts per minute. ``report`` (test files) prints the reliability table (calibrated confidence bins against the
observed share of real verdicts) and folder-level precision / recall per ``--min-confidence``.

Run: ``python -m eval.calibration fit DEV.jsonl... [--write]`` and
``python -m eval.calibration report TEST.jsonl...``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping, Sequence

__all__ = ["load_rows", "fit", "reliability", "folder_curve", "main"]

logger = logging.getLogger(__name__)

VALUE_SLOTS = ("date", "quantity", "entity")


def load_folders(paths: Iterable[Path]) -> list[dict]:
    """Every folder line of the prediction files."""
    out = []
    for p in paths:
        with Path(p).open(encoding="utf-8") as fh:
            out.extend(json.loads(line) for line in fh if line.strip())
    return out


def passes_floors(v: dict) -> bool:
    """Whether today's alignment floors keep a verdict recorded by an older judge."""
    from checker.judge.align import ALIGN_SIMILARITY, MIN_MASKED

    if v["slot"] not in VALUE_SLOTS:
        return True
    f = v["features"]
    if f.get("similarity", 1.0) < ALIGN_SIMILARITY:
        return False
    return bool(f.get("frames")) or f.get("masked", 1.0) >= MIN_MASKED


def load_rows(folders: Sequence[dict], kept_only: bool = True) -> list[tuple[dict, int, str]]:
    """(verdict row, label, folder id) for every recorded verdict (kept ones pass today's floors)."""
    rows = []
    for f in folders:
        label = int(f["gold"] == "inconsistent")
        for v in f.get("verdicts", ()):
            if kept_only and not (v.get("kept", True) and passes_floors(v)):
                continue
            rows.append((v, label, f["id"]))
    return rows


COMPACT = ("similarity", "masked", "attribute", "subject_same", "prior")
"""Features fitted by default: with a few hundred labelled verdicts, more would fit noise."""


def _matrix(rows: Sequence[tuple[dict, int, str]], names: Sequence[str]):
    import numpy as np

    x = np.array([[float(r["features"].get(k, 0.0)) for k in names] for r, _, _ in rows], dtype=float)
    y = np.array([lab for _, lab, _ in rows], dtype=int)
    return x, y


def fit(rows: Sequence[tuple[dict, int, str]], c: float = 1.0, names: Sequence[str] = COMPACT) -> dict[str, float]:
    """Logistic-regression coefficients (``intercept`` + one per fitted feature; the others count 0)."""
    from sklearn.linear_model import LogisticRegression

    x, y = _matrix(rows, names)
    if len(set(y.tolist())) < 2:
        raise ValueError("need verdicts from both consistent and inconsistent folders to fit")
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    coef = {"intercept": round(float(model.intercept_[0]), 4)}
    coef.update({k: round(float(w), 4) for k, w in zip(names, model.coef_[0])})
    return coef


def predict(row: dict, coef: Mapping[str, float]) -> float:
    """Calibrated confidence of one recorded verdict."""
    from checker.judge.calibrate import confidence

    return confidence(row["features"], float(row.get("confidence", 0.5)), model=coef)


def reliability(rows: Sequence[tuple[dict, int, str]], coef: Mapping[str, float] | None,
                edges: Sequence[float] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)) -> list[tuple[str, int, float, float]]:
    """(bin, verdicts, mean confidence, share real) per confidence bin."""
    out = []
    scored = [(predict(r, coef) if coef else float(r["confidence"]), lab) for r, lab, _ in rows]
    for lo, hi in zip(edges, edges[1:]):
        sel = [(p, lab) for p, lab in scored if lo <= p < hi]
        if sel:
            out.append((f"{lo:.1f}-{min(hi, 1.0):.1f}", len(sel), sum(p for p, _ in sel) / len(sel),
                        sum(lab for _, lab in sel) / len(sel)))
    return out


def folder_score(folder: dict, coef: Mapping[str, float] | None, floor: float | None = None) -> float | None:
    """The folder's strongest contradiction confidence (None when no contradiction survives)."""
    best = None
    for v in folder.get("verdicts", ()):
        if not v.get("kept", True) or v["verdict"] != "contradiction" or not passes_floors(v):
            continue
        if v["features"].get("opinion", 0):
            continue  # NOTE: an opinion turns a contradiction into an opinion-difference
        if floor is not None and v["slot"] in VALUE_SLOTS and v["features"].get("similarity", 1.0) < floor:
            continue
        p = predict(v, coef) if coef else float(v["confidence"])
        best = p if best is None else max(best, p)
    return best


def folder_curve(folders: Sequence[dict], coef: Mapping[str, float] | None, thresholds: Sequence[float],
                 floor: float | None = None) -> list[tuple[float, int, float | None, float, float, float]]:
    """(min confidence, flagged, precision, recall, false alarms, balanced accuracy) per threshold."""
    pos = [f for f in folders if f["gold"] == "inconsistent"]
    neg = [f for f in folders if f["gold"] != "inconsistent"]
    scores = {f["id"]: folder_score(f, coef, floor) for f in folders}
    out = []
    for t in thresholds:
        tp = sum(1 for f in pos if scores[f["id"]] is not None and scores[f["id"]] >= t)
        fp = sum(1 for f in neg if scores[f["id"]] is not None and scores[f["id"]] >= t)
        r = tp / len(pos) if pos else 0.0
        fa = fp / len(neg) if neg else 0.0
        out.append((t, tp + fp, tp / (tp + fp) if tp + fp else None, r, fa, (r + 1 - fa) / 2))
    return out


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def _curve_text(name: str, curve) -> str:
    lines = [f"{name}: {'min-conf':>8}{'flag':>6}{'P':>7}{'R':>7}{'FA':>7}{'BA':>7}"]
    for t, n, p, r, fa, ba in curve:
        lines.append(f"{'':{len(name) + 2}}{t:>8.2f}{n:>6}{_fmt(p):>7}{r:>7.3f}{fa:>7.3f}{ba:>7.3f}")
    return "\n".join(lines)


def _by_dataset(folders: Sequence[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in folders:
        out.setdefault(f["dataset"], []).append(f)
    return out


def _write(coef: Mapping[str, float], n: int, files: Sequence[Path]) -> Path:
    import yaml

    path = Path(str(resources.files("checker.data").joinpath("calibration.yaml")))
    body = {
        "fitted": dt.date.today().isoformat(),
        "data": "eval.folders dev half: " + ", ".join(sorted({Path(f).name for f in files})),
        "verdicts": n,
        "coefficients": dict(coef),
    }
    head = ("# Judge confidence: logistic regression over checker.judge.calibrate.FEATURES.\n"
            "# Fitted by `python -m eval.calibration fit --write` on the dev half of eval.folders (never the seeds).\n")
    path.write_text(head + yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
    return path


def collect(split: str, limit: int | None, out: Path, seed: int = 13) -> int:
    """Judge VitaminC pairs of one half directly (`judge_texts` with embeddings) and write their verdicts.

    Each pair becomes one line in the `eval.folders` prediction format, so ``fit`` and ``report``
    read both. Far more verdicts per minute than whole folders: the calibration needs them.
    """
    from checker.backends.sbert import SbertEmbedder
    from checker.judge import judge_texts
    from checker.judge.calibrate import recording
    from eval.folders import items

    chosen = items("vitaminc", split, limit, seed)
    texts = [tuple(t.strip() for _, t in it.files) for it in chosen]
    from checker.parse import SpacyParser

    embedder, parser = SbertEmbedder(), SpacyParser()
    with out.open("w", encoding="utf-8") as fh:
        for start in range(0, len(chosen), 200):
            batch = chosen[start : start + 200]
            per_pair: list[list[dict]] = []
            with recording() as rows:
                for pair in texts[start : start + 200]:
                    before = len(rows)
                    judge_texts([pair], parser=parser, embedder=embedder)
                    per_pair.append(rows[before:])
            for it, vs in zip(batch, per_pair):
                fh.write(json.dumps({"id": it.id, "dataset": "vitaminc-pairs", "gold": it.gold, "domain": it.domain,
                                     "verdicts": vs}, ensure_ascii=False) + "\n")
            fh.flush()
            print(f"  {min(start + 200, len(chosen))}/{len(chosen)} pairs", file=sys.stderr, flush=True)
    return len(chosen)


def main(argv: Sequence[str] | None = None) -> int:
    """``fit``, ``report`` or ``collect``; 0 on success, 2 on unusable input."""
    ap = argparse.ArgumentParser(prog="python -m eval.calibration", description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("fit", "report", "collect"))
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--split", default="dev", help="collect: which half")
    ap.add_argument("--limit", type=int, default=None, help="collect: pairs to judge")
    ap.add_argument("--write", action="store_true", help="fit: write checker/data/calibration.yaml")
    ap.add_argument("--floor", type=float, default=None, help="similarity floor applied to value verdicts")
    args = ap.parse_args(argv)
    if args.mode == "collect":
        n = collect(args.split, args.limit, args.files[0])
        print(f"wrote {n} judged pairs to {args.files[0]}")
        return 0
    folders = load_folders(args.files)
    rows = load_rows(folders)
    thresholds = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
    if args.mode == "fit":
        try:
            coef = fit(rows)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"{len(rows)} kept verdicts from {len(folders)} dev folders; coefficients:")
        print("  " + ", ".join(f"{k}={v:+.3f}" for k, v in coef.items()))
        all_rows = load_rows(folders, kept_only=False)
        print("similarity floor for value verdicts (dev folders, rule confidences):")
        for name, fs in sorted(_by_dataset(folders).items()):
            for floor in (None, 0.3, 0.4, 0.5, 0.6, 0.7):
                t, n, p, r, fa, ba = folder_curve(fs, None, (0.0,), floor)[0]
                print(f"  {name:<10} floor {floor if floor is not None else '-':>4}: flagged {n:>4}"
                      f" P {_fmt(p)} R {r:.3f} FA {fa:.3f} BA {ba:.3f}")
        print(f"({len(all_rows) - len(rows)} value verdicts already dropped by alignment)")
        for name, fs in sorted(_by_dataset(folders).items()):
            print(_curve_text(name, folder_curve(fs, coef, thresholds, args.floor)))
        if args.write:
            print(f"wrote {_write(coef, len(rows), args.files)}")
        return 0
    from checker.judge.calibrate import load_model

    coef = load_model()
    print("reliability (test folders; label = folder is inconsistent):")
    print(f"  {'bin':<9}{'n':>6}{'mean conf':>11}{'real':>7}   rule prior: {'n':>6}{'mean':>7}{'real':>7}")
    cal = reliability(rows, coef)
    prior = {b: (n, m, o) for b, n, m, o in reliability(rows, None)}
    for b, n, m, o in cal:
        pn, pm, po = prior.get(b, (0, 0.0, 0.0))
        print(f"  {b:<9}{n:>6}{m:>11.3f}{o:>7.3f}   {'':12}{pn:>6}{pm:>7.3f}{po:>7.3f}")
    for b, (pn, pm, po) in prior.items():
        if b not in {x[0] for x in cal}:
            print(f"  {b:<9}{0:>6}{'-':>11}{'-':>7}   {'':12}{pn:>6}{pm:>7.3f}{po:>7.3f}")
    for name, fs in sorted(_by_dataset(folders).items()):
        print(_curve_text(name, folder_curve(fs, coef, thresholds, args.floor)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
