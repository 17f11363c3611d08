"""What a value is of: the predicate a date or quantity modifies in the parse, and whose it is.

"Victoria died in 1901" -> (``die``, ``victoria``); "the Basic plan costs $9.99" -> (``cost``, ``basic plan``).
Two values with a different event or holder answer different questions.
"""

from __future__ import annotations

import functools
import logging
import re
from importlib import resources
from typing import Sequence

from checker.knowledge import LIGHT_FRAMES, Knowledge
from checker.models import Mention, Token
from checker.normalize.numbers import AGED, CHANGE, LEVEL_VERBS as _LEVEL_VERBS, OUT_OF, length_words, number_value
from checker.normalize.roles import subtree

__all__ = ["STOCK_VERBS", "flow_verbs", "value_stock", "PRONOUN", "noun_phrase", "value_running", "outer_value", "value_role", "value_scope", "value_place", "value_relation", "value_condition", "value_extent", "mention_before"]

logger = logging.getLogger(__name__)

PRONOUN = "pronoun:"
"""Prefix of a holder that is a pronoun subject ("He had 269 yards" -> ``pronoun:he``, "It was incorporated in 1881"
-> ``pronoun:it``), until `checker.normalize` resolves it to the person or thing the context means, or to ``""``."""
_LIGHT_LEMMAS = frozenset({"be", "have", "do", "say", "take", "make", "get", "become", "remain"})
_NP_DEPS = frozenset({"compound", "amod"})
_PRONOUNS = frozenset({"PRON", "DET"})
_REFERRING = frozenset({"he", "she", "it"})
"""Subject pronouns whose value the context gives a holder (`PRONOUN`): a person, or the thing last named."""
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_INSTANCE = frozenset({"another", "other", "separate", "different"})
"""Determiners and adjectives that make a noun another instance of its kind ("in another school")."""
_TIME_PREPS = frozenset({"in", "on", "at", "over", "through", "by", "during", "within", "throughout"})
"""Prepositions that restrict a value when their object names a part (`Knowledge.part_nouns`) or is ordinal;
"during the pandemic" or "in the war" is the whole period, not a part of it."""
_PLACE_PREPS = frozenset({"in", "across", "outside", "within", "throughout", "inside", "at"})
"""Prepositions that state where a value holds ("$181.7 million in North America")."""
_ORDINAL = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "final", "last", "opening", "closing", "early", "late"})
_VALUE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj", "appos", "npadvmod", "conj"})
_CLAUSE_DEPS = frozenset({"acl", "relcl"})
_OFFSET = re.compile(r"\s*(?:ago\b|earlier\b|later\b|before\b|after\b|following\b|prior\b|previously\b|since\b|from now\b)", re.I)
_POSITION = re.compile(r"\s*(?:(?:due\s+)?(?:north|south|east|west)(?:[\s-]*(?:north|south|east|west))*\s+of\b|"
                       r"to\s+(?:the\s+)?(?:north|south|east|west)(?:[\s-]*(?:north|south|east|west))*(?:\s+of\b)?|away\b|off\b|"
                       r"offshore\b|inland\b|outside(?:\s+of)?\b|from\b|short of\b|beyond\b|past\b|behind\b|ahead of\b|beneath\b|below\b|above\b|(?:up|down)(?:stream|river|hill)\b)"
                       r"(?:\s+(?:the\s+)?(?P<ref>[^,;:.()]+?))?(?=\s*(?:[,;:.()]|\s(?:and|in|at|on|with|near|after|before)\s|$))", re.I)
"""Words after a distance that make it a position ("50 miles north of Lodi", "10 km from the border", "two miles
away", "480 kilometers to the north"), and the place it is measured from (``ref``)."""
_HEIGHT_VERB = re.compile(r"\b(?:ris(?:es|e|ing)|rose|risen|stand(?:s|ing)?|stood|tower(?:s|ed|ing)?|soar(?:s|ed|ing)?)\s+(?:\w+\s+)?$", re.I)
"""A verb saying how high its subject is, right before a value ("rises 1,063 feet above Paris", "stands some 300 m")."""
_POSSESSOR = (r"(?:(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)*(?:'s|’s|'|’)\s+|(?-i:[a-z])[\w-]*(?:'s|’s|s'|s’)\s+"
              r"|(?:his|her|their|its|our|your|my)\s+)?")
"""A possessor between "of" and the whole ("10 of the Saints' 16 games", "two of his 12 starts", "eleven of the county's
14 towns": a common noun's too)."""
_OUT_OF = re.compile(rf"(?P<n>[\w.,]+)\s+(?:{OUT_OF}{_POSSESSOR}|in\s+(?:every\s+)?)$", re.I)
"""A number, then "of", "out of" or "in", right before a value: the value is the whole the number counts out of
("178 of 369 punches", "one in 500 users": a rate, no count of users)."""
_FRONTED_WHOLE = re.compile(r"^\W*(?:of|out\s+of)\s+(?:all\s+)?(?:the|these|those|its|their|his|her|our)?\s*$", re.I)
"""A claim opening with "Of (the)" before a value: the whole a part is then counted out of ("Of the 300 passengers on
board, 12 were injured": 300 is how many there were), when a number opens the next clause (`_PART_AFTER`)."""
_PART_AFTER = re.compile(r"^[^,.;]{0,80},\s*(?:about|nearly|almost|some|only|just|more\s+than|at\s+least)?\s*(?P<n>[\w,.-]+)")
_CONVERSION = re.compile(r"^\s*\([^()]*\d[^()]*\)")
"""A parenthesis with a number right after a value: the value restated in other units ("55 kilometers (34 miles)")."""
_RESTATED_BEFORE = re.compile(r"(?P<value>\d[\d.,]*\s*[^\W\d]+)\s*\(\s*$")
"""A value and an opening parenthesis right before another value: the second restates the first in other units;
it answers the first's question (`outer_value`)."""
_BEFORE_CHANGE = re.compile(r"^\W*(?:before|until|till|prior\s+to|ahead\s+of)\s+(?:the|a|an|its|their|his|her|our|this|that)\s+"
                            r"[^\d,.;:!?]*?[a-z]\w*\s*,?\s+[^,.;:!?]*$", re.I)
