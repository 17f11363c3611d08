"""`--statistics`: counts per rule, verdict and severity, corpus sizes and time per stage, as plain text."""

from __future__ import annotations

import logging
from collections import Counter
from typing import Iterable, Sequence

from checker.models import Finding, Report

__all__ = ["render_statistics"]

logger = logging.getLogger(__name__)

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _table(head: Sequence[str], rows: Iterable[Sequence[str]], right: int) -> list[str]:
    """Aligned columns; the last ``right`` columns are right-aligned numbers."""
    rows = [list(head)] + [list(r) for r in rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    first_number = len(head) - right
    out = []
    for r in rows:
        cells = [c.rjust(w) if i >= first_number else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))]
        out.append(("  " + "  ".join(cells)).rstrip())
    return out


def _counts(report: Report, key, order=None) -> list[list[str]]:  # noqa: ANN001
    open_ = Counter(key(f) for f in report.findings)
    acked = Counter(key(f) for f in report.acknowledged)
    names = sorted(set(open_) | set(acked), key=order or (lambda k: k))
    return [[*k, str(open_[k]), str(acked[k])] if isinstance(k, tuple) else [k, str(open_[k]), str(acked[k])]
            for k in names]


def _rule(f: Finding) -> tuple[str, str]:
    return (f.rule, f.kind)


def render_statistics(report: Report, timings: Sequence[tuple[str, float]] = ()) -> str:
    """The statistics block, ending with a newline.

    ``timings`` is ``(stage, seconds)`` in run order; the block leaves the timing table out when it
    is empty, so a report built elsewhere still renders.
    """
    lines = ["statistics"]
    skipped = f" ({len(report.skipped)} skipped)" if report.skipped else ""
    summary = [
        f"{len(report.findings)} open",
        f"{len(report.acknowledged)} acknowledged",
        _plural(len(report.stale), "stale review entry", "stale review entries"),
    ]
    lines += _table(
        ("", ""),
        (
            ("documents", f"{len(report.sources)}{skipped}"),
            ("claims", str(report.claims)),
            ("events", str(len(report.clusters))),
            ("findings", ", ".join(summary)),
        ),
        right=0,
    )[1:]
    if report.findings or report.acknowledged:
        lines.append("")
        lines += _table(("rule", "kind", "open", "acknowledged"), _counts(report, _rule), right=2)
        lines.append("")
        lines += _table(("verdict", "open", "acknowledged"), _counts(report, lambda f: f.verdict), right=2)
        lines.append("")
        by_severity = _counts(report, lambda f: f.severity, order=lambda s: (_SEVERITY_ORDER.get(s, 9), s))
        lines += _table(("severity", "open", "acknowledged"), by_severity, right=2)
    if timings:
        lines.append("")
        rows = [(stage, f"{seconds:.2f}") for stage, seconds in timings]
        rows.append(("total", f"{sum(s for _, s in timings):.2f}"))
        lines += _table(("stage", "seconds"), rows, right=1)
    return "\n".join(lines) + "\n"
