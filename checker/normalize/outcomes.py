"""Outcomes: who a claim says won a contest and who lost it ("Ruiz beat Petrova", "Petrova lost to Ruiz").

One contest has one winner: "Ruiz won the Stuttgart Open, beating Petrova" and "Petrova claimed the Stuttgart title,
defeating Ruiz" name the same two players and reverse who beat whom, whatever else each says of the final. The verbs
come from WordNet (`checker.knowledge.contest_verbs`, ``python -m train.contests``); a verb's arguments say who won by
the side it is listed under: ``beats`` (its subject beats its object: "defeat", "edge out", "rout"), ``wins`` (its
subject wins over the object of "over" or "against": "won against", "triumphed over"), ``loses`` (its subject loses to
the object of "to"). A participle or an adverbial clause without a subject takes the subject of the verb it hangs on
("Ruiz won the Open, beating Petrova"; "after defeating Ruiz"); a passive's "by" phrase is the subject ("Petrova was
beaten by Ruiz"), and a passive participle's noun the object ("Petrova, beaten by Ruiz in the final, ...").

Only names answer (proper nouns: teams, players, parties, candidates): "the champions beat the hosts" names no one to
compare. An outcome denied, hedged or to come ("did not beat", "could beat", "will beat", "hopes to beat") states none.

Requires `Claim.tokens`; assigns nothing (`checker.normalize` stores `outcomes` in `Slots.outcomes`).
"""

from __future__ import annotations

import logging
from typing import Sequence

from checker.models import Token

__all__ = ["outcomes"]

logger = logging.getLogger(__name__)

