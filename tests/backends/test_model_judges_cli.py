"""The model judges wired through `check`: --nli-model on a tiny local model, --llm-url errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from checker.cli import app

from .test_nli import _save_tiny_model

runner = CliRunner()


@pytest.mark.slow
@pytest.mark.parametrize(("bias", "expect_cc301"), [((8.0, -8.0, -8.0), True), ((-8.0, 8.0, -8.0), False)])
def test_model_judges_cli_nli_model_adds_or_not_cc301(corpus, tmp_path, bias, expect_cc301):
    model = _save_tiny_model(tmp_path / "nli", {0: "contradiction", 1: "entailment", 2: "neutral"}, bias)
    result = runner.invoke(app, [str(corpus), "-q", "-f", "json", "--nli-model", str(model), "--no-cache"])
    assert result.exit_code in (0, 1), result.output
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert ("CC301" in rules) is expect_cc301


@pytest.mark.slow
def test_model_judges_cli_nli_model_missing_is_exit_2(corpus, tmp_path):
    result = runner.invoke(app, [str(corpus), "-q", "-f", "json", "--nli-model", str(tmp_path / "nothing")])
    assert result.exit_code == 2
    assert "E021" in result.output
