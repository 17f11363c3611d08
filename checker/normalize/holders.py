"""What a value is of: the predicate a date or quantity modifies in the parse, and whose it is.

"Victoria died in 1901" -> (``die``, ``victoria``); "the Basic plan costs $9.99" -> (``cost``, ``basic plan``).
Two values with a different event or holder answer different questions.
"""

from __future__ import annotations

import logging
from typing import Sequence

from checker.knowledge import LIGHT_FRAMES, Knowledge
from checker.models import Mention, Token

__all__ = ["value_role", "mention_before"]

logger = logging.getLogger(__name__)

_LIGHT_LEMMAS = frozenset({"be", "have", "do", "say", "take", "make", "get", "become", "remain"})
_NP_DEPS = frozenset({"compound", "amod"})
_PRONOUNS = frozenset({"PRON", "DET"})


def value_role(
    text: str, start: int, end: int, tokens: Sequence[Token], mentions: Sequence[Mention], kb: Knowledge
) -> tuple[str, str]:
    """(event, holder) of the value at ``text[start:end]``; ``("", "")`` without a parse.

    The event is the frame (or, without one, the lemma) of the content word the value attaches to,
    through prepositions; the holder the canonical key of that word's subject, possessor or "of"
    object when it is a named mention, else that noun phrase's words ("basic plan").
    """
    if not tokens:
        return "", ""
    head = _governor(tokens, start, end)
    if head is None:
        return "", ""
    t = tokens[head]
    frames = sorted(f for f in kb.frames_of(t.lemma) if f not in LIGHT_FRAMES)
    event = "birth" if t.text.lower() == "born" else (frames[0] if frames else t.lemma)
    if t.pos == "ADJ" and t.dep == "amod" and tokens[t.head].pos in ("NOUN", "PROPN") and t.head != head:
        # NOTE: "an 11-year-old girl", "a 40-foot statue": a measure inside a modifier belongs to the noun it modifies.
        return event, _phrase(tokens, t.head, text, mentions, skip=head)
    return event, _holder(tokens, head, text, mentions, start, end)


def mention_before(text: str, pos: int, mentions: Sequence[Mention]) -> Mention | None:
    """The person or organisation named right before ``pos`` ("Ada Lovelace (1815–1852)")."""
    before = text[:pos].rstrip()
    best = None
    for m in mentions:
        if m.label in ("PERSON", "ORG") and m.text and before.endswith(m.text):
            if best is None or len(m.text) > len(best.text):
                best = m
    return best


def _governor(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The content word outside [start, end) that the date attaches to, through prepositions."""
    inside = {i for i, t in enumerate(tokens) if start <= t.start < end}
    root = next((i for i in sorted(inside) if tokens[i].head not in inside or tokens[i].head == i), None)
    if root is None:
        return None
    i = root
    for _ in range(4):
        h = tokens[i].head
        if h == i:
            return None
        i = h
        t = tokens[i]
        if t.pos in ("VERB", "NOUN", "ADJ", "PROPN") and t.lemma not in _LIGHT_LEMMAS and i not in inside:
            return i
        if t.lemma in _LIGHT_LEMMAS:
            # NOTE: "the temperature was 39 degrees": a copula's value is of its subject.
            subj = next((j for j, u in enumerate(tokens) if u.head == i and u.dep in ("nsubj", "nsubjpass") and j not in inside), None)
            return subj if subj is not None and tokens[subj].pos in ("NOUN", "PROPN") else None
    return None


def _holder(tokens: Sequence[Token], head: int, text: str, mentions: Sequence[Mention], start: int, end: int) -> str:
    """The head's subject (or possessor, or "of" object for nouns): a mention's key, else its noun phrase."""
    for i, t in enumerate(tokens):
        if t.head != head or i == head:
            continue
        if t.dep in ("nsubj", "nsubjpass", "poss") or (t.dep == "prep" and t.lemma == "of" and tokens[head].pos == "NOUN"):
            target = i
            if t.dep == "prep":
                target = next((j for j, u in enumerate(tokens) if u.head == i and u.dep == "pobj"), i)
            if start <= tokens[target].start < end or tokens[target].pos in _PRONOUNS:
                continue  # NOTE: "14,000 people fled": the value is its own subject; "it", "he" name no one
            return _phrase(tokens, target, text, mentions)
    return ""


def _phrase(tokens: Sequence[Token], target: int, text: str, mentions: Sequence[Mention], skip: int = -1) -> str:
    """A mention's key when the word is inside one, else the word's noun phrase (compounds and adjectives,
    except the token ``skip``: the measure's own adjective)."""
    for m in mentions:
        at = text.find(m.text)
        if at >= 0 and at <= tokens[target].start < at + len(m.text):
            return m.key
    words = [u.lemma.lower() for j, u in enumerate(tokens) if u.head == target and u.dep in _NP_DEPS and j < target and j != skip]
    return " ".join(words + [tokens[target].lemma.lower()])
