"""Candidate search: top-k cosine neighbours of every claim, exact for small corpora, HNSW for large.

Requires unit-norm float32 vectors; assigns candidate pairs. Nothing here is all-pairs: exact search
runs in row chunks (O(chunk * n) memory) and is only used below `exact_limit` claims; above it a
faiss HNSW index answers each query in about O(log n), so the whole search grows near n log n.
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

__all__ = ["neighbours", "rows_top_k", "cosines", "transposed", "EXACT_LIMIT", "PARALLEL_MIN_ROWS"]

logger = logging.getLogger(__name__)

EXACT_LIMIT = 20_000
"""Below this many vectors exact chunked search is faster than building an index."""


def rows_top_k(vectors: "np.ndarray", rows: "np.ndarray", k: int, vt: "np.ndarray | None" = None) -> tuple["np.ndarray", "np.ndarray"]:
    """(ids, sims), each (len(rows), k): the k most similar other rows of each of ``rows``, exactly.

    Canonical, so a row's list does not depend on which other rows were computed with it (an
    incremental run recomputes a few rows and must get what a full search gives): cosines come from
    `cosines` (``vt``, the `transposed` vectors as their own array, so numpy never takes its symmetric
    ``A @ A.T`` path), the same bits however many rows are searched together, and each list is ordered
    by (descending cosine, ascending row), ties at the k-th place going to the lower row.
    """
    import numpy as np

    rows = np.asarray(rows, dtype=np.int64)
    m = len(rows)
    if vt is None or vt.dtype != np.float64:
        vt = transposed(vectors)
    block = cosines(vectors, rows, vt)
    block[np.arange(m), rows] = -2.0
    n = block.shape[1]
    # NOTE: selection without argpartition (≈ 10x slower here on 2,048 x 16,000 float32): the k-th best
    # cosine of a sample of columns is a floor no larger than the row's k-th best, so the cosines at or
    # above it hold the top k, ties included; only those few hundred per row are sorted.
    sample = block[:, :: max(1, n // _SAMPLE)] if n > 2 * _SAMPLE else block
    floor = np.partition(sample, sample.shape[1] - k, axis=1)[:, sample.shape[1] - k]
    r, c = np.nonzero(block >= floor[:, None])
    v = block[r, c]
    order = np.lexsort((c, -v, r))
    r, c, v = r[order], c[order], v[order]
    first = np.searchsorted(r, np.arange(m))
    take = (first[:, None] + np.arange(k)).ravel()
    return c[take].reshape(m, k).astype(np.int64), v[take].reshape(m, k)


def cosines(vectors: "np.ndarray", rows: "np.ndarray", vt: "np.ndarray") -> "np.ndarray":
    """(len(rows), n) float32: the cosines of ``rows`` to every row, each the same bits whichever rows are multiplied
    with it and from whichever side (``vt``: `transposed` vectors).

    The product is summed in float64 and rounded to float32: a BLAS may sum a row's product in another order by how
    many rows are multiplied with it (OpenBLAS on AMD Zen without AVX-512: a block's tail rows take another kernel),
    so a float32 sum differs in its last bit from one call to another; a float64 sum's difference does not survive
    the rounding. A one-row product goes to gemv, which sums in another order than gemm: padded to two rows."""
    import numpy as np

    m = len(rows)
    block = (vectors[rows if m > 1 else np.repeat(rows, 2)].astype(np.float64) @ vt).astype(np.float32)
    return block[:m]


def transposed(vectors: "np.ndarray") -> "np.ndarray":
    """The vectors transposed as their own float64 array, as `rows_top_k` multiplies them (compute once per search)."""
    import numpy as np

    return np.ascontiguousarray(vectors.T, dtype=np.float64)


_SAMPLE = 1024
"""Columns sampled per row to find a floor for the top-k (`rows_top_k`)."""


PARALLEL_MIN_ROWS = 4_096
"""Vectors from which `neighbours` searches exactly in ``jobs`` processes (contiguous shares of the rows)."""


def _exact(vectors: "np.ndarray", k: int, chunk: int = 2048, rows: "tuple[int, int] | None" = None) -> tuple["np.ndarray", "np.ndarray"]:
    """`rows_top_k` of the rows ``rows`` = (start, end) (all by default), ``chunk`` rows per product."""
    import numpy as np

    a, b = rows if rows is not None else (0, len(vectors))
    ids = np.empty((b - a, k), dtype=np.int64)
    sims = np.empty((b - a, k), dtype=np.float32)
    vt = transposed(vectors)
    for s in range(a, b, chunk):
        ids[s - a : s - a + chunk], sims[s - a : s - a + chunk] = rows_top_k(vectors, np.arange(s, min(b, s + chunk)), k, vt)
    return ids, sims


def _exact_shares(vectors: "np.ndarray", k: int, jobs: int) -> tuple["np.ndarray", "np.ndarray"]:
    """`_exact` of ``jobs`` contiguous shares of the rows, side by side (`checker.engines.local.forked_calls`),
    each process multiplying on one BLAS thread.

    Exact: a row's list does not depend on the rows searched with it (`rows_top_k` is canonical, its
    `cosines` the same bits whatever rows or BLAS threads share the product). All of ECB+ (16,428 claims): 5.0 CPU s in one process, of which
    the selection (2.6 s) ran on one core whatever BLAS did.
    """
    import numpy as np
    from threadpoolctl import threadpool_limits

    from checker.engines.local import forked_calls

    n = len(vectors)
    cuts = [n * s // jobs for s in range(jobs + 1)]

    def share(a: int, b: int) -> tuple["np.ndarray", "np.ndarray"]:
        with threadpool_limits(limits=1, user_api="blas"):
            return _exact(vectors, k, rows=(a, b))

    parts = forked_calls([lambda a=a, b=b: share(a, b) for a, b in zip(cuts, cuts[1:])])
    return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])  # type: ignore[index]


def _hnsw(vectors: "np.ndarray", k: int, m: int = 16, ef_construction: int = 40, ef_search: int = 48, dims: int = 64):
    import faiss
    import numpy as np

    # NOTE: candidates only need the neighbourhood, not exact cosines (pair scores recompute them),
    # so the index works in a PCA projection: 6x fewer operations per distance.
    d = vectors.shape[1]
    if dims and dims < d:
        sample = vectors[np.random.default_rng(0).choice(len(vectors), min(len(vectors), 50_000), replace=False)]
        pca = faiss.PCAMatrix(d, dims)
        pca.train(sample)
        reduced = pca.apply(vectors)
        reduced /= np.linalg.norm(reduced, axis=1, keepdims=True) + 1e-12
    else:
        reduced = vectors
    index = faiss.IndexHNSWFlat(reduced.shape[1], m, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = ef_construction
    # NOTE: a fixed search breadth loses neighbours as the graph grows (recall 0.60 at 1M claims with
    # 48); widening it with log n keeps recall while the cost per query stays logarithmic.
    index.hnsw.efSearch = max(int(ef_search * max(1.0, math.log10(len(vectors) / 3000))), k + 1)
    index.add(reduced)
    sims, ids = index.search(reduced, k + 1)
    # NOTE: drop each vector's hit on itself (not always first when duplicates tie).
    n = len(vectors)
    out_ids = np.empty((n, k), dtype=np.int64)
    out_sims = np.empty((n, k), dtype=np.float32)
    for i in range(n):
        row = [(j, s) for j, s in zip(ids[i], sims[i]) if j != i and j >= 0][:k]
        row += [(i, -2.0)] * (k - len(row))
        out_ids[i] = [j for j, _ in row]
        out_sims[i] = [s for _, s in row]
    return out_ids, out_sims


def neighbours(vectors: "np.ndarray", k: int, exact_limit: int = EXACT_LIMIT, jobs: int = 1) -> tuple["np.ndarray", "np.ndarray"]:
    """(ids, sims), each of shape (n, k): the k most similar other rows of every row.

    ``jobs``: processes the exact search may use from `PARALLEL_MIN_ROWS` vectors (the same lists);
    fork only with no other thread running (`checker.engines.local.Forked`)."""
    import os

    import numpy as np

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n = len(vectors)
    k = max(1, min(k, n - 1))
    if n <= exact_limit:
        if jobs > 1 and n >= PARALLEL_MIN_ROWS and hasattr(os, "fork"):
            return _exact_shares(vectors, k, jobs)
        return _exact(vectors, k)
    try:
        return _hnsw(vectors, k)
    except ImportError:
        logger.warning("faiss-cpu is not installed; falling back to exact chunked search (quadratic time)")
        return _exact(vectors, k)
