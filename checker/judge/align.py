"""Question alignment: two answers (quantities, dates, names) are compared only when they answer one question.

A value-bearing claim is read as a question and an answer. "The Basic plan costs $9.99" asks
*what does the Basic plan cost* (subject: the plan; attribute: cost; qualifier: Basic) and answers
*$9.99*. Two answers are compared only when their questions align:

- the attribute words around the two answers overlap, or both claims evoke one action frame
  (``restrict``, ``die``), so "a 40-foot statue" and "the tower rises 300 feet" stay apart;
- their subjects do not name different people or products ("X died in 1820" vs "Y died in 1830");
- no qualifier next to either answer is foreign to the other claim ("Basic plan" vs "Premium plan");
- no measurement qualifier nearest the two answers differs on one axis (``qualifiers`` in
  ``checker/data/frames.yaml``: "GAAP EPS $1.51" vs "adjusted EPS $1.30", "gross" vs "net margin",
  "first-quarter" vs "full-year revenue"); a claim naming none of an axis stays comparable;
- without a shared action, the claims with their answers masked still share words (`MIN_MASKED`);
- two sums of one currency within a factor of two (`CLOSE_GAP`: "The round of 42 million euros was led by X" / "In
  total the company took in 24 million euros") stand in for the attribute word and the masked words, the sentences'
  similarity still asked;
- when the judge knows the claims' sentence embeddings, they are near-paraphrases
  (`ALIGN_SIMILARITY`; both floors chosen on the development half of `eval.folders`);
- two answers of one act of one holder in other words (`one_question`: the same predicate, WordNet synonyms, a noun of
  the act and its verb, one action frame: "Total overwintering loss ... was 38.2%" / "Beekeepers lost 27 percent")
  stand in for the shared words and lower the similarity floor to `COUNTED_SIMILARITY`;
- when it knows the embeddings of the claims' questions (answers masked), two questions alike in meaning
  (`QUESTION_SIMILARITY`) stand in for the last two: "is 330 metres tall" asks what "rises 1,063 feet" asks.

Requires `Claim.text` and `Claim.slots`; assigns nothing (the rules and the judge ask it).
"""

from __future__ import annotations

import calendar
import contextlib
import contextvars
import functools
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Sequence, TypeVar

from checker.models import Claim, DateValue, Quantity
from checker.normalize.answers import act_of, relation_of, same_act, same_relation, same_venue, venue_of
from checker.normalize.kinds import in_other_words, kin, same_holder
from checker.normalize.numbers import SCORE_HIGH, SCORE_LOW, count_noun

if TYPE_CHECKING:
    from checker.knowledge import Knowledge

__all__ = [
    "Question", "Alignment", "question", "align", "asking", "acts_alike", "holder_head", "one_question", "jaccard", "measure_qualifiers", "foreign_names", "local_similarity",
    "ALIGN_SIMILARITY", "QUESTION_SIMILARITY", "COUNTED_SIMILARITY", "CLOSE_GAP", "OWN_QUESTION", "MIN_MASKED", "ATTRIBUTE_WINDOW", "QUALIFIER_WINDOW", "LOCAL_WINDOW", "LOCAL_CROSSING", "LOCAL_AFTER",
]

logger = logging.getLogger(__name__)

ALIGN_SIMILARITY = 0.5
"""Cosine of the two claims' sentence embeddings below which their questions never align.

Chosen on the dev half of `eval.folders` (590 folders): 0.5 cut false alarms on SummEdits from
0.133 to 0.100 and on FNC-1 from 0.060 to 0.048 and kept every VitaminC verdict."""

COUNTED_SIMILARITY = 0.3
"""The similarity floor when the two answers count one noun (`Question.counted`): the noun is most of what the
question asks, and a long evidence sentence around it lowers the claims' cosine, not the question's likeness."""

QUESTION_SIMILARITY = 0.6
"""Cosine of the two claims' questions (each claim with its answers masked, `checker.match.question_texts`, embedded
as claims are) from which they ask one question in other words: it stands in for the masked words the claims share
(`MIN_MASKED`: "came ashore ... with maximum sustained winds of 120 mph" / "made landfall on Thursday as a Category 3
hurricane with 115 mph winds", 0.72) and for the claims' sentence similarity, which a sentence's other clauses pull
down; not for an attribute word or action next to both answers, nor the subject and qualifier checks.

Chosen on dev: at 0.5, eval.stories --split dev flagged one agreeing story more ("asteroid ... measured 60 feet in
diameter" / "the crater ... measured 40-feet wide", 0.56); at 0.6 stories, VitaminC 800 and SummEdits 700 dev are as
without it. A claim of several answers asks a blurred question: the tower's "rises 1,063 feet above Paris and weighs
about 7,300 tons" against "is 330 metres tall" is 0.51, below."""

OWN_QUESTION = 0.5
"""Likeness of the two answers' own questions (`local_similarity`: the words nearest each answer, the claim's other
answers farther) from which, when either claim gives several values, they ask one question whatever the claims'
sentence similarity and masked overlap (`MIN_MASKED`): a claim of several
values ("starting at $450/month, ... a one-time fee of $2,000, and ... starting at $2,500") blurs its sentence
embedding and shares few words with a claim of one ("This service is available for a one-time fee of $2,500")."""

MIN_MASKED = 0.15
"""Without a shared action frame, the Jaccard overlap the two claims need once their answers are masked.

Chosen on the dev half: every VitaminC dev verdict in a REFUTES folder had 0.15 or more; the values
of different things (a 10-minute check-in vs a 30-minute session, 46 vs 70 basis points of two ratios)
had 0.05-0.14."""

CLOSE_GAP = 0.3
"""|log10| of the ratio of two amounts of one currency up to which they are close (within a factor of two): two sums of
money that near each other, in claims that are near-paraphrases (`ALIGN_SIMILARITY`, judged by the judge), are most
likely one figure told twice, however differently each sentence names what it measures ("The round of 42 million euros
was led by X" / "In total the company took in 24 million euros"). Sums of money span orders of magnitude, so nearness
tells; shares (percent) and small counts crowd together, and do not. The evidence behind it: of every feature the
alignment model of the gates-model branch weighed, only the values' gap added to the word floors (docs/evaluation.md,
sealed set 11)."""

ATTRIBUTE_WINDOW = 4
"""Content words taken on each side of an answer as its attribute."""

LOCAL_WINDOW = 6
"""Content words taken on each side of an answer as its local question (`Question.local`)."""

LOCAL_CROSSING = 2
"""Words a number between a word and the answer counts as, in the word's distance (`Question.local`)."""

LOCAL_AFTER = 0.5
"""Weight of a word after the answer against one before it at the same distance: what a value is of mostly comes
first ("revenue was $1.5 billion", "net income of $130.4 million"), and the next value's words follow it.
Chosen on the dev half of VitaminC (4,000 folders, `judge_pair`): 1.0 -> 0.5, R 0.293 -> 0.295 at P 0.950."""

QUALIFIER_WINDOW = (10, 6)
"""Words (any) before and after an answer in which its measurement qualifiers are looked for."""

