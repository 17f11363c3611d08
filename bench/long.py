"""One long plain-text document: wall time and peak RSS of `check` on it (``python -m bench.long``).

The document is generated (seeded, written to a temp folder, never to the repository): news-like
paragraphs about many organisations, products, places, dates and quantities, so sentences are
distinct (no cache or duplicate shortcut) and the claim density is that of ordinary prose. A
second, short document about the same events sits beside it, so matching and judging run too.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

__all__ = ["write_long_document", "main"]

_ORGS = ["Northwind Labs", "Contoso", "Fabrikam", "the ministry", "Globex", "Initech", "Umbrella Health", "Tyrell Systems",
         "the city council", "the regulator", "Acme Rail", "Vandelay Imports", "Stark Grid", "Wayne Transit"]
_PRODUCTS = ["Vela", "Orion", "Lyra", "Atlas", "Nimbus", "Kestrel", "Solace", "Quasar"]
_PLACES = ["Lisbon", "Nairobi", "Osaka", "Denver", "Tallinn", "Recife", "Perth", "Krakow", "Quito", "Hanoi"]
_VERBS = ["released", "restricted", "suspended", "approved", "delayed", "expanded", "cancelled", "licensed", "tested", "announced"]
_UNITS = ["people", "users", "jobs", "homes", "vehicles", "tonnes", "accounts", "schools"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
_SAYERS = ["a spokesperson said", "officials said", "according to the filing", "the report found", "analysts noted"]


def _sentence(rng: random.Random) -> str:
    org, place = rng.choice(_ORGS), rng.choice(_PLACES)
    product = f"{rng.choice(_PRODUCTS)} {rng.randint(1, 40)}"
    when = f"{rng.choice(['early', 'mid', 'late', ''])} {rng.choice(_MONTHS)} {rng.randint(1990, 2030)}".strip()
    n = f"{rng.randint(2, 990):,}{rng.choice(['', ',000', ' million'])}"
    shape = rng.randrange(5)
    if shape == 0:
        s = f"{org.capitalize() if org[0].islower() else org} {rng.choice(_VERBS)} {product} in {place} in {when}"
    elif shape == 1:
        s = f"About {n} {rng.choice(_UNITS)} in {place} were affected by the decision on {product}"
    elif shape == 2:
        s = f"In {when}, {org} said it had {rng.choice(_VERBS)} {product} for {n} {rng.choice(_UNITS)}"
    elif shape == 3:
        s = f"The plan for {place} was not {rng.choice(['voluntary', 'optional', 'final', 'approved'])}, {rng.choice(_SAYERS)}"
    else:
        s = f"{product} reached {n} {rng.choice(_UNITS)} by {when}, {rng.choice(_SAYERS)}"
    return s[0].upper() + s[1:] + "."


def write_long_document(folder: Path, megabytes: float = 30.0, seed: int = 13) -> Path:
    """Write ``long.txt`` (about ``megabytes`` MB of paragraphs) and a short ``brief.txt`` into ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    target = int(megabytes * 1_000_000)
    path = folder / "long.txt"
    written = 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write("A Long Record of Regional Decisions\n\n")
        while written < target:
            para = " ".join(_sentence(rng) for _ in range(rng.randint(3, 8))) + "\n\n"
            fh.write(para)
            written += len(para.encode("utf-8"))
    brief = " ".join(_sentence(random.Random(seed + 1)) for _ in range(12))
    (folder / "brief.txt").write_text("A Short Brief\n\n" + brief + "\n", encoding="utf-8")
    return path


def _tree_rss_mib(root: int) -> float:
    """Resident memory of ``root`` and all its descendants (spaCy worker processes included), from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            pages = int((entry / "statm").read_text().split()[1])
        except (OSError, ValueError, IndexError):
            continue
        pid = int(entry.name)
        children.setdefault(ppid, []).append(pid)
        rss[pid] = pages
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total * os.sysconf("SC_PAGE_SIZE") / 2**20


def _run_sampled(corpus: Path, cache: Path, extra: list[str], timeout: float | None = None) -> dict:
    """`check` on ``corpus``: wall and CPU seconds, peak RSS of the process tree (sampled every 0.5 s).

    Progress lines are echoed as they come; after ``timeout`` seconds the run is stopped and the
    figures so far are returned with ``finished`` False.
    """
    import resource
    import signal
    import subprocess
    import threading
    import time

    from bench.__main__ import CHECK, ROOT, _env

    cmd = [*CHECK, str(corpus), "--format", "json", "-o", os.devnull, "--exit-zero", "--cache-dir", str(cache), *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT, start_new_session=True, env=_env())
    peak = [0.0]
    lines: list[str] = []

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_mib(proc.pid))
            time.sleep(0.5)

    def read() -> None:
        for line in proc.stderr:  # type: ignore[union-attr]
            lines.append(line.rstrip("\n"))
            print(f"    | {lines[-1]}  (peak so far {peak[0]:.0f} MiB)", file=sys.stderr, flush=True)

    threads = [threading.Thread(target=f, daemon=True) for f in (sample, read)]
    for th in threads:
        th.start()
    finished = True
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        finished = False
        os.killpg(proc.pid, signal.SIGTERM)  # NOTE: its own session: check and its spaCy workers only
        proc.wait()
    wall = time.perf_counter() - t
    for th in threads:
        th.join(timeout=5)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if finished and proc.returncode not in (0, 1):
        raise SystemExit(f"check failed ({proc.returncode}):\n" + "\n".join(lines[-20:]))
    claims = next((int(ln.split("embedding ", 1)[1].split()[0]) for ln in lines if "] embedding " in ln), 0)
    return {"wall": wall, "cpu": cpu, "rss": peak[0], "claims": claims, "stderr": "\n".join(lines), "finished": finished}


def main(argv: list[str] | None = None) -> int:
    from bench.__main__ import _PYCACHE, compile_modules, machine

    ap = argparse.ArgumentParser(prog="python -m bench.long", description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=30.0, help="size of the long document in MB (default 30)")
    ap.add_argument("--engine", default="local")
    ap.add_argument("--timeout", type=float, default=None, metavar="MIN", help="stop the run after MIN minutes and report how far it got")
    args = ap.parse_args(argv)
    print(f"machine: {machine()}", file=sys.stderr)
    tmp = Path(tempfile.mkdtemp(prefix="bench-long-"))
    try:
        compile_modules(["--engine", args.engine])
        write_long_document(tmp / "docs", args.mb)
        size = (tmp / "docs" / "long.txt").stat().st_size
        r = _run_sampled(tmp / "docs", tmp / "cache", ["--engine", args.engine], args.timeout * 60 if args.timeout else None)
        state = "" if r["finished"] else f" (stopped after {args.timeout:g} min)"
        print(f"  long document {size / 1e6:.1f} MB cold{state}: {r['wall']:.1f} s wall, {r['cpu']:.0f} s CPU, {r['rss']:.0f} MiB", file=sys.stderr)
        print("| document | claims | cold wall s | CPU s (all processes) | peak RSS of the process tree MiB |")
        print("|---|---:|---:|---:|---:|")
        print(f"| generated prose, {size / 1e6:.1f} MB (+ a 2 KB brief){state} | {r['claims']} | {r['wall']:.1f} | {r['cpu']:.0f} | {r['rss']:.0f} |")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(_PYCACHE, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
