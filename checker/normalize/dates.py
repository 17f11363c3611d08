"""Date expressions -> `DateValue` intervals with precision, anchored to a publication date."""

from __future__ import annotations

import calendar
import dataclasses
import functools
import datetime as dt
import logging
import re
from importlib import resources
from typing import Sequence

from checker.cues import stance_cues
from checker.knowledge import Knowledge
from checker.models import MONTH_DAY, YEARLESS, DateValue, Mention, Token
from checker.normalize.holders import mention_before, value_role
from checker.normalize.numbers import number_value

__all__ = ["find_dates", "parse_date", "as_of", "unanchored", "date_roles", "describes_a_noun", "old_year_at", "work_of_year", "one_work", "WORK", "ORIGIN",
           "ORIGIN_VERB", "origin_verbs", "one_act"]

logger = logging.getLogger(__name__)

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MON = (r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|jun(?:e|\.)?|jul(?:y|\.)?|aug(?:ust|\.)?"
        r"|sept(?:ember|\.)?|sep\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)")
# NOTE: a dot only after a short name ("Mar. 14"): "arrive on 14 March." ends its sentence, not its month
_PART = r"(?:early|mid|middle of|late|end of|beginning of|start of|the (?:first|second) half of|first half of|second half of|spring|summer|autumn|fall|winter)"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_OLD = r"(?:1[0-7]\d\d)"
"""A year before 1800: a date only where it is written as one (after a month, as a life span in brackets, or after a
preposition of time with nothing it could count after it): "1500 paintings" is a number."""
_DATED = rf"(?:{_YEAR}|{_OLD})"
_MON_CAP = re.sub(r"(^\(\?:|\|)([a-z])", lambda m: m[1] + m[2].upper(), _MON)
"""`_MON` as a date writes a month's name without its year, capitalised ("Mar(?:ch)?"; `_MON` reads any case where a
year follows)."""
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
             "twentieth", "twenty-first")
_ORDINAL_WORDS = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_Q = r"(?:q[1-4]|(?:the )?(?:first|second|third|fourth) quarter(?: of)?)"
_REL_YEAR = r",? (?P<rel>(?i:next|this|last)) (?i:year)"
"""A year told from the report's own after a day or a part of a month ("30 June next year", "the end of September
next year"): the publication date's year, the one after or the one before."""
_REL_OFFSET = {"next": 1, "this": 0, "last": -1}

OLD_YEAR = re.compile(
    rf"(?<![\w$£€.,-])(?i:in|since|until|till|circa|c\.|before|after|during|the year|dat(?:es?|ed|ing)\s+(?:back\s+)?(?:from|to))\s+(?P<y>{_OLD})"
    r"(?=\s*(?:[,.;:)\]—–]|$)|\s+(?:[A-Z]|(?:the|and|or|when|to|as|at|in|on|with|after|before|but|by|under|a|an|he|she|it|they|"
    r"his|her|its|their|until|during|while|where|was|were|is)\b))")
"""A year before 1800 after a preposition of time or the verb of an origin ("dates from 1791", "dating back to 1120"),
followed by the end of its phrase: "opened in 1793", "In 1066 the Normans", "built in 1648 by"; not "in 1200 homes" (`_OLD`), and not after words that also take amounts ("fell by
1500.", "rose from 1200 to 1500", "around 1500.")."""

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"(?<!\d)(?P<y>{_YEAR})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?!\d)")),
    ("mdy", re.compile(rf"\b(?P<mon>{_MON}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y>{_DATED})\b", re.I)),
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<mon>{_MON}),? (?P<y>{_DATED})\b", re.I)),
    ("combo", re.compile(rf"\b(?P<p1>{_PART})[ -]?(?P<y1>{_YEAR})\s*(?:/|–|-|to|or|and)\s*(?P<p2>{_PART})[ -]?(?P<y2>{_YEAR})\b", re.I)),
    ("part_mon", re.compile(rf"\b(?P<p>early|mid|late|end of|beginning of|start of|the end of|the beginning of|the start of)[ -](?P<mon>{_MON})"
                            rf"(?:,? (?P<y>{_YEAR})|{_REL_YEAR})?\b", re.I)),
    ("mon_year", re.compile(rf"\b(?P<mon>{_MON}),? (?P<y>{_DATED})\b", re.I)),
    ("quarter", re.compile(rf"\b(?P<q>{_Q})[ -]?(?P<y>{_YEAR})\b", re.I)),
    ("part_year", re.compile(rf"\b(?P<p>{_PART})[ -]?(?P<y>{_YEAR})\b", re.I)),
    ("range", re.compile(rf"\b(?:between |from )?(?P<y1>{_YEAR})\s*(?:–|—|-|to|and|through)\s*(?P<y2>{_YEAR}|\d\d)\b", re.I)),
    ("century", re.compile(rf"\b(?:(?P<p>early|mid|middle|late)[ -](?:the )?)?(?P<c>\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORDS})"
                           r"[ -]century\b(?!\s*(?:BC|B\.C\.|BCE))", re.I)),
    ("decade", re.compile(r"\b(?P<p>early|mid|late)?[ -]?(?:the )?(?P<y>(?:19|20)\d0)['’]?s\b", re.I)),
    ("year", re.compile(rf"(?<![\d.,$£€-])(?P<y>{_YEAR})(?![\d%]|,\d|\.\d)")),
    ("old_range", re.compile(rf"(?<=\()(?:c\.\s*|b\.\s*)?(?P<y1>{_OLD})\s*(?:–|—|-)\s*(?:c\.\s*)?(?P<y2>{_DATED})(?=\))")),
    # NOTE: a life span longer than a range ("(1707–1778)"): each end is a year, as the "year" pattern reads later ones
    ("old_year", re.compile(rf"(?<=\()(?:c\.\s*|b\.\s*)?(?P<y>{_OLD})(?=\s*(?:–|—|-)\s*(?:c\.\s*)?{_DATED}\))")),
    ("old_year", re.compile(rf"(?<=\d{{4}}[–—-])(?P<y>{_OLD})(?=\))")),
    ("old_year", OLD_YEAR),
    # NOTE: a day without a year ("on March 3", "3 March") only after every pattern that reads its year; the month
    # capitalised, so "may" the verb and "5 may be" never match
    ("md", re.compile(rf"\b(?P<mon>{_MON_CAP}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\w:.,]\d|\d)(?:{_REL_YEAR}\b)?")),
    ("dm", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<mon>{_MON_CAP})(?!\w)(?:{_REL_YEAR}\b)?")),
    ("relative", re.compile(r"\b(?P<rel>this (?:week|month|year)|last (?:week|month|year)|next (?:week|month|year)|yesterday|today|recently|recent|earlier this (?:week|month|year)|past (?:week|month|year)|the past (?:week|month|year))\b", re.I)),
]


