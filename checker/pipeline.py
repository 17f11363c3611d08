"""The only orchestrator: sources -> parse -> normalize -> embed -> match -> judge -> review -> ledger.

`check`, `check review`, `check cache` and the library entry point `check_paths` all build their
`Settings` here (`resolve_settings`: defaults < config file < flags given) and run `check`.

Parsing and embedding are the heavy stages: they go through the content-hash cache
(`checker.cache`) and run on an engine (`checker.engines`: this machine, or Ray). When every
document and embedding is cached, neither spaCy nor torch is imported.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Collection, Mapping, Sequence

from checker.errors import Errors, InputError
from checker.fingerprint import disambiguate
from checker.judge import JudgeConfig, judge_clusters
from checker.judge.dedupe import merge as merge_findings
from checker.match import MatchConfig, cluster, link, question_texts
from checker.models import Claim, Cluster, Finding, Report, Skipped, Source
from checker import incremental
from checker.normalize import normalize
from checker.normalize.entities import load_knowledge
from checker.refer import resolve as resolve_pointing
from checker.sources import SUFFIXES, discover, read_sources

if TYPE_CHECKING:
    import numpy as np

    from checker.backends.base import Embedder, Judge
    from checker.cache import NullCache
    from checker.engines.base import Engine
    from checker.engines.local import Forked
    from checker.parse import Evidence, SpacyParser
    from checker.match import PassageCounts

__all__ = [
    "Warmup",
    "Backends",
    "Settings",
    "resolve_settings",
    "settings_from",
    "check",
    "run",
    "check_paths",
    "parse_stage",
    "embed_stage",
]

logger = logging.getLogger(__name__)


@dataclass
class Backends:
    """The heavy components a run uses; real ones by default, fakes in tests."""

    embedder: "Embedder | None" = None
    """Sentence embedder (default: all-MiniLM-L6-v2)."""
    parser: "SpacyParser | None" = None
    """spaCy holder (default: en_core_web_sm)."""
    model_judge: "Judge | None" = None
    """Optional NLI / LLM judge."""

    def resolved(self) -> "Backends":
        """Fill missing backends with the real ones (constructed only; they load on first use)."""
        from checker.backends import DEFAULT_EMBEDDER, get_embedder
        from checker.parse import SpacyParser

        return Backends(self.embedder or get_embedder(DEFAULT_EMBEDDER), self.parser or SpacyParser(), self.model_judge)


@dataclass(frozen=True)
class Settings:
    """What a run needs besides inputs and backends."""

    match: MatchConfig = field(default_factory=MatchConfig)
    """Matcher thresholds."""
    judge: JudgeConfig = field(default_factory=JudgeConfig)
    """Judge settings."""
    alias_files: tuple[str, ...] = ()
    """User alias / part-of YAML files."""
    cache: bool = False
    """Read and write the content-hash cache (the CLI turns it on; ``--no-cache`` off)."""
    cache_dir: str | None = None
    """Cache folder; None: ``$CHECK_CACHE_DIR`` or ``.check_cache``."""
    engine: str = "local"
    """Where parsing and embedding run: ``local`` or ``ray``."""
    jobs: int = 0
    """Parallel workers for parsing (and Ray actors); 0: automatic."""
    engine_address: str | None = None
    """Ray cluster address (``ray://head:10001``); None: ``$RAY_ADDRESS`` or a local Ray."""
    embedder: str = "onnx"
    """Sentence embedder when `Backends` brings none: ``onnx`` (int8), ``onnx-fp32`` or ``torch`` (`checker.backends`)."""
    exclude: tuple[str, ...] = ()
    """Globs: documents whose path or a parent folder matches are not read."""
    review_file: str | None = None
    """Review decisions applied as the review stage; None: no review stage."""
    claims_dir: str | None = None
    """Where the claim ledger is written (``claims/``); None: no ledger."""
    learned_judge: bool = False
    """Add the shipped learned judge (CC303, ``--judge learned``) to the rules."""
    nli_model: str | None = None
    """Local NLI cross-encoder folder for the optional CC301 judge."""
    nli_threshold: float = 0.5
    """Contradiction probability for an NLI finding."""
    llm_url: str | None = None
    """OpenAI-compatible endpoint for the optional CC302 judge."""
    llm_model: str | None = None
    """Model name at ``llm_url``."""
    llm_timeout: float = 30.0
    """Seconds per LLM request."""
    llm_concurrency: int = 4
    """Parallel LLM requests."""

    def model_judge(self) -> "Judge | None":
        """The configured model judge (constructed, not loaded), or None."""
        if self.learned_judge:
            from checker.judge.learned import LearnedJudge

            return LearnedJudge()
        if self.nli_model:
            from checker.backends.nli import NliJudge

            return NliJudge(self.nli_model, threshold=self.nli_threshold)
        if self.llm_url:
            from checker.backends.llm import LlmJudge

            return LlmJudge(self.llm_url, self.llm_model, timeout=self.llm_timeout, concurrency=self.llm_concurrency)
        return None


DEFAULT_REVIEW_FILE = "claims/review.yaml"
"""The review file of a run whose flags and config name none."""


def resolve_settings(
    paths: Sequence[str],
    flags: Mapping[str, Any] | None = None,
    given: Collection[str] | None = None,
    config_file: str | None = None,
) -> tuple[Settings, dict[str, Any]]:
    """Settings for a run over ``paths``: defaults < the config file < flags given on the command line.

    ``flags`` maps parameter names (``min_confidence``) to values, defaults included; ``given`` names
    the ones given explicitly (None: all of ``flags``). The config is ``config_file`` or the nearest
    check.yaml / pyproject.toml [tool.check] above the first path. Returns the settings and every
    merged option (output options such as ``format`` included) for the command to use.
    """
    from checker.config import discover_config, load_config

    flags = dict(flags or {})
    given = set(flags) if given is None else set(given)
    cfg = load_config(config_file) if config_file else discover_config(list(paths))
    if cfg.path:
        logger.debug("using config %s", cfg.path)
    options = dict(flags)
    for name, value in cfg.values.items():
        if name not in given:
            options[name] = value
    return settings_from(options), options


def settings_from(options: Mapping[str, Any]) -> Settings:
    """`Settings` from merged options (parameter names as the flags'); absent ones take the CLI defaults.

    Raises `InputError` for combinations no single option can reject (``llm_url`` without ``llm_model``).
    """
    o = options

    def text(name: str) -> str | None:
        value = o.get(name)
        return str(value) if value not in (None, "") else None

    if o.get("llm_url") and not o.get("llm_model"):
        raise InputError("--llm-url needs --llm-model NAME")
    judge = str(getattr(o.get("judge"), "value", o.get("judge") or "rules"))
    if judge == "learned" and (o.get("nli_model") or o.get("llm_url")):
        raise InputError("--judge learned cannot be combined with --nli-model or --llm-url: choose one model judge")
    engine = o.get("engine", "local")
    return Settings(
        match=MatchConfig(**dict(o.get("match") or {})),
        judge=JudgeConfig(min_confidence=float(o.get("min_confidence", 0.0))),
        alias_files=tuple(o.get("aliases", ())),
        cache=not o.get("no_cache", False),
        cache_dir=text("cache_dir"),
        engine=str(getattr(engine, "value", engine)),
        jobs=int(o.get("jobs", 0)),
        embedder=str(getattr(o.get("embedder", "onnx"), "value", o.get("embedder", "onnx"))),
        exclude=tuple(o.get("exclude", ())),
        review_file=text("review_file") if "review_file" in o else DEFAULT_REVIEW_FILE,
        claims_dir=(text("claims_dir") or "claims") if o.get("write_claims") else None,
        learned_judge=judge == "learned",
        nli_model=text("nli_model"),
        nli_threshold=float(o.get("nli_threshold", 0.5)),
        llm_url=text("llm_url"),
        llm_model=text("llm_model"),
        llm_timeout=float(o.get("llm_timeout", 30.0)),
        llm_concurrency=int(o.get("llm_concurrency", 4)),
    )


def parse_stage(
    sources: Sequence[Source],
    parser: "SpacyParser",
    engine: "Engine",
    cache: "NullCache",
    before_parse: Callable[[], None] | None = None,
    evidence: "Sequence[Evidence] | None" = None,
    beside: Callable[[], object] | None = None,
) -> tuple[tuple[Claim, ...], ...]:
    """Claims per source: cached parses where the text and its evidence are unchanged, the engine parses the rest.

    Requires `Source.text`; assigns what `checker.parse.parse` assigns. Identical texts are parsed once.
    ``before_parse`` is called once when some document must be parsed, before the engine starts.
    ``evidence``: each source's `checker.parse.Evidence` (default: `document_evidence` of ``sources``); a
    run that parses some of its documents passes theirs from all of them, so they parse as in a full run.
    ``beside``: what this process may do while other processes parse (the local engine's ``beside``).
    """
    from checker.cache import decode_claims, encode_claims, parse_key, parser_fingerprint
    from checker.parse import document_evidence

    fp = parser_fingerprint()
    evidence = document_evidence(sources) if evidence is None else evidence
    keys = [parse_key(s, fp, e.digest()) for s, e in zip(sources, evidence, strict=True)]
    blobs = cache.get_parses(list(dict.fromkeys(keys)))
    out: list[tuple[Claim, ...] | None] = [None] * len(sources)
    todo: dict[str, int] = {}  # key -> index of the first source to parse with it
    for i, (src, key) in enumerate(zip(sources, keys)):
        blob = blobs.get(key)
        if blob is not None:
            try:
                out[i] = decode_claims(blob, src)
                cache.stats.parse_hits += 1
                continue
            except ValueError as exc:  # NOTE: CacheFormatError: not valid data, a miss (one warning per run)
                cache.invalid(src.path, exc)
        todo.setdefault(key, i)
    if todo:
        idx = list(todo.values())
        # NOTE: a process started with spaCy loading (`LocalEngine.preparse`) parses them while this one goes on
        getattr(engine, "feed", lambda *_: None)([sources[i] for i in idx], [evidence[i] for i in idx])
        if before_parse is not None:
            before_parse()
        more = {"beside": beside} if beside is not None else {}
        parsed = engine.parse([sources[i] for i in idx], parser, [evidence[i] for i in idx], **more)
        cache.stats.parse_misses += len(idx)
        fresh = {keys[i]: claims for i, claims in zip(idx, parsed)}
        cache.put_parses((k, encode_claims(v)) for k, v in fresh.items())
        for i, key in enumerate(keys):
            if out[i] is None:
                claims = fresh[key]
                out[i] = claims if todo[key] == i else _repoint(claims, sources[i])
    return tuple(out)  # type: ignore[arg-type]


class Warmup:
    """Load a backend in a background thread; `wait` joins it (and re-raises nothing: a failed warm-up retries on use)."""

    def __init__(self, backend: object) -> None:
        self.backend = backend
        self._thread: "threading.Thread | None" = None

    def start(self) -> None:
        """Begin ``backend.warm_up()`` in a daemon thread (once)."""
        import threading

        # NOTE: numpy is imported here, in the calling thread, before the warm-up thread starts: the
        # parser (spaCy) and the embedder (onnxruntime) both import it, and a first import of numpy
        # in two threads at once can fail with "partially initialized module".
        import numpy  # noqa: F401

        if self._thread is None and hasattr(self.backend, "warm_up"):
            self._thread = threading.Thread(target=self._run, name="check-warm-up", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            self.backend.warm_up()  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001  NOTE: the embedding stage loads again and reports the error
            logger.debug("background warm-up failed: %s", exc)

    def wait(self) -> None:
        """Block until the warm-up (if started) has finished."""
        if self._thread is not None:
            self._thread.join()


def _before_parse(parser: object, warm: "Warmup | None") -> Callable[[], None] | None:
    """What runs once before the engine parses: spaCy imported here (it hides torch while it imports,
    `checker.parse.import_spacy`), then the embedder's warm-up thread started (it may import torch)."""
    if warm is None:
        return None

    def before() -> None:
        getattr(parser, "prepare", lambda: None)()
        warm.start()

    return before


def _beside_parse(embedder: object, kb, then: Callable[[], object] | None = None) -> Callable[[], None]:  # noqa: ANN001
    """What this process does while another parses the changed documents (`LocalEngine.preparse`): the embedder's
    warm-up, then the tables later stages read (`_read_tables`), which it would otherwise read after the parse, then
    ``then`` (the unchanged claims' cached vectors: `_stages`)."""

    def before() -> None:
        getattr(embedder, "warm_up", lambda: None)()
        _read_tables(kb)
        if then is not None:
            then()

    return before


def _read_tables(kb) -> None:  # noqa: ANN001
    """Read now the knowledge tables that load on first use: the named places (`checker.knowledge.NamedPlaces`), the
    WordNet nouns' kinds, the verb synonyms and the verbs of succession.

    NOTE: an incremental run waits for spaCy's process (its import and load, about 2 CPU s) once it has decoded the
    snapshot; what it reads here is then off the run's critical path (ECB+: about 0.1 CPU s)."""
    from checker.knowledge import noun_kinds, person_nouns, succession_verbs, verb_synonyms

    getattr(kb.places, "loaded", lambda: None)()
    noun_kinds()
    person_nouns()
    verb_synonyms()
    succession_verbs()


def _before_fork(kb) -> None:  # noqa: ANN001
    """Read the tables that load on first use (`_read_tables`, CLDR's units and pint's registry, WordNet's count
    nouns) before this process forks the workers of a stage that reads them: each worker would otherwise read its
    own copy, and the next stage's workers, forked from this process, theirs again.

    NOTE: a cold run over the first 200 ECB+ documents read pint's registry (import and build, about 0.4 CPU s) in
    three processes (a normaliser and both judges) and the count nouns and named places in two."""
    from checker.normalize.kinds import load as load_kinds
    from checker.normalize.numbers import load_units

    _read_tables(kb)
    load_units()
    load_kinds()


def _settings_digest(settings: Settings) -> str:
    """What besides code and inputs shapes events and findings: matcher and judge settings, alias files (content)."""
    import hashlib

    h = hashlib.sha256(repr((settings.match, settings.judge, settings.alias_files)).encode("utf-8"))
    for path in settings.alias_files:
        try:
            with open(path, "rb") as fh:
                h.update(fh.read())
        except OSError:
            h.update(b"missing")
    return h.hexdigest()


def _normalize_changed(per_source, sources: Sequence[Source], kb, lexicon, plan: "incremental.Plan"):  # noqa: ANN001, ANN202
    """The snapshot's normalised claims for unchanged documents; the changed ones normalised against ``lexicon``."""
    idx = [i for i, s in enumerate(sources) if s.path in plan.changed]
    fresh = normalize([per_source[i] for i in idx], [sources[i] for i in idx], kb, lexicon)
    before = dict(zip((path for path, _ in plan.snapshot.docs), plan.snapshot.claims))
    out = [before[s.path] for s in sources]
    for i, cs in zip(idx, fresh):
        out[i] = tuple(dataclasses.replace(c, tokens=()) for c in cs)
    return tuple(out)


PARALLEL_MIN_NORMALISED = 2_000
"""Claims to normalise from which the local engine's processes share them (fewer: the fork costs more than it saves)."""


def _normalize_all(per_source, sources: Sequence[Source], kb, lexicon, jobs: int):  # noqa: ANN001, ANN202
    """`normalize`d claims per source without their parse; from `PARALLEL_MIN_NORMALISED` claims, contiguous
    shares of the documents (about equal claims) each normalised in a forked process (`forked_calls`).

    Exact: a document is normalised alone, against the corpus lexicon, so its claims do not depend on
    which process normalised it; they come back pickled. 200 ECB+ documents (3,276 claims): 1.8 CPU s in
    one process, the pickled result 1.9 MB (0.25 CPU s to write and read).
    """

    def part(a: int, b: int, slots: Sequence[Sequence[Any]] | None = None) -> tuple[tuple[Claim, ...], ...]:
        # NOTE: the parse has served its purpose (slots keep the lemmas the rules need); dropping it
        # cuts a claim from about 4.5 KB to about 1.2 KB, which is what lets 10k documents fit.
        done = normalize(per_source[a:b], sources[a:b], kb, lexicon, slots)
        return tuple(tuple(dataclasses.replace(c, tokens=()) for c in cs) for cs in done)

    if jobs < 2 or sum(len(cs) for cs in per_source) < PARALLEL_MIN_NORMALISED:
        return part(0, len(sources))
    from checker.engines.local import contiguous_shares, forked_calls

    shares = contiguous_shares([len(cs) for cs in per_source], jobs)
    if len(shares) < 2 or min(sum(len(cs) for cs in per_source[a:b]) for a, b in shares) < PARALLEL_MIN_NORMALISED // 2:
        # NOTE: a document is normalised whole in one process, so one long document would be one share, beside which
        # the others have little: what is read of each claim alone is read in shares of claims instead
        return _normalize_in_claim_shares(per_source, sources, kb, lexicon, jobs)
    _before_fork(kb)
    return tuple(cs for share in forked_calls([lambda a=a, b=b: part(a, b) for a, b in shares]) for cs in share)  # type: ignore[attr-defined]


def _normalize_in_claim_shares(per_source, sources: Sequence[Source], kb, lexicon, jobs: int):  # noqa: ANN001, ANN202
    """`_normalize_all` with what `normalize` reads of each claim alone, its own slots (`checker.normalize.own_slots`)
    and, after the context pass, the names it states as answers (`own_answers`), read in ``jobs`` contiguous shares of
    the claims of about equal counts (across documents), each in a forked process (`forked_calls`; this process reads
    the first); each document's context pass (which reads its claims in order) runs here between the two.

    Exact: what is read of a claim alone does not depend on which process read it; it comes back pickled.

    NOTE: one long document was normalised in one process while the other core idled (a 3 MB document: 24,327 claims,
    132 s wall of normalising; of a 0.5 MB one's, profiled, own slots 67%, answers 16%, the context pass 16%).
    Only slots and answers come back, not the claims: the parse stays in this process.
    """
    from checker.engines.local import forked_calls
    from checker.normalize import own_answers, own_slots, with_answers

    total = sum(len(cs) for cs in per_source)
    cuts = [total * k // jobs for k in range(jobs + 1)]
    starts = [0]
    for cs in per_source:
        starts.append(starts[-1] + len(cs))

    def shared(read: Callable[[int, Sequence[Claim]], Sequence[Any]], claims: Sequence[Sequence[Claim]]) -> list[Any]:
        """``read(k, claims)`` of every source k's claims, in claim shares side by side, in claims' order."""

        def one(a: int, b: int) -> list[Any]:
            out: list[Any] = []
            for k, cs in enumerate(claims):
                lo, hi = max(a, starts[k]), min(b, starts[k + 1])
                if lo < hi:
                    out.extend(read(k, cs[lo - starts[k] : hi - starts[k]]))
            return out

        return [x for got in forked_calls([lambda a=a, b=b: one(a, b) for a, b in zip(cuts, cuts[1:])]) for x in got]  # type: ignore[attr-defined]

    _before_fork(kb)
    slots = shared(lambda k, cs: own_slots(sources[k], cs, kb, lexicon), per_source)
    done = normalize(per_source, sources, kb, lexicon, [slots[starts[k] : starts[k + 1]] for k in range(len(sources))], answered=False)
    answers = shared(lambda _k, cs: own_answers(cs, kb), done)
    return tuple(tuple(dataclasses.replace(with_answers(c, answers[starts[k] + i]), tokens=()) for i, c in enumerate(cs))
                 for k, cs in enumerate(done))


def _parse_for(plan: "incremental.Plan | None", sources: Sequence[Source], parser: "SpacyParser", engine: "Engine", cache: "NullCache",
               before_parse: Callable[[], None] | None, beside: Callable[[], object] | None = None):  # noqa: ANN202
    """Claims per source, the plan if it still holds (None: a full run), with a plan the corpus lexicon (and the record
    of it a snapshot keeps: `incremental.product_lexicon`) it
    checked, and every source's evidence (`incremental.EvidenceState`: digests, and what the snapshot keeps).

    Every document is parsed with the whole corpus' evidence, so a changed document parses as in a full
    run, and an unchanged one whose evidence the change moved (a line now repeated in three documents, a
    headline's word now written as a name elsewhere) counts as changed: it is parsed and matched again.

    With a snapshot, only the changed documents' parses are read or made: an unchanged document's
    snapshot claims have the same texts as its parse (normalising never changes a claim's text), and
    texts are all the product lexicon reads, so reading the 981 unchanged parses of a one-file change
    on ECB+ would decode tokens only to drop them. When the changed documents bring a new product name
    (the lexicon differs from the snapshot's), every document is normalised again, so the others'
    parses are read after all.
    """
    state = incremental.evidence(sources, plan)
    digests = state.digests
    if plan is not None:
        before = dict(zip((path for path, _ in plan.snapshot.docs), plan.snapshot.evidence))
        moved = {s.path for s, d in zip(sources, digests) if before.get(s.path) != d}
        plan = dataclasses.replace(plan, changed=plan.changed | moved)
    if plan is None:
        return parse_stage(sources, parser, engine, cache, before_parse=before_parse, evidence=state.of(sources, range(len(sources))),
                           beside=beside), None, None, state
    claims_of = dict(zip((path for path, _ in plan.snapshot.docs), plan.snapshot.claims))
    idx = [i for i, s in enumerate(sources) if s.path in plan.changed]
    per_source = [claims_of[s.path] for s in sources]
    parsed = parse_stage([sources[i] for i in idx], parser, engine, cache, before_parse=before_parse, evidence=state.of(sources, idx))
    for i, cs in zip(idx, parsed):
        per_source[i] = cs
    cache.stats.parse_hits += len(sources) - len(idx)  # NOTE: served from the cache's snapshot
    lexicon = incremental.product_lexicon(sources, per_source, plan)
    if incremental.lexicon_digest(lexicon[0]) == plan.snapshot.lexicon:
        return tuple(per_source), plan, lexicon, state
    # NOTE: new product names may re-read any document: normalise and match it all, from the parses
    changed = set(idx)
    rest = [i for i in range(len(sources)) if i not in changed]
    cache.stats.parse_hits -= len(rest)  # NOTE: counted again as parse_stage reads them
    parsed = parse_stage([sources[i] for i in rest], parser, engine, cache, before_parse=before_parse, evidence=state.of(sources, rest),
                         beside=beside)
    for i, cs in zip(rest, parsed):
        per_source[i] = cs
    return tuple(per_source), None, None, state


def _to_judge(clusters: Sequence[Cluster], region: set[str]) -> tuple[Cluster, ...]:
    """The events an incremental run judges: the re-matched region's (claim ids ``region``), then every
    kept event with a link to a claim of an event judged, until none is added (whole events, members
    and links: the judge groups an event's verdicts, its own pairs' and its links', into one finding)."""
    event_of = {c.id: cl.id for cl in clusters for c in cl.claims}
    judged = {event_of[cid] for cid in region}
    grew = True
    while grew:
        grew = False
        for cl in clusters:
            if cl.id not in judged and any(event_of[b.id] in judged for _, b in cl.links):
                judged.add(cl.id)
                grew = True
    return tuple(cl for cl in clusters if cl.id in judged)


PARALLEL_MIN_JUDGED = 5_000
"""Pairs to judge (`checker.match.judge_load`) from which `_judge` judges events in ``jobs`` processes."""


def _judge(events: Sequence[Cluster], settings: Settings, kb, model_judge: "Judge | None", vectors: Mapping[str, Any],  # noqa: ANN001
           memo: dict, jobs: int, questions: Mapping[str, Any] | None = None, corpus: Sequence[Claim] = ()) -> tuple[Finding, ...]:
    """`checker.judge.judge_clusters` of ``events`` (``memo``: its ``known`` / ``seen``; ``corpus``: every claim of the
    run), in ``jobs`` processes when there is much to judge: contiguous shares of the events, balanced by pairs.

    The judge groups verdicts into findings within one event only and sorts them with one key, which
    its creation order (events in order) breaks ties of; the shares' findings, concatenated in event
    order and sorted with that key (a stable sort), are the ones and the order one process gives, and
    the shares' ``seen`` records join in event order. Never with a model judge or while calibrating.
    """
    from checker.judge import calibrate
    from checker.match import judge_load

    def part(share: Sequence[Cluster]) -> tuple[tuple[Finding, ...], dict | None]:
        seen = {} if memo.get("seen") is not None else None
        found = judge_clusters(share, settings.judge, kb, model_judge, vectors=vectors, known=memo.get("known"), seen=seen,
                               questions=questions, corpus=corpus)
        return found, seen

    loads = [judge_load([cl], cl.links, settings.judge.max_pairs_per_event) for cl in events]
    if jobs < 2 or model_judge is not None or calibrate._RECORDER.get() is not None or sum(loads) < PARALLEL_MIN_JUDGED:
        return judge_clusters(events, settings.judge, kb, model_judge, vectors=vectors, questions=questions, corpus=corpus, **memo)
    from checker.engines.local import forked_calls

    _before_fork(kb)
    shares: list[list[Cluster]] = [[] for _ in range(jobs)]
    total, done = sum(loads), 0
    for cl, load in zip(events, loads):
        shares[min(jobs - 1, done * jobs // max(1, total))].append(cl)
        done += load
    results = forked_calls([lambda share=share: part(share) for share in shares])
    for _, seen in results:  # type: ignore[misc]
        if seen is not None:
            memo["seen"].update(seen)
    return incremental.ordered([f for found, _ in results for f in found])  # type: ignore[misc]


def _compared(f: Finding) -> tuple[Claim, ...]:
    """The claims the judge compared for a finding: `Finding.compared` where given, else the claim cited."""
    comp = f.compared
    return tuple(comp[i] if i < len(comp) and comp[i] is not None else c for i, c in enumerate(f.claims))


def _repoint(claims: Sequence[Claim], src: Source) -> tuple[Claim, ...]:
    import dataclasses

    return tuple(dataclasses.replace(c, source_id=src.id, path=src.path) for c in claims)


def embed_stage(
    texts: Sequence[str], embedder: "Embedder", engine: "Engine", cache: "NullCache", known: Mapping[str, "np.ndarray"] | None = None
) -> "np.ndarray":
    """One unit vector per text: cached ones by content, the engine embeds each missing text once. ``known``: vectors
    already read from the cache by text (`cached_vectors`), counted as cache hits."""
    import numpy as np

    from checker.cache import embed_keys

    dim = int(embedder.dim)
    if not texts:
        return np.zeros((0, dim), dtype=np.float32)
    unique = list(dict.fromkeys(texts))
    by_text = {t: known[t] for t in unique if t in known} if known else {}
    rest = [t for t in unique if t not in by_text]
    keys = dict(zip(rest, embed_keys(embedder.name, rest)))
    found = cache.get_embeddings(list(keys.values()), dim) if rest else {}
    missing = [t for t in rest if keys[t] not in found]
    cache.stats.embed_hits += len(unique) - len(missing)
    cache.stats.embed_misses += len(missing)
    by_text.update((t, found[keys[t]]) for t in rest if keys[t] in found)
    if missing:
        new = np.asarray(engine.embed(missing, embedder), dtype=np.float32)
        cache.put_embeddings(((keys[t], new[r]) for r, t in enumerate(missing)), version=embedder.name)
        by_text.update(zip(missing, new))
    return np.array([by_text[t] for t in texts], dtype=np.float32).reshape(len(texts), dim)


def cached_vectors(texts: Sequence[str], embedder: "Embedder", cache: "NullCache") -> dict[str, "np.ndarray"]:
    """Text -> its vector for the ``texts`` the cache holds one of (`embed_stage` ``known``)."""
    from checker.cache import embed_keys

    unique = list(dict.fromkeys(texts))
    keys = embed_keys(embedder.name, unique)
    found = cache.get_embeddings(keys, int(embedder.dim))
    return {t: found[k] for t, k in zip(unique, keys) if k in found}


PARALLEL_MIN_POINTING = 2_000
"""Claims from which `_pointing_beside` reads the pointing denials' targets in another process (fewer: the fork costs more than it saves)."""


def _pointing_beside(claims: Sequence[Claim], vectors: "np.ndarray", jobs: int) -> "Forked | None":
    """`checker.refer.pointing` of ``claims`` started in a forked process (`Forked`), or None: one process
    (``jobs`` < 2) or fewer than `PARALLEL_MIN_POINTING` claims, where `resolve_pointing` reads it itself.

    NOTE: it reads claims and vectors only, so it runs beside matching, which it does not wait for: on all of
    ECB+ with one changed document, about 1 CPU s (the asserted claims of 982 documents and every denial's
    nearest documents) that this process no longer spends after matching. Exact: the same function on the
    same data in a copy of this process (its result comes back pickled, equal). Call after the models are
    released (no model thread running at the fork).
    """
    if jobs < 2 or len(claims) < PARALLEL_MIN_POINTING:
        return None
    from checker.engines.local import Forked
    from checker.refer import pointing

    return Forked(lambda: pointing(claims, vectors))


def _changed_claims(plan: "incremental.Plan", sources: Sequence[Source], per_source) -> tuple[list[Claim], list[Claim]]:  # noqa: ANN001
    """(the changed documents' claims in the snapshot, their claims in this run)."""
    changed = plan.changed
    gone = [c for (path, _), cs in zip(plan.snapshot.docs, plan.snapshot.claims) if path in changed for c in cs]
    return gone, [c for s, cs in zip(sources, per_source) if s.path in changed for c in cs]


def _entity_counts(plan: "incremental.Plan | None", sources: Sequence[Source], per_source):  # noqa: ANN001, ANN202
    """`checker.match.entity_counts` of this run's claims from the snapshot's, the changed documents' old claims taken
    off and their new ones added (None without a plan or counts in its snapshot: they are counted whole). Exact."""
    if plan is None or plan.snapshot.entity_counts is None:
        return None
    return incremental.entity_counts_of(plan.snapshot.entity_counts, *_changed_claims(plan, sources, per_source))


def _passage_counts(plan: "incremental.Plan | None", sources: Sequence[Source], per_source) -> "PassageCounts | None":  # noqa: ANN001
    """`checker.match.passage_counts` of this run's claims from the snapshot's: the changed documents' old claims
    taken off and their new ones added (None without a plan or counts in its snapshot: they are counted whole).

    NOTE: exact (integer counts, sums over documents); on all of ECB+ with one changed document the trained scorer's
    passage evidence no longer reads the words of 16,000 claims (0.56 -> 0.03 CPU s at load 8, same values)."""
    if plan is None or plan.snapshot.passage_counts is None:
        return None
    from checker.match import passage_counts

    gone, new = _changed_claims(plan, sources, per_source)
    counts = incremental.counts_of(plan.snapshot.passage_counts).plus(passage_counts(gone), -1)
    return counts.plus(passage_counts(new)) if counts is not None else None


def _stages(
    sources: Sequence[Source],
    settings: Settings,
    b: Backends,
    cache: "NullCache",
    engine: "Engine",
    say: Callable[[str], None],
    snap_key: str | None,
    plan: "incremental.Plan | None",
    close_engine: bool,
    release: bool,
    preparsed: bool = False,
    settle: bool = False,
) -> tuple[tuple[tuple[Claim, ...], ...], tuple[Cluster, ...], tuple[Finding, ...]]:
    """Parse, normalise, embed, match and judge (incrementally with ``plan``); stores the next snapshot.

    Returns the normalised claims per source, every event (singletons included) and the merged findings.
    ``close_engine``: close the engine once embedding is done; ``release``: drop the embedder's model then.
    ``preparsed``: the engine is parsing the changed documents in another process (`LocalEngine.preparse`).
    ``settle``: the claims, vectors and events are frozen out of the cyclic collector's reach as they are made (`_settle`).
    """

    kb = load_knowledge(settings.alias_files)
    # NOTE: documents to parse mean claims to embed: the embedder loads in a thread while spaCy loads and parses;
    # while another process parses, it loads here (no thread: nothing is forked beside one).
    warm = Warmup(b.embedder) if getattr(engine, "name", "") == "local" and not preparsed else None
    # NOTE: while another process parses the changed documents, this one reads the unchanged documents' claims'
    # vectors from the cache (16,000 on ECB+, about 0.15 CPU s), which embedding would read after the parse
    known: dict = {}
    unchanged = [c.context or c.text for (path, _), cs in zip(plan.snapshot.docs, plan.snapshot.claims) if path not in plan.changed
                 for c in cs] if preparsed and plan is not None and cache.enabled else []
    then = (lambda: known.update(cached_vectors(unchanged, b.embedder, cache))) if unchanged else None  # type: ignore[arg-type]
    before = _beside_parse(b.embedder, kb, then) if preparsed else _before_parse(b.parser, warm)
    say(f"parsing {len(sources)} documents")
    # NOTE: while other processes parse a big corpus, this one reads the tables that its normalising and judging
    # workers would read (`_before_fork`), and parses that much less (`LocalEngine.parse`)
    from checker.engines.local import LocalEngine

    beside = (lambda: _before_fork(kb)) if isinstance(engine, LocalEngine) else None
    per_source, plan, lexicon, evidence = _parse_for(plan, sources, b.parser, engine, cache, before, beside)  # type: ignore[arg-type]
    if cache.enabled:
        say(f"  {cache.stats.parse_hits} from cache, {cache.stats.parse_misses} parsed")
    _settle(settle)
    # NOTE: the corpus' product lexicon and what the snapshot keeps of it (`incremental.product_lexicon`)
    lexicon, lex_record = lexicon if lexicon is not None else incremental.product_lexicon(sources, per_source)
    lex_digest = incremental.lexicon_digest(lexicon)
    if plan is not None:
        say(f"normalising claims ({len(plan.changed)} changed documents)")
        per_source = _normalize_changed(per_source, sources, kb, lexicon, plan)
    else:
        say("normalising claims")
        if warm is not None:
            warm.wait()  # NOTE: no fork beside a thread loading a model
        per_source = _normalize_all(per_source, sources, kb, lexicon, int(getattr(engine, "jobs", 1)) if getattr(engine, "name", "") == "local" else 1)
    claims = [c for cs in per_source for c in cs]
    say(f"embedding {len(claims)} claims")
    if warm is not None:
        warm.wait()
    # NOTE: what the claims that may pair by kind of answer ask (checker.match.question_texts) is embedded with them
    asked = question_texts(claims, settings.match, kb)
    vectors = embed_stage([c.context or c.text for c in claims] + list(asked.values()), b.embedder, engine, cache, known)  # type: ignore[arg-type]
    questions = dict(zip(asked, vectors[len(claims):]))
    vectors = vectors[: len(claims)]
    if cache.enabled:
        say(f"  {cache.stats.embed_hits} from cache, {cache.stats.embed_misses} embedded")
    _settle(settle)
    if close_engine:
        engine.close()
    if release:
        # NOTE: a model this run loaded is not needed for matching; callers sharing an embedder keep theirs.
        getattr(b.embedder, "release", lambda: None)()
    # NOTE: the local engine's processes score candidate pairs and judge events side by side (the models are released by now)
    jobs = int(getattr(engine, "jobs", 1)) if getattr(engine, "name", "") == "local" else 1
    # NOTE: what resolving pointing denials reads of the claims alone, whatever the events, is computed in
    # another process while this one matches (checker.refer.pointing)
    pointed = _pointing_beside(claims, vectors, jobs)
    from checker.match import DocProfiles, EntityStats

    # NOTE: one set of corpus statistics for the region and its matching: the trained scorer's
    # passage evidence (TF-IDF of every claim and passage) is then built once, not twice; its word counts
    # are the snapshot's with the changed documents' taken off and added again (`_passage_counts`).
    stats = EntityStats(claims, counts=_entity_counts(plan, sources, per_source))
    profiles = (stats, DocProfiles(claims, stats, vectors, counts=_passage_counts(plan, sources, per_source)))
    reg = incremental.region(claims, vectors, plan, settings.match, kb, profiles) if plan is not None else None
    # NOTE: every claim's nearest neighbours, from the previous run's lists when it left them (only
    # the changed documents' claims are searched against all), else one exact search of all claims.
    found = incremental.neighbours(claims, vectors, plan, settings.match.neighbors) if plan is not None else None
    if found is None and len(claims) > 1:
        from checker.ann import neighbours

        found = neighbours(vectors, settings.match.neighbors, jobs=jobs)
    # NOTE: publication dates date the claims that write no year (checker.match.claim_years)
    published = {s.id: s.date for s in sources if s.date is not None}
    clusters = None
    if reg is not None:
        ids, kept = reg
        rows = [i for i, c in enumerate(claims) if c.id in ids]
        say(f"  re-matching {len(rows)} of {len(claims)} claims ({len(kept)} events kept)")
        # NOTE: the region is matched with the whole corpus' statistics, story groups and candidate
        # pairs, so its events are those a full run finds (checker.match.cluster ``within``).
        fresh = cluster([claims[i] for i in rows], b.embedder, settings.match, kb=kb, vectors=vectors[rows], progress=say,  # type: ignore[arg-type]
                        neighbours=found, within=(claims, vectors, rows), profiles=profiles, published=published)
        clusters = incremental.merge_clusters(claims, kept, fresh)
        if clusters is not None:
            # NOTE: cross-event links span kept and re-matched events, so they are recomputed over
            # all claims (checker.match.link).
            clusters = link(claims, clusters, vectors, settings.match, neighbours=found, published=published, questions=questions)
            fresh = _to_judge(clusters, {c.id for cl in fresh for c in cl.claims})
    if clusters is None:
        reg = None
        clusters = cluster(claims, b.embedder, settings.match, kb=kb, vectors=vectors, progress=say, neighbours=found, jobs=jobs,  # type: ignore[arg-type]
                           published=published, questions=questions, profiles=profiles)
        fresh = clusters
    _settle(settle)
    say(f"judging {sum(1 for c in fresh if len({x.source_id for x in c.claims}) > 1)} multi-source events")
    if b.model_judge is not None:
        b.model_judge.warm_up()
    # NOTE: the claim embeddings let the judge ask whether two values answer the same question.
    vectors_by_id = dict(zip((c.id for c in claims), vectors))
    # NOTE: "the story is a hoax" is judged against the claim of another source it points at.
    fresh = resolve_pointing(fresh, claims, vectors, every=clusters, pointed=pointed.result() if pointed is not None else None)  # type: ignore[arg-type]
    # NOTE: an event judged again with the claims it had (kept, linked to the region) reuses its own
    # pairs' verdicts from the snapshot and judges only its links (checker.judge.judge_clusters known=).
    known = incremental.known_verdicts(plan) if reg is not None and plan is not None else None
    seen: dict | None = None
    memo: dict = {}
    if snap_key is not None:
        seen = {}
        memo = {"known": known, "seen": seen}
    raw = _judge(fresh, settings, kb, b.model_judge, vectors_by_id, memo, jobs, questions, claims)
    if known is not None and seen is not None:
        seen = {**known, **seen}  # NOTE: events not judged this run keep theirs (save keeps current events only)
    if reg is not None and plan is not None:
        # NOTE: the judged events' findings are new; every other finding of the previous run cites
        # only events kept as they were, with the same links, so it is reused.
        kept_ids = {cid for _, ids in reg[1] for cid in ids} - {c.id for cl in fresh for c in cl.claims}
        # NOTE: by the claims the judge compared (`Finding.compared`), not those cited: a value is cited
        # where it is stated, which may be a claim of another event, so a finding of a judged event could
        # cite kept claims only and be reused beside its fresh copy (one copy more per incremental run).
        reused = [f for f in plan.snapshot.findings if all(c.id in kept_ids for c in _compared(f))]
        raw = incremental.ordered((*reused, *raw))
    # NOTE: one conflict stated in several events becomes one finding, over the whole run's findings.
    merged = merge_findings(raw, kb, vectors_by_id)
    if snap_key is not None and not (reg is not None and plan is not None and not plan.changed and plan.snapshot.complete):
        # NOTE: nothing changed and the snapshot was reused whole: it is still the right one.
        from checker.ann import EXACT_LIMIT

        incremental.save(cache, snap_key, sources, per_source, lex_digest, clusters, raw, merged,
                         found if len(claims) <= EXACT_LIMIT else None, seen, evidence, plan.stored if plan is not None else (),
                         profiles[1].counts, stats.counts, lex_record)
    return per_source, clusters, merged


@contextlib.contextmanager
def _gc_paused(settle: bool = False):  # noqa: ANN202
    """No cyclic garbage collection inside (it is restored as it was): decoding a snapshot allocates a million
    objects, and each full collection it triggers walks them all (ECB+: several, 0.1-0.5 s each). ``settle``:
    what is alive on leaving is frozen (`_settle`) before the collector is enabled again.

    NOTE: frozen first, else the first allocation after `gc.enable` starts a young collection over every object
    made inside (the youngest generation's count is past its threshold), which is then frozen anyway."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _settle(settle)
        if was:
            gc.enable()


def _settle(owned: bool) -> None:
    """Move every object alive now out of the cyclic collector's reach (`gc.freeze`) when ``owned`` (this run froze
    nothing before it began: `run` unfreezes them at its end). A stage's results (claims, vectors, events) live
    through the run, and a full collection walks every tracked object: on all of ECB+ with one changed document,
    nine full collections took about 1.5 CPU s of the run's 7 (measured with `gc.callbacks`, load 11)."""
    if owned:
        gc.freeze()


def run(
    sources: Sequence[Source],
    settings: Settings | None = None,
    backends: Backends | None = None,
    progress: Callable[[str], None] | None = None,
    cache: "NullCache | None" = None,
    engine: "Engine | None" = None,
) -> tuple[Report, tuple[tuple[Claim, ...], ...]]:
    """Check sources; returns the report and the normalised claims per source.

    ``cache`` and ``engine`` default to what ``settings`` asks for; pass them to share one across runs.
    """
    from checker.cache import open_cache, parser_fingerprint
    from checker.engines import get_engine

    settings = settings or Settings()
    b = backends or Backends()
    if b.embedder is None:
        from checker.backends import get_embedder

        b = dataclasses.replace(b, embedder=get_embedder(settings.embedder))
    b = b.resolved()
    own_cache = cache is None
    own_engine = engine is None
    cache = cache if cache is not None else open_cache(settings.cache, settings.cache_dir)
    engine = engine if engine is not None else get_engine(settings.engine, settings.jobs, settings.engine_address)
    say = progress or (lambda _msg: None)
    # NOTE: the cyclic collector skips what the run keeps (`_settle`) unless a caller froze objects itself
    owned = gc.get_freeze_count() == 0
    _settle(owned)
    try:
        # NOTE: a model judge may answer differently run to run, so its runs are never incremental.
        # NOTE: the parser's fingerprint (version, parse code, spaCy model) keys the snapshot too: its claims stand for parses.
        snap_key = (
            incremental.snapshot_key(sources, _settings_digest(settings) + parser_fingerprint(), b.embedder.name)
            if cache.enabled and b.model_judge is None
            else None
        )
        # NOTE: the changed documents parse in another process (spaCy loads there) while this one reads and decodes
        # the snapshot (0.6 s on ECB+) and goes on; the document list stored beside the snapshot names them
        raw = None
        changed = incremental.changed_since(cache, snap_key, sources) if snap_key else None
        if changed is None and snap_key:
            raw = incremental.fetch(cache, snap_key)  # NOTE: a snapshot stored without its list: read it first
            changed = incremental.changed(raw, sources) if raw is not None else None
        preparsed = bool(changed and hasattr(engine, "preparse") and engine.preparse(sources, b.parser, changed))  # type: ignore[attr-defined]
        if raw is None and changed is not None:
            raw = incremental.fetch(cache, snap_key)  # type: ignore[arg-type]
        with _gc_paused(settle=owned):
            plan = incremental.load(cache, snap_key, sources, raw) if raw is not None else None  # type: ignore[arg-type]
        if preparsed and (plan is None or plan.changed != changed):
            engine.cancel()  # type: ignore[attr-defined]  # NOTE: a snapshot that does not hold: a full run
            preparsed = False
        reused = incremental.reuse(plan) if plan is not None else None
        if reused is not None:
            # NOTE: nothing changed under the same code, settings and embedder: the previous run's events
            # and findings stand as they were, and neither a model nor numpy is loaded.
            per_source, clusters, merged = reused
            cache.stats.parse_hits += len(sources)
            say(f"nothing changed: {len(sources)} documents, {sum(len(cs) for cs in per_source)} claims and their events from the cache")
        else:
            per_source, clusters, merged = _stages(sources, settings, b, cache, engine, say, snap_key, plan,
                                                   close_engine=own_engine, release=backends is None or backends.embedder is None,
                                                   preparsed=preparsed, settle=owned)
            own_engine = False
    finally:
        if own_engine:
            engine.close()
        if own_cache:
            cache.close()
        if owned:
            gc.unfreeze()
    findings = disambiguate(merged)
    from checker.parse import skip_reason

    skipped = tuple(Skipped(s.path, skip_reason(s.text)) for s, cs in zip(sources, per_source) if not cs)
    report = Report(
        sources=tuple(sources),
        claim_counts=tuple(len(cs) for cs in per_source),
        clusters=tuple(c for c in clusters if len(c.claims) > 1),
        findings=findings,
        skipped=skipped,
        links=tuple(p for c in clusters for p in c.links),
    )
    return report, per_source


def _excluded(path: str, globs: Sequence[str]) -> bool:
    """True when ``path`` or one of its parent folders matches a glob (matched from the right)."""
    from pathlib import PurePath

    p = PurePath(path)
    for candidate in (p, *p.parents):
        if candidate == PurePath(candidate.anchor) or str(candidate) == ".":
            continue
        if any(candidate.match(g) for g in globs):
            return True
    return False


def discover_documents(
    paths: Sequence[str], exclude: Sequence[str] = (), skipped: list[Skipped] | None = None, others: list[str] | None = None
) -> list[str]:
    """The documents under ``paths`` minus those ``exclude`` names (folders that cannot be listed go to
    ``skipped``; files of other types in them to ``others``)."""
    found = discover(paths, skipped, others)
    if not exclude:
        return found
    kept = [p for p in found if not _excluded(p, exclude)]
    logger.debug("excluded %d of %d documents", len(found) - len(kept), len(found))
    return kept


def check(
    paths: Sequence[str],
    settings: Settings | None = None,
    backends: Backends | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """The whole run: read -> `run` -> review stage -> claim ledger.

    The review file is read (and validated, [E030]) before anything expensive starts; findings a
    decision covers move to `Report.acknowledged`. The ledger is written when ``settings.claims_dir``
    is set.
    """
    from checker import review as review_mod

    settings = settings or Settings()
    say = progress or (lambda _msg: None)
    review = review_mod.load_review(settings.review_file) if settings.review_file else None
    say(f"reading {', '.join(paths)}")
    # NOTE: one bad input never stops the run: it becomes a coded `Skipped` and the rest is checked.
    unread: list[Skipped] = []
    others: list[str] = []
    sources = read_sources(discover_documents(paths, settings.exclude, unread, others), unread)
    if others:
        kinds = Counter(Path(p).suffix.lower() or "no suffix" for p in others)
        say(f"  {len(others)} other files not read ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); "
            f"documents are {' '.join(SUFFIXES)}")
    for s in unread:
        logger.warning("check: warning: skipped %s: [%s] %s", s.path, s.code, s.reason)
    if not sources:
        if not unread:
            excluded = f" (after --exclude {' '.join(settings.exclude)})" if settings.exclude else ""
            logger.warning("check: warning: %s%s", Errors.E002.format(paths=", ".join(paths)), excluded)
        return Report(sources=(), claim_counts=(), clusters=(), findings=(), skipped=tuple(unread))
    if backends is None or backends.model_judge is None:
        judge = settings.model_judge()
        if judge is not None:
            backends = dataclasses.replace(backends or Backends(), model_judge=judge)
    report, per_source = run(sources, settings, backends, progress=say)
    if unread:
        report = dataclasses.replace(report, skipped=tuple(unread) + report.skipped)
    say(f"reviewing {len(report.findings)} findings" + (f" against {settings.review_file}" if review is not None else ""))
    if review is not None:
        report = review_mod.apply_review(report, review)
    if settings.claims_dir:
        from checker.ledger import write_ledger

        say(f"writing claim ledgers to {settings.claims_dir}/")
        written = write_ledger(sources, per_source, settings.claims_dir)
        logger.debug("wrote %d claim ledgers to %s", len(written), settings.claims_dir)
    return report


def check_paths(paths: Sequence[str], settings: Settings | None = None, backends: Backends | None = None) -> Report:
    """Library entry point: the same run as ``check PATH...`` (config file and review file included).

    Without ``settings`` they are resolved as the CLI resolves them with no flags given.
    """
    if settings is None:
        settings, _ = resolve_settings(paths)
    return check(paths, settings, backends)
