"""Incremental runs: the previous run's normalised claims, events and verdicts reused for documents that did not change.

A run over the same paths with the same code and settings stores a `Snapshot` in the cache (a
data-only msgpack record of `checker.cache.codec`): every document's content id and normalised
claims, the product lexicon's digest, every event (claim ids) and the judge's findings. The next
run over those paths:

- **parses** only the changed documents and those whose corpus evidence moved (`checker.parse.Evidence`:
  a line now repeated in three documents, a headline's word now written as a name elsewhere), each
  with the whole corpus' evidence, as a full run parses it;
- **normalises** only those documents, against the whole corpus' product lexicon, when that
  lexicon is unchanged (otherwise everything, as a cold run does);
- **matches** only the *touched region*: the new claims and every claim of the previous events that
  held a changed claim, a nearest neighbour of a new claim or a claim naming a rare entity it names
  (whole events, none cut in two), with the whole corpus' entity statistics, story groups and
  candidate pairs (`checker.match.cluster` ``within``); the other events are kept as they were;
- **searches neighbours** only for the new claims and the claims that lost one (`neighbours`: the
  previous run's exact lists are kept in the snapshot);
- **judges** the region's events and, whole, every kept event linked to one of them (and so on along
  links); the other events' findings are reused.

When no document changed, the previous run's events, links and merged findings are the result
(`reuse`): no parse, embedding, matching or judging, and neither numpy nor a model is imported.

The report after one changed document is the one a run without the snapshot gives when the change moves
no decision outside the region; it need not be. A full run reads corpus-wide statistics again (claim
and document counts under every name's and word's weight), which one new sentence anywhere moves a
little, and a merge at the threshold in a story the change never touches may go the other way; this
run keeps every event outside the region as it was. On full ECB+ one sentence appended to the first
document (topic 1) gave 164 findings, a run without the snapshot 163, all the difference in topic 40
(two full runs equal; docs/benchmarks.md, 2026-11-30 20:30). Not covered either: a kept event that
only *loses* a link (a new claim displaced its claim's mutual closest claim in another document) keeps
its previous findings; the snapshot holds no links to notice it. A region above `MAX_REGION` of the corpus, a corpus above
`MAX_CLAIMS`, other paths, other code or other settings run in full.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Collection, Mapping, Sequence

import msgspec

from checker.cache.codec import CacheFormatError, Record, decode, decode_raw, encode, inflate
from checker.models import Claim, Cluster, Finding, Source, Verdict

if TYPE_CHECKING:
    from collections import Counter

    import numpy as np

    from checker.cache import NullCache
    from checker.match import PassageCounts
    from checker.normalize.entities import ProductLexicon
    from checker.parse import Evidence, EvidenceCounts, Vocabulary

__all__ = ["Snapshot", "Plan", "PassageCountsRecord", "EntityCountsRecord", "LexiconRecord", "product_lexicon", "counts_of", "entity_counts_of", "moved", "MAX_REGION", "snapshot_key", "lexicon_digest", "fetch", "changed", "changed_since", "claims_key", "load", "save", "reuse", "known_verdicts", "region",
           "neighbours", "merge_clusters", "ordered"]

logger = logging.getLogger(__name__)

KIND = "snapshot"
"""Cache record kind."""
CLAIMS = "snapshot-claims"
"""Cache record kind of one document's normalised claims in a snapshot (`DocumentClaims`), keyed by content
(`claims_key`): a run that changed one document writes that document's claims only."""
DOCS = "snapshot-docs"
"""Cache record kind of a snapshot's document list alone, stored beside it (`changed_since` reads it without
inflating the snapshot, so an incremental run's spaCy process starts before the snapshot is read)."""
MAX_REGION = 0.4
"""Share of the corpus' claims above which the touched region is not worth it: run in full."""
MAX_CLAIMS = 60_000
"""Corpora above this many claims keep no snapshot: one record that size would add hundreds of MB to the peak."""
RARE = 50
"""An entity named by at most this many claims pulls their events into the region (as the matcher's entity blocks do)."""
MAX_NEW_ROWS = 256
"""More new claims than this: `neighbours` leaves the lists to a full search (its merge arrays grow as claims x new claims)."""


