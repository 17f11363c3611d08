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
