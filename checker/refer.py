"""Denials -> the claim they deny: "the story is a hoax" is resolved to the story's claim in another source.

A sentence such as "the report is false", "X denied the story", "this is a hoax" (stance ``refutes``,
found by `checker.parse.pointing_denials`) denies a claim it never states. What it points at is what
its document was saying just before: the sentences of its paragraph and the few before it (a body
that reports P and then says "this was untrue"), the denial itself, and the document's first claims
(its title and lead, `LEAD`). The claim of another source that is nearest in meaning to one of these is the
claim denied, when it is near enough (`FLOOR`), with the other documents' restatements of it
(`RESTATED`). A denial that states its claim ("X denied reports that P", stance ``denied``) is
resolved the same way by P alone (`DENIED_FLOOR`). A document that itself denies a story is a debunker, not a source of claims a denial can refute.
An asserted negation ("Bale will not be starring as Jobs") denies its positive, which another source of its event
may state in other words ("Christian Bale will play Steve Jobs"): it is resolved to the nearest such claim the judge
compares it with (a member of its event or a claim it is linked with, `NEGATED_FLOOR`), and rule CC201 judges the pair
on its aligned predicate and arguments.

A claim a document states only to deny it (a restatement of a claim it denies, or a claim its next one calls
false: "A website stated that P. This report is entirely false.") is only said: its copy in its event is hedged.

Requires claims with `Claim.stance` and their unit sentence embeddings, and the events; assigns
`Claim.refers_to` on a copy of each resolved denial and adds the pair (denial, claim) to the denial's
event as a judge candidate (`Cluster.links`), where rule CC204 (`checker.rules.stance`) judges it.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import TYPE_CHECKING, Sequence

from checker.models import Claim, Cluster
from checker.normalize.roles import content_lemmas, role_lemmas

if TYPE_CHECKING:
    import numpy as np

__all__ = ["DENIED_FLOOR", "FLOOR", "LEAD", "MAX_DOCS", "MAX_LINKS", "NEGATED_FLOOR", "Pointed", "RESTATED", "WINDOW", "pointing", "resolve"]

logger = logging.getLogger(__name__)

Pointed = tuple[set[str], dict[str, list[tuple[Claim, Claim]]]]
"""`pointing`'s result: ids of claims stated only to be denied, and denial id -> (resolved copy, claim denied) pairs."""

WINDOW = 3
"""Claims of the denial's document read before it as what it may point at (besides its own paragraph)."""
FLOOR = 0.3
"""Cosine between the other source's claim and the nearest of those below which nothing is resolved.

Chosen on the FNC-1 dev half (200 + 200 folders): 0.35 -> 0.3 took F1 0.512 -> 0.525 with 4.0% of
agree folders flagged (0.5 had missed denials whose story is restated loosely)."""

LEAD = 3
"""Claims at the head of the denial's document (its title and lead) read as what it may point at (FNC-1 dev
200 + 200: 1 -> 3 took F1 0.593 -> 0.603, agree folders flagged 5.5% both)."""
MAX_DOCS = 20
"""Other documents whose claims a denial is compared with: the nearest by their claims' mean direction."""
MAX_LINKS = 3
"""Claims one denial is resolved to at most (the nearest, one per other document)."""
RESTATED = 0.75
"""Cosine to the nearest resolved claim at or above which another document's claim restates it and is
denied too (ECB+, 10 topics in one folder: CC204 findings citing two topics or both events of one
topic 9 -> 4, claims cited 159 -> 106)."""
DENIED_FLOOR = 0.5
"""(0.45 tried on dev: one more agree folder flagged.) The same for a denial that states its claim ("X denied reports that P"): the cosine of P itself to the
other source's claim, for the paraphrases CC204's word alignment misses ("open a restaurant in Scotland"
/ "to open UK restaurant")."""

NEGATED_FLOOR = 0.65
"""Cosine of an asserted negation to a positive claim of another source in its event at or above which it is resolved
to it (FNC-1 dev 200 + 200, simulated on dev pairs: 0.6 took one more agree folder and no disagree one)."""


