"""Build ``checker/data/phrasal_verbs.tsv`` from WordNet: what a phrasal verb's act is in one word.

A report tells an act in a verb and its particle or preposition where a rebuttal denies it in one word ("41298 sailed
through her boiler exam" / "the locomotive did not pass its boiler examination", "the talks broke down" / "the talks did
not fail"). For each two-word WordNet verb whose second word is a particle or preposition (`PARTICLES`), among the first
``SENSES`` senses of it, the single-word verbs of that sense (its synonyms: "breeze through" -> ``ace``) and of the senses
it is a kind of (its direct hypernyms: "sail through" -> ``pass``) are the acts it entails (a synonym only in one of its own first senses, a hypernym by the word that names it): denying one of them
denies it. Single words of at least three letters, no light verb. Same files and licence as ``train.antonyms``
(``pip install -e '.[lexicon]'``).

    python -m train.phrasal [--out checker/data/phrasal_verbs.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Phrasal verbs and the one-word acts they entail, from WordNet 3.0 (python -m train.phrasal; do not edit by hand).")

SENSES = 2
"""How many of the phrasal verb's first (most frequent) senses are read."""
PARTICLES = frozenset({"about", "across", "after", "along", "apart", "around", "aside", "at", "away", "back", "by", "down",
                       "for", "forth", "in", "into", "off", "on", "onto", "out", "over", "past", "round", "through", "to",
                       "together", "under", "up", "upon", "with"})
"""English verb particles and prepositions (a closed class): the second word of a phrasal verb."""
_LIGHT = frozenset({"be", "have", "do", "make", "get", "take", "go", "give", "put", "set"})


def phrasal_verbs(source: Path) -> list[tuple[str, str]]:
    """Sorted (phrasal verb with a space, one-word verb it entails)."""
    pairs: set[tuple[str, str]] = set()
    with wordnet_reader(source) as wn:
        names = {lemma.name().lower() for synset in wn.all_synsets("v") for lemma in synset.lemmas()}  # type: ignore[attr-defined]
        for name in sorted(names):
            parts = name.split("_")
            if len(parts) != 2 or parts[1] not in PARTICLES or not parts[0].isalpha() or parts[0] in _LIGHT:
                continue
            for synset in wn.synsets(name, "v")[:SENSES]:  # type: ignore[attr-defined]
                # NOTE: a synonym in one of its own first senses ("ace"); a hypernym by the word naming it ("pass.v.14")
                words = [(o, o in names and synset in wn.synsets(o, "v")[:SENSES]) for o in (lemma.name().lower() for lemma in synset.lemmas())]  # type: ignore[attr-defined]
                words += [(h.lemmas()[0].name().lower(), True) for h in synset.hypernyms()]
                for o, frequent in words:
                    if frequent and o.isalpha() and len(o) >= 3 and o not in _LIGHT and o != parts[0]:
                        pairs.add((" ".join(parts), o))
    return sorted(pairs)


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/phrasal_verbs.tsv"), _HEADER, phrasal_verbs)


if __name__ == "__main__":
    main()
