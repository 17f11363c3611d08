"""Build ``checker/data/verb_antonyms.tsv`` from WordNet: verbs of two outcomes of one act, one pair per line.

"The jury acquitted Moss" and "the jury convicted Moss" cannot both be the verdict; "the board approved the plan" and
"the board rejected the plan" cannot both be its decision. WordNet 3.0 marks such verbs as direct antonyms, but it marks
converses ("buy" / "sell": one sale told from each side) and successive acts ("arrive" / "leave", "open" / "close", "rise"
/ "fall": a thing can do both, one after the other) so too, which is why ``train.antonyms`` takes adjectives only. The
verbs taken here are those of WordNet's lexicographer files of judging, telling and contending (``verb.cognition``,
``verb.communication``, ``verb.competition``: "accept" / "reject", "admit" / "deny", "win" / "lose"), where a pair is two
answers to one question; possession (converses), motion, contact, change and the body (successive acts) are left out,
and so is a verb of contending undoing the other by a prefix ("mobilize" / "demobilize", "arm" / "disarm": one undoes
the other later).
Both senses must be among each verb's first `SENSES` (WordNet orders senses by frequency); single words of three letters
or more. `checker.normalize.contraries` reads the pairs as it reads adjective antonyms, for verbs only (CC203: two
claims saying them of one holder, with one agent, at one time).

    python -m train.contraries [--out checker/data/verb_antonyms.tsv]
"""

from __future__ import annotations

from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Verbs of two outcomes of one act, from WordNet 3.0 (python -m train.contraries; do not edit by hand).")

FILES = frozenset({"verb.cognition", "verb.communication", "verb.competition"})
"""WordNet's lexicographer files of verbs of judging, telling and contending."""

SENSES = 2
"""How many of a verb's first (most frequent) senses the antonymous senses may be."""

_UNDOING = ("de", "dis", "un")
"""Prefixes by which a verb of contending undoes another ("demobilize", "disarm"); among verbs of judging and telling
the prefix makes the other answer ("disapprove", "disagree", "disprove")."""


def verb_antonyms(source: Path) -> list[tuple[str, str]]:
    """Sorted (a, b) pairs, a < b, of verbs WordNet marks as direct antonyms in `FILES` (module docstring)."""
    with wordnet_reader(source) as wn:
        pairs = set()
        for synset in wn.all_synsets("v"):  # type: ignore[attr-defined]
            for lemma in synset.lemmas():
                for anto in lemma.antonyms():
                    a, b, other = lemma.name().lower(), anto.name().lower(), anto.synset()
                    if {synset.lexname(), other.lexname()} - FILES or "_" in a + b or min(len(a), len(b)) < 3:
                        continue
                    if synset not in wn.synsets(a, "v")[:SENSES] or other not in wn.synsets(b, "v")[:SENSES]:  # type: ignore[attr-defined]
                        continue
                    if synset.lexname() == "verb.competition" and any(b == p + a or a == p + b for p in _UNDOING):
                        continue
                    pairs.add(tuple(sorted((a, b))))
    return sorted(pairs)  # type: ignore[arg-type]


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/verb_antonyms.tsv"), _HEADER, verb_antonyms)


if __name__ == "__main__":
    main()
