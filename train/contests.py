"""Build ``checker/data/contest_verbs.tsv`` from WordNet: verbs that say who won a contest and who lost it.

"Ruiz beat Petrova", "Petrova was defeated by Ruiz", "Ruiz triumphed over Petrova" and "Petrova lost to Ruiz" each say
that Ruiz won and Petrova lost (`checker.normalize.outcomes`); one contest has one winner, so a source saying so and
another saying "Petrova beat Ruiz" disagree. The verbs are WordNet 3.0's get_the_better_of.v.01 ("win a victory over":
"defeat", "beat", "rout", "edge out", "outscore") and its hyponyms, whose subject wins over their object (``beats``);
win.v.01 ("be the winner in a contest") and below, whose subject wins over the object of "over" or "against"
(``wins``); lose.v.02 ("fail to win") and below, whose subject loses to the object of "to" (``loses``). A verb is taken
when one of its first `SENSES` senses (WordNet orders senses by frequency) is among them; a phrasal verb is written with
a space ("beat out"). Each row is ``verb<TAB>side``. The nouns of those acts go to ``checker/data/contest_nouns.tsv``
(`contest_nouns`: "Ruiz's victory over Petrova", "Petrova's defeat to Ruiz"). Same files and licence as
``train.antonyms`` (``pip install -e '.[lexicon]'``).

    python -m train.contests [--out checker/data/contest_verbs.tsv]
"""

from __future__ import annotations

import re
from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, frequent_verbs_below, wordnet_dir, wordnet_reader
from train.antonyms import wordnet_reader as wn_reader

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


def contest_nouns(source: Path) -> list[tuple[str, str]]:
    """Sorted (noun, side): the nouns of the act of each verb of `contest_verbs` (WordNet's derivationally related
    forms of an event or an act: "win", "victory", "rout", "thrashing"), on the verb's side, and their antonyms
    ("defeat": ``loses``), each when the sense is among the noun's first `SENSES`; a noun under two sides keeps the
    first."""
    rows: dict[str, str] = {}
    with wn_reader(source) as wn:
        for side, roots in ROOTS.items():
            for _, synset in frequent_verbs_below(wn, roots, SENSES):
                for lemma in synset.lemmas():  # type: ignore[attr-defined]
                    for form in lemma.derivationally_related_forms():
                        act = form.synset()
                        if act.pos() != "n" or act.lexname() not in _ACTS or act not in wn.synsets(form.name(), "n")[:SENSES]:
                            continue
                        for noun in act.lemmas():
                            if act in wn.synsets(noun.name(), "n")[:SENSES]:
                                _add(rows, noun.name(), side)
                            for anto in noun.antonyms():
                                if anto.synset() in wn.synsets(anto.name(), "n")[:SENSES]:
                                    _add(rows, anto.name(), _OTHER[side])
    return sorted(rows.items())


_ACTS = frozenset({"noun.event"})
"""WordNet's lexicographer file of nouns of events (a win, a rout; not "cinch", an act that is easy)."""
_OTHER = {"beats": "loses", "wins": "loses", "loses": "wins"}
"""The side of a noun's antonym: the other outcome ("victory" / "defeat")."""


def _add(rows: dict[str, str], word: str, side: str) -> None:
    w = word.lower().replace("_", " ")
    if w.replace(" ", "").isalpha():
        rows.setdefault(w, side)


_PLACE_GLOSS = re.compile(r"\b(?:(?P<ord>first|second|third) place|finishes (?P<fin>first|second|third)|(?P<win>wins) the contest)\b")
"""What a gloss of a contestant's noun says of the place it finishes in ("someone who has won first place in a
competition", "the competitor who finishes second", "the contestant who wins the contest")."""
_ORDINALS = {"first": 1, "second": 2, "third": 3}
PLACED = ("contestant.n.01", "award.n.02")
"""WordNet's senses of a contestant ("champion", "runner-up") and of an award ("silver medal"), whose glosses may give a
place."""
CONTESTS = ("contest.n.01",)
"""WordNet's sense of a contest with a winner chosen among contestants ("championship", "tournament", "race")."""
TWO_SIDED = ("match.n.02", "game.n.02")
"""Contests of two sides, where the winner beat the other (`contest_verbs`): no place among many."""
TITLES = ("championship.n.01",)
"""The status of being a champion ("title", "championship"): who wins it finishes first."""


