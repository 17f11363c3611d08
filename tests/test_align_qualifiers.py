"""Measurement qualifiers in question alignment: values on different axes (basis, dilution, period) are not compared."""

from __future__ import annotations

import dataclasses

import pytest

from checker.judge import align as al
from checker.judge import judge_pair
from checker.knowledge import load_knowledge
from checker.models import Claim
from checker.normalize import claim_slots
from checker.normalize.entities import ProductLexicon

KB = load_knowledge()


def _claim(sid: str, text: str) -> Claim:
    lex = ProductLexicon()
    lex.add_text(text)
    slots = claim_slots(text, (), KB, lex, None)
    return Claim(sid, f"{sid}.md", 0, len(text), 1, 1, 1, text, slots=slots)


def _measures(text: str, answer: str) -> dict[str, str]:
    i = text.index(answer)
    return dict(al.measure_qualifiers(text, (i, i + len(answer)), KB))


def test_align_qualifiers_lexicon_is_loaded_as_knowledge():
    assert KB.qualifiers["non-gaap"] == ("basis", "adjusted")
    assert KB.qualifiers["gaap"] == ("basis", "reported")
    assert KB.qualifiers["diluted"] == ("dilution", "diluted")
    # NOTE: a longer phrase belongs to its own axis, not to the word it starts with.
    assert KB.qualifiers["net of tax"] == ("tax", "after tax")
    assert KB.qualifiers["net"] == ("gross or net", "net")


def test_align_qualifiers_nearest_phrase_per_axis():
    text = "GAAP earnings per share were $1.51 and adjusted earnings per share were $1.60."
    assert _measures(text, "$1.51") == {"basis": "reported"}
    assert _measures(text, "$1.60") == {"basis": "adjusted"}


def test_align_qualifiers_longest_phrase_wins():
    assert _measures("Profit net of tax was $40 million.", "$40 million") == {"tax": "after tax"}
    assert _measures("Net profit was $40 million.", "$40 million") == {"gross or net": "net"}


def test_align_qualifiers_another_number_between_blocks_a_phrase():
    text = "Revenue grew 10% on a reported basis and 12% at constant currency."
    assert _measures(text, "10%") == {"basis": "reported"}
    assert _measures(text, "12%")["basis"] in ("reported", "constant currency")
    assert _measures("Adjusted revenue was $5 million, up from $4 million.", "$4 million") == {}


def test_align_qualifiers_window_is_bounded():
    far = "Adjusted " + "figures and other things were discussed at length today while " + "revenue was $9 million."
    assert "basis" not in _measures(far, "$9 million")


def test_align_qualifiers_different_basis_is_a_different_question():
    a = _claim("A", "On a GAAP basis, earnings per diluted share were $1.51 in the third quarter.")
    b = _claim("B", "Adjusted earnings per diluted share were $1.30 in the third quarter.")
    x = al.align(a, "$1.51", b, "$1.30", KB)
    assert not x.aligned and x.qualifier_clash
    assert "reported vs adjusted (basis)" in x.why
    assert [v.code for v in judge_pair(a, b, KB)] == []


@pytest.mark.parametrize(
    "text_a, text_b, answers",
    [
        ("Gross margin was 42% in the quarter.", "Net margin was 12% in the quarter.", ("42%", "12%")),
        ("Annual revenue reached $40 million.", "Quarterly revenue reached $11 million.", ("$40 million", "$11 million")),
        ("Basic earnings per share were $2.10.", "Diluted earnings per share were $2.05.", ("$2.10", "$2.05")),
        ("The median income was $51,000.", "The average income was $63,000.", ("$51,000", "$63,000")),
    ],
)
def test_align_qualifiers_clash_on_each_axis(text_a, text_b, answers):
    a, b = _claim("A", text_a), _claim("B", text_b)
    x = al.align(a, answers[0], b, answers[1], KB)
    assert not x.aligned and "different measurement qualifiers" in x.why


def test_align_qualifiers_same_or_missing_qualifier_still_compares():
    a = _claim("A", "Adjusted earnings per share were $2.79 in the quarter.")
    b = _claim("B", "Adjusted earnings per share were $3.79 in the quarter.")
    assert [v.code for v in judge_pair(a, b, KB)] == ["CC103"]
    # NOTE: one side names no basis: it may be either, so the values stay comparable.
    c = _claim("C", "Earnings per share were $3.79 in the quarter.")
    x = al.align(a, "$2.79", c, "$3.79", KB)
    assert x.aligned and not x.qualifier_clash
    assert [v.code for v in judge_pair(a, c, KB)] == ["CC103"]


