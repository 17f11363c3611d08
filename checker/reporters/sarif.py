"""SARIF 2.1.0 output for GitHub code scanning: rules table, levels, locations, fingerprints."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from checker.errors import Skips
from checker.models import Claim, Finding, Report

__all__ = ["SarifReporter", "SARIF_SCHEMA_URI", "SARIF_VERSION", "FINGERPRINT_KEY", "sarif_uri"]

logger = logging.getLogger(__name__)

SARIF_VERSION = "2.1.0"
"""The SARIF version written in every log."""

SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
"""The official OASIS schema the log conforms to (the same file ships in tests/reporters/schemas)."""

FINGERPRINT_KEY = "checkFingerprint/v1"
"""Key in ``partialFingerprints``; the value is `Finding.fingerprint`, the same one the review file uses."""

_DEFAULT_INFORMATION_URI = "https://pypi.org/project/checker/"
# NOTE: used only when the installed distribution declares no Homepage / Project-URL.

_LEVELS = {"error": "error", "warning": "warning", "info": "note"}

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def sarif_uri(path: str) -> str:
    """Turn a path as given into a SARIF ``artifactLocation.uri``: relative, forward slashes, percent-encoded."""
    if _WINDOWS_DRIVE.match(path):
        return PureWindowsPath(path).as_uri()
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        # NOTE: an absolute path cannot be resolved against the repository root by code scanning;
        # a file: URI at least keeps it valid. The CLI should pass repo-relative paths.
        return PurePosixPath(posix).as_uri()
    while posix.startswith("./"):
        posix = posix[2:]
    return quote(posix, safe="/-._~!$&'()*+,;=@")


def _level(severity: object) -> str:
    """Map a finding or rule severity (str or str-valued Enum) to a SARIF level."""
    key = str(getattr(severity, "value", severity)).lower()
    level = _LEVELS.get(key)
    if level is None:
        logger.debug("unknown severity %r, reported as warning", severity)
        return "warning"
    return level


def _load_registry() -> Mapping[str, Any]:
    """``checker.rules.REGISTRY``, or an empty mapping while the rules package is missing."""
    try:
        from checker.rules import REGISTRY
    except ImportError:
        logger.debug("checker.rules.REGISTRY unavailable; SARIF rule metadata comes from findings")
        return {}
    return REGISTRY


def _tool_version() -> str:
    """``checker.__version__``, imported lazily; ``0.0.0`` when the package does not define it yet."""
    try:
        import checker

        return str(checker.__version__)
    except (ImportError, AttributeError):
        return "0.0.0"


def _information_uri() -> str:
    """The project URL from the installed distribution's metadata, else a fixed default."""
    try:
        from importlib.metadata import PackageNotFoundError, metadata

        meta = metadata("checker")
    except (ImportError, PackageNotFoundError):
        return _DEFAULT_INFORMATION_URI
    for entry in meta.get_all("Project-URL") or ():
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository") and url.strip():
            return url.strip()
    home = meta.get("Home-page")
    return home.strip() if home and home.strip() else _DEFAULT_INFORMATION_URI


def _humanize(name: str) -> str:
    """``product-conflict`` -> ``Product conflict``."""
    words = re.sub(r"[-_]+", " ", name).strip()
    return words[:1].upper() + words[1:]


def _verdict_word(verdict: str) -> str:
    """``contradiction`` reads as ``conflict`` in names and titles; other verdicts stay as they are."""
    return "conflict" if verdict == "contradiction" else verdict


def _rule_descriptor(code: str, rule: Any | None, example: Finding) -> dict[str, Any]:
    """One ``reportingDescriptor``: from the registry when the code is registered, else from a finding."""
    if rule is not None:
        name = str(getattr(rule, "name", "") or code)
        message = str(getattr(rule, "message", "") or name)
        severity = getattr(rule, "severity", example.severity)
        slot = str(getattr(rule, "slot", "") or example.kind)
    else:
        name = f"{example.kind}-{_verdict_word(example.verdict)}"
        message = f"Claims from different sources disagree on the {example.kind}."
        severity = example.severity
        slot = example.kind
    short = _humanize(name)
    help_text = (
        f"{short}: {message} Read the quoted claims side by side. If the difference is intended "
        "(another date, a narrower scope), record a decision for the finding's fingerprint in the "
        "review file and the finding is reported as acknowledged."
    )
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": message},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": _level(severity)},
        "properties": {"tags": ["consistency", slot]},
    }


