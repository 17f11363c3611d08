"""Pair-level evaluation of the contradiction judge on Stanford RTE negation pairs and VitaminC.

Data (read-only, never copied into the repo) lives in ``../shared/eval`` (override with
``--data-dir`` or ``CHECK_EVAL_DATA``); see that folder's README for sources and licences.

Loaders yield `Pair` values with a two-way gold label:

- Stanford (``stanford_contradiction/stanford_negated_rte2_plus_reallife_negation.xml``):
  ``contradiction="YES"`` -> ``contradiction``, ``"NO"`` -> ``consistent``; ``text_a`` is the RTE
  text ``<t>``, ``text_b`` the hypothesis ``<h>``.  The file holds the negated RTE2 pairs and the
  23 real-life negation pairs (``type="negation"``, also shipped alone as the subset file, which
  is therefore not loaded again).  XML ids repeat between sections, so `Pair.id` adds the
  section: ``stanford:15``, ``stanford:QA-84`` (pairs with a ``task`` attribute),
  ``stanford:reallife-001``.  `Pair.family` is ``rte`` or ``reallife``.
- VitaminC real (``vitaminc_real/vitaminc_real.zip``, read straight from the zip):
  ``REFUTES`` -> ``contradiction``, ``SUPPORTS`` -> ``consistent``, ``NOT ENOUGH INFO`` skipped;
  ``text_a`` is the evidence, ``text_b`` the claim; ``id`` is ``vitaminc:<unique_id>``.

`Pair.family` for VitaminC is what differs between evidence and claim, by `tag_family`:

1. ``date`` when both sides contain date tokens and the sets differ.  Date tokens are years
   (``1000``-``2099`` as a whole word, so "1500 troops" counts as a year: a known blind spot),
   "Month day" / "day Month" and bare month names, lower-cased.
2. else ``number`` when both sides contain numbers outside those date tokens and the sets
   differ.  Numbers are digit runs with optional thousands commas and decimals, compared after
   dropping the commas; number words ("two", "a million") and scale words are ignored, so
   "13 million" and "13,000,000" count as different.
3. else ``other``.

The judge is injectable: any callable ``judge(pairs: Sequence[tuple[str, str]]) ->
list[Verdict | None]``.  The default is ``checker.judge:judge_texts`` (imported only when used);
``--baseline`` uses `baseline_judge` ("contradiction iff exactly one side has a negation word"),
which validates the harness end to end without the product.

A pair is predicted contradiction when the judge returns a verdict whose ``verdict`` is
``contradiction`` (strict); the ``any`` variant counts every returned verdict.  Figures per
dataset and group: ``all``; ``family=<family>``; ``slot=<slot>`` and ``code=<code>`` (only that
rule family's verdicts count as predictions, over all pairs, so recall is its share of the gold
contradictions).  Coverage is the share of pairs with any verdict.

Run: ``python -m eval.pairs [--dataset stanford|vitaminc|all] [--limit N] [--seed S]
[--baseline | --judge module:function] [--errors N] [--json PATH] [--predictions PATH]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import logging
import os
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from checker.models import Verdict

__all__ = [
    "Pair",
    "Scored",
    "Figures",
    "JudgeFn",
    "CONTRADICTION",
    "CONSISTENT",
    "DATASETS",
    "SCHEMA_VERSION",
    "default_data_dir",
    "load_stanford",
    "load_vitaminc",
    "load",
    "tag_family",
    "sample",
    "baseline_judge",
    "resolve_judge",
    "score",
    "figures",
    "summarize",
    "render",
    "render_errors",
    "to_json",
    "main",
]

logger = logging.getLogger(__name__)

CONTRADICTION = "contradiction"
CONSISTENT = "consistent"
DATASETS = ("stanford", "vitaminc")
SCHEMA_VERSION = "1"
DEFAULT_JUDGE = "checker.judge:judge_texts"
DEFAULT_SEED = 13
GOAL_PRECISION = 0.80

STANFORD_FILE = Path("stanford_contradiction") / "stanford_negated_rte2_plus_reallife_negation.xml"
VITAMINC_FILE = Path("vitaminc_real") / "vitaminc_real.zip"
_VITAMINC_LABELS = {"REFUTES": CONTRADICTION, "SUPPORTS": CONSISTENT}
_STANFORD_LABELS = {"YES": CONTRADICTION, "NO": CONSISTENT}

JudgeFn = Callable[[Sequence[tuple[str, str]]], "list[Verdict | None]"]


@dataclass(frozen=True, slots=True)
class Pair:
    """One labelled text pair from an outside data set."""

    id: str
    """Stable id, ``<dataset>:<id in the data set>``."""
    dataset: str
    """``stanford`` or ``vitaminc``."""
    text_a: str
    """First text: Stanford ``<t>``, VitaminC evidence."""
    text_b: str
    """Second text: Stanford ``<h>``, VitaminC claim."""
    gold: str
    """``contradiction`` or ``consistent``."""
    family: str = "other"
    """VitaminC: ``number``, ``date`` or ``other`` (see `tag_family`); Stanford: section."""
    group: str = ""
    """What the pair was written from (VitaminC: the Wikipedia page); splits keep a group together."""


@dataclass(frozen=True, slots=True)
class Scored:
    """A pair with what the judge returned for it."""

    pair: Pair
    """The evaluated pair."""
    verdict: Verdict | None
    """The judge's verdict; None means no opinion."""


