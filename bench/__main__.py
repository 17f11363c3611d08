"""Run the benchmarks and print a Markdown table (the figures in docs/benchmarks.md come from here).

For each corpus: cold (empty cache) and warm (nothing changed) wall time of `check CORPUS`, claims/s,
an incremental run after one document changed, and peak RSS of the `check` process; each the median
of ``--runs`` runs. Side by side with every cold run, the reference: the stock fp32 torch
all-MiniLM-L6-v2 (sentence-transformers, batch 32) encoding the same corpus' sentences in its own
process, model load included; the table gives both rates and their ratio (claims/s ÷ sentences/s,
the median of the per-pair ratios), so a loaded machine slows both sides alike. Plus in-process
sentences/s of each embedder (torch, ONNX int8, ONNX fp32) on up to 1,024 of the sentences.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# NOTE: `python -m checker` from ROOT runs this tree's code (the venv's `check` script runs whatever
# tree the editable install points at, e.g. another worktree's).
CHECK = [sys.executable, "-m", "checker"]


_PYCACHE = Path(tempfile.gettempdir()) / f"bench-pycache-{os.getpid()}"
"""Bytecode of every module a `check` run imports, shared by all runs of this bench (`compile_modules`)."""


def _env() -> dict[str, str]:
    """The environment of a `check` run: modules' bytecode cached as an installed package's is.

    NOTE: with PYTHONDONTWRITEBYTECODE set (as in some sandboxes) every run compiled checker's ~60
    modules from source: a warm seeds run took 0.78 CPU s instead of 0.68 (alternating, same code).
    The bytecode goes to a temp folder (PYTHONPYCACHEPREFIX), never into the source tree. With a
    prefix set, Python reads no `__pycache__` beside the sources, so the installed packages' bytecode
    is not used either: `compile_modules` fills the prefix before any timed run.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(_PYCACHE)
    return env


def compile_modules(extra: list[str]) -> float:
    """One untimed `check` over a one-document folder (throwaway cache): every module a run imports
    (checker, spaCy, onnxruntime, numpy, ...) is compiled into the shared prefix, as an installed
    package's are at install time. Returns the CPU seconds it took.

    NOTE: without it the first cold run of each corpus compiled them all from source: 7.9 against 5.3
    CPU s for a cold seeds run (2026-11-29, alternating, loaded machine), which is no cost of `check`.
    """
    work = Path(tempfile.mkdtemp(prefix="bench-compile-"))
    try:
        (work / "docs").mkdir()
        (work / "docs" / "a.txt").write_text("Acme said on Monday that it cut 300 jobs in Ohio.\n", encoding="utf-8")
        return _run(work / "docs", work / "cache", extra)["cpu"]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(corpus: Path, cache: Path, extra: list[str]) -> dict:
    """One `check` process: wall seconds, peak RSS (MiB, of the process itself), claims."""
    cmd = [*CHECK, str(corpus), "--format", "json", "-o", os.devnull, "--exit-zero", "--cache-dir", str(cache), *extra]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=_env())
    err = proc.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"check failed ({proc.returncode}):\n{err[-2000:]}")
    m = re.search(r"embedding (\d+) claims", err)
    cpu = usage.ru_utime + usage.ru_stime
    return {"wall": wall, "cpu": cpu, "rss": usage.ru_maxrss / 1024, "claims": int(m.group(1)) if m else 0, "stderr": err}


_REFERENCE = """
import sys, time
t = time.perf_counter()
from sentence_transformers import SentenceTransformer
from checker.backends.sbert import model_dir
texts = open(sys.argv[1], encoding="utf-8").read().split("\\n")
model = SentenceTransformer(str(model_dir()), device="cpu", local_files_only=True)
model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
print(len(texts), time.perf_counter() - t)
"""


def reference_rate(corpus: Path, work: Path) -> dict:
    """Stock fp32 torch MiniLM over the corpus' sentences in a fresh process: sentences/s, imports and load included."""
    from bench.corpus import sentences

    texts = [t.replace("\n", " ") for t in sentences(corpus)]
    listing = work / "sentences.txt"
    listing.write_text("\n".join(texts), encoding="utf-8")
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false", TRANSFORMERS_VERBOSITY="error")
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _REFERENCE, str(listing)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    err = proc.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"reference embedding failed:\n{err[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return {"sentences": len(texts), "wall": wall, "cpu": cpu, "rate": len(texts) / wall}


