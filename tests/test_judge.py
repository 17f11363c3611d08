"""The judge: question alignment, the opinion downgrade, confidence floors, pair caps, grouping, calibration."""

from __future__ import annotations

import dataclasses
import math

import pytest

from checker.judge import JudgeConfig, _pairs, assess, judge_clusters, judge_pair
from checker.judge import align as al
from checker.judge import calibrate
from checker.knowledge import load_knowledge
from checker.models import Claim, Cluster, Mention, Quantity, Verdict
from checker.normalize import claim_slots
from checker.normalize.entities import ProductLexicon
from checker.rules.numbers import admitted

KB = load_knowledge()


def _claim(sid: str, text: str, modality: str = "fact", start: int = 0, **slot_overrides) -> Claim:
    lex = ProductLexicon()
    lex.add_text(text)
    slots = claim_slots(text, (), KB, lex, None)
    if slot_overrides:
        import dataclasses

        slots = dataclasses.replace(slots, **slot_overrides)
    return Claim(sid, f"{sid}.md", start, start + len(text), 1, 1, 1, text, modality=modality, slots=slots)


def _codes(a: Claim, b: Claim, **kw) -> list[tuple[str, str]]:
    return [(v.code, v.verdict) for v in judge_pair(a, b, KB, **kw)]


def _model_judge(verdict: Verdict):
    """A model judge that gives every pair the same verdict."""
    from checker.backends.base import Judge

    class Fixed(Judge):
        name = "fixed"

        def judge(self, pair):
            return verdict

    return Fixed()


# ---------------------------------------------------------------- alignment


def test_judge_align_values_sharing_only_a_unit_are_not_compared():
    a = _claim("A", "The Basic plan costs $9.99 per month.")
    b = _claim("B", "The Premium plan costs $19.99 per month.")
    assert _codes(a, b) == []
    x = al.align(a, "$9.99", b, "$19.99", KB)
    assert not x.aligned and x.qualifier_clash and "basic" in x.why and "premium" in x.why


def test_judge_align_same_question_different_answer_is_a_conflict():
    a = _claim("A", "The Basic plan costs $9.99 per month.")
    b = _claim("B", "The Basic plan costs $12.99 per month.")
    assert _codes(a, b) == [("CC103", "contradiction")]


@pytest.mark.parametrize("stance", ["denied", "refutes"])
def test_judge_value_and_polarity_rules_read_only_asserted_claims(stance):
    import dataclasses

    a = _claim("A", "The Basic plan costs $9.99 per month.")
    b = dataclasses.replace(_claim("B", "The Basic plan costs $12.99 per month."), stance=stance)
    # NOTE: a source that denies "it costs $12.99" states no price; only the refutation rule reads it
    assert {c for c, _ in _codes(a, b) + _codes(b, a)} <= {"CC204"}
    neg = _claim("C", "The Basic plan does not cost $9.99 per month.")
    denied = dataclasses.replace(_claim("D", "The Basic plan costs $9.99 per month."), stance=stance)
    assert {c for c, _ in _codes(neg, denied)} <= {"CC204"}  # "not P" and "P is false" agree
    assert _codes(a, neg) == [("CC201", "contradiction")]


def test_judge_a_question_is_compared_with_nothing():
    asked = _claim("A", "Did the Basic plan cost $9.99 per month?")
    told = _claim("B", "The Basic plan costs $12.99 per month.")
    assert _codes(asked, told) == [] and _codes(told, asked) == []
    stated = _claim("C", "The Basic plan cost $9.99 per month.")
    assert _codes(stated, told) == [("CC103", "contradiction")]


def test_judge_align_different_attributes_share_no_question():
    a = _claim("A", "Workers built a 40-foot statue in the square.")
    b = _claim("B", "The tower rises 300 feet above the harbour.")
    x = al.align(a, "40-foot", b, "300 feet", KB)
    assert not x.aligned and x.attribute == 0.0 and not x.frames
    assert _codes(a, b) == []


def test_judge_align_dates_of_different_people_are_not_compared():
    a = _claim("A", "King Louis died in 1820 in Paris.")
    b = _claim("B", "King Henry died in 1830 in Paris.")
    assert _codes(a, b) == []


def test_judge_align_same_event_dates_still_conflict():
    a = _claim("A", "The ministry banned the Vela app in early May 2026.")
    b = _claim("B", "The ministry banned the Vela app in mid-2025.")
    assert ("CC102", "contradiction") in _codes(a, b)


def test_judge_align_subject_relation_uses_names():
    a = _claim("A", "Lumora hired 300 engineers.", actors=(Mention("lumora", "Lumora", "ORG"),))
    b = _claim("B", "Lumora hired 450 engineers.", actors=(Mention("lumora", "Lumora", "ORG"),))
    assert al.align(a, "300 engineers", b, "450 engineers", KB).subject == 1
    c = _claim("C", "Ada Park hired 300 engineers.", actors=(Mention("ada park", "Ada Park", "PERSON"),))
    d = _claim("D", "Ben Ode hired 450 engineers.", actors=(Mention("ben ode", "Ben Ode", "PERSON"),))
    x = al.align(c, "300 engineers", d, "450 engineers", KB)
    assert x.subject == -1 and not x.aligned and "different people" in x.why


def test_judge_align_similarity_floor_is_a_gate():
    a = _claim("A", "The museum had 1,200 employees in 2019.")
    b = _claim("B", "The museum had 3,500 employees in 2019.")
    assert al.align(a, "1,200 employees", b, "3,500 employees", KB, similarity=0.9, min_similarity=0.5).aligned
    low = al.align(a, "1,200 employees", b, "3,500 employees", KB, similarity=0.2, min_similarity=0.5)
    assert not low.aligned and "paraphrases" in low.why
    # the judge applies the gate to value verdicts only
    assert _codes(a, b, similarity=0.99) == [("CC103", "contradiction")]
    assert _codes(a, b, similarity=-1.0) == []


def test_judge_align_question_masks_the_answer():
    c = _claim("A", "The Basic plan costs $9.99 per month.")
    q = al.question(c, "$9.99")
    assert "basic" in q.qualifiers and "cost" in q.attribute and "plan" in q.masked
    assert not any(ch.isdigit() for w in q.masked for ch in w)
    inherited = al.question(c, "May 2026")  # not in the text: the whole claim is the question
    assert inherited.attribute == inherited.masked and not inherited.qualifiers


# ---------------------------------------------------------------- verdict handling


def test_judge_opinion_turns_a_contradiction_into_an_opinion_difference_with_less_confidence():
    fact_a = _claim("A", "The Corvo festival sold 5,000 tickets.")
    fact_b = _claim("B", "The Corvo festival sold 12,000 tickets.")
    opinion_b = _claim("B", "The Corvo festival sold 12,000 tickets.", modality="opinion")
    [plain] = judge_pair(fact_a, fact_b, KB)
    [op] = judge_pair(fact_a, opinion_b, KB)
    assert plain.verdict == "contradiction" and op.verdict == "opinion-difference"
    assert op.confidence < plain.confidence
    assert op.reason.endswith("at least one side is an opinion")


def test_judge_rule_selection_limits_codes():
    a = _claim("A", "The Corvo festival sold 5,000 tickets.")
    b = _claim("B", "The Corvo festival sold 12,000 tickets.")
    assert _codes(a, b, codes=("CC102",)) == []
    assert _codes(a, b, codes=("CC103",)) == [("CC103", "contradiction")]


