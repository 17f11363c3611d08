"""The negation slots (`Slots.negated`, `Slots.neg_heads`) read from a hand-built parse: an existential "there is no X"."""

from __future__ import annotations

from checker.models import Token
from checker.normalize import _neg_heads, _negated


def _toks(rows) -> tuple[Token, ...]:
    """Tokens from (text, lemma, pos, dep, head) rows; offsets as the words follow one another."""
    out, at = [], 0
    for text, lemma, pos, dep, head in rows:
        out.append(Token(text, lemma, pos, dep, head, "", at))
        at += len(text) + 1
    return tuple(out)


_NO_SURVIVORS = _toks([("There", "there", "PRON", "expl", 1), ("were", "be", "VERB", "ROOT", 1), ("no", "no", "DET", "det", 3),
                       ("survivors", "survivor", "NOUN", "attr", 1), ("of", "of", "ADP", "prep", 3), ("the", "the", "DET", "det", 6),
                       ("crash", "crash", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 1)])


def test_normalize_there_is_no_x_is_an_asserted_negative():
    text = "There were no survivors of the crash."
    assert _negated(_NO_SURVIVORS, text)
    assert _neg_heads(_NO_SURVIVORS, None) == ("survivor",)


def test_normalize_there_is_some_x_or_no_doubt_that_p_is_no_negative():
    some = tuple(Token(t.text if i != 2 else "two", t.lemma if i != 2 else "two", t.pos, t.dep if i != 2 else "nummod", t.head, "", t.start)
                 for i, t in enumerate(_NO_SURVIVORS))
    assert not _negated(some, "There were two survivors of the crash.")
    # NOTE: "there is no doubt that P" is about P (`checker.parse` reads "no evidence that P" as a denial of P)
    doubt = _toks([("There", "there", "PRON", "expl", 1), ("is", "be", "VERB", "ROOT", 1), ("no", "no", "DET", "det", 3),
                   ("doubt", "doubt", "NOUN", "attr", 1), ("that", "that", "SCONJ", "mark", 6), ("he", "he", "PRON", "nsubj", 6),
                   ("won", "win", "VERB", "acl", 3), (".", ".", "PUNCT", "punct", 1)])
    assert not _negated(doubt, "There is no doubt that he won.")
    assert _neg_heads(doubt, None) == ()
    # NOTE: an attribute with "no" but no expletive subject is no existential ("It was no accident"): left as it was
    accident = _toks([("It", "it", "PRON", "nsubj", 1), ("was", "be", "VERB", "ROOT", 1), ("no", "no", "DET", "det", 3),
                      ("accident", "accident", "NOUN", "attr", 1), (".", ".", "PUNCT", "punct", 1)])
    assert not _negated(accident, "It was no accident.")


def test_normalize_a_noun_of_an_act_negated_with_its_support_verb_denies_the_acts_verb():
    # NOTE: "No agreement was reached": the verb of the act the noun names (WordNet derivation) is negated too
    reached = _toks([("No", "no", "DET", "det", 1), ("agreement", "agreement", "NOUN", "nsubjpass", 3), ("was", "be", "AUX", "auxpass", 3),
                     ("reached", "reach", "VERB", "ROOT", 3), (".", ".", "PUNCT", "punct", 3)])
    assert _negated(reached, "No agreement was reached.")
    assert _neg_heads(reached, None) == ("agree", "agreement", "reach")
    # NOTE: "Police did not make any arrests": a support verb negated with "not" and its object
    made = _toks([("Police", "police", "NOUN", "nsubj", 3), ("did", "do", "AUX", "aux", 3), ("not", "not", "PART", "neg", 3),
                  ("make", "make", "VERB", "ROOT", 3), ("any", "any", "DET", "det", 5), ("arrests", "arrest", "NOUN", "dobj", 3)])
    assert _neg_heads(made, None) == ("arrest", "make")
    # NOTE: a verb of its own ("No agreement was signed") keeps its negation to itself
    signed = tuple(Token("signed", "sign", t.pos, t.dep, t.head, "", t.start) if t.lemma == "reach" else t for t in reached)
    assert _neg_heads(signed, None) == ("sign",)


