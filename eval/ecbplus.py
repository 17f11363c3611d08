"""ECB+ loader: validated sentences with their cross-document event chains, read from the tarball.

The corpus (Cybulska & Vossen, LREC 2014) ships as CAT XML, one file per document, under
``ECB+/<topic>/<topic>_<n>ecb.xml`` and ``..._<n>ecbplus.xml``. Each of the 43 topics mixes two
seminal events: the original ECB documents (sub-event ``ecb``) and the newly collected ECB+
documents (sub-event ``ecbplus``). Each file has:

- ``<token t_id sentence number>`` elements: the tokenised text with sentence numbers (in
  ``ecbplus`` files sentence 0 is the source URL);
- ``<Markables>``: mentions anchored to tokens (``ACTION_OCCURRENCE``, ``NEG_ACTION_STATE``,
  ``HUMAN_PART_PER``, ...) plus anchor-less descriptor markables carrying ``TAG_DESCRIPTOR`` and
  ``instance_id`` (the cross-document chain);
- ``<Relations>``: ``CROSS_DOC_COREF`` links from mention ``source`` ids to one descriptor
  ``target``; the target's ``instance_id`` is the chain id.

Only the sentences listed in ``ECBplus_coreference_sentences.csv`` are scored (the README: the
annotation of coreference targeted those sentences).

How gold is defined, one cluster per sentence
---------------------------------------------
``EcbSentence.gold_events`` lists the chain ids of every cross-document *action* mention in the
sentence (markables ``ACTION_*`` and ``NEG_ACTION_*``: a negated action is still an event
mention), in order of first appearance. Sentence-level scoring needs a single label, so
``EcbSentence.gold`` is the sentence's *most widespread sub-event-specific* chain, a proxy for
the seminal event the sentence reports rather than background events it also names ("X checked
into rehab *after* her *arrest*"):

1. chains mentioned only in documents of one sub-event come before chains that occur in both
   (those are shared background, e.g. "the Watergate scandal" in topic 28, where both sub-events
   are the death of a Watergate figure);
2. then the chain mentioned in the largest number of documents of the topic (all annotated
   mentions of the topic, inside or outside the validated sentences, are counted);
3. ties: the chain with more mentions in the sentence;
4. ties: the chain mentioned first.

Validated sentences with no cross-document action mention are excluded (they have no gold
event); `iter_sentences` logs how many (15 of 1,840). Chain ids are corpus-wide ``instance_id``
strings, so a gold cluster never spans topics. A gold cluster spans both sub-events only when
the sentence's sole event is a shared one (topic 13: ``ecbplus`` articles recalling the ``ecb``
church fire); `chain_subtopics` reports which chains do.
"""

from __future__ import annotations

import csv
import logging
import os
import re
import tarfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_DIR",
    "EcbSentence",
    "EcbDocument",
    "iter_sentences",
    "load_documents",
    "load_sentences",
    "chain_subtopics",
]

DEFAULT_DIR = Path(os.environ.get("ECBPLUS_DIR", "/work/shared/eval/ecbplus"))
"""Folder holding ``ECBplus_full_xml.tar.gz`` and ``ECBplus_coreference_sentences.csv``."""

_TARBALL = "ECBplus_full_xml.tar.gz"
_SENTENCES_CSV = "ECBplus_coreference_sentences.csv"
_DOC_RE = re.compile(r"(?:^|/)(\d+)_(\d+)(ecbplus|ecb)\.xml$")


@dataclass(frozen=True, slots=True)
class EcbSentence:
    """One validated ECB+ sentence with its gold event chains."""

    topic: int
    """ECB+ topic number (1..45; 15 and 17 do not exist)."""
    subtopic: str
    """``ecb`` (original ECB document) or ``ecbplus`` (newly collected one): the seminal event."""
    doc: str
    """Document name without extension, e.g. ``1_10ecbplus``."""
    sentence: int
    """Sentence number as in the XML ``sentence`` attribute and the CSV."""
    text: str
    """The sentence, detokenised: no space before punctuation and clitics, quotes paired,
    ``ecbplus`` split hyphens rejoined (``T - Mobile`` -> ``T-Mobile``), ``2, 000`` -> ``2,000``."""
    gold_events: tuple[str, ...]
    """Cross-document chain ids (``instance_id``) of the action mentions, in order of first mention."""
    gold: str
    """The single chain used for sentence-level scoring (see the module docstring)."""

    @property
    def id(self) -> str:
        """``doc:sentence``, unique in the corpus."""
        return f"{self.doc}:{self.sentence}"


@dataclass(frozen=True, slots=True)
class EcbDocument:
    """One whole ECB+ document, validated or not, as ``check`` would read it."""

    topic: int
    """ECB+ topic number."""
    subtopic: str
    """``ecb`` or ``ecbplus``: the seminal event the document reports."""
    name: str
    """Document name without extension, e.g. ``1_10ecbplus``."""
    sentences: tuple[tuple[int, str], ...]
    """(sentence number, detokenised text) in order; the source-URL line of ``ecbplus`` files is left out."""


