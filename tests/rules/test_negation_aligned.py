"""CC201 on aligned predicates and arguments: a negation `checker.refer` resolved to a claim worded otherwise."""

from __future__ import annotations

import dataclasses

from checker.models import Verdict
from checker.rules.negation import compare_negation, sides_reversed

from .handmade import KB, claim, date, ent

_KILLED = "The leader of the rebels killed in an air strike!"
_NOT_KILLED = "The rebel leader Ortega has not been killed, as earlier reported."


def _pos(text: str = _KILLED, **kw):
    kw.setdefault("roles", (("pred", "kill"), ("agent", "leader")))
    kw.setdefault("predicates", ("kill", "leader", "strike"))
    return claim(text, "a", **kw)


def _neg(pos, score: float = 0.7, text: str = _NOT_KILLED, **kw):
    kw.setdefault("neg_heads", ("kill",))
    kw.setdefault("neg_subjects", ("leader",))
    kw.setdefault("roles", (("pred", "kill"), ("patient", "leader")))
    c = claim(text, "b", negated=True, **kw)
    return dataclasses.replace(c, refers_to=pos.id, refers_score=score)


def test_negation_aligned_same_predicate_of_the_same_subject_contradicts_whatever_the_wording():
    pos = _pos()
    v = compare_negation(_neg(pos), pos, KB)
    assert v == Verdict("CC201", "contradiction", 0.38, "polarity", (("negated",), ("asserted",)),
                        "one source negates what the other asserts (the same predicate of the same subject, similarity 0.70)")
    back = compare_negation(pos, _neg(pos, 0.9), KB)
    assert back is not None and back.values == (("asserted",), ("negated",)) and back.confidence == 0.44
    # NOTE: unresolved (no `refers_to`, or resolved to another claim), the wording alone decides: too different
    assert compare_negation(dataclasses.replace(_neg(pos), refers_to=""), pos, KB) is None
    assert compare_negation(dataclasses.replace(_neg(pos), refers_to="c:0-5"), pos, KB) is None


def test_negation_aligned_needs_the_subject_of_the_negated_words_among_the_others_arguments_or_names():
    pos = _pos()
    assert compare_negation(_neg(pos, neg_subjects=("fan",)), pos, KB) is None
    assert compare_negation(_neg(pos, neg_subjects=()), pos, KB) is None
    # a name the other claim mentions counts as its argument
    named = _pos(roles=(("pred", "kill"), ("agent", "strike")), actors=())
    assert compare_negation(_neg(named, neg_subjects=("leader",)), named, KB) is None
    from .handmade import ent

    named = _pos(roles=(("pred", "kill"), ("agent", "strike")), actors=(ent("rebel leader"),))
    assert compare_negation(_neg(named, neg_subjects=("leader",)), named, KB) is not None


def test_negation_aligned_another_predicate_needs_a_paraphrase_not_a_light_verb_and_a_shared_argument():
    pos = claim("Christian Bale will play Steve Jobs in the biopic.", "a", modality="prediction",
                roles=(("pred", "play"), ("agent", "bale"), ("patient", "jobs")))

    def neg(score, heads=("star",), text="Bale will not be starring as Jobs in the film."):
        return _neg(pos, score, text, modality="prediction", neg_heads=heads, neg_subjects=("bale",),
                    roles=(("pred", "star"), ("agent", "bale")))

    v = compare_negation(neg(0.84), pos, KB)
    assert v is not None and "a paraphrase" in v.reason and v.confidence == 0.237
    assert compare_negation(neg(0.8), pos, KB) is not None
    assert compare_negation(neg(0.79), pos, KB) is None
    # NOTE: "did not have to audition" negates no event the other claim asserts
    assert compare_negation(neg(0.95, ("have",), "Bale did not have to audition for Jobs in the film."), pos, KB) is None
    # nothing shared but the subject and the negated word: no argument aligns
    assert compare_negation(neg(0.9, ("star",), "Bale will not be starring."), pos, KB) is None
    # NOTE: a negated word that is not the claim's act ("Bale will play Jobs without an audition": "without" denies the
    # audition) leaves that act asserted, which no paraphrase denies
    audition = _neg(pos, 0.9, "Bale will star as Jobs in the film without an audition.", modality="prediction",
                    neg_heads=("audition",), neg_subjects=("bale",), roles=(("pred", "star"), ("agent", "bale")))
    assert compare_negation(audition, pos, KB) is None