_RELATIVE = dict(_PATTERNS)["relative"]
_BEFORE_THE_REPORT = ("last ", "past ", "the past ", "yesterday", "recently")
"""Relative times (the "relative" pattern's) before the report's own ("last year", "yesterday"), which only a
publication date places. A time of the report's own ("this year's guide", "today") is taken as the other sources'
current one: they report together."""


def unanchored(text: str, dates: Sequence[DateValue]) -> bool:
    """``text`` states a relative time before its own ("with 1.4 million guests last year", `_BEFORE_THE_REPORT`) that
    none of its ``dates`` places (no publication date anchored it, `find_dates`): the time it speaks of is unknown, not
    absent."""
    if any(d.precision == "relative" for d in dates):
        return False
    return any(m["rel"].lower().startswith(_BEFORE_THE_REPORT) for m in _RELATIVE.finditer(text))


def old_year_at(text: str, start: int) -> bool:
    """The number at ``start`` is a year before 1800 written as a date ("opened in 1793", "(1694–1778)"), which
    `checker.normalize.numbers` must not read as a count."""
    return any(kind in ("old_year", "mdy", "dmy", "mon_year") and any(m.start("y") == start for m in pat.finditer(text))
               for kind, pat in _PATTERNS)


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _part_of_year(part: str, y: int) -> tuple[dt.date, dt.date]:
    p = part.lower()
    if p in ("early", "beginning of", "start of"):
        return dt.date(y, 1, 1), dt.date(y, 4, 30)
    if p in ("mid", "middle of"):
        return dt.date(y, 5, 1), dt.date(y, 8, 31)
    if p in ("late", "end of"):
        return dt.date(y, 9, 1), dt.date(y, 12, 31)
    if "first half" in p:
        return dt.date(y, 1, 1), dt.date(y, 6, 30)
    if "second half" in p:
        return dt.date(y, 7, 1), dt.date(y, 12, 31)
    seasons = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
    if p in seasons:
        a, b = seasons[p]
        return dt.date(y, a, 1), _month_end(y, b)
    if p == "winter":
        return dt.date(y, 1, 1), dt.date(y, 2, 28)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _part_of_month(part: str, y: int, m: int) -> tuple[dt.date, dt.date]:
    p = part.lower().replace("the ", "")
    last = calendar.monthrange(y, m)[1]
    if p in ("early", "beginning of", "start of"):
        return dt.date(y, m, 1), dt.date(y, m, 10)
    if p == "mid":
        return dt.date(y, m, 10), dt.date(y, m, 20)
    return dt.date(y, m, 20), dt.date(y, m, last)


def _relative(rel: str, anchor: dt.date) -> tuple[dt.date, dt.date]:
    r = rel.lower().replace("earlier ", "").replace("the ", "")
    if r in ("today",):
        return anchor, anchor
    if r == "yesterday":
        d = anchor - dt.timedelta(days=1)
        return d, d
    if r in ("this week", "past week"):
        return anchor - dt.timedelta(days=7), anchor
    if r == "last week":
        return anchor - dt.timedelta(days=14), anchor - dt.timedelta(days=1)
    if r == "this month":
        return anchor.replace(day=1), anchor
    if r in ("last month", "past month"):
        first = anchor.replace(day=1)
        prev_end = first - dt.timedelta(days=1)
        return prev_end.replace(day=1), anchor
    if r == "this year":
        return dt.date(anchor.year, 1, 1), anchor
    if r in ("last year", "past year"):
        return dt.date(anchor.year - 1, 1, 1), anchor
    if r.startswith("next"):
        return anchor, anchor + dt.timedelta(days=400)
    # NOTE: "recent(ly)" is vague: anything in the preceding year counts as overlapping.
    return anchor - dt.timedelta(days=365), anchor


