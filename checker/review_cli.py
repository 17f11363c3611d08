"""`check review`: walk open findings and record decisions in the review file (or script it)."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from checker.errors import CheckerError

__all__ = ["review_app"]

REVIEW_HELP = """Review open findings and record decisions in claims/review.yaml.

Interactive: shows each open finding with the quotes side by side; keys: c confirm (a real
discrepancy), d dismiss (asks for a reason), s skip, q quit. Every decision is saved at once,
atomically. Decided findings are shown as acknowledged and no longer fail CI.

\b
Scriptable:
  check review seeds/ --confirm 3fa2c1d0
  check review seeds/ --dismiss 3fa2c1d0 --reason "different events"
"""

review_app = typer.Typer(add_completion=False, rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]})


@review_app.command(help=REVIEW_HELP)
def review(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="The documents the findings come from."),
    confirm: Optional[str] = typer.Option(None, "--confirm", help="Confirm the finding with this fingerprint (or unique prefix)."),
    dismiss: Optional[str] = typer.Option(None, "--dismiss", help="Dismiss the finding with this fingerprint (or unique prefix)."),
    reason: str = typer.Option("", "--reason", help="Why (required with --dismiss)."),
    who: Optional[str] = typer.Option(None, "--who", help="Reviewer name (default: git user.name, then $USER)."),
    review_file: str = typer.Option("claims/review.yaml", "--review-file", help="Where decisions are kept."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks."),
) -> None:
    """Review findings."""
    from checker import review as rv
    from checker.pipeline import run
    from checker.sources import discover, read_sources

    try:
        current = rv.load_review(review_file)
        report, _ = run(read_sources(discover(paths)), progress=lambda m: sys.stderr.write(f"{m}\n"))
        findings = report.findings
        if confirm or dismiss:
            fp, verdict = (confirm, "confirmed") if confirm else (dismiss, "dismissed")
            finding = rv.find(findings, fp)  # type: ignore[arg-type]
            current = rv.record(current, finding, verdict, reason, who=who)
            rv.save_review(review_file, current)
            typer.echo(f"{verdict} {finding.fingerprint} ({finding.rule} {finding.kind}) in {review_file}")
            return
        _interactive(findings, current, review_file, who)
    except CheckerError as exc:
        if debug:
            raise
        sys.stderr.write(f"check: error: {exc}\n")
        raise typer.Exit(2) from None


def _interactive(findings, current, review_file: str, who: Optional[str]) -> None:
    from rich.console import Console

    from checker import review as rv
    from checker.reporters.terminal import TerminalReporter

    console = Console(highlight=False)
    active, _, _ = rv.apply(findings, current)
    if not active:
        console.print("no open findings")
        return
    term = TerminalReporter(verbose=True)
    for n, f in enumerate(active, 1):
        console.rule(f"finding {n}/{len(active)} · event: {f.event}")
        console.print(term._finding(f))
        while True:
            key = typer.prompt("[c]onfirm, [d]ismiss, [s]kip, [q]uit", default="s").strip().lower()[:1]
            if key in ("c", "d", "s", "q"):
                break
        if key == "q":
            break
        if key == "s":
            continue
        why = ""
        if key == "d":
            while not why:
                why = typer.prompt("reason").strip()
        current = rv.record(current, f, "confirmed" if key == "c" else "dismissed", why, who=who)
        rv.save_review(review_file, current)
        console.print(f"saved to {review_file}")
