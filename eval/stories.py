"""Multi-source stories (``python -m eval.stories``): one FNC-1 headline with several bodies, one folder each.

`eval.claims_fnc` measures a report against one rebuttal. A user's folder holds several reports of one
story, so this evaluation writes each FNC-1 headline with up to three of its bodies as one folder:

- **agree stories**: the headline and bodies that all agree with it. Every contradiction finding here
  is a false alarm (the bodies may differ on a detail, as real reports do; the figure is an upper bound).
- **rebuttal stories**: the headline, up to two agreeing bodies and one body that refutes the headline,
  at a position drawn with the seed. A folder is detected when a contradiction finding exists, and
  *cited* when such a finding quotes the rebuttal.

Bodies are kept in the half `eval.folders.split_of` gives them (split by body, as every FNC-1 figure
here), so a story of ``--split dev`` holds only dev bodies and nothing fitted on dev leaks into test.
Nothing is fitted here: it is a measurement. The figure that matters is false alarms per agree folder,
next to the cited recall.
"""

from __future__ import annotations

import argparse
import csv
import logging
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Iterator, Sequence

from eval.claims_fnc import add_run_options, fmt, rules_line, run_folders, write_predictions
from eval.folders import CONSISTENT, INCONSISTENT, Item, Outcome, _as_sentence, split_of
from eval.pairs import default_data_dir

__all__ = ["load_stories", "choose", "score", "main"]

logger = logging.getLogger(__name__)

DATASET = "fnc1-stories"
DEFAULT_SEED = 29
MAX_AGREE = 3
"""Agreeing bodies in an agree story (a rebuttal story holds one fewer, plus the rebuttal)."""


def _body_half(body_id: str) -> str:
    """The half of `eval.folders.split_of` a body belongs to (FNC-1 items are grouped by body)."""
    return split_of(Item(id="", dataset="fnc1", gold="", group=body_id, files=()))


def load_stories(split: str, seed: int = DEFAULT_SEED, data_dir: Path | None = None) -> Iterator[Item]:
    """Every agree story (>= 2 agreeing bodies) and rebuttal story (>= 1 agreeing, >= 1 refuting body) of one half.

    Files are named ``headline.txt`` and ``body-a.txt``, ``body-b.txt``... so no name tells which body is
    the rebuttal; `Item.note` names it for a rebuttal story.
    """
    base = (data_dir or default_data_dir()) / "fnc1_train"
    with (base / "train_bodies.csv").open(encoding="utf-8", newline="") as fh:
        bodies = {row["Body ID"]: row["articleBody"].strip() for row in csv.DictReader(fh)}
    stances: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    with (base / "train_stances.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            body = row["Body ID"]
            if body in bodies and (split == "all" or _body_half(body) == split):
                stances[row["Headline"]][row["Stance"].strip().lower()].add(body)
    for n, headline in enumerate(sorted(stances)):
        rng = random.Random(f"{seed}:{headline}")
        agree = sorted(stances[headline]["agree"])
        refute = sorted(stances[headline]["disagree"])
        rng.shuffle(agree)
        rng.shuffle(refute)
        head = ("headline.txt", _as_sentence(headline) + "\n")
        if len(agree) >= 2:
            picked = agree[:MAX_AGREE]
            yield Item(id=f"{DATASET}:{n}-agree", dataset=DATASET, gold=CONSISTENT, group=headline,
                       files=(head, *((f"body-{chr(97 + i)}.txt", bodies[b] + "\n") for i, b in enumerate(picked))))
        if agree and refute:
            picked = agree[:MAX_AGREE - 1]
            picked.insert(rng.randrange(len(picked) + 1), refute[0])
            names = [f"body-{chr(97 + i)}.txt" for i in range(len(picked))]
            yield Item(id=f"{DATASET}:{n}-rebuttal", dataset=DATASET, gold=INCONSISTENT, group=headline,
                       files=(head, *((name, bodies[b] + "\n") for name, b in zip(names, picked))),
                       note=names[picked.index(refute[0])])


def choose(split: str, per_label: int, seed: int = DEFAULT_SEED, data_dir: Path | None = None) -> list[Item]:
    """``per_label`` rebuttal and ``per_label`` agree stories of one half, drawn with ``seed``."""
    pools: dict[str, list[Item]] = {INCONSISTENT: [], CONSISTENT: []}
    for it in load_stories(split, seed, data_dir):
        pools[it.gold].append(it)
    rng = random.Random(seed)
    return [it for label in (INCONSISTENT, CONSISTENT) for it in rng.sample(pools[label], min(per_label, len(pools[label])))]


def _cites(o: Outcome, name: str, min_confidence: float) -> bool:
    """A contradiction finding at or above the confidence quotes the document ``name``."""
    return any(v == "contradiction" and c >= min_confidence and f"/{name}:" in m
               for (_, v, c), m in zip(o.findings, o.messages))


def score(outcomes: Sequence[Outcome], min_confidence: float = 0.0) -> dict[str, float | int | None]:
    """False alarms on agree stories (folders flagged, findings per folder) and recall on rebuttal stories."""
    agree = [o for o in outcomes if o.item.gold == CONSISTENT]
    rebut = [o for o in outcomes if o.item.gold == INCONSISTENT]

    def contradictions(o: Outcome) -> int:
        return sum(v == "contradiction" and c >= min_confidence for _, v, c in o.findings)

    def share(xs: Sequence[bool]) -> float | None:
        return sum(xs) / len(xs) if xs else None

    return {
        "agree_folders": len(agree),
        "rebuttal_folders": len(rebut),
        "documents_per_folder": share([len(o.item.files) for o in outcomes]) if outcomes else None,
        "false_alarm_folders": share([o.flagged(min_confidence) for o in agree]),
        "false_alarms_per_folder": (sum(contradictions(o) for o in agree) / len(agree)) if agree else None,
        "recall_flagged": share([o.flagged(min_confidence) for o in rebut]),
        "recall_cites_rebuttal": share([_cites(o, o.item.note, min_confidence) for o in rebut]),
        "candidate_rebuttal": share([o.candidate for o in rebut]),
        "empty_documents": sum(1 for o in outcomes if 0 in o.claims),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run and print the figures; 0 always, 2 when the data is missing."""
    ap = argparse.ArgumentParser(prog="python -m eval.stories", description=__doc__.splitlines()[0])
    add_run_options(ap, per_label=60, seed=DEFAULT_SEED, what="stories")
    ap.add_argument("--data-dir", type=Path, default=None, help="the eval data (default ../shared/eval)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    import numpy  # noqa: F401  NOTE: imported here, not first inside the pipeline's overlapped model-loading threads

    try:
        chosen = choose(args.split, args.per_label, args.seed, args.data_dir)
    except FileNotFoundError as exc:
        print(f"error: FNC-1 data missing: {exc}", file=sys.stderr)
        return 2

    outcomes = run_folders(chosen, args.cache_dir, every=20)
    fig = score(outcomes, args.min_confidence)
    print(f"FNC-1 stories, {args.split} half: {fig['rebuttal_folders']} rebuttal + {fig['agree_folders']} agree folders (seed {args.seed})")
    for k, v in fig.items():
        print(f"  {k:<24}{fmt(v)}")
    print("  " + rules_line(outcomes, args.min_confidence, "rebuttal / agree"))
    if args.predictions:
        write_predictions(args.predictions, outcomes)  # NOTE: a rebuttal story's note names its rebuttal file
    return 0


if __name__ == "__main__":
    sys.exit(main())
