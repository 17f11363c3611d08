"""CC203 characterisation on hand-built claims: poles of a scale, negation flips, the verdict; shared helpers."""

from __future__ import annotations

import dataclasses

import pytest

from checker.models import Token, Verdict
from checker.normalize import poles
from checker.rules.common import content_overlap, frames_agree, modality_factor
from checker.rules.modality import compare_poles, pole_values

from .handmade import KB, claim

@pytest.fixture(autouse=True)
def _fresh_memo(monkeypatch):
    """Every test reads the texts afresh (the memo would answer from earlier runs in the same process)."""
    monkeypatch.setattr(poles, "_MEMO", {})
    monkeypatch.setattr(poles, "_WORD_RE", {})


_FINE = dataclasses.replace(KB, poles={"quality": (("fine", "good"), ("not fine", "bad"))})


def test_modality_pole_values_read_each_scale_and_its_negation():
    assert pole_values("The audit was voluntary.", KB) == {"obligation": (1, "voluntary")}
    assert pole_values("The audit was Mandatory.", KB) == {"obligation": (-1, "Mandatory")}
    assert pole_values("The audit was not voluntary.", KB) == {"obligation": (-1, "not voluntary")}
    assert pole_values("Not voluntary, the audit said.", KB) == {"obligation": (-1, "not voluntary")}
    assert pole_values("The audit was not really optional.", KB) == {"obligation": (-1, "not really optional")}
    # a negator more than a word away does not reach the pole word
    assert pole_values("The audit was not in any sense voluntary.", KB) == {"obligation": (1, "voluntary")}
    assert pole_values("The audit was lawful and voluntary.", KB) == {"legality": (1, "lawful"), "obligation": (1, "voluntary")}
    assert pole_values("The audit was held on Monday.", KB) == {}


def test_modality_both_poles_in_one_text_take_no_stance():
    assert pole_values("The audit was voluntary, then mandatory.", KB) == {}
    assert pole_values("The audit was voluntary and optional.", KB) == {"obligation": (1, "voluntary")}


def test_modality_a_negated_pole_word_is_its_own_entry_and_each_knowledge_has_its_own_words():
    assert pole_values("It was not fine.", _FINE) == {"quality": (-1, "not fine")}
    assert pole_values("It was fine.", _FINE) == {"quality": (1, "fine")}
    assert pole_values("It was voluntary.", _FINE) == {}
    assert pole_values("It was voluntary.", KB) == {"obligation": (1, "voluntary")}
    assert pole_values("It was bad.", _FINE) == {"quality": (-1, "bad")}


def test_modality_opposite_poles_with_the_full_verdict():
    a = claim("Harlow's safety audit was voluntary, the company said.", "a")
    b = claim("The regulator said Harlow's safety audit was not optional.", "b")
    assert compare_poles(a, b, KB) == Verdict("CC203", "contradiction", 0.55, "polarity", (("voluntary",), ("not optional",)),
                                              "on obligation, 'voluntary' and 'not optional' are opposite poles")
    h = compare_poles(dataclasses.replace(a, modality="hedged"), dataclasses.replace(b, modality="opinion"), KB)
    assert h is not None and h.confidence == 0.351  # 0.55 x 0.6375 = 0.350625


def test_modality_same_pole_other_scale_or_other_action_stay_quiet():
    a = claim("The audit was voluntary.", "a")
    assert compare_poles(a, claim("The audit was not mandatory.", "b"), KB) is None
    assert compare_poles(a, claim("The audit was lawful.", "b"), KB) is None
    assert compare_poles(claim("The audit was voluntary.", "a", frames=("restrict",)),
                         claim("The audit was mandatory.", "b", frames=("launch",)), KB) is None
    # a frame on one side only is allowed
    assert compare_poles(claim("The audit was voluntary.", "a", frames=("restrict",)), claim("The audit was mandatory.", "b"), KB) is not None


