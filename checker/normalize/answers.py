"""Answers: the names a claim states as the answer of a question, read with its parse for the entity judge (CC105).

A name answers a question by the part it plays: the agent of the main predicate ("The phrase was coined by Ada
Lovelace"), either side of a copula with a definite description ("The capital of Portugal is Lisbon"), the place of
an event held or taking place ("The 2010 Games were held in Vancouver", "Montreal hosted the 2010 Games") or of an
act a person does once ("X was born in Duffel"), or a one-of-a-kind description it is equated with ("X, the only
player to score twice, ..."). A name in a list ("hosted by Lyon and Nice") or modifying a noun ("two Evansville
defenders") answers nothing alone. The parse is dropped after normalisation, so what the judge needs is kept in
`Slots.answers`.

Requires `Claim.tokens` (when parsed), `Claim.slots` (names, roles); assigns nothing (`checker.normalize` stores
`read_answers` in the slots).
"""

from __future__ import annotations

import logging
import re
from typing import Sequence

from checker.knowledge import Knowledge, clean_key, deverbal_verbs, doer_nouns, structure_nouns
from checker.models import Answer, Claim, Mention, Token
from checker.normalize.kinds import same_holder
from checker.normalize.roles import predicate_roles, reported_clause

__all__ = ["TITLE", "OWNER", "occasion_of", "ANSWER_LABELS", "FUTURE", "PAST", "PRESENT", "doer_of", "read_answers", "same_venue", "venue_of", "same_relation",
           "relation_of", "same_act", "act_of", "patient_of", "patients_apart", "argument_of", "same_argument", "kinds_alike", "same_owner", "without_owner", "statement_tense", "title_span", "said_of"]

logger = logging.getLogger(__name__)

ANSWER_LABELS = ("PERSON", "ORG", "GPE")
"""Labels of the names the parser tags that may answer a question (with `TITLE`)."""

TITLE = "TITLE"
"""Label of a name read off a copula's other side (`_titles`): an album, a building, a film, which the parser
rarely tags."""

_COPULAS = frozenset({"be", "become", "remain"})
"""Verbs that equate their subject with their attribute ("X became the first woman to ...")."""

_UNIQUE = frozenset({"only", "sole", "best", "worst", "most", "least", "next", "new", "incoming", "outgoing"})
"""Words that make a definite description one of a kind besides an ordinal ("the first", "the last") or a superlative
in -est ("the tallest"): "the only player to score twice", "the best-selling album", "the next chief executive"."""

_SUCCESSION = frozenset({"next", "new", "incoming"})
"""Words of `_UNIQUE` that say the role is taken next, as "will become chief executive" does: each reads as ``next``
(`NEXT`), so "the new chief executive" and "will become chief executive" are one role, and "was named chief executive
in 2015" (who held it) another."""

NEXT = "next"
"""The description word of a role taken next: a word of `_SUCCESSION`, or a copula of the future ("will become")."""

_FUTURE = frozenset({"will", "shall", "'ll"})
"""Auxiliaries that put a copula in the future ("Osei will become chief executive")."""

_PAST_COPULAS = frozenset({"was", "were", "been"})
"""Forms of "be" that put a role in the past ("Hale was chief executive"): a former holder answers no question a
current or next one does."""

_NAMING_DEPS = frozenset({"dobj", "nsubjpass"})
"""Dependencies of a name given a role by its verb: "picked Grant as the next chief executive", "Grant was named
chairman"."""

_VENUE_PREPS = frozenset({"in", "at"})
"""Prepositions of the place where an act was ("held in Vancouver", "took place at Wembley")."""

_EVENT_MODIFIERS = frozenset({"compound", "amod", "nummod", "npadvmod", "nmod", "poss"})
"""Dependencies of the words that say which occurrence an event noun is ("G7 summit", "Winter Games", "first")."""
_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "at", "and", "or", "for", "to", "with", "by", "from", "de", "la"})
"""Function words a title may hold in lower case ("Back in Black", "Lord of the Flies")."""


def read_answers(c: Claim, kb: Knowledge) -> tuple[Answer, ...]:
    """The names `c` states as answers (module docstring), each with its part, venue and description; a name in a list
    or modifying a noun is none."""
    out = []
    occasion = occasion_of(c)
    for m in _names(c):
        if _listed(m, c) or _modifier(m, c):
            continue
        venue, venue_said = _venue(m, c, kb)
        words, said = _description(m, c)
        relation, relation_said = _relation(m, c, kb)
        act, act_said = doer_of(m, c, kb)
        argument, argument_said = argument_of(m, c)
        nouns, described = said_of(m, c)
        out.append(Answer(m, _role(m, c), venue, venue_said, tuple(sorted(words)), said, _one_patient(c), relation,
                          relation_said, statement_tense(m, c), act, act_said, argument, argument_said, occasion,
                          nouns, described))
    return tuple(out)


_SHIFTED = frozenset({"last", "next", "previous", "past", "prior", "coming", "following", "ago"})
"""Words that move a time away from the one the story tells ("last year's", "next season's", "the previous year's"):
closed-class English; "this year's", "today's" or "Sunday's" name the occurrence told, or one a date tells apart."""


def occasion_of(c: Claim) -> str:
    """`Answer.occasion`: the time words of a possessive the parser tags a date ("Last year's", "next season's") on a
    noun the claim's main predicate is about (`Slots.roles` agent or patient: "Last year's Starfall Championship was won
    by Baltic Wolves"), when they move the time away from the one told (`_SHIFTED`): that claim is about another
    occurrence of a recurring event, whose winner, host or venue answers another question than this one's ("Orzeł won
    the Starfall Championship on Sunday"). Not on a noun of a person ("Last year's champion, Petrova, lost to Ruiz":
    who she is, `checker.knowledge.person_nouns`). "" otherwise, or without the parse."""
    from checker.knowledge import person_nouns
    from checker.normalize.roles import subtree

    toks = c.tokens
    about = {lemma.lower() for role, lemma in c.slots.roles if role in ("agent", "patient")}
    for k, t in enumerate(toks):
        if t.dep != "poss" or t.ent != "DATE" or t.head == k or toks[t.head].pos not in ("NOUN", "PROPN") \
                or toks[t.head].lemma.lower() not in about or toks[t.head].lemma.lower() in person_nouns():
            continue  # NOTE: "last year's champion Anna Petrova" says who she is, not which occurrence is told
        words = [toks[j].text.lower() for j in sorted(subtree(toks, k)) if toks[j].ent == "DATE" and toks[j].dep != "case"
                 and toks[j].text[:1].isalnum()]
        if set(words) & _SHIFTED:
            return " ".join(words)
    return ""


def _names(c: Claim) -> tuple[Mention, ...]:
    """The names the claim itself states: not one it inherited by resolving "he", "the firm", "these models"
    (`Mention.stated_in`), which is this tool's reading, not the source's word; and for a copula with a definite
    description, the name on its other side that the parser did not tag (`_titles`)."""
    own = tuple(m for m in c.slots.actors + c.slots.places if m.label in ANSWER_LABELS and m.stated_in is None)
    titles = tuple(t for t in _titles(c) if not any(t.text in m.text for m in own))
    # NOTE: a title holding a name is one name ("Back in Black", not the place "Black")
    return tuple(m for m in own if not any(m.text in t.text for t in titles)) + titles


def _copula(c: Claim, reported: bool = False) -> tuple[int, int, int] | None:
    """(root, subject, attribute) token indices of a copula's main clause ("X is the capital of Y"); the subject is
    -1 when the parser left it out ("Back in Black is the best-selling album": "Back" hangs as an adverb). With
    ``reported``, also of the clause a main verb reports ("Brightwave said Osei will become chief executive")."""
    toks = c.tokens
    root = next((i for i, t in enumerate(toks) if t.dep == "ROOT"), -1)
    if reported and root >= 0 and toks[root].lemma not in _COPULAS:
        root = next((i for i, t in enumerate(toks) if t.head == root and t.dep == "ccomp" and t.lemma in _COPULAS), root)
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


def title_span(text: str) -> str:
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
            title = title_span(c.text[lo:last.start + len(last.text)])
            if title:
                out.append(Mention(clean_key(title), title, TITLE))
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
    name = title_span(c.text[lo:hi])
    return tuple(out) + ((Mention(clean_key(name), name, TITLE),) if name else ())


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


def _office(c: Claim, i: int) -> bool:
    """Token ``i`` is a role one person holds at a time, written as English writes one: a person's noun
    (`checker.knowledge.person_nouns`) bare, without article, possessive or number ("became chief executive",
    "named Grant chairman", "as CEO"); not "a member", "part of the team"."""
    from checker.knowledge import person_nouns

    t = c.tokens[i]
    if t.pos not in ("NOUN", "PROPN") or t.lemma.lower() not in person_nouns() or t.text.lower() != t.lemma.lower():
        return False
    return not any(k.head == i and k.dep in ("det", "poss", "nummod") for k in c.tokens)


