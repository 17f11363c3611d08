"""CC102 dates on hand-built claims: which date is the event's, frames, different things, the verdict."""

from __future__ import annotations

import dataclasses

from checker.models import MONTH_DAY, YEARLESS, Verdict
from checker.rules.dates import compare_dates, event_date

from .handmade import KB, claim, date, ent

_JUNE = date("June 2025", "2025-06-01", "2025-06-30")
_OCT = date("October 2025", "2025-10-01", "2025-10-31")
_LAUNCH_A = "Brightwave launched the Tidal app in June 2025."
_LAUNCH_B = "Brightwave launched the Tidal app in October 2025."


def _launch(sid: str, text: str, **slots):
    slots.setdefault("frames", ("launch",))
    return claim(text, sid, **slots)


def test_dates_event_date_prefers_explicit_then_inherited_then_relative():
    rel = date("this week", "2026-05-18", "2026-05-24", "relative")
    ctx = date("May 2026", "2026-05-01", "2026-05-31")
    assert event_date(claim("x", dates=(rel, _JUNE, _OCT))) == (_JUNE, 1.0)
    assert event_date(claim("x", dates=(rel,), context_dates=(ctx, _OCT))) == (ctx, 0.85)
    assert event_date(claim("x", dates=(rel, dataclasses.replace(rel, text="today")))) == (rel, 0.6)
    assert event_date(claim("x")) is None


def test_dates_same_action_at_times_that_cannot_overlap_with_the_full_verdict():
    a = _launch("a", _LAUNCH_A, dates=(_JUNE,))
    b = _launch("b", _LAUNCH_B, dates=(_OCT,))
    assert compare_dates(a, b, KB) == Verdict(
        "CC102", "contradiction", 0.8, "date", (("June 2025",), ("October 2025",)),
        "June 2025 (2025-06-01–2025-06-30) and October 2025 (2025-10-01–2025-10-31) are 93 days apart")
    back = compare_dates(b, a, KB)
    assert back is not None and back.reason.endswith("are 93 days apart")


def test_dates_confidence_weighs_how_each_date_was_found_and_hedges():
    ctx = _launch("b", "Brightwave launched the Tidal app.", context_dates=(_OCT,))
    assert compare_dates(_launch("a", _LAUNCH_A, dates=(_JUNE,)), ctx, KB).confidence == 0.68  # 0.8 x 0.85
    rel = date("last week", "2025-10-01", "2025-10-07", "relative")
    v = compare_dates(_launch("a", _LAUNCH_A, dates=(_JUNE,)), _launch("b", "Brightwave launched the Tidal app last week.", dates=(rel,)), KB)
    assert v is not None and v.confidence == 0.48  # 0.8 x 0.6
    w = compare_dates(_launch("a", _LAUNCH_A, dates=(_JUNE,), modality="hedged"),
                      _launch("b", "Brightwave launched the Tidal app last week.", dates=(rel,), modality="opinion"), KB)
    assert w is not None and w.confidence == 0.306  # 0.48 x 0.6375
    both = compare_dates(_launch("a", "Brightwave launched the Tidal app.", context_dates=(_JUNE,)), ctx, KB)
    assert both is not None and both.confidence == 0.578  # 0.8 x 0.85 x 0.85


def test_dates_overlapping_or_missing_dates_are_no_conflict():
    a = _launch("a", _LAUNCH_A, dates=(_JUNE,))
    mid = date("mid-2025", "2025-05-01", "2025-08-31")
    assert compare_dates(a, _launch("b", "Brightwave launched the Tidal app in mid-2025.", dates=(mid,)), KB) is None
    assert compare_dates(a, _launch("b", "Brightwave launched the Tidal app."), KB) is None
    assert compare_dates(_launch("b", "Brightwave launched the Tidal app."), a, KB) is None


def test_dates_any_other_explicit_date_fitting_the_other_event_is_enough():
    a = _launch("a", "Brightwave launched the Tidal app in June 2025, not October 2025.", dates=(_JUNE, _OCT))
    b = _launch("b", _LAUNCH_B, dates=(_OCT,))
    assert compare_dates(a, b, KB) is None
    assert compare_dates(b, a, KB) is None
    # a relative date does not count
    rel = dataclasses.replace(_OCT, text="recently", precision="relative")
    c = _launch("a", _LAUNCH_A, dates=(_JUNE, rel))
    assert compare_dates(c, b, KB) is not None
    assert compare_dates(b, c, KB) is not None


def test_dates_frames_decide_whether_the_event_is_one():
    a = _launch("a", _LAUNCH_A, dates=(_JUNE,))
    # two different actions
    assert compare_dates(a, _launch("b", "Regulators banned the Tidal app in October 2025.", dates=(_OCT,),
                                    frames=("restrict",)), KB) is None
    # opposite actions are two events too
    assert compare_dates(_launch("a", _LAUNCH_A, dates=(_JUNE,), frames=("grant",)),
                         _launch("b", _LAUNCH_B, dates=(_OCT,), frames=("restrict",)), KB) is None
    # light frames do not make one event
    assert compare_dates(_launch("a", _LAUNCH_A, dates=(_JUNE,), frames=("announce",)),
                         _launch("b", _LAUNCH_B, dates=(_OCT,), frames=("announce",)), KB) is None


