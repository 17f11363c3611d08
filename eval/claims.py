"""Claim-quality evaluation (``python -m eval.claims``): atomic, self-contained, correctly attributed.

A hand-labelled gold sample (`eval/claims_gold.yaml`) names sentences from the seed articles and
from ECB+ documents, and for each sentence the claims a careful annotator expects: where each
starts, who asserts it and with what modality, which mentions a self-contained version must
resolve and which earlier date it depends on. The harness runs the product's own stages
(``checker.sources`` -> ``checker.parse`` with ``SpacyParser`` -> ``checker.normalize``) on the seeds
and on the ECB+ documents the gold names, then scores three properties:

- **atomic** (per sentence): the product's claims overlapping the sentence correspond one-to-one to
  the gold claims, by start words, and none crosses the sentence boundary;
- **self-contained** (per gold claim): a product claim starts where the gold claim does, every
  ``resolve`` pair holds (the referent appears in ``Claim.context``, or the mention is not in the
  claim's text) and, when ``time`` is given, the time text appears in ``Claim.context``;
- **attribution** (per gold claim): a product claim starts where the gold claim does, its
  attribution equals one of the gold values (normalised: case, whitespace, leading "the",
  trailing punctuation; null = the document's author, so an opinion page's byline also counts as
  null) and its modality equals the gold modality.

A gold claim with no product claim starting at it fails self-contained and attribution too
(``strict``); the figures over found claims only are printed beside them.

ECB+ documents are loaded from ``ECBplus_full_xml.tar.gz`` at run time: each becomes one `Source`
whose lines are its sentences (sentence ``n`` on line ``n + 1``). The gold stores only the document,
the sentence number, its first words and a short hash of the sentence text, never the text itself.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import yaml

if TYPE_CHECKING:
    from checker.models import Claim, Source

logger = logging.getLogger(__name__)

__all__ = [
    "GOLD_PATH",
    "MODALITIES",
    "GoldClaim",
    "GoldSentence",
    "SentenceResult",
    "load_gold",
    "sentence_hash",
    "norm_words",
    "norm_attribution",
    "starts_with",
    "claims_in",
    "score_sentence",
    "summarise",
    "main",
]

GOLD_PATH = Path(__file__).with_name("claims_gold.yaml")
"""The hand-labelled sample."""
MODALITIES = ("fact", "reported", "hedged", "opinion", "prediction")
"""Allowed modality labels, as in `checker.models.Claim.modality`."""
CORPORA = ("seeds", "ecbplus", "fnc1")
"""Corpus names in the gold file, in report order."""
POLARITY_CORPORA = ("fnc1",)
"""Corpora whose gold claims are labelled for polarity (the others default to positive, unread)."""

_LEAD = {"and", "but", "or", "so", "yet", "nor"}


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """One claim the annotator expects."""

    start: str
    """The first words of the claim as written in the sentence."""
    attribution: tuple[str, ...] | None
    """Acceptable asserters (any one matches); None when the author asserts it."""
    modality: str
    """One of `MODALITIES`."""
    resolve: tuple[tuple[str, str], ...] = ()
    """``(mention, referent)`` pairs a self-contained version must make explicit."""
    time: str | None = None
    """Time context inherited from earlier text that must appear in the context; None if none is needed."""
    polarity: str = "positive"
    """``negative`` when the source states the claim negated or denies it ("X denied that P": P)."""


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One labelled sentence and where to find it."""

    id: str
    """Unique id in the gold file."""
    corpus: str
    """``seeds`` or ``ecbplus``."""
    claims: tuple[GoldClaim, ...]
    """Expected claims, in order."""
    path: str = ""
    """Seeds: the seed file, relative to the repo root."""
    text: str = ""
    """Seeds: the sentence exactly as in the file."""
    doc: str = ""
    """ECB+: document name, e.g. ``3_1ecb``."""
    sentence: int = -1
    """ECB+: sentence number in the XML."""
    first: str = ""
    """ECB+: the sentence's first words, to check the sentence found."""
    sha: str = ""
    """ECB+: `sentence_hash` of the detokenised sentence."""
    item: str = ""
    """FNC-1: the item id of `eval.folders.load_fnc1` (``fnc1:<row>-<body id>``)."""
    part: str = ""
    """FNC-1: ``headline`` or ``body``, the document of the item the sentence is in."""
    chars: int = 0
    """FNC-1: length of the sentence in characters (it is read from the data, found by ``first``)."""
    note: str = ""
    """What the sentence exercises."""


