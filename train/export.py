"""Export a trained judge to int8 ONNX, choose its threshold on dev, check fidelity, ship it.

Steps: ``torch.onnx.export`` (opset 17, ``dynamo=False``) of the sequence-classification model,
``onnxruntime.quantization.quantize_dynamic`` to int8, then on the dev split: probabilities of the
torch model and of the int8 model (both directions, max), their agreement, and the threshold
(`choose_threshold`: best F1 at precision >= 0.80 on the int8 scores, else the most precise one).  Writes
``model.int8.onnx``, ``tokenizer.json`` and ``judge.json`` into ``checker/data/judge/`` and the dev
figures into ``export.json`` beside the checkpoint.  Fidelity (torch fp32 vs int8 ONNX, same
threshold) is measured on ``--fidelity-pairs`` dev pairs.  ``judge.json`` records the data sets the
model was trained on (those of the dev file), so evaluations know which documents it never saw.

The pair-level threshold is a starting point: ``python -m eval.learned --choose DEV_FOLDERS
--write-settings`` then chooses the shipped threshold and candidate rule on dev folders as ``check``
runs them (see ``eval/learned.py``).

Run: ``python -m train.export [--checkpoint train/runs/judge/final]``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["choose_threshold", "prf", "MIN_SUPPORT", "main"]

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SHIP = HERE.parent / "checker" / "data" / "judge"
GOAL_PRECISION = 0.80


def prf(scores: list[float], labels: list[int], threshold: float) -> tuple[float, float, float]:
    """Precision, recall, F1 of ``score >= threshold`` against label 1."""
    tp = sum(1 for s, y in zip(scores, labels) if s >= threshold and y)
    fp = sum(1 for s, y in zip(scores, labels) if s >= threshold and not y)
    fn = sum(1 for s, y in zip(scores, labels) if s < threshold and y)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


MIN_SUPPORT = 10
"""A threshold's precision counts only when it flags at least this many true contradictions."""


