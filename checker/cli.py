"""Command line: flags -> settings, run the pipeline, choose a reporter, map the outcome to an exit code."""

from __future__ import annotations

import enum
import logging
import os
import sys
import time
from pathlib import Path, PurePath
from typing import Optional, Sequence

import typer

from checker.atomic import write_text
from checker.errors import CheckerError, Errors, InputError
from checker.engines import EngineName
from checker.reporters import OutputFormat

__all__ = ["app", "main", "ExitCode", "FailOn"]

logger = logging.getLogger(__name__)


class ExitCode(enum.IntEnum):
    """Process exit codes."""

    CLEAN = 0
    FINDINGS = 1
    USAGE = 2
    INTERNAL = 3


class FailOn(str, enum.Enum):
    """Which findings make the run fail."""

    contradiction = "contradiction"
    any = "any"
    none = "none"


HELP = """Find where documents about the same story contradict each other.

Reads every .txt/.md file under PATH (folders recursively, hidden files skipped), splits each into
atomic claims, groups claims about the same event across sources, and reports discrepancies in
typed slots: the product or model named, the date, the scope (who it applies to), quantities, and
polarity (granted vs denied).

\b
Examples:
  check seeds/                          review in the terminal
  check seeds/ --format json -o out.json    machine-readable report (docs/json-schema.md)
  check seeds/ --format sarif -o check.sarif  GitHub code scanning
  check seeds/ --write-claims           also write the claim ledger to claims/
  check review seeds/                   walk the open findings, confirm or dismiss

\b
Settings: the nearest check.yaml, .check.yaml or pyproject.toml [tool.check] above PATH
(docs/configuration.md); flags given on the command line win.

\b
Exit codes: 0 no failing findings, 1 findings, 2 usage or input error, 3 internal error.
"""

