"""Input discovery and reading: paths -> `Source`s with title, date and author metadata."""

from __future__ import annotations

import calendar
import codecs
import datetime as dt
import errno
import logging
import os
import re
from pathlib import Path
from typing import Iterable, Sequence

import yaml

from checker.chrome import DATE, ISO_DATE, byline, byline_author, byline_date, dateline, is_chrome, place_dateline_date
from checker.errors import ConfigError, Errors, InputError, Skips
from checker.html import HTML_SUFFIXES, extract_page
from checker.models import Skipped, Source, source_id
from checker.tables import read_tables

__all__ = ["discover", "read_sources", "read_metadata", "decode_bytes", "SUFFIXES", "SIDECAR"]

logger = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".html", ".htm")
"""Document suffixes read from folders."""
SIDECAR = "sources.yaml"
"""Per-folder metadata file: ``{file name: {title, date, author}}``."""

_DATE_LABELS = ("updated", "published", "posted", "generated", "date", "dated", "last modified", "released")
"""Words that label a page's date ("Updated: June 3, 2013")."""
_LABELLED_DATE = re.compile(
    r"\b(?P<label>" + "|".join(_DATE_LABELS) + r")(?:\s+on)?\s*[:|]?\s*"
    r"(?P<date>" + DATE + r")",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"[|•·—–]|\s-\s")
_PROSE_WORDS = frozenset("it he she they we i this that is was were are be been being has have had will would to".split())
"""Words that make what precedes a date's label a sentence ("It was released on July 1, 1997"), not a page's furniture."""
_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?\n)---\n", re.DOTALL)


def discover(paths: Sequence[str], skipped: list[Skipped] | None = None, others: list[str] | None = None) -> list[str]:
    """Expand files and folders (recursively, sorted, hidden entries skipped) into document paths.

    Files in those folders that are not documents (another suffix than `SUFFIXES`; not hidden, not a
    `SIDECAR`) are appended to ``others`` when given, so the caller can say what it did not read.

    A path that does not exist is [E001] (an unusable invocation). Folders that cannot be listed
    and symbolic-link loops are appended to ``skipped`` (logged when it is None) and the walk goes
    on; symbolic links to folders are not followed, as git and ruff do. Finding no document
    returns an empty list: the caller warns.
    """
    found: list[str] = []
    out = skipped if skipped is not None else []
    for raw in paths:
        p = Path(raw)
        if os.path.islink(raw) and not os.path.exists(raw):
            out.append(_link_problem(raw))
            continue
        if not p.exists():
            raise InputError(Errors.E001.format(path=raw))
        if not p.is_dir():
            found.append(raw)
            continue
        found.extend(_walk(raw, out, others))
    if skipped is None:
        for s in out:
            logger.warning("check: warning: skipped %s: [%s] %s", s.path, s.code, s.reason)
    # NOTE: the same file named twice (as a file and inside a folder) is read once.
    return list(dict.fromkeys(found))


def _link_problem(path: str) -> Skipped:
    """A dangling link or a loop of links, told apart by the error resolving it gives."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Skipped(path, "symbolic link loop", Skips.LINK_LOOP)
        return Skipped(path, f"broken symbolic link ({exc.strerror})", Skips.UNREADABLE)
    return Skipped(path, "cannot be resolved", Skips.UNREADABLE)


def _walk(root: str, skipped: list[Skipped], others: list[str] | None = None) -> list[str]:
    """Document paths under ``root`` (shown relative to it as given), sorted; problems go to ``skipped``."""
    found: list[str] = []

    def shown(full: str) -> str:
        rel = os.path.relpath(full, root)
        return rel if root in (".", "./") else str(Path(root) / rel)

    def onerror(exc: OSError) -> None:
        where = exc.filename or root
        skipped.append(Skipped(shown(where) if where != root else root, f"cannot list folder: {exc.strerror or exc}", Skips.UNREADABLE_FOLDER))

    for folder, dirs, files in os.walk(root, onerror=onerror, followlinks=False):
        # NOTE: a dangling link or a loop of links is listed in ``files`` (it is no folder).
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES:
                if others is not None and not name.startswith(".") and name != SIDECAR:
                    others.append(shown(os.path.join(folder, name)))
                continue
            full = os.path.join(folder, name)
            if os.path.islink(full) and not os.path.exists(full):
                skipped.append(_relabel(_link_problem(full), shown(full)))
                continue
            found.append(shown(full))
    return sorted(found, key=lambda f: Path(f).parts)


def _relabel(skip: Skipped, path: str) -> Skipped:
    return Skipped(path, skip.reason, skip.code)


class _Unusable(Exception):
    """A document that cannot be turned into text; becomes a `Skipped`."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# NOTE: an Emacs/Vim/PEP 263 coding cookie or an HTML/XML declaration in the first lines.
