"""Slot filling and decontextualisation: claims -> claims with typed `Slots` and self-contained text.

Requires `Claim.text` (and `Claim.tokens` when parsed); assigns `Claim.slots` and `Claim.context`.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import logging
import re
from typing import Callable, Sequence

from checker.cues import stance_cues, withheld
from checker.models import MONTH_DAY, UNPLACED, Claim, DateValue, Mention, Quantity, Slots, Source, Token
from checker.normalize.answers import read_answers
from checker.normalize.dates import ORIGIN_VERB, date_roles, describes_a_noun, find_dates
from checker.normalize.holders import holder_kinds, value_extent, value_stock, PRONOUN, noun_phrase, outer_value, value_condition, value_running, value_place, value_relation, value_role, value_scope
from checker.knowledge import LIGHT_FRAMES, Knowledge, contest_nouns, contest_places, contest_verbs, deverbal_verbs, light_verb_acts, load_knowledge, noun_kinds, same_product
from checker.normalize.entities import ProductLexicon, find_actors, find_frames, find_places, find_products, find_targets
from checker.normalize.numbers import TIME_OF_DAY, counted_not_dated, find_quantities, unit_keys
from checker.normalize.contraries import contraries
from checker.normalize.outcomes import outcomes, placings
from checker.normalize.ranks import find_ranks, places_moved
from checker.normalize.poles import pole_holders, pole_values
from checker.normalize.roles import NEGATIVE_PRONOUNS, negated_subjects, predicate_roles, predicate_sides

__all__ = ["normalize", "normalize_texts", "claim_slots", "own_slots", "own_answers", "with_answers", "corpus_lexicon"]

logger = logging.getLogger(__name__)

_ANAPHOR_PRODUCTS = re.compile(r"\b(these|those|its|their|such|both) (advanced |latest |newest |frontier |most advanced |)?(models?|systems?|products?|tools?)\b", re.I)
_ANAPHOR_ORG = re.compile(r"\b(the|this) (company|firm|startup|lab|organization|organisation|developer)\b", re.I)
_ANAPHOR_EVENT = re.compile(
    r"\b(the|this|that|its|their)\s+(refusal|denial|decision|move|incident|episode|ban|restriction|step|"
    r"intervention|request|order|action|announcement|attack|shooting|arrest|deal|acquisition|release|push|initiative|"
    r"policy|plan|rule|regulation|measure|proposal|case|crash|fire|blast|quake|earthquake|storm|killing|murder|robbery|"
    r"heist|theft|strike|protest|election|vote|lawsuit|trial|verdict|ruling|shift|denials|refusals|restrictions)\b",
    re.I,
)
_PRONOUN = re.compile(r"^\W*(he|she|it)\b", re.I)
# NOTE: "it" gives only the values it holds a referent (`_subject_thing`), never the context text or the actors: in
# news text it refers to events and decisions as often as to things, and a wrong referent misleads more than none.
_NEG_WORDS = {"not", "n't", "never", "no", "neither", "nor", "without"}


def _implicative_complement(tokens: Sequence[Token]) -> Token | None:
    """The verb a negative implicative main verb denies: "confirm" in "Police refused to confirm the name" or
    "Police have yet to confirm the name"."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return None
    if root.lemma in stance_cues()["saying_verbs"]:
        # NOTE: "Riva had yet to regain consciousness, police said": the reported clause is what is said
        root = next((t for t in tokens if t.dep == "ccomp" and tokens[t.head] is root), root)
    # NOTE: "X has / is yet to P" says X has not P'd so far, as "X refused to P" says X did not
    yet = root.lemma in ("be", "have") and any(t.lemma == "yet" and t.dep == "advmod" and tokens[t.head] is root for t in tokens)
    if not yet and root.lemma not in stance_cues()["negative_implicatives"]:
        return None
    return next((t for t in tokens if t.dep == "xcomp" and tokens[t.head] is root and t.pos in ("VERB", "AUX")), None)


def _negative_argument(tokens: Sequence[Token], t: Token) -> bool:
    """``t`` is a subject or direct object that negates its verb: "no" as its determiner ("no cure exists",
    "has had no government") or a negative pronoun subject ("nobody came"). A main verb's negative subject
    negates the claim (`_negated`); any such argument makes its verb a negated head (`_neg_heads`)."""
    if t.dep in ("nsubj", "nsubjpass") and t.lemma in NEGATIVE_PRONOUNS:
        return True
    # NOTE: what an existential "there is" says there is none of ("There were no survivors", "there has been no agreement");
    # not a noun a clause completes ("there is no doubt that P", "no evidence that P": about P, `checker.parse`)
    existential = (t.dep == "attr" and any(u.dep == "expl" and u.head == t.head for u in tokens)
                   and not any(u.dep in ("acl", "ccomp") and tokens[u.head] is t for u in tokens))
    # NOTE: a verbless headline's head noun ("No serious injuries after school bus crash", "No deal on pay talks"): its
    # "no" denies what the noun names, as "no" on a subject denies its verb
    headline = t.dep == "ROOT" and t.pos in ("NOUN", "PROPN") and not any(u.pos in ("VERB", "AUX") for u in tokens)
    return (t.dep in ("nsubj", "nsubjpass", "dobj") or existential or headline) and any(d.dep == "det" and d.lemma == "no" and tokens[d.head] is t for d in tokens)


def _predicate(tokens: Sequence[Token], i: int) -> Token:
    """The word that says what a verb at ``i`` predicates: a copula's complement ("it was not clear" -> "clear",
    "it's not his DNA" -> "DNA"), else the verb itself."""
    t = tokens[i]
    if t.lemma == "be":
        comp = next((u for u in tokens if u.dep in ("acomp", "attr") and tokens[u.head] is t), None)
        if comp is not None:
            return comp
    return t


