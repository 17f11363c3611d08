"""Golden tests for the JSON contract, the terminal view and `--statistics`, from the shared hand-built report.

Regenerate after an intended change with ``CHECK_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/reporters -q``
and review the diff of ``tests/reporters/golden/``.
"""

from __future__ import annotations

import dataclasses
import io
import json
import logging
import os
from pathlib import Path

from rich.console import Console

from checker.models import Report
from checker.reporters import OutputFormat
from checker.reporters.json import SCHEMA_VERSION, JsonReporter
from checker.reporters.statistics import render_statistics
from checker.reporters.terminal import TerminalReporter

logger = logging.getLogger(__name__)

_GOLDEN = Path(__file__).parent / "golden"
_UPDATE = os.environ.get("CHECK_UPDATE_GOLDEN") == "1"
_TIMINGS = (("read", 0.012), ("parse", 6.25), ("embed", 2.5), ("judge", 0.125), ("report", 0.004))


def _golden(name: str, text: str) -> None:
    """Compare ``text`` with the golden file, or rewrite it when CHECK_UPDATE_GOLDEN=1."""
    path = _GOLDEN / name
    if _UPDATE:
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        return
    assert path.exists(), f"missing golden {path}; run with CHECK_UPDATE_GOLDEN=1"
    with open(path, encoding="utf-8", newline="") as fh:
        assert text == fh.read(), f"{name} differs from its golden file; CHECK_UPDATE_GOLDEN=1 regenerates it"


def _terminal(report: Report, verbose: bool = False) -> str:
    console = Console(file=io.StringIO(), width=100, color_system=None)
    TerminalReporter(verbose=verbose).render(report, console)
    return console.file.getvalue()  # type: ignore[attr-defined]


# --- JSON ----------------------------------------------------------------------------------------


def test_json_matches_golden(report: Report) -> None:
    _golden("report.json", JsonReporter().render(report))


def test_json_carries_schema_version_and_every_group(report: Report) -> None:
    data = json.loads(JsonReporter().render(report))
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert list(data) == ["schema_version", "documents", "findings", "summary", "acknowledged", "stale", "skipped"]
    assert [f["fingerprint"] for f in data["findings"]] == [f.fingerprint for f in report.findings]
    assert data["acknowledged"][0]["acknowledged"] == "dismissed"
    assert data["stale"] == ["3f9a0c1d2e4b5a69"]
    assert data["summary"] == {"documents": 3, "claims": 6, "events": 3, "findings": 2, "acknowledged": 1, "skipped": 1}
    claim = data["findings"][0]["claims"][0]
    assert claim["text"].endswith("on Monday.") and "\n" in claim["text"]  # NOTE: exactly the source text


def _with_compared(report: Report) -> tuple[Report, object]:
    """The report with its first finding's first claim compared through another claim (an inherited value)."""
    f = report.findings[0]
    judged = dataclasses.replace(f.claims[1], text="She said so.", context="She [the agency] said so.", line=9, column=3)
    g = dataclasses.replace(f, compared=(judged,) + (None,) * (len(f.claims) - 1))
    return dataclasses.replace(report, findings=(g,) + report.findings[1:]), judged


def test_json_shows_the_claim_compared_where_it_is_not_the_one_cited(report: Report) -> None:
    with_compared, _ = _with_compared(report)
    data = json.loads(JsonReporter().render(with_compared))
    first, *rest = data["findings"][0]["claims"]
    assert first["compared"] == {"line": 9, "column": 3, "text": "She [the agency] said so."}
    assert all("compared" not in c for c in rest)
    assert all("compared" not in c for f in json.loads(JsonReporter().render(report))["findings"] for c in f["claims"])


def test_terminal_shows_the_claim_compared_under_the_one_cited(report: Report) -> None:
    with_compared, judged = _with_compared(report)
    line = f"compared: {judged.path}:9:3  “She [the agency] said so.”"
    plain = TerminalReporter().text(with_compared)
    assert f"      {line}" in plain and plain.count("compared:") == 1
    assert "compared:" in _terminal(with_compared) and "compared:" not in _terminal(report)


