"""Progress inside long stages: a rich bar on stderr when it is a terminal, plain periodic lines otherwise.

The command line opens a `reporting` context (off with ``--quiet``); a stage asks `track` for a
`Tracker` and advances it as work is done. Outside a `reporting` context (library use, tests)
`track` returns a tracker that does nothing, so stages never need to know whether anyone watches.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import sys
import time
from typing import IO, Iterator

__all__ = ["Tracker", "reporting", "track", "PLAIN_INTERVAL"]

logger = logging.getLogger(__name__)

PLAIN_INTERVAL = 10.0
"""Seconds between plain progress lines (not a terminal: CI logs, pipes)."""
_MIN_SECONDS = 2.0
"""A stage shorter than this shows no bar or line at all (seeds-sized runs stay quiet)."""


class Tracker:
    """One stage's progress: ``advance(n)`` as units are done; ``close()`` (or the ``with`` block) ends it."""

    def advance(self, n: float = 1) -> None:
        """``n`` more units done."""

    def close(self) -> None:
        """The stage is over."""

    def __enter__(self) -> "Tracker":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Plain(Tracker):
    """A line every `PLAIN_INTERVAL` seconds: ``parsing: 1,234,567/30,000,000 characters (4%), 8,210/s, about 58 min left``."""

    def __init__(self, stream: IO[str], description: str, total: float, unit: str, interval: float) -> None:
        self.stream, self.description, self.total, self.unit, self.interval = stream, description, total, unit, interval
        self.done = 0.0
        self.start = self.last = time.monotonic()
        self._first: tuple[float, float] | None = None
        """(time, units) of the first advance: the rate leaves out start-up (loading a model)."""

    def advance(self, n: float = 1) -> None:
        now = time.monotonic()
        self.done += n
        if self._first is None:
            # NOTE: the first unit also paid for start-up (a model loading); the rate starts after it.
            self._first, self.last = (now, self.done), now
            return
        if now - self.last >= self.interval and now - self.start >= _MIN_SECONDS:
            self.last = now
            t0, d0 = self._first
            rate = (self.done - d0) / max(now - t0, 1e-9)
            left = (self.total - self.done) / rate if rate > 0 and self.total else 0.0
            pct = f" ({100 * self.done / self.total:.0f}%)" if self.total else ""
            eta = f", about {_duration(left)} left" if left >= 1 else ""
            self.stream.write(f"  {self.description}: {self.done:,.0f}/{self.total:,.0f} {self.unit}{pct}, {rate:,.0f}/s{eta}\n")
            self.stream.flush()


class _Bar(Tracker):
    """A transient rich progress bar on stderr; appears only once the stage has run for a moment."""

    def __init__(self, stream: IO[str], description: str, total: float, unit: str) -> None:
        self.stream, self.description, self.total, self.unit = stream, description, total, unit
        self.done = 0.0
        self.start = time.monotonic()
        self._progress = None
        self._task = None

    def _open(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("  {task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn(self.unit),
            TimeRemainingColumn(), console=Console(file=self.stream), transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task(self.description, total=self.total, completed=self.done)

    def advance(self, n: float = 1) -> None:
        self.done += n
        if self._progress is None and time.monotonic() - self.start >= _MIN_SECONDS:
            self._open()
        if self._progress is not None:
            self._progress.update(self._task, completed=self.done)  # type: ignore[arg-type]

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


class _Reporter:
    def __init__(self, stream: IO[str], interval: float, bars: bool | None) -> None:
        self.stream, self.interval = stream, interval
        self.bars = bars if bars is not None else _is_terminal(stream)

    def track(self, description: str, total: float, unit: str) -> Tracker:
        if self.bars:
            return _Bar(self.stream, description, total, unit)
        return _Plain(self.stream, description, total, unit, self.interval)


_CURRENT: contextvars.ContextVar[_Reporter | None] = contextvars.ContextVar("checker_progress", default=None)


@contextlib.contextmanager
def reporting(enabled: bool = True, stream: IO[str] | None = None, interval: float = PLAIN_INTERVAL, bars: bool | None = None) -> Iterator[None]:
    """Show the progress of stages run inside the block (``enabled=False``: nothing, as ``--quiet``).

    ``stream`` defaults to stderr; ``bars`` None picks rich bars on a terminal, plain lines otherwise.
    """
    token = _CURRENT.set(_Reporter(stream or sys.stderr, interval, bars) if enabled else None)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def track(description: str, total: float, unit: str = "") -> Tracker:
    """A tracker for one stage of ``total`` units; does nothing outside `reporting`."""
    reporter = _CURRENT.get()
    return reporter.track(description, total, unit) if reporter is not None else Tracker()


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _duration(seconds: float) -> str:
    if seconds < 100:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