@dataclass(frozen=True, slots=True)
class _Doc:
    """What one parsed XML file contributes."""

    topic: int
    """Topic number."""
    subtopic: str
    """``ecb`` or ``ecbplus``."""
    name: str
    """Document name without extension."""
    sentences: dict[int, str]
    """Sentence number -> detokenised text."""
    mentions: tuple[tuple[int, int, str], ...]
    """Cross-document action mentions as ``(sentence, first token id, chain id)``."""


_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "...", "'"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
_CLITICS = {"'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m"}
_CURLY_CLITICS = {"s", "t", "re", "ve", "ll", "d", "m"}
"""What follows a curly apostrophe split off its word ("didn ’ t", "Macro ’ s")."""
_WORD = re.compile(r"^[A-Za-z0-9]+$")
_DIGIT_GROUP = re.compile(r"^\d{3}(?!\d)")


def _detokenize(tokens: Iterable[str], glue_hyphens: bool = False) -> str:
    """Join PTB-style tokens into readable text (quotes, clitics and punctuation glued).

    ``glue_hyphens`` rejoins ``word - word`` into ``word-word``: the ``ecbplus`` tokeniser split
    every intra-word hyphen ("T - Mobile", "high - ranking"), the ``ecb`` one did not.
    """
    merged: list[str] = []
    for tok in tokens:
        # NOTE: some files split a closing '' into two ' tokens.
        if tok == "'" and merged and merged[-1] == "'":
            merged[-1] = "''"
        else:
            merged.append(tok)
    out: list[str] = []
    glue = True
    open_quote = False
    for n, tok in enumerate(merged):
        prev = merged[n - 1] if n else ""
        nxt = merged[n + 1] if n + 1 < len(merged) else ""
        if tok == '"':
            tok = "''" if open_quote else "``"
        if tok == "``":
            space, text, next_glue, open_quote = True, '"', True, True
        elif tok == "''":
            space, text, next_glue, open_quote = False, '"', False, False
        elif (
            (tok == "-" and glue_hyphens and _WORD.match(prev) and _WORD.match(nxt))
            or (tok == "," and prev.isdigit() and _DIGIT_GROUP.match(nxt) is not None)
            or (tok in (".", ":") and prev[-1:].isdigit() and nxt[:1].isdigit())
            or (tok == "’" and prev[-1:].isalpha() and nxt.lower() in _CURLY_CLITICS)
        ):
            # NOTE: intra-word hyphens ("T - Mobile"), digit groups ("2, 000"), decimals ("6 . 1m"),
            # clock times ("8 : 28") and curly apostrophes before a clitic ("didn ’ t", "AMD ’ s") rejoin.
            space, text, next_glue = False, tok, True
        else:
            space = tok not in _NO_SPACE_BEFORE and tok not in _CLITICS
            text = {"-LRB-": "(", "-RRB-": ")"}.get(tok, tok)
            next_glue = tok in _NO_SPACE_AFTER
        if out and space and not glue:
            out.append(" ")
        out.append(text)
        glue = next_glue
    return "".join(out).strip()


def _parse_doc(name: str, data: bytes) -> _Doc | None:
    """Parse one CAT XML file; None when the file name is not an ECB+ document."""
    m = _DOC_RE.search(name)
    if m is None:
        return None
    topic, subtopic = int(m.group(1)), m.group(3)
    root = ET.fromstring(data)
    token_sentence: dict[str, int] = {}
    by_sentence: dict[int, list[str]] = defaultdict(list)
    for tok in root.iter("token"):
        s = int(tok.get("sentence", "0"))
        token_sentence[tok.get("t_id", "")] = s
        by_sentence[s].append(tok.text or "")
    anchored: dict[str, tuple[str, list[str]]] = {}
    instance: dict[str, str] = {}
    markables = root.find("Markables")
    for mk in markables if markables is not None else ():
        mid = mk.get("m_id", "")
        anchors = [a.get("t_id", "") for a in mk.findall("token_anchor")]
        if anchors:
            anchored[mid] = (mk.tag, anchors)
        elif mk.get("instance_id"):
            instance[mid] = mk.get("instance_id", "")
    mentions: list[tuple[int, int, str]] = []
    relations = root.find("Relations")
    for rel in relations if relations is not None else ():
        if rel.tag != "CROSS_DOC_COREF":
            continue
        target = rel.find("target")
        tid = target.get("m_id", "") if target is not None else ""
        chain = instance.get(tid) or rel.get("note", "")
        if not chain:
            continue
        for src in rel.findall("source"):
            tag, anchors = anchored.get(src.get("m_id", ""), ("", []))
            if not (tag.startswith("ACTION_") or tag.startswith("NEG_ACTION_")):
                continue
            first = min(anchors, key=lambda t: int(t) if t.isdigit() else 0)
            if first in token_sentence:
                mentions.append((token_sentence[first], int(first), chain))
    mentions.sort()
    sentences = {s: _detokenize(toks, glue_hyphens=subtopic == "ecbplus") for s, toks in by_sentence.items()}
    stem = Path(name).name[: -len(".xml")]
    return _Doc(topic, subtopic, stem, sentences, tuple(mentions))


