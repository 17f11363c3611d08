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

__all__ = ["main", "kind_of"]


def kind_of(paths: list[str]) -> str:
    """``cross-topic``, ``cross-event`` or ``within-event`` for the documents a finding cites (ECB+ names)."""
    events = {(Path(p).name.split("_")[0], "ecbplus" in Path(p).name) for p in paths}
    if len({topic for topic, _ in events}) > 1:
        return "cross-topic"
    return "cross-event" if len(events) > 1 else "within-event"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.ecb_findings", description=__doc__.splitlines()[0])
    ap.add_argument("--topics", type=int, default=None, help="only the first N topics (corpus order)")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all",
                    help="dev: odd topics (choose here), test: even topics (report here), all (default)")
    ap.add_argument("--json", type=Path, default=None, metavar="PATH", help="also write the figures as JSON")
    ap.add_argument("--findings", type=Path, default=None, metavar="PATH",
                    help="also write one JSON line per finding (rule, kind, event, values, cited claims)")
    ap.add_argument("--cache-dir", type=Path, default=None, metavar="PATH",
                    help="reuse parses and embeddings kept here between runs (default: no cache)")
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
    if args.json:
        args.json.write_text(json.dumps({"documents": docs, "rules": {r: dict(c) for r, c in table.items()}}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
