"""Antonyms and the one noun each is said of, read from hand-built parses (`checker.normalize.contraries`)."""

from __future__ import annotations

import logging

from checker.knowledge import load_knowledge
from checker.models import Token
from checker.normalize.contraries import contraries

from .parses import tokens as _parsed

logger = logging.getLogger(__name__)

KB = load_knowledge()


def test_contraries_an_attributive_adjective_is_said_of_its_noun():
    toks = _parsed([("We", "we", "PRON", "nsubj", 1), ("offer", "offer", "VERB", "ROOT", 1),
                    ("flexible", "flexible", "ADJ", "amod", 4), ("payment", "payment", "NOUN", "compound", 4),
                    ("options", "option", "NOUN", "dobj", 1)])
    assert contraries(toks, KB) == (("flexible", "option", False, "="),)


def test_contraries_a_definite_noun_picked_out_by_the_word_holds_nothing():
    # "the first half" / "the second half" name two halves; "a first step" says something of one
    toks = _parsed([("He", "he", "PRON", "nsubj", 1), ("scored", "score", "VERB", "ROOT", 1), ("in", "in", "ADP", "prep", 1),
                    ("the", "the", "DET", "det", 5), ("first", "first", "ADJ", "amod", 5), ("half", "half", "NOUN", "pobj", 2)])
    assert contraries(toks, KB) == ()
    toks = _parsed([("It", "it", "PRON", "nsubj", 1), ("took", "take", "VERB", "ROOT", 1), ("a", "a", "DET", "det", 4),
                    ("first", "first", "ADJ", "amod", 4), ("step", "step", "NOUN", "dobj", 1)])
    assert contraries(toks, KB) == (("first", "step", False, "="),)


def test_contraries_a_predicative_adjective_is_said_of_the_subject_and_takes_its_negation():
    toks = _parsed([("The", "the", "DET", "det", 1), ("plan", "plan", "NOUN", "nsubj", 2), ("is", "be", "AUX", "ROOT", 2),
                    ("not", "not", "PART", "neg", 2), ("flexible", "flexible", "ADJ", "acomp", 2)])
    assert contraries(toks, KB) == (("flexible", "plan", True, "="),)
    toks = _parsed([("The", "the", "DET", "det", 1), ("plan", "plan", "NOUN", "nsubj", 2), ("is", "be", "AUX", "ROOT", 2),
                    ("flexible", "flexible", "ADJ", "acomp", 2)])
    assert contraries(toks, KB) == (("flexible", "plan", False, "="),)


def test_contraries_no_before_the_noun_negates_its_adjective():
    toks = _parsed([("There", "there", "PRON", "expl", 1), ("are", "be", "VERB", "ROOT", 1), ("no", "no", "DET", "det", 4),
                    ("flexible", "flexible", "ADJ", "amod", 4), ("options", "option", "NOUN", "attr", 1)])
    assert contraries(toks, KB) == (("flexible", "option", True, "="),)


def test_contraries_a_verb_is_said_of_its_object_else_its_subject():
    toks = _parsed([("It", "it", "PRON", "nsubj", 1), ("increased", "increase", "VERB", "ROOT", 1),
                    ("its", "its", "PRON", "poss", 3), ("dividend", "dividend", "NOUN", "dobj", 1)])
    assert contraries(toks, KB) == (("increase", "dividend", False, ""),)
    toks = _parsed([("Sales", "sale", "NOUN", "nsubj", 1), ("decreased", "decrease", "VERB", "ROOT", 1)])
    assert contraries(toks, KB) == (("decrease", "sale", False, ""),)
    toks = _parsed([("It", "it", "PRON", "nsubj", 1), ("increased", "increase", "VERB", "ROOT", 1)])
    assert contraries(toks, KB) == ()  # NOTE: a pronoun holds nothing
    # NOTE: a verb said of a clause is said of what the clause says, not of its subject: "Oppal confirmed that ..." and
    # "Oppal denied that ..." are two statements of one speaker
    toks = _parsed([("Oppal", "oppal", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1), ("that", "that", "SCONJ", "mark", 4),
                    ("it", "it", "PRON", "nsubj", 4), ("was", "be", "AUX", "ccomp", 1), ("political", "political", "ADJ", "acomp", 4)])
    assert [c for c in contraries(toks, KB) if c[0] == "deny"] == []
    toks = _parsed([("Oppal", "oppal", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1)])
    assert [c[:2] for c in contraries(toks, KB) if c[0] == "deny"] == [("deny", "oppal")]


