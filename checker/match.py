"""Event matching: claims -> `Cluster`s of claims about the same event.

Requires `Claim.slots` and `Claim.context`; assigns `Cluster`. A link needs both meaning (sentence
embeddings) and structure (shared rare entities, compatible action frames, places and times), so
two events of the same type stay apart while paraphrases across sources join.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Sequence

from checker.models import Claim, Cluster, DateValue
from checker.normalize.entities import LIGHT_FRAMES, Knowledge, load_knowledge, same_product

if TYPE_CHECKING:
    import numpy as np

    from checker.backends.base import Embedder

__all__ = [
    "MatchConfig",
    "cluster",
    "pair_score",
    "candidate_pairs",
    "cross_candidates",
    "judge_load",
    "link",
    "mutual_neighbours",
    "question_words",
    "times_differ",
    "EntityStats",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MatchConfig:
    """Matcher settings; defaults chosen on ECB+ and the seeds (see README, Measured)."""

    link_threshold: float = 0.62
    """Combined score at which two claims are linked."""
    average_threshold: float = 0.45
    """Average combined score two clusters need to merge (average linkage, stops chaining)."""
    neighbors: int = 25
    """Embedding neighbours considered per claim (candidate search)."""
    entity_weight: float = 0.35
    """Weight of shared rare entities (IDF-weighted, products and actors)."""
    frame_weight: float = 0.12
    """Bonus when both claims evoke the same action frame (or opposite ones)."""
    frame_clash: float = 0.15
    """Penalty when both evoke frames and none agree."""
    max_clash: float = 0.5
    """Two events never merge when more than this share of their cross-document claim pairs that
    state years state different ones (two seasons, two elections): hard evidence, not a penalty."""
    place_clash: float = 0.15
    """Penalty when both name places and none agree."""
    date_clash: float = 0.08
    """Penalty when both state explicit dates that cannot overlap."""
    doc_weight: float = 0.3
    """Bonus scaled by how much the two claims' documents share rare entities and places."""
    doc_clash: float = 0.1
    """Penalty when the two documents name places that never agree."""
    doc_link_threshold: float | None = 0.7
    """Average document score at which two documents count as one story; None puts all in one."""
    story_gap: float = 0.15
    """Penalty for linking claims whose documents fall in different story groups."""
    max_pairs_per_merge: int = 100
    """Cap on member pairs scored when averaging two clusters."""
    link_overlap: float = 0.5
    """Share of the shorter question's words the other must hold for two claims of different events
    (and documents) sharing a salient entity to become a judge candidate (`Cluster.links`)."""
    links_per_claim: int = 1
    """Most cross-event candidates kept per claim and other document (best aligned first): bounds
    the judge's cost."""
    mutual_min: float = 0.3
    """Cosine from which two claims of different documents, each the other's closest claim in any
    other document, become a judge candidate across events."""
    link_block: int = 60
    """Entities named by more claims than this are not salient enough to pair their claims."""