def test_dates_without_a_shared_frame_the_dates_must_answer_one_question_about_one_subject():
    born_a = claim("Marta Kowalski was born in 1962 in Gdansk.", "a", actors=(ent("marta kowalski", "Marta Kowalski", "PERSON"),),
                   dates=(date("1962", "1962-01-01", "1962-12-31", "year"),))
    born_b = claim("Marta Kowalski was born in 1965.", "b", actors=(ent("marta kowalski", "Marta Kowalski", "PERSON"),),
                   dates=(date("1965", "1965-01-01", "1965-12-31", "year"),))
    v = compare_dates(born_a, born_b, KB)
    assert v is not None and v.values == (("1962",), ("1965",))
    # one side has a frame, the other none: still allowed
    assert compare_dates(dataclasses.replace(born_a, slots=dataclasses.replace(born_a.slots, frames=("birth",))), born_b, KB) is not None
    # no shared subject
    nobody = dataclasses.replace(born_b, slots=dataclasses.replace(born_b.slots, actors=()))
    assert compare_dates(born_a, nobody, KB) is None
    # a shared subject but too few shared attribute words
    def marta(text: str):
        return claim(text, "b", actors=(ent("marta kowalski", "Marta Kowalski", "PERSON"),),
                     dates=(date("1965", "1965-01-01", "1965-12-31", "year"),))

    assert compare_dates(born_a, marta("Marta Kowalski, born in Gdansk, opened her first bakery in 1965."), KB) is None
    # half the attribute words shared is enough
    assert compare_dates(born_a, marta("In 1965 Marta Kowalski opened a bakery; she was born in Gdansk."), KB) is not None


def test_dates_of_different_things_are_not_compared():
    def life(sid: str, text: str, when: str, event: str, holder: str = ""):
        d = date(when, f"{when}-01-01", f"{when}-12-31", "year", event=event, holder=holder)
        return _launch(sid, text, dates=(d,), frames=("die",))

    # a birth against another event
    assert compare_dates(life("a", "Ada was born in 1815.", "1815", "birth"), life("b", "Ada died in 1852.", "1852", "die"), KB) is None
    assert compare_dates(life("a", "Ada died in 1852.", "1852", "die"), life("b", "Ada was born in 1815.", "1815", "birth"), KB) is None
    # the same life event of two unrelated holders
    assert compare_dates(life("a", "The king died in 1820.", "1820", "die", "louis"),
                         life("b", "The king died in 1830.", "1830", "die", "henry"), KB) is None
    # ... of one holder, of related holders, or of unknown holders: one question
    assert compare_dates(life("a", "The king died in 1820.", "1820", "die", "louis"),
                         life("b", "The king died in 1830.", "1830", "die", "louis"), KB) is not None
    kb = dataclasses.replace(KB, part_of={**KB.part_of, "henry": "louis"})
    assert compare_dates(life("a", "The king died in 1820.", "1820", "die", "louis"),
                         life("b", "The king died in 1830.", "1830", "die", "henry"), kb) is not None
    assert compare_dates(life("a", "The king died in 1820.", "1820", "die", "louis"),
                         life("b", "The king died in 1830.", "1830", "die"), KB) is not None
    # ... or of one holder written in full and short ("Goode" / "Matthew Goode")
    assert compare_dates(life("a", "The king died in 1820.", "1820", "die", "louis"),
                         life("b", "The king died in 1830.", "1830", "die", "king louis"), KB) is not None
    # ... or of a holder the other claim names too ("the band" / "the band Dandy Warhols"), every word of it
    from checker.rules.dates import _names

    assert _names(claim("Louis", "a"), "louis") and _names(claim("King Louis died.", "a"), "king louis")
    assert not _names(claim("King Louis died.", "a"), "louis philippe")
    assert compare_dates(life("a", "The king died in 1820.", "1820", "die", "louis"),
                         life("b", "King Louis, the monarch, died in 1830.", "1830", "die", "monarch"), KB) is not None
    assert compare_dates(life("a", "The monarch Louis died in 1820.", "1820", "die", "louis"),
                         life("b", "The king died in 1830.", "1830", "die", "monarch"), KB) is not None
    # ... as is one act told in two voices ("the drug was approved by the FDA" / "the FDA approved the drug")
    assert compare_dates(life("a", "The drug was approved by the FDA in 2015.", "2015", "grant", "drug"),
                         life("b", "The FDA approved the drug in 2018.", "2018", "grant", "fda"), KB) is not None
    # two different non-life events are left to alignment
    assert compare_dates(life("a", "The king died in 1820.", "1820", "crown", "louis"),
                         life("b", "The king died in 1830.", "1830", "abdicate", "henry"), KB) is not None


def test_dates_use_the_knowledge_they_are_given_for_frames_and_subjects():
    kb = dataclasses.replace(KB, part_of={**KB.part_of, "tidal lite": "tidal"})
    a = claim("Tidal was released in June 2025.", "a", products=(ent("tidal", "Tidal", "PRODUCT"),), dates=(_JUNE,))
    b = claim("Tidal Lite was released in October 2025.", "b", products=(ent("tidal lite", "Tidal Lite", "PRODUCT"),),
              dates=(_OCT,))
    assert compare_dates(a, b, kb) is not None


def test_dates_a_birth_against_any_other_event_is_two_things():
    born = _launch("a", "Ada was born in 1815.", dates=(date("1815", "1815-01-01", "1815-12-31", "year", event="birth"),),
                   frames=("launch",))
    crowned = _launch("b", "Ada was crowned in 1852.", dates=(date("1852", "1852-01-01", "1852-12-31", "year", event="crown"),),
                      frames=("launch",))
    assert compare_dates(born, crowned, KB) is None
    assert compare_dates(crowned, born, KB) is None


