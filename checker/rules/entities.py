"""CC101 product conflict and CC104 target scope: entity slots of one event that disagree."""

from __future__ import annotations

from checker.models import Claim, Mention, Verdict
from checker.normalize.entities import Knowledge, same_product
from checker.rules.base import Rule
from checker.rules.common import frames_agree, modality_factor, texts

__all__ = ["PRODUCT", "TARGET", "__register__", "scope_summary", "target_relation"]


def compare_products(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """Both claims name the products the event is about, and the sets share nothing."""
    pa, pb = a.slots.products, b.slots.products
    if not pa or not pb or not frames_agree(a, b, kb):
        return None
    if any(same_product(p.key, q.key) for p in pa for q in pb):
        return None
    va, vb = texts(pa), texts(pb)
    return Verdict(
        code=PRODUCT.code,
        verdict="contradiction",
        confidence=round(0.8 * modality_factor(a, b), 3),
        slot="product",
        values=(va, vb),
        reason=f"the same event is said to concern {', '.join(va)} in one source and {', '.join(vb)} in the other; "
        "no product is named by both",
    )


_GENERIC_GROUPS = {"*", "nationals", "people", "users", "entities", "actors", "customers", "clients", "individuals"}


def _scope_contains(outer: str, inner: str, kb: Knowledge) -> bool:
    if outer == inner or outer == "*":
        return True
    if outer == "foreign":
        return inner not in ("*", "foreign", "domestic", "us")
    return outer in kb.ancestors(inner)


def target_relation(x: Mention, y: Mention, kb: Knowledge) -> str:
    """``same``, ``narrower`` (x inside y), ``wider`` or ``different``."""
    sx, gx = x.key.split("|")[:2]
    sy, gy = y.key.split("|")[:2]
    x_in_y = _scope_contains(sy, sx, kb) and (gy in _GENERIC_GROUPS or gx == gy)
    y_in_x = _scope_contains(sx, sy, kb) and (gx in _GENERIC_GROUPS or gx == gy)
    if x_in_y and y_in_x:
        return "same"
    if x_in_y:
        return "narrower"
    if y_in_x:
        return "wider"
    return "different"


def compare_targets(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """Who the action applies to differs: a strict subset is a scope difference, disjoint groups too."""
    ta, tb = a.slots.targets, b.slots.targets
    if not ta or not tb or not frames_agree(a, b, kb):
        return None
    rels = [(target_relation(x, y, kb), x, y) for x in ta for y in tb]
    if any(r == "same" for r, _, _ in rels):
        return None
    rel, x, y = rels[0]
    for r in rels:
        if r[0] in ("narrower", "wider"):
            rel, x, y = r
            break
    if rel == "narrower":
        why = f"'{x.text}' is a strict subset of '{y.text}': the sources disagree on how wide the action was"
        conf = 0.7
    elif rel == "wider":
        why = f"'{y.text}' is a strict subset of '{x.text}': the sources disagree on how wide the action was"
        conf = 0.7
    else:
        why = f"'{x.text}' and '{y.text}' are different groups"
        conf = 0.55
    return Verdict(
        code=TARGET.code,
        verdict="scope-difference",
        confidence=round(conf * modality_factor(a, b), 3),
        slot="target",
        values=(texts(ta), texts(tb)),
        reason=why,
    )


def scope_summary(mentions: "list[Mention]", kb: Knowledge) -> str | None:
    """For three or more scopes: the narrowest and the widest, by how many others each contains."""
    unique = list({m.key: m for m in mentions}.values())
    if len(unique) < 3:
        return None
    wider = {m.key: sum(target_relation(o, m, kb) == "narrower" for o in unique if o is not m) for m in unique}
    narrower = {m.key: sum(target_relation(m, o, kb) == "narrower" for o in unique if o is not m) for m in unique}
    widest = max(unique, key=lambda m: (wider[m.key], -narrower[m.key]))
    narrowest = max(unique, key=lambda m: (narrower[m.key], -wider[m.key]))
    if widest is narrowest or not wider[widest.key]:
        return None
    return (f"{len(unique)} different scopes, from '{narrowest.text}' (narrowest) to '{widest.text}' (widest): "
            "the sources disagree on how wide the action was")


PRODUCT = Rule("CC101", "product-conflict", "product", "Sources name different products or models for the same event.",
               compare_products, "error")
TARGET = Rule("CC104", "target-scope", "target", "Sources give the same action different scopes (who it applies to).",
              compare_targets, "warning")

__register__ = (PRODUCT, TARGET)
