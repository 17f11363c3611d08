"""CC101 products, CC104 target scope and CC105 entity answers on hand-built claims."""

from __future__ import annotations

import dataclasses

import pytest

from checker.models import Mention, Token, Verdict
from checker.rules.common import one_name
from checker.normalize.answers import same_venue, title_span
from checker.rules.entities import (compare_entity_answers, compare_products, compare_targets, scope_summary,
                                    target_relation)

from .handmade import KB, claim, date, ent

_KB = dataclasses.replace(KB, part_of={**KB.part_of, "lyon": "france"}, home="us")


def _prod(*names: str) -> tuple[Mention, ...]:
    return tuple(ent(n.lower(), n, "PRODUCT") for n in names)


def _grp(key: str, text: str) -> Mention:
    return ent(key, text, "GROUP")


# ---------------------------------------------------------------- CC101


def test_products_disjoint_names_of_one_action_conflict_with_the_full_verdict():
    a = claim("The ministry banned Kestrel 2.", "a", products=_prod("Kestrel 2"), frames=("restrict",))
    b = claim("The ministry banned Falcon 9 and Falcon 10.", "b", products=_prod("Falcon 9", "Falcon 10"), frames=("restrict",))
    v = compare_products(a, b, KB)
    assert v == Verdict("CC101", "contradiction", 0.8, "product", (("Kestrel 2",), ("Falcon 9", "Falcon 10")),
                        "the same event is said to concern Kestrel 2 in one source and Falcon 9, Falcon 10 in the other; "
                        "no product is named by both")


def test_products_confidence_is_discounted_for_hedges_to_three_decimals():
    a = claim("x", "a", products=_prod("Kestrel 2"), frames=("restrict",), modality="prediction")
    b = claim("y", "b", products=_prod("Falcon 9"), frames=("restrict",), modality="opinion")
    v = compare_products(a, b, KB)
    assert v is not None and v.confidence == 0.51  # 0.8 x 0.75 x 0.85 = 0.51


def test_products_need_names_on_both_sides_and_one_shared_action():
    k, f = _prod("Kestrel 2"), _prod("Falcon 9")
    assert compare_products(claim("x", "a", products=k, frames=("restrict",)), claim("y", "b", frames=("restrict",)), KB) is None
    assert compare_products(claim("x", "a", frames=("restrict",)), claim("y", "b", products=f, frames=("restrict",)), KB) is None
    assert compare_products(claim("x", "a", products=k, frames=("restrict",)),
                            claim("y", "b", products=f, frames=("launch",)), KB) is None
    assert compare_products(claim("x", "a", products=k), claim("y", "b", products=f), KB) is None


def test_products_one_shared_product_is_enough_to_agree():
    a = claim("x", "a", products=_prod("Orion 3", "Kestrel 2"), frames=("launch",))
    b = claim("y", "b", products=_prod("Falcon 9", "Orion 3"), frames=("launch",))
    assert compare_products(a, b, KB) is None


# ---------------------------------------------------------------- CC104


def test_target_relation_scopes_and_groups():
    chinese = _grp("china|nationals", "Chinese nationals")
    foreign = _grp("foreign|nationals", "all foreign nationals")
    everyone = _grp("*|*", "everyone")
    russian = _grp("russia|nationals", "Russian nationals")
    inst = _grp("china|institutions", "Chinese institutions")
    labs = _grp("china|labs", "Chinese labs")
    assert target_relation(chinese, chinese, _KB) == "same"
    assert target_relation(chinese, foreign, _KB) == "narrower"
    assert target_relation(foreign, chinese, _KB) == "wider"
    assert target_relation(chinese, everyone, _KB) == "narrower"
    assert target_relation(everyone, russian, _KB) == "wider"
    assert target_relation(chinese, russian, _KB) == "different"
    # same scope, different groups: neither contains the other unless one group is generic
    assert target_relation(inst, labs, _KB) == "different"
    assert target_relation(labs, inst, _KB) == "different"
    assert target_relation(inst, chinese, _KB) == "narrower"
    assert target_relation(chinese, inst, _KB) == "wider"
    assert target_relation(inst, _grp("russia|nationals", "Russian nationals"), _KB) == "different"


def test_target_relation_foreign_excludes_home_domestic_and_everyone():
    foreign = _grp("foreign|nationals", "foreign nationals")
    assert target_relation(_grp("us|nationals", "US nationals"), foreign, _KB) == "different"
    assert target_relation(_grp("domestic|nationals", "domestic nationals"), foreign, _KB) == "different"
    assert target_relation(_grp("*|nationals", "all nationals"), foreign, _KB) == "wider"
    assert target_relation(foreign, foreign, _KB) == "same"
    # part-of: a city is inside its country
    assert target_relation(_grp("lyon|nationals", "Lyon residents"), _grp("france|nationals", "French nationals"), _KB) == "narrower"
    assert target_relation(_grp("france|nationals", "French nationals"), _grp("lyon|nationals", "Lyon residents"), _KB) == "wider"


def _tclaim(sid: str, *targets: Mention, **kw):
    kw.setdefault("frames", ("restrict",))
    return claim("Lumora restricted access.", sid, targets=targets, **kw)


def test_targets_narrower_wider_and_disjoint_scopes_with_their_verdicts():
    chinese = _grp("china|nationals", "Chinese nationals")
    foreign = _grp("foreign|nationals", "all foreign nationals")
    russian = _grp("russia|nationals", "Russian nationals")
    v = compare_targets(_tclaim("a", chinese), _tclaim("b", foreign), _KB)
    assert v == Verdict("CC104", "scope-difference", 0.7, "target", (("Chinese nationals",), ("all foreign nationals",)),
                        "'Chinese nationals' is a strict subset of 'all foreign nationals': the sources disagree on how "
                        "wide the action was")
    w = compare_targets(_tclaim("a", foreign), _tclaim("b", chinese), _KB)
    assert w == Verdict("CC104", "scope-difference", 0.7, "target", (("all foreign nationals",), ("Chinese nationals",)),
                        "'Chinese nationals' is a strict subset of 'all foreign nationals': the sources disagree on how "
                        "wide the action was")
    d = compare_targets(_tclaim("a", chinese), _tclaim("b", russian), _KB)
    assert d == Verdict("CC104", "scope-difference", 0.55, "target", (("Chinese nationals",), ("Russian nationals",)),
                        "'Chinese nationals' and 'Russian nationals' are different groups")


def test_targets_a_nested_pair_is_preferred_over_a_disjoint_one_and_same_wins():
    chinese = _grp("china|nationals", "Chinese nationals")
    russian = _grp("russia|nationals", "Russian nationals")
    foreign = _grp("foreign|nationals", "all foreign nationals")
    v = compare_targets(_tclaim("a", russian, chinese), _tclaim("b", _grp("iran|nationals", "Iranian nationals"), foreign), _KB)
    assert v is not None and v.confidence == 0.7 and "'Russian nationals' is a strict subset of 'all foreign nationals'" in v.reason
    assert compare_targets(_tclaim("a", russian, chinese), _tclaim("b", foreign, chinese), _KB) is None


def test_targets_confidence_is_discounted_for_hedges_to_three_decimals():
    chinese = _grp("china|nationals", "Chinese nationals")
    russian = _grp("russia|nationals", "Russian nationals")
    foreign = _grp("foreign|nationals", "all foreign nationals")
    d = compare_targets(_tclaim("a", chinese, modality="hedged"), _tclaim("b", russian, modality="opinion"), _KB)
    assert d is not None and d.confidence == 0.351  # 0.55 x 0.75 x 0.85 = 0.350625
    n = compare_targets(_tclaim("a", chinese, modality="hedged"), _tclaim("b", foreign, modality="opinion"), _KB)
    assert n is not None and n.confidence == 0.446  # 0.7 x 0.6375 = 0.44625


