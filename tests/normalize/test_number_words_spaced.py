"""Spelled numbers written with a spaced hyphen, as transcripts do ("twenty - five"), are one number."""

from __future__ import annotations

from checker.normalize.numbers import _word_numbers


def _values(text: str) -> list[float]:
    return [v for _, _, v, _ in _word_numbers(text)]


def test_number_words_spaced_hyphen_joins_tens_and_units():
    assert _values("So all twenty - five people were sending things") == [25.0]
    assert _values("twenty - one to thirty") == [21.0, 30.0]
    assert _values("twenty-five people") == [25.0]


def test_number_words_spaced_hyphen_between_non_numbers_stays_apart():
    assert _values("it cost twenty - a lot") == [20.0]
    assert _values("ten - twelve people") == [10.0, 12.0]
