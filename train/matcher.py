"""Train the matcher's same-event pair scorer (``make train-matcher``) on the ECB+ dev topics only.

Data: the validated ECB+ sentences of the odd-numbered topics (`eval.events.split_topics` ``dev``),
one claim each, normalised and embedded by the product's own stages (`eval.events.ProductClusterer`).
Every pair of claims inside a topic is one example, labelled 1 when both report the same seminal
event (the topic's ``ecb`` or ``ecbplus`` sub-event: one earthquake, one arrest) and 0 otherwise;
features are `checker.match.pair_features` with corpus statistics computed per topic, as
`checker.match.cluster` computes them per run. The even-numbered (test) topics are never read here.

Model: a logistic regression (scikit-learn, training only) over the standardised features and a few
products of two (`TERMS`); run time needs only the exported coefficients (`checker.match.PairModel`).
Thresholds: the dev topics are clustered by the product's `checker.match.cluster` with the final
model, and the (link, average) pair maximising CoNLL F1 is taken, preferring the least sub-event
merging among settings within ``--tolerance`` of the best. The dev figures written to the file are
cross-fitted (two folds of topics, each clustered with a model fitted on the other).

``--documents``: each validated sentence is read inside its whole document (`eval.events.
ProductClusterer.with_context`: the other sentences shape passages, leads and statistics and are
never a training pair), the model also reads the documents' leads (`DOCUMENT_TERMS`), and the file
is ``pair_model_documents.json`` (``match: {learned: 2}``).

Output: ``checker/data/match/pair_model.json`` (coefficients, thresholds, provenance); the card is
``checker/data/match/README.md``. Deterministic: the same data gives the same file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import numpy as np

    from checker.models import Claim
    from eval.ecbplus import EcbSentence

__all__ = ["TERMS", "NAME_TERMS", "DOCUMENT_TERMS", "topic_examples", "fit", "choose_thresholds", "cluster_topic", "main"]

logger = logging.getLogger(__name__)

OUT = Path(__file__).resolve().parent.parent / "checker" / "data" / "match" / "pair_model.json"
DOCUMENTS_OUT = OUT.with_name("pair_model_documents.json")

TERMS: tuple[str, ...] = (
    "cosine", "entities", "places", "years", "dates", "quantities", "frames", "question_overlap",
    "lemma_overlap", "trigger", "lemma_tfidf", "lead", "passage_cosine", "passage_tfidf", "passage_entities",
    "passage_place_clash", "passage_years", "passage_quantities",
    "cosine*cosine", "passage_cosine*passage_cosine", "cosine*passage_cosine", "cosine*passage_tfidf",
    "cosine*frames", "passage_cosine*passage_tfidf",
)
"""Model terms: the claim and passage features of `checker.match.PAIR_FEATURES` and products of two
that a linear model cannot form."""

NAME_TERMS: tuple[str, ...] = ("names", "trigger_lemma", "figures", "weekdays")
"""Terms ``--extra-terms`` can add: short and long names, trigger words, shared figures, weekdays (a model
with them gains on ECB+ sentences but not on whole documents at the thresholds chosen on sentences:
not shipped, see the card)."""

DOCUMENT_TERMS: tuple[str, ...] = TERMS + (
    "lead_cosine", "lead_tfidf", "lead_entities", "lead_place_clash", "lead_years",
    "cosine*lead_cosine", "lead_cosine*lead_tfidf",
)
"""Terms of the model fitted on whole documents (``--documents``): also the documents' leads."""

FOREIGN = 0.25
"""Share of same-story pairs also given as a foreign-claim negative (`foreign_examples`)."""

STORY = 1.0
"""Weight of "same sub-event, other chain" pairs as positives (1: same story is same event)."""

LINKS = (0.5, 0.6, 0.7)
AVERAGES = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65)

DOCUMENT_LINKS = (0.6,)
"""Link thresholds tried on whole documents (on sentences 0.5-0.7 moved dev CoNLL by at most 0.3,
and each point of the grid clusters ten times the claims)."""
DOCUMENT_AVERAGES = (0.4, 0.45, 0.5, 0.55, 0.6)


def _term(features: dict[str, float], term: str) -> float:
    x, _, y = term.partition("*")
    return features[x] * features[y] if y else features[x]


