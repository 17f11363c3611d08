"""Who did it when the parse or the recogniser hides the name (`checker.normalize.answers`, `checker.normalize.roles`) and
which names a question is about (`checker.judge.align`): CC105 on agents named beside a title or a cut-short name."""

from __future__ import annotations

from checker.judge.align import align
from checker.normalize import normalize_texts
from tests.rules.handmade import KB, claim, ent


def _parts(real_parser, *texts: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention.key, a.part) for a in c.slots.answers] for c in normalize_texts(list(texts), parser=real_parser)]


def test_entity_agents_a_name_beside_the_agent_noun_is_the_agent(real_parser):
    assert _parts(real_parser, "The company was founded by the engineer Margaret Holloway in 1962.",
                  "The Lakeside Jazz Festival is organised by promoter Soundwave Events.",
                  "Two Evansville defenders were hurt.") == [
        [("margaret holloway", "agent")], [("lakeside jazz festival", "patient"), ("soundwave", "agent")], []]


def test_entity_agents_a_by_phrase_hung_on_another_phrase_is_still_the_agent(real_parser):
    founded, killed = normalize_texts(["The company was founded in 1962 in Reading by the engineer Margaret Holloway.",
                                       "The company was founded in Reading in 1962."], parser=real_parser)
    assert dict(founded.slots.roles).get("agent") == "engineer"
    assert "agent" not in dict(killed.slots.roles)


def test_entity_agents_the_answers_are_not_the_people_a_question_is_about():
    holloway, pryce = ent("margaret holloway", "Margaret Holloway", "PERSON"), ent("thomas pryce", "Thomas Pryce", "PERSON")
    a = claim("The company was founded by Margaret Holloway.", "a", actors=(holloway, ent("brightwater instruments")))
    b = claim("Our company was founded by Thomas Pryce.", "b", actors=(pryce, ent("brightwater")))
    assert align(a, "Margaret Holloway", b, "Thomas Pryce", KB).subject == 0
    said = claim("Omar Haddad said the company was founded by Thomas Pryce.", "b",
                 actors=(pryce, ent("omar haddad", "Omar Haddad", "PERSON")))
    assert align(a, "Margaret Holloway", said, "Thomas Pryce", KB).subject == 0
    assert align(said, "Thomas Pryce", a, "Margaret Holloway", KB).subject == 0
    # NOTE: people asked about, not answering, still tell two questions apart
    c = claim("Vera Lind founded the firm in 1962.", "c", actors=(ent("vera lind", "Vera Lind", "PERSON"),))
    d = claim("Omar Haddad founded the firm in 1965.", "d", actors=(ent("omar haddad", "Omar Haddad", "PERSON"),))
    assert align(c, "1962", d, "1965", KB).subject == -1


def test_entity_agents_an_appointment_named_by_a_noun_gives_its_role(real_parser):
    import dataclasses

    from checker.judge import judge_pair

    def codes(a: str, b: str) -> list[str]:
        ca, cb = (dataclasses.replace(c, tokens=()) for c in normalize_texts([a, b], parser=real_parser))
        return [v.code for v in judge_pair(ca, cb, KB)]

    named = normalize_texts(["Northfield Rovers announced the appointment of Marco Lindqvist as head coach."], parser=real_parser)[0]
    assert [(a.mention.key, a.description) for a in named.slots.answers if a.mention.label == "PERSON"] == [
        ("marco lindqvist", ("coach", "head", "next"))]
    assert codes("Northfield Rovers announced the appointment of Marco Lindqvist as head coach.",
                 "Northfield Rovers have named Henrik Jensen as their new head coach.") == ["CC105"]
    assert codes("Northfield Rovers announced the appointment of Marco Lindqvist as head coach.",
                 "Northfield Rovers have named Marco Lindqvist as their new head coach.") == []


def test_entity_agents_one_act_done_to_two_things_its_modifiers_tell_apart_has_two_doers(real_parser):
    from checker.rules.entities import compare_entity_answers

    def verdict(a: str, b: str):
        return compare_entity_answers(*normalize_texts([a, b], parser=real_parser), KB)

    # NOTE: a tier or group qualifier of what was won parts the two winners, whatever its words
    assert verdict("Lindgren, running only her second marathon, won the women's race in 2:28:47.",
                   "Kwame Osei won the men's race.") is None
    assert verdict("Lindgren won the junior title in Oslo.", "Kwame Osei won the senior title.") is None
    # NOTE: one thing won, or one told with fewer words, still has one winner
    assert verdict("Lindgren, running only her second marathon, won the women's race in 2:28:47.",
                   "Kwame Osei won the women's race.") is not None
    assert verdict("Lindgren won the race on Sunday.", "Kwame Osei won the men's race.") is not None


def test_entity_agents_two_people_answering_one_question_asked_in_other_words(real_parser):
    from checker.judge.align import asking
    from checker.rules.entities import compare_entity_answers

    a, b = normalize_texts(["In a 31-page opinion, Judge Patricia Okafor of the Fourth District Court found that the county "
                            "had exceeded its zoning powers by banning short rentals.",
                            "Fourth District Court Judge Alan Whitcombe sided with the homeowners, writing that the county "
                            "had gone beyond what state law allows it to regulate through zoning."], parser=real_parser)
    # NOTE: "found that" / "sided with" share few words; what both ask (who ruled) is alike in meaning
    with asking(0.72):
        v = compare_entity_answers(a, b, KB)
    assert v is not None and v.values == (("Patricia Okafor",), ("Alan Whitcombe",))
    assert "one question asked in other words" in v.reason
    # NOTE: questions unlike in meaning, or not known (no question vectors), name no one answer
    with asking(0.45):
        assert compare_entity_answers(a, b, KB) is None
    assert compare_entity_answers(a, b, KB) is None
    # NOTE: the cosine is of the question asked of each claim's person: places beside them answer something else
    c, d = normalize_texts(["The satellite was carried into space by a Vega-C launcher from Europe's Spaceport in Kourou.",
                            "Nordlys-1, a spacecraft designed to watch storms over the Arctic, lifted off aboard a Vega-C "
                            "rocket from Kourou."], parser=real_parser)
    with asking(0.9):
        assert compare_entity_answers(c, d, KB) is None
