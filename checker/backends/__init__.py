"""Backends: the embedders `--embedder` chooses between, the model judges, and fakes for tests."""

from __future__ import annotations

import enum
import logging

__all__ = ["EMBEDDERS", "DEFAULT_EMBEDDER", "EmbedderName", "get_embedder"]

logger = logging.getLogger(__name__)

EMBEDDERS = ("onnx", "onnx-fp32", "torch")
"""``--embedder`` choices: int8 ONNX (fast), fp32 ONNX (exact, about 2x torch), stock sentence-transformers on torch."""
DEFAULT_EMBEDDER = "onnx"
"""The int8 path passed the quality gate (`python -m eval.embedder`: cosine and ECB+ B3 F1 against torch fp32)."""



class EmbedderName(str, enum.Enum):
    """``--embedder`` choices."""

    onnx = "onnx"
    onnx_fp32 = "onnx-fp32"
    torch = "torch"


def get_embedder(name: str = DEFAULT_EMBEDDER):
    """A fresh (not yet loaded) embedder called ``name``."""
    if name == "torch":
        from checker.backends.sbert import SbertEmbedder

        return SbertEmbedder()
    if name in ("onnx", "onnx-int8", "onnx-fp32"):
        import importlib.util

        if importlib.util.find_spec("onnxruntime") is None or importlib.util.find_spec("tokenizers") is None:
            # NOTE: an install that predates the ONNX path (no `make install` since): still check, slower.
            logger.warning("check: warning: onnxruntime is not installed (pip install onnxruntime tokenizers); using the torch embedder")
            from checker.backends.sbert import SbertEmbedder

            return SbertEmbedder()
        from checker.backends.onnx import OnnxEmbedder

        return OnnxEmbedder("fp32" if name == "onnx-fp32" else "int8")
    raise ValueError(f"unknown embedder {name!r}; choose from {', '.join(EMBEDDERS)}")
