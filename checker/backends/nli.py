"""Local NLI cross-encoder judge: scores candidate pairs both ways, in batches (CC301)."""

from __future__ import annotations

import logging
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from checker.backends.base import Judge, Pair
from checker.errors import BackendError, BackendUnavailable, Errors
from checker.models import Verdict

if TYPE_CHECKING:
    from checker.models import Claim

__all__ = ["NliJudge", "NLI_CODE", "label_indices"]

logger = logging.getLogger(__name__)

NLI_CODE = "CC301"
"""Rule code of a contradiction found by the NLI model."""

_TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "vocab.txt",
    "vocab.json",
    "spm.model",
    "sentencepiece.bpe.model",
)


def label_indices(id2label: dict[Any, str]) -> dict[str, int]:
    """Map ``contradiction`` / ``entailment`` / ``neutral`` to logit indices, case-insensitively.

    Accepts the usual spellings (``CONTRADICTION``, ``contradictory``, ``entails``); labels that are
    not recognised (``LABEL_0``) are left out, so the result may lack any key.
    """
    found: dict[str, int] = {}
    for raw_index, raw_label in id2label.items():
        label = str(raw_label).strip().lower()
        index = int(raw_index)
        if label.startswith("contradict"):
            found.setdefault("contradiction", index)
        elif label.startswith("entail"):
            found.setdefault("entailment", index)
        elif label.startswith("neutral"):
            found.setdefault("neutral", index)
    return found


def _premise(claim: "Claim") -> str:
    """The text the model reads: the decontextualised claim when there is one."""
    return claim.context.strip() or claim.text


