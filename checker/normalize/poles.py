"""Poles of characterisation scales a claim takes ("voluntary" vs "not optional" on obligation).

Reads `Knowledge.poles` (`checker/data/frames.yaml`); `checker.normalize` stores what a parsed claim
takes in `Slots.poles`, and `checker.rules.modality` (CC203), the review and the cross-event merge
compare them.
"""

from __future__ import annotations

import re
from typing import Sequence

from checker.knowledge import Knowledge
from checker.models import Token
from checker.normalize.roles import NEGATIVE_PRONOUNS, subtree

__all__ = ["pole_values", "pole_holders"]

_NEGATOR = re.compile(r"\b(not|never|no|n't|hardly|far from)\s+(?:\w+\s+)?$", re.I)


_MEMO: dict[tuple[int, str, frozenset[int], frozenset[int]], dict[str, tuple[int, str]]] = {}


def pole_values(text: str, kb: Knowledge, tokens: Sequence[Token] = ()) -> dict[str, tuple[int, str]]:
    """Scale -> (+1 or -1, the words found); "not optional" counts for the - pole of its scale.

    With the claim's parse (``tokens``), only a pole word that characterises the claim's main action counts
    (`_background`): not one that describes a noun as a participle or in a relative clause ("the safety
    infrastructure required to prevent a failure"), nor one inside an adjunct phrase ("he rejected the
    accusations ... after a successful referendum" takes no side on success).
    """
    skip = frozenset(t.start for i, t in enumerate(tokens) if _background(tokens, i))
    denied = frozenset(t.start for i, t in enumerate(tokens) if _denied(tokens, i))
    key = (id(kb), text, skip, denied)
    if key not in _MEMO:
        if len(_MEMO) > 200_000:
            _MEMO.clear()
        _MEMO[key] = _pole_values(text, kb, skip, denied)
    return _MEMO[key]


def _denied(tokens: Sequence[Token], i: int) -> bool:
    """The parse negates the word at ``i``: a "not"/"never" on it, or a subject that denies it of all ("No homes have been
    lost", "Nobody was hurt"), however many auxiliaries stand between (the text's own window reads one word)."""
    for j, u in enumerate(tokens):
        if u.head != i or j == i:
            continue
        if u.dep == "neg":
            return True
        if u.dep in _SUBJECTS and (u.lemma.lower() in NEGATIVE_PRONOUNS or any(
                d.head == j and d.dep == "det" and d.lemma.lower() == "no" for d in tokens)):
            return True
    return False


_NOUN_MODIFIER = frozenset({"acl", "relcl"})
"""Dependencies by which a verb form describes a noun instead of characterising the claim's action."""
_CORE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "acomp", "xcomp", "advmod", "ccomp", "conj",
                             "appos", "ROOT"})
"""Dependencies that keep a word in the main action's clause: its predicate, complements and arguments, and
an apposition that renames the action ("restricted access, a decision that was voluntary")."""


def _background(tokens: Sequence[Token], i: int) -> bool:
    """The word at ``i`` does not characterise the claim's main action: it describes a noun in a participle or
    relative clause, or the path from it to the root passes through something other than the main clause's
    predicate, complements and arguments (an adjunct "after a successful referendum", a prepositional object)."""
    t = tokens[i]
    if t.dep in _NOUN_MODIFIER:
        return True
    seen = {i}
    if t.dep == "amod" and tokens[t.head].dep in _SUBJECTS and tokens[tokens[t.head].head].lemma != "be":
        return True  # NOTE: "his legal advisers concluded ...": a word classifying who acts characterises no action
    if t.dep == "amod" and any(x.head == t.head and x.dep == "det" and x.lemma == "no" for x in tokens):
        return True  # NOTE: "there has been no approved medicine": a kind said not to exist, no act done or undone
    while t.head != i and t.head not in seen:
        head = tokens[t.head].dep
        if t.dep not in _CORE_ARGUMENTS and not (t.dep in ("amod", "compound") and head in _CORE_ARGUMENTS) and not (
            t.dep == "relcl" and head == "appos"
        ):
            return True
        i = t.head
        seen.add(i)
        t = tokens[i]
    return False


def _pole_values(text: str, kb: Knowledge, skip: frozenset[int] = frozenset(), denied: frozenset[int] = frozenset()) -> dict[str, tuple[int, str]]:
    low = text.lower()
    if not _any_pole_word(kb).search(low):
        return {}
    out: dict[str, tuple[int, str]] = {}
    for scale, (plus, minus) in kb.poles.items():
        for sign, words in ((1, plus), (-1, minus)):
            for w in words:
                for m in re.finditer(rf"\b{re.escape(w)}\b", low):
                    if m.start() in skip:
                        continue
                    before = low[max(0, m.start() - 20) : m.start()]
                    written = bool(_NEGATOR.search(before)) and not w.startswith("not ")
                    negated = written or m.start() in denied and not w.startswith("not ")
                    value = -sign if negated else sign
                    phrase = (before[_NEGATOR.search(before).start():] if written else "") + text[m.start() : m.end()]  # type: ignore[union-attr]
                    if scale in out and out[scale][0] != value:
                        out[scale] = (0, out[scale][1] + " / " + phrase)  # NOTE: both poles: no stance
                    elif scale not in out:
                        out[scale] = (value, phrase.strip())
    return {k: v for k, v in out.items() if v[0] != 0}


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_STOP_CLIMB = frozenset({"amod", "compound", "nmod", "poss", "ROOT"})
"""A pole word on these dependencies characterises a noun or is the root: no subject above it is its holder."""


def pole_holders(tokens: Sequence[Token], words: str) -> tuple[str, ...]:
    """Who the pole word characterises: the names in its clause's subjects, lower-cased without dots
    ("Hardwicke failed to reach a deal": ``hardwicke``). Empty when the subject has no name ("the decision was
    voluntary", a pronoun) or the word describes a noun ("voluntary decisions"): then nothing is known."""
    last = words.split()[-1].lower()
    at = next((i for i, t in enumerate(tokens) if t.text.lower() == last and not _background(tokens, i)), None)
    for _ in range(len(tokens)):
        if at is None:
            break
        subjects = [j for j, t in enumerate(tokens) if t.head == at and j != at and t.dep in _SUBJECTS]
        if subjects:
            under = set().union(*(subtree(tokens, j) for j in subjects))
            return tuple(sorted({tokens[j].text.lower().replace(".", "") for j in under if _named(tokens, j)}))
        if tokens[at].dep in _STOP_CLIMB or tokens[at].head == at:
            break
        at = tokens[at].head
    return ()


def _named(tokens: Sequence[Token], j: int) -> bool:
    """A proper noun, or a capitalised noun inside the sentence (a title: "About a Boy" parses as a noun)."""
    t = tokens[j]
    return t.pos == "PROPN" or (t.pos == "NOUN" and j > 0 and t.text[:1].isupper())


_WORD_RE: dict[int, re.Pattern[str]] = {}


def _any_pole_word(kb: Knowledge) -> re.Pattern[str]:
    """One regex for every pole word of every scale: most claims have none and stop here."""
    if id(kb) not in _WORD_RE:
        words = sorted({w for plus, minus in kb.poles.values() for w in plus + minus}, key=len, reverse=True)
        _WORD_RE[id(kb)] = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
    return _WORD_RE[id(kb)]
