"""One question read from the answers' own predicates (`checker.judge.align.one_question`): one act of one holder in
other words stands in for the sentences' likeness, the attribute word and the masked overlap."""

from __future__ import annotations

import datetime as dt

from checker.judge import align as al
from checker.knowledge import load_knowledge
from checker.match import _same_act
from checker.models import Claim, DateValue, Quantity, Slots

KB = load_knowledge()


def _claim(text: str, sid: str, *qs: Quantity, dates: tuple[DateValue, ...] = (), lemmas: tuple[str, ...] = ()) -> Claim:
    return Claim(sid, f"{sid}.md", 0, len(text), 1, 1, 1, text, slots=Slots(quantities=qs, dates=dates, lemmas=lemmas))


def _loss(holder: str = "total overwintering loss") -> Claim:
    return _claim("Total overwintering loss across all respondents was 38.2%, higher than the ten-year average.", "a",
                  Quantity(38.2, "percent", "=", "38.2%", event="lose", holder=holder),
                  lemmas=("total", "overwintering", "loss", "respondent", "high", "average"))


def _lost(event: str = "lose", holder: str = "beekeeper") -> Claim:
    return _claim("Beekeepers across the Upper Midwest lost 27 percent of their colonies over the winter, according to "
                  "the regional survey published this week.", "b",
                  Quantity(27, "percent", "=", "27 percent", event=event, holder=holder),
                  lemmas=("beekeeper", "lose", "colony", "winter", "survey", "publish", "week"))


def test_align_one_question_an_act_and_its_noun_of_one_holder_align_below_the_paraphrase_floor():
    assert al.acts_alike("loss", "lose", KB)  # NOTE: one action frame ("loss" / "lost")
    assert al.holder_head(_loss().slots.quantities[0], KB) == "", "the loss is the act measured, no holder"
    assert al.one_question(_loss(), "38.2%", _lost(), "27 percent", KB)
    got = al.align(_loss(), "38.2%", _lost(), "27 percent", KB, similarity=0.41)
    assert got.aligned, got.why
    # NOTE: the floor is lowered to that of two counts of one noun, not lifted
    assert "not paraphrases" in al.align(_loss(), "38.2%", _lost(), "27 percent", KB, similarity=0.25).why


def test_align_one_question_not_of_two_occurrences_named_apart():
    # NOTE: one act ("win" / "victory"), each answer next to a name the other claim never writes: two games
    a = _claim("The Colts secured that spot with a 31-24 win over the Jacksonville Jaguars last night.", "a",
               Quantity(31, "score", "=", "31-24", event="win"), lemmas=("colt", "secure", "spot", "win", "night"))
    b = _claim("Luck said after leading Indianapolis to a 20-13 victory over Kansas City.", "b",
               Quantity(20, "score", "=", "20-13", event="victory"), lemmas=("luck", "say", "lead", "victory"))
    assert al.acts_alike("win", "victory", KB)
    assert al.foreign_names(a, "31-24", b, "20-13", KB)
    assert not al.one_question(a, "31-24", b, "20-13", KB)


def test_align_one_question_needs_one_act():
    # NOTE: "gained 27 percent" is another act: the sentences' likeness still decides
    assert not al.acts_alike("gain", "lose", KB)
    assert not al.one_question(_loss(), "38.2%", _lost("gain"), "27 percent", KB)
    got = al.align(_loss(), "38.2%", _lost("gain"), "27 percent", KB, similarity=0.41)
    assert not got.aligned and "not paraphrases" in got.why


def test_align_one_question_verbs_of_one_synset_and_a_noun_of_the_act_are_one_act():
    assert al.acts_alike("resign", "quit", KB)  # NOTE: WordNet synonyms in their common senses (verb_synonyms.tsv)
    assert al.acts_alike("closure", "close", KB)  # NOTE: a noun of the act and its verb (deverbal_nouns.tsv)
    assert not al.acts_alike("be", "be", KB), "a verb of being says nothing of what is asked"
    assert not al.acts_alike("", "lose", KB)


def test_align_one_question_two_things_of_one_act_are_two_questions():
    # NOTE: a holder that is a thing, not the act ("the harvest lost 38.2%" / "beekeepers lost 27 percent")
    assert al.holder_head(_loss("harvest").slots.quantities[0], KB) == "harvest"
    assert not al.one_question(_loss("harvest"), "38.2%", _lost(), "27 percent", KB)
    assert not al.align(_loss("harvest"), "38.2%", _lost(), "27 percent", KB, similarity=0.41).aligned


