"""The claim ledger writes each claim's slots as data a reader (and a diff) can follow."""

from __future__ import annotations

import datetime as dt

from checker.knowledge import load_knowledge
from checker.ledger import ledger_dict
from checker.models import Claim, Source, source_id
from checker.normalize import claim_slots
from checker.normalize.entities import ProductLexicon


def _ledger(text: str) -> dict:
    src = Source(id=source_id("a.txt", text), path="a.txt", text=text)
    c = Claim(source_id=src.id, path="a.txt", start=0, end=len(text), line=1, column=1, end_line=1, text=text, context=text,
              slots=claim_slots(text, (), load_knowledge(), ProductLexicon()))
    return ledger_dict(src, [c])


def test_ledger_writes_a_day_without_a_year_as_iso_8601_does():
    (claim,) = _ledger("The treaty was signed on March 3.")["claims"]
    assert claim["slots"]["dates"] == [{"text": "March 3", "start": "--03-03", "end": "--03-03", "precision": "month-day"}]
    (dated,) = _ledger("The treaty was signed on March 3, 2025.")["claims"]
    assert dated["slots"]["dates"][0]["start"] == dt.date(2025, 3, 3).isoformat()
