"""Quantities: "less than 14,000 people", "about 1.2 million", "35%" -> `Quantity`."""

from __future__ import annotations

import logging
import re

from checker.models import Quantity

__all__ = ["find_quantities"]

logger = logging.getLogger(__name__)

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50, "hundred": 100, "dozen": 12, "dozens": 24}
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "tn": 1e12}
_CMP = [
    (r"up to|at most|no more than|not more than|a maximum of", "<="),
    (r"at least|no fewer than|no less than|a minimum of", ">="),
    (r"(?:less|fewer|lower|smaller) than|under|below", "<"),
    (r"(?:more|higher|greater|larger|bigger) than|over|above|in excess of|exceeding|exceeded|surpassed|surpassing|upwards of|a record|\+", ">"),
    (r"about|around|approximately|roughly|nearly|almost|some|an estimated|estimated|close to|circa|~|c\.", "~"),
]
_CUR = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b)"
_PAT = re.compile(
    r"(?P<cmp>" + "|".join(p for p, _ in _CMP) + r")?\s*(?P<cur>us\$|\$|€|£|¥)?\s*" + _NUM
    + r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mn|tn|k|m|b)\b)?(?:\s*(?P<pct>%|percent|per cent))?"
    + r"(?:\s+(?P<unit>(?:[a-z][a-z-]+\s){0,2}?[a-z][a-z-]+))?",
    re.IGNORECASE,
)

_STOP_UNITS = {"and", "or", "to", "of", "in", "the", "a", "an", "on", "at", "by", "for", "with", "from", "as", "than",
               "is", "was", "were", "are", "had", "has", "have", "that", "which", "who"}


def _unit_head(unit: str | None) -> str:
    if not unit:
        return ""
    words = [w for w in unit.lower().split() if w not in _STOP_UNITS]
    if not words:
        return ""
    w = words[-1] if len(words) == 1 else words[0]
    for suffix, repl in (("ies", "y"), ("ses", "s"), ("s", "")):
        if w.endswith(suffix) and len(w) > 3 and not w.endswith("ss"):
            return w[: -len(suffix)] + repl
    return w


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Numbers with comparator and unit; years, dates, versions and ordinals are left to other slots."""
    out = []
    for m in _PAT.finditer(text):
        raw = m["num"]
        s = m.start("num")
        before = text[max(0, s - 12) : s]
        after = text[m.end("num") : m.end("num") + 2]
        if re.search(r"\b[A-Z][\w.]*(?:-| |-v|\sv)$", before) and not m["cmp"] and not m["cur"]:
            continue  # NOTE: "GPT-5", "Claude 4": a version belongs to the product slot
        if re.match(r"(st|nd|rd|th)\b", after) or re.match(r"\s*[-–/]\s*\d", text[m.end("num"):m.end("num") + 4]):
            continue
        if m["unit"] and m["unit"][:1].isupper() and not m["cmp"] and not m["cur"]:
            continue  # NOTE: "360 Security Technologies", "7 World Trade Center": part of a name
        low = raw.lower()
        value = float(_WORDS[low]) if low in _WORDS else float(raw.replace(",", ""))
        if 1800 <= value <= 2199 and "," not in raw and "." not in raw and not m["cur"] and not m["pct"] and not m["scale"]:
            continue  # NOTE: a bare year is a date, not a quantity
        if re.match(r"\d", text[m.end("num") + 1 : m.end("num") + 2] if text[m.end("num") : m.end("num") + 1] in "-/:" else "") or re.search(r"\d[-/:]$", before):
            continue  # NOTE: parts of ISO dates, times and ranges ("2024-02-11", "08:52")
        if re.search(r"(january|february|march|april|may|june|july|august|september|october|november|december)\s*$", before, re.I):
            continue
        scale = (m["scale"] or "").lower()
        if scale in ("m", "b", "k") and not m["cur"]:
            scale = ""
        value *= _SCALE.get(scale, 1)
        unit = "percent" if m["pct"] else _CUR.get((m["cur"] or "").lower(), _unit_head(m["unit"]))
        cmp = "="
        # NOTE: "averaged over 9 critics": "over" is a preposition there, not a bound.
        if m["cmp"] and not (m["cmp"].lower() == "over" and re.search(r"\b(averaged|based|spread|split|divided)\s+$", text[: m.start()])):
            c = m["cmp"].lower()
            for pat, sym in _CMP:
                if re.fullmatch(pat, c, re.I):
                    cmp = sym
                    break
        if m["cmp"] and m["cmp"].lower() == "a record":
            cmp = "="
        text_span = text[m.start() if m["cmp"] else (m.start("cur") if m["cur"] else s) : m.end()].strip()
        out.append(Quantity(value=value, unit=unit, comparator=cmp, text=text_span))
    return tuple(out)