class Snapshot(Record):
    """What a run leaves for the next run over the same paths."""

    docs: tuple[tuple[str, str], ...]
    """(path, `Source.id`) in source order."""
    claims: tuple[tuple[Claim, ...], ...]
    """Normalised claims per document (parse dropped), in source order."""
    lexicon: str
    """`lexicon_digest` of the corpus the claims were normalised against."""
    events: tuple[tuple[str, tuple[str, ...]], ...]
    """Every event: (label, claim ids), singletons included."""
    findings: tuple[Finding, ...]
    """The judge's findings before fingerprints were disambiguated."""
    k: int = 0
    """Neighbours per claim in ``neighbour_ids`` (0: none stored, e.g. above `checker.ann.EXACT_LIMIT`)."""
    neighbour_ids: bytes = b""
    """Every claim's k nearest other claims (`checker.ann.neighbours`): int32 rows of the claims in
    ``claims`` order, little-endian, one row of k per claim."""
    neighbour_sims: bytes = b""
    """Their cosines, float32 little-endian, aligned with ``neighbour_ids``."""
    links: tuple[tuple[tuple[str, str], ...], ...] = ()
    """Every event's cross-event links (`Cluster.links`) as claim id pairs, aligned with ``events``."""
    merged: tuple[Finding, ...] = ()
    """The run's findings after `checker.judge.dedupe.merge` (what the report shows, before fingerprints
    are disambiguated)."""
    evidence: tuple[str, ...] = ()
    """Every document's evidence digest (`checker.parse.Evidence.digest`), aligned with ``docs``: a document
    whose evidence moved is parsed again though its text did not change."""
    complete: bool = False
    """``links`` and ``merged`` were stored: an unchanged corpus reuses the whole result (`reuse`)."""
    verdicts: tuple[tuple[tuple[str, ...], tuple[tuple[int, tuple[Verdict, ...]], ...]], ...] = ()
    """Every multi-source event's own pairs' verdicts (`checker.judge.judge_clusters` ``seen``): claim
    ids -> (pair number, verdicts) of the pairs with any; an event judged again with the same claims
    (kept, but linked to a re-matched one) judges only its links."""
    vocabulary: tuple[msgspec.Raw, ...] = ()
    """Every document's `checker.parse.vocabulary`, each an undecoded `VocabularyRecord` (only a changed
    document's is read), aligned with ``docs``."""
    counts: "CountsRecord | None" = None
    """`checker.parse.EvidenceCounts` of all the documents, and the digest of the evidence they give."""
    claim_keys: tuple[str, ...] = ()
    """Every document's `claims_key`, aligned with ``docs``: its claims are stored apart (`CLAIMS` records) and
    ``claims`` is empty; `load` reads them back into ``claims``."""
    product_lexicon: "LexiconRecord | None" = None
    """What `product_lexicon` keeps of the corpus' product lexicon (the next run reads only the changed documents)."""
    entity_counts: "EntityCountsRecord | None" = None
    """`checker.match.entity_counts` of all the claims (the next run takes the changed documents' off and adds them
    again instead of reading every claim's names)."""
    passage_counts: "PassageCountsRecord | None" = None
    """`checker.match.passage_counts` of all the claims, when the run's matching read them (the next run takes the
    changed documents' off and adds them again instead of reading every claim's words)."""


class DocumentClaims(Record):
    """One document's normalised claims in a snapshot (`CLAIMS`)."""

    claims: tuple[Claim, ...]
    """In document order, parse dropped."""


class VocabularyRecord(Record):
    """One document's `checker.parse.vocabulary`."""

    keys: tuple[str, ...]
    caps: dict[str, int]
    lower: dict[str, int]
    titled: tuple[str, ...]


class CountsRecord(Record):
    """`checker.parse.EvidenceCounts` and the digest of its `evidence` (`corpus_digest`)."""

    documents: int
    lines: dict[str, int]
    caps: dict[str, int]
    lower: dict[str, int]
    titled: dict[str, int]
    digest: str


class PassageCountsRecord(Record):
    """`checker.match.PassageCounts`."""

    claims: int
    words: dict[str, int]
    passages: dict[str, int]
    documents: int
    leads: dict[str, int]


class LexiconRecord(Record):
    """What a snapshot keeps of the corpus' `checker.normalize.entities.ProductLexicon` (`product_lexicon`)."""

    names: tuple[tuple[str, tuple[tuple[str, tuple[str, ...], str, int], ...]], ...]
    """(path, ((base, version keys, base as first written, mentions with a version), ...)) of every document naming a
    versioned product, in source order, its bases in the order it first names them."""
    capitalised: dict[str, int]
    """`ProductLexicon.capitalised` of the corpus."""
    lower: dict[str, int]
    """`ProductLexicon.lower` of the corpus."""


