"""Findings are split by the question their verdicts answer (checker.judge._questions)."""

from __future__ import annotations

from checker.judge import JudgeConfig, judge_clusters
from checker.knowledge import load_knowledge
from checker.models import Claim, Cluster
from checker.normalize import claim_slots
from checker.normalize.entities import ProductLexicon

KB = load_knowledge()


def _claim(sid: str, text: str, start: int = 0) -> Claim:
    lex = ProductLexicon()
    lex.add_text(text)
    slots = claim_slots(text, (), KB, lex, None)
    return Claim(sid, f"{sid}.md", start, start + len(text), 1, 1, 1, text, slots=slots)


def _event(*claims: Claim) -> Cluster:
    return Cluster(0, claims, "festival · corvo")


def test_two_unrelated_conflicts_in_one_event_are_two_findings():
    tickets = (_claim("A", "The Corvo festival sold 5,000 tickets."), _claim("B", "The Corvo festival sold 12,000 tickets."))
    stages = (_claim("A", "The Corvo festival had 4 stages.", 100), _claim("B", "The Corvo festival had 9 stages.", 100))
    findings = judge_clusters([_event(*tickets, *stages)], JudgeConfig(), KB)
    by_values = sorted(sorted(v for vals in f.values for v in vals) for f in findings)
    assert by_values == [["12,000 tickets", "5,000 tickets"], ["4 stages", "9 stages"]]
    assert len({f.fingerprint for f in findings}) == 2
    # NOTE: each finding cites only the claims of its own question, each the claim compared itself.
    for f in findings:
        assert len(f.claims) == 2 and {c.source_id for c in f.claims} == {"A", "B"}
        assert f.compared == ()


def test_conflicts_sharing_a_claim_or_a_value_stay_one_finding():
    # NOTE: C and D both give 12,000 against A's 5,000 (one value, three sources): one question.
    claims = (
        _claim("A", "The Corvo festival sold 5,000 tickets."),
        _claim("C", "The Corvo festival sold 12,000 tickets."),
        _claim("D", "The Corvo festival sold 12,000 tickets in all."),
    )
    [f] = judge_clusters([_event(*claims)], JudgeConfig(), KB)
    assert len(f.claims) == 3 and sorted(f.sides) == [0, 1, 1]


def test_sampled_pairs_of_one_question_stay_one_finding_through_their_values():
    # NOTE: capped at 5 of 15 pairs, the conflicting pairs sampled are (0, 4), (1, 3), (2, 3): no claim
    # in common between the first and the others, but the same two values, so still one question.
    texts = ["The Corvo festival sold 5,000 tickets."] * 3 + ["The Corvo festival sold 12,000 tickets."] * 3
    claims = tuple(_claim(f"S{i}", t, start=10 * i) for i, t in enumerate(texts))
    [f] = judge_clusters([_event(*claims)], JudgeConfig(max_pairs_per_event=5), KB)
    assert sorted(c.source_id for c in f.claims) == ["S0", "S1", "S2", "S3", "S4"]


def test_question_memo_is_keyed_by_what_it_reads():
    """`align.question` is memoised (the judge asks it per pair): a claim of the same text naming other
    entities, another answer or another knowledge base still gets its own reading."""
    import dataclasses

    from checker.judge.align import question

    from checker.models import Mention

    plain = _claim("A", "Acme cut 300 jobs at the Lyon plant in May.")
    a = dataclasses.replace(plain, slots=dataclasses.replace(plain.slots, actors=(Mention("acme", "Acme", "ORG"),)))
    first = question(a, "300 jobs", KB)
    assert question(a, "300 jobs", KB) is first  # NOTE: served from the memo
    assert first.subject == {"acme"} and question(plain, "300 jobs", KB).subject == frozenset()
    assert question(a, "May", KB).answer == "May"
    other_kb = dataclasses.replace(KB)
    assert question(a, "300 jobs", other_kb) == first and question(a, "300 jobs", other_kb) is not first


def test_a_claim_answering_two_questions_joins_each_with_its_own_answer():
    # NOTE: B states an age and a knockout count; A one, C the other. Joined through B alone, one side
    # listed "32-year / 47 knockouts" against "36-year" (ECB+ topic 07): an age beside a count.
    import dataclasses

    from checker.models import Mention

    def held(c: Claim) -> Claim:
        # NOTE: an age is compared only as one named person's (the parse gives "the 32-year-old Klitschko" its holder)
        qs = tuple(dataclasses.replace(q, holder="klitschko") if q.unit == "year-old" else q for q in c.slots.quantities)
        actors = c.slots.actors + (Mention("klitschko", "Klitschko", "PERSON"),)
        return dataclasses.replace(c, slots=dataclasses.replace(c.slots, quantities=qs, actors=actors))

    claims = (
        held(_claim("A", "The 32-year-old Klitschko won the Corvo title.")),
        held(_claim("B", "The 36-year-old Klitschko won the Corvo title with 51 knockouts.")),
        held(_claim("C", "Klitschko won the Corvo title with 47 knockouts.")),
    )
    findings = judge_clusters([_event(*claims)], JudgeConfig(), KB)
    by_values = sorted(sorted(v for vals in f.values for v in vals) for f in findings)
    assert by_values == [["32-year-old", "36-year-old"], ["47 knockouts", "51 knockouts"]]
    for f in findings:
        assert len(f.claims) == 2 and " / " not in f.message.split(" — ")[0]


