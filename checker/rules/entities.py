"""CC101 product conflict and CC104 target scope: entity slots of one event that disagree."""

from __future__ import annotations

import re

from checker.models import Claim, Mention, Verdict
from checker.knowledge import clean_key
from checker.normalize.entities import Knowledge, same_product
from checker.rules.base import Rule
from checker.rules.common import LIGHT_FRAMES, frames_agree, initials_of, modality_factor, one_name, texts

__all__ = ["PRODUCT", "TARGET", "ENTITY", "__register__", "scope_summary", "target_relation"]


def compare_products(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """Both claims name the products the event is about, and the sets share nothing."""
    pa, pb = a.slots.products, b.slots.products
    if not pa or not pb or not frames_agree(a, b, kb):
        return None
    if any(same_product(p.key, q.key) or _written_short(p, q, b) or _written_short(q, p, a) for p in pa for q in pb):
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


_ANSWER_LABELS = ("PERSON", "ORG", "GPE")
_TITLE = "TITLE"
"""Label of a name read off a copula's other side (`_titles`): an album, a building, a film, which the parser
rarely tags."""
_ANSWER_OVERLAP = 0.75
"""Jaccard overlap of content words the two claims need once both answers are masked.

Raised from 0.6 after the dev half of `eval.folders`: at 0.6 CC105 fired in 3 agreeing folders
(a headline's outlet name vs a place, an alias pair at 0.70) for 1 real one."""
_SAME_NAME = 60.0
"""rapidfuzz ratio at or above which two names are one name spelt two ways."""
_COPULAS = frozenset({"be", "become", "remain"})
"""Verbs that equate their subject with their attribute ("X became the first woman to ...")."""
_UNIQUE = frozenset({"only", "sole", "best", "worst", "most", "least"})
"""Words that make a definite description one of a kind besides an ordinal ("the first", "the last") or a superlative
in -est ("the tallest"): "the only player to score twice", "the best-selling album"."""
_UNSURE = frozenset({"hedged"})
"""Modalities of a claim that names a possible answer, not the answer ("may have taken place in Geneva"): no CC105
either way. A prediction ("will take place in Geneva") names the planned answer: compared, its confidence lowered."""
_VENUE_PREPS = frozenset({"in", "at"})
"""Prepositions of the place where an act was ("held in Vancouver", "took place at Wembley")."""
_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "at", "and", "or", "for", "to", "with", "by", "from", "de", "la"})
"""Function words a title may hold in lower case ("Back in Black", "Lord of the Flies")."""


def _answers(c: Claim, kb: Knowledge | None = None) -> tuple[Mention, ...]:
    """The names the claim itself states: not one it inherited by resolving "he", "the firm", "these models"
    (`Mention.stated_in`), which is this tool's reading, not the source's word; and for a copula with a definite
    description, the name on its other side that the parser did not tag (`_titles`)."""
    own = tuple(m for m in c.slots.actors + c.slots.places if m.label in _ANSWER_LABELS and m.stated_in is None)
    titles = tuple(t for t in _titles(c) if not any(t.text in m.text for m in own))
    # NOTE: a title holding a name is one name ("Back in Black", not the place "Black")
    return tuple(m for m in own if not any(m.text in t.text for t in titles)) + titles


def _copula(c: Claim) -> tuple[int, int, int] | None:
    """(root, subject, attribute) token indices of a copula's main clause ("X is the capital of Y"); the subject is
    -1 when the parser left it out ("Back in Black is the best-selling album": "Back" hangs as an adverb)."""
    toks = c.tokens
    root = next((i for i, t in enumerate(toks) if t.dep == "ROOT"), -1)
    if root < 0 or toks[root].lemma not in _COPULAS:
        return None
    attr = next((i for i, t in enumerate(toks) if t.head == root and i != root and t.dep == "attr"), -1)
    subj = next((i for i, t in enumerate(toks) if t.head == root and i != root and t.dep == "nsubj"), -1)
    return (root, subj, attr) if attr >= 0 else None


