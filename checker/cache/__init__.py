"""The content-hash cache: a SQLite store (`store`) of data-only values (`codec`); never pickle."""

from checker.cache.codec import CacheFormatError, decode, decode_claims, encode, encode_claims
from checker.cache.store import (
    CACHE_SCHEMA,
    DEFAULT_DIR,
    DEFAULT_MAX_BYTES,
    VERSIONS,
    Cache,
    CacheStats,
    NullCache,
    PruneResult,
    cache_dir,
    clear,
    embed_key,
    open_cache,
    parse_key,
    parser_fingerprint,
    prune,
)

__all__ = [
    "CACHE_SCHEMA",
    "DEFAULT_DIR",
    "DEFAULT_MAX_BYTES",
    "VERSIONS",
    "Cache",
    "CacheFormatError",
    "CacheStats",
    "NullCache",
    "PruneResult",
    "cache_dir",
    "clear",
    "decode",
    "decode_claims",
    "embed_key",
    "encode",
    "encode_claims",
    "open_cache",
    "parse_key",
    "parser_fingerprint",
    "prune",
]
