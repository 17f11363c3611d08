"""The reviewer's view: findings grouped by event, each source's quote with its path:line:column.

Two renderings of one report: `TerminalReporter.render` draws it with colour and boxes on a
terminal; `TerminalReporter.text` is the same report as plain text (no colour, no boxes, nothing
wrapped), for pipes, files and `less`.
"""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from checker.models import Claim, Finding, Report
from checker.reporters.base import report_fingerprints, sides

__all__ = ["TerminalReporter"]

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_LOC = "dim underline"
_VALUE = "bold magenta"


def _quote(text: str, limit: int = 400) -> str:
    t = " ".join(text.split())
    return t if len(t) <= limit else t[: limit - 1] + "…"


def _loc(c: Claim) -> str:
    return f"{c.path}:{c.line}:{c.column}"


def _reason(f: Finding) -> str:
    return f.message.split(" — ", 1)[-1]


def _by_event(report: Report) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        out[f.event].append(f)
    return out


def _summary(report: Report) -> list[tuple[str, str]]:
    counts: dict[str, int] = defaultdict(int)
    for f in report.findings:
        counts[f.verdict] += 1
    parts = ", ".join(f"{n} {v}" for v, n in sorted(counts.items())) or "no discrepancies"
    return [
        ("checked ", ""),
        (f"{len(report.sources)} documents", "bold"),
        (", ", ""),
        (f"{report.claims} claims", "bold"),
        (", ", ""),
        (f"{len(report.clusters)} multi-claim events", "bold"),
        (f", {len(report.skipped)} skipped" if report.skipped else "", "bold yellow"),
        (": ", ""),
        (parts, "bold red" if report.findings else "bold green"),
    ]


def _trailer(report: Report, short: dict[str, str]) -> list[tuple[str, str]]:
    """(line, style) for acknowledged findings, stale entries and skipped inputs."""
    out = []
    if report.acknowledged:
        # NOTE: one line each: a review decision covers them, so they are listed, not argued again.
        out.append((f"acknowledged by the review file ({len(report.acknowledged)}, not failing):", "dim"))
        for f in report.acknowledged:
            out.append((f"  {f.acknowledged:<9}  {f.rule} {f.kind}  {short[f.fingerprint]}  {f.event}", "dim"))
    for fp in report.stale:
        out.append((f"stale review entry: {short[fp]} (no such finding any more)", "yellow"))
    for s in report.skipped:
        out.append((f"skipped {s.path}: [{s.code}] {s.reason}", "yellow"))
    return out