def contest_places(source: Path) -> list[tuple[str, str]]:
    """Sorted (noun, place) rows: a contestant's or an award's noun whose gloss says the place it finishes in or is won
    for (`_PLACE_GLOSS`: "champion" 1, "winner" 1, "runner-up" 2, "silver medal" 2), each when the sense is among the noun's first `SENSES`; and a contest with
    a winner among many (at or below `CONTESTS`, not `TWO_SIDED`) or its title (`TITLES`), whose winner finishes
    first, as ``contest``."""
    rows: dict[str, str] = {}
    with wn_reader(source) as wn:
        placed = {s for name in PLACED for s in wn.synset(name).closure(lambda s: s.hyponyms())}  # type: ignore[attr-defined]
        for synset in sorted(placed, key=lambda s: s.name()):
            m = _PLACE_GLOSS.search(synset.definition())
            if m is None:
                continue
            place = 1 if m["win"] else _ORDINALS[m["ord"] or m["fin"]]
            for lemma in synset.lemmas():
                if synset in wn.synsets(lemma.name(), "n")[:SENSES]:  # type: ignore[attr-defined]
                    _add(rows, lemma.name().replace("-", " "), str(place))  # NOTE: "runner-up", "silver medal"
        below = {s for name in CONTESTS for s in {wn.synset(name)} | set(wn.synset(name).closure(lambda s: s.hyponyms()))}  # type: ignore[attr-defined]
        two = {s for name in TWO_SIDED for s in {wn.synset(name)} | set(wn.synset(name).closure(lambda s: s.hyponyms()))}  # type: ignore[attr-defined]
        for synset in sorted(below - two, key=lambda s: s.name()):
            for lemma in synset.lemmas():
                if synset in wn.synsets(lemma.name(), "n")[:SENSES]:  # type: ignore[attr-defined]
                    _add(rows, lemma.name(), "contest")
        for name in TITLES:
            for lemma in wn.synset(name).lemmas():  # type: ignore[attr-defined]
                _add(rows, lemma.name(), "contest")
    return sorted(rows.items())


CONTROL_FRAMES = frozenset({24, 25})
"""WordNet's sentence frames of a verb whose object does the act of the infinitive after it: "Somebody ----s somebody
to INFINITIVE" ("allowed her to win"), "Somebody ----s somebody INFINITIVE" ("let her win")."""
CONTROL_SENSES = 5
"""How many of a verb's first senses may have such a frame ("lead" has it in its fifth: "led the team to win")."""
HELPING = ("help.v.01", "enable.v.01")
"""WordNet's senses of helping someone do something, whose verbs leave the act to their object without such a frame
("helped Ruiz to win")."""


def control_verbs(source: Path) -> list[str]:
    """Sorted verbs whose object does the act of an infinitive after it ("urged Ruiz to win", "helped Ruiz win"): a
    `CONTROL_FRAMES` frame in one of the lemma's first `CONTROL_SENSES` senses, or one of its first `SENSES` senses at
    or below `HELPING`. A verb of none ("edged Petrova to win", "beat Petrova to win") leaves the act to its subject."""
    rows: set[str] = set()
    with wordnet_reader(source) as wn:
        for synset in wn.all_synsets("v"):  # type: ignore[attr-defined]
            for lemma in synset.lemmas():
                if set(lemma.frame_ids()) & CONTROL_FRAMES and synset in wn.synsets(lemma.name(), "v")[:CONTROL_SENSES]:  # type: ignore[attr-defined]
                    rows.add(lemma.name().lower())
        rows |= {w for w, _ in frequent_verbs_below(wn, HELPING, SENSES)}
    return sorted(w.replace("_", " ") for w in rows if w.replace("_", "").isalpha())


GETTING = "get.v.01"
"""WordNet's sense of coming into the possession of something ("take", "secure", "earn", "capture", "bag")."""
GETTING_SENSES = 12
"""How many of a verb's first senses may be of getting ("take" has it in its eleventh: "took first prize"); "run" (its
36th: hunt) has none among them."""


def getting_verbs(source: Path) -> list[str]:
    """Sorted verbs with one of their first `GETTING_SENSES` senses at or below `GETTING`: said of a contest's title, each
    tells who won it ("Brecker took the title", "secured the championship"), as "won the title" does."""
    with wordnet_reader(source) as wn:
        rows = {w for w, _ in frequent_verbs_below(wn, (GETTING,), GETTING_SENSES)}
    return sorted(w.replace("_", " ") for w in rows if w.replace("_", "").isalpha())


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/contest_verbs.tsv"), _HEADER, contest_verbs)
    out = Path("checker/data/contest_nouns.tsv")
    rows = contest_nouns(wordnet_dir())
    out.write_text(_NOUN_HEADER + "".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    print(f"{len(rows)} pairs -> {out}")
    out = Path("checker/data/contest_places.tsv")
    rows = contest_places(wordnet_dir())
    out.write_text(_PLACE_HEADER + "".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {out}")
    out = Path("checker/data/control_verbs.tsv")
    verbs = control_verbs(wordnet_dir())
    out.write_text(_CONTROL_HEADER + "".join(f"{v}\n" for v in verbs), encoding="utf-8")
    print(f"{len(verbs)} verbs -> {out}")
    out = Path("checker/data/getting_verbs.tsv")
    verbs = getting_verbs(wordnet_dir())
    out.write_text(_GETTING_HEADER + "".join(f"{v}\n" for v in verbs), encoding="utf-8")
    print(f"{len(verbs)} verbs -> {out}")


_NOUN_HEADER = _HEADER.replace("# Verbs saying who won a contest and who lost it", "# Nouns of winning or losing a contest")
_GETTING_HEADER = _HEADER.replace("# Verbs saying who won a contest and who lost it",
                                  "# Verbs of coming into the possession of something")
_CONTROL_HEADER = _HEADER.replace("# Verbs saying who won a contest and who lost it",
                                  "# Verbs whose object does the act of an infinitive after it")
_PLACE_HEADER = _HEADER.replace("# Verbs saying who won a contest and who lost it",
                                "# Places a contestant's noun says it finished in, and contests whose winner finishes first")


if __name__ == "__main__":
    main()