def _neg_heads(tokens: Sequence[Token], implied: Token | None) -> tuple[str, ...]:
    """Lemmas of the negated words; a negative implicative's complement (``implied``, `_implicative_complement`)
    counts as negated ("refused to confirm"); a noun of an act negated with its support verb ("no agreement was
    reached", "did not make any arrests", "there was no decision") and what "without" denies (`_without`) give the verbs
    of that act too (`checker.knowledge.deverbal_verbs`: agree, arrest, decide); a negated light verb with its words gives
    the act they name (`light_acts`: "taken into custody": arrest)."""
    negators = [t for t in tokens if t.dep == "neg" or _negative_argument(tokens, t)]
    heads = {_predicate(tokens, t.head).lemma for t in negators}
    for t in negators:
        heads |= light_acts(tokens, t.head)
    support = stance_cues()["support_verbs"]
    for i, t in enumerate(tokens):
        if _negative_argument(tokens, t) and (tokens[t.head].lemma in support or t.dep == "ROOT"):
            heads |= {t.lemma} | deverbal_verbs().get(t.lemma, frozenset())
        elif t.dep == "neg" and tokens[t.head].lemma in support:
            for o in tokens:
                if o.dep in ("dobj", "attr") and tokens[o.head] is tokens[t.head] and o.pos == "NOUN":
                    heads |= {o.lemma} | deverbal_verbs().get(o.lemma, frozenset())
        if (w := _without(tokens, i)) is not None:
            heads |= {w.lemma} | (deverbal_verbs().get(w.lemma, frozenset()) if w.pos == "NOUN" else frozenset())
    if implied is not None:
        heads.add(implied.lemma)
    return tuple(sorted(heads))


_PHRASE_DEPS = frozenset({"prt", "dobj", "attr", "acomp", "prep"})
"""Dependents of a light verb that complete its phrase: a particle ("give up"), an object ("give birth"), a
prepositional phrase ("take into custody")."""


def light_acts(tokens: Sequence[Token], v: int) -> frozenset[str]:
    """The one-word acts a light verb at ``v`` names with its words (`checker.knowledge.light_verb_acts`, WordNet's
    phrases: "nobody has been taken into custody" -> ``arrest``; "has not given up" -> ``abandon``, ...): its lemma with
    each particle, object noun, or preposition and that preposition's noun after it; empty for any other verb."""
    table = light_verb_acts()
    verb = tokens[v]
    out: set[str] = set()
    for k, t in enumerate(tokens):
        if t.head != v or k == v or t.dep not in _PHRASE_DEPS:
            continue
        words = [t.lemma.lower()]
        if t.dep == "prep":
            noun = next((u for u in tokens if tokens[u.head] is t and u.dep == "pobj"), None)
            if noun is None:
                continue
            words.append(noun.lemma.lower())
        out |= table.get(" ".join([verb.lemma] + words), frozenset())
    return frozenset(out)


def _without(tokens: Sequence[Token], i: int) -> Token | None:
    """What a "without" at ``i`` on the main predicate denies (its gerund or noun): "left the station without paying"
    (pay), "talks ended without an agreement" (agreement); None for any other word, a "without" inside a noun phrase
    ("a man without a ticket") and an idiom that only qualifies ("without a doubt", `without_idioms`)."""
    t = tokens[i]
    if t.lemma != "without" or t.dep != "prep" or tokens[t.head].pos not in ("VERB", "AUX") or not _main(tokens, tokens[t.head]):
        return None
    comp = next((u for u in tokens if tokens[u.head] is t and u.dep in ("pobj", "pcomp")), None)
    if comp is None or comp.lemma in stance_cues()["without_idioms"]:
        return None
    return comp


def _main(tokens: Sequence[Token], v: Token) -> bool:
    """The verb is the claim's main predicate or what its saying verb reports; not a conjunct ("Offline mode is
    supported: download a region and navigate without a signal" states the support)."""
    if v.dep == "ROOT" or tokens[v.head] is v:
        return True
    return v.dep == "ccomp" and tokens[v.head].dep == "ROOT" and tokens[v.head].lemma in stance_cues()["saying_verbs"]


def _negated(tokens: Sequence[Token], text: str, implied: Token | None = None) -> bool:
    if tokens and withheld(tokens):
        return False  # NOTE: "X would not say what P was for", "declined to comment": declining to tell negates nothing
    if tokens:
        if implied is not None:
            # "refused to confirm P" denies "confirmed P"; "did not refuse to confirm P" asserts it
            root = tokens[implied.head]
            return not any(t.dep == "neg" and tokens[t.head] is root for t in tokens)
        for ti, t in enumerate(tokens):
            if t.dep == "neg" and _imperative_aside(tokens, t.head):
                continue  # NOTE: "totality lasts 2m40s, so don't spend it fiddling with your camera": the reader is told not to
            if t.dep == "neg":
                head = tokens[t.head]
                if head.dep in ("acomp", "xcomp", "oprd") and tokens[head.head].lemma in stance_cues()["saying_verbs"]:
                    continue  # NOTE: "pleaded not guilty": what was said, not a denial of the saying
                if head.dep in ("ROOT", "conj", "ccomp", "xcomp") or tokens[head.head].dep == "ROOT" and not _qualifying(tokens, t.head):
                    return True
                if head.dep in ("amod", "appos") and head.pos in ("ADJ", "VERB") and head.head < ti and tokens[head.head].dep in (
                        "ROOT", "dep"):
                    return True  # NOTE: a headline's predicate without its copula ("Pope Not Dead, Vatican Says"): "not" and an
                    # adjective after a noun no verb governs predicate (refute, issue #12); "a not unusual case" qualifies its noun
            if t.lemma == "never" and t.dep == "neg":
                return True
            # NOTE: "no" as the subject's determiner or a negative pronoun subject asserts a negative ("No cure
            # exists", "None of the students were found"): the main predicate is denied of its subject (issue #12)
            # NOTE: as "not" does, in a clause reported by the main verb ("the hospital said that no agreement has been
            # reached")
            # NOTE: and in a conjunct of the main predicate, as "not" there ("Vaccination remains a choice, and no pupil
            # will be excluded from school")
            if t.dep in ("nsubj", "nsubjpass", "attr", "ROOT") and tokens[t.head].dep in ("ROOT", "ccomp", "conj") and _negative_argument(tokens, t):
                return True
            # NOTE: "The driver left without paying", "Talks ended without an agreement": the act "without" names is
            # denied of the claim's subject (`_without`)
            if _without(tokens, ti) is not None:
                return True
        return False
    return bool(re.search(r"\b(not|never|n't|no longer)\b", text.lower()))


def _qualifying(tokens: Sequence[Token], v: int) -> bool:
    """The verb at ``v`` heads an adverbial clause that only qualifies the predicate ("spent £260,000 because donations
    could not keep up", "reopened although the roof had not been repaired", "if the council does not approve"): its
    negation denies that clause, not the claim. A clause drawn with "so" ("..., so it does not need X") states its own."""
    return tokens[v].dep == "advcl" and not any(u.head == v and u.lemma == "so" for u in tokens)


