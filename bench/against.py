"""Two trees' `check` side by side in one run: cold, and one changed document on a warm cache, alternating.

``python -m bench.against REF`` runs `python -m checker` from this tree and from REF (a git revision, written out
with ``git archive``, or a folder holding a ``checker/`` package) over one corpus, taking turns (the first of each
pair alternates), each run with its own cache. It prints every pair's wall and CPU seconds (user + system of the
process and its workers), their ratio this tree ÷ REF, and whether the two JSON reports were equal byte for byte.

A loaded machine slows both sides of a pair alike, so the ratios, not the seconds, are the figure (issue #15:
speed figures only side by side in one run). With ``--changed`` each pair also runs one changed document: each tree
first runs over a copy of the corpus (into a cache that then holds its snapshot; untimed), then every pair copies that
cache, appends one sentence to the copy's first document, runs, and puts the document back: every pair repeats one
experiment.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.__main__ import _PYCACHE, ROOT, _env

__all__ = ["materialise", "run_check", "main"]

_SENTENCE = "\nThe benchmark added this sentence to the document on purpose.\n"


def materialise(ref: str, into: Path) -> Path:
    """The tree to run for ``ref``: a folder holding ``checker/`` as it is, else ``git archive ref`` written under ``into``."""
    given = Path(ref)
    if (given / "checker" / "__init__.py").is_file():
        return given.resolve()
    out = into / "ref"
    out.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True)
    return out


def run_check(tree: Path, corpus: Path, cache: Path, output: Path) -> dict:
    """One `python -m checker` from ``tree`` (its own code: the working folder comes first on the path)."""
    cmd = [sys.executable, "-m", "checker", str(corpus), "--format", "json", "-o", str(output), "--exit-zero", "--cache-dir", str(cache)]
    env = _env()
    env.pop("PYTHONPATH", None)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=tree, env=env)
    err = proc.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"check from {tree} failed:\n{err[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "incremental": "changed documents)" in err or "nothing changed" in err}


def _corpus(name: str, work: Path) -> Path:
    if name == "seeds":
        return ROOT / "seeds"
    from bench.corpus import write_ecbplus

    folder = work / name
    write_ecbplus(folder, limit=200 if name == "ecb200" else None)
    return folder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.against", description=__doc__.splitlines()[0])
    ap.add_argument("ref", help="git revision or folder to compare this tree with (e.g. main)")
    ap.add_argument("--corpus", choices=["seeds", "ecb200", "ecbplus"], default="seeds")
    ap.add_argument("--pairs", type=int, default=3, help="alternating pairs of runs")
    ap.add_argument("--changed", action="store_true", help="also one changed document on a warm cache, per pair")
    ap.add_argument("--no-cold", action="store_true", help="only the changed-document runs (with --changed)")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-against-"))
    try:
        trees = {"this": ROOT, "ref": materialise(args.ref, work)}
        corpus = _corpus(args.corpus, work)
        for name, tree in trees.items():  # NOTE: untimed: bytecode of every module a run imports, for both trees
            run_check(tree, ROOT / "seeds", work / f"compile-{name}", work / f"compile-{name}.json")
        rows: list[tuple[str, int, dict, dict, bool]] = []
        copy = work / "changed"  # NOTE: one copy for both trees (a snapshot is kept for its paths), put back after each run
        if args.changed:
            shutil.copytree(corpus, copy)
            for name, tree in trees.items():
                run_check(tree, copy, work / f"base-{name}", work / f"base-{name}.json")
        for k in range(args.pairs):
            order = list(trees) if k % 2 == 0 else list(trees)[::-1]
            if not args.no_cold:
                got = {}
                for name in order:
                    got[name] = run_check(trees[name], corpus, work / f"cold-{name}-{k}", work / f"cold-{name}-{k}.json")
                rows.append(("cold", k, got["this"], got["ref"], _same(work / f"cold-this-{k}.json", work / f"cold-ref-{k}.json")))
            if args.changed:
                got = {}
                for name in order:
                    first = min(p for p in copy.rglob("*") if p.suffix in (".txt", ".md"))
                    text = first.read_bytes()
                    cache = work / f"warm-{name}-{k}"
                    shutil.copytree(work / f"base-{name}", cache)
                    try:
                        first.write_bytes(text + _SENTENCE.encode("utf-8"))
                        got[name] = run_check(trees[name], copy, cache, work / f"changed-{name}-{k}.json")
                    finally:
                        first.write_bytes(text)
                    shutil.rmtree(cache, ignore_errors=True)
                rows.append(("one changed", k, got["this"], got["ref"], _same(work / f"changed-this-{k}.json", work / f"changed-ref-{k}.json")))
            print(f"  pair {k + 1}/{args.pairs} done (load {os.getloadavg()[0]:.1f})", file=sys.stderr)
        print(f"this tree {ROOT} against {args.ref}, {args.corpus}, load average at the end {os.getloadavg()[0]:.1f}\n")
        print("| run | pair | this wall s | ref wall s | wall ratio | this CPU s | ref CPU s | CPU ratio | JSON equal | incremental (this / ref) |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---|---|")
        for kind, k, a, b, same in rows:
            print(f"| {kind} | {k + 1} | {a['wall']:.2f} | {b['wall']:.2f} | {a['wall'] / b['wall']:.3f} | {a['cpu']:.2f} | {b['cpu']:.2f} | "
                  f"{a['cpu'] / b['cpu']:.3f} | {'yes' if same else 'NO'} | {'yes' if a['incremental'] else 'no'} / {'yes' if b['incremental'] else 'no'} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(_PYCACHE, ignore_errors=True)
    return 0


def _same(a: Path, b: Path) -> bool:
    """The two JSON reports are equal byte for byte."""
    return a.read_bytes() == b.read_bytes()


if __name__ == "__main__":
    raise SystemExit(main())