class EntityStats:
    """Document frequency of entity keys, so "AI" weighs less than "Anthropic"."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.n = max(1, len(claims))
        df: Counter[str] = Counter()
        for c in claims:
            df.update({k for k in _keys(c)})
        self.df = df
        self._idf: dict[str, float] = {}

    def idf(self, key: str) -> float:
        """Smoothed inverse document frequency in [0, 1]."""
        v = self._idf.get(key)
        if v is None:
            d = self.df.get(key, 0)
            v = min(1.0, math.log((self.n + 1) / (d + 1)) / math.log(self.n + 1) + 0.15) if self.n > 1 else 1.0
            self._idf[key] = v
        return v


class DocProfiles:
    """What each document is about: its rare entities and places.

    News documents mostly report one event, so two claims whose documents share rare participants are
    more likely about the same event, and documents set in different places less likely.
    """

    def __init__(self, claims: Sequence[Claim], stats: EntityStats) -> None:
        self.stats = stats
        self.keys: dict[str, set[str]] = defaultdict(set)
        self.places: dict[str, set[str]] = defaultdict(set)
        for c in claims:
            s = c.slots
            self.keys[c.source_id].update(m.key for m in s.products + s.actors + s.places)
            self.places[c.source_id].update(m.key for m in s.places)
        self._sim: dict[tuple[str, str], float] = {}
        self._clash: dict[tuple[str, str], bool] = {}

    def similarity(self, a: str, b: str) -> float:
        """IDF-weighted overlap of the two documents' entities, 0..1."""
        key = (a, b) if a < b else (b, a)
        if key not in self._sim:
            ka, kb_ = self.keys.get(a, set()), self.keys.get(b, set())
            shared = sum(self.stats.idf(k) for k in ka & kb_)
            norm = min(sum(self.stats.idf(k) for k in ka), sum(self.stats.idf(k) for k in kb_)) or 1.0
            self._sim[key] = min(1.0, shared / norm)
        return self._sim[key]

    def clash(self, a: str, b: str, kb: Knowledge) -> bool:
        """Both documents name places and none agree.

        Dates are deliberately not used: two sources dating one event differently is exactly the
        discrepancy this tool exists to report, so it must not keep their claims apart.
        """
        key = (a, b) if a < b else (b, a)
        if key not in self._clash:
            pa, pb = self.places.get(a), self.places.get(b)
            self._clash[key] = bool(pa and pb and not (pa & pb) and not any(kb.related(x, y) for x in pa for y in pb))
        return self._clash[key]


def _years(dates: Sequence[DateValue]) -> set[int]:
    """Years an explicit date pins down (a span of at most two years); relative dates pin nothing."""
    out: set[int] = set()
    for d in dates:
        if d.precision != "relative" and d.end.year - d.start.year <= 1:
            out.update(range(d.start.year, d.end.year + 1))
    return out


def times_differ(a: Claim, b: Claim) -> bool | None:
    """Whether two claims are pinned to different years (True), a shared one (False), or cannot tell.

    Only years written in the claims count (the 2023 season against the 2024 season). Two sources
    dating one event "May 2026" and "mid-2025" differ too: such claims still reach the judge as
    cross-event candidates (`cross_candidates`).
    """
    ya, yb = _years(a.slots.dates), _years(b.slots.dates)
    if not ya or not yb:
        return None
    return not (ya & yb)


# NOTE: verbs that carry no question of their own ("is", "has", "said").
_LIGHT_WORDS = frozenset(
    "be is are was were been being have has had do does did say says said tell told report reported state "
    "stated will would can could may might must shall should get got make made go went accord according "
    "include also other new year day time that this with from into about than then there their they".split()
)
_WORD = re.compile(r"\b[a-z][a-z'-]+\b")


def question_words(c: Claim) -> frozenset[str]:
    """What a claim asks, with its answers masked: its content lemmas without names, numbers or dates.

    "Acme cut 300 jobs in May" and "Acme cut 450 jobs in June" ask the same question (``cut``,
    ``job``); the parse's verbs, adjectives and nouns when there is one, lower-case words otherwise.
    """
    words = set(c.slots.predicates)
    if not words:
        words = {w for w in _WORD.findall(c.text) if len(w) > 3}
    return frozenset(w for w in words if w not in _LIGHT_WORDS and not any(ch.isdigit() for ch in w))