def _imperative_aside(tokens: Sequence[Token], v: int) -> bool:
    """The verb at ``v`` is an imperative told beside a clause with a subject of its own: a base form with no subject,
    no conjunct of another verb (which lends it its subject), at most "do" before it ("don't spend it fiddling", "never
    look at the Sun without protection" after "totality lasts two minutes"). What the reader is told to do is no
    predicate of the claim, so its negation denies nothing the claim states; alone, an instruction keeps its negation."""
    verb = tokens[v]
    if verb.pos not in ("VERB", "AUX") or verb.text.lower() != verb.lemma or verb.dep == "conj":
        return False
    kids = [t for t in tokens if t.head == v and t is not verb]
    if any(t.dep in ("nsubj", "nsubjpass", "expl", "csubj") for t in kids):
        return False
    if any(t.dep in ("aux", "auxpass") and t.text.lower() != "do" for t in kids):
        return False  # NOTE: "will not", "has not", "does not" (a subject elided), "to": no imperative
    return any(t.dep in ("nsubj", "nsubjpass") and t.head != v and tokens[t.head].pos in ("VERB", "AUX") for t in tokens)


_BOUND = re.compile(r"\b(since|until|till|through|throughout|before|after|by|from|over|during the past|over the past|beyond)\s+(the\s+)?$", re.I)


_BOUND_PREPS = frozenset({"since", "until", "till", "through", "throughout", "before", "after", "by", "from", "over", "beyond", "versus", "vs"})
"""Prepositions whose object bounds a period or is a comparison's baseline (the `_BOUND` words)."""


_BASELINE_VALUE = re.compile(
    r"\b(?:from|compared (?:to|with)|versus|vs\.?|than|against)\s+(?P<between>[^;:]{0,60}?)"
    r"[$€£¥]?\d[\d.,]*\s*(?:%|percent|per cent|million|billion|thousand|cents?|points?|basis points)?\s+"
    r"(?:in|for|during|at the end of|as of)\s+(?:the\s+)?$",
    re.I,
)
"""A value that is a comparison's baseline, then the date it is stated for: "up 17% from $0.29 in the
third quarter of 2019", "compared to $0.16 last quarter and $0.29 in the third quarter of 2019"."""


_THAN_TIME = re.compile(r"\b(?:than|above|below)\s+(?:(?:in|at|during|for|over)\s+)?(?:(?:the\s+)?(?:same\s+)?(?:[\w-]+\s+){0,3}?of\s+)?$", re.I)
"""A time a comparative sets its value against ("4.8 percent higher than in the same three months of 2025", "more than in
2019"): the change's baseline, not the time the claim's value is of ("higher than expected in 2019" is of 2019)."""


def _baseline_value_date(text: str, i: int) -> bool:
    if _THAN_TIME.search(text[max(0, i - 60) : i]):
        return True
    m = _BASELINE_VALUE.search(text[max(0, i - 100) : i])
    # NOTE: "from $5 million in 2019 to $8 million in 2020": the end of a range is the event's value.
    return m is not None and not re.search(r"\bto\b", m.group("between"), re.I)


def _bounding(text: str, date_text: str, tokens: Sequence[Token] = ()) -> bool:
    """The date bounds a period or is a baseline ("since 2023", "170% over the pre-pandemic first
    quarter of 2019", "compared with the third quarter of 2019", "up from $0.29 in the third quarter of
    2019"): it does not date the claim's event."""
    i = text.find(date_text)
    if i > 0 and ORIGIN_VERB.search(text, max(0, i - 30), i):
        return False  # NOTE: "the mill dates from 1791" says when the mill was made, as "was built in 1791" does
    if i > 0 and (_BOUND.search(text[max(0, i - 30) : i]) or _baseline_value_date(text, i)):
        return True
    if i < 0 or not tokens:
        return False
    end = i + len(date_text)
    inside = {k for k, t in enumerate(tokens) if i <= t.start < end}
    for k in inside:
        tok = tokens[k]
        if tok.head in inside or tok.head == k or tok.dep != "pobj":
            continue
        prep = tokens[tok.head]
        if prep.lemma in _BOUND_PREPS:
            return True
        # NOTE: "compared with / to X": the preposition hangs off the verb "compare".
        if prep.lemma in ("with", "to") and tokens[prep.head].lemma == "compare":
            return True
    return False


def claim_slots(
    text: str,
    tokens: Sequence[Token],
    kb: Knowledge,
    lexicon: ProductLexicon | None = None,
    anchor: dt.date | None = None,
) -> Slots:
    """Fill every slot of one claim from its text and parse."""
    products = find_products(text, lexicon)
    if tokens:
        # NOTE: "After 20 minutes", "Handing Claude 4": a function word or verb is never a product name.
        by_start = {t.start: t for t in tokens}
        products = tuple(
            p for p in products
            if (tok := by_start.get(text.find(p.text))) is None
            or tok.pos not in ("ADP", "DET", "ADV", "VERB", "AUX", "PRON", "SCONJ", "CCONJ", "ADJ", "NUM", "PART")
        )
    actors = tuple(a for a in find_actors(text, tokens, kb) if a.key not in {p.key.split(" ")[0] for p in products})
    targets = find_targets(text, kb, tokens)
    # NOTE: "since 2023", "until 2030", "over the past year" bound a period; they do not date the event.
    # NOTE: "About 2000 people attended": a count the parser reads as one is no year
    dates = tuple(d for d in find_dates(text, anchor) if not _bounding(text, d.text, tokens)
                  and not (d.precision == "year" and counted_not_dated(text, text.find(d.text), tokens)))
    quantities = find_quantities(text, tokens)
    places = find_places(text, tokens, kb) if tokens else ()
    dates = date_roles(text, dates, tokens, actors, kb)
    quantities = tuple(_with_role(q, text, tokens, actors, kb) for q in quantities)
    # NOTE: a rank answers as a count does ("the third-largest bank", "finished fourth"); its holder is read with it
    ranks = tuple(dataclasses.replace(r, place=tuple(dict.fromkeys(r.place + value_place(text, *_span_of(text, r.text), tokens, kb))))
                  for r in find_ranks(text, tokens, actors, kb) + placings(text, tokens, actors, contest_places(), contest_verbs()))
    # NOTE: the number a rank is written with ("at number 3", "No. 7") is that rank, no bare value of its own
    quantities = tuple(q for q in quantities if q.unit or not any(q.text in r.text and q.text != r.text for r in ranks)) + ranks
    implied = _implicative_complement(tokens) if tokens else None
    return Slots(
        products=products,
        actors=actors,
        targets=targets,
        places=places,
        dates=dates,
        quantities=quantities,
        frames=find_frames(tokens, text, kb),
        negated=_negated(tokens, text, implied),
        lemmas=tuple(sorted({t.lemma for t in tokens})),
        predicates=tuple(sorted({t.lemma for t in tokens if t.pos in ("VERB", "AUX", "ADJ", "NOUN")})),
        neg_heads=_neg_heads(tokens, implied),
        roles=predicate_roles(tokens),
        sides=predicate_sides(tokens),
        neg_subjects=negated_subjects(tokens, implied, [tokens[i].head for i in range(len(tokens)) if _without(tokens, i) is not None]),
        poles=tuple((scale, sign, words, pole_holders(tokens, words))
                    for scale, (sign, words) in sorted(pole_values(text, kb, tokens).items())) if tokens else None,
        contraries=contraries(tokens, kb),
        outcomes=outcomes(tokens, contest_verbs(), contest_nouns(), contest_places()),
    )


