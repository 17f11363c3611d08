"""The judge: candidate pairs inside each event -> rules (+ optional model judge) -> `Finding`s.

Requires `Cluster`s of normalised claims; assigns `Finding`s. Only claims from different sources are
compared, and only inside one event, so cost grows with event sizes, not with the corpus squared.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from checker.fingerprint import fingerprint
from checker.models import Claim, Cluster, Finding, Verdict
from checker.normalize.entities import Knowledge, load_knowledge
from checker.rules import REGISTRY, structural_rules
from checker.rules.base import SEVERITY
from checker.rules.numbers import restated
from checker.rules.stance import denied_by_its_own_source

if TYPE_CHECKING:
    from checker.backends.base import Judge

__all__ = ["judge_pair", "judge_clusters", "judge_texts", "fingerprint", "assess", "JudgeConfig", "VALUE_SLOTS", "Components"]

logger = logging.getLogger(__name__)

_VERDICT_ORDER = {"contradiction": 0, "temporal-difference": 1, "scope-difference": 2, "opinion-difference": 3}


@dataclass(frozen=True, slots=True)
class JudgeConfig:
    """Judge settings."""

    min_confidence: float = 0.0
    """Findings below this confidence are dropped."""
    max_pairs_per_event: int = 2000
    """Cap on cross-source pairs judged inside one event (largest events are sampled evenly)."""
    rules: tuple[str, ...] = field(default_factory=tuple)
    """Only these rule codes (empty: all)."""


VALUE_SLOTS = frozenset({"date", "quantity", "entity"})
"""Slots whose verdicts compare answers, so the two claims' questions must align (`checker.judge.align`)."""


def _answer(values: tuple[str, ...]) -> str:
    return values[0] if values else ""


def assess(a: Claim, b: Claim, v: Verdict, kb: Knowledge, similarity: float | None = None,
           question_similarity: float | None = None) -> Verdict | None:
    """Alignment gate and calibrated confidence for one rule verdict; None when the questions differ.

    Value verdicts need aligned questions (with the claims' embedding similarity and their questions'
    when known); every verdict's confidence comes from `checker.judge.calibrate` over its evidence.
    """
    from checker.judge import align as al_mod
    from checker.judge import calibrate

    al = al_mod.align(a, _answer(v.values[0]), b, _answer(v.values[1]), kb, similarity=similarity,
                      question_similarity=question_similarity)
    kept = al.aligned or v.slot not in VALUE_SLOTS
    feats = calibrate.features(a, b, v, al, v.confidence)
    calibrate.record(a, b, v, feats, kept)
    if not kept:
        return None
    conf = calibrate.confidence(feats, v.confidence)
    return v if conf == v.confidence else Verdict(v.code, v.verdict, conf, v.slot, v.values, v.reason)


def judge_pair(
    a: Claim, b: Claim, kb: Knowledge | None = None, codes: Sequence[str] = (), similarity: float | None = None,
    question_similarity: float | None = None,
) -> list[Verdict]:
    """Every structural rule's verdict on one pair, most severe first.

    ``similarity`` is the cosine of the two claims' sentence embeddings when the caller has them;
    ``question_similarity`` the cosine of their questions (answers masked: `checker.match.question_texts`),
    which every question alignment of the pair's rules reads (`checker.judge.align.asking`).
    """
    from checker.judge.align import asking

    kb = kb or load_knowledge()
    out: list[Verdict] = []
    if a.asks and a.stance == "asserted" or b.asks and b.stance == "asserted":
        # NOTE: a question ("Macaulay Culkin Dead?") asks; it states no value and no polarity. One asking whether a
        # claim is false ("Was the video a hoax?", a hedged denial: `checker.parse.doubting_question`) doubts it.
        return out
    # NOTE: one question context for the pair's rules (1.4 million contexts entered for all of ECB+'s pairs
    # when set rule by rule); `assess` passes the same question cosine to `align` itself, so nothing else reads it
    with asking(question_similarity):
        for rule in structural_rules():
            if codes and rule.code not in codes or a.stance not in rule.reads or b.stance not in rule.reads:
                continue
            v = rule.compare(a, b, kb)  # type: ignore[misc]
            if v is not None:
                v = assess(a, b, v, kb, similarity, question_similarity)
            if v is not None:
                if v.verdict != "opinion-difference" and "opinion" in (a.modality, b.modality) and v.verdict == "contradiction":
                    v = Verdict(v.code, "opinion-difference", round(v.confidence * 0.8, 3), v.slot, v.values,
                                v.reason + "; at least one side is an opinion")
                out.append(v)
    out.sort(key=lambda v: (_VERDICT_ORDER.get(v.verdict, 9), -v.confidence))
    return out


