"""Tests for `checker.review`: the review file, decisions, and the suppression stage."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os

import pytest

from checker import review as review_mod
from checker.errors import ReviewFileError
from checker.judge import fingerprint
from checker.models import Claim, Finding, source_id
from checker.review import Decision, Review, apply, find, load_review, record, render_review, save_review

logger = logging.getLogger(__name__)

_WHEN = "2026-05-04T12:00:00Z"


def _claim(path: str, text: str, line: int = 1, start: int = 0) -> Claim:
    return Claim(
        source_id=source_id(path, text),
        path=path,
        start=start,
        end=start + len(text),
        line=line,
        column=1,
        end_line=line,
        text=text,
    )


def _finding(*claims: Claim, rule: str = "CC101", fp: str | None = None) -> Finding:
    return Finding(
        fingerprint=fp or fingerprint(rule, claims),
        rule=rule,
        kind="date",
        verdict="contradiction",
        severity="error",
        confidence=0.9,
        message="date contradiction: early May 2026 vs mid-2025",
        event="launch · mythos 5",
        claims=claims,
        values=tuple(("x",) for _ in claims),
    )


@pytest.fixture
def launch() -> Finding:
    return _finding(
        _claim("seeds/wire.md", "The company will launch Mythos 5 in early May 2026.", line=7, start=180),
        _claim("seeds/blog post.md", "Mythos 5 launches in mid-2025, the company said.", line=4, start=95),
    )


@pytest.fixture
def restrict() -> Finding:
    return _finding(
        _claim("seeds/wire.md", "The US government restricted access to Mythos 5.", line=3),
        _claim("seeds/gov.txt", "Access to Fable 5 is restricted.", line=1),
        rule="CC103",
    )


def _error(exc: pytest.ExceptionInfo[ReviewFileError]) -> str:
    message = str(exc.value)
    assert "\n" not in message, message
    return message


# --- round trip and formatting -------------------------------------------------------------------


def test_review_missing_file_is_empty(tmp_path):
    assert len(load_review(tmp_path / "nope" / "review.yaml")) == 0


@pytest.mark.parametrize("text", ["", "# only a comment\n", "version: 1\n", "version: 1\ndecisions:\n"])
def test_review_empty_documents_are_empty(tmp_path, text):
    p = tmp_path / "review.yaml"
    p.write_text(text)
    assert load_review(p) == Review()


def test_review_round_trip(tmp_path, launch, restrict):
    r = record(Review(), launch, "dismissed", "different products", who="Ana", when=_WHEN)
    r = record(r, restrict, "confirmed", who="Bo", when=dt.datetime(2026, 5, 5, 14, 30, tzinfo=dt.timezone.utc))
    p = tmp_path / "claims" / "review.yaml"  # NOTE: the parent folder does not exist yet.
    written = save_review(p, r)
    loaded = load_review(p)
    assert loaded == r == written
    d = loaded.decisions[launch.fingerprint]
    assert d == Decision(
        fingerprint=launch.fingerprint,
        verdict="dismissed",
        rule="CC101",
        reason="different products",
        who="Ana",
        when=_WHEN,
        event="launch · mythos 5",
        claims=("seeds/wire.md:7", "seeds/blog post.md:4"),
        values=("x",),
    )
    assert loaded.decisions[restrict.fingerprint].when == "2026-05-05T14:30:00Z"
    assert list(loaded.decisions) == sorted(loaded.decisions)


def test_review_file_is_sorted_and_byte_identical_on_resave(tmp_path, launch, restrict):
    def decide(r: Review, f: Finding) -> Review:
        return record(r, f, "confirmed", who="Ana", when=_WHEN)

    a = decide(decide(Review(), launch), restrict)
    b = decide(decide(Review(), restrict), launch)
    pa, pb = tmp_path / "a.yaml", tmp_path / "b.yaml"
    save_review(pa, a)
    save_review(pb, b)
    first = pa.read_bytes()
    assert first == pb.read_bytes()
    save_review(pa, load_review(pa))
    assert pa.read_bytes() == first
    text = first.decode()
    fps = sorted([launch.fingerprint, restrict.fingerprint])
    assert text.index(fps[0]) < text.index(fps[1])
    assert text == render_review(a)


def test_review_free_text_stays_text(tmp_path, launch):
    """Values YAML 1.1 would turn into bools, numbers or dates come back as the same strings."""
    r = record(Review(), launch, "dismissed", "no", who="1234", when=_WHEN)
    p = tmp_path / "review.yaml"
    save_review(p, r)
    assert load_review(p) == r
    p.write_text(
        "version: 1\ndecisions:\n- fingerprint: 0123456701234567\n  verdict: dismissed\n"
        "  reason: yes\n  when: 2026-05-04 14:00:00+02:00\n"
    )
    d = load_review(p).decisions["0123456701234567"]
    assert (d.reason, d.when) == ("yes", _WHEN)


def test_review_save_never_drops_decisions_on_disk(tmp_path, launch, restrict):
    p = tmp_path / "review.yaml"
    save_review(p, record(Review(), launch, "confirmed", who="Ana", when=_WHEN))
    # NOTE: a review built without the one on disk (e.g. loaded before someone else saved).
    written = save_review(p, record(Review(), restrict, "confirmed", who="Bo", when=_WHEN))
    assert set(load_review(p).decisions) == {launch.fingerprint, restrict.fingerprint} == set(written.decisions)
    save_review(p, Review(), forget=[launch.fingerprint])
    assert set(load_review(p).decisions) == {restrict.fingerprint}


def test_review_save_refuses_to_overwrite_a_malformed_file(tmp_path, launch):
    p = tmp_path / "review.yaml"
    p.write_text("decisions: [\n")
    with pytest.raises(ReviewFileError, match=r"\[E030\]"):
        save_review(p, record(Review(), launch, "confirmed", who="Ana", when=_WHEN))
    assert p.read_text() == "decisions: [\n"


# --- atomic write --------------------------------------------------------------------------------


def test_review_atomic_write_keeps_original_when_replace_fails(tmp_path, monkeypatch, launch, restrict):
    p = tmp_path / "review.yaml"
    save_review(p, record(Review(), launch, "confirmed", who="Ana", when=_WHEN))
    before = p.read_bytes()

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(review_mod.os, "replace", boom)
    with pytest.raises(ReviewFileError) as exc:
        save_review(p, record(load_review(p), restrict, "confirmed", who="Bo", when=_WHEN))
    message = _error(exc)
    assert message.startswith("[E040]") and str(p) in message and "No space left" in message
    assert p.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["review.yaml"]  # NOTE: no temp file left behind.


def test_review_atomic_write_keeps_original_when_write_fails(tmp_path, monkeypatch, launch):
    p = tmp_path / "review.yaml"
    save_review(p, record(Review(), launch, "confirmed", who="Ana", when=_WHEN))
    before = p.read_bytes()

    def boom(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(review_mod.os, "fsync", boom)
    with pytest.raises(ReviewFileError, match=r"^\[E040\]"):
        save_review(p, record(Review(), launch, "dismissed", "dup", who="Ana", when=_WHEN))
    assert p.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["review.yaml"]


def test_review_save_into_unwritable_place_raises_e040(tmp_path, launch):
    blocker = tmp_path / "claims"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(ReviewFileError, match=r"^\[E040\]"):
        save_review(blocker / "review.yaml", record(Review(), launch, "confirmed", who="Ana", when=_WHEN))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_review_save_keeps_file_mode(tmp_path, launch):
    p = tmp_path / "review.yaml"
    p.write_text("version: 1\ndecisions: []\n")
    p.chmod(0o640)
    save_review(p, record(Review(), launch, "confirmed", who="Ana", when=_WHEN))
    assert p.stat().st_mode & 0o777 == 0o640


# --- malformed files -----------------------------------------------------------------------------

_FP = "ab12cd34ef56ab78"


@pytest.mark.parametrize(
    ("text", "expected", "line"),
    [
        ("decisions: [\n  {fingerprint: x\n", "invalid YAML", 3),
        ("version: 1\ndecisions:\n  - fingerprint: a\n   verdict: confirmed\n", "invalid YAML", 4),
        ("- just\n- a list\n", "expected a mapping with version and decisions, not a list", 1),
        ("just a string\n", "expected a mapping with version and decisions, not a string", 1),
        ("version: 1\ndecisions: {a: 1}\n", "decisions: expected a list, not a mapping", 2),
        ("version: 2\ndecisions: []\n", "version: unsupported version '2'", 1),
        ("version: 1\ndecisions: []\nextra: 1\n", "extra: unknown key; known: version, decisions", 3),
        ("version: 1\ndecisions:\n  - just text\n", "decisions[0]: expected a mapping", 3),
        (f"version: 1\ndecisions:\n  - fingerprint: {_FP}\n    verdict: ignored\n",
         "decisions[0].verdict: 'ignored' is not one of confirmed, dismissed", 4),
        (f"version: 1\ndecisions:\n  - fingerprint: {_FP}\n    reason: x\n", "decisions[0].verdict: missing", 3),
        ("version: 1\ndecisions:\n  - verdict: confirmed\n    reason: x\n", "decisions[0].fingerprint: missing", 3),
        ("version: 1\ndecisions:\n  - fingerprint:\n    verdict: confirmed\n",
         "decisions[0].fingerprint: expected a non-empty string", 3),
        ("version: 1\ndecisions:\n  - fingerprint: '  '\n    verdict: confirmed\n",
         "decisions[0].fingerprint: expected a non-empty string", 3),
        (
            f"version: 1\ndecisions:\n  - fingerprint: {_FP}\n    verdict: confirmed\n"
            f"  - fingerprint: {_FP}\n    verdict: dismissed\n",
            f"decisions[1].fingerprint: {_FP} given twice (first at line 3)",
            5,
        ),
        (f"version: 1\ndecisions:\n  - fingerprint: {_FP}\n    verdict: confirmed\n    verdict: dismissed\n",
         "decisions[0].verdict: given twice", 5),
        (f"version: 1\ndecisions:\n  - fingerprint: {_FP}\n    verdict: confirmed\n    verdikt: x\n",
         "decisions[0].verdikt: unknown key; known: fingerprint, verdict,", 5),
        (f"version: 1\ndecisions:\n  - fingerprint: {_FP}\n    verdict: confirmed\n    when: last tuesday\n",
         "decisions[0].when: 'last tuesday' is not an ISO 8601 time", 5),
        (f"version: 1\ndecisions:\n  - fingerprint: {_FP}\n    verdict: confirmed\n    reason: [a, b]\n",
         "decisions[0].reason: expected a non-empty string, not a list", 5),
        (f"version: 1\ndecisions:\n  - fingerprint: {_FP}\n    verdict: confirmed\n    claims: a.md:1\n",
         "decisions[0].claims: expected a list, not a string", 5),
        (f"version: 1\ndecisions:\n  - fingerprint: {_FP}\n    verdict: confirmed\n    values: [[a]]\n",
         "decisions[0].values[0]: expected a non-empty string, not a list", 5),
    ],
)
def test_review_malformed_file_raises_e030_in_one_line(tmp_path, text, expected, line):
    # NOTE: the review file reports problems as every other file does (checker.settings): path:line: key: what.
    p = tmp_path / "review.yaml"
    p.write_text(text)
    with pytest.raises(ReviewFileError) as exc:
        load_review(p)
    message = _error(exc)
    assert message.startswith(f"[E030] bad review file {p}:{line}: ")
    assert expected in message


def test_review_scalars_stay_text(tmp_path):
    # NOTE: free text is never YAML-typed: "no" is not False, 0123 is not octal, a time is not a datetime.
    p = tmp_path / "review.yaml"
    p.write_text(
        "version: 1\ndecisions:\n  - fingerprint: 0123\n    verdict: dismissed\n    reason: no\n"
        "    when: 2026-05-04 14:00+02:00\n    values: [2025, true]\n    who:\n"
    )
    d = load_review(p).decisions["0123"]
    assert (d.reason, d.when, d.values, d.who) == ("no", "2026-05-04T12:00:00Z", ("2025", "true"), "")


def test_review_non_utf8_file_raises_e030(tmp_path):
    p = tmp_path / "review.yaml"
    p.write_bytes(b"version: 1\nreason: \xff\n")
    with pytest.raises(ReviewFileError) as exc:
        load_review(p)
    assert _error(exc).startswith("[E030]") and "UTF-8" in str(exc.value)


# --- record --------------------------------------------------------------------------------------


def test_review_record_returns_a_new_review(launch):
    empty = Review()
    r = record(empty, launch, "Confirmed", who="Ana", when=_WHEN)
    assert len(empty) == 0 and launch.fingerprint in r
    again = record(r, launch, "dismissed", "  not the same product  ", who="Ana", when=_WHEN)
    assert len(again) == 1
    assert again.decisions[launch.fingerprint].verdict == "dismissed"
    assert again.decisions[launch.fingerprint].reason == "not the same product"
    assert r.decisions[launch.fingerprint].verdict == "confirmed"
    with pytest.raises(TypeError):
        again.decisions["x"] = None  # type: ignore[index]


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_review_record_dismissal_needs_reason(launch, reason):
    with pytest.raises(ReviewFileError) as exc:
        record(Review(), launch, "dismissed", reason, who="Ana")
    assert "a dismissal needs --reason" in _error(exc)


def test_review_record_rejects_unknown_verdict_and_bad_time(launch):
    with pytest.raises(ReviewFileError, match="use confirmed or dismissed"):
        record(Review(), launch, "ignored", "x", who="Ana")
    with pytest.raises(ReviewFileError, match="ISO 8601"):
        record(Review(), launch, "confirmed", who="Ana", when="yesterday")


def test_review_record_defaults_who_and_when(monkeypatch, launch):
    monkeypatch.setattr(review_mod, "_git_user_name", lambda: "Git Name")
    d = record(Review(), launch, "confirmed").decisions[launch.fingerprint]
    assert d.who == "Git Name"
    stamp = dt.datetime.strptime(d.when, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    assert abs((dt.datetime.now(dt.timezone.utc) - stamp).total_seconds()) < 60
    monkeypatch.setattr(review_mod, "_git_user_name", lambda: None)
    monkeypatch.setenv("USER", "shell-user")
    assert record(Review(), launch, "confirmed").decisions[launch.fingerprint].who == "shell-user"
    monkeypatch.delenv("USER")
    monkeypatch.delenv("USERNAME", raising=False)
    assert record(Review(), launch, "confirmed").decisions[launch.fingerprint].who == "unknown"


# --- apply ---------------------------------------------------------------------------------------


def test_review_apply_splits_active_acknowledged_stale(launch, restrict):
    other = _finding(_claim("a.md", "One."), _claim("b.md", "Two."), fp="ffff000011112222")
    r = record(Review(), launch, "dismissed", "different products", who="Ana", when=_WHEN)
    r = record(r, other, "confirmed", who="Ana", when=_WHEN)
    r = Review({**r.decisions, "0000aaaa0000aaaa": Decision("0000aaaa0000aaaa", "confirmed")})
    findings = (restrict, launch, other)
    active, acknowledged, stale = apply(findings, r)
    assert active == (restrict,)
    assert [f.fingerprint for f in acknowledged] == [launch.fingerprint, other.fingerprint]
    assert [f.acknowledged for f in acknowledged] == ["dismissed", "confirmed"]
    assert acknowledged[0] == dataclasses.replace(launch, acknowledged="dismissed")
    assert stale == ("0000aaaa0000aaaa",)
    assert launch.acknowledged is None  # NOTE: the input findings are untouched.


def test_review_apply_with_empty_review_or_no_findings(launch):
    assert apply((launch,), Review()) == ((launch,), (), ())
    r = record(Review(), launch, "confirmed", who="Ana", when=_WHEN)
    assert apply((), r) == ((), (), (launch.fingerprint,))


def test_review_fingerprint_survives_moved_lines(tmp_path):
    """Moving a paragraph changes lines and offsets, not the fingerprint, so the decision still applies."""
    text_a = "The company will launch Mythos 5 in early May 2026."
    text_b = "Mythos 5 launches in mid-2025, the company said."
    before = (_claim("seeds/wire.md", text_a, line=7, start=180), _claim("seeds/blog.md", text_b, line=4, start=95))
    after = (_claim("seeds/wire.md", text_a, line=31, start=1402), _claim("seeds/blog.md", text_b, line=2, start=12))
    # NOTE: reflowed whitespace and changed punctuation do not matter either.
    reflowed = (
        _claim("seeds/wire.md", "The company will launch\nMythos 5 in early May 2026", line=9),
        _claim("seeds/blog.md", text_b, line=2),
    )
    assert fingerprint("CC101", before) == fingerprint("CC101", after) == fingerprint("CC101", reflowed)
    assert fingerprint("CC101", before) != fingerprint("CC102", before)
    old, new = _finding(*before), _finding(*after)
    p = tmp_path / "review.yaml"
    save_review(p, record(Review(), old, "dismissed", "the blog means a different product", who="Ana", when=_WHEN))
    active, acknowledged, stale = apply((new,), load_review(p))
    assert (active, stale) == ((), ())
    assert acknowledged == (dataclasses.replace(new, acknowledged="dismissed"),)
    assert acknowledged[0].claims[0].line == 31


# --- find ----------------------------------------------------------------------------------------


def test_review_find_by_fingerprint_or_unique_prefix(launch, restrict):
    findings = (launch, restrict)
    assert find(findings, launch.fingerprint) is launch
    assert find(findings, restrict.fingerprint[:6]) is restrict
    assert find(findings, " " + launch.fingerprint[:10].upper() + " ") is launch


def test_review_find_unknown_short_and_ambiguous(launch):
    a = dataclasses.replace(launch, fingerprint="abcdef0011223344")
    b = dataclasses.replace(launch, fingerprint="abcdef9988776655")
    with pytest.raises(ReviewFileError) as exc:
        find((a, b), "123456")
    assert _error(exc) == "[E031] no finding with fingerprint 123456"
    with pytest.raises(ReviewFileError) as exc:
        find((a, b), "abcde")
    assert _error(exc).startswith("[E031]") and "at least 6 characters" in str(exc.value)
    with pytest.raises(ReviewFileError) as exc:
        find((a, b), "abcdef")
    message = _error(exc)
    assert message.startswith("[E031]") and "abcdef0011223344" in message and "abcdef9988776655" in message
    assert find((a, b), "abcdef0") is a


# --- the review file is the reviewer's: round trip keeps comments and order ---------------------


def test_review_save_keeps_comments_order_and_untouched_decisions(tmp_path, launch, restrict):
    p = tmp_path / "review.yaml"
    p.write_text(
        "# Our decisions: ask Ana before dismissing anything.\n"
        "version: 1\n"
        "decisions:\n"
        "  - fingerprint: ffff000011112222   # the launch-date one\n"
        "    verdict: dismissed\n"
        "    reason: different events  # checked with the desk\n"
        "  - fingerprint: 0000aaaa11112222\n"
        "    verdict: confirmed\n"
    )
    before = p.read_text()
    save_review(p, record(Review(), launch, "confirmed", who="Bo", when=_WHEN))
    text = p.read_text()
    assert text.startswith(before), text  # NOTE: comments, order and the old decisions byte for byte
    assert launch.fingerprint in text[len(before):]
    # NOTE: changing one decision rewrites only its changed keys, in place
    save_review(p, record(load_review(p), launch, "dismissed", "not the same launch", who="Bo", when=_WHEN))
    again = p.read_text()
    assert again.startswith(before) and "not the same launch" in again
    assert again.index("ffff000011112222") < again.index("0000aaaa11112222") < again.index(launch.fingerprint)
    assert load_review(p).get(launch.fingerprint).verdict == "dismissed"  # type: ignore[union-attr]
    # NOTE: forgetting removes the item and nothing else
    save_review(p, load_review(p), forget=["0000aaaa11112222"])
    final = p.read_text()
    assert "0000aaaa11112222" not in final and "# the launch-date one" in final and "# checked with the desk" in final


def test_review_save_keeps_an_indentless_style(tmp_path, launch):
    p = tmp_path / "review.yaml"
    p.write_text("version: 1\ndecisions:\n- fingerprint: ffff000011112222\n  verdict: confirmed\n")
    save_review(p, record(Review(), launch, "confirmed", who="Bo", when=_WHEN))
    text = p.read_text()
    assert text.startswith("version: 1\ndecisions:\n- fingerprint: ffff000011112222\n  verdict: confirmed\n- ")
    assert len(load_review(p)) == 2


def test_review_comment_only_file_keeps_its_comments(tmp_path, launch):
    p = tmp_path / "review.yaml"
    p.write_text("# decisions for the spring release\n")
    save_review(p, record(Review(), launch, "confirmed", who="Bo", when=_WHEN))
    assert p.read_text().startswith("# decisions for the spring release\nversion: 1\n")
    assert len(load_review(p)) == 1


def test_review_save_writes_through_a_symlink(tmp_path, launch):
    real = tmp_path / "shared" / "review.yaml"
    real.parent.mkdir()
    real.write_text("# shared file\nversion: 1\ndecisions: []\n")
    link = tmp_path / "review.yaml"
    link.symlink_to(real)
    save_review(link, record(Review(), launch, "confirmed", who="Bo", when=_WHEN))
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_review(real).get(launch.fingerprint) is not None
    assert real.read_text().startswith("# shared file\n")
    assert sorted(p.name for p in real.parent.iterdir()) == ["review.yaml"]  # NOTE: no temp file left


def test_review_unchanged_save_does_not_rewrite(tmp_path, launch):
    p = tmp_path / "review.yaml"
    save_review(p, record(Review(), launch, "confirmed", who="Bo", when=_WHEN))
    os.utime(p, (1, 1))
    save_review(p, load_review(p))
    assert p.stat().st_mtime == 1


def test_review_decision_covers_a_finding_that_lost_a_value_not_one_that_gained_one(launch):
    def with_values(f: Finding, *values: str) -> Finding:
        claims = tuple(dataclasses.replace(f.claims[i % 2], start=i) for i in range(len(values)))
        vals = tuple((v,) for v in values)
        return dataclasses.replace(f, claims=claims, values=vals,
                                   fingerprint=fingerprint(f.rule, claims, vals, slot=f.kind, verdict=f.verdict))

    decided = with_values(launch, "voluntary", "compelled", "forced")
    review = record(Review(), decided, "dismissed", "known", who="Ana", when=_WHEN)
    assert review.decisions[decided.fingerprint].values == ("compelled", "forced", "voluntary")
    fewer = with_values(launch, "voluntary", "compelled")
    more = with_values(launch, "voluntary", "compelled", "forced", "optional")
    other_rule = dataclasses.replace(fewer, rule="CC203")
    active, acknowledged, stale = apply([fewer, more, other_rule], review)
    assert [f.fingerprint for f in acknowledged] == [fewer.fingerprint] and acknowledged[0].acknowledged == "dismissed"
    assert [f.fingerprint for f in active] == [more.fingerprint, other_rule.fingerprint]
    assert stale == ()  # NOTE: the decision still covers a finding
    # NOTE: a finding that gained a value is open, and the decision it extends is not stale
    active, acknowledged, stale = apply([more], review)
    assert active == (more,) and stale == () and review_mod.extended(more, review) == (review.decisions[decided.fingerprint],)
    unrelated = with_values(launch, "optional", "mandatory")
    assert apply([unrelated], review)[2] == (decided.fingerprint,)


def test_review_polarity_value_on_a_decided_pole_adds_no_conflict(launch):
    """A recap's "compelled" beside the decided "forced" is the same pole of one scale: still decided."""

    def polarity(*values: str) -> Finding:
        claims = tuple(dataclasses.replace(launch.claims[i % 2], start=i) for i in range(len(values)))
        vals = tuple((v,) for v in values)
        return dataclasses.replace(launch, kind="polarity", rule="CC203", claims=claims, values=vals,
                                   fingerprint=fingerprint("CC203", claims, vals, slot="polarity", verdict="contradiction"))

    decided = polarity("voluntary", "forced")
    review = record(Review(), decided, "dismissed", "known", who="Ana", when=_WHEN)
    same_poles = polarity("voluntary", "forced", "compelled")
    other_scale = polarity("voluntary", "forced", "banned")
    active, acknowledged, stale = apply([same_poles, other_scale], review)
    assert [f.fingerprint for f in acknowledged] == [same_poles.fingerprint]
    assert [f.fingerprint for f in active] == [other_scale.fingerprint]
    assert review_mod.extended(other_scale, review) == (review.decisions[decided.fingerprint],)
    assert review_mod.extended(same_poles, review) == ()
    # NOTE: outside the polarity slot the words stay values: a date finding gaining "compelled" is open
    dated = dataclasses.replace(same_poles, kind="date")
    assert apply([dated], record(Review(), dataclasses.replace(decided, kind="date"), "dismissed", "known",
                                 who="Ana", when=_WHEN))[0] == (dated,)
