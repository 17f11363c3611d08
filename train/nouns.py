"""Build ``checker/data/people.tsv`` from WordNet: the nouns whose first sense is a person, one per line.

A role held by one person at a time is written as a bare noun after "become", "was named" or "as" ("Osei will
become chief executive", "named Grant chairman"); the entity judge (CC105) reads two people given one such role as
two answers to one question. WordNet's first (most frequent) sense tells a person's noun ("executive", "chairman",
"coach", "mayor") from the other nouns written bare there ("part", "law", "home": "became part of the team" is
no role). Single words only (acronyms such as "CEO" lower-cased, names left out), each with the lexicographer file of that sense (``person``). Same files and licence
as ``train.antonyms`` (``pip install -e '.[lexicon]'``).

    python -m train.people [--out checker/data/people.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Nouns whose first sense is a person, from WordNet 3.0 (python -m train.people; do not edit by hand).")


def person_nouns(source: Path) -> list[tuple[str, str]]:
    """Sorted (noun, ``person``) for single-word lower-case nouns whose first WordNet sense is in ``noun.person``."""
    with wordnet_reader(source) as wn:
        # NOTE: common nouns and acronyms ("CEO"), lower-cased; not names ("Lincoln")
        words = {lemma.name() for synset in wn.all_synsets("n") for lemma in synset.lemmas()  # type: ignore[attr-defined]
                 if lemma.name().isalpha() and (lemma.name().islower() or lemma.name().isupper())}
        return sorted({(w.lower(), "person") for w in words if wn.synsets(w, "n")[0].lexname() == "noun.person"})  # type: ignore[attr-defined]


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/people.tsv"), _HEADER, person_nouns)


if __name__ == "__main__":
    main()
