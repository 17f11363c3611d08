"""CC103 quantities on hand-built claims: admitted intervals, alignment, temporal differences, the verdict."""

from __future__ import annotations

import dataclasses
import math

import pytest

from checker.models import Verdict
from checker.rules.numbers import admitted, compare_quantities, counted, same_count

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


# -- what a quantity counts (`counted`, `same_count`) ---------------------------------------------

def test_numbers_counted_keys_units_agents_generic_actions_and_scaled_amounts():
    assert counted(qty(5, "review", "5 reviews"), KB) == {"review"}
    # NOTE: an agent noun counts its action; four letters must stay before the ending ("user" is not "us").
    assert counted(qty(5, "follower", "5 followers"), KB) == {"follower", "follow"}
    assert counted(qty(5, "viewer", "5 viewers"), KB) == {"viewer", "view"}
    assert counted(qty(5, "user", "5 users"), KB) == {"user"}
    # a generic noun counts the action its people take; without one it counts people only
    assert counted(qty(76, "people", "76 people", event="review"), KB) == {"people", "review"}
    assert counted(qty(76, "people", "76 people"), KB) == {"people"}
    assert counted(qty(76, "critic", "76 critics", event="review"), KB) == {"critic"}
    # a scaled number without a noun is an amount; a bare number (a score, a rank) counts nothing known
    assert counted(qty(2.347e8, "", "23.47 crore"), KB) == {"amount"}
    assert counted(qty(5e6, "", "5 million"), KB) == {"amount"}
    assert counted(qty(58, "", "58"), KB) == frozenset()


@pytest.mark.parametrize(("x", "y", "same"), [
    (qty(5, "ticket", "5 tickets"), qty(6, "ticket", "6 tickets"), True),
    (qty(6.3e6, "follower", "6.3 million followers"), qty(6.3e6, "people", "6.3 million people", event="follow"), True),
    (qty(76, "review", "76 reviews"), qty(77, "people", "77 people", event="review"), True),
    (qty(2.347e8, "", "23.47 crore"), qty(1.847e8, "", "18.47 crore"), True),
    (qty(5000, "review", "5,000 reviews"), qty(3000, "critic", "3,000 critics"), False),
    (qty(24e6, "album", "24 million albums"), qty(20e6, "copy", "20 million copies"), False),
    (qty(58, "", "58"), qty(61, "", "61"), False),
    (qty(5e6, "", "5 million"), qty(58, "", "58"), False),
    (qty(76, "people", "76 people", event="die"), qty(77, "review", "77 reviews"), False),
])
def test_numbers_same_count_compares_only_what_counts_one_thing(x, y, same):
    assert same_count(x, y, KB) is same
    assert same_count(y, x, KB) is same


def test_numbers_rule_compares_scaled_amounts_and_agents_but_not_different_heads():
    earn_a = "The film earned 23.47 crore in its first week."
    earn_b = "The film earned less than 18.47 crore in its first week."
    v = compare_quantities(_q(earn_a, "a", qty(2.347e8, "", "23.47 crore")),
                           _q(earn_b, "b", qty(1.847e8, "", "less than 18.47 crore", "<")), KB)
    assert v is not None and v.values == (("23.47 crore",), ("less than 18.47 crore",))
    fol_a = "TechCrunch has over 6.3 million followers on Twitter."
    fol_b = "Less than 6.3 million people follow TechCrunch on Twitter."
    v = compare_quantities(_q(fol_a, "a", qty(6.3e6, "follower", "over 6.3 million followers", ">")),
                           _q(fol_b, "b", qty(6.3e6, "people", "Less than 6.3 million people", "<", event="follow")), KB)
    assert v is not None and v.verdict == "contradiction"
    heads_a = "The film holds a rating based on 5,000 reviews from the site."
    heads_b = "The film holds a rating based on 3,000 critics from the site."
    assert compare_quantities(_q(heads_a, "a", qty(5000, "review", "5,000 reviews")),
                              _q(heads_b, "b", qty(3000, "critic", "3,000 critics")), KB) is None


def test_numbers_measures_written_as_modifiers_of_different_nouns_are_not_compared():
    girl = _q("An 11-year-old girl died in the fire.", "a", qty(11, "year", "11-year", event="old", holder="girl"))
    mother = _q("A 34-year-old mother died in the fire.", "b", qty(34, "year", "34-year", event="old", holder="mother"))
    assert compare_quantities(girl, mother, KB) is None
    # the same noun, or a value of a verb whose subjects differ in wording, is still one question
    girl2 = _q("A 13-year-old girl died in the fire.", "b", qty(13, "year", "13-year", event="old", holder="girl"))
    assert compare_quantities(girl, girl2, KB) is not None
    film = _q("The Night Before grossed $25 million in its run.", "a", qty(25e6, "usd", "$25 million", event="gross", holder="night before"))
    movie = _q("The film grossed $31 million in its run.", "b", qty(31e6, "usd", "$31 million", event="gross", holder="film"))
    assert compare_quantities(film, movie, KB) is not None
    # one side not written as a modifier ("she is 34 years old"): the holder check does not apply
    plain = _q("The mother died in the fire at 34 years old.", "b", qty(34, "year", "34 years", event="old", holder="mother"))
    assert compare_quantities(girl, plain, KB) is not None


def test_numbers_only_a_compatible_reading_of_the_same_count_silences_a_conflict():
    text_a = "The film grossed 200 crore in its first four weeks at the box office."
    text_b = "The film grossed more than 300 crore in its first four weeks at the box office."
    weeks_a, weeks_b = qty(4, "week", "four weeks"), qty(4, "week", "four weeks")
    a = _q(text_a, "a", qty(2e9, "", "200 crore"), weeks_a)
    b = _q(text_b, "b", qty(3e9, "", "more than 300 crore", ">"), weeks_b)
    v = compare_quantities(a, b, KB)
    assert v is not None and v.values == (("200 crore",), ("more than 300 crore",))
    # a compatible reading of the amount itself still silences it
    b2 = _q(text_b, "b", qty(3e9, "", "more than 300 crore", ">"), qty(2.1e9, "", "210 crore"), weeks_b)
    assert compare_quantities(a, b2, KB) is None
