"""Incremental runs: one changed document re-matches and re-judges only its story; the report equals a full run's."""

from __future__ import annotations

import dataclasses

import pytest

import checker.pipeline as pipeline
from checker.backends.fake import HashEmbedder
from checker.cache import Cache
from checker.match import MatchConfig
from checker.pipeline import Backends, Settings, run
from checker.models import Claim, Source, source_id
from test_cache import CountingEngine, _docs

# NOTE: eight unrelated stories of three sources each; every story names its own entities and numbers.
_PLACES = ["Oslo", "Lima", "Perth", "Quito", "Hanoi", "Dakar", "Riga", "Tunis"]
_FIRMS = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Adatum", "Proseware", "Woodgrove"]


def _corpus() -> dict[str, str]:
    files = {}
    for s, (place, firm) in enumerate(zip(_PLACES, _FIRMS)):
        for d in range(3):
            files[f"s{s}_d{d}.txt"] = (
                f"{firm} Labs opened a factory in {place} in March 202{d}.\n"
                f"The {firm} factory in {place} employs {1000 + 100 * d} workers.\n"
                f"Officials in {place} said the {firm} plant was approved last year.\n"
            )
    return files


def _settings() -> Settings:
    return Settings(cache=True, match=MatchConfig(neighbors=2))


def _run(sources, cache_dir, spy=None):  # noqa: ANN001, ANN202
    c = Cache(cache_dir)
    try:
        return run(sources, _settings(), Backends(embedder=HashEmbedder(), parser=object()), cache=c, engine=CountingEngine())[0]  # type: ignore[arg-type]
    finally:
        c.close()


@pytest.fixture
def sizes(monkeypatch):
    """Records how many claims each call of the matcher was given."""
    seen: list[int] = []
    real = pipeline.cluster

    def spy(claims, *a, **k):  # noqa: ANN001, ANN202
        seen.append(len(claims))
        return real(claims, *a, **k)

    monkeypatch.setattr(pipeline, "cluster", spy)
    return seen


def _change(tmp_path, files, name, extra):  # noqa: ANN001, ANN202
    changed = dict(files)
    changed[name] = files[name] + extra
    return _docs(tmp_path / "docs", **changed)


def test_incremental_one_changed_document_rematches_its_story_only(tmp_path, sizes):
    files = _corpus()
    sources = _docs(tmp_path / "docs", **files)
    _run(sources, tmp_path / "cache")
    total = sizes[-1]
    changed = _change(tmp_path, files, "s3_d1.txt", "The Tailspin factory in Quito employs 1900 workers.\n")
    incremental = _run(changed, tmp_path / "cache")
    assert 0 < sizes[-1] < total / 2, sizes
    full = _run(changed, tmp_path / "fresh")
    assert sizes[-1] == total + 1
    assert incremental == full


def test_incremental_nothing_changed_reuses_the_result_and_reports_the_same(tmp_path, sizes, monkeypatch):
    sources = _docs(tmp_path / "docs", **_corpus())
    first = _run(sources, tmp_path / "cache")
    engine = CountingEngine()

    def no_stage(*a, **k):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("an unchanged corpus runs no stage")

    monkeypatch.setattr(pipeline, "embed_stage", no_stage)
    monkeypatch.setattr(pipeline, "judge_clusters", no_stage)
    c = Cache(tmp_path / "cache")
    try:
        again = run(sources, _settings(), Backends(embedder=HashEmbedder(), parser=object()), cache=c, engine=engine)[0]  # type: ignore[arg-type]
    finally:
        c.close()
    assert len(sizes) == 1 and engine.parsed == engine.embedded == []
    assert again == first and again.links


def test_incremental_nothing_changed_without_a_stored_result_matches_nothing(tmp_path, sizes, monkeypatch):
    from checker import incremental

    # NOTE: a snapshot whose result is not reused whole (`incremental.reuse` None) still serves an incremental run.
    monkeypatch.setattr(incremental, "reuse", lambda plan: None)
    sources = _docs(tmp_path / "docs", **_corpus())
    first = _run(sources, tmp_path / "cache")
    again = _run(sources, tmp_path / "cache")
    assert sizes[-1] == 0
    assert again == first


def test_incremental_new_product_name_runs_in_full(tmp_path, sizes):
    files = _corpus()
    sources = _docs(tmp_path / "docs", **files)
    _run(sources, tmp_path / "cache")
    total = sizes[-1]
    changed = _change(tmp_path, files, "s0_d0.txt", "Northwind Labs said its Vela 3 model runs the Oslo factory.\n")
    report = _run(changed, tmp_path / "cache")
    assert sizes[-1] == total + 1
    assert report == _run(changed, tmp_path / "fresh")


def test_incremental_other_settings_never_reuse_a_snapshot(tmp_path, sizes):
    sources = _docs(tmp_path / "docs", **_corpus())
    _run(sources, tmp_path / "cache")
    c = Cache(tmp_path / "cache")
    try:
        run(sources, Settings(cache=True, match=MatchConfig(neighbors=3)), Backends(embedder=HashEmbedder(), parser=object()), cache=c, engine=CountingEngine())  # type: ignore[arg-type]
    finally:
        c.close()
    assert sizes[-1] == sizes[0]