def test_negation_aligned_a_shared_action_frame_of_the_two_predicates_is_the_same_predicate():
    # NOTE: "detain" and "arrest" evoke one frame (frames.yaml); a frame some other word evokes is not the predicate's
    pos = _pos(roles=(("pred", "detain"), ("agent", "leader")), frames=("arrest",))
    assert compare_negation(_neg(pos, neg_heads=("arrest",)), pos, KB) is not None
    assert compare_negation(_neg(pos, neg_heads=("emerge",), frames=("arrest",)), pos, KB) is None


def test_negation_aligned_a_claim_that_calls_itself_a_hoax_or_reverses_the_roles_is_not_denied():
    hoax = _pos(text="The leader of the rebels killed in an air strike, a hoax claims.")
    assert compare_negation(_neg(hoax), hoax, KB) is None
    reversed_ = _pos(roles=(("pred", "kill"), ("agent", "ortega"), ("patient", "leader")))
    assert compare_negation(_neg(reversed_, roles=(("pred", "kill"), ("agent", "leader"), ("patient", "ortega"))), reversed_, KB) is None


def test_negation_sides_reversed_keeps_a_role_reversal_from_clashing_even_in_the_same_words():
    a = claim("An Oscar winner can be nominated for a Tony.", "a", sides=(("oscar", "winner"), ("tony",)))
    b = claim("A Tony winner cannot be nominated for an Oscar.", "b", negated=True, sides=(("tony", "winner"), ("oscar",)))
    assert sides_reversed(a, b) and sides_reversed(b, a)
    assert compare_negation(a, b, KB) is None
    same = claim("An Oscar winner cannot be nominated for a Tony.", "b", negated=True, sides=(("oscar", "winner"), ("tony",)))
    assert not sides_reversed(a, same) and compare_negation(a, same, KB) is not None
    # one word moved alone is no reversal; a word on both sides of one claim decides nothing
    assert not sides_reversed(a, claim("x", "b", sides=(("winner",), ("oscar",))))
    assert not sides_reversed(a, claim("x", "b", sides=(("tony", "oscar", "winner"), ("oscar",))))
    # a word crossing one way only is no reversal: "Oscar" stays on the subject side, "Tony" crosses
    assert not sides_reversed(a, claim("x", "b", sides=(("tony", "winner"), ("grammy",))))


def test_negation_aligned_the_other_words_of_the_subjects_name_are_no_shared_argument():
    from .handmade import ent

    pos = claim("Macaulay Culkin dies as fans react online.", "a", roles=(("pred", "react"), ("agent", "fan")),
                actors=(ent("macaulay culkin"),))
    neg = _neg(pos, 0.9, "Macaulay Culkin is not dead.", neg_heads=("dead",), neg_subjects=("culkin",),
               roles=(("pred", "dead"), ("agent", "culkin")))
    assert compare_negation(neg, pos, KB) is None
    # an argument besides the name ("Home Alone") aligns
    pos2 = dataclasses.replace(pos, text="Macaulay Culkin of Home Alone dies as fans react online.")
    neg2 = dataclasses.replace(neg, text="Macaulay Culkin of Home Alone is not dead.", refers_to=pos2.id)
    assert compare_negation(neg2, pos2, KB) is not None


