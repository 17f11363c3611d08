"""`check review` scripted end to end: a dismissed finding stops failing the run."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.commands.review import review_app

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


# --- interactive review over the fake pipeline (tests/clifakes.py), typer's runner ------------------

import os  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402

from clifakes import fake_pipeline  # noqa: E402,F401  (fixture)

from checker.review import load_review  # noqa: E402
from checker.commands.review import PROMPT  # noqa: E402


def _review(corpus, review_file, answers: str, *extra: str):
    return runner.invoke(review_app, [str(corpus), "--review-file", str(review_file), "--who", "tester", "-q", *extra],
                         input=answers, env={"COLUMNS": "240"})


def test_review_cli_interactive_dismiss_then_quit(fake_pipeline, corpus, tmp_path):
    review_file = tmp_path / "claims" / "review.yaml"
    result = _review(corpus, review_file, "d\nnot the same event\nq\n")
    assert result.exit_code == 0, result.output
    assert result.output.count(PROMPT) == 2
    assert "finding 1/2" in result.output and "alpha.txt:1:1" in result.output
    assert "review: 1 decided, 0 skipped, 1 open" in result.output
    decisions = list(load_review(review_file).decisions.values())
    assert [(d.rule, d.verdict, d.reason, d.who) for d in decisions] == [
        ("CC101", "dismissed", "not the same event", "tester")
    ]
    assert decisions[0].when.endswith("Z") and decisions[0].claims[0].endswith("alpha.txt:1")
    # NOTE: a normal run now shows it as acknowledged; the remaining open finding still fails.
    run = runner.invoke(app, [str(corpus), "-q", "-f", "json", "--review-file", str(review_file)])
    data = json.loads(run.stdout)
    assert run.exit_code == 1
    assert [f["rule"] for f in data["findings"]] == ["CC104"]
    assert [(f["rule"], f["acknowledged"]) for f in data["acknowledged"]] == [("CC101", "dismissed")]


def test_review_cli_interactive_skip_confirm_and_unknown_keys(fake_pipeline, corpus, tmp_path):
    review_file = tmp_path / "review.yaml"
    result = _review(corpus, review_file, "x\ns\nconfirm\n")
    assert result.exit_code == 0, result.output
    assert result.output.count(PROMPT) == 3  # NOTE: "x" is asked again
    assert "review: 1 decided, 1 skipped, 1 open" in result.output
    assert [d.verdict for d in load_review(review_file).decisions.values()] == ["confirmed"]
    again = _review(corpus, review_file, "q\n")
    assert "finding 1/1" in again.output and "CC101" in again.output and "CC104" not in again.output


def test_review_cli_dismiss_asks_again_for_an_empty_reason(fake_pipeline, corpus, tmp_path):
    review_file = tmp_path / "review.yaml"
    result = _review(corpus, review_file, "d\n\n  \nduplicate wording\nq\n")
    assert result.output.count("reason:") == 3
    assert next(iter(load_review(review_file).decisions.values())).reason == "duplicate wording"


def test_review_cli_end_of_input_stops_and_keeps_decisions(fake_pipeline, corpus, tmp_path):
    review_file = tmp_path / "review.yaml"
    result = _review(corpus, review_file, "c\n")
    assert result.exit_code == 0, result.output
    assert "review: 1 decided" in result.output
    assert len(load_review(review_file)) == 1
    # NOTE: end of input while a reason is asked records nothing for that finding.
    result = _review(corpus, tmp_path / "other.yaml", "d\n")
    assert result.exit_code == 0 and not (tmp_path / "other.yaml").exists()


def test_review_cli_no_open_findings_and_stale_entries(fake_pipeline, corpus, tmp_path):
    review_file = tmp_path / "review.yaml"
    _review(corpus, review_file, "c\nc\n")
    (corpus / "gamma.txt").unlink()  # NOTE: the CC104 finding disappears: its decision goes stale
    result = _review(corpus, review_file, "")
    assert "1 stale review entry" in result.output and "no open findings (1 acknowledged)" in result.output


def test_review_cli_scripted_confirm_by_prefix(fake_pipeline, corpus, tmp_path):
    review_file = tmp_path / "review.yaml"
    fp = json.loads(runner.invoke(app, [str(corpus), "-q", "-f", "json"]).stdout)["findings"][0]["fingerprint"]
    result = runner.invoke(review_app, [str(corpus), "-q", "--confirm", fp[:8], "--review-file", str(review_file)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"confirmed {fp} (CC101 product)")
    no_reason = runner.invoke(review_app, [str(corpus), "-q", "--dismiss", fp, "--review-file", str(review_file)])
    assert no_reason.exit_code == 2 and "needs --reason" in no_reason.stderr
    assert load_review(review_file).get(fp).verdict == "confirmed"  # type: ignore[union-attr]


def test_review_cli_malformed_review_file_exit_2_untouched(fake_pipeline, corpus, tmp_path):
    review_file = tmp_path / "review.yaml"
    review_file.write_text("version: 1\ndecisions:\n  - fingerprint: abc\n    verdict: maybe\n")
    before = review_file.read_bytes()
    for extra in ([], ["--confirm", "abcdef"]):
        result = _review(corpus, review_file, "c\n", *extra)
        assert result.exit_code == 2
        assert result.stderr.startswith("check: error: [E030] bad review file") and result.stderr.count("\n") == 1
    assert review_file.read_bytes() == before


def test_review_cli_reads_review_file_from_config(fake_pipeline, corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "check.yaml").write_text("review-file: ci/decisions.yaml\nquiet: true\n")
    result = runner.invoke(review_app, ["docs", "--who", "tester"], input="c\nq\n")
    assert result.exit_code == 0, result.output
    assert len(load_review(tmp_path / "ci" / "decisions.yaml")) == 1


def test_review_cli_is_reached_through_main(fake_pipeline, corpus, tmp_path, monkeypatch, capsys):
    from checker.cli import main

    monkeypatch.setattr(sys, "argv", ["check", "review", str(corpus), "-q", "--review-file", str(tmp_path / "r.yaml")])
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("q\n"))
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 0
    assert "finding 1/2" in capsys.readouterr().out


# --- interactive review in a real terminal (tmux) -------------------------------------------------

_TMUX = shutil.which("tmux")
_CHECK = Path(sys.executable).with_name("check")


def _pane(tmux: list[str], target: str) -> str:
    return subprocess.run([*tmux, "capture-pane", "-p", "-J", "-S", "-200", "-t", target],
                          capture_output=True, text=True, check=True).stdout


def _wait_for(tmux: list[str], target: str, needle: str, count: int = 1, timeout: float = 180.0) -> str:
    """Poll the pane until ``needle`` shows ``count`` times; fail with the screen after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _pane(tmux, target)
        if screen.count(needle) >= count:
            return screen
        time.sleep(0.25)
    raise AssertionError(f"{needle!r} x{count} not on screen after {timeout:.0f}s:\n{screen}")


