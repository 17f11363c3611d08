"""Outcomes: who a claim says won a contest and who lost it ("Ruiz beat Petrova", "Petrova lost to Ruiz").

One contest has one winner: "Ruiz won the Stuttgart Open, beating Petrova" and "Petrova claimed the Stuttgart title,
defeating Ruiz" name the same two players and reverse who beat whom, whatever else each says of the final. The verbs
come from WordNet (`checker.knowledge.contest_verbs`, ``python -m train.contests``); a verb's arguments say who won by
the side it is listed under: ``beats`` (its subject beats its object: "defeat", "edge out", "rout"), ``wins`` (its
subject wins over the object of "over" or "against": "won against", "triumphed over"), ``loses`` (its subject loses to
the object of "to"). A participle or an adverbial clause without a subject takes the subject of the verb it hangs on
("Ruiz won the Open, beating Petrova"; "after defeating Ruiz"); a passive's "by" phrase is the subject ("Petrova was
beaten by Ruiz"), and a passive participle's noun the object ("Petrova, beaten by Ruiz in the final, ..."). The nouns of such acts read alike (`_noun_pair`: "Ruiz's victory over Petrova",
"Petrova's defeat to Ruiz").

Only names answer (proper nouns: teams, players, parties, candidates): "the champions beat the hosts" names no one to
compare. An outcome denied, hedged or to come ("did not beat", "could beat", "will beat", "hopes to beat") states none.

Requires `Claim.tokens`; assigns nothing (`checker.normalize` stores `outcomes` in `Slots.outcomes`).
"""

from __future__ import annotations

import logging
from typing import Sequence

from checker.knowledge import control_verbs
from checker.models import Mention, Quantity, Token

__all__ = ["outcomes", "placings", "rival_win"]

logger = logging.getLogger(__name__)

_UNSURE_AUX = frozenset({"will", "would", "could", "can", "may", "might", "shall", "should", "must", "'ll", "to"})
"""Auxiliaries (and the infinitive's "to") that put a verb's act in the future, a possibility or a wish."""
_ALMOST = frozenset({"almost", "nearly"})
"""Adverbs that say an act did not quite happen ("nearly beat Petrova"); not "narrowly": "narrowly beat" is a win."""
_WITHOUT = frozenset({"without", "instead"})
"""Words before a gerund that deny its act ("without beating", "instead of beating")."""
_OVER = frozenset({"over", "against"})
"""Prepositions naming whom a verb of winning (``wins``) wins over."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_KINDS = frozenset({"person", "group"})
"""Kinds of a common noun's first WordNet sense (`checker.knowledge.noun_kinds`) that say who, without naming anyone."""
_ON_VERB = frozenset({"over", "against", "to"})
"""Prepositions of a noun of outcome's other side the parser may hang on the verb it is the object of."""
_BORROWS = frozenset({"advcl", "conj", "xcomp", "pcomp", "acl"})
"""Dependencies of a verb without a subject of its own that takes the subject of the word it hangs on ("..., beating
Petrova"; "after defeating Ruiz": a "pcomp" of "after", which hangs on the verb)."""


def outcomes(tokens: Sequence[Token], verbs: dict[str, str], nouns: dict[str, str] | None = None,
             places: dict[str, str] | None = None) -> tuple[tuple[str, str], ...]:
    """Sorted (winner, loser) names of each contest the parse says was won (module docstring); ``verbs`` maps a
    verb (with its particle, "beat out") to its side (`checker.knowledge.contest_verbs`). A name is written as
    in the claim ("Carla Ruiz", "Tromsø Bears"); the rule reads a name in full and short as one ("Ruiz" names "Carla Ruiz").
    With ``places`` (`checker.knowledge.contest_places`), the rival a win is told against by a verb of no contest
    (`_rival`: "Halvorsen edged Brecker to win the single sculls", "Brecker took the title, holding off Halvorsen")."""
    out: set[tuple[str, str]] = set()
    for i, t in enumerate(tokens):
        if places is not None and t.pos == "VERB" and (rival := _rival(tokens, i, verbs, places)) is not None:
            out.add(rival)
        if t.pos == "NOUN" and nouns and t.lemma.lower() in nouns:
            pair = _noun_pair(tokens, i, nouns[t.lemma.lower()])
            if pair is not None:
                out.add(pair)
            continue
        if t.pos != "VERB":
            continue
        particle = next((u.lemma.lower() for u in tokens if u.head == i and u.dep == "prt"), "")
        side = verbs.get(f"{t.lemma.lower()} {particle}" if particle else t.lemma.lower()) or verbs.get(t.lemma.lower())
        if side is None or _unsure(tokens, i):
            continue
        pair = _pair(tokens, i, side)
        if pair is not None:
            out.add(pair)
    return tuple(sorted(out))


