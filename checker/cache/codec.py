"""Cache values as plain data: msgspec records in MessagePack, checked against their schema on read.

Nothing read from the cache can run code: there is no pickle, every value is decoded into a
declared `msgspec.Struct` (unknown or missing fields, wrong types and negative offsets are
rejected), and a decompressed value has a size limit. Anything that does not match is a
`CacheFormatError`, which the store and the pipeline treat as a miss.

A stored value is ``MAGIC`` followed by zlib-compressed MessagePack of one record. Each record
type is tagged with its name, so a value of one kind never decodes as another.
"""

from __future__ import annotations

import logging
import zlib
from typing import Annotated, Literal, Sequence, TypeVar

import msgspec

from checker.models import Claim, Source, Token

__all__ = [
    "MAGIC",
    "MAX_DECODED",
    "CacheFormatError",
    "Record",
    "TokenRecord",
    "ClaimRecord",
    "ParseRecord",
    "encode",
    "decode",
    "inflate",
    "decode_raw",
    "encode_claims",
    "decode_claims",
]

logger = logging.getLogger(__name__)

MAGIC = b"chk\x02"
"""First bytes of every stored value (format 2: msgpack records; format 1 was pickle and is never read)."""
MAX_DECODED = 512 * 2**20
"""Largest decompressed value accepted (bytes): a crafted entry cannot exhaust memory."""

_Offset = Annotated[int, msgspec.Meta(ge=0)]
R = TypeVar("R", bound="Record")


class CacheFormatError(ValueError):
    """A stored value is not a valid record of the expected type; callers treat it as a miss."""


class Record(msgspec.Struct, array_like=True, frozen=True, forbid_unknown_fields=True, tag=True):
    """Base of every cached record: positional (compact), tagged by class name, strict on read."""


class TokenRecord(Record):
    """One `Token`."""

    text: str
    """Surface form."""
    lemma: str
    """Lower-cased lemma."""
    pos: str
    """Universal part of speech."""
    dep: str
    """Dependency label."""
    head: _Offset
    """Index of the head token within the claim."""
    ent: str
    """Entity label or ``""``."""
    start: _Offset
    """Character offset within the claim text."""


class ClaimRecord(Record):
    """One parsed `Claim`, without what the source provides (id, path, text) or normalisation adds."""

    start: _Offset
    """Offset of the first character in the source text."""
    end: _Offset
    """Offset one past the last character."""
    line: _Offset
    """1-based line of ``start``."""
    column: _Offset
    """1-based column of ``start``."""
    end_line: _Offset
    """1-based line of the last character."""
    attribution: str | None
    """Who asserts it when not the author."""
    modality: str
    """``fact``, ``reported``, ``hedged``, ``opinion`` or ``prediction``."""
    paragraph: _Offset
    """Index of the paragraph inside the source."""
    tokens: tuple[TokenRecord, ...]
    """The parse of the claim text."""
    stance: Literal["asserted", "denied", "refutes"] = "asserted"
    """``asserted``, ``denied`` (a claim its source embeds only to deny it) or ``refutes`` (a denial of a
    claim the sentence only points at: "the story is a hoax")."""
    act: str = ""
    """How a denied or refuting claim takes its claim back (``Claim.act``): "" / ``denies``, ``doubts``, ``retracts``,
    ``corrects``."""
    said_on: str = ""
    """For a denied claim, when the denial was made, as written (``Claim.said_on``)."""


class ParseRecord(Record):
    """The claims `checker.parse` found in one document."""

    claims: tuple[ClaimRecord, ...]
    """In document order."""


_ENCODER = msgspec.msgpack.Encoder()
_DECODERS: dict[type, msgspec.msgpack.Decoder] = {}


def encode(record: Record, level: int = 1) -> bytes:
    """``MAGIC`` + zlib(msgpack(record)); ``level`` 0: stored in zlib's format without compressing (as fast as a
    copy, decoded alike), for a big record written on every run."""
    return MAGIC + zlib.compress(_ENCODER.encode(record), level)