def choose_threshold(scores: list[float], labels: list[int], goal: float = GOAL_PRECISION) -> float:
    """Best-F1 threshold among those with precision >= goal (and `MIN_SUPPORT` hits).

    When no threshold reaches the goal, the most precise one with `MIN_SUPPORT` hits: an opt-in judge
    should stay quiet rather than flood a report, so precision wins over recall.
    """
    grid = [i / 100 for i in range(5, 100)]
    rows = []
    for t in grid:
        hits = sum(1 for s, y in zip(scores, labels) if s >= t and y)
        if hits >= MIN_SUPPORT:
            rows.append((t, *prf(scores, labels, t)))
    if not rows:
        return 0.5
    ok = [r for r in rows if r[1] >= goal]
    if ok:
        return max(ok, key=lambda r: (r[3], r[0]))[0]
    return max(rows, key=lambda r: (r[1], r[0]))[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkpoint", type=Path, default=HERE / "runs" / "judge" / "final")
    ap.add_argument("--dev", type=Path, default=HERE / "data" / "dev.jsonl")
    ap.add_argument("--out", type=Path, default=SHIP)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--version", default="")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="at most N dev pairs (seeded sample); 0 = all")
    ap.add_argument("--fidelity-pairs", type=int, default=400, help="dev pairs also scored by torch")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from checker.judge.learned import LearnedJudge

    torch.set_num_threads(args.threads)
    model = AutoModelForSequenceClassification.from_pretrained(str(args.checkpoint)).eval()
    tok = AutoTokenizer.from_pretrained(str(args.checkpoint))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model.onnx"
        sample = tok(["a claim"], ["another claim"], return_tensors="pt")
        names = ["input_ids", "attention_mask", "token_type_ids"]
        dyn = {n: {0: "batch", 1: "seq"} for n in names} | {"logits": {0: "batch"}}
        torch.onnx.export(model, tuple(sample[n] for n in names), str(fp32), input_names=names,
                          output_names=["logits"], dynamic_axes=dyn, opset_version=17, dynamo=False)
        # NOTE: Gather too, or the fp32 word embeddings alone weigh 47 MB; the quantiser logs every
        # tensor at INFO, so the root logger is quiet while it runs.
        logging.getLogger().setLevel(logging.WARNING)
        quantize_dynamic(str(fp32), str(args.out / "model.int8.onnx"), weight_type=QuantType.QInt8,
                         per_channel=True, op_types_to_quantize=["MatMul", "Gather"])
        logging.getLogger().setLevel(logging.INFO)
    tok.backend_tokenizer.save(str(args.out / "tokenizer.json"))
    version = args.version or time.strftime("minilm-cc-%Y%m%d")
    settings = {"version": version, "threshold": 0.5, "max_length": args.max_length,
                "model_file": "model.int8.onnx", "tokenizer_file": "tokenizer.json"}
    (args.out / "judge.json").write_text(json.dumps(settings, indent=1) + "\n")

    rows = [json.loads(x) for x in args.dev.read_text(encoding="utf-8").splitlines() if x]
    if args.limit and len(rows) > args.limit:
        rows = random.Random(13).sample(rows, args.limit)
    pairs = [(r["a"], r["b"]) for r in rows]
    labels = [int(r["label"]) for r in rows]
    judge = LearnedJudge(args.out, threads=args.threads)
    t0 = time.time()
    onnx_two = judge.score_texts(pairs)
    onnx_rate = 2 * len(pairs) / (time.time() - t0)
    onnx_scores = [max(x) for x in onnx_two]
    torch_scores: list[float] = []
    fidelity = random.Random(14).sample(range(len(pairs)), min(args.fidelity_pairs, len(pairs)))
    t0 = time.time()
    with torch.no_grad():
        for i in range(0, len(fidelity), 32):
            batch = [pairs[j] for j in fidelity[i:i + 32]]
            both = []
            for flip in (False, True):
                a = [y if flip else x for x, y in batch]
                b = [x if flip else y for x, y in batch]
                enc = tok(a, b, truncation="longest_first", max_length=args.max_length,
                          padding=True, return_tensors="pt")
                both.append(torch.sigmoid(model(**enc).logits[:, 0]))
            torch_scores.extend(torch.maximum(both[0], both[1]).tolist())
    torch_rate = 2 * len(fidelity) / (time.time() - t0)
    threshold = choose_threshold(onnx_scores, labels)
    settings["threshold"] = threshold
    settings["datasets"] = sorted({r["dataset"] for r in rows})
    (args.out / "judge.json").write_text(json.dumps(settings, indent=1) + "\n")
    fid_onnx = [onnx_scores[j] for j in fidelity]
    fid_labels = [labels[j] for j in fidelity]
    diffs = sorted(abs(a - b) for a, b in zip(fid_onnx, torch_scores))
    agree = sum((a >= threshold) == (b >= threshold) for a, b in zip(fid_onnx, torch_scores))
    per_ds: dict[str, dict] = {}
    for ds in sorted({r["dataset"] for r in rows}) + ["all"]:
        idx = [i for i, r in enumerate(rows) if ds in ("all", r["dataset"])]
        s = [onnx_scores[i] for i in idx]
        y = [labels[i] for i in idx]
        p, r, f = prf(s, y, threshold)
        per_ds[ds] = {"n": len(idx), "gold": sum(y), "int8_prf": [round(p, 3), round(r, 3), round(f, 3)]}
    report = {
        "threshold": threshold, "dev": per_ds,
        "fidelity": {"pairs": len(fidelity),
                     "int8_prf": [round(x, 3) for x in prf(fid_onnx, fid_labels, threshold)],
                     "torch_prf": [round(x, 3) for x in prf(torch_scores, fid_labels, threshold)],
                     "mean_abs_diff": round(sum(diffs) / len(diffs), 4),
                     "p99_abs_diff": round(diffs[int(0.99 * (len(diffs) - 1))], 4),
                     "max_abs_diff": round(diffs[-1], 4), "decision_agreement": round(agree / len(diffs), 4)},
        "inputs_per_s": {"int8_onnx": round(onnx_rate, 1), "torch_fp32": round(torch_rate, 1)},
        "model_bytes": (args.out / "model.int8.onnx").stat().st_size,
    }
    (args.checkpoint.parent / "export.json").write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
