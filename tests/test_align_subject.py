"""Whose question a value answers: two people or products part two claims only when each is whom its answer is about
(`checker.judge.align._subject_relation`, `_answered_by`)."""

from __future__ import annotations

from checker.judge import align as al
from checker.knowledge import load_knowledge
from checker.models import Claim, Mention, Quantity, Slots

KB = load_knowledge()


def _claim(sid: str, text: str, q: Quantity, actors: tuple = (), roles: tuple = ()) -> Claim:
    return Claim(sid, f"{sid}.md", 0, len(text), 1, 1, 1, text, slots=Slots(quantities=(q,), actors=actors, roles=roles))


# NOTE: pages dev (VitaminC revisions): the recogniser tags the site and the film as people
SITE = _claim("a", "On Rotten Tomatoes, the film has a rating of 90% based on 289 reviews.",
              Quantity(289.0, "review", "=", "289 reviews", event="base"),
              actors=(Mention("rotten tomatoes", "Rotten Tomatoes", "PERSON"),), roles=(("pred", "have"), ("agent", "film")))
FILM = _claim("b", "10 Cloverfield Lane (film) received 288 reviews.",
              Quantity(288.0, "review", "=", "288 reviews", event="receive", holder="cloverfield lane"),
              actors=(Mention("cloverfield lane", "Cloverfield Lane", "PERSON"),), roles=(("pred", "receive"), ("agent", "lane")))


def test_align_subject_a_name_beside_the_answer_that_neither_holds_nor_does_it_is_no_subject():
    got = al.align(SITE, "289 reviews", FILM, "288 reviews", KB)
    assert got.subject == 0 and got.aligned, got.why
    assert al.align(FILM, "288 reviews", SITE, "289 reviews", KB).subject == 0


def test_align_subject_two_doers_or_holders_still_ask_two_questions():
    ada = _claim("a", "Ada Park hired 300 engineers.", Quantity(300.0, "engineer", "=", "300 engineers", event="hire"),
                 actors=(Mention("ada park", "Ada Park", "PERSON"),), roles=(("pred", "hire"), ("agent", "park")))
    ben = _claim("b", "Ben Ode hired 450 engineers.", Quantity(450.0, "engineer", "=", "450 engineers", event="hire"),
                 actors=(Mention("ben ode", "Ben Ode", "PERSON"),), roles=(("pred", "hire"), ("agent", "ode")))
    got = al.align(ada, "300 engineers", ben, "450 engineers", KB)
    assert got.subject == -1 and got.why == "the claims are about different people or products"
    # NOTE: the holder of the value names the person though the parse's agent is another word
    held = _claim("b", "The salary of Ben Ode was 450 dollars.", Quantity(450.0, "dollar", "=", "450 dollars", event="be",
                                                                            holder="ben ode"),
                  actors=(Mention("ben ode", "Ben Ode", "PERSON"),), roles=(("pred", "be"), ("agent", "salary")))
    assert al.align(ada, "300 engineers", held, "450 dollars", KB).subject == -1
    # NOTE: a claim whose structure was not read keeps every name it writes as a candidate subject
    bare = _claim("b", "Ben Ode hired 450 engineers.", Quantity(450.0, "engineer", "=", "450 engineers"),
                  actors=(Mention("ben ode", "Ben Ode", "PERSON"),))
    assert al.align(SITE, "289 reviews", bare, "450 engineers", KB).subject == 0, "the site holds nothing on its side"
    assert al.align(ada, "300 engineers", bare, "450 engineers", KB).subject == -1
    assert al._answered_by({"ben ode"}, bare, "450 engineers")
    assert not al._answered_by({"rotten tomatoes"}, SITE, "289 reviews")


def test_align_subject_a_pronoun_doer_may_be_any_name_of_its_claim():
    clark = _claim("a", "Dallas Clark finished with 105 yards and a touchdown.", Quantity(105.0, "yard", "=", "105 yards", event="finish"),
                   actors=(Mention("dallas clark", "Dallas Clark", "PERSON"),), roles=(("pred", "finish"), ("agent", "clark")))
    he = _claim("b", "He played at Wayne State, where he finished with 6,728 yards rushing.",
                Quantity(6728.0, "yard", "=", "6,728 yards", event="finish"),
                actors=(Mention("wayne state", "Wayne State", "PERSON"),), roles=(("pred", "play"), ("agent", "he")))
    assert al.align(clark, "105 yards", he, "6,728 yards", KB).subject == -1


def _told(sid: str, text: str, q: Quantity, actors: tuple, roles: tuple, attribution: str | None) -> Claim:
    return Claim(sid, f"{sid}.md", 0, len(text), 1, 1, 1, text, attribution=attribution,
                 slots=Slots(quantities=(q,), actors=actors, roles=roles))


# NOTE: probe set 13 c02: the speaker of a figure is no subject of its question
MAYOR = _told("a", "The city recycled 38 percent of household waste in 2023, Mayor Colette Fairweather announced on Tuesday.",
              Quantity(38.0, "%", "=", "38 percent", event="recycle", holder="city of brennick"),
              (Mention("colette fairweather", "Colette Fairweather", "PERSON"),),
              (("pred", "announce"), ("agent", "fairweather"), ("said", "recycle")), "Mayor Colette Fairweather")
HAULER = _told("b", "Just 29% of the household waste Ada Ruiz collected in 2023 was recycled.",
               Quantity(29.0, "%", "=", "29%", event="collect", holder="ada ruiz"),
               (Mention("ada ruiz", "Ada Ruiz", "PERSON"),), (("pred", "collect"), ("agent", "ruiz")), None)


def test_align_subject_the_speaker_of_a_figure_is_not_whom_it_is_about():
    assert not al._answered_by({"colette fairweather"}, MAYOR, "38 percent")
    assert al.align(MAYOR, "38 percent", HAULER, "29%", KB).subject == 0
    # NOTE: a speaker who holds the value ("its", a pronoun that may stand for the speaker) is still its subject
    own = _told("a", "Kay Lund said its output was 38 percent.", Quantity(38.0, "%", "=", "38 percent", event="be", holder="its output"),
                (Mention("kay lund", "Kay Lund", "PERSON"),), (("pred", "say"), ("agent", "lund"), ("said", "be")), "Kay Lund")
    assert al._answered_by({"kay lund"}, own, "38 percent")
    # NOTE: without a verb of saying the agent is the doer, whatever the attribution
    doer = _told("a", "Colette Fairweather recycled 38 percent.", Quantity(38.0, "%", "=", "38 percent", event="recycle"),
                 (Mention("colette fairweather", "Colette Fairweather", "PERSON"),),
                 (("pred", "recycle"), ("agent", "fairweather")), "Colette Fairweather")
    assert al._answered_by({"colette fairweather"}, doer, "38 percent")
