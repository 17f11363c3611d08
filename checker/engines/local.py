"""The default engine: batched spaCy (several processes for big corpora) and batched embedding, on this machine."""

from __future__ import annotations

import contextlib
import logging
import os
from typing import TYPE_CHECKING, Callable, Collection, Sequence

if TYPE_CHECKING:
    import numpy as np

    from checker import progress

    from checker.backends.base import Embedder
    from checker.models import Claim, Source
    from checker.parse import Evidence, SpacyParser

__all__ = ["LocalEngine", "PARALLEL_MIN_CHARS", "EMBED_CHUNK", "Forked", "contiguous_shares", "guided_ranges", "forked_scores",
           "forked_calls", "queued_calls"]

logger = logging.getLogger(__name__)

PARALLEL_MIN_CHARS = 100_000
"""Text to parse (characters) above which the documents are parsed in ``jobs`` processes.

The workers are forked with the model already loaded, so starting them costs little; below this
size (the seeds: 34,000 characters) the second core is better left to the embedder loading beside
the parse. 200 ECB+ documents (376,000 characters) now parse in two processes: 14.5 CPU s in one
process against about 8 s per worker in two (docs/benchmarks.md).
"""


EMBED_CHUNK = 1024
"""Texts per embedder call: progress advances per chunk; large enough that batching is unchanged."""


class _TrackedParser:
    """The parser, with ``pipe`` reporting characters parsed to `checker.progress` (everything else delegated)."""

    def __init__(self, parser: "SpacyParser", scale: float = 1.0, tracker: "progress.Tracker | _Capped | None" = None) -> None:
        """``scale``: characters of the whole parse per character of this process' share (the others
        are parsed beside it in forked processes, at about the same rate); ``tracker``: the one to advance
        (one parse in several calls), else each `pipe` call opens its own."""
        object.__setattr__(self, "_parser", parser)
        object.__setattr__(self, "_scale", scale)
        object.__setattr__(self, "_tracker", tracker)

    def pipe(self, texts: Sequence[str]):  # noqa: ANN201
        from checker import progress

        texts = list(texts)
        scale = self._scale
        tracker = self._tracker
        with contextlib.nullcontext(tracker) if tracker is not None else progress.track(
                "parsing", round(sum(map(len, texts)) * scale), "characters") as tracker:
            for text, doc in zip(texts, self._parser.pipe(texts)):
                tracker.advance(round(len(text) * scale))
                yield doc

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._parser, name)

    def __setattr__(self, name: str, value: object) -> None:
        setattr(self._parser, name, value)