def _unsure(tokens: Sequence[Token], i: int) -> bool:
    """The verb at ``i`` is negated or nearly done ("nearly beat", "without beating"), or takes a modal, a future or an
    infinitive "to" (a win hoped for, needed or expected: "hopes to beat"); not the infinitive of what a past act came to ("came from behind to defeat Rovers",
    "rallied to beat them": an adverbial clause of a verb in the past that is itself sure)."""
    t = tokens[i]
    if t.dep == "pcomp" and t.head != i:
        prep = tokens[t.head]
        near = {tokens[prep.head].lemma.lower()} | {u.lemma.lower() for u in tokens if u.head == t.head}
        if prep.lemma.lower() in _WITHOUT or prep.lemma.lower() == "of" and near & _WITHOUT:
            return True  # NOTE: "reached the final without beating Petrova", "instead of beating Petrova"
    for u in tokens:
        if u.head != i:
            continue
        if u.dep == "neg" or u.dep == "advmod" and u.lemma.lower() in _ALMOST:
            return True  # NOTE: "did not beat", "nearly beat", "almost defeated": no win
        if u.dep in ("aux", "auxpass") and u.text.lower() in _UNSURE_AUX:
            if u.text.lower() == "to" and tokens[i].dep == "advcl" and _past(tokens, tokens[i].head) \
                    and not _unsure(tokens, tokens[i].head):
                continue
            return True
    return False


def _past(tokens: Sequence[Token], i: int) -> bool:
    """The verb at ``i`` is written in a past form ("came", "rallied"), not its lemma, a present or a participle."""
    t = tokens[i]
    word = t.text.lower()
    return t.pos == "VERB" and word != t.lemma.lower() and not word.endswith(("s", "ing"))


def _pair(tokens: Sequence[Token], i: int, side: str) -> tuple[str, str] | None:
    """(winner, loser) names of the verb at ``i`` read by its ``side``, or None when either is no name."""
    subj, passive = _subject(tokens, i)
    if side == "beats":
        # NOTE: "beat Okafor 6-4, 3-6, 7-6": the parser reads a name before a score as the verb's indirect object
        other = _child(tokens, i, ("dobj", "obj", "dative"))
        if other is None:
            # NOTE: "beat Sweden 31-28": the parser reads a name before a score as a measure of the verb
            other = next((j for j, u in enumerate(tokens) if u.head == i and j == i + 1 and u.dep == "npadvmod"), None)
        if passive:
            agent = next((j for j, u in enumerate(tokens) if u.head == i and u.dep == "agent"), None)
            winner = _child(tokens, agent, ("pobj",)) if agent is not None else None
            return _keys(tokens, winner, subj)
        return _keys(tokens, subj, other)
    if passive or side == "wins" and _counted(tokens, _child(tokens, i, ("dobj", "obj"))):
        return None  # NOTE: "won 45% of the vote against Ramos" counts a share, whoever won
    prep = _OVER if side == "wins" else frozenset({"to"})
    at = next((j for j, u in enumerate(tokens) if u.head == i and u.dep == "prep" and u.lemma.lower() in prep), None)
    other = _child(tokens, at, ("pobj",)) if at is not None else None
    return _keys(tokens, subj, other) if side == "wins" else _keys(tokens, other, subj)