def test_dates_different_actions_of_one_subject_are_two_events():
    tidal = (ent("tidal", "Tidal", "PRODUCT"),)
    a = claim("Brightwave launched the Tidal app in June 2025.", "a", frames=("launch",), products=tidal, dates=(_JUNE,))
    b = claim("Brightwave banned the Tidal app in October 2025.", "b", frames=("restrict",), products=tidal, dates=(_OCT,))
    assert compare_dates(a, b, KB) is None


def test_dates_subjects_related_only_by_the_knowledge_given():
    kb = dataclasses.replace(KB, part_of={**KB.part_of, "falcon": "kestrel"})
    a = claim("Kestrel was released in June 2025 in Oslo.", "a", products=(ent("kestrel", "Kestrel", "PRODUCT"),), dates=(_JUNE,))
    b = claim("Falcon was released in October 2025 in Oslo.", "b", products=(ent("falcon", "Falcon", "PRODUCT"),), dates=(_OCT,))
    assert compare_dates(a, b, KB) is None
    assert compare_dates(a, b, kb) is not None


def test_dates_confidence_of_two_inherited_dates_and_two_predictions_rounds_to_three_decimals():
    a = _launch("a", "Brightwave will launch the Tidal app.", context_dates=(_JUNE,), modality="prediction")
    b = _launch("b", "Brightwave will launch the Tidal app.", context_dates=(_OCT,), modality="prediction")
    v = compare_dates(a, b, KB)
    assert v is not None and v.confidence == 0.325  # 0.8 x 0.85 x 0.85 x 0.5625 = 0.3251


def test_dates_names_next_to_each_date_that_the_other_claim_lacks_are_two_occurrences():
    from checker.judge.align import foreign_names

    y01, y05 = date("2001", "2001-01-01", "2001-12-31", "year"), date("2005", "2005-01-01", "2005-12-31", "year")
    lewis = claim("Ramon floored Leo Lanz to win the title in 2001.", "a", dates=(y01,), frames=("win",))
    barrett = claim("Ramon won the vacant title in 2005 over Mark Bartos.", "b", dates=(y05,), frames=("win",))
    assert foreign_names(lewis, "2001", barrett, "2005") and foreign_names(barrett, "2005", lewis, "2001")
    assert compare_dates(lewis, barrett, KB) is None
    # a name on one side only, or names the other claim also mentions, leave one occurrence
    plain = claim("Ramon won the vacant title in 2005.", "b", dates=(y05,), frames=("win",))
    assert not foreign_names(lewis, "2001", plain, "2005")
    assert compare_dates(lewis, plain, KB) is not None
    both = claim("Ramon won the vacant title in 2005 over Leo Lanz.", "b", dates=(y05,), frames=("win",))
    assert not foreign_names(lewis, "2001", both, "2005")
    assert compare_dates(lewis, both, KB) is not None
    # the sentence opener is no name next to the answer
    opener = claim("Yesterday Ramon won the title in 2005.", "b", dates=(y05,), frames=("win",))
    assert not foreign_names(lewis, "2001", opener, "2005")


def test_dates_a_date_of_a_noun_or_describing_clause_is_not_the_events_time():
    decade = date("the 1940s", "1940-01-01", "1949-12-31", "years", event="swim", background=True)
    death = date("June 7, 2013", "2013-06-07")
    a = claim("Mara Velez, who swam to stardom in the 1940s, dies at 91", "a", frames=("die",), dates=(decade,))
    b = claim("Mara Velez dies", "b", frames=("die",), context_dates=(death,))
    assert event_date(a) == (decade, 1.0)  # what a quantity is dated by: any stated date
    assert event_date(a, main=True) is None
    assert compare_dates(a, b, KB) is None and compare_dates(b, a, KB) is None
    # the same claim with its main action dated is compared by that date
    own = date("June 6, 2013", "2013-06-06", precision="day")
    assert compare_dates(dataclasses.replace(a, slots=dataclasses.replace(a.slots, dates=(decade, own))), b, KB) is not None
    # a described event of the same kind as the other's date is still one event
    released = date("2010", "2010-01-01", "2010-12-31", "year", event="release", background=True)
    c = _launch("a", "The film, released in 2010, grossed $5 million.", dates=(released,))
    d = _launch("b", "The film was released in 2012.", dates=(date("2012", "2012-01-01", "2012-12-31", "year", event="release"),))
    v = compare_dates(c, d, KB)
    assert v is not None and v.confidence == 0.8 and compare_dates(d, c, KB) is not None  # trusted as a stated date
    e = _launch("b", "The film was shown in 2012.", dates=(date("2012", "2012-01-01", "2012-12-31", "year", event="show"),))
    assert compare_dates(c, e, KB) is None
    # a relative date of a noun ("the film, released this week") places nothing
    week = date("this week", "2010-05-01", "2010-05-07", "relative", event="release", background=True)
    assert compare_dates(dataclasses.replace(c, slots=dataclasses.replace(c.slots, dates=(week,))), d, KB) is None


