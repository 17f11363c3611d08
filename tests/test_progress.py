"""Progress inside stages: plain lines off a terminal, rich bars on one, nothing when quiet or unwatched."""

from __future__ import annotations

import io

import numpy as np

from checker import progress
from checker.backends.fake import HashEmbedder
from checker.engines.local import EMBED_CHUNK, LocalEngine, _TrackedParser


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_plain_lines_are_periodic(monkeypatch):
    clock = _Clock()
    monkeypatch.setattr(progress.time, "monotonic", clock)
    out = io.StringIO()
    with progress.reporting(stream=out, interval=10, bars=False):
        with progress.track("parsing", 1000, "characters") as t:
            clock.now = 30  # NOTE: start-up (the model loading) before the first unit is done
            t.advance(10)
            for _ in range(90):
                clock.now += 1
                t.advance(10)
    lines = out.getvalue().splitlines()
    assert len(lines) == 9
    assert lines[0] == "  parsing: 110/1,000 characters (11%), 10/s, about 89 s left"


def test_progress_quiet_and_unwatched_print_nothing(monkeypatch):
    clock = _Clock()
    monkeypatch.setattr(progress.time, "monotonic", clock)
    out = io.StringIO()
    with progress.reporting(enabled=False, stream=out, interval=1, bars=False):
        t = progress.track("parsing", 10)
        clock.now += 100
        t.advance(5)
    t = progress.track("parsing", 10)
    clock.now += 100
    t.advance(5)
    assert out.getvalue() == ""


def test_progress_bar_on_a_terminal_is_transient(monkeypatch):
    clock = _Clock()
    monkeypatch.setattr(progress.time, "monotonic", clock)

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Tty()
    with progress.reporting(stream=out, interval=1):
        with progress.track("embedding", 4, "claims") as t:
            clock.now += 3
            t.advance(2)
            assert t._progress is not None  # NOTE: a rich Progress is live
    assert t._progress is None


class _FakeParser:
    n_process = 1

    def pipe(self, texts):  # noqa: ANN001, ANN201
        return iter(list(texts))


def test_progress_parser_pipe_reports_characters(monkeypatch):
    seen = []

    class Spy(progress.Tracker):
        def advance(self, n: float = 1) -> None:
            seen.append(n)

    monkeypatch.setattr(progress, "track", lambda *a, **k: Spy())
    tracked = _TrackedParser(_FakeParser())
    assert list(tracked.pipe(["abc", "de"])) == ["abc", "de"]
    assert seen == [3, 2]
    tracked.n_process = 2
    assert tracked._parser.n_process == 2


def test_progress_chunked_embedding_equals_one_call():
    texts = [f"sentence number {i} about the report" for i in range(EMBED_CHUNK * 2 + 7)]
    emb = HashEmbedder()
    assert np.array_equal(LocalEngine(jobs=1).embed(texts, emb), emb.embed(texts))
