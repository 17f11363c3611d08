"""CC103 quantity conflict: the same count or amount given incompatible values."""

from __future__ import annotations

import math

from checker.models import Claim, Quantity, Verdict
from checker.normalize.entities import Knowledge
from checker.rules.base import Rule
from checker.rules.common import modality_factor
from checker.rules.dates import event_date

__all__ = ["QUANTITY", "__register__", "admitted"]


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


def compare_quantities(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """Same unit, no value both expressions admit; different stated times make it temporal."""
    if a.slots.negated or b.slots.negated:
        return None  # NOTE: "does not have 20 member states" states no value to compare
    from checker.judge.align import align  # NOTE: lazy: checker.judge imports the registry

    best = None
    for x in a.slots.quantities:
        for y in b.slots.quantities:
            if not x.unit or x.unit != y.unit:
                continue
            if not align(a, x.text, b, y.text, kb).aligned:
                continue  # NOTE: "$9.99 for Basic" and "$19.99 for Premium" share a unit, not a question
            lx, hx = admitted(x)
            ly, hy = admitted(y)
            if lx <= hy and ly <= hx:
                return None  # NOTE: one compatible reading of the unit is enough to stay quiet
            if best is None:
                best = (x, y)
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
