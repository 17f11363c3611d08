"""Finding fingerprints: what identifies a conflict across runs, so a review decision keeps applying.

A fingerprint is sha256 over the rule code, the slot, the verdict and the set of *normalised
conflicting values* (entity keys, date intervals, quantities with unit and comparator, else the
lower-cased words), truncated to 16 hex digits. It deliberately leaves out which claims, how many,
which documents, lines and wording: a new article that only repeats known values keeps every
fingerprint; a new conflicting value makes a new one. Two findings of one run that would share a
fingerprint (the same conflict in two events) are told apart by their event key (`disambiguate`).
The scheme and its guarantees are documented in docs/json-schema.md.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from dataclasses import replace
from typing import Sequence

from checker.models import Claim, Finding

__all__ = ["fingerprint", "normalised_values", "event_key", "disambiguate", "SCHEME"]

logger = logging.getLogger(__name__)

SCHEME = "v2"
"""Bumped whenever the inputs of the hash change (every decision then needs re-deciding)."""

_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")


def _words(text: str) -> str:
    return _SPACE.sub(" ", _PUNCT.sub(" ", text.lower())).strip()


def _slot_keys(claim: Claim) -> dict[str, str]:
    """The claim's slot values: their words as written -> their normalised key."""
    s = claim.slots
    out: dict[str, str] = {}
    for m in s.all_entities():
        # NOTE: entities and plain words share one namespace, so "GPT 5" is one value whether or not
        # the claim that cites it recognised it as an entity.
        out.setdefault(_words(m.text), m.key)
    for d in s.dates + s.context_dates:
        out.setdefault(_words(d.text), f"d:{d.start.isoformat()}/{d.end.isoformat()}")
    for q in s.quantities:
        value = f"{q.value:g}" if q.high is None else f"{q.value:g}-{q.high:g}"
        out.setdefault(_words(q.text), f"q:{q.comparator}{value} {q.unit}")
    return out


def _value_key(claim: Claim, value: str, known: dict[str, str] | None = None, slot: str = "") -> str:
    """The normalised form of one value as the claim's slots understood it (else as another cited
    claim's slots did, ``known``; else, in the date slot, as the date parser reads it); its words otherwise."""
    words = _words(value)
    key = _slot_keys(claim).get(words) or (known or {}).get(words)
    if key is None and slot == "date":
        from checker.normalize.dates import parse_date

        d = parse_date(value)
        key = f"d:{d.start.isoformat()}/{d.end.isoformat()}" if d is not None else None
    return key or words


def normalised_values(claims: Sequence[Claim], values: Sequence[Sequence[str]], slot: str = "") -> tuple[str, ...]:
    """The sorted set of normalised values the claims state in the conflicting slot.

    NOTE: a claim that cites a value it inherited (its slots do not hold it) gets the key another
    cited claim's slots give the same words, so "Claude 4" is one value however it was found.
    """
    known: dict[str, str] = {}
    for c in claims:
        for words, key in _slot_keys(c).items():
            known.setdefault(words, key)
    return tuple(sorted({_value_key(c, v, known, slot) for c, vs in zip(claims, values) for v in vs if v.strip()}))


def fingerprint(
    code: str,
    claims: Sequence[Claim],
    values: Sequence[Sequence[str]] = (),
    *,
    slot: str = "",
    verdict: str = "",
) -> str:
    """sha256(scheme | code | slot | verdict | sorted normalised values)[:16].

    Without values (a hand-built finding, a model verdict that named none) each claim's words stand for its value.
    """
    vals = normalised_values(claims, values, slot) or tuple(sorted({_words(c.text) for c in claims}))
    body = "|".join((SCHEME, code, slot, verdict, *vals))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def event_key(finding: Finding) -> str:
    """The action frame most of the finding's claims evoke (ties: alphabetical), else the event label."""
    counts = Counter(frame for c in finding.claims for frame in set(c.slots.frames))
    if counts:
        top = max(counts.values())
        return min(f for f, n in counts.items() if n == top)
    return finding.event


def disambiguate(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Findings with unique fingerprints: those sharing one get sha256(fingerprint | event key)[:16].

    Order is kept. Findings that still collide (same conflict, same event key) share the fingerprint,
    so one decision covers both.
    """
    seen = Counter(f.fingerprint for f in findings)
    out = []
    for f in findings:
        if seen[f.fingerprint] > 1:
            fp = hashlib.sha256(f"{f.fingerprint}|{event_key(f)}".encode("utf-8")).hexdigest()[:16]
            logger.debug("fingerprint %s shared by %d findings; %s gets %s", f.fingerprint, seen[f.fingerprint], f.event, fp)
            f = replace(f, fingerprint=fp)
        out.append(f)
    return tuple(out)
