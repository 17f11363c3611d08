"""Tests for the shipped learned contradiction judge (CC303) and its training data split."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker.errors import BackendError
from checker.judge.learned import LEARNED_CODE, MODEL_DIR, Candidates, LearnedJudge, load_settings, pair_features
from checker.models import Claim
from checker.rules import REGISTRY

ROOT = Path(__file__).resolve().parents[1]

# Hand-written pairs the shipped model must get right (the rule's examples; not from any data set).
FLAG = (
    ("The company said it would keep the plant open.", "The company said the plant will close in March."),
    ("The minister confirmed the law was passed on Tuesday.", "The minister denied that any law was passed."),
    ("The vaccine trial was stopped early because of side effects.", "The vaccine trial ran to completion without problems."),
)
PASS = (
    ("The company said it would keep the plant open.", "According to the company, the plant is staying open."),
    ("Heavy rain flooded the town centre on Monday.", "On Monday, the centre of the town was flooded after heavy rain."),
    ("The council approved the new budget.", "The new budget was approved by the council."),
)


def _claim(text: str, source: str) -> Claim:
    return Claim(source_id=source, path=f"{source}.md", start=0, end=len(text), line=1, column=1,
                 end_line=1, text=text)


class _Scripted(LearnedJudge):
    """The judge with its model replaced by a table of P(contradiction) per ordered input."""

    def __init__(self, table: dict[tuple[str, str], float], threshold: float = 0.6,
                 candidates: Candidates = Candidates()) -> None:
        super().__init__(threshold=threshold, candidates=candidates)
        self.table = table
        self.calls: list[list[tuple[str, str]]] = []

    def probabilities(self, inputs):
        self.calls.append(list(inputs))
        return [self.table.get(x, 0.0) for x in inputs]


def test_learned_judge_scores_both_directions_and_takes_the_larger():
    judge = _Scripted({("a", "b"): 0.2, ("b", "a"): 0.9})
    (v,) = judge.judge_all([(_claim("a", "s1"), _claim("b", "s2"))])
    assert v is not None and v.code == LEARNED_CODE and v.verdict == "contradiction"
    assert v.confidence == 0.9
    assert v.values == (("a",), ("b",))
    assert "0.20 (a→b) / 0.90 (b→a)" in v.reason


def test_learned_judge_below_threshold_gives_no_verdict():
    judge = _Scripted({("a", "b"): 0.59, ("b", "a"): 0.1}, threshold=0.6)
    assert judge.judge_all([(_claim("a", "s1"), _claim("b", "s2"))]) == [None]


def test_learned_judge_scores_each_ordered_input_once_in_one_batch():
    judge = _Scripted({})
    a, b, c = _claim("a", "s1"), _claim("b", "s2"), _claim("c", "s3")
    judge.judge_all([(a, b), (b, a), (a, c)])
    assert len(judge.calls) == 1
    assert sorted(judge.calls[0]) == sorted({("a", "b"), ("b", "a"), ("a", "c"), ("c", "a")})


def test_learned_judge_reads_the_claim_context_when_set():
    judge = _Scripted({("The plant closes.", "It stays open."): 0.95})
    a = Claim("s1", "s1.md", 0, 3, 1, 1, 1, "It closes.", context="The plant closes.")
    (v,) = judge.judge_all([(a, _claim("It stays open.", "s2"))])
    assert v is not None and v.values == (("It closes.",), ("It stays open.",))


def test_learned_judge_scores_only_the_pairs_its_candidate_rule_keeps():
    same = ("The council approved the new budget on Monday.", "The council rejected the new budget on Monday.")
    other = ("The council approved the new budget on Monday.", "Heavy snow closed every school in the region.")
    table = {same: 0.9, same[::-1]: 0.9, other: 0.9, other[::-1]: 0.9}
    judge = _Scripted(table, candidates=Candidates(min_masked=0.3))
    pairs = [(_claim(a, "s1"), _claim(b, "s2")) for a, b in (same, other)]
    verdicts = judge.judge_all(pairs)
    assert verdicts[0] is not None and verdicts[1] is None
    assert sorted(judge.calls[0]) == sorted({same, same[::-1]})  # the unrelated pair is never scored
    assert _Scripted(table).judge_all(pairs)[1] is not None  # the default rule keeps every pair


def test_candidate_rule_reads_the_pair_features():
    a = _claim("The council approved the new budget on Monday.", "s1")
    b = _claim("The council rejected the new budget on Monday.", "s2")
    c = _claim("Heavy snow closed every school in the region.", "s3")
    near, far = pair_features(a, b), pair_features(a, c)
    assert near["aligned"] and near["masked"] >= 0.5 and not near["opinion"]
    assert not far["aligned"] and far["masked"] == 0.0
    assert Candidates(aligned=True).keep(near) and not Candidates(aligned=True).keep(far)
    assert Candidates(min_masked=0.5).keep(near) and not Candidates(min_masked=0.5).keep(far)
    opinion = dict(near, opinion=True)
    assert Candidates().keep(opinion) and not Candidates(skip_opinion=True).keep(opinion)


def test_judge_settings_read_the_candidate_rule_and_training_sets(tmp_path):
    base = {"version": "x", "threshold": 0.5, "max_length": 64}
    (tmp_path / "judge.json").write_text(json.dumps(base), encoding="utf-8")
    old = load_settings(tmp_path)
    assert old.candidates == Candidates() and old.datasets == ()
    (tmp_path / "judge.json").write_text(json.dumps(base | {
        "candidates": {"aligned": True, "min_masked": 0.2, "skip_opinion": True},
        "datasets": ["summedits", "vitaminc"]}), encoding="utf-8")
    new = load_settings(tmp_path)
    assert new.candidates == Candidates(aligned=True, min_masked=0.2, skip_opinion=True)
    assert new.datasets == ("summedits", "vitaminc")
    assert LearnedJudge(tmp_path).candidate_rule == new.candidates
    (tmp_path / "judge.json").write_text(json.dumps(base | {"candidates": {"typo": 1}}), encoding="utf-8")
    with pytest.raises(BackendError, match="E021"):
        load_settings(tmp_path)


def _record(ds: str, gold: str, rules: bool, pairs: list[tuple[float, float]]) -> dict:
    """A recorded folder whose pairs are (score, masked overlap); each pair's texts are unique."""
    return {"id": f"{ds}:{len(pairs)}-{gold}-{rules}-{pairs}", "dataset": ds, "gold": gold, "rules": rules,
            "pairs": [{"a": f"{ds}{gold}{rules}{i}", "b": str(score), "aligned": True, "masked": masked,
                       "subject": 0, "opinion": False} for i, (score, masked) in enumerate(pairs)]}


