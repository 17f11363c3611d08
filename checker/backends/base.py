"""Backend interfaces: embedders and model judges, each with a batched default."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, Sequence, runtime_checkable

if TYPE_CHECKING:
    import numpy as np

    from checker.models import Claim, Verdict

__all__ = ["Embedder", "Judge", "Pair"]

Pair = tuple["Claim", "Claim"]


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised vectors."""

    name: str
    """Identifies model and version; part of cache keys."""
    dim: int
    """Vector size."""

    def warm_up(self) -> None:
        """Load heavy libraries and weights; called once before `embed`."""

    def embed(self, texts: Sequence[str]) -> "np.ndarray":
        """Return a float32 array of shape (len(texts), dim), rows of unit norm."""


class Judge:
    """A model judge: looks at one candidate pair inside an event, may return a verdict."""

    name: str = "judge"

    def warm_up(self) -> None:
        """Load the model or check the server; default does nothing."""

    def judge(self, pair: Pair) -> "Verdict | None":
        """Judge one pair; None means no opinion."""
        raise NotImplementedError

    def judge_all(self, pairs: Sequence[Pair]) -> list["Verdict | None"]:
        """Judge many pairs; the default loops, batched backends override it."""
        return [self.judge(p) for p in pairs]
