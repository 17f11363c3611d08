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

__all__ = ["prf", "figures", "split_rows", "judge_split", "folder_pool", "folder_figures", "PairRecorder",
           "record_folders", "load_records", "score_records", "record_figures", "choose", "main"]

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


def judge_split(item, trained: Sequence[str] = ()) -> str:
    """The held-back half an `eval.folders` item belongs to, for a model trained on ``trained`` data sets.

    An item of a data set the model was trained on takes the model's own split of its document
    (``train``, ``dev`` or ``test``: `train.prepare.split_of`; SummEdits groups carry a domain
    prefix there is none of in training); any other item is out of domain for the model and takes
    `eval.folders.split_of`'s half (``dev`` or ``test``).  An empty ``trained`` means all four.
    """
    from eval.folders import split_of as folder_half
    from train.prepare import LOADERS, split_of

    if item.dataset not in (tuple(trained) or tuple(LOADERS)):
        return folder_half(item)
    group = item.group.split(":", 1)[1] if item.dataset == "summedits" else item.group
    return split_of(item.dataset, group)


def folder_pool(dataset: str, split: str, trained: Sequence[str] = (), limit: int | None = None,
                seed: int = 13, data_dir: Path | None = None) -> tuple:
    """The `eval.folders` items of one data set in the model's held-back ``split``, sampled by label."""
    from eval.folders import load
    from eval.pairs import sample

    pool = [it for it in load(dataset, data_dir) if judge_split(it, trained) == split]
    return sample(pool, limit, seed)


def folder_figures(split: str, limit: int, seed: int, model: Path | None, data_dir: Path | None = None) -> dict:
    """Rules vs rules + learned judge on `eval.folders` folders of the judge's ``split`` (the real pipeline)."""
    from checker.judge.learned import LEARNED_CODE, LearnedJudge, load_settings
    from checker.pipeline import Backends, Settings
    from eval.folders import DATASETS, INCONSISTENT, evaluate

    judge = LearnedJudge(model)
    trained = load_settings(judge.folder).datasets
    backends = Backends(model_judge=judge).resolved()
    out: dict[str, dict] = {}
    for ds in DATASETS:
        chosen = folder_pool(ds, split, trained, limit, seed, data_dir)
        outcomes = evaluate(chosen, Settings(), backends)
        row: dict[str, object] = {"folders": len(outcomes)}
        for name, keep in (("rules", lambda code: code != LEARNED_CODE), ("combined", lambda code: True)):
            flagged = [any(v == "contradiction" and keep(c) for c, v, _ in o.findings) for o in outcomes]
            cons = [f for f, o in zip(flagged, outcomes) if o.item.gold != INCONSISTENT]
            inc = [f for f, o in zip(flagged, outcomes) if o.item.gold == INCONSISTENT]
            row[name] = {"false_alarm": sum(cons) / len(cons) if cons else None, "consistent": len(cons),
                         "recall": sum(inc) / len(inc) if inc else None, "inconsistent": len(inc)}
        row["ids"] = {o.item.id: any(v == "contradiction" and c == LEARNED_CODE for c, v, _ in o.findings)
                      for o in outcomes}
        row["candidate"] = sum(o.candidate for o in outcomes) / max(1, len(outcomes))
        row["seconds_per_folder"] = sum(o.seconds for o in outcomes) / max(1, len(outcomes))
        out[ds] = row
        r, c = row["rules"], row["combined"]
        print(f"folders {ds:10} n={len(outcomes):4} candidate {row['candidate']:.2f} | false alarms on "
              f"consistent: rules {_fmt(r['false_alarm'])} -> with learned {_fmt(c['false_alarm'])} | "
              f"recall on inconsistent: rules {_fmt(r['recall'])} -> with learned {_fmt(c['recall'])}",
              flush=True)
    return out


# ---------------------------------------------------------------- recorded folders: choose on dev, report on test


class PairRecorder:
    """A model judge that judges nothing and records every candidate pair the pipeline hands it.

    Each pair keeps the two texts the learned judge would read (`claim_text`) and its `pair_features`,
    so any model, threshold and `Candidates` rule can be scored afterwards without re-running the
    pipeline: the learned judge only adds CC303 findings, so a folder is flagged with it exactly when
    the rules flag it or one of its kept pairs reaches the threshold.
    """

    name = "record"

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def warm_up(self) -> None:
        """Nothing to load."""

    def judge_all(self, pairs: Sequence) -> list:
        """Record the pairs; no verdict."""
        from checker.judge.learned import claim_text, pair_features
        from checker.knowledge import load_knowledge

        kb = load_knowledge()
        for a, b in pairs:
            self.rows.append({"a": claim_text(a), "b": claim_text(b)} | pair_features(a, b, kb))
        return [None] * len(pairs)

    def judge(self, pair) -> None:
        """Record one pair; no verdict."""
        return self.judge_all([pair])[0]


