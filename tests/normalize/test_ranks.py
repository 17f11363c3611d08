"""Ranks read from hand-built parses (`checker.normalize.ranks`), and CC103 comparing two ranks of one holder."""

from __future__ import annotations

import logging

from checker.knowledge import load_knowledge
from checker.models import Mention, Token
from checker.normalize.ranks import PLACE, find_ranks, ordinal_value
from checker.rules.numbers import compare_quantities
from tests.rules.handmade import claim

logger = logging.getLogger(__name__)

KB = load_knowledge()


def _parsed(spec, ents=()):
    """(text, lemma, pos, dep, head) per token, joined by single spaces; ``ents``: (index, label) pairs."""
    labels = dict(ents)
    out, pos = [], 0
    for k, (text, lemma, tag, dep, head) in enumerate(spec):
        out.append(Token(text, lemma, tag, dep, head, labels.get(k, ""), pos))
        pos += len(text) + 1
    toks = tuple(out)
    return " ".join(t.text for t in toks), toks


# "Halvorsen is the third - largest bank": the copula's subject holds the rank
_COPULA = [("Halvorsen", "halvorsen", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1), ("the", "the", "DET", "det", 6),
           ("third", "third", "ADV", "advmod", 5), ("-", "-", "PUNCT", "punct", 5), ("largest", "large", "ADJ", "amod", 6),
           ("bank", "bank", "NOUN", "attr", 1)]


def test_ranks_an_ordinal_superlative_is_a_rank_of_the_copulas_subject():
    text, toks = _parsed(_COPULA)
    (r,) = find_ranks(text, toks, (), KB)
    assert (r.value, r.unit, r.holder, r.text) == (3.0, "rank large bank", "halvorsen", "third - largest")


def test_ranks_a_superlative_alone_is_the_first_and_a_name_in_apposition_holds_it():
    # "Toyota , the world 's largest carmaker , recalled cars": the possessor is where the rank holds
    text, toks = _parsed([("Toyota", "toyota", "PROPN", "nsubj", 8), (",", ",", "PUNCT", "punct", 0), ("the", "the", "DET", "det", 3),
                          ("world", "world", "NOUN", "poss", 6), ("'s", "'s", "PART", "case", 3), ("largest", "large", "ADJ", "amod", 6),
                          ("carmaker", "carmaker", "NOUN", "appos", 0), (",", ",", "PUNCT", "punct", 0),
                          ("recalled", "recall", "VERB", "ROOT", 8), ("cars", "car", "NOUN", "dobj", 8)])
    (r,) = find_ranks(text, toks, (Mention("toyota", "Toyota", "ORG"),), KB)
    assert (r.value, r.unit, r.holder, r.place) == (1.0, "rank large carmaker", "toyota", ("world",))


def test_ranks_one_of_several_or_an_indefinite_noun_is_no_rank():
    # "It was one of the largest banks": a plural is one of several
    text, toks = _parsed([("Halvorsen", "halvorsen", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1), ("one", "one", "NUM", "attr", 1),
                          ("of", "of", "ADP", "prep", 2), ("the", "the", "DET", "det", 6), ("largest", "large", "ADJ", "amod", 6),
                          ("banks", "bank", "NOUN", "pobj", 3)])
    assert find_ranks(text, toks, (), KB) == ()
    # "Halvorsen is a larger bank": no superlative, no article
    text, toks = _parsed([("Halvorsen", "halvorsen", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1), ("a", "a", "DET", "det", 4),
                          ("larger", "large", "ADJ", "amod", 4), ("bank", "bank", "NOUN", "attr", 1)])
    assert find_ranks(text, toks, (), KB) == ()


def test_ranks_without_a_holder_nothing_is_read():
    # "Shares posted their biggest drop": whose rank it is, nothing says
    text, toks = _parsed([("Shares", "share", "NOUN", "nsubj", 1), ("posted", "post", "VERB", "ROOT", 1), ("their", "their", "PRON", "poss", 4),
                          ("biggest", "big", "ADJ", "amod", 4), ("drop", "drop", "NOUN", "dobj", 1)])
    assert find_ranks(text, toks, (), KB) == ()


