"""Folders shaped like web pages (``python -m eval.pages``): does one fact's two versions meet the judge among others?

`eval.folders` writes a VitaminC pair as two one-sentence documents, so the two sides nearly always meet.
Real folders hold a few pages about one thing, each with many sentences, where the two versions of one fact
("The tower is 330 metres tall" / "It rises 1,063 feet above the city") must find each other among the rest.
This evaluation writes each VitaminC pair as two pages of one Wikipedia article:

- ``page-a.txt``: the pair's evidence sentence among other sentences of the same article (other pairs'
  evidence, which VitaminC takes from that article), in paragraphs of three;
- ``page-b.txt``: the pair's claim among *other* sentences of the article.

The padding is chosen so no fact sits on both pages: sentences of the article are grouped by word overlap
(`PAD_OVERLAP`, revisions of one sentence are one group), a group like either side of the pair is dropped,
and the groups left alternate between the pages. So a contradiction finding in an agreeing folder is mostly
the judge misreading two different facts, as on a real page.

Per folder: *target candidate* (the pair's evidence and claim sentences, any claim of each, met the judge:
one event holds both, or a cross-event link joins them), the judge's pairs (`checker.match.judge_load`),
and the findings as `check` reports them (false alarms, recall as `eval.folders`). Dev and test halves
are `eval.folders.split_of` (by article). Nothing is fitted here.

Run: ``python -m eval.pages [--split dev|test] [--limit N] [--pad N] [--cache-dir DIR] [--data-dir DIR] [--set FIELD=VALUE]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import logging
import re
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from eval.folders import INCONSISTENT, Item, figures, load_vitaminc_items, outcome_of, split_of, write_folder
from eval.pairs import DEFAULT_SEED, sample

if TYPE_CHECKING:
    from checker.models import Report

__all__ = ["Page", "PAD_OVERLAP", "PER_ARTICLE", "pages", "target_candidate", "main"]

logger = logging.getLogger(__name__)

PAD_OVERLAP = 0.3
"""Jaccard overlap of content words from which two sentences of an article are one fact (one group)."""

PER_ARTICLE = 2
"""Pairs drawn per article at most (a few coronavirus articles hold a third of VitaminC)."""

MIN_PAD = 4
"""Padding groups an article needs beyond the pair's own (two a page at least)."""

_WORD = re.compile(r"[a-z]{3,}")


@dataclass(frozen=True, slots=True)
class Page:
    """One folder of two pages and where the pair's sentences sit in them."""

    item: Item
    """The folder (``files``: ``page-a.txt``, ``page-b.txt``), its gold and article."""
    spans: tuple[tuple[int, int], tuple[int, int]]
    """Character span of the pair's evidence in page a and of its claim in page b."""


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _groups(sentences: Sequence[str]) -> list[str]:
    """One sentence per group of like sentences (first come), in input order."""
    reps: list[tuple[str, frozenset[str]]] = []
    for s in sentences:
        w = _words(s)
        if all(_jaccard(w, r) < PAD_OVERLAP for _, r in reps):
            reps.append((s, w))
    return [s for s, _ in reps]


def _write(sentences: Sequence[str], target: int) -> tuple[str, tuple[int, int]]:
    """Paragraphs of three sentences; the span of sentence ``target``."""
    text, span = "", (0, 0)
    for n, s in enumerate(sentences):
        if n and n % 3 == 0:
            text += "\n\n"
        elif n:
            text += " "
        if n == target:
            span = (len(text), len(text) + len(s))
        text += s
    return text + "\n", span


def _position(key: str, n: int) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % (n + 1)


def pages(split: str = "dev", limit: int | None = None, pad: int = 6, seed: int = DEFAULT_SEED,
          data_dir: Path | None = None) -> tuple[Page, ...]:
    """Folders of one half: up to `PER_ARTICLE` pairs per article with `MIN_PAD` padding groups, sampled by gold.

    ``pad``: other sentences per page at most (the article's groups alternate between the pages)."""
    by_article: dict[str, list[Item]] = defaultdict(list)
    for it in load_vitaminc_items(data_dir):
        if split == "all" or split_of(it) == split:
            by_article[it.group].append(it)
    pool: list[Page] = []
    for article in sorted(by_article):
        its = by_article[article]
        evidence = sorted({it.files[0][1].strip() for it in its})
        chosen = sample(its, PER_ARTICLE, seed)  # type: ignore[arg-type]
        for it in chosen:
            ev, cl = it.files[0][1].strip(), it.files[1][1].strip()  # NOTE: detokenised by the loader
            mine = (_words(ev), _words(cl))
            rest = [s for s in _groups(evidence) if all(_jaccard(_words(s), w) < PAD_OVERLAP for w in mine)]
            if len(rest) < MIN_PAD:
                continue
            a_pad, b_pad = rest[0::2][:pad], rest[1::2][:pad]
            ia, ib = _position(it.id + "a", len(a_pad)), _position(it.id + "b", len(b_pad))
            text_a, span_a = _write(a_pad[:ia] + [ev] + a_pad[ia:], ia)
            text_b, span_b = _write(b_pad[:ib] + [cl] + b_pad[ib:], ib)
            item = dataclasses.replace(it, dataset="pages", files=(("page-a.txt", text_a), ("page-b.txt", text_b)))
            pool.append(Page(item=item, spans=(span_a, span_b)))
    keep = {it.id for it in sample([p.item for p in pool], limit, seed)}  # type: ignore[arg-type]
    return tuple(p for p in pool if p.item.id in keep)