def record_folders(path: Path, split: str, limit: int | None, seed: int, trained: Sequence[str],
                   datasets: Sequence[str], data_dir: Path | None = None) -> int:
    """Run the pipeline (rules only) over held-back folders and append one JSON line per folder to ``path``.

    A line holds the item (id, data set, domain, gold), whether the rules flagged it and the recorded
    candidate pairs.  Folders already in ``path`` are skipped, so an interrupted run resumes.
    """
    from checker.judge.learned import LEARNED_CODE
    from checker.pipeline import Backends, Settings
    from eval.folders import evaluate

    done = {r["id"] for r in load_records(path)} if path.is_file() else set()
    recorder = PairRecorder()
    backends = Backends(model_judge=recorder).resolved()  # type: ignore[arg-type]
    n = 0
    with path.open("a", encoding="utf-8") as fh:
        for ds in datasets:
            chosen = [it for it in folder_pool(ds, split, trained, limit, seed, data_dir) if it.id not in done]
            recorder.rows.clear()

            def write(o, fh=fh) -> None:
                flagged = any(v == "contradiction" and c != LEARNED_CODE for c, v, _ in o.findings)
                fh.write(json.dumps({"id": o.item.id, "dataset": o.item.dataset, "domain": o.item.domain,
                                     "gold": o.item.gold, "split": split, "rules": flagged,
                                     "seconds": o.seconds, "pairs": recorder.rows}, ensure_ascii=False) + "\n")
                fh.flush()
                recorder.rows.clear()

            def tick(i: int, total: int, ds: str = ds) -> None:
                if i % 25 == 0 or i == total:
                    print(f"  {ds}: {i}/{total} folders", file=sys.stderr, flush=True)

            n += len(evaluate(chosen, Settings(), backends, progress=tick, on_outcome=write))
    return n


def load_records(path: Path) -> list[dict]:
    """The folders `record_folders` wrote."""
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def score_records(records: Sequence[dict], judge, cache: Path | None = None, candidates=None) -> dict[tuple[str, str], float]:
    """The learned judge's two-way score (the larger direction) of every recorded pair, by (a, b).

    With ``candidates`` only the pairs that rule keeps are scored (the others score -1).  ``cache``
    (a JSON file keyed by the judge's name) keeps scores across runs.
    """
    judge.warm_up()
    known: dict[str, float] = {}
    if cache is not None and cache.is_file():
        known = json.loads(cache.read_text(encoding="utf-8")).get(judge.name, {})
    key = lambda a, b: a + "\u241e" + b  # noqa: E731
    wanted = [p for r in records for p in r["pairs"] if candidates is None or candidates.keep(p)]
    todo = list(dict.fromkeys((p["a"], p["b"]) for p in wanted if key(p["a"], p["b"]) not in known))
    for start in range(0, len(todo), 2000):
        chunk = todo[start:start + 2000]
        for (a, b), (ab, ba) in zip(chunk, judge.score_texts(chunk)):
            known[key(a, b)] = max(ab, ba)
        logger.info("scored %d/%d pairs", start + len(chunk), len(todo))
        if cache is not None:
            cache.write_text(json.dumps({judge.name: known}), encoding="utf-8")
    return {(p["a"], p["b"]): known.get(key(p["a"], p["b"]), -1.0) for r in records for p in r["pairs"]}


def _folder_scores(rows: Sequence[dict], scores: dict, candidates) -> tuple[list[float], list[int]]:
    """Per folder: the highest score of a pair the candidate rule keeps (-1 when none), and pairs kept."""
    best, kept = [], []
    for r in rows:
        k = [scores[(p["a"], p["b"])] for p in r["pairs"] if candidates.keep(p)]
        best.append(max(k, default=-1.0))
        kept.append(len(k))
    return best, kept


