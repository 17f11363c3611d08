"""CC103 quantity conflict: the same count or amount given incompatible values."""

from __future__ import annotations

import calendar
import dataclasses
import functools
import itertools
import logging
import math
import re
from pathlib import Path

from checker.knowledge import deverbal_verbs, verb_lemmas, verb_synonyms
from checker.models import MONTH_DAY, Claim, DateValue, Quantity, Verdict
from checker.normalize.entities import Knowledge
from checker.normalize.holders import flow_verbs
from checker.normalize.dates import as_of, unanchored
from checker.normalize.kinds import NARROWER, SAME, kin, same_holder
from checker.normalize.ranks import PLACE, RANK
from checker.normalize.numbers import SCORE_HIGH, SCORE_LOW, TIME_OF_DAY, affine, count_noun, currency_units, one_currency, unit_keys, whole as whole_number
from checker.rules.base import Rule
from checker.rules.common import LIGHT_FRAMES, LIGHT_VERBS, modality_factor, occasions, one_name
from checker.rules.dates import event_date

__all__ = ["QUANTITY", "__register__", "acts_counted", "doers_act", "earlier_value", "one_act_counted", "people_of_one_holder", "another_row", "aside", "rose_between", "running_past", "set_against", "admitted", "rounded", "assign", "likeness", "restated", "timed_in_its_source", "counted", "same_count", "describes_other", "names_word", "names_noun", "differently_modified", "different_holders", "changes_of_others", "change_against_level", "flow_against_stock", "different_predicates", "different_places", "scope_relation",
           "touching", "meet", "TOUCHING_FACTOR"]

logger = logging.getLogger(__name__)

_SCALED = re.compile(r"\b(?:thousand|million|billion|trillion|crores?|lakhs?|bn|mn|tn|mln|bln|trln)\b", re.IGNORECASE)
"""A scale word: "23.47 crore" or "5.2 million" without a counted noun is still an amount."""

OCCURRENCES = "times"
"""The unit of a count of occurrences ("capped 12 times", "twice"), as `checker.normalize.numbers` reads it."""

_GENERIC = frozenset({"people", "person", "persons", "individual"})
"""Counted nouns that say only *who*: what they count is the action they take ("76 people reviewed")."""

SCORES = frozenset({SCORE_HIGH, SCORE_LOW})
_DAY_WORDS = frozenset({*(d.lower() for d in calendar.day_name), "day", "night", "morning", "afternoon", "evening",
                        "overnight", "weekend", "weekday", "today", "yesterday", "tonight"})
"""Words of when a contest was played, which a score's scope ignores."""
_LETTERS = re.compile(r"[\W\d_]+")
_AGENT = re.compile(r"(?<=[a-z]{4})(?:er|or|ee)$")
"""Agent- or patient-noun ending: "followers" count follows, "reviewers" reviews, "employees" those employed ("employs
4,500 people"), "attendees" those attending."""


def counted(q: Quantity, kb: Knowledge) -> frozenset[str]:
    """What a quantity counts, as comparable keys: its unit and the unit without an agent ending; for a
    generic noun ("people") the action it takes too; ``amount`` for a scaled number
    without a noun ("23.47 crore"), ``amount per <noun>`` for a bare rate ("13.40 per hour": the currency unwritten);
    empty when nothing is known (a bare number: a score, a rank)."""
    u = q.unit
    if not u:
        if _SCALED.search(q.text):
            return frozenset({"amount"})
        if q.per:
            return frozenset({f"amount per {q.per}"})  # NOTE: "13.40 per hour" / "13.10 an hour": a rate, its currency unwritten
        # NOTE: a bare number whose predicate is an action counts those it befalls ("3 have died", "killed 12"), as
        # "three people died" and "3 deaths" do; one of no action (a score, a rank) counts nothing known
        frames = _frame_set(q.event, kb)
        return frozenset({"frame:" + "+".join(sorted(frames))}) if frames else frozenset()
    keys = {u, _AGENT.sub("", u)}
    if u in _GENERIC and q.event:
        keys.add(q.event)
        # NOTE: people who take an action count it, as the action's noun does: "7,067 people died" and
        # "7,500 deaths" (both only the die frame); "people killed" (attack and die) is not "deaths".
        if frames := _frame_set(q.event, kb):
            keys.add("frame:" + "+".join(sorted(frames)))
    elif frames := frozenset(kb.frames_of(u) - LIGHT_FRAMES):
        keys.add("frame:" + "+".join(sorted(frames)))
    return frozenset(keys)


def people_of_one_holder(x: Quantity, y: Quantity, kb: Knowledge) -> bool:
    """Two counts of people named by a noun and a kind of it (WordNet's person nouns, `checker.normalize.kinds.kin`:
    "employees" / "workers", "shoppers" / "customers") held by one holder ("The Ferrowind plant has 1,800 employees" /
    "... has 2,000 workers"): one set of people a report names more or less narrowly, not a part against its whole. Things
    keep the part ("300,000 SUVs" / "500,000 cars" may be some of the cars), and so do people of two holders or none."""
    from checker.knowledge import person_nouns

    persons = person_nouns()
    if x.unit not in persons or y.unit not in persons or not x.holder or not y.holder:
        return False
    return x.holder == y.holder or kb.related(x.holder, y.holder) or same_holder(x.holder, y.holder)


def acts_counted(q: Quantity) -> frozenset[str]:
    """The verbs of the act a count's noun names, when it counts acts ("194 recoveries" -> ``recover``, "40 arrests" ->
    ``arrest``, "12 killings" -> ``kill``: `knowledge.deverbal_verbs`, WordNet's derivations); empty for a count of
    things, people, money or measures."""
    noun = count_noun(q)
    return deverbal_verbs().get(noun, frozenset()) if noun else frozenset()


def doers_act(q: Quantity) -> str:
    """The act a count is the subject or object of when it counts whoever does or undergoes it: a number with no noun
    ("more than 200 have recovered") or "people" ("3,100 people died"): its predicate's lemma (`Quantity.event`); "" for
    things, money or measures ("won two titles" counts titles, not wins), a count of acts, or a kind of people ("49
    residents had died" are some of those who died: the deaths of a town are more)."""
    if not q.event or q.relation or acts_counted(q):
        return ""
    if q.unit and q.unit not in _GENERIC:
        return ""
    if not q.unit and _SCALED.search(q.text) is None and not whole_number(q):
        return ""  # NOTE: "a 5.6 reading" counts no one
    return q.event


def one_act_counted(x: Quantity, y: Quantity) -> bool:
    """True when one value counts acts by their noun and the other counts those who do or undergo that act, told by its
    verb ("194 recoveries" / "more than 200 have recovered", "made 40 arrests" / "police arrested 65 people"): one
    number told as a noun of the act or as its clause. The verb is the noun's own or a synonym of it
    (`knowledge.verb_synonyms`). Two counts each told by a verb ("200 people recovered" / "five doctors recovered") stay
    two: neither names the act as a noun."""
    for acts, other in ((acts_counted(x), y), (acts_counted(y), x)):
        verb = doers_act(other)
        if acts and verb and (verb in acts or any(verb in verb_synonyms().get(v, ()) for v in acts)):
            return True
    return False


def occurrences_of_other_acts(x: Quantity, y: Quantity, kb: Knowledge) -> bool:
    """Two counts of occurrences ("capped 12 times", "played 41 times") of two acts: "N times" counts its own
    predicate's act, so two of them are one count only when the acts are one (`checker.judge.align.acts_alike`). A verb
    of being, having or doing ("has been to Japan five times"), of change ("grew three times", "rose twice") or a word
    no table knows as a verb names no act of its own: it stays the count of whatever the claims are about."""
    from checker.judge.align import acts_alike  # NOTE: lazy: checker.judge imports the registry

    if x.unit != OCCURRENCES or y.unit != OCCURRENCES or x.event == y.event:
        return False
    acts = (x.event, y.event)
    if not set(acts) <= verb_lemmas() or set(acts) & LIGHT_VERBS or any(kb.frames_of(e) & kb.change_frames for e in acts):
        return False  # NOTE: "certified seven times platinum" multiplies a noun: no act whose occurrences it counts
    return not acts_alike(x.event, y.event, kb)


def same_count(x: Quantity, y: Quantity, kb: Knowledge) -> bool:
    """True when two quantities count or measure the same kind of thing (the question's unit)."""
    if occurrences_of_other_acts(x, y, kb):
        return False
    if x.unit and x.unit == y.unit:
        return True
    if one_act_counted(x, y):
        return True  # NOTE: "194 recoveries" / "more than 200 have recovered": the act as a noun and as a verb
    if x.unit and y.unit and affine(x.unit, y.unit) is not None:
        return True  # NOTE: "21,196 km" and "13,171 miles" measure one length, "59F" and "15C" one temperature
    if x.unit and y.unit and one_currency(x.unit, y.unit):
        return True  # NOTE: "5 million dollars" is what "$5 million" is, "3 mln euros" what "€3 million" is
    return bool(counted(x, kb) & counted(y, kb))


def bare_of_one_holder(x: Quantity, a: Claim, y: Quantity, b: Claim, kb: Knowledge) -> bool:
    """Two bare values (no unit, nothing counted) of one holder that is no name either claim gives ("The default value of
    `max_connections` is 100" / "max_connections defaults to 250"): what the holder's value is, a setting's, a score's,
    a reading's. A person or an organisation has many bare figures ("Hansbrough now has 2,301" / "... at 20.2")."""
    if x.unit or y.unit or not x.holder or x.holder != y.holder or counted(x, kb) or counted(y, kb):
        return False
    names = {m.key for c in (a, b) for m in c.slots.actors + c.slots.products}
    return x.holder not in names


_FRAMING = frozenset({"in", "within", "over", "during", "after", "before", "since", "by", "until", "till", "inside",
                      "every", "each", "per", "from", "to", "ago", "later", "earlier"})
