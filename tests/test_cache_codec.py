"""The cache codec: records round-trip, and anything else (pickle, junk, wrong shapes) is rejected as data."""

from __future__ import annotations

import pickle
import zlib

import msgspec
import pytest

from checker.cache.codec import (
    MAGIC,
    CacheFormatError,
    ClaimRecord,
    ParseRecord,
    TokenRecord,
    decode,
    decode_claims,
    encode,
    encode_claims,
)
from checker.models import Claim, Source, Token, source_id

TEXT = "Ab cd ef gh.\nIj kl mn op."
SRC = Source(id=source_id("x.txt", TEXT), path="x.txt", text=TEXT)


def _claims() -> tuple[Claim, ...]:
    toks = (Token("Ab", "ab", "PROPN", "nsubj", 1, "ORG", 0), Token("cd", "cd", "VERB", "ROOT", 1, "", 3))
    return (
        Claim(SRC.id, SRC.path, 0, 12, 1, 1, 1, "Ab cd ef gh.", attribution="Ab", modality="reported", paragraph=0, tokens=toks),
        Claim(SRC.id, SRC.path, 13, 25, 2, 1, 2, "Ij kl mn op.", paragraph=1, stance="denied", act="retracts",
              said_on="1 June"),
    )


def test_cache_codec_claims_round_trip_exactly():
    assert decode_claims(encode_claims(_claims()), SRC) == _claims()


def _raw(obj) -> bytes:  # noqa: ANN001
    return MAGIC + zlib.compress(msgspec.msgpack.encode(obj))


@pytest.mark.parametrize(
    "blob, needle",
    [
        (zlib.compress(pickle.dumps(("anything", [1, 2]))), "header"),
        (MAGIC + zlib.compress(pickle.dumps((2, []))), "does not match"),
        (MAGIC + b"not zlib", "damaged"),
        (b"", "header"),
        (_raw(["ParseRecord", [["ClaimRecord", -1, 5, 1, 1, 1, None, "fact", 0, []]]]), "does not match"),
        (_raw(["ParseRecord", [["ClaimRecord", 0, 5, 1, 1, 1, None, "fact", 0, [], "extra"]]]), "does not match"),
        (_raw(["TokenRecord", "a", "a", "X", "dep", 0, "", 0]), "does not match"),
        (_raw(["ParseRecord", [["ClaimRecord", 0, 999, 1, 1, 1, None, "fact", 0, []]]]), "outside a text"),
        (_raw(["ParseRecord", [["ClaimRecord", 0, 5, 1, 1, 1, None, "fact", 0, [["TokenRecord", "a", "a", "X", "d", 7, "", 0]]]]]), "head"),
        (_raw({"claims": []}), "does not match"),
    ],
)
def test_cache_codec_rejects_anything_but_a_valid_record(blob, needle):
    with pytest.raises(CacheFormatError, match=needle):
        decode_claims(blob, SRC)


def test_cache_codec_decompression_is_bounded(monkeypatch):
    from checker.cache import codec

    monkeypatch.setattr(codec, "MAX_DECODED", 1000)
    big = encode(ParseRecord(tuple(ClaimRecord(0, 1, 1, 1, 1, "x" * 100, "fact", 0, ()) for _ in range(100))))
    with pytest.raises(CacheFormatError, match="larger than"):
        decode(big, ParseRecord)


def test_cache_codec_kinds_do_not_decode_as_each_other():
    blob = encode(TokenRecord("a", "a", "X", "d", 0, "", 0))
    assert decode(blob, TokenRecord) == TokenRecord("a", "a", "X", "d", 0, "", 0)
    with pytest.raises(CacheFormatError):
        decode(blob, ParseRecord)


@pytest.mark.parametrize("n", [0, 1, 15, 16, 70_000])
def test_cache_codec_streamed_claims_are_the_record_bytes(n):
    """encode_claims writes claim by claim; the result must be exactly encode(ParseRecord(...)) once inflated."""
    base = _claims()
    claims = tuple(base[i % 2] for i in range(n))
    streamed = zlib.decompress(encode_claims(claims)[len(MAGIC):])
    whole = zlib.decompress(encode(ParseRecord(tuple(
        ClaimRecord(c.start, c.end, c.line, c.column, c.end_line, c.attribution, c.modality, c.paragraph,
                    tuple(TokenRecord(t.text, t.lemma, t.pos, t.dep, t.head, t.ent, t.start) for t in c.tokens), c.stance, c.act,
                    c.said_on)
        for c in claims)))[len(MAGIC):])
    assert streamed == whole
    assert decode_claims(encode_claims(claims), SRC) == claims


def test_cache_codec_a_clause_of_a_non_projective_parse_round_trips():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from checker.parse import _claim, _clause_of, _line_starts

    # NOTE: FNC-1 body 1376 as the small parser read it: "that" the object of "cross" (a crossing arc), so spaCy's
    # `Token.subtree` of "attempted" lists it after "attempted"; the claim's parse had a token at offset -5, which the
    # reader rejected (a cache miss, and a crash where a forked parse's claims come back encoded)
    words = ["the", "theory", "that", "Islamic", "State", "fighters", "have", "attempted", "to", "cross", "the", "border"]
    heads = [1, 1, 9, 5, 5, 7, 7, 1, 9, 7, 11, 9]
    deps = ["det", "ROOT", "dobj", "compound", "compound", "nsubj", "aux", "relcl", "aux", "xcomp", "det", "dobj"]
    pos = ["DET", "NOUN", "PRON", "PROPN", "PROPN", "NOUN", "AUX", "VERB", "PART", "VERB", "DET", "NOUN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    clause = _clause_of(doc[7])
    assert [t.text for t in clause][4:6] == ["attempted", "that"]  # NOTE: the tree's order, not the text's
    text = doc.text + "\n"
    src = Source(source_id("b.txt", text), "b.txt", text)
    start, end = clause[0].idx, clause[-1].idx + len(clause[-1].text)
    claim = _claim(src, _line_starts(text), 0, start, end, clause, None, "fact", "denied")
    assert claim.text == "Islamic State fighters have attempted to cross the border"
    assert [t.text for t in claim.tokens] == claim.text.split()
    assert [claim.tokens[t.head].text for t in claim.tokens] == ["fighters", "fighters", "attempted", "attempted", "attempted", "cross",
                                                                 "attempted", "border", "cross"]
    assert decode_claims(encode_claims([claim]), src) == (claim,)


def test_cache_codec_a_gapped_clause_heads_stay_inside_it():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from checker.parse import _tokens

    # NOTE: a clause without a word inside it (`_clause_of` leaves out a marker): a token whose head is outside the
    # clause heads itself, at its own position, which its index from the first word no longer is
    doc = Doc(Vocab(), words=["He", "to", "leave", "now"], heads=[2, 2, 2, 3], deps=["nsubj", "aux", "ROOT", "advmod"])
    toks = _tokens([doc[0], doc[2], doc[3]], 0)
    assert toks[2].head == 2 and all(t.head < len(toks) for t in toks)