def test_modality_first_scale_in_alphabetical_order_decides():
    a = claim("The ban was voluntary and lawful.", "a")
    b = claim("The ban was mandatory and unlawful.", "b")
    v = compare_poles(a, b, KB)
    assert v is not None and v.reason.startswith("on legality,")
    c = claim("The ban was voluntary and unlawful.", "b")
    w = compare_poles(a, c, KB)
    assert w is not None and w.values == (("lawful",), ("unlawful",))
    d = claim("The ban was mandatory and lawful.", "b")
    x = compare_poles(a, d, KB)
    assert x is not None and x.values == (("voluntary",), ("mandatory",))


# ---------------------------------------------------------------- rules/common.py


def test_common_frames_agree_light_frames_missing_frames_and_opposites():
    a = claim("x", "a", frames=("restrict", "announce"))
    assert frames_agree(a, claim("y", "b", frames=("restrict",)), KB)
    assert not frames_agree(a, claim("y", "b", frames=("announce",)), KB)
    assert not frames_agree(a, claim("y", "b"), KB)
    assert frames_agree(a, claim("y", "b"), KB, allow_missing=True)
    assert frames_agree(claim("y", "b"), a, KB, allow_missing=True)
    assert not frames_agree(claim("y", "b", frames=("launch",)), a, KB, allow_missing=True)
    grant = claim("y", "b", frames=("grant",))
    assert not frames_agree(a, grant, KB)
    assert frames_agree(a, grant, KB, opposites=True)
    assert not frames_agree(a, claim("y", "b", frames=("launch",)), KB, opposites=True)


def test_common_modality_factor_multiplies_per_side():
    def f(x: str, y: str) -> float:
        return modality_factor(claim("x", "a", modality=x), claim("y", "b", modality=y))

    assert f("fact", "fact") == 1.0
    assert f("hedged", "fact") == 0.75 and f("fact", "prediction") == 0.75
    assert f("opinion", "fact") == 0.85
    assert f("hedged", "prediction") == 0.75 * 0.75
    assert f("opinion", "opinion") == 0.85 * 0.85
    assert f("hedged", "opinion") == 0.75 * 0.85


def test_common_content_overlap_ignores_case_negation_and_dropped_words():
    assert content_overlap("The Council approved the plan", "the council did not approve the plan") < 100
    assert content_overlap("The Council approved the plan", "the council never approved the plan") == 100
    assert content_overlap("The vote was voluntary", "The vote was mandatory") < 90
    assert content_overlap("The vote was voluntary", "The vote was mandatory", drop={"voluntary", "mandatory"}) == 100
    assert content_overlap("rock-hard", "rock hard") < 100
    assert content_overlap("Alpha beta", "gamma delta") < 50


def test_modality_the_negator_is_read_within_twenty_characters_before_the_pole_word():
    # "not " + a 16-letter word + " " is 21 characters: out of reach
    assert pole_values("It was not incomprehensibly voluntary.", KB) == {"obligation": (1, "voluntary")}
    assert pole_values("It was not unquestionably voluntary.", KB) == {"obligation": (-1, "not unquestionably voluntary")}


def test_modality_a_pole_phrase_that_is_itself_negative_is_not_flipped_again():
    # "never not fine": "fine" is negated by "never not"; the phrase "not fine" is negative already
    assert pole_values("It was never not fine.", _FINE) == {"quality": (-1, "never not fine")}


def test_modality_a_pole_word_describing_a_noun_is_not_the_claims():
    text = "They risk bypassing the safety infrastructure required to prevent a catastrophic failure."
    at = text.index("required")
    assert pole_values(text, KB)["obligation"][0] == -1  # the text alone cannot tell
    # NOTE: with the parse, a participle modifying a noun (acl) or a relative clause characterises that noun
    for dep in ("acl", "relcl"):
        toks = (Token("required", "require", "VERB", dep, 0, "", at),)
        assert "obligation" not in pole_values(text, KB, toks)
    main = (Token("required", "require", "VERB", "ROOT", 0, "", at),)
    assert pole_values(text, KB, main)["obligation"][0] == -1