def test_negation_aligned_the_subject_may_be_the_others_patient_and_the_same_lemma_needs_no_paraphrase():
    # NOTE: "the leader was killed" (patient) against "the leader has not been killed"; no name, no frame, low cosine
    pos = claim("They killed the leader on Monday.", "a", roles=(("pred", "slay"), ("agent", "they"), ("patient", "leader")))
    neg = _neg(pos, 0.66, neg_heads=("slay",), roles=(("pred", "slay"), ("patient", "leader")))
    v = compare_negation(neg, pos, KB)
    assert v is not None and v.reason == ("one source negates what the other asserts "
                                          "(the same predicate of the same subject, similarity 0.66)")
    # the same with the other's predicate read from its roles only: another lemma there is no match at 0.66
    other = claim("They killed the leader on Monday.", "a", roles=(("pred", "shoot"), ("agent", "they"), ("patient", "leader")))
    assert compare_negation(dataclasses.replace(neg, refers_to=other.id), other, KB) is None


def test_negation_aligned_a_paraphrase_says_so():
    pos = claim("Christian Bale will play Steve Jobs in the biopic.", "a", roles=(("pred", "play"), ("agent", "bale")))
    neg = _neg(pos, 0.85, "Bale is not starring as Jobs in the biopic.", neg_heads=("star",), neg_subjects=("bale",),
               roles=(("pred", "star"), ("agent", "bale")))
    v = compare_negation(neg, pos, KB)
    assert v is not None and v.reason == "one source negates what the other asserts (a paraphrase of the same subject, similarity 0.85)"


def test_negation_aligned_a_reported_claim_is_judged_on_the_predicate_it_reports():
    # "The rebel leader was killed in a strike, officials said": the main verb is "said", what is said is "killed"
    pos = claim("The rebel leader was killed in a strike, officials said.", "a", actors=(ent("rebel leader"),),
                roles=(("pred", "say"), ("agent", "official"), ("said", "kill")), predicates=("kill", "leader", "say", "strike"))
    neg = _neg(pos, 0.7, "The rebel leader is not dead.", neg_heads=("dead",), neg_subjects=("leader",))
    v = compare_negation(neg, pos, KB)
    assert v is not None and "the same predicate" in v.reason  # NOTE: "dead" and "kill" share an action frame
    # the main verb alone ("say") is not what the negation denies
    assert compare_negation(neg, dataclasses.replace(pos, slots=dataclasses.replace(pos.slots, roles=pos.slots.roles[:2])), KB) is None


def test_negation_aligned_a_negated_identity_denies_that_the_one_named_did_the_act():
    # NOTE: "a woman detained by the police was not the wife of Ortega" against "Wife of Ortega detained in Harwick"
    pos = claim("Wife of rebel leader Ortega detained in Harwick.", "a", roles=(("pred", "detain"), ("agent", "wife")),
                actors=(ent("ortega"),))
    text = "A woman detained by the police was not the wife of Ortega, officials said."
    neg = dataclasses.replace(claim(text, "b", negated=True, neg_heads=("wife",), neg_subjects=("woman",),
                                    lemmas=("woman", "detain", "police", "be", "wife", "ortega", "official", "say"),
                                    roles=(("pred", "say"), ("agent", "official"), ("said", "wife"))),
                              refers_to=pos.id, refers_score=0.8)
    v = compare_negation(neg, pos, KB)
    assert v is not None and v.code == "CC201" and v.values == (("negated",), ("asserted",)) and v.confidence == 0.41
    assert "was not wife" in v.reason
    # NOTE: another act ("the woman who spoke was not his wife" / "his wife detained"), or the identity of someone the
    # other claim never names, denies nothing; nor does a negation resolved to another claim
    spoke = dataclasses.replace(neg, slots=dataclasses.replace(neg.slots, lemmas=("woman", "speak", "be", "wife", "ortega")))
    assert compare_negation(spoke, pos, KB) is None
    sister = dataclasses.replace(neg, slots=dataclasses.replace(neg.slots, neg_heads=("sister",)))
    assert compare_negation(sister, pos, KB) is None
    assert compare_negation(dataclasses.replace(neg, refers_to="c:0-5"), pos, KB) is None