def _negation(c: Claim) -> bool:
    """An asserted, unhedged claim whose main predicate is negated: it denies the positive claim."""
    return c.stance == "asserted" and c.slots.negated and not c.asks and c.modality != "hedged"


def _positive(c: Claim) -> bool:
    """An asserted claim without negation that a negation can deny (not a correction, `_corrects`)."""
    return c.stance == "asserted" and not c.slots.negated and not c.asks and c.modality != "hedged" and not _corrects(c)


def _negations(clusters: Sequence[Cluster], claims: Sequence[Claim], vectors: "np.ndarray", floor: float) -> tuple[Cluster, ...]:
    """The events with each asserted negation resolved to the nearest positive claim of another source (not a debunker)
    that the judge compares it with (cosine >= ``floor``): a member of its event, or a claim of another event it is a judge candidate
    with (`Cluster.links`: the matcher may put a headline and the body sentence negating it in two events, linked). The
    negation is replaced, as a member and in its link pairs, by a copy carrying `Claim.refers_to` and its score. No new
    pair is made: the judge compares the two as it did, with every rule as before."""
    row = {c.id: i for i, c in enumerate(claims)}
    best: dict[str, tuple[float, Claim, Claim]] = {}
    # NOTE: a document that denies the story is a debunker: what it restates ("the bogus story claimed that he was found
    # dead") is no claim another source's negation ("he has not died") contradicts
    debunkers = {c.source_id for c in claims if c.stance in ("refutes", "denied")}

    def consider(n: Claim, p: Claim) -> None:
        if n.id not in row or p.id not in row or p.source_id == n.source_id or p.source_id in debunkers:
            return
        s = float(vectors[row[n.id]] @ vectors[row[p.id]])
        if s > best.get(n.id, (-1.0, n, p))[0]:
            best[n.id] = (s, n, p)

    for cl in clusters:
        pos = [c for c in cl.claims if _positive(c)]
        for n in cl.claims:
            if _negation(n):
                for p in pos:
                    consider(n, p)
        for x, y in cl.links:
            for n, p in ((x, y), (y, x)):
                if _negation(n) and _positive(p):
                    consider(n, p)
    swap = {nid: dataclasses.replace(n, refers_to=p.id, refers_score=round(s, 3)) for nid, (s, n, p) in best.items() if s >= floor}
    if not swap:
        return tuple(clusters)
    out = []
    for cl in clusters:
        if any(c.id in swap for c in cl.claims) or any(x.id in swap or y.id in swap for x, y in cl.links):
            cl = dataclasses.replace(cl, claims=tuple(swap.get(c.id, c) for c in cl.claims),
                                     links=tuple((swap.get(x.id, x), swap.get(y.id, y)) for x, y in cl.links))
        out.append(cl)
    return tuple(out)


def _antecedents(own: Sequence[int], k: int, claims: Sequence[Claim]) -> list[int]:
    """Rows the denial at ``own[k]`` may point at: itself, its paragraph so far, the WINDOW before it, and the LEAD
    first claims, where its document tells the story it is about.

    A pronoun ("it all turned out to be a hoax", "Simply put: it is not plausible") reads the lead too. Reading the lead
    only for a denial naming a story ("the story", "the incident") or in a document whose lead names one changed no
    folder of the dev halves (FNC-1 200 + 200, stories 60 + 60) nor any CC204 of the 22 odd ECB+ topics, and lost
    rebuttals of the test halves (FNC-1 test tp 90 -> 88, stories test detected 0.667 -> 0.633, session 2026-11-29)."""
    r = claims[own[k]]
    rows = [own[k], *own[max(0, k - WINDOW) : k], *(j for j in own[:k] if claims[j].paragraph == r.paragraph), *own[:LEAD]]
    if k < LEAD:
        # NOTE: a denial in the lead ("another blockbuster story is not true") may name a story the document tells next
        rows += own[k + 1 : k + 1 + WINDOW]
    return list(dict.fromkeys(j for j in rows if claims[j].stance != "refutes" or j == own[k]))


