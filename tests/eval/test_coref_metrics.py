"""Tests for eval.coref_metrics: textbook cases computed by hand."""

from __future__ import annotations

import pytest

from eval.coref_metrics import b_cubed, ceaf_e, clusters_of, muc, score

# NOTE: two key clusters, {a,b,c} and {d,e}; every case below is computed by hand from the definitions.
KEY = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}


def _clustering(*groups: str) -> dict[str, int]:
    """``"abc", "de"`` -> {a: 0, b: 0, c: 0, d: 1, e: 1}."""
    return {item: n for n, group in enumerate(groups) for item in group}


def test_coref_metrics_pradhan_2014_example() -> None:
    # NOTE: the worked example of Pradhan et al. (2014, ACL short paper, Fig. 1); the response has
    # a missing item (e) and spurious ones (h, i).
    key = _clustering("abc", "defg")
    response = _clustering("ab", "cd", "fghi")
    s = score(key, response)
    assert s.muc.recall == pytest.approx(0.4)
    assert s.muc.precision == pytest.approx(0.4)
    assert s.b_cubed.recall == pytest.approx(35 / 84)
    assert s.b_cubed.precision == pytest.approx(0.5)
    assert s.ceaf_e.recall == pytest.approx(0.65)
    assert s.ceaf_e.precision == pytest.approx(1.3 / 3)


def test_coref_metrics_perfect_clustering_scores_one() -> None:
    response = {"a": "x", "b": "x", "c": "x", "d": ("y", 2), "e": ("y", 2)}
    s = score(KEY, response)
    for prf in (s.muc, s.b_cubed, s.ceaf_e):
        assert (prf.precision, prf.recall, prf.f1) == pytest.approx((1.0, 1.0, 1.0))
    assert s.conll == pytest.approx(1.0)


def test_coref_metrics_all_singletons() -> None:
    s = score(KEY, _clustering("a", "b", "c", "d", "e"))
    assert (s.muc.precision, s.muc.recall, s.muc.f1) == (0.0, 0.0, 0.0)
    assert s.b_cubed.precision == pytest.approx(1.0)
    assert s.b_cubed.recall == pytest.approx(2 / 5)
    assert s.ceaf_e.recall == pytest.approx(7 / 12)
    assert s.ceaf_e.precision == pytest.approx(7 / 30)


def test_coref_metrics_all_in_one() -> None:
    s = score(KEY, _clustering("abcde"))
    assert s.muc.recall == pytest.approx(1.0)
    assert s.muc.precision == pytest.approx(3 / 4)
    assert s.b_cubed.recall == pytest.approx(1.0)
    assert s.b_cubed.precision == pytest.approx(13 / 25)
    assert s.ceaf_e.recall == pytest.approx(3 / 8)
    assert s.ceaf_e.precision == pytest.approx(3 / 4)
    assert s.ceaf_e.f1 == pytest.approx(1 / 2)
    assert s.conll == pytest.approx((6 / 7 + 26 / 38 + 1 / 2) / 3)


def test_coref_metrics_swapping_key_and_response_swaps_precision_and_recall() -> None:
    response = _clustering("ab", "cde")
    forward, backward = score(KEY, response), score(response, KEY)
    for f, b in ((forward.muc, backward.muc), (forward.b_cubed, backward.b_cubed), (forward.ceaf_e, backward.ceaf_e)):
        assert f.precision == pytest.approx(b.recall)
        assert f.recall == pytest.approx(b.precision)


def test_coref_metrics_b_cubed_missing_and_spurious_items_score_zero() -> None:
    p = b_cubed(_clustering("abc"), _clustering("abd"))
    assert (p.precision, p.recall, p.f1) == pytest.approx((4 / 9, 4 / 9, 4 / 9))


def test_coref_metrics_ceaf_e_alignment_is_one_to_one() -> None:
    # NOTE: both key clusters overlap the big response cluster most; only one may take it.
    p = ceaf_e(_clustering("abc", "de"), _clustering("abcd", "e"))
    # phi4({a,b,c},{a,b,c,d}) = 6/7, phi4({d,e},{e}) = 2/3.
    assert p.recall == pytest.approx((6 / 7 + 2 / 3) / 2)
    assert p.precision == pytest.approx((6 / 7 + 2 / 3) / 2)


def test_coref_metrics_muc_counts_links() -> None:
    # NOTE: splitting {a,b,c} into {a,b},{c} loses one of its two links; {d,e} is intact.
    p = muc(KEY, _clustering("ab", "c", "de"))
    assert p.recall == pytest.approx(2 / 3)
    assert p.precision == pytest.approx(1.0)


def test_coref_metrics_empty_inputs_score_zero() -> None:
    s = score({}, {})
    assert s.conll == 0.0


def test_coref_metrics_clusters_of_groups_by_id() -> None:
    assert sorted(map(sorted, clusters_of(KEY))) == [["a", "b", "c"], ["d", "e"]]