def test_negation_aligned_a_pronoun_standing_for_the_subject_denies_the_link_the_other_claim_states():
    # NOTE: "the remains found in the grave are not those of the students" against "Mass grave linked to missing students"
    pos = claim("Newly discovered mass grave linked to missing students.", "a", roles=(("pred", "link"), ("patient", "grave")),
                sides=(("grave", "mass"), ("missing", "student")))
    text = "Officials say remains found in a mass grave near the town are not those of the students."
    neg = dataclasses.replace(claim(text, "b", negated=True, neg_heads=("those",), modality="reported",
                                    lemmas=("official", "say", "remains", "find", "mass", "grave", "town", "be", "those", "student"),
                                    roles=(("pred", "say"), ("agent", "official"), ("said", "find")),
                                    sides=(("official",), ("grave", "mass", "student", "town"))),
                              refers_to=pos.id, refers_score=0.76)
    v = compare_negation(neg, pos, KB)
    assert v is not None and v.code == "CC201" and v.values == (("negated",), ("asserted",))
    assert "denies that grave, mass is that of student, as the other says" in v.reason

    def with_slots(c, **kw):
        return dataclasses.replace(c, slots=dataclasses.replace(c.slots, **kw))

    # NOTE: a negation naming only one side of the link ("the remains are not those of the victims"), a noun that is no
    # pronoun ("not the graves of the students" is the identity rule's), or a claim resolved elsewhere deny nothing
    assert compare_negation(with_slots(neg, lemmas=("official", "say", "remains", "grave", "be", "those", "victim")), pos, KB) is None
    assert compare_negation(with_slots(neg, lemmas=("official", "say", "remains", "town", "be", "those", "student")), pos, KB) is None
    assert compare_negation(with_slots(neg, neg_heads=("remains",)), pos, KB) is None
    assert compare_negation(dataclasses.replace(neg, refers_to="c:0-5"), pos, KB) is None
    # NOTE: the speaker on the negation's subject side ("Mexican authorities" against "Mexican students") is no role
    # reversal of what it reports; two claims that say what they say themselves still are
    mexican = with_slots(neg, sides=(("authority", "mexican"), ("grave", "mass", "student", "town")),
                         lemmas=neg.slots.lemmas + ("authority", "mexican"))
    assert compare_negation(mexican, with_slots(pos, sides=(("grave", "mass"), ("mexican", "student"))), KB) is not None
    own = with_slots(mexican, roles=(("pred", "be"), ("agent", "authority")))
    assert compare_negation(own, with_slots(pos, sides=(("grave", "mass"), ("mexican", "student"))), KB) is None