class _Capped:
    """A tracker's ``advance`` that stops adding once ``total`` units were added (an estimate may overshoot)."""

    def __init__(self, tracker: "progress.Tracker", total: float) -> None:
        self.tracker, self.left = tracker, total

    def advance(self, n: float = 1) -> None:
        n = min(n, self.left)
        self.left -= n
        if n > 0:
            self.tracker.advance(n)


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
        self._pending: Forked | None = None
        self._row: dict[str, int] = {}

    def preparse(self, sources: Sequence["Source"], parser: "SpacyParser", paths: "Collection[str]") -> bool:
        """Fork a process that loads spaCy, then parses what `feed` or `parse` sends it (documents of
        ``sources`` with their evidence); `parse` takes its claims. Returns whether it started: the
        documents at ``paths`` (those expected to need a parse) are few, and spaCy is not loaded here.

        NOTE: an incremental run: spaCy's import and load (about 1 s of CPU) go to the second core while
        this process decodes the snapshot's claims, reads the corpus evidence and loads the embedder.
        Fork with no other thread running.
        """
        self.cancel()
        chosen = [s for s in sources if s.path in paths]
        if not chosen or getattr(parser, "_nlp", 1) is not None or sum(len(s.text) for s in chosen) >= PARALLEL_MIN_CHARS:
            return False
        row = {s.id: i for i, s in enumerate(sources)}

        def call(asked: "list[tuple[int, Evidence]]") -> list[tuple[str, str, bytes]]:
            from checker.cache import encode_claims
            from checker.parse import parse

            docs = [sources[i] for i, _ in asked]
            evidence = [e for _, e in asked]
            return [(s.id, e.digest(), encode_claims(cs)) for s, e, cs in zip(docs, evidence, parse(docs, parser, evidence))]

        self._row = row
        self._pending = Forked(call, before=getattr(parser, "warm_up", None), inputs=True)
        return self._pending.pid is not None

    def feed(self, sources: Sequence["Source"], evidence: Sequence["Evidence"]) -> None:
        """Send the `preparse` process the documents to parse (of those it was started with) and their evidence."""
        pending = self._pending
        if pending is None or pending._sent is not None:
            return
        pending.send([(self._row[s.id], e) for s, e in zip(sources, evidence) if s.id in self._row])

    def parse(self, sources: Sequence["Source"], parser: "SpacyParser", evidence: Sequence["Evidence"] | None = None,
              beside: "Callable[[], object] | None" = None) -> tuple[tuple["Claim", ...], ...]:
        """`checker.parse.parse`; a big corpus in contiguous ranges of documents (`guided_ranges`) that this
        process and ``jobs`` - 1 forked ones take in turn, each the next range when it is done with one
        (`queued_calls`), each range parsed whole (spaCy and claims), claims sent back encoded. ``beside``:
        called here once the workers are forked, before this process takes a range (not at all when one
        process parses): what it costs, this process parses less.

        NOTE: spaCy's own ``n_process`` sends every Doc back to this process (serialised), whose one core
        then reads claims from them all; a range parsed whole in its process sends only its claims. 200
        ECB+ documents, alternating on a loaded machine: 7.79 -> 6.66 CPU s for the first 100 (same claims).
        The model loads here first, so the workers share its pages. Ranges taken in turn rather than one share
        per process: this process also runs the embedder's warm-up thread and ``beside``, and with two fixed shares
        of equal characters the other core waited for it at the end (first 200 ECB+ documents: this process'
        share 7.9 CPU s, the other's 7.0, load 17).
        """
        from checker.cache import decode_claims, encode_claims
        from checker.parse import document_evidence, parse

        evidence = document_evidence(sources) if evidence is None else list(evidence)
        if self._pending is not None and self._pending._sent is None:
            if sum(len(s.text) for s in sources) >= PARALLEL_MIN_CHARS:
                self.cancel()  # NOTE: a big parse goes to the shares below
            else:
                self.feed(sources, evidence)
        pending, self._pending = self._pending, None
        if pending is not None:
            # NOTE: what `preparse` parsed with this evidence is taken; the rest is parsed here
            done = {(sid, digest): blob for sid, digest, blob in pending.result()}  # type: ignore[attr-defined]
            keys = [(s.id, e.digest()) for s, e in zip(sources, evidence)]
            rest = [i for i, k in enumerate(keys) if k not in done]
            fresh = dict(zip(rest, self.parse([sources[i] for i in rest], parser, [evidence[i] for i in rest]) if rest else ()))
            return tuple(fresh[i] if i in fresh else decode_claims(done[k], sources[i]) for i, k in enumerate(keys))
        chars = sum(len(s.text) for s in sources)
        jobs = min(self.jobs, len(sources)) if chars >= PARALLEL_MIN_CHARS and hasattr(os, "fork") else 1
        if jobs < 2:
            return parse(sources, _TrackedParser(parser), evidence)  # type: ignore[arg-type]
        from checker import progress

        logger.info("parsing %d characters in %d processes", chars, jobs)
        getattr(parser, "warm_up", lambda: None)()
        ranges = guided_ranges([len(s.text) for s in sources], jobs)
        with progress.track("parsing", chars, "characters") as tracker:
            # NOTE: this process' ranges advance the count for all (the others parse at about the same rate), up to the total
            own = _TrackedParser(parser, float(jobs), _Capped(tracker, chars))

            def work(k: int, here: bool) -> "tuple[tuple[Claim, ...], ...] | list[bytes]":
                a, b = ranges[k]
                if here:
                    return parse(sources[a:b], own, evidence[a:b])  # type: ignore[arg-type]
                return [encode_claims(cs) for cs in parse(sources[a:b], parser, evidence[a:b])]

            results = queued_calls(len(ranges), work, jobs, beside)
        out: list[tuple[Claim, ...]] = []
        for (a, _), (here, got) in zip(ranges, results):
            out.extend(got if here else (decode_claims(blob, sources[a + k]) for k, blob in enumerate(got)))  # type: ignore[arg-type]
        return tuple(out)

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

    def cancel(self) -> None:
        """Stop a `preparse` whose claims were not taken."""
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def close(self) -> None:
        """Stop a `preparse` whose claims were not taken."""
        self.cancel()