def rival_win(tokens: Sequence[Token], i: int, verbs: dict[str, str], places: dict[str, str]) -> int | None:
    """The win (`_won`) whose rival the object of the verb at ``i`` is (`_rival`): the infinitive of winning on it
    ("edged Brecker to win the sculls": ``win``) or the win its participle hangs on ("took the title, holding off
    Halvorsen": ``took``); None when the verb tells no rival."""
    t = tokens[i]
    particle = next((u.lemma.lower() for u in tokens if u.head == i and u.dep == "prt"), "")
    lemma = f"{t.lemma.lower()} {particle}" if particle else t.lemma.lower()
    if t.pos != "VERB" or t.lemma.lower() in verbs or lemma in verbs or lemma in control_verbs() or _unsure(tokens, i):
        return None  # NOTE: a verb of a contest says who won by itself (`_pair`); "helped Ruiz to win" makes Ruiz win
    if _child(tokens, i, ("dobj", "obj")) is None:
        return None
    if _past(tokens, i):
        for j, u in enumerate(tokens):
            if u.head == i and j != i and u.dep in ("xcomp", "advcl") and _won(tokens, j, verbs, places) \
                    and any(w.head == j and w.dep == "aux" and w.text.lower() == "to" for w in tokens):
                return j
    if t.dep in ("advcl", "conj") and t.head != i and t.text.lower().endswith("ing") \
            and _won(tokens, t.head, verbs, places) and not _unsure(tokens, t.head):
        return t.head
    return None


def _rival(tokens: Sequence[Token], i: int, verbs: dict[str, str], places: dict[str, str]) -> tuple[str, str] | None:
    """(winner, rival) of a verb of no contest (one WordNet does not list: "edge", "hold off", "pip") whose named object
    a win of its subject is told against: the verb in a past form with an infinitive of winning hanging on it ("Halvorsen
    edged Brecker by four-tenths of a second to win the single sculls": the subject wins, as in "came from behind to
    win"), or a participle hanging on a win ("Brecker took the title, holding off Halvorsen"; "won the race, edging
    Berg"). A win is a verb of winning (`_won`). Not a verb whose object does the act of its infinitive (`control_verbs`:
    "helped Brecker to win"), a verb denied, nearly done or to come (`_unsure`), nor a passive."""
    if rival_win(tokens, i, verbs, places) is None:
        return None
    winner, passive = _subject(tokens, i)
    return None if passive else _keys(tokens, winner, _child(tokens, i, ("dobj", "obj")))


def _won(tokens: Sequence[Token], i: int, verbs: dict[str, str], places: dict[str, str]) -> bool:
    """The verb at ``i`` says its subject won a contest: a verb of winning (``wins``: "win", "triumph") of no count or
    share ("won 45% of the vote"), or any verb whose object is a contest, its title or a first place
    (`checker.knowledge.contest_places`: "took the title"); not denied ("did not win")."""
    t = tokens[i]
    if t.pos != "VERB" or any(u.head == i and u.dep == "neg" for u in tokens):
        return False
    objects = [j for j, u in enumerate(tokens) if u.head == i and j != i and u.dep in ("dobj", "obj")]
    if verbs.get(t.lemma.lower()) == "wins":
        return not any(_counted(tokens, j) for j in objects)
    return t.lemma.lower() not in verbs and any(places.get(_noun_key(tokens, j, places)) in ("contest", "1") for j in objects)