def test_negation_unresolved_the_same_act_of_the_same_named_agent_is_denied():
    # NOTE: conjoined clauses dilute the cosine `checker.refer` resolves by; the aligned roles still say one act
    alvarez = (ent("tom alvarez", "Tom Alvarez", "PERSON"),)
    pos = claim("Alvarez conceded on Tuesday night and said he would stay on the council.", "a", actors=alvarez,
                roles=(("pred", "concede"), ("agent", "alvarez")), predicates=("concede", "say", "stay", "council"))

    def neg(roles=(("pred", "concede"), ("agent", "alvarez")), heads=("concede",), **kw):
        return claim("Alvarez has not conceded and is considering a recount.", "b", negated=True, neg_heads=heads,
                     neg_subjects=("alvarez",), roles=roles, actors=alvarez, predicates=("concede", "consider", "recount"), **kw)

    v = compare_negation(pos, neg(), KB)
    assert v is not None and v.values == (("asserted",), ("negated",)) and "the same named agent" in v.reason
    assert v.confidence == round(0.35 + 0.3 * 0.2, 3)
    # another agent, another patient, a light verb, another negated word, dates that cannot meet: no denial
    assert compare_negation(pos, neg(roles=(("pred", "concede"), ("agent", "park"))), KB) is None
    pos_race = dataclasses.replace(pos, slots=dataclasses.replace(pos.slots, roles=pos.slots.roles + (("patient", "race"),)))
    assert compare_negation(pos_race, neg(roles=(("pred", "concede"), ("agent", "alvarez"), ("patient", "seat"))), KB) is None
    assert compare_negation(pos_race, neg(roles=(("pred", "concede"), ("agent", "alvarez"), ("patient", "race"))), KB) is not None
    assert compare_negation(pos_race, neg(), KB) is not None  # NOTE: one side without a patient leaves it open
    have = dataclasses.replace(pos, slots=dataclasses.replace(pos.slots, roles=(("pred", "have"), ("agent", "alvarez"))))
    assert compare_negation(have, neg(roles=(("pred", "have"), ("agent", "alvarez")), heads=("have",)), KB) is None
    assert compare_negation(pos, neg(heads=("consider",)), KB) is None
    june, october = date("June 2025", "2025-06-01", "2025-06-30"), date("October 2025", "2025-10-01", "2025-10-31")
    dated = dataclasses.replace(pos, slots=dataclasses.replace(pos.slots, dates=(june,)))
    assert compare_negation(dated, neg(dates=(october,)), KB) is None
    assert compare_negation(dated, neg(dates=(june,)), KB) is not None
    # the agent must be a name the other claim mentions, not just the same word
    unnamed = dataclasses.replace(pos, slots=dataclasses.replace(pos.slots, actors=()))
    assert compare_negation(unnamed, neg(), KB) is None


def test_negation_unresolved_the_same_act_in_two_places_is_two_acts():
    # NOTE: "Orlan Bank opened a branch in Tallinn" / "did not open a branch in Riga": the same agent and act, two places
    bank = ent("orlan bank", "Orlan Bank", "ORG")
    roles = (("pred", "open"), ("agent", "bank"), ("patient", "branch"))
    pos = claim("Orlan Bank opened a branch in Tallinn.", "a", actors=(bank, ent("tallinn", "Tallinn", "GPE")), roles=roles,
                predicates=("open", "branch"))

    def neg(place: str):
        return claim(f"Orlan Bank did not open a branch in {place}.", "b", negated=True, neg_heads=("open",), neg_subjects=("bank",),
                     roles=roles, actors=(bank, ent(place.lower(), place, "GPE")), predicates=("open", "branch"))

    assert compare_negation(pos, neg("Riga"), KB) is None
    assert compare_negation(pos, neg("Tallinn"), KB) is not None


def test_negation_aligned_a_verb_of_one_common_sense_in_wordnet_is_the_same_act():
    # NOTE: "acquit" and "exonerate" share a synset among their first senses (checker/data/verb_synonyms.tsv); neither
    # is a frame of frames.yaml. A verb sharing only a rare sense, or none, is another act.
    pos = claim("A court acquitted the former governor Banda of bribery on Tuesday.", "a",
                roles=(("pred", "acquit"), ("agent", "court"), ("patient", "banda")), actors=(ent("banda", "Banda", "PERSON"),),
                predicates=("acquit", "court", "governor", "bribery"))

    def neg(head):
        return _neg(pos, 0.7, f"Banda was not {head} by the court on Tuesday.", neg_heads=(head,), neg_subjects=("banda",),
                    roles=(("pred", head), ("agent", "court"), ("patient", "banda")), actors=(ent("banda", "Banda", "PERSON"),))

    v = compare_negation(neg("exonerate"), pos, KB)
    assert v is not None and "the same act in other words" in v.reason
    assert compare_negation(neg("convict"), pos, KB) is None
    # NOTE: "clear" shares the synset only in a late sense of its own (its first are "make clear", "clear away")
    assert compare_negation(neg("clear"), pos, KB) is None