# NOTE: function words and reporting verbs say nothing about what is measured.
_STOP = frozenset(
    "a an the of in on at to for from by with and or but as than that this these those which who whom whose what "
    "is are was were be been being has have had do does did will would shall should can could may might must "
    "it its it's they them their there here he she his her we our you your i my me us not no nor so such "
    "about around approximately roughly nearly almost over under more less fewer most least some any each every "
    "per up down out into onto also only just very much many all both then when while after before since until "
    "said says say according reported report reports told tells stated states".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]")
_NUMBER = re.compile(r"(?<![\d.,])\d(?:[\d,.]*\d)?")
_YEAR = re.compile(r"1[89]\d\d|2[01]\d\d")
"""A year is a date, not another number: "our forecast for 2021 is $1.7 billion" still qualifies $1.7 billion."""
_CURRENCY = frozenset("$€£¥₹")
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "percent", "crore", "lakh", "bn", "mn", "mln", "bln", "trln"})
"""A scale word belongs to the number it scales ("$130.4 million"), never to the clause of the value next to it."""
_RANGE_TO = re.compile(r"\d[\d,.]*\s*(?:thousand|million|billion|trillion|%|percent)?\s*(?:to|and|or|-|–)\s*[$€£¥₹]?\s*",
                       re.IGNORECASE)
"""The first end of a range and its joiner: "guidance of $1.7 billion to $1.8 billion" qualifies both ends."""
_LIST_BEFORE = re.compile(r"(?:[$€£¥₹]?\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion|%|percent))?"
                          r"(?:\s+(?!(?:thousand|million|billion|trillion)\b)[^\W\d_][\w'’-]*){1,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+))+"
                          r"[$€£¥₹]?", re.IGNORECASE)
"""Earlier items of a list the answer ends ("so far, police seized 14 rifles, 31 magazines"): the list's
qualifier is every item's."""
_RANGE_END = re.compile(r"(?P<first>[$€£¥₹]?\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion|%|percent))?)\s*(?:to|-|–)\s*[$€£¥₹]?\s*$",
                        re.IGNORECASE)


