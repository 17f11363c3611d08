"""Tests for `checker.normalize.entities`: products, the lexicon, targets, frames and knowledge files."""

from __future__ import annotations

import logging

import pytest

from checker.knowledge import load_knowledge
from checker.normalize.entities import ProductLexicon, find_actors, find_frames, find_places, find_products, find_targets

logger = logging.getLogger(__name__)


@pytest.fixture
def kb():
    return load_knowledge()


def _keys(mentions) -> list[str]:
    return [m.key for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veltrix shipped Orion 3 today.", [("orion 3", "Orion 3")]),
        ("USB 3.0 and USB 2 ports, Windows 8.1", [("usb 3", "USB 3.0"), ("usb 2", "USB 2"), ("windows 8.1", "Windows 8.1")]),
        ("Quill v2 is out.", [("quill 2", "Quill v2")]),
        ("Nimbus-4 beat Pixel 9a and Lark 4.5.", [("nimbus 4", "Nimbus-4"), ("pixel 9a", "Pixel 9a"), ("lark 4.5", "Lark 4.5")]),
        # a count or plural determiner before the name makes a trailing "s" a plural, not a variant
        ("Troops seized seven Kara-47s and a launcher.", [("kara 47", "Kara-47s")]),
        ("The airline grounded both Jetra-737s.", [("jetra 737", "Jetra-737s")]),
        ("Pilots flew 140 Jetra-7s.", [("jetra 7", "Jetra-7s")]),
        ("Veltrix launched the Pixel 4s today.", [("pixel 4s", "Pixel 4s")]),
    ],
)
def test_entities_find_products_versioned_names(text, expected):
    assert [(m.key, m.text) for m in find_products(text, None)] == expected
    assert {m.label for m in find_products(text, None)} == {"PRODUCT"}


@pytest.mark.parametrize(
    "text",
    ["It shipped on May 12, 2026.", "In May 12 people left.", "See Section 3 and Page 10.", "Results for Q3 2024.",
     "COVID-19 cases rose.", "Orion 300 units were sold.", "Zephyr 5 million users signed up.",
     "Brazil won 2-1 against Chile.", "Chile lost 1–2.", "On Friday 13 the market crashed.", "Brazil 2 Chile 1 at full time.",
     # NOTE: a count or measure glued to a name, a date, an ordinal (real news shapes, reworded).
     "He joined the Halden 76ers in May.", "They reached the Rovers 27-yard line.", "Posted 2 / 3 / 2009 by staff.",
     "Pell 3rd, a former agent, spoke.", "The Owls Clinch 5th Seed.",
     # NOTE: numbered places, broadcasts, scales and episodes
     "Traffic stopped on Interstate 75.", "She told Channel 4 reporters.", "A Magnitude 6.1 quake struck.",
     "Season 3 begins in May.", "They won Game 7 at home.", "Singer Found Dead at Age 34.",
     # NOTE: a unit of measure after the number: a count of it ("a law that gives Congress 60 days to review rules")
     "The law gives Congress 60 days to review.", "It left Halden 40 miles short."],
)
def test_entities_find_products_months_sections_and_counts_are_not_products(text):
    assert find_products(text, None) == ()


def test_entities_lexicon_resolves_bare_name_to_only_version():
    lex = ProductLexicon()
    lex.add_text("Veltrix launched Orion 3 for hospitals.")
    assert lex.versions == {"orion": {"orion 3"}}
    assert [(m.key, m.text) for m in find_products("Orion was popular.", lex)] == [("orion 3", "Orion")]


def test_entities_lexicon_family_key_when_two_versions():
    lex = ProductLexicon()
    lex.add_text("Zephyr 2 shipped in 2025.")
    lex.add_text("Zephyr 3 shipped in 2026.")
    assert lex.resolve("Zephyr") == "zephyr *"
    assert _keys(find_products("Zephyr is fast.", lex)) == ["zephyr *"]
    assert _keys(find_products("Zephyr 3 is fast.", lex)) == ["zephyr 3"]


