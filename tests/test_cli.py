"""CLI behaviour: help, input errors, exit codes, output files, formats (real models marked slow)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

runner = CliRunner()


def test_cli_help_teaches_usage():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "Exit codes" in result.output and "--format" in result.output


def test_cli_help_is_fast_and_lazy():
    code = "import sys, checker.cli; print(sorted(m for m in ('torch','spacy','sentence_transformers') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cli_missing_path_is_one_line_exit_2(tmp_path):
    result = runner.invoke(app, [str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "E001" in result.output
    assert "Traceback" not in result.output


def test_cli_empty_folder_exit_2(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    (tmp_path / ".hidden.txt").write_text("Hidden text is skipped entirely here.")
    result = runner.invoke(app, [str(tmp_path)])
    assert result.exit_code == 2
    assert "E002" in result.output


def test_cli_non_utf8_exit_2(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au lait is served here every day")
    result = runner.invoke(app, [str(tmp_path)])
    assert result.exit_code == 2
    assert "E004" in result.output and "bad.txt" in result.output


def test_cli_llm_url_without_model_exit_2(tmp_path, corpus):
    result = runner.invoke(app, [str(corpus), "--llm-url", "http://127.0.0.1:9/v1"])
    assert result.exit_code == 2
    assert "--llm-model" in result.output


@pytest.mark.slow
def test_cli_json_contract_on_planted_corpus(corpus, tmp_path):
    out = tmp_path / "report.json"
    result = runner.invoke(app, [str(corpus), "--format", "json", "--output", str(out), "--quiet"])
    assert result.exit_code == 1, result.output
    data = json.loads(out.read_text())
    assert data["schema_version"] == 1
    assert [Path(d["path"]).name for d in data["documents"]] == ["alpha.txt", "beta.md", "gamma.txt"]
    assert data["documents"][0]["date"] == "2025-03-14"
    assert data["summary"]["findings"] == len(data["findings"]) > 0
    by_rule = {f["rule"]: f for f in data["findings"]}
    product = by_rule["CC101"]
    values = {tuple(c["values"]) for c in product["claims"]}
    assert ("Vela 3",) in values and ("Lyra 4", "Orion 2") in {tuple(sorted(v)) for v in values}
    for f in data["findings"]:
        assert len({c["path"] for c in f["claims"]}) >= 2
        for c in f["claims"]:
            text = Path(c["path"]).read_text(encoding="utf-8")
            line = text.split("\n")[c["line"] - 1]
            assert line[c["column"] - 1 :].startswith(c["text"][:20])
    assert "CC102" in by_rule  # early March 2025 vs August 2024


@pytest.mark.slow
def test_cli_exit_zero_and_fail_on_none(corpus):
    assert runner.invoke(app, [str(corpus), "-q", "-f", "json", "--exit-zero"]).exit_code == 0
    assert runner.invoke(app, [str(corpus), "-q", "-f", "json", "--fail-on", "none"]).exit_code == 0


@pytest.mark.slow
def test_cli_no_findings_exit_0(tmp_path):
    (tmp_path / "a.txt").write_text("The bakery on Elm Street opens at seven every morning.\n")
    (tmp_path / "b.txt").write_text("Rain is expected over the northern hills this weekend.\n")
    result = runner.invoke(app, [str(tmp_path), "-q", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["findings"] == []


@pytest.mark.slow
def test_cli_terminal_shows_quotes_with_path_line(corpus):
    result = runner.invoke(app, [str(corpus), "-q", "-f", "terminal", "--no-color"], env={"COLUMNS": "400"})
    assert result.exit_code == 1
    assert "alpha.txt:" in result.output and "Vela 3" in result.output and "CC101" in result.output


@pytest.mark.slow
def test_cli_write_claims_is_byte_stable(corpus, tmp_path):
    ledger = tmp_path / "claims"
    for _ in range(2):
        r = runner.invoke(app, [str(corpus), "-q", "-f", "json", "--write-claims", "--claims-dir", str(ledger), "--exit-zero"])
        assert r.exit_code == 0
        first = {p.name: p.read_bytes() for p in ledger.iterdir()} if _ == 0 else first  # noqa: F821
    again = {p.name: p.read_bytes() for p in ledger.iterdir()}
    assert set(again) == {"alpha.yaml", "beta.yaml", "gamma.yaml"}
    assert again == first
    assert b"Copyright" not in again["beta.yaml"]