def _cluster(*texts: str) -> Cluster:
    claims = tuple(_claim(f"S{i}", t, start=10 * i) for i, t in enumerate(texts))
    return Cluster(0, claims, "sell · corvo")


def test_judge_min_confidence_drops_weaker_findings():
    cl = _cluster("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 12,000 tickets.")
    [f] = judge_clusters([cl], JudgeConfig(), KB)
    assert judge_clusters([cl], JudgeConfig(min_confidence=f.confidence), KB)
    assert judge_clusters([cl], JudgeConfig(min_confidence=f.confidence + 0.001), KB) == ()


def test_judge_findings_group_every_claim_of_one_conflict_with_sides_and_fingerprint():
    cl = _cluster("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 5,000 tickets in all.",
                  "The Corvo festival sold 12,000 tickets.")
    [f] = judge_clusters([cl], JudgeConfig(), KB)
    assert f.rule == "CC103" and len(f.claims) == 3
    assert sorted(f.sides) == [0, 0, 1]
    assert len(f.fingerprint) == 16 and int(f.fingerprint, 16) >= 0
    assert f.severity == "error"


def test_judge_single_source_events_are_never_judged():
    c1 = _claim("S0", "The Corvo festival sold 5,000 tickets.")
    c2 = _claim("S0", "The Corvo festival sold 12,000 tickets.", start=50)
    assert judge_clusters([Cluster(0, (c1, c2), "x")], JudgeConfig(), KB) == ()


def test_judge_pair_cap_samples_evenly_and_keeps_cross_source_pairs_only():
    cl = _cluster(*[f"Claim number {i} about the Corvo festival." for i in range(6)])
    everything = _pairs(cl, 1000)
    assert len(everything) == 15
    capped = _pairs(cl, 5)
    assert len(capped) == 5 and set(capped) <= set(everything)
    assert capped[0] == everything[0] and capped[-1] != everything[-5]  # spread, not the first five
    same = Cluster(1, (_claim("S", "a b c."), _claim("S", "d e f.", start=9)), "x")
    assert _pairs(same, 10) == []


def test_judge_pair_cap_bounds_the_findings_of_a_big_event():
    texts = ["The Corvo festival sold 5,000 tickets."] * 3 + ["The Corvo festival sold 12,000 tickets."] * 3
    cl = _cluster(*texts)
    [full] = judge_clusters([cl], JudgeConfig(), KB)
    assert len(full.claims) == 6
    # one pair: the first, two claims repeating 5,000; three pairs, evenly spread: (0,1), (1,2), (2,4)
    assert judge_clusters([cl], JudgeConfig(max_pairs_per_event=1), KB) == ()
    [three] = judge_clusters([cl], JudgeConfig(max_pairs_per_event=3), KB)
    assert [c.source_id for c in three.claims] == ["S2", "S4"]


# ---------------------------------------------------------------- quantities


@pytest.mark.parametrize(
    ("value", "comparator", "expected"),
    [
        (12000.0, "=", (11500.0, 12500.0)),  # round: half the last significant digit either way
        (12345.0, "=", (12345.0, 12345.0)),  # not round: exact
        (50.0, "=", (50.0, 50.0)),  # one trailing zero is not round enough
        (14000.0, "<", (-math.inf, 14000.0 - 1e-9)),
        (14000.0, ">=", (14000.0, math.inf)),
    ],
)
def test_judge_admitted_widens_round_numbers_only(value, comparator, expected):
    lo, hi = admitted(Quantity(value, "people", comparator, "x"))
    assert lo == pytest.approx(expected[0]) and hi == pytest.approx(expected[1])


def test_judge_round_number_widening_keeps_near_values_compatible():
    a = _claim("A", "The Corvo festival sold 12,000 tickets.")
    b = _claim("B", "The Corvo festival sold 12,400 tickets.")
    c = _claim("C", "The Corvo festival sold 12,600 tickets.")
    assert _codes(a, b) == []
    assert _codes(a, c) == [("CC103", "contradiction")]


# ---------------------------------------------------------------- calibration


def _verdict(slot: str = "quantity", conf: float = 0.75) -> Verdict:
    return Verdict("CC103", "contradiction", conf, slot, (("5,000 tickets",), ("12,000 tickets",)), "r")


def test_judge_calibrate_without_a_model_keeps_the_prior_and_with_one_applies_it():
    a = _claim("A", "The Corvo festival sold 5,000 tickets.")
    b = _claim("B", "The Corvo festival sold 12,000 tickets.")
    x = al.align(a, "5,000 tickets", b, "12,000 tickets", KB, similarity=0.8)
    feats = calibrate.features(a, b, _verdict(), x, 0.75)
    assert set(feats) == set(calibrate.FEATURES)
    assert feats["similarity"] == 0.8 and feats["slot_quantity"] == 1.0 and feats["slot_date"] == 0.0
    assert calibrate.confidence(feats, 0.75, model={}) == 0.75
    assert calibrate.confidence(feats, 0.75, model={"intercept": 0.0}) == 0.5
    up = calibrate.confidence(feats, 0.75, model={"intercept": 0.0, "similarity": 2.0})
    down = calibrate.confidence(feats, 0.75, model={"intercept": 0.0, "similarity": -2.0})
    assert up > 0.5 > down and up == pytest.approx(1 / (1 + math.exp(-1.6)), abs=1e-3)


def test_judge_calibrate_records_kept_and_dropped_verdicts():
    a = _claim("A", "The Basic plan costs $9.99 per month.")
    b = _claim("B", "The Premium plan costs $19.99 per month.")
    v = Verdict("CC103", "contradiction", 0.75, "quantity", (("$9.99",), ("$19.99",)), "r")
    with calibrate.recording() as rows:
        assert assess(a, b, v, KB) is None
        kept = assess(a, b, Verdict("CC201", "contradiction", 0.5, "polarity", (("negated",), ("asserted",)), "r"), KB)
    assert kept is not None
    assert [(r["code"], r["kept"]) for r in rows] == [("CC103", False), ("CC201", True)]
    # outside the block nothing is collected
    assess(a, b, v, KB)
    assert len(rows) == 2


# ---------------------------------------------------------------- findings: sides, places, vectors


def test_judge_sides_two_colour_conflicts_and_fall_back_to_one_side_each():
    from checker.judge import _sides

    a, b, c = ("5,000",), ("12,000",), ("9,000",)
    two = _sides([a, b, a], {frozenset((a, b))})
    assert two[a] != two[b] and set(two.values()) == {0, 1}
    # three values each against the others cannot be two-coloured: every value is its own side
    tri = _sides([a, b, c], {frozenset((a, b)), frozenset((b, c)), frozenset((a, c))})
    assert sorted(tri.values()) == [0, 1, 2]
    # a chain a-b, b-c puts a and c together
    chain = _sides([a, b, c], {frozenset((a, b)), frozenset((b, c))})
    assert chain[a] == chain[c] != chain[b]


def test_judge_places_lists_three_then_an_ellipsis():
    from checker.judge import _places

    claims = [Claim("S", f"d{i}.md", 0, 1, i + 1, 1, i + 1, "x") for i in range(5)]
    assert _places(claims[:2]) == "d0.md:1, d1.md:2"
    assert _places(claims) == "d0.md:1, d1.md:2, d2.md:3, …"
    assert _places(claims[:1] * 3) == "d0.md:1"


