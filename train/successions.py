"""Build ``checker/data/succession_verbs.tsv`` from WordNet: verbs of taking a post or another's place.

"The board picked Grant as chief executive" gives the role to the verb's object; "Ortiz will succeed Hale as chief
executive" and "Ortiz will take over as chief executive" give it to the subject, and Hale is the one who held it
(`checker.normalize.answers`); "Hale will step down as chief executive" gives it to no one. The verbs that read so are
those of WordNet 3.0's succeed.v.02 ("be the successor (of)": "replace", "supplant", "oust") and take_office.v.01
("assume", "take over", "accede") and their hyponyms, taken when one of a verb's first `SENSES` senses (WordNet orders
senses by frequency) is among them; a phrasal verb is written with a space ("take over"). Each row is
``verb<TAB>synset``. Same files and licence as ``train.antonyms`` (``pip install -e '.[lexicon]'``).

    python -m train.successions [--out checker/data/succession_verbs.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, frequent_verbs_below, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Verbs of taking a post or another's place, from WordNet 3.0 (python -m train.successions; do not edit by hand).")

ROOTS = ("succeed.v.02", "take_office.v.01")
"""WordNet's senses of being the successor of someone and of taking office."""

SENSES = 2
"""How many of a verb's first (most frequent) senses may be of `ROOT` or below it."""


def succession_verbs(source: Path) -> list[tuple[str, str]]:
    """Sorted (verb, synset): verbs with one of their first `SENSES` senses one of `ROOTS` or a hyponym of one."""
    with wordnet_reader(source) as wn:
        rows = {(w.replace("_", " "), synset.name()) for w, synset in frequent_verbs_below(wn, ROOTS, SENSES)  # type: ignore[attr-defined]
                if w.replace("_", "").isalpha()}
    return sorted(rows)


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/succession_verbs.tsv"), _HEADER, succession_verbs)


if __name__ == "__main__":
    main()
