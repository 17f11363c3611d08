"""The reviewer's view: findings grouped by event, each source's quote side by side with path:line."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from checker.models import Finding, Report

__all__ = ["TerminalReporter"]

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _quote(text: str, limit: int = 400) -> str:
    t = " ".join(text.split())
    return t if len(t) <= limit else t[: limit - 1] + "…"


class TerminalReporter:
    """rich rendering to a Console (the one reporter that writes, per STYLE.md)."""

    def __init__(self, verbose: bool = False) -> None:
        self.verbose = verbose

    def panel(self, f: Finding) -> Panel:
        """One finding: a column per distinct value with each source's path:line:column and quote."""
        table = Table(show_header=True, header_style="bold", expand=True, box=None, padding=(0, 1))
        sides: list[tuple[str, list[tuple]]] = []
        # NOTE: one column per distinct value set, each listing the sources that state it.
        # When the judge split the claims into sides, a column is a side (its values joined by " / ").
        by_value: dict[tuple[str, ...], list] = defaultdict(list)
        if f.sides:
            by_side: dict[int, list] = defaultdict(list)
            for c, v, s in zip(f.claims, f.values, f.sides):
                by_side[s].append((c, v))
            for members in by_side.values():
                key = tuple(dict.fromkeys(", ".join(v) for _, v in members))
                by_value[key] = [c for c, _ in members]
        else:
            for c, v in zip(f.claims, f.values):
                by_value[tuple(v)].append(c)
        values_of = {c.id: v for c, v in zip(f.claims, f.values)}
        for values, claims in by_value.items():
            sides.append((" / ".join(values) if f.sides else ", ".join(values), claims))
        if len(sides) > 3:
            # NOTE: four or more versions do not fit side by side: one row per quote, grouped by value.
            table.add_column(Text(f.kind, style="bold magenta"), ratio=1, overflow="fold")
            table.add_column(Text("source"), ratio=1, overflow="fold")
            table.add_column(Text("quote"), ratio=4, overflow="fold")
            for value, cs in sides:
                for n, c in enumerate(cs):
                    quote = Text(f"“{_quote(c.text, 240)}”")
                    for v in values_of[c.id]:
                        quote.highlight_words([v], style="bold magenta", case_sensitive=False)
                    table.add_row(Text(value if n == 0 else "", style="bold magenta"),
                                  Text(f"{c.path}:{c.line}:{c.column}", style="dim underline"), quote)
            rows = 0
        else:
            for value, _ in sides:
                table.add_column(Text(f"{f.kind}: {value}", style="bold magenta"), ratio=1, overflow="fold")
            rows = max(len(cs) for _, cs in sides)
        for r in range(rows):
            cells = []
            for _, cs in sides:
                if r < len(cs):
                    c = cs[r]
                    cell = Text()
                    cell.append(f"{c.path}:{c.line}:{c.column}\n", style="dim underline")
                    quote = Text(f"“{_quote(c.text)}”")
                    for v in values_of[c.id]:
                        quote.highlight_words([v], style="bold magenta", case_sensitive=False)
                    cell.append_text(quote)
                    if self.verbose and c.attribution:
                        cell.append(f"\n— {c.attribution} ({c.modality})", style="dim")
                    cells.append(cell)
                else:
                    cells.append(Text(""))
            table.add_row(*cells)
        reason = f.message.split(" — ", 1)[-1]
        title = Text.assemble(
            (f"{f.rule} ", "bold"),
            (f.verdict, _STYLE.get(f.severity, "")),
            (f"  {f.kind}  confidence {f.confidence:.2f}", "dim"),
        )
        footer = Text(f"why: {reason}", style="italic")
        if self.verbose:
            footer.append(f"\nfingerprint {f.fingerprint}", style="dim")
        return Panel(Group(table, footer), title=title, title_align="left", border_style=_STYLE.get(f.severity, "white"))

    def render(self, report: Report, console: Console) -> None:
        """Print the report."""
        by_event: dict[str, list[Finding]] = defaultdict(list)
        for f in report.findings:
            by_event[f.event].append(f)
        for event, findings in by_event.items():
            console.rule(Text(f"event: {event}", style="bold"), align="left")
            for f in findings:
                console.print(self.panel(f))
        if report.acknowledged:
            # NOTE: one line each: a review decision covers them, so they are listed, not argued again.
            console.print(Text(f"acknowledged by the review file ({len(report.acknowledged)}, not failing):", style="dim"))
            for f in report.acknowledged:
                console.print(Text(f"  {f.acknowledged:<9}  {f.rule} {f.kind}  {f.fingerprint}  {f.event}", style="dim"))
        for fp in report.stale:
            console.print(Text(f"stale review entry: {fp} (no such finding any more)", style="yellow"))
        for s in report.skipped:
            console.print(Text(f"skipped {s.path}: {s.reason}", style="yellow"))
        counts = defaultdict(int)
        for f in report.findings:
            counts[f.verdict] += 1
        parts = ", ".join(f"{n} {v}" for v, n in sorted(counts.items())) or "no discrepancies"
        console.print(
            Text.assemble(
                ("checked ", ""),
                (f"{len(report.sources)} documents", "bold"),
                (", ", ""),
                (f"{report.claims} claims", "bold"),
                (", ", ""),
                (f"{len(report.clusters)} multi-claim events", "bold"),
                (": ", ""),
                (parts, "bold red" if report.findings else "bold green"),
            )
        )
