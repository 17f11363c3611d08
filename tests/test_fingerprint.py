"""Fingerprints identify the conflict (rule, slot, verdict, normalised values), not the claims that state it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from checker.fingerprint import disambiguate, event_key, fingerprint, normalised_values
from checker.models import Claim, DateValue, Finding, Mention, Quantity, Slots


def _claim(path: str, text: str, slots: Slots = Slots(), line: int = 1) -> Claim:
    return Claim(source_id=path, path=path, start=0, end=len(text), line=line, column=1, end_line=line, text=text, slots=slots)


def _product(text: str, key: str) -> Slots:
    return Slots(products=(Mention(key, text, "PRODUCT"),), frames=("restrict",))


_A = _claim("a.txt", "Anthropic refused access to Claude 4.", _product("Claude 4", "claude 4"))
_B = _claim("b.txt", "The US made Anthropic restrict Fable 5.", _product("Fable 5", "fable 5"))
_C = _claim("c.txt", "Regulators curbed the newest model, claude-4, last week.", _product("claude-4", "claude 4"), line=9)


def _fp(claims, values) -> str:  # noqa: ANN001
    return fingerprint("CC101", claims, values, slot="product", verdict="contradiction")


def test_fingerprint_ignores_which_and_how_many_claims_repeat_a_known_value():
    base = _fp((_A, _B), (("Claude 4",), ("Fable 5",)))
    # NOTE: a third source repeating Claude 4 in other words, on another line: same conflict
    assert _fp((_A, _B, _C), (("Claude 4",), ("Fable 5",), ("claude-4",))) == base
    assert _fp((_B, _A), (("Fable 5",), ("Claude 4",))) == base


def test_fingerprint_changes_with_a_new_value_rule_slot_or_verdict():
    base = _fp((_A, _B), (("Claude 4",), ("Fable 5",)))
    d = _claim("d.txt", "Mythos 5 was restricted.", _product("Mythos 5", "mythos 5"))
    assert _fp((_A, _B, d), (("Claude 4",), ("Fable 5",), ("Mythos 5",))) != base
    assert fingerprint("CC102", (_A, _B), (("Claude 4",), ("Fable 5",)), slot="product", verdict="contradiction") != base
    assert fingerprint("CC101", (_A, _B), (("Claude 4",), ("Fable 5",)), slot="target", verdict="contradiction") != base
    assert fingerprint("CC101", (_A, _B), (("Claude 4",), ("Fable 5",)), slot="product", verdict="opinion-difference") != base


def test_fingerprint_without_values_falls_back_to_the_claims_words():
    empty = fingerprint("CC302", (_A, _B), ((), ()), slot="meaning", verdict="contradiction")
    assert empty == fingerprint("CC302", (_A, _B), slot="meaning", verdict="contradiction")
    assert empty != fingerprint("CC302", (_A, _C), ((), ()), slot="meaning", verdict="contradiction")


def test_fingerprint_normalises_dates_and_quantities_by_meaning():
    may = DateValue(dt.date(2026, 5, 1), dt.date(2026, 5, 10), "early May 2026", "part-of-month")
    may2 = dataclasses.replace(may, text="Early May, 2026")
    q = Quantity(14000.0, "people", "<", "less than 14,000")
    a = _claim("a.txt", "x", Slots(dates=(may,), quantities=(q,)))
    b = _claim("b.txt", "y", Slots(context_dates=(may2,), quantities=(dataclasses.replace(q, text="under 14,000"),)))
    assert normalised_values((a,), (("early May 2026",),)) == normalised_values((b,), (("Early May, 2026",),))
    assert normalised_values((a,), (("less than 14,000",),)) == normalised_values((b,), (("under 14,000",),)) == ("q:<14000 people",)
    assert normalised_values((a,), (("Some Words!",),)) == ("some words",)
    # NOTE: a claim citing an inherited value (its slots lack it): another cited claim's slots, else the date parser
    bare = _claim("c.txt", "In early May 2026, that question stopped being theoretical.")
    assert normalised_values((bare, a), (("early May 2026",), ("early May 2026",))) == ("d:2026-05-01/2026-05-10",)
    assert normalised_values((bare,), (("early May 2026",),), slot="date") == ("d:2026-05-01/2026-05-10",)
    assert normalised_values((bare,), (("GPT 5",),)) == normalised_values(
        (_claim("d.txt", "GPT 5", _product("GPT 5", "gpt 5")),), (("GPT-5",),))


def test_fingerprint_collisions_are_told_apart_by_event_key():
    f = Finding(fingerprint=_fp((_A, _B), (("Claude 4",), ("Fable 5",))), rule="CC101", kind="product",
                verdict="contradiction", severity="error", confidence=0.9, message="m", event="restrict · x",
                claims=(_A, _B), values=(("Claude 4",), ("Fable 5",)))
    launch = _claim("e.txt", "Claude 4 launched.", Slots(products=(Mention("claude 4", "Claude 4", "PRODUCT"),), frames=("launch",)))
    g = dataclasses.replace(f, event="launch · y", claims=(launch, _B))
    assert event_key(f) == "restrict" and event_key(g) in ("launch", "restrict")
    alone = disambiguate((f,))
    assert alone[0].fingerprint == f.fingerprint  # NOTE: no collision, no change
    h = dataclasses.replace(g, claims=(launch, dataclasses.replace(_B, slots=Slots(frames=("launch",)))))
    both = disambiguate((f, h))
    assert len({x.fingerprint for x in both}) == 2 and both[0].fingerprint != f.fingerprint


# --- the seeds: dismiss everything, add an article that repeats known values -------------------

_REPEAT = """Wire recap: access to frontier models