def parse_date(text: str, anchor: dt.date | None = None) -> DateValue | None:
    """Parse one date expression; None when it is not one we can place on a calendar."""
    found = find_dates(text, anchor)
    return found[0] if found else None


def find_dates(text: str, anchor: dt.date | None = None) -> tuple[DateValue, ...]:
    """All date expressions in ``text``, leftmost first, without overlaps.

    Relative expressions ("this week", "recently") need ``anchor`` (the publication date); without
    it they are skipped rather than guessed.
    """
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, DateValue]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "old_year":
                s = m.start("y")  # NOTE: the preposition that marks it is not part of the date
            try:
                value = _build(kind, m, anchor)
            except (ValueError, KeyError):
                value = None
            if value is None:
                continue
            taken.append((s, e))
            bound = _BOUND.search(text, 0, s)
            if bound is not None and value.precision != "relative" and not _OFFSET_UNIT.search(text, 0, bound.start()):
                if value.precision == MONTH_DAY:
                    continue  # NOTE: "before March 3" of no known year bounds nothing a calendar can hold
                if bound["word"].lower() == "by" and (value.precision == "century" or _NAME_GOES_ON.match(text, e)):
                    continue  # NOTE: "released by 20th Century Fox": a date read inside a name after "by" is the name's
                value, s = _bounded(bound, value, text[bound.start("word"):e]), bound.start("word")
            out.append((s, e, value))
    out.sort(key=lambda x: x[0])
    return tuple(_spans(out, text))


_SPAN_FROM = re.compile(r"\b(?P<word>from|between)\s+$", re.I)
_SPAN_TO = re.compile(r"\s*(?:to|until|till|through|thru|–|—|-|and)\s*", re.I)


def _spans(found: list[tuple[int, int, DateValue]], text: str) -> list[DateValue]:
    """Two dates written as one span ("from September 2010 to January 2011", "between May 2009 and June 2010")
    become one period from the first's start to the second's end."""
    out: list[DateValue] = []
    i = 0
    while i < len(found):
        s, e, x = found[i]
        opener = _SPAN_FROM.search(text, 0, s)
        if i + 1 < len(found) and opener is not None and "relative" not in (x.precision, found[i + 1][2].precision):
            s2, e2, y = found[i + 1]
            joint = _SPAN_TO.fullmatch(text, e, s2)
            if joint is not None and (opener["word"].lower() == "between") == ("and" in joint.group(0).lower()) \
                    and x.start <= y.end and (x.precision == MONTH_DAY) == (y.precision == MONTH_DAY):
                # NOTE: "from March 3 to March 5" is a span of no known year; "from March 3 to 5 May 2020" is none
                precision = MONTH_DAY if x.precision == MONTH_DAY else "years" if x.start.year != y.end.year else "month"
                out.append(DateValue(x.start, y.end, text[opener.start("word"):e2], precision))
                i += 2
                continue
        out.append(x)
        i += 1
    return out


_BOUND = re.compile(r"(?<![\w-])(?P<word>(?P<before>before|prior to|earlier than)|(?P<upto>no later than|not later than|by)|"
                    r"(?P<after>after|later than|following)|(?P<from>no earlier than|not earlier than))\s+$", re.I)
"""A bound right before a date: "born before 1980", "released after July 15, 1997", "had been chosen by January 2013"
(done no later than then; of a count, when it was taken: `as_of`)."""
_OFFSET_UNIT = re.compile(r"\b(?:day|week|month|year|hour|minute|decade)s?\s+$", re.I)
"""A time unit before the bound: an offset ("three days after May 5"), not a bound."""


_BY = re.compile(r"by\s+", re.I)
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
"""A capitalised word right after a date: the date may be the start of a name ("by 20th Century Fox")."""


def as_of(d: DateValue) -> DateValue:
    """The time a count or level was taken at, read from its date: a date written with "by" ("By June 2020, more than 200
    had recovered"; "had sold 16.39 million copies by 2020") bounds when an act was done, but of a figure it is the
    figure's date, as "as of June 2020" is; any other date is itself."""
    if d.precision != "bound" or d.start != dt.date.min or (m := _BY.match(d.text)) is None:
        return d
    plain = parse_date(d.text[m.end():])
    return dataclasses.replace(plain, text=d.text, event=d.event, holder=d.holder, background=d.background) \
        if plain is not None and plain.precision != "bound" else d


def _bounded(bound: re.Match[str], value: DateValue, text: str) -> DateValue:
    """The open interval a bound leaves of a date: before it, up to it, after it, or from it on."""
    day = dt.timedelta(days=1)
    if bound["before"]:
        return DateValue(dt.date.min, value.start - day, text, "bound")
    if bound["upto"]:
        return DateValue(dt.date.min, value.end, text, "bound")
    if bound["after"]:
        return DateValue(value.end + day, dt.date.max, text, "bound")
    return DateValue(value.start, dt.date.max, text, "bound")


