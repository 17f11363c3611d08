"""Folder-level evaluation: development items written as folders of real files, checked as `check` runs.

Every item becomes one folder of two documents on disk (a fresh temporary directory per run):

- SummEdits, seven non-news domains (``summedits/summedits_<domain>.json``): ``document.txt`` (the
  source document) + ``summary.txt`` (one edited summary sentence); label ``1`` -> consistent,
  ``0`` -> inconsistent. Split group: the source document (its text's hash).
- VitaminC real (loaded by `eval.pairs.load_vitaminc`): ``evidence.txt`` + ``claim.txt``;
  ``SUPPORTS`` -> consistent, ``REFUTES`` -> inconsistent. Wikipedia's tokenised spacing
  ("( BPI ) ,") is undone so the files read like text. Split group: the Wikipedia page.
- FNC-1 train (``fnc1_train/``): ``headline.txt`` + ``body.txt``; ``agree`` -> consistent,
  ``disagree`` -> inconsistent (``discuss`` and ``unrelated`` are not used). Split group: the body.
  A headline without final punctuation gets a full stop: the parser drops a lone heading line, and
  a folder with nothing to compare would measure the parser, not the judge.

`split_of` assigns every group to ``dev`` (fit thresholds and models here) or ``test`` (report
here) by a hash of dataset and group, so an item's half never depends on the sample drawn, on
``--limit`` or on who calls it. `items` is what other evaluations reuse.

The product runs as `check` runs it: `checker.pipeline.run` over each folder's files with the
default settings, one set of backends (spaCy, all-MiniLM-L6-v2) loaded once for all folders, and
the content-hash cache on (``--no-cache`` to turn it off). A folder is *flagged* when the report
has a finding whose verdict is ``contradiction`` (at or above ``--min-confidence``).

Figures per dataset (and SummEdits domain): false alarms = flagged consistent folders / consistent
folders; recall = flagged inconsistent / inconsistent; balanced accuracy = (recall + 1 - false
alarms) / 2; precision = flagged inconsistent / flagged; and *candidate*: the share of folders in
which some event cluster holds claims of both documents, i.e. the two documents' claims reached the
judge as a candidate pair (pair recall for the matcher, split by gold label).

Run: ``python -m eval.folders [--dataset summedits|vitaminc|fnc1|all] [--split test|dev|all]
[--domain D] [--limit N] [--seed S] [--min-confidence X] [--predictions PATH] [--json PATH]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import logging
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from eval.pairs import DEFAULT_SEED, default_data_dir, load_vitaminc, sample

if TYPE_CHECKING:
    from checker.models import Report
    from checker.pipeline import Backends, Settings

__all__ = [
    "Item",
    "Outcome",
    "Figures",
    "DATASETS",
    "SUMMEDITS_DOMAINS",
    "CONSISTENT",
    "INCONSISTENT",
    "load_summedits",
    "load_vitaminc_items",
    "load_fnc1",
    "load",
    "split_of",
    "items",
    "write_folder",
    "outcome_of",
    "evaluate",
    "figures",
    "summarize",
    "render",
    "main",
]

logger = logging.getLogger(__name__)

CONSISTENT = "consistent"
INCONSISTENT = "inconsistent"
DATASETS = ("summedits", "vitaminc", "fnc1")
SUMMEDITS_DOMAINS = ("podcast", "ectsum", "qmsumm", "sales_call", "sales_email", "samsum", "scitldr")
SPLITS = ("dev", "test")
SCHEMA_VERSION = "1"

GOALS = {
    "summedits": "balanced accuracy >= 0.70",
    "vitaminc": "precision >= 0.90 at recall >= 0.45",
    "fnc1": "consistent (agree) folders flagged <= 0.10",
}


@dataclass(frozen=True, slots=True)
class Item:
    """One development item: a folder of documents with a gold label."""

    id: str
    """``<dataset>:<id in the data set>``; also the folder name (made file-system safe)."""
    dataset: str
    """``summedits``, ``vitaminc`` or ``fnc1``."""
    gold: str
    """``consistent`` or ``inconsistent``."""
    group: str
    """What the item was written from (document, page, body); `split_of` keeps a group together."""
    files: tuple[tuple[str, str], ...]
    """(file name, text) of each document in the folder."""
    domain: str = ""
    """SummEdits domain; VitaminC family (`eval.pairs.tag_family`); empty for FNC-1."""
    note: str = ""
    """SummEdits edit types of an inconsistent summary; empty otherwise."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What `check` reported on one folder."""

    item: Item
    """The evaluated item."""
    findings: tuple[tuple[str, str, float], ...]
    """(rule code, verdict, confidence) of every finding, most severe first."""
    candidate: bool
    """Some event cluster held claims of two documents, or a cross-event link joined them: they met
    the judge as a candidate pair."""
    claims: tuple[int, ...]
    """Claims per document, in the folder's file order."""
    seconds: float
    """Wall time of the pipeline on this folder."""
    messages: tuple[str, ...] = ()
    """Finding messages (for error analysis)."""
    verdicts: tuple[dict, ...] = ()
    """Every structural rule verdict with its evidence features (`checker.judge.calibrate.recording`)."""
    pairs: int = 0
    """Claim pairs the judge compared (`checker.match.judge_load`): its cost on this folder."""
    in_event: bool = False
    """Some event cluster held claims of two documents (``candidate`` without the cross-event links)."""

    def flagged(self, min_confidence: float = 0.0, verdict: str = "contradiction") -> bool:
        """A finding with this verdict at or above the confidence (``verdict=""``: any finding)."""
        return any(c >= min_confidence and (not verdict or v == verdict) for _, v, c in self.findings)


