"""eval.ecb_findings: which findings on ECB+ are certainly wrong comparisons."""

from __future__ import annotations

import pytest

from eval.ecb_findings import kind_of


@pytest.mark.parametrize(
    ("paths", "kind"),
    [
        (["12/12_10ecb.txt", "12/12_15ecb.txt"], "within-event"),
        (["12/12_4ecbplus.txt", "12/12_7ecbplus.txt"], "within-event"),
        (["12/12_10ecb.txt", "12/12_4ecbplus.txt"], "cross-event"),
        (["12/12_10ecb.txt", "3/3_1ecb.txt"], "cross-topic"),
        (["1/1_10ecb.txt", "12/12_1ecbplus.txt"], "cross-topic"),  # NOTE: topic 1 is not topic 12
    ],
)
def test_ecb_findings_kind_of(paths, kind):
    assert kind_of(paths) == kind


def test_ecb_findings_mixed_events_counts_events_across_a_topics_two_events():
    from eval.ecb_findings import mixed_events

    events = [
        ["12/12_10ecb.txt", "12/12_4ecbplus.txt"],  # NOTE: both events of topic 12
        ["12/12_10ecb.txt", "12/12_15ecb.txt"],
        ["3/3_1ecb.txt", "3/3_2ecbplus.txt", "3/3_2ecbplus.txt"],
        ["3/3_1ecb.txt", "12/12_4ecbplus.txt"],  # NOTE: two topics: not counted here
        ["5/5_1ecbplus.txt"],
    ]
    assert mixed_events(events) == (2, {"12", "3"})


def test_ecb_findings_pair_kinds_counts_claim_pairs_of_different_documents():
    from eval.ecb_findings import pair_kinds

    events = [["12/12_10ecb.txt", "12/12_10ecb.txt", "12/12_4ecbplus.txt", "12/12_15ecb.txt"], ["3/3_1ecb.txt"]]
    # NOTE: the two claims of 12_10ecb are one document (never compared as two sources)
    assert pair_kinds(events) == {"cross-event": 3, "within-event": 2}
