"""Helpers the rule modules share: frame agreement, hedging discount, value text."""

from __future__ import annotations

import functools
import re

from checker.models import Claim, Mention
from checker.normalize.entities import LIGHT_FRAMES, Knowledge
from checker.normalize.kinds import in_other_words, same_holder

__all__ = ["DAY_NAME", "change_periods", "other_periods", "LIGHT_FRAMES", "LIGHT_VERBS", "other_occasions", "occasions", "frames_agree", "frames_of", "modality_factor", "texts", "content_overlap", "one_name", "common_holders", "different_subjects"]

LIGHT_VERBS = frozenset({"be", "have", "do", "make", "get", "take", "go"})
"""Verbs that name no act of their own: "did not have to audition" negates no event the other claim asserts, and two
claims using one share no predicate by it."""

_NEG = re.compile(r"\b(not|never|no|n't|no longer|neither|nor)\b", re.I)

DAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
"""A day of the week's name, as English capitalises it."""
_NAMED_TIMES = re.compile(r"\b(?:" + DAY_NAME + r"|January|February|March|April|May|June|July|August|"
                          r"September|October|November|December)\b")
"""Days of the week and months, capitalised as English writes them ("may" the verb is none)."""
_TIMES = re.compile(r"\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)|q[1-4]|h[12]|"
                    r"yesterday|today|tomorrow|tonight|(?:last|this|next)\s+(?:week|month|year|quarter|season|weekend))\b", re.I)