def test_targets_need_targets_on_both_sides_and_one_shared_action():
    chinese = _grp("china|nationals", "Chinese nationals")
    russian = _grp("russia|nationals", "Russian nationals")
    assert compare_targets(_tclaim("a", chinese), _tclaim("b"), _KB) is None
    assert compare_targets(_tclaim("a"), _tclaim("b", russian), _KB) is None
    assert compare_targets(_tclaim("a", chinese), _tclaim("b", russian, frames=("launch",)), _KB) is None


def test_scope_summary_names_the_narrowest_and_the_widest_of_three_or_more():
    inst = _grp("china|institutions", "Chinese institutions")
    chinese = _grp("china|nationals", "Chinese nationals")
    foreign = _grp("foreign|nationals", "all foreign nationals")
    everyone = _grp("*|*", "everyone")
    assert scope_summary([chinese, foreign], _KB) is None
    assert scope_summary([chinese, foreign, chinese], _KB) is None  # two distinct scopes
    got = scope_summary([foreign, chinese, everyone], _KB)
    assert got == ("3 different scopes, from 'Chinese nationals' (narrowest) to 'everyone' (widest): "
                   "the sources disagree on how wide the action was")
    # ties on containment break towards the scope that is inside fewer others (widest) / contains fewer (narrowest)
    tie = scope_summary([inst, everyone, foreign], _KB)
    assert tie is not None and "from 'Chinese institutions' (narrowest)" in tie and "to 'everyone' (widest)" in tie
    # three disjoint scopes have no widest
    assert scope_summary([chinese, _grp("russia|nationals", "R"), _grp("iran|nationals", "I")], _KB) is None


# ---------------------------------------------------------------- CC105


def _who(sid: str, text: str, name: str, label: str = "PERSON", **kw):
    return claim(text, sid, actors=(ent(name.lower(), name, label),), **kw)


def test_entity_answers_two_names_for_one_statement_with_the_full_verdict():
    a = _who("a", "The phrase was coined by Ada Lovelace.", "Ada Lovelace")
    b = _who("b", "The phrase was coined by Charles Babbage.", "Charles Babbage")
    v = compare_entity_answers(a, b, KB)
    assert v == Verdict("CC105", "contradiction", 0.6, "entity", (("Ada Lovelace",), ("Charles Babbage",)),
                        "the same statement names Ada Lovelace in one source and Charles Babbage in the other "
                        "(100% of the other words shared)")


def test_entity_answers_places_and_confidence_discount():
    a = claim("The summit was hosted by Lisbon.", "a", places=(ent("lisbon", "Lisbon", "GPE"),), modality="opinion")
    b = claim("The summit was hosted by Oslo.", "b", places=(ent("oslo", "Oslo", "GPE"),), modality="opinion")
    v = compare_entity_answers(a, b, KB)
    assert v is not None and v.values == (("Lisbon",), ("Oslo",)) and v.confidence == 0.433  # 0.6 x 0.85 x 0.85
    assert compare_entity_answers(a, dataclasses.replace(b, modality="fact"), KB).confidence == 0.51  # type: ignore[union-attr]


def test_entity_answers_a_hedged_name_is_no_answer_a_predicted_one_is():
    a = claim("The summit was hosted by Lisbon.", "a", places=(ent("lisbon", "Lisbon", "GPE"),))
    b = claim("The summit was hosted by Oslo.", "b", places=(ent("oslo", "Oslo", "GPE"),))
    assert compare_entity_answers(a, b, KB) is not None
    assert compare_entity_answers(dataclasses.replace(a, modality="hedged"), b, KB) is None
    assert compare_entity_answers(a, dataclasses.replace(b, modality="hedged"), KB) is None
    v = compare_entity_answers(dataclasses.replace(a, modality="prediction"), b, KB)
    assert v is not None and v.confidence == 0.45  # 0.6 x 0.75


def test_entity_answers_stay_quiet_on_polarity_dates_labels_spellings_and_other_words():
    a = _who("a", "The phrase was coined by Ada Lovelace.", "Ada Lovelace")
    b = _who("b", "The phrase was coined by Charles Babbage.", "Charles Babbage")
    assert compare_entity_answers(a, dataclasses.replace(b, slots=dataclasses.replace(b.slots, negated=True)), KB) is None
    # dates that cannot overlap: two events
    da = dataclasses.replace(a, slots=dataclasses.replace(a.slots, dates=(date("1820", "1820-01-01", "1820-12-31", "year"),)))
    db = dataclasses.replace(b, slots=dataclasses.replace(b.slots, dates=(date("1830", "1830-01-01", "1830-12-31", "year"),)))
    assert compare_entity_answers(da, db, KB) is None
    same_year = dataclasses.replace(b, slots=dataclasses.replace(b.slots, dates=(date("1820", "1820-01-01", "1820-12-31", "year"),)))
    assert compare_entity_answers(da, same_year, KB) is not None
    # a relative date does not count
    rel = dataclasses.replace(b, slots=dataclasses.replace(b.slots, dates=(date("last year", "1830-01-01", "1830-12-31", "relative"),)))
    assert compare_entity_answers(da, rel, KB) is not None
    assert compare_entity_answers(rel, da, KB) is not None
    # different kinds of name
    assert compare_entity_answers(a, _who("b", "The phrase was coined by Charles Babbage.", "Charles Babbage", "ORG"), KB) is None
    # one name spelt two ways
    assert compare_entity_answers(a, _who("b", "The phrase was coined by Ada Lovelance.", "Ada Lovelance"), KB) is None
    # one name in full and short, the full one resolved from a pronoun ("She [Ada Lovelace] said ...")
    short = _who("a", "The phrase was coined by Ada, her notes show.", "Ada")
    resolved = _who("b", "The phrase was coined by her, her notes show.", "Ada Lovelace")
    assert compare_entity_answers(short, resolved, KB) is None
    assert compare_entity_answers(short, _who("b", "The phrase was coined by him, his notes show.", "Charles Babbage"), KB) is not None
    # the rest of the statement differs
    assert compare_entity_answers(a, _who("b", "Charles Babbage designed the engine in London.", "Charles Babbage"), KB) is None
    # labels that are no answers (a date-like or product-like mention)
    assert compare_entity_answers(_who("a", "The phrase was coined by Ada Lovelace.", "Ada Lovelace", "NORP"),
                                  _who("b", "The phrase was coined by Charles Babbage.", "Charles Babbage", "NORP"), KB) is None


def _copular(sid: str, text: str, name: str, roles: tuple, subject_first: bool, article: str = "the"):
    """A copular claim ("The capital of Tolvia is Varna" / "Bresk is the capital of Tolvia") with its parse's tells:
    a subject and an attribute of "is", the description's article."""
    if subject_first:  # NOTE: Bresk is the capital of Tolvia
        toks = (Token(name, name.lower(), "PROPN", "nsubj", 1, "GPE", 0), Token("is", "be", "AUX", "ROOT", 1, "", 6),
                Token(article, article, "DET", "det", 3, "", 9), Token("capital", "capital", "NOUN", "attr", 1, "", 13))
    else:  # NOTE: The capital of Tolvia is Varna
        toks = (Token("The", article, "DET", "det", 1, "", 0), Token("capital", "capital", "NOUN", "nsubj", 2, "", 4),
                Token("is", "be", "AUX", "ROOT", 2, "", 22), Token(name, name.lower(), "PROPN", "attr", 2, "GPE", 25))
    return claim(text, sid, places=(ent(name.lower(), name, "GPE"),), roles=roles, tokens=toks)


