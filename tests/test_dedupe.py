"""One conflict, one finding across events (checker.judge.dedupe): what merges, what never does, and
the same report whichever way the run got its findings (one process, two, incremental, no cache)."""

from __future__ import annotations

import random

import pytest

import checker.judge.dedupe as dedupe
import checker.pipeline as pipeline
from checker.backends.fake import HashEmbedder
from checker.cache import Cache
from checker.incremental import ordered
from checker.judge import JudgeConfig, judge_clusters
from checker.knowledge import load_knowledge
from checker.match import MatchConfig
from checker.models import Claim, Cluster
from checker.normalize import claim_slots
from checker.normalize.entities import ProductLexicon
from checker.pipeline import Backends, Settings, run
from checker.reporters.json import JsonReporter
from test_cache import CountingEngine, _docs

KB = load_knowledge()


def _claim(sid: str, text: str, start: int = 0) -> Claim:
    lex = ProductLexicon()
    lex.add_text(text)
    slots = claim_slots(text, (), KB, lex, None)
    return Claim(sid, f"{sid}.md", start, start + len(text), 1 + start // 100, 1, 1 + start // 100, text, slots=slots)


def _judged(*events: tuple[Claim, ...]):  # noqa: ANN202
    return judge_clusters([Cluster(i, cs, f"event {i}") for i, cs in enumerate(events)], JudgeConfig(), KB)


# --- what merges ------------------------------------------------------------------------------

_LEADS = (_claim("A", "The Corvo festival sold 5,000 tickets."), _claim("B", "The Corvo festival sold 12,000 tickets."))
_BODIES = (
    _claim("A", "The Corvo festival sold 5,000 tickets in all, organisers said.", 100),
    _claim("B", "Organisers said the Corvo festival sold 12,000 tickets.", 100),
)


def test_dedupe_one_conflict_split_over_two_events_is_the_one_event_finding():
    split = _judged(_LEADS, _BODIES)
    assert len(split) == 2 and len({f.fingerprint for f in split}) == 1  # NOTE: the judge reports it twice
    [merged] = dedupe.merge(split, KB)
    [whole] = _judged(_LEADS + _BODIES)
    # NOTE: the fingerprint is the one a single event gives, so a saved decision keeps matching.
    assert merged.fingerprint == whole.fingerprint
    assert sorted(c.id for c in merged.claims) == sorted(c.id for c in whole.claims)
    assert sorted(merged.sides) == [0, 0, 1, 1]
    assert {c.source_id for c, s in zip(merged.claims, merged.sides) if s == 0} != {c.source_id for c, s in zip(merged.claims, merged.sides) if s == 1}
    assert "5,000 tickets" in merged.message and "12,000 tickets" in merged.message


def test_dedupe_merge_does_not_depend_on_the_order_of_findings():
    third = (_claim("B", "The Corvo festival sold 12,000 tickets, police said.", 200), _claim("A", "The Corvo festival sold 5,000 tickets, it said.", 300))
    findings = list(_judged(_LEADS, _BODIES, third))
    once = dedupe.merge(findings, KB)
    for seed in range(5):
        random.Random(seed).shuffle(findings)
        assert dedupe.merge(findings, KB) == once
    assert len(findings) == 3 and len(once) == 1 and len(once[0].claims) == 6


# --- what never merges --------------------------------------------------------------------------


def test_dedupe_same_values_of_different_questions_stay_apart():
    # NOTE: the same two documents give the same two dates to two different questions (a festival's
    # opening and a mayor's hiring): same rule, same values, same sources; only the questions differ.
    # If the merge stopped requiring aligned questions, these two would become one finding.
    opening = (_claim("A", "The Corvo festival opened in March 2025."), _claim("B", "The Corvo festival opened in May 2024."))
    hiring = (_claim("A", "The police hired twenty officers in March 2025.", 100), _claim("B", "The police hired twenty officers in May 2024.", 100))
    findings = _judged(opening, hiring)
    assert len(findings) == 2 and len({f.fingerprint for f in findings}) == 1 and {f.rule for f in findings} == {"CC102"}
    assert len(dedupe.merge(findings, KB)) == 2


def test_dedupe_same_values_from_other_documents_stay_apart():
    # NOTE: two firms' releases on the same two dates, told by four different documents.
    north = (_claim("N1", "Northwind Labs released Vela 3 in March 2025."), _claim("N2", "Northwind Labs released Vela 3 in May 2024."))
    contoso = (_claim("C1", "Contoso Labs released Vela 3 in March 2025."), _claim("C2", "Contoso Labs released Vela 3 in May 2024."))
    findings = _judged(north, contoso)
    assert len(findings) == 2 and len({f.fingerprint for f in findings}) == 1
    assert len(dedupe.merge(findings, KB)) == 2


def test_dedupe_same_question_with_other_answers_stays_apart():
    other = (_claim("A", "The Corvo festival sold 5,000 tickets in all, organisers said.", 100),
             _claim("B", "Organisers said the Corvo festival sold 9,000 tickets.", 100))
    findings = _judged(_LEADS, other)
    assert len(findings) == 2 and len({f.fingerprint for f in findings}) == 2
    assert len(dedupe.merge(findings, KB)) == 2


def test_dedupe_requires_aligned_questions(monkeypatch):
    # NOTE: the alignment the merge asks is the judge's own (checker.judge.align.align): with it
    # answering "never aligned", a conflict split over two events of the same claims' documents stays two.
    from checker.judge import align as align_mod

    split = _judged(_LEADS, _BODIES)
    assert len(dedupe.merge(split, KB)) == 1
    real = align_mod.align
    monkeypatch.setattr(align_mod, "align", lambda *a, **k: real(*a, **k).__class__(**{**_fields(real(*a, **k)), "aligned": False}))
    assert len(dedupe.merge(split, KB)) == 2


def _fields(al):  # noqa: ANN001, ANN202
    return {k: getattr(al, k) for k in al.__slots__}


# --- the same report on every path ----------------------------------------------------------------

_FIRMS = ["Northwind", "Contoso", "Fabrikam", "Tailspin"]


def _corpus() -> dict[str, str]:
    # NOTE: each firm's two documents disagree on one date, stated twice in each (lead and body); the
    # four firms share the two dates. Matched finely, each disagreement reaches the judge from two events.
    return {
        f"{firm.lower()}_{d}.txt": f"{firm} Labs released Vela {k + 2} in {['March 2025', 'May 2024'][d]}.\n"
        "Analysts expect rival products from larger companies soon.\n"
        f"In {['March 2025', 'May 2024'][d]} {firm} Labs released its Vela {k + 2} model to customers, a spokesperson said on Monday.\n"
        for k, firm in enumerate(_FIRMS)
        for d in range(2)
    }


def _settings(cache: bool = False) -> Settings:
    # NOTE: the hand-weighted score at near-1 thresholds: every sentence its own event, conflicts meet through links.
    return Settings(cache=cache, match=MatchConfig(neighbors=3, learned=0, link_threshold=0.99, average_threshold=0.99, links_per_claim=2))


def _backends() -> Backends:
    return Backends(embedder=HashEmbedder(), parser=object())


def _render(report) -> str:  # noqa: ANN001
    return JsonReporter().render(report)


@pytest.fixture
def merged(monkeypatch):
    """Records (findings in, findings out) of every merge the pipeline runs."""
    seen: list[tuple[int, int]] = []
    real = pipeline.merge_findings

    def spy(raw, *a, **k):  # noqa: ANN001, ANN202
        out = real(raw, *a, **k)
        seen.append((len(raw), len(out)))
        return out

    monkeypatch.setattr(pipeline, "merge_findings", spy)
    return seen


def test_dedupe_pipeline_merges_split_conflicts_and_keeps_the_firms_apart(tmp_path, merged):
    report, _ = run(_docs(tmp_path / "docs", **_corpus()), _settings(), _backends(), engine=CountingEngine())  # type: ignore[arg-type]
    assert merged == [(8, 4)]
    assert sorted(sorted({c.path.rsplit("/", 1)[-1].split("_")[0] for c in f.claims}) for f in report.findings) == [[f.lower()] for f in sorted(_FIRMS)]
    assert all(len(f.claims) == 4 for f in report.findings)


def _judge_in_two_processes(clusters, cfg, kb, model_judge=None, vectors=None, questions=None, corpus=()):  # noqa: ANN001, ANN202
    """The events judged in two halves, the second in a forked process, the sorted lists merged (as a
    two-process judge does): a conflict split over the two halves is judged apart."""
    import multiprocessing as mp

    cut = len(clusters) // 2
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)

    def part() -> None:
        send.send(judge_clusters(clusters[cut:], cfg, kb, None, vectors=vectors, questions=questions, corpus=corpus))
        send.close()

    proc = ctx.Process(target=part, daemon=True)
    proc.start()
    first = judge_clusters(clusters[:cut], cfg, kb, None, vectors=vectors, questions=questions, corpus=corpus)
    second = recv.recv()
    proc.join()
    return ordered((*first, *second))


