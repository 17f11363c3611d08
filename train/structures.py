"""Build ``checker/data/structure_nouns.tsv`` from WordNet: nouns of a structure built in one place.

A shop, a factory, a stadium or a bridge stands where it was built, so where one of them opens, closes or burns down is
where it is: "its 40th shop will open in Kellsbridge" and "its 40th shop will open in Dunmore" give one shop two
places (`checker.normalize.answers.argument_of`), where "the band will perform in Paris" and "... in London" may both
hold (a band moves). The nouns are those whose first (most frequent) sense is WordNet 3.0's structure.n.01 ("a thing
constructed; a complex entity constructed of many parts") or below it; a ship, a car or a school (an institution) is
none. Each row is ``noun<TAB>synset``. Same files and licence as ``train.antonyms`` (``pip install -e '.[lexicon]'``).

    python -m train.structures [--out checker/data/structure_nouns.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Nouns of a structure built in one place, from WordNet 3.0 (python -m train.structures; do not edit by hand).")

ROOT = "structure.n.01"
"""WordNet's sense of a thing constructed ("building", "bridge", "shop": mercantile establishment, "plant")."""


def structure_nouns(source: Path) -> list[tuple[str, str]]:
    """Sorted (noun, synset): single-word nouns whose first sense is `ROOT` or a hyponym of it."""
    with wordnet_reader(source) as wn:
        root = wn.synset(ROOT)  # type: ignore[attr-defined]
        below = {root} | set(root.closure(lambda s: s.hyponyms()))
        rows = {(lemma.name().lower(), synset.name()) for synset in below for lemma in synset.lemmas()
                if lemma.name().isalpha() and wn.synsets(lemma.name(), "n")[:1] == [synset]}  # type: ignore[attr-defined]
    return sorted(rows)


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/structure_nouns.tsv"), _HEADER, structure_nouns)


if __name__ == "__main__":
    main()