def test_entities_lexicon_skips_family_words_and_unknown_names():
    lex = ProductLexicon()
    lex.add_text("Zephyr 2 shipped.")
    assert find_products("The Zephyr family grew.", lex) == ()
    assert find_products("Orion was popular.", lex) == ()
    assert ProductLexicon().bare_pattern() is None


def test_entities_lexicon_reads_a_name_bare_only_when_it_is_mostly_versioned():
    lex = ProductLexicon()
    lex.add_text("Orion 3 shipped. Critics liked Orion. Orion sold well.")  # NOTE: 1 of 3 mentions versioned
    lex.add_text("Traffic on Eastway 7 stopped. Eastway was closed. Eastway reopened. Eastway, Eastway and Eastway.")
    assert lex.bare_names() == ["Orion"]
    assert _keys(find_products("Orion was popular.", lex)) == ["orion 3"]
    assert find_products("Eastway was busy.", lex) == ()


def test_entities_lexicon_never_reads_a_common_word_bare():
    lex = ProductLexicon()
    lex.add_text("Tickets for City 7 went fast.")
    lex.add_text("The city council met.")
    assert lex.bare_names() == []
    assert find_products("City officials spoke.", lex) == ()
    assert _keys(find_products("City 7 sold out.", lex)) == ["city 7"]  # NOTE: with its version it is still read


def test_entities_lexicon_state_changes_only_with_what_normalisation_reads():
    a, b = ProductLexicon(), ProductLexicon()
    a.add_text("Orion 3 shipped.")
    b.add_text("Orion 3 shipped. Many people came.")
    assert a.state() == b.state()
    b.add_text("Orion was late. Orion was loud. Orion was good. Orion was fine.")  # NOTE: 1 of 5 still reads bare
    assert a.state() == b.state()
    b.add_text("Orion again.")  # NOTE: 1 of 6: no longer read bare
    assert a.state() != b.state() and b.bare_names() == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("for all foreign nationals", "foreign|nationals"),
        ("for Chinese research institutions", "china|institutions|research"),
        ("for Chinese citizens", "china|nationals"),
        ("for all researchers", "*|researchers"),
        ("for all domestic firms", "domestic|companies"),
        ("to foreign users", "foreign|users"),
        ("available worldwide", "*|*"),
        ("exports to China", "china|*"),
        ("for Commerce Department researchers", "department of commerce|researchers"),
    ],
)
def test_entities_find_targets_scopes(kb, text, key):
    assert _keys(find_targets(f"Lumora restricted access {text}.", kb)) == [key]


def test_entities_find_targets_lowercase_scope_after_preposition(kb):
    assert _keys(find_targets("Lumora restricted access for domestic firms.", kb)) == ["domestic|companies"]


def test_entities_find_targets_a_place_or_an_origin_is_no_target(kb):
    # "in India" says where, "from Japan" whence; neither is whom the action applies to
    assert find_targets("The outage cut data flows, said a director at Reliance Globalcom Ltd. in India.", kb) == ()
    assert find_targets("Lumora restricted imports from Japan.", kb) == ()
    assert _keys(find_targets("Lumora restricted exports against China.", kb)) == ["china|*"]


def test_entities_find_targets_bare_group_has_no_scope(kb):
    assert find_targets("Lumora restricted access for researchers.", kb) == ()


def test_entities_find_actors_uses_aliases(kb):
    found = find_actors("The US Commerce Department met Beijing officials.", (), kb)
    assert [(m.key, m.text) for m in found] == [
        ("us department of commerce", "The US Commerce Department"),
        ("chinese government", "Beijing"),
    ]
    found = find_actors("The U.S. Department of Commerce and the Treasury acted.", (), kb)
    assert [(m.key, m.text) for m in found] == [("us department of commerce", "The U.S. Department of Commerce")]


def test_entities_find_frames_from_text(kb):
    assert find_frames((), "The ministry banned Kestrel 2.", kb) == ("restrict",)
    assert find_frames((), "Veltrix launched Orion 3.", kb) == ("release",)
    assert find_frames((), "The weather was mild.", kb) == ()


