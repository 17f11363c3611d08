"""ECB+ token detokenising: the texts `check` is evaluated on must read as written."""

from __future__ import annotations

import pytest

from eval.ecbplus import _detokenize


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        (["A", "6", ".", "1", "magnitude", "quake"], "A 6.1 magnitude quake"),
        (["at", "8", ":", "28", "PM"], "at 8:28 PM"),
        (["$", "2", ".", "6", "million"], "$2.6 million"),
        (["2", ",", "000", "people"], "2,000 people"),
        (["on", "Dec", ".", "7"], "on Dec. 7"),
        (["Posted", ":", "10", "May"], "Posted: 10 May"),
        (["it", "fell", ".", "He", "ran", "."], "it fell. He ran."),
        (["Smith", "didn", "’", "t", "return", "AMD", "’", "s", "call"], "Smith didn’t return AMD’s call"),
        (["the", "‘", "best", "’", "team"], "the ‘ best ’ team"),
    ],
)
def test_detokenize_joins_numbers_and_keeps_words_apart(tokens: list[str], text: str) -> None:
    assert _detokenize(tokens) == text


def test_detokenize_rejoins_split_hyphens_only_when_asked() -> None:
    tokens = ["T", "-", "Mobile", "said"]
    assert _detokenize(tokens, glue_hyphens=True) == "T-Mobile said"
    assert _detokenize(tokens) == "T - Mobile said"