def _validated(csv_path: Path) -> dict[str, set[int]]:
    """Document name -> validated sentence numbers, from the CSV."""
    wanted: dict[str, set[int]] = defaultdict(set)
    with csv_path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            doc = f"{row['Topic'].strip()}_{row['File'].strip()}"
            wanted[doc].add(int(row["Sentence Number"]))
    return wanted


def _read_docs(tarball: Path, topics: Iterable[int] | None) -> list[_Doc]:
    """Parse every ECB+ document in the tarball, optionally only some topics."""
    keep = set(topics) if topics is not None else None
    docs: list[_Doc] = []
    with tarfile.open(tarball, "r:gz") as tar:
        for member in tar:
            if not member.isfile():
                continue
            m = _DOC_RE.search(member.name)
            if m is None or (keep is not None and int(m.group(1)) not in keep):
                continue
            fh = tar.extractfile(member)
            if fh is None:
                continue
            doc = _parse_doc(member.name, fh.read())
            if doc is not None:
                docs.append(doc)
    return docs


def _doc_sort_key(doc: _Doc) -> tuple[int, int, int]:
    """Topic, then ecb before ecbplus, then document number."""
    number = int(re.search(r"_(\d+)ecb", doc.name).group(1))  # type: ignore[union-attr]
    return (doc.topic, doc.subtopic == "ecbplus", number)


def iter_sentences(
    data_dir: Path | str = DEFAULT_DIR, topics: Iterable[int] | None = None
) -> Iterator[EcbSentence]:
    """Yield the validated sentences that have a cross-document action mention, in corpus order.

    ``topics`` restricts to those topic numbers. Sentences without any cross-document action
    mention are skipped (counted in a log line at INFO).
    """
    data_dir = Path(data_dir)
    wanted = _validated(data_dir / _SENTENCES_CSV)
    docs = sorted(_read_docs(data_dir / _TARBALL, topics), key=_doc_sort_key)
    # NOTE: chain spread is counted per topic over all annotated mentions, validated or not.
    spread: dict[str, set[str]] = defaultdict(set)
    sides: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for _, _, chain in doc.mentions:
            spread[chain].add(doc.name)
            sides[chain].add(doc.subtopic)
    skipped = 0
    for doc in docs:
        per_sentence: dict[int, list[str]] = defaultdict(list)
        for s, _, chain in doc.mentions:
            per_sentence[s].append(chain)
        for s in sorted(wanted.get(doc.name, ())):
            chains = per_sentence.get(s, [])
            if not chains or s not in doc.sentences:
                skipped += 1
                continue
            counts = Counter(chains)
            order = list(dict.fromkeys(chains))
            gold = min(
                order,
                key=lambda c: (len(sides[c]) > 1, -len(spread[c]), -counts[c], order.index(c)),
            )
            yield EcbSentence(
                topic=doc.topic,
                subtopic=doc.subtopic,
                doc=doc.name,
                sentence=s,
                text=doc.sentences[s],
                gold_events=tuple(order),
                gold=gold,
            )
    logger.info("ECB+: skipped %d validated sentences without a cross-doc action mention", skipped)


def load_sentences(
    data_dir: Path | str = DEFAULT_DIR, topics: Iterable[int] | None = None
) -> tuple[EcbSentence, ...]:
    """All of `iter_sentences` as a tuple."""
    return tuple(iter_sentences(data_dir, topics))


def load_documents(data_dir: Path | str = DEFAULT_DIR, topics: Iterable[int] | None = None) -> dict[str, EcbDocument]:
    """Every sentence of every document (of ``topics``), by document name: the text around the
    validated sentences that a run over whole documents also sees."""
    out = {}
    for doc in sorted(_read_docs(Path(data_dir) / _TARBALL, topics), key=_doc_sort_key):
        # NOTE: sentence 0 of an ecbplus file is its source URL, not text of the article.
        kept = tuple((n, t) for n, t in sorted(doc.sentences.items()) if t and not (doc.subtopic == "ecbplus" and n == 0))
        out[doc.name] = EcbDocument(doc.topic, doc.subtopic, doc.name, kept)
    return out


def chain_subtopics(sentences: Iterable[EcbSentence]) -> dict[str, frozenset[str]]:
    """Gold chain id -> the sub-events (``ecb``/``ecbplus``) whose sentences carry it."""
    seen: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        for chain in s.gold_events:
            seen[chain].add(s.subtopic)
    return {c: frozenset(v) for c, v in seen.items()}
