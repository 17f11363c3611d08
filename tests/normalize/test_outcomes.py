"""Who a claim says won a contest and who lost it, read from hand-built parses (`checker.normalize.outcomes`)."""

from __future__ import annotations

import logging

from checker.knowledge import contest_places, contest_verbs
from checker.models import Token
from checker.knowledge import control_verbs
from checker.normalize.outcomes import outcomes

from .parses import tokens as _parsed

logger = logging.getLogger(__name__)

VERBS = contest_verbs()


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


NOUNS = __import__("checker.knowledge", fromlist=["contest_nouns"]).contest_nouns()


def test_outcomes_the_nouns_are_wordnets_nouns_of_those_acts():
    assert NOUNS["victory"] == NOUNS["win"] == "wins" and NOUNS["rout"] == "beats" and NOUNS["defeat"] == "loses"


def test_outcomes_a_possessors_win_over_someone():
    toks = _parsed([("Ruiz", "ruiz", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0), ("victory", "victory", "NOUN", "nsubj", 6),
                    ("over", "over", "ADP", "prep", 2), ("Petrova", "petrova", "PROPN", "pobj", 3), ("was", "be", "AUX", "aux", 6),
                    ("decisive", "decisive", "ADJ", "ROOT", 6)])
    assert outcomes(toks, VERBS, NOUNS) == (("Ruiz", "Petrova"),)
    assert outcomes(toks, VERBS) == ()


def test_outcomes_a_defeat_to_someone_is_lost_a_defeat_of_someone_won():
    to = _parsed([("Petrova", "petrova", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0), ("defeat", "defeat", "NOUN", "nsubj", 5),
                  ("to", "to", "ADP", "prep", 2), ("Ruiz", "ruiz", "PROPN", "pobj", 3), ("ended", "end", "VERB", "ROOT", 5)])
    assert outcomes(to, VERBS, NOUNS) == (("Ruiz", "Petrova"),)
    of = _parsed([("Ruiz", "ruiz", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0), ("defeat", "defeat", "NOUN", "nsubj", 5),
                  ("of", "of", "ADP", "prep", 2), ("Petrova", "petrova", "PROPN", "pobj", 3), ("stunned", "stun", "VERB", "ROOT", 5)])
    assert outcomes(of, VERBS, NOUNS) == (("Ruiz", "Petrova"),)


def test_outcomes_a_win_secured_is_its_subjects_and_a_possible_one_none():
    secured = _parsed([("Ruiz", "ruiz", "PROPN", "nsubj", 1), ("secured", "secure", "VERB", "ROOT", 1), ("a", "a", "DET", "det", 3),
                       ("win", "win", "NOUN", "dobj", 1), ("over", "over", "ADP", "prep", 3), ("Petrova", "petrova", "PROPN", "pobj", 4)])
    assert outcomes(secured, VERBS, NOUNS) == (("Ruiz", "Petrova"),)
    could = _parsed([("Ruiz", "ruiz", "PROPN", "nsubj", 2), ("could", "could", "AUX", "aux", 2), ("secure", "secure", "VERB", "ROOT", 2),
                     ("a", "a", "DET", "det", 4), ("win", "win", "NOUN", "dobj", 2), ("over", "over", "ADP", "prep", 4),
                     ("Petrova", "petrova", "PROPN", "pobj", 5)])
    assert outcomes(could, VERBS, NOUNS) == ()