def test_ranks_an_ordinal_after_a_verb_is_its_subjects_finishing_place():
    text, toks = _parsed([("Kiprop", "kiprop", "PROPN", "nsubj", 1), ("finished", "finish", "VERB", "ROOT", 1),
                          ("fourth", "fourth", "ADV", "advmod", 1), ("in", "in", "ADP", "prep", 1), ("Berlin", "berlin", "PROPN", "pobj", 3)])
    (r,) = find_ranks(text, toks, (), KB)
    assert (r.value, r.unit, r.holder, r.event, r.text) == (4.0, PLACE, "kiprop", "finish", "fourth")


def test_ranks_an_ordinal_before_its_verb_says_when_not_where():
    # "He first won the title in 2001": the first time, no place
    text, toks = _parsed([("Kiprop", "kiprop", "PROPN", "nsubj", 2), ("first", "first", "ADV", "advmod", 2), ("won", "win", "VERB", "ROOT", 2),
                          ("the", "the", "DET", "det", 4), ("title", "title", "NOUN", "dobj", 2)])
    assert find_ranks(text, toks, (), KB) == ()


def test_ranks_a_place_noun_and_a_relative_pronoun():
    # "Kiprop , who finished in second place , won": the relative pronoun stands for the noun it is on
    text, toks = _parsed([("Kiprop", "kiprop", "PROPN", "nsubj", 8), (",", ",", "PUNCT", "punct", 0), ("who", "who", "PRON", "nsubj", 3),
                          ("finished", "finish", "VERB", "relcl", 0), ("in", "in", "ADP", "prep", 3), ("second", "second", "ADJ", "amod", 6),
                          ("place", "place", "NOUN", "pobj", 4), (",", ",", "PUNCT", "punct", 0), ("won", "win", "VERB", "ROOT", 8)])
    (r,) = find_ranks(text, toks, (), KB)
    assert (r.value, r.unit, r.holder, r.text) == (2.0, PLACE, "kiprop", "second place")


def test_ranks_a_numbered_position_reached():
    text, toks = _parsed([("The", "the", "DET", "det", 1), ("album", "album", "NOUN", "nsubj", 2), ("peaked", "peak", "VERB", "ROOT", 2),
                          ("at", "at", "ADP", "prep", 2), ("No.", "no.", "PROPN", "pobj", 3), ("2", "2", "NUM", "nummod", 4)])
    (r,) = find_ranks(text, toks, (), KB)
    assert (r.value, r.unit, r.holder, r.text) == (2.0, PLACE, "album", "No. 2")
    # "no three players" is a determiner, not a number sign
    text, toks = _parsed([("It", "it", "PRON", "nsubj", 1), ("has", "have", "VERB", "ROOT", 1), ("no", "no", "DET", "dobj", 1),
                          ("three", "three", "NUM", "nummod", 2)])
    assert find_ranks(text, toks, (), KB) == ()


def test_ranks_a_numbered_position_of_a_verb_without_its_own_subject_is_its_clause_heads():
    # "The single gave her a hit , debuting at No. 7": the participle shares the subject of the clause it hangs from
    text, toks = _parsed([("The", "the", "DET", "det", 1), ("single", "single", "NOUN", "nsubj", 2), ("gave", "give", "VERB", "ROOT", 2),
                          ("her", "she", "PRON", "dative", 2), ("a", "a", "DET", "det", 5), ("hit", "hit", "NOUN", "dobj", 2),
                          (",", ",", "PUNCT", "punct", 2), ("debuting", "debut", "VERB", "advcl", 2), ("at", "at", "ADP", "prep", 7),
                          ("No.", "no.", "PROPN", "pobj", 8), ("7", "7", "NUM", "nummod", 9)])
    (r,) = find_ranks(text, toks, (), KB)
    assert (r.value, r.unit, r.holder, r.event, r.text) == (7.0, PLACE, "single", "debut", "No. 7")
    # an open complement hopes, it does not place: "The single is expected to debut at No. 7"
    text, toks = _parsed([("The", "the", "DET", "det", 1), ("single", "single", "NOUN", "nsubjpass", 3), ("is", "be", "AUX", "auxpass", 3),
                          ("expected", "expect", "VERB", "ROOT", 3), ("to", "to", "PART", "aux", 5), ("debut", "debut", "VERB", "xcomp", 3),
                          ("at", "at", "ADP", "prep", 5), ("No.", "no.", "PROPN", "pobj", 6), ("7", "7", "NUM", "nummod", 7)])
    assert find_ranks(text, toks, (), KB) == ()


