"""checker.refer on hand-built claims and vectors: a pointing denial is linked to the claim it points at."""

from __future__ import annotations

import dataclasses

import numpy as np

from checker.models import Claim, Cluster
from checker.refer import FLOOR, resolve


def _c(sid: str, start: int, text: str, stance: str = "asserted", paragraph: int = 0) -> Claim:
    return Claim(sid, f"{sid}.txt", start, start + len(text), 1, start + 1, 1, text, paragraph=paragraph, stance=stance)


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def _setup():
    # NOTE: axes: 0 mayor resigned, 1 budget approved, 2 "this is false" (a denial alone says little), 3 weather
    report = _c("b", 0, "The mayor of Harwick resigned on Monday.")
    budget = _c("b", 50, "The council approved the budget.")
    restated = _c("a", 0, "Reports said the mayor had resigned.")
    weather = _c("a", 40, "It rained all day in Harwick.", paragraph=1)
    denial = _c("a", 80, "Officials said this was untrue.", "refutes", paragraph=1)
    claims = [restated, weather, denial, report, budget]
    vectors = np.stack([_unit(1, 0, 0.2, 0), _unit(0, 0, 0, 1), _unit(0.1, 0, 1, 0.1), _unit(1, 0.1, 0, 0), _unit(0, 1, 0, 0)])
    return claims, vectors


def test_refer_links_a_pointing_denial_to_the_other_sources_claim_its_context_restates():
    claims, vectors = _setup()
    events = (Cluster(0, (claims[0], claims[3]), "resign"), Cluster(1, (claims[1],), "rain"), Cluster(2, (claims[2],), "deny"),
              Cluster(3, (claims[4],), "budget"))
    out = resolve(events, claims, vectors)
    links = [p for cl in out for p in cl.links]
    assert len(links) == 1
    den, target = links[0]
    assert target is claims[3] and den.refers_to == claims[3].id and den.id == claims[2].id
    assert out[2].links == ((den, target),)  # NOTE: carried by the denial's own event


def test_refer_never_links_below_the_floor_nor_inside_one_source():
    claims, vectors = _setup()
    events = tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims))
    assert not any(cl.links for cl in resolve(events, claims, vectors, floor=0.999))
    alone = [c for c in claims if c.source_id == "a"]
    rows = [i for i, c in enumerate(claims) if c.source_id == "a"]
    assert not any(cl.links for cl in resolve(tuple(Cluster(i, (c,), "x") for i, c in enumerate(alone)), alone, vectors[rows]))


def test_refer_skips_denials_and_pointing_claims_as_targets():
    claims, vectors = _setup()
    claims[3] = _c("b", 0, "The mayor of Harwick resigned on Monday.", "denied")
    out = resolve(tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims)), claims, vectors)
    targets = [t for cl in out for _, t in cl.links]
    assert claims[3] not in targets and all(t.stance == "asserted" for t in targets)
    assert FLOOR > 0


def test_refer_kept_event_gets_a_memberless_copy_with_links_into_the_fresh_events():
    claims, vectors = _setup()
    every = (Cluster(0, (claims[0], claims[1], claims[2]), "kept"), Cluster(1, (claims[3], claims[4]), "fresh"))
    out = resolve(every[1:], claims, vectors, every=every)
    assert out[0] is every[1]
    assert out[1].id == 0 and out[1].claims == () and [t for _, t in out[1].links] == [claims[3]]


def test_refer_a_claim_its_own_document_then_denies_is_no_target():
    claims, vectors = _setup()
    # NOTE: source b now reports the resignation and denies it at once: it asserts nothing to refute
    claims[4] = _c("b", 50, "This was untrue.", "refutes")
    out = resolve(tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims)), claims, vectors)
    assert claims[3] not in [t for cl in out for _, t in cl.links]


def test_refer_carries_the_resolution_score():
    claims, vectors = _setup()
    out = resolve(tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims)), claims, vectors)
    den, target = next(p for cl in out for p in cl.links)
    assert den.refers_score == round(float(max(vectors[[0, 1, 2]] @ vectors[3])), 3) and den.refers_score >= FLOOR


def test_refer_a_document_that_itself_calls_a_story_false_is_no_source_of_targets():
    claims, vectors = _setup()
    far = _c("b", 90, "Readers were told the rumour was a hoax.", "refutes", paragraph=7)
    claims.append(far)
    vectors = np.vstack([vectors, _unit(0, 0, 1, 0)])
    out = resolve(tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims)), claims, vectors)
    assert not [t for cl in out for _, t in cl.links if t.source_id == "b"]