def _role_given(c: Claim, h: int) -> tuple[int, bool]:
    """The role a verb gives the name headed by ``h`` (the token heading it, -1 when there is none) and whether it is
    taken next. "As" (or an object predicate) gives the role to the verb's object ("picked Grant as the next chief
    executive", "Grant was named chairman"); a verb of taking a post or another's place gives it to its subject, now or
    next, and its object is who held it ("Ortiz will succeed Hale as chief executive", "Ortiz will take over as chief
    executive", `checker.knowledge.succession_verbs`; one past is a former holder, as "Hale was chief executive" is;
    "Hale will step down as chief executive" gives it to no one). A verb that leaves its subject to its object gives
    that object the role of its own clause ("chose Ortiz to succeed Hale as chief executive", "picked Ortiz to become
    chief executive"). An act named by a noun gives its "as" to its "of", taken next ("announced the appointment of
    Lindqvist as head coach"). A role is taken next when the verb giving it is in the future or takes a post, or in
    such a clause."""
    toks = c.tokens
    t = toks[h]
    verb = t.head
    takes = _takes_post(c, verb)
    if t.dep in _NAMING_DEPS and not takes:
        role = _role_of(c, verb, exclude=h)
        if role >= 0 or t.dep != "dobj":
            return role, _future(c, verb) or _perfect(c, verb)
        clause = next((k for k, u in enumerate(toks) if u.head == verb and u.dep == "xcomp" and k != verb), -1)
        return (_subject_role(c, clause), True) if clause >= 0 else (-1, False)
    if t.dep == "nsubj" and t.ent not in ("ORG", "GPE") and _tense(c, verb) != "past":
        return _subject_role(c, verb), takes or _future(c, verb)
    if t.dep == "pobj" and toks[verb].lemma == "of":
        # NOTE: an act named by a noun gives "as" to its "of" ("the appointment of Lindqvist as head coach")
        return _role_of(c, toks[verb].head, exclude=verb), True
    return -1, False


def _takes_post(c: Claim, verb: int) -> bool:
    """Token ``verb`` takes a post or another's place, with its particle ("succeed", "take over":
    `checker.knowledge.succession_verbs`)."""
    from checker.knowledge import succession_verbs

    particle = next((u.lemma.lower() for u in c.tokens if u.head == verb and u.dep == "prt"), "")
    lemma = c.tokens[verb].lemma.lower()
    return (f"{lemma} {particle}" if particle else lemma) in succession_verbs()


def _perfect(c: Claim, verb: int) -> bool:
    """Token ``verb`` is in the present perfect ("has been appointed", "have named"): a role just given, the new one, as
    "its new head coach" says; "was named chairman in 2015" tells who held it."""
    return any(t.head == verb and t.dep == "aux" and t.text.lower() in ("has", "have", "'s", "'ve") for t in c.tokens)


def _future(c: Claim, verb: int) -> bool:
    """Token ``verb`` has a future auxiliary ("will become", "will take over")."""
    return any(t.head == verb and t.dep == "aux" and t.text.lower() in _FUTURE for t in c.tokens)


def _role_of(c: Claim, verb: int, exclude: int = -1) -> int:
    """The role token ``verb`` names beside its arguments: an object predicate ("named Grant chairman") or the object
    of "as" ("picked Grant as chairman"); -1 when there is none."""
    for k, u in enumerate(c.tokens):
        if u.head != verb or k in (verb, exclude):
            continue
        if u.dep == "oprd":
            return k
        if u.dep == "prep" and u.lemma == "as":
            return next((j for j, w in enumerate(c.tokens) if w.head == k and w.dep == "pobj"), -1)
    return -1


def _subject_role(c: Claim, verb: int) -> int:
    """The role the clause headed by ``verb`` gives its subject: the attribute of a copula ("to become chief
    executive"), or the role of "as" for a verb of taking a post (`_takes_post`: "to succeed Hale as chief executive",
    "will take over as chief executive"); -1 otherwise."""
    toks = c.tokens
    if toks[verb].lemma in _COPULAS:
        return next((k for k, u in enumerate(toks) if u.head == verb and u.dep == "attr" and k != verb), -1)
    return _role_of(c, verb) if _takes_post(c, verb) else -1


def _one_holder(c: Claim, i: int, current: bool = True) -> bool:
    """The description headed by ``i`` has one referent: definite and unique by its words, or an office (`_office`)
    held now or next (``current``)."""
    return _definite(c, i) and _unique(c, i) or current and _office(c, i)


_ASIDE = frozenset({"npadvmod", "appos", "advcl", "parataxis"})
"""Dependencies of what a role's noun has said beside it: a time ("a week after ..."), an aside, a clause; inside the
description ("to score three times") they are its words."""

OWNER = "@"
"""Mark of the description word that names whose the role is (`_description_words`: "@varna" in "the chief executive of
Varna", "Varna's chief executive")."""


def _description_words(c: Claim, i: int, skip: set[int] = frozenset()) -> frozenset[str]:  # type: ignore[assignment]
    """Lemmas of the content words of the description headed by token ``i`` (numbers included: "the tallest building
    of 2010" is not "of 2011"), its name aside. A name the description is of ("head coach of Harbour City FC", "Varna's
    chief executive") is one word, its head's lemma after `OWNER`: whose the role is, which "its head coach" leaves to
    the story (`same_owner`)."""
    from checker.normalize.roles import subtree

    toks = c.tokens
    owners = [k for k, t in enumerate(toks) if t.pos == "PROPN" and k != i and (
        t.head == i and t.dep == "poss" or t.dep == "pobj" and toks[t.head].lemma == "of" and toks[t.head].head == i)]
    owned = set().union(*(subtree(toks, k) for k in owners)) if owners else set()
    # NOTE: what a comma hangs on the noun says when or besides, not which role ("its new head coach, a week after
    # parting company with Erik Jensen")
    aside = set().union(*(subtree(toks, k) for k, t in enumerate(toks) if k != i and t.head == i and t.dep in _ASIDE), set())
    words = {NEXT if toks[k].text.lower() in _SUCCESSION else toks[k].lemma for k in subtree(toks, i) - set(skip) - owned - aside
             if toks[k].pos in ("NOUN", "PROPN", "ADJ", "VERB", "NUM", "ADV") and toks[k].lemma[:1].isalnum()}
    return frozenset(words | {OWNER + toks[k].lemma.lower() for k in owners})