def test_negation_aligned_a_pronoun_subject_stands_for_the_name_its_context_gives_it():
    pos = claim("Mayor Dana Reyes resigned on Monday after an audit.", "a", roles=(("pred", "resign"), ("agent", "reyes")),
                actors=(ent("dana reyes", "Dana Reyes", "PERSON"),))

    def neg(text, actors):
        return _neg(pos, 0.67, text, neg_heads=("resign",), neg_subjects=("she",), roles=(("pred", "resign"), ("agent", "she")),
                    actors=actors)

    # "She [Dana Reyes] has not resigned": the name came from the pronoun's reading, not from the words
    assert compare_negation(neg("She has not resigned.", (ent("dana reyes", "Dana Reyes", "PERSON"),)), pos, KB) is not None
    # the name is written in the claim itself: "she" is someone else ("She has not resigned, unlike Dana Reyes")
    assert compare_negation(neg("She has not resigned, unlike Dana Reyes.", (ent("dana reyes", "Dana Reyes", "PERSON"),)), pos, KB) is None
    # a pronoun standing for a name the other claim does not mention
    assert compare_negation(neg("She has not resigned.", (ent("lena ortiz", "Lena Ortiz", "PERSON"),)), pos, KB) is None


def test_negation_aligned_a_passive_against_an_active_with_the_same_patient_is_no_role_reversal():
    # NOTE: the passive puts the patient before the verb: the sides of the two claims cross, the roles do not
    pos = claim("Police released the activist Osei on Monday.", "a", roles=(("pred", "release"), ("agent", "police"), ("patient", "osei")),
                sides=(("police",), ("activist", "osei", "monday")))

    def neg(roles):
        c = claim("The activist Osei was not released by police on Monday.", "b", negated=True, neg_heads=("release",),
                  neg_subjects=("osei",), roles=roles, sides=(("activist", "osei"), ("police", "monday")))
        return dataclasses.replace(c, refers_to=pos.id, refers_score=0.75)

    assert compare_negation(neg((("pred", "release"), ("agent", "police"), ("patient", "osei"))), pos, KB) is not None
    # NOTE: no agent read on the passive side ("No wage deal was signed between the union and the operator"): the one
    # patient, before the verb in one claim and after it in the other, is the voice, not a reversal; another patient
    # read on the passive side leaves the crossing sides reversed roles
    assert compare_negation(neg((("pred", "release"), ("patient", "osei"))), pos, KB) is not None
    assert compare_negation(neg((("pred", "release"), ("patient", "activist"))), pos, KB) is None


def test_negation_aligned_a_paraphrase_denies_only_a_main_act_of_the_negation():
    # "No wage agreement was reached": the support verb leaves the act to its noun, so agreeing is what is denied
    pos = claim("The union and the operator signed a wage agreement on Friday.", "a", predicates=("sign", "agreement"),
                roles=(("pred", "sign"), ("agent", "union"), ("patient", "agreement")))

    def neg(pred: str, heads: tuple[str, ...]):
        c = claim("No wage agreement was reached by the union on Friday.", "b", negated=True, neg_heads=heads,
                  neg_subjects=("union",), roles=(("pred", pred), ("patient", "agreement")), predicates=(pred, "agreement"))
        return dataclasses.replace(c, refers_to=pos.id, refers_score=0.85)

    v = compare_negation(neg("reach", ("agree",)), pos, KB)
    assert v is not None and v.reason == "one source negates what the other asserts (a paraphrase of the same subject, similarity 0.85)"
    # the negated word beside a main act of its own ("released without agreeing"): that act stays asserted
    assert compare_negation(neg("release", ("agree",)), pos, KB) is None


def test_negation_aligned_main_acts_are_the_predicate_what_it_reports_and_the_verbs_of_a_noun():
    from checker.rules.negation import _main_acts

    assert _main_acts(claim("Police said Osei was released.", "b", roles=(("pred", "say"), ("said", "release")))) == {"say", "release"}
    assert _main_acts(claim("No agreement was reached.", "b", negated=True, neg_heads=("agree",),
                            roles=(("pred", "reach"), ("patient", "agreement")))) == {"reach", "agree"}
    assert _main_acts(claim("He was released without charge.", "b", negated=True, neg_heads=("charge",),
                            roles=(("pred", "release"),))) == {"release"}
    assert _main_acts(claim("There was no decision.", "b", roles=(("pred", "decision"),))) == {"decision", "decide"}


