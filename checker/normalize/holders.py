"""What a value is of: the predicate a date or quantity modifies in the parse, and whose it is.

"Victoria died in 1901" -> (``die``, ``victoria``); "the Basic plan costs $9.99" -> (``cost``, ``basic plan``).
Two values with a different event or holder answer different questions.
"""

from __future__ import annotations

import logging
import re
from typing import Sequence

from checker.knowledge import LIGHT_FRAMES, Knowledge
from checker.models import Mention, Token

__all__ = ["value_role", "value_scope", "value_place", "value_relation", "mention_before"]

logger = logging.getLogger(__name__)

_LIGHT_LEMMAS = frozenset({"be", "have", "do", "say", "take", "make", "get", "become", "remain"})
_NP_DEPS = frozenset({"compound", "amod"})
_PRONOUNS = frozenset({"PRON", "DET"})
_TIME_PREPS = frozenset({"in", "on", "at", "over", "through", "by", "during", "within", "throughout"})
"""Prepositions that restrict a value when their object names a part (`Knowledge.part_nouns`) or is ordinal;
"during the pandemic" or "in the war" is the whole period, not a part of it."""
_PLACE_PREPS = frozenset({"in", "across", "outside", "within", "throughout", "inside", "at"})
"""Prepositions that state where a value holds ("$181.7 million in North America")."""
_ORDINAL = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "final", "last", "opening", "closing", "early", "late"})
_VALUE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj", "appos", "npadvmod", "conj"})
_CLAUSE_DEPS = frozenset({"acl", "relcl"})
_OFFSET = re.compile(r"\s*(?:ago\b|earlier\b|later\b|before\b|after\b|prior\b|previously\b|since\b|from now\b)", re.I)
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade",
                         "century", "season", "time", "times"})
_COMPARATIVE = re.compile(r"\s+(?P<word>more|less|fewer|[a-z]{2,}er)\s+than\b", re.I)
_NOT_COMPARATIVE = frozenset({"other", "rather", "under", "over", "after", "ever", "never", "either", "neither",
                              "whether", "per", "later", "earlier", "further"})
"""Words ending in -er that make no comparison with "than" ("other than"); "later / earlier than" date a time."""


def value_role(
    text: str, start: int, end: int, tokens: Sequence[Token], mentions: Sequence[Mention], kb: Knowledge
) -> tuple[str, str]:
    """(event, holder) of the value at ``text[start:end]``; ``("", "")`` without a parse.

    The event is the frame (or, without one, the lemma) of the content word the value attaches to,
    through prepositions; the holder the canonical key of that word's subject, possessor or "of"
    object when it is a named mention, else that noun phrase's words ("basic plan").
    """
    if not tokens:
        return "", ""
    head = _governor(tokens, start, end)
    if head is None:
        return "", ""
    t = tokens[head]
    frames = sorted(f for f in kb.frames_of(t.lemma) if f not in LIGHT_FRAMES)
    # NOTE: a word evoking several frames ("kill": attack and die) keeps its lemma, so both stay known.
    event = "birth" if t.text.lower() == "born" else (frames[0] if len(frames) == 1 else t.lemma)
    if t.pos == "ADJ" and t.dep == "amod" and tokens[t.head].pos in ("NOUN", "PROPN") and t.head != head:
        # NOTE: "an 11-year-old girl", "a 40-foot statue": a measure inside a modifier belongs to the noun it modifies.
        return event, _phrase(tokens, t.head, text, mentions, skip=head)
    return event, _holder(tokens, head, text, mentions, start, end)


def mention_before(text: str, pos: int, mentions: Sequence[Mention]) -> Mention | None:
    """The person or organisation named right before ``pos`` ("Ada Lovelace (1815–1852)")."""
    before = text[:pos].rstrip()
    best = None
    for m in mentions:
        if m.label in ("PERSON", "ORG") and m.text and before.endswith(m.text):
            if best is None or len(m.text) > len(best.text):
                best = m
    return best


