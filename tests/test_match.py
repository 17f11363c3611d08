"""Event matching with hand-built claims and the hashing embedder: what joins and what stays apart."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
import pytest

from checker.ann import neighbours
from checker.backends.fake import HashEmbedder
from checker.judge import _sides
from checker.match import MatchConfig, cluster
from checker.models import Claim, Mention
from checker.normalize import claim_slots
from checker.normalize.entities import ProductLexicon, load_knowledge


def _claim(doc: str, n: int, text: str) -> Claim:
    kb = load_knowledge()
    lex = ProductLexicon()
    lex.add_text(text)
    return Claim(source_id=doc, path=f"{doc}.txt", start=n * 100, end=n * 100 + len(text), line=n + 1, column=1,
                 end_line=n + 1, text=text, context=text, slots=claim_slots(text, (), kb, lex))


def _named(claim: Claim, *names: str) -> Claim:
    """The claim with organisations named, as the parser's entity recogniser would find them."""
    import dataclasses

    from checker.models import Mention

    actors = tuple(Mention(n.lower(), n, "ORG") for n in names)
    return dataclasses.replace(claim, slots=dataclasses.replace(claim.slots, actors=actors))


def _groups(clusters) -> list[set[str]]:
    return [{f"{c.source_id}:{c.line}" for c in cl.claims} for cl in clusters]


def test_match_paraphrases_across_sources_join():
    claims = [
        _claim("a", 0, "Harbor officials closed the Vela bridge on Monday after cracks appeared in the Vela bridge deck."),
        _claim("b", 0, "The Vela bridge was closed by harbor officials on Monday because cracks appeared in its deck."),
        _claim("c", 0, "A bakery in the old town won a regional prize for its rye bread."),
    ]
    groups = _groups(cluster(claims, HashEmbedder(), MatchConfig(doc_link_threshold=None)))
    assert {"a:1", "b:1"} in groups
    assert {"c:1"} in groups


@pytest.mark.parametrize("learned", [0, 1], ids=["hand-weighted", "trained scorer"])
def test_match_two_events_of_one_type_stay_apart(learned):
    claims = [
        _claim("chile1", 0, "A magnitude 7.1 earthquake struck Valparaiso in Chile on Tuesday, killing 12 people."),
        _claim("chile2", 0, "The earthquake in Valparaiso, Chile, killed 12 people on Tuesday, officials said."),
        _claim("japan1", 0, "A magnitude 6.8 earthquake struck Sendai in Japan on Friday, killing 3 people."),
        _claim("japan2", 0, "The earthquake in Sendai, Japan, killed 3 people on Friday, officials said."),
    ]
    for cl in cluster(claims, HashEmbedder(), MatchConfig(learned=learned)):
        docs = {c.source_id[:5] for c in cl.claims}
        assert len(docs) == 1, f"merged two earthquakes: {[c.text for c in cl.claims]}"


def test_match_every_claim_in_exactly_one_cluster():
    claims = [_claim(f"d{i % 3}", i, f"Council member {i} voted for the Elm Street park plan on Monday.") for i in range(9)]
    clusters = cluster(claims, HashEmbedder(), MatchConfig())
    ids = [c.id for cl in clusters for c in cl.claims]
    assert sorted(ids) == sorted(c.id for c in claims)