def product_lexicon(sources: Sequence[Source], per_source: Sequence[Sequence[Claim]], plan: "Plan | None" = None
                    ) -> "tuple[ProductLexicon, LexiconRecord]":
    """`checker.normalize.corpus_lexicon` of ``per_source`` (the same names, surfaces and counts, in the same order:
    what normalisation reads of it and its `lexicon_digest` are equal), and what a snapshot keeps of it.

    With a ``plan`` whose snapshot kept its lexicon, only the changed documents' claims are read: the others'
    versioned names are the snapshot's, and the word counts lose the changed documents' old claims and gain their new
    ones. The names are merged document by document in source order, as reading every claim in turn adds them (the
    first surface written stays; a base enters where a document first names it). ECB+ with one changed document:
    0.27 -> about 0.02 CPU s."""
    from collections import Counter

    from checker.normalize.entities import ProductLexicon

    record = plan.snapshot.product_lexicon if plan is not None else None
    stored = dict(record.names) if record is not None else {}
    old = dict(zip((path for path, _ in plan.snapshot.docs), plan.snapshot.claims)) if plan is not None and record is not None else {}
    out = ProductLexicon()
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    gone_caps: Counter[str] = Counter()
    gone_lower: Counter[str] = Counter()
    names = []
    for src, claims in zip(sources, per_source):
        if record is not None and src.path not in plan.changed:  # type: ignore[union-attr]
            mine = stored.get(src.path, ())
        else:
            doc = _document_lexicon(claims)
            mine = tuple((base, tuple(sorted(doc.versions[base])), name, doc.versioned[base]) for base, name in doc.surface.items())
            capitalised.update(doc.capitalised)
            lower.update(doc.lower)
            if record is not None:
                was = _document_lexicon(old.get(src.path, ()))
                gone_caps.update(was.capitalised)
                gone_lower.update(was.lower)
        for base, keys, name, n in mine:
            out.versions.setdefault(base, set()).update(keys)
            out.surface.setdefault(base, name)
            out.versioned[base] += n
        if mine:
            names.append((src.path, mine))
    if record is not None:
        caps, low = moved(record.capitalised, gone_caps, capitalised), moved(record.lower, gone_lower, lower)
        if caps is None or low is None or set(stored) - {s.path for s in sources}:
            return product_lexicon(sources, per_source)  # NOTE: counts of other documents: read them all
        capitalised, lower = caps, low
    out.capitalised, out.lower = capitalised, lower
    return out, LexiconRecord(tuple(names), dict(capitalised), dict(lower))


def _document_lexicon(claims: Sequence[Claim]) -> "ProductLexicon":
    from checker.normalize.entities import ProductLexicon

    lexicon = ProductLexicon()
    for c in claims:
        lexicon.add_text(c.text)
    return lexicon


class EntityCountsRecord(Record):
    """`checker.match.entity_counts`."""

    claims: int
    keys: dict[str, int]
    words: dict[str, int]


def moved(total: Mapping[str, int], gone: Mapping[str, int], new: Mapping[str, int]) -> "Counter[str] | None":
    """``total`` with ``gone`` taken off and ``new`` added (counts of zero dropped); None when a count would fall
    below zero (``gone`` was not counted in ``total``)."""
    from collections import Counter

    out = Counter(total)
    for w, k in gone.items():
        left = out[w] - k
        if left < 0:
            return None
        if left:
            out[w] = left
        else:
            del out[w]
    out.update(new)
    return out


def entity_counts_of(record: EntityCountsRecord, gone: Sequence[Claim], new: Sequence[Claim]) -> "tuple[int, Counter[str], Counter[str]] | None":
    """`checker.match.entity_counts` of a corpus from a snapshot's (``record``): the claims ``gone`` taken off, ``new``
    added; None when they do not fit."""
    from checker.match import entity_counts

    n0, keys0, words0 = entity_counts(gone)
    n1, keys1, words1 = entity_counts(new)
    keys, words, n = moved(record.keys, keys0, keys1), moved(record.words, words0, words1), record.claims - n0 + n1
    return (n, keys, words) if keys is not None and words is not None and n >= 0 else None


def counts_of(record: PassageCountsRecord) -> "PassageCounts":
    """The `checker.match.PassageCounts` a snapshot stored."""
    from collections import Counter

    from checker.match import PassageCounts

    return PassageCounts(record.claims, Counter(record.words), Counter(record.passages), record.documents, Counter(record.leads))


def corpus_digest(corpus: tuple[frozenset[str], frozenset[str]]) -> str:
    """Digest of `checker.parse.corpus_evidence`'s two sets."""
    h = hashlib.sha256()
    for part in (*sorted(corpus[0]), "\x01", *sorted(corpus[1])):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


@dataclass
class EvidenceState:
    """Every source's evidence (`checker.parse.Evidence`) as a run reads it, and what the next run keeps of it."""

    corpus: tuple[frozenset[str], frozenset[str]]
    """`checker.parse.corpus_evidence` of all sources."""
    digests: tuple[str, ...]
    """Every source's `Evidence.digest`, in source order."""
    known: "dict[int, Evidence]"
    """The `Evidence` of the sources it was computed for (by source index; `of` computes the others)."""
    counts: "EvidenceCounts"
    """The corpus' counts."""
    vocabulary: "list[msgspec.Raw | Vocabulary]"
    """Every source's `checker.parse.vocabulary`, as the snapshot kept it (undecoded) or read this run."""

    def of(self, sources: Sequence[Source], rows: Sequence[int]) -> "list[Evidence]":
        """The `Evidence` of ``sources[i]`` for ``i`` in ``rows``."""
        from checker.parse import document_evidence

        missing = [i for i in rows if i not in self.known]
        self.known.update(zip(missing, document_evidence([sources[i] for i in missing], self.corpus)))
        return [self.known[i] for i in rows]