@pytest.mark.parametrize(
    ("text", "poles"),
    [
        # an adjunct's pole word characterises something else than the claim's action
        ("South Sudan became a country in July after a successful independence referendum.", {}),
        ("The firm restricted access under a mandatory review.", {}),
        # the main predicate, its complement, an argument's modifier, an apposition renaming the action
        ("The bill was rejected by the Senate.", {"success": (-1, "rejected")}),
        ("The measure was not optional for the firms.", {"obligation": (-1, "not optional")}),
        ("The refusal reflects voluntary corporate policy decisions.", {"obligation": (1, "voluntary")}),
        ("Anthropic restricted access, a decision that was voluntary.", {"obligation": (1, "voluntary")}),
        # a word classifying the subject of another verb is not what the claim says ("his legal advisers concluded")
        ("Kempthorne said his legal advisers concluded that the rule was unworkable.", {}),
        ("The voluntary restriction was a recognition of the risk.", {"obligation": (1, "voluntary")}),
        # a kind that "no" says does not exist is no act done or undone ("no approved medicine" is no refusal)
        ("Until now there has been no approved medicine for the disease.", {}),
        ("There is no successful treatment for the disease.", {}),
        ("The treatment was not successful.", {"success": (-1, "not successful")}),
        # a subject that denies the act of all, or a "not" several auxiliaries before the word, negates it
        ("No homes lost.", {"success": (1, "no homes lost")}),
        ("No homes have been lost.", {"success": (1, "lost")}),
        ("Nobody has been lost.", {"success": (1, "lost")}),
        ("The drug has not yet been approved.", {"success": (-1, "approved")}),
        ("The drug has been approved.", {"success": (1, "approved")}),
    ],
)
def test_modality_only_a_pole_word_of_the_main_action_counts(real_parser, text, poles):
    from checker.normalize import normalize_texts

    (c,) = normalize_texts([text], parser=real_parser)
    assert {scale: (sign, words) for scale, sign, words, _ in c.slots.poles} == poles


def test_modality_a_parsed_claim_is_compared_by_its_stored_poles():
    a = claim("The pause was voluntary", "a", frames=("pause",), poles=(("obligation", 1, "voluntary", ()),))
    b = claim("The pause was forced by the regulator", "b", frames=("pause",), poles=(("obligation", -1, "forced", ()),))
    assert compare_poles(a, b, KB) is not None
    # NOTE: stored poles win over the text: a parse that found the pole word only on a noun leaves none
    c = dataclasses.replace(b, slots=dataclasses.replace(b.slots, poles=()))
    assert compare_poles(a, c, KB) is None


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("Summit and director Catherine Hardwicke failed to reach a deal.", ("catherine", "hardwicke")),
        ('"About a Boy," from the Nick Hornby novel, won Weitz an Oscar nomination.', ("boy",)),
        ("The U.S. government compelled Anthropic to restrict access.", ("us",)),
        ("The decision by Anthropic was voluntary.", ("anthropic",)),
        # no named subject, or the word describes a noun: nothing is known of the holder
        ("The decision was voluntary.", ()),
        ("It was voluntary.", ()),
        ("The refusal reflects voluntary corporate policy decisions.", ()),
    ],
)
def test_modality_a_pole_word_is_held_by_its_clauses_named_subject(real_parser, text, holders):
    from checker.normalize import normalize_texts

    (c,) = normalize_texts([text], parser=real_parser)
    ((_, _, _, found),) = c.slots.poles
    assert found == holders


def test_modality_poles_of_differently_named_subjects_are_different_acts():
    def held(text: str, sign: int, word: str, holders: tuple[str, ...], cid: str):
        return claim(text, cid, frames=("hire",), poles=(("success", sign, word, holders),))

    a = held("Hardwicke failed to reach a deal", -1, "failed", ("hardwicke",), "a")
    b = held("About a Boy won a nomination", 1, "won", ("about", "boy"), "b")
    assert compare_poles(a, b, KB) is None
    # one shared name, or one side with no named holder, is the same act as far as anyone can tell
    assert compare_poles(a, held("Hardwicke and Summit won a deal", 1, "won", ("hardwicke", "summit"), "b"), KB) is not None
    assert compare_poles(a, held("The talks succeeded", 1, "won", (), "b"), KB) is not None