"""A claim opening with a time before an act ("Before the extension the society had 85 plots", "Until the merger, it
employed 400 people"): the values of its clause are what held then, the baseline of a change, no answer to what holds
now ("now manages 120 plots")."""
_WINDOW = re.compile(r"\b(?:in|over|during|through|across|within|for)\s+(?:his|her|their|its|the|our|your|my)\s+"
                     r"(?:first|last|past|next|final|previous|opening|coming)\s+$", re.I)
"""Before a value, a window it is counted in ("in his first 3 games", "over the last 10 matches", "in the past five
seasons"): when something happened, which a count of the same noun ("played 10 of 16 games") does not answer."""
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|which|whom|us|you|it)\b", re.I)
"""After a number: a part of what was counted before ("three of them", "two of whom died")."""
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade",
                         "century", "season", "time", "times"})
_BASELINE = re.compile(r"(?:\b(?P<from>from)|\bcompared\s+(?:with|to)|\bversus|\bvs\.?)\s+"
                       r"(?:(?:an?|the|its|their|last|this|[a-z]+['’]s|earlier|previous|prior|initial|original|year-earlier|"
                       r"estimate|forecast|projection|guidance|outlook|figure|level|total)\s+){0,4}(?:of\s+)?"
                       r"(?:(?:about|around|roughly|nearly|almost|just|only|some)\s+)?(?:us\$|[$€£¥₹])?\s*$", re.I)
"""The words before a value a change starts from or a figure is set against ("up from 10 seconds", "rose from 10 to 25",
"compared with $4.2 billion", "up from an earlier forecast of $12.1 billion", "up from last year's $4 billion")."""
_UP_DOWN = re.compile(r"\b(?:up|down|higher|lower)\b(?:\s+\S+){0,3}\s+$", re.I)
"""A direction before "from": "up 14% from $4.1 billion", "down from 12"."""
_COMPARATIVE = re.compile(r"\s+(?P<word>more|less|fewer|[a-z]{2,}er)\s+than\b", re.I)
_NOT_COMPARATIVE = frozenset({"other", "rather", "under", "over", "after", "ever", "never", "either", "neither",
                              "whether", "per", "later", "earlier", "further"})
"""Words ending in -er that make no comparison with "than" ("other than"); "later / earlier than" date a time."""
_ADDED = re.compile(r"\s+(?:more|additional|extra)\b(?!\s+than\b)(?!\s*[,.;:)]|\s*$)", re.I)
"""After a number, what is added to an earlier count ("ten more cases", "3,000 additional troops", "two extra days"):
the gap between two values, no answer to what the count is."""
_ADDED_INSIDE = re.compile(r"^\W*[\w,.-]+\s+more\s+[a-z]", re.I)
"""A value written with "more" before its noun ("ten more cases"): `_ADDED` inside the value's own words."""
_ABOVE = re.compile(r"\s+(?:above|below)\s+(?:the|a|an|its|their|his|her|this|that|last|(?-i:[A-Z])\w*(?:['’]s?)?)\b", re.I)
"""A value set above or below another ("three degrees above the previous record", "5 percent below last year's
level"): the gap between them. A length so set is a position or a height (`_POSITION`)."""
_COMPARAND = re.compile(r"[^,.;:()]{0,60}")
"""What a comparative sets its value against: the words after it, up to the phrase's end."""
_AGAINST_A_TIME = re.compile(r"\b(?:ago|earlier|previous|prior|preceding|last|same\s+(?:period|time|months?|quarter|week|day)|"
                             r"year|month|quarter|week|(?:1[89]|20)\d\d|Q[1-4]|January|February|March|April|May|June|July|"
                             r"August|September|October|November|December)\b", re.I)
"""A comparand that is an earlier time ("than a year ago", "above the same period of 2025", "than in Q2 2025",
"than last September"): a percentage set against it is a change since then, not a gap between two things' values."""
_AGAINST_A_MEASURE = re.compile(r"\b(?:average|mean|median|norm|normal|target|forecast|estimates?|expect\w*|consensus)\b", re.I)
"""A comparand that is another figure, whatever time it names ("3 percent above the 10-year average"): a gap."""


