"""Predicate-argument roles of a claim's main clause: what negation and denial are judged on."""

from __future__ import annotations

import logging
import re
from typing import Sequence

from checker.models import Slots, Token

__all__ = ["predicate_roles", "reported_clause", "predicate_sides", "negated_subjects", "role_lemmas", "content_lemmas", "roles_reversed",
           "subtree", "NEGATIVE_PRONOUNS"]

logger = logging.getLogger(__name__)

NEGATIVE_PRONOUNS = frozenset({"nobody", "nothing", "none", "noone"})
"""Lemmas of the pronouns that, as a verb's subject, deny its act of everyone or everything ("nobody was hurt", "none
were lost")."""

_COPULA = {"be", "become", "remain", "seem"}
_LIGHT = {"be", "have", "do", "make", "get", "take", "say", "go"}
_STOP = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as", "from", "that",
    "this", "these", "those", "it", "its", "their", "his", "her", "he", "she", "they", "we", "i", "you", "be", "have",
    "do", "not", "no", "n't", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "there",
    "which", "who", "what", "when", "where", "after", "before", "about", "into", "over", "than", "also", "has", "had",
    "is", "are", "was", "were", "been", "being", "said", "say", "says", "report", "reports", "reportedly", "allegedly",
}


def _head_lemma(tokens: Sequence[Token], i: int) -> str:
    """An argument's lemma: a name's last word, else the noun itself ("Abu Bakr al-Baghdadi" -> "al-baghdadi")."""
    return tokens[i].lemma


def _stray_agent(tokens: Sequence[Token], root: int) -> int | None:
    """A passive's "by" phrase the parser hung on the object of another of the verb's phrases ("was founded in 1962 in
    Reading by the engineer Margaret Holloway"): its object is the agent all the same."""
    for i, t in enumerate(tokens):
        if t.lemma.lower() != "by" or t.dep not in ("prep", "agent") or t.head == i:
            continue
        noun = tokens[t.head]
        if noun.dep == "pobj" and noun.head != t.head and tokens[noun.head].dep == "prep" and tokens[noun.head].head == root:
            return next((j for j, u in enumerate(tokens) if u.head == i and u.dep == "pobj"), None)
    return None


def predicate_roles(tokens: Sequence[Token], root: int | None = None) -> tuple[tuple[str, str], ...]:
    """(role, lemma) of the main predicate (or of the verb at ``root``): ``pred``, ``agent`` (who does it), ``patient``
    (to whom/what), and for a verb of saying ``said``, the predicate of what is said.

    A passive's subject is the patient and its "by" phrase the agent; a copula's predicate noun or
    adjective is the predicate ("X is a wife of Y": pred ``wife``, agent ``x``, patient ``y``).
    """
    if not tokens:
        return ()
    if root is None:
        roots = [i for i, t in enumerate(tokens) if t.head == i or t.dep == "ROOT"]
        if not roots:
            return ()
        root = roots[0]
    kids = [i for i, t in enumerate(tokens) if t.head == root and i != root]
    pred = tokens[root].lemma
    out: list[tuple[str, str]] = []
    agent = patient = None
    for i in kids:
        dep = tokens[i].dep
        if dep == "nsubj":
            agent = i
        elif dep == "nsubjpass":
            patient = i
        elif dep in ("dobj", "obj") and patient is None:
            patient = i
        elif dep == "agent":
            objs = [j for j, t in enumerate(tokens) if t.head == i and t.dep == "pobj"]
            if objs:
                agent = objs[0]
    if agent is None and patient is not None and tokens[patient].dep == "nsubjpass":
        agent = _stray_agent(tokens, root)
    if pred in _COPULA:
        attrs = [i for i in kids if tokens[i].dep in ("attr", "acomp", "oprd")]
        if attrs:
            pred = tokens[attrs[0]].lemma
            of = [j for j, t in enumerate(tokens) if t.head == attrs[0] and t.dep == "prep"]
            for p in of:
                objs = [j for j, t in enumerate(tokens) if t.head == p and t.dep == "pobj"]
                if objs and patient is None:
                    patient = objs[0]
    out.append(("pred", pred))
    if agent is not None:
        out.append(("agent", _head_lemma(tokens, agent)))
    if patient is not None:
        out.append(("patient", _head_lemma(tokens, patient)))
    said = _said(tokens, root, kids)
    if said is not None:
        out.append(("said", said))
    return tuple(out)


def reported_clause(tokens: Sequence[Token]) -> int | None:
    """The verb of the clause a main verb of saying reports ("The festival will be held at the park, organisers
    confirmed": ``held``), whose roles are what the claim tells; None when the main verb says nothing."""
    from checker.cues import stance_cues

    root = next((i for i, t in enumerate(tokens) if t.head == i or t.dep == "ROOT"), None)
    if root is None or tokens[root].lemma not in stance_cues()["saying_verbs"]:
        return None
    return next((i for i, t in enumerate(tokens) if t.head == root and t.dep == "ccomp" and i != root), None)