@dataclass(frozen=True, slots=True)
class Figures:
    """Scores of one group of pairs; `precision`/`recall`/`f1` are for gold ``contradiction``."""

    group: str
    """``all``, ``family=<f>``, ``slot=<s>`` or ``code=<c>``."""
    n: int
    """Pairs in the group."""
    gold: int
    """Gold contradictions among them."""
    decided: int
    """Pairs with any verdict (of this group's rules)."""
    coverage: float
    """decided / n."""
    flagged: int
    """Pairs with a ``contradiction`` verdict (strict prediction)."""
    tp: int
    """Strict true positives."""
    fp: int
    """Strict false positives."""
    fn: int
    """Strict false negatives."""
    precision: float | None
    """tp / flagged; None when nothing was flagged."""
    recall: float | None
    """tp / gold; None when there is no gold contradiction."""
    f1: float | None
    """Harmonic mean of precision and recall."""
    any_precision: float | None
    """Gold contradictions among decided pairs: precision on the pairs the judge decides."""
    any_recall: float | None
    """Gold contradictions that got any verdict."""
    any_f1: float | None
    """Harmonic mean of the two above."""


# ---------------------------------------------------------------- loaders


def default_data_dir() -> Path:
    """``$CHECK_EVAL_DATA``, else ``../shared/eval`` next to the project checkout."""
    env = os.environ.get("CHECK_EVAL_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "eval"


def _text(el: ET.Element, tag: str) -> str:
    child = el.find(tag)
    return " ".join((child.text or "").split()) if child is not None else ""


def load_stanford(path: Path | None = None) -> Iterator[Pair]:
    """Yield the Stanford negated-RTE2 + real-life pairs, in file order."""
    path = path or default_data_dir() / STANFORD_FILE
    root = ET.parse(path).getroot()
    for el in root.iter("pair"):
        raw = el.get("id", "")
        label = (el.get("contradiction") or "").upper()
        if label not in _STANFORD_LABELS:
            logger.warning("stanford pair %s: unknown contradiction=%r, skipped", raw, label)
            continue
        if el.get("type") == "negation":
            pid, family = f"reallife-{raw}", "reallife"
        elif el.get("task"):
            pid, family = f"{el.get('task')}-{raw}", "rte"
        else:
            pid, family = raw, "rte"
        yield Pair(
            id=f"stanford:{pid}",
            dataset="stanford",
            text_a=_text(el, "t"),
            text_b=_text(el, "h"),
            gold=_STANFORD_LABELS[label],
            family=family,
        )


def load_vitaminc(path: Path | None = None) -> Iterator[Pair]:
    """Yield VitaminC real REFUTES/SUPPORTS pairs from the zip, in file order; NEI is skipped."""
    path = path or default_data_dir() / VITAMINC_FILE
    with zipfile.ZipFile(path) as zf:
        for name in sorted(n for n in zf.namelist() if n.endswith(".jsonl")):
            with zf.open(name) as fh:
                for line in fh:
                    if not line.strip():
                        continue
                    row = json.loads(line)
                    gold = _VITAMINC_LABELS.get(row["label"])
                    if gold is None:
                        continue
                    evidence = " ".join(row["evidence"].split())
                    claim = " ".join(row["claim"].split())
                    yield Pair(
                        id=f"vitaminc:{row['unique_id']}",
                        dataset="vitaminc",
                        text_a=evidence,
                        text_b=claim,
                        gold=gold,
                        family=tag_family(evidence, claim),
                        group=str(row.get("page") or row.get("case_id") or ""),
                    )


def load(dataset: str, data_dir: Path | None = None) -> Iterator[Pair]:
    """Yield the pairs of one data set by name."""
    base = data_dir or default_data_dir()
    if dataset == "stanford":
        return load_stanford(base / STANFORD_FILE)
    if dataset == "vitaminc":
        return load_vitaminc(base / VITAMINC_FILE)
    raise ValueError(f"unknown dataset {dataset!r}; expected one of {DATASETS}")


# ---------------------------------------------------------------- family tagger

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE_RE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"  # March 26
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b"  # 26 March
    rf"|(?:{_MONTHS})\b"  # March
    r"|(?:1\d{3}|20\d{2})\b(?![,.]\d))",  # years, not 15000, 1999,000 or 2019.5
    re.IGNORECASE,
)
# NOTE: "may" is a verb far more often than a month; only "May 3" / "3 May" count.
_BARE_MAY = re.compile(r"^may$", re.IGNORECASE)
_NUMBER_RE = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _dates(text: str) -> tuple[set[str], str]:
    """Date tokens of `text`, and the text with them blanked out."""
    found: set[str] = set()

    def keep(m: re.Match[str]) -> str:
        token = " ".join(m.group(0).lower().split())
        if not _BARE_MAY.match(token):
            found.add(token.rstrip("."))
        return " "

    return found, _DATE_RE.sub(keep, text)


