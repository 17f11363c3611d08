"""Report and rebuttal (``python -m eval.claims_fnc``): FNC-1 headline + body folders, balanced by stance.

Draws N "disagree" (the body refutes the headline: inconsistent) and N "agree" (consistent) items of
one half of `eval.folders.split_of` with a fixed seed, runs them with the shared folder evaluation
(`eval.folders.evaluate`: the product's pipeline, models loaded once) and reports detection
precision, recall and F1 on the disagree folders, the share of agree folders with a contradiction
finding (false alarms), which rules fired, and folders where a document yielded no claim. Cue
lexicons and thresholds are fitted on ``--split dev``; figures are reported on ``--split test``.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

from eval.folders import CONSISTENT, INCONSISTENT, Item, Outcome, evaluate, load_fnc1, split_of

__all__ = ["choose", "score", "run_folders", "rules_line", "fmt", "add_run_options", "write_predictions", "main"]

logger = logging.getLogger(__name__)

DEFAULT_SEED = 12
GOALS = {"f1": 0.60, "false_alarms": 0.15}
"""Issue #12: detection F1 >= 0.60 with findings on <= 15% of agree folders."""


def choose(split: str, per_label: int, seed: int = DEFAULT_SEED, data_dir: Path | None = None) -> list[Item]:
    """``per_label`` disagree and ``per_label`` agree items of one half, drawn with ``seed``."""
    pools: dict[str, list[Item]] = {INCONSISTENT: [], CONSISTENT: []}
    for it in load_fnc1(data_dir):
        if split == "all" or split_of(it) == split:
            pools[it.gold].append(it)
    rng = random.Random(seed)
    out: list[Item] = []
    for label in (INCONSISTENT, CONSISTENT):
        pool = pools[label]
        out.extend(rng.sample(pool, min(per_label, len(pool))))
    return out


def score(outcomes: Sequence[Outcome], min_confidence: float = 0.0) -> dict[str, float | int | None]:
    """Detection figures: positives are the disagree folders; a folder is flagged by a contradiction finding."""
    tp = sum(o.flagged(min_confidence) for o in outcomes if o.item.gold == INCONSISTENT)
    fp = sum(o.flagged(min_confidence) for o in outcomes if o.item.gold == CONSISTENT)
    pos = sum(o.item.gold == INCONSISTENT for o in outcomes)
    neg = len(outcomes) - pos
    p = tp / (tp + fp) if tp + fp else None
    r = tp / pos if pos else None
    f1 = 2 * p * r / (p + r) if p and r else 0.0
    return {"folders": len(outcomes), "disagree": pos, "agree": neg, "tp": tp, "fp": fp, "precision": p, "recall": r,
            "f1": f1, "false_alarms": fp / neg if neg else None,
            "empty_documents": sum(1 for o in outcomes if 0 in o.claims),
            "candidate_disagree": (sum(o.candidate for o in outcomes if o.item.gold == INCONSISTENT) / pos) if pos else None}


def run_folders(chosen: Sequence[Item], cache_dir: str | None, every: int = 50) -> tuple[Outcome, ...]:
    """`eval.folders.evaluate` with the product's backends and cache, progress on stderr every ``every`` folders."""
    from checker.pipeline import Backends, Settings

    def tick(done: int, total: int) -> None:
        if done % every == 0 or done == total:
            print(f"  {done}/{total} folders", file=sys.stderr, flush=True)

    return evaluate(chosen, Settings(cache=True, cache_dir=cache_dir), Backends().resolved(), progress=tick)


def rules_line(outcomes: Sequence[Outcome], min_confidence: float, kinds: str) -> str:
    """Folders with a contradiction of each rule, inconsistent / consistent (``kinds`` names the two)."""
    rules = Counter((r, o.item.gold) for o in outcomes for r in {r for r, v, c in o.findings if v == "contradiction" and c >= min_confidence})
    return f"contradictions by rule ({kinds} folders): " + ", ".join(
        f"{code} {rules[(code, INCONSISTENT)]}/{rules[(code, CONSISTENT)]}" for code in sorted({c for c, _ in rules}))


def fmt(x) -> str:
    """A figure as printed: three decimals, or n/a."""
    return "n/a" if x is None else (f"{x:.3f}" if isinstance(x, float) else str(x))


def add_run_options(ap: argparse.ArgumentParser, per_label: int, seed: int, what: str) -> None:
    """The options every FNC-1 folder evaluation takes: half, sample size, seed, confidence floor, cache, predictions."""
    ap.add_argument("--split", choices=("dev", "test", "all"), default="test")
    ap.add_argument("--per-label", type=int, default=per_label, help=f"{what} of each kind (default {per_label})")
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--min-confidence", type=float, default=0.0)
    ap.add_argument("--cache-dir", default=None)
    ap.add_argument("--predictions", type=Path, default=None, metavar="PATH", help="one JSON line per folder")


def write_predictions(path: Path, outcomes: Sequence[Outcome]) -> None:
    """One JSON line per folder: its id, gold label, note (when the item has one), findings and claims per document."""
    with path.open("w", encoding="utf-8") as fh:
        for o in outcomes:
            row = {"id": o.item.id, "gold": o.item.gold, **({"note": o.item.note} if o.item.note else {}),
                   "findings": o.findings, "messages": o.messages, "candidate": o.candidate, "claims": o.claims}
            fh.write(json.dumps(row) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run and print the figures (and by-rule counts); 0 always, 2 when the data is missing."""
    ap = argparse.ArgumentParser(prog="python -m eval.claims_fnc", description=__doc__.splitlines()[0])
    add_run_options(ap, per_label=200, seed=DEFAULT_SEED, what="folders")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    import numpy  # noqa: F401  NOTE: imported here, not first inside the pipeline's overlapped model-loading threads

    try:
        chosen = choose(args.split, args.per_label, args.seed)
    except FileNotFoundError as exc:
        print(f"error: FNC-1 data missing: {exc}", file=sys.stderr)
        return 2

    outcomes = run_folders(chosen, args.cache_dir, every=50)
    fig = score(outcomes, args.min_confidence)
    print(f"FNC-1 {args.split} half, {fig['disagree']} disagree + {fig['agree']} agree folders (seed {args.seed})")
    for k, v in fig.items():
        print(f"  {k:<20}{fmt(v)}")
    print("  " + rules_line(outcomes, args.min_confidence, "disagree / agree"))
    print(f"  goals: F1 >= {GOALS['f1']:.2f}, false alarms <= {GOALS['false_alarms']:.2f}")
    if args.predictions:
        write_predictions(args.predictions, outcomes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