def evidence(sources: Sequence[Source], plan: "Plan | None") -> EvidenceState:
    """Every source's evidence. With a plan whose snapshot kept the documents' vocabularies, only the changed
    documents are read: the corpus counts lose their old vocabulary and gain their new one, and when the
    corpus evidence is the snapshot's, every other document's evidence digest is the snapshot's (its text
    and the corpus evidence are unchanged). ECB+, one changed document: 0.55 CPU s -> about 0.05."""
    from checker.parse import EvidenceCounts, document_evidence, vocabulary

    snap = plan.snapshot if plan is not None else None
    if snap is not None and snap.counts is not None and len(snap.vocabulary) == len(snap.docs) == len(snap.evidence):
        row = {path: k for k, (path, _) in enumerate(snap.docs)}
        c = snap.counts
        counts = EvidenceCounts(c.documents, c.lines, c.caps, c.lower, c.titled)
        raws: list = [None] * len(sources)
        fresh: dict[int, Vocabulary] = {}
        try:
            for i, src in enumerate(sources):
                k = row[src.path]
                if src.path in plan.changed:  # type: ignore[union-attr]
                    old = decode_raw(bytes(snap.vocabulary[k]), VocabularyRecord)  # type: ignore[type-var]
                    counts.add((old.keys, old.caps, old.lower, old.titled), -1)
                    new = vocabulary(src)
                    counts.add(new)
                    raws[i] = fresh[i] = new
                else:
                    raws[i] = snap.vocabulary[k]
        except (KeyError, CacheFormatError):
            pass  # NOTE: a snapshot of other documents or a damaged vocabulary: read every document
        else:
            corpus = counts.evidence()
            if corpus_digest(corpus) == c.digest:
                idx = list(fresh)
                known = dict(zip(idx, document_evidence([sources[i] for i in idx], corpus)))
                digests = tuple(known[i].digest() if i in known else snap.evidence[row[s.path]] for i, s in enumerate(sources))
                return EvidenceState(corpus, digests, known, counts, raws)
            known = dict(enumerate(document_evidence(sources, corpus)))
            return EvidenceState(corpus, tuple(e.digest() for e in known.values()), known, counts, raws)
    vocabs = [vocabulary(s) for s in sources]
    counts = EvidenceCounts()
    for v in vocabs:
        counts.add(v)
    corpus = counts.evidence()
    known = dict(enumerate(document_evidence(sources, corpus)))
    return EvidenceState(corpus, tuple(e.digest() for e in known.values()), known, counts, list(vocabs))


@dataclass(frozen=True)
class Plan:
    """How this run reuses a snapshot."""

    snapshot: Snapshot
    """The previous run's record."""
    changed: frozenset[str]
    """Paths whose content differs from the snapshot's (and, once parsing has read every document's
    evidence, those whose evidence does: `checker.pipeline._parse_for`). Their claims are new, even
    where a claim keeps its id (same text and span, but another parse)."""
    stored: frozenset[str] = frozenset()
    """The `claims_key`s whose claims the snapshot's `CLAIMS` records hold (`save` does not write them again)."""