def test_entities_find_frames_past_tense_of_e_final_verbs(kb):
    assert find_frames((), "The agency approved the Dunmore dam.", kb) == ("grant",)


def _toks(text: str, spec: list[tuple[str, str, str, int, str]]):
    """Tokens of ``text`` from (word, pos, dep, head, entity label) in order."""
    from checker.models import Token

    out, at = [], 0
    for word, pos, dep, head, ent in spec:
        at = text.index(word, at)
        out.append(Token(word, word.lower(), pos, dep, head, ent, at))
        at += len(word)
    return tuple(out)


def test_entities_a_word_describing_a_person_names_no_one_else(kb):
    text = "Actress Esther Williams dies"
    spec = [("Actress", "PROPN", "compound", 2, "ORG"), ("Esther", "PROPN", "compound", 2, "PERSON"),
            ("Williams", "PROPN", "nsubj", 3, "PERSON"), ("dies", "VERB", "ROOT", 3, "")]
    assert [m.text for m in find_actors(text, _toks(text, spec), kb)] == ["Esther Williams"]
    # a company before a title before the name is a second party ("Apple CEO Tim Cook")
    text = "Apple CEO Tim Cook said"
    spec = [("Apple", "PROPN", "compound", 1, "ORG"), ("CEO", "PROPN", "compound", 3, ""),
            ("Tim", "PROPN", "compound", 3, "PERSON"), ("Cook", "PROPN", "nsubj", 4, "PERSON"), ("said", "VERB", "ROOT", 4, "")]
    assert [m.text for m in find_actors(text, _toks(text, spec), kb)] == ["Apple", "Tim Cook"]
    # an apposition, and a second subject set off by a comma alone
    text = "Mermaid, Esther Williams dies"
    spec = [("Mermaid", "PROPN", "nsubj", 4, ""), (",", "PUNCT", "punct", 4, ""), ("Esther", "PROPN", "compound", 3, "PERSON"),
            ("Williams", "PROPN", "nsubj", 4, "PERSON"), ("dies", "VERB", "ROOT", 4, "")]
    assert [m.text for m in find_actors(text, _toks(text, spec), kb)] == ["Esther Williams"]
    appos = [("Mermaid", "PROPN", "nsubj", 4, ""), (",", "PUNCT", "punct", 0, ""), ("Esther", "PROPN", "compound", 3, "PERSON"),
             ("Williams", "PROPN", "appos", 0, "PERSON"), ("dies", "VERB", "ROOT", 4, "")]
    assert [m.text for m in find_actors(text, _toks(text, appos), kb)] == ["Esther Williams"]
    # two subjects joined by a conjunction are two parties
    text = "Acme and Esther Williams sued"
    spec = [("Acme", "PROPN", "nsubj", 4, "ORG"), ("and", "CCONJ", "cc", 0, ""), ("Esther", "PROPN", "compound", 3, "PERSON"),
            ("Williams", "PROPN", "conj", 0, "PERSON"), ("sued", "VERB", "ROOT", 4, "")]
    assert [m.text for m in find_actors(text, _toks(text, spec), kb)] == ["Acme", "Esther Williams"]


def test_entities_a_name_ends_before_a_headline_verb_tagged_into_it(kb):
    text = "Esther Williams Dies at 91"
    spec = [("Esther", "PROPN", "compound", 1, "PERSON"), ("Williams", "PROPN", "nsubj", 2, "PERSON"),
            ("Dies", "VERB", "ROOT", 2, "PERSON"), ("at", "ADP", "prep", 2, ""), ("91", "NUM", "pobj", 3, "")]
    assert [m.text for m in find_actors(text, _toks(text, spec), kb)] == ["Esther Williams"]
    text = "Dies at 91"
    spec = [("Dies", "VERB", "ROOT", 0, "PERSON"), ("at", "ADP", "prep", 0, ""), ("91", "NUM", "pobj", 1, "")]
    assert find_actors(text, _toks(text, spec), kb) == ()


