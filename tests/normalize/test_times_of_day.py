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


@pytest.mark.parametrize(("text", "read"), [
    ("The shop closes at 18.30 on weekdays.", [(6.5, "18.30")]),  # a 24-hour dial with a dot
    ("The store opens from 09.00 until noon.", [(0.0, "from 09.00 until noon")]),
    ("The shop closes at half past six.", [(6.5, "half past six")]),
    ("The shop opens at a quarter to nine.", [(8.75, "a quarter to nine")]),
    ("The bus left at ten past nine.", [(9.1667, "ten past nine")]),
    ("The fire started at six o'clock.", [(6.0, "six o'clock")]),
    ("The meeting starts at noon.", [(0.0, "noon")]),
    # a price with a dot, an hour alone, odds, a noun's "noon": no time of day
    ("Shares closed at 6.30 on Friday.", []),
    ("The weekend took its takings to 22.55 crore.", []),  # a number with a dot before a scale word is an amount
    ("Turnout rose to 13.40 per cent.", []),
    ("They met at six.", []),
    ("The odds were ten to one.", []),
    ("The noon bulletin was late.", []),
])
def test_times_of_day_in_words_and_on_a_24_hour_dial_with_a_dot(text, read):
    assert [(q.value, q.text) for q in times_of_day(text)] == read
    if read:
        # NOTE: the time's digits are no value of their own
        assert [q.unit for q in find_quantities(text)] == [TIME_OF_DAY] * len(read)


@pytest.mark.parametrize(("text", "read"), [
    ("The legal floor goes to 13.10 an hour from April 1.", [(13.1, "", "hour")]),
    ("Rooms are offered at 18.45 per night.", [(18.45, "", "night")]),
    ("The charge rises to 14.20/month.", [(14.2, "", "month")]),
])
def test_times_of_day_a_number_with_a_dot_paid_per_a_unit_is_an_amount(text, read):
    # NOTE: a rate per a unit of time is an amount, which no clock time is; its digits are one value per that unit
    assert times_of_day(text) == ()
    assert [(q.value, q.unit, q.per) for q in find_quantities(text)] == read


@pytest.mark.parametrize(("text", "value"), [
    ("The gates close at 18.30 each day.", 6.5),  # NOTE: "each" and "every" repeat a time; they rate nothing
    ("At 18.30 a man was seen leaving the shop.", 6.5),  # NOTE: "a" before a noun that is no unit of time
])
def test_times_of_day_a_time_repeated_or_followed_by_a_noun_stays_a_clock_time(text, value):
    assert [q.value for q in times_of_day(text)] == [value]