def test_match_ann_exact_neighbours_exclude_self():
    rng = np.random.default_rng(0)
    v = rng.standard_normal((50, 16)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    ids, sims = neighbours(v, 5)
    assert ids.shape == (50, 5)
    assert all(i not in row for i, row in enumerate(ids.tolist()))
    best = np.argsort(-(v @ v.T - 2 * np.eye(50)), axis=1)[:, :5]
    assert all(set(a) == set(b) for a, b in zip(ids.tolist(), best.tolist()))


def test_match_ann_hnsw_path_finds_near_duplicates():
    rng = np.random.default_rng(1)
    base = rng.standard_normal((300, 32)).astype(np.float32)
    v = np.concatenate([base, base + 0.01 * rng.standard_normal(base.shape).astype(np.float32)])
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    ids, _ = neighbours(v, 3, exact_limit=10)
    found = sum((i + 300) % 600 in row for i, row in enumerate(ids.tolist()))
    assert found / 600 > 0.95


def test_judge_sides_two_colour_conflicts():
    a, b, c = ("Claude 4",), ("Fable 5", "Mythos 5"), ("Mythos",)
    sides = _sides([a, b, c], {frozenset((a, b)), frozenset((a, c))})
    assert sides[a] != sides[b] and sides[b] == sides[c]


def test_judge_sides_odd_cycle_falls_back_to_one_side_each():
    a, b, c = ("x",), ("y",), ("z",)
    sides = _sides([a, b, c], {frozenset((a, b)), frozenset((b, c)), frozenset((a, c))})
    assert len(set(sides.values())) == 3


def test_rules_scope_summary_names_narrowest_and_widest():
    from checker.normalize.entities import find_targets
    from checker.rules.entities import scope_summary

    kb = load_knowledge()
    mentions = [m for t in ("for Chilean universities", "for all foreign nationals", "offline globally")
                for m in find_targets(t, kb)]
    summary = scope_summary(mentions, kb)
    assert summary is not None
    assert "'Chilean universities' (narrowest)" in summary and "'globally' (widest)" in summary
    assert scope_summary(mentions[:2], kb) is None


def test_match_two_seasons_stay_apart():
    claims = [
        _claim("a", 0, "The Harbor Hawks won the league title in 2023 after beating the Lakeside Owls in the final."),
        _claim("b", 0, "The Harbor Hawks won the league title in 2023, beating the Lakeside Owls in the final."),
        _claim("c", 0, "The Harbor Hawks won the league title in 2024 after beating the Lakeside Owls in the final."),
        _claim("d", 0, "The Harbor Hawks won the league title in 2024, beating the Lakeside Owls in the final."),
    ]
    cfg = MatchConfig(doc_link_threshold=None)
    groups = _groups(cluster(claims, HashEmbedder(), cfg))
    assert {"a:1", "b:1"} in groups and {"c:1", "d:1"} in groups
    # NOTE: the years are what keeps them apart: without the hard evidence one event swallows both.
    merged = _groups(cluster(claims, HashEmbedder(), MatchConfig(doc_link_threshold=None, max_clash=1.0)))
    assert {"a:1", "b:1", "c:1", "d:1"} in merged


def test_match_times_differ_needs_years_on_both_sides():
    from checker.match import times_differ

    a = _claim("a", 0, "The council approved the budget in 2023.")
    b = _claim("b", 0, "The council approved the budget in 2024.")
    c = _claim("c", 0, "The council approved the budget on Monday.")
    assert times_differ(a, b) is True
    assert times_differ(a, a) is False
    assert times_differ(a, c) is None
    # NOTE: a day without a year pins no year: "on March 3" is no time apart from 2023
    d = _claim("d", 0, "The council approved the budget on March 3.")
    assert d.slots.dates and times_differ(a, d) is None


def test_match_cross_candidates_reach_the_judge_across_events():
    from checker.judge import judge_clusters

    claims = [
        _named(_claim("a", 0, "Orbita launched the Zephyr satellite in March 2024 from the Kourou spaceport."), "Orbita"),
        _named(_claim("b", 0, "Orbita launched the Zephyr satellite in March 2023 from the Kourou spaceport."), "Orbita"),
        _named(_claim("b", 1, "Orbita was fined by regulators for noise at the Kourou spaceport in 2023."), "Orbita"),
    ]
    # NOTE: the second-closest rule off (`mutual_second` above 1): a one-claim document's claim meets its two closest
    # of the other by it, which is not what is tested here
    clusters = cluster(claims, HashEmbedder(), MatchConfig(doc_link_threshold=None, mutual_second=1.1))
    event = {c.id: cl.id for cl in clusters for c in cl.claims}
    assert event[claims[0].id] != event[claims[1].id], "the two years must keep the launches apart"
    links = {(a.id, b.id) for cl in clusters for a, b in cl.links}
    assert {(claims[0].id, claims[1].id), (claims[1].id, claims[0].id)} & links
    # NOTE: the fine answers another question: sharing the place is not enough.
    assert not any(claims[2].id in pair for pair in links)
    findings = judge_clusters(clusters)
    assert any(f.kind == "date" and {c.id for c in f.claims} >= {claims[0].id, claims[1].id} for f in findings)


def test_match_cross_candidates_are_capped_per_claim_and_deterministic():
    from checker.match import cross_candidates

    claims = [_named(_claim(f"d{i % 2}", i, f"Orbita launched the Zephyr satellite in {2000 + i} from Kourou."), "Orbita")
              for i in range(8)]
    events = list(range(8))
    cfg = MatchConfig(links_per_claim=2)
    pairs = cross_candidates(claims, events, cfg)
    assert pairs == cross_candidates(claims, events, cfg)
    per_claim = Counter((i, claims[j].source_id) for p in pairs for i, j in (p, p[::-1]))
    assert pairs and max(per_claim.values()) <= 2
    assert all(i < j for i, j in pairs)
    # NOTE: one event, or one document, never needs a link.
    assert cross_candidates(claims, [0] * 8, cfg) == []


def _cross_by_pairs(claims, event_of, cfg):
    """`cross_candidates` read block by block and pair by pair, as it was written before its array operations."""
    from collections import defaultdict

    from checker.match import LIGHT_FRAMES, _answer_kinds, _capped, _name_words, question_words

    by_name = defaultdict(list)
    for i, c in enumerate(claims):
        for w in sorted(_name_words(c)):
            by_name[w].append(i)
    q = [question_words(c) for c in claims]
    frames = [set(c.slots.frames) - LIGHT_FRAMES for c in claims]
    answers = [_answer_kinds(c) for c in claims]
    best = {}
    for w in sorted(by_name):
        idx = by_name[w]
        if len(idx) < 2 or len(idx) > cfg.link_block:
            continue
        for x, i in enumerate(idx):
            for j in idx[x + 1 :]:
                if event_of[i] == event_of[j] or claims[i].source_id == claims[j].source_id or (i, j) in best:
                    continue
                if not answers[i] & answers[j]:
                    continue
                qi, qj = q[i], q[j]
                overlap = len(qi & qj) / min(len(qi), len(qj)) if qi and qj else 0.0
                if overlap >= cfg.link_overlap or frames[i] & frames[j]:
                    best[(i, j)] = len(answers[i] & answers[j]) + (1.0 if frames[i] & frames[j] else 0.0) + overlap
    return _capped(claims, best, cfg.links_per_claim)


@pytest.mark.parametrize("block, cap", [(3, 1), (5, 2), (60, 3)])
def test_match_cross_candidates_equal_a_pair_by_pair_reading_of_the_name_blocks(block, cap):
    import random

    from checker.match import cross_candidates

    rng = random.Random(block)
    texts = ["{n} launched the Zephyr satellite in {y} from Kourou.", "{n} cut {k} jobs at its plant in {y}.",
             "{n} was fined for noise at the spaceport.", "{n} agreed to buy Vela Labs for ${k} million in {y}.",
             "Officials said {n} hired {k} workers on Monday.", "{n} launched the Zephyr satellite from Kourou.",
             "{n} launched the Zephyr satellite with {k} engines from Kourou."]
    names = ["Orbita", "Vela Labs", "Kestrel Air", "Norda Bank", "Orbita Group", "Tarn", "Brisa Motors", "Halden",
             "Quill Foods", "Mira", "Ostrander", "Vela Bank"]
    claims = [_named(_claim(f"d{rng.randrange(7)}", i, rng.choice(texts).format(n="The firm", y=2000 + rng.randrange(5),
                                                                               k=rng.randrange(10, 90))),
                     *rng.sample(names, rng.randrange(1, 3))) for i in range(36)]
    cfg = MatchConfig(link_block=block, links_per_claim=cap)
    for events in ([rng.randrange(9) for _ in claims], list(range(len(claims))), [0] * len(claims)):
        expected = _cross_by_pairs(claims, events, cfg)
        assert cross_candidates(claims, events, cfg) == expected
    # NOTE: not vacuous: with the events apart some block yields pairs (the blocks of 3 claims at most: few do)
    assert expected == [] and _cross_by_pairs(claims, list(range(len(claims))), dataclasses.replace(cfg, link_block=max(block, 5)))


def test_match_question_words_mask_names_numbers_and_light_verbs():
    from checker.match import question_words

    a = _claim("a", 0, "Orbita said it launched 3 satellites in 2024.")
    words = question_words(a)
    assert "launched" in words or "launch" in words
    assert "said" not in words and "2024" not in words and "orbita" not in words


def test_match_judge_load_counts_cross_document_pairs_and_links():
    from checker.match import judge_load
    from checker.models import Cluster

    a1, a2 = _claim("a", 0, "One thing happened."), _claim("a", 1, "Another thing happened.")
    b1 = _claim("b", 0, "One thing happened there.")
    cl = Cluster(id=0, claims=(a1, a2, b1), label="x")
    assert judge_load([cl]) == 2
    assert judge_load([cl], [(a1, b1)]) == 3
    assert judge_load([cl], cap=1) == 1


def test_match_mutual_neighbours_pair_a_summary_with_its_closest_source_claim():
    from checker.match import mutual_neighbours

    claims = [_claim("doc", i, f"Sentence {i} of the source.") for i in range(3)] + [_claim("sum", 0, "The summary.")]
    # NOTE: (i, j, cosine) candidates: source claim 1 is the summary's closest; 0 and 2 are each
    # other's closest inside one document, which never counts.
    pairs = [(0, 3, 0.4), (1, 3, 0.8), (2, 3, 0.5), (0, 2, 0.9)]
    assert mutual_neighbours(claims, pairs, 0.3) == [(1, 3)]
    assert mutual_neighbours(claims, pairs, 0.85) == []


def _features(claims, i: int, j: int, corpus: bool = True) -> dict[str, float]:
    from checker.match import DocProfiles, EntityStats, pair_features

    vectors = HashEmbedder().embed([c.text for c in claims])
    stats = EntityStats(claims)
    docs = DocProfiles(claims, stats, vectors) if corpus else None
    return pair_features(claims[i], claims[j], float(vectors[i] @ vectors[j]), stats, load_knowledge(), docs)


def test_match_pair_features_name_every_feature_and_read_evidence_both_ways():
    from checker.match import PAIR_FEATURES

    claims = [
        _claim("a", 0, "A magnitude 7.1 earthquake struck Valparaiso in 2021, killing 12 people."),
        _claim("b", 0, "The earthquake that struck Valparaiso in 2021 killed 12 people."),
        _claim("c", 0, "A magnitude 6.8 earthquake struck Sendai in 2019, killing 3 people."),
        dataclasses.replace(_claim("a", 3, "Rescuers searched the rubble for survivors."), paragraph=3),
    ]
    same = _features(claims, 0, 1)
    other = _features(claims, 0, 2)
    assert tuple(same) == PAIR_FEATURES
    assert same["years"] == 1.0 and other["years"] == -1.0
    assert same["quantities"] == 1.0 and other["quantities"] == -1.0
    inside = _features(claims, 0, 3)
    assert same["lemma_tfidf"] > inside["lemma_tfidf"] == 0.0
    bare = _features(claims, 0, 1, corpus=False)
    # NOTE: without corpus statistics the passages are the claims themselves.
    assert bare["passage_cosine"] == bare["cosine"] and bare["passage_years"] == bare["years"]
    # NOTE: passages describe where each claim sits: two claims of one passage share it whatever they say.
    assert inside["passage_cosine"] > 0.99 and inside["passage_tfidf"] > 0.99 > inside["lemma_tfidf"]
    assert same["passage_cosine"] != same["cosine"] and inside["lead"] == 1.0 and same["passage_years"] == 1.0


def test_match_lead_features_compare_two_documents_leads_never_one_documents():
    from checker.match import LEAD

    chile = [_claim("a", 0, "A magnitude 7.1 earthquake struck Valparaiso in 2021, killing 12 people.")]
    chile += [_claim("a", n, f"Rescuers searched collapsed house number {n} for survivors.") for n in range(1, LEAD + 2)]
    japan = [_claim("b", 0, "A magnitude 6.8 earthquake struck Sendai in 2019, killing 3 people."),
             _claim("b", 1, "Rescuers searched collapsed houses for survivors.")]
    claims = chile + japan
    last = LEAD + 1  # NOTE: a claim beyond its document's lead and beyond its lead claim's passage
    apart = _features(claims, last, len(chile) + 1)
    # NOTE: the two body sentences are alike, their documents' leads state other years.
    assert apart["lead_years"] == -1.0 and apart["passage_years"] == 0.0 and apart["years"] == 0.0
    inside = _features(claims, 0, last)
    # NOTE: one document: its lead is no evidence, the passages stand in (so one document is never one event).
    for name in ("cosine", "tfidf", "entities", "place_clash", "years"):
        assert inside[f"lead_{name}"] == inside[f"passage_{name}"]
    assert inside["lead_tfidf"] < 0.99


def test_match_documents_model_reads_leads_and_the_default_does_not():
    from checker.match import MatchConfig, _shipped

    # NOTE: the sentence model never pays for the leads; ``learned: 2`` selects the whole-document one.
    assert not _shipped(MatchConfig()).reads_lead
    assert _shipped(MatchConfig(learned=2)).reads_lead
    from checker.match import LEAD, DocProfiles, EntityStats, pair_features

    body = [f"Rescuers searched collapsed house number {n} for survivors." for n in range(1, LEAD + 2)]
    claims = [_claim("a", 0, "A magnitude 7.1 earthquake struck Valparaiso in 2021.")] + [_claim("a", n + 1, t) for n, t in enumerate(body)]
    claims += [_claim("b", 0, "A magnitude 6.8 earthquake struck Sendai in 2019."), _claim("b", 1, "Rescuers searched the rubble.")]

    vectors = HashEmbedder().embed([c.text for c in claims])
    stats = EntityStats(claims)
    docs = DocProfiles(claims, stats, vectors)
    kb = load_knowledge()
    read = pair_features(claims[LEAD + 1], claims[-1], 1.0, stats, kb, docs)
    skipped = pair_features(claims[LEAD + 1], claims[-1], 1.0, stats, kb, docs, lead=False)
    assert read["lead_years"] == -1.0 and skipped["lead_years"] == skipped["passage_years"] == 0.0


def test_match_pair_model_ranks_one_event_above_two_of_a_kind():
    from checker.match import load_pair_model

    claims = [
        _claim("chile1", 0, "A magnitude 7.1 earthquake struck Valparaiso in Chile in 2021, killing 12 people."),
        _claim("chile2", 0, "The earthquake in Valparaiso, Chile, killed 12 people in 2021, officials said."),
        _claim("japan1", 0, "A magnitude 6.8 earthquake struck Sendai in Japan in 2019, killing 3 people."),
    ]
    model = load_pair_model()
    same, other = model.probability(_features(claims, 0, 1)), model.probability(_features(claims, 0, 2))
    assert 0.0 <= other < same <= 1.0 and same >= model.link_threshold


def test_match_pair_model_file_errors_are_coded(tmp_path):
    import json

    import pytest

    from checker.errors import ConfigError
    from checker.match import MODEL_PATH, load_pair_model

    good = json.loads(MODEL_PATH.read_text())
    assert load_pair_model(str(MODEL_PATH)).terms == tuple(good["terms"])
    for broken in ({**good, "terms": good["terms"][:-1] + ["no_such_feature"]}, {**good, "coef": good["coef"][:-1]}, {"terms": []}):
        path = tmp_path / "model.json"
        path.write_text(json.dumps(broken))
        load_pair_model.cache_clear()
        with pytest.raises(ConfigError, match=r"\[E021\]"):
            load_pair_model(str(path))
    load_pair_model.cache_clear()


def test_match_thresholds_follow_the_scorer():
    from checker.match import load_pair_model, thresholds

    model = load_pair_model()
    assert thresholds(MatchConfig(learned=1)) == (model.link_threshold, model.average_threshold)
    assert thresholds(MatchConfig(learned=1, learned_average=0.9)) == (model.link_threshold, 0.9)
    assert thresholds(MatchConfig(learned=0)) == (MatchConfig().link_threshold, MatchConfig().average_threshold)


def test_match_trained_scorer_joins_paraphrases_and_keeps_others_apart():
    claims = [
        _claim("a", 0, "Harbor officials closed the Vela bridge on Monday after cracks appeared in the Vela bridge deck."),
        _claim("b", 0, "The Vela bridge was closed by harbor officials on Monday because cracks appeared in its deck."),
        _claim("c", 0, "A bakery in the old town won a regional prize for its rye bread."),
    ]
    groups = _groups(cluster(claims, HashEmbedder(), MatchConfig(learned=1)))
    assert {"a:1", "b:1"} in groups and {"c:1"} in groups


def test_match_one_document_is_not_one_event():
    bridge = [
        "Harbor officials closed the Vela bridge on Monday after cracks appeared in the Vela bridge deck.",
        "Engineers inspected the cracked deck of the Vela bridge and ordered repairs.",
        "Traffic from the Vela bridge was diverted to the coastal road during the repairs.",
    ]
    bakery = [
        "A bakery in the old town won a regional prize for its rye bread.",
        "The baker said the rye bread recipe came from his grandmother.",
        "The prize jury praised the bakery's sourdough and its pastries.",
    ]
    # NOTE: document "a" tells two stories; "b" only the bridge one, so the two documents are alike.
    claims = [_claim("a", n, t) for n, t in enumerate(bridge + bakery)] + [_claim("b", 0, bridge[0].replace("Monday", "Monday morning"))]
    claims = [dataclasses.replace(c, paragraph=n) for n, c in enumerate(claims[:6])] + claims[6:]
    event = {f"{c.source_id}:{c.line}": k for k, cl in enumerate(cluster(claims, HashEmbedder(), MatchConfig(learned=1))) for c in cl.claims}
    assert event["b:1"] == event["a:1"]
    assert event["b:1"] != event["a:6"], "the bakery story joined the bridge event because its document did"




def test_match_event_label_is_the_same_in_every_process():
    """Two frames evoked equally often: the label picks one the same way whatever the hash seed
    (set iteration order follows it), so a run over the same claims labels its events alike."""
    import os
    import subprocess
    import sys

    code = (
        "import dataclasses\n"
        "from checker.match import EntityStats, _label\n"
        "from checker.models import Claim, Slots\n"
        "cs = [Claim(source_id=f'd{i}', path=f'd{i}.txt', start=0, end=5, line=1, column=1, end_line=1, text='x',\n"
        "            slots=Slots(frames=('grant', 'restrict', 'acquire'))) for i in range(2)]\n"
        "print(_label(cs, EntityStats(cs)))\n"
    )
    labels = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env=dict(os.environ, PYTHONHASHSEED=str(seed))).stdout.strip()
        for seed in range(6)
    }
    assert len(labels) == 1 and labels != {""}