def topic_examples(claims: Sequence["Claim"], vectors: "np.ndarray", sentences: Sequence["EcbSentence"], terms: Sequence[str] = TERMS):
    """(X, y, pairs): one row of `TERMS` per claim pair of one topic, label same sub-event.

    Pairs of one document are left out of the fit (``y`` is -1): ECB+ documents are a few sentences
    of one event, so they would teach that one document is one event, false of long documents.
    """
    import numpy as np

    from checker.match import DocProfiles, EntityStats, pair_features
    from checker.normalize.entities import load_knowledge

    kb = load_knowledge()
    stats = EntityStats(claims)
    docs = DocProfiles(claims, stats, vectors)
    sims = vectors @ vectors.T
    rows, labels, pairs = [], [], []
    scored = [n for n, s in enumerate(sentences) if s.gold]
    for x, i in enumerate(scored):
        for j in scored[x + 1 :]:
            # NOTE: context sentences (no gold; `eval.events.ProductClusterer.with_context`) shape the
            # statistics and passages only.
            f = pair_features(claims[i], claims[j], float(sims[i, j]), stats, kb, docs)
            rows.append([_term(f, t) for t in terms])
            # NOTE: 2 = same gold chain, 1 = same sub-event only, 0 = the other sub-event, -1 = same document.
            if claims[i].source_id == claims[j].source_id:
                labels.append(-1)
            else:
                labels.append(2 if sentences[i].gold == sentences[j].gold else int(sentences[i].subtopic == sentences[j].subtopic))
            pairs.append((i, j))
    return np.asarray(rows, dtype=np.float64).reshape(-1, len(terms)), np.asarray(labels), pairs


def foreign_examples(claims, vectors, sentences, pool, pool_vectors, seed: int, share: float = FOREIGN, terms: Sequence[str] = TERMS):
    """(X, y): pairs of one story whose first claim is swapped for a claim of another topic, label 0.

    The passages stay those of the story's pair while the claims' own evidence comes from the
    foreign claim: what a long document's other story looks like (its passage is alike, the claim
    is not). Without them the model learns from ECB+ that a shared passage alone makes one event.
    """
    import random

    import numpy as np

    from checker.match import PASSAGE_FEATURES, DocProfiles, EntityStats, pair_features
    from checker.normalize.entities import load_knowledge

    kb = load_knowledge()
    rng = random.Random(seed)
    stats = EntityStats(claims)
    docs = DocProfiles(claims, stats, vectors)
    rows = []
    scored = [n for n, s in enumerate(sentences) if s.gold]
    for i in scored:
        for j in scored:
            if i == j or claims[i].source_id == claims[j].source_id or sentences[i].subtopic != sentences[j].subtopic:
                continue
            if rng.random() >= share:
                continue
            z = rng.randrange(len(pool))
            f = pair_features(pool[z], claims[j], float(pool_vectors[z] @ vectors[j]), stats, kb)
            g = pair_features(claims[i], claims[j], float(vectors[i] @ vectors[j]), stats, kb, docs)
            f.update({k: g[k] for k in PASSAGE_FEATURES})
            rows.append([_term(f, t) for t in terms])
    return np.asarray(rows, dtype=np.float64).reshape(-1, len(terms)), np.zeros(len(rows), dtype=int)


def fit(X: "np.ndarray", y: "np.ndarray", story: float = STORY, c: float = 0.3, terms: Sequence[str] = TERMS) -> dict:
    """Standardise and fit a logistic regression; returns the exportable parameters.

    ``y`` is 2 (same gold chain), 1 (same sub-event, other chain) or 0; a 1 counts as positive with
    weight ``story`` and negative with weight ``1 - story`` (a soft label).
    """
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    X, y = X[y >= 0], y[y >= 0]
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0
    mid = y == 1
    Z = (X - mean) / scale
    Zs = np.vstack([Z, Z[mid]])
    ys = np.concatenate([(y >= 1).astype(int), np.zeros(int(mid.sum()), dtype=int)])
    w = np.concatenate([np.where(mid, story, 1.0), np.full(int(mid.sum()), 1.0 - story)])
    keep = w > 0
    lr = LogisticRegression(C=c, max_iter=5000).fit(Zs[keep], ys[keep], sample_weight=w[keep])
    return {
        "terms": list(terms),
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [round(float(v), 6) for v in lr.coef_[0]],
        "intercept": round(float(lr.intercept_[0]), 6),
    }


def _predict(params: dict, X: "np.ndarray") -> "np.ndarray":
    import numpy as np

    z = ((X - np.asarray(params["mean"])) / np.asarray(params["scale"])) @ np.asarray(params["coef"]) + params["intercept"]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -60, 60)))


