"""Versioned JSON output: the stable contract documented in docs/json-schema.md."""

from __future__ import annotations

import json

from checker.models import Claim, Finding, Report

__all__ = ["JsonReporter", "SCHEMA_VERSION", "to_dict"]

SCHEMA_VERSION = 1


def _claim(c: Claim, values: tuple[str, ...]) -> dict:
    return {
        "path": c.path,
        "line": c.line,
        "column": c.column,
        "end_line": c.end_line,
        "text": c.text,
        "values": list(values),
    }


def _finding(f: Finding) -> dict:
    d = {
        "fingerprint": f.fingerprint,
        "rule": f.rule,
        "kind": f.kind,
        "verdict": f.verdict,
        "severity": f.severity,
        "confidence": f.confidence,
        "message": f.message,
        "event": f.event,
        "claims": [_claim(c, v) for c, v in zip(f.claims, f.values)],
    }
    if f.sides:
        for claim, side in zip(d["claims"], f.sides):
            claim["side"] = side
    for claim, judged in zip(d["claims"], f.compared):
        if judged is not None:
            # NOTE: the claim the judge read, references resolved, where it is not the one cited
            claim["compared"] = {"line": judged.line, "column": judged.column, "text": judged.context or judged.text}
    if f.acknowledged:
        d["acknowledged"] = f.acknowledged
    return d


def to_dict(report: Report) -> dict:
    """The report as plain JSON-able data."""
    out = {
        "schema_version": SCHEMA_VERSION,
        "documents": [
            {"path": s.path, "title": s.title, "date": s.date.isoformat() if s.date else None, "claims": n}
            for s, n in zip(report.sources, report.claim_counts)
        ],
        "findings": [_finding(f) for f in report.findings],
        "summary": {
            "documents": len(report.sources),
            "claims": report.claims,
            "events": len(report.clusters),
            "findings": len(report.findings),
        },
    }
    if report.acknowledged:
        out["acknowledged"] = [_finding(f) for f in report.acknowledged]
        out["summary"]["acknowledged"] = len(report.acknowledged)
    if report.stale:
        out["stale"] = list(report.stale)
    if report.skipped:
        out["skipped"] = [{"path": s.path, "code": s.code, "reason": s.reason} for s in report.skipped]
        out["summary"]["skipped"] = len(report.skipped)
    return out


class JsonReporter:
    """One JSON object, keys in contract order, UTF-8 kept readable."""

    def render(self, report: Report) -> str:
        """The JSON document followed by a newline."""
        return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"
