"""Antonymous words and the one thing each is said of ("flexible payment options" / "inflexible payment options").

Reads `Knowledge.antonyms_of` (WordNet's direct antonyms, ``checker/data/antonyms.tsv``, and the word pairs of
``frames.yaml``) and, for verbs, WordNet's verbs of two outcomes of one act (``checker/data/verb_antonyms.tsv``);
`checker.normalize` stores what a parsed claim holds in `Slots.contraries`, and `checker.rules.modality` (CC203)
compares two claims' words said of one holder.
"""

from __future__ import annotations

import logging
from typing import Sequence

from checker.knowledge import Knowledge
from checker.models import Token

__all__ = ["CHARGE", "QUALITY", "contraries", "contrary_of", "same_holder"]

logger = logging.getLogger(__name__)

_NOUNS = frozenset({"NOUN", "PROPN"})
_ATTRIBUTIVE = frozenset({"amod"})
"""An adjective on these dependencies describes the noun it hangs on ("flexible options")."""
_PREDICATIVE = frozenset({"acomp", "attr", "oprd"})
"""An adjective on these dependencies is said of its verb's subject ("the plan is flexible", "kept it simple")."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "nsubjpass"})
"""What a verb acts on: its object, or its passive subject ("dividends were increased")."""
_OF = frozenset({"of", "in"})
"""Prepositions that name what a noun of change or position is of ("an increase in the dividend", "the end of the
quarter")."""


def contraries(tokens: Sequence[Token], kb: Knowledge) -> tuple[tuple[str, str, bool, str], ...]:
    """(word, holder, negated, agent) for each word of the parse that has an antonym (`Knowledge.antonyms_of`) and
    says it of one noun: an adjective of the noun it modifies or of its verb's subject, a verb of its object (else of
    its subject: "sales increased"), a noun of its "of" / "in" complement. The holder is the noun's lemma (a name's
    words, lower-cased); a pronoun, a word without a noun, or a counted noun ("won 40 games": which games is the
    count's question) holds nothing. ``negated``: the word or its verb carries a negation ("is not flexible", "did not
    increase"), or the holder takes "no" ("no flexible options"). ``agent``: who does an act (a verb's subject noun
    when it has an object: "the company increased its dividend"), ``"="`` for an adjective (a quality, not an act),
    empty when not known."""
    from checker.knowledge import verdict_verbs

    out: set[tuple[str, str, bool, str]] = set()
    verdicts = verdict_verbs()
    for i, t in enumerate(tokens):
        word = t.lemma.lower()
        said = verdicts.get(word) if t.pos == "VERB" else None
        if t.pos not in ("ADJ", "VERB", "NOUN") or not contrary_of(word, kb, t.pos == "VERB") and not said:
            continue
        held = _holder(tokens, i)
        if held is None or any(x.head == held and x.dep == "nummod" for x in tokens):
            continue
        agent = _judge(tokens, i) if t.pos == "ADJ" else _agent(tokens, i, held)
        charge = _charge(tokens, i)
        if contrary_of(word, kb, t.pos == "VERB"):
            out.add((word, _key(tokens, held) + charge, _negated(tokens, i, held), agent))
        if said and charge:
            # NOTE: "Lang was cleared of fraud" says what "a jury found Lang innocent of fraud" says (WordNet's gloss of
            # the verb); only with what the verdict is of, the sense of judging ("cleared the road" is another)
            out.add((said, _key(tokens, held) + charge, _negated(tokens, i, held), agent))
    return tuple(sorted(out))


def _judge(tokens: Sequence[Token], i: int) -> str:
    """The agent field of an adjective at ``i``: ``QUALITY``, or, for one a verb declares of its object in a clause of
    its own ("a jury found Lang guilty", "declared him unfit"), the verb's subject noun, who judges (empty when none)."""
    t = tokens[i]
    if not _small_clause(tokens, i):
        return QUALITY
    who = _child(tokens, t.head, frozenset({"nsubj"}))
    return _key(tokens, who) if who is not None else ""


def _small_clause(tokens: Sequence[Token], i: int) -> bool:
    """The adjective at ``i`` is what a verb declares of its object: a clause of its own with its own subject ("found
    Lang guilty", parsed as a complement clause) or an object predicate beside the verb's object ("declared him unfit")."""
    t = tokens[i]
    if tokens[t.head].pos != "VERB" or t.head == i:
        return False
    if t.dep == "ccomp":
        return _child(tokens, i, _SUBJECTS) is not None
    return t.dep == "oprd" and _child(tokens, t.head, frozenset({"dobj"})) is not None


def contrary_of(word: str, kb: Knowledge, verb: bool = True) -> frozenset[str]:
    """The words of the other pole of ``word``: its antonyms (`Knowledge.antonyms_of`), and for a verb, the verbs of
    the other outcome of one act (`checker.knowledge.verb_antonyms`: "acquit" / "convict", "admit" / "deny")."""
    from checker.knowledge import verb_antonyms

    found = kb.antonyms_of(word)
    if not verb:
        return found
    # NOTE: WordNet spells most verbs in -ize; "criticise" is "criticize"
    spelt = word[:-3] + "ize" if word.endswith("ise") else word
    verbs = verb_antonyms().get(word, frozenset()) | verb_antonyms().get(spelt, frozenset())
    return found | verbs | {w[:-3] + "ise" for w in verbs if w.endswith("ize")}


_CHARGES = frozenset({"of", "on", "for"})
"""Prepositions of what a verdict or a decision is on ("acquitted of murder", "convicted on two counts", "voted for
the motion")."""
CHARGE = "|"
"""Between a holder and what a verb's act on it is of (`_charge`): "acquitted of murder" is ``moss|murder``."""


def _charge(tokens: Sequence[Token], i: int) -> str:
    """``CHARGE`` and the noun a verb's act is of, on or for ("Moss was acquitted of murder": ``|murder``), or "": one
    may be acquitted of one charge and convicted of another (`same_holder`)."""
    if tokens[i].pos != "VERB" and not _small_clause(tokens, i):
        return ""  # NOTE: a verdict's adjective names its charge too ("found Lang guilty of fraud")
    for j, u in enumerate(tokens):
        if u.head == i and j != i and u.dep == "prep" and u.lemma.lower() in _CHARGES:
            noun = _child(tokens, j, frozenset({"pobj"}))
            if noun is not None and tokens[noun].ent not in ("DATE", "TIME"):  # NOTE: "on Tuesday" says when, not of what
                # NOTE: with the nouns compounded on it: "the fraud charge" is "fraud" said with the noun of a charge
                return CHARGE + " ".join(_key(tokens, k) for k in (*_compounds(tokens, noun), noun))
    return ""


def same_holder(x: str, y: str) -> bool:
    """Two holders of `contraries` are one: the same noun, and what the acts are of the same when both name it, the
    words of one among the other's ("acquitted of murder" / "convicted of manslaughter" are two charges; "acquitted" /
    "convicted of murder" one; "cleared of the fraud charge" / "found guilty of fraud" one)."""
    hx, _, cx = x.partition(CHARGE)
    hy, _, cy = y.partition(CHARGE)
    wx, wy = set(cx.split()), set(cy.split())
    return hx == hy and (not cx or not cy or wx <= wy or wy <= wx)


def _compounds(tokens: Sequence[Token], j: int) -> list[int]:
    """The nouns compounded on the noun at ``j``, in order ("fraud" in "the fraud charge")."""
    return [k for k, x in enumerate(tokens) if x.head == j and k != j and x.dep == "compound" and x.pos in _NOUNS]


QUALITY = "="
"""The agent field of an adjective: it says how the holder is, and no one does it."""


def _agent(tokens: Sequence[Token], i: int, held: int) -> str:
    """The subject noun of the verb at ``i`` when the holder is another word (its object), else empty."""
    if tokens[i].pos != "VERB":
        return ""
    who = _child(tokens, i, frozenset({"nsubj"}))
    return _key(tokens, who) if who is not None and who != held else ""


def _holder(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the noun the word at ``i`` is said of, or None."""
    at = i
    seen = {i}
    while tokens[at].dep == "conj" and tokens[at].head not in seen and tokens[tokens[at].head].pos == tokens[i].pos:
        # NOTE: "an unconventional, uncensored and relatable podcast": each conjunct says it of the first one's noun
        at = tokens[at].head
        seen.add(at)
    t = tokens[at]
    if t.pos == "ADJ":
        if t.dep in _ATTRIBUTIVE:
            # NOTE: "the first half" / "the second half": a word that picks out one of a definite noun's kind names
            # two things, where "flexible options" / "inflexible options" say two things of one
            return None if _definite(tokens, t.head) else _noun(tokens, t.head)
        if _small_clause(tokens, at):
            # NOTE: "a jury found Lang guilty": said of the verb's object, the clause's own subject, not of the jury
            return _child(tokens, at, _SUBJECTS) if t.dep == "ccomp" else _child(tokens, t.head, frozenset({"dobj"}))
        if t.dep in _PREDICATIVE:
            return _child(tokens, t.head, _SUBJECTS)
        if t.dep == "ROOT":
            return _child(tokens, at, _SUBJECTS)
        return None
    if t.pos == "VERB":
        held = _child(tokens, at, _OBJECTS)
        if any(x.head == at and x.dep == "ccomp" for x in tokens):
            return None  # NOTE: "Oppal confirmed that two men were arrested" / "Oppal denied that it was political": two clauses
        if held is None:
            # NOTE: "admitted breaching safety rules": what is admitted is the act, held by its object (the parser also
            # reads "denied breaching safety rules" with "rules" the object of "denied")
            done = next((j for j, x in enumerate(tokens) if x.head == at and j != at and x.dep == "xcomp" and x.pos == "VERB"
                         and x.text.lower().endswith("ing")), None)
            held = _child(tokens, done, _OBJECTS) if done is not None else None
        return held if held is not None else _child(tokens, at, frozenset({"nsubj"}))
    if _definite(tokens, at):
        return None  # NOTE: "at the end of the quarter" / "at the beginning of the quarter": two points of it
    for j, x in enumerate(tokens):  # NOUN: "an increase in the dividend"
        if x.head == at and j != at and x.dep == "prep" and x.lemma.lower() in _OF:
            return _child(tokens, j, frozenset({"pobj"}))
    return None


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _definite(tokens: Sequence[Token], j: int) -> bool:
    """The noun at ``j`` takes a definite article or a demonstrative."""
    return any(x.head == j and x.dep == "det" and x.lemma.lower() in _DEFINITE for x in tokens)


def _noun(tokens: Sequence[Token], j: int) -> int | None:
    return j if tokens[j].pos in _NOUNS else None


def _child(tokens: Sequence[Token], head: int, deps: frozenset[str]) -> int | None:
    """The first noun hanging on ``head`` by one of ``deps``."""
    return next((j for j, x in enumerate(tokens) if x.head == head and j != head and x.dep in deps and x.pos in _NOUNS), None)


def _key(tokens: Sequence[Token], j: int) -> str:
    t = tokens[j]
    return t.text.lower() if t.pos == "PROPN" else t.lemma.lower()


def _negated(tokens: Sequence[Token], i: int, held: int) -> bool:
    """A negation on the word, on the verb it is predicated through, or "no" before its holder."""
    t = tokens[i]
    over = {i} | ({t.head} if t.dep in _PREDICATIVE else set())
    if any(x.head in over and x.dep == "neg" for x in tokens):
        return True
    return t.dep in _ATTRIBUTIVE and any(x.head == held and x.dep == "det" and x.lemma.lower() == "no" for x in tokens)