"""Words right before or after a length of time that make it a time frame, a deadline, an offset or a rate ("in 18
months", "within two weeks", "12 days after", "two years ago"), not how long an act or state lasted."""
_FRAME_ADJECTIVES = frozenset({"last", "past", "next", "first", "final", "previous", "coming"})
"""After "the", a window of time: "the past three years", "the first two weeks"."""
_FRAME_DETERMINERS = frozenset({"the", "these", "those", "this", "that", "its", "their", "his", "her", "our"})
"""Between a framing word and a length of time: "in the 18 months of the project" frames it as "in 18 months" does."""


def _duration(q: Quantity) -> bool:
    return unit_keys().get(q.unit, "").startswith("duration-")


def _length_of_time(q: Quantity, c: Claim) -> bool:
    """A length of time is how long the act or state lasted ("closed for six weeks", "will last three months", "took an
    hour and a half"): no relation (`Quantity.relation`: an offset, "12 days after"), and no word of `_FRAMING` right
    before or after it. Lengths in two units are compared only as such (`compare_quantities`)."""
    if q.relation:
        return False
    i = c.text.find(q.text)
    if i < 0:
        return False
    before = re.findall(r"[\w']+", c.text[max(0, i - 24):i].lower())[-2:]
    after = re.findall(r"[\w']+", c.text[i + len(q.text):i + len(q.text) + 12].lower())[:1]
    if before[-2:-1] == ["the"] and before[-1:] and before[-1] in _FRAME_ADJECTIVES:
        return False
    if before[-1:] and before[-1] in _FRAME_DETERMINERS and before[-2:-1] and before[-2] in _FRAMING:
        return False  # NOTE: "In the 18 months of the project", "over those six weeks": a window, its framing word first
    return not (set(before[-1:]) | set(after)) & _FRAMING


ROUND_SHARE = 0.05
"""Share of a round figure ("300", "1,500,000") it admits either way at most: half its last significant digit, but
no looser than "about N" (5 %). Half the last digit alone let "100 degrees" admit 90 and "300 metres" 330."""


def admitted(q: Quantity) -> tuple[float, float]:
    """Values a quantity admits, widening round numbers by half their last significant digit (at most `ROUND_SHARE`); a range
    ("between 10 and 25 years") admits its two ends and what lies between."""
    lo, hi = q.interval()
    if q.high is not None:
        return lo, hi
    if q.comparator == "=" and q.value and q.value == int(q.value):
        v = int(abs(q.value))
        zeros = len(str(v)) - len(str(v).rstrip("0"))
        if zeros >= 2:
            # NOTE: at most as loose as "about N": "300 metres" admits 285 to 315 (not 330), "100 degrees" 95 to 105
            half = min(0.5 * 10**zeros, ROUND_SHARE * abs(q.value))
            lo, hi = q.value - half, q.value + half
    if q.comparator == "~":
        # NOTE: "about N": 5% either way, and at least half a unit below ten ("about 4" admits 3.5 to 4.5)
        half = max(q.value * 0.05, 0.5) if q.value else 0.0
        lo, hi = q.value - half, q.value + half
    if q.comparator == "<":
        hi = q.value - 1e-9
    if q.comparator == ">":
        lo = q.value + 1e-9
    return lo, hi


_WRITTEN = re.compile(r"\d[\d,]*(?:\.(?P<decimals>\d+))?")


def _decimals(q: Quantity) -> tuple[float, int] | None:
    """(the figure as written, its decimal places): "$4.75 billion" -> (4.75, 2); None for a figure in words."""
    m = _WRITTEN.search(q.text)
    if m is None or not float(m.group(0).replace(",", "")):
        return None
    return float(m.group(0).replace(",", "")), len(m["decimals"] or "")


def rounded(x: Quantity, y: Quantity) -> bool:
    """True when one exact figure is the other rounded to the fewer decimals it is written with: "52%" and "52.4%",
    "$4.8 billion" and "$4.75 billion" (a report rounds; it does not contradict). Not "12" and "12.5" rounded
    half up, nor two figures written to the same digits. A measure in parts ("17 hours and 5 minutes", `find_quantities`:
    up to less than one of its first unit more) is rounded or cut to a whole figure of its first unit ("a 17-hour
    flight")."""
    if x.comparator != "=" or y.comparator != "=":
        return False
    for parts, whole in ((x, y), (y, x)):
        if parts.high is not None and 0 < parts.high - parts.value < 1 and whole.high is None and whole.value.is_integer():
            return whole.value in (round(parts.value), math.floor(parts.value))
    if x.high is not None or y.high is not None:
        return False
    wx, wy = _decimals(x), _decimals(y)
    if wx is None or wy is None or wx[1] == wy[1]:
        return False
    (coarse, (written, places)), fine = ((x, wx), y) if wx[1] < wy[1] else ((y, wy), x)
    scale = coarse.value / written
    return abs(fine.value / scale - written) < 0.5 * 10.0 ** -places


def in_unit(q: Quantity, unit: str) -> tuple[float, float]:
    """The values ``q`` admits (`admitted`) in ``unit``, a unit of its dimension (`affine`); an exact figure is
    widened by half its last digit written ("13,171 miles": 13,170.5 to 13,171.5 miles): a figure converted from
    another unit is rounded where it was written."""
    lo, hi = admitted(q)
    m = _WRITTEN.search(q.text)
    digits = m.group(0).replace(",", "") if m else ""
    if lo < hi:
        half = 0.0  # NOTE: already widened: a round figure, "about", a bound or a range
    elif m is not None and m["decimals"]:
        half = 0.5 * 10 ** -len(m["decimals"])
    else:
        half = 0.5 * 10 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 0.5
    scale, offset = affine(q.unit, unit) or (1.0, 0.0)
    return (lo - half) * scale + offset, (hi + half) * scale + offset


def meet(lx: float, hx: float, ly: float, hy: float) -> bool:
    """Two admitted intervals (`admitted`) share a value. Two widened figures that only touch do not: "$441 million"
    admits 440.5 to 441.5 million and "$442 million" 441.5 to 442.5, each up to its half digit, the way a figure is
    rounded (a value at 441.5 is written one way or the other, not both), so one written to the same digits as the
    other and one last digit away states another value ("$3.1 billion" / "$3.2 billion")."""
    if lx > hy or ly > hx:
        return False
    return not ((hx == ly or hy == lx) and lx < hx and ly < hy)


TOUCHING_FACTOR = 0.4
"""Confidence kept by a conflict that is only a strict bound touching the other value (`touching`)."""


def touching(x: Quantity, y: Quantity) -> bool:
    """True when the two values would agree if one's strict bound included its own value: "more than 48
    minutes" vs "48 minutes", "under $26 million" vs "$26 million". Reports round this way; it is imprecision
    more often than a conflict. Two strict bounds facing each other ("under 26" / "over 26") do not touch."""
    for s, p in ((x, y), (y, x)):
        if s.comparator in ("<", ">"):
            lo, hi = admitted(s)
            ls, hs = (lo, s.value) if s.comparator == "<" else (s.value, hi)
            lp, hp = admitted(p)
            if ls <= hp and lp <= hs:
                return True
    return False


def _attributive(q: Quantity) -> bool:
    """A measure written as a modifier ("11-year-old", "40-foot"): it describes the noun it modifies."""
    return bool(q.unit) and re.search(rf"\w-{re.escape(q.unit)}", q.text.lower()) is not None


def _different_holders(x: Quantity, y: Quantity, kb: Knowledge) -> bool:
    """True when two measures written as modifiers describe different things: the adjective of different,
    unrelated nouns ("an 11-year-old girl" vs "her 34-year-old mother"; "Sixteen-year-old Kimani Gray was shot"
    vs "the 30-year-old sergeant fired"), whatever each sentence then says they did. A value of a verb keeps
    its question when the subjects differ in wording ("the film grossed" vs "the movie grossed")."""
    return (_attributive(x) and _attributive(y) and bool(x.holder) and bool(y.holder) and x.holder != y.holder
            and not kb.related(x.holder, y.holder) and not same_holder(x.holder, y.holder))


def _ages_of_others(x: Quantity, a: Claim, y: Quantity, b: Claim, kb: Knowledge) -> bool:
    """True when two ages are not both held by one named person: an age is a person's, and a story names many
    ("23-year-old Laci" and "Peterson, 32"; "an 18-year old male" and "Andrew Lopez, 20"; "a 45-year-old man" and
    "a 47-year-old man" may be two men)."""
    if not (_is_age(x) and _is_age(y)):
        return False
    hx, hy = x.holder, y.holder
    one = bool(hx and hy) and (hx == hy or kb.related(hx, hy) or one_name(hx, hy))
    return not (one and _named(hx, a) and _named(hy, b))


def _is_age(q: Quantity) -> bool:
    return q.unit.endswith("-old")


def _birthday_between(x: Quantity, a: Claim, y: Quantity, b: Claim) -> bool:
    """Two ages of one person a year apart, neither at death: reports written months apart may straddle a birthday
    ("26-year-old Christopher Simpson" before the trial, "Simpson, 27" at the verdict). An age at death is fixed."""
    return (_is_age(x) and _is_age(y) and x.unit == y.unit and x.comparator == y.comparator == "=" and abs(x.value - y.value) <= 1
            and "die" not in a.slots.frames and "die" not in b.slots.frames)


