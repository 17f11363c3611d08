"""Build ``checker/data/agent_nouns.tsv`` from WordNet: nouns of the one who does an act with one doer, and the act.

"Its architect, Mikko Salonen, ..." says who designed the building as "The building was designed by Kaja Rebane"
does; "Solvane is the developer" says who develops the project as "The project is developed by Northwind" does
(`checker.normalize.answers`, `Answer.act`). The acts are the verbs after "by" in ``one_answer`` of
``checker/data/frames.yaml`` (relations with one answer, after Wikidata's single-value properties: designed, built,
developed, founded, written by ...). A noun is taken for a verb when a person (WordNet's noun.person) derivationally
related to a sense of the verb is one of the noun's first `SENSES` senses and the noun is written from the verb
("designer", "developer", "winner"), or the person is the first sense of another word of its synset, derived from one of the
verb's first `SENSES` senses ("architect" is first of all a "designer": design; "beginner", first a novice, is no "founder"). A noun in "-ee" names whom an act
befalls ("appointee", "licensee") and is left out. Each row is ``noun<TAB>verb``. Same files and licence as ``train.antonyms``
(``pip install -e '.[lexicon]'``).

    python -m train.agents [--out checker/data/agent_nouns.tsv]
"""

from __future__ import annotations

from pathlib import Path

import yaml

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Nouns of the one who does an act with one doer, and the act, from WordNet 3.0 (python -m train.agents; do not "
    "edit by hand).")

SENSES = 3
"""How many of a noun's first (most frequent) senses may be the person derived from the verb, and of the verb's the
sense a synonym of that person comes from."""

FRAMES = Path(__file__).resolve().parent.parent / "checker" / "data" / "frames.yaml"


def one_doer_verbs(frames: Path = FRAMES) -> tuple[str, ...]:
    """The verbs of ``one_answer: by`` in ``frames.yaml``: acts with one doer."""
    return tuple(yaml.safe_load(frames.read_text("utf-8"))["one_answer"]["by"])


def agent_nouns(source: Path, verbs: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """Sorted (noun, verb): a person's noun derived from one of ``verbs`` (`one_doer_verbs`), and its synonyms."""
    rows: set[tuple[str, str]] = set()
    with wordnet_reader(source) as wn:
        for verb in verbs or one_doer_verbs():
            for rank, sense in enumerate(wn.synsets(verb, "v")):  # type: ignore[attr-defined]
                for lemma in sense.lemmas():
                    if lemma.name().lower() != verb:
                        continue
                    for form in lemma.derivationally_related_forms():
                        person = form.synset()
                        if person.pos() != "n" or person.lexname() != "noun.person":
                            continue
                        for word in person.lemmas():
                            noun = word.name().lower()
                            if not noun.isalpha() or noun.endswith("ee"):
                                continue
                            senses = wn.synsets(noun, "n")  # type: ignore[attr-defined]
                            written_from = noun.startswith(verb[:max(3, len(verb) - 2)])
                            if person in senses[:SENSES] if written_from else rank < SENSES and senses[:1] == [person]:
                                rows.add((noun, verb))
    return sorted(rows)


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/agent_nouns.tsv"), _HEADER, agent_nouns)


if __name__ == "__main__":
    main()