def test_negation_aligned_a_phrasal_verb_is_the_one_word_act_it_entails():
    # NOTE: "sail through" is a kind of "pass" (WordNet, train.phrasal): a resolved denial of the pass denies it
    pos = claim("Engine 41298 sailed through her boiler exam on 14 October.", "a",
                roles=(("pred", "sail"), ("agent", "41298")), predicates=("boiler", "exam", "sail"))
    neg = _neg(pos, 0.7, "Engine 41298 did not pass its boiler examination.", neg_heads=("pass",), neg_subjects=("41298",),
               roles=(("pred", "pass"), ("agent", "41298")))
    v = compare_negation(neg, pos, KB)
    assert v is not None and "the same act in other words" in v.reason
    # NOTE: the verb without its particle ("sailed her boiler exam") names no pass
    plain = dataclasses.replace(pos, text="Engine 41298 sailed her boiler exam on 14 October.")
    assert compare_negation(dataclasses.replace(neg, refers_to=plain.id), plain, KB) is None


def test_negation_aligned_the_same_named_agent_doing_one_act_in_two_words_contradicts_unresolved():
    airline = ent("northgate airlines", "Northgate Airlines")
    pos = claim("Northgate Airlines has acquired the regional carrier SkyLink for 120 million dollars.", "a",
                roles=(("pred", "acquire"), ("agent", "airlines"), ("patient", "carrier")), actors=(airline,),
                lemmas=("northgate", "airlines", "acquire", "regional", "carrier", "skylink", "million", "dollar"))
    neg = claim("Northgate Airlines did not buy SkyLink.", "b", negated=True, roles=(("pred", "buy"), ("agent", "airlines"), ("patient", "skylink")),
                neg_heads=("buy",), neg_subjects=("airlines",), actors=(airline,), lemmas=("northgate", "airlines", "buy", "skylink"))
    v = compare_negation(neg, pos, KB)
    assert v is not None and v.code == "CC201" and "the same named agent" in v.reason
    # NOTE: another thing bought ("the stadium" / "the carrier SkyLink") is another act
    stadium = dataclasses.replace(neg, slots=dataclasses.replace(neg.slots, roles=(("pred", "buy"), ("agent", "airlines"), ("patient", "stadium")),
                                                                 lemmas=("northgate", "airlines", "buy", "stadium")))
    assert compare_negation(stadium, pos, KB) is None
    # NOTE: an act WordNet does not relate to buying ("did not sell SkyLink") denies nothing the other says
    sold = dataclasses.replace(neg, slots=dataclasses.replace(neg.slots, roles=(("pred", "sell"), ("agent", "airlines"), ("patient", "skylink")),
                                                              neg_heads=("sell",)))
    assert compare_negation(sold, pos, KB) is None


def test_negation_aligned_unresolved_the_act_a_verb_of_saying_reports_is_not_the_same_named_agents():
    # NOTE: the roles give the speaker as the agent, not who did what is reported: nothing is known of the doer
    lohan = ent("lindsay lohan", "Lindsay Lohan", "PERSON")
    pos = claim("Lindsay Lohan checked into the Betty Ford Center, sources said.", "a", actors=(lohan,),
                roles=(("pred", "say"), ("agent", "source"), ("said", "check")), lemmas=("lindsay", "lohan", "check", "betty", "ford", "center", "source"))
    neg = claim("Lohan never checked into Morningside.", "b", negated=True, roles=(("pred", "check"), ("agent", "lohan")),
                neg_heads=("check",), neg_subjects=("lohan",), actors=(lohan,), lemmas=("lohan", "check", "morningside"))
    assert compare_negation(neg, pos, KB) is None
    told = dataclasses.replace(pos, slots=dataclasses.replace(pos.slots, roles=(("pred", "check"), ("agent", "lohan"))))
    assert compare_negation(dataclasses.replace(neg, text="Lohan never checked into the Betty Ford Center."), told, KB) is not None


