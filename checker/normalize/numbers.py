"""Quantities: "less than 14,000 people", "about 1.2 million", "35%", "seventy-five", "twice" -> `Quantity`.

Number words are read by `text2num` (a maintained parser of spelled numbers); this module finds where a
number stands, what bounds it (comparator), what scales it (currency, "million", percent) and what it
counts (the unit: the noun after it, lemmatised).
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import logging
import re
import unicodedata
from typing import Iterator, Sequence

from text_to_num import text2num

from checker.models import Quantity, Token

__all__ = ["find_quantities", "measure_dimensions", "number_value", "counted_not_dated", "count_noun", "whole", "currency_units", "currency_names", "one_currency", "OUT_OF", "LEVEL_VERBS", "CHANGE", "AGED", "measure_words", "length_words",
           "unit_keys", "conversion", "affine", "rate_per", "load_units"]

logger = logging.getLogger(__name__)

_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9, "bln": 1e9,
          "b": 1e9, "trillion": 1e12, "tn": 1e12, "trln": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
          "dozen": 12.0}
"""Scale words; "mln", "bln" and "trln" are the wire services' abbreviations ("profit of 2.3 bln dlrs"); "two dozen" is
24."""
_CMP = [
    # NOTE: "nearly 12" and "almost a dozen" admit values just below the number (11), not above it.
    (r"nearly|almost|just under|just below|just shy of|not quite", "~<"),
    (r"up to|at most|no more than|not more than|a maximum of|within", "<="),
    # NOTE: a count a list gives "including" is some of them: at least that many ("31 pieces of apparatus, including
    # three ladder trucks" says nothing of how many trucks in all; "seized 20 weapons, including 14 rifles")
    (r"at least|no fewer than|no less than|a minimum of|including|among them", ">="),
    (r"(?:less|fewer|lower|smaller|younger|shorter|cheaper|earlier) than|under|below", "<"),
    (r"(?:more|higher|greater|larger|bigger|older|longer|taller|later) than|over|above|in excess of|exceeding|exceeded|surpassed|surpassing|upwards of|a record|\+", ">"),
    (r"about|around|approximately|roughly|some|an estimated|estimated|close to|circa|~|c\.", "~"),
]
_CAPACITY = re.compile(
    r"\b(?:can|cannot|can't|may(?!\s+(?:have|be)\b)|allowed to|permitted to|able to|allows?|permits?|holds?|seats?|accommodates?|supports?|accepts?|stores?|carr(?:y|ies))"
    r"(?:\s+[a-z]+){0,3}\s*$", re.IGNORECASE)
"""A modal of ability or permission ("can", "may"), a verb of permission ("allows") or of capacity, up to three words
before "up to N": the limit is N ("Each key may make up to 1,000 requests per hour")."""
_REQUIRED = re.compile(
    r"\b(?:must|need|needs|needed|require|requires|required|requirement|has to|have to|had to|should|shall)"
    r"(?:\s+[a-z]+){0,3}\s*$", re.IGNORECASE)
"""A modal or verb of necessity up to three words before a bound: the bound is a rule's figure ("Passwords must be at
least 12 characters", "requires no more than 2 GB"), which another figure for the same rule contradicts."""
_LIMITS = {"<=": ("up to", "at most", "no more than", "not more than", "a maximum of"),
           ">=": ("at least", "no fewer than", "no less than", "a minimum of")}
"""The bounds that state a limit when a modal of permission or necessity governs them (not "within", "including")."""
_CONVERTED = {"<": "<=", ">": ">=", "<=": "<=", ">=": ">="}
"""The comparator of a bracketed conversion, by the comparator of the value it converts (else ``~``)."""
_CUR = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
_SYMBOLS = "".join(chr(c) for c in range(0x20, 0x20D0) if unicodedata.category(chr(c)) == "Sc")
"""Every currency sign (Unicode category Sc): "₹28.4 crore" is rupees like "$5" is dollars."""
_LEFT_PATTERN = (
    r"(?:(?<![\w])(?P<cmp>" + "|".join(p for p, _ in _CMP) + r"))?\s*(?P<cur>(?<![A-Za-z])(?:(?P<dollar>(?-i:{dollars}|us))\s?|(?P<letter>(?-i:{letters})))\$|[" + re.escape(_SYMBOLS) + r"])?\s*$"
)
_RIGHT = re.compile(
    r"(?:(?:\s*|\s*-\s*(?=[a-z]))(?P<scale>thousand|million|billion|trillion|crores?|lakhs?|dozen|bn|mn|tn|mln|bln|trln|k|m|b)\b)?"
    r"(?:\s*(?P<pct>%|percent(?![a-z])|per cent(?![a-z])))?",
    re.IGNORECASE,
)
# NOTE: thousands separators: commas, or a (thin, no-break or plain) space between groups of three
# ("$48 300"); a plain space only when no name follows ("12 737 MAX" is twelve Boeing 737 MAX).
_DIGITS = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f]\d{3})+|\d{1,3}(?: \d{3})+(?!\s*[A-Z\d])|\d+(?:\.\d+)?"
    r"|(?P<decimal>\d{1,3},\d{1,2})(?=\s*(?:thousand|million|billion|trillion|bn|mn|mln|bln)\b))"
    r"(?![\d,.]?\d)"
)
"""A number as written. A comma followed by one or two digits before a scale word is a decimal comma ("1,5 million":
one and a half million, not a million), never a thousands separator, which groups three."""
_CLOCK = re.compile(r"\s*(?:GMT|UTC|Z|[ECMP][SD]T|BST|CET|CEST|EET|IST|JST|AEST|AEDT|hrs|hours|local time)\b")
"""A time zone or "hours" after four digits: a time of day ("0737 GMT", "1300 hours"), not a count."""
_PHONE = re.compile(r"(?<![\w-])(?:\(\d{3}\)\s*|\d{3}[-.\s])\d{3}[-.]\d{4}(?![\w-])")
"""A telephone number: "(555) 123-4567", "555-123-4567", "555.123.4567"."""
_DIALLED = re.compile(r"\b(?:call|dial)(?:s|ed|ing|led|ling)?\s+$", re.I)
"""A verb of telephoning right before a number: the number is dialled ("called 911"), unless a noun follows it
("called 100 people")."""
_SENTENCE_END = re.compile(r"(?<=[a-z\d\"'”’])[.!?][\"'”’)]*(?:\s|(?=[A-Z]))")
"""The end of a sentence: a full stop after a lower-case word, a number or a quote (a quote or bracket closing after
it), then a space or a capital ("2007.The", "one.\" Story"); not an abbreviation's ("U.S. stores")."""
_LIST_MARK = re.compile(r"[.)](?=\s|$)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+)$")
"""A number alone at a sentence's start followed by "." or ")" is a list's item number ("3. Free setup")."""
_LABEL_VALUE = re.compile(r"\w:\s+$")
"""A label's colon right before a number that closes the text: the number is the label's value ("Compression level of
the archive profile: 9.", a table's row read as a sentence), no list's item number ("Steps: 1. Open the box")."""
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_PLURAL_NEXT = re.compile(r"\s+(?:[a-z]+-)?(?:[a-z]+s|people|men|women|children)\b")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_JOINERS = re.compile(r"^(?:\s+|\s+and\s+|\s*-\s*)$", re.I)
_SPACED_HYPHEN = re.compile(r"\s*-\s*")
"""A hyphen with spaces around it, as transcripts write "twenty - five"."""
_MULTIPLIERS = {"twice": 2.0, "thrice": 3.0}
_VAGUE = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_NOT_COUNT_ONE = {"no", "any", "every", "some", "each", "the", "this", "that", "which", "another", "only", "last"}
_A_SCALE = re.compile(r"\b(?:a|an)\s+(?P<w>dozen|hundred|thousand|million|billion|trillion)\b", re.I)
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}
_SCALED_FRACTION = re.compile(
    r"\b(?:(?P<n>\d+|[a-z]+)\s+and\s+)?(?P<k>(?:a|an|one|two|three)\s+)?(?P<f>half|quarters?|thirds?)\b"
    r"(?:(?:\s+of)?(?:\s+an?)?[\s-]+(?P<w>dozen|thousand|million|billion|trillion)\b)?", re.I)
"""A fraction of a scale or a whole number and a fraction: "half a million", "a quarter of a million", "a half-million",
"half a dozen", "one and a half million", "two and a half years" (`_fraction_numbers`)."""
_STOP_UNITS = {"and", "or", "to", "of", "in", "the", "a", "an", "on", "at", "by", "for", "with", "from", "as", "than",
               "is", "was", "were", "are", "be", "been", "had", "has", "have", "that", "which", "who", "it", "its",
               "this", "these", "those", "their", "his", "her", "but", "so", "if", "per", "into", "over", "under",
               "after", "before", "since", "until", "when", "while", "out", "up", "down", "off", "more", "less",
               "will", "would", "can", "could", "may", "might", "not", "no", "each", "all", "such"}
_DATE_WORDS = {m.lower() for m in list(calendar.month_name) + list(calendar.month_abbr) + list(calendar.day_name)
               + list(calendar.day_abbr) if m} | {"sept"}
_DEICTIC_DAYS = frozenset({"today", "tonight", "tomorrow", "yesterday"})
"""Nouns of a day told from the writer's own ("up from 12.60 today"): when a value holds, never what it counts."""
_DATE_ALT = "|".join(sorted(_DATE_WORDS, key=len, reverse=True))
_DATE_BEFORE = re.compile(rf"\b(?:{_DATE_ALT})\.?\s*$", re.I)
# NOTE: "4 March" is a day; "3 may" is a count before a modal verb, so only capitalised months count after.
_DATE_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + "|".join(sorted({w.title() for w in _DATE_WORDS}, key=len, reverse=True)) + r")\b")
OUT_OF = r"(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?"
"""The words between a part and the total it is counted out of ("178 of 369", "three out of five", "12 of a total
of 40"): `_parts_of_totals` here, `holders.value_relation` for the total."""
_TO_LIFE = re.compile(r"\s+to\s+life\b", re.I)
"""A sentence of "N years to life" is at least N years."""
_AGE = re.compile(r"(?:\s*-\s*|\s+)old\b", re.I)
_AGE_UNITS = frozenset({"year", "month", "week", "day"})
"""Units of an age when "old" follows ("a 41-year-old", "six months old"): `find_quantities` makes them "year-old"."""
_NAME_ENTS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "GPE", "PERSON", "NORP"})
_UNIT_POS = frozenset({"NOUN", "PROPN"})
_SKIP_POS = frozenset({"ADJ", "ADV", "NUM", "PUNCT", "SYM"})


@functools.cache
def currency_units() -> frozenset[str]:
    """The units a currency sign gives a value: ``usd``, a dollar's code (`dollar_currencies`: ``twd``), or the
    Unicode name of another sign (``indian rupee``)."""
    names = frozenset(unicodedata.name(c, "currency").lower().replace(" sign", "") for c in _SYMBOLS)
    return frozenset(_CUR.values()) | frozenset(dollar_currencies().values()) | names


@functools.cache
def currency_names() -> dict[str, frozenset[str]]:
    """A currency's name as a counted noun -> the codes it may name, from CLDR's English currency names that `babel`
    ships: ``dollar`` -> usd, aud, cad, ...; ``euro`` -> eur; ``yen`` -> jpy ("5 million dollars" is what "$5 million"
    is). Only the name's last word, alphabetic, and never a unit of measure ("pound" is both: kept, a weight in pounds
    and a price in pounds seldom answer one question)."""
    from babel.core import Locale
    from babel.numbers import get_currency_name

    out: dict[str, set[str]] = {}
    for code in Locale.parse("en").currencies:
        head = get_currency_name(code, count=1, locale="en").lower().split()[-1]
        if head.isalpha() and head not in ("unit", "units"):
            out.setdefault(head, set()).add(code.lower())
    return {k: frozenset(v) for k, v in out.items()}


def one_currency(x: str, y: str) -> bool:
    """The two units (`Quantity.unit`) may be one currency: a code a sign gave ("usd") and a currency's name
    ("dollar", `currency_names`), or two names of one currency."""
    names = currency_names()

    def codes(u: str) -> frozenset[str]:
        return names.get(u, frozenset({u}) if u in currency_units() else frozenset())

    return x != y and bool(codes(x) & codes(y))


@functools.cache
def dollar_currencies() -> dict[str, str]:
    """Letters before a dollar sign that name a currency ("NT" in "NT$0.65" -> ``twd``, "US" -> ``usd``), from the
    currency symbols of CLDR's English locales that `babel` ships."""
    from babel.core import Locale
    from babel.numbers import get_currency_symbol

    out = {}
    for loc in ("en", "en_GB", "en_AU", "en_CA", "en_HK", "en_NZ", "en_SG"):
        locale = Locale.parse(loc)
        for code in locale.currencies:
            symbol = get_currency_symbol(code, locale)
            if symbol.endswith("$") and symbol[:-1].isalpha():
                out[symbol[:-1]] = code.lower()
    return out


@functools.cache
def _left() -> "re.Pattern[str]":
    """The comparator and currency right before a number (`_LEFT_PATTERN`, with `dollar_currencies`)."""
    # NOTE: one letter only written onto the sign ("A$5"): "A $110-billion bailout" is an article
    names = sorted(dollar_currencies(), key=len, reverse=True)
    dollars = "|".join(n for n in names if len(n) > 1) or "US"
    letters = "|".join(n for n in names if len(n) == 1) or "(?!)"
    return re.compile(_LEFT_PATTERN.replace("{dollars}", dollars).replace("{letters}", letters), re.IGNORECASE)


