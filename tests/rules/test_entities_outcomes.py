"""CC105 on outcomes: two claims that tell one contest with the winner and the loser swapped (`reversed_outcome`)."""

from __future__ import annotations

import logging

from checker.knowledge import load_knowledge
from checker.models import Claim, Slots
from checker.rules.entities import compare_entity_answers, reversed_outcome

logger = logging.getLogger(__name__)

KB = load_knowledge()


def _claim(text, outcomes, modality="fact", **slots):
    return Claim("s", "p", 0, len(text), 1, 1, 1, text, modality=modality, slots=Slots(outcomes=outcomes, answers=(), **slots))


def test_reversed_outcome_one_contest_told_both_ways_conflicts():
    a = _claim("Carla Ruiz won the Stuttgart Open, beating Petrova.", (("Carla Ruiz", "Petrova"),))
    b = _claim("Petrova claimed the Stuttgart title, defeating Ruiz.", (("Petrova", "Ruiz"),))
    assert reversed_outcome(a, b) == ("Carla Ruiz", "Petrova")
    v = compare_entity_answers(a, b, KB)
    assert v is not None and v.code == "CC105" and v.verdict == "contradiction" and v.values == (("Carla Ruiz",), ("Petrova",))


def test_reversed_outcome_names_compare_whatever_their_case():
    a = _claim("RUIZ BEATS PETROVA", (("RUIZ", "PETROVA"),))
    b = _claim("Petrova beat Ruiz.", (("Petrova", "Ruiz"),))
    assert reversed_outcome(a, b) == ("RUIZ", "PETROVA")


def test_reversed_outcome_the_same_way_round_agrees():
    a = _claim("Ruiz beat Petrova.", (("Ruiz", "Petrova"),))
    b = _claim("Petrova lost to Ruiz.", (("Ruiz", "Petrova"),))
    assert reversed_outcome(a, b) is None and compare_entity_answers(a, b, KB) is None


def test_reversed_outcome_a_claim_telling_both_meetings_takes_no_side():
    a = _claim("Ruiz beat Petrova on Saturday; Petrova beat Ruiz in the rematch.", (("Petrova", "Ruiz"), ("Ruiz", "Petrova")))
    b = _claim("Petrova beat Ruiz.", (("Petrova", "Ruiz"),))
    assert reversed_outcome(a, b) is None and reversed_outcome(b, a) is None


def test_reversed_outcome_a_prediction_or_a_hedge_names_no_winner():
    a = _claim("Ruiz beat Petrova.", (("Ruiz", "Petrova"),))
    for modality in ("prediction", "hedged"):
        b = _claim("Petrova beat Ruiz.", (("Petrova", "Ruiz"),), modality=modality)
        assert reversed_outcome(a, b) is None and reversed_outcome(b, a) is None, modality


def test_reversed_outcome_two_days_are_two_meetings():
    a = _claim("The Sharks beat the Miners on Tuesday.", (("Sharks", "Miners"),))
    b = _claim("The Miners defeated the Sharks on Saturday.", (("Miners", "Sharks"),))
    assert reversed_outcome(a, b) is None
    b = _claim("The Miners defeated the Sharks on Tuesday.", (("Miners", "Sharks"),))
    assert reversed_outcome(a, b) == ("Sharks", "Miners")


def test_reversed_outcome_a_name_in_full_and_short_is_one():
    a = _claim("Dunmore Rovers beat Kilbride Athletic 2-1.", (("Dunmore Rovers", "Kilbride"),))
    b = _claim("Kilbride Athletic came from behind to defeat Dunmore Rovers.", (("Kilbride Athletic", "Dunmore Rovers"),))
    assert reversed_outcome(a, b) == ("Dunmore Rovers", "Kilbride")
    c = _claim("Dunmore Rovers defeated Kilbride Athletic.", (("Dunmore Rovers", "Kilbride Athletic"),))
    assert reversed_outcome(a, c) is None


def test_reversed_outcome_needs_both_names_of_the_contest_swapped():
    # one name shared, the other opponent another player: two contests, not one told both ways
    a = _claim("Ruiz beat Petrova.", (("Ruiz", "Petrova"),))
    b = _claim("Petrova beat Kim.", (("Petrova", "Kim"),))
    assert reversed_outcome(a, b) is None and reversed_outcome(b, a) is None


def test_reversed_outcome_verdict_in_full():
    from checker.models import Verdict

    a = _claim("Ruiz beat Petrova in the final.", (("Ruiz", "Petrova"),))
    b = _claim("Petrova beat Ruiz in the final.", (("Petrova", "Ruiz"),))
    assert compare_entity_answers(a, b, KB) == Verdict(
        "CC105", "contradiction", 0.6, "entity", (("Ruiz",), ("Petrova",)),
        "Ruiz beat Petrova in one source and lost to Petrova in the other: one contest has one winner")


def test_reversed_outcome_confidence_is_discounted_for_opinions_to_three_decimals():
    a = _claim("Ruiz beat Petrova in the final.", (("Ruiz", "Petrova"),), modality="opinion")
    b = _claim("Petrova beat Ruiz in the final.", (("Petrova", "Ruiz"),), modality="opinion")
    assert compare_entity_answers(a, b, KB).confidence == 0.433  # 0.6 x 0.85 x 0.85 = 0.4335


def test_reversed_outcome_gives_each_winner_as_its_claim_names_it_among_its_answers():
    # NOTE: the outcome's "Norwegian Erik Halvorsen" is the answer "Erik Halvorsen", whose act the judge reads
    from checker.models import Answer, Mention

    def answered(text, outcomes, names):
        answers = tuple(Answer(Mention(n.lower(), n, "PERSON")) for n in names)
        return Claim("s", "p", 0, len(text), 1, 1, 1, text, slots=Slots(outcomes=outcomes, answers=answers))

    a = answered("Brecker took the title, holding off Norwegian Erik Halvorsen.", (("Brecker", "Norwegian Erik Halvorsen"),),
                 ("Brecker", "Erik Halvorsen"))
    b = answered("Erik Halvorsen edged Brecker to win the title.", (("Erik Halvorsen", "Brecker"),), ("Erik Halvorsen", "Brecker"))
    v = compare_entity_answers(a, b, KB)
    assert v is not None and v.values == (("Brecker",), ("Erik Halvorsen",))
