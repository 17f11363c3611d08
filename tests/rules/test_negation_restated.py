"""CC201 / CC202 between agreeing sentences told in other words: a negated bound turned round, a gap told as "the first
since", an ordinal on another noun, converse verbs; through the spaCy path production uses."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _codes(real_parser, a: str, b: str) -> list[str]:
    from checker.knowledge import load_knowledge
    from checker.normalize import normalize_texts
    from checker.rules.negation import compare_antonyms, compare_negation

    x, y = normalize_texts([a, b], parser=real_parser)
    kb = load_knowledge()
    return [v.code for v in (compare_negation(x, y, kb), compare_antonyms(x, y, kb)) if v]


@pytest.mark.parametrize(("a", "b"), [
    # the negation of a bound is the bound turned round
    ("In several cities the temperature stayed above 26 degrees overnight.",
     "Overnight temperatures did not fall below 26 degrees in several cities."),
    ("Inflation in Arvel stayed below 3 percent in May.", "Inflation in Arvel did not rise above 3 percent in May."),
    # "not ... since T" and "the first ... since T" say one gap
    ("Kestrel had not won the event since 2011.", "It was Kestrel's first win in the event since 2011."),
    # an ordinal on another noun than its antonym's, though the first noun is written in both
    ("The project came in at 1.1 billion dollars, about 8 percent over its first budget, which officials put down to late "
     "steel deliveries.", "The project cost 1.1 billion dollars, around 8 percent above the original budget, which officials "
     "blamed on delays to steel deliveries in the second year."),
    # converse verbs of one transaction
    ("A single ticket sold at a petrol station in Elmsby matched all six numbers.",
     "One ticket bought at a petrol station in Elmsby matched all six numbers."),
])
def test_negation_agreeing_sentences_in_other_words_are_no_contradiction(real_parser, a, b):
    assert _codes(real_parser, a, b) == []
    assert _codes(real_parser, b, a) == []


@pytest.mark.parametrize(("a", "b"), [
    # the same bound, asserted and negated
    ("Overnight temperatures fell below 26 degrees in several cities.",
     "Overnight temperatures did not fall below 26 degrees in several cities."),
    # a gap since another time
    ("Kestrel had not won the event since 2011.", "Kestrel won the event in 2015."),
])
def test_negation_a_bound_or_a_gap_denied_as_told_is_still_a_contradiction(real_parser, a, b):
    assert _codes(real_parser, a, b) == ["CC201"]
