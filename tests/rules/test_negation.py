"""CC201 negation and CC202 antonyms on hand-built claims: what fires, what stays quiet, the verdict given."""

from __future__ import annotations

import dataclasses

import pytest

from checker.models import Verdict
from checker.rules.negation import compare_antonyms, compare_negation

from .handmade import KB, claim, ent, tok

_APPROVED = "The council approved the dam project."
_NOT_APPROVED = "The council did not approve the dam project."


def _pos(text: str = _APPROVED, sid: str = "a", **kw):
    kw.setdefault("predicates", ("approve",))
    return claim(text, sid, **kw)


def _neg(text: str = _NOT_APPROVED, sid: str = "b", **kw):
    kw.setdefault("neg_heads", ("approve",))
    return claim(text, sid, negated=True, **kw)


def test_negation_asserted_against_negated_is_a_contradiction_with_the_full_verdict():
    v = compare_negation(_pos(), _neg(), KB)
    assert v == Verdict("CC201", "contradiction", 0.644, "polarity", (("asserted",), ("negated",)),
                        "one source negates what the other asserts (96% of the wording shared)")
    # the other order names the sides the other way round
    back = compare_negation(_neg(), _pos(), KB)
    assert back is not None and back.values == (("negated",), ("asserted",))


def test_negation_confidence_is_highest_for_identical_wording_and_three_decimals():
    same = compare_negation(claim("The council approved it", "a"), claim("The council not approved it", "b", negated=True), KB)
    assert same is not None and same.confidence == 0.7
    # two predictions: the discount (0.75 each) multiplies, rounded to three decimals
    pa = _pos(modality="prediction")
    pb = _neg(modality="prediction")
    v = compare_negation(pa, pb, KB)
    assert v is not None and v.confidence == 0.362  # 0.644... x 0.5625


def test_negation_same_polarity_hedges_and_one_sided_predictions_stay_quiet():
    assert compare_negation(_pos(), _pos(sid="b"), KB) is None
    assert compare_negation(_neg(sid="a"), _neg(), KB) is None
    assert compare_negation(_pos(modality="hedged"), _neg(), KB) is None
    assert compare_negation(_pos(), _neg(modality="hedged"), KB) is None
    assert compare_negation(_pos(modality="prediction"), _neg(), KB) is None
    assert compare_negation(_pos(), _neg(modality="prediction"), KB) is None
    # opinions are not hedges: the rule fires (the judge downgrades it later)
    assert compare_negation(_pos(modality="opinion"), _neg(), KB) is not None


def test_negation_an_antonym_across_the_pair_means_a_restatement():
    a = claim("The vote was voluntary for residents", "a", lemmas=("vote", "voluntary", "resident"))
    b = claim("The vote was not mandatory for residents", "b", negated=True, lemmas=("vote", "mandatory", "resident"))
    assert compare_negation(a, b, KB) is None
    assert compare_negation(b, a, KB) is None
    # one side of the antonym pair alone is no restatement: "voluntary" vs "not voluntary" contradict
    c = claim("The vote was not voluntary for residents", "b", negated=True, lemmas=("vote", "voluntary", "resident"))
    assert compare_negation(a, c, KB) is not None
    assert compare_negation(c, a, KB) is not None


def test_negation_needs_eighty_percent_of_the_wording():
    near_floor = compare_negation(claim("The council approved the dam", "a", lemmas=("council", "approve", "dam")),
                                  claim("The council did not approve the dam in May", "b", negated=True,
                                        lemmas=("council", "approve", "dam", "may")), KB)
    assert near_floor is not None and near_floor.confidence == 0.484  # 82.8% of the wording
    below = compare_negation(claim("The council approved the old city dam", "a"),
                             claim("The council did not approve the harbour", "b", negated=True), KB)
    assert below is None


