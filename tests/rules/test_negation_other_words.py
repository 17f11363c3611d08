"""CC201 for a negation told in other words: a synonym of the asserted verb negated, and a refusal stated on the day
of the act (hand-built claims, no parser)."""

from __future__ import annotations

import dataclasses

import pytest

from checker.rules.negation import compare_negation, refused_that_day

from .handmade import KB, claim, date, ent

_ALLOWED = "Dogs are allowed on the trail."
_NOT_PERMITTED = "Dogs are not permitted on the trail at any time."


def _allowed(text: str = _ALLOWED, **kw):
    kw.setdefault("predicates", ("allow", "be", "dog", "trail"))
    return claim(text, "a", **kw)


def _not_permitted(text: str = _NOT_PERMITTED, **kw):
    kw.setdefault("predicates", ("be", "dog", "permit", "time", "trail"))
    kw.setdefault("neg_heads", ("permit",))
    kw.setdefault("neg_subjects", ("dog",))
    return claim(text, "b", negated=True, **kw)


def test_negation_a_negated_synonym_of_the_asserted_verb_is_a_contradiction():
    v = compare_negation(_allowed(), _not_permitted(), KB)
    assert v is not None and v.code == "CC201" and v.verdict == "contradiction"
    assert v.values == (("asserted",), ("negated",))
    assert "'permit' and 'allow' name one act" in v.reason and "100% of the other wording" in v.reason
    assert v.confidence == 0.65
    back = compare_negation(_not_permitted(), _allowed(), KB)
    assert back is not None and back.values == (("negated",), ("asserted",))


def test_negation_a_synonym_needs_the_rest_of_the_wording_and_a_verb_the_table_pairs():
    # "allow" and "admire" name no one act: no clash in other words
    other = _allowed("Dogs are admired on the trail.", predicates=("admire", "be", "dog", "trail"))
    assert compare_negation(other, _not_permitted(), KB) is None
    # the synonym, but the rest of the two statements differs
    elsewhere = _allowed("Horses are allowed in the stables beside the visitor centre car park.",
                         predicates=("allow", "be", "horse", "stable", "visitor", "centre", "car", "park"))
    assert compare_negation(elsewhere, _not_permitted(), KB) is None
    # the asserted verb is negated too on the other side
    both = _allowed(predicates=("allow", "be", "dog", "trail"), neg_heads=("allow",))
    assert compare_negation(both, _not_permitted(), KB) is None


_RESIGNED = "Ortega resigned on Friday."
_REFUSED = "Ortega said on Friday that she would not resign."


def _resigned(text: str = _RESIGNED, **kw):
    kw.setdefault("predicates", ("resign",))
    return claim(text, "a", **kw)


def _refused(text: str = _REFUSED, attribution: str | None = "Ortega", **kw):
    kw.setdefault("predicates", ("resign", "say", "would"))
    kw.setdefault("neg_heads", ("resign",))
    kw.setdefault("neg_subjects", ("she",))
    return claim(text, "b", negated=True, modality="prediction", attribution=attribution, **kw)


def test_negation_a_refusal_stated_on_the_day_of_the_act_is_a_contradiction():
    v = compare_negation(_resigned(), _refused(), KB)
    assert v is not None and v.code == "CC201" and v.values == (("asserted",), ("negated",))
    assert "Ortega refusing" in v.reason
    assert v.confidence == 0.338  # 0.45 x 0.75 (a prediction)


def test_negation_a_refusal_of_another_day_or_a_forecast_stays_quiet():
    # she said so on Monday and resigned on Friday: she changed her mind
    assert compare_negation(_resigned(), _refused("Ortega said on Monday that she would not resign."), KB) is None
    # no day written: a refusal or a forecast of unknown time
    assert compare_negation(_resigned(), _refused("Ortega said that she would not resign."), KB) is None
    # others forecast it: the negated words are not said of the speaker
    forecast = _refused("Analysts said on Friday that Ortega would not resign.", attribution="Analysts", neg_subjects=("ortega",))
    assert compare_negation(_resigned(), forecast, KB) is None
    # a refusal without a speaker is no refusal stated
    assert compare_negation(_resigned(), _refused(attribution=None), KB) is None