def test_refer_a_denial_that_states_its_claim_is_resolved_by_that_claim_alone_and_nearer():
    report = _c("b", 0, "The Harwick mayor will quit in June.")
    context = _c("a", 0, "The mayor of Harwick gave a speech.")
    denied = _c("a", 40, "the mayor is stepping down", "denied")
    claims = [context, denied, report]
    # NOTE: the context is nearer the report than the denied clause is; only the clause counts for "denied"
    vectors = np.stack([_unit(1, 0, 0), _unit(0.8, 0.6, 0), _unit(1, 0.05, 0)])
    events = tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims))
    near = float(vectors[1] @ vectors[2])
    out = resolve(events, claims, vectors, denied_floor=near - 0.01)
    [(den, target)] = [p for cl in out for p in cl.links]
    assert target is report and den.refers_to == report.id and den.refers_score == round(near, 3)
    assert not any(cl.links for cl in resolve(events, claims, vectors, denied_floor=near + 0.01))


def test_refer_links_a_denial_to_the_nearest_few_documents_only():
    from checker.refer import MAX_LINKS

    story = _unit(1, 0, 0, 0)
    denial = _c("a", 0, "The report that the mayor resigned is false.", "refutes")
    claims, rows = [denial], [story]
    for k in range(MAX_LINKS + 4):
        claims.append(_c(f"s{k}", 0, f"The mayor resigned, paper {k} says."))
        # NOTE: paper k restates the story a little less closely than paper k-1
        rows.append(_unit(1, 0.1 * (k + 1), 0, 0))
    for k in range(30):
        claims.append(_c(f"x{k}", 0, f"Unrelated news item {k}."))
        rows.append(_unit(0, 0, 0, 1))
    out = resolve(tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims)), claims, np.stack(rows))
    targets = [t.source_id for cl in out for _, t in cl.links]
    assert targets == [f"s{k}" for k in range(MAX_LINKS)]


def test_refer_a_denial_denies_one_proposition_and_its_restatements_only():
    # NOTE: axes: 0 the mayor resigned, 1 the budget. Three other documents: b states the story, c
    # restates it, d says something else that still reads near the denial's context: b and c only.
    context = _c("a", 0, "Reports said the mayor resigned and the budget passed.")
    denial = _c("a", 80, "Officials said this was untrue.", "refutes")
    story = _c("b", 0, "The mayor of Harwick resigned on Monday.")
    again = _c("c", 0, "Harwick mayor quits.")
    other = _c("d", 0, "The Harwick council approved the budget.")
    claims = [context, denial, story, again, other]
    vectors = np.stack([_unit(1, 0.9), _unit(0.3, 0.2), _unit(1, 0.05), _unit(1, 0.15), _unit(0.1, 1)])
    events = tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims))
    assert sorted(t.source_id for cl in resolve(events, claims, vectors, floor=0.5) for _, t in cl.links) == ["b", "c"]
    loose = resolve(events, claims, vectors, floor=0.5, restated=-1.0)
    assert sorted(t.source_id for cl in loose for _, t in cl.links) == ["b", "c", "d"]


def test_refer_a_denied_clause_without_its_own_subject_is_read_with_the_sentence_it_was_cut_from():
    from checker.models import Slots

    report = _c("b", 0, "Harwick rebels agree to a ceasefire.")
    sentence = _c("a", 0, "The leader of the Harwick rebels denied agreeing to any ceasefire.")
    clause = dataclasses.replace(_c("a", 38, "agreeing to any ceasefire", "denied"), slots=Slots(roles=(("pred", "agree"),)))
    claims = [sentence, clause, report]
    # NOTE: the clause alone is far from the report (its agent is the denier, outside it); the sentence is near
    vectors = np.stack([_unit(1, 0.3, 0), _unit(0.3, 1, 0), _unit(1, 0, 0)])
    events = tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims))
    [(den, target)] = [p for cl in resolve(events, claims, vectors, denied_floor=0.5) for p in cl.links]
    assert den.id == clause.id and target is report and den.refers_score == round(float(vectors[0] @ vectors[2]), 3)
    # NOTE: a clause that names its own agent ("reports that the rebels agreed") is read alone
    agent = dataclasses.replace(clause, slots=Slots(roles=(("pred", "agree"), ("agent", "rebel"))))
    claims[1] = agent
    assert not any(cl.links for cl in resolve(tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims)), claims, vectors, denied_floor=0.5))
    # NOTE: a pronoun agent names nobody: the sentence is read too
    pronoun = dataclasses.replace(clause, slots=Slots(roles=(("pred", "agree"), ("agent", "it"))))
    claims[1] = pronoun
    assert any(cl.links for cl in resolve(tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims)), claims, vectors, denied_floor=0.5))


