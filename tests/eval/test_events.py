"""The ECB+ event harness with hand-built documents: whole-document context and the loss references."""

from __future__ import annotations

import pytest

from checker.backends.fake import HashEmbedder
from checker.models import Claim
from checker.normalize import claim_slots
from checker.normalize.entities import ProductLexicon, load_knowledge
from eval.ecbplus import EcbDocument, EcbSentence
from eval.events import ProductClusterer, cut_by_chain, cut_by_subevent, headroom, mixed_clusters, within_subevents


def _normalize(texts):
    kb = load_knowledge()
    out = []
    for n, t in enumerate(texts):
        lex = ProductLexicon()
        lex.add_text(t)
        out.append(Claim(source_id=f"t{n}", path=f"t{n}", start=0, end=len(t), line=1, column=1, end_line=1,
                         text=t, context=t, slots=claim_slots(t, (), kb, lex)))
    return tuple(out)


def _sentence(doc: str, n: int, text: str, sub: str = "ecb") -> EcbSentence:
    return EcbSentence(1, sub, doc, n, text, ("g",), "g")


DOCS = {
    "1_1ecb": EcbDocument(1, "ecb", "1_1ecb", ((0, "A quake struck Valparaiso in 2021."), (1, "Reuters"), (2, "Rescuers searched the rubble all night."))),
    "1_2ecb": EcbDocument(1, "ecb", "1_2ecb", ((0, "Valparaiso was hit by a quake in 2021."), (1, "Schools stayed closed on Monday."))),
}


def test_events_documents_mode_clusters_context_and_labels_only_scored_sentences():
    scored = [_sentence("1_1ecb", 0, DOCS["1_1ecb"].sentences[0][1]), _sentence("1_2ecb", 0, DOCS["1_2ecb"].sentences[0][1])]
    product = ProductClusterer(embedder=HashEmbedder(), normalize_fn=_normalize, documents=DOCS)
    context = product.with_context(scored)
    # NOTE: every sentence of the two documents in order, the scored ones as given, a two-word line left out.
    assert [(s.doc, s.sentence) for s in context] == [("1_1ecb", 0), ("1_1ecb", 2), ("1_2ecb", 0), ("1_2ecb", 1)]
    assert context[0] is scored[0] and context[1].gold == ""
    labels = product(scored)
    assert len(labels) == 2
    assert ProductClusterer(embedder=HashEmbedder(), normalize_fn=_normalize).with_context(scored) == scored


def test_events_loss_references_split_by_sub_event():
    sentences = [_sentence("1_1ecb", 0, "a"), _sentence("1_3ecbplus", 1, "b", "ecbplus"), _sentence("1_2ecb", 0, "c")]
    seen = []

    def together(group):
        seen.append([s.doc for s in group])
        return [0] * len(group)

    assert within_subevents(together)(sentences) == [("ecb", 0), ("ecbplus", 0), ("ecb", 0)]
    assert seen == [["1_1ecb", "1_2ecb"], ["1_3ecbplus"]]
    assert cut_by_subevent(together)(sentences) == [("ecb", 0), ("ecbplus", 0), ("ecb", 0)]


def test_events_same_chain_pairs_counted_within_and_across_documents():
    from eval.events import evaluate

    def sent(doc: str, n: int, gold: str) -> EcbSentence:
        return EcbSentence(1, "ecb", doc, n, f"{doc} {n}", (gold,), gold)

    # NOTE: chain g: two sentences of doc a and one of doc b; chain h: one of doc a, one of doc b.
    sentences = [sent("1_1ecb", 0, "g"), sent("1_1ecb", 1, "g"), sent("1_2ecb", 0, "g"), sent("1_1ecb", 2, "h"), sent("1_2ecb", 1, "h")]
    labels = {("1_1ecb", 0): 0, ("1_1ecb", 1): 0, ("1_2ecb", 0): 1, ("1_1ecb", 2): 2, ("1_2ecb", 1): 2}
    r = evaluate(sentences, lambda group: [labels[(s.doc, s.sentence)] for s in group], "fixed")
    assert r.chain_pairs == ((1, 1), (1, 3))
    assert r.chain_recall(across=False) == 1.0 and abs(r.chain_recall(across=True) - 1 / 3) < 1e-9