def test_match_event_label_without_frame_or_name_is_the_central_full_claim():
    """An event with no frame or rare name is labelled by its most central full claim: a clause cut
    from a sentence ("but it's also not plausible.") and a question lose to a sentence of their own,
    and among those the claim whose words the others share most wins, whatever the members' order."""
    from checker.match import EntityStats, _label
    from checker.models import Slots

    def bare(doc: str, text: str, lemmas: tuple[str, ...]) -> Claim:
        return Claim(source_id=doc, path=f"{doc}.txt", start=0, end=len(text), line=1, column=1, end_line=1,
                     text=text, slots=Slots(lemmas=lemmas))

    members = [
        bare("a", "but it's also not plausible.", ("plausible",)),
        bare("b", "Was the story plausible?", ("story", "plausible")),
        bare("c", "Readers found the story odd.", ("reader", "find", "story", "odd")),
        bare("d", "The story was not plausible to experts.", ("story", "plausible", "expert")),
    ]
    for order in (members, members[::-1]):
        assert _label(order, EntityStats(order)) == "The story was not plausible to experts."
    alone = [members[0]]
    assert _label(alone, EntityStats(alone)) == "but it's also not plausible."


def test_match_pair_features_read_short_names_trigger_words_figures_and_weekdays():
    """A short name meets the long one ("the Colts" / "the Indianapolis Colts"), one claim's main
    predicate among the other's words counts ("escaped" / "the escape"), a figure both write ("31-24")
    counts and years do not, and weekdays are evidence both ways."""
    colts = _named(_claim("a", 0, "The Colts won 31-24 on Thursday night."), "Colts")
    indy = _named(_claim("b", 0, "The Indianapolis Colts clinched a playoff berth with a 31-24 win on Thursday."), "Indianapolis Colts")
    chiefs = _named(_claim("c", 0, "The Kansas City Chiefs lost 20-13 on Sunday in 2008."), "Kansas City Chiefs")
    other = _named(_claim("d", 0, "The Chiefs lost in 2008."), "Chiefs")
    claims = [colts, indy, chiefs, other]
    same, apart = _features(claims, 0, 1), _features(claims, 0, 2)
    assert same["names"] > 0.5 and apart["names"] == 0.0
    assert same["figures"] == 1.0 and apart["figures"] == 0.0
    assert _features(claims, 2, 3)["figures"] == 0.0, "a year both write is no shared figure"
    assert same["weekdays"] == 1.0 and apart["weekdays"] == -1.0 and _features(claims, 2, 3)["weekdays"] == 0.0

    def parsed(doc: str, text: str, pred: str, lemmas: str) -> Claim:
        c = _claim(doc, 0, text)
        return dataclasses.replace(c, slots=dataclasses.replace(c.slots, roles=(("pred", pred),), lemmas=tuple(lemmas.split())))

    escaped = parsed("e", "A Texas inmate escaped from a prison van.", "escape", "texas inmate escape prison van")
    escape = parsed("f", "The escape renews calls for a prison shake-up.", "renew", "escape renew call prison shake-up")
    unrelated = parsed("g", "The agency renews its prison contracts.", "renew", "agency renew prison contract")
    pair = [escaped, escape, unrelated]
    assert _features(pair, 0, 1)["trigger_lemma"] == 1.0 and _features(pair, 0, 2)["trigger_lemma"] == 0.0


def test_match_mean_reaches_stops_early_only_when_the_rest_cannot_change_the_answer():
    import random

    from checker.match import _mean_reaches

    rng = random.Random(7)
    saved = spared = 0
    for trial in range(400):
        count = rng.randint(1, 60)
        scores = [rng.random() if trial % 3 else rng.choice((0.0, 0.5, 1.0)) for _ in range(count)]
        pairs = [(k, k + 1) for k in range(count)]
        threshold = rng.choice((0.5, sum(scores) / count, rng.random()))
        calls = []

        def score_of(x: int, y: int) -> float:
            calls.append(x)
            return scores[x]

        total = 0.0
        for s in scores:
            total += s
        full = total / count >= threshold
        assert _mean_reaches(pairs, score_of, threshold, None) is full
        calls.clear()
        assert _mean_reaches(pairs, score_of, threshold, (0.0, 1.0)) is full, (scores, threshold)
        saved += count - len(calls)
        blind = len(calls)
        # NOTE: some scores already made: the answer is the full sum's still, and no more are made than without them
        memo = {k: scores[k] for k in range(count) if rng.random() < 0.5}
        calls.clear()
        assert _mean_reaches(pairs, score_of, threshold, (0.0, 1.0), lambda x, y: memo.get(x)) is full, (scores, threshold, memo)
        assert not set(calls) & set(memo) and len(calls) <= blind
        spared += blind - len(calls)
    assert saved > 1000  # NOTE: clear cases stop early
    assert spared > 300  # NOTE: the known scores decide some means before the unknown ones are made


def test_match_forked_scores_equal_a_sequential_run_and_survive_a_failed_worker():
    import os

    from checker.engines.local import forked_scores

    items = [(a, b) for a in range(40) for b in range(a + 1, 45)]
    here = os.getpid()

    def score(a: int, b: int) -> float:
        return (a * 0.1 + b * 0.37) / 3.0

    def flaky(a: int, b: int) -> float:
        if os.getpid() != here:
            raise RuntimeError("the worker fails")
        return score(a, b)

    expected = [score(a, b) for a, b in items]
    assert forked_scores(items, score, 2) == expected
    assert forked_scores(items, score, 3) == expected
    assert forked_scores(items, flaky, 2) == expected  # NOTE: its share scored here instead


def test_match_candidates_scored_in_two_processes_give_the_same_events(monkeypatch):
    import checker.match as match

    texts = [
        "Harbor officials closed the Vela bridge on Monday after cracks appeared in the Vela bridge deck.",
        "The Vela bridge was closed by harbor officials on Monday because cracks appeared in its deck.",
        "A bakery in the old town won a regional prize for its rye bread.",
        "The old town bakery's rye bread won the regional prize, the jury said.",
        "A magnitude 7.1 earthquake struck Valparaiso in Chile on Tuesday, killing 12 people.",
        "The earthquake in Valparaiso, Chile, killed 12 people on Tuesday, officials said.",
    ]
    claims = [_claim(f"d{k % 4}", k, t) for k, t in enumerate(texts * 3)]
    one = cluster(claims, HashEmbedder(), MatchConfig(learned=1))
    monkeypatch.setattr(match, "PARALLEL_MIN_PAIRS", 1)
    calls = []
    real = match._score_candidates
    monkeypatch.setattr(match, "_score_candidates", lambda keys, score, jobs: calls.append(jobs) or real(keys, score, jobs))
    two = cluster(claims, HashEmbedder(), MatchConfig(learned=1), jobs=2)
    assert calls == [2]
    assert [(cl.label, [c.id for c in cl.claims], [(a.id, b.id) for a, b in cl.links]) for cl in two] == [
        (cl.label, [c.id for c in cl.claims], [(a.id, b.id) for a, b in cl.links]) for cl in one
    ]


def test_match_mutual_pairs_in_arrays_equal_the_walk_over_candidate_pairs():
    from checker.match import _mutual_pairs, _unique_pairs, candidate_pairs, mutual_neighbours

    rng = np.random.default_rng(3)
    claims = [_claim(f"d{k % 5}", k, f"Claim number {k} about the bridge.") for k in range(60)]
    for trial in range(20):
        ids = rng.integers(-1, 60, size=(60, 6))
        # NOTE: few distinct cosines (ties), and a pair's two rows may disagree in the last bits
        sims = rng.choice(np.array([0.2, 0.5, 0.5000001, 0.7, 0.9], dtype=np.float32), size=(60, 6))
        pairs = candidate_pairs(np.zeros((60, 2), dtype=np.float32), 6, (ids, sims))
        walked = {}
        for i in range(60):
            for j, s in zip(ids[i].tolist(), sims[i].tolist()):
                if j != i and j >= 0:
                    walked[(min(i, j), max(i, j))] = s
        assert sorted(pairs) == sorted((i, j, c) for (i, j), c in walked.items())
        assert _mutual_pairs(claims, *_unique_pairs(ids, sims), 0.4) == mutual_neighbours(claims, pairs, 0.4)
        assert _mutual_pairs(claims, *_unique_pairs(ids, sims), 0.4, 0.6) == mutual_neighbours(claims, pairs, 0.4, 0.6)