def test_normalize_without_on_the_main_verb_denies_its_act():
    left = _toks([("He", "he", "PRON", "nsubj", 1), ("left", "leave", "VERB", "ROOT", 1), ("without", "without", "ADP", "prep", 1),
                  ("paying", "pay", "VERB", "pcomp", 2), (".", ".", "PUNCT", "punct", 1)])
    assert _negated(left, "He left without paying.")
    assert _neg_heads(left, None) == ("pay",)
    ended = _toks([("Talks", "talk", "NOUN", "nsubj", 1), ("ended", "end", "VERB", "ROOT", 1), ("without", "without", "ADP", "prep", 1),
                   ("an", "an", "DET", "det", 4), ("agreement", "agreement", "NOUN", "pobj", 2)])
    assert _negated(ended, "Talks ended without an agreement")
    assert _neg_heads(ended, None) == ("agree", "agreement")
    # NOTE: an idiom that only qualifies ("without doubt"), and a "without" inside a noun phrase, deny nothing
    doubt = tuple(Token("doubt", "doubt", t.pos, t.dep, t.head, "", t.start) if t.lemma == "agreement" else t for t in ended)
    assert not _negated(doubt, "Talks ended without a doubt") and _neg_heads(doubt, None) == ()
    man = _toks([("A", "a", "DET", "det", 1), ("man", "man", "NOUN", "nsubj", 4), ("without", "without", "ADP", "prep", 1),
                 ("tickets", "ticket", "NOUN", "pobj", 2), ("waited", "wait", "VERB", "ROOT", 4)])
    assert not _negated(man, "A man without tickets waited") and _neg_heads(man, None) == ()
    # NOTE: on the verb of a describing clause ("The man who left without paying was arrested"), the claim's act stands
    who = _toks([("The", "the", "DET", "det", 1), ("man", "man", "NOUN", "nsubjpass", 7), ("who", "who", "PRON", "nsubj", 3),
                 ("left", "leave", "VERB", "relcl", 1), ("without", "without", "ADP", "prep", 3), ("paying", "pay", "VERB", "pcomp", 4),
                 ("was", "be", "AUX", "auxpass", 7), ("arrested", "arrest", "VERB", "ROOT", 7)])
    assert not _negated(who, "The man who left without paying was arrested")


def test_normalize_the_subject_of_a_verb_without_an_act_is_whom_it_is_denied_of():
    from checker.normalize.roles import negated_subjects

    left = _toks([("Smith", "smith", "PROPN", "nsubj", 1), ("left", "leave", "VERB", "ROOT", 1), ("without", "without", "ADP", "prep", 1),
                  ("paying", "pay", "VERB", "pcomp", 2)])
    assert negated_subjects(left) == ()
    assert negated_subjects(left, None, [1]) == ("smith",)
    from checker.knowledge import load_knowledge
    from checker.normalize import claim_slots

    assert claim_slots("Smith left without paying", left, load_knowledge()).neg_subjects == ("smith",)


def test_normalize_without_on_a_conjoined_verb_leaves_the_claim_asserted():
    # NOTE: "Offline mode is supported: download a region and navigate without a signal" states the support
    nav = _toks([("download", "download", "VERB", "ROOT", 0), ("maps", "map", "NOUN", "dobj", 0), ("and", "and", "CCONJ", "cc", 0),
                 ("navigate", "navigate", "VERB", "conj", 0), ("without", "without", "ADP", "prep", 3), ("signal", "signal", "NOUN", "pobj", 4)])
    assert not _negated(nav, "download maps and navigate without signal") and _neg_heads(nav, None) == ()


def test_normalize_an_imperative_beside_a_stated_clause_negates_nothing_it_states():
    # NOTE: "The Moon covers the Sun for two minutes, so don't spend it fiddling": the reader is told not to; the value stands
    told = _toks([("The", "the", "DET", "det", 1), ("Moon", "moon", "PROPN", "nsubj", 2), ("covers", "cover", "VERB", "ROOT", 2),
                  ("the", "the", "DET", "det", 4), ("Sun", "sun", "PROPN", "dobj", 2), (",", ",", "PUNCT", "punct", 2),
                  ("so", "so", "ADV", "advmod", 9), ("do", "do", "AUX", "aux", 9), ("n't", "not", "PART", "neg", 9),
                  ("spend", "spend", "VERB", "advcl", 2), ("it", "it", "PRON", "dobj", 9)])
    assert not _negated(told, "The Moon covers the Sun, so don't spend it")
    # NOTE: with a subject of its own, or told by "does", the clause is a statement and its negation stands
    said = tuple(Token("does", "do", t.pos, t.dep, t.head, "", t.start) if t.text == "do" else t for t in told)
    assert _negated(said, "The Moon covers the Sun, so it does n't spend it")
    own = _toks([("The", "the", "DET", "det", 1), ("Moon", "moon", "PROPN", "nsubj", 2), ("covers", "cover", "VERB", "ROOT", 2),
                 ("the", "the", "DET", "det", 4), ("Sun", "sun", "PROPN", "dobj", 2), (",", ",", "PUNCT", "punct", 2),
                 ("so", "so", "ADV", "advmod", 10), ("we", "we", "PRON", "nsubj", 10), ("do", "do", "AUX", "aux", 10),
                 ("n't", "not", "PART", "neg", 10), ("spend", "spend", "VERB", "advcl", 2), ("it", "it", "PRON", "dobj", 10)])
    assert _negated(own, "The Moon covers the Sun, so we don't spend it")
    # NOTE: an instruction alone keeps its negation ("Never look at the Sun")
    alone = _toks([("Never", "never", "ADV", "neg", 1), ("look", "look", "VERB", "ROOT", 1), ("at", "at", "ADP", "prep", 1),
                   ("the", "the", "DET", "det", 4), ("Sun", "sun", "PROPN", "pobj", 2)])
    assert _negated(alone, "Never look at the Sun")