@dataclass(frozen=True, slots=True)
class SentenceResult:
    """Scores of one gold sentence."""

    gold: GoldSentence
    """The labelled sentence."""
    produced: tuple["Claim", ...]
    """Product claims overlapping the sentence, in order."""
    crossing: tuple["Claim", ...]
    """Those of ``produced`` that extend beyond the sentence."""
    matched: tuple["Claim | None", ...]
    """Per gold claim, the product claim starting at it (None when none does)."""
    atomic: bool
    """One-to-one correspondence, no crossing claim."""
    contained: tuple[bool, ...]
    """Per gold claim: self-contained."""
    contained_why: tuple[str, ...]
    """Per gold claim: what is missing ("" when self-contained)."""
    attributed: tuple[bool, ...]
    """Per gold claim: attribution and modality both right."""
    attribution_ok: tuple[bool, ...]
    """Per gold claim: attribution right (modality ignored)."""
    attribution_lenient: tuple[bool, ...]
    """Per gold claim: attribution right when a name contained in the other counts."""
    modality_ok: tuple[bool, ...]
    """Per gold claim: modality right."""
    polarity_ok: tuple[bool, ...] = ()
    """Per gold claim: polarity right (denied by its source or negated: negative)."""


# ---------------------------------------------------------------- gold file


