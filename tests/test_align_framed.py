"""A frame both claims evoke shares the answers' action only when their own predicates may be one act
(`checker.judge.align.align`, `_one_act`)."""

from __future__ import annotations

from checker.judge import align as al
from checker.knowledge import load_knowledge
import datetime as dt

from checker.models import Claim, DateValue, Quantity, Slots

KB = load_knowledge()


def _claim(sid: str, text: str, *qs: Quantity, frames: tuple[str, ...]) -> Claim:
    return Claim(sid, f"{sid}.md", 0, len(text), 1, 1, 1, text, slots=Slots(quantities=qs, frames=frames))


# NOTE: ECB+ dev, topic 37: the injuring both claims tell is the other figure's, not the killed's
KILLED = _claim("a", "Twelve people were killed and 70 others were injured by a landslide in the district.",
                Quantity(12.0, "people", "=", "Twelve people", event="kill"),
                Quantity(70.0, "other", "=", "70 others", event="injure"), frames=("die", "attack", "injure", "disaster"))
RECEIVED = _claim("b", "We have received around 50 people with injuries suffered when the walls of their houses collapsed.",
                  Quantity(50.0, "people", "~", "around 50 people", event="receive"), frames=("injure", "disaster"))


def test_align_framed_a_shared_frame_of_another_figure_is_no_shared_action():
    got = al.align(KILLED, "Twelve people", RECEIVED, "around 50 people", KB, similarity=0.61)
    assert got.frames, "both claims evoke the injuring"
    assert not got.aligned and "measure different things" in got.why, got.why


def test_align_framed_a_shared_frame_of_the_answers_own_act_still_aligns():
    hurt = _claim("b", "We have received around 50 people hurt when the walls of their houses collapsed.",
                  Quantity(50.0, "people", "~", "around 50 people", event="hurt"), frames=("injure",))
    got = al.align(KILLED, "70 others", hurt, "around 50 people", KB, similarity=0.61)
    assert got.aligned, got.why
    # NOTE: answers whose acts are not read, or are of no frame ("a city of 160,000 people"), keep the claims' shared frame
    bare = _claim("b", hurt.text, Quantity(50.0, "people", "~", "around 50 people"), frames=("injure",))
    unread = _claim("a", KILLED.text, Quantity(12.0, "people", "=", "Twelve people"), frames=("die", "attack", "injure"))
    assert al.align(unread, "Twelve people", bare, "around 50 people", KB, similarity=0.61).aligned
    city = _claim("a", "Hotels in Manokwari, a city of 160,000 people, collapsed in the quakes.",
                  Quantity(160000.0, "people", "=", "160,000 people", event="city"), frames=("disaster",))
    home = _claim("b", "Residents in Manokwari, home to 167,000 people, remained wary of the quakes.",
                  Quantity(167000.0, "people", "=", "167,000 people", event="home"), frames=("disaster",))
    assert al._framed(city, "160,000 people", home, "167,000 people", KB)


def test_align_framed_a_frame_one_answers_predicate_evokes_is_their_action():
    # NOTE: ECB+ dev, topic 7: "51 wins coming by way of knockout" / "his 58th victory, 51 by KO": the winning is the act
    # of both answers, though one of them is read as "come"
    came = _claim("a", "He improves to 58-3 with 51 wins coming by way of knockout.",
                  Quantity(51.0, "win", "=", "51 wins", event="come"), frames=("win",))
    won = _claim("b", "It was his 58th victory, 51 by knockout.", Quantity(51.0, "", "=", "51", event="win"), frames=("win",))
    assert al._framed(came, "51 wins", won, "51", KB)
    assert not al._framed(KILLED, "Twelve people", RECEIVED, "around 50 people", KB)


def test_align_framed_a_shared_frame_no_other_value_is_of_stays_the_storys():
    # NOTE: "struck" read as an attack; the earthquake both claims tell is no other value's act
    struck = Claim("a", "a.md", 0, 60, 1, 1, 1, "The quake struck at 4:37 p.m. on Sunday, 8 November.",
                   slots=Slots(dates=(DateValue(dt.date(2026, 11, 8), dt.date(2026, 11, 8), "8 November", "day", event="attack"),),
                               frames=("earthquake", "attack")))
    hit = Claim("b", "b.md", 0, 60, 1, 1, 1, "The main shock hit on 15 November 2026.",
                slots=Slots(dates=(DateValue(dt.date(2026, 11, 15), dt.date(2026, 11, 15), "15 November 2026", "day", event="hit"),),
                            frames=("earthquake",)))
    assert al._framed(struck, "8 November", hit, "15 November 2026", KB)
    assert al._event(struck, "8 November") == "attack"
    # NOTE: with a value of the earthquake beside it, the shared frame is that value's act
    told = Claim("a", "a.md", 0, 60, 1, 1, 1, struck.text, slots=Slots(
        dates=struck.slots.dates, quantities=(Quantity(6.1, "magnitude", "=", "6.1", event="quake"),), frames=("earthquake", "attack")))
    assert not al._framed(told, "8 November", hit, "15 November 2026", KB)
