"""The local question of an answer (`Question.local`, `local_similarity`): which of a claim's values answers which."""

from __future__ import annotations

import pytest

from checker.judge import align as al
from checker.models import Claim, Slots, Token


def claim(text: str, tokens: tuple[Token, ...] = ()) -> Claim:
    return Claim("a", "a.md", 0, len(text), 1, 1, 1, text, slots=Slots(), tokens=tokens)

_TWO = "Revenue was $1.5 billion and net income was $130.4 million."


def test_align_local_weighs_words_by_distance_and_numbers_between():
    # nearest content word 1, next 1/2, a word after half as much; "million" belongs to its number; "revenue" lies
    # past $1.5 billion: 1/(1+2+2)
    assert dict(al.question(claim(_TWO), "$1.5 billion").local) == {"revenue": 1.0, "net": 0.5, "income": 0.25}
    assert dict(al.question(claim(_TWO), "$130.4 million").local) == {"income": 1.0, "net": 0.5, "revenue": pytest.approx(0.2)}
    assert al.LOCAL_CROSSING == 2 and al.LOCAL_WINDOW == 6 and al.LOCAL_AFTER == 0.5
    # at most LOCAL_WINDOW words a side
    far = dict(al.question(claim("Alpha beta gamma delta epsilon zeta eta sold 5 units."), "5 units").local)
    assert set(far) == {"sold", "eta", "zeta", "epsilon", "delta", "gamma"}
    # an inherited answer, not written in the claim, has no local question
    assert al.question(claim(_TWO), "$9 billion").local == ()


def test_align_local_reads_the_parser_lemma_when_there_is_one():
    text = "The film grossed $5 million."
    toks = (Token("The", "the", "DET", "det", 1, "", 0), Token("film", "film", "NOUN", "nsubj", 2, "", 4),
            Token("grossed", "gross", "VERB", "ROOT", 2, "", 9), Token("$", "$", "SYM", "nmod", 4, "", 17),
            Token("5", "5", "NUM", "compound", 5, "", 18), Token("million", "million", "NUM", "dobj", 2, "", 20))
    assert dict(al.question(claim(text, tokens=toks), "$5 million").local) == {"gross": 1.0, "film": 0.5}
    assert dict(al.question(claim(text), "$5 million").local) == {"grossed": 1.0, "film": 0.5}


def test_align_local_similarity_tells_a_claims_values_apart():
    net = al.question(claim("Net income of $140 million beat forecasts."), "$140 million")
    income, revenue = al.question(claim(_TWO), "$130.4 million"), al.question(claim(_TWO), "$1.5 billion")
    assert al.local_similarity(net, income) == pytest.approx(0.880, abs=1e-3)
    assert al.local_similarity(net, revenue) == pytest.approx(0.349, abs=1e-3)
    assert al.local_similarity(income, net) == al.local_similarity(net, income)
    assert al.local_similarity(net, net) == pytest.approx(1.0)
    assert al.local_similarity(net, al.question(claim(_TWO), "$9 billion")) == 0.0