def sentence_hash(text: str) -> str:
    """Short content hash of a sentence (whitespace-insensitive): sha1, 10 hex digits."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:10]


def _as_attribution(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def load_gold(path: Path | str = GOLD_PATH) -> tuple[GoldSentence, ...]:
    """Read and validate the gold file; raises ValueError naming the first bad entry."""
    data = yaml.safe_load(Path(path).read_text("utf-8"))
    entries = data.get("sentences") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a mapping with a 'sentences' list")
    out: list[GoldSentence] = []
    seen: set[str] = set()
    for n, e in enumerate(entries):
        where = f"{path}: sentence #{n} ({e.get('id', '?') if isinstance(e, dict) else '?'})"
        if not isinstance(e, dict):
            raise ValueError(f"{where}: not a mapping")
        sid = e.get("id")
        if not sid or sid in seen:
            raise ValueError(f"{where}: missing or duplicate id")
        seen.add(sid)
        corpus = e.get("corpus")
        if corpus not in CORPORA:
            raise ValueError(f"{where}: corpus must be one of {CORPORA}")
        if corpus == "seeds" and not (e.get("path") and e.get("text")):
            raise ValueError(f"{where}: a seeds entry needs path and text")
        if corpus == "ecbplus" and not (e.get("doc") and isinstance(e.get("sentence"), int) and e.get("first") and e.get("sha")):
            raise ValueError(f"{where}: an ecbplus entry needs doc, sentence, first and sha")
        if corpus == "fnc1" and not (e.get("item") and e.get("part") in ("headline", "body") and e.get("first")
                                     and isinstance(e.get("chars"), int) and e.get("sha")):
            raise ValueError(f"{where}: an fnc1 entry needs item, part (headline or body), first, chars and sha")
        raw_claims = e.get("claims")
        if not isinstance(raw_claims, list) or not raw_claims:
            raise ValueError(f"{where}: claims must be a non-empty list")
        claims = []
        for c in raw_claims:
            if not isinstance(c, dict) or not c.get("start") or "attribution" not in c or c.get("modality") not in MODALITIES:
                raise ValueError(f"{where}: each claim needs start, attribution (may be null) and a modality in {MODALITIES}")
            if c.get("polarity", "positive") not in ("positive", "negative"):
                raise ValueError(f"{where}: polarity must be positive or negative")
            if corpus == "seeds" and norm_words(c["start"]) and not norm_words(e["text"]).startswith(norm_words(c["start"])) \
                    and f" {norm_words(c['start'])}" not in f" {norm_words(e['text'])}":
                raise ValueError(f"{where}: claim start {c['start']!r} is not in the sentence")
            resolve = []
            for r in c.get("resolve") or ():
                if not isinstance(r, dict) or not r.get("mention") or not r.get("referent"):
                    raise ValueError(f"{where}: resolve entries need mention and referent")
                resolve.append((str(r["mention"]), str(r["referent"])))
            claims.append(
                GoldClaim(
                    start=str(c["start"]),
                    attribution=_as_attribution(c["attribution"]),
                    modality=c["modality"],
                    resolve=tuple(resolve),
                    time=(str(c["time"]) if c.get("time") else None),
                    polarity=str(c.get("polarity", "positive")),
                )
            )
        out.append(
            GoldSentence(
                id=str(sid),
                corpus=corpus,
                claims=tuple(claims),
                path=str(e.get("path", "")),
                text=str(e.get("text", "")),
                doc=str(e.get("doc", "")),
                sentence=int(e.get("sentence", -1)),
                first=str(e.get("first", "")),
                sha=str(e.get("sha", "")),
                item=str(e.get("item", "")),
                part=str(e.get("part", "")),
                chars=int(e.get("chars", 0)),
                note=str(e.get("note", "")),
            )
        )
    return tuple(out)


# ---------------------------------------------------------------- scoring


def norm_words(text: str) -> str:
    """Lower-case words only: quotes, punctuation and a leading conjunction dropped."""
    words = re.findall(r"[\w]+(?:[’'.\-][\w]+)*", text.lower().replace("’", "'"))
    while words and words[0] in _LEAD:
        words = words[1:]
    return " ".join(words)


def norm_attribution(value: str | None) -> str | None:
    """Case, whitespace, leading "the" and trailing punctuation normalised; empty -> None."""
    if value is None:
        return None
    v = " ".join(value.replace("’", "'").split()).strip(" ,;:.\"'“”").lower()
    v = re.sub(r"^the\s+", "", v)
    return v or None


def starts_with(claim_text: str, start: str) -> bool:
    """True when the claim's words begin with the gold start words."""
    want = norm_words(start)
    have = norm_words(claim_text)
    return bool(want) and (have == want or have.startswith(want + " "))


def claims_in(claims: Iterable["Claim"], start: int, end: int) -> tuple[tuple["Claim", ...], tuple["Claim", ...]]:
    """Claims overlapping ``[start, end)`` and, among them, those extending beyond it."""
    over = tuple(c for c in claims if c.start < end and c.end > start)
    crossing = tuple(c for c in over if c.start < start or c.end > end)
    return over, crossing


def _mentions(text: str, mention: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(mention.lower())}(?!\w)", text.lower().replace("’", "'")) is not None


def _contains(haystack: str, needle: str) -> bool:
    return " ".join(needle.lower().split()) in " ".join(haystack.lower().replace("’", "'").split())


def self_contained(claim: "Claim", gold: GoldClaim) -> str:
    """What the claim's context lacks for the gold claim ("" when nothing)."""
    context = claim.context or claim.text
    missing = []
    for mention, referent in gold.resolve:
        if _mentions(claim.text, mention) and not _contains(context, referent.replace("’", "'")):
            missing.append(f"{mention!r} -> {referent!r}")
    if gold.time and not _contains(context, gold.time):
        missing.append(f"time {gold.time!r}")
    return "; ".join(missing)


