"""Tests of eval.folders: loaders, the document-level split, folder writing and folder-level figures."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest

from eval import folders as ef
from eval.folders import CONSISTENT, INCONSISTENT, Item, Outcome


def _summedits(base: Path) -> None:
    (base / "summedits").mkdir(parents=True)
    for domain in ef.SUMMEDITS_DOMAINS:
        rows = []
        for d in range(6):
            doc = f"{domain} document {d}. The plan costs $10 and started in 2020."
            rows.append({"id": f"{domain}_{d}_0", "doc": doc, "summary": "The plan costs $10.", "label": 1,
                         "edit_types": "[]"})
            rows.append({"id": f"{domain}_{d}_1", "doc": doc, "summary": "The plan costs $12.", "label": 0,
                         "edit_types": "['entity']"})
        (base / "summedits" / f"summedits_{domain}.json").write_text(json.dumps(rows), encoding="utf-8")


def _fnc1(base: Path) -> None:
    (base / "fnc1_train").mkdir(parents=True)
    with (base / "fnc1_train" / "train_bodies.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Body ID", "articleBody"])
        w.writerow(["7", "A spider was found.\n\nIt was big."])
        w.writerow(["8", "Nothing happened."])
    with (base / "fnc1_train" / "train_stances.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Headline", "Body ID", "Stance"])
        w.writerow(["Spider found", "7", "agree"])
        w.writerow(["Spider hoax", "7", "disagree"])
        w.writerow(["Unrelated", "8", "unrelated"])
        w.writerow(["Talk about it", "8", "discuss"])
        w.writerow(["Missing body", "99", "agree"])


def _vitaminc(base: Path) -> None:
    path = base / "vitaminc_real" / "vitaminc_real.zip"
    path.parent.mkdir(parents=True)
    rows = [
        {"unique_id": "a_1", "label": "REFUTES", "claim": "It sold under 23.5 million copies .",
         "evidence": "According to the BPI ( British Phonographic Industry ) , it sold 24\ufffdmillion copies .",
         "page": "Westlife"},
        {"unique_id": "a_2", "label": "SUPPORTS", "claim": "It sold 24 million copies .",
         "evidence": "It sold 24 million copies .", "page": "Westlife"},
        {"unique_id": "b_1", "label": "NOT ENOUGH INFO", "claim": "x", "evidence": "y", "page": "Other"},
    ]
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("vitaminc_real/test.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    base = tmp_path / "data"
    _summedits(base)
    _fnc1(base)
    _vitaminc(base)
    return base


def test_folders_summedits_labels_groups_and_files(data_dir: Path) -> None:
    got = list(ef.load("summedits", data_dir))
    assert len(got) == 2 * 6 * len(ef.SUMMEDITS_DOMAINS)
    first, second = got[0], got[1]
    assert (first.gold, second.gold) == (CONSISTENT, INCONSISTENT)
    assert first.group == second.group  # one source document, one group
    assert first.group != got[2].group
    assert [n for n, _ in first.files] == ["document.txt", "summary.txt"]
    assert first.files[1][1] == "The plan costs $10.\n"
    assert second.note == "['entity']" and first.note == ""
    assert first.domain == ef.SUMMEDITS_DOMAINS[0]


def test_folders_fnc1_keeps_agree_and_disagree_only(data_dir: Path) -> None:
    got = list(ef.load("fnc1", data_dir))
    assert [(it.gold, it.group) for it in got] == [(CONSISTENT, "7"), (INCONSISTENT, "7")]
    assert got[0].files == (("headline.txt", "Spider found.\n"), ("body.txt", "A spider was found.\n\nIt was big.\n"))


def test_folders_vitaminc_groups_by_page_and_detokenizes(data_dir: Path) -> None:
    got = list(ef.load("vitaminc", data_dir))
    assert [(it.id, it.gold, it.group) for it in got] == [
        ("vitaminc:a_1", INCONSISTENT, "Westlife"),
        ("vitaminc:a_2", CONSISTENT, "Westlife"),
    ]
    assert got[0].files[0] == ("evidence.txt",
                               "According to the BPI (British Phonographic Industry), it sold 24 million copies.\n")


def test_folders_split_keeps_a_group_in_one_half_and_is_stable(data_dir: Path) -> None:
    everything = list(ef.load("summedits", data_dir))
    halves: dict[str, set[str]] = {}
    for it in everything:
        halves.setdefault(it.group, set()).add(ef.split_of(it))
    assert all(len(v) == 1 for v in halves.values())
    assert {next(iter(v)) for v in halves.values()} == {"dev", "test"}
    dev = ef.items("summedits", "dev", data_dir=data_dir)
    test = ef.items("summedits", "test", data_dir=data_dir)
    assert len(dev) + len(test) == len(everything)
    assert not {i.group for i in dev} & {i.group for i in test}
    # NOTE: the limit samples inside a half; it never moves an item across.
    small = ef.items("summedits", "test", limit=10, data_dir=data_dir)
    assert len(small) == 10 and set(small) <= set(test)
    assert small == ef.items("summedits", "test", limit=10, data_dir=data_dir)


def test_folders_unknown_names_raise(data_dir: Path) -> None:
    with pytest.raises(ValueError):
        list(ef.load("ecb", data_dir))
    with pytest.raises(ValueError):
        ef.items("fnc1", "train", data_dir=data_dir)


def test_folders_write_folder_writes_every_file(tmp_path: Path) -> None:
    it = Item("fnc1:3-7", "fnc1", CONSISTENT, "7", (("headline.txt", "H\n"), ("body.txt", "B\n")))
    folder = ef.write_folder(it, tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == ["body.txt", "headline.txt"]
    assert (folder / "body.txt").read_text(encoding="utf-8") == "B\n"


def _outcome(gold: str, findings=(), candidate=True, domain="") -> Outcome:
    it = Item(f"x:{id(findings)}", "x", gold, "g", (("a.txt", "a"), ("b.txt", "b")), domain=domain)
    return Outcome(it, tuple(findings), candidate, (1, 1), 0.1)


def test_folders_figures_count_contradictions_only_and_balance() -> None:
    outcomes = [
        _outcome(INCONSISTENT, [("CC103", "contradiction", 0.7)]),
        _outcome(INCONSISTENT, [("CC102", "temporal-difference", 0.9)], candidate=False),
        _outcome(CONSISTENT, [("CC101", "contradiction", 0.4)]),
        _outcome(CONSISTENT),
        _outcome(CONSISTENT, [("CC104", "scope-difference", 0.6)]),
        _outcome(CONSISTENT, candidate=False),
    ]
    f = ef.figures(outcomes)
    assert (f.n, f.inconsistent, f.consistent, f.tp, f.fp) == (6, 2, 4, 1, 1)
    assert f.recall == 0.5 and f.false_alarms == 0.25 and f.precision == 0.5
    assert f.balanced_accuracy == pytest.approx((0.5 + 0.75) / 2)
    assert f.any_false_alarms == 0.5
    assert f.candidate_inconsistent == 0.5 and f.candidate_consistent == 0.75
    # a confidence floor removes the weak false alarm
    g = ef.figures(outcomes, min_confidence=0.5)
    assert (g.tp, g.fp, g.false_alarms) == (1, 0, 0.0)
    assert ef.by_rule(outcomes) == {"CC101": (0, 1), "CC103": (1, 0)}


def test_folders_summarize_adds_domains_and_render_names_the_goal() -> None:
    outcomes = [_outcome(INCONSISTENT, domain="podcast"), _outcome(CONSISTENT, domain="samsum")]
    rows = ef.summarize(outcomes)
    assert [r.group for r in rows] == ["all", "domain=podcast", "domain=samsum"]
    text = ef.render("summedits", "test", outcomes)
    assert "balanced accuracy >= 0.70" in text and "domain=samsum" in text


@pytest.mark.slow
def test_folders_evaluate_runs_the_product_on_written_folders(tmp_path: Path) -> None:
    from checker.pipeline import Settings

    chosen = [
        Item("v:1", "vitaminc", INCONSISTENT, "p", (
            ("evidence.txt", "In 2019, the museum had 1,200 employees and a budget of $40 million.\n"),
            ("claim.txt", "In 2019, the museum had 3,500 employees.\n"))),
        Item("v:2", "vitaminc", CONSISTENT, "p", (
            ("evidence.txt", "In 2019, the museum had 1,200 employees and a budget of $40 million.\n"),
            ("claim.txt", "In 2019, the museum had 1,200 employees.\n"))),
    ]
    got = ef.evaluate(chosen, Settings())
    assert [o.item.id for o in got] == ["v:1", "v:2"]
    assert all(o.claims[0] >= 1 and o.claims[1] >= 1 for o in got)
    assert got[0].flagged() and got[0].candidate
    assert not got[1].flagged()