def target_candidate(report: "Report", paths: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a claim inside ``spans[0]`` of ``paths[0]`` and one inside ``spans[1]`` of ``paths[1]`` met the
    judge: one event holds both, or a cross-event link joins them."""
    def side(c) -> int:
        for n, (p, (s, e)) in enumerate(zip(paths, spans)):
            if c.path == p and c.start < e and c.end > s:
                return n
        return -1

    for cl in report.clusters:
        if {side(c) for c in cl.claims} >= {0, 1}:
            return True
    return any({side(a), side(b)} == {0, 1} for a, b in report.links)


def main(argv: Sequence[str] | None = None) -> int:
    """Write, check, report: target candidates, judge pairs per folder, false alarms and recall."""
    ap = argparse.ArgumentParser(prog="python -m eval.pages", description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--pad", type=int, default=6, help="other sentences per page at most")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--cache-dir", default=None)
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--predictions", type=Path, default=None, metavar="PATH")
    ap.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                    help="override a MatchConfig field (repeatable), as eval.events --set")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    import json

    from checker.cache import open_cache
    from checker.engines import get_engine
    from checker.pipeline import Backends, Settings, run
    from checker.sources import discover, read_sources

    chosen = pages(args.split, args.limit, args.pad, args.seed, args.data_dir)
    settings = Settings(cache=True, cache_dir=args.cache_dir)
    if args.set:
        from eval.events import _overrides

        overrides = _overrides(settings.match, args.set)
        if overrides is None:
            return 2
        settings = dataclasses.replace(settings, match=dataclasses.replace(settings.match, **overrides))
    b = Backends().resolved()
    cache = open_cache(settings.cache, settings.cache_dir)
    engine = get_engine(settings.engine, settings.jobs, settings.engine_address)
    outcomes, hits = [], []
    pred = args.predictions.open("w", encoding="utf-8") if args.predictions else None
    try:
        with tempfile.TemporaryDirectory(prefix="check-pages-") as tmp:
            for n, page in enumerate(chosen):
                folder = write_folder(page.item, Path(tmp))
                paths = [str(folder / name) for name, _ in page.item.files]
                t0 = time.perf_counter()
                report, _ = run(read_sources(discover([str(folder)])), settings, b, cache=cache, engine=engine)
                o = outcome_of(page.item, report, paths, time.perf_counter() - t0)
                outcomes.append(o)
                hits.append(target_candidate(report, paths, page.spans))
                if pred is not None:
                    pred.write(json.dumps({"id": page.item.id, "gold": page.item.gold, "target": hits[-1],
                                           "pairs": o.pairs, "findings": [list(f) for f in o.findings],
                                           "messages": list(o.messages)}, ensure_ascii=False) + "\n")
                if (n + 1) % 50 == 0:
                    print(f"  pages: {n + 1}/{len(chosen)}", file=sys.stderr, flush=True)
    finally:
        engine.close()
        cache.close()
        if pred is not None:
            pred.close()
    f = figures(outcomes)
    pos = [h for h, o in zip(hits, outcomes) if o.item.gold == INCONSISTENT]
    neg = [h for h, o in zip(hits, outcomes) if o.item.gold != INCONSISTENT]

    def share(x: list[bool]) -> str:
        return f"{sum(x) / len(x):.3f}" if x else "-"

    print(f"pages ({args.split} half, pad {args.pad}): {f.n} folders ({f.inconsistent} inconsistent / {f.consistent} consistent), "
          f"{sum(o.seconds for o in outcomes):.0f}s pipeline")
    print(f"target candidate: {share(hits)} (inconsistent {share(pos)}, consistent {share(neg)}); "
          f"judge pairs per folder {f.pairs:.1f}" if f.pairs is not None else "no folders")
    fmt = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
    print(f"FA {fmt(f.false_alarms)}  R {fmt(f.recall)}  P {fmt(f.precision)}  anyFA {fmt(f.any_false_alarms)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
