"""Benchmark: candidate search time from 30k to 1M synthetic claims (`python -m bench.candidates`).

Vectors are clustered synthetic unit vectors in 384 dimensions (the embedder's size): events are
random centres, claims are noisy copies, so neighbourhoods look like real ones. Prints wall time,
time per claim and the growth exponent between sizes (1.0 = linear, 2.0 = all-pairs).
"""

from __future__ import annotations

import argparse
import math
import resource
import sys
import time

import numpy as np

from checker.ann import EXACT_LIMIT, neighbours


def synthetic(n: int, dim: int = 384, per_event: int = 8, seed: int = 0) -> np.ndarray:
    """n unit vectors in events of about `per_event` noisy copies of a random centre."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((max(1, n // per_event), dim), dtype=np.float32)
    out = np.empty((n, dim), dtype=np.float32)
    step = 100_000
    for s in range(0, n, step):
        m = min(step, n - s)
        idx = rng.integers(0, len(centres), m)
        block = centres[idx] + 0.8 * rng.standard_normal((m, dim), dtype=np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[s : s + m] = block
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.candidates", description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="30000,100000,300000,1000000", help="comma-separated claim counts")
    p.add_argument("-k", type=int, default=25, help="neighbours per claim (MatchConfig.neighbors)")
    args = p.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",")]
    print(f"candidate search, k={args.k}, dim=384, exact below {EXACT_LIMIT} claims, faiss HNSW above")
    print(f"{'claims':>10} {'method':>7} {'seconds':>9} {'us/claim':>9} {'exponent':>9} {'peak RSS MB':>12} {'recall@5':>9}")
    prev = None
    for n in sizes:
        vecs = synthetic(n)
        t = time.perf_counter()
        ids, _ = neighbours(vecs, args.k)
        dt = time.perf_counter() - t
        # NOTE: recall = share of the exact 5 nearest neighbours of 500 sampled claims found among the k.
        q = np.random.default_rng(1).choice(n, min(500, n), replace=False)
        sims = vecs[q] @ vecs.T
        sims[np.arange(len(q)), q] = -2
        top5 = np.argpartition(-sims, 5, axis=1)[:, :5]
        recall = float(np.mean([len(set(top5[r]) & set(ids[i])) / 5 for r, i in enumerate(q)]))
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        exp = f"{math.log(dt / prev[1]) / math.log(n / prev[0]):.2f}" if prev else "-"
        method = "exact" if n <= EXACT_LIMIT else "hnsw"
        print(f"{n:>10} {method:>7} {dt:>9.2f} {1e6 * dt / n:>9.1f} {exp:>9} {rss:>12.0f} {recall:>9.3f}", flush=True)
        prev = (n, dt)
        del vecs
    return 0


if __name__ == "__main__":
    sys.exit(main())