def _numbers(text: str) -> set[str]:
    return {m.group(0).replace(",", "") for m in _NUMBER_RE.finditer(text)}


def tag_family(text_a: str, text_b: str) -> str:
    """``date``, ``number`` or ``other``: what differs between the two texts (module docstring)."""
    dates_a, rest_a = _dates(text_a)
    dates_b, rest_b = _dates(text_b)
    if dates_a and dates_b and dates_a != dates_b:
        return "date"
    nums_a, nums_b = _numbers(rest_a), _numbers(rest_b)
    if nums_a and nums_b and nums_a != nums_b:
        return "number"
    return "other"


# ---------------------------------------------------------------- sampling


def sample(pairs: Iterable[Pair], limit: int | None, seed: int = DEFAULT_SEED) -> tuple[Pair, ...]:
    """Deterministic sample of `limit` pairs, stratified by gold label, kept in input order.

    Each label gets its share of `limit` in proportion to its count (largest remainder, ties
    to the larger label); within a label the pairs are drawn with ``random.Random(f"{seed}:{label}")``.
    """
    pairs = tuple(pairs)
    if limit is None or limit >= len(pairs):
        return pairs
    if limit <= 0:
        return ()
    strata: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pairs):
        strata[p.gold].append(i)
    total = len(pairs)
    exact = {g: limit * len(ix) / total for g, ix in strata.items()}
    quota = {g: int(x) for g, x in exact.items()}
    rest = limit - sum(quota.values())
    by_remainder = sorted(strata, key=lambda g: (-(exact[g] - quota[g]), -len(strata[g]), g))
    for g in by_remainder[:rest]:
        quota[g] += 1
    chosen: list[int] = []
    for g in sorted(strata):
        rng = random.Random(f"{seed}:{g}")
        chosen.extend(rng.sample(strata[g], quota[g]))
    return tuple(pairs[i] for i in sorted(chosen))


# ---------------------------------------------------------------- judges

_NEGATION_RE = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|nowhere|without|cannot)\b|n't\b",
    re.IGNORECASE,
)


def baseline_judge(pairs: Sequence[tuple[str, str]]) -> list[Verdict | None]:
    """Contradiction iff exactly one side contains a negation word (harness check, not a product)."""
    out: list[Verdict | None] = []
    for a, b in pairs:
        neg_a = tuple(m.group(0).lower() for m in _NEGATION_RE.finditer(a))
        neg_b = tuple(m.group(0).lower() for m in _NEGATION_RE.finditer(b))
        if bool(neg_a) == bool(neg_b):
            out.append(None)
            continue
        side = "first" if neg_a else "second"
        out.append(
            Verdict(
                code="BASE1",
                verdict=CONTRADICTION,
                confidence=0.5,
                slot="polarity",
                values=(neg_a, neg_b),
                reason=f"only the {side} text is negated ({', '.join(neg_a or neg_b)}).",
            )
        )
    return out


def resolve_judge(spec: str) -> JudgeFn:
    """Import ``module:function``; raises ImportError/AttributeError when it is not there yet."""
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr or "judge_texts")


# ---------------------------------------------------------------- scoring