def _build(kind: str, m: re.Match[str], anchor: dt.date | None) -> DateValue | None:
    g = m.groupdict()
    text = m.group(0).strip()
    if kind == "iso":
        d = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
        return DateValue(d, d, text, "day")
    if kind in ("mdy", "dmy"):
        d = dt.date(int(g["y"]), _MONTHS[g["mon"].lower().rstrip(".")], int(g["d"]))
        return DateValue(d, d, text, "day")
    if kind in ("md", "dm"):
        month, day = _MONTHS[g["mon"].lower().rstrip(".")], int(g["d"])
        if g.get("rel") and anchor is not None:
            d = dt.date(anchor.year + _REL_OFFSET[g["rel"].lower()], month, day)  # NOTE: "30 June next year"
            return DateValue(d, d, text, "day")
        return _yearless(month, day, text, None if g.get("rel") else anchor)
    if kind == "combo":
        a, _ = _part_of_year(g["p1"], int(g["y1"]))
        _, b = _part_of_year(g["p2"], int(g["y2"]))
        return DateValue(a, b, text, "part-of-year") if a <= b else None
    if kind == "part_mon":
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        if g.get("y"):
            y = int(g["y"])
        elif anchor is not None:
            y = anchor.year + _REL_OFFSET[g["rel"].lower()] if g.get("rel") else anchor.year  # NOTE: "the end of September next year"
        else:
            return None
        a, b = _part_of_month(g["p"], y, month)
        return DateValue(a, b, text, "part-of-month")
    if kind == "mon_year":
        mo = _MONTHS[g["mon"].lower().rstrip(".")]
        y = int(g["y"])
        # NOTE: "may 2026" is a month; "may" alone is a modal verb and never matched here.
        return DateValue(dt.date(y, mo, 1), _month_end(y, mo), text, "month")
    if kind == "quarter":
        q = g["q"].lower()
        n = int(q[1]) if q.startswith("q") else ["first", "second", "third", "fourth"].index(q.replace("the ", "").split()[0]) + 1
        y = int(g["y"])
        return DateValue(dt.date(y, 3 * n - 2, 1), _month_end(y, 3 * n), text, "quarter")
    if kind == "part_year":
        a, b = _part_of_year(g["p"], int(g["y"]))
        return DateValue(a, b, text, "part-of-year")
    if kind == "old_year":
        y = int(g["y"])
        return DateValue(dt.date(y, 1, 1), dt.date(y, 12, 31), g["y"], "year")
    if kind in ("range", "old_range"):
        y1 = int(g["y1"])
        y2s = g["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not y1 < y2 <= y1 + 50:
            return None
        return DateValue(dt.date(y1, 1, 1), dt.date(y2, 12, 31), text, "years")
    if kind == "century":
        c = g["c"].lower()
        n = int(c[:-2]) if c[0].isdigit() else _ORDINALS.index(c) + 1
        if not 1 <= n <= 21:
            return None
        first = (n - 1) * 100 + 1  # NOTE: the 12th century is 1101-1200; early / mid / late its thirds
        lo, hi = {"early": (0, 32), "mid": (33, 65), "middle": (33, 65), "late": (66, 99)}.get((g.get("p") or "").lower(), (0, 99))
        return DateValue(dt.date(first + lo, 1, 1), dt.date(first + hi, 12, 31), text, "century")
    if kind == "decade":
        y = int(g["y"])
        p = (g.get("p") or "").lower()
        lo, hi = {"early": (0, 3), "mid": (3, 7), "late": (7, 9)}.get(p, (0, 9))
        return DateValue(dt.date(y + lo, 1, 1), dt.date(y + hi, 12, 31), text, "years")
    if kind == "year":
        y = int(g["y"])
        return DateValue(dt.date(y, 1, 1), dt.date(y, 12, 31), text, "year")
    if kind == "relative":
        if anchor is None:
            return None
        a, b = _relative(g["rel"], anchor)
        return DateValue(a, b, text, "relative")
    return None


def _yearless(month: int, day: int, text: str, anchor: dt.date | None) -> DateValue:
    """A day written without its year: in the year that puts it nearest the publication date ``anchor`` (news writes of
    days just past or just ahead: "on December 30" published on January 2 is last year's), else a `MONTH_DAY`."""
    if anchor is None:
        d = dt.date(YEARLESS, month, day)
        return DateValue(d, d, text, MONTH_DAY)
    options = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(y, month, day))
        except ValueError:
            continue  # NOTE: the 29th of February of a common year
    if not options:
        raise ValueError(text)
    d = min(options, key=lambda o: abs((o - anchor).days))
    return DateValue(d, d, text, "day")