"""Other times a claim is stated for: a quarter or half, a day or period said from the report's day (years are the
date slots', `checker.normalize.dates`)."""
_SHORT_TIMES = {"q1": "first quarter", "q2": "second quarter", "q3": "third quarter", "q4": "fourth quarter", "h1": "first half",
                "h2": "second half", "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}


@functools.lru_cache(maxsize=16384)
def occasions(text: str) -> frozenset[str]:
    """The times a claim's text names (weekdays, months, quarters, halves, "yesterday", "last week"), lower-cased,
    with "Q3" read as "third quarter". NOTE: memoised: asked of both claims of every pair the judge compares."""
    found = [m.group(0) for m in _NAMED_TIMES.finditer(text)] + [m.group(0) for m in _TIMES.finditer(text)]
    out = set()
    for f in found:
        words = re.split(r"[\s-]+", f.lower())
        out.add(" ".join(_SHORT_TIMES.get(w, w) for w in words))
    return frozenset(" ".join(_SHORT_TIMES.get(w, w).split()) for w in out)


def other_occasions(a: Claim, b: Claim) -> bool:
    """Each claim names a time the other never names ("Shares fell 3% on Monday" / "Shares rose 2% on Tuesday";
    "Home prices rose in the first quarter" / "fell in the second quarter"): two occasions, whatever else the claims
    share. Only times the normaliser may not place on a calendar are needed here: weekdays and months without a year,
    quarters, halves. A claim naming no time, or only times the other names too, may be of one occasion."""
    ta, tb = occasions(a.text), occasions(b.text)
    return bool(ta - tb) and bool(tb - ta)




_PERIOD = re.compile(
    r"\b(?:from|since|over|than|compared\s+(?:with|to)|on|in|across)\s+(?:the\s+|a\s+)?(?:previous\s+|prior\s+|preceding\s+|last\s+|"
    r"past\s+|same\s+|whole\s+|full\s+)?(?P<p>day|week|month|quarter|year)\b(?!\s+(?:ago|before|earlier))"
    r"|\b(?P<q>day|week|month|quarter|year)[\s-](?:on|over)[\s-](?P=q)\b"
    r"|\b(?P<r>dai|week|month|quarter|year|annual)(?:ly)?\s+(?:rise|fall|drop|increase|decrease|decline|gain|growth|change)\b"
    r"|\ba\s+(?P<s>day|week|month|quarter|year)\s+(?:ago|before|earlier)\b", re.I)
"""The span a change is measured over, as a change's words give it: "from the previous month", "over the year",
"year-on-year", "a monthly rise", "than a year ago"."""
_PERIOD_NAMES = {"dai": "day", "annual": "year"}


def change_periods(text: str) -> frozenset[str]:
    """The spans of time (day, week, month, quarter, year) the claim's changes are measured over (`_PERIOD`)."""
    out = set()
    for m in _PERIOD.finditer(text):
        word = next(g for g in m.group("p", "q", "r", "s") if g).lower()
        out.add(_PERIOD_NAMES.get(word, word))
    return frozenset(out)


def other_periods(a: Claim, b: Claim) -> bool:
    """Each claim measures its change over a span the other never names ("The typical sale price fell by less than half a
    percent from the previous month" / "Prices rose ... up 5.2 percent over the year"): a monthly and a yearly change of
    one thing, which may go opposite ways. A claim naming no span may be of either."""
    pa, pb = change_periods(a.text), change_periods(b.text)
    return bool(pa - pb) and bool(pb - pa)


def frames_agree(a: Claim, b: Claim, kb: Knowledge, allow_missing: bool = False, opposites: bool = False) -> bool:
    """True when both claims evoke a common action frame, light frames aside.

    With ``opposites``, opposite frames (grant/restrict) count too: the polarity rules want them; the
    slot rules do not, since "granted in 2024" and "restricted in 2025" are two events, not a conflict.
    """
    fa, fb = set(a.slots.frames) - LIGHT_FRAMES, set(b.slots.frames) - LIGHT_FRAMES
    if not fa or not fb:
        return allow_missing
    return bool(fa & fb) or (opposites and any(frozenset((x, y)) in kb.opposites for x in fa for y in fb))


def frames_of(lemmas: set, kb: Knowledge) -> set[str]:
    """The (non-light) action frames the words evoke (``frames.yaml``)."""
    return set().union(*(kb.frames.get(w, ()) for w in lemmas if w)) - LIGHT_FRAMES


def modality_factor(a: Claim, b: Claim) -> float:
    """Confidence discount when either claim is hedged, predicted or an opinion."""
    f = 1.0
    for c in (a, b):
        if c.modality in ("hedged", "prediction"):
            f *= 0.75
        elif c.modality == "opinion":
            f *= 0.85
    return f


def texts(mentions: tuple[Mention, ...]) -> tuple[str, ...]:
    """Surface forms, deduplicated in order."""
    return tuple(dict.fromkeys(m.text for m in mentions))


def content_overlap(a: str, b: str, drop: set[str] | None = None) -> float:
    """Token-set similarity (0..100) of two texts after removing negation words and ``drop``."""
    from rapidfuzz import fuzz

    def clean(t: str) -> str:
        t = _NEG.sub(" ", t.lower())
        words = [w for w in re.findall(r"[\w'-]+", t) if w not in (drop or set())]
        return " ".join(words)

    return fuzz.token_set_ratio(clean(a), clean(b))


# NOTE: memoised (a pure function of three strings): the judge asks it of the same two names in many pairs
@functools.lru_cache(maxsize=16384)
def one_name(x: str | None, y: str | None, ignore: frozenset[str] = frozenset()) -> bool:
    """Every word of one name is a word of the other, case aside and ``ignore`` aside: one name in full and
    short ("Tan Shen" / "Tan", "Salva Kiir" / "Kiir"). Nothing left of either name is no name."""
    wx = set(re.findall(r"\w+", (x or "").lower())) - ignore
    wy = set(re.findall(r"\w+", (y or "").lower())) - ignore
    if not wx or not wy:
        return False
    if wx <= wy or wy <= wx or initials_of(x or "", y or "") or initials_of(y or "", x or "") or _shortened(x or "", y or ""):
        return True
    # NOTE: an acronym inside a longer name: "MVP Award" / "Most Valuable Player Award"
    for words, spelled in ((wx, _abbreviated(y or "", x or "")), (wy, _abbreviated(x or "", y or ""))):
        if spelled is not None and (words <= spelled - ignore or spelled - ignore <= words):
            return True
    return False


def _shortened(x: str, y: str) -> bool:
    """The two names are one with words written short, word for word: each pair of words is one word, or the shorter
    keeps the first letter and, in order, only letters of the longer ("E. Meyer Blvd" / "East Meyer Boulevard", "Mt.
    Hood" / "Mount Hood", "St. Louis" / "Saint Louis"); a word in full both sides at least."""
    wx, wy = re.findall(r"\w+", x.lower()), re.findall(r"\w+", y.lower())
    if len(wx) != len(wy) or not any(a == b for a, b in zip(wx, wy)):
        return False

    def short(s: str, full: str) -> bool:
        it = iter(full[1:])
        return s[0] == full[0] and all(ch in it for ch in s[1:])

    return all(a == b or short(a, b) or short(b, a) for a, b in zip(wx, wy))


def _abbreviated(full: str, short: str) -> set[str] | None:
    """The words of ``full`` with each run of words whose initials spell an acronym of ``short`` replaced by the
    acronym (lower case); None when ``short`` has no acronym that ``full`` spells out."""
    acronyms = [w for w in re.findall(r"[A-Za-z.]+", short) if sum(c.isupper() for c in w) >= 2]
    words = re.findall(r"\w+", full)
    hit = False
    for acronym in acronyms:
        letters = re.sub(r"[^A-Za-z]", "", acronym)
        n = len(letters)
        for i in range(len(words) - n + 1):
            run = words[i : i + n]
            if n >= 2 and all(w[:1].isupper() for w in run) and "".join(w[0] for w in run).lower() == letters.lower():
                words = words[:i] + [letters] + words[i + n :]
                hit = True
                break
    return {w.lower() for w in words} if hit else None


_LINK_WORDS = frozenset({"the", "of", "and", "for", "on", "in", "a", "an", "to", "at"})
"""Words an acronym may skip ("International Monetary Fund" is IMF; "Bureau of Industry and Security" is BIS)."""


def initials_of(short: str, full: str) -> bool:
    """``short`` is the acronym of ``full``: one word of two or more capitals whose letters are the initials of
    the full name's words, with or without its link words ("IMF" / "the International Monetary Fund",
    "U.S." / "United States", "DoD" / "Department of Defense")."""
    letters = re.sub(r"[^A-Za-z]", "", short)
    if " " in short.strip() or len(letters) < 2 or sum(ch.isupper() for ch in letters) < 2:
        return False
    words = re.findall(r"[A-Za-z]+", full)
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2:
        return False
    every = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w.lower() not in _LINK_WORDS)
    return letters.lower() in (every.lower(), content.lower())


