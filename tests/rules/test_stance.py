"""CC204 refuted on hand-built claims: aligned predicates and arguments, role reversals, stance."""

from __future__ import annotations

from checker.models import Claim, Slots
from checker.normalize.entities import load_knowledge
from checker.rules.stance import aligned, compare_refuted


def _claim(text: str, roles=(), stance: str = "asserted", by: str | None = None, sid: str = "a", negated: bool = False) -> Claim:
    # NOTE: lemmas as the parser would give them: the words, plus each role's lemma ("released" -> "release")
    words = tuple(sorted({w.strip(".").lower() for w in text.split()} | {lemma for _, lemma in roles}))
    slots = Slots(lemmas=words, predicates=words, roles=tuple(roles), negated=negated)
    return Claim(sid, f"{sid}.txt", 0, len(text), 1, 1, 1, text, slots=slots, stance=stance, attribution=by)


def test_stance_role_reversal_is_not_aligned():
    kb = load_knowledge()
    a = _claim("arsenal beat chelsea at home", [("pred", "beat"), ("agent", "arsenal"), ("patient", "chelsea")], "denied", "the club")
    b = _claim("chelsea beat arsenal at home", [("pred", "beat"), ("agent", "chelsea"), ("patient", "arsenal")], sid="b")
    assert aligned(a, b, kb) == 0.0
    assert compare_refuted(a, b, kb) is None


def test_stance_denied_claim_against_asserted_one_names_the_denier():
    kb = load_knowledge()
    a = _claim("the suspect was released on bail", [("pred", "release"), ("patient", "suspect")], "denied", "The police")
    b = _claim("the suspect was released on bail on monday", [("pred", "release"), ("patient", "suspect")], sid="b")
    v = compare_refuted(b, a, kb)
    assert v is not None and v.code == "CC204" and v.values == (("asserted",), ("denied by The police",))
    assert "The police denies that" in v.reason


def test_stance_different_predicate_is_not_a_refutation():
    kb = load_knowledge()
    a = _claim("the suspect was released on bail", [("pred", "release"), ("patient", "suspect")], "denied", "The police")
    b = _claim("the suspect was questioned about the bail", [("pred", "question"), ("patient", "suspect")], sid="b")
    assert compare_refuted(a, b, kb) is None


def test_stance_both_denied_or_negated_other_side_stays_quiet():
    kb = load_knowledge()
    a = _claim("the suspect was released on bail", [("pred", "release")], "denied", "The police")
    assert compare_refuted(a, _claim("the suspect was released on bail", [("pred", "release")], "denied", sid="b"), kb) is None
    assert compare_refuted(a, _claim("the suspect was not released on bail", [("pred", "release")], sid="b", negated=True), kb) is None