_BORN = re.compile(r"\(\s*(?:born|b\.)\s*(?:on\s+|in\s+)?$", re.I)
"""What opens a date of birth in brackets after a name: "(born 19 July 1988", "(b. 1950"."""
_LIFESPAN = re.compile(rf"\(\s*(?:b\.\s*|born\s+)?(?P<d1>(?:\d{{1,2}} {_MON},? |{_MON} \d{{1,2}},? )?(?P<y1>{_DATED}))\s*(?:–|—|-|to)\s*"
                       rf"(?:d\.\s*|died\s+)?(?P<d2>(?:\d{{1,2}} {_MON},? |{_MON} \d{{1,2}},? )?(?P<y2>{_DATED}))\s*\)", re.I)
"""A life span in brackets after a name, in years or full dates: "(1815–1852)", "(25 July 1920 – 16 April 1958)"."""


_NOUN_MODIFIERS = frozenset({"compound", "nummod", "amod", "poss", "nmod"})
_DESCRIBING_CLAUSES = frozenset({"relcl", "acl", "appos"})


def _named_day(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where the date at ``[start, end)`` starts once the day word it is set beside is counted in: "on Tuesday, June 4,
    2019" hangs "June 4, 2019" in apposition to "Tuesday", which the parse attaches to the verb; the date is the day's,
    not a description of it (read alone, an apposition beside a name is a person's age). ``start`` otherwise."""
    inside = [k for k, t in enumerate(tokens) if start <= t.start < end]
    tops = [k for k in inside if tokens[k].head not in inside and tokens[k].dep != "punct"]
    # NOTE: "on Saturday 14 March 2026" hangs "14" and "March" off "Saturday" (a number and an apposition)
    if not tops or any(tokens[k].dep not in ("appos", "nummod") for k in tops) or len({tokens[k].head for k in tops}) > 1:
        return start
    day = tokens[tops[0]].head
    if tokens[day].ent != "DATE" or tokens[day].start >= start:
        return start
    return tokens[day].start


def describes_a_noun(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The date at ``[start, end)`` modifies a noun ("the 1940s Hollywood actress", "musicals of the 1940s")
    or sits in a relative or participle clause or an apposition describing one ("who swam to stardom in the
    1940s", "Thomas, the Saints' leading rusher in 2009, was put on injured reserve")."""
    inside = {k for k, t in enumerate(tokens) if start <= t.start < end}
    tops = [k for k in sorted(inside) if tokens[k].head not in inside or tokens[k].head == k]
    # NOTE: "The 1960s actress": the date's article hangs off the noun too; the date word is what modifies it
    root = next((k for k in tops if tokens[k].dep not in ("det", "predet", "punct", "case")), tops[0] if tops else None)
    if root is None:
        return False
    for _ in range(len(tokens)):  # NOTE: "of the 1940s and 1950s": a conjunct is what its first conjunct is
        if tokens[root].dep != "conj" or tokens[root].head == root:
            break
        root = tokens[root].head
    t, head = tokens[root], tokens[tokens[root].head]
    if t.dep in _NOUN_MODIFIERS and head.pos in ("NOUN", "PROPN"):
        return True
    if t.dep == "pobj" and head.lemma == "of" and tokens[head.head].pos in ("NOUN", "PROPN"):
        return True
    i, seen = root, set()
    while tokens[i].head != i and i not in seen:
        seen.add(i)
        if tokens[i].dep in _DESCRIBING_CLAUSES:
            return True
        if tokens[i].dep == "advcl" and any(u.head == i and u.dep == "mark" and u.lemma.lower() in _REFERENCE_MARKS for u in tokens):
            return True  # NOTE: "the fourth coach since King took over on May 26, 2003": the date of a reference act
        i = tokens[i].head
    return False


def dates_a_report(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The date at ``[start, end)`` is when a report was made, not when what it reports happened: it hangs on a verb of
    saying (`stance_cues` ``saying_verbs``) whose reported clause is the claim's content ("The toll has risen to 19,
    officials said on Wednesday 6 May"; "the Red Cross said on Monday that 12 had died")."""
    inside = {k for k, t in enumerate(tokens) if start <= t.start < end}
    top = next((k for k in sorted(inside) if tokens[k].head not in inside), None)
    if top is None:
        return False
    verb = tokens[top].head
    if tokens[top].dep == "pobj" and tokens[verb].dep == "prep":
        verb = tokens[verb].head
    if verb in inside or tokens[verb].lemma.lower() not in stance_cues()["saying_verbs"]:
        return False
    return any(u.head == verb and u.dep == "ccomp" and not start <= u.start < end for u in tokens)


_SET_OFF = re.compile(r"\w[^\w]*?(?:,|\s[-–—|])\s*$")
_CLOSING = re.compile(r"\s*$")


def dates_an_edition(text: str, start: int, end: int) -> bool:
    """The date at ``[start, end)`` closes a heading, set off from its words by a comma, a dash or a bar and governed by
    no word ("Measles outbreak in Westfield - update, 3 March", "Harrowgate Classic Sale - results, 18 May", "Road
    closures | 4 June 2024"): the date of the page or report, as a dateline is, not of what its words name; two
    reports dated a week apart tell no two dates of one event. Not a sentence (closed by a full stop), nor a label's date
    ("Date of arrival: 28 March", `_LABEL_DATE`), nor a year in brackets after a name ("The film Parasite (2019)": the
    work's)."""
    return start > 0 and bool(_SET_OFF.search(text[:start])) and bool(_CLOSING.fullmatch(text[end:]))


_REFERENCE_MARKS = frozenset({"since", "after", "before", "until", "till", "once"})
"""Words opening a clause whose act is a point of reference for the main one ("since King took over in 2003",
"after he was convicted in 1999"): a date in it dates that act, not the claim's."""


_VAGUE_PLURALS = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "several", "many", "numerous"})


def _series(tokens: Sequence[Token], start: int, end: int, kb: Knowledge) -> str:
    """The adverb of `Knowledge.series_words` on the verb the date at ``[start, end)`` dates ("first hosted the
    Oscars in 2007": ``first``), ``again`` for a verb written with "re-" ("re-elected in 2022"); ``""`` without one."""
    inside = {k for k, t in enumerate(tokens) if start <= t.start < end}
    verb = next((k for k in sorted(inside) if tokens[k].head not in inside), None)
    for _ in range(4):
        if verb is None or tokens[verb].pos in ("VERB", "AUX"):
            break
        verb = None if tokens[verb].head == verb else tokens[verb].head
    if verb is None:
        return ""
    if verb >= 2 and tokens[verb - 1].text == "-" and tokens[verb - 2].text.lower() == "re":
        return "again"  # NOTE: "was re-elected in 2022" is one election of several, as "was elected again" is
    word = next((t.lemma for t in tokens if t.head == verb and t.dep == "advmod" and t.lemma in kb.series_words), "")
    return word or ("many" if _many(tokens, verb) else "")


_PARTICIPANTS = frozenset({"nsubj", "nsubjpass", "attr"})


def _many(tokens: Sequence[Token], verb: int) -> bool:
    """True when the dated clause says how many things there were ("In 2006, there were seven run-ins with the
    law", "there have been hundreds of earthquakes since 2004"): several occurrences, which one date of one act
    does not contradict. A counted subject of an act is no series ("12 people were killed in 2009": one blast)."""
    if not any(t.head == verb and t.dep == "expl" for t in tokens):
        return False
    for i, t in enumerate(tokens):
        if t.head != verb or t.dep not in _PARTICIPANTS or i == verb:
            continue
        if t.lemma.lower() in _VAGUE_PLURALS:
            return True
        for u in tokens:
            digits = u.text.replace(",", "")
            value = float(digits) if digits.isdigit() else number_value(u.text)
            if u.head == i and u.dep == "nummod" and value is not None and value > 1:
                return True
    return False


def date_roles(
    text: str,
    dates: Sequence[DateValue],
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    kb: Knowledge,
) -> tuple[DateValue, ...]:
    """Say what each date is of (`DateValue.event`) and whose it is (`DateValue.holder`).

    A life span in brackets after a name, "Ada Lovelace (1815–1852)", becomes the birth and the death
    of that person, placed after the claim's own dates: it is not the time of the claim's event. Other
    dates take `value_role`: the predicate they modify ("died in 1921" -> ``die``) and its subject
    ("Victoria died" -> ``victoria``).
    """
    out: list[DateValue] = []
    life: list[DateValue] = []
    spans: list[tuple[int, int]] = []
    for span in _LIFESPAN.finditer(text):
        owner = mention_before(text, span.start(), mentions)
        if owner is None:
            continue
        spans.append(span.span())
        for group, event in (("d1", "birth"), ("d2", "die")):
            when = parse_date(span[group])
            if when is not None:
                life.append(dataclasses.replace(when, event=event, holder=owner.key))
    for d in dates:
        at = text.find(d.text)
        if any(s <= at < e for s, e in spans):
            continue
        lo = _named_day(tokens, at, at + len(d.text)) if at >= 0 else at
        event, holder = value_role(text, lo, at + len(d.text), tokens, mentions, kb, dated=True) if at >= 0 else ("", "")
        born = _BORN.search(text[:at]) if at >= 0 else None
        if born is not None:
            # NOTE: "Andrae Sutherland (born 19 July 1988), better known as Popcaan": the birth of the name before
            owner = mention_before(text, born.start(), mentions)
            event, holder = "birth", owner.key if owner is not None else holder
        background = at >= 0 and (describes_a_noun(tokens, lo, at + len(d.text)) or dates_a_report(tokens, lo, at + len(d.text)))
        work = work_of_year(text, tokens, at, at + len(d.text), mentions, kb) if at >= 0 and d.precision == "year" else ""
        if work:
            event, holder = WORK, work  # NOTE: "a 2004 film", "the 2012 film Ted": the year the named work came out
        origin = ORIGIN_VERB.search(text, max(0, at - 30), at) if at > 0 else None
        if origin is not None:
            # NOTE: "the mill dates from 1791" says when the mill came to be, which any act of making it answers ("was
            # built in 1782"): no act of its own; said by the finite verb, the claim's own statement, not an aside
            event, background = ORIGIN, background and origin["verb"].lower() == "dating"
        act = _nominal_act(tokens, at, at + len(d.text)) if at >= 0 and not work and event not in ("birth", "die") else ""
        if act.startswith(_BARE):
            event, holder = act[len(_BARE):], ""  # NOTE: "gave birth on 14 July": a birth, whose child is not named
        elif act:
            event, holder = act, act  # NOTE: "made the decision on 14 June" / "took the decision on June 21": the decision's date
        labelled = _LABEL_DATE.match(text[:at]) if at > 0 else None
        if labelled is not None and not work:
            # NOTE: "Date of arrival: 28 March", "Release date: 12 May": the date of the act the label's noun names
            event, holder, background = _act_of_noun((labelled["of"] or labelled["noun"]).lower()), "", False
        if at > 0 and labelled is None and not work and born is None and dates_an_edition(text, at, at + len(d.text)):
            event, holder, background = "", "", True  # NOTE: "Measles outbreak - update, 3 March": the report's date
        series = _series(tokens, at, at + len(d.text), kb) if at >= 0 else ""
        if event or holder or background or series:
            d = dataclasses.replace(d, event=event, holder=holder, background=background, series=series)
        out.append(d)
    # NOTE: the claim's own event dates first: a life span dates the person, not what the claim reports.
    return tuple(out + life)


ORIGIN = "origin"
"""`DateValue.event` of a date a verb of origin gives ("dates from 1791"): when its holder came to be, which the date of
any act of making it answers (`origin_verbs`: "built", "founded", "written")."""


@functools.cache
def origin_verbs() -> frozenset[str]:
    """Verbs of making a thing (``checker/data/origin_verbs.tsv``, built from WordNet by ``python -m train.origins``)."""
    text = (resources.files("checker") / "data" / "origin_verbs.tsv").read_text("utf-8")
    return frozenset(line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#"))


def one_act(x: str, y: str) -> bool:
    """Two dates' events (`DateValue.event`) name one act: the same, two verbs naming one act in their common senses
    (`knowledge.verb_synonyms`: "founded in 1867" / "Established 1887"), or a thing's origin (`ORIGIN`) and an act of
    making it (`origin_verbs`: "dates from 1791" / "was built in 1782")."""
    from checker.knowledge import verb_synonyms  # NOTE: lazy: the table loads on the first pair of two events

    return bool(x) and (x == y or ORIGIN in (x, y) and (y if x == ORIGIN else x) in origin_verbs()
                        or y in verb_synonyms().get(x, ()))


ORIGIN_VERB = re.compile(r"\b(?P<verb>dat(?:es?|ed|ing))\s+(?:back\s+)?(?:from|to)\s+$", re.I)
"""The verb of a thing's origin right before a date: "dates from 1791", "dating back to 1120"."""

_LABEL_DATE = re.compile(r"^\W*(?:date\s+of\s+(?P<of>[a-z]+)|(?P<noun>[a-z]+)\s+date)\s*[:\-–]\s*$", re.I)
"""A label naming a date's act before the date, as pages and forms write them ("Date of arrival: 28 March", "Release
date: 12 May 2025", "Date of birth: 3 June 1950")."""


def _act_of_noun(noun: str) -> str:
    """The verb of the act a noun names ("arrival" -> arrive, `knowledge.deverbal_verbs`), else the noun ("birth")."""
    from checker.knowledge import deverbal_verbs  # NOTE: lazy: the table loads on the first labelled date

    verbs = sorted(v for v in deverbal_verbs().get(noun, ()) if v != noun)
    return verbs[0] if len(verbs) == 1 else noun


_SUPPORT_VERBS = frozenset({"make", "take", "give", "have", "do", "hold", "reach", "issue", "announce"})
"""Verbs that lend their grammar to an act a noun names (support verbs: "make a decision", "take a vote", "hold an
election", "reach an agreement", "issue a recall", "announce a ban"): the date of such a verb is the date of the act."""

_INDEFINITE = frozenset({"a", "an", "another", "some", "any", "no", "each", "every"})


def _nominal_act(tokens: Sequence[Token], start: int, end: int) -> str:
    """The lemma of the act a support verb's definite noun names (`_SUPPORT_VERBS`; its object, or its subject in the
    passive) when the date at ``[start, end)`` dates that verb: "We made the decision on 14 June" and "The directors
    took the decision on June 21" date one decision, "Pramtec issued the recall on 10 March" and "The recall was
    announced on 3 March" one recall. ``""`` otherwise: an indefinite noun ("had a meeting") is one of several, and a
    verb of its own ("decided on 14 June") dates itself."""
    inside = {k for k, t in enumerate(tokens) if start <= t.start < end}
    k = next((k for k in sorted(inside) if tokens[k].head not in inside), None)
    for _ in range(3):
        if k is None or tokens[k].pos in ("VERB", "AUX"):
            break
        k = None if tokens[k].head == k or tokens[k].dep not in ("pobj", "prep", "npadvmod", "nmod", "compound") else tokens[k].head
    if k is None or tokens[k].pos not in ("VERB", "AUX") or tokens[k].lemma.lower() not in _SUPPORT_VERBS:
        return ""
    noun = next((j for j, u in enumerate(tokens) if u.head == k and u.dep in ("dobj", "nsubjpass") and u.pos == "NOUN"), None)
    if noun is None:
        return ""
    if _bare_singular(tokens, noun):
        return _BARE + tokens[noun].lemma.lower()  # NOTE: "Mei gave birth on 14 July": the birth's date, of no thing named
    if not any(u.head == noun and u.dep in ("det", "poss") and u.lemma.lower() not in _INDEFINITE for u in tokens):
        return ""
    return tokens[noun].lemma.lower()


_BARE = "bare:"
"""Marks a support verb's act named by a noun with no determiner (`_nominal_act`)."""


def _bare_singular(tokens: Sequence[Token], noun: int) -> bool:
    """The noun stands alone, singular and with no determiner, possessor, number or modifier: the act itself, as an idiom
    of its support verb writes it ("gave birth", "took office", "made landfall", "took place"), not one of several."""
    t = tokens[noun]
    return t.text.lower() == t.lemma.lower() and not any(u.head == noun and u.dep in ("det", "poss", "nummod", "amod", "compound")
                                                         for u in tokens)


WORK = "work"
"""`DateValue.event` of a year read off a noun of a work (`work_of_year`): the work's release, compared only with
another source's release of that named work (`checker.rules.dates`), not as the date of the claim's own event."""

_YEAR_MODIFIERS = frozenset({"nummod", "compound", "amod", "npadvmod", "nmod"})


def work_of_year(text: str, tokens: Sequence[Token], start: int, end: int, mentions: Sequence[Mention],
                 kb: Knowledge) -> str:
    """The key of the named work a year at ``[start, end)`` dates, when the year modifies a noun of a work
    (`Knowledge.work_nouns`) that names it: the name itself ("Smith's 2015 drama Concussion"), one in apposition ("the
    2012 film Ted"), or the subject the noun is equated with ("The SpongeBob Movie is a 2004 American film", "Ted 2, a
    2015 film"); "" otherwise (a year of an unnamed work, or of another noun: "the 2010 season")."""
    k = next((i for i, t in enumerate(tokens) if start <= t.start < end), None)
    if k is None or tokens[k].dep not in _YEAR_MODIFIERS or tokens[k].head == k:
        return ""
    n = tokens[k].head
    kids = [i for i, t in enumerate(tokens) if t.head == n and i != n]
    work = tokens[n].lemma in kb.work_nouns or any(tokens[i].dep == "compound" and tokens[i].lemma in kb.work_nouns for i in kids)
    if not work:
        return ""
    if tokens[n].lemma not in kb.work_nouns and tokens[n].text[:1].isupper():
        return _name_at(text, tokens, n, mentions, k)  # NOTE: "Smith's 2015 drama Concussion": the noun is the name
    named = next((i for i in kids if tokens[i].dep == "appos" and tokens[i].text[:1].isupper()), None)
    if named is not None:
        return _name_at(text, tokens, named, mentions, k)  # NOTE: "the 2012 film Ted"
    if tokens[n].dep == "attr":
        subj = next((i for i, t in enumerate(tokens) if t.head == tokens[n].head and t.dep in ("nsubj", "nsubjpass")
                     and i != tokens[n].head), None)
    elif tokens[n].dep == "appos":
        subj = tokens[n].head  # NOTE: "Ted 2, a 2015 film, ..."
    else:
        subj = None
    if subj is None or not tokens[subj].text[:1].isupper() or tokens[subj].pos not in ("PROPN", "NOUN"):
        return ""
    return _name_at(text, tokens, subj, mentions, k)


def _name_at(text: str, tokens: Sequence[Token], i: int, mentions: Sequence[Mention], year: int) -> str:
    """The key of the name covering token ``i``: a tagged mention, else the token with its capitalised compounds and
    its number ("Ted 2"), the year token ``year`` aside."""
    at = tokens[i].start
    for m in mentions:
        lo = text.find(m.text)
        if lo >= 0 and lo <= at < lo + len(m.text):
            return m.key
    words = [t.text for j, t in enumerate(tokens) if j != year and (j == i or t.head == i and t.dep in ("compound", "nummod"))
             and (t.text[:1].isupper() or t.text.isdigit())]
    return " ".join(words).lower()


def one_work(x: str, y: str, kb: Knowledge) -> bool:
    """Two holders (`DateValue.holder`) name one work: the same key, an alias, or one name in full and short with the
    same numbers ("the movie Concussion" / "Concussion"; not "Ted 2" / "Ted", a sequel)."""
    from checker.rules.common import one_name  # NOTE: lazy: the rules package imports the normalisers

    if x == y or kb.related(x, y):
        return True
    return one_name(x, y) and set(re.findall(r"\d+", x)) == set(re.findall(r"\d+", y))


def released_together(x: DateValue, y: DateValue, kb: Knowledge) -> bool:
    """One of two dates is a named work's year read off its noun (`WORK`) and the other the same work's year or
    release date: two answers of one question, when the work came out, whatever else their claims say."""
    return ({x.event, y.event} <= {WORK, "release"} and WORK in (x.event, y.event) and bool(x.holder) and bool(y.holder)
            and x.precision != "relative" and y.precision != "relative" and x.series == y.series
            and one_work(x.holder, y.holder, kb))