def test_modality_a_scale_of_other_holders_leaves_the_next_scale_to_compare():
    a = claim("Hardwicke failed to reach a legal deal", "a", frames=("hire",),
              poles=(("legality", 1, "legal", ()), ("success", -1, "failed", ("hardwicke",))))
    b = claim("The film won an illegal deal", "b", frames=("hire",),
              poles=(("legality", -1, "illegal", ()), ("success", 1, "won", ("film",))))
    v = compare_poles(a, b, KB)
    assert v is not None and v.values == (("legal",), ("illegal",))
    # scales are read in order: with the other holders' scale first, the legality scale still counts
    a2 = dataclasses.replace(a, slots=dataclasses.replace(a.slots, poles=(("alpha", -1, "failed", ("hardwicke",)),) + a.slots.poles[:1]))
    b2 = dataclasses.replace(b, slots=dataclasses.replace(b.slots, poles=(("alpha", 1, "won", ("film",)),) + b.slots.poles[:1]))
    v2 = compare_poles(a2, b2, KB)
    assert v2 is not None and v2.values == (("legal",), ("illegal",))


def test_modality_opposite_poles_at_two_times_are_two_occurrences():
    from .handmade import date

    def vote(sid: str, text: str, sign: int, word: str, when: str):
        d = date(when, f"{when}-01-01", f"{when}-12-31", "year", event="pass")
        return claim(text, sid, frames=("pass",), poles=(("success", sign, word, ()),), dates=(d,))

    passed = vote("a", "The Senate passed the bill in 2024.", 1, "passed", "2024")
    failed = vote("b", "The bill failed in the Senate in 2023.", -1, "failed", "2023")
    assert compare_poles(passed, failed, KB) is None
    # ... and the dates of two votes are no conflict either (CC102)
    from checker.rules.dates import compare_dates

    assert compare_dates(passed, failed, KB) is None
    assert compare_dates(passed, vote("b", "The bill passed in the Senate in 2023.", 1, "passed", "2023"), KB) is not None
    # one time, or a time on one side only: one vote
    again = vote("b", "The bill failed in the Senate in 2024.", -1, "failed", "2024")
    assert compare_poles(passed, again, KB) is not None
    undated = dataclasses.replace(failed, slots=dataclasses.replace(failed.slots, dates=()))
    assert compare_poles(passed, undated, KB) is not None


def test_modality_antonyms_said_of_one_holder_contradict():
    a = claim("We offer flexible payment options.", "a", contraries=(("flexible", "option", False, "="),))
    b = claim("We offer inflexible payment options.", "b", contraries=(("inflexible", "option", False, "="),))
    assert compare_poles(a, b, KB) == Verdict("CC203", "contradiction", 0.55, "polarity", (("flexible",), ("inflexible",)),
                                              "'flexible' and 'inflexible' are antonyms, said of one option")
    assert compare_poles(b, a, KB).values == (("inflexible",), ("flexible",))


def test_modality_antonyms_of_other_holders_other_polarity_or_both_sides_stay_quiet():
    a = claim("We offer flexible payment options.", "a", contraries=(("flexible", "option", False, "="),))
    other = claim("The schedule is inflexible.", "b", contraries=(("inflexible", "schedule", False, "="),))
    assert compare_poles(a, other, KB) is None
    denied = claim("The options are not inflexible.", "b", contraries=(("inflexible", "option", True, "="),))
    assert compare_poles(a, denied, KB) is None  # NOTE: "not inflexible" says what "flexible" does
    both = claim("We offer flexible and inflexible options.", "b",
                 contraries=(("flexible", "option", False, "="), ("inflexible", "option", False, "=")))
    assert compare_poles(a, both, KB) is None
    unrelated = claim("We offer cheap payment options.", "b", contraries=(("cheap", "option", False, "="),))
    assert compare_poles(a, unrelated, KB) is None
    negated = claim("The agent suggests inflexible payment options.", "b", negated=True,
                    contraries=(("inflexible", "option", False, "="),))
    assert compare_poles(a, negated, KB) is None