def test_negation_the_day_of_a_refusal_is_the_dates_read_else_one_weekday_written():
    fri = date("Friday", "2026-11-27", precision="day")
    mon = date("Monday", "2026-11-23", precision="day")
    assert refused_that_day(_refused("Ortega said that she would not resign.", dates=(fri,)), _resigned("Ortega resigned.", dates=(fri,)))
    assert not refused_that_day(_refused(dates=(mon,)), _resigned(dates=(fri,)))
    assert refused_that_day(_refused(), _resigned())
    # two weekdays in one claim name no one day
    assert not refused_that_day(_refused("Ortega said on Friday, after Monday's vote, that she would not resign."), _resigned())
    # the act itself predicted is no fact to refuse
    assert not refused_that_day(_refused(), dataclasses.replace(_resigned(), modality="prediction"))


def test_negation_a_synonym_is_set_aside_in_both_wordings_whichever_claim_comes_first():
    # the rest of the two statements differs (71% shared once the verbs are set aside) though they share two of five
    # content words: no clash, with either claim first
    winter = _allowed("Dogs are allowed on the trail in the quiet winter months.",
                      lemmas=("dog", "be", "allow", "on", "the", "trail", "in", "the", "quiet", "winter", "month"))
    nesting = _not_permitted("Dogs are not permitted on the trail during the nesting season.",
                             lemmas=("dog", "be", "not", "permit", "on", "the", "trail", "during", "the", "nesting", "season"))
    assert compare_negation(winter, nesting, KB) is None
    assert compare_negation(nesting, winter, KB) is None
    # the verbs' written forms ("permitted", "permitting": a doubled last consonant) are no wording of their own
    for allowed, refused in (("Staff have allowed pets on weekends.", "Staff have not permitted pets."),
                             ("Staff are allowing pets on weekends.", "Staff are not permitting pets.")):
        v = compare_negation(_allowed(allowed), _not_permitted(refused, neg_subjects=("staff",)), KB)
        assert v is not None and v.slot == "polarity" and "100% of the other wording shared" in v.reason


def test_negation_a_synonym_counts_shared_content_words_without_the_two_verbs():
    # two of the five other content words shared (0.4): enough once "allow" is set aside, not with it (two of six)
    near = _allowed("Dogs are allowed on the trail beside the visitor centre.")
    v = compare_negation(near, _not_permitted("Dogs are not permitted on the trail."), KB)
    assert v is not None and v.verdict == "contradiction"
    # one of seven: the other claim says much more than the negated one
    far = _allowed("Dogs are allowed on the trail beside the visitor centre car park.")
    assert compare_negation(far, _not_permitted("Dogs are not permitted."), KB) is None


def test_negation_a_synonym_said_of_another_named_subject_denies_nothing():
    max_ = _allowed("Max is allowed on the trail.", lemmas=("max", "be", "allow", "on", "the", "trail"),
                    sides=(("max",), ("trail",)), actors=(ent("max", "Max", "PERSON"),))
    rex = _not_permitted("Rex is not permitted on the trail.", lemmas=("rex", "be", "not", "permit", "on", "the", "trail"),
                         neg_subjects=("rex",), actors=(ent("rex", "Rex", "PERSON"),))
    assert compare_negation(max_, rex, KB) is None
    same = _not_permitted("Max is not permitted on the trail.", lemmas=("max", "be", "not", "permit", "on", "the", "trail"),
                          neg_subjects=("max",), actors=(ent("max", "Max", "PERSON"),))
    assert compare_negation(max_, same, KB) is not None


def test_negation_a_refusal_verdict_names_each_side_whichever_claim_comes_first():
    v = compare_negation(_refused(), _resigned(), KB)
    assert v is not None and v.verdict == "contradiction" and v.slot == "polarity"
    assert v.values == (("negated",), ("asserted",))


