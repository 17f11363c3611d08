"""Build ``checker/data/verdict_verbs.tsv`` from WordNet: verbs that declare their object to be what an adjective says.

"Lang was cleared of fraud" and "a jury found Lang guilty of fraud" cannot both be the verdict, though one says it with
a verb and the other with an adjective. WordNet glosses such verbs by the adjective: convict.v.01 "find or declare
guilty", acquit.v.01 (acquit, clear, exonerate ...) "pronounce not guilty of criminal charges", disqualify.v.02 "declare
unfit", invalidate.v.01 "declare invalid". A verb of judging or ruling (``verb.communication``, ``verb.social``) whose
gloss opens with "declare", "pronounce" or "find or declare" and an adjective is taken with that adjective, or with the
adjective's direct antonym after "not" ("not guilty": innocent), when the adjective's first sense has a direct antonym (two
poles); `checker.normalize.contraries` reads the verb as saying the adjective of its object when it names what the
verdict is of ("cleared of fraud", "disqualified for doping": the sense of judging, where "cleared the road" is
another), so CC203 compares it with the adjective's antonym said of the same one. Each row is
``verb<TAB>adjective``. Same files and licence as ``train.antonyms`` (``pip install -e '.[lexicon]'``).

    python -m train.verdicts [--out checker/data/verdict_verbs.tsv]
"""

from __future__ import annotations

import re
from pathlib import Path

from train.antonyms import _HEADER as _WORDNET_LICENCE
from train.antonyms import build, wordnet_reader

_HEADER = _WORDNET_LICENCE.replace(
    "# Direct antonyms of English adjectives from WordNet 3.0 (python -m train.antonyms; do not edit by hand).",
    "# Verbs that declare their object to be what an adjective says, from WordNet 3.0 (python -m train.verdicts; do not "
    "edit by hand).")

FILES = frozenset({"verb.communication", "verb.social"})
"""WordNet's lexicographer files of verbs of telling and of social acts (rulings, verdicts)."""

GLOSS = re.compile(r"^(?:find or declare|declare or judge|declare|pronounce) (not )?([a-z]+)\b")
"""How WordNet glosses a verb of declaring its object to be something."""


def verdict_verbs(source: Path) -> list[tuple[str, str]]:
    """Sorted (verb, adjective) of the verbs glossed by `GLOSS` in `FILES`."""
    rows: set[tuple[str, str]] = set()
    with wordnet_reader(source) as wn:
        for synset in wn.all_synsets("v"):  # type: ignore[attr-defined]
            m = GLOSS.match(synset.definition())
            if synset.lexname() not in FILES or m is None:
                continue
            adjectives = wn.synsets(m.group(2), "a")  # type: ignore[attr-defined]
            others = [a.name().lower() for lemma in adjectives[0].lemmas() if lemma.name().lower() == m.group(2)
                      for a in lemma.antonyms()] if adjectives else []
            if not others:
                continue  # NOTE: an adjective of two poles only: the other pole is what another source may say
            word = others[0] if m.group(1) else m.group(2)
            for lemma in synset.lemmas():
                verb = lemma.name().lower()
                if verb.isalpha() and len(verb) > 2:
                    rows.add((verb, word))
    return sorted(rows)


def main() -> None:
    build(__doc__.splitlines()[0], Path("checker/data/verdict_verbs.tsv"), _HEADER, verdict_verbs)


if __name__ == "__main__":
    main()