def test_judge_message_names_values_places_and_reason():
    cl = _cluster("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 12,000 tickets.")
    [f] = judge_clusters([cl], JudgeConfig(), KB)
    assert f.message.startswith("quantity contradiction: 5,000 tickets (S0.md:1) vs 12,000 tickets (S1.md:1) — ")
    assert "admit no common value" in f.message
    assert f.values == (("5,000 tickets",), ("12,000 tickets",)) and f.sides == (0, 1)
    assert f.event == "sell · corvo" and f.kind == "quantity"


def test_judge_vectors_gate_value_findings_by_claim_similarity():
    import numpy as np

    cl = _cluster("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 12,000 tickets.")
    x, y = cl.claims
    same = {x.id: np.array([1.0, 0.0]), y.id: np.array([1.0, 0.0])}
    apart = {x.id: np.array([1.0, 0.0]), y.id: np.array([-1.0, 0.0])}
    assert len(judge_clusters([cl], JudgeConfig(), KB, vectors=same)) == 1
    assert judge_clusters([cl], JudgeConfig(), KB, vectors=apart) == ()
    # a vector missing for one claim means unknown similarity: no gate
    assert len(judge_clusters([cl], JudgeConfig(), KB, vectors={x.id: np.array([1.0, 0.0])})) == 1


def test_judge_model_judge_verdicts_join_the_rules():
    always = _model_judge(Verdict("CC301", "contradiction", 0.9, "meaning", (("a",), ("b",)), "model says so"))
    cl = _cluster("The Corvo festival sold tickets.", "The Corvo festival was cancelled.")
    got = judge_clusters([cl], JudgeConfig(), KB, model_judge=always)
    assert [f.rule for f in got] == ["CC301"] and got[0].confidence == 0.9


def test_judge_three_scopes_are_summarised_narrowest_to_widest():
    cl = _cluster("Lumora restricted access for Chinese research institutions.",
                  "Lumora restricted access for all foreign nationals.",
                  "Lumora restricted access for Chinese nationals.")
    findings = [f for f in judge_clusters([cl], JudgeConfig(), KB) if f.rule == "CC104"]
    assert len(findings) == 1
    assert "3 different scopes" in findings[0].message
    assert "'Chinese research institutions' (narrowest)" in findings[0].message
    assert "'all foreign nationals' (widest)" in findings[0].message


def test_judge_registry_refuses_a_duplicate_code(monkeypatch):
    import checker.rules as rules

    monkeypatch.setattr(rules, "MODULES", ("checker.rules.numbers", "checker.rules.numbers"))
    with pytest.raises(RuntimeError, match="duplicate rule code CC103"):
        rules._load()


@pytest.mark.slow
def test_judge_texts_gives_the_strongest_verdict_or_none_per_pair(real_parser):
    from checker.judge import judge_texts

    got = judge_texts([
        ("The Corvo festival sold 5,000 tickets in 2023.", "The Corvo festival sold 12,000 tickets in 2023."),
        ("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 5,000 tickets."),
        ("The phrase was coined by Ada Lovelace in 1843.", "The phrase was coined by Charles Babbage in 1843."),
    ], parser=real_parser, kb=KB)
    assert len(got) == 3
    assert got[0] is not None and (got[0].code, got[0].verdict) == ("CC103", "contradiction")
    assert got[1] is None
    assert got[2] is not None and got[2].code == "CC105"


def test_judge_align_masked_claims_must_share_words_without_a_shared_action():
    # NOTE: a unit of measure (percentage points) names no shared question; a counted noun would (below).
    a = _claim("A", "Our capital ratio fell 0.7 percentage points this quarter after the merger with Varlo Bank in Ghent.")
    b = _claim("B", "The margin rose 0.67 percentage points this quarter as deposit costs eased across southern branches.")
    x = al.align(a, "0.7 percentage", b, "0.67 percentage", KB)
    assert x.attribute > 0 and x.masked < al.MIN_MASKED and not x.frames
    assert not x.aligned and "masked" in x.why
    assert _codes(a, b) == []


def test_judge_align_answers_of_one_predicate_need_no_masked_overlap():
    # NOTE: a long sentence around one answer dilutes the masked overlap; one predicate of both answers aligns them.
    text_a = ("The film has grossed $244 million worldwide and received generally unfavorable reviews from critics, "
              "who criticized the lackluster action and forgettable plot.")
    text_b = "Men in Black: International has grossed less than $240 million worldwide."
    gross_a = Quantity(244e6, "usd", "=", "$244 million", event="gross")
    gross_b = Quantity(240e6, "usd", "<", "less than $240 million", event="gross")
    a, b = _claim("A", text_a, quantities=(gross_a,)), _claim("B", text_b, quantities=(gross_b,))
    x = al.align(a, "$244 million", b, "less than $240 million", KB)
    assert x.masked < al.MIN_MASKED and not x.frames and x.aligned
    # two predicates, or one unknown, keep the floor, unless the two sums are near each other (`al.CLOSE_GAP`)
    far_b = dataclasses.replace(gross_b, value=24e6, text="less than $24 million")
    for other in ("earn", ""):
        b2 = _claim("B", text_b.replace("$240", "$24"), quantities=(dataclasses.replace(far_b, event=other),))
        y = al.align(a, "$244 million", b2, "less than $24 million", KB)
        assert not y.aligned and "masked" in y.why, other
        b3 = _claim("B", text_b, quantities=(dataclasses.replace(gross_b, event=other),))
        assert al.align(a, "$244 million", b3, "less than $240 million", KB).aligned, other


def test_judge_align_two_tallies_of_one_holder_need_no_masked_overlap():
    # NOTE: a vote's tally says who won by what; the rest of each sentence ("that regulators had acted within their
    # authority" / "with one judge arguing the agency had overstepped") shares almost no word
    from checker.normalize.numbers import SCORE_HIGH, SCORE_LOW

    text_a = "The three-judge panel of the Ninth Circuit ruled 3-0 that regulators had acted within their authority."
    text_b = "The panel was split 2-1, with one judge arguing the agency had overstepped."
    a = _claim("A", text_a, quantities=(Quantity(3.0, SCORE_HIGH, "=", "3-0", event="rule", holder="judge panel"),
                                        Quantity(0.0, SCORE_LOW, "=", "3-0", event="rule", holder="judge panel")))
    b = _claim("B", text_b, quantities=(Quantity(2.0, SCORE_HIGH, "=", "2-1", event="split", holder="panel"),
                                        Quantity(1.0, SCORE_LOW, "=", "2-1", event="split", holder="panel")))
    x = al.align(a, "3-0", b, "2-1", KB)
    assert x.masked < al.MIN_MASKED and x.aligned
    # NOTE: tallies of two holders (a panel and a jury), or a count that is no tally, keep the floor
    for holder, unit in (("jury", SCORE_HIGH), ("panel", "judge"), ("", SCORE_HIGH)):
        b2 = _claim("B", text_b, quantities=(Quantity(2.0, unit, "=", "2-1", event="split", holder=holder),))
        y = al.align(a, "3-0", b2, "2-1", KB)
        assert not y.aligned and "masked" in y.why, (holder, unit)


