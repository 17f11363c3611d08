"""The stance cue lexicon's readers (`checker.cues`): a speaker declining to tell is no negation."""

from __future__ import annotations

from checker.cues import withheld
from checker.models import Token


def _parse(*rows: tuple[str, str, int]) -> tuple[Token, ...]:
    """Tokens from (word, dep, head index) rows; the lemma is the lower-cased word (written as a lemma)."""
    return tuple(Token(w, w.lower(), "X", dep, head, "", 0) for w, dep, head in rows)


# "Ketsoyan would not say what the star was treated for"
_SAY_WHAT = _parse(("Ketsoyan", "nsubj", 3), ("would", "aux", 3), ("not", "neg", 3), ("say", "ROOT", 3),
                   ("what", "pobj", 9), ("the", "det", 6), ("star", "nsubjpass", 8), ("be", "auxpass", 8),
                   ("treat", "ccomp", 3), ("for", "prep", 8))
# "He did not say that he would resign"
_SAY_THAT = _parse(("He", "nsubj", 3), ("did", "aux", 3), ("not", "neg", 3), ("say", "ROOT", 3), ("that", "mark", 7),
                   ("he", "nsubj", 7), ("would", "aux", 7), ("resign", "ccomp", 3))


def test_cues_withheld_a_negated_saying_verb_with_a_question_or_no_complement_withholds():
    assert withheld(_SAY_WHAT)
    # "Police declined to comment": the negative implicative's complement, with no content
    assert withheld(_parse(("Police", "nsubj", 1), ("decline", "ROOT", 1), ("to", "aux", 3), ("comment", "xcomp", 1)))
    # "The spokesman declined to say whether P": a question opened by its marker
    assert withheld(_parse(("spokesman", "nsubj", 1), ("decline", "ROOT", 1), ("to", "aux", 3), ("say", "xcomp", 1),
                           ("whether", "mark", 6), ("she", "nsubj", 6), ("be", "ccomp", 3)))
    # "Officials have yet to say how many died"
    # "The results have not yet been divulged": a verb of disclosing in the passive, with no content
    assert withheld(_parse(("results", "nsubjpass", 5), ("have", "aux", 5), ("not", "neg", 5), ("yet", "advmod", 5),
                           ("been", "auxpass", 5), ("divulge", "ROOT", 5)))
    assert withheld(_parse(("Officials", "nsubj", 1), ("have", "ROOT", 1), ("yet", "advmod", 1), ("to", "aux", 4),
                           ("say", "xcomp", 1), ("how", "advmod", 6), ("many", "nsubj", 7), ("die", "ccomp", 4)))


def test_cues_withheld_content_or_another_negated_verb_is_a_negation():
    assert not withheld(_SAY_THAT)  # NOTE: "did not say that P" denies saying P
    # "Police refused to confirm the name": an object is content
    assert not withheld(_parse(("Police", "nsubj", 1), ("refuse", "ROOT", 1), ("to", "aux", 3), ("confirm", "xcomp", 1),
                               ("the", "det", 5), ("name", "dobj", 3)))
    # "Bale will not play Jobs": not a verb of saying
    assert not withheld(_parse(("Bale", "nsubj", 3), ("will", "aux", 3), ("not", "neg", 3), ("play", "ROOT", 3),
                               ("Jobs", "dobj", 3)))
    # nothing negated, or no parse
    assert not withheld(_parse(("Police", "nsubj", 1), ("say", "ROOT", 1)))
    assert not withheld(())
    # one negated verb of saying and another negated verb: the other still negates
    both = _SAY_WHAT + _parse(("and", "cc", 3), ("did", "aux", 13), ("not", "neg", 13), ("return", "conj", 3))
    assert not withheld(both)