def test_entities_a_group_that_acts_is_no_target(kb):
    text = "Chinese companies said Chinese researchers were denied access."
    spec = [("Chinese", "ADJ", "amod", 1, "NORP"), ("companies", "NOUN", "nsubj", 2, ""), ("said", "VERB", "ROOT", 2, ""),
            ("Chinese", "ADJ", "amod", 4, "NORP"), ("researchers", "NOUN", "nsubjpass", 6, ""),
            ("were", "AUX", "auxpass", 6, ""), ("denied", "VERB", "ccomp", 2, ""), ("access", "NOUN", "dobj", 6, "")]
    assert [m.text for m in find_targets(text, kb, _toks(text, spec))] == ["Chinese researchers"]
    # without a parse both groups stand
    assert [m.text for m in find_targets(text, kb)] == ["Chinese companies", "Chinese researchers"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Django 4.2.7 is out.", [("django 4.2.7", "Django 4.2.7")]),
        # a package written in lower case, with a version of three parts
        ("The leak was fixed in vellum 3.4.2.", [("vellum 3.4.2", "vellum 3.4.2")]),
        ("It needs numpy v1.26.4 or later.", [("numpy 1.26.4", "numpy v1.26.4")]),
        # not a lower-case word before two parts, a word of the language, a document part or an address
        ("The tram left at 10.30 and the vellum 3.4 build followed.", []),
        ("It was fixed in 4.2.1 and in release 4.3.", []),
        ("See section 4.2.1 of the manual.", []),
        ("The host 192.168.1.1 answered.", []),
    ],
)
def test_entities_find_products_versions_of_three_parts_and_lower_case_packages(text, expected):
    assert [(m.key, m.text) for m in find_products(text, None)] == expected


def test_entities_a_version_without_a_name_is_the_corpus_only_product():
    lex = ProductLexicon()
    lex.add_text("Streaming arrived in tidyparse 4.3.0.")
    assert lex.only_base() == "tidyparse"
    got = [(m.key, m.text) for m in find_products("Fixed in 4.2.1, first shipped in version 4.3.0 (release 4.4).", lex)]
    assert got == [("tidyparse 4.2.1", "4.2.1"), ("tidyparse 4.3", "version 4.3.0"), ("tidyparse 4.4", "release 4.4")]
    # two parts without a label, a numbered part of a document, or a second product named in the corpus: no version
    assert find_products("It took 4.5 hours; see section 4.2.1.", lex) == ()
    lex.add_text("It needs Python 3.10 or later.")
    assert lex.only_base() is None
    assert find_products("Fixed in 4.2.1.", lex) == ()


def _found_near(town: str, prep: str = "outside", ent: str = "ORG"):
    text = f"The stone was found {prep} {town}."
    return text, _toks(text, [("The", "DET", "det", 1, ""), ("stone", "NOUN", "nsubjpass", 3, ""), ("was", "AUX", "auxpass", 3, ""),
                              ("found", "VERB", "ROOT", 3, ""), (prep, "ADP", "prep", 3, ""), (town, "PROPN", "pobj", 4, ent)])


def test_entities_a_known_town_tagged_a_firm_after_a_preposition_of_where_is_a_place(kb):
    text, toks = _found_near("Kettering")
    assert [(m.key, m.label) for m in find_places(text, toks, kb)] == [("kettering", "GPE")]
    assert find_actors(text, toks, kb) == ()


def test_entities_a_name_the_gazetteer_does_not_know_or_no_preposition_of_where_takes_stays_an_organisation(kb):
    text, toks = _found_near("Persistence")  # NOTE: no place of that name
    assert find_places(text, toks, kb) == () and [m.label for m in find_actors(text, toks, kb)] == ["ORG"]
    text, toks = _found_near("Reading", prep="by")  # NOTE: "found by Reading": who found it, a club or a firm
    assert find_places(text, toks, kb) == () and [m.label for m in find_actors(text, toks, kb)] == ["ORG"]
