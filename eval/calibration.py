"""Fit the judge's confidence model and alignment floor on the dev half; report reliability on the test half.

Input: prediction files of `eval.folders` (``--predictions``), which hold every structural verdict
the judge gave in each folder with its evidence features (`checker.judge.calibrate.recording`).
A verdict is labelled real (1) when its folder is gold-inconsistent and not real (0) otherwise
(`label_of`). SummEdits keeps each inconsistent summary's unedited original, so there a verdict is
real only when it cites the edit: a value verdict whose summary-side value holds an edited word, any
other verdict whose summary-side claim does (`summedits_edits`); a verdict elsewhere in an
inconsistent summary is a false alarm. VitaminC claims and FNC-1 headlines are one sentence, the
conflicting one, so their folder label is the verdict's.

``fit`` (dev files only) chooses the feature set (`FEATURE_SETS`), the L2 strength and the weighting
(`WEIGHTINGS`) by log loss on held-out documents (`cross_validate`: folds split by document, each data
set counting once), fits that logistic regression (scikit-learn) on every dev verdict and, with
``--write``, writes ``checker/data/calibration.yaml`` with the slots seen often enough
(`slots_seen`); it also sweeps the embedding-similarity floor for value verdicts. ``collect OUT.jsonl
--split dev --limit N`` judges VitaminC pairs directly (with embeddings) and writes the same format.
``report`` (test files) prints the reliability table (calibrated confidence bins against the observed
share of real verdicts, overall and per data set, beside the rule priors), verdict precision and
folder-level precision / recall per ``--min-confidence``, with the shipped model as `check` applies it.

Run: ``python -m eval.calibration fit DEV.jsonl... [--write]`` and
``python -m eval.calibration report TEST.jsonl...``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import logging
import re
import sys
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping, Sequence

__all__ = ["load_rows", "label_of", "summedits_edits", "fit", "reliability", "folder_curve", "main"]

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


_WORDS = re.compile(r"[\w$%.,'’-]*\w|[$%]")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(text)]


def summedits_edits(data_dir: Path | None = None) -> dict[str, tuple[str, frozenset[str]]]:
    """SummEdits item id -> (summary, words of the summary its unedited original lacks), inconsistent items only.

    A deletion ("not" removed) marks the summary words on either side of the gap.
    """
    from eval.folders import SUMMEDITS_DOMAINS
    from eval.pairs import default_data_dir

    base = (data_dir or default_data_dir()) / "summedits"
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for domain in SUMMEDITS_DOMAINS:
        path = base / f"summedits_{domain}.json"
        if not path.exists():
            continue
        for row in json.loads(path.read_text(encoding="utf-8")):
            if str(row.get("label")) != "0" or not row.get("original_summary"):
                continue
            new, old = _words(row["summary"]), _words(row["original_summary"])
            edited: set[str] = set()
            for op, _, _, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
                if op in ("replace", "insert"):
                    edited.update(new[j1:j2])
                elif op == "delete":
                    edited.update(new[max(j1 - 1, 0) : j1 + 1])
            out[f"summedits:{row['id']}"] = (row["summary"], frozenset(edited))
    return out


def label_of(folder: dict, v: dict, edits: Mapping[str, tuple[str, frozenset[str]]] | None = None) -> int:
    """1 when the verdict is a real discrepancy, 0 a false alarm (module docstring)."""
    if folder["gold"] != "inconsistent":
        return 0
    known = (edits or {}).get(folder["id"])
    if known is None or "a" not in v or "b" not in v:
        return 1
    summary, edited = known
    sides = [i for i, t in enumerate((v["a"], v["b"])) if t and t[:200] in summary]
    if not sides:
        return 1  # NOTE: neither claim found in the summary (rewritten by the parser): keep the folder label
    side = sides[-1]
    if v["slot"] in VALUE_SLOTS and v.get("values"):
        cited = " ".join(v["values"][side])
    else:
        cited = (v["a"], v["b"])[side]
    return int(bool(edited & set(_words(cited))))


def load_rows(folders: Sequence[dict], kept_only: bool = True,
              edits: Mapping[str, tuple[str, frozenset[str]]] | None = None) -> list[tuple[dict, int, str]]:
    """(verdict row, label, folder id) for every recorded verdict (kept ones pass today's floors)."""
    rows = []
    for f in folders:
        for v in f.get("verdicts", ()):
            if kept_only and not (v.get("kept", True) and passes_floors(v)):
                continue
            rows.append((v, label_of(f, v, edits), f["id"]))
    return rows


COMPACT = ("similarity", "masked", "attribute", "subject_same", "prior")
"""A small feature set (the first fit, on 54 verdicts)."""

EVIDENCE = ("similarity", "attribute", "masked", "subject_same", "frames", "hedged", "attributed", "prior",
            "slot_date", "slot_quantity", "slot_polarity", "slot_entity")
GAP = (*EVIDENCE, "value_gap")
"""The evidence and how far apart two quantity answers are (`calibrate.value_gap`)."""
"""Alignment, subject, modality, attribution, the rule's prior and its slot: the evidence a verdict carries."""

FEATURE_SETS = {"compact": COMPACT, "compact+gap": (*COMPACT, "value_gap"), "evidence": EVIDENCE, "evidence+gap": GAP}


def with_derived(row: dict) -> dict:
    """The row's features, completed with those a judge older than them did not record (``value_gap``)."""
    from checker.judge.calibrate import value_gap

    feats = row["features"]
    if "value_gap" not in feats and "values" in row:
        feats = dict(feats, value_gap=value_gap(row["slot"], row["values"]))
    return feats


def _matrix(rows: Sequence[tuple[dict, int, str]], names: Sequence[str]):
    import numpy as np

    x = np.array([[float(with_derived(r).get(k, 0.0)) for k in names] for r, _, _ in rows], dtype=float)
    y = np.array([lab for _, lab, _ in rows], dtype=int)
    return x, y


WEIGHTINGS = ("verdict", "document", "dataset")
"""How fitted verdicts count: each once; each source document once (however many summaries or
headlines were written from it); each data set once (SummEdits, VitaminC and FNC-1 equally)."""


def _dataset(groups: Mapping[str, str], fid: str) -> str:
    return groups.get(fid, fid).split(":", 1)[0]


def row_weights(rows: Sequence[tuple[dict, int, str]], groups: Mapping[str, str], mode: str = "document") -> list[float]:
    """One weight per row (mean 1) for `WEIGHTINGS` ``mode``; ``groups``: folder id -> ``dataset:document``."""
    from collections import Counter

    if mode == "verdict":
        return [1.0] * len(rows)
    key = (lambda fid: groups.get(fid, fid)) if mode == "document" else (lambda fid: _dataset(groups, fid))
    g = [key(fid) for _, _, fid in rows]
    n = Counter(g)
    return [len(rows) / (len(n) * n[k]) for k in g]


def group_weights(rows: Sequence[tuple[dict, int, str]], groups: Mapping[str, str]) -> list[float]:
    """`row_weights` per document."""
    return row_weights(rows, groups, "document")


def fit(rows: Sequence[tuple[dict, int, str]], c: float = 1.0, names: Sequence[str] = COMPACT,
        weights: Sequence[float] | None = None) -> dict[str, float]:
    """Logistic-regression coefficients (``intercept`` + one per fitted feature; the others count 0)."""
    from sklearn.linear_model import LogisticRegression

    x, y = _matrix(rows, names)
    if len(set(y.tolist())) < 2:
        raise ValueError("need verdicts from both consistent and inconsistent folders to fit")
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y, sample_weight=None if weights is None else list(weights))
    coef = {"intercept": round(float(model.intercept_[0]), 4)}
    coef.update({k: round(float(w), 4) for k, w in zip(names, model.coef_[0])})
    return coef