def test_dates_of_different_occurrences_in_a_series_are_not_compared():
    first = date("2007", "2007-01-01", "2007-12-31", "year", series="first")
    plain = date("2014", "2014-01-01", "2014-12-31", "year")
    a = _launch("a", "Velez first hosted the awards in 2007.", dates=(first,))
    b = _launch("b", "Velez will host the awards in 2014.", dates=(plain,))
    assert compare_dates(a, b, KB) is None and compare_dates(b, a, KB) is None
    # two dates of the first occurrence are one question
    c = _launch("b", "Velez first hosted the awards in 2014.", dates=(dataclasses.replace(plain, series="first"),))
    assert compare_dates(a, c, KB) is not None


def test_dates_a_negated_act_is_not_dated_by_its_date_unless_until_dates_it():
    a = _launch("a", _LAUNCH_A, dates=(_JUNE,))
    # NOTE: "did not launch it in October" says nothing of when it was launched
    b = _launch("b", "Brightwave did not launch the Tidal app in October 2025.", dates=(_OCT,), negated=True)
    assert compare_dates(a, b, KB) is None and compare_dates(b, a, KB) is None
    # "did not launch it until October" dates the launch
    until = _launch("b", "Brightwave did not launch the Tidal app until October 2025.", dates=(_OCT,), negated=True)
    assert compare_dates(a, until, KB) is not None


def test_dates_a_birth_or_death_of_one_named_person_is_one_question_whatever_else_the_claims_say():
    born, died = date("1815", "1815-01-01", "1815-12-31", "year"), date("1852", "1852-01-01", "1852-12-31", "year")
    span = claim("Ada Lovelace (1815–1852) wrote notes.", "a",
                 dates=(dataclasses.replace(born, event="birth", holder="ada lovelace"), dataclasses.replace(died, event="die", holder="ada lovelace")))

    def other(text: str, when: str, event: str, holder: str = "ada lovelace"):
        d = date(when, f"{when}-01-01", f"{when}-12-31", "year", event=event, holder=holder)
        return claim(text, "b", dates=(d,))

    # NOTE: her death against the span's death, not its birth; masked wording shares nothing and needs not
    v = compare_dates(span, other("Ada Lovelace died in London in 1853.", "1853", "die"), KB)
    assert v is not None and v.values == (("1852",), ("1853",))
    assert compare_dates(span, other("Ada Lovelace was born in 1816.", "1816", "birth"), KB).values == (("1815",), ("1816",))
    assert compare_dates(span, other("Ada Lovelace died in 1852.", "1852", "die"), KB) is None
    # another person's death, or an act of hers that is no birth or death, is no conflict
    assert compare_dates(span, other("Charles Babbage died in 1871.", "1871", "die", "charles babbage"), KB) is None
    assert compare_dates(span, other("Ada Lovelace published her notes in 1843.", "1843", "publish"), KB) is None


def test_dates_one_act_of_one_holder_is_one_question_without_a_frame():
    def done(sid: str, text: str, when: DateValue, holder: str = "tower"):
        return claim(text, sid, dates=(dataclasses.replace(when, event="complete", holder=holder),))

    mar15, mar31 = date("15 March 1889", "1889-03-15", precision="day"), date("March 31, 1889", "1889-03-31", precision="day")
    # NOTE: "complete" evokes no frame and the tower is no name: the act and its holder as parsed say one question
    v = compare_dates(done("a", "The tower was completed on 15 March 1889.", mar15), done("b", "The tower was completed on March 31, 1889.", mar31), KB)
    assert v is not None and v.values == (("15 March 1889",), ("March 31, 1889",))
    # another holder, or another act, is not
    assert compare_dates(done("a", "The tower was completed on 15 March 1889.", mar15),
                         done("b", "The bridge was completed on March 31, 1889.", mar31, "bridge"), KB) is None
    opened = claim("The tower was opened on March 31, 1889.", "b", dates=(dataclasses.replace(mar31, event="open", holder="tower"),))
    assert compare_dates(done("a", "The tower was completed on 15 March 1889.", mar15), opened, KB) is None
    # ... nor one act without a holder the parse names
    assert compare_dates(done("a", "It was completed on 15 March 1889.", mar15, ""),
                         done("b", "It was completed on March 31, 1889.", mar31, ""), KB) is None


def test_dates_a_birth_said_in_passing_by_both_claims_is_one_question():
    def born(sid, text, when, holder, **kw):
        return claim(text, sid, dates=(date(when[0], *when[1:], background=True, event="birth", holder=holder, **kw),),
                     actors=(ent(holder, label="PERSON"),))

    a = born("a", "Ada Lindqvist (born 14 March 1952) is a Swedish chemist.", ("14 March 1952", "1952-03-14", None, "day"), "ada lindqvist")
    b = born("b", "Swedish chemist Ada Lindqvist, born in 1954, shared the prize.", ("1954", "1954-01-01", "1954-12-31", "year"), "ada lindqvist")
    v = compare_dates(a, b, KB)
    assert v is not None and v.verdict == "contradiction" and v.values == (("14 March 1952",), ("1954",))
    # two people's births said in passing are two questions
    c = born("b", "Swedish chemist Bo Berg, born in 1954, shared the prize.", ("1954", "1954-01-01", "1954-12-31", "year"), "bo berg")
    assert compare_dates(a, c, KB) is None
    # a date said in passing of another kind of act is not taken for a birth
    d = claim("Ada Lindqvist, who won the prize in 1954, is a chemist.", "b",
              dates=(date("1954", "1954-01-01", "1954-12-31", "year", background=True, event="win", holder="ada lindqvist"),))
    assert compare_dates(a, d, KB) is None


