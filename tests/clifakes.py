"""A fake pipeline for fast CLI tests: findings from the first line of each document, no models loaded."""

from __future__ import annotations

import itertools
import logging

import pytest

from checker.judge import fingerprint
from checker.models import Claim, Cluster, Finding, Report, Source

__all__ = ["fake_run", "fake_pipeline", "RULES"]

logger = logging.getLogger(__name__)

RULES = (("CC101", "product", "contradiction", "error", 0.9), ("CC104", "target", "scope-difference", "warning", 0.6))
"""(code, slot, verdict, severity, confidence) of the finding made for each consecutive pair of documents."""


def _first_claim(source: Source) -> Claim:
    """The first non-empty line of the document as a claim, with its real line and column."""
    offset = 0
    for number, line in enumerate(source.text.split("\n"), 1):
        stripped = line.strip()
        if stripped:
            column = line.index(stripped) + 1
            start = offset + column - 1
            return Claim(source_id=source.id, path=source.path, start=start, end=start + len(stripped),
                         line=number, column=column, end_line=number, text=stripped)
        offset += len(line) + 1
    raise ValueError(f"{source.path} is empty")


def fake_run(sources, settings=None, backends=None, progress=None, **_kw):  # noqa: ANN001, ANN201
    """Stands in for `checker.pipeline.run`: same signature, deterministic, instant.

    Documents 1+2 yield a CC101 contradiction (confidence 0.9), documents 2+3 a CC104
    scope-difference (0.6); ``settings.judge.min_confidence`` is honoured.
    """
    say = progress or (lambda _m: None)
    say(f"parsing {len(sources)} documents")
    claims = [_first_claim(s) for s in sources]
    say(f"embedding {len(claims)} claims")
    say("judging 1 multi-source events")
    floor = settings.judge.min_confidence if settings is not None else 0.0
    findings = []
    for (a, b), (code, slot, verdict, severity, confidence) in zip(itertools.pairwise(claims), RULES):
        if confidence < floor:
            continue
        findings.append(Finding(
            fingerprint=fingerprint(code, (a, b)), rule=code, kind=slot, verdict=verdict, severity=severity,
            confidence=confidence, message=f"{slot} differs between {a.path} and {b.path}",
            event="restrict · northwind", claims=(a, b), values=((f"value of {a.path}",), (f"value of {b.path}",)),
        ))
    report = Report(
        sources=tuple(sources),
        claim_counts=tuple(1 for _ in sources),
        clusters=(Cluster(id=0, claims=tuple(claims), label="restrict · northwind"),),
        findings=tuple(findings),
    )
    return report, tuple((c,) for c in claims)


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """Replace the real pipeline (and its ~10 s of model loading) with `fake_run` for one test."""
    import checker.pipeline

    monkeypatch.setattr(checker.pipeline, "run", fake_run)
    return fake_run