def _said(tokens: Sequence[Token], root: int, kids: Sequence[int]) -> str | None:
    """The predicate a verb of saying reports ("X was killed, officials said": ``kill``; a copula's complement: "X is
    dead, police said": ``dead``), which a negation of X denies; None when the main verb says nothing."""
    from checker.cues import stance_cues

    if tokens[root].lemma not in stance_cues()["saying_verbs"]:
        return None
    said = next((i for i in kids if tokens[i].dep == "ccomp"), None)
    if said is None:
        return None
    if tokens[said].lemma in _COPULA:
        comp = next((t for t in tokens if t.head == said and t.dep in ("acomp", "attr")), None)
        return comp.lemma if comp is not None else None
    return tokens[said].lemma


def subtree(tokens: Sequence[Token], root: int) -> set[int]:
    """Indices of ``root`` and every token whose head chain reaches it."""
    kids: dict[int, list[int]] = {}
    for i, t in enumerate(tokens):
        if t.head != i:
            kids.setdefault(t.head, []).append(i)
    out, todo = set(), [root]
    while todo:
        k = todo.pop()
        if k not in out:
            out.add(k)
            todo.extend(kids.get(k, ()))
    return out


def predicate_sides(tokens: Sequence[Token]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Sorted content lemmas (nouns, names, adjectives) under the main predicate's subject, and under the rest of
    its clause: who or what the predicate is said of, and the rest of what is said."""
    roots = [i for i, t in enumerate(tokens) if t.head == i]
    if not roots:
        return (), ()
    root = roots[0]
    subj = set().union(*(subtree(tokens, k) for k, t in enumerate(tokens)
                         if t.head == root and k != root and t.dep in ("nsubj", "nsubjpass")))
    rest = subtree(tokens, root) - subj - {root}

    def words(ix: set[int]) -> tuple[str, ...]:
        return tuple(sorted({tokens[i].lemma for i in ix if tokens[i].pos in ("NOUN", "PROPN", "ADJ") and tokens[i].lemma[:1].isalpha()}))

    return words(subj), words(rest)


def negated_subjects(tokens: Sequence[Token], implied: Token | None = None, denying: Sequence[int] = ()) -> tuple[str, ...]:
    """Sorted lemmas of the subjects of the negated words, wherever they stand ("X said Bale will not star":
    ``bale``); a negative implicative's complement (``implied``, "Bale refused to star") takes its verb's subject, and
    so does each verb of ``denying`` (indices: a verb with a "without" that denies an act, "The suspect was released
    without charge")."""
    heads = {t.head for t in tokens if t.dep == "neg"} | set(denying)
    if implied is not None:
        heads.add(implied.head)
    # NOTE: a subject the parser hung on the auxiliary ("Kim Jong-un Is Not Opening ...": "un" <- "Is") is its verb's
    verb_of = {i: (t.head if t.dep in ("aux", "auxpass") else i) for i, t in enumerate(tokens)}
    subjects = {verb_of[t.head]: i for i, t in enumerate(tokens) if t.dep in ("nsubj", "nsubjpass")}
    out = {tokens[i].lemma for h, i in subjects.items() if h in heads}
    for h in heads - set(subjects):
        # NOTE: a headline predicate the parser hung on the noun before it ("Fed Not Raising Rates": "Raising" <- "Fed";
        # "Singer Not Dead": "Dead" <- "Singer") is said of that noun
        if tokens[h].dep in ("acl", "amod", "appos") and tokens[h].head < h and tokens[tokens[h].head].pos in ("NOUN", "PROPN"):
            out.add(tokens[tokens[h].head].lemma)
            continue
        # NOTE: an infinitive takes the subject of the verb it complements ("The pope turns out not to have made
        # the comment": the pope)
        if tokens[h].dep == "xcomp" and tokens[h].head in subjects:
            out.add(tokens[subjects[tokens[h].head]].lemma)
            continue
        # NOTE: a verbless headline leaves its subject unparsed ("Islamic State Leader al-Baghdadi “Not Dead”": "State"
        # hangs on "Dead" as a modifier): the names and nouns before the negated word, with their appositions, stand for it
        front = {i for i, t in enumerate(tokens) if t.head == h and i < h and t.pos in ("NOUN", "PROPN")}
        out |= {t.lemma for i, t in enumerate(tokens) if t.pos in ("NOUN", "PROPN") and (i in front or t.head in front and t.dep in ("appos", "compound"))}
    return tuple(sorted(out))


def role_lemmas(slots: Slots) -> dict[str, str]:
    """The roles as a mapping (empty when the claim was not parsed)."""
    return dict(slots.roles)


def content_lemmas(text: str, slots: Slots) -> set[str]:
    """Content words of a claim: its parsed lemmas, else crude lower-case words; stop words aside."""
    words = set(slots.lemmas) if slots.lemmas else {_crude(w) for w in re.findall(r"[a-z][a-z'-]+", text.lower())}
    return {w for w in words if w not in _STOP and len(w) > 2 and re.match(r"[a-z]", w)}


def roles_reversed(a: Slots, b: Slots) -> bool:
    """True when one claim's agent is the other's patient and back ("A beat B" / "B beat A")."""
    ra, rb = role_lemmas(a), role_lemmas(b)
    if not all(k in r for r in (ra, rb) for k in ("agent", "patient")):
        return False
    return ra["agent"] != ra["patient"] and ra["agent"] == rb["patient"] and ra["patient"] == rb["agent"]


def _crude(w: str) -> str:
    for suf, rep in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)] + rep
    return w