def _noun_pair(tokens: Sequence[Token], i: int, side: str) -> tuple[str, str] | None:
    """(winner, loser) names of the noun of a contest's outcome at ``i``: the possessor (or a name compounded on it, the
    subject of the verb it is the object of: "Ruiz secured a win over Petrova", or the object of "for") wins a win ("Ruiz's victory over Petrova", "a Colts win against the Chiefs", "a victory for
    Ruiz over Petrova") or a rout ("Ruiz's rout of Petrova"); the possessor of a defeat loses to the object of "to" or
    "by" ("Petrova's defeat to Ruiz"), unless the defeat is of someone ("Ruiz's defeat of Petrova"). None when either
    is no name, or when the noun hangs on a verb whose act is unsure ("could secure a win over Petrova")."""
    t = tokens[i]
    if t.head != i and tokens[t.head].pos == "VERB" and _unsure(tokens, t.head):
        return None
    preps: dict[str, int] = {}
    # NOTE: "suffered a defeat to Ruiz": the parser may hang the noun's phrase on the verb whose object it is
    heads = (i, t.head) if t.dep in ("dobj", "obj") and t.head != i else (i,)
    for j, u in enumerate(tokens):
        if u.head in heads and j != u.head and u.dep == "prep" and (u.head == i or u.lemma.lower() in _ON_VERB):
            obj = _child(tokens, j, ("pobj",))
            if obj is not None:
                preps.setdefault(u.lemma.lower(), obj)
    owner = next((j for j, u in enumerate(tokens) if u.head == i and j != i and u.dep in ("poss", "compound") and _name(u)), None)
    if owner is None and t.dep in ("dobj", "obj") and t.head != i:
        owner, _ = _subject(tokens, t.head)  # NOTE: "Ruiz secured a win over Petrova", "Petrova suffered a defeat to Ruiz"
    over = preps.get("over", preps.get("against"))
    if side == "loses" and "of" not in preps:
        return _keys(tokens, preps.get("to", preps.get("by")), owner)
    winner = owner if owner is not None else preps.get("for")
    return _keys(tokens, winner, over if over is not None else preps.get("of"))


def _counted(tokens: Sequence[Token], j: int | None) -> bool:
    """Token ``j`` is a count or a share ("45%", "12 seats", "a third of the vote"): a number or a noun counted."""
    if j is None:
        return False
    return tokens[j].pos == "NUM" or any(u.head == j and u.dep == "nummod" for u in tokens)


def _subject(tokens: Sequence[Token], i: int) -> tuple[int | None, bool]:
    """The subject of the verb at ``i`` (its own, else borrowed from the word it hangs on) and whether it is passive."""
    seen: set[int] = set()
    at = i
    passive = any(u.head == i and u.dep in ("nsubjpass", "auxpass") for u in tokens)
    while at not in seen:
        seen.add(at)
        own = next((j for j, u in enumerate(tokens) if u.head == at and j != at and u.dep in _SUBJECTS), None)
        if own is not None:
            if tokens[own].pos == "PRON" and tokens[at].dep == "relcl":
                return tokens[at].head, passive  # NOTE: "Ruiz, who beat Petrova": the noun the clause modifies
            return own, passive or tokens[own].dep == "nsubjpass"
        t = tokens[at]
        if t.dep == "acl" and at == i:
            # NOTE: "Petrova, beaten by Ruiz": a passive participle's noun is its object; an active one's its subject
            return t.head, tokens[at].text.lower() != tokens[at].lemma.lower() and tokens[at].text.lower().endswith(("ed", "en"))
        if t.dep not in _BORROWS or t.head == at:
            return None, passive
        at = t.head
        if tokens[at].pos == "ADP":
            at = tokens[at].head  # NOTE: "after defeating Ruiz": "after" hangs on the verb whose subject it takes
    return None, passive


def _child(tokens: Sequence[Token], head: int | None, deps: Sequence[str]) -> int | None:
    if head is None:
        return None
    return next((j for j, u in enumerate(tokens) if u.head == head and j != head and u.dep in deps), None)


def _keys(tokens: Sequence[Token], winner: int | None, loser: int | None) -> tuple[str, str] | None:
    """Both are names (`_name`) headed by two words: the names as written (`_written`)."""
    if winner is None or loser is None or not _name(tokens[winner]) or not _name(tokens[loser]):
        return None
    w, lo = _written(tokens, winner), _written(tokens, loser)
    return (w, lo) if tokens[winner].lemma.lower() != tokens[loser].lemma.lower() else None


def _written(tokens: Sequence[Token], i: int) -> str:
    """The name headed by token ``i`` as written: the capitalised words compounded on it right before it ("Carla
    Ruiz", "Tromsø Bears")."""
    lo = i
    while lo > 0 and tokens[lo - 1].head in range(lo, i + 1) and tokens[lo - 1].dep in ("compound", "flat") \
            and tokens[lo - 1].text[:1].isupper():
        lo -= 1
    return " ".join(t.text for t in tokens[lo:i + 1])