def test_modality_antonyms_of_one_holder_at_times_that_cannot_meet_stay_quiet():
    from .handmade import date
    a = claim("Sales increased in 2019.", "a", contraries=(("increase", "sale", False, ""),), dates=(date("2019", "2019-01-01", "2019-12-31", "year"),))
    b = claim("Sales decreased in 2021.", "b", contraries=(("decrease", "sale", False, ""),), dates=(date("2021", "2021-01-01", "2021-12-31", "year"),))
    assert compare_poles(a, b, KB) is None
    b2 = claim("Sales decreased in 2019.", "b", contraries=(("decrease", "sale", False, ""),), dates=(date("2019", "2019-01-01", "2019-12-31", "year"),))
    assert compare_poles(a, b2, KB) is not None


def test_modality_a_quality_of_one_holder_needs_one_statement_and_an_act_one_agent():
    # NOTE: an adjective picks out one of a kind unless the rest is said alike ("last season" / "his first season")
    a = claim("The team reached the final last season.", "a", contraries=(("last", "season", False, "="),))
    b = claim("In his first season as head coach, Cheeks guided the team to a winning record.", "b",
              contraries=(("first", "season", False, "="),))
    assert compare_poles(a, b, KB) is None
    b_same = claim("The team reached the final first season.", "b", contraries=(("first", "season", False, "="),))
    assert compare_poles(a, b_same, KB) is not None
    # NOTE: an act of one holder needs no alike wording, but two named agents are two sides of it
    up = claim("In addition to increasing the common dividend, we intend to buy back shares.", "a",
               contraries=(("increase", "dividend", False, "we"),))
    down = claim("The company is decreasing its dividend and implementing a framework for shareholders.", "b",
                 contraries=(("decrease", "dividend", False, "company"),))
    assert compare_poles(up, down, KB) is None
    down_unknown = claim("The company is decreasing its dividend and implementing a framework for shareholders.", "b",
                         contraries=(("decrease", "dividend", False, ""),))
    assert compare_poles(up, down_unknown, KB).values == (("increase",), ("decrease",))
    raised = claim("Brenlow increased the fare.", "a", contraries=(("increase", "fare", False, "brenlow"),))
    cut = claim("Kestrel decreased the fare.", "b", contraries=(("decrease", "fare", False, "kestrel"),))
    assert compare_poles(raised, cut, KB) is None
    cut_too = claim("Brenlow decreased the fare.", "b", contraries=(("decrease", "fare", False, "brenlow"),))
    assert compare_poles(raised, cut_too, KB) is not None


def test_modality_a_quality_said_in_a_short_claim_inside_a_long_one_is_no_one_statement():
    # NOTE: the token-set ratio of a short claim whose words all occur in a long one is 100; the cover keeps it apart
    a = claim("We offer inflexible options.", "a", contraries=(("inflexible", "option", False, "="),))
    b = claim("We offer flexible options to every customer who calls the office before the spring deadline for renewals.",
              "b", contraries=(("flexible", "option", False, "="),))
    assert compare_poles(a, b, KB) is None
    b_short = claim("We offer flexible options to every customer.", "b", contraries=(("flexible", "option", False, "="),))
    assert compare_poles(a, b_short, KB) is not None


def test_modality_verbs_of_two_outcomes_said_of_one_holder_conflict():
    # WordNet's verbs of one act's two outcomes (`checker.knowledge.verb_antonyms`), with the parse dropped
    a = claim("Moss was acquitted on Tuesday.", contraries=(("acquit", "moss", False, ""),))
    b = claim("A Varna jury convicted Moss.", "b", contraries=(("convict", "moss", False, "jury"),))
    v = compare_poles(a, b, KB)
    assert isinstance(v, Verdict) and v.code == "CC203" and v.values == (("acquit",), ("convict",))


def test_modality_verdicts_on_two_charges_are_two_questions():
    a = claim("Moss was acquitted of murder.", contraries=(("acquit", "moss|murder", False, ""),))
    b = claim("Moss was convicted of manslaughter.", "b", contraries=(("convict", "moss|manslaughter", False, ""),))
    assert compare_poles(a, b, KB) is None
    c = claim("Moss was convicted of murder.", "b", contraries=(("convict", "moss|murder", False, ""),))
    v = compare_poles(a, c, KB)
    assert v is not None and "said of one moss" in v.reason


