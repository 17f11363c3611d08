"""Property-based fuzzing (hypothesis): readers, chrome removal, sentence splitting and the number and
date normalisers take random bytes and Unicode without crashing or hanging.

"Never hangs" is hypothesis' ``deadline`` (an example that reproducibly takes longer fails), not a
timed test; it is generous because the machine is shared.
"""

from __future__ import annotations

import datetime as dt
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.cache.codec import CacheFormatError, ParseRecord, decode, decode_claims
from checker.chrome import is_breadcrumb, is_chrome, is_metadata, strip_credit
from checker.models import Source, source_id
from checker.normalize.dates import find_dates, parse_date
from checker.normalize.numbers import find_quantities, number_value
from checker.parse import _chunks, blocks
from checker.settings import SchemaError, load_yaml
from checker.sources import _Unusable, decode_bytes, read_metadata, read_sources

FUZZ = settings(
    max_examples=150,
    deadline=dt.timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# NOTE: plain random Unicode rarely reaches the interesting branches, so text also mixes in pieces
# the readers and normalisers look for (numbers, months, units, bylines, markup, newlines, BOMs).
_PIECES = [
    "0", "7", "1,200", "3.5", "14 000", "$48 300", "%", " per cent", " million", " billion", "twenty-five",
    "about ", "less than ", "more than ", "up to ", "between ", " and ", "–", "-", "/", ":", "|", "\n", "\n\n",
    "\r\n", "\t", " ", "January", "May ", "mid-", "early ", "late ", "2025", "2026-05-18", "Q3 ", "last week",
    "in the 1990s", "By Jane Roe | ", "Updated: ", "Photo: ", "Home / News / ", "# ", "- ", "* ", "---\n",
    "title: x\n", "<p>", "</p>", "<meta charset=\"latin-1\">", "-*- coding: cp1252 -*-", "\ufeff", "\u200b",
    "\u2028", "é", "ß", "İ", "ﬁ", "🙂", "\x00", "Claude 4", "Fable 5", "U.S.", "Dr. ", "e.g. ", "...", "?", "!",
]
TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(alphabet=string.ascii_letters + " .,", max_size=12)), max_size=60).map("".join),
)
ANCHOR = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))


# -- readers ---------------------------------------------------------------------------------


@FUZZ
@given(st.one_of(st.binary(max_size=2000), TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_fuzz_decode_bytes_returns_text_or_a_coded_skip(data):
    try:
        text, encoding = decode_bytes(data)
    except _Unusable as exc:
        assert exc.code in ("CC902", "CC903") and exc.reason
        return
    assert isinstance(text, str) and encoding
    assert "\r" not in text


@FUZZ
@given(TEXT)
def test_fuzz_read_metadata_never_crashes(text):
    meta = read_metadata(text)
    assert set(meta) <= {"title", "date", "author"}


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_fuzz_read_sources_reads_or_skips_any_file(tmp_path_factory, data, suffix):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / f"doc{suffix}"
    path.write_bytes(data)
    skipped: list = []
    sources = read_sources([str(path)], skipped)
    assert len(sources) + len(skipped) == 1
    if sources:
        assert sources[0].path == str(path) and isinstance(sources[0].text, str)
    else:
        assert skipped[0].code in ("CC901", "CC902", "CC903")


@FUZZ
@given(TEXT)
def test_fuzz_yaml_loader_returns_data_or_a_schema_error(text):
    try:
        load_yaml(text, "fuzz.yaml")
    except SchemaError as exc:
        assert exc.where.startswith("fuzz.yaml")


@FUZZ
@given(st.binary(max_size=500))
def test_fuzz_cache_codec_rejects_junk_as_data(blob):
    src = Source(id=source_id("x", "some text"), path="x", text="some text")
    with pytest.raises(CacheFormatError):
        decode(blob, ParseRecord)
    with pytest.raises(CacheFormatError):
        decode_claims(b"chk\x02" + blob, src)


# -- chrome removal and splitting ------------------------------------------------------------


@FUZZ
@given(TEXT)
def test_fuzz_chrome_predicates_and_credit_stripping(text):
    for line in text.split("\n"):
        assert isinstance(is_chrome(line), bool)
        assert isinstance(is_breadcrumb(line), bool)
        assert isinstance(is_metadata(line), bool)
    stripped = strip_credit(text)
    assert isinstance(stripped, str) and len(stripped) <= len(text)


@FUZZ
@given(TEXT)
def test_fuzz_blocks_are_ordered_spans_inside_the_text(text):
    last = 0
    for b in blocks(text):
        assert last <= b.start <= b.end <= len(text)
        last = b.end


@FUZZ
@given(text=TEXT, limit=st.integers(min_value=2, max_value=80))
def test_fuzz_long_lines_are_cut_into_bounded_contiguous_chunks(text, limit):
    pieces = list(_chunks(0, len(text), text, limit))
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(0 < b - a <= limit for a, b in pieces)


# -- normalisers -----------------------------------------------------------------------------


@FUZZ
@given(TEXT)
def test_fuzz_quantities_never_crash(text):
    for q in find_quantities(text):
        assert q.value == q.value  # NOTE: not NaN
    assert number_value(text) is None or isinstance(number_value(text), float)


@FUZZ
@given(text=TEXT, anchor=ANCHOR)
def test_fuzz_dates_are_ordered_intervals(text, anchor):
    for d in find_dates(text, anchor):
        assert d.start <= d.end
    parse_date(text, anchor)


# -- sentence splitting with the real model (slow) -------------------------------------------


@pytest.mark.slow
@settings(max_examples=40, deadline=dt.timedelta(seconds=30), suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_fuzz_parse_with_spacy_points_claims_into_the_text(real_parser, text):
    from checker.parse import parse

    src = Source(id=source_id("fuzz.txt", text), path="fuzz.txt", text=text)
    (claims,) = parse([src], real_parser)
    for c in claims:
        assert 0 <= c.start <= c.end <= len(text)
        assert c.text == text[c.start : c.end]
