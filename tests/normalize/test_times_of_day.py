"""Clock times as quantities (`checker.normalize.numbers.times_of_day`)."""

from __future__ import annotations

import pytest

from checker.normalize.numbers import TIME_OF_DAY, find_quantities, times_of_day


@pytest.mark.parametrize(("text", "read"), [
    ("The train leaves at 1:34 and arrives at 6:55.", [(1.5667, TIME_OF_DAY, "1:34"), (6.9167, TIME_OF_DAY, "6:55")]),
    ("The quake struck at 3:40 a.m. local time.", [(3.6667, "time of day", "3:40 a.m. local time")]),  # NOTE: unmarked is local
    ("Doors open at 4 P.M. on Friday.", [(4.0, TIME_OF_DAY, "4 P.M.")]),
    ("The train is at 1:34 PM.", [(1.5667, TIME_OF_DAY, "1:34 PM")]),
    ("The call is at 12:15 p.m. EST.", [(0.25, "time of day est", "12:15 p.m. EST")]),
    ("The shop is open until 17:30.", [(5.5, TIME_OF_DAY, "17:30")]),
    ("John 3:16 is quoted.", []),  # NOTE: no word of time before, no a.m. / p.m.
    ("She ran 3:45 in the mile.", []),
    ("He finished in 2:03:59.", []),
    ("The talks began at 10 in the morning.", []),
    ("The aspect ratio is 16:9.", []),
    ("They cast their ballots as of 4:00 p.m. local time.", []),  # NOTE: when a count was taken
])
def test_times_of_day_read_clock_times_after_a_word_of_time_or_with_a_dial_mark(text, read):
    assert [(q.value, q.unit, q.text) for q in times_of_day(text)] == read


def test_times_of_day_are_quantities_and_no_other_reading_takes_them():
    qs = find_quantities("The train leaves at 1:34 with 40 passengers.")
    assert [(q.unit, q.text) for q in qs if q.unit.startswith(TIME_OF_DAY)] == [(TIME_OF_DAY, "1:34")]
    assert not any(q.text in ("1", "34") for q in qs)
