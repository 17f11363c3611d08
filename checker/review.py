"""The review file: load and save decisions on findings, and apply them as the suppression stage."""

from __future__ import annotations

import datetime as dt
import logging
import os
import subprocess
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Sequence

import yaml

from checker.atomic import write_atomic
from checker.errors import Errors, ReviewFileError
from checker.fingerprint import normalised_values
from checker.models import Finding, Report

__all__ = [
    "DEFAULT_PATH",
    "VERDICTS",
    "Decision",
    "Review",
    "load_review",
    "save_review",
    "render_review",
    "record",
    "apply",
    "apply_review",
    "extended",
    "find",
]

logger = logging.getLogger(__name__)

DEFAULT_PATH = "claims/review.yaml"
"""Where the review file lives unless configured otherwise."""

VERDICTS = ("confirmed", "dismissed")
"""The verdicts a decision can carry; `Finding.acknowledged` takes the same values."""

_VERSION = 1
_MIN_PREFIX = 6
_HEADER = (
    "# Review decisions for `check`, keyed by finding fingerprint (docs/json-schema.md).\n"
    "# `check review` edits decisions in place: your comments and their order are kept.\n"
)


@dataclass(frozen=True, slots=True)
class Decision:
    """A reviewer's verdict on one finding, kept across runs by its fingerprint."""

    fingerprint: str
    """`Finding.fingerprint` the decision applies to (content-based, survives moved lines)."""
    verdict: str
    """``confirmed`` (a real contradiction, known) or ``dismissed`` (not a real contradiction)."""
    rule: str = ""
    """Rule code of the finding when it was decided (``CC101``); informative."""
    reason: str = ""
    """Why; required when dismissing through `record`."""
    who: str = ""
    """Who decided (git user name, $USER, or as given)."""
    when: str = ""
    """When, as ISO 8601 UTC (``2026-05-04T12:00:00Z``); ``""`` when unknown."""
    event: str = ""
    """Label of the finding's event cluster, for humans reading the file."""
    claims: tuple[str, ...] = ()
    """``path:line`` of each cited claim when decided, for humans; never used for matching."""
    values: tuple[str, ...] = ()
    """The finding's normalised conflicting values when decided (`checker.fingerprint.normalised_values`):
    the decision also covers a later finding of the same rule whose values are a subset of these."""


@dataclass(frozen=True, slots=True)
class Review:
    """Every decision in a review file; read-only, change it with `record`."""

    decisions: Mapping[str, Decision] = field(default_factory=dict)
    """Fingerprint -> decision, sorted by fingerprint (stored as a read-only mapping)."""

    def __post_init__(self) -> None:
        for key, decision in self.decisions.items():
            if key != decision.fingerprint:
                raise ValueError(f"decision keyed {key!r} has fingerprint {decision.fingerprint!r}")
        ordered = {k: self.decisions[k] for k in sorted(self.decisions)}
        object.__setattr__(self, "decisions", MappingProxyType(ordered))

    def __len__(self) -> int:
        return len(self.decisions)

    def __contains__(self, fingerprint: object) -> bool:
        return fingerprint in self.decisions

    def get(self, fingerprint: str) -> Decision | None:
        """The decision for ``fingerprint``, or None."""
        return self.decisions.get(fingerprint)


# --- loading -------------------------------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _read(path: str | os.PathLike[str]) -> str | None:
    """The review file's text, None when there is none; [E030] when it cannot be read or decoded."""
    from checker.settings import SchemaError, read_text_file

    try:
        return read_text_file(path, missing_ok=True)
    except SchemaError as exc:
        raise ReviewFileError(Errors.E030.format(path=exc.where, reason=exc.reason)) from None