def _span_of(text: str, value: str) -> tuple[int, int]:
    at = text.find(value)
    return at, at + len(value)


def corpus_lexicon(per_source: Sequence[Sequence[Claim]]) -> ProductLexicon:
    """The versioned product names of a whole corpus (what `normalize` reads bare names against)."""
    lexicon = ProductLexicon()
    for claims in per_source:
        for c in claims:
            lexicon.add_text(c.text)
    return lexicon


def _pronoun_holders(slots: Slots, word: str = "", key: str = "") -> Slots:
    """Slots whose values held by the pronoun ``word`` ("He had 269 yards") are held by ``key``, the person the
    context resolved it to; without ``word``, every pronoun holder left unresolved becomes unknown (``""``)."""
    def resolve(holder: str) -> str:
        if not holder.startswith(PRONOUN):
            return holder
        return key if not word or holder == PRONOUN + word else holder

    if not any(v.holder.startswith(PRONOUN) for v in slots.quantities + slots.dates):
        return slots
    return _map_holders(slots, resolve)


def _map_holders(slots: Slots, resolve: Callable[[str], str]) -> Slots:
    """Slots whose quantities and dates are held by ``resolve`` of their holders."""
    return dataclasses.replace(
        slots,
        quantities=tuple(dataclasses.replace(q, holder=resolve(q.holder)) for q in slots.quantities),
        dates=tuple(dataclasses.replace(d, holder=resolve(d.holder)) for d in slots.dates),
    )


DEFINITE_REACH = 2
"""Paragraphs back a bare definite noun ("the company") reaches for the thing of its kind the document named."""

_KINDS_OF_LABEL = {"ORG": ("group", "location"), "GPE": ("location", "group"), "LOC": ("location", "group"),
                   "FAC": ("location", "artifact"), "PRODUCT": ("artifact",)}
"""The kinds of common noun (`checker.knowledge.noun_kinds`, WordNet's first sense) that may stand for a name of each
label: "the company" for an organisation, "the city" or "the community" for a place, "the bridge" for a facility,
"the phone" for a product. Organisations and places share theirs: the parser tags a town as an organisation and a
firm as a place often enough ("Wausau lies on the Wisconsin River. The city ...": Wausau, tagged ORG)."""

_DEFINITE_DETS = frozenset({"the", "this"})
_SAYS_WHICH = frozenset({"compound", "amod", "poss", "nummod", "appos", "prep", "nmod", "npadvmod"})
"""Children by which a definite noun says which one itself ("the company's founder", "the city of Lodi", "the
second company"): it then stands for nothing named before."""


def _named_kinds(c: Claim, slots: Slots, things: Sequence[Mention]) -> dict[str, tuple[int, Mention]]:
    """For each noun kind, the thing of the claim a later bare definite noun of that kind stands for: its named
    organisations, places and products in text order, the one that is its subject (``things``, `_subject_thing`) last,
    so it wins."""
    names = [m for m in slots.actors if m.label in _KINDS_OF_LABEL] + list(slots.places) + list(slots.products)
    names.sort(key=lambda m: (c.text.find(m.text) < 0, c.text.find(m.text)))
    names += [m for m in things if m.label in _KINDS_OF_LABEL]
    out: dict[str, tuple[int, Mention]] = {}
    for m in names:
        for kind in _KINDS_OF_LABEL.get(m.label, ()):
            out[kind] = (c.paragraph, m)
    return {kind: (p, _from((m,), c)[0]) for kind, (p, m) in out.items()}


def _definite_holders(c: Claim, slots: Slots, named: dict[str, tuple[int, Mention]]) -> Slots:
    """Slots whose values held by a bare definite noun ("The company, which was founded in 2011", "the city was
    incorporated in 1893") are held by the thing of the noun's kind the document named last, within
    `DEFINITE_REACH` paragraphs: the noun's WordNet kind (`checker.knowledge.noun_kinds`) fits the name's label
    (`_KINDS_OF_LABEL`). A noun that says which itself ("the company's founder", "the city of Lodi"), or of no
    kind a name was given, keeps its own noun as holder."""
    kinds = noun_kinds()

    def referent(holder: str) -> str:
        kind = kinds.get(holder)
        if kind not in named or c.paragraph - named[kind][0] > DEFINITE_REACH:
            return holder
        for i, t in enumerate(c.tokens):
            if t.pos != "NOUN" or t.lemma.lower() != holder:
                continue
            children = [u for j, u in enumerate(c.tokens) if u.head == i and j != i]
            if any(u.dep == "det" and u.lemma.lower() in _DEFINITE_DETS for u in children) and not any(
                    u.dep in _SAYS_WHICH for u in children):
                return named[kind][1].key
        return holder

    if not named or not c.tokens or not any(v.holder in kinds for v in slots.quantities + slots.dates):
        return slots
    return _map_holders(slots, referent)


_IDENTIFIER = re.compile(r"`?[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+`?|`[A-Za-z][\w.-]*`")
"""A name written as code: snake_case or dotted ("max_connections", "server.port") or in backticks ("`timeout`")."""


def _setting(tokens: Sequence[Token]) -> str:
    """The one setting a claim names (`_IDENTIFIER`), as its lemma, or ``""`` (none, or several: which one a bare value
    is of is then the parse's to say). Documentation states a setting's value in many grammars ("max_connections
    defaults to 250", "The default value of `max_connections` is 100"), which the parser reads as often with a verb
    as with a noun where the name is code."""
    names = {t.lemma.lower().strip("`") for t in tokens if _IDENTIFIER.fullmatch(t.text) and any(ch.isalpha() for ch in t.text)}
    return next(iter(names)) if len(names) == 1 else ""


_PERCENT_WORDS = frozenset({"per", "cent", "percent", "pct", "percentage", "point"})
"""The words of a percentage itself ("65 per cent", "3 percentage points"), never what it is of."""


