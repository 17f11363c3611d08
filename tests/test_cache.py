"""The content-hash cache: hits, misses, invalidation, sharing between processes, corruption, the CLI."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cache import store as cache_mod
from checker.backends.fake import HashEmbedder
from checker.cache import Cache, NullCache, decode_claims, encode_claims, parse_key
from checker.models import Claim, Source, Token, source_id
from checker.pipeline import Backends, Settings, run
from checker.sources import discover, read_sources


class CountingEngine:
    """Parses each line of four words or more into a claim (with tokens), as `checker.parse` does without a line
    its evidence calls boilerplate, and counts what it was asked to do."""

    name = "counting"

    def __init__(self) -> None:
        self.parsed: list[str] = []
        self.embedded: list[str] = []

    def parse(self, sources, parser, evidence=None):  # noqa: ANN001, ANN201
        from checker.parse import document_evidence, line_key

        evidence = document_evidence(sources) if evidence is None else evidence
        out = []
        for src, ev in zip(sources, evidence, strict=True):
            self.parsed.append(src.path)
            claims, offset = [], 0
            for n, line in enumerate(src.text.split("\n"), 1):
                if len(line.split()) >= 4 and line_key(line) not in ev.repeated:
                    toks = tuple(Token(w, w.lower(), "NOUN", "dep", 0, "", line.index(w)) for w in line.split())
                    claims.append(Claim(src.id, src.path, offset, offset + len(line), n, 1, n, line, paragraph=n, tokens=toks))
                offset += len(line) + 1
            out.append(tuple(claims))
        return tuple(out)

    def embed(self, texts, embedder):  # noqa: ANN001, ANN201
        self.embedded.extend(texts)
        return embedder.embed(texts)

    def close(self) -> None:
        pass


def _docs(folder: Path, **files: str) -> list[Source]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        (folder / name).write_text(textwrap.dedent(body).lstrip(), encoding="utf-8")
    return read_sources(discover([str(folder)]))


DOCS = {
    "a.txt": "Northwind Labs released Vela 3 in March 2025.\nThe company said 14,000 people use it.\n",
    "b.txt": "Northwind Labs released Vela 3 in May 2024.\nAbout 15,000 people use the model now.\n",
}


def _run(sources, tmp_path: Path, engine: CountingEngine, embedder=None):  # noqa: ANN001, ANN201
    c = Cache(tmp_path / "cache")
    try:
        report, per_source = run(sources, Settings(), Backends(embedder=embedder or HashEmbedder(), parser=object()), cache=c, engine=engine)  # type: ignore[arg-type]
    finally:
        c.close()
    return report, per_source, c.stats


def test_cache_second_run_hits_everything(tmp_path):
    sources = _docs(tmp_path / "docs", **DOCS)
    first, second = CountingEngine(), CountingEngine()
    r1, p1, s1 = _run(sources, tmp_path, first)
    r2, p2, s2 = _run(sources, tmp_path, second)
    assert len(first.parsed) == 2 and first.embedded
    assert second.parsed == [] and second.embedded == []
    assert (s2.parse_hits, s2.parse_misses, s2.embed_misses) == (2, 0, 0)
    assert p1 == p2
    assert [f.fingerprint for f in r1.findings] == [f.fingerprint for f in r2.findings]


def test_cache_changed_document_is_the_only_one_reparsed(tmp_path):
    sources = _docs(tmp_path / "docs", **DOCS)
    _run(sources, tmp_path, CountingEngine())
    (tmp_path / "docs" / "b.txt").write_text(DOCS["b.txt"] + "A third sentence was added later today.\n", encoding="utf-8")
    engine = CountingEngine()
    _, _, stats = _run(read_sources(discover([str(tmp_path / "docs")])), tmp_path, engine)
    assert engine.parsed == [str(tmp_path / "docs" / "b.txt")]
    assert engine.embedded == ["A third sentence was added later today."]
    assert stats.parse_hits == 1


def test_cache_renamed_document_reuses_its_parse_with_the_new_path(tmp_path):
    sources = _docs(tmp_path / "docs", **DOCS)
    _run(sources, tmp_path, CountingEngine())
    moved = _docs(tmp_path / "moved", **{"renamed.txt": DOCS["a.txt"]})
    engine = CountingEngine()
    _, per_source, _ = _run(moved, tmp_path, engine)
    assert engine.parsed == []
    assert {c.path for c in per_source[0]} == {moved[0].path}
    assert {c.source_id for c in per_source[0]} == {moved[0].id}


def test_cache_version_or_code_change_invalidates_parses(tmp_path, monkeypatch):
    sources = _docs(tmp_path / "docs", **DOCS)
    _run(sources, tmp_path, CountingEngine())
    import checker

    monkeypatch.setattr(checker, "__version__", "99.0.0")
    engine = CountingEngine()
    _run(sources, tmp_path, engine)
    assert len(engine.parsed) == 2
    monkeypatch.setattr(cache_mod, "_code_digest", lambda names: "edited-parse-code")
    engine = CountingEngine()
    _run(sources, tmp_path, engine)
    assert len(engine.parsed) == 2


def test_cache_embedder_change_misses_embeddings_only(tmp_path):
    sources = _docs(tmp_path / "docs", **DOCS)
    _run(sources, tmp_path, CountingEngine())
    engine = CountingEngine()
    _, _, stats = _run(sources, tmp_path, engine, embedder=HashEmbedder(dim=128))
    # NOTE: four claims, the one question two of them ask and the one their dates ask without the product's name, and
    # the two their counts of users ask (checker.match.question_texts), all embedded again
    assert engine.parsed == [] and len(engine.embedded) == 8 and "northwind lab released vela" in engine.embedded
    assert stats.embed_hits == 0


def test_cache_schema_change_empties_the_store(tmp_path, monkeypatch):
    c = Cache(tmp_path / "c")
    c.put_parses([("k", b"v")])
    c.close()
    monkeypatch.setattr(cache_mod, "CACHE_SCHEMA", cache_mod.CACHE_SCHEMA + 1)
    c = Cache(tmp_path / "c")
    assert c.get_parses(["k"]) == {}
    c.close()


def test_cache_claims_round_trip_exactly():
    src = Source(id=source_id("x.txt", "Ab cd ef gh.\nIj kl mn op."), path="x.txt", text="Ab cd ef gh.\nIj kl mn op.")
    toks = (Token("Ab", "ab", "PROPN", "nsubj", 1, "ORG", 0), Token("cd", "cd", "VERB", "ROOT", 1, "", 3))
    claims = (
        Claim(src.id, src.path, 0, 12, 1, 1, 1, "Ab cd ef gh.", attribution="Ab", modality="reported", paragraph=0, tokens=toks),
        Claim(src.id, src.path, 13, 25, 2, 1, 2, "Ij kl mn op.", paragraph=1),
    )
    assert decode_claims(encode_claims(claims), src) == claims


def test_cache_parse_key_ignores_path_but_not_author():
    a = Source(id="1", path="a.txt", text="same text", author="X")
    assert parse_key(a) == parse_key(Source(id="2", path="b/c.txt", text="same text", author="X"))
    assert parse_key(a) != parse_key(Source(id="1", path="a.txt", text="same text", author="Y"))
    assert parse_key(a) != parse_key(Source(id="1", path="a.txt", text="same text!", author="X"))


def test_cache_corrupt_database_is_rebuilt_with_a_warning(tmp_path, caplog):
    sources = _docs(tmp_path / "docs", **DOCS)
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "cache.db").write_bytes(b"this is not a database" * 100)
    with caplog.at_level(logging.WARNING, logger="checker.cache.store"):
        report, _, stats = _run(sources, tmp_path, CountingEngine())
    assert report.claims == 4
    assert stats.warnings and "rebuilding" in stats.warnings[0] and "damaged" in stats.warnings[0]
    assert any("rebuilding" in r.getMessage() for r in caplog.records)
    engine = CountingEngine()
    _run(sources, tmp_path, engine)
    assert engine.parsed == []


def test_cache_unwritable_folder_runs_without_cache(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    c = Cache(blocker / "cache")
    c.put_parses([("k", b"v")])
    assert c.get_parses(["k"]) == {}
    assert any("without a cache" in w for w in c.stats.warnings)


def test_cache_unreadable_entry_is_a_miss(tmp_path):
    sources = _docs(tmp_path / "docs", **DOCS)
    _run(sources, tmp_path, CountingEngine())
    db = sqlite3.connect(tmp_path / "cache" / "cache.db")
    db.execute("UPDATE records SET data = x'00' WHERE kind = 'parse'")
    db.execute("DELETE FROM records WHERE kind = 'snapshot'")  # NOTE: else the snapshot serves the unchanged documents
    db.commit()
    db.close()
    engine = CountingEngine()
    report, _, stats = _run(sources, tmp_path, engine)
    assert len(engine.parsed) == 2 and report.claims == 4
    assert stats.invalid == 2 and len(stats.warnings) == 1 and "not valid data" in stats.warnings[0]
    engine = CountingEngine()
    _run(sources, tmp_path, engine)
    assert engine.parsed == []  # NOTE: the bad entries were overwritten with good ones


_WRITER = """
import sys
from checker.cache import Cache
c = Cache(sys.argv[1])
tag = sys.argv[2]
for batch in range(20):
    c.put_parses([(f"{tag}-{batch}-{i}", b"x" * 2000) for i in range(50)])
    c.put_parses([(f"shared-{i}", tag.encode()) for i in range(50)])
    assert len(c.get_parses([f"shared-{i}" for i in range(50)])) == 50