def test_judge_align_two_counts_of_one_noun_share_what_they_measure():
    # NOTE: the counted noun is masked with each answer, yet it names what both answers measure.
    a = _claim("A", "As of 19 April, London is one of the worst affected regions of England, with 22,352 cases.",
               quantities=(Quantity(22352.0, "case", "=", "22,352 cases"),))
    b = _claim("B", "London had less than 22,000 cases of coronavirus by 19 April.",
               quantities=(Quantity(22000.0, "case", "<", "less than 22,000 cases"),))
    x = al.align(a, "22,352 cases", b, "less than 22,000 cases", KB)
    assert x.aligned and x.attribute > 0
    q = al.question(a, "22,352 cases", KB)
    assert q.counted == {"case"} and "case" not in q.attribute
    # NOTE: the same claims counting in a unit of measure share no question
    feet_a = dataclasses.replace(a, slots=dataclasses.replace(a.slots, quantities=(Quantity(22352.0, "foot", "=", "22,352 cases"),)))
    feet_b = dataclasses.replace(b, slots=dataclasses.replace(b.slots, quantities=(Quantity(22000.0, "foot", "<", "less than 22,000 cases"),)))
    assert al.question(feet_a, "22,352 cases", KB).counted == frozenset()
    assert not al.align(feet_a, "22,352 cases", feet_b, "less than 22,000 cases", KB).aligned


# ---------------------------------------------------------------- judge internals on fixed verdicts


@pytest.fixture
def fixed_rules(monkeypatch):
    """Replace the registry's structural rules by rules returning the given (non-value) verdicts."""
    import checker.judge as judge_mod
    from checker.rules.base import Rule

    def install(*verdicts: Verdict):
        rules = tuple(Rule(v.code, f"fixed-{i}", v.slot, "m", (lambda a, b, kb, v=v: v)) for i, v in enumerate(verdicts))
        monkeypatch.setattr(judge_mod, "structural_rules", lambda: rules)

    return install


def _v(code: str, verdict: str, conf: float, values=(("x",), ("y",)), slot: str = "polarity") -> Verdict:
    return Verdict(code, verdict, conf, slot, values, f"reason {code}")


@pytest.fixture(autouse=True)
def _priors_only(monkeypatch):
    """Confidences are the rules' priors here (calibration has its own tests below); qualifier patterns are
    built afresh (a cached one would hide how it is built)."""
    monkeypatch.setattr(calibrate, "load_model", lambda: None)
    monkeypatch.setattr(al, "_QUALIFIER_RE", {})


def test_judge_pair_orders_verdicts_by_kind_then_confidence(fixed_rules):
    fixed_rules(_v("CC901", "opinion-difference", 0.9), _v("CC902", "something-else", 0.99),
                _v("CC903", "contradiction", 0.4), _v("CC904", "temporal-difference", 0.95),
                _v("CC905", "contradiction", 0.6), _v("CC906", "scope-difference", 0.97))
    a, b = _claim("A", "One text."), _claim("B", "Another text.")
    got = [(v.code, v.verdict) for v in judge_pair(a, b, KB)]
    assert got == [("CC905", "contradiction"), ("CC903", "contradiction"), ("CC904", "temporal-difference"),
                   ("CC906", "scope-difference"), ("CC901", "opinion-difference"), ("CC902", "something-else")]


def test_judge_opinion_downgrade_keeps_code_slot_values_and_rounds_to_three_decimals(fixed_rules):
    fixed_rules(_v("CC901", "contradiction", 0.478, (("5,000",), ("12,000",))),
                _v("CC902", "scope-difference", 0.7))
    a, b = _claim("A", "One text."), _claim("B", "Another text.", modality="opinion")
    got = judge_pair(a, b, KB)
    assert got == [_v("CC902", "scope-difference", 0.7),
                   Verdict("CC901", "opinion-difference", 0.382, "polarity", (("5,000",), ("12,000",)),
                           "reason CC901; at least one side is an opinion")]
    # facts on both sides: untouched
    assert judge_pair(a, _claim("B", "Another text."), KB)[0] == _v("CC901", "contradiction", 0.478, (("5,000",), ("12,000",)))


def test_judge_pair_uses_the_knowledge_it_is_given():
    import dataclasses

    kb = dataclasses.replace(KB, part_of={**KB.part_of, "falcon": "kestrel"})
    a = _claim("A", "Kestrel sold 5,000 units in the spring.", products=(Mention("kestrel", "Kestrel", "PRODUCT"),))
    b = _claim("B", "Falcon sold 12,345 units in the spring.", products=(Mention("falcon", "Falcon", "PRODUCT"),))
    assert _codes(a, b) == []
    assert [(v.code, v.verdict) for v in judge_pair(a, b, kb)] == [("CC103", "contradiction")]
    cl = Cluster(0, (a, b), "x")
    assert judge_clusters([cl], JudgeConfig(), KB) == ()
    assert [f.rule for f in judge_clusters([cl], JudgeConfig(), kb)] == ["CC103"]


def test_judge_assess_applies_a_calibration_model_and_keeps_everything_else(monkeypatch):
    a = _claim("A", "The Corvo festival sold 5,000 tickets.")
    b = _claim("B", "The Corvo festival sold 12,000 tickets.")
    v = Verdict("CC103", "contradiction", 0.75, "quantity", (("5,000 tickets",), ("12,000 tickets",)), "r")
    assert assess(a, b, v, KB) is v
    monkeypatch.setattr(calibrate, "load_model", lambda: {"intercept": 0.0, "prior": 1.0})
    got = assess(a, b, v, KB)
    assert got == Verdict("CC103", "contradiction", round(1 / (1 + math.exp(-0.75)), 3), "quantity", v.values, "r")
    # a model that gives the prior back returns the verdict itself
    monkeypatch.setattr(calibrate, "load_model", lambda: {"intercept": math.log(3.0)})
    same = Verdict("CC103", "contradiction", 0.75, "quantity", v.values, "r")
    assert assess(a, b, same, KB) is same


def test_judge_assess_aligns_with_the_knowledge_it_is_given():
    import dataclasses

    kb = dataclasses.replace(KB, part_of={**KB.part_of, "falcon": "kestrel"})
    a = _claim("A", "Kestrel sold 5,000 units in the spring.", products=(Mention("kestrel", "Kestrel", "PRODUCT"),))
    b = _claim("B", "Falcon sold 12,345 units in the spring.", products=(Mention("falcon", "Falcon", "PRODUCT"),))
    v = Verdict("CC103", "contradiction", 0.75, "quantity", (("5,000 units",), ("12,345 units",)), "r")
    assert assess(a, b, v, KB) is None
    assert assess(a, b, v, kb) is v
    # a verdict without values aligns the whole claims
    empty = Verdict("CC201", "contradiction", 0.5, "polarity", ((), ()), "r")
    assert assess(a, b, empty, KB) is empty


def test_judge_sides_edge_cases():
    from checker.judge import _sides

    a, b, c, d = ("1",), ("2",), ("3",), ("4",)
    # two separate conflicts: every value gets a side, partners on opposite sides
    two = _sides([a, b, c, d], {frozenset((a, b)), frozenset((c, d))})
    assert set(two) == {a, b, c, d} and two[a] != two[b] and two[c] != two[d]
    # a conflict naming a value outside the sets is ignored
    assert _sides([a, b], {frozenset((a, b)), frozenset((a, ("9",)))}) == {a: 0, b: 1}
    # a value in conflict with itself cannot be two-coloured
    assert _sides([a, b], {frozenset((a,))}) == {a: 0, b: 1}
    assert _sides([a], {frozenset((a,))}) == {a: 0}


