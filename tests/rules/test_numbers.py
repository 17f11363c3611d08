"""CC103 quantities on hand-built claims: admitted intervals, alignment, temporal differences, the verdict."""

from __future__ import annotations

import dataclasses
import math

import pytest

from checker.models import Verdict
from checker.rules.numbers import (LOCAL_FLOOR, OVERRIDE, admitted, compare_quantities, rounded, counted, in_unit, different_predicates, different_places,
                                   likeness, same_count, scope_relation)

from .handmade import KB, claim, date, ent, qty, tok


@pytest.mark.parametrize(("value", "comparator", "expected"), [
    (1200.0, "=", (1150.0, 1250.0)),  # two trailing zeros are round enough
    (300.0, "=", (285.0, 315.0)),  # ... but no looser than "about" (5%): not 250 to 350
    (100.0, "=", (95.0, 105.0)),
    (2_000_000.0, "=", (1_900_000.0, 2_100_000.0)),
    (120.0, "=", (120.0, 120.0)),  # one trailing zero is exact
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
    a, b = _pair(ka={"dates": (y25,)}, kb={"dates": (y23,)})
    assert compare_quantities(a, b, KB) == Verdict(
        "CC103", "temporal-difference", 0.6, "quantity", (("5,000 tickets",), ("12,345 tickets",)),
        "'5,000 tickets' and '12,345 tickets' admit no common value, but they are stated for different times "
        "(2025 vs 2023)")
    # a time inherited from the paragraph or only on one side is not enough: a contradiction
    for ka, kb_ in (({"context_dates": (y23,)}, {"dates": (y25,)}), ({"dates": (y23,)}, {"context_dates": (y25,)}),
                    ({"dates": (y23,)}, {}), ({}, {"dates": (y25,)}), ({"dates": (y23,)}, {"dates": (y23,)})):
        a, b = _pair(ka=ka, kb=kb_)
        v = compare_quantities(a, b, KB)
        assert v is not None and v.verdict == "contradiction" and v.confidence == 0.75, (ka, kb_)
    # a bound ("after 2024") pins no time the value was stated for: still a contradiction
    after = date("after 2024", "2025-01-01", "9999-12-31", "bound")
    for ka, kb_ in (({"dates": (y23,)}, {"dates": (after,)}), ({"dates": (after,)}, {"dates": (y23,)})):
        a, b = _pair(ka=ka, kb=kb_)
        v = compare_quantities(a, b, KB)
        assert v is not None and v.verdict == "contradiction", (ka, kb_)


def test_numbers_confidence_is_discounted_for_hedges_to_three_decimals():
    a, b = _pair(ka={"modality": "prediction"}, kb={"modality": "prediction"})
    assert compare_quantities(a, b, KB).confidence == 0.422  # 0.75 x 0.5625 = 0.421875
    y23, y25 = date("2023", "2023-01-01", "2023-12-31", "year"), date("2025", "2025-01-01", "2025-12-31", "year")
    a, b = _pair(ka={"dates": (y25,), "modality": "hedged"}, kb={"dates": (y23,), "modality": "opinion"})
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


def test_numbers_one_agreeing_reading_of_the_same_clause_is_enough_to_stay_quiet():
    a = _q("The Corvo festival sold 12,345 tickets, up from 5,000 tickets.", "a", qty(12345, "ticket", "12,345 tickets"),
           qty(5000, "ticket", "5,000 tickets"))
    assert compare_quantities(a, _pair()[1], KB) is None


def test_numbers_values_pair_one_to_one_by_their_clauses():
    # an agreeing figure no longer silences a conflict of another question in the same two claims
    a = _q("Net sales were $1.5 billion and earnings were $130.4 million.", "a",
           qty(1.5e9, "usd", "$1.5 billion"), qty(130.4e6, "usd", "$130.4 million"))
    b = _q("Earnings of $130.4 million came on net sales of $1.8 billion.", "b",
           qty(130.4e6, "usd", "$130.4 million"), qty(1.8e9, "usd", "$1.8 billion"))
    v = compare_quantities(a, b, KB)
    assert v is not None and v.values == (("$1.5 billion",), ("$1.8 billion",))
    assert compare_quantities(b, a, KB).values == (("$1.8 billion",), ("$1.5 billion",))
    # a figure of the other claim in a clearly other clause: the value meets the answer of its own clause
    moved = _q("Net sales were $130.4 million.", "b", qty(130.4e6, "usd", "$130.4 million"))
    v = compare_quantities(a, moved, KB)
    assert v is not None and v.values == (("$1.5 billion",), ("$130.4 million",))
    # ... but a clause that only loosely matches leaves the repeated figure its own answer
    loose = _q("The net sales figure was $130.4 million for the year.", "b", qty(130.4e6, "usd", "$130.4 million"))
    assert compare_quantities(a, loose, KB) is None


def test_numbers_a_pairing_on_unlike_clauses_is_silenced_by_an_agreeing_figure():
    # the budget has no counterpart: pairing it with marketing costs (no clause word shared) is no conflict
    a = _q("Its budget was $4.8 million and it grossed $100.1 million.", "a",
           qty(4.8e6, "usd", "$4.8 million"), qty(100.1e6, "usd", "$100.1 million"))
    b = _q("It grossed $100.1 million, after marketing costs of $30 million.", "b",
           qty(100.1e6, "usd", "$100.1 million"), qty(30e6, "usd", "$30 million"))
    assert compare_quantities(a, b, KB) is None
    # a pairing on clauses only somewhat alike (LOCAL_FLOOR <= likeness < OVERRIDE) is silenced by an agreeing figure too
    over = _q("It grossed $100.1 million; the studio spent $30 million over budget.", "b",
              qty(100.1e6, "usd", "$100.1 million"), qty(30e6, "usd", "$30 million"))
    assert LOCAL_FLOOR < likeness(a.slots.quantities[0], a, over.slots.quantities[1], over, KB) < OVERRIDE
    assert compare_quantities(a, over, KB) is None
    alone = _q("The studio spent $30 million over budget.", "b", qty(30e6, "usd", "$30 million"))
    assert compare_quantities(a, alone, KB).values == (("$4.8 million",), ("$30 million",))
    # ... which a clause of its own question does not need
    c = _q("It grossed $100.1 million on a budget of $30 million.", "b",
           qty(100.1e6, "usd", "$100.1 million"), qty(30e6, "usd", "$30 million"))
    v = compare_quantities(a, c, KB)
    assert v is not None and v.values == (("$4.8 million",), ("$30 million",))


def test_numbers_an_agreeing_start_of_a_change_silences_no_conflict_of_where_it_goes():
    # both claims raise the fare from $2.25: agreeing on where the change starts says nothing of where it ends
    a = _q("The base fare will climb to $2.50 from $2.25.", "a", qty(2.5, "usd", "$2.50", event="fare", holder="base fare"),
           qty(2.25, "usd", "$2.25", relation="baseline", holder="base fare"))
    b = _q("From July the base fare is $2.75, up from the $2.25 fare.", "b", qty(2.75, "usd", "$2.75", event="pay", holder="rider"),
           qty(2.25, "usd", "$2.25", relation="baseline", event="fare"))
    assert likeness(a.slots.quantities[0], a, b.slots.quantities[0], b, KB) < OVERRIDE
    v = compare_quantities(a, b, KB)
    assert v is not None and v.values == (("$2.50",), ("$2.75",))
    # an agreeing figure of the same relation still silences a pairing on clauses this loosely alike
    now = _q("From July the base fare is $2.75, and the old fare was $2.50.", "b", qty(2.75, "usd", "$2.75", event="pay", holder="rider"),
             qty(2.5, "usd", "$2.50", event="fare"))
    assert compare_quantities(a, now, KB) is None


def test_numbers_the_other_claims_figure_as_where_a_change_started_is_its_earlier_value():
    """"rose to 310, up from 150" against "About 150 people": the other report's count before the change, in time."""
    text = "The number of people in emergency shelters rose to 310 on Tuesday, up from 150 on Monday, the city said."
    a = _q(text, "a", qty(310, "people", "310", event="rise"), qty(150, "", "150", relation="baseline"))
    b = _q("About 150 people were staying in emergency shelters, the city said.", "b", qty(150, "people", "About 150 people", "~"))
    v = compare_quantities(a, b, KB)
    assert v is not None and v.verdict == "temporal-difference" and v.values == (("310",), ("About 150 people",))
    assert compare_quantities(b, a, KB).verdict == "temporal-difference"
    # a start of the change the other claim does not state, or one of another noun, leaves the two answers rivals
    for base in (qty(120, "", "120", relation="baseline"), qty(150, "shelter", "150 shelters", relation="baseline")):
        other = _q(text, "a", qty(310, "people", "310", event="rise"), base)
        assert compare_quantities(other, b, KB).verdict == "contradiction"


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
    # NOTE: a noun of those an act befalls counts it too: "3,200 employees" / "employs 4,500 people"
    assert counted(qty(5, "employee", "5 employees"), KB) == {"employee", "employ"}
    assert counted(qty(5, "fee", "5 fees"), KB) == {"fee"}
    # a generic noun counts the action its people take; without one it counts people only
    assert counted(qty(76, "people", "76 people", event="review"), KB) == {"people", "review"}
    assert counted(qty(76, "people", "76 people"), KB) == {"people"}
    assert counted(qty(76, "critic", "76 critics", event="review"), KB) == {"critic"}
    # a scaled number without a noun is an amount; a bare number (a score, a rank) counts nothing known
    assert counted(qty(2.347e8, "", "23.47 crore"), KB) == {"amount"}
    assert counted(qty(5e6, "", "5 million"), KB) == {"amount"}
    assert counted(qty(58, "", "58"), KB) == frozenset()
    assert counted(qty(4, "", "4", event="peak"), KB) == frozenset()
    # a bare rate counts an amount per its noun, its currency unwritten ("13.40 per hour" / "13.10 an hour")
    hourly = dataclasses.replace(qty(13.4, "", "13.40"), per="hour")
    assert counted(hourly, KB) == {"amount per hour"}
    assert same_count(hourly, dataclasses.replace(qty(13.1, "", "13.10"), per="hour"), KB)
    assert not same_count(hourly, dataclasses.replace(qty(13.1, "", "13.10"), per="night"), KB)
    # a bare number of an action counts those it befalls ("3 have died"), as "3 deaths" and "3 people died" do
    assert counted(qty(3, "", "3", event="die"), KB) == {"frame:die"}
    assert counted(qty(3, "", "3", event="kill"), KB) == {"frame:attack+die"}
    assert same_count(qty(3, "", "3", event="kill"), qty(5, "people", "5 people", event="kill"), KB)


@pytest.mark.parametrize(("x", "y", "same"), [
    (qty(5, "ticket", "5 tickets"), qty(6, "ticket", "6 tickets"), True),
    (qty(6.3e6, "follower", "6.3 million followers"), qty(6.3e6, "people", "6.3 million people", event="follow"), True),
    (qty(3200, "employee", "3,200 employees"), qty(4500, "people", "4,500 people", event="employ"), True),
    (qty(76, "review", "76 reviews"), qty(77, "people", "77 people", event="review"), True),
    (qty(2.347e8, "", "23.47 crore"), qty(1.847e8, "", "18.47 crore"), True),
    (qty(5000, "review", "5,000 reviews"), qty(3000, "critic", "3,000 critics"), False),
    (qty(24e6, "album", "24 million albums"), qty(20e6, "copy", "20 million copies"), False),
    (qty(58, "", "58"), qty(61, "", "61"), False),
    (qty(5e6, "", "5 million"), qty(58, "", "58"), False),
    (qty(76, "people", "76 people", event="die"), qty(77, "review", "77 reviews"), False),
    (qty(3, "", "3", event="die"), qty(3, "people", "Three people", event="die"), True),
    (qty(3, "", "3", event="die"), qty(3, "death", "3 deaths"), True),
    (qty(3, "", "3", event="die"), qty(3, "", "3", event="injure"), False),
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
    # different nouns, whatever each sentence says they did ("was shot" / "fired")
    teen = _q("Sixteen-year-old Kimani Gray was shot on Saturday.", "a",
              qty(16, "year-old", "Sixteen-year-old", event="shoot", holder="kimani gray"))
    sergeant = _q("The 30-year-old sergeant fired 11 shots on Saturday.", "b",
                  qty(30, "year-old", "30-year-old", event="fire", holder="sergeant"))
    assert compare_quantities(teen, sergeant, KB) is None
    # one side not written as a modifier ("she is 34 years old"): compared when it names the modifier's noun
    plain = _q("The mother died in the fire at 34 years old.", "b", qty(34, "year", "34 years", event="old", holder="mother"))
    assert compare_quantities(girl, plain, KB) is None
    plain = _q("The girl died in the fire at 14 years old.", "b", qty(14, "year", "14 years", event="old", holder="girl"))
    assert compare_quantities(girl, plain, KB) is not None


def test_numbers_a_modifier_measures_its_noun_which_the_other_claim_must_name():
    goal = _q("Vodan tied the game with a 45-yard field goal.", "a", qty(45, "yard", "45-yard", event="goal", holder="field goal"))
    ret = _q("Ratliff returned the pick 35 yards for a touchdown.", "b", qty(35, "yard", "35 yards", event="return"))
    assert compare_quantities(goal, ret, KB) is None
    assert compare_quantities(ret, goal, KB) is None
    # the other claim names what the modifier measures: one question
    statue = _q("A 40-foot statue stands in the square.", "a", qty(40, "foot", "40-foot", event="statue", holder="statue"))
    rises = _q("The statue in the square rises 300 feet.", "b", qty(300, "foot", "300 feet", event="rise", holder="statue"))
    assert compare_quantities(statue, rises, KB) is not None
    # ... or any word of the modified noun phrase: the prison time is one question
    term = _q("Pryce was given a five-year prison term.", "a", qty(5, "year", "five-year", event="term", holder="prison term"))
    years = _q("The judge sentenced Pryce to eight years in prison.", "b", qty(8, "year", "eight years", event="sentence"))
    assert compare_quantities(term, years, KB) is not None
    assert compare_quantities(years, term, KB) is not None


def test_numbers_only_a_compatible_reading_of_the_same_count_silences_a_conflict():
    text_a = "The film grossed 200 crore in its first four weeks at the box office."
    text_b = "The film grossed more than 300 crore in its first four weeks at the box office."
    weeks_a, weeks_b = qty(4, "week", "four weeks"), qty(4, "week", "four weeks")
    a = _q(text_a, "a", qty(2e9, "", "200 crore"), weeks_a)
    b = _q(text_b, "b", qty(3e9, "", "more than 300 crore", ">"), weeks_b)
    v = compare_quantities(a, b, KB)
    assert v is not None and v.values == (("200 crore",), ("more than 300 crore",))
    # a compatible reading of the amount itself in the same clause still silences it
    b2 = _q("The film grossed 210 crore in its first four weeks, more than 300 crore in all.", "b",
            qty(2.1e9, "", "210 crore"), weeks_b, qty(3e9, "", "more than 300 crore", ">"))
    assert compare_quantities(a, b2, KB) is None


# -- part vs whole, two actions, offsets and gaps (`different_scope`, `different_predicates`, relation) --

_RIOT = "In the Varna riots police made {} on Saturday."
_TOTAL = "In the Varna riots police arrested {}."


def test_numbers_a_part_of_the_event_is_not_compared_with_the_whole():
    part = _q(_RIOT.format("86 arrests"), "a", qty(86, "arrest", "86 arrests", scope=("saturday",)))
    whole = _q(_TOTAL.format("200 people"), "b", qty(200, "arrest", "200 people"))
    px, wy = part.slots.quantities[0], whole.slots.quantities[0]
    assert scope_relation(px, part, wy, whole) == "x-part"
    assert scope_relation(wy, whole, px, part) == "y-part"
    assert compare_quantities(part, whole, KB) is None
    # a part can be no more than the whole: 420 on Saturday against 200 in all is a conflict
    big = _q(_RIOT.format("420 arrests"), "a", qty(420, "arrest", "420 arrests", scope=("saturday",)))
    v = compare_quantities(big, whole, KB)
    assert v is not None and v.verdict == "contradiction" and v.values == (("420 arrests",), ("200 people",))
    assert v.reason == "'420 arrests' (saturday) is more than the whole, '200 people'"
    v = compare_quantities(whole, big, KB)
    assert v is not None and v.values == (("200 people",), ("420 arrests",))
    # a claim that states the total its figure is part of ("420 of the 900 arrests") does not give the whole
    of_total = _q(_TOTAL.format("200 of the 900 people"), "b", qty(200, "arrest", "200"),
                  qty(900, "arrest", "900 people", relation="total"))
    assert compare_quantities(big, of_total, KB) is None
    assert compare_quantities(of_total, big, KB) is None
    # ... nor one that states as many of that count elsewhere ("Four bombs were dropped ... the other two")
    as_many = _q(_TOTAL.format("200 people") + " 420 arrests were made.", "b", qty(200, "arrest", "200 people"),
                 qty(420, "arrest", "420 arrests"))
    assert compare_quantities(big, as_many, KB) is None
    fewer = _q(_TOTAL.format("200 people") + " 419 arrests were made.", "b", qty(200, "arrest", "200 people"),
               qty(419, "arrest", "419 arrests"))
    assert compare_quantities(big, fewer, KB) is not None
    # ... a total of another count does
    other_total = _q(_TOTAL.format("200 people") + " 900 shots of 2,000 were fired.", "b", qty(200, "arrest", "200 people"),
                     qty(2000, "shot", "2,000", relation="total"))
    assert compare_quantities(big, other_total, KB) is not None
    # ... and no compatible reading of another count silences it
    extra = _q(_TOTAL.format("200 people") + " 200 people were hurt.", "b", qty(200, "arrest", "200 people"),
               qty(420, "arrest", "420 arrests", scope=("saturday",)))
    assert compare_quantities(big, extra, KB) is not None
    # the same part on both sides, or a part the other claim names elsewhere, is one question
    same = _q(_RIOT.format("200 arrests"), "b", qty(200, "arrest", "200 arrests", scope=("saturday",)))
    assert scope_relation(px, part, same.slots.quantities[0], same) == "same"
    assert compare_quantities(part, same, KB) is not None
    named = _q("On Saturday, in the Varna riots, police arrested 200 people.", "b", qty(200, "arrest", "200 people"),
               lemmas=("saturday",))
    assert scope_relation(px, part, named.slots.quantities[0], named) == "same"
    assert compare_quantities(part, named, KB) is not None
    # a word of the scope found only in the other claim's text (no lemmas) also counts as named
    in_text = _q("On Saturday, in the Varna riots, police arrested 200 people.", "b", qty(200, "arrest", "200 people"))
    assert scope_relation(px, part, in_text.slots.quantities[0], in_text) == "same"
    # two different parts: two questions, whatever the values
    sunday = _q(_RIOT.replace("Saturday", "Sunday").format("20 arrests"), "b",
                qty(20, "arrest", "20 arrests", scope=("sunday",)))
    assert scope_relation(big.slots.quantities[0], big, sunday.slots.quantities[0], sunday) == "different"
    assert compare_quantities(big, sunday, KB) is None


def test_numbers_two_actions_on_one_counted_noun_are_two_questions():
    hurt = qty(3, "people", "three people", event="injure")
    held = qty(46, "people", "46 people", event="arrest")
    assert different_predicates(hurt, held, KB) and different_predicates(held, hurt, KB)
    a = _q("In the Varna riots three people were injured.", "a", hurt)
    b = _q("In the Varna riots 46 people were arrested.", "b", held)
    assert compare_quantities(a, b, KB) is None
    # one word evokes both frames ("kill": attack and die): one action
    assert not different_predicates(qty(5, "people", "5", event="attack"), qty(7, "people", "7", event="die"), KB)
    # a predicate with no known frame, or none at all, decides nothing
    assert not different_predicates(qty(5, "punch", "5", event="land"), qty(7, "punch", "7", event="throw"), KB)
    assert not different_predicates(qty(5, "people", "5", event="injure"), qty(7, "people", "7"), KB)
    assert not different_predicates(qty(5, "people", "5", event="injure"), qty(7, "people", "7", event="wound"), KB)
    same = _q("In the Varna riots 46 people were injured.", "b", qty(46, "people", "46 people", event="injure"))
    assert compare_quantities(a, same, KB) is not None


def test_numbers_an_offset_or_a_gap_is_no_amount():
    ago = _q("The Varna riots began after a boy was killed eight days ago.", "a",
             qty(8, "day", "eight days", relation="offset"))
    span = _q("The Varna riots began after five days of protests.", "b", qty(5, "day", "five days"))
    assert compare_quantities(ago, span, KB) is None
    gap = _q("Vodan won the Corvo bout five rounds sooner than Petrov.", "a",
             qty(5, "round", "five rounds", relation="difference"))
    bout = _q("Vodan won the Corvo bout in seven rounds.", "b", qty(7, "round", "seven rounds"))
    assert compare_quantities(gap, bout, KB) is None
    # two gaps answer one question
    gap2 = _q("Vodan won the Corvo bout two rounds sooner than Petrov.", "b",
              qty(2, "round", "two rounds", relation="difference"))
    assert compare_quantities(gap, gap2, KB) is not None


def test_numbers_values_stated_for_different_places_are_two_questions():
    na = qty(181.7e6, "usd", "$181.7 million", event="earn", place=("north america",))
    abroad = qty(268.3e6, "usd", "$268.3 million", event="earn", place=("territory",))
    world = qty(450e6, "usd", "$450 million", event="total", place=("world",))
    assert different_places(na, abroad, KB) and different_places(abroad, na, KB)
    assert not different_places(na, qty(181.5e6, "usd", "x", "<", place=("north america",)), KB)
    assert not different_places(na, qty(181.5e6, "usd", "x", "<"), KB)  # no place: comparable
    a = _q("Thor earned $181.7 million in North America and $268.3 million in other territories for a worldwide "
           "total of $450 million.", "a", na, abroad, world)
    b = _q("The film Thor earned less than $181.5 million in North America and a total of less than $449.5 million "
           "globally.", "b", qty(181.5e6, "usd", "less than $181.5 million", "<", event="earn", place=("north america",)),
           qty(449.5e6, "usd", "less than $449.5 million", "<", event="total", place=("world",)))
    # the territories' figure no longer meets "less than $181.5 million" as a compatible reading
    v = compare_quantities(a, b, KB)
    assert v is not None and v.values in ((("$181.7 million",), ("less than $181.5 million",)),
                                          (("$450 million",), ("less than $449.5 million",)))
    # a place that is part of another shares the question
    unknown = dataclasses.replace(KB, places={})
    kb = dataclasses.replace(unknown, part_of={**KB.part_of, "ghent": "belgium"})
    ghent, belgium = qty(5, "people", "5", place=("ghent",)), qty(7, "people", "7", place=("belgium",))
    assert different_places(ghent, belgium, unknown) and not different_places(ghent, belgium, kb)
    # ... and so does a named place inside another (`Knowledge.inside`: WordNet, GeoNames, regions)
    county, state = qty(58_000, "acre", "58,000 acres", place=("butte county",)), qty(42_000, "acre", "42,000 acres", place=("northern california",))
    assert not different_places(county, state, KB) and not different_places(state, county, KB)
    assert different_places(county, qty(42_000, "acre", "42,000 acres", place=("texas",)), KB)


def test_numbers_people_taking_an_action_count_what_its_noun_counts():
    died = qty(7067, "people", "7,067 people", event="die")
    deaths = qty(7500, "death", "less than 7,500 deaths", "<")
    assert same_count(died, deaths, KB) and same_count(deaths, died, KB)
    assert same_count(qty(46, "people", "46 people", event="arrest"), qty(86, "arrest", "86 arrests"), KB)
    # "people killed" evoke attack and die: not the deaths alone, nor the attacks
    killed = qty(12, "people", "12 people", event="kill")  # the lemma: it evokes two frames
    assert not same_count(killed, deaths, KB)
    assert not same_count(killed, qty(3, "attack", "3 attacks"), KB)
    # a noun evoking no frame, or people without an action, add nothing
    assert counted(qty(5, "ticket", "5 tickets"), KB) == {"ticket"}
    assert counted(deaths, KB) == {"death", "frame:die"}


@pytest.mark.parametrize("skipped", [
    qty(8, "day", "eight days", relation="offset"),
    qty(3, "day", "three days", event="injure"),
    qty(3, "day", "three days", place=("mosul",)),
    qty(3, "day", "three days", scope=("sunday",)),
])
def test_numbers_a_pair_of_another_question_never_stops_the_search(skipped):
    # the first value of ``b`` answers another question than ``a``'s; the second conflicts with it
    b = _q("In Varna the strike lasted three days after it began eight days ago on Sunday in Mosul.", "b",
           skipped, qty(3, "day", "three days", event="strike", place=("varna",), scope=("saturday",)))
    a = _q("In Varna the strike lasted nine days on Saturday after it began.", "a",
           qty(9, "day", "nine days", event="strike", place=("varna",), scope=("saturday",)))
    v = compare_quantities(a, b, KB)
    assert v is not None and v.values == (("nine days",), ("three days",))


def test_numbers_a_compatible_pair_silences_its_own_place_and_pairs_without_one():
    na = qty(181.7e6, "usd", "$181.7 million", place=("north america",))
    a = _q("Thor earned $181.7 million in North America.", "a", na)
    b = _q("Thor earned $181.7 million in North America, not $100 million in North America.", "b",
           qty(181.7e6, "usd", "$181.7 million", place=("north america",)),
           qty(100e6, "usd", "$100 million", place=("north america",)))
    assert compare_quantities(a, b, KB) is None  # one agreeing reading of the same place
    # a compatible pair stated for a place no longer silences the conflict of the two totals
    a2 = _q("Thor earned $181.7 million in North America and $300 million in all.", "a", na, qty(300e6, "usd", "$300 million"))
    b2 = _q("Thor earned $181.7 million in North America and $100 million in all.", "b",
            qty(181.7e6, "usd", "$181.7 million", place=("north america",)), qty(100e6, "usd", "$100 million"))
    assert compare_quantities(a2, b2, KB).values == (("$300 million",), ("$100 million",))
    # a compatible pair of no common place does not silence a conflict stated for one place
    a3 = _q("Thor earned $181.7 million in North America against a budget of $90 million.", "a", na,
            qty(90e6, "usd", "$90 million"))
    b3 = _q("Thor earned less than $100 million in North America.", "b",
            qty(100e6, "usd", "less than $100 million", "<", place=("north america",)))
    v = compare_quantities(a3, b3, KB)
    assert v is not None and v.values == (("$181.7 million",), ("less than $100 million",))


def test_numbers_a_part_equal_to_the_whole_is_no_conflict_and_the_reason_names_the_part():
    part = _q(_RIOT.format("213 arrests"), "a", qty(213, "arrest", "213 arrests", scope=("saturday",)))
    whole = _q(_TOTAL.format("213 people"), "b", qty(213, "arrest", "213 people"))
    assert compare_quantities(part, whole, KB) is None
    big = _q(_RIOT.format("420 arrests"), "a", qty(420, "arrest", "420 arrests", scope=("saturday", "night")))
    small = _q(_TOTAL.format("200 people"), "b", qty(200, "arrest", "200 people"))
    v = compare_quantities(small, big, KB)
    assert v is not None and v.reason == "'420 arrests' (saturday, night) is more than the whole, '200 people'"


def test_numbers_frame_keys_name_every_frame_of_the_word():
    assert "frame:attack+die" in counted(qty(12, "people", "12 people", event="kill"), KB)
    assert "frame:disaster+fire" in counted(qty(3, "fire", "3 fires"), KB)


def test_numbers_admitted_ranges_and_just_below():
    # NOTE: a range admits its ends and what lies between, never widened; "nearly 12" admits 11, not 13
    assert admitted(qty(10.0, "year", "between 10 and 25 years", high=25.0)) == (10.0, 25.0)
    assert admitted(qty(100.0, "year", "100 to 200 years", high=200.0)) == (100.0, 200.0)
    lo, hi = admitted(qty(12.0, "people", "nearly a dozen people", "~<"))
    assert lo < 11.0 < hi == 12.0 and lo > 10.0


def _one_question(text_a, qa, text_b, qb):
    return _q(text_a, "a", qa), _q(text_b, "b", qb)


def test_numbers_a_range_conflicts_only_with_values_outside_it():
    rng = qty(10.0, "year", "between 10 and 25 years", high=25.0)
    inside, outside = qty(12.0, "year", "12 years"), qty(30.0, "year", "30 years")
    a, b = _one_question("The court sentenced Vela to between 10 and 25 years.", rng, "The court sentenced Vela to 12 years.", inside)
    assert compare_quantities(a, b, KB) is None
    a, b = _one_question("The court sentenced Vela to between 10 and 25 years.", rng, "The court sentenced Vela to 30 years.", outside)
    assert compare_quantities(a, b, KB).values == (("between 10 and 25 years",), ("30 years",))


def test_numbers_nearly_admits_values_just_below_only():
    nearly = qty(12.0, "people", "nearly a dozen people", "~<")
    a, b = _one_question("Nearly a dozen people died in the Corvo fire.", nearly, "Eleven people died in the Corvo fire.", qty(11.0, "people", "Eleven people"))
    assert compare_quantities(a, b, KB) is None
    a, b = _one_question("Nearly a dozen people died in the Corvo fire.", nearly, "Fourteen people died in the Corvo fire.", qty(14.0, "people", "Fourteen people"))
    assert compare_quantities(a, b, KB) is not None


def test_numbers_a_strict_bound_at_the_other_value_is_imprecision_at_low_confidence():
    more = qty(48.0, "minute", "more than 48 minutes", ">")
    a, b = _one_question("The Corvo match lasted more than 48 minutes.", more, "The Corvo match lasted 48 minutes.", qty(48.0, "minute", "48 minutes"))
    v = compare_quantities(a, b, KB)
    assert v.confidence == round(0.75 * 0.4, 3) and "strict bound" in v.reason
    # a real gap stays at full confidence
    a, b = _one_question("The Corvo match lasted more than 48 minutes.", more, "The Corvo match lasted 40 minutes.", qty(40.0, "minute", "40 minutes"))
    v = compare_quantities(a, b, KB)
    assert v.confidence == 0.75 and "admit no common value" in v.reason
    # "at least 48" already admits 48: no finding at all
    a, b = _one_question("The Corvo match lasted at least 48 minutes.", qty(48.0, "minute", "at least 48 minutes", ">="),
                         "The Corvo match lasted 48 minutes.", qty(48.0, "minute", "48 minutes"))
    assert compare_quantities(a, b, KB) is None


def test_numbers_a_real_gap_is_reported_before_a_touching_bound():
    a = _q("The first half lasted more than 48 minutes and the second half 30 minutes.", "a",
           qty(48.0, "minute", "more than 48 minutes", ">"), qty(30.0, "minute", "30 minutes"))
    b = _q("The first half lasted 48 minutes and the second half 40 minutes.", "b",
           qty(48.0, "minute", "48 minutes"), qty(40.0, "minute", "40 minutes"))
    v = compare_quantities(a, b, KB)
    assert v.values == (("30 minutes",), ("40 minutes",)) and v.confidence == 0.75
    # a strict bound pairs with the value it touches, not with a real gap: "48 minutes, or 40 by another count"
    c = _q("The first half lasted 48 minutes, or 40 minutes by another count.", "b",
           qty(48.0, "minute", "48 minutes"), qty(40.0, "minute", "40 minutes"))
    v = compare_quantities(_q("The first half lasted more than 48 minutes.", "a", qty(48.0, "minute", "more than 48 minutes", ">")), c, KB)
    assert v.values == (("more than 48 minutes",), ("48 minutes",)) and v.confidence == 0.3


def test_numbers_touching_holds_for_either_strict_bound_in_either_order():
    from checker.rules.numbers import touching

    at = qty(26.0, "usd", "$26 million")
    under, over = qty(26.0, "usd", "under $26 million", "<"), qty(26.0, "usd", "over $26 million", ">")
    assert touching(under, at) and touching(at, under) and touching(over, at) and touching(at, over)
    assert not touching(under, qty(27.0, "usd", "$27 million")) and not touching(qty(25.0, "usd", "$25 million"), over)
    assert not touching(under, over)  # NOTE: below and above 26 share no value, 26 itself closes neither gap
    a = _q("The Corvo film cost under $26 million.", "a", under)
    b = _q("The Corvo film cost $26 million.", "b", at)
    assert compare_quantities(a, b, KB).confidence == round(0.75 * 0.4, 3)


def test_numbers_values_of_two_named_holders_are_two_questions():
    from checker.rules.numbers import different_holders

    charles = _q("Jamaal Charles rushed for 226 yards.", "a", qty(226, "yard", "226 yards", event="rush", holder="jamaal charles"),
                 actors=(ent("jamaal charles", "Jamaal Charles", "PERSON"),))
    hillis = _q("Peyton Hillis ran for 101 yards.", "b", qty(101, "yard", "101 yards", event="run", holder="peyton hillis"),
                actors=(ent("peyton hillis", "Peyton Hillis", "PERSON"),))
    x, y = charles.slots.quantities[0], hillis.slots.quantities[0]
    assert different_holders(x, charles, y, hillis, KB) and different_holders(y, hillis, x, charles, KB)
    assert compare_quantities(charles, hillis, KB) is None
    # a claim naming the other's holder for a value of its own still holds two questions ...
    both = _q("Jamaal Charles rushed for 226 yards while Peyton Hillis had 101 yards.", "a",
              qty(226, "yard", "226 yards", event="rush", holder="jamaal charles"),
              qty(101, "yard", "101 yards", event="peyton", holder="peyton hillis"),
              actors=(ent("jamaal charles", "Jamaal Charles", "PERSON"), ent("peyton hillis", "Peyton Hillis", "PERSON")))
    hillis2 = _q("Peyton Hillis ran for 110 yards.", "b", qty(110, "yard", "110 yards", event="run", holder="peyton hillis"),
                 actors=(ent("peyton hillis", "Peyton Hillis", "PERSON"),))
    assert different_holders(both.slots.quantities[0], both, hillis2.slots.quantities[0], hillis2, KB)
    v = compare_quantities(both, hillis2, KB)
    assert v is not None and v.values == (("101 yards",), ("110 yards",))
    # ... but one naming it with no value of its own may give it that value, and short and full names are one
    named = _q("Peyton Hillis ran for 240 yards behind Jamaal Charles.", "b",
               qty(240, "yard", "240 yards", event="run", holder="peyton hillis"),
               actors=(ent("jamaal charles", "Jamaal Charles", "PERSON"), ent("peyton hillis", "Peyton Hillis", "PERSON")))
    assert not different_holders(x, charles, named.slots.quantities[0], named, KB)
    short = _q("Charles rushed for 240 yards.", "b", qty(240, "yard", "240 yards", event="rush", holder="charles"),
               actors=(ent("charles", "Charles", "PERSON"),))
    assert not different_holders(x, charles, short.slots.quantities[0], short, KB)
    glued = _q("555Caesar rushed for 240 yards.", "b", qty(240, "yard", "240 yards", event="rush", holder="555charles"),
               actors=(ent("555charles", "555Charles", "PERSON"),))
    assert not different_holders(x, charles, glued.slots.quantities[0], glued, KB)
    # a holder that is no name ("the film" / "the movie") keeps the question
    film = _q("The film grossed $25 million.", "a", qty(25e6, "usd", "$25 million", event="gross", holder="film"))
    movie = _q("The movie grossed $31 million.", "b", qty(31e6, "usd", "$31 million", event="gross", holder="movie"))
    assert not different_holders(film.slots.quantities[0], film, movie.slots.quantities[0], movie, KB)
    assert compare_quantities(film, movie, KB) is not None
    # a proper noun in the parse names a holder even when no mention was recognised
    drake = _q("Drake scored 70 points.", "a", qty(70, "point", "70 points", event="score", holder="drake"),
               tokens=(tok("Drake", "drake", 0, "PROPN"),))
    creighton = _q("Creighton scored 79 points.", "b", qty(79, "point", "79 points", event="score", holder="creighton"),
                   tokens=(tok("Creighton", "creighton", 0, "PROPN"),))
    assert compare_quantities(drake, creighton, KB) is None
    common = dataclasses.replace(drake, tokens=(tok("Drake", "drake", 0, "NOUN"),))
    assert compare_quantities(common, creighton, KB) is not None


def test_numbers_a_remainder_or_another_instance_is_no_part_that_can_exceed_the_whole():
    extra = _q("Crosby added another 50-yard kick.", "a", qty(50, "yard", "50-yard", scope=("remainder",)))
    one = _q("Crosby added a 40-yard kick.", "b", qty(40, "yard", "40-yard"))
    assert compare_quantities(extra, one, KB) is None
    assert compare_quantities(one, extra, KB) is None
    # a part of the event (a day) still may not exceed the whole
    part = _q("Crosby added a 50-yard kick on Saturday.", "a", qty(50, "yard", "50-yard", scope=("saturday",)))
    assert compare_quantities(part, one, KB) is not None


def test_numbers_a_fraction_is_no_part_of_a_count_but_money_is():
    part = _q("A 5.6 magnitude earthquake struck Varna on Sunday.", "a", qty(5.6, "magnitude", "5.6 magnitude", scope=("sunday",)))
    whole = _q("A 5.2 magnitude earthquake struck Varna.", "b", qty(5.2, "magnitude", "5.2 magnitude"))
    assert compare_quantities(part, whole, KB) is None
    assert compare_quantities(whole, part, KB) is None
    # a whole number of the same part still cannot exceed the whole
    six = _q("Six earthquakes struck Varna on Sunday.", "a", qty(6, "earthquake", "Six earthquakes", scope=("sunday",)))
    five = _q("Five earthquakes struck Varna.", "b", qty(5, "earthquake", "Five earthquakes"))
    assert compare_quantities(six, five, KB).values == (("Six earthquakes",), ("Five earthquakes",))
    # an amount of money in cents is a part of a sum
    spent = _q("Fans spent $9.99 each on Sunday.", "a", qty(9.99, "usd", "$9.99", scope=("sunday",)))
    total = _q("Fans spent $5.49 each.", "b", qty(5.49, "usd", "$5.49"))
    assert compare_quantities(spent, total, KB).values == (("$9.99",), ("$5.49",))


def test_numbers_likeness_adds_a_shared_place_and_measurement_qualifier():
    from checker.judge.align import local_similarity, question
    from checker.rules.numbers import MEASURE_BONUS, PLACE_BONUS

    a = _q("Thor earned $181.7 million in North America.", "a", qty(181.7e6, "usd", "$181.7 million", place=("north america",)))
    b = _q("Thor earned $100 million in North America.", "b", qty(100e6, "usd", "$100 million", place=("north america",)))
    base = local_similarity(question(a, "$181.7 million", KB), question(b, "$100 million", KB))
    x, y = a.slots.quantities[0], b.slots.quantities[0]
    assert likeness(x, a, y, b, KB) == pytest.approx(base + PLACE_BONUS)
    assert likeness(x, a, dataclasses.replace(y, place=("europe",)), b, KB) == pytest.approx(base)
    adj_a = _q("Adjusted earnings were $1.04 per share.", "a", qty(1.04, "usd", "$1.04"))
    adj_b = _q("Adjusted earnings were $1.03 per share.", "b", qty(1.03, "usd", "$1.03"))
    plain = _q("Earnings were $1.03 per share.", "b", qty(1.03, "usd", "$1.03"))
    same = local_similarity(question(adj_a, "$1.04", KB), question(adj_b, "$1.03", KB))
    assert likeness(adj_a.slots.quantities[0], adj_a, adj_b.slots.quantities[0], adj_b, KB) == pytest.approx(same + MEASURE_BONUS)
    assert likeness(adj_a.slots.quantities[0], adj_a, plain.slots.quantities[0], plain, KB) == pytest.approx(
        local_similarity(question(adj_a, "$1.04", KB), question(plain, "$1.03", KB)))


def test_numbers_a_number_whose_noun_is_left_out_answers_with_its_figure():
    a = _q("The 28 schoolgirls were on a trip to Varna when seven returned pregnant.", "a",
           qty(28, "schoolgirl", "28 schoolgirls"), qty(7, "", "seven"))
    b = _q("The seven schoolgirls fell pregnant on the Varna trip.", "b", qty(7, "schoolgirl", "seven schoolgirls"))
    assert compare_quantities(a, b, KB) is None
    assert compare_quantities(b, a, KB) is None
    # another bare number, or a bare number of the same value with a bound, is no restatement
    for bare in (qty(6, "", "six"), qty(7, "", "more than seven", ">")):
        other = _q("The 28 schoolgirls were on a trip to Varna when seven returned pregnant.", "a",
                   qty(28, "schoolgirl", "28 schoolgirls"), bare)
        assert compare_quantities(other, b, KB).values == (("28 schoolgirls",), ("seven schoolgirls",))



def test_numbers_a_figure_written_again_without_its_currency_answers_the_other_claim():
    """The other claim's sum, stated again without its currency, is its answer: the first figure is another's question."""
    a = _q("The hammer price was 15.5 million pounds.", "a", qty(15.5e6, "gbp", "15.5 million pounds", holder="hammer price"))
    opened = qty(8e6, "gbp", "8 million pounds", holder="bid")
    text = "Bidding for the portrait opened at 8 million pounds and ended with the hammer falling at 15.5 million."
    assert compare_quantities(a, _q(text, "b", opened, qty(15.5e6, "", "15.5 million", holder="hammer")), KB) is None
    # another bare figure (or the number without its scale word) is no restatement
    for bare in (qty(14e6, "", "14 million"), qty(15.5, "", "15.5")):
        assert compare_quantities(a, _q(text, "b", opened, bare), KB).values == (("15.5 million pounds",), ("8 million pounds",))

def test_numbers_assignment_solver_is_scipys_without_importing_scipy_optimize():
    """`assign`'s solver is scipy's own function, loaded without the scipy.optimize package (0.3 CPU s of every run)."""
    import subprocess
    import sys

    code = (
        "import sys, numpy as np\n"
        "from checker.rules.numbers import _linear_sum_assignment\n"
        "f = _linear_sum_assignment()\n"
        "assert 'scipy.optimize' not in sys.modules, 'imported the package'\n"
        "rng = np.random.default_rng(0)\n"
        "gains = [rng.integers(-3, 4, size=(rng.integers(1, 6), rng.integers(1, 8))).astype(float) for _ in range(200)]\n"
        "got = [tuple(map(tuple, f(g, maximize=True))) for g in gains]\n"
        "from scipy.optimize import linear_sum_assignment as ref\n"
        "assert f is ref\n"
        "assert got == [tuple(map(tuple, ref(g, maximize=True))) for g in gains]\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


_WALL = "The Varna wall is {} long."


@pytest.mark.parametrize(("a", "b", "conflict"), [
    (qty(21196, "km", "21,196 km"), qty(13171, "mile", "13,171 miles"), False),  # the same length, rounded
    (qty(21196, "km", "21,196 km"), qty(8850, "mile", "8,850 miles"), True),
    (qty(330, "metre", "330 metres"), qty(1083, "foot", "1,083 feet"), False),
    (qty(330, "metre", "330 metres"), qty(1063, "foot", "1,063 feet"), True),  # 324.0 metres
    (qty(5, "km", "5 km"), qty(3, "mile", "3 miles"), False),  # 3 miles is 2.5 to 3.5 miles as written
    (qty(5, "km", "5.0 km"), qty(3.0, "mile", "3.0 miles"), True),  # 3.0 miles: 2.95 to 3.05, 4.75 to 4.91 km
    (qty(5, "km", "about 5 km", "~"), qty(3, "mile", "3.0 miles"), False),  # about: 4.75 to 5.25 km
    (qty(3, "year", "3 years"), qty(18, "month", "18 months"), True),  # lengths of time are converted as lengths are
    (qty(6, "week", "six weeks"), qty(3, "month", "three months"), True),  # 13 weeks
    (qty(1, "month", "a month"), qty(4, "week", "four weeks"), False),  # a month's own rounding admits four weeks
    (qty(90, "minute", "about 90 minutes", "~"), qty(1.5, "hour", "an hour and a half"), False),
    (qty(21196, "km", "21,196 km"), qty(21196, "year", "21,196 years"), False),  # no common dimension: not compared
])
def test_numbers_values_in_two_units_of_one_dimension_are_compared_converted(a, b, conflict):
    va = _q(_WALL.format(a.text), "a", a)
    vb = _q(_WALL.format(b.text), "b", b)
    for x, y in ((va, vb), (vb, va)):
        v = compare_quantities(x, y, KB)
        assert (v is not None and v.verdict == "contradiction") is conflict


def test_numbers_a_conflict_across_units_says_the_other_figure_in_the_first_ones_unit():
    va = _q(_WALL.format("21,196 km"), "a", qty(21196, "km", "21,196 km"))
    vb = _q(_WALL.format("8,850 miles"), "b", qty(8850, "mile", "8,850 miles"))
    assert compare_quantities(va, vb, KB).reason == "'21,196 km' and '8,850 miles' (14,243 km) admit no common value"
    small = _q(_WALL.format("5.0 km"), "a", qty(5, "km", "5.0 km"))
    short = _q(_WALL.format("3.0 miles"), "b", qty(3.0, "mile", "3.0 miles"))
    assert compare_quantities(small, short, KB).reason == "'5.0 km' and '3.0 miles' (4.83 km) admit no common value"
    # the unit as the first figure writes it
    tall = _q(_WALL.format("330 metres"), "a", qty(330, "metre", "330 metres"))
    feet = _q(_WALL.format("1,063 feet"), "b", qty(1063, "foot", "1,063 feet"))
    assert compare_quantities(tall, feet, KB).reason == "'330 metres' and '1,063 feet' (324 metres) admit no common value"


_HIGH = "In Paris the high on Monday was {}."


@pytest.mark.parametrize(("a", "b", "conflict"), [
    (qty(59, "degree fahrenheit", "59F"), qty(15, "degree celsius", "15C"), False),  # one temperature on two scales
    (qty(75, "degree fahrenheit", "75F"), qty(15, "degree celsius", "15C"), True),  # 23.9 degrees Celsius
    (qty(59, "degree fahrenheit", "59F"), qty(17, "degree celsius", "17C"), True),  # 62.6 F
    (qty(-40, "degree fahrenheit", "-40F"), qty(-40, "degree celsius", "-40C"), False),  # where the scales meet
    (qty(212, "degree fahrenheit", "212 degrees Fahrenheit"), qty(100, "degree celsius", "100 degrees Celsius"), False),
])
def test_numbers_temperatures_on_two_scales_are_compared_converted(a, b, conflict):
    va, vb = _q(_HIGH.format(a.text), "a", a), _q(_HIGH.format(b.text), "b", b)
    for x, y in ((va, vb), (vb, va)):
        v = compare_quantities(x, y, KB)
        assert (v is not None and v.verdict == "contradiction") is conflict
    assert in_unit(qty(59, "degree fahrenheit", "59F"), "degree celsius") == pytest.approx((14.722, 15.278), abs=1e-3)


def test_numbers_a_temperature_conflict_says_the_other_figure_on_the_first_ones_scale():
    va = _q(_HIGH.format("59F"), "a", qty(59, "degree fahrenheit", "59F"))
    vb = _q(_HIGH.format("17C"), "b", qty(17, "degree celsius", "17C"))
    assert compare_quantities(va, vb, KB).reason == "'59F' and '17C' (62.6 F) admit no common value"


def test_numbers_in_unit_widens_by_half_the_last_digit_written():
    assert in_unit(qty(13171, "mile", "13,171 miles"), "mile") == pytest.approx((13170.5, 13171.5))
    assert in_unit(qty(3.25, "mile", "3.25 miles"), "mile") == pytest.approx((3.245, 3.255))
    assert in_unit(qty(3, "mile", "three miles"), "mile") == pytest.approx((2.5, 3.5))
    lo, hi = in_unit(qty(1, "mile", "1 mile"), "km")
    assert (lo, hi) == pytest.approx((0.5 * 1.609344, 1.5 * 1.609344))
    # a figure already widened (round, "about", a bound) keeps its own reading: 300 admits 250 to 350
    assert in_unit(qty(300, "metre", "300 metres"), "metre") == pytest.approx((285.0, 315.0))
    assert in_unit(qty(20, "metre", "about 20 metres", "~"), "metre") == pytest.approx((19.0, 21.0))


def test_numbers_others_are_counted_by_what_the_predicate_says_of_them():
    trapped, missing = qty(14, "other", "14 others", event="trap"), qty(2, "other", "two others", event="miss")
    assert different_predicates(trapped, missing, KB) and different_predicates(missing, trapped, KB)
    assert not different_predicates(trapped, qty(12, "other", "12 others", event="trap"), KB)
    # NOTE: another counted noun with predicates of no known frame still decides nothing
    assert not different_predicates(qty(14, "child", "14", event="trap"), qty(2, "child", "2", event="miss"), KB)


@pytest.mark.parametrize(("coarse", "fine", "agree"), [
    (qty(52.0, "percent", "52%"), qty(52.4, "percent", "52.4%"), True),
    (qty(4.8e9, "usd", "$4.8 billion"), qty(4.76e9, "usd", "$4.76 billion"), True),
    (qty(52.0, "percent", "52%"), qty(52.6, "percent", "52.6%"), False),  # rounds to 53
    (qty(12.0, "year", "12 years"), qty(12.5, "year", "12.5 years"), False),  # half: not a rounding down
    (qty(52.0, "percent", "52%"), qty(53.0, "percent", "53%"), False),  # same digits written
    (qty(52.0, "percent", "about 52%", "~"), qty(55.4, "percent", "55.4%"), False),
])
def test_numbers_a_figure_rounded_to_fewer_digits_agrees_with_the_figure_it_rounds(coarse, fine, agree):
    assert rounded(coarse, fine) is agree and rounded(fine, coarse) is agree
    a, b = _one_question("Lopez won 52% of the vote in the Fairview race.", coarse, "Lopez won 52.4% of the vote in the Fairview race.", fine)
    assert (compare_quantities(a, b, KB) is None) is agree


def test_numbers_a_running_total_differs_in_time_not_in_fact():
    a, b = _one_question("The Hawks have won 11 of their 13 games in the Varna league.", qty(13.0, "game", "13 games", running=True),
                         "The Hawks won their 12th victory in 14 games in the Varna league.", qty(14.0, "game", "14 games"))
    v = compare_quantities(a, b, KB)
    assert v.verdict == "temporal-difference" and "running total" in v.reason and v.confidence == round(0.6, 3)
    a, b = _one_question("The Hawks won 11 of their 13 games in the Varna league.", qty(13.0, "game", "13 games"),
                         "The Hawks won their 12th victory in 14 games in the Varna league.", qty(14.0, "game", "14 games"))
    v = compare_quantities(a, b, KB)
    assert v.verdict == "contradiction" and "running" not in v.reason


def test_numbers_a_value_right_before_the_noun_it_measures_is_that_nouns():
    from checker.rules.numbers import _noun_measure

    premium = qty(27.0, "percent", "27%", event="premium", holder="premium")
    rise = qty(24.0, "percent", "24%", event="increase", holder="share")
    a = _q("Northwind will pay $38 a share, a 27% premium to Friday's price.", "a", premium)
    b = _q("Palisade's shares rose 24% in early trading.", "b", rise)
    assert _noun_measure(premium, a, rise, b, KB) is True
    assert compare_quantities(a, b, KB) is None
    # the other claim names the noun: one question
    named = _q("Palisade's shares rose 24%, above the premium.", "b", rise)
    assert _noun_measure(premium, a, rise, named, KB) is False
    # the noun is the other value's action ("a 5% increase" / "sales rose 7%")
    increase = qty(5.0, "percent", "5%", event="increase", holder="increase")
    c = _q("Sales posted a 5% increase in the quarter.", "a", increase)
    assert _noun_measure(increase, c, rise, b, KB) is False
    # the noun not right after the value, or no holder, or an event other than the noun: not a noun's measure
    apart = _q("Northwind will pay 27% more as a premium.", "a", premium)
    assert _noun_measure(premium, apart, rise, b, KB) is False
    assert _noun_measure(dataclasses.replace(premium, holder=""), a, rise, b, KB) is False
    assert _noun_measure(dataclasses.replace(premium, event="pay"), a, rise, b, KB) is False


def test_numbers_ages_are_one_named_persons():
    from checker.models import Mention
    from checker.rules.numbers import _ages_of_others, _birthday_between

    moss = (Mention("daniel moss", "Daniel Moss", "PERSON"),)
    x = qty(45.0, "year-old", "45", holder="daniel moss")
    y = qty(47.0, "year-old", "47-year-old", holder="daniel moss")
    a = _q("Police arrested Daniel Moss, 45, on Friday.", "a", x, actors=moss)
    b = _q("A 47-year-old man, Daniel Moss, was charged.", "b", y, actors=moss)
    assert _ages_of_others(x, a, y, b, KB) is False
    assert compare_quantities(a, b, KB).verdict == "contradiction"
    # a holder that is no name, an empty holder, or two people: two questions
    man = dataclasses.replace(y, holder="man")
    assert _ages_of_others(x, a, man, _q("A 47-year-old man was charged.", "b", man), KB) is True
    assert _ages_of_others(x, a, dataclasses.replace(y, holder=""), b, KB) is True
    laci = dataclasses.replace(y, holder="laci")
    two = _q("His wife, 47-year-old Laci, testified.", "b", laci, actors=(Mention("laci", "Laci", "PERSON"),))
    assert _ages_of_others(x, a, laci, two, KB) is True
    # one name in full and short is one person; both holders unknown, or one age and one duration, is no one's age pair
    short = dataclasses.replace(y, holder="moss")
    assert _ages_of_others(x, a, short, _q("Moss, 47, was charged.", "b", short, actors=(Mention("moss", "Moss", "PERSON"),)), KB) is False
    assert _ages_of_others(dataclasses.replace(x, holder=""), a, dataclasses.replace(y, holder=""), b, KB) is True
    assert _ages_of_others(x, a, qty(47.0, "year", "47 years", holder="daniel moss"), b, KB) is False
    # not ages: nothing to say
    assert _ages_of_others(qty(45.0, "year", "45 years", holder="x"), a, qty(47.0, "year", "47 years", holder="y"), b, KB) is False
    # a year apart: a birthday between two reports, unless at death
    older = dataclasses.replace(y, value=46.0, text="46-year-old")
    assert _birthday_between(x, a, older, b) is True
    assert compare_quantities(a, dataclasses.replace(b, slots=dataclasses.replace(b.slots, quantities=(older,))), KB) is None
    assert _birthday_between(x, a, y, b) is False  # two years apart
    died = _q("Daniel Moss died at 46.", "b", older, actors=moss, frames=("die",))
    assert _birthday_between(x, a, older, died) is False
    assert _birthday_between(x, died, older, b) is False
    assert _birthday_between(dataclasses.replace(x, comparator="~"), a, older, b) is False
    assert _birthday_between(x, a, dataclasses.replace(older, unit="month-old"), b) is False


def test_numbers_meet_two_widened_figures_that_only_touch_state_two_values():
    from checker.rules.numbers import meet

    assert not meet(440.5, 441.5, 441.5, 442.5)  # NOTE: "$441 million" / "$442 million"
    assert not meet(441.5, 442.5, 440.5, 441.5)
    assert meet(440.5, 441.5, 441.5, 441.5)  # NOTE: a point at the other's edge is inside it
    assert meet(435.0, 445.0, 444.5, 445.5)
    assert meet(12.0, 12.0, 12.0, 12.0)
    assert not meet(3.5, 4.5, 5.0, 5.0)


def test_numbers_rule_adjacent_figures_to_the_same_digits_conflict_a_finer_one_rounds():
    a = claim("Capital One earned $3.1 billion.", "a", quantities=(qty(3.1e9, "usd", "$3.1 billion", event="earn"),))
    b = claim("Capital One earned $3.2 billion.", "b", quantities=(qty(3.2e9, "usd", "$3.2 billion", event="earn"),))
    v = compare_quantities(a, b, KB)
    assert v is not None and v.verdict == "contradiction" and v.values == (("$3.1 billion",), ("$3.2 billion",))
    c = claim("Capital One earned $3.15 billion.", "b", quantities=(qty(3.15e9, "usd", "$3.15 billion", event="earn"),))
    assert compare_quantities(a, c, KB) is None


def test_numbers_rule_two_clock_times_of_one_act_conflict_in_one_zone_only():
    a = claim("The train leaves at 1:34.", "a", quantities=(qty(1.5667, "time of day", "1:34", event="leave"),))
    b = claim("The train leaves at 2:34.", "b", quantities=(qty(2.5667, "time of day", "2:34", event="leave"),))
    v = compare_quantities(a, b, KB)
    assert v is not None and v.values == (("1:34",), ("2:34",))
    gmt = claim("The train leaves at 2:34 GMT.", "b", quantities=(qty(2.5667, "time of day gmt", "2:34 GMT", event="leave"),))
    assert compare_quantities(a, gmt, KB) is None  # NOTE: a time with its zone against one without: two questions


def test_numbers_rule_clock_times_of_two_acts_or_an_unknown_one_are_two_questions():
    leaves = claim("The train leaves at 1:34.", "a", quantities=(qty(1.5667, "time of day", "1:34", event="leave"),))
    arrives = claim("The train arrives at 2:34.", "b", quantities=(qty(2.5667, "time of day", "2:34", event="arrive"),))
    assert compare_quantities(leaves, arrives, KB) is None
    unknown = claim("The train: 2:34.", "b", quantities=(qty(2.5667, "time of day", "2:34"),))
    assert compare_quantities(leaves, unknown, KB) is None
    struck = claim("The quake struck at 3:40 a.m.", "a", quantities=(qty(3.6667, "time of day", "3:40 a.m.", event="strike"),))
    hit = claim("The quake struck at 5:15 a.m.", "b", quantities=(qty(5.25, "time of day", "5:15 a.m.", event="strike"),))
    assert compare_quantities(struck, hit, KB) is not None


def test_numbers_rule_clock_times_of_two_occurrences_or_of_a_part_are_two_questions():
    one = claim("The Saints face the Seahawks at 3:30 p.m. at Qwest Field.", "a",
                quantities=(qty(3.5, "time of day", "3:30 p.m.", event="face"),))
    other = claim("The Falcons face the Saints at 8 p.m. at the Georgia Dome.", "b",
                  quantities=(qty(8.0, "time of day", "8 p.m.", event="face"),))
    assert compare_quantities(one, other, KB) is None  # NOTE: each time beside names the other never mentions
    same = claim("The Saints face the Seahawks at 8 p.m.", "b", quantities=(qty(8.0, "time of day", "8 p.m.", event="face"),))
    assert compare_quantities(one, same, KB) is not None
    part = claim("The Saints face the Seahawks at 8 p.m.", "b",
                 quantities=(qty(8.0, "time of day", "8 p.m.", event="face", scope=("half",)),))
    assert compare_quantities(one, part, KB) is None


def test_numbers_a_score_played_on_a_day_is_the_whole_contests_but_a_half_times_is_a_part():
    def score(text, written, hi, lo, sid, **kw):
        return _q(text, sid, qty(hi, "score high", written, event="win", **kw), qty(lo, "score low", written, event="win", **kw))

    saturday = score("Dunmore beat Castlebay 2-1 on Saturday.", "2-1", 2, 1, "a", scope=("saturday",))
    final = score("Dunmore won 3-1 against Castlebay.", "3-1", 3, 1, "b")
    v = compare_quantities(saturday, final, KB)
    assert v is not None and v.verdict == "contradiction" and v.values == (("2-1",), ("3-1",))
    half = score("Dunmore and Castlebay were level 1-1 at half-time.", "1-1", 1, 1, "a", scope=("half-time",))
    assert compare_quantities(half, final, KB) is None
    # the day is ignored only for scores: a count on a day is still a part of the whole
    arrests = _q("Police made 86 arrests on Saturday.", "a", qty(86, "arrest", "86 arrests", scope=("saturday",)))
    total = _q("Police made 20 arrests.", "b", qty(20, "arrest", "20 arrests"))
    assert scope_relation(arrests.slots.quantities[0], arrests, total.slots.quantities[0], total) == "x-part"


def test_numbers_scores_beside_names_the_other_claim_never_mentions_are_two_games():
    def score(text, written, hi, lo, sid, *teams):
        return claim(text, sid, quantities=(qty(hi, "score high", written, event="win"), qty(lo, "score low", written, event="win")),
                     actors=tuple(ent(t.lower(), t) for t in teams))

    # the teams are names (not qualifiers, which alignment judges): beside each score one the other claim lacks
    rout = score("The Tar Heels won with a 108-70 rout of Charleston.", "108-70", 108, 70, "a", "Tar Heels", "Charleston")
    loss = score("The Tar Heels won after a 66-51 rout of Winston.", "66-51", 66, 51, "b", "Tar Heels", "Winston")
    assert compare_quantities(rout, loss, KB) is None
    same = score("The Tar Heels won with a 98-70 rout of Charleston.", "98-70", 98, 70, "b", "Tar Heels", "Charleston")
    v = compare_quantities(rout, same, KB)
    assert v is not None and v.values == (("108-70",), ("98-70",))
    # one side naming a scorer more is the same game: both sides must name someone the other never does
    scorer = score("Tyler Hansbrough led the Tar Heels to a 98-70 rout of Charleston.", "98-70", 98, 70, "b",
                   "Tyler Hansbrough", "Tar Heels", "Charleston")
    assert compare_quantities(rout, scorer, KB) is not None


def test_numbers_synonym_count_nouns_compare():
    a = _q("The Halvor studio released 30 films last year.", "a", qty(30, "film", "30 films"))
    b = _q("The Halvor studio released 45 movies last year.", "b", qty(45, "movie", "45 movies"))
    v = compare_quantities(a, b, KB)
    assert v is not None and v.verdict == "contradiction" and v.values == (("30 films",), ("45 movies",))


def test_numbers_a_kind_conflicts_only_when_it_exceeds_its_whole():
    text_a, text_b = "The Ferrowind plant in Ohio has {} employees.", "The Ferrowind plant in Ohio has 2,000 workers."
    whole = _q(text_b, "b", qty(2000, "worker", "2,000 workers"))
    more = _q(text_a.format("2,500"), "a", qty(2500, "employee", "2,500 employees"))
    v = compare_quantities(more, whole, KB)
    assert v is not None and v.verdict == "contradiction"
    assert v.reason == "'2,500 employees' (a kind of worker) is more than all of '2,000 workers'"
    # NOTE: either order: the whole first
    v = compare_quantities(whole, more, KB)
    assert v is not None and v.reason == "'2,500 employees' (a kind of worker) is more than all of '2,000 workers'"
    fewer = _q(text_a.format("1,800"), "a", qty(1800, "employee", "1,800 employees"))
    assert compare_quantities(fewer, whole, KB) is None
    assert compare_quantities(whole, fewer, KB) is None


def test_numbers_a_currency_named_and_signed_is_one_count():
    a = _q("The Corvo festival lost 5 million dollars.", "a", qty(5e6, "dollar", "5 million dollars"))
    b = _q("The Corvo festival lost $7 million.", "b", qty(7e6, "usd", "$7 million"))
    assert same_count(a.slots.quantities[0], b.slots.quantities[0], KB)
    v = compare_quantities(a, b, KB)
    assert v is not None and v.values == (("5 million dollars",), ("$7 million",))
    euros = _q("The Corvo festival lost 7 million euros.", "b", qty(7e6, "euro", "7 million euros"))
    assert compare_quantities(a, euros, KB) is None


def test_numbers_changes_of_two_things_each_claim_naming_only_its_own_are_two_questions():
    from checker.rules.numbers import changes_of_others

    rev = claim("Pellam said third-quarter revenue rose 6 percent to $1.1 billion.", "a",
                quantities=(qty(6, "percent", "6 percent", event="increase", holder="quarter revenue"),), frames=("increase",))
    shares = claim("Shares of Pellam rose 3 percent after the results.", "b",
                   quantities=(qty(3, "percent", "3 percent", event="increase", holder="share"),), frames=("increase",))
    x, y = rev.slots.quantities[0], shares.slots.quantities[0]
    assert changes_of_others(x, rev, y, shares, KB) and changes_of_others(y, shares, x, rev, KB)
    assert compare_quantities(rev, shares, KB) is None
    # NOTE: one side naming the other's thing, one head noun, or a change frame on one side only keep the question
    named = dataclasses.replace(shares, text="Shares of Pellam rose 3 percent as revenue beat estimates.")
    assert not changes_of_others(x, rev, y, named, KB)
    company = claim("The company's revenue rose 8 percent.", "b",
                    quantities=(qty(8, "percent", "8 percent", event="increase", holder="company revenue"),), frames=("increase",))
    assert not changes_of_others(x, rev, company.slots.quantities[0], company, KB)
    fell = qty(3, "percent", "3 percent", event="decrease", holder="share")
    assert changes_of_others(x, rev, fell, shares, KB)
    share_of = qty(3, "percent", "3 percent", event="hold", holder="share")
    assert not changes_of_others(x, rev, share_of, shares, KB)
    count = qty(6, "job", "6 jobs", event="increase", holder="quarter revenue")
    assert not changes_of_others(count, rev, dataclasses.replace(y, unit="job"), shares, KB)
    assert not changes_of_others(dataclasses.replace(x, holder=""), rev, y, shares, KB)
    # NOTE: a thing and its part (aliases.yaml part_of) are one holder
    nation = qty(6, "percent", "6 percent", event="increase", holder="us")
    state = qty(3, "percent", "3 percent", event="increase", holder="us government")
    a = claim("Spending in America rose 6 percent.", "a", quantities=(nation,))
    b = claim("Federal outlays by Washington rose 3 percent.", "b", quantities=(state,))
    assert not changes_of_others(nation, a, state, b, KB)
    assert changes_of_others(nation, a, dataclasses.replace(state, holder="state budget"), b, KB)
    lifted = dataclasses.replace(rev, text="Pellam said revenue rose 6 percent, lifting its shares.")
    assert not changes_of_others(x, lifted, y, shares, KB)
    assert not changes_of_others(x, rev, dataclasses.replace(y, unit="job"), shares, KB)


def test_numbers_a_kind_is_no_part_of_a_flow_of_another_act():
    staff = _q("The toolmaker, which has 12,000 employees, plans to hire in Texas.", "b", qty(12000, "employee", "12,000 employees"))
    hire = _q("The toolmaker plans to hire 500 workers in Texas.", "a", qty(500, "worker", "500 workers", event="hire"))
    assert compare_quantities(staff, hire, KB) is None and compare_quantities(hire, staff, KB) is None
    # NOTE: a whole of the same act stays a whole ("hired 2,500 employees" / "hired 2,000 workers")
    hired = _q("The company hired 2,500 employees last year.", "b", qty(2500, "employee", "2,500 employees", event="hire"))
    v = compare_quantities(hired, dataclasses.replace(hire, slots=dataclasses.replace(hire.slots, quantities=(
        qty(2000, "worker", "2,000 workers", event="hire"),))), KB)
    assert v is not None and v.reason.startswith("'2,500 employees' (a kind of worker)")


def test_numbers_rates_per_different_things_are_different_questions():
    # NOTE: `Quantity.per` (normalize.numbers.rate_per): a price per ticket and one per car answer two questions
    text_a, text_b = "The Corvo festival charged $12 per ticket.", "The Corvo festival charged $30 per car."
    a = _q(text_a, "a", qty(12, "usd", "$12", per="ticket"))
    b = _q(text_b, "b", qty(30, "usd", "$30", per="car"))
    assert compare_quantities(a, b, KB) is None
    # the same rate, or a value stating none against a rate, stays one question
    same = _q(text_b.replace("car", "ticket"), "b", qty(30, "usd", "$30", per="ticket"))
    bare = _q("The Corvo festival charged $30.", "b", qty(30, "usd", "$30"))
    for other in (same, bare):
        v = compare_quantities(a, other, KB)
        assert v is not None and v.verdict == "contradiction", other.text


@pytest.mark.parametrize(("whole", "parts", "agree"), [
    (qty(17.0, "hour", "17-hour"), qty(17 + 5 / 60, "hour", "17 hours and 5 minutes", high=17 + 6 / 60 - 1e-9), True),
    (qty(7.0, "hour", "seven hours"), qty(6.7, "hour", "6 hours and 42 minutes", high=6.7 + 1 / 60 - 1e-9), True),  # to the nearest
    (qty(6.0, "hour", "6 hours"), qty(6.7, "hour", "6 hours and 42 minutes", high=6.7 + 1 / 60 - 1e-9), True),  # cut
    (qty(4.0, "hour", "four hours"), qty(6.7, "hour", "6 hours and 42 minutes", high=6.7 + 1 / 60 - 1e-9), False),
    (qty(17.0, "hour", "17 hours"), qty(17.0, "hour", "between 17 and 19 hours", high=19.0), False),  # a range is no measure in parts
])
def test_numbers_a_measure_in_parts_agrees_with_itself_rounded_to_its_first_unit(whole, parts, agree):
    assert rounded(whole, parts) is agree and rounded(parts, whole) is agree


def test_numbers_one_exact_figure_told_around_other_words_is_one_answer():
    # the total in both claims is one answer (no attribute word shared; two equal sums: `CLOSE_GAP`): paired, neither
    # total is left to meet the other claim's month's takings
    a = _q("Our building appeal for a new day-care wing has raised another £120,000 in the past month, taking the total "
           "to £920,000.", "a", qty(120_000, "gbp", "£120,000", event="raise", holder="appeal", scope=("remainder",)),
           qty(920_000, "gbp", "£920,000"))
    b = _q("St Clare's Hospice has now raised £920,000 towards its new day-care wing, after a strong month of fundraising "
           "brought in a further £120,000.", "b", qty(920_000, "gbp", "£920,000", event="raise", holder="hospice", running=True),
           qty(120_000, "gbp", "£120,000", event="bring", holder="strong month", running=True))
    from checker.judge.align import align
    assert align(a, "£920,000", b, "£920,000", KB).aligned
    assert compare_quantities(a, b, KB) is None
    assert compare_quantities(b, a, KB) is None
    # ... but not a figure of another measure: GAAP's $1.60 is no answer to what adjusted earnings were
    adjusted = _q("Adjusted earnings per share were $1.60.", "a", qty(1.6, "usd", "$1.60"))
    both = _q("GAAP earnings per share were $1.60, and adjusted earnings per share were $1.51.", "b",
              qty(1.6, "usd", "$1.60"), qty(1.51, "usd", "$1.51"))
    assert not align(adjusted, "$1.60", both, "$1.60", KB).aligned
    assert compare_quantities(adjusted, both, KB).values == (("$1.60",), ("$1.51",))


def test_numbers_a_relative_time_no_date_places_is_no_time_of_the_others():
    # "last year" in an undated article: the year is unknown, so 1.4 million is not set against 2023's 1.2 million
    y23 = date("2023", "2023-01-01", "2023-12-31", "year")
    a = _q("The valley received 1.2 million overnight visitors in 2023.", "a",
           qty(1.2e6, "visitor", "1.2 million overnight visitors"), dates=(y23,))
    b = _q("The valley received a record 1.4 million overnight visitors last year.", "b",
           qty(1.4e6, "visitor", "1.4 million overnight visitors"))
    assert compare_quantities(a, b, KB) is None
    assert compare_quantities(b, a, KB) is None
    # placed by a publication date, the relative year is a date like any other
    last = date("last year", "2023-01-01", "2023-12-31", "relative")
    placed = dataclasses.replace(b, slots=dataclasses.replace(b.slots, dates=(last,)))
    assert compare_quantities(a, placed, KB).verdict == "contradiction"
    # placed in another year than the other figure's (a larger one, so no rise to the later), it is that year's count:
    # a difference in time, whichever claim comes first
    y21 = date("2021", "2021-01-01", "2021-12-31", "year")
    record = _q("The record remains the 1.6 million overnight visitors recorded in 2021.", "a",
                qty(1.6e6, "visitor", "1.6 million overnight visitors"), dates=(y21,))
    for x, y in ((record, placed), (placed, record)):
        assert compare_quantities(x, y, KB).verdict == "temporal-difference"
    # the report's own year ("this year") is the other sources' current one: compared
    this = _q("The valley received a record 1.4 million overnight visitors this year.", "b",
              qty(1.4e6, "visitor", "1.4 million overnight visitors"))
    assert compare_quantities(a, this, KB).verdict == "contradiction"
    # without a relative time, the undated claim is compared as before
    plain = _q("The valley received 1.4 million overnight visitors.", "b", qty(1.4e6, "visitor", "1.4 million overnight visitors"))
    assert compare_quantities(a, plain, KB).verdict == "contradiction"


def test_numbers_two_bare_values_of_one_holder_answer_what_its_value_is():
    # NOTE: a setting's value in two documentation pages: no unit, no counted noun, one holder
    a = _q("The default value of `max_connections` is 100.", "a", qty(100, "", "100", event="value", holder="max_connection"))
    b = _q("Out of the box, max_connections defaults to 250.", "b", qty(250, "", "250", event="default", holder="max_connection"))
    from checker.rules.numbers import bare_of_one_holder

    assert bare_of_one_holder(a.slots.quantities[0], a, b.slots.quantities[0], b, KB)
    v = compare_quantities(a, b, KB)
    assert v is not None and v.verdict == "contradiction" and v.values == (("100",), ("250",))
    # the same value agrees; bare values of two holders, or of none, are not one question
    c = _q("Out of the box, max_connections defaults to 100.", "b", qty(100, "", "100", event="default", holder="max_connection"))
    assert compare_quantities(a, c, KB) is None
    for holder in ("min_connection", ""):
        d = _q("Out of the box, min_connections defaults to 250.", "b", qty(250, "", "250", event="default", holder=holder))
        assert not bare_of_one_holder(a.slots.quantities[0], a, d.slots.quantities[0], d, KB)
        assert compare_quantities(a, d, KB) is None
    # NOTE: a named holder has many bare figures: "Hansbrough now has 2,301" / "... scoring average list at 20.2"
    total = _q("Hansbrough now has 2,301.", "a", qty(2301, "", "2,301", event="have", holder="hansbrough"), actors=(ent("hansbrough", "Hansbrough", "PERSON"),))
    average = _q("Hansbrough is sixth on the scoring average list at 20.2.", "b", qty(20.2, "", "20.2", event="be", holder="hansbrough"),
                 actors=(ent("hansbrough", "Hansbrough", "PERSON"),))
    assert compare_quantities(total, average, KB) is None


def test_numbers_a_scaled_number_without_its_noun_restates_a_figure_of_its_source():
    # NOTE: "In 2024 the number rose to 1.4 million": the source states the other report's figure, its noun left out
    from checker.rules.numbers import restated

    board = _q("The valley received 1.2 million overnight visitors in 2023.", "a",
               qty(1_200_000, "visitor", "1.2 million overnight visitors", event="receive", holder="valley"))
    paper = _q("The valley had 1.4 million overnight visitors last year.", "b",
               qty(1_400_000, "visitor", "1.4 million overnight visitors", event="have", holder="valley"))
    v = compare_quantities(board, paper, KB)
    assert v is not None and v.verdict == "contradiction"
    rose = _q("In 2024 the number rose to 1.4 million.", "a", qty(1_400_000, "", "1.4 million", event="rise", holder="number"))
    assert restated(v, board, paper, {"a": [board, rose], "b": [paper]}, KB)
    other = _q("In 2024 the number rose to 1.3 million.", "a", qty(1_300_000, "", "1.3 million", event="rise", holder="number"))
    assert not restated(v, board, paper, {"a": [board, other], "b": [paper]}, KB)


@pytest.mark.parametrize(("a", "b", "conflict"), [
    (("The Varna closure will last six weeks.", "six weeks", 6, "week"), ("The Varna closure will last three months.", "three months", 3, "month"), True),
    # a deadline, a window, an offset: no length of an act
    (("The Varna patch will come within two weeks.", "two weeks", 2, "week"), ("The Varna patch is the second in 18 months.", "18 months", 18, "month"), False),
    (("The Varna closure will last six weeks.", "six weeks", 6, "week"), ("The Varna closure ended in the past three months.", "three months", 3, "month"), False),
])
def test_numbers_lengths_of_time_in_two_units_are_compared_only_as_lengths(a, b, conflict):
    x = _q(a[0], "a", qty(a[2], a[3], a[1], event="last", holder="varna closure"))
    y = _q(b[0], "b", qty(b[2], b[3], b[1], event="last", holder="varna closure"))
    v = compare_quantities(x, y, KB)
    assert (v is not None and v.verdict == "contradiction") is conflict
    # an offset ("six weeks after the vote", `Quantity.relation`) is no length of the closure either
    offset = _q(a[0], "a", qty(a[2], a[3], a[1], event="last", holder="varna closure", relation="offset"))
    assert compare_quantities(offset, y, KB) is None


@pytest.mark.parametrize(("x", "y", "agree"), [
    # half a unit of the coarse figure's last written decimal, no more: 4.753 rounds to 4.8, 4.66 does not
    (qty(4.8e9, "usd", "$4.8 billion"), qty(4.753e9, "usd", "$4.753 billion"), True),
    (qty(4.8e9, "usd", "$4.8 billion"), qty(4.66e9, "usd", "$4.66 billion"), False),
    # "about" a figure is no exact figure rounded, even where the digits would round
    (qty(52.0, "percent", "about 52%", "~"), qty(52.4, "percent", "52.4%"), False),
    # a range is no figure rounded, nor a measure in parts once it spans a whole unit
    (qty(18.0, "hour", "18 hours"), qty(17.8, "hour", "between 17.8 and 19 hours", high=19.0), False),
    (qty(17.0, "hour", "17 hours"), qty(17.0, "hour", "17 to 18 hours", high=18.0), False),
])
def test_numbers_rounded_needs_two_exact_figures_within_half_the_last_written_digit(x, y, agree):
    assert rounded(x, y) is agree and rounded(y, x) is agree


def test_numbers_a_whole_is_no_conflict_with_the_parts_that_add_up_to_it():
    # NOTE: "covers 52 hectares" / "the main fen of 40 hectares and the Reed Meadow site of 12 hectares"
    whole = _q("The Hollow Fen reserve covers 52 hectares.", "a", qty(52, "hectare", "52 hectares", event="cover"))
    parts = _q("The Hollow Fen reserve covers 40 hectares and 12 hectares.", "b",
               qty(40, "hectare", "40 hectares", event="cover"), qty(12, "hectare", "12 hectares", event="cover"))
    assert compare_quantities(whole, parts, KB) is None and compare_quantities(parts, whole, KB) is None
    other = _q("The Hollow Fen reserve covers 40 hectares and 15 hectares.", "b",
               qty(40, "hectare", "40 hectares", event="cover"), qty(15, "hectare", "15 hectares", event="cover"))
    v = compare_quantities(whole, other, KB)
    assert v is not None and v.verdict == "contradiction"
    # only an exact sum: a round whole admits 2,850 to 3,150, which two figures of a list reach by chance
    round_whole = _q("The Hollow Fen reserve covers 3,000 hectares.", "a", qty(3000, "hectare", "3,000 hectares", event="cover"))
    near = _q("The Hollow Fen reserve covers 450 hectares and 2,500 hectares.", "b",
              qty(450, "hectare", "450 hectares", event="cover"), qty(2500, "hectare", "2,500 hectares", event="cover"))
    assert compare_quantities(round_whole, near, KB) is not None


def test_numbers_values_three_magnitudes_apart_are_of_two_things_unless_a_scale_word_slipped():
    # NOTE: "Adult swims cost £5.20" / "The project's final cost was £14.6 million"
    swim = _q("The pool's cost was £5.20.", "a", qty(5.2, "gbp", "£5.20", event="cost"))
    build = _q("The pool's cost was £14.6 million.", "b", qty(14_600_000, "gbp", "£14.6 million", event="cost"))
    assert compare_quantities(swim, build, KB) is None
    slip = _q("The pool's cost was £14.6 billion.", "a", qty(14_600_000_000, "gbp", "£14.6 billion", event="cost"))
    v = compare_quantities(slip, build, KB)
    assert v is not None and v.verdict == "contradiction"
    near = _q("The pool's cost was £9 million.", "a", qty(9_000_000, "gbp", "£9 million", event="cost"))
    assert compare_quantities(near, build, KB) is not None


def test_numbers_a_level_on_a_day_the_other_never_names_is_of_another_time_not_a_part():
    # NOTE: "65 per cent contained on Friday" / "is 20 per cent contained" (said on Tuesday): no part exceeds a whole
    friday = _q("The fire was 65 per cent contained on Friday.", "a",
                qty(65, "percent", "65 per cent", event="contain", scope=("friday",)))
    now = _q("The fire is 20 per cent contained, the forest service said on Tuesday.", "b",
             qty(20, "percent", "20 per cent", event="contain"))
    assert compare_quantities(friday, now, KB) is None and compare_quantities(now, friday, KB) is None
    # against a claim naming no other time it is the level the other states
    undated = _q("The fire is 20 per cent contained.", "b", qty(20, "percent", "20 per cent", event="contain"))
    assert compare_quantities(friday, undated, KB) is not None
    # a count on a day is a part of the whole: it conflicts when it exceeds it ("86 arrests on Saturday" / "20 arrests")
    day = _q("Police made 86 arrests on Saturday.", "a", qty(86, "arrest", "86 arrests", event="make", scope=("saturday",)))
    total = _q("Police made 20 arrests.", "b", qty(20, "arrest", "20 arrests", event="make"))
    v = compare_quantities(day, total, KB)
    assert v is not None and v.verdict == "contradiction"


def test_numbers_a_measure_at_a_time_of_the_day_is_its_value_then_not_a_part():
    # NOTE: "reached 39.8C on Thursday afternoon" / "reaching 41.2C" on Thursday: the temperature then, no share of it
    noon = _q("The temperature reached 39.8C on Thursday afternoon.", "a",
              qty(39.8, "degree celsius", "39.8C", event="reach", scope=("afternoon",)))
    day = _q("The temperature was 41.2C on Thursday.", "b", qty(41.2, "degree celsius", "41.2C", event="reach"))
    v = compare_quantities(noon, day, KB)
    assert v is not None and v.verdict == "contradiction"
    assert compare_quantities(day, noon, KB) is not None
    # a day only one claim names may be another occasion
    undated = _q("The temperature was 41.2C.", "b", qty(41.2, "degree celsius", "41.2C", event="reach"))
    assert compare_quantities(noon, undated, KB) is None


def test_numbers_a_measure_on_a_noun_of_an_act_answers_what_the_acts_verb_measures():
    # NOTE: "a three-week closure" measures the closure, which "will be closed for six weeks" tells with its verb
    closed = _q("The Varna bridge will be closed for six weeks.", "a",
                qty(6, "week", "six weeks", event="close", holder="varna bridge"),
                lemmas=("the", "varna", "bridge", "will", "be", "close", "for", "six", "week"))
    closure = _q("The Varna bridge faces a three-week closure.", "b",
                 qty(3, "week", "three-week", event="closure", holder="closure"),
                 lemmas=("the", "varna", "bridge", "face", "a", "three", "week", "closure"))
    v = compare_quantities(closed, closure, KB)
    assert v is not None and v.verdict == "contradiction" and v.values == (("six weeks",), ("three-week",))
    # a noun of no act the other claim tells still measures something else ("a 45-yard field goal" / "returned it 35 yards")
    goal = _q("Varna kicked a 45-yard field goal.", "b", qty(45, "yard", "45-yard", event="goal", holder="field goal"),
              lemmas=("varna", "kick", "a", "45", "yard", "field", "goal"))
    ran = _q("Varna returned the kick 35 yards.", "a", qty(35, "yard", "35 yards", event="return", holder="varna"),
             lemmas=("varna", "return", "the", "kick", "35", "yard"))
    assert compare_quantities(ran, goal, KB) is None


@pytest.mark.parametrize(("text", "said", "length"), [
    ("The Varna closure will last six weeks.", "six weeks", True),
    ("Six weeks was how long the Varna closure lasted.", "Six weeks", True),  # NOTE: nothing before it
    ("The strike lasted six weeks, ending in March.", "six weeks", True),  # NOTE: only the next word frames it
    ("In six weeks the Varna line will reopen.", "six weeks", False),  # NOTE: a deadline at the sentence's start
    ("The Varna line closed six weeks ago.", "six weeks", False),  # NOTE: an offset, framed after
    ("The Varna line closed in the past three months.", "three months", False),  # NOTE: a window
    ("In the six weeks of the works, the Varna line closed twice.", "six weeks", False),  # NOTE: a window, "the" between
    ("For the six weeks of the works, the Varna line was closed.", "six weeks", True),  # NOTE: "for" says how long
    ("The Varna closure will last 6 weeks.", "six weeks", False),  # NOTE: a value not written so: nothing known
])
def test_numbers_a_length_of_time_is_how_long_an_act_lasted_with_no_word_framing_it(text, said, length):
    from checker.rules.numbers import _length_of_time

    q = qty(6, "week", said, event="last", holder="varna closure")
    assert _length_of_time(q, _q(text, "a", q)) is length
    # NOTE: an offset read by the normaliser ("six weeks after the vote", `Quantity.relation`) is never a length
    assert not _length_of_time(dataclasses.replace(q, relation="offset"), _q(text, "a", q))


def test_numbers_a_value_framed_in_another_unit_than_a_length_of_time_is_compared_converted():
    # NOTE: "rose to 59F": the framing word parts only lengths of time; a temperature on two scales is one measure
    va = _q("In Paris the temperature rose to 59F on Monday.", "a", qty(59, "degree fahrenheit", "59F"))
    vb = _q("In Paris the temperature rose to 17C on Monday.", "b", qty(17, "degree celsius", "17C"))
    v = compare_quantities(va, vb, KB)
    assert v is not None and v.verdict == "contradiction" and v.values == (("59F",), ("17C",))


def test_numbers_a_window_of_time_skipped_leaves_the_next_length_compared():
    # NOTE: "the second in 18 months" is a window, not how long the closure lasts: the claim's other length still is
    a = _q("The Varna closure will last six weeks.", "a", qty(6, "week", "six weeks", event="last", holder="varna closure"))
    b = _q("The Varna closure, the second in 18 months, will last three months.", "b",
           qty(18, "month", "18 months", event="last", holder="varna closure"),
           qty(3, "month", "three months", event="last", holder="varna closure"))
    v = compare_quantities(a, b, KB)
    assert v is not None and v.verdict == "contradiction" and v.values == (("six weeks",), ("three months",))


def test_numbers_a_scaled_bare_number_counts_an_amount_not_a_holders_bare_value():
    from checker.rules.numbers import bare_of_one_holder

    # NOTE: "1.4 million" without its noun counts an amount (`counted`): no setting's value, whichever side it is on
    a = _q("The default value of `max_connections` is 100.", "a", qty(100, "", "100", event="value", holder="max_connection"))
    b = _q("max_connections now defaults to 1.4 million.", "b", qty(1.4e6, "", "1.4 million", event="default", holder="max_connection"))
    x, y = a.slots.quantities[0], b.slots.quantities[0]
    assert not bare_of_one_holder(x, a, y, b, KB) and not bare_of_one_holder(y, b, x, a, KB)


def test_numbers_a_figure_larger_at_the_later_of_two_dates_is_its_update_not_a_finding():
    # "14 cases as of 3 March" / "has risen to 22 as of 10 March": one running figure reported twice
    m3, m10 = date("3 March", "0004-03-03", precision="month-day"), date("10 March", "0004-03-10", precision="month-day")
    a = _q("As of 3 March, 14 cases of measles have been confirmed.", "a", qty(14, "case", "14 cases"), dates=(m3,))
    b = _q("The number of confirmed measles cases has risen to 22 as of 10 March.", "b", qty(22, "case", "22"), dates=(m10,))
    assert compare_quantities(a, b, KB) is None
    assert compare_quantities(b, a, KB) is None
    # the same figure falling between the two dates stays a difference in time for the reader
    fell = _q("As of 3 March, 30 cases of measles have been confirmed.", "a", qty(30, "case", "30 cases"), dates=(m3,))
    v = compare_quantities(fell, b, KB)
    assert v is not None and v.verdict == "temporal-difference"
    # a day of no year against a dated one cannot be ordered: still a difference in time
    b25 = dataclasses.replace(b, slots=dataclasses.replace(b.slots, dates=(date("10 March 2025", "2025-03-10", precision="day"),)))
    v = compare_quantities(a, b25, KB)
    assert v is not None and v.verdict == "temporal-difference"


def test_numbers_rose_between_orders_by_date_and_converts_units():
    from checker.rules.numbers import rose_between

    y23, y25 = date("2023", "2023-01-01", "2023-12-31", "year"), date("2025", "2025-01-01", "2025-12-31", "year")
    small, large = qty(16.15e6, "copy", "16.15 million copies"), qty(16.39e6, "copy", "16.39 million copies")
    assert rose_between(small, y23, large, y25) and rose_between(large, y25, small, y23)
    assert not rose_between(large, y23, small, y25)
    assert not rose_between(small, y23, dataclasses.replace(large, relation="baseline"), y25)  # "up from": a change
    assert rose_between(qty(900, "metre", "900 m"), y23, qty(1.2, "kilometre", "1.2 km"), y25)
    assert not rose_between(qty(1500, "metre", "1,500 m"), y23, qty(1.2, "kilometre", "1.2 km"), y25)


def test_numbers_a_figure_set_against_the_other_figures_thing_answers_another_question():
    # an auction estimate and the price the lot sold for, beating it: two questions, and no conflict
    a = _q("The car carries an estimate of £40,000 to £60,000.", "a",
           qty(40000, "gbp", "£40,000 to £60,000", high=60000.0, event="estimate", holder="car"))
    for text in ("The car sold for £71,500, beating its upper estimate.", "The car made £71,500, comfortably above the top estimate."):
        b = _q(text, "b", qty(71500, "gbp", "£71,500", event="sell", holder="car"))
        assert compare_quantities(a, b, KB) is None, text
        assert compare_quantities(b, a, KB) is None, text
    # a claim stating the estimate's own figure still answers its question
    other = _q("The car carries an upper estimate of £71,500.", "b", qty(71500, "gbp", "£71,500", event="estimate", holder="car"))
    assert compare_quantities(a, other, KB) is not None


def test_numbers_set_against_reads_the_comparison_and_keeps_figures_of_the_thing_itself():
    from checker.rules.numbers import set_against

    est = qty(40000, "gbp", "£40,000", event="estimate", holder="car")
    a = _q("The car carries an estimate of £40,000.", "a", est)
    sold = qty(71500, "gbp", "£71,500", event="sell", holder="car")
    for text in ("It sold for £71,500, comfortably above the £60,000 top estimate.", "It sold for £71,500, over estimate.",
                 "It made £71,500, more than the estimate.", "It sold for £71,500, short of its estimates."):
        assert set_against(est, a, sold, _q(text, "b", sold)), text
    for text in ("It sold for £71,500 after an estimate was given.", "The estimate rose above £71,500."):
        assert not set_against(est, a, sold, _q(text, "b", sold)), text
    # the other value is itself a figure of the estimate: one question
    upper = qty(60000, "gbp", "£60,000", event="estimate", holder="top estimate")
    assert not set_against(est, a, upper, _q("It sold above the £60,000 top estimate.", "b", upper))
    # a count's own bound sets nothing against, and what is counted is no thing with a figure
    drew = qty(100, "", "100", event="draw", holder="march")
    joined = qty(200, "", "More than 200", ">", event="join")
    assert not set_against(drew, _q("The march drew 100.", "a", drew), joined, _q("More than 200 joined the march.", "b", joined))
    came = qty(200, "people", "200 people", holder="people")
    crowd = qty(500, "", "500", event="be", holder="crowd")
    assert not set_against(came, _q("About 200 people came.", "a", came), crowd,
                           _q("The crowd was bigger than people expected, at 500.", "b", crowd))
    # a phrase opening the claim frames all of it: "Under the plan," sets no figure against the plan's
    cut = qty(31, "position", "31 positions", event="decrease", holder="adopt plan")
    plan = _q("The adopted plan reduces the city workforce by 31 positions.", "a", cut)
    gone = qty(46, "position", "46 positions", event="eliminate", holder="city")
    assert not set_against(cut, plan, gone, _q("Under the adopted plan, the city eliminates 46 positions.", "b", gone))
    assert set_against(cut, plan, gone, _q("The city eliminates 46 positions, well over the plan.", "b", gone))
    # a name is no thing with a figure: "beat Castlebay 2-1" / "a 3-1 win over Castlebay"
    score = qty(2, "score", "2-1", event="beat", holder="castlebay")
    win = qty(3, "score", "3-1", event="win", holder="dunmore")
    assert not set_against(score, _q("Dunmore beat Castlebay 2-1.", "a", score), win, _q("A 3-1 win over Castlebay.", "b", win))
    # a value whose noun the claim does not write sets nothing against
    assert not set_against(qty(40000, "gbp", "£40,000", event="value"), a, sold, _q("It sold above estimate.", "b", sold))


def test_numbers_the_total_of_a_tally_and_an_increment_pair_with_their_own_figures():
    # "now stands at 212 species ... nine additions" / "added nine species ..., bringing the total number of ... to 212"
    a = _q("The island list now stands at 212 species after wardens logged nine additions.", "a",
           qty(212, "specie", "212 species", event="list", holder="island list", running=True),
           qty(9, "addition", "nine additions", event="log", holder="warden", running=True))
    b = _q("The survey has added nine species, bringing the total number of bird species recorded to 212.", "b",
           qty(9, "specie", "nine species", event="add", holder="survey"),
           qty(212, "specie", "212", event="record", holder="bird specie"))
    assert compare_quantities(a, b, KB) is None


def test_numbers_a_running_total_grown_past_the_other_figure_is_its_update():
    # "has now burned about 3,450 acres" / "has burned 3,200 acres": the total as of writing, grown since
    a, b = _one_question("The Hawks have won 11 of their 15 games in the Varna league.", qty(15.0, "game", "15 games", running=True),
                         "The Hawks won their 12th victory in 14 games in the Varna league.", qty(14.0, "game", "14 games"))
    assert compare_quantities(a, b, KB) is None
    assert compare_quantities(b, a, KB) is None
    from checker.rules.numbers import running_past

    grown, before = qty(3450, "acre", "about 3,450 acres", "~", running=True), qty(3200, "acre", "3,200 acres")
    assert running_past(grown, before) and running_past(before, grown)
    assert not running_past(dataclasses.replace(grown, value=3250.0), before)  # "about 3,250" admits 3,200: no gap
    assert not running_past(grown, dataclasses.replace(before, running=True))  # both running: no order
    assert not running_past(qty(3000, "acre", "3,000 acres", running=True), before)  # a total that fell stays


def test_numbers_a_figure_in_brackets_beside_a_main_figure_is_cited_after_it():
    a = _q("The council paid $1.2 million for the ride, drawing on a heritage lottery award and a public appeal.", "a",
           qty(1.2e6, "usd", "$1.2 million", event="pay", holder="council"))
    b = _q("The agreed purchase price of $850,000 will be met from the Heritage Fund award ($600,000) and the Carousel Appeal.",
           "b", qty(850000, "usd", "$850,000", event="price"), qty(600000, "usd", "$600,000", event="award", holder="fund award"))
    assert compare_quantities(a, b, KB).values == (("$1.2 million",), ("$850,000",))
    from checker.rules.numbers import aside

    assert aside(b.slots.quantities[1], b) and not aside(b.slots.quantities[0], b)
    # alone in its unit, a bracketed figure is the claim's answer
    alone = _q("The award ($600,000) was paid.", "b", qty(600000, "usd", "$600,000"))
    assert not aside(alone.slots.quantities[0], alone)


def test_numbers_a_parallel_line_of_another_thing_does_not_restate_the_other_sources_figure():
    from checker.rules.numbers import another_row, restated

    mine = _q("Compression level of the archive profile: 9.", "a", qty(9, "level", "9", event="level", holder="compression level"))
    row = _q("Compression level of the balanced profile: 6.", "a", qty(6, "level", "6", event="level", holder="compression level"))
    theirs = _q("The archive profile compresses at level 6.", "b", qty(6, "level", "level 6", event="compress", holder="archive profile"))
    v = Verdict("CC103", "contradiction", 0.75, "quantity", (("9",), ("level 6",)), "")
    assert another_row(row, mine, theirs)
    assert not restated(v, mine, theirs, {"a": [mine, row], "b": [theirs]}, KB)
    # the same line of the thing the other source names does restate it
    same = _q("Compression level of the archive profile in the appendix: 6.", "a", qty(6, "level", "6", event="level", holder="compression level"))
    assert not another_row(same, mine, theirs)
    assert restated(v, mine, theirs, {"a": [mine, same], "b": [theirs]}, KB)
    # a line sharing fewer words than it adds is told in other words (`test_numbers_a_scaled_number_without_its_noun_...`)


def test_numbers_a_count_of_acts_and_a_count_of_who_does_them_count_one_thing():
    from checker.rules.numbers import acts_counted, doers_act, one_act_counted

    recoveries = qty(194, "recovery", "194 recoveries", event="report")
    assert acts_counted(recoveries) == {"recover"} and doers_act(recoveries) == ""
    recovered = qty(200, "", "more than 200", ">", event="recover")  # "more than 200 have recovered"
    people = qty(200, "people", "200 people", event="recover")
    assert doers_act(recovered) == doers_act(people) == "recover"
    assert one_act_counted(recoveries, recovered) and one_act_counted(people, recoveries)
    assert same_count(recoveries, recovered, KB)
    # NOTE: the act's synonym is the act ("40 arrests" / "police apprehended 65 people")
    assert one_act_counted(qty(40, "arrest", "40 arrests"), qty(65, "people", "65 people", event="apprehend"))
    # neither names the act as a noun: two counts of two sets, each told by a verb
    assert not one_act_counted(people, qty(5, "doctor", "five doctors", event="recover"))
    # a kind of people is some of those the act befell ("49 residents had died" / "35 deaths" in the whole town)
    assert doers_act(qty(49, "resident", "49 residents", event="die")) == ""
    # things, money and measures count no doers ("won two titles" counts titles, not wins)
    assert not one_act_counted(qty(3, "win", "3 wins"), qty(2, "title", "two titles", event="win"))
    assert not one_act_counted(qty(3, "sale", "3 sales"), qty(5e6, "usd", "$5 million", event="sell"))
    assert not one_act_counted(recoveries, qty(200, "", "more than 200", ">", event="test"))


def test_numbers_occurrences_of_two_acts_are_two_counts():
    from checker.rules.numbers import occurrences_of_other_acts

    capped = qty(12, "times", "12 times", event="cap")
    played = qty(41, "times", "41 times", event="play")
    assert occurrences_of_other_acts(capped, played, KB) and not same_count(capped, played, KB)
    assert not occurrences_of_other_acts(played, qty(38, "times", "38 times", event="play"), KB)
    # NOTE: a verb of being or of change names no act of its own; a count of another unit is not an occurrence count
    assert not occurrences_of_other_acts(qty(3, "times", "three times", event="visit"), qty(5, "times", "five times", event="be"), KB)
    assert not occurrences_of_other_acts(qty(3, "times", "three times", event="increase"), qty(2, "times", "twice", event="play"), KB)
    assert not occurrences_of_other_acts(qty(12, "caps", "12 caps", event="cap"), played, KB)
    assert not occurrences_of_other_acts(qty(7, "times", "seven times", event="platinum"), qty(7, "times", "more than seven times", ">", event="sell"), KB)


def test_numbers_a_figure_its_source_states_for_another_time_is_no_conflict():
    """"reaches 23 cases" over "confirmed 23 cases as of Monday", against "31 by Friday": Monday's count and Friday's."""
    from checker.rules.numbers import restated

    head = _q("Measles outbreak in Corrin County reaches 23 cases", "b", qty(23, "case", "23 cases"))
    body = _q("Health officials in Corrin County confirmed 23 cases of measles as of Monday.", "b", qty(23, "case", "23 cases"))
    friday = _q("The number of confirmed measles cases had risen to 31 by Friday.", "a", qty(31, "case", "31"))
    v = Verdict("CC103", "contradiction", 0.75, "quantity", (("31",), ("23 cases",)), "")
    assert restated(v, friday, head, {"a": [friday], "b": [head, body]}, KB)
    # the source states the figure for the other claim's day, or for no day, or the headline names its own day: a conflict
    for other in ("confirmed 23 cases of measles by Friday.", "confirmed 23 cases of measles."):
        same_day = _q(f"Health officials in Corrin County {other}", "b", qty(23, "case", "23 cases"))
        assert not restated(v, friday, head, {"a": [friday], "b": [head, same_day]}, KB)
    dated = _q("Measles outbreak in Corrin County reaches 23 cases on Friday", "b", qty(23, "case", "23 cases"))
    assert not restated(v, friday, dated, {"a": [friday], "b": [dated, body]}, KB)


def test_numbers_a_whole_the_other_claim_states_too_is_agreed_and_no_part_exceeds_it():
    """"five medals in all" against "seven medals on Sunday, while Ireland finished second with five": the other claim
    states the five too, so the seven is another's figure, not a part exceeding it."""
    five = _q("Ireland took five medals in all.", "a", qty(5, "medal", "five medals"))
    text = "Germany topped the medal table on Sunday with seven medals, while Ireland finished second with five."
    seven = qty(7, "medal", "seven medals", scope=("sunday",))
    assert compare_quantities(five, _q(text, "b", seven, qty(5, "medal", "five", holder="ireland")), KB) is None
    # without the five, or with another figure, the part exceeds the whole
    for others in ((), (qty(4, "medal", "four", holder="ireland"),)):
        v = compare_quantities(five, _q(text, "b", seven, *others), KB)
        assert v is not None and v.verdict == "contradiction" and v.values == (("five medals",), ("seven medals",))


def test_numbers_a_bare_figure_written_again_after_a_verb_of_level_answers_the_approximate_one():
    """"has fallen to 3,100" restates "about 3,100 copies": a level verb's bare number is its subject's figure."""
    week = _q("Circulation had fallen to about 3,100 copies a week, a fraction of the 1990s peak.", "a",
              qty(3100, "copy", "about 3,100 copies", "~", event="circulation", holder="circulation", per="week"))
    text = "The Echo's circulation peaked at about 24,000 copies in the 1990s and has fallen to 3,100."
    peak = qty(24000, "copy", "about 24,000 copies", "~", event="peak", holder="circulation")
    assert compare_quantities(week, _q(text, "b", peak, qty(3100, "", "3,100", event="decrease", holder="circulation")), KB) is None
    # a bound, or another figure, is no restatement
    for bare in (qty(3100, "", "more than 3,100", ">", event="decrease"), qty(3000, "", "3,000", event="decrease")):
        v = compare_quantities(week, _q(text, "b", peak, bare), KB)
        assert v is not None and v.values == (("about 3,100 copies",), ("about 24,000 copies",))


def test_numbers_a_small_bare_figure_beside_a_value_asking_the_others_question_answers_it():
    """"two dozen whales beached ..., and by evening 17 had been returned" / "17 whales refloated": the 17 again."""
    text = "Roughly two dozen false killer whales beached at Tamsin Bay on Sunday morning, and by evening 17 had been returned to sea."
    dozen = qty(24, "whale", "Roughly two dozen false killer whales", "~", event="beach", holder="false killer whale")
    head = _q("17 false killer whales refloated after stranding at Tamsin Bay", "b", qty(17, "whale", "17 false killer whales", event="refloat"))
    assert compare_quantities(_q(text, "a", dozen, qty(17, "", "17", event="evening")), head, KB) is None
    v = compare_quantities(_q(text, "a", dozen, qty(16, "", "16", event="evening")), head, KB)
    assert v is not None and v.values == (("Roughly two dozen false killer whales",), ("17 false killer whales",))


def test_numbers_a_share_of_them_is_the_percentages_own_answer():
    """"72.4% of those voting backed strike action" answers "Nearly three quarters of members who voted backed" it."""
    most = _q("Nearly three quarters of union members who voted backed strike action, on a turnout of just over half.", "a",
              qty(75, "percent", "Nearly three quarters", "~<", event="back"))
    text = "Of the 2,140 members balloted, 53.8% took part, and 72.4% of those voting backed strike action."
    turnout = qty(53.8, "percent", "53.8%")
    assert compare_quantities(most, _q(text, "b", turnout, qty(72.4, "percent", "72.4%", relation="part")), KB) is None
    # a count of some of them is still no amount
    v = compare_quantities(most, _q(text, "b", turnout, qty(72.4, "member", "72.4", relation="part")), KB)
    assert v is not None and v.values == (("Nearly three quarters",), ("53.8%",))


def test_numbers_one_exact_figure_in_both_claims_is_not_set_against_the_other():
    """"the cap dropping ... to £1,690" / "the bill under the price cap will fall ... to £1,690": stated, not set against."""
    cap = _q("A typical household will pay £144 less a year, with the cap dropping from £1,834 to £1,690.", "a",
             qty(144, "gbp", "£144", event="less"), qty(1690, "gbp", "£1,690", event="decrease", holder="cap"))
    bill = _q("The annual gas bill for a typical household under the price cap will fall to £1,690 from 1 January.", "b",
              qty(1690, "gbp", "£1,690", event="decrease", holder="annual gas bill"))
    assert compare_quantities(cap, bill, KB) is None
    # another figure of the bill, set against nothing, conflicts as the saving did before
    other = _q(bill.text.replace("£1,690", "£1,700"), "b", qty(1700, "gbp", "£1,700", event="decrease", holder="annual gas bill"))
    assert compare_quantities(cap, other, KB) is not None


def test_numbers_a_time_the_parts_claim_names_too_is_no_other_time():
    """"back in custody on Friday night after five days on the run" / "recaptured on Friday after three days": one Friday,
    not a measure at another time than the other claim's."""
    night = _q("Kieran Voss was back in custody on Friday night after five days on the run.", "a",
               qty(5, "day", "five days", holder="kieran voss", scope=("night",)))
    friday = _q("A prisoner was recaptured on Friday after three days on the run, police said.", "b",
                qty(3, "day", "three days", holder="prisoner", scope=("friday",)))
    v = compare_quantities(night, friday, KB)
    assert v is not None and v.reason == "'five days' and 'three days' admit no common value"  # one length, no part
    tuesday = _q("A prisoner was recaptured on Tuesday after three days on the run, police said.", "b",
                 qty(3, "day", "three days", holder="prisoner", scope=("tuesday",)))
    assert compare_quantities(night, tuesday, KB) is None


def test_numbers_the_size_of_a_change_and_a_level_are_two_questions():
    """"The rise of 285 pounds a year" / "the typical annual bill will rise to 1,849 pounds": how much, and where to."""
    rise = _q("The rise of 285 pounds a year will hit households from April, the regulator said.", "a",
              qty(285, "gbp", "285 pounds", event="increase", holder="rise", per="year"))
    level = _q("The regulator said the typical annual bill will rise to 1,849 pounds from April.", "b",
               qty(1849, "gbp", "1,849 pounds", event="increase", holder="typical annual bill"))
    assert compare_quantities(rise, level, KB) is None and compare_quantities(level, rise, KB) is None
    # two changes, one told by its noun and one by its verb, ask one question
    by = _q("The regulator said the typical annual bill will rise by 345 pounds a year from April.", "b",
            qty(345, "gbp", "345 pounds", event="increase", holder="typical annual bill", per="year"))
    v = compare_quantities(rise, by, KB)
    assert v is not None and v.values == (("285 pounds",), ("345 pounds",))