print(len(c.stats.warnings))
"""


def test_cache_two_processes_write_concurrently(tmp_path):
    folder = str(tmp_path / "shared")
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, folder, tag], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for tag in "ab"]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert [o.strip() for o, _ in outs] == ["0", "0"]
    c = Cache(folder)
    keys = [f"{t}-{b}-{i}" for t in "ab" for b in range(20) for i in range(50)]
    assert len(c.get_parses(keys)) == 2000
    assert set(c.get_parses([f"shared-{i}" for i in range(50)]).values()) <= {b"a", b"b"}
    c.close()


def test_cache_null_cache_stores_nothing(tmp_path):
    sources = _docs(tmp_path / "docs", **DOCS)
    engine = CountingEngine()
    run(sources, Settings(cache=False, cache_dir=str(tmp_path / "never")), Backends(embedder=HashEmbedder(), parser=object()), engine=engine)  # type: ignore[arg-type]
    assert not (tmp_path / "never").exists()
    assert isinstance(cache_mod.open_cache(False), NullCache)


def test_cache_folder_is_tagged_and_ignored(tmp_path):
    c = Cache(tmp_path / "c")
    c.get_parses(["x"])
    c.close()
    assert (tmp_path / "c" / ".gitignore").read_text().strip().endswith("*")
    assert (tmp_path / "c" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")


# -- the CLI ----------------------------------------------------------------------------------


def test_cache_cli_no_cache_and_cache_dir_reach_the_pipeline(tmp_path, corpus, monkeypatch):
    from checker import cli, pipeline

    seen = {}

    def fake(sources, settings=None, backends=None, progress=None, **kw):  # noqa: ANN001, ANN201
        seen["settings"] = settings
        from checker.models import Report

        return Report(sources=tuple(sources), claim_counts=(0,) * len(sources), clusters=(), findings=()), ()

    monkeypatch.setattr(pipeline, "run", fake)
    runner = CliRunner()
    result = runner.invoke(cli.app, [str(corpus), "--format", "json", "-q", "--no-cache", "--cache-dir", str(tmp_path / "cc"), "--jobs", "3"])
    assert result.exit_code == 0, result.output
    s = seen["settings"]
    assert (s.cache, s.cache_dir, s.engine, s.jobs) == (False, str(tmp_path / "cc"), "local", 3)
    result = runner.invoke(cli.app, [str(corpus), "--format", "json", "-q", "--engine", "ray"])
    assert result.exit_code == 0 and seen["settings"].cache is True and seen["settings"].engine == "ray"


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_cache_cli_clear_removes_the_cache(tmp_path):
    from checker.commands.cache import cache_app

    c = Cache(tmp_path / "cc")
    c.put_parses([("k", b"v")])
    c.close()
    runner = CliRunner()
    info = runner.invoke(cache_app, ["info", "--cache-dir", str(tmp_path / "cc")])
    assert "1 parsed documents" in info.output
    result = runner.invoke(cache_app, ["clear", "--cache-dir", str(tmp_path / "cc")])
    assert result.exit_code == 0 and "cleared" in result.output
    assert not (tmp_path / "cc").exists()
    again = runner.invoke(cache_app, ["clear", "--cache-dir", str(tmp_path / "cc")])
    assert again.exit_code == 0 and "no cache" in again.output


def test_cache_cli_clear_refuses_a_folder_it_did_not_create(tmp_path):
    from checker.commands.cache import cache_app

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "precious.txt").write_text("keep me")
    result = CliRunner().invoke(cache_app, ["clear", "--cache-dir", str(tmp_path / "mine")])
    assert result.exit_code == 2
    assert (tmp_path / "mine" / "precious.txt").exists()


def test_cache_cli_dispatch_from_main(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; from checker.cli import main; sys.argv=['check','cache','clear','--cache-dir',sys.argv[1]]; main()", str(tmp_path / "none")],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0 and "no cache at" in proc.stdout


# -- data, never code -------------------------------------------------------------------------


class _Plant:
    """Unpickling this runs ``touch marker``: what a crafted cache row would do to a pickle reader."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # noqa: ANN204
        return (subprocess.call, (["touch", str(self.marker)],))


