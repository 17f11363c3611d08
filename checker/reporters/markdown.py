"""Markdown for a pull-request comment or job summary: counts, then per event one row per finding (quotes folded)."""

from __future__ import annotations

import html
import logging
import re

from checker.models import Claim, Finding, Report
from checker.reporters.base import sides, title

__all__ = ["MarkdownReporter", "escape_cell"]

logger = logging.getLogger(__name__)

_NEWLINES = re.compile(r"\r\n|\r|\n")


def escape_cell(text: str) -> str:
    """Make text safe inside a GFM table cell: escape ``|``, turn newlines into ``<br>``."""
    return _NEWLINES.sub("<br>", text.replace("|", "\\|")).strip()


def _inline(text: str) -> str:
    """Flatten text onto one line for list items and paragraphs."""
    return _NEWLINES.sub(" ", text).strip()


def _code(text: str) -> str:
    """An inline code span that survives a table cell (GFM unescapes ``\\|`` inside code in tables)."""
    return f"`{escape_cell(text).replace('`', chr(39))}`"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    """``1 finding``, ``2 findings``."""
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _where(claim: Claim) -> str:
    """``path:line`` with forward slashes."""
    return f"{claim.path.replace(chr(92), '/')}:{claim.line}"


def _html(text: str) -> str:
    """Text safe inside the HTML of a table cell: entities escaped, ``|`` escaped, on one line."""
    return html.escape(_inline(text), quote=False).replace("|", "&#124;")


def _quotes(finding: Finding) -> str:
    """Every cited quote with its place, folded in a ``<details>`` so the row stays one line high."""
    items = "".join(
        f"<br><code>{_html(_where(c))}</code> “{_html(c.text)}”" for c in finding.claims
    )
    return f"<details><summary>{_plural(len(finding.claims), 'quote')}</summary>{items.removeprefix('<br>')}</details>"


def _row(finding: Finding) -> str:
    """One table row: severity, rule and fingerprint, values per side, sources, quotes."""
    versions = " vs ".join(f"**{escape_cell(value)}**" for value, _ in sides(finding))
    sources = "<br>".join(_code(w) for w in dict.fromkeys(_where(c) for c in finding.claims))
    rule = f"{escape_cell(title(finding))}<br>`{finding.fingerprint}`"
    return f"| {finding.severity} | {rule} | {versions} | {sources} | {_quotes(finding)} |"


_HEAD = ["| Severity | Rule | Values | Sources | Quotes |", "| --- | --- | --- | --- | --- |"]


def _counts(report: Report) -> str:
    """The line of counts under the heading."""
    by_severity = []
    for severity in ("error", "warning", "info"):
        n = sum(1 for f in report.findings if f.severity == severity)
        if n:
            by_severity.append(f"{n} {severity}")
    open_part = f"**{len(report.findings)} open**"
    if by_severity:
        open_part += f" ({', '.join(by_severity)})"
    parts = [
        open_part,
        f"{len(report.acknowledged)} acknowledged",
        _plural(len(report.sources), "source"),
        _plural(report.claims, "claim"),
        _plural(len(report.clusters), "event"),
        _plural(len(report.stale), "stale review entry", "stale review entries"),
        _plural(len(report.skipped), "skipped input"),
    ]
    return " · ".join(parts)


class MarkdownReporter:
    """Renders a `Report` as a GitHub-flavoured Markdown pull-request comment."""

    def render(self, report: Report) -> str:
        """The comment body, ending with a newline."""
        lines = [
            f"## check: {_plural(len(report.findings), 'open finding')} "
            f"in {_plural(len(report.sources), 'source')}",
            "",
            _counts(report),
            "",
        ]
        if not report.findings:
            lines += ["No open findings.", ""]

        events: dict[str, list[Finding]] = {}
        for finding in report.findings:
            events.setdefault(finding.event, []).append(finding)
        for event, findings in events.items():
            lines += [f"### Event: {_inline(event)}", "", *_HEAD, *(_row(f) for f in findings), ""]

        if report.acknowledged:
            lines += [
                "<details>",
                f"<summary>{_plural(len(report.acknowledged), 'acknowledged finding')}</summary>",
                "",
            ]
            for f in report.acknowledged:
                where = ", ".join(_code(_where(c)) for c in f.claims)
                lines.append(
                    f"- **{title(f)}** ({f.acknowledged}) · {_inline(f.event)}: "
                    f"{_inline(f.message)} — {where}"
                )
            lines += ["", "</details>", ""]

        if report.stale:
            lines += [
                "### Stale review entries",
                "",
                "These review-file fingerprints match no finding any more:",
                "",
                *(f"- `{fp}`" for fp in report.stale),
                "",
            ]
        if report.skipped:
            lines += [
                "### Skipped inputs",
                "",
                *(f"- {_code(s.path.replace(chr(92), '/'))}: {_code(s.code)} {_inline(s.reason)}" for s in report.skipped),
                "",
            ]
        return "\n".join(lines).rstrip("\n") + "\n"