def _parse(text: str, path: str | os.PathLike[str]) -> Review:
    """The decisions of a review file's text, checked by `checker.settings.ReviewFile` ([E030] with ``path:line``)."""
    from checker.settings import SchemaError, load_review_file

    try:
        entries = load_review_file(text, path)
    except SchemaError as exc:
        raise ReviewFileError(Errors.E030.format(path=exc.where, reason=exc.reason)) from None
    return Review(
        {
            e.fingerprint: Decision(
                fingerprint=e.fingerprint, verdict=e.verdict, rule=e.rule, reason=e.reason, who=e.who,
                when=e.when, event=e.event, claims=tuple(e.claims), values=tuple(e.values),
            )
            for e in entries
        }
    )


def load_review(path: str | os.PathLike[str] = DEFAULT_PATH) -> Review:
    """Read the review file; a missing file is an empty review.

    Raises `ReviewFileError` ([E030], one line, with the line number when known) when the file
    cannot be read or is not a valid review file.
    """
    text = _read(path)
    if text is None:
        logger.debug("no review file at %s", path)
        return Review()
    review = _parse(text, path)
    logger.debug("loaded %d review decisions from %s", len(review), path)
    return review


# --- saving --------------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """SafeDumper that indents list items under their key."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _fields(d: Decision) -> dict[str, Any]:
    """A decision as the review file spells it, keys in file order."""
    return {
        "fingerprint": d.fingerprint,
        "rule": d.rule,
        "verdict": d.verdict,
        "reason": d.reason,
        "who": d.who,
        "when": d.when,
        "event": d.event,
        "claims": list(d.claims),
        "values": list(d.values),
    }


def render_review(review: Review) -> str:
    """The text of a new review file: same decisions in, byte-identical text out (sorted by fingerprint)."""
    body = yaml.dump(
        {"version": _VERSION, "decisions": [_fields(d) for d in review.decisions.values()]},
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1 << 16,
        line_break="\n",
    )
    return _HEADER + body


def _edit(text: str, on_disk: Review, changed: Mapping[str, Decision], dropped: set[str]) -> str:
    """``text`` with ``changed`` decisions updated in place (new ones appended) and ``dropped`` removed.

    A round trip through ruamel.yaml: comments, key order, decision order and indentation stay as
    the reviewer left them; only the keys whose values changed are rewritten.
    """
    import io

    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.util import load_yaml_guess_indent

    data, indent, block_seq_indent = load_yaml_guess_indent(text)
    if data is None:
        # NOTE: only comments so far: keep them above a fresh body.
        return text.rstrip("\n") + "\n" + render_review(Review(dict(changed))).removeprefix(_HEADER)
    rt = YAML(typ="rt")
    rt.width = 1 << 16
    rt.preserve_quotes = True
    offset = block_seq_indent or 0
    sequence = indent or 2
    rt.indent(mapping=max(sequence - offset, 2), sequence=sequence, offset=offset)
    if "version" not in data:
        data.insert(0, "version", _VERSION)
    if data.get("decisions") is None:
        data["decisions"] = CommentedSeq()
    items = data["decisions"]
    for i in reversed(range(len(items))):
        if str(items[i].get("fingerprint", "")).strip() in dropped:
            del items[i]
    where = {str(item.get("fingerprint", "")).strip(): item for item in items}
    for fp, decision in changed.items():
        if fp in dropped or on_disk.get(fp) == decision:
            continue
        fields = _fields(decision)
        item = where.get(fp)
        if item is None:
            item = CommentedMap()
            items.append(item)
        for key, value in fields.items():
            old = item.get(key)
            if key in ("claims", "values"):
                if [str(x) for x in (old or [])] != value:
                    item[key] = CommentedSeq(value)
            elif old is None or str(old) != value:
                item[key] = value
    out = io.StringIO()
    rt.dump(data, out)
    return out.getvalue()