def test_refer_a_denial_reads_its_documents_lead_not_only_its_first_claim():
    from checker.refer import LEAD, WINDOW

    report = _c("b", 0, "The mayor of Harwick resigned on Monday.")
    title = _c("a", 0, "A tough month for fact-checking.")
    story = _c("a", 40, "Papers wrote that the mayor had resigned.", paragraph=1)
    filler = [_c("a", 100 + 40 * k, f"Other news number {k}.", paragraph=2 + k) for k in range(LEAD + WINDOW)]
    denial = _c("a", 900, "That turned out to be untrue.", "refutes", paragraph=99)
    # NOTE: axes: 0 the resignation, 1 other news, 2 the denial; only the story restates the report
    vec = {title.id: _unit(0, 1, 0), story.id: _unit(1, 0, 0), denial.id: _unit(0, 0.1, 1), report.id: _unit(1, 0, 0)}

    def links(order):
        claims = [*order, denial, report]
        vectors = np.stack([vec.get(c.id, _unit(0, 1, 0.1)) for c in claims])
        return [p for cl in resolve(tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims)), claims, vectors) for p in cl.links]

    # the story as the document's second claim (its lead) is what the denial points at
    [(den, target)] = links([title, story, *filler])
    assert den.id == denial.id and target is report
    # the same story told after the lead and out of the denial's window is not
    assert not links([title, *filler[: LEAD - 1], story, *filler[LEAD - 1 :]])


def test_refer_a_denial_in_the_lead_reads_the_story_its_document_tells_next():
    from checker.refer import LEAD, WINDOW

    report = _c("b", 0, "The mayor of Harwick resigned on Monday.")
    title = _c("a", 0, "A tough month for fact-checking.")
    denial = _c("a", 40, "Another blockbuster story is not true.", "refutes")
    story = _c("a", 80, "Papers wrote that the mayor had resigned.", paragraph=1)
    filler = [_c("a", 200 + 40 * k, f"Other news number {k}.", paragraph=2 + k) for k in range(LEAD + WINDOW)]
    vec = {title.id: _unit(0, 1, 0), story.id: _unit(1, 0, 0), denial.id: _unit(0, 0.1, 1), report.id: _unit(1, 0, 0)}

    def links(order):
        claims = [*order, report]
        vectors = np.stack([vec.get(c.id, _unit(0, 1, 0.1)) for c in claims])
        return [p for cl in resolve(tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims)), claims, vectors) for p in cl.links]

    # NOTE: the story told right after a denial in the lead (after the lead itself) is what it points at
    [(den, target)] = links([title, filler[0], denial, story, *filler[1:]])
    assert den.id == denial.id and target is report
    # NOTE: told beyond the window after it, it is not; nor is what follows a denial after the lead
    assert not links([title, filler[0], denial, *filler[1 : WINDOW + 1], story, *filler[WINDOW + 1 :]])
    assert not links([title, *filler[:LEAD], denial, story])


def _lemmas(text: str):
    from checker.models import Slots

    return Slots(lemmas=tuple(sorted({w.lower().rstrip(".,") for w in text.split()})))


def test_refer_a_pronoun_denial_reads_its_documents_lead_too():
    report = _c("b", 0, "The mayor of Harwick resigned on Monday.")
    told = "The mayor had resigned, papers wrote."
    filler = [_c("a", 100 + 40 * k, f"Other news number {k}.", paragraph=1 + k) for k in range(8)]

    def links(text, lead=told):
        # NOTE: as in the pipeline, the claims carry their lemmas (`Slots.lemmas`) and no parse
        story = dataclasses.replace(_c("a", 0, lead), slots=_lemmas(lead))
        denial = dataclasses.replace(_c("a", 900, text, "refutes", paragraph=99), slots=_lemmas(text))
        claims = [story, *filler, denial, report]
        vec = {story.id: _unit(1, 0, 0), report.id: _unit(1, 0, 0), denial.id: _unit(0, 0.1, 1)}
        vectors = np.stack([vec.get(c.id, _unit(0, 1, 0.1)) for c in claims])
        return [p for cl in resolve(tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims)), claims, vectors) for p in cl.links]

    # NOTE: "the story" names what the document is about, and so, far from the lead and from any report noun, does "it"
    [(den, target)] = links("The story turned out to be untrue.")
    assert target is report
    [(den, target)] = links("Luckily it all turned out to be a hoax.")
    assert target is report and den.refers_score > 0.9