def cross_validate(rows: Sequence[tuple[dict, int, str]], groups: Mapping[str, str], names: Sequence[str],
                   c: float, weighted: bool | str, folds: int = 5) -> tuple[float, float, float]:
    """(log loss, Brier score, ROC AUC) of held-out documents: folds split by document group, so a
    document's verdicts are never both fitted and scored. Scored with each data set counting once
    (the population of held-out text is unknown; no data set's share of the sample should decide)."""
    import math

    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    mode = weighted if isinstance(weighted, str) else ("document" if weighted else "verdict")
    g = [groups.get(fid, fid) for _, _, fid in rows]
    held_p: dict[int, float] = {}
    for train, held in GroupKFold(n_splits=folds).split(list(range(len(rows))), groups=g):
        part = [rows[i] for i in train]
        try:
            coef = fit(part, c, names, row_weights(part, groups, mode))
        except ValueError:
            continue
        for i in held:
            held_p[i] = min(max(predict(rows[i][0], coef), 1e-4), 1 - 1e-4)
    idx = sorted(held_p)
    w = row_weights([rows[i] for i in idx], groups, "dataset")
    total = sum(w) or 1.0
    loss = -sum(wi * (rows[i][1] * math.log(held_p[i]) + (1 - rows[i][1]) * math.log(1 - held_p[i]))
                for wi, i in zip(w, idx)) / total
    brier = sum(wi * (held_p[i] - rows[i][1]) ** 2 for wi, i in zip(w, idx)) / total
    ys = [rows[i][1] for i in idx]
    auc = roc_auc_score(ys, [held_p[i] for i in idx], sample_weight=w) if len(set(ys)) == 2 else 0.5
    return loss, brier, float(auc)