def test_negation_the_words_shared_must_cover_the_longer_claim():
    # "Industrial Designer: Yes." has all its words in a long sentence (token-set ratio 89%) and says nothing of it
    short = claim("Industrial Designer: Yes.", "a", lemmas=("industrial", "designer", "yes"))
    long = claim("The Industrial Designer said the cost of fifty Euros was not too steep for a remote control", "b",
                 negated=True, lemmas=("industrial", "designer", "cost", "fifty", "euro", "steep", "remote", "control"))
    assert compare_negation(short, long, KB) is None
    # two in five of the longer claim's content words shared is enough
    a = claim("Vela approved the dam", "a", lemmas=("vela", "approve", "dam"))
    b = claim("Vela did not approve the dam", "b", negated=True, lemmas=("vela", "approve", "dam", "aide", "tell"))
    assert compare_negation(a, b, KB) is not None  # 3 of 5
    c = dataclasses.replace(b, slots=dataclasses.replace(b.slots, lemmas=b.slots.lemmas + ("orin", "river", "town")))
    assert compare_negation(a, c, KB) is None  # 3 of 8


def test_negation_the_negated_predicate_must_be_the_asserted_one():
    # the negated side names its negated head; the other side must assert that predicate
    assert compare_negation(_pos(predicates=("open",)), _neg(), KB) is None
    assert compare_negation(_neg(sid="a"), _pos(sid="b", predicates=("open",)), KB) is None
    # the negated side is b here: a's own heads do not count
    assert compare_negation(_pos(neg_heads=("open",)), _neg(), KB) is not None
    assert compare_negation(_neg(sid="a"), _pos(sid="b", neg_heads=("open",)), KB) is not None
    # unknown heads or predicates: the wording alone decides
    assert compare_negation(_pos(predicates=()), _neg(), KB) is not None
    assert compare_negation(_pos(predicates=("open",)), _neg(neg_heads=()), KB) is not None


def test_negation_a_predicate_the_other_side_negates_too_is_no_clash():
    # "Somalia has not had a government" vs "..., which has had no government": the asserting claim
    # negates that predicate in a clause of its own, so only its other predicates are asserted.
    assert compare_negation(_pos(neg_heads=("approve",)), _neg(), KB) is None
    assert compare_negation(_pos(predicates=("approve", "meet"), neg_heads=("approve",)), _neg(), KB) is None
    assert compare_negation(_pos(predicates=("approve", "meet"), neg_heads=("meet",)), _neg(), KB) is not None


def test_negation_lemmas_come_from_slots_then_tokens_then_words():
    # from the slots
    a = claim("It was the plan", "a", lemmas=("voluntary",))
    b = claim("It was not the plan", "b", negated=True, lemmas=("mandatory",))
    assert compare_negation(a, b, KB) is None
    # from the tokens
    a = claim("It was the plan", "a", tokens=(tok("X", "voluntary"),))
    b = claim("It was not the plan", "b", negated=True, tokens=(tok("Y", "mandatory"),))
    assert compare_negation(a, b, KB) is None
    # from the words, whatever their case
    a = claim("It was the Voluntary plan", "a")
    b = claim("It was not the Mandatory plan", "b", negated=True)
    assert compare_negation(a, b, KB) is None
    assert compare_negation(claim("It was the plan", "a"), claim("It was not the plan", "b", negated=True), KB) is not None


# ---------------------------------------------------------------- CC202


def test_antonyms_opposite_words_in_matching_statements_with_the_full_verdict():
    a = claim("The vote was voluntary for residents.", "a")
    b = claim("The vote was mandatory for residents.", "b")
    v = compare_antonyms(a, b, KB)
    assert v == Verdict("CC202", "contradiction", 0.65, "polarity", (("voluntary",), ("mandatory",)),
                        "'voluntary' and 'mandatory' are antonyms in otherwise matching statements (100% shared)")
    back = compare_antonyms(b, a, KB)
    assert back is not None and back.values == (("mandatory",), ("voluntary",))