def score(pairs: Sequence[Pair], judge: JudgeFn, batch_size: int = 1000) -> tuple[Scored, ...]:
    """Run `judge` over the pairs in batches; returns one `Scored` per pair, in order."""
    out: list[Scored] = []
    for start in range(0, len(pairs), batch_size):
        chunk = pairs[start : start + batch_size]
        verdicts = list(judge([(p.text_a, p.text_b) for p in chunk]))
        if len(verdicts) != len(chunk):
            raise ValueError(f"judge returned {len(verdicts)} verdicts for {len(chunk)} pairs")
        out.extend(Scored(p, v) for p, v in zip(chunk, verdicts))
        logger.info("judged %d/%d pairs", len(out), len(pairs))
    return tuple(out)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def figures(
    scored: Sequence[Scored],
    group: str = "all",
    keep_pair: Callable[[Pair], bool] = lambda p: True,
    keep_verdict: Callable[[Verdict], bool] = lambda v: True,
    min_confidence: float = 0.0,
) -> Figures:
    """Figures over the pairs `keep_pair` accepts, counting only verdicts `keep_verdict` accepts."""
    n = gold = decided = flagged = tp = any_tp = 0
    for s in scored:
        if not keep_pair(s.pair):
            continue
        n += 1
        is_gold = s.pair.gold == CONTRADICTION
        gold += is_gold
        v = s.verdict
        if v is None or v.confidence < min_confidence or not keep_verdict(v):
            continue
        decided += 1
        any_tp += is_gold
        if v.verdict == CONTRADICTION:
            flagged += 1
            tp += is_gold
    precision, recall = _ratio(tp, flagged), _ratio(tp, gold)
    any_precision, any_recall = _ratio(any_tp, decided), _ratio(any_tp, gold)
    return Figures(
        group=group,
        n=n,
        gold=gold,
        decided=decided,
        coverage=_ratio(decided, n) or 0.0,
        flagged=flagged,
        tp=tp,
        fp=flagged - tp,
        fn=gold - tp,
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        any_precision=any_precision,
        any_recall=any_recall,
        any_f1=_f1(any_precision, any_recall),
    )


def summarize(scored: Sequence[Scored], min_confidence: float = 0.0) -> tuple[Figures, ...]:
    """``all``, then per pair family, per verdict slot and per rule code."""
    rows = [figures(scored, min_confidence=min_confidence)]
    for fam in sorted({s.pair.family for s in scored}):
        rows.append(
            figures(scored, f"family={fam}", keep_pair=lambda p, f=fam: p.family == f,
                    min_confidence=min_confidence)
        )
    verdicts = [s.verdict for s in scored if s.verdict is not None]
    for slot in sorted({v.slot for v in verdicts}):
        rows.append(
            figures(scored, f"slot={slot}", keep_verdict=lambda v, x=slot: v.slot == x,
                    min_confidence=min_confidence)
        )
    for code in sorted({v.code for v in verdicts}):
        rows.append(
            figures(scored, f"code={code}", keep_verdict=lambda v, x=code: v.code == x,
                    min_confidence=min_confidence)
        )
    return tuple(rows)


# ---------------------------------------------------------------- output


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def render(dataset: str, rows: Sequence[Figures], judge_name: str, seconds: float) -> str:
    """A plain-text table of one data set's figures."""
    head = rows[0]
    lines = [
        f"{dataset}: {head.n} pairs ({head.gold} contradiction / {head.n - head.gold} consistent),"
        f" judge={judge_name}, {seconds:.1f}s ({1000 * seconds / max(head.n, 1):.1f} ms/pair)",
        f"{'group':<22}{'n':>6}{'gold+':>6}{'cover':>7}{'flag':>6}{'P':>7}{'R':>7}{'F1':>7}"
        f" | {'any:P':>6}{'R':>7}{'F1':>7}",
    ]
    for r in rows:
        lines.append(
            f"{r.group:<22}{r.n:>6}{r.gold:>6}{r.coverage:>7.3f}{r.flagged:>6}"
            f"{_fmt(r.precision):>7}{_fmt(r.recall):>7}{_fmt(r.f1):>7}"
            f" | {_fmt(r.any_precision):>6}{_fmt(r.any_recall):>7}{_fmt(r.any_f1):>7}"
        )
    if dataset == "vitaminc":
        ok = head.precision is not None and head.precision >= GOAL_PRECISION
        lines.append(
            f"goal: precision >= {GOAL_PRECISION:.2f} on decided contradiction verdicts: "
            f"{_fmt(head.precision)} ({'met' if ok else 'NOT met'}; any-verdict {_fmt(head.any_precision)})"
        )
    return "\n".join(lines)


