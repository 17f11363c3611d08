"""The default engine: batched spaCy (several processes for big corpora) and batched embedding, on this machine."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import numpy as np

    from checker.backends.base import Embedder
    from checker.models import Claim, Source
    from checker.parse import SpacyParser

__all__ = ["LocalEngine", "PARALLEL_MIN_CHARS"]

logger = logging.getLogger(__name__)

PARALLEL_MIN_CHARS = 400_000
"""Text to parse (characters) above which spaCy runs in ``jobs`` processes.

Below it, starting the workers (each loads the model, ~2 s) costs more than it saves; measured
with `python -m bench` on the 2-core machine (docs/benchmarks.md).
"""


def _auto_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS
        return max(1, os.cpu_count() or 1)


class LocalEngine:
    """Parse with ``nlp.pipe`` (multi-process when it pays) and embed in one batched call."""

    name = "local"

    def __init__(self, jobs: int = 0) -> None:
        """``jobs``: spaCy processes for big corpora; 0 picks the CPUs available."""
        self.jobs = jobs if jobs > 0 else _auto_jobs()

    def parse(self, sources: Sequence["Source"], parser: "SpacyParser") -> tuple[tuple["Claim", ...], ...]:
        """`checker.parse.parse`, with ``n_process`` raised for big corpora."""
        from checker.parse import parse

        chars = sum(len(s.text) for s in sources)
        n_process = self.jobs if self.jobs > 1 and chars >= PARALLEL_MIN_CHARS else 1
        saved = getattr(parser, "n_process", 1)
        try:
            if hasattr(parser, "n_process"):
                parser.n_process = n_process
            if n_process > 1:
                logger.info("parsing %d characters in %d processes", chars, n_process)
            return parse(sources, parser)
        finally:
            if hasattr(parser, "n_process"):
                parser.n_process = saved

    def embed(self, texts: Sequence[str], embedder: "Embedder") -> "np.ndarray":
        """One batched call to the embedder."""
        return embedder.embed(list(texts))

    def close(self) -> None:
        """Nothing to release."""
