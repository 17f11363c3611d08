"""Coreference scores for one clustering against another: MUC, B-cubed, CEAF-e and CoNLL F1.

A clustering is a mapping ``item -> cluster id`` (any hashable values). The gold (``key``) and
predicted (``response``) mappings may cover different items; the conventions are those of the
reference scorer (Pradhan et al., 2014, "Scoring Coreference Partitions of Predicted Mentions"):

- MUC (Vilain et al., 1995) counts links. A key cluster ``K`` partitioned by the response into
  ``p(K)`` parts (items missing from the response each form their own part) contributes
  ``|K| - |p(K)|`` correct links out of ``|K| - 1``; precision swaps key and response. MUC
  ignores singletons, so a denominator of 0 (all singletons) scores 0, as the reference scorer.
- B-cubed (Bagga & Baldwin, 1998): per-item overlap of its key and response clusters; recall
  averages ``|K(i) & R(i)| / |K(i)|`` over key items, precision ``|K(i) & R(i)| / |R(i)|`` over
  response items (an item absent from the other side contributes 0).
- CEAF-e (Luo, 2005): one-to-one alignment of key and response clusters maximising the summed
  similarity ``phi4(K, R) = 2 |K & R| / (|K| + |R|)``; recall divides that sum by the number of
  key clusters, precision by the number of response clusters. The alignment uses
  ``scipy.optimize.linear_sum_assignment``.
- CoNLL F1 is the unweighted mean of the three F1 values.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from typing import Hashable, Mapping

import numpy as np

logger = logging.getLogger(__name__)

__all__ = ["PRF", "CorefScores", "clusters_of", "muc", "b_cubed", "ceaf_e", "score"]

Clustering = Mapping[Hashable, Hashable]


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and their harmonic mean."""

    precision: float
    """0..1."""
    recall: float
    """0..1."""

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall; 0 when both are 0."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass(frozen=True, slots=True)
class CorefScores:
    """The three link/mention/entity metrics and their CoNLL average."""

    muc: PRF
    """Link-based MUC."""
    b_cubed: PRF
    """Mention-based B-cubed."""
    ceaf_e: PRF
    """Entity-based CEAF with phi4 similarity."""

    @property
    def conll(self) -> float:
        """CoNLL F1: mean of the MUC, B-cubed and CEAF-e F1 values."""
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3


def _div(num: float, den: float) -> float:
    """num / den, 0 when den is 0."""
    return num / den if den else 0.0


def _groups(clustering: Clustering) -> dict[Hashable, frozenset[Hashable]]:
    """Cluster id -> its items, in order of first appearance."""
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for item, cid in clustering.items():
        groups[cid].add(item)
    return {cid: frozenset(g) for cid, g in groups.items()}


def clusters_of(clustering: Clustering) -> list[frozenset[Hashable]]:
    """Group items by cluster id, in order of first appearance."""
    return list(_groups(clustering).values())


def _muc_recall(key: Clustering, response: Clustering) -> float:
    """MUC recall of ``response`` against ``key``; swap the arguments for precision."""
    num = den = 0
    for cluster in clusters_of(key):
        parts = {response[i] if i in response else ("\0missing", i) for i in cluster}
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return _div(num, den)


def muc(key: Clustering, response: Clustering) -> PRF:
    """MUC precision and recall."""
    return PRF(precision=_muc_recall(response, key), recall=_muc_recall(key, response))


def _b_cubed_recall(key: Clustering, response: Clustering) -> float:
    """B-cubed recall of ``response`` against ``key``; swap the arguments for precision."""
    if not key:
        return 0.0
    response_clusters = _groups(response)
    total = 0.0
    for cluster in clusters_of(key):
        for item in cluster:
            if item in response:
                total += len(cluster & response_clusters[response[item]]) / len(cluster)
    return total / len(key)


def b_cubed(key: Clustering, response: Clustering) -> PRF:
    """B-cubed precision and recall."""
    return PRF(precision=_b_cubed_recall(response, key), recall=_b_cubed_recall(key, response))


def ceaf_e(key: Clustering, response: Clustering) -> PRF:
    """CEAF-e (phi4) precision and recall under the optimal one-to-one cluster alignment."""
    from scipy.optimize import linear_sum_assignment

    key_clusters, response_clusters = clusters_of(key), clusters_of(response)
    if not key_clusters or not response_clusters:
        return PRF(0.0, 0.0)
    sim = np.zeros((len(key_clusters), len(response_clusters)))
    # NOTE: only cluster pairs sharing an item have non-zero similarity; index items to skip the rest.
    where: dict[Hashable, int] = {}
    for j, cluster in enumerate(response_clusters):
        for item in cluster:
            where[item] = j
    for i, k in enumerate(key_clusters):
        for j in {where[item] for item in k if item in where}:
            r = response_clusters[j]
            sim[i, j] = 2 * len(k & r) / (len(k) + len(r))
    rows, cols = linear_sum_assignment(sim, maximize=True)
    total = float(sim[rows, cols].sum())
    return PRF(precision=total / len(response_clusters), recall=total / len(key_clusters))


def score(key: Clustering, response: Clustering) -> CorefScores:
    """All three metrics (and, through `CorefScores.conll`, their average)."""
    return CorefScores(muc=muc(key, response), b_cubed=b_cubed(key, response), ceaf_e=ceaf_e(key, response))