def test_incremental_damaged_snapshot_is_a_full_run(tmp_path, sizes):
    from checker import incremental

    sources = _docs(tmp_path / "docs", **_corpus())
    first = _run(sources, tmp_path / "cache")
    c = Cache(tmp_path / "cache")
    key = next(iter(c.get_records(incremental.KIND, [k for k, in c._conn().execute("SELECT key FROM records WHERE kind = ?", (incremental.KIND,))])))
    c.put_records(incremental.KIND, [(key, b"chk\x02garbage")])
    c.close()
    again = _run(sources, tmp_path / "cache")
    assert sizes[-1] == sizes[0] and again == first


def test_incremental_stores_each_document_s_claims_apart_and_writes_only_the_changed_ones(tmp_path, sizes):
    from checker import incremental

    files = _corpus()
    first = _run(_docs(tmp_path / "docs", **files), tmp_path / "cache")
    claims_rows = lambda: {k for k, in Cache(tmp_path / "cache")._conn().execute("SELECT key FROM records WHERE kind = ?", (incremental.CLAIMS,))}  # noqa: E731
    before = claims_rows()
    assert len(before) == len(files)
    c = Cache(tmp_path / "cache")
    key = next(k for k, in c._conn().execute("SELECT key FROM records WHERE kind = ?", (incremental.KIND,)))
    snap = incremental.decode(c.get_records(incremental.KIND, [key])[key], incremental.Snapshot)
    c.close()
    assert snap.claims == () and set(snap.claim_keys) == before
    changed = _change(tmp_path, files, "s1_d2.txt", "The Contoso plant in Lima added a second line in May.\n")
    report = _run(changed, tmp_path / "cache")
    assert sizes[-1] < sizes[0]  # NOTE: incremental
    after = claims_rows()
    assert before < after and len(after - before) == 1  # NOTE: the changed document's claims only
    assert report == _run(changed, tmp_path / "fresh")
    # NOTE: an unchanged document's claims gone (evicted): no plan, a full run with the same report. The record is
    # named by its path in the snapshot: the keys hash the temporary folder's path, so "the first key" was now and then
    # a stale record no snapshot reads (the changed document's earlier claims) and the run stayed incremental
    c = Cache(tmp_path / "cache")
    key = next(k for k, in c._conn().execute("SELECT key FROM records WHERE kind = ?", (incremental.KIND,)))
    snap = incremental.decode(c.get_records(incremental.KIND, [key])[key], incremental.Snapshot)
    evicted = dict(zip((path for path, _ in snap.docs), snap.claim_keys))[str(tmp_path / "docs" / "s0_d0.txt")]
    c._conn().execute("DELETE FROM records WHERE kind = ? AND key = ?", (incremental.CLAIMS, evicted))
    c._conn().commit()
    c.close()
    changed = _change(tmp_path, files, "s1_d2.txt", "The Contoso plant in Lima added a third line in June.\n")
    again = _run(changed, tmp_path / "cache")
    assert again == _run(changed, tmp_path / "fresh2") and sizes[-2] == sizes[-1] > sizes[0]  # NOTE: every claim matched
    assert first.claim_counts[:3] == again.claim_counts[:3]


def test_incremental_without_cache_stores_nothing(tmp_path, sizes):
    sources = _docs(tmp_path / "docs", **_corpus())
    run(sources, Settings(cache=False, match=MatchConfig(neighbors=2)), Backends(embedder=HashEmbedder(), parser=object()), engine=CountingEngine())  # type: ignore[arg-type]
    run(sources, Settings(cache=False, match=MatchConfig(neighbors=2)), Backends(embedder=HashEmbedder(), parser=object()), engine=CountingEngine())  # type: ignore[arg-type]
    assert sizes[0] == sizes[1] > 0


def test_incremental_huge_corpus_keeps_no_snapshot(tmp_path, sizes, monkeypatch):
    from checker import incremental

    monkeypatch.setattr(incremental, "MAX_CLAIMS", 10)
    sources = _docs(tmp_path / "docs", **_corpus())
    _run(sources, tmp_path / "cache")
    _run(sources, tmp_path / "cache")
    assert sizes[0] == sizes[1] > 10


def test_incremental_reads_only_the_changed_documents_parses(tmp_path, sizes, monkeypatch):
    import checker.cache as cache_mod

    files = _corpus()
    _run(_docs(tmp_path / "docs", **files), tmp_path / "cache")
    decoded: list[str] = []
    real = cache_mod.decode_claims

    def spy(blob, src):  # noqa: ANN001, ANN202
        decoded.append(src.path)
        return real(blob, src)

    monkeypatch.setattr(cache_mod, "decode_claims", spy)
    changed = _change(tmp_path, files, "s3_d1.txt", "The Tailspin factory in Quito employs 1900 workers.\n")
    incremental = _run(changed, tmp_path / "cache")
    assert decoded == []  # NOTE: the changed document is parsed; the 23 others come from the snapshot
    assert incremental == _run(changed, tmp_path / "fresh")
    decoded.clear()
    _run(_docs(tmp_path / "docs", **files), tmp_path / "cache")  # NOTE: back to the old text, whose parse is cached
    assert [p.rsplit("/", 1)[-1] for p in decoded] == ["s3_d1.txt"]