@dataclass(frozen=True, slots=True)
class Figures:
    """Folder-level scores of one group; positives are the inconsistent folders."""

    group: str
    """``all`` or ``domain=<d>``."""
    n: int
    """Folders."""
    inconsistent: int
    """Gold inconsistent folders."""
    consistent: int
    """Gold consistent folders."""
    flagged: int
    """Folders with a contradiction finding."""
    tp: int
    """Flagged inconsistent folders."""
    fp: int
    """Flagged consistent folders."""
    false_alarms: float | None
    """fp / consistent: share of agreeing folders flagged."""
    recall: float | None
    """tp / inconsistent."""
    precision: float | None
    """tp / flagged."""
    balanced_accuracy: float | None
    """(recall + 1 - false_alarms) / 2."""
    any_false_alarms: float | None
    """Share of consistent folders with any finding (temporal, scope, opinion included)."""
    candidate_inconsistent: float | None
    """Share of inconsistent folders whose documents met the judge as a candidate pair."""
    candidate_consistent: float | None
    """Same for consistent folders."""
    empty: int = 0
    """Folders in which some document yielded no claim at all."""
    pairs: float | None = None
    """Mean claim pairs the judge compared per folder (its cost)."""


# ---------------------------------------------------------------- loaders


def _group_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def load_summedits(data_dir: Path | None = None, domains: Sequence[str] = SUMMEDITS_DOMAINS) -> Iterator[Item]:
    """SummEdits items of the given domains, in file order."""
    base = (data_dir or default_data_dir()) / "summedits"
    for domain in domains:
        rows = json.loads((base / f"summedits_{domain}.json").read_text(encoding="utf-8"))
        for row in rows:
            label = str(row.get("label"))
            if label not in ("0", "1"):
                continue
            edits = row.get("edit_types") or ""
            yield Item(
                id=f"summedits:{row['id']}",
                dataset="summedits",
                gold=CONSISTENT if label == "1" else INCONSISTENT,
                group=f"{domain}:{_group_hash(row['doc'])}",
                files=(("document.txt", row["doc"].strip() + "\n"), ("summary.txt", row["summary"].strip() + "\n")),
                domain=domain,
                note="" if label == "1" else str(edits),
            )


_SPACE_BEFORE = re.compile(r" +([,.;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b)")
_SPACE_AFTER = re.compile(r"([(\[{$]) +")


def detokenize(text: str) -> str:
    """Undo Wikipedia-dump tokenisation ("( BPI ) , 13 %") so a file reads like prose."""
    text = text.replace("\ufffd", " ").replace("-LRB-", "(").replace("-RRB-", ")")
    text = _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", " ".join(text.split())))
    return text


def load_vitaminc_items(data_dir: Path | None = None) -> Iterator[Item]:
    """VitaminC real SUPPORTS / REFUTES pairs as evidence + claim folders."""
    base = data_dir or default_data_dir()
    from eval.pairs import CONTRADICTION, VITAMINC_FILE

    for p in load_vitaminc(base / VITAMINC_FILE):
        yield Item(
            id=p.id,
            dataset="vitaminc",
            gold=INCONSISTENT if p.gold == CONTRADICTION else CONSISTENT,
            group=p.group or p.id,
            files=(("evidence.txt", detokenize(p.text_a) + "\n"), ("claim.txt", detokenize(p.text_b) + "\n")),
            domain=p.family,
        )