def _clip(text: str, width: int = 300) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_errors(scored: Sequence[Scored], n: int, seed: int = DEFAULT_SEED) -> str:
    """`n` false positives and `n` false negatives (strict), drawn deterministically."""
    fps = [s for s in scored if s.verdict is not None and s.verdict.verdict == CONTRADICTION
           and s.pair.gold == CONSISTENT]
    fns = [s for s in scored if s.pair.gold == CONTRADICTION
           and (s.verdict is None or s.verdict.verdict != CONTRADICTION)]
    lines: list[str] = []
    for title, items in (("false positives", fps), ("false negatives", fns)):
        picked = random.Random(f"{seed}:{title}").sample(items, min(n, len(items)))
        lines.append(f"-- {title}: {len(picked)} of {len(items)}")
        for s in sorted(picked, key=lambda s: s.pair.id):
            p, v = s.pair, s.verdict
            lines.append(f"[{p.id}] family={p.family} gold={p.gold}")
            if v is None:
                lines.append("  verdict: none")
            else:
                lines.append(
                    f"  verdict: {v.code} {v.verdict} slot={v.slot} conf={v.confidence:.2f}"
                    f" values={v.values!r}"
                )
                lines.append(f"  reason: {v.reason}")
            lines.append(f"  a: {_clip(p.text_a)}")
            lines.append(f"  b: {_clip(p.text_b)}")
    return "\n".join(lines)


def _prediction_line(s: Scored) -> str:
    row: dict[str, object] = dataclasses.asdict(s.pair)
    row["verdict"] = None if s.verdict is None else {
        f.name: getattr(s.verdict, f.name) for f in dataclasses.fields(s.verdict)
    }
    return json.dumps(row, ensure_ascii=False) + "\n"


def to_json(results: dict[str, dict[str, object]], meta: dict[str, object]) -> str:
    """The figures as versioned JSON."""
    payload = {"schema_version": SCHEMA_VERSION, **meta, "datasets": results}
    return json.dumps(payload, indent=2, sort_keys=False) + "\n"


# ---------------------------------------------------------------- CLI


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m eval.pairs", description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", choices=(*DATASETS, "all"), default="all")
    ap.add_argument("--limit", type=int, default=None,
                    help="stratified deterministic sample of N pairs per data set")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--baseline", action="store_true",
                       help="use the negation-word baseline instead of the product judge")
    group.add_argument("--judge", default=DEFAULT_JUDGE,
                       help=f"judge as module:function (default {DEFAULT_JUDGE})")
    ap.add_argument("--min-confidence", type=float, default=0.0,
                    help="ignore verdicts below this confidence")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print N false positives and N false negatives per data set")
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--json", type=Path, default=None, metavar="PATH", dest="json_path")
    ap.add_argument("--predictions", type=Path, default=None, metavar="PATH",
                    help="write one JSON line per judged pair (for error analysis)")
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("-v", "--verbose", action="store_true")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Load, judge, report; returns the exit code (0 ok, 2 data or judge unavailable)."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.baseline:
        judge, judge_name = baseline_judge, "baseline"
    else:
        try:
            judge, judge_name = resolve_judge(args.judge), args.judge
        except (ImportError, AttributeError) as exc:
            print(f"error: judge {args.judge} unavailable ({exc}); try --baseline", file=sys.stderr)
            return 2
    datasets = DATASETS if args.dataset == "all" else (args.dataset,)
    results: dict[str, dict[str, object]] = {}
    predictions = args.predictions.open("w", encoding="utf-8") if args.predictions else None
    for name in datasets:
        try:
            loaded = tuple(load(name, args.data_dir))
        except FileNotFoundError as exc:
            print(f"error: {name} data missing: {exc}", file=sys.stderr)
            return 2
        pairs = sample(loaded, args.limit, args.seed)
        t0 = time.perf_counter()
        scored = score(pairs, judge, args.batch_size)
        seconds = time.perf_counter() - t0
        rows = summarize(scored, args.min_confidence)
        if predictions is not None:
            predictions.writelines(_prediction_line(s) for s in scored)
        print(render(name, rows, judge_name, seconds))
        if args.errors:
            print(render_errors(scored, args.errors, args.seed))
        print()
        results[name] = {
            "loaded": len(loaded),
            "evaluated": len(pairs),
            "labels": dict(Counter(p.gold for p in pairs)),
            "families": dict(Counter(p.family for p in pairs)),
            "seconds": round(seconds, 3),
            "groups": [dataclasses.asdict(r) for r in rows],
        }
    if predictions is not None:
        predictions.close()
    if args.json_path:
        meta = {"judge": judge_name, "limit": args.limit, "seed": args.seed,
                "min_confidence": args.min_confidence, "goal_precision": GOAL_PRECISION}
        args.json_path.write_text(to_json(results, meta), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
