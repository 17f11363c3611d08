"""Typer sub-commands (`check`, `check review`, `check cache`): parse flags, call the pipeline, pick a reporter.

Nothing here is imported by the pipeline or the stages; `checker.cli.main` dispatches to these apps.
"""

from __future__ import annotations

__all__: list[str] = []