class _Counting:
    """An embedder or parser wrapper counting the texts it is asked for."""

    def __init__(self, inner):
        self.inner, self.seen = inner, []
        self.name, self.dim = getattr(inner, "name", "x"), getattr(inner, "dim", 0)

    def embed(self, texts):
        self.seen.extend(texts)
        return self.inner.embed(texts)

    def pipe(self, texts):
        texts = list(texts)
        self.seen.extend(texts)
        return self.inner.pipe(texts)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def test_events_store_keeps_embeddings_between_runs(tmp_path):
    from checker.cache import Cache
    from eval.events import _CachingEmbedder

    first = _Counting(HashEmbedder())
    before = _CachingEmbedder(first, Cache(tmp_path)).embed(["a quake struck", "rescuers searched"])
    second = _Counting(HashEmbedder())
    after = _CachingEmbedder(second, Cache(tmp_path)).embed(["rescuers searched", "a quake struck", "schools closed"])
    # NOTE: a second run (another process) embeds only the text the first never saw, with the same vectors.
    assert first.seen == ["a quake struck", "rescuers searched"] and second.seen == ["schools closed"]
    assert (after[1] == before[0]).all() and (after[0] == before[1]).all()


@pytest.mark.slow
def test_events_cached_normalizer_parses_each_text_once_and_matches_normalize_texts(tmp_path, real_parser):
    from checker.cache import Cache
    from checker.normalize import normalize_texts
    from eval.events import cached_normalizer

    texts = ["A 6.1 quake struck Valparaiso on Monday.", "Lindsay Lohan entered rehab in 2010."]
    first = _Counting(real_parser)
    warm = cached_normalizer(Cache(tmp_path), first)(texts)
    second = _Counting(real_parser)
    again = cached_normalizer(Cache(tmp_path), second)(texts[::-1])
    assert len(first.seen) == 2 and second.seen == []
    expected = normalize_texts(texts, real_parser)
    assert [(c.text, c.slots, c.tokens) for c in warm] == [(c.text, c.slots, c.tokens) for c in expected]
    assert [(c.text, c.slots) for c in again] == [(c.text, c.slots) for c in expected[::-1]]


def test_events_grid_is_every_combination_of_typed_values():
    from checker.match import MatchConfig
    from eval.events import _grid

    grid = _grid(MatchConfig(), ["learned_average=0,0.5", "links_per_claim=1,2"])
    assert grid == [
        {"learned_average": 0.0, "links_per_claim": 1}, {"learned_average": 0.0, "links_per_claim": 2},
        {"learned_average": 0.5, "links_per_claim": 1}, {"learned_average": 0.5, "links_per_claim": 2},
    ]
    assert _grid(MatchConfig(), []) == [] and _grid(MatchConfig(), ["no_such_field=1"]) is None


def test_events_missed_pairs_sort_each_same_chain_pair_of_two_documents():
    from eval.events import missed_pairs

    sentences = [
        EcbSentence(1, "ecb", "1_1ecb", 0, "A quake struck Valparaiso in 2021.", ("g",), "g"),
        EcbSentence(1, "ecb", "1_2ecb", 0, "Valparaiso was hit by a quake in 2021.", ("g",), "g"),
        EcbSentence(1, "ecb", "1_3ecb", 0, "Schools stayed closed on Monday.", ("g",), "g"),
        EcbSentence(1, "ecb", "1_3ecb", 1, "Rescuers searched the rubble all night.", ("h",), "h"),
    ]

    def apart(claims, embedder, config):
        import dataclasses

        from checker.match import cluster

        # NOTE: the real clusters, then every claim alone: each same-chain pair is a miss of some kind.
        flat = [(cl, c) for cl in cluster(claims, embedder, config) for c in cl.claims]
        return tuple(dataclasses.replace(cl, id=n, claims=(c,), links=()) for n, (cl, c) in enumerate(flat))

    together = missed_pairs(sentences, ProductClusterer(embedder=HashEmbedder(), normalize_fn=_normalize))
    alone = missed_pairs(sentences, ProductClusterer(embedder=HashEmbedder(), normalize_fn=_normalize, cluster_fn=apart))
    # NOTE: three pairs of chain g across documents; chain h has one sentence; same-document pairs never count.
    assert sum(together.values()) == sum(alone.values()) == 3
    assert alone["found"] == 0 and together["found"] >= 1
    assert set(alone) == {"found", "no candidate", "below link", "kept apart"}


def test_events_publication_dates_are_read_from_the_documents_text_and_reach_the_matcher():
    import datetime as dt

    from eval.events import publication_dates

    docs = {
        **DOCS,
        "1_1ecbplus": EcbDocument(1, "ecbplus", "1_1ecbplus", ((1, "Quake hits Valparaiso"), (2, "May 03, 2013"),
                                                               (3, "A quake struck Valparaiso on Thursday."))),
    }
    assert publication_dates(docs) == {"1_1ecbplus": dt.date(2013, 5, 3)}
    seen = []

    def spy(claims, embedder, config, published=None):
        from checker.match import cluster

        seen.append(published)
        return cluster(claims, embedder, config, published=published)

    sentences = [_sentence("1_1ecb", 0, "A quake struck Valparaiso in 2021."),
                 _sentence("1_1ecbplus", 3, "A quake struck Valparaiso on Thursday.", "ecbplus")]
    ProductClusterer(embedder=HashEmbedder(), normalize_fn=_normalize, cluster_fn=spy, published=publication_dates(docs))(sentences)
    from checker.models import source_id

    assert seen == [{source_id("ecbplus/1_1ecbplus.xml", ""): dt.date(2013, 5, 3)}]


