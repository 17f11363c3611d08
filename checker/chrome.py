"""Page chrome and boilerplate: lines of a web page that are not the article's text."""

from __future__ import annotations

import re

__all__ = ["ISO_DATE", "byline", "byline_author", "byline_date", "is_breadcrumb", "is_chrome", "is_metadata", "place_dateline", "place_dateline_date", "strip_credit", "strip_tag", "title_dateline"]

# NOTE: generic web boilerplate seen across news sites, CMS exports and generated pages;
# each pattern must describe a kind of page furniture, never one article's wording.
_CHROME = [
    r"^(share|tweet|email|print|subscribe|sign in|log in|sign up|menu|search|home|top|more|follow us|advertisement|sponsored|related( articles| stories)?)\b.{0,40}$",
    r"\bshare\s*-\s*\w+$",
    r"^back to (the )?top$",
    r"^(read|view|see) (the )?(original|full|more)( article| story| post)?\b.{0,10}$",
    r"^(click|tap) here\b",
    r"\bcopyright\b|©|\ball rights reserved\b",
    r"\bwithout (written|prior) (authorization|permission)\b",
    r"\bbrowsers? with .* resolution\b",
    r"^(license|licence|registration) (for|number|no\.?)\b",
    r"^most (viewed|read|popular|shared)\b",
    r"\bviews (expressed )?(do not|don't|don’t) necessarily reflect\b",
    r"\bsend us your (writings|letters|stories|tips)\b",
    r"\byour vote is final\b|\bvote(s)? (now|here)\b",
    r"^\[\s*[^\]]{1,40}\s*\]$",
    r"^(global edition|english|español|français|中文)\b.{0,40}$",
    r"^(terms of (use|service)|privacy policy|cookie (policy|settings)|contact us|about us)\b",
    r"^(photo|image|video|graphic|illustration)( credit)?\s*:",
    r"^(quality( score)?|topic reason|category|tags?|model|generated|updated|published|posted|author|source|by)\b\s*[:|]",
    r"^\W*$",
]
_CHROME_RE = [re.compile(p, re.IGNORECASE) for p in _CHROME]

DATE = (r"(?:\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\.? \d{4}"
        r"|\d{1,2} ?[./] ?\d{1,2} ?[./] ?\d{4})")
"""A written calendar date as pages state their own: ISO, "March 3, 2024", "November 28th, 2005", "3 March 2024",
"08.07.2012"."""
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_BYLINE = re.compile(r"^\s*(?:(?:posted|written|published)\s+by|by|author)\s*[:]?\s+(?P<who>[^|\n]+?)\s*(?:\||$)", re.IGNORECASE)
_BYLINE_DATE = re.compile(r"(?:^|\s(?:on\s+)?|[|·•—–,]\s*)(?:" + _WEEKDAY + r",?\s*)?(?P<date>" + DATE + ")",
                          re.IGNORECASE)
"""A date in a byline, after its name and a separator or "on": "By Luis Ortega, Global Wire | November 9, 2026", "By Jane
Roe · Nov. 9, 2026 · 4 min read", "Posted by Jane Roe on Friday, November 9, 2026"."""
_BYLINE_WORDS = 16
"""Words of a byline at most: a longer line opening with "By" is a sentence ("By the time the crews arrived, ...")."""
_BYLINE_SEPARATOR = re.compile(r"\s+(?:[|·•—–]|on\s+(?=\S*\d|[A-Z]))\s*|\s*\|\s*")
"""What ends a byline's name: a separator, or "on" before its date ("Posted by Jane Roe on Friday, ...")."""
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_CLOCK = r"\d{1,2}\s?[:.]\s?\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5}\b)?"
_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
               r"|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATELINE = re.compile(
    r"^(?:(?:the |this )?(?:article|story|post|page|entry|report|item)\s+(?:was\s+)?)?"
    r"(?:(?:first|last|originally)\s+)?(?:posted|published|updated|modified|dated)\b(?:\s+(?:on|at))?\s*[:|]?\s*"
    r"(?:" + _CLOCK + r",?\s*)?(?P<date>" + DATE + r")"
    r"(?:,?\s*(?:at\s+)?\d{1,2}\s?[:.]\s?\d{2}\s*(?:[ap]\.?\s?m\.?|[ap])?(?:\s+[A-Z]{2,5})?)?"
    r"(?:\s*(?:\||·|-|–|by)\s*.{1,60})?\s*$",
    re.IGNORECASE,
)

