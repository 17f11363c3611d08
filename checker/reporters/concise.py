"""One line per finding, as ruff and flake8 print them: ``path:line:col: CODE message [fingerprint]``."""

from __future__ import annotations

import logging

from checker.models import Report
from checker.reporters.base import sides

__all__ = ["ConciseReporter"]

logger = logging.getLogger(__name__)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ConciseReporter:
    """Open findings at their primary quote (the first claim of the first side), then one summary line."""

    def render(self, report: Report) -> str:
        """Lines in the report's order (most severe first); a last line counts every group."""
        lines = []
        for f in report.findings:
            c = f.claims[0]
            versions = " vs ".join(value for value, _ in sides(f))
            others = sorted({x.path for x in f.claims} - {c.path})
            also = f" (also {', '.join(others)})" if others else ""
            lines.append(f"{c.path}:{c.line}:{c.column}: {f.rule} {f.kind} {f.verdict}: "
                         f"{_one_line(versions)}{also} [{f.fingerprint}]")
        for s in report.skipped:
            lines.append(f"{s.path}: {s.code} skipped: {_one_line(s.reason)}")
        n = len(report.findings)
        summary = f"{n} finding{'s' if n != 1 else ''}"
        extra = [f"{len(report.acknowledged)} acknowledged"] if report.acknowledged else []
        if report.stale:
            extra.append(f"{len(report.stale)} stale review entr{'y' if len(report.stale) == 1 else 'ies'}")
        if report.skipped:
            extra.append(f"{len(report.skipped)} skipped input{'s' if len(report.skipped) != 1 else ''}")
        lines.append(summary + (f" ({', '.join(extra)})" if extra else ""))
        return "\n".join(lines) + "\n"
