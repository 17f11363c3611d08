"""Held-back evaluation of the learned judge (CC303) against and with the structural rules.

Pairs come from `train.prepare` (the split is by source document, so no test pair shares a page,
body or document with training).  Per data set it reports precision / recall / F1 for gold
contradictions of: the rules alone (``checker.judge.judge_texts``, strict ``contradiction``
verdicts), the learned judge alone (threshold from ``judge.json``, chosen on dev), and both
combined (a pair is flagged when either flags it, which is what the pipeline does: the learned
judge only adds findings).  It also reports the learned judge's speed in pairs/s (both directions).

With ``--folders N`` it also runs the whole product (`eval.folders`, align's folder harness) with
``--judge learned`` over up to N folders per data set whose source document is in this split of
*the judge's* split (so no folder shares a document with the judge's training data), and reports
per data set false alarms on consistent folders and recall on inconsistent ones, for the rules'
findings alone and with the learned judge's CC303 findings added.

Run: ``python -m eval.learned [--split test|dev] [--limit N] [--rules-cache PATH] [--folders N]
[--json PATH]``.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
import time
from pathlib import Path
from typing import Sequence

__all__ = ["prf", "figures", "split_rows", "folder_figures", "main"]

logger = logging.getLogger(__name__)

GOAL_GAIN = 0.10
GOAL_PRECISION = 0.80


def prf(pred: Sequence[bool], gold: Sequence[int]) -> dict:
    """Counts, precision, recall and F1 of ``pred`` against gold label 1."""
    tp = sum(1 for p, g in zip(pred, gold) if p and g)
    fp = sum(1 for p, g in zip(pred, gold) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold) if not p and g)
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    f1 = (2 * precision * recall / (precision + recall)
          if precision is not None and recall is not None and precision + recall else None)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def figures(rows: Sequence[dict], rules: Sequence[bool], learned: Sequence[bool]) -> dict:
    """Per data set and overall: rules, learned and combined P/R/F1."""
    out = {}
    for ds in sorted({r["dataset"] for r in rows}) + ["all"]:
        idx = [i for i, r in enumerate(rows) if ds in ("all", r["dataset"])]
        gold = [rows[i]["label"] for i in idx]
        out[ds] = {
            "n": len(idx),
            "gold": sum(gold),
            "rules": prf([rules[i] for i in idx], gold),
            "learned": prf([learned[i] for i in idx], gold),
            "combined": prf([rules[i] or learned[i] for i in idx], gold),
        }
    return out


def _fmt(x: float | None) -> str:
    return "  —  " if x is None else f"{x:.3f}"


def split_rows(rows: Sequence[dict], split: str, limit: int = 0, seed: int = 13) -> list[dict]:
    """The pairs of one split; with ``limit``, a seeded sample of at most that many per data set."""
    chosen = [r for r in rows if r["split"] == split]
    if not limit:
        return chosen
    rng = random.Random(seed)
    by_ds: dict[str, list[dict]] = {}
    for r in chosen:
        by_ds.setdefault(r["dataset"], []).append(r)
    return [r for ds in sorted(by_ds) for r in
            (rng.sample(by_ds[ds], limit) if len(by_ds[ds]) > limit else by_ds[ds])]


def _rules_predictions(rows: Sequence[dict], cache: Path | None) -> list[bool]:
    known: dict[str, bool] = {}
    if cache and cache.is_file():
        known = json.loads(cache.read_text(encoding="utf-8"))
    todo = [r for r in rows if r["id"] not in known]
    if todo:
        from checker.judge import judge_texts

        for start in range(0, len(todo), 500):
            chunk = todo[start:start + 500]
            verdicts = judge_texts([(r["a"], r["b"]) for r in chunk])
            for r, v in zip(chunk, verdicts):
                known[r["id"]] = v is not None and v.verdict == "contradiction"
            logger.info("rules: %d/%d pairs", start + len(chunk), len(todo))
            if cache:
                cache.write_text(json.dumps(known), encoding="utf-8")
    return [known[r["id"]] for r in rows]


def _judge_split(item) -> str:
    """The learned judge's split of an `eval.folders` item (its groups carry a domain prefix)."""
    from train.prepare import split_of

    group = item.group.split(":", 1)[1] if item.dataset == "summedits" else item.group
    return split_of(item.dataset, group)