def _pairs(cluster: Cluster, cap: int) -> list[tuple[Claim, Claim]]:
    """The event's cross-document pairs (a, b), a before b, in member order; above ``cap``, the ``cap``
    of them evenly spaced (pair ``int(k * total / cap)`` of the list, for k < cap).

    NOTE: the sampled pairs are found by position without listing all of them: an ECB+ event of 1,500
    claims has a million (about 0.5 s to list, in every run that judges it)."""
    from bisect import bisect_right
    from itertools import accumulate

    claims = cluster.claims
    n = len(claims)
    same: dict[str, list[int]] = {}
    rank = []
    for i, c in enumerate(claims):
        own = same.setdefault(c.source_id, [])
        rank.append(len(own))
        own.append(i)
    # NOTE: row i holds the pairs (i, j), j > i, of claims of other documents
    counts = [(n - 1 - i) - (len(same[c.source_id]) - 1 - rank[i]) for i, c in enumerate(claims)]
    total = sum(counts)
    if total <= cap:
        return [(a, b) for i, a in enumerate(claims) for b in claims[i + 1 :] if a.source_id != b.source_id]
    ends = list(accumulate(counts))
    step = total / cap
    out = []
    for k in range(cap):
        t = int(k * step)
        i = bisect_right(ends, t)
        m = t - (ends[i - 1] if i else 0)  # NOTE: the pair's place in row i
        own = same[claims[i].source_id]
        lo, hi = i + 1, n - 1
        while lo < hi:  # NOTE: the first j whose row prefix (i, j] holds m + 1 claims of other documents
            mid = (lo + hi) // 2
            if (mid - i) - (bisect_right(own, mid) - rank[i] - 1) >= m + 1:
                hi = mid
            else:
                lo = mid + 1
        out.append((claims[i], claims[lo]))
    return out


def _sides(value_sets: Sequence[tuple[str, ...]], conflicts: set[frozenset]) -> dict[tuple[str, ...], int]:
    """Two-colour the value sets by their conflicts: Claude 4 on one side, Fable 5 / Mythos on the other.

    When the conflicts do not split in two (three scopes, each against the others), every value set
    is its own side.
    """
    nodes = list(dict.fromkeys(value_sets))
    adj: dict[tuple[str, ...], set] = {n: set() for n in nodes}
    for pair in conflicts:
        x, y = tuple(pair) if len(pair) == 2 else (next(iter(pair)),) * 2
        if x in adj and y in adj:
            adj[x].add(y)
            adj[y].add(x)
    colour: dict[tuple[str, ...], int] = {}
    for start in nodes:
        if start in colour:
            continue
        colour[start] = 0
        queue = [start]
        while queue:
            n = queue.pop()
            for m in adj[n]:
                if m not in colour:
                    colour[m] = 1 - colour[n]
                    queue.append(m)
                elif colour[m] == colour[n]:
                    return {v: k for k, v in enumerate(nodes)}
    return colour


