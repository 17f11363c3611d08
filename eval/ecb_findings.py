"""Findings on real news that cannot be right (`python -m eval.ecb_findings [--topics N] [--json PATH]`).

ECB+ is real multi-source news nobody here wrote: 43 topics, each with two seminal events of the
same kind (two earthquakes, two piracy arrests), each event reported by several outlets. Its
documents are written to one folder, one sub-folder per topic, and checked as `check` runs. No label
says which findings are real, but two kinds are certainly wrong comparisons:

- **cross-topic**: the finding cites documents of two topics (a murder trial against a product launch);
- **cross-event**: one topic, but documents of both its seminal events (23 pirates caught in one
  raid against 26 in another is no contradiction).

The rest (**within-event**) are a mix of real discrepancies between outlets and false alarms. Reported
per rule: the count of each kind, and the share of findings that are certainly wrong.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path

__all__ = ["main", "kind_of", "mixed_events", "pair_kinds"]


def kind_of(paths: list[str]) -> str:
    """``cross-topic``, ``cross-event`` or ``within-event`` for the documents a finding cites (ECB+ names)."""
    events = {(Path(p).name.split("_")[0], "ecbplus" in Path(p).name) for p in paths}
    if len({topic for topic, _ in events}) > 1:
        return "cross-topic"
    return "cross-event" if len(events) > 1 else "within-event"


def pair_kinds(events: list[list[str]]) -> collections.Counter:
    """Claim pairs of different documents inside one event (what the judge compares), by `kind_of`."""
    out: collections.Counter = collections.Counter()
    for paths in events:
        docs = collections.Counter(paths)
        names = sorted(docs)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                out[kind_of([a, b])] += docs[a] * docs[b]
    return out


def mixed_events(events: list[list[str]]) -> tuple[int, set[str]]:
    """Events (each given as its claims' paths) that mix the two seminal events of one topic, and the
    topics where some event does: what the brief counts as sub-event merging in a one-folder run."""
    mixed, topics = 0, set()
    for paths in events:
        if kind_of(paths) == "cross-event":
            mixed += 1
            topics.add(Path(paths[0]).name.split("_")[0])
    return mixed, topics


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.ecb_findings", description=__doc__.splitlines()[0])
    ap.add_argument("--topics", type=int, default=None, help="only the first N topics (corpus order)")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all",
                    help="dev: odd topics (choose here), test: even topics (report here), all (default)")
    ap.add_argument("--json", type=Path, default=None, metavar="PATH", help="also write the figures as JSON")
    ap.add_argument("--findings", type=Path, default=None, metavar="PATH",
                    help="also write one JSON line per finding (rule, kind, event, values, cited claims)")
    ap.add_argument("--mixed", type=Path, default=None, metavar="PATH",
                    help="also write one JSON line per event that mixes a topic's two events (its claims: document, line, text)")
    ap.add_argument("--cache-dir", type=Path, default=None, metavar="PATH",
                    help="reuse parses and embeddings kept here between runs (default: no cache)")
    ap.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                    help="override a MatchConfig field (repeatable), as eval.events --set")
    args = ap.parse_args(argv)

    from bench.corpus import write_ecbplus
    from checker.pipeline import Backends, Settings, check

    with tempfile.TemporaryDirectory() as tmp:
        n = write_ecbplus(Path(tmp))
        topics = sorted(Path(tmp).iterdir())
        drop = topics[args.topics :] if args.topics else []
        if args.split != "all":
            # NOTE: the split of eval.events: odd topics are dev, even ones test.
            drop += [t for t in topics if (int(t.name) % 2 == 1) != (args.split == "dev")]
        for extra in set(drop):
            for f in extra.iterdir():
                f.unlink()
            extra.rmdir()
        docs = sum(1 for _ in Path(tmp).rglob("*.txt"))
        print(f"checking {docs} of {n} ECB+ documents ...", file=sys.stderr)
        settings = Settings(cache=True, cache_dir=str(args.cache_dir)) if args.cache_dir else Settings()
        if args.set:
            import dataclasses

            from eval.events import _overrides

            overrides = _overrides(settings.match, args.set)
            if overrides is None:
                return 2
            settings = dataclasses.replace(settings, match=dataclasses.replace(settings.match, **overrides))
        report = check([tmp], settings, Backends().resolved())
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for f in report.findings:
        table[f.rule][kind_of([c.path for c in f.claims])] += 1
    if args.findings:
        event_of = {c.id: cl.id for cl in report.clusters for c in cl.claims}
        with args.findings.open("w", encoding="utf-8") as out:
            for f in report.findings:
                # NOTE: "events" > 1: the finding reached the judge through a cross-event link, not one event.
                row = {"rule": f.rule, "kind": kind_of([c.path for c in f.claims]), "event": f.event, "message": f.message,
                       "events": len({event_of.get(c.id, c.id) for c in f.claims}),
                       "claims": [{"doc": Path(c.path).name, "line": c.line, "values": list(v), "side": s, "text": c.text}
                                  for c, v, s in zip(f.claims, f.values, f.sides or (0,) * len(f.claims))]}
                out.write(json.dumps(row) + "\n")
    kinds = ("cross-topic", "cross-event", "within-event")
    total = collections.Counter()
    print(f"{'rule':6} " + " ".join(f"{k:>13}" for k in kinds) + "  certainly wrong")
    for rule in sorted(table):
        row = table[rule]
        total.update(row)
        wrong = row["cross-topic"] + row["cross-event"]
        print(f"{rule:6} " + " ".join(f"{row[k]:13d}" for k in kinds) + f"  {wrong / max(1, sum(row.values())):.2f}")
    wrong = total["cross-topic"] + total["cross-event"]
    print(f"{'all':6} " + " ".join(f"{total[k]:13d}" for k in kinds) + f"  {wrong / max(1, sum(total.values())):.2f}")
    print(f"{docs} documents, {len(report.findings)} findings, {len(report.findings) / max(1, docs):.3f} per document")
    mixed, topics = mixed_events([[c.path for c in cl.claims] for cl in report.clusters])
    if args.mixed:
        with args.mixed.open("w", encoding="utf-8") as out:
            for cl in report.clusters:
                if kind_of([c.path for c in cl.claims]) == "cross-event":
                    out.write(json.dumps({"event": cl.label, "claims": [{"doc": Path(c.path).name, "line": c.line, "text": c.text}
                                                                        for c in cl.claims]}) + "\n")
    links = [(a.path, b.path) for cl in report.clusters for a, b in cl.links]
    pairs = pair_kinds([[c.path for c in cl.claims] for cl in report.clusters])
    print("claim pairs of different documents inside one event: " + ", ".join(f"{k} {pairs[k]}" for k in kinds))
    shown = len({Path(c.path).parent.name for cl in report.clusters for c in cl.claims})
    print(f"events mixing a topic's two events: {mixed}, in {len(topics)} of {shown} topics; "
          f"cross-event judge candidates (links) {len(links)}, of them across a topic's two events "
          f"{sum(kind_of(list(p)) == 'cross-event' for p in links)}")
    if args.json:
        args.json.write_text(json.dumps({"documents": docs, "rules": {r: dict(c) for r, c in table.items()},
                                         "mixed_events": mixed, "mixed_topics": sorted(topics)}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