def value_role(
    text: str, start: int, end: int, tokens: Sequence[Token], mentions: Sequence[Mention], kb: Knowledge,
    common: bool = False, dated: bool = False,
) -> tuple[str, str]:
    """(event, holder) of the value at ``text[start:end]``; ``("", "")`` without a parse.

    The event is the frame (or, without one, the lemma) of the content word the value attaches to,
    through prepositions; the holder the canonical key of that word's subject, possessor or "of"
    object when it is a named mention, else that noun phrase's words ("basic plan"). With ``common`` (quantities),
    a copula's common-noun subject holds its value too ("the average body temperature is 37 degrees"). With ``dated``
    (dates), a date the parse hangs on a thing is of the act done to it (`_act_of_thing`).
    """
    if not tokens:
        return "", ""
    head = _governor(tokens, start, end)
    if head is None:
        return "", ""
    if dated:
        head = _act_of_thing(tokens, head)
    t = tokens[head]
    said = _object_predicate(tokens, head, start, end)
    if said is None:
        said = _participle(tokens, start, end)  # NOTE: "24 were killed and more than 200 injured" counts the injured
    if said is not None:
        t = tokens[said]  # NOTE: "left 14 others trapped" counts the trapped, "leaving two others missing" the missing
    frames = sorted(f for f in kb.frames_of(t.lemma) if f not in LIGHT_FRAMES)
    # NOTE: a word evoking several frames ("kill": attack and die) keeps its lemma, so both stay known.
    event = "birth" if t.text.lower() == "born" else (frames[0] if len(frames) == 1 else t.lemma)
    noun = _described(tokens, start, end) if _MODIFIER.search(text[start:end]) or _compounded(tokens, start, end) else None
    if noun is not None:
        # NOTE: "a 45-yard field goal", "the 41-year-old Bowe": a measure written as a modifier is of its noun
        inside = {i for i, u in enumerate(tokens) if start <= u.start < end}
        named = next((i for i, u in enumerate(tokens) if u.head == noun and u.dep == "appos" and u.pos == "PROPN"), None)
        if named is not None and tokens[noun].pos == "NOUN":
            noun = named  # NOTE: "a 47-year-old man, Daniel Moss,": the man is the person named beside him
        return event, noun_phrase(tokens, noun, text, mentions, skip=inside)
    at = next((i for i, u in enumerate(tokens) if start <= u.start < end), None)
    if at is not None and tokens[at].dep == "appos" and head == tokens[at].head and t.pos == "PROPN":
        # NOTE: "Daniel Moss, 45, was charged": an age set off after a name is that person's
        return "age", noun_phrase(tokens, head, text, mentions)
    if at is not None and t.pos == "NOUN" and any(tokens[i].dep == "appos" and tokens[i].head == head for i, u in enumerate(tokens)
                                                  if start <= u.start < end):
        # NOTE: "The Team plan: 600 requests per minute", "Population: 12,000": a value set beside a noun (a table
        # row read as a sentence, a label and its figure) is that noun's
        return event, noun_phrase(tokens, head, text, mentions)
    if t.pos == "ADJ" and t.dep == "amod" and tokens[t.head].pos in ("NOUN", "PROPN") and t.head != head:
        # NOTE: "an 11-year-old girl", "a 40-foot statue": a measure inside a modifier belongs to the noun it modifies.
        return event, noun_phrase(tokens, t.head, text, mentions, skip=head)
    holder = _holder(tokens, head, text, mentions, start, end)
    if not holder and t.dep == "acl" and t.pos == "VERB" and tokens[t.head].pos in ("NOUN", "PROPN") and t.head != head:
        # NOTE: "Ada Lindqvist, born in 1954, shared the prize": a participle clause on a noun is said of that noun
        holder = noun_phrase(tokens, t.head, text, mentions)
    for _ in range(4):
        if holder:
            break
        u = tokens[head]
        up = (u.dep in ("dobj", "pobj") and u.pos != "PRON" or u.pos == "ADP" and u.dep == "prep"
              and tokens[u.head].pos in ("NOUN", "NUM") or u.pos == "VERB" and u.dep in ("conj", "advcl", "xcomp"))
        if u.head == head or not up:
            break
        # NOTE: "Garrard completed 28 passes for 329 yards", "Manning completed 29 of 34 passes for 364 yards":
        # the yards of the passes are his, the subject of the verb whose object they are (through "of");
        # "Cheeks returned in 1994 and stayed for seven seasons": a conjoined verb shares the subject, as does a
        # verb without its own ("led with 23 points while also grabbing seven rebounds", "needed to score 11")
        head = u.head
        holder = _holder(tokens, head, text, mentions, start, end)
    if not holder and AGED.search(text, 0, start):
        # NOTE: "Franklin died of cancer at the age of 37", "died in 1958, aged 38": an age is the person's whose
        # act it stands beside, the subject of the first verb above it
        verb = tokens[head].head
        for _ in range(4):
            if tokens[verb].pos in ("VERB", "AUX") or tokens[verb].head == verb:
                break
            verb = tokens[verb].head
        if tokens[verb].pos in ("VERB", "AUX"):
            holder = _holder(tokens, verb, text, mentions, start, end)
    if not holder and (t.pos == "PROPN" or common and t.pos == "NOUN") and t.dep in ("nsubj", "nsubjpass") \
            and (tokens[t.head].lemma in _LIGHT_LEMMAS or tokens[t.head].lemma in _LEVEL_VERBS):
        # NOTE: "Richard Carter had 12 points": the value reached its light verb's named subject, which holds
        # it; a common noun there ("the average body temperature is 37 degrees", "cloud revenue grew to $6.2
        # billion": a level verb's subject, as `_governor` reads it) is what the value is of, with the words that
        # say which (`rules.numbers.differently_modified`); it names no one (`different_holders`)
        holder = noun_phrase(tokens, head, text, mentions)
    if not holder and (owner := _changed_value_owner(tokens, head)) is not None:
        holder = noun_phrase(tokens, owner, text, mentions)
    return event, holder


def _changed_value_owner(tokens: Sequence[Token], head: int) -> int | None:
    """The noun whose value a change set in apposition to that value is of ("total liabilities of €438.3 million, a
    decrease of 3.7%", "a revenue of €206.2 million (a decrease of 18.7%)": liabilities, revenue): the value's own
    "of" noun; None otherwise."""
    t = tokens[head]
    if t.pos != "NOUN" or t.dep != "appos" or t.head == head or tokens[t.head].pos != "NUM":
        return None
    value = tokens[t.head]
    prep = value.head
    if value.dep != "pobj" or tokens[prep].lemma.lower() != "of" or tokens[prep].head == prep:
        return None
    owner = tokens[prep].head
    return owner if tokens[owner].pos in ("NOUN", "PROPN") else None


def _object_predicate(tokens: Sequence[Token], head: int, start: int, end: int) -> int | None:
    """The word a verb predicates of the value's noun when the value is the verb's object ("left 300 people
    homeless", "left 14 others trapped": `oprd`): what happened to those counted, not the verb's own action."""
    if tokens[head].pos not in ("VERB", "AUX"):
        return None
    nouns = {i for i, u in enumerate(tokens) if start <= u.start < end}
    nouns |= {tokens[i].head for i in nouns if tokens[i].dep in ("nummod", "quantmod")}
    if not any(tokens[i].head == head and tokens[i].dep == "dobj" for i in nouns):
        return None
    return next((j for j, u in enumerate(tokens) if u.head == head and u.dep == "oprd" and j != head), None)


def _participle(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """A participle right after the value that says what befell those counted ("more than 200 injured", "300 people
    arrested"), or, after "with", what they did ("split 2-1, with one judge dissenting", "with 300 people attending"):
    the parse hangs it on the number or its noun (`acl`), whatever verb the number itself hangs from. A present
    participle elsewhere says which ones are counted ("12 people living in the village"), not what they did."""
    inside = {i for i, u in enumerate(tokens) if start <= u.start < end}
    owners = inside | {tokens[i].head for i in inside if tokens[i].dep in ("nummod", "quantmod")}

    def done(u: Token) -> bool:
        owner = tokens[u.head]
        return u.text.lower().endswith(("ed", "en")) or u.text.lower().endswith("ing") and owner.dep == "pobj" \
            and tokens[owner.head].lemma.lower() == "with"

    return next((j for j, u in enumerate(tokens) if u.head in owners and j not in inside and u.dep == "acl"
                 and u.pos == "VERB" and u.start >= end and done(u)), None)


_MODIFIER = re.compile(r"\w-[A-Za-z]+(?:-old)?$")
"""A value written as a modifier: a number hyphenated to its unit ("45-yard", "41-year-old", "six-game")."""
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "nummod", "punct"})


