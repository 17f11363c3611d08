"""CC103 quantity conflict: the same count or amount given incompatible values."""

from __future__ import annotations

import math
import re

from checker.models import Claim, Quantity, Verdict
from checker.normalize.entities import Knowledge
from checker.rules.base import Rule
from checker.rules.common import modality_factor
from checker.rules.dates import event_date

__all__ = ["QUANTITY", "__register__", "admitted", "counted", "same_count"]

_SCALED = re.compile(r"\b(?:thousand|million|billion|trillion|crores?|lakhs?|bn|mn|tn)\b", re.IGNORECASE)
"""A scale word: "23.47 crore" or "5.2 million" without a counted noun is still an amount."""

_GENERIC = frozenset({"people", "person", "persons", "individual"})
"""Counted nouns that say only *who*: what they count is the action they take ("76 people reviewed")."""

_AGENT = re.compile(r"(?<=[a-z]{4})(?:er|or)$")
"""Agent-noun ending: "followers" count follows, "reviewers" reviews."""


def counted(q: Quantity, kb: Knowledge) -> frozenset[str]:
    """What a quantity counts, as comparable keys: its unit and the unit without an agent ending; for a
    generic noun ("people") the action it takes too; ``amount`` for a scaled number
    without a noun ("23.47 crore"); empty when nothing is known (a bare number: a score, a rank)."""
    u = q.unit
    if not u:
        return frozenset({"amount"}) if _SCALED.search(q.text) else frozenset()
    keys = {u, _AGENT.sub("", u)}
    if u in _GENERIC and q.event:
        keys.add(q.event)
    return frozenset(keys)


def same_count(x: Quantity, y: Quantity, kb: Knowledge) -> bool:
    """True when two quantities count or measure the same kind of thing (the question's unit)."""
    if x.unit and x.unit == y.unit:
        return True
    return bool(counted(x, kb) & counted(y, kb))


def admitted(q: Quantity) -> tuple[float, float]:
    """Values a quantity admits, widening round numbers by half their last significant digit."""
    lo, hi = q.interval()
    if q.comparator == "=" and q.value and q.value == int(q.value):
        v = int(abs(q.value))
        zeros = len(str(v)) - len(str(v).rstrip("0"))
        if zeros >= 2:
            half = 0.5 * 10**zeros
            lo, hi = q.value - half, q.value + half
    if q.comparator == "~":
        mag = 10 ** max(0, int(math.log10(abs(q.value))) - 1) if q.value else 0
        lo, hi = min(lo, q.value - mag), max(hi, q.value + mag)
        lo, hi = q.value - max(q.value * 0.05, mag / 2), q.value + max(q.value * 0.05, mag / 2)
    if q.comparator == "<=":
        hi = q.value
    if q.comparator == ">=":
        lo = q.value
    if q.comparator == "<":
        hi = q.value - 1e-9
    if q.comparator == ">":
        lo = q.value + 1e-9
    return lo, hi


def _attributive(q: Quantity) -> bool:
    """A measure written as a modifier ("11-year-old", "40-foot"): it describes the noun it modifies."""
    return bool(q.unit) and re.search(rf"\d-{re.escape(q.unit)}", q.text.lower()) is not None


def _different_holders(x: Quantity, y: Quantity, kb: Knowledge) -> bool:
    """True when two measures written as modifiers describe different things: the same adjective of
    different, unrelated nouns ("an 11-year-old girl" vs "her 34-year-old mother"). A value of a verb
    keeps its question when the subjects differ in wording ("the film grossed" vs "the movie grossed")."""
    return (_attributive(x) and _attributive(y) and bool(x.event) and x.event == y.event and bool(x.holder)
            and bool(y.holder) and x.holder != y.holder and not kb.related(x.holder, y.holder))


def compare_quantities(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """Same unit, no value both expressions admit; different stated times make it temporal."""
    if a.slots.negated or b.slots.negated:
        return None  # NOTE: "does not have 20 member states" states no value to compare
    from checker.judge.align import align  # NOTE: lazy: checker.judge imports the registry

    conflicts: list[tuple[Quantity, Quantity, frozenset[str]]] = []
    quiet: set[str] = set()
    for x in a.slots.quantities:
        for y in b.slots.quantities:
            if not same_count(x, y, kb):
                continue  # NOTE: "5,000 reviews" and "3,000 critics" count different things
            if _different_holders(x, y, kb):
                continue  # NOTE: "an 11-year-old girl" and "her 34-year-old mother": one measure, two holders
            if not align(a, x.text, b, y.text, kb).aligned:
                continue  # NOTE: "$9.99 for Basic" and "$19.99 for Premium" share a unit, not a question
            lx, hx = admitted(x)
            ly, hy = admitted(y)
            kind = (counted(x, kb) & counted(y, kb)) or frozenset({x.unit})
            if lx <= hy and ly <= hx:
                quiet |= kind
            else:
                conflicts.append((x, y, kind))
    # NOTE: one compatible reading of what is counted is enough to stay quiet ("four weeks" agreeing does
    # not silence "200 crore" vs "more than 300 crore"). Requiring one per value of the side stating fewer
    # was tried: dev VitaminC R 0.220 -> 0.238, but SummEdits ectsum FA 0.023 -> 0.250 (a document
    # sentence's value the summary does not mention has no counterpart).
    best = next(((x, y) for x, y, kind in conflicts if not kind & quiet), None)
    if best is None:
        return None
    x, y = best
    ea, eb = event_date(a), event_date(b)
    temporal = ea is not None and eb is not None and ea[1] == 1.0 and eb[1] == 1.0 and not ea[0].overlaps(eb[0])
    return Verdict(
        code=QUANTITY.code,
        verdict="temporal-difference" if temporal else "contradiction",
        confidence=round((0.6 if temporal else 0.75) * modality_factor(a, b), 3),
        slot="quantity",
        values=((x.text,), (y.text,)),
        reason=(
            f"'{x.text}' and '{y.text}' admit no common value"
            + (f", but they are stated for different times ({ea[0].text} vs {eb[0].text})" if temporal else "")  # type: ignore[index]
        ),
    )


QUANTITY = Rule("CC103", "quantity-conflict", "quantity", "Sources give the same quantity values that cannot both hold.",
                compare_quantities)

__register__ = (QUANTITY,)