def test_events_mixed_clusters_list_the_clusters_holding_both_sub_events_smaller_side_first():
    sentences = [
        EcbSentence(1, "ecbplus", "1_1ecbplus", 0, "Aceh quake", ("a",), "a"),
        EcbSentence(1, "ecb", "1_2ecb", 0, "Papua quake", ("p",), "p"),
        EcbSentence(1, "ecbplus", "1_3ecbplus", 0, "Aceh toll", ("a",), "a"),
        EcbSentence(1, "ecb", "1_4ecb", 0, "Papua toll", ("p",), "p"),
        EcbSentence(3, "ecb", "3_1ecb", 0, "a fire", ("f",), "f"),
        EcbSentence(3, "ecbplus", "3_1ecbplus", 0, "another fire", ("g",), "g"),
    ]

    def clusterer(group):
        # NOTE: topic 1: the Aceh sentences with the first Papua one, the second Papua one alone; topic 3 split right
        return [0 if s.doc != "1_4ecb" and s.topic == 1 else s.doc for s in group]

    records = mixed_clusters(sentences, clusterer)
    assert len(records) == 1
    (record,) = records
    assert record["topic"] == 1 and record["sizes"] == {"ecb": 1, "ecbplus": 2}
    assert [s["doc"] for s in record["sentences"]] == ["1_2ecb", "1_1ecbplus", "1_3ecbplus"]
    assert record["sentences"][0] == {"doc": "1_2ecb", "sentence": 0, "subtopic": "ecb", "gold": "p", "text": "Papua quake"}


def test_events_cut_by_chain_cuts_only_the_chosen_topics_clusters_by_gold_chain():
    sentences = [
        EcbSentence(1, "ecb", "1_1ecb", 0, "Rait fell", ("r",), "r"),
        EcbSentence(1, "ecb", "1_2ecb", 0, "Buckley fell", ("b",), "b"),
        EcbSentence(3, "ecb", "3_1ecb", 0, "a fire", ("f",), "f"),
        EcbSentence(3, "ecb", "3_2ecb", 0, "a fire again", ("g",), "g"),
    ]
    together = lambda group: [0 for _ in group]  # noqa: E731
    assert cut_by_chain(together, (1,))(sentences) == [("r", 0), ("b", 0), 0, 0]
    assert cut_by_chain(together)(sentences) == [("r", 0), ("b", 0), ("f", 0), ("g", 0)]


def test_events_headroom_counts_pairs_by_what_they_mix_and_ranks_topics_by_what_a_cut_gains():
    sentences = [
        # NOTE: topic 1 merges two chains of one event and splits nothing; topic 3 merges its two events
        EcbSentence(1, "ecb", "1_1ecb", 0, "Rait fell", ("r",), "r"),
        EcbSentence(1, "ecb", "1_2ecb", 0, "Rait died", ("r",), "r"),
        EcbSentence(1, "ecb", "1_3ecb", 0, "Buckley fell", ("b",), "b"),
        EcbSentence(3, "ecb", "3_1ecb", 0, "a fire", ("f",), "f"),
        EcbSentence(3, "ecbplus", "3_1ecbplus", 0, "another fire", ("g",), "g"),
        EcbSentence(3, "ecbplus", "3_2ecbplus", 0, "another fire again", ("g",), "g"),
        EcbSentence(3, "ecbplus", "3_3ecbplus", 0, "the fire's toll", ("g",), "g"),
    ]
    calls = []

    def together(group):
        calls.append(group[0].topic)
        return [0 for _ in group]

    lines = headroom(sentences, together)
    assert calls == [1, 3]  # NOTE: each topic clustered once, however many references are built on it
    rows = {int(line.split()[0]): line.split()[1:] for line in lines[2:]}
    assert rows[1][:3] == ["0", "2", "0"]  # NOTE: Buckley against each Rait sentence; the Rait pair is one chain
    assert rows[3][:3] == ["3", "0", "0"]
    assert float(rows[1][3]) > float(rows[1][4])  # NOTE: cutting topic 1 by chain gains; parting its one event does not
    assert float(rows[3][4]) == float(rows[3][3])  # NOTE: topic 3's chains are its events
    assert [int(line.split()[0]) for line in lines[2:]] == sorted(rows, key=lambda t: -float(rows[t][3]))