_UNSURE_AUX = frozenset({"will", "would", "could", "can", "may", "might", "shall", "should", "must", "'ll", "to"})
"""Auxiliaries (and the infinitive's "to") that put a verb's act in the future, a possibility or a wish."""
_OVER = frozenset({"over", "against"})
"""Prepositions naming whom a verb of winning (``wins``) wins over."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_BORROWS = frozenset({"advcl", "conj", "xcomp", "pcomp", "acl"})
"""Dependencies of a verb without a subject of its own that takes the subject of the word it hangs on ("..., beating
Petrova"; "after defeating Ruiz": a "pcomp" of "after", which hangs on the verb)."""


def outcomes(tokens: Sequence[Token], verbs: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """Sorted (winner, loser) names of each contest the parse says was won (module docstring); ``verbs`` maps a
    verb (with its particle, "beat out") to its side (`checker.knowledge.contest_verbs`). A name is written as
    in the claim ("Carla Ruiz", "Tromsø Bears"); the rule reads a name in full and short as one ("Ruiz" names "Carla Ruiz")."""
    out: set[tuple[str, str]] = set()
    for i, t in enumerate(tokens):
        if t.pos != "VERB":
            continue
        particle = next((u.lemma.lower() for u in tokens if u.head == i and u.dep == "prt"), "")
        side = verbs.get(f"{t.lemma.lower()} {particle}" if particle else t.lemma.lower()) or verbs.get(t.lemma.lower())
        if side is None or _unsure(tokens, i):
            continue
        pair = _pair(tokens, i, side)
        if pair is not None:
            out.add(pair)
    return tuple(sorted(out))


def _unsure(tokens: Sequence[Token], i: int) -> bool:
    """The verb at ``i`` is negated, or takes a modal, a future or an infinitive "to" (a win hoped for, needed or
    expected: "hopes to beat"); not the infinitive of what a past act came to ("came from behind to defeat Rovers",
    "rallied to beat them": an adverbial clause of a verb in the past that is itself sure)."""
    for u in tokens:
        if u.head != i:
            continue
        if u.dep == "neg":
            return True
        if u.dep in ("aux", "auxpass") and u.text.lower() in _UNSURE_AUX:
            if u.text.lower() == "to" and tokens[i].dep == "advcl" and _past(tokens, tokens[i].head) \
                    and not _unsure(tokens, tokens[i].head):
                continue
            return True
    return False


def _past(tokens: Sequence[Token], i: int) -> bool:
    """The verb at ``i`` is written in a past form ("came", "rallied"), not its lemma, a present or a participle."""
    t = tokens[i]
    word = t.text.lower()
    return t.pos == "VERB" and word != t.lemma.lower() and not word.endswith(("s", "ing"))


def _pair(tokens: Sequence[Token], i: int, side: str) -> tuple[str, str] | None:
    """(winner, loser) names of the verb at ``i`` read by its ``side``, or None when either is no name."""
    subj, passive = _subject(tokens, i)
    if side == "beats":
        other = _child(tokens, i, ("dobj", "obj"))
        if passive:
            agent = next((j for j, u in enumerate(tokens) if u.head == i and u.dep == "agent"), None)
            winner = _child(tokens, agent, ("pobj",)) if agent is not None else None
            return _keys(tokens, winner, subj)
        return _keys(tokens, subj, other)
    if passive:
        return None
    prep = _OVER if side == "wins" else frozenset({"to"})
    at = next((j for j, u in enumerate(tokens) if u.head == i and u.dep == "prep" and u.lemma.lower() in prep), None)
    other = _child(tokens, at, ("pobj",)) if at is not None else None
    return _keys(tokens, subj, other) if side == "wins" else _keys(tokens, other, subj)


def _subject(tokens: Sequence[Token], i: int) -> tuple[int | None, bool]:
    """The subject of the verb at ``i`` (its own, else borrowed from the word it hangs on) and whether it is passive."""
    seen: set[int] = set()
    at = i
    passive = any(u.head == i and u.dep in ("nsubjpass", "auxpass") for u in tokens)
    while at not in seen:
        seen.add(at)
        own = next((j for j, u in enumerate(tokens) if u.head == at and j != at and u.dep in _SUBJECTS), None)
        if own is not None:
            if tokens[own].pos == "PRON" and tokens[at].dep == "relcl":
                return tokens[at].head, passive  # NOTE: "Ruiz, who beat Petrova": the noun the clause modifies
            return own, passive or tokens[own].dep == "nsubjpass"
        t = tokens[at]
        if t.dep == "acl" and at == i:
            # NOTE: "Petrova, beaten by Ruiz": a passive participle's noun is its object; an active one's its subject
            return t.head, tokens[at].text.lower() != tokens[at].lemma.lower() and tokens[at].text.lower().endswith(("ed", "en"))
        if t.dep not in _BORROWS or t.head == at:
            return None, passive
        at = t.head
        if tokens[at].pos == "ADP":
            at = tokens[at].head  # NOTE: "after defeating Ruiz": "after" hangs on the verb whose subject it takes
    return None, passive


def _child(tokens: Sequence[Token], head: int | None, deps: Sequence[str]) -> int | None:
    if head is None:
        return None
    return next((j for j, u in enumerate(tokens) if u.head == head and j != head and u.dep in deps), None)


def _keys(tokens: Sequence[Token], winner: int | None, loser: int | None) -> tuple[str, str] | None:
    """Both are names (`_name`) headed by two words: the names as written (`_written`)."""
    if winner is None or loser is None or not _name(tokens[winner]) or not _name(tokens[loser]):
        return None
    w, lo = _written(tokens, winner), _written(tokens, loser)
    return (w, lo) if tokens[winner].lemma.lower() != tokens[loser].lemma.lower() else None


def _written(tokens: Sequence[Token], i: int) -> str:
    """The name headed by token ``i`` as written: the capitalised words compounded on it right before it ("Carla
    Ruiz", "Tromsø Bears")."""
    lo = i
    while lo > 0 and tokens[lo - 1].head in range(lo, i + 1) and tokens[lo - 1].dep in ("compound", "flat") \
            and tokens[lo - 1].text[:1].isupper():
        lo -= 1
    return " ".join(t.text for t in tokens[lo:i + 1])


def _name(t: Token) -> bool:
    """A proper noun, or a capitalised noun no common noun of WordNet's is ("Ruiz won ...": the tagger reads a surname
    opening a sentence as a noun; "Police beat ..." is a common noun)."""
    from checker.normalize.kinds import known_noun

    return t.pos == "PROPN" or t.pos == "NOUN" and t.text[:1].isupper() and not known_noun(t.lemma.lower())