def predict(row: dict, coef: Mapping[str, float], slots: Iterable[str] | None = None) -> float:
    """Calibrated confidence of one recorded verdict (its prior when ``slots`` is given and lacks its slot)."""
    from checker.judge.calibrate import confidence

    prior = float(row.get("confidence", 0.5))
    if slots is not None and row["slot"] not in set(slots):
        return prior
    return confidence(with_derived(row), prior, model=coef)


def reliability(rows: Sequence[tuple[dict, int, str]], coef: Mapping[str, float] | None,
                edges: Sequence[float] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001),
                slots: Iterable[str] | None = None) -> list[tuple[str, int, float, float]]:
    """(bin, verdicts, mean confidence, share real) per confidence bin."""
    out = []
    scored = [(predict(r, coef, slots) if coef else float(r["confidence"]), lab) for r, lab, _ in rows]
    for lo, hi in zip(edges, edges[1:]):
        sel = [(p, lab) for p, lab in scored if lo <= p < hi]
        if sel:
            out.append((f"{lo:.1f}-{min(hi, 1.0):.1f}", len(sel), sum(p for p, _ in sel) / len(sel),
                        sum(lab for _, lab in sel) / len(sel)))
    return out


def folder_score(folder: dict, coef: Mapping[str, float] | None, floor: float | None = None,
                 slots: Iterable[str] | None = None) -> float | None:
    """The folder's strongest contradiction confidence (None when no contradiction survives)."""
    best = None
    for v in folder.get("verdicts", ()):
        if not v.get("kept", True) or v["verdict"] != "contradiction" or not passes_floors(v):
            continue
        if v["features"].get("opinion", 0):
            continue  # NOTE: an opinion turns a contradiction into an opinion-difference
        if floor is not None and v["slot"] in VALUE_SLOTS and v["features"].get("similarity", 1.0) < floor:
            continue
        p = predict(v, coef, slots) if coef else float(v["confidence"])
        best = p if best is None else max(best, p)
    return best


def folder_curve(folders: Sequence[dict], coef: Mapping[str, float] | None, thresholds: Sequence[float],
                 floor: float | None = None,
                 slots: Iterable[str] | None = None) -> list[tuple[float, int, float | None, float, float, float]]:
    """(min confidence, flagged, precision, recall, false alarms, balanced accuracy) per threshold."""
    pos = [f for f in folders if f["gold"] == "inconsistent"]
    neg = [f for f in folders if f["gold"] != "inconsistent"]
    slots = None if slots is None else frozenset(slots)
    scores = {f["id"]: folder_score(f, coef, floor, slots) for f in folders}
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


MIN_SLOT_VERDICTS = 20
"""A slot needs this many fitted verdicts before the shipped model speaks for it (`calibrate.fitted_slots`)."""


def slots_seen(rows: Sequence[tuple[dict, int, str]], least: int = MIN_SLOT_VERDICTS) -> list[str]:
    """Slots with at least ``least`` fitted verdicts."""
    from collections import Counter

    n = Counter(r["slot"] for r, _, _ in rows)
    return sorted(s for s, k in n.items() if k >= least)


