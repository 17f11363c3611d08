"""One argument of one act, whatever the verb (`checker.normalize.answers.argument_of`, `same_argument`, CC105)."""

from __future__ import annotations

from checker.knowledge import doer_nouns
from checker.normalize.answers import same_argument
from tests.rules.handmade import KB


def test_same_argument_one_act_one_role_the_same_other_arguments():
    signed = "sign|with|=sancho|first senior contract|past"
    assert same_argument(signed, "sign|with|=jadon sancho|first senior contract|past", KB)  # one name in full and short
    assert not same_argument(signed, "sign|with|=petrov|first senior contract|past", KB)  # another's contract
    assert not same_argument(signed, "sign|from|=sancho|first senior contract|past", KB)  # another preposition
    assert not same_argument(signed, "sign|with|=sancho|loan deal|past", KB)  # another thing signed
    assert not same_argument(signed, "", KB)


def test_same_argument_one_act_in_other_words_a_noun_of_the_act_or_of_its_doer():
    bought = "buy|subject||bakery|past"
    assert same_argument("purchase|subject||bakery|", bought, KB)  # "the purchase of the bakery by X": WordNet synonyms
    assert same_argument("buyer|subject||bakery|", bought, KB)  # "X is the buyer of the bakery" (doer_nouns.tsv)
    assert same_argument("organiser|subject||festival|", "organise|subject||festival|past", KB)  # British spelling
    assert not same_argument("sell|subject||bakery|past", bought, KB)  # the other side of a sale
    assert not same_argument("buy|subject||north stand|past", "buy|subject||south stand|past", KB)
    assert same_argument("buy|subject||stand|past", "buy|subject||north stand|past", KB)


def test_same_argument_the_thing_given_decides_the_recipient_whatever_says_it_moved():
    went = "go|to||contract|past"
    assert same_argument(went, "award|to|=the board|six-year service contract|present", KB)
    assert same_argument(went, "award|to||contract|past", KB)
    assert not same_argument(went, "award|to||prize|past", KB)
    assert not same_argument("send|to|=smith|letter|past", "send|to|=brown|letter|past", KB)  # two senders' letters


def test_same_argument_a_state_holds_at_one_time():
    lives = "live|in|=ines moreau||present"
    assert same_argument(lives, "live|in|=moreau||present", KB)
    assert not same_argument(lives, "live|in|=ines moreau||past", KB)  # lived there before
    assert not same_argument(lives, "live|in|=ines moreau||future", KB)
    assert not same_argument(lives, "live|in|=paul moreau||present", KB)


def test_doer_nouns_from_wordnet():
    nouns = doer_nouns()
    assert "buy" in nouns["buyer"] and "organize" in nouns["organiser"] and "found" in nouns["founder"]
    assert "appointee" not in nouns  # whom an act befalls


def test_same_act_one_argument_asks_one_question_for_the_judge():
    """`same_act` (which `checker.judge.align` reads as one question) covers one argument of one act: the judge then
    compares the two names however differently the rest of each sentence runs."""
    from checker.models import Answer, Mention
    from checker.normalize.answers import same_act

    went = Answer(Mention("northlink marine", "Northlink Marine", "PERSON"), argument="go|to||contract|past",
                  argument_said="the answer to 'the contract went to …'")
    awarded = Answer(Mention("caledon ferry services", "Caledon Ferry Services", "ORG"),
                     argument="award|to|=the board|six-year service contract|present")
    assert same_act(went, awarded, KB) == "named as the answer to 'the contract went to …'"
    prize = Answer(Mention("caledon ferry services", "Caledon Ferry Services", "ORG"), argument="award|to||prize|past")
    assert same_act(went, prize, KB) == ""
    # NOTE: a place and a person fill no one argument; a place inside the other is no second answer
    town = Answer(Mention("lyon", "Lyon", "GPE"), argument="go|to||contract|past")
    assert same_act(went, town, KB) == ""
    inside = Answer(Mention("geneva", "Geneva", "GPE"), argument="live|in|=ines moreau||present")
    country = Answer(Mention("switzerland", "Switzerland", "GPE"), argument="live|in|=ines moreau||present")
    assert same_act(inside, country, KB) == ""
    assert same_act(inside, Answer(Mention("lyon", "Lyon", "GPE"), argument="live|in|=ines moreau||present"), KB)


def test_same_act_doers_of_one_argument_are_of_one_kind():
    """A team and its player both "opened the scoring": two doers of two labels are no two answers."""
    from checker.models import Answer, Mention
    from checker.normalize.answers import same_act

    team = Answer(Mention("chelsea", "Chelsea", "ORG"), argument="open|subject||scoring|past")
    player = Answer(Mention("cristiano ronaldo", "Cristiano Ronaldo", "PERSON"), argument="open|subject||scoring|past")
    other = Answer(Mention("arsenal", "Arsenal", "ORG"), argument="open|subject||scoring|past")
    assert same_act(team, player, KB) == ""
    assert same_act(team, other, KB)


def _opens(sid: str, noun: str, place: str, label: str):
    """"Its 40th NOUN will open in PLACE." as spaCy parses it."""
    from tests.rules.handmade import answered, ent

    return answered(sid, f"Its 40th {noun} will open in {place}.", [
        ("Its", "its", "PRON", "poss", 2, ""), ("40th", "40th", "ADJ", "amod", 2, "ORDINAL"), (noun, noun, "NOUN", "nsubj", 4, ""),
        ("will", "will", "AUX", "aux", 4, ""), ("open", "open", "VERB", "ROOT", 4, ""), ("in", "in", "ADP", "prep", 4, ""),
        (place, place.lower(), "PROPN", "pobj", 5, label)], (), (ent(place.lower(), place, label),))


def test_argument_of_a_structure_is_where_it_stands_whatever_it_does_there():
    from checker.knowledge import structure_nouns
    from checker.rules.entities import compare_entity_answers

    assert {"shop", "factory", "bridge"} <= structure_nouns() and not {"band", "ship"} & structure_nouns()
    # NOTE: a shop opens where it stands: one shop, two places; the parser's label on a place's name does not matter
    kells, dun = _opens("a", "shop", "Kellsbridge", "GPE"), _opens("b", "shop", "Dunmore", "PERSON")
    assert kells.slots.answers[0].argument == "open|in|40th shop||future"
    v = compare_entity_answers(kells, dun, KB)
    assert v is not None and v.values == (("Kellsbridge",), ("Dunmore",))
    # NOTE: a band moves: "its 40th band will open in Paris" / "... in London" may both hold
    assert _opens("a", "band", "Paris", "GPE").slots.answers[0].argument == ""
