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


def test_cli_help_names_every_document_kind_read():
    from checker.sources import SUFFIXES

    text = " ".join(runner.invoke(app, ["--help"]).output.split())
    intro, _, options = text.partition("Arguments")
    for suffix in SUFFIXES:
        assert f"{suffix} " in intro or f"{suffix}," in intro, suffix
        assert suffix in options, suffix


def test_cli_help_is_fast_and_lazy():
    code = "import sys, checker.cli; print(sorted(m for m in ('torch','spacy','sentence_transformers') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cli_missing_path_is_one_line_exit_2(tmp_path):
    result = runner.invoke(app, [str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "E001" in result.output
    assert "Traceback" not in result.output


def test_cli_empty_folder_warns_and_exits_0(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    (tmp_path / ".hidden.txt").write_text("Hidden text is skipped entirely here.")
    result = runner.invoke(app, [str(tmp_path), "-f", "json"])
    assert result.exit_code == 0
    assert "warning" in result.stderr and "E002" in result.stderr
    assert json.loads(result.stdout)["documents"] == []


def test_cli_non_utf8_is_detected_not_fatal(fake_pipeline, tmp_path):
    (tmp_path / "latin.txt").write_bytes("Le café a servi 1 200 personnes dimanche à Genève, selon le propriétaire.".encode("latin-1"))
    result = runner.invoke(app, [str(tmp_path), "-f", "json", "-q"])
    assert result.exit_code == 0, result.stderr
    (doc,) = json.loads(result.stdout)["documents"]
    assert doc["path"].endswith("latin.txt")


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


# --- fast CLI tests over the fake pipeline (tests/clifakes.py) -----------------------------------

from clifakes import fake_pipeline  # noqa: E402,F401  (fixture)


def test_cli_json_stdout_parses_while_progress_goes_to_stderr(fake_pipeline, corpus):
    result = runner.invoke(app, [str(corpus), "-f", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["summary"]["findings"] == 2
    assert "parsing 3 documents" in result.stderr and "done: 2 findings" in result.stderr
    assert "parsing" not in result.stdout


def test_cli_quiet_silences_progress(fake_pipeline, corpus):
    result = runner.invoke(app, [str(corpus), "-f", "json", "--quiet"])
    assert result.stderr == ""
    json.loads(result.stdout)


def test_cli_statistics_on_stderr(fake_pipeline, corpus):
    result = runner.invoke(app, [str(corpus), "-f", "json", "-q", "--statistics"])
    assert result.exit_code == 1
    json.loads(result.stdout)
    err = result.stderr
    assert err.startswith("statistics\n")
    rows = {tuple(line.split()) for line in err.splitlines()}
    assert ("documents", "3") in rows and ("claims", "3") in rows and ("events", "1") in rows
    assert ("CC101", "product", "1", "0") in rows and ("CC104", "target", "1", "0") in rows
    assert ("error", "1", "0") in rows and ("warning", "1", "0") in rows
    stages = [line.split()[0] for line in err[err.index("  stage"):].splitlines()[1:]]
    assert stages == ["read", "parse", "embed", "judge", "review", "report", "total"]


def test_cli_statistics_count_acknowledged(fake_pipeline, corpus, tmp_path):
    from checker.review import Decision, Review, save_review

    first = json.loads(runner.invoke(app, [str(corpus), "-f", "json", "-q"]).stdout)["findings"][0]
    review_file = tmp_path / "review.yaml"
    save_review(review_file, Review({first["fingerprint"]: Decision(first["fingerprint"], "confirmed"),
                                     "0" * 16: Decision("0" * 16, "dismissed", reason="gone")}))
    result = runner.invoke(app, [str(corpus), "-f", "json", "-q", "--statistics", "--review-file", str(review_file)])
    assert "  findings   1 open, 1 acknowledged, 1 stale review entry" in result.stderr.splitlines()
    assert ("CC101", "product", "0", "1") in {tuple(line.split()) for line in result.stderr.splitlines()}


@pytest.mark.parametrize("fmt", ["terminal", "json", "sarif", "github", "markdown", "junit"])
def test_cli_every_format_writes_output_file(fake_pipeline, corpus, tmp_path, fmt):
    out = tmp_path / "out" / f"report.{fmt}"
    result = runner.invoke(app, [str(corpus), "-f", fmt, "-o", str(out), "-q"])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "alpha.txt" in text and "\x1b[" not in text
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # NOTE: no temp file left behind


def test_cli_fail_on_contradiction_ignores_scope_difference(fake_pipeline, corpus, tmp_path):
    from checker.review import Decision, Review, save_review

    findings = json.loads(runner.invoke(app, [str(corpus), "-q", "-f", "json"]).stdout)["findings"]
    cc101 = next(f["fingerprint"] for f in findings if f["rule"] == "CC101")
    review_file = tmp_path / "review.yaml"
    save_review(review_file, Review({cc101: Decision(cc101, "confirmed")}))
    args = [str(corpus), "-q", "-f", "json", "--review-file", str(review_file)]
    assert runner.invoke(app, args).exit_code == 1  # the open CC104 scope-difference
    assert runner.invoke(app, [*args, "--fail-on", "contradiction"]).exit_code == 0
    assert runner.invoke(app, [*args, "--exit-zero"]).exit_code == 0


def test_cli_min_confidence_drops_findings(fake_pipeline, corpus):
    result = runner.invoke(app, [str(corpus), "-q", "-f", "json", "--min-confidence", "0.95"])
    assert result.exit_code == 0 and json.loads(result.stdout)["findings"] == []


def _ansi(result) -> bool:
    return "\x1b[" in result.stdout


def test_cli_no_color_env_and_flag_drop_escape_codes(fake_pipeline, corpus):
    args = [str(corpus), "-q", "-f", "terminal"]
    forced = {"FORCE_COLOR": "1", "COLUMNS": "120", "NO_COLOR": ""}
    assert _ansi(runner.invoke(app, args, env=forced))  # NOTE: the control: colours when forced
    assert not _ansi(runner.invoke(app, args, env={**forced, "NO_COLOR": "1"}))
    assert not _ansi(runner.invoke(app, [*args, "--no-color"], env=forced))
    plain = runner.invoke(app, [*args, "--no-color"], env=forced)
    assert "CC101" in plain.stdout and "alpha.txt:1:1" in plain.stdout


def test_cli_exclude_glob_drops_documents(fake_pipeline, corpus):
    result = runner.invoke(app, [str(corpus), "-q", "-f", "json", "--exclude", "gamma.*"])
    assert [Path(d["path"]).name for d in json.loads(result.stdout)["documents"]] == ["alpha.txt", "beta.md"]
    (corpus / "drafts").mkdir()
    (corpus / "drafts" / "zeta.txt").write_text("A draft that is not ready to be checked yet.\n")
    names = lambda r: [Path(d["path"]).name for d in json.loads(r.stdout)["documents"]]  # noqa: E731
    assert "zeta.txt" in names(runner.invoke(app, [str(corpus), "-q", "-f", "json"]))
    assert "zeta.txt" not in names(runner.invoke(app, [str(corpus), "-q", "-f", "json", "--exclude", "drafts"]))


def test_cli_exclude_everything_warns_e002(fake_pipeline, corpus):
    result = runner.invoke(app, [str(corpus), "-q", "--exclude", "*", "-f", "json"])
    assert result.exit_code == 0 and "E002" in result.stderr and "--exclude" in result.stderr


# --- config: discovery, precedence, errors --------------------------------------------------------


def test_cli_config_from_pyproject_applies(fake_pipeline, corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.check]\nformat = "github"\nfail-on = "none"\nmin-confidence = 0.7\nquiet = true\n'
    )
    result = runner.invoke(app, ["docs"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("::error file=docs/alpha.txt,line=1")
    assert "CC104" not in result.stdout  # 0.6 < min-confidence
    assert result.stderr == ""


def test_cli_flags_on_the_command_line_win_over_config(fake_pipeline, corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "check.yaml").write_text("format: github\nfail-on: none\nmin-confidence: 0.7\n")
    result = runner.invoke(app, ["docs", "-f", "json", "--fail-on", "any", "--min-confidence", "0.0", "-q"])
    assert result.exit_code == 1
    assert len(json.loads(result.stdout)["findings"]) == 2
    # NOTE: a flag given with its default value still wins: the source is the command line, not the value.
    same_as_default = runner.invoke(app, ["docs", "-f", "json", "--min-confidence", "0", "-q"])
    assert same_as_default.exit_code == 0 and len(json.loads(same_as_default.stdout)["findings"]) == 2


def test_cli_config_review_file_is_relative_to_config(fake_pipeline, corpus, tmp_path, monkeypatch):
    from checker.review import Decision, Review, save_review

    monkeypatch.chdir(tmp_path)
    (tmp_path / "check.yaml").write_text("review-file: ci/review.yaml\nformat: json\nquiet: true\n")
    findings = json.loads(runner.invoke(app, ["docs"]).stdout)["findings"]
    save_review(tmp_path / "ci" / "review.yaml",
                Review({f["fingerprint"]: Decision(f["fingerprint"], "dismissed", reason="ok") for f in findings}))
    monkeypatch.chdir(corpus)
    result = runner.invoke(app, ["."])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["acknowledged"]) == 2


def test_cli_bad_config_is_one_line_e010_exit_2(fake_pipeline, corpus, tmp_path):
    (corpus / "check.yaml").write_text("fail-on: sometimes\n")
    result = runner.invoke(app, [str(corpus), "-q"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "[E010] bad config in" in result.stderr and "check.yaml" in result.stderr
    assert "Traceback" not in result.output


def test_cli_explicit_config_file(fake_pipeline, corpus, tmp_path):
    cfg = tmp_path / "ci.yaml"
    cfg.write_text("format: markdown\nexit-zero: true\nquiet: true\n")
    result = runner.invoke(app, [str(corpus), "--config", str(cfg)])
    assert result.exit_code == 0 and result.stdout.startswith("## check:")
    missing = runner.invoke(app, [str(corpus), "--config", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2 and "E010" in missing.stderr


def test_cli_malformed_review_file_is_exit_2_and_untouched(fake_pipeline, corpus, tmp_path):
    review_file = tmp_path / "review.yaml"
    review_file.write_text("decisions: [oops\n")
    result = runner.invoke(app, [str(corpus), "-q", "--review-file", str(review_file)])
    assert result.exit_code == 2 and "E030" in result.stderr
    assert review_file.read_text() == "decisions: [oops\n"


@pytest.mark.slow
def test_cli_real_run_json_stdout_progress_and_statistics_on_stderr(corpus):
    env = {**__import__("os").environ, "NO_COLOR": "1"}
    out = subprocess.run([str(Path(sys.executable).with_name("check")), str(corpus), "-f", "json", "--statistics"],
                         capture_output=True, text=True, env=env, timeout=600, check=False)
    assert out.returncode == 1, out.stderr
    data = json.loads(out.stdout)
    assert data["findings"]
    assert "] parsing 3 documents" in out.stderr
    stats = out.stderr[out.stderr.index("statistics\n"):]
    stages = [line.split()[0] for line in stats[stats.index("  stage"):].splitlines()[1:]]
    assert {"read", "parse", "embed", "judge", "review", "report", "total"} <= set(stages)
    assert f"  findings   {len(data['findings'])} open" in stats


def test_cli_config_reaches_pipeline_settings(fake_pipeline, corpus, tmp_path, monkeypatch):
    import checker.pipeline
    from clifakes import fake_run

    seen = {}

    def spy(sources, settings=None, *args, **kw):
        seen["settings"] = settings
        return fake_run(sources, settings, *args, **kw)

    monkeypatch.setattr(checker.pipeline, "run", spy)
    (corpus / "check.yaml").write_text("min-confidence: 0.25\naliases: [kb.yaml]\nno-cache: true\njobs: 2\n")
    assert runner.invoke(app, [str(corpus), "-q", "-f", "json", "--jobs", "1"]).exit_code == 1
    settings = seen["settings"]
    assert settings.judge.min_confidence == 0.25
    assert [Path(a) for a in settings.alias_files] == [corpus / "kb.yaml"]
    assert getattr(settings, "cache", False) is False and getattr(settings, "jobs", 1) == 1


def test_cli_write_atomic_never_replaces_a_device(tmp_path):
    import os
    import stat

    from checker.atomic import write_text as write_atomic

    write_atomic(os.devnull, "report\n")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    target = tmp_path / "out.json"
    target.write_text("old")
    write_atomic(str(target), "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_cli_version():
    from checker import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"check {__version__}"


def test_cli_internal_error_is_one_line_exit_3(corpus, monkeypatch):
    import checker.pipeline

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(checker.pipeline, "run", boom)
    result = runner.invoke(app, [str(corpus), "-q", "-f", "json"])
    assert result.exit_code == 3
    assert "internal error: RuntimeError: disk on fire" in result.output and "Traceback" not in result.output
