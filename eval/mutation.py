"""The mutation score of `make mutate`: mutmut's counts, less the equivalent mutants listed in docs/mutation.md.

``python -m eval.mutation mutants/mutmut-cicd-stats.json`` prints killed / survived / no tests / timeout,
the surviving share, and the same share once the survivors docs/mutation.md lists as equivalent (no
behavioural difference, with the reason there) are set aside.

``python -m eval.mutation --known`` applies, one at a time in a copy of HEAD, the behaviour changes issue
#11 named as unpinned (opinion downgrade removed, ``min_confidence`` ignored, pairs capped at 1, round-number
widening removed, fingerprints shortened) and prints the first fast test that fails for each.
"""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ["equivalent", "score", "known", "KNOWN", "main"]

logger = logging.getLogger(__name__)

_DOC = Path(__file__).resolve().parents[1] / "docs" / "mutation.md"
_NAME = re.compile(r"`(checker\.[\w.]+__mutmut_\d+)`")


def equivalent(doc: Path = _DOC) -> set[str]:
    """Mutant names docs/mutation.md lists as equivalent (backticked ``checker....__mutmut_N``)."""
    if not doc.exists():
        return set()
    text = doc.read_text("utf-8")
    section = text.split("## Equivalent mutants", 1)[1] if "## Equivalent mutants" in text else ""
    return set(_NAME.findall(section.split("\n## ", 1)[0]))


def score(stats: dict, surviving: set[str], equiv: set[str]) -> dict[str, float]:
    """Counts and the surviving share (survived + no tests over all), raw and with equivalents set aside."""
    total = stats["total"] - stats.get("skipped", 0)
    alive = stats["survived"] + stats["no_tests"]
    eq = len(surviving & equiv)
    return {
        "total": total, "killed": stats["killed"], "timeout": stats["timeout"], "survived": stats["survived"],
        "no_tests": stats["no_tests"], "equivalent": eq,
        "surviving_share": alive / total if total else 0.0,
        "surviving_share_less_equivalent": (alive - eq) / (total - eq) if total > eq else 0.0,
    }


def _surviving() -> set[str]:
    out = subprocess.run([str(Path(sys.executable).with_name("mutmut")), "results"], capture_output=True, text=True).stdout
    return {line.split(":")[0].strip() for line in out.splitlines() if line.strip().endswith(("survived", "no tests"))}


KNOWN = {
    "opinion downgrade removed": ("checker/judge/__init__.py",
                                  'if v.verdict != "opinion-difference" and "opinion" in (a.modality, b.modality) '
                                  'and v.verdict == "contradiction":', "if False:"),
    "min_confidence ignored": ("checker/judge/__init__.py", "if v.code in seen_codes or v.confidence < cfg.min_confidence:",
                               "if v.code in seen_codes:"),
    "pairs capped at 1": ("checker/judge/__init__.py", "pairs = _pairs(cl, cfg.max_pairs_per_event) + list(cl.links)",
                          "pairs = _pairs(cl, 1) + list(cl.links)"),
    "round-number widening removed": ("checker/rules/numbers.py", "if zeros >= 2:", "if False:"),
    "fingerprints shortened": ("checker/fingerprint.py", 'hexdigest()[:16]\n\n\ndef event_key', 'hexdigest()[:8]\n\n\ndef event_key'),
}
"""Behaviour changes the fast suite used to miss: name -> (file, text, replacement)."""

_FAST = ["-m", "not slow", "-x", "-q", "-p", "no:cacheprovider", "tests/test_judge.py", "tests/rules/", "tests/test_fingerprint.py"]


def known(repo: Path = Path(__file__).resolve().parents[1]) -> dict[str, str]:
    """Name -> the first failing fast test once that change is applied to a copy of HEAD ("" when none fails)."""
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(repo), "archive", "HEAD"], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        for name, (path, old, new) in KNOWN.items():
            file = Path(tmp) / path
            orig = file.read_text("utf-8")
            if orig.count(old) != 1:
                out[name] = "(the code changed: update eval.mutation.KNOWN)"
                continue
            file.write_text(orig.replace(old, new), "utf-8")
            r = subprocess.run([sys.executable, "-m", "pytest", *_FAST], cwd=tmp, capture_output=True, text=True)
            file.write_text(orig, "utf-8")
            failed = [line.split(" ", 1)[1] for line in r.stdout.splitlines() if line.startswith("FAILED ")]
            out[name] = failed[0].split(" - ")[0] if failed else ""
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the score of the last mutmut run."""
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--known":
        res = known()
        for name, test in res.items():
            print(f"{name}: {'fails ' + test if test else 'NOT CAUGHT'}")
        return 0 if all(res.values()) else 1
    stats = json.loads(Path(args[0] if args else "mutants/mutmut-cicd-stats.json").read_text("utf-8"))
    s = score(stats, _surviving(), equivalent())
    print(f"mutants {s['total']}: killed {s['killed']}, timeout {s['timeout']}, survived {s['survived']}, "
          f"no tests {s['no_tests']} (equivalent, listed in docs/mutation.md: {s['equivalent']})")
    print(f"surviving {100 * s['surviving_share']:.1f}%; less equivalent {100 * s['surviving_share_less_equivalent']:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
