"""Build the judge's training pairs from ../shared/eval, split by source document.

Every pair is ``{"id", "dataset", "group", "a", "b", "label", "kind"}`` with ``label`` 1 for a
contradiction and 0 otherwise.  ``group`` is the source document the pair comes from (VitaminC page
title, FNC-1 body id, SummEdits document, Stanford pair id); the split is a hash of
``dataset:group`` so no document contributes to two splits.  Standard library only.

Sources (see ../shared/eval/README.md for provenance and licences):

- VitaminC real: evidence vs claim; REFUTES -> 1, SUPPORTS and NOT ENOUGH INFO -> 0.
- Stanford negated RTE2 + real-life: text vs hypothesis; contradiction YES -> 1, NO -> 0.
- FNC-1 train (related stances only): headline vs the body's ``TOP_K`` sentences most similar to it
  (idf-weighted word overlap), in body order; disagree -> 1, agree/discuss -> 0.  Hard agreeing
  negatives: two different headlines that both *agree* with the same body (same event, both
  confirmed) -> 0.
- SummEdits (seven non-news domains): summary vs its ``TOP_K`` best-aligned document sentences;
  inconsistent -> 1, consistent -> 0.

Only `TRAINABLE` sources are written by default: FNC-1 has no licence and the Stanford pairs are
marked evaluation only, so they never reach shipped weights (``--datasets`` can still name them for
an experiment that is not shipped).

Run: ``python -m train.prepare [--data-dir D] [--out train/data] [--datasets vitaminc,summedits]``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import logging
import math
import random
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterator

__all__ = ["split_of", "sentences", "best_sentences", "load_all", "LOADERS", "TRAINABLE", "main"]

logger = logging.getLogger(__name__)

SEED = 13
TOP_K = 2
SPLITS = (("train", 80), ("dev", 90), ("test", 100))
"""Cumulative percentage bounds of the hash bucket of each split."""
HEADLINE_PAIRS_PER_BODY = 3
"""At most this many agreeing headline/headline pairs per FNC-1 body."""

_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_STOP = frozenset(
    "a an the of to in on at for and or but is are was were be been by with as from that this "
    "it its he she they we you i his her their our has have had not no will would said says".split()
)


def split_of(dataset: str, group: str) -> str:
    """The split a source document belongs to: a stable hash bucket of ``dataset:group``."""
    bucket = int(hashlib.sha256(f"{dataset}:{group}".encode()).hexdigest()[:8], 16) % 100
    for name, bound in SPLITS:
        if bucket < bound:
            return name
    raise AssertionError("unreachable")


def sentences(text: str) -> list[str]:
    """Split a document into sentences on line breaks and sentence punctuation."""
    out: list[str] = []
    for line in re.split(r"\n+|\s\.\s(?=[A-Z])", text):
        for sent in _SENT_END.split(line.strip()):
            sent = " ".join(sent.split())
            if len(sent) >= 3:
                out.append(sent)
    return out


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def best_sentences(query: str, sents: list[str], idf: dict[str, float], k: int = TOP_K) -> str:
    """The ``k`` sentences sharing the most idf-weighted words with ``query``, in document order."""
    q = _words(query)
    scored = []
    for i, sent in enumerate(sents):
        w = _words(sent)
        overlap = sum(idf.get(t, 1.0) for t in q & w)
        norm = math.sqrt(max(1, len(w)))
        scored.append((overlap / norm, i))
    keep = sorted(i for _, i in sorted(scored, reverse=True)[:k])
    return " ".join(sents[i] for i in keep)


def _idf(docs: list[list[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for sents in docs:
        df.update(set().union(*(_words(s) for s in sents)) if sents else set())
    n = len(docs)
    return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}


def _pair(dataset: str, pid: str, group: str, a: str, b: str, label: int, kind: str) -> dict:
    return {"id": f"{dataset}:{pid}", "dataset": dataset, "group": group, "a": a, "b": b,
            "label": label, "kind": kind}


def _vitaminc(data: Path) -> Iterator[dict]:
    with zipfile.ZipFile(data / "vitaminc_real" / "vitaminc_real.zip") as zf:
        with zf.open("vitaminc_real/test.jsonl") as fh:
            for line in fh:
                row = json.loads(line)
                label = 1 if row["label"] == "REFUTES" else 0
                kind = row["label"].lower().replace(" ", "_")
                yield _pair("vitaminc", row["unique_id"], row["page"], row["evidence"],
                            row["claim"], label, kind)


def _stanford(data: Path) -> Iterator[dict]:
    path = data / "stanford_contradiction" / "stanford_negated_rte2_plus_reallife_negation.xml"
    for el in ET.parse(path).getroot().iter("pair"):
        label = (el.get("contradiction") or "").upper()
        if label not in ("YES", "NO"):
            continue
        section = "reallife" if el.get("type") == "negation" else ("qa" if el.get("task") else "rte")
        pid = f"{section}-{el.get('id', '')}"
        t = " ".join((el.findtext("t") or "").split())
        h = " ".join((el.findtext("h") or "").split())
        yield _pair("stanford", pid, pid, t, h, int(label == "YES"), section)


def _fnc(data: Path) -> Iterator[dict]:
    root = data / "fnc1_train"
    with open(root / "train_bodies.csv", encoding="utf-8", newline="") as fh:
        bodies = {row["Body ID"]: sentences(row["articleBody"]) for row in csv.DictReader(fh)}
    idf = _idf(list(bodies.values()))
    agreeing: dict[str, list[str]] = defaultdict(list)
    with open(root / "train_stances.csv", encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh)):
            stance, body_id, headline = row["Stance"], row["Body ID"], row["Headline"].strip()
            if stance == "unrelated" or not bodies.get(body_id):
                continue
            if stance == "agree":
                agreeing[body_id].append(headline)
            evidence = best_sentences(headline, bodies[body_id], idf)
            yield _pair("fnc1", str(n), body_id, evidence, headline, int(stance == "disagree"), stance)
    rng = random.Random(SEED)
    for body_id in sorted(agreeing):
        heads = sorted(set(agreeing[body_id]))
        pairs = [(x, y) for i, x in enumerate(heads) for y in heads[i + 1:]]
        rng.shuffle(pairs)
        for j, (x, y) in enumerate(pairs[:HEADLINE_PAIRS_PER_BODY]):
            yield _pair("fnc1", f"hh-{body_id}-{j}", body_id, x, y, 0, "agree_headlines")


def _summedits(data: Path) -> Iterator[dict]:
    for path in sorted((data / "summedits").glob("summedits_*.json")):
        domain = path.stem.removeprefix("summedits_")
        rows = json.loads(path.read_text(encoding="utf-8"))
        docs = {row["doc"]: sentences(row["doc"]) for row in rows}
        idf = _idf(list(docs.values()))
        for row in rows:
            sents = docs[row["doc"]]
            if not sents:
                continue
            group = hashlib.sha256(row["doc"].encode()).hexdigest()[:12]
            evidence = best_sentences(row["summary"], sents, idf)
            label = 1 - int(row["label"])
            yield _pair("summedits", row["id"], group, evidence, row["summary"], label, domain)


LOADERS = {"vitaminc": _vitaminc, "stanford": _stanford, "fnc1": _fnc, "summedits": _summedits}
"""Data set name -> loader."""
TRAINABLE = ("vitaminc", "summedits")
"""The sources whose licences allow training a shipped model (../shared/eval/README.md): the default."""


def load_all(data: Path, datasets: tuple[str, ...] = tuple(LOADERS)) -> list[dict]:
    """Every pair of the named sources, with its ``split``."""
    pairs = [p for name in datasets for p in LOADERS[name](data)]
    for p in pairs:
        p["split"] = split_of(p["dataset"], p["group"])
    return pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path,
                    default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "data")
    ap.add_argument("--datasets", default=",".join(TRAINABLE),
                    help="comma-separated subset of the loaders; the default leaves out FNC-1 (no licence) and the "
                         "Stanford pairs (evaluation only), which evaluations still read through load_all")
    args = ap.parse_args(argv)
    names = tuple(n for n in args.datasets.split(",") if n)
    unknown = [n for n in names if n not in LOADERS]
    if unknown:
        ap.error(f"unknown data set(s) {unknown}; choose from {list(LOADERS)}")
    pairs = load_all(args.data_dir, names)
    args.out.mkdir(parents=True, exist_ok=True)
    stats: Counter[tuple[str, str, int]] = Counter()
    for split, _ in SPLITS:
        rows = [p for p in pairs if p["split"] == split]
        with open(args.out / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for p in rows:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
                stats[(split, p["dataset"], p["label"])] += 1
    for (split, ds, label), n in sorted(stats.items()):
        print(f"{split:5} {ds:10} label={label} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