def cross_candidates(
    claims: Sequence[Claim],
    event_of: Sequence[int],
    cfg: "MatchConfig",
    words: Callable[[Claim], frozenset[str]] = question_words,
) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of claims from different documents and different events that answer one question.

    A pair needs a salient name in common (a word of an entity named by at most ``cfg.link_block``
    claims), an answer of one kind on both sides (dates, quantities, products, targets: what the
    judge's rules compare) and questions that align: ``cfg.link_overlap`` of the shorter set of
    question words, or one action frame on both sides; each claim keeps its ``cfg.links_per_claim`` best per other document. Clustering may
    split one question's answers into two events (two dates for one launch are exactly what keeps
    them apart); these pairs still reach the judge.
    Pure and deterministic: the same claims and events give the same pairs.
    """
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for w in sorted(_name_words(c)):
            by_name[w].append(i)
    q = [words(c) for c in claims]
    frames = [set(c.slots.frames) - LIGHT_FRAMES for c in claims]
    answers = [_answer_kinds(c) for c in claims]
    best: dict[tuple[int, int], float] = {}
    for w in sorted(by_name):
        idx = by_name[w]
        if len(idx) < 2 or len(idx) > cfg.link_block:
            continue
        for x, i in enumerate(idx):
            for j in idx[x + 1 :]:
                if event_of[i] == event_of[j] or claims[i].source_id == claims[j].source_id or (i, j) in best:
                    continue
                if not answers[i] & answers[j]:
                    continue  # NOTE: no answer of one kind on both sides: nothing for the judge to compare
                qi, qj = q[i], q[j]
                overlap = len(qi & qj) / min(len(qi), len(qj)) if qi and qj else 0.0
                # NOTE: one action frame on both sides ("restrict") asks one question in other words.
                if overlap >= cfg.link_overlap or frames[i] & frames[j]:
                    # NOTE: more kinds of answer on both sides give the judge more to compare.
                    best[(i, j)] = len(answers[i] & answers[j]) + (1.0 if frames[i] & frames[j] else 0.0) + overlap
    # NOTE: the cap is per claim and other document, so a claim linked to three documents can still
    # meet the fourth, whose version of the fact may be the one that differs.
    kept: Counter[tuple[int, str]] = Counter()
    out = []
    for (i, j), _ in sorted(best.items(), key=lambda kv: (-kv[1], kv[0])):
        ki, kj = (i, claims[j].source_id), (j, claims[i].source_id)
        if kept[ki] < cfg.links_per_claim and kept[kj] < cfg.links_per_claim:
            kept[ki] += 1
            kept[kj] += 1
            out.append((i, j))
    return sorted(out)


def mutual_neighbours(claims: Sequence[Claim], pairs: Sequence[tuple[int, int, float]], floor: float) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of claims from different documents that are each other's closest claim in
    any other document (among the candidate ``pairs``), with cosine at least ``floor``.

    A one-sentence summary and the source sentence it restates meet this way whatever the wording of
    their names; the pair is mutual, so a claim close to everything does not pair with everything.
    """
    best: dict[int, tuple[float, int]] = {}
    for i, j, cos in pairs:
        if claims[i].source_id == claims[j].source_id or cos < floor:
            continue
        for x, y in ((i, j), (j, i)):
            if x not in best or (cos, -y) > (best[x][0], -best[x][1]):
                best[x] = (cos, y)
    return sorted({(min(i, j), max(i, j)) for i, (_, j) in best.items() if best.get(j, (0.0, -1))[1] == i})


