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


def test_pipeline_embed_stage_takes_vectors_read_before_from_the_cache_as_hits(tmp_path, monkeypatch):
    from checker.pipeline import cached_vectors

    cache, emb = Cache(tmp_path / "c"), HashEmbedder()
    first = embed_stage(["a b", "c d"], emb, CountingEngine(), cache)
    known = cached_vectors(["a b", "x y", "a b"], emb, cache)
    assert list(known) == ["a b"] and (known["a b"] == first[0]).all()  # NOTE: "x y" is not cached
    asked: list[int] = []
    real = cache.get_embeddings
    monkeypatch.setattr(cache, "get_embeddings", lambda keys, dim: asked.append(len(keys)) or real(keys, dim))
    engine, hits = CountingEngine(), cache.stats.embed_hits
    known["a b"] = known["a b"] * 0 + 1  # NOTE: a marked vector: the one given is the one used
    vectors = embed_stage(["a b", "c d", "x y", "a b"], emb, engine, cache, known)
    assert engine.embedded == ["x y"] and asked == [2]  # NOTE: "a b" was not looked up again
    assert (vectors[0] == 1).all() and (vectors[3] == 1).all() and (vectors[1] == first[1]).all()
    assert cache.stats.embed_hits - hits == 2
    assert (embed_stage(["a b"], emb, engine, cache, {"a b": known["a b"]}) == 1).all() and asked == [2]


def test_pipeline_beside_parse_runs_what_it_is_given_last():
    from checker.pipeline import _beside_parse, load_knowledge

    done: list[str] = []

    class Embedder:
        def warm_up(self) -> None:
            done.append("warm")

    _beside_parse(Embedder(), load_knowledge(), lambda: done.append("then"))()
    assert done == ["warm", "then"]


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


def test_pipeline_parse_shares_are_contiguous_non_empty_and_about_equal():
    from checker.engines.local import contiguous_shares

    assert contiguous_shares([5, 5, 5, 5], 2) == [(0, 2), (2, 4)]
    assert contiguous_shares([10, 1, 1, 1], 2) == [(0, 1), (1, 4)]
    assert contiguous_shares([1, 1, 1, 10], 2) == [(0, 3), (3, 4)]  # NOTE: the last share still gets a document
    assert contiguous_shares([2] * 6, 3) == [(0, 2), (2, 4), (4, 6)]
    assert contiguous_shares([1, 100], 3) == [(0, 1), (1, 2)] and contiguous_shares([7], 2) == [(0, 1)] and contiguous_shares([], 2) == []


@pytest.mark.slow
def test_pipeline_parallel_parse_equals_serial(corpus, real_parser, monkeypatch):
    from checker.engines import local

    sources = read_sources(discover([str(corpus)]))
    serial = LocalEngine(jobs=1).parse(sources, real_parser)
    monkeypatch.setattr(local, "PARALLEL_MIN_CHARS", 0)
    parallel = LocalEngine(jobs=2).parse(sources, real_parser)
    assert parallel == serial
    assert real_parser.n_process == 1
    assert LocalEngine(jobs=3).parse(sources[:2], real_parser) == serial[:2]


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


def test_pipeline_events_judged_in_two_processes_give_the_same_findings_and_records(monkeypatch):
    import checker.engines.local as local
    import checker.pipeline as pipeline
    from checker.judge import judge_clusters
    from checker.models import Claim, Cluster
    from checker.normalize import claim_slots
    from checker.normalize.entities import ProductLexicon, load_knowledge

    kb = load_knowledge()

    def claim(doc: str, n: int, text: str) -> Claim:
        lex = ProductLexicon()
        lex.add_text(text)
        return Claim(source_id=doc, path=f"{doc}.txt", start=n * 100, end=n * 100 + len(text), line=n + 1, column=1,
                     end_line=n + 1, text=text, context=text, slots=claim_slots(text, (), kb, lex))

    events = []
    for k, (a, b) in enumerate([(300, 450), (12, 12), (7, 9), (2019, 2021), (40, 41), (5, 5)]):
        members = (claim(f"a{k}", k, f"Acme cut {a} jobs at its Ohio plant in May 2024."),
                   claim(f"b{k}", k, f"Acme cut {b} jobs at its Ohio plant in May 2024."),
                   claim(f"c{k}", k, f"The Ohio plant of Acme lost {a} jobs in {2020 + k % 3}."))
        events.append(Cluster(id=k, claims=members, label=f"event {k}"))
    seen_one: dict = {}
    one = judge_clusters(events, Settings().judge, kb, None, vectors={}, known=None, seen=seen_one)
    assert one, "the events hold no finding to compare"
    calls = []
    real = local.forked_calls
    monkeypatch.setattr(local, "forked_calls", lambda fns: calls.append(len(fns)) or real(fns))
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_JUDGED", 1)
    memo: dict = {"known": None, "seen": {}}
    two = pipeline._judge(events, Settings(), kb, None, {}, memo, 2)
    assert calls == [2]
    assert two == one
    assert list(memo["seen"].items()) == list(seen_one.items())