@functools.cache
def measure_words() -> frozenset[str]:
    """Names of units of measure and of currencies ("foot", "minutes", "kilometres", "dollars", "euros"), from the
    Unicode CLDR data that `babel` ships (English, US and British spellings): a unit says how a value is measured,
    not what is measured."""
    from babel.core import Locale
    from babel.numbers import get_currency_name

    out = {"percent", "per", "cent", "percentage", "time", "times"}
    for _key, width, pattern in _cldr_unit_patterns():
        # NOTE: short forms of one letter or a function word ("m", "in") would hide nouns
        out.update(w for w in pattern.replace("{0}", " ").split()
                   if w.isalpha() and (width == "long" or len(w) > 1 and w not in _STOP_UNITS))
    for loc in ("en", "en_GB"):
        locale = Locale.parse(loc)
        for code in locale.currencies:
            for count in (1, 2):
                out.add(get_currency_name(code, count, locale).lower().split()[-1])
    return frozenset(out)


@functools.cache
def _cldr_unit_patterns() -> tuple[tuple[str, str, str], ...]:
    """Every CLDR unit pattern `babel` ships for English, US and British spellings, as (key, width, pattern lower-cased):
    ("length-kilometer", "short", "{0} km"). The one reader of them: the unit word lists below filter it."""
    from babel.core import Locale

    out = []
    for loc in ("en", "en_GB"):
        patterns = Locale.parse(loc)._data["unit_patterns"]
        for key in patterns:
            for width in ("long", "short"):
                for pattern in dict(patterns[key].get(width, {})).values():
                    if isinstance(pattern, str):
                        out.append((key, width, pattern.lower()))
    return tuple(out)


_LENGTHS = tuple(f"length-{u}" for u in ("kilometer", "meter", "centimeter", "mile", "yard", "foot", "inch", "nautical-mile",
                                         "furlong", "fathom"))
"""CLDR keys of the units of length a report locates things by (not typographic points or astronomical units)."""


_CONVERTIBLE = tuple(f"length-{u}" for u in ("kilometer", "meter", "centimeter", "millimeter", "mile", "yard", "foot", "inch",
                                              "nautical-mile")) + tuple(
    f"mass-{u}" for u in ("tonne", "ton", "kilogram", "gram", "milligram", "pound", "ounce")) + tuple(
    f"duration-{u}" for u in ("century", "decade", "year", "month", "week", "day", "hour", "minute", "second")) + tuple(
    f"speed-{u}" for u in ("mile-per-hour", "kilometer-per-hour", "knot"))
"""CLDR keys of the everyday units of length, mass, duration and speed that `unit_keys` names (a compound measure "7 lbs
11 oz", a length of time "two years", a wind of "120 mph"); lengths, masses and speeds are also compared across units
(`conversion`: "21,196 km" against "13,171 miles"). Not typographic points, astronomical or regional units, nor a
quarter or a night."""


@functools.cache
def unit_keys() -> dict[str, str]:
    """Unit words ("kilometres", "km", "lbs", "yrs") by their CLDR key ("length-kilometer"), for the convertible
    units (`_CONVERTIBLE`), from the CLDR data `babel` ships (English, US and British spellings, long and short
    forms of two letters or more); a word of two keys is left out."""
    seen: dict[str, set[str]] = {}
    for key, width, pattern in _cldr_unit_patterns():
        words = pattern.replace("{0}", " ").replace(".", "").split()
        if key not in _CONVERTIBLE or "{0}" not in pattern or len(words) != 1 or not words[0].isalpha() \
                or len(words[0]) < 2 and key.split("-")[0] not in _ONE_LETTER_DIMENSIONS or words[0] in _STOP_UNITS:
            # NOTE: "nautical miles", "metric tons": the normaliser keeps the noun ("mile"); one letter names a unit
            # only of a length or a mass after a number ("330 m", "5 g"), never "c" for centuries
            continue
        # NOTE: short forms are also written with a plural s ("12 lbs", "5 kgs")
        for w in {words[0]} | ({words[0] + "s"} if width == "short" and not words[0].endswith("s") else set()):
            seen.setdefault(w, set()).add(key)
    return {w: next(iter(keys)) for w, keys in seen.items() if len(keys) == 1}


_ONE_LETTER_DIMENSIONS = frozenset({"length", "mass", "speed"})
"""Dimensions one letter after a number names a unit of ("330 m", "5 g"); "5 s" or "3 h" is too often something else."""

_CONVERTED_DIMENSIONS = _ONE_LETTER_DIMENSIONS | {"duration"}
"""Dimensions whose values are compared across units: lengths, masses, speeds and lengths of time ("the closure will
last six weeks" / "is expected to last three months"; "90 minutes" / "an hour and a half"). A month and a year are
pint's mean ones (30.4 and 365.25 days): a figure's own rounding admits the rest ("a month" / "four weeks"). Lengths
of time that answer different questions ("two seconds remaining" / "an unbeaten run of eight years") are kept apart
by the question alignment every comparison passes, not by their units (an earlier round, before alignment, kept
durations unconverted for two such ECB+ findings)."""

_PINT_NAMES = {"mass-ton": "short_ton", "mass-tonne": "metric_ton", "duration-decade": "10 * year"}
"""CLDR keys whose unit pint names otherwise (a US ton is pint's short ton)."""


@functools.cache
def _registry():
    import pint  # NOTE: lazy: only values in two units of one dimension need it (about 0.6 s to load)

    return pint.UnitRegistry(cache_folder=None)


def load_units() -> None:
    """Read CLDR's units and pint's registry now, not on first use (a caller about to fork workers that read and
    convert units reads them once for all)."""
    unit_keys()
    unit_dimensions()
    measure_words()
    _registry()


@functools.cache
def conversion(unit_from: str, unit_to: str) -> float | None:
    """The factor taking a value in ``unit_from`` to ``unit_to`` when both are convertible units of one dimension of
    `_CONVERTED_DIMENSIONS` ("mile" -> "km": 1.609...), by `pint`; None otherwise (a count, a currency, another
    dimension, an area). Lengths, masses, speeds and durations have no offset, so a factor says it all."""
    return _pint_factor(unit_from, unit_to, _CONVERTED_DIMENSIONS)


def _pint_factor(unit_from: str, unit_to: str, dimensions: "frozenset[str] | None") -> float | None:
    """The factor taking ``unit_from`` to ``unit_to``, two units of one dimension (of ``dimensions`` when given), by
    pint; None otherwise or when pint does not read them (a unit pint reads otherwise costs one comparison, never the
    run)."""
    keys = unit_keys()
    kf, kt = keys.get(unit_from), keys.get(unit_to)
    if kf is None or kt is None or kf.split("-", 1)[0] != kt.split("-", 1)[0]:
        return None
    if dimensions is not None and kf.split("-", 1)[0] not in dimensions:
        return None
    if kf == kt:
        return 1.0
    f, t = (_PINT_NAMES.get(k, k.split("-", 1)[1].replace("-", "_")) for k in (kf, kt))
    try:
        ureg = _registry()
        return float((ureg.parse_expression(f) / ureg.parse_expression(t)).to("dimensionless").magnitude)
    except Exception as exc:  # NOTE: or no pint at all
        logger.debug("no conversion from %s to %s: %s", unit_from, unit_to, exc)
        return None


_PINT_TEMPERATURES = {"degree celsius": "degC", "degree fahrenheit": "degF"}
"""Temperature units (as `find_quantities` writes them) by pint's name: scales with an offset."""


@functools.cache
def affine(unit_from: str, unit_to: str) -> tuple[float, float] | None:
    """(scale, offset) taking a value in ``unit_from`` to ``unit_to`` (``value * scale + offset``): a factor of
    `conversion` with no offset, or two temperature scales ("59F" is 15 degrees Celsius: 5/9 and -160/9), by `pint`;
    None when the two units are not one dimension's. Every scale is positive: a bound stays a bound of its side."""
    factor = conversion(unit_from, unit_to)
    if factor is not None:
        return factor, 0.0
    f, t = _PINT_TEMPERATURES.get(unit_from), _PINT_TEMPERATURES.get(unit_to)
    if f is None or t is None:
        return None
    if f == t:
        return 1.0, 0.0
    try:
        q = _registry().Quantity
        zero, one = q(0.0, f).to(t).magnitude, q(1.0, f).to(t).magnitude
    except Exception as exc:  # NOTE: as in `conversion`: one comparison lost, never the run
        logger.debug("no conversion from %s to %s: %s", unit_from, unit_to, exc)
        return None
    return float(one - zero), float(zero)


@functools.cache
def length_words() -> frozenset[str]:
    """Names of units of length ("mile", "kilometres", "km", "feet"), from the CLDR data `babel` ships (English,
    US and British spellings, long and short forms of two letters or more): a distance measures how far."""
    return frozenset(w for key, _width, pattern in _cldr_unit_patterns() if key in _LENGTHS
                     for w in pattern.replace("{0}", " ").split() if w.isalpha() and len(w) > 1 and w not in _STOP_UNITS)


@functools.cache
def measure_dimensions() -> dict[str, str]:
    """Units as `Quantity.unit` writes them ("mile per hour", "km per h", "square kilometre", "degree celsius", "litre")
    by the CLDR dimension they measure ("speed", "area", "temperature", "volume"), from the CLDR data `babel` ships
    (English, US and British spellings, long and short forms), for every dimension but proportions and counts
    (``concentr``: percents, items; ``graphics``: pixels, dots); a unit of two dimensions ("degree": an angle or a
    temperature) is left out. Two values of one dimension answer one kind of question ("120 mph" / "195 km/h")."""
    seen: dict[str, set[str]] = {}
    for key, _width, pattern in _cldr_unit_patterns():
        dimension = key.split("-", 1)[0]
        if "{0}" not in pattern or dimension in ("concentr", "graphics"):
            continue
        words = pattern.replace("{0}", " ").replace("/", " per ").replace(".", "").split()
        if not words or not all(w.isalpha() for w in words) or len(words) == 1 and (len(words[0]) < 2 or words[0] in _STOP_UNITS):
            continue
        for unit in {" ".join(words), " ".join(_singular(w) for w in words)}:  # NOTE: "degree celsius", not "celsiu"
            seen.setdefault(unit, set()).add(dimension)
    return {u: next(iter(d)) for u, d in sorted(seen.items()) if len(d) == 1}


@functools.cache
def unit_dimensions() -> dict[str, str]:
    """Unit names of duration, length and mass by their dimension ("minute" -> ``duration``, "inch" -> ``length``),
    from the CLDR data `babel` ships (long forms, English and British spellings): two units of one dimension
    written one after the other are one compound measure ("4 minutes, 48 seconds", "6 feet 2 inches")."""
    out: dict[str, str] = {}
    for key, width, pattern in _cldr_unit_patterns():
        dimension = key.split("-", 1)[0]
        if width != "long" or dimension not in ("duration", "length", "mass") or key.endswith("-person"):
            continue
        if "{0}" in pattern and " per " not in pattern:
            for w in pattern.replace("{0}", " ").split():
                if w.isalpha() and w not in _STOP_UNITS:
                    out.setdefault(w, dimension)
    return out


_PEOPLE = frozenset({"people", "person", "persons", "individual", "individuals"})


AGED = re.compile(r"\b(?:aged|age of|at age|(?:die[sd]?|dying)\s+at)\s+$", re.I)
"""Words before a bare number that make it an age in years ("died aged 38", "at the age of 37", "at age 12", "dies at
57": one dies at an age, as at a time of day, which a clock's "p.m." or minutes mark and `times_of_day` reads)."""
_APPOSED = (re.compile(r"(?:,|\()\s*$"), re.compile(r"\s*(?:,|\)|;|\.?\s*$)"))
"""Around a bare number set off after a name ("Daniel Moss, 45, was charged", "Moss (45)")."""


def _apposed_age(tokens: Sequence[Token], text: str, start: int, end: int, value: float) -> bool:
    """The whole number at ``text[start:end]`` is set off in apposition to a name, which the parser tagged a person or
    read the number as an age (OntoNotes tags ages DATE): a news age, as "aged 45" is ("Daniel Moss, 45, was charged",
    "Ellis, 61, and Park, 58, met"; not "in May, 45 people" nor "the plane, a Boeing 737,")."""
    at = _token_at(tokens, start)
    if at is None or not value.is_integer() or not 0 < value < 125:
        return False
    if _APPOSED[0].search(text, 0, start) is None or not _APPOSED[1].match(text, end):
        return False
    num = tokens[at]
    head = tokens[num.head]
    return num.dep == "appos" and head.pos == "PROPN" and num.head < at and (head.ent == "PERSON" or num.ent == "DATE")


_FRONTED_AGE = (re.compile(r"^\W*at\s+(?:(?:an?\s+)?(?:estimated|reported|approximate|about|around|nearly|almost|just|only)\s+)?$",
                           re.I),
                re.compile(r"\s*,\s*(?:(?:he|she)\b|(?-i:[A-Z][a-z]+\s+(?:is|was|has|had|became|remains|becomes)\b))", re.I))
"""A whole number fronted by "At" and set off by a comma before a person ("At 57, she became the oldest ...", "At an
estimated 129, he is among the oldest tortoises", "At 90, Castell was still writing"): the age at which what follows
holds, as "aged 57" is."""


def _fronted_age(text: str, start: int, end: int) -> "re.Match[str] | None":
    """The match of `_FRONTED_AGE` around the number at ``text[start:end]`` opening its sentence; None when it is no
    fronted age ("At 3, the shop opens": a clock's hour, no person after it)."""
    return _FRONTED_AGE[1].match(text, end) if _FRONTED_AGE[0].search(text[:start]) else None


