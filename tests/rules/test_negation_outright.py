"""CC201 for "no" / "without" on a noun of an act or event ("no arrests were made", "without frost damage") against a
claim asserting the act with its verb or its noun; nouns of no act ("no reason", "no need", "no casualties") and
negative pronouns ("nobody") deny none (real parser)."""

from __future__ import annotations

import dataclasses

import pytest

from checker.knowledge import act_nouns
from checker.rules.negation import compare_negation


def _pair(real_parser, asserted: str, denied: str):
    from checker.knowledge import load_knowledge
    from checker.normalize import normalize_texts

    pos, neg = normalize_texts([asserted, denied], parser=real_parser)
    # NOTE: two sources; the claims as the judge meets them, without their parse (`checker.pipeline` drops it)
    return (dataclasses.replace(pos, source_id="a", tokens=()), dataclasses.replace(neg, source_id="b", tokens=()),
            load_knowledge())


def test_act_nouns_holds_nouns_of_acts_and_events_only():
    table = act_nouns()
    assert {"arrest", "evacuation", "decision", "damage", "death"} <= table
    # NOTE: the nouns that made the reading wrong on ECB+ dev: a reason, a need, a saying, a person, a quality
    assert not {"reason", "need", "saying", "casualty", "catch", "importance", "detail"} & table


@pytest.mark.slow
@pytest.mark.parametrize(
    "asserted, denied",
    [
        # "no" on a noun of the act: the act is the noun's, told by the other with the verb
        ("Police arrested two men outside the stadium after the match.", "No arrests were made after the match, police said."),
        # "without" and the noun of an event with the kind of event it is, which the other writes
        ("A late frost in April damaged young shoots on the slopes above the village.",
         "The region came through April and May without frost damage in any of its vineyards."),
        # a qualifier the other claim writes narrows nothing
        ("Police arrested two men outside the stadium after the match.", "No arrests were made after the match in the stadium."),
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
        # a negative pronoun denies a verb's act, not a noun's
        ("The inquiry led to an arrest on Tuesday, and officers took the bookkeeper into custody at her home.",
         "Nobody has been arrested so far, and the case will be sent to the district attorney."),
        # nouns of no act: a reason, a person, a saying
        ("The company explained why it cut the jobs.", "No specific reason for the cuts was given."),
        ("Three people were killed in the crash, police said.", "There were no casualties in the crash."),
        ("He said the plan would work.", "It goes without saying that the plan would work."),
        # another kind of order: the denial's "evacuation" is no word of the other claim
        ("County officials ordered the bridge closed on Monday night.", "No evacuation order has been issued for any part of the county."),
        # a qualifier the other claim lacks: a denial of a narrower scope denies nothing of the broader act
        ("I know what went on when he made this decision, as well as the decision to hire Jim O'Brien.",
         "No decision has been reached on O'Brien's staff at this time."),
        ("Police arrested two men outside the stadium.", "No arrests were made for the stadium fight, police said."),
        # another place named by each
        ("A late frost damaged young vines in Ohio in April.", "Vineyards in Oregon came through April without frost damage."),
        # "no longer" counts nothing
        ("The ferry stops at the island twice a day.", "The ferry no longer stops at the island."),
    ],
)
def test_negation_denied_outright_needs_a_noun_of_the_act_and_no_other_place(real_parser, asserted, denied):
    pos, neg, kb = _pair(real_parser, asserted, denied)
    v = compare_negation(neg, pos, kb)
    assert v is None or "denies the act outright" not in v.reason
