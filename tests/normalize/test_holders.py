"""Tests for `checker.normalize.holders`: what a value is of, and whose it is, from a hand-built parse."""

from __future__ import annotations

import logging

from checker.knowledge import load_knowledge
from checker.models import Mention, Token
from checker.normalize.holders import mention_before, value_role

logger = logging.getLogger(__name__)


def _parsed(spec):
    """(text, lemma, pos, dep, head) per token, joined by single spaces."""
    out, pos = [], 0
    for text, lemma, tag, dep, head in spec:
        out.append(Token(text, lemma, tag, dep, head, "", pos))
        pos += len(text) + 1
    return " ".join(t[0] for t in spec), tuple(out)


def _role(spec, value, mentions=()):
    text, toks = _parsed(spec)
    at = text.index(value)
    return value_role(text, at, at + len(value), toks, mentions, load_knowledge())


def test_holders_price_of_two_plans_has_two_holders():
    def plan(tier, price):
        return _role([("The", "the", "DET", "det", 2), (tier, tier.lower(), "ADJ", "amod", 2), ("plan", "plan", "NOUN", "nsubj", 3),
                      ("costs", "cost", "VERB", "ROOT", 3), ("$", "$", "SYM", "nmod", 5), (price, price, "NUM", "dobj", 3)], f"$ {price}")
    assert plan("Basic", "9.99") == ("cost", "basic plan")
    assert plan("Premium", "19.99") == ("cost", "premium plan")


def test_holders_copula_value_is_of_its_subject_and_possessor():
    spec = [("The", "the", "DET", "det", 3), ("patient", "patient", "NOUN", "poss", 3), ("'s", "'s", "PART", "case", 1),
            ("temperature", "temperature", "NOUN", "nsubj", 4), ("was", "be", "AUX", "ROOT", 4), ("39", "39", "NUM", "nummod", 6),
            ("degrees", "degree", "NOUN", "attr", 4)]
    assert _role(spec, "39 degrees") == ("temperature", "patient")


def test_holders_named_subject_uses_its_key_and_frame():
    spec = [("Victoria", "victoria", "PROPN", "nsubj", 1), ("died", "die", "VERB", "ROOT", 1), ("in", "in", "ADP", "prep", 1),
            ("1901", "1901", "NUM", "pobj", 2)]
    assert _role(spec, "1901", (Mention("queen victoria", "Victoria", "PERSON"),)) == ("die", "queen victoria")


def test_holders_value_as_its_own_subject_and_pronouns_have_no_holder():
    spec = [("14,000", "14,000", "NUM", "nummod", 1), ("people", "people", "NOUN", "nsubj", 2), ("fled", "flee", "VERB", "ROOT", 2)]
    assert _role(spec, "14,000 people") == ("flee", "")
    spec = [("It", "it", "PRON", "nsubj", 1), ("sold", "sell", "VERB", "ROOT", 1), ("3", "3", "NUM", "nummod", 3),
            ("phones", "phone", "NOUN", "dobj", 1)]
    assert _role(spec, "3 phones") == ("sell", "")


def test_holders_without_a_parse_say_nothing():
    assert value_role("Victoria died in 1901.", 17, 21, (), (), load_knowledge()) == ("", "")


def test_holders_mention_before_prefers_the_longest_name():
    ms = (Mention("ada", "Ada", "PERSON"), Mention("ada lovelace", "Ada Lovelace", "PERSON"), Mention("x", "Lovelace", "GPE"))
    assert mention_before("Ada Lovelace (1815–1852)", 13, ms).key == "ada lovelace"
    assert mention_before("Ada Lovelace wrote (1843)", 19, ms) is None


def _age(noun):
    """'An 11 - year - old <noun> died' as spaCy parses it: 11 -> year -> old (amod of the noun)."""
    return [("An", "an", "DET", "det", 6), ("11", "11", "NUM", "nummod", 3), ("-", "-", "PUNCT", "punct", 3),
            ("year", "year", "NOUN", "npadvmod", 5), ("-", "-", "PUNCT", "punct", 5), ("old", "old", "ADJ", "amod", 6),
            (noun, noun, "NOUN", "nsubj", 7), ("died", "die", "VERB", "ROOT", 7)]


def test_holders_a_measure_inside_a_modifier_belongs_to_the_noun_it_modifies():
    assert _role(_age("girl"), "11 - year") == ("old", "girl")
    assert _role(_age("mother"), "11 - year") == ("old", "mother")
    # NOTE: an adjective that is not a noun's modifier keeps the subject as holder.
    spec = [("She", "she", "PRON", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1), ("11", "11", "NUM", "nummod", 3),
            ("years", "year", "NOUN", "npadvmod", 4), ("old", "old", "ADJ", "acomp", 1)]
    assert _role(spec, "11 years") == ("old", "")