def _write(coef: Mapping[str, float], n: int, files: Sequence[Path], slots: Sequence[str] = (), how: str = "") -> Path:
    import yaml

    path = Path(str(resources.files("checker.data").joinpath("calibration.yaml")))
    body = {
        "fitted": dt.date.today().isoformat(),
        "data": "eval.folders dev half: " + ", ".join(sorted({Path(f).name for f in files})),
        "verdicts": n,
        "model": how,
        "slots": list(slots),
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
    rows = load_rows(folders, edits=summedits_edits())
    thresholds = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
    if args.mode == "fit":
        groups = {f["id"]: f"{f['dataset']}:{f.get('group', f['id'])}" for f in folders}
        print(f"{len(rows)} kept verdicts ({sum(lab for _, lab, _ in rows)} real) from {len(folders)} dev folders, "
              f"{len(set(groups[fid] for _, _, fid in rows))} documents")
        print("held-out documents (5 folds by document; each data set counts once): log loss / Brier / AUC")
        import math

        w = row_weights(rows, groups, "dataset")
        base = sum(wi * lab for wi, (_, lab, _) in zip(w, rows)) / sum(w)
        const = -(base * math.log(base) + (1 - base) * math.log(1 - base)) if 0 < base < 1 else 0.0
        print(f"  constant {base:.3f}: {const:.4f} / {base * (1 - base):.4f} / 0.500")
        best = None
        for set_name, names in FEATURE_SETS.items():
            for c in (0.1, 1.0, 10.0):
                for mode in WEIGHTINGS:
                    try:
                        ll, br, auc = cross_validate(rows, groups, names, c, mode)
                    except ValueError as exc:
                        print(f"error: {exc}", file=sys.stderr)
                        return 2
                    print(f"  {set_name:<13} C={c:<5} per {mode:<9} {ll:.4f} / {br:.4f} / {auc:.3f}")
                    if best is None or ll < best[0]:
                        best = (ll, names, c, mode)
        _, names, c, weighted = best  # type: ignore[misc]
        try:
            coef = fit(rows, c, names, row_weights(rows, groups, weighted))
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"chosen: {len(names)} features, C={c}, each {weighted} weighted once; coefficients:")
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
            how = f"logistic regression over {', '.join(names)}; L2 C={c}; each {weighted} weighted once"
            print(f"wrote {_write(coef, len(rows), args.files, slots_seen(rows), how)}")
        return 0
    from checker.judge.calibrate import fitted_slots, load_model

    coef = load_model()
    slots = fitted_slots()
    print(f"reliability ({len(rows)} kept verdicts of {len(folders)} folders; real = cites the conflict, `label_of`):")
    groups = [("all", rows)] + [(name, load_rows(fs, edits=summedits_edits())) for name, fs in sorted(_by_dataset(folders).items())]
    for name, part in groups:
        print(f"  {name}: {'bin':<9}{'n':>6}{'mean conf':>11}{'real':>7}   rule prior: {'n':>6}{'mean':>7}{'real':>7}")
        cal = reliability(part, coef, slots=slots)
        prior = {b: (n, m, o) for b, n, m, o in reliability(part, None)}
        for b in sorted({x[0] for x in cal} | set(prior)):
            n, m, o = next(((n, m, o) for bb, n, m, o in cal if bb == b), (0, None, None))
            pn, pm, po = prior.get(b, (0, None, None))
            print(f"  {'':{len(name) + 2}}{b:<9}{n:>6}{_fmt(m):>11}{_fmt(o):>7}   {'':12}{pn:>6}{_fmt(pm):>7}{_fmt(po):>7}")
    print("verdict precision at --min-confidence (share real of the kept contradiction verdicts at or above):")
    contra = [(r, lab, fid) for r, lab, fid in rows if r["verdict"] == "contradiction"]
    for t in thresholds:
        sel = [lab for r, lab, _ in contra if predict(r, coef, slots) >= t] if coef else []
        print(f"  {t:.2f}: {len(sel):>5} verdicts, precision {_fmt(sum(sel) / len(sel) if sel else None)}")
    for name, fs in sorted(_by_dataset(folders).items()):
        print(_curve_text(name, folder_curve(fs, coef, thresholds, args.floor, slots)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