def test_match_mutual_neighbours_pair_second_closest_claims_above_the_second_floor():
    from checker.match import mutual_neighbours

    claims = [_claim("a", 0, "The film was poorly received."), _claim("a", 1, "Critics panned the film."),
              _claim("b", 0, "The film received negative feedback from critics."), _claim("c", 0, "Reviews were harsh.")]
    # NOTE: page a says it twice (lead 0, body 1); b's claim is closest to the lead, then to the body, and the body's
    # closest is b's claim: the body and b meet as each other's two closest, where a's two statements are b's two
    pairs = [(0, 2, 0.8), (1, 2, 0.7), (1, 3, 0.6), (0, 3, 0.4)]
    assert mutual_neighbours(claims, pairs, 0.3) == [(0, 2)]
    assert mutual_neighbours(claims, pairs, 0.3, 0.6) == [(0, 2), (1, 2)]
    assert mutual_neighbours(claims, pairs, 0.3, 0.75) == [(0, 2)], "below the second floor"
    # NOTE: each other's second, but of two other documents each: no document said it twice
    assert mutual_neighbours(claims, [(0, 2, 0.8), (2, 3, 0.7), (0, 3, 0.9)], 0.3, 0.6) == [(0, 3)]


def test_match_mutual_second_default_pairs_a_page_s_second_closest_claim_from_0_3():
    from checker.match import mutual_neighbours

    claims = [_claim("a", 0, "The app went on sale in March."), _claim("a", 1, "Android 5.0 added the support for both modes."),
              _claim("b", 0, "Android 5.0, dubbed the Lollipop version, includes the beacon support.")]
    # NOTE: b's claim is closest to a's first claim (a shared name), then to a's second, whose closest it is (0.32)
    pairs = [(0, 2, 0.6), (1, 2, 0.32)]
    cfg = MatchConfig()
    assert mutual_neighbours(claims, pairs, cfg.mutual_min, cfg.mutual_second) == [(0, 2), (1, 2)]
    assert mutual_neighbours(claims, pairs, cfg.mutual_min, 0.5) == [(0, 2)], "the floor of the day before"
    assert mutual_neighbours(claims, [(0, 2, 0.6), (1, 2, 0.25)], cfg.mutual_min, cfg.mutual_second) == [(0, 2)]


def _dated(claim: Claim, **kinds: int) -> Claim:
    """The claim with one year-long date of each kind given (``own``, ``background``, ``series``)."""
    import datetime as dt

    from checker.models import DateValue

    dates = tuple(
        DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year), "year", background=kind == "background",
                  series="first" if kind == "series" else "")
        for kind, year in kinds.items()
    )
    return dataclasses.replace(claim, slots=dataclasses.replace(claim.slots, dates=dates))


def test_match_event_years_leave_out_dates_of_nouns_and_of_other_acts_in_a_series():
    from checker.match import event_years, times_differ

    quake = _dated(_claim("a", 0, "The quake killed 24 people."), own=2013, background=2004, series=2007)
    assert event_years(quake) == {2013}
    recalled = _dated(_claim("b", 0, "The quake revived memories of the tsunami."), background=2004)
    assert event_years(recalled) == set()
    # NOTE: "the 2004 tsunami" a report of the 2013 quake recalls does not date that report's quake
    assert times_differ(quake, recalled) is None
    assert times_differ(quake, _dated(_claim("c", 0, "The quake killed 20 people."), own=2004)) is True


def _events(*groups: list[Claim]):
    from checker.models import Cluster

    return [Cluster(id=k, claims=tuple(g), label=str(k)) for k, g in enumerate(groups)]


def test_match_links_skip_events_whose_other_claims_state_other_years():
    from checker.match import link

    # NOTE: one question ("how many rounds") in two events: the 2008 bout's and the 2012 bout's, which
    # their other claims date; the two linked claims state no year of their own.
    a0 = _named(_claim("a", 0, "Klitschko stopped the challenger in seven rounds at the arena."), "Klitschko")
    a1 = _dated(_named(_claim("a", 1, "The title fight took place in Mannheim."), "Klitschko"), own=2008)
    c1 = _dated(_named(_claim("c", 1, "The title fight in Mannheim drew a crowd."), "Klitschko"), own=2008)
    b0 = _named(_claim("b", 0, "Klitschko stopped the challenger in six rounds at the arena."), "Klitschko")
    b1 = _dated(_named(_claim("b", 1, "The title fight took place in Berne."), "Klitschko"), own=2012)
    d1 = _dated(_named(_claim("d", 1, "The title fight in Berne sold out."), "Klitschko"), own=2012)
    e1 = _named(_claim("e", 1, "The challenger needed stitches."), "Klitschko")
    claims = [a0, a1, c1, b0, b1, d1, e1]
    events = _events([a0, a1, c1], [b0, b1, d1], [e1])
    vectors = HashEmbedder().embed([c.text for c in claims])

    def linked(cfg: MatchConfig, groups=events) -> set[tuple[str, str]]:
        return {(x.id, y.id) for cl in link(claims, groups, vectors, cfg) for x, y in cl.links}

    assert (a0.id, b0.id) in linked(MatchConfig(event_time=1.0)), "without the evidence the two counts meet"
    assert (a0.id, b0.id) not in linked(MatchConfig(event_time=0.5))
    # NOTE: one dated claim is no time of an event of one document (``event_support``): a page's one dated sentence
    # among others; it is of an event two documents report
    one_dated = _events([a0, a1, c1], [b0, b1], [d1], [e1])
    assert (a0.id, b0.id) in linked(MatchConfig(), one_dated)
    assert (a0.id, b0.id) not in linked(MatchConfig(event_support=1), one_dated)
    assert (a0.id, b0.id) not in linked(MatchConfig(), _events([a0, a1, c1], [b0, b1, e1], [d1]))
    # NOTE: the linked claims' own years never count: two sources dating one event differently still meet.
    b1_undated = dataclasses.replace(b1, slots=dataclasses.replace(b1.slots, dates=()))
    a0_dated, b0_dated = _dated(a0, own=2008), _dated(b0, own=2012)
    claims = [a0_dated, a1, c1, b0_dated, b1_undated]
    events = _events([a0_dated, a1, c1], [b0_dated, b1_undated])
    vectors = HashEmbedder().embed([c.text for c in claims])
    assert (a0_dated.id, b0_dated.id) in {(x.id, y.id) for cl in link(claims, events, vectors, MatchConfig(event_time=0.5))
                                           for x, y in cl.links}


def test_match_links_keep_claims_that_write_one_year_whatever_their_events_other_years():
    from checker.match import link

    # NOTE: a page's events mix the years of a career; two claims both writing 2008 for their own acts say when
    a0 = _dated(_named(_claim("a", 0, "Klitschko stopped the challenger in seven rounds at the arena."), "Klitschko"), own=2008)
    a1 = _dated(_named(_claim("a", 1, "The title fight took place in Mannheim."), "Klitschko"), own=2011)
    c1 = _dated(_named(_claim("c", 1, "The title fight in Mannheim drew a crowd."), "Klitschko"), own=2011)
    b0 = _dated(_named(_claim("b", 0, "Klitschko stopped the challenger in six rounds at the arena."), "Klitschko"), own=2008)
    b1 = _dated(_named(_claim("b", 1, "The title fight took place in Berne."), "Klitschko"), own=2012)
    d1 = _dated(_named(_claim("d", 1, "The title fight in Berne sold out."), "Klitschko"), own=2012)
    claims = [a0, a1, c1, b0, b1, d1]
    vectors = HashEmbedder().embed([c.text for c in claims])
    pairs = {(x.id, y.id) for cl in link(claims, _events([a0, a1, c1], [b0, b1, d1]), vectors, MatchConfig()) for x, y in cl.links}
    assert (a0.id, b0.id) in pairs
    # NOTE: without the shared year the events' other claims (2011 against 2012) keep them apart
    b0_2009 = _dated(_named(_claim("b", 0, "Klitschko stopped the challenger in six rounds at the arena."), "Klitschko"), own=2009)
    claims = [a0, a1, c1, b0_2009, b1, d1]
    pairs = {(x.id, y.id) for cl in link(claims, _events([a0, a1, c1], [b0_2009, b1, d1]), vectors, MatchConfig()) for x, y in cl.links}
    assert (a0.id, b0_2009.id) not in pairs


def test_match_links_keep_events_without_one_time():
    from checker.match import link

    # NOTE: a timeline (2012, then 2013) is no one occurrence's time: it tells no two events apart.
    a0 = _named(_claim("a", 0, "Klitschko stopped the challenger in seven rounds at the arena."), "Klitschko")
    a1 = _dated(_named(_claim("a", 1, "The title fight took place in Mannheim."), "Klitschko"), own=2008)
    c1 = _dated(_named(_claim("c", 1, "The title fight in Mannheim drew a crowd."), "Klitschko"), own=2008)
    b0 = _named(_claim("b", 0, "Klitschko stopped the challenger in six rounds at the arena."), "Klitschko")
    b1 = _dated(_named(_claim("b", 1, "The title fight took place in Berne."), "Klitschko"), own=2012)
    b2 = _dated(_named(_claim("d", 1, "The title fight was held in Berne."), "Klitschko"), own=2013)
    e1 = _dated(_named(_claim("e", 1, "The title fight in Berne sold out."), "Klitschko"), own=2012)
    claims = [a0, a1, c1, b0, b1, b2, e1]
    vectors = HashEmbedder().embed([c.text for c in claims])

    def linked(*groups: list[Claim]) -> set[tuple[str, str]]:
        return {(x.id, y.id) for cl in link(claims, _events(*groups), vectors, MatchConfig()) for x, y in cl.links}

    assert (a0.id, b0.id) not in linked([a0, a1, c1], [b0, b1, e1], [b2])
    assert (a0.id, b0.id) in linked([a0, a1, c1], [b0, b1, b2], [e1])


def test_match_dates_of_nouns_do_not_keep_paraphrases_apart():
    # NOTE: "the 2004 tsunami" and "the 2008 flood" recalled beside one closure are no times of the closure
    a = _dated(_claim("a", 0, "Harbor officials closed the Vela bridge on Monday after cracks appeared in the Vela bridge deck."),
               background=2004)
    b = _dated(_claim("b", 0, "The Vela bridge was closed by harbor officials on Monday because cracks appeared in its deck."),
               background=2008)
    assert {"a:1", "b:1"} in _groups(cluster([a, b], HashEmbedder(), MatchConfig(doc_link_threshold=None)))
    own = [_dated(a, own=2004), _dated(b, own=2008)]
    assert {"a:1", "b:1"} not in _groups(cluster(own, HashEmbedder(), MatchConfig(doc_link_threshold=None)))