def attribution_matches(produced: str | None, gold: tuple[str, ...] | None, author: str | None = None, lenient: bool = False) -> bool:
    """Normalised equality with one of the gold values; the document's author counts as None."""
    p = norm_attribution(produced)
    if p is not None and author is not None and p == norm_attribution(author):
        p = None
    if gold is None:
        return p is None
    if p is None:
        return False
    wants = [w for w in (norm_attribution(g) for g in gold) if w]
    if p in wants:
        return True
    if lenient:
        # NOTE: "Stephen Bright" inside "Stephen Bright, a Yale Law School lecturer" counts here.
        pw = f" {norm_words(p)} "
        return any(f" {norm_words(w)} " in pw or pw in f" {norm_words(w)} " for w in wants)
    return False


def polarity(claim: "Claim") -> str:
    """``negative`` when the claim is denied by its source or its main predicate is negated, not both."""
    return "negative" if (claim.stance == "denied") != claim.slots.negated else "positive"


def score_sentence(
    gold: GoldSentence, claims: Sequence["Claim"], start: int, end: int, author: str | None = None
) -> SentenceResult:
    """Score one sentence at ``[start, end)`` of its source against the source's product claims."""
    produced, crossing = claims_in(claims, start, end)
    inside = [c for c in produced if c not in crossing]
    used: set[int] = set()
    matched: list["Claim | None"] = []
    for g in gold.claims:
        hit = None
        for i, c in enumerate(inside):
            if i not in used and starts_with(c.text, g.start):
                hit = c
                used.add(i)
                break
        matched.append(hit)
    atomic = not crossing and len(produced) == len(gold.claims) and all(m is not None for m in matched)
    why = tuple("no claim starts here" if m is None else self_contained(m, g) for m, g in zip(matched, gold.claims))
    attr = tuple(m is not None and attribution_matches(m.attribution, g.attribution, author) for m, g in zip(matched, gold.claims))
    lenient = tuple(
        m is not None and attribution_matches(m.attribution, g.attribution, author, lenient=True) for m, g in zip(matched, gold.claims)
    )
    modal = tuple(m is not None and m.modality == g.modality for m, g in zip(matched, gold.claims))
    polar = tuple(m is not None and polarity(m) == g.polarity for m, g in zip(matched, gold.claims))
    return SentenceResult(
        gold=gold,
        produced=produced,
        crossing=crossing,
        matched=tuple(matched),
        atomic=atomic,
        contained=tuple(w == "" for w in why),
        contained_why=why,
        attributed=tuple(a and m for a, m in zip(attr, modal)),
        attribution_ok=attr,
        attribution_lenient=lenient,
        polarity_ok=polar,
        modality_ok=modal,
    )


def _share(n: int, d: int) -> dict[str, Any]:
    return {"n": n, "of": d, "share": round(n / d, 3) if d else None}


def summarise(results: Sequence[SentenceResult]) -> dict[str, Any]:
    """Counts and shares of each property over the given sentence results."""
    claims = [(r, i) for r in results for i in range(len(r.gold.claims))]
    found = [(r, i) for r, i in claims if r.matched[i] is not None]
    needing = [(r, i) for r, i in claims if r.gold.claims[i].resolve or r.gold.claims[i].time]
    attributed_gold = [(r, i) for r, i in claims if r.gold.claims[i].attribution is not None]
    negative = [(r, i) for r, i in claims if r.gold.claims[i].polarity == "negative"]
    # NOTE: only the FNC-1 entries are labelled for polarity; elsewhere it defaults to positive unread
    polar = [(r, i) for r, i in claims if r.gold.corpus in POLARITY_CORPORA]

    def count(pairs, field):
        return sum(getattr(r, field)[i] for r, i in pairs)

    return {
        "sentences": len(results),
        "gold_claims": len(claims),
        "produced_claims": sum(len(r.produced) for r in results),
        "found": _share(len(found), len(claims)),
        "atomic": _share(sum(r.atomic for r in results), len(results)),
        "atomic_split": _share(sum(r.atomic for r in results if len(r.gold.claims) > 1), sum(len(r.gold.claims) > 1 for r in results)),
        "self_contained": _share(count(claims, "contained"), len(claims)),
        "self_contained_found": _share(count(found, "contained"), len(found)),
        "self_contained_needing": _share(count(needing, "contained"), len(needing)),
        "attribution": _share(count(claims, "attributed"), len(claims)),
        "attribution_found": _share(count(found, "attributed"), len(found)),
        "attribution_only": _share(count(claims, "attribution_ok"), len(claims)),
        "attribution_lenient": _share(count(claims, "attribution_lenient"), len(claims)),
        "attribution_gold_nonnull": _share(count(attributed_gold, "attribution_ok"), len(attributed_gold)),
        "modality_only": _share(count(claims, "modality_ok"), len(claims)),
        "attribution_polarity": _share(sum(r.attribution_ok[i] and r.polarity_ok[i] for r, i in polar), len(polar)),
        "polarity_only": _share(count(polar, "polarity_ok"), len(polar)),
        "attribution_polarity_negative": _share(
            sum(r.attribution_ok[i] and r.polarity_ok[i] for r, i in negative), len(negative)),
    }


