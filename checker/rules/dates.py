"""CC102 date conflict: the same event placed at times that cannot overlap."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from checker.models import MONTH_DAY, YEARLESS, Claim, DateValue, Verdict
from checker.normalize.dates import one_act, released_together
from checker.normalize.entities import Knowledge
from checker.rules.base import Rule
from checker.rules.common import DAY_NAME, LIGHT_FRAMES, common_holders, frames_agree, modality_factor, one_name

if TYPE_CHECKING:
    from checker.judge.align import Alignment

__all__ = ["DATE", "__register__", "event_date", "told_alike"]


def event_date(c: Claim, main: bool = False) -> tuple[DateValue, float] | None:
    """The claim's event time and how much to trust it: explicit > inherited > relative. With ``main``, a date
    of a noun or of a clause describing one (`DateValue.background`) is not the time of the claim's event."""
    explicit = [d for d in c.slots.dates if d.precision != "relative" and not (main and d.background)]
    if explicit:
        return explicit[0], 1.0
    if c.slots.context_dates:
        return c.slots.context_dates[0], 0.85
    relative = [d for d in c.slots.dates if d.precision == "relative" and not (main and d.background)]
    if relative:
        return relative[0], 0.6
    return None


def _described(c: Claim, event: str) -> tuple[DateValue, float] | None:
    """A date of a noun or describing clause of the claim whose event is ``event``."""
    same = [d for d in c.slots.dates if d.background and event and d.event == event and d.precision != "relative"]
    return (same[0], 1.0) if same else None


_FRAMELESS_ATTRIBUTE = 0.5
"""Without a shared action frame, the share of attribute words two dates must share (and a shared subject)."""


_LIFE = frozenset({"birth", "die"})


def _of_different_things(x: DateValue, a: Claim, y: DateValue, b: Claim, kb: Knowledge) -> bool:
    """True when the values' own slots say the dates are of different things (`DateValue.event` / `.holder`):
    a birth or death against another event, or the same kind of event of two unrelated holders (two
    rulers' deaths). Different events are left to alignment: a holder is often a plain noun phrase."""
    if (x.event in _LIFE or y.event in _LIFE) and x.event != y.event:
        return True
    if not (x.event and x.event == y.event and x.holder and y.holder and x.holder != y.holder):
        return False
    # NOTE: one holder in full and short is one holder ("Goode" / "Matthew Goode", "Konnect" / "Akon's Konnect"), and so
    # is one the other claim names too ("The band was formed in 1992" / "The band Dandy Warhols was formed in 1994";
    # "Andrae Sutherland (born 19 July 1988), better known as Popcaan" / "Popcaan was born on 15 July 1988")
    # one thing in other words too ("The treaty was signed on March 3" / "The agreement was signed on March 5")
    return not (kb.related(x.holder, y.holder) or one_name(x.holder, y.holder) or _names(b, x.holder) or _names(a, y.holder)
                or common_holders(x.holder, a, y.holder, b))


def _elsewhere(a: Claim, b: Claim, kb: Knowledge) -> bool:
    """Each claim names a place the other does not, and neither of those lies inside the other's (`Knowledge.inside`):
    two acts of one kind dated in two places are two occurrences, whatever places both name ("Indonesia")."""
    pa, pb = ({m.key for m in c.slots.places} for c in (a, b))
    only_a, only_b = pa - pb, pb - pa
    return bool(only_a and only_b) and not any(kb.inside(x, y) for x in only_a for y in only_b)


def _names(c: Claim, holder: str) -> bool:
    """Every word of the holder is a word of the claim's text."""
    words = set(re.findall(r"\w+", c.text.lower()))
    return set(re.findall(r"\w+", holder.lower())) <= words


_UNTIL = re.compile(r"\b(?:until|till|til)\b", re.I)
"""A negated act dated by "until" happened then ("the museum did not open until 1793")."""

_OBSERVED = re.compile(r"\bas\s+(?:of|at)\s*$", re.I)
"""Words before a date that make it when a state or a running total was seen ("As of March 31, 2019, the games have
sold 16.39 million copies"), not when an act happened."""