def _definite(c: Claim, i: int) -> bool:
    """Token ``i`` heads a definite description: a common noun with "the" or a possessive ("the capital of Portugal",
    "the best-selling album", "the first woman to win", "Portugal's capital"), which has one referent; not "a member"."""
    t = c.tokens[i]
    if t.pos not in ("NOUN",):
        return False
    kids = [k for k in c.tokens if k.head == i and k is not t]
    return any(k.dep == "det" and k.lemma == "the" or k.dep == "poss" for k in kids)


def _side(c: Claim, i: int) -> tuple[int, int]:
    """Character span of token ``i``'s subtree."""
    from checker.normalize.roles import subtree

    ix = sorted(subtree(c.tokens, i))
    last = c.tokens[ix[-1]]
    return c.tokens[ix[0]].start, last.start + len(last.text)


def _title_span(text: str) -> str:
    """``text`` when it reads as a title: quoted, or words each capitalised (small words inside aside: "Back in
    Black"); else "". A leading "the" and trailing punctuation aside."""
    t = text.strip().strip(".,;:!?")
    q = re.fullmatch(r"[\"“‘'](.+?)[\"”’']", t)
    if q:
        return q.group(1)
    t = re.sub(r"^(?:the|The)\s+", "", t)
    words = t.split()
    if not words or any(not w[:1].isupper() and w.lower() not in _SMALL for w in words) or not words[-1][:1].isupper():
        return ""
    return t


def _titles(c: Claim) -> tuple[Mention, ...]:
    """The name a copula equates with a definite description, when it is written as a title ("The best-selling album
    of all time is Thriller", "Back in Black is the best-selling album"): the answer of a question with one answer."""
    from checker.normalize.roles import subtree

    out = []
    for k, t in enumerate(c.tokens):
        # NOTE: "Thriller, the best-selling album of all time, ..." / "the best-selling album, Thriller, ...": a one-of-a-
        # kind description in apposition to a proper noun
        if t.dep != "appos" or t.head == k:
            continue
        name, desc = (t.head, k) if c.tokens[k].pos == "NOUN" else (k, t.head)
        if c.tokens[name].pos == "PROPN" and _definite(c, desc) and _unique(c, desc):
            side = subtree(c.tokens, name) if name == k else {name} | {j for j in subtree(c.tokens, name)
                                                                       if c.tokens[j].dep == "compound"}
            lo = c.tokens[min(side)].start
            last = c.tokens[max(side)]
            title = _title_span(c.text[lo:last.start + len(last.text)])
            if title:
                out.append(Mention(clean_key(title), title, _TITLE))
    cop = _copula(c)
    if cop is None:
        return tuple(out)
    root, subj, attr = cop
    if _definite(c, attr) and subj >= 0 and not _definite(c, subj):
        lo, hi = _side(c, subj)
        if c.tokens[subj].pos != "PROPN" or lo == 0 and len(c.text[lo:hi].split()) < 2:
            return tuple(out)  # NOTE: one capitalised word opening the sentence says nothing of a name ("Police is ...")
    elif _definite(c, attr) and subj < 0:
        lo, hi = 0, c.tokens[root].start  # NOTE: the words before "is", which the parser did not make its subject
        if len(c.text[lo:hi].split()) < 2:
            return tuple(out)
    elif subj >= 0 and _definite(c, subj) and c.tokens[attr].pos == "PROPN":
        lo, hi = _side(c, attr)
    else:
        return tuple(out)
    name = _title_span(c.text[lo:hi])
    return tuple(out) + ((Mention(clean_key(name), name, _TITLE),) if name else ())