def test_ranks_the_number_of_a_numbered_position_is_no_bare_value_of_its_own(real_parser):
    from checker.normalize import normalize_texts

    (c,) = normalize_texts(['"Paper Moons" has entered the Official Singles Chart at number 3.'], parser=real_parser)
    assert [(q.text, q.unit) for q in c.slots.quantities] == [("number 3", PLACE)]


def test_ranks_ordinal_values():
    assert [ordinal_value(w) for w in ("third", "Twelfth", "21st", "3rd", "three", "thirty")] == [3, 12, 21, 3, None, None]


def _rank_claim(text, sid, value, holder, written):
    from checker.models import Quantity

    return claim(text, sid, quantities=(Quantity(value, "rank large bank", "=", written, event="rank", holder=holder),),
                 lemmas=tuple(sorted({w.lower().strip(".,") for w in text.split()})))


def test_ranks_two_ranks_of_one_holder_conflict_and_of_two_holders_do_not():
    a = _rank_claim("Halvorsen Bank is the third-largest bank in Norway.", "a", 3.0, "halvorsen bank", "third-largest")
    b = _rank_claim("Halvorsen Bank is the second-largest bank in Norway.", "b", 2.0, "halvorsen bank", "second-largest")
    v = compare_quantities(a, b, KB)
    assert v is not None and v.verdict == "contradiction" and "two different ranks of halvorsen bank" in v.reason
    same = _rank_claim("Halvorsen Bank is the third-largest bank in Norway.", "b", 3.0, "halvorsen bank", "third-largest")
    assert compare_quantities(a, same, KB) is None


def test_ranks_the_ranked_noun_keeps_its_common_noun_modifiers():
    # "the most-attended cricket league" ranks cricket leagues, not every league
    text, toks = _parsed([("IPL", "ipl", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1), ("the", "the", "DET", "det", 7),
                          ("most", "most", "ADV", "advmod", 5), ("-", "-", "PUNCT", "punct", 5), ("attended", "attend", "VERB", "amod", 7),
                          ("cricket", "cricket", "NOUN", "compound", 7), ("league", "league", "NOUN", "attr", 1)])
    (r,) = find_ranks(text, toks, (), KB)
    assert r.unit == "rank most attend cricket league"


def test_ranks_a_pronoun_a_numbered_modifier_and_in_the_first_place_hold_no_rank():
    # "It was the best move": no thing named holds it
    text, toks = _parsed([("It", "it", "PRON", "nsubj", 1), ("was", "be", "AUX", "ROOT", 1), ("the", "the", "DET", "det", 4),
                          ("best", "good", "ADJ", "amod", 4), ("move", "move", "NOUN", "attr", 1)])
    assert find_ranks(text, toks, (), KB) == ()
    # "Creighton will play No. 5 seed Indiana": the number says which seed, not where Creighton stands
    text, toks = _parsed([("Creighton", "creighton", "PROPN", "nsubj", 1), ("plays", "play", "VERB", "ROOT", 1),
                          ("No.", "no.", "PROPN", "dobj", 1), ("5", "5", "NUM", "nummod", 2), ("seed", "seed", "NOUN", "compound", 5),
                          ("Indiana", "indiana", "PROPN", "appos", 2)])
    assert find_ranks(text, toks, (), KB) == ()
    # "They should join in the first place"
    text, toks = _parsed([("Chipmakers", "chipmaker", "NOUN", "nsubj", 1), ("join", "join", "VERB", "ROOT", 1), ("in", "in", "ADP", "prep", 1),
                          ("the", "the", "DET", "det", 5), ("first", "first", "ADJ", "amod", 5), ("place", "place", "NOUN", "pobj", 2)])
    assert find_ranks(text, toks, (), KB) == ()