def contiguous_shares(sizes: Sequence[int], jobs: int) -> list[tuple[int, int]]:
    """``jobs`` contiguous, non-empty ranges (start, end) covering ``sizes``, of about equal sums."""
    jobs = max(1, min(jobs, len(sizes)))
    total = sum(sizes)
    cuts = [0]
    acc = 0
    for i, size in enumerate(sizes):
        acc += size
        left, needed = len(sizes) - (i + 1), jobs - len(cuts)
        # NOTE: cut once the running sum reaches the next share's target, or when each share to come needs the rest
        if needed > 0 and left >= needed and (acc * jobs >= total * len(cuts) or left == needed):
            cuts.append(i + 1)
    cuts.append(len(sizes))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


GUIDED_LEAST = 0.01
"""Smallest range `guided_ranges` makes, as a share of the whole (one document at least): at most about 100 ranges,
and the last one taken, which the other processes may wait for, is short."""


def guided_ranges(sizes: Sequence[int], jobs: int, least: float = GUIDED_LEAST) -> list[tuple[int, int]]:
    """Contiguous, non-empty ranges (start, end) covering ``sizes`` in order, each about what is left over
    2 x ``jobs`` (and at least ``least`` of the whole): large ranges first, small ones last, so that ``jobs``
    processes taking the next range in turn (`queued_calls`) finish close together (guided self-scheduling)."""
    total = sum(sizes)
    floor = total * least
    left = total
    out: list[tuple[int, int]] = []
    a = 0
    while a < len(sizes):
        want = max(left / (2 * max(1, jobs)), floor)
        b, got = a + 1, sizes[a]
        while b < len(sizes) and got < want:
            got += sizes[b]
            b += 1
        out.append((a, b))
        left -= got
        a = b
    return out


QUEUE_MAX = 255
"""Most items `queued_calls` hands out through its pipe (one byte each)."""


def queued_calls(n: int, work: "Callable[[int, bool], object]", jobs: int, beside: "Callable[[], object] | None" = None) -> list[tuple[bool, object]]:
    """``[(True, work(k, True)) for k in range(n)]``, the items handed out in order to this process and ``jobs`` - 1
    forked ones (`Forked`), each taking the next when it is done with one: (here, ``work(k, here)``) per item, ``here``
    False for an item a worker did (its result came back pickled: an equal copy). ``beside`` is called here once the
    workers are forked, before this process takes an item. An item a failed worker took is done here.

    NOTE: the items are written to a pipe before the fork, one byte each, and the write end closed: each process
    reads one byte for its next item (a read of one byte takes one item, whoever reads it) until the pipe is
    empty. No lock, no shared memory, and nothing to wait for but the last items. As `forked_calls`, for work
    over data already in memory, forked with no other thread running that the workers need.
    """
    jobs = max(1, min(jobs, n))
    if jobs < 2 or n > QUEUE_MAX or not hasattr(os, "fork"):
        return [(True, work(k, True)) for k in range(n)]
    r, w = os.pipe()
    try:
        os.write(w, bytes(range(n)))
    finally:
        os.close(w)

    reading = [True]  # NOTE: False here once this process has emptied the pipe and closed it

    def take(here: bool) -> list[tuple[int, object]]:
        done = []
        while reading[0] and (got := os.read(r, 1)):
            done.append((got[0], work(got[0], here)))
        return done

    try:
        workers = [Forked(lambda: take(False)) for _ in range(jobs - 1)]
        if beside is not None:
            beside()
        out: dict[int, tuple[bool, object]] = {k: (True, v) for k, v in take(True)}
    finally:
        reading[0] = False
        os.close(r)
    for worker in workers:
        got = worker.result()  # NOTE: a worker that failed: its call ran here, on the pipe this process emptied
        out.update((k, (False, v)) for k, v in got)  # type: ignore[union-attr]
    return [out[k] if k in out else (True, work(k, True)) for k in range(n)]


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


