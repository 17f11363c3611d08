"""What describes a name answering a question, apart from the question (`checker.normalize.answers.said_of`, CC105)."""

from __future__ import annotations

from checker.rules.entities import compare_entity_answers
from tests.rules.handmade import KB, answered, ent


def _supplier(sid: str, kind: str, name: str, label: str, noun: str = "supplier"):
    """"The hackers got in through its KIND software NOUN, NAME, using stolen passwords." as spaCy parses it."""
    text = f"The hackers got in through its {kind} software {noun}, {name}, using stolen passwords."
    return answered(sid, text, [
        ("The", "the", "DET", "det", 1, ""), ("hackers", "hacker", "NOUN", "nsubj", 2, ""), ("got", "get", "VERB", "ROOT", 2, ""),
        ("in", "in", "ADP", "prt", 2, ""), ("through", "through", "ADP", "prep", 2, ""), ("its", "its", "PRON", "poss", 8, ""),
        (kind, kind, "NOUN", "compound", 8, ""), ("software", "software", "NOUN", "compound", 8, ""),
        (noun, noun, "NOUN", "pobj", 4, ""), (",", ",", "PUNCT", "punct", 8, ""), (name, name, "PROPN", "appos", 8, label),
        (",", ",", "PUNCT", "punct", 2, ""), ("using", "use", "VERB", "advcl", 2, ""), ("stolen", "steal", "VERB", "amod", 15, ""),
        ("passwords", "password", "NOUN", "dobj", 12, "")], (ent(name.lower(), name, label),))


def _album(sid: str, title_first: bool, title: str, noun: str, name: str):
    """"It beat TITLE, the new album from NOUN NAME, by 400 sales." (or the album first and its title after the name),
    with the name in two words."""
    first, last = name.split()
    if title_first:
        text = f'It beat "{title}", the new album from {noun} {name}, by 400 sales.'
        spec = [("It", "it", "PRON", "nsubj", 1, ""), ("beat", "beat", "VERB", "ROOT", 1, ""), ('"', '"', "PUNCT", "punct", 1, ""),
                (title, title, "PROPN", "dobj", 1, ""), ('"', '"', "PUNCT", "punct", 1, ""), (",", ",", "PUNCT", "punct", 1, ""),
                ("the", "the", "DET", "det", 8, ""), ("new", "new", "ADJ", "amod", 8, ""), ("album", "album", "NOUN", "dobj", 1, ""),
                ("from", "from", "ADP", "prep", 8, ""), (noun, noun, "NOUN", "compound", 12, ""),
                (first, first, "PROPN", "compound", 12, "PERSON"), (last, last, "PROPN", "pobj", 9, "PERSON"),
                (",", ",", "PUNCT", "punct", 1, ""), ("by", "by", "ADP", "prep", 1, ""), ("400", "400", "NUM", "nummod", 16, ""),
                ("sales", "sale", "NOUN", "pobj", 14, "")]
    else:
        text = f'It beat the new album from {noun} {name}, "{title}", by 400 sales.'
        spec = [("It", "it", "PRON", "nsubj", 1, ""), ("beat", "beat", "VERB", "ROOT", 1, ""), ("the", "the", "DET", "det", 4, ""),
                ("new", "new", "ADJ", "amod", 4, ""), ("album", "album", "NOUN", "dobj", 1, ""), ("from", "from", "ADP", "prep", 1, ""),
                (noun, noun, "NOUN", "compound", 8, ""), (first, first, "PROPN", "compound", 8, "PERSON"),
                (last, last, "PROPN", "pobj", 5, "PERSON"), (",", ",", "PUNCT", "punct", 1, ""), ('"', '"', "PUNCT", "punct", 1, ""),
                (title, title, "PROPN", "dobj", 1, ""), ('"', '"', "PUNCT", "punct", 11, ""), (",", ",", "PUNCT", "punct", 1, ""),
                ("by", "by", "ADP", "prep", 1, ""), ("400", "400", "NUM", "nummod", 16, ""), ("sales", "sale", "NOUN", "pobj", 14, "")]
    return answered(sid, text, spec, (ent(name.lower(), name, "PERSON"),))


def test_said_of_the_noun_a_name_is_and_the_words_that_only_describe_it():
    (r,) = _supplier("a", "payroll", "Quillbank", "PERSON").slots.answers
    assert r.nouns == ("supplier",)
    assert r.described == ("its payroll software",)


def test_said_of_the_thing_a_name_answers_for_described_by_its_title_either_side():
    (r,) = _album("a", True, "Tidewater", "rapper", "Dex Morrow").slots.answers
    assert r.nouns == () and set(r.described) == {"Tidewater", "rapper"}  # NOTE: a title says who, not what is asked
    # NOTE: the parser hangs "from" on the verb and reads the title after the name as a second object of it
    (r,) = _album("b", False, "Gravel", "singer", "Maddie Crowe").slots.answers
    assert r.nouns == () and set(r.described) == {"Gravel", "singer"}


def test_cc105_names_described_apart_answer_one_question_whatever_their_labels():
    a = _supplier("a", "payroll", "Quillbank", "PERSON")
    b = _supplier("b", "billing", "Tessmark", "ORG")
    v = compare_entity_answers(a, b, KB)
    assert v is not None and v.values == (("Quillbank",), ("Tessmark",))
    assert compare_entity_answers(_album("a", True, "Tidewater", "rapper", "Dex Morrow"),
                                  _album("b", False, "Gravel", "singer", "Maddie Crowe"), KB) is not None


def test_cc105_the_noun_a_name_is_stays_part_of_the_question():
    a = _supplier("a", "payroll", "Quillbank", "ORG")
    assert compare_entity_answers(a, _supplier("b", "billing", "Tessmark", "ORG", "auditor"), KB) is None
    assert compare_entity_answers(a, _supplier("b", "billing", "Tessmark", "ORG", "supplier"), KB) is not None
