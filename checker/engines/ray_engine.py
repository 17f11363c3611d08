"""The Ray engine: parsing and embedding as Ray Data ``map_batches`` over the corpus, results gathered back.

Matching and judging stay on the driver: they need every claim at once and are cheap next to
parsing and embedding. Each worker loads its own spaCy pipeline or embedding model once (an
actor per worker), so only text goes out and only compact claim tuples and float32 vectors come
back. Without a cluster address, Ray starts locally on this machine.

Point it at a cluster with ``RAY_ADDRESS=ray://head:10001 check docs/ --engine ray --jobs 16``
(or ``ray start --address ...`` on this machine, then ``RAY_ADDRESS=auto``). Every node needs the
same ``checker`` install (``pip install 'checker[ray]'``), which brings the models as packages.
"""

from __future__ import annotations

import contextlib
import logging
import os
import warnings
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from checker.errors import BackendUnavailable, Errors

if TYPE_CHECKING:
    import numpy as np

    from checker.backends.base import Embedder
    from checker.models import Claim, Source
    from checker.parse import Evidence, SpacyParser

__all__ = ["RayEngine"]

logger = logging.getLogger(__name__)

PARSE_BATCH = 8
"""Documents per parse batch (one spaCy ``pipe`` call per batch in a worker)."""
EMBED_BATCH = 256
"""Texts per embedding batch."""


def _import_ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise BackendUnavailable(Errors.E020.format(what=f"Ray engine ({exc.name or exc})", hint="pip install 'checker[ray]'")) from None
    return ray


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence Ray's deprecation chatter about actor options (``max_restarts``) while building a dataset."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*deprecated.*")
        yield


class _ParseWorker:
    """A Ray actor: one spaCy pipeline, parses batches of documents into encoded claims."""

    def __init__(self, parser: "SpacyParser") -> None:
        self.parser = parser
        self.parser.warm_up()

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        from checker.cache import encode_claims
        from checker.models import Source
        from checker.parse import Evidence, parse

        sources = [
            Source(id=str(i), path=str(p), text=str(t), author=(str(a) or None))
            for i, p, t, a in zip(batch["id"], batch["path"], batch["text"], batch["author"])
        ]
        # NOTE: each document's evidence is the whole run's (`checker.parse.Evidence`), not this batch's
        evidence = [Evidence(frozenset(filter(None, str(r).split("\n"))), frozenset(filter(None, str(w).split("\n"))))
                    for r, w in zip(batch["repeated"], batch["proper"])]
        per_source = parse(sources, self.parser, evidence)
        blobs = np.empty(len(per_source), dtype=object)
        blobs[:] = [encode_claims(cs) for cs in per_source]
        return {"row": batch["row"], "claims": blobs}


class _EmbedWorker:
    """A Ray actor: one embedding model, turns batches of texts into vectors."""

    def __init__(self, embedder: "Embedder", threads: int) -> None:
        if hasattr(embedder, "threads"):
            embedder.threads = threads  # type: ignore[attr-defined]
        self.embedder = embedder
        self.embedder.warm_up()

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        vectors = np.asarray(self.embedder.embed([str(t) for t in batch["text"]]), dtype=np.float32)
        return {"row": batch["row"], "vector": vectors}


class RayEngine:
    """Parse and embed with Ray Data; a local Ray (``num_cpus=jobs``) unless an address is given."""

    name = "ray"

    def __init__(self, jobs: int = 0, address: str | None = None) -> None:
        """``jobs``: worker actors per stage (0: the CPUs Ray reports); ``address``: None reads ``$RAY_ADDRESS``."""
        self.jobs = jobs
        self.address = address or os.environ.get("RAY_ADDRESS") or None
        self._started = False

    def _init(self):
        ray = _import_ray()
        # NOTE: the CLI owns stderr; Ray Data's per-dataset INFO lines would interleave with the report.
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        if not ray.is_initialized():
            if self.address:
                ray.init(address=self.address, log_to_driver=False)
            else:
                cpus = self.jobs or len(os.sched_getaffinity(0))
                ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False, configure_logging=False)
            self._started = True
            ctx = ray.data.DataContext.get_current()
            ctx.enable_progress_bars = False
            try:
                ctx.print_on_execution_start = False
            except AttributeError:  # pragma: no cover - older Ray
                pass
        return ray

    def _workers(self, ray) -> int:
        if self.jobs:
            return self.jobs
        return max(1, int(ray.cluster_resources().get("CPU", 1)))

    def parse(self, sources: Sequence["Source"], parser: "SpacyParser", evidence: Sequence["Evidence"] | None = None) -> tuple[tuple["Claim", ...], ...]:
        """Documents go out in batches of `PARSE_BATCH` with their evidence (by default of ``sources``);
        encoded claims come back, re-pointed at each source."""
        from checker.cache import decode_claims
        from checker.parse import document_evidence

        if not sources:
            return ()
        ray = self._init()
        workers = min(self._workers(ray), max(1, len(sources) // PARSE_BATCH or 1))
        # NOTE: a parser that already loaded spaCy is not shipped; each worker loads its own.
        shipped = type(parser)(batch_size=getattr(parser, "batch_size", 64)) if getattr(parser, "_nlp", None) is not None else parser
        evidence = document_evidence(sources) if evidence is None else evidence
        # NOTE: line keys and words hold no newline
        rows = [{"row": i, "id": s.id, "path": s.path, "text": s.text, "author": s.author or "",
                 "repeated": "\n".join(sorted(e.repeated)), "proper": "\n".join(sorted(e.proper))}
                for i, (s, e) in enumerate(zip(sources, evidence))]
        with _quiet():
            ds = ray.data.from_items(rows).map_batches(
                _ParseWorker,
                fn_constructor_args=(shipped,),
                batch_size=PARSE_BATCH,
                batch_format="numpy",
                compute=ray.data.ActorPoolStrategy(size=workers),
                num_cpus=1,
                max_restarts=0,
            )
        out: list[tuple["Claim", ...] | None] = [None] * len(sources)
        for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
            for r, blob in zip(batch["row"], batch["claims"]):
                out[int(r)] = decode_claims(bytes(blob), sources[int(r)])
        missing = [sources[i].path for i, cs in enumerate(out) if cs is None]
        if missing:  # pragma: no cover - Ray lost rows
            raise RuntimeError(f"Ray returned no parse for {len(missing)} documents, e.g. {missing[0]}")
        return tuple(out)  # type: ignore[arg-type]

    def embed(self, texts: Sequence[str], embedder: "Embedder") -> "np.ndarray":
        """Texts go out in batches of `EMBED_BATCH`; float32 vectors come back in order."""
        import numpy as np

        out = np.zeros((len(texts), int(embedder.dim)), dtype=np.float32)
        if not texts:
            return out
        ray = self._init()
        workers = min(self._workers(ray), max(1, len(texts) // EMBED_BATCH or 1))
        with _quiet():
            ds = ray.data.from_items([{"row": i, "text": t} for i, t in enumerate(texts)]).map_batches(
                _EmbedWorker,
                fn_constructor_args=(embedder, 1 if workers > 1 else max(1, self.jobs or len(os.sched_getaffinity(0)))),
                batch_size=EMBED_BATCH,
                batch_format="numpy",
                compute=ray.data.ActorPoolStrategy(size=workers),
                num_cpus=1,
                max_restarts=0,
            )
        for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
            out[np.asarray(batch["row"], dtype=np.int64)] = batch["vector"]
        return out

    def close(self) -> None:
        """Shut down the local Ray this engine started (a cluster connection is just dropped)."""
        if self._started:
            import ray

            ray.shutdown()
            self._started = False
