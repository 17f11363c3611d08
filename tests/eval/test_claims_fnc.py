"""eval.claims_fnc and eval.claims_coverage: balanced sampling, detection figures, the sentence test."""

from __future__ import annotations

import pytest

from eval.claims_coverage import has_sentence
from eval.claims_fnc import choose, score
from eval.folders import CONSISTENT, INCONSISTENT, Item, Outcome, split_of
from eval.pairs import default_data_dir

_FNC = default_data_dir() / "fnc1_train" / "train_stances.csv"


def _outcome(gold: str, flagged: bool) -> Outcome:
    item = Item(id=f"fnc1:{gold}", dataset="fnc1", gold=gold, group="g", files=())
    findings = (("CC204", "contradiction", 0.6),) if flagged else ()
    return Outcome(item=item, findings=findings, candidate=True, claims=(1, 1), seconds=0.0)


def test_claims_fnc_score_precision_recall_f1_false_alarms():
    outs = [_outcome(INCONSISTENT, True), _outcome(INCONSISTENT, False), _outcome(CONSISTENT, True), _outcome(CONSISTENT, False)]
    fig = score(outs)
    assert (fig["tp"], fig["fp"], fig["precision"], fig["recall"], fig["false_alarms"]) == (1, 1, 0.5, 0.5, 0.5)
    assert fig["f1"] == pytest.approx(0.5)
    assert score([_outcome(INCONSISTENT, False)])["f1"] == 0.0


@pytest.mark.skipif(not _FNC.exists(), reason="FNC-1 data not present")
def test_claims_fnc_choose_is_balanced_deterministic_and_keeps_to_its_half():
    a = choose("dev", 20, seed=3)
    assert [i.id for i in a] == [i.id for i in choose("dev", 20, seed=3)]
    assert sum(i.gold == INCONSISTENT for i in a) == 20 and sum(i.gold == CONSISTENT for i in a) == 20
    assert {split_of(i) for i in a} == {"dev"}
    assert not {i.group for i in a} & {i.group for i in choose("test", 20, seed=3)}


def test_claims_coverage_has_sentence_needs_three_words_on_a_line():
    assert has_sentence("Staff Reporter.\nThe dam broke today.\n")
    assert not has_sentence("Staff Reporter.\n\n2026-05-01\n")
    assert not has_sentence("")
