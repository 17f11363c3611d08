"""CC202 for antonym verbs read with who does each act: one outcome told from its two sides, or of no one said, is no
clash; through the spaCy path production uses."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _codes(real_parser, a: str, b: str) -> list[str]:
    from checker.knowledge import load_knowledge
    from checker.rules.negation import compare_antonyms

    from .documents import judged

    (x, *_), (y, *_) = judged(real_parser, a, b)
    v = compare_antonyms(x, y, load_knowledge())
    return [v.code] if v else []


@pytest.mark.parametrize(("won", "lost"), [
    # the loser is the subject of the verb "lost" is joined to, not the winner
    ("Rovers won the cup final against United on Saturday.", "United reached the cup final and lost to Rovers on Saturday."),
    # no subject is read for "lost": who lost is not said
    ("Rovers won the cup final on Saturday.", "Having led at half-time, lost the cup final on Saturday."),
])
def test_negation_antonym_verbs_of_two_doers_or_of_none_read_do_not_clash(real_parser, won, lost):
    assert _codes(real_parser, won, lost) == []
    assert _codes(real_parser, lost, won) == []


@pytest.mark.parametrize(("won", "lost"), [
    ("Rovers won the cup final on Saturday.", "Rovers lost the cup final on Saturday."),
    # the complement takes its subject from the verb it hangs on
    ("Rovers went on to win the cup final on Saturday.", "Rovers lost the cup final on Saturday."),
])
def test_negation_antonym_verbs_of_one_doer_clash(real_parser, won, lost):
    assert _codes(real_parser, won, lost) == ["CC202"]
    assert _codes(real_parser, lost, won) == ["CC202"]


def test_negation_the_act_a_phrasal_verb_entails_is_an_antonym_of_the_other_act(real_parser):
    # NOTE: "turned down" entails reject (WordNet, phrasal_verbs.tsv), the antonym of approve; negated, it agrees
    approved = "The council approved the plan on Tuesday."
    assert _codes(real_parser, approved, "The council turned down the plan on Tuesday.") == ["CC202"]
    assert _codes(real_parser, "The council turned down the plan on Tuesday.", approved) == ["CC202"]
    assert _codes(real_parser, approved, "The council did not turn down the plan on Tuesday.") == []