def _with_role(q: Quantity, text: str, tokens: Sequence[Token], actors: Sequence[Mention], kb: Knowledge) -> Quantity:
    """The quantity with what it is of (`Quantity.event`, `.holder`), the part it is restricted to (`.scope`)
    when the parse says, and whether it is an amount, a difference, a time offset or a condition (`.relation`)."""
    at = text.find(q.text)
    if at < 0:
        return q
    start, end = outer_value(text, at, at + len(q.text))  # NOTE: "55 kilometers (34 miles) west of": the first's
    relation = value_relation(text, end, q.unit, start)
    if not tokens:
        return dataclasses.replace(q, relation=relation) if relation else q
    if not relation and value_condition(q.comparator, start, end, text, tokens):
        relation = "condition"  # NOTE: "Uploads larger than 100 MB are split": which uploads, not how large they are
    event, holder = value_role(text, start, end, tokens, actors, kb, common=True)
    if not relation and places_moved(q, event, kb):
        relation = "difference"  # NOTE: "climbs 9 places to Number 3": how far it moved, not where it stands
    if q.unit == "percent" and holder and set(holder.split()) <= _PERCENT_WORDS:
        holder = ""  # NOTE: "65 per cent contained": the parser makes "cent" a noun; a share's own words hold nothing
    if not q.unit and holder in ("", event) and (key := _setting(tokens)):
        holder = key  # NOTE: "Out of the box, max_connections defaults to 250": the value of the one setting the claim names
    if not q.unit and value_extent(start, end, tokens):
        event = ""  # NOTE: "The Heat won in seven": seven games, not seven wins
    # NOTE: an age is the person's, whenever the act it stands beside happened ("arrested 45-year-old Moss on Friday")
    scope = value_scope(text, start, end, tokens, kb) if not q.unit.endswith("-old") else ()
    if not q.unit.startswith(TIME_OF_DAY):
        # NOTE: a clock time tells when its act was, whatever kind of it its noun names ("the fire call came in at 3:30")
        scope += tuple(w for w in holder_kinds(tokens, holder) if w not in scope)
    place = value_place(text, start, end, tokens, kb)
    # NOTE: an age beside a name is the person's as the report is written, not a total run up since a time ("Marchetti,
    # 38, has been guest conductor since 2021")
    running = value_running(text, start, end, tokens) and not q.unit.endswith("-old")
    stock = value_stock(start, end, tokens)
    if event or holder or scope or place or relation or running or stock:
        return dataclasses.replace(q, event=event, holder=holder, scope=scope, place=place, relation=relation, running=running,
                                   stock=stock)
    return q


def normalize(
    per_source: Sequence[Sequence[Claim]],
    sources: Sequence[Source],
    kb: Knowledge | None = None,
    lexicon: ProductLexicon | None = None,
    slots: Sequence[Sequence[Slots]] | None = None,
    answered: bool = True,
) -> tuple[tuple[Claim, ...], ...]:
    """Fill slots and decontextualise every claim, document by document.

    ``lexicon`` (default: `corpus_lexicon` of ``per_source``) lets an incremental run normalise a few
    documents against the whole corpus' product names. ``slots``: each claim's own slots (`own_slots`), per
    source, when they were read beforehand (in other processes: `checker.pipeline`); they are what this
    function would read, so the claims are the same. ``answered`` False: the names claims state as answers are
    left to read (`own_answers`, `with_answers`), as ``slots`` are, one claim apart from the others.

    Product names are learnt across the whole corpus first, so a bare "Mythos" in one source reads as
    the "Mythos 5" another names. Within a document, a claim without its own date inherits the last
    date of its paragraph; "these models" and "the company" inherit the last products and organisation.
    """
    kb = kb or load_knowledge()
    lexicon = lexicon if lexicon is not None else corpus_lexicon(per_source)
    out = []
    for k, (src, claims) in enumerate(zip(sources, per_source)):
        own = slots[k] if slots is not None else None
        done = _normalize_document(src, claims, kb, lexicon, own)
        out.append(tuple(_with_answers(c, kb) for c in done) if answered else tuple(done))
    return tuple(out)


def own_slots(src: Source, claims: Sequence[Claim], kb: Knowledge, lexicon: ProductLexicon) -> tuple[Slots, ...]:
    """Each claim's own slots (`claim_slots`, dated by ``src``'s publication), before the document's context pass:
    a claim's own are read from it alone, so any run of a document's claims can be read apart (`normalize` ``slots``)."""
    return tuple(claim_slots(c.text, c.tokens, kb, lexicon, src.date) for c in claims)


def _with_answers(c: Claim, kb: Knowledge) -> Claim:
    """The claim with the names it states as answers read while its parse is there (`Slots.answers`): the pipeline
    drops the parse before the judge runs."""
    return with_answers(c, own_answers((c,), kb)[0])


def own_answers(claims: Sequence[Claim], kb: Knowledge) -> tuple[tuple | None, ...]:
    """The names each claim (context pass done: `normalize` ``answered`` False) states as answers (`read_answers`),
    None for a claim without its parse: each read from its claim alone."""
    return tuple(read_answers(c, kb) if c.tokens else None for c in claims)


def with_answers(c: Claim, answers: tuple | None) -> Claim:
    """``c`` with ``answers`` (`own_answers`) in its slots; None leaves it as it is."""
    if answers is None:
        return c
    return dataclasses.replace(c, slots=dataclasses.replace(c.slots, answers=answers))


