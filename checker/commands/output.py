"""Where a report goes: the chosen format to stdout or a file, plus GitHub's job summary when asked for."""

from __future__ import annotations

import logging
import os
import sys

from checker.atomic import write_text
from checker.models import Report
from checker.reporters import OutputFormat

__all__ = ["write_report", "terminal_console"]

logger = logging.getLogger(__name__)


def terminal_console(no_color: bool = False):  # noqa: ANN201
    """A rich Console on stdout; its ``is_terminal`` decides between the boxed and the plain report.

    NOTE: https://no-color.org: a non-empty NO_COLOR (or --no-color) drops colour, not the layout;
    FORCE_COLOR makes a pipe count as a terminal, as rich defines it.
    """
    from rich.console import Console

    plain = no_color or bool(os.environ.get("NO_COLOR"))
    return Console(no_color=plain, color_system=None if plain else "auto", highlight=False, soft_wrap=False)


def write_report(report: Report, fmt: OutputFormat, output: str = "-", *, verbose: bool = False, no_color: bool = False) -> None:
    """Render ``report`` as ``fmt`` to ``output`` (``-``: stdout); the terminal format is plain text off a terminal."""
    reporter = fmt.reporter(verbose=verbose)
    if fmt is OutputFormat.terminal:
        console = terminal_console(no_color) if output == "-" else None
        if console is not None and console.is_terminal:
            reporter.render(report, console)
            return
        text = reporter.text(report)
    else:
        text = reporter.render(report)
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_text(output, text)
    if fmt is OutputFormat.github:
        _github_step_summary(report)


def _github_step_summary(report: Report) -> None:
    """Append the whole report as Markdown to ``$GITHUB_STEP_SUMMARY`` (the job summary), when set."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from checker.reporters.markdown import MarkdownReporter

    try:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(MarkdownReporter().render(report))
    except OSError as exc:
        # NOTE: the annotations are out already; a summary that cannot be written is a warning, not a failure.
        sys.stderr.write(f"check: warning: cannot write the job summary to {target}: {exc.strerror or exc}\n")


