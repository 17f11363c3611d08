"""Tables in a document's text: each row of a pipe table, read under its header, becomes sentences a judge compares.

A documentation page states its facts in tables ("| Pro | $19.99 / month |" under "| Plan | Price |"). The parse reads
sentences, so a table row alone yields nothing. `read_tables` finds Markdown pipe tables (markdown-it-py, the GitHub
table syntax: a header row, then a ``|---|`` delimiter row) and writes each body row, on its own line, as one sentence
per cell: what the column says of what the row is about, and the cell ("Price of the Pro plan: $19.99 / month."). Every row stays on
its line, so a claim from a row cites that row's line; the header and delimiter lines become blank (their words are in
every row's sentences). HTML pages reach here as text (`checker.html` writes their tables as pipe tables).

A table that cannot be read is left as it is (its lines yield no claim) and described in one line for the run's
skipped inputs (`checker.errors.Skips.TABLE`): rows without a header row, rows whose widths differ from the header's
(merged or missing cells), a body row without its first cell (a cell merged with the one above it), a column without
a header.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

__all__ = ["read_tables", "row_sentences"]

logger = logging.getLogger(__name__)

_PIPE_LINE = re.compile(r"^[ \t>]*\|.*\|[ \t]*$")
"""A line that opens and closes with a pipe (maybe inside a block quote): a row of a pipe table."""
_DELIMITER = re.compile(r"^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$", re.M)
"""A Markdown table's delimiter row ("|---|:--:|", "--- | ---")."""
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_BARE_NUMBER = re.compile(r"^[~≈<>≤≥]?[ \t]*[+-]?\d[\d,. \t]*%?$")
"""A cell that is a number alone ("5", "1,000", "99.9%"): what it counts is its column's name."""
_UNIT = re.compile(r"^(?P<name>.*?\S)[ \t]*\((?P<unit>[^()]{1,20})\)$")
"""A column name with its unit in brackets: "Price (USD)", "Storage (GB)"."""
_PROSE_WORDS = 8
"""Words of a cell that is a sentence rather than a value."""
_EMPTY = re.compile(r"^[\W_]*$")
"""A cell with no word or digit ("", "-", "—", "–"): nothing stated."""


@dataclass(frozen=True, slots=True)
class _Table:
    header_line: int
    """0-based line of the header row."""
    end_line: int
    """0-based line past the last row."""
    header: tuple[str, ...]
    """Column names as plain text."""
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    """(0-based line, cells as plain text) of each body row."""