def _normalize_document(src: Source, claims: Sequence[Claim], kb: Knowledge, lexicon: ProductLexicon,
                        own: Sequence[Slots] | None = None) -> list[Claim]:
    result = []
    last_products: tuple[int, tuple[Mention, ...], tuple[DateValue, ...]] | None = None
    last_org: Mention | None = None
    last_date: tuple[int, DateValue] | None = None
    events: list[Claim] = []  # NOTE: earlier claims that describe an action with its participants
    last_person: tuple[int, Mention] | None = None
    last_quoted: Mention | None = None  # NOTE: the person the previous claim's quotation is about
    last_thing: tuple[int, Mention] | None = None
    named: dict[str, tuple[int, Mention]] = {}  # NOTE: the thing of each noun kind the document named last (`_named_kinds`)
    last_time: tuple[int, str] | None = None
    sections = _sections(src, claims)
    titles = {h.start for h in _sections(src, claims, ("title",))}
    dating = _dating_sections(sections, titles, src, lexicon)
    ends = _ends(sections)
    if own is None:
        own = own_slots(src, claims, kb, lexicon)
    for c, slots in zip(claims, own):
        section = _section_of(sections, c, ends)
        named_here = next((found for h in section if (found := _from(find_products(h.text, lexicon), h))), ())
        dated = next((found for h in section if (found := dating.get(h.start, ()))), ())
        notes = []
        context = c.text
        products = slots.products
        actors = slots.actors
        targets = slots.targets
        inherited_dates: tuple[DateValue, ...] = ()
        em = _ANAPHOR_EVENT.search(c.text)
        if em and em.start() < 60:
            noun = em.group(2).lower()
            noun_frames = set(kb.frames.get(noun, ())) or set(kb.frames.get(noun.rstrip("s"), ()))
            # NOTE: "the refusal" points back to a restriction, whatever else its own sentence says.
            antes = _antecedents(events, c.paragraph, (noun_frames or set(slots.frames)) - LIGHT_FRAMES)
            ante = antes[0] if antes else None
            if ante is not None:
                notes.append(f"{em.group(0).lower()}: “{_short(ante.context or ante.text, 160)}”")
                if not products:
                    products = _from(ante.slots.products, ante)
                if not targets:
                    targets = _from(ante.slots.targets, ante)
                for e in antes:
                    inherited_dates = _from(_own_dates(e.slots), e) or e.slots.context_dates
                    if inherited_dates:
                        break
        am = _ANAPHOR_PRODUCTS.search(c.text)
        # NOTE: "these models" reaches back one paragraph; "its models" only within its own.
        reach = 1 if am and am.group(1).lower() in ("these", "those", "both", "such") else 0
        if not products and last_products and c.paragraph - last_products[0] <= reach and am:
            products = last_products[1]
            if not inherited_dates:
                inherited_dates = last_products[2]
            notes.append("models: " + ", ".join(p.text for p in products))
        if not products and named_here:
            # NOTE: "## vellum 3.4.2" over "- Fixed a memory leak in the parser": the section's version is the line's
            products = named_here
            notes.append(f"section: {_short(named_here[0].stated_in.text.strip('#= '), 60)}")
        m = _ANAPHOR_ORG.search(c.text)
        attribution = c.attribution
        pm = _PRONOUN.search(c.text)
        quoting = False
        if pm:
            word = pm.group(1).lower()
            ref = last_person if word in ("he", "she") else last_thing
            opens_quote = _QUOTE_MARKS.search(pm.group(0) + src.text[max(0, c.start - 2) : c.start])
            quoting = word in ("he", "she") and last_quoted is not None and bool(opens_quote)
            if quoting:
                # NOTE: '"X is a fine actor," said Y. "He also has style': a quotation that goes on means
                # the person it was about, not the one who said it.
                ref = (c.paragraph, last_quoted)
            if ref is not None and c.paragraph - ref[0] <= 1:
                if word in ("he", "she"):
                    context = context[: pm.end()] + f" [{ref[1].text}]" + context[pm.end() :]
                    if not any(a.key == ref[1].key for a in actors):
                        actors = actors + (ref[1],)
                # NOTE: "it" gives its referent only to the values it holds ("It was incorporated in 1881"): an "it"
                # opening a sentence as often means a clause or a story ("It's fake"), which the context must not name
                slots = _pronoun_holders(slots, word, ref[1].key)
        if attribution and attribution.lower() in ("he", "she") and last_person is not None:
            attribution = last_person[1].text
        if m and last_org is not None and not any(a.key == last_org.key for a in actors) and _points_back(c.text, m, slots):
            actors = actors + (last_org,)
            context = context[: m.end()] + f" [{last_org.text}]" + context[m.end() :]
            if attribution and _ANAPHOR_ORG.fullmatch(attribution.strip()):
                attribution = last_org.text
        slots = _pronoun_holders(_definite_holders(c, slots, named))
        explicit = _own_dates(slots)
        context_dates: tuple[DateValue, ...] = ()
        if not explicit and inherited_dates:
            context_dates = inherited_dates[:1]
            notes.append(f"time: {context_dates[0].text}")
        elif not explicit and last_date is not None and last_date[0] == c.paragraph:
            context_dates = (last_date[1],)
            notes.append(f"time: {last_date[1].text}")
        elif not explicit and dated:
            # NOTE: "## 3.4.2 (2025-05-14)" dates the lines under it (a release, a day of a live page)
            context_dates = dated[:1]
            notes.append(f"time: {dated[0].text}")
        elif not _calendar(slots) and last_time is not None and c.paragraph - last_time[0] <= 1 and not _own_time(c):
            # NOTE: "on Monday" cannot be placed without a publication date, but a reader still needs it.
            notes.append(f"time: {last_time[1]}")
        elif not _calendar(slots) and src.date is not None:
            notes.append(f"published {src.date.isoformat()}")
        if explicit and _fronted(c, explicit[0]):
            last_date = (c.paragraph, _from(explicit[:1], c)[0])
        persons = [a for a in slots.actors if a.label == "PERSON"]
        if quoting:
            # NOTE: the quotation goes on about the same person; outside it, "he" still means its speaker
            if last_person is not None:
                last_person = (c.paragraph, last_person[1])
        elif pm and pm.group(1).lower() in ("he", "she"):
            # NOTE: a pronoun subject continues its referent ("Nichols ... He killed Judge Barnes. He fled"):
            # the next "he" is still Nichols, not the person the sentence named as its object.
            if ref is not None and c.paragraph - ref[0] <= 1:
                last_person = (c.paragraph, ref[1])
        elif first := _subject_first(c, persons):
            last_person = (c.paragraph, _from(first, c)[0])
        if not quoting:
            quoted_person = _quoted_person(src.text[max(0, c.start - 2) : c.end], persons)
            last_quoted = _from((quoted_person,), c)[0] if quoted_person is not None else None
        things = _subject_thing(c, slots)
        named.update(_named_kinds(c, slots, things))
        if things:
            last_thing = (c.paragraph, _from(things, c)[0])
        elif pm and pm.group(1).lower() == "it" and ref is not None and c.paragraph - ref[0] <= 1:
            last_thing = (c.paragraph, ref[1])  # NOTE: "It was founded in 1856. It was incorporated in 1881."
        own = _own_time(c)
        if own:
            last_time = (c.paragraph, own)
        if slots.products:
            last_products = (c.paragraph, _from(slots.products, c), _from(_own_dates(slots), c))
        orgs = [a for a in slots.actors if a.label == "ORG" and a.key not in kb.part_of and "government" not in a.key]
        if orgs:
            last_org = _from(orgs[:1], c)[0]
        if attribution and c.modality in ("reported", "opinion", "hedged"):
            notes.append(f"according to {attribution}")
        frames = slots.frames
        if set(frames) & LIGHT_FRAMES and not set(frames) - LIGHT_FRAMES and (same := _same_event(events, slots, kb)) is not None:
            # NOTE: "the government forced a hard lockdown on access to Mythos": a light verb over an event
            # noun the lexicon does not know; an earlier claim of the document with the same participants
            # names the action, so the claim describes that event.
            frames = frames + tuple(f for f in same.slots.frames if f not in frames and f not in LIGHT_FRAMES)
            notes.append(f"event: “{_short(same.text, 120)}”")
        if notes:
            context = f"{context} ({'; '.join(notes)})"
        done = dataclasses.replace(
            c,
            attribution=attribution,
            context=context,
            slots=dataclasses.replace(slots, products=products, actors=actors, targets=targets, context_dates=context_dates,
                                      frames=frames),
        )
        if set(done.slots.frames) - LIGHT_FRAMES and (done.slots.products or done.slots.targets or done.slots.actors):
            events.append(done)
        result.append(done)
    return result