def _negated(sid: str, start: int, text: str, modality: str = "fact") -> Claim:
    from checker.models import Slots

    return dataclasses.replace(_c(sid, start, text), slots=Slots(negated=True), modality=modality)


def test_refer_resolves_an_asserted_negation_to_the_nearest_positive_claim_of_another_source_in_its_event():
    from checker.refer import NEGATED_FLOOR

    played = _c("a", 0, "Christian Bale will play Steve Jobs.")
    weather = _c("a", 40, "It rained all day in Harwick.")
    not_starring = _negated("b", 0, "Bale will not be starring as Jobs.")
    also_negated = _negated("c", 0, "Bale will not play Jobs after all.")
    elsewhere = _negated("d", 0, "Bale will not play Jobs, a fan says.")
    claims = [played, weather, not_starring, also_negated, elsewhere]
    vectors = np.stack([_unit(1, 0.1, 0), _unit(0, 0, 1), _unit(1, 0, 0), _unit(1, 0.05, 0), _unit(1, 0, 0)])
    events = (Cluster(0, tuple(claims[:4]), "bale"), Cluster(1, (elsewhere,), "fan"))
    out = resolve(events, claims, vectors)
    # NOTE: no new pair: the negations are replaced in their own event by copies naming what they deny
    assert all(not cl.links for cl in out) and [c.id for c in out[0].claims] == [c.id for c in claims[:4]]
    got = {c.id: (c.refers_to, c.refers_score) for c in out[0].claims}
    assert got[not_starring.id][0] == played.id and got[also_negated.id][0] == played.id
    assert got[not_starring.id][1] >= NEGATED_FLOOR and got[played.id] == ("", 0.0) and got[weather.id] == ("", 0.0)
    assert out[1] is events[1]  # NOTE: nothing positive of another source in its event
    # below the floor, and for a hedged negation ("may not"), nothing
    assert resolve(events, claims, vectors, negated_floor=0.9999) == events
    hedged = [played, weather, _negated("b", 0, "Bale may not star as Jobs.", "hedged")]
    assert resolve((Cluster(0, tuple(hedged), "x"),), hedged, vectors[:3])[0].claims == tuple(hedged)


def test_refer_resolves_a_negation_to_a_claim_of_another_event_it_is_linked_with():
    """The matcher may put a headline and the body sentence negating it in two events, linked as judge candidates: the
    negation is resolved to the linked claim and replaced in the link pair and as a member, with no new pair."""
    headline = _c("a", 0, "Wife of ISIS leader detained in Lebanon.")
    other = _c("a", 60, "Lebanon is a small country.")
    negation = _negated("b", 0, "The woman detained was not the wife of the ISIS leader.", "reported")
    aside = _c("b", 80, "She was travelling with a child.")
    claims = [headline, other, negation, aside]
    vectors = np.stack([_unit(1, 0.2, 0), _unit(0, 0, 1), _unit(1, 0, 0), _unit(0.2, 1, 0)])
    events = (Cluster(0, (negation, aside), "detain", links=((negation, headline),)), Cluster(1, (headline,), "lebanon"))
    out = resolve(events, claims, vectors)
    (pair,) = out[0].links
    assert pair[0].refers_to == headline.id and pair[0].refers_score > 0.9 and pair[1] is headline
    assert out[0].claims[0].refers_to == headline.id and out[0].claims[1] is aside and out[1] is events[1]
    # NOTE: a positive claim it is not compared with (no link, another event) is none of its business
    unlinked = (dataclasses.replace(events[0], links=()), events[1])
    assert resolve(unlinked, claims, vectors) == unlinked
    # NOTE: a link to a claim of its own source, or to another negation, resolves nothing
    own = (dataclasses.replace(events[0], links=((negation, aside),)), events[1])
    assert resolve(own, claims, vectors) == own


