"""The ONNX embedder: export once, atomically; a damaged file is rebuilt; vectors within the gate of torch fp32."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from checker.backends import EMBEDDERS, get_embedder
from checker.backends import onnx as onnx_mod
from checker.backends.onnx import OnnxEmbedder, artifact, ensure_model, verified


def _fake_export(calls: list[str]):
    """An exporter that writes a small file instead of running torch."""

    def export(variant: str, dest: Path) -> Path:
        calls.append(variant)
        tmp = dest.parent / ".fake.tmp"
        tmp.write_bytes(b"model-" + variant.encode() * 100)
        onnx_mod._replace_atomically(tmp, dest)
        return dest

    return export


def test_onnx_ensure_model_exports_once_then_reuses(tmp_path, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(onnx_mod, "export", _fake_export(calls))
    first = ensure_model("int8", tmp_path)
    second = ensure_model("int8", tmp_path)
    assert first == second == artifact("int8", tmp_path)
    assert calls == ["int8"] and verified(first)


@pytest.mark.parametrize("damage", ["truncate", "flip", "no-manifest", "bad-manifest"])
def test_onnx_damaged_model_is_rebuilt_never_loaded(tmp_path, monkeypatch, damage):
    calls: list[str] = []
    monkeypatch.setattr(onnx_mod, "export", _fake_export(calls))
    path = ensure_model("int8", tmp_path)
    good = path.read_bytes()
    manifest = path.with_suffix(".json")
    if damage == "truncate":
        path.write_bytes(good[: len(good) // 2])
    elif damage == "flip":
        path.write_bytes(b"X" + good[1:])
    elif damage == "no-manifest":
        manifest.unlink()
    else:
        manifest.write_text("{not json", encoding="utf-8")
    assert not verified(path)
    assert ensure_model("int8", tmp_path) == path
    assert calls == ["int8", "int8"]
    assert path.read_bytes() == good and verified(path)


def test_onnx_failed_export_leaves_no_model(tmp_path, monkeypatch):
    def broken(variant: str, dest: Path) -> Path:
        raise RuntimeError("export crashed")

    monkeypatch.setattr(onnx_mod, "export", broken)
    with pytest.raises(RuntimeError):
        ensure_model("fp32", tmp_path)
    assert not artifact("fp32", tmp_path).exists()


def test_onnx_variants_have_distinct_files_and_cache_names(tmp_path):
    from checker.backends.sbert import SbertEmbedder

    assert artifact("int8", tmp_path) != artifact("fp32", tmp_path)
    names = {OnnxEmbedder("int8").name, OnnxEmbedder("fp32").name, SbertEmbedder().name}
    assert len(names) == 3  # NOTE: int8 vectors are never served from the cache to an fp32 run
    with pytest.raises(ValueError):
        artifact("int4", tmp_path)


def test_onnx_model_folder_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECK_MODEL_DIR", str(tmp_path / "m"))
    assert artifact("int8").parent == tmp_path / "m"


def test_onnx_get_embedder_names():
    assert {type(get_embedder(n)).__name__ for n in EMBEDDERS} == {"OnnxEmbedder", "SbertEmbedder"}
    assert get_embedder("onnx-fp32").variant == "fp32"
    with pytest.raises(ValueError, match="unknown embedder"):
        get_embedder("word2vec")


def test_onnx_missing_runtime_falls_back_to_torch_with_a_warning(monkeypatch, caplog):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "onnxruntime" else real(name, *a))
    with caplog.at_level("WARNING"):
        emb = get_embedder("onnx")
    assert type(emb).__name__ == "SbertEmbedder" and "onnxruntime is not installed" in caplog.text


def _probe_model(path: Path) -> None:
    """A tiny ONNX graph standing in for MiniLM: row = (sum of token ids, number of tokens), so rows identify texts."""
    import onnx
    from onnx import TensorProto, helper

    nodes = [
        helper.make_node("Cast", ["input_ids"], ["ids_f"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["token_type_ids"], ["types_f"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["ids_f", "mask_f"], ["masked"]),
        helper.make_node("Add", ["masked", "types_f"], ["masked2"]),
        helper.make_node("ReduceSum", ["masked2", "axes"], ["s"], keepdims=1),
        helper.make_node("ReduceSum", ["mask_f", "axes"], ["n"], keepdims=1),
        helper.make_node("Concat", ["s", "n"], ["embedding"], axis=1),
    ]
    inputs = [helper.make_tensor_value_info(n, TensorProto.INT64, ["b", "t"]) for n in ("input_ids", "attention_mask", "token_type_ids")]
    graph = helper.make_graph(
        nodes, "probe", inputs, [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["b", 2])],
        initializer=[helper.make_tensor("axes", TensorProto.INT64, [1], [1])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(path))


def test_onnx_embed_keeps_input_order_across_length_sorted_batches(tmp_path, monkeypatch):
    calls: list[str] = []

    def export(variant: str, dest: Path) -> Path:
        calls.append(variant)
        tmp = dest.parent / ".probe.tmp"
        _probe_model(tmp)
        onnx_mod._replace_atomically(tmp, dest)
        return dest

    monkeypatch.setattr(onnx_mod, "export", export)
    emb = OnnxEmbedder("int8", batch_size=2, folder=str(tmp_path))
    emb.dim = 2
    texts = ["A much longer sentence about the launch of Vela 3 in March.", "Short one.", "Mid length text here.", "x"]
    got = emb.embed(texts)
    tok = emb._tokenizer
    want = np.array([[sum(e.ids), len(e.ids)] for e in (tok.encode(t) for t in texts)], dtype=np.float32)
    assert np.array_equal(got, want)
    assert emb.embed([]).shape == (0, 2)
    assert calls == ["int8"]


def test_onnx_embed_tokenizes_shares_side_by_side_with_the_same_rows(tmp_path, monkeypatch):
    def export(variant: str, dest: Path) -> Path:
        tmp = dest.parent / ".probe.tmp"
        _probe_model(tmp)
        onnx_mod._replace_atomically(tmp, dest)
        return dest

    monkeypatch.setattr(onnx_mod, "export", export)
    texts = [f"Sentence {k} about the {'long ' * (k % 7)}launch of Vela {k}." for k in range(40)]
    one = OnnxEmbedder("int8", batch_size=3, threads=1, folder=str(tmp_path))
    one.dim = 2
    want = one.embed(texts)
    monkeypatch.setattr(onnx_mod, "TOKENIZE_SHARES_FROM", 10)
    two = OnnxEmbedder("int8", batch_size=3, threads=2, folder=str(tmp_path))
    two.dim = 2
    two.warm_up()
    sizes: list[int] = []
    real = two._tokenizer

    class Spy:
        def encode_batch(self, batch):  # noqa: ANN001, ANN202
            sizes.append(len(batch))
            return real.encode_batch(batch)

    two._tokenizer = Spy()
    assert np.array_equal(two.embed(texts), want)
    assert sizes == [20, 20]


# -- real model (exports once into the user's model folder, as `make install` does) -------------------------


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    root = Path(__file__).resolve().parents[2] / "seeds"
    lines = [ln.strip() for p in sorted(root.glob("*")) if p.is_file() for ln in p.read_text(encoding="utf-8").splitlines()]
    return [ln for ln in lines if len(ln.split()) >= 6][:150]


@pytest.mark.slow
@pytest.mark.parametrize("variant,floor", [("fp32", 0.9999), ("int8", 0.99)])
def test_onnx_vectors_within_gate_of_torch(seed_texts, variant, floor):
    from checker.backends.sbert import SbertEmbedder

    ref = SbertEmbedder().embed(seed_texts)
    got = OnnxEmbedder(variant).embed(seed_texts)
    cos = np.sum(ref * got, axis=1)
    assert got.dtype == np.float32 and np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-4)
    assert cos.mean() >= floor, (variant, float(cos.mean()), float(cos.min()))


@pytest.mark.slow
@pytest.mark.parametrize("variant,tolerance", [("int8", 0.0), ("fp32", 1e-5)])
def test_onnx_vector_of_a_text_does_not_depend_on_the_texts_embedded_with_it(seed_texts, variant, tolerance):
    """A cached vector (computed with other texts) must equal the one a cold run computes."""
    emb = OnnxEmbedder(variant)
    together = emb.embed(seed_texts)
    alone = np.stack([emb.embed([t])[0] for t in seed_texts[:20]])
    reordered = emb.embed(seed_texts[::-1] + seed_texts[:5])[: len(seed_texts)][::-1]
    assert np.abs(together[:20] - alone).max() <= tolerance
    assert np.abs(together - reordered).max() <= tolerance


_NO_TORCH = """
import sys
from checker.backends.onnx import OnnxEmbedder
v = OnnxEmbedder("int8").embed(["Northwind Labs released Vela 3 in March 2025."])
print(v.shape[1], "torch" in sys.modules, "sentence_transformers" in sys.modules)
"""


@pytest.mark.slow
def test_onnx_inference_never_imports_torch():
    ensure_model("int8")
    proc = subprocess.run([sys.executable, "-c", _NO_TORCH], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["384", "False", "False"]


@pytest.mark.slow
def test_onnx_seeds_findings_equal_torch_findings():
    """The int8 default finds the seeds' discrepancies as fp32 torch does: same rules and slots, every expected one, none forbidden.

    Which sentences of an event a finding cites may differ (vectors within the gate, not equal), so
    the cited values are checked against the written expectations (`eval.seeds`), not against torch's.
    """
    import yaml

    from checker.pipeline import Settings, run
    from checker.reporters.json import to_dict
    from checker.sources import discover, read_sources
    from eval.seeds import _HERE, score

    root = Path(__file__).resolve().parents[2] / "seeds"
    sources = read_sources(discover([str(root)]))
    spec = yaml.safe_load((_HERE / "seeds_expected.yaml").read_text("utf-8"))
    reports = {name: run(sources, Settings(embedder=name))[0] for name in ("onnx", "torch")}
    families = {name: sorted((f.rule, f.kind) for f in r.findings) for name, r in reports.items()}
    assert families["onnx"] == families["torch"]
    for name, report in reports.items():
        res = score(to_dict(report)["findings"], spec)
        assert res["missed"] == [] and res["forbidden_hits"] == [], (name, res)


@pytest.mark.parametrize("flag,config,want", [([], None, "onnx"), (["--embedder", "torch"], None, "torch"), ([], "onnx-fp32", "onnx-fp32"), (["--embedder", "onnx"], "torch", "onnx")])
def test_onnx_cli_embedder_flag_and_config_reach_settings(corpus, monkeypatch, flag, config, want):
    import checker.pipeline
    from typer.testing import CliRunner

    from checker.cli import app
    from clifakes import fake_run

    seen = []

    def spy(sources, settings=None, backends=None, progress=None, **kw):
        seen.append(settings.embedder)
        return fake_run(sources, settings, backends, progress, **kw)

    monkeypatch.setattr(checker.pipeline, "run", spy)
    if config:
        (corpus / "check.yaml").write_text(f"embedder: {config}\n", encoding="utf-8")
    result = CliRunner().invoke(app, [str(corpus), "--format", "json", "-o", str(corpus.parent / "out.json"), "-q", *flag])
    assert result.exit_code in (0, 1), result.output
    assert seen == [want]


def test_onnx_config_embedder_choices_match_the_cli():
    from checker.backends import EmbedderName
    from checker.config import KEYS

    assert KEYS["embedder"].choices == tuple(e.value for e in EmbedderName) == EMBEDDERS


def _matmul_model(path: Path, weights: np.ndarray) -> None:
    """A one-MatMul graph (x @ W, x of shape (batch, tokens, hidden)) for the quantiser to work on."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["hidden"])], "one-matmul",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["b", "t", weights.shape[0]])],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["b", "t", weights.shape[1]])],
        initializer=[numpy_helper.from_array(weights.astype(np.float32), "w")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(path))