def describes_other(x: Quantity, a: Claim, y: Quantity, b: Claim) -> bool:
    """True when one value is a measure written as a modifier of a noun (its holder: "a 45-yard field goal",
    "a 10-win improvement") that the other claim, whose value is no modifier, never names: "returned the pick
    35 yards" or "fell two wins shy" measure something else. "A 40-foot statue" against "the statue rises
    300 feet" keeps its question, and so does a claim naming any word of the modifier's noun phrase: "a five-year
    prison term" and "sentenced to eight years in prison" ask how long the prison time is. Two modifiers are
    `_different_holders`' to judge."""
    if _attributive(x) == _attributive(y):
        return False
    q, other = (x, b) if _attributive(x) else (y, a)
    words = q.holder.split()
    return bool(words) and not any(names_word(other, w) for w in words) and not names_noun(other, words[-1])


def _noun_measure(q: Quantity, c: Claim, other_q: Quantity, other: Claim, kb: Knowledge) -> bool:
    """True when ``q`` is written right before the noun it measures ("a 27% premium", "a $5 fee"), a noun the other
    claim never names and whose action is not the other value's ("shares rose 24%": a rise, not a premium; "a 5%
    increase" and "sales rose 7%" are one rise). `describes_other` reads the hyphenated modifiers ("a 45-yard goal")."""
    noun = q.holder.split()[-1] if q.holder else ""
    if not noun or q.event != noun or names_noun(other, noun):
        return False
    if q.text not in c.text or not re.match(rf"\s*{re.escape(noun)}\b", c.text[c.text.find(q.text) + len(q.text):], re.I):
        return False
    return not (_frame_set(noun, kb) & _frame_set(other_q.event, kb))


def names_word(c: Claim, word: str) -> bool:
    """The claim uses the word: as a lemma, or as the start of a word of its text ("season" in "seasons")."""
    return word in c.slots.lemmas or re.search(rf"\b{re.escape(word)}", c.text.lower()) is not None


def names_noun(c: Claim, noun: str) -> bool:
    """The claim names the head noun of a holder (`names_word`), or a noun naming one thing with it in other words
    ("strike" in "the walkout lasted five days": `kinds.same_holder`), or the verb of the act the noun names ("closed"
    for "a three-week closure", "restored" for "a £185,000 restoration": `knowledge.deverbal_verbs`). Only for a head: a
    modifier read as a noun is another word ("premium" in "the Premium plan" is no kind of cost)."""
    return names_word(c, noun) or " " not in noun and (
        any(same_holder(noun, w) for w in c.slots.lemmas if w[:1].isalpha())
        or any(v != noun and v in c.slots.lemmas for v in deverbal_verbs().get(noun, ())))


def differently_modified(x: Quantity, a: Claim, y: Quantity, b: Claim) -> bool:
    """True when the two values are of one noun said of two kinds: holders with the same head and words each
    adds that the other claim never uses ("the average body temperature" / "the average air temperature";
    "the Basic plan" / "the Premium plan"), or whom the value is for (`_for_whom`: "Adult tickets cost £24.50" / "Tickets
    cost £66.60 for a family of four"). One side alone adding words keeps the question; a noun of a kind on one
    side only ("cloud revenue" / "revenue") is a part of the whole (`Quantity.scope`, read at normalisation)."""
    wx, wy = x.holder.split(), y.holder.split()
    kx, ky = set(wx[:-1]) | _for_whom(x, a), set(wy[:-1]) | _for_whom(y, b)
    if not kx and not ky or not wx or not wy or wx[-1] != wy[-1] and not same_holder(wx[-1], wy[-1]):
        return False  # NOTE: one head noun, or two naming one thing ("the Basic plan" / "the Premium package")

    def foreign(words: set[str], c: Claim) -> bool:
        return bool(words) and not any(names_word(c, w) for w in words)

    return foreign(kx - set(wy), b) and foreign(ky - set(wx), a)


_FOR_WHOM = re.compile(r"\s+for\s+(?:(?:a|an|each|every|one|per)\s+)?(?P<noun>[a-z]+)(?=\s+of\b|[\s,.;:)]|$)")
"""Whom or what a value is for, right after it: "£66.60 for a family of four", "$12 for an adult"."""


def _for_whom(q: Quantity, c: Claim) -> set[str]:
    """The noun a value is said to be for, right after it ("Tickets cost £66.60 for a family of four": ``family``): a kind
    of its holder as a modifier is ("Adult tickets cost £24.50"), when no determiner picks out one thing ("for the
    festival" is what the ticket is to)."""
    i = c.text.find(q.text)
    m = _FOR_WHOM.match(c.text, i + len(q.text)) if i >= 0 and q.text else None
    return {m["noun"]} if m is not None and m["noun"] not in _FRAME_DETERMINERS else set()


def _named(holder: str, c: Claim) -> bool:
    """The holder is a name in its claim: a person's, organisation's or product's key, or a proper noun."""
    if any(m.key == holder for m in c.slots.actors + c.slots.products):
        return True
    last = holder.split()[-1]
    return any(t.pos == "PROPN" and t.lemma.lower() == last for t in c.tokens)


def _names(holder: str, c: Claim) -> bool:
    """The claim names the holder: each of its words is a word or lemma of the claim ("Cheeks" for ``cheek``)."""
    words = set(re.findall(r"\w+", c.text.lower())) | {t.lemma.lower() for t in c.tokens}
    return set(re.findall(r"\w+", holder)) <= words


def different_holders(x: Quantity, a: Claim, y: Quantity, b: Claim, kb: Knowledge) -> bool:
    """True when the two values are held by two different named holders, neither named by the other claim:
    "Cheeks played 11 seasons" and "O'Brien was fired after just one season" count two persons' seasons. A
    holder that is no name ("the film grossed" vs "the movie grossed") keeps the question (`_different_holders`)."""
    hx, hy = x.holder, y.holder
    if not hx or not hy or hx == hy or kb.related(hx, hy) or not _named(hx, a) or not _named(hy, b):
        return False
    if one_name(_LETTERS.sub(" ", hx), _LETTERS.sub(" ", hy)):
        return False  # NOTE: one name in full and short, or glued to a stray number ("555Caesar" / "Julius Caesar")

    def elsewhere(h: str, c: Claim) -> bool:
        # NOTE: a claim that never names the holder, or names it as the holder of another of its values
        # ("Drake was paced by 13 points from VanDeest, while Carter had 12 points": 13 is not Carter's)
        return not _names(h, c) or any(one_name(h, q.holder) for q in c.slots.quantities)

    return elsewhere(hx, b) and elsewhere(hy, a)


def change_against_level(x: Quantity, a: Claim, y: Quantity, b: Claim, kb: Knowledge) -> bool:
    """True when one value is the size of a change, held by a noun of a change ("The rise of 285 pounds a year", "a cut of
    7.9%": the noun evokes a change frame, `Knowledge.change_frames`), and the other is a level: held by no such noun and
    told by no verb of a change, or by one with "to" or "at" before it ("the typical bill will rise to 1,849 pounds").
    How much a thing moved and where it stands answer two questions; two changes ("a rise of 285 pounds" / "bills
    will rise by 300 pounds") ask one."""
    for change, level, c in ((x, y, b), (y, x, a)):
        if _held_by_change(change, kb) and not _held_by_change(level, kb) and (
                not _frame_set(level.event, kb) & kb.change_frames or _LEVEL_BEFORE.search(c.text, 0, max(0, c.text.find(level.text)))):
            return True
    return False


_LEVEL_BEFORE = re.compile(r"\b(?:to|at)\s+(?:[\w$€£¥₹.,-]+\s+){0,2}$", re.IGNORECASE)
"""A level's preposition before a value, up to two words back ("rise to 1,849 pounds", "stood at about $4 billion")."""


def _held_by_change(q: Quantity, kb: Knowledge) -> bool:
    """The value's holder is a noun of a change (`Knowledge.change_frames` of its head: "rise", "increase", "cut")."""
    head = q.holder.split()[-1] if q.holder else ""
    return bool(head) and bool(kb.frames_of(head) & kb.change_frames)


def changes_of_others(x: Quantity, a: Claim, y: Quantity, b: Claim, kb: Knowledge) -> bool:
    """True when two percentages are changes (`Knowledge.change_frames`) of two different things, each claim naming only
    its own: "third-quarter revenue rose 6 percent" / "Shares of Pellam rose 3 percent"; "sales fell 2%" / "profit
    rose 9%". What changed is
    the question of a change, so holders with different head nouns, neither related to the other nor written by the
    other claim, ask two ("the company's revenue rose 6%" / "revenue rose 8%" keep one)."""
    if x.unit != "percent" or y.unit != "percent" or not all(_frame_set(q.event, kb) & kb.change_frames for q in (x, y)):
        return False
    hx, hy = x.holder.split(), y.holder.split()
    if not hx or not hy or kb.related(x.holder, y.holder):
        return False
    return not names_noun(b, hx[-1]) and not names_noun(a, hy[-1])


def _level_frames(kb: Knowledge) -> frozenset[str]:
    """The frames the verbs of a level evoke (`LEVEL_VERBS`: "deaths rose to 36" states the level reached)."""
    from checker.normalize.numbers import LEVEL_VERBS

    return frozenset().union(*(kb.frames_of(v) for v in LEVEL_VERBS))


def _frame_set(event: str, kb: Knowledge) -> frozenset[str]:
    """The action frames an event (`Quantity.event`: a frame name or a lemma) evokes; empty when none."""
    names = _frame_names(kb)
    if event in names:
        return frozenset({event})
    return frozenset(kb.frames_of(event) - LIGHT_FRAMES) if event else frozenset()


def _frame_names(kb: Knowledge) -> frozenset[str]:
    hit = _FRAME_CACHE.get(id(kb))
    if hit is None or hit[0] is not kb:
        names = frozenset(f for fs in kb.frames.values() for f in fs) - LIGHT_FRAMES
        # NOTE: two frames one word evokes ("kill": attack and die) may describe one event.
        joint = frozenset(frozenset((f, g)) for fs in kb.frames.values() for f in fs for g in fs if f != g)
        hit = _FRAME_CACHE[id(kb)] = (kb, names, joint)
    return hit[1]