def test_match_links_skip_events_whose_other_claims_name_other_weekdays():
    from checker.match import link

    # NOTE: two quakes' tolls: the events' other claims name the day each struck, Sunday and Tuesday
    a0 = _named(_claim("a", 0, "The earthquake killed 4 people in the province."), "Papua")
    a1 = _named(_claim("a", 1, "The earthquake struck early on Sunday."), "Papua")
    c1 = _named(_claim("c", 1, "The earthquake on Sunday flattened houses."), "Papua")
    b0 = _named(_claim("b", 0, "The earthquake killed 24 people in the province."), "Papua")
    b1 = _named(_claim("b", 1, "The earthquake struck on Tuesday afternoon."), "Papua")
    e1 = _named(_claim("e", 1, "Power was cut on Tuesday."), "Papua")
    d1 = _named(_claim("d", 1, "Rescuers arrived on Sunday."), "Papua")
    claims = [a0, a1, c1, b0, b1, e1, d1]
    vectors = HashEmbedder().embed([c.text for c in claims])

    def linked(cfg: MatchConfig, *groups: list[Claim]) -> bool:
        return (a0.id, b0.id) in {(x.id, y.id) for cl in link(claims, _events(*groups), vectors, cfg) for x, y in cl.links}

    assert linked(MatchConfig(event_time=1.0), [a0, a1, c1], [b0, b1, e1], [d1]), "without the evidence the two tolls meet"
    assert not linked(MatchConfig(), [a0, a1, c1], [b0, b1, e1], [d1])
    # NOTE: an event whose claims name two days has no day
    assert linked(MatchConfig(), [a0, a1, c1], [b0, b1, d1], [e1])
    # NOTE: one report's one weekday is its event's day (two quakes, a report each), unlike one page's one year
    assert not linked(MatchConfig(), [a0, a1, c1], [b0, b1], [e1], [d1])


def test_match_linkage_of_separate_components_in_two_processes_equals_one_run(monkeypatch):
    import random

    import checker.engines.local as local
    import checker.match as match

    rng = random.Random(5)
    n = 90
    # NOTE: three link components of unequal size (0-49, 50-74, 75-89), edges best first
    comps = [range(0, 50), range(50, 75), range(75, 90)]
    edges = sorted({(round(rng.random(), 3), *sorted(rng.sample(list(c), 2))) for c in comps for _ in range(3 * len(c))}, reverse=True)
    table = {(i, j): rng.random() for i in range(n) for j in range(i + 1, n)}

    def score_of(i: int, j: int) -> float:
        return table[(i, j) if i < j else (j, i)]

    def evidence(i: int, j: int) -> bool | None:
        return None if (i + j) % 3 else (i * j) % 5 == 0

    args = (n, edges, match._Linkage(score_of, 0.5, 40, evidence, 0.3, (0.0, 1.0)))
    one = match._average_linkage(*args)
    assert len(set(one)) < n - 10  # NOTE: many merges happened
    monkeypatch.setattr(match, "PARALLEL_MIN_EDGES", 1)
    calls = []
    real = local.forked_calls
    monkeypatch.setattr(local, "forked_calls", lambda fns: calls.append(len(fns)) or real(fns))
    assert match._linkage_by_components(*args, 2) == one
    assert match._linkage_by_components(*args, 3) == one
    assert calls == [2, 3]
    assert match._linkage_by_components(*args, 1) == one and calls == [2, 3]


def test_match_linkage_in_rounds_splits_one_component_and_equals_one_run(monkeypatch):
    import random

    import checker.engines.local as local
    import checker.match as match

    rng = random.Random(11)
    n = 80
    # NOTE: one link component (a path through every item, then random edges), edges best first: only rounds of
    # fewer edges, taken from the groups as they stand, fall into separate components
    path = list(range(n))
    rng.shuffle(path)
    pairs = {tuple(sorted(p)) for p in zip(path, path[1:])} | {tuple(sorted(rng.sample(range(n), 2))) for _ in range(160)}
    edges = sorted(((round(rng.random(), 4), i, j) for i, j in pairs), reverse=True)
    table = {(i, j): rng.random() for i in range(n) for j in range(i + 1, n)}

    def scorer(memo: dict):
        def score_of(i: int, j: int) -> float:
            key = (i, j) if i < j else (j, i)
            if key not in memo:
                memo[key] = table[key]
            return memo[key]

        return score_of

    def evidence(i: int, j: int) -> bool | None:
        return None if (i + j) % 4 else (i * j) % 7 == 0

    alone: dict = {}
    one = match._average_linkage(n, edges, match._Linkage(scorer(alone), 0.45, 40, evidence, 0.3, (0.0, 1.0)))
    assert len(set(one)) < n - 15  # NOTE: many merges happened
    monkeypatch.setattr(match, "PARALLEL_MIN_EDGES", 1)
    calls = []
    real = local.forked_calls
    monkeypatch.setattr(local, "forked_calls", lambda fns: calls.append(len(fns)) or real(fns))
    memo: dict = {}
    assert match._linkage_by_components(n, edges, match._Linkage(scorer(memo), 0.45, 40, evidence, 0.3, (0.0, 1.0)), 2, memo) == one
    assert calls == []  # NOTE: one round: one component, nothing to share out
    monkeypatch.setattr(match, "LINKAGE_ROUND", 12)
    memo = {}
    assert match._linkage_by_components(n, edges, match._Linkage(scorer(memo), 0.45, 40, evidence, 0.3, (0.0, 1.0)), 2, memo) == one
    assert calls and set(calls) == {2}
    assert memo == alone  # NOTE: the workers' scores came back
    assert match._linkage_by_components(n, edges, match._Linkage(scorer({}), 0.45, 40, evidence, 0.3, (0.0, 1.0)), 3, None) == one


def test_match_undated_claims_take_their_documents_publication_year():
    import datetime as dt

    from checker.match import claim_years

    # NOTE: two seasons' reports that write no year: what dates them is when each was published
    text = "The Harbor Hawks won the league title after beating the Lakeside Owls in the final."
    claims = [_claim(doc, 0, text) for doc in "abcd"]
    published = {"a": dt.date(2023, 6, 1), "b": dt.date(2023, 6, 2), "c": dt.date(2024, 6, 1), "d": dt.date(2024, 6, 3)}
    assert claim_years(claims[0], published) == {2023} and claim_years(claims[0]) == set()
    # NOTE: a year the claim writes is its own, whenever the report came out
    assert claim_years(_dated(claims[2], own=2019), published) == {2019}
    cfg = MatchConfig(doc_link_threshold=None)
    assert {"a:1", "b:1", "c:1", "d:1"} in _groups(cluster(claims, HashEmbedder(), cfg))
    groups = _groups(cluster(claims, HashEmbedder(), cfg, published=published))
    assert {"a:1", "b:1"} in groups and {"c:1", "d:1"} in groups
    off = MatchConfig(doc_link_threshold=None, published_years=0)
    assert {"a:1", "b:1", "c:1", "d:1"} in _groups(cluster(claims, HashEmbedder(), off, published=published))


def test_match_links_skip_events_whose_documents_were_published_in_other_years():
    import datetime as dt

    from checker.match import link

    # NOTE: the 2008 bout's reports write its year; the 2012 bout's reports write none but came out in 2012
    a0 = _named(_claim("a", 0, "Klitschko stopped the challenger in seven rounds at the arena."), "Klitschko")
    a1 = _dated(_named(_claim("a", 1, "The title fight took place in Mannheim."), "Klitschko"), own=2008)
    c1 = _dated(_named(_claim("c", 1, "The title fight in Mannheim drew a crowd."), "Klitschko"), own=2008)
    b0 = _named(_claim("b", 0, "Klitschko stopped the challenger in six rounds at the arena."), "Klitschko")
    b1 = _named(_claim("b", 1, "The title fight took place in Berne."), "Klitschko")
    d1 = _named(_claim("d", 1, "The title fight in Berne sold out."), "Klitschko")
    claims = [a0, a1, c1, b0, b1, d1]
    events = _events([a0, a1, c1], [b0, b1, d1])
    vectors = HashEmbedder().embed([c.text for c in claims])

    def linked(**kw) -> bool:
        return (a0.id, b0.id) in {(x.id, y.id) for cl in link(claims, events, vectors, MatchConfig(), **kw) for x, y in cl.links}

    assert linked(), "without publication dates the two counts meet"
    assert not linked(published={"b": dt.date(2012, 9, 8), "d": dt.date(2012, 9, 9)})
    # NOTE: a year a claim writes wins over its document's date (a 2012 report of the 2008 bout)
    assert linked(published={"a": dt.date(2012, 9, 8)})


def test_match_claims_dated_otherwise_are_not_presumed_of_the_publication_year():
    import datetime as dt

    from checker.match import claim_years

    published = {"a": dt.date(2013, 7, 2)}
    recalled = _dated(_claim("a", 0, "The tsunami killed 230,000 people."), background=2004)
    assert claim_years(recalled, published) == set()
    inherited = _claim("a", 1, "It killed 230,000 people.")
    inherited = dataclasses.replace(inherited, slots=dataclasses.replace(inherited.slots, context_dates=_dated(recalled, own=2004).slots.dates))
    assert claim_years(inherited, published) == set()
    assert claim_years(_claim("a", 2, "The quake killed 24 people."), published) == {2013}


def test_match_publication_years_level_one_keeps_merging_as_written_years_do():
    import datetime as dt

    text = "The Harbor Hawks won the league title after beating the Lakeside Owls in the final."
    claims = [_claim(doc, 0, text) for doc in "abcd"]
    published = {"a": dt.date(2023, 6, 1), "b": dt.date(2023, 6, 2), "c": dt.date(2024, 6, 1), "d": dt.date(2024, 6, 3)}
    links_only = MatchConfig(doc_link_threshold=None, published_years=1)
    assert {"a:1", "b:1", "c:1", "d:1"} in _groups(cluster(claims, HashEmbedder(), links_only, published=published))


