"""Tests for the NLI cross-encoder judge, over a tiny randomly initialised model built offline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from checker.backends.nli import NliJudge, label_indices
from checker.errors import BackendError
from checker.models import Claim

WORDS = (
    "the a was were is not company government announced banned allowed model models "
    "in on may june 2024 2025 people million all some chinese foreign institutions"
).split()
LABELS = {0: "contradiction", 1: "entailment", 2: "neutral"}


def _claim(text: str, context: str = "", source: str = "s1") -> Claim:
    return Claim(
        source_id=source,
        path=f"{source}.md",
        start=0,
        end=len(text),
        line=1,
        column=1,
        end_line=1,
        text=text,
        context=context,
    )


def _save_tiny_model(path: Path, id2label: dict[int, str], bias: tuple[float, ...] = (0.0, 0.0, 0.0)) -> Path:
    """A 1-layer BERT sequence classifier plus a word-piece tokenizer, written without any download."""
    import torch
    import transformers

    path.mkdir(parents=True, exist_ok=True)
    vocab = path / "vocab.txt"
    vocab.write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizerFast(vocab_file=str(vocab), model_max_length=64)
    config = transformers.BertConfig(
        vocab_size=len(WORDS) + 5,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=37,
        max_position_embeddings=64,
        initializer_range=0.5,  # NOTE: large weights so the two directions score visibly apart
        num_labels=len(id2label),
        id2label=id2label,
        label2id={v: k for k, v in id2label.items()},
    )
    torch.manual_seed(0)
    model = transformers.BertForSequenceClassification(config)
    with torch.no_grad():
        model.classifier.bias.copy_(torch.tensor(bias))
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _save_tiny_model(tmp_path_factory.mktemp("nli") / "tiny", LABELS)


@pytest.fixture(scope="module")
def tiny_judge(tiny_model: Path) -> NliJudge:
    judge = NliJudge(str(tiny_model), batch_size=4)
    judge.warm_up()
    return judge


class _Spy:
    """Wraps the loaded encoder's ``predict`` and records each call's inputs."""

    def __init__(self, judge: NliJudge, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[list[tuple[str, str]]] = []
        real = judge._encoder.predict

        def predict(inputs, **kwargs):
            self.calls.append(list(inputs))
            return real(inputs, **kwargs)

        monkeypatch.setattr(judge._encoder, "predict", predict)


class _FakeEncoder:
    """Returns fixed probabilities per (premise, hypothesis); no torch."""

    def __init__(self, table: dict[tuple[str, str], list[float]]) -> None:
        self.table = table

    def predict(self, inputs, **kwargs):
        return [self.table[tuple(x)] for x in inputs]


def _fake_judge(table: dict[tuple[str, str], list[float]], threshold: float = 0.5) -> NliJudge:
    judge = NliJudge("fake-nli", threshold=threshold)
    judge._encoder = _FakeEncoder(table)
    judge.labels = label_indices(LABELS)
    return judge


# -- no model needed ---------------------------------------------------------------------------


def test_nli_construction_imports_nothing() -> None:
    import sys

    before = "sentence_transformers" in sys.modules
    NliJudge("/nonexistent/model")
    assert ("sentence_transformers" in sys.modules) == before


def test_nli_label_indices_case_insensitive() -> None:
    assert label_indices({"0": "CONTRADICTION", "1": "Entailment", "2": "NEUTRAL"}) == {
        "contradiction": 0,
        "entailment": 1,
        "neutral": 2,
    }
    assert label_indices({0: "entailment", 1: "not_entailment"}) == {"entailment": 0}
    assert label_indices({0: "LABEL_0", 1: "LABEL_1"}) == {}


def test_nli_empty_dir_raises_e021(tmp_path: Path) -> None:
    with pytest.raises(BackendError, match=r"\[E021\].*no config\.json") as info:
        NliJudge(str(tmp_path)).warm_up()
    assert "\n" not in str(info.value)


def test_nli_folder_without_tokenizer_raises_e021(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "bert", "id2label": LABELS}))
    with pytest.raises(BackendError, match=r"\[E021\].*no tokenizer files"):
        NliJudge(str(tmp_path)).warm_up()


def test_nli_missing_path_raises_e021(tmp_path: Path) -> None:
    with pytest.raises(BackendError, match=r"\[E021\].*no such folder"):
        NliJudge(str(tmp_path / "absent")).warm_up()


def test_nli_combines_max_contradiction_over_directions() -> None:
    a, b = _claim("A text"), _claim("B text", source="s2")
    judge = _fake_judge({("A text", "B text"): [0.93, 0.02, 0.05], ("B text", "A text"): [0.40, 0.10, 0.50]})
    (row,) = judge.scores([(a, b)])
    assert row["contradiction_ab"] == pytest.approx(0.93)
    assert row["contradiction_ba"] == pytest.approx(0.40)
    assert row["contradiction"] == pytest.approx(0.93)
    (verdict,) = judge.judge_all([(a, b)])
    assert verdict is not None
    assert (verdict.code, verdict.verdict, verdict.slot) == ("CC301", "contradiction", "meaning")
    assert verdict.confidence == pytest.approx(0.93)
    assert verdict.values == (("A text",), ("B text",))
    assert verdict.reason == "NLI model fake-nli gives P(contradiction)=0.93 (a→b) / 0.40 (b→a)"


def test_nli_below_threshold_or_mutual_entailment_is_none() -> None:
    a, b = _claim("A"), _claim("B", source="s2")
    low = _fake_judge({("A", "B"): [0.30, 0.30, 0.40], ("B", "A"): [0.20, 0.40, 0.40]})
    assert low.judge((a, b)) is None
    # NOTE: entailment wins both ways -> a paraphrase, even when the threshold is permissive.
    both = _fake_judge({("A", "B"): [0.35, 0.60, 0.05], ("B", "A"): [0.30, 0.65, 0.05]}, threshold=0.2)
    assert both.judge((a, b)) is None
    one_way = _fake_judge({("A", "B"): [0.35, 0.60, 0.05], ("B", "A"): [0.70, 0.25, 0.05]}, threshold=0.5)
    assert one_way.judge((a, b)) is not None


def test_nli_uses_context_when_present() -> None:
    a = _claim("It was banned.", context="The model was banned in May 2025.")
    b = _claim("The model was allowed.", source="s2")
    table = {
        ("The model was banned in May 2025.", "The model was allowed."): [0.9, 0.05, 0.05],
        ("The model was allowed.", "The model was banned in May 2025."): [0.8, 0.1, 0.1],
    }
    verdict = _fake_judge(table).judge((a, b))
    assert verdict is not None
    assert verdict.values == (("It was banned.",), ("The model was allowed.",))


def test_nli_empty_input_loads_nothing() -> None:
    judge = NliJudge("/nonexistent/model")
    assert judge.judge_all([]) == []
    assert judge.scores([]) == []


# -- tiny real model ---------------------------------------------------------------------------


@pytest.mark.slow
def test_nli_scores_both_directions(tiny_judge: NliJudge, monkeypatch: pytest.MonkeyPatch) -> None:
    a = _claim("the company announced the model in may 2024")
    b = _claim("the government banned all chinese institutions", source="s2")
    spy = _Spy(tiny_judge, monkeypatch)
    (row,) = tiny_judge.scores([(a, b)])
    sent = [x for call in spy.calls for x in call]
    assert sorted(sent) == sorted([(a.text, b.text), (b.text, a.text)])
    assert row["contradiction_ab"] != pytest.approx(row["contradiction_ba"], abs=1e-6)
    for d in ("ab", "ba"):
        total = row[f"contradiction_{d}"] + row[f"entailment_{d}"] + row[f"neutral_{d}"]
        assert total == pytest.approx(1.0, abs=1e-5)


@pytest.mark.slow
def test_nli_batches_predict_calls(tiny_judge: NliJudge, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["the company announced", "the government banned", "people were not allowed", "all models", "some models"]
    pairs = [(_claim(t), _claim(f"{t} in 2025", source="s2")) for t in texts]
    spy = _Spy(tiny_judge, monkeypatch)
    verdicts = tiny_judge.judge_all(pairs)
    assert len(verdicts) == 5
    # NOTE: 5 pairs x 2 directions = 10 inputs at batch_size 4 -> 4 + 4 + 2.
    assert [len(c) for c in spy.calls] == [4, 4, 2]


@pytest.mark.slow
def test_nli_duplicate_pairs_scored_once(tiny_judge: NliJudge, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = _claim("the company announced"), _claim("the government banned", source="s2")
    spy = _Spy(tiny_judge, monkeypatch)
    rows = tiny_judge.scores([(a, b), (a, b), (b, a)])
    assert sum(len(c) for c in spy.calls) == 2
    assert rows[0] == rows[1]
    assert rows[2]["contradiction_ab"] == rows[0]["contradiction_ba"]


@pytest.mark.slow
def test_nli_label_mapping_follows_config(tiny_model: Path, tiny_judge: NliJudge, tmp_path: Path) -> None:
    permuted = tmp_path / "permuted"
    shutil.copytree(tiny_model, permuted)
    config_path = permuted / "config.json"
    config = json.loads(config_path.read_text())
    config["id2label"] = {"0": "NEUTRAL", "1": "CONTRADICTION", "2": "ENTAILMENT"}
    config["label2id"] = {"NEUTRAL": 0, "CONTRADICTION": 1, "ENTAILMENT": 2}
    config_path.write_text(json.dumps(config))
    judge = NliJudge(str(permuted))
    judge.warm_up()
    assert tiny_judge.labels == {"contradiction": 0, "entailment": 1, "neutral": 2}
    assert judge.labels == {"contradiction": 1, "entailment": 2, "neutral": 0}
    pair = (_claim("the company announced"), _claim("the government banned", source="s2"))
    (base,) = tiny_judge.scores([pair])
    (moved,) = judge.scores([pair])
    # NOTE: same weights, so logit 1 (entailment before) is now read as contradiction.
    assert moved["contradiction_ab"] == pytest.approx(base["entailment_ab"])
    assert moved["neutral_ba"] == pytest.approx(base["contradiction_ba"])


@pytest.mark.slow
def test_nli_missing_contradiction_label_raises_e021(tiny_model: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    shutil.copytree(tiny_model, plain)
    config_path = plain / "config.json"
    config = json.loads(config_path.read_text())
    config["id2label"] = {"0": "LABEL_0", "1": "LABEL_1", "2": "LABEL_2"}
    config["label2id"] = {"LABEL_0": 0, "LABEL_1": 1, "LABEL_2": 2}
    config_path.write_text(json.dumps(config))
    with pytest.raises(BackendError, match=r"\[E021\].*no contradiction label \(labels: LABEL_0, LABEL_1, LABEL_2\)"):
        NliJudge(str(plain)).warm_up()


@pytest.mark.slow
def test_nli_broken_weights_raise_e021(tiny_model: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(tiny_model, broken)
    (broken / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(BackendError, match=r"\[E021\]") as info:
        NliJudge(str(broken)).warm_up()
    assert "\n" not in str(info.value)


@pytest.mark.slow
def test_nli_verdict_from_real_model(tmp_path: Path) -> None:
    # NOTE: a large contradiction bias makes the random model say "contradiction" for any pair.
    path = _save_tiny_model(tmp_path / "contra", LABELS, bias=(8.0, 0.0, 0.0))
    judge = NliJudge(str(path), threshold=0.9)
    a, b = _claim("the model was banned"), _claim("the model was not banned", source="s2")
    verdict = judge.judge((a, b))
    assert verdict is not None
    assert verdict.code == "CC301" and verdict.confidence > 0.9
    assert verdict.reason.startswith("NLI model contra gives P(contradiction)=")
    assert NliJudge(str(path), threshold=1.0).judge((a, b)) is None