def test_entity_answers_either_side_of_a_copula_is_one_part():
    a = _copular("a", "The capital of Tolvia is Varna.", "Varna", (("pred", "varna"), ("agent", "capital")), False)
    b = _copular("b", "Bresk is the capital of Tolvia.", "Bresk", (("pred", "capital"), ("agent", "bresk"), ("patient", "tolvia")), True)
    v = compare_entity_answers(a, b, KB)
    assert v is not None and v.values == (("Varna",), ("Bresk",))
    # without a copula the predicate nominal is no agent: no part of one question
    plain = dataclasses.replace(a, tokens=(Token("is", "be", "AUX", "ROOT", 0, "", 0),))
    assert compare_entity_answers(plain, b, KB) is None
    # an indefinite description has many referents: "Bresk is a capital" and "Varna is a capital" may both hold
    some = _copular("b", "Bresk is a capital of Tolvia.", "Bresk", (("pred", "capital"), ("agent", "bresk"), ("patient", "tolvia")), True, "a")
    other = _copular("a", "Varna is a capital of Tolvia.", "Varna", (("pred", "capital"), ("agent", "varna"), ("patient", "tolvia")), True, "a")
    assert compare_entity_answers(other, some, KB) is None
    the = _copular("a", "Varna is the capital of Tolvia.", "Varna", (("pred", "capital"), ("agent", "varna"), ("patient", "tolvia")), True)
    assert compare_entity_answers(the, b, KB) is not None
    # a possessive makes it definite too ("Tolvia's capital")
    poss = dataclasses.replace(some, tokens=some.tokens[:2] + (Token("Tolvia's", "tolvia", "PROPN", "poss", 3, "", 9),) + some.tokens[3:])
    assert compare_entity_answers(the, poss, KB) is not None


def test_entity_answers_the_agents_of_one_act_on_one_patient_in_other_words():
    a = _who("a", "The phrase was coined by Herbert Spencer in his book Principles of Biology.", "Herbert Spencer",
             roles=(("pred", "coin"), ("agent", "spencer"), ("patient", "phrase")))
    b = _who("b", "Charles Darwin coined the phrase.", "Charles Darwin",
             roles=(("pred", "coin"), ("agent", "darwin"), ("patient", "phrase")))
    v = compare_entity_answers(a, b, KB)
    assert v is not None and v.values == (("Herbert Spencer",), ("Charles Darwin",))
    assert v.reason == "Herbert Spencer in one source and Charles Darwin in the other are each said to coin the phrase"
    # another patient, another act, or patients as the answers: no one question
    other = _who("b", "Charles Darwin coined the term.", "Charles Darwin", roles=(("pred", "coin"), ("agent", "darwin"), ("patient", "term")))
    assert compare_entity_answers(a, other, KB) is None
    used = _who("b", "Charles Darwin used the phrase.", "Charles Darwin", roles=(("pred", "use"), ("agent", "darwin"), ("patient", "phrase")))
    assert compare_entity_answers(a, used, KB) is None
    smith = _who("a", "Police arrested John Smith after the riot in Varna.", "John Smith",
                 roles=(("pred", "arrest"), ("agent", "police"), ("patient", "smith")))
    jones = _who("b", "Police arrested Mary Jones, a student.", "Mary Jones",
                 roles=(("pred", "arrest"), ("agent", "police"), ("patient", "jones")))
    assert compare_entity_answers(smith, jones, KB) is None
    # organisations and countries nest: no one question in other words
    us = claim("The United States offered the reward for his capture.", "a", actors=(ent("us", "The United States", "ORG"),),
               roles=(("pred", "offer"), ("agent", "states"), ("patient", "reward")))
    state = claim("The State Department offered the reward.", "b", actors=(ent("state department", "The State Department", "ORG"),),
                  roles=(("pred", "offer"), ("agent", "department"), ("patient", "reward")))
    assert compare_entity_answers(us, state, KB) is None


def test_products_least_versions_of_one_product_conflict_whatever_the_verb():
    py = lambda v: ent(f"python {v}", f"Python {v}", "PRODUCT")  # noqa: E731
    a = claim("Quill requires Python 3.10 or later.", "a", products=(py("3.10"),), roles=(("pred", "require"), ("agent", "quill")))
    b = claim("Quill now supports Python 3.8 and later.", "b", products=(py("3.8"),), roles=(("pred", "support"), ("agent", "quill")))
    v = compare_products(a, b, KB)
    assert v is not None and v.values == (("Python 3.10",), ("Python 3.8",))
    assert v.reason == "the least version of Python is Python 3.10 in one source and Python 3.8 in the other"
    plus = claim("Quill needs Python 3.8+.", "b", products=(py("3.8"),))
    assert compare_products(a, plus, KB) is not None  # NOTE: no subject named: one requirement still
    # NOTE: one least version, another product's, one version named without "or later", or another subject: no conflict
    same = claim("Quill needs Python 3.10+.", "b", products=(py("3.10"),), roles=(("agent", "quill"),))
    tested = claim("Quill was tested on Python 3.8 before the release.", "b", products=(py("3.8"),), roles=(("agent", "quill"),))
    other = claim("NumPy supports Python 3.8 and later.", "b", products=(py("3.8"),), roles=(("agent", "numpy"),))
    node = claim("Quill needs Node 18 or later.", "b", products=(ent("node 18", "Node 18", "PRODUCT"),), roles=(("agent", "quill"),))
    family = claim("Quill supports Python 3 and later.", "b", products=(ent("python *", "Python 3", "PRODUCT"),), roles=(("agent", "quill"),))
    assert [compare_products(a, c, KB) for c in (same, tested, other, node, family)] == [None] * 5
    assert compare_products(tested, a, KB) is None


