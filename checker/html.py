"""HTML input: a web page -> its article text (trafilatura), title first, one paragraph per line.

Claims of an HTML document cite lines of this extracted text, not of the markup: ``page.html:3`` is
the third line of what `extract_text` returns (``check --write-claims`` shows each claim's text).
A data table is written as a pipe table, one row per line (`checker.tables` reads its rows); a data
table with merged cells (``colspan``, ``rowspan``), whose cells no line can place under their header,
is left out and named in `extract_page`'s notes.
"""

from __future__ import annotations

import logging

__all__ = ["HTML_SUFFIXES", "extract_page", "extract_text"]

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm")
"""Suffixes read as HTML."""


_BLOCKS = ("p", "div", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article")
"""Elements no data table's cell holds: a table whose cells hold them lays out a page."""


def extract_text(html: str) -> str:
    """The main text of a page (`extract_page` without its notes)."""
    return extract_page(html)[0]


def extract_page(html: str) -> tuple[str, tuple[str, ...]]:
    """The main text of a page: title on the first line, then paragraphs; "" when there is none. Also one note
    per data table left out because its cells are merged.

    trafilatura (lxml-based, maintained) removes navigation, footers, comments and ads; when it finds
    no article (a tiny or unusual page) its plain-text fallback keeps every visible line instead, so a
    document never vanishes because the extractor was unsure. Scripts and styles are never text.
    """
    import trafilatura

    if not html.strip():
        return "", ()
    html, notes = _without_merged_tables(html)
    try:
        body = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=True,
                                   favor_recall=True, with_metadata=False, deduplicate=False)
    except Exception as exc:  # NOTE: malformed markup must not stop the other documents
        logger.debug("trafilatura failed: %s", exc)
        body = None
    if not body:
        body = trafilatura.html2txt(html) or _visible_text(html)
    title = None
    try:
        meta = trafilatura.extract_metadata(html)
        title = meta.title if meta is not None else None
    except Exception as exc:
        logger.debug("no metadata: %s", exc)
    lines = [ln.strip() for ln in body.replace("\r\n", "\n").split("\n")]
    text = _join([ln for ln in lines if ln])
    if title and title.strip() and not text.startswith(title.strip()):
        text = f"{title.strip()}\n\n{text}" if text else title.strip()
    return text + ("\n" if text else ""), notes


def _join(lines: list[str]) -> str:
    """Paragraphs one blank line apart; the rows of a table trafilatura wrote ("| a | b |") stay together, as a pipe
    table is written."""
    out: list[str] = []
    for i, ln in enumerate(lines):
        if i and _row(ln) and _row(lines[i - 1]):
            out.append("\n" + ln)
        else:
            out.append(("\n\n" if i else "") + ln)
    return "".join(out)


def _row(line: str) -> bool:
    return line.startswith("|") and line.endswith("|") and len(line) > 1


def _without_merged_tables(html: str) -> tuple[str, tuple[str, ...]]:
    """The page without the rows of its data tables that merge cells, and a note naming each such table; the page as
    given when it has none.

    A data table holds no block (paragraph, list, nested table) in its cells: a table that does lays out the page, and
    its text is the page's. A merged cell spans columns or rows (``colspan`` / ``rowspan`` above 1): written as a row of
    pipes its neighbours would slide under another column's header. The rows it spans are left out; a table whose first
    row (its header) merges cells, or with no other row left, is left out whole."""
    if "colspan" not in html.lower() and "rowspan" not in html.lower():
        return html, ()
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception as exc:  # NOTE: lxml rejects some fragments (empty, only a comment)
        logger.debug("lxml failed: %s", exc)
        return html, ()
    notes = []
    for n, table in enumerate(list(root.iter("table")), 1):
        cells = table.xpath(".//td | .//th")
        if not cells or any(el.tag in _BLOCKS for cell in cells for el in cell.iterdescendants()):
            continue
        rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
        merged = _merged_rows(rows)
        if not merged:
            continue
        names = [" ".join(c.text_content().split()) for c in rows[0].xpath("./td | ./th")] if rows else []
        label = " | ".join(names)
        label = label if len(label) <= 60 else label[:57] + "..."
        if 0 in merged or len(merged) >= len(rows) - 1:
            notes.append(f"table {n} (\"{label}\") not read: merged cells (colspan / rowspan)")
            table.drop_tree()
            continue
        notes.append(f"table {n} (\"{label}\"): {len(merged)} of its {len(rows) - 1} rows not read: merged cells (colspan / rowspan)")
        for i in sorted(merged, reverse=True):
            rows[i].drop_tree()
    if not notes:
        return html, ()
    return lxml.html.tostring(root, encoding="unicode"), tuple(notes)


def _merged_rows(rows: list) -> set[int]:
    """Indices of the rows that hold a merged cell or lie under one spanning rows."""
    out: set[int] = set()
    for i, tr in enumerate(rows):
        for cell in tr.xpath("./td | ./th"):
            if _span(cell, "colspan") > 1:
                out.add(i)
            down = _span(cell, "rowspan")
            if down > 1:
                out.update(range(i, min(len(rows), i + down)))
    return out


def _span(cell, attr: str) -> int:  # noqa: ANN001
    try:
        return int((cell.get(attr) or "1").strip())
    except ValueError:
        return 1


def _visible_text(html: str) -> str:
    """Every visible text node, one per line (scripts, styles and comments dropped)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception as exc:  # NOTE: lxml rejects some fragments (empty, only a comment)
        logger.debug("lxml failed: %s", exc)
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    return "\n".join(t.strip() for t in root.itertext() if t.strip())
