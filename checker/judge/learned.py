"""The shipped learned contradiction judge (CC303): an int8 ONNX cross-encoder, no torch needed.

The model is trained by ``make train-judge`` (``train/``) from all-MiniLM-L6-v2 and shipped in
``checker/data/judge/`` with its tokenizer, its settings (``judge.json``: threshold chosen on the
development split, maximum length) and a model card (``MODEL_CARD.md``).  Inference uses only
onnxruntime and the ``tokenizers`` library.  Every candidate pair is scored in both directions, in
batches sorted by length; the pair's score is the larger of the two probabilities.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from checker.backends.base import Judge, Pair
from checker.errors import BackendError, BackendUnavailable, Errors
from checker.models import Verdict

if TYPE_CHECKING:
    from checker.models import Claim

__all__ = ["LearnedJudge", "LEARNED_CODE", "MODEL_DIR", "JudgeSettings", "Candidates", "load_settings", "pair_features", "claim_text"]

logger = logging.getLogger(__name__)

LEARNED_CODE = "CC303"
"""Rule code of a contradiction found by the shipped learned judge."""

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "judge"
"""Where the package ships the model, its tokenizer, ``judge.json`` and the model card."""


@dataclass(frozen=True, slots=True)
class Candidates:
    """Which candidate pairs the learned judge scores (``candidates`` in ``judge.json``; chosen on dev folders).

    The defaults score every pair, as the first shipped model did.
    """

    aligned: bool = False
    """Only pairs whose questions align with their answers masked (`checker.judge.align.align` with no answer)."""
    min_masked: float = 0.0
    """Only pairs whose content words (answers masked) overlap at least this much (Jaccard)."""
    skip_opinion: bool = False
    """Skip pairs in which either claim is an opinion."""

    def keep(self, features: dict) -> bool:
        """Whether a pair with these `pair_features` is scored."""
        if self.aligned and not features["aligned"]:
            return False
        if features["masked"] < self.min_masked:
            return False
        return not (self.skip_opinion and features["opinion"])


@dataclass(frozen=True, slots=True)
class JudgeSettings:
    """What ``judge.json`` says about the shipped model."""

    version: str
    """Model version; part of the judge name and so of cache keys."""
    threshold: float
    """Probability at or above which a pair is a contradiction (chosen on the dev split)."""
    max_length: int
    """Tokens per (a, b) input, truncating the longer side first."""
    model_file: str = "model.int8.onnx"
    """ONNX file inside the model folder."""
    tokenizer_file: str = "tokenizer.json"
    """``tokenizers`` file inside the model folder."""
    candidates: Candidates = Candidates()
    """Which candidate pairs are scored at all."""
    datasets: tuple[str, ...] = ()
    """Data sets the model was trained on (its dev/test splits are the held-back ones); empty: unknown."""


def load_settings(folder: Path = MODEL_DIR) -> JudgeSettings:
    """Read ``judge.json`` from a model folder (E021 when missing or malformed)."""
    path = folder / "judge.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return JudgeSettings(
            version=str(raw["version"]),
            threshold=float(raw["threshold"]),
            max_length=int(raw["max_length"]),
            model_file=str(raw.get("model_file", "model.int8.onnx")),
            tokenizer_file=str(raw.get("tokenizer_file", "tokenizer.json")),
            candidates=Candidates(**raw.get("candidates", {})),
            datasets=tuple(str(d) for d in raw.get("datasets", ())),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BackendError(Errors.E021.format(path=folder, reason=f"unreadable judge.json ({exc})")) from None


def claim_text(claim: "Claim") -> str:
    """The text the model reads: the decontextualised claim when there is one."""
    return (getattr(claim, "context", "") or "").strip() or claim.text


def pair_features(a: "Claim", b: "Claim", kb: Any = None) -> dict:
    """What `Candidates` decides on: the two claims' question alignment with no answer, masked overlap, opinion.

    Calls `checker.judge.align.align` with empty answers, so each claim's question is the whole claim.
    """
    from checker.judge.align import align

    al = align(a, "", b, "", kb)
    return {"aligned": al.aligned, "masked": al.masked, "subject": al.subject,
            "opinion": "opinion" in (a.modality, b.modality)}


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))


class LearnedJudge(Judge):
    """Batched, two-way scoring of candidate pairs with the shipped int8 ONNX cross-encoder.

    ``warm_up()`` imports onnxruntime and tokenizers and loads the model once; `judge_all` calls it.
    """

    def __init__(
        self,
        folder: Path | str | None = None,
        threshold: float | None = None,
        batch_size: int = 32,
        threads: int | None = None,
        candidates: Candidates | None = None,
    ) -> None:
        """Remember the settings; nothing is imported or loaded here.

        ``threshold`` and ``candidates`` override the ones in ``judge.json``; ``threads`` defaults to
        onnxruntime's.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        if threshold is not None and not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be in 0..1, got {threshold}")
        self.folder = Path(folder) if folder is not None else MODEL_DIR
        self.batch_size = batch_size
        self.threads = threads
        self._threshold = threshold
        self._candidates = candidates
        self.settings: JudgeSettings | None = None
        self.name = "learned"
        self._session: Any = None
        self._tokenizer: Any = None
        self._inputs: tuple[str, ...] = ()

    @property
    def threshold(self) -> float:
        """The decision threshold in use (the override, else the shipped one)."""
        if self._threshold is not None:
            return self._threshold
        return self.settings.threshold if self.settings else 0.5

    @property
    def candidate_rule(self) -> Candidates:
        """Which pairs are scored: the override, else ``judge.json``'s (read without loading the model)."""
        if self._candidates is not None:
            return self._candidates
        if self.settings is None:
            self.settings = load_settings(self.folder)
        return self.settings.candidates

    def warm_up(self) -> None:
        """Load settings, tokenizer and ONNX session once."""
        if self._session is not None:
            return
        settings = load_settings(self.folder)
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise BackendUnavailable(
                Errors.E020.format(what=f"learned judge ({exc.name or exc})", hint="pip install onnxruntime tokenizers")
            ) from None
        model_path = self.folder / settings.model_file
        tok_path = self.folder / settings.tokenizer_file
        for p in (model_path, tok_path):
            if not p.is_file():
                raise BackendError(Errors.E021.format(path=self.folder, reason=f"missing {p.name}"))
        tokenizer = Tokenizer.from_file(str(tok_path))
        tokenizer.enable_truncation(max_length=settings.max_length, strategy="longest_first")
        tokenizer.no_padding()
        opts = ort.SessionOptions()
        if self.threads:
            opts.intra_op_num_threads = self.threads
            opts.inter_op_num_threads = 1
        session = ort.InferenceSession(str(model_path), opts, providers=["CPUExecutionProvider"])
        self._inputs = tuple(i.name for i in session.get_inputs())
        self._tokenizer, self._session, self.settings = tokenizer, session, settings
        self.name = f"learned:{settings.version}"
        logger.info("loaded learned judge %s from %s", settings.version, self.folder)

    def probabilities(self, inputs: Sequence[tuple[str, str]]) -> list[float]:
        """P(contradiction) of each ordered (a, b) input, in batches of similar length."""
        import numpy as np

        self.warm_up()
        if not inputs:
            return []
        encodings = self._tokenizer.encode_batch(list(inputs))
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
        out = [0.0] * len(encodings)
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            width = max(len(encodings[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            types = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                e = encodings[i]
                n = len(e.ids)
                ids[row, :n] = e.ids
                mask[row, :n] = e.attention_mask
                types[row, :n] = e.type_ids
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            logits = self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})[0]
            for row, i in enumerate(idx):
                out[i] = _sigmoid(float(logits[row].reshape(-1)[0]))
        return out

    def score_texts(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[float, float]]:
        """(P(a->b), P(b->a)) per text pair; repeated inputs are scored once."""
        unique: dict[tuple[str, str], int] = {}
        for a, b in pairs:
            unique.setdefault((a, b), len(unique))
            unique.setdefault((b, a), len(unique))
        probs = self.probabilities(list(unique))
        return [(probs[unique[(a, b)]], probs[unique[(b, a)]]) for a, b in pairs]

    def _verdict(self, ab: float, ba: float, values: tuple[tuple[str, ...], tuple[str, ...]]) -> Verdict | None:
        """A CC303 verdict when the larger of the two directions reaches the threshold."""
        p = max(ab, ba)
        if p < self.threshold:
            return None
        return Verdict(
            code=LEARNED_CODE,
            verdict="contradiction",
            confidence=round(p, 4),
            slot="meaning",
            values=values,
            reason=f"learned judge {self.name} gives P(contradiction)={ab:.2f} (a→b) / {ba:.2f} (b→a)",
        )

    def candidates(self, pairs: Sequence[Pair]) -> list[bool]:
        """Which pairs the shipped `Candidates` let the model score (all when it filters nothing)."""
        cand = self.candidate_rule
        if cand == Candidates():
            return [True] * len(pairs)
        from checker.knowledge import load_knowledge

        kb = load_knowledge()
        return [cand.keep(pair_features(a, b, kb)) for a, b in pairs]

    def judge_all(self, pairs: Sequence[Pair]) -> list[Verdict | None]:
        """A CC303 `Verdict` for each candidate pair whose larger two-way probability reaches the threshold.

        Pairs the shipped `Candidates` leave out get None without being scored.  Requires `Claim.text`
        (uses `Claim.context` when set) and `Claim.slots`; assigns nothing else.
        """
        if not pairs:
            return []
        keep = self.candidates(pairs)
        chosen = [p for p, k in zip(pairs, keep) if k]
        scored = iter(self.score_texts([(claim_text(a), claim_text(b)) for a, b in chosen]))
        out: list[Verdict | None] = []
        for (a, b), k in zip(pairs, keep):
            out.append(self._verdict(*next(scored), ((a.text,), (b.text,))) if k else None)
        return out

    def judge(self, pair: Pair) -> Verdict | None:
        """Judge one pair (both directions)."""
        return self.judge_all([pair])[0]

    def judge_texts(self, pairs: Sequence[tuple[str, str]]) -> list[Verdict | None]:
        """Judge raw text pairs (evaluations): same threshold and both directions as `judge_all`."""
        return [self._verdict(ab, ba, ((a,), (b,))) for (a, b), (ab, ba) in zip(pairs, self.score_texts(pairs))]
