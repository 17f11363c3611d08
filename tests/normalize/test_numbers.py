"""Tests for `checker.normalize.numbers`: comparators, scales, currencies, and what is not a quantity."""

from __future__ import annotations

import logging

import pytest

from checker.normalize.numbers import find_quantities

logger = logging.getLogger(__name__)


def _one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    return q.value, q.unit, q.comparator, q.text


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("less than 14,000 people", "<"),
        ("fewer than 14,000 people", "<"),
        ("under 14,000 people", "<"),
        ("more than 14,000 people", ">"),
        ("over 14,000 people", ">"),
        ("about 14,000 people", "~"),
        ("nearly 14,000 people", "~"),
        ("an estimated 14,000 people", "~"),
        ("14,000 people", "="),
        ("a record 14,000 people", "="),
    ],
)
def test_numbers_comparators(text, comparator):
    value, unit, cmp, span = _one(f"Officials said {text} came.")
    assert (value, unit, cmp) == (14000.0, "people", comparator)
    assert span.lower() == text.lower()


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("about 1.2 million users", 1_200_000.0, "user"),
        ("3 billion downloads", 3e9, "download"),
        ("twelve thousand visitors", 12_000.0, "visitor"),
        ("$5 billion", 5e9, "usd"),
        ("$5m", 5e6, "usd"),
        ("€2.5bn", 2.5e9, "eur"),
        ("£300", 300.0, "gbp"),
        ("35% of staff", 35.0, "percent"),
        ("40 percent", 40.0, "percent"),
        ("three people", 3.0, "people"),
        ("under 7 km", 7.0, "km"),
        ("42 companies", 42.0, "company"),
    ],
)
def test_numbers_scale_currency_percent_and_unit(text, value, unit):
    found = find_quantities(f"They reported {text} on Tuesday.")
    assert [(q.value, q.unit) for q in found] == [(value, unit)]


def test_numbers_scale_letter_without_currency_is_not_a_scale():
    # NOTE: "5m" without a currency may be metres; the value stays 5.
    assert [q.value for q in find_quantities("They counted 5m people.")] == [5.0]


def test_numbers_interval_of_comparators():
    lt, approx, eq = find_quantities("less than 14,000 people, about 13,000 people and 500 people")
    assert lt.interval() == (float("-inf"), 14000.0)
    assert approx.interval() == pytest.approx((11700.0, 14300.0))
    assert eq.interval() == (500.0, 500.0)


@pytest.mark.parametrize(
    "text",
    [
        "The deal closed in 2024.",
        "Sales doubled between 2019 and 2021.",
        "Veltrix shipped Orion 3 and Kestrel-2.",
        "Quill v2 is out.",
        "It happened on May 12, 2026.",
        "She finished 3rd in the race.",
        "He lives at 7 World Trade Center.",
        "The 2022–2023 season was long.",
    ],
)
def test_numbers_years_versions_dates_and_names_are_not_quantities(text):
    assert find_quantities(text) == ()


def test_numbers_quantity_next_to_product_version():
    found = find_quantities("Orion 3 reached more than 40 percent of hospitals.")
    assert [(q.value, q.unit, q.comparator) for q in found] == [(40.0, "percent", ">")]