_PERSONAL = frozenset({"he", "she"})
"""Pronouns of one person: "She was 84" gives her age."""


def _copula_age(tokens: Sequence[Token], text: str, start: int, end: int, value: float) -> bool:
    """The whole number at ``text[start:end]`` is all a copula says of a person, at the end of its clause ("She was
    84.", "Castell was 91, her publisher said"): an obituary's age, as "aged 84" is. Not a count of people ("They were
    12"), nor a number of something ("He was 12th", "It was 84").
    """
    at = _token_at(tokens, start)
    if at is None or not value.is_integer() or not 0 < value < 125 or not _APPOSED[1].match(text, end):
        return False
    num = tokens[at]
    head = tokens[num.head]
    if num.dep not in ("attr", "acomp") or head.lemma != "be":
        return False
    subject = next((t for t in tokens if t.head == num.head and t.dep == "nsubj"), None)
    # NOTE: "The minimum age for the ceremony is 7": what is said of an age is an age
    return subject is not None and (subject.text.lower() in _PERSONAL or subject.ent == "PERSON" or subject.lemma.lower() == "age")


_TEMPERATURE = re.compile(r"(?:\s*°\s*|\s+degrees?\s+|\s+deg\.?\s+|(?=(?-i:[CF])\b))(?P<scale>Celsius|Fahrenheit|centigrade|C|F)\b", re.I)
"""A temperature's scale after its number: "15°C", "59F" written onto it, "15 degrees Celsius", "20 deg F". A bare
"degrees" names no scale and stays "degree"; a scale named makes the two scales two units, never one ("59 degrees
Fahrenheit" is no 59 of "15 degrees Celsius")."""
_TEMPERATURE_UNITS = {"C": "degree celsius", "F": "degree fahrenheit"}
_BELOW_ZERO = re.compile(r"(?:(?<![\w.,])[-−–]|\bminus\s+)$", re.I)
"""A sign written before a temperature's number ("-5C", "minus 5 degrees")."""

_COUNTED_NEXT = re.compile(r"\s+(?:people|persons|[a-z]+[^s\W]s)\b")
"""A plural noun after a number with a one-letter scale glued on: what it counts ("3.5m people", "12k residents")."""


_OUT_OF = re.compile(r"(?:\s*/\s*|\s+out\s+of\s+)(?P<d>5|10|20|100)(?![\d/]|[.,]\d|\s+[a-z]+s\b)")
"""The top of a mark's scale after it: "6.1/10", "27 out of 100" (not "3 out of 10 goals": a part of some things)."""
_MARK_WORD = re.compile(r"\b(?:rat(?:e|es|ed|ing|ings)|scor(?:e|es|ed|ing)|grade[ds]?|mark(?:s|ed)?)\b[^.;:!?/]{0,40}$", re.I)


def _rating(text: str, start: int, end: int, value: float) -> tuple[str, int] | None:
    """A mark written over the top of its scale ("an average rating of 6.1/10", "scored over 57/100", "4.5/5", "an
    average score of 27 out of 100"): (the scale's top, where the mark ends); None when the slash is something else. A decimal mark cannot be a date; a whole
    one must follow a word of rating or scoring, since "3/10" may be the 10th of March and "24/7" a phrase."""
    m = _OUT_OF.match(text, end)
    if m is None or value > int(m["d"]):
        return None
    if "." not in text[start:end] and _MARK_WORD.search(text, 0, start) is None:
        return None
    return m["d"], m.end()


_GLUED = re.compile(r"[A-Za-z]+")


def _glued_unit(word: str) -> bool:
    """Letters written onto a number without a space are a unit or a scale ("10km", "5mph", "20mg", "3.5m", "12k",
    "$5bn", "34F"), from the CLDR unit and currency names (`unit_keys`, `measure_words`) and the scale words; any other
    letters make the number part of a name ("76ers", "4DX", "3D") or a decade ("70s")."""
    w = word.lower()
    return w in _SCALE or w in unit_keys() or w in measure_words() or word in _TEMPERATURE_UNITS


_NOT_NAMES = frozenset({"ADJ", "ADV", "AUX", "CCONJ", "DET", "PRON", "SCONJ", "VERB"})
"""Parts of speech no name is: a capitalised word of one of them before a number opens a sentence or a headline
("Though 157,000 people", "Powerful 6.1 magnitude earthquake"). Not a preposition: the common ones are function words
already (`_STOP_UNITS`: "In 30 countries"); reading the others too ("Through 14 games in the 2008 season") gave the
ECB+ dev judge a count of games of another question to compare (one more finding, a cross-event one)."""


_CAPITAL_NEXT = re.compile(r"[\s/-]*[A-Z]")
"""A capitalised word after the number: a label ("Turn 2 Sales Agent:", a transcript's turn) or a name ("the Big
12/Pac 10") as a version is."""


def _common_word(tokens: Sequence[Token], start: int) -> bool:
    """The parsed word at ``start`` is of a part of speech no name is (`_NOT_NAMES`): a capitalised word before a
    number that names no version ("GPT-5", "Claude 4", "Friday 13")."""
    at = _token_at(tokens, start)
    return at is not None and tokens[at].pos in _NOT_NAMES


def _token_at(tokens: Sequence[Token], start: int, pos: str = "") -> int | None:
    """The index of the token that starts at character ``start`` (of part of speech ``pos`` when given), else None."""
    return next((i for i, t in enumerate(tokens) if t.start == start and (not pos or t.pos == pos)), None)


_UNIT_AFTER = re.compile(r"(?P<gap>[\s-]?)(?P<w>[A-Za-z]+)\b\.?")
"""The word written right after a number, glued on ("2000km"), after a space or after a hyphen ("a 1500-metre climb")."""


def _measured_after(text: str, end: int) -> bool:
    """A unit of measure (`unit_keys`: a length, mass, speed or duration) is written right after the number ending at
    ``end``: "fell 2000 feet", "a 2000km trip", "1900 metres". One letter ("m", "g", "t") only glued on ("1900m"); a
    unit of time only in the plural ("2000 years", not "2019 year-on-year")."""
    m = _UNIT_AFTER.match(text, end)
    if m is None:
        return False
    w = m["w"].lower()
    key = unit_keys().get(w, "")
    if key.startswith("duration-") and not w.endswith("s"):
        return False  # NOTE: "2019 year-on-year", "the 2015 year-end": a count of years this large is plural
    return bool(key) and (len(w) > 1 or not m["gap"])


def counted_not_dated(text: str, start: int, tokens: Sequence[Token]) -> bool:
    """The number at ``start``, though in a year's range, counts the noun it modifies as the parser reads it (a
    cardinal: "About 2000 people attended", "cut 1900 jobs"), where "the 2020 elections" is a date; or it measures in
    the unit written after it ("fell 2000 feet", "a 2000km trip", "1900 metres"), with or without a parse."""
    digits = re.match(r"\d+", text[start:])
    if digits is not None and _measured_after(text, start + digits.end()):
        return True
    if digits is not None and _SENTENCE_END.match(text, start + digits.end()):
        return False  # NOTE: "Retrieved January 30, 2007.The album": a year ends its sentence, counting nothing after it
    at = _token_at(tokens, start)
    if at is None:
        return False
    t = tokens[at]
    if any(u.head == t.head and u.dep == "det" and u.lemma in ("a", "an") for u in tokens):
        return False  # NOTE: "a 2015 American comedy film": "a" leaves no count of 2015 films, the year names which
    return t.ent == "CARDINAL" and t.dep == "nummod" and t.head != at and tokens[t.head].pos == "NOUN"


def whole(q: Quantity) -> bool:
    """True when the value (and a range's upper end) is a whole number, as a count of things must be."""
    return float(q.value).is_integer() and (q.high is None or float(q.high).is_integer())


def _measured_noun(tokens: Sequence[Token], text: str, s: int, e: int, unit_end: int) -> tuple[str, int] | None:
    """For a fraction before a count noun, the noun it measures and where the expression then ends: one between
    ("5.6 magnitude earthquake" -> ``magnitude``, ending after it) or one written onto the number by a hyphen
    ("magnitude-5.2 quake" -> ``magnitude``, end 0: unchanged); None when neither."""
    between = [t for t in tokens if e <= t.start and t.start + len(t.text) < unit_end and t.pos in _UNIT_POS]
    if between:
        return between[0].lemma.lower(), between[0].start + len(between[0].text)
    onto = re.search(r"([A-Za-z]+)-$", text[:s])
    return (onto[1].lower(), 0) if onto else None


_SCALE_LABEL = re.compile(r"\b([A-Za-z]+)(?:\s+of)?[\s-]+$")


def _scale_label(before: str) -> str | None:
    """The scale a number is rated on when a measure label (`Knowledge.measure_labels`) is written right before it
    ("a magnitude 6.4 earthquake", "Category 4", "a magnitude of 6.2", "level-3 alert"); None otherwise."""
    from checker.knowledge import load_knowledge  # NOTE: lazy: the knowledge reads this module's unit words

    m = _SCALE_LABEL.search(before)
    word = m[1].lower() if m else ""
    return word if word in load_knowledge().measure_labels else None


def _label_before(tokens: Sequence[Token], start: int) -> str | None:
    """A common noun right before the number that modifies the word the number modifies ("a magnitude 6.1
    earthquake"): what the number measures, not a count of that word."""
    at = _token_at(tokens, start)
    if not at:
        return None
    num, before = tokens[at], tokens[at - 1]
    if before.pos != "NOUN" or not before.text.islower() or num.head == at or before.head != num.head:
        return None
    return before.lemma.lower() if tokens[num.head].start > num.start else None


def count_noun(q: Quantity) -> str:
    """What a quantity counts when its unit is a noun of things ("22,352 cases" -> ``case``, "5,000 tickets"),
    else ``""``: a unit of measure, currency or percent says how, not what ("a 40-foot statue" and "the tower
    rises 300 feet" share a unit, not a question), and "people" says only who."""
    u = q.unit
    if not u or u in _PEOPLE or u in currency_units() or " " in u or not u.replace("-", "").isalpha():
        return ""
    if not whole(q):
        return ""  # NOTE: a fraction counts nothing: "a 5.2 quake" is one quake of some measure, not 5.2 quakes
    return "" if u in measure_words() or _singular(u) in measure_words() else u


@functools.lru_cache(maxsize=4096)
def number_value(words: str) -> float | None:
    """Value of a spelled number ("seventy-five", "fourteen thousand", "three hundred and two"); None if not one."""
    w = words.lower()
    if w in _MULTIPLIERS:
        return _MULTIPLIERS[w]
    try:
        return float(text2num(w, "en"))
    except ValueError:
        return None


def _word_numbers(text: str) -> Iterator[tuple[int, int, float, str]]:
    """Spelled numbers as (start, end, value, kind): kind ``word``, ``times`` or ``vague``."""
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        w = words[i][0].lower()
        if i > 0 and w == "one" and words[i - 1][0].lower() in _NOT_COUNT_ONE:
            i += 1
            continue
        if (w in _VAGUE or w == "tens") and i + 2 < len(words) and words[i + 1][0].lower() == "of" \
                and words[i + 2][0].lower() in _VAGUE and _VAGUE[words[i + 2][0].lower()] >= 1e3:
            # NOTE: "tens of thousands", "hundreds of millions": one vague number, at least their product
            yield words[i].start(), words[i + 2].end(), _VAGUE.get(w, 10.0) * _VAGUE[words[i + 2][0].lower()], "vague"
            i += 3
            continue
        if w in _VAGUE and not (i > 0 and number_value(words[i - 1][0]) is not None):
            yield words[i].start(), words[i].end(), _VAGUE[w], "vague"
            i += 1
            continue
        if w in _MULTIPLIERS:
            yield words[i].start(), words[i].end(), _MULTIPLIERS[w], "times"
            i += 1
            continue
        if number_value(w) is None or w in _VAGUE:
            # NOTE: "fifty-year-old": the number is the first part of a hyphenated compound.
            parts = w.split("-")
            k = next((k for k in range(len(parts) - 1, 0, -1) if number_value("-".join(parts[:k])) is not None), 0)
            if k:
                yield words[i].start(), words[i].start() + len("-".join(parts[:k])), number_value("-".join(parts[:k])), "word"  # type: ignore[misc]
            i += 1
            continue
        best = (i, number_value(w))
        j = i + 1
        while j < len(words) and _JOINERS.match(text[words[j - 1].end() : words[j].start()] or "-"):
            if words[j][0].lower() == "and":
                j += 1
                continue
            v = number_value(_SPACED_HYPHEN.sub("-", text[words[i].start() : words[j].end()]))
            if v is None:
                break
            best = (j, v)
            j += 1
        end, value = best
        yield words[i].start(), words[end].end(), value, "word"  # type: ignore[misc]
        i = end + 1


def _fraction_numbers(text: str) -> Iterator[tuple[int, int, float]]:
    """Fractions of a scale, and whole numbers with a fraction (`_SCALED_FRACTION`), as (start, end, value): "half a
    million" is 500,000, "three quarters of a million" 750,000, "one and a half million" 1.5 million, "two and a half
    years" 2.5. A fraction alone ("half the town", "a quarter of voters") is no number here (shares are read elsewhere)."""
    for m in _SCALED_FRACTION.finditer(text):
        whole = (float(m["n"]) if m["n"].isdigit() else number_value(m["n"])) if m["n"] else None
        if whole is None and not m["w"]:
            continue  # NOTE: "half the town", "a quarter of voters": a share, not an amount
        times = number_value(m["k"].strip()) or 1.0 if m["k"] else 1.0
        scale = _SCALE.get((m["w"] or "").lower(), 1.0)
        # NOTE: a word before "and" that is no number is no part of it ("cats and a half-dozen dogs")
        start = m.start() if whole is not None else m.start("k") if m["k"] else m.start("f")
        yield start, m.end(), ((whole or 0.0) + times * _FRACTIONS[m["f"].lower()]) * scale