def test_judge_places_three_places_need_no_ellipsis():
    from checker.judge import _places

    claims = [Claim("S", f"d{i}.md", 0, 1, i + 1, 1, i + 1, "x") for i in range(3)]
    assert _places(claims) == "d0.md:1, d1.md:2, d2.md:3"


def test_judge_clusters_single_source_events_are_judged_through_their_links_and_do_not_stop_the_rest():
    a = _claim("S0", "The Corvo festival sold 5,000 tickets.")
    lone = Cluster(0, (a,), "x", links=((a, _claim("S1", "The Corvo festival sold 12,000 tickets.")),))
    assert [f.rule for f in judge_clusters([lone], JudgeConfig(), KB)] == ["CC103"]
    quiet = Cluster(1, (_claim("S5", "Nothing here."),), "y")
    real = _cluster("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 12,000 tickets.")
    assert [f.rule for f in judge_clusters([quiet, real], JudgeConfig(), KB)] == ["CC103"]


def test_judge_clusters_config_rules_select_codes():
    cl = _cluster("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 12,000 tickets.")
    assert judge_clusters([cl], JudgeConfig(rules=("CC102",)), KB) == ()
    assert len(judge_clusters([cl], JudgeConfig(rules=("CC103",)), KB)) == 1


def test_judge_clusters_floor_skips_weak_verdicts_but_keeps_later_ones_and_one_per_code(fixed_rules):
    fixed_rules(_v("CC901", "contradiction", 0.3), _v("CC902", "contradiction", 0.2, (("x",), ("w",))),
                _v("CC903", "scope-difference", 0.8))
    cl = _cluster("One text.", "Another text.")
    # CC903 tells CC901's conflict, but CC901 is under the floor: CC903's is the finding
    assert [f.rule for f in judge_clusters([cl], JudgeConfig(min_confidence=0.5), KB)] == ["CC903"]
    # every rule and verdict of its own conflict its own finding, ordered by kind then confidence; CC903 repeats
    # CC901's answers (`test_judge_clusters_two_rules_telling_one_pair_the_same_conflict_make_one_finding`)
    got = judge_clusters([cl], JudgeConfig(), KB)
    assert [(f.rule, f.confidence) for f in got] == [("CC901", 0.3), ("CC902", 0.2)]


def test_judge_clusters_a_model_verdict_repeating_a_rule_code_is_not_counted_twice():
    echo = _model_judge(Verdict("CC103", "contradiction", 0.99, "quantity", (("5,000 tickets",), ("12,000 tickets",)), "m"))
    cl = _cluster("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 12,000 tickets.")
    [f] = judge_clusters([cl], JudgeConfig(), KB, model_judge=echo)
    assert f.confidence == 0.75


def test_judge_clusters_kind_and_severity_come_from_the_registry_else_the_verdict():
    from checker.fingerprint import fingerprint

    def model(code: str, verdict: str):
        return _model_judge(Verdict(code, verdict, 0.91234, "nli", (("a",), ("b",)), "model says so"))

    cl = _cluster("The Corvo festival sold tickets.", "The Corvo festival was cancelled.")
    [known] = judge_clusters([cl], JudgeConfig(), KB, model_judge=model("CC301", "contradiction"))
    assert (known.kind, known.severity, known.verdict, known.confidence) == ("meaning", "error", "contradiction", 0.912)
    assert known.fingerprint == fingerprint("CC301", known.claims, known.values, slot="meaning", verdict="contradiction")
    [other] = judge_clusters([cl], JudgeConfig(), KB, model_judge=model("CC399", "disagreement"))
    assert (other.kind, other.severity, other.verdict) == ("nli", "warning", "disagreement")
    assert other.fingerprint == fingerprint("CC399", other.claims, other.values, slot="nli", verdict="disagreement")
    # the verdict is part of the fingerprint
    [again] = judge_clusters([cl], JudgeConfig(), KB, model_judge=model("CC399", "contradiction"))
    assert again.fingerprint != other.fingerprint


def test_judge_clusters_fingerprint_follows_values_not_wording():
    one = _cluster("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 12,000 tickets.")
    two = _cluster("Corvo's festival sold 5,000 tickets this year.", "All told, the Corvo festival sold 12,000 tickets.")
    [f], [g] = judge_clusters([one], JudgeConfig(), KB), judge_clusters([two], JudgeConfig(), KB)
    assert f.fingerprint == g.fingerprint


def test_judge_clusters_sides_group_compatible_values_and_the_message_lists_them():
    cl = _cluster("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 12,000 tickets.",
                  "The Corvo festival sold 12,100 tickets.")
    [f] = judge_clusters([cl], JudgeConfig(), KB)
    assert f.sides == (0, 1, 1)
    assert f.message.startswith("quantity contradiction: 5,000 tickets (S0.md:1) vs "
                                "12,000 tickets / 12,100 tickets (S1.md:1, S2.md:1) — ")


def test_judge_clusters_message_joins_the_values_of_one_claim(fixed_rules):
    fixed_rules(_v("CC901", "contradiction", 0.5, (("Falcon 9", "Falcon 10"), ("Kestrel 2",))))
    [f] = judge_clusters([_cluster("One text.", "Another text.")], JudgeConfig(), KB)
    assert f.message == "polarity contradiction: Falcon 9, Falcon 10 (S0.md:1) vs Kestrel 2 (S1.md:1) — reason CC901"


def test_judge_clusters_cite_an_inherited_value_where_it_is_stated():
    import dataclasses

    from checker.models import DateValue
    import datetime as dt

    stated = _claim("S0", "In early May 2026 the ministry acted.", start=0)
    may = DateValue(dt.date(2026, 5, 1), dt.date(2026, 5, 10), "early May 2026", "month", stated_in=stated)
    heir = _claim("S0", "The ministry banned the Vela app.", start=100)
    heir = dataclasses.replace(heir, slots=dataclasses.replace(heir.slots, dates=(), context_dates=(may,)))
    other = _claim("S1", "The ministry banned the Vela app in mid-2025.")
    [f] = [f for f in judge_clusters([Cluster(0, (heir, other), "ban")], JudgeConfig(), KB) if f.rule == "CC102"]
    assert [c.start for c in f.claims if c.source_id == "S0"] == [0]
    # NOTE: the claim compared is shown beside the one cited; a claim compared itself has none
    assert {c.source_id: (x.start if x else None) for c, x in zip(f.claims, f.compared)} == {"S0": 100, "S1": None}
    [g] = [g for g in judge_clusters([Cluster(0, (other, heir), "ban")], JudgeConfig(), KB) if g.rule == "CC102"]
    assert [c.start for c in g.claims if c.source_id == "S0"] == [0]


