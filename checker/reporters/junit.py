"""JUnit XML for CI test tabs: one testcase per event, one failure per open finding."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET

from checker.models import Finding, Report

__all__ = ["JunitReporter"]

logger = logging.getLogger(__name__)

_SUITE = "check"


def _title(finding: Finding) -> str:
    """``CC101 product conflict``, ``CC104 target scope-difference``."""
    word = "conflict" if finding.verdict == "contradiction" else finding.verdict
    return f"{finding.rule} {finding.kind} {word}"


def _failure_text(finding: Finding) -> str:
    """The failure body: verdict line, then each cited claim with its location, quote and value(s)."""
    lines = [
        f"[{finding.severity}] {_title(finding)}: {finding.verdict}, "
        f"confidence {finding.confidence:.2f}, fingerprint {finding.fingerprint}",
    ]
    for i, claim in enumerate(finding.claims):
        values = ", ".join(finding.values[i]) if i < len(finding.values) else ""
        lines.append(f"{claim.path}:{claim.line}:{claim.column}: \"{claim.text}\"")
        lines.append(f"    value: {values or '-'}")
    return "\n".join(lines)


def _events(report: Report) -> list[str]:
    """Event labels in a stable order: clusters first (by position), then events only findings name."""
    seen: dict[str, None] = {}
    for cluster in report.clusters:
        seen.setdefault(cluster.label, None)
    for finding in report.findings + report.acknowledged:
        seen.setdefault(finding.event, None)
    return list(seen)


class JunitReporter:
    """Renders a `Report` as a JUnit XML document with one testsuite named ``check``."""

    def render(self, report: Report) -> str:
        """The XML document, UTF-8 declaration first, ending with a newline."""
        open_by_event: dict[str, list[Finding]] = {}
        for finding in report.findings:
            open_by_event.setdefault(finding.event, []).append(finding)
        acked_by_event: dict[str, list[Finding]] = {}
        for finding in report.acknowledged:
            acked_by_event.setdefault(finding.event, []).append(finding)

        events = _events(report)
        failures = sum(1 for e in events if open_by_event.get(e))
        counts = {"tests": str(len(events)), "failures": str(failures), "errors": "0", "skipped": "0"}

        root = ET.Element("testsuites", {"name": _SUITE, **counts})
        suite = ET.SubElement(root, "testsuite", {"name": _SUITE, **counts})
        props = ET.SubElement(suite, "properties")
        for name, value in (
            ("sources", len(report.sources)),
            ("claims", report.claims),
            ("findings", len(report.findings)),
            ("acknowledged", len(report.acknowledged)),
            ("stale", len(report.stale)),
            ("skipped_inputs", len(report.skipped)),
        ):
            ET.SubElement(props, "property", {"name": name, "value": str(value)})

        for event in events:
            case = ET.SubElement(suite, "testcase", {"classname": _SUITE, "name": event})
            # NOTE: JUnit allows one <failure> per testcase in the strict schema, but every CI
            # parser we target (GitHub test reporters, GitLab, Jenkins) accepts several and shows
            # them all; one per finding keeps each message self-contained.
            for finding in open_by_event.get(event, ()):
                failure = ET.SubElement(
                    case,
                    "failure",
                    {"message": f"{_title(finding)}: {finding.message}", "type": finding.rule},
                )
                failure.text = _failure_text(finding)
            acked = acked_by_event.get(event, ())
            if acked:
                out = ET.SubElement(case, "system-out")
                out.text = "\n".join(
                    f"acknowledged ({f.acknowledged}) {_title(f)}: {f.message}" for f in acked
                )

        notes = [f"stale review entry: {fp}" for fp in report.stale]
        notes += [f"skipped input {s.path}: {s.reason}" for s in report.skipped]
        if notes:
            ET.SubElement(suite, "system-out").text = "\n".join(notes)

        ET.indent(root, space="  ")
        body = ET.tostring(root, encoding="unicode")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