def test_normalize_a_negated_light_verb_denies_the_act_its_words_name():
    # NOTE: "nobody has been taken into custody": "take into custody" is WordNet's "taking into custody", an arrest
    # (`checker.knowledge.light_verb_acts`); the light verb alone names no act
    taken = _toks([("Nobody", "nobody", "PRON", "nsubjpass", 3), ("has", "have", "AUX", "aux", 3), ("been", "be", "AUX", "auxpass", 3),
                   ("taken", "take", "VERB", "ROOT", 3), ("into", "into", "ADP", "prep", 3), ("custody", "custody", "NOUN", "pobj", 4),
                   (".", ".", "PUNCT", "punct", 3)])
    assert _negated(taken, "Nobody has been taken into custody.")
    assert "arrest" in _neg_heads(taken, None) and "take" in _neg_heads(taken, None)
    # NOTE: "has not given up": the particle completes the phrase
    up = _toks([("She", "she", "PRON", "nsubj", 3), ("has", "have", "AUX", "aux", 3), ("not", "not", "PART", "neg", 3),
                ("given", "give", "VERB", "ROOT", 3), ("up", "up", "ADP", "prt", 3), (".", ".", "PUNCT", "punct", 3)])
    assert "abandon" in _neg_heads(up, None)
    # NOTE: another phrase of the light verb ("taken into account") names another act, or none
    account = tuple(Token("account", "account", t.pos, t.dep, t.head, "", t.start) if t.lemma == "custody" else t for t in taken)
    assert "arrest" not in _neg_heads(account, None)
    # NOTE: the phrase asserted, not negated, negates nothing
    arrested = tuple(Token("Police", "police", "NOUN", "nsubj", t.head, "", t.start) if t.lemma == "nobody" else t for t in taken)
    assert _neg_heads(arrested, None) == ()


def test_normalize_a_negation_inside_an_adverbial_clause_leaves_the_claim_asserted():
    # NOTE: "The bank spent 260,000 because donations could not keep up": the reason is denied, the spending stated
    because = _toks([("The", "the", "DET", "det", 1), ("bank", "bank", "NOUN", "nsubj", 2), ("spent", "spend", "VERB", "ROOT", 2),
                     ("260,000", "260,000", "NUM", "dobj", 2), ("because", "because", "SCONJ", "mark", 8),
                     ("donations", "donation", "NOUN", "nsubj", 8), ("could", "could", "AUX", "aux", 8),
                     ("not", "not", "PART", "neg", 8), ("keep", "keep", "VERB", "advcl", 2), ("up", "up", "ADP", "prt", 8)])
    assert not _negated(because, "The bank spent 260,000 because donations could not keep up")
    # NOTE: the same clause as the predicate's conjunct is the claim's own and its negation stands
    joined = tuple(Token(t.text, t.lemma, t.pos, "conj" if t.dep == "advcl" else t.dep, t.head, "", t.start) for t in because)
    assert _negated(joined, "The bank spent 260,000 and donations could not keep up")
    # NOTE: "..., so donations did not run out": a consequence drawn with "so" states its own negation
    drawn = tuple(Token("so", "so", "ADV", "advmod", 8, "", t.start) if t.text == "because" else t for t in because)
    assert _negated(drawn, "The bank spent 260,000 so donations could not keep up")
