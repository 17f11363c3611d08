"""CC101 product conflict and CC104 target scope: entity slots of one event that disagree."""

from __future__ import annotations

import functools
import re

from checker.models import Answer, Claim, Mention, Verdict
from checker.normalize.answers import (FUTURE, TITLE, patient_of, patients_apart, read_answers, same_act, same_owner, same_relation,
                                      same_venue, without_owner)
from checker.normalize.entities import CALENDAR_WORDS, Knowledge, same_product
from checker.normalize.kinds import in_other_words
from checker.rules.base import Rule
from checker.rules.common import LIGHT_FRAMES, frames_agree, initials_of, modality_factor, one_name, other_occasions, texts

__all__ = ["PRODUCT", "TARGET", "ENTITY", "ONE_VERSION_MASKED", "__register__", "reversed_outcome", "scope_summary", "target_relation"]


_LEAST = re.compile(r"\+|\s+(?:or|and)\s+(?:later|newer|above|higher|up)\b", re.I)
"""Words right after a version that make it the least one ("Python 3.10 or later", "3.8+", "and above")."""


def _least_versions(a: Claim, b: Claim) -> tuple[Mention, Mention] | None:
    """Two least versions of one product the claims state, which differ ("Quill requires Python 3.10 or later" /
    "Quill supports Python 3.8 and later"): one requirement, two answers, whatever verb states it. Said of one subject
    when both name one (`Slots.roles` agent)."""
    agent_a, agent_b = dict(a.slots.roles).get("agent"), dict(b.slots.roles).get("agent")
    if agent_a and agent_b and agent_a != agent_b:
        return None
    for p in a.slots.products:
        for q in b.slots.products:
            name_p, _, ver_p = p.key.rpartition(" ")
            name_q, _, ver_q = q.key.rpartition(" ")
            if name_p and name_p == name_q and ver_p != ver_q and "*" not in (ver_p, ver_q) \
                    and _states_least(p, a) and _states_least(q, b):
                return p, q
    return None


def _states_least(p: Mention, c: Claim) -> bool:
    at = c.text.find(p.text)
    return at >= 0 and _LEAST.match(c.text, at + len(p.text)) is not None


ONE_VERSION_MASKED = 0.5
"""The masked overlap (`checker.judge.align.Alignment.masked`) from which two claims naming two versions of one product
say the same thing of each ("The memory leak was fixed in vellum 3.4.2" / "The memory leak has been fixed in vellum
3.5.0": which version fixed it), unless their questions are alike in meaning (`checker.judge.align.QUESTION_SIMILARITY`).
A changelog's lines share their product and verbs but not what each version did ("tidyparse 4.2.1 added ISO week
dates" / "tidyparse 4.3.0 added streaming", 0.2)."""


