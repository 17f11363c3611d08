"""The reporter interface: a report in, a string out; the CLI owns the stream."""

from __future__ import annotations

from typing import Protocol

from checker.models import Report

__all__ = ["Reporter"]


class Reporter(Protocol):
    """Renders a whole report as text."""

    def render(self, report: Report) -> str:
        """The complete output."""