def test_judge_texts_parses_once_and_gives_the_strongest_verdict_per_pair(monkeypatch):
    import dataclasses

    import numpy as np

    import checker.normalize as normalize_mod
    from checker.judge import judge_texts

    seen = {}

    def fake_normalize(texts, parser=None, kb=None):
        seen.update(texts=list(texts), parser=parser, kb=kb)
        claims = []
        for i, t in enumerate(texts):
            products = (Mention(t.split()[0].lower(), t.split()[0], "PRODUCT"),) if t.split()[0] in ("Kestrel", "Falcon") else ()
            c = _claim(f"T{i}", t, products=products)
            claims.append(dataclasses.replace(c, context=f"context {i}") if i == 3 else c)
        return tuple(claims)

    monkeypatch.setattr(normalize_mod, "normalize_texts", fake_normalize)
    pairs = [("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 12,000 tickets."),
             ("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 5,000 tickets.")]
    parser = object()
    got = judge_texts(pairs, parser=parser, kb=KB)
    assert seen == {"texts": [t for p in pairs for t in p], "parser": parser, "kb": KB}
    assert [(v.code, v.verdict) if v else None for v in got] == [("CC103", "contradiction"), None]
    judge_texts(pairs[:1], parser=parser)
    assert seen["kb"] is not None
    # the knowledge given is the one the rules use
    kb = dataclasses.replace(KB, part_of={**KB.part_of, "falcon": "kestrel"})
    products = [("Kestrel sold 5,000 units in the spring.", "Falcon sold 12,345 units in the spring.")]
    assert judge_texts(products, parser=parser, kb=KB) == [None]
    assert judge_texts(products, parser=parser, kb=kb)[0] is not None

    class Embedder:
        """Unit vectors by text: the second pair's second text points away from everything else."""

        def __init__(self):
            self.texts: list[str] = []

        def embed(self, texts):
            self.texts = list(texts)
            return np.array([[-1.0, 0.0] if t == "context 3" else [1.0, 0.0] for t in texts])

    e = Embedder()
    apart = [pairs[0], ("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 12,000 tickets.")]
    got = judge_texts(apart, parser=parser, kb=KB, embedder=e)
    assert e.texts == [t for p in apart for t in p][:3] + ["context 3"]
    assert got[0] is not None and got[1] is None


def test_judge_clusters_unknown_verdicts_sort_after_known_ones():
    odd = _model_judge(Verdict("CC399", "disagreement", 0.99, "nli", (("a",), ("b",)), "m"))
    cl = _cluster("The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 12,000 tickets.")
    got = judge_clusters([cl], JudgeConfig(), KB, model_judge=odd)
    assert [(f.rule, f.verdict) for f in got] == [("CC103", "contradiction"), ("CC399", "disagreement")]


# ---------------------------------------------------------------- alignment details


def test_judge_align_question_stems_plurals_but_not_short_or_latin_words():
    c = _claim("A", "The companies and classes of the campus bought 300 glass plans for days by gas bus.")
    q = al.question(c, "300")
    assert q.answer == "300"
    assert q.masked == {"company", "class", "campus", "bought", "glass", "plan", "day", "gas", "bus"}


def test_judge_align_question_attribute_is_the_window_around_the_first_occurrence():
    c = _claim("A", "Revenue doubled in 2024 at the Lyon plant of the group, while far away the small Paris "
                    "office of a rival firm was closed in 2024.")
    q = al.question(c, "2024")
    assert q.attribute == {"revenue", "doubled", "lyon", "plant", "group", "far"}
    # found whatever its case
    d = _claim("A", "The Lyon plant doubled revenue this year, says the group; the small office near the Lyon plant closed.")
    assert al.question(d, "lyon plant").attribute == {"doubled", "revenue", "year", "group"}
    # an answer opening the claim has only words after it
    e = _claim("A", "5,000 tickets were sold at the Corvo festival on a rainy weekend in the north of the county.")
    assert al.question(e, "5,000 tickets").attribute == {"sold", "corvo", "festival", "rainy"}


def test_judge_align_question_qualifiers_are_not_words_of_a_recognised_name():
    # NOTE: "The Raven" (a title the tagger names) and "Metacritic" are who and where, not tiers of the count
    a = _claim("A", "The film has a rating of 23% based on 123 reviews and a 44 on Metacritic.",
               actors=(Mention("metacritic", "Metacritic", "ORG"),))
    b = _claim("B", "The Raven has received more than 125 reviews, the site says.", actors=(Mention("raven", "Raven", "ORG"),))
    assert al.question(a, "123 reviews", KB).qualifiers == frozenset()
    assert al.question(b, "more than 125 reviews", KB).qualifiers == frozenset()
    assert not al.align(a, "123 reviews", b, "more than 125 reviews", KB).qualifier_clash
    plain = _claim("B", "The Raven has received more than 125 reviews, the site says.", actors=())
    assert al.question(plain, "more than 125 reviews", KB).qualifiers == {"raven"}
    assert al.align(a, "123 reviews", plain, "more than 125 reviews", KB).qualifier_clash is False  # A has none


def test_judge_align_question_qualifiers_skip_the_opening_word():
    assert al.question(_claim("A", "Premium members pay $9.99 a month."), "$9.99").qualifiers == frozenset()
    assert al.question(_claim("A", "Members of Premium pay $9.99 a month."), "$9.99").qualifiers == {"premium"}


def test_judge_align_overlap_and_jaccard_values():
    assert al.jaccard(frozenset(), frozenset()) == 0.0
    assert al.jaccard(frozenset("ab"), frozenset("bc")) == 1 / 3
    empty = _claim("A", "It was 300.")
    other = _claim("B", "The museum had 450 employees.")
    x = al.align(empty, "300", other, "450 employees", KB)
    assert x.attribute == 0.0 and not x.aligned
    a = _claim("A", "The museum in Ghent had 1,200 employees in 2019.")
    b = _claim("B", "The museum had 3,500 staff and employees in 2019.")
    y = al.align(a, "1,200 employees", b, "3,500 staff", KB, similarity=0.123456)
    assert (y.attribute, y.masked, y.similarity) == (0.5, 0.333, 0.123)
    c = _claim("A", "Near the town hall square, workers built a statue 40 feet tall.")
    d = _claim("B", "The town hall square has a bell tower; it rises 300 metres above the river harbour.")
    z = al.align(c, "40 feet", d, "300 metres", KB)
    assert (z.attribute, z.masked) == (0.2, 0.214)


def test_judge_align_similarity_floor_is_inclusive_and_configurable():
    a = _claim("A", "The museum park covers 1,200 acres in 2019.")
    b = _claim("B", "The museum park covers 3,500 acres in 2019.")
    at = al.align(a, "1,200 acres", b, "3,500 acres", KB, similarity=al.ALIGN_SIMILARITY)
    assert at.aligned and at.why == ""
    assert al.align(a, "1,200 acres", b, "3,500 acres", KB, similarity=0.45, min_similarity=0.4).aligned
    low = al.align(a, "1,200 acres", b, "3,500 acres", KB, similarity=0.45)
    assert low.why == "the claims are not paraphrases (similarity 0.45 < 0.50)"


