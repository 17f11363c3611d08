"""Predicate roles (`checker.normalize.roles`) on hand-built parses: the subjects of negated words."""

from __future__ import annotations

import dataclasses

from checker.models import Token
from checker.normalize.roles import negated_subjects


def _parse(*rows: tuple[str, str, str, int]) -> tuple[Token, ...]:
    """Tokens from (lemma, part of speech, dep, head index) rows."""
    return tuple(Token(w, w, pos, dep, head, "", 0) for w, pos, dep, head in rows)


def test_roles_negated_subjects_are_the_parsed_subjects_of_the_negated_words():
    # "Bale will not play Jobs, the studio said": the subject of "play", not of "said"
    toks = _parse(("bale", "PROPN", "nsubj", 3), ("will", "AUX", "aux", 3), ("not", "PART", "neg", 3), ("play", "VERB", "ccomp", 7),
                  ("jobs", "PROPN", "dobj", 3), ("the", "DET", "det", 6), ("studio", "NOUN", "nsubj", 7), ("say", "VERB", "ROOT", 7))
    assert negated_subjects(toks) == ("bale",)


def test_roles_a_verbless_headline_takes_the_nominals_before_its_negated_word_as_its_subject():
    # "Islamic State Leader al-Baghdadi “Not Dead”": "State" hangs on "Dead" as a modifier, "Baghdadi" on "State"
    toks = _parse(("islamic", "PROPN", "compound", 1), ("state", "PROPN", "npadvmod", 5), ("leader", "PROPN", "compound", 3),
                  ("baghdadi", "PROPN", "appos", 1), ("not", "PART", "neg", 5), ("dead", "ADJ", "ROOT", 5),
                  ("in", "ADP", "prep", 5), ("syria", "PROPN", "pobj", 6))
    assert negated_subjects(toks) == ("baghdadi", "islamic", "state")  # NOTE: not the object of "in"
    # with a parsed subject, only the subject
    toks = _parse(("baghdadi", "PROPN", "nsubj", 3), ("be", "AUX", "aux", 3), ("not", "PART", "neg", 3), ("dead", "ADJ", "ROOT", 3))
    assert negated_subjects(toks) == ("baghdadi",)


def test_roles_a_verb_of_saying_names_the_predicate_it_reports():
    from checker.normalize.roles import predicate_roles

    # "The leader was killed in a strike, officials said"
    toks = _parse(("leader", "NOUN", "nsubjpass", 2), ("be", "AUX", "auxpass", 2), ("kill", "VERB", "ccomp", 5),
                  ("in", "ADP", "prep", 2), ("official", "NOUN", "nsubj", 5), ("say", "VERB", "ROOT", 5))
    assert dict(predicate_roles(toks)) == {"pred": "say", "agent": "official", "said": "kill"}
    # "The leader is dead, police said": a copula's complement
    toks = _parse(("leader", "NOUN", "nsubj", 1), ("be", "AUX", "ccomp", 4), ("dead", "ADJ", "acomp", 1),
                  ("police", "NOUN", "nsubj", 4), ("say", "VERB", "ROOT", 4))
    assert dict(predicate_roles(toks))["said"] == "dead"
    # no clause said, or no verb of saying: no such role
    assert "said" not in dict(predicate_roles(_parse(("police", "NOUN", "nsubj", 1), ("say", "VERB", "ROOT", 1))))
    assert "said" not in dict(predicate_roles(_parse(("he", "PRON", "nsubj", 1), ("think", "VERB", "ROOT", 1), ("win", "VERB", "ccomp", 1))))


def test_roles_a_speaker_declining_to_tell_is_no_negated_claim():
    from checker.knowledge import load_knowledge
    from checker.normalize import claim_slots

    kb = load_knowledge()
    # "Ketsoyan would not say what the star was treated for"
    toks = _parse(("ketsoyan", "PROPN", "nsubj", 3), ("would", "AUX", "aux", 3), ("not", "PART", "neg", 3), ("say", "VERB", "ROOT", 3),
                  ("what", "PRON", "pobj", 6), ("star", "NOUN", "nsubjpass", 6), ("treat", "VERB", "ccomp", 3))
    assert not claim_slots("Ketsoyan would not say what the star was treated for.", toks, kb).negated
    # "Ketsoyan did not say that the star was treated": content, a negation
    said = toks[:4] + (Token("that", "that", "SCONJ", "mark", 6, "", 0),) + toks[5:]
    assert claim_slots("Ketsoyan did not say that the star was treated.", said, kb).negated


def test_roles_a_negated_infinitive_takes_the_subject_of_the_verb_it_complements():
    # "The pope turns out not to have made the comment"
    toks = _parse(("pope", "PROPN", "nsubj", 1), ("turn", "VERB", "ROOT", 1), ("out", "ADP", "prt", 1), ("not", "PART", "neg", 6),
                  ("to", "PART", "aux", 6), ("have", "AUX", "aux", 6), ("make", "VERB", "xcomp", 1), ("comment", "NOUN", "dobj", 6))
    assert negated_subjects(toks) == ("pope",)