def test_entity_answers_agents_that_swap_places_answer_one_question():
    from checker.models import Answer

    okafor, bekele = ent("daniel okafor", "Daniel Okafor", "PERSON"), ent("tadesse bekele", "Tadesse Bekele", "PERSON")

    def said(sid, text, agent, other, roles, part="agent"):
        answers = (Answer(agent, part, "", "", (), "", True, "", "", "past"), Answer(other, "", "", "", (), "", True, "", "", "past"))
        return claim(text, sid, actors=(agent, other), roles=roles, answers=answers)

    won = (("pred", "win"), ("agent", "okafor"), ("patient", "marathon"))
    a = said("a", "Daniel Okafor won the marathon, beating Tadesse Bekele.", okafor, bekele, won)
    b = said("b", "Tadesse Bekele won the marathon, holding off Daniel Okafor.", bekele, okafor,
             (("pred", "win"), ("agent", "bekele"), ("patient", "marathon")))
    v = compare_entity_answers(a, b, KB)
    assert v is not None and v.values == (("Daniel Okafor",), ("Tadesse Bekele",))
    assert v.reason == "Daniel Okafor in one source and Tadesse Bekele in the other are each said to win the marathon"
    # NOTE: one doer in both, another race, or the other named as no doer: no swap
    assert compare_entity_answers(a, said("b", "Daniel Okafor won the marathon, beating Tadesse Bekele.", okafor, bekele, won), KB) is None
    half = said("b", "Tadesse Bekele won the half marathon, holding off Daniel Okafor.", bekele, okafor,
                (("pred", "win"), ("agent", "bekele"), ("patient", "half")))
    assert compare_entity_answers(a, half, KB) is None
    patient = said("b", "Tadesse Bekele was beaten in the marathon by Daniel Okafor.", bekele, okafor,
                   (("pred", "win"), ("agent", "bekele"), ("patient", "marathon")), part="patient")
    assert compare_entity_answers(a, patient, KB) is None
    # NOTE: the other claim naming only its own doer still disagrees on who won; one doer of many things does not
    alone = claim("Daniel Okafor won the marathon.", "a", actors=(okafor,), roles=won,
                  answers=(Answer(okafor, "agent", "", "", (), "", True, "", "", "past"),))
    assert compare_entity_answers(alone, b, KB) is not None
    many = claim("Daniel Okafor won the marathon.", "a", actors=(okafor,), roles=won,
                 answers=(Answer(okafor, "agent", "", "", (), "", False, "", "", "past"),))
    assert compare_entity_answers(many, b, KB) is None
    will = said("b", "Tadesse Bekele will win the marathon, holding off Daniel Okafor.", bekele, okafor,
                (("pred", "win"), ("agent", "bekele"), ("patient", "marathon")))
    will = dataclasses.replace(will, slots=dataclasses.replace(will.slots, answers=tuple(
        dataclasses.replace(r, tense="future") for r in will.slots.answers)))
    assert compare_entity_answers(a, will, KB) is None
    bekele_alone = claim("Tadesse Bekele won the marathon.", "b", actors=(bekele,), roles=(("pred", "win"), ("agent", "bekele"), ("patient", "marathon")),
                         answers=(Answer(bekele, "agent", "", "", (), "", True, "", "", "past"),))
    assert compare_entity_answers(a, bekele_alone, KB) is not None
    # NOTE: one name written short or misspelt, or a doer of another kind, is no other doer
    short = said("b", "Okafor won the marathon, beating Tadesse Bekele.", ent("okafor", "Okafor", "PERSON"), bekele, won)
    misspelt = said("b", "Daniel Okafur won the marathon, beating Tadesse Bekele.", ent("daniel okafur", "Daniel Okafur", "PERSON"), bekele, won)
    club = said("b", "Bekele Athletics won the marathon, holding off Daniel Okafor.", ent("bekele athletics", "Bekele Athletics", "ORG"),
                okafor, (("pred", "win"), ("agent", "athletics"), ("patient", "marathon")))
    assert [compare_entity_answers(a, c, KB) for c in (short, misspelt, club)] == [None, None, None]


def test_entity_answers_a_name_the_other_claim_also_gives_is_no_answer():
    a = _who("a", "The phrase was coined by Ada Lovelace.", "Ada Lovelace")
    # the other claim names the same key
    b = claim("The phrase was coined by Charles Babbage.", "b",
              actors=(ent("charles babbage", "Charles Babbage", "PERSON"), ent("ada lovelace", "Lovelace", "PERSON")))
    assert compare_entity_answers(a, b, KB) is None
    # or a key it is part of (Lyon in France)
    c = claim("The summit was hosted by Lyon.", "a", places=(ent("lyon", "Lyon", "GPE"),))
    d = claim("The summit was hosted by Nice.", "b", places=(ent("nice", "Nice", "GPE"), ent("france", "Francia", "GPE")))
    assert compare_entity_answers(c, d, _KB) is None
    assert compare_entity_answers(c, dataclasses.replace(d, slots=dataclasses.replace(d.slots, places=d.slots.places[:1])), _KB) is not None
    # or its words, whatever the case
    e = _who("b", "The phrase was coined by Charles Babbage, not ADA LOVELACE.", "Charles Babbage")
    assert compare_entity_answers(a, e, KB) is None
    # or its key
    f = _who("b", "The phrase was coined by Charles Babbage (ada lovelace).", "Charles Babbage")
    g = claim("The phrase was coined by A. Lovelace.", "a", actors=(ent("ada lovelace", "A. Lovelace", "PERSON"),))
    assert compare_entity_answers(g, f, KB) is None


def test_products_message_joins_several_products_on_either_side():
    a = claim("x", "a", products=_prod("Kestrel 2", "Kestrel 3"), frames=("restrict",))
    b = claim("y", "b", products=_prod("Falcon 9"), frames=("restrict",))
    v = compare_products(a, b, KB)
    assert v is not None and "concern Kestrel 2, Kestrel 3 in one source and Falcon 9 in the other" in v.reason


def test_targets_a_wider_pair_after_a_disjoint_one_is_preferred():
    chinese = _grp("china|nationals", "Chinese nationals")
    russian = _grp("russia|nationals", "Russian nationals")
    foreign = _grp("foreign|nationals", "all foreign nationals")
    v = compare_targets(_tclaim("a", russian, foreign), _tclaim("b", chinese), _KB)
    assert v is not None and v.confidence == 0.7
    assert v.reason.startswith("'Chinese nationals' is a strict subset of 'all foreign nationals'")


def test_scope_summary_narrowest_is_the_one_inside_most_others():
    russian = _grp("russia|nationals", "Russian nationals")
    inst = _grp("china|institutions", "Chinese institutions")
    chinese = _grp("china|nationals", "Chinese nationals")
    foreign = _grp("foreign|nationals", "all foreign nationals")
    got = scope_summary([russian, inst, chinese, foreign], _KB)
    assert got is not None and "from 'Chinese institutions' (narrowest) to 'all foreign nationals' (widest)" in got


def _summit(sid: str, text: str, *people: Mention):
    return claim(text, sid, actors=people)


def test_entity_answers_a_name_written_in_the_other_claim_in_any_case_is_no_answer():
    lovelace = ent("ada lovelace", "Lovelace", "PERSON")
    a = _summit("a", "The famous phrase was coined in the salon by Lovelace.", lovelace)
    b = _summit("b", "The famous phrase was coined in the salon by Charles Babbage, not LOVELACE.",
                ent("charles babbage", "Charles Babbage", "PERSON"))
    assert compare_entity_answers(a, b, KB) is None
    c = _summit("b", "The famous phrase was coined in the salon by Charles Babbage, not Byron.",
                ent("charles babbage", "Charles Babbage", "PERSON"))
    v = compare_entity_answers(a, c, KB)
    assert v is not None and v.reason.endswith("(80% of the other words shared)")


def test_entity_answers_initials_with_or_without_full_stops_are_one_name():
    # ("P.J. Lovelace" named in the other claim: no answer of its own to set against "Royal")
    a = _summit("a", "The famous phrase about engines was coined in the old salon in London by PJ Lovelace.",
                ent("pj lovelace", "PJ Lovelace", "ORG"))
    b = _summit("b", "The famous phrase about engines was coined in the old Royal salon in London by P.J. Lovelace.",
                ent("p.j. lovelace", "P.J. Lovelace", "ORG"), ent("royal", "Royal", "ORG"))
    assert compare_entity_answers(a, b, KB) is None


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("IMF", "the International Monetary Fund", True),
        ("U.S.", "United States", True),
        ("BIS", "Bureau of Industry and Security", True),
        ("DoD", "Department of Defense", True),
        ("NATO", "North Atlantic Treaty Organization", True),
        ("IMF", "the World Bank", False),
        ("EU", "the European Central Bank", False),
        ("Fund", "the International Monetary Fund", True),  # a word of the full name: short by words
        ("Imf", "International Monetary Fund", False),  # one capital: a word, not an acronym
        ("I", "Ireland", False),
        # an acronym inside a longer name
        ("MVP Award", "Most Valuable Player Award", True),
        ("the NBA Finals", "the National Basketball Association Finals", True),
        ("MVP Award", "Rookie of the Year Award", False),
        ("NBA Finals", "National Hockey League Finals", False),
        ("MVP Award", "most valuable player award", False),  # no capitals: not spelled out as a name
        # words written short, word for word, one word in full both sides
        ("E. Meyer Blvd", "East Meyer Boulevard", True),
        ("Mt. Hood", "Mount Hood", True),
        ("Ft Worth", "Fort Worth", True),
        ("Jane Smith", "John Smith", False),  # letters of neither in the other: two names
        ("Mt. Hood", "Mount Rainier", False),
        ("Blvd", "Boulevard", False),  # no word in full
        ("Meyer Blvd", "East Meyer Boulevard", False),  # word for word
        ("Bd Meyer", "Boulevard Meyer", True),
        ("Bx Meyer", "Boulevard Meyer", False),  # letters not in the longer word
        ("Ouevard Meyer", "Boulevard Meyer", False),  # not its first letter
        ("Bvl Meyer", "Boulevard Meyer", False),  # not in order
    ],
)
def test_one_name_an_acronym_is_its_full_name_short(short, full, same):
    assert one_name(short, full) is same
    assert one_name(full, short) is same