def _unique(c: Claim, i: int) -> bool:
    """The definite description headed by token ``i`` has one referent by its words: an ordinal, "only", or a
    superlative among its modifiers ("the first woman to win", "the tallest building", "the best-selling album")."""
    from checker.normalize.roles import subtree

    mods = subtree(c.tokens, i) - {i}
    for k in mods:
        t = c.tokens[k]
        if t.head == i or c.tokens[t.head].head == i:  # NOTE: its own modifiers and theirs ("best" in "best-selling")
            low = t.text.lower()
            if t.ent == "ORDINAL" or low in _UNIQUE or low.endswith("est") and t.lemma != low and t.pos in ("ADJ", "ADV"):
                return True
    return False


def _description_words(c: Claim, i: int, skip: set[int] = frozenset()) -> frozenset[str]:  # type: ignore[assignment]
    """Lemmas of the content words of the description headed by token ``i`` (numbers included: "the tallest building
    of 2010" is not "of 2011"), its name aside."""
    from checker.normalize.roles import subtree

    return frozenset(c.tokens[k].lemma for k in subtree(c.tokens, i) - set(skip)
                     if c.tokens[k].pos in ("NOUN", "PROPN", "ADJ", "VERB", "NUM", "ADV") and c.tokens[k].lemma[:1].isalnum())


def _description(m: Mention, c: Claim) -> tuple[frozenset[str], str]:
    """What a name is said to be, when that has one answer by its words (`_unique`): the description a copula equates
    it with ("X is the tallest building", "the tallest building is X", "X became the first woman to win"), or one in
    apposition ("X, the only player to score twice, ..."), with its text; empty otherwise (`_description_words`).
    A definite description without such words ("the capital of Y") answers only with the rest of the claim alike."""
    from checker.normalize.roles import subtree

    toks = c.tokens
    h = _head(m, c)
    found: tuple[int, set[int]] | None = None
    cop = _copula(c) if h >= 0 else None
    if cop is not None:
        root, subj, attr = cop
        name_side = subtree(toks, subj) if subj >= 0 else {k for k in range(root)}
        if _definite(c, attr) and _unique(c, attr) and h in name_side:
            found = attr, set()
        elif subj >= 0 and _definite(c, subj) and _unique(c, subj) and h in subtree(toks, attr):
            found = subj, set()
    for k, t in enumerate(toks if h >= 0 and found is None else ()):
        if t.dep != "appos" or t.head == k:
            continue
        if t.head == h and _definite(c, k) and _unique(c, k):  # NOTE: "Thriller, the best-selling album of all time, ..."
            found = k, set()
        elif k == h and _definite(c, t.head) and _unique(c, t.head):  # NOTE: "the best-selling album, Thriller, ..."
            found = t.head, subtree(toks, k) | {j for j in subtree(toks, t.head) if j > k}
        else:
            continue
        break
    if found is None:
        return frozenset(), ""
    i, skip = found
    ix = sorted(subtree(toks, i) - skip)
    said = c.text[toks[ix[0]].start:toks[ix[-1]].start + len(toks[ix[-1]].text)]
    return _description_words(c, i, skip), re.sub(r"^(?:the|The) ", "", said).strip(" ,.;:")


def _named_in(m: Mention, other: Claim, kb: Knowledge) -> bool:
    """The other claim names `m` too: same key, related by part-of or alias, or its words appear."""
    keys = {x.key for x in other.slots.all_entities()}
    if m.key in keys or any(kb.related(m.key, k) for k in keys):
        return True
    low = other.text.lower()
    # NOTE: "P.J. Carlesimo" names "PJ Carlesimo": initials are written with and without full stops
    return m.text.lower() in low or m.key in low or _bare(m.text) in _bare(other.text)


def _bare(text: str) -> str:
    """Lower case without punctuation, single spaces: "P.J. Carlesimo" -> "pj carlesimo"."""
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


def _speaking(m: Mention, c: Claim) -> bool:
    """The name is part of who the claim is attributed to (`Claim.attribution`), not of what it says."""
    return c.attribution is not None and m.text in c.attribution