class Forked:
    """``call()`` in a forked process started now; `result` waits for it (its result comes back pickled
    through a pipe: an equal copy, not the same objects). Where ``fork`` is missing or fails, or the
    worker fails, `result` runs the call here; an error is then raised here as a sequential run raises it.

    ``before``: run first in the worker, before it waits for its input; ``inputs``: the call takes one
    argument, which `send` passes it later (the worker gets ready, e.g. loads a model, meanwhile).

    NOTE: fork only with no other thread running (no model warm-up, no onnxruntime thread pool at
    work): the child holds a copy of this process with only the forking thread.
    """

    def __init__(self, call: "Callable[..., object]", before: "Callable[[], object] | None" = None, inputs: bool = False) -> None:
        self.call = call
        self.inputs = inputs
        self.pid: int | None = None
        self._fd: int | None = None
        self._in: int | None = None
        self._sent: tuple[object] | None = None
        if not hasattr(os, "fork"):
            return
        try:
            r, w = os.pipe()
            ri, wi = os.pipe() if inputs else (-1, -1)
            pid = os.fork()
        except OSError as exc:
            logger.debug("fork failed (%s): running here", exc)
            return
        if pid == 0:  # pragma: no cover - the worker (its coverage is not collected)
            code = 1
            try:
                import pickle

                os.close(r)
                if before is not None:
                    before()
                if inputs:
                    os.close(wi)
                    with os.fdopen(ri, "rb") as fh:
                        arg = pickle.loads(fh.read())  # NOTE: our parent's bytes
                    if isinstance(arg, tuple) and len(arg) == 1:
                        out = call(arg[0])
                    else:
                        os._exit(2)  # NOTE: no input came (the parent closed the pipe): nothing to do
                else:
                    out = call()
                data = pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(w, "wb") as fh:
                    fh.write(data)
                code = 0
            finally:
                os._exit(code)
        os.close(w)
        if inputs:
            os.close(ri)
            self._in = wi
        self.pid, self._fd = pid, r

    def send(self, arg: object) -> None:
        """The call's argument (``inputs``), sent to the worker once."""
        import pickle

        self._sent = (arg,)
        fd, self._in = self._in, None
        if fd is not None:
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(pickle.dumps(self._sent, protocol=pickle.HIGHEST_PROTOCOL))
            except OSError as exc:  # NOTE: the worker is gone; `result` runs the call here
                logger.debug("worker input lost (%s)", exc)

    def result(self) -> object:
        """The call's result (waits for the worker once; later calls run it here)."""
        import pickle

        if self.inputs and self._sent is None:
            raise RuntimeError("Forked.result before send")
        pid, fd = self.pid, self._fd
        self.pid = self._fd = None
        if pid is not None and fd is not None:
            with os.fdopen(fd, "rb") as fh:
                data = fh.read()
            _, status = os.waitpid(pid, 0)
            if status == 0 and data:
                return pickle.loads(data)  # NOTE: our own child's bytes, never read from disk
            logger.debug("worker %d failed (status %d): running its call here", pid, status)
        return self.call(*self._sent) if self._sent is not None else self.call()

    def cancel(self) -> None:
        """Stop the worker if it is still running and reap it (its result is not wanted)."""
        import signal

        pid, fd, fi = self.pid, self._fd, self._in
        self.pid = self._fd = self._in = None
        for f in (fd, fi):
            if f is not None:
                os.close(f)
        if pid is not None:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:  # pragma: no cover - already gone
                pass
            os.waitpid(pid, 0)


def forked_calls(calls: "Sequence[Callable[[], object]]") -> list[object]:
    """``[call() for call in calls]``: the first here, each other in a `Forked` process.

    NOTE: as `forked_scores`, for pure-Python work once the models are released.
    """
    if len(calls) < 2:
        return [call() for call in calls]
    workers = [Forked(call) for call in calls[1:]]
    return [calls[0](), *(w.result() for w in workers)]