def test_negation_a_refusal_needs_the_act_or_a_synonym_and_a_speaker_the_other_names():
    # the same day, another act: she spoke, which her refusal does not deny
    assert compare_negation(_resigned("Ortega spoke on Friday.", predicates=("speak",)), _refused(), KB) is None
    # a synonym of the refused act ("quit" for "resign"), the rest worded otherwise
    v = compare_negation(_resigned("Ortega quit as party leader on Friday, citing her health.", predicates=("quit", "cite")),
                         _refused(), KB)
    assert v is not None and "Ortega refusing" in v.reason
    # the act of someone the refusal's speaker is not named as
    assert compare_negation(_resigned("The minister resigned on Friday."), _refused(), KB) is None


@pytest.mark.parametrize(("said", "subject"), [
    ("Ortega said on Friday that Ortega would not resign.", "ortega"),  # the parse reads "she" as the name before it
    ("Ortega said on Friday that he would not resign.", "he"),
    ("Ortega said on Friday that it would not resign.", "it"),
    ("Ortega said on Friday that they would not resign.", "they"),
    ("Ortega said on Friday: I will not resign.", "i"),
    ("Ortega said on Friday that we would not resign.", "we"),
])
def test_negation_a_refusal_is_said_of_its_speaker_by_name_or_pronoun(said, subject):
    assert refused_that_day(_refused(said, neg_subjects=(subject,)), _resigned())


def test_negation_a_forecast_of_others_or_one_undated_side_is_no_refusal_that_day():
    forecast = _refused("Analysts said on Friday that Ortega would not resign.", attribution="Analysts", neg_subjects=("ortega",))
    assert not refused_that_day(forecast, _resigned())
    # the refusal dated, the act neither dated nor given a weekday: no one day
    fri = date("Friday", "2026-11-27", precision="day")
    assert not refused_that_day(_refused("Ortega said that she would not resign.", dates=(fri,)), _resigned("Ortega resigned."))


def test_negation_shares_two_of_five_content_words_at_least_to_compare_as_worded():
    # "dog" and "allow" of five: 0.4, the least share the plain comparison takes
    v = compare_negation(_allowed("Dogs are allowed on the trail by the visitor centre."),
                         claim("Dogs are not allowed.", "b", negated=True, predicates=("allow", "be", "dog"), neg_heads=("allow",),
                               neg_subjects=("dog",)), KB)
    assert v is not None and v.verdict == "contradiction" and "'permit' and" not in v.reason
    # two of six: the asserting claim says more than the negated one denies
    more = _allowed("Dogs are allowed on the trail beside the visitor centre.")
    assert compare_negation(more, claim("Dogs are not allowed.", "b", negated=True, predicates=("allow", "be", "dog"),
                                        neg_heads=("allow",), neg_subjects=("dog",)), KB) is None


_SAILED = "The locomotive sailed through its boiler examination."
_NOT_PASSED = "The locomotive did not pass its boiler examination."


def test_negation_a_phrasal_verb_entails_the_one_word_act_the_other_denies():
    # NOTE: WordNet: "sail through" is a kind of "pass" (train.phrasal): denying the pass denies sailing through
    sailed = claim(_SAILED, "a", predicates=("boiler", "examination", "locomotive", "sail"))
    denied = claim(_NOT_PASSED, "b", negated=True, predicates=("boiler", "do", "examination", "locomotive", "pass"),
                   neg_heads=("pass",), neg_subjects=("locomotive",))
    v = compare_negation(sailed, denied, KB)
    assert v is not None and v.code == "CC201" and "'pass' and 'sail through' name one act" in v.reason
    # NOTE: the particle must follow the verb ("sailed past the examination hall" is no pass), and a verb alone is none
    for text in ("The locomotive sailed past its boiler examination.", "The locomotive sailed its boiler examination."):
        assert compare_negation(claim(text, "a", predicates=("boiler", "examination", "locomotive", "sail")), denied, KB) is None
    # NOTE: one way only: denying the kind ("did not sail through") leaves the plain pass standing
    passed = claim("The locomotive passed its boiler examination.", "a", predicates=("boiler", "examination", "locomotive", "pass"))
    not_sailed = claim("The locomotive did not sail through its boiler examination.", "b", negated=True,
                       predicates=("boiler", "do", "examination", "locomotive", "sail"), neg_heads=("sail",), neg_subjects=("locomotive",))
    assert compare_negation(passed, not_sailed, KB) is None