def test_refer_a_claim_a_document_states_only_to_deny_it_is_only_said():
    from checker.models import Slots

    def refutes(sid, start, text, lemmas):
        return dataclasses.replace(_c(sid, start, text, "refutes"), slots=Slots(lemmas=lemmas))

    # NOTE: "A website stated that P." then "This report is entirely false.": P is quoted to be denied
    stated = _c("a", 0, "A website stated that the town was quarantined.")
    this_false = refutes("a", 50, "This report is entirely false.", ("be", "entirely", "false", "report", "this"))
    # a restatement of what the page denies ("Claim: P" rated false, then an example of P)
    denied = _c("b", 0, "Actor Macaulay Culkin has died.", "denied")
    example = _c("b", 40, "Macaulay Culkin Found Dead at Age 34")
    other = _c("b", 80, "Culkin was photographed alive on Friday.")
    rumours = refutes("c", 0, "The rumours of a merger are false.", ("be", "false", "merger", "of", "rumour", "the"))
    profits = _c("c", 50, "The firm reported record profits.")
    # NOTE: the profits come before a denial of other rumours, which does not point back: they stay asserted
    claims = [stated, this_false, denied, example, other, profits, rumours]
    vectors = np.stack([_unit(1, 0, 0), _unit(0, 1, 0), _unit(0, 0, 1), _unit(0, 0.3, 1), _unit(1, 0.2, 0), _unit(0, 1, 1), _unit(1, 1, 0)])
    out = resolve((Cluster(0, tuple(claims), "x"),), claims, vectors)
    got = {c.id: c.modality for c in out[0].claims}
    assert got[stated.id] == "hedged" and got[example.id] == "hedged"
    assert got[other.id] == "fact" and got[profits.id] == "fact" and got[denied.id] == "fact"


def test_refer_a_correction_is_no_claim_a_denial_refutes():
    """"X says she is actually fine, despite kidnap reports" states the correction a debunker's denial agrees with."""
    from checker.refer import _corrects

    assert _corrects(_c("a", 0, "Canadian woman says she is actually fine, despite kidnap reports."))
    assert _corrects(_c("a", 0, "Actually, footage of the visit aired uncensored."))
    assert _corrects(_c("a", 0, "She is safe, contrary to earlier rumours."))
    assert _corrects(_c("a", 0, "The mayor stayed in office despite the allegations."))
    assert not _corrects(_c("a", 0, "God is great despite being a woman, he said."))
    assert not _corrects(_c("a", 0, "The mayor resigned despite the vote, and reports followed."))
    assert not _corrects(_c("a", 0, "The woman was captured by militants on Sunday."))
    claims, vectors = _setup()
    claims[3] = _c("b", 0, "The mayor of Harwick actually resigned on Monday.")
    events = tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims))
    assert not any(cl.links for cl in resolve(events, claims, vectors)), "the only claim near the denial corrects"


def test_refer_resolve_uses_the_pointing_it_is_given_and_pointing_reads_no_events():
    from checker.refer import pointing

    claims, vectors = _setup()
    events = tuple(Cluster(i, (c,), "x") for i, c in enumerate(claims))
    quoted, links = pointing(claims, vectors)
    assert list(links) == [claims[2].id] and links[claims[2].id][0][1] == claims[3]
    assert resolve(events, claims, vectors, pointed=(quoted, links)) == resolve(events, claims, vectors)
    # NOTE: what it is given is what it places: nothing pointed, nothing linked
    assert not any(cl.links for cl in resolve(events, claims, vectors, pointed=(set(), {})))
    hedged = resolve(events, claims, vectors, pointed=({claims[1].id}, {}))
    assert [c.modality for cl in hedged for c in cl.claims if c.id == claims[1].id] == ["hedged"]


def test_refer_a_claim_saying_something_else_of_one_feared_kidnapped_corrects_the_story():
    from checker.models import Slots
    from checker.refer import _corrects

    def told(text: str, **roles: str) -> Claim:
        return dataclasses.replace(_c("a", 0, text), slots=Slots(roles=tuple(roles.items())))

    # NOTE: "X, feared kidnapped by ISIS, says she is safe" states what a denial of the kidnapping says: no target of it
    assert _corrects(told("Gill Rosenberg, feared kidnapped by ISIS, says she is safe", pred="say", agent="rosenberg", said="safe"))
    assert _corrects(told("The climber, believed dead, was found alive", pred="find", patient="climber"))
    # NOTE: the fear itself, a belief with its clause, or no parse: no correction
    assert not _corrects(told("Climber feared dead after avalanche", pred="fear", patient="climber"))
    assert not _corrects(told("Climber feared dead after avalanche", pred="dead", agent="climber"))
    assert not _corrects(told("Police believed the suspect fled", pred="believe", agent="police"))
    assert not _corrects(told("He is thought to be the leader", pred="arrest", patient="he"))
    assert not _corrects(told("Rosenberg, feared kidnapped, says she is safe"))
