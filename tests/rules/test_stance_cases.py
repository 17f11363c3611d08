"""CC204 alignment cases on hand-built claims: predicates, frames, names, shares and who denies what."""

from __future__ import annotations

import dataclasses

import pytest

from checker.models import Claim, Mention, Slots
from checker.rules.stance import aligned, compare_refuted

from .handmade import KB


def _c(text: str, sid: str = "a", roles=(), stance: str = "asserted", by: str | None = None, lemmas=None,
       frames=(), actors=(), modality: str = "fact", negated: bool = False) -> Claim:
    words = tuple(sorted({w.strip(".,").lower() for w in text.split()})) if lemmas is None else tuple(lemmas)
    slots = Slots(lemmas=words, roles=tuple(roles), frames=tuple(frames), actors=tuple(actors), negated=negated)
    return Claim(sid, f"{sid}.txt", 0, len(text), 1, 1, 1, text, modality=modality, slots=slots, stance=stance, attribution=by)


_REL = (("pred", "release"),)


def test_stance_aligned_share_is_over_the_smaller_claim():
    a = _c("suspect released custody", lemmas=("suspect", "release", "custody"), roles=_REL)
    b = _c("suspect released custody monday morning", "b", lemmas=("suspect", "release", "custody", "monday", "morning"), roles=_REL)
    assert aligned(a, b, KB) == 1.0
    c = _c("x", "b", lemmas=("suspect", "release", "bail", "monday", "morning"), roles=_REL)
    assert aligned(a, c, KB) == 2 / 3


def test_stance_aligned_needs_two_shared_words_and_forty_percent():
    a = _c("x", lemmas=("suspect", "release", "custody", "court", "judge"), roles=_REL)
    # two of five shared: exactly 40%
    assert aligned(a, _c("y", "b", lemmas=("suspect", "release", "home", "family", "lawyer"), roles=_REL), KB) == 0.4
    # one shared word is too few
    assert aligned(_c("x", lemmas=("release", "custody")), _c("y", "b", lemmas=("release", "home")), KB) == 0.0
    # two shared of six: too small a share
    six = ("suspect", "release", "custody", "court", "judge", "bail")
    assert aligned(_c("x", lemmas=six, roles=_REL), _c("y", "b", lemmas=("suspect", "release", "home", "family", "lawyer", "friend"), roles=_REL), KB) == 0.0


def test_stance_aligned_without_content_words_is_zero():
    assert aligned(_c("x", lemmas=()), _c("the", "b", lemmas=()), KB) == 0.0
    assert aligned(_c("x", lemmas=("suspect", "release")), _c("y", "b", lemmas=("of",)), KB) == 0.0
    assert aligned(_c("y", "b", lemmas=("of",)), _c("x", lemmas=("suspect", "release")), KB) == 0.0


def test_stance_aligned_predicate_of_one_must_be_a_word_or_frame_of_the_other():
    words = ("suspect", "release", "custody")
    a = _c("x", lemmas=words, roles=_REL)
    # b's predicate is absent from a, but a's predicate is a word of b
    b = _c("y", "b", lemmas=words, roles=(("pred", "free"),))
    assert aligned(a, b, KB) == 1.0
    assert aligned(b, a, KB) == 1.0
    # neither predicate in the other, no frame, no one act in two words: not aligned
    c = _c("y", "b", lemmas=("suspect", "visit", "custody"), roles=(("pred", "visit"),))
    assert aligned(a, c, KB) == 0.0
    # two WordNet names of one act are one predicate ("released" / "freed": `negation.one_act`)
    freed = _c("y", "b", lemmas=("suspect", "free", "custody"), roles=(("pred", "free"),))
    assert aligned(a, freed, KB) > 0 and aligned(freed, a, KB) > 0
    # a shared frame stands for the predicate when a predicate evokes it ("shut": restrict, frames.yaml)...
    d = dataclasses.replace(c, slots=dataclasses.replace(c.slots, frames=("restrict",)))
    e = dataclasses.replace(a, slots=dataclasses.replace(a.slots, frames=("restrict",), roles=(("pred", "shut"),)))
    assert aligned(e, d, KB) > 0 and aligned(d, e, KB) > 0
    # ...not when only another word does ("planned to cut jobs after its purchase of the firm" buys nothing)
    plan = dataclasses.replace(e, slots=dataclasses.replace(e.slots, roles=(("pred", "plan"),)))
    assert aligned(plan, d, KB) == 0.0 and aligned(d, plan, KB) == 0.0
    f = dataclasses.replace(e, slots=dataclasses.replace(e.slots, frames=("launch",)))
    assert aligned(f, d, KB) == 0.0
    # only one side parsed: its predicate must be found
    g = _c("y", "b", lemmas=("suspect", "free", "custody"))
    assert aligned(a, g, KB) == 0.0
    assert aligned(g, a, KB) == 0.0
    assert aligned(_c("y", lemmas=("suspect", "release", "custody")), a, KB) == 1.0


