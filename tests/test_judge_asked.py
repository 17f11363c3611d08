"""Two claims asking one question in other words compare their answers (`checker.judge.align.QUESTION_SIMILARITY`)."""

from __future__ import annotations

import numpy as np
import pytest

from checker.backends.fake import HashEmbedder
from checker.judge import JudgeConfig, judge_clusters, judge_pair
from checker.judge import align as al
from checker.knowledge import load_knowledge
from checker.models import Claim, Cluster
from checker.normalize import claim_slots
from checker.normalize.entities import ProductLexicon

KB = load_knowledge()
HIGH = al.QUESTION_SIMILARITY + 0.05
LOW = al.QUESTION_SIMILARITY - 0.05


def _claim(sid: str, text: str) -> Claim:
    # NOTE: no tokens, as the pipeline gives the judge
    lex = ProductLexicon()
    lex.add_text(text)
    return Claim(sid, f"{sid}.md", 0, len(text), 1, 1, 1, text, slots=claim_slots(text, (), KB, lex, None))


TALL = _claim("A", "The tower is 300 metres tall, about the same height as an 81-storey building.")
RISES = _claim("B", "Completed in 1889, the tower rises 1,063 feet above Paris and weighs about 7,300 tons.")


def test_judge_asked_a_like_question_stands_in_for_shared_words():
    # NOTE: one attribute word shared ("tower"), too few of the rest
    refused = al.align(TALL, "300 metres", RISES, "1,063 feet", KB)
    assert not refused.aligned and refused.attribute > 0 and "masked" in refused.why
    assert not al.align(TALL, "300 metres", RISES, "1,063 feet", KB, question_similarity=LOW).aligned
    alike = al.align(TALL, "300 metres", RISES, "1,063 feet", KB, question_similarity=HIGH)
    assert alike.aligned and alike.question_similarity == round(HIGH, 3)
    # NOTE: it stands in for the claims' sentence similarity too, which the rest of a sentence pulls down
    assert al.align(TALL, "300 metres", RISES, "1,063 feet", KB, similarity=0.2, question_similarity=HIGH).aligned
    assert not al.align(TALL, "300 metres", RISES, "1,063 feet", KB, similarity=0.2).aligned
    with al.asking(HIGH):
        assert al.align(TALL, "300 metres", RISES, "1,063 feet", KB).aligned
    assert not al.align(TALL, "300 metres", RISES, "1,063 feet", KB).aligned, "the context ends with the block"


def test_judge_asked_still_needs_a_word_next_to_both_answers():
    # NOTE: "49 points" this season and "41 points" last season: alike questions, no attribute word in common
    now = _claim("A", "The Hawks have won 11 of their 13 games and lead the table with 49 points.")
    then = _claim("B", "The Hawks finished last season in fifth place with 41 points.")
    apart = al.align(now, "49 points", then, "41 points", KB, question_similarity=0.99)
    assert not apart.aligned and "no shared attribute" in apart.why


def test_judge_asked_leaves_the_subject_and_qualifier_checks_as_they_were():
    basic, premium = _claim("A", "The Basic plan costs $9.99 a month."), _claim("B", "The Premium plan costs $19.99 a month.")
    tiers = al.align(basic, "$9.99", premium, "$19.99", KB, question_similarity=0.99)
    assert not tiers.aligned and "qualifiers" in tiers.why
    smith, jones = _claim("A", "The tower of Smith is 300 metres tall."), _claim("B", "The tower of Jones is 1,063 feet tall.")
    assert not al.align(smith, "300 metres", jones, "1,063 feet", KB, question_similarity=0.99).aligned


def test_judge_asked_judge_pair_gives_its_rules_the_question_cosine():
    assert judge_pair(TALL, RISES, KB) == []
    assert judge_pair(TALL, RISES, KB, question_similarity=LOW) == []
    (v,) = judge_pair(TALL, RISES, KB, question_similarity=HIGH)
    assert v.code == "CC103" and v.values == (("300 metres",), ("1,063 feet",))


