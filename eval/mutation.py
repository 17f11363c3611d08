"""The mutation score of `make mutate`: mutmut's counts, less the equivalent mutants listed in docs/mutation.md.

``python -m eval.mutation mutants/mutmut-cicd-stats.json`` prints killed / survived / no tests / timeout,
the surviving share, and the same share once the survivors docs/mutation.md lists as equivalent (no
behavioural difference, with the reason there) are set aside.
"""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from pathlib import Path

__all__ = ["equivalent", "score", "main"]

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


def main(argv: list[str] | None = None) -> int:
    """Print the score of the last mutmut run."""
    args = sys.argv[1:] if argv is None else argv
    stats = json.loads(Path(args[0] if args else "mutants/mutmut-cicd-stats.json").read_text("utf-8"))
    s = score(stats, _surviving(), equivalent())
    print(f"mutants {s['total']}: killed {s['killed']}, timeout {s['timeout']}, survived {s['survived']}, "
          f"no tests {s['no_tests']} (equivalent, listed in docs/mutation.md: {s['equivalent']})")
    print(f"surviving {100 * s['surviving_share']:.1f}%; less equivalent {100 * s['surviving_share_less_equivalent']:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