_PRONOUNS = ("it", "he", "she", "they", "we", "i", "this", "that")


def _enclosing(i: int, own: Sequence[int], claims: Sequence[Claim]) -> list[int]:
    """The sentence a denied clause without a subject of its own was cut from ("X denied agreeing to P":
    X is who agreed), read with it as what it denies; none for a clause that names its own agent (a
    pronoun names nobody: "X denied reports that it plans to P" is read with X too)."""
    r = claims[i]
    agent = role_lemmas(r.slots).get("agent")
    if agent not in (None, *_PRONOUNS) or not r.slots.roles:
        return []  # NOTE: a pronoun subject ("denied reports that it plans to P") names nobody either
    return [j for j in own if j != i and claims[j].stance == "asserted" and claims[j].start <= r.start and r.end <= claims[j].end]


_CORRECTION_REACH = 4
"""Words after "despite" / "contrary", in the same phrase, within which a report noun makes the claim a correction ("despite
earlier kidnap reports", "contrary to reports")."""


def _corrects(c: Claim) -> bool:
    """The claim corrects a story (`correction_adverbs`, `correction_prepositions` before a report noun): "she is actually
    fine", "Actually, the footage aired uncensored", "she is fine despite kidnap reports", "contrary to reports, P", or says
    something else of one told as only feared or believed ("X, feared kidnapped, says she is safe": `epistemic_participles`).
    A concession that names no report ("God is great despite being a woman") corrects nothing."""
    from checker.cues import corrects_a_fear, crude_lemmas, stance_cues

    cues = stance_cues()
    text = c.text.lower()
    if cues["correction_adverbs"] & set(re.findall(r"[a-z]+", text)):
        return True
    roles = role_lemmas(c.slots)
    if corrects_a_fear(text, {roles.get("pred"), roles.get("said")} - {None}):
        return True  # NOTE: "Gill Rosenberg, feared kidnapped by ISIS, says she is safe"
    reports = cues["report_nouns"] | cues["hearsay_nouns"]
    for phrase in re.split(r"[,.;:!?()\"“”]", text):
        words = re.findall(r"[a-z]+", phrase)
        if any(w in cues["correction_prepositions"] and any(crude_lemmas(x) & reports for x in words[k + 1 : k + 1 + _CORRECTION_REACH])
               for k, w in enumerate(words)):
            return True
    return False


def _asserted(j: int, claims: Sequence[Claim], by_source: dict[str, list[int]], pos: dict[int, int]) -> bool:
    """A claim its source asserts: not a question, not itself a denial, and not the antecedent of one
    of its own document's denials ("reports said P. This was untrue." asserts nothing about P)."""
    c = claims[j]
    if c.stance != "asserted" or c.asks or _corrects(c):
        return False  # NOTE: a correction ("she is actually fine, despite kidnap reports") agrees with a denial of the story
    own = by_source[c.source_id]
    k = pos[j]
    after = own[k + 1 : k + 1 + WINDOW]
    return not any(claims[i].stance != "asserted" and (i in after[:1] or claims[i].paragraph == c.paragraph) for i in after)


def _quoted(claims: Sequence[Claim], vectors: "np.ndarray", restated: float) -> set[str]:
    """Ids of the asserted claims a document states only to deny them: a restatement (cosine >= ``restated``) of a claim
    it denies ("Claim: Culkin has died. FALSE. ... Example: Macaulay Culkin Found Dead at Age 34"), or a claim its
    next one points back at and calls false ("A website stated that P." / "This report is entirely false."). Such a
    claim is only said (hedged), as a quotation its quoter calls false is (`checker.parse`)."""
    by_source: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        by_source.setdefault(c.source_id, []).append(i)
    out: set[str] = set()
    for rows in by_source.values():
        denied = [i for i in rows if claims[i].stance == "denied"]
        for k, i in enumerate(rows):
            c = claims[i]
            if c.stance != "asserted" or c.modality == "hedged":
                continue
            nxt = claims[rows[k + 1]] if k + 1 < len(rows) else None
            if nxt is not None and nxt.stance == "refutes" and set(nxt.slots.lemmas) & _BACK:
                out.add(c.id)
            elif denied and max(float(vectors[i] @ vectors[j]) for j in denied) >= restated:
                out.add(c.id)
    return out


