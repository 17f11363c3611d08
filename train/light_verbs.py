"""Build ``checker/data/light_verbs.tsv`` from WordNet: what a light verb with its words names, in one verb.

A light verb names no act of its own ("take", "give", "make"): with its object or prepositional phrase it names the act
another source tells in one verb ("nobody has been taken into custody" / "three men were arrested", "did not give
birth" / "bore", "has not given up" / "quit"). WordNet lists such phrases as verbs ("give_birth", "give_up",
"take_office") and, where only the act's noun is listed, as a noun ("taking_into_custody", a synonym of "arrest"). For
each WordNet verb of two or more words whose first word is a light verb (`LIGHT`), among its first ``SENSES`` senses,
the single-word verbs of the sense (a synonym only in one of its own first senses) are the acts it names (not the
senses it is a kind of: "give way" is a kind of change, and a denial of a change denies no collapse); for each noun whose first word is a light verb's gerund
("taking", "giving"), the verbs derivationally related to the other nouns of the sense, each taken only when the sense
is among that noun's own first ``SENSES`` ("arrest" -> ``arrest``; not "collar", whose first senses are a garment's).
The phrase is written with the verb's lemma and its other words, determiners and "one's" left out ("give the sack" ->
``give sack``). Single-word acts of at least three letters, no light verb. Same files and licence as ``train.antonyms``
(``pip install -e '.[lexicon]'``).

    python -m train.light_verbs [--out checker/data/light_verbs.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Light verbs with their words and the one-word acts they name, from WordNet 3.0 (python -m train.light_verbs; do not "
    "edit by hand).")

SENSES = 2
"""How many of a phrase's (and of a co-noun's) first, most frequent, senses are read."""
LIGHT = {"take": "taking", "give": "giving", "make": "making", "have": "having", "get": "getting", "do": "doing",
         "put": "putting", "set": "setting", "hold": "holding", "bring": "bringing", "keep": "keeping", "lay": "laying",
         "pay": "paying", "place": "placing", "go": "going", "come": "coming"}
"""Light verbs (a closed class: verbs that lend a phrase its tense and name little of its act) and their gerunds."""
_SKIPPED = frozenset({"the", "a", "an", "one's", "oneself", "it", "someone", "something", "somebody"})
"""Words of a WordNet phrase that stand for any argument or none ("give the sack", "bring oneself")."""


def phrase_key(words: list[str]) -> str:
    """The phrase as `checker.normalize` reads it off a parse: the light verb's lemma and its other words, in order,
    without determiners or a stand-in for an argument ("take_into_custody" -> ``take into custody``)."""
    return " ".join(w for w in words if w not in _SKIPPED)


def light_verbs(source: Path) -> list[tuple[str, str]]:
    """Sorted (light-verb phrase with spaces, one-word verb naming its act)."""
    pairs: set[tuple[str, str]] = set()
    light = set(LIGHT)
    with wordnet_reader(source) as wn:
        def frequent(word: str, synset: object, pos: str) -> bool:
            return synset in wn.synsets(word, pos)[:SENSES]  # type: ignore[attr-defined]

        def keep(phrase: list[str], act: str) -> None:
            key = phrase_key(phrase)
            if act.isalpha() and len(act) >= 3 and act not in light and " " in key:
                pairs.add((key, act))

        verbs = {lemma.name().lower() for synset in wn.all_synsets("v") for lemma in synset.lemmas()}  # type: ignore[attr-defined]
        for name in sorted(verbs):
            parts = name.split("_")
            if len(parts) < 2 or parts[0] not in light:
                continue
            for synset in wn.synsets(name, "v")[:SENSES]:  # type: ignore[attr-defined]
                for lemma in synset.lemmas():  # type: ignore[attr-defined]
                    o = lemma.name().lower()
                    if "_" not in o and frequent(o, synset, "v"):
                        keep(parts, o)
        gerunds = {g: v for v, g in LIGHT.items()}
        nouns = {lemma.name().lower() for synset in wn.all_synsets("n") for lemma in synset.lemmas()}  # type: ignore[attr-defined]
        for name in sorted(nouns):
            parts = name.split("_")
            if len(parts) < 2 or parts[0] not in gerunds:
                continue
            for synset in wn.synsets(name, "n")[:SENSES]:  # type: ignore[attr-defined]
                if synset.lexname() not in ("noun.act", "noun.event"):  # type: ignore[attr-defined]
                    continue  # NOTE: "holding_company", "putting_green": a thing, no act
                for lemma in synset.lemmas():  # type: ignore[attr-defined]
                    if "_" in lemma.name() or not frequent(lemma.name().lower(), synset, "n"):
                        continue
                    for verb in lemma.derivationally_related_forms():
                        if verb.synset().pos() == "v":
                            keep([gerunds[parts[0]]] + parts[1:], verb.name().lower())
    return sorted(pairs)


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/light_verbs.tsv"), _HEADER, light_verbs)


if __name__ == "__main__":
    main()