# ---------------------------------------------------------------- running the product


def _seed_sources(gold: Sequence[GoldSentence], root: Path) -> dict[str, "Source"]:
    """Every document in the folders the gold names, read as `check` reads them; keyed by gold path."""
    from checker.sources import read_sources

    # NOTE: whole folders are read so normalisation sees the same corpus (product lexicon) as `check seeds/`.
    folders = sorted({Path(g.path).parent for g in gold if g.corpus == "seeds"})
    rel = [p.relative_to(root).as_posix() for f in folders for p in sorted((root / f).iterdir()) if p.suffix in (".txt", ".md")]
    sources = read_sources([str(root / r) for r in rel])
    return dict(zip(rel, sources))


def ecb_documents(docs: Iterable[str], data_dir: Path | None = None) -> dict[str, dict[int, str]]:
    """Document name -> sentence number -> detokenised text, for the named ECB+ documents."""
    # NOTE: reuses the ECB+ loader's document reader so the detokenisation is the same everywhere.
    from eval.ecbplus import DEFAULT_DIR, _read_docs

    wanted = set(docs)
    topics = {int(d.split("_")[0]) for d in wanted}
    found = _read_docs((data_dir or DEFAULT_DIR) / "ECBplus_full_xml.tar.gz", topics)
    return {d.name: d.sentences for d in found if d.name in wanted}


def ecb_source(name: str, sentences: Mapping[int, str]) -> tuple["Source", dict[int, tuple[int, int]]]:
    """One `Source` per ECB+ document: sentence n on line n + 1; and sentence -> (start, end) offsets."""
    from checker.models import Source, source_id

    top = max(sentences) if sentences else -1
    lines = [sentences.get(i, "") for i in range(top + 1)]
    spans: dict[int, tuple[int, int]] = {}
    pos = 0
    for i, ln in enumerate(lines):
        spans[i] = (pos, pos + len(ln))
        pos += len(ln) + 1
    text = "\n".join(lines)
    path = f"ecbplus/{name}.xml"
    return Source(id=source_id(path, text), path=path, text=text), spans