def test_onnx_per_token_quantisation_makes_a_row_independent_of_its_batchmates(tmp_path):
    """Dynamic quantisation scales by the whole batch's range (a loud batchmate changes a quiet text's
    result); after `_per_token` each token is scaled by its own range, bit-identical alone or batched."""
    import onnxruntime as ort

    rng = np.random.default_rng(7)
    weights = rng.normal(size=(64, 48))
    _matmul_model(tmp_path / "fp32.onnx", weights)
    onnx_mod._quantise(tmp_path / "fp32.onnx", tmp_path / "dynamic.onnx")
    onnx_mod._per_token(tmp_path / "dynamic.onnx", tmp_path / "per-token.onnx")
    quiet = rng.normal(size=(1, 5, 64)).astype(np.float32)
    loud = (rng.normal(size=(1, 5, 64)) * 50).astype(np.float32)
    batch = np.concatenate([quiet, loud])
    exact = quiet @ weights.astype(np.float32)

    def run(name: str, x: np.ndarray) -> np.ndarray:
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL  # NOTE: as OnnxEmbedder runs it (fusions on)
        return ort.InferenceSession(str(tmp_path / name), opts, providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]

    assert np.abs(run("dynamic.onnx", quiet) - run("dynamic.onnx", batch)[:1]).max() > 1e-3  # the defect it fixes
    alone, batched = run("per-token.onnx", quiet), run("per-token.onnx", batch)[:1]
    assert np.array_equal(alone, batched)
    assert np.abs(alone - exact).max() <= 0.02 * np.abs(exact).max()  # still the same MatMul, within int8 error