def folder_figures(split: str, limit: int, seed: int, model: Path | None) -> dict:
    """Rules vs rules + learned judge on `eval.folders` folders of the judge's ``split``."""
    from checker.judge.learned import LEARNED_CODE, LearnedJudge
    from checker.pipeline import Backends, Settings
    from eval.folders import DATASETS, INCONSISTENT, evaluate, load
    from eval.pairs import sample

    backends = Backends(model_judge=LearnedJudge(model)).resolved()
    out: dict[str, dict] = {}
    for ds in DATASETS:
        pool = [it for it in load(ds) if _judge_split(it) == split]
        chosen = sample(pool, limit, seed)
        outcomes = evaluate(chosen, Settings(), backends)
        row: dict[str, object] = {"folders": len(outcomes)}
        for name, keep in (("rules", lambda code: code != LEARNED_CODE), ("combined", lambda code: True)):
            flagged = [any(v == "contradiction" and keep(c) for c, v, _ in o.findings) for o in outcomes]
            cons = [f for f, o in zip(flagged, outcomes) if o.item.gold != INCONSISTENT]
            inc = [f for f, o in zip(flagged, outcomes) if o.item.gold == INCONSISTENT]
            row[name] = {"false_alarm": sum(cons) / len(cons) if cons else None, "consistent": len(cons),
                         "recall": sum(inc) / len(inc) if inc else None, "inconsistent": len(inc)}
        row["candidate"] = sum(o.candidate for o in outcomes) / max(1, len(outcomes))
        row["seconds_per_folder"] = sum(o.seconds for o in outcomes) / max(1, len(outcomes))
        out[ds] = row
        r, c = row["rules"], row["combined"]
        print(f"folders {ds:10} n={len(outcomes):4} candidate {row['candidate']:.2f} | false alarms on "
              f"consistent: rules {_fmt(r['false_alarm'])} -> with learned {_fmt(c['false_alarm'])} | "
              f"recall on inconsistent: rules {_fmt(r['recall'])} -> with learned {_fmt(c['recall'])}",
              flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("test", "dev"), default="test")
    ap.add_argument("--limit", type=int, default=0, help="at most N pairs per data set (seeded sample)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--model", type=Path, default=None, help="judge folder (default: the shipped one)")
    ap.add_argument("--rules-cache", type=Path, default=None, help="JSON of rules predictions by pair id")
    ap.add_argument("--folders", type=int, default=0,
                    help="also run the product over up to N folders per data set (eval.folders)")
    ap.add_argument("--skip-pairs", action="store_true", help="only the folder evaluation")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.skip_pairs:
        folders = folder_figures(args.split, args.folders, args.seed, args.model)
        if args.json:
            args.json.write_text(json.dumps({"split": args.split, "folders": folders}, indent=1) + "\n")
        return 0
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    from checker.judge.learned import LearnedJudge
    from eval.pairs import default_data_dir
    from train.prepare import load_all

    rows = split_rows(load_all(args.data_dir or default_data_dir()), args.split, args.limit, args.seed)
    judge = LearnedJudge(args.model)
    judge.warm_up()
    t0 = time.perf_counter()
    verdicts = judge.judge_texts([(r["a"], r["b"]) for r in rows])
    rate = len(rows) / (time.perf_counter() - t0)
    learned = [v is not None for v in verdicts]
    rules = _rules_predictions(rows, args.rules_cache)
    figs = figures(rows, rules, learned)

    print(f"learned judge {judge.name} (threshold {judge.threshold:.2f}) on the {args.split} split; "
          f"{rate:.1f} pairs/s (both directions)")
    print(f"{'dataset':10} {'n':>5} {'gold':>5} | {'rules P':>7} {'R':>5} {'F1':>5} | "
          f"{'learned P':>9} {'R':>5} {'F1':>5} | {'both P':>6} {'R':>5} {'F1':>5} | F1 gain")
    for ds, f in figs.items():
        r, l, c = f["rules"], f["learned"], f["combined"]
        gain = (c["f1"] or 0.0) - (r["f1"] or 0.0)
        print(f"{ds:10} {f['n']:5} {f['gold']:5} | {_fmt(r['precision']):>7} {_fmt(r['recall'])} "
              f"{_fmt(r['f1'])} | {_fmt(l['precision']):>9} {_fmt(l['recall'])} {_fmt(l['f1'])} | "
              f"{_fmt(c['precision']):>6} {_fmt(c['recall'])} {_fmt(c['f1'])} | {gain:+.3f}")
    overall = figs["all"]
    gain = (overall["combined"]["f1"] or 0.0) - (overall["rules"]["f1"] or 0.0)
    meets = gain >= GOAL_GAIN and (overall["combined"]["precision"] or 0.0) >= GOAL_PRECISION
    print(f"default-rule gate (F1 gain >= {GOAL_GAIN} at combined precision >= {GOAL_PRECISION}): "
          f"{'met' if meets else 'not met'} (gain {gain:+.3f}, precision "
          f"{_fmt(overall['combined']['precision'])})")
    folders = folder_figures(args.split, args.folders, args.seed, args.model) if args.folders else None
    if args.json:
        args.json.write_text(json.dumps({"split": args.split, "judge": judge.name,
                                         "threshold": judge.threshold, "pairs_per_s": round(rate, 1),
                                         "figures": figs, "gate_met": meets, "folders": folders},
                                        indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
