"""Deterministic fakes for fast tests: a hashing embedder and a rules-only judge."""

from __future__ import annotations

import hashlib
import re
from typing import Sequence

from checker.backends.base import Judge, Pair

__all__ = ["HashEmbedder", "RulesOnlyJudge"]


class HashEmbedder:
    """Bag-of-words hashing into a fixed space: texts sharing words get similar unit vectors."""

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.name = f"hash-{dim}"

    def warm_up(self) -> None:
        """Nothing to load."""

    def embed(self, texts: Sequence[str]):
        """Unit vectors from hashed lower-case word counts (deterministic across runs)."""
        import numpy as np

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in re.findall(r"\w+", t.lower()):
                h = int.from_bytes(hashlib.blake2b(w.encode(), digest_size=8).digest(), "little")
                out[i, h % self.dim] += 1.0 if (h >> 63) & 1 == 0 else 0.8
            norm = np.linalg.norm(out[i])
            if norm:
                out[i] /= norm
        return out


class RulesOnlyJudge(Judge):
    """A model judge that never has an opinion: structural rules decide alone."""

    name = "rules-only"

    def judge(self, pair: Pair):
        """Always None."""
        return None