_FRAME_CACHE: dict[int, tuple[Knowledge, frozenset[str], frozenset[frozenset[str]]]] = {}


def different_predicates(x: Quantity, y: Quantity, kb: Knowledge) -> bool:
    """True when the two values are of different actions: both predicates evoke known frames and no frame, or
    pair of frames one word evokes together, is shared ("three people were injured" vs "46 people had been
    arrested"; "five killed" and "seven died" share one: "kill" evokes both attack and die). Not a change against a
    level read from frames: "up 17%" and "gained 3%" evoke none, so "shares rose 24%" against "a 27% premium" is left
    (SummEdits dev lost "up 17%" / "increased by 27%" to it)."""
    fx, fy = _frame_set(x.event, kb), _frame_set(y.event, kb)
    if x.unit == y.unit == "other" and x.event != y.event and not fx & fy:
        return True  # NOTE: "others" are who the predicate says: "left 14 others trapped" / "two others missing"
    if not fx or not fy or fx & fy:
        return False
    _frame_names(kb)
    joint = _FRAME_CACHE[id(kb)][2]
    return not any(frozenset((f, g)) in joint for f in fx for g in fy)


def _flow_of_other(part: Quantity, whole: Quantity, kb: Knowledge, level: bool = True) -> bool:
    """The whole is a flow (an act with an opposite in `frames.yaml` `opposites`: hired, cut, acquired, rose) the part is
    not of: "would hire 500 workers" is no whole of "which has 12,000 employees", a hiring against a workforce. Without
    ``level``, a change of a level (the frames of `LEVEL_VERBS`: rose, fell, declined) is no flow."""
    flows = {f for pair in kb.opposites for f in pair} - (set() if level else _level_frames(kb))
    moved = _frame_set(whole.event, kb) & flows
    return bool(moved) and not _frame_set(part.event, kb) & moved


def flow_against_stock(x: Quantity, y: Quantity, kb: Knowledge) -> bool:
    """True when one count is moved by an act (a flow: an act with an opposite in `frames.yaml` `opposites`, hired /
    fired, bought / sold, won / lost) the other count's predicate does not evoke: "hired 500 workers" and "employs 12,000
    workers", "signed three players" and "has 25 players", "sold 40 planes" and "operates 150 planes" count two things,
    what one act moved and what a holder has. Counts of things only (`count_noun`: "people" too); not a change of a level
    ("cases rose to 61" / "62 cases": `LEVEL_VERBS`' frames are no flow), nor amounts of money or measures."""
    if not all(count_noun(q) or q.unit in _GENERIC for q in (x, y)):
        return False
    if one_act_counted(x, y):
        return False  # NOTE: "made 40 arrests" / "arrested 65 people": the noun names the act that moved them
    return (_flow_of_other(x, y, kb, level=False) or _flow_of_other(y, x, kb, level=False)
            or _moved_against_held(x, y, kb) or _moved_against_held(y, x, kb))


def _moved_against_held(moved: Quantity, held: Quantity, kb: Knowledge) -> bool:
    """``held`` is what a holder has (`Quantity.stock`: "has 50,000 jobs") and ``moved`` what an act moved (its verb one
    of `flow_verbs`, WordNet's acts of adding, cutting, making, unmaking and losing, or an act with an opposite in
    `frames.yaml`: "added 3,000 jobs", "eliminated 1,800 positions"): a gain against a level, two questions."""
    if not held.stock or moved.stock or not moved.event:
        return False
    acts = {f for pair in kb.opposites for f in pair}
    return moved.event in flow_verbs() or bool(_frame_set(moved.event, kb) & acts)


_SET_AGAINST = (r"beat|beats|beating|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?|outstrip(?:s|ped|ping)?"
                r"|miss(?:es|ed|ing)?|above|over|beyond|below|under|short\s+of|ahead\s+of|behind"
                r"|(?:more|less|higher|lower|greater|larger|smaller|bigger)\s+than")
"""Words that set a figure against another thing's figure ("sold for £71,500, beating its upper estimate", "comfortably
above the £60,000 top estimate", "came in under budget"): verbs of going past or falling short (beat, exceed,
surpass, top, outstrip, miss), the prepositions of more and less, and comparatives with "than"."""


def _noun_of(q: Quantity, c: Claim) -> str:
    """The noun a value is the figure of, as its claim writes it: its event or its holder's head when that word stands in
    the claim's text ("an estimate of £40,000 to £60,000": ``estimate``; "the budget is £2 million": ``budget``)."""
    for word in (q.event, q.holder.split()[-1] if q.holder else ""):
        if word in (q.unit, _singular_unit(q.unit)) or word in _GENERIC or word in ("people", "person"):
            continue  # NOTE: "200 people": what is counted, no thing with a figure
        if word and word.isalpha() and re.search(rf"\b{re.escape(word)}\b", c.text) \
                and not re.fullmatch(_SET_AGAINST, word, re.I):
            return word  # NOTE: written in lower case, a common noun: a name ("Castlebay") has no figure to be set against
    return ""


def _singular_unit(unit: str) -> str:
    return unit[:-1] if unit.endswith("s") else unit


def set_against(x: Quantity, a: Claim, y: Quantity, b: Claim) -> bool:
    """True when ``b`` sets its figure against the thing ``x`` is the figure of ("The car carries an estimate of £40,000 to
    £60,000" / "sold for £71,500, beating its upper estimate"; "The budget was £2 million" / "cost £2.6 million, well
    over budget"): ``y`` answers what came of it, another question, and ``b`` says the two differ. Not when ``y`` is
    itself a figure of that thing ("the estimate was £50,000").
    """
    noun = _noun_of(x, a)
    if not noun or noun in (y.event, y.holder.split()[-1] if y.holder else ""):
        return False
    gap = r"(?:[\w£$€.,%'’-]+\s+){0,3}?"
    text = b.text
    for q in b.slots.quantities:
        text = text.replace(q.text, " ")  # NOTE: "more than 200 people": a value's own bound sets nothing against
    # NOTE: a phrase opening the claim frames all of it ("Under the adopted plan, the city eliminates 46 positions"):
    # it sets no figure against the plan's
    return any(not _opens(text, m.start()) for m in re.finditer(rf"\b(?:{_SET_AGAINST})\s+{gap}{re.escape(noun)}s?\b", text, re.I))


def _opens(text: str, i: int) -> bool:
    """The words at ``i`` open the text: a fronted phrase, set off by a comma before the clause it frames."""
    return not re.search(r"\w", text[:i]) and "," in text[i:]


def _one_act_timed(x: Quantity, a: Claim, y: Quantity, b: Claim, kb: Knowledge) -> bool:
    """Two clock times (`TIME_OF_DAY`) time one act: both predicates known and one lemma, or sharing a frame ("struck"
    / "hit"), of one occurrence: not when each time stands next to a name the other claim never mentions ("a wildcard
    game at 3:30 p.m. Saturday at Qwest Field" / "the Falcons will face the Saints at 8 p.m. Saturday", two games), and
    no part of the act against the whole ("began to cast ballots at 8:00 am" is when voting opened)."""
    from checker.judge.align import foreign_names  # NOTE: lazy: checker.judge imports the registry

    if not x.event or not y.event or x.scope or y.scope:
        return False
    if not (x.event == y.event or _frame_set(x.event, kb) & _frame_set(y.event, kb)):
        return False
    return not foreign_names(a, x.text, b, y.text)


def other_participants(a: Claim, b: Claim) -> bool:
    """True when each claim names a person, team or organisation of which the other names no word: two contests
    ("a 108-70 rout of the College of Charleston" / "a 66-51 loss to Winston-Salem"), not one told with a first name
    more ("Okafor" / "Daniel Okafor") or on another weekday."""
    def foreign(c: Claim, other: Claim) -> bool:
        words = set(re.findall(r"\w+", other.text.lower()))
        return any(not {w for w in m.key.split() if len(w) > 2} & words for m in c.slots.actors)

    return foreign(a, b) and foreign(b, a)


def scope_relation(x: Quantity, a: Claim, y: Quantity, b: Claim) -> str:
    """How the parts two values are restricted to (`Quantity.scope`: "in the round", "on Saturday") relate:
    ``"same"`` when each names only parts the other claim names too; ``"x-part"`` / ``"y-part"`` when only
    that value is restricted to a part the other claim never names (a part against the whole: "68 punches
    in the round" vs "369 punches"; "86 arrests on Saturday" vs "200 people arrested"); ``"different"``
    when each is restricted to a part the other never names (Saturday's count vs Sunday's)."""
    if x.unit in SCORES and y.unit in SCORES:
        # NOTE: a score is one contest's result: the day it was played ("beat Castlebay 2-1 on Saturday") is no part of
        # it, a half or a set is ("1-1 at half-time")
        x, y = (dataclasses.replace(q, scope=tuple(w for w in q.scope if w not in _DAY_WORDS)) for q in (x, y))
    if set(x.scope) == set(y.scope):
        return "same"

    def named(words: tuple[str, ...], c: Claim) -> bool:
        return all(names_word(c, w) for w in words)

    x_part = not named(tuple(w for w in x.scope if w not in y.scope), b)
    y_part = not named(tuple(w for w in y.scope if w not in x.scope), a)
    if x_part and y_part:
        return "different"
    return "x-part" if x_part else "y-part" if y_part else "same"


def different_places(x: Quantity, y: Quantity, kb: Knowledge) -> bool:
    """True when both values are stated for places (`Quantity.place`) and none is shared or lies inside another
    (`Knowledge.inside`: "San Francisco" / "California", "northern California" / "California"):
    "$181.7 million in North America" and "$268.3 million in other territories" answer two questions. A value
    stated for no place stays comparable with either (a total may be the same figure written without it)."""
    if not x.place or not y.place or set(x.place) & set(y.place):
        return False
    return not any(kb.inside(kb.canonical(p), kb.canonical(q)) for p in x.place for q in y.place)