def test_dedupe_two_process_judge_gives_the_one_process_report_byte_for_byte(tmp_path, monkeypatch, merged):
    sources = _docs(tmp_path / "docs", **_corpus())
    one, _ = run(sources, _settings(), _backends(), engine=CountingEngine())  # type: ignore[arg-type]
    monkeypatch.setattr(pipeline, "judge_clusters", _judge_in_two_processes)
    two, _ = run(sources, _settings(), _backends(), engine=CountingEngine())  # type: ignore[arg-type]
    assert merged[0] == merged[1] == (8, 4)
    assert _render(two) == _render(one)


def test_dedupe_incremental_run_gives_the_full_run_report_byte_for_byte(tmp_path, merged):
    files = _corpus()
    sources = _docs(tmp_path / "docs", **files)

    def cached(srcs, where):  # noqa: ANN001, ANN202
        c = Cache(where)
        try:
            return run(srcs, _settings(cache=True), _backends(), cache=c, engine=CountingEngine())[0]  # type: ignore[arg-type]
        finally:
            c.close()

    cached(sources, tmp_path / "cache")
    changed = dict(files)
    changed["tailspin_1.txt"] += "Tailspin Labs released Vela 5 in May 2024, its chief executive said again.\n"
    sources = _docs(tmp_path / "docs", **changed)
    incremental = cached(sources, tmp_path / "cache")
    full = cached(sources, tmp_path / "fresh")
    assert merged[1][0] > merged[1][1]  # NOTE: the incremental run had split conflicts to merge
    assert _render(incremental) == _render(full)


def test_dedupe_no_cache_gives_the_cached_reports_byte_for_byte(tmp_path, merged):
    sources = _docs(tmp_path / "docs", **_corpus())
    plain, _ = run(sources, _settings(cache=False), _backends(), engine=CountingEngine())  # type: ignore[arg-type]
    reports = []
    for _ in range(2):  # NOTE: cold, then warm (the snapshot reused whole)
        c = Cache(tmp_path / "cache")
        try:
            reports.append(run(sources, _settings(cache=True), _backends(), cache=c, engine=CountingEngine())[0])  # type: ignore[arg-type]
        finally:
            c.close()
    assert all(m == (8, 4) for m in merged)
    assert _render(reports[0]) == _render(reports[1]) == _render(plain)
