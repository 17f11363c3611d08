"""What the sub-commands share: exit codes, the options that decide which findings exist, progress, error mapping."""

from __future__ import annotations

import enum
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable

import typer

from checker.backends import EmbedderName
from checker.engines import EngineName
from checker.errors import CheckerError, Errors
from checker.sources import SUFFIXES

__all__ = [
    "ExitCode",
    "FailOn",
    "Stages",
    "progress",
    "err",
    "guarded",
    "resolve",
    "check_writable",
    "FINDING_OPTIONS",
]

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


def err(msg: str) -> None:
    """One line on stderr, prefixed like every `check` error."""
    sys.stderr.write(f"check: error: {msg}\n")


class Stages:
    """Wall time per stage for `--statistics`; a progress message naming an activity starts a stage."""

    _NAMES = {"reading": "read", "parsing": "parse", "normalising": "normalize", "embedding": "embed",
              "matching": "match", "judging": "judge", "reviewing": "review", "writing": "ledger"}

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


def progress(enabled: bool, stages: Stages | None = None) -> Callable[[str], None]:
    """A progress callback: timestamps on stderr when ``enabled``; feeds ``stages`` either way."""
    start = time.monotonic()

    def say(msg: str) -> None:
        if stages is not None:
            stages.message(msg)
        if enabled:
            sys.stderr.write(f"[{time.monotonic() - start:5.1f}s] {msg}\n")
            sys.stderr.flush()

    return say


class _StderrWarnings(logging.Handler):
    """Warnings of `checker` modules (skipped inputs, cache problems) as plain lines on the current stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        sys.stderr.write(record.getMessage() + "\n")
        sys.stderr.flush()


def warnings_to_stderr() -> None:
    """Show `checker` warnings on stderr (once per process; the stream is looked up per message)."""
    root = logging.getLogger("checker")
    if not any(isinstance(h, _StderrWarnings) for h in root.handlers):
        handler = _StderrWarnings(logging.WARNING)
        root.addHandler(handler)


def guarded(debug: bool, body: Callable[[], int | None]) -> None:
    """Run ``body`` and map the outcome to an exit code: `CheckerError` 2, anything else 3, Ctrl-C 130."""
    warnings_to_stderr()
    try:
        code = body()
    except CheckerError as exc:
        if debug:
            raise
        err(str(exc))
        raise typer.Exit(ExitCode.USAGE) from None
    except KeyboardInterrupt:
        err("interrupted")
        raise typer.Exit(130) from None
    except (typer.Exit, SystemExit):
        raise
    except Exception as exc:  # noqa: BLE001
        if debug:
            raise
        err(f"internal error: {type(exc).__name__}: {exc} (please report it; --debug shows the traceback)")
        raise typer.Exit(ExitCode.INTERNAL) from None
    raise typer.Exit(code or 0)


def given_on_command_line(ctx: typer.Context, names: Any) -> set[str]:
    """The parameter names the user typed (a flag given with its default value counts)."""
    out = set()
    for name in names:
        # NOTE: compared by name: typer >= 0.20 vendors click, so its ParameterSource is not click's.
        source = ctx.get_parameter_source(name)
        if getattr(source, "name", None) == "COMMANDLINE":
            out.add(name)
    return out


def resolve(ctx: typer.Context, params: dict[str, Any]):  # noqa: ANN201
    """(Settings, merged options) for a command: its flags over the config file over the defaults."""
    from checker.pipeline import resolve_settings

    params = dict(params)
    config_file = params.pop("config", None)
    given = given_on_command_line(ctx, params)
    return resolve_settings(params["paths"], params, given, config_file)


def check_writable(path: str) -> None:
    """[E040] now, before any expensive stage, when ``path`` cannot be written (a folder, no permission)."""
    p = Path(path)
    if p.is_dir():
        raise CheckerError(Errors.E040.format(path=path, reason="it is a folder"))
    if p.exists():
        if not os.access(p, os.W_OK):
            raise CheckerError(Errors.E040.format(path=path, reason="permission denied"))
        return
    parent = p.absolute().parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise CheckerError(Errors.E040.format(path=path, reason=f"{parent} is not a folder"))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise CheckerError(Errors.E040.format(path=path, reason=f"permission denied in {parent}"))


# --- the options that decide which findings exist (shared by `check` and `check review`) ---------

KINDS = ", ".join(SUFFIXES[:-1]) + " or " + SUFFIXES[-1]
"""The document suffixes `check` reads, for help texts."""

PATHS = typer.Argument(..., metavar="PATH", help=f"Files ({KINDS}) or folders to check.")
REVIEW_FILE = typer.Option("claims/review.yaml", "--review-file", help="The review file: where `check review` keeps its decisions.")
MIN_CONFIDENCE = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0, help="Drop findings below this confidence.")
ALIASES = typer.Option([], "--aliases", help="YAML file of entity aliases and part-of facts (repeatable; docs/aliases.md).")
class JudgeName(str, enum.Enum):
    """Which model judge runs beside the rules (``--judge``)."""

    rules = "rules"
    learned = "learned"


JUDGE = typer.Option(JudgeName.rules, "--judge", help="Model judge added to the rules: none (rules), or the shipped learned cross-encoder (learned: CC303, see checker/data/judge/MODEL_CARD.md).")
NLI_MODEL = typer.Option(None, "--nli-model", help="Local NLI cross-encoder (path) to verify candidate pairs; off by default.")
NLI_THRESHOLD = typer.Option(0.5, "--nli-threshold", min=0.0, max=1.0, help="Contradiction probability for an NLI finding.")
LLM_URL = typer.Option(None, "--llm-url", help="OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp) for an LLM judge.")
LLM_MODEL = typer.Option(None, "--llm-model", help="Model name at --llm-url.")
LLM_TIMEOUT = typer.Option(30.0, "--llm-timeout", min=0.1, help="Seconds per LLM request.")
LLM_CONCURRENCY = typer.Option(4, "--llm-concurrency", min=1, help="Parallel LLM requests.")
QUIET = typer.Option(False, "--quiet", "-q", help="No progress on stderr.")
EXCLUDE = typer.Option([], "--exclude", metavar="GLOB", help="Skip documents whose path or a parent folder matches GLOB (repeatable).")
CONFIG = typer.Option(None, "--config", metavar="FILE", help="Read settings from FILE instead of the nearest check.yaml / pyproject.toml [tool.check].")
NO_CACHE = typer.Option(False, "--no-cache", help="Do not read or write the parse/embedding cache.")
CACHE_DIR = typer.Option(None, "--cache-dir", metavar="DIR", help="Cache folder (default: $CHECK_CACHE_DIR or .check_cache).")
ENGINE = typer.Option(EngineName.local, "--engine", help="Where parsing and embedding run: this machine, or Ray (pip install 'checker[ray]'; RAY_ADDRESS for a cluster).")
EMBEDDER = typer.Option(EmbedderName.onnx, "--embedder", help="Sentence embedder: int8 ONNX (fast; exported once from the installed model), fp32 ONNX, or stock torch.")
JOBS = typer.Option(0, "--jobs", "-j", min=0, help="Parallel parsing processes / Ray workers; 0 picks the CPU count.")
DEBUG = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors.")

FINDING_OPTIONS = ("review_file", "min_confidence", "aliases", "judge", "nli_model", "nli_threshold", "llm_url", "llm_model",
                   "llm_timeout", "llm_concurrency", "exclude", "no_cache", "cache_dir", "engine", "jobs", "embedder")
"""Parameters both `check` and `check review` take: they decide which findings (and fingerprints) exist."""
