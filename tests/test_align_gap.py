"""Two sums of one currency near each other (`checker.judge.align.CLOSE_GAP`) ask one question without a shared word."""

from __future__ import annotations

import tempfile
from pathlib import Path

from checker.judge import align as al
from checker.judge import judge_pair
from checker.knowledge import load_knowledge
from checker.models import Claim, Quantity, Slots

KB = load_knowledge()


def _claim(text: str, sid: str, *qs: Quantity) -> Claim:
    return Claim(sid, f"{sid}.md", 0, len(text), 1, 1, 1, text, slots=Slots(quantities=qs))


def _round(value: float = 42e6, unit: str = "euro", text: str = "42 million euros") -> Claim:
    return _claim(f"The round of {text} was led by Northgate Ventures.", "a", Quantity(value, unit, "=", text))


def _took(value: float = 24e6, unit: str = "euro", text: str = "24 million euros", **kw) -> Claim:
    return _claim(f"In total the company took in {text}.", "b", Quantity(value, unit, "=", text, **kw))


def test_align_gap_close_sums_need_no_shared_word():
    got = al.align(_round(), "42 million euros", _took(), "24 million euros", KB)
    assert got.aligned and got.attribute == 0.0 and got.masked == 0.0
    # NOTE: one currency by its sign and by its name
    assert al.align(_round(42e6, "eur", "€42 million"), "€42 million", _took(), "24 million euros", KB).aligned


def test_align_gap_far_apart_other_units_or_rates_stay_apart():
    far = al.align(_round(), "42 million euros", _took(240e6, text="240 million euros"), "240 million euros", KB)
    assert not far.aligned and "measure different things" in far.why
    # NOTE: a noun CLDR also names a unit of account by ("400,000 accounts" / "more than 600,000 accounts") is no money
    assert not al.align(_round(4e5, "account", "400,000 accounts"), "400,000 accounts", _took(6e5, "account", "600,000 accounts"),
                        "600,000 accounts", KB).aligned
    # NOTE: shares crowd together whatever they are of; nearness says nothing there
    assert not al.align(_round(42, "percent", "42 percent"), "42 percent", _took(24, "percent", "24 percent"), "24 percent", KB).aligned
    assert not al.align(_round(), "42 million euros", _took(24e6, text="24 million euros", per="year"), "24 million euros", KB).aligned
    assert not al.align(_round(), "42 million euros", _took(24e6, text="24 million euros", relation="difference"),
                        "24 million euros", KB).aligned


def test_align_gap_the_sentences_still_must_be_near_paraphrases():
    got = al.align(_round(), "42 million euros", _took(), "24 million euros", KB, similarity=0.3)
    assert not got.aligned and "not paraphrases" in got.why


def test_align_gap_close_sums_told_by_the_parser_are_one_figure(real_parser):
    from checker.normalize import normalize
    from checker.parse import parse
    from checker.sources import read_sources

    def told(text: str) -> Claim:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "a.txt"
            path.write_text(text, encoding="utf-8")
            srcs = read_sources([str(path)])
            return normalize(parse(srcs, real_parser), srcs)[0][0]

    a = told("The round of 42 million euros was led by Northgate Ventures.")
    assert [v.code for v in judge_pair(a, told("In total the company took in 24 million euros."), KB)] == ["CC103"]
    assert [v.code for v in judge_pair(a, told("In total the company took in 240 million euros."), KB)] == []