def _day(text: str, month: int, day: int, last: int | None = None):
    return date(text, f"{YEARLESS:04d}-{month:02d}-{day:02d}", f"{YEARLESS:04d}-{month:02d}-{last or day:02d}", MONTH_DAY)


def test_dates_days_without_a_year_are_compared_by_month_and_day():
    a = _launch("a", "Brightwave launched the Tidal app on June 3.", dates=(_day("June 3", 6, 3),))
    b = _launch("b", "Brightwave launched the Tidal app on June 5.", dates=(_day("June 5", 6, 5),))
    assert compare_dates(a, b, KB) == Verdict(
        "CC102", "contradiction", 0.8, "date", (("June 3",), ("June 5",)),
        "June 3 (--06-03, year not given) and June 5 (--06-05, year not given) are 2 days apart")
    same = _launch("b", "Brightwave launched the Tidal app on 3 June.", dates=(_day("3 June", 6, 3),))
    assert compare_dates(a, same, KB) is None
    week = _launch("b", "Brightwave launched the Tidal app from June 1 to June 7.", dates=(_day("from June 1 to June 7", 6, 1, 7),))
    assert compare_dates(a, week, KB) is None


def test_dates_a_day_without_a_year_meets_a_date_of_any_year_holding_that_day():
    a = _launch("a", "Brightwave launched the Tidal app on June 3.", dates=(_day("June 3", 6, 3),))
    assert compare_dates(a, _launch("b", _LAUNCH_A, dates=(_JUNE,)), KB) is None
    assert compare_dates(_launch("b", _LAUNCH_A, dates=(_JUNE,)), a, KB) is None
    year = date("2025", "2025-01-01", "2025-12-31", "year")
    assert compare_dates(a, _launch("b", "Brightwave launched the Tidal app in 2025.", dates=(year,)), KB) is None
    v = compare_dates(a, _launch("b", _LAUNCH_B, dates=(_OCT,)), KB)
    assert v is not None and v.reason == ("June 3 (--06-03, year not given) and October 2025 (2025-10-01–2025-10-31) "
                                          "are 120 days apart")
    new_year = date("January 2026", "2026-01-01", "2026-01-31")
    eve = _launch("a", "Brightwave launched the Tidal app on December 30.", dates=(_day("December 30", 12, 30),))
    w = compare_dates(eve, _launch("b", "Brightwave launched the Tidal app in January 2026.", dates=(new_year,)), KB)
    assert w is not None and w.reason.endswith("are 2 days apart")  # NOTE: placed in the other's year, December 2025


def test_dates_a_day_without_a_year_overlaps_by_month_and_day_only():
    june3 = _day("June 3", 6, 3)
    assert june3.overlaps(date("June 3, 1990", "1990-06-03", "1990-06-03", "day"))
    assert not june3.overlaps(date("June 4, 1990", "1990-06-04", "1990-06-04", "day"))
    assert date("June 2025", "2025-06-01", "2025-06-30").overlaps(june3)
    assert june3.overlaps(date("1990s", "1990-01-01", "1999-12-31", "years"))
    assert not june3.overlaps(_day("June 4", 6, 4)) and june3.overlaps(_day("June", 6, 1, 30))
    leap = _day("February 29", 2, 29)
    assert leap.overlaps(date("February 28, 2025", "2025-02-28", "2025-02-28", "day"))
    assert not leap.overlaps(date("March 1, 2025", "2025-03-01", "2025-03-01", "day"))
    span = date("winter 2024/25", "2024-12-01", "2025-02-28", "part-of-year")
    assert _day("January 5", 1, 5).overlaps(span) and not _day("March 5", 3, 5).overlaps(span)


def test_dates_two_acts_dated_in_two_places_are_two_occurrences():
    aceh, maluku, indonesia = ent("aceh", "Aceh", "GPE"), ent("maluku", "Maluku", "GPE"), ent("indonesia", "Indonesia", "GPE")
    # NOTE: places from the slots only (the text's capitals are `foreign_names`' to read)
    a = _launch("a", "Brightwave launched the Tidal app there in June 2025.", dates=(_JUNE,), places=(aceh, indonesia))
    b = _launch("b", "Brightwave launched the Tidal app there in October 2025.", dates=(_OCT,), places=(maluku, indonesia))
    assert compare_dates(a, b, KB) is None
    one = _launch("b", "Brightwave launched the Tidal app there in October 2025.", dates=(_OCT,), places=(indonesia,))
    assert compare_dates(a, one, KB) is not None  # NOTE: a place only one side names is no second place
    geneva, swiss = ent("geneva", "Geneva", "GPE"), ent("switzerland", "Switzerland", "GPE")
    g = _launch("a", "Brightwave launched the Tidal app in Geneva in June 2025.", dates=(_JUNE,), places=(geneva,))
    s = _launch("b", "Brightwave launched the Tidal app in Switzerland in October 2025.", dates=(_OCT,), places=(swiss,))
    from checker.rules.dates import _elsewhere

    assert KB.inside("geneva", "switzerland") and not _elsewhere(g, s, KB)  # NOTE: one place at two scales
    assert _elsewhere(a, b, KB) and not _elsewhere(a, one, KB)


def _year(when: str, event: str = "", holder: str = "", **kw):
    return date(when, f"{when}-01-01", f"{when}-12-31", "year", event=event, holder=holder, **kw)