def test_entity_answers_an_acronym_and_its_full_name_are_one_answer():
    a = _summit("a", "Greece agreed a debt bailout from the EU and the International Monetary Fund at the weekend.",
                ent("international monetary fund", "the International Monetary Fund", "ORG"))
    b = _summit("b", "Greece agreed a debt bailout from the EU and IMF at the weekend.", ent("imf", "IMF", "ORG"))
    assert compare_entity_answers(a, b, KB) is None


def test_entity_answers_try_every_pair_of_names_and_three_quarters_is_enough():
    a = _summit("a", "The famous phrase was coined by Ada Lovelace.", ent("ada lovelace", "Ada Lovelace", "PERSON"))
    babbage = ent("charles babbage", "Charles Babbage", "PERSON")
    # a first candidate of another kind, then one whose masked claim differs, then the answer
    b = _summit("b", "The famous phrase was coined in the salon by Charles Babbage.",
                ent("zeta", "Zeta", "ORG"), ent("zed zed", "Zed Zed", "PERSON"), babbage)
    v = compare_entity_answers(a, b, KB)
    assert v is not None and v.values == (("Ada Lovelace",), ("Charles Babbage",))
    assert v.reason.endswith("(75% of the other words shared)")


def test_entity_answers_names_in_different_parts_of_the_statement_answer_different_questions():
    subryan = ent("subryan", "Subryan", "PERSON")
    homicide = ent("criminally negligent homicide", "Criminally Negligent Homicide", "PERSON")
    a = claim("Subryan is charged with DWI and leaving the scene of an accident.", "a",
              actors=(subryan,), roles=(("pred", "charge"), ("patient", "subryan")))
    b = claim("Criminally Negligent Homicide is charged with DWI and leaving the scene of an accident.", "b",
              actors=(homicide,), roles=(("pred", "charge"), ("patient", "he")))
    assert compare_entity_answers(a, b, KB) is None
    # ... which the same statement with the names in one part is (the check above is not vacuous)
    agent_a = dataclasses.replace(a, slots=dataclasses.replace(a.slots, roles=(("pred", "charge"), ("agent", "subryan"))))
    agent_b = dataclasses.replace(b, slots=dataclasses.replace(b.slots, roles=(("pred", "charge"), ("agent", "homicide"))))
    assert compare_entity_answers(agent_a, agent_b, KB) is not None
    # two patients of one act may both be right ("police arrested Smith" / "police arrested Jones")
    patient_b = dataclasses.replace(b, slots=dataclasses.replace(b.slots, roles=(("pred", "charge"), ("patient", "homicide"))))
    assert compare_entity_answers(a, patient_b, KB) is None
    # the same part: the summit's host in both
    lyon = _summit("a", "The famous phrase was coined in the salon by Lyon.", ent("lyon", "Lyon", "GPE"))
    lyon = dataclasses.replace(lyon, slots=dataclasses.replace(lyon.slots, roles=(("pred", "coin"), ("agent", "lyon"))))
    geneva = _summit("b", "The famous phrase was coined in the salon by Geneva.", ent("geneva", "Geneva", "GPE"))
    assert compare_entity_answers(lyon, geneva, KB) is None
    geneva = dataclasses.replace(geneva, slots=dataclasses.replace(geneva.slots, roles=(("pred", "coin"), ("agent", "geneva"))))
    assert compare_entity_answers(lyon, geneva, KB) is not None


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("DoD", "the Department of Defense", True),  # the article before the full name counts for nothing
        ("AbC", "Alpha Beta Charlie", True),  # a small letter of an acronym is an initial too
        ("U S", "United States", False),  # two words are no acronym
    ],
)
def test_initials_of_reads_the_full_name_as_written(short, full, same):
    from checker.rules.common import initials_of

    assert initials_of(short, full) is same


def test_products_written_short_needs_the_other_name_written_in_its_claim():
    from checker.rules.entities import _written_short

    ie8 = ent("ie 8", "IE8", "PRODUCT")
    full = ent("explorer 8", "Explorer 8", "PRODUCT")
    assert _written_short(ie8, full, claim("Attacks targeted Internet Explorer 8.", "b"))
    # the name inherited from another sentence: nothing before it to read
    assert not _written_short(ie8, full, claim("Attacks targeted the browser.", "b"))


def test_entity_answers_who_said_it_is_no_answer_of_what_was_said():
    a = claim("CHP Officer Brad Baehr said Jackson was on probation for a previous DUI arrest.", "a",
              actors=(ent("chp", "CHP"),), attribution="CHP Officer Brad Baehr", modality="reported")
    b = claim("Jackson was on probation for a previous DUI arrest, Highway Patrol Officer Brad Baehr said.", "b",
              actors=(ent("highway", "Highway"),), attribution="Highway Patrol Officer Brad Baehr", modality="reported")
    assert compare_entity_answers(a, b, KB) is None
    # the same names in what was said are answers, also when someone else said it
    c = dataclasses.replace(a, attribution=None, modality="fact")
    d = dataclasses.replace(b, attribution=None, modality="fact")
    assert compare_entity_answers(c, d, KB) is not None
    e = dataclasses.replace(a, attribution="Brad Baehr", modality="fact")
    f = dataclasses.replace(b, attribution="Brad Baehr", modality="fact")
    assert compare_entity_answers(e, f, KB) is not None


def test_entity_answers_a_name_this_tool_resolved_is_no_answer_of_the_source():
    said = claim("LaCalamita had been fired as an accountant at Kafoury.", "x")
    kafoury = dataclasses.replace(ent("kafoury", "Kafoury"), stated_in=said)
    a = claim("LaCalamita had been fired last Thursday as a general accountant at the firm.", "a", actors=(kafoury,))
    b = claim("LaCalamita had been fired last Thursday as a general accountant at the firm.", "b",
              actors=(ent("troy", "Troy"),))
    assert compare_entity_answers(a, b, KB) is None
    stated = dataclasses.replace(a, slots=dataclasses.replace(a.slots, actors=(ent("kafoury", "Kafoury"),)))
    assert compare_entity_answers(stated, b, KB) is not None