def _name(t: Token) -> bool:
    """A proper noun, or a capitalised noun whose first WordNet sense is no person or group (`noun_kinds`): the tagger
    reads a name opening a sentence as a noun ("Ruiz won ...", "Sevilla beat ..."); "Police beat ...", "Rebels
    defeated ..." name common nouns."""
    from checker.knowledge import noun_kinds

    return t.pos == "PROPN" or t.pos == "NOUN" and t.text[:1].isupper() and noun_kinds().get(t.lemma.lower()) not in _KINDS


_PLACE_OK = frozenset({"new", "eventual", "overall", "outright", "joint"})
"""Modifiers of a contestant's noun that keep it of this contest ("the new champion", "the eventual winner"); any other
adjective or count makes it of another ("the defending champion", "a former winner", "a two-time champion")."""
_DEFINITE = frozenset({"the", "this", "that"})
_COPULAS = frozenset({"be", "become", "remain"})


def placings(text: str, tokens: Sequence[Token], mentions: Sequence[Mention], places: dict[str, str],
             verbs: dict[str, str]) -> tuple[Quantity, ...]:
    """The places a claim says names finished in a contest, as ranks (`checker.normalize.ranks.PLACE`, event
    ``finish``): who won a contest with a winner among many or its title finished first ("Karimov won the Nordic
    championship", "Ruiz won the title": `contest_places` ``contest``, with "the" or a name on it: "won a race" may be any
    race); a contestant's noun whose WordNet gloss gives a place gives it to the name it is said of, by a copula, "as",
    an object predicate or an apposition ("Lindqvist is the new champion", "finished as runners-up", "was crowned
    champion", "Berg, the winner, ..."); an award's noun whose gloss gives a place gives it to who won it ("won the silver
    medal"). So "won the championship" and "finished as runners-up", said of one name, are
    two places the quantity judge (CC103) compares as it compares "finished fourth" and "placed sixth". Not a win
    denied, hedged or to come (`_unsure`), nor a noun of another contest ("the defending champion", "a former winner")."""
    from checker.normalize.ranks import PLACE

    out: list[Quantity] = []
    for i, t in enumerate(tokens):
        if t.pos == "VERB" and verbs.get(t.lemma.lower()) == "wins" and not _unsure(tokens, i):
            obj = _child(tokens, i, ("dobj", "obj"))
            won = places.get(_noun_key(tokens, obj, places), "") if obj is not None else ""
            if not (won == "contest" and _one_contest(tokens, obj) or won.isdigit()):  # type: ignore[arg-type]
                continue  # NOTE: "won the championship" is first place, "won the silver medal" second
            subj, passive = _subject(tokens, i)
            holder = _holder(text, tokens, mentions, subj) if not passive else ""
            if holder:
                out.append(_place(text, tokens, int(won) if won.isdigit() else 1, i, obj, holder, PLACE))  # type: ignore[arg-type]
        elif t.pos in ("NOUN", "PROPN") and (place := places.get(_noun_key(tokens, i, places), "")).isdigit() \
                and (i + 1 >= len(tokens) or tokens[i + 1].head != i or tokens[i + 1].dep != "compound"):
            if not _this_contest(tokens, i):
                continue
            said = _placed(tokens, i)
            if said is None:
                continue
            verb, j = said
            holder = _holder(text, tokens, mentions, j)
            if holder and (verb is None or not _unsure(tokens, verb)):
                out.append(_place(text, tokens, int(place), i, i, holder, PLACE))
    return tuple(out)


def _holder(text: str, tokens: Sequence[Token], mentions: Sequence[Mention], j: int | None) -> str:
    """Who finished in the place (`checker.normalize.ranks.rank_holder`), without a name it is said to be of: "Hillside
    Academy's Circuit Breakers" finished where "Team Circuit Breakers" did, the school's team told two ways."""
    from checker.normalize.ranks import rank_holder

    holder = rank_holder(text, tokens, mentions, j)
    for k, u in enumerate(tokens):
        if j is not None and u.head == j and k != j and u.dep == "poss" and u.pos == "PROPN":
            lo = k
            while lo > 0 and tokens[lo - 1].head == k and tokens[lo - 1].dep in ("compound", "flat"):
                lo -= 1
            owner = " ".join(w.text for w in tokens[lo:k + 1]).lower()
            holder = holder.replace(f"{owner}'s ", "").replace(f"{owner} 's ", "")
    return holder


