"""eval.stories: multi-source FNC-1 story folders, their halves, and the false-alarm / cited-recall figures."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eval.folders import CONSISTENT, INCONSISTENT, Item, Outcome
from eval.stories import _body_half, choose, load_stories, score


def _write_fnc(root: Path, stances: list[tuple[str, str, str]]) -> Path:
    base = root / "fnc1_train"
    base.mkdir(parents=True)
    ids = sorted({b for _, b, _ in stances}, key=int)
    with (base / "train_bodies.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Body ID", "articleBody"])
        w.writerows([(b, f"Body {b} says what it says.") for b in ids])
    with (base / "train_stances.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Headline", "Body ID", "Stance"])
        w.writerows(stances)
    return root


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    rows = []
    for h in range(12):
        for b in range(8):
            body = str(h * 10 + b)
            rows.append((f"Story {h} happened", body, ("agree", "agree", "disagree", "discuss", "unrelated")[b % 5]))
    return _write_fnc(tmp_path, rows)


def test_stories_keep_each_body_in_its_half_and_never_share_one(data: Path):
    halves = {}
    for split in ("dev", "test"):
        bodies = set()
        for it in load_stories(split, data_dir=data):
            for name, text in it.files[1:]:
                body = text.split()[1]
                assert _body_half(body) == split
                bodies.add(body)
        halves[split] = bodies
    assert halves["dev"] and halves["test"] and not halves["dev"] & halves["test"]


def test_a_rebuttal_story_names_its_refuting_body_and_file_names_do_not(data: Path):
    stories = list(load_stories("all", data_dir=data))
    rebut = [s for s in stories if s.gold == INCONSISTENT]
    agree = [s for s in stories if s.gold == CONSISTENT]
    assert rebut and agree
    for s in rebut:
        files = dict(s.files)
        assert s.note in files and s.note.startswith("body-")
        refuting = files[s.note].split()[1]
        assert int(refuting) % 5 == 2  # the fixture's disagree bodies
        assert all(int(t.split()[1]) % 5 in (0, 1) for n, t in s.files[1:] if n != s.note)
        assert 3 <= len(s.files) <= 4 and s.files[0][0] == "headline.txt"
    for s in agree:
        assert s.note == "" and all(int(t.split()[1]) % 5 in (0, 1) for _, t in s.files[1:])
        assert 3 <= len(s.files) <= 4


def test_choose_is_balanced_and_deterministic(data: Path):
    a = choose("all", 3, seed=5, data_dir=data)
    assert [i.id for i in a] == [i.id for i in choose("all", 3, seed=5, data_dir=data)]
    assert sum(i.gold == INCONSISTENT for i in a) == 3 and sum(i.gold == CONSISTENT for i in a) == 3


def _outcome(gold: str, findings: tuple, messages: tuple, note: str = "body-b.txt") -> Outcome:
    item = Item(id="x", dataset="fnc1-stories", gold=gold, group="g", files=(("headline.txt", ""), ("body-a.txt", ""), ("body-b.txt", "")),
                note=note if gold == INCONSISTENT else "")
    return Outcome(item=item, findings=findings, candidate=True, claims=(1, 1, 1), seconds=0.0, messages=messages)


def test_score_counts_false_alarms_per_folder_and_recall_that_cites_the_rebuttal():
    c = ("CC204", "contradiction", 0.8)
    weak = ("CC103", "contradiction", 0.3)
    outs = [
        _outcome(CONSISTENT, (c, weak), ("x (/f/body-a.txt:1) vs y (/f/headline.txt:1)", "z (/f/body-a.txt:2)")),
        _outcome(CONSISTENT, (), ()),
        _outcome(INCONSISTENT, (c,), ("denied (/f/body-b.txt:3) vs asserted (/f/headline.txt:1)",)),
        _outcome(INCONSISTENT, (c,), ("x (/f/body-a.txt:3) vs y (/f/headline.txt:1)",)),  # flagged, rebuttal not quoted
    ]
    fig = score(outs)
    assert fig["false_alarm_folders"] == 0.5 and fig["false_alarms_per_folder"] == 1.0
    assert fig["recall_flagged"] == 1.0 and fig["recall_cites_rebuttal"] == 0.5
    above = score(outs, min_confidence=0.5)
    assert above["false_alarms_per_folder"] == 0.5