def cluster_topic(claims: Sequence["Claim"], vectors: "np.ndarray", params: dict, link: float, average: float):
    """The product's clustering (`checker.match.cluster`) of one topic with the model ``params`` at
    the given thresholds."""
    from checker.match import MatchConfig, PairModel, cluster

    model = PairModel.from_dict({**params, "link_threshold": link, "average_threshold": average})
    return cluster(claims, None, MatchConfig(), vectors=vectors, model=model)  # type: ignore[arg-type]


def _score(topics: dict, params: dict, link: float, average: float) -> tuple[float, float, int]:
    """CoNLL F1, topic merge rate and judge pairs of clustering ``topics`` (each with its ``params``)."""
    from checker.match import judge_load
    from eval.coref_metrics import score

    gold, pred, merged, pairs = {}, {}, 0, 0
    for t, (sents, claims, vectors) in topics.items():
        clusters = cluster_topic(claims, vectors, params[t], link, average)
        pairs += judge_load(clusters, [p for cl in clusters for p in cl.links])
        event = {c.id: cl.id for cl in clusters for c in cl.claims}
        subs: dict[int, set[str]] = defaultdict(set)
        for s, c in zip(sents, claims):
            if not s.gold:
                continue  # NOTE: context only
            gold[s.id], pred[s.id] = s.gold, (t, event[c.id])
            subs[event[c.id]].add(s.subtopic)
        merged += any(len(v) > 1 for v in subs.values())
    return score(gold, pred).conll, merged / max(1, len(topics)), pairs


def choose_thresholds(
    topics: dict, params: dict, tolerance: float, links: Sequence[float] = LINKS, averages: Sequence[float] = AVERAGES
) -> tuple[float, float, list[str]]:
    """(link, average) maximising CoNLL on ``topics``; within ``tolerance`` of it, the least merging
    (then the best CoNLL, then the highest link threshold)."""
    grid = []
    for link in links:
        for average in averages:
            if average > link:
                continue
            conll, merge, pairs = _score(topics, params, link, average)
            grid.append((conll, merge, link, average, pairs))
    best = max(g[0] for g in grid)
    # NOTE: ties go to the higher link threshold: fewer candidate links, the same clusters on dev.
    chosen = min((g for g in grid if g[0] >= best - tolerance), key=lambda g: (g[1], -g[0], -g[2]))
    lines = [f"link {g[2]:.2f} average {g[3]:.2f}: CoNLL {100 * g[0]:.1f} merge {100 * g[1]:.0f}% judge pairs {g[4]}" for g in sorted(grid, reverse=True)]
    lines.append(f"chosen: link {chosen[2]} average {chosen[3]} (CoNLL {100 * chosen[0]:.1f}, merge {100 * chosen[1]:.0f}%, judge pairs {chosen[4]})")
    return chosen[2], chosen[3], lines