def test_stance_aligned_both_naming_different_entities_are_two_events():
    words = ("suspect", "release", "custody")
    a = _c("x", lemmas=words, roles=_REL, actors=(Mention("harwick police", "Harwick police", "ORG"),))
    b = _c("y", "b", lemmas=words, roles=_REL, actors=(Mention("dunmore police", "Dunmore police", "ORG"),))
    assert aligned(a, b, KB) == 0.0
    # one shared name, or a name word both share, is enough
    c = _c("y", "b", lemmas=words, roles=_REL, actors=(Mention("harwick police", "Harwick police", "ORG"),))
    assert aligned(a, c, KB) == 1.0
    d = _c("y", "b", lemmas=(*words, "harwick"), roles=_REL, actors=(Mention("harwick county", "Harwick county", "ORG"),))
    e = _c("x", lemmas=(*words, "harwick"), roles=_REL, actors=(Mention("harwick police", "Harwick police", "ORG"),))
    assert aligned(e, d, KB) == 1.0
    # only one side names anybody: the words decide
    assert aligned(a, _c("y", "b", lemmas=words, roles=_REL), KB) == 1.0


def _pair(**kw):
    den = _c("the suspect was released on bail", "a", _REL, "denied", "The police", ("suspect", "release", "bail"))
    other = _c("the suspect was released on bail on monday", "b", _REL, lemmas=("suspect", "release", "bail", "monday"))
    return dataclasses.replace(den, **kw.get("den", {})), dataclasses.replace(other, **kw.get("other", {}))


def test_stance_refuted_full_verdict_names_the_denier_on_the_denied_side():
    den, other = _pair()
    v = compare_refuted(den, other, KB)
    assert v is not None and v.values == (("denied by The police",), ("asserted",))
    assert v.code == "CC204" and v.verdict == "contradiction" and v.slot == "polarity" and v.confidence == 0.8
    assert v.reason == "The police denies that “the suspect was released on bail”, which the other source asserts"
    w = compare_refuted(other, den, KB)
    assert w is not None and w.values == (("asserted",), ("denied by The police",))


def test_stance_refuted_names_who_asserts_what_the_other_source_reports():
    # NOTE: "Judicial Watch has reported that P" / "DHS denies P": a clash whoever asserts P, and both speakers are named
    den, other = _pair(other={"attribution": "Judicial Watch", "modality": "reported"})
    v = compare_refuted(den, other, KB)
    assert v is not None and v.values == (("denied by The police",), ("asserted",))
    assert v.reason == ("The police denies that “the suspect was released on bail”, which the other source reports that "
                        "Judicial Watch asserts")
    # NOTE: a pronoun names nobody ("he said P"): the other source asserts
    den, other = _pair(other={"attribution": "he", "modality": "reported"})
    assert compare_refuted(den, other, KB).reason.endswith(", which the other source asserts")