def test_judge_align_two_counts_of_one_noun_by_one_act_lower_the_similarity_floor():
    # NOTE: a long evidence sentence around the count lowers the claims' cosine, not the question
    a = _claim("A", "As of 21 April, Uzbekistan has 1,678 confirmed cases, the vast majority of which are coming from abroad.",
               quantities=(Quantity(1678.0, "case", "=", "1,678 confirmed cases", event="have"),))
    b = _claim("B", "Uzbekistan has less than 1,670 confirmed coronavirus cases.",
               quantities=(Quantity(1670.0, "case", "<", "less than 1,670 confirmed coronavirus cases", event="have"),))
    x = al.align(a, "1,678 confirmed cases", b, "less than 1,670 confirmed coronavirus cases", KB, similarity=0.38)
    assert x.aligned and x.masked >= al.MIN_MASKED
    assert al.align(a, "1,678 confirmed cases", b, "less than 1,670 confirmed coronavirus cases", KB,
                    similarity=al.COUNTED_SIMILARITY).aligned
    low = al.align(a, "1,678 confirmed cases", b, "less than 1,670 confirmed coronavirus cases", KB, similarity=0.29)
    assert low.why == "the claims are not paraphrases (similarity 0.29 < 0.30)"
    # a configured floor below it stays the floor
    assert al.align(a, "1,678 confirmed cases", b, "less than 1,670 confirmed coronavirus cases", KB, similarity=0.25,
                    min_similarity=0.2).aligned
    # counts of one noun by two acts keep the floor ("killed about 40 Palestinians" / "hundreds had sought refuge")
    kill = _claim("A", "An Israeli strike killed about 40 Palestinians sheltering in a UN school.",
                  quantities=(Quantity(40.0, "palestinian", "~", "about 40 Palestinians", event="kill"),))
    refuge = _claim("B", "In the UN school, hundreds of Palestinians had sought refuge from the strike.",
                    quantities=(Quantity(200.0, "palestinian", ">", "hundreds of Palestinians", event="seek"),))
    two = al.align(kill, "about 40 Palestinians", refuge, "hundreds of Palestinians", KB, similarity=0.43)
    assert two.why == "the claims are not paraphrases (similarity 0.43 < 0.50)"
    # ... but one act, one unknown, a verb of being or of reaching a level, or one frame lowers it
    for other in ("kill", "", "have", "reach", "die"):
        one = dataclasses.replace(refuge, slots=dataclasses.replace(refuge.slots, quantities=(
            Quantity(200.0, "palestinian", ">", "hundreds of Palestinians", event=other),)))
        assert al.align(kill, "about 40 Palestinians", one, "hundreds of Palestinians", KB, similarity=0.43).aligned, other
    seek = dataclasses.replace(kill, slots=dataclasses.replace(kill.slots, quantities=(
        Quantity(40.0, "palestinian", "~", "about 40 Palestinians", event="seek"),)))
    assert al.align(seek, "about 40 Palestinians", refuge, "hundreds of Palestinians", KB, similarity=0.43).aligned
    # the same claims measuring in a unit of measure keep the floor
    feet_a = dataclasses.replace(a, slots=dataclasses.replace(a.slots, quantities=(
        Quantity(1678.0, "foot", "=", "1,678 confirmed cases", event="have"),)))
    feet_b = dataclasses.replace(b, slots=dataclasses.replace(b.slots, quantities=(
        Quantity(1670.0, "foot", "<", "less than 1,670 confirmed coronavirus cases", event="have"),)))
    assert "paraphrases" in al.align(feet_a, "1,678 confirmed cases", feet_b, "less than 1,670 confirmed coronavirus cases",
                                     KB, similarity=0.38).why

def test_judge_align_qualifiers_clash_only_when_both_sides_have_foreign_ones():
    a = _claim("A", "The Basic plan of Vela costs $9.99 per month.")
    b = _claim("B", "The Basic plan costs $12.99 per month.")
    assert al.align(a, "$9.99", b, "$12.99", KB).aligned
    assert al.align(b, "$12.99", a, "$9.99", KB).aligned
    c = _claim("C", "The Premium plan costs $19.99 per month.")
    x = al.align(a, "$9.99", c, "$19.99", KB)
    assert x.why == "different qualifiers: basic, vela vs premium"


def test_judge_align_a_possessive_names_its_word():
    # NOTE: "Saturday's protest" names Saturday as "the protest on Saturday" does: no qualifier of one side alone
    a = _claim("A", "Two dozen people were arrested at the protest on Saturday.",
               quantities=(Quantity(24.0, "people", "=", "Two dozen people", event="arrest"),))
    b = _claim("B", "Police arrested 60 people at Saturday's protest.",
               quantities=(Quantity(60.0, "people", "=", "60 people", event="arrest"),))
    assert al.align(a, "Two dozen people", b, "60 people", KB).aligned
    assert al._written("Saturday's protest, O'Brien's") == {"saturday's", "saturday", "protest", "o'brien's", "o'brien"}
    # NOTE: and a hyphenated word names its parts: "third-quarter revenue" names "for the third quarter"
    assert al._written("third-quarter revenue") == {"third-quarter", "third", "quarter", "revenue"}
    c = _claim("C", "Police arrested 60 people at Sunday's protest.",
               quantities=(Quantity(60.0, "people", "=", "60 people", event="arrest"),))
    assert al.align(a, "Two dozen people", c, "60 people", KB).why == "different qualifiers: saturday vs sunday's"


def test_judge_align_why_names_the_reason():
    a = _claim("A", "Town hall square: a statue of 40 feet was built by local workers last spring.")
    b = _claim("B", "Town hall square: the old harbour crane lifts 300 tonnes.")
    x = al.align(a, "40 feet", b, "300 tonnes", KB)
    assert x.attribute == 0.0 and x.masked >= al.MIN_MASKED and not x.frames
    assert x.why == "the values measure different things (no shared attribute word or action)"
    c = _claim("C", "Ada Park hired 300 engineers.", actors=(Mention("ada park", "Ada Park", "PERSON"),))
    d = _claim("D", "Ben Ode hired 450 engineers.", actors=(Mention("ben ode", "Ben Ode", "PERSON"),))
    assert al.align(c, "300 engineers", d, "450 engineers", KB).why == "the claims are about different people or products"


def test_judge_align_frames_count_unless_light():
    a = _claim("A", "The ministry banned the app in May.", frames=("restrict",))
    b = _claim("B", "Regulators blocked the service in June.", frames=("restrict", "announce"))
    assert al.align(a, "May", b, "June", KB).frames
    c = _claim("C", "The ministry announced the app in May.", frames=("announce",))
    assert not al.align(c, "May", b, "June", KB).frames


def test_judge_align_subject_relation_cases():
    def who(sid: str, text: str, *mentions: Mention, products=()):
        return _claim(sid, text, actors=tuple(mentions), products=tuple(products))

    ada = Mention("ada park", "Ada Park", "PERSON")
    ben = Mention("ben ode", "Ben Ode", "PERSON")
    lumora = Mention("lumora", "Lumora", "ORG")
    # nobody named on one side: unknown
    assert al.align(who("A", "Ada Park hired 300 engineers.", ada), "300 engineers",
                    who("B", "The firm hired 450 engineers."), "450 engineers", KB).subject == 0
    assert al.align(who("B", "The firm hired 450 engineers."), "450 engineers",
                    who("A", "Ada Park hired 300 engineers.", ada), "300 engineers", KB).subject == 0
    # the answer is the person: no subject on that side, unknown
    assert al.align(who("A", "The prize went to Ada Park.", ada), "Ada Park",
                    who("B", "Ben Ode won the prize.", ben), "the prize", KB).subject == 0
    # one side's name written in the other claim
    assert al.align(who("A", "Ada Park hired 300 engineers.", ada), "300 engineers",
                    who("B", "The ada park team, led by Ben Ode, hired 450 engineers.", ben), "450 engineers", KB).subject == 1
    assert al.align(who("B", "The ada park team, led by Ben Ode, hired 450 engineers.", ben), "450 engineers",
                    who("A", "Ada Park hired 300 engineers.", ada), "300 engineers", KB).subject == 1
    # different organisations are not different people: unknown
    assert al.align(who("A", "Lumora hired 300 engineers.", lumora), "300 engineers",
                    who("B", "Ben Ode hired 450 engineers.", ben), "450 engineers", KB).subject == 0
    assert al.align(who("B", "Ben Ode hired 450 engineers.", ben), "450 engineers",
                    who("A", "Lumora hired 300 engineers.", lumora), "300 engineers", KB).subject == 0