ASSIGN_MARGIN = 0.25
"""Gain an agreeing pair (compatible values, or a strict bound touching the other) adds to its likeness when the
values of two claims are paired one to one (`assign`): two readings of nearly the same clause pair the agreeing way."""

EXACT_MARGIN = 0.5
"""Gain the same exact figure on both sides adds instead ("$127.1 million" and "$127.1 million"): a figure repeated
to the decimal is the same answer unless the clauses clearly differ."""

LOCAL_FLOOR = 0.2
"""Likeness a conflicting pair needs before pairing its values gains anything: below it a value stays unpaired
(a budget is no counterpart of a box-office figure whatever its amount)."""

OVERRIDE = 0.5
"""Likeness from which a paired conflict stands against an agreeing pair of what it counts elsewhere in the two
claims; below it the agreeing pair silences it as before this pairing: in news a sentence's numbers of one unit
(a season's yards, one play's) are many and their clauses alike ("pass", "touchdown"). VitaminC dev 4,000: 0 ->
0.5, FP 22 -> 21, same recall; SummEdits dev 700 and ECB+ dev topics: same findings."""

PLACE_BONUS = 0.3
"""Likeness added when both values are stated for one place ("worldwide" / "globally")."""

MEASURE_BONUS = 0.3
"""Likeness added when both values share a measurement qualifier ("adjusted earnings of $127.1 million")."""

# NOTE: the margins, floor and bonuses were set by hand and checked on the dev halves: SummEdits 700 folders gave the same flags
# with EXACT_MARGIN 0.25 or 0.5, ASSIGN_MARGIN 0.1 or 0.25, LOCAL_FLOOR 0.2 or 0.3 (R 0.138, FA 0.004); on VitaminC
# 4,000 (`judge_pair`) LOCAL_FLOOR 0.1 / 0.2 / 0.3 gave R 0.296 / 0.295 / 0.293 at P 0.944 / 0.950 / 0.952.


def _silences(quiet: tuple[str, frozenset[str]], conflict: tuple[str, frozenset[str]]) -> bool:
    """A compatible pair silences a conflict of the same counted thing stated for the same place, or one that
    names no place common to its two values; a pair of no common place (a budget against a total) does not
    silence a conflict stated for one place ("$41.8 million in North America" / "under $41.6 million" there)."""
    return quiet[0] == conflict[0] and (not conflict[1] or bool(quiet[1] & conflict[1]))


def likeness(x: Quantity, a: Claim, y: Quantity, b: Claim, kb: Knowledge) -> float:
    """How well ``x`` in ``a`` and ``y`` in ``b`` answer one question: the similarity of the clauses around them
    (`checker.judge.align.local_similarity`), `PLACE_BONUS` more when both are stated for one place and
    `MEASURE_BONUS` more when they share a measurement qualifier ("adjusted earnings of $127.1 million")."""
    from checker.judge.align import local_similarity, question

    qa, qb = question(a, x.text, kb), question(b, y.text, kb)
    return (local_similarity(qa, qb) + (PLACE_BONUS if set(x.place) & set(y.place) else 0.0)
            + (MEASURE_BONUS if qa.measures & qb.measures else 0.0))


def _same_figure(x: Quantity, y: Quantity) -> bool:
    """The same exact figure or range on both sides ("$130.4 million" and "$130.4 million", "4.8% to 6.6%" and "4.8% to
    6.6%"), not a bound or an estimate."""
    return x.comparator == y.comparator == "=" and x.value == y.value and x.high == y.high


def _elided(bare: Quantity, figure: Quantity, kb: Knowledge) -> bool:
    """``bare`` is a number whose noun is left out, equal to ``figure`` exactly: one answer written twice ("the 28
    schoolgirls were on a trip when seven returned pregnant" states the seven schoolgirls of another report)."""
    # NOTE: a scaled number counts an amount of nothing named ("the number rose to 1.4 million" after "1.4 million overnight
    # guests"): its noun is left out as a small number's is
    # NOTE: a verb of a level ("has fallen to 3,100") says where its subject's figure went, no one it befalls
    if _frame_set(bare.event, kb) and _frame_set(bare.event, kb) <= _level_frames(kb):
        return not bare.unit and not bare.relation and bool(figure.unit) and _restates(bare, figure)
    return not bare.unit and not bare.relation and not counted(bare, kb) - {"amount"} and bool(figure.unit) and _restates(bare, figure)


def _asked_beside(x: Quantity, a: Claim, y: Quantity, b: Claim, kb: Knowledge) -> bool:
    """The claim of the bare one of two equal figures asks the other's question with another of its values ("Roughly two
    dozen false killer whales beached ..., and by evening 17 had been returned to sea" / "17 false killer whales
    refloated": the two dozen aligns with the 17 whales): the bare figure, written beside it, is that answer again,
    however little its clause shares with the other claim."""
    from checker.judge.align import align  # NOTE: lazy: checker.judge imports the registry

    bare, claim, figure, other = (x, a, y, b) if not x.unit else (y, b, x, a)
    return any(q is not bare and q.unit == figure.unit and align(claim, q.text, other, figure.text, kb).aligned
               for q in claim.slots.quantities)


def _relation(q: Quantity) -> str:
    """`Quantity.relation`, where a share "of them" is the percentage's own answer: "72.4% of those voting backed strike
    action" is the share that backed it, as "nearly three quarters of union members who voted" is, no count of some of
    those counted before ("three of them")."""
    return "" if q.relation == "part" and q.unit == "percent" else q.relation


def _restates(bare: Quantity, figure: Quantity) -> bool:
    """``bare`` is ``figure``'s number written again exactly, ``figure`` exact or approximate ("has fallen to 3,100" /
    "about 3,100 copies"), not a bound."""
    return bare.comparator == "=" and figure.comparator in ("=", "~") and bare.value == figure.value and bare.high == figure.high


@functools.cache
def _linear_sum_assignment():  # noqa: ANN202
    """scipy's ``linear_sum_assignment``, loaded from its own compiled module (``scipy.optimize._lsap``) by file.

    NOTE: ``from scipy.optimize import ...`` imports the whole package (linalg, sparse, ...): 0.3 CPU s, a
    serial part of every run that judges figures (a cold seeds run, an incremental ECB+ run). The function is
    the same object the package exports; anything unexpected falls back to the package import.
    """
    try:
        import importlib.machinery
        import importlib.util

        spec = importlib.util.find_spec("scipy")
        folder = Path(next(iter(spec.submodule_search_locations or ()))) / "optimize"  # type: ignore[union-attr]
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = folder / f"_lsap{suffix}"
            if path.is_file():
                lsap = importlib.util.spec_from_file_location("scipy.optimize._lsap", path)
                module = importlib.util.module_from_spec(lsap)  # type: ignore[arg-type]
                lsap.loader.exec_module(module)  # type: ignore[union-attr]
                return module.linear_sum_assignment
    except Exception as exc:  # noqa: BLE001  NOTE: another scipy layout: the public import below
        logger.debug("scipy.optimize._lsap not loaded alone (%s)", exc)
    from scipy.optimize import linear_sum_assignment

    return linear_sum_assignment


def assign(pairs: list[tuple[Quantity, Quantity, float]]) -> set[tuple[int, int]]:
    """Pair the values of two claims one to one: ``pairs`` are the comparable (x, y) with the gain of pairing
    them; returns the (id(x), id(y)) of the pairing of most gain, a value left unpaired gaining nothing, so no
    pair of negative gain is taken (Hungarian method, `scipy.optimize.linear_sum_assignment`, on the gains
    padded with an unpaired column per value). A value answers one question in the other claim: "$130.4
    million" agreeing with "$130.4 million" says nothing about "$1.8 billion" against "$1.5 billion"."""
    if not pairs:
        return set()
    import numpy as np

    linear_sum_assignment = _linear_sum_assignment()
    xs = list(dict.fromkeys(id(x) for x, _, _ in pairs))
    ys = list(dict.fromkeys(id(y) for _, y, _ in pairs))
    forbidden = -1e6
    gain = np.full((len(xs), len(ys) + len(xs)), forbidden)
    gain[:, len(ys):] = 0.0  # NOTE: each x may stay unpaired at no gain
    for x, y, g in pairs:
        i, j = xs.index(id(x)), ys.index(id(y))
        gain[i, j] = max(gain[i, j], g)
    rows, cols = linear_sum_assignment(gain, maximize=True)
    return {(xs[r], ys[c]) for r, c in zip(rows, cols) if c < len(ys) and gain[r, c] > forbidden}


DISTINCT_BARE = 100
"""A bare number from which a document writing it restates a figure of that amount ("Organisers put the number at
20,000"); a smaller one is too often something else (a transcript's stray "10" against "10 people")."""


def _words(c: Claim) -> set[str]:
    """The claim's content words: lower-cased, spaCy's stop words left out (`checker.parse.function_words`)."""
    from checker.parse import function_words  # NOTE: lazy: spaCy's list is read on the first conflict restated

    return {w for w in re.findall(r"[a-z]+", c.text.lower()) if len(w) > 2} - function_words()


def another_row(c: Claim, mine: Claim, theirs: Claim) -> bool:
    """True when ``c``, a claim of ``mine``'s source, states its figure of another thing than ``mine`` does, the thing
    ``theirs`` names: the two differ by a word ``theirs`` writes only as ``mine`` does, and ``c`` names instead a word
    ``theirs`` never writes ("Compression level of the balanced profile: 6." beside "Compression level of the archive
    profile: 9.", against "The archive profile compresses at level 6": two parallel lines, rows of one table, sharing
    more words than either adds; the other source's figure is of the archive row). A restatement of the figure for the same thing ("Net of this adjusting item, earnings per share
    were $6.86" beside "$6.78 per diluted share", against "earnings per share of $6.86") names no such word."""
    own, other, told = _words(mine), _words(c), _words(theirs)
    if len(own & other) < max(len(own - other), len(other - own)):
        return False  # NOTE: "In 2024 the number rose to 1.4 million": told in other words, no parallel line
    return bool((own - other) & told) and bool((other - own) - told)