def _location(claim: Claim, id: int | None = None, message: str | None = None) -> dict[str, Any]:
    """A ``location`` pointing at one cited claim (with an id and a message when it is a related one)."""
    out: dict[str, Any] = {} if id is None else {"id": id}
    if message:
        out["message"] = {"text": message}
    out["physicalLocation"] = {
            "artifactLocation": {"uri": sarif_uri(claim.path)},
            "region": {
                "startLine": claim.line,
                "startColumn": claim.column,
                "endLine": max(claim.end_line, claim.line),
                "snippet": {"text": claim.text},
            },
        }
    return out


def _escape(text: str) -> str:
    """Plain text inside a SARIF message: ``\\``, ``[`` and ``]`` escaped, so only our links are links (§3.11.6)."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _message(finding: Finding) -> str:
    """The finding's message, then one link per other place it cites (``[path:line](id)`` to its related location)."""
    links: dict[str, int] = {}
    for i, claim in enumerate(finding.claims[1:], 1):
        links.setdefault(f"{claim.path.replace(chr(92), '/')}:{claim.line}", i)
    if not links:
        return finding.message
    shown = ", ".join(f"[{_escape(where)}]({i})" for where, i in links.items())
    return f"{_escape(finding.message)} Also stated at: {shown}."


def _related(finding: Finding) -> list[dict[str, Any]]:
    """Every cited claim but the primary one, each labelled with the value it states."""
    out = []
    for i, (claim, values) in enumerate(zip(finding.claims, finding.values)):
        if i == 0:
            continue
        shown = ", ".join(values) or "—"
        out.append(_location(claim, id=i, message=f"{finding.kind}: {shown}"))
    return out


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    """One ``result``; acknowledged findings carry an external suppression."""
    properties: dict[str, Any] = {
        "verdict": finding.verdict,
        "confidence": finding.confidence,
        "event": finding.event,
        "slot": finding.kind,
        "values": [list(v) for v in finding.values],
    }
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": _level(finding.severity),
        "message": {"text": _message(finding)},
        "locations": [_location(finding.claims[0])],
        "relatedLocations": _related(finding),
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
    }
    if finding.acknowledged is not None:
        properties["review"] = finding.acknowledged
        result["suppressions"] = [
            {
                "kind": "external",
                "status": "accepted",
                "justification": f"review file: {finding.acknowledged}",
            }
        ]
    result["properties"] = properties
    return result


class SarifReporter:
    """Renders a `Report` as one SARIF 2.1.0 log with a single run."""

    def __init__(
        self,
        *,
        rules: Mapping[str, Any] | None = None,
        version: str | None = None,
        information_uri: str | None = None,
    ) -> None:
        """Defaults come from ``checker.rules.REGISTRY``, ``checker.__version__`` and package metadata.

        Tests pass all three so golden files do not change when the registry or version does.
        """
        self._rules = rules
        self._version = version
        self._information_uri = information_uri

    def render(self, report: Report) -> str:
        """The SARIF log as indented JSON, ending with a newline."""
        return json.dumps(self.log(report), indent=2, ensure_ascii=False) + "\n"

    def log(self, report: Report) -> dict[str, Any]:
        """The SARIF log as a JSON-ready dict."""
        registry = self._rules if self._rules is not None else _load_registry()
        findings = report.findings + report.acknowledged

        examples: dict[str, Finding] = {}
        for finding in findings:
            examples.setdefault(finding.rule, finding)
        codes = sorted(examples)
        descriptors = []
        for code in codes:
            try:
                rule = registry[code]
            except KeyError:
                logger.debug("rule %s is not registered; describing it from its finding", code)
                rule = None
            descriptors.append(_rule_descriptor(code, rule, examples[code]))
        index = {code: i for i, code in enumerate(codes)}

        notifications = [
            {
                "level": "warning" if s.code in Skips.ERRORS else "note",
                "message": {"text": f"skipped {s.path}: [{s.code}] {s.reason}"},
                "descriptor": {"id": s.code},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": sarif_uri(s.path)}}}],
            }
            for s in report.skipped
        ]
        invocation: dict[str, Any] = {"executionSuccessful": True}
        if notifications:
            invocation["toolExecutionNotifications"] = notifications

        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "check",
                    "informationUri": self._information_uri or _information_uri(),
                    "version": self._version or _tool_version(),
                    "rules": descriptors,
                }
            },
            "invocations": [invocation],
            # NOTE: Claim.column counts Python str characters, i.e. code points.
            "columnKind": "unicodeCodePoints",
            "results": [_result(f, index[f.rule]) for f in findings],
            "properties": {
                "sources": len(report.sources),
                "claims": report.claims,
                "events": len(report.clusters),
                "acknowledged": len(report.acknowledged),
                "staleReviewEntries": list(report.stale),
                "skipped": len(report.skipped),
            },
        }
        return {"$schema": SARIF_SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}
