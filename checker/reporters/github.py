"""GitHub Actions workflow commands: one annotation per finding at its primary quote, then a summary notice.

GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the rest,
so the most severe findings are annotated first and the summary says how many did not fit; the
whole report goes to the job summary (`$GITHUB_STEP_SUMMARY`, written by the CLI as Markdown).
"""

from __future__ import annotations

import logging

from checker.models import Claim, Finding, Report
from checker.reporters.base import by_severity, sides, title

__all__ = ["GithubReporter", "LIMITS", "escape_data", "escape_property"]

logger = logging.getLogger(__name__)

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}

LIMITS = {"error": 10, "warning": 10, "notice": 10}
"""Annotations GitHub shows per step and level; the summary notice counts as one notice."""

_OTHERS = 5


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


def _path(path: str) -> str:
    """A path with forward slashes and no leading ``./``, as annotations expect repo-relative paths."""
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def _annotation(finding: Finding) -> str:
    """One workflow command at the finding's primary quote (its first claim), naming the other sources."""
    claim: Claim = finding.claims[0]
    versions = " vs ".join(value for value, _ in sides(finding))
    others = list(dict.fromkeys(f"{_path(c.path)}:{c.line}" for c in finding.claims[1:]))
    shown = ", ".join(others[:_OTHERS]) + (f" and {len(others) - _OTHERS} more" if len(others) > _OTHERS else "")
    label = "other source" if len(others) == 1 else "other sources"
    reason = finding.message.split(" — ", 1)[-1]
    message = f"{versions}: {reason}" + (f" ({label}: {shown})" if others else "")
    message += f" [fingerprint {finding.fingerprint}]"
    props = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in (
            ("file", _path(claim.path)),
            ("line", claim.line),
            ("col", claim.column),
            ("endLine", max(claim.end_line, claim.line)),
            ("title", title(finding)),
        )
    )
    return f"::{_command(finding.severity)} {props}::{escape_data(message)}"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    """``1 finding``, ``2 findings``."""
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _summary(report: Report, left_out: int) -> str:
    """The final one-line ``::notice::`` with the counts of each group."""
    by_level = []
    for severity in ("error", "warning", "info"):
        n = sum(1 for f in report.findings if f.severity == severity)
        if n:
            by_level.append(_plural(n, severity, "infos" if severity == "info" else None))
    head = _plural(len(report.findings), "finding")
    if by_level:
        head += f" ({', '.join(by_level)})"
    parts = [
        f"check: {head}",
        f"{_plural(len(report.sources), 'source')}, {_plural(report.claims, 'claim')}, "
        f"{_plural(len(report.clusters), 'event')}",
        f"{len(report.acknowledged)} acknowledged",
        _plural(len(report.stale), "stale review entry", "stale review entries"),
        _plural(len(report.skipped), "skipped input"),
    ]
    if left_out:
        parts.append(f"{left_out} not annotated (GitHub shows 10 per level and step): every finding is in the job summary")
    return f"::notice::{escape_data('; '.join(parts))}"


class GithubReporter:
    """Renders a `Report` as GitHub Actions workflow commands (annotations on the PR diff)."""

    def render(self, report: Report) -> str:
        """Annotations (most severe first, within `LIMITS`), a warning per skipped input that fits, the summary."""
        budget = dict(LIMITS)
        budget["notice"] -= 1  # NOTE: the summary
        lines = []
        left_out = 0
        # NOTE: acknowledged findings are not annotated: a review decision covers them. The
        # summary still counts them, since reporters never filter silently.
        for finding in by_severity(report.findings):
            command = _command(finding.severity)
            if budget[command] <= 0:
                left_out += 1
                continue
            budget[command] -= 1
            lines.append(_annotation(finding))
        for s in report.skipped:
            if budget["warning"] <= 0:
                break
            budget["warning"] -= 1
            lines.append(f"::warning file={escape_property(_path(s.path))},title=skipped input::{escape_data(f'[{s.code}] {s.reason}')}")
        lines.append(_summary(report, left_out))
        return "\n".join(lines) + "\n"
