"""A date stated for a comparison's baseline value does not date the claim's event."""

from __future__ import annotations

import pytest

from checker.normalize import _bounding


@pytest.mark.parametrize(
    "text, date, baseline",
    [
        ("EPS was $0.34, up 17% from $0.29 in the third quarter of last year and up from $0.18 in the second quarter of 2020.",
         "the second quarter of 2020", True),
        ("EPS was $0.34 compared to $0.16 last quarter and $0.29 in the third quarter of 2019.", "the third quarter of 2019", True),
        ("Revenue grew from $5 million in 2019 to $8 million in 2020.", "2019", True),
        # NOTE: the end of a from-to range is the event's own value and date.
        ("Revenue grew from $5 million in 2019 to $8 million in 2020.", "2020", False),
        ("Revenue rose 10% from a year earlier to $3 billion in the fourth quarter of 2021.", "the fourth quarter of 2021", False),
        ("The company earned $5 million in 2020.", "2020", False),
    ],
)
def test_baseline_dates_value_then_date(text, date, baseline):
    assert _bounding(text, date) is baseline