_OTHER_ACTS_MASKED = 0.5
"""The masked overlap (`checker.judge.align.Alignment.masked`) two claims need when each date is of another act as
the parse reads it (`DateValue.event`: "won the FA Cup in 2014" / "scored the only goal on 24 March 2012"), unless
their questions are alike in meaning (`checker.judge.align.QUESTION_SIMILARITY`): a frame both claims evoke elsewhere
("the club's 1-0 win") does not make the dated acts one. One act in other words keeps it ("Huth signed for Stoke City
in August 2009" / "Huth joined Stoke City in 2010", 0.6). A date on the second of two conjoined acts of one sentence
alike in meaning ("made his debut ... and scored his first goal on 15 October" / "made his full debut on 9 September
2017") is still compared: the questions' cosine is the sentence's."""


def _observed(c: Claim, d: DateValue) -> bool:
    """The date is when a state was observed ("as of", "as at"): two such dates are two looks at one state or
    running total, and against an act's date it answers another question (when the state was seen)."""
    text = d.stated_in.text if d.stated_in is not None else c.text
    i = text.find(d.text)
    return i >= 0 and bool(_OBSERVED.search(text[:i]))


def _released(a: Claim, b: Claim, kb: Knowledge) -> Verdict | bool | None:
    """A named work's release year read from a noun ("The Movie is a 2004 film": `checker.normalize.dates.work_of_year`)
    against the other claim's release of that work ("The Movie was released after 2006"): one question whatever
    frames the rest of either claim evokes ("of the same name" evokes *hire*). A verdict when they cannot meet, False
    when they do (no other date of the pair is then compared), None when the pair has no such two dates."""
    pairs = [(x, y) for x in a.slots.dates for y in b.slots.dates if released_together(x, y, kb)]
    if not pairs:
        return None
    if any(x.overlaps(y) for x, y in pairs) or any(c.slots.negated for c in (a, b)):
        return False  # NOTE: "The Movie is a 2004 film" / "The Movie was not released in 2004": no date to compare
    x, y = pairs[0]
    return Verdict(
        code=DATE.code,
        verdict="contradiction",
        confidence=round(0.8 * modality_factor(a, b), 3),
        slot="date",
        values=((x.text,), (y.text,)),
        reason=f"{x.text} ({_days(x)}) and {y.text} ({_days(y)}), each the release of {x.holder}, are {_gap(x, y)} days apart",
    )


