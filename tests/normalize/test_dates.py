"""Tests for `checker.normalize.dates`: intervals, precision, relative dates and non-dates."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from checker.knowledge import load_knowledge
from checker.models import MONTH_DAY, YEARLESS, Mention, Token
from checker.normalize.dates import date_roles, find_dates, parse_date

logger = logging.getLogger(__name__)

D = dt.date
ANCHOR = D(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("early May 2026", D(2026, 5, 1), D(2026, 5, 10), "part-of-month"),
        ("Mid-2025", D(2025, 5, 1), D(2025, 8, 31), "part-of-year"),
        ("2022–2023", D(2022, 1, 1), D(2023, 12, 31), "years"),
        ("Late 2025/Early 2026", D(2025, 9, 1), D(2026, 4, 30), "part-of-year"),
        ("Q3 2024", D(2024, 7, 1), D(2024, 9, 30), "quarter"),
        ("the third quarter of 2024", D(2024, 7, 1), D(2024, 9, 30), "quarter"),
        ("March 2026", D(2026, 3, 1), D(2026, 3, 31), "month"),
        ("Sept. 2025", D(2025, 9, 1), D(2025, 9, 30), "month"),
        ("February 2024", D(2024, 2, 1), D(2024, 2, 29), "month"),
        ("May 12, 2026", D(2026, 5, 12), D(2026, 5, 12), "day"),
        ("12 May 2026", D(2026, 5, 12), D(2026, 5, 12), "day"),
        ("2026-05-12", D(2026, 5, 12), D(2026, 5, 12), "day"),
        ("2019-20", D(2019, 1, 1), D(2020, 12, 31), "years"),
        ("the 2010s", D(2010, 1, 1), D(2019, 12, 31), "years"),
        ("1999", D(1999, 1, 1), D(1999, 12, 31), "year"),
        ("12th century", D(1101, 1, 1), D(1200, 12, 31), "century"),
        ("late fourteenth century", D(1367, 1, 1), D(1400, 12, 31), "century"),
        ("early 21st century", D(2001, 1, 1), D(2033, 12, 31), "century"),
        ("mid-19th century", D(1834, 1, 1), D(1866, 12, 31), "century"),
    ],
)
def test_dates_interval_and_precision(text, start, end, precision):
    (d,) = find_dates(f"It happened in {text}.")
    assert (d.start, d.end, d.precision, d.text) == (start, end, precision, text)


def test_dates_text_order_and_no_overlapping_matches():
    found = find_dates("Planned for early 2026, it slipped to March 2026 and then to Q3 2026.")
    assert [d.text for d in found] == ["early 2026", "March 2026", "Q3 2026"]
    # NOTE: "May 2026" inside "early May 2026" must not be found a second time.
    assert [d.text for d in find_dates("It ships in early May 2026.")] == ["early May 2026"]


def test_dates_overlap_of_early_year_and_month():
    early, march = find_dates("early 2026 or March 2026")
    assert early.overlaps(march) and march.overlaps(early)
    june, october = find_dates("June 2025 or October 2025")
    assert not june.overlaps(october)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("this week", D(2026, 5, 13), D(2026, 5, 20)),
        ("yesterday", D(2026, 5, 19), D(2026, 5, 19)),
        ("this month", D(2026, 5, 1), D(2026, 5, 20)),
        ("this year", D(2026, 1, 1), D(2026, 5, 20)),
    ],
)
def test_dates_relative_with_anchor(text, start, end):
    (d,) = find_dates(f"The board met {text}.", ANCHOR)
    assert (d.start, d.end, d.precision) == (start, end, "relative")


def test_dates_relative_last_month_covers_previous_month():
    (d,) = find_dates("The board met last month.", ANCHOR)
    assert d.precision == "relative"
    assert d.start == D(2026, 4, 1)
    assert d.end >= D(2026, 4, 30)


@pytest.mark.parametrize("text", ["this week", "last month", "recently", "yesterday", "mid-May"])
def test_dates_relative_skipped_without_anchor(text):
    assert find_dates(f"The board met {text}.") == ()
    assert parse_date(f"The board met {text}.") is None


def test_dates_part_of_month_without_year_uses_anchor_year():
    (d,) = find_dates("The board met in mid-May.", ANCHOR)
    assert (d.start, d.end, d.precision) == (D(2026, 5, 10), D(2026, 5, 20), "part-of-month")


@pytest.mark.parametrize(("text", "read"), [
    ("Completion is scheduled for 30 June next year.", ("30 June next year", D(2027, 6, 30), D(2027, 6, 30), "day")),
    ("The plant closed on 3 March last year.", ("3 March last year", D(2025, 3, 3), D(2025, 3, 3), "day")),
    ("It expects to finish at the end of September next year.",
     ("the end of September next year", D(2027, 9, 20), D(2027, 9, 30), "part-of-month")),
])
def test_dates_a_day_or_part_of_a_month_in_a_year_told_from_the_reports_is_placed_in_that_year(text, read):
    # NOTE: "next year" after a day is the year after the publication date's, not the year nearest it
    (d,) = find_dates(text, ANCHOR)
    assert (d.text, d.start, d.end, d.precision) == read
    # NOTE: with no publication date the day stays one of no known year, and the part of a month unread
    assert [x.precision for x in find_dates(text)] == (["month-day"] if read[3] == "day" else [])


@pytest.mark.parametrize(
    "text",
    ["About 14,000 people came.", "It cost $2024 in fees.", "Turnout was 2025.5 points.", "Sales rose 2030%.",
     "The band may play.", "Only 1,999 seats were sold."],
)
def test_dates_bare_numbers_are_not_dates(text):
    assert find_dates(text) == ()


@pytest.mark.parametrize("text", ["It was built in the 5th century BC.", "Rome fell in the 22nd century.", "the 0th century"])
def test_dates_a_century_before_the_era_or_past_the_21st_is_none(text):
    assert find_dates(text) == ()


def test_dates_backwards_year_range_is_two_years():
    found = find_dates("from 2020 to 2019")
    assert [(d.text, d.precision) for d in found] == [("2020", "year"), ("2019", "year")]


def test_dates_parse_date_returns_first():
    d = parse_date("Q1 2024, then June 2024")
    assert d is not None and d.text == "Q1 2024"
    # NOTE: two dates written as one span are one period
    d = parse_date("between Q1 2024 and June 2024")
    assert d is not None and (d.start, d.end) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))


def _parsed(spec):
    """Hand-built parse: (text, lemma, pos, dep, head, ent) per token, joined by single spaces."""
    out, pos = [], 0
    for text, lemma, tag, dep, head, ent in spec:
        out.append(Token(text, lemma, tag, dep, head, ent, pos))
        pos += len(text) + 1
    return " ".join(t[0] for t in spec), tuple(out)


def test_dates_life_span_is_birth_and_death_of_the_person_before_it():
    text = "Ada Lovelace (1815–1852) wrote a program in 1843."
    mentions = (Mention("ada lovelace", "Ada Lovelace", "PERSON"),)
    out = date_roles(text, find_dates(text), (), mentions, load_knowledge())
    assert [(d.text, d.event, d.holder) for d in out] == [
        ("1843", "", ""), ("1815", "birth", "ada lovelace"), ("1852", "die", "ada lovelace"),
    ]
    assert (out[1].start, out[2].end) == (D(1815, 1, 1), D(1852, 12, 31))


def test_dates_a_life_span_in_full_dates_is_birth_and_death_to_the_day():
    text = "Rosalind Franklin (25 July 1920 – 16 April 1958) was a British chemist."
    mentions = (Mention("rosalind franklin", "Rosalind Franklin", "PERSON"),)
    out = date_roles(text, find_dates(text), (), mentions, load_knowledge())
    assert [(d.text, d.event, d.holder, d.start) for d in out] == [
        ("25 July 1920", "birth", "rosalind franklin", D(1920, 7, 25)), ("16 April 1958", "die", "rosalind franklin", D(1958, 4, 16)),
    ]


def test_dates_a_bracketed_birth_date_is_the_birth_of_the_name_before_it():
    text = "Andrae Sutherland (born 19 July 1988), known as Popcaan, is an artist who debuted in 2008."
    mentions = (Mention("andrae sutherland", "Andrae Sutherland", "PERSON"),)
    out = date_roles(text, find_dates(text), (), mentions, load_knowledge())
    assert [(d.text, d.event, d.holder) for d in out] == [("19 July 1988", "birth", "andrae sutherland"), ("2008", "", "")]
    text = "Ada Lovelace (b. 1815) wrote a program."
    out = date_roles(text, find_dates(text), (), (Mention("ada lovelace", "Ada Lovelace", "PERSON"),), load_knowledge())
    assert [(d.text, d.event, d.holder) for d in out] == [("1815", "birth", "ada lovelace")]
    # a date in brackets not opened by "born" keeps its reading
    text = "Ada Lovelace (in 1843) wrote a program."
    out = date_roles(text, find_dates(text), (), (Mention("ada lovelace", "Ada Lovelace", "PERSON"),), load_knowledge())
    assert [(d.text, d.event) for d in out] == [("1843", "")]


def test_dates_bracketed_years_without_a_name_before_stay_a_period():
    text = "The war (1939–1945) changed Europe."
    assert [(d.text, d.event) for d in date_roles(text, find_dates(text), (), (), load_knowledge())] == [("1939–1945", "")]


@pytest.mark.parametrize(
    ("who", "key", "lemma", "event"),
    [("Victoria", "victoria", "die", "die"), ("Edward", "edward", "die", "die"), ("Veltrix", "veltrix", "launch", "release")],
)
def test_dates_event_and_holder_from_the_parse(who, key, lemma, event):
    text, toks = _parsed([(who, who.lower(), "PROPN", "nsubj", 1, "PERSON"), ("acted", lemma, "VERB", "ROOT", 1, ""),
                          ("in", "in", "ADP", "prep", 1, ""), ("1901", "1901", "NUM", "pobj", 2, "DATE")])
    (d,) = date_roles(text, find_dates(text), toks, (Mention(key, who, "PERSON"),), load_knowledge())
    assert (d.text, d.event, d.holder) == ("1901", event, key)


def test_dates_deaths_of_two_people_have_different_holders():
    kb = load_knowledge()
    found = []
    for who in ("Victoria", "Edward"):
        text, toks = _parsed([(who, who.lower(), "PROPN", "nsubj", 1, "PERSON"), ("died", "die", "VERB", "ROOT", 1, ""),
                              ("in", "in", "ADP", "prep", 1, ""), ("1901", "1901", "NUM", "pobj", 2, "DATE")])
        found += date_roles(text, find_dates(text), toks, (Mention(who.lower(), who, "PERSON"),), kb)
    assert found[0].event == found[1].event == "die"
    assert found[0].holder != found[1].holder
    assert found[0] != found[1]


def _tok(text: str, words: list[tuple[str, str, str, int]]) -> tuple[Token, ...]:
    """Tokens by hand: (word, dep, pos, head index); lemma is the lower-cased word, offsets found in order."""
    out, at = [], 0
    for word, dep, pos, head in words:
        at = text.index(word, at)
        out.append(Token(word, word.lower(), pos, dep, head, "", at))
        at += len(word)
    return tuple(out)


_BASELINE = "Sales rose 170% over the pre-pandemic first quarter of 2019."
_BASELINE_TOKENS = _tok(_BASELINE, [
    ("Sales", "nsubj", "NOUN", 1), ("rose", "ROOT", "VERB", 1), ("170", "nummod", "NUM", 3), ("%", "dobj", "NOUN", 1),
    ("over", "prep", "ADP", 1), ("the", "det", "DET", 8), ("pre-pandemic", "amod", "ADJ", 8), ("first", "amod", "ADJ", 8),
    ("quarter", "pobj", "NOUN", 4), ("of", "prep", "ADP", 8), ("2019", "pobj", "NUM", 9),
])


def test_dates_a_comparison_baseline_does_not_date_the_event():
    from checker.normalize import _bounding

    assert _bounding(_BASELINE, "first quarter of 2019", _BASELINE_TOKENS)
    # NOTE: without the parse only the words right before the date count, and "pre-pandemic" hides "over the".
    assert not _bounding(_BASELINE, "first quarter of 2019")


def test_dates_compared_with_is_a_baseline_but_in_is_not():
    from checker.normalize import _bounding

    text = "Revenue rose compared with the third quarter of 2019."
    tokens = _tok(text, [
        ("Revenue", "nsubj", "NOUN", 1), ("rose", "ROOT", "VERB", 1), ("compared", "prep", "VERB", 1),
        ("with", "prep", "ADP", 2), ("the", "det", "DET", 6), ("third", "amod", "ADJ", 6), ("quarter", "pobj", "NOUN", 3),
        ("of", "prep", "ADP", 6), ("2019", "pobj", "NUM", 7),
    ])
    tokens = tuple(t if t.text != "compared" else Token(t.text, "compare", t.pos, t.dep, t.head, t.ent, t.start) for t in tokens)
    assert _bounding(text, "the third quarter of 2019", tokens)
    event = "In early May 2026, the firm refused the request."
    event_tokens = _tok(event, [
        ("In", "prep", "ADP", 6), ("early", "amod", "ADJ", 2), ("May", "pobj", "PROPN", 0), ("2026", "nummod", "NUM", 2),
        ("the", "det", "DET", 5), ("firm", "nsubj", "NOUN", 6), ("refused", "ROOT", "VERB", 6),
    ])
    assert not _bounding(event, "early May 2026", event_tokens)


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("He was born before 1980.", "before 1980", D.min, D(1979, 12, 31)),
        ("It was released prior to July 2015.", "prior to July 2015", D.min, D(2015, 6, 30)),
        ("It ended no later than March 2020.", "no later than March 2020", D.min, D(2020, 3, 31)),
        ("It was released after July 15, 1997.", "after July 15, 1997", D(1997, 7, 16), D.max),
        ("Cases grew following March 2, 2020.", "following March 2, 2020", D(2020, 3, 3), D.max),
        ("It opened no earlier than 2019.", "no earlier than 2019", D(2019, 1, 1), D.max),
        ("By January 2013, the writers had been chosen.", "By January 2013", D.min, D(2013, 1, 31)),
    ],
)
def test_dates_a_bound_before_a_date_leaves_an_open_interval(text, written, start, end):
    (d,) = find_dates(text)
    assert (d.text, d.start, d.end, d.precision) == (written, start, end, "bound")


def test_dates_by_a_date_is_a_figures_date_and_no_date_inside_a_name():
    from checker.normalize.dates import as_of

    (by,) = find_dates("By June 2020, more than 200 had recovered.")
    assert (as_of(by).text, as_of(by).start, as_of(by).end, as_of(by).precision) == ("By June 2020", D(2020, 6, 1), D(2020, 6, 30), "month")
    (before,) = find_dates("Before June 2020, 200 had recovered.")
    assert as_of(before) == before  # NOTE: only "by" dates a figure; "before" bounds it
    # a date read at the start of a name after "by", or a century, is none: "released by 20th Century Fox"
    assert [d.text for d in find_dates("It was released on December 14, 2007, by 20th Century Fox.")] == ["December 14, 2007"]
    assert [d.text for d in find_dates("It was acquired by 21st Century Fox in 2019.")] == ["2019"]


def test_dates_by_a_date_is_kept_by_the_claims_slots(real_parser):
    from checker.normalize import normalize_texts

    (c,) = normalize_texts(["By January 2013, Aibel and Berger had been chosen to write the film."], parser=real_parser)
    assert [(d.text, d.precision) for d in c.slots.dates] == [("By January 2013", "bound")]


def test_dates_an_offset_or_a_bound_on_a_later_word_is_no_bound():
    assert [(d.text, d.precision) for d in find_dates("Three days after May 5, 2020 it fell.")] == [("May 5, 2020", "day")]
    assert [(d.text, d.precision) for d in find_dates("It fell before the 2010 election.")] == [("2010", "year")]
    assert [(d.text, d.precision) for d in find_dates("He joined after 2015 and left in 2019.")] == [
        ("after 2015", "bound"), ("2019", "year")]
    # a relative date is not bounded
    assert find_dates("It fell after this week.", ANCHOR)[0].precision == "relative"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("She was at Betty Ford from September 2010 to January 2011.", ("from September 2010 to January 2011", "2010-09-01", "2011-01-31")),
        ("He served between May 2009 and June 2010.", ("between May 2009 and June 2010", "2009-05-01", "2010-06-30")),
        ("It ran from March 3, 2012 until June 2012.", ("from March 3, 2012 until June 2012", "2012-03-03", "2012-06-30")),
    ],
)
def test_dates_two_dates_written_as_one_span_are_one_period(text, span):
    (d,) = find_dates(text)
    assert (d.text, d.start.isoformat(), d.end.isoformat()) == span


@pytest.mark.parametrize("text", ["in September 2010 and January 2011", "from June 2010 and July 2011", "from 2005 to 2003"])
def test_dates_two_dates_not_written_as_a_span_stay_two(text):
    assert len(find_dates(text)) == 2


@pytest.mark.parametrize(
    ("text", "years", "counts"),
    [
        # a year before 1800 where it is written as a date: after a month, a preposition of time, in a life span
        ("The museum opened on 10 August 1793 in the palace.", ["10 August 1793"], []),
        ("The Louvre first opened to the public in 1793.", ["1793"], []),
        ("In 1066 the Normans invaded England.", ["1066"], []),
        ("The castle was built in 1648 by the duke.", ["1648"], []),
        ("Voltaire (1694–1778) wrote Candide.", ["1694", "1778"], []),
        ("Mozart (1756–1791) was born in Salzburg.", ["1756–1791"], []),
        # a number of things is no year, whatever its value
        ("It was defended by 1200 soldiers.", [], [1200.0]),
        ("The museum has 1500 paintings.", [], [1500.0]),
        ("In 1500 cases the drug failed.", [], [1500.0]),
        ("The index fell by 1500.", [], [1500.0]),
        ("Sales rose from 1200 to 1500.", [], [1200.0, 1500.0]),
    ],
)
def test_dates_years_before_1800_only_where_written_as_dates(text, years, counts):
    from checker.normalize.numbers import find_quantities

    assert [d.text for d in find_dates(text)] == years
    # NOTE: what is a date is not also a count
    assert [q.value for q in find_quantities(text)] == counts


@pytest.mark.parametrize(
    "text,month,day,end_day",
    [("The treaty was signed on March 3.", 3, 3, 3), ("It opened on 3 March after a delay.", 3, 3, 3),
     ("Talks resumed on the 2nd of June.", 6, 2, 2), ("The sale runs Sept. 11, and ends soon.", 9, 11, 11),
     ("The fair runs from March 3 to March 5 each spring.", 3, 3, 5)],
)
def test_dates_a_day_without_a_year_is_a_month_day_of_no_known_year(text, month, day, end_day):
    (d,) = find_dates(text)
    assert (d.start, d.end, d.precision) == (D(YEARLESS, month, day), D(YEARLESS, month, end_day), MONTH_DAY)


def test_dates_a_day_without_a_year_takes_the_year_nearest_the_publication_date():
    (d,) = find_dates("The treaty was signed on March 3.", ANCHOR)
    assert (d.start, d.end, d.precision) == (D(ANCHOR.year, 3, 3), D(ANCHOR.year, 3, 3), "day")
    (late,) = find_dates("The deal closed on December 30.", D(2026, 1, 2))
    assert late.start == D(2025, 12, 30)  # NOTE: last year's, three days before, not this year's, 362 days after
    (soon,) = find_dates("The deal closes on January 3.", D(2026, 12, 29))
    assert soon.start == D(2027, 1, 3)
    (leap,) = find_dates("He was born on February 29.", D(2025, 6, 1))
    assert leap.start == D(2024, 2, 29)


@pytest.mark.parametrize(
    "text",
    ["You may 5 times a day retry.", "The march 3 miles long ended.", "It sold 3 march tickets.", "Before March 3 the talks stalled.",
     "Prices hit March 3.5 percent highs."],
)
def test_dates_a_day_without_a_year_needs_a_capitalised_month_a_whole_day_and_no_bound(text):
    assert find_dates(text) == ()


def test_dates_a_date_beside_its_weekday_is_the_event_s_not_an_age():
    text, tokens = _parsed([
        ("The", "the", "DET", "det", 1, ""), ("earthquake", "earthquake", "NOUN", "nsubj", 2, ""),
        ("struck", "strike", "VERB", "ROOT", 2, ""), ("on", "on", "ADP", "prep", 2, ""),
        ("Tuesday", "tuesday", "PROPN", "pobj", 3, "DATE"), (",", ",", "PUNCT", "punct", 4, "DATE"),
        ("June", "june", "PROPN", "appos", 4, "DATE"), ("4", "4", "NUM", "nummod", 6, "DATE"),
        (",", ",", "PUNCT", "punct", 6, "DATE"), ("2019", "2019", "NUM", "nummod", 6, "DATE"),
    ])
    out = date_roles(text, find_dates(text), tokens, (), load_knowledge())
    june = next(d for d in out if "June" in d.text)
    # NOTE: read alone, an apposition beside a proper noun is that person's age ("Daniel Moss, 45")
    assert (june.event, june.holder, june.background) == ("attack", "earthquake", False)


def test_unanchored_relative_times_are_told_from_placed_ones():
    from checker.normalize.dates import find_dates, unanchored

    text = "Tourism reached a new high last year, with 1.4 million guests."
    assert unanchored(text, find_dates(text))
    assert not unanchored(text, find_dates(text, dt.date(2025, 3, 1)))  # a publication date places it
    assert unanchored("Prices fell sharply in the past week.", ())
    assert not unanchored("Northfield climbed to fifth place in this year's guide.", ())  # the report's own time
    assert unanchored("Two people were arrested yesterday.", ())
    assert not unanchored("A recent survey found 40% agree.", ())  # an adjective, no time of the claim
    assert not unanchored("The valley received 1.2 million visitors in 2023.", find_dates("in 2023"))


def _dated(spec):
    from tests.normalize.parses import parsed

    text, toks = parsed(spec)
    return date_roles(text, find_dates(text), toks, (), load_knowledge())


def test_dates_a_support_verbs_date_is_the_date_of_the_act_its_definite_noun_names():
    # "We made the decision on 14 June" / "The directors took the decision on June 21": one decision, two dates
    (made,) = _dated([("We", "we", "PRON", "nsubj", 1), ("made", "make", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
                      ("decision", "decision", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 1), ("14", "14", "NUM", "nummod", 6),
                      ("June", "June", "PROPN", "pobj", 4)])
    (took,) = _dated([("The", "the", "DET", "det", 1), ("directors", "director", "NOUN", "nsubj", 2), ("took", "take", "VERB", "ROOT", 2),
                      ("the", "the", "DET", "det", 4), ("decision", "decision", "NOUN", "dobj", 2), ("on", "on", "ADP", "prep", 2),
                      ("June", "June", "PROPN", "pobj", 5), ("21", "21", "NUM", "nummod", 6)])
    assert (made.event, made.holder) == (took.event, took.holder) == ("decision", "decision")
    # in the passive the subject names the act: "The recall was announced on 3 March 2025"
    (announced,) = _dated([("The", "the", "DET", "det", 1), ("recall", "recall", "NOUN", "nsubjpass", 3), ("was", "be", "AUX", "auxpass", 3),
                           ("announced", "announce", "VERB", "ROOT", 3), ("on", "on", "ADP", "prep", 3), ("3", "3", "NUM", "nummod", 6),
                           ("March", "March", "PROPN", "pobj", 4), ("2025", "2025", "NUM", "nummod", 6)])
    assert (announced.event, announced.holder) == ("recall", "recall")
    # an indefinite noun is one act of several, and a verb of its own dates itself
    (had,) = _dated([("They", "they", "PRON", "nsubj", 1), ("had", "have", "VERB", "ROOT", 1), ("a", "a", "DET", "det", 3),
                     ("meeting", "meeting", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 1), ("14", "14", "NUM", "nummod", 6),
                     ("June", "June", "PROPN", "pobj", 4)])
    assert had.event != "meeting"
    (decided,) = _dated([("We", "we", "PRON", "nsubj", 1), ("decided", "decide", "VERB", "ROOT", 1), ("on", "on", "ADP", "prep", 1),
                         ("14", "14", "NUM", "nummod", 4), ("June", "June", "PROPN", "pobj", 2)])
    assert decided.event != "decision"


def test_dates_a_year_after_a_verb_of_origin_is_the_date_the_thing_came_to_be(real_parser):
    from checker.normalize import normalize_texts
    from checker.normalize.dates import ORIGIN

    for text, year in (("The Varna chapel dates from 1650.", "1650"), ("The church dates back to 1120.", "1120"),
                       ("The house dates from 1820.", "1820")):
        (c,) = normalize_texts([text], parser=real_parser)
        assert [(d.text, d.event, d.background) for d in c.slots.dates] == [(year, ORIGIN, False)]
        assert not c.slots.quantities  # NOTE: no count of 1,650
    # "from" alone is a bound of a period, or of a change of an amount
    (c,) = normalize_texts(["Prices have risen since 2019."], parser=real_parser)
    assert c.slots.dates == ()


@pytest.mark.parametrize(("text", "event"), [
    ("Date of arrival: 28 March 2026.", "arrive"),
    ("Arrival date: 28 March 2026", "arrive"),
    ("Date of birth: 3 June 1950", "birth"),
    ("Release date - 12 May 2025", "release"),
])
def test_dates_a_labels_noun_names_the_act_of_the_date_after_it(text, event):
    # NOTE: pages and forms write a date after a label naming its act ("Date of arrival: 28 March")
    out = date_roles(text, find_dates(text), (), (), load_knowledge())
    assert [(d.event, d.holder, d.background) for d in out] == [(event, "", False)]


def test_dates_a_label_is_only_a_label_before_its_colon():
    text = "The date of arrival was moved to 28 March 2026."
    assert [d.event for d in date_roles(text, find_dates(text), (), (), load_knowledge())] != ["arrive"]


def test_dates_a_full_stop_after_a_months_full_name_ends_the_sentence_not_the_month():
    assert [d.text for d in find_dates("The pandas arrive on 14 March.")] == ["14 March"]
    assert [d.text for d in find_dates("The pandas arrive on March 14.")] == ["March 14"]
    assert [d.text for d in find_dates("The pandas arrived on Mar. 14 and Sept. 3, 2020.")] == ["Mar. 14", "Sept. 3, 2020"]


def test_dates_a_date_set_off_at_a_headings_end_dates_the_report_not_its_event():
    kb = load_knowledge()
    for text in ("Measles outbreak in Westfield - update, 3 March", "Harrowgate Classic Sale - results, 18 May",
                 "Road closures | 4 June 2024", "Weekly bulletin — 4 June 2024"):
        (d,) = date_roles(text, find_dates(text), (), (), kb)
        assert (d.background, d.event, d.holder) == (True, "", ""), text
    # a sentence's date, a label's, or one a word governs keeps its reading
    for text in ("The festival is held in the park, 3 March.", "Date of arrival: 28 March", "Elections held on 5 May",
                 "The outbreak began 3 March", "Weekly bulletin (4 June 2024)"):
        (d,) = date_roles(text, find_dates(text), (), (), kb)
        assert not d.background, text
    (d,) = date_roles("Date of arrival: 28 March", find_dates("Date of arrival: 28 March"), (), (), kb)
    assert d.event == "arrive"
