"""Claims built by hand for the rule unit tests: text plus exactly the slots a test names, no parser."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from checker.knowledge import load_knowledge
from checker.models import Claim, DateValue, Mention, Quantity, Slots, Token

__all__ = ["KB", "claim", "answered", "date", "qty", "ent", "tok"]

logger = logging.getLogger(__name__)

KB = load_knowledge()
"""The shipped knowledge (lexicons, antonyms, poles, frames)."""


def claim(text: str, sid: str = "a", *, modality: str = "fact", stance: str = "asserted",
          attribution: str | None = None, tokens: tuple[Token, ...] = (), **slots) -> Claim:
    """A claim of source ``sid`` whose slots are only those given (``frames=("ban",)``, ``negated=True``...)."""
    return Claim(sid, f"{sid}.md", 0, len(text), 1, 1, 1, text, modality=modality, stance=stance,
                 attribution=attribution, slots=Slots(**slots), tokens=tokens)


def answered(sid: str, text: str, spec: list[tuple[str, str, str, str, int, str]], actors: tuple[Mention, ...],
             places: tuple[Mention, ...] = (), **slots) -> Claim:
    """A claim whose tokens are ``spec`` rows (text, lemma, pos, dep, head, entity label), found left to right, with
    ``actors``, ``places`` and the other slots given, and its answers read as normalisation reads them."""
    from checker.normalize.answers import read_answers

    toks, at = [], 0
    for word, lemma, pos, dep, head, label in spec:
        at = text.index(word, at)
        toks.append(Token(word, lemma, pos, dep, head, label, at))
        at += len(word)
    c = claim(text, sid, actors=actors, places=places, tokens=tuple(toks), **slots)
    return dataclasses.replace(c, slots=dataclasses.replace(c.slots, answers=read_answers(c, KB)))


def date(text: str, start: str, end: str | None = None, precision: str = "month", **kw) -> DateValue:
    """A date value from ISO bounds (``end`` defaults to ``start``)."""
    return DateValue(dt.date.fromisoformat(start), dt.date.fromisoformat(end or start), text, precision, **kw)


def qty(value: float, unit: str, text: str, comparator: str = "=", **kw) -> Quantity:
    """A quantity as the normaliser would give it."""
    return Quantity(value, unit, comparator, text, **kw)


def ent(key: str, text: str | None = None, label: str = "ORG") -> Mention:
    """A mention; its text defaults to the key."""
    return Mention(key, text or key, label)


def tok(text: str, lemma: str, start: int = 0, pos: str = "NOUN") -> Token:
    """A token with only what the rules read (text, lemma, offset)."""
    return Token(text, lemma, pos, "dep", 0, "", start)
