"""Benchmark corpora: the seeds as they are, ECB+ written out as plain-text documents in a temp folder."""

from __future__ import annotations

import logging
import re
from pathlib import Path

__all__ = ["write_ecbplus", "sentences"]

logger = logging.getLogger(__name__)


def write_ecbplus(folder: Path, copies: int = 1, limit: int | None = None) -> int:
    """Write the 982 ECB+ documents as ``.txt`` (one sentence per line, URL line dropped); returns the count.

    ``copies`` > 1 repeats the corpus in ``copy<k>/`` subfolders (a memory test for 10,000 documents);
    ``limit`` keeps the first documents in corpus order (whole topics first). Data never goes into
    the repository: callers pass a temp folder.
    """
    from eval.ecbplus import DEFAULT_DIR, _doc_sort_key, _read_docs

    docs = sorted(_read_docs(DEFAULT_DIR / "ECBplus_full_xml.tar.gz", None), key=_doc_sort_key)[:limit]
    n = 0
    for k in range(copies):
        base = folder / f"copy{k}" if copies > 1 else folder
        for doc in docs:
            d = base / f"{doc.topic:02d}"
            d.mkdir(parents=True, exist_ok=True)
            lines = [doc.sentences[s] for s in sorted(doc.sentences) if not (doc.subtopic == "ecbplus" and s == 0)]
            (d / f"{doc.name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
            n += 1
    return n


_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'(])")


def sentences(folder: Path) -> list[str]:
    """The corpus' sentences as a plain embedding job would see them: lines split at sentence ends, 3+ words."""
    out = []
    for p in sorted(folder.rglob("*")):
        if p.suffix not in (".txt", ".md") or not p.is_file():
            continue
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
            out.extend(s.strip() for s in _SENT_END.split(line) if len(s.split()) >= 3)
    return out