def test_negation_aligned_a_negated_word_taking_the_others_act_as_its_complement_is_no_paraphrase():
    motors = ent("brenner motors", "Brenner Motors")
    pos = claim("Brenner Motors is still building its battery factory in Halden.", "a", actors=(motors,),
                roles=(("pred", "build"), ("agent", "motors"), ("patient", "factory")), predicates=("battery", "be", "build", "factory"),
                lemmas=("brenner", "motors", "still", "build", "battery", "factory", "halden"))

    def neg(predicates):
        c = claim("Brenner Motors has not finished building its battery factory in Halden, a spokeswoman said.", "b", negated=True,
                  roles=(("pred", "say"), ("agent", "spokeswoman"), ("said", "finish")), neg_heads=("finish",), neg_subjects=("motors",),
                  actors=(motors,), predicates=predicates,
                  lemmas=("brenner", "motors", "finish", "build", "battery", "factory", "halden", "spokeswoman", "say"))
        return dataclasses.replace(c, refers_to=pos.id, refers_score=0.9)

    # NOTE: "has not finished building" states the building and negates its end: no paraphrase denying "is building"
    assert compare_negation(neg(("battery", "build", "factory", "finish", "say", "spokeswoman")), pos, KB) is None
    # NOTE: a negated act that does not state the other's act, near in meaning, is still read as a paraphrase
    v = compare_negation(neg(("battery", "factory", "finish", "say", "spokeswoman")), pos, KB)
    assert v is not None and "a paraphrase" in v.reason


def test_negation_a_not_read_as_no_denial_stays_none():
    from checker.rules.negation import _denies

    # NOTE: "would not say what P" withholds, and the parse left the claim asserted; only "no" on the object makes a
    # denial of a claim its parse did not read negated (`negation._denies`)
    withheld = claim("Ketsoyan would not say what the star was being treated for.", roles=(("pred", "say"), ("agent", "ketsoyan")),
                     neg_heads=("say",))
    assert not _denies(withheld)


def test_negation_the_other_outcome_told_beside_restates_the_denial():
    # NOTE: "acquitted of extortion" tells what "not convicted on the extortion counts" denies (verb_antonyms: one act's
    # two outcomes); the same claim without it still contradicts
    told = "Menzies was convicted of three bribery charges but acquitted of two counts of extortion."
    pos = claim(told, "a", roles=(("pred", "convict"), ("patient", "menzies")), predicates=("acquit", "charge", "convict", "count"))
    neg = _neg(pos, 0.75, "Menzies was not convicted on the extortion counts.", neg_heads=("convict",), neg_subjects=("menzies",),
               roles=(("pred", "convict"), ("patient", "menzies")), predicates=("convict", "count", "extortion"))
    assert compare_negation(neg, pos, KB) is None
    only = dataclasses.replace(pos, slots=dataclasses.replace(pos.slots, predicates=("charge", "convict", "count")))
    assert compare_negation(neg, only, KB) is not None


def test_negation_both_writing_one_negation_past_a_stop_word_deny_the_same_thing():
    # NOTE: "serious" is one of spaCy's stop words; the negation's word is the first content word after "no"
    neg = claim("There were no serious injuries, Sheriff Gail Brandt said.", "a", negated=True, neg_heads=("injure", "injury"),
                roles=(("pred", "say"), ("agent", "brandt"), ("said", "injury")), predicates=("be", "injury", "say", "serious"))
    fragment = claim("no serious injuries", "b", roles=(("pred", "injury"),), predicates=("injury", "serious"))
    assert compare_negation(neg, fragment, KB) is None
    told = claim("There were serious injuries, Sheriff Gail Brandt said.", "b", roles=(("pred", "say"), ("agent", "brandt"), ("said", "injury")),
                 predicates=("be", "injury", "say", "serious"))
    assert compare_negation(neg, told, KB) is not None