def test_antonyms_said_of_two_subjects_are_no_contradiction():
    from checker.rules.common import different_subjects

    fell = claim("The vote was voluntary for residents.", "a", sides=(("vote",), ("resident",)))
    rose = claim("The levy was mandatory for residents.", "b", sides=(("levy",), ("resident",)))
    assert different_subjects(fell, rose)
    assert compare_antonyms(fell, rose, KB) is None
    # one subject, or one in other words, or named in one claim and described in the other: compared
    same = claim("The vote was mandatory for residents.", "b", sides=(("vote",), ("resident",)))
    assert not different_subjects(fell, same) and compare_antonyms(fell, same, KB) is not None
    assert not different_subjects(claim("The quake struck.", "a", sides=(("quake",), ())),
                                  claim("The earthquake struck.", "b", sides=(("earthquake",), ())))
    acme = claim("Acme's revenue rose.", "a", sides=(("acme", "revenue"), ()), actors=(ent("acme"),))
    firm = claim("The company's revenue fell.", "b", sides=(("company", "revenue"), ()))
    assert not different_subjects(acme, firm)
    new = claim("The new plan was approved.", "a", sides=(("new", "plan"), ()))
    assert not different_subjects(new, claim("The plan was rejected.", "b", sides=(("plan",), ())))
    # a subject unknown on either side is no difference
    assert not different_subjects(fell, claim("The levy was mandatory for residents.", "b"))


def test_antonyms_confidence_is_discounted_for_hedges_to_three_decimals():
    a = claim("The vote was voluntary for residents.", "a", modality="hedged")
    b = claim("The vote was mandatory for residents.", "b", modality="opinion")
    v = compare_antonyms(a, b, KB)
    assert v is not None and v.confidence == round(0.65 * 0.75 * 0.85, 3) == 0.414


def test_antonyms_both_words_on_one_side_or_opposite_negation_stay_quiet():
    a = claim("The vote was voluntary for residents.", "a")
    assert compare_antonyms(a, claim("The vote was voluntary for residents.", "b"), KB) is None
    # b uses both words: no side takes one pole
    both = claim("The vote was mandatory, not voluntary, for residents.", "b")
    assert compare_antonyms(a, both, KB) is None
    assert compare_antonyms(claim("The vote was voluntary and mandatory for residents.", "a"),
                            claim("The vote was mandatory for residents.", "b"), KB) is None
    # "not voluntary" vs "mandatory" agree
    assert compare_antonyms(claim("The vote was not voluntary for residents.", "a", negated=True),
                            claim("The vote was mandatory for residents.", "b"), KB) is None
    assert compare_antonyms(a, claim("The vote was mandatory for residents.", "b", negated=True), KB) is None
    # both negated: a contradiction again
    assert compare_antonyms(claim("The vote was not voluntary for residents.", "a", negated=True),
                            claim("The vote was not mandatory for residents.", "b", negated=True), KB) is not None


def test_antonyms_modifying_different_nouns_are_two_things_not_two_poles():
    second = claim("The deal is expected to close in the second quarter of 2027.", "a")
    first = claim("The companies expect the deal to close in the first half of 2027.", "b")
    assert compare_antonyms(second, first, KB) is None
    # in a headline's capitals too
    assert compare_antonyms(claim("Deal Expected To Close In The Second Quarter Of 2027", "a"),
                            claim("Companies Expect The Deal To Close In The First Half Of 2027", "b"), KB) is None
    # the same noun modified: one thing said two ways
    assert compare_antonyms(claim("The deal is expected to close in the second quarter of 2027.", "a"),
                            claim("The deal is expected to close in the first quarter of 2027.", "b"), KB) is not None
    # one of the two nouns the other claim never writes is enough ("quarter" only in b, though b writes "half" too): the
    # ordinals modify different things (tests/rules/test_negation_restated.py: "first budget" / "the second year")
    assert compare_antonyms(claim("The deal closes in the second half of 2027 as planned by the board.", "a"),
                            claim("The deal closes in the first quarter of 2027 as planned by the board, not the half.", "b"),
                            KB) is None


def test_antonyms_need_the_rest_of_the_statement_to_match():
    a = claim("Entry to the museum is voluntary for pupils.", "a")
    b = claim("Helmets are mandatory on the cycling track for every rider in the race.", "b")
    assert compare_antonyms(a, b, KB) is None
    assert compare_antonyms(b, a, KB) is None


