"""`check review`: walk open findings and record decisions in the review file (or script it)."""

from __future__ import annotations

import logging
import re
from typing import Optional

import typer

from checker.commands import common as c
from checker.errors import Errors, ReviewFileError

__all__ = ["review_app", "PROMPT", "REVIEW_HELP"]

logger = logging.getLogger(__name__)

REVIEW_HELP = """Review open findings and record decisions in claims/review.yaml.

Interactive: shows each open finding with the quotes side by side; answer c confirm (a real
discrepancy), d dismiss (asks for a reason), s skip, q quit, then Enter. Every decision is saved
at once, atomically, keeping the file's comments and order. Decided findings are shown as
acknowledged and no longer fail CI.

Runs exactly what `check` runs (same config file, cache, aliases, match settings and model
judges), so the findings and their fingerprints are the ones CI sees.

\b
Scriptable:
  check review seeds/ --confirm 3fa2c1d0
  check review seeds/ --dismiss 3fa2c1d0 --reason "different events"
"""

PROMPT = "[c]onfirm, [d]ismiss, [s]kip, [q]uit"
"""The question asked for each finding; tests wait for it on screen."""

_PREFIX = re.compile(r"[0-9a-f]{6,64}")

review_app = typer.Typer(add_completion=False, rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]})


@review_app.command(help=REVIEW_HELP)
def review(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(..., metavar="PATH", help="The documents the findings come from."),
    confirm: Optional[str] = typer.Option(None, "--confirm", help="Confirm the finding with this fingerprint (or unique prefix)."),
    dismiss: Optional[str] = typer.Option(None, "--dismiss", help="Dismiss the finding with this fingerprint (or unique prefix)."),
    reason: str = typer.Option("", "--reason", help="Why (required with --dismiss)."),
    who: Optional[str] = typer.Option(None, "--who", help="Reviewer name (default: git user.name, then $USER)."),
    review_file: str = c.REVIEW_FILE,
    min_confidence: float = c.MIN_CONFIDENCE,
    aliases: list[str] = c.ALIASES,
    judge: c.JudgeName = c.JUDGE,
    nli_model: Optional[str] = c.NLI_MODEL,
    nli_threshold: float = c.NLI_THRESHOLD,
    llm_url: Optional[str] = c.LLM_URL,
    llm_model: Optional[str] = c.LLM_MODEL,
    llm_timeout: float = c.LLM_TIMEOUT,
    llm_concurrency: int = c.LLM_CONCURRENCY,
    quiet: bool = c.QUIET,
    exclude: list[str] = c.EXCLUDE,
    config: Optional[str] = c.CONFIG,
    no_cache: bool = c.NO_CACHE,
    cache_dir: Optional[str] = c.CACHE_DIR,
    engine: c.EngineName = c.ENGINE,
    jobs: int = c.JOBS,
    embedder: c.EmbedderName = c.EMBEDDER,
    debug: bool = c.DEBUG,
) -> None:
    """Review findings."""
    params = dict(locals())
    action = {name: params.pop(name) for name in ("confirm", "dismiss", "reason", "who")}
    for name in ("ctx", "debug"):
        params.pop(name)
    c.guarded(debug, lambda: _review(ctx, params, **action))


def _validate(confirm: str | None, dismiss: str | None, reason: str) -> tuple[str, str] | None:
    """(prefix, verdict) of a scripted decision, checked before anything runs; None when interactive."""
    if confirm and dismiss:
        raise ReviewFileError("[E031] give --confirm or --dismiss, not both")
    if not (confirm or dismiss):
        if reason.strip():
            raise ReviewFileError("[E031] --reason goes with --dismiss or --confirm")
        return None
    prefix, verdict = (confirm, "confirmed") if confirm else (dismiss, "dismissed")
    wanted = (prefix or "").strip().lower()
    if not _PREFIX.fullmatch(wanted):
        raise ReviewFileError(
            Errors.E031.format(fingerprint=repr(prefix)) + ": a fingerprint is hexadecimal, 6 characters or more"
        )
    if verdict == "dismissed" and not reason.strip():
        raise ReviewFileError(f"[E030] a dismissal needs --reason (finding {wanted})")
    return wanted, verdict


def _review(ctx: typer.Context, params: dict, confirm: str | None, dismiss: str | None, reason: str, who: str | None) -> int:
    from checker import review as rv
    from checker.pipeline import check

    scripted = _validate(confirm, dismiss, reason)
    settings, o = c.resolve(ctx, params)
    review_file = settings.review_file or rv.DEFAULT_PATH
    c.check_writable(review_file)
    from checker import progress

    with progress.reporting(not o["quiet"]):
        report = check(o["paths"], settings, progress=c.progress(not o["quiet"]))
    current = rv.load_review(review_file)
    if scripted:
        prefix, verdict = scripted
        finding = rv.find(report.findings + report.acknowledged, prefix)
        rv.save_review(review_file, rv.record(current, finding, verdict, reason, who=who))
        typer.echo(f"{verdict} {finding.fingerprint} ({finding.rule} {finding.kind}) in {review_file}")
        return 0
    _interactive(report, current, review_file, who)
    return 0


def _ask(question: str, **kw) -> str | None:  # noqa: ANN003
    """The answer, or None at end of input (the loop then stops; saved decisions stay); Ctrl-C propagates (exit 130)."""
    try:
        return typer.prompt(question, **kw)
    except typer.Abort as exc:
        # NOTE: click turns both Ctrl-C and end of input into Abort; only its context tells them apart.
        if isinstance(exc.__context__, KeyboardInterrupt):
            raise KeyboardInterrupt from None
        return None


def _interactive(report, current, review_file: str, who: Optional[str]) -> None:  # noqa: ANN001
    from rich.console import Console

    from checker import review as rv
    from checker.fingerprint import normalised_values
    from checker.reporters.base import report_fingerprints
    from checker.reporters.terminal import TerminalReporter

    console = Console(highlight=False)
    active, stale = report.findings, report.stale
    if stale:
        console.print(f"{len(stale)} stale review entr{'y' if len(stale) == 1 else 'ies'} (no such finding any more): "
                      + ", ".join(stale))
    if not active:
        console.print(f"no open findings ({len(report.acknowledged)} acknowledged)")
        return
    term = TerminalReporter(verbose=True)
    short = report_fingerprints(report)
    decided = skipped = 0
    for n, f in enumerate(active, 1):
        console.rule(f"finding {n}/{len(active)} · event: {f.event}")
        term.print_finding(f, console, short[f.fingerprint])
        for d in rv.extended(f, current):
            new = sorted(set(normalised_values(f.claims, f.values, f.kind)) - set(d.values))
            console.print(f"extends decision {d.fingerprint[:8]} ({d.verdict}{': ' + d.reason if d.reason else ''}) "
                          f"with new value(s) {', '.join(v.split(':', 1)[-1] for v in new)}")
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