def test_match_answer_kinds_read_one_dimension_across_units_and_skip_bare_numbers():
    from checker.match import answer_kinds

    assert dict(answer_kinds(_claim("a", 0, "The tower is 330 metres tall."))) == {"length": "330 metres"}
    assert dict(answer_kinds(_claim("b", 0, "It rises 1,063 feet above the city."))).get("length") == "1,063 feet"
    # NOTE: a count of things or people is a kind (one noun or another: "12 people are dead" / "a toll of 15"); an age
    # is not, nor a bare number of nothing
    assert dict(answer_kinds(_claim("c", 0, "Orbita cut 300 jobs."))) == {"count": "300 jobs"}
    assert dict(answer_kinds(_claim("c", 3, "So far 12 people are dead."))) == {"count": "12 people"}
    assert answer_kinds(_claim("c", 4, "The 41-year-old driver was arrested.")) == ()
    rose = _claim("c", 5, "The toll rose to 15.")
    assert answer_kinds(rose) == (), "a bare number of nothing"
    acted = dataclasses.replace(rose, slots=dataclasses.replace(rose.slots, quantities=tuple(
        dataclasses.replace(q, event="toll") for q in rose.slots.quantities)))
    assert dict(answer_kinds(acted)) == {"count": "15"}, "a bare number of an act counts it"
    assert dict(answer_kinds(_claim("c", 1, "The ticket costs $25."))) == {"money": "$25"}
    assert dict(answer_kinds(_claim("c", 2, "The film holds an approval rating of 93%."))) == {"percent": "93%"}
    assert dict(answer_kinds(_claim("d", 0, "The drug was approved on March 3, 2021."))).get("date") == "March 3, 2021"
    assert answer_kinds(_claim("e", 0, "The drug was approved yesterday.")) == ()
    assert answer_kinds(_claim("f", 0, "He scored 3.")) == ()
    assert dict(answer_kinds(_claim("f", 1, "Dunmore beat Castlebay 3-1."))) == {"score": "3-1"}
    assert answer_kinds(_claim("g", 0, "The bridge opened eight days ago.")) == ()
    assert dict(answer_kinds(_claim("g", 1, "The outage lasted four hours."))) == {"duration": "four hours"}
    lived = _claim("h", 0, "She lived in the city.")
    place = dataclasses.replace(lived, slots=dataclasses.replace(lived.slots, places=(Mention("lisbon", "Lisbon", "GPE"),)))
    # NOTE: names of places and organisations are in nearly every news claim: no kind of their own
    assert answer_kinds(place) == () and answer_kinds(_named(lived, "Oracle")) == ()


def test_match_question_texts_mask_every_answer_and_keep_the_claim_order():
    from checker.match import question_texts

    tall, rises = _claim("a", 0, "The tower is 330 metres tall."), _claim("b", 0, "It rises 1,063 feet above the city.")
    texts = question_texts([tall, rises, _claim("a", 1, "The museum opened in 1977.")])
    assert texts[tall.id] == "tower tall"
    assert "rise" in texts[rises.id] and "city" in texts[rises.id] and "1,063" not in texts[rises.id]
    assert len(texts) == 2, "a date given by one document alone pairs nothing"
    assert question_texts([tall, rises], MatchConfig(question_block=1)) == {}


def _questions(claims, asked: dict[int, list[float]]) -> dict[str, np.ndarray]:
    return {claims[i].id: np.asarray(v, dtype=np.float32) / np.linalg.norm(v) for i, v in asked.items()}


def test_match_question_candidates_pair_answers_of_one_kind_without_a_shared_name():
    from checker.match import question_candidates

    claims = [
        _claim("a", 0, "The tower is 330 metres tall."),
        _claim("b", 0, "It rises 1,063 feet above the city."),
        _claim("b", 1, "Its base measures 410 feet on each side."),
        _claim("b", 2, "The tower was completed on March 31, 1889."),
    ]
    vectors = np.ones((4, 4), dtype=np.float32) / 2.0
    asked = _questions(claims, {0: [1, 0, 0], 1: [0.9, 0.3, 0], 2: [0.7, 0, 0.7], 3: [1, 0, 0]})
    cfg = MatchConfig(question_min=0.6, question_links=1)
    # NOTE: the height meets the height, its best in the other page; the base is a length too, but the worse
    # question of that page; the date is another kind of answer, however alike its question
    assert question_candidates(claims, [0, 1, 2, 3], asked, vectors, cfg) == [(0, 1)]
    # NOTE: with two a claim and other page (the default), a page that states one fact twice meets both statements
    assert question_candidates(claims, [0, 1, 2, 3], asked, vectors, MatchConfig(question_min=0.6)) == [(0, 1), (0, 2)]
    assert question_candidates(claims, [0, 1, 2, 3], asked, vectors, MatchConfig(question_min=0.99)) == []
    assert question_candidates(claims, [0, 0, 2, 3], asked, vectors, cfg) == [(0, 2)], "one event needs no link"
    assert question_candidates(claims, [0, 1, 2, 3], asked, vectors, MatchConfig(question_block=2)) == []
    far = np.asarray([[1, 0, 0, 0], [0, 1, 0, 0], [0, 1, 0, 0], [0, 1, 0, 0]], dtype=np.float32)
    assert question_candidates(claims, [0, 1, 2, 3], asked, far, cfg) == [], "two stories' documents"


def test_match_question_candidates_default_floor_pairs_questions_alike_at_0_42():
    from checker.match import question_candidates

    claims = [_claim("a", 0, "It was recorded over four years, beginning in 1998."),
              _claim("b", 0, "The recording of the album started after 1998.")]
    vectors = np.ones((2, 4), dtype=np.float32) / 2.0
    at = lambda cos: _questions(claims, {0: [1.0, 0.0], 1: [cos, (1 - cos * cos) ** 0.5]})  # noqa: E731
    assert question_candidates(claims, [0, 1], at(0.42), vectors, MatchConfig()) == [(0, 1)]
    assert question_candidates(claims, [0, 1], at(0.38), vectors, MatchConfig()) == []


def test_match_answer_kinds_read_measures_of_every_dimension_by_their_dimension():
    from checker.match import answer_kinds
    from checker.normalize.numbers import measure_dimensions

    assert dict(answer_kinds(_claim("a", 0, "Delia made landfall with 115 mph winds."))) == {"speed": "115 mph"}
    assert dict(answer_kinds(_claim("b", 0, "The winds reached 195 km/h."))) == {"speed": "195 km/h"}
    assert dict(answer_kinds(_claim("c", 0, "The park covers 5,000 square kilometres."))) == {"area": "5,000 square kilometres"}
    assert dict(answer_kinds(_claim("d", 0, "Water boils at 100 degrees Celsius."))) == {"temperature": "100 degrees Celsius"}
    units = measure_dimensions()
    assert units["mile per hour"] == units["km per h"] == "speed" and units["litre"] == "volume"
    assert "item" not in units and "percent" not in units, "proportions and counts are no measure"


def _acted(claim: Claim, act: str, holder: str = "") -> Claim:
    """The claim with its dates and quantities of ``act`` (as the parse reads what they are of)."""
    slots = claim.slots
    return dataclasses.replace(claim, slots=dataclasses.replace(
        slots, dates=tuple(dataclasses.replace(d, event=act, holder=holder) for d in slots.dates),
        quantities=tuple(dataclasses.replace(q, event=act, holder=holder) for q in slots.quantities)))


def test_match_question_candidates_pair_answers_of_one_act_whatever_their_questions():
    from checker.match import question_candidates

    claims = [
        _acted(_claim("a", 0, "Orchard was founded in 1979 in San Jose and moved its offices later."), "found", "orchard"),
        _acted(_claim("b", 0, "It was founded on April 1, 1979 by Lena Ortiz in a garage."), "found"),
        _acted(_claim("b", 1, "The company went public in December 1984."), "go"),
        _acted(_claim("c", 0, "Its rival was founded in 1981 by two engineers."), "found", "rival"),
    ]
    vectors = np.ones((4, 4), dtype=np.float32) / 2.0
    # NOTE: the founding's questions are far apart (long claims saying more), the listing's is the closest
    asked = _questions(claims, {0: [1, 0, 0], 1: [0, 1, 0], 2: [0.5, 0.5, 0], 3: [0, 0, 1]})
    cfg = MatchConfig(question_min=0.75)
    # NOTE: one act (a founding) of one holder, or of a holder one side does not name ("It"): one question; another
    # holder's founding (Orchard's, its rival's) asks another
    assert question_candidates(claims, [0, 1, 2, 3], asked, vectors, cfg) == [(0, 1), (1, 3)]
    # NOTE: the listing's question is the best aligned with the founding of page a (0.71): kept beside the act's pair,
    # which never takes its place (each has its own cap)
    assert question_candidates(claims, [0, 1, 2, 3], asked, vectors, MatchConfig(question_min=0.5)) == [(0, 1), (0, 2), (1, 3)]
    unacted = [_claim("a", 0, claims[0].text), _claim("b", 0, claims[1].text)] + claims[2:]
    assert question_candidates(unacted, [0, 1, 2, 3], asked, vectors, cfg) == [], "no act read: the questions decide"
    assert question_candidates(unacted, [0, 1, 2, 3], asked, vectors, MatchConfig(question_min=0.5)) == [(0, 2)]


def test_match_cluster_links_claims_whose_questions_align_only_when_questions_are_given():
    claims = [
        _claim("a", 0, "The tower is 330 metres tall."),
        _claim("a", 1, "Gustave Eiffel designed it for the fair."),
        _claim("b", 0, "It rises 1,063 feet above the city."),
        _claim("b", 1, "Visitors take the lift to the top."),
    ]
    cfg = MatchConfig(doc_link_threshold=None, mutual_min=1.1, question_min=0.6, question_documents=0.0)
    asked = _questions(claims, {0: [1, 0], 2: [0.9, 0.3]})
    with_q = cluster(claims, HashEmbedder(), cfg, questions=asked)
    event = {c.id: cl.id for cl in with_q for c in cl.claims}
    assert event[claims[0].id] != event[claims[2].id]
    assert {frozenset((a.id, b.id)) for cl in with_q for a, b in cl.links} == {frozenset((claims[0].id, claims[2].id))}
    assert not any(cl.links for cl in cluster(claims, HashEmbedder(), cfg))


def test_match_dot_sums_shared_words_only_in_the_first_bags_order():
    from checker.match import _dot

    a = {"quake": 0.6, "chile": 0.8}
    b = {"quake": 0.5, "city": 0.5, "dead": 0.7071}
    # NOTE: the smaller bag is walked; a word the other lacks adds nothing, and the sum is a float even when none is shared
    assert _dot(a, b) == 0.6 * 0.5 == _dot(b, a)
    assert _dot(a, {"rubble": 1.0}) == 0.0 and isinstance(_dot(a, {"rubble": 1.0}), float)
    big = {f"w{k}": 0.1 * (k + 1) for k in range(7)}
    small = {"w6": 0.3, "w2": 0.2, "x": 0.9}
    assert _dot(big, small) == sum([0.3 * 0.7, 0.2 * 0.3]) and _dot(None, small) == 0.0


