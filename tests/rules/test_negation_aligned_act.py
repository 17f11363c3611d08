"""CC201 for one act told with aligned arguments, denied by one source and asserted by another however the rest of the
sentences differs (`negation._aligned_act`), and for "no" on a main verb's object as a denial of its act
(`negation._denies`); through the spaCy path production uses."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _codes(real_parser, a: str, b: str) -> list[str]:
    from checker.knowledge import load_knowledge
    from checker.rules.negation import compare_negation

    from .documents import judged

    (x, *_), (y, *_) = judged(real_parser, a, b)
    v = compare_negation(x, y, load_knowledge())
    return [v.code] if v else []


_FOUND = ("Inspectors found cracks in the spillway of the dam during a routine inspection last week, according to a report "
          "released on Monday.")


@pytest.mark.parametrize(("asserted", "denied"), [
    # one agent, one patient: the reported clause denies what the other sentence tells with more besides
    (_FOUND, "Inspectors found no cracks in the spillway, the report said"),
    # "no" on a light verb's object denies the act the noun names
    ("Police arrested two men at the scene.", "Police made no arrests at the scene."),
])
def test_negation_one_act_of_aligned_arguments_denied_and_asserted(real_parser, asserted, denied):
    assert _codes(real_parser, asserted, denied) == ["CC201"]
    assert _codes(real_parser, denied, asserted) == ["CC201"]


@pytest.mark.parametrize(("asserted", "denied"), [
    # another agent
    (_FOUND.replace("Inspectors", "Engineers"), "Inspectors found no cracks in the spillway, the report said"),
    # another patient
    (_FOUND.replace("cracks", "leaks"), "Inspectors found no cracks in the spillway, the report said"),
    # two named places
    ("Inspectors found cracks in the spillway of the Hale Dam last week, according to a report.",
     "Inspectors found no cracks in the spillway of the Orrin Dam, the report said"),
])
def test_negation_one_act_of_other_arguments_or_places_is_no_denial(real_parser, asserted, denied):
    assert _codes(real_parser, asserted, denied) == []
    assert _codes(real_parser, denied, asserted) == []


def test_negation_no_on_the_object_denies_the_act_and_no_on_another_noun_does_not(real_parser):
    from checker.normalize import normalize_texts
    from checker.rules.negation import _denies

    found, made, other = normalize_texts([
        "Inspectors found no cracks in the spillway, the report said", "Police made no arrests at the scene.",
        "The spokesman gave no other details."], parser=real_parser)
    assert _denies(found) and _denies(made)
    assert not _denies(other)  # NOTE: a detail is no act



def test_negation_no_on_another_noun_than_the_other_tells_is_no_denial(real_parser):
    told = "Dana Reyes found cracks in the spillway during an inspection last week, according to the report."
    assert _codes(real_parser, told, "Dana Reyes found no cracks in the spillway, the report said") == ["CC201"]
    assert _codes(real_parser, told, "Dana Reyes found no leaks in the spillway, the report said") == []


@pytest.mark.parametrize(("asserted", "denied"), [
    # a past counterfactual says what did not happen (ECB+ dev)
    ("The Saints placed Bush on injured reserve on Wednesday.",
     "The coach said the Saints would not have placed Bush on injured reserve if they were still in contention."),
    # the denial names a place the other does not write: another stay (ECB+ dev)
    ("Lindsay Lohan checked into the Betty Ford Center late Thursday, sources said.",
     "Lindsay never checked into Morningside but is back at Betty Ford."),
])
def test_negation_a_counterfactual_or_a_denial_of_another_named_thing_is_no_denial(real_parser, asserted, denied):
    assert _codes(real_parser, asserted, denied) == []
    assert _codes(real_parser, denied, asserted) == []


@pytest.mark.parametrize(("denied", "codes"), [
    # said of part of a group ("most", "many"), "without" leaves the act open for the rest
    ("Most people recover without treatment, the health ministry said.", []),
    ("The health ministry said most people recover without treatment.", []),
    # a superlative or a time is no part of a group
    ("The most severely ill patients recovered without treatment.", ["CC201"]),
    ("For some weeks the patients recovered without treatment.", ["CC201"]),
])
def test_negation_a_denial_said_of_part_of_a_group_leaves_the_act_open(real_parser, denied, codes):
    assert _codes(real_parser, "Doctors treated the patients with antibiotics.", denied) == codes
