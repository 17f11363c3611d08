"""`check review`: walk open findings and record decisions in the review file (or script it)."""

from __future__ import annotations

import logging
import sys
from typing import Optional

import typer

from checker.errors import CheckerError

__all__ = ["review_app"]

logger = logging.getLogger(__name__)

REVIEW_HELP = """Review open findings and record decisions in claims/review.yaml.

Interactive: shows each open finding with the quotes side by side; answer c confirm (a real
discrepancy), d dismiss (asks for a reason), s skip, q quit, then Enter. Every decision is saved
at once, atomically. Decided findings are shown as acknowledged and no longer fail CI.

Reads the same config as `check` (check.yaml or [tool.check] in pyproject.toml: review-file,
aliases, min-confidence, exclude), so the findings and their fingerprints are the ones CI sees.

\b
Scriptable:
  check review seeds/ --confirm 3fa2c1d0
  check review seeds/ --dismiss 3fa2c1d0 --reason "different events"
"""

PROMPT = "[c]onfirm, [d]ismiss, [s]kip, [q]uit"
"""The question asked for each finding; tests wait for it on screen."""

review_app = typer.Typer(add_completion=False, rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]})


@review_app.command(help=REVIEW_HELP)
def review(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(..., metavar="PATH", help="The documents the findings come from."),
    confirm: Optional[str] = typer.Option(None, "--confirm", help="Confirm the finding with this fingerprint (or unique prefix)."),
    dismiss: Optional[str] = typer.Option(None, "--dismiss", help="Dismiss the finding with this fingerprint (or unique prefix)."),
    reason: str = typer.Option("", "--reason", help="Why (required with --dismiss)."),
    who: Optional[str] = typer.Option(None, "--who", help="Reviewer name (default: git user.name, then $USER)."),
    review_file: str = typer.Option("claims/review.yaml", "--review-file", help="Where decisions are kept."),
    aliases: list[str] = typer.Option([], "--aliases", help="Alias files, as given to `check` (they change which findings exist)."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0, help="As given to `check`."),
    exclude: list[str] = typer.Option([], "--exclude", metavar="GLOB", help="As given to `check`."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr."),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Settings file (default: the nearest check.yaml / pyproject.toml)."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks."),
) -> None:
    """Review findings."""
    from checker import review as rv
    from checker.cli import _exclude, _progress, _with_config
    from checker.judge import JudgeConfig
    from checker.pipeline import Settings, run
    from checker.sources import discover, read_sources

    params = dict(locals())
    try:
        opts = _with_config(ctx, {k: params[k] for k in ("paths", "review_file", "aliases", "min_confidence",
                                                           "exclude", "quiet", "config")})
        review_file = opts["review_file"]
        current = rv.load_review(review_file)
        settings = Settings(judge=JudgeConfig(min_confidence=opts["min_confidence"]), alias_files=tuple(opts["aliases"]))
        sources = read_sources(_exclude(discover(paths), opts["exclude"], paths))
        report, _ = run(sources, settings, progress=_progress(not opts["quiet"]))
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


def _ask(question: str, **kw) -> str | None:  # noqa: ANN003
    """The answer, or None at end of input or Ctrl-C (the loop then stops; saved decisions stay)."""
    try:
        return typer.prompt(question, **kw)
    except typer.Abort:
        return None


def _interactive(findings, current, review_file: str, who: Optional[str]) -> None:  # noqa: ANN001
    from rich.console import Console

    from checker import review as rv
    from checker.reporters.terminal import TerminalReporter

    console = Console(highlight=False)
    active, acknowledged, stale = rv.apply(findings, current)
    if stale:
        console.print(f"{len(stale)} stale review entr{'y' if len(stale) == 1 else 'ies'} (no such finding any more): "
                      + ", ".join(stale))
    if not active:
        console.print(f"no open findings ({len(acknowledged)} acknowledged)")
        return
    term = TerminalReporter(verbose=True)
    decided = skipped = 0
    for n, f in enumerate(active, 1):
        console.rule(f"finding {n}/{len(active)} · event: {f.event}")
        console.print(term.panel(f))
        key: str | None = ""
        while key not in ("c", "d", "s", "q", None):
            answer = _ask(PROMPT, default="s")
            key = None if answer is None else answer.strip().lower()[:1]
        if key in ("q", None):
            break
        if key == "s":
            skipped += 1
            continue
        why = ""
        if key == "d":
            while not why:
                answer = _ask("reason")
                if answer is None:
                    break
                why = answer.strip()
            if not why:
                break
        current = rv.record(current, f, "confirmed" if key == "c" else "dismissed", why, who=who)
        rv.save_review(review_file, current)
        decided += 1
        console.print(f"{'confirmed' if key == 'c' else 'dismissed'} {f.fingerprint}; saved to {review_file}")
    left = len(active) - decided
    console.print(f"review: {decided} decided, {skipped} skipped, {left} open; decisions in {review_file}")