def _median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def bench_corpus(name: str, corpus: Path, runs: int, warm_runs: int, extra: list[str]) -> dict:
    """Cold, warm and one-file-changed runs over ``corpus``."""
    cold, warm, incr, refs = [], [], [], []
    work = Path(tempfile.mkdtemp(prefix=f"bench-{name}-"))
    try:
        for r in range(runs):
            # NOTE: reference and cold run back to back, so both see the same machine load.
            refs.append(reference_rate(corpus, work))
            cache = work / f"cache{r}"
            cold.append(_run(corpus, cache, extra))
            ratio = cold[-1]["claims"] / cold[-1]["wall"] / refs[-1]["rate"]
            print(
                f"  {name} cold {r + 1}/{runs}: {cold[-1]['wall']:.1f} s, {cold[-1]['rss']:.0f} MiB; "
                f"torch reference {refs[-1]['rate']:.0f} sentences/s; ratio {ratio:.2f}",
                file=sys.stderr,
            )
        for r in range(warm_runs):
            warm.append(_run(corpus, work / "cache0", extra))
            print(f"  {name} warm {r + 1}/{warm_runs}: {warm[-1]['wall']:.2f} s", file=sys.stderr)
        # NOTE: one document changed: copy the corpus, append a sentence to one file.
        changed = work / "changed"
        shutil.copytree(corpus, changed)
        # NOTE: a run over the copy first: incremental runs reuse the previous run over the same paths.
        _run(changed, work / "cache0", extra)
        docs = sorted(p for p in changed.rglob("*") if p.suffix in (".txt", ".md"))
        for r in range(warm_runs):
            target = docs[r % len(docs)]
            with target.open("a", encoding="utf-8") as fh:
                fh.write(f"\nThe benchmark added sentence number {r} to this document on purpose.\n")
            incr.append(_run(changed, work / "cache0", extra))
            print(f"  {name} one file changed {r + 1}/{warm_runs}: {incr[-1]['wall']:.2f} s", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    claims = cold[0]["claims"]
    return {
        "corpus": name,
        "documents": sum(1 for p in corpus.rglob("*") if p.suffix in (".txt", ".md")),
        "claims": claims,
        "cold_s": _median([x["wall"] for x in cold]),
        "warm_s": _median([x["wall"] for x in warm]),
        "one_changed_s": _median([x["wall"] for x in incr]),
        "claims_per_s_cold": claims / _median([x["wall"] for x in cold]),
        "reference_sentences": refs[0]["sentences"],
        "reference_per_s": _median([x["rate"] for x in refs]),
        "ratio": _median([c["claims"] / c["wall"] / x["rate"] for c, x in zip(cold, refs)]),
        "cold_cpu_s": _median([x["cpu"] for x in cold]),
        "reference_cpu_s": _median([x["cpu"] for x in refs]),
        "warm_cpu_s": _median([x["cpu"] for x in warm]),
        "one_changed_cpu_s": _median([x["cpu"] for x in incr]),
        "rss_cold_mib": _median([x["rss"] for x in cold]),
        "rss_warm_mib": _median([x["rss"] for x in warm]),
        "runs": runs,
        "warm_runs": warm_runs,
        "cold_stages": _stages(cold[0]["stderr"]),
    }


def _stages(stderr: str) -> str:
    """The progress lines of a run, for the where-does-the-time-go note."""
    return "\n".join(ln for ln in stderr.splitlines() if ln.startswith("["))


def bench_embedding(corpus: Path, runs: int, limit: int = 1024) -> dict:
    """In-process sentences/s of each embedder over up to ``limit`` of the corpus' sentences (models loaded first).

    The embedders take turns within each run, so they share the machine's load.
    """
    sys.path.insert(0, str(ROOT))
    from bench.corpus import sentences
    from checker.backends import EMBEDDERS, get_embedder

    texts = sentences(corpus)[:limit]
    embedders = {name: get_embedder(name) for name in EMBEDDERS}
    for emb in embedders.values():
        emb.warm_up()
        emb.embed(texts[:32])
    rates: dict[str, list[float]] = {name: [] for name in embedders}
    for _ in range(runs):
        for name, emb in embedders.items():
            t = time.perf_counter()
            emb.embed(texts)
            rates[name].append(len(texts) / (time.perf_counter() - t))
    return {"texts": len(texts), "mean_chars": sum(map(len, texts)) / max(1, len(texts)),
            "embed_per_s": {name: _median(r) for name, r in rates.items()}}


def machine() -> str:
    """CPU, cores, memory, Python and load, for the benchmark note."""
    cpu = platform.processor() or platform.machine()
    try:
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                cpu = ln.split(":", 1)[1].strip()
                break
        mem = int(next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")).split()[1]) / 2**20
    except (OSError, StopIteration):
        mem = float("nan")
    cores = len(os.sched_getaffinity(0))
    load = os.getloadavg()
    return f"{cpu}, {cores} cores, {mem:.0f} GiB RAM, Python {platform.python_version()}, load average at start {load[0]:.1f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="cold runs per corpus (median)")
    ap.add_argument("--warm-runs", type=int, default=5, help="warm and one-changed runs per corpus (median)")
    ap.add_argument("--ecb-runs", type=int, default=None, help="cold runs on ECB+ (default: --runs)")
    ap.add_argument("--corpus", choices=["seeds", "ecb200", "ecbplus", "all"], default="all", help="all: seeds, the first 200 ECB+ documents, all of ECB+")
    ap.add_argument("--scale", type=int, default=0, help="also run ECB+ repeated SCALE times (warm cache; memory at 10k documents)")
    ap.add_argument("--engine", default="local")
    ap.add_argument("--embedder", default=None, help="--embedder for check (default: check's own)")
    ap.add_argument("--json", help="also write the raw figures to this file")
    args = ap.parse_args(argv)
    extra = ["--engine", args.engine] + (["--embedder", args.embedder] if args.embedder else [])
    results = []
    print(f"machine: {machine()}", file=sys.stderr)
    try:
        print(f"  compiling the modules a run imports (untimed): {compile_modules(extra):.1f} CPU s", file=sys.stderr)
        _run_all(args, extra, results)
    finally:
        shutil.rmtree(_PYCACHE, ignore_errors=True)
    _print(results)
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": machine(), "results": results}, indent=2), encoding="utf-8")
    return 0


def _run_all(args: argparse.Namespace, extra: list[str], results: list[dict]) -> None:
    """The corpora ``args`` asks for, appended to ``results``."""
    if args.corpus in ("seeds", "all"):
        results.append(bench_corpus("seeds", ROOT / "seeds", args.runs, args.warm_runs, extra))
        results[-1].update(bench_embedding(ROOT / "seeds", args.warm_runs))
    if args.corpus in ("ecb200", "all"):
        from bench.corpus import write_ecbplus

        tmp = Path(tempfile.mkdtemp(prefix="bench-ecb200-"))
        try:
            write_ecbplus(tmp / "ecb200", limit=200)
            results.append(bench_corpus("ecbplus 200", tmp / "ecb200", args.runs, args.warm_runs, extra))
            results[-1].update(bench_embedding(tmp / "ecb200", args.warm_runs))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    if args.corpus in ("ecbplus", "all"):
        from bench.corpus import write_ecbplus

        tmp = Path(tempfile.mkdtemp(prefix="bench-ecbplus-"))
        try:
            write_ecbplus(tmp / "ecbplus")
            results.append(bench_corpus("ecbplus", tmp / "ecbplus", args.ecb_runs or args.runs, args.warm_runs, extra))
            results[-1].update(bench_embedding(tmp / "ecbplus", args.warm_runs))
            if args.scale > 1:
                results.append(bench_scaled(tmp, args.scale, extra))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def bench_scaled(tmp: Path, scale: int, extra: list[str]) -> dict:
    """ECB+ written ``scale`` times: a cache-warming run on one copy, then the whole (peak RSS, wall)."""
    from bench.corpus import write_ecbplus

    big = tmp / f"ecbplus-x{scale}"
    n = write_ecbplus(big, copies=scale)
    cache = tmp / "cache-scaled"
    _run(big / "copy0", cache, extra)
    r = _run(big, cache, extra)
    print(f"  ecbplus x{scale} ({n} documents) warm: {r['wall']:.1f} s, {r['rss']:.0f} MiB", file=sys.stderr)
    return {"corpus": f"ecbplus x{scale} (warm parse/embedding cache)", "documents": n, "claims": r["claims"], "warm_s": r["wall"], "rss_warm_mib": r["rss"], "cold_stages": _stages(r["stderr"])}


def _print(results: list[dict]) -> None:
    def f(r: dict, k: str, fmt: str) -> str:
        return format(r[k], fmt) if k in r else "–"

    print("| corpus | docs | claims | cold s | warm s | 1 file changed s | claims/s cold | torch fp32 sent/s (same run) | ratio | peak RSS cold MiB | peak RSS warm MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r['corpus']} | {r['documents']} | {r['claims']} | {f(r, 'cold_s', '.1f')} | {f(r, 'warm_s', '.2f')} | "
            f"{f(r, 'one_changed_s', '.2f')} | {f(r, 'claims_per_s_cold', '.0f')} | {f(r, 'reference_per_s', '.0f')} | "
            f"{f(r, 'ratio', '.2f')} | {f(r, 'rss_cold_mib', '.0f')} | {f(r, 'rss_warm_mib', '.0f')} |"
        )
    print("\nCPU seconds (user + system, the process and its workers; robust to a loaded machine):\n")
    print("| corpus | cold check | torch reference (same sentences) | warm check | 1 file changed |")
    print("|---|---:|---:|---:|---:|")
    for r in results:
        if "cold_cpu_s" in r:
            print(f"| {r['corpus']} | {r['cold_cpu_s']:.1f} | {r['reference_cpu_s']:.1f} | {r['warm_cpu_s']:.2f} | {r['one_changed_cpu_s']:.2f} |")
    rows = [r for r in results if "embed_per_s" in r]
    if rows:
        names = list(rows[0]["embed_per_s"])
        print("\nIn-process embedding, models loaded (sentences/s; the embedders take turns):\n")
        print("| corpus | sentences | " + " | ".join(names) + " |")
        print("|---|---:|" + "---:|" * len(names))
        for r in rows:
            print(f"| {r['corpus']} | {r['texts']} | " + " | ".join(f"{r['embed_per_s'][n]:.0f}" for n in names) + " |")
    for r in results:
        print(f"\n{r['corpus']}, stages of the first cold run:\n```\n{r['cold_stages']}\n```")


if __name__ == "__main__":
    raise SystemExit(main())
