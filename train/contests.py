"""Build ``checker/data/contest_verbs.tsv`` from WordNet: verbs that say who won a contest and who lost it.

"Ruiz beat Petrova", "Petrova was defeated by Ruiz", "Ruiz triumphed over Petrova" and "Petrova lost to Ruiz" each say
that Ruiz won and Petrova lost (`checker.normalize.outcomes`); one contest has one winner, so a source saying so and
another saying "Petrova beat Ruiz" disagree. The verbs are WordNet 3.0's get_the_better_of.v.01 ("win a victory over":
"defeat", "beat", "rout", "edge out", "outscore") and its hyponyms, whose subject wins over their object (``beats``);
win.v.01 ("be the winner in a contest") and below, whose subject wins over the object of "over" or "against"
(``wins``); lose.v.02 ("fail to win") and below, whose subject loses to the object of "to" (``loses``). A verb is taken
when one of its first `SENSES` senses (WordNet orders senses by frequency) is among them; a phrasal verb is written with
a space ("beat out"). Each row is ``verb<TAB>side``. Same files and licence as ``train.antonyms``
(``pip install -e '.[lexicon]'``).

    python -m train.contests [--out checker/data/contest_verbs.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, frequent_verbs_below, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Verbs saying who won a contest and who lost it, from WordNet 3.0 (python -m train.contests; do not edit by hand).")

ROOTS = {"beats": ("get_the_better_of.v.01",), "wins": ("win.v.01",), "loses": ("lose.v.02",)}
"""Per side (how the verb's arguments say who won), WordNet's senses of winning over someone, of winning a contest and
of failing to win."""

SENSES = 2
"""How many of a verb's first (most frequent) senses may be of a root or below it."""


def contest_verbs(source: Path) -> list[tuple[str, str]]:
    """Sorted (verb, side): verbs with one of their first `SENSES` senses at or below a root of `ROOTS`; a verb under
    two sides ("beat" is no loser's verb) keeps the first in `ROOTS` order."""
    rows: dict[str, str] = {}
    with wordnet_reader(source) as wn:
        for side, roots in ROOTS.items():
            for w, _ in frequent_verbs_below(wn, roots, SENSES):
                w = w.replace("_", " ")
                if w.replace(" ", "").isalpha():
                    rows.setdefault(w, side)
    return sorted(rows.items())


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/contest_verbs.tsv"), _HEADER, contest_verbs)


if __name__ == "__main__":
    main()