def _plant(db_path: Path, marker: Path, sources, schema: str) -> None:
    """A cache.db whose every parse row (old and current layout, right keys) is a code-running pickle."""
    import pickle
    import zlib

    payload = zlib.compress(pickle.dumps(_Plant(marker)), 1)
    assert not marker.exists()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO meta VALUES ('schema', ?)", (schema,))
    db.execute("CREATE TABLE parses (key TEXT PRIMARY KEY, data BLOB NOT NULL, used REAL NOT NULL)")
    db.execute("CREATE TABLE records (kind TEXT NOT NULL, key TEXT NOT NULL, version TEXT NOT NULL, data BLOB NOT NULL, used REAL NOT NULL, PRIMARY KEY (kind, key))")
    db.execute("CREATE TABLE embeddings (key TEXT PRIMARY KEY, version TEXT NOT NULL, dim INTEGER NOT NULL, data BLOB NOT NULL, used REAL NOT NULL)")
    for i, src in enumerate(sources):
        key = parse_key(src)
        db.execute("INSERT INTO parses VALUES (?, ?, 0)", (key, payload))
        # NOTE: one bare pickle, one behind the codec's header (a forger who read the code).
        db.execute("INSERT INTO records VALUES ('parse', ?, 'x', ?, 0)", (key, (cache_mod_codec.MAGIC if i else b"") + payload))
    db.commit()
    db.close()