def test_pipeline_pointing_read_beside_matching_in_another_process_equals_reading_it_here(monkeypatch):
    import os

    import numpy as np

    import checker.pipeline as pipeline
    from checker.models import Claim
    from checker.refer import pointing

    def c(sid: str, start: int, text: str, stance: str = "asserted", paragraph: int = 0) -> Claim:
        return Claim(sid, f"{sid}.txt", start, start + len(text), 1, start + 1, 1, text, paragraph=paragraph, stance=stance)

    claims = [c("a", 0, "Reports said the mayor had resigned."), c("a", 80, "Officials said this was untrue.", "refutes"),
              c("b", 0, "The mayor of Harwick resigned on Monday."), c("b", 50, "The council approved the budget.")]
    vectors = np.array([[1, 0, 0.2], [0.1, 0, 1], [1, 0.1, 0], [0, 1, 0]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    here = pointing(claims, vectors)
    assert here[1], "the example resolves no denial"
    assert pipeline._pointing_beside(claims, vectors, 2) is None  # NOTE: below PARALLEL_MIN_POINTING: read here
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_POINTING", 1)
    assert pipeline._pointing_beside(claims, vectors, 1) is None  # NOTE: one process
    beside = pipeline._pointing_beside(claims, vectors, 2)
    assert beside is not None and beside.pid not in (None, os.getpid())
    assert beside.result() == here


def test_pipeline_forked_calls_return_each_result_and_survive_a_failed_worker():
    import os

    from checker.engines.local import forked_calls

    here = os.getpid()

    def flaky() -> dict:
        if os.getpid() != here:
            raise RuntimeError("the worker fails")
        return {"ran": "here"}

    assert forked_calls([lambda: [1, 2], lambda: {"x": (3, "y")}, lambda: None]) == [[1, 2], {"x": (3, "y")}, None]
    assert forked_calls([lambda: 1, flaky]) == [1, {"ran": "here"}]


def test_pipeline_guided_ranges_cover_in_order_large_first_and_none_below_the_least_share():
    from checker.engines.local import guided_ranges

    # NOTE: each range about what is left over 2 x jobs, in whole documents: 100 -> 25, 75 -> 19, 56 -> 14, 42 -> 11, ...
    assert guided_ranges([1] * 100, 2) == [(0, 25), (25, 44), (44, 58), (58, 69), (69, 77), (77, 83), (83, 88), (88, 91),
                                           (91, 94), (94, 96), (96, 97), (97, 98), (98, 99), (99, 100)]
    assert guided_ranges([1] * 100, 2, least=0.1)[-3:] == [(79, 89), (89, 99), (99, 100)]
    assert guided_ranges([50, 1, 1, 1], 2) == [(0, 1), (1, 2), (2, 3), (3, 4)]  # NOTE: a document is never split
    assert guided_ranges([3, 3], 1) == [(0, 1), (1, 2)] and guided_ranges([], 2) == []
    sizes = [((7 * i) % 13) + 1 for i in range(300)]
    ranges = guided_ranges(sizes, 3)
    assert [a for a, _ in ranges] == [0] + [b for _, b in ranges[:-1]] and ranges[-1][1] == 300
    assert all(sum(sizes[a:b]) >= 0.01 * sum(sizes) or b == 300 for a, b in ranges)
    assert len(ranges) <= 100


def test_pipeline_queued_calls_do_each_item_once_in_some_process_and_run_beside_here_first(tmp_path):
    import os

    from checker.engines.local import queued_calls

    here = os.getpid()
    order: list[str] = []

    def work(k: int, local: bool) -> tuple[int, int, bool]:
        if local:
            order.append(f"item {k}")
        return k * k, os.getpid(), local

    def beside() -> None:
        order.append("beside")
        (tmp_path / "slow").write_text("x")

    got = queued_calls(40, work, 2, beside)
    assert [v[1][0] for v in got] == [k * k for k in range(40)]
    # NOTE: each result says where it was made: here (True) or in the worker, whose pid is another
    assert all((pid == here) == local == flag for flag, (_, pid, local) in got)
    assert order[0] == "beside" and order[1:] == [f"item {k}" for k, (flag, _) in enumerate(got) if flag]
    assert queued_calls(3, work, 1, beside) == [(True, (k * k, here, True)) for k in range(3)]  # NOTE: one process: beside never runs
    assert order.count("beside") == 1


def test_pipeline_queued_calls_do_here_what_a_failed_worker_took():
    import os

    from checker.engines.local import queued_calls

    here = os.getpid()

    def work(k: int, local: bool) -> int:
        if os.getpid() != here:
            os._exit(3)  # NOTE: the worker dies holding the item it took
        return -k

    assert queued_calls(12, work, 2) == [(True, -k) for k in range(12)]


@pytest.mark.parametrize("jobs", [2, 3])
def test_pipeline_parse_in_queued_ranges_gives_the_claims_of_one_process(corpus, tmp_path, monkeypatch, jobs):
    import checker.engines.local as local
    import checker.parse as parse_mod

    monkeypatch.setattr(parse_mod, "parse", _LineParse())
    monkeypatch.setattr(local, "PARALLEL_MIN_CHARS", 0)
    files = {f"d{i:02d}.txt": "".join(f"Northwind Labs reported {i} new orders in week {w}.\n" for w in range(i % 5 + 1)) for i in range(30)}
    sources = read_sources(discover([str(corpus), str(_write(tmp_path / "more", files))]))
    ran = []
    serial = LocalEngine(jobs=1).parse(sources, _Unloaded(), beside=lambda: ran.append("serial"))  # type: ignore[arg-type]
    parallel = LocalEngine(jobs=jobs).parse(sources, _Unloaded(), beside=lambda: ran.append("parallel"))  # type: ignore[arg-type]
    assert parallel == serial and sum(map(len, serial)) > 30
    assert ran == ["parallel"]


class _LineParse:
    """`checker.parse.parse` stand-in: a claim per line of four words; records the calls made in this process."""

    calls: list[str] = []

    def __call__(self, sources, parser, evidence=None):  # noqa: ANN001, ANN204
        from checker.models import Claim

        out = []
        for src in sources:
            self.calls.append(src.path)
            claims, offset = [], 0
            for n, line in enumerate(src.text.split("\n"), 1):
                if len(line.split()) >= 4:
                    claims.append(Claim(src.id, src.path, offset, offset + len(line), n, 1, n, line))
                offset += len(line) + 1
            out.append(tuple(claims))
        return tuple(out)


class _Unloaded:
    _nlp = None


def test_pipeline_preparse_parses_the_changed_documents_in_a_forked_process(corpus, monkeypatch):
    import checker.parse as parse_mod
    from checker.parse import document_evidence

    fake = _LineParse()
    fake.calls = []
    monkeypatch.setattr(parse_mod, "parse", fake)
    sources = read_sources(discover([str(corpus)]))
    evidence = document_evidence(sources)
    engine = LocalEngine(jobs=1)
    assert engine.preparse(sources, _Unloaded(), {sources[0].path})  # type: ignore[arg-type]
    got = engine.parse(sources[:2], _Unloaded(), evidence[:2])  # type: ignore[arg-type]
    # NOTE: the worker parsed what it was asked for; this process parsed nothing, and the claims equal its own parse
    assert fake.calls == [] and got == fake(sources[:2], None)
    # NOTE: fed the first document; the second is asked for too, and parsed here
    fake.calls.clear()
    assert engine.preparse(sources, _Unloaded(), {sources[0].path})  # type: ignore[arg-type]
    engine.feed(sources[:1], evidence[:1])
    assert engine.parse(sources[:2], _Unloaded(), evidence[:2]) == got  # type: ignore[arg-type]
    assert fake.calls == [sources[1].path]
    # NOTE: fed with the corpus' evidence, asked with another (the first document's alone): parsed here
    fake.calls.clear()
    assert engine.preparse(sources, _Unloaded(), {sources[0].path})  # type: ignore[arg-type]
    engine.feed(sources[:1], evidence[:1])
    engine.parse(sources[:1], _Unloaded(), document_evidence(sources[:1]))  # type: ignore[arg-type]
    assert fake.calls == [sources[0].path]


def test_pipeline_preparse_declines_a_loaded_parser_and_a_close_reaps_its_worker(corpus, monkeypatch):
    import os

    import checker.parse as parse_mod

    monkeypatch.setattr(parse_mod, "parse", _LineParse())
    sources = read_sources(discover([str(corpus)]))
    engine = LocalEngine(jobs=1)
    assert not engine.preparse(sources, object(), {sources[0].path})  # type: ignore[arg-type]
    assert not engine.preparse(sources, _Unloaded(), set())  # type: ignore[arg-type]
    assert engine.preparse(sources, _Unloaded(), {sources[0].path})  # type: ignore[arg-type]
    pid = engine._pending.pid  # type: ignore[union-attr]
    engine.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)


def test_pipeline_normalising_in_shares_gives_the_claims_one_process_gives(corpus, tmp_path, monkeypatch):
    import checker.pipeline as pipeline
    from checker.knowledge import load_knowledge
    from checker.normalize import corpus_lexicon

    files = {f"d{i}.txt": f"Northwind Labs opened a plant in Oslo in March 202{i}.\nIt employs {100 * i} workers, the company said.\n"
             for i in range(6)}
    sources = read_sources(discover([str(corpus), str(_write(tmp_path / "more", files))]))
    per_source = CountingEngine().parse(sources, None)
    kb, lexicon = load_knowledge(), corpus_lexicon(per_source)
    one = pipeline._normalize_all(per_source, sources, kb, lexicon, 1)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_NORMALISED", 0)
    calls = []
    real = pipeline.normalize
    monkeypatch.setattr(pipeline, "normalize", lambda per, srcs, *a: calls.append(len(srcs)) or real(per, srcs, *a))
    assert pipeline._normalize_all(per_source, sources, kb, lexicon, 2) == one
    assert calls and sum(calls) < len(sources)  # NOTE: this process normalised its share only
    assert all(c.tokens == () for cs in one for c in cs) and any(c.slots.dates for cs in one for c in cs)


def test_pipeline_one_long_document_has_its_claims_own_slots_read_in_shares(corpus, tmp_path, monkeypatch):
    import checker.engines.local as local
    import checker.pipeline as pipeline
    from checker.knowledge import load_knowledge
    from checker.normalize import corpus_lexicon

    long = "".join(f"Northwind Labs opened plant {i} in Oslo in March 2021.\nIt employs {100 + i} workers.\n" for i in range(12))
    sources = read_sources(discover([str(_write(tmp_path / "two", {"long.txt": long, "brief.txt": "Northwind Labs opened a plant.\n"}))]))
    per_source = CountingEngine().parse(sources, None)
    kb, lexicon = load_knowledge(), corpus_lexicon(per_source)
    one = pipeline._normalize_all(per_source, sources, kb, lexicon, 1)
    forks, given = [], []
    real_forked, real_normalize = local.forked_calls, pipeline.normalize
    monkeypatch.setattr(local, "forked_calls", lambda fns: forks.append(len(fns)) or real_forked(fns))
    monkeypatch.setattr(pipeline, "normalize", lambda per, srcs, k, lex, slots=None, **kw: given.append(slots) or real_normalize(per, srcs, k, lex, slots, **kw))
    # NOTE: the brief's share of documents (one claim) is under half the threshold: the claims' own slots and answers
    # are read in two forked shares of claims each (the long document's cut between them), the context pass here
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_NORMALISED", 4)
    assert pipeline._normalize_all(per_source, sources, kb, lexicon, 2) == one and forks == [2, 2]
    assert len(given) == 1 and [len(s) for s in given[0]] == [len(cs) for cs in per_source]
    # NOTE: documents of about equal claims are still normalised whole, a share of documents per process
    forks.clear(), given.clear()
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_NORMALISED", 2)
    assert pipeline._normalize_all(per_source, sources, kb, lexicon, 2) == one and forks == [2] and given == [None]  # NOTE: here; the other share's in its worker


def _write(folder, files):  # noqa: ANN001, ANN202
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_pipeline_forked_call_with_input_runs_here_when_its_worker_dies():
    import os

    from checker.engines.local import Forked

    parent = os.getpid()

    def die() -> None:
        if os.getpid() != parent:
            os._exit(3)

    ok = Forked(lambda x: (x * 2, os.getpid() != parent), inputs=True)
    with pytest.raises(RuntimeError):
        ok.result()
    ok.send(21)
    assert ok.result() == (42, True)  # NOTE: computed by the worker
    dead = Forked(lambda x: (x * 2, os.getpid() != parent), before=die, inputs=True)
    dead.send(21)
    assert dead.result() == (42, False)  # NOTE: the worker died before its input: computed here


def test_pipeline_publication_dates_reach_the_matcher():
    import datetime as dt

    from checker.match import MatchConfig
    from checker.models import Source, source_id

    # NOTE: the same undated sentence in reports of two years (two seasons): the dates keep them apart
    # (worded a little differently each: a line in three documents or more is boilerplate)
    text = "The Harbor Hawks won the league title after beating the Lakeside Owls in the {}.\n"
    dates = {"a.txt": dt.date(2023, 6, 1), "b.txt": dt.date(2023, 6, 2), "c.txt": dt.date(2024, 6, 1), "d.txt": dt.date(2024, 6, 3)}
    sources = [Source(id=source_id(p, text.format(p)), path=p, text=text.format(w), date=d)
               for (p, d), w in zip(dates.items(), ("final", "final game", "final match", "last final"))]

    def events(**kw) -> set[frozenset[str]]:
        settings = Settings(cache=False, match=MatchConfig(doc_link_threshold=None, **kw))
        report, _ = run(sources, settings, Backends(embedder=HashEmbedder(), parser=object()), engine=CountingEngine())  # type: ignore[arg-type]
        return {frozenset(c.path for c in cl.claims) for cl in report.clusters}

    assert events() == {frozenset({"a.txt", "b.txt"}), frozenset({"c.txt", "d.txt"})}
    assert events(published_years=0) == {frozenset(dates)}


def test_pipeline_embeds_what_claims_ask_and_gives_it_to_matching(tmp_path, monkeypatch):
    # NOTE: claims whose answers are of one kind meet by their questions (checker.match.question_candidates)
    import checker.pipeline as pipeline
    from checker.match import question_texts
    from test_cache import CountingEngine, _docs

    seen: dict = {}
    real = pipeline.cluster

    def spy(claims, *args, **kwargs):  # noqa: ANN001, ANN202
        seen["claims"], seen["questions"] = claims, kwargs.get("questions")
        return real(claims, *args, **kwargs)

    monkeypatch.setattr(pipeline, "cluster", spy)
    engine = CountingEngine()
    docs = {"a.txt": "The old tower is 330 metres tall today.\n", "b.txt": "The old tower stands 1,083 feet tall.\n"}
    run(_docs(tmp_path / "docs", **docs), Settings(), Backends(embedder=HashEmbedder(), parser=object()), engine=engine)  # type: ignore[arg-type]
    asked = question_texts(seen["claims"])
    # NOTE: each claim's question and its length's own (checker.match.ANSWER_QUESTION)
    assert len(asked) == 4 and set(seen["questions"]) == set(asked)
    assert set(asked.values()) <= set(engine.embedded)
    for cid, text in asked.items():
        assert (seen["questions"][cid] == HashEmbedder().embed([text])[0]).all()


def test_pipeline_gc_paused_freezes_what_it_made_before_the_collector_runs_again(monkeypatch):
    import gc

    import checker.pipeline as pipeline

    # NOTE: enabled first, the youngest generation (every object made inside) would be walked before the freeze
    at_enable: list = []
    real_enable = gc.enable
    monkeypatch.setattr(gc, "enable", lambda: at_enable.append(gc.get_freeze_count()) or real_enable())
    assert gc.get_freeze_count() == 0
    try:
        with pipeline._gc_paused(settle=True):
            made = [[i] for i in range(1000)]
            assert not gc.isenabled()
        assert gc.isenabled() and at_enable and at_enable[0] >= len(made)
        at_enable.clear()
        gc.unfreeze()
        with pipeline._gc_paused():
            made = [[i] for i in range(10)]
        assert gc.isenabled() and at_enable == [0]  # NOTE: without settle nothing is frozen
    finally:
        gc.unfreeze()


def test_pipeline_beside_parse_warms_the_embedder_then_reads_the_tables_loaded_on_first_use():
    from checker import knowledge
    from checker.pipeline import _beside_parse

    class Embedder:
        warmed = 0

        def warm_up(self) -> None:
            self.warmed += 1

    tables = (knowledge.noun_kinds, knowledge.person_nouns, knowledge.verb_synonyms, knowledge.succession_verbs)
    knowledge.load_knowledge.cache_clear()
    for table in tables:
        table.cache_clear()
    try:
        kb, emb = knowledge.load_knowledge(), Embedder()
        before = _beside_parse(emb, kb)
        assert "not yet" in repr(kb.places) and emb.warmed == 0
        before()
        assert emb.warmed == 1 and "not yet" not in repr(kb.places) and kb.inside("geneva", "switzerland")
        assert all(table.cache_info().currsize == 1 for table in tables)
        _beside_parse(object(), kb)()  # NOTE: an embedder without a warm-up
    finally:
        knowledge.load_knowledge.cache_clear()


def test_pipeline_stages_in_shares_read_the_tables_workers_load_lazily_before_forking(corpus, tmp_path, monkeypatch):
    """Normalising and judging in forked shares read pint's registry, CLDR's units and WordNet's count nouns in this
    process first (`pipeline._before_fork`), so the workers share one copy instead of each reading its own."""
    import checker.engines.local as local
    import checker.pipeline as pipeline
    from checker.knowledge import load_knowledge
    from checker.models import Cluster
    from checker.normalize import corpus_lexicon, kinds, numbers

    def loaded() -> tuple[int, int, int]:
        return numbers._registry.cache_info().currsize, numbers.unit_dimensions.cache_info().currsize, kinds._table.cache_info().currsize

    def forget() -> None:
        for f in (numbers._registry, numbers.unit_keys, numbers.unit_dimensions, numbers.measure_words, kinds._table, kinds._words):
            f.cache_clear()

    at_fork = []
    monkeypatch.setattr(local, "forked_calls", lambda fns: at_fork.append(loaded()) or [f() for f in fns])
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_NORMALISED", 0)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_JUDGED", 0)
    files = {f"d{i}.txt": f"Northwind Labs opened a plant in Oslo in March 202{i}.\nIt employs {100 * i} workers.\n" for i in range(4)}
    sources = read_sources(discover([str(corpus), str(_write(tmp_path / "more", files))]))
    per_source = CountingEngine().parse(sources, None)
    kb, lexicon = load_knowledge(), corpus_lexicon(per_source)
    forget()
    per_source = pipeline._normalize_all(per_source, sources, kb, lexicon, 2)
    forget()
    claims = [c for cs in per_source for c in cs]
    events = [Cluster(id=0, claims=tuple(claims[:3]), label="a"), Cluster(id=1, claims=tuple(claims[3:6]), label="b")]
    pipeline._judge(events, pipeline.Settings(), kb, None, {}, {}, 2)
    assert at_fork == [(1, 1, 1), (1, 1, 1)]
    forget()
    pipeline._normalize_all(per_source, sources, kb, lexicon, 1)  # NOTE: one process: read on first use only
    assert loaded()[0] == 0
