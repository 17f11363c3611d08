"""Each answer's own question (`checker.judge.align.OWN_QUESTION`, `_lemma`): a claim of several figures."""

from __future__ import annotations

import pytest

from checker.judge import align as al
from checker.knowledge import load_knowledge
from checker.models import Claim, Quantity, Slots
from checker.rules.numbers import compare_quantities

KB = load_knowledge()

_SEVERAL = ("Custom CRM Development and Integration starting at $450/month, Data Analysis and Visualization for a "
            "one-time fee of $2,000, and Workflow Automation starting at $2,500, with a 35% increase in efficiency.")


def _claim(text: str, sid: str, *qs: Quantity, lemmas: tuple[str, ...] = ()) -> Claim:
    return Claim(sid, f"{sid}.md", 0, len(text), 1, 1, 1, text, slots=Slots(quantities=qs, lemmas=lemmas))


def _several() -> Claim:
    return _claim(_SEVERAL, "a", Quantity(450, "usd", "=", "$450"), Quantity(2000, "usd", "=", "$2,000"),
                  Quantity(2500, "usd", "=", "$2,500"), Quantity(35, "percent", "=", "35%"),
                  lemmas=("analysis", "automation", "crm", "custom", "development", "efficiency", "fee", "increase",
                          "integration", "start", "visualization", "workflow"))


@pytest.mark.parametrize(("word", "lemmas", "expected"), [
    ("starting", ("start",), "start"),
    ("opened", ("open",), "open"),
    ("priced", ("price",), "price"),
    ("stopping", ("stop",), "stop"),
    ("studies", ("study",), "study"),
    ("cases", ("case",), "case"),
    ("revenue", ("revenue",), "revenue"),
    ("starting", (), "starting"),  # NOTE: no lemmas known: the plain stem
    ("tickets", (), "ticket"),
    ("singer", ("sing",), "singer"),  # NOTE: "-er" is no inflection
])
def test_align_own_lemma_of_an_inflected_word(word, lemmas, expected):
    assert al._lemma(word, frozenset(lemmas)) == expected


def test_align_own_question_of_an_answer_among_several_figures():
    a = _several()
    b = _claim("Prices start at just $500/month.", "b", Quantity(500, "usd", "=", "$500"), lemmas=("just", "price", "start"))
    assert al.local_similarity(al.question(a, "$450", KB), al.question(b, "$500", KB)) >= al.OWN_QUESTION
    # NOTE: the long claim of several figures is no paraphrase of the short one (0.3 < ALIGN_SIMILARITY), but the
    # answers' own questions are alike ("starting at")
    assert al.align(a, "$450", b, "$500", KB, similarity=0.3).aligned
    # NOTE: another figure of the same claim answers another question ("a one-time fee of $2,000")
    assert not al.align(a, "$2,000", b, "$500", KB, similarity=0.3).aligned
    # NOTE: a claim of one figure has no question but the sentence's: the floor holds
    one = _claim("Custom CRM Development and Integration starting at $450/month.", "a", Quantity(450, "usd", "=", "$450"),
                 lemmas=("crm", "custom", "development", "integration", "start"))
    assert not al.align(one, "$450", b, "$500", KB, similarity=0.3).aligned
    assert al.OWN_QUESTION == 0.5


def test_align_own_conflict_cited_is_the_most_alike_pair():
    b = _claim("Our workflow automation service is available for a starting price of $3,000.", "b",
               Quantity(3000, "usd", "=", "$3,000"), lemmas=("automation", "available", "price", "service", "start", "workflow"))
    v = compare_quantities(_several(), b, KB)
    assert v is not None and v.values == (("$2,500",), ("$3,000",))


def test_align_own_question_leaves_out_the_words_of_other_figures():
    # NOTE: "mothers" is the noun of "three mothers", not the question of "two children"
    a = _claim("Horton was the mother of 12 children.", "a", Quantity(12, "child", "=", "12 children"))
    b = _claim("The three mothers and two children press up against a storefront.", "b",
               Quantity(3, "mother", "=", "three mothers"), Quantity(2, "child", "=", "two children"))
    qa, qb = al.question(a, "12 children", KB), al.question(b, "two children", KB)
    assert "mother" in dict(qb.local) and "mother" not in dict(qb.own)
    assert al.local_similarity(qa, qb) >= al.OWN_QUESTION > al.local_similarity(qa, qb, own=True)
    assert not al.align(a, "12 children", b, "two children", KB, similarity=0.25).aligned
    # NOTE: a claim of one figure: its own question is its local one
    assert qa.own == qa.local
