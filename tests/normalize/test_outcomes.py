"""Who a claim says won a contest and who lost it, read from hand-built parses (`checker.normalize.outcomes`)."""

from __future__ import annotations

import logging

from checker.knowledge import contest_verbs
from checker.models import Token
from checker.normalize.outcomes import outcomes

logger = logging.getLogger(__name__)

VERBS = contest_verbs()


def _parsed(spec):
    """(text, lemma, pos, dep, head) per token, joined by single spaces."""
    out, pos = [], 0
    for text, lemma, tag, dep, head in spec:
        out.append(Token(text, lemma, tag, dep, head, "", pos))
        pos += len(text) + 1
    return tuple(out)


def test_outcomes_the_table_is_wordnets_verbs_of_winning_and_losing():
    assert VERBS["defeat"] == VERBS["beat"] == VERBS["rout"] == "beats"
    assert VERBS["win"] == "wins" and VERBS["lose"] == "loses"
    assert "score" not in VERBS and "play" not in VERBS


def test_outcomes_a_subject_beats_its_object():
    toks = _parsed([("Ruiz", "ruiz", "PROPN", "nsubj", 1), ("beat", "beat", "VERB", "ROOT", 1),
                    ("Petrova", "petrova", "PROPN", "dobj", 1)])
    assert outcomes(toks, VERBS) == (("Ruiz", "Petrova"),)


def test_outcomes_a_participle_takes_the_subject_of_the_verb_it_hangs_on():
    # "Ruiz won the title, beating Petrova": the tagger reads a surname opening a sentence as a noun
    toks = _parsed([("Ruiz", "ruiz", "NOUN", "nsubj", 1), ("won", "win", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
                    ("title", "title", "NOUN", "dobj", 1), (",", ",", "PUNCT", "punct", 1),
                    ("beating", "beat", "VERB", "advcl", 1), ("Petrova", "petrova", "PROPN", "dobj", 5)])
    assert outcomes(toks, VERBS) == (("Ruiz", "Petrova"),)


def test_outcomes_after_a_preposition_the_verb_above_it_gives_the_subject():
    toks = _parsed([("Petrova", "petrova", "PROPN", "nsubj", 1), ("won", "win", "VERB", "ROOT", 1),
                    ("after", "after", "ADP", "prep", 1), ("defeating", "defeat", "VERB", "pcomp", 2),
                    ("Ruiz", "ruiz", "PROPN", "dobj", 3)])
    assert outcomes(toks, VERBS) == (("Petrova", "Ruiz"),)


def test_outcomes_a_passive_by_phrase_is_the_winner():
    toks = _parsed([("Petrova", "petrova", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                    ("beaten", "beat", "VERB", "ROOT", 2), ("by", "by", "ADP", "agent", 2), ("Ruiz", "ruiz", "PROPN", "pobj", 3)])
    assert outcomes(toks, VERBS) == (("Ruiz", "Petrova"),)


def test_outcomes_losing_to_and_winning_against_name_the_other_side():
    lost = _parsed([("Ruiz", "ruiz", "PROPN", "nsubj", 1), ("lost", "lose", "VERB", "ROOT", 1), ("to", "to", "ADP", "prep", 1),
                    ("Petrova", "petrova", "PROPN", "pobj", 2)])
    assert outcomes(lost, VERBS) == (("Petrova", "Ruiz"),)
    won = _parsed([("Ruiz", "ruiz", "PROPN", "nsubj", 1), ("won", "win", "VERB", "ROOT", 1),
                   ("against", "against", "ADP", "prep", 1), ("Petrova", "petrova", "PROPN", "pobj", 2)])
    assert outcomes(won, VERBS) == (("Ruiz", "Petrova"),)
    # NOTE: "won the final" names the contest, not whom Ruiz beat
    final = _parsed([("Ruiz", "ruiz", "PROPN", "nsubj", 1), ("won", "win", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
                     ("Final", "final", "PROPN", "dobj", 1)])
    assert outcomes(final, VERBS) == ()


def test_outcomes_a_relative_clause_takes_the_noun_it_modifies():
    toks = _parsed([("Ruiz", "ruiz", "PROPN", "nsubj", 5), (",", ",", "PUNCT", "punct", 0), ("who", "who", "PRON", "nsubj", 3),
                    ("beat", "beat", "VERB", "relcl", 0), ("Petrova", "petrova", "PROPN", "dobj", 3),
                    ("rested", "rest", "VERB", "ROOT", 5)])
    assert outcomes(toks, VERBS) == (("Ruiz", "Petrova"),)


def test_outcomes_a_denied_possible_or_wished_win_states_none():
    for aux, dep in (("not", "neg"), ("could", "aux"), ("will", "aux"), ("to", "aux")):
        toks = _parsed([("Ruiz", "ruiz", "PROPN", "nsubj", 2), (aux, aux, "PART", dep, 2), ("beat", "beat", "VERB", "ROOT", 2),
                        ("Petrova", "petrova", "PROPN", "dobj", 2)])
        assert outcomes(toks, VERBS) == (), aux


def test_outcomes_only_names_answer():
    # "Police beat the protesters": common nouns name no side of a contest to compare
    toks = _parsed([("Police", "police", "NOUN", "nsubj", 1), ("beat", "beat", "VERB", "ROOT", 1),
                    ("Jones", "jones", "PROPN", "dobj", 1)])
    assert outcomes(toks, VERBS) == ()
    toks = _parsed([("The", "the", "DET", "det", 1), ("hosts", "host", "NOUN", "nsubj", 2), ("beat", "beat", "VERB", "ROOT", 2),
                    ("Jones", "jones", "PROPN", "dobj", 2)])
    assert outcomes(toks, VERBS) == ()


def test_outcomes_a_name_is_written_with_the_words_compounded_on_it():
    toks = _parsed([("Carla", "carla", "PROPN", "compound", 1), ("Ruiz", "ruiz", "PROPN", "nsubj", 2),
                    ("beat", "beat", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 5),
                    ("Tromsø", "tromsø", "PROPN", "compound", 5), ("Bears", "bears", "PROPN", "dobj", 2)])
    assert outcomes(toks, VERBS) == (("Carla Ruiz", "Tromsø Bears"),)


def test_outcomes_what_a_past_act_came_to_is_an_outcome_a_hope_is_not():
    came = _parsed([("Kilbride", "kilbride", "PROPN", "nsubj", 1), ("came", "come", "VERB", "ROOT", 1),
                    ("back", "back", "ADV", "advmod", 1), ("to", "to", "PART", "aux", 4), ("defeat", "defeat", "VERB", "advcl", 1),
                    ("Dunmore", "dunmore", "PROPN", "dobj", 4)])
    assert outcomes(came, VERBS) == (("Kilbride", "Dunmore"),)
    hopes = _parsed([("Kilbride", "kilbride", "PROPN", "nsubj", 1), ("hopes", "hope", "VERB", "ROOT", 1),
                     ("to", "to", "PART", "aux", 3), ("defeat", "defeat", "VERB", "xcomp", 1), ("Dunmore", "dunmore", "PROPN", "dobj", 3)])
    assert outcomes(hopes, VERBS) == ()
    will = _parsed([("Kilbride", "kilbride", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2), ("come", "come", "VERB", "ROOT", 2),
                    ("to", "to", "PART", "aux", 4), ("defeat", "defeat", "VERB", "advcl", 2), ("Dunmore", "dunmore", "PROPN", "dobj", 4)])
    assert outcomes(will, VERBS) == ()
