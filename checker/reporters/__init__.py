"""Output formats: `OutputFormat` names each and builds its reporter."""

from __future__ import annotations

import enum
from typing import assert_never

__all__ = ["OutputFormat"]


class OutputFormat(str, enum.Enum):
    """What ``--format`` accepts."""

    terminal = "terminal"
    json = "json"
    sarif = "sarif"
    github = "github"
    markdown = "markdown"
    junit = "junit"
    concise = "concise"

    def reporter(self, verbose: bool = False):  # noqa: ANN201
        """The reporter for this format (imported lazily)."""
        if self is OutputFormat.terminal:
            from checker.reporters.terminal import TerminalReporter

            return TerminalReporter(verbose=verbose)
        if self is OutputFormat.json:
            from checker.reporters.json import JsonReporter

            return JsonReporter()
        if self is OutputFormat.sarif:
            from checker.reporters.sarif import SarifReporter

            return SarifReporter()
        if self is OutputFormat.github:
            from checker.reporters.github import GithubReporter

            return GithubReporter()
        if self is OutputFormat.markdown:
            from checker.reporters.markdown import MarkdownReporter

            return MarkdownReporter()
        if self is OutputFormat.junit:
            from checker.reporters.junit import JunitReporter

            return JunitReporter()
        if self is OutputFormat.concise:
            from checker.reporters.concise import ConciseReporter

            return ConciseReporter()
        assert_never(self)
