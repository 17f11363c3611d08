"""`check review` scripted end to end: a dismissed finding stops failing the run."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.review_cli import review_app

runner = CliRunner()


@pytest.mark.slow
def test_review_cli_dismiss_acknowledges_and_stops_failing(corpus, tmp_path):
    review_file = tmp_path / "review.yaml"
    first = runner.invoke(app, [str(corpus), "-q", "-f", "json", "--review-file", str(review_file)])
    assert first.exit_code == 1
    findings = json.loads(first.stdout)["findings"]
    for f in findings:
        r = runner.invoke(review_app, [str(corpus), "--dismiss", f["fingerprint"][:8], "--reason", "checked by hand",
                                       "--review-file", str(review_file), "--who", "tester"])
        assert r.exit_code == 0, r.output
    again = runner.invoke(app, [str(corpus), "-q", "-f", "json", "--review-file", str(review_file)])
    assert again.exit_code == 0
    data = json.loads(again.stdout)
    assert data["findings"] == [] and len(data["acknowledged"]) == len(findings)
    assert "tester" in review_file.read_text()


@pytest.mark.slow
def test_review_cli_unknown_fingerprint_exit_2(corpus, tmp_path):
    r = runner.invoke(review_app, [str(corpus), "--confirm", "zzzzzzzz", "--review-file", str(tmp_path / "r.yaml")])
    assert r.exit_code == 2
    assert "E031" in r.output
