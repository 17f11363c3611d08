"""Nothing vanishes (``python -m eval.claims_coverage``): every document with a sentence yields a claim.

Parses every document of the seeds, ECB+ (one corpus per topic, sentence n on line n + 1, as
`eval.claims.ecb_source` writes it) and FNC-1 train (bodies in corpora of 200, headlines as
one-line documents in corpora of 200) the way `check` does, and lists each document that yields no
claim although it has a sentence (a line of three or more words with letters). Exit 1 when any
does. ``--limit N`` checks the first N documents of each set (for a quick run).
"""

from __future__ import annotations

import argparse
import csv
import logging
import re
import sys
from pathlib import Path
from typing import Iterator, Sequence

from checker.models import Source, source_id

__all__ = ["has_sentence", "corpora", "empty_documents", "main"]

logger = logging.getLogger(__name__)

_BATCH = 200
_WORDS = re.compile(r"[^\W\d_]{2,}")


def has_sentence(text: str) -> bool:
    """A line with three or more words of letters: something a reader would call a sentence or headline."""
    return any(len(_WORDS.findall(line)) >= 3 for line in text.split("\n"))


def _batches(sources: Sequence[Source], n: int = _BATCH) -> Iterator[list[Source]]:
    for i in range(0, len(sources), n):
        yield list(sources[i : i + n])


def corpora(root: Path, limit: int | None = None) -> Iterator[tuple[str, list[Source]]]:
    """(data set, one corpus of sources) in the order they are checked."""
    from checker.sources import discover, read_sources
    from eval.claims import ecb_source
    from eval.ecbplus import DEFAULT_DIR, _read_docs
    from eval.pairs import default_data_dir

    yield "seeds", read_sources(discover([str(root / "seeds")]))[:limit]
    tarball = DEFAULT_DIR / "ECBplus_full_xml.tar.gz"
    if tarball.exists():
        docs = sorted(_read_docs(tarball, None), key=lambda d: d.name)[:limit]
        topics: dict[int, list[Source]] = {}
        for d in docs:
            topics.setdefault(d.topic, []).append(ecb_source(d.name, d.sentences)[0])
        for _, group in sorted(topics.items()):
            yield "ecbplus", group
    fnc = default_data_dir() / "fnc1_train"
    if (fnc / "train_bodies.csv").exists():
        with (fnc / "train_bodies.csv").open(encoding="utf-8", newline="") as fh:
            bodies = [(r["Body ID"], r["articleBody"]) for r in csv.DictReader(fh)][:limit]
        with (fnc / "train_stances.csv").open(encoding="utf-8", newline="") as fh:
            heads = list(dict.fromkeys(r["Headline"] for r in csv.DictReader(fh)))[:limit]
        body_sources = [Source(id=source_id(f"fnc1/body-{b}.txt", t), path=f"fnc1/body-{b}.txt", text=t) for b, t in bodies]
        for group in _batches(body_sources):
            yield "fnc1-bodies", group
        head_sources = [Source(id=source_id(f"fnc1/headline-{i}.txt", h + "\n"), path=f"fnc1/headline-{i}.txt", text=h + "\n")
                        for i, h in enumerate(heads)]
        for group in _batches(head_sources):
            yield "fnc1-headlines", group


def empty_documents(sources: Sequence[Source], parser) -> list[tuple[Source, bool]]:
    """Documents of one corpus that yield no claim, each with whether it has a sentence."""
    from checker.parse import parse

    per = parse(sources, parser)
    return [(s, has_sentence(s.text)) for s, cs in zip(sources, per) if not cs]


def main(argv: Sequence[str] | None = None) -> int:
    """Check every corpus; print counts per data set and each violation; 1 when there is one."""
    ap = argparse.ArgumentParser(prog="python -m eval.claims_coverage", description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N documents of each data set")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    from checker.parse import SpacyParser, skip_reason

    parser = SpacyParser()
    root = Path(__file__).resolve().parent.parent
    totals: dict[str, list[int]] = {}
    bad: list[tuple[str, Source]] = []
    for name, sources in corpora(root, args.limit):
        t = totals.setdefault(name, [0, 0, 0])
        t[0] += len(sources)
        for src, sentence in empty_documents(sources, parser):
            t[1] += 1
            if sentence:
                t[2] += 1
                bad.append((name, src))
    print(f"{'data set':<16}{'documents':>10}{'no claim':>10}{'of which with a sentence':>26}")
    for name, (n, empty, wrong) in totals.items():
        print(f"{name:<16}{n:>10}{empty:>10}{wrong:>26}")
    for name, src in bad:
        print(f"  {name} {src.path}: {skip_reason(src.text)} — {' '.join(src.text.split())[:100]!r}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