def _stem(word: str) -> str:
    w = word.lower().strip(".'’-")
    for suf, rep in (("ies", "y"), ("sses", "ss"), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3 and not w.endswith("ss") and not w.endswith("us"):
            return w[: -len(suf)] + rep
    return w


@dataclass(frozen=True, slots=True)
class Question:
    """What a claim asks about one of its answers."""

    answer: str
    """The answer as written (``"$9.99"``, ``"early May 2026"``, ``"Lyon"``)."""
    attribute: frozenset[str]
    """Stems of the content words nearest the answer: what is measured or done."""
    qualifiers: frozenset[str]
    """Lower-cased capitalised attribute words (``basic`` in "the Basic plan costs $9"), the sentence opener aside."""
    masked: frozenset[str]
    """Stems of every content word of the claim except the answer: the claim with its answer masked."""
    subject: frozenset[str]
    """Entity keys the claim names (actors and products), the candidates for its subject."""
    measures: frozenset[tuple[str, str]] = frozenset()
    """(axis, value) of the measurement qualifier nearest the answer on each axis (`measure_qualifiers`)."""
    counted: frozenset[str] = frozenset()
    """What the answer counts when it is a count of things ("22,352 cases" -> ``case``; `count_noun`): the
    answer's own noun names what is measured, which a unit of measure ("300 feet") does not."""
    names: frozenset[str] = frozenset()
    """Lower-cased capitalised words next to the answer, names included, the sentence opener aside ("lennox",
    "lewis" in "floored Lennox Lewis to win the title in 2001"): who or what the answered event involves."""
    local: tuple[tuple[str, float], ...] = ()
    """Stems of the content words around the answer, at most `LOCAL_WINDOW` on each side, each weighted 1/(1+k)
    by its distance k in content words, a number between (a year aside) counting `LOCAL_CROSSING` more, and a
    word after the answer `LOCAL_AFTER` as much as one before: the
    clause this answer answers, which tells a claim's values apart ("revenue of $1.5 billion and net income of
    $130.4 million"); scale words ("million") are their number's."""
    own: tuple[tuple[str, float], ...] = ()
    """`local` without the words of the claim's other figures ("mother of 12 children" against "three mothers and two
    children": ``mother`` is the question of "three mothers", not of "two children"): what this answer alone asks,
    read when either claim gives several figures (`OWN_QUESTION`)."""


@dataclass(frozen=True, slots=True)
class Alignment:
    """Whether, and how well, two questions align."""

    aligned: bool
    """The two answers may be compared."""
    attribute: float
    """Share of the smaller attribute set found in the other: 0..1."""
    masked: float
    """Jaccard overlap of the masked claims: 0..1."""
    subject: int
    """1 a shared subject, 0 unknown, -1 both name people or products and none is shared."""
    qualifier_clash: bool
    """A qualifier next to one answer is absent from the other claim, and vice versa; or the two answers'
    measurement qualifiers differ on one axis."""
    frames: bool
    """Both claims evoke one (non-light) action frame."""
    similarity: float | None
    """Cosine of the claims' sentence embeddings, when known."""
    question_similarity: float | None
    """Cosine of the claims' questions (their answers masked), when known (`QUESTION_SIMILARITY`)."""
    why: str
    """Why the questions do not align (empty when they do)."""


_PURPOSE = re.compile(r"\s+for\s+((?:[\w'-]+\s+){0,2}[\w'-]+)")
"""What an amount is for, right after it ("$12 billion for public transit", "$1,299 for the 256GB model")."""


def _purpose(text: str, span: tuple[int, int]) -> frozenset[str]:
    """Content words of a "for" phrase right after the answer: two amounts for two things answer two questions ("$12
    billion for public transit" / "$8 billion for airports"), which words the other claim writes too do not tell apart."""
    m = _PURPOSE.match(text, span[1])
    return frozenset(w.lower() for w, _, _ in _tokens(m.group(1)) if w.lower() not in _STOP) if m else frozenset()


_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


def _written(text: str) -> set[str]:
    """The lower-case words of ``text``, each possessive also without its ending and each hyphenated word also in its
    parts: a qualifier one claim writes ("Saturday", "for the third quarter") is named by the other's "Saturday's
    protest" or "third-quarter revenue"."""
    words = {w.lower() for w, _, _ in _tokens(text)}
    return words | {_POSSESSIVE.sub("", w) for w in words} | {p for w in words if "-" in w for p in w.split("-") if p}


def _span(text: str, answer: str) -> tuple[int, int] | None:
    i = text.find(answer)
    if i < 0:
        i = text.lower().find(answer.lower())
    return (i, i + len(answer)) if i >= 0 and answer else None


_QUALIFIER_RE: dict[int, tuple[object, "re.Pattern[str] | None"]] = {}


def _qualifier_re(kb: "Knowledge") -> "re.Pattern[str] | None":
    hit = _QUALIFIER_RE.get(id(kb))
    if hit is None or hit[0] is not kb:
        phrases = sorted(kb.qualifiers, key=lambda p: (-len(p), p))
        pat = None
        if phrases:
            pat = re.compile(r"(?<![\w-])(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])", re.IGNORECASE)
        hit = _QUALIFIER_RE[id(kb)] = (kb, pat)
    return hit[1]  # type: ignore[return-value]


def measure_qualifiers(text: str, span: tuple[int, int], kb: "Knowledge") -> frozenset[tuple[str, str]]:
    """(axis, value) of the qualifier phrase nearest ``text[span]`` on each axis, within `QUALIFIER_WINDOW`.

    Phrases come from ``qualifiers`` in ``checker/data/frames.yaml``; longer phrases win ("net of tax"
    is after tax, not net). A phrase with another number between it and the answer qualifies that
    number; of the rest, one before the answer wins over one after it, then the nearest: "GAAP EPS was
    $1.51 and adjusted EPS $1.60" gives $1.51 the reported and $1.60 the adjusted basis.
    """
    pat = _qualifier_re(kb)
    if pat is None:
        return frozenset()
    before = [m.start() for m in _WINDOW_TOKEN.finditer(text, 0, span[0])]
    lo = before[-QUALIFIER_WINDOW[0]] if len(before) >= QUALIFIER_WINDOW[0] else 0
    after = [m.end() for m in _WINDOW_TOKEN.finditer(text, span[1])]
    hi = after[QUALIFIER_WINDOW[1] - 1] if len(after) >= QUALIFIER_WINDOW[1] else len(text)
    digits = [m.start() for m in _NUMBER.finditer(text, lo, hi) if not span[0] <= m.start() < span[1]
              and not (_YEAR.fullmatch(m.group(0)) and text[max(0, m.start() - 1):m.start()] not in _CURRENCY)]
    best: dict[str, tuple[tuple[int, int], str]] = {}
    for m in pat.finditer(text[:hi], lo):
        if m.start() < span[1] and m.end() > span[0]:
            continue
        before = m.end() <= span[0]
        gap = (m.end(), span[0]) if before else (span[1], m.start())
        between = [d for d in digits if gap[0] <= d < gap[1]]
        if between and not (before and (_RANGE_TO.fullmatch(text, between[0], span[0])
                                         or _LIST_BEFORE.fullmatch(text, between[0], span[0]))):
            continue  # NOTE: another number stands between: the qualifier is that number's (a range's first end aside)
        if not before and any(m.end() <= d and d - m.end() < m.start() - span[1] for d in digits):
            continue  # NOTE: "$1.4 billion, against guidance of $1.3 billion": nearer the next number, it is that one's
        if not before and re.search(r"[,;:(]", text[span[1]:m.start()]) and not re.fullmatch(r"\s*[,(]\s*(?:\w+\s+)?", text[span[1]:m.start()]):
            continue  # NOTE: "sales rose to $541 million, with a projected forecast": a later clause's qualifier, unless
            # it opens the clause, a word aside ("$5 billion, more than expected")
        axis, value = kb.qualifiers[m.group(1).lower()]
        key = (0 if before else 1, gap[1] - gap[0])
        if axis not in best or key < best[axis][0]:
            best[axis] = (key, value)
    found = {axis: value for axis, (_, value) in best.items()}
    first = _RANGE_END.search(text, 0, span[0])
    if first is not None and first.end() == span[0]:
        # NOTE: the second end of a range ("$1.7 billion to $1.8 billion") answers what the first end answers.
        for axis, value in measure_qualifiers(text, (first.start(), first.end("first")), kb):
            found.setdefault(axis, value)
    if _FRAME_AXIS not in found:
        # NOTE: the one quarter a claim names is the time frame of each of its figures ("fourth-quarter revenue rose 12%
        # to $2.3 billion, with operating profit of $190 million"), however many figures stand between; the answer's own
        # words aside (a date "Third quarter 2020" is no figure of that quarter against "the second quarter of 2020")
        named = {kb.qualifiers[m.group(1).lower()] for m in pat.finditer(text) if m.end() <= span[0] or m.start() >= span[1]}
        frames = {value for axis, value in named if axis == _FRAME_AXIS}
        if len(frames) == 1:
            found[_FRAME_AXIS] = next(iter(frames))
    if _FRAME_AXIS in found:
        found.setdefault(*_FRAME_PERIOD)  # NOTE: a quarter's figure is a quarter's, not a full year's
    return frozenset(found.items())


_FRAME_AXIS = "quarter"
"""The axis of ``qualifiers`` (``checker/data/frames.yaml``) that names a claim's time frame: a figure naming none of it
takes the one quarter its claim names."""
_FRAME_PERIOD = ("period", "quarterly")
"""The period a figure of a named quarter is stated for: against a "full-year" (annual) figure, another question."""


_WINDOW_TOKEN = re.compile(r"\S+")


_QUESTIONS: dict[int, tuple[object, dict]] = {}
"""Questions already read, per knowledge base (by identity, the object held so its id is not reused):
the judge asks for the same claim and answer once per pair it is in (ECB+: 236,000 calls, 153,000 pairs)."""


def question(claim: Claim, answer: str, kb: "Knowledge | None" = None) -> Question:
    """Read `claim` as a question whose answer is the text `answer` (found in the claim, or inherited)."""
    # NOTE: memoised on everything it reads: the text, the names it may take as subject, the answer, kb
    names = tuple((m.key, m.text) for m in claim.slots.actors + claim.slots.products + claim.slots.places)
    hit = _QUESTIONS.get(id(kb))
    if hit is None or hit[0] is not kb:
        if len(_QUESTIONS) >= 4:
            _QUESTIONS.clear()
        hit = _QUESTIONS[id(kb)] = (kb, {})
    memo = hit[1]
    key = (claim.text, names, answer, tuple((q.text, q.unit) for q in claim.slots.quantities),
           tuple(t.lemma for t in claim.tokens))
    q = memo.get(key)
    if q is None:
        if len(memo) >= 200_000:
            memo.clear()
        q = memo[key] = _question(claim, answer, kb)
    return q


def _question(claim: Claim, answer: str, kb: "Knowledge | None") -> Question:
    text = claim.text
    toks = _tokens(text)
    span = _span(text, answer)
    answer_words = {_stem(w) for w, _, _ in _tokens(answer)}
    content = [(i, w, s, e) for i, (w, s, e) in enumerate(toks)
               if w.lower() not in _STOP and not (span and s >= span[0] and e <= span[1])]
    masked = frozenset(_stem(w) for _, w, _, _ in content) - answer_words
    if span is None:
        # NOTE: an inherited answer (a paragraph's date) has no place in the claim: its question is the claim.
        attribute = masked
        qualifiers: frozenset[str] = frozenset()
        names: frozenset[str] = frozenset()
    else:
        before = [c for c in content if c[3] <= span[0]]
        after = [c for c in content if c[2] >= span[1]]
        near = before[-ATTRIBUTE_WINDOW:] + after[:ATTRIBUTE_WINDOW]
        attribute = frozenset(_stem(w) for _, w, _, _ in near) - answer_words
        # NOTE: a capitalised word among them that does not open the sentence names a tier ("the Basic
        # plan"); one inside a multi-word name ("On Rotten Tomatoes", "The Night Before has") is a name,
        # which the subject check judges, not a qualifier.
        opening = toks[0][1] if toks else -1

        def _capital(k: int) -> bool:
            return 0 < k < len(toks) and toks[k][0][:1].isupper()

        # NOTE: a word of a recognised name (a person, organisation or place: "Metacritic", "The Raven",
        # "S. Janaki") is who or where, which the subject and place checks judge; a tier is not a name.
        named = {w.lower() for m in claim.slots.actors + claim.slots.places for w, _, _ in _tokens(m.text)}
        qualifiers = frozenset(w.lower() for i, w, s, _ in near if w[:1].isupper() and s != opening
                               and not (_capital(i - 1) or _capital(i + 1)) and w.lower() not in named) | _purpose(text, span)
        names = frozenset(w.lower() for _, w, s, _ in near if w[:1].isupper() and s != opening)
    subject = frozenset(m.key for m in claim.slots.actors + claim.slots.products if m.text not in answer)
    measures = measure_qualifiers(text, span, kb) if span is not None and kb is not None else frozenset()
    counted = frozenset(n for q in claim.slots.quantities if q.text == answer and (n := count_noun(q)))
    local = _local(claim, span, content, answer_words) if span is not None else ()
    own = _local(claim, span, content, answer_words, own=True) if span is not None and len(claim.slots.quantities) > 1 else local
    return Question(answer=answer, attribute=attribute, qualifiers=qualifiers, masked=masked, subject=subject,
                    measures=measures, counted=counted, names=names, local=local, own=own)


_INFLECTION = re.compile(r"(?:ing|ed|es|s|d)$")


def _lemma(word: str, lemmas: frozenset[str]) -> str:
    """The claim's lemma (`Slots.lemmas`, kept when the parse is dropped) an inflected word is a form of ("starting" ->
    ``start``, "opened" -> ``open``, "priced" -> ``price``, "stopping" -> ``stop``, "studies" -> ``study``); else `_stem`."""
    w = word.lower()
    if w in lemmas or not lemmas:
        return w if w in lemmas else _stem(word)
    base = _INFLECTION.sub("", w)
    if base != w and len(base) >= 2:
        for cand in (base, base + "e", base[:-1] if len(base) > 2 and base[-1] == base[-2] else "",
                     base[:-1] + "y" if base.endswith("i") else ""):
            if cand and cand in lemmas:
                return cand
    return _stem(word)


def _local(claim: Claim, span: tuple[int, int], content: list[tuple[int, str, int, int]],
           answer_words: set[str], own: bool = False) -> tuple[tuple[str, float], ...]:
    """`Question.local`: the content words nearest the answer, farther for each number between (`LOCAL_CROSSING`);
    a word the parser read is its lemma ("grossed" and "grosses" are ``gross``), without the parse a form of one of
    the claim's lemmas is that lemma (`_lemma`: the pipeline drops the parse before the judge), another its `_stem`.
    ``own`` (`Question.own`): without the words of the claim's other figures ("mothers" of "three mothers")."""
    text = claim.text
    if own:
        others = [(i, i + len(q.text)) for q in claim.slots.quantities if (i := text.find(q.text)) >= 0
                  and not (i <= span[0] < i + len(q.text))]
        content = [c for c in content if not any(lo <= c[2] < hi for lo, hi in others)]
    lemmas = {t.start: t.lemma for t in claim.tokens}
    known = frozenset(claim.slots.lemmas)
    numbers = [m.start() for m in _NUMBER.finditer(text) if not span[0] <= m.start() < span[1]
               and not (_YEAR.fullmatch(m.group(0)) and text[max(0, m.start() - 1):m.start()] not in _CURRENCY)]
    words = [(w, s, e) for _, w, s, e in content if w.lower() not in _SCALE_WORDS]
    before = [(w, s, e) for w, s, e in words if e <= span[0]][::-1][:LOCAL_WINDOW]
    after = [(w, s, e) for w, s, e in words if s >= span[1]][:LOCAL_WINDOW]
    weights: dict[str, float] = {}
    for side, near, scale in ((before, lambda s, e: (e, span[0]), 1.0), (after, lambda s, e: (span[1], s), LOCAL_AFTER)):
        for k, (w, s, e) in enumerate(side):
            lo, hi = near(s, e)
            crossed = sum(1 for d in numbers if lo <= d < hi)
            stem = lemmas.get(s) or _lemma(w, known)
            if stem not in answer_words:
                weights[stem] = max(weights.get(stem, 0.0), scale / (1 + k + LOCAL_CROSSING * crossed))
    return tuple(sorted(weights.items()))


def local_similarity(qa: Question, qb: Question, own: bool = False) -> float:
    """Cosine (0..1) of two answers' local questions as weighted word vectors (`Question.local`): how well the clause
    around one answer matches the clause around the other ("net income of $130.4 million" against "net income
    was $140 million" more than against "revenue of $1.5 billion"). 0 when either has none. ``own``: of their `Question.own`, without the words of other figures."""
    wa, wb = (dict(qa.own), dict(qb.own)) if own else (dict(qa.local), dict(qb.local))
    if not wa or not wb:
        return 0.0
    dot = sum(w * wb.get(k, 0.0) for k, w in wa.items())
    return dot / (sum(w * w for w in wa.values()) * sum(w * w for w in wb.values())) ** 0.5


def foreign_names(a: Claim, answer_a: str, b: Claim, answer_b: str, kb: "Knowledge | None" = None) -> bool:
    """True when each answer stands next to a name the other claim never mentions: two occurrences of a
    repeatable event with different participants ("floored Lennox Lewis to win the title in 2001" vs "won
    the vacant World Boxing Council title in 2005 over Monte Barrett")."""
    qa, qb = question(a, answer_a, kb), question(b, answer_b, kb)
    words_a, words_b = _written(a.text), _written(b.text)
    return bool(qa.names - words_b) and bool(qb.names - words_a)


_CALENDAR = (frozenset(d.lower() for d in (*calendar.day_name, *calendar.day_abbr)),
             frozenset(m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m))
"""Capitalised words that name a time, each set one axis (weekdays, months): a time, not a tier of what is measured."""


def _tiers_differ(foreign_a: frozenset[str], foreign_b: frozenset[str]) -> bool:
    """Whether the qualifiers each answer has and the other claim never writes (`Question.qualifiers`) set the two apart:
    tiers on both sides ("the Basic plan" / "the Premium plan"), or times on one calendar axis ("Saturday's protest" /
    "Sunday's protest"). A weekday or month against a tier or the other axis is no clash ("said on Thursday that
    volunteers counted 412 nests" / "logged a total of 386 nests between May and August"): a time says when, which the
    claims' dates judge, not which thing was measured."""
    def axis(word: str) -> int:
        bare = _POSSESSIVE.sub("", word)  # NOTE: "Sunday's protest"
        return next((k for k, names in enumerate(_CALENDAR) if bare in names), -1)

    kinds_a, kinds_b = {axis(w) for w in foreign_a}, {axis(w) for w in foreign_b}
    return -1 in kinds_a and -1 in kinds_b or bool(kinds_a & kinds_b - {-1})


def _measure_clash(qa: Question, qb: Question, defaults: "dict[str, str] | None" = None) -> str:
    """The first axis on which the two answers' qualifiers differ, as text; "" when none.

    An answer naming none of an axis takes the axis's default when it has one (``modality``: an
    unmarked figure is ``measured``, so it differs from an ``expected`` one); else it stays comparable.
    """
    a, b = dict(qa.measures), dict(qb.measures)
    for axis in sorted(a.keys() | b.keys()):
        va, vb = a.get(axis, (defaults or {}).get(axis)), b.get(axis, (defaults or {}).get(axis))
        if va is not None and vb is not None and va != vb:
            return f"{va} vs {vb} ({axis})"
    return ""


def _overlap(x: frozenset[str], y: frozenset[str]) -> float:
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    """|x ∩ y| / |x ∪ y|; 0 for two empty sets."""
    return len(x & y) / len(x | y) if x | y else 0.0


_PRONOUNS = frozenset("he she they it him her them his hers their its we us our i me my you your who which that".split())


def _answered_by(names: set[str], c: Claim, answer: str) -> bool:
    """Whether one of ``names`` (entity keys) may be whom the claim's answer is about: a word of the value's holder
    (`Quantity.holder`, `DateValue.holder`) or the main predicate's agent or patient, or nothing of either read (a
    claim whose structure is unknown keeps every name it writes). "On Rotten Tomatoes, the film has a rating of 90%
    based on 289 reviews": the reviews are the film's, and the site named beside them (the recogniser's "person") asks
    nothing of its own against "10 Cloverfield Lane received 288 reviews"."""
    roles = dict(c.slots.roles)
    value = _value_of(c.slots.quantities + c.slots.dates, answer)
    holders = set(value.holder.split()) if value is not None else set()
    # NOTE: under a main verb of saying (`checker.normalize.roles`' ``said``) the agent and patient are the saying's: who
    # tells the answer ("The city recycled 38 percent of household waste, Mayor Colette Fairweather announced"), not whom
    # it is about; the speaker named by the claim's attribution is then no subject, unless the value is held by it or
    # by a pronoun that may stand for it ("Apple said its revenue rose")
    said = "said" in roles
    heads = holders | (set() if said else {w for k in ("agent", "patient") for w in roles.get(k, "").lower().split()})
    speaker = set(_written(c.attribution)) if said and c.attribution and not holders & _PRONOUNS else set()
    names = {n for n in names if not set(n.split()) <= speaker or set(n.split()) & holders}
    if not names:
        return False
    if not heads or heads & _PRONOUNS:
        return True  # NOTE: "he finished with 6,728 yards": whom "he" names is any name of the claim
    return any(set(n.split()) & heads for n in names)


def _subject_relation(a: Claim, b: Claim, qa: Question, qb: Question, kb: "Knowledge | None", answer_a: str = "",
                      answer_b: str = "") -> int:
    if not qa.subject or not qb.subject:
        return 0
    if qa.subject & qb.subject:
        return 1
    if kb is not None and any(kb.related(x, y) for x in qa.subject for y in qb.subject):
        return 1
    # NOTE: words of one side's names inside the other claim ("Westlife" vs "Westlife's album") still co-refer,
    # but a product named inside another product's name is another version ("Vodex 4" / "Vodex 4.5")
    prods_a = {m.key for m in a.slots.products}
    prods_b = {m.key for m in b.slots.products}

    def versions(k: str, mine: set[str], theirs: set[str]) -> bool:
        return k in mine and any(o != k and o.startswith(k) for o in theirs)

    low_a, low_b = a.text.lower(), b.text.lower()
    if any(k in low_b and not versions(k, prods_a, prods_b) for k in qa.subject) or any(
            k in low_a and not versions(k, prods_b, prods_a) for k in qb.subject):
        return 1
    named = ("PERSON",)
    # NOTE: the people and products the questions are about, not the names answering them ("founded by the engineer
    # Margaret Holloway" / "by engineer Thomas Pryce" ask one question of one company)
    pa = ({m.key for m in a.slots.actors if m.label in named} | {m.key for m in a.slots.products}) & qa.subject
    pb = ({m.key for m in b.slots.actors if m.label in named} | {m.key for m in b.slots.products}) & qb.subject
    from checker.rules.common import one_name  # NOTE: lazy: the rules import this module

    people_a = {m.key for m in a.slots.actors if m.label in named}
    people_b = {m.key for m in b.slots.actors if m.label in named}
    if any(one_name(x, y) for x in people_a & qa.subject for y in people_b & qb.subject):
        return 1  # NOTE: one person in full and short ("Justin Donovan Houston" / "Justin Houston")
    # NOTE: two people or products ask two questions only when each is whom its answer is about (`_answered_by`): a name
    # beside the answer that neither holds it nor does its act is no subject of the question
    return -1 if pa and pb and _answered_by(pa, a, answer_a) and _answered_by(pb, b, answer_b) else 0


_V = TypeVar("_V", Quantity, DateValue)


def _value_of(values: Sequence[_V], answer: str) -> _V | None:
    """The first of ``values`` (a claim's quantities or dates) written ``answer``; None when none is."""
    return next((v for v in values if v.text == answer), None)


def _event(c: Claim, answer: str) -> str:
    """The predicate (`Quantity.event`, `DateValue.event`) of the value written ``answer`` in the claim; "" unknown."""
    v = _value_of(c.slots.quantities + c.slots.dates, answer)
    return v.event if v is not None else ""


def _one_tally(a: Claim, answer_a: str, b: Claim, answer_b: str) -> bool:
    """Both values are a tally of one holder's result ("The panel ruled 3-0" / "The panel was split 2-1", "a 5-4
    ruling" / "the court's 6-3 decision"): a score says who won by what, whatever words tell the rest."""
    x, y = _value_of(a.slots.quantities, answer_a), _value_of(b.slots.quantities, answer_b)
    if x is None or y is None or {x.unit, y.unit} - {SCORE_HIGH, SCORE_LOW} or not x.holder or not y.holder:
        return False
    hx, hy = x.holder.split()[-1], y.holder.split()[-1]
    return hx == hy or same_holder(hx, hy)


def _close_sums(a: Claim, answer_a: str, b: Claim, answer_b: str) -> bool:
    """Both answers are sums of one currency (`checker.normalize.numbers.currency_units`, `one_currency`) within
    `CLOSE_GAP` of each other, each an amount (no gap between two values: `Quantity.relation`) per one thing or none
    (`Quantity.per`: "$9.99 a month" / "$12 a year" are two questions)."""
    import math

    from checker.normalize.numbers import currency_names, currency_units, one_currency

    x, y = _value_of(a.slots.quantities, answer_a), _value_of(b.slots.quantities, answer_b)
    if x is None or y is None or x.relation or y.relation or x.per != y.per or x.value <= 0 or y.value <= 0:
        return False
    money = x.unit == y.unit and (x.unit in currency_units() or bool(currency_names().get(x.unit, frozenset()) & _tender())) \
        or one_currency(x.unit, y.unit)
    return money and abs(math.log10(x.value / y.value)) <= CLOSE_GAP


@functools.cache
def _tender() -> frozenset[str]:
    """Codes (lower case) of the currencies that are or were legal tender in some territory (CLDR's territory currencies, as
    `babel` ships them): money, where a currency name of CLDR's may be a unit of account or a metal ("account" of the ADB
    unit of account, "silver", "rights"), which counts as a noun of its own ("400,000 accounts")."""
    from babel.core import get_global

    return frozenset(c[0].lower() for rows in get_global("territory_currencies").values() for c in rows if c[3])


def _one_holder(a: Claim, answer_a: str, b: Claim, answer_b: str) -> bool:
    """The two values are of one thing a common noun names (`Quantity.holder`, the subject the parse gives each value): the
    same head noun, the modifiers of one all among the other's ("a perovskite-silicon tandem solar cell that converts 27.1
    percent of sunlight" / "the tandem solar cell ... reached an efficiency of 25.4%": ``tandem solar cell`` / ``solar
    cell``), however far from the answers the noun stands. What is measured, as an attribute word next to both answers
    is; not a name (a team's "49 points" this season and "41 points" last season are one subject's, not one measure)."""
    x, y = _value_of(a.slots.quantities, answer_a), _value_of(b.slots.quantities, answer_b)
    if x is None or y is None:
        return False
    hx, hy = x.holder.split(), y.holder.split()
    if not hx or not hy or hx[-1] != hy[-1] or not hx[-1].isalpha() or hx[-1] in _STOP:
        return False
    if not (set(hx[:-1]) <= set(hy[:-1]) or set(hy[:-1]) <= set(hx[:-1])):
        return False
    named = {w.lower() for c in (a, b) for m in c.slots.actors + c.slots.products + c.slots.places
             for w in (*m.key.split(), *m.text.split())}
    return hx[-1] not in named


def _other_holders(a: Claim, answer_a: str, b: Claim, answer_b: str, kb: "Knowledge") -> str:
    """The two values' holders (`Quantity.holder`, the subject the parse gives each value) as "x vs y" when they are two
    things common nouns name: different head nouns, neither one thing in other words with the other (`same_holder`), and
    neither claim naming the other's head ("Adult swims cost £5.20" / "The project's final cost was £14.6 million": a
    swim's cost and a project's; "the path climbs 120 metres" / "the tower is 40 metres tall"); "" otherwise. The
    subject check for what no name tells: the claims' names judge who. A holder that is the value's own noun ("36 new
    electric buses rolled in": what is counted, not what has it) or a name says nothing of what the value is of."""
    from checker.rules.numbers import names_noun  # NOTE: lazy: the rules import this module

    x, y = _value_of(a.slots.quantities, answer_a), _value_of(b.slots.quantities, answer_b)
    if x is None or y is None:
        return ""
    named = {w.lower() for c in (a, b) for m in c.slots.actors + c.slots.products + c.slots.places
             for w in (*m.key.split(), *m.text.split())}

    def head(q: Quantity) -> str:
        h = holder_head(q, kb)
        own = {q.unit, count_noun(q) or ""}
        return "" if not h or h in named or h in own or _stem(h) in {_stem(u) for u in own if u} else h

    hx, hy = head(x), head(y)
    if not hx or not hy or hx == hy or _stem(hx) == _stem(hy) or same_holder(hx, hy) or kin(hx, hy) is not None:
        return ""
    if names_noun(b, hx) or names_noun(a, hy):
        return ""
    return f"{hx} vs {hy}"


def _act_counted(a: Claim, answer_a: str, b: Claim, answer_b: str) -> frozenset[str]:
    """The noun of the act two counts count when one counts the acts by that noun and the other those who do or undergo
    it, told by its verb (`checker.rules.numbers.one_act_counted`: "194 recoveries" / "more than 200 have recovered"):
    the counted noun the two questions share though each masks it with its answer; empty otherwise."""
    from checker.rules.numbers import one_act_counted  # NOTE: lazy: the rules import this module

    x, y = _value_of(a.slots.quantities, answer_a), _value_of(b.slots.quantities, answer_b)
    if x is None or y is None or not one_act_counted(x, y):
        return frozenset()
    return frozenset(n for n in (count_noun(x), count_noun(y)) if n)


def _owned_alike(a: Claim, answer_a: str, b: Claim, answer_b: str) -> bool:
    """One value hangs from the noun that holds the other ("a trial of 1,100 patients" / "The trial enrolled 800
    patients"): one's predicate (`Quantity.event`) is the other's holder (`Quantity.holder`)."""
    x, y = _value_of(a.slots.quantities, answer_a), _value_of(b.slots.quantities, answer_b)
    return x is not None and y is not None and (bool(x.event) and x.event == y.holder or bool(y.event) and y.event == x.holder)


def _released(a: Claim, answer_a: str, b: Claim, answer_b: str, kb: "Knowledge") -> bool:
    """The two answers are dates of one named work's coming out (`checker.normalize.dates.released_together`)."""
    from checker.normalize.dates import released_together

    x, y = _value_of(a.slots.dates, answer_a), _value_of(b.slots.dates, answer_b)
    return x is not None and y is not None and released_together(x, y, kb)


def _one_act(a: Claim, answer_a: str, b: Claim, answer_b: str, kb: "Knowledge") -> bool:
    """The two answers' predicates (`Quantity.event`) may be one act: the same, one unknown, one a verb of being, having
    or reaching a level ("the confirmed cases reached 61" / "there are 62 cases"), or evoking one action frame. Not
    "killed about 40 Palestinians" / "hundreds of Palestinians had sought refuge"."""
    from checker.knowledge import LIGHT_FRAMES
    from checker.normalize.numbers import LEVEL_VERBS

    x, y = _event(a, answer_a), _event(b, answer_b)
    if not x or not y or x == y or {x, y} & (LEVEL_VERBS | _BEING):
        return True
    return bool((kb.frames_of(x) - LIGHT_FRAMES) & (kb.frames_of(y) - LIGHT_FRAMES))


_BEING = frozenset({"be", "have", "hold", "record", "report", "confirm", "register"})


def acts_alike(x: str, y: str, kb: "Knowledge") -> bool:
    """Two predicates (`Quantity.event`, `DateValue.event`: lemmas) name one act: the same word, two verbs WordNet puts
    in one synset among the common senses of both (`checker.knowledge.verb_synonyms`: "quit" / "resign"), a noun of an
    act and its verb (`checker.knowledge.deverbal_verbs`: "closure" / "close"), or two words evoking one (non-light) action
    frame ("loss" / "lost"). Not a verb of being or having, which any value's claim may use, nor of reaching a level or
    changing (`LEVEL_VERBS`, ``change_frames``), which states a running figure's level at one time of many."""
    from checker.knowledge import LIGHT_FRAMES, deverbal_verbs, verb_synonyms
    from checker.normalize.numbers import LEVEL_VERBS

    if not x or not y or not x[:1].isalpha() or not y[:1].isalpha() or {x, y} & (_BEING | LEVEL_VERBS):
        return False
    if (kb.frames_of(x) | kb.frames_of(y)) & kb.change_frames:
        return False  # NOTE: a running figure's level at some time ("cases grew over 1,100" / "surged ... to 1,019")
    if x == y or y in verb_synonyms().get(x, ()) or y in deverbal_verbs().get(x, ()) or x in deverbal_verbs().get(y, ()):
        return True
    return bool((kb.frames_of(x) - LIGHT_FRAMES) & (kb.frames_of(y) - LIGHT_FRAMES))


def holder_head(value: "Quantity | DateValue", kb: "Knowledge") -> str:
    """The head noun of what a value is of (`Quantity.holder`, `DateValue.holder`), "" when it names nothing apart from
    the value's own act: a noun of that act ("Total overwintering loss ... was 38.2%": the loss is the act ``lose``
    measured, not a thing that has it; `acts_alike`), a function word, a number."""
    words = value.holder.split()
    head = words[-1] if words else ""
    if not head.isalpha() or head in _STOP or acts_alike(head, value.event, kb):
        return ""
    return head


def _unnamed_holder(value: "Quantity | DateValue", c: Claim, other: Claim) -> bool:
    """What the value is of (`Quantity.holder`, `DateValue.holder`) is a name of its claim (a person, organisation,
    product or place, or a word capitalised inside the sentence) that the other claim never writes: whose act it is, the
    other claim does not say."""
    words = set(value.holder.split())
    names = {w.lower() for m in c.slots.actors + c.slots.products + c.slots.places for w in (*m.key.split(), *m.text.split())}
    # NOTE: or written capitalised inside the sentence, which the parser's names miss ("Two years ago, the Chargers won")
    names |= {w.lower() for w, s, _ in _tokens(c.text) if s > 0 and w[:1].isupper()}
    return bool(words) and words <= names and not words & _written(other.text)


def one_question(a: Claim, answer_a: str, b: Claim, answer_b: str, kb: "Knowledge") -> bool:
    """The two answers answer one question read from their own predicates, however differently the two sentences run
    around them: both are of one act (`acts_alike`: "Total overwintering loss across all respondents was 38.2%" /
    "Beekeepers ... lost 27 percent of their colonies"), their holders (`holder_head`) are not two different things
    common nouns name (`_other_holders`: "Adult swims cost £5.20" / "The project's final cost was £14.6 million"), two
    counts count one thing (`count_noun`, `kin`: not "released 30 films" / "released 45 songs"), neither answer stands
    next to a name the other claim never writes (`foreign_names`: two games of one act) and neither value is of a name
    the other claim never writes (`_unnamed_holder`: "the Chargers won" an award / a team's season)."""
    x = _value_of(a.slots.quantities + a.slots.dates, answer_a)
    y = _value_of(b.slots.quantities + b.slots.dates, answer_b)
    if x is None or y is None or type(x) is not type(y) or not acts_alike(x.event, y.event, kb):
        return False
    if foreign_names(a, answer_a, b, answer_b, kb):
        return False  # NOTE: one act of two occurrences ("a 31-24 win over the Jaguars" / "a 20-13 victory over Kansas City")
    if _unnamed_holder(x, a, b) or _unnamed_holder(y, b, a):
        return False  # NOTE: "Two years ago, the Chargers won an NFL special award" / a claim never naming the Chargers
    if isinstance(x, Quantity) and isinstance(y, Quantity):
        nx, ny = count_noun(x), count_noun(y)
        if nx and ny and kin(nx, ny) is None:
            return False  # NOTE: one act, two things counted ("released 30 films" / "released 45 songs")
        return not _other_holders(a, answer_a, b, answer_b, kb)
    hx, hy = holder_head(x, kb), holder_head(y, kb)
    return not hx or not hy or hx == hy or same_holder(hx, hy)


def _frames(a: Claim, b: Claim) -> bool:
    from checker.knowledge import LIGHT_FRAMES

    return bool((set(a.slots.frames) - LIGHT_FRAMES) & (set(b.slots.frames) - LIGHT_FRAMES))


def _framed(a: Claim, answer_a: str, b: Claim, answer_b: str, kb: "Knowledge") -> bool:
    """The (non-light) frames both claims evoke may be the act the answers are of: not when one answer's predicate
    (`Quantity.event`, `DateValue.event`) evokes frames of its own, none of them shared, and a shared frame is the act
    of another value of its claim. "Twelve people were killed and 70 others were injured" / "We have received around 50
    people with injuries" share the injuring, the 70 others' act; the killed's is an attack and a dying. Shared frames
    no other value is of stay the story's ("The quake struck at 4:37 p.m. on Sunday, 8 November": "struck" read as an
    attack, the quake the earthquake both claims tell), as do all when a predicate is of no frame or unknown."""
    from checker.knowledge import LIGHT_FRAMES

    shared = (set(a.slots.frames) & set(b.slots.frames)) - LIGHT_FRAMES
    for c, answer in ((a, answer_a), (b, answer_b)):
        event = _event(c, answer)
        own = kb.frames_of(event) - LIGHT_FRAMES if event[:1].isalpha() else frozenset()
        if not own or own & shared:
            continue
        others = set().union(*(kb.frames_of(v.event) for v in c.slots.quantities + c.slots.dates
                               if v.text != answer and v.event[:1].isalpha()))
        if shared & others:
            return False
    return True


_ASKED: contextvars.ContextVar[float | None] = contextvars.ContextVar("check_question_similarity", default=None)
"""The question cosine of the pair being judged (`asking`)."""


@contextlib.contextmanager
def asking(question_similarity: float | None) -> Iterator[None]:
    """Inside the block, `align` called without a question cosine takes ``question_similarity``: the judge sets it
    around the rules of one pair, whose `align` calls know the two claims but not their question vectors."""
    token = _ASKED.set(question_similarity)
    try:
        yield
    finally:
        _ASKED.reset(token)


def align(
    a: Claim,
    answer_a: str,
    b: Claim,
    answer_b: str,
    kb: "Knowledge | None" = None,
    similarity: float | None = None,
    min_similarity: float | None = None,
    question_similarity: float | None = None,
) -> Alignment:
    """Do `answer_a` in `a` and `answer_b` in `b` answer the same question? (module docstring).

    ``question_similarity``: the cosine of the two claims' questions (default: the one `asking` set, if any); at
    `QUESTION_SIMILARITY` or more it stands in for shared words and for the claims' sentence similarity."""
    if kb is None:
        from checker.knowledge import load_knowledge

        kb = load_knowledge()
    qa, qb = question(a, answer_a, kb), question(b, answer_b, kb)
    # NOTE: two counts of one noun ("22,352 cases" / "less than 22,000 cases") share what they measure,
    # though the noun is masked with the answer; two values in one unit of measure do not.
    shared = qa.counted & qb.counted
    if not shared:
        # NOTE: one thing in other words ("fatalities" / "deaths": `checker.normalize.kinds`) is one counted noun
        shared = frozenset(n for n in qa.counted for m in qb.counted if kin(n, m) is not None)
    if not shared:
        # NOTE: or one count told as the act's noun and as its clause ("194 recoveries" / "more than 200 have
        # recovered": `checker.rules.numbers.one_act_counted`): the act is what both count
        shared = _act_counted(a, answer_a, b, answer_b)
    # NOTE: one thing in other words ("the quake" / "the earthquake", "the treaty" / "the agreement") is one word
    attribute = _overlap(qa.attribute | shared, in_other_words(qa.attribute, qb.attribute) | shared)
    masked = jaccard(qa.masked | shared, in_other_words(qa.masked, qb.masked) | shared)
    subject = _subject_relation(a, b, qa, qb, kb, answer_a, answer_b)
    words_a, words_b = _written(a.text), _written(b.text)
    # NOTE: two names said to have done one act with one doer to one thing ("The building was designed by the Estonian
    # architect X" / "Its architect, the Finnish designer Y, ...": `checker.normalize.answers.same_act`) answer who did
    # it however the rest of either sentence runs; the capitalised words around each describe the doer, no tier
    doer_a, doer_b = act_of(a, answer_a), act_of(b, answer_b)
    doers = doer_a is not None and doer_b is not None and bool(same_act(doer_a, doer_b))
    clash = _tiers_differ(qa.qualifiers - words_b, qb.qualifiers - words_a) and not doers
    measure = _measure_clash(qa, qb, kb.qualifier_defaults)
    frames = _frames(a, b)
    # NOTE: a frame both claims evoke is no shared action of the answers when one answer's own predicate is of other
    # frames and the shared one is another value's act (`_framed`): "Twelve people were killed and 70 others were injured"
    # / "We have received around 50 people with injuries" share the injuring of the 70 others
    framed = frames and _framed(a, answer_a, b, answer_b, kb)
    # NOTE: two answers of one predicate ("has grossed $244 million" / "has grossed less than $240 million") share their
    # action however long the rest of either claim is
    event = _event(a, answer_a)
    # NOTE: two names answering one relation of one subject ("a footballer who plays for Liverpool" / "plays for Chelsea",
    # `checker.normalize.answers.same_relation`) share what is asked, however the rest of either claim runs
    # NOTE: or two places each named as where one event is held ("will be held at Riverside Park" / "will take place at the
    # Merton Showground": `checker.normalize.answers.same_venue`)
    related = same_relation(relation_of(a, answer_a), relation_of(b, answer_b), kb) \
        or same_venue(venue_of(a, answer_a), venue_of(b, answer_b))
    # NOTE: a named work's year on its noun and its release in the other claim ("Smith's 2015 drama Concussion" / "The movie
    # Concussion was released after 2017") ask when that work came out, however far apart the sentences' subjects are
    work = _released(a, answer_a, b, answer_b, kb)
    # NOTE: two counts of one noun held by one thing ("a trial of 1,100 patients" / "The trial enrolled 800 patients")
    owned = bool(shared) and _owned_alike(a, answer_a, b, answer_b)
    one_event = event[:1].isalpha() and event == _event(b, answer_b)  # NOTE: a word, not a parse's stray "|"
    # NOTE: two answers of one act of one holder in other words ("Total overwintering loss ... was 38.2%" / "Beekeepers
    # lost 27 percent of their colonies": `one_question`) ask one question whatever else the two sentences say
    same = one_question(a, answer_a, b, answer_b, kb)
    one_event = one_event or same
    # NOTE: two tallies of one holder's result ("The panel ruled 3-0 that ..." / "The panel was split 2-1, with ...")
    tally = _one_tally(a, answer_a, b, answer_b)
    held = _one_holder(a, answer_a, b, answer_b)
    # NOTE: two sums of one currency near each other in near-paraphrases (`CLOSE_GAP`) need no shared word
    close = _close_sums(a, answer_a, b, answer_b)
    acted = framed or related or work or owned or one_event or tally or doers
    floor = ALIGN_SIMILARITY if min_similarity is None else min_similarity
    if question_similarity is None:
        question_similarity = _ASKED.get()
    # NOTE: two questions alike in meaning need few words in common ("The tower is 330 metres tall, about the same height
    # as an 81-storey building" / "the Eiffel Tower rises 1,063 feet above Paris and weighs about 7,300 tons"), but one
    # word next to both answers still: "49 points" this season and "41 points" last season ask alike, not one question
    alike = question_similarity is not None and question_similarity >= QUESTION_SIMILARITY
    # NOTE: a claim of several figures blurs its sentence and shares few words with a claim of one: there each answer's
    # own question (the words nearest it) stands in; a claim of one value has no other question than the sentence's
    several = max(len(a.slots.quantities), len(b.slots.quantities)) > 1
    own = several and local_similarity(qa, qb, own=True) >= OWN_QUESTION
    # NOTE: values of two things common nouns name ("Adult swims cost £5.20" / "The project's final cost was £14.6 million",
    # `_other_holders`) ask alike in few words: there likeness of the questions stands in for no sentence similarity
    things = _other_holders(a, answer_a, b, answer_b, kb) if alike or own else ""
    asked = alike and not things or work or doers
    own = own and not things
    if shared and _one_act(a, answer_a, b, answer_b, kb):
        # NOTE: two counts of one noun by one act ("the number of confirmed cases is 61" / "there are more than 62
        # confirmed cases of coronavirus in Morocco") ask one question however differently the rest of each sentence
        # runs; not "completed 28 passes" / "threw two touchdown passes" (`_one_act`)
        floor = min(floor, COUNTED_SIMILARITY)
    if same:
        # NOTE: one act of one holder told in two sentences built differently ("Total overwintering loss across all
        # respondents was 38.2%, higher than the ten-year average" / "Beekeepers ... lost 27 percent of their colonies
        # ..., according to the regional survey": 0.41) asks one question as two counts of one noun do
        floor = min(floor, COUNTED_SIMILARITY)
    why = ""
    if similarity is not None and similarity < floor and not asked and not own:
        why = f"the claims are not paraphrases (similarity {similarity:.2f} < {floor:.2f})"
    elif subject < 0:
        why = "the claims are about different people or products"
    elif clash:
        why = (f"different qualifiers: {', '.join(sorted(qa.qualifiers - words_b))} vs "
               f"{', '.join(sorted(qb.qualifiers - words_a))}")
    elif measure:
        why = f"different measurement qualifiers: {measure}"
    elif attribute == 0.0 and not framed and not related and not work and not one_event and not doers and not held and not close:
        # NOTE: one predicate however each inflects it ("sentenced to 12 years" / "a 15-year sentence") shares its action
        why = "the values measure different things (no shared attribute word or action)"
    elif masked < MIN_MASKED and not acted and not asked and not own and not close:
        why = f"with the answers masked the claims share too little ({masked:.2f} < {MIN_MASKED:.2f})"
    return Alignment(
        aligned=not why,
        attribute=round(attribute, 3),
        masked=round(masked, 3),
        subject=subject,
        qualifier_clash=clash or bool(measure),
        frames=frames,
        similarity=None if similarity is None else round(float(similarity), 3),
        question_similarity=None if question_similarity is None else round(float(question_similarity), 3),
        why=why,
    )
