"""Count nouns of one kind of thing: WordNet's synonyms and near hyponyms (``checker/data/count_nouns.tsv.gz``).

"12 fatalities" and "9 deaths" count one thing in other words, and so do "1,800 employees" and "2,000 workers": the
quantity judge compares them (`checker.rules.numbers`). The table is built by ``python -m train.count_nouns`` from
WordNet 3.0 (first senses, countable kinds only; see that module); nothing in it is written by hand.
"""

from __future__ import annotations

import functools
import gzip
import logging
from importlib import resources

__all__ = ["kin", "SAME", "NARROWER", "BROADER"]

logger = logging.getLogger(__name__)

SAME = "="
"""The two nouns name one thing ("film" / "movie")."""
NARROWER = "<"
"""The first noun names a kind of what the second names ("fatality" / "death", "employee" / "worker")."""
BROADER = ">"
"""The first noun names what the second is a kind of."""


@functools.cache
def _table() -> dict[tuple[str, str], str]:
    """(noun, noun) -> `SAME` or `NARROWER`, as WordNet's table lists them (read once, on first use)."""
    raw = (resources.files("checker") / "data" / "count_nouns.tsv.gz").read_bytes()
    out: dict[tuple[str, str], str] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            a, b, relation = line.split("\t")
            out[a, b] = relation
    return out


def kin(x: str, y: str) -> str | None:
    """How the count noun (a `Quantity.unit`) ``x`` relates to ``y``: `SAME` (synonyms, or the same noun), `NARROWER`
    (``x`` is a kind of ``y``), `BROADER`, or None (unrelated, or not both nouns WordNet knows of a countable kind)."""
    if not x or not y:
        return None
    if x == y:
        return SAME
    table = _table()
    if table.get((min(x, y), max(x, y))) == SAME:
        return SAME
    if table.get((x, y)) == NARROWER:
        return NARROWER
    if table.get((y, x)) == NARROWER:
        return BROADER
    return None