def judge_load(clusters: Sequence[Cluster], links: Sequence[tuple[Claim, Claim]] = (), cap: int = 2000) -> int:
    """Pairs the judge compares: cross-document member pairs of each event (at most ``cap``, as
    `checker.judge.JudgeConfig.max_pairs_per_event`) plus the cross-event ``links``."""
    total = len(links)
    for cl in clusters:
        per_source = Counter(c.source_id for c in cl.claims)
        n = len(cl.claims)
        total += min(cap, n * (n - 1) // 2 - sum(k * (k - 1) // 2 for k in per_source.values()))
    return total


def _answer_kinds(c: Claim) -> set[str]:
    """Which kinds of answer a claim gives: ``date`` (its own or inherited), ``quantity``, ``product``, ``target``."""
    s = c.slots
    kinds = {"date"} if s.dates or s.context_dates else set()
    if s.quantities:
        kinds.add("quantity")
    if s.products:
        kinds.add("product")
    if s.targets:
        kinds.add("target")
    return kinds


def _name_words(c: Claim) -> set[str]:
    """Words of the entities a claim names ("anthropic" of "the Anthropic intervention"), so a name
    the parser spans differently in two documents still pairs their claims."""
    return {w for k in _keys(c) for w in k.split() if len(w) > 2 and w.isalpha()}


def _keys(c: Claim) -> set[str]:
    s = c.slots
    keys = {m.key for m in s.products} | {m.key for m in s.actors} | {m.key for m in s.places}
    return keys


def _product_overlap(a: Claim, b: Claim) -> set[str]:
    out = set()
    for p in a.slots.products:
        for q in b.slots.products:
            if same_product(p.key, q.key):
                out.add(p.key)
    return out


def _frames_agree(a: Claim, b: Claim, kb: Knowledge) -> bool | None:
    """Like `checker.rules.common.frames_agree` with opposites, but None when either has no frame."""
    from checker.rules.common import frames_agree

    if not set(a.slots.frames) - LIGHT_FRAMES or not set(b.slots.frames) - LIGHT_FRAMES:
        return None
    return frames_agree(a, b, kb, opposites=True)


def pair_score(
    a: Claim, b: Claim, cosine: float, stats: EntityStats, kb: Knowledge, cfg: MatchConfig, docs: "DocProfiles | None" = None
) -> float:
    """Combined same-event score of two claims."""
    score = cosine
    doc_sim = 0.0
    if docs is not None and a.source_id != b.source_id:
        doc_sim = docs.similarity(a.source_id, b.source_id)
        score += cfg.doc_weight * doc_sim
        if docs.clash(a.source_id, b.source_id, kb):
            score -= cfg.doc_clash
    shared = 0.0
    products = _product_overlap(a, b)
    shared += sum(stats.idf(k) for k in products)
    akeys = {m.key for m in a.slots.actors}
    bkeys = {m.key for m in b.slots.actors}
    for k in akeys:
        if any(kb.related(k, j) for j in bkeys):
            shared += stats.idf(k)
    score += cfg.entity_weight * min(1.0, shared)
    agree = _frames_agree(a, b, kb)
    if agree is True and (shared > 0.3 or doc_sim > 0.2):
        # NOTE: a shared frame alone joins two earthquakes; it counts only with shared participants.
        score += cfg.frame_weight
    elif agree is False:
        score -= cfg.frame_clash
    pa, pb = {m.key for m in a.slots.places}, {m.key for m in b.slots.places}
    if pa and pb and not any(kb.related(x, y) for x in pa for y in pb):
        score -= cfg.place_clash
    da = [d for d in a.slots.dates if d.precision != "relative"]
    db = [d for d in b.slots.dates if d.precision != "relative"]
    if da and db and not any(x.overlaps(y) for x in da for y in db):
        score -= cfg.date_clash
    return score


def candidate_pairs(vectors: "np.ndarray", k: int) -> list[tuple[int, int, float]]:
    """Top-k cosine neighbours of every row, as unique (i, j, cos) with i < j (see `checker.ann`)."""
    from checker.ann import neighbours

    n = len(vectors)
    if n < 2:
        return []
    ids, sims = neighbours(vectors, k)
    out: dict[tuple[int, int], float] = {}
    for i in range(n):
        for j, s in zip(ids[i].tolist(), sims[i].tolist()):
            if j == i or j < 0:
                continue
            out[(i, j) if i < j else (j, i)] = s
    return [(i, j, c) for (i, j), c in out.items()]


def _average_linkage(
    n: int,
    edges: Sequence[tuple[float, int, int]],
    score_of: Callable[[int, int], float],
    threshold: float,
    max_pairs: int,
    evidence: Callable[[int, int], bool | None] | None = None,
    max_clash: float = 1.0,
) -> list[int]:
    """Greedy average linkage over candidate edges (best first); returns each item's group root.

    Two groups merge when the mean score over their member pairs (sampled down to ``max_pairs``)
    reaches ``threshold``: a single strong link cannot chain two events together. ``evidence(x, y)``
    says whether two members are told apart (True), together (False) or not at all (None) by hard
    evidence; groups whose telling pairs are apart in more than ``max_clash`` of cases never merge.
    """
    parent = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _, i, j in edges:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        mi, mj = members[ri], members[rj]
        total, count, apart, told = 0.0, 0, 0, 0
        step = max(1, len(mi) * len(mj) // max_pairs)
        for x_idx, x in enumerate(mi):
            for y in mj[(x_idx % step) :: step] if step > 1 else mj:
                total += score_of(x, y)
                count += 1
                e = evidence(x, y) if evidence is not None else None
                if e is not None:
                    told += 1
                    apart += e
        if told and apart > max_clash * told:
            continue
        if count and total / count >= threshold:
            if len(mi) < len(mj):
                ri, rj = rj, ri
            parent[rj] = ri
            members[ri].extend(members.pop(rj))
    return [find(i) for i in range(n)]


def document_groups(
    claims: Sequence[Claim], vectors: "np.ndarray", docs: "DocProfiles", kb: Knowledge, cfg: MatchConfig
) -> dict[str, int]:
    """Group documents that report the same story: mean claim vectors plus shared rare entities.

    News documents mostly report one story; claims are only linked inside a document group, so two
    earthquakes reported by different articles stay apart even when single sentences look alike.
    """
    import numpy as np

    from checker.ann import neighbours

    sources = list(dict.fromkeys(c.source_id for c in claims))
    if cfg.doc_link_threshold is None or len(sources) < 2:
        return {s: 0 for s in sources}
    index = {s: k for k, s in enumerate(sources)}
    dv = np.zeros((len(sources), vectors.shape[1]), dtype=np.float32)
    for c, v in zip(claims, vectors):
        dv[index[c.source_id]] += v
    dv /= np.linalg.norm(dv, axis=1, keepdims=True) + 1e-12

    def score(a: int, b: int) -> float:
        sa, sb = sources[a], sources[b]
        s = float(dv[a] @ dv[b]) + cfg.doc_weight * docs.similarity(sa, sb)
        return s - cfg.doc_clash if docs.clash(sa, sb, kb) else s

    ids, _ = neighbours(dv, min(cfg.neighbors, len(sources) - 1))
    edges = sorted({(score(a, int(b)), min(a, int(b)), max(a, int(b))) for a in range(len(sources)) for b in ids[a] if int(b) != a}, reverse=True)
    roots = _average_linkage(len(sources), edges, score, cfg.doc_link_threshold, cfg.max_pairs_per_merge)
    return {s: roots[k] for s, k in index.items()}


def cluster(
    claims: Sequence[Claim],
    embedder: "Embedder",
    config: MatchConfig | None = None,
    kb: Knowledge | None = None,
    vectors: "np.ndarray | None" = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[Cluster, ...]:
    """Group claims into events by average-linkage over candidate links, inside document groups.

    Requires `Claim.slots`; assigns `Cluster`s (every claim in exactly one, singletons included).
    """
    import numpy as np

    cfg = config or MatchConfig()
    kb = kb or load_knowledge()
    n = len(claims)
    if n == 0:
        return ()
    if vectors is None:
        vectors = embedder.embed([c.context or c.text for c in claims])
    vectors = np.asarray(vectors, dtype=np.float32)
    stats = EntityStats(claims)
    docs = DocProfiles(claims, stats)
    if progress:
        progress(f"matching {n} claims")
    group = document_groups(claims, vectors, docs, kb, cfg)
    pairs = candidate_pairs(vectors, cfg.neighbors)
    mutual = mutual_neighbours(claims, pairs, cfg.mutual_min)
    # NOTE: claims sharing a rare entity are candidates even when their wording differs a lot.
    pairs.extend(_entity_block_pairs(claims, stats))
    scored: dict[tuple[int, int], float] = {}

    def score_of(i: int, j: int) -> float:
        a, b = (i, j) if i < j else (j, i)
        if (a, b) not in scored:
            s = pair_score(claims[a], claims[b], float(vectors[a] @ vectors[b]), stats, kb, cfg, docs)
            if group[claims[a].source_id] != group[claims[b].source_id]:
                s -= cfg.story_gap  # NOTE: different stories are rarely the same event
            scored[(a, b)] = s
        return scored[(a, b)]

    # NOTE: only links that can matter are kept, so memory grows with the links, not the candidates.
    edges = []
    for i, j, _ in pairs:
        a, b = (i, j) if i < j else (j, i)
        if a == b or (a, b) in scored:
            continue
        s = score_of(a, b)
        if s < cfg.link_threshold:
            del scored[(a, b)]
        else:
            edges.append((s, a, b))
    del pairs
    edges.sort(reverse=True)
    def evidence(i: int, j: int) -> bool | None:
        return times_differ(claims[i], claims[j]) if claims[i].source_id != claims[j].source_id else None

    roots = _average_linkage(n, edges, score_of, cfg.average_threshold, cfg.max_pairs_per_merge, evidence, cfg.max_clash)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[roots[i]].append(i)
    ordered = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    clusters = tuple(
        Cluster(id=k, claims=tuple(claims[i] for i in g), label=_label([claims[i] for i in g], stats))
        for k, g in enumerate(ordered)
    )
    return _with_links(claims, clusters, mutual, cfg)


def link(claims: Sequence[Claim], clusters: Sequence[Cluster], vectors: "np.ndarray", config: MatchConfig | None = None) -> tuple[Cluster, ...]:
    """The events with their cross-event judge candidates (`Cluster.links`) recomputed over all ``claims``.

    Requires `Cluster`s covering ``claims`` (an incremental run's kept and fresh events); assigns
    `Cluster.links` exactly as `cluster` does for the same events. Pure and deterministic.
    """
    import numpy as np

    cfg = config or MatchConfig()
    vectors = np.asarray(vectors, dtype=np.float32)
    mutual = mutual_neighbours(claims, candidate_pairs(vectors, cfg.neighbors), cfg.mutual_min)
    return _with_links(claims, clusters, mutual, cfg)


def _with_links(claims: Sequence[Claim], clusters: Sequence[Cluster], mutual: Sequence[tuple[int, int]], cfg: MatchConfig) -> tuple[Cluster, ...]:
    import dataclasses

    row = {c.id: i for i, c in enumerate(claims)}
    event_of = [0] * len(claims)
    for cl in clusters:
        for c in cl.claims:
            event_of[row[c.id]] = cl.id
    # NOTE: a cross-event pair rides on the event of its first claim, so the judge groups its findings there.
    links: dict[int, list[tuple[Claim, Claim]]] = defaultdict(list)
    extra = [(i, j) for i, j in mutual if event_of[i] != event_of[j]]
    for i, j in sorted(set(cross_candidates(claims, event_of, cfg)) | set(extra)):
        a, b = (i, j) if event_of[i] < event_of[j] else (j, i)
        links[event_of[a]].append((claims[a], claims[b]))
    return tuple(dataclasses.replace(cl, links=tuple(links.get(cl.id, ()))) for cl in clusters)


def _entity_block_pairs(claims: Sequence[Claim], stats: EntityStats, max_block: int = 50) -> list[tuple[int, int, float]]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for k in {m.key for m in c.slots.products}:
            by_key[k].append(i)
    out = []
    for k, idx in by_key.items():
        if 2 <= len(idx) <= max_block:
            for x in range(len(idx)):
                for y in range(x + 1, len(idx)):
                    out.append((idx[x], idx[y], 0.0))
    return out


def _label(claims: Sequence[Claim], stats: EntityStats) -> str:
    frames: Counter[str] = Counter()
    ents: Counter[str] = Counter()
    surface: dict[str, str] = {}
    for c in claims:
        frames.update(set(c.slots.frames) - LIGHT_FRAMES)
        for m in c.slots.products + c.slots.actors:
            if stats.df.get(m.key, 0) <= max(3, 0.1 * stats.n):
                ents[m.key] += stats.idf(m.key)
            surface.setdefault(m.key, m.text)
    parts = [f for f, _ in frames.most_common(1)]
    parts += [surface[k] for k, _ in ents.most_common(3)]
    return " · ".join(parts) if parts else (claims[0].text[:60] + ("…" if len(claims[0].text) > 60 else ""))
