"""Build ``checker/data/act_nouns.tsv`` from WordNet: common nouns whose first sense is an act or an event.

"No arrests were made", "came through the spring without frost damage", "no evacuation has been ordered" deny an act
or an event outright, of anyone: the noun after "no" or "without" names what did not happen. Most nouns there name
nothing that happens ("no reason was given", "there was no need", "it goes without saying", "no casualties",
"without a catch"), and a polarity judge that read them as denied acts flagged real news where every source agrees
(`checker.rules.negation`, ECB+ dev). The kind of a noun's first (most frequent) sense, by WordNet's lexicographer
file, tells them apart: ``noun.act`` ("arrest", "evacuation", "decision", "strike") or ``noun.event`` ("damage",
"death", "explosion"), not ``noun.motive`` ("reason"), ``noun.state`` ("need"), ``noun.communication`` ("saying"),
``noun.person`` ("casualty") or ``noun.attribute`` ("catch", "importance"). Single lower-case words only; each row is
``noun<TAB>kind`` (``act`` or ``event``). Same files and licence as ``train.antonyms`` (``pip install -e '.[lexicon]'``).

    python -m train.act_nouns [--out checker/data/act_nouns.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Common nouns whose first sense is an act or an event, from WordNet 3.0 (python -m train.act_nouns; do not edit by hand).")

KINDS = ("act", "event")
"""WordNet lexicographer files (``noun.<kind>``) written to the table."""


def act_nouns(source: Path) -> list[tuple[str, str]]:
    """Sorted (noun, kind) for single-word lower-case nouns whose first WordNet sense is in ``noun.<kind>`` of `KINDS`."""
    with wordnet_reader(source) as wn:
        words = {lemma.name() for synset in wn.all_synsets("n") for lemma in synset.lemmas()  # type: ignore[attr-defined]
                 if lemma.name().isalpha() and lemma.name().islower()}
        rows = {(w, kind) for w in words if (kind := wn.synsets(w, "n")[0].lexname().removeprefix("noun.")) in KINDS}  # type: ignore[attr-defined]
    return sorted(rows)


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/act_nouns.tsv"), _HEADER, act_nouns)


if __name__ == "__main__":
    main()
