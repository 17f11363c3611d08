"""One bad file never stops the run: a folder of unlucky inputs gets a full report on the rest, and
every skipped input appears, with its reason code, in every output format and on stderr."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from clifakes import fake_pipeline  # noqa: F401  (fixture)

runner = CliRunner()

ARTICLE = (
    "Northwind Labs restricted access to its Vela 3 model for foreign users in early May 2026.\n\n"
    "The company said the restriction was voluntary and affected about 15,000 accounts.\n"
)
OTHER = "Northwind Labs restricted access to Vela 4 for all foreign users in mid-2025, officials said.\n"
LATIN1 = "Northwind Labs a restreint l'accès à Vela 3 en mai 2026, a déclaré le porte-parole à Genève.\n"


def _folder(tmp_path: Path, unreadable: bool) -> tuple[Path, dict[str, str]]:
    """binary.txt, latin1.txt, one-line.md, article.txt, other.txt (+ locked.txt when ``unreadable``)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (docs / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (docs / "one-line.md").write_text("Northwind Labs restricted Vela 3 in May 2026.")
    (docs / "article.txt").write_text(ARTICLE)
    (docs / "other.txt").write_text(OTHER)
    expected = {str(docs / "binary.txt"): "CC902"}
    if unreadable:
        (docs / "locked.txt").write_text(ARTICLE)
        (docs / "locked.txt").chmod(0)
        try:
            (docs / "locked.txt").read_bytes()
        except PermissionError:
            expected[str(docs / "locked.txt")] = "CC901"
        else:
            (docs / "locked.txt").chmod(0o644)
            pytest.skip("running as a user (root) who reads a chmod 000 file anyway")
    return docs, expected


@pytest.fixture(params=["chmod", "simulated", "none"], ids=["with-unreadable", "with-unreadable-simulated", "without-unreadable"])
def unlucky(request, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    if request.param == "simulated":
        from test_sources import _deny_reading

        docs, expected = _folder(tmp_path, False)
        (docs / "locked.txt").write_text(ARTICLE)
        _deny_reading(monkeypatch, docs / "locked.txt")
        expected[str(docs / "locked.txt")] = "CC901"
    else:
        docs, expected = _folder(tmp_path, request.param == "chmod")
    yield docs, expected
    for p in docs.iterdir():
        p.chmod(0o644)


def test_cli_skipped_inputs_listed_the_rest_reported(fake_pipeline, unlucky):  # noqa: F811
    docs, expected = unlucky
    result = runner.invoke(app, [str(docs), "-f", "json", "-q"])
    report = json.loads(result.stdout)
    readable = {str(docs / n) for n in ("latin1.txt", "one-line.md", "article.txt", "other.txt")}
    assert {d["path"] for d in report["documents"]} == readable
    assert {s["path"]: s["code"] for s in report["skipped"]} == expected
    assert all(s["reason"] for s in report["skipped"])
    assert report["findings"], "the readable documents are still checked"
    for path, code in expected.items():
        assert f"skipped {path}: [{code}]" in result.stderr
    # NOTE: as ruff's E902, an input that could not be read is a problem found: exit 1 ...
    assert result.exit_code == 1
    # ... unless the run is told to fail only on contradictions (there is one here) or never.
    assert runner.invoke(app, [str(docs), "-f", "json", "-q", "--exit-zero"]).exit_code == 0


def test_cli_skipped_inputs_do_not_fail_when_only_contradictions_count(fake_pipeline, tmp_path):  # noqa: F811
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(ARTICLE)
    (docs / "b.txt").write_bytes(b"\x00\x01binary")
    result = runner.invoke(app, [str(docs), "-f", "json", "-q", "--fail-on", "contradiction"])
    assert result.exit_code == 0 and json.loads(result.stdout)["skipped"][0]["code"] == "CC902"
    assert runner.invoke(app, [str(docs), "-f", "json", "-q"]).exit_code == 1


@pytest.mark.parametrize("fmt", ["terminal", "json", "sarif", "github", "markdown", "junit"])
def test_cli_skipped_in_every_format(fake_pipeline, tmp_path, fmt):  # noqa: F811
    docs, expected = _folder(tmp_path, unreadable=False)
    out = tmp_path / f"report.{fmt}"
    result = runner.invoke(app, [str(docs), "-f", fmt, "-q", "-o", str(out), "--no-color"])
    assert result.exit_code == 1, result.stderr
    text = out.read_text(encoding="utf-8")
    path, code = next(iter(expected.items()))
    if fmt == "json":
        assert json.loads(text)["skipped"] == [{"path": path, "code": code, "reason": "binary file (NUL bytes), not text"}]
    elif fmt == "sarif":
        (note,) = json.loads(text)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        assert note["descriptor"]["id"] == code and note["level"] == "warning" and code in note["message"]["text"]
    elif fmt == "junit":
        assert f"skipped input {path}: [{code}]" in ET.fromstring(text).find(".//system-out").text
        assert ET.fromstring(text).find(".//property[@name='skipped_inputs']").get("value") == "1"
    elif fmt == "github":
        assert any(line.startswith("::warning file=") and f"[{code}]" in line for line in text.splitlines())
        assert "1 skipped input" in text.splitlines()[-1]
    elif fmt == "markdown":
        assert f"`{code}`" in text and "1 skipped input" in text
    else:
        assert f"skipped {path}: [{code}]" in text and "1 skipped" in text.splitlines()[-1]


def test_cli_symlink_loop_and_bad_sidecar_date_are_coded_not_crashes(fake_pipeline, tmp_path):  # noqa: F811
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(ARTICLE)
    (docs / "b.txt").write_text(OTHER)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    result = runner.invoke(app, [str(docs), str(loop), "-f", "json", "-q"])
    assert result.exit_code == 1 and "internal error" not in result.stderr
    assert json.loads(result.stdout)["skipped"] == [{"path": str(loop), "code": "CC905", "reason": "symbolic link loop"}]
    (docs / "sources.yaml").write_text("a.txt:\n  date: 2026-13-45\n")
    result = runner.invoke(app, [str(docs), "-f", "json", "-q"])
    assert result.exit_code == 2
    assert "[E011]" in result.stderr and "sources.yaml:2" in result.stderr and "internal error" not in result.stderr


@pytest.mark.slow
def test_cli_unlucky_folder_with_the_real_pipeline(tmp_path):
    """The issue's measure end to end: real models, a full report on the readable documents."""
    docs, expected = _folder(tmp_path, unreadable=os.geteuid() != 0 if hasattr(os, "geteuid") else False)
    result = runner.invoke(app, [str(docs), "-f", "json", "-q", "--no-cache"])
    report = json.loads(result.stdout)
    assert result.exit_code == 1, result.stderr
    assert {s["path"]: s["code"] for s in report["skipped"] if s["code"] != "CC906"} == expected
    counts = {Path(d["path"]).name: d["claims"] for d in report["documents"]}
    assert set(counts) == {"latin1.txt", "one-line.md", "article.txt", "other.txt"}
    assert counts["article.txt"] >= 2 and counts["one-line.md"] >= 1


def test_cli_review_ctrl_c_exits_130_end_of_input_exits_0(fake_pipeline, tmp_path, monkeypatch):  # noqa: F811
    import typer

    from checker.commands.review import review_app

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(ARTICLE)
    (docs / "b.txt").write_text(OTHER)

    def ctrl_c(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        # NOTE: what click's prompt does with Ctrl-C: Abort raised while handling KeyboardInterrupt.
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise typer.Abort() from None

    args = [str(docs), "--review-file", str(tmp_path / "r.yaml"), "-q"]
    assert runner.invoke(review_app, args, input="").exit_code == 0
    monkeypatch.setattr(typer, "prompt", ctrl_c)
    result = runner.invoke(review_app, args)
    assert result.exit_code == 130 and "interrupted" in result.stderr