def test_contraries_a_noun_is_said_of_its_of_or_in_complement_unless_definite():
    toks = _parsed([("an", "an", "DET", "det", 1), ("increase", "increase", "NOUN", "ROOT", 1), ("in", "in", "ADP", "prep", 1),
                    ("the", "the", "DET", "det", 4), ("dividend", "dividend", "NOUN", "pobj", 2)])
    assert contraries(toks, KB) == (("increase", "dividend", False, ""),)
    toks = _parsed([("the", "the", "DET", "det", 1), ("end", "end", "NOUN", "ROOT", 1), ("of", "of", "ADP", "prep", 1),
                    ("the", "the", "DET", "det", 4), ("quarter", "quarter", "NOUN", "pobj", 2)])
    assert contraries(toks, KB) == ()


def test_contraries_conjoined_adjectives_share_the_first_ones_noun():
    toks = _parsed([("an", "an", "DET", "det", 4), ("unconventional", "unconventional", "ADJ", "amod", 4),
                    ("and", "and", "CCONJ", "cc", 1), ("uncensored", "uncensored", "ADJ", "conj", 1),
                    ("podcast", "podcast", "NOUN", "ROOT", 4)])
    assert contraries(toks, KB) == (("uncensored", "podcast", False, "="), ("unconventional", "podcast", False, "="))


def test_contraries_a_verb_with_an_object_keeps_its_subject_as_agent_and_a_counted_holder_holds_nothing():
    toks = _parsed([("Brenlow", "Brenlow", "PROPN", "nsubj", 1), ("increased", "increase", "VERB", "ROOT", 1),
                    ("its", "its", "PRON", "poss", 3), ("dividend", "dividend", "NOUN", "dobj", 1)])
    assert contraries(toks, KB) == (("increase", "dividend", False, "brenlow"),)
    # NOTE: "won 40 games" / "lost 42 games": which games is what the counts answer
    toks = _parsed([("The", "the", "DET", "det", 1), ("team", "team", "NOUN", "nsubj", 2), ("won", "win", "VERB", "ROOT", 2),
                    ("40", "40", "NUM", "nummod", 4), ("games", "game", "NOUN", "dobj", 2)])
    assert contraries(toks, KB) == ()


def test_contraries_verbs_of_two_outcomes_of_one_act_come_from_wordnet():
    from checker.knowledge import verb_antonyms
    from checker.normalize.contraries import contrary_of

    assert "convict" in verb_antonyms()["acquit"] and "deny" in verb_antonyms()["admit"]
    # NOTE: converses and successive acts are no two outcomes of one act
    assert "sell" not in verb_antonyms().get("buy", ()) and "leave" not in verb_antonyms().get("arrive", ())
    assert "convict" in contrary_of("acquit", KB) and "convict" not in contrary_of("acquit", KB, verb=False)