def train(
    sentences: Sequence["EcbSentence"],
    claims: Sequence["Claim"],
    vectors: "np.ndarray",
    tolerance: float = 0.01,
    story: float = STORY,
    documents: bool = False,
    extra_terms: Sequence[str] = (),
) -> tuple[dict, list[str]]:
    """Fit on the dev topics among ``sentences`` (aligned with ``claims`` and ``vectors``); returns
    the model file's content and a log of what was chosen. ``documents``: the sentences come with
    their documents' other sentences (no gold: context), and the model also reads the leads
    (`DOCUMENT_TERMS`, `DOCUMENT_LINKS`, `DOCUMENT_AVERAGES`)."""
    import numpy as np
    from sklearn.metrics import roc_auc_score

    from eval.events import split_topics

    dev_ids = {s.id for s in split_topics(sentences, "dev")}
    by_topic: dict[int, list[int]] = defaultdict(list)
    for n, s in enumerate(sentences):
        if s.id in dev_ids:
            by_topic[s.topic].append(n)
    terms = (DOCUMENT_TERMS if documents else TERMS) + tuple(extra_terms)
    topics, data, extra = {}, {}, {}
    order = sorted(by_topic)
    folds = (order[0::2], order[1::2])
    for fold in folds:
        for t in fold:
            rows = by_topic[t]
            cs = [claims[n] for n in rows]
            ss = [sentences[n] for n in rows]
            vs = np.asarray(vectors[rows], dtype=np.float32)
            data[t] = topic_examples(cs, vs, ss, terms)
            topics[t] = (ss, cs, vs)
            # NOTE: foreign claims come from the other topics of the same fold, so cross-fitting stays clean.
            pool = [n for u in fold if u != t for n in by_topic[u]]
            extra[t] = foreign_examples(cs, vs, ss, [claims[n] for n in pool], np.asarray(vectors[pool], dtype=np.float32), seed=t, terms=terms)

    def stack(ts):
        return np.vstack([data[t][0] for t in ts] + [extra[t][0] for t in ts]), np.concatenate([data[t][1] for t in ts] + [extra[t][1] for t in ts])

    probs, params = {}, {}
    for k in (0, 1):
        fold_params = fit(*stack(folds[1 - k]), story, terms=terms)
        for t in folds[k]:
            probs[t] = _predict(fold_params, data[t][0])
            params[t] = fold_params
    y = np.concatenate([data[t][1] for t in order])
    fitted = y >= 0
    auc = float(roc_auc_score(y[fitted] >= 1, np.concatenate([probs[t] for t in order])[fitted]))
    final = fit(*stack(order), story, terms=terms)
    # NOTE: thresholds are chosen for the model that ships (fitted on all dev topics); the cross-fitted
    # models give the dev figures of a model that did not see the topic.
    grid = (DOCUMENT_LINKS, DOCUMENT_AVERAGES) if documents else (LINKS, AVERAGES)
    link, average, lines = choose_thresholds(topics, {t: final for t in order}, tolerance, *grid)
    conll, merge, pairs = _score(topics, params, link, average)
    final.update(
        link_threshold=link,
        average_threshold=average,
        training={
            "data": "ECB+ (Cybulska & Vossen 2014), CC BY 3.0: validated sentences of the odd-numbered (dev) topics",
            "label": "same seminal event (sub-event ecb / ecbplus) of the topic",
            "topics": len(order),
            "sentences": sum(1 for t in order for x in topics[t][0] if x.gold),
            **({"context_sentences": sum(1 for t in order for x in topics[t][0] if not x.gold)} if documents else {}),
            "pairs": int(fitted.sum()),
            "same_chain_share": round(float((y[fitted] == 2).mean()), 4),
            "same_subevent_share": round(float((y[fitted] >= 1).mean()), 4),
            "story_weight": story,
            "foreign_negatives": int(sum(len(extra[t][1]) for t in order)),
            "dev_crossfit_auc": round(auc, 4),
            "dev_crossfit_conll": round(100 * conll, 1),
            "dev_crossfit_topic_merge": round(100 * merge, 1),
            "dev_crossfit_judge_pairs": pairs,
            "trained_on": dt.date.today().isoformat(),
        },
    )
    return final, [f"dev cross-fitted AUC {auc:.3f}", *lines, f"dev cross-fitted at the chosen thresholds: CoNLL {100 * conll:.1f}, merge {100 * merge:.0f}%, judge pairs {pairs}"]


def main(argv: Sequence[str] | None = None) -> int:
    """Load ECB+, normalise and embed with the product's stages, train, write the model file."""
    p = argparse.ArgumentParser(prog="python -m train.matcher", description=__doc__.splitlines()[0])
    p.add_argument("--data-dir", default=None, help="ECB+ folder (default: eval.ecbplus.DEFAULT_DIR)")
    p.add_argument("--out", default=None, help="model file to write (default: the shipped file of the mode)")
    p.add_argument("--tolerance", type=float, default=0.01, help="CoNLL F1 (0..1) given up on dev for less merging")
    p.add_argument("--documents", action="store_true",
                   help="each validated sentence inside its whole document, the model reading the leads (``learned: 2``)")
    p.add_argument("--cache-dir", default=None, metavar="PATH", help="keep parses and embeddings here between runs (`checker.cache`)")
    p.add_argument("--extra-terms", default="", help=f"comma-separated terms added to the model's (e.g. {','.join(NAME_TERMS)})")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s: %(message)s")
    from eval.ecbplus import DEFAULT_DIR, load_documents, load_sentences
    from eval.events import ProductClusterer, split_topics

    data_dir = args.data_dir or DEFAULT_DIR
    sentences = split_topics(load_sentences(data_dir), "dev")
    # NOTE: --documents reads each validated sentence inside its whole document, as `check` reads
    # documents: passages, leads and statistics see the context sentences (no gold, never a training pair).
    store = None
    if args.cache_dir:
        from checker.cache import Cache

        store = Cache(args.cache_dir)
    product = ProductClusterer(documents=load_documents(data_dir, {s.topic for s in sentences}) if args.documents else None, store=store)
    sentences = product.with_context(sentences)
    claims = product.claims_for(sentences)
    vectors = product.embedder.embed([c.context or c.text for c in claims])
    extra = tuple(t for t in args.extra_terms.split(",") if t)
    model, lines = train(sentences, claims, vectors, args.tolerance, documents=args.documents, extra_terms=extra)
    out = Path(args.out) if args.out else DOCUMENTS_OUT if args.documents else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print("\n".join(lines))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
