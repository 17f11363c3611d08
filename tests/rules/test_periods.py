"""Values of two times, gains against levels, changes on two occasions: answers of different questions (issue 11)."""

from __future__ import annotations

import dataclasses

from checker.models import Token
from checker.normalize.holders import flow_verbs, value_running, value_stock
from checker.rules.common import occasions, other_occasions
from checker.rules.dates import compare_dates
from checker.rules.modality import compare_poles
from checker.rules.numbers import compare_quantities, flow_against_stock

from .handmade import KB, claim, date, qty


def test_periods_occasions_read_weekdays_months_quarters_and_not_the_verb_may():
    assert occasions("Shares fell 3% on Monday.") == {"monday"}
    assert occasions("Prices rose in the first quarter and in Q3, it may rise in May.") == {"first quarter", "third quarter", "may"}
    assert occasions("Revenue rose in 2023.") == frozenset()  # NOTE: years are the date slots'


def test_periods_other_occasions_need_a_time_on_each_side_the_other_never_names():
    mon, tue = claim("Shares of Telvo fell 3% on Monday."), claim("Shares of Telvo rose 2% on Tuesday.", "b")
    assert other_occasions(mon, tue)
    assert not other_occasions(mon, claim("Shares of Telvo rose 2%.", "b"))
    assert not other_occasions(claim("Sales rose in Q1."), claim("Sales fell in the first quarter.", "b"))


def test_periods_antonyms_of_one_holder_on_two_occasions_are_two_changes():
    a = claim("Shares of Telvo fell 3% on Monday.", contraries=(("fall", "share", False, ""),))
    b = claim("Shares of Telvo rose 2% on Tuesday.", "b", contraries=(("rise", "share", False, ""),))
    assert compare_poles(a, b, KB) is None
    same_day = claim("Shares of Telvo rose 2% on Monday.", "b", contraries=(("rise", "share", False, ""),))
    assert compare_poles(a, same_day, KB) is not None


def _dated(text, sid, year, event, **slots):
    return claim(text, sid, frames=(event,), dates=(date(year, f"{year}-01-01", f"{year}-12-31", "year", event=event, holder="sale"),), **slots)


def test_periods_a_rise_and_a_fall_dated_apart_are_no_date_conflict():
    a = _dated("Sales of the phone increased in 2022.", "a", "2022", "sell", contraries=(("increase", "sale", False, ""),))
    b = _dated("Sales of the phone decreased in 2023.", "b", "2023", "sell", contraries=(("decrease", "sale", False, ""),))
    assert compare_dates(a, b, KB) is None
    both_rose = _dated("Sales of the phone increased in 2023.", "b", "2023", "sell", contraries=(("increase", "sale", False, ""),))
    assert compare_dates(a, both_rose, KB) is not None


def test_periods_dates_of_two_values_of_one_count_are_no_date_conflict():
    four = _dated("Sales in 2022 were $4 billion.", "a", "2022", "sell", quantities=(qty(4e9, "usd", "$4 billion", event="sell", holder="sale"),))
    five = _dated("Sales were $5 billion in 2023.", "b", "2023", "sell", quantities=(qty(5e9, "usd", "$5 billion", event="sell", holder="sale"),))
    assert compare_dates(four, five, KB) is None
    # one value at two dates is a question of when
    also_four = _dated("Sales were $4 billion in 2023.", "b", "2023", "sell", quantities=(qty(4e9, "usd", "$4 billion", event="sell", holder="sale"),))
    assert compare_dates(four, also_four, KB) is not None


def _tokens(spec):
    out, pos = [], 0
    for text, lemma, tag, dep, head in spec:
        out.append(Token(text, lemma, tag, dep, head, "", pos))
        pos += len(text) + 1
    return " ".join(t.text for t in out), tuple(out)