def _figures_of(rows: Sequence[dict], best: Sequence[float], kept: Sequence[int], threshold: float) -> dict:
    from eval.folders import INCONSISTENT

    cons = [i for i, r in enumerate(rows) if r["gold"] != INCONSISTENT]
    inc = [i for i, r in enumerate(rows) if r["gold"] == INCONSISTENT]

    def rate(idx: list[int], with_learned: bool) -> float | None:
        flagged = sum(1 for i in idx if rows[i]["rules"] or (with_learned and best[i] >= threshold))
        return flagged / len(idx) if idx else None

    return {"folders": len(rows), "consistent": len(cons), "inconsistent": len(inc),
            "rules": {"false_alarm": rate(cons, False), "recall": rate(inc, False)},
            "combined": {"false_alarm": rate(cons, True), "recall": rate(inc, True)},
            "pairs_recorded": sum(len(r["pairs"]) for r in rows) / max(1, len(rows)),
            "pairs_scored": sum(kept) / max(1, len(rows))}


def _by_dataset(records: Sequence[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in records:
        out.setdefault(r["dataset"], []).append(r)
    return dict(sorted(out.items()))


def record_figures(records: Sequence[dict], scores: dict, threshold: float, candidates) -> dict:
    """Per data set: folders, false alarms and recall of the rules and of rules + learned, pairs scored.

    A folder is flagged with the learned judge when the rules flag it or a pair the candidate rule
    keeps scores at or above ``threshold``.
    """
    return {ds: _figures_of(rows, *_folder_scores(rows, scores, candidates), threshold)
            for ds, rows in _by_dataset(records).items()}


CANDIDATE_GRID = tuple(
    (aligned, masked, opinion)
    for aligned in (False, True) for masked in (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4) for opinion in (False, True)
)
"""(aligned, min_masked, skip_opinion) combinations `choose` tries."""
MAX_ADDED_FALSE_ALARMS = 0.03
"""The learned judge may add at most this share of flagged agreeing folders, per data set, on dev."""


def choose(records: Sequence[dict], scores: dict, datasets: Sequence[str],
           max_added: float = MAX_ADDED_FALSE_ALARMS, per_rule: dict | None = None) -> tuple[float, object, dict] | None:
    """Threshold and `Candidates` with the largest mean recall gain over ``datasets`` on these (dev) folders.

    Only settings adding at most ``max_added`` false alarms per agreeing folder on *every* data set
    qualify; ties go to fewer scored pairs, then the higher threshold.  None when nothing qualifies
    with a positive gain.  ``per_rule``, when given, receives each candidate rule's best (gain,
    threshold).
    """
    from checker.judge.learned import Candidates

    groups = {ds: rows for ds, rows in _by_dataset(records).items() if ds in datasets}
    best = None
    for aligned, masked, opinion in CANDIDATE_GRID:
        cand = Candidates(aligned=aligned, min_masked=masked, skip_opinion=opinion)
        folder = {ds: _folder_scores(rows, scores, cand) for ds, rows in groups.items()}
        for t in [i / 100 for i in range(30, 100)]:
            figs = {ds: _figures_of(rows, *folder[ds], t) for ds, rows in groups.items()}
            added = [f["combined"]["false_alarm"] - f["rules"]["false_alarm"] for f in figs.values()]
            if any(a > max_added + 1e-9 for a in added):
                continue
            gain = sum(f["combined"]["recall"] - f["rules"]["recall"] for f in figs.values()) / len(figs)
            cost = sum(f["pairs_scored"] for f in figs.values())
            key = (round(gain, 6), -round(cost, 6), t)
            if gain > 0 and (best is None or key > best[0]):
                best = (key, t, cand, figs)
            if per_rule is not None and gain > per_rule.get((aligned, masked, opinion), (0.0, None))[0]:
                per_rule[(aligned, masked, opinion)] = (gain, t)
    return None if best is None else best[1:]


def render_records(figs: dict, title: str) -> str:
    """A Markdown table of `record_figures`."""
    lines = [f"{title}", "",
             "| data set | folders (consistent / inconsistent) | false alarms: rules -> with learned (added) "
             "| recall: rules -> with learned | pairs scored / recorded per folder |",
             "|---|---|---|---|---|"]
    for ds, f in figs.items():
        r, c = f["rules"], f["combined"]
        lines.append(f"| {ds} | {f['folders']} ({f['consistent']} / {f['inconsistent']}) | "
                     f"{_fmt(r['false_alarm'])} -> {_fmt(c['false_alarm'])} "
                     f"(+{(c['false_alarm'] or 0) - (r['false_alarm'] or 0):.3f}) | "
                     f"{_fmt(r['recall'])} -> {_fmt(c['recall'])} | {f['pairs_scored']:.1f} / {f['pairs_recorded']:.1f} |")
    return "\n".join(lines)


def _records_main(args: argparse.Namespace) -> int:
    """``--record``, ``--choose`` and ``--report``."""
    import dataclasses

    from checker.judge.learned import LearnedJudge, load_settings

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    folder = args.model or LearnedJudge().folder
    settings = load_settings(folder)
    if args.record:
        datasets = tuple(d for d in args.datasets.split(",") if d)
        trained = tuple(d for d in args.trained.split(",") if d) if args.trained is not None else settings.datasets
        n = record_folders(args.record, args.split, args.folders or None, args.seed, trained, datasets, args.data_dir)
        print(f"recorded {n} folders into {args.record}")
        return 0
    judge = LearnedJudge(folder)
    path = args.choose or args.report
    records = load_records(path)
    if args.choose:
        datasets = tuple(d for d in args.datasets.split(",") if d)
        records = [r for r in records if r["dataset"] in datasets]
        scores = score_records(records, judge, args.score_cache)
        per_rule: dict = {}
        picked = choose(records, scores, datasets, per_rule=per_rule)
        print("best mean recall gain per candidate rule (aligned, min_masked, skip_opinion): "
              + "; ".join(f"{k}: {g:+.3f} at {t:.2f}" for k, (g, t) in sorted(per_rule.items())))
        if picked is None:
            print(f"no threshold adds at most {MAX_ADDED_FALSE_ALARMS} false alarms with a recall gain on {datasets}")
            return 1
        t, cand, _ = picked
        print(f"chosen on {path}: threshold {t:.2f}, candidates {dataclasses.asdict(cand)}")
        print(render_records(record_figures(records, scores, t, cand), f"dev folders ({path.name})"))
        if args.write_settings:
            raw = json.loads((folder / "judge.json").read_text(encoding="utf-8"))
            raw["threshold"] = t
            raw["candidates"] = dataclasses.asdict(cand)
            (folder / "judge.json").write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
            print(f"wrote threshold and candidates into {folder / 'judge.json'}")
        return 0
    scores = score_records(records, judge, args.score_cache, judge.candidate_rule)
    figs = record_figures(records, scores, judge.threshold, judge.candidate_rule)
    print(render_records(figs, f"{judge.name}: threshold {judge.threshold:.2f}, candidates "
                               f"{dataclasses.asdict(judge.candidate_rule)} ({path.name})"))
    if args.json:
        args.json.write_text(json.dumps({"records": str(path), "judge": judge.name, "threshold": judge.threshold,
                                         "folders": figs}, indent=1) + "\n")
    return 0


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
    ap.add_argument("--record", type=Path, default=None, metavar="PATH",
                    help="run the rules over up to --folders folders per data set of --split and record their "
                         "candidate pairs (JSON lines, resumable)")
    ap.add_argument("--trained", default=None,
                    help="with --record: data sets the model to be scored was trained on (default: judge.json's)")
    ap.add_argument("--datasets", default="summedits,vitaminc,fnc1",
                    help="data sets to record, or (with --choose) to choose on")
    ap.add_argument("--choose", type=Path, default=None, metavar="PATH",
                    help="recorded dev folders: choose the threshold and candidate rule (MAX_ADDED_FALSE_ALARMS)")
    ap.add_argument("--write-settings", action="store_true", help="with --choose: write them into judge.json")
    ap.add_argument("--report", type=Path, default=None, metavar="PATH",
                    help="recorded test folders: figures with the shipped threshold and candidate rule")
    ap.add_argument("--score-cache", type=Path, default=None, help="JSON of pair scores by judge version")
    args = ap.parse_args(argv)
    if args.record or args.choose or args.report:
        return _records_main(args)
    if args.skip_pairs:
        folders = folder_figures(args.split, args.folders, args.seed, args.model, args.data_dir)
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
    folders = folder_figures(args.split, args.folders, args.seed, args.model, args.data_dir) if args.folders else None
    if args.json:
        args.json.write_text(json.dumps({"split": args.split, "judge": judge.name,
                                         "threshold": judge.threshold, "pairs_per_s": round(rate, 1),
                                         "figures": figs, "gate_met": meets, "folders": folders},
                                        indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