_BARE_DATELINE = re.compile(
    r"^(?:" + _CLOCK + r",?\s*)?(?:" + _WEEKDAY + r",?\s*)?(?P<date>" + DATE + r")"
    r"(?:,?\s*(?:at\s+)?" + _CLOCK + r")?"
    r"(?:\s*(?:\||·|-|–)?\s*(?:(?:first|last)\s+)?(?:updated|posted|published|modified)(?:\s+(?:on|at))?\s*:?\s*"
    r"(?:" + _CLOCK + r")?)?\s*$",
    re.IGNORECASE,
)
"""A line that is a date alone, with its weekday, clock time or "last updated" time: "Friday, June 7, 2013",
"9:53 AM, MON 22 JUL 2013", "21 July 2013 Last updated at 11:11 GMT"."""
_PLACED_DATELINE = re.compile(r"^(?:[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3},[ \t]*){1,2}(?P<date>" + DATE + r")\s*$")
"""A line that is a place and a date alone, as a release or a letter heads its text: "Tromsø, 6 March 2026", "Port
Alder, Maine, April 20, 2026"."""

_META = re.compile(r"^[A-Z][\w .'-]{0,30}?\s*[:|]\s*\S.{0,60}$")
_CREDIT = re.compile(r"(?<=[.!?])\s+[A-Z][A-Z .'-]{3,}(/[A-Z][A-Z .'-]+)+\s*$")
_TAG = re.compile(r"(?<=[.!?])\s*[/|]\s*[A-Za-z]+(\s+[A-Za-z]+)?\s*$")
_STEP_WORDS = 4
"""Words of one step of a breadcrumb trail at most."""
_NAV = re.compile(r"^\S.{0,60}( / | > | » ).{0,80}$")


def is_chrome(line: str) -> bool:
    """True for navigation, share widgets, copyright lines and similar page furniture."""
    s = line.strip()
    if not s:
        return True
    if is_breadcrumb(s) or dateline(s) is not None:
        return True  # NOTE: "Leader of ISIL Killed! / Photo" has a slash but is a headline, not a trail
    return any(p.search(s) for p in _CHROME_RE)


def dateline(line: str) -> str | None:
    """The date of a line that only dates its page ("Article posted on 08. 07. 2012", "Last updated
    March 3, 2024 at 5:55 pm by Ana Ruiz", "Friday, June 7, 2013", "21 July 2013 Last updated at 11:11 GMT",
    "Tromsø, 6 March 2026"),
    else None. Such a line is page furniture: it dates the
    document (`checker.sources.read_metadata`), not the events its sentences tell."""
    m = _DATELINE.match(line.strip()) or _BARE_DATELINE.match(line.strip()) or _PLACED_DATELINE.match(line.strip())
    return m["date"] if m else None


_PLACE = r"(?:[A-Z][A-Z'’.]{2,}|[A-Z]\.(?:[A-Z]\.)+)(?:[ \t](?:[A-Z][A-Z'’.]+|de|la|el))*"
_PLACE_DATELINE = re.compile(
    r"(?:(?P<place>" + _PLACE + r")(?:,[ \t]*(?!" + _MONTH_NAME + r"[ \t]\d)[A-Z][\w.'’]*(?:[ \t][A-Z][\w.'’]*){0,2})?"
    r"(?:,?[ \t]*(?P<date>" + _MONTH_NAME + r"[ \t]\d{1,2}(?:,?[ \t]\d{4})?|\d{1,2}[ \t]" + _MONTH_NAME + r"(?:[ \t]\d{4})?))?)?"
    r"(?:[ \t]*\((?P<agency>[A-Z][\w .&'’-]{0,30})\))?"
    r"(?:[ \t]*(?:—|–|--)[ \t]*|[ \t]+-[ \t]+)(?=[\"“'‘A-Z0-9(])"
)
"""A news dateline opening a paragraph: a place in capitals, maybe its region or a date, maybe the agency in brackets,
and a dash ("NEW YORK (Reuters) - ", "MAIDUGURI, Nigeria — ", "WASHINGTON, Nov 5 (Reuters) - ", "PORT ALDER, April 20,
2026 — ", "(CNN) -- ")."""


def place_dateline(text: str) -> int:
    """Length of the news dateline that opens ``text`` ("LONDON — ", "CHILPANCINGO, Mexico (AP) — "), else 0.
    It places and credits the story, and is no part of its first sentence: parsed with it, the place reads as the
    sentence's subject ("LONDON — The embassy denied P": who denies is the embassy, not London)."""
    m = _place_dateline(text)
    return m.end() if m is not None else 0


def _place_dateline(text: str) -> "re.Match[str] | None":
    m = _PLACE_DATELINE.match(text)
    return m if m is not None and (m["place"] or m["agency"]) and m.end() <= 80 else None