Published: 2026-05-20

In early May 2026, Anthropic refused a request from Chinese research institutions for access to Claude 4.
In mid-2025, the US government compelled Anthropic to restrict access to Mythos 5 and Fable 5 for all foreign nationals.
"""


@pytest.mark.slow
def test_fingerprint_seeds_decisions_survive_an_article_repeating_known_values(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from checker.cli import app
    from checker.commands.review import review_app
    from checker.review import load_review

    runner = CliRunner()
    news = tmp_path / "news"
    shutil.copytree(Path(__file__).parent.parent / "seeds", news)
    (tmp_path / ".git").mkdir()
    (tmp_path / "check.yaml").write_text("match: {average_threshold: 0.5}\nquiet: true\nreview-file: review.yaml\n")
    monkeypatch.chdir(tmp_path)
    first = runner.invoke(app, ["news", "-f", "json"])
    findings = json.loads(first.stdout)["findings"]
    assert first.exit_code == 1 and findings
    for f in findings:
        result = runner.invoke(review_app, ["news", "--dismiss", f["fingerprint"][:8], "--reason", "known"])
        assert result.exit_code == 0, result.output
    assert len(load_review(tmp_path / "review.yaml")) == len(findings)
    (news / "005_recap.txt").write_text(_REPEAT, encoding="utf-8")
    again = runner.invoke(app, ["news", "-f", "json"])
    data = json.loads(again.stdout)
    assert data.get("stale", []) == []  # no decision stale
    decided = {f["fingerprint"] for f in findings}
    assert not decided & {f["fingerprint"] for f in data["findings"]}  # none reopened
    # NOTE: every decision still applies: it acknowledges a finding, or an open finding adds a
    # conflicting value to it (a new conflict the reviewer has not seen, so it is open by design).
    from checker.pipeline import check, resolve_settings
    from checker.review import apply, extended

    report = check(["news"], resolve_settings(["news"])[0])
    review = load_review(tmp_path / "review.yaml")
    active, acknowledged, stale = apply(report.findings + report.acknowledged, review)
    grown = [f for f in active if extended(f, review)]
    assert not stale and len(acknowledged) + len(grown) >= len(findings)
    assert len(acknowledged) == len(findings), [f.message for f in active]  # every one still acknowledged
    assert all(f in grown for f in active), "an open finding that is neither new nor grown"
    cited = {c.path for f in report.findings + report.acknowledged for c in f.claims}
    assert any(p.endswith("005_recap.txt") for p in cited), cited  # NOTE: the recap did join the events
