"""Incremental runs: one changed document re-matches and re-judges only its story; the report equals a full run's."""

from __future__ import annotations

import pytest

import checker.pipeline as pipeline
from checker.backends.fake import HashEmbedder
from checker.cache import Cache
from checker.match import MatchConfig
from checker.pipeline import Backends, Settings, run
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


def test_incremental_nothing_changed_matches_nothing_and_reports_the_same(tmp_path, sizes):
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