def _bare(doc: str, n: int) -> "Claim":
    from checker.models import Claim

    return Claim(source_id=doc, path=f"{doc[:2]}.txt", start=10 * n, end=10 * n + 5, line=n + 1, column=1, end_line=n + 1, text=f"claim {n}")


def _plan_with_lists(old_docs, old_vectors, k, changed):  # noqa: ANN001, ANN202
    import numpy as np

    from checker.ann import neighbours
    from checker.incremental import Plan, Snapshot

    ids, sims = neighbours(old_vectors, k)
    snap = Snapshot(
        docs=tuple((cs[0].path, cs[0].source_id) for cs in old_docs),
        claims=tuple(tuple(cs) for cs in old_docs),
        lexicon="",
        events=(),
        findings=(),
        k=ids.shape[1],
        neighbour_ids=np.asarray(ids, dtype="<i4").tobytes(),
        neighbour_sims=np.asarray(sims, dtype="<f4").tobytes(),
    )
    return Plan(snap, frozenset(changed)), ids


def test_incremental_neighbour_lists_equal_a_full_search():
    """One document's claims replaced (some of them neighbours of many others, some duplicates of
    other claims, so cosines tie): the updated lists equal a full exact search, to the last bit."""
    import numpy as np

    from checker import incremental
    from checker.ann import neighbours

    rng = np.random.default_rng(7)
    dim, k = 16, 5

    def unit(v):  # noqa: ANN001, ANN202
        return (v / np.linalg.norm(v, axis=-1, keepdims=True)).astype(np.float32)

    old_docs = [[_bare(f"d{d}", n) for n in range(6)] for d in range(12)]
    base = unit(rng.standard_normal((72, dim)))
    # NOTE: d4's old claims sit next to others, so removing them empties places in those claims' lists
    base[24:30] = unit(base[[1, 7, 13, 40, 50, 60]] + 0.05 * rng.standard_normal((6, dim)))
    base[61] = base[3]  # NOTE: a duplicate: equal cosines compete for the k-th place
    plan, old_ids = _plan_with_lists(old_docs, base, k, {"d4.txt"})
    assert np.isin(old_ids, np.arange(24, 30)).any(axis=1).sum() > 6  # NOTE: the lists to recompute exist
    new_doc = [_bare("d4x", n) for n in range(8)]
    fresh = unit(base[[2, 3, 8, 41, 51, 61, 66, 70]] + np.array([[0.0]] * 5 + [[0.0], [0.02], [0.04]]) * rng.standard_normal((8, dim)))
    fresh[1] = base[3]  # NOTE: a third copy of one vector
    claims = [c for d in old_docs[:4] for c in d] + new_doc + [c for d in old_docs[5:] for c in d]
    vectors = np.vstack([base[:24], fresh, base[30:]])
    got = incremental.neighbours(claims, vectors, plan, k)
    want = neighbours(vectors, k)
    assert got is not None
    assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])


