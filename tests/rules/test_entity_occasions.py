"""Occurrences of a recurring event told apart by their own time (`checker.normalize.answers.occasion_of`, CC105)."""

from __future__ import annotations

import dataclasses

from checker.models import Mention
from checker.normalize.answers import occasion_of
from checker.rules.entities import compare_entity_answers
from tests.rules.handmade import KB, answered, claim, ent


def _parsed(sid: str, text: str, spec: list[tuple[str, str, str, str, int, str]], names: tuple[Mention, ...],
            roles: tuple[tuple[str, str], ...], outcomes: tuple[tuple[str, str], ...] = ()):
    return answered(sid, text, spec, names, roles=roles, outcomes=outcomes)


def _won_by(sid: str, when: tuple[str, str], winner: str):
    """"WHEN's Starfall Championship was won by WINNER." as spaCy parses it ("Last year's", "This year's")."""
    first, last = winner.split()
    return _parsed(sid, f"{when[0]} {when[1]}'s Starfall Championship was won by {winner}.", [
        (when[0], when[0].lower(), "ADJ", "amod", 1, "DATE"), (when[1], when[1].lower(), "NOUN", "poss", 4, "DATE"),
        ("'s", "'s", "PART", "case", 1, "DATE"), ("Starfall", "Starfall", "PROPN", "compound", 4, ""),
        ("Championship", "Championship", "PROPN", "nsubjpass", 6, ""), ("was", "be", "AUX", "auxpass", 6, ""),
        ("won", "win", "VERB", "ROOT", 6, ""), ("by", "by", "ADP", "agent", 6, ""),
        (first, first, "PROPN", "compound", 9, "ORG"), (last, last, "PROPN", "pobj", 7, "ORG"),
        (".", ".", "PUNCT", "punct", 6, "")],
        (ent(winner.lower(), winner),), (("pred", "win"), ("agent", last.lower()), ("patient", "championship")))


def _won(sid: str, winner: str):
    """"WINNER won the Starfall Championship on Sunday." as spaCy parses it."""
    first, last = winner.split()
    return _parsed(sid, f"{winner} won the Starfall Championship on Sunday.", [
        (first, first, "PROPN", "compound", 1, "ORG"), (last, last, "PROPN", "nsubj", 2, "ORG"),
        ("won", "win", "VERB", "ROOT", 2, ""), ("the", "the", "DET", "det", 5, ""),
        ("Starfall", "Starfall", "PROPN", "compound", 5, ""), ("Championship", "Championship", "PROPN", "dobj", 2, ""),
        ("on", "on", "ADP", "prep", 2, ""), ("Sunday", "Sunday", "PROPN", "pobj", 6, "DATE"),
        (".", ".", "PUNCT", "punct", 2, "")],
        (ent(winner.lower(), winner),), (("pred", "win"), ("agent", last.lower()), ("patient", "championship")))


def test_occasion_of_reads_a_possessive_time_moved_away_from_the_one_told():
    assert occasion_of(_won_by("b", ("Last", "year"), "Baltic Wolves")) == "last year"
    assert occasion_of(_won_by("b", ("Next", "season"), "Baltic Wolves")) == "next season"
    assert all(r.occasion == "last year" for r in _won_by("b", ("Last", "year"), "Baltic Wolves").slots.answers)


def test_occasion_of_a_person_noun_says_who_not_which_occurrence():
    c = _parsed("b", "Last year's champion Anna Petrova lost to Carla Ruiz.", [
        ("Last", "last", "ADJ", "amod", 1, "DATE"), ("year", "year", "NOUN", "poss", 3, "DATE"),
        ("'s", "'s", "PART", "case", 1, "DATE"), ("champion", "champion", "NOUN", "compound", 5, ""),
        ("Anna", "Anna", "PROPN", "compound", 5, "PERSON"), ("Petrova", "Petrova", "PROPN", "nsubj", 6, "PERSON"),
        ("lost", "lose", "VERB", "ROOT", 6, ""), ("to", "to", "ADP", "prep", 6, ""),
        ("Carla", "Carla", "PROPN", "compound", 9, "PERSON"), ("Ruiz", "Ruiz", "PROPN", "pobj", 7, "PERSON"),
        (".", ".", "PUNCT", "punct", 6, "")],
        (ent("anna petrova", "Anna Petrova", "PERSON"), ent("carla ruiz", "Carla Ruiz", "PERSON")),
        (("pred", "lose"), ("agent", "petrova"), ("agent", "champion")))
    assert occasion_of(c) == ""


def test_occasion_of_this_year_or_none_is_the_occurrence_told():
    assert occasion_of(_won_by("b", ("This", "year"), "Baltic Wolves")) == ""
    assert occasion_of(_won("a", "Orzel Esports")) == ""


def test_entity_answers_two_occurrences_of_a_recurring_event_have_two_winners():
    this, last = _won("a", "Orzel Esports"), _won_by("b", ("Last", "year"), "Baltic Wolves")
    assert compare_entity_answers(this, last, KB) is None
    assert compare_entity_answers(last, this, KB) is None


def test_entity_answers_two_winners_of_one_occurrence_still_conflict():
    v = compare_entity_answers(_won_by("a", ("Last", "year"), "Orzel Esports"), _won_by("b", ("Last", "year"), "Baltic Wolves"), KB)
    assert v is not None and v.values == (("Orzel Esports",), ("Baltic Wolves",))
    v = compare_entity_answers(_won_by("a", ("This", "year"), "Orzel Esports"), _won("b", "Baltic Wolves"), KB)
    assert v is not None and v.values == (("Orzel Esports",), ("Baltic Wolves",))


def test_reversed_outcome_of_another_occurrence_is_no_conflict():
    this = dataclasses.replace(_won("a", "Orzel Esports"), slots=dataclasses.replace(
        _won("a", "Orzel Esports").slots, outcomes=(("Orzel Esports", "Baltic Wolves"),)))
    last = _won_by("b", ("Last", "year"), "Baltic Wolves")
    last = dataclasses.replace(last, slots=dataclasses.replace(last.slots, outcomes=(("Baltic Wolves", "Orzel Esports"),)))
    assert compare_entity_answers(this, last, KB) is None
    told = dataclasses.replace(last, slots=dataclasses.replace(last.slots, answers=tuple(
        dataclasses.replace(r, occasion="") for r in last.slots.answers)))
    assert compare_entity_answers(this, told, KB) is not None  # NOTE: the gate is the occasion, not the outcomes
