"""Golden and structural tests for the CI formats: SARIF, GitHub commands, Markdown, JUnit.

Regenerate the golden files after an intended output change with::

    CHECK_UPDATE_GOLDEN=1 PYTHONPATH=. .venv/bin/python -m pytest tests/reporters -q

then review the diff of ``tests/reporters/golden/`` before committing it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from checker.models import Report
from checker.reporters.github import GithubReporter, escape_data, escape_property
from checker.reporters.junit import JunitReporter
from checker.reporters.markdown import MarkdownReporter, escape_cell
from checker.reporters.sarif import FINGERPRINT_KEY, SarifReporter, sarif_uri

logger = logging.getLogger(__name__)

_HERE = Path(__file__).parent
_GOLDEN = _HERE / "golden"
_SCHEMA = _HERE / "schemas" / "sarif-schema-2.1.0.json"
_UPDATE = os.environ.get("CHECK_UPDATE_GOLDEN") == "1"

# NOTE: fixed tool metadata and an empty registry keep the SARIF golden independent of
# checker.__version__ and of whatever checker.rules registers later.
_SARIF = SarifReporter(rules={}, version="0.0.0-test", information_uri="https://example.org/check")


def _golden(name: str, text: str) -> None:
    """Compare ``text`` with the golden file, or rewrite it when CHECK_UPDATE_GOLDEN=1."""
    path = _GOLDEN / name
    if _UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        return
    assert path.exists(), f"missing golden {path}; run with CHECK_UPDATE_GOLDEN=1"
    with open(path, encoding="utf-8", newline="") as fh:
        expected = fh.read()
    assert text == expected, f"{name} differs from its golden file; CHECK_UPDATE_GOLDEN=1 regenerates it"


def _validate_sarif(log: dict) -> None:
    schema = json.loads(_SCHEMA.read_text(encoding="utf-8"))
    validator_cls = jsonschema.validators.validator_for(schema)
    validator_cls.check_schema(schema)
    errors = sorted(validator_cls(schema).iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


# --- SARIF -------------------------------------------------------------------------------------


def test_sarif_matches_golden(report: Report) -> None:
    _golden("sarif.json", _SARIF.render(report))


def test_sarif_validates_against_official_schema(report: Report) -> None:
    _validate_sarif(json.loads(_SARIF.render(report)))


def test_sarif_schema_is_the_official_oasis_file() -> None:
    schema = json.loads(_SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert (_SCHEMA.parent / "LICENSE-sarif-schema.txt").exists()


def test_sarif_defaults_validate_without_registry_or_version(report: Report) -> None:
    log = SarifReporter().log(report)
    _validate_sarif(log)
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "check"
    assert driver["version"]
    assert driver["informationUri"].startswith("https://")


def test_sarif_rules_table_and_indexes(report: Report) -> None:
    run = _SARIF.log(report)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["CC101", "CC102", "CC104"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert {r["id"]: r["defaultConfiguration"]["level"] for r in rules} == {
        "CC101": "error",
        "CC102": "warning",
        "CC104": "note",
    }


def test_sarif_rules_come_from_registry_when_registered(report: Report) -> None:
    rule = types.SimpleNamespace(
        code="CC101", name="product-mismatch", message="Two sources name different products.", severity="warning"
    )
    rules = SarifReporter(rules={"CC101": rule}, version="1", information_uri="https://example.org").log(report)
    by_id = {r["id"]: r for r in rules["runs"][0]["tool"]["driver"]["rules"]}
    assert by_id["CC101"]["name"] == "product-mismatch"
    assert by_id["CC101"]["fullDescription"]["text"] == "Two sources name different products."
    assert by_id["CC101"]["defaultConfiguration"]["level"] == "warning"
    # NOTE: unregistered codes fall back to the finding's own data instead of failing.
    assert by_id["CC104"]["name"] == "target-scope-difference"


def test_sarif_reads_registry_module_lazily(report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    rule = types.SimpleNamespace(code="CC104", name="target-scope", message="Targets differ.", severity="info")
    fake = types.ModuleType("checker.rules")
    fake.REGISTRY = {"CC104": rule}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "checker.rules", fake)
    log = SarifReporter(version="1", information_uri="https://example.org").log(report)
    by_id = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert by_id["CC104"]["name"] == "target-scope"
    assert by_id["CC101"]["name"] == "product-conflict"
    _validate_sarif(log)


def test_sarif_results_locations_and_fingerprints(report: Report) -> None:
    results = _SARIF.log(report)["runs"][0]["results"]
    assert len(results) == len(report.findings) + len(report.acknowledged)
    first = results[0]
    finding = report.findings[0]
    assert first["partialFingerprints"] == {FINGERPRINT_KEY: finding.fingerprint}
    assert len(first["locations"]) == 1
    related = first["relatedLocations"]
    assert [r["id"] for r in related] == list(range(1, len(finding.claims)))
    assert related[0]["message"]["text"] == "product: Fable 5"
    links = re.findall(r"(?<!\\)\[([^\]]*)\]\((\d+)\)", first["message"]["text"])
    assert links == [("seeds/blog post.md:3", "1")] and {int(i) for _, i in links} <= {r["id"] for r in related}
    assert related[0]["physicalLocation"]["region"]["startLine"] == finding.claims[1].line
    region = first["locations"][0]["physicalLocation"]["region"]
    claim = finding.claims[0]
    assert region == {
        "startLine": claim.line,
        "startColumn": claim.column,
        "endLine": claim.end_line,
        "snippet": {"text": claim.text},
    }
    assert first["properties"]["verdict"] == "contradiction"
    assert first["properties"]["values"] == [["Mythos 5"], ["Fable 5"]]
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in results
            for loc in r["locations"] + r["relatedLocations"]}
    assert "seeds/blog%20post.md" in uris


def test_sarif_message_escapes_brackets_so_only_links_are_links(report: Report) -> None:
    finding = dataclasses.replace(report.findings[0], message="values [a] vs [b]")
    text = _SARIF.log(dataclasses.replace(report, findings=(finding,)))["runs"][0]["results"][0]["message"]["text"]
    assert text == "values \\[a\\] vs \\[b\\] Also stated at: [seeds/blog post.md:3](1)."


def test_sarif_acknowledged_findings_are_suppressed(report: Report) -> None:
    results = _SARIF.log(report)["runs"][0]["results"]
    suppressed = [r for r in results if "suppressions" in r]
    assert [r["ruleId"] for r in suppressed] == ["CC102"]
    assert suppressed[0]["suppressions"][0]["kind"] == "external"
    assert "dismissed" in suppressed[0]["suppressions"][0]["justification"]
    assert all("suppressions" not in r for r in results[: len(report.findings)])


def test_sarif_levels_follow_severity(report: Report) -> None:
    findings = tuple(
        dataclasses.replace(f, severity=s) for f, s in zip(report.findings, ("warning", "info"), strict=True)
    )
    results = _SARIF.log(dataclasses.replace(report, findings=findings))["runs"][0]["results"]
    assert [r["level"] for r in results[:2]] == ["warning", "note"]


def test_sarif_uri_is_relative_with_forward_slashes() -> None:
    assert sarif_uri("seeds\\sub dir\\a.md") == "seeds/sub%20dir/a.md"
    assert sarif_uri("./seeds/a.md") == "seeds/a.md"
    assert sarif_uri("/abs/a.md") == "file:///abs/a.md"


# --- GitHub workflow commands --------------------------------------------------------------------

_COMMAND = re.compile(
    r"^::(error|warning|notice) file=[^,:\r\n]+,line=\d+,col=\d+,endLine=\d+,title=[^,:\r\n]+::[^\r\n]+$"
)
_SKIPPED = re.compile(r"^::warning file=[^,:\r\n]+,title=skipped input::[^\r\n]+$")
_SUMMARY = re.compile(r"^::notice::check: [^\r\n]+$")


def test_github_matches_golden(report: Report) -> None:
    _golden("github.txt", GithubReporter().render(report))


def test_github_lines_are_valid_workflow_commands(report: Report) -> None:
    lines = GithubReporter().render(report).splitlines()
    annotations = len(report.findings)  # NOTE: one per finding, not one per quote
    assert all(_COMMAND.match(line) for line in lines[:annotations]), lines[:annotations]
    assert all(_SKIPPED.match(line) for line in lines[annotations:-1])
    assert len(lines) == annotations + len(report.skipped) + 1
    assert _SUMMARY.match(lines[-1])


def test_github_levels_and_titles(report: Report) -> None:
    lines = GithubReporter().render(report).splitlines()
    assert lines[0].startswith("::error file=seeds/wire.md,line=3,col=28,endLine=4,title=CC101 product conflict::")
    assert lines[0].endswith("(other source: seeds/blog post.md:3) [fingerprint 5d0c3a9e41b27f86]")
    assert lines[1].startswith("::notice file=seeds/blog post.md,line=3,")
    assert "(other sources: seeds/wire.md:3, seeds/gov.txt:1)" in lines[1]


def _many(report: Report, n: int, severity: str) -> tuple:
    base = report.findings[0]
    return tuple(dataclasses.replace(base, severity=severity, fingerprint=f"{severity[:1]}{i:015d}",
                                     confidence=round(0.5 + i / 100, 2)) for i in range(n))


def test_github_keeps_within_the_per_step_limits_most_severe_first(report: Report) -> None:
    findings = _many(report, 12, "info") + _many(report, 14, "error") + _many(report, 3, "warning")
    lines = GithubReporter().render(dataclasses.replace(report, findings=findings)).splitlines()
    levels = [line.split(" ", 1)[0].split("::")[1] for line in lines]
    assert levels.count("error") == 10 and levels.count("warning") == 3 + 1  # NOTE: + the skipped input
    assert levels.count("notice") == 10  # 9 findings + the summary
    assert levels[:10] == ["error"] * 10
    # NOTE: the most confident errors are the ones annotated
    shown = {line.rsplit("[fingerprint ", 1)[1].rstrip("]") for line in lines if line.startswith("::error")}
    assert shown == {f"e{i:015d}" for i in range(4, 14)}
    assert "7 not annotated" in lines[-1] and "job summary" in lines[-1]


def test_github_escapes_properties_and_data() -> None:
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("a,b: c%\n") == "a%2Cb%3A c%25%0A"


def test_github_escapes_file_and_title(report: Report) -> None:
    claim = dataclasses.replace(report.findings[0].claims[0], path="docs/a,b:c.md")
    finding = dataclasses.replace(report.findings[0], claims=(claim, report.findings[0].claims[1]), kind="x,y")
    out = GithubReporter().render(dataclasses.replace(report, findings=(finding,)))
    assert "file=docs/a%2Cb%3Ac.md," in out
    assert "title=CC101 x%2Cy conflict::" in out
    assert _COMMAND.match(out.splitlines()[0])


def test_github_summary_counts_every_group(report: Report) -> None:
    summary = GithubReporter().render(report).splitlines()[-1]
    assert summary == (
        "::notice::check: 2 findings (1 error, 1 info); 3 sources, 6 claims, 3 events; "
        "1 acknowledged; 1 stale review entry; 1 skipped input"
    )


# --- Markdown ------------------------------------------------------------------------------------

_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _tables(text: str) -> list[list[str]]:
    tables: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines() + [""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables


def test_markdown_matches_golden(report: Report) -> None:
    _golden("markdown.md", MarkdownReporter().render(report))


def test_markdown_one_row_per_finding_with_quotes_folded(report: Report) -> None:
    tables = _tables(MarkdownReporter().render(report))
    assert len(tables) == len({f.event for f in report.findings})
    rows = [row for table in tables for row in table[2:]]
    assert len(rows) == len(report.findings)
    for table in tables:
        assert {len(_CELL_SPLIT.split(row)) for row in table} == {7}, table  # 5 columns + both outer pipes
    for row, finding in zip(rows, report.findings, strict=True):
        cells = [c.strip() for c in _CELL_SPLIT.split(row)[1:-1]]
        assert cells[0] == finding.severity and finding.rule in cells[1] and finding.fingerprint in cells[1]
        assert all(f"**{v[0]}" in cells[2] for v in finding.values[:1])
        assert cells[4].startswith("<details><summary>") and cells[4].endswith("</details>")
        assert cells[4].count("“") == len(finding.claims) and "\n" not in row


def test_markdown_sections_per_event_and_trailing_lists(report: Report) -> None:
    text = MarkdownReporter().render(report)
    assert text.count("### Event: ") == len({f.event for f in report.findings})
    assert "CC102 date conflict" in text
    details = text[text.index("<summary>1 acknowledged") : text.index("</details>", text.index("<summary>1 acknowledged"))]
    assert "CC102" in details and "CC101" not in details
    assert text.index("### Stale review entries") < text.index("### Skipped inputs")
    assert "`3f9a0c1d2e4b5a69`" in text
    assert "`seeds/empty.md`" in text


def test_markdown_quotes_cannot_inject_html_or_break_the_row(report: Report) -> None:
    claim = dataclasses.replace(report.findings[0].claims[0], text="a <script>x</script> | b\nc")
    finding = dataclasses.replace(report.findings[0], claims=(claim, report.findings[0].claims[1]))
    text = MarkdownReporter().render(dataclasses.replace(report, findings=(finding,)))
    row = next(line for line in text.splitlines() if line.startswith("| error"))
    assert "<script>" not in row and "&lt;script&gt;" in row and "&#124; b c" in row


def test_markdown_escapes_pipes_and_newlines_in_cells() -> None:
    assert escape_cell("a | b\nc\r\nd") == "a \\| b<br>c<br>d"


def test_markdown_empty_report_says_so() -> None:
    text = MarkdownReporter().render(Report(sources=(), claim_counts=(), clusters=(), findings=()))
    assert text.startswith("## check: 0 open findings in 0 sources\n")
    assert "No open findings." in text


# --- JUnit ---------------------------------------------------------------------------------------


def test_junit_matches_golden(report: Report) -> None:
    _golden("junit.xml", JunitReporter().render(report))


def test_junit_parses_back_with_one_testcase_per_finding(report: Report) -> None:
    root = ET.fromstring(JunitReporter().render(report).encode("utf-8"))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["check"]
    cases = suites[0].findall("testcase")
    assert len(cases) == len(report.findings) + len(report.acknowledged)
    assert [c.get("classname") for c in cases] == [f.event for f in report.findings + report.acknowledged]
    names = [c.get("name") for c in cases]
    assert len(set(names)) == len(names)
    assert all(f.fingerprint in n for f, n in zip(report.findings + report.acknowledged, names))
    failures = [c.find("failure") for c in cases[: len(report.findings)]]
    assert [f.get("type") for f in failures] == ["CC101", "CC104"]
    assert "Mythos 5 vs Fable 5" in failures[0].get("message", "")
    assert "for Chinese research institutions" in (failures[0].text or "")
    acknowledged = cases[-1]
    assert acknowledged.find("failure") is None
    assert "acknowledged (dismissed)" in acknowledged.find("skipped").get("message")
    assert (suites[0].get("tests"), suites[0].get("failures"), suites[0].get("skipped")) == ("3", "2", "1")


def test_junit_output_is_deterministic(report: Report) -> None:
    assert JunitReporter().render(report) == JunitReporter().render(report)
