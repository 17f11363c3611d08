"""Tests of eval.pairs: loaders, label mapping, stratified sampling, family tagger, scoring."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from eval import pairs as ep
from eval.pairs import CONSISTENT, CONTRADICTION, Pair

_STANFORD_XML = """<?xml version="1.0" encoding="UTF-8" ?>
<entailment-corpus>
<pair id="15" contradiction="YES">
<t>A worker was killed
   in El Jicote.</t>
<h>No worker was killed.</h>
</pair>
<pair id="16" contradiction="NO">
<t>Derek Plumbly is the British ambassador to Egypt.</t>
<h>Derek Plumbly works in Egypt.</h>
</pair>
<pair id="15" task="QA" contradiction="NO">
<t>Jacques Delors led the commission.</t>
<h>Jacques Delors did not lead the army.</h>
</pair>
<pair id="001" contradiction="YES" type="negation">
<t>Tariq Aziz was not in the inner circle.</t>
<h>Tariq Aziz was in the inner circle.</h>
</pair>
</entailment-corpus>
"""


def _vitaminc_rows() -> list[dict[str, str]]:
    return [
        {"unique_id": "a_1", "label": "REFUTES", "claim": "It sold under 23.5 million copies .",
         "evidence": "It sold more than 24 million copies ."},
        {"unique_id": "a_2", "label": "SUPPORTS", "claim": "He was born in 1962 .",
         "evidence": "He was born on 26 September 1962 ."},
        {"unique_id": "a_3", "label": "NOT ENOUGH INFO", "claim": "It rained .",
         "evidence": "The sun shone ."},
        {"unique_id": "a_4", "label": "REFUTES", "claim": "The film was a failure .",
         "evidence": "The film was a  blockbuster ."},
    ]


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    stanford = tmp_path / ep.STANFORD_FILE
    stanford.parent.mkdir(parents=True)
    stanford.write_text(_STANFORD_XML, encoding="utf-8")
    vitaminc = tmp_path / ep.VITAMINC_FILE
    vitaminc.parent.mkdir(parents=True)
    with zipfile.ZipFile(vitaminc, "w") as zf:
        zf.writestr("vitaminc_real/README.txt", "not data")
        zf.writestr("vitaminc_real/test.jsonl",
                    "\n".join(json.dumps(r) for r in _vitaminc_rows()) + "\n")
    return tmp_path


def _pairs(n_contra: int, n_cons: int) -> list[Pair]:
    out = [Pair(f"x:c{i}", "x", "a", "b", CONTRADICTION) for i in range(n_contra)]
    out += [Pair(f"x:s{i}", "x", "a", "b", CONSISTENT) for i in range(n_cons)]
    # NOTE: interleave so "kept in input order" is distinguishable from "grouped by label".
    return sorted(out, key=lambda p: (int(p.id[3:]), p.id))


def test_pairs_stanford_label_mapping_and_ids(data_dir: Path) -> None:
    got = list(ep.load("stanford", data_dir))
    assert [(p.id, p.gold, p.family) for p in got] == [
        ("stanford:15", CONTRADICTION, "rte"),
        ("stanford:16", CONSISTENT, "rte"),
        ("stanford:QA-15", CONSISTENT, "rte"),
        ("stanford:reallife-001", CONTRADICTION, "reallife"),
    ]
    assert got[0].text_a == "A worker was killed in El Jicote."
    assert got[0].text_b == "No worker was killed."
    assert {p.dataset for p in got} == {"stanford"}


def test_pairs_vitaminc_label_mapping_skips_nei(data_dir: Path) -> None:
    got = list(ep.load("vitaminc", data_dir))
    assert [(p.id, p.gold) for p in got] == [
        ("vitaminc:a_1", CONTRADICTION),
        ("vitaminc:a_2", CONSISTENT),
        ("vitaminc:a_4", CONTRADICTION),
    ]
    assert got[0].text_a.startswith("It sold more than 24")  # evidence first
    assert got[0].text_b.startswith("It sold under 23.5")
    assert got[2].text_a == "The film was a blockbuster ."  # whitespace collapsed
    # NOTE: "26 September 1962" vs "1962" differ in granularity, which is a date difference.
    assert [p.family for p in got] == ["number", "date", "other"]


def test_pairs_unknown_dataset_raises(data_dir: Path) -> None:
    with pytest.raises(ValueError):
        ep.load("ecb", data_dir)


def test_pairs_pair_is_frozen() -> None:
    p = Pair("x:1", "x", "a", "b", CONSISTENT)
    with pytest.raises(AttributeError):
        p.gold = CONTRADICTION  # type: ignore[misc]


@pytest.mark.parametrize(
    ("a", "b", "family"),
    [
        ("He was born in 1990 .", "He was born in 1991 .", "date"),
        ("It opened on 3 May 2010 .", "It opened on 4 May 2010 .", "date"),
        ("It opened in March .", "It opened in April .", "date"),
        ("It has 15,000 members .", "It has fewer than 14,000 members .", "number"),
        ("Sales rose 23.5 % in 2010 .", "Sales rose 24 % in 2010 .", "number"),
        ("It had 3,200 staff in 2010 .", "It had 3200 staff in 2010 .", "other"),
        ("It may open with 3 rooms .", "It may open with 3 rooms .", "other"),
        ("It was a blockbuster .", "It was a failure .", "other"),
        ("There were 80 cases .", "There were many cases .", "other"),
        ("It was founded in 1999 .", "It was founded in the nineties .", "other"),
    ],
)
def test_pairs_family_tagger(a: str, b: str, family: str) -> None:
    assert ep.tag_family(a, b) == family


def test_pairs_sample_is_stratified_by_label() -> None:
    pairs = _pairs(30, 70)
    got = ep.sample(pairs, 10, seed=1)
    assert len(got) == 10
    assert Counter(p.gold for p in got) == {CONTRADICTION: 3, CONSISTENT: 7}
    # largest remainder: 11 of (1 : 2) -> 3.67 / 7.33 -> 4 / 7
    got = ep.sample(_pairs(10, 20), 11, seed=1)
    assert Counter(p.gold for p in got) == {CONTRADICTION: 4, CONSISTENT: 7}


def test_pairs_sample_is_deterministic_and_ordered() -> None:
    pairs = _pairs(30, 70)
    first = ep.sample(pairs, 20, seed=5)
    assert first == ep.sample(list(reversed(pairs))[::-1], 20, seed=5)
    assert [pairs.index(p) for p in first] == sorted(pairs.index(p) for p in first)
    assert first != ep.sample(pairs, 20, seed=6)


def test_pairs_sample_without_limit_keeps_everything() -> None:
    pairs = _pairs(3, 4)
    assert ep.sample(pairs, None) == tuple(pairs)
    assert ep.sample(pairs, 100) == tuple(pairs)
    assert ep.sample(pairs, 0) == ()


def test_pairs_baseline_judge_flags_one_sided_negation() -> None:
    got = ep.baseline_judge([
        ("It was killed.", "It was not killed."),
        ("It wasn't sold.", "It was never sold."),
        ("It sold.", "It sold."),
    ])
    assert got[0] is not None and got[0].verdict == CONTRADICTION
    assert got[0].values == ((), ("not",))
    assert got[1] is None and got[2] is None


def test_pairs_figures_strict_and_any_variants() -> None:
    from checker.models import Verdict

    def v(verdict: str, slot: str = "quantity") -> Verdict:
        return Verdict("CC101", verdict, 0.9, slot, ((), ()), "r")

    scored = [
        ep.Scored(Pair("x:1", "x", "a", "b", CONTRADICTION), v(CONTRADICTION)),
        ep.Scored(Pair("x:2", "x", "a", "b", CONSISTENT), v(CONTRADICTION, "date")),
        ep.Scored(Pair("x:3", "x", "a", "b", CONTRADICTION), v("scope-difference")),
        ep.Scored(Pair("x:4", "x", "a", "b", CONSISTENT), None),
    ]
    rows = {r.group: r for r in ep.summarize(scored)}
    all_ = rows["all"]
    assert (all_.n, all_.gold, all_.decided, all_.flagged, all_.tp, all_.fp, all_.fn) == (
        4, 2, 3, 2, 1, 1, 1)
    assert all_.coverage == 0.75
    assert all_.precision == 0.5 and all_.recall == 0.5
    assert all_.any_precision == pytest.approx(2 / 3) and all_.any_recall == 1.0
    assert rows["slot=quantity"].precision == 1.0
    assert rows["slot=date"].precision == 0.0
    assert rows["code=CC101"].flagged == 2


def test_pairs_main_runs_baseline_end_to_end(data_dir: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    code = ep.main(["--baseline", "--data-dir", str(data_dir), "--json", str(out), "--errors", "1"])
    assert code == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["schema_version"] == ep.SCHEMA_VERSION
    assert payload["datasets"]["stanford"]["evaluated"] == 4
    assert payload["datasets"]["vitaminc"]["labels"] == {CONTRADICTION: 2, CONSISTENT: 1}
    assert "goal: precision" in capsys.readouterr().out


def test_pairs_main_reports_missing_judge(data_dir: Path) -> None:
    assert ep.main(["--judge", "no_such_module_xyz:judge", "--data-dir", str(data_dir)]) == 2
