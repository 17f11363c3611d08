"""The pipeline's cached stages: a warm run loads no model (nor numpy), cached parses equal fresh ones, engines agree."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from checker.backends.fake import HashEmbedder
from checker.cache import Cache
from checker.engines import LocalEngine, get_engine
from checker.pipeline import Backends, Settings, embed_stage, parse_stage, run
from checker.sources import discover, read_sources
from test_cache import CountingEngine

_PROBE = """
import sys
from checker.cli import main
sys.argv = ["check", sys.argv[1], "--format", "json", "-o", sys.argv[2], "--exit-zero", "-q", "--cache-dir", sys.argv[3]]
try:
    main()
except SystemExit as exc:
    code = exc.code
heavy = sorted(m for m in ("spacy", "torch", "sentence_transformers", "transformers", "thinc", "onnxruntime", "numpy") if m in sys.modules)
print(code, ",".join(heavy) or "-")
"""


def test_pipeline_warm_run_imports_neither_spacy_nor_torch_nor_numpy(corpus, tmp_path):
    # NOTE: nothing changed: the previous run's result is reused (checker.incremental.reuse).
    from checker.backends import DEFAULT_EMBEDDER, get_embedder

    # NOTE: fill the cache under the default embedder's name, without loading any model.
    real = get_embedder(DEFAULT_EMBEDDER)
    stand_in = HashEmbedder(dim=real.dim)
    stand_in.name = real.name
    cache = Cache(tmp_path / "cache")
    run(read_sources(discover([str(corpus)])), Settings(), Backends(embedder=stand_in, parser=object()), cache=cache, engine=CountingEngine())  # type: ignore[arg-type]
    cache.close()
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(corpus), str(tmp_path / "out.json"), str(tmp_path / "cache")],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    code, heavy = proc.stdout.split()
    assert code == "0" and heavy == "-"
    assert json.loads((tmp_path / "out.json").read_text())["findings"] is not None


def test_pipeline_embed_stage_embeds_each_distinct_text_once(tmp_path):
    engine = CountingEngine()
    vectors = embed_stage(["a b", "c d", "a b"], HashEmbedder(), engine, Cache(tmp_path / "c"))
    assert engine.embedded == ["a b", "c d"]
    assert (vectors[0] == vectors[2]).all() and vectors.shape == (3, 256)


def test_pipeline_identical_documents_are_parsed_once(tmp_path):
    (tmp_path / "d").mkdir()
    for name in ("one.txt", "two.txt"):
        (tmp_path / "d" / name).write_text("Northwind Labs released Vela 3 in March 2025.\n", encoding="utf-8")
    sources = read_sources(discover([str(tmp_path / "d")]))
    engine = CountingEngine()
    per_source = parse_stage(sources, object(), engine, Cache(tmp_path / "c"))  # type: ignore[arg-type]
    assert len(engine.parsed) == 1
    assert [c.path for cs in per_source for c in cs] == [s.path for s in sources]


def test_pipeline_unknown_engine_is_rejected():
    with pytest.raises(ValueError, match="unknown engine"):
        get_engine("spark")


@pytest.mark.slow
def test_pipeline_cached_parse_equals_fresh_parse(corpus, tmp_path, real_parser):
    sources = read_sources(discover([str(corpus)]))
    fresh = parse_stage(sources, real_parser, LocalEngine(), Cache(tmp_path / "c"))
    cached_cache = Cache(tmp_path / "c")
    cached = parse_stage(sources, real_parser, LocalEngine(), cached_cache)
    assert cached_cache.stats.parse_hits == len(sources)
    assert cached == fresh


@pytest.mark.slow
def test_pipeline_parallel_parse_equals_serial(corpus, real_parser, monkeypatch):
    from checker.engines import local

    sources = read_sources(discover([str(corpus)]))
    serial = LocalEngine(jobs=1).parse(sources, real_parser)
    monkeypatch.setattr(local, "PARALLEL_MIN_CHARS", 0)
    parallel = LocalEngine(jobs=2).parse(sources, real_parser)
    assert parallel == serial
    assert real_parser.n_process == 1


@pytest.mark.slow
def test_pipeline_cached_run_gives_the_same_report(corpus, tmp_path, real_parser):
    sources = read_sources(discover([str(corpus)]))
    backends = Backends(embedder=HashEmbedder(), parser=real_parser)
    plain, _ = run(sources, Settings(cache=False), backends)
    cold, _ = run(sources, Settings(cache=True, cache_dir=str(tmp_path / "c")), backends)
    warm, _ = run(sources, Settings(cache=True, cache_dir=str(tmp_path / "c")), backends)
    assert plain == cold == warm


def test_pipeline_spacy_is_imported_before_the_embedder_warm_up_thread_starts(tmp_path):
    # NOTE: spaCy hides torch while it imports; a warm-up thread importing torch meanwhile would fail.
    import threading

    from test_cache import DOCS, CountingEngine, _docs

    events: list[tuple[str, str]] = []

    class Parser:
        def prepare(self) -> None:
            events.append(("prepare", threading.current_thread().name))

    class Embedder(HashEmbedder):
        def warm_up(self) -> None:
            events.append(("warm_up", threading.current_thread().name))

    class Local(CountingEngine):
        name = "local"

    run(_docs(tmp_path / "docs", **DOCS), Settings(), Backends(embedder=Embedder(), parser=Parser()), engine=Local())  # type: ignore[arg-type]
    assert events[:2] == [("prepare", "MainThread"), ("warm_up", "check-warm-up")]