def restated(verdict: Verdict, a: Claim, b: Claim, others: "dict[str, list[Claim]]", kb: Knowledge) -> bool:
    """True when a CC103 conflict (or difference in time) between ``a`` and ``b`` is one a source does not have: another
    claim of ``a``'s source states ``b``'s figure exactly (or of ``b``'s source ``a``'s), of the same count or with its
    noun left out ("Net of this adjusting item, earnings per share were $6.86" beside "$6.78 per diluted common share": a summary's
    "$6.86" agrees with the document, which states both; "Organisers put the number at 20,000" beside "Police
    estimated about 5,000 people"). ``others``: every claim of the run, by source id."""
    if verdict.code != QUANTITY.code or verdict.verdict not in ("contradiction", "temporal-difference"):
        return False  # NOTE: "raised £48,000 this week" beside "That brings the total to £310,000": not a gap in time either
    for mine, theirs, text in ((a, b, verdict.values[1]), (b, a, verdict.values[0])):
        figure = next((q for q in theirs.slots.quantities if (q.text,) == tuple(text)), None)
        if figure is None:
            continue
        for c in others.get(mine.source_id, ()):
            if c.id != mine.id and not another_row(c, mine, theirs) and any(same_count(q, figure, kb) and _same_figure(q, figure)
                                       or _elided(q, figure, kb) and abs(figure.value) >= DISTINCT_BARE
                                       for q in c.slots.quantities):
                return True
    return any(timed_in_its_source(mine, theirs, text, others, kb)
               for mine, theirs, text in ((a, b, verdict.values[0]), (b, a, verdict.values[1])))


def timed_in_its_source(mine: Claim, theirs: Claim, text: tuple[str, ...], others: "dict[str, list[Claim]]", kb: Knowledge) -> bool:
    """True when ``mine`` states its figure ``text`` for no time while ``theirs`` names one (a weekday, a month, a
    quarter: `checker.rules.common.occasions`), and another claim of ``mine``'s source states that figure exactly for a
    time ``theirs`` never names: "Measles outbreak reaches 23 cases" over "confirmed 23 cases of measles as of Monday",
    against "had risen to 31 by Friday". The figure is Monday's count, the other Friday's: one changing count read at two
    times, no conflict the two sources have."""
    figure = next((q for q in mine.slots.quantities if (q.text,) == tuple(text)), None)
    told = occasions(theirs.text)
    if figure is None or not told or occasions(mine.text) or any(d.precision != "relative" for d in mine.slots.dates):
        return False
    for c in others.get(mine.source_id, ()):
        if c.id != mine.id and occasions(c.text) and not occasions(c.text) & told and any(
                same_count(q, figure, kb) and _same_figure(q, figure) for q in c.slots.quantities):
            return True
    return False


def _kinds(q: Quantity) -> set[str]:
    """The words of ``q``'s scope compounded on its holder's head noun (`holders.holder_kinds`: "cloud" of "cloud
    revenue"): the kinds it is of, not the parts it is restricted to."""
    return set(q.scope) & set(q.holder.split()[:-1])


def _unkinded(q: Quantity, other: Quantity) -> Quantity:
    """``q`` without the kinds compounded on its holder (`holders.holder_kinds`: "cloud" of "cloud revenue") unless the
    other value's holder has the same head noun: "a 62% approval rating" is no kind of what "scored over 62.5%" leaves
    unnamed."""
    kinds = _kinds(q)
    if not kinds or other.holder and other.holder.split()[-1] == q.holder.split()[-1]:
        return q
    return dataclasses.replace(q, scope=tuple(w for w in q.scope if w not in kinds))


_MONTH_WORDS = frozenset(m.lower() for m in calendar.month_name if m)
MAX_PARTS = 4
"""At most this many values of one claim are tried as the parts a whole is the sum of (`_parts_of`)."""


def _parts_of(whole: Quantity, c: Claim) -> frozenset[int]:
    """Ids of two to `MAX_PARTS` amounts of ``c`` in the whole's unit that add up to the whole exactly: "the main fen of
    40 hectares and the smaller Reed Meadow site of 12 hectares" are the parts of "covers 52 hectares", no other answer
    to its question. Exactly: a round whole admits more ("$3,000" admits $2,950), which two prices of a list would
    reach by chance ("$450" and "$2,500")."""
    values = [q for q in c.slots.quantities if q.unit == whole.unit and not q.relation and q.comparator == "="
              and q.high is None][:8]
    if whole.comparator != "=" or whole.high is not None or len(values) < 2 or not whole.value:
        return frozenset()
    ids: set[int] = set()
    for n in range(2, min(MAX_PARTS, len(values)) + 1):
        for group in itertools.combinations(values, n):
            total = sum(q.value for q in group)
            if abs(total - whole.value) <= 1e-6 * abs(whole.value) and all(q.value < whole.value for q in group):
                ids |= {id(q) for q in group}
    return frozenset(ids)


MAGNITUDES = 1000.0
"""Two values of one unit this many times apart or more, not a scale word's slip ("£14.6 million" / "£14.6 billion"), are
of two things: a price of one swim (£5.20) and the cost of a building (£14.6 million)."""


def _apart_in_magnitude(x: Quantity, y: Quantity) -> bool:
    small, large = sorted((abs(x.value), abs(y.value)))
    if small == 0 or large / small < MAGNITUDES:
        return False
    ratio = math.log10(large / small)
    return abs(ratio - round(ratio)) > 1e-6 or round(ratio) % 3 != 0  # NOTE: 14.6 vs 14,600,000: a scale word's slip


def _at_another_time(part: Quantity, part_claim: Claim, whole: Quantity, whole_claim: Claim) -> bool:
    """A value that is no sum (a percentage, a measure) restricted only to a day or month, against a claim naming
    another, is the level at another time, no part of it: "65 per cent contained on Friday" / "is 20 per cent
    contained, the forest service said on Tuesday". A time the part's claim names too is no other ("after five days on
    the run", back "on Friday night" / "recaptured on Friday after three days")."""
    extra = set(part.scope) - set(whole.scope)
    if not extra or not extra <= _DAY_WORDS | _MONTH_WORDS or _summed(part):
        return False
    times = (_DAY_WORDS | _MONTH_WORDS) - {"day", "night", "weekday"}
    return any(names_word(whole_claim, w) and not names_word(part_claim, w) for w in times - extra)


def _at_a_time_of(part: Quantity, part_claim: Claim, whole: Quantity, whole_claim: Claim) -> bool:
    """A value that is no sum (a measure, a length of time) restricted only by words of a day, on a day or month both
    claims name, is the value at that time, no part of the other: "reached 39.8C on Thursday afternoon" / "reaching
    41.2C" on Thursday; "back on Friday night after five days" / "recaptured on Friday after three days". A day only
    one claim names may be another occasion ("a 5.6 magnitude earthquake on Sunday" / "a 5.2 magnitude earthquake")."""
    extra = set(part.scope) - set(whole.scope)
    if not extra or not extra <= _DAY_WORDS | _MONTH_WORDS or _summed(part):
        return False
    times = (_DAY_WORDS | _MONTH_WORDS) - {"day", "night", "weekday"}
    return any(names_word(whole_claim, w) and names_word(part_claim, w) for w in times - {"morning", "afternoon", "evening", "overnight", "tonight", "weekend", "today", "yesterday"})


def _summed(q: Quantity) -> bool:
    """A value whose kinds add up to the whole: money, a count of things or people, a bare count ("cloud revenue" is
    part of "revenue"); not a percentage or a measure ("the read timeout" is a kind of timeout, no share of it)."""
    return q.unit in currency_units() or bool(count_noun(q)) or q.unit in ("", "people", "person")


def rose_between(x: Quantity, dx: DateValue, y: Quantity, dy: DateValue) -> bool:
    """True when the value stated for the later of two dates that share no day is larger than the other, in no reading
    of both the same ("14 cases as of 3 March" / "has risen to 22 as of 10 March"; "sold 16.15 million copies by
    2019" / "16.39 million by 2020"): one figure growing between two reports, its update, not a conflict. A figure
    that fell between them, or two dates a calendar cannot order (a day without its year against a dated one), stays
    a difference in time for the reader to weigh."""
    if (dx.precision == MONTH_DAY) != (dy.precision == MONTH_DAY) or dx.overlaps(dy):
        return False
    (early, _), (late, _) = sorted(((x, dx), (y, dy)), key=lambda t: t[1].start)
    if early.relation or late.relation:
        return False  # NOTE: "a rise of 12" or "up from 14" is a change, not the figure itself
    return _exceeds(late, early)


def earlier_value(x: Quantity, a: Claim, y: Quantity, b: Claim, kb: Knowledge) -> bool:
    """True when one claim states the other's figure as the value its change started from or is set against
    (`Quantity.relation` ``baseline``: "rose to 310 on Tuesday, up from 150 on Monday", "climbed from 150 to 310") of the
    same thing or of no noun written, against "About 150 people were staying in shelters": the other report gives the
    count before it changed, a difference in time, not a rival answer."""
    for q, c, other in ((x, a, y), (y, b, x)):
        for base in c.slots.quantities:
            if base is q or base.relation != "baseline" or other.relation:
                continue
            if base.unit and base.unit != other.unit and not same_count(base, other, kb):
                continue  # NOTE: a bare one ("up from 150") is of the figure it follows
            lo, hi = admitted(base)
            olo, ohi = admitted(other)
            if lo <= ohi and olo <= hi:
                return True
    return False


