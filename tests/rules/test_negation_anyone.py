"""CC201 for a negative pronoun subject ("nobody", "no one", "none of"): the act denied of anyone, against another source
that asserts it, through the spaCy path production uses."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _codes(real_parser, a: str, b: str) -> list[str]:
    from checker.knowledge import load_knowledge
    from checker.rules.negation import compare_negation

    from checker.normalize import normalize_texts

    x, y = normalize_texts([a, b], parser=real_parser)
    v = compare_negation(x, y, load_knowledge())
    return [v.code] if v else []


@pytest.mark.parametrize(("asserted", "denied"), [
    # the act in a light verb's words ("taken into custody" names an arrest), the denial reported by a spokesperson
    ("Three men were arrested at the scene on suspicion of importing drugs.",
     "So far nobody has been taken into custody over the find, a police spokesperson said on Friday."),
    # the act in a synonym of the other's verb ("hurt" / "injured")
    ("Two men were injured in the blast at the Arvel plant.", "No one was hurt in the blast at the Arvel plant, the fire service said."),
    ("Two of the men were charged with fraud on Monday.", "None of the men has been charged, their lawyer said."),
])
def test_negation_a_negative_pronoun_denies_the_act_of_anyone(real_parser, asserted, denied):
    assert _codes(real_parser, asserted, denied) == ["CC201"]
    assert _codes(real_parser, denied, asserted) == ["CC201"]


@pytest.mark.parametrize(("asserted", "denied"), [
    # the negative pronoun is the subject of another act than the main one ("told", not arrested)
    ("Three men were arrested at the scene.", "He said nobody told him about the search of the scene."),
    # one act in two places
    ("Three men were arrested in Leeds on Friday.", "Nobody was arrested in Bradford on Friday, police said."),
    # one act on two days that cannot meet
    ("Three men were arrested on 3 March 2026.", "Nobody was arrested on 9 April 2026, police said."),
    # another act
    ("Three men were arrested at the scene.", "Nobody was injured at the scene, police said."),
])
def test_negation_a_negative_pronoun_of_another_act_place_or_day_denies_nothing(real_parser, asserted, denied):
    assert _codes(real_parser, asserted, denied) == []


def test_negation_the_light_verb_table_names_acts_in_one_verb_and_never_a_light_verb():
    from checker.knowledge import light_verb_acts
    from train.light_verbs import LIGHT, phrase_key

    table = light_verb_acts()
    assert "arrest" in table["take into custody"] and "bear" in table["give birth"]
    assert all(" " in phrase and phrase.split()[0] in LIGHT for phrase in table)
    assert not any(acts & set(LIGHT) for acts in table.values())
    assert phrase_key(["give", "the", "sack"]) == "give sack"


def test_negation_a_negative_pronoun_in_a_clause_joined_to_the_main_act_denies_its_act(real_parser):
    # NOTE: the main act is another ("are still trying to trace"); the joined clause denies the arrest
    assert _codes(real_parser, "Three men were arrested at the scene and remain in custody.",
                  "Detectives are still trying to trace who was behind the shipment, and so far nobody has been taken into "
                  "custody over the find, a police spokesperson said on Friday.") == ["CC201"]


def test_negation_a_negative_pronoun_that_leaves_someone_out_denies_nothing(real_parser):
    # NOTE: "nobody else" says the act is the other's alone (ECB+ dev: "It can also move Ethernet traffic" / "Nobody else
    # can move both Ethernet and disk traffic")
    assert _codes(real_parser, "Three men were arrested at the scene.", "Nobody else was arrested at the scene, police said.") == []


@pytest.mark.parametrize(("asserted", "denied"), [
    # NOTE: "none" alone stands for a noun said before it (the boats), which the other claim's act need not be of
    ("Two ferries sank off the coast on Monday.", "Three boats capsized near the harbour on Monday and none sank, the coastguard said."),
    ("A deal was signed on Monday.", "Officials were asked whether a deal had been signed and said none had been signed."),
])
def test_negation_bare_none_stands_for_a_noun_before_it_and_denies_nothing_of_anyone(real_parser, asserted, denied):
    assert _codes(real_parser, asserted, denied) == []
    assert _codes(real_parser, denied, asserted) == []


@pytest.mark.parametrize(("asserted", "denied", "codes"), [
    # "none of" a demonstrative stands for what was said before it (ECB+ test)
    ("Two of the offers were accepted on Friday.", "None of those offers were accepted, the club said.", []),
    ("Two of the offers were accepted on Friday.", "None of the offers were accepted, the club said.", ["CC201"]),
    # what a bare "this" stands for is not said: two claims of expecting "this" need not be of one thing (ECB+ test)
    ("Everybody was expecting this.", "No one expected this, at least not this soon.", []),
    ("Everybody was expecting the merger.", "No one expected the merger, at least not this soon.", ["CC201"]),
])
def test_negation_a_denial_of_anyone_of_what_a_pronoun_stands_for_denies_nothing(real_parser, asserted, denied, codes):
    assert _codes(real_parser, asserted, denied) == codes
