"""`check PATH...`: flags -> settings, run the pipeline, write the chosen report, map the outcome to an exit code."""

from __future__ import annotations

import logging
import sys
from typing import Optional

import typer

from checker.commands import common as c
from checker.commands.common import ExitCode, FailOn
from checker.errors import Skips
from checker.reporters import OutputFormat

__all__ = ["app", "HELP"]

logger = logging.getLogger(__name__)

HELP = f"""Find where documents about the same story contradict each other.

Reads every {c.KINDS} file under PATH (folders recursively, hidden files skipped; other files are
counted and named), splits each into atomic claims (headlines included), groups claims about the
same event across sources, and reports where sources give different answers to the same question:
the product or model named, a date, a quantity, a person, place or organisation, the scope (who it
applies to), and polarity (done vs not done; a report vs its denial).

\b
Examples:
  check seeds/                          review in the terminal
  check seeds/ | less                   the same report, plain text
  check seeds/ --format concise         one line per finding: path:line:col: CODE message [fingerprint]
  check seeds/ --format json -o out.json    machine-readable report (docs/json-schema.md)
  check seeds/ --format sarif -o check.sarif  GitHub code scanning
  check seeds/ --write-claims           also write the claim ledger to claims/
  check review seeds/                   walk the open findings, confirm or dismiss
  check ./review                        check a folder that is called review

\b
Settings: the nearest check.yaml, .check.yaml or pyproject.toml [tool.check] above PATH
(docs/configuration.md); flags given on the command line win.

\b
Exit codes (as ruff): 0 no failing findings, 1 findings or an input that could not be read
(listed as skipped; the rest is checked), 2 unusable invocation (no such path, bad flag or
config), 3 internal error, 130 interrupted.
"""

app = typer.Typer(add_completion=False, rich_markup_mode=None, help=HELP, context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        from checker import __version__

        typer.echo(f"check {__version__}")
        raise typer.Exit(0)


@app.command(help=HELP)
def run(
    ctx: typer.Context,
    paths: list[str] = c.PATHS,
    format: Optional[OutputFormat] = typer.Option(None, "--format", "-f", help="Output format (default: the terminal report; plain text when stdout is not a terminal)."),
    output: str = typer.Option("-", "--output", "-o", help="Write the report to FILE (atomically); '-' is stdout."),
    write_claims: bool = typer.Option(False, "--write-claims", help="Write the claim ledger claims/<source-stem>.yaml for every document."),
    claims_dir: str = typer.Option("claims", "--claims-dir", help="Where --write-claims writes the ledger."),
    review_file: str = c.REVIEW_FILE,
    fail_on: FailOn = typer.Option(FailOn.any, "--fail-on", help="Exit 1 on: any open finding, only contradictions, or never."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Always exit 0 when the run completes (report only)."),
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
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show attribution, modality and full fingerprints."),
    no_color: bool = typer.Option(False, "--no-color", help="Plain output (also when NO_COLOR is set)."),
    statistics: bool = typer.Option(False, "--statistics", help="Print counts per rule, verdict and severity, and time per stage, on stderr."),
    exclude: list[str] = c.EXCLUDE,
    config: Optional[str] = c.CONFIG,
    no_cache: bool = c.NO_CACHE,
    cache_dir: Optional[str] = c.CACHE_DIR,
    engine: c.EngineName = c.ENGINE,
    jobs: int = c.JOBS,
    embedder: c.EmbedderName = c.EMBEDDER,
    debug: bool = c.DEBUG,
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_version, help="Print the version and exit."),
) -> None:
    """Check documents for contradictions between sources."""
    params = dict(locals())
    for name in ("ctx", "version", "debug"):
        params.pop(name)
    c.guarded(debug, lambda: _check(ctx, params))


def _check(ctx: typer.Context, params: dict) -> int:
    from checker.commands.output import write_report
    from checker.pipeline import check

    settings, o = c.resolve(ctx, params)
    fmt = OutputFormat(o["format"]) if o.get("format") else OutputFormat.terminal
    fail_on = FailOn(o["fail_on"])
    if o["output"] != "-":
        c.check_writable(o["output"])
    stages = c.Stages()
    say = c.progress(not o["quiet"], stages)
    from checker import progress

    with progress.reporting(not o["quiet"]):
        report = check(paths=o["paths"], settings=settings, progress=say)
    stages.start("report")
    write_report(report, fmt, o["output"], verbose=o["verbose"], no_color=o["no_color"])
    stages.start(None)
    say(f"done: {len(report.findings)} findings")
    if o["statistics"]:
        from checker.reporters.statistics import render_statistics

        sys.stderr.write(render_statistics(report, stages.timings))
        sys.stderr.flush()
    if o["exit_zero"] or fail_on is FailOn.none:
        return ExitCode.CLEAN
    failing = [f for f in report.findings if fail_on is FailOn.any or f.verdict == "contradiction"]
    # NOTE: as ruff's E902: an input that could not be read is a problem found (the rest was checked).
    unread = fail_on is FailOn.any and any(s.code in Skips.ERRORS for s in report.skipped)
    return ExitCode.FINDINGS if failing or unread else ExitCode.CLEAN
