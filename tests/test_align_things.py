"""What the values are of (`checker.judge.align._other_holders`): two things common nouns name are two questions."""

from __future__ import annotations

from checker.judge import align as al
from checker.knowledge import load_knowledge
from checker.models import Claim, Quantity, Slots

KB = load_knowledge()


def _claim(text: str, sid: str, *qs: Quantity, lemmas: tuple[str, ...] = ()) -> Claim:
    return Claim(sid, f"{sid}.md", 0, len(text), 1, 1, 1, text, slots=Slots(quantities=qs, lemmas=lemmas))


_PROJECT = ("The project's final cost was £14.6 million, above the £13 million estimate approved in 2021.",
            ("above", "approve", "cost", "estimate", "final", "project"))


def _project(holder: str = "project") -> Claim:
    return _claim(_PROJECT[0], "b", Quantity(14.6e6, "gbp", "=", "£14.6 million", event="cost", holder=holder),
                  Quantity(13e6, "gbp", "=", "£13 million", event="approve"), lemmas=_PROJECT[1])


def _swims(holder: str = "swim") -> Claim:
    return _claim("Adult swims cost £5.20", "a", Quantity(5.2, "gbp", "=", "£5.20", event="cost", holder=holder),
                  lemmas=("adult", "cost", "swim"))


def test_align_things_of_two_common_nouns_are_two_questions():
    assert al._other_holders(_swims(), "£5.20", _project(), "£14.6 million", KB) == "swim vs project"
    # NOTE: the answers' own questions are alike ("cost"), which for a claim of several figures stands in for the
    # sentences' likeness (0.32); not when the two values are of two things
    assert al.local_similarity(al.question(_swims(), "£5.20", KB), al.question(_project(), "£14.6 million", KB),
                               own=True) >= al.OWN_QUESTION
    got = al.align(_swims(), "£5.20", _project(), "£14.6 million", KB, similarity=0.32)
    assert not got.aligned and "not paraphrases" in got.why
    # NOTE: alike questions do not stand in either
    assert not al.align(_swims(), "£5.20", _project(), "£14.6 million", KB, similarity=0.32, question_similarity=0.7).aligned


def test_align_things_of_one_holder_keep_the_stand_ins():
    # NOTE: one holder: the own questions stand in for the sentences' likeness as before
    assert al._other_holders(_swims("project"), "£5.20", _project(), "£14.6 million", KB) == ""
    assert al.align(_swims("project"), "£5.20", _project(), "£14.6 million", KB, similarity=0.32).aligned
    # NOTE: a holder the other claim names ("swim" written in both) is no other thing
    named = _claim("The swim project's final cost was £14.6 million, above the £13 million estimate.", "b",
                   Quantity(14.6e6, "gbp", "=", "£14.6 million", event="cost", holder="project"),
                   Quantity(13e6, "gbp", "=", "£13 million"), lemmas=("cost", "estimate", "final", "project", "swim"))
    assert al._other_holders(_swims(), "£5.20", named, "£14.6 million", KB) == ""
    # NOTE: no holder on one side says nothing of what it is of
    assert al._other_holders(_swims(""), "£5.20", _project(), "£14.6 million", KB) == ""


def test_align_things_a_holder_that_is_what_is_counted_is_no_thing():
    # NOTE: "36 new electric buses rolled in": the parse's holder is the counted noun, not what has the count
    a = _claim("Volterra Coachworks had delivered 48 battery-electric buses.", "a",
               Quantity(48, "bus", "=", "48 battery-electric buses", event="deliver", holder="manufacturer"))
    b = _claim("A convoy of 36 new electric buses rolled into the depot.", "b",
               Quantity(36, "bus", "=", "36 new electric buses", event="roll", holder="new electric bus"))
    assert al._other_holders(a, "48 battery-electric buses", b, "36 new electric buses", KB) == ""