def test_judge_align_words_glued_to_the_answer_belong_to_its_window():
    assert "ca" in al.question(_claim("A", "The plan costs CA$9.99 a month."), "$9.99").attribute
    assert "bn" in al.question(_claim("A", "They signed a $5bn deal."), "$5").attribute
    # a claim without words still reads as a question
    assert al.question(_claim("A", "$9.99"), "$9.99").qualifiers == frozenset()


def test_judge_align_subject_related_by_part_of_is_one():
    import dataclasses

    kb = dataclasses.replace(KB, part_of={**KB.part_of, "falcon": "kestrel"})
    a = _claim("A", "Kestrel sold 5,000 units in the spring.", products=(Mention("kestrel", "Kestrel", "PRODUCT"),))
    b = _claim("B", "Falcon sold 12,345 units in the spring.", products=(Mention("falcon", "Falcon", "PRODUCT"),))
    assert al.align(a, "5,000 units", b, "12,345 units", kb).subject == 1
    assert al.align(a, "5,000 units", b, "12,345 units", KB).subject == -1


def test_judge_align_why_lists_every_foreign_qualifier_on_both_sides():
    a = _claim("A", "The Basic plan costs $9.99 per month.")
    c = _claim("C", "The Premium plan of Vela costs $19.99 per month.")
    assert al.align(a, "$9.99", c, "$19.99", KB).why == "different qualifiers: basic vs premium, vela"


def test_judge_align_loads_the_shipped_knowledge_when_none_is_given():
    a = _claim("A", "Lumora reported GAAP EPS of $1.51 for the quarter.")
    b = _claim("B", "Lumora reported adjusted EPS of $1.60 for the quarter.")
    assert al.align(a, "$1.51", b, "$1.60").aligned == al.align(a, "$1.51", b, "$1.60", KB).aligned
    assert not al.align(a, "$1.51", b, "$1.60", KB).aligned


def test_judge_sampled_pairs_are_those_of_the_listed_pairs():
    """`_pairs` finds the evenly spaced cross-document pairs by position: the ones sampling the whole list gives."""
    import random

    from checker.judge import _pairs
    from checker.models import Claim, Cluster

    def listed(cluster: Cluster, cap: int) -> list:
        pairs = [(a, b) for i, a in enumerate(cluster.claims) for b in cluster.claims[i + 1 :] if a.source_id != b.source_id]
        step = len(pairs) / cap
        return [pairs[int(k * step)] for k in range(cap)] if len(pairs) > cap else pairs

    rng = random.Random(7)
    for _ in range(200):
        n, docs = rng.randint(0, 90), rng.randint(1, 7)
        claims = tuple(Claim(f"s{rng.randrange(docs)}", "p.txt", i, i + 1, 1, 1, 1, "x") for i in range(n))
        cluster = Cluster(id=0, claims=claims, label="")
        for cap in (1, 3, 40, 2000):
            assert _pairs(cluster, cap) == listed(cluster, cap)


def test_judge_align_two_counts_of_one_noun_held_by_one_thing_ask_one_question():
    # NOTE: one count hangs from the noun that does the other's act: the trial's patients, however else each claim runs
    a = _claim("A", "A new migraine drug cut headache days by half in a trial of 1,100 patients, the company Corvane said.",
               quantities=(Quantity(1100.0, "patient", "=", "1,100 patients", event="trial"),))
    b = _claim("B", "The trial enrolled 800 patients across 12 countries.",
               quantities=(Quantity(800.0, "patient", "=", "800 patients", event="enrol", holder="trial"),))
    x = al.align(a, "1,100 patients", b, "800 patients", KB)
    assert x.aligned and x.masked < al.MIN_MASKED
    assert al.align(b, "800 patients", a, "1,100 patients", KB).aligned
    # another holder, or another noun counted, keeps the words the claims must share
    other = dataclasses.replace(b, slots=dataclasses.replace(b.slots, quantities=(
        Quantity(800.0, "patient", "=", "800 patients", event="enrol", holder="study"),)))
    assert al.align(a, "1,100 patients", other, "800 patients", KB).why.startswith("with the answers masked")
    sites = dataclasses.replace(b, slots=dataclasses.replace(b.slots, quantities=(
        Quantity(800.0, "site", "=", "800 patients", event="enrol", holder="trial"),)))
    assert not al.align(a, "1,100 patients", sites, "800 patients", KB).aligned
    unknown = dataclasses.replace(a, slots=dataclasses.replace(a.slots, quantities=(
        Quantity(1100.0, "patient", "=", "1,100 patients", event=""),)))
    nobody = dataclasses.replace(b, slots=dataclasses.replace(b.slots, quantities=(
        Quantity(800.0, "patient", "=", "800 patients", event="enrol", holder=""),)))
    assert not al.align(unknown, "1,100 patients", nobody, "800 patients", KB).aligned  # NOTE: two unknowns are no one holder


def test_judge_align_two_values_of_one_predicate_share_their_action_however_inflected():
    a = _claim("A", "He was sentenced to 12 years in prison.",
               quantities=(Quantity(12.0, "year", "=", "12 years", event="sentence"),))
    b = _claim("B", "A judge gave him a 15-year sentence.",
               quantities=(Quantity(15.0, "year", "=", "15-year", event="sentence", holder="sentence"),))
    assert al.align(a, "12 years", b, "15-year", KB).aligned
    other = dataclasses.replace(b, slots=dataclasses.replace(b.slots, quantities=(
        Quantity(15.0, "year", "=", "15-year", event="give", holder="sentence"),)))
    assert al.align(a, "12 years", other, "15-year", KB).why == "the values measure different things (no shared attribute word or action)"
    # NOTE: a parse's stray symbol is no predicate ("May 3, 2013 | 8:20 am" / "March 17, 2013 | 5:00 PM", datelines)
    stray = [dataclasses.replace(c, slots=dataclasses.replace(c.slots, quantities=(dataclasses.replace(c.slots.quantities[0], event="|"),)))
             for c in (a, b)]
    assert not al.align(stray[0], "12 years", stray[1], "15-year", KB).aligned


def test_judge_clusters_two_rules_telling_one_pair_the_same_conflict_make_one_finding(fixed_rules):
    fixed_rules(_v("CC901", "contradiction", 0.7), _v("CC902", "contradiction", 0.8),
                _v("CC903", "contradiction", 0.9, (("x",), ("z",))), _v("CC904", "contradiction", 0.6, slot="nli"))
    a, b = _claim("A", "One text."), _claim("B", "Another text.")
    got = [f.rule for f in judge_clusters([Cluster(0, (a, b), "x")], JudgeConfig(), KB)]
    # CC901 tells CC902's conflict (same slot, same two answers) less confidently; other answers or slots stay
    assert sorted(got) == ["CC902", "CC903", "CC904"]
