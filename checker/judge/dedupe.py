"""One conflict, one finding across events: findings of the whole run that state the same conflict are merged.

Finer events (the trained matcher) can put the sentences of one discrepancy in two events: a
document's lead and its body both say "Claude 4", another's both say "Fable 5", and the judge, which
groups verdicts per event, reports the one conflict twice, with fingerprints that `disambiguate`
then tells apart by event (so a review decision stops matching). `merge` runs over the findings of
the whole run, after the judge and after an incremental run has added its reused findings, so the
result depends only on the set of findings: judging the events in one process or two, an incremental
run and a full one give the same report.

Two findings merge when all of these hold (connected components over the findings):

- the same rule, slot and verdict;
- a shared conflict: a cited claim of one and a cited claim of the other on opposite sides, in each
  finding, give the same pair of normalised answers (`checker.fingerprint.normalised_values`);
- the same question: one claim both findings cite for one of the two answers (the judge compared it
  with the other answer's claims in each, so it anchors one question), or else, for each of the two
  answers, a claim of one finding stating it and a claim of the other stating it whose questions
  align (`checker.judge.align.align`, the judge's own test, with the claims' embedding similarity);
- the same sources: the two findings cite a claim in common, or each answer of the shared conflict is
  stated in a document both findings cite for it.

So "Claude 4 vs Fable 5" read from two events of the same two documents is one finding, while "March
2025 vs May 2024" of six firms' releases (different documents, different subjects) stays six.

Requires the judge's `Finding`s with their claims (slots kept); assigns merged `Finding`s (union of
cited claims, sides two-coloured again, fingerprint recomputed over the union of values).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from checker.fingerprint import _words, fingerprint, normalised_values
from checker.models import Claim, Finding

if TYPE_CHECKING:
    from checker.knowledge import Knowledge

__all__ = ["merge", "conflicts", "same_conflict"]

logger = logging.getLogger(__name__)

Answer = tuple[str, ...]
"""One cited claim's normalised answer: the sorted keys of its values."""


def _run_keys(findings: Sequence[Finding]) -> dict[str, str]:
    """Words -> normalised key, as any cited claim of the run's findings understood them (smallest key on a tie)."""
    from checker.fingerprint import _slot_keys

    out: dict[str, str] = {}
    for c in {c.id: c for f in findings for c in f.claims}.values():
        for words, key in _slot_keys(c).items():
            if words not in out or key < out[words]:
                out[words] = key
    return out


def _answers(f: Finding, kb: "Knowledge", known: Mapping[str, str] | None = None) -> list[Answer]:
    """Per cited claim, its normalised answer: as the fingerprint reads values (keys shared across the
    finding's claims), except that a characterisation is its pole on its scale ("compelled" and
    "forced" are one answer on obligation, `checker.rules.modality.pole_values`)."""
    from checker.rules.modality import pole_values

    claims = list(f.claims)
    out = []
    for i in range(len(claims)):
        poles = [pole_values(v, kb) for v in f.values[i]] if f.kind == "polarity" else []
        if poles and all(poles):
            out.append(tuple(sorted({f"pole:{scale}:{sign}" for p in poles for scale, (sign, _) in p.items()})))
            continue
        only = [vals if j == i else () for j, vals in enumerate(f.values)]
        keys = normalised_values(claims, only, f.kind)
        # NOTE: words no cited claim of this finding keyed ("to China" stated in passing) take the key
        # another finding's claim gave them, so one answer reads the same in every finding.
        plain = {_words(v): v for v in f.values[i]}
        out.append(tuple(sorted({(known or {}).get(k, k) if k in plain else k for k in keys})))
    return out


def conflicts(f: Finding, kb: "Knowledge", known: Mapping[str, str] | None = None) -> dict[frozenset, tuple[list[int], list[int]]]:
    """The finding's conflicts: each pair of normalised answers cited on opposite sides -> the indices of
    the claims stating each answer (in the pair's sorted order)."""
    answers = _answers(f, kb, known)
    sides = f.sides or tuple(range(len(f.claims)))
    out: dict[frozenset, tuple[list[int], list[int]]] = {}
    for i in range(len(f.claims)):
        for j in range(len(f.claims)):
            if sides[i] == sides[j] or not answers[i] or not answers[j] or answers[i] == answers[j]:
                continue
            x, y = sorted((answers[i], answers[j]))
            if answers[i] != x:
                continue
            pair = frozenset((x, y))
            stating = out.setdefault(pair, ([], []))
            if i not in stating[0]:
                stating[0].append(i)
            if j not in stating[1]:
                stating[1].append(j)
    return out


def _stated(f: Finding, idx: list[int]) -> list[tuple[Claim, str]]:
    return [(f.claims[i], f.values[i][0] if f.values[i] else "") for i in idx]


def _same_question(
    mine: list[tuple[Claim, str]], theirs: list[tuple[Claim, str]], kb: "Knowledge", vectors: "Mapping[str, Any] | None"
) -> bool:
    """A claim of each list, stating one answer, that is the same claim or asks the same question."""
    from checker.judge import _similarity
    from checker.judge.align import align

    ids = {c.id for c, _ in mine}
    if any(c.id in ids for c, _ in theirs):
        return True
    return any(
        align(a, ans_a, b, ans_b, kb, similarity=_similarity(vectors, a, b)).aligned
        for a, ans_a in mine
        for b, ans_b in theirs
    )


