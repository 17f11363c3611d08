"""Tests of eval.pages: VitaminC pairs written as two pages of one article, and when the pair met the judge."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from eval import pages as ep

_FACTS = [
    "The band was formed in Sligo in 1998 by five school friends.",
    "Their debut single reached number one in the Irish charts.",
    "The group toured Asia for the first time in the spring of 2001.",
    "A greatest hits album followed after the third studio record.",
    "Two members later left to pursue careers as television presenters.",
    "The band announced a reunion concert at Croke Park stadium.",
]


def _data(base: Path) -> Path:
    rows = [{"unique_id": f"e_{n}", "label": "SUPPORTS", "claim": f"Fact {n} is told again in other words here .",
             "evidence": fact, "page": "Westlife"} for n, fact in enumerate(_FACTS)]
    # NOTE: a revision of the first fact: one group with it, so it never pads the page opposite its twin
    rows.append({"unique_id": "e_rev", "label": "REFUTES", "claim": "The band was formed in Dublin in 1998 .",
                 "evidence": "The band was formed in Sligo in 1999 by five school friends .", "page": "Westlife"})
    path = base / "vitaminc_real" / "vitaminc_real.zip"
    path.parent.mkdir(parents=True)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("vitaminc_real/test.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    return base


def test_pages_pad_each_side_with_other_facts_of_the_article_never_the_same_fact_twice(tmp_path, monkeypatch):
    monkeypatch.setattr(ep, "PER_ARTICLE", 10)
    made = ep.pages("all", None, data_dir=_data(tmp_path))
    assert made and all(p.item.dataset == "pages" for p in made)
    for p in made:
        (name_a, a), (name_b, b) = p.item.files
        assert (name_a, name_b) == ("page-a.txt", "page-b.txt")
        evidence, claim = a[slice(*p.spans[0])], b[slice(*p.spans[1])]
        assert evidence.endswith(".") and claim.endswith(".")
        # NOTE: the two sides are the pair's, and no padding sentence is on both pages
        pads_a = {s for s in _FACTS if s in a and s != evidence}
        pads_b = {s for s in _FACTS if s in b}
        assert pads_a and pads_b and not pads_a & pads_b
        assert evidence not in b
    # NOTE: a fact and its revision are one group: the revision's pair is padded with neither
    rev = next(p for p in made if p.item.id == "vitaminc:e_rev")
    assert "Sligo in 1998" not in rev.item.files[0][1] + rev.item.files[1][1]


def test_pages_need_padding_and_draw_per_article(tmp_path, monkeypatch):
    base = _data(tmp_path)
    assert len(ep.pages("all", None, data_dir=base)) == ep.PER_ARTICLE
    assert len(ep.pages("all", 1, data_dir=base)) == 1
    monkeypatch.setattr(ep, "MIN_PAD", 6)
    assert ep.pages("all", None, data_dir=base) == (), "an article with too few other facts makes no pages"


def test_pages_target_candidate_needs_the_two_spans_in_one_event_or_one_link():
    from checker.models import Claim, Cluster, Report

    def claim(path: str, start: int, end: int) -> Claim:
        return Claim(source_id=path, path=path, start=start, end=end, line=1, column=1, end_line=1, text="x" * (end - start))

    a, a_pad, b = claim("a.txt", 10, 20), claim("a.txt", 30, 40), claim("b.txt", 0, 9)
    spans = ((10, 20), (0, 9))
    together = Report(sources=(), claim_counts=(), clusters=(Cluster(id=0, claims=(a, b), label=""),), findings=())
    padding = Report(sources=(), claim_counts=(), clusters=(Cluster(id=0, claims=(a_pad, b), label=""), Cluster(id=1, claims=(a,), label="")),
                     findings=())
    linked = Report(sources=(), claim_counts=(), clusters=(Cluster(id=0, claims=(a,), label=""), Cluster(id=1, claims=(b,), label="")),
                    findings=(), links=((a, b),))
    assert ep.target_candidate(together, ["a.txt", "b.txt"], spans)
    assert not ep.target_candidate(padding, ["a.txt", "b.txt"], spans), "a padding claim meeting the other side is not the pair"
    assert ep.target_candidate(linked, ["a.txt", "b.txt"], spans)
