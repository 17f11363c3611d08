"""Ranks as answers: "the third-largest bank", "Norway's largest lender", "finished fourth", "in second place".

A rank answers a question of one holder, as a count does: which place the holder takes on one scale ("how large a
bank is Halvorsen?", "where did Kiprop finish?"). Each rank read from the parse becomes a `Quantity` whose value is the
ordinal (a superlative alone is the first) and whose unit names the scale: ``rank`` with the superlative's lemma and the
ranked noun ("rank large bank") or ``place`` for a finishing position, so that the quantity judge (CC103) compares two
ranks of one scale and one holder under the same question alignment as any other value ("the third-largest bank" /
"the second-largest bank"; "finished fourth" / "finished second"). The holder is who is ranked: the subject a copula
equates with the ranked noun ("Halvorsen is the third-largest bank"), the name beside it ("Halvorsen, the third-largest
bank"), or a finishing verb's subject. A rank with no holder is not read: which thing is ranked is the question.

Requires `Claim.tokens`; assigns nothing (`checker.normalize.claim_slots` adds the ranks to `Slots.quantities`).
"""

from __future__ import annotations

import logging
import re
from typing import Sequence

from checker.knowledge import Knowledge
from checker.models import Mention, Quantity, Token
from checker.normalize.holders import noun_phrase

__all__ = ["RANK", "PLACE", "find_ranks", "ordinal_value", "rank_holder", "places_moved"]

logger = logging.getLogger(__name__)

RANK = "rank"
"""Unit prefix of a rank on a scale a superlative names ("rank large bank")."""
PLACE = "place"
"""Unit of a finishing position ("finished fourth", "in second place")."""

_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_ORDINALS = {w: i + 1 for i, w in enumerate(_ORDINAL_WORDS)}
_NUMERAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)

_SUPERLATIVE_WORDS = frozenset({"most", "least", "best", "worst"})
"""Superlatives not written with -est: "the most populous", "the best-selling"."""

_COPULAS = frozenset({"be", "become", "remain"})
_POSITION_NOUNS = frozenset({"place", "position", "spot"})
"""Nouns a finishing position is written with ("in second place", "took third spot")."""

_AFTER_VERB = frozenset({"advmod", "npadvmod", "acomp", "oprd", "attr", "dobj", "xcomp", "dep"})
"""Dependencies of an ordinal said of its verb's subject after the verb ("finished fourth", "came in third")."""


_MOVED_NOUNS = frozenset({"place", "spot"})
"""Nouns a move on a table is counted in ("climbs 9 places", "fell three spots"); not "position", which a cut of jobs
counts as often ("eliminates 46 positions")."""


def places_moved(q: Quantity, event: str, kb: Knowledge) -> bool:
    """A count of places said of a change ("climbs 9 places", "fell three spots": its event evokes
    `Knowledge.change_frames`) is how far a holder moved on a table, a difference between two ranks, not a rank ("to
    Number 3"); a count of places held ("40 places on the course") is none."""
    return q.unit in _MOVED_NOUNS and bool(event) and bool(
        ({event} | kb.frames_of(event)) & kb.change_frames)


def _predicate(tokens: Sequence[Token], k: int) -> bool:
    """The word at ``k`` is a verb, or the root of a clause with a subject the tagger read as a noun ("Glass Coast"
    climbs 9 places: "climbs" tagged a plural noun)."""
    t = tokens[k]
    return t.pos == "VERB" or t.dep == "ROOT" and t.pos == "NOUN" and any(
        u.head == k and u.dep == "nsubj" and j < k for j, u in enumerate(tokens))


def ordinal_value(word: str) -> int | None:
    """The number an ordinal writes ("third" -> 3, "21st" -> 21), or None."""
    low = word.lower()
    if low in _ORDINALS:
        return _ORDINALS[low]
    m = _NUMERAL.match(low)
    return int(m.group(1)) if m else None


def _superlative(tokens: Sequence[Token], i: int) -> bool:
    """A superlative: "most", "best"; a word in -est the parser lemmatises to its base ("largest" -> large), or one
    hyphened to the next word ("highest-grossing", whose "highest" the parser may keep as it is)."""
    t = tokens[i]
    low = t.text.lower()
    if t.pos not in ("ADJ", "ADV"):
        return False
    hyphened = i + 1 < len(tokens) and tokens[i + 1].text in ("-", "–")
    return low in _SUPERLATIVE_WORDS or low.endswith("est") and (t.lemma.lower() != low or hyphened)