def test_align_qualifiers_empty_lexicon_changes_nothing():
    bare = dataclasses.replace(KB, qualifiers={})
    a = _claim("A", "Gross margin was 42% in the quarter.")
    b = _claim("B", "Net margin was 12% in the quarter.")
    assert al.align(a, "42%", b, "12%", bare).aligned
    assert not al.align(a, "42%", b, "12%", KB).aligned


def test_align_qualifiers_a_multi_word_name_is_not_a_tier():
    # NOTE: the source ("Rotten Tomatoes") and the title ("The Night Before") are names, not qualifiers.
    a = _claim("A", "On Rotten Tomatoes, the film has a rating of 66%, based on 32 reviews.")
    b = _claim("B", "The Night Before has a rating of more than 67%.")
    qa, qb = al.question(a, "66%", KB), al.question(b, "more than 67%", KB)
    assert not qa.qualifiers and not qb.qualifiers
    assert "different qualifiers" not in al.align(a, "66%", b, "more than 67%", KB).why
    # a single capitalised modifier still names a tier
    assert al.question(_claim("C", "The Basic plan costs $9.99 per month."), "$9.99", KB).qualifiers == {"basic"}


def test_align_qualifiers_modality_default_is_loaded_from_the_phrase_less_value():
    assert KB.qualifiers["guidance"] == ("modality", "expected")
    assert KB.qualifier_defaults == {"modality": "measured", "extent": "whole"}


def test_align_qualifiers_a_forecast_and_a_measured_figure_are_different_questions():
    forecast = _claim("A", "The company expects fourth-quarter revenue of $1.5 billion.")
    reported = _claim("B", "The company reported fourth-quarter revenue of $1.4 billion.")
    x = al.align(forecast, "$1.5 billion", reported, "$1.4 billion", KB)
    assert not x.aligned and "expected vs measured (modality)" in x.why
    assert [v.code for v in judge_pair(forecast, reported, KB)] == []
    # NOTE: two forecasts, or two unmarked figures, answer one question.
    other = _claim("C", "The company expects fourth-quarter revenue of $1.9 billion.")
    assert [v.code for v in judge_pair(forecast, other, KB)] == ["CC103"]
    plain = _claim("D", "The company reported fourth-quarter revenue of $1.9 billion.")
    assert [v.code for v in judge_pair(reported, plain, KB)] == ["CC103"]


def test_align_qualifiers_a_value_needed_is_no_value_reached():
    assert _measures("Vodan needed just nine points to break the record.", "nine points") == {"modality": "required"}
    # "must" and "has to" state a rule's figure as "needs" does
    assert _measures("Passwords must be at least 12 characters long.", "at least 12 characters") == {
        "modality": "required", "dimension": "length"}
    assert _measures("Each entrant has to be 18 years old.", "18 years old") == {"modality": "required"}
    needed = _claim("A", "Vodan needed just nine points in the game to break the record.")
    scored = _claim("B", "Vodan finished the game with 20 points.")
    assert [v.code for v in judge_pair(needed, scored, KB)] == []
    # two needed values answer one question
    other = _claim("C", "Vodan needed 12 points in the game to break the record.")
    assert [v.code for v in judge_pair(needed, other, KB)] == ["CC103"]


def test_align_qualifiers_without_a_default_a_missing_axis_stays_comparable():
    forecast = _claim("A", "The company expects fourth-quarter revenue of $1.5 billion.")
    reported = _claim("B", "The company reported fourth-quarter revenue of $1.4 billion.")
    no_default = dataclasses.replace(KB, qualifier_defaults={})
    assert al.align(forecast, "$1.5 billion", reported, "$1.4 billion", no_default).aligned


def test_align_qualifiers_a_phrase_after_the_answer_nearer_the_next_number_is_that_numbers():
    text = "Revenue was $1.4 billion, against guidance of $1.3 billion."
    assert _measures(text, "$1.4 billion") == {}
    assert _measures(text, "$1.3 billion") == {"modality": "expected"}
    # nearer the answer than the next number, it is the answer's
    assert _measures("Revenue of $1.4 billion is forecast for next year, with costs of $2 billion.", "$1.4 billion") == {
        "modality": "expected"}


def test_align_qualifiers_a_figure_set_against_an_expectation_was_measured():
    assert _measures("Sales rose to $5 billion, more than expected.", "$5 billion") == {"modality": "measured"}
    assert _measures("Sales rose to $5 billion, above expectations.", "$5 billion") == {"modality": "measured"}
    assert "" not in KB.qualifiers  # NOTE: the empty phrase marks the default; it is never matched