def running_past(x: Quantity, y: Quantity) -> bool:
    """True when one value only is a running total (`Quantity.running`: "has now burned about 3,450 acres", "so far")
    and it is larger than the other in no reading of both the same: the total as of its report's writing, grown past a
    figure another report gave of it before. A running total smaller than the other stays a difference in time."""
    if x.running == y.running or x.relation or y.relation:
        return False
    run, other = (x, y) if x.running else (y, x)
    return _exceeds(run, other)


def _exceeds(big: Quantity, small: Quantity) -> bool:
    """``big`` is larger than ``small`` in every reading of both (`admitted`), in ``small``'s unit when one converts into
    the other (`in_unit`: "3,450 acres" against "1,400 hectares")."""
    converted = big.unit != small.unit and affine(big.unit, small.unit) is not None
    (big_low, _), (_, small_high) = (in_unit(big, small.unit), in_unit(small, small.unit)) if converted else (admitted(big), admitted(small))
    return big_low > small_high


def aside(q: Quantity, c: Claim) -> bool:
    """True when the value stands alone in brackets and its claim states another value of its unit outside them ("The
    agreed purchase price of $850,000 will be met from the Heritage Fund award ($600,000) and the appeal"): a figure
    given in passing, of a part or a detail, not the claim's own answer."""
    if re.search(rf"\(\s*{re.escape(q.text)}\s*\)", c.text) is None:
        return False
    return any(o is not q and o.unit == q.unit and re.search(rf"\(\s*{re.escape(o.text)}\s*\)", c.text) is None
               for o in c.slots.quantities)


def _placed(e: tuple[DateValue, float]) -> bool:
    """The claim's own time for its values (`event_date`): a date it writes, or a relative time it states ("last year"),
    which `checker.normalize.dates.find_dates` places only against the document's date; not one inherited from its
    paragraph."""
    return e[1] == 1.0 or e[0].precision == "relative"