def test_products_a_name_written_as_its_initials_is_one_product():
    ie8 = claim("Attacks targeted IE8.", "a", frames=("attack",), products=(ent("ie 8", "IE8", "PRODUCT"),))
    ie = claim("Attacks targeted IE.", "a", frames=("attack",), products=(ent("ie *", "IE", "PRODUCT"),))
    full = claim("Attacks targeted Internet Explorer 8.", "b", frames=("attack",), products=(ent("explorer 8", "Explorer 8", "PRODUCT"),))
    assert compare_products(ie8, full, KB) is None and compare_products(full, ie8, KB) is None
    assert compare_products(ie, full, KB) is None
    # another version, or initials that are not the full name's
    ie7 = claim("Attacks targeted IE7.", "a", frames=("attack",), products=(ent("ie 7", "IE7", "PRODUCT"),))
    assert compare_products(ie7, full, KB) is not None
    other = claim("Attacks targeted Firefox Explorer 8.", "b", frames=("attack",), products=(ent("explorer 8", "Explorer 8", "PRODUCT"),))
    assert compare_products(ie8, other, KB) is not None


def _hosted(sid: str, text: str, *names: str, listed: bool = False):
    """"The summit was hosted by A[ and B]." with the parse's tell of a list: B a conjunct of A."""
    at = [text.index(n) for n in names]
    toks = [Token(n, n.lower(), "PROPN", "pobj" if k == 0 else ("conj" if listed else "pobj"), 0 if k else 0, "GPE", at[k])
            for k, n in enumerate(names)]
    return claim(text, sid, places=tuple(ent(n.lower(), n, "GPE") for n in names),
                 roles=(("pred", "host"), ("agent", names[0].lower()), ("patient", "summit")), tokens=tuple(toks))


def test_entity_answers_a_name_in_a_list_is_part_of_the_answer():
    a = _hosted("a", "The summit was hosted by Lisbon and Porto.", "Lisbon", "Porto", listed=True)
    b = _hosted("b", "The summit was hosted by Oslo and Porto.", "Oslo", "Porto", listed=True)
    assert compare_entity_answers(a, b, KB) is None
    assert compare_entity_answers(_hosted("a", "The summit was hosted by Lisbon and Porto.", "Lisbon", "Porto"),
                                  _hosted("b", "The summit was hosted by Oslo and Porto.", "Oslo", "Porto"), KB) is not None


def test_entity_answers_a_place_inside_the_other_is_one_place():
    geneva = claim("The summit took place in Geneva.", "a", places=(ent("geneva", "Geneva", "GPE"),))
    swiss = claim("The summit took place in Switzerland.", "b", places=(ent("switzerland", "Switzerland", "GPE"),))
    assert compare_entity_answers(geneva, swiss, KB) is None
    assert compare_entity_answers(swiss, geneva, KB) is None
    vienna = claim("The summit took place in Vienna.", "b", places=(ent("vienna", "Vienna", "GPE"),))
    assert compare_entity_answers(geneva, vienna, KB) is not None
    assert compare_entity_answers(geneva, swiss, dataclasses.replace(KB, places={})) is not None


def test_entity_answers_nesting_organisations_are_no_two_answers():
    us = claim("The United States offered the reward.", "a", actors=(ent("us", "The United States", "ORG"),))
    state = claim("The State Department offered the reward.", "b", actors=(ent("state department", "The State Department", "ORG"),))
    assert compare_entity_answers(us, state, KB) is None
    acme = claim("Acme offered the reward.", "a", actors=(ent("acme", "Acme", "ORG"),))
    assert compare_entity_answers(acme, claim("Globex offered the reward.", "b", actors=(ent("globex", "Globex", "ORG"),)), KB) is not None
    assert compare_entity_answers(acme, state, KB) is None


def test_entity_answers_organisations_as_agents_of_one_act_in_other_words():
    a = claim("The company was acquired by Oracle in his workshop.", "a", actors=(ent("oracle", "Oracle", "ORG"),),
              roles=(("pred", "acquire"), ("agent", "oracle"), ("patient", "company")))
    b = claim("Microsoft bought the company.", "b", actors=(ent("microsoft", "Microsoft", "ORG"),),
              roles=(("pred", "buy"), ("agent", "microsoft"), ("patient", "company")))
    v = compare_entity_answers(a, b, KB)
    assert v is not None and v.reason == "Oracle in one source and Microsoft in the other are each said to buy the company"
    # places nest and are judged by where they are, not as agents of an act
    pa = dataclasses.replace(a, slots=dataclasses.replace(a.slots, actors=(), places=(ent("oracle", "Oracle", "GPE"),)))
    pb = dataclasses.replace(b, slots=dataclasses.replace(b.slots, actors=(), places=(ent("microsoft", "Microsoft", "GPE"),)))
    assert compare_entity_answers(pa, pb, KB) is None


@pytest.mark.parametrize("text, title", [
    ("Thriller", "Thriller"), ("Back in Black ", "Back in Black"), ("the Burj Khalifa.", "Burj Khalifa"),
    ('"Yesterday"', "Yesterday"), ("“Let It Be”", "Let It Be"), ("Lord of the Flies", "Lord of the Flies"),
    ("a tall building", ""), ("Back in black", ""), ("Back in", ""), ("", ""),
])
def test_entity_answers_title_spans(text, title):
    assert title_span(text) == title


def _apposed(sid: str, name: str, article: str = "the", word: str = "only", label: str = "PERSON"):
    """"NAME, the only player to score twice, was injured." parsed: the description in apposition to the name."""
    text = f"{name}, {article} {word} player to score twice, was injured."
    at = lambda w: text.index(w)  # noqa: E731
    toks = (Token(name, name.lower(), "PROPN", "nsubjpass", 7, "", 0), Token(",", ",", "PUNCT", "punct", 0, "", len(name)),
            Token(article, article, "DET", "det", 4, "", at(article + " ")), Token(word, word[:-3] if word.endswith("est") else word, "ADJ", "amod", 4,
                                                         "ORDINAL" if word == "first" else "", at(word)),
            Token("player", "player", "NOUN", "appos", 0, "", at("player")),
            Token("score", "score", "VERB", "relcl", 4, "", at("score")), Token("twice", "twice", "ADV", "advmod", 5, "", at("twice")),
            Token("injured", "injure", "VERB", "ROOT", 7, "", at("injured")))
    return claim(text, sid, actors=(ent(name.lower(), name, label),), roles=(("pred", "injure"), ("patient", name.lower())),
                 tokens=toks)


def test_entity_answers_one_of_a_kind_descriptions_have_one_answer():
    a, b = _apposed("a", "Smith"), _apposed("b", "Jones", label="ORG")
    v = compare_entity_answers(a, b, KB)
    assert v is not None and v.values == (("Smith",), ("Jones",))
    assert v.reason == "Smith in one source and Jones in the other are each said to be the only player to score twice"
    # an ordinal and a superlative make one of a kind too; an indefinite or an unmarked description does not
    assert compare_entity_answers(_apposed("a", "Smith", word="first"), _apposed("b", "Jones", word="first"), KB) is not None
    assert compare_entity_answers(_apposed("a", "Smith", word="fastest"), _apposed("b", "Jones", word="fastest"), KB) is not None
    assert compare_entity_answers(_apposed("a", "Smith", article="an"), _apposed("b", "Jones", article="an"), KB) is None
    assert compare_entity_answers(_apposed("a", "Smith", word="injured"), _apposed("b", "Jones", word="injured"), KB) is None
    assert compare_entity_answers(_apposed("a", "Smith", word="fastest"), _apposed("b", "Jones", word="slowest"), KB) is None