def _words(c: Claim) -> frozenset[str]:
    """A claim's content words and the words of the names it mentions (what two claims about one thing share)."""
    return frozenset(content_lemmas(c.text, c.slots)) | {w for m in c.slots.all_entities() for w in m.key.split()}


_BACK = frozenset({"this", "these", "those"})
"""Demonstratives by which a denial points back at what was just said ("This report is entirely false"); not "that",
which is as often the word opening a clause ("officials said that the report was false")."""


def resolve(
    clusters: Sequence[Cluster],
    claims: Sequence[Claim],
    vectors: "np.ndarray",
    floor: float = FLOOR,
    every: Sequence[Cluster] = (),
    denied_floor: float = DENIED_FLOOR,
    restated: float = RESTATED,
    negated_floor: float = NEGATED_FLOOR,
    pointed: "Pointed | None" = None,
) -> tuple[Cluster, ...]:
    """The events with every resolvable pointing denial linked to the claim it denies (one per other source).

    ``claims`` and ``vectors`` are row-aligned (unit vectors). A denial whose event is not among
    ``clusters`` but among ``every`` (an incremental run's kept event) is added as that event without
    its members, carrying only its links to claims of ``clusters``, as the pipeline does for kept events'
    cross-event links. ``pointed``: `pointing` of the same claims, vectors, ``floor``, ``denied_floor`` and
    ``restated`` when already known (the pipeline computes it in another process while it matches).
    """
    quoted, links = pointed if pointed is not None else pointing(claims, vectors, floor, denied_floor, restated)
    if quoted:
        clusters = tuple(dataclasses.replace(cl, claims=tuple(dataclasses.replace(c, modality="hedged") if c.id in quoted else c for c in cl.claims))
                         if any(c.id in quoted for c in cl.claims) else cl for cl in clusters)
    if any(_negation(c) for c in claims):
        clusters = _negations(clusters, claims, vectors, negated_floor)
    if not links:
        return tuple(clusters)
    out = []
    placed: set[str] = set()
    for cl in clusters:
        extra = [p for c in cl.claims for p in links.get(c.id, ())]
        placed.update(c.id for c in cl.claims if c.id in links)
        out.append(dataclasses.replace(cl, links=cl.links + tuple(extra)) if extra else cl)
    fresh = {c.id for cl in clusters for c in cl.claims}
    for cl in every:
        # NOTE: a kept denial of a kept claim was judged before (its finding is reused): only new pairs.
        extra = [p for c in cl.claims if c.id not in placed for p in links.get(c.id, ()) if p[1].id in fresh]
        if extra:
            out.append(dataclasses.replace(cl, claims=(), links=tuple(extra)))
    return tuple(out)