def test_match_pair_features_skip_the_name_overlap_only_for_a_model_without_it():
    import dataclasses as dc

    from checker.match import DocProfiles, EntityStats, MatchConfig, _shipped, pair_features, pair_score

    claims = [
        _named(_claim("a", 0, "Lindsay Lohan was sentenced by the Los Angeles court on Monday."), "Lindsay Lohan"),
        _named(_claim("b", 0, "Lohan was sentenced to 90 days in jail."), "Lohan"),
    ]
    vectors = HashEmbedder().embed([c.text for c in claims])
    stats = EntityStats(claims)
    docs = DocProfiles(claims, stats, vectors)
    kb = load_knowledge()
    full = pair_features(claims[0], claims[1], 0.5, stats, kb, docs)
    cut = pair_features(claims[0], claims[1], 0.5, stats, kb, docs, names=False)
    assert full["names"] > 0.0 == cut["names"] and {k: v for k, v in full.items() if k != "names"} == {k: v for k, v in cut.items() if k != "names"}
    model = _shipped(MatchConfig())
    assert not model.reads_names and dc.replace(model, terms=model.terms[:-1] + ("names",)).reads_names
    # NOTE: the shipped scorer's probability is the one it gives with every feature computed
    assert pair_score(claims[0], claims[1], 0.5, stats, kb, MatchConfig(), docs) == model.probability(full)
    # NOTE: the passages read once per pair give the features read claim by claim
    assert docs.passage_similarity(claims[0], claims[1], kb) == docs.passage_similarity(
        claims[0], claims[1], kb, (docs.passage(claims[0]), docs.passage(claims[1])))


def test_match_pair_model_probability_sums_its_terms_in_order():
    import dataclasses as dc
    import math

    from checker.match import PAIR_FEATURES, load_pair_model

    model = load_pair_model()
    feats = {name: 0.1 * (k % 7) - 0.2 for k, name in enumerate(PAIR_FEATURES)}
    z = model.intercept
    for t, m, sd, w in zip(model.terms, model.mean, model.scale, model.coef):
        x, _, y = t.partition("*")
        z += w * ((feats[x] * feats[y] if y else feats[x]) - m) / sd
    assert model.probability(feats) == 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
    # NOTE: another model (another object) reads its own terms
    other = dc.replace(model, coef=tuple(-c for c in model.coef))
    assert other.probability(feats) == pytest.approx(1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, 2 * model.intercept - z)))), rel=1e-9)


def test_match_question_texts_ask_each_answer_its_own_question_without_other_answers_or_names():
    from checker.match import ANSWER_QUESTION, question_texts

    adults = _claim("a", 0, "Adults weigh 150 to 180 grams and live for up to seven years in mountain meadows.")
    club = _named(_claim("b", 0, "Book Club earned less than $88.5 million worldwide."), "Book Club")
    film = _claim("c", 0, "The film was released in May, received mixed reviews from critics and has grossed over "
                          "$89 million worldwide.")
    pika = _claim("d", 0, "The pika weighs between 150 and 180 g.")
    texts = question_texts([adults, club, film, pika])
    own = texts[adults.id + ANSWER_QUESTION + "mass"].split()
    # NOTE: the claim's question keeps every word but the answers; the mass's own keeps the words next to it
    assert "weigh" in own and "meadow" not in own and "meadow" in texts[adults.id]
    assert not {"seven", "year", "150", "gram"} & set(own), "no answer's words, the other's included"
    assert texts[club.id + ANSWER_QUESTION + "money"] == "earned worldwide" and "book" in texts[club.id]
    assert texts[film.id + ANSWER_QUESTION + "money"].split() == ["critic", "grossed", "worldwide"]
    wide = question_texts([adults, club, film, pika], MatchConfig(answer_window=0))
    assert "mixed" in wide[film.id + ANSWER_QUESTION + "money"], "0: the whole attribute window"


def test_match_question_candidates_pair_claims_of_several_answers_by_one_answers_own_question():
    from checker.match import ANSWER_QUESTION, question_candidates

    claims = [_claim("a", 0, "Adults weigh 150 to 180 grams and live for up to seven years."),
              _claim("b", 0, "The pika weighs between 150 and 180 g.")]
    vectors = np.ones((2, 4), dtype=np.float32) / 2.0
    asked = _questions(claims, {0: [1, 0, 0], 1: [0, 1, 0]})
    assert question_candidates(claims, [0, 1], asked, vectors, MatchConfig(question_min=0.6)) == []
    asked[claims[0].id + ANSWER_QUESTION + "mass"] = np.asarray([0, 1, 0], dtype=np.float32)
    assert question_candidates(claims, [0, 1], asked, vectors, MatchConfig(question_min=0.6)) == [(0, 1)]
    asked[claims[0].id + ANSWER_QUESTION + "date"] = asked.pop(claims[0].id + ANSWER_QUESTION + "mass")
    assert question_candidates(claims, [0, 1], asked, vectors, MatchConfig(question_min=0.6)) == [], \
        "one answer's question asks for that kind only"



def test_match_question_candidates_give_pairs_of_one_answers_own_question_their_own_cap():
    from checker.match import ANSWER_QUESTION, question_candidates

    claims = [_claim("a", 0, "The film was released in May and has grossed over $89 million worldwide."),
              _claim("b", 0, "The film grossed $90 million in its release year."),
              _claim("b", 1, "Book Club earned less than $88.5 million worldwide.")]
    vectors = np.ones((3, 4), dtype=np.float32) / 2.0
    asked = _questions(claims, {0: [1, 0, 0], 1: [0.8, 0.6, 0], 2: [0, 0, 1]})
    asked[claims[0].id + ANSWER_QUESTION + "money"] = np.asarray([0, 0, 1], dtype=np.float32)
    # NOTE: the claims' best-aligned questions keep their pair; the own question's pair is one more, not instead
    assert question_candidates(claims, [0, 1, 2], asked, vectors, MatchConfig(question_min=0.6)) == [(0, 1), (0, 2)]


def test_match_events_apart_from_tallies_equals_counting_each_pair_s_other_claims(monkeypatch):
    import random
    from collections import Counter

    import checker.match as m
    from checker.models import Claim

    rng = random.Random(7)
    years = [set(rng.sample(range(2008, 2013), rng.randint(0, 2))) for _ in range(120)]
    days = [set(rng.sample(["monday", "sunday", "tuesday"], rng.randint(0, 1))) for _ in range(120)]
    claims = [Claim(f"d{n % 9}", f"d{n % 9}.txt", n, n + 1, 1, 1, 1, f"claim {n}") for n in range(120)]
    event_of = [rng.randrange(6) if n % 5 else 6 + n % 3 for n in range(120)]
    row = {c.text: n for n, c in enumerate(claims)}
    monkeypatch.setattr(m, "claim_years", lambda c, published=None: years[row[c.text]])
    monkeypatch.setattr(m, "_weekdays", lambda c: days[row[c.text]])
    monkeypatch.setattr(m, "event_years", lambda c: set())
    for cfg in (m.MatchConfig(), m.MatchConfig(event_time=0.3, event_support=1), m.MatchConfig(event_time=0.7, event_support=3)):
        told: dict = {}
        docs: dict = {}
        for n, c in enumerate(claims):
            docs.setdefault(event_of[n], set()).add(c.source_id)
            if years[n] or days[n]:
                told.setdefault(event_of[n], []).append((n, years[n], days[n]))

        def usual(event, i, j, k):  # NOTE: the rule as first written: count the event's other claims for each pair
            sets = [t[k] for t in told.get(event, ()) if t[0] != i and t[0] != j and t[k]]
            counts = Counter(x for v in sets for x in v)
            least = cfg.event_support if len(docs[event]) < 2 and k == 1 else 1
            return {x for x, n in counts.items() if n > cfg.event_time * len(sets) and n >= least}

        def reference(i, j):
            ei, ej = event_of[i], event_of[j]
            if ei not in told or ej not in told:
                return False
            return any(usual(ei, i, j, k) and usual(ej, i, j, k) and not usual(ei, i, j, k) & usual(ej, i, j, k) for k in (1, 2))

        apart = m._events_apart(claims, event_of, cfg)
        pairs = [(i, j) for i in range(120) for j in range(i + 1, 120) if event_of[i] != event_of[j]]
        got = [apart(i, j) for i, j in pairs]
        assert got == [reference(i, j) for i, j in pairs] and 0 < sum(got) < len(got)


def test_match_a_day_of_no_known_year_is_no_answer_and_no_evidence_for_matching():
    from checker.match import answer_kinds

    day = _claim("a", 0, "The council approved the budget on March 3.")
    dated = _claim("b", 0, "The council approved the budget on March 3, 2024.")
    assert [k for k, _ in answer_kinds(day)] == [] and [k for k, _ in answer_kinds(dated)] == ["date"]
    import datetime as dt

    from checker.match import _answer_kinds, claim_years

    assert "date" not in _answer_kinds(day) and "date" in _answer_kinds(dated)
    # NOTE: a report's claim of a day without a year is of the report's year, as one without a date is
    published = {"a": dt.date(2025, 6, 1)}
    assert claim_years(day, published) == {2025} and claim_years(dated, {"b": dt.date(2025, 6, 1)}) == {2024}


def test_match_features_read_no_day_of_no_known_year():
    claims = [_claim("a", 0, "The council approved the budget on March 3."),
              _claim("b", 0, "The council approved the budget on March 5."),
              _claim("c", 0, "The council approved the budget on March 3, 2024."),
              _claim("d", 0, "The council approved the budget on March 5, 2024.")]
    assert _features(claims, 0, 1)["dates"] == 0.0  # NOTE: no evidence either way, as with no dates
    assert _features(claims, 2, 3)["dates"] == -1.0


def test_match_passage_counts_of_a_changed_document_taken_off_and_added_equal_the_corpus_counted_whole():
    from checker.match import LEAD, DocProfiles, EntityStats, passage_counts

    def doc(name: str, texts: list[str]) -> list[Claim]:
        return [_claim(name, n, t) for n, t in enumerate(texts)]

    quake = [f"Rescuers searched collapsed house number {n} in Valparaiso for survivors." for n in range(LEAD + 2)]
    a = doc("a", ["A magnitude 7.1 earthquake struck Valparaiso in 2021."] + quake)
    b = doc("b", ["A magnitude 6.8 earthquake struck Sendai in 2019.", "Rescuers searched the rubble in Sendai."])
    c = doc("c", ["Firefighters battled a blaze in the harbour warehouse.", "The warehouse stored grain."])
    b2 = doc("b", ["A magnitude 6.9 earthquake struck Sendai in 2019.", "Rescuers searched the rubble.", "Volunteers brought water."])
    before, after = a + b + c, a + b2 + c
    counts = passage_counts(before).plus(passage_counts(b), -1)
    assert counts is not None
    updated = counts.plus(passage_counts(b2))
    whole = passage_counts(after)
    assert updated == whole and whole.claims == len(after) and whole.documents == 3
    assert whole.words["rubble"] == 1 and whole.passages["water"] == 3 and whole.leads["warehouse"] == 1
    # NOTE: a document never counted cannot be taken off
    assert passage_counts(a).plus(passage_counts(c), -1) is None
    # NOTE: profiles built on the updated counts read every passage and lead as profiles that count themselves
    vectors = HashEmbedder().embed([x.text for x in after])
    stats = EntityStats(after)
    fresh, given = DocProfiles(after, stats, vectors), DocProfiles(after, stats, vectors, counts=updated)
    kb = load_knowledge()
    for x in after:
        assert repr(fresh.passage(x)) == repr(given.passage(x))
    firsts = {"a": a[0], "b": b2[0], "c": c[0]}
    for s, t in (("a", "b"), ("b", "c"), ("c", "a")):
        assert fresh.lead_similarity(firsts[s], firsts[t], kb) == given.lead_similarity(firsts[s], firsts[t], kb)
    assert fresh.counts == whole  # NOTE: counted on first read, for the snapshot to keep