def find_ranks(text: str, tokens: Sequence[Token], mentions: Sequence[Mention], kb: Knowledge) -> tuple[Quantity, ...]:
    """The ranks a parsed claim states (module docstring), each a `Quantity` with its holder and the words that
    state it as its text ("third-largest", "fourth")."""
    if not tokens:
        return ()
    out: list[Quantity] = []
    used: set[int] = set()
    for i, t in enumerate(tokens):
        if i in used or not _superlative(tokens, i):
            continue
        rank = _superlative_rank(text, tokens, mentions, i, used, kb)
        if rank is not None:
            out.append(rank)
    for i, t in enumerate(tokens):
        if i in used:
            continue
        if ordinal_value(t.text) is not None:
            rank = _finishing_rank(text, tokens, mentions, i)
        elif t.text.lower().rstrip(".") in _NUMBER_SIGNS:
            rank = _chart_rank(text, tokens, mentions, i)
        else:
            continue
        if rank is not None:
            out.append(rank)
    return tuple(out)


def _superlative_rank(text: str, tokens: Sequence[Token], mentions: Sequence[Mention], s: int,
                      used: set[int], kb: Knowledge) -> Quantity | None:
    """A superlative on a noun that a name is equated with: "Halvorsen is the third-largest bank", "Halvorsen, the
    second-largest bank", "Norway's largest lender, Halvorsen"."""
    first = s
    value = 1
    k = s - 1
    if k >= 0 and tokens[k].text in ("-", "–"):
        k -= 1
    if k >= 0 and (n := ordinal_value(tokens[k].text)) is not None:
        first, value = k, n
    # NOTE: the superlative phrase runs on through hyphens and the words it is made of ("highest-grossing",
    # "most populous"): its last word is the one the ranked noun takes
    last = s
    while last + 1 < len(tokens) and (tokens[last + 1].text in ("-", "–") or tokens[last].text in ("-", "–")
                                      or tokens[s].text.lower() in _SUPERLATIVE_WORDS and last == s
                                      and tokens[last + 1].pos in ("ADJ", "VERB")):
        last += 1
    if tokens[last].text in ("-", "–"):
        last -= 1
    noun = next((j for j in range(last + 1, min(len(tokens), last + 4)) if tokens[j].pos in ("NOUN", "PROPN")
                 and all(tokens[m].pos in ("NOUN", "PROPN", "ADJ", "PUNCT") for m in range(last + 1, j))), None)
    if noun is None or tokens[noun].pos != "NOUN":
        return None
    while noun + 1 < len(tokens) and tokens[noun].dep == "compound" and tokens[noun + 1].pos == "NOUN":
        noun += 1
    if not any(u.head == noun and (u.dep == "poss" or u.dep == "det" and u.lemma.lower() == "the") for u in tokens):
        return None  # NOTE: "a larger share", "one of the largest banks" (a plural: one of several) say no rank
    if tokens[noun].text.lower() != tokens[noun].lemma.lower() and tokens[noun].text.lower().endswith("s"):
        return None
    holder = _ranked(text, tokens, mentions, noun)
    if not holder:
        return None
    used.update(range(first, last + 1))
    words = " ".join(u.lemma.lower() for u in tokens[s: last + 1] if u.text not in ("-", "–"))
    # NOTE: the ranked noun with its common-noun modifiers: "the most-attended cricket league" ranks cricket leagues,
    # "the 4th most attended league of all sports" all leagues
    kind = " ".join([u.lemma.lower() for k, u in enumerate(tokens) if u.head == noun and u.dep == "compound" and u.pos == "NOUN"
                     and k < noun] + [tokens[noun].lemma.lower()])
    span = text[tokens[first].start: tokens[last].start + len(tokens[last].text)]
    # NOTE: "the world's largest carmaker", "Norway's third-biggest lender": the possessor is where the rank holds
    place = tuple(_place(tokens, j, kb) for j, u in enumerate(tokens) if u.head == noun and u.dep == "poss" and _place(tokens, j, kb))
    # NOTE: "Europe's second-best beach": a rank of merit alone (`_MERIT`) is the place a judging gives, which "ranked fifth"
    # states too; a rank on a measured scale ("third-largest", "best-selling") keeps its scale
    unit = PLACE if words in _MERIT else f"{RANK} {words} {kind}"
    return Quantity(value=float(value), unit=unit, comparator="=", text=span, event="rank", holder=holder, place=place)


_MERIT = frozenset({"good", "well", "best"})
"""Lemmas of "best" alone: a superlative of merit, no measured scale ("the second-best beach" is second place)."""