from checker.cache import codec as cache_mod_codec  # noqa: E402


def test_cache_planted_pickle_rows_never_run_and_the_cache_is_rebuilt(tmp_path):
    sources = _docs(tmp_path / "docs", **DOCS)
    for schema in (str(cache_mod.CACHE_SCHEMA), "1"):
        marker = tmp_path / f"pwned-{schema}"
        folder = tmp_path / f"cache-{schema}"
        _plant(folder / "cache.db", marker, sources, schema)
        engine = CountingEngine()
        c = Cache(folder)
        report, _ = run(sources, Settings(), Backends(embedder=HashEmbedder(), parser=object()), cache=c, engine=engine)  # type: ignore[arg-type]
        c.close()
        assert not marker.exists(), "a cache row ran code"
        assert len(engine.parsed) == 2 and report.claims == 4
        again = CountingEngine()
        _run_in(sources, folder, again)
        assert again.parsed == [] and not marker.exists()


def test_cache_planted_pickle_rows_never_run_through_the_cli(tmp_path, monkeypatch):
    """The issue's report: a committed .check_cache/cache.db executed code on a plain `check DIR`."""
    from checker import cli, engines, pipeline

    sources = _docs(tmp_path / "docs", **DOCS)
    marker = tmp_path / "pwned"
    _plant(tmp_path / ".check_cache" / "cache.db", marker, sources, str(cache_mod.CACHE_SCHEMA))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CHECK_CACHE_DIR", raising=False)
    monkeypatch.setattr(engines, "get_engine", lambda *a, **k: CountingEngine())
    monkeypatch.setattr(pipeline.Backends, "resolved", lambda self: pipeline.Backends(HashEmbedder(), object(), None))
    result = CliRunner().invoke(cli.app, [str(tmp_path / "docs"), "--format", "json", "-q", "--exit-zero"])
    assert result.exit_code == 0, result.output
    assert not marker.exists()
    c = Cache(tmp_path / ".check_cache")
    assert c.stats.invalid == 0 and len(c.get_parses([parse_key(s) for s in sources])) == 2
    c.close()


def _run_in(sources, folder: Path, engine: CountingEngine):  # noqa: ANN001, ANN202
    c = Cache(folder)
    try:
        return run(sources, Settings(), Backends(embedder=HashEmbedder(), parser=object()), cache=c, engine=engine)  # type: ignore[arg-type]
    finally:
        c.close()


def _can_bypass_permissions() -> bool:
    import os

    return hasattr(os, "geteuid") and os.geteuid() == 0