_DECLARED = re.compile(rb"""(?:coding[:=]\s*|<meta[^>]*charset\s*=\s*["']?|<\?xml[^>]*encoding\s*=\s*["'])([-\w.]+)""", re.IGNORECASE)
_SNIFF = 8192


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: BOM, then a declared encoding, then UTF-8, then charset detection.

    Raises `_Unusable` (CC902 binary, CC903 undecodable). Newlines are normalised to ``\\n``.
    """
    text, encoding = _decode(data)
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise _Unusable(Skips.UNDECODABLE, f"starts with a {encoding} byte-order mark but is not {encoding} (byte {exc.start})") from None
    if b"\x00" in data[:_SNIFF]:
        raise _Unusable(Skips.BINARY, "binary file (NUL bytes), not text")
    head = b"\n".join(data[:1024].split(b"\n")[:2]) if not data[:64].lstrip().startswith(b"<") else data[:1024]
    m = _DECLARED.search(head)
    if m:
        name = m[1].decode("ascii", "replace")
        try:
            codecs.lookup(name)
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            logger.debug("declared encoding %s does not fit; detecting", name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        offset = exc.start
    from charset_normalizer import from_bytes  # NOTE: lazy; only files that are not UTF-8 pay for it

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise _Unusable(Skips.UNDECODABLE, f"not UTF-8 (byte {offset}) and no other encoding fits")
    try:
        return data.decode(best.encoding), best.encoding
    except (LookupError, UnicodeDecodeError):
        raise _Unusable(Skips.UNDECODABLE, f"not UTF-8 (byte {offset}) and no other encoding fits") from None


def _read_text(path: str) -> str:
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise _Unusable(Skips.UNREADABLE, "is a folder") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _Unusable(Skips.LINK_LOOP, "symbolic link loop") from None
        raise _Unusable(Skips.UNREADABLE, f"cannot read: {exc.strerror or exc}") from None
    text, encoding = decode_bytes(data)
    if encoding not in ("utf-8", "utf-8-sig", "ascii"):
        logger.info("%s: read as %s", path, encoding)
    return text


def _parse_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = ISO_DATE.search(str(value))
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    plain = _plain_date(str(value))
    if plain is not None:
        return plain
    import dateparser  # NOTE: lazy, it costs ~0.3 s to import

    parsed = dateparser.parse(str(value), settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]})
    return parsed.date() if parsed else None


_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name} | {
    name.lower(): n for n, name in enumerate(calendar.month_abbr) if name
}
"""English month names and their abbreviations (the standard library's calendar), by number."""
_NAMED = re.compile(r"(?P<month>[A-Za-z]+)\.? (?P<day>\d{1,2})(?:st|nd|rd|th|ST|ND|RD|TH)?,? (?P<year>\d{4})"
                    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th|ST|ND|RD|TH)? (?P<month2>[A-Za-z]+)\.? (?P<year2>\d{4})")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep> ?[./] ?)(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})")


def _plain_date(value: str) -> dt.date | None:
    """The date of a whole value "March 12, 2011", "Dec. 19, 2005", "12 March 2011" (an English month
    name or its three-letter abbreviation) or "12 / 19 / 2005", "08. 07. 2012" (month first, day first
    when the month cannot be first, as dateparser reads them), else None: the caller asks dateparser,
    which reads these the same way (checked on every day and month number and each separator) but
    costs 0.3 s to import and a few ms a date (ECB+'s 75 datelines: 0.5 s of reading the corpus).

    NOTE: an impossible date ("February 30, 2011") is None here; dateparser then decides it."""
    value = value.strip()
    m = _NUMERIC.fullmatch(value)
    if m is not None:
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        for month, day in ((a, b), (b, a)):
            try:
                return dt.date(year, month, day)
            except ValueError:
                continue
        return None
    m = _NAMED.fullmatch(value)
    if m is None:
        return None
    month = _MONTHS.get((m["month"] or m["month2"]).lower())
    if month is None:
        return None
    try:
        return dt.date(int(m["year"] or m["year2"]), month, int(m["day"] or m["day2"]))
    except ValueError:
        return None


def _labelled_date(line: str) -> "re.Match[str] | None":
    """The first labelled date of a line ("Published: March 3, 2024", "By Jane Roe | Updated: 2026-06-26",
    "Article posted on 08. 07. 2012") whose label opens the line or a part of it after a separator, at most two
    words in or after another time stamp ("on April 30, 2008 at 4:31 AM, updated April 30, 2008"): a sentence that
    says when something was released ("The album was released on July 22, 1997", "it released on ...") dates what
    it tells, not the page."""
    if line.isascii():
        # NOTE: no label word, no labelled date (every run reads 40 lines of every document: ECB+ 23,000 lines, 0.15 ->
        # 0.03 CPU s); a line with other characters is searched, as a case-blind pattern matches "Poſted" too
        low = line.lower()
        if not any(w in low for w in _DATE_LABELS):
            return None
    for m in _LABELLED_DATE.finditer(line):
        before = _SEPARATOR.split(line[: m.start()])[-1]
        words = before.split()
        stamp = len(words) <= 8 and any(ch.isdigit() for ch in before)
        if (len(words) <= 2 or stamp) and not any(w.lower().strip(",.") in _PROSE_WORDS for w in words):
            return m
    return None


