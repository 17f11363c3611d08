"""The only module that knows the stage order: sources -> parse -> normalize -> embed -> match -> judge -> review.

Parsing and embedding are the heavy stages: they go through the content-hash cache
(`checker.cache`) and run on an engine (`checker.engines`: this machine, or Ray). When every
document and embedding is cached, neither spaCy nor torch is imported.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Sequence

from checker.judge import JudgeConfig, judge_clusters
from checker.match import MatchConfig, cluster
from checker.models import Claim, Report, Skipped, Source
from checker.normalize import normalize
from checker.normalize.entities import load_knowledge
from checker.sources import discover, read_sources

if TYPE_CHECKING:
    import numpy as np

    from checker.backends.base import Embedder, Judge
    from checker.cache import NullCache
    from checker.engines.base import Engine
    from checker.parse import SpacyParser

__all__ = ["Backends", "Settings", "run", "check_paths", "parse_stage", "embed_stage"]

logger = logging.getLogger(__name__)


@dataclass
class Backends:
    """The heavy components a run uses; real ones by default, fakes in tests."""

    embedder: "Embedder | None" = None
    """Sentence embedder (default: all-MiniLM-L6-v2)."""
    parser: "SpacyParser | None" = None
    """spaCy holder (default: en_core_web_sm)."""
    model_judge: "Judge | None" = None
    """Optional NLI / LLM judge."""

    def resolved(self) -> "Backends":
        """Fill missing backends with the real ones (constructed only; they load on first use)."""
        from checker.backends.sbert import SbertEmbedder
        from checker.parse import SpacyParser

        return Backends(self.embedder or SbertEmbedder(), self.parser or SpacyParser(), self.model_judge)


@dataclass(frozen=True)
class Settings:
    """What a run needs besides inputs and backends."""

    match: MatchConfig = field(default_factory=MatchConfig)
    """Matcher thresholds."""
    judge: JudgeConfig = field(default_factory=JudgeConfig)
    """Judge settings."""
    alias_files: tuple[str, ...] = ()
    """User alias / part-of YAML files."""
    cache: bool = False
    """Read and write the content-hash cache (the CLI turns it on; ``--no-cache`` off)."""
    cache_dir: str | None = None
    """Cache folder; None: ``$CHECK_CACHE_DIR`` or ``.check_cache``."""
    engine: str = "local"
    """Where parsing and embedding run: ``local`` or ``ray``."""
    jobs: int = 0
    """Parallel workers for parsing (and Ray actors); 0: automatic."""
    engine_address: str | None = None
    """Ray cluster address (``ray://head:10001``); None: ``$RAY_ADDRESS`` or a local Ray."""


def parse_stage(
    sources: Sequence[Source],
    parser: "SpacyParser",
    engine: "Engine",
    cache: "NullCache",
) -> tuple[tuple[Claim, ...], ...]:
    """Claims per source: cached parses where the text is unchanged, the engine parses the rest.

    Requires `Source.text`; assigns what `checker.parse.parse` assigns. Identical texts are parsed once.
    """
    from checker.cache import decode_claims, encode_claims, parse_key, parser_fingerprint

    fp = parser_fingerprint()
    keys = [parse_key(s, fp) for s in sources]
    blobs = cache.get_parses(list(dict.fromkeys(keys)))
    out: list[tuple[Claim, ...] | None] = [None] * len(sources)
    todo: dict[str, int] = {}  # key -> index of the first source to parse with it
    for i, (src, key) in enumerate(zip(sources, keys)):
        blob = blobs.get(key)
        if blob is not None:
            try:
                out[i] = decode_claims(blob, src)
                cache.stats.parse_hits += 1
                continue
            except ValueError as exc:  # NOTE: CacheFormatError: not valid data, a miss (one warning per run)
                cache.invalid(src.path, exc)
        todo.setdefault(key, i)
    if todo:
        idx = list(todo.values())
        parsed = engine.parse([sources[i] for i in idx], parser)
        cache.stats.parse_misses += len(idx)
        fresh = {keys[i]: claims for i, claims in zip(idx, parsed)}
        cache.put_parses((k, encode_claims(v)) for k, v in fresh.items())
        for i, key in enumerate(keys):
            if out[i] is None:
                claims = fresh[key]
                out[i] = claims if todo[key] == i else _repoint(claims, sources[i])
    return tuple(out)  # type: ignore[arg-type]


def _repoint(claims: Sequence[Claim], src: Source) -> tuple[Claim, ...]:
    import dataclasses

    return tuple(dataclasses.replace(c, source_id=src.id, path=src.path) for c in claims)


def embed_stage(texts: Sequence[str], embedder: "Embedder", engine: "Engine", cache: "NullCache") -> "np.ndarray":
    """One unit vector per text: cached ones by content, the engine embeds each missing text once."""
    import numpy as np

    from checker.cache import embed_key

    dim = int(embedder.dim)
    vectors = np.zeros((len(texts), dim), dtype=np.float32)
    if not texts:
        return vectors
    unique = list(dict.fromkeys(texts))
    keys = {t: embed_key(embedder.name, t) for t in unique}
    found = cache.get_embeddings(list(keys.values()), dim)
    missing = [t for t in unique if keys[t] not in found]
    cache.stats.embed_hits += len(unique) - len(missing)
    cache.stats.embed_misses += len(missing)
    by_text = {t: found[keys[t]] for t in unique if keys[t] in found}
    if missing:
        new = np.asarray(engine.embed(missing, embedder), dtype=np.float32)
        cache.put_embeddings(((keys[t], new[r]) for r, t in enumerate(missing)), version=embedder.name)
        by_text.update(zip(missing, new))
    for r, t in enumerate(texts):
        vectors[r] = by_text[t]
    return vectors


def run(
    sources: Sequence[Source],
    settings: Settings | None = None,
    backends: Backends | None = None,
    progress: Callable[[str], None] | None = None,
    cache: "NullCache | None" = None,
    engine: "Engine | None" = None,
) -> tuple[Report, tuple[tuple[Claim, ...], ...]]:
    """Check sources; returns the report and the normalised claims per source.

    ``cache`` and ``engine`` default to what ``settings`` asks for; pass them to share one across runs.
    """
    from checker.cache import open_cache
    from checker.engines import get_engine

    settings = settings or Settings()
    b = (backends or Backends()).resolved()
    own_cache = cache is None
    own_engine = engine is None
    cache = cache if cache is not None else open_cache(settings.cache, settings.cache_dir)
    engine = engine if engine is not None else get_engine(settings.engine, settings.jobs, settings.engine_address)
    say = progress or (lambda _msg: None)
    try:
        kb = load_knowledge(settings.alias_files)
        say(f"parsing {len(sources)} documents")
        per_source = parse_stage(sources, b.parser, engine, cache)  # type: ignore[arg-type]
        if cache.enabled:
            say(f"  {cache.stats.parse_hits} from cache, {cache.stats.parse_misses} parsed")
        say("normalising claims")
        per_source = normalize(per_source, sources, kb)
        # NOTE: the parse has served its purpose (slots keep the lemmas the rules need); dropping it
        # cuts a claim from about 4.5 KB to about 1.2 KB, which is what lets 10k documents fit.
        per_source = tuple(tuple(dataclasses.replace(c, tokens=()) for c in cs) for cs in per_source)
        claims = [c for cs in per_source for c in cs]
        say(f"embedding {len(claims)} claims")
        vectors = embed_stage([c.context or c.text for c in claims], b.embedder, engine, cache)  # type: ignore[arg-type]
        if cache.enabled:
            say(f"  {cache.stats.embed_hits} from cache, {cache.stats.embed_misses} embedded")
    finally:
        if own_engine:
            engine.close()
        if own_cache:
            cache.close()
    if backends is None or backends.embedder is None:
        # NOTE: a model this run loaded is not needed for matching; callers sharing an embedder keep theirs.
        getattr(b.embedder, "release", lambda: None)()
    clusters = cluster(claims, b.embedder, settings.match, kb=kb, vectors=vectors, progress=say)  # type: ignore[arg-type]
    say(f"judging {sum(1 for c in clusters if len({x.source_id for x in c.claims}) > 1)} multi-source events")
    if b.model_judge is not None:
        b.model_judge.warm_up()
    findings = judge_clusters(clusters, settings.judge, kb, b.model_judge)
    skipped = tuple(Skipped(s.path, "no checkable claims (empty, or only headings and page chrome)") for s, cs in zip(sources, per_source) if not cs)
    report = Report(
        sources=tuple(sources),
        claim_counts=tuple(len(cs) for cs in per_source),
        clusters=tuple(c for c in clusters if len(c.claims) > 1),
        findings=findings,
        skipped=skipped,
    )
    return report, per_source


def check_paths(paths: Sequence[str], settings: Settings | None = None, backends: Backends | None = None) -> Report:
    """Library entry point: discover, read and check documents."""
    return run(read_sources(discover(paths)), settings, backends)[0]