def test_antonyms_inflected_forms_of_the_pair_are_left_out_of_the_overlap():
    # "approved" / "rejected": their inflections must not count as differing words
    a = claim("The board approved the merger plan on Monday", "a", lemmas=("board", "approve", "merger", "plan", "monday"))
    b = claim("The board rejected the merger plan on Monday", "b", lemmas=("board", "reject", "merger", "plan", "monday"))
    v = compare_antonyms(a, b, KB)
    assert v is not None and v.values == (("approve",), ("reject",)) and "(100% shared)" in v.reason
    # "-ied" forms of a "-y" word
    c = claim("The firm denied the merger plan on Monday", "a", lemmas=("firm", "deny", "merger", "plan", "monday"))
    d = claim("The firm confirmed the merger plan on Monday", "b", lemmas=("firm", "confirm", "merger", "plan", "monday"))
    w = compare_antonyms(c, d, KB)
    assert w is not None and "(100% shared)" in w.reason


def test_antonyms_fire_from_eighty_percent_shared_wording_down_to_seventy_five():
    a = claim("The vote was voluntary for new dam", "a", lemmas=("vote", "voluntary", "dam"))
    b = claim("The vote was mandatory for bridge", "b", lemmas=("vote", "mandatory", "dam"))
    v = compare_antonyms(a, b, KB)
    assert v is not None and "(82% shared)" in v.reason
    # the same wording share, but the words shared cover too little of the longer claim
    c = claim("The vote was voluntary for new dam", "a", lemmas=("vote", "voluntary", "new", "dam", "city", "river", "town"))
    assert compare_antonyms(c, b, KB) is None


@pytest.mark.parametrize(("p", "q", "fp", "fq"), [
    ("approve", "reject", "approves", "rejects"),  # -s
    ("reject", "accept", "rejected", "accepted"),  # -ed
    ("increase", "decrease", "increased", "decreased"),  # -d
    ("pass", "miss", "passes", "misses"),  # -es
    ("buy", "sell", "buying", "selling"),  # -ing
    ("marry", "bury", "married", "buried"),  # -y -> -ied
    ("inject", "eject", "injection", "ejection"),  # -ion
])
def test_antonyms_every_inflection_of_the_pair_is_left_out_of_the_overlap(p, q, fp, fq):
    kb = dataclasses.replace(KB, antonyms=frozenset({frozenset((p, q))}))
    a = claim(f"{fp.capitalize()} it", "a", lemmas=(p, "plan"))
    b = claim(f"{fq.capitalize()} it", "b", lemmas=(q, "plan"))
    v = compare_antonyms(a, b, kb)
    assert v is not None and v.values == ((p,), (q,)) and "(100% shared)" in v.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # converses restate each other; successive acts can both be true
        ("Police locked down the street before the suspect surrendered at 6 p.m.",
         "Police locked down the street after the suspect surrendered at 6 p.m."),
        ("Troops will enter the town of Arvel on Monday morning.", "Troops will leave the town of Arvel on Monday morning."),
        ("The minister will arrive from Lyon on Monday for the summit.", "The minister will depart from Lyon on Monday for the summit."),
        ("Voting in the fourth parliamentary election will begin on Sunday, officials in Arvel said.",
         "Voting in the fourth parliamentary election will end on Sunday, officials in Arvel said."),
        ("The Arvel summit will start on Monday with a speech.", "The Arvel summit will end on Monday with a speech."),
    ],
)
def test_antonyms_converses_and_successive_acts_are_no_antonyms(a, b):
    from checker.knowledge import load_knowledge

    kb = load_knowledge()
    assert compare_antonyms(claim(a, "a"), claim(b, "b"), kb) is None


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        # WordNet's direct antonyms of adjectives (checker/data/antonyms.tsv), beside the hand list
        ("The new schedule for the night shift is flexible.", "The new schedule for the night shift is inflexible.", ("flexible", "inflexible")),
        ("The course is a weekly outdoor program for teenagers.", "The course is a weekly indoor program for teenagers.", ("outdoor", "indoor")),
        ("The reviewers found the proposed method simple to reproduce.", "The reviewers found the proposed method complex to reproduce.", ("simple", "complex")),
    ],
)
def test_antonyms_read_wordnets_adjectives(a, b, pair):
    from checker.knowledge import load_knowledge

    kb = load_knowledge()
    v = compare_antonyms(claim(a, "a"), claim(b, "b"), kb)
    assert v is not None and {v.values[0][0], v.values[1][0]} == set(pair)