def inflate(blob: bytes) -> bytes:
    """The MessagePack inside a stored value (`decode` reads it; `decode_raw` reads it again without inflating
    twice); `CacheFormatError` when it is no stored value."""
    if not isinstance(blob, (bytes, bytearray, memoryview)) or bytes(blob[: len(MAGIC)]) != MAGIC:
        raise CacheFormatError("not a check cache record (unknown header)")
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(bytes(blob[len(MAGIC) :]), MAX_DECODED)
    except zlib.error as exc:
        raise CacheFormatError(f"damaged record ({exc})") from None
    if inflater.unconsumed_tail:
        raise CacheFormatError(f"record larger than {MAX_DECODED} bytes")
    return raw


def decode(blob: bytes, kind: type[R]) -> R:
    """The record of type ``kind`` stored in ``blob``; `CacheFormatError` when it is anything else."""
    return decode_raw(inflate(blob), kind)


def decode_raw(raw: bytes, kind: "type[R]") -> R:
    """`decode` of what `inflate` returned."""
    decoder = _DECODERS.get(kind)
    if decoder is None:
        decoder = _DECODERS[kind] = msgspec.msgpack.Decoder(kind)
    try:
        return decoder.decode(raw)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise CacheFormatError(f"record does not match {kind.__name__}: {exc}") from None


# -- claims ------------------------------------------------------------------------------------


def encode_claims(claims: Sequence[Claim]) -> bytes:
    """A document's parse as a `ParseRecord`.

    Requires claims fresh from `checker.parse` (slots and context are not stored: normalisation
    re-runs on every check because it depends on the whole corpus).

    Streamed: the bytes are those of ``encode(ParseRecord(...))``, written one claim at a time into
    the compressor, so a very long document never holds a second copy of its parse in memory.
    """
    deflate = zlib.compressobj(1)
    out = [MAGIC, deflate.compress(b"\x92" + _ENCODER.encode("ParseRecord") + _array_header(len(claims)))]
    for c in claims:
        record = ClaimRecord(
            c.start, c.end, c.line, c.column, c.end_line, c.attribution, c.modality, c.paragraph,
            tuple(TokenRecord(t.text, t.lemma, t.pos, t.dep, t.head, t.ent, t.start) for t in c.tokens),
            c.stance,
            c.act,
            c.said_on,
        )
        chunk = deflate.compress(_ENCODER.encode(record))
        if chunk:
            out.append(chunk)
    out.append(deflate.flush())
    return b"".join(out)


def _array_header(n: int) -> bytes:
    """MessagePack array header for ``n`` items (fixarray, array 16, array 32)."""
    if n < 16:
        return bytes([0x90 | n])
    if n < 2**16:
        return b"\xdc" + n.to_bytes(2, "big")
    return b"\xdd" + n.to_bytes(4, "big")


def decode_claims(blob: bytes, source: Source) -> tuple[Claim, ...]:
    """Rebuild a document's claims from `encode_claims` output, pointing at ``source``.

    Raises `CacheFormatError` when the record is malformed or does not fit the text (offsets past
    its end, token heads outside the claim).
    """
    record = decode(blob, ParseRecord)
    text = source.text
    size = len(text)
    intern = _intern
    out = []
    for c in record.claims:
        if not c.start <= c.end <= size:
            raise CacheFormatError(f"claim offsets {c.start}-{c.end} outside a text of {size} characters")
        n = len(c.tokens)
        if any(t.head >= n for t in c.tokens):
            raise CacheFormatError("token head outside its claim")
        out.append(
            Claim(
                source_id=source.id,
                path=source.path,
                start=c.start,
                end=c.end,
                line=c.line,
                column=c.column,
                end_line=c.end_line,
                text=text[c.start : c.end],
                attribution=c.attribution,
                modality=c.modality,
                paragraph=c.paragraph,
                tokens=tuple(
                    Token(t.text, intern(t.lemma), intern(t.pos), intern(t.dep), t.head, intern(t.ent), t.start)
                    for t in c.tokens
                ),
                stance=c.stance,
                act=c.act,
                said_on=c.said_on,
            )
        )
    return tuple(out)


_INTERNED: dict[str, str] = {}


def _intern(s: str) -> str:
    """Share equal short strings (POS, dep, entity labels, lemmas) between claims."""
    return _INTERNED.setdefault(s, s)