def _cores(text: str) -> list[tuple[int, int, float, str]]:
    """Every number in the text as (start, end, value, kind), leftmost first, without overlaps."""
    out = [(s, e, v, "word") for s, e, v in _fraction_numbers(text)]
    fractions = [(s, e) for s, e, _, _ in out]
    for m in _DIGITS.finditer(text):
        if any(m.start() < fe and fs < m.end() for fs, fe in fractions):
            continue
        raw = m.group(0).replace(",", ".") if m["decimal"] else re.sub(r"[,\s\u00a0\u202f]", "", m.group(0))
        out.append((m.start(), m.end(), float(raw), "digits" if re.fullmatch(r"\d+", m.group(0)) else "grouped"))
    for m in _A_SCALE.finditer(text):
        out.append((m.start(), m.end(), _SCALE.get(m["w"].lower(), 100.0), "word"))
    taken = [(s, e) for s, e, _, _ in out]
    for s, e, v, kind in _word_numbers(text):
        if not any(s < te and ts < e for ts, te in taken):
            out.append((s, e, v, kind))
    out.sort()
    return out


def _hyphened_head(tokens: Sequence[Token], text: str, t: Token, pos: int) -> Token | None:
    """The noun the number ending at ``pos`` counts when ``t`` is a noun written onto another word by a hyphen
    ("first-degree", "fourth-quarter", "near-Earth", "state-of-the-art", "full-time") between the number and that
    noun: the number's head ("two first-degree murder charges" counts charges); None otherwise. A noun written onto
    the number itself is its unit ("a 40-foot statue")."""
    end = t.start + len(t.text)
    if not (t.start - 1 > pos and text[t.start - 1] == "-" or text[end:end + 1] == "-"):
        return None
    num = next((u for u in tokens if u.start < pos <= u.start + len(u.text)), None)
    if num is None or num.dep != "nummod":
        return None
    head = tokens[num.head]
    return head if head.pos in _UNIT_POS else None


def _unit_from_tokens(tokens: Sequence[Token], text: str, pos: int) -> tuple[str, int] | None:
    """The counted noun after character ``pos``: (lemma, end), skipping up to two modifiers."""
    after = [t for t in tokens if t.start >= pos]
    skipped = 0
    hyphen = False
    if after and after[0].start == pos and after[0].text[:1].isalpha():
        # NOTE: a unit written onto the number ("a 7.62mm rifle", "9mm pistol", "10km") measures; it counts no rifle
        t = after[0]
        w = t.text.lower()
        return (None if w in _STOP_UNITS or w in _DATE_WORDS else (w, t.start + len(t.text)))
    aside = 0
    measured = 0
    for k, t in enumerate(after):
        if _SENTENCE_END.search(text, pos, t.start):
            return None  # NOTE: "an odd one.\" Story continues": a noun of the next sentence counts nothing of this one
        # NOTE: a bracketed aside after a number is another value or a gloss ("11,565 (91.5%) White", "154 (84%)
        # deaths"): it is skipped whole, so its percent is read on its own and the noun after it is counted
        if measured:
            measured -= 1
            continue
        if t.pos == "NUM" and t.start > pos and k + 2 < len(after) and after[k + 1].text == "-" \
                and after[k + 2].start == after[k + 1].start + 1 == t.start + len(t.text) + 1:
            measured = 2  # NOTE: "three 10-year sentences": a measure written as a modifier between a count and its noun
            continue
        if t.text in ("(", "["):
            aside += 1
            continue
        if aside:
            aside -= t.text in (")", "]")
            continue
        if t.pos == "NUM" and t.start > pos and t.text[:1].isdigit() and re.search(r"[,;:]", text[pos : t.start]):
            # NOTE: "reached 791, 25% of which": the noun after another number past a comma is that number's; a model
            # number between a count and its noun is not ("12 737 MAX jets")
            return None
        while not hyphen and t.dep == "compound" and t.pos in _UNIT_POS and tokens[t.head].start > t.start and tokens[t.head].pos in _UNIT_POS \
                and t.text.lower() not in measure_words() and t.lemma.lower() not in measure_words():
            # NOTE: "400 coronavirus cases": the head of a compound is what is counted; a unit is not climbed over
            # ("115 mph winds", "a 10 km race" measure in mph and km, as "a 40-foot statue" in feet)
            t = tokens[t.head]
        if t.pos in _UNIT_POS and (head := _hyphened_head(tokens, text, t, pos)) is not None:
            t = head  # NOTE: "two first-degree murder charges", "11,000 near-Earth asteroids": a hyphened modifier's noun
        if t.text == "-" or ((t.pos in _SKIP_POS or t.dep == "amod") and t.lemma != "time" and skipped < 2):
            hyphen = hyphen or (t.text == "-" and t.start == pos)  # NOTE: "40-foot statue" measures in feet
            skipped += t.text != "-"
            continue
        spelt = t.text.lower().rstrip(".")
        if spelt in unit_keys() and spelt not in _STOP_UNITS:
            # NOTE: a unit the tagger calls something else ("1,083 ft tall": ft/X) or writes with the sentence's
            # full stop ("or 330 m.")
            word = t.lemma if t.pos in _UNIT_POS else t.text
            return word.lower().rstrip("."), t.start + len(t.text.rstrip("."))
        if t.pos in _UNIT_POS and t.lemma.lower() not in _STOP_UNITS and t.text.lower() not in _DATE_WORDS | _DEICTIC_DAYS:
            if t.pos == "PROPN":
                if (model := _after_model(after, after.index(t))) is not None:
                    return model.lemma.lower(), model.start + len(model.text)  # NOTE: "eight Agrimax 7250 tractors"
                # NOTE: "650 Stores": a capitalised count noun; the parser does not lemmatise proper nouns.
                return _singular(t.text.lower()), t.start + len(t.text)
            return t.lemma.lower(), t.start + len(t.text)
        return None
    return None


_MODEL_WORDS = 3
"""At most this many words of a model's name and code between a count and its noun ("12 Boeing 737 MAX jets")."""


def _after_model(after: Sequence[Token], k: int) -> Token | None:
    """The plural common noun a count counts when a model's name with a code stands between them ("eight Agrimax 7250
    tractors", "12 Boeing 737 MAX jets", "six Skyward X4 drones"): the name and its code name which tractors, the noun
    is what is counted; None when no code (a digit) follows the name or no plural noun closes it ("650 Stores")."""
    coded = False
    for t in after[k + 1: k + 1 + _MODEL_WORDS]:
        if t.pos == "NOUN" and t.text.lower() != t.lemma.lower():
            return t if coded else None
        if t.pos not in ("PROPN", "NUM", "X") and not any(ch.isdigit() for ch in t.text):
            return None
        coded = coded or any(ch.isdigit() for ch in t.text)
    return None


_POWERS = ("square", "sq", "cubic")
"""Words before a unit of length that make it an area or a volume ("500 square kilometres")."""
_POWER = re.compile(rf"\b({'|'.join(_POWERS)})\.?\s+$", re.I)
_RATE = re.compile(r"\s*(?:/|per\s+)(?P<per>[a-z]+)\b", re.I)


def _dimensioned(text: str, pos: int, unit: str, end: int) -> tuple[str, int]:
    """The unit with what makes it another dimension: "500 square kilometres" measures an area
    (``square kilometre``), "193 km/h" and "40 miles per hour" a speed (``km per h``), not a length."""
    at = text.lower().rfind(unit[:3], pos, end)
    power = _POWER.search(text, pos, at) if at > pos else None
    if power is not None:
        unit = f"{power[1].lower().rstrip('.')} {unit}"
    rate = _RATE.match(text, end)
    if rate is not None and _singular(unit) not in currency_names():
        # NOTE: money named ("20 euros per annum") is a rate per a year (`rate_per`), as "€20 per annum" is
        unit, end = f"{unit} per {rate['per'].lower()}", rate.end()
    return unit, end


_PER_AFTER = re.compile(r"(?:\s*/\s*|\s+(?P<word>per|a|an|each|every)\s+)(?P<noun>(?-i:[a-z]+))\b", re.I)
"""A rate's denominator after a value: "$670/month", "$1.04 per diluted share", "$9.99 a month", "24 hours a day"."""
_PER_BEFORE = re.compile(r"\bper[\s-]+(?P<noun>(?-i:[a-z]+))\b[^\d,;:()]{0,60}$", re.I)
"""A rate's denominator before its value in one clause, no other number between: "earnings per share of $6.90"."""
_NUMBER_BEFORE = re.compile(r"\d%?(?:\s+[A-Za-z]+)?\s*$")
"""A number (with a word of unit) right before "per": the rate is that number's ("$1.07 per share", "5 cases per day")."""
_NOT_RATE_AFTER = re.compile(r"-|\s+(?:ago|earlier|later|before|after|old|ahead|back|prior|since|previously"
                             r"|from\s+(?:now|today|then|here|there)|from\s+(?:the\s+)?(?:date|time|day|start))\b", re.I)
"""After "a year": a time ("a year ago", "a year earlier", "a year from now") or a modifier ("a one-year deal"), no
rate; "13.10 an hour from April 1" is a rate from a date on."""
_RUN_WORD = re.compile(r"\s*(?-i:([a-z]+))\b")


def _last_before_stop(text: str, at: int) -> str:
    """Without a parse, the noun of the phrase at ``at``: the last of up to three lower-case words before a function
    word, a punctuation mark or the end ("diluted common share." -> ``share``, "diluted share are" -> ``share``); the
    first word when the phrase runs on ("share beat estimates")."""
    words, pos = [], at
    while len(words) < 4 and (m := _RUN_WORD.match(text, pos)) is not None and m[1] not in _STOP_UNITS:
        words.append(m[1])
        pos = m.end()
    return words[-1] if 0 < len(words) <= 3 else words[0] if words else ""
_PER_NOUNS = {"annum": "year", "capita": "person", "head": "person", "people": "person"}
"""Denominators written in Latin or by a part for the whole: "per annum" is a year's, "per capita" and "a head" a
person's."""
_MODIFIERS = frozenset({"ADJ", "VERB", "ADV", "NUM"})


def _per_noun(tokens: Sequence[Token], at: int, word: str, modified: bool) -> str:
    """The lemma of the noun a rate is per, written at ``at`` as ``word``: through up to three modifiers when
    ``modified`` ("per diluted common share", "per half hour", with a compound's nouns: "per kilowatt hour"), else the
    word itself; without a parse, the word when
    it names a unit ("a month", "a gallon"). ``""`` when it is no noun."""
    w = word.lower()
    if not tokens:
        noun = _PER_NOUNS.get(w, _singular(w))
        return noun if modified or w in unit_keys() or w in measure_words() or noun in measure_words() else ""
    i = _token_at(tokens, at)
    compound: list[str] = []
    for k in range(i, min(len(tokens), i + 4)) if i is not None else ():
        t = tokens[k]
        if modified and t.pos == "NOUN" and t.dep == "compound" and t.head > k:
            compound.append(t.lemma.lower())  # NOTE: "per kilowatt hour" is per a kilowatt hour
        elif t.pos == "NOUN":
            lemma = t.lemma.lower()
            # NOTE: after "a", a measure ("$12 a share": npadvmod) or a unit, never a noun of its own ("5 a lot")
            if not modified and t.dep != "npadvmod" and lemma not in unit_keys() and lemma not in measure_words():
                return ""
            return " ".join(compound + [_PER_NOUNS.get(lemma, lemma)])
        elif not modified or t.pos not in _MODIFIERS:
            return ""
    return ""


def _under(tokens: Sequence[Token], start: int, noun: int) -> bool:
    """The first number at or after ``start`` answers what the rate's ``noun`` names: the noun is one of the value's
    heads ("earnings per share of $6.90": 6.90 -> of -> share -> per -> earnings) or an argument of one ("GDP per
    capita is $40,000", "anticipates earnings per diluted share in the range of $1.30"); a rate of no noun ("$200 and up
    per ounce") is no other value's."""
    at = next((k for k, t in enumerate(tokens) if t.start >= start and t.pos == "NUM"), None)
    heads = set()
    for _ in range(7):
        if at is None or at in heads:
            break
        heads.add(at)
        at = tokens[at].head
    return tokens[noun].pos in _UNIT_POS and (noun in heads or tokens[noun].head in heads)


def _period_of(adjective: str) -> str:
    """The unit of time a periodic adjective names ("monthly" -> ``month``, "daily" -> ``day``, "annual" -> ``year``):
    the adjective without "ly" when that is a unit of time (`unit_keys`); ``""`` otherwise ("quarterly": a quarter is
    no such unit; the judge's ``period`` qualifier reads it)."""
    w = adjective.lower()
    stem = "year" if w in ("annual", "annually") else re.sub(r"i$", "y", w[:-2]) if w.endswith("ly") else ""
    return stem if unit_keys().get(stem, "").startswith("duration-") else ""