def _deny(monkeypatch, folder: Path, mode: int) -> None:
    """Make ``os.access`` deny ``mode`` below ``folder``: what a non-root user meets (tests may run as root)."""
    import os

    real = os.access

    def access(path, want, *a, **k):  # noqa: ANN001, ANN202
        if want & mode and str(Path(path).resolve()).startswith(str(folder.resolve())):
            return False
        return real(path, want, *a, **k)

    monkeypatch.setattr(os, "access", access)


@pytest.mark.parametrize("how", ["chmod", "simulated"])
def test_cache_read_only_cache_is_read_and_never_deleted(tmp_path, monkeypatch, how):
    import os

    if how == "chmod" and _can_bypass_permissions():
        pytest.skip("running as root: file permissions do not make the cache read-only")
    sources = _docs(tmp_path / "docs", **DOCS)
    folder = tmp_path / "ro"
    _run_in(sources, folder, CountingEngine())
    # NOTE: a cache shipped as a read-only artefact: checkpointed, then files and folder read-only.
    con = sqlite3.connect(folder / "cache.db")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    for extra in ("cache.db-wal", "cache.db-shm"):
        if (folder / extra).exists():
            (folder / extra).unlink()
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    if how == "chmod":
        for p in folder.iterdir():
            p.chmod(0o444)
        folder.chmod(0o555)
    else:
        _deny(monkeypatch, folder, os.W_OK)
    try:
        engine = CountingEngine()
        c = Cache(folder)
        changed = _docs(tmp_path / "docs2", **{"a.txt": DOCS["a.txt"], "c.txt": "A wholly new document with enough words in it.\n"})
        run(changed, Settings(), Backends(embedder=HashEmbedder(), parser=object()), cache=c, engine=engine)  # type: ignore[arg-type]
        c.close()
        assert c.readonly and c.stats.parse_hits == 1
        assert engine.parsed == [str(tmp_path / "docs2" / "c.txt")]
        assert c.stats.warnings == []
        after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
        # NOTE: simulated, SQLite may add its -shm index beside a WAL database; it never writes the data.
        assert before.items() <= after.items()
    finally:
        folder.chmod(0o755)
        for p in folder.iterdir():
            p.chmod(0o644)


@pytest.mark.parametrize("how", ["chmod", "simulated"])
def test_cache_unreadable_database_is_not_deleted(tmp_path, monkeypatch, how):
    import os

    if how == "chmod" and _can_bypass_permissions():
        pytest.skip("running as root can read a chmod 000 file")
    folder = tmp_path / "c"
    c = Cache(folder)
    c.put_parses([("k", b"v")])
    c.close()
    if how == "chmod":
        (folder / "cache.db").chmod(0)
    else:
        _deny(monkeypatch, folder / "cache.db", os.R_OK | os.W_OK)
    try:
        c = Cache(folder)
        assert c.get_parses(["k"]) == {}
        c.put_parses([("k2", b"v")])
        c.close()
        assert (folder / "cache.db").exists() and any("not readable" in w for w in c.stats.warnings)
    finally:
        (folder / "cache.db").chmod(0o644)
    monkeypatch.undo()
    c = Cache(folder)
    assert c.get_parses(["k", "k2"]) == {"k": b"v"}
    c.close()


def test_cache_prune_drops_other_versions_and_keeps_current(tmp_path):
    from checker.cache import prune

    folder = tmp_path / "c"
    c = Cache(folder)
    c.put_records("parse", [("old", b"x" * 100)], version="0|0.0.1|old")
    c.put_parses([("new", b"y" * 100)])
    c.put_records("gone-kind", [("k", b"z")], version="v")
    import numpy as np

    c.put_embeddings([("e-old", np.ones(4))], version="some-old-model")
    c.put_embeddings([("e-new", np.ones(4))], version=cache_mod.VERSIONS["embed"]())
    c.close()
    result = prune(str(folder))
    assert result is not None and result.stale == 3 and result.evicted == 0
    c = Cache(folder)
    assert set(c.get_parses(["old", "new"])) == {"new"}
    assert set(c.get_embeddings(["e-old", "e-new"], 4)) == {"e-new"}
    c.close()
    assert prune(str(tmp_path / "nothing")) is None