def run(gold: Sequence[GoldSentence], root: Path, data_dir: Path | None = None, fnc_dir: Path | None = None) -> list[SentenceResult]:
    """Run the product's stages and score every gold sentence."""
    from checker.normalize import normalize
    from checker.normalize.entities import load_knowledge
    from checker.parse import SpacyParser, parse

    parser = SpacyParser()
    kb = load_knowledge()
    results: list[SentenceResult] = []

    seeds = [g for g in gold if g.corpus == "seeds"]
    if seeds:
        found = _seed_sources(seeds, root)
        sources = list(found.values())
        per = normalize(parse(sources, parser), sources, kb)
        by_path = {rel: (src, cs) for rel, src, cs in zip(found, sources, per)}
        for g in seeds:
            src, cs = by_path[g.path]
            at = src.text.find(g.text)
            if at < 0 or src.text.find(g.text, at + 1) >= 0:
                raise ValueError(f"{g.id}: sentence not found exactly once in {g.path}")
            results.append(score_sentence(g, cs, at, at + len(g.text), src.author))

    ecb = [g for g in gold if g.corpus == "ecbplus"]
    if ecb:
        docs = ecb_documents({g.doc for g in ecb}, data_dir)
        missing = {g.doc for g in ecb} - set(docs)
        if missing:
            raise ValueError(f"ECB+ documents not found: {', '.join(sorted(missing))}")
        built = {name: ecb_source(name, sents) for name, sents in sorted(docs.items())}
        sources = [built[n][0] for n in sorted(built)]
        # NOTE: each ECB+ topic is a separate story; normalising document by document keeps one
        # story's product names out of another's (the lexicon is corpus-wide in `normalize`).
        per_doc = {src.path: normalize([cs], [src], kb)[0] for src, cs in zip(sources, parse(sources, parser))}
        for g in ecb:
            src, spans = built[g.doc]
            text = docs[g.doc].get(g.sentence, "")
            if sentence_hash(text) != g.sha or not norm_words(text).startswith(norm_words(g.first)):
                raise ValueError(f"{g.id}: {g.doc} sentence {g.sentence} does not match its hash / first words")
            s, e = spans[g.sentence]
            results.append(score_sentence(g, per_doc[src.path], s, e, src.author))
    fnc = [g for g in gold if g.corpus == "fnc1"]
    if fnc:
        results.extend(_run_fnc1(fnc, parser, kb, fnc_dir))
    return results


def _run_fnc1(gold: Sequence[GoldSentence], parser, kb, data_dir: Path | None) -> list[SentenceResult]:
    """Each FNC-1 item read as `check` reads its folder (headline.txt + body.txt, one corpus), then scored."""
    from checker.models import Source, source_id
    from checker.normalize import normalize
    from checker.parse import parse
    from eval.folders import load_fnc1

    wanted = {g.item for g in gold}
    found = {it.id: dict(it.files) for it in load_fnc1(data_dir) if it.id in wanted}
    missing = wanted - set(found)
    if missing:
        raise ValueError(f"FNC-1 items not found: {', '.join(sorted(missing))}")
    out = []
    for item in sorted(wanted):
        files = found[item]
        sources = [Source(id=source_id(f"{item}/{n}", t), path=f"{item}/{n}", text=t) for n, t in sorted(files.items())]
        per = normalize(parse(sources, parser), sources, kb)
        by_part = {src.path.rsplit("/", 1)[1].split(".")[0]: (src, cs) for src, cs in zip(sources, per)}
        for g in (g for g in gold if g.item == item):
            src, cs = by_part[g.part]
            at = fnc1_sentence(src.text, g)
            if at is None:
                raise ValueError(f"{g.id}: no sentence with first words {g.first!r} and hash {g.sha} in the {g.part} of {item}")
            end = at + g.chars
            if g.part == "headline":
                end = max(end, len(src.text.rstrip()))  # NOTE: the headline file may end it with a period
            out.append(score_sentence(g, cs, at, end, src.author))
    return out


def fnc1_sentence(text: str, gold: GoldSentence) -> int | None:
    """Offset of the gold sentence in an FNC-1 document: starts with ``first``, ``chars`` long, hash ``sha``."""
    at = text.find(gold.first)
    while at >= 0:
        if sentence_hash(text[at : at + gold.chars]) == gold.sha:
            return at
        at = text.find(gold.first, at + 1)
    return None


# ---------------------------------------------------------------- reporting


def _fmt(s: Mapping[str, Any]) -> str:
    return f"{s['share'] * 100:5.1f}%  ({s['n']}/{s['of']})" if s["of"] else "   n/a"