def two_sided(
    cited: Sequence[tuple[Claim, tuple[str, ...]]], value_sets: Sequence[tuple[str, ...]], conflicts: set[frozenset]
) -> tuple[list[tuple[Claim, tuple[str, ...]]], tuple[int, ...], str]:
    """A finding's cited (claim, values) ordered side by side, each one's side, and the message text.

    ``value_sets`` (sorted values, in the order `_sides` colours them) and ``conflicts`` two-colour the
    values; claims are ordered by side, values, path, position and id; the text reads "A (places) vs
    B (places)". Used by the judge and by the cross-event merge (`checker.judge.dedupe`).
    """
    side_of = _sides(value_sets, conflicts)
    ordered = sorted(cited, key=lambda x: (side_of[tuple(sorted(x[1]))], tuple(sorted(x[1])), x[0].path, x[0].start, x[0].id))
    sides = tuple(side_of[tuple(sorted(vals))] for _, vals in ordered)
    by_side: dict[int, list[tuple[Claim, tuple[str, ...]]]] = {}
    for (c, vals), side in zip(ordered, sides):
        by_side.setdefault(side, []).append((c, vals))
    text = " vs ".join(
        f"{' / '.join(dict.fromkeys(', '.join(v) for _, v in members))} ({_places([c for c, _ in members])})"
        for members in by_side.values()
    )
    return ordered, sides, text


def _questions(group: dict) -> list[dict]:
    """One event's verdicts of one rule split into the questions they answer: one finding each.

    Two verdicts answer the same question when they cite one claim with the same answer, or a value in
    common (connected components), so "23 vs 26 pirates captured" and "31 vs 12 magazines seized" in one
    event are two findings, while three sources giving one date against a fourth stay one. A claim
    answering two questions ("It was 36-year-old Klitschko's 58th victory, 51 by KO") joins each with
    its own answer, so a side never lists answers to two questions (an age beside a knockout count).
    """
    pairs = group["pairs"]
    components = Components(len(pairs))
    first: dict[Any, int] = {}
    for i, (ca, cb, v, _, _) in enumerate(pairs):
        va, vb = tuple(sorted(v.values[0])), tuple(sorted(v.values[1]))
        for node in ((ca.id, va), (cb.id, vb), va, vb):
            components.join(i, first.setdefault(node, i))
    out: dict[int, dict] = {}
    for i, (ca, cb, v, a, b) in enumerate(pairs):
        q = out.setdefault(components.root(i), {"cluster": group["cluster"], "verdict": v, "claims": {}, "conflicts": set(), "conf": [],
                                                "reasons": [], "compared": {}})
        q["claims"].setdefault(ca.id, (ca, v.values[0]))
        q["claims"].setdefault(cb.id, (cb, v.values[1]))
        for cited, judged in ((ca, a), (cb, b)):
            if judged.id != cited.id:
                q["compared"].setdefault(cited.id, judged)
        q["conflicts"].add(frozenset((tuple(sorted(v.values[0])), tuple(sorted(v.values[1])))))
        q["conf"].append(v.confidence)
        q["reasons"].append(v.reason)
    return list(out.values())


class Components:
    """Connected components of the items 0..n-1 (union-find with path halving)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def root(self, i: int) -> int:
        """The representative of ``i``'s component."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """Put ``i`` and ``j`` in one component."""
        self.parent[self.root(j)] = self.root(i)


def _similarity(vectors: "Mapping[str, Any] | None", a: Claim, b: Claim) -> float | None:
    """Cosine of the two claims' unit embeddings; None when either is unknown."""
    if not vectors or a.id not in vectors or b.id not in vectors:
        return None
    import numpy as np

    return float(np.dot(vectors[a.id], vectors[b.id]))


def _places(claims: Sequence[Claim], most: int = 3) -> str:
    places = list(dict.fromkeys(f"{c.path}:{c.line}" for c in claims))
    return ", ".join(places[:most]) + (", …" if len(places) > most else "")