def test_periods_a_count_a_verb_of_having_has_is_a_stock_and_a_perfects_object_is_not():
    text, toks = _tokens([("Norvik", "norvik", "PROPN", "nsubj", 1), ("has", "have", "VERB", "ROOT", 1), ("50,000", "50,000", "NUM", "nummod", 3),
                          ("jobs", "job", "NOUN", "dobj", 1)])
    at = text.find("50,000 jobs")
    assert value_stock(at, at + len("50,000 jobs"), toks)
    text, toks = _tokens([("Norvik", "norvik", "PROPN", "nsubj", 2), ("has", "have", "AUX", "aux", 2), ("added", "add", "VERB", "ROOT", 2),
                          ("3,000", "3,000", "NUM", "nummod", 4), ("jobs", "job", "NOUN", "dobj", 2)])
    at = text.find("3,000 jobs")
    assert not value_stock(at, at + len("3,000 jobs"), toks)


def test_periods_a_perfect_counted_since_a_time_is_a_running_total():
    assert value_running("Volta has sold 10 million cars since 1990.")
    assert value_running("The virus has killed 36 people since the outbreak began.")
    assert not value_running("Volta sold 2 million cars last year.")
    assert not value_running("Since 1990 Volta sold cars in 40 countries.")


def test_periods_flow_verbs_are_wordnets_acts_of_moving_a_count():
    assert {"add", "cut", "create", "eliminate", "lose", "reduce"} <= flow_verbs()
    assert not {"have", "carry", "receive", "employ"} & flow_verbs()


def test_periods_a_gain_against_a_level_answers_two_questions():
    added = qty(3000, "job", "3,000 jobs", event="add", holder="norvik")
    has = qty(50000, "job", "50,000 jobs", holder="norvik", stock=True)
    assert flow_against_stock(added, has, KB) and flow_against_stock(has, added, KB)
    a, b = claim("Norvik added 3,000 jobs last year.", quantities=(added,)), claim("Norvik has 50,000 jobs.", "b", quantities=(has,))
    assert compare_quantities(a, b, KB) is None
    # two levels, or a level against a count carried (no act moving it), keep one question
    assert not flow_against_stock(dataclasses.replace(added, stock=True, event="employ"), has, KB)
    assert not flow_against_stock(dataclasses.replace(added, event="carry"), has, KB)


def test_periods_people_named_narrowly_or_widely_of_one_holder_are_one_count():
    from checker.rules.numbers import people_of_one_holder

    employees = qty(1800, "employee", "1,800 employees", holder="ferrowind plant")
    workers = qty(2000, "worker", "2,000 workers", holder="ferrowind plant")
    assert people_of_one_holder(employees, workers, KB)
    a = claim("The Ferrowind plant has 1,800 employees.", quantities=(employees,))
    b = claim("The Ferrowind plant has 2,000 workers.", "b", quantities=(workers,))
    v = compare_quantities(a, b, KB)
    assert v is not None and v.verdict == "contradiction"
    # two holders, no holder, or things (a kind of car may be some of the cars) keep the part against the whole
    assert not people_of_one_holder(employees, dataclasses.replace(workers, holder="kestrel mill"), KB)
    assert not people_of_one_holder(employees, dataclasses.replace(workers, holder=""), KB)
    suvs, cars = qty(300000, "suv", "300,000 SUVs", holder="toyota"), qty(500000, "car", "500,000 cars", holder="toyota")
    assert not people_of_one_holder(suvs, cars, KB)


def test_periods_a_value_both_claims_state_or_a_clock_time_keeps_the_date_conflict():
    def forecast(text, sid, year, *values):
        return _dated(text, sid, year, "sell", quantities=tuple(qty(v, "usd", t, event="sell", holder="sale") for v, t in values))

    a = forecast("Our sales forecast for 2021 is $1.7 billion, compared with $1.67 billion in the prior year.", "a", "2021",
                 (1.7e9, "$1.7 billion"), (1.67e9, "$1.67 billion"))
    b = forecast("The sales forecast for 2022 is $1.7 billion, and sales rose to $441 million.", "b", "2022",
                 (1.7e9, "$1.7 billion"), (441e6, "$441 million"))
    assert compare_dates(a, b, KB) is not None
    from checker.normalize.numbers import TIME_OF_DAY

    meet = _dated("We meet on June 26th at 1:34 PM.", "a", "2021", "sell", quantities=(qty(13.57, TIME_OF_DAY, "1:34 PM"),))
    later = _dated("They meet on June 27th at 1:44 PM.", "b", "2022", "sell", quantities=(qty(13.73, TIME_OF_DAY, "1:44 PM"),))
    assert compare_dates(meet, later, KB) is not None