def _attention_like_model(path: Path, weights: np.ndarray) -> None:
    """x @ W, a softmax over the last axis, transformers' NaN guard after it (``Where(IsNaN(p), 0, p)``), then
    the probabilities times a constant (as attention multiplies them by the values)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    graph = helper.make_graph(
        [
            helper.make_node("MatMul", ["x", "w"], ["scores"]),
            helper.make_node("Softmax", ["scores"], ["p"], axis=-1),
            helper.make_node("IsNaN", ["p"], ["nan"]),
            helper.make_node("Where", ["nan", "zero", "p"], ["guarded"]),
            helper.make_node("Mul", ["guarded", "three"], ["hidden"]),
        ],
        "guarded-softmax",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["b", "t", weights.shape[0]])],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["b", "t", weights.shape[1]])],
        initializer=[numpy_helper.from_array(weights.astype(np.float32), "w"), numpy_helper.from_array(np.array(0.0, dtype=np.float32), "zero"),
                     numpy_helper.from_array(np.array(3.0, dtype=np.float32), "three")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(path))


def _session_output(path: Path, x: np.ndarray) -> np.ndarray:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL  # NOTE: as OnnxEmbedder runs it
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]


def test_onnx_fused_graph_has_fewer_kernels_and_the_same_floats(tmp_path):
    """`_fused` turns each quantised MatMul's int32 sum, cast and scale into one MatMulIntegerToFloat and drops the
    NaN guard after a softmax; every output float is the per-token graph's, bit for bit."""
    import onnx

    rng = np.random.default_rng(11)
    _attention_like_model(tmp_path / "fp32.onnx", rng.normal(size=(64, 48)))
    onnx_mod._quantise(tmp_path / "fp32.onnx", tmp_path / "dynamic.onnx")
    onnx_mod._per_token(tmp_path / "dynamic.onnx", tmp_path / "per-token.onnx")
    onnx_mod._fused(tmp_path / "per-token.onnx", tmp_path / "fused.onnx")
    ops = [n.op_type for n in onnx.load(str(tmp_path / "fused.onnx")).graph.node]
    before = [n.op_type for n in onnx.load(str(tmp_path / "per-token.onnx")).graph.node]
    assert "MatMulInteger" in before and "IsNaN" in before and "Where" in before
    assert ops.count("MatMulIntegerToFloat") == before.count("MatMulInteger") == 1
    assert "MatMulInteger" not in ops and "IsNaN" not in ops and "Where" not in ops
    assert len(ops) == len(before) - 5  # NOTE: MatMulInteger, Cast, two Muls -> one node; IsNaN and Where gone
    for scale in (1.0, 40.0):
        x = (rng.normal(size=(3, 7, 64)) * scale).astype(np.float32)
        assert np.array_equal(_session_output(tmp_path / "fused.onnx", x), _session_output(tmp_path / "per-token.onnx", x))