def read_tables(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with every readable pipe table's rows written as sentences, and one note per table not read.

    Each body row is replaced on its own line by `row_sentences`; the header and delimiter lines become empty, so every
    other line keeps its number. Rows with pipes but no table (no header) and tables whose cells cannot be placed under
    their header stay as written and are described in the notes ("table at lines 4-6 not read: no header row ...").
    """
    if "|" not in text or not (_DELIMITER.search(text) or _two_pipe_lines(text)):
        return text, ()
    lines = text.split("\n")
    tables, covered = _markdown_tables(text)
    notes: list[str] = []
    for table in tables:
        why = _unreadable(table, lines)
        if why:
            notes.append(f"table at lines {table.header_line + 1}-{table.end_line} not read: {why}")
            continue
        transposed = not table.header[0]
        for i, cells in table.rows:
            lines[i] = " ".join(row_sentences(table.header, cells, transposed))
        lines[table.header_line] = ""
        lines[table.header_line + 1] = ""
    notes.extend(_headerless(lines, covered))
    return "\n".join(lines), tuple(notes)


def row_sentences(header: tuple[str, ...], cells: tuple[str, ...], transposed: bool = False) -> list[str]:
    """One sentence per filled cell of a row: the column's name, what the row is about, and the cell.

    The first cell names what the row is about and the first column's name says what kind of thing it is ("Pro" under
    "Plan": "the Pro plan"); each other cell is stated under its column's name: "Price of the Pro plan: $19.99 / month."
    A number alone takes its column's name as what it counts when that name is plural or a rate ("5" under "Seats": "The
    Pro plan: 5 seats."; "60" under "Requests per minute"), or the unit its name gives in brackets ("19.99" under "Price
    (USD)": "Price of the Pro plan: 19.99 USD."). ``transposed`` (the header's first cell is empty: "|  | Free | Pro |"):
    the columns are the things compared and the first cell of each row names what is stated of them ("For Free: 60
    requests per minute.").

    NOTE: what the row is about is never the sentence's first word, where every word is capitalised: the judge tells
    "the Enterprise plan" from "the Pro plan" by the capitalised words next to a value (`checker.judge.align`).
    """
    out = []
    for j in range(1, min(len(header), len(cells))):
        value = cells[j].strip().rstrip(".").strip()
        if _EMPTY.match(value):
            continue
        if transposed:
            subject, owner, attribute = header[j], f"For {header[j]}", _lower(cells[0])
        else:
            subject = _subject(cells[0], header[0])
            owner, attribute = f"The {subject}", _lower(header[j])
        of = f"of {'' if transposed else 'the '}{subject}"
        unit = _UNIT.match(attribute)
        if _BARE_NUMBER.match(value) and unit is not None:
            out.append(f"{_capital(unit['name'])} {of}: {value} {unit['unit']}.")
        elif _BARE_NUMBER.match(value) and _counts(attribute):
            out.append(f"{owner}: {value} {attribute}.")
        else:
            out.append(f"{_capital(attribute)} {of}: {value}.")
    return out


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


def _subject(key: str, kind: str) -> str:
    """What a row is about: its first cell and the first column's name unless the cell says it ("Pro", "Plan": "Pro
    plan"; "Pro plan", "Plan": "Pro plan")."""
    kind = _lower(kind)
    words = {w.lower() for w in re.findall(r"\w+", key)}
    if not kind or all(w.lower() in words for w in re.findall(r"\w+", kind)):
        return key
    return f"{key} {kind}"


def _lower(name: str) -> str:
    """A column name as running text: capitalised words lower-cased, acronyms and mixed case kept ("Requests per
    Minute" -> "requests per minute", "API calls", "iOS")."""
    return " ".join(w.lower() if w[:1].isupper() and (w[1:].islower() or len(w) == 1) else w for w in name.split())


def _counts(attribute: str) -> bool:
    """A column name that says what a bare number counts: a plural last word ("Seats", "Max tokens") or a rate ("Requests
    per minute")."""
    words = attribute.split()
    if not words:
        return False
    last = words[-1].lower()
    return " per " in f" {attribute.lower()} " or (len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")))


def _two_pipe_lines(text: str) -> bool:
    return re.search(r"^[ \t>]*\|.*\|[ \t]*\n[ \t>]*\|.*\|[ \t]*$", text, re.M) is not None


@functools.lru_cache(maxsize=1)
def _markdown():  # noqa: ANN202
    from markdown_it import MarkdownIt  # NOTE: lazy; only documents with a pipe table pay for it

    return MarkdownIt("commonmark").enable("table")


def _markdown_tables(text: str) -> tuple[list[_Table], set[int]]:
    """Pipe tables markdown-it finds, and the lines of tables and code blocks (no header-less rows are looked for there)."""
    tables: list[_Table] = []
    covered: set[int] = set()
    tokens = _markdown().parse(text)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type in ("fence", "code_block", "html_block") and tok.map:
            covered.update(range(*tok.map))
        if tok.type != "table_open" or not tok.map:
            i += 1
            continue
        covered.update(range(*tok.map))
        header: list[str] = []
        rows: list[tuple[int, tuple[str, ...]]] = []
        row: list[str] = []
        row_line = -1
        in_head = False
        i += 1
        while i < len(tokens) and tokens[i].type != "table_close":
            t = tokens[i]
            if t.type == "thead_open":
                in_head = True
            elif t.type == "thead_close":
                in_head = False
            elif t.type == "tr_open":
                row, row_line = [], t.map[0] if t.map else -1
            elif t.type == "inline":
                row.append(_plain(t))
            elif t.type == "tr_close":
                if in_head:
                    header = row
                elif row_line >= 0:
                    rows.append((row_line, tuple(row)))
            i += 1
        tables.append(_Table(tok.map[0], tok.map[1], tuple(header), tuple(rows)))
        i += 1
    return tables, covered


def _plain(inline) -> str:  # noqa: ANN001
    """A cell's text without its Markdown (emphasis, links and code keep their words)."""
    parts = []
    for child in inline.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())


def _width(line: str) -> int:
    """Cells a pipe-table line writes (pipes escaped as ``\\|`` or inside code spans are no cell borders)."""
    line = re.sub(r"`[^`]*`", "x", line.strip().lstrip(">").strip())
    parts = _CELL_SPLIT.split(line)
    if parts and not parts[0].strip():
        parts = parts[1:]
    if parts and not parts[-1].strip():
        parts = parts[:-1]
    return len(parts)


def _unreadable(table: _Table, lines: list[str]) -> str:
    """Why a table's cells cannot be placed under their header, or ""."""
    width = len(table.header)
    if not table.rows:
        return "no rows under its header"
    if any(not h for h in table.header[1:]):
        return "a column without a header"
    if any(_width(lines[i]) != width for i, _ in table.rows) or _width(lines[table.header_line]) != width:
        return f"rows of different widths from its {width}-column header (merged or missing cells)"
    if any(_EMPTY.match(cells[0]) for _, cells in table.rows):
        return "a row without its first cell (merged with the row above)"
    return ""


def _headerless(lines: list[str], covered: set[int]) -> list[str]:
    """Notes for runs of two or more pipe rows of one width that are no table (no header and delimiter row)."""
    notes = []
    run: list[int] = []

    def flush() -> None:
        # NOTE: a run whose cells hold sentences is a page laid out in a table (trafilatura writes its cells as pipes):
        # its lines are parsed as text, so nothing is left unread
        prose = any(len(cell.split()) >= _PROSE_WORDS for k in run for cell in _CELL_SPLIT.split(lines[k]))
        if len(run) >= 2 and not prose and len({_width(lines[k]) for k in run}) == 1 and _width(lines[run[0]]) >= 2:
            notes.append(f"table at lines {run[0] + 1}-{run[-1] + 1} not read: no header row (no |---| line under its first row)")
        run.clear()

    for k, line in enumerate(lines):
        if k not in covered and _PIPE_LINE.match(line):
            run.append(k)
        else:
            flush()
    flush()
    return notes