def judge_clusters(
    clusters: Sequence[Cluster],
    config: JudgeConfig | None = None,
    kb: Knowledge | None = None,
    model_judge: "Judge | None" = None,
    vectors: "Mapping[str, Any] | None" = None,
    known: "Mapping[tuple[str, ...], Sequence[tuple[int, tuple[Verdict, ...]]]] | None" = None,
    seen: "dict[tuple[str, ...], tuple[tuple[int, tuple[Verdict, ...]], ...]] | None" = None,
    questions: "Mapping[str, Any] | None" = None,
    corpus: Sequence[Claim] = (),
) -> tuple[Finding, ...]:
    """Judge cross-source pairs in every multi-source event and group verdicts into findings.

    Verdicts of one rule with one verdict inside one event that answer one question (`_questions`)
    become a single finding citing every claim involved, each with its own value, two-coloured into
    sides; so three sources repeating one value against a fourth make one finding, not three.
    ``vectors`` (claim id -> unit sentence embedding) lets value verdicts require near-paraphrase
    questions; ``questions`` (claim id -> unit embedding of what it asks, `checker.match.question_texts`) lets
    two claims asking one question in other words compare their answers (`checker.judge.align.QUESTION_SIMILARITY`).
    ``corpus`` is every claim of the run (default: those of ``clusters``): a source that states the other side's
    figure itself has no quantity conflict with it (`checker.rules.numbers.restated`), whichever events are judged.

    ``seen`` (an incremental run's record, `checker.incremental`) receives every judged event's own
    pairs' verdicts: event claim ids -> (pair number, verdicts) of the pairs with any. ``known`` gives
    them back for an event with the same claim ids (the same claims: ids come from the documents'
    content), whose own pairs are then not judged again, only its links; verdicts of one pair depend
    on the two claims and their questions' vectors alone (a claim's question is its own text's, but whether
    it has one depends on the corpus: such a claim's id is marked with ``?``), so the findings are the same. Ignored with a model judge or while
    `checker.judge.calibrate.recording`.
    """
    from checker.judge import calibrate

    cfg = config or JudgeConfig()
    kb = kb or load_knowledge()
    if model_judge is not None or calibrate._RECORDER.get() is not None:
        known = None
    groups: dict[tuple, dict] = {}
    # NOTE: every claim of the run, by source: a source states a figure a quantity conflict may cite elsewhere, in
    # an event an incremental run or another process does not judge
    by_source: dict[str, list[Claim]] = {}
    for c in corpus or [c for cl in clusters for c in cl.claims]:
        by_source.setdefault(c.source_id, []).append(c)
    for cl in clusters:
        if len({c.source_id for c in cl.claims}) < 2 and not cl.links:
            continue
        # NOTE: cross-event candidates (match.cross_candidates) are judged with the event's own pairs.
        own = _pairs(cl, cfg.max_pairs_per_event)
        pairs = own + list(cl.links)
        ids = tuple(c.id + ("?" if questions and c.id in questions else "") for c in cl.claims) \
            if known is not None or seen is not None else ()
        memo = known.get(ids) if known is not None else None
        if memo is not None:
            verdicts: list[list[Verdict]] = [[] for _ in own]
            for k, vs in memo:
                verdicts[k] = list(vs)
            verdicts += [judge_pair(a, b, kb, cfg.rules, _similarity(vectors, a, b), _similarity(questions, a, b)) for a, b in cl.links]
        else:
            verdicts = [judge_pair(a, b, kb, cfg.rules, _similarity(vectors, a, b), _similarity(questions, a, b)) for a, b in pairs]
        if seen is not None:
            seen[ids] = tuple((k, tuple(vs)) for k, vs in enumerate(verdicts[: len(own)]) if vs)
        if model_judge is not None:
            extra = model_judge.judge_all(pairs)
            for vs, v in zip(verdicts, extra):
                if v is not None:
                    vs.append(v)
        for (a, b), vs in zip(pairs, verdicts):
            seen_codes, told = set(), set()
            for v in vs:
                if v.code in seen_codes or v.confidence < cfg.min_confidence:
                    continue
                if restated(v, a, b, by_source, kb) or denied_by_its_own_source(v, a, b, cl.claims):
                    continue  # NOTE: the source states the other's figure, or tells the denial, itself: no conflict
                conflict = (v.slot, frozenset(frozenset(vals) for vals in v.values))
                if conflict in told:
                    # NOTE: two rules reading one pair's same two answers of one slot ("national" / "local" as
                    # antonyms in matching statements and as poles said of one holder) tell one conflict: the first
                    # (most severe, then most confident: `judge_pair`'s order) is its finding
                    continue
                seen_codes.add(v.code)
                told.add(conflict)
                # NOTE: one finding per event, rule, verdict and question: every claim in it keeps
                # its own value, so a reviewer sees all the versions of the slot side by side.
                key = (cl.id, v.code, v.verdict)
                # NOTE: an inherited value is cited where it is stated (`Claim.stating`).
                groups.setdefault(key, {"cluster": cl, "pairs": []})["pairs"].append(
                    (a.stating(v.values[0]), b.stating(v.values[1]), v, a, b)
                )
    findings = []
    for g in (q for group in groups.values() for q in _questions(group)):
        v: Verdict = g["verdict"]
        cited = list(g["claims"].values())
        if len({c.source_id for c, _ in cited}) < 2:
            continue
        cited, sides, text = two_sided(cited, [tuple(sorted(vals)) for _, vals in cited], g["conflicts"])
        claims = tuple(c for c, _ in cited)
        values = tuple(tuple(vals) for _, vals in cited)
        compared = tuple(g["compared"].get(c.id) for c in claims) if g["compared"] else ()
        rule = REGISTRY.get(v.code)
        reason = g["reasons"][0]
        if v.code == "CC104":
            from checker.rules.entities import scope_summary

            cited_texts = {t for _, vals in cited for t in vals}
            mentions = [m for c in claims for m in c.slots.targets if m.text in cited_texts]
            reason = scope_summary(mentions, kb) or reason
        message = f"{v.slot} {v.verdict}: {text} — {reason}"
        findings.append(
            Finding(
                fingerprint=fingerprint(v.code, claims, values, slot=rule.slot if rule else v.slot, verdict=v.verdict),
                rule=v.code,
                kind=rule.slot if rule else v.slot,
                verdict=v.verdict,
                severity=SEVERITY.get(v.verdict, "warning"),
                confidence=round(max(g["conf"]), 3),
                message=message,
                event=g["cluster"].label,
                claims=claims,
                values=values,
                sides=sides,
                compared=compared,
            )
        )
    findings.sort(key=lambda f: (_VERDICT_ORDER.get(f.verdict, 9), -f.confidence, f.rule, f.fingerprint))
    return tuple(findings)


def judge_texts(
    pairs: Sequence[tuple[str, str]], parser=None, kb: Knowledge | None = None, embedder=None
) -> list[Verdict | None]:
    """Judge text pairs assumed to be about the same event; the strongest verdict or None per pair.

    Parses every text in one spaCy pass; used by evaluations and the library API. With an
    ``embedder``, value verdicts also need the two texts to be near-paraphrases, as in a run.
    """
    from checker.normalize import normalize_texts

    kb = kb or load_knowledge()
    flat = [t for p in pairs for t in p]
    claims = normalize_texts(flat, parser=parser, kb=kb)
    vectors = None
    if embedder is not None:
        vectors = {c.id + f"#{i}": v for i, (c, v) in enumerate(zip(claims, embedder.embed([c.context or c.text for c in claims])))}
    out: list[Verdict | None] = []
    for i in range(len(pairs)):
        a, b = claims[2 * i], claims[2 * i + 1]
        sim = None
        if vectors is not None:
            import numpy as np

            sim = float(np.dot(vectors[a.id + f"#{2 * i}"], vectors[b.id + f"#{2 * i + 1}"]))
        vs = judge_pair(a, b, kb, similarity=sim)
        out.append(vs[0] if vs else None)
    return out
