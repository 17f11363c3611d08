"""`checker.parse._RuleMatches`: the attribute ruler's matches by lookups, equal to spaCy's `Matcher`'s (a blank pipeline)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Doc  # noqa: E402

from checker.parse import _RuleMatches  # noqa: E402


def _ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})  # 0: one column
    ruler.add([[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], {"POS": "AUX"})  # 1: a set of strings
    ruler.add([[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}]], {"POS": "PRON"})  # 2: sets only
    ruler.add([[{"IS_SPACE": True}]], {"TAG": "_SP"})  # 3: a bool
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"})  # 4: two tokens (the Matcher's)
    ruler.add([[{"LOWER": {"REGEX": "^n'?t$"}}]], {"LEMMA": "not"})  # 5: a regex (the Matcher's)
    ruler.add([[{"TAG": "NN", "LOWER": "that"}], [{"TAG": "VBD"}]], {"POS": "X"})  # 6: alternatives (the Matcher's)
    ruler.add([[{"TAG": "NN"}]], {"POS": "PROPN"})  # 7: a later rule on the same tokens
    ruler.add([[{"TAG": "NN", "LOWER": "cat", "DEP": "nsubj"}]], {"LEMMA": "feline"})  # 8: three columns
    return nlp, ruler


def _doc(vocab):  # noqa: ANN001, ANN202
    words = ["That", "cat", "'s", "gon", "na", "win", "that", "race", "n't", "\n", "ran"]
    tags = ["DT", "NN", "VBZ", "VBG", "TO", "VB", "DT", "NN", "RB", "_SP", "VBD"]
    deps = ["nsubj", "nsubj", "aux", "ROOT", "aux", "xcomp", "det", "dobj", "neg", "dep", "conj"]
    heads = [1, 3, 3, 3, 5, 3, 7, 5, 5, 8, 3]
    spaces = [True, False, True, False, True, True, True, False, False, False, False]
    return Doc(vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)


def test_parse_rule_matches_equal_the_attribute_rulers_matcher() -> None:
    nlp, ruler = _ruler()
    doc = _doc(nlp.vocab)
    got = _RuleMatches(ruler)(doc)
    assert got == ruler.match(doc)
    by_rule = {}
    for rule, _, start, end in got:
        by_rule.setdefault(rule, []).append((start, end))
    assert by_rule[0] == by_rule[7] == [(1, 2), (7, 8)]
    assert by_rule[1] == [(2, 3)]
    assert by_rule[2] == [(0, 1)]  # "That" is a subject, "that" (det) is not
    assert by_rule[3] == [(9, 10)]
    assert by_rule[4] == [(3, 5)]
    assert by_rule[5] == [(8, 9)]
    assert by_rule[6] == [(10, 11)]
    assert by_rule[8] == [(1, 2)]
    assert got == sorted(got)  # NOTE: rule order: a later rule's attributes are set last


def test_parse_rule_matches_set_the_same_attributes_and_follow_added_rules() -> None:
    nlp, ruler = _ruler()
    fast = _RuleMatches(ruler)
    a, b = _doc(nlp.vocab), _doc(nlp.vocab)
    ruler.set_annotations(a, ruler.match(a))
    ruler.set_annotations(b, fast(b))
    assert [(t.pos_, t.tag_, t.lemma_, t.dep_) for t in a] == [(t.pos_, t.tag_, t.lemma_, t.dep_) for t in b]
    assert b[1].pos_ == "PROPN" and b[8].lemma_ == "not"
    ruler.add([[{"LOWER": "race"}]], {"POS": "VERB"})
    doc = _doc(nlp.vocab)
    assert fast(doc) == ruler.match(doc)
    assert (9, 7, 8) in [(r, s, e) for r, _, s, e in fast(doc)]


@pytest.mark.slow
def test_parse_load_nlp_matches_its_attribute_rules_as_spacy_does() -> None:
    from checker.parse import load_nlp

    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, _RuleMatches)
    text = ("Y'all ain't gonna believe it: there's nothin' he didn't do.\n\nLet's go, c'mon! "
            "The firm, which has 300 staff, said it had cut jobs; I gave it to you and she gets what she got.")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(text)
    assert ruler.match(doc) == type(ruler).match(ruler, doc)
    from checker.parse import _WordList

    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(type(words) is _WordList for words in index.values())


def test_parse_word_list_answers_membership_as_its_list_does() -> None:
    import pickle

    from checker.parse import _WordList

    words = ["fly", "cat", "bus"]
    wl = _WordList(words)
    assert isinstance(wl, list) and wl == words
    assert [w in wl for w in ("cat", "bus", "buse", "", "Cat")] == [True, True, False, False, False]
    back = pickle.loads(pickle.dumps(wl))
    assert back == words and "fly" in back and "flies" not in back


def _lemmatizer(index_type):  # noqa: ANN001, ANN202
    from spacy.lookups import Lookups

    from checker.parse import _index_lemma_words

    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["ies", "y"], ["s", ""], ["ses", "s"]]})
    lookups.add_table("lemma_index", {"noun": ["fly", "cat", "bus"]})
    lookups.add_table("lemma_exc", {"noun": {"mice": ["mouse"]}})
    lemmatizer.lookups = lookups
    lemmatizer._validated = True
    if index_type is not list:
        _index_lemma_words(lemmatizer)
    assert type(lookups.get_table("lemma_index")["noun"]) is index_type
    return nlp, lemmatizer


def test_parse_indexed_lemma_words_give_the_lists_lemmas() -> None:
    from checker.parse import _WordList

    words = ["flies", "cats", "buses", "dogs", "mice", "Lions"]
    got = {}
    for kind in (list, _WordList):
        nlp, lemmatizer = _lemmatizer(kind)
        doc = Doc(nlp.vocab, words=words, pos=["NOUN"] * len(words), morphs=["Number=Plur"] * len(words))
        got[kind] = [t.lemma_ for t in lemmatizer(doc)]
    # NOTE: "bus" is a known word, so it wins over the unknown "buse" the "s" rule makes
    assert got[_WordList] == got[list] == ["fly", "cat", "bus", "dog", "mouse", "lion"]
