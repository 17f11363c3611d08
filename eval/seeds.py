"""Seeds against written expectations (`python -m eval.seeds`): per-family precision and recall.

A produced finding is a true positive when an expected finding of the same slot has a value of each
of its sides among the finding's values; recall is the share of expected findings matched; any
forbidden pair of values reported against each other counts as a false positive. Every cited value
should stand in the sentence cited for it; the ones that do not are listed (`uncited`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

__all__ = ["score", "main"]

_HERE = Path(__file__).parent


def _norm(v: str) -> str:
    return " ".join(v.lower().replace("the ", "").split())


def score(findings: list[dict], spec: dict) -> dict:
    """Match findings (JSON-contract dicts) against the expectations; returns figures per slot."""
    per: dict[str, Counter] = {}
    matched_expected: set[str] = set()
    forbidden_hits: list[str] = []
    for f in findings:
        values = {_norm(v) for c in f["claims"] for v in c["values"]}
        slot = f["kind"]
        hit = False
        for e in spec["expected"]:
            if e["slot"] != slot:
                continue
            a, b = ({_norm(v) for v in side} for side in e["sides"])
            if values & a and values & b:
                matched_expected.add(e["id"])
                hit = True
        for fb in spec["forbidden"]:
            x, y = (_norm(v) for v in fb["values"])
            # NOTE: opposed means on different sides of the finding (the judge's two-colouring).
            by_side: dict = {}
            for c in f["claims"]:
                by_side.setdefault(c.get("side", id(c)), set()).update(_norm(v) for v in c["values"])
            sides = list(by_side.values())
            if any(x in s for s in sides) and any(y in s for s in sides) and not any(x in s and y in s for s in sides):
                forbidden_hits.append(fb["id"])
                hit = False
        per.setdefault(slot, Counter())["tp" if hit else "fp"] += 1
    for e in spec["expected"]:
        per.setdefault(e["slot"], Counter())["expected"] += 1
        if e["id"] in matched_expected:
            per[e["slot"]]["found"] += 1
    rows = {}
    for slot, c in sorted(per.items()):
        flagged = c["tp"] + c["fp"]
        p = c["tp"] / flagged if flagged else None
        r = c["found"] / c["expected"] if c["expected"] else None
        f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        rows[slot] = {"flagged": flagged, "tp": c["tp"], "expected": c["expected"], "found": c["found"],
                      "precision": p, "recall": r, "f1": f1}
    return {"families": rows, "missed": sorted({e["id"] for e in spec["expected"]} - matched_expected),
            "forbidden_hits": sorted(set(forbidden_hits)), "uncited": uncited(findings)}


def uncited(findings: list[dict]) -> list[str]:
    """Values cited next to a sentence that does not state them (``value @ path:line``): each should be none."""
    out = []
    for f in findings:
        for c in f["claims"]:
            low = " ".join(c["text"].lower().split())
            out += [f"{v} @ {c['path']}:{c['line']}" for v in c["values"] if " ".join(v.lower().split()) not in low]
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.seeds", description=__doc__.splitlines()[0])
    p.add_argument("--seeds", default="seeds")
    p.add_argument("--expected", default=str(_HERE / "seeds_expected.yaml"))
    p.add_argument("--json", help="write the figures here")
    p.add_argument("--judge", choices=("rules", "learned"), default=None,
                   help="model judge beside the rules, as `check --judge` (default: the config's)")
    args = p.parse_args(argv)
    from checker.pipeline import check_paths, resolve_settings
    from checker.reporters.json import to_dict

    flags = {"judge": args.judge} if args.judge else {}
    settings, _ = resolve_settings([args.seeds], flags)
    report = to_dict(check_paths([args.seeds], settings))
    spec = yaml.safe_load(Path(args.expected).read_text("utf-8"))
    res = score(report["findings"], spec)
    print(f"seeds vs written expectations ({len(report['findings'])} findings)")
    print(f"{'family':<10} {'flagged':>7} {'tp':>4} {'expected':>8} {'found':>6} {'P':>6} {'R':>6} {'F1':>6}")
    fmt = lambda x: "-" if x is None else f"{x:.2f}"  # noqa: E731
    for slot, r in res["families"].items():
        print(f"{slot:<10} {r['flagged']:>7} {r['tp']:>4} {r['expected']:>8} {r['found']:>6} {fmt(r['precision']):>6} {fmt(r['recall']):>6} {fmt(r['f1']):>6}")
    print(f"missed: {', '.join(res['missed']) or 'none'}; forbidden pairs reported: {', '.join(res['forbidden_hits']) or 'none'}")
    print(f"values cited away from the sentence stating them: {len(res['uncited'])}" + "".join(f"\n  {u}" for u in res["uncited"]))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