def same_owner(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two descriptions (`_description_words`) are of one owner's role: the same name, or one left to the story ("its
    head coach")."""
    ox, oy = {w for w in x if w.startswith(OWNER)}, {w for w in y if w.startswith(OWNER)}
    return not ox or not oy or ox == oy


def without_owner(words: frozenset[str]) -> frozenset[str]:
    """The description's words but whose it is (`same_owner`)."""
    return frozenset(w for w in words if not w.startswith(OWNER))


def _description(m: Mention, c: Claim) -> tuple[frozenset[str], str]:
    """What a name is said to be, when that has one answer by its words (`_unique`): the description a copula equates
    it with ("X is the tallest building", "the tallest building is X", "X became the first woman to win"), or one in
    apposition ("X, the only player to score twice, ..."), with its text; empty otherwise (`_description_words`).
    A definite description without such words ("the capital of Y") answers only with the rest of the claim alike."""
    from checker.normalize.roles import subtree

    toks = c.tokens
    h = _head(m, c)
    found: tuple[int, set[int]] | None = None
    cop = _copula(c, reported=True) if h >= 0 else None
    future = cop is not None and any(t.head == cop[0] and t.dep == "aux" and t.text.lower() in _FUTURE for t in toks)
    if cop is not None:
        root, subj, attr = cop
        name_side = subtree(toks, subj) if subj >= 0 else {k for k in range(root)}
        if _one_holder(c, attr, toks[root].text.lower() not in _PAST_COPULAS) and h in name_side:
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
    role, taken_next = _role_given(c, h) if h >= 0 and found is None else (-1, False)
    if role >= 0 and _one_holder(c, role):
        found = role, set()  # NOTE: "picked Grant as the next chief executive", "Grant was named chairman"
    if found is None:
        return frozenset(), ""
    i, skip = found
    ix = sorted(subtree(toks, i) - skip)
    said = c.text[toks[ix[0]].start:toks[ix[-1]].start + len(toks[ix[-1]].text)]
    taken_next = taken_next and i == role or future and cop is not None and i == cop[2]
    words = _description_words(c, i, skip) | ({NEXT} if taken_next else set())
    return words, re.sub(r"^(?:the|The) ", "", said).strip(" ,.;:")


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
    toks = c.tokens
    return toks[h].dep == "conj" and _joined(c, toks[h].head, h) or any(
        t.head == h and t.dep == "conj" and _joined(c, h, k) for k, t in enumerate(toks))


def _joined(c: Claim, i: int, j: int) -> bool:
    """Conjuncts at ``i`` and ``j`` are written as a list: a conjunction ("and", "or") or a comma between them. The parser
    joins words of no list too ("awarded to Hana Okoro for The Owl Who Counted Stars": "Stars" read as a second
    recipient), with no word that lists between them."""
    lo, hi = sorted((c.tokens[i], c.tokens[j]), key=lambda t: t.start)
    return _LISTING.search(c.text, lo.start + len(lo.text), hi.start) is not None


_LISTING = re.compile(r"[,;&]|\b(?:and|or|nor)\b", re.I)
"""What lists two conjuncts between them: a conjunction or a comma."""


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
    root = next((i for i, t in enumerate(toks) if t.dep == "ROOT"), -1)
    if (said := reported_clause(toks)) is not None or (said := _fronted_clause(c, root)) is not None:
        # NOTE: "The festival will be held at Riverside Park, organisers confirmed": the place is where the reported
        # clause's event is, as it is without the verb of saying
        root, roles = said, dict(predicate_roles(toks, said))
    pred = roles.get("pred", "")
    if pred == "take" and roles.get("patient") == "place":
        pred = "take place"
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
    if event in (None, "place"):
        return "", ""
    # NOTE: the event's own modifiers tell occurrences apart ("the G7 summit" / "the G20 summit", "the Winter Games" /
    # "the Summer Games", "the first summit" / "the second"): kept in the key after a bar (`same_venue`)
    head = next((i for i, k in enumerate(toks) if k.lemma == event and k.dep in ("nsubj", "nsubjpass", "dobj", "obj")), -1)
    mods = sorted({k.text.lower() for k in toks if head >= 0 and k.head == head and k.dep in _EVENT_MODIFIERS})
    return "|".join([event, *mods]), f"the place of the {event}"


def _fronted_clause(c: Claim, root: int) -> int | None:
    """The verb of a clause written before the main verb as its complement ("The festival will be held at Riverside
    Park, organisers confirmed this week"): what a sentence so written tells is that clause, whatever verb reports it
    ("confirmed", "added", "announced"); None when there is none."""
    toks = c.tokens
    if root < 0 or toks[root].pos != "VERB":
        return None
    return next((i for i, t in enumerate(toks) if t.head == root and t.dep == "ccomp" and i < root), None)


def same_venue(x: str, y: str) -> bool:
    """Two venue keys (`Answer.venue`) name one event: the same noun or one in other words, and the modifiers of one all
    among the other's ("the 2010 Winter Games" / "the Winter Games"; not "the Winter Games" / "the Summer Games")."""
    if not x or not y:
        return False
    ex, *mx = x.split("|")
    ey, *my = y.split("|")
    # NOTE: one event noun in other words ("the conference" / "the meeting": `checker.normalize.kinds`) is one event
    return (ex == ey or same_holder(ex, ey)) and (set(mx) <= set(my) or set(my) <= set(mx))


def venue_of(c: Claim, answer: str) -> str:
    """The event (`Answer.venue`) the place written ``answer`` is said to be the place of, from the claim's stored answers;
    "" when none (or the claim keeps no answers)."""
    return next((r.venue for r in c.slots.answers or () if r.mention.text == answer and r.venue), "")


def _role(m: Mention, c: Claim) -> str:
    """The part the name plays in the claim's main predicate (`Slots.roles`): ``agent``, ``patient``, ``copula``
    (either side of "is" with a definite description on the other: "the capital of Australia is Canberra" /
    "Sydney is the capital of Australia"), ``member`` (either side of "is" with an indefinite one: "Sydney is a city
    of Australia"), or ``""`` for any other (a prepositional object, a modifier). Two names answer one question only
    in one part."""
    if m.label == TITLE:
        return "copula"
    words = set(re.findall(r"[\w'-]+", m.text.lower()))
    cop = _copula(c)
    definite = cop is not None and (_definite(c, cop[2]) or cop[1] >= 0 and _definite(c, cop[1]))
    for role, lemma in c.slots.roles:
        if cop is not None and role in ("agent", "pred") and lemma in words:
            # NOTE: "The capital is Canberra" / "Sydney is the capital": either side of "is"; "Sydney is a city" is
            # one of many answers
            return "copula" if definite else "member"
        if role in ("agent", "patient") and (lemma in words or _naming(m, c, lemma)):
            return role
    return ""


def _naming(m: Mention, c: Claim, lemma: str) -> bool:
    """The name stands beside the common noun that plays the part, naming what it is: in apposition ("by the engineer
    Margaret Holloway") or compounded on it ("by promoter Soundwave Events", where the recogniser cut the name short)."""
    h = _head(m, c)
    if h < 0:
        return False
    t = c.tokens[h]
    return t.dep in ("appos", "compound") and t.head != h and c.tokens[t.head].lemma.lower() == lemma


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
    if h < 0 or c.tokens[h].dep not in ("compound", "amod", "nmod"):
        return False
    noun = c.tokens[c.tokens[h].head]
    # NOTE: a capitalised noun after it is the rest of the name the recogniser cut short ("Soundwave Events")
    return noun.pos == "NOUN" and not (noun.text[:1].isupper() and noun.start > c.tokens[h].start)


_TIME_BOUND = frozenset({"play", "own", "base", "headquarter"})
"""Verbs of `Knowledge.one_answer` whose relation holds for a time, not once ("plays for Liverpool" now, "played for
Chelsea" before; "is owned by", "was based in"): their answers compare only in one tense."""
_PAST_AUX = frozenset({"was", "were", "had", "did"})
_SUBJECTS = ("nsubj", "nsubjpass")


def _relation(m: Mention, c: Claim, kb: Knowledge) -> tuple[str, str]:
    """(key, how to say it) of the relation with one answer (`Knowledge.one_answer`) that the name `m` answers, its
    subject named: the name is the object of a preposition (or the agent after "by") of a verb listed for it, on the
    main predicate or off it ("Got7 is a band formed by YG Entertainment", "X, who plays for Liverpool", "X was born
    in Hamilton"), or of a role noun the subject is equated with ("X is a pitcher for the Nationals", read as playing
    for them). ("", "") otherwise; a subject that is a pronoun or a common noun is no one known."""
    toks = c.tokens
    h = _head(m, c)
    if h < 0 or m.label not in ANSWER_LABELS or toks[h].dep != "pobj":
        return "", ""
    p = toks[h].head
    prep = "by" if toks[p].dep == "agent" else toks[p].lemma
    g = toks[p].head
    if p == h or g == p or prep not in kb.one_answer:
        return "", ""
    gov = toks[g]
    if gov.pos in ("VERB", "AUX") and gov.lemma in kb.one_answer[prep]:
        verb = gov.lemma
        subj = next((i for i, t in enumerate(toks) if t.head == g and t.dep in _SUBJECTS and i != g), -1)
        if gov.dep in ("relcl", "acl") and (subj < 0 or toks[subj].pos == "PRON" and toks[subj].lemma in ("who", "that", "which")):
            subj = gov.head  # NOTE: "a footballer who plays for Liverpool", "a band formed by YG": the noun it modifies
    elif gov.pos == "NOUN" and prep == "for" and gov.dep in ("attr", "appos") and "play" in kb.one_answer[prep]:
        verb, subj = "play", g  # NOTE: "X is a linebacker for the Bengals" says whom X plays for
    else:
        return "", ""
    who = _named_subject(c, subj, h)
    if who is None:
        return "", ""
    key = f"{who.key}|{verb} {prep}"
    if verb in _TIME_BOUND:
        key += "|" + _tense(c, g)
    return key, f"the answer to '{who.text} … {gov.text} {toks[p].text} …'"


def _named_subject(c: Claim, i: int, answer: int) -> Mention | None:
    """The name token ``i`` stands for: a name itself, a common noun with a name in apposition or as its modifier
    ("the band Got7"), or one equated with a name by a copula or an apposition ("Got7 is a band", "X, a footballer");
    None for a pronoun, an unnamed noun, or the answer itself."""
    toks = c.tokens
    seen = set()
    while 0 <= i < len(toks) and i not in seen:
        seen.add(i)
        t = toks[i]
        if t.pos == "PROPN" or t.pos == "NOUN" and (t.ent in ANSWER_LABELS or i > 0 and t.text[:1].isupper()):
            return _mention_at(c, i, answer)  # NOTE: a name the tagger took for a noun ("The Vandals", "Got7")
        if t.pos != "NOUN":
            return None
        named = next((k for k, x in enumerate(toks) if x.head == i and k != i and x.dep in ("appos", "compound")
                      and x.pos == "PROPN"), -1)
        if named >= 0:
            return _mention_at(c, named, answer)
        if t.dep == "appos":
            i = t.head  # NOTE: "Solanke, a footballer who ..."
        elif t.dep == "attr":
            i = next((k for k, x in enumerate(toks) if x.head == t.head and x.dep in _SUBJECTS and k != t.head), -1)
        else:
            return None
    return None


def _mention_at(c: Claim, i: int, answer: int) -> Mention | None:
    """The name of the claim covering token ``i`` (a tagged name, else the token's capitalised words), not the answer's."""
    toks = c.tokens
    from checker.normalize.roles import subtree

    if i == answer or answer in subtree(toks, i) and toks[answer].head == i:
        return None
    at = toks[i].start
    for m in c.slots.actors + c.slots.places + c.slots.products:
        lo = c.text.find(m.text)
        if lo >= 0 and lo <= at < lo + len(m.text) and not (lo <= toks[answer].start < lo + len(m.text)):
            return m
    words = [toks[k] for k in sorted(subtree(toks, i)) if (k == i or toks[k].head == i and toks[k].dep == "compound")
             and toks[k].text[:1].isupper()]
    text = " ".join(t.text for t in words)
    return Mention(clean_key(text), text, "") if text and text[:1].isupper() else None


_OF_PREPS = frozenset({"of", "behind", "for"})
"""Prepositions after a doer's noun that name what the act was done to ("the architect of the hall", "the firm behind
the project", "the developer for the scheme")."""
_RELATIVES = frozenset({"who", "which", "that"})


def doer_of(m: Mention, c: Claim, kb: Knowledge) -> tuple[str, str]:
    """(key, how to say it) of the act with one doer (the verbs of ``one_answer: by`` in `Knowledge.one_answer`) that
    the name `m` is said to have done, and to what: ``verb|patient`` ("design|building"), the patient ``""`` when the
    claim leaves it to the story ("Its architect, ...", "Solvane is the developer"). The construction does not matter:
    the agent of a passive ("The building was designed by Kaja Rebane", "the hall, designed by ..."), the subject of
    the verb ("Northwind, which developed the project, ..."), the object of a verb that leaves the act to it
    ("appointed Harcourt to build the hospital"), or a noun of the doer (`checker.knowledge.agent_nouns`,
    from WordNet) that the name is equated with, in apposition to or compounded on ("Its architect, the Finnish
    designer Mikko Salonen, ...", "Solvane is the developer", "the developer of the project, Northwind"). ("", "")
    when the name does none; a name in a list or modifying a noun was left out before (`read_answers`)."""
    from checker.knowledge import agent_nouns

    toks = c.tokens
    h = _head(m, c)
    verbs = kb.one_answer.get("by", frozenset())
    if h < 0 or m.label not in ANSWER_LABELS or not verbs:
        return "", ""
    # NOTE: a descriptor the name names ("by the Estonian architect Kaja Rebane" parsed with the noun as its head)
    at = toks[h].head if toks[h].dep == "appos" and toks[toks[h].head].pos == "NOUN" else h
    t = toks[at]
    if t.dep == "pobj" and toks[t.head].dep == "agent" and (act := _act_verb(c, toks[t.head].head, verbs)) \
            and not _denied(c, toks[t.head].head):
        return _act_key(c, act, _passive_patient(c, toks[t.head].head))
    if t.dep == "nsubj" and toks[t.head].pos == "VERB" and (act := _act_verb(c, t.head, verbs)) and not _denied(c, t.head):
        return _act_key(c, act, _object(c, t.head))
    if t.dep == "nsubj" and toks[t.head].pos == "VERB" and (won := _won_against(c, t.head, verbs)) >= 0:
        # NOTE: "Halvorsen edged Brecker to win the single sculls", "Brecker took the title, holding off Halvorsen": the
        # subject won what the win names, its rival the object (`checker.normalize.outcomes.rival_win`)
        return _won_key(c, _object(c, won))
    if t.dep == "nsubj" and toks[t.head].pos == "VERB" and _WIN in verbs and (title := _title_taken(c, t.head)) >= 0:
        # NOTE: "Duarte took the Harbor Cup title": she won the Harbor Cup, as "won the title" says
        return _won_key(c, title)
    if t.dep == "dobj" and _won_against(c, t.head, verbs) < 0:
        # NOTE: a verb that leaves its object to do the act of its clause ("appointed Harcourt to build the hospital",
        # "hired X to design the hall"): the object does it; not the rival a win was told against ("edged Brecker to win")
        k = next((k for k, u in enumerate(toks) if u.head == t.head and k != t.head and u.dep == "xcomp"
                  and u.lemma in verbs and not any(w.head == k and w.dep in _SUBJECTS for w in toks)), -1)
        if k >= 0:
            return _act_key(c, toks[k].lemma, _object(c, k))
    for k, u in enumerate(toks):
        if u.head == at and k != at and u.dep == "relcl" and u.lemma in verbs and not _denied(c, k) and any(
                w.head == k and w.dep == "nsubj" and w.lemma.lower() in _RELATIVES for w in toks):
            # NOTE: "Northwind, which developed the project, ..."; not "X, which didn't win, ...": a denied act is not done
            return _act_key(c, u.lemma, _object(c, k))
    nouns = agent_nouns()
    for n, equated in _descriptors(c, h, at):
        verb = nouns.get(toks[n].lemma.lower())
        patient = _patient_of_noun(c, n)
        # NOTE: "the architect Kaja Rebane" or "the architect, Kaja Rebane" says what she is, not that she designed this;
        # "its architect", "the architect of the hall" and "Kaja Rebane is the architect" say so
        if verb in verbs and (patient is not None or equated and _definite(c, n)):
            return _act_key(c, verb, -1 if patient is None else patient)
    return "", ""


def _denied(c: Claim, verb: int) -> bool:
    """The verb token ``verb`` is negated ("didn't win", "was not designed by"): its act is not said to be done."""
    return any(u.head == verb and u.dep == "neg" for u in c.tokens)


_WIN = "win"
"""The act of winning a contest (WordNet's win.v.01), whatever verb tells it ("took the title")."""


_TITLES = frozenset({"title", "championship"})
"""WordNet's championship.n.01, "the status of being a champion": a contest's title, which its winner holds."""


def _title_taken(c: Claim, g: int) -> int:
    """The title (`_TITLES`) the verb ``g`` of getting (`checker.knowledge.getting_verbs`: "took", "secured",
    "captured") says its subject came to hold, one title ("the", a possessive or a name on it: `outcomes._one_contest`);
    -1 for none, or when the act is denied or unsure ("did not take", "could take the title": `outcomes._unsure`)."""
    from checker.knowledge import getting_verbs
    from checker.normalize.outcomes import _one_contest, _unsure

    toks = c.tokens
    if toks[g].lemma.lower() not in getting_verbs() or _unsure(toks, g):
        return -1
    return next((k for k, u in enumerate(toks) if u.head == g and k != g and u.dep in ("dobj", "obj")
                 and u.lemma.lower() in _TITLES and _one_contest(toks, k)), -1)


def _won_key(c: Claim, k: int) -> tuple[str, str]:
    """`doer_of`'s key of winning what token ``k`` heads: a title names the contest it is of by the noun compounded on it
    ("the Harbor Cup title": the Harbor Cup, as "won the Harbor Cup final" names it; "the title" alone: the title)."""
    toks = c.tokens
    if 0 <= k < len(toks) and toks[k].lemma.lower() in _TITLES:
        of = [j for j, u in enumerate(toks) if u.head == k and j != k and u.dep == "compound"]
        if of:
            head = of[-1]
            mods = sorted({u.lemma.lower() for j, u in enumerate(toks) if j != head and (u.head == head or u.head == k)
                           and u.dep in _EVENT_MODIFIERS and u.pos != "PRON" and u.lemma[:1].isalnum()})
            return f"{_WIN}|{' '.join([*mods, toks[head].lemma.lower()])}", f"said to win the {_words(c, k)}"
    return _act_key(c, _WIN, k)


def _won_against(c: Claim, g: int, verbs: frozenset[str]) -> int:
    """The token of the win whose subject is the subject of the verb ``g`` and whose rival a verb tells
    (`checker.normalize.outcomes.rival_win`): the infinitive on ``g`` when its object is the rival ("edged Brecker to win
    the sculls"), or ``g`` itself when a participle on it tells the rival ("took the title, holding off Halvorsen"); -1
    for none, or when winning is no act with one doer."""
    from checker.knowledge import contest_places, contest_verbs
    from checker.normalize.outcomes import rival_win

    if _WIN not in verbs:
        return -1
    toks, contest, places = c.tokens, contest_verbs(), contest_places()
    if (won := rival_win(toks, g, contest, places)) is not None and won != toks[g].head:
        return won
    for k, u in enumerate(toks):
        if u.head == g and k != g and u.dep in ("advcl", "conj") and rival_win(toks, k, contest, places) == g:
            return g
    return -1


def _act_verb(c: Claim, g: int, verbs: frozenset[str]) -> str:
    """The act with one doer (one of ``verbs``) the verb token ``g`` names: its own lemma, or the act a verb of catching
    sight of something is when done first ("was first spotted by Tom Reyes": discovered, `checker.knowledge.sighting_verbs`;
    "was spotted by a neighbour" is one sighting of many); "" for none."""
    from checker.knowledge import sighting_verbs

    lemma = c.tokens[g].lemma.lower()
    if lemma in verbs:
        return lemma
    act = sighting_verbs().get(lemma, "")
    first = any(u.head == g and u.dep == "advmod" and u.lemma.lower() == "first" for u in c.tokens)
    return act if act in verbs and first else ""


_DOERS = frozenset({"PERSON", "ORG"})
"""Labels of names that do an act with one doer as one kind (`same_act`)."""


def same_act(rx: Answer, ry: Answer, kb: Knowledge | None = None) -> str:
    """How a reason says the one question both names answer as doers of one act (`_same_doer`) or as one argument of
    one act whose other arguments are the same (`same_argument`: "the contract went to Northlink Marine" / "the board
    awarded the six-year service contract to Caledon Ferry Services"), "" otherwise: two names of one kind (`kinds_alike`),
    neither inside the other ("Geneva" / "Switzerland")."""
    if done := _same_doer(rx, ry):
        return done
    if not rx.argument or not ry.argument:
        return ""
    if not kinds_alike(rx.mention, ry.mention) and not rx.argument.split("|")[1] == ry.argument.split("|")[1] in _PLACED:
        return ""  # NOTE: the place where (`_PLACED`) is a place whatever label the parser gave its name ("Dunmore": a person)
    if rx.argument.split("|")[1] == SUBJECT and rx.mention.label != ry.mention.label:
        return ""  # NOTE: a team and its player both "opened the scoring", a firm and its founder both launch a product
    if kb is None:
        from checker.knowledge import load_knowledge

        kb = load_knowledge()
    x, y = rx.mention.key, ry.mention.key
    if kb.inside(x, y) or kb.inside(y, x) or not same_argument(rx.argument, ry.argument, kb):
        return ""
    return f"named as {rx.argument_said}"


def kinds_alike(x: Mention, y: Mention) -> bool:
    """Two names may fill one argument: one label, a person and an organisation (the parser tags a firm's name as a
    person's as often as not), or an organisation and a place (a team named for its town: "signed with Dortmund")."""
    return x.label == y.label or {x.label, y.label} <= _DOERS or {x.label, y.label} <= {"ORG", "GPE"}


def _same_doer(rx: Answer, ry: Answer) -> str:
    """How a reason says the act both names are said to have done (`Answer.act`, `doer_of`), when it is one act with
    one doer done to one thing: one verb or two WordNet names of one act (`checker.knowledge.verb_synonyms`: built /
    constructed), and one patient, in other words ("the building" / "the hall"), with the modifiers of one all among
    the other's ("the stand" / "the north stand"; not "the north stand" / "the south stand"), or left to the story by
    one claim ("Its architect, ..."; not by both: two unsaid patients may be two things); "" otherwise. A person and a
    firm are one kind here (either may do it, and the parser tags a firm's name as a person's as often as not:
    "developed by Northwind Renewables"); a place only against a place."""
    from checker.knowledge import verb_synonyms

    if not rx.act or not ry.act:
        return ""
    x, y = rx.mention, ry.mention
    if x.label != y.label and not {x.label, y.label} <= _DOERS:
        return ""
    vx, _, px = rx.act.partition("|")
    vy, _, py = ry.act.partition("|")
    if vx != vy and vy not in verb_synonyms().get(vx, frozenset()):
        return ""
    if not px and not py or px and py and not (px == py or same_holder(px, py) or _one_thing(px, py)):
        return ""
    return (rx if px else ry).act_said


def _one_thing(x: str, y: str) -> bool:
    """Two patients (`_act_key`: modifiers, then the head noun) of one head whose modifiers are all among the other's."""
    wx, wy = x.split(), y.split()
    return wx[-1] == wy[-1] and (set(wx[:-1]) <= set(wy[:-1]) or set(wy[:-1]) <= set(wx[:-1]))


def patient_of(r: Answer) -> str:
    """What the answer's act was done to, as its key writes it (modifiers, then the head noun: "woman race" in "won the
    women's race"; "=name" for a name): the patient of `Answer.act`, else the object of `Answer.argument` when the name
    is its subject; "" when neither says (or it may be anything: "?")."""
    if r.act:
        patient = r.act.partition("|")[2]
    elif r.argument and r.argument.split("|")[1] == SUBJECT:
        patient = r.argument.split("|")[3]
    else:
        return ""
    return "" if patient == "?" else patient


def patients_apart(x: str, y: str) -> bool:
    """Two patients (`patient_of`) of one head noun that its modifiers tell apart: each has one the other lacks ("the
    women's race" / "the men's race", "the north stand" / "the south stand", "the under-18 title" / "the senior title"):
    one act done to two things of a kind, whatever words qualify them. Unknown, names or other nouns are no two."""
    if not x or not y or x.startswith("=") or y.startswith("="):
        return False
    wx, wy = x.split(), y.split()
    if wx[-1] != wy[-1] and not same_holder(wx[-1], wy[-1]):
        return False
    mx, my = set(wx[:-1]), set(wy[:-1])
    return bool(mx - my) and bool(my - mx)


def act_of(c: Claim, answer: str) -> Answer | None:
    """The stored answer (`Slots.answers`) of the name written ``answer`` that is said to have done an act (`doer_of`);
    None when there is none (or the claim keeps no answers)."""
    return next((r for r in c.slots.answers or () if r.mention.text == answer and (r.act or r.argument)), None)


_MODIFYING = frozenset({"compound", "amod", "nmod", "nummod", "poss", "appos", "npadvmod", "quantmod", "advmod"})
"""Dependencies of the words that say which one or what kind a noun is, not what it does or what is done to it."""


_WHICH = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
"""Entity labels of words that say which one or when (`said_of`)."""


def said_of(m: Mention, c: Claim) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`Answer.nouns` and `Answer.described` of the name ``m``: the common nouns an apposition or a copula says it is
    (`_descriptors`: "its software supplier, Helixdesk", "Brindle Cross, a hamlet"), and, as written, the words that
    only describe it or what it answers for: a title compounded on it ("country singer Maddie Crowe"), the modifiers of
    its nouns ("its customer-service software" of "supplier"), and, when the name is the object of a preposition of a
    noun ("the new album from X"), that noun's modifiers and a name in apposition to it ("Silver Creek Motel, the new
    album from X"). Not the nouns themselves (a supplier and an auditor, a winner and a runner-up answer two questions),
    nor what hangs on them by a preposition ("the developer of the stadium") or a clause: those say which thing the
    question is about. ((), ()) without the parse."""
    from checker.normalize.roles import subtree

    toks = c.tokens
    h = _head(m, c)
    if h < 0:
        return (), ()
    at = toks[h].head if toks[h].dep == "appos" and toks[toks[h].head].pos == "NOUN" else h
    # NOTE: the nouns the name is said to be (`_descriptors`) by an apposition or a copula, not a title compounded on it
    # ("country singer Maddie Crowe", "Judge Patricia Okafor"), which says who the person is, not what the question asks
    # of her; nor the nouns compounded on one of them ("software" of "software supplier"), which say what kind of supplier
    nouns = [n for n, _ in _descriptors(c, h, at) if n == at or toks[n].dep != "compound"]
    lo = c.text.find(m.text)
    name = {k for k, u in enumerate(toks) if lo <= u.start < lo + len(m.text)} | {h}
    words: set[int] = set()

    def modifiers(n: int, skip: set[int]) -> set[int]:
        out: set[int] = set()
        for k, u in enumerate(toks):
            if u.head == n and k != n and u.dep in _MODIFYING and k not in skip and u.pos != "DET":
                out |= {j for j in subtree(toks, k) if j not in skip}
        return out

    for n in (h, *nouns):
        words |= modifiers(n, name | set(nouns))
    t = toks[at]
    n = _noun_of_preposition(toks, at) if t.dep == "pobj" else -1
    if n >= 0:
        # NOTE: "the new album from X": what the album is said to be ("new", its title) describes the thing X answers
        # for; "album" itself is the question
        branch = subtree(toks, t.head)
        words |= modifiers(n, branch | {n})
        for g in _named_beside(toks, n, branch):
            words |= _compounded(toks, g)
    words -= name | set(nouns)
    # NOTE: a number, a date, an ordinal or a word of one of a kind says which one ("the second album from X", "its 2019
    # edition"): part of the question, not a description of the answer
    words = {k for k in words if not (toks[k].ent in _WHICH or toks[k].pos == "NUM" or toks[k].lemma.lower() in _UNIQUE
                                      or toks[k].lemma.lower() in _SHIFTED or toks[k].pos == "ADJ" and toks[k].text.lower().endswith("est"))}
    runs: list[list[int]] = []
    for k in sorted(words):
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    # NOTE: a run keeps the punctuation inside it ("customer-service") and drops it at its ends
    runs = [r for r in ([k for k in r[next((i for i, k in enumerate(r) if toks[k].text[:1].isalnum()), len(r)):]] for r in runs) if r]
    runs = [r[:max(i for i, k in enumerate(r) if toks[k].text[:1].isalnum()) + 1] for r in runs]
    said = tuple(c.text[toks[r[0]].start:toks[r[-1]].start + len(toks[r[-1]].text)] for r in runs)
    return tuple(sorted({toks[n].lemma.lower() for n in nouns})), said


def _noun_of_preposition(toks: Sequence[Token], i: int) -> int:
    """The common noun whose preposition token ``i`` is the object of ("the album from X"), also when the parser hung the
    preposition on the verb of which that noun, right before it, is the object ("beat the new album from X"); -1 for
    none."""
    from checker.normalize.roles import subtree

    p = toks[i].head
    if toks[p].pos != "ADP" or toks[p].head == p:
        return -1
    g = toks[p].head
    if toks[g].pos == "NOUN":
        return g
    if toks[g].pos == "VERB":
        return next((k for k, u in enumerate(toks) if u.head == g and k != g and u.dep in ("dobj", "obj") and u.pos == "NOUN"
                     and max(subtree(toks, k)) == p - 1), -1)
    return -1


def _named_beside(toks: Sequence[Token], n: int, branch: set[int]) -> list[int]:
    """Names (heads) in apposition to the noun ``n`` (with the preposition's ``branch``): its appositive, the name it is in
    apposition to, and a name the parser made a second object of the same verb with only punctuation between (""Silver
    Creek Motel", the new album from X" read as two objects of "beat")."""
    from checker.normalize.roles import subtree

    out = [k for k, u in enumerate(toks) if u.head == n and k != n and u.dep == "appos" and u.pos == "PROPN"]
    t = toks[n]
    if t.head != n and t.dep == "appos" and toks[t.head].pos == "PROPN":
        out.append(t.head)
    if t.head != n and t.dep in ("dobj", "obj"):
        span = subtree(toks, n) | branch
        lo, hi = min(span), max(span)
        for k, u in enumerate(toks):
            if u.head != t.head or k == n or u.dep != t.dep or u.pos != "PROPN":
                continue
            other = subtree(toks, k)
            gap = range(max(other) + 1, lo) if max(other) < lo else range(hi + 1, min(other))
            if all(not toks[j].text[:1].isalnum() for j in gap):
                out.append(k)
    return out


def _compounded(toks: Sequence[Token], g: int) -> set[int]:
    """Token ``g`` and the words compounded on it, at any depth ("Silver Creek Motel")."""
    out, todo = {g}, [g]
    while todo:
        k = todo.pop()
        for j, u in enumerate(toks):
            if u.head == k and j != k and u.dep in ("compound", "flat") and j not in out:
                out.add(j)
                todo.append(j)
    return out


def _descriptors(c: Claim, h: int, at: int) -> list[tuple[int, bool]]:
    """Common nouns that say what the name headed by ``h`` is, each with whether a copula equates them: the noun it is
    in apposition to (``at``), nouns compounded on it or in apposition to it, and the other side of a copula ("Solvane
    is the developer", "The developer is Solvane")."""
    toks = c.tokens
    out = [(at, False)] if at != h else []
    out += [(k, False) for k, u in enumerate(toks) if u.head in (h, at) and k not in (h, at) and u.dep in ("compound", "appos")
            and u.pos == "NOUN"]
    t = toks[at]
    if t.dep in ("nsubj", "attr") and toks[t.head].lemma in _COPULAS:
        other = "attr" if t.dep == "nsubj" else "nsubj"
        out += [(k, True) for k, u in enumerate(toks) if u.head == t.head and k != t.head and u.dep == other and u.pos == "NOUN"]
    return out


def _act_key(c: Claim, verb: str, patient: int) -> tuple[str, str]:
    """`doer_of`'s key and words for ``verb`` done to the thing headed by token ``patient`` (-1: none said); none when
    the patient is a common noun that is no one thing (no "the", "this" or possessive: "a Grammy", "40 homes")."""
    toks = c.tokens
    if patient < 0 or toks[patient].pos not in ("NOUN", "PROPN"):
        return f"{verb}|", f"said to {verb} it"
    if toks[patient].pos == "NOUN" and not any(u.head == patient and (u.dep == "det" and u.lemma.lower() in _THIS
                                                                      or u.dep == "poss") for u in toks):
        return "", ""  # NOTE: "X won a Grammy" / "Y won a Grammy", "built 40 homes": many may do it to things of a kind
    # NOTE: the patient's own modifiers say which one ("the north stand" / "the south stand"), kept before its head
    mods = sorted({u.lemma.lower() for u in toks if u.head == patient and u.dep in _EVENT_MODIFIERS and u.pos != "PRON"
                   and u.lemma[:1].isalnum()})
    what = " ".join([*mods, toks[patient].lemma.lower()])
    return f"{verb}|{what}", f"said to {verb} the {toks[patient].text}"


_THIS = frozenset({"the", "this", "that", "these", "those"})
"""Determiners of one thing known to the reader ("the hall", "this project")."""


def _passive_patient(c: Claim, g: int) -> int:
    """What the passive verb ``g`` was done to: its subject ("The building was designed by ..."), or the noun its
    participle modifies ("the hall, designed by ..."); -1 when neither is said."""
    toks = c.tokens
    subj = next((k for k, u in enumerate(toks) if u.head == g and u.dep == "nsubjpass" and k != g), -1)
    if subj >= 0:
        return subj
    return toks[g].head if toks[g].dep in ("acl", "relcl") and toks[g].head != g else -1


def _object(c: Claim, g: int) -> int:
    return next((k for k, u in enumerate(c.tokens) if u.head == g and u.dep in ("dobj", "obj") and k != g), -1)


def _patient_of_noun(c: Claim, n: int) -> int | None:
    """What the doer's noun ``n`` did its act to: its possessor ("the project's developer"; a pronoun, "its architect",
    leaves it to the story: -1), or the object of "of", "behind", "for" ("the architect of the hall"); None when the
    noun says of nothing."""
    toks = c.tokens
    for k, u in enumerate(toks):
        if u.head == n and k != n and u.dep == "poss":
            return k if u.pos != "PRON" else -1
        if u.head == n and k != n and u.dep == "prep" and u.lemma.lower() in _OF_PREPS:
            return next((j for j, w in enumerate(toks) if w.head == k and w.dep == "pobj"), -1)
    return None


FUTURE, PAST, PRESENT = "future", "past", "present"
"""`Answer.tense` values."""


def statement_tense(m: Mention, c: Claim) -> str:
    """`Answer.tense`: when the statement naming ``m`` holds, read off the first verb above the name in the parse: a
    verb with "will" or "shall" (or in a claim that predicts: "is expected to become", `Claim.modality`) is ``future``;
    one with a past auxiliary or in a past form ``past``; else ``present``. ``""`` without the parse."""
    h = _head(m, c)
    if h < 0:
        return ""
    toks = c.tokens
    v, seen = h, set()
    while toks[v].pos not in ("VERB", "AUX") and toks[v].head != v and v not in seen:
        seen.add(v)
        v = toks[v].head
    if toks[v].pos not in ("VERB", "AUX"):
        return ""
    if c.modality == "prediction" or any(t.head == v and t.dep == "aux" and t.text.lower() in _FUTURE for t in toks):
        return FUTURE
    return PAST if _tense(c, v) == "past" else PRESENT


def _tense(c: Claim, g: int) -> str:
    """``past`` or ``present`` of the verb (or the copula of the role noun) token ``g`` heads."""
    toks = c.tokens
    v = toks[g].head if toks[g].pos == "NOUN" else g
    if any(t.head == v and t.dep in ("aux", "auxpass") and t.text.lower() in _PAST_AUX for t in toks):
        return "past"
    word = toks[v].text.lower()
    if word in _PAST_AUX or word.endswith("ed") and toks[v].lemma != word:
        return "past"
    if toks[v].pos == "VERB" and word != toks[v].lemma and not word.endswith(("s", "ing")) and not any(
            t.head == v and t.dep in ("aux", "auxpass") for t in toks):
        return "past"  # NOTE: an irregular past alone ("led", "won", "became"); not "leads", "leading", "has won"
    return "present"


def same_relation(x: str, y: str, kb: Knowledge) -> bool:
    """Two relations (`Answer.relation`) are one: the same verb, preposition (and tense), and subjects that are one
    name, in full and short ("Dominic Solanke-Mitchell" / "Dominic Solanke") or related by an alias."""
    from checker.rules.common import one_name  # NOTE: lazy: the rules package imports the normalisers

    if not x or not y:
        return False
    sx, _, rx = x.partition("|")
    sy, _, ry = y.partition("|")
    return rx == ry and (sx == sy or one_name(sx, sy) or kb.related(sx, sy))


def relation_of(c: Claim, answer: str) -> str:
    """The relation (`Answer.relation`) the name written ``answer`` answers in the claim, from its stored answers; ""
    when none (or the claim keeps no answers)."""
    return next((r.relation for r in c.slots.answers or () if r.mention.text == answer and r.relation), "")


SUBJECT = "subject"
"""`Answer.argument` role of a name that does the act: an active verb's subject, or a passive's agent after "by"."""

_NO_ARGUMENT = frozenset({"of", "as", "like", "including", "than", "except", "besides", "despite", "among", "between",
                          "against", "after", "before", "during", "since", "until", "near", "outside", "inside",
                          "around", "across", "over", "under", "through", "via", "per", "about", "beside", "behind"})
"""Prepositions whose object is no argument of one answer: a comparison, a list's member, a time, a place near or
around, whom one acted against (many), what the act is about; closed-class English, not a word of any document."""

_WHERE = frozenset({"in", "at", "for", "from"})
"""Prepositions of where or for whom a state holds ("lives in", "is based at", "plays for", "comes from"): said in the
present simple with no object, one answer at a time; "works with", "talks to" have many."""


def argument_of(m: Mention, c: Claim) -> tuple[str, str]:
    """(key, how to say it) of the question the name ``m`` answers as one argument of a verb, whatever the verb:
    ``verb|role|subject|object|tense`` (`Answer.argument`), when the verb's other arguments pin one answer. The role is
    `SUBJECT` (an active verb's subject, a passive's agent: "Oracle bought the company", "the company, which was bought
    by Oracle") or the preposition whose object the name is ("Sancho signed his first senior contract with Thurø BK":
    ``with``, on the verb or on its object). One answer: a doer of an act done to one thing (the object a name, or a noun
    with "the", "this" or a possessive: not "won a Grammy"); the object of a preposition of an act of a named or definite
    subject done to one thing ("signed his first senior contract with"), or, with no object, said in the present simple
    ("Dawood Ibrahim lives in Dubai": where he lives now; "performed in Paris" names one occasion of many). A pronoun
    or a common noun with no article may be anyone: no key. The act may be told by a noun of it ("Oracle's acquisition of
    the company", `checker.knowledge.deverbal_verbs`) or of its doer ("Oracle is the buyer of the company",
    `checker.knowledge.doer_nouns`), and a thing that undergoes a verb with no object stands as its object ("the
    contract went to X" / "awarded the contract to Y", `_undergoes`). ("", "") otherwise; a name in a list or modifying a
    noun was left out before (`read_answers`), and a verb of being is no act ("is in Brent" asks nothing of one act)."""
    toks = c.tokens
    h = _head(m, c)
    if h < 0 or m.label not in ANSWER_LABELS:
        return "", ""
    # NOTE: a name in apposition to its descriptor ("by the engineer Margaret Holloway" parsed with the noun as head)
    at = toks[h].head if toks[h].dep == "appos" and toks[toks[h].head].pos == "NOUN" else h
    t = toks[at]
    acts = deverbal_verbs()
    if (said := _doer_noun(c, h, at)) is not None:
        return said  # NOTE: what a noun of the doer says the name did comes first ("Oracle, the buyer of the company, paid")
    if t.dep == "nsubj":
        verb, role = t.head, SUBJECT
    elif t.dep == "pobj" and toks[t.head].dep == "agent":
        verb, role = toks[t.head].head, SUBJECT
    elif t.dep == "poss" and _of_act(c, t.head, acts) or t.dep == "pobj" and toks[t.head].lemma.lower() == "by" \
            and _of_act(c, toks[t.head].head, acts):
        # NOTE: a noun of the act says who did it as its verb does ("Oracle's acquisition of the company", "the purchase
        # of the company by Oracle" / "SAP bought the company")
        verb, role = t.head if t.dep == "poss" else toks[t.head].head, SUBJECT
    elif t.dep == "pobj" and toks[t.head].dep in ("prep", "dative") and toks[t.head].lemma.lower() not in _NO_ARGUMENT:
        verb, role = toks[t.head].head, toks[t.head].lemma.lower()
        if toks[verb].pos == "NOUN" and toks[verb].dep in ("dobj", "obj") and toks[verb].head != verb:
            verb = toks[verb].head  # NOTE: "signed his first senior contract with Thurø BK": "with" hangs on the object
    else:
        return "", ""
    noun = _of_act(c, verb, acts)
    if toks[verb].pos != "VERB" and not noun or verb == at:
        return "", ""
    subj, obj = _noun_arguments(c, verb) if noun else _arguments(c, verb)
    tense = "" if noun else _tense(c, verb)  # NOTE: a noun of an act tells no tense ("Oracle's acquisition of ...")
    if any(u.head == verb and u.dep == "aux" and u.text.lower() in _FUTURE for u in toks) or c.modality == "prediction":
        tense = FUTURE
    # NOTE: the doer's own thing ("Smith signed his first contract" / "Jones signed his first contract") is two things
    obj_key = _anchor(c, obj, h, own=role == SUBJECT) if obj >= 0 else ""
    if role == SUBJECT:
        if not obj_key or obj_key == "?":
            return "", ""  # NOTE: "Smith resigned" / "Jones resigned", "X won a Grammy": many may do it
        subj_key = ""
        said = f"whose {toks[verb].text} of {_words(c, obj)} it was" if noun else f"who {toks[verb].text} {_words(c, obj)}"
    else:
        if obj < 0 and subj >= 0 and _undergoes(c, subj):
            # NOTE: the subject of a verb with no object that is no one who acts undergoes it, as an object does: "the
            # contract went to Northlink Marine" / "the board awarded the contract to Caledon Ferry Services"
            subj, obj = -1, subj
            obj_key = _anchor(c, obj, h)
        subj_key = _anchor(c, subj, h) if subj >= 0 else ""
        if subj_key == "?" or obj_key == "?" or not subj_key and not obj_key:
            return "", ""  # NOTE: "he lives in Lyon" and "he lives in Nice" may be two people
        if not obj_key and (tense != PRESENT or toks[verb].text.lower().endswith("ing") or role not in _WHERE) \
                and not (role in _PLACED and _built(c, subj)):
            return "", ""  # NOTE: "performed in Paris" / "performed in London": two occasions; "works with Jones" /
            # "works with Brown": many companions; a structure is where it was built, whatever it does there ("its
            # 40th shop will open in Kellsbridge" / "in Dunmore")
        # NOTE: the question in the sentence's own order ("the answer to 'the contract went to …'")
        parts = [(k, toks[k].text) for k, u in enumerate(toks) if k == verb or u.head == verb and u.dep in ("aux", "auxpass")]
        parts += [(k, _words(c, k)) for k in (subj, obj) if k >= 0] + [(t.head, toks[t.head].text)]
        said = f"the answer to '{' '.join(w for _, w in sorted(parts))} …'"
    return "|".join((toks[verb].lemma.lower(), role, subj_key, obj_key, tense)), said


_PLACED = frozenset({"in", "at"})
"""Prepositions of the place where a structure stands (`_built`)."""


def _built(c: Claim, i: int) -> bool:
    """Token ``i`` heads a common noun of a structure built in one place (`structure_nouns`: a shop, a factory, a
    bridge): where it does anything is where it is."""
    return 0 <= i < len(c.tokens) and c.tokens[i].pos == "NOUN" and c.tokens[i].lemma.lower() in structure_nouns()


def _undergoes(c: Claim, i: int) -> bool:
    """Token ``i`` heads a common noun whose first WordNet sense is no person, group, place or artifact
    (`checker.knowledge.noun_kinds`: "contract", "award", "title"): what an act befalls, not one who goes somewhere ("the
    delegation went to Paris", "the bus went to Leeds")."""
    from checker.knowledge import noun_kinds

    t = c.tokens[i]
    return t.pos == "NOUN" and t.lemma.lower() not in noun_kinds()


def _doer_noun(c: Claim, h: int, at: int) -> tuple[str, str] | None:
    """`argument_of` for a name a definite noun of the one who did an act says it is (`checker.knowledge.doer_nouns`),
    with what it was done to: in apposition, compounded or equated by a copula ("The buyer of the company, Oracle,
    ...", "the festival's organiser, Tom Hale", "Oracle is the buyer of the company"): the subject of that act, as
    "Oracle bought the company" says. None when no such noun says of one thing ("the buyer Oracle", "a buyer of the
    company", "its buyer")."""
    nouns = doer_nouns()
    for n, _ in _descriptors(c, h, at):
        lemma = c.tokens[n].lemma.lower()
        if lemma not in nouns or not _definite(c, n):
            continue
        patient = _patient_of_noun(c, n)
        key = _anchor(c, patient, h) if patient is not None and patient >= 0 else "?"
        if key == "?":
            continue
        # NOTE: a noun tells no tense ("the buyer of the company" bought it, buys it or will): any
        return "|".join((lemma, SUBJECT, "", key, "")), f"the {c.tokens[n].text} of {_words(c, patient)}"
    return None


def _of_act(c: Claim, i: int, acts: dict[str, frozenset[str]]) -> bool:
    """Token ``i`` is a common noun of an act (`checker.knowledge.deverbal_verbs`: "acquisition", "purchase")."""
    return 0 <= i < len(c.tokens) and c.tokens[i].pos == "NOUN" and c.tokens[i].lemma.lower() in acts


def _noun_arguments(c: Claim, noun: int) -> tuple[int, int]:
    """(subject, object) of the act the noun token ``noun`` names: its possessor or the object of its "by"; the object
    of its "of" ("Oracle's acquisition of the company", "the purchase of the company by Oracle")."""
    toks = c.tokens
    subj = obj = -1
    for k, u in enumerate(toks):
        if u.head != noun or k == noun:
            continue
        if u.dep == "poss" and u.pos != "PRON":
            subj = k
        elif u.dep == "prep" and u.lemma.lower() in ("by", "of"):
            j = next((j for j, w in enumerate(toks) if w.head == k and w.dep == "pobj"), -1)
            subj, obj = (j, obj) if u.lemma.lower() == "by" else (subj, j)
    return subj, obj


def _arguments(c: Claim, verb: int) -> tuple[int, int]:
    """(subject, object) token indices of the verb token ``verb`` (-1 when not said): an active subject or a passive's
    agent; a direct object or a passive's subject. A relative pronoun stands for the noun its clause modifies ("the
    company, which was bought by Oracle"), as the noun a participle modifies does for its object ("the hall, designed
    by ..."); a verb joined to another or its infinitive takes that one's subject ("joined in 2015 and signed with")."""
    toks = c.tokens
    subj = obj = -1
    for k, u in enumerate(toks):
        if u.head != verb or k == verb:
            continue
        if u.dep == "nsubj":
            subj = k
        elif u.dep == "agent":
            subj = next((j for j, w in enumerate(toks) if w.head == k and w.dep == "pobj"), subj)
        elif u.dep in ("dobj", "obj", "nsubjpass"):
            obj = k
    head = toks[verb].head
    if toks[verb].dep in ("relcl", "acl") and head != verb:
        for which in ("subj", "obj"):
            k = subj if which == "subj" else obj
            if k >= 0 and toks[k].pos == "PRON" and toks[k].lemma.lower() in _RELATIVES:
                subj, obj = (head, obj) if which == "subj" else (subj, head)
        if toks[verb].dep == "acl" and obj < 0 and toks[verb].text.lower().endswith(("ed", "en")):
            obj = head  # NOTE: "the hall, designed by ...": what the participle was done to
    elif subj < 0 and toks[verb].dep in ("conj", "xcomp") and head != verb:
        subj = next((k for k, u in enumerate(toks) if u.head == head and u.dep == "nsubj" and k != head), -1)
    return subj, obj


def _anchor(c: Claim, i: int, answer: int, own: bool = False) -> str:
    """The key of the argument headed by token ``i`` that pins the question: ``=`` and the name's key for a name, the
    modifiers and lemma of a common noun of one thing ("the", "this", a possessive, an ordinal: "first senior
    contract"), "?" for what may be anyone or many (a pronoun, "a Grammy", "40 homes"). With ``own``, a noun a pronoun
    says whose it is ("his first contract", "its rival") is the answer's own, a thing of each answer: "?"."""
    toks = c.tokens
    t = toks[i]
    if t.pos == "PROPN":
        named = _mention_at(c, i, answer)
        return "=" + named.key if named is not None and named.key else "?"
    if t.pos != "NOUN":
        return "?"
    kids = [u for u in toks if u.head == i and u is not t]
    if not any(u.dep == "det" and u.lemma.lower() in _THIS or u.dep == "poss" or u.ent == "ORDINAL" for u in kids):
        return "?"
    if own and any(u.dep == "poss" and u.pos == "PRON" for u in kids):
        return "?"
    mods = sorted({u.lemma.lower() for u in kids if u.dep in _EVENT_MODIFIERS and u.pos != "PRON" and u.lemma[:1].isalnum()})
    return " ".join([*mods, t.lemma.lower()])


def _words(c: Claim, i: int) -> str:
    """The text of the phrase token ``i`` heads, up to its head word ("his first senior contract"; a clause after it
    aside)."""
    from checker.normalize.roles import subtree

    lo = min(subtree(c.tokens, i))
    t = c.tokens[i]
    return c.text[c.tokens[lo].start:t.start + len(t.text)]


def same_argument(x: str, y: str, kb: Knowledge) -> bool:
    """Two argument keys (`Answer.argument`) ask one question: one act (the same verb, or two `checker.judge.align.
    acts_alike`: WordNet synonyms, a noun of the act and its verb), one role, the same arguments stated on both sides
    and each one: one name (in full and short, or an alias) or one thing a common noun names, the modifiers of one among
    the other's ("the contract" / "his first senior contract"; not "the adult ticket" / "the family ticket"), and one
    tense ("lives in" / "lived in" are two times)."""
    from checker.judge.align import acts_alike  # NOTE: lazy: checker.judge imports the rules, which import this module

    if not x or not y:
        return False
    vx, rx, sx, ox, tx = x.split("|")
    vy, ry, sy, oy, ty = y.split("|")
    if rx != ry or bool(ox) != bool(oy) or (tx == FUTURE) != (ty == FUTURE) or not ox and tx and ty and tx != ty:
        return False  # NOTE: an act done to one thing is one act, "has awarded" or "went"; a state holds at one time
    if bool(sx) != bool(sy) and (rx == SUBJECT or not ox):
        return False  # NOTE: who did it may go unsaid only beside what it was done to ("the contract was awarded to X")
    light = rx != SUBJECT and {vx, vy} & _LIGHT_MOVES
    if vx != vy and not light and not any(p == q or acts_alike(p, q, kb) for p in _acts(vx) for q in _acts(vy)):
        return False
    return all(_one_anchor(p, q, kb) for p, q in ((sx, sy), (ox, oy)) if p and q)


_LIGHT_MOVES = frozenset({"go", "come", "fall", "pass"})
"""Verbs that say only that a thing reached someone ("the contract went to X", "the title passed to Y", "the role fell
to Z"): with one thing and one preposition, as any act of giving it there (WordNet go.v "be awarded; be allotted")."""


def _acts(word: str) -> frozenset[str]:
    """The word and, for a noun of an act, its verbs ("acquisition": ``acquire``), which WordNet relates to others."""
    # NOTE: British "-ise" is WordNet's "-ize" ("organise" / "organiser": organize)
    words = {word, re.sub(r"is(e|er|ed|ing)$", r"iz\1", word)}
    return frozenset(words).union(*(deverbal_verbs().get(w, frozenset()) | doer_nouns().get(w, frozenset()) for w in words))


def _one_anchor(x: str, y: str, kb: Knowledge) -> bool:
    """Two anchors (`_anchor`) are one: names one name, or nouns one thing."""
    from checker.rules.common import one_name  # NOTE: lazy: the rules package imports the normalisers

    if x.startswith("=") or y.startswith("="):
        return x.startswith("=") and y.startswith("=") and (x == y or one_name(x[1:], y[1:]) or kb.related(x[1:], y[1:]))
    if x == y or _one_thing(x, y):
        return True
    wx, wy = x.split(), y.split()
    # NOTE: one thing in other words ("the treaty" / "the agreement": `checker.normalize.kinds`), modifiers alike
    return same_holder(wx[-1], wy[-1]) and (set(wx[:-1]) <= set(wy[:-1]) or set(wy[:-1]) <= set(wx[:-1]))
