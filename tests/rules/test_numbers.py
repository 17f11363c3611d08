"""CC103 quantities on hand-built claims: admitted intervals, alignment, temporal differences, the verdict."""

from __future__ import annotations

import dataclasses
import math

import pytest

from checker.models import Verdict
from checker.rules.numbers import admitted, compare_quantities

from .handmade import KB, claim, date, ent, qty


@pytest.mark.parametrize(("value", "comparator", "expected"), [
    (1200.0, "=", (1150.0, 1250.0)),  # two trailing zeros are round enough
    (4.0, "~", (3.5, 4.5)),  # below ten: half a unit either way
    (2000.0, "~", (1900.0, 2100.0)),  # otherwise 5%
    (100.0, "~", (95.0, 105.0)),
    (0.0, "~", (0.0, 0.0)),
    (14000.0, "<=", (-math.inf, 14000.0)),
    (14000.0, ">=", (14000.0, math.inf)),
])
def test_numbers_admitted_intervals(value, comparator, expected):
    assert admitted(qty(value, "people", "x", comparator)) == expected


def test_numbers_admitted_strict_bounds_exclude_the_value_itself():
    lo, hi = admitted(qty(14000.0, "people", "x", "<"))
    assert lo == -math.inf and 14000.0 - 1e-6 < hi < 14000.0
    lo, hi = admitted(qty(14000.0, "people", "x", ">"))
    assert 14000.0 < lo < 14000.0 + 1e-6 and hi == math.inf


_A = "The Corvo festival sold 5,000 tickets."
_B = "The Corvo festival sold 12,345 tickets."


def _q(text: str, sid: str, *quantities, **kw):
    return claim(text, sid, quantities=quantities, **kw)


def _pair(**kw):
    return (_q(_A, "a", qty(5000, "ticket", "5,000 tickets"), **kw.get("ka", {})),
            _q(_B, "b", qty(12345, "ticket", "12,345 tickets"), **kw.get("kb", {})))


def test_numbers_incompatible_values_of_one_question_with_the_full_verdict():
    a, b = _pair()
    assert compare_quantities(a, b, KB) == Verdict(
        "CC103", "contradiction", 0.75, "quantity", (("5,000 tickets",), ("12,345 tickets",)),
        "'5,000 tickets' and '12,345 tickets' admit no common value")


def test_numbers_values_stated_for_different_times_are_a_temporal_difference():
    y23, y25 = date("2023", "2023-01-01", "2023-12-31", "year"), date("2025", "2025-01-01", "2025-12-31", "year")
    a, b = _pair(ka={"dates": (y23,)}, kb={"dates": (y25,)})
    assert compare_quantities(a, b, KB) == Verdict(
        "CC103", "temporal-difference", 0.6, "quantity", (("5,000 tickets",), ("12,345 tickets",)),
        "'5,000 tickets' and '12,345 tickets' admit no common value, but they are stated for different times "
        "(2023 vs 2025)")
    # a time inherited from the paragraph or only on one side is not enough: a contradiction
    for ka, kb_ in (({"context_dates": (y23,)}, {"dates": (y25,)}), ({"dates": (y23,)}, {"context_dates": (y25,)}),
                    ({"dates": (y23,)}, {}), ({}, {"dates": (y25,)}), ({"dates": (y23,)}, {"dates": (y23,)})):
        a, b = _pair(ka=ka, kb=kb_)
        v = compare_quantities(a, b, KB)
        assert v is not None and v.verdict == "contradiction" and v.confidence == 0.75, (ka, kb_)


def test_numbers_confidence_is_discounted_for_hedges_to_three_decimals():
    a, b = _pair(ka={"modality": "prediction"}, kb={"modality": "prediction"})
    assert compare_quantities(a, b, KB).confidence == 0.422  # 0.75 x 0.5625 = 0.421875
    y23, y25 = date("2023", "2023-01-01", "2023-12-31", "year"), date("2025", "2025-01-01", "2025-12-31", "year")
    a, b = _pair(ka={"dates": (y23,), "modality": "hedged"}, kb={"dates": (y25,), "modality": "opinion"})
    assert compare_quantities(a, b, KB).confidence == 0.382  # 0.6 x 0.6375 = 0.3825


def test_numbers_negated_claims_state_no_value():
    a, b = _pair(ka={"negated": True})
    assert compare_quantities(a, b, KB) is None
    a, b = _pair(kb={"negated": True})
    assert compare_quantities(a, b, KB) is None


def test_numbers_units_must_be_known_and_equal():
    a = _q(_A, "a", qty(5000, "", "5,000"))
    b = _q(_B, "b", qty(12345, "", "12,345"))
    assert compare_quantities(a, b, KB) is None
    # a quantity of another unit first does not hide the comparable one
    b2 = _q(_B, "b", qty(30, "dollar", "$30"), qty(12345, "ticket", "12,345 tickets"))
    v = compare_quantities(_pair()[0], b2, KB)
    assert v is not None and v.values == (("5,000 tickets",), ("12,345 tickets",))


def test_numbers_intervals_touching_in_one_value_are_compatible():
    at_least = _q(_A, "a", qty(12345, "ticket", "at least 12,345 tickets", ">="))
    at_most = _q(_B, "b", qty(12345, "ticket", "at most 12,345 tickets", "<="))
    assert compare_quantities(at_least, at_most, KB) is None
    assert compare_quantities(at_most, at_least, KB) is None


def test_numbers_one_compatible_reading_is_enough_to_stay_quiet():
    a = _q(_A, "a", qty(5000, "ticket", "5,000 tickets"), qty(12345, "ticket", "12,345 tickets"))
    assert compare_quantities(a, _pair()[1], KB) is None


def test_numbers_subjects_related_by_part_of_share_the_question():
    kb = dataclasses.replace(KB, part_of={**KB.part_of, "falcon": "kestrel"})
    a = _q("Kestrel sold 5,000 units in the spring.", "a", qty(5000, "unit", "5,000 units"),
           products=(ent("kestrel", "Kestrel", "PRODUCT"),))
    b = _q("Falcon sold 12,345 units in the spring.", "b", qty(12345, "unit", "12,345 units"),
           products=(ent("falcon", "Falcon", "PRODUCT"),))
    assert compare_quantities(a, b, KB) is None  # two products, two questions
    assert compare_quantities(a, b, kb) is not None  # one is part of the other