def test_stance_refuted_long_quotes_are_shortened_and_an_unnamed_denier_is_the_source():
    long = "the suspect was released on bail " + "after a long hearing " * 5
    den, other = _pair(den={"text": long, "attribution": None})
    v = compare_refuted(den, other, KB)
    assert v is not None and v.values[0] == ("denied by the source",)
    assert v.reason.startswith("the source denies that “" + long[:89] + "…”")


def _pointing(target_text: str = "the harwick mayor resigned after the audit", score: float = 0.5, **kw):
    target = _c(target_text, "b", (("pred", "resign"), ("agent", "mayor")), modality=kw.pop("target_modality", "fact"))
    den = Claim("a", "a.txt", 0, 14, 1, 1, 1, kw.pop("text", "this is false."), stance="refutes",
                attribution=kw.pop("by", "the council"), refers_to=target.id, refers_score=score, **kw)
    return den, target


def test_stance_pointing_full_verdict_confidence_grows_with_the_resolution_score_up_to_a_cap():
    den, target = _pointing()
    v = compare_refuted(den, target, KB)
    assert v is not None and (v.code, v.verdict, v.slot, v.confidence) == ("CC204", "contradiction", "polarity", 0.7)
    assert v.values == (("denied by the council",), ("asserted",))
    assert v.reason == ("the council denies that “the harwick mayor resigned after the audit” (“this is false.”), "
                        "which the other source asserts")
    assert compare_refuted(*_pointing(score=0.95), KB).confidence == 0.9
    assert compare_refuted(*_pointing(score=0.6), KB).confidence == 0.8
    low = compare_refuted(*_pointing(score=0.6, target_modality="prediction"), KB)
    assert low is not None and low.confidence == 0.6  # 0.8 x 0.75


def test_stance_pointing_quotes_are_shortened_and_an_unnamed_denier_is_the_source():
    long_target = "the harwick mayor resigned after the audit " + "of the accounts " * 6
    long_denial = "this story about the mayor is completely false, " * 2
    den, target = _pointing(long_target, text=long_denial, by=None)
    v = compare_refuted(den, target, KB)
    assert v is not None and v.values == (("denied by the source",), ("asserted",))
    assert v.reason == (f"the source denies that “{long_target[:89]}…” (“{long_denial[:59]}…”), which the other "
                        "source asserts")


def test_stance_pointing_needs_two_different_stances_and_an_asserted_target():
    den, target = _pointing()
    assert compare_refuted(den, dataclasses.replace(target, stance="refutes"), KB) is None
    assert compare_refuted(den, dataclasses.replace(target, stance="denied"), KB) is None


def test_stance_a_hedged_target_is_refuted_only_by_a_hedged_or_predicted_denial():
    den, target = _pointing(target_modality="hedged")
    assert compare_refuted(den, target, KB) is None
    assert compare_refuted(dataclasses.replace(den, modality="prediction"), target, KB) is not None
    assert compare_refuted(dataclasses.replace(den, modality="hedged"), target, KB) is not None


def test_stance_a_target_naming_a_denial_in_capitals_asserts_nothing():
    den, target = _pointing("HARWICK MAYOR DENIES RESIGNING AFTER AUDIT")
    target = dataclasses.replace(target, slots=dataclasses.replace(target.slots, lemmas=()))
    assert compare_refuted(den, target, KB) is None
    for shout in ("MAYOR DENIED THE AUDIT RESULTS", "MAYOR REJECTS THE AUDIT RESULTS", "MAYOR DOUBTED THE AUDIT RESULTS"):
        den, target = _pointing(shout)
        target = dataclasses.replace(target, slots=dataclasses.replace(target.slots, lemmas=()))
        assert compare_refuted(den, target, KB) is None, shout
    den, target = _pointing("MAYOR RESIGNED AFTER THE AUDIT")
    target = dataclasses.replace(target, slots=dataclasses.replace(target.slots, lemmas=()))
    assert compare_refuted(den, target, KB) is not None