def _periodic(tokens: Sequence[Token], start: int) -> str:
    """The period a value is per when a noun of its own phrase is modified by a periodic adjective ("a monthly cost
    of $399", "an annual salary of $50,000"): the value depends on the noun through nouns and prepositions only;
    ``""`` otherwise."""
    at = next((k for k, t in enumerate(tokens) if t.start >= start and t.pos == "NUM"), None)
    for _ in range(4):
        if at is None or tokens[at].head == at or tokens[tokens[at].head].pos in ("VERB", "AUX"):
            return ""  # NOTE: no further than its clause: "reduced to $324.15 for the first three months" is no month's
        at = tokens[at].head
        if tokens[at].pos == "NOUN":
            period = next((p for t in tokens if t.head == at and t.dep == "amod" and (p := _period_of(t.text))), "")
            if period:
                return period
    return ""


def rate_per(text: str, start: int, end: int, tokens: Sequence[Token] = ()) -> str:
    """What the value written ``text[start:end]`` (with its unit) is a rate per (`Quantity.per`): the noun after "per",
    "/", "a" or "each" ("$9.99 a month", "$1.04 per diluted share", "$670/month") or after "per" earlier in its clause
    with no other number between ("earnings per share of $6.90"); ``""`` for an amount ("$5 million a year ago" is a
    time, "a one-year deal" a modifier)."""
    m = _PER_AFTER.match(text, end)
    if m is not None:
        word = (m["word"] or "/").lower()
        modified = word in ("per", "/")
        if modified or not _NOT_RATE_AFTER.match(text, m.end()):
            written = _last_before_stop(text, m.start("noun")) if modified and not tokens else m["noun"]
            noun = _per_noun(tokens, m.start("noun"), written, modified)
            if noun:
                return noun
    b = _PER_BEFORE.search(text, 0, start)
    if b is None and tokens:
        return _periodic(tokens, start)
    if b is None or _NUMBER_BEFORE.search(text, 0, b.start()):
        return ""  # NOTE: "$1.07 per diluted share on net sales of $1.8 billion": the rate is the other number's
    if tokens:
        per = _token_at(tokens, b.start())
        obj = next((k for k, t in enumerate(tokens) if per is not None and t.head == per and t.dep == "pobj"), None)
        if obj is None or not _under(tokens, start, tokens[per].head):  # type: ignore[index]
            return ""  # NOTE: "$200 and up per ounce along with a 25% tax": the rate is of another phrase
        return _per_noun(tokens, tokens[obj].start, tokens[obj].text, True)
    return _per_noun((), b.start("noun"), _last_before_stop(text, b.start("noun")), True)


LEVEL_VERBS = frozenset({"reach", "total", "number", "hit", "top", "stand", "rise", "climb", "grow", "increase",
                          "fall", "drop", "decline", "jump", "surge", "exceed", "surpass"})
"""Verbs whose subject is the counted thing and whose object (or "to"/"at" phrase) its level: "the confirmed
cases reached 61", "deaths rose to 36"."""
_TALLY = frozenset({"total", "number", "count", "tally", "figure"})


def _unit_from_subject(tokens: Sequence[Token], start: int) -> str | None:
    """The counted noun of a bare number that is the level its verb's subject reaches ("the confirmed cases
    reached 61" -> ``case``; "the number of recoveries reached 24" -> ``recovery``); None otherwise."""
    at = _token_at(tokens, start, "NUM")
    if at is None:
        return None
    tok = tokens[at]
    verb = tokens[tok.head]
    if tok.dep == "pobj" and verb.lemma == "than" and verb.dep == "prep" and tokens[verb.head].dep == "acomp":
        # NOTE: "the total number of confirmed cases is lower than 580": a level stated as a bound
        verb = tokens[tokens[verb.head].head]
    elif tok.dep == "pobj" and verb.lemma in ("to", "at") and verb.dep == "prep":
        verb = tokens[verb.head]
        if (tallied := _tallied_by(tokens, verb)) is not None:
            return tallied
    elif tok.dep not in ("dobj", "attr"):
        return None
    if verb.pos not in ("VERB", "AUX"):
        return None
    # NOTE: a tally is a level whatever verb states it: "the total number of cases is 727", "bringing the
    # total of confirmed cases to 143"; other subjects only with a verb of level ("cases reached 61").
    roles = ("nsubj", "nsubjpass") if verb.lemma in LEVEL_VERBS else ("nsubj", "nsubjpass", "dobj")
    subj = next((t for t in tokens if t.dep in roles and tokens[t.head] is verb and t.pos == "NOUN"), None)
    if subj is None or verb.lemma not in LEVEL_VERBS and subj.lemma not in _TALLY:
        return None
    if subj.lemma in _TALLY:
        # NOTE: "the number of recoveries": what is counted is the object of "of"
        idx = tokens.index(subj)
        of = next((i for i, t in enumerate(tokens) if t.head == idx and t.lemma == "of" and t.dep == "prep"), None)
        noun = next((t for t in tokens if of is not None and t.head == of and t.dep == "pobj" and t.pos == "NOUN"), None)
        return noun.lemma.lower() if noun is not None else None
    return subj.lemma.lower()


def _tallied_by(tokens: Sequence[Token], verb: Token) -> str | None:
    """The counted noun when a level's "to N" hangs on a participle describing it inside a tally's "of" phrase ("bringing
    the total number of bird species recorded on the island to 212", "taking the number of people killed to 40": the
    parse attaches "to 212" to "recorded", the tally's level all the same); None otherwise."""
    if verb.dep != "acl" or verb.pos != "VERB":
        return None
    noun = tokens[verb.head]
    of = tokens[noun.head]
    if noun.dep != "pobj" or noun.pos != "NOUN" or of.lemma != "of" or tokens[of.head].lemma not in _TALLY:
        return None
    return noun.lemma.lower()


def _label_unit(tokens: Sequence[Token], text: str, start: int) -> str | None:
    """What a label's value (`_LABEL_VALUE`) measures or counts: the label's head noun when it is a measure label
    (`Knowledge.measure_labels`: "Compression level of the archive profile: 9" is level 9, as "at level 6" is) or a
    plural noun of things ("Maximum players: 24" counts players); None otherwise."""
    from checker.knowledge import load_knowledge  # NOTE: lazy: the knowledge reads this module's unit words

    at = _token_at(tokens, start)
    if not at or not _LABEL_VALUE.search(text, 0, start) or tokens[at - 1].text != ":":
        return None
    head = tokens[tokens[at - 1].head]
    if head.pos != "NOUN":
        return None
    lemma = head.lemma.lower()
    if lemma in load_knowledge().measure_labels:
        return lemma
    plural = head.text.lower() != lemma and head.text.lower().endswith("s")
    return lemma if plural and lemma not in measure_words() else None


def _population(tokens: Sequence[Token], start: int) -> str | None:
    """``people`` for a bare number that is a population ("a population of 335,000", "the population of Varna is
    about 335,000"): it counts the people "400,000 people" counts; None otherwise. A population of named things
    ("a population of 300 wolves") has its noun."""
    at = _token_at(tokens, start, "NUM")
    if at is None:
        return None
    tok = tokens[at]
    head = tokens[tok.head]
    if tok.dep == "pobj" and head.lemma == "of" and tokens[head.head].lemma.lower() == "population":
        return "people"
    if tok.dep == "attr" and head.lemma == "be" and any(
            t.dep == "nsubj" and tokens[t.head] is head and t.lemma.lower() == "population" for t in tokens):
        return "people"
    return None


def _partitive(tokens: Sequence[Token], start: int) -> str | None:
    """The noun a bare number counts some of ("recommended three of its services", "Four of the robot security guards
    were deployed"): the object of the "of" written right after it; None for a pronoun ("three of them": `holders`
    reads them as a part), a number ("29 of 34 passes": `_parts_of_totals`) or a noun counted itself ("10 of the
    Saints' 16 games": a part of a stated total; "10 of the team's 17 points": the team owns what is counted; on ECB+ dev, comparing such parts with other counts of the noun added
    findings of different questions)."""
    at = _token_at(tokens, start, "NUM")
    if at is None or at + 1 >= len(tokens) or tokens[at + 1].lemma != "of" or tokens[at + 1].head != at:
        return None
    k = next((k for k, t in enumerate(tokens) if t.head == at + 1 and t.dep == "pobj"), None)
    if k is None or tokens[k].pos != "NOUN" or any(t.head == k and (t.pos == "NUM" or t.dep == "case") for t in tokens):
        return None  # NOTE: "10 of the Saints' 16 games": a part of a total, which the total's relation reads
    return tokens[k].lemma.lower()


def _singular(w: str) -> str:
    for suffix, repl in (("ies", "y"), ("s", "")):
        if w.endswith(suffix) and len(w) > 3 and not w.endswith("ss"):
            return w[: -len(suffix)] + repl
    return w


def _unit_from_text(text: str, pos: int) -> tuple[str, int] | None:
    m = re.match(r"(?:-|\s+)(?P<w>[A-Za-z][A-Za-z-]*[A-Za-z]|[A-Za-z])", text[pos:])
    if not m:
        return None
    w = m["w"].lower()
    if w in _STOP_UNITS or w in _DATE_WORDS:
        return None
    if w in _POWERS and (n := re.match(r"\.?\s+(?P<w>[A-Za-z]+)", text[pos + m.end():])):
        return f"{w} {_singular(n['w'].lower())}", pos + m.end() + n.end()  # NOTE: "500 square kilometres" is an area
    return _singular(w), pos + m.end()


