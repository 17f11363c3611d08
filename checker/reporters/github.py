"""GitHub Actions workflow commands: one annotation per cited claim, then a summary notice."""

from __future__ import annotations

import logging

from checker.models import Claim, Finding, Report

__all__ = ["GithubReporter", "escape_data", "escape_property"]

logger = logging.getLogger(__name__)

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow-command message (the part after ``::``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow-command property value (``file=``, ``title=``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(severity: str) -> str:
    """``error``, ``warning`` or ``notice`` for a finding severity."""
    command = _COMMANDS.get(severity)
    if command is None:
        logger.debug("unknown severity %r, annotated as warning", severity)
        return "warning"
    return command


def _title(finding: Finding) -> str:
    """``CC101 product conflict``, ``CC104 target scope-difference``."""
    word = "conflict" if finding.verdict == "contradiction" else finding.verdict
    return f"{finding.rule} {finding.kind} {word}"


def _path(claim: Claim) -> str:
    """The claim's path with forward slashes, as annotations expect repo-relative paths."""
    path = claim.path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def _annotation(finding: Finding, index: int) -> str:
    """One workflow command for the cited claim at ``index`` of a finding."""
    claim = finding.claims[index]
    others = [f"{_path(c)}:{c.line}" for i, c in enumerate(finding.claims) if i != index]
    label = "other source" if len(others) == 1 else "other sources"
    message = finding.message + (f" ({label}: {', '.join(others)})" if others else "")
    props = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in (
            ("file", _path(claim)),
            ("line", claim.line),
            ("col", claim.column),
            ("endLine", max(claim.end_line, claim.line)),
            ("title", _title(finding)),
        )
    )
    return f"::{_command(finding.severity)} {props}::{escape_data(message)}"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    """``1 finding``, ``2 findings``."""
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _summary(report: Report) -> str:
    """The final one-line ``::notice::`` with the counts of each group."""
    by_severity = []
    for severity in ("error", "warning", "info"):
        n = sum(1 for f in report.findings if f.severity == severity)
        if n:
            by_severity.append(_plural(n, severity, "infos" if severity == "info" else None))
    head = _plural(len(report.findings), "finding")
    if by_severity:
        head += f" ({', '.join(by_severity)})"
    parts = [
        f"check: {head}",
        f"{_plural(len(report.sources), 'source')}, {_plural(report.claims, 'claim')}, "
        f"{_plural(len(report.clusters), 'event')}",
        f"{len(report.acknowledged)} acknowledged",
        _plural(len(report.stale), "stale review entry", "stale review entries"),
        _plural(len(report.skipped), "skipped input"),
    ]
    return f"::notice::{escape_data('; '.join(parts))}"


class GithubReporter:
    """Renders a `Report` as GitHub Actions workflow commands (annotations on the PR diff)."""

    def render(self, report: Report) -> str:
        """Annotations for open findings, a warning per skipped input, then the summary; one per line."""
        lines = [_annotation(f, i) for f in report.findings for i in range(len(f.claims))]
        # NOTE: acknowledged findings are not annotated: a review decision covers them. The
        # summary still counts them, since reporters never filter silently.
        lines += [
            f"::warning file={escape_property(s.path.replace(chr(92), '/'))},title=skipped input::"
            f"{escape_data(s.reason)}"
            for s in report.skipped
        ]
        lines.append(_summary(report))
        return "\n".join(lines) + "\n"