def test_align_qualifiers_a_year_between_does_not_block_a_phrase_but_an_amount_does():
    assert _measures("Our sales forecast for 2021 is $1.7 billion.", "$1.7 billion") == {"modality": "expected"}
    assert _measures("Our sales forecast of $2021 is $1.7 billion.", "$1.7 billion") == {}
    assert _measures("Our sales forecast of 2,021 units is $1.7 billion.", "$1.7 billion") == {}


def test_align_qualifiers_both_ends_of_a_range_take_its_qualifier():
    text = "Our sales forecast for 2021 is in the range of $1.7 billion to $1.8 billion."
    assert _measures(text, "$1.7 billion") == {"modality": "expected"}
    assert _measures(text, "$1.8 billion") == {"modality": "expected"}
    assert _measures("Adjusted revenue was $5 million, and revenue $4 million.", "$4 million") == {}


def test_align_qualifiers_a_part_of_an_event_and_a_rate_are_other_questions_than_the_whole():
    part = _claim("A", "Pacquiao landed 68 punches in the round against Marquez.")
    whole = _claim("B", "Pacquiao landed 369 punches against Marquez.")
    x = al.align(part, "68 punches", whole, "369 punches", KB)
    assert not x.aligned and "part vs whole (extent)" in x.why
    rate = _claim("C", "He scored 27 points per game for the Lakers.")
    total = _claim("D", "He scored a total of 2,000 points for the Lakers.")
    assert "different measurement qualifiers" in al.align(rate, "27 points", total, "2,000 points", KB).why
    # two parts, or two wholes, stay one question
    part2 = _claim("E", "Pacquiao landed 70 punches in the round against Marquez.")
    assert al.align(part, "68 punches", part2, "70 punches", KB).aligned


def test_align_qualifiers_a_list_qualifier_reaches_every_item():
    text = "So far, police confiscated 14 rifles, 31 magazines and 2 pistols."
    assert _measures(text, "14 rifles") == {"extent": "part"}
    assert _measures(text, "31 magazines") == {"extent": "part"}
    assert _measures(text, "2 pistols") == {"extent": "part"}
    # a number that is no item of the list the answer continues still takes the qualifier for itself
    assert _measures("So far police confiscated 14 rifles in raids that found 31 magazines.", "31 magazines") == {}
    assert "basis" not in _measures("Adjusted revenue was $5 million, $4 million a year earlier.", "$4 million")


def test_align_qualifiers_a_later_clause_qualifies_its_own_words_not_the_figure_before():
    text = "Sales increased to $541 million, with a projected sales forecast of growth."
    assert _measures(text, "$541 million") == {}
    assert _measures("Sales increased to $541 million, projected to grow.", "$541 million") == {"modality": "expected"}
    assert _measures("Sales increased to $541 million with a projected rise.", "$541 million") == {"modality": "expected"}


def test_align_qualifiers_guided_as_an_adjective_is_no_forecast_guided_to_is():
    assert "guided" not in KB.qualifiers and KB.qualifiers["guided to"] == ("modality", "expected")
    a = _claim("A", "Today's session is a self guided 30 minute meditation.")
    assert ("modality", "expected") not in al.question(a, "30 minute", KB).measures
    b = _claim("B", "In May we guided to $1.2 billion of revenue.")
    assert ("modality", "expected") in al.question(b, "$1.2 billion", KB).measures


def test_align_qualifiers_what_an_amount_is_for_tells_two_amounts_apart():
    # NOTE: "$12 billion for public transit" / "$8 billion for airports": two allocations, two questions
    a = _claim("a", "The bill includes $12 billion for public transit.")
    assert al.question(a, "$12 billion", KB).qualifiers >= {"public", "transit"}
    assert not al.align(a, "$12 billion", _claim("b", "The bill includes $8 billion for airports."), "$8 billion", KB).aligned
    assert judge_pair(a, _claim("b", "The bill includes $8 billion for airports."), KB) == []
    # the same purpose, or one side naming none, stays one question
    assert al.align(a, "$12 billion", _claim("b", "The bill includes $8 billion for public transit."), "$8 billion", KB).aligned
    assert al.align(a, "$12 billion", _claim("b", "The bill includes $8 billion."), "$8 billion", KB).aligned
    # only a "for" phrase right after the amount
    assert al.question(_claim("c", "For airports, the bill includes $8 billion."), "$8 billion", KB).qualifiers == frozenset()