def _place(tokens: Sequence[Token], j: int, kb: Knowledge) -> str:
    """The place a possessor names ("Norway's", "the world's"), lower-cased, or empty."""
    u = tokens[j]
    if u.ent in ("GPE", "LOC"):
        words = [w.text for k, w in enumerate(tokens) if w.head == j and w.dep == "compound" and k < j] + [u.text]
        return " ".join(words).lower()
    return kb.place_words.get(u.lemma.lower(), "")


def _ranked(text: str, tokens: Sequence[Token], mentions: Sequence[Mention], noun: int) -> str:
    """Who the ranked noun at ``noun`` is said of: the subject of a copula it is the attribute of, the name it is in
    apposition to, the name in apposition to it, or the attribute of a copula it is the subject of."""
    t = tokens[noun]
    head = tokens[t.head]
    if t.dep == "attr" and head.lemma.lower() in _COPULAS:
        subject = next((j for j, u in enumerate(tokens) if u.head == t.head and u.dep in ("nsubj", "nsubjpass")), None)
        return _key(text, tokens, mentions, subject)
    if t.dep == "appos" and t.head != noun:
        return _key(text, tokens, mentions, t.head)
    named = next((j for j, u in enumerate(tokens) if u.head == noun and u.dep == "appos" and j != noun), None)
    if named is not None:
        return _key(text, tokens, mentions, named)
    if t.dep == "oprd" and head.pos == "VERB":
        # NOTE: "was voted Europe's second-best beach", "was named the third-largest bank": what the verb makes its object
        subject = next((j for j, u in enumerate(tokens) if u.head == t.head and u.dep in ("nsubj", "nsubjpass")), None)
        return _key(text, tokens, mentions, subject)
    if t.dep == "nsubj" and head.lemma.lower() in _COPULAS:
        attr = next((j for j, u in enumerate(tokens) if u.head == t.head and u.dep == "attr"), None)
        return _key(text, tokens, mentions, attr)
    return ""


_RELATIVES = frozenset({"who", "which", "that"})

_NUMBER_SIGNS = frozenset({"number", "no"})
"""Words a numbered position is written with ("debuted at number three", "peaked at No. 2")."""


def _number(word: str) -> int | None:
    """A whole number written in digits or words ("7", "three"), or None."""
    if word.isdigit():
        return int(word)
    try:
        from text_to_num import text2num

        return int(text2num(word.lower(), "en"))
    except (ImportError, ValueError):
        return None


def _chart_rank(text: str, tokens: Sequence[Token], mentions: Sequence[Mention], i: int) -> Quantity | None:
    """A numbered position its verb's subject reaches ("The song debuted at number three", "peaked at No. 2",
    "reached number one"): "number" or "No." right before a whole number, the object of the verb or of its
    preposition."""
    j = i + 1
    sign = tokens[i].text.lower().rstrip(".")
    if j < len(tokens) and tokens[j].text == "." and sign == "no":
        j += 1
    if j >= len(tokens) or tokens[j].pos != "NUM" or (value := _number(tokens[j].text)) is None or not 0 < value <= 200:
        return None
    if j + 1 < len(tokens) and tokens[j + 1].pos in ("NOUN", "PROPN"):
        return None  # NOTE: "play No. 5 seed Indiana State", "a legitimate No. 1 back": a number modifying a noun
    if sign == "no" and not text[tokens[i].start:].startswith(("No.", "No ")):
        return None  # NOTE: "no" the determiner ("no three players") is no sign of a number
    t = tokens[i]
    verb = None
    if t.dep == "dobj" and _predicate(tokens, t.head):
        verb = t.head
    elif t.dep == "pobj" and tokens[t.head].dep == "prep" and _predicate(tokens, tokens[t.head].head):
        verb = tokens[t.head].head
    if verb is None or i == 0 or (i - 1 != verb and i - 1 != t.head):
        return None  # NOTE: "identified as Juror No. 12": a number in a name, not a position reached
    # NOTE: a verb without its own subject takes its clause head's, as a finishing verb does ("has given the singer her
    # first Top 10 single, debuting at No. 7": the single's place)
    holder = _key(text, tokens, mentions, _subject(tokens, verb))
    if not holder:
        return None
    words = text[t.start: tokens[j].start + len(tokens[j].text)]
    return Quantity(value=float(value), unit=PLACE, comparator="=", text=words, event=tokens[verb].lemma.lower(),
                    holder=holder)