def _as_sentence(headline: str) -> str:
    """A headline with a full stop: a one-line file that reads as a heading has no claim to check."""
    h = " ".join(headline.split())
    return h if h[-1:] in ".!?\"'”’" else h + "."


_FNC_LABELS = {"agree": CONSISTENT, "disagree": INCONSISTENT}


def load_fnc1(data_dir: Path | None = None) -> Iterator[Item]:
    """FNC-1 train agree / disagree pairs as headline + body folders, in file order."""
    import csv

    base = (data_dir or default_data_dir()) / "fnc1_train"
    with (base / "train_bodies.csv").open(encoding="utf-8", newline="") as fh:
        bodies = {row["Body ID"]: row["articleBody"] for row in csv.DictReader(fh)}
    with (base / "train_stances.csv").open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            gold = _FNC_LABELS.get(row["Stance"].strip().lower())
            body = bodies.get(row["Body ID"])
            if gold is None or body is None:
                continue
            yield Item(
                id=f"fnc1:{i}-{row['Body ID']}",
                dataset="fnc1",
                gold=gold,
                group=row["Body ID"],
                files=(("headline.txt", _as_sentence(row["Headline"]) + "\n"), ("body.txt", body.strip() + "\n")),
            )


def load(dataset: str, data_dir: Path | None = None) -> Iterator[Item]:
    """All items of one data set, in file order."""
    if dataset == "summedits":
        return load_summedits(data_dir)
    if dataset == "vitaminc":
        return load_vitaminc_items(data_dir)
    if dataset == "fnc1":
        return load_fnc1(data_dir)
    raise ValueError(f"unknown dataset {dataset!r}; expected one of {DATASETS}")


def split_of(item: Item) -> str:
    """``dev`` or ``test``: a hash of dataset and group, so a document never sits in both halves."""
    h = hashlib.sha256(f"{item.dataset}\0{item.group}".encode("utf-8")).digest()
    return SPLITS[h[0] & 1]


def items(
    dataset: str,
    split: str = "test",
    limit: int | None = None,
    seed: int = DEFAULT_SEED,
    data_dir: Path | None = None,
    domain: str | None = None,
) -> tuple[Item, ...]:
    """The items of one data set in one half (``dev``, ``test`` or ``all``), sampled by gold label.

    The sample is `eval.pairs.sample` (deterministic, stratified by label, in file order) drawn
    after the split, so ``--limit`` never moves an item between halves. ``domain`` keeps the items of
    one SummEdits domain or VitaminC family.
    """
    if split not in (*SPLITS, "all"):
        raise ValueError(f"unknown split {split!r}; expected dev, test or all")
    pool = [it for it in load(dataset, data_dir) if (split == "all" or split_of(it) == split)
            and (domain is None or it.domain == domain)]
    return sample(pool, limit, seed)  # type: ignore[arg-type,return-value]


# ---------------------------------------------------------------- running


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name)[:120]


def write_folder(item: Item, root: Path) -> Path:
    """Write the item's documents into ``root/<dataset>/<id>/``; returns the folder."""
    folder = root / item.dataset / _safe(item.id.split(":", 1)[-1])
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in item.files:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def outcome_of(
    item: Item, report: "Report", paths: Sequence[str], seconds: float = 0.0, verdicts: Sequence[dict] = ()
) -> Outcome:
    """Summarise one folder's report: findings, candidate pair, claims per document."""
    counts = dict(zip((s.path for s in report.sources), report.claim_counts))
    from checker.match import judge_load

    in_event = any(len({c.source_id for c in cl.claims}) >= 2 for cl in report.clusters)
    candidate = in_event or any(a.source_id != b.source_id for a, b in report.links)
    return Outcome(
        item=item,
        findings=tuple((f.rule, f.verdict, float(f.confidence)) for f in report.findings),
        candidate=candidate,
        claims=tuple(counts.get(p, 0) for p in paths),
        seconds=round(seconds, 3),
        messages=tuple(f.message for f in report.findings),
        verdicts=tuple(verdicts),
        pairs=judge_load(report.clusters, report.links),
        in_event=in_event,
    )