def _code_digest() -> str:
    """Digest of every module and data file of `checker`: any code or knowledge edit makes snapshots stale."""
    base = Path(__file__).parent
    h = hashlib.sha256()
    for p in sorted(base.rglob("*")):
        if p.suffix in (".py", ".yaml", ".json") and p.is_file():
            h.update(str(p.relative_to(base)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


_CODE: str | None = None


def snapshot_key(sources: Sequence[Source], settings_repr: str, embedder: str) -> str:
    """Key of the snapshot for these paths under this code, these settings and this embedder.

    A document's publication date (`Source.date`, which ``sources.yaml`` may change without the text)
    is part of the key: normalising (relative dates) and matching (`checker.match.claim_years`) read it."""
    global _CODE
    if _CODE is None:
        _CODE = _code_digest()
    h = hashlib.sha256()
    for part in ("snapshot", _CODE, settings_repr, embedder, *sorted(f"{s.path}\0{s.date}" for s in sources)):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def lexicon_digest(lexicon) -> str:  # noqa: ANN001
    """Digest of what a `ProductLexicon` gives normalisation (`ProductLexicon.state`)."""
    return hashlib.sha256(json.dumps(lexicon.state()).encode("utf-8")).hexdigest()


class _Docs(msgspec.Struct, array_like=True, frozen=True, tag="Snapshot"):
    """The first field of a `Snapshot`, read without the rest (`changed`)."""

    docs: tuple[tuple[str, str], ...]


def claims_key(key: str, source_id: str, evidence: str, lexicon: str) -> str:
    """Key of one document's normalised claims under the snapshot ``key`` (code, settings, embedder, paths and
    dates): its content id, the digest of its corpus evidence (its parse) and of the product lexicon
    (`lexicon_digest`) its claims were normalised against, which is all they are made of."""
    return hashlib.sha256("\0".join(("claims", key, source_id, evidence, lexicon)).encode("utf-8")).hexdigest()


def fetch(cache: "NullCache", key: str) -> bytes | None:
    """The stored snapshot under ``key``, inflated (`load` and `changed` read it), or None (none, or damaged)."""
    blob = cache.get_records(KIND, [key]).get(key)
    if blob is None:
        return None
    try:
        return inflate(blob)
    except CacheFormatError as exc:
        cache.invalid("the previous run's snapshot", exc)
        return None


def changed(raw: bytes, sources: Sequence[Source]) -> frozenset[str]:
    """The paths of ``sources`` whose content the snapshot (`fetch`) does not hold (all of them when it does not
    read), from its documents alone: 9 ms on ECB+ where decoding the whole snapshot takes 0.4 s."""
    try:
        before = dict(decode_raw(raw, _Docs).docs)  # type: ignore[type-var]
    except CacheFormatError:
        return frozenset(s.path for s in sources)
    return frozenset(s.path for s in sources if before.get(s.path) != s.id)


def changed_since(cache: "NullCache", key: str, sources: Sequence[Source]) -> frozenset[str] | None:
    """The paths of ``sources`` whose content the snapshot under ``key`` does not hold, from the document list `save`
    stores beside it (a few KB, where `fetch` inflates the whole snapshot: 31 MB on ECB+, 0.1-0.2 s); None when there
    is no such list or it does not read (then `fetch` the snapshot and ask `changed`). The snapshot itself may be
    gone (evicted): `load` decides whether a plan holds."""
    blob = cache.get_records(DOCS, [key]).get(key)
    if blob is None:
        return None
    try:
        before = dict(decode(blob, _Docs).docs)  # type: ignore[type-var]
    except CacheFormatError as exc:
        cache.invalid("the previous run's document list", exc)
        return None
    return frozenset(s.path for s in sources if before.get(s.path) != s.id)


def load(cache: "NullCache", key: str, sources: Sequence[Source], raw: bytes | None = None) -> Plan | None:
    """The plan for this run, or None (no snapshot, or a damaged one: run in full); ``raw``: what `fetch` returned."""
    raw = fetch(cache, key) if raw is None else raw
    if raw is None:
        return None
    try:
        snap = decode_raw(raw, Snapshot)
    except CacheFormatError as exc:
        cache.invalid("the previous run's snapshot", exc)
        return None
    stored: frozenset[str] = frozenset()
    if snap.claim_keys:
        # NOTE: the claims are stored per document (`save`): read them back, every one or no plan
        if len(snap.claim_keys) != len(snap.docs):
            return None
        blobs = cache.get_records(CLAIMS, list(dict.fromkeys(snap.claim_keys)))
        try:
            claims = tuple(decode(blobs[k], DocumentClaims).claims for k in snap.claim_keys)  # type: ignore[type-var]
        except KeyError:
            return None  # NOTE: a document's claims were evicted: run in full
        except CacheFormatError as exc:
            cache.invalid("the previous run's claims", exc)
            return None
        snap = msgspec.structs.replace(snap, claims=claims)
        stored = frozenset(snap.claim_keys)
    before = dict(snap.docs)
    if len(before) != len(sources) or len(snap.claims) != len(snap.docs):
        return None
    n = sum(len(cs) for cs in snap.claims)
    if snap.k and not (len(snap.neighbour_ids) == len(snap.neighbour_sims) == 4 * n * snap.k):
        cache.invalid("the previous run's snapshot", CacheFormatError("neighbour lists do not fit the claims"))
        return None
    changed = frozenset(s.path for s in sources if before.get(s.path) != s.id)
    return Plan(snap, changed, stored)


def save(
    cache: "NullCache",
    key: str,
    sources: Sequence[Source],
    per_source,  # noqa: ANN001
    lexicon: str,
    clusters: Sequence[Cluster],
    findings: Sequence[Finding],
    merged: Sequence[Finding],
    found: "tuple[np.ndarray, np.ndarray] | None" = None,
    verdicts: "Mapping[tuple[str, ...], tuple[tuple[int, tuple[Verdict, ...]], ...]] | None" = None,
    evidence: "Sequence[str] | EvidenceState" = (),
    stored: "Collection[str]" = (),
    passages: "PassageCounts | None" = None,
    entities: "tuple[int, Mapping[str, int], Mapping[str, int]] | None" = None,
    product: "LexiconRecord | None" = None,
) -> None:
    """Store this run's snapshot (best effort: a cache problem only costs the next run its head start).

    ``findings`` are the judge's, ``merged`` the same after `checker.judge.dedupe.merge`; ``found``: every
    claim's exact neighbour lists (`checker.ann.neighbours`), kept for the next run's `neighbours`;
    ``verdicts``: the events' own pairs' verdicts (kept for those of ``clusters``); ``evidence``: every
    source's evidence digest, or the run's `EvidenceState` (digests, corpus counts and vocabularies).

    With every source's evidence digest, each document's claims go to their own `CLAIMS` record under its
    `claims_key`; ``stored``: the keys whose records are stored already (`Plan.stored`: an unchanged document's
    claims are the snapshot's), which are not written again. An incremental ECB+ run then compresses one
    document's claims instead of 16,000 (20 MB of MessagePack). ``passages``: `checker.match.passage_counts` of
    the claims, when the run's matching counted them; ``entities``: `checker.match.entity_counts` of the claims; ``product``:
    `product_lexicon`'s record of the corpus lexicon.
    """
    import numpy as np

    if not cache.enabled or sum(len(cs) for cs in per_source) > MAX_CLAIMS:
        return
    events_of = {tuple(x.id for x in c.claims) for c in clusters}
    k, ids, sims = 0, b"", b""
    if found is not None:
        k = int(found[0].shape[1])
        ids = np.ascontiguousarray(found[0], dtype="<i4").tobytes()
        sims = np.ascontiguousarray(found[1], dtype="<f4").tobytes()
    state = evidence if isinstance(evidence, EvidenceState) else None
    counts = None
    if state is not None:
        c = state.counts
        counts = CountsRecord(c.documents, c.lines, c.caps, c.lower, c.titled, corpus_digest(state.corpus))
    digests = state.digests if state is not None else tuple(evidence)  # type: ignore[union-attr]
    keys = tuple(claims_key(key, s.id, d, lexicon) for s, d in zip(sources, digests)) if len(digests) == len(sources) else ()
    snap = Snapshot(
        docs=tuple((s.path, s.id) for s in sources),
        evidence=digests,
        vocabulary=tuple(v if isinstance(v, msgspec.Raw) else msgspec.Raw(msgspec.msgpack.encode(VocabularyRecord(*v)))
                         for v in state.vocabulary) if state is not None else (),
        counts=counts,
        claims=() if keys else tuple(tuple(cs) for cs in per_source),
        claim_keys=keys,
        lexicon=lexicon,
        events=tuple((c.label, tuple(x.id for x in c.claims)) for c in clusters),
        findings=tuple(findings),
        k=k,
        neighbour_ids=ids,
        neighbour_sims=sims,
        links=tuple(tuple((a.id, b.id) for a, b in c.links) for c in clusters),
        merged=tuple(merged),
        complete=True,
        verdicts=tuple((ids, v) for ids, v in (verdicts or {}).items() if ids in events_of),
        product_lexicon=product,
        entity_counts=EntityCountsRecord(entities[0], dict(entities[1]), dict(entities[2])) if entities is not None else None,
        passage_counts=PassageCountsRecord(passages.claims, dict(passages.words), dict(passages.passages), passages.documents,
                                           dict(passages.leads)) if passages is not None else None,
    )
    done = set(stored)
    # NOTE: the claims first: a snapshot never names claims that were not stored
    cache.put_records(CLAIMS, [(k, encode(DocumentClaims(tuple(cs)))) for k, cs in dict(zip(keys, per_source)).items() if k not in done],
                      version=key[:16])
    # NOTE: the snapshot is stored uncompressed: rewritten on every run (ECB+: 11.5 MB of MessagePack, of which neighbour
    # cosines and vocabularies compress poorly), compressing it took 0.17 CPU s a save and inflating it again on load
    cache.put_records(KIND, [(key, encode(snap, level=0))], version=key[:16])
    cache.put_records(DOCS, [(key, encode(_Docs(snap.docs)))], version=key[:16])


def reuse(plan: Plan) -> tuple[tuple[tuple[Claim, ...], ...], tuple[Cluster, ...], tuple[Finding, ...]] | None:
    """(claims per document, every event with its links, merged findings) of the previous run when no
    document changed; None when one did or the snapshot holds no complete result.

    The snapshot's key names the code, settings, embedder and paths, and every document has the
    content it had, so a run would compute this result again (the report is byte-identical).
    """
    snap = plan.snapshot
    if plan.changed or not snap.complete or len(snap.links) != len(snap.events):
        return None
    by_id = {c.id: c for cs in snap.claims for c in cs}
    try:
        clusters = tuple(
            Cluster(id=k, claims=tuple(by_id[cid] for cid in ids), label=label, links=tuple((by_id[a], by_id[b]) for a, b in links))
            for k, ((label, ids), links) in enumerate(zip(snap.events, snap.links))
        )
    except KeyError:  # NOTE: an event names a claim the snapshot does not hold: not a result to reuse
        return None
    return snap.claims, clusters, snap.merged


def known_verdicts(plan: Plan) -> dict[tuple[str, ...], tuple[tuple[int, tuple[Verdict, ...]], ...]]:
    """The snapshot's event verdicts that still hold: those of events without a claim of a changed document
    (a document re-parsed for its evidence keeps its claim ids, not necessarily its claims)."""
    snap = plan.snapshot
    gone = {sid for path, sid in snap.docs if path in plan.changed}
    return {ids: v for ids, v in snap.verdicts if not any(cid.split(":", 1)[0] in gone for cid in ids)}


def region(
    claims: Sequence[Claim],
    vectors: "np.ndarray",
    plan: Plan,
    config,  # noqa: ANN001  NOTE: checker.match.MatchConfig
    kb,  # noqa: ANN001
    profiles=None,  # noqa: ANN001  NOTE: (checker.match.EntityStats, DocProfiles) of ``claims``, when built
) -> tuple[set[str], list[tuple[str, tuple[str, ...]]]] | None:
    """(claim ids to re-match, kept events) for this run; None when the region is too big to pay.

    The region is the changed documents' new claims plus every claim of the events that held their
    old claims or a claim a new one could link to: a candidate the matcher would consider (one of its
    ``config.neighbors`` nearest, or naming the same rare entity) whose `checker.match.pair_score`
    against it, with corpus-wide statistics and no story penalty, reaches the link threshold
    (`checker.match.thresholds`).
    Whole events, so none is cut in two. ``profiles``: the corpus' entity statistics and document
    profiles, shared with the region's matching (the trained scorer's passage evidence is built once).
    """
    import numpy as np

    from checker.match import DocProfiles, EntityStats, pair_score, thresholds

    snap = plan.snapshot
    changed_old = {sid for (path, sid) in snap.docs if path in plan.changed}
    current_ids = {c.id for c in claims}
    new_rows = [i for i, c in enumerate(claims) if c.path in plan.changed]
    seeds: set[str] = set()  # NOTE: claim ids whose events join the region
    if new_rows:
        vecs = np.asarray(vectors, dtype=np.float32)
        sims = vecs[new_rows] @ vecs.T
        k = min(int(config.neighbors), sims.shape[1] - 1)
        keys = [_keys(c) for c in claims]
        counts: dict[str, int] = {}
        for ks in keys:
            for key in ks:
                counts[key] = counts.get(key, 0) + 1
        stats, docs = profiles if profiles is not None else (EntityStats(claims), None)
        docs = docs if docs is not None else DocProfiles(claims, stats, vecs)
        link_threshold = thresholds(config)[0]
        for r, i in enumerate(new_rows):
            cand = set(np.argpartition(-sims[r], k)[: k + 1].tolist()) if k > 0 else set()
            rare = {key for key in keys[i] if counts.get(key, 0) <= RARE}
            if rare:
                cand.update(j for j, ks in enumerate(keys) if ks & rare)
            for j in cand:
                if j != i and pair_score(claims[i], claims[j], float(sims[r, j]), stats, kb, config, docs) >= link_threshold:
                    seeds.add(claims[j].id)
    ids = {claims[i].id for i in new_rows}
    kept = []
    for label, members in snap.events:
        if any(cid in seeds or cid not in current_ids or cid.split(":", 1)[0] in changed_old for cid in members):
            ids.update(cid for cid in members if cid in current_ids)
        else:
            kept.append((label, members))
    if len(ids) > MAX_REGION * max(1, len(claims)):
        logger.debug("incremental region %d of %d claims: running in full", len(ids), len(claims))
        return None
    return ids, kept


def neighbours(claims: Sequence[Claim], vectors: "np.ndarray", plan: Plan, k: int) -> "tuple[np.ndarray, np.ndarray] | None":
    """Every claim's k nearest other claims, equal to what `checker.ann.neighbours` gives for ``vectors``,
    from the snapshot's lists; None when they cannot serve (none stored, another k, too much changed).

    Only the changed documents' claims and the claims that lost a neighbour (it belonged to a changed
    document) are searched against all claims; every other claim's new list is the best k of its old
    list and the new claims. The lists are exact and canonical (`checker.ann.rows_top_k`: one matrix
    product, ties to the lower row), and claims keep their order, so this equals a full search.
    """
    import numpy as np

    from checker.ann import EXACT_LIMIT, cosines, rows_top_k, transposed

    snap = plan.snapshot
    n = len(claims)
    k = max(1, min(k, n - 1))
    if n < 2 or n > EXACT_LIMIT or snap.k != k:
        return None
    row = {c.id: i for i, c in enumerate(claims)}
    # NOTE: a changed document's claims are new, even one that kept its id (re-parsed for its evidence)
    old_to_new = np.array([-1 if c.path in plan.changed else row.get(c.id, -1) for cs in snap.claims for c in cs], dtype=np.int64)
    n_old = len(old_to_new)
    kept = np.flatnonzero(old_to_new >= 0)
    if len(row) != n or len(kept) != len(np.unique(old_to_new[kept])) or np.any(np.diff(old_to_new[kept]) <= 0):
        return None  # NOTE: claim ids must name one claim each and keep their order for the lists to carry over
    old_ids = np.frombuffer(snap.neighbour_ids, dtype="<i4").reshape(n_old, k)
    if n_old and (old_ids.min() < 0 or old_ids.max() >= n_old):
        return None
    old_sims = np.frombuffer(snap.neighbour_sims, dtype="<f4").reshape(n_old, k)
    mapped = old_to_new[old_ids[kept]]
    intact = (mapped >= 0).all(axis=1)
    is_new = np.ones(n, dtype=bool)
    is_new[old_to_new[kept]] = False
    new_rows = np.flatnonzero(is_new)
    redo = np.concatenate([new_rows, old_to_new[kept[~intact]]])
    if len(redo) > MAX_REGION * n or len(new_rows) > MAX_NEW_ROWS:
        return None  # NOTE: a full search costs about as much, without the (claims x new claims) merge arrays
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    vt = transposed(vectors)
    ids = np.empty((n, k), dtype=np.int64)
    sims = np.empty((n, k), dtype=np.float32)
    for s in range(0, len(redo), 2048):
        part = redo[s : s + 2048]
        ids[part], sims[part] = rows_top_k(vectors, part, k, vt)
    rows = old_to_new[kept[intact]]
    cand_ids, cand_sims = mapped[intact], old_sims[kept[intact]]
    # NOTE: an old list is in canonical order (cosine down, then row up) and its rows keep their order, so it stands
    # as it was unless a new claim's cosine reaches its last one (a tie is ordered by row: merged too)
    ids[rows], sims[rows] = cand_ids, cand_sims
    if len(new_rows) and len(rows):
        # NOTE: a cosine is the same whichever side's row computed it (one gemm, products commute), so
        # the new claims' rows give the others' cosines to them.
        cross = cosines(vectors, new_rows, vt)
        theirs = cross[:, rows].T
        reach = np.flatnonzero(theirs.max(axis=1) >= cand_sims[:, -1])
        cand_ids = np.hstack([cand_ids[reach], np.broadcast_to(new_rows, (len(reach), len(new_rows)))])
        cand_sims = np.hstack([cand_sims[reach], theirs[reach]])
        order = np.lexsort((cand_ids, -cand_sims), axis=-1)[:, :k]
        ids[rows[reach]] = np.take_along_axis(cand_ids, order, axis=1)
        sims[rows[reach]] = np.take_along_axis(cand_sims, order, axis=1)
    return ids, sims


def ordered(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Findings in the judge's order (`checker.judge.judge_clusters`): verdict, confidence, rule, fingerprint."""
    from checker.judge import _VERDICT_ORDER  # NOTE: the judge's own order, so merged lists sort as one run's

    return tuple(sorted(findings, key=lambda f: (_VERDICT_ORDER.get(f.verdict, 9), -f.confidence, f.rule, f.fingerprint)))


def _keys(c: Claim) -> set[str]:
    """The entities a claim names (products, actors, places), as the matcher keys them."""
    s = c.slots
    return {m.key for m in s.products} | {m.key for m in s.actors} | {m.key for m in s.places}


def merge_clusters(claims: Sequence[Claim], kept: Sequence[tuple[str, tuple[str, ...]]], fresh: Sequence[Cluster]) -> tuple[Cluster, ...] | None:
    """Kept events rebuilt from this run's claims plus the region's fresh clusters, numbered as the matcher numbers them.

    None when a kept event names a claim this run does not have (the snapshot does not fit).
    """
    by_id = {c.id: c for c in claims}
    order = {c.id: i for i, c in enumerate(claims)}
    out: list[tuple[tuple[Claim, ...], str]] = []
    for label, ids in kept:
        members = tuple(by_id.get(cid) for cid in ids)
        if any(m is None for m in members):
            return None
        out.append((members, label))  # type: ignore[arg-type]
    out.extend((c.claims, c.label) for c in fresh)
    out.sort(key=lambda x: (-len(x[0]), min(order[m.id] for m in x[0])))
    return tuple(Cluster(id=k, claims=members, label=label) for k, (members, label) in enumerate(out))