_RELATIVE_AFTER = re.compile(r"\s*(?:that|which|who|whose)\b", re.I)


def _sections(src: Source, claims: Sequence[Claim], kinds: tuple[str, ...] = ("heading", "title")) -> tuple[Claim, ...]:
    """The page's section headings (`checker.parse.section_headings`) that are labels, not statements: a heading that
    yields a claim of its own ("Acme recalls 40,000 cots") says something, and is no section's name."""
    if not claims or "\n" not in src.text:
        return ()
    from checker.parse import section_headings

    # NOTE: each heading reads only the claims that start inside it (by the claims' starts, sorted), where it read every
    # claim of the page: quadratic in a long document (3 MB of text: 1,320 headings over about 35,000 claims)
    order = sorted(range(len(claims)), key=lambda n: claims[n].start)
    starts = [claims[n].start for n in order]

    def stated(h: Claim) -> bool:
        return any(_states(claims[order[k]]) for k in range(bisect.bisect_left(starts, h.start), bisect.bisect_left(starts, h.end)))

    return tuple(h for h in section_headings(src, kinds) if not stated(h))


def _states(c: Claim) -> bool:
    """The claim has a verb, or no parse to tell: a title with none ("Trailmap 3.1 release notes") names a section."""
    return not c.tokens or any(t.pos in ("VERB", "AUX") for t in c.tokens)


def _ends(sections: Sequence[Claim]) -> list[int] | None:
    """The sections' ends when they never go down (`_section_of` then finds the last one before a claim by bisection), else None."""
    ends = [h.end for h in sections]
    return ends if all(a <= b for a, b in zip(ends, ends[1:])) else None


def _section_of(sections: Sequence[Claim], c: Claim, ends: Sequence[int] | None = None) -> list[Claim]:
    """The headings of the sections the claim sits in, innermost first: the last heading before it, then each one
    before that of an outer Markdown level ("## vellum 3.4.2" over "### Fixed" over the line); a heading of no
    Markdown level has none outside it. ``ends``: the sections' ends, in order (`_ends`), when known.

    NOTE: with ``ends`` the headings ending after the claim are skipped by bisection, not read one by one (a long
    document's claims each read every heading after them: quadratic)."""
    out: list[Claim] = []
    upto = bisect.bisect_right(ends, c.start) if ends is not None else len(sections)
    for k in range(upto - 1, -1, -1):
        h = sections[k]
        if h.end > c.start:
            continue
        level = _level(h)
        if not out or 0 < level < _level(out[-1]):
            out.append(h)
        if level <= 1:
            break
    return out


def _level(heading: Claim) -> int:
    """A Markdown heading's level (the number of its "#"), 0 for a heading without them."""
    return len(heading.text) - len(heading.text.lstrip("#"))


def _dating_sections(sections: Sequence[Claim], titles: set[int], src: Source, lexicon: ProductLexicon) -> dict[int, tuple]:
    """The section headings whose date is the time of the lines under them, by start, each with its dates cited at it
    (read once a page, not once a claim): a Markdown section's ("## Week of
    4 May 2026"), a release's ("vellum 3.4.2 (2025-05-14)": the heading names what was released) or one of several
    dated headings (a live page's days). A page's one dated plain line that names nothing else is its dateline ("17
    September 2013-21:29", "Reuters Sep 18, 2013, 02.16PM IST" under a headline): when the page was written, not when
    what each line tells happened; nor is a title's date ("ai2026-05-18", "Friday, June 7")."""
    dated = {h: found for h in sections if h.start not in titles and (found := _section_dates(h, src))}
    return {h.start: _from(found, h) for h, found in dated.items() if len(dated) > 1 or _level(h) or find_products(h.text, lexicon)}


def _section_dates(section: Claim, src: Source) -> tuple[DateValue, ...]:
    """The calendar dates a section heading writes ("## 3.4.2 (2025-05-14)", "Tuesday 3 March 2026")."""
    return tuple(d for d in find_dates(section.text, src.date) if d.precision not in UNPLACED)


def _points_back(text: str, m: re.Match[str], slots: Slots) -> bool:
    """"the firm", "the organization" means an organisation named earlier, unless the phrase says which itself
    ("the organization that worked for years to put him behind bars") or its own sentence names one before it
    ("the FBI, the organization that ...", "Acme said the company ...")."""
    if _RELATIVE_AFTER.match(text, m.end()):
        return False
    before = text[: m.start()]
    return not any(a.label == "ORG" and a.text in before for a in slots.actors)


def _own_dates(slots: Slots) -> tuple[DateValue, ...]:
    """The calendar dates of the claim's own act: not relative ("today", which needs an anchor), not of a noun or
    a describing clause (`DateValue.background`), not a day of no known year ("on March 3"), which sets no time for
    the claims after it."""
    return tuple(d for d in slots.dates if d.precision not in UNPLACED and not d.background)


def _calendar(slots: Slots) -> bool:
    """The claim writes a date a calendar can place: one of a known year, or a relative one."""
    return any(d.precision != MONTH_DAY for d in slots.dates)


def _fronted(c: Claim, d: DateValue) -> bool:
    """The date opens its sentence, before the main verb ("In early May 2026, that question stopped being
    theoretical"): it sets the time of what the paragraph goes on to tell. A date after the verb ("was declared
    a terrorist organization in 2008") dates that sentence's act alone."""
    at = c.text.find(d.text)
    root = next((t for i, t in enumerate(c.tokens) if t.head == i or t.dep == "ROOT"), None)
    return at < 0 or root is None or at < root.start