def _governor(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The content word outside [start, end) that the date attaches to, through prepositions."""
    inside = {i for i, t in enumerate(tokens) if start <= t.start < end}
    root = next((i for i in sorted(inside) if tokens[i].head not in inside or tokens[i].head == i), None)
    if root is None:
        return None
    i = root
    for _ in range(4):
        h = tokens[i].head
        if h == i:
            return None
        i = h
        t = tokens[i]
        if t.pos in ("VERB", "NOUN", "ADJ", "PROPN") and t.lemma not in _LIGHT_LEMMAS and i not in inside:
            return i
        if t.lemma in _LIGHT_LEMMAS:
            # NOTE: "the temperature was 39 degrees": a copula's value is of its subject.
            subj = next((j for j, u in enumerate(tokens) if u.head == i and u.dep in ("nsubj", "nsubjpass") and j not in inside), None)
            return subj if subj is not None and tokens[subj].pos in ("NOUN", "PROPN") else None
    return None


def _holder(tokens: Sequence[Token], head: int, text: str, mentions: Sequence[Mention], start: int, end: int) -> str:
    """The head's subject (or possessor, or "of" object for nouns): a mention's key, else its noun phrase."""
    for i, t in enumerate(tokens):
        if t.head != head or i == head:
            continue
        if t.dep in ("nsubj", "nsubjpass", "poss") or (t.dep == "prep" and t.lemma == "of" and tokens[head].pos == "NOUN"):
            target = i
            if t.dep == "prep":
                target = next((j for j, u in enumerate(tokens) if u.head == i and u.dep == "pobj"), i)
            if start <= tokens[target].start < end or tokens[target].pos in _PRONOUNS:
                continue  # NOTE: "14,000 people fled": the value is its own subject; "it", "he" name no one
            return _phrase(tokens, target, text, mentions)
    return ""


def _phrase(tokens: Sequence[Token], target: int, text: str, mentions: Sequence[Mention], skip: int = -1) -> str:
    """A mention's key when the word is inside one, else the word's noun phrase (compounds and adjectives,
    except the token ``skip``: the measure's own adjective)."""
    for m in mentions:
        at = text.find(m.text)
        if at >= 0 and at <= tokens[target].start < at + len(m.text):
            return m.key
    words = [u.lemma.lower() for j, u in enumerate(tokens) if u.head == target and u.dep in _NP_DEPS and j < target and j != skip]
    return " ".join(words + [tokens[target].lemma.lower()])


def value_relation(text: str, end: int, unit: str) -> str:
    """How a value at ``text[:end]`` relates to what it measures: ``"offset"`` a time since or until
    ("eight days ago", "three weeks later", "two days before the vote"), ``"difference"`` a gap between two
    values ("five rounds sooner than", "$5 more than"), ``""`` an amount."""
    rest = text[end:]
    if re.match(r"\s*ago\b", rest, re.I) or (unit in _TIME_UNITS and _OFFSET.match(rest)):
        return "offset"
    m = _COMPARATIVE.match(rest)
    if m is not None and m["word"].lower() not in _NOT_COMPARATIVE:
        return "difference"
    return ""


def _anchors(tokens: Sequence[Token], start: int, end: int) -> tuple[list[int], list[int]]:
    """(words a value's restrictions attach to, the value's own tokens): the counted noun, clauses modifying
    it ("68 punches thrown during the round"), and the predicate (or noun, through "of") it is an argument of."""
    inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
    if not inside:
        return [], []
    root = next((i for i in inside if tokens[i].head not in inside or tokens[i].head == i), inside[0])
    noun = root
    if tokens[root].dep in ("nummod", "quantmod", "amod", "compound") and tokens[root].head != root:
        noun = tokens[root].head  # NOTE: "68 punches": the number modifies what it counts
    anchors = [noun] + [i for i, t in enumerate(tokens) if t.head == noun and t.dep in _CLAUSE_DEPS and i != noun]
    anchors += inside  # NOTE: "$41.6 million in North America": the phrase may hang off the scale word
    n = tokens[noun]
    if n.dep in _VALUE_DEPS and n.head != noun:
        h = n.head
        if tokens[h].pos == "ADP" and tokens[h].head != h:
            h = tokens[h].head  # NOTE: "a total of $450 million", "arrested 86 in the city": through the preposition
        if tokens[h].pos in ("VERB", "AUX", "NOUN"):
            anchors.append(h)
    return list(dict.fromkeys(anchors)), inside


def value_scope(text: str, start: int, end: int, tokens: Sequence[Token], kb: Knowledge) -> tuple[str, ...]:
    """Lemmas of the part of an event or period the value at ``text[start:end]`` is restricted to.

    Read from the parse: an "in / on / at / over / during / within" phrase whose object is a part noun
    (`Knowledge.part_nouns`: "the round", "Saturday", "the night") or ordinal ("the first half"), attached
    to the value's noun, to the predicate the value is an argument of, or to a clause modifying the noun
    ("68 punches thrown during the round"). A remainder word on the counted noun (`Knowledge.remainder_words`:
    "three other rifles", "three further explosions") adds ``"remainder"``. ``()`` without a parse or scope.
    """
    if not tokens:
        return ()
    anchors, inside = _anchors(tokens, start, end)
    out: list[str] = []
    number = min((tokens[i].start for i in inside if tokens[i].pos == "NUM"), default=start)
    if anchors and any(t.head == anchors[0] and t.dep == "amod" and t.lemma.lower() in kb.remainder_words and t.start > number
                       for t in tokens):
        # NOTE: "three other rifles", "three further explosions": what remains or is added; "more than $10
        # million" is a bound (its "more" comes before the number)
        out.append("remainder")
    for a in anchors:
        for i, t in enumerate(tokens):
            if t.head != a or i == a or t.dep != "prep" or i in inside:
                continue
            if t.lemma.lower() not in _TIME_PREPS:
                continue
            obj = next((j for j, u in enumerate(tokens) if u.head == i and u.dep == "pobj" and j != i), None)
            if obj is None or obj in inside:
                continue
            o = tokens[obj]
            lemma = o.lemma.lower()
            ordinal = any(u.head == obj and u.lemma.lower() in _ORDINAL for u in tokens)
            if lemma in kb.part_nouns or (ordinal and o.pos == "NOUN"):
                out.append(lemma)
    return tuple(dict.fromkeys(out))


def value_place(text: str, start: int, end: int, tokens: Sequence[Token], kb: Knowledge) -> tuple[str, ...]:
    """Lower-cased places the value at ``text[start:end]`` is stated for: a named place (GPE, LOC) or a
    region word (`Knowledge.place_words`: "territories", "the world") in a phrase on the value's noun or
    predicate, or a place adverb or adjective on them ("globally", "worldwide"), each read as the place it
    names ("$268.3 million in other territories" -> ``("territory",)``; "grossed $181.7 million in North
    America" -> ``("north america",)``; "a worldwide total of $450 million" -> ``("world",)``). ``()``
    without a parse or a place."""
    if not tokens:
        return ()
    anchors, inside = _anchors(tokens, start, end)
    out: list[str] = []

    def name(j: int) -> str:
        # NOTE: a multi-word place is its compound words and itself ("North America").
        words = [u.text for k, u in enumerate(tokens) if u.head == j and u.dep == "compound" and k < j] + [tokens[j].text]
        return " ".join(words).lower()

    for a in anchors:
        for i, t in enumerate(tokens):
            if t.head != a or i == a or i in inside:
                continue
            lemma = t.lemma.lower()
            if t.dep in ("advmod", "amod", "npadvmod") and lemma in kb.place_words:
                out.append(kb.place_words[lemma])
            elif t.dep == "prep" and lemma in _PLACE_PREPS:
                obj = next((j for j, u in enumerate(tokens) if u.head == i and u.dep == "pobj" and j != i), None)
                if obj is None or obj in inside:
                    continue
                o = tokens[obj]
                if o.ent in ("GPE", "LOC"):
                    out.append(name(obj))
                elif o.lemma.lower() in kb.place_words:
                    out.append(kb.place_words[o.lemma.lower()])
    return tuple(dict.fromkeys(out))