def compare_dates(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """Both claims date the event, and the intervals share no day.

    The event is one when both claims evoke a common action frame, or, when at most one of them
    evokes any, when the two dates answer one question about one subject ("was born in 1990").
    """
    released = _released(a, b, kb)
    if released is not None:
        return released or None
    shared_frame = frames_agree(a, b, kb)
    if not shared_frame and not frames_agree(a, b, kb, allow_missing=True):
        return None  # NOTE: two different actions ("granted in 2024", "restricted in 2025")
    ea, eb = event_date(a, main=True), event_date(b, main=True)
    # NOTE: a date of a noun or a describing clause ("who swam to stardom in the 1940s") is compared only with
    # a date of the same kind of event ("released in 2010" / "was released in 2011").
    if ea is None and eb is not None:
        ea = _described(a, eb[0].event)
    if eb is None and ea is not None:
        eb = _described(b, ea[0].event)
    if ea is None and eb is None:
        # NOTE: a birth or death said in passing by both ("Ada Lindqvist (born 14 March 1952) is a chemist" / "Ada
        # Lindqvist, born in 1954, shared the prize") is one question of one person, whatever each claim's own act
        ea, eb = next(((x, y) for event in sorted(_LIFE) if (x := _described(a, event)) and (y := _described(b, event))),
                      (None, None))
    if ea is None and eb is None and (pair := _one_act(a, b, background=True)) is not None:
        ea, eb = (pair[0], 1.0), (pair[1], 1.0)  # NOTE: "Brightline, founded in 2009," / "Brightline, which was founded in 2011,"
    if ea is None or eb is None:
        return None
    if ea[0].event != eb[0].event and (pair := _one_act(a, b, background=False)) is not None:
        # NOTE: each claim dates two acts ("founded in 1852 ... and incorporated in 1889" / "Settled in 1852, ... was
        # incorporated in 1893"): the dates of one act answer one question, whichever each claim names first
        ea, eb = (pair[0], 1.0), (pair[1], 1.0)
    # NOTE: a birth or death is compared with the other claim's date of that event ("Ada Lovelace (1815–1852)" / "Ada
    # Lovelace died in 1853": her death, not her birth)
    for mine, theirs, c in ((ea, eb, a), (eb, ea, b)):
        if theirs[0].event in _LIFE and mine[0].event != theirs[0].event:
            same = next((d for d in c.slots.dates if d.event == theirs[0].event), None)
            if same is not None:
                ea, eb = ((same, 1.0), eb) if c is a else (ea, (same, 1.0))
                break  # NOTE: one side moved to the other's event; moving the other back would part them again
    (da, wa), (db, wb) = ea, eb
    if _observed(a, da) or _observed(b, db):
        return None  # NOTE: "As of December 31, 2018, 16.37 million copies have been sold" / "As of March 31, 2019, ..."
    if any(c.slots.negated and not _UNTIL.search(c.text) for c in (a, b)):
        return None  # NOTE: "Smith did not win the race in 2021" says nothing of when he won it ("did not open until 1990" does)
    if da.overlaps(db) or _of_different_things(da, a, db, b, kb) or da.series != db.series:
        return None  # NOTE: "first hosted in 2007" and "to host in 2014" date two occurrences of one act
    from checker.rules.modality import contrary_words, opposite_poles  # NOTE: lazy: modality reads this module's event dates

    if opposite_poles(a, b, kb) is not None or contrary_words(a, b, kb) is not None:
        return None  # NOTE: "The bill failed in the Senate in 2023" / "The Senate passed the bill in 2024": two votes;
        # "Sales of the phone increased in 2022" / "decreased in 2023": a rise and a fall, two changes
    if _values_of_two_times(a, b, kb):
        return None  # NOTE: "Sales in 2022 were $4 billion" / "sales reached $5 billion in 2023": each date is its value's
    if _elsewhere(a, b, kb):
        return None  # NOTE: "a 6.1 quake struck Aceh on Tuesday" / "On April 20, a 6.4 quake jolted Maluku": two quakes
    # NOTE: a text naming several dates is compatible when any of them fits the other's event date (the act each date
    # is of, as the parse reads it, is too often wrong in a long sentence to say otherwise: an earnings call's "for Q4
    # 2020 and ... for Q3 2020")
    if any(x.overlaps(db) for x in a.slots.dates if x.precision != "relative") or any(
        y.overlaps(da) for y in b.slots.dates if y.precision != "relative"
    ):
        return None
    from checker.judge.align import align, foreign_names  # NOTE: lazy: checker.judge imports the registry

    # NOTE: the birth or death of one named person is one question whatever else the claims say ("Rosalind Franklin
    # (25 July 1920 – 16 April 1958) was a British chemist" / "Rosalind Franklin was born in London in 1921")
    life = da.event == db.event and da.event in _LIFE and bool(da.holder) and bool(db.holder) and one_name(da.holder, db.holder)
    if not life:
        al = align(a, da.text, b, db.text, kb)
        if not al.aligned:
            return None  # NOTE: dates of different things (a life span, a prize) answer different questions
        if foreign_names(a, _as_written(da, a), b, _as_written(db, b)):
            return None  # NOTE: one subject winning a title over two opponents: two occurrences, not one date
        # NOTE: two reports agreeing on the act's clock time or weekday date one act, whatever verbs they tell it with
        alike = told_alike(da, a, db, b)
        if _other_acts(da, db, al, kb) and not alike:
            return None
        # NOTE: without a frame, one named subject, or one act of one holder ("The tower was completed on 15 March 1889"
        # / "The tower was completed on March 31, 1889": the event and the holder as the parse reads them)
        one = one_act(da.event, db.event) and (bool(da.holder) and (
            da.holder == db.holder or common_holders(da.holder, a, db.holder, b)) or _unheld(da, a) != _unheld(db, b)
            or _one_life(da, a, db, b))
        if not shared_frame and not one and not alike and (al.subject < 1 or al.attribute < _FRAMELESS_ATTRIBUTE):
            return None
    return Verdict(
        code=DATE.code,
        verdict="contradiction",
        confidence=round(0.8 * wa * wb * modality_factor(a, b), 3),
        slot="date",
        values=((da.text,), (db.text,)),
        reason=f"{da.text} ({_days(da)}) and {db.text} ({_days(db)}) are {_gap(da, db)} days apart",
    )


def _one_life(x: DateValue, a: Claim, y: DateValue, b: Claim) -> bool:
    """A birth or death whose holder only one claim names, a holder the other claim never writes: "Mei gave birth on 14 July"
    (a birth, the newborn not named) / "The cub was born on 21 July". Not "Mei was born in 2010", whose holder the other
    claim names as the mother."""
    if x.event != y.event or x.event not in _LIFE or bool(x.holder) == bool(y.holder):
        return False
    held, other = (x, b) if x.holder else (y, a)
    return not _names(other, held.holder)


_WEEKDAY = re.compile(r"\b" + DAY_NAME + r"\b")
_BESIDE = 16
"""Characters either side of a date in which a weekday written with it is looked for ("on Thursday, March 19", "on
March 26, a Thursday")."""


def told_alike(x: DateValue, a: Claim, y: DateValue, b: Claim) -> bool:
    """Both claims tell their dated act with one detail of its time besides the day: the same clock time ("struck at
    4:37 p.m. on Sunday, 8 November" / "hit at 16:37 local time on 15 November") or the same weekday written with each
    date ("posted ... on Thursday, March 19" / "released online on March 26, a Thursday"). Two reports that agree on the
    hour or the weekday of an act and not on its day date one act, whatever verbs they tell it with."""
    from checker.normalize.numbers import TIME_OF_DAY

    clocks = [{round(q.value, 3) for q in c.slots.quantities if q.unit.startswith(TIME_OF_DAY)} for c in (a, b)]
    if clocks[0] & clocks[1]:
        return True
    days = [_weekday(d, c) for d, c in ((x, a), (y, b))]
    return bool(days[0]) and days[0] == days[1]


_WEEKDAY_BEFORE = re.compile(r"\b" + DAY_NAME + r",?\s+(?:the\s+)?$")
_WEEKDAY_AFTER = re.compile(r"^,?\s+(?:a\s+)?" + DAY_NAME + r"\b")


def _as_written(d: DateValue, c: Claim) -> str:
    """The date with the weekday the claim writes with it ("Saturday, October 10", "March 26, a Thursday"), else its
    own text: the weekday is part of the answer, when the act happened, not a name standing beside it
    (`checker.judge.align.foreign_names`: "lost propulsion ... on Saturday, October 10" / "... on Sunday, October 11"
    name no one the other does not)."""
    i = c.text.find(d.text)
    if i < 0:
        return d.text
    before = _WEEKDAY_BEFORE.search(c.text, max(0, i - _BESIDE), i)
    after = _WEEKDAY_AFTER.search(c.text[i + len(d.text):i + len(d.text) + _BESIDE])
    return c.text[before.start() if before else i:i + len(d.text) + (after.end() if after else 0)]


def _weekday(d: DateValue, c: Claim) -> str:
    """The weekday written next to the date in its sentence ("Thursday, March 19"), else ``""``."""
    text = d.stated_in.text if d.stated_in is not None else c.text
    i = text.find(d.text)
    if i < 0:
        return ""
    m = _WEEKDAY.search(text, max(0, i - _BESIDE), min(len(text), i + len(d.text) + _BESIDE))
    return m.group(0).lower() if m else ""


def _unheld(d: DateValue, c: Claim) -> bool:
    """A date of an act said with no doer or thing it is done to: a label or heading ("Date of arrival: 28 March",
    "Established 1887"), which a page states of its own subject."""
    return not d.holder and not d.background and bool(d.event) and not any(r in ("agent", "patient") for r, _ in c.slots.roles)


def _other_acts(x: DateValue, y: DateValue, al: "Alignment", kb: Knowledge) -> bool:
    """Each date is of another act (`DateValue.event`) and the claims ask alike neither in words (`_OTHER_ACTS_MASKED`)
    nor in meaning (`checker.judge.align.QUESTION_SIMILARITY`). A light verb's act is its complement's, which the
    event does not name ("the government forced a hard lockdown": `LIGHT_FRAMES`), so it parts nothing."""
    from checker.judge.align import QUESTION_SIMILARITY

    if not (x.event and y.event and not one_act(x.event, y.event)) or al.masked >= _OTHER_ACTS_MASKED:
        return False
    if any(e in LIGHT_FRAMES or kb.frames_of(e) and kb.frames_of(e) <= LIGHT_FRAMES for e in (x.event, y.event)):
        return False
    return al.question_similarity is None or al.question_similarity < QUESTION_SIMILARITY


def _values_of_two_times(a: Claim, b: Claim, kb: Knowledge) -> bool:
    """The two claims give only different values of one count (`checker.rules.numbers.same_count`, values no reading of
    both admits): their dates say when each value held ("12,000 residents in 1990" / "15,000 residents in 2010"), two
    times of one measure, not two dates of one event. One value at two dates ("grossed $40 million in 2015" / "in
    2016"), or a value the two claims share beside the others ("a forecast for 2021 of $1.7 billion to $1.8 billion
    compared with $1.67 billion" / "a forecast for 2022 of $1.7 billion to $1.8 billion ..."), stays a date conflict;
    a clock time is no measure dated ("June 26th at 1:34 PM" / "June 27th at 1:44 PM")."""
    from checker.normalize.numbers import TIME_OF_DAY
    from checker.rules.numbers import admitted, same_count  # NOTE: lazy: numbers reads this module's event dates

    apart = False
    for x in a.slots.quantities:
        for y in b.slots.quantities:
            if x.unit.startswith(TIME_OF_DAY) or y.unit.startswith(TIME_OF_DAY):
                continue
            if same_count(x, y, kb) and x.relation == y.relation:
                (lx, hx), (ly, hy) = admitted(x), admitted(y)
                if lx > hy or ly > hx:
                    apart = True
                else:
                    return False  # NOTE: a value both state: the dates are of one thing
    return apart


def _one_act(a: Claim, b: Claim, background: bool) -> tuple[DateValue, DateValue] | None:
    """The first dates of ``a`` and ``b`` of one act (`DateValue.event`), both of the claims' own acts or, with
    ``background``, both stated in passing in a clause describing its holder ("Brightline, founded in 2009, has 1,400
    employees" / "The company, which was founded in 2011, makes software"; two holders' are told apart after,
    `_of_different_things`). Two dates said in passing of things neither claim's parse names ("A second phase, expected to
    ... open in 2031" / "a new wing scheduled to open in 2028": `DateValue.holder` empty on both) may be of two things
    of one kind of act (two phases, two branches opening): they are not paired."""
    return next(((x, y) for x in a.slots.dates for y in b.slots.dates if x.event and x.event == y.event
                 and x.background == y.background == background and "relative" not in (x.precision, y.precision)
                 and not (background and not x.holder and not y.holder)), None)


def _days(d: DateValue) -> str:
    """The days a date can denote, as the reason writes them: ISO dates, or month and day without a year."""
    if d.precision == MONTH_DAY:
        days = f"--{d.start:%m-%d}" + (f"–--{d.end:%m-%d}" if d.end != d.start else "")
        return f"{days}, year not given"
    return f"{d.start}–{d.end}"


def _gap(x: DateValue, y: DateValue) -> int:
    """Days between two dates that share none; a date without a year is placed in the other's years and the years
    either side ("December 30" is two days before January 2026)."""
    if MONTH_DAY in (x.precision, y.precision):
        dated = y if x.precision == MONTH_DAY else x
        first, last = (dated.start.year - 1, dated.end.year + 1) if dated.precision != MONTH_DAY else (YEARLESS, YEARLESS)
        xs, ys = x.in_years(first, last), y.in_years(first, last)
        return min(abs((b0 - a1).days) if a1 < b0 else abs((a0 - b1).days) for a0, a1 in xs for b0, b1 in ys)
    return (y.start - x.end).days if x.end < y.start else (x.start - y.end).days


DATE = Rule("CC102", "date-conflict", "date", "Sources place the same event at times that cannot overlap.", compare_dates)

__register__ = (DATE,)