def test_stance_a_target_naming_a_denial_by_a_verb_and_particle_asserts_nothing():
    # NOTE: "shoots down the audit results" denies them as "rejects" does; "shoots the audit results" would not
    den, target = _pointing("HARWICK MAYOR SHOOTS DOWN THE AUDIT RESULTS")
    target = dataclasses.replace(target, slots=dataclasses.replace(target.slots, lemmas=()))
    assert compare_refuted(den, target, KB) is None
    den, target = _pointing("HARWICK MAYOR SHOOTS THE AUDIT RESULTS DOWNTOWN")
    target = dataclasses.replace(target, slots=dataclasses.replace(target.slots, lemmas=()))
    assert compare_refuted(den, target, KB) is not None


def _denied(text: str = "the suspect was released on bail", **kw):
    return dataclasses.replace(
        _c(text, "a", _REL, "denied", "The police", ("suspect", "release", "bail", "court", "judge")), **kw)


def test_stance_denied_claim_confidence_grows_with_the_shared_share():
    other = _c("x", "b", _REL, lemmas=("suspect", "release", "bail", "monday", "morning"))
    v = compare_refuted(_denied(), other, KB)
    assert v is not None and v.confidence == 0.68  # 0.5 + 0.3 x 3/5
    both = compare_refuted(_denied(modality="prediction"), dataclasses.replace(other, modality="prediction"), KB)
    assert both is not None and both.confidence == 0.382  # 0.68 x 0.5625 = 0.3825 (float: 0.38249...)
    # a resolution score stands in only where the words do not align
    resolved = compare_refuted(_denied(refers_to=other.id, refers_score=0.3), other, KB)
    assert resolved is not None and resolved.confidence == 0.68
    far = _c("y", "b", _REL, lemmas=("mayor", "resign", "audit"))
    assert compare_refuted(_denied(refers_to=far.id, refers_score=0.5), far, KB).confidence == 0.65


def test_stance_denied_claim_against_a_hedged_one_needs_a_predicted_or_hedged_denial():
    other = _c("x", "b", _REL, lemmas=("suspect", "release", "bail"), modality="hedged")
    assert compare_refuted(_denied(), other, KB) is None
    assert compare_refuted(_denied(modality="prediction"), other, KB) is not None


def test_stance_quote_of_exactly_ninety_characters_is_kept_whole():
    text = ("the suspect was released on bail " * 3)[:90]
    v = compare_refuted(_denied(text), _c("x", "b", _REL, lemmas=("suspect", "release", "bail")), KB)
    assert v is not None and f"“{text}”" in v.reason


def test_stance_a_question_with_trailing_space_or_a_report_of_a_claim_asserts_nothing():
    den, target = _pointing("the harwick mayor resigned? ")
    assert compare_refuted(den, target, KB) is None
    # someone saying P still asserts P; a report saying P does not
    den, said = _pointing("the mayor said he resigned")
    said = dataclasses.replace(said, slots=dataclasses.replace(said.slots, roles=(("pred", "say"), ("agent", "mayor"))))
    assert compare_refuted(den, said, KB) is not None
    rep = dataclasses.replace(said, slots=dataclasses.replace(said.slots, roles=(("pred", "say"), ("agent", "report"))))
    assert compare_refuted(den, rep, KB) is None


@pytest.mark.parametrize("shout", ["MAYOR DENIES THE AUDIT RESULTS", "MAYOR DENIED THE AUDIT RESULTS",
                                   "AUDIT RESULTS DEBUNKED BY MAYOR", "MAYOR REJECTS THE AUDIT RESULTS",
                                   "AUDIT HOAXES EXPOSED BY MAYOR", "MAYOR SAYS AUDIT RESULTS ARE LIES",
                                   "MAYOR DISPUTES THE AUDIT RESULTS", "MAYOR DISPUTED THE AUDIT RESULTS"])
def test_stance_denial_words_in_capitals_are_read_whatever_their_ending(shout):
    den, target = _pointing(shout)
    # lemmas as a parser leaves shouted words: as written
    raw = tuple(w.lower() for w in shout.split())
    target = dataclasses.replace(target, slots=dataclasses.replace(target.slots, lemmas=raw))
    assert compare_refuted(den, target, KB) is None


