"""Do review decisions survive corpus changes? (`python -m eval.fingerprints [--seeds DIR]`).

Decide every finding of the full corpus, then re-check with one document left out and with one
document duplicated under a new name (an article that only repeats known values), and count, for
each variant, the decisions that still apply: by exact fingerprint, and as `check` applies them
(exact, or a decision of the same rule whose values cover the finding's). The same runs are scored
with the former scheme (sha256 of the rule and the cited claim texts) for comparison.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import sys
import tempfile
from pathlib import Path

__all__ = ["main"]


def _old(f) -> str:  # noqa: ANN001
    """The fingerprint scheme before v2: rule + sorted normalised claim texts."""
    norm = lambda t: re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", t.lower())).strip()  # noqa: E731
    return hashlib.sha256("|".join([f.rule] + sorted(norm(c.text) for c in f.claims)).encode()).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.fingerprints", description=__doc__.splitlines()[0])
    p.add_argument("--seeds", default="seeds")
    args = p.parse_args(argv)
    from checker.backends.sbert import SbertEmbedder
    from checker.parse import SpacyParser
    from checker.pipeline import Backends, Settings, check
    from checker.review import Review, apply, record

    backends = Backends(embedder=SbertEmbedder(), parser=SpacyParser())
    settings = Settings(cache=True)
    docs = sorted(Path(args.seeds).glob("*.txt")) + sorted(Path(args.seeds).glob("*.md"))
    with tempfile.TemporaryDirectory() as tmp:
        def run(files: list[tuple[Path, str]]):  # noqa: ANN202
            folder = Path(tmp) / f"v{len(list(Path(tmp).iterdir()))}"
            folder.mkdir()
            for src, name in files:
                shutil.copy(src, folder / name)
            return check([str(folder)], settings, backends)

        full = run([(d, d.name) for d in docs])
        review = Review()
        for f in full.findings:
            review = record(review, f, "dismissed", "eval", who="eval", when="2026-01-01T00:00:00Z")
        old_full = {_old(f) for f in full.findings}
        print(f"full corpus: {len(full.findings)} findings, all decided")
        print(f"{'variant':<34} {'findings':>8} {'old exact':>9} {'new exact':>9} {'applied':>8} {'stale':>6}")
        rows = [(f"without {d.name}", [(x, x.name) for x in docs if x != d]) for d in docs]
        rows += [(f"+ copy of {d.name}", [(x, x.name) for x in docs] + [(d, "zz_copy_" + d.name)]) for d in docs]
        totals = [0, 0, 0, 0]
        for label, files in rows:
            r = run(files)
            n = len(r.findings)
            old_exact = sum(_old(f) in old_full for f in r.findings)
            new_exact = sum(f.fingerprint in review for f in r.findings)
            active, acked, stale = apply(r.findings, review)
            print(f"{label[:34]:<34} {n:>8} {old_exact:>9} {new_exact:>9} {len(acked):>8} {len(stale):>6}")
            for i, v in enumerate((n, old_exact, new_exact, len(acked))):
                totals[i] += v
        n, old_exact, new_exact, acked = totals
        print(f"{'all variants':<34} {n:>8} {old_exact:>9} {new_exact:>9} {acked:>8}")
        print(f"findings still decided: old scheme {old_exact / n:.0%}, new exact {new_exact / n:.0%}, as applied {acked / n:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