def _head(m: Mention, c: Claim) -> int:
    """Index of the token heading the name in the claim's parse (the one whose head lies outside it); -1 unknown."""
    at = c.text.find(m.text)
    if at < 0 or not c.tokens:
        return -1
    ix = [i for i, t in enumerate(c.tokens) if at <= t.start < at + len(m.text)]
    return next((i for i in ix if c.tokens[i].head not in ix or c.tokens[i].head == i), -1)


def _listed(m: Mention, c: Claim) -> bool:
    """The name is one of a list ("hosted by Vancouver and Whistler"): each source may give part of the answer."""
    h = _head(m, c)
    if h < 0:
        return False
    return c.tokens[h].dep == "conj" or any(t.head == h and t.dep == "conj" for t in c.tokens)


def _venue(m: Mention, c: Claim, kb: Knowledge) -> tuple[str, str]:
    """The event a place answers *where* of, and how to say it: by a verb of holding or taking place
    (`Knowledge.venue_verbs`), the lemma of the event's noun ("The 2010 Games were held in Vancouver", "Montreal
    hosted the Games", "The summit took place in Geneva": ``games``, "the place of the games"); by a verb of an act a
    person does once (`Knowledge.once_verbs`), that person ("Egerton was born in Birkenhead": ``bear egerton``, "where
    Egerton was born"); ("", "") when the place is not where the claim's event was."""
    h = _head(m, c)
    if m.label != "GPE" or h < 0:
        return "", ""
    toks = c.tokens
    roles = dict(c.slots.roles)
    pred = roles.get("pred", "")
    if pred == "take" and roles.get("patient") == "place":
        pred = "take place"
    root = next((i for i, t in enumerate(toks) if t.dep == "ROOT"), -1)
    t = toks[h]
    located = t.dep == "pobj" and toks[t.head].lemma in _VENUE_PREPS and toks[t.head].head == root
    if pred in kb.once_verbs and located:
        subj = next((i for i, k in enumerate(toks) if k.head == root and k.dep in ("nsubj", "nsubjpass") and i != root), -1)
        if subj < 0 or toks[subj].pos != "PROPN":
            return "", ""  # NOTE: "he was born in Lyon" and "he was born in Nice" may be two people
        verb = " ".join(k.text for i, k in enumerate(toks) if i == root or k.head == root and k.dep in ("aux", "auxpass"))
        return f"{pred} {toks[subj].lemma}", f"where {toks[subj].text} {verb}"
    if pred not in kb.venue_verbs:
        return "", ""
    hosting = _role(m, c) == "agent" and pred != "take place"
    if not located and not hosting:
        return "", ""
    patient = roles.get("patient")
    event = patient if hosting or patient not in (None, "place") else roles.get("agent")
    return ("", "") if event in (None, "place") else (event, f"the place of the {event}")


def _role(m: Mention, c: Claim) -> str:
    """The part the name plays in the claim's main predicate (`Slots.roles`): ``agent``, ``patient``, ``copula``
    (either side of "is" with a definite description on the other: "the capital of Australia is Canberra" /
    "Sydney is the capital of Australia"), ``member`` (either side of "is" with an indefinite one: "Sydney is a city
    of Australia"), or ``""`` for any other (a prepositional object, a modifier). Two names answer one question only
    in one part."""
    if m.label == _TITLE:
        return "copula"
    words = set(re.findall(r"[\w'-]+", m.text.lower()))
    cop = _copula(c)
    definite = cop is not None and (_definite(c, cop[2]) or cop[1] >= 0 and _definite(c, cop[1]))
    for role, lemma in c.slots.roles:
        if cop is not None and role in ("agent", "pred") and lemma in words:
            # NOTE: "The capital is Canberra" / "Sydney is the capital": either side of "is"; "Sydney is a city" is
            # one of many answers
            return "copula" if definite else "member"
        if role in ("agent", "patient") and lemma in words:
            return role
    return ""


def _kinds(x: Mention, y: Mention) -> bool:
    """Two names of one kind may answer one question: one label, or a title against any name (the parser tags a
    building as an organisation, an album as a place)."""
    return x.label == y.label or _TITLE in (x.label, y.label)