def _noun_key(tokens: Sequence[Token], i: int, places: dict[str, str]) -> str:
    """The noun at ``i`` as the table writes it: its lemma, with a hyphened word after it ("runners-up": ``runner up``)
    or the word before it that says which when the table has the two ("the silver medal": ``silver medal``)."""
    t = tokens[i]
    if i + 2 < len(tokens) and tokens[i + 1].text == "-" and tokens[i + 2].text.isalpha():
        return f"{t.lemma.lower()} {tokens[i + 2].text.lower()}"
    if i > 0 and tokens[i - 1].head == i and (two := f"{tokens[i - 1].lemma.lower()} {t.lemma.lower()}") in places:
        return two
    return t.lemma.lower()


def _one_contest(tokens: Sequence[Token], i: int) -> bool:
    """The contest noun at ``i`` names one contest: "the", "this", a possessive or a name on it ("the regional
    championship", "Sunday's race", "the Stuttgart title"), or it is a name itself ("the County Championship")."""
    return tokens[i].pos == "PROPN" or any(
        u.head == i and (u.dep == "det" and u.lemma.lower() in _DEFINITE or u.dep == "poss" or u.pos == "PROPN")
        for u in tokens)


def _this_contest(tokens: Sequence[Token], i: int) -> bool:
    """The contestant's noun at ``i`` is of the contest told, not of another: no modifier but names, nouns of the
    contest and `_PLACE_OK` ("the new Nordic chess champion"); no "a" ("a champion" is one of many), no time whose it is
    ("last year's champion")."""
    for u in tokens:
        if u.head != i or u is tokens[i]:
            continue
        if u.dep == "det" and u.lemma.lower() not in _DEFINITE:
            return False
        if u.dep == "poss" and u.ent == "DATE":
            return False  # NOTE: "last year's champion" won another edition
        if u.dep in ("amod", "nummod", "advmod", "npadvmod") and u.lemma.lower() not in _PLACE_OK and not u.text[:1].isupper():
            return False  # NOTE: a capitalised adjective names the contest ("the new Nordic chess champion")
    return True


def _placed(tokens: Sequence[Token], i: int) -> tuple[int | None, int] | None:
    """(verb, name) of the name a contestant's noun at ``i`` is said of: the subject of a copula whose attribute it is
    ("Lindqvist is the champion"), of a verb it is said of through "as" ("finished as runners-up") or as an object
    predicate ("was crowned champion"; an active verb's object: "named Berg winner"), or the name it is in apposition
    to ("Berg, the winner, ..."); None otherwise."""
    t = tokens[i]
    head = t.head
    if t.dep == "attr" and tokens[head].lemma.lower() in _COPULAS:
        return head, _subject(tokens, head)[0]
    if t.dep == "pobj" and tokens[head].lemma.lower() == "as" and tokens[head].dep == "prep":
        verb = tokens[head].head
        return (verb, _subject(tokens, verb)[0]) if tokens[verb].pos in ("VERB", "AUX") else None
    if t.dep == "oprd":
        obj = _child(tokens, head, ("dobj", "obj"))
        return head, obj if obj is not None else _subject(tokens, head)[0]
    if t.dep == "dobj" and (subj := _subject(tokens, head))[1]:
        return head, subj[0]  # NOTE: "Berg was crowned champion": a passive's object is said of its subject
    if t.dep == "appos" and head != i:
        return None, head
    return None


def _place(text: str, tokens: Sequence[Token], value: int, lo: int, hi: int, holder: str, unit: str) -> Quantity:
    """The place ``value`` of ``holder``, written by the words from token ``lo`` to ``hi``."""
    start, end = sorted((lo, hi))
    if end + 2 < len(tokens) and tokens[end + 1].text == "-":
        end += 2  # NOTE: "runners-up"
    return Quantity(value=float(value), unit=unit, comparator="=", text=text[tokens[start].start:tokens[end].start + len(tokens[end].text)],
                    event="finish", holder=holder)