app = typer.Typer(add_completion=False, rich_markup_mode=None, help=HELP, context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        from checker import __version__

        typer.echo(f"check {__version__}")
        raise typer.Exit(0)


def _err(msg: str) -> None:
    sys.stderr.write(f"check: error: {msg}\n")


class _Stages:
    """Wall time per stage for `--statistics`; a progress message naming an activity starts a stage."""

    _NAMES = {"reading": "read", "parsing": "parse", "normalising": "normalize", "embedding": "embed",
              "matching": "match", "judging": "judge"}

    def __init__(self) -> None:
        self.timings: list[tuple[str, float]] = []
        self._current: str | None = None
        self._since = time.monotonic()

    def start(self, stage: str | None) -> None:
        """End the running stage (adding to its total) and start ``stage``; None only ends it."""
        now = time.monotonic()
        if self._current is not None:
            spent = now - self._since
            for i, (name, seconds) in enumerate(self.timings):
                if name == self._current:
                    self.timings[i] = (name, seconds + spent)
                    break
            else:
                self.timings.append((self._current, spent))
        self._current, self._since = stage, now

    def message(self, msg: str) -> None:
        """Start a stage when ``msg`` opens with an activity (``parsing 5 documents``)."""
        word = msg.split(" ", 1)[0].lower()
        if word in self._NAMES or word.endswith("ing"):
            self.start(self._NAMES.get(word, word))


def _progress(enabled: bool, stages: _Stages | None = None):
    start = time.monotonic()

    def say(msg: str) -> None:
        if stages is not None:
            stages.message(msg)
        if enabled:
            sys.stderr.write(f"[{time.monotonic() - start:5.1f}s] {msg}\n")
            sys.stderr.flush()

    return say


@app.command(help=HELP)
def run(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Files (.txt, .md) or folders to check."),
    format: Optional[OutputFormat] = typer.Option(None, "--format", "-f", help="Output format; terminal when stdout is a TTY, else json."),
    output: str = typer.Option("-", "--output", "-o", help="Write the report to FILE (atomically); '-' is stdout."),
    write_claims: bool = typer.Option(False, "--write-claims", help="Write the claim ledger claims/<source-stem>.yaml for every document."),
    claims_dir: str = typer.Option("claims", "--claims-dir", help="Where --write-claims writes the ledger."),
    review_file: str = typer.Option("claims/review.yaml", "--review-file", help="Review decisions to apply (see `check review`)."),
    fail_on: FailOn = typer.Option(FailOn.any, "--fail-on", help="Exit 1 on: any open finding, only contradictions, or never."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Always exit 0 when the run completes (report only)."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0, help="Drop findings below this confidence."),
    aliases: list[str] = typer.Option([], "--aliases", help="YAML file of entity aliases and part-of facts (repeatable; docs/aliases.md)."),
    nli_model: Optional[str] = typer.Option(None, "--nli-model", help="Local NLI cross-encoder (path) to verify candidate pairs; off by default."),
    nli_threshold: float = typer.Option(0.5, "--nli-threshold", min=0.0, max=1.0, help="Contradiction probability for an NLI finding."),
    llm_url: Optional[str] = typer.Option(None, "--llm-url", help="OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp) for an LLM judge."),
    llm_model: Optional[str] = typer.Option(None, "--llm-model", help="Model name at --llm-url."),
    llm_timeout: float = typer.Option(30.0, "--llm-timeout", min=0.1, help="Seconds per LLM request."),
    llm_concurrency: int = typer.Option(4, "--llm-concurrency", min=1, help="Parallel LLM requests."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show attribution, modality and fingerprints."),
    no_color: bool = typer.Option(False, "--no-color", help="Plain output (also when NO_COLOR is set)."),
    statistics: bool = typer.Option(False, "--statistics", help="Print counts per rule, verdict and severity, and time per stage, on stderr."),
    exclude: list[str] = typer.Option([], "--exclude", metavar="GLOB", help="Skip documents whose path or a parent folder matches GLOB (repeatable)."),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help="Read settings from FILE instead of the nearest check.yaml / pyproject.toml [tool.check]."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the parse/embedding cache."),
    cache_dir: Optional[str] = typer.Option(None, "--cache-dir", metavar="DIR", help="Cache folder (default: $CHECK_CACHE_DIR or .check_cache)."),
    engine: EngineName = typer.Option(EngineName.local, "--engine", help="Where parsing and embedding run: this machine, or Ray (pip install 'checker[ray]'; RAY_ADDRESS for a cluster)."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Parallel parsing processes / Ray workers; 0 picks the CPU count."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
    version: bool = typer.Option(False, "--version", is_eager=True, callback=lambda v: _version(v), help="Print the version and exit."),
) -> None:
    """Check documents for contradictions between sources."""
    params = dict(locals())
    params.pop("version", None)
    try:
        params = _with_config(params.pop("ctx"), params)
        code = _run(**params)
    except CheckerError as exc:
        if debug:
            raise
        _err(str(exc))
        raise typer.Exit(ExitCode.USAGE) from None
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(130) from None
    except (typer.Exit, SystemExit):
        raise
    except Exception as exc:  # noqa: BLE001
        if debug:
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (please report it; --debug shows the traceback)")
        raise typer.Exit(ExitCode.INTERNAL) from None
    raise typer.Exit(code)


def _run(
    paths, format, output, write_claims, claims_dir, review_file, fail_on, exit_zero, min_confidence, aliases,
    nli_model, nli_threshold, llm_url, llm_model, llm_timeout, llm_concurrency, quiet, verbose, no_color, debug,
    statistics=False, exclude=(), no_cache=False, cache_dir=None, engine="local", jobs=0, match=None,
) -> int:

    from checker.judge import JudgeConfig
    from checker.pipeline import Backends, Settings, run as run_pipeline
    from checker.sources import discover, read_sources

    if format is None:
        format = OutputFormat.terminal if sys.stdout.isatty() and output == "-" else OutputFormat.json
    if llm_url and not llm_model:
        raise InputError("--llm-url needs --llm-model NAME")
    stages = _Stages()
    say = _progress(not quiet, stages)
    say(f"reading {', '.join(paths)}")
    sources = read_sources(_exclude(discover(paths), exclude, paths))
    model_judge = None
    if nli_model:
        from checker.backends.nli import NliJudge

        model_judge = NliJudge(nli_model, threshold=nli_threshold)
    elif llm_url:
        from checker.backends.llm import LlmJudge

        model_judge = LlmJudge(llm_url, llm_model, timeout=llm_timeout, concurrency=llm_concurrency)
    from checker.match import MatchConfig

    settings = Settings(
        match=MatchConfig(**(match or {})),
        judge=JudgeConfig(min_confidence=min_confidence), alias_files=tuple(aliases),
        cache=not no_cache, cache_dir=cache_dir, engine=getattr(engine, "value", engine), jobs=jobs,
    )
    report, per_source = run_pipeline(sources, settings, Backends(model_judge=model_judge), progress=say)
    stages.start("review")
    if review_file:
        report = _apply_review(report, review_file)
    if write_claims:
        from checker.ledger import write_ledger

        stages.start("ledger")

        written = write_ledger(sources, per_source, claims_dir)
        say(f"wrote {len(written)} claim ledgers to {claims_dir}/")
    stages.start("report")
    reporter = format.reporter(verbose=verbose)
    if format is OutputFormat.terminal:
        from rich.console import Console

        # NOTE: https://no-color.org: a non-empty NO_COLOR disables colour; --no-color drops every style.
        plain = no_color or bool(os.environ.get("NO_COLOR"))
        if output == "-":
            console = Console(no_color=plain, color_system=None if plain else "auto", highlight=False, soft_wrap=False)
            reporter.render(report, console)
        else:
            import io

            buf = io.StringIO()
            reporter.render(report, Console(file=buf, no_color=True, width=120, highlight=False))
            write_text(output, buf.getvalue())
    else:
        text = reporter.render(report)
        if output == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            write_text(output, text)
    stages.start(None)
    say(f"done: {len(report.findings)} findings")
    if statistics:
        from checker.reporters.statistics import render_statistics

        sys.stderr.write(render_statistics(report, stages.timings))
        sys.stderr.flush()
    if exit_zero or fail_on is FailOn.none:
        return ExitCode.CLEAN
    failing = [f for f in report.findings if fail_on is FailOn.any or f.verdict == "contradiction"]
    return ExitCode.FINDINGS if failing else ExitCode.CLEAN


def _excluded(path: str, globs: Sequence[str]) -> bool:
    """True when ``path`` or one of its parent folders matches a glob (matched from the right)."""
    p = PurePath(path)
    for candidate in (p, *p.parents):
        if candidate == PurePath(candidate.anchor) or str(candidate) == ".":
            continue
        if any(candidate.match(g) for g in globs):
            return True
    return False


def _exclude(found: list[str], globs: Sequence[str], paths: Sequence[str]) -> list[str]:
    """Drop the documents `--exclude` / config ``exclude`` names; none left is [E002]."""
    if not globs:
        return found
    kept = [p for p in found if not _excluded(p, globs)]
    logger.debug("excluded %d of %d documents", len(found) - len(kept), len(found))
    if not kept:
        raise InputError(Errors.E002.format(paths=", ".join(paths)) + f" (after --exclude {' '.join(globs)})")
    return kept


def _with_config(ctx: typer.Context, params: dict) -> dict:
    """``params`` with the config file's settings filled in, except where a flag was given."""
    from checker.config import discover_config, load_config

    explicit = params.pop("config", None)
    cfg = load_config(explicit) if explicit else discover_config(params["paths"])
    if cfg.path:
        logger.debug("using config %s", cfg.path)
    out = dict(params)
    out["match"] = dict(cfg.values.get("match", {}))
    for name, value in cfg.values.items():
        # NOTE: compared by name: typer >= 0.20 vendors click, so its ParameterSource is not click's.
        source = ctx.get_parameter_source(name)
        if name not in out or getattr(source, "name", None) == "COMMANDLINE":
            continue
        if name == "format":
            value = OutputFormat(value)
        elif name == "fail_on":
            value = FailOn(value)
        elif name == "engine":
            value = EngineName(value)
        elif name in ("aliases", "exclude"):
            value = list(value)
        out[name] = value
    return out


def _apply_review(report, review_file: str):
    import dataclasses

    try:
        from checker import review as review_mod
    except ImportError:
        return report
    if not Path(review_file).exists():
        return report
    review = review_mod.load_review(review_file)
    active, acknowledged, stale = review_mod.apply(report.findings, review)
    return dataclasses.replace(report, findings=tuple(active), acknowledged=tuple(acknowledged), stale=tuple(stale))


def main() -> None:
    """Console entry point: `check PATH...`, or `check review ...` for the review loop."""
    argv = sys.argv[1:]
    if argv and argv[0] == "cache":
        from checker.cache_cli import cache_app

        cache_app(args=argv[1:], prog_name="check cache")
        return
    if argv and argv[0] == "review":
        try:
            from checker.review_cli import review_app
        except ImportError:
            _err("the review command is not available in this build")
            sys.exit(ExitCode.USAGE)
        review_app(args=argv[1:], prog_name="check review")
        return
    app(args=argv, prog_name="check", standalone_mode=True)
