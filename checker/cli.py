"""Console entry point: `check PATH...`, `check review ...` and `check cache ...` dispatched to their typer apps.

The commands live in `checker.commands`; this module only picks one. A folder literally named
``review`` or ``cache`` is checked as ``check ./review``.
"""

from __future__ import annotations

import atexit
import gc
import logging
import sys

from checker.commands.check import HELP, app
from checker.commands.common import ExitCode, FailOn

__all__ = ["app", "main", "ExitCode", "FailOn", "HELP"]

logger = logging.getLogger(__name__)


def main() -> None:
    """`check PATH...`, or a sub-command when the first argument names one."""
    # NOTE: Python collects cyclic garbage once more as the process exits, walking every object still alive (after a
    # run over all of ECB+: about a million, 0.4-1.0 s) only to free what exiting frees anyway; frozen first, none is walked
    atexit.register(gc.freeze)
    argv = sys.argv[1:]
    if argv and argv[0] == "cache":
        from checker.commands.cache import cache_app

        cache_app(args=argv[1:], prog_name="check cache")
        return
    if argv and argv[0] == "review":
        from checker.commands.review import review_app

        review_app(args=argv[1:], prog_name="check review")
        return
    app(args=argv, prog_name="check", standalone_mode=True)