def _one_question_versions(a: Claim, b: Claim, kb: Knowledge) -> tuple[Mention, Mention] | None:
    """Two versions of one product that answer one question: each claim names one version of it and not the other's,
    as no subject of its own (`_holds`), neither is negated, one predicate (`Slots.roles`) of no two subjects at times
    that may be one, and the claims with the versions masked say the same (`ONE_VERSION_MASKED`)."""
    from checker.judge.align import QUESTION_SIMILARITY, align  # NOTE: lazy: checker.judge imports the registry

    if a.slots.negated or b.slots.negated or not a.slots.roles or not b.slots.roles:
        return None
    ra, rb = dict(a.slots.roles), dict(b.slots.roles)
    if ra.get("pred") != rb.get("pred") or ra.get("agent") and rb.get("agent") and ra["agent"] != rb["agent"]:
        return None  # NOTE: "Acme released Vela 2 in March" / "Borealis released Vela 3 in March": two makers' acts
    if _apart_in_time(a, b):
        return None  # NOTE: "Vela 2 was released in May 2024" / "Vela 3 was released in March 2025": two releases
    if _names_only_in(a, b) and _names_only_in(b, a):
        return None  # NOTE: "Northwind Labs released its Vela 2 model" / "Tailspin Labs released its Vela 5 model"
    for p in a.slots.products:
        for q in b.slots.products:
            name_p, _, ver_p = p.key.rpartition(" ")
            name_q, _, ver_q = q.key.rpartition(" ")
            if not name_p or name_p != name_q or ver_p == ver_q or "*" in (ver_p, ver_q):
                continue
            if _holds(name_p, a) or _holds(name_q, b):
                continue  # NOTE: "Vodex 4 costs $15 per million tokens" / "Vodex 4.5 costs $20": what each version is
            if _versions_of(name_p, a) > 1 or _versions_of(name_q, b) > 1:
                continue  # NOTE: a claim naming several versions tells them apart ("4.2.1 added dates and 4.3.0 streaming")
                # or lists what holds of many ("supports Python 3.10, 3.11 and 3.12")
            al = align(a, p.text, b, q.text, kb)
            asked = al.question_similarity is not None and al.question_similarity >= QUESTION_SIMILARITY
            if al.aligned and (al.masked >= ONE_VERSION_MASKED or asked):
                return p, q
    return None


def _apart_in_time(a: Claim, b: Claim) -> bool:
    """Both claims give dates (not relative ones) and none of one overlaps any of the other: two occasions."""
    da = [d for d in a.slots.dates if d.precision != "relative"]
    db = [d for d in b.slots.dates if d.precision != "relative"]
    return bool(da and db) and not any(x.overlaps(y) for x in da for y in db)


def _names_only_in(c: Claim, other: Claim) -> set[str]:
    """Capitalised words of ``c`` past its first word that ``other`` never writes, calendar words and product names
    aside: a maker, a place, a person the other claim does not name."""
    theirs = {w.lower() for w in re.findall(r"[\w-]+", other.text)}
    products = {w for m in c.slots.products for w in re.findall(r"[\w-]+", m.text.lower())}
    words = re.findall(r"(?<![\w-])[A-Z][\w-]*", c.text)[1:]
    return {w.lower() for w in words} - theirs - products - CALENDAR_WORDS


def _holds(name: str, c: Claim) -> bool:
    """The product is the claim's subject (`Slots.roles` agent, or a passive's patient): the claim says something of
    that version, which is no answer to which version it was."""
    roles = dict(c.slots.roles)
    return name.split()[-1] in (roles.get("agent"), roles.get("patient"))


def _versions_of(name: str, c: Claim) -> int:
    return sum(m.key.rpartition(" ")[0] == name for m in c.slots.products)