def _unit(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_judge_asked_judge_clusters_reads_questions_and_keys_its_memo_by_them():
    event = Cluster(0, (TALL, RISES), "tower")
    alike = {TALL.id: _unit(1, 0), RISES.id: _unit(1, 0.1)}
    apart = {TALL.id: _unit(1, 0), RISES.id: _unit(0, 1)}
    assert judge_clusters([event], JudgeConfig(), KB) == ()
    assert judge_clusters([event], JudgeConfig(), KB, questions=apart) == ()
    (f,) = judge_clusters([event], JudgeConfig(), KB, questions=alike)
    assert f.rule == "CC103"
    # NOTE: an incremental run reuses an event's verdicts only when its claims had questions then as now
    seen: dict = {}
    assert judge_clusters([event], JudgeConfig(), KB, seen=seen) == ()
    assert len(judge_clusters([event], JudgeConfig(), KB, known=seen, questions=alike)) == 1


class _Asked(HashEmbedder):
    """Hash vectors, but every text in ``same`` gets the first one's: questions asked in other words."""

    def __init__(self, *same: str) -> None:
        super().__init__()
        self.same = same

    def embed(self, texts):  # noqa: ANN001, ANN201
        out = super().embed(texts)
        for i, t in enumerate(texts):
            if t in self.same:
                out[i] = super().embed([self.same[0]])[0]
        return out


def test_judge_asked_check_on_files_compares_answers_to_one_question_in_other_words(tmp_path):
    from checker.pipeline import Backends, Settings, run
    from test_cache import CountingEngine, _docs

    docs = {"a.txt": "The old tower is 300 metres tall.\n", "b.txt": "It rises 1,063 feet above the old city.\n"}
    sources = _docs(tmp_path / "docs", **docs)

    def messages(embedder: HashEmbedder) -> list[str]:
        report, _ = run(sources, Settings(), Backends(embedder=embedder, parser=object()), engine=CountingEngine())  # type: ignore[arg-type]
        return [f.message for f in report.findings]

    assert messages(HashEmbedder()) == []
    (message,) = messages(_Asked("old tower tall", "rise above old city"))
    assert "300 metres" in message and "1,063 feet" in message


_STORM_A = """Hurricane Odile makes landfall in Texas as Category 3 storm

Hurricane Odile came ashore near Port Lavaca, Texas, early on Thursday with maximum sustained winds of 130 mph (210 km/h), the National Hurricane Center said.

More than 400,000 homes and businesses lost power across Texas and Oklahoma. Governor Dan Ortiz said two people had died, one of them when a tree fell on a car in Victoria.
"""
_STORM_B = """Odile weakens after pounding Gulf Coast

Odile, which made landfall on Thursday as a Category 3 hurricane with 110 mph winds, weakened to a tropical storm by Friday morning as it moved over Oklahoma.

Utility trackers showed about 380,000 customers without electricity on Friday, down from a peak of 430,000. At least three deaths were blamed on the storm.
"""


@pytest.mark.slow
def test_judge_asked_check_cli_finds_a_speed_asked_in_other_words(tmp_path):
    # NOTE: real parse and embeddings, as `check` runs: the two speeds are one kind of answer (a question candidate
    # across events), and their questions align in meaning though the claims share few masked words (0.15)
    import json

    from typer.testing import CliRunner

    from checker.cli import app

    (tmp_path / "a.txt").write_text(_STORM_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(_STORM_B, encoding="utf-8")
    result = CliRunner().invoke(app, [str(tmp_path), "-q", "-f", "json", "--exit-zero", "--cache-dir", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    found = [sorted(v for c in f["claims"] for v in c["values"]) for f in json.loads(result.stdout)["findings"] if f["rule"] == "CC103"]
    assert found == [["110 mph", "130 mph"]]


def test_judge_asked_a_question_cosine_at_the_floor_itself_is_one_question():
    assert al.align(TALL, "300 metres", RISES, "1,063 feet", KB, question_similarity=al.QUESTION_SIMILARITY).aligned