class NliJudge(Judge):
    """Cross-encoder NLI judge over a locally saved model; never downloads anything.

    ``warm_up()`` imports torch and sentence-transformers and loads the model; `judge_all`
    calls it when needed. Every pair is scored as (a, b) and (b, a).
    """

    def __init__(
        self,
        model: str,
        batch_size: int = 16,
        threshold: float = 0.5,
        device: str = "cpu",
    ) -> None:
        """Remember the settings; nothing is imported or loaded here.

        ``model`` is a folder holding a saved cross-encoder (``config.json``, weights, tokenizer)
        or a name already present in the local Hugging Face cache.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be in 0..1, got {threshold}")
        self.model = str(model)
        self.batch_size = batch_size
        self.threshold = threshold
        self.device = device
        self.model_name = Path(self.model).name or self.model
        self.name = f"nli:{self.model_name}"
        self.labels: dict[str, int] = {}
        """Logit index of each recognised label, read from the model config in `warm_up`."""
        self._encoder: Any = None

    # -- loading ---------------------------------------------------------------------------

    def _error(self, reason: str) -> BackendError:
        return BackendError(Errors.E021.format(path=self.model, reason=reason))

    def _local_path(self) -> Path | None:
        """The model folder, or None for a name to look up in the local Hugging Face cache.

        Fails early, in one line, on a path that cannot hold a model.
        """
        path = Path(self.model).expanduser()
        if path.is_dir():
            if not (path / "config.json").is_file():
                raise self._error("the folder has no config.json (save one with CrossEncoder(...).save(path))")
            # NOTE: without these, transformers 5 builds an empty tokenizer and scores garbage silently.
            if not any((path / name).is_file() for name in _TOKENIZER_FILES):
                raise self._error("the folder has no tokenizer files (tokenizer.json, vocab.txt, ...)")
            return path
        if path.exists():
            raise self._error("not a folder")
        if path.is_absolute() or self.model.startswith((".", "~")):
            raise self._error("no such folder")
        return None

    def warm_up(self) -> None:
        """Import torch / sentence-transformers, read the label mapping and load the model once."""
        if self._encoder is not None:
            return
        local = self._local_path()
        # NOTE: local only, always: a missing model must fail here, not start a download.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            import transformers
            from sentence_transformers import CrossEncoder
        except ImportError as exc:
            raise BackendUnavailable(
                Errors.E020.format(what=f"NLI judge ({exc.name or exc})", hint="pip install 'checker[nli]'")
            ) from None
        # NOTE: the CLI owns the terminal; weight-loading progress bars would interleave with it.
        transformers.utils.logging.disable_progress_bar()
        source = str(local) if local is not None else self.model
        try:
            config = transformers.AutoConfig.from_pretrained(source, local_files_only=True)
        except (OSError, ValueError) as exc:
            if local is None:
                reason = "no such folder, and no such model in the local Hugging Face cache (nothing is downloaded)"
            else:
                reason = _first_line(exc, "unreadable config.json")
            raise self._error(reason) from None
        id2label = dict(getattr(config, "id2label", None) or {})
        labels = label_indices(id2label)
        if "contradiction" not in labels:
            shown = ", ".join(str(v) for _, v in sorted(id2label.items())) or "none"
            raise self._error(f"config id2label has no contradiction label (labels: {shown}); not an NLI model?")
        try:
            encoder = CrossEncoder(source, device=self.device, local_files_only=True)
        except ImportError as exc:
            # NOTE: some tokenizers need extra packages (sentencepiece, protobuf).
            what = f"NLI model {self.model_name} ({_first_line(exc, 'import failed')})"
            hint = f"pip install {exc.name}" if exc.name else "pip install 'checker[nli]'"
            raise BackendUnavailable(Errors.E020.format(what=what, hint=hint)) from exc
        except Exception as exc:  # NOTE: loaders raise anything (SafetensorError, KeyError); keep it one line
            reason = _first_line(exc, "cannot load the weights or the tokenizer")
            raise self._error(f"{type(exc).__name__}: {reason}") from exc
        self.labels = labels
        self._encoder = encoder
        logger.info("loaded NLI model %s (labels %s) on %s", self.model, labels, self.device)

    # -- scoring ---------------------------------------------------------------------------

    def _predict(self, inputs: list[tuple[str, str]]) -> list[list[float]]:
        """Class probabilities for each (premise, hypothesis), one `predict` call per batch."""
        probs: list[list[float]] = []
        for start in range(0, len(inputs), self.batch_size):
            batch = inputs[start : start + self.batch_size]
            out = self._encoder.predict(
                batch,
                batch_size=len(batch),
                apply_softmax=True,
                show_progress_bar=False,
                convert_to_numpy=True,
            )
            probs.extend([float(x) for x in row] for row in out)
        return probs

    def scores(self, pairs: Sequence[Pair]) -> list[dict[str, float]]:
        """Per pair, label probabilities in both directions and combined.

        Keys: ``contradiction_ab``, ``contradiction_ba``, ``entailment_ab``, ``entailment_ba``,
        ``neutral_ab``, ``neutral_ba`` (present for labels the model has), and the combined
        ``contradiction`` (max over directions) and ``entailment`` (min over directions: both
        ways, i.e. the claims are equivalent). Callers use them to adjust a structural verdict.
        """
        if not pairs:
            return []
        self.warm_up()
        texts = [(_premise(a), _premise(b)) for a, b in pairs]
        # NOTE: identical (premise, hypothesis) inputs are scored once; clusters repeat claims.
        unique: dict[tuple[str, str], int] = {}
        for ta, tb in texts:
            unique.setdefault((ta, tb), len(unique))
            unique.setdefault((tb, ta), len(unique))
        probs = self._predict(list(unique))
        result: list[dict[str, float]] = []
        for ta, tb in texts:
            ab, ba = probs[unique[(ta, tb)]], probs[unique[(tb, ta)]]
            row: dict[str, float] = {}
            for label, index in self.labels.items():
                row[f"{label}_ab"] = ab[index]
                row[f"{label}_ba"] = ba[index]
            row["contradiction"] = max(row["contradiction_ab"], row["contradiction_ba"])
            if "entailment" in self.labels:
                row["entailment"] = min(row["entailment_ab"], row["entailment_ba"])
            result.append(row)
        return result

    def judge_all(self, pairs: Sequence[Pair]) -> list[Verdict | None]:
        """Batched NLI over both directions; a `Verdict` (CC301) when P(contradiction) >= threshold.

        Requires `Claim.text` (and uses `Claim.context` when set); assigns nothing else.
        """
        verdicts: list[Verdict | None] = []
        for (a, b), row in zip(pairs, self.scores(pairs)):
            p = row["contradiction"]
            # NOTE: entailment winning both ways means a paraphrase, whatever the threshold.
            if math.isnan(p) or p < self.threshold or self._entails_both(row):
                verdicts.append(None)
                continue
            verdicts.append(
                Verdict(
                    code=NLI_CODE,
                    verdict="contradiction",
                    confidence=round(p, 4),
                    slot="meaning",
                    values=((a.text,), (b.text,)),
                    reason=(
                        f"NLI model {self.model_name} gives P(contradiction)="
                        f"{row['contradiction_ab']:.2f} (a→b) / {row['contradiction_ba']:.2f} (b→a)"
                    ),
                )
            )
        return verdicts

    def _entails_both(self, row: dict[str, float]) -> bool:
        """Entailment is the most probable label in both directions."""
        if "entailment" not in self.labels:
            return False
        return all(
            row[f"entailment_{d}"] >= max(row[f"{label}_{d}"] for label in self.labels) for d in ("ab", "ba")
        )

    def judge(self, pair: Pair) -> Verdict | None:
        """Judge one pair (both directions)."""
        return self.judge_all([pair])[0]


def _first_line(exc: BaseException, fallback: str) -> str:
    """The first non-empty line of an exception message, for one-line E021 errors."""
    for line in str(exc).splitlines():
        if line.strip():
            return line.strip().rstrip(".")
    return fallback