def test_entity_answers_agents_of_one_act_need_one_thing_done():
    def scored(sid, name, obj):
        text = f"{name} added {obj}."
        toks = (Token(name, name.lower(), "PROPN", "nsubj", 1, "PERSON", 0), Token("added", "add", "VERB", "ROOT", 1, "", len(name) + 1))
        words = obj.split()
        at = len(name) + 7
        for k, w in enumerate(words):
            last = k == len(words) - 1
            toks += (Token(w, w.lower(), "NOUN" if last else ("NUM" if w.isdigit() else "DET"), "dobj" if last else
                           ("nummod" if w.isdigit() else ("poss" if w == "its" else "det")), 1 if last else 2 + len(words) - 1, "", at),)
            at += len(w) + 1
        return claim(text, sid, actors=(ent(name.lower(), name, "PERSON"),),
                     roles=(("pred", "add"), ("agent", name.lower()), ("patient", words[-1].lower())), tokens=toks)

    assert compare_entity_answers(scored("a", "Rice", "the bonus"), scored("b", "Lawson", "the bonus"), KB) is not None
    assert compare_entity_answers(scored("a", "Rice", "its bonus"), scored("b", "Lawson", "its bonus"), KB) is not None
    assert compare_entity_answers(scored("a", "Rice", "14 points"), scored("b", "Lawson", "16 points"), KB) is None
    assert compare_entity_answers(scored("a", "Rice", "a bonus"), scored("b", "Lawson", "a bonus"), KB) is None


def test_entity_answers_a_name_modifying_a_noun_is_no_answer():
    def defenders(sid, name):
        text = f"Smith scored with two {name} defenders."
        at = text.index(name)
        toks = (Token(name, name.lower(), "PROPN", "compound", 1, "ORG", at), Token("defenders", "defender", "NOUN", "pobj", 1, "", at + len(name) + 1))
        return claim(text, sid, actors=(ent(name.lower(), name, "ORG"),), tokens=toks)

    assert compare_entity_answers(defenders("a", "Evansville"), defenders("b", "Purple Aces"), KB) is None
    plain = [dataclasses.replace(c, tokens=(dataclasses.replace(c.tokens[0], dep="pobj"), c.tokens[1]))
             for c in (defenders("a", "Evansville"), defenders("b", "Purple Aces"))]
    assert compare_entity_answers(*plain, KB) is not None


def test_entity_answers_one_event_by_its_noun_and_modifiers():
    assert same_venue("games|2010|winter", "games|winter") and same_venue("games|winter", "games|2010|winter")
    assert same_venue("summit", "summit|g7") and same_venue("summit", "summit")
    assert not same_venue("summit|g7", "summit|g20") and not same_venue("games|winter", "games|summer")
    assert not same_venue("summit", "games") and not same_venue("", "") and not same_venue("summit", "")
    # NOTE: one event noun in other words (WordNet: a conference is a kind of meeting), its modifiers read as before
    assert same_venue("conference", "meeting|annual") and not same_venue("conference|g7", "meeting|g20")


def test_entity_answers_a_place_a_value_holds_for_is_a_qualifier_not_an_answer():
    from .handmade import qty

    europe = claim("Sales rose in Europe.", "a", places=(ent("europe", "Europe", "GPE"),))
    asia = claim("Sales rose in Asia.", "b", places=(ent("asia", "Asia", "GPE"),))
    assert compare_entity_answers(europe, asia, KB) is not None  # NOTE: two answers where no value says otherwise
    held = dataclasses.replace(europe, slots=dataclasses.replace(europe.slots, quantities=(
        qty(5, "percent", "5 percent", event="increase", holder="sale", place=("europe",)),)))
    assert compare_entity_answers(held, asia, KB) is None
    assert compare_entity_answers(asia, held, KB) is None
    elsewhere = dataclasses.replace(held, slots=dataclasses.replace(held.slots, quantities=(
        qty(5, "percent", "5 percent", event="increase", holder="sale", place=("world",)),)))
    assert compare_entity_answers(elsewhere, asia, KB) is not None


def test_products_two_versions_of_one_product_said_alike_answer_which_version():
    from checker.rules.entities import ONE_VERSION_MASKED

    assert ONE_VERSION_MASKED == 0.5
    v = lambda ver: ent(f"vellum {ver}", f"vellum {ver}", "PRODUCT")  # noqa: E731
    FIX = (("pred", "fix"), ("patient", "leak"))  # noqa: N806
    a = claim("The memory leak was fixed in vellum 3.4.2.", "a", products=(v("3.4.2"),), roles=FIX)
    b = claim("The memory leak has been fixed in vellum 3.5.0.", "b", products=(v("3.5"),), roles=FIX)
    got = compare_products(a, b, KB)
    assert got is not None and got.values == (("vellum 3.4.2",), ("vellum 3.5",)) and got.verdict == "contradiction"
    assert got.reason == "one source says this of vellum 3.4.2 and the other of vellum 3.5, two versions of vellum"
    # one version, what each version did, a list of versions, a negated claim, another product: no conflict
    same = claim("The memory leak has been fixed in vellum 3.4.2.", "b", products=(v("3.4.2"),), roles=FIX)
    other = claim("Streaming support was added in vellum 3.5.0 last spring.", "b", products=(v("3.5"),), roles=(("pred", "add"), ("patient", "support")))
    listed = claim("The memory leak was fixed in vellum 3.4.2 and vellum 3.5.0.", "b", products=(v("3.4.2"), v("3.5")), roles=FIX)
    negated = claim("The memory leak was not fixed in vellum 3.5.0.", "b", products=(v("3.5"),), negated=True, roles=FIX)
    quill = claim("The memory leak was fixed in quill 3.5.0.", "b", products=(ent("quill 3.5", "quill 3.5.0", "PRODUCT"),), roles=FIX)
    assert [compare_products(a, c, KB) for c in (same, other, listed, negated, quill)] == [None] * 5
    # a version as the subject is what the claim is about: two versions' prices are two products' prices
    vodex = lambda ver: ent(f"vodex {ver}", f"Vodex {ver}", "PRODUCT")  # noqa: E731
    four = claim("Vodex 4 costs $15 per million tokens.", "a", products=(vodex("4"),), roles=(("pred", "cost"), ("agent", "vodex")))
    more = claim("Vodex 4.5 costs $15 per million tokens.", "b", products=(vodex("4.5"),), roles=(("pred", "cost"), ("agent", "vodex")))
    assert compare_products(four, more, KB) is None and compare_products(more, four, KB) is None
    released = claim("Vellum 3.5.0 was released with the fix.", "b", products=(v("3.5"),), roles=(("pred", "release"), ("patient", "vellum")))
    fixed = claim("The fix was released in vellum 3.4.2.", "a", products=(v("3.4.2"),), roles=(("pred", "release"), ("patient", "fix")))
    assert compare_products(fixed, released, KB) is None
    # two makers' acts are two questions; one maker's, or one named by one side only, is one
    acme = claim("Acme shipped the fix in vellum 3.4.2.", "a", products=(v("3.4.2"),), roles=(("pred", "ship"), ("agent", "acme")))
    bore = claim("Borealis shipped the fix in vellum 3.5.0.", "b", products=(v("3.5"),), roles=(("pred", "ship"), ("agent", "borealis")))
    assert compare_products(acme, bore, KB) is None
    assert compare_products(acme, dataclasses.replace(bore, slots=dataclasses.replace(bore.slots, roles=(("pred", "ship"), ("agent", "acme")))), KB) is not None
    assert compare_products(acme, dataclasses.replace(bore, slots=dataclasses.replace(bore.slots, roles=(("pred", "ship"),))), KB) is not None
    # two predicates, or two times, are two statements
    shipped = claim("The memory leak fix shipped in vellum 3.5.0.", "b", products=(v("3.5"),), roles=(("pred", "ship"), ("agent", "fix")))
    assert compare_products(a, shipped, KB) is None
    may, june = date("May 2024", "2024-05-01", "2024-05-31"), date("June 2024", "2024-06-01", "2024-06-30")
    then = lambda c, d: dataclasses.replace(c, slots=dataclasses.replace(c.slots, dates=(d,)))  # noqa: E731
    assert compare_products(then(a, may), then(b, june), KB) is None
    assert compare_products(then(a, may), then(b, may), KB) is not None and compare_products(then(a, may), b, KB) is not None
    # names each claim alone gives (not its first word, a month, the product) are two makers' or places' acts
    rel = (("pred", "release"), ("agent", "lab"))
    north = claim("In March Northwind Labs released its vellum 3.4.2 model.", "a", products=(v("3.4.2"),), roles=rel)
    tail = claim("In March Tailspin Labs released its vellum 3.5.0 model.", "b", products=(v("3.5"),), roles=rel)
    assert compare_products(north, tail, KB) is None and compare_products(tail, north, KB) is None
    plain = claim("In March the lab released its vellum 3.5.0 model.", "b", products=(v("3.5"),), roles=rel)
    assert compare_products(north, plain, KB) is not None and compare_products(plain, north, KB) is not None
    # without the parse's roles nothing tells the version answering from the version the claim is about
    plain_a = claim("Acme Labs shipped the fix in vellum 3.4.2.", "a", products=(v("3.4.2"),))
    plain_b = claim("Borealis Labs shipped the fix in vellum 3.5.0.", "b", products=(v("3.5"),))
    assert compare_products(plain_a, plain_b, KB) is None and compare_products(acme, plain_b, KB) is None
    assert compare_products(plain_a, acme, KB) is None
    assert compare_products(fixed, dataclasses.replace(released, slots=dataclasses.replace(released.slots, roles=(("pred", "release"),))), KB) is not None
    assert compare_products(listed, a, KB) is None and compare_products(negated, a, KB) is None