def test_outcomes_a_share_won_against_someone_is_no_win_over_them():
    toks = _parsed([("Castel", "castel", "PROPN", "nsubj", 1), ("won", "win", "VERB", "ROOT", 1), ("45", "45", "NUM", "nummod", 3),
                    ("%", "%", "NOUN", "dobj", 1), ("against", "against", "ADP", "prep", 1), ("Ramos", "ramos", "PROPN", "pobj", 4)])
    assert outcomes(toks, VERBS) == ()
    toks = _parsed([("Castel", "castel", "PROPN", "nsubj", 1), ("won", "win", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
                    ("final", "final", "NOUN", "dobj", 1), ("against", "against", "ADP", "prep", 1), ("Ramos", "ramos", "PROPN", "pobj", 4)])
    assert outcomes(toks, VERBS) == (("Castel", "Ramos"),)


def test_outcomes_a_passive_participle_on_a_name_is_said_of_it():
    toks = _parsed([("Petrova", "petrova", "PROPN", "nsubj", 6), (",", ",", "PUNCT", "punct", 0), ("beaten", "beat", "VERB", "acl", 0),
                    ("by", "by", "ADP", "agent", 2), ("Ruiz", "ruiz", "PROPN", "pobj", 3), (",", ",", "PUNCT", "punct", 0),
                    ("wept", "weep", "VERB", "ROOT", 6)])
    assert outcomes(toks, VERBS) == (("Ruiz", "Petrova"),)


def test_outcomes_a_name_read_as_a_measure_before_a_score_is_the_object():
    toks = _parsed([("Norway", "norway", "PROPN", "nsubj", 1), ("beat", "beat", "VERB", "ROOT", 1),
                    ("Sweden", "sweden", "PROPN", "npadvmod", 1), ("31", "31", "NUM", "npadvmod", 1)])
    assert outcomes(toks, VERBS) == (("Norway", "Sweden"),)


def test_outcomes_a_name_read_as_an_indirect_object_before_a_score_is_the_object():
    # "it was Marchetti who beat Okafor 6-4": the parser reads the name before the sets as a dative of the verb
    toks = _parsed([("Marchetti", "marchetti", "PROPN", "attr", 1), ("who", "who", "PRON", "nsubj", 2),
                    ("beat", "beat", "VERB", "relcl", 0), ("Okafor", "okafor", "PROPN", "dative", 2),
                    ("6", "6", "NUM", "npadvmod", 2)])
    assert outcomes(toks, VERBS) == (("Marchetti", "Okafor"),)


def test_outcomes_a_capitalised_noun_names_unless_its_first_sense_is_a_person_or_group():
    for word, names in (("Sevilla", True), ("Rebels", False), ("Troops", False)):
        toks = _parsed([(word, word.lower().rstrip("s") if not names else word.lower(), "NOUN", "nsubj", 1),
                        ("beat", "beat", "VERB", "ROOT", 1), ("Valencia", "valencia", "PROPN", "dobj", 1)])
        assert bool(outcomes(toks, VERBS)) is names, word


def test_outcomes_a_win_nearly_had_or_had_without_is_none_a_narrow_one_is_a_win():
    def said(adverb):
        return _parsed([("Ruiz", "ruiz", "PROPN", "nsubj", 2), (adverb, adverb, "ADV", "advmod", 2), ("beat", "beat", "VERB", "ROOT", 2),
                        ("Petrova", "petrova", "PROPN", "dobj", 2)])
    assert outcomes(said("nearly"), VERBS) == () and outcomes(said("almost"), VERBS) == ()
    assert outcomes(said("narrowly"), VERBS) == (("Ruiz", "Petrova"),)
    without = _parsed([("Ruiz", "ruiz", "PROPN", "nsubj", 1), ("advanced", "advance", "VERB", "ROOT", 1),
                       ("without", "without", "ADP", "prep", 1), ("beating", "beat", "VERB", "pcomp", 2),
                       ("Petrova", "petrova", "PROPN", "dobj", 3)])
    assert outcomes(without, VERBS) == ()
    instead = _parsed([("Ruiz", "ruiz", "PROPN", "nsubj", 1), ("lost", "lose", "VERB", "ROOT", 1),
                       ("instead", "instead", "ADV", "advmod", 1), ("of", "of", "ADP", "prep", 2), ("beating", "beat", "VERB", "pcomp", 3),
                       ("Petrova", "petrova", "PROPN", "dobj", 4)])
    assert outcomes(instead, VERBS) == ()
    # NOTE: the parser also hangs "instead" on "of"
    instead = tuple(t if i != 2 else Token("instead", "instead", "ADV", "advmod", 3, "", t.start) for i, t in enumerate(instead))
    assert outcomes(instead, VERBS) == ()
    after = _parsed([("Ruiz", "ruiz", "PROPN", "nsubj", 1), ("advanced", "advance", "VERB", "ROOT", 1),
                     ("after", "after", "ADP", "prep", 1), ("beating", "beat", "VERB", "pcomp", 2), ("Petrova", "petrova", "PROPN", "dobj", 3)])
    assert outcomes(after, VERBS) == (("Ruiz", "Petrova"),)


# --- places in a contest (`placings`): who won a contest of many finished first, a runner-up second

import dataclasses  # noqa: E402

from checker.knowledge import contest_places  # noqa: E402
from checker.models import Mention  # noqa: E402
from checker.normalize.outcomes import placings  # noqa: E402
from checker.normalize.ranks import PLACE  # noqa: E402

from .parses import parsed as _text_parsed  # noqa: E402

PLACES = contest_places()


def _places(spec, names=()):
    text, toks = _text_parsed(spec)
    mentions = tuple(Mention(n.lower(), n, "ORG") for n in names)
    return [(q.value, q.unit, q.holder, q.text) for q in placings(text, toks, mentions, PLACES, VERBS)]


def test_placings_the_table_gives_places_from_wordnet_glosses_and_contests_of_many():
    assert PLACES["champion"] == PLACES["winner"] == "1" and PLACES["runner up"] == "2"
    assert PLACES["gold medal"] == "1" and PLACES["silver medal"] == "2" and PLACES["bronze medal"] == "3"
    assert PLACES["championship"] == PLACES["race"] == PLACES["tournament"] == PLACES["title"] == "contest"
    # NOTE: a contest of two sides has a winner who beat the other (`outcomes`), no place among many
    assert "final" not in PLACES and "game" not in PLACES and "match" not in PLACES


def test_placings_winning_a_contest_of_many_is_first_place():
    won = _places([("Breakers", "breakers", "PROPN", "nsubj", 1), ("won", "win", "VERB", "ROOT", 1),
                   ("the", "the", "DET", "det", 4), ("regional", "regional", "ADJ", "amod", 4),
                   ("championship", "championship", "NOUN", "dobj", 1)])
    assert won == [(1.0, PLACE, "breakers", "won the regional championship")]


def test_placings_winning_a_race_of_a_kind_a_game_or_a_win_to_come_is_no_place():
    some = _places([("Ruiz", "ruiz", "PROPN", "nsubj", 1), ("won", "win", "VERB", "ROOT", 1), ("a", "a", "DET", "det", 3),
                    ("race", "race", "NOUN", "dobj", 1)])
    game = _places([("Ruiz", "ruiz", "PROPN", "nsubj", 1), ("won", "win", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
                    ("game", "game", "NOUN", "dobj", 1)])
    later = _places([("Ruiz", "ruiz", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2), ("win", "win", "VERB", "ROOT", 2),
                     ("the", "the", "DET", "det", 4), ("race", "race", "NOUN", "dobj", 2)])
    assert some == game == later == []


def test_placings_a_runner_up_is_second_for_the_team_whoever_owns_it():
    # "Hillside's Breakers finished as runners-up": the school's team finished where "Team Breakers" did
    runner = _places([("Hillside", "hillside", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                      ("Breakers", "breakers", "PROPN", "nsubj", 3), ("finished", "finish", "VERB", "ROOT", 3),
                      ("as", "as", "ADP", "prep", 3), ("runners", "runner", "NOUN", "pobj", 4), ("-", "-", "PUNCT", "punct", 7),
                      ("up", "up", "NOUN", "advmod", 3)], names=("Hillside 's Breakers",))
    assert runner == [(2.0, PLACE, "breakers", "runners - up")]


def test_placings_a_champion_said_by_a_copula_is_first_unless_of_another_contest():
    new = _places([("Lindqvist", "lindqvist", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1), ("the", "the", "DET", "det", 4),
                   ("new", "new", "ADJ", "amod", 4), ("champion", "champion", "NOUN", "attr", 1)])
    assert new == [(1.0, PLACE, "lindqvist", "champion")]
    # NOTE: the defending champion won the last one; a champion is one of many
    defending = _places([("Lindqvist", "lindqvist", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
                         ("the", "the", "DET", "det", 4), ("defending", "defend", "VERB", "amod", 4),
                         ("champion", "champion", "NOUN", "attr", 1)])
    one = _places([("Lindqvist", "lindqvist", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1), ("a", "a", "DET", "det", 3),
                   ("champion", "champion", "NOUN", "attr", 1)])
    last = _places([("Lindqvist", "lindqvist", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1), ("last", "last", "ADJ", "amod", 3),
                    ("year", "year", "NOUN", "poss", 5), ("'s", "'s", "PART", "case", 3), ("champion", "champion", "NOUN", "attr", 1)])
    assert last[0][0] == 1.0  # NOTE: without its time (the parser's DATE) a possessor names whose contest it is
    dated = tuple(t if t.text != "year" else dataclasses.replace(t, ent="DATE") for t in _text_parsed(
        [("Lindqvist", "lindqvist", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1), ("last", "last", "ADJ", "amod", 3),
         ("year", "year", "NOUN", "poss", 5), ("'s", "'s", "PART", "case", 3), ("champion", "champion", "NOUN", "attr", 1)])[1])
    text = "Lindqvist is last year 's champion"
    assert defending == one == [] and placings(text, dated, (), PLACES, VERBS) == ()


def test_placings_an_award_won_gives_the_place_its_gloss_says():
    silver = _places([("Berg", "berg", "PROPN", "nsubj", 1), ("won", "win", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 4),
                      ("silver", "silver", "ADJ", "amod", 4), ("medal", "medal", "NOUN", "dobj", 1)])
    assert silver == [(2.0, PLACE, "berg", "won the silver medal")]
    # NOTE: a medal of no metal says no place
    medal = _places([("Berg", "berg", "PROPN", "nsubj", 1), ("won", "win", "VERB", "ROOT", 1), ("a", "a", "DET", "det", 3),
                     ("medal", "medal", "NOUN", "dobj", 1)])
    assert medal == []


PLACES = contest_places()


def _edged(verb: str = "edged", lemma: str = "edge"):
    """"Halvorsen edged Brecker to win the title." as spaCy parses it (the infinitive an open complement)."""
    return _parsed([("Halvorsen", "halvorsen", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1),
                    ("Brecker", "brecker", "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                    ("win", "win", "VERB", "xcomp", 1), ("the", "the", "DET", "det", 6), ("title", "title", "NOUN", "dobj", 4)])


def test_outcomes_the_object_of_a_verb_of_no_contest_a_win_is_told_against_is_the_rival():
    # NOTE: "edge" is no verb of beating in WordNet; "edged Brecker to win the title" says whom Halvorsen beat
    assert outcomes(_edged(), VERBS, places=PLACES) == (("Halvorsen", "Brecker"),)
    assert outcomes(_edged(), VERBS) == ()  # NOTE: without the contests' nouns no rival is read
    # NOTE: a verb whose object does the act of its infinitive makes that object the winner ("helped Brecker to win")
    assert "help" in control_verbs() and "edge" not in control_verbs()
    assert outcomes(_edged("helped", "help"), VERBS, places=PLACES) == ()
    # NOTE: a verb in no past form tells no act done ("edges Brecker to win" in a headline is read as nothing)
    assert outcomes(_edged("edges", "edge"), VERBS, places=PLACES) == ()


def test_outcomes_a_participle_on_a_win_names_the_rival():
    def took(obj: str):
        # "Brecker took the title, holding off Halvorsen."
        return _parsed([("Brecker", "brecker", "PROPN", "nsubj", 1), ("took", "take", "VERB", "ROOT", 1),
                        ("the", "the", "DET", "det", 3), (obj, obj, "NOUN", "dobj", 1), (",", ",", "PUNCT", "punct", 1),
                        ("holding", "hold", "VERB", "advcl", 1), ("off", "off", "ADP", "prt", 5),
                        ("Halvorsen", "halvorsen", "PROPN", "dobj", 5)])
    assert outcomes(took("title"), VERBS, places=PLACES) == (("Brecker", "Halvorsen"),)
    # NOTE: taking what is no contest ("took the lead") is no win
    assert outcomes(took("lead"), VERBS, places=PLACES) == ()