def place_dateline_date(text: str) -> str | None:
    """The date a news dateline opening ``text`` gives, when it gives one with its year ("PORT ALDER, April 20, 2026 —
    ..." -> "April 20, 2026"), else None: the day the story was filed, the page's date (`checker.sources.read_metadata`),
    not an event's."""
    m = _place_dateline(text)
    return m["date"] if m is not None and m["date"] and re.search(r"\d{4}$", m["date"]) else None


_DAY_DATE = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
             r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+" + _MONTH_NAME + r"|" + _MONTH_NAME + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?)(?:,?[ \t]+\d{4})?"
             r"|" + _MONTH_NAME + r"[ \t]+\d{4}|\d{4}-\d{2}-\d{2}")
_TITLE_DATELINE = re.compile(
    r"(?:[ \t]+(?:-|–|—|\||·)[ \t]+(?:[A-Za-z][a-z]+(?:[ \t][A-Za-z][a-z]+){0,2},?[ \t]+)?|,[ \t]+)(?:" + _DAY_DATE + r")[ \t]*$")
"""One day (or month) closing a title after a dash, bar or comma, maybe a label of a few words before it: "Measles
outbreak in Westfield - update, 3 March", "Pine Ridge fire update - Friday 8 August", "Press release, 14 May 2025"."""


def title_dateline(title: str) -> int:
    """Length of a title without the dateline that closes it (`_TITLE_DATELINE`), else the title's length. The day
    closing a page's title dates the page (its update, its minutes, its release), not what the title names: two
    updates of one outbreak, dated 3 and 10 March, tell one outbreak. A span of days ("3-12 July") is no dateline."""
    m = _TITLE_DATELINE.search(title)
    return m.start() if m is not None and m.start() > 0 else len(title)


def is_breadcrumb(line: str) -> bool:
    """True for a short navigation trail (``Home / News / World``, ``Sport > Football``)."""
    s = line.strip()
    # NOTE: each step of a trail is a few words; "Leader of ISIL Killed! / Photo" is a headline with a tag
    steps = re.split(r" / | > | » ", s)
    return bool(_NAV.match(s)) and len(s.split()) <= 14 and s[-1:] not in ".!?" and all(len(p.split()) <= _STEP_WORDS for p in steps)


def byline(line: str) -> "re.Match[str] | None":
    """The byline that ``line`` is (``who``: the name and what follows it up to a "|"), if it is one: "By Luis Ortega,
    Global Wire | November 9, 2026", "Posted by Jane Roe on Friday, November 9, 2026", "Author: Jane Roe"."""
    return _BYLINE.match(line) if len(line.split()) <= _BYLINE_WORDS else None


def byline_date(line: str) -> str | None:
    """The date a byline gives after its name ("By Luis Ortega, Global Wire | November 9, 2026"), else None."""
    m = byline(line)
    found = _BYLINE_DATE.search(line, m.start("who")) if m else None
    return found["date"] if found else None


def byline_author(line: str) -> str | None:
    """The name a byline gives, without what follows it ("By Luis Ortega | November 9, 2026" -> "Luis Ortega"), else None."""
    m = byline(line)
    if not m:
        return None
    who = _BYLINE_SEPARATOR.split(m["who"].strip())[0]
    return ISO_DATE.split(who)[0].strip(" |") if ISO_DATE.search(who) else who


def is_metadata(line: str) -> bool:
    """True for short ``Label: value`` lines (``Quality Score: TBD``) and bylines that carry no sentence."""
    s = line.strip()
    if s.count(" | ") >= 2 and s[-1:] not in ".!?" and len(s.split()) <= 16:
        return True  # NOTE: a field list ("By Ana Ruiz | Daily Planet | Updated: 2025-02-01")
    m = byline(s)
    if m and m["who"][:1].isupper() and s[-1:] not in ".!?" and ("|" in s or _BYLINE_DATE.search(s, m.start("who"))):
        # NOTE: who wrote the page and when ("By Jess Carrow, with Mountain West Wire | February 20, 2026"): the page's
        # author and date (`checker.sources.read_metadata`), not a claim, and no time of the lines under it
        return True
    return bool(_META.match(s)) and len(s.split()) <= 8 and not s.endswith(".")


def strip_credit(text: str) -> str:
    """Drop a trailing photo credit in capitals (``... 2026. JANE DOE/FOR THE DAILY``)."""
    return _CREDIT.sub("", text)


def strip_tag(text: str) -> str:
    """Drop a media tag of a word or two set off by a slash or a bar after a sentence's end (``... Closed After Storm! /
    Photo``, ``... resigns. | Video``): what the page attaches, not what the sentence says."""
    return _TAG.sub("", text)
