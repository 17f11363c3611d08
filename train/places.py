"""Build ``checker/data/places.tsv`` from WordNet: which named place lies inside which, one pair per line.

WordNet 3.0 names about a few thousand cities, states, provinces, countries and regions as instances of a kind of
place, each with the places it is a part of ("Geneva" of Switzerland, "Vancouver" of British Columbia and of
Washington, "British Columbia" of Canada). The entity judge (CC105) reads it so that two sources naming a city and
its country, or a city and its state, name one place at two scales, not two answers. Every geographic sense of a
name is kept, so a name of two places lies inside the wholes of both (a reading that only ever silences).
Same files and licence as ``train.antonyms`` (``pip install -e '.[lexicon]'``).

    python -m train.places [--out checker/data/places.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Named places and the places they are part of, from WordNet 3.0 (python -m train.places; do not edit by hand).")


def _name(lemma: str) -> str:
    return lemma.replace("_", " ").lower()


def place_pairs(source: Path) -> list[tuple[str, str]]:
    """Sorted (part, whole) names: every name of a WordNet instance of a location (``location.n.01``) and the first
    name of each named place it is a part of (its part holonyms)."""
    with wordnet_reader(source) as wn:
        location = wn.synset("location.n.01")  # type: ignore[attr-defined]
        pairs = set()
        for synset in wn.all_synsets("n"):  # type: ignore[attr-defined]
            kinds = synset.instance_hypernyms()
            if not kinds or not synset.part_holonyms():
                continue
            if not any(k == location or location in k.closure(lambda s: s.hypernyms()) for k in kinds):
                continue
            for whole in synset.part_holonyms():
                if whole.instance_hypernyms():  # NOTE: a kind of place ("a province") is no named whole
                    pairs |= {(_name(lemma.name()), _name(whole.lemmas()[0].name())) for lemma in synset.lemmas()}
    return sorted((p, w) for p, w in pairs if p != w)


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/places.tsv"), _HEADER, place_pairs)


if __name__ == "__main__":
    main()
