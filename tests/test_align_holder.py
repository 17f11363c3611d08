"""Alignment of two values of one thing a common noun names (`checker.judge.align._one_holder`)."""

from __future__ import annotations

import pytest

from checker.judge import align as al
from checker.knowledge import load_knowledge
from checker.models import Claim, Mention, Quantity, Slots

KB = load_knowledge()


def _claim(sid: str, text: str, q: Quantity, actors: tuple = ()) -> Claim:
    return Claim(sid, f"{sid}.md", 0, len(text), 1, 1, 1, text, slots=Slots(quantities=(q,), actors=actors))


# NOTE: probe set 2 c03: the cell is far from each answer, no word next to both
CONVERTS = _claim("a", "Researchers at the University of Kessel have built a perovskite-silicon tandem solar cell that converts 27.1 "
                       "percent of sunlight into electricity, a record for cells of its size.",
                  Quantity(27.1, "percent", "=", "27.1 percent", event="convert", holder="tandem solar cell"))
REACHED = _claim("b", "A tandem solar cell developed in Kessel has reached an efficiency of 25.4%, according to results published.",
                 Quantity(25.4, "percent", "=", "25.4%", event="efficiency", holder="solar cell"))


def test_align_holder_one_common_noun_holding_both_values_is_what_is_measured():
    got = al.align(CONVERTS, "27.1 percent", REACHED, "25.4%", KB)
    assert got.attribute == 0.0 and got.aligned, got.why
    assert al._one_holder(CONVERTS, "27.1 percent", REACHED, "25.4%")


def test_align_holder_other_heads_or_modifiers_are_other_things():
    battery = _claim("b", "A tandem solar battery developed in Kessel has reached an efficiency of 25.4%, according to results published.",
                     Quantity(25.4, "percent", "=", "25.4%", event="efficiency", holder="battery"))
    assert not al.align(CONVERTS, "27.1 percent", battery, "25.4%", KB).aligned
    perc = _claim("b", "The perovskite cell developed in the lab has reached an efficiency of 25.4% in tests, the team said.",
                  Quantity(25.4, "percent", "=", "25.4%", event="efficiency", holder="perovskite cell"))
    assert not al._one_holder(CONVERTS, "27.1 percent", perc, "25.4%")  # NOTE: neither's modifiers among the other's
    unheld = _claim("b", "The cell developed in the lab has reached an efficiency of 25.4% in tests, the team said.",
                    Quantity(25.4, "percent", "=", "25.4%", event="efficiency"))
    assert not al._one_holder(CONVERTS, "27.1 percent", unheld, "25.4%")


def test_align_holder_a_name_holding_both_values_is_a_subject_not_a_measure():
    hawks = (Mention("hawks", "Hawks", "ORG"),)
    now = _claim("a", "The Hawks have won 11 of their 13 games and lead the table with 49 points.",
                 Quantity(49, "point", "=", "49 points", event="lead", holder="hawks"), hawks)
    then = _claim("b", "The Hawks finished last season in fifth place with 41 points.",
                  Quantity(41, "point", "=", "41 points", event="finish", holder="hawks"), hawks)
    assert not al._one_holder(now, "49 points", then, "41 points")
    it = _claim("b", "It finished last season in fifth place with 41 points.", Quantity(41, "point", "=", "41 points", holder="it"))
    assert not al._one_holder(_claim("a", "It leads with 49 points.", Quantity(49, "point", "=", "49 points", holder="it")),
                              "49 points", it, "41 points")


def test_align_holder_an_answer_that_is_no_value_of_the_claim_has_no_holder():
    # NOTE: "2024" is no quantity either claim reads: nothing says what holds it, on either side
    assert not al._one_holder(CONVERTS, "2024", REACHED, "25.4%")
    assert not al._one_holder(CONVERTS, "27.1 percent", REACHED, "2024")



def _cell(sid: str, holder: str, value: float) -> Claim:
    text = f"The {holder} converts {value} percent of sunlight into electricity."
    return _claim(sid, text, Quantity(value, "percent", "=", f"{value} percent", event="convert", holder=holder))


@pytest.mark.parametrize(("x", "y", "one"), [
    ("cell", "solar cell", True),  # NOTE: a bare head noun: none of its modifiers disagree
    ("tandem solar cell", "perovskite-silicon tandem solar cell", True),  # NOTE: all of one's among the other's
    ("silicon tandem cell", "silicon solar cell", False),  # NOTE: one modifier shared, one each the other lacks
])
def test_align_holder_one_thing_when_the_modifiers_of_one_are_all_among_the_others(x, y, one):
    a, b = _cell("a", x, 27.1), _cell("b", y, 25.4)
    assert al._one_holder(a, "27.1 percent", b, "25.4 percent") is one
    assert al._one_holder(b, "25.4 percent", a, "27.1 percent") is one