def compare_products(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """Both claims name the products the event is about, and the sets share nothing; or both state the least version
    of one product, and the two differ (`_least_versions`); or both say one thing of two versions of one product
    (`_one_question_versions`: "fixed in vellum 3.4.2" / "fixed in vellum 3.5.0")."""
    pa, pb = a.slots.products, b.slots.products
    if least := _least_versions(a, b):
        p, q = least
        return _product_verdict(a, b, (p.text,), (q.text,),
                                f"the least version of {p.text.rpartition(' ')[0]} is {p.text} in one source and {q.text} in the other")
    if versions := _one_question_versions(a, b, kb):
        p, q = versions
        return _product_verdict(a, b, (p.text,), (q.text,),
                                f"one source says this of {p.text} and the other of {q.text}, two versions of {p.key.rpartition(' ')[0]}")
    if not pa or not pb or not frames_agree(a, b, kb):
        return None
    if any(same_product(p.key, q.key) or _written_short(p, q, b) or _written_short(q, p, a) for p in pa for q in pb):
        return None
    va, vb = texts(pa), texts(pb)
    return _product_verdict(a, b, va, vb, f"the same event is said to concern {', '.join(va)} in one source and {', '.join(vb)} "
                                          "in the other; no product is named by both")


def _product_verdict(a: Claim, b: Claim, va: tuple[str, ...], vb: tuple[str, ...], reason: str) -> Verdict:
    """CC101's contradiction between the products ``va`` of ``a`` and ``vb`` of ``b``."""
    return Verdict(code=PRODUCT.code, verdict="contradiction", confidence=round(0.8 * modality_factor(a, b), 3),
                   slot="product", values=(va, vb), reason=reason)


def _written_short(p: Mention, q: Mention, qc: Claim) -> bool:
    """``p`` is ``q`` with its name written as the initials of the full name before ``q``'s version: "IE8" or a bare
    "IE" (``ie *``) for "Internet Explorer 8", whose key is ``explorer 8`` (a product's key keeps one word of its name)."""
    p_name, _, p_ver = p.key.rpartition(" ")
    q_name, _, q_ver = q.key.rpartition(" ")
    if not p_name or p_name == q_name or (p_ver != q_ver and p_ver != "*"):
        return False
    at = qc.text.find(q.text)
    if at < 0:
        return False
    # NOTE: the full name is the capitalised words written right before the version, ending with q's own name
    words = re.findall(r"[A-Z][\w-]*", qc.text[max(0, at - 40) : at + len(q.text)])
    return any(initials_of(p_name.upper(), " ".join(words[k:])) for k in range(len(words) - 1))


_GENERIC_GROUPS = {"*", "nationals", "people", "users", "entities", "actors", "customers", "clients", "individuals"}


def _scope_contains(outer: str, inner: str, kb: Knowledge) -> bool:
    if outer == inner or outer == "*":
        return True
    if outer == "foreign":
        # NOTE: "foreign" is every country but the home one (`Knowledge.home`, configurable; unknown by default).
        return inner not in ("*", "foreign", "domestic", kb.home)
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


_ANSWER_OVERLAP = 0.75
"""Jaccard overlap of content words the two claims need once both answers are masked.

Raised from 0.6 after the dev half of `eval.folders`: at 0.6 CC105 fired in 3 agreeing folders
(a headline's outlet name vs a place, an alias pair at 0.70) for 1 real one."""
_SAME_NAME = 60.0
"""rapidfuzz ratio at or above which two names are one name spelt two ways."""
_UNSURE = frozenset({"hedged"})
"""Modalities of a claim that names a possible answer, not the answer ("may have taken place in Geneva"): no CC105
either way. A prediction ("will take place in Geneva") names the planned answer: compared, its confidence lowered."""


def _answers(c: Claim, kb: Knowledge) -> tuple[Answer, ...]:
    """The claim's answers (`Slots.answers`, read at normalisation with the parse); read now when the claim has none
    stored (built by hand, or normalised by an older path)."""
    return c.slots.answers if c.slots.answers is not None else read_answers(c, kb)


def _occasion(c: Claim, kb: Knowledge) -> str:
    """Which occurrence of a recurring event the claim is about, when another than the one told (`Answer.occasion`)."""
    return next((r.occasion for r in _answers(c, kb) if r.occasion), "")


def _named_in(m: Mention, other: Claim, kb: Knowledge) -> bool:
    """The other claim names `m` too: same key, related by part-of or alias, or its words appear."""
    keys = {x.key for x in other.slots.all_entities()}
    if m.key in keys or any(kb.related(m.key, k) for k in keys):
        return True
    low = other.text.lower()
    # NOTE: "P.J. Carlesimo" names "PJ Carlesimo": initials are written with and without full stops
    return m.text.lower() in low or m.key in low or _bare(m.text) in _bare(other.text)


@functools.lru_cache(maxsize=16384)  # NOTE: pure; read of the other claim's text once per answer of each pair
def _bare(text: str) -> str:
    """Lower case without punctuation, single spaces: "P.J. Carlesimo" -> "pj carlesimo"."""
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


def _speaking(m: Mention, c: Claim) -> bool:
    """The name is part of who the claim is attributed to (`Claim.attribution`), not of what it says."""
    return c.attribution is not None and m.text in c.attribution


def _own_answers(c: Claim, other: Claim, kb: Knowledge) -> list[Answer]:
    """The answers of ``c`` the other claim does not name too, that are no part of who says it ("CHP Officer Baehr
    said" / "Highway Patrol Officer Baehr said") and no place one of its values holds for (`_value_place`)."""
    return [r for r in _answers(c, kb) if not _named_in(r.mention, other, kb) and not _speaking(r.mention, c)
            and not _value_place(r.mention, c)]


def _value_place(m: Mention, c: Claim) -> bool:
    """The name is where one of the claim's values holds (`Quantity.place`: "Sales rose 5 percent in Europe"): a
    qualifier of that value, which CC103 reads, not an answer of its own."""
    return any(m.key in q.place for q in c.slots.quantities)


def _kinds(rx: Answer, ry: Answer) -> bool:
    """Two names of one kind may answer one question: one label, a title against any name (the parser tags a
    building as an organisation, an album as a place), or two names each said to be a common noun of one kind
    (`Answer.nouns`: "its software supplier, Helixdesk" / "its logistics supplier, Parcelon", whatever labels the
    parser gave them; `checker.knowledge.noun_kinds`)."""
    x, y = rx.mention, ry.mention
    return x.label == y.label or TITLE in (x.label, y.label) or _said_alike(rx, ry)


def _said_alike(rx: Answer, ry: Answer) -> bool:
    """Both names are said to be common nouns (`Answer.nouns`), one of each the same noun or of one kind (a person, a
    group, a place, an artifact: `checker.knowledge.noun_kinds`)."""
    from checker.knowledge import noun_kinds

    if not rx.nouns or not ry.nouns:
        return False
    kinds = noun_kinds()
    return bool(set(rx.nouns) & set(ry.nouns)) or bool({kinds.get(n) for n in rx.nouns} & {kinds.get(n) for n in ry.nouns} - {None})


def compare_entity_answers(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """The same statement names a different person, organisation, place or title in each source.

    "The 2019 summit was hosted by Lyon" vs "... hosted by Geneva": with the two names masked the
    claims say the same thing, so the names answer one question and cannot both be right. Not a name in a
    list ("hosted by Lyon and Nice"), nor a place inside the other ("Geneva" / "Switzerland"); the answers and
    their parts are read at normalisation (`checker.normalize.answers`).
    """
    from checker.judge.align import jaccard, question  # NOTE: lazy: checker.judge imports the registry

    if a.slots.negated != b.slots.negated or {a.modality, b.modality} & _UNSURE:
        return None  # NOTE: "the summit may have taken place in Geneva" names a candidate, not the answer
    if _apart_in_time(a, b):
        return None  # NOTE: "X died in 1820" and "Y died in 1830" are two events, not two answers
    if _occasion(a, kb) != _occasion(b, kb):
        return None  # NOTE: "Orzeł won the Starfall Championship on Sunday" / "Last year's Starfall Championship was won
        # by Baltic Wolves, who beat Orzeł": two occurrences of one recurring event, each with its own winner
    if reversed_ := reversed_outcome(a, b):
        winner, loser = reversed_
        # NOTE: each winner as its claim names it among its answers ("Erik Halvorsen", not the outcome's "Norwegian Erik
        # Halvorsen"), so the judge reads the act each is said to have done (`answers.act_of`: one win of one contest)
        said_a = next((r.mention.text for r in _answers(a, kb) if one_name(winner, r.mention.text)), winner)
        said_b = next((r.mention.text for r in _answers(b, kb) if one_name(loser, r.mention.text)), loser)
        return Verdict(code=ENTITY.code, verdict="contradiction", confidence=round(0.6 * modality_factor(a, b), 3),
                       slot="entity", values=((said_a,), (said_b,)),
                       reason=f"{winner} beat {loser} in one source and lost to {loser} in the other: one contest has one "
                              "winner")
    ea, eb = _own_answers(a, b, kb), _own_answers(b, a, kb)
    for rx, ry in ((rx, ry) for rx in ea for ry in eb):
        x, y = rx.mention, ry.mention
        # NOTE: not one name spelt two ways ("Republic of Srpska" / "Republika Srpska") or written short ("Tan" for
        # "Tan Shen": every word of one is a word of the other).
        if _spelt_alike(x.text.lower(), y.text.lower()) or one_name(x.text, y.text):
            continue
        dx, dy = frozenset(rx.description), frozenset(ry.description)
        if same_relation(rx.relation, ry.relation, kb):
            # NOTE: one relation with one answer of one subject, on or off the main predicate ("X, a footballer who
            # plays for Liverpool" / "X plays for Chelsea"; "Got7 is a band formed by YG" / "Got7 was formed by JYP"):
            # a team named for a city is tagged a place, so organisations and places answer alike; a person only a person
            if _person_and_other(rx, ry) or kb.inside(x.key, y.key) or _nests(x, kb) or _nests(y, kb):
                continue
            return _entity_verdict(a, b, x, y, f"{x.text} in one source and {y.text} in the other are each named as "
                                               f"{rx.relation_said}")
        if dx and dy and same_owner(dx, dy) and _alike(without_owner(dx), without_owner(dy)):
            # NOTE: what the name is said to be decides its kind, not the parser's label ("Smith" tagged an organisation)
            return _entity_verdict(a, b, x, y, f"{x.text} in one source and {y.text} in the other are each said to be the {rx.description_said}")
        if (done := same_act(rx, ry, kb)) and not (_nests(x, kb) or _nests(y, kb) or _other_times(rx, ry, a, b)):
            # NOTE: one act with one doer, whatever the construction ("The building was designed by Kaja Rebane" / "Its
            # architect, Mikko Salonen, ..."): a firm and a person may both do it, and the parser tags a firm's name
            # as a person's as often as not ("developed by Northwind Renewables"), so the two labels need not agree;
            # or one argument of one act whose other arguments are the same in both ("Sancho signed his first senior
            # contract with Thurø BK" / "... with Dortmund"; "the contract went to X" / "awarded the contract to Y")
            return _entity_verdict(a, b, x, y, f"{x.text} in one source and {y.text} in the other are each {done}")
        if not _kinds(rx, ry):
            continue
        if x.label == y.label == "GPE" and kb.inside(x.key, y.key):
            continue  # NOTE: one place at two scales ("in Geneva" / "in Switzerland"; `Knowledge.inside`)
        if x.label == y.label == "ORG" and (_nests(x, kb) or _nests(y, kb)):
            continue  # NOTE: organisations and countries nest ("the United States" / "the State Department" offered it)
        if same_venue(rx.venue, ry.venue):
            why = f"{x.text} in one source and {y.text} in the other are each named as {rx.venue_said}"
        elif rx.part != ry.part:
            continue  # NOTE: "Subryan is charged with DWI" vs "He was charged with ..., Criminally Negligent Homicide"
        elif rx.part in ("patient", "member"):
            continue  # NOTE: an act may have many patients ("police arrested Smith" / "police arrested Jones"), a class
            # many members ("Lyon is a city in France" / "Nice is a city in France")
        elif rx.part == "agent" and not (rx.one_patient and ry.one_patient):
            continue  # NOTE: many may do it to things of a kind ("Rice added 14 points" / "Lawson added 16 points")
        elif _other_times(rx, ry, a, b):
            continue  # NOTE: "Smith will lead the board" / "Jones led the board": the next holder and a former one
        elif _said_apart(rx, ry):
            continue  # NOTE: "its supplier, Quillbank" / "its auditor, Tessmark": each name said to be another thing
        elif (sim := _masked_alike(a, rx, b, ry)) >= _ANSWER_OVERLAP:
            why = f"the same statement names {x.text} in one source and {y.text} in the other ({100 * sim:.0f}% of the other words shared)"
        elif done := _one_act(rx, a, ry, b, kb):
            why = f"{x.text} in one source and {y.text} in the other {done}"
        elif _asked_alike(rx, a, ry, b, kb):
            why = f"{x.text} in one source and {y.text} in the other answer one question asked in other words"
        else:
            continue
        return _entity_verdict(a, b, x, y, why)
    for rx, ry in _swapped_agents(a, b, kb):
        if _other_times(rx, ry, a, b):
            continue
        x, y = rx.mention, ry.mention
        if rx.one_patient and ry.one_patient and (done := _one_act(rx, a, ry, b, kb)):
            return _entity_verdict(a, b, x, y, f"{x.text} in one source and {y.text} in the other {done}")
        if rx.act and ry.act and (done := same_act(rx, ry, kb)) and not (_nests(x, kb) or _nests(y, kb)):
            # NOTE: "Voss edged Duarte to win the Harbor Cup final" / "Duarte took the Harbor Cup title": each claim's
            # doer of one act with one doer, though one claim names the other's too (as the rival: no doer of it)
            return _entity_verdict(a, b, x, y, f"{x.text} in one source and {y.text} in the other are each {done}")
    return None


def reversed_outcome(a: Claim, b: Claim) -> tuple[str, str] | None:
    """(winner, loser) as ``a`` tells a contest that ``b`` tells the other way round (`Slots.outcomes`: "Ruiz won the
    Open, beating Petrova" / "Petrova claimed the title, defeating Ruiz"; a name in full and short is one, `one_name`:
    "Kilbride Athletic" / "Kilbride"). None when none is; when either claim also tells it ``a``'s way (two meetings of
    the same two, told side by side); when each names a day the other does not (`other_occasions`); and unless both
    state a fact ("Ruiz could beat Petrova" names a possible winner)."""
    if {a.modality, b.modality} & (_UNSURE | {"prediction"}) or other_occasions(a, b):
        return None  # NOTE: "beat the Miners on Tuesday" / "lost to the Miners on Saturday": two meetings

    def told(pairs: tuple[tuple[str, str], ...], winner: str, loser: str) -> bool:
        return any(one_name(winner, w) and one_name(loser, lo) for w, lo in pairs)

    for winner, loser in a.slots.outcomes:
        if told(b.slots.outcomes, loser, winner) and not told(b.slots.outcomes, winner, loser) \
                and not told(a.slots.outcomes, loser, winner):
            return winner, loser
    return None


def _swapped_agents(a: Claim, b: Claim, kb: Knowledge) -> list[tuple[Answer, Answer]]:
    """Pairs of answers, one of each claim, one at least named by the other claim too, so no answer of its own
    (`_own_answers`): "Okafor won the marathon, beating Bekele" / "Bekele won the marathon, holding off Okafor" still
    disagree on who won, each naming both. Not one name, nor two kinds of name."""
    out = []
    for rx in _answers(a, kb):
        for ry in _answers(b, kb):
            x, y = rx.mention, ry.mention
            if not (_named_in(x, b, kb) or _named_in(y, a, kb)):
                continue
            if _kinds(rx, ry) and not one_name(x.text, y.text):
                out.append((rx, ry))
    return out


_PLACES = frozenset({"GPE", "LOC"})


def _person_and_other(rx: Answer, ry: Answer) -> bool:
    """One answer is a person and the other is not: two kinds of answer, except a place said to act ("directed by",
    "founded by"), which the parser tagged a person's name as ("directed by Ines Calloway": a place)."""
    x, y = rx.mention, ry.mention
    if (x.label == "PERSON") == (y.label == "PERSON"):
        return False
    return not (rx.relation.endswith(" by") and {x.label, y.label} & _PLACES)


def _said_apart(rx: Answer, ry: Answer) -> bool:
    """Each name is said to be a common noun (`Answer.nouns`) and no noun of one is a noun of the other, nor names it in
    other words (`kinds.in_other_words`: "vendor" / "supplier"): a supplier and an auditor, a winner and a runner-up
    answer two questions, however alike the rest of the two sentences."""
    x, y = frozenset(rx.nouns), frozenset(ry.nouns)
    return bool(x and y) and not x & in_other_words(x, y)


def _masked_alike(a: Claim, rx: Answer, b: Claim, ry: Answer) -> float:
    """Jaccard overlap of the two claims' words with the names masked, a noun and one naming the same thing in other
    words counted as one ("The treaty was signed by X" / "The agreement was signed by Y": `kinds.in_other_words`).
    The words that only describe a name or what it answers for (`Answer.described`) and that the other claim does not
    write are no part of the question: they describe the answer, so two answers differ in them ("its customer-service
    software supplier, Helixdesk" / "its logistics software supplier, Parcelon"; "the new album from country singer
    Maddie Crowe" / ""Silver Creek Motel", the new album from rapper Dex Morrow")."""
    from checker.judge.align import jaccard, question  # NOTE: lazy: checker.judge imports the registry

    ma, mb = question(a, rx.mention.text).masked, question(b, ry.mention.text).masked
    ma = ma - (_described(a, rx, ma) - mb)
    mb = mb - (_described(b, ry, mb) - ma)
    return jaccard(ma, in_other_words(ma, mb))


def _described(c: Claim, r: Answer, masked: frozenset[str]) -> frozenset[str]:
    """The words of ``masked`` (the claim's question of ``r``) written in `Answer.described`."""
    from checker.judge.align import question  # NOTE: lazy: checker.judge imports the registry

    out: set[str] = set()
    for said in r.described:
        out |= masked - question(c, said).masked
    return frozenset(out)


def _asked_alike(rx: Answer, a: Claim, ry: Answer, b: Claim, kb: Knowledge) -> bool:
    """The two claims ask one question in other words: aligned on the two names, and their questions (answers masked)
    alike in meaning (`checker.judge.align.QUESTION_SIMILARITY`), as the judge tells one question of two values whatever
    words ask it ("Judge Okafor found that the county had exceeded its powers" / "Judge Whitcombe sided with the
    homeowners"). Only of the doers of the claims' acts (`Answer.part` agent) that question is asked of: the person
    each claim's question masks (`checker.match.answer_kinds`); a place beside them ("from Europe's Spaceport" / "storms
    over the Arctic"), a possessive ("Chubb's") or a title answers something else. Unknown without the claims' question
    vectors."""
    from checker.judge.align import QUESTION_SIMILARITY, align  # NOTE: lazy: checker.judge imports the registry
    from checker.match import answer_kinds  # NOTE: lazy: as above

    x, y = rx.mention, ry.mention
    if rx.part != "agent" or ry.part != "agent":
        return False  # NOTE: who did it, asked in other words; a possessive or a title beside it answers nothing of the act
    if ("person", x.text) not in answer_kinds(a) or ("person", y.text) not in answer_kinds(b):
        return False
    al = align(a, x.text, b, y.text, kb)
    return al.aligned and al.question_similarity is not None and al.question_similarity >= QUESTION_SIMILARITY


def _other_times(rx: Answer, ry: Answer, a: Claim, b: Claim) -> bool:
    """The two statements hold at different times: one names what will be (`Answer.tense` ``future``), the other what
    is or was, and no date of one claim overlaps a date of the other (a date both give pins one occurrence: "The 2031
    summit will be hosted by Lisbon" / "The 2031 summit was hosted by Oslo" still conflict). Unknown tenses never part."""
    if not rx.tense or not ry.tense or (rx.tense == FUTURE) == (ry.tense == FUTURE):
        return False
    return not any(x.overlaps(y) for x in a.slots.dates for y in b.slots.dates)


def _spelt_alike(x: str, y: str) -> bool:
    """One name spelt two ways (rapidfuzz ratio at least `_SAME_NAME`), counting the words the two do not share: "YG
    Entertainment" and "JYP Entertainment" share a word, not a name; "Republic of Srpska" / "Republika Srpska" stay one."""
    from rapidfuzz import fuzz

    if fuzz.ratio(x, y) < _SAME_NAME:
        return False
    wx, wy = x.split(), y.split()
    rest_x, rest_y = [w for w in wx if w not in wy], [w for w in wy if w not in wx]
    return not rest_x or not rest_y or fuzz.ratio(" ".join(rest_x), " ".join(rest_y)) >= _SAME_NAME


def _entity_verdict(a: Claim, b: Claim, x: Mention, y: Mention, why: str) -> Verdict:
    return Verdict(code=ENTITY.code, verdict="contradiction", confidence=round(0.6 * modality_factor(a, b), 3),
                   slot="entity", values=((x.text,), (y.text,)), reason=why)


def _alike(dx: frozenset[str], dy: frozenset[str]) -> bool:
    """Two descriptions say one thing: most words shared (`_ANSWER_OVERLAP`, one word in other words counted once) and
    the same numbers ("the tallest building of 2010" / "of 2011")."""
    from checker.judge.align import jaccard  # NOTE: lazy: checker.judge imports the registry

    return bool(dx and dy) and jaccard(dx, in_other_words(dx, dy)) >= _ANSWER_OVERLAP and _numbers(dx) == _numbers(dy)


def _numbers(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if w[:1].isdigit())


def _nests(m: Mention, kb: Knowledge) -> bool:
    """An organisation that may be part of another one named for the same act: a country, a government or one of
    its bodies ("The United States" / "The State Department" offered the reward)."""
    return m.key in kb.countries() or kb.parent(m.key) is not None or kb.is_body(m.key) or m.key in kb.part_of.values()


def _one_act(rx: Answer, a: Claim, ry: Answer, b: Claim, kb: Knowledge) -> str:
    """How two names worded in different statements answer one question: each is the agent of one predicate (one
    lemma or action frame) done to the same patient, one thing ("The telephone was invented by Bell in his Boston
    workshop" / "Meucci invented the telephone": who invented the telephone; "The company was acquired by Oracle" /
    "Microsoft bought the company"); "" otherwise. Only agents: an act has one doer more often than one patient
    ("police arrested Smith" and "police arrested Jones" may both hold); only people and organisations (those that
    nest are no two answers: `_nests`)."""
    if rx.part != "agent" or ry.part != "agent" or rx.mention.label not in ("PERSON", "ORG"):
        return ""
    ra, rb = dict(a.slots.roles), dict(b.slots.roles)
    pa, pb, patient = ra.get("pred"), rb.get("pred"), ra.get("patient")
    if not patient or patient != rb.get("patient") or not pa or not pb:
        return ""
    if pa != pb and not (set(kb.frames_of(pa)) & set(kb.frames_of(pb))) - LIGHT_FRAMES:
        return ""
    if patients_apart(patient_of(rx), patient_of(ry)):
        return ""  # NOTE: "won the women's race" / "won the men's race": one act, two things of a kind, two doers
    return f"are each said to {pb} the {patient}"


PRODUCT = Rule("CC101", "product-conflict", "product", "Sources name different products or models for the same event.",
               compare_products, "error")
TARGET = Rule("CC104", "target-scope", "target", "Sources give the same action different scopes (who it applies to).",
              compare_targets, "warning")

ENTITY = Rule("CC105", "entity-conflict", "entity",
              "Sources name different people, organisations or places in the same statement.",
              compare_entity_answers, "error")

__register__ = (PRODUCT, TARGET, ENTITY)
