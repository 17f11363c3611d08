"""Holders named in other words (`checker.rules.common.common_holders`): WordNet's kin nouns serve dates and quantities."""

from __future__ import annotations

from checker.rules.common import common_holders
from checker.rules.dates import compare_dates
from checker.rules.numbers import describes_other, names_noun, names_word

from .handmade import KB, claim, date, ent, qty

_MAR3 = date("March 3, 2021", "2021-03-03", precision="day", event="hire", holder="treaty")
_MAR5 = date("March 5, 2021", "2021-03-05", precision="day", event="hire", holder="agreement")


def test_holders_kin_common_nouns_are_one_holder_names_are_not():
    a = claim("The treaty was signed on March 3, 2021.")
    b = claim("The agreement was signed on March 5, 2021.", "b")
    assert common_holders("treaty", a, "agreement", b)
    assert not common_holders("treaty", a, "treaty", b)  # NOTE: the same words are no holders "in other words"
    # NOTE: a name's last word is no common noun: "Michael Grant" holds nothing an award or a grant does
    named = claim("Michael Grant was signed on March 5, 2021.", "b", actors=(ent("michael grant", "Michael Grant", "PERSON"),))
    assert not common_holders("treaty", a, "michael grant", named)
    capital = claim("The union began Strike on March 5.", "b")  # NOTE: written only capitalised mid-sentence: a name
    assert not common_holders("walkout", claim("The walkout began on March 3."), "strike", capital)
    assert common_holders("walkout", claim("The walkout began on March 3."), "strike", claim("Strike began on March 5.", "b"))


def test_holders_kin_a_treaty_and_the_agreement_signed_on_two_days_conflict():
    a = claim("The treaty was signed on March 3, 2021.", dates=(_MAR3,), frames=("hire",))
    b = claim("The agreement was signed on March 5, 2021.", "b", dates=(_MAR5,), frames=("hire",))
    v = compare_dates(a, b, KB)
    assert v is not None and v.values == (("March 3, 2021",), ("March 5, 2021",))


def test_holders_kin_two_agreements_each_with_its_own_modifier_stay_apart():
    import dataclasses

    a = claim("The peace treaty was signed on March 3, 2021.", dates=(dataclasses.replace(_MAR3, holder="peace treaty"),),
              frames=("hire",))
    b = claim("The trade agreement was signed on March 5, 2021.", "b",
              dates=(dataclasses.replace(_MAR5, holder="trade agreement"),), frames=("hire",))
    assert compare_dates(a, b, KB) is None


def test_holders_kin_a_claim_names_a_noun_by_its_kin():
    walkout = claim("The walkout was scheduled to last five days.", lemmas=("day", "five", "last", "schedule", "walkout"))
    assert names_noun(walkout, "strike")
    assert not names_word(walkout, "strike")  # NOTE: a modifier's word is named only as written
    assert not names_noun(walkout, "election")
    strike = qty(3, "day", "three-day", event="attack", holder="strike")
    days = qty(5, "day", "five days", event="last", holder="walkout")
    a = claim("Workers staged a three-day strike.", quantities=(strike,), lemmas=("day", "stage", "strike", "three", "worker"))
    # NOTE: "a three-day strike" measures the strike, which the other claim names as "the walkout"
    assert not describes_other(strike, a, days, walkout)
    vote = claim("The vote was scheduled to last five days.", "b", lemmas=("day", "five", "last", "schedule", "vote"))
    assert describes_other(strike, a, days, vote)


def test_holders_kin_two_modifiers_of_kin_nouns():
    from checker.rules.numbers import _different_holders, differently_modified

    # NOTE: "a three-day strike" and "a five-day walkout" measure one stoppage: one question
    x = qty(3, "day", "three-day", event="attack", holder="strike")
    y = qty(5, "day", "five-day", event="attack", holder="walkout")
    assert not _different_holders(x, y, KB)
    assert _different_holders(x, qty(5, "day", "five-day", event="vote", holder="vote"), KB)
    # NOTE: kin heads each said of its own kind ("the peace treaty" / "the trade agreement") are two things
    a = claim("The peace treaty took 30 days to sign.")
    b = claim("The trade agreement took 45 days to sign.", "b")
    p = qty(30, "day", "30 days", event="take", holder="peace treaty")
    t = qty(45, "day", "45 days", event="take", holder="trade agreement")
    assert differently_modified(p, a, t, b)
    assert not differently_modified(p, a, qty(45, "day", "45 days", event="take", holder="agreement"),
                                    claim("The agreement took 45 days to sign.", "b"))


def test_holders_kin_a_phrase_is_named_only_as_written():
    # NOTE: "as assistant coach" is not named by a claim of "head coach": the phrase's head alone is no kin of it
    head = claim("Vodan was fired after four seasons as head coach.", lemmas=("coach", "fire", "four", "head", "season", "vodan"))
    assert not names_noun(head, "as assistant coach")
    assert names_noun(head, "coach")


def test_holders_kin_what_an_act_moved_and_what_a_holder_has_are_two_counts():
    from checker.rules.numbers import compare_quantities, flow_against_stock

    hired = qty(500, "worker", "500 workers", event="hire", holder="ferrowind")
    has = qty(12000, "worker", "12,000 workers", event="employ", holder="ferrowind")
    assert flow_against_stock(hired, has, KB) and flow_against_stock(has, hired, KB)
    assert not flow_against_stock(hired, qty(700, "worker", "700 workers", event="hire"), KB)  # NOTE: one act: one question
    # NOTE: a level reached is no flow ("cases rose to 61" / "there are 62 cases"), nor is money or a measure
    assert not flow_against_stock(qty(61, "case", "61", event="increase"), qty(62, "case", "62 cases", event="be"), KB)
    assert not flow_against_stock(qty(5, "usd", "$5 million", event="sell"), qty(9, "usd", "$9 million", event="have"), KB)
    a = claim("Ferrowind hired 500 workers last year.", quantities=(hired,))
    b = claim("Ferrowind employs 12,000 workers.", "b", quantities=(has,))
    assert compare_quantities(a, b, KB) is None
    c = claim("Ferrowind hired 700 workers last year.", "b", quantities=(qty(700, "worker", "700 workers", event="hire", holder="ferrowind"),))
    v = compare_quantities(a, c, KB)
    assert v is not None and v.values == (("500 workers",), ("700 workers",))
