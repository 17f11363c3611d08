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