def test_incremental_neighbour_lists_refuse_claims_out_of_order():
    import numpy as np

    from checker import incremental

    rng = np.random.default_rng(3)
    old_docs = [[_bare(f"d{d}", n) for n in range(4)] for d in range(5)]
    vectors = rng.standard_normal((20, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    plan, _ = _plan_with_lists(old_docs, vectors, 3, set())
    claims = [c for d in old_docs for c in d]
    assert incremental.neighbours(claims, vectors, plan, 3) is not None
    swapped = claims[4:8] + claims[:4] + claims[8:]
    assert incremental.neighbours(swapped, vectors, plan, 3) is None
    assert incremental.neighbours(claims, vectors, plan, 4) is None  # NOTE: other k: lists of another length


def test_incremental_run_links_with_the_lists_a_full_search_gives(tmp_path, monkeypatch):
    """The incremental run's cross-event links come from updated neighbour lists, equal to a full
    search's, and its report equals a run over an empty cache."""
    import numpy as np

    from checker.ann import neighbours

    seen: list = []
    real = pipeline.link

    def spy(claims, clusters, vectors, config=None, neighbours=None, published=None, questions=None):  # noqa: ANN001, ANN202
        seen.append((np.array(vectors), neighbours))
        return real(claims, clusters, vectors, config, neighbours=neighbours, published=published, questions=questions)

    monkeypatch.setattr(pipeline, "link", spy)
    files = _corpus()
    _run(_docs(tmp_path / "docs", **files), tmp_path / "cache")
    changed = _change(tmp_path, files, "s5_d2.txt", "The Adatum factory in Dakar employs 1300 workers.\nDakar officials approved it.\n")
    incremental = _run(changed, tmp_path / "cache")
    assert len(seen) == 1
    vectors, found = seen[0]
    want = neighbours(vectors, _settings().match.neighbors)
    assert found is not None and np.array_equal(found[0], want[0]) and np.array_equal(found[1], want[1])
    assert incremental == _run(changed, tmp_path / "fresh")


def test_incremental_judges_whole_events_linked_to_the_region():
    """An event with a link into a re-judged event is judged again whole (its own pairs' and its links'
    verdicts make one finding), and so on along links; events linked to none are reused."""
    from checker.models import Cluster
    from checker.pipeline import _to_judge

    c = [_bare(f"d{d}", 0) for d in range(6)]
    events = (
        Cluster(id=0, claims=(c[0],), label=""),  # NOTE: the re-matched region
        Cluster(id=1, claims=(c[1], c[2]), label="", links=((c[1], c[0]),)),
        Cluster(id=2, claims=(c[3],), label="", links=((c[3], c[2]),)),
        Cluster(id=3, claims=(c[4], c[5]), label=""),
    )
    judged = _to_judge(events, {c[0].id})
    assert [cl.id for cl in judged] == [0, 1, 2]
    assert judged[1].claims == events[1].claims and judged[1].links == events[1].links


def test_incremental_judge_reuses_an_event_s_own_verdicts_and_judges_its_links(monkeypatch):
    import checker.judge as judge
    from checker.judge import JudgeConfig, judge_clusters
    from checker.models import Cluster
    from test_judge import KB, _claim

    texts = ("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 12,000 tickets.", "The Corvo festival sold 12,100 tickets.")
    members = tuple(_claim(f"S{i}", t, start=10 * i) for i, t in enumerate(texts))
    linked = _claim("S9", "The Corvo festival sold 7,000 tickets.")
    event = Cluster(0, members, "sell · corvo", links=((members[0], linked),))
    seen: dict = {}
    first = judge_clusters([event], JudgeConfig(), KB, seen=seen)
    assert seen[tuple(c.id for c in members)]  # NOTE: the event's own pairs with verdicts, by pair number
    judged: list[tuple[str, str]] = []
    real = judge.judge_pair

    def spy(a, b, *args, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        judged.append((a.id, b.id))
        return real(a, b, *args, **kw)

    monkeypatch.setattr(judge, "judge_pair", spy)
    again = judge_clusters([event], JudgeConfig(), KB, known=seen)
    assert again == first and judged == [(members[0].id, linked.id)]
    judged.clear()
    other = Cluster(0, members[:2], "sell · corvo")  # NOTE: other claims: nothing known, all judged
    assert judge_clusters([other], JudgeConfig(), KB, known=seen) == judge_clusters([other], JudgeConfig(), KB)
    assert len(judged) == 2


def test_incremental_reuses_a_finding_by_the_claims_the_judge_compared():
    from checker.models import Claim, Finding
    from checker.pipeline import _compared

    a, b, stated = (Claim(s, f"{s}.md", 0, 5, 1, 1, 1, "x" * 5) for s in ("A", "B", "C"))
    cites = Finding("f", "CC102", "date", "contradiction", "error", 0.5, "m", "e", claims=(stated, b), values=(("x",), ("y",)))
    # NOTE: the value is cited where it is stated (claim C) while the judge compared claim A with B
    assert _compared(dataclasses.replace(cites, compared=(a, None))) == (a, b)
    assert _compared(cites) == (stated, b)


# NOTE: a line in three documents (and a third of them, or short) is boilerplate (`checker.parse.corpus_evidence`)
_FOOTER = "Subscribe to the Harbor newsletter for daily updates\n"


def test_incremental_parses_a_changed_document_with_the_whole_corpus_evidence(tmp_path):
    files = _corpus()
    for name in ("s0_d0.txt", "s1_d0.txt", "s2_d0.txt"):
        files[name] += _FOOTER
    _run(_docs(tmp_path / "docs", **files), tmp_path / "cache")
    changed = _change(tmp_path, files, "s0_d0.txt", "The Northwind factory in Oslo employs 1900 workers.\n")
    incremental = _run(changed, tmp_path / "cache")
    full = _run(changed, tmp_path / "fresh")
    assert incremental == full
    # NOTE: parsed alone, the changed document's footer would be a line of its own, so a claim
    assert incremental.claim_counts[[s.path for s in changed].index(str(tmp_path / "docs" / "s0_d0.txt"))] == 4


def test_incremental_reparses_unchanged_documents_whose_evidence_the_change_moved(tmp_path, sizes):
    files = _corpus()
    for name in ("s0_d0.txt", "s1_d0.txt"):
        files[name] += _FOOTER
    first = _run(_docs(tmp_path / "docs", **files), tmp_path / "cache")
    assert sum(first.claim_counts) == 24 * 3 + 2  # NOTE: in two documents the footer is a line like any other
    # NOTE: a third copy makes the footer boilerplate in all three
    changed = _change(tmp_path, files, "s2_d0.txt", _FOOTER)
    incremental = _run(changed, tmp_path / "cache")
    assert sum(incremental.claim_counts) == 24 * 3
    assert incremental == _run(changed, tmp_path / "fresh")
    assert sizes[-2] < sizes[-1]  # NOTE: the incremental run matched its region only


def test_incremental_keeps_no_verdict_or_neighbour_of_a_document_reparsed_for_its_evidence():
    from checker.incremental import Plan, Snapshot, known_verdicts

    snap = Snapshot(docs=(("a.txt", "aa"), ("b.txt", "bb")), claims=((), ()), lexicon="", events=(), findings=(),
                    verdicts=((("aa:0-5", "bb:0-5"), ((0, ()),)), (("bb:0-5", "bb:9-14"), ((0, ()),))))
    # NOTE: b.txt kept its text (and so its claim ids) but not its evidence
    assert list(known_verdicts(Plan(snap, frozenset({"a.txt"})))) == [("bb:0-5", "bb:9-14")]
    assert known_verdicts(Plan(snap, frozenset({"b.txt"}))) == {}


def test_incremental_neighbour_lists_of_a_reparsed_document_with_the_same_claim_ids_are_searched_again():
    import numpy as np

    from checker.ann import neighbours as full_search
    from checker.incremental import neighbours

    rng = np.random.default_rng(3)
    old = [[_bare(chr(97 + d) + "x" * 63, n) for n in range(4)] for d in range(20)]
    vecs = rng.normal(size=(80, 16)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    plan, _ = _plan_with_lists(old, vecs, 3, {old[7][0].path})
    # NOTE: the same claim ids, other vectors (the document's claims were made again: their contexts moved)
    new = vecs.copy()
    new[28:32] = rng.normal(size=(4, 16))
    new[28:32] /= np.linalg.norm(new[28:32], axis=1, keepdims=True)
    found = neighbours([c for cs in old for c in cs], new, plan, 3)
    assert found is not None
    want_ids, want_sims = full_search(new, 3)
    assert np.array_equal(found[0], want_ids) and np.allclose(found[1], want_sims)


@pytest.mark.slow
def test_incremental_title_case_headline_parses_as_in_a_full_run(tmp_path, real_parser):
    """A Title Case headline reads the names the corpus writes ("bought by Apple": a name; "buys": a verb elsewhere)."""
    from checker.engines.local import LocalEngine

    files = {
        "h.txt": "Apple Buys Beats Electronics For Three Billion Dollars\n\nThe deal was announced on Monday.\n",
        "a.txt": "Beats Electronics was bought by Apple on Monday.\nApple buys small firms often, analysts said.\n",
        "b.txt": "The headphone maker Beats Electronics agreed to a deal with Apple.\n",
    }

    from checker.parse import SpacyParser

    def go(sources, cache_dir, parser=real_parser):  # noqa: ANN001, ANN202
        c = Cache(cache_dir)
        try:
            return run(sources, _settings(), Backends(embedder=HashEmbedder(), parser=parser), cache=c, engine=LocalEngine(jobs=1))
        finally:
            c.close()

    go(_docs(tmp_path / "docs", **files), tmp_path / "cache")
    changed = _change(tmp_path, files, "h.txt", "Analysts welcomed it.\n")
    # NOTE: a parser not loaded yet: the changed document is parsed in a forked process (LocalEngine.preparse)
    fresh_parser = SpacyParser()
    report, per_source = go(changed, tmp_path / "cache", fresh_parser)
    assert fresh_parser._nlp is None
    full_report, full_per_source = go(changed, tmp_path / "fresh")
    assert per_source == full_per_source and report == full_report


class _PreparseEngine(CountingEngine):
    """Records when it is asked to parse the changed documents ahead (`LocalEngine.preparse`) and when that stops."""

    def __init__(self, events: list) -> None:
        super().__init__()
        self.events = events

    def preparse(self, sources, parser, paths):  # noqa: ANN001, ANN201
        self.events.append(("preparse", sorted(paths)))
        return True

    def cancel(self) -> None:
        self.events.append("cancel")


def test_incremental_changed_documents_start_parsing_before_the_snapshot_is_decoded(tmp_path, monkeypatch):
    from checker import incremental

    events: list = []
    real, real_fetch = incremental.load, incremental.fetch
    monkeypatch.setattr(incremental, "load", lambda *a, **k: events.append("load") or real(*a, **k))
    monkeypatch.setattr(incremental, "fetch", lambda *a, **k: events.append("fetch") or real_fetch(*a, **k))

    def go(sources):  # noqa: ANN001, ANN202
        c = Cache(tmp_path / "cache")
        try:
            return run(sources, _settings(), Backends(embedder=HashEmbedder(), parser=object()), cache=c, engine=_PreparseEngine(events))[0]  # type: ignore[arg-type]
        finally:
            c.close()

    files = _corpus()
    go(_docs(tmp_path / "docs", **files))
    assert events == ["fetch"]  # NOTE: no snapshot yet (nor its document list): nothing to load
    events.clear()
    go(_docs(tmp_path / "docs", **files))
    assert events == ["fetch", "load"]  # NOTE: nothing changed: nothing to parse
    events.clear()
    changed = _change(tmp_path, files, "s1_d2.txt", "The Contoso plant in Lima added a second line in May.\n")
    report = go(changed)
    # NOTE: the document list stored beside the snapshot names the changed document before the snapshot is read
    assert events == [("preparse", [str(tmp_path / "docs" / "s1_d2.txt")]), "fetch", "load"]
    assert report == _run(changed, tmp_path / "fresh")
    # NOTE: a snapshot of other documents names every document changed; the process is stopped, the run is full
    c = Cache(tmp_path / "cache")
    key = next(k for k, in c._conn().execute("SELECT key FROM records WHERE kind = ?", (incremental.KIND,)))
    c.put_records(incremental.KIND, [(key, incremental.encode(incremental.Snapshot((), (), "", (), ())))])
    c.put_records(incremental.DOCS, [(key, incremental.encode(incremental._Docs(())))])
    c.close()
    events.clear()
    go(changed)
    assert events[0][0] == "preparse" and len(events[0][1]) == len(files) and events[1:] == ["fetch", "load", "cancel"]
    # NOTE: without a readable document list the snapshot is read first, as before the list was stored
    go(changed)
    c = Cache(tmp_path / "cache")
    c.put_records(incremental.DOCS, [(key, b"not a record")])
    c.close()
    events.clear()
    assert go(_change(tmp_path, files, "s1_d2.txt", "The Contoso plant in Lima added a third line in June.\n")) is not None
    assert events == ["fetch", ("preparse", [str(tmp_path / "docs" / "s1_d2.txt")]), "load"]


def test_incremental_reads_the_evidence_of_the_changed_documents_only(tmp_path, monkeypatch):
    import checker.parse as parse_mod
    from checker import incremental
    from checker.parse import document_evidence

    files = _corpus()
    for name in ("s0_d0.txt", "s1_d0.txt"):
        files[name] += _FOOTER
    _run(_docs(tmp_path / "docs", **files), tmp_path / "cache")
    read: list[str] = []
    real = parse_mod.vocabulary
    monkeypatch.setattr(parse_mod, "vocabulary", lambda src: read.append(src.path) or real(src))
    states: list = []
    real_evidence = incremental.evidence
    monkeypatch.setattr(incremental, "evidence", lambda *a: states.append(real_evidence(*a)) or states[-1])
    changed = _change(tmp_path, files, "s3_d1.txt", "The Tailspin plant in Perth opened a second hall.\n")
    assert _run(changed, tmp_path / "cache") == _run(changed, tmp_path / "fresh")
    assert read[: len(read) - len(changed)] == [str(tmp_path / "docs" / "s3_d1.txt")]  # NOTE: then the fresh run's
    assert states[0].digests == tuple(e.digest() for e in document_evidence(changed))
    # NOTE: a third footer moves the corpus evidence: every document's evidence is read again, and matches a recount
    read.clear()
    states.clear()
    again = _change(tmp_path, files, "s2_d0.txt", _FOOTER)
    assert _run(again, tmp_path / "cache") == _run(again, tmp_path / "fresh2")
    assert read[0] == str(tmp_path / "docs" / "s2_d0.txt") and states[0].digests == tuple(e.digest() for e in document_evidence(again))


def test_incremental_a_changed_publication_date_is_no_unchanged_corpus(tmp_path):
    """`sources.yaml` may move a document's date without touching its text: the run after it matches with
    the new date (`checker.match.claim_years`), as a run over an empty cache does, never the old result."""
    import datetime as dt

    from checker.models import Source, source_id

    text = "The Harbor Hawks won the league title after beating the Lakeside Owls in the {}.\n"
    words = {"a.txt": "final", "b.txt": "final game"}

    def sources(second: dt.date) -> list[Source]:
        dates = {"a.txt": dt.date(2023, 6, 1), "b.txt": second}
        return [Source(id=source_id(p, text.format(w)), path=p, text=text.format(w), date=dates[p]) for p, w in words.items()]

    def events(report) -> set[frozenset[str]]:  # noqa: ANN001
        return {frozenset(c.path for c in cl.claims) for cl in report.clusters}

    assert events(_run(sources(dt.date(2023, 6, 2)), tmp_path / "cache")) == {frozenset(words)}
    moved = _run(sources(dt.date(2024, 6, 2)), tmp_path / "cache")
    fresh = _run(sources(dt.date(2024, 6, 2)), tmp_path / "fresh")
    assert events(moved) == events(fresh) != {frozenset(words)}
    assert moved == fresh


def test_incremental_snapshot_decoded_without_cyclic_collection_and_the_run_unfreezes_what_it_froze(tmp_path, monkeypatch):
    import gc

    from checker import incremental

    files = _corpus()
    _run(_docs(tmp_path / "docs", **files), tmp_path / "cache")
    seen: list = []
    real = incremental.load
    monkeypatch.setattr(incremental, "load", lambda *a, **k: seen.append((gc.isenabled(), gc.get_freeze_count() > 0)) or real(*a, **k))
    freezes: list = []
    real_freeze = gc.freeze
    monkeypatch.setattr(gc, "freeze", lambda: freezes.append(1) or real_freeze())
    assert gc.isenabled() and gc.get_freeze_count() == 0
    changed = _change(tmp_path, files, "s1_d2.txt", "The Contoso plant in Lima added a second line in May.\n")
    report = _run(changed, tmp_path / "cache")
    # NOTE: decoded with the collector off, the modules and sources frozen before; after the run all is as it was
    assert seen == [(False, True)] and len(freezes) >= 4
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert report == _run(changed, tmp_path / "fresh")
    # NOTE: a caller that froze objects itself keeps them frozen, and the run freezes nothing of its own
    keep = [object() for _ in range(3)]
    real_freeze()
    try:
        count, freezes[:] = gc.get_freeze_count(), []
        _run(changed, tmp_path / "other")
        assert freezes == [] and gc.get_freeze_count() <= count  # NOTE: frozen objects freed by refcount leave it
    finally:
        gc.unfreeze()
    assert keep


def test_incremental_passage_counts_are_the_snapshots_updated_by_the_changed_document(tmp_path, monkeypatch):
    import checker.match as match

    made: list = []
    real = match.DocProfiles

    class Spy(real):  # type: ignore[valid-type,misc]
        def __init__(self, claims, *a, **k):  # noqa: ANN001, ANN204
            super().__init__(claims, *a, **k)
            made.append((self, tuple(claims), k.get("counts")))

    monkeypatch.setattr(match, "DocProfiles", Spy)
    files = _corpus()
    _run(_docs(tmp_path / "docs", **files), tmp_path / "cache")
    assert made and made[-1][2] is None and made[-1][0].counts == match.passage_counts(made[-1][1])  # NOTE: counted whole
    changed = _change(tmp_path, files, "s2_d0.txt", "Volunteers in Perth planted trees beside the Fabrikam plant.\n")
    incremental = _run(changed, tmp_path / "cache")
    profiles, claims, given = made[-1]
    # NOTE: the snapshot's counts with the changed document's taken off and added, equal to counting every claim
    assert given is not None and given == match.passage_counts(claims) and given.words["volunteers"] == 1
    assert incremental == _run(changed, tmp_path / "fresh")


def test_incremental_neighbour_lists_no_new_claim_reaches_stay_as_they_were_and_equal_a_full_search():
    import numpy as np

    from checker import incremental
    from checker.ann import neighbours

    rng = np.random.default_rng(11)
    dim, k = 24, 4

    def unit(v):  # noqa: ANN001, ANN202
        return (v / np.linalg.norm(v, axis=-1, keepdims=True)).astype(np.float32)

    old_docs = [[_bare(f"d{d}", n) for n in range(5)] for d in range(10)]
    base = unit(rng.standard_normal((50, dim)))
    plan, _ = _plan_with_lists(old_docs, base, k, {"d2.txt"})
    # NOTE: one new claim copies claim 33 (a tie at the top of its list and maybe the k-th of others), the rest point
    # away from everything: most lists are not reached and are kept as stored
    new_doc = [_bare("d2x", n) for n in range(3)]
    fresh = np.vstack([base[33], unit(rng.standard_normal((2, dim)))])
    claims = [c for d in old_docs[:2] for c in d] + new_doc + [c for d in old_docs[3:] for c in d]
    vectors = np.vstack([base[:10], fresh, base[15:]])
    got = incremental.neighbours(claims, vectors, plan, k)
    want = neighbours(vectors, k)
    assert got is not None
    assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
    # NOTE: most rows kept their lists: the new claims reach few of them
    sims_to_new = vectors @ vectors[10:13].T
    assert (sims_to_new.max(axis=1)[13:] < want[1][13:, -1]).sum() > 20


def test_incremental_snapshot_is_stored_uncompressed_and_read_back(tmp_path):
    import zlib

    from checker import incremental
    from checker.cache.codec import MAGIC, inflate

    files = _corpus()
    sources = _docs(tmp_path / "docs", **files)
    _run(sources, tmp_path / "cache")
    import sqlite3

    db = sqlite3.connect(tmp_path / "cache" / "cache.db")
    try:
        rows = db.execute("SELECT data FROM records WHERE kind = ?", (incremental.KIND,)).fetchall()
    finally:
        db.close()
    assert len(rows) == 1
    blob = bytes(rows[0][0])
    raw = inflate(blob)
    # NOTE: zlib's stored blocks: the MessagePack itself with 5 bytes of framing per 64 KB block (it would compress)
    assert len(raw) <= len(blob) - len(MAGIC) <= len(raw) + 5 * (len(raw) // 65535 + 1) + 6 and len(zlib.compress(raw, 1)) < len(raw)
    assert _run(sources, tmp_path / "cache") == _run(sources, tmp_path / "fresh")


def test_incremental_entity_counts_are_the_snapshots_updated_by_the_changed_document(tmp_path, monkeypatch):
    import checker.match as match

    made: list = []
    real = match.EntityStats

    class Spy(real):  # type: ignore[valid-type,misc]
        def __init__(self, claims, *a, **k):  # noqa: ANN001, ANN204
            super().__init__(claims, *a, **k)
            made.append((self, tuple(claims), k.get("counts")))

    monkeypatch.setattr(match, "EntityStats", Spy)
    files = _corpus()
    _run(_docs(tmp_path / "docs", **files), tmp_path / "cache")
    assert made and made[0][2] is None and made[0][0].counts == match.entity_counts(made[0][1])
    changed = _change(tmp_path, files, "s5_d1.txt", "Adatum Labs named Dakar its hub, a spokesman for Northwind said.\n")
    incremental = _run(changed, tmp_path / "cache")
    stats, claims, given = made[-1]
    # NOTE: the snapshot's counts with the changed document's claims taken off and added, equal to counting every claim
    assert given is not None and given == match.entity_counts(claims) and stats.n == len(claims)
    assert incremental == _run(changed, tmp_path / "fresh")


def test_incremental_moved_counts_take_off_and_add_and_refuse_what_was_not_counted():
    from checker.incremental import moved

    assert moved({"a": 2, "b": 1}, {"b": 1, "a": 1}, {"c": 3, "a": 1}) == {"a": 2, "c": 3}
    assert "b" not in moved({"a": 2, "b": 1}, {"b": 1}, {})  # type: ignore[operator]
    assert moved({"a": 1}, {"a": 2}, {}) is None and moved({"a": 1}, {"z": 1}, {"z": 1}) is None


def test_incremental_product_lexicon_equals_reading_every_claim_before_and_after_a_document_changed():
    from checker.incremental import Plan, Snapshot, product_lexicon
    from checker.normalize import corpus_lexicon

    texts = {
        "a.txt": ["Acme shipped the Rocket 3 and the rocket 4 in May.", "Browsers like IE 9 were patched."],
        "b.txt": ["Users of ie 10 and IE 9 saw the fix.", "The Rocket 3 costs less."],
        "c.txt": ["Nothing versioned here, said Rocket fans.", "IE 11 came later, and Windows 8.1 too."],
    }

    def docs(t):  # noqa: ANN001, ANN202
        sources = [Source(id=source_id(p, " ".join(ts)), path=p, text=" ".join(ts)) for p, ts in t.items()]
        return sources, [tuple(_bare_text(s, n, x) for n, x in enumerate(ts)) for s, ts in zip(sources, t.values())]

    def same(mine, theirs) -> None:  # noqa: ANN001
        assert mine.state() == theirs.state() and mine.bare_names() == theirs.bare_names()
        assert list(mine.surface.items()) == list(theirs.surface.items())
        assert list(mine.versioned.items()) == list(theirs.versioned.items())
        assert mine.versions == theirs.versions and list(mine.versions) == list(theirs.versions)
        assert dict(mine.capitalised) == dict(theirs.capitalised) and dict(mine.lower) == dict(theirs.lower)

    sources, per_source = docs(texts)
    lexicon, record = product_lexicon(sources, per_source)
    same(lexicon, corpus_lexicon(per_source))
    assert [p for p, _ in record.names] == ["a.txt", "b.txt", "c.txt"]
    # NOTE: a.txt no longer writes "Rocket 3" first: its surface now comes from b.txt, and "rocket" is no longer lower case
    changed = dict(texts, **{"a.txt": ["Acme shipped the ROCKET 3 in May.", "Browsers like IE 9 were patched."]})
    new_sources, new_per_source = docs(changed)
    snap = Snapshot(docs=tuple((s.path, s.id) for s in sources), claims=tuple(per_source), lexicon="", events=(), findings=(),
                    product_lexicon=record)
    plan = Plan(snap, frozenset({"a.txt"}))
    updated, _ = product_lexicon(new_sources, new_per_source, plan)
    whole = corpus_lexicon(new_per_source)
    same(updated, whole)
    assert whole.surface["rocket"] == "ROCKET" and "rocket" not in whole.lower
    # NOTE: a record of other documents is not trusted
    other = Plan(snap, frozenset({"a.txt"}))
    assert product_lexicon(new_sources[1:], new_per_source[1:], other)[0].state() == corpus_lexicon(new_per_source[1:]).state()


def _bare_text(src: Source, n: int, text: str) -> Claim:
    at = src.text.find(text)
    return Claim(source_id=src.id, path=src.path, start=at, end=at + len(text), line=1, column=at + 1, end_line=1, text=text)