def test_dates_of_two_acts_in_each_claim_compare_act_by_act():
    # NOTE: "founded in 1852 ... and incorporated in 1889" / "Settled in 1852, ... was incorporated in 1893"
    a = claim("Maplewood was founded in 1852 and incorporated as a city in 1889.", "a", frames=("found", "incorporate"),
              actors=(ent("maplewood", "Maplewood", "GPE"),),
              dates=(_year("1852", "found", "maplewood"), _year("1889", "incorporate", "maplewood")))
    b = claim("Settled in 1852, Maplewood was incorporated as a city in 1893.", "b", frames=("settle", "incorporate"),
              actors=(ent("maplewood", "Maplewood", "GPE"),),
              dates=(_year("1852", "settle", "maplewood"), _year("1893", "incorporate", "maplewood")))
    v = compare_dates(a, b, KB)
    assert v is not None and v.values == (("1889",), ("1893",))
    assert compare_dates(b, a, KB).values == (("1893",), ("1889",))
    # the same years for the act both date: no conflict, whatever the other act's year
    same = dataclasses.replace(b, slots=dataclasses.replace(b.slots, dates=(_year("1850", "settle", "maplewood"),
                                                                              _year("1889", "incorporate", "maplewood"))))
    assert compare_dates(a, same, KB) is None
    # any date of one claim that fits the other's still excuses the conflict, whichever act the parse gives it
    crossed = dataclasses.replace(a, slots=dataclasses.replace(a.slots, dates=(_year("1889", "incorporate", "maplewood"),
                                                                                 _year("1893", "found", "maplewood"))))
    assert compare_dates(crossed, b, KB) is None
    loose = dataclasses.replace(b, slots=dataclasses.replace(b.slots, dates=(_year("1893", "incorporate", "maplewood"), _year("1889"))))
    assert compare_dates(a, loose, KB) is None


def test_dates_stated_in_passing_of_one_named_holder_are_one_question():
    # NOTE: "Brightline, founded in 2009, has 1,400 employees" / "The company, which was founded in 2011, makes software"
    a = claim("Brightline, founded in 2009, has about 1,400 employees.", "a", frames=("found", "have"),
              actors=(ent("brightline", "Brightline"),), dates=(_year("2009", "found", "brightline", background=True),))
    b = claim("The company, which was founded in 2011, makes billing software for hospitals.", "b", frames=("found", "make"),
              actors=(ent("brightline", "Brightline"),), dates=(_year("2011", "found", "brightline", background=True),))
    v = compare_dates(a, b, KB)
    assert v is not None and v.values == (("2009",), ("2011",))
    # two holders, two acts, or one date not in passing: no such question
    other = dataclasses.replace(b, slots=dataclasses.replace(b.slots, dates=(_year("2011", "found", "halvorsen", background=True),)))
    assert compare_dates(a, other, KB) is None
    act = dataclasses.replace(b, slots=dataclasses.replace(b.slots, dates=(_year("2011", "list", "brightline", background=True),)))
    assert compare_dates(a, act, KB) is None


def test_dates_stated_in_passing_of_things_neither_parse_names_are_not_paired():
    # NOTE: "A second phase, expected to ... open in 2031" / "a new wing scheduled to open in 2028": two things opening
    a = claim("A second phase, expected to cost about $40 million and open in 2031, will add the remaining 40 beds.", "a",
              frames=("grant",), dates=(_year("2031", "grant", background=True),))
    b = claim("The board approved an $85 million expansion that will add 80 beds in a new wing scheduled to open in 2028.", "b",
              frames=("grant",), dates=(_year("2028", "grant", background=True),))
    assert compare_dates(a, b, KB) is None and compare_dates(b, a, KB) is None
    # one side's holder read is enough to pair them and tell the holders apart after
    held = dataclasses.replace(b, slots=dataclasses.replace(b.slots, dates=(_year("2028", "grant", "phase", background=True),)))
    assert compare_dates(a, held, KB) is not None


def test_dates_a_date_opened_by_as_of_is_when_a_state_was_seen_not_an_acts_time():
    dec = date("December 31, 2018", "2018-12-31", precision="day", event="sell", holder="game")
    mar = date("March 31, 2019", "2019-03-31", precision="day", event="sell", holder="game")
    a = claim("As of December 31, 2018, the games have sold 16.37 million copies.", "a", frames=("sell",), dates=(dec,))
    b = claim("As at March 31, 2019, the games have sold 16.39 million copies.", "b", frames=("sell",), dates=(mar,))
    assert compare_dates(a, b, KB) is None
    # one side alone is enough: the other's act is not dated by when the first state was seen
    sold = claim("The games sold out on March 31, 2019.", "b", frames=("sell",), dates=(mar,))
    assert compare_dates(a, sold, KB) is None and compare_dates(sold, a, KB) is None
    # the same dates on the act itself are compared
    on = claim("The games went on sale on December 31, 2018.", "a", frames=("sell",), dates=(dec,))
    assert compare_dates(on, sold, KB) is not None
    # an inherited date is looked up in the sentence that states it
    stated = claim("As of December 31, 2018, sales were counted.", "x")
    inherited = claim("The games have sold 16.37 million copies.", "a", frames=("sell",),
                      dates=(dataclasses.replace(dec, stated_in=stated),))
    assert compare_dates(inherited, sold, KB) is None