@pytest.mark.slow
@pytest.mark.skipif(_TMUX is None, reason="tmux is not installed (the Makefile's install step provides it)")
def test_review_cli_interactive_in_a_real_terminal_with_tmux(corpus, tmp_path):
    review_file = tmp_path / "review.yaml"
    # NOTE: a private server socket: the test never touches the user's tmux sessions.
    tmux = [_TMUX, "-L", f"check-test-{uuid.uuid4().hex[:8]}", "-f", os.devnull]
    session = "review"
    command = (f"cd {tmp_path} && {_CHECK} review {corpus} --review-file {review_file} --who tester; "
               f"echo EXIT=$?; sleep 600")
    env = {**os.environ, "PATH": f"{_CHECK.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("TMUX", None)
    subprocess.run([*tmux, "new-session", "-d", "-s", session, "-x", "160", "-y", "60", command],
                   env=env, check=True)
    try:
        screen = _wait_for(tmux, session, PROMPT)
        assert "finding 1/" in screen and "CC10" in screen and "fingerprint" in screen
        subprocess.run([*tmux, "send-keys", "-t", session, "d", "Enter"], check=True)
        _wait_for(tmux, session, "reason:", timeout=30)
        subprocess.run([*tmux, "send-keys", "-t", session, "-l", "quotes describe different events"], check=True)
        subprocess.run([*tmux, "send-keys", "-t", session, "Enter"], check=True)
        _wait_for(tmux, session, "saved to", timeout=30)
        # NOTE: either the next finding's prompt or, after the last finding, the exit line.
        deadline = time.monotonic() + 30
        while not ((screen := _pane(tmux, session)).count(PROMPT) >= 2 or "EXIT=" in screen):
            assert time.monotonic() < deadline, screen
            time.sleep(0.25)
        if "EXIT=" not in screen:
            subprocess.run([*tmux, "send-keys", "-t", session, "q", "Enter"], check=True)
        screen = _wait_for(tmux, session, "EXIT=", timeout=30)
        assert "EXIT=0" in screen and "review: 1 decided" in screen
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True, check=False)
    decisions = list(load_review(review_file).decisions.values())
    assert [(d.verdict, d.reason, d.who) for d in decisions] == [
        ("dismissed", "quotes describe different events", "tester")
    ]
    run = subprocess.run([str(_CHECK), str(corpus), "-q", "-f", "json", "--review-file", str(review_file)],
                         capture_output=True, text=True, check=False)
    data = json.loads(run.stdout)
    assert decisions[0].fingerprint in {f["fingerprint"] for f in data["acknowledged"]}
    assert decisions[0].fingerprint not in {f["fingerprint"] for f in data["findings"]}


def test_review_cli_interactive_names_the_decision_a_finding_extends(fake_pipeline, corpus, tmp_path):
    import dataclasses

    from checker.review import Decision, Review, save_review

    data = json.loads(runner.invoke(app, [str(corpus), "-q", "-f", "json"]).stdout)["findings"][0]
    # NOTE: a decision that listed one of the finding's two values: the finding adds the other
    import re

    first_value = " ".join(re.sub(r"[^\w\s]", " ", data["claims"][0]["values"][0].lower()).split())
    review_file = tmp_path / "review.yaml"
    save_review(review_file, Review({"ab" * 8: dataclasses.replace(Decision("ab" * 8, "dismissed", rule=data["rule"],
                                                                              reason="seen"), values=(first_value,))}))
    result = _review(corpus, review_file, "q\n")
    assert "extends decision abababab (dismissed: seen) with new value(s)" in result.output
    assert "stale" not in result.output