def test_a_source_stating_the_other_figure_itself_has_no_quantity_conflict():
    # NOTE: the document states both figures of earnings per share; the summary's $6.86 is one of them
    doc = (_claim("D", "In the third quarter, Capital One earned $6.78 per diluted common share."),
           _claim("D", "Net of this adjusting item, earnings per share in the quarter were $6.86.", 100))
    summary = _claim("S", "Capital One reported earnings per share of $6.86 in the quarter.")
    assert judge_clusters([_event(doc[0], summary)], JudgeConfig(), KB) != ()
    assert judge_clusters([_event(doc[0], summary), _event(doc[1])], JudgeConfig(), KB) == ()
    # ... and either way round: the summary's source stating the document's figure
    other = _claim("S", "Adjusted for one item, it was $6.78.", 100)
    assert judge_clusters([_event(doc[0], summary), _event(other)], JudgeConfig(), KB) == ()
    # a figure only near the other (a bound, a different amount) is no restatement
    near = _claim("D", "Net of this adjusting item, earnings per share in the quarter were above $6.80.", 100)
    assert judge_clusters([_event(doc[0], summary), _event(near)], JudgeConfig(), KB) != ()


def test_a_source_stating_the_other_range_itself_has_no_quantity_conflict():
    # NOTE: the guidance's EPS growth range against the summary's revenue growth range, which the document states too
    eps = _claim("D", "Earnings per share are expected to represent year-over-year growth of 10.2% to 13.5%.")
    revenue = _claim("D", "Revenue is expected to represent growth of 4.8% to 6.6% on a constant-currency basis.", 100)
    summary = _claim("S", "Earnings per share are expected to represent growth of 4.8% to 6.6% on a constant-currency basis.")
    assert [q.high for q in summary.slots.quantities] == [6.6]
    assert judge_clusters([_event(eps, summary)], JudgeConfig(), KB) != ()
    assert judge_clusters([_event(eps, summary), _event(revenue)], JudgeConfig(), KB) == ()
    # another range, or one end only, is no restatement
    wider = _claim("D", "Revenue is expected to represent growth of 4.8% to 7.6% on a constant-currency basis.", 100)
    assert judge_clusters([_event(eps, summary), _event(wider)], JudgeConfig(), KB) != ()


def test_a_source_stating_the_other_running_total_itself_has_no_difference_in_time():
    # NOTE: a week's gifts against the running total: the appeal's own page gives both figures
    week = _claim("D", "Our winter appeal raised £48,000 in the week to 6 May 2026.")
    total = _claim("D", "That brings the total the winter appeal has raised to £310,000.", 100)
    report = _claim("S", "The winter appeal raised £310,000 in 2025.")
    found = judge_clusters([_event(week, report)], JudgeConfig(), KB)
    assert [f.verdict for f in found] == ["temporal-difference"]
    assert judge_clusters([_event(week, report), _event(total)], JudgeConfig(), KB) == ()


def test_a_restatement_is_read_in_claims_no_event_judged_holds():
    # NOTE: an incremental run or one process of a parallel judge sees only some events: the source's other
    # statements come from every claim of the run (``corpus``), so the findings do not depend on what is judged
    doc = (_claim("D", "In the third quarter, Capital One earned $6.78 per diluted common share."),
           _claim("D", "Net of this adjusting item, earnings per share in the quarter were $6.86.", 100))
    summary = _claim("S", "Capital One reported earnings per share of $6.86 in the quarter.")
    assert judge_clusters([_event(doc[0], summary)], JudgeConfig(), KB, corpus=(*doc, summary)) == ()
    assert judge_clusters([_event(doc[0], summary)], JudgeConfig(), KB, corpus=(doc[0], summary)) != ()


def test_a_source_stating_the_other_figure_without_its_noun_has_no_quantity_conflict():
    # NOTE: "Organisers put the number at 20,000": the document states the crowd figure of the other, its noun left out
    police = _claim("D", "Police estimated that about 5,000 people joined the march through Lyon.")
    organisers = _claim("D", "Organisers put the number at 20,000.", 100)
    report = _claim("S", "Organisers said 20,000 people joined the march through Lyon.")
    assert [q.unit for q in organisers.slots.quantities] == [""]
    assert judge_clusters([_event(police, report)], JudgeConfig(), KB) != ()
    assert judge_clusters([_event(police, report), _event(organisers)], JudgeConfig(), KB) == ()
    # another number, or a bare number of another figure, is no restatement
    other = _claim("D", "Organisers put the number at 15,000.", 100)
    assert judge_clusters([_event(police, report), _event(other)], JudgeConfig(), KB) != ()
    # a small bare number is too often something else: "all 10 people" is not restated by a stray "10"
    ten = (_claim("D", "All 25 people sent files to all 25 machines."), _claim("D", "The meeting ran until 10.", 100))
    few = _claim("S", "All 10 people sent files to all 10 machines.")
    assert judge_clusters([_event(ten[0], few), _event(ten[1])], JudgeConfig(), KB) != ()