def test_antonyms_the_lemma_index_pairs_both_ways_and_follows_the_knowledge_it_is_built_from():
    from checker.knowledge import load_knowledge

    kb = load_knowledge()
    assert "inflexible" in kb.antonyms_of("flexible") and "flexible" in kb.antonyms_of("inflexible")
    assert "reject" in kb.antonyms_of("accept")  # the hand list of frames.yaml
    assert not any(w.startswith("#") for pair in kb.antonyms for w in pair)  # the file's header is no pair
    small = dataclasses.replace(kb, antonyms=frozenset({frozenset({"up", "down"})}))
    assert small.antonyms_of("up") == {"down"} and small.antonyms_of("flexible") == frozenset()


def test_antonyms_a_word_of_a_name_is_no_antonym():
    from checker.knowledge import load_knowledge

    kb = load_knowledge()
    a = claim("Bush finished his third season in New Orleans with 404 yards.", "a",
              lemmas=("bush", "finish", "new", "orleans", "season", "third", "yard"), predicates=("finish", "season", "third", "yard"))
    b = claim("The 23-year-old finished his third season with 404 yards.", "b",
              lemmas=("23", "finish", "old", "season", "third", "year", "yard"), predicates=("finish", "old", "season", "third", "year", "yard"))
    assert compare_antonyms(a, b, kb) is None
    # the same words used as adjectives are antonyms
    c = dataclasses.replace(a, slots=dataclasses.replace(a.slots, predicates=a.slots.predicates + ("new",)))
    assert compare_antonyms(c, b, kb) is not None


def test_negation_the_same_words_said_of_another_name_deny_nothing():
    from .handmade import ent

    cast = (ent("anna kent", "Anna Kent", "PERSON"), ent("liam moss", "Liam Moss", "PERSON"))
    signed = _pos("Anna Kent and Liam Moss are already signed for a sequel.", predicates=("sign", "sequel"),
                  actors=cast, sides=(("anna", "kent", "liam", "moss"), ("sequel",)))

    def unsigned(text, who, *actors):
        return _neg(text, neg_heads=("sign",), neg_subjects=(who,), actors=actors)

    # NOTE: "unlike A and B, C is not P" says P of A and B, not P of C's opposite
    ross = unsigned("Unlike Anna Kent and Liam Moss, Ross is not signed for a sequel.", "ross", *cast, ent("ross", "Ross", "PERSON"))
    assert compare_negation(ross, signed, KB) is None
    # the same name, in full or short, is the same subject
    kent = unsigned("Kent is not signed for a sequel.", "kent", ent("kent", "Kent", "PERSON"))
    assert compare_negation(kent, signed, KB) is not None
    # a subject that is no name (a pronoun, a noun) is left to the wording
    assert compare_negation(unsigned("She is not signed for a sequel, unlike Anna Kent and Liam Moss.", "she", *cast), signed, KB) is not None


def test_negation_a_plea_of_not_guilty_is_said_not_denied(real_parser):
    from checker.judge import judge_pair
    from checker.knowledge import load_knowledge
    from checker.normalize import normalize_texts

    kb = load_knowledge()
    found, pleaded, acquitted = normalize_texts([
        "A Vodan man was found guilty Thursday on two murder charges.",
        "A Vodan man has pleaded not guilty to two murder charges.",
        "A Vodan man was found not guilty Thursday on two murder charges."], parser=real_parser)
    assert not pleaded.slots.negated
    assert [v.code for v in judge_pair(found, pleaded, kb)] == []
    assert [v.code for v in judge_pair(found, acquitted, kb)] == ["CC201"]  # a verdict of not guilty is one


