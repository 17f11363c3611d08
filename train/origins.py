"""Build ``checker/data/origin_verbs.tsv`` from WordNet: verbs of making a thing, one per line.

"The mill dates from 1791" says when the mill came to be, which any act of making it answers: "was built in 1782",
"founded in 1782", "written in 1822". The date judge (CC102) compares such a date with the date of
an act of making the same thing (`checker.rules.dates`), not with an act done to it later ("restored in 1890"). The acts
of making are WordNet 3.0's make.v.03 ("create": "build", "found", "write") with its hyponyms, taken when one of
a verb's first `SENSES` senses (WordNet orders senses by frequency) is among them; the remaking ones below re-create.v.01
("restore", "renovate", "rebuild" is built again) and verbs written with "re" onto another of the table are left out.
make.v.03 also reaches causing a feeling ("arouse", "dismay"), a state ("result", "entail") or a blessing ("anoint"),
and "demolish" by its second sense (crush.v.05, to humiliate): a verb is kept only when the sense that put it in the
table is filed by WordNet's lexicographers under making (`CLASSES`: verb.creation, verb.social for bodies formed:
"form", "organize"). Single words only. Each row is ``verb<TAB>synset``. Same files and licence as ``train.antonyms``
(``pip install -e '.[lexicon]'``).

    python -m train.origins [--out checker/data/origin_verbs.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, frequent_verbs_below, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Verbs of making a thing, from WordNet 3.0 (python -m train.origins; do not edit by hand).")

ROOTS = ("make.v.03",)
"""WordNet's sense of making a thing ("make or cause to be or to become")."""

REMAKING = ("re-create.v.01",)
"""Senses of making again what was there: a later act done to a thing, not its origin."""

CLASSES = ("verb.creation", "verb.social")
"""WordNet's lexicographer files of verbs of making a thing ("build", "found", "write") and of forming a body ("form",
"organize"); not verb.emotion ("arouse", "demolish" as crush.v.05), verb.stative ("result"), verb.body ("anoint")."""

SENSES = 2
"""How many of a verb's first (most frequent) senses may be of `ROOTS` or below one."""


def origin_verbs(source: Path) -> list[tuple[str, str]]:
    """Sorted (verb, synset): single-word verbs with one of their first `SENSES` senses at or below `ROOTS`, filed
    under `CLASSES` and not at or below `REMAKING`, without a "re" verb of another row."""
    with wordnet_reader(source) as wn:
        again: set[object] = set()
        for name in REMAKING:
            root = wn.synset(name)  # type: ignore[attr-defined]
            again |= {root} | set(root.closure(lambda s: s.hyponyms()))
        rows: dict[str, str] = {}
        for w, synset in frequent_verbs_below(wn, ROOTS, SENSES):
            if w.isalpha() and len(w) >= 3 and synset not in again and making(synset):
                rows.setdefault(w, synset.name())  # type: ignore[attr-defined]
    return sorted((w, s) for w, s in rows.items() if not (w.startswith("re") and w[2:] in rows))


def making(synset: object) -> bool:
    """WordNet files the sense under a class of making (`CLASSES`)."""
    return synset.lexname() in CLASSES  # type: ignore[attr-defined]


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/origin_verbs.tsv"), _HEADER, origin_verbs)


if __name__ == "__main__":
    main()