def test_ranks_a_number_in_a_name_and_the_first_of_several_are_no_places():
    # "identified as Juror No. 12"
    text, toks = _parsed([("She", "she", "PRON", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2), ("identified", "identify", "VERB", "ROOT", 2),
                          ("as", "as", "ADP", "prep", 2), ("Juror", "juror", "PROPN", "compound", 5), ("No.", "no.", "PROPN", "pobj", 3),
                          ("12", "12", "NUM", "nummod", 5)])
    assert find_ranks(text, toks, (Mention("she", "She", "PERSON"),), KB) == ()
    # "The Bluejays obliged the first of three wins"
    text, toks = _parsed([("Bluejays", "bluejays", "PROPN", "nsubj", 1), ("obliged", "oblige", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
                          ("first", "first", "ADJ", "dobj", 1), ("of", "of", "ADP", "prep", 3), ("wins", "win", "NOUN", "pobj", 4)])
    assert find_ranks(text, toks, (), KB) == ()


def test_ranks_a_verb_without_its_own_subject_takes_its_heads():
    # "Morrow , finished fourth , her best result": the parser hangs "finished" (advcl) on "result", whose subject she is
    text, toks = _parsed([("Morrow", "morrow", "PROPN", "nsubj", 5), (",", ",", "PUNCT", "punct", 5), ("finished", "finish", "VERB", "advcl", 5),
                          ("fourth", "fourth", "ADJ", "advmod", 2), ("her", "her", "PRON", "poss", 5), ("result", "result", "NOUN", "ROOT", 5)])
    (r,) = find_ranks(text, toks, (), KB)
    assert (r.value, r.holder, r.event) == (4.0, "morrow", "finish")


def test_ranks_a_conjoined_verb_shares_its_subject_but_an_open_complement_does_not():
    # "Morrow crashed and finished sixth": one subject for both verbs
    text, toks = _parsed([("Morrow", "morrow", "PROPN", "nsubj", 1), ("crashed", "crash", "VERB", "ROOT", 1), ("and", "and", "CCONJ", "cc", 1),
                          ("finished", "finish", "VERB", "conj", 1), ("sixth", "sixth", "ADJ", "advmod", 3)])
    (r,) = find_ranks(text, toks, (), KB)
    assert (r.value, r.holder) == (6.0, "morrow")
    # "Morrow is expected to finish third": a hope, not a place
    text, toks = _parsed([("Morrow", "morrow", "PROPN", "nsubjpass", 2), ("is", "be", "AUX", "auxpass", 2), ("expected", "expect", "VERB", "ROOT", 2),
                          ("to", "to", "PART", "aux", 4), ("finish", "finish", "VERB", "xcomp", 2), ("third", "third", "ADJ", "advmod", 4)])
    assert find_ranks(text, toks, (), KB) == ()


def test_ranks_an_ordinal_out_of_a_field_is_a_place_and_an_ordinal_of_things_is_not():
    # "Moldavia : ranked 48th of 180": the field's size after "of" leaves the place
    text, toks = _parsed([("Moldavia", "moldavia", "PROPN", "nsubj", 2), (":", ":", "PUNCT", "punct", 0),
                          ("ranked", "rank", "VERB", "ROOT", 2), ("48th", "48th", "NOUN", "oprd", 2),
                          ("of", "of", "ADP", "prep", 3), ("180", "180", "NUM", "pobj", 4)], ents=((0, "GPE"),))
    (r,) = find_ranks(text, toks, (), KB)
    assert (r.value, r.unit, r.holder, r.text) == (48.0, PLACE, "moldavia", "48th")
    # "Norway ranks third of 30 nations": a counted field too
    text, toks = _parsed([("Norway", "norway", "PROPN", "nsubj", 1), ("ranks", "rank", "VERB", "ROOT", 1),
                          ("third", "third", "ADV", "advmod", 1), ("of", "of", "ADP", "prep", 2),
                          ("30", "30", "NUM", "nummod", 5), ("nations", "nation", "NOUN", "pobj", 3)], ents=((0, "GPE"),))
    assert [(r.value, r.unit) for r in find_ranks(text, toks, (), KB)] == [(3.0, PLACE)]
    # "Kiprop won third of the races": the ordinal picks out things, no place
    text, toks = _parsed([("Kiprop", "kiprop", "PROPN", "nsubj", 1), ("won", "win", "VERB", "ROOT", 1),
                          ("third", "third", "ADV", "advmod", 1), ("of", "of", "ADP", "prep", 2),
                          ("the", "the", "DET", "det", 5), ("races", "race", "NOUN", "pobj", 3)], ents=((0, "PERSON"),))
    assert find_ranks(text, toks, (), KB) == ()


def test_ranks_a_superlative_of_merit_made_of_the_subject_is_its_place():
    # "The cove was voted Europe 's second - best beach": the object predicate's rank is the subject's, a place
    text, toks = _parsed([("The", "the", "DET", "det", 1), ("cove", "cove", "NOUN", "nsubjpass", 3),
                          ("was", "be", "AUX", "auxpass", 3), ("voted", "vote", "VERB", "ROOT", 3),
                          ("Europe", "europe", "PROPN", "poss", 9), ("'s", "'s", "PART", "case", 4),
                          ("second", "second", "ADV", "advmod", 8), ("-", "-", "PUNCT", "punct", 8),
                          ("best", "good", "ADJ", "amod", 9), ("beach", "beach", "NOUN", "oprd", 3)], ents=((4, "LOC"),))
    (r,) = find_ranks(text, toks, (), KB)
    assert (r.value, r.unit, r.holder) == (2.0, PLACE, "cove")
    # a measured scale keeps its rank: "voted Europe 's second - largest beach"
    spec = [("The", "the", "DET", "det", 1), ("cove", "cove", "NOUN", "nsubjpass", 3), ("was", "be", "AUX", "auxpass", 3),
            ("voted", "vote", "VERB", "ROOT", 3), ("Europe", "europe", "PROPN", "poss", 9), ("'s", "'s", "PART", "case", 4),
            ("second", "second", "ADV", "advmod", 8), ("-", "-", "PUNCT", "punct", 8),
            ("largest", "large", "ADJ", "amod", 9), ("beach", "beach", "NOUN", "oprd", 3)]
    text, toks = _parsed(spec, ents=((4, "LOC"),))
    (r,) = find_ranks(text, toks, (), KB)
    assert (r.value, r.unit, r.holder) == (2.0, "rank large beach", "cove")


def test_ranks_places_moved_are_a_difference_and_the_position_reached_is_the_rank(real_parser):
    # NOTE: "climbs 9 places to Number 3": how far the single moved, then where it stands; only the second is a rank
    from checker.normalize import normalize_texts

    moved, reached, held, cut = normalize_texts(['Mira Sol\'s single "Glass Coast" climbs 9 places to Number 3.',
                                                 "The single jumped to number three.", "The course has 40 places.",
                                                 "The city eliminates 46 positions."], parser=real_parser)
    assert [(q.text, q.unit, q.relation) for q in moved.slots.quantities] == [("9 places", PLACE, "difference"),
                                                                               ("Number 3", PLACE, "")]
    assert [(q.text, q.relation) for q in reached.slots.quantities] == [("number three", "")]
    assert [(q.text, q.relation) for q in held.slots.quantities] == [("40 places", "")]  # NOTE: places held, no move
    assert [(q.text, q.relation) for q in cut.slots.quantities] == [("46 positions", "")]  # NOTE: jobs cut, no table
    assert compare_quantities(moved, reached, KB) is None