def _year(y: int, holder: str, event: str = "open") -> DateValue:
    return DateValue(dt.date(y, 1, 1), dt.date(y, 12, 31), str(y), "year", event=event, holder=holder)


def test_align_one_question_dates_of_one_act_and_holder():
    a = _claim("The bridge was opened in 1932 after six years of work.", "a",
               dates=(_year(1932, "bridge"),), lemmas=("bridge", "open", "work"))
    b = _claim("Crowds lined the river when the bridge opened to traffic in 1931, the local paper recalled.", "b",
               dates=(_year(1931, "bridge"),),
               lemmas=("crowd", "line", "river", "bridge", "open", "traffic", "paper", "recall"))
    assert al.one_question(a, "1932", b, "1931", KB)
    c = _claim("The tunnel opened in 1931.", "c", dates=(_year(1931, "tunnel"),),
               lemmas=("tunnel", "open"))
    assert not al.one_question(a, "1932", c, "1931", KB), "two things opened"


def test_match_same_act_a_holder_naming_the_act_is_unknown():
    # NOTE: "Total overwintering loss was 38.2%" (lose, the loss) / "Beekeepers lost 27 percent" (lose, beekeeper)
    assert _same_act({("lose", "total overwintering loss")}, {("lose", "beekeeper")}, KB)
    assert not _same_act({("lose", "harvest")}, {("lose", "beekeeper")}, KB)
    assert not _same_act({("lose", "total overwintering loss")}, {("lose", "beekeeper")}), "no knowledge: as written"


def test_align_one_question_stands_in_for_a_shared_attribute_word():
    # NOTE: no word next to the two years in common ("resigned" / "chairman quit"): the act in other words is what they share
    a = _claim("He resigned in 2019.", "a", dates=(_year(2019, "", "resign"),), lemmas=("resign",))
    b = _claim("The chairman quit in 2018.", "b", dates=(_year(2018, "", "quit"),), lemmas=("chairman", "quit"))
    assert al.question(a, "2019", KB).attribute.isdisjoint(al.question(b, "2018", KB).attribute)
    got = al.align(a, "2019", b, "2018", KB)
    assert got.aligned and not got.frames, got.why
    c = _claim("The chairman was elected in 2018.", "c", dates=(_year(2018, "", "elect"),), lemmas=("chairman", "elect"))
    assert "no shared attribute word" in al.align(a, "2019", c, "2018", KB).why



def test_align_one_question_not_of_a_running_figure():
    # NOTE: a level reached or a change states a running figure at one time of many ("As the cases in Muscat grew over
    # 1,100" / "The total number of confirmed cases surged over 1,000 to 1,019"): the dates judge which time
    assert not al.acts_alike("grow", "surge", KB)
    assert not al.acts_alike("growth", "growth", KB)
    assert not al.acts_alike("reach", "reach", KB)
    assert al.acts_alike("lose", "lose", KB)


def test_align_one_question_not_of_a_name_the_other_claim_never_writes():
    # NOTE: "Two years ago, the Chargers won an NFL special award" holds its value by a name (capitalised inside the
    # sentence, missed by the parser's names) that the other claim never writes: whose act it is, that claim does not say
    a = _claim("The Colts became the only teams in history to win at least 10 games one year after losing 14 or more.",
               "a", Quantity(1, "year", "=", "one year", event="win"), lemmas=("colt", "become", "team", "win", "game"))
    b = _claim("Two years ago, the Chargers won an award for a ride-home program.", "b",
               Quantity(2, "year", "=", "Two years", event="win", holder="chargers"), lemmas=("charger", "win", "award"))
    assert not al.one_question(a, "one year", b, "Two years", KB)
    named = _claim("Two years ago, the Chargers won 10 games one year after the Colts lost 14.", "b",
                   Quantity(2, "year", "=", "Two years", event="win", holder="chargers"), lemmas=("charger", "win", "game"))
    a2 = _claim("The Chargers were the only team to win at least 10 games one year after losing 14 or more.", "a",
                Quantity(1, "year", "=", "one year", event="win"), lemmas=("charger", "team", "win", "game"))
    assert al.one_question(a2, "one year", named, "Two years", KB), "a holder the other claim names too"