def compare_entity_answers(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """The same statement names a different person, organisation, place or title in each source.

    "The 2019 summit was hosted by Lyon" vs "... hosted by Geneva": with the two names masked the
    claims say the same thing, so the names answer one question and cannot both be right. Not a name in a
    list ("hosted by Lyon and Nice"), nor a place inside the other ("Geneva" / "Switzerland").
    """
    from rapidfuzz import fuzz

    from checker.judge.align import jaccard, question  # NOTE: lazy: checker.judge imports the registry

    if a.slots.negated != b.slots.negated or {a.modality, b.modality} & _UNSURE:
        return None  # NOTE: "the summit may have taken place in Geneva" names a candidate, not the answer
    da = [d for d in a.slots.dates if d.precision != "relative"]
    db = [d for d in b.slots.dates if d.precision != "relative"]
    if da and db and not any(x.overlaps(y) for x in da for y in db):
        return None  # NOTE: "X died in 1820" and "Y died in 1830" are two events, not two answers
    # NOTE: who said it is no answer of what was said ("CHP Officer Baehr said" / "Highway Patrol Officer Baehr said")
    ea = [m for m in _answers(a, kb) if not _named_in(m, b, kb) and not _speaking(m, a) and not _listed(m, a) and not _modifier(m, a)]
    eb = [m for m in _answers(b, kb) if not _named_in(m, a, kb) and not _speaking(m, b) and not _listed(m, b) and not _modifier(m, b)]
    for x, y in ((x, y) for x in ea for y in eb):
        # NOTE: the same kind of name, and not one name spelt two ways ("Republic of Srpska" / "Republika Srpska")
        # or written short ("Tan" for "Tan Shen": every word of one is a word of the other).
        if fuzz.ratio(x.text.lower(), y.text.lower()) >= _SAME_NAME or one_name(x.text, y.text):
            continue
        (dx, said), (dy, _) = _description(x, a), _description(y, b)
        if dx and dy and jaccard(dx, dy) >= _ANSWER_OVERLAP and _numbers(dx) == _numbers(dy):
            # NOTE: what the name is said to be decides its kind, not the parser's label ("Smith" tagged an organisation)
            return _entity_verdict(a, b, x, y, f"{x.text} in one source and {y.text} in the other are each said to be the {said}")
        if not _kinds(x, y):
            continue
        if x.label == y.label == "GPE" and kb.inside(x.key, y.key):
            continue  # NOTE: one place at two scales ("in Geneva" / "in Switzerland"; `Knowledge.inside`)
        if x.label == y.label == "ORG" and (_nests(x, kb) or _nests(y, kb)):
            continue  # NOTE: organisations and countries nest ("the United States" / "the State Department" offered it)
        venue, said = _venue(x, a, kb)
        if venue and venue == _venue(y, b, kb)[0]:
            why = f"{x.text} in one source and {y.text} in the other are each named as {said}"
        elif _role(x, a) != _role(y, b):
            continue  # NOTE: "Subryan is charged with DWI" vs "He was charged with ..., Criminally Negligent Homicide"
        elif _role(x, a) in ("patient", "member"):
            continue  # NOTE: an act may have many patients ("police arrested Smith" / "police arrested Jones"), a class
            # many members ("Lyon is a city in France" / "Nice is a city in France")
        elif _role(x, a) == "agent" and not (_one_patient(a) and _one_patient(b)):
            continue  # NOTE: many may do it to things of a kind ("Rice added 14 points" / "Lawson added 16 points")
        elif (sim := jaccard(question(a, x.text).masked, question(b, y.text).masked)) >= _ANSWER_OVERLAP:
            why = f"the same statement names {x.text} in one source and {y.text} in the other ({100 * sim:.0f}% of the other words shared)"
        elif done := _one_act(x, a, y, b, kb):
            why = f"{x.text} in one source and {y.text} in the other {done}"
        else:
            continue
        return _entity_verdict(a, b, x, y, why)
    return None


def _entity_verdict(a: Claim, b: Claim, x: Mention, y: Mention, why: str) -> Verdict:
    return Verdict(code=ENTITY.code, verdict="contradiction", confidence=round(0.6 * modality_factor(a, b), 3),
                   slot="entity", values=((x.text,), (y.text,)), reason=why)


def _one_patient(c: Claim) -> bool:
    """The patient of the claim's main predicate (`Slots.roles`), if any, is one thing: a noun with "the" or a
    possessive ("the telephone", "the company", "its rival"), or a name; not a count or an indefinite ("14 points", "a
    goal"). True when the claim has none or no parse to tell."""
    lemma = dict(c.slots.roles).get("patient")
    if not c.tokens or not lemma:
        return True
    ix = [i for i, t in enumerate(c.tokens) if t.lemma == lemma and t.dep in ("dobj", "obj", "nsubjpass", "pobj")]
    if not ix:
        return True
    i = ix[0]
    return c.tokens[i].pos == "PROPN" or any(t.head == i and (t.dep == "det" and t.lemma in ("the", "this", "that")
                                                             or t.dep == "poss") for t in c.tokens)


def _modifier(m: Mention, c: Claim) -> bool:
    """The name modifies a common noun ("two Evansville defenders", "the Purple Aces defense"): it says which, not who
    answers the claim's question."""
    h = _head(m, c)
    return h >= 0 and c.tokens[h].dep in ("compound", "amod", "nmod") and c.tokens[c.tokens[h].head].pos == "NOUN"


def _numbers(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if w[:1].isdigit())


def _nests(m: Mention, kb: Knowledge) -> bool:
    """An organisation that may be part of another one named for the same act: a country, a government or one of
    its bodies ("The United States" / "The State Department" offered the reward)."""
    return m.key in kb.countries() or kb.parent(m.key) is not None or kb.is_body(m.key) or m.key in kb.part_of.values()


def _one_act(x: Mention, a: Claim, y: Mention, b: Claim, kb: Knowledge) -> str:
    """How two names worded in different statements answer one question: each is the agent of one predicate (one
    lemma or action frame) done to the same patient ("The telephone was invented by Bell in his Boston workshop" /
    "Meucci invented the telephone": who invented the telephone; "The company was acquired by Oracle" / "Microsoft
    bought the company"); "" otherwise. Only agents: an act has one doer more often than one patient ("police
    arrested Smith" and "police arrested Jones" may both hold); only people and organisations that are no country,
    government or government body: those nest ("The United States offered the reward" / "The State Department
    offered it")."""
    if _role(x, a) != "agent" or _role(y, b) != "agent" or x.label not in ("PERSON", "ORG"):
        return ""
    ra, rb = dict(a.slots.roles), dict(b.slots.roles)
    pa, pb, patient = ra.get("pred"), rb.get("pred"), ra.get("patient")
    if not patient or patient != rb.get("patient") or not pa or not pb:
        return ""
    if not (_one_patient(a) and _one_patient(b)):
        return ""  # NOTE: "Rice added 14 points" / "Lawson added 16 points": points are no one thing with one doer
    if pa != pb and not (set(kb.frames_of(pa)) & set(kb.frames_of(pb))) - LIGHT_FRAMES:
        return ""
    return f"are each said to {pb} the {patient}"


PRODUCT = Rule("CC101", "product-conflict", "product", "Sources name different products or models for the same event.",
               compare_products, "error")
TARGET = Rule("CC104", "target-scope", "target", "Sources give the same action different scopes (who it applies to).",
              compare_targets, "warning")

ENTITY = Rule("CC105", "entity-conflict", "entity",
              "Sources name different people, organisations or places in the same statement.",
              compare_entity_answers, "error")

__register__ = (PRODUCT, TARGET, ENTITY)