def test_align_qualifiers_the_one_quarter_a_claim_names_frames_each_figure():
    text = "Fourth-quarter revenue rose 12% to $2.3 billion, with operating profit of $190 million."
    assert _measures(text, "$190 million") == {"quarter": "fourth quarter", "period": "quarterly"}
    # NOTE: a claim of two quarters frames no figure it does not stand next to
    two = "Revenue was $2.3 billion, with operating profit of $190 million, up from the third quarter and the fourth quarter."
    assert "quarter" not in _measures(two, "$2.3 billion")
    # NOTE: a figure's own period stays its own
    own = "Fourth-quarter revenue rose 12% to $2.3 billion, bringing full-year revenue to $8.1 billion."
    assert _measures(own, "$8.1 billion")["period"] == "annual"


def test_align_qualifiers_a_quarters_figure_is_no_full_years():
    a = _claim("A", "The company said fourth-quarter revenue rose 12% to $2.3 billion, with operating profit of $190 million.")
    b = _claim("B", "Full-year operating profit was $640 million, the company said.")
    x = al.align(a, "$190 million", b, "$640 million", KB)
    assert not x.aligned and "quarterly vs annual (period)" in x.why
    assert [v.code for v in judge_pair(a, b, KB)] == []
    # NOTE: two figures of one quarter still meet
    c = _claim("C", "Operating profit in the fourth quarter was $240 million.")
    assert al.align(a, "$190 million", c, "$240 million", KB).aligned


def test_align_qualifiers_a_quarter_inside_the_answer_frames_no_other_answer():
    # NOTE: the dates of two quarters are one question (when), not figures of two quarters
    text = "Third quarter 2020 earnings were $0.34 per diluted share."
    assert "quarter" not in _measures(text, "Third quarter 2020")
    assert _measures(text, "$0.34")["quarter"] == "third quarter"
    a = _claim("A", text)
    b = _claim("B", "The company's adjusted earnings per share for the second quarter of 2020 decreased by 17%.")
    assert al.align(a, "Third quarter 2020", b, "the second quarter of 2020", KB).aligned


def test_align_qualifiers_two_dimensions_of_one_thing_are_two_questions():
    assert _measures("The clifftop path is just over three miles long.", "over three miles") == {"dimension": "length"}
    assert _measures("The path climbs 120 metres to the headland.", "120 metres") == {"dimension": "height"}
    assert _measures("The tower rises 300 feet above the square.", "300 feet") == {"dimension": "height"}
    assert _measures("The lake is 40 metres deep in places.", "40 metres") == {"dimension": "depth"}
    long_ = _claim("A", "The clifftop path from Porthkerris to St Elwyn is just over three miles long.")
    climbs = _claim("B", "The clifftop path from Porthkerris to St Elwyn climbs 900 metres to the headland.")
    assert "dimension" in al.align(long_, "over three miles", climbs, "900 metres", KB).why
    # one dimension stays one question, and a value naming none stays comparable with either
    also_long = _claim("C", "The clifftop path from Porthkerris to St Elwyn is 900 metres long.")
    assert al.align(long_, "over three miles", also_long, "900 metres", KB).aligned
    bare = _claim("D", "The clifftop path from Porthkerris to St Elwyn is 900 metres.")
    assert al.align(long_, "over three miles", bare, "900 metres", KB).aligned


def test_align_qualifiers_a_time_word_is_no_tier_of_what_is_measured():
    # NOTE: probe set 3 c01: the report's weekday against the span a count covers; both claims count one thing
    a = _claim("a", "The trust said on Thursday that volunteers counted 412 nests on the beaches this summer.")
    b = _claim("b", "The trust's volunteers logged a total of 386 nests between May and August.")
    assert "thursday" in al.question(a, "412 nests", KB).qualifiers
    assert "august" in al.question(b, "386 nests", KB).qualifiers
    got = al.align(a, "412 nests", b, "386 nests", KB)
    assert not got.qualifier_clash and "qualifiers" not in got.why


def test_align_qualifiers_times_on_one_calendar_axis_still_tell_two_questions_apart():
    a = _claim("a", "On Saturday the Riverside protest drew 5,000 people.")
    b = _claim("b", "On Sunday the Riverside protest drew 3,000 people.")
    assert al.align(a, "5,000 people", b, "3,000 people", KB).qualifier_clash
    assert al._tiers_differ(frozenset({"may"}), frozenset({"june"}))
    assert al._tiers_differ(frozenset({"saturday"}), frozenset({"sunday's"}))
    assert not al._tiers_differ(frozenset({"thursday"}), frozenset({"august"}))
    assert not al._tiers_differ(frozenset({"basic"}), frozenset({"august"}))
    assert al._tiers_differ(frozenset({"basic", "thursday"}), frozenset({"premium"}))
