"""The only module that knows the stage order: sources -> parse -> normalize -> match -> judge -> review."""

from __future__ import annotations

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
    from checker.backends.base import Embedder, Judge
    from checker.parse import SpacyParser

__all__ = ["Backends", "Settings", "run", "check_paths"]

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
        """Fill missing backends with the real ones (loaded lazily)."""
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


def run(
    sources: Sequence[Source],
    settings: Settings | None = None,
    backends: Backends | None = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[Report, tuple[tuple[Claim, ...], ...]]:
    """Check sources; returns the report and the normalised claims per source."""
    from checker.parse import parse

    settings = settings or Settings()
    b = (backends or Backends()).resolved()
    kb = load_knowledge(settings.alias_files)
    say = progress or (lambda _msg: None)
    say(f"parsing {len(sources)} documents")
    per_source = parse(sources, b.parser)  # type: ignore[arg-type]
    say("normalising claims")
    per_source = normalize(per_source, sources, kb)
    claims = [c for cs in per_source for c in cs]
    say(f"embedding {len(claims)} claims")
    clusters = cluster(claims, b.embedder, settings.match, kb=kb, progress=say)  # type: ignore[arg-type]
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
