"""Tests of eval.why: one expected conflict traced through matching, the rules and the question alignment."""

from __future__ import annotations

import pytest

from eval import why

pytestmark = pytest.mark.slow


def _folder(tmp_path, second: str):
    (tmp_path / "one.txt").write_text("Harbour Bridge reopens\n\nThe new Harbour Bridge cost $42 million, the city said on Monday.\n")
    (tmp_path / "two.txt").write_text(f"City opens bridge\n\n{second}\n")
    return str(tmp_path)


def test_a_conflict_is_traced_to_the_rule_that_keeps_it(tmp_path, capsys):
    folder = _folder(tmp_path, "The new Harbour Bridge cost $38 million, the city said on Monday.")
    assert why.main([folder, "42 million", "38 million"]) == 0
    out = capsys.readouterr().out
    assert "=== pair: one event" in out
    assert "CC103: contradiction quantity" in out
    assert "aligned=True" in out and "-> kept" in out
    assert "quantities '$42 million'" in out


def test_texts_in_no_claim_or_one_document_end_with_exit_1_and_say_why(tmp_path, capsys):
    folder = _folder(tmp_path, "The new Harbour Bridge cost $42 million, the city said on Monday.")
    assert why.main([folder, "42 million", "nowhere in the folder"]) == 1
    assert "no claim contains 'nowhere in the folder'" in capsys.readouterr().out
    assert why.main([folder, "Harbour Bridge cost", "the city said"]) == 0
    assert why.main([folder, "city opens", "city opens"]) == 1
    assert "only in claims of one document" in capsys.readouterr().out