def test_stance_aligned_unparsed_claims_are_decided_by_their_words():
    a = _c("x", lemmas=("suspect", "release", "custody"))
    assert aligned(a, _c("y", "b", lemmas=("suspect", "release", "custody", "monday")), KB) == 1.0


@pytest.mark.parametrize("text, asserts", [
    ("the doctor said the mayor resigned after the audit", True),  # NOTE: a noun that is also a verb of faking
    ("the mayor resigned on stage after the audit", True),
    ("a doctored photo shows the mayor resigning after the audit", False),
    ("the mayor's resignation after the audit was staged", False),
    ("outlets mistakenly reported the mayor resigned after the audit", False),  # NOTE: said in error
])
def test_stance_a_verb_of_faking_calls_false_only_as_a_participle_and_an_error_asserts_nothing(text, asserts):
    den, target = _pointing(text)
    assert (compare_refuted(den, target, KB) is not None) is asserts


def test_stance_a_correction_contrary_to_reports_refutes_only_a_claim_of_what_it_negates():
    # NOTE: "contrary to reports, she has not been captured": the capture is denied; "she wrote that she is safe" agrees
    den, target = _pointing("the harwick mayor wrote that she is safe", score=0.8,
                            text="contrary to reports, the mayor has not been captured")
    den = dataclasses.replace(den, slots=Slots(lemmas=("contrary", "report", "mayor", "capture", "not"), neg_heads=("capture",), negated=True))
    assert compare_refuted(den, target, KB) is None
    target = dataclasses.replace(target, slots=dataclasses.replace(target.slots, lemmas=target.slots.lemmas + ("capture",)))
    assert compare_refuted(den, target, KB) is not None
    # NOTE: a correction that negates nothing ("contrary to reports, she is safe") is judged as before
    target = _pointing("the harwick mayor was captured", score=0.8)[1]
    den = dataclasses.replace(den, slots=Slots(lemmas=("contrary", "report", "mayor", "safe")), refers_to=target.id)
    assert compare_refuted(den, target, KB) is not None
    # NOTE: nor one whose claim is not negated, a negated word inside it aside ("No cases have been found, despite reports to
    # the contrary, the agency said": the finding is what is said, the claim is the agency's saying)
    den = dataclasses.replace(den, slots=Slots(lemmas=("contrary", "report", "case", "find"), neg_heads=("find",)))
    assert compare_refuted(den, target, KB) is not None


def test_stance_a_correction_contrary_to_reports_that_asserts_agrees_with_a_claim_of_the_same_statement():
    # NOTE: "contrary to reports, the mayor has resigned" corrects reports that she had not; a claim that she resigned agrees
    den, target = _pointing("the harwick mayor resigned on monday", score=0.8, text="contrary to reports, the mayor has resigned")
    den = dataclasses.replace(den, slots=Slots(lemmas=("contrary", "report", "harwick", "mayor", "resign"), roles=(("pred", "resign"), ("agent", "mayor"))))
    target = dataclasses.replace(target, slots=Slots(lemmas=("harwick", "mayor", "resign", "monday"), roles=(("pred", "resign"), ("agent", "mayor"))))
    assert compare_refuted(den, target, KB) is None
    # NOTE: a claim of something else it may correct ("the mayor will stay in office") is judged as before
    other = dataclasses.replace(target, slots=Slots(lemmas=("harwick", "mayor", "stay", "office"), roles=(("pred", "stay"), ("agent", "mayor"))))
    assert compare_refuted(den, other, KB) is not None
    # NOTE: without "contrary" the same pointing denial refutes the claim nearest it, as every pointing denial does
    plain = dataclasses.replace(den, slots=dataclasses.replace(den.slots, lemmas=("report", "harwick", "mayor", "resign")))
    assert compare_refuted(plain, target, KB) is not None
