"""Build ``checker/data/doer_nouns.tsv`` from WordNet: a person's noun written from a verb, and the verb (any verb).

"The buyer of the company, Oracle, ..." says who bought the company as "SAP bought the company" does; "X, the organizer
of the festival" who organised it (`checker.normalize.answers.argument_of`, `Answer.argument`). A noun is taken for a
verb when a person (WordNet's noun.person) derivationally related to one of the verb's first `SENSES` senses is one of
the noun's first `SENSES` senses and the noun is written from the verb ("buyer", "organizer", "founder"; not "beginner",
first a novice). A noun in "-ee" names whom an act befalls ("appointee") and is left out; a noun in "-izer" is also
written "-iser" ("organiser"). Unlike ``train.agents`` (the acts with one doer of ``frames.yaml``), every verb counts:
whether one act has one doer is read from the sentence, what it was done to. Each row is ``noun<TAB>verb``. Same files
and licence as ``train.antonyms`` (``pip install -e '.[lexicon]'``).

    python -m train.doers [--out checker/data/doer_nouns.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# A person's noun written from a verb, and the verb, from WordNet 3.0 (python -m train.doers; do not edit by hand).")

SENSES = 3
"""How many of a verb's and of a noun's first (most frequent) senses the derivation may join."""


def doer_nouns(source: Path) -> list[tuple[str, str]]:
    """Sorted (noun, verb): a person's noun derived from a frequent sense of the verb and written from it."""
    rows: set[tuple[str, str]] = set()
    with wordnet_reader(source) as wn:
        for sense in wn.all_synsets("v"):  # type: ignore[attr-defined]
            for lemma in sense.lemmas():
                verb = lemma.name().lower()
                if not verb.isalpha() or sense not in wn.synsets(verb, "v")[:SENSES]:  # type: ignore[attr-defined]
                    continue
                for form in lemma.derivationally_related_forms():
                    person, noun = form.synset(), form.name().lower()
                    if person.pos() != "n" or person.lexname() != "noun.person" or not noun.isalpha() or noun.endswith("ee"):
                        continue
                    if noun.startswith(verb[:max(3, len(verb) - 2)]) and person in wn.synsets(noun, "n")[:SENSES]:  # type: ignore[attr-defined]
                        rows.add((noun, verb))
                        if noun.endswith("izer"):
                            rows.add((noun[:-4] + "iser", verb))
    return sorted(rows)


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/doer_nouns.tsv"), _HEADER, doer_nouns)


if __name__ == "__main__":
    main()
