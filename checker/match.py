"""Event matching: claims -> `Cluster`s of claims about the same event.

Requires `Claim.slots` and `Claim.context`; assigns `Cluster`. A link needs both meaning (sentence
embeddings) and structure (shared rare entities, compatible action frames, places and times), so
two events of the same type stay apart while paraphrases across sources join.
"""

from __future__ import annotations

import logging
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Sequence

from checker.models import Claim, Cluster
from checker.normalize.entities import Knowledge, load_knowledge, same_product

if TYPE_CHECKING:
    import numpy as np

    from checker.backends.base import Embedder

__all__ = ["MatchConfig", "cluster", "pair_score", "candidate_pairs", "EntityStats"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MatchConfig:
    """Matcher settings; defaults chosen on ECB+ and the seeds (see README, Measured)."""

    link_threshold: float = 0.62
    """Combined score at which two claims are linked."""
    average_threshold: float = 0.45
    """Average combined score two clusters need to merge (average linkage, stops chaining)."""
    neighbors: int = 25
    """Embedding neighbours considered per claim (candidate search)."""
    entity_weight: float = 0.35
    """Weight of shared rare entities (IDF-weighted, products and actors)."""
    frame_weight: float = 0.12
    """Bonus when both claims evoke the same action frame (or opposite ones)."""
    frame_clash: float = 0.15
    """Penalty when both evoke frames and none agree."""
    place_clash: float = 0.15
    """Penalty when both name places and none agree."""
    date_clash: float = 0.08
    """Penalty when both state explicit dates that cannot overlap."""
    max_pairs_per_merge: int = 400
    """Cap on member pairs scored when averaging two clusters."""


class EntityStats:
    """Document frequency of entity keys, so "AI" weighs less than "Anthropic"."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.n = max(1, len(claims))
        df: Counter[str] = Counter()
        for c in claims:
            df.update({k for k in _keys(c)})
        self.df = df

    def idf(self, key: str) -> float:
        """Smoothed inverse document frequency in [0, 1]."""
        d = self.df.get(key, 0)
        return min(1.0, math.log((self.n + 1) / (d + 1)) / math.log(self.n + 1) + 0.15) if self.n > 1 else 1.0


def _keys(c: Claim) -> set[str]:
    s = c.slots
    keys = {m.key for m in s.products} | {m.key for m in s.actors} | {m.key for m in s.places}
    return keys


def _product_overlap(a: Claim, b: Claim) -> set[str]:
    out = set()
    for p in a.slots.products:
        for q in b.slots.products:
            if same_product(p.key, q.key):
                out.add(p.key)
    return out


def _frames_agree(a: Claim, b: Claim, kb: Knowledge) -> bool | None:
    from checker.rules.common import LIGHT_FRAMES

    fa, fb = set(a.slots.frames) - LIGHT_FRAMES, set(b.slots.frames) - LIGHT_FRAMES
    if not fa or not fb:
        return None
    if fa & fb:
        return True
    return any(frozenset((x, y)) in kb.opposites for x in fa for y in fb)


def pair_score(a: Claim, b: Claim, cosine: float, stats: EntityStats, kb: Knowledge, cfg: MatchConfig) -> float:
    """Combined same-event score of two claims."""
    score = cosine
    shared = 0.0
    products = _product_overlap(a, b)
    shared += sum(stats.idf(k) for k in products)
    akeys = {m.key for m in a.slots.actors}
    bkeys = {m.key for m in b.slots.actors}
    for k in akeys:
        if any(kb.related(k, j) for j in bkeys):
            shared += stats.idf(k)
    score += cfg.entity_weight * min(1.0, shared)
    agree = _frames_agree(a, b, kb)
    if agree is True:
        score += cfg.frame_weight
    elif agree is False:
        score -= cfg.frame_clash
    pa, pb = {m.key for m in a.slots.places}, {m.key for m in b.slots.places}
    if pa and pb and not any(kb.related(x, y) for x in pa for y in pb):
        score -= cfg.place_clash
    da = [d for d in a.slots.dates if d.precision != "relative"]
    db = [d for d in b.slots.dates if d.precision != "relative"]
    if da and db and not any(x.overlaps(y) for x in da for y in db):
        score -= cfg.date_clash
    return score


def candidate_pairs(vectors: "np.ndarray", k: int, chunk: int = 2048) -> list[tuple[int, int, float]]:
    """Top-k cosine neighbours of every row, as unique (i, j, cos) with i < j.

    Exact search in row chunks: memory stays O(chunk * n); the ANN index in `checker.ann` takes over
    for large corpora.
    """
    import numpy as np

    n = len(vectors)
    if n < 2:
        return []
    k = min(k, n - 1)
    out: dict[tuple[int, int], float] = {}
    for s in range(0, n, chunk):
        block = vectors[s : s + chunk] @ vectors.T
        for r in range(block.shape[0]):
            block[r, s + r] = -2.0
        idx = np.argpartition(-block, k - 1, axis=1)[:, :k]
        for r in range(block.shape[0]):
            i = s + r
            for j in idx[r]:
                j = int(j)
                key = (i, j) if i < j else (j, i)
                out[key] = float(block[r, j])
    return [(i, j, c) for (i, j), c in out.items()]


def cluster(
    claims: Sequence[Claim],
    embedder: "Embedder",
    config: MatchConfig | None = None,
    kb: Knowledge | None = None,
    vectors: "np.ndarray | None" = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[Cluster, ...]:
    """Group claims into events by average-linkage over candidate links.

    Requires `Claim.slots`; assigns `Cluster`s (every claim in exactly one, singletons included).
    """
    import numpy as np

    cfg = config or MatchConfig()
    kb = kb or load_knowledge()
    n = len(claims)
    if n == 0:
        return ()
    if vectors is None:
        vectors = embedder.embed([c.context or c.text for c in claims])
    vectors = np.asarray(vectors, dtype=np.float32)
    stats = EntityStats(claims)
    if progress:
        progress(f"matching {n} claims")
    pairs = candidate_pairs(vectors, cfg.neighbors)
    # NOTE: claims sharing a rare entity are candidates even when their wording differs a lot.
    pairs.extend(_entity_block_pairs(claims, stats))
    scored: dict[tuple[int, int], float] = {}
    for i, j, _ in pairs:
        if (i, j) in scored or i == j:
            continue
        a, b = (i, j) if i < j else (j, i)
        cos = float(vectors[a] @ vectors[b])
        scored[(a, b)] = pair_score(claims[a], claims[b], cos, stats, kb, cfg)
    edges = sorted(((s, i, j) for (i, j), s in scored.items() if s >= cfg.link_threshold), reverse=True)
    parent = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def score_of(i: int, j: int) -> float:
        a, b = (i, j) if i < j else (j, i)
        if (a, b) not in scored:
            scored[(a, b)] = pair_score(claims[a], claims[b], float(vectors[a] @ vectors[b]), stats, kb, cfg)
        return scored[(a, b)]

    for _, i, j in edges:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        mi, mj = members[ri], members[rj]
        total, count = 0.0, 0
        step_i = max(1, len(mi) * len(mj) // cfg.max_pairs_per_merge)
        for x_idx, x in enumerate(mi):
            for y in mj[(x_idx % step_i) :: step_i] if step_i > 1 else mj:
                total += score_of(x, y)
                count += 1
        if count and total / count >= cfg.average_threshold:
            if len(mi) < len(mj):
                ri, rj = rj, ri
            parent[rj] = ri
            members[ri].extend(members.pop(rj))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    ordered = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    return tuple(
        Cluster(id=k, claims=tuple(claims[i] for i in g), label=_label([claims[i] for i in g], stats))
        for k, g in enumerate(ordered)
    )


def _entity_block_pairs(claims: Sequence[Claim], stats: EntityStats, max_block: int = 50) -> list[tuple[int, int, float]]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for k in {m.key for m in c.slots.products}:
            by_key[k].append(i)
    out = []
    for k, idx in by_key.items():
        if 2 <= len(idx) <= max_block:
            for x in range(len(idx)):
                for y in range(x + 1, len(idx)):
                    out.append((idx[x], idx[y], 0.0))
    return out


def _label(claims: Sequence[Claim], stats: EntityStats) -> str:
    frames: Counter[str] = Counter()
    ents: Counter[str] = Counter()
    surface: dict[str, str] = {}
    for c in claims:
        frames.update(set(c.slots.frames) - {"demand", "announce"})
        for m in c.slots.products + c.slots.actors:
            if stats.df.get(m.key, 0) <= max(3, 0.1 * stats.n):
                ents[m.key] += stats.idf(m.key)
            surface.setdefault(m.key, m.text)
    parts = [f for f, _ in frames.most_common(1)]
    parts += [surface[k] for k, _ in ents.most_common(3)]
    return " · ".join(parts) if parts else (claims[0].text[:60] + ("…" if len(claims[0].text) > 60 else ""))