def test_cache_size_cap_evicts_least_recently_used(tmp_path, monkeypatch):
    from checker.cache import store

    monkeypatch.setattr(store, "TOUCH_EVERY", 0.0)  # NOTE: every hit marks its row (the order of one second)
    folder = tmp_path / "c"
    c = Cache(folder, max_bytes=10**9)
    for i in range(10):
        c.put_parses([(f"k{i}", bytes(1000))])
    c.get_parses(["k0"])  # NOTE: used last, so kept
    assert c.evict(5000) >= 5
    kept = set(c.get_parses([f"k{i}" for i in range(10)]))
    assert "k0" in kept and c.stored_bytes() <= 5000 and len(kept) <= 5
    c.close()
    small = Cache(folder, max_bytes=3000)
    small.put_parses([("fresh", bytes(1000))])
    small.close()
    c = Cache(folder)
    assert c.stored_bytes() <= 3000 and "fresh" in c.get_parses(["fresh"])
    c.close()


def test_cache_cli_prune(tmp_path):
    from checker.commands.cache import cache_app

    c = Cache(tmp_path / "cc")
    c.put_records("parse", [("old", b"x")], version="stale")
    c.close()
    result = CliRunner().invoke(cache_app, ["prune", "--cache-dir", str(tmp_path / "cc")])
    assert result.exit_code == 0 and "pruned 1 entries of other versions" in result.output


def test_cache_parse_is_keyed_by_the_evidence_the_document_meets(tmp_path: Path):
    """A document parsed beside others that make a line of it boilerplate is not read back in a corpus where it is not."""
    footer = "Subscribe to the Harbor newsletter for daily updates"
    body = {f"d{i}.txt": f"Northwind Labs released Vela {i} in March 2025.\n{footer}\n" for i in range(3)}
    engine = CountingEngine()
    together, _, _ = _run(_docs(tmp_path / "three", **body), tmp_path, engine)
    assert together.claim_counts == (1, 1, 1)
    alone, _, stats = _run(_docs(tmp_path / "one", **{"d0.txt": body["d0.txt"]}), tmp_path, engine)
    assert alone.claim_counts == (2,) and stats.parse_misses == 1
    # NOTE: another folder, so no snapshot: the parse comes from the cache, under the key of its own evidence
    again, _, stats = _run(_docs(tmp_path / "other", **{"d0.txt": body["d0.txt"]}), tmp_path, CountingEngine())
    assert again.claim_counts == (2,) and stats.parse_hits == 1


def test_cache_hit_within_the_touch_interval_writes_nothing(tmp_path, monkeypatch):
    import numpy as np

    from checker.cache import store

    c = Cache(tmp_path / "c")
    c.put_embeddings([("e", np.ones(4, dtype=np.float32))])
    c.put_parses([("p", b"x")])
    marks = lambda: c._conn().execute("SELECT used FROM embeddings UNION ALL SELECT used FROM records").fetchall()  # noqa: E731
    before = marks()
    assert c.get_embeddings(["e"], 4) and c.get_parses(["p"])
    assert marks() == before  # NOTE: marked at the put, a moment ago: the hits rewrite no page
    monkeypatch.setattr(store, "TOUCH_EVERY", -1.0)
    assert c.get_embeddings(["e"], 4) and c.get_parses(["p"])
    assert all(a > b for (a,), (b,) in zip(marks(), before))
    c.close()


def test_cache_embeddings_read_as_one_array_skip_bad_rows_and_open_no_write_for_fresh_hits(tmp_path):
    import numpy as np

    from checker.cache import embed_key, embed_keys

    assert embed_keys("m", ["a", "", "b\u00e9"]) == [embed_key("m", "a"), embed_key("m", ""), embed_key("m", "b\u00e9")]
    c = Cache(tmp_path / "c")
    good = {"a": np.arange(4, dtype=np.float32), "b": np.full(4, -2.5, dtype=np.float32)}
    c.put_embeddings([("a", good["a"]), ("nan", np.array([0, np.nan, 1, 2], dtype=np.float32)), ("b", good["b"])])
    c.put_embeddings([("short", np.ones(3, dtype=np.float32))])
    writes = []
    real = c._write
    c._write = lambda statements: writes.append(statements) or real(statements)  # type: ignore[method-assign]
    got = c.get_embeddings(["a", "nan", "short", "b", "absent"], 4)
    assert set(got) == {"a", "b"} and all(np.array_equal(got[k], good[k]) and got[k].dtype == np.float32 for k in got)
    assert c.stats.invalid == 2 and len(c.stats.warnings) == 1
    assert writes == []  # NOTE: every row was marked a moment ago: no write transaction at all
    c.close()
