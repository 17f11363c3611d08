"""HTML input: a web page -> its article text (trafilatura), title first, one paragraph per line.

Claims of an HTML document cite lines of this extracted text, not of the markup: ``page.html:3`` is
the third line of what `extract_text` returns (``check --write-claims`` shows each claim's text).
"""

from __future__ import annotations

import logging

__all__ = ["HTML_SUFFIXES", "extract_text"]

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm")
"""Suffixes read as HTML."""


def extract_text(html: str) -> str:
    """The main text of a page: title on the first line, then paragraphs; "" when there is none.

    trafilatura (lxml-based, maintained) removes navigation, footers, comments and ads; when it finds
    no article (a tiny or unusual page) its plain-text fallback keeps every visible line instead, so a
    document never vanishes because the extractor was unsure. Scripts and styles are never text.
    """
    import trafilatura

    if not html.strip():
        return ""
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
    text = "\n\n".join(ln for ln in lines if ln)
    if title and title.strip() and not text.startswith(title.strip()):
        text = f"{title.strip()}\n\n{text}" if text else title.strip()
    return text + ("\n" if text else "")


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