def test_dates_of_two_acts_need_claims_alike_beyond_a_frame_one_evokes_elsewhere():
    from checker.judge.align import Alignment
    from checker.rules.dates import _other_acts

    y14 = date("2014", "2014-01-01", "2014-12-31", "year", event="win", holder="giroud")
    d12 = date("24 March 2012", "2012-03-24", precision="day", event="score", holder="giroud")
    won = claim("Giroud won the FA Cup with Arsenal in 2014.", "a", frames=("win",), dates=(y14,))
    scored = claim("On 24 March 2012, Giroud scored the only goal in the club's 1-0 win.", "b", frames=("win",), dates=(d12,))
    assert compare_dates(won, scored, KB) is None
    # the same act (its frame) of one subject is compared
    again = claim("Giroud won the FA Cup with Arsenal on 24 March 2012.", "b", frames=("win",),
                  dates=(dataclasses.replace(d12, event="win"),))
    assert compare_dates(won, again, KB) is not None

    def al(masked: float, asked: float | None = None) -> Alignment:
        return Alignment(True, 0.5, masked, 1, False, True, None, asked, "")

    assert _other_acts(y14, d12, al(0.49), KB) and _other_acts(y14, d12, al(0.2, 0.59), KB)
    assert not _other_acts(y14, d12, al(0.5), KB) and not _other_acts(y14, d12, al(0.2, 0.6), KB)
    assert not _other_acts(y14, dataclasses.replace(d12, event="win"), al(0.0), KB)
    assert not _other_acts(y14, dataclasses.replace(d12, event=""), al(0.0), KB)
    # a light verb (its frames all light: "forced a hard lockdown") does its complement's act, which it does not name
    kb = dataclasses.replace(KB, frames={**KB.frames, "force": frozenset({"demand"})})
    forced = dataclasses.replace(d12, event="force")
    assert not _other_acts(y14, forced, al(0.0), kb) and not _other_acts(forced, y14, al(0.0), kb)
    assert not _other_acts(y14, dataclasses.replace(d12, event="announce"), al(0.0), KB)


def test_dates_a_things_origin_is_compared_with_an_act_of_making_it_not_with_a_later_act():
    # NOTE: "dates from 1650" says when the chapel came to be: "was built in 1652" answers that, "restored in 1890" does not
    from checker.normalize.dates import ORIGIN, one_act

    assert one_act(ORIGIN, "build") and one_act("found", ORIGIN) and one_act("build", "build")
    assert not one_act(ORIGIN, "restore") and not one_act(ORIGIN, "visit") and not one_act("", "")
    origin = claim("The Varna chapel dates from 1650.", "a",
                   dates=(date("1650", "1650-01-01", "1650-12-31", "year", event=ORIGIN, holder="varna chapel"),))
    built = claim("The Varna chapel was built in 1652 by the monks of the harbour town.", "b",
                  dates=(date("1652", "1652-01-01", "1652-12-31", "year", event="build", holder="varna chapel"),))
    v = compare_dates(origin, built, KB)
    assert v is not None and v.verdict == "contradiction" and v.values == (("1650",), ("1652",))
    restored = claim("The Varna chapel was restored in 1890 by the monks of the harbour town.", "b",
                     dates=(date("1890", "1890-01-01", "1890-12-31", "year", event="restore", holder="varna chapel"),))
    assert compare_dates(origin, restored, KB) is None


def test_dates_a_things_origin_is_no_date_of_tearing_it_down_or_of_a_feeling():
    # NOTE: WordNet's make.v.03 reaches "demolish" (crush.v.05, to humiliate) and "arouse": only senses filed under making
    from checker.normalize.dates import ORIGIN, one_act

    for verb in ("demolish", "arouse", "anger", "result", "anoint", "frighten"):
        assert not one_act(ORIGIN, verb), verb
    for verb in ("build", "found", "establish", "form", "write", "construct", "create", "compose", "design"):
        assert one_act(ORIGIN, verb), verb
    origin = claim("The mill dates from 1791.", "a",
                   dates=(date("1791", "1791-01-01", "1791-12-31", "year", event=ORIGIN, holder="mill"),))
    torn = claim("The mill was demolished in 1950.", "b",
                 dates=(date("1950", "1950-01-01", "1950-12-31", "year", event="demolish", holder="mill"),))
    assert compare_dates(origin, torn, KB) is None


def test_dates_two_verbs_of_one_act_name_one_act():
    # NOTE: "founded in 1867" / "was established in 1887": WordNet's verbs of one act in their common senses
    from checker.normalize.dates import one_act

    assert one_act("found", "establish") and one_act("establish", "found") and one_act("build", "construct")
    assert not one_act("found", "visit") and not one_act("build", "restore")


def test_dates_a_labelled_date_of_one_act_answers_the_held_date_of_that_act():
    # NOTE: "Date of arrival: 28 March" on a page about the pandas / "Two pandas will arrive on 14 March"
    held = claim("Two pandas will arrive at Varna zoo on 14 March.", "a", roles=(("pred", "arrive"), ("agent", "panda")),
                 dates=(date("14 March", "2026-03-14", precision="day", event="arrive", holder="panda"),))
    label = claim("Date of arrival at Varna zoo: 28 March.", "b", roles=(("pred", "date"),),
                  dates=(date("28 March", "2026-03-28", precision="day", event="arrive", holder=""),))
    v = compare_dates(held, label, KB)
    assert v is not None and v.verdict == "contradiction" and v.values == (("14 March",), ("28 March",))
    # a date of that act whose claim names a doer but no holder the parse read is no label: left to the frames
    done = claim("Date of arrival at Varna zoo: 28 March.", "b", roles=(("pred", "date"), ("agent", "keeper")),
                 dates=(date("28 March", "2026-03-28", precision="day", event="arrive", holder=""),))
    assert compare_dates(held, done, KB) is None