def test_contraries_a_verdict_is_said_of_its_passive_subject_with_what_it_is_of():
    toks = _parsed([("Moss", "moss", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                    ("acquitted", "acquit", "VERB", "ROOT", 2), ("of", "of", "ADP", "prep", 2), ("murder", "murder", "NOUN", "pobj", 3)])
    # NOTE: and, by WordNet's gloss of "acquit" ("pronounce not guilty"), innocent of it
    assert contraries(toks, KB) == (("acquit", "moss|murder", False, ""), ("innocent", "moss|murder", False, ""))


def test_contraries_a_date_after_the_verb_is_no_charge():
    toks = _parsed([("Moss", "moss", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                    ("acquitted", "acquit", "VERB", "ROOT", 2), ("on", "on", "ADP", "prep", 2)])
    toks += (Token("Tuesday", "tuesday", "PROPN", "pobj", 3, "DATE", 24),)
    assert contraries(toks, KB) == (("acquit", "moss", False, ""),)


def test_contraries_holders_of_two_charges_are_two():
    from checker.normalize.contraries import same_holder

    assert same_holder("moss|murder", "moss|murder") and same_holder("moss", "moss|murder")
    assert not same_holder("moss|murder", "moss|manslaughter") and not same_holder("moss", "lee")


def test_contraries_a_verb_spelt_in_ise_is_wordnets_in_ize():
    from checker.normalize.contraries import contrary_of

    assert "praise" in contrary_of("criticise", KB) and "praise" in contrary_of("criticize", KB)
    assert "criticise" in contrary_of("praise", KB) and "criticize" in contrary_of("praise", KB)


def test_contraries_an_act_admitted_is_held_by_its_object():
    toks = _parsed([("Corran", "corran", "PROPN", "nsubj", 1), ("admitted", "admit", "VERB", "ROOT", 1),
                    ("breaching", "breach", "VERB", "xcomp", 1), ("rules", "rule", "NOUN", "dobj", 2)])
    assert contraries(toks, KB) == (("admit", "rule", False, "corran"),)


def test_contraries_a_verdicts_adjective_is_said_of_the_one_found_so_by_its_judge():
    # NOTE: "A jury found Lang guilty of fraud" as spaCy parses it: "guilty" a clause of its own with "Lang" its subject
    toks = _parsed([("A", "a", "DET", "det", 1), ("jury", "jury", "NOUN", "nsubj", 2), ("found", "find", "VERB", "ROOT", 2),
                    ("Lang", "lang", "PROPN", "nsubj", 4), ("guilty", "guilty", "ADJ", "ccomp", 2), ("of", "of", "ADP", "prep", 4),
                    ("fraud", "fraud", "NOUN", "pobj", 5)])
    assert contraries(toks, KB) == (("guilty", "lang|fraud", False, "jury"),)


def test_contraries_a_verb_of_declaring_says_its_glossed_adjective_of_its_object_when_it_names_the_charge():
    # NOTE: WordNet glosses "clear" (acquit.v.01) "pronounce not guilty of criminal charges": innocent
    toks = _parsed([("Lang", "lang", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2), ("cleared", "clear", "VERB", "ROOT", 2),
                    ("of", "of", "ADP", "prep", 2), ("fraud", "fraud", "NOUN", "pobj", 3)])
    assert ("innocent", "lang|fraud", False, "") in contraries(toks, KB)
    # NOTE: "cleared the road" names no charge: another sense of "clear"
    toks = _parsed([("Crews", "crew", "NOUN", "nsubj", 1), ("cleared", "clear", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
                    ("road", "road", "NOUN", "dobj", 1)])
    assert all(w != "innocent" for w, _, _, _ in contraries(toks, KB))


def test_contraries_a_charge_keeps_the_nouns_compounded_on_it_and_one_charge_said_two_ways_is_one():
    from checker.normalize.contraries import same_holder

    toks = _parsed([("Lang", "lang", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2), ("cleared", "clear", "VERB", "ROOT", 2),
                    ("of", "of", "ADP", "prep", 2), ("the", "the", "DET", "det", 6), ("fraud", "fraud", "NOUN", "compound", 6),
                    ("charge", "charge", "NOUN", "pobj", 3)])
    assert ("innocent", "lang|fraud charge", False, "") in contraries(toks, KB)
    assert same_holder("lang|fraud", "lang|fraud charge") and same_holder("lang|fraud charge", "lang")
    assert not same_holder("lang|murder", "lang|manslaughter") and not same_holder("lang|murder charge", "lang|fraud charge")
