"""CC201 for a negation that denies its act of anyone ("nobody has been arrested", "no arrests were made", "without frost
damage") against a claim asserting the act with its verb or its noun (real parser)."""

from __future__ import annotations

import dataclasses

import pytest

from checker.rules.negation import compare_negation


def _pair(real_parser, asserted: str, denied: str):
    from checker.knowledge import load_knowledge
    from checker.normalize import normalize_texts

    pos, neg = normalize_texts([asserted, denied], parser=real_parser)
    # NOTE: two sources; the claims as the judge meets them
    return dataclasses.replace(pos, source_id="a"), dataclasses.replace(neg, source_id="b"), load_knowledge()


@pytest.mark.slow
@pytest.mark.parametrize(
    "asserted, denied",
    [
        # a negative pronoun: the act is the negated verb, told by the other with its noun
        ("The inquiry led to an arrest on Tuesday, and officers took the bookkeeper into custody at her home.",
         "Nobody has been arrested so far, and the case will be sent to the district attorney."),
        # "no" on a noun of the act: the act is the noun's, told by the other with the verb
        ("Police arrested two men outside the stadium after the match.", "No arrests were made after the match, police said."),
        # "without" and the noun of the act with the kind of act it is, which the other writes
        ("A late frost in April damaged young shoots on the slopes above the village.",
         "The region came through April and May without frost damage in any of its vineyards."),
    ],
)
def test_negation_denied_outright_contradicts_the_act_told_in_other_words(real_parser, asserted, denied):
    pos, neg, kb = _pair(real_parser, asserted, denied)
    assert neg.slots.negated and not pos.slots.negated
    v = compare_negation(neg, pos, kb)
    assert v is not None and v.code == "CC201" and v.values == (("negated",), ("asserted",))
    assert "denies the act outright" in v.reason
    back = compare_negation(pos, neg, kb)
    assert back is not None and back.values == (("asserted",), ("negated",))


@pytest.mark.slow
@pytest.mark.parametrize(
    "asserted, denied",
    [
        # another kind of order: the denial's "evacuation" is no word of the other claim
        ("County officials ordered the bridge closed on Monday night.", "No evacuation order has been issued for any part of the county."),
        # another act: nobody was arrested, something else was done
        ("Officers questioned the bookkeeper at her home on Tuesday.", "Nobody has been arrested so far in the case."),
        # another place named by each
        ("A late frost damaged young vines in Ohio in April.", "Vineyards in Oregon came through April without frost damage."),
        # "no longer" counts nothing
        ("The ferry stops at the island twice a day.", "The ferry no longer stops at the island."),
    ],
)
def test_negation_denied_outright_needs_the_act_its_kind_and_no_other_place(real_parser, asserted, denied):
    pos, neg, kb = _pair(real_parser, asserted, denied)
    v = compare_negation(neg, pos, kb)
    assert v is None or "denies the act outright" not in v.reason


@pytest.mark.slow
def test_negation_a_phrasal_verb_in_an_irregular_form_names_the_act_it_entails(real_parser):
    # NOTE: "kept out" (keep out: exclude) is written in no regular form of "keep"; "no pupil" is whom the act is denied of
    pos, neg, kb = _pair(real_parser, "Pupils who cannot show proof of two doses will be kept out of class.",
                         "No pupil will be excluded from school because of their status.")
    v = compare_negation(neg, pos, kb)
    assert v is not None and v.code == "CC201" and "“No pupil”: exclude" in v.reason
