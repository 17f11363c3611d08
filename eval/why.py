"""Why two sentences of a folder were or were not found in conflict (`python -m eval.why FOLDER A B`).

A developer's trace of one expected conflict (or one false alarm) through the stages: the claims whose
text contains A and those containing B (case-insensitive, in different documents), what each claim
read (polarity, stance, frames, roles, quantities, dates, entity answers), whether matching put the
two in one event or linked them, and each structural rule's verdict on the pair with the question
alignment that kept or dropped it (`checker.judge.assess`). Nothing is written; the run is a normal
`check` run of FOLDER (models loaded once).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

__all__ = ["main"]


def _read(c) -> list[str]:  # noqa: ANN001
    s = c.slots
    out = [f"    stance {c.stance}  modality {c.modality}  negated {s.negated}  asks {c.asks}",
           f"    frames {list(s.frames)}  roles {list(s.roles)}"]
    if s.quantities:
        out.append("    quantities " + "; ".join(f"{q.text!r}={q.comparator}{q.value} {q.unit} of {q.event!r} held by {q.holder!r}"
                                              for q in s.quantities))
    if s.dates:
        out.append("    dates " + "; ".join(f"{d.text!r}" for d in s.dates))
    for name in ("actors", "targets", "places", "products"):
        ms = getattr(s, name)
        if ms:
            out.append(f"    {name} " + ", ".join(m.key for m in ms))
    if s.answers:
        out.append("    answers " + "; ".join(f"{x.mention.key} ({x.mention.label} {x.part or '-'}"
                                               + (f" of {x.argument}" if x.argument else "") + ")" for x in s.answers))
    if s.poles:
        out.append(f"    poles {list(s.poles)}")
    return out


def _event_of(report, claim_id: str) -> int | None:  # noqa: ANN001
    for cl in report.clusters:
        if any(c.id == claim_id for c in cl.claims):
            return cl.id
    return None


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.why", description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("a", help="text in the claim of one side (case-insensitive substring)")
    ap.add_argument("b", help="text in the claim of the other side")
    ap.add_argument("--pairs", type=int, default=6, help="most claim pairs to trace")
    args = ap.parse_args(argv)

    import numpy as np

    from checker.judge import assess
    from checker.judge import align as al_mod
    from checker.knowledge import load_knowledge
    from checker.match import question_texts
    from checker.pipeline import Backends, Settings, run
    from checker.rules import structural_rules
    from checker.sources import discover, read_sources

    backends = Backends().resolved()
    report, per_source = run(read_sources(discover([args.folder])), Settings(), backends)
    claims = [c for cs in per_source for c in cs]
    side_a = [c for c in claims if args.a.lower() in c.text.lower()]
    side_b = [c for c in claims if args.b.lower() in c.text.lower()]
    print(f"{len(claims)} claims, {len(report.clusters)} events, {len(report.findings)} findings")
    for f in report.findings:
        print(f"  finding {f.rule} {f.verdict} {f.message}")
    if not side_a or not side_b:
        print(f"no claim contains {args.a!r}" if not side_a else f"no claim contains {args.b!r}")
        return 1
    pairs = [(a, b) for a in side_a for b in side_b if a.source_id != b.source_id][: args.pairs]
    if not pairs:
        print("the two texts are only in claims of one document")
        return 1
    kb = load_knowledge()
    links = {frozenset((x.id, y.id)) for x, y in report.links}
    for a, b in pairs:
        texts = [a.context or a.text, b.context or b.text]
        va, vb = backends.embedder.embed(texts)
        asked = question_texts([a, b], kb=kb)
        qsim = None
        if a.id in asked and b.id in asked:
            qa, qb = backends.embedder.embed([asked[a.id], asked[b.id]])
            qsim = float(np.dot(qa, qb))
        sim = float(np.dot(va, vb))
        ea, eb = _event_of(report, a.id), _event_of(report, b.id)
        met = "one event" if ea is not None and ea == eb else ("linked" if frozenset((a.id, b.id)) in links else
                                                                 f"apart (events {ea} / {eb})")
        qs = f"{qsim:.3f} ({asked[a.id]!r} / {asked[b.id]!r})" if qsim is not None else "none (no answer of a kind to pair)"
        print(f"\n=== pair: {met}; cosine {sim:.3f}, question cosine {qs}")
        for c in (a, b):
            print(f"  {c.source_id}: {c.text!r}")
            print("\n".join(_read(c)))
        with al_mod.asking(qsim):
            for rule in structural_rules():
                if a.stance not in rule.reads or b.stance not in rule.reads:
                    print(f"  {rule.code}: not read for stances {a.stance} / {b.stance}")
                    continue
                v = rule.compare(a, b, kb)  # type: ignore[misc]
                if v is None:
                    print(f"  {rule.code}: no verdict")
                    continue
                kept = assess(a, b, v, kb, sim, qsim)
                al = al_mod.align(a, v.values[0][0] if v.values[0] else "", b, v.values[1][0] if v.values[1] else "",
                                  kb, similarity=sim, question_similarity=qsim)
                print(f"  {rule.code}: {v.verdict} {v.slot} {v.values} conf {v.confidence}: {v.reason}")
                print(f"      align: aligned={al.aligned} why={al.why!r} -> {'kept ' + str(kept.confidence) if kept else 'dropped'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
