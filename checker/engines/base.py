"""The engine interface: parse the documents and embed the texts that the cache could not supply."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol, Sequence, runtime_checkable

if TYPE_CHECKING:
    import numpy as np

    from checker.backends.base import Embedder
    from checker.models import Claim, Source
    from checker.parse import Evidence, SpacyParser

__all__ = ["Engine"]

logger = logging.getLogger(__name__)


@runtime_checkable
class Engine(Protocol):
    """Runs the two heavy, embarrassingly parallel stages; `checker.pipeline` owns order and caching."""

    name: str
    """``local`` or ``ray``."""

    def parse(self, sources: Sequence["Source"], parser: "SpacyParser", evidence: Sequence["Evidence"] | None = None) -> tuple[tuple["Claim", ...], ...]:
        """Claims per source, in source order, exactly as `checker.parse.parse` returns them (with each
        source's ``evidence``, the whole run's: the engine may see only some of the run's documents)."""

    def embed(self, texts: Sequence[str], embedder: "Embedder") -> "np.ndarray":
        """Unit vectors, one row per text, exactly as ``embedder.embed`` returns them."""

    def close(self) -> None:
        """Release workers."""
