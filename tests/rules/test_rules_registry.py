"""Registry-wide tests: every structural rule has examples, codes are stable, examples hold."""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from collections import Counter
from pathlib import Path

import pytest

from checker.judge import judge_pair
from checker.models import Claim
from checker.knowledge import load_knowledge
from checker.rules import MODULES, REGISTRY, structural_rules

from .examples import EXAMPLES, Example

logger = logging.getLogger(__name__)

_SNAPSHOT = Path(__file__).with_name("registry_snapshot.json")
_VERDICTS = {"contradiction", "scope-difference", "temporal-difference", "opinion-difference"}


def _claims(ex: Example) -> tuple[Claim, Claim]:
    """Both claims through the production path: spaCy parse, then normalisation with the corpus lexicon."""
    from checker.models import Source, source_id
    from checker.normalize import normalize
    from checker.parse import parse_units

    texts = (ex.text_a, ex.text_b, *ex.corpus)
    sources = [Source(source_id(f"src{i}.md", t), f"src{i}.md", t, date=ex.anchor) for i, t in enumerate(texts)]
    claims = parse_units(sources, _parser())
    done = normalize([[c] for c in claims], sources, load_knowledge())
    # NOTE: the first claim's stance and speaker stand for what a refutation frame would assign.
    a = dataclasses.replace(done[0][0], stance=ex.stance_a, attribution=ex.by_a or done[0][0].attribution)
    return a, done[1][0]


_PARSER: list = []


def _parser():
    if not _PARSER:
        from checker.parse import SpacyParser

        _PARSER.append(SpacyParser())
    return _PARSER[0]


def _params() -> list:
    return [
        pytest.param(ex, id=ex.id, marks=[pytest.mark.xfail(strict=True, reason=ex.xfail)] if ex.xfail else [])
        for ex in EXAMPLES
    ]


def test_rules_registry_every_structural_rule_has_failing_and_passing_examples():
    sound = [ex for ex in EXAMPLES if ex.xfail is None]
    for rule in structural_rules():
        flags = [ex for ex in sound if ex.code == rule.code and ex.expect == "flag"]
        passes = [ex for ex in sound if ex.code == rule.code and ex.expect == "pass"]
        assert flags, f"{rule.code} ({rule.name}) has no failing example"
        assert passes, f"{rule.code} ({rule.name}) has no passing example"


def test_rules_registry_examples_name_registered_structural_rules():
    structural = {r.code for r in structural_rules()}
    assert {ex.code for ex in EXAMPLES} == structural
    for ex in EXAMPLES:
        assert ex.expect in ("flag", "pass")
        assert (ex.verdict in _VERDICTS) if ex.expect == "flag" else ex.verdict is None


def test_rules_registry_codes_are_unique_and_well_formed():
    codes = [rule.code for name in MODULES for rule in __import__(name, fromlist=["__register__"]).__register__]
    assert [c for c, n in Counter(codes).items() if n > 1] == []
    assert sorted(codes) == sorted(REGISTRY)
    for code, rule in REGISTRY.items():
        assert rule.code == code
        assert re.fullmatch(r"CC[1-9]\d\d", code), code
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name), rule.name


def test_rules_registry_names_are_unique():
    names = [r.name for r in REGISTRY.values()]
    assert len(names) == len(set(names))


def test_rules_registry_matches_snapshot():
    pinned = json.loads(_SNAPSHOT.read_text("utf-8"))["rules"]
    current = [{"code": c, "name": REGISTRY[c].name} for c in sorted(REGISTRY)]
    assert current == pinned, "rule codes or names changed: update registry_snapshot.json deliberately"


def test_rules_registry_model_only_rules_exist_without_compare():
    for code in ("CC301", "CC302", "CC303"):
        assert code in REGISTRY
        assert REGISTRY[code].compare is None
    assert {r.code for r in structural_rules()} == {"CC101", "CC102", "CC103", "CC104", "CC105", "CC201", "CC202", "CC203", "CC204"}


@pytest.mark.slow
@pytest.mark.parametrize("ex", _params())
def test_rules_registry_example(ex: Example):
    a, b = _claims(ex)
    fired = [v for v in judge_pair(a, b) if v.code == ex.code]
    if ex.expect == "pass":
        assert fired == [], f"{ex.code} must stay quiet, gave {fired}"
        return
    assert len(fired) == 1, f"{ex.code} must fire once, gave {fired}"
    v = fired[0]
    assert v.verdict == ex.verdict
    assert 0.0 < v.confidence <= 1.0
    assert v.slot == REGISTRY[ex.code].slot
    if ex.values is not None:
        assert v.values == ex.values


@pytest.mark.slow
@pytest.mark.parametrize("ex", [ex for ex in EXAMPLES if ex.code == "CC105" and ex.xfail is None], ids=lambda e: e.id)
def test_rules_registry_entity_examples_hold_without_the_parse(ex: Example):
    """The pipeline drops each claim's parse after normalising (`checker.pipeline._normalize_all`): CC105 judges what
    normalisation kept (`Slots.answers`), so its examples hold as well without the tokens."""
    a, b = (dataclasses.replace(c, tokens=()) for c in _claims(ex))
    fired = [v for v in judge_pair(a, b) if v.code == ex.code]
    assert [(v.verdict, v.values) for v in fired] == ([] if ex.expect == "pass" else [(ex.verdict, ex.values)])


@pytest.mark.slow
@pytest.mark.parametrize("ex", [ex for ex in EXAMPLES if ex.expect == "flag" and ex.xfail is None], ids=lambda e: e.id)
def test_rules_registry_flag_is_symmetric(ex: Example):
    a, b = _claims(ex)
    there = [v.verdict for v in judge_pair(a, b) if v.code == ex.code]
    back = [v.verdict for v in judge_pair(b, a) if v.code == ex.code]
    assert there == back == [ex.verdict]


def test_rules_registry_load_builds_every_rule_once_from_the_module_list():
    import checker.rules as rules

    assert rules._load() == REGISTRY
    assert all(rules._load()[code] is rule for code, rule in REGISTRY.items())