def test_json_is_the_reporter_of_its_format(report: Report) -> None:
    assert OutputFormat.json.reporter().render(report) == JsonReporter().render(report)


# --- terminal ------------------------------------------------------------------------------------


def test_terminal_matches_golden(report: Report) -> None:
    _golden("terminal.txt", _terminal(report))


def test_terminal_verbose_matches_golden(report: Report) -> None:
    _golden("terminal-verbose.txt", _terminal(report, verbose=True))


def test_terminal_lists_acknowledged_stale_and_skipped(report: Report) -> None:
    text = _terminal(report)
    assert "dismissed  CC102 date  0f6b82d7  launch" in text  # NOTE: short fingerprints
    assert "stale review entry: 3f9a0c1d " in text
    assert "skipped seeds/empty.md" in text
    assert "\x1b[" not in text


def test_terminal_plain_text_matches_golden(report: Report) -> None:
    _golden("terminal-plain.txt", TerminalReporter().text(report))


def test_terminal_plain_text_one_line_per_quote_no_boxes(report: Report) -> None:
    text = TerminalReporter().text(report)
    assert not set("╭╮╰╯│─") & set(text) and "\x1b[" not in text
    for f in report.findings:
        assert f"[{f.fingerprint[:8]}]" in text
        for c in f.claims:
            assert f"    {c.path}:{c.line}:{c.column}  “" in text
    assert f"[{report.findings[0].fingerprint}]" in TerminalReporter(verbose=True).text(report)


def test_terminal_paths_never_wrap_at_any_width(report: Report) -> None:
    long = "seeds/" + "a-very-long-folder-name/" * 3 + "wire.md"
    claims = tuple(dataclasses.replace(c, path=long) if c.path == "seeds/wire.md" else c for c in report.findings[1].claims)
    finding = dataclasses.replace(report.findings[1], claims=claims)
    changed = dataclasses.replace(report, findings=(report.findings[0], finding))
    for width in (60, 80, 100, 160):
        console = Console(file=io.StringIO(), width=width, color_system=None)
        TerminalReporter().render(changed, console)
        text = console.file.getvalue()  # type: ignore[attr-defined]
        for f in changed.findings:
            for c in f.claims:
                assert f"{c.path}:{c.line}:{c.column}" in text, (width, c.path)


def test_short_fingerprints_grow_until_unique() -> None:
    from checker.reporters.base import short_fingerprints

    short = short_fingerprints(["abcdef0123456789", "abcdef01ffff0000", "12345678aaaaaaaa"])
    assert short == {"abcdef0123456789": "abcdef012", "abcdef01ffff0000": "abcdef01f", "12345678aaaaaaaa": "12345678"}


# --- statistics ----------------------------------------------------------------------------------


def test_statistics_matches_golden(report: Report) -> None:
    _golden("statistics.txt", render_statistics(report, _TIMINGS))


def test_statistics_counts_rules_verdicts_severities(report: Report) -> None:
    lines = render_statistics(report).splitlines()
    assert "  documents  3 (1 skipped)" in lines
    assert "  findings   2 open, 1 acknowledged, 1 stale review entry" in lines
    rows = {tuple(line.split()) for line in lines}
    assert ("CC101", "product", "1", "0") in rows and ("CC102", "date", "0", "1") in rows
    assert ("contradiction", "1", "1") in rows and ("scope-difference", "1", "0") in rows
    assert ("warning", "0", "1") in rows
    assert not any(line.startswith("  stage") for line in lines)  # no timings given


def test_statistics_total_is_the_sum_of_stages(report: Report) -> None:
    lines = render_statistics(report, _TIMINGS).splitlines()
    assert lines[-1].split() == ["total", "8.89"]


def test_statistics_of_an_empty_report() -> None:
    text = render_statistics(Report(sources=(), claim_counts=(), clusters=(), findings=()))
    assert text.splitlines()[-1] == "  findings   0 open, 0 acknowledged, 0 stale review entries"