def evaluate(
    chosen: Sequence[Item],
    settings: "Settings | None" = None,
    backends: "Backends | None" = None,
    root: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> tuple[Outcome, ...]:
    """Write every item as a folder and run the pipeline over each, backends loaded once.

    ``root`` defaults to a fresh temporary directory removed afterwards; ``on_outcome`` sees each
    folder's outcome as soon as it is known (so long runs can be read while they go).
    """
    from checker.cache import open_cache
    from checker.engines import get_engine
    from checker.judge.calibrate import recording
    from checker.pipeline import Backends, Settings, run
    from checker.sources import discover, read_sources

    settings = settings or Settings()
    b = (backends or Backends()).resolved()
    cache = open_cache(settings.cache, settings.cache_dir)
    engine = get_engine(settings.engine, settings.jobs, settings.engine_address)
    tmp = None if root is not None else tempfile.TemporaryDirectory(prefix="check-folders-")
    base = root if root is not None else Path(tmp.name)  # type: ignore[union-attr]
    out: list[Outcome] = []
    try:
        for i, item in enumerate(chosen):
            folder = write_folder(item, base)
            paths = [str(folder / name) for name, _ in item.files]
            t0 = time.perf_counter()
            with recording() as rows:
                report, _ = run(read_sources(discover([str(folder)])), settings, b, cache=cache, engine=engine)
            out.append(outcome_of(item, report, paths, time.perf_counter() - t0, rows))
            if on_outcome is not None:
                on_outcome(out[-1])
            if progress is not None:
                progress(i + 1, len(chosen))
    finally:
        engine.close()
        cache.close()
        if tmp is not None:
            tmp.cleanup()
    return tuple(out)


# ---------------------------------------------------------------- scoring


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def figures(
    outcomes: Sequence[Outcome],
    group: str = "all",
    keep: Callable[[Outcome], bool] = lambda o: True,
    min_confidence: float = 0.0,
) -> Figures:
    """Folder-level figures over the outcomes `keep` accepts."""
    chosen = [o for o in outcomes if keep(o)]
    pos = [o for o in chosen if o.item.gold == INCONSISTENT]
    neg = [o for o in chosen if o.item.gold == CONSISTENT]
    tp = sum(o.flagged(min_confidence) for o in pos)
    fp = sum(o.flagged(min_confidence) for o in neg)
    recall, fa = _ratio(tp, len(pos)), _ratio(fp, len(neg))
    ba = (recall + 1 - fa) / 2 if recall is not None and fa is not None else None
    return Figures(
        group=group,
        n=len(chosen),
        inconsistent=len(pos),
        consistent=len(neg),
        flagged=tp + fp,
        tp=tp,
        fp=fp,
        false_alarms=fa,
        recall=recall,
        precision=_ratio(tp, tp + fp),
        balanced_accuracy=ba,
        any_false_alarms=_ratio(sum(o.flagged(min_confidence, verdict="") for o in neg), len(neg)),
        candidate_inconsistent=_ratio(sum(o.candidate for o in pos), len(pos)),
        candidate_consistent=_ratio(sum(o.candidate for o in neg), len(neg)),
        empty=sum(1 for o in chosen if not all(o.claims)),
        pairs=sum(o.pairs for o in chosen) / len(chosen) if chosen else None,
    )


def summarize(outcomes: Sequence[Outcome], min_confidence: float = 0.0) -> tuple[Figures, ...]:
    """``all``, then one row per domain when there are several."""
    rows = [figures(outcomes, min_confidence=min_confidence)]
    domains = sorted({o.item.domain for o in outcomes if o.item.domain})
    if len(domains) > 1:
        for d in domains:
            rows.append(figures(outcomes, f"domain={d}", lambda o, d=d: o.item.domain == d, min_confidence))
    return tuple(rows)


def by_rule(outcomes: Sequence[Outcome], min_confidence: float = 0.0) -> dict[str, tuple[int, int]]:
    """Rule code -> (inconsistent folders, consistent folders) it raised a contradiction in."""
    out: dict[str, list[int]] = {}
    for o in outcomes:
        for code in {r for r, v, c in o.findings if v == "contradiction" and c >= min_confidence}:
            out.setdefault(code, [0, 0])[o.item.gold != INCONSISTENT] += 1
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def render(dataset: str, split: str, outcomes: Sequence[Outcome], min_confidence: float = 0.0) -> str:
    """Plain-text figures of one data set."""
    rows = summarize(outcomes, min_confidence)
    head = rows[0]
    secs = sum(o.seconds for o in outcomes)
    lines = [
        f"{dataset} ({split} half): {head.n} folders ({head.inconsistent} inconsistent / {head.consistent} consistent),"
        f" {secs:.0f}s pipeline ({1000 * secs / max(head.n, 1):.0f} ms/folder), min confidence {min_confidence:.2f}",
        f"{'group':<22}{'n':>5}{'incons':>7}{'flag':>6}{'FA':>7}{'R':>7}{'P':>7}{'BA':>7}{'anyFA':>7}"
        f"{'cand+':>7}{'cand-':>7}{'empty':>6}{'pairs':>7}",
    ]
    for r in rows:
        lines.append(
            f"{r.group:<22}{r.n:>5}{r.inconsistent:>7}{r.flagged:>6}{_fmt(r.false_alarms):>7}{_fmt(r.recall):>7}"
            f"{_fmt(r.precision):>7}{_fmt(r.balanced_accuracy):>7}{_fmt(r.any_false_alarms):>7}"
            f"{_fmt(r.candidate_inconsistent):>7}{_fmt(r.candidate_consistent):>7}{r.empty:>6}"
            f"{'  -' if r.pairs is None else format(r.pairs, '.1f'):>7}"
        )
    rules = by_rule(outcomes, min_confidence)
    if rules:
        lines.append("contradictions by rule (inconsistent / consistent folders): "
                     + ", ".join(f"{k} {a}/{b}" for k, (a, b) in rules.items()))
    lines.append(f"goal: {GOALS.get(dataset, '-')}")
    return "\n".join(lines)


def _outcome_line(o: Outcome) -> str:
    row = {
        "id": o.item.id,
        "dataset": o.item.dataset,
        "domain": o.item.domain,
        "group": o.item.group,
        "split": split_of(o.item),
        "gold": o.item.gold,
        "note": o.item.note,
        "findings": [list(f) for f in o.findings],
        "messages": list(o.messages),
        "candidate": o.candidate,
        "pairs": o.pairs,
        "in_event": o.in_event,
        "claims": list(o.claims),
        "seconds": o.seconds,
        "verdicts": list(o.verdicts),
    }
    return json.dumps(row, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- CLI


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m eval.folders", description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", choices=(*DATASETS, "all"), default="all")
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="test",
                    help="which half: dev (fit here), test (report here, default) or all")
    ap.add_argument("--limit", type=int, default=None, help="deterministic sample of N folders per data set")
    ap.add_argument("--domain", default=None, help="only items of this SummEdits domain / VitaminC family")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--min-confidence", type=float, default=0.0)
    ap.add_argument("--no-cache", action="store_true", help="do not read or write the parse/embedding cache")
    ap.add_argument("--cache-dir", default=None)
    ap.add_argument("--predictions", type=Path, default=None, metavar="PATH",
                    help="write one JSON line per folder (findings, candidate, claims)")
    ap.add_argument("--json", type=Path, default=None, metavar="PATH", dest="json_path")
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("-v", "--verbose", action="store_true")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Load, write, check, report; returns 0, or 2 when data is missing."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    from checker.pipeline import Backends, Settings

    settings = Settings(cache=not args.no_cache, cache_dir=args.cache_dir)
    backends = Backends().resolved()
    datasets = DATASETS if args.dataset == "all" else (args.dataset,)
    results: dict[str, object] = {}
    pred = args.predictions.open("w", encoding="utf-8") if args.predictions else None
    try:
        for name in datasets:
            try:
                chosen = items(name, args.split, args.limit, args.seed, args.data_dir, domain=args.domain)
            except FileNotFoundError as exc:
                print(f"error: {name} data missing: {exc}", file=sys.stderr)
                return 2

            def tick(done: int, total: int, name: str = name) -> None:
                if args.verbose or done % 50 == 0 or done == total:
                    print(f"  {name}: {done}/{total} folders", file=sys.stderr, flush=True)

            def write(o: Outcome) -> None:
                if pred is not None:
                    pred.write(_outcome_line(o))
                    pred.flush()

            outcomes = evaluate(chosen, settings, backends, progress=tick, on_outcome=write)
            print(render(name, args.split, outcomes, args.min_confidence))
            print(flush=True)
            results[name] = {
                "split": args.split,
                "evaluated": len(outcomes),
                "labels": dict(Counter(o.item.gold for o in outcomes)),
                "groups": [dataclasses.asdict(r) for r in summarize(outcomes, args.min_confidence)],
                "by_rule": by_rule(outcomes, args.min_confidence),
            }
    finally:
        if pred is not None:
            pred.close()
    if args.json_path:
        payload = {"schema_version": SCHEMA_VERSION, "limit": args.limit, "seed": args.seed,
                   "min_confidence": args.min_confidence, "datasets": results}
        args.json_path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