def pointing(
    claims: Sequence[Claim],
    vectors: "np.ndarray",
    floor: float = FLOOR,
    denied_floor: float = DENIED_FLOOR,
    restated: float = RESTATED,
) -> "Pointed":
    """What `resolve` reads of the claims and their vectors alone, whatever the events: the ids of the claims a
    document states only to deny them (`_quoted`), and every denial's links (denial id -> (its copy carrying
    `Claim.refers_to`, the claim it denies)). Pure: the same claims and vectors give equal results, so another
    process may compute it (`checker.pipeline`)."""
    quoted = _quoted(claims, vectors, restated)
    refuting = [i for i, c in enumerate(claims) if c.stance in ("refutes", "denied")]
    links: dict[str, list[tuple[Claim, Claim]]] = {}
    if not refuting:
        return quoted, links
    import numpy as np

    by_source: dict[str, list[int]] = {}
    pos: dict[int, int] = {}
    for i, c in enumerate(claims):
        own = by_source.setdefault(c.source_id, [])
        pos[i] = len(own)
        own.append(i)
    # NOTE: a document that itself denies the story ("Hoax busted: ...") is a debunker, not its source:
    # nothing it says is what another debunker denies ("fans can rest assured he is alive" agrees).
    debunkers = {claims[i].source_id for i in refuting}
    seen_words: dict[int, frozenset[str]] = {}

    def words(j: int) -> frozenset[str]:
        """`_words` of row ``j``, read once per run (a denial is compared with hundreds of claims)."""
        if j not in seen_words:
            seen_words[j] = _words(claims[j])
        return seen_words[j]

    jobs = []
    if refuting:
        jobs.append((refuting, [j for j, c in enumerate(claims) if c.source_id not in debunkers and _asserted(j, claims, by_source, pos)]))
    for rows_of, cands in jobs:
        if not cands:
            continue
        targets = np.array(cands, dtype=np.int64)
        docs = list(dict.fromkeys(claims[j].source_id for j in cands))
        doc_of = {d: k for k, d in enumerate(docs)}
        tdoc = np.array([doc_of[claims[j].source_id] for j in cands], dtype=np.int64)
        # NOTE: documents are first ranked by their claims' mean direction, so a denial reads the claims of
        # its `MAX_DOCS` nearest documents, not of the whole corpus (cost: denials x documents, not x claims).
        order = np.argsort(tdoc, kind="stable")
        starts = np.flatnonzero(np.r_[True, np.diff(tdoc[order]) != 0])
        centroids = np.add.reduceat(vectors[targets[order]], starts, axis=0).astype(np.float32)
        centroids /= np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-9)
        for i in rows_of:
            r = claims[i]
            own = by_source[r.source_id]
            # NOTE: a denial that states its claim ("denied reports that P") is resolved by P alone, and must be nearer.
            if r.stance == "refutes":
                rows, least = _antecedents(own, pos[i], claims), floor
            else:
                rows, least = [i, *_enclosing(i, own, claims)], max(floor, denied_floor)
            near = (centroids @ vectors[rows].T).max(axis=1)
            if r.source_id in doc_of:
                near[doc_of[r.source_id]] = -np.inf
            nearest = np.argsort(-near)[:MAX_DOCS]
            others = targets[np.isin(tdoc, nearest[np.isfinite(near[nearest])])]
            if not len(others):
                continue
            sims = vectors[others] @ vectors[rows].T
            if r.stance == "refutes":
                # NOTE: what a pointing denial points at must say something of the claim it is resolved to: a word or a
                # name of it, not a cosine alone ("residents question the official story" is near any claim of its event)
                said = [words(k) for k in rows]
                sims = np.where([[not w.isdisjoint(words(j)) for w in said] for j in others.tolist()], sims, -1.0)
            score = sims.max(axis=1)
            best: dict[str, tuple[float, int]] = {}
            for j, s in zip(others.tolist(), score.tolist()):
                sid = claims[j].source_id
                if s >= least and s > best.get(sid, (-1.0, -1))[0]:
                    best[sid] = (s, j)
            ranked = sorted(best.values(), reverse=True)[:MAX_LINKS]
            for s, j in ranked:
                # NOTE: a denial denies one proposition: the nearest claim and the other documents'
                # restatements of it (`RESTATED`), not whatever each document says nearest the context.
                if j != ranked[0][1] and float(vectors[j] @ vectors[ranked[0][1]]) < restated:
                    continue
                t = claims[j]
                logger.debug("%s -> %s (%.3f)", r.text, t.text, s)
                links.setdefault(r.id, []).append((dataclasses.replace(r, refers_to=t.id, refers_score=round(s, 3)), t))
    return quoted, links