@pytest.mark.parametrize("n", [7, 40, 1 << 22])
def test_match_row_cosine_row_order_is_the_three_key_lexsort(n):
    from checker.match import _row_cosine_row_order

    rng = np.random.default_rng(n)
    size = 3000
    x, y = rng.integers(0, min(n, 40), size), rng.integers(0, min(n, 40), size)
    c = rng.choice(np.linspace(0.3, 1.0, 50), size)  # NOTE: many equal cosines, and equal (x, c, y) entries
    order = _row_cosine_row_order(x, c, y, n)
    expected = np.lexsort((y, -c, x))
    for a in (x, c, y):
        assert np.array_equal(a[order], a[expected])
    assert len(_row_cosine_row_order(x[:0], c[:0], y[:0], n)) == 0


def _counted(claim: Claim, *, place: tuple[str, ...] = (), scope: tuple[str, ...] = (), day: tuple[int, int] | None = None) -> Claim:
    """The claim with its quantities' place and part, and one day of no known year (as "16 April" is read)."""
    import datetime as dt

    from checker.models import MONTH_DAY, DateValue

    slots = claim.slots
    quantities = tuple(dataclasses.replace(q, place=place, scope=scope) for q in slots.quantities)
    dates = slots.dates
    if day is not None:
        d = dt.date(4, *day)
        dates = (DateValue(d, d, d.strftime("%d %B"), MONTH_DAY, background=True),)
    return dataclasses.replace(claim, slots=dataclasses.replace(slots, quantities=quantities, dates=dates))


def test_match_counts_and_lengths_of_time_are_told_apart_by_day_place_and_part_only():
    from checker.match import _told_apart

    cases, more = _claim("a", 0, "98 new cases were confirmed."), _claim("b", 0, "More than 88 new cases were reported.")
    assert not _told_apart(cases, more, "count"), "two counts of one thing, nothing telling them apart"
    # NOTE: a timeline's counts of two days ask two questions, whatever the parse reads the day as of (here a noun's)
    assert _told_apart(_counted(cases, day=(4, 16)), _counted(more, day=(4, 17)), "count")
    assert not _told_apart(_counted(cases, day=(4, 16)), _counted(more, day=(4, 16)), "count")
    assert not _told_apart(_counted(cases, day=(4, 16)), more, "count"), "one side dated: one count may be the other"
    sold, world = _claim("a", 1, "It has sold 2.99 million copies."), _claim("b", 1, "It has sold over 15 million copies.")
    assert _told_apart(_counted(sold, place=("uk",)), _counted(world, place=("world",)), "count"), "a part and its whole"
    assert not _told_apart(_counted(sold, place=("uk",)), world, "count")
    assert not _told_apart(_counted(sold, place=("uk",)), _counted(world, place=("uk",)), "count")
    rounds, total = _claim("a", 2, "He threw 68 punches."), _claim("b", 2, "He threw 412 punches.")
    assert _told_apart(_counted(rounds, scope=("round",)), _counted(total, scope=("fight",)), "count")
    assert not _told_apart(_counted(rounds, scope=("round",)), _counted(total, place=("world",)), "count")
    hours, longer = _claim("a", 3, "The outage lasted four hours."), _claim("b", 3, "The disruption lasted 11 hours.")
    assert _told_apart(_counted(hours, day=(3, 1)), _counted(longer, day=(3, 9)), "duration")
    assert not _told_apart(hours, longer, "duration")


def test_match_question_candidates_pair_counts_and_lengths_of_time_unless_told_apart():
    from checker.match import ANSWER_QUESTION, question_candidates

    claims = [
        _claim("a", 0, "The outage lasted four hours, the company said."),
        _claim("b", 0, "The company blamed a configuration change for the disruption, which lasted 11 hours."),
        _counted(_claim("a", 1, "By then there were 25 confirmed cases."), day=(3, 10)),
        _counted(_claim("b", 1, "The ministry reported 310 cases."), day=(3, 24)),
    ]
    vectors = np.ones((4, 4), dtype=np.float32) / 2.0
    kinds = {0: "duration", 1: "duration", 2: "count", 3: "count"}
    by_id = _questions(claims, {0: [1, 0, 0], 1: [0.9, 0.3, 0], 2: [0, 1, 0], 3: [0, 0.95, 0.3]})
    # NOTE: what a count or a length asks is under its own key (`question_texts`), not the claim id the judge reads
    asked = {f"{claims[i].id}{ANSWER_QUESTION}{kinds[i]}{ANSWER_QUESTION}": by_id[claims[i].id] for i in kinds}
    assert question_candidates(claims, [0, 1, 2, 3], by_id, vectors, MatchConfig()) == []
    # NOTE: two lengths of one outage meet; two counts of a timeline's days ask two questions however alike
    assert question_candidates(claims, [0, 1, 2, 3], asked, vectors, MatchConfig()) == [(0, 1)]
    undated = claims[:2] + [_claim("a", 1, claims[2].text), _claim("b", 1, claims[3].text)]
    assert question_candidates(undated, [0, 1, 2, 3], asked, vectors, MatchConfig()) == [(0, 1), (2, 3)]


def test_match_question_texts_leave_the_judges_entry_as_it_was_before_counts():
    from checker.match import ANSWER_QUESTION, question_texts

    cost = _claim("a", 0, "The Pro plan costs $24.99 a month and includes five seats.")
    price, seats = _claim("b", 0, "The Pro plan costs $19.99 a month."), _claim("b", 1, "The Pro plan includes 5 seats.")
    texts = question_texts([cost, price, seats])
    # NOTE: the claim's entry (read by the judge's alignment) masks its price only, as before counts were kinds
    assert texts[cost.id] == "pro plan cost month include five seat"
    assert seats.id not in texts, "a claim of a count alone has no entry of the judge's"
    whole = ANSWER_QUESTION + "count" + ANSWER_QUESTION
    assert texts[cost.id + whole] == "pro plan cost month include" and "plan" in texts[seats.id + whole]


def test_match_times_of_day_are_a_kind_of_answer_told_apart_by_day():
    from checker.match import TALLIES, _told_apart, answer_kinds

    cleared = _claim("a", 0, "Staff began clearing the building at about 2:30 p.m., police said.")
    evacuated = _claim("b", 0, "The centre was evacuated shortly before 11am.")
    assert dict(answer_kinds(cleared)) == {"time": "2:30 p.m."}
    assert dict(answer_kinds(evacuated)) == {"time": "11am"}
    assert "time" in TALLIES, "a timetable states one hour a day: the judge's own entry stays as it was"
    assert not _told_apart(cleared, evacuated, "time")
    # NOTE: "opens at 10am" on one day and "at 11am" on another ask two questions
    opens, later = _claim("a", 1, "The gallery opens at 10am."), _claim("b", 1, "The gallery opens at 11am.")
    assert _told_apart(_counted(opens, day=(5, 2)), _counted(later, day=(5, 3)), "time")
    assert not _told_apart(_counted(opens, day=(5, 2)), _counted(later, day=(5, 2)), "time")


def test_match_marks_on_a_scale_are_a_kind_of_answer():
    from checker.match import TALLIES, _told_apart, answer_kinds

    rated = _claim("a", 0, "On Rotten Tomatoes, the film has an average rating of 6.1/10.")
    scored = _claim("b", 0, "The show has a rating of 7.4 out of 10 on IMDb.")
    assert dict(answer_kinds(rated)) == {"mark": "6.1/10"}
    assert dict(answer_kinds(scored)) == {"mark": "7.4 out of 10"}
    assert "mark" in TALLIES, "a page's rating as of one date and as of another ask two questions"
    assert _told_apart(_counted(rated, day=(5, 2)), _counted(scored, day=(9, 3)), "mark")
    assert not _told_apart(rated, scored, "mark")


def test_match_times_of_day_pair_across_events_as_answers_of_one_act_only():
    from checker.match import ACTED, ANSWER_QUESTION, question_candidates

    claims = [
        _acted(_claim("a", 0, "The fire was extinguished by 7 a.m., crews said."), "extinguish"),
        _acted(_claim("b", 0, "It was extinguished by 6:40 a.m."), "extinguish"),
        _acted(_claim("b", 1, "Investigators were at the scene by 10 a.m."), "be"),
        _acted(_claim("b", 2, "Firefighters were called at 9:40 p.m."), "call"),
    ]
    vectors = np.ones((4, 4), dtype=np.float32) / 2.0
    whole = ANSWER_QUESTION + "time" + ANSWER_QUESTION
    # NOTE: every question alike (a story of one day's short "by ... a.m." claims): only one act's two times meet
    asked = {c.id + whole: np.asarray([1.0, 0.0], dtype=np.float32) for c in claims}
    assert "time" in ACTED
    assert question_candidates(claims, [0, 1, 2, 3], asked, vectors, MatchConfig()) == [(0, 1)]


def test_match_linkage_asks_two_unchanged_groups_once_and_a_grown_group_again():
    import checker.match as match

    asked: list[tuple[int, int]] = []
    table = {(0, 1): 0.1, (1, 2): 0.9, (0, 2): 0.95}

    def score_of(i: int, j: int) -> float:
        asked.append((i, j))
        return table[(i, j) if i < j else (j, i)]

    # NOTE: 0 and 1 are refused (0.1), and again by the next edge between them: not asked twice; once 1 and 2 merged
    # the group of 1 is another group, asked again (0-1, 0-2: mean 0.525, merged)
    edges = [(0.9, 0, 1), (0.8, 0, 1), (0.7, 1, 2), (0.6, 0, 1)]
    roots = match._average_linkage(3, edges, match._Linkage(score_of, 0.5, 40))
    assert asked == [(0, 1), (1, 2), (0, 1), (0, 2)]
    assert len(set(roots)) == 1
    # NOTE: the edge's order counts: (1, 0) samples its pairs from the other side, so it is asked
    asked.clear()
    match._average_linkage(2, [(0.9, 0, 1), (0.8, 1, 0)], match._Linkage(score_of, 0.5, 40))
    assert asked == [(0, 1), (1, 0)]
