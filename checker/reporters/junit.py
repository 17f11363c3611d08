"""JUnit XML for CI test tabs: one testcase per finding (open: a failure; acknowledged: skipped)."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET

from checker.models import Finding, Report
from checker.reporters.base import sides, title

__all__ = ["JunitReporter"]

logger = logging.getLogger(__name__)

_SUITE = "check"


def _name(finding: Finding) -> str:
    """``CC101 product conflict: Mythos 5 vs Fable 5 [5d0c3a9e41b27f86]``: unique and stable across runs."""
    versions = " vs ".join(value for value, _ in sides(finding))
    return f"{title(finding)}: {versions} [{finding.fingerprint}]"


def _failure_text(finding: Finding) -> str:
    """The failure body: verdict line, then each cited claim with its location, quote and value(s)."""
    lines = [
        f"[{finding.severity}] {title(finding)}: {finding.verdict}, "
        f"confidence {finding.confidence:.2f}, fingerprint {finding.fingerprint}",
        finding.message,
    ]
    for i, claim in enumerate(finding.claims):
        values = ", ".join(finding.values[i]) if i < len(finding.values) else ""
        lines.append(f"{claim.path}:{claim.line}:{claim.column}: \"{claim.text}\"")
        lines.append(f"    value: {values or '-'}")
    return "\n".join(lines)


class JunitReporter:
    """Renders a `Report` as a JUnit XML document with one testsuite named ``check``."""

    def render(self, report: Report) -> str:
        """The XML document, UTF-8 declaration first, ending with a newline."""
        counts = {
            "tests": str(len(report.findings) + len(report.acknowledged)),
            "failures": str(len(report.findings)),
            "errors": "0",
            "skipped": str(len(report.acknowledged)),
        }
        root = ET.Element("testsuites", {"name": _SUITE, **counts})
        suite = ET.SubElement(root, "testsuite", {"name": _SUITE, **counts})
        props = ET.SubElement(suite, "properties")
        for name, value in (
            ("sources", len(report.sources)),
            ("claims", report.claims),
            ("events", len(report.clusters)),
            ("findings", len(report.findings)),
            ("acknowledged", len(report.acknowledged)),
            ("stale", len(report.stale)),
            ("skipped_inputs", len(report.skipped)),
        ):
            ET.SubElement(props, "property", {"name": name, "value": str(value)})

        for finding in report.findings:
            case = ET.SubElement(suite, "testcase", {"classname": finding.event, "name": _name(finding),
                                                     "file": finding.claims[0].path, "line": str(finding.claims[0].line)})
            failure = ET.SubElement(case, "failure", {"message": f"{title(finding)}: {finding.message}", "type": finding.rule})
            failure.text = _failure_text(finding)
        for finding in report.acknowledged:
            case = ET.SubElement(suite, "testcase", {"classname": finding.event, "name": _name(finding),
                                                     "file": finding.claims[0].path, "line": str(finding.claims[0].line)})
            ET.SubElement(case, "skipped", {"message": f"acknowledged ({finding.acknowledged}) in the review file"})

        notes = [f"stale review entry: {fp}" for fp in report.stale]
        notes += [f"skipped input {s.path}: [{s.code}] {s.reason}" for s in report.skipped]
        if notes:
            ET.SubElement(suite, "system-out").text = "\n".join(notes)

        ET.indent(root, space="  ")
        body = ET.tostring(root, encoding="unicode")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
