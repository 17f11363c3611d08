"""Build ``checker/data/sighting_verbs.tsv`` from WordNet: verbs of catching sight of something, which done first are
its discovery.

"The moth was first spotted by Tom Reyes" says who discovered it, as "the moth was discovered by Priya Nand" does: who
saw a thing first is its one discoverer (`checker.normalize.answers.doer_of`; "discover" is an act with one doer in
``one_answer`` of ``checker/data/frames.yaml``, after Wikidata's "discoverer or inventor"). The verbs are those whose
first (most frequent) sense lies at or below the synset that the first sense of "discover" is a kind of (WordNet 3.0:
detect.v.01 below spy.v.03, "catch sight of; to perceive with the eyes": descry, detect, espy, notice, observe, sight,
spot, spy). Each row is ``verb<TAB>discover``. Same files and licence as ``train.antonyms`` (``pip install -e
'.[lexicon]'``).

    python -m train.sightings [--out checker/data/sighting_verbs.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Verbs of catching sight of something, which done first are its discovery, from WordNet 3.0 (python -m "
    "train.sightings; do not edit by hand).")

ACT = "discover"
"""The act with one doer that a verb of the table, done first, is."""


def sighting_verbs(source: Path) -> list[tuple[str, str]]:
    """Sorted (verb, `ACT`): single-word verbs whose first sense is at or below the hypernym of `ACT`'s first sense."""
    with wordnet_reader(source) as wn:
        root = wn.synsets(ACT, "v")[0].hypernyms()[0]  # type: ignore[attr-defined]
        below = {root} | set(root.closure(lambda s: s.hyponyms()))
        words = {lemma.name().lower() for synset in below for lemma in synset.lemmas() if lemma.name().isalpha()}
        return sorted((w, ACT) for w in words if wn.synsets(w, "v")[0] in below)  # type: ignore[attr-defined]


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/sighting_verbs.tsv"), _HEADER, sighting_verbs)


if __name__ == "__main__":
    main()