def test_record_figures_add_the_learned_flags_to_the_rules():
    from eval.learned import record_figures

    records = [_record("v", "inconsistent", False, [(0.9, 0.5)]), _record("v", "inconsistent", True, []),
               _record("v", "inconsistent", False, [(0.2, 0.5)]), _record("v", "consistent", False, [(0.8, 0.05)]),
               _record("v", "consistent", False, [(0.1, 0.5)])]
    scores = {(p["a"], p["b"]): float(p["b"]) for r in records for p in r["pairs"]}
    figs = record_figures(records, scores, 0.7, Candidates())["v"]
    assert figs["rules"] == {"false_alarm": 0.0, "recall": 1 / 3}
    assert figs["combined"] == {"false_alarm": 0.5, "recall": 2 / 3}
    kept = record_figures(records, scores, 0.7, Candidates(min_masked=0.1))["v"]
    assert kept["combined"] == {"false_alarm": 0.0, "recall": 2 / 3}
    assert kept["pairs_scored"] == 3 / 5 and kept["pairs_recorded"] == 4 / 5


def test_choose_keeps_the_added_false_alarms_under_the_cap_on_every_data_set():
    from eval.learned import choose

    records = []
    for ds in ("a", "b"):
        records += [_record(ds, "inconsistent", False, [(0.95, 0.5)]) for _ in range(10)]
        records += [_record(ds, "inconsistent", False, [(0.6, 0.5)]) for _ in range(10)]
        records += [_record(ds, "consistent", False, [(0.1, 0.5)]) for _ in range(96)]
        records += [_record(ds, "consistent", False, [(0.7, 0.5)]) for _ in range(4)]
    records = [dict(r, id=f"{i}") for i, r in enumerate(records)]
    for i, r in enumerate(records):
        for p in r["pairs"]:
            p["a"] = f"{i}"
    scores = {(p["a"], p["b"]): float(p["b"]) for r in records for p in r["pairs"]}
    threshold, cand, figs = choose(records, scores, ("a", "b"), max_added=0.03)
    assert 0.7 < threshold <= 0.95  # 0.6 would catch 20 of 20 but flag 4 of 100 agreeing folders
    assert all(f["combined"]["recall"] == 0.5 and f["combined"]["false_alarm"] == 0.0 for f in figs.values())
    assert choose(records, scores, ("a", "b"), max_added=0.05)[0] <= 0.6
    none = [dict(r, pairs=[dict(p, b="0.1") for p in r["pairs"]]) for r in records]
    assert choose(none, {(p["a"], p["b"]): 0.1 for r in none for p in r["pairs"]}, ("a", "b")) is None


def test_judge_split_keeps_trained_data_sets_on_the_model_split_and_others_on_the_folder_half():
    from eval.folders import Item, split_of as folder_half
    from eval.learned import judge_split
    from train.prepare import split_of

    fnc = Item(id="fnc1:1-7", dataset="fnc1", gold="consistent", group="7", files=())
    assert judge_split(fnc, ("vitaminc", "summedits")) == folder_half(fnc)
    assert judge_split(fnc, ()) == split_of("fnc1", "7")  # a model of unknown data: all four trained on
    se = Item(id="summedits:x", dataset="summedits", gold="consistent", group="podcast:abc", files=())
    assert judge_split(se, ("vitaminc", "summedits")) == split_of("summedits", "abc")