def compare_quantities(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """Same unit, no value both expressions admit; different stated times make it temporal."""
    if a.slots.negated or b.slots.negated:
        return None  # NOTE: "does not have 20 member states" states no value to compare
    from checker.judge.align import align  # NOTE: lazy: checker.judge imports the registry

    same: list[tuple[Quantity, Quantity, frozenset[str], str]] = []
    kinds: dict[tuple[int, int], str] = {}  # NOTE: the pairs of a kind against its whole (`checker.normalize.kinds`)
    wholes: dict[tuple[int, int], int] = {}  # NOTE: the whole of each pair of a part exceeding it
    parts = {id(q): _parts_of(q, other) for q, other in [(x, b) for x in a.slots.quantities] + [(y, a) for y in b.slots.quantities]}
    for x in a.slots.quantities:
        for y in b.slots.quantities:
            if id(y) in parts[id(x)] or id(x) in parts[id(y)]:
                continue  # NOTE: "covers 52 hectares" / "the main fen of 40 hectares and ... Reed Meadow of 12 hectares"
            if _elided(x, y, kb) or _elided(y, x, kb):
                al = align(a, x.text, b, y.text, kb)
                # NOTE: "28 schoolgirls ... when seven returned pregnant"; a figure written again without its noun beside
                # a value asking the other's question ("opened at 8 million pounds and ended ... at 15.5 million" / "The
                # hammer price was 15.5 million pounds") is one answer in both claims, however little else its clause
                # shares, as one exact figure of one unit is below: paired, it answers no other value's question
                if al.aligned or _asked_beside(x, a, y, b, kb) and al.subject >= 0 and not al.qualifier_clash:
                    same.append((x, y, frozenset(), "quiet"))
                continue
            if occurrences_of_other_acts(x, y, kb):
                continue  # NOTE: "capped 12 times by Brazil" / "played 41 times for the club": occurrences of two acts
            # NOTE: one thing in other words ("12 fatalities" / "9 deaths", "movies" / "films": WordNet's count nouns)
            kinship = SAME if same_count(x, y, kb) or bare_of_one_holder(x, a, y, b, kb) else kin(x.unit, y.unit)
            if kinship is not None and kinship != SAME and people_of_one_holder(x, y, kb):
                kinship = SAME  # NOTE: "1,800 employees" / "2,000 workers" of one plant: one workforce in two words
            if kinship is None:
                continue  # NOTE: "5,000 reviews" and "3,000 critics" count different things
            if differently_modified(x, a, y, b):
                continue  # NOTE: the body temperature and the air temperature
            if describes_other(x, a, y, b):
                continue  # NOTE: "a 45-yard field goal" measures the goal, "returned it 35 yards" the return
            if _noun_measure(x, a, y, b, kb) or _noun_measure(y, b, x, a, kb):
                continue  # NOTE: "a 27% premium" measures the premium, "shares rose 24%" the rise
            if _different_holders(x, y, kb) or different_holders(x, a, y, b, kb):
                continue  # NOTE: "an 11-year-old girl" and "her 34-year-old mother": one measure, two holders
            if change_against_level(x, a, y, b, kb):
                continue  # NOTE: "The rise of 285 pounds a year" / "the typical bill will rise to 1,849 pounds": a change, a level
            if changes_of_others(x, a, y, b, kb):
                continue  # NOTE: "revenue rose 6 percent" and "shares rose 3 percent": one change, two things changing
            if _ages_of_others(x, a, y, b, kb):
                continue  # NOTE: "an 18-year old male confessed" and "Andrew Lopez, 20": whose age is not one question
            if _relation(x) != _relation(y):
                continue  # NOTE: "eight days ago" (a time since) or "five rounds sooner than" (a gap) is no amount
            if x.per and y.per and x.per != y.per:
                continue  # NOTE: "$9.99 a month" and "$99 a year", "$12 a share" and "$3 a gallon": rates of two things
            if kinship == SAME and flow_against_stock(x, y, kb):
                continue  # NOTE: "hired 500 workers" and "employs 12,000 workers": what an act moved, what a holder has
            if not _same_figure(x, y) and (set_against(x, a, y, b) or set_against(y, b, x, a)):
                # NOTE: one exact figure in both is stated, not set against ("the cap dropping ... to £1,690" / "the bill
                # under the price cap will fall ... to £1,690")
                continue  # NOTE: "an estimate of £40,000 to £60,000" / "sold for £71,500, beating its upper estimate"
            if different_predicates(x, y, kb):
                continue  # NOTE: "three people were injured" and "46 people had been arrested" count two actions
            if x.unit.startswith(TIME_OF_DAY) and not _one_act_timed(x, a, y, b, kb):
                continue  # NOTE: "leaves at 1:34" and "arrives at 2:34": a clock time answers when one named act was
            if different_places(x, y, kb):
                continue  # NOTE: "$181.7 million in North America" and "$268.3 million in other territories"
            if x.unit == y.unit and _apart_in_magnitude(x, y):
                continue  # NOTE: "Adult swims cost £5.20" / "The project's final cost was £14.6 million"
            scope = scope_relation(_unkinded(x, y), a, _unkinded(y, x), b)
            if scope == "different":
                continue  # NOTE: Saturday's arrests and Sunday's: two questions
            if scope == "x-part" and _at_another_time(x, a, y, b) or scope == "y-part" and _at_another_time(y, b, x, a):
                continue  # NOTE: "65 per cent contained on Friday" / "20 per cent contained" said on Tuesday
            if scope in ("x-part", "y-part") and _at_a_time_of(*((x, a, y, b) if scope == "x-part" else (y, b, x, a))):
                scope = "same"  # NOTE: "reached 39.8C on Thursday afternoon" / "41.2C on Thursday": a measure at a
                # time within the other's is its value then, no share of it
            al = align(a, x.text, b, y.text, kb)
            if not al.aligned:
                if _same_figure(x, y) and x.unit == y.unit and al.subject >= 0 and not al.qualifier_clash:
                    # NOTE: one exact figure in both claims, told around other words ("taking the total to £920,000" /
                    # "has now raised £920,000"), is one answer: paired, it answers no other value's question
                    same.append((x, y, frozenset(), "quiet"))
                continue  # NOTE: "$9.99 for Basic" and "$19.99 for Premium" share a unit, not a question
            if x.unit in SCORES and other_participants(a, b):
                continue  # NOTE: "a 108-70 rout of Charleston" / "a 66-51 loss to Winston-Salem": two games
            converted = x.unit != y.unit and affine(y.unit, x.unit) is not None
            if converted and not (_length_of_time(x, a) and _length_of_time(y, b)) and _duration(x):
                continue  # NOTE: "within two to three weeks" (a deadline) / "the second time in 18 months" (a window)
            if converted:
                (lx, hx), (ly, hy) = in_unit(x, x.unit), in_unit(y, x.unit)  # NOTE: "21,196 km" / "13,171 miles"
            else:
                (lx, hx), (ly, hy) = admitted(x), admitted(y)
            # NOTE: what is counted, and where both values say it holds: a compatible worldwide total
            # does not silence the North American figure; a pair stating no common place silences as before.
            if kinship != SAME:
                # NOTE: a kind against what it is a kind of ("12 fatalities" / "9 deaths"; "300 SUVs" / "500 cars") is a part
                # against the whole: it conflicts only when the kind counts more than the whole, and never silences
                if scope == "same" and (lx if kinship == NARROWER else ly) > (hy if kinship == NARROWER else hx) \
                        and whole_number(x if kinship == NARROWER else y) and not _flow_of_other(*((x, y) if kinship == NARROWER else (y, x)), kb):
                    same.append((x, y, frozenset(), "part"))
                    kinds[id(x), id(y)] = kinship
                continue
            where = frozenset(x.place) & frozenset(y.place)
            # NOTE: what is counted, and in which relation: the fare both claims rise from ("from $2.25" / "up from the $2.25
            # fare") is the start of one change, and agreeing on it silences no conflict of the fare it rises to
            kind = frozenset((f"{k} {x.relation}".strip(), where) for k in (counted(x, kb) & counted(y, kb)) or frozenset({x.unit}))
            if scope != "same":
                # NOTE: a part against the whole ("68 punches in the round" vs "369 punches") conflicts only
                # when the part must exceed the whole; either way it says nothing about the whole's value.
                # A remainder or another instance ("another 50-yarder", "died in another school") is no part.
                part, (part_lo, whole_hi) = (x, (lx, hy)) if scope == "x-part" else (y, (ly, hx))
                whole, whole_claim = (y, b) if scope == "x-part" else (x, a)
                if not _summed(part) and set(part.scope) - set(whole.scope) <= _kinds(part):
                    continue  # NOTE: "the read timeout is 60 seconds" / "the timeout is 30 seconds": a kind of a
                    # measure is no part of it (a kind of revenue or of deaths is: "cloud revenue" / "revenue")
                if any(q is not whole and not q.scope and same_count(q, whole, kb) and admitted(q)[1] >= part_lo
                       for q in whole_claim.slots.quantities):
                    # NOTE: "three of the seven bullets", "Four bombs were dropped ... the other two": a claim that
                    # states as much as the part for the whole elsewhere does not give its whole
                    continue
                # A fraction of no currency ("a 5.6 magnitude earthquake on Sunday") measures; it is no part of a count.
                if part_lo > whole_hi and "remainder" not in part.scope and (whole_number(part) or part.unit in currency_units()):
                    same.append((x, y, frozenset(), "part"))
                    wholes[id(x), id(y)] = id(whole)
                continue
            # NOTE: two figures widened by their half digit that only touch state two values ("$441 million" /
            # "$442 million"); closed bounds and ranges that touch share their end ("at least 12,345" / "at most 12,345")
            widened = x.comparator == y.comparator == "=" and x.high is None and y.high is None
            shared = meet(lx, hx, ly, hy) if widened else lx <= hy and ly <= hx
            status = ("quiet" if shared or (not converted and rounded(x, y)) or _birthday_between(x, a, y, b)
                      else "touch" if not converted and touching(x, y) else "conflict")
            same.append((x, y, kind, status))
    # NOTE: the values of the two claims are paired one to one by the clauses around them (`assign`). Before, any
    # agreeing pair of one counted kind silenced every conflict of that kind in the two claims ("$130.4 million" in
    # both silenced "$1.8 billion" vs "$1.5 billion"); now only one below `OVERRIDE` likeness is.
    sims = {(id(x), id(y)): likeness(x, a, y, b, kb) for x, y, _, status in same if status != "part"}
    chosen = assign([(x, y, sims[id(x), id(y)] + (-LOCAL_FLOOR if status == "conflict" else EXACT_MARGIN if _same_figure(x, y)
                                                  else ASSIGN_MARGIN)) for x, y, _, status in same if status != "part"])
    paired = {i for pair in chosen for i in pair}
    quiet = {k for _, _, kind, status in same if status == "quiet" for k in kind}

    agreed = {i for x, y, _, status in same if status == "quiet" and (id(x), id(y)) in chosen for i in (id(x), id(y))}

    def stands(x: Quantity, y: Quantity, kind: frozenset[tuple[str, frozenset[str]]], status: str) -> bool:
        if status == "part":
            # NOTE: a part exceeding the whole conflicts whatever the rest, unless the whole is a figure the other claim
            # states too ("five medals in all" / "Germany ... with seven medals on Sunday, while Ireland finished second with
            # five"): agreed on, it is another holder's or time's figure than the part's
            return wholes.get((id(x), id(y))) not in agreed
        key = (id(x), id(y))
        if key not in chosen and (id(x) in paired or id(y) in paired):
            return False  # NOTE: a value paired with another answers that one's question
        if key in chosen and sims[key] >= OVERRIDE:
            return True
        return not any(_silences(q, k) for q in quiet for k in kind)

    kept = [(x, y, kind, status) for x, y, kind, status in same if status != "quiet" and stands(x, y, kind, status)]
    # NOTE: a strict bound at the other's value ("more than 48 minutes" vs "48 minutes") is how reports round,
    # far weaker than a real gap: it is chosen last and flagged at a fraction of the confidence.
    touch = [(x, y, kind) for x, y, kind, status in kept if status == "touch"]
    # NOTE: the conflict cited is the one whose two answers ask most alike (a claim of several values: "$2,500" for
    # workflow automation against "a starting price of $3,000" for it, not the CRM's "$450/month")
    # NOTE: a figure in brackets beside another of its unit is an aside (a part's: "the price of $850,000 will be met from
    # the Heritage Fund award ($600,000) and the appeal"), cited after the main figures (`aside`)
    loose = sorted(((x, y, kind) for x, y, kind, status in kept if status in ("conflict", "part")),
                   key=lambda t: (aside(t[0], a) + aside(t[1], b), -sims.get((id(t[0]), id(t[1])), 0.0))) + touch
    ea, eb = event_date(a), event_date(b)
    if (ea is None) != (eb is None) and unanchored(*((a.text, a.slots.dates) if ea is None else (b.text, b.slots.dates))):
        return None  # NOTE: "1.4 million guests last year" in an undated article is of a year unknown, not of "2023"
    # NOTE: "By June 2020, more than 200 had recovered": a figure's "by" date is when it was taken, as "as of" is
    ea, eb = ((as_of(e[0]), e[1]) if e is not None else None for e in (ea, eb))
    # NOTE: a bound ("after March 30") pins no time a count was taken at; a relative time the claim states ("visited
    # last year") is placed by its document's date as a written one is (`event_date` ranks it below an inherited one
    # only for the claim's event), so "3 million people visited last year" and "the 3,104,000 visits recorded in 2021"
    # are two years' counts
    temporal = (ea is not None and eb is not None and _placed(ea) and _placed(eb) and not ea[0].overlaps(eb[0])
                and "bound" not in (ea[0].precision, eb[0].precision))
    if temporal:
        # NOTE: "14 cases as of 3 March" / "risen to 22 as of 10 March": a figure larger at the later date is its update
        loose = [t for t in loose if not rose_between(t[0], ea[0], t[1], eb[0])]  # type: ignore[index]
    else:
        # NOTE: "has now burned about 3,450 acres" / "has burned 3,200 acres, the forest service said on Tuesday"
        loose = [t for t in loose if not running_past(t[0], t[1])]
    # NOTE: "rose to 310 on Tuesday, up from 150 on Monday" / "About 150 people were staying in shelters": the other
    # claim's figure is where this one's change started, its earlier value, no rival answer
    earlier = [t for t in loose if earlier_value(t[0], a, t[1], b, kb)]
    if len(earlier) < len(loose):
        loose = [t for t in loose if t not in earlier]
    elif loose:
        x, y, _ = loose[0]
        return Verdict(code=QUANTITY.code, verdict="temporal-difference", confidence=round(0.6 * modality_factor(a, b), 3),
                       slot="quantity", values=((x.text,), (y.text,)),
                       reason=f"'{x.text}' and '{y.text}' admit no common value, but one claim gives the other's figure as "
                              "where its change started")
    if not loose:
        return None
    x, y, kind = loose[0]
    imprecise = (x, y, kind) in touch
    what = f"'{x.text}' and '{y.text}' admit no common value"
    if x.unit == y.unit and (x.unit == PLACE or x.unit.startswith(RANK + " ")):
        what = f"'{x.text}' and '{y.text}' are two different ranks of {x.holder or y.holder or 'one holder'}"
    if x.unit != y.unit and (to_x := affine(y.unit, x.unit)) is not None:
        # NOTE: say what the other figure is in the first one's unit ("'10,100 tonnes' and 'about 7,300 tons' (6,622 tonne)")
        v = y.value * to_x[0] + to_x[1]
        written = _WRITTEN.search(x.text)
        unit = (x.text[written.end():].strip() if written is not None else "") or x.unit  # NOTE: as the first figure writes it
        what = f"'{x.text}' and '{y.text}' ({v:,.0f} {unit}) admit no common value" if abs(v) >= 100 else \
            f"'{x.text}' and '{y.text}' ({v:.3g} {unit}) admit no common value"
    if imprecise:
        what = f"'{x.text}' and '{y.text}' differ only by a strict bound at the other's value (likely imprecise wording)"
    if not kind and (id(x), id(y)) in kinds:
        part, whole = (x, y) if kinds[id(x), id(y)] == NARROWER else (y, x)
        what = f"'{part.text}' (a kind of {whole.unit}) is more than all of '{whole.text}'"
    elif not kind:
        # NOTE: the whole as the pairing read it ("five days" on Friday night against "three days" on Friday: both scoped)
        part, whole = (y, x) if wholes.get((id(x), id(y))) == id(x) else (x, y) if (id(x), id(y)) in wholes or x.scope else (y, x)
        what = f"'{part.text}' ({', '.join(part.scope)}) is more than the whole, '{whole.text}'"
    # NOTE: a running total ("17 goals this season", "the toll so far") counts as of its report's writing
    running = not temporal and (x.running or y.running)
    return Verdict(
        code=QUANTITY.code,
        verdict="temporal-difference" if temporal or running else "contradiction",
        confidence=round((0.6 if temporal or running else 0.75) * (TOUCHING_FACTOR if imprecise else 1.0) * modality_factor(a, b), 3),
        slot="quantity",
        values=((x.text,), (y.text,)),
        reason=(
            what
            + (f", but they are stated for different times ({ea[0].text} vs {eb[0].text})" if temporal else "")  # type: ignore[index]
            + (", but one is a running total, counted as of its report's writing" if running else "")
        ),
    )


QUANTITY = Rule("CC103", "quantity-conflict", "quantity", "Sources give the same quantity values that cannot both hold.",
                compare_quantities)

__register__ = (QUANTITY,)
