"""The exact neighbour search in shares (`checker.ann.neighbours` with ``jobs``)."""

from __future__ import annotations

import numpy as np

import checker.ann as ann
import checker.engines.local as local


def test_ann_exact_search_in_two_processes_gives_the_same_lists(monkeypatch):
    rng = np.random.default_rng(3)
    base = rng.standard_normal((150, 24)).astype(np.float32)
    # NOTE: exact duplicates tie: the lists must break ties the same way in every share
    v = np.concatenate([base, base[:60], rng.standard_normal((90, 24)).astype(np.float32)])
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    calls = []
    real = local.forked_calls

    def counting(fns):
        calls.append(len(fns))
        return real(fns)

    monkeypatch.setattr(local, "forked_calls", counting)
    monkeypatch.setattr(ann, "PARALLEL_MIN_ROWS", 100)
    one = ann.neighbours(v, 7)
    assert calls == []
    two = ann.neighbours(v, 7, jobs=2)
    assert calls == [2]
    three = ann.neighbours(v, 7, jobs=3)
    assert calls == [2, 3]
    for other in (two, three):
        assert np.array_equal(one[0], other[0]) and np.array_equal(one[1], other[1])
    monkeypatch.setattr(ann, "PARALLEL_MIN_ROWS", 1000)
    ann.neighbours(v, 7, jobs=2)
    assert calls == [2, 3]  # NOTE: below the size the search stays in this process