def _compounded(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The value's last word is compounded onto a noun after it, as a hyphen would write it ("a 20 year sentence", "115
    mph winds", "a 10 km race"): a measure written as a modifier, whether or not hyphenated."""
    inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
    if not inside:
        return False
    last = tokens[inside[-1]]
    return last.dep == "compound" and last.head not in inside and tokens[last.head].pos == "NOUN" and tokens[last.head].start >= end


def _described(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The noun a measure written as a modifier describes ("a 45-yard field goal" -> goal, "the 41-year-old Bowe"
    -> Bowe): the head its last word reaches through modifier relations; None when none is a noun."""
    inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
    if not inside:
        return None
    i = inside[-1]
    for _ in range(6):
        t = tokens[i]
        if i not in inside and t.pos in ("NOUN", "PROPN") and t.dep not in ("compound", "nmod", "npadvmod"):
            return i
        if t.dep not in _MODIFIER_DEPS or t.head == i:
            return None
        i = t.head
    return None


def mention_before(text: str, pos: int, mentions: Sequence[Mention]) -> Mention | None:
    """The person or organisation named right before ``pos`` ("Ada Lovelace (1815–1852)")."""
    before = text[:pos].rstrip()
    best = None
    for m in mentions:
        if m.label in ("PERSON", "ORG") and m.text and before.endswith(m.text):
            if best is None or len(m.text) > len(best.text):
                best = m
    return best


_SO_FAR = re.compile(r"\b(?:so far|to date|thus far|this season|season total|(?:has|have) now|now (?:has|have|stands? at))\b"
                     r"|\b(?:has|have)\s+(?:\w+\s+){0,2}?(?P<verb>\w+(?:ed|en|wn|ld|lt|nt|ht))\b[^.;]*?\bsince\s+(?:the\s+|its\s+|their\s+)?"
                     r"(?:(?:19|20)\d\d|[A-Z][a-z]+|launch|founding|start|beginning|outbreak)\b", re.I)
"""Words that state a count as of the report's writing ("17 goals this season", "the toll so far", "has sold 10 million
cars since 1990": a perfect counted since a time, group ``verb`` its participle)."""


STOCK_VERBS = frozenset({"have", "own", "possess", "employ", "house", "hold", "contain", "comprise", "number", "total",
                         "boast", "field", "operate", "keep", "maintain", "run", "serve", "count"})
"""Verbs of having: their object is what a holder has ("has 50,000 employees", "employs 4,000 people", "operates 150
planes", "the fleet numbers 120"), a level, where a verb of an act moving a count (`flow_verbs`) says what one act
moved."""


def value_stock(start: int, end: int, tokens: Sequence[Token]) -> bool:
    """The value at ``text[start:end]`` (or the noun it counts) is the object of a verb of having (`STOCK_VERBS`):
    "Norvik has 50,000 employees", "which employs 4,000 people". Not a perfect's auxiliary ("has added 3,000 jobs")."""
    inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
    root = next((i for i in inside if tokens[i].head not in inside or tokens[i].head == i), None)
    if root is None:
        return False
    n = tokens[root].head if tokens[root].dep in ("nummod", "quantmod") and tokens[root].head != root else root
    t = tokens[n]
    return t.dep in ("dobj", "attr") and t.head != n and tokens[t.head].pos in ("VERB", "AUX") \
        and tokens[t.head].lemma.lower() in STOCK_VERBS


@functools.cache
def flow_verbs() -> frozenset[str]:
    """Verbs of an act that moves a count ("add", "cut", "create", "eliminate", "lose"; ``checker/data/flow_verbs.tsv``,
    built by ``python -m train.flows`` from WordNet)."""
    raw = (resources.files("checker") / "data" / "flow_verbs.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[0] for line in raw.splitlines() if line and not line.startswith("#"))


def value_running(text: str, start: int | None = None, end: int | None = None, tokens: Sequence[Token] = ()) -> bool:
    """The claim states its values as running totals (`Quantity.running`): counted "so far", "to date", "this season",
    or "now" ("has now won 11", "now stands at 40"): a count as of writing, not of a finished event. A present perfect
    alone is no such mark ("has sold 2 million copies" states a fact another report may contradict). With the value at
    ``text[start:end]`` and the claim's ``tokens``, a perfect counted since a time marks the value only when its verb
    governs the value: "the city eliminates 46 positions, most of which have sat vacant since last autumn" counts no
    running total (the perfect is the positions' vacancy)."""
    for m in _SO_FAR.finditer(text):
        if m.group("verb") is None or start is None or end is None or not tokens:
            return True
        verb = next((i for i, t in enumerate(tokens) if t.start == m.start("verb")), None)
        root = _span_root(tokens, start, end)[1]
        if verb is None or root is None or root in subtree(tokens, verb):
            return True
    return False


def _span_root(tokens: Sequence[Token], start: int, end: int) -> tuple[set[int], int | None]:
    """The tokens of [start, end) and the first of them whose head lies outside it (or is the root): the span's head."""
    inside = {i for i, t in enumerate(tokens) if start <= t.start < end}
    return inside, next((i for i in sorted(inside) if tokens[i].head not in inside or tokens[i].head == i), None)


_THINGS = frozenset({"person", "artifact", "location"})
"""Kinds of noun (`checker.knowledge.noun_kinds`) that name a thing, which has no date of its own."""
_NAMED_THINGS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
"""Entity labels of names of a thing (a person, a body, a place): not of an event ("the Olympics", label EVENT)."""


def _act_of_thing(tokens: Sequence[Token], head: int) -> int:
    """The verb a date is of when the parse hangs it on the object of that verb, a thing: "would restart Unit 2 at the
    Greyhaven nuclear plant on March 14" (the restart's date, not the plant's), "met the minister on Friday"; else
    ``head``. A noun of an act or an event ("the meeting on Friday", "the 2012 film") keeps its date."""
    from checker.knowledge import noun_kinds

    t = tokens[head]
    thing = t.pos == "NOUN" and noun_kinds().get(t.lemma.lower()) in _THINGS or t.pos == "PROPN" and t.ent in _NAMED_THINGS
    if not thing or t.dep not in ("dobj", "pobj"):
        return head
    i = head
    for _ in range(4):
        up = tokens[i].head
        if up == i or tokens[up].pos not in ("VERB", "ADP", "NOUN", "PROPN"):
            return head
        i = up
        if tokens[i].pos == "VERB":
            return i
    return head


def _governor(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The content word outside [start, end) that the date attaches to, through prepositions."""
    inside, root = _span_root(tokens, start, end)
    if root is None:
        return None
    i = root
    for _ in range(6):
        h = tokens[i].head
        if h == i:
            return None
        listed = tokens[i].dep == "conj"
        came = tokens[i]
        i = h
        t = tokens[i]
        if listed and t.pos in ("NOUN", "PROPN"):
            continue  # NOTE: "confiscated 14 rifles, 31 magazines": a list's item is of what its first item is of
        if t.pos == "VERB" and t.lemma in _LEVEL_VERBS and came.pos == "ADP" and came.lemma in ("to", "at"):
            # NOTE: "sales increased to $441 million": the level reached is of the subject, as "sales were $441 million"
            subj = next((j for j, u in enumerate(tokens) if u.head == i and u.dep in ("nsubj", "nsubjpass") and j not in inside), None)
            if subj is not None and tokens[subj].pos in ("NOUN", "PROPN"):
                return subj
        if t.pos in ("VERB", "NOUN", "ADJ", "PROPN") and t.lemma not in _LIGHT_LEMMAS and i not in inside:
            return i
        if t.lemma in _LIGHT_LEMMAS:
            # NOTE: "the temperature was 39 degrees": a copula's value is of its subject.
            subj = next((j for j, u in enumerate(tokens) if u.head == i and u.dep in ("nsubj", "nsubjpass") and j not in inside), None)
            if subj is not None and tokens[subj].lemma.lower() in _REFERRING:
                return i  # NOTE: "He had 269 yards": the person "he" means holds it (`PRONOUN`)
            return subj if subj is not None and tokens[subj].pos in ("NOUN", "PROPN") else None
    return None


def _named_beside(tokens: Sequence[Token], i: int) -> int:
    """The name set beside a common noun ("The painter Joan Mercer", "Horton's mother, Denise Peace,"), else ``i``."""
    if tokens[i].pos != "NOUN":
        return i
    return next((j for j, u in enumerate(tokens) if u.head == i and u.dep == "appos" and u.pos == "PROPN"), i)


def _sayer(tokens: Sequence[Token], verb: int, pronoun: str) -> int | None:
    """The subject of the verb of saying that reports the clause of ``verb``, when ``pronoun`` ("it", "he", "she") can
    mean it: "it" a thing or a body ("Acme Corp said it would cut 500 jobs"), "he" / "she" a person ("The mayor said she
    would resign"); None when it cannot ("Police said he had stolen $5,000": the police are not "he")."""
    from checker.cues import stance_cues
    from checker.knowledge import noun_kinds

    for _ in range(4):  # NOTE: "said the plant would close and it would cut 500 jobs": a conjunct shares the report
        if tokens[verb].dep != "conj" or tokens[verb].head == verb:
            break
        verb = tokens[verb].head
    says = tokens[verb].head
    if tokens[verb].dep != "ccomp" or says == verb or tokens[says].lemma not in stance_cues()["saying_verbs"]:
        return None
    subj = next((i for i, u in enumerate(tokens) if u.head == says and u.dep == "nsubj"), None)
    if subj is None:
        return None
    s = tokens[subj]
    person = s.ent == "PERSON" if s.pos == "PROPN" else noun_kinds().get(s.lemma.lower()) == "person" if s.pos == "NOUN" else None
    if person is None or s.pos == "PROPN" and not s.ent:
        return None
    return subj if person == (pronoun != "it") else None


def _holder(tokens: Sequence[Token], head: int, text: str, mentions: Sequence[Mention], start: int, end: int) -> str:
    """The head's subject (or possessor, or "of" object for nouns): a mention's key, else its noun phrase."""
    for i, t in enumerate(tokens):
        if t.head != head or i == head:
            continue
        if t.dep in ("nsubj", "nsubjpass", "poss") or (t.dep == "prep" and t.lemma == "of" and tokens[head].pos == "NOUN"):
            target = i
            if t.dep == "prep":
                target = next((j for j, u in enumerate(tokens) if u.head == i and u.dep == "pobj"), i)
            if tokens[target].lemma.lower() in _RELATIVE and tokens[head].dep == "relcl":
                target = tokens[head].head  # NOTE: "Cheeks, who played for 11 seasons": the noun the clause is on
            target = _named_beside(tokens, target)  # NOTE: "The painter Joan Mercer died in 2001": the person named
            if t.dep in ("nsubj", "nsubjpass") and tokens[target].lemma.lower() in _REFERRING and not any(
                    u.head == head and u.dep in ("ccomp", "csubj", "xcomp") for u in tokens):
                # NOTE: whom it means is the context's to say; not "It was announced in 2019 that ...", whose "it"
                # stands for the clause; in a clause a verb of saying reports, whoever says it ("Acme said it would
                # cut 500 jobs", "The mayor said she would resign on Friday")
                sayer = _sayer(tokens, head, tokens[target].lemma.lower())
                if sayer is None:
                    return PRONOUN + tokens[target].lemma.lower()
                return noun_phrase(tokens, _named_beside(tokens, sayer), text, mentions)
            if start <= tokens[target].start < end or tokens[target].pos in _PRONOUNS or tokens[target].pos == "NUM":
                continue  # NOTE: "14,000 people fled": the value is its own subject; "it", "he" name no one; nor
                # does a number ("29 of 34 passes": the passes are not the 29's)
            return noun_phrase(tokens, target, text, mentions)
    return ""


def noun_phrase(tokens: Sequence[Token], target: int, text: str, mentions: Sequence[Mention],
                skip: int | frozenset[int] | set[int] = -1) -> str:
    """A mention's key when the word is inside one, else the word's noun phrase (compounds and adjectives,
    except the tokens ``skip``: the measure's own words)."""
    for m in mentions:
        at = text.find(m.text)
        if at >= 0 and at <= tokens[target].start < at + len(m.text):
            return m.key
    skipped = {skip} if isinstance(skip, int) else skip
    words = [u.lemma.lower() for j, u in enumerate(tokens) if u.head == target and u.dep in _NP_DEPS and j < target and j not in skipped]
    return " ".join(words + [tokens[target].lemma.lower()])


_DURATION_BEFORE = re.compile(r"\b(?:for|over|during|throughout)\s+(?:the\s+)?(?:past\s+|last\s+|nearly\s+|almost\s+|about\s+|some\s+|more than\s+)?[\w.,-]+\s+\w+$", re.I)
"""A time value after "for" (or "over", "during") is a duration, whatever follows it."""


_BOUNDS = frozenset({"<", "<=", ">", ">="})


_EXTENT_PREPS = frozenset({"in", "within", "after"})
"""Prepositions whose bare number is how long an act took, in units left unsaid ("won in seven", "after 12")."""


def value_extent(start: int, end: int, tokens: Sequence[Token]) -> bool:
    """A bare number is the object of "in", "within" or "after" ("The Heat won in seven", "Klitschko wins in six"): how
    long the act took, in games or rounds left unsaid, not a count of those the act befalls ("killed 12")."""
    inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
    return any(tokens[tokens[i].head].lemma.lower() in _EXTENT_PREPS for i in inside)


def value_condition(comparator: str, start: int, end: int, text: str, tokens: Sequence[Token]) -> bool:
    """True when a bound ("larger than 100 MB", "more than 50 employees") is said inside the main verb's subject, after
    its noun ("Uploads larger than 100 MB are split into parts", "Companies with more than 50 employees must report"):
    it says which things the claim is about, a condition, not a value the claim states of them. The subject's own
    count ("More than 6,000 residents were evacuated"), a value after the verb and a phrase set off by commas ("The
    firm, with more than 1,400 employees, makes software") are no condition."""
    if comparator not in _BOUNDS:
        return False
    root = next((i for i, t in enumerate(tokens) if t.head == i and t.pos in ("VERB", "AUX")), None)
    if root is None:
        return False
    subject = next((t for t in tokens if t.head == root and t.dep in ("nsubj", "nsubjpass") and t.pos in ("NOUN", "PROPN")), None)
    return subject is not None and subject.start < start and end <= tokens[root].start \
        and "," not in text[subject.start:start]


def value_relation(text: str, end: int, unit: str, start: int = -1) -> str:
    """How a value at ``text[:end]`` relates to what it measures: ``"offset"`` a time since or until
    ("eight days ago", "three weeks later", "two days before the vote"), ``"difference"`` a gap between two
    values ("five rounds sooner than", "$5 more than"), ``"position <place>"`` a distance that locates something
    from a place ("50 miles north of Lodi" -> ``"position lodi"``, "two miles away" -> ``"position"``),
    ``"part"`` a part of what was counted before ("three of them"), ``"baseline"`` the value a change starts from or a
    figure is set against ("up from 10 seconds", "rose from 10 to 25", "compared with $4.2 billion"), ``"total"`` the whole a part is counted out
    of ("landed 178 of 369 punches": 369 is how many were thrown; "Of the 300 passengers, 12 were hurt": 300; ``start``
    is where the value begins), ``""`` an amount."""
    if start > 0 and (m := _OUT_OF.search(text[:start])) and (m["n"][:1].isdigit() or number_value(m["n"]) is not None):
        return "total"  # NOTE: a number's: "a group of 300 people" is 300 people
    if start > 0 and _FRONTED_WHOLE.match(text[:start]) and (m := _PART_AFTER.match(text[end:])) \
            and (m["n"][:1].isdigit() or number_value(m["n"]) is not None):
        return "total"  # NOTE: "Of these 26 players, 14 were right-handed": the 26 are all there were
    if start > 0 and (m := _BASELINE.search(text[:start])) and (
            not m["from"] or CHANGE.search(text, 0, m.start()) or _UP_DOWN.search(text, 0, m.start())):
        return "baseline"  # NOTE: the earlier value of a change is no answer to what the value is now
    if start > 0 and _WINDOW.search(text[:start]):
        return "window"  # NOTE: "4 sacks in his first 3 games": the games are when, no count of games played
    if start > 0 and _BEFORE_CHANGE.match(text[:start]):
        return "baseline"  # NOTE: "Before the extension the society had 85 plots": what held before the act
    rest = _CONVERSION.sub("", text[end:], count=1)  # NOTE: "55 kilometers (34 miles) west of Bireun"
    if _OF_THEM.match(rest):
        return "part"  # NOTE: "seven bullets entered his body, three of them from the rear"
    if re.match(r"\s*(?:ago|later(?!\s+(?:in|on|at|during|that|this|than)\b))\b", rest, re.I):
        return "offset"  # NOTE: "fifteen games later", "two rounds later": counted in any unit, a time since
    # NOTE: "worked there for 29 years before taking the role" is how long, not how long before
    if unit in _TIME_UNITS and _OFFSET.match(rest) and not _DURATION_BEFORE.search(text[:end]):
        return "offset"
    if (m := _POSITION.match(rest)) and unit in length_words() and not (
            m.group(0).strip().lower().startswith("above") and start > 0 and _HEIGHT_VERB.search(text[:start])):
        # NOTE: "the tower rises 1,063 feet above Paris" is its height, as "330 metres tall" is: no position
        # NOTE: distances from two places answer two questions ("23 miles north of Santa Rosa", "two miles
        # from The Geysers"): the place measured from is part of the relation
        ref = " ".join((m["ref"] or "").lower().split()[:4])
        return f"position {ref}".strip()
    m = _COMPARATIVE.match(rest)
    comparand = _COMPARAND.match(rest[m.end() if m is not None else 0:])[0]
    if unit == "percent" and (m is not None or _ABOVE.match(rest)) and _AGAINST_A_TIME.search(comparand) \
            and not _AGAINST_A_MEASURE.search(comparand):
        return ""  # NOTE: "4.8 percent higher than in the same three months of 2025" is the change since then, as "rose 4.8 percent" is
    if m is not None and m["word"].lower() not in _NOT_COMPARATIVE:
        return "difference"
    if _ADDED.match(rest) or start >= 0 and _ADDED_INSIDE.search(text[start:end]):
        return "difference"  # NOTE: "ten more cases were confirmed, bringing the total to 96": what was added, no total
    if unit not in length_words() and _ABOVE.match(rest):
        return "difference"
    return ""


def outer_value(text: str, start: int, end: int) -> tuple[int, int]:
    """The span whose role a value at ``text[start:end]`` has: the value it restates in parentheses ("55
    kilometers (34 miles) west of Bireun": the miles are where the kilometres are, west of Bireun), else its own.
    Its relation is read after the closing parenthesis; the words around the first value say what both measure."""
    m = _RESTATED_BEFORE.search(text[:start])
    close = text.find(")", end)
    if m is None or close < 0 or text[end:close].strip():
        return start, end
    return m.start("value"), m.end("value")


def _anchors(tokens: Sequence[Token], start: int, end: int) -> tuple[list[int], list[int]]:
    """(words a value's restrictions attach to, the value's own tokens): the counted noun, clauses modifying
    it ("68 punches thrown during the round"), the predicate (or noun, through "of") it is an argument of, and that
    predicate's subject ("Sales in Asia rose 12 percent")."""
    inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
    if not inside:
        return [], []
    root = next((i for i in inside if tokens[i].head not in inside or tokens[i].head == i), inside[0])
    noun = root
    if tokens[root].dep in ("nummod", "quantmod", "amod", "compound") and tokens[root].head != root:
        noun = tokens[root].head  # NOTE: "68 punches": the number modifies what it counts
    anchors = [noun] + [i for i, t in enumerate(tokens) if t.head == noun and t.dep in _CLAUSE_DEPS and i != noun]
    anchors += inside  # NOTE: "$41.6 million in North America": the phrase may hang off the scale word
    n = tokens[noun]
    for _ in range(6):
        if n.dep != "conj" or n.head == noun or tokens[n.head].pos not in ("NOUN", "PROPN"):
            break
        noun = n.head  # NOTE: "14 rifles, 31 magazines": the list's first item stands where the list does
        n = tokens[noun]
    if n.dep in _VALUE_DEPS and n.head != noun:
        h = n.head
        if tokens[h].pos == "ADP" and tokens[h].head != h:
            h = tokens[h].head  # NOTE: "a total of $450 million", "arrested 86 in the city": through the preposition
        if tokens[h].pos in ("VERB", "AUX", "NOUN"):
            anchors.append(h)
        if tokens[h].pos in ("VERB", "AUX"):
            # NOTE: the predicate's subject: "Sales in Asia rose 12 percent" holds for Asia as "rose 12 percent in Asia" does
            anchors += [i for i, t in enumerate(tokens) if t.head == h and t.dep in ("nsubj", "nsubjpass") and i not in inside]
    return list(dict.fromkeys(anchors)), inside


def value_scope(text: str, start: int, end: int, tokens: Sequence[Token], kb: Knowledge) -> tuple[str, ...]:
    """Lemmas of the part of an event or period the value at ``text[start:end]`` is restricted to.

    Read from the parse: an "in / on / at / over / during / within" phrase whose object is a part noun
    (`Knowledge.part_nouns`: "the round", "Saturday", "the night") or ordinal ("the first half"), attached
    to the value's noun, to the predicate the value is an argument of, or to a clause modifying the noun
    ("68 punches thrown during the round"). A remainder word on the counted noun (`Knowledge.remainder_words`:
    "three other rifles", "three further explosions") adds ``"remainder"``. ``()`` without a parse or scope.
    """
    if not tokens:
        return ()
    anchors, inside = _anchors(tokens, start, end)
    out: list[str] = []
    number = min((tokens[i].start for i in inside if tokens[i].pos == "NUM"), default=start)
    if anchors and any(t.head == anchors[0] and t.lemma.lower() in kb.remainder_words
                       and (t.start > number or t.lemma.lower() == "another") and t.dep in ("amod", "det") for t in tokens):
        # NOTE: "three other rifles", "three further explosions", "another five people": what remains or is
        # added; "more than $10 million" is a bound (its "more" comes before the number)
        out.append("remainder")
    elif _other_instance(tokens, anchors, inside, kb):
        out.append("remainder")
    if anchors:
        # NOTE: "one final chance", "the first three days", "three late-season games": an ordinal on the counted
        # noun picks a part of what a count without it counts ("two chances", "eight days", "10 games")
        on_noun = {anchors[0]} | {j for j, u in enumerate(tokens) if u.head == anchors[0] and u.dep == "compound"}
        out += [w for t in tokens if t.head in on_noun and t.dep == "amod" and (w := t.lemma.lower()).split("-")[0] in _ORDINAL]
    # NOTE: a fronted phrase scopes over the verbs conjoined after it ("On its third day the film remained steady and
    # collected 15.70 crore": the third day's takings)
    shared = [(h, h) for a in anchors if tokens[a].pos in ("VERB", "AUX") and tokens[a].dep == "conj"
              and (h := tokens[a].head) != a and h < a and tokens[h].pos in ("VERB", "AUX")]
    for a, before in [(a, len(tokens)) for a in anchors] + shared:
        for i, t in enumerate(tokens):
            if t.head != a or i == a or t.dep != "prep" or i in inside or i >= before:
                continue
            if t.lemma.lower() == "as" and (role := _role(tokens, i, inside)):
                out.append(role)
                continue
            if t.lemma.lower() not in _TIME_PREPS or _reported_before(tokens, a, i):
                continue
            obj = next((j for j, u in enumerate(tokens) if u.head == i and u.dep == "pobj" and j != i), None)
            if obj is None or obj in inside:
                continue
            o = tokens[obj]
            lemma = o.lemma.lower()
            if obj >= 2 and tokens[obj - 1].text == "-" and tokens[obj - 2].head == obj \
                    and (joined := f"{tokens[obj - 2].lemma.lower()}-{lemma}") in kb.part_nouns:
                lemma = joined  # NOTE: "at half-time": the parser splits the word at its hyphen
            ordinal = next((w for u in tokens if u.head == obj and _ordinal(w := u.lemma.lower())), "")
            # NOTE: an ordinal standing for its noun is a part as "the sixth round" is ("In the sixth, he landed one
            # punch"; "in the 11th")
            alone = _ordinal(lemma)
            if lemma in kb.part_nouns or (ordinal and o.pos == "NOUN") or alone:
                # NOTE: the ordinal says which part: "on its third day" and "on its second day" are two days
                out.append(f"{ordinal} {lemma}" if ordinal and not alone else lemma)
    out += _possessed_object(tokens, inside)
    return tuple(dict.fromkeys(out))


def _ordinal(word: str) -> bool:
    """An ordinal word ("third", "final") or numeral ("11th")."""
    return word in _ORDINAL or re.fullmatch(r"\d+(?:st|nd|rd|th)", word) is not None


def holder_kinds(tokens: Sequence[Token], holder: str) -> tuple[str, ...]:
    """Lemmas of the words compounded on the holder's head noun, which name a kind of it ("cloud" in "cloud revenue was
    $5 billion", "read" in "the read timeout is 60 seconds"): a scope of the value, as a part is. Adjectives ("total
    revenue", "the average temperature") and names ("iPhone revenue": `foreign_names`) are not kinds here; the parser
    tags a compound noun an adjective at times ("Cloud revenue"), so the dependency decides, not the tag."""
    words = holder.split()
    if len(words) < 2 or not tokens:
        return ()
    for i, t in enumerate(tokens):
        if t.pos == "NOUN" and t.lemma.lower() == words[-1]:
            kinds = tuple(u.lemma.lower() for u in tokens if u.head == i and u.dep == "compound"
                          and u.pos not in ("PROPN", "NUM") and u.lemma.lower() in words[:-1])
            if kinds:
                return kinds
    return ()


def _reported_before(tokens: Sequence[Token], clause: int, prep: int) -> bool:
    """The phrase at ``prep``, hung by the parser on a reported clause's verb (``clause``), stands between the verb
    reporting it and the clause's subject ("Telvo said on Wednesday it would cut 1,200 jobs"): it says when the
    report was made, not which part of the cut."""
    t = tokens[clause]
    if t.dep != "ccomp" or t.head == clause:
        return False
    subject = next((i for i, u in enumerate(tokens) if u.head == clause and u.dep in ("nsubj", "nsubjpass")), None)
    return subject is not None and t.head < prep < subject


def _role(tokens: Sequence[Token], prep: int, inside: Sequence[int]) -> str:
    """The role an "as" phrase restricts a value to, as written ("as assistant coach"); "" when its object is no
    noun ("as well", "as much"). Seasons as assistant coach are part of seasons with the club, and seasons as
    head coach another part."""
    obj = next((j for j, u in enumerate(tokens) if u.head == prep and u.dep == "pobj" and j not in inside), None)
    if obj is None or tokens[obj].pos not in ("NOUN", "PROPN"):
        return ""
    words = [u.text.lower() for j, u in enumerate(tokens) if u.head == obj and u.dep in ("compound", "amod") and j < obj]
    return " ".join(["as", *words, tokens[obj].text.lower()])


_INTO = frozenset({"into", "onto", "through", "in", "on", "at"})
"""Prepositions whose object is what the subject's action reaches ("went into Gray's body", "hit him in the chest")."""


def _possessed_object(tokens: Sequence[Token], inside: Sequence[int]) -> list[str]:
    """The lemma of what a counted subject's action reaches when it is someone's ("one bullet entered his left
    shoulder", "seven bullets went into Gray's body"): a part with its own holder, so the count is of that part."""
    if not inside:
        return []
    root = next((i for i in inside if tokens[i].head not in inside or tokens[i].head == i), inside[0])
    noun = tokens[root].head if tokens[root].dep in ("nummod", "quantmod") and tokens[root].head != root else root
    if tokens[noun].dep not in ("nsubj", "nsubjpass") or tokens[tokens[noun].head].pos != "VERB":
        return []
    verb = tokens[noun].head
    objects = [i for i, t in enumerate(tokens) if t.head == verb and t.dep == "dobj" and i not in inside]
    for i, t in enumerate(tokens):
        if t.head == verb and t.dep == "prep" and t.lemma.lower() in _INTO:
            objects += [j for j, u in enumerate(tokens) if u.head == i and u.dep == "pobj" and j not in inside]
    return [tokens[j].lemma.lower() for j in objects
            if tokens[j].pos == "NOUN" and any(u.head == j and u.dep == "poss" for u in tokens)]


def _other_instance(tokens: Sequence[Token], anchors: Sequence[int], inside: Sequence[int], kb: Knowledge) -> bool:
    """True when the value's predicate happened in or to another instance of something: an `_INSTANCE` word
    on the object of a phrase on it, or on that object's own phrase ("three people also died in an air strike
    on another school": the count is of that other school, not of the one the report is about)."""
    frontier = list(anchors)
    for _ in range(2):
        objects = []
        for a in frontier:
            for i, t in enumerate(tokens):
                if t.head == a and i != a and t.dep == "prep" and i not in inside and t.lemma.lower() not in ("than", "of"):
                    # NOTE: "in other territories" is a place, which `value_place` reads
                    objects += [j for j, u in enumerate(tokens) if u.head == i and u.dep == "pobj" and j not in inside
                                and u.ent not in ("GPE", "LOC") and u.lemma.lower() not in kb.place_words]
        if any(u.head in objects and u.dep in ("det", "amod") and u.lemma.lower() in _INSTANCE for u in tokens):
            return True
        frontier = objects
    return False


def value_place(text: str, start: int, end: int, tokens: Sequence[Token], kb: Knowledge) -> tuple[str, ...]:
    """Lower-cased places the value at ``text[start:end]`` is stated for: a named place (GPE, LOC) or a
    region word (`Knowledge.place_words`: "territories", "the world") in a phrase on the value's noun or
    predicate, or a place adverb or adjective on them ("globally", "worldwide"), each read as the place it
    names ("$268.3 million in other territories" -> ``("territory",)``; "grossed $181.7 million in North
    America" -> ``("north america",)``; "a worldwide total of $450 million" -> ``("world",)``). ``()``
    without a parse or a place."""
    if not tokens:
        return ()
    anchors, inside = _anchors(tokens, start, end)
    out: list[str] = []

    def name(j: int) -> str:
        # NOTE: a multi-word place is its compound words and itself ("North America").
        words = [u.text for k, u in enumerate(tokens) if u.head == j and u.dep == "compound" and k < j] + [tokens[j].text]
        return " ".join(words).lower()

    for a in anchors:
        for i, t in enumerate(tokens):
            if t.head != a or i == a or i in inside:
                continue
            lemma = t.lemma.lower()
            if t.dep in ("advmod", "amod", "npadvmod") and lemma in kb.place_words:
                out.append(kb.place_words[lemma])
            elif t.dep == "prep" and lemma in _PLACE_PREPS:
                obj = next((j for j, u in enumerate(tokens) if u.head == i and u.dep == "pobj" and j != i), None)
                if obj is None or obj in inside:
                    continue
                o = tokens[obj]
                if o.ent in ("GPE", "LOC"):
                    # NOTE: "outside India" is everywhere but India
                    out.append(("outside " if lemma == "outside" else "") + name(obj))
                elif o.lemma.lower() in kb.place_words:
                    out.append(kb.place_words[o.lemma.lower()])
    return tuple(dict.fromkeys(out))
