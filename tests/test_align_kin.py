"""Alignment of two counts of one thing in other words (`checker.normalize.kinds`): one counted noun."""

from __future__ import annotations

from checker.judge import align as al
from checker.knowledge import load_knowledge
from checker.models import Claim, Quantity, Slots


def _claim(text: str, sid: str, q: Quantity) -> Claim:
    return Claim(sid, f"{sid}.md", 0, len(text), 1, 1, 1, text, slots=Slots(quantities=(q,)))


def test_align_kin_nouns_count_one_thing_and_lower_the_similarity_floor():
    kb = load_knowledge()
    a = _claim("Halvor released 30 films in its first decade of business.", "a", Quantity(30, "film", "=", "30 films", event="release"))
    b = _claim("Over the years the studio released 45 movies.", "b", Quantity(45, "movie", "=", "45 movies", event="release"))
    # NOTE: below ALIGN_SIMILARITY, above COUNTED_SIMILARITY: one counted noun by one act asks one question
    assert al.align(a, "30 films", b, "45 movies", kb, similarity=0.4).aligned
    songs = _claim("Over the years the studio released 45 songs.", "b", Quantity(45, "song", "=", "45 songs", event="release"))
    assert not al.align(a, "30 films", songs, "45 songs", kb, similarity=0.4).aligned


def test_align_kin_a_noun_in_other_words_is_a_shared_attribute_word():
    from checker.judge.align import align
    from checker.knowledge import load_knowledge
    from checker.models import Claim, DateValue, Slots
    import datetime as dt

    def c(sid: str, text: str, when: str) -> Claim:
        d = DateValue(dt.date(2021, 3, int(when)), dt.date(2021, 3, int(when)), f"March {when}, 2021", "day")
        return Claim(sid, sid, 0, len(text), 1, 1, 1, text, slots=Slots(dates=(d,)))

    a = c("a", "The treaty was signed on March 3, 2021.", "3")
    b = c("b", "The agreement was signed on March 5, 2021.", "5")
    al = align(a, "March 3, 2021", b, "March 5, 2021", load_knowledge())
    assert al.masked == 1.0 and al.attribute == 1.0
    bridge = c("b", "The bridge was signed on March 5, 2021.", "5")
    assert align(a, "March 3, 2021", bridge, "March 5, 2021", load_knowledge()).masked < 1.0


def test_align_kin_a_count_of_acts_and_of_those_who_did_them_share_the_counted_noun():
    kb = load_knowledge()
    # NOTE: one count told as the act's noun and as its verb (`checker.rules.numbers.one_act_counted`)
    a = _claim("Health officials have recorded 194 recoveries in the province.", "a",
               Quantity(194, "recovery", "=", "194 recoveries", event="record"))
    b = _claim("More than 200 people have recovered, the provincial ministry said.", "b",
               Quantity(200, "people", ">", "More than 200 people", event="recover"))
    al_ab = al.align(a, "194 recoveries", b, "More than 200 people", kb, similarity=0.4)
    assert al_ab.aligned and al_ab.attribute > 0.0
    # NOTE: those who did another act count other people than the recoveries
    died = _claim("More than 200 people have died, the provincial ministry said.", "b",
                  Quantity(200, "people", ">", "More than 200 people", event="die"))
    assert not al.align(a, "194 recoveries", died, "More than 200 people", kb, similarity=0.4).aligned