def _from(values: tuple, claim: Claim) -> tuple:
    """Values handed on to later claims, each remembering the sentence that states it (`stated_in`)."""
    cite = dataclasses.replace(claim, tokens=(), slots=Slots(), context="")
    return tuple(v if v.stated_in is not None else dataclasses.replace(v, stated_in=cite) for v in values)


def _same_event(events: Sequence[Claim], slots: Slots, kb: Knowledge) -> Claim | None:
    """The latest earlier event claim of the document with the same participants: a product and an actor.

    For a claim whose own predicates evoke only light frames ("force", "order"): a verb no frame knows
    ("GPT-5 and Claude 4 have demonstrated reasoning") says something else about the same participants.
    """
    if not slots.products or not slots.actors:
        return None
    actors = {a.key for a in slots.actors}
    for e in reversed(events):
        if not any(same_product(p.key, q.key) for p in slots.products for q in e.slots.products):
            continue
        if actors & {a.key for a in e.slots.actors} and set(slots.frames) <= set(e.slots.frames):
            return e
    return None


def _antecedents(events: Sequence[Claim], paragraph: int, frames: set[str]) -> list[Claim]:
    """Earlier event claims within two paragraphs that share a frame (any frame if none), latest first."""
    out = []
    for e in reversed(events):
        if e.paragraph < paragraph - 2:
            break
        if not frames or frames & set(e.slots.frames):
            out.append(e)
    return out


_QUOTE_MARKS = re.compile(r"[\"“”]")
_QUOTATION = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def _quoted_person(text: str, persons: list[Mention]) -> Mention | None:
    """The first person named inside a quotation of ``text`` that says more than the name ('"Hugh Jackman is a
    consummate entertainer," said Laurence Mark': Hugh Jackman); None without one."""
    for q in _QUOTATION.finditer(text):
        inner = q.group(1)
        named = [m for m in persons if m.text in inner and inner.strip(" ,.") != m.text]
        if named:
            return min(named, key=lambda m: inner.index(m.text))
    return None


def _subject_thing(c: Claim, slots: Slots) -> tuple[Mention, ...]:
    """What a later "it" most likely means: a product, organisation or place that is the claim's grammatical
    subject ("Millbrook lies on the Crow River"), else its first product or organisation, else its common noun
    subject (label ``THING``: "the town"); a place named elsewhere in the sentence ("in Carver County") is where,
    not what, the sentence is about."""
    roots = {i for i, t in enumerate(c.tokens) if t.head == i}
    subjects = {t.text for t in c.tokens if t.dep in ("nsubj", "nsubjpass") and t.head in roots}
    things = list(slots.products) + [a for a in slots.actors if a.label == "ORG"]
    named = [m for m in things + list(slots.places) if subjects & set(m.text.split())]
    if named or things:
        return tuple(named[:1]) or tuple(things[:1])
    persons = " ".join(m.text for m in slots.actors if m.label == "PERSON")
    for i, t in enumerate(c.tokens):
        if t.dep in ("nsubj", "nsubjpass") and t.head in roots and t.pos in ("NOUN", "PROPN") and t.text not in persons:
            # NOTE: a common noun subject ("the town had 8,412 residents") as the holders read it (`noun_phrase`)
            key = noun_phrase(c.tokens, i, c.text, ())
            return (Mention(key, t.text, "THING"),)
    return ()


def _subject_first(c: Claim, persons: list[Mention]) -> tuple[Mention, ...]:
    """Who a later "he" or "she" most likely means: the person who is the claim's grammatical subject,
    else its first person; nobody new when the subject is itself "he" or "she" (the referent carries on)."""
    roots = {i for i, t in enumerate(c.tokens) if t.head == i}
    subjects = [t for t in c.tokens if t.dep in ("nsubj", "nsubjpass") and t.head in roots]
    if any(t.text.lower() in ("he", "she") for t in subjects):
        return ()
    named = [m for m in persons if any(t.text in m.text.split() for t in subjects)]
    # NOTE: a name in quotation marks is a work's title ('credits include "Van Wilder"'), not a person
    people = [m for m in persons if not re.search(r"[\"'“‘]\s*" + re.escape(m.text) + r"\s*[\"'”’]", c.text)]
    return tuple(named[:1]) or tuple(people[:1])


def _own_time(c: Claim) -> str | None:
    """The claim's own time expression as the parser tagged it (DATE/TIME), e.g. "Monday": the first one that
    is not of a noun or a describing clause ("a star of the 1950s")."""
    runs: list[list[Token]] = []
    for i, t in enumerate(c.tokens):
        if t.ent in ("DATE", "TIME"):
            if runs and runs[-1] and c.tokens[i - 1] is runs[-1][-1]:
                runs[-1].append(t)
            else:
                runs.append([t])
    for run in runs:
        if describes_a_noun(c.tokens, run[0].start, run[-1].start + len(run[-1].text)):
            continue
        if _duration(run):
            continue  # NOTE: "built the tower in just over two years" says how long, not when
        text = " ".join(t.text for t in run).strip()
        return text if text and not text.isdigit() else None
    return None


_ANCHORED = frozenset({"ago", "last", "next", "this", "past", "coming", "earlier", "later", "previous", "following"})


def _duration(run: Sequence[Token]) -> bool:
    """The time expression is a length of time ("two years", "just over three weeks"): it ends in a unit of
    duration (`unit_keys`) and no word anchors it to a time ("two years ago", "the past two years", "next week")."""
    keys = unit_keys()
    last = run[-1].lemma.lower()
    return keys.get(last, keys.get(run[-1].text.lower(), "")).startswith("duration-") and not any(
        t.lemma.lower() in _ANCHORED for t in run)


def _short(text: str, n: int = 90) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1] + "…"


def normalize_texts(texts: Sequence[str], parser=None, kb: Knowledge | None = None) -> tuple[Claim, ...]:
    """One claim per text, parsed and normalised; for evaluations and the library API.

    Each text becomes its own document, so no context crosses texts except the product lexicon.
    """
    from checker.models import source_id
    from checker.parse import SpacyParser, parse_units

    parser = parser or SpacyParser()
    sources = [Source(id=source_id(f"<text {i}>", t), path=f"<text {i}>", text=t) for i, t in enumerate(texts)]
    claims = parse_units(sources, parser)
    normalized = normalize([[c] for c in claims], sources, kb)
    return tuple(cs[0] for cs in normalized)
