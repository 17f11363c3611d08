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


def _in_other_words_asking_every_pair(x: frozenset[str], y: frozenset[str]) -> frozenset[str]:
    """`in_other_words` as its definition reads: for each word of ``y`` alone, the first word of ``x`` alone (sorted)
    whose singular is `kin` with its singular."""
    from checker.normalize.kinds import _singular

    if not x or not y:
        return y
    out = set(y)
    for w in y - x:
        hit = next((v for v in sorted(x - y) if v != w and kin(_singular(v), _singular(w)) is not None), None)
        if hit is not None:
            out.discard(w)
            out.add(hit)
    return frozenset(out)


def test_kinds_in_other_words_takes_the_word_asking_every_pair_takes():
    """Found through the table's pairs, the word taken is the one asking `kin` of every pair takes: the first in sorted
    order, of any relation (synonym, narrower, broader), plurals read as their singular, words outside the table kept."""
    import random

    from checker.normalize.kinds import _partners, _table, in_other_words

    table = sorted(_table())
    rng = random.Random(3)
    words = sorted({w for pair in rng.sample(table, 60) for w in pair} | {"quake", "earthquake", "quakes", "earthquakes",
                   "treaty", "agreement", "agreements", "deaths", "fatality", "film", "movies", "", "zzyzx", "news", "gas"}
                   | set(sorted(_partners()["worker"])[:20]) | {"worker", "workers"})  # NOTE: many kin of one word
    for _ in range(3000):
        x = frozenset(rng.sample(words, rng.randint(0, 8)))
        y = frozenset(rng.sample(words, rng.randint(0, 8)))
        assert in_other_words(x, y) == _in_other_words_asking_every_pair(x, y), (sorted(x), sorted(y))
    x, y = frozenset({"quakes", "earthquake", "agreement"}), frozenset({"quake", "treaties", "film"})
    assert in_other_words(x, y) == _in_other_words_asking_every_pair(x, y) != y