def test_learned_judge_rejects_bad_settings(tmp_path):
    with pytest.raises(ValueError):
        LearnedJudge(threshold=1.5)
    with pytest.raises(ValueError):
        LearnedJudge(batch_size=0)
    with pytest.raises(BackendError, match="E021"):
        load_settings(tmp_path)
    (tmp_path / "judge.json").write_text('{"version": "x"}', encoding="utf-8")
    with pytest.raises(BackendError, match="E021"):
        load_settings(tmp_path)
    (tmp_path / "judge.json").write_text('{"version": "x", "threshold": 0.5, "max_length": 64}', encoding="utf-8")
    with pytest.raises(BackendError, match="missing model.int8.onnx"):
        LearnedJudge(tmp_path).warm_up()


def test_learned_judge_is_registered_as_a_model_only_rule():
    rule = REGISTRY[LEARNED_CODE]
    assert rule.name == "learned-contradiction" and rule.compare is None


def test_learned_shipped_model_is_small_and_documented():
    settings = load_settings(MODEL_DIR)
    model = MODEL_DIR / settings.model_file
    assert model.is_file() and model.stat().st_size <= 25 * 1024 * 1024
    assert (MODEL_DIR / settings.tokenizer_file).is_file()
    assert 0.0 < settings.threshold < 1.0
    # NOTE: the shipped weights saw only sources whose licences allow it (export records them from the dev file).
    assert settings.datasets and not {"fnc1", "stanford"} & set(settings.datasets)
    card = (MODEL_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    for needle in ("VitaminC", "FNC-1", "SummEdits", "Stanford", "CC BY-SA 3.0", "Apache-2.0", "failure modes"):
        assert needle in card, needle
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"data/judge/*"' in pyproject


def test_train_prepare_split_is_by_document_and_stable():
    from train.prepare import LOADERS, TRAINABLE, best_sentences, sentences, split_of

    # NOTE: a licence guard: FNC-1 (no licence) and the Stanford pairs (evaluation only) never train a shipped model.
    assert set(TRAINABLE) <= set(LOADERS) and not {"fnc1", "stanford"} & set(TRAINABLE)
    assert split_of("vitaminc", "Westlife") == split_of("vitaminc", "Westlife")
    counts = {s: 0 for s in ("train", "dev", "test")}
    for i in range(2000):
        counts[split_of("fnc1", str(i))] += 1
    assert 1450 < counts["train"] < 1750 and counts["dev"] > 120 and counts["test"] > 120
    sents = sentences("The mayor denied the report. Rain fell all day.\nThe report said the mayor resigned.")
    assert sents == ["The mayor denied the report.", "Rain fell all day.", "The report said the mayor resigned."]
    assert best_sentences("Mayor resigned, report says", sents, {}, k=1) == "The report said the mayor resigned."


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="known failure mode (MODEL_CARD.md): the licence-clean run minilm-cc-vs-20261128 "
                   "is under-trained and has not learned negation or antonymy: it scores these clear contradictions "
                   "0.13-0.20, no higher than the paraphrases below (0.19-0.22) and far under its threshold 0.64; a "
                   "retrain that flags them turns this xfail into a failure so the card gets updated")
@pytest.mark.parametrize(("a", "b"), FLAG)
def test_learned_model_flags_contradictions(a, b):
    (v,) = LearnedJudge().judge_all([(_claim(a, "s1"), _claim(b, "s2"))])
    assert v is not None and v.code == LEARNED_CODE


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b"), PASS)
def test_learned_model_passes_paraphrases(a, b):
    assert LearnedJudge().judge_all([(_claim(a, "s1"), _claim(b, "s2"))]) == [None]


@pytest.mark.slow
def test_learned_model_runs_without_torch():
    code = (
        "import sys, json\n"
        "from checker.judge.learned import LearnedJudge\n"
        "j = LearnedJudge(); p = j.score_texts([('It rained.', 'It did not rain.')])\n"
        "print(json.dumps({'torch': 'torch' in sys.modules, 'p': p}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["torch"] is False
    assert all(0.0 <= x <= 1.0 for x in result["p"][0])


def test_learned_judge_is_chosen_by_the_judge_option_and_excludes_other_model_judges():
    from checker.errors import InputError
    from checker.pipeline import settings_from

    assert settings_from({}).model_judge() is None
    settings = settings_from({"judge": "learned"})
    assert settings.learned_judge and isinstance(settings.model_judge(), LearnedJudge)
    with pytest.raises(InputError, match="--judge learned"):
        settings_from({"judge": "learned", "nli_model": "some/folder"})


def test_learned_judge_option_is_a_config_key(tmp_path):
    from checker.config import load_config

    cfg_file = tmp_path / "check.yaml"
    cfg_file.write_text("judge: learned\n", encoding="utf-8")
    assert load_config(str(cfg_file)).values["judge"] == "learned"
    cfg_file.write_text("judge: oracle\n", encoding="utf-8")
    with pytest.raises(Exception, match="judge"):
        load_config(str(cfg_file))
