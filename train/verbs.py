"""Build ``checker/data/verb_synonyms.tsv`` from WordNet: pairs of verbs that name one act in their common senses.

A rebuttal often negates a report's act in another verb ("the minister did not quit" / "the minister resigned", "was
not freed" / "was released"). The negation judge (CC201) reads a negated verb and the other claim's verb as one
predicate when WordNet puts them in one synset that is among the first ``SENSES`` senses of each (WordNet orders a
word's senses by frequency): "play" and "bet" share only the 30th sense of "play", and stay apart. Single words, at
least three letters, no light verb ("be", "have", "do", "make", "get", "take", "go", "give", "put", "set": their
synsets join almost anything). Same files and licence as ``train.antonyms`` (``pip install -e '.[lexicon]'``).

    python -m train.verbs [--out checker/data/verb_synonyms.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Verbs naming one act in their common senses, from WordNet 3.0 (python -m train.verbs; do not edit by hand).")

SENSES = 2
"""How many of each verb's first (most frequent) senses may hold the synset the two share."""
_LIGHT = frozenset({"be", "have", "do", "make", "get", "take", "go", "give", "put", "set"})


def verb_synonyms(source: Path) -> list[tuple[str, str]]:
    """Sorted (a, b), a < b: single-word verbs sharing a synset among the first `SENSES` senses of both."""
    with wordnet_reader(source) as wn:
        words = {lemma.name().lower() for synset in wn.all_synsets("v") for lemma in synset.lemmas()  # type: ignore[attr-defined]
                 if lemma.name().isalpha() and len(lemma.name()) >= 3}
        first = {w: {s.name() for s in wn.synsets(w, "v")[:SENSES]} for w in words - _LIGHT}  # type: ignore[attr-defined]
        pairs: set[tuple[str, str]] = set()
        for w, synsets in first.items():
            for name in synsets:
                for lemma in wn.synset(name).lemmas():  # type: ignore[attr-defined]
                    o = lemma.name().lower()
                    if o != w and o in first and name in first[o]:
                        pairs.add((min(w, o), max(w, o)))
    return sorted(pairs)


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/verb_synonyms.tsv"), _HEADER, verb_synonyms)


if __name__ == "__main__":
    main()
