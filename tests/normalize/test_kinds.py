"""WordNet's count nouns (`checker.normalize.kinds`): which nouns count one kind of thing."""

from __future__ import annotations

import pytest

from checker.normalize.kinds import BROADER, NARROWER, SAME, kin


@pytest.mark.parametrize(("x", "y", "expected"), [
    ("film", "movie", SAME),  # one synset
    ("movie", "film", SAME),  # either order
    ("death", "death", SAME),
    ("employee", "worker", NARROWER),  # a kind of worker, one step
    ("worker", "employee", BROADER),
    ("suv", "car", NARROWER),
    ("fatality", "death", NARROWER),
    ("cat", "dog", None),  # two kinds of one thing are counted apart
    ("job", "worker", None),
    ("worker", "person", None),  # "person" is too general to count one thing (`MIN_DEPTH`)
    ("", "film", None),
    ("film", "", None),
])
def test_kinds_kin_of_two_count_nouns(x, y, expected):
    assert kin(x, y) == expected


@pytest.mark.parametrize(("x", "y", "expected"), [
    ("treaty", "agreement", True),  # a kind of agreement
    ("quake", "earthquake", True),  # one synset
    ("earthquakes", "quake", True),  # a plural head is its singular
    ("walkout", "strike", True),
    ("treaty", "trade agreement", True),  # one side's modifiers are all the other's
    ("peace treaty", "trade agreement", False),  # each adds its own: two agreements
    ("treaty", "treaty", False),  # one head written alike: the callers' own reading
    ("touchdown pass", "pass", False),
    ("company", "firm", False),  # WordNet's first senses are cousins, not kin
    ("bridge", "span", False),
    ("", "treaty", False),
])
def test_kinds_same_holder_names_one_thing_in_other_words(x, y, expected):
    from checker.normalize.kinds import same_holder

    assert same_holder(x, y) is expected


def test_kinds_in_other_words_writes_a_kin_noun_as_the_other_side_s_word():
    from checker.normalize.kinds import in_other_words

    assert in_other_words(frozenset({"treaty", "sign"}), frozenset({"agreement", "sign"})) == frozenset({"treaty", "sign"})
    assert in_other_words(frozenset({"quake", "coast"}), frozenset({"earthquakes", "coast"})) == frozenset({"quake", "coast"})
    # NOTE: unrelated words, and words both sides already share, stay as written
    assert in_other_words(frozenset({"treaty"}), frozenset({"bridge"})) == frozenset({"bridge"})
    assert in_other_words(frozenset({"treaty", "agreement"}), frozenset({"agreement"})) == frozenset({"agreement"})
    assert in_other_words(frozenset(), frozenset({"agreement"})) == frozenset({"agreement"})