def test_onnx_model_exported_before_the_kernel_rewrite_is_rewritten_not_exported(tmp_path, monkeypatch):
    """A folder holding the int8 file of the recipe before `_fused` gets the rewritten file from it (no torch), and
    the embedder's name, which keys cached vectors, is the same for both files."""
    import onnx

    def no_export(variant: str, dest: Path) -> Path:
        raise AssertionError("exported again")

    monkeypatch.setattr(onnx_mod, "export", no_export)
    rng = np.random.default_rng(5)
    _attention_like_model(tmp_path / "fp32.onnx", rng.normal(size=(16, 8)))
    onnx_mod._quantise(tmp_path / "fp32.onnx", tmp_path / "dynamic.onnx")
    old = artifact("int8", tmp_path, kernels=False)
    onnx_mod._per_token(tmp_path / "dynamic.onnx", tmp_path / "old.tmp")
    onnx_mod._replace_atomically(tmp_path / "old.tmp", old)
    path = ensure_model("int8", tmp_path)
    assert path == artifact("int8", tmp_path) != old and verified(path) and verified(old)
    assert "MatMulIntegerToFloat" in {n.op_type for n in onnx.load(str(path)).graph.node}
    assert onnx_mod._tag("int8") != onnx_mod._tag("int8", kernels=False)
    assert OnnxEmbedder("int8").name.endswith(onnx_mod._tag("int8", kernels=False))