def render(figures: Mapping[str, Mapping[str, Any]]) -> str:
    """The figures as a plain-text table, one column per corpus."""
    cols = list(figures)
    rows = [
        ("atomic (sentences)", "atomic"),
        ("  of sentences that must split", "atomic_split"),
        ("self-contained (claims)", "self_contained"),
        ("  of found claims", "self_contained_found"),
        ("  of claims needing resolution", "self_contained_needing"),
        ("attribution+modality (claims)", "attribution"),
        ("  of found claims", "attribution_found"),
        ("  attribution only", "attribution_only"),
        ("  attribution only, lenient", "attribution_lenient"),
        ("  attribution, gold non-null", "attribution_gold_nonnull"),
        ("  modality only", "modality_only"),
        ("attribution+polarity (claims)", "attribution_polarity"),
        ("  of negative gold claims", "attribution_polarity_negative"),
        ("  polarity only", "polarity_only"),
        ("gold claims found", "found"),
    ]
    width = 32
    out = [" " * width + "".join(f"{c:>22}" for c in cols)]
    out.append(" " * width + "".join(f"{str(figures[c]['sentences']) + ' sent / ' + str(figures[c]['gold_claims']) + ' claims':>22}" for c in cols))
    for label, key in rows:
        out.append(f"{label:<{width}}" + "".join(f"{_fmt(figures[c][key]):>22}" for c in cols))
    return "\n".join(out)


def _show(c: "Claim | None") -> str:
    if c is None:
        return "—"
    return f"[{c.modality}|{c.attribution}] {c.text!r}"


def render_errors(results: Sequence[SentenceResult]) -> str:
    """Every mismatch, gold vs produced, sentence by sentence."""
    out = []
    for r in results:
        lines = []
        if not r.atomic:
            gold = " | ".join(g.start for g in r.gold.claims)
            made = " | ".join(repr(c.text[:60]) + (" (crosses sentence)" if c in r.crossing else "") for c in r.produced) or "nothing"
            lines.append(f"  atomic: gold {len(r.gold.claims)} [{gold}]  produced {len(r.produced)} [{made}]")
        for i, g in enumerate(r.gold.claims):
            m = r.matched[i]
            if m is None:
                continue
            if not r.contained[i]:
                lines.append(f"  self-contained [{g.start}]: missing {r.contained_why[i]}; context {m.context!r}")
            if not r.attributed[i]:
                want = "/".join(g.attribution) if g.attribution else None
                lines.append(f"  attribution [{g.start}]: gold ({g.modality}, {want})  produced ({m.modality}, {m.attribution})")
            if r.polarity_ok and not r.polarity_ok[i]:
                lines.append(f"  polarity [{g.start}]: gold {g.polarity}  produced {polarity(m)} (stance {m.stance}, negated {m.slots.negated})")
        if lines:
            where = {"seeds": r.gold.path, "fnc1": f"{r.gold.item} {r.gold.part}"}.get(r.gold.corpus, f"{r.gold.doc}:{r.gold.sentence}")
            out.append(f"{r.gold.id}  {where}" + (f"  — {r.gold.note}" if r.gold.note else ""))
            out.extend(lines)
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """CLI entry point."""
    ap = argparse.ArgumentParser(prog="python -m eval.claims", description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD_PATH, help="gold file (default: eval/claims_gold.yaml)")
    ap.add_argument("--ecbplus", type=Path, default=None, help="folder with ECBplus_full_xml.tar.gz")
    ap.add_argument("--errors", action="store_true", help="list every mismatch, gold vs produced")
    ap.add_argument("--json", type=Path, default=None, metavar="PATH", help="write the figures as JSON")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    root = Path(__file__).resolve().parent.parent
    gold = load_gold(args.gold)
    results = run(gold, root, args.ecbplus)
    figures = {c: summarise([r for r in results if r.gold.corpus == c]) for c in CORPORA}
    figures["overall"] = summarise(results)
    print(render(figures))
    if args.errors:
        print()
        print(render_errors(results))
    if args.json:
        args.json.write_text(json.dumps({"schema_version": 1, "figures": figures}, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