def same_conflict(
    f: Finding, g: Finding, kb: "Knowledge", vectors: "Mapping[str, Any] | None" = None,
    _cf: dict | None = None, _cg: dict | None = None,
) -> bool:
    """Do the two findings state the same conflict (module docstring: rule, answers, question, sources)?"""
    if (f.rule, f.kind, f.verdict) != (g.rule, g.kind, g.verdict):
        return False
    cf = _cf if _cf is not None else conflicts(f, kb)
    cg = _cg if _cg is not None else conflicts(g, kb)
    shared_claim = bool({c.id for c in f.claims} & {c.id for c in g.claims})
    for pair in sorted(cf.keys() & cg.keys(), key=lambda p: sorted(p)):
        sides_f, sides_g = cf[pair], cg[pair]
        # NOTE: the sources first (cheap), then the questions (the judge's alignment).
        if not shared_claim and not all(
            {f.claims[i].source_id for i in sides_f[k]} & {g.claims[i].source_id for i in sides_g[k]} for k in (0, 1)
        ):
            continue
        # NOTE: a claim both cite for one answer was judged against the other answer's claims of each
        # finding, so it anchors one question for both; without one, both sides must align.
        anchored = any({f.claims[i].id for i in sides_f[k]} & {g.claims[i].id for i in sides_g[k]} for k in (0, 1))
        if anchored or all(_same_question(_stated(f, sides_f[k]), _stated(g, sides_g[k]), kb, vectors) for k in (0, 1)):
            return True
    return False


def _canonical(f: Finding) -> tuple:
    return (f.fingerprint, f.event, f.message, tuple(c.id for c in f.claims), f.values)


def _merged(group: list[Finding]) -> Finding:
    """One finding citing every claim of the group, as the judge would have built it in one event."""
    from checker.judge import _VERDICT_ORDER, two_sided

    group = sorted(group, key=_canonical)
    lead = min(group, key=lambda f: (_VERDICT_ORDER.get(f.verdict, 9), -f.confidence, _canonical(f)))
    cited: dict[str, tuple[Claim, tuple[str, ...]]] = {}
    clash: set[frozenset] = set()
    for f in group:
        for c, vals in zip(f.claims, f.values):
            cited.setdefault(c.id, (c, tuple(vals)))
        sides = f.sides or tuple(range(len(f.claims)))
        for i, vi in enumerate(f.values):
            for j, vj in enumerate(f.values):
                if sides[i] != sides[j]:
                    clash.add(frozenset((tuple(sorted(vi)), tuple(sorted(vj)))))
    items = list(cited.values())
    items, sides, text = two_sided(items, sorted({tuple(sorted(vals)) for _, vals in items}), clash)
    claims = tuple(c for c, _ in items)
    values = tuple(vals for _, vals in items)
    judged = {c.id: x for f in group for c, x in zip(f.claims, f.compared) if x is not None}
    compared = tuple(judged.get(c.id) for c in claims) if judged else ()
    head, sep, reason = lead.message.partition(" — ")
    message = f"{lead.kind} {lead.verdict}: {text}{sep}{reason}" if sep else lead.message
    return Finding(
        fingerprint=fingerprint(lead.rule, claims, values, slot=lead.kind, verdict=lead.verdict),
        rule=lead.rule,
        kind=lead.kind,
        verdict=lead.verdict,
        severity=lead.severity,
        confidence=max(f.confidence for f in group),
        message=message,
        event=lead.event,
        claims=claims,
        values=values,
        acknowledged=lead.acknowledged,
        sides=sides,
        compared=compared,
    )


def merge(
    findings: Sequence[Finding], kb: "Knowledge | None" = None, vectors: "Mapping[str, Any] | None" = None
) -> tuple[Finding, ...]:
    """The run's findings with those stating the same conflict (`same_conflict`) merged, in the judge's order.

    Depends only on the set of findings given (not their order), so it is the same whichever way the
    events were judged. ``vectors`` (claim id -> unit sentence embedding) are the judge's.
    """
    from checker.incremental import ordered
    from checker.judge import Components

    if kb is None:
        from checker.knowledge import load_knowledge

        kb = load_knowledge()
    items = sorted(findings, key=_canonical)
    known = _run_keys(items)
    confl = [conflicts(f, kb, known) for f in items]
    components = Components(len(items))
    # NOTE: only findings sharing a rule, verdict and pair of answers are compared: no quadratic scan.
    by_conflict: dict[tuple, list[int]] = {}
    for i, (f, cf) in enumerate(zip(items, confl)):
        for pair in cf:
            by_conflict.setdefault((f.rule, f.kind, f.verdict, tuple(sorted(pair))), []).append(i)
    tried: set[tuple[int, int]] = set()
    for members in by_conflict.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) in tried or components.root(i) == components.root(j):
                    continue
                tried.add((i, j))
                if same_conflict(items[i], items[j], kb, vectors, confl[i], confl[j]):
                    components.join(i, j)
    groups: dict[int, list[Finding]] = {}
    for i, f in enumerate(items):
        groups.setdefault(components.root(i), []).append(f)
    out = [g[0] if len(g) == 1 else _merged(g) for g in groups.values()]
    if len(out) < len(items):
        logger.debug("merged %d findings into %d across events", len(items), len(out))
    # NOTE: ties of the judge's order fall back to the canonical order, so any input order gives one output.
    return ordered(sorted(out, key=_canonical))
