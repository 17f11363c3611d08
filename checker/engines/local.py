"""The default engine: batched spaCy (several processes for big corpora) and batched embedding, on this machine."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Callable, Sequence

if TYPE_CHECKING:
    import numpy as np

    from checker.backends.base import Embedder
    from checker.models import Claim, Source
    from checker.parse import Evidence, SpacyParser

__all__ = ["LocalEngine", "PARALLEL_MIN_CHARS", "EMBED_CHUNK", "forked_scores", "forked_calls"]

logger = logging.getLogger(__name__)

PARALLEL_MIN_CHARS = 100_000
"""Text to parse (characters) above which spaCy runs in ``jobs`` processes.

The workers are forked with the model already loaded, so starting them costs little; below this
size (the seeds: 34,000 characters) the second core is better left to the embedder loading beside
the parse. 200 ECB+ documents (376,000 characters) now parse in two processes: 14.5 CPU s in one
process against about 8 s per worker in two (docs/benchmarks.md).
"""


EMBED_CHUNK = 1024
"""Texts per embedder call: progress advances per chunk; large enough that batching is unchanged."""


class _TrackedParser:
    """The parser, with ``pipe`` reporting characters parsed to `checker.progress` (everything else delegated)."""

    def __init__(self, parser: "SpacyParser") -> None:
        object.__setattr__(self, "_parser", parser)

    def pipe(self, texts: Sequence[str]):  # noqa: ANN201
        from checker import progress

        texts = list(texts)
        with progress.track("parsing", sum(map(len, texts)), "characters") as tracker:
            for text, doc in zip(texts, self._parser.pipe(texts)):
                tracker.advance(len(text))
                yield doc

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._parser, name)

    def __setattr__(self, name: str, value: object) -> None:
        setattr(self._parser, name, value)


def _auto_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS
        return max(1, os.cpu_count() or 1)


class LocalEngine:
    """Parse with ``nlp.pipe`` (multi-process when it pays) and embed in one batched call."""

    name = "local"

    def __init__(self, jobs: int = 0) -> None:
        """``jobs``: spaCy processes for big corpora; 0 picks the CPUs available."""
        self.jobs = jobs if jobs > 0 else _auto_jobs()

    def parse(self, sources: Sequence["Source"], parser: "SpacyParser", evidence: Sequence["Evidence"] | None = None) -> tuple[tuple["Claim", ...], ...]:
        """`checker.parse.parse`, with ``n_process`` raised for big corpora."""
        from checker.parse import parse

        chars = sum(len(s.text) for s in sources)
        n_process = self.jobs if self.jobs > 1 and chars >= PARALLEL_MIN_CHARS else 1
        saved = getattr(parser, "n_process", 1)
        try:
            if hasattr(parser, "n_process"):
                parser.n_process = n_process
            if n_process > 1:
                logger.info("parsing %d characters in %d processes", chars, n_process)
            return parse(sources, _TrackedParser(parser), evidence)  # type: ignore[arg-type]
        finally:
            if hasattr(parser, "n_process"):
                parser.n_process = saved

    def embed(self, texts: Sequence[str], embedder: "Embedder") -> "np.ndarray":
        """Batched calls to the embedder, `EMBED_CHUNK` texts each (progress advances per call)."""
        import numpy as np

        from checker import progress

        texts = list(texts)
        if len(texts) <= EMBED_CHUNK:
            return embedder.embed(texts)
        parts = []
        with progress.track("embedding", len(texts), "claims") as tracker:
            for s in range(0, len(texts), EMBED_CHUNK):
                parts.append(np.asarray(embedder.embed(texts[s : s + EMBED_CHUNK]), dtype=np.float32))
                tracker.advance(len(parts[-1]))
        return np.concatenate(parts)

    def close(self) -> None:
        """Nothing to release."""


def forked_scores(items: Sequence[tuple[int, int]], score: "Callable[[int, int], float]", jobs: int) -> list[float]:
    """``[score(a, b) for a, b in items]``, the items split in ``jobs`` contiguous shares (in sorted
    order, so a share reads neighbouring claims) scored side by side by `forked_calls` (exact: the
    same function on the same data in a copy of this process; floats pickle exactly).

    NOTE: for pure-Python work over data already in memory (the matcher's candidate pairs); the fork
    happens after the models are released, so no model thread is running.
    """
    jobs = max(1, min(jobs, len(items)))
    if jobs < 2 or not hasattr(os, "fork"):
        return [score(a, b) for a, b in items]
    order = sorted(range(len(items)), key=items.__getitem__)
    shares = [order[k * len(order) // jobs : (k + 1) * len(order) // jobs] for k in range(jobs)]
    results = forked_calls([lambda share=share: [score(*items[x]) for x in share] for share in shares])
    out = [0.0] * len(items)
    for share, values in zip(shares, results):
        for x, v in zip(share, values):  # type: ignore[call-overload]
            out[x] = v
    return out


def forked_calls(calls: "Sequence[Callable[[], object]]") -> list[object]:
    """``[call() for call in calls]``: the first here, each other in a forked process that sends its
    result back pickled through a pipe (the same function on the same data in a copy of this process;
    results come back as equal copies, not the same objects). Where ``fork`` is missing, or a worker
    fails, its call runs here; an error is then raised here as a sequential run raises it.

    NOTE: as `forked_scores`, for pure-Python work once the models are released.
    """
    import pickle

    if len(calls) < 2 or not hasattr(os, "fork"):
        return [call() for call in calls]
    workers: list[tuple[int | None, int | None]] = []
    for call in calls[1:]:
        try:
            r, w = os.pipe()
            pid = os.fork()
        except OSError as exc:
            logger.debug("fork failed (%s): running here", exc)
            workers.append((None, None))
            continue
        if pid == 0:  # pragma: no cover - the worker (its coverage is not collected)
            code = 1
            try:
                os.close(r)
                data = pickle.dumps(call(), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(w, "wb") as fh:
                    fh.write(data)
                code = 0
            finally:
                os._exit(code)
        os.close(w)
        workers.append((pid, r))
    out = [calls[0]()]
    for call, (pid, r) in zip(calls[1:], workers):
        result, ok = None, False
        if pid is not None and r is not None:
            with os.fdopen(r, "rb") as fh:
                data = fh.read()
            _, status = os.waitpid(pid, 0)
            if status == 0 and data:
                result, ok = pickle.loads(data), True  # NOTE: our own child's bytes, never read from disk
            else:
                logger.debug("worker %d failed (status %d): running its call here", pid, status)
        out.append(result if ok else call())
    return out