def test_negation_words_asserted_of_another_argument_away_from_the_main_act_are_no_denial():
    from checker.rules.negation import _said_of_another

    # "released" is said of him in the other claim, the results are not: no denial however much wording is shared
    neg = _neg("Results of Williams' blood-alcohol test have not been released.", neg_heads=("release",),
               neg_subjects=("result",), roles=(("pred", "release"), ("patient", "result")))
    pos = _pos("Although results are pending for the blood-alcohol test that Williams took, he has been booked and later "
               "released on bail.", predicates=("book", "release", "result", "test"), roles=(("pred", "book"), ("patient", "he")))
    assert _said_of_another(neg, pos)

    def with_slots(c, **kw):
        return dataclasses.replace(c, slots=dataclasses.replace(c.slots, **kw))

    # the negated act the other's main act (or one in other words), or its subject among that act's arguments: one act
    assert not _said_of_another(neg, with_slots(pos, roles=(("pred", "release"), ("patient", "he"))))
    assert not _said_of_another(neg, with_slots(pos, roles=(("pred", "free"), ("patient", "he"))))
    assert not _said_of_another(neg, with_slots(pos, roles=(("pred", "book"), ("patient", "result"))))
    assert not _said_of_another(neg, with_slots(pos, roles=(("pred", "book"), ("agent", "result"))))
    # ... or a name the other claim writes, wherever the parse put its main act
    assert not _said_of_another(with_slots(neg, neg_subjects=("williams",)),
                                with_slots(pos, actors=(ent("williams", "Williams", "PERSON"),)))
    assert _said_of_another(with_slots(neg, neg_subjects=("williams",)), pos)
    # one act whose complement is negated ("found not guilty" / "found guilty"), and claims without roles or without
    # the negated words' subject: nothing known
    assert not _said_of_another(with_slots(neg, roles=(("pred", "book"), ("patient", "result"))), pos)
    assert not _said_of_another(neg, with_slots(pos, roles=()))
    assert not _said_of_another(with_slots(neg, neg_subjects=()), pos)
    assert not _said_of_another(with_slots(neg, neg_subjects=("it",)), pos)  # "it's not very expensive": anything
    assert not _said_of_another(with_slots(neg, neg_heads=("be",)), pos)
    # what the other claim's saying verb reports is its main act too ("Police said he was released on bail")
    said = with_slots(pos, roles=(("pred", "say"), ("said", "release"), ("patient", "he")))
    assert not _said_of_another(neg, said)
    assert _said_of_another(neg, with_slots(said, roles=(("pred", "say"), ("said", "book"), ("patient", "he"))))


def test_negation_a_claim_negating_its_own_main_act_asserts_nothing_to_deny():
    # the parse did not read "However the results have not yet been divulged" as negated, but its main act is
    known = _neg("The results are not yet known.", neg_heads=("know",), neg_subjects=("result",),
                 roles=(("pred", "know"), ("patient", "result")))
    divulged = _pos("However the results have not yet been divulged.", predicates=("divulge", "result"), neg_heads=("divulge",),
                    roles=(("pred", "divulge"), ("patient", "result")))
    assert compare_negation(dataclasses.replace(known, refers_to=divulged.id, refers_score=0.9), divulged, KB) is None
    now = _pos("The results are now known.", predicates=("know", "result"), roles=(("pred", "know"), ("patient", "result")))
    assert compare_negation(known, now, KB) is not None
    divulged_now = dataclasses.replace(divulged, slots=dataclasses.replace(divulged.slots, neg_heads=()))
    assert compare_negation(dataclasses.replace(known, refers_to=divulged.id, refers_score=0.9), divulged_now, KB) is not None
    own = dataclasses.replace(now, slots=dataclasses.replace(now.slots, neg_heads=("know",)))  # as if it denied it too
    assert compare_negation(known, own, KB) is None


def test_negation_written_word_for_word_in_both_claims_denies_nothing():
    # NOTE: "without bond" in both: one parse read it as a denial of the claim, the other did not
    held = "The Times reports Simpson has been held without bond at the county jail."
    neg = _neg(held, neg_heads=("bond",), predicates=("hold", "bond", "report"))
    pos = _pos("A local newspaper reports that Simpson has been held without bond at the county jail.",
               predicates=("hold", "bond", "report"))
    assert compare_negation(pos, neg, KB) is None
    # the other claim asserting it, or negating only another word, or only a function word, still contradicts
    assert compare_negation(_pos("The Times reports Simpson has been held on bond at the county jail.",
                                 predicates=("hold", "bond", "report")), neg, KB) is not None
    refused = _neg("The council did not approve the dam project and will not be meeting.")
    assert compare_negation(_pos("The council approved the dam project, but it did not meet.", predicates=("approve",)),
                            refused, KB) is not None
    assert compare_negation(_pos("The council approved the dam project; it will not be meeting."), refused, KB) is not None