def test_dates_a_birth_whose_newborn_one_claim_names_answers_a_birth_of_no_one_named():
    gave = claim("Mei gave birth on 14 July.", "a", roles=(("pred", "give"), ("agent", "mei")),
                 dates=(date("14 July", "2026-07-14", precision="day", event="birth", holder=""),))
    cub = claim("The cub was born on 21 July.", "b", roles=(("pred", "bear"), ("patient", "cub")),
                dates=(date("21 July", "2026-07-21", precision="day", event="birth", holder="cub"),))
    v = compare_dates(gave, cub, KB)
    assert v is not None and v.verdict == "contradiction" and v.values == (("14 July",), ("21 July",))
    # NOTE: the mother's own birth is another: the claim of her giving birth names her
    mother = claim("Mei was born on 21 July.", "b", roles=(("pred", "bear"), ("patient", "mei")),
                   dates=(date("21 July", "2026-07-21", precision="day", event="birth", holder="mei"),))
    assert compare_dates(gave, mother, KB) is None


def test_dates_one_act_told_with_other_verbs_at_one_clock_time_or_weekday_is_one_question(real_parser):
    # NOTE: two reports agreeing on the hour or the weekday of an act and not on its day date one act ("struck" / "hit",
    # "posted" / "released"); without that detail, dates of two acts read as such stay apart
    from checker.judge import judge_texts

    pairs = [("The quake struck at 4:37 p.m. on Sunday, 8 November, at a depth of about 12 kilometres.",
              "The main shock hit at 16:37 local time on 15 November 2026 and was followed by more than 40 aftershocks."),
             ("The admissions office posted regular-decision results to the applicant portal on Thursday, March 19.",
              "Regular-decision applicants learned their results when decisions were released online on March 26, a Thursday."),
             ("The quake struck on Sunday, 8 November, at a depth of about 12 kilometres.",
              "The main shock hit on 15 November 2026 and was followed by more than 40 aftershocks.")]
    got = judge_texts(pairs, parser=real_parser, kb=KB)
    assert [v.values if v is not None else None for v in got] == [
        (("8 November",), ("15 November 2026",)), (("March 19",), ("March 26",)), None]


def test_dates_told_alike_reads_a_shared_clock_time_or_the_weekday_beside_each_date():
    from checker.rules.dates import told_alike

    from .handmade import qty

    a_day, b_day = date("March 19", "2026-03-19", precision="day"), date("March 26", "2026-03-26", precision="day")
    a = claim("Results were posted on Thursday, March 19.", "a", dates=(a_day,))
    b = claim("Decisions came out on March 26, a Thursday.", "b", dates=(b_day,))
    assert told_alike(a_day, a, b_day, b)
    other = claim("Decisions came out on Friday, March 26.", "b", dates=(b_day,))
    assert not told_alike(a_day, a, b_day, other)
    # a weekday far from the date is another time's ("On Thursday the office said results come out on March 26")
    far = claim("On Thursday the admissions office said that decisions come out on March 26.", "b", dates=(b_day,))
    assert not told_alike(a_day, claim("Results were posted on March 19.", "a", dates=(a_day,)), b_day, far)
    five = qty(5.0, "time of day", "5 p.m.")
    timed = [claim(t, s, dates=(d,), quantities=(five,)) for t, s, d in (("Posted at 5 p.m. on March 19.", "a", a_day),
                                                                         ("Out at 5 p.m. on March 26.", "b", b_day))]
    assert told_alike(a_day, timed[0], b_day, timed[1])


def test_dates_a_weekday_written_with_each_date_is_part_of_the_answer_not_a_name_beside_it(real_parser):
    # NOTE: "on Saturday, March 14" / "on Sunday, March 15": the weekdays say when, as the dates do; they name no
    # participant the other claim lacks (`checker.judge.align.foreign_names`), so the two days of one act conflict
    from checker.judge import judge_texts

    pairs = [("The ferry Nordlys lost power in a storm off the Scottish coast on Saturday, March 14, leaving 300 passengers "
              "stranded for six hours, the company said.",
              "The ferry Nordlys lost power in a storm off the Scottish coast on Sunday, March 15, leaving 300 passengers "
              "stranded for six hours, the operator said."),
             ("The museum reopened its east wing on March 14, a Saturday, after a two-year renovation.",
              "The museum reopened its east wing on March 21, a Saturday, after a two-year renovation.")]
    got = judge_texts(pairs, parser=real_parser, kb=KB)
    assert [v.values if v is not None else None for v in got] == [(("March 14",), ("March 15",)), (("March 14",), ("March 21",))]


def test_dates_as_written_takes_the_weekday_beside_the_date_only():
    from checker.rules.dates import _as_written

    day = date("March 14", "2026-03-14", precision="day")
    assert _as_written(day, claim("It sank on Saturday, March 14, at dawn.", "a", dates=(day,))) == "Saturday, March 14"
    assert _as_written(day, claim("It sank on March 14, a Saturday.", "a", dates=(day,))) == "March 14, a Saturday"
    # NOTE: a weekday far from the date is another time's ("On Monday the coastguard said it sank on March 14")
    far = claim("On Monday the coastguard said that the ship sank on March 14.", "a", dates=(day,))
    assert _as_written(day, far) == "March 14"