def test_modality_a_claim_telling_both_verdicts_takes_no_side():
    a = claim("Moss was acquitted of murder but convicted of theft.",
              contraries=(("acquit", "moss|murder", False, ""), ("convict", "moss|theft", False, "")))
    b = claim("Moss was convicted.", "b", contraries=(("convict", "moss", False, ""),))
    assert compare_poles(a, b, KB) is None


def test_contraries_of_one_head_noun_said_of_two_things_are_no_contradiction():
    from checker.rules.modality import contrary_words

    up = claim("Manufacturing output rose.", "a", contraries=(("rise", "output", False, ""),), sides=(("manufacturing", "output"), ()))
    down = claim("Services output fell.", "b", contraries=(("fall", "output", False, ""),), sides=(("service", "output"), ()))
    assert contrary_words(up, down, KB) is None
    same = claim("Manufacturing output fell.", "b", contraries=(("fall", "output", False, ""),), sides=(("manufacturing", "output"), ()))
    assert contrary_words(up, same, KB) == ("output", "rise", "fall")


def test_modality_antonyms_of_one_holder_are_found_after_a_word_said_of_another():
    a = claim("We offer flexible payment options.", "a", contraries=(("flexible", "option", False, "="),))
    b = claim("The schedule is tight and we offer inflexible payment options.", "b",
              contraries=(("tight", "schedule", False, "="), ("inflexible", "option", False, "=")))
    v = compare_poles(a, b, KB)
    assert v is not None and v.values == (("flexible",), ("inflexible",))


def test_modality_changes_measured_over_two_spans_are_two_changes():
    from checker.rules.common import change_periods, other_periods

    assert change_periods("The typical sale price fell by less than half a percent from the previous month.") == {"month"}
    assert change_periods("Prices rose fastest in the north (up 5.2 percent over the year).") == {"year"}
    assert change_periods("Sales rose 3% year-on-year, a monthly rise of 1%.") == {"year", "month"}
    assert change_periods("Exports fell in May.") == frozenset()
    month, year = claim("Prices fell from the previous month.", "a"), claim("Prices rose over the year.", "b")
    assert other_periods(month, year) and not other_periods(year, claim("Prices fell over the year.", "c"))
    assert not other_periods(month, claim("Prices rose.", "d"))  # NOTE: a change of no span may be of either


def test_modality_an_act_foretold_against_an_opposite_act_dated_as_fact_is_two_times():
    # "Brennick to close Oakvale plant" / "The Oakvale plant opened in 1974": a closing to come, an opening then
    from .handmade import date

    close = claim("Brennick to close Oakvale appliance plant.", "a", modality="prediction",
                  contraries=(("close", "plant", False, "brennick"),))
    opened = claim("The Oakvale plant opened in 1974.", "b", contraries=(("open", "plant", False, ""),),
                   dates=(date("1974", "1974-01-01", "1974-12-31", "year", event="open", holder="plant"),))
    assert compare_poles(close, opened, KB) is None and compare_poles(opened, close, KB) is None
    # undated, or both foretold, the two acts may be one time's
    undated = dataclasses.replace(opened, slots=dataclasses.replace(opened.slots, dates=()))
    assert compare_poles(close, undated, KB) is not None
    stays = claim("The Oakvale plant will stay open.", "b", modality="prediction", contraries=(("open", "plant", False, ""),))
    assert compare_poles(close, stays, KB) is not None


def test_modality_one_act_denied_in_two_wordings_takes_one_pole(real_parser):
    # NOTE: "No homes lost." / "No homes have been lost.": both deny the loss; the second's "No" stands three words before
    from checker.normalize import normalize_texts

    a, b = normalize_texts(["No homes lost.", "No homes have been lost."], parser=real_parser)
    assert compare_poles(a, b, KB) is None
    (lost,) = normalize_texts(["Four homes have been lost."], parser=real_parser)
    assert compare_poles(b, lost, KB) is not None