def _key(text: str, tokens: Sequence[Token], mentions: Sequence[Mention], j: int | None) -> str:
    if j is None:
        return ""
    u = tokens[j]
    if u.lemma.lower() in _RELATIVES and tokens[u.head].dep == "relcl" and tokens[u.head].head != u.head:
        return _key(text, tokens, mentions, tokens[u.head].head)  # NOTE: "Kiprop, who finished fourth": the noun it is on
    if u.pos == "PRON":
        return ""  # NOTE: "it was the best move", "that was the biggest fire": whose rank a pronoun holds is too often
        # no thing the report names (ECB+ dev)
    if u.pos not in ("NOUN", "PROPN") and not (u.pos == "ADJ" and u.dep in ("nsubj", "nsubjpass")):
        return ""  # NOTE: an adjective as subject is a noun the parser mistook ("The single debuted at ...")
    return noun_phrase(tokens, j, text, mentions)


_SHARED_SUBJECT = frozenset({"conj", "advcl"})
"""Dependencies of a verb written without its own subject that takes its head's ("crashed twice and finished fourth",
"Kate Morrow, returning from surgery, finished fourth, her best result": the parser hung "finished" on "result"). Not
an open complement: "is expected to finish third" hopes, it does not place."""


def _subject(tokens: Sequence[Token], verb: int) -> int | None:
    """The subject of the verb at ``verb``: its own, else, for a verb in a clause that shares its head's subject
    (`_SHARED_SUBJECT`), the subject of that head (up to three clauses up)."""
    for _ in range(4):
        own = next((j for j, u in enumerate(tokens) if u.head == verb and u.dep in ("nsubj", "nsubjpass")), None)
        if own is not None:
            return own
        t = tokens[verb]
        if t.dep not in _SHARED_SUBJECT or t.head == verb:
            return None
        verb = t.head
    return None


def _finishing_rank(text: str, tokens: Sequence[Token], mentions: Sequence[Mention], o: int) -> Quantity | None:
    """An ordinal said of a verb's subject after the verb ("Kiprop finished fourth", "came in third") or with a noun of
    position ("finished in second place", "took third place")."""
    t = tokens[o]
    verb = None
    span = (o, o)
    if t.head != o and tokens[t.head].pos in ("VERB", "AUX") and t.dep in _AFTER_VERB and t.head < o:
        verb = t.head
    elif t.head != o and tokens[t.head].lemma.lower() in _POSITION_NOUNS and t.dep == "amod" and t.head == o + 1:
        place = t.head
        span = (o, place)
        if any(u.head == place and u.dep == "det" for u in tokens):
            return None  # NOTE: "in the first place" says why, not where anyone finished
        up = tokens[place]
        if up.dep == "dobj" and tokens[up.head].pos == "VERB":
            verb = up.head
        elif up.dep == "pobj" and tokens[up.head].dep == "prep" and tokens[tokens[up.head].head].pos == "VERB":
            verb = tokens[up.head].head
    if verb is None or any(u.head == o and (u.pos in ("NOUN", "PROPN") or u.dep == "det" or u.dep == "prep"
                                            and not _out_of(tokens, j)) for j, u in enumerate(tokens)):
        return None  # NOTE: "obliged the first of three wins": an ordinal with its own article or "of" picks out a thing
    holder = _key(text, tokens, mentions, _subject(tokens, verb))
    if not holder:
        return None
    value = ordinal_value(t.text)
    words = text[tokens[span[0]].start: tokens[span[1]].start + len(tokens[span[1]].text)]
    return Quantity(value=float(value or 0), unit=PLACE, comparator="=", text=words, event=tokens[verb].lemma.lower(),
                    holder=holder)


def _out_of(tokens: Sequence[Token], prep: int) -> bool:
    """The preposition at ``prep`` is the "of" of a field a rank is out of, a bare number or a counted noun ("ranked 48th
    of 180", "ranks third of 30 nations"): the size of the field, not the thing an ordinal picks out ("the first of the
    wins")."""
    if tokens[prep].lemma.lower() != "of":
        return False
    obj = next((j for j, u in enumerate(tokens) if u.head == prep and u.dep == "pobj"), None)
    if obj is None or any(u.head == obj and u.dep == "det" for u in tokens):
        return False
    return tokens[obj].pos == "NUM" or any(u.head == obj and u.dep == "nummod" for u in tokens)


def rank_holder(text: str, tokens: Sequence[Token], mentions: Sequence[Mention], j: int | None) -> str:
    """Who holds a rank said of the word at ``j`` (its noun phrase, the noun a relative pronoun stands for), as the ranks
    here read it; "" for a pronoun or no noun (`checker.normalize.outcomes.placings` reads places won with it)."""
    return _key(text, tokens, mentions, j)