def save_review(
    path: str | os.PathLike[str], review: Review, *, forget: Iterable[str] = ()
) -> Review:
    """Write ``review`` atomically, merged over the decisions already in the file; returns what was written.

    Decisions on disk that ``review`` lacks are kept (another run or a hand edit may have added
    them since ``review`` was loaded); ``review`` wins for a fingerprint in both. Only
    fingerprints listed in ``forget`` are removed. An existing file is edited in place (comments,
    order and untouched decisions stay byte for byte); a new one is written sorted by fingerprint.
    A symlinked file is written through (the link stays a link). A malformed file on disk is never
    overwritten: its [E030] error propagates. Write failures raise `ReviewFileError` [E040]; the
    previous file stays intact.
    """
    p = Path(path)
    # NOTE: read once: the decisions merged and the text edited are the same bytes.
    old = _read(p)
    on_disk = Review() if old is None else _parse(old, p)
    dropped = set(forget)
    merged = {fp: d for fp, d in on_disk.decisions.items() if fp not in dropped}
    merged.update({fp: d for fp, d in review.decisions.items() if fp not in dropped})
    result = Review(merged)
    kept = len(set(on_disk.decisions) - set(review.decisions) - dropped)
    if kept:
        logger.info("kept %d decision(s) found in %s but not in the review being saved", kept, p)
    if old is None or not old.strip():
        text = render_review(result)
    elif result == on_disk:
        text = old  # NOTE: nothing to change: the file is not even rewritten
    else:
        text = _edit(old, on_disk, review.decisions, dropped)
    if text == old:
        return result
    try:
        write_atomic(p, text.encode("utf-8"))
    except OSError as exc:
        reason = _one_line(exc.strerror or str(exc))
        raise ReviewFileError(Errors.E040.format(path=os.fspath(path), reason=reason)) from None
    logger.debug("saved %d review decisions to %s", len(result), p)
    return result


# --- deciding ------------------------------------------------------------------------------------


def _git_user_name() -> str | None:
    try:
        out = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    name = out.stdout.strip() if out.returncode == 0 else ""
    return name or None


def _default_who() -> str:
    """``git config user.name`` if set, else $USER (or $USERNAME), else ``unknown``."""
    return _git_user_name() or os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def record(
    review: Review,
    finding: Finding,
    verdict: str,
    reason: str = "",
    who: str | None = None,
    when: str | dt.datetime | None = None,
) -> Review:
    """A new `Review` with ``finding``'s decision set (replacing an earlier one for it).

    ``verdict`` is ``confirmed`` or ``dismissed``; a dismissal needs a non-empty ``reason``.
    ``who`` defaults to the git user name, then $USER; ``when`` to now, stored as ISO 8601 UTC.
    Raises `ReviewFileError` on a bad verdict, a dismissal without reason, or a bad ``when``.
    """
    verdict = (verdict or "").strip().lower()
    if verdict not in VERDICTS:
        raise ReviewFileError(f"[E030] unknown verdict {verdict!r}: use confirmed or dismissed")
    reason = (reason or "").strip()
    if verdict == "dismissed" and not reason:
        raise ReviewFileError(f"[E030] a dismissal needs --reason (finding {finding.fingerprint})")
    from checker.settings import utc_stamp

    try:
        stamp = utc_stamp(when if when is not None else dt.datetime.now(dt.timezone.utc))
    except (ValueError, TypeError):
        raise ReviewFileError(f"[E030] when {when!r} is not an ISO 8601 time") from None
    decision = Decision(
        fingerprint=finding.fingerprint,
        verdict=verdict,
        rule=finding.rule,
        reason=_one_line(reason),
        who=_one_line(who) if who and who.strip() else _default_who(),
        when=stamp,
        event=finding.event,
        claims=tuple(f"{c.path}:{c.line}" for c in finding.claims),
        values=normalised_values(finding.claims, finding.values, finding.kind),
    )
    return Review({**review.decisions, finding.fingerprint: decision})


# --- suppression stage ---------------------------------------------------------------------------