def test_products_versions_of_a_product_of_several_words_and_which_pair_answers():
    from checker.judge.align import QUESTION_SIMILARITY, asking

    fix = (("pred", "fix"), ("patient", "leak"))
    vela = lambda ver: ent(f"acme vela {ver}", f"Acme Vela {ver}", "PRODUCT")  # noqa: E731
    a = claim("The memory leak was fixed in Acme Vela 3.4.2.", "a", products=(vela("3.4.2"),), roles=fix)
    b = claim("The memory leak has been fixed in Acme Vela 3.5.0.", "b", products=(vela("3.5"),), roles=fix)
    v = compare_products(a, b, KB)
    assert v is not None and v.values == (("Acme Vela 3.4.2",), ("Acme Vela 3.5",))
    assert v.reason == "one source says this of Acme Vela 3.4.2 and the other of Acme Vela 3.5, two versions of acme vela"
    # the version as the subject: its last word is the one the parse's roles name
    costs = (("pred", "cost"), ("agent", "vela"))
    four = claim("Acme Vela 4 costs $15 per million tokens.", "a", products=(vela("4"),), roles=costs)
    more = claim("Acme Vela 4.5 costs $15 per million tokens.", "b", products=(vela("4.5"),), roles=costs)
    assert compare_products(four, more, KB) is None and compare_products(more, four, KB) is None
    # another product named first in one claim: the version of the same product is still found
    py = ent("python 3.12", "Python 3.12", "PRODUCT")
    both = claim("The memory leak has been fixed in Python 3.12 builds of Acme Vela 3.5.0.", "b", products=(py, vela("3.5")), roles=fix)
    v = compare_products(a, both, KB)
    assert v is not None and v.values == (("Acme Vela 3.4.2",), ("Acme Vela 3.5",))
    # the family named without a version ("Acme Vela 3") is no version to tell apart
    family = claim("The memory leak was fixed in Acme Vela 3.", "a", products=(ent("acme vela *", "Acme Vela 3", "PRODUCT"),), roles=fix)
    assert compare_products(family, b, KB) is None and compare_products(b, family, KB) is None
    # roles that name no predicate against none: nothing tells what each version did
    agent_only = claim("Acme fixed the memory leak in Acme Vela 3.4.2.", "a", products=(vela("3.4.2"),), roles=(("agent", "acme"),))
    plain = claim("Acme fixed the memory leak in Acme Vela 3.5.0.", "b", products=(vela("3.5"),))
    assert compare_products(agent_only, plain, KB) is None and compare_products(plain, agent_only, KB) is None
    # few words in common, but questions alike in meaning (the judge's cosine, at the threshold or above)
    shipped = claim("Acme Vela 3.5.0 closes the memory leak that crashed servers.", "b", products=(vela("3.5"),), roles=fix)
    assert compare_products(a, shipped, KB) is None
    with asking(QUESTION_SIMILARITY):
        v = compare_products(a, shipped, KB)
    assert v is not None and v.values == (("Acme Vela 3.4.2",), ("Acme Vela 3.5",))


def test_products_least_versions_name_a_product_of_several_words_in_full():
    win = lambda v: ent(f"microsoft windows {v}", f"Microsoft Windows {v}", "PRODUCT")  # noqa: E731
    a = claim("Quill requires Microsoft Windows 10 or later.", "a", products=(win("10"),), roles=(("pred", "require"), ("agent", "quill")))
    b = claim("Quill supports Microsoft Windows 11 and later.", "b", products=(win("11"),), roles=(("pred", "support"), ("agent", "quill")))
    v = compare_products(a, b, KB)
    assert v is not None
    assert v.reason == ("the least version of Microsoft Windows is Microsoft Windows 10 in one source and Microsoft Windows 11 "
                        "in the other")


def test_products_versions_beside_names_each_claim_alone_gives_or_listed_together():
    fix = (("pred", "ship"), ("agent", "acme"))
    vela = lambda ver: ent(f"acme vela {ver}", f"Acme Vela {ver}", "PRODUCT")  # noqa: E731
    # the same maker and place written in both: one question, which version
    a = claim("Acme shipped the fix in Acme Vela 3.4.2 in Berlin.", "a", products=(vela("3.4.2"),), roles=fix)
    b = claim("Acme shipped the fix in Acme Vela 3.5.0 in Berlin.", "b", products=(vela("3.5"),), roles=fix)
    assert compare_products(a, b, KB) is not None
    # a place each claim alone names (past the first word): two shipments
    paris = claim("Acme shipped the fix in Acme Vela 3.5.0 in Paris.", "b", products=(vela("3.5"),), roles=fix)
    assert compare_products(a, paris, KB) is None
    # a claim listing two versions of the product tells them apart
    listed = claim("Acme shipped the fix in Acme Vela 3.4.2 and Acme Vela 3.5.0 in Berlin.", "b",
                   products=(vela("3.4.2"), vela("3.5")), roles=fix)
    assert compare_products(a, listed, KB) is None and compare_products(listed, a, KB) is None


def test_entity_answers_two_descriptions_alike_share_most_words_counting_one_thing_in_other_words_once():
    from checker.rules.entities import _alike

    # NOTE: three of four words shared is `_ANSWER_OVERLAP` exactly: alike
    assert _alike(frozenset({"only", "player", "score"}), frozenset({"only", "player", "score", "twice"}))
    # "quake" is "earthquake" in other words: one word, so the two descriptions say one thing
    assert _alike(frozenset({"largest", "earthquake", "recorded"}), frozenset({"largest", "quake", "recorded"}))
    # other numbers, or nothing to compare, are not alike
    assert not _alike(frozenset({"tallest", "building", "2010"}), frozenset({"tallest", "building", "2011"}))
    assert not _alike(frozenset(), frozenset({"tallest", "building"}))
