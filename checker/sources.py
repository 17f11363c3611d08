"""Input discovery and reading: paths -> `Source`s with title, date and author metadata."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path
from typing import Iterable, Sequence

import yaml

from checker.errors import ConfigError, Errors, InputError
from checker.html import HTML_SUFFIXES, extract_text
from checker.models import Source, source_id

__all__ = ["discover", "read_sources", "read_metadata", "SUFFIXES", "SIDECAR"]

logger = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".html", ".htm")
"""Document suffixes read from folders."""
SIDECAR = "sources.yaml"
"""Per-folder metadata file: ``{file name: {title, date, author}}``."""

_LABELLED_DATE = re.compile(
    r"\b(?P<label>updated|published|posted|generated|date|dated|last modified|released)\s*[:|]?\s*"
    r"(?P<date>\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_BYLINE = re.compile(r"^\s*(?:by|author)\s*[:]?\s+(?P<who>[^|\n]+?)\s*(?:\||$)", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?\n)---\n", re.DOTALL)


def discover(paths: Sequence[str]) -> list[str]:
    """Expand files and folders (recursively, sorted, hidden entries skipped) into document paths."""
    found: list[str] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(Errors.E001.format(path=raw))
        if p.is_file():
            found.append(raw)
            continue
        for child in sorted(p.rglob("*")):
            rel = child.relative_to(p)
            if any(part.startswith(".") for part in rel.parts):
                continue
            if child.is_file() and child.suffix.lower() in SUFFIXES:
                found.append(str(Path(raw) / rel) if raw not in (".", "./") else str(rel))
    if not found:
        raise InputError(Errors.E002.format(paths=", ".join(paths)))
    # NOTE: the same file named twice (as a file and inside a folder) is read once.
    return list(dict.fromkeys(found))


def _read_text(path: str) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(Errors.E003.format(path=path, reason=exc.strerror or exc)) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(Errors.E004.format(path=path, offset=exc.start)) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _parse_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = _ISO_DATE.search(str(value))
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    import dateparser  # NOTE: lazy, it costs ~0.3 s to import

    parsed = dateparser.parse(str(value), settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]})
    return parsed.date() if parsed else None


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
            m = _LABELLED_DATE.search(ln)
            if m and (d := _parse_date(m["date"])):
                meta["date"] = d
                break
        else:
            for ln in head[:3]:
                m = _ISO_DATE.search(ln)
                if m and (d := _parse_date(m[0])):
                    meta["date"] = d
                    break
    if "author" not in meta:
        for ln in head + tail:
            m = _BYLINE.match(ln)
            if m:
                who = m["who"].strip()
                meta["author"] = _ISO_DATE.split(who)[0].strip(" |") if _ISO_DATE.search(who) else who
                break
    if "title" not in meta:
        from checker.chrome import is_chrome

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
                and not _BYLINE.match(ln)
                and sum(w[:1].isalpha() for w in words) >= len(words) - 1
            ):
                meta["title"] = ln.lstrip("#").strip()
                break
    return meta


def _load_sidecar(folder: Path, cache: dict[Path, dict]) -> dict:
    if folder in cache:
        return cache[folder]
    data: dict = {}
    path = folder / SIDECAR
    if path.is_file():
        try:
            loaded = yaml.safe_load(path.read_text("utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise ConfigError(Errors.E011.format(path=path, reason=str(exc).splitlines()[0])) from exc
        if not isinstance(loaded, dict) or not all(isinstance(v, dict) for v in loaded.values()):
            raise ConfigError(Errors.E011.format(path=path, reason="expected a mapping of file name to {title, date, author}"))
        data = loaded
    cache[folder] = data
    return data


def read_sources(paths: Iterable[str]) -> list[Source]:
    """Read each document as UTF-8; metadata from the text, overridden by a ``sources.yaml`` sidecar."""
    sidecars: dict[Path, dict] = {}
    out = []
    for path in paths:
        text = _read_text(path)
        if Path(path).suffix.lower() in HTML_SUFFIXES:
            text = extract_text(text)  # NOTE: claims cite lines of the extracted text (checker.html)
        meta = read_metadata(text)
        side = _load_sidecar(Path(path).parent, sidecars).get(Path(path).name, {})
        meta.update({k: v for k, v in side.items() if k in ("title", "date", "author")})
        date = meta.get("date")
        if date is not None and not isinstance(date, dt.date):
            parsed = _parse_date(date)
            if parsed is None and side.get("date") is not None:
                raise ConfigError(Errors.E011.format(path=Path(path).parent / SIDECAR, reason=f"bad date {date!r} for {Path(path).name}"))
            date = parsed
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