def _is_name(text: str, end: int, tokens: Sequence[Token], start: int) -> bool:
    """True when the number is part of a name ("7 World Trade Center", "Friday 13", "C3", "G7")."""
    if tokens:
        at = next((i for i, t in enumerate(tokens) if t.start <= start < t.start + len(t.text)), None)
        if at is not None and tokens[at].ent in _NAME_ENTS:
            # NOTE: a name has a word besides its number ("7 World Trade Center", "Boeing 737"); a number the
            # tagger alone calls a name ("based on 104 reviews" as PRODUCT) is a count.
            label, run = tokens[at].ent, [at]
            for step in (-1, 1):
                i = at + step
                while 0 <= i < len(tokens) and tokens[i].ent == label:
                    run.append(i)
                    i += step
            if any(any(ch.isalpha() for ch in tokens[i].text) for i in run):
                return True
    # NOTE: two capitalised words after the number are a name; one is a count ("650 Stores").
    return bool(re.match(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+", text[end:])) and not text[:start].strip().istitle()


_SCALE_WORDS = r"thousand|million|billion|trillion|crores?|lakhs?|bn|mn|tn|mln|bln|trln"
_RANGE_GAP = re.compile(
    rf"(?P<scale>\s*-?\s*(?:{_SCALE_WORDS})\b)?(?P<pct>\s*(?:%|percent|per cent))?"
    rf"\s*(?P<join>-|–|—|to|and|or|through)\s*(?:us\$|[{re.escape(_SYMBOLS)}])?\s*",
    re.IGNORECASE,
)
"""Between the two ends of a range: the first end's own scale or percent, the joiner, the second end's currency."""
_RANGE_LEAD = re.compile(rf"(?:(?<![\w])(?P<word>between|from)\s+)?(?P<cur>us\$|[{re.escape(_SYMBOLS)}])?\s*$", re.IGNORECASE)
CHANGE = re.compile(
    r"\b(?:ris|rose|increas|grow|grew|fell|fall|drop|declin|climb|jump|surg|cut|rais|reduc|lower|boost|went|go|gone|chang|"
    r"mov|expand|shr[iau]nk|doubl|tripl|slid|slip|plung|soar|swung|swing|improv|revis|adjust|narrow|widen|extend|"
    r"shorten|lengthen|upgrad|downgrad|reach|return|recover|slash|hike|trim)\w*(?:\s+\S+){0,3}\s+$", re.IGNORECASE)
"""A verb of change before "from X to Y": a move from one value to the next ("rose from 10 to 25"), not a range."""


def _ranges(text: str, cores: Sequence[tuple[int, int, float, str]]) -> dict[int, tuple[int, float, int]]:
    """Ranges among consecutive numbers: {index of the upper end: (where the range starts, its scaled lower end,
    index of the lower end)}.

    "between 10 and 25 years", "from 10 to 25", "10-25 years", "$1.7 billion to $1.8 billion", "two or three
    days". A range ascends ("a 3-2 vote" and "won 2-1" are scores), a move "from X to Y" after a verb of
    change is two values in time, and two years ("2010-2015") are a period, left to the dates.
    """
    out: dict[int, tuple[int, float, int]] = {}
    # NOTE: a scale word after a number ("1.7 billion") is that number's scale, not a number of its own
    heads = [k for k, (s, _, _, kind) in enumerate(cores)
             if not (k and kind == "word" and re.fullmatch(r"[\s-]*", text[cores[k - 1][1]:s]) and text[s:cores[k][1]].lower() in _SCALE)]
    for i, j in zip(heads, heads[1:]):
        (s1, e1, v1, k1), (s2, e2, v2, k2) = cores[i], cores[j]
        gap = _RANGE_GAP.fullmatch(text, e1, s2)
        if gap is None or any(low == i for _, _, low in out.values()) or i in out:
            continue
        join = gap["join"].lower()
        lead = _RANGE_LEAD.search(text, 0, s1)
        word = (lead["word"] or "").lower() if lead else ""
        if join == "and" and word != "between":
            continue
        if word == "from" and CHANGE.search(text, 0, lead.start("word")):  # type: ignore[union-attr]
            continue
        if k1 == k2 == "digits" and 1800 <= v1 <= 2199 and 1800 <= v2 <= 2199:
            continue
        right = _RIGHT.match(text, e2)
        if gap["pct"] and not (right and right["pct"]):
            continue  # NOTE: "rose 14% to $18.3 billion": a change in percent, then the level reached, not one range
        y_scale = _SCALE.get((right["scale"] or "").lower(), 1.0) if right and right["scale"] else 1.0
        x_scale = _SCALE.get(re.sub(r"[\s-]", "", gap["scale"]).lower(), 1.0) if gap["scale"] else (y_scale if v1 < v2 else 1.0)
        low, high = v1 * x_scale, v2 * y_scale
        if low >= high:
            continue
        currency = bool(lead and lead["cur"]) or text[e1:s2].strip()[-1:] in _SYMBOLS
        marked = word or currency or (right and (right["scale"] or right["pct"])) or gap["pct"]
        if join in ("-", "–", "—", "or", "through") and not marked:
            # NOTE: a bare "3-5" or "two or three" is a range only before what it counts ("10-25 years")
            nxt = re.match(r"\s+([A-Za-z]+)", text[e2:])
            if nxt is None or nxt[1].lower() in _STOP_UNITS or nxt[1][:1].isupper():
                continue
            if not _PLURAL_NEXT.match(text, e2) and nxt[1].lower() not in unit_keys() and nxt[1].lower() not in measure_words():
                continue  # NOTE: a range counts things or measures ("10-25 years", "a 3-5 year term"); "a 9-14 start" is a record
        begin = lead.start("word") if word else lead.start("cur") if lead and lead["cur"] else s1  # type: ignore[union-attr]
        out[j] = (begin, low, i)
    return out


SCORE_HIGH, SCORE_LOW = "score high", "score low"
"""The units of a score's or a tally's two numbers (`scores`): the larger one and the smaller one."""
_SCORE = re.compile(
    r"(?<![\w.,/:$-])(?P<hi>\d{1,3})(?P<join>\s*[-\u2013\u2014]\s*|\s+to\s+)(?P<lo>\d{1,3})"
    r"(?![\w/:%]|[.,]\d|\s*[-\u2013\u2014]\s*\d|\s*(?:percent|per cent)\b)", re.IGNORECASE)
@functools.lru_cache(maxsize=1)
def _tally_words() -> re.Pattern[str]:
    """Any word of a contest's or a vote's result (`Knowledge.result_words`): a score near one is that result."""
    from checker.knowledge import load_knowledge  # NOTE: lazy: the knowledge reads this module's unit words

    words = sorted(load_knowledge().result_words, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def scores(text: str) -> list[tuple[int, int, Quantity, Quantity]]:
    """Scores and tallies as (start, end, larger, smaller): "beat Castlebay 3-1", "a 5-4 ruling", "by a vote of 218 to
    214". Two numbers of at most three digits, the first not smaller (a range ascends: "10-15 people"), joined by a
    dash or by "to" (not "cut from 9 to 2"). Each number is a quantity of its own (`SCORE_HIGH`, `SCORE_LOW`) cited
    by the whole score, so "3-1" against "2-1" differs in the larger number and "6-3" against "5-4" in both. A word of
    a result must be near (`_tally_words`), and a score in brackets after a name is a record ("Klitschko (58-3, 51
    KO)"), not a result."""
    out = []
    for m in _SCORE.finditer(text):
        hi, lo = int(m["hi"]), int(m["lo"])
        if hi < lo or re.search(r"\(\s*$", text[: m.start()]):
            continue
        near = text[max(0, m.start() - 40) : m.end() + 20]
        if not _tally_words().search(near):
            continue
        if m["join"].strip().lower() == "to" and (hi == lo or _FROM_BEFORE.search(text, 0, m.start())):
            continue
        written = m.group(0)
        out.append((m.start(), m.end(), Quantity(float(hi), SCORE_HIGH, "=", written), Quantity(float(lo), SCORE_LOW, "=", written)))
    return out


def find_quantities(text: str, tokens: Sequence[Token] = ()) -> tuple[Quantity, ...]:
    """Numbers with comparator and unit; years, dates, versions and names are left to other slots; a score or
    tally is two quantities (`scores`).

    ``tokens`` (the claim's parse) sharpen the unit (the head noun, not the next word) and name detection.
    A range ("between 10 and 25 years") is one quantity whose ``value`` is its lower end and ``high`` its upper.
    """
    out = []
    consumed = 0
    tallies = scores(text)
    skipped = [(s, e) for s, e, _, _ in tallies] + [m.span() for m in _PHONE.finditer(text)]
    cores = [c for c in _cores(text) if not any(s <= c[0] < e for s, e in skipped)]
    ranges = _ranges(text, cores)
    lows = {i: j for j, (_, _, i) in ranges.items()}
    for index, (s, e, value, kind) in enumerate(cores):
        if index in lows:
            consumed = cores[lows[index]][0]  # NOTE: a range is read at its upper end, scale words between included
        if s < consumed:
            continue  # NOTE: "million" after "1.2" is the scale already read
        in_range = ranges.get(index)
        before = text[max(0, s - 40) : s]
        left = _left().search(before)
        cmp_text = left["cmp"] if left and left["cmp"] else None
        cur = left["cur"] if left and left["cur"] else None
        rated = _scale_label(before[: left.start("cmp")] + " " if left and left["cmp"] else before) if not cur else None
        if kind in ("digits", "grouped"):
            ver = re.search(r"\b([A-Z][\w.]*)(?:-| |-v|\sv)$", before)
            if ver and ver[1].lower() not in _STOP_UNITS and not cmp_text and not cur and rated is None \
                    and not (_common_word(tokens, s - len(before) + ver.start(1)) and not _CAPITAL_NEXT.match(text, e)) \
                    and not AGED.search(before):  # NOTE: a headline's "Dies at Age 81" is an age, not a version
                continue  # NOTE: "GPT-5", "Claude 4", "Friday 13": a version or day belongs to another slot
            if re.match(r"(st|nd|rd|th)\b", text[e : e + 3]) or re.match(r"\s*[ap]\.?\s?m\b\.?", text[e : e + 7], re.I):
                continue  # NOTE: ordinals and clock times ("4 P.M.", "7 p. m.") are not quantities
            if (glued := _GLUED.match(text, e)) is not None and not _glued_unit(glued[0]):
                continue  # NOTE: "the 76ers", "4DX theaters", "3D", "in her 70s": letters written onto the number name a thing
            if _LIST_MARK.match(text, e) and (bool(text[e + 1:].strip()) if _LABEL_VALUE.search(text, 0, s)
                                              else _SENTENCE_START.search(text, 0, s)):
                continue  # NOTE: "... per month. 3." or "2. Free setup": a list's item number, no count ("Level: 9." closes a label)
            if _DIALLED.search(text, 0, s) and not _unit_from_text(text, e):
                continue  # NOTE: "someone called 911", "dial 999": a telephone number
            if _CLOCK.match(text, e) and re.fullmatch(r"[0-2]?\d[0-5]\d", text[s:e]):
                continue  # NOTE: "at 0737 GMT", "1300 hours": a time of day with its zone
            out_of = _rating(text, s, e, value)
            if out_of is None and (re.match(r"\s*[-–/:]\s*\d", text[e : e + 4]) or (re.search(r"\d\s*[-–/:]\s*$", before) and not in_range)):
                continue  # NOTE: scores ("2-1"), ISO dates and times ("08:52") are not one quantity
            if kind == "digits" and 1800 <= value <= 2199 and not cur and not re.match(r"\s*(%|percent)", text[e:]) \
                    and not counted_not_dated(text, s, tokens):
                if not re.match(r"\s*(?:thousand|million|billion)", text[e:], re.I):
                    continue  # NOTE: a bare year is a date, not a quantity
            if kind == "digits" and 1000 <= value <= 1799 and not cur:
                from checker.normalize.dates import old_year_at  # NOTE: lazy: dates reads numbers' number words

                if old_year_at(text, s):
                    continue  # NOTE: "opened in 1793": an older year where it is written as a date
            if _DATE_BEFORE.search(before) or _DATE_AFTER.match(text, e):
                continue  # NOTE: "May 12", "Friday 13", "4 March"
            if _CLIPPED.search(before) and not _CLOSING_QUOTE.search(text, e):
                continue  # NOTE: "the '221 and '907 patents", "in '98": digits clipped by an apostrophe name a number, no count
        elif s > 0 and text[s - 1] == "-" and not in_range:
            continue
        if _is_name(text, e, tokens, s) and not cmp_text and not cur and rated is None:
            continue
        if kind not in ("digits", "grouped"):
            out_of = None
        right = _RIGHT.match(text, e) if out_of is None else None
        scale = (right["scale"] or "").lower() if right else ""
        if scale in ("m", "b", "k") and not cur and not (right.start("scale") == e and _COUNTED_NEXT.match(text, right.end("scale"))):  # type: ignore[union-attr]
            scale = ""  # NOTE: "a 10m wall" measures; "3.5m people", "12k residents" count millions, thousands
        pos = e
        if scale:
            pos = right.end("scale")  # type: ignore[union-attr]
        pct = bool(right and right["pct"])
        if pct:
            pos = right.end("pct")  # type: ignore[union-attr]
        if not scale and _DOT_GROUPS.fullmatch(text[s:e]) and _PLURAL_NEXT.match(text, e):
            value = float(text[s:e].replace(".", ""))  # NOTE: "8.958 people": a dot between groups of three
        value *= _SCALE.get(scale, 1)
        unit = ""
        if out_of is not None:
            unit, pos = f"out of {out_of[0]}", out_of[1]  # NOTE: "an average rating of 6.1/10": a mark on a scale of 10
        elif pct:
            unit = "percent"
        elif rated is not None:
            unit = rated  # NOTE: "a magnitude 6.4 earthquake", "Category 4": the value on the label's scale
        elif cur:
            # NOTE: letters before a dollar sign name whose dollars ("US $5.4 billion" is usd, "NT $0.65" Taiwan's)
            dollar = (left["dollar"] or left["letter"] or "") if left is not None else ""
            unit = (dollar_currencies().get(dollar.upper(), "") or _CUR.get(cur.lower())
                    or unicodedata.name(cur[-1], "currency").lower().replace(" sign", ""))
        elif kind == "times":
            unit = "times"
        else:
            of = re.match(r"\s+of\s+(?:the\s+)?", text[pos:]) if kind == "vague" else None
            # NOTE: "thousands of people": the counted noun follows "of".
            upos = pos + of.end() - 1 if of else pos
            heat = _TEMPERATURE.match(text, pos) if kind in ("digits", "grouped", "word") else None
            aged = AGED.search(text, 0, s) if heat is None and kind in ("digits", "word") and not scale else None
            if aged is None and heat is None and kind == "digits" and not scale and _apposed_age(tokens, text, s, e, value):
                aged = _APPOSED[0].search(text, 0, s)
            elif aged is None and heat is None and kind in ("digits", "word") and not scale and tokens \
                    and _copula_age(tokens, text, s, e, value):
                aged = _APPOSED[1].match(text, e)  # NOTE: "She was 84.": an age, as "aged 84" is
            elif aged is None and heat is None and kind in ("digits", "word") and not scale and value.is_integer():
                aged = _fronted_age(text, s, e)  # NOTE: "At an estimated 129, he is among the oldest tortoises"
            found = (None if heat is not None or aged is not None else
                     _unit_from_tokens(tokens, text, upos) if tokens else _unit_from_text(text, upos))
            if kind == "word" and value == 1 and text[e:e + 1] == "-" and (found is None or found[0] not in unit_keys()):
                continue  # NOTE: "a one-time fee", "one-sided": an adjective, no count; "a one-year deal" measures a year
            if kind == "word" and value == 1 and not cmp_text and (heat is None and aged is None and found is None or not tokens):
                continue  # NOTE: "one of them", "one involving": a lone "one" counts only before a parsed noun
            if aged is not None:
                unit = "year-old"  # NOTE: "aged 38", "at the age of 37": an age, as "38 years old" is
            elif heat is not None:
                unit, pos = _TEMPERATURE_UNITS[heat["scale"][0].upper()], heat.end()
                if _BELOW_ZERO.search(text, 0, s):
                    value = -value  # NOTE: "-5C", "minus 5 degrees Celsius"
            elif found is not None:
                unit, pos = _dimensioned(text, upos, *found)
                if unit == "time":
                    unit = "times"
                age = _AGE.match(text, pos) if unit in _AGE_UNITS else None
                if age is not None:
                    # NOTE: "the 41-year-old", "16 years old": an age, which a duration ("in three years") is not
                    unit, pos = f"{unit}-old", age.end()
                label = _label_before(tokens, s) if tokens and count_noun(Quantity(1, unit, "=", "")) else None
                if label is not None:
                    unit = label  # NOTE: "a magnitude 6.1 earthquake": a magnitude, no count of quakes
                elif not float(value).is_integer() and tokens and count_noun(Quantity(1, unit, "=", "")):
                    # NOTE: a fraction counts no thing: "5.6 magnitude earthquake" measures a magnitude
                    measured = _measured_noun(tokens, text, s, e, pos)
                    if measured is not None:
                        unit, pos = measured[0], measured[1] or pos
            elif tokens and kind in ("digits", "grouped", "word") and not scale:
                unit = (_unit_from_subject(tokens, s) or _population(tokens, s) or _partitive(tokens, s)
                        or _label_unit(tokens, text, s) or "")
        cmp = ">" if kind == "vague" else "="
        if unit in _AGE_UNITS and _TO_LIFE.match(text, pos):
            cmp, pos = ">=", _TO_LIFE.match(text, pos).end()  # type: ignore[union-attr]  # NOTE: "15 years to life"
        # NOTE: "averaged over 9 critics": "over" is a preposition there, not a bound.
        if cmp_text and not (cmp_text.lower() == "over" and re.search(r"\b(averaged|based|spread|split|divided)\s+$", text[: s - len(before) + left.start()], re.I)):  # type: ignore[union-attr]
            for pat, sym in _CMP:
                if re.fullmatch(pat, cmp_text, re.I):
                    cmp = sym
                    break
            if cmp_text.lower() == "a record":
                cmp = "="
            if unit in _AGE_UNITS and re.match(r"(?:older|younger)\b", cmp_text, re.I):
                unit = f"{unit}-old"  # NOTE: "older than 60 years" is an age, as "61 years old" is
        else:
            cmp_text = None
        if cmp_text and cmp_text.lower() in _LIMITS.get(cmp, ()):
            lead = s - len(before) + left.start("cmp")  # type: ignore[union-attr]
            if _REQUIRED.search(text, 0, lead) or (cmp == "<=" and _CAPACITY.search(text, 0, lead)):
                # NOTE: "you can make up to 1,000 requests", "seats up to 60,000": a limit or capacity is its figure;
                # so is a required bound: "must be at least 12 characters" and "need a minimum of 8" disagree
                cmp = "="
        begin = s
        if left is not None and (cmp_text or cur):
            begin = s - len(before) + (left.start("cmp") if cmp_text else left.start("cur"))
        elif rated is not None and (named := re.search(rf"\b{rated}[\s-]+$", before, re.IGNORECASE)):
            begin = s - len(before) + named.start()  # NOTE: cited as written: "magnitude 6.4", "Category 4"
        # NOTE: a percent in brackets is a share of the value before ("11,565 (91.5%)"), not a conversion of it
        if (cmp == "=" and out and re.fullmatch(r"\s*\(\s*", text[consumed:begin]) and "(" not in out[-1].text
                and out[-1].unit and unit != "percent"):
            # NOTE: "less than 50 km (30 miles)": a conversion in brackets keeps the bound, rounded: a strict
            # bound becomes inclusive and a point approximate ("over 12 metres (39 feet)" admits 39 feet)
            cmp = _CONVERTED.get(out[-1].comparator, "~")
        # NOTE: a noun read past a bracketed aside ("11,565 (91.5%) White") leaves the aside's values to be read
        aside = text.find("(", e, pos) if unit else -1
        consumed = pos if aside < 0 else aside
        per = rate_per(text, in_range[0] if in_range else begin, pos, tokens)
        if in_range is not None:
            begin, low, _ = in_range
            out.append(Quantity(value=low, unit=unit, comparator="=", text=text[begin:pos].strip(), high=value, per=per))
            continue
        out.append(Quantity(value=value, unit=unit, comparator=cmp, text=text[begin:pos].strip(), per=per))
    found = _fractions(text, _compound_measures(text, _one_unit_of_time(text, _elided_nouns(text, _listed_units(text, _parts_of_totals(text, out)), tokens), tokens)))
    if tallies:
        found = _in_text_order(text, found, [(s, q) for s, _, hi, lo in tallies for q in (hi, lo)])
    times = times_of_day(text) + lengths_on_a_clock(text)
    if times:
        # NOTE: a time's own digits are no value of their own ("at 18.30" is no 18.3)
        spans = [(i, i + len(t.text)) for t in times if (i := text.find(t.text)) >= 0]
        found = [q for q in found if not any(lo <= i < hi for lo, hi in spans for i in [text.find(q.text)] if i >= 0)]
    return tuple(found) + times


_CLOCKED = re.compile(r"(?<![\w:.,/-])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,3}))?(?![\d:/]|\.\d)")
"""A length of time written as a stopwatch shows it, hours, minutes and seconds: "won in 2:06:41", "a time of 3:58:12"."""
_AT_A_TIME = re.compile(r"\b(?:at|by|until|till|from|since|before|after|around)\s+$", re.I)
"""Words before a clock time, which a length of time never follows ("at 12:30:00")."""


def lengths_on_a_clock(text: str) -> tuple[Quantity, ...]:
    """Lengths of time written h:mm:ss (a race's time: "crossed the line in 2:06:41"), in hours, as "2 hours, 6 minutes
    and 41 seconds" is read: up to less than one of its last unit more, so that a time rounded or cut to whole hours or
    minutes ("just over two hours") is not set against it."""
    out = []
    for m in _CLOCKED.finditer(text):
        if _AT_A_TIME.search(text, 0, m.start()):
            continue  # NOTE: "leaves at 12:30:00": a clock time with its seconds
        last = 10.0 ** -len(m["f"]) if m["f"] else 1.0
        seconds = int(m["h"]) * 3600 + int(m["m"]) * 60 + int(m["s"]) + (float("0." + m["f"]) if m["f"] else 0.0)
        out.append(Quantity(value=seconds / 3600, unit="hour", comparator="=", text=m.group(0), high=(seconds + last) / 3600))
    return tuple(out)


def _in_text_order(text: str, found: Sequence[Quantity], added: Sequence[tuple[int, Quantity]]) -> list[Quantity]:
    """``found`` and the ``added`` quantities (each with where it starts) in the order the text writes them; at one
    place a found quantity comes first."""
    return [q for _, q in sorted([(text.find(q.text), q) for q in found] + list(added), key=lambda x: x[0])]


TIME_OF_DAY = "time of day"
"""`Quantity.unit` of a clock time (`times_of_day`), followed by its zone when one is written ("time of day gmt")."""

_CLOCK_BOUNDS = {"by": "<=", "before": "<", "after": ">", "since": ">=", "around": "~", "about": "~"}
"""A clock time's comparator by the word before it: "extinguished by 7 a.m." (no later), "after 11 p.m.", "around 6"."""
_TIME = re.compile(
    r"(?<![\w:.,$])(?P<lead>(?:at|by|until|till|from|around|about|before|after|since|to)\s+)?(?P<h>[01]?\d|2[0-3])"
    r"(?::(?P<m>[0-5]\d)|\.(?P<dot>[0-5]\d))?(?![\d:])(?:\s*(?P<ap>[ap]\.?\s?m\b\.?))?"
    r"(?P<zone>\s+(?:GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|EET|IST|JST|AEST|AEDT|local time)\b)?", re.I)
"""A clock time: "1:34", "3:40 a.m.", "4 P.M. local time", and with a dot before a dial mark: "11.30am", "3.45 p.m."."""


def times_of_day(text: str) -> tuple[Quantity, ...]:
    """Clock times as quantities of `TIME_OF_DAY`, in hours on a twelve-hour dial ("3:40 a.m." is 3.667; "15:40" too:
    a morning or afternoon written by one source and not another is no conflict read here), keyed by the zone written
    after them (a time in GMT and one in local time answer two questions; "local time" is what a time without a zone
    already is). Only a time with minutes after a word of
    time ("at 1:34", "until 9:30") or one marked a.m. / p.m.: "3:16" alone may be a verse or a ratio, and a race time
    ("ran 3:45", "2:03:59") is a length of time."""
    out: list[Quantity] = []
    leads: list[str] = []
    starts: list[int] = []
    for m in _TIME.finditer(text):
        if not (m["ap"] or m["lead"] and (m["m"] or m["dot"] and _DIAL_24.match(m["h"]))):
            continue  # NOTE: "at 18.30", "from 09.00": a 24-hour dial with a dot; "at 6.30" may be a price
        if m["dot"] and not m["ap"] and _SCALED_AFTER.match(text, m.end()):
            continue  # NOTE: "taking its collection to 22.55 crore", "rose to 13.40 per cent": an amount
        if m["dot"] and not m["ap"] and not m["zone"] and _paid_per(text, m.end()):
            continue  # NOTE: "the floor goes to 13.10 an hour", "at 18.30 per night": an amount per a unit, no clock
        if re.search(r"\bas\s+of\s+$", text[max(0, m.start() - 8):m.start()], re.I):
            continue  # NOTE: "cast their ballots as of 4:00 p.m.": the time a count was taken, not of the act
        hours = int(m["h"]) % 12 + int(m["m"] or m["dot"] or 0) / 60
        zone = (m["zone"] or "").strip().lower()
        if zone == "local time":
            zone = ""  # NOTE: a time without a zone is the place's own: "4:17 a.m. local time" and "5 a.m." ask alike
        start, end = m.start("h"), m.end()
        if m["ap"] and not m["zone"] and m["ap"].endswith(".") and "." not in m["ap"][:-1]:
            end -= 1  # NOTE: "at 1:34 PM." ends a sentence; "p.m." keeps its dots
        out.append(Quantity(value=round(hours, 4), unit=f"{TIME_OF_DAY} {zone}".strip(),
                            comparator=_CLOCK_BOUNDS.get((m["lead"] or "").strip().lower(), "="), text=text[start:end].strip()))
        leads.append((m["lead"] or "").strip().lower())
        starts.append(m.start())
    for m in _SPOKEN_TIME.finditer(text):
        if any(s <= m.start("t") < s + len(q.text) for s, q in zip(starts, out)):
            continue
        hours = _spoken_hours(m)
        if hours is None:
            continue
        out.append(Quantity(value=round(hours, 4), unit=TIME_OF_DAY, comparator=_CLOCK_BOUNDS.get((m["lead"] or "").strip().lower(), "="),
                            text=m.group("t")))
        leads.append((m["lead"] or "").strip().lower())
        starts.append(m.start())
    order = sorted(range(len(out)), key=lambda k: starts[k])
    return tuple(_time_spans(text, [out[k] for k in order], [leads[k] for k in order], [starts[k] for k in order]))


_SCALED_AFTER = re.compile(rf"\s*(?:%|per\s*cent\b|percent\b|(?:{_SCALE_WORDS})\b|[$€£¥₹])", re.I)
"""A scale word, a percent or a currency right after a number: it counts an amount, no time of day."""
_EVERY = frozenset({"each", "every"})
"""Words before a noun that repeat a time ("at 18.30 each day", "at 07.15 every morning"), where "per" or "an" rates."""


def _paid_per(text: str, end: int) -> bool:
    """The number ending at ``end`` is a rate ("13.10 an hour", "45.50 per night", "9.99/month"): "per" or "/" before
    a noun, or "a"/"an" before a unit of time (`unit_keys`): an amount, which a clock time never is ("at 18.30 a man
    was seen" is one). "Each" and "every" repeat a time ("at 18.30 each day")."""
    m = _PER_AFTER.match(text, end)
    if m is None or (word := (m["word"] or "/").lower()) in _EVERY:
        return False
    return word in ("per", "/") or unit_keys().get(m["noun"].lower(), "").startswith("duration-")


_DIAL_24 = re.compile(r"0\d|1[3-9]|2[0-3]")
"""An hour only a 24-hour dial writes ("18", "09"): "at 18.30" is a time, "at 6.30" may be a price."""

_HOUR_WORDS = ("one two three four five six seven eight nine ten eleven twelve").split()
_SPOKEN_TIME = re.compile(
    r"(?<![\w:.,$])(?P<lead>(?:at|by|until|till|from|around|about|before|after|since|to)\s+)?(?P<t>"
    r"(?:(?P<frac>half|a\s+quarter|quarter|(?P<min>\d{1,2}|five|ten|twenty|twenty-five)(?:\s+minutes)?)\s+(?P<rel>past|to)\s+)?"
    r"(?P<h>" + "|".join(_HOUR_WORDS) + r"|1[0-2]|[1-9])(?P<oclock>\s+o['’]clock)?(?![\w'’-])"
    r"|(?P<named>noon|midday|midnight))", re.IGNORECASE)
"""A clock time in words: "half past six", "a quarter to seven", "ten past nine", "six o'clock", and after a word of
time "noon", "midday", "midnight"."""


def _spoken_hours(m: re.Match[str]) -> float | None:
    """Hours on a twelve-hour dial of a `_SPOKEN_TIME` match; None for one that names no time: an hour alone, "ten to
    one" (odds or a score as often as a time: only a half, a quarter or minutes named come before "to"), "noon"
    without a word of time before it ("the noon bulletin")."""
    if m["named"]:
        return 0.0 if m["lead"] else None  # NOTE: noon and midnight are both twelve on a twelve-hour dial
    if not (m["rel"] or m["oclock"]):
        return None
    h = m["h"].lower()
    hour = int(h) if h.isdigit() else _HOUR_WORDS.index(h) + 1
    if not m["rel"]:
        return float(hour % 12)
    frac = m["frac"].lower()
    if m["rel"].lower() == "to" and not (frac.endswith("quarter") or "minute" in frac):
        return None
    minutes = 30 if frac == "half" else 15 if frac.endswith("quarter") else int(m["min"]) if m["min"].isdigit() else (
        25 if m["min"].lower() == "twenty-five" else number_value(m["min"]) or 0)
    return (hour % 12 + minutes / 60) if m["rel"].lower() == "past" else ((hour - 1) % 12 + (60 - minutes) / 60)


def _time_spans(text: str, times: list[Quantity], leads: list[str], starts: list[int]) -> list[Quantity]:
    """Two times of one span ("from 9:00 p.m. to 7:00 a.m.", "from 1:00 p.m. on Friday until 3:00 p.m.") are one quantity admitting the
    times between them; a span past midnight or noon (its end before its start on the dial) admits any time, so
    "before 7.00 a.m." is none of its ends' conflicts."""
    out: list[Quantity] = []
    i = 0
    while i < len(times):
        q = times[i]
        if i + 1 < len(times) and leads[i] == "from" and leads[i + 1] in ("to", "until", "till") and q.unit == times[i + 1].unit:
            r = times[i + 1]
            low, high = (q.value, r.value) if r.value > q.value else (0.0, 12.0)
            span = text[starts[i]:text.find(r.text, starts[i + 1]) + len(r.text)].strip()
            out.append(dataclasses.replace(q, value=low, high=high, text=span))
            i += 2
            continue
        out.append(q)
        i += 1
    return out


_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                 "ninth": 9, "tenth": 10}
"""The ordinal words that name a fraction's denominator ("two-thirds", "a quarter")."""
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<num>an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<den>halve?s?|thirds?|quarters?|fourths?|"
    r"fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|(?<!first )(?<!second )(?<!the )(?P<half>half))\s+of\b"
    r"|(?<![\w-])(?P<n>one|two|three|\d{1,2})\s+in\s+(?:every\s+)?(?P<d>two|three|four|five|six|seven|eight|nine|ten|"
    r"\d{1,3})\b(?=\s+(?:of\s+)?[a-z])", re.I)
"""A share written as a fraction: "two-thirds of voters", "a quarter of", "half of", "one in five adults"."""


def _fractions(text: str, found: list[Quantity]) -> list[Quantity]:
    """A share written as a fraction is an approximate percent ("two-thirds of voters": about 66.7%), in place of
    what its words were read as ("Two-thirds" as two of a unit "third", "one in five adults" as five adults)."""
    shares = []
    scaled = [(fs, fe) for fs, fe, _ in _fraction_numbers(text)]  # NOTE: read once, not once per share
    for m in _FRACTION.finditer(text):
        if m["n"]:
            top, bottom = (float(w) if w.isdigit() else number_value(w) for w in (m["n"], m["d"]))
            words = m.group(0).strip()
        else:
            top = 1.0 if m["half"] or m["num"].lower() in ("a", "an") else number_value(m["num"])
            bottom = 2.0 if m["half"] else float(_denominator(m["den"]))
            words = re.sub(r"\s+of$", "", m.group(0).strip())
        if not top or not bottom or top >= bottom:
            continue
        if m["n"] and _DATE_BEFORE.search(text, 0, m.start()):
            continue  # NOTE: "on sale on October 9 in 30 countries": a day, then a count, no share
        if any(fs <= m.start() < fe for fs, fe in scaled):
            continue  # NOTE: "a quarter of a million people" is 250,000 people, no share
        # NOTE: a bound written before it holds ("More than one-fifth", "nearly half"); alone it is approximate
        left = _left().search(text[: m.start()])
        said = left["cmp"] if left is not None and left["cmp"] else ""
        cmp = next((sym for pat, sym in _CMP if said and re.fullmatch(pat, said, re.I)), "~")
        begin = left.start("cmp") if said else m.start()  # type: ignore[union-attr]
        shares.append((begin, m.end(), Quantity(round(100 * top / bottom, 1), "percent", cmp, text[begin : m.start()] + words)))
    if not shares:
        return found
    kept = [q for q in found if not any(s <= text.find(q.text) < e for s, e, _ in shares)]
    return _in_text_order(text, kept, [(s, q) for s, _, q in shares])


def _denominator(word: str) -> int:
    """The number a fraction's ordinal names ("thirds" -> 3, "halves" -> 2)."""
    w = word.lower()
    w = "half" if w.startswith("hal") else w[:-1] if w.endswith("s") else w
    return _DENOMINATORS[w]


def _adjacent(text: str, found: Sequence[Quantity]) -> Iterator[tuple[int, Quantity, Quantity, str]]:
    """Each value with the next one and the text between them: (index, value, next value, between)."""
    at = 0
    for i, q in enumerate(found[:-1]):
        at = text.find(q.text, at)
        if at < 0:
            return
        end = at + len(q.text)
        nxt = found[i + 1]
        yield i, q, nxt, text[end : text.find(nxt.text, end)]
        at = end


def _compound_measures(text: str, found: list[Quantity]) -> list[Quantity]:
    """A measure followed by one or more of smaller units of its dimension is written in parts ("6 hours and 42 minutes",
    "a four-hour, 10-minute spacewalk", "7 lbs 11 oz"): one value in the first part's unit, the parts summed (6.7
    hours) up to one more of the last part's unit, its text the whole; the second part is no value of its own ("42
    minutes" is no answer to how long it lasted).
    When pint does not convert the units, the first part admits that many units and a fraction of the next (4 to 5
    minutes), so "just under five minutes" agrees with it, and the parts stay two values."""
    dims, keys = unit_dimensions(), unit_keys()

    def dimension(unit: str) -> str | None:
        # NOTE: short forms too ("7 lbs 11 oz", "5 ft 10 in")
        return keys[unit].split("-", 1)[0] if unit in keys else dims.get(unit)

    def joined(q: Quantity, nxt: Quantity, between: str) -> bool:
        return (q.high is None and nxt.high is None and nxt.comparator == "=" and q.unit != nxt.unit
                and dimension(q.unit) is not None and dimension(q.unit) == dimension(nxt.unit)
                and re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*", between) is not None)

    out = list(found)
    merged: dict[int, int] = {}  # NOTE: index of a compound's first part -> index of its last part
    pairs = list(_adjacent(text, found))
    k = 0
    while k < len(pairs):
        i, q, nxt, between = pairs[k]
        if not joined(q, nxt, between):
            k += 1
            continue
        last = k
        while last + 1 < len(pairs) and joined(pairs[last][2], pairs[last + 1][2], pairs[last + 1][3]):
            last += 1
        parts = [found[j] for j in range(i, pairs[last][0] + 2)]
        factors = [_part_factor(p.unit, q.unit) for p in parts]
        if all(f is not None for f in factors) and all(f < 1.0 for f in factors[1:]):  # type: ignore[operator]
            start = text.find(q.text)
            end = text.find(parts[-1].text, start) + len(parts[-1].text)
            value = sum(p.value * f for p, f in zip(parts, factors))  # type: ignore[operator]
            # NOTE: exact to its last part, which counts whole units ("2 hours and 21 minutes" admits 2 h 21 min 8 s)
            high = round(value + factors[-1] - 1e-9, 9) if q.comparator == "=" else None  # type: ignore[operator]
            out[i] = dataclasses.replace(q, value=round(value, 9), text=text[start:end], high=high)
            merged[i] = pairs[last][0] + 1  # NOTE: a bound before the first part bounds the whole ("about 3 hours and 10 minutes")
        elif q.comparator == "=" and not all(f is not None for f in factors):
            out[i] = dataclasses.replace(q, high=q.value + 1 - 1e-9)
        k = last + 1
    dropped = {j for i, last in merged.items() for j in range(i + 1, last + 1)}
    return [q for j, q in enumerate(out) if j not in dropped]


_CLIPPED = re.compile(r"(?:^|[\s(\[\"“])['’]$")
"""An apostrophe opening a word right before digits: the digits are clipped from a longer number ("'98" of 1998, "the
'907 patent" of patent No. 7,654,907), as a name is, never a count."""
_CLOSING_QUOTE = re.compile(r"\S['’](?![A-Za-z])")
"""A single quote closing a quotation (after a word, before no letter): the apostrophe before the digits opened it ("'40
people died,' he said")."""
_TIME_UNITS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century")
_ONE_UNIT = re.compile(r"(?<![\w$€£¥₹%.,'’-])(?P<half>half\s+)?(?P<a>an?)\s+(?P<unit>" + "|".join(_TIME_UNITS)
                       + r")(?![\w'’-])(?P<more>\s+and\s+a\s+half(?![\w-]))?", re.IGNORECASE)
"""A length of time of one unit written with an article: "an hour", "half an hour", "an hour and a half", "a week"."""
_ONE_UNIT_BEFORE = frozenset({"per", "every", "each", "once", "twice", "thrice", "times", "than", "in", "within", "of",
                              "the", "this", "that", "next", "last", "such", "what", "quite", "whole", "entire", "all"})
"""Words before "a week" that make it no length of a thing: a rate ("twice a week"), a time from now ("in a year"), a
comparison ("more than a year" is a bound the reader does not write here)."""
_ONE_UNIT_AFTER = re.compile(r"\s*(?:ago|old|later|earlier|before|after|of|or|to|from|long\s+(?:ago|before|after))\b",
                             re.IGNORECASE)
"""Words after "a week" that make it a time offset ("a week later", "a year ago"), an age ("a year old"), what fills it
("a day of protests") or one end of a rough span ("a day or two", "a week to ten days")."""


def _one_unit_of_time(text: str, found: list[Quantity], tokens: Sequence[Token] = ()) -> list[Quantity]:
    """Lengths of time of one unit written with an article (`_ONE_UNIT`: "most walkers take an hour and a half", "the
    repair took half an hour"), as "1.5 hours" and "0.5 hours" are read: a source writing "90 minutes" and one writing
    "an hour and a half" state one length, bounded as a number is by the words before it ("won by just over a second": more
    than one second, `_CMP`). Not a rate ("24 hours a day", "twice a week": a number or a word of `_ONE_UNIT_BEFORE`
    before it), an offset or an age (`_ONE_UNIT_AFTER`), nor part of a value already read; nor a word the parse reads as
    no noun ("a second gold": the ordinal)."""
    spans = [(i, i + len(q.text)) for q in found if (i := text.find(q.text)) >= 0]
    added: list[tuple[int, Quantity]] = []
    for m in _ONE_UNIT.finditer(text):
        before = re.search(r"([\w$€£¥₹%.,'’-]+)\s*$", text[: m.start()])
        word = before.group(1).lower() if before else ""
        if word in _ONE_UNIT_BEFORE or any(ch.isdigit() for ch in word) or _ONE_UNIT_AFTER.match(text, m.end()):
            continue
        if any(t.start == m.start("unit") and t.pos not in ("NOUN", "PROPN") for t in tokens):
            continue  # NOTE: "missed out on a second gold": an ordinal adjective, no length of time
        if any(lo < m.end() and m.start() < hi for lo, hi in spans) or any(
                hi == (before.end(1) if before else -1) for _, hi in spans):
            continue  # NOTE: "$9.99 a month", "three times a week": a rate of the value before
        value = (0.5 if m["half"] else 1.0) + (0.5 if m["more"] else 0.0)
        bound = _left().search(text, 0, m.start())
        cmp = next((sym for pat, sym in _CMP if bound is not None and bound["cmp"] and re.fullmatch(pat, bound["cmp"], re.I)), "=")
        added.append((m.start(), Quantity(value=value, unit=m["unit"].lower(), comparator=cmp, text=m.group(0).strip())))
    return _in_text_order(text, found, added) if added else found


def _part_factor(unit: str, first: str) -> float | None:
    """The factor taking a value in ``unit`` to the unit ``first`` of a measure written in parts (by pint, as
    `conversion` converts, for any dimension: "42 minutes" is 0.7 hours); None when pint does not know them."""
    return _pint_factor(unit, first, None)


_LISTED = re.compile(r"\s*,?\s*(?:and|or)\s+")


def _listed_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare number listed right before a number with a unit counts or measures what that one does: "7.6 and 7.5
    magnitude quakes" is 7.6 magnitude, "two and three bedrooms" two bedrooms (read from the last item back); a comma alone
    does not list ("Of 20, 5 people died")."""
    out = list(found)
    for i, q, nxt, between in reversed(list(_adjacent(text, found))):
        nxt = out[i + 1]
        if not q.unit and nxt.unit and q.high is None and _LISTED.fullmatch(between):
            out[i] = dataclasses.replace(q, unit=nxt.unit)
    return out


def _elided_nouns(text: str, found: list[Quantity], tokens: Sequence[Token]) -> list[Quantity]:
    """A bare number standing for its noun phrase in a clause parallel to an earlier figure's counts what that figure
    counts (the noun left out, as English leaves it out in a repeated construction): "topped the table with seven
    medals ... while Ireland finished second with five" is five medals. Parallel, as the parse reads it: the number and
    the figure's noun are objects of one preposition, or direct objects, of two different heads."""
    if not tokens:
        return found
    out = list(found)
    at: dict[int, int] = {}
    for i, q in enumerate(found):
        start = text.find(q.text)
        if start >= 0:
            at[i] = start
    by_start = {t.start: k for k, t in enumerate(tokens)}
    for i, q in enumerate(found):
        if q.unit or q.high is not None or i not in at or not whole(q) or _SCALED_WORD.search(q.text):
            continue
        k = by_start.get(at[i] + len(q.text) - len(q.text.split()[-1]))
        if k is None or tokens[k].pos != "NUM" or tokens[k].dep not in ("pobj", "dobj"):
            continue
        for j in range(i - 1, -1, -1):
            p = found[j]
            n = by_start.get(at.get(j, -1) + len(p.text) - len(p.text.split()[-1])) if j in at else None
            if not p.unit or count_noun(p) != p.unit or n is None or tokens[n].pos != "NOUN" or tokens[n].dep != tokens[k].dep:
                continue
            if tokens[n].head != tokens[k].head and tokens[tokens[n].head].lemma == tokens[tokens[k].head].lemma:
                out[i] = dataclasses.replace(q, unit=p.unit)
            break
    return out


_SCALED_WORD = re.compile(r"\b(?:thousand|million|billion|trillion|dozen|crores?|lakhs?)\b", re.IGNORECASE)


def _parts_of_totals(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare number counted out of the next value counts what it counts: "landed 178 of 369 punches" is 178
    punches (`value_relation` reads the 369 as the total)."""
    out = list(found)
    for i, q, nxt, between in _adjacent(text, found):
        if not q.unit and nxt.unit and re.fullmatch(rf"\s+{OUT_OF}", between):
            out[i] = dataclasses.replace(q, unit=nxt.unit)
    return out
