"""One orchestration path: `check`, `check review`, `check cache` and `check_paths` share settings and stages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.commands.review import review_app
from clifakes import fake_pipeline, fake_run  # noqa: F401  (fixture)

runner = CliRunner()


@pytest.fixture
def spy(fake_pipeline, monkeypatch):  # noqa: ANN001, ANN201
    """The fake pipeline, recording the settings of every run."""
    import checker.pipeline

    seen: list = []

    def record(sources, settings=None, *args, **kw):  # noqa: ANN001, ANN202
        seen.append(settings)
        return fake_run(sources, settings, *args, **kw)

    monkeypatch.setattr(checker.pipeline, "run", record)
    return seen


def test_commands_review_runs_with_the_same_settings_as_check(spy, corpus):
    (corpus / "check.yaml").write_text(
        "match: {average_threshold: 0.5}\nmin-confidence: 0.3\naliases: [kb.yaml]\njobs: 2\n"
        "nli-model: models/nli\nquiet: true\n"
    )
    import checker.pipeline

    built = []
    original = checker.pipeline.Settings.model_judge
    checker.pipeline.Settings.model_judge = lambda self: built.append(self.nli_model) or None  # type: ignore[method-assign]
    try:
        assert runner.invoke(app, [str(corpus), "-f", "json"]).exit_code == 1
        assert runner.invoke(review_app, [str(corpus), "--review-file", str(corpus / "r.yaml")], input="q\n").exit_code == 0
    finally:
        checker.pipeline.Settings.model_judge = original  # type: ignore[method-assign]
    check_settings, review_settings = spy
    assert check_settings.match.average_threshold == 0.5 and check_settings.cache is True
    fields = ("match", "judge", "alias_files", "cache", "cache_dir", "engine", "jobs", "exclude", "nli_model")
    assert {f: getattr(review_settings, f) for f in fields} == {f: getattr(check_settings, f) for f in fields}
    assert built == [str(corpus / "models" / "nli")] * 2


def test_commands_review_acknowledges_what_check_reports_with_match_settings(fake_pipeline, corpus, tmp_path):
    (corpus / "check.yaml").write_text("match: {average_threshold: 0.5}\nquiet: true\n")
    review_file = tmp_path / "review.yaml"
    findings = json.loads(runner.invoke(app, [str(corpus), "-f", "json"]).stdout)["findings"]
    for f in findings:
        r = runner.invoke(review_app, [str(corpus), "--dismiss", f["fingerprint"][:8], "--reason", "known",
                                       "--review-file", str(review_file), "--who", "t"])
        assert r.exit_code == 0, r.output
    again = runner.invoke(app, [str(corpus), "-f", "json", "--review-file", str(review_file)])
    assert again.exit_code == 0 and len(json.loads(again.stdout)["acknowledged"]) == len(findings)


def test_commands_a_folder_named_review_is_checkable(fake_pipeline, corpus, tmp_path, monkeypatch, capsys):
    import shutil

    from checker.cli import main

    shutil.copytree(corpus, tmp_path / "review")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["check", "./review", "-q", "-f", "json"])
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 1
    assert [Path(d["path"]).name for d in json.loads(capsys.readouterr().out)["documents"]] == ["alpha.txt", "beta.md", "gamma.txt"]


def test_commands_no_import_circle():
    code = ("import sys, checker.commands.review, checker.commands.cache, checker.pipeline; "
            "print('checker.cli' in sys.modules, 'checker.commands.check' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_commands_check_paths_applies_the_review_file_and_config(fake_pipeline, corpus, tmp_path, monkeypatch):
    from checker import check_paths
    from checker.review import Decision, Review, save_review

    monkeypatch.chdir(tmp_path)
    first = check_paths([str(corpus)])
    assert len(first.findings) == 2 and not first.acknowledged
    fp = first.findings[0].fingerprint
    save_review(tmp_path / "claims" / "review.yaml", Review({fp: Decision(fp, "confirmed")}))
    again = check_paths([str(corpus)])
    assert [f.fingerprint for f in again.acknowledged] == [fp] and len(again.findings) == 1
    (corpus / "check.yaml").write_text("min-confidence: 0.95\n")
    assert check_paths([str(corpus)]).findings == ()


def test_commands_ledger_is_written_by_the_pipeline(fake_pipeline, corpus, tmp_path):
    from checker.pipeline import Settings, check

    check([str(corpus)], Settings(claims_dir=str(tmp_path / "ledger")))
    assert sorted(p.name for p in (tmp_path / "ledger").iterdir()) == ["alpha.yaml", "beta.yaml", "gamma.yaml"]


# --- everything that can fail is checked before the expensive stages ----------------------------


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--dismiss", "abcdef12"], "needs --reason"),
        (["--dismiss", "abcdef12", "--reason", "  "], "needs --reason"),
        (["--confirm", "abc"], "6 characters"),
        (["--confirm", "not-a-fingerprint"], "hexadecimal"),
        (["--confirm", "abcdef12", "--dismiss", "abcdef12", "--reason", "x"], "not both"),
        (["--reason", "why"], "--reason goes with"),
    ],
)
def test_commands_review_flags_fail_before_the_pipeline_runs(spy, corpus, tmp_path, args, needle):
    result = runner.invoke(review_app, [str(corpus), "-q", "--review-file", str(tmp_path / "r.yaml"), *args])
    assert result.exit_code == 2 and needle in result.stderr and result.stderr.count("\n") == 1
    assert spy == []


def test_commands_bad_output_or_review_file_fail_before_the_pipeline_runs(spy, corpus, tmp_path):
    (tmp_path / "folder").mkdir()
    result = runner.invoke(app, [str(corpus), "-q", "-o", str(tmp_path / "folder")])
    assert result.exit_code == 2 and "E040" in result.stderr and "folder" in result.stderr
    (tmp_path / "file").write_text("x")
    result = runner.invoke(app, [str(corpus), "-q", "-o", str(tmp_path / "file" / "out.json")])
    assert result.exit_code == 2 and "E040" in result.stderr
    bad = tmp_path / "review.yaml"
    bad.write_text("decisions: [oops\n")
    for command in (app, review_app):
        result = runner.invoke(command, [str(corpus), "-q", "--review-file", str(bad)])
        assert result.exit_code == 2 and "E030" in result.stderr
    assert spy == []
    assert bad.read_text() == "decisions: [oops\n"


# --- output: plain text off a terminal, concise, GitHub job summary --------------------------------


def test_commands_piped_output_is_the_plain_text_report_not_json(fake_pipeline, corpus):
    result = runner.invoke(app, [str(corpus), "-q"], env={"FORCE_COLOR": "", "NO_COLOR": ""})
    assert result.exit_code == 1
    out = result.stdout
    assert out.startswith("event: restrict · northwind\nCC101 contradiction  product  confidence 0.90  [")
    assert not set("╭╮╰╯│") & set(out) and "\x1b[" not in out
    assert f"    {corpus}/alpha.txt:1:1  “" in out
    assert out.rstrip().endswith("1 contradiction, 1 scope-difference")


def test_commands_concise_is_one_line_per_finding(fake_pipeline, corpus):
    result = runner.invoke(app, [str(corpus), "-q", "-f", "concise"])
    lines = result.stdout.splitlines()
    findings = json.loads(runner.invoke(app, [str(corpus), "-q", "-f", "json"]).stdout)["findings"]
    assert len(lines) == len(findings) + 1 and lines[-1] == "2 findings"
    for line, f in zip(lines, findings):
        c = f["claims"][0]
        assert line.startswith(f"{c['path']}:{c['line']}:{c['column']}: {f['rule']} ")
        assert line.endswith(f"[{f['fingerprint']}]")


def test_commands_github_format_writes_the_job_summary(fake_pipeline, corpus, tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    result = runner.invoke(app, [str(corpus), "-q", "-f", "github"], env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.exit_code == 1
    assert sum(line.startswith(("::error", "::warning")) for line in result.stdout.splitlines()) == 2
    text = summary.read_text()
    assert text.startswith("earlier step\n## check: 2 open findings") and text.count("| error |") == 1


def test_commands_cache_reads_cache_dir_from_config(tmp_path, monkeypatch):
    from checker.commands.cache import cache_app

    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "check.yaml").write_text("cache-dir: build/cache\n")
    result = runner.invoke(cache_app, ["info"])
    assert result.exit_code == 0 and result.output.strip() == f"no cache at {Path('build/cache')}"
    (tmp_path / "check.yaml").write_text("cache-dir: [1]\n")
    result = runner.invoke(cache_app, ["info"])
    assert result.exit_code == 2 and "E010" in result.output


def test_commands_main_freezes_what_is_left_at_exit_instead_of_collecting_it(monkeypatch, tmp_path):
    import atexit
    import gc

    from checker.cli import main

    registered: list = []
    monkeypatch.setattr(atexit, "register", lambda fn, *a, **k: registered.append(fn) or fn)
    monkeypatch.setattr(sys, "argv", ["check", "cache", "info", "--cache-dir", str(tmp_path / "none")])
    try:
        main()
    except SystemExit:
        pass
    assert registered == [gc.freeze]
