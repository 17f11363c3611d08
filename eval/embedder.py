"""Quality gate of the fast embedders against stock fp32 torch all-MiniLM-L6-v2 (``python -m eval.embedder``).

For each candidate (``onnx`` int8, ``onnx-fp32``), on the 1,825 validated ECB+ sentences (development
data, nothing fitted on them): cosine of its vector to the torch fp32 vector of the same sentence
(mean and minimum), sentences/s of both measured side by side in this process, and ECB+ event
clustering B-cubed F1 with the product's matcher (`eval.events.ProductClusterer`) under each.

The gate a candidate must pass to be the default (`checker.backends.DEFAULT_EMBEDDER`): mean cosine
>= 0.99 and B-cubed F1 within 0.01 of fp32 torch. The exit code is 1 when the default fails it.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from typing import Sequence

logger = logging.getLogger(__name__)

__all__ = ["GATE_COSINE", "GATE_B3", "gate", "main"]

GATE_COSINE = 0.99
"""Minimum mean cosine to fp32 torch vectors."""
GATE_B3 = 0.01
"""Largest allowed drop (absolute) of ECB+ B-cubed F1 against fp32 torch."""


def gate(mean_cosine: float, b3: float, b3_torch: float) -> bool:
    """True when a candidate's figures pass the gate."""
    return mean_cosine >= GATE_COSINE and b3 >= b3_torch - GATE_B3


def _rate(embedder, texts: Sequence[str]):
    """Vectors and sentences/s (model loaded and warmed on a first batch beforehand)."""
    embedder.warm_up()
    embedder.embed(list(texts[:32]))
    t = time.perf_counter()
    vecs = embedder.embed(list(texts))
    return vecs, len(texts) / (time.perf_counter() - t)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the gate table; exit 1 when the default embedder fails."""
    import numpy as np

    from checker.backends import DEFAULT_EMBEDDER, get_embedder
    from eval.ecbplus import DEFAULT_DIR, load_sentences
    from eval.events import ProductClusterer, _CachingEmbedder, evaluate

    p = argparse.ArgumentParser(prog="python -m eval.embedder", description=__doc__.splitlines()[0])
    p.add_argument("--data-dir", default=str(DEFAULT_DIR))
    p.add_argument("--candidates", nargs="+", default=["onnx", "onnx-fp32"])
    p.add_argument("--no-clustering", action="store_true", help="cosine and speed only (skip ECB+ B3)")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(name)s: %(message)s")

    sentences = load_sentences(args.data_dir)
    texts = [s.text for s in sentences]
    torch_emb = get_embedder("torch")
    ref, torch_rate = _rate(torch_emb, texts)
    b3_torch = float("nan")
    if not args.no_clustering:
        b3_torch = evaluate(sentences, ProductClusterer(embedder=_CachingEmbedder(torch_emb)), "torch").coref.b_cubed.f1
    print(f"{len(texts)} ECB+ sentences; torch fp32: {torch_rate:.0f} sentences/s, B3 F1 {100 * b3_torch:.2f}")
    print("| embedder | sentences/s | × torch | cosine mean | cosine min | ECB+ B3 F1 | Δ B3 | gate |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    print(f"| torch (fp32) | {torch_rate:.0f} | 1.00 | 1 | 1 | {100 * b3_torch:.2f} | – | reference |")
    failed_default = False
    for name in args.candidates:
        emb = get_embedder(name)
        vecs, rate = _rate(emb, texts)
        cos = np.sum(vecs * ref, axis=1)
        b3 = float("nan")
        if not args.no_clustering:
            b3 = evaluate(sentences, ProductClusterer(embedder=_CachingEmbedder(emb)), name).coref.b_cubed.f1
        ok = gate(float(cos.mean()), b3, b3_torch) if not args.no_clustering else float(cos.mean()) >= GATE_COSINE
        failed_default |= name == DEFAULT_EMBEDDER and not ok
        print(
            f"| {name} | {rate:.0f} | {rate / torch_rate:.2f} | {cos.mean():.4f} | {cos.min():.4f} | "
            f"{100 * b3:.2f} | {100 * (b3 - b3_torch):+.2f} | {'pass' if ok else 'FAIL'} |"
        )
    return 1 if failed_default else 0


if __name__ == "__main__":
    raise SystemExit(main())
