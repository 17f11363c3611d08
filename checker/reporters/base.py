"""The reporter interface (a report in, a string out; the CLI owns the stream) and what every format shares."""

from __future__ import annotations

from typing import Iterable, Protocol, Sequence

from checker.models import Claim, Finding, Report

__all__ = ["Reporter", "SEVERITY_ORDER", "by_severity", "title", "sides", "short_fingerprints", "SHORT"]

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
"""Most severe first."""

SHORT = 8
"""Characters of a fingerprint shown in the terminal and accepted by `check review` (longer when ambiguous)."""


class Reporter(Protocol):
    """Renders a whole report as text."""

    def render(self, report: Report) -> str:
        """The complete output."""


def by_severity(findings: Iterable[Finding]) -> list[Finding]:
    """Findings most severe first, then most confident; otherwise in the report's order."""
    return sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), -f.confidence))


def title(finding: Finding) -> str:
    """``CC101 product conflict``, ``CC104 target scope-difference``."""
    word = "conflict" if finding.verdict == "contradiction" else finding.verdict
    return f"{finding.rule} {finding.kind} {word}"


def sides(finding: Finding) -> list[tuple[str, list[Claim]]]:
    """The versions of the slot: (values as shown, the claims stating them), primary side first.

    With `Finding.sides` a version is a side of the disagreement (its value sets joined by " / ");
    without, each distinct value set is one version.
    """
    groups: dict[object, list[tuple[Claim, tuple[str, ...]]]] = {}
    keys = finding.sides if finding.sides else tuple(tuple(v) for v in finding.values)
    for claim, values, key in zip(finding.claims, finding.values, keys):
        groups.setdefault(key, []).append((claim, tuple(values)))
    out = []
    for members in groups.values():
        shown = " / ".join(dict.fromkeys(", ".join(v) for _, v in members if v)) or "—"
        out.append((shown, [c for c, _ in members]))
    return out


def short_fingerprints(fingerprints: Sequence[str], length: int = SHORT) -> dict[str, str]:
    """Fingerprint -> its shortest prefix of at least ``length`` characters that no other one shares."""
    out = {}
    distinct = sorted(set(fingerprints))
    for fp in distinct:
        n = length
        while n < len(fp) and any(o != fp and o.startswith(fp[:n]) for o in distinct):
            n += 1
        out[fp] = fp[:n]
    return out


def report_fingerprints(report: Report) -> dict[str, str]:
    """Short forms of every fingerprint a report shows (open, acknowledged, stale)."""
    return short_fingerprints([f.fingerprint for f in report.findings + report.acknowledged] + list(report.stale))
