"""Build ``checker/data/deverbal_nouns.tsv`` from WordNet: nouns that name an act, with the verbs of that act.

"No agreement has been reached" denies that the parties agreed; "no arrests were made" that anyone was arrested; "there
was no decision" that anyone decided. The negation sits on the noun (or on the light verb it is the argument of), while
another source tells the act with its verb ("Halvard has agreed to buy Nordlys", "Police arrested two men"): the polarity
judge (CC201, `checker.normalize` negated heads) reads a negated noun as the verbs it is derived from. The pairs are
WordNet 3.0's derivationally related forms between a noun and a verb, taken when the noun's sense is among its first
`SENSES` senses (WordNet orders senses by frequency) and is an act, event, state or the like (`LEXNAMES`): not a person
("survivor") or a thing ("building", "plan" as a drawing). Single words only. Each row is ``noun<TAB>verb``. Same files
and licence as ``train.antonyms`` (``pip install -e '.[lexicon]'``).

    python -m train.deverbal [--out checker/data/deverbal_nouns.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Nouns of an act and the verbs of that act, from WordNet 3.0 (python -m train.deverbal; do not edit by hand).")

LEXNAMES = frozenset({"noun.act", "noun.event", "noun.communication", "noun.state", "noun.cognition", "noun.process",
                      "noun.possession", "noun.phenomenon"})
"""WordNet's noun files of acts and happenings (what a verb's nominalisation names)."""

SENSES = 2
"""How many of a noun's first (most frequent) senses may give its verbs."""


def deverbal_nouns(source: Path) -> list[tuple[str, str]]:
    """Sorted (noun, verb): a single-word noun and a single-word verb WordNet relates by derivation, in one of the
    noun's first `SENSES` senses, of `LEXNAMES`."""
    rows: set[tuple[str, str]] = set()
    with wordnet_reader(source) as wn:
        for synset in wn.all_synsets("n"):  # type: ignore[attr-defined]
            if synset.lexname() not in LEXNAMES:
                continue
            for lemma in synset.lemmas():
                noun = lemma.name().lower()
                if not noun.isalpha() or len(noun) < 3 or synset not in wn.synsets(noun, "n")[:SENSES]:  # type: ignore[attr-defined]
                    continue
                for form in lemma.derivationally_related_forms():
                    verb = form.name().lower()
                    if form.synset().pos() == "v" and verb.isalpha() and len(verb) >= 3:
                        rows.add((noun, verb))
    return sorted(rows)


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/deverbal_nouns.tsv"), _HEADER, deverbal_nouns)


if __name__ == "__main__":
    main()