def _common_noun(holder: str, c: Claim) -> bool:
    """The holder is a common noun phrase of the claim, no name: not a key of its names (`Slots.all_entities`), and
    its head written in lower case somewhere in the text, or only as the text's first word ("The treaty ...")."""
    if not holder or any(m.key == holder for m in c.slots.all_entities()):
        return False
    head = holder.split()[-1]
    found = [m for m in re.finditer(rf"\b{re.escape(head)}", c.text, re.I)]
    return any(m.group(0)[:1].islower() or m.start() == 0 for m in found)


def common_holders(x: str, a: Claim, y: str, b: Claim) -> bool:
    """Two holders, each of its claim, are common nouns naming one thing in other words (WordNet's synonyms and near
    kinds, `checker.normalize.kinds.same_holder`): "The treaty was signed on March 3" / "The agreement was signed on
    March 5", "the quake" / "the earthquake". Names are never taken for nouns ("Michael Grant" is no grant)."""
    return x != y and same_holder(x, y) and _common_noun(x, a) and _common_noun(y, b)


def different_subjects(a: Claim, b: Claim) -> bool:
    """The two claims' main acts are said of two things: each subject (`Slots.sides`, the words under the main
    predicate's subject) has a word the other's lacks, the words of names aside and one thing in other words counted
    as one (`in_other_words`): "Exports fell in March" / "Imports rose in March", "Manufacturing output fell" /
    "Services output rose". A subject one claim names and the other describes ("Acme's revenue" / "the company's
    revenue"), adds to ("the new plan" / "the plan") or leaves unsaid is no difference."""
    sa, sb = frozenset(a.slots.sides[0]), frozenset(b.slots.sides[0])
    if not sa or not sb:
        return False
    names = {w for c in (a, b) for m in c.slots.all_entities() for w in m.key.split()}
    sb = in_other_words(sa, sb)
    return bool(sa - sb - names) and bool(sb - sa - names)