def read_metadata(text: str) -> dict[str, object]:
    """Title, publication date and author as the text states them (front matter, dateline, byline)."""
    meta: dict[str, object] = {}
    fm = _FRONT_MATTER.match(text)
    if fm:
        try:
            data = yaml.safe_load(fm["body"]) or {}
        except yaml.YAMLError:
            data = {}
        if isinstance(data, dict):
            meta.update({k: data[k] for k in ("title", "date", "author") if k in data})
    lines = [ln.strip() for ln in text.split("\n")]
    head = [ln for ln in lines if ln][:15]
    tail = [ln for ln in lines if ln][-25:]
    if "date" not in meta:
        for ln in head + tail:
            m = _labelled_date(ln)
            if m and (d := _parse_date(m["date"])):
                meta["date"] = d
                break
        else:
            for ln in head[:5]:
                # NOTE: a line that is a date alone dates the page ("Friday, June 7, 2013"), read without dateparser
                # (every run reads every document's metadata: 0.3 s to import it and ms a date would be paid each time)
                alone = dateline(ln)
                m = ISO_DATE.search(ln) if ln in head[:3] else None
                d = _plain_date(alone) if alone else (_parse_date(m[0]) if m else None)
                if d:
                    meta["date"] = d
                    break
            else:
                for ln in head[:8]:
                    # NOTE: or the news dateline opening the first paragraph ("PORT ALDER, April 20, 2026 — Saltgrass
                    # Kitchen ... is now open"): the day the story was filed; or the byline's date ("By Luis Ortega,
                    # Global Wire | November 9, 2026")
                    stated = place_dateline_date(ln) or byline_date(ln)
                    if stated and (d := _plain_date(stated)):
                        meta["date"] = d
                        break
    if "author" not in meta:
        for ln in head + tail:
            if who := byline_author(ln):
                meta["author"] = who
                break
    if "title" not in meta:
        for ln in head[:8]:
            words = ln.split()
            if len(words) > 25:
                break  # NOTE: a title comes before the body, never after its first paragraph
            if (
                not is_chrome(ln)
                and
                4 <= len(words) <= 16
                and ln[-1] not in ".,;!?…"
                and "/" not in ln
                and "|" not in ln
                and not _LABELLED_DATE.search(ln)
                and not byline(ln)
                and sum(w[:1].isalpha() for w in words) >= len(words) - 1
            ):
                meta["title"] = ln.lstrip("#").strip()
                break
    return meta


def _load_sidecar(folder: Path, cache: dict[Path, dict]) -> dict:
    """File name -> the metadata ``sources.yaml`` sets for it (validated by `checker.settings`)."""
    if folder in cache:
        return cache[folder]
    from checker.settings import SchemaError, load_sources_file

    data: dict = {}
    path = folder / SIDECAR
    if path.is_file():
        try:
            entries = load_sources_file(path)
        except SchemaError as exc:
            raise ConfigError(Errors.E011.format(path=exc.where, reason=exc.reason)) from None
        data = {name: entry.model_dump(exclude_unset=True) for name, entry in entries.items()}
    cache[folder] = data
    return data


def read_sources(paths: Iterable[str], skipped: list[Skipped] | None = None) -> list[Source]:
    """Read each document; metadata from the text, overridden by a ``sources.yaml`` sidecar.

    A document that cannot be read or decoded is appended to ``skipped`` (logged when it is None)
    and the others are read; a malformed sidecar is a `ConfigError` [E011]. Tables are read as
    sentences (`checker.tables.read_tables`); one that cannot be read is appended to ``skipped`` as
    ``CC907`` and the rest of its document is read.
    """
    sidecars: dict[Path, dict] = {}
    out = []
    for path in paths:
        try:
            text = _read_text(path)
        except _Unusable as exc:
            skip = Skipped(path, exc.reason, exc.code)
            if skipped is None:
                logger.warning("check: warning: skipped %s: [%s] %s", path, skip.code, skip.reason)
            else:
                skipped.append(skip)
            continue
        notes: tuple[str, ...] = ()
        if Path(path).suffix.lower() in HTML_SUFFIXES:
            text, notes = extract_page(text)  # NOTE: claims cite lines of the extracted text (checker.html)
        # NOTE: a table's rows become sentences on their own lines (checker.tables); a table that cannot be read is said
        text, unread = read_tables(text)
        for note in notes + unread:
            skip = Skipped(path, note, Skips.TABLE)
            if skipped is None:
                logger.warning("check: warning: skipped %s: [%s] %s", path, skip.code, skip.reason)
            else:
                skipped.append(skip)
        meta = read_metadata(text)
        side = _load_sidecar(Path(path).parent, sidecars).get(Path(path).name, {})
        meta.update({k: v for k, v in side.items() if k in ("title", "date", "author")})
        date = meta.get("date")
        if date is not None and not isinstance(date, dt.date):
            date = _parse_date(date)
        out.append(
            Source(
                id=source_id(path, text),
                path=path,
                text=text,
                title=(str(meta["title"]) if meta.get("title") else None),
                date=date,
                author=(str(meta["author"]) if meta.get("author") else None),
            )
        )
    return out