def apply(
    findings: Sequence[Finding], review: Review
) -> tuple[tuple[Finding, ...], tuple[Finding, ...], tuple[str, ...]]:
    """Split findings by the review: ``(active, acknowledged, stale)``. Pure; no I/O.

    Requires `Finding.fingerprint`; assigns `Finding.acknowledged` on the findings a decision
    covers: the decision with the finding's fingerprint, else a decision of the same rule whose
    recorded values include every normalised value of the finding (a value that stopped being
    cited does not reopen a decided conflict; a new value does). ``stale`` holds the sorted
    fingerprints of decisions that neither cover a current finding nor are `extended` by an open
    one. Order of ``findings`` is kept.
    """
    active: list[Finding] = []
    acknowledged: list[Finding] = []
    used: set[str] = set()
    for f in findings:
        decision = review.decisions.get(f.fingerprint) or _covering(f, review)
        if decision is None:
            active.append(f)
        else:
            used.add(decision.fingerprint)
            acknowledged.append(replace(f, acknowledged=decision.verdict))
    for f in active:
        for decision in extended(f, review):
            used.add(decision.fingerprint)
    stale = tuple(sorted(fp for fp in review.decisions if fp not in used))
    return tuple(active), tuple(acknowledged), stale


def extended(finding: Finding, review: Review) -> tuple[Decision, ...]:
    """Decisions of the finding's rule whose values the finding states all of, and more.

    Such a finding is open (a new conflicting value joined a decided conflict), and the decision
    is not stale: it still describes part of what the finding reports.
    """
    values = _keys(normalised_values(finding.claims, finding.values, finding.kind), finding.kind)
    return tuple(d for d in review.decisions.values()
                 if d.values and d.rule == finding.rule and _keys(d.values, finding.kind) < values)


def _covering(finding: Finding, review: Review) -> Decision | None:
    """The first decision (by fingerprint) of the finding's rule whose values are a superset of its values."""
    values = _keys(normalised_values(finding.claims, finding.values, finding.kind), finding.kind)
    if not values:
        return None
    for decision in review.decisions.values():
        if decision.values and decision.rule == finding.rule and values <= _keys(decision.values, finding.kind):
            return decision
    return None


def _keys(values: Iterable[str], kind: str) -> frozenset[str]:
    """Values as decisions compare them: a polarity value that takes one pole of a scale is that pole.

    "compelled" where the decided finding said "forced" (both the obligation scale's compelled pole,
    `checker.rules.modality.pole_values`) is no new conflicting value, so the decision still holds;
    "voluntary" against it is. Other values compare as the fingerprint normalises them.
    """
    if kind != "polarity":
        return frozenset(values)
    from checker.knowledge import load_knowledge
    from checker.rules.modality import pole_values

    kb = load_knowledge()
    out = set()
    for v in values:
        poles = pole_values(v, kb)
        one_sided = poles and all(sign for sign, _ in poles.values())
        out.add("|".join(f"pole:{scale}:{sign}" for scale, (sign, _) in sorted(poles.items())) if one_sided else v)
    return frozenset(out)


def apply_review(report: Report, review: Review) -> Report:
    """The review stage: ``report`` with decided findings moved to `Report.acknowledged` and stale ones listed."""
    active, acknowledged, stale = apply(report.findings + report.acknowledged, review)
    return replace(report, findings=active, acknowledged=acknowledged, stale=stale)


def find(findings: Sequence[Finding], prefix: str) -> Finding:
    """The finding whose fingerprint is ``prefix`` or uniquely starts with it (at least 6 characters).

    Raises `ReviewFileError` [E031] when nothing matches, the prefix is too short, or it is ambiguous.
    """
    wanted = (prefix or "").strip().lower()
    for f in findings:
        if f.fingerprint.lower() == wanted:
            return f
    if len(wanted) < _MIN_PREFIX:
        raise ReviewFileError(
            Errors.E031.format(fingerprint=f"{prefix!r}; a prefix needs at least {_MIN_PREFIX} characters")
        )
    matches = sorted({f.fingerprint for f in findings if f.fingerprint.lower().startswith(wanted)})
    if len(matches) > 1:
        raise ReviewFileError(
            Errors.E031.format(fingerprint=prefix)
            + f" alone: the prefix matches {len(matches)} findings ({', '.join(matches)}); give more characters"
        )
    if not matches:
        raise ReviewFileError(Errors.E031.format(fingerprint=prefix))
    return next(f for f in findings if f.fingerprint == matches[0])
