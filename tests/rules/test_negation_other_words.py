"""CC201 for a negation told in other words: a synonym of the asserted verb negated, and a refusal stated on the day
of the act (hand-built claims, no parser)."""

from __future__ import annotations

import dataclasses

from checker.rules.negation import compare_negation, refused_that_day

from .handmade import KB, claim, date

_ALLOWED = "Dogs are allowed on the trail."
_NOT_PERMITTED = "Dogs are not permitted on the trail at any time."


def _allowed(text: str = _ALLOWED, **kw):
    kw.setdefault("predicates", ("allow", "be", "dog", "trail"))
    return claim(text, "a", **kw)


def _not_permitted(text: str = _NOT_PERMITTED, **kw):
    kw.setdefault("predicates", ("be", "dog", "permit", "time", "trail"))
    kw.setdefault("neg_heads", ("permit",))
    kw.setdefault("neg_subjects", ("dog",))
    return claim(text, "b", negated=True, **kw)


def test_negation_a_negated_synonym_of_the_asserted_verb_is_a_contradiction():
    v = compare_negation(_allowed(), _not_permitted(), KB)
    assert v is not None and v.code == "CC201" and v.verdict == "contradiction"
    assert v.values == (("asserted",), ("negated",))
    assert "'permit' and 'allow' name one act" in v.reason and "100% of the other wording" in v.reason
    assert v.confidence == 0.65
    back = compare_negation(_not_permitted(), _allowed(), KB)
    assert back is not None and back.values == (("negated",), ("asserted",))


def test_negation_a_synonym_needs_the_rest_of_the_wording_and_a_verb_the_table_pairs():
    # "allow" and "admire" name no one act: no clash in other words
    other = _allowed("Dogs are admired on the trail.", predicates=("admire", "be", "dog", "trail"))
    assert compare_negation(other, _not_permitted(), KB) is None
    # the synonym, but the rest of the two statements differs
    elsewhere = _allowed("Horses are allowed in the stables beside the visitor centre car park.",
                         predicates=("allow", "be", "horse", "stable", "visitor", "centre", "car", "park"))
    assert compare_negation(elsewhere, _not_permitted(), KB) is None
    # the asserted verb is negated too on the other side
    both = _allowed(predicates=("allow", "be", "dog", "trail"), neg_heads=("allow",))
    assert compare_negation(both, _not_permitted(), KB) is None


_RESIGNED = "Ortega resigned on Friday."
_REFUSED = "Ortega said on Friday that she would not resign."


def _resigned(text: str = _RESIGNED, **kw):
    kw.setdefault("predicates", ("resign",))
    return claim(text, "a", **kw)


def _refused(text: str = _REFUSED, attribution: str | None = "Ortega", **kw):
    kw.setdefault("predicates", ("resign", "say", "would"))
    kw.setdefault("neg_heads", ("resign",))
    kw.setdefault("neg_subjects", ("she",))
    return claim(text, "b", negated=True, modality="prediction", attribution=attribution, **kw)


def test_negation_a_refusal_stated_on_the_day_of_the_act_is_a_contradiction():
    v = compare_negation(_resigned(), _refused(), KB)
    assert v is not None and v.code == "CC201" and v.values == (("asserted",), ("negated",))
    assert "Ortega refusing" in v.reason
    assert v.confidence == 0.338  # 0.45 x 0.75 (a prediction)


def test_negation_a_refusal_of_another_day_or_a_forecast_stays_quiet():
    # she said so on Monday and resigned on Friday: she changed her mind
    assert compare_negation(_resigned(), _refused("Ortega said on Monday that she would not resign."), KB) is None
    # no day written: a refusal or a forecast of unknown time
    assert compare_negation(_resigned(), _refused("Ortega said that she would not resign."), KB) is None
    # others forecast it: the negated words are not said of the speaker
    forecast = _refused("Analysts said on Friday that Ortega would not resign.", attribution="Analysts", neg_subjects=("ortega",))
    assert compare_negation(_resigned(), forecast, KB) is None
    # a refusal without a speaker is no refusal stated
    assert compare_negation(_resigned(), _refused(attribution=None), KB) is None


def test_negation_the_day_of_a_refusal_is_the_dates_read_else_one_weekday_written():
    fri = date("Friday", "2026-11-27", precision="day")
    mon = date("Monday", "2026-11-23", precision="day")
    assert refused_that_day(_refused("Ortega said that she would not resign.", dates=(fri,)), _resigned("Ortega resigned.", dates=(fri,)))
    assert not refused_that_day(_refused(dates=(mon,)), _resigned(dates=(fri,)))
    assert refused_that_day(_refused(), _resigned())
    # two weekdays in one claim name no one day
    assert not refused_that_day(_refused("Ortega said on Friday, after Monday's vote, that she would not resign."), _resigned())
    # the act itself predicted is no fact to refuse
    assert not refused_that_day(_refused(), dataclasses.replace(_resigned(), modality="prediction"))
