"""Claim extraction on hand-written pages: chrome, headings, duplicates, atomicity, attribution, context."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.models import Source, source_id
from checker.normalize import normalize
from checker.parse import blocks, parse


def _src(text: str, path: str = "page.txt", date: dt.date | None = None) -> Source:
    return Source(id=source_id(path, text), path=path, text=text, date=date)


def test_parse_blocks_classify_chrome_headings_bullets():
    text = "Share - Facebook\n\nThe Big Merger\n\nAcme bought Zenith for $2 billion on Monday.\n- Staff will keep their jobs.\nBACK TO THE TOP\n"
    kinds = [(b.kind, text[b.start : b.end]) for b in blocks(text)]
    assert kinds == [
        ("chrome", "Share - Facebook"),
        ("heading", "The Big Merger"),
        ("paragraph", "Acme bought Zenith for $2 billion on Monday."),
        ("bullet", "Staff will keep their jobs."),
        ("chrome", "BACK TO THE TOP"),
    ]


def test_parse_blocks_join_hard_wrapped_lines():
    text = "The council approved the new budget after a long\ndebate that lasted until midnight.\nA second vote follows.\n"
    got = [text[b.start : b.end] for b in blocks(text)]
    assert got == ["The council approved the new budget after a long\ndebate that lasted until midnight.", "A second vote follows."]


def _claims(real_parser, text: str, date: dt.date | None = None):
    src = _src(text, date=date)
    per = normalize(parse([src], real_parser), [src])
    return src, per[0]


@pytest.mark.slow
def test_parse_chrome_and_headings_yield_no_claims(real_parser):
    text = (
        "Home / News / World\n\nFlood Hits Riverside\n\nRead original article →\n\n"
        "Copyright 2024 Example Media. All rights reserved.\n\nYour vote is final once cast\n\n"
        "Quality Score: 8/10\n\nRegistration Number: 55512\n"
    )
    _, claims = _claims(real_parser, text)
    assert claims == ()


@pytest.mark.slow
def test_parse_duplicate_paragraph_is_one_claim(real_parser):
    para = "The museum reopened its east wing after a two-year renovation."
    _, claims = _claims(real_parser, f"{para}\n\n{para}\n")
    assert [c.text for c in claims] == [para]


@pytest.mark.slow
def test_parse_splits_coordinated_clauses_keeps_lists(real_parser):
    text = "Orbital denied the request and the ministry confirmed the refusal.\n\nThe firm sells two drones, Kite 2 and Hawk 3, to farmers.\n"
    _, claims = _claims(real_parser, text)
    texts = [c.text for c in claims]
    assert texts[0] == "Orbital denied the request"
    assert texts[1].startswith("the ministry confirmed the refusal")
    assert texts[2] == "The firm sells two drones, Kite 2 and Hawk 3, to farmers."
    assert {p.key for p in claims[2].slots.products} == {"kite 2", "hawk 3"}


@pytest.mark.slow
def test_parse_spans_point_into_source(real_parser):
    text = "Intro line without a verb\n\n  Harbor officials said the port will reopen in June 2025.\n"
    src, claims = _claims(real_parser, text)
    (c,) = claims
    assert src.text[c.start : c.end] == c.text
    assert (c.line, c.column) == (3, 3)
    assert c.end_line == 3


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "attribution", "modality"),
    [
        ("According to Dr. Lena Park, the vaccine cut infections by half.", "Dr. Lena Park", "reported"),
        ("Professor Okafor argues that the bridge is structurally sound.", "Professor Okafor", "reported"),
        ("The strike is likely to spread to other ports next month.", None, "hedged"),
        ("The new line will carry 40,000 passengers a day.", None, "prediction"),
        ("The city should cancel the contract immediately.", None, "opinion"),
        ("The company opened a plant in Ohio in 2021.", None, "fact"),
    ],
)
def test_parse_attribution_and_modality(real_parser, sentence, attribution, modality):
    _, (c,) = _claims(real_parser, sentence + "\n")
    assert c.attribution == attribution
    assert c.modality == modality


@pytest.mark.slow
def test_parse_opinion_page_attributes_claims_to_author(real_parser):
    text = "Opinion\n\nBy Ana Ruiz | Daily Planet | Updated: 2025-02-01\n\nThe tariff plan hurts small exporters.\n\nThe views don't necessarily reflect those of Daily Planet.\n"
    from checker.sources import read_metadata

    meta = read_metadata(text)
    src = Source(id="x", path="op.txt", text=text, author=meta.get("author"))
    (claims,) = normalize(parse([src], real_parser), [src])
    assert [c.attribution for c in claims] == ["Ana Ruiz"]


@pytest.mark.slow
def test_parse_decontextualises_company_models_and_time(real_parser):
    text = (
        "In early March 2025, Northwind Labs refused to license its models, Vela 3 and Orion 2, to Brazilian universities.\n"
        "The company said these models would stay offline for everyone.\n\n"
        "The refusal angered researchers.\n"
    )
    _, claims = _claims(real_parser, text)
    second, third = claims[1], claims[2]
    assert {p.key for p in second.slots.products} == {"vela 3", "orion 2"}
    assert "Northwind Labs" in second.context
    assert [d.text for d in second.slots.context_dates] == ["early March 2025"]
    assert {p.key for p in third.slots.products} == {"vela 3", "orion 2"}
    assert [d.text for d in third.slots.context_dates] == ["early March 2025"]
    assert "refusal" in third.context and "Northwind" in third.context


@pytest.mark.slow
def test_parse_relative_time_resolved_against_publication_date(real_parser):
    _, (c,) = _claims(real_parser, "Officials confirmed the closure this week.\n", date=dt.date(2025, 6, 20))
    (d,) = c.slots.dates
    assert (d.start, d.end, d.precision) == (dt.date(2025, 6, 13), dt.date(2025, 6, 20), "relative")


def test_parse_blocks_photo_caption_with_credit_is_chrome():
    text = "Firefighters work at the scene in Lyon on May 2, 2025. JEAN DUPONT/FOR THE GAZETTE\n\nThe fire burned for six hours.\n"
    assert [b.kind for b in blocks(text)] == ["chrome", "paragraph"]