def test_roles_a_headline_subject_hung_on_an_auxiliary_or_a_verb_hung_on_its_noun_is_the_negated_words():
    # "Kim Jong-un Is Not Opening A Restaurant": the subject hangs on "Is"
    toks = _parse(("kim", "PROPN", "compound", 1), ("un", "PROPN", "nsubj", 2), ("be", "AUX", "aux", 4), ("not", "PART", "neg", 4),
                  ("open", "VERB", "ROOT", 4), ("restaurant", "NOUN", "dobj", 4))
    assert negated_subjects(toks) == ("un",)
    # "Fed Not Raising Rates In March": the verb hangs on the noun before it
    toks = _parse(("fed", "PROPN", "ROOT", 0), ("not", "PART", "neg", 2), ("raise", "VERB", "acl", 0), ("rate", "NOUN", "dobj", 2))
    assert negated_subjects(toks) == ("fed",)
    # "Singer Not Dead": the adjective hangs on the noun as an apposition
    toks = _parse(("singer", "NOUN", "ROOT", 0), ("not", "PART", "neg", 2), ("dead", "ADJ", "appos", 0))
    assert negated_subjects(toks) == ("singer",)
    # a participle says it of its noun too ("Rates Not Raised": the rates)
    toks = _parse(("rate", "NOUN", "ROOT", 0), ("not", "PART", "neg", 2), ("raise", "VERB", "acl", 0))
    assert negated_subjects(toks) == ("rate",)


def test_roles_a_verbless_headline_not_and_its_adjective_after_the_noun_negate_the_claim():
    from checker.knowledge import load_knowledge
    from checker.normalize import claim_slots

    kb = load_knowledge()
    # "Pope Not Dead, Vatican Says": "dead" hangs on "Pope" as a modifier, no verb governs "Pope"
    toks = _parse(("pope", "PROPN", "dep", 5), ("not", "PART", "neg", 2), ("dead", "ADJ", "amod", 0), (",", "PUNCT", "punct", 5),
                  ("vatican", "PROPN", "nsubj", 5), ("say", "VERB", "ROOT", 5))
    assert claim_slots("Pope Not Dead, Vatican Says", toks, kb).negated
    # "Singer Not Dead After All, Says Manager": an apposition
    toks = _parse(("singer", "NOUN", "dep", 3), ("not", "PART", "neg", 2), ("dead", "ADJ", "appos", 0), ("say", "VERB", "ROOT", 3),
                  ("manager", "PROPN", "nsubj", 3))
    assert claim_slots("Singer Not Dead, Says Manager", toks, kb).negated
    # a modifier of a subject a verb governs ("The report, not accurate in places, was published") negates no claim
    toks = _parse(("report", "NOUN", "nsubjpass", 5), (",", "PUNCT", "punct", 0), ("not", "PART", "neg", 3), ("accurate", "ADJ", "amod", 0),
                  (",", "PUNCT", "punct", 0), ("publish", "VERB", "ROOT", 5))
    assert not claim_slots("The report, not accurate, was published", toks, kb).negated


def test_roles_no_on_the_subject_of_a_reported_clause_negates_the_claim():
    from checker.normalize import _negated

    # "The hospital said that no agreement has been reached"
    said = _parse(("the", "DET", "det", 1), ("hospital", "NOUN", "nsubj", 2), ("say", "VERB", "ROOT", 2), ("that", "SCONJ", "mark", 8),
                  ("no", "DET", "det", 5), ("agreement", "NOUN", "nsubjpass", 8), ("have", "AUX", "aux", 8),
                  ("be", "AUX", "auxpass", 8), ("reach", "VERB", "ccomp", 2))
    assert _negated(said, "The hospital said that no agreement has been reached")
    # an adverbial clause ("said so after no agreement had been reached") is no reported one
    deeper = tuple(dataclasses.replace(t, dep="advcl") if t.lemma == "reach" else t for t in said)
    assert not _negated(deeper, "The hospital said that no agreement has been reached")


def test_roles_the_clause_a_verb_of_saying_reports_and_its_own_roles():
    from checker.normalize.roles import predicate_roles, reported_clause

    # "The leader was killed in a strike, officials said": the roles of "killed", not of "said"
    toks = _parse(("leader", "NOUN", "nsubjpass", 2), ("be", "AUX", "auxpass", 2), ("kill", "VERB", "ccomp", 5),
                  ("in", "ADP", "prep", 2), ("official", "NOUN", "nsubj", 5), ("say", "VERB", "ROOT", 5))
    assert reported_clause(toks) == 2
    assert dict(predicate_roles(toks, 2)) == {"pred": "kill", "patient": "leader"}
    # no verb of saying, or nothing reported
    assert reported_clause(_parse(("he", "PRON", "nsubj", 1), ("think", "VERB", "ROOT", 1), ("win", "VERB", "ccomp", 1))) is None
    assert reported_clause(_parse(("police", "NOUN", "nsubj", 1), ("say", "VERB", "ROOT", 1))) is None