class TerminalReporter:
    """rich rendering to a Console (the one reporter that writes, per STYLE.md), and its plain-text twin."""

    def __init__(self, verbose: bool = False) -> None:
        self.verbose = verbose

    # --- plain text ------------------------------------------------------------------------------

    def _lines(self, f: Finding, fp: str) -> list[tuple[str, str]]:
        """One finding as (line, style) pairs: heading, each version with its quotes, why."""
        out = [(f"{f.rule} {f.verdict}  {f.kind}  confidence {f.confidence:.2f}  [{fp}]", _STYLE.get(f.severity, ""))]
        compared = {c.id: x for c, x in zip(f.claims, f.compared) if x is not None}
        for value, claims in sides(f):
            out.append((f"  {f.kind}: {value}", _VALUE))
            for c in claims:
                out.append((f"    {_loc(c)}  “{_quote(c.text)}”", ""))
                if (judged := compared.get(c.id)) is not None:
                    out.append((f"      compared: {_loc(judged)}  “{_quote(judged.context or judged.text)}”", "dim"))
                if self.verbose and c.attribution:
                    out.append((f"      — {c.attribution} ({c.modality})", "dim"))
        out.append((f"  why: {_reason(f)}", "italic"))
        return out

    def text(self, report: Report) -> str:
        """The report as plain text: one line per quote (``path:line:col  “quote”``), never wrapped."""
        short = report_fingerprints(report)
        lines: list[str] = []
        for event, findings in _by_event(report).items():
            lines.append(f"event: {event}")
            for f in findings:
                lines += [line for line, _ in self._lines(f, f.fingerprint if self.verbose else short[f.fingerprint])]
            lines.append("")
        lines += [line for line, _ in _trailer(report, short)]
        lines.append("".join(part for part, _ in _summary(report)))
        return "\n".join(lines) + "\n"

    # --- rich ------------------------------------------------------------------------------------

    def panel(self, f: Finding, width: int = 100, short: str | None = None) -> Panel:
        """One finding in a box: versions side by side when their paths fit ``width``, else one under another."""
        versions = sides(f)
        values_of = {c.id: v for c, v in zip(f.claims, f.values)}
        compared = {c.id: x for c, x in zip(f.claims, f.compared) if x is not None}

        def judged(c: Claim) -> str:
            x = compared.get(c.id)
            return "" if x is None else f"compared: {_loc(x)} “{_quote(x.context or x.text, 240)}”"

        def quote(c: Claim, limit: int = 400) -> Text:
            q = Text(f"“{_quote(c.text, limit)}”")
            for v in values_of[c.id]:
                q.highlight_words([v], style=_VALUE, case_sensitive=False)
            return q

        inner = width - 4
        column = inner // max(len(versions), 1) - 2
        widest = max(len(_loc(c)) for _, cs in versions for c in cs)
        body: list = []
        if len(versions) <= 3 and widest <= column:
            table = Table(show_header=True, header_style="bold", expand=True, box=None, padding=(0, 1))
            for value, _ in versions:
                table.add_column(Text(f"{f.kind}: {value}", style=_VALUE), ratio=1, overflow="fold")
            for r in range(max(len(cs) for _, cs in versions)):
                cells = []
                for _, cs in versions:
                    if r >= len(cs):
                        cells.append(Text(""))
                        continue
                    cell = Text(no_wrap=False)
                    cell.append(_loc(cs[r]) + "\n", style=_LOC)
                    cell.append_text(quote(cs[r]))
                    if judged(cs[r]):
                        cell.append("\n" + judged(cs[r]), style="dim")
                    if self.verbose and cs[r].attribution:
                        cell.append(f"\n— {cs[r].attribution} ({cs[r].modality})", style="dim")
                    cells.append(cell)
                table.add_row(*cells)
            body.append(table)
        else:
            # NOTE: paths never wrap: when they do not fit side by side, each quote goes under its path.
            for value, cs in versions:
                body.append(Text(f"{f.kind}: {value}", style=_VALUE))
                for c in cs:
                    body.append(Padding(Text(_loc(c), style=_LOC, no_wrap=True, overflow="ignore"), (0, 0, 0, 2)))
                    body.append(Padding(quote(c, 240), (0, 0, 0, 4)))
                    if judged(c):
                        body.append(Padding(Text(judged(c), style="dim"), (0, 0, 0, 4)))
                    if self.verbose and c.attribution:
                        body.append(Padding(Text(f"— {c.attribution} ({c.modality})", style="dim"), (0, 0, 0, 4)))
        footer = Text(f"why: {_reason(f)}", style="italic")
        if self.verbose:
            footer.append(f"\nfingerprint {f.fingerprint}", style="dim")
        title = Text.assemble(
            (f"{f.rule} ", "bold"),
            (f.verdict, _STYLE.get(f.severity, "")),
            (f"  {f.kind}  confidence {f.confidence:.2f}", "dim"),
            (f"  {short or f.fingerprint[:8]}", "bold"),
        )
        return Panel(Group(*body, footer), title=title, title_align="left", border_style=_STYLE.get(f.severity, "white"))

    def print_finding(self, f: Finding, console: Console, short: str | None = None) -> None:
        """One finding in a box, or unboxed (one line per quote) when a path is wider than any box."""
        if max(len(_loc(c)) for c in f.claims) + 2 > console.width - 4:
            # NOTE: paths never wrap: a path wider than the box would be cut, so no box.
            for line, style in self._lines(f, f.fingerprint if self.verbose else short or f.fingerprint[:8]):
                console.print(Text(line, style=style), soft_wrap=True)
            return
        console.print(self.panel(f, console.width, short))

    def render(self, report: Report, console: Console) -> None:
        """Print the report with colour (unless the console has none) and boxes."""
        short = report_fingerprints(report)
        for event, findings in _by_event(report).items():
            console.rule(Text(f"event: {event}", style="bold"), align="left")
            for f in findings:
                self.print_finding(f, console, short[f.fingerprint])
        for line, style in _trailer(report, short):
            console.print(Text(line, style=style), soft_wrap=True)
        console.print(Text.assemble(*_summary(report)))
