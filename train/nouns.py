"""Build ``checker/data/nouns.tsv`` from WordNet: common nouns whose first sense is a person, a group, a place or an artifact.

The kind of a noun's first (most frequent) sense, by WordNet's lexicographer file, serves two readers:
- a role held by one person at a time is a bare noun of a person after "become", "was named" or "as" ("Osei will
  become chief executive", "named Grant chairman"); the entity judge (CC105) reads two people given one such role as
  two answers to one question, and tells a person's noun ("executive", "chairman", "mayor") from the other nouns
  written bare there ("part", "law", "home": "became part of the team" is no role);
- a bare definite noun ("the company", "the city", "the bridge") is the thing of its kind the document named last:
  a group for an organisation, a place for a place, an artifact for a product or a building
  (`checker.normalize` gives it the values it holds: "The company, which was founded in 2011").
Single words only (acronyms such as "CEO" lower-cased, names left out), each with the kind of its first sense
(``person``, ``group``, ``location``, ``artifact``). Same files and licence as ``train.antonyms``
(``pip install -e '.[lexicon]'``).

    python -m train.nouns [--out checker/data/nouns.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Common nouns and the kind of their first sense, from WordNet 3.0 (python -m train.nouns; do not edit by hand).")

KINDS = ("person", "group", "location", "artifact")
"""WordNet lexicographer files (``noun.<kind>``) written to the table."""


def noun_kinds(source: Path) -> list[tuple[str, str]]:
    """Sorted (noun, kind) for single-word lower-case nouns whose first WordNet sense is in ``noun.<kind>`` of `KINDS`."""
    with wordnet_reader(source) as wn:
        # NOTE: common nouns and acronyms ("CEO"), lower-cased; not names ("Lincoln")
        words = {lemma.name() for synset in wn.all_synsets("n") for lemma in synset.lemmas()  # type: ignore[attr-defined]
                 if lemma.name().isalpha() and (lemma.name().islower() or lemma.name().isupper())}
        rows = {(w.lower(), kind) for w in words if (kind := wn.synsets(w, "n")[0].lexname().removeprefix("noun.")) in KINDS}  # type: ignore[attr-defined]
    return sorted(rows)


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/nouns.tsv"), _HEADER, noun_kinds)


if __name__ == "__main__":
    main()
