"""A year modifying a noun of a work is the named work's release (`checker.normalize.dates.work_of_year`, CC102)."""

from __future__ import annotations

from checker.models import Token
from checker.normalize.dates import WORK, work_of_year
from checker.normalize.numbers import counted_not_dated
from checker.normalize.dates import one_work
from checker.rules.dates import compare_dates
from tests.rules.handmade import KB, claim, date, ent


def _toks(text: str, spec: list[tuple[str, str, str, str, int]]) -> tuple[Token, ...]:
    out, at = [], 0
    for word, lemma, pos, dep, head in spec:
        at = text.index(word, at)
        out.append(Token(word, lemma, pos, dep, head, "CARDINAL" if word.isdigit() else "", at))
        at += len(word)
    return tuple(out)


_FILM = "The Vexo Movie is a 2004 American comedy film."
_FILM_TOKS = _toks(_FILM, [("The", "the", "DET", "det", 2), ("Vexo", "vexo", "PROPN", "compound", 2), ("Movie", "movie", "PROPN", "nsubj", 3),
                           ("is", "be", "AUX", "ROOT", 3), ("a", "a", "DET", "det", 8), ("2004", "2004", "NUM", "nummod", 8),
                           ("American", "american", "ADJ", "amod", 8), ("comedy", "comedy", "NOUN", "compound", 8),
                           ("film", "film", "NOUN", "attr", 3)])


def _year(text: str, toks, year: str, mentions=()):
    at = text.index(year)
    return work_of_year(text, toks, at, at + len(year), mentions, KB)


def test_work_year_is_the_release_of_the_work_named_by_the_subject_an_apposition_or_the_noun():
    assert _year(_FILM, _FILM_TOKS, "2004") == "vexo movie"
    assert _year(_FILM, _FILM_TOKS, "2004", (ent("the vexo movie", "The Vexo Movie", "ORG"),)) == "the vexo movie"
    ted = "It is a sequel to the 2012 film Ted."
    toks = _toks(ted, [("It", "it", "PRON", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1), ("a", "a", "DET", "det", 3),
                       ("sequel", "sequel", "NOUN", "attr", 1), ("to", "to", "ADP", "prep", 3), ("the", "the", "DET", "det", 7),
                       ("2012", "2012", "NUM", "nummod", 7), ("film", "film", "NOUN", "pobj", 4), ("Ted", "ted", "PROPN", "appos", 7)])
    assert _year(ted, toks, "2012") == "ted"
    drama = "It matched Smith's 2015 drama Concussion."
    toks = _toks(drama, [("It", "it", "PRON", "nsubj", 1), ("matched", "match", "VERB", "ROOT", 1), ("Smith", "smith", "PROPN", "poss", 6),
                         ("'s", "'s", "PART", "case", 2), ("2015", "2015", "NUM", "nummod", 6), ("drama", "drama", "NOUN", "compound", 6),
                         ("Concussion", "concussion", "NOUN", "dobj", 1)])
    assert _year(drama, toks, "2015") == "concussion"


def test_work_year_needs_a_work_noun_and_a_name():
    season = "The 2010 season was the club's best."
    toks = _toks(season, [("The", "the", "DET", "det", 2), ("2010", "2010", "NUM", "nummod", 2), ("season", "season", "NOUN", "nsubj", 3),
                          ("was", "be", "AUX", "ROOT", 3)])
    assert _year(season, toks, "2010") == ""
    shown = "A 2004 film was shown."
    toks = _toks(shown, [("A", "a", "DET", "det", 2), ("2004", "2004", "NUM", "nummod", 2), ("film", "film", "NOUN", "nsubjpass", 4),
                         ("was", "be", "AUX", "auxpass", 4), ("shown", "show", "VERB", "ROOT", 4)])
    assert _year(shown, toks, "2004") == ""  # NOTE: no name says which film


def test_a_year_after_a_is_no_count_of_the_noun():
    at = _FILM.index("2004")
    assert not counted_not_dated(_FILM, at, _FILM_TOKS)
    people = "About 2000 people attended."
    toks = _toks(people, [("About", "about", "ADV", "advmod", 1), ("2000", "2000", "NUM", "nummod", 2), ("people", "people", "NOUN", "nsubj", 3),
                          ("attended", "attend", "VERB", "ROOT", 3)])
    assert counted_not_dated(people, people.index("2000"), toks)


def _work(sid: str, year: str, holder: str):
    return claim(f"{holder} is a {year} film.", sid, dates=(date(year, f"{year}-01-01", f"{year}-12-31", "year", event=WORK, holder=holder.lower(),
                                                               background=True),))


def _released(sid: str, text: str, start: str, end: str, holder: str, precision: str = "bound"):
    return claim(text, sid, dates=(date(text, start, end, precision, event="release", holder=holder),), frames=("release",))


def test_work_year_against_a_release_of_the_same_work_whatever_the_frames():
    film = _work("a", "2004", "Vexo Movie")
    after = _released("b", "after 2006", "2007-01-01", "9999-12-31", "vexo movie")
    v = compare_dates(film, after, KB)
    assert v is not None and v.verdict == "contradiction" and v.values == (("2004",), ("after 2006",))
    assert "each the release of vexo movie" in v.reason
    before = _released("b", "before 2010", "0001-01-01", "2009-12-31", "vexo movie")
    assert compare_dates(film, before, KB) is None
    other = _released("b", "after 2006", "2007-01-01", "9999-12-31", "kestrel")
    assert compare_dates(film, other, KB) is None
    denied = claim("The Vexo Movie was not released after 2006.", "b", negated=True,
                   dates=(date("after 2006", "2007-01-01", "9999-12-31", "bound", event="release", holder="vexo movie"),))
    assert compare_dates(film, denied, KB) is None


def test_one_work_keeps_sequel_numbers_apart():
    assert one_work("concussion", "movie concussion", KB)
    assert one_work("ted 2", "ted 2", KB)
    assert not one_work("ted 2", "ted", KB)
    assert not one_work("vexo", "kestrel", KB)


def test_align_a_work_year_and_its_release_ask_one_question_below_the_similarity_floor():
    from checker.judge.align import align

    film = _work("a", "2015", "Vexo")
    after = _released("b", "after 2017", "2018-01-01", "9999-12-31", "vexo")
    al = align(film, "2015", after, "after 2017", KB, similarity=0.3)
    assert al.aligned, al.why
    other = _released("b", "after 2017", "2018-01-01", "9999-12-31", "kestrel")
    assert not align(film, "2015", other, "after 2017", KB, similarity=0.3).aligned
