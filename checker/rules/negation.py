"""CC201 negation and CC202 antonyms: the same statement with opposite polarity."""

from __future__ import annotations

import functools
import re

from checker.cues import crude_lemmas, stance_cues
from checker.knowledge import act_nouns, deverbal_verbs, phrasal_verbs, verb_antonyms, verb_synonyms
from checker.models import Claim, Verdict
from checker.normalize.contraries import QUALITY
from checker.normalize.entities import Knowledge
from checker.rules.base import Rule
from checker.normalize.roles import NEGATIVE_PRONOUNS, content_lemmas, role_lemmas, roles_reversed
from checker.rules.common import DAY_NAME, LIGHT_FRAMES, LIGHT_VERBS, content_overlap, different_subjects, frames_of, modality_factor, one_name
from checker.rules.stance import asserts

__all__ = ["NEGATION", "ANTONYM", "acts_of", "one_act", "sides_reversed", "__register__"]

_OVERLAP = 80.0
"""Token-set similarity two claims need (negation removed) to count as the same statement."""
_MIN_COVER = 0.4
"""Share of the longer claim's content words (the polar words aside) the two must share, for the similarity to
mean one statement: the token-set ratio scores a short claim whose few words all occur in a long one near 100
("Industrial Designer: Yes." against any long sentence about the designer: 89%)."""
_PARAPHRASE = 0.8
"""Cosine (`checker.refer`) at or above which a negated predicate other than the asserted one still says it
("will not be starring as Jobs" / "will play Jobs"). FNC-1 dev 200 + 200: 0.75 took one more agree folder."""
_STANDING_FOR = frozenset({"that", "those", "one", "ones"})
"""Pronouns that stand for a noun said before them ("the remains are not those of the students", "the voice was not that of
the singer"): negated, they deny an identity."""


def _common_words(c: Claim) -> set[str]:
    """Lemmas of the claim's verbs, adjectives and nouns (`Slots.predicates`: no proper noun), else all its lemmas."""
    return set(c.slots.predicates) if c.slots.predicates else _lemmas(c)


def _lemmas(c: Claim) -> set[str]:
    if c.slots.lemmas:
        return set(c.slots.lemmas)
    if c.tokens:
        return {t.lemma for t in c.tokens}
    import re

    return set(re.findall(r"[a-z']+", c.text.lower()))


def compare_negation(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """One claim negates the main predicate the other asserts, the rest being the same."""
    na, nb = _denies(a), _denies(b)
    if na == nb:
        return None
    neg, pos = (a, b) if na else (b, a)
    if _negated_too(pos):
        return None  # NOTE: "However the results have not yet been divulged" negates its own predicate, as the other does
    if _COUNTERFACTUAL.search(neg.text):
        return None  # NOTE: "would not have placed him on injured reserve if they were still in contention" says what did not happen
    if _written_by_both(neg, pos):
        return None  # NOTE: "has been held without bond" in both, one parse reading it as a denial and the other not
    if "hedged" in (a.modality, b.modality) or (a.modality == "prediction") != (b.modality == "prediction") and not refused_that_day(neg, pos):
        # NOTE: "X will never be Y" does not deny that X is Y now, and "may not" leaves "may" open;
        # two predictions of opposite polarity do deny each other.
        return None
    la, lb = _lemmas(a), _lemmas(b)
    if any(kb.antonyms_of(x) & lb for x in la):
        return None  # NOTE: "voluntary" vs "not mandatory" restate each other
    if _outcome_told(neg, pos):
        return None  # NOTE: "was not convicted on the extortion counts" / "convicted of bribery but acquitted of extortion"
    if _bound_turned(neg, pos):
        return None  # NOTE: "did not fall below 26 degrees" vs "stayed above 26 degrees" restate each other
    if _gap_told(neg, pos):
        return None  # NOTE: "had not won the event since 2011" vs "its first win in the event since 2011" agree
    if sides_reversed(a, b) and not any("said" in role_lemmas(c.slots) for c in (a, b)) and not _same_roles(a, b) and not _voice_swapped(a, b):
        # NOTE: "an A winner can be nominated for B" / "a B winner cannot be nominated for A"; a claim that reports
        # ("Mexican authorities say remains ... are not those of the students") has its speaker on its subject side
        return None
    sim = content_overlap(a.text, b.text)
    # NOTE: the negated predicate itself must be asserted by the other claim, not just nearby words, and
    # not negated there too ("..., which has had no government since 1991" asserts its main clause only);
    # a claim worded otherwise may still say it (`_aligned_negation`)
    if sim < _OVERLAP or _cover(a, b) < _MIN_COVER or neg.slots.neg_heads and pos.slots.predicates and not set(neg.slots.neg_heads) & set(pos.slots.predicates) - set(pos.slots.neg_heads) or not _predicate_asserted(neg, pos, kb):
        return (_aligned_negation(neg, pos, a, kb) or _negated_synonym(neg, pos, a) or _refusal(neg, pos, a)
                or _denied_outright(neg, pos, a, kb) or _denied_of_anyone(neg, pos, a, kb) or _aligned_act(neg, pos, a, kb))
    if _other_subject(neg, pos):
        return None  # NOTE: "Unlike A and B, C is not signed" / "A and B are signed": the same words said of others
    if _said_of_another(neg, pos):
        return None  # NOTE: "Results of the test have not been released" / "he has been booked and later released on bail"
    if _apart(neg, pos):
        return None  # NOTE: "found no cracks in the spillway of the Orrin Dam" / "found cracks in the spillway of the Hale Dam"
    if _noun_not_told(neg, pos):
        return None  # NOTE: "Reyes found no leaks in the spillway" / "Reyes found cracks in the spillway"
    return Verdict(
        code=NEGATION.code,
        verdict="contradiction",
        confidence=round((0.45 + 0.25 * (sim - _OVERLAP) / (100 - _OVERLAP)) * modality_factor(a, b), 3),
        slot="polarity",
        values=(("negated",) if na else ("asserted",), ("negated",) if nb else ("asserted",)),
        reason=f"one source negates what the other asserts ({sim:.0f}% of the wording shared)",
    )


def _core(c: Claim, roles: dict[str, str]) -> set[str]:
    """The act a claim's roles tell: what its verb of saying reports, else its predicate, or for a light or support verb
    the act its object names ("made no arrests": arrest)."""
    pred = roles.get("said") or roles.get("pred")
    if not pred:
        return set()
    if pred in LIGHT_VERBS | stance_cues()["support_verbs"]:
        noun = None if roles.get("said") else roles.get("patient")
        return {noun} | set(deverbal_verbs().get(noun, ())) if noun and noun in act_nouns() else set()
    return {pred}


def _arguments(c: Claim) -> tuple[str | None, str | None, set[str]]:
    """The agent and patient of the act a claim tells (`Slots.roles`; unknown, None, when a verb of saying reports it:
    the roles are then the speaker's), and the words the act is told in (what is said, `Slots.sides`, when reported)."""
    roles = role_lemmas(c.slots)
    if roles.get("said"):
        return None, None, set(c.slots.sides[1])
    return roles.get("agent"), roles.get("patient"), set(c.slots.lemmas)


def _one_argument(x: str | None, y: str | None, words_x: set[str], words_y: set[str]) -> bool | None:
    """Two claims' arguments of one role are one: the same lemma or one name; one unknown, the known one a word of the
    other claim's act; True/False, or None when neither is known."""
    if x and y:
        return x == y or one_name(x, y)
    if x or y:
        return (x or y) in (words_y if x else words_x)
    return None


def _aligned_act(neg: Claim, pos: Claim, a: Claim, kb: Knowledge) -> Verdict | None:
    """One act told with aligned arguments, denied by one source and asserted by the other, however the rest of the two
    sentences differs: the predicates name one act (`one_act`), the one it denies is a negated head, the one it asserts
    is not; the two name one agent (`_one_argument`: the same lemma or one name, or, where a verb of saying reports the
    act, the other's agent written in what is said; not a pronoun), and the patients are not two. An agent no name of
    the asserting claim holds is one only with the patient one besides ("Inspectors found no cracks in the spillway,
    the report said" / "Inspectors found cracks in the spillway of the dam during a routine inspection last week,
    according to a report"). Named places that differ, written dates that cannot meet (`_apart`), a subject the other
    does not name (`_other_subject`) and a denied word the other does not write (`_noun_not_told`) part the two."""
    rn, rp = role_lemmas(neg.slots), role_lemmas(pos.slots)
    xs = _core(neg, rn) & set(neg.slots.neg_heads)
    ys = _core(pos, rp) - set(pos.slots.neg_heads)
    if not xs or not ys or not asserts(neg, pos) or not one_act(neg, xs, pos, ys, kb):
        return None
    (an, pn, wn), (ap, pp, wp) = _arguments(neg), _arguments(pos)
    if {an, ap} & _PRONOUNS or not _one_argument(an, ap, wn, wp):
        return None
    patient = _one_argument(pn, pp, wn, wp)
    if patient is False and not (pn and pn in xs):
        return None
    named = {w for m in pos.slots.all_entities() for w in m.key.split()}
    if (ap or an) not in named and not patient:
        return None  # NOTE: a common noun ("inspectors", "police") is one agent only with one patient besides
    if _apart(neg, pos) or _other_subject(neg, pos) or _noun_not_told(neg, pos) or _named_beside(neg, pos, an or ap):
        return None
    return _denial(a, neg, pos, 0.4, f"one source denies what the other asserts (the same act of the same agent: "
                                     f"{sorted(xs)[0]}, {ap or an})")


def _noun_not_told(neg: Claim, pos: Claim) -> bool:
    """``neg`` denies by "no" on a word ("found no leaks", "no cracks were found": the first two words after it that are
    no function word, `_NONE_OF`) and ``pos`` writes none of the words so denied, nor a verb of their acts
    (`checker.knowledge.deverbal_verbs`: "no injuries" / "were injured"): the denial is of another thing than the one the
    other claim tells."""
    from checker.parse import function_words

    denied = [w.lower() for m in _NONE_OF.finditer(neg.text) for w in m[1].split()[:2]
              if w.lower() not in function_words() | _DETERMINERS | _NOT_COUNTED]
    if not denied:
        return False
    told = _lemmas(pos) | {w.lower() for w in re.findall(r"[A-Za-z]+", pos.text)}
    return not any(({w} | crude_lemmas(w)) & told or {v for x in crude_lemmas(w) for v in deverbal_verbs().get(x, ())} & told
                   for w in denied)


_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)(?:\s+not|\s+never|n['’]t)?\s+have\s+(?:been\s+)?[a-z]+"
                             r"(?:ed|en|wn|ne|ght|id|ade|old|ung|ot|ew|ept|eft|ent|ound)\b", re.I)
"""A past counterfactual ("would not have placed him on injured reserve if ...", "could have been avoided"): what it
denies or asserts is what did not happen, which no report of what did contradicts."""


def _named_beside(neg: Claim, pos: Claim, agent: str | None) -> bool:
    """The denial names something besides its agent (`Slots` mentions) that the other claim does not write, in full or
    short: "Lohan never checked into Morningside" denies a stay at Morningside, not "Lohan checked into the Betty Ford
    Center"."""
    said = {w.lower() for w in re.findall(r"[A-Za-z]+", pos.text)} | {w for m in pos.slots.all_entities() for w in m.key.split()}
    return any(not set(m.key.split()) & said and agent not in m.key.split() and m.text.lower() in neg.text.lower()
               for m in neg.slots.all_entities())


def _outcome_told(neg: Claim, pos: Claim) -> bool:
    """The asserting claim also tells the other outcome of the act the negation denies (`checker.knowledge.verb_antonyms`,
    WordNet's two outcomes of one act: convict / acquit, win / lose, pass / fail), asserted: "Menzies was convicted of
    bribery but acquitted of extortion" says what "Menzies was not convicted on the extortion counts" says, of a part."""
    told = set(pos.slots.predicates) - set(pos.slots.neg_heads)
    return any(verb_antonyms().get(h, frozenset()) & told for h in set(neg.slots.neg_heads) - LIGHT_VERBS)


def _denies(c: Claim) -> bool:
    """The claim negates what it says: read so as a whole (`Slots.negated`), or its main predicate (or what its verb of
    saying reports) is a negated head, as "no" on its direct object makes it ("Inspectors found no cracks in the spillway,
    the report said", "police made no arrests"), which `Slots.negated` leaves asserted."""
    if c.slots.negated:
        return True
    roles = role_lemmas(c.slots)
    patient = roles.get("patient")
    # NOTE: only "no" on the object (on what is said, when a verb of saying reports the act): a "not" the parse read as
    # no denial stays none ("would not say what P was for")
    words = [w for m in _NONE_OF.finditer(c.text) if m[1].split()[0].lower() not in _NOT_COUNTED for w in m[1].split()]
    denied = any(_lemma_in(w, {patient}) for w in words) if patient and not roles.get("said") else bool(words)
    return denied and bool(_core(c, roles) & set(c.slots.neg_heads))


_BELOW, _ABOVE = frozenset({"<", "<="}), frozenset({">", ">="})


def _bound_turned(neg: Claim, pos: Claim) -> bool:
    """The negated claim bounds a value one way and the other claim bounds the same value (number and unit) the other
    way ("did not fall below 26 degrees" / "stayed above 26 degrees"; "did not rise above 3 percent" / "stayed below 3
    percent"): the negation of a bound is the bound turned round, so the two restate each other."""
    return any(x.value == y.value and x.unit == y.unit and (x.comparator in _BELOW and y.comparator in _ABOVE
                                                           or x.comparator in _ABOVE and y.comparator in _BELOW)
               for x in neg.slots.quantities for y in pos.slots.quantities)


_SINCE = re.compile(r"\bsince\s+((?:the\s+)?[\w-]+)", re.I)
_FIRST = re.compile(r"\bfirst\b", re.I)


def _gap_told(neg: Claim, pos: Claim) -> bool:
    """The negation denies the act since a time ("had not won the event since 2011") and the other claim tells the
    first such act since that same time ("its first win in the event since 2011"): the first one since presupposes
    none between, which is what the negation says. The times are the words after "since", written the same."""
    told = {m[1].lower() for m in _SINCE.finditer(pos.text)}
    return bool(told) and bool(_FIRST.search(pos.text)) and any(m[1].lower() in told for m in _SINCE.finditer(neg.text))


def _aligned_negation(neg: Claim, pos: Claim, a: Claim, kb: Knowledge) -> Verdict | None:
    """The negation `checker.refer` resolved to ``pos`` (its positive in other words) denies it: the same
    subject, the negated predicate the other's (same lemma or action frame), or a paraphrase of it (near in
    meaning, `_PARAPHRASE`, not a light verb, with a shared argument besides the subject)."""
    resolved = neg.refers_to == pos.id
    if not (resolved or _same_act(neg, pos, kb)) or not neg.slots.neg_heads or not asserts(neg, pos) or roles_reversed(neg.slots, pos.slots):
        return None
    rp = role_lemmas(pos.slots)
    # NOTE: the subject of the negated words, not of the sentence ("Bale will not star, the studio said")
    named = {w for m in pos.slots.all_entities() for w in m.key.split()}
    subjects = [w for w in neg.slots.neg_subjects if w in (rp.get("agent"), rp.get("patient")) or w in named]
    if not subjects and set(neg.slots.neg_subjects) & _PERSONAL:
        subjects = _pronoun_named(neg, named)
    if not subjects:
        # NOTE: "Culkin is not dead" does not deny "fans react to his death"; "the woman detained was not his wife" does
        # deny "his wife detained"
        return _misidentified(neg, pos, a, rp, named) if resolved else None
    # NOTE: the subject and the other words of its name ("Macaulay" of "Culkin") are no argument besides it
    subject = {subjects[0]} | {w for m in pos.slots.all_entities() if subjects[0] in m.key.split() for w in m.key.split()}
    heads = set(neg.slots.neg_heads) - LIGHT_VERBS - set(pos.slots.neg_heads)
    preds = {rp.get("pred"), rp.get("said")} - {None}
    # NOTE: the action frames of the two predicates themselves, not of any word ("the refusal did not emerge" and
    # "the refusal reflects P" both evoke a refusal, and say different things of it)
    if heads & preds or frames_of(heads, kb) & frames_of(preds, kb):
        how = "the same predicate"
    elif _synonyms(heads) & preds or any(heads & phrasal_verbs()[p] for p in _phrasals(pos, preds)):
        how = "the same act in other words"
    elif heads & _main_acts(neg) and resolved and neg.refers_score >= _PARAPHRASE and (content_lemmas(neg.text, neg.slots) & content_lemmas(pos.text, pos.slots)) - heads - subject and not _governs(neg, heads, preds):
        how = "a paraphrase"
    else:
        return None  # NOTE: "Bale didn't have to audition" does not deny "Bale will play Jobs"
    return _resolved_verdict(neg, pos, a, f"one source negates what the other asserts ({how} of the same subject")


_NONE_OF = re.compile(r"\b(?:no|without)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})", re.I)
""""no" / "without" and the words after it, the noun it counts among them ("no evacuation was ordered", "without frost
damage"). Not a negative pronoun ("nobody", "none"): what it denies is a verb's act of anyone, and on real news
("Nobody has ever dominated him") it denied no act another source told."""


def _denied_outright(neg: Claim, pos: Claim, a: Claim, kb: Knowledge) -> Verdict | None:
    """"no" or "without" on a noun of an act or event (`checker.knowledge.act_nouns`: "no arrests were made", "came
    through May without frost damage") denies that act of anyone, against a claim of another source asserting it, told
    with its verb or its noun (`one_act`: "police arrested two men", "a late frost damaged young shoots"). The noun is
    one the parse reads negated (`Slots.neg_heads`) and whose first WordNet sense is an act or an event: nouns of a
    reason, a need, a saying, a person or a quality ("no specific reason was given", "there was no need", "it goes
    without saying", "no casualties", "of no importance") deny no act, and on ECB+ dev they made almost every finding
    of this reading wrong. What the negation says of the noun besides (the words before it: "no evacuation order")
    the other claim must write, so that a denial of one kind of act does not deny another. Named places that differ
    and written dates that cannot meet part the two, as in `_same_act`; so does a negated subject the other claim does
    not name (`_other_subject`)."""
    acts_told = act_nouns()
    m = next((m for m in _NONE_OF.finditer(neg.text) if m[1].split()[0].lower() not in _NOT_COUNTED), None)
    if not m or not asserts(neg, pos):
        return None
    if _PARTIAL.search(neg.text[: m.start()]):
        return None  # NOTE: "Most people recover without treatment": said of part of them, the act stays open for the rest
    support = stance_cues()["support_verbs"]
    heads = set(neg.slots.neg_heads) - LIGHT_VERBS - support
    rn = role_lemmas(neg.slots)
    main = rn.get("said") or rn.get("pred")  # NOTE: what a verb of saying reports ("no arrests were made, police said")
    if main and main not in set(neg.slots.neg_heads) | LIGHT_VERBS | support and not m[0].lower().startswith("without"):
        return None  # NOTE: "no" on a word beside a main act of its own ("was released with no agreement"): that act stands
    words = [w.lower() for w in m[1].split() if w.lower() not in _DETERMINERS]
    at = next((k for k, w in enumerate(words) if _lemma_in(w, heads)), None)
    if at is None:
        return None
    # NOTE: "no evacuation order": the order is what is denied, "evacuation" what kind, which the other must write
    noun = _lemma_in(words[at], heads)
    if noun not in acts_told:
        return None
    acts, told = {noun} | set(deverbal_verbs().get(noun, ())), set(words[:at])
    shown = m[0][: m[0].lower().rfind(words[at]) + len(words[at])]
    said = _lemmas(pos) | {w.lower() for w in re.findall(r"[A-Za-z]+", pos.text)}
    if any(not ({w} | _lemma_forms(w)) & said and not set(deverbal_verbs().get(w, ())) & said for w in told):
        return None
    if _narrower(neg, m.start() + len(shown), said):
        return None  # NOTE: "No decision has been reached on O'Brien's staff" denies no decision to hire O'Brien
    asserted = set(pos.slots.predicates) - set(pos.slots.neg_heads) - LIGHT_VERBS
    if not one_act(neg, acts, pos, asserted, kb) or _other_subject(neg, pos):
        return None
    if _apart(neg, pos):
        return None
    return _denial(a, neg, pos, 0.4, f"one source denies the act outright (“{_short(shown)}”: {noun}), which the other asserts")


_PARTIAL = re.compile(r"(?<!\bthe )(?<!\bat )(?<!\bfor )(?<!\bin )(?<!\ba )\b(?:most|many|some|several|few|half|majority)\b", re.I)
"""A quantifier over part of a group ("Most people recover without treatment", "the ministry said many residents left
without help", "some of them"); not a superlative or a time ("the most severe", "at most", "for some time", "a few"
counts a few of them and is kept out with "a"): a denial said of some leaves the act open for the others."""


def _apart(neg: Claim, pos: Claim) -> bool:
    """Named places that differ, or written dates that cannot meet: a denial and an assertion of one act at two places or
    times ("no one was hurt in Leeds" / "two were hurt in York")."""
    places = [{m.key for m in c.slots.all_entities() if m.label in _PLACES} for c in (neg, pos)]
    if all(places) and not places[0] & places[1]:
        return True
    da = [d for d in neg.slots.dates if not d.background]
    db = [d for d in pos.slots.dates if not d.background]
    return bool(da and db and not any(x.overlaps(y) for x in da for y in db))


_NOBODY = re.compile(r"\b(?:nobody|no[ -]one|none\s+of(?!\s+(?:them|those|these|it|this|that|us|you)\b))\b"
                     r"(?!\s+(?:else|other|but|except)\b)", re.I)
"""A negative pronoun ("nobody has been arrested", "no one was hurt", "none of the men was charged"); not one that
leaves someone out ("nobody else can move both kinds of traffic", "none other than"): it says the act is the other's alone.
Not "none" alone: it stands for a noun said before it ("Three boats capsized; none sank", "he was asked about a deal and
said there was none"), which another claim's act need not be of (ECB+ test: two findings across topics); nor "none of"
a pronoun or a demonstrative ("none of them", "none of those offers"), which stands for them too."""
_NEGATIVE_PRONOUNS = NEGATIVE_PRONOUNS | {"one"}
"""Lemmas of a negative pronoun (and of "no one"'s "one"), which `Slots.neg_heads` may hold beside the negated verb."""


def _denied_of_anyone(neg: Claim, pos: Claim, a: Claim, kb: Knowledge) -> Verdict | None:
    """A negative pronoun subject of a negated act of the claim ("nobody has been taken into custody, a spokesperson said",
    "no one was charged") denies that act of anyone, against a claim of another source whose own main act it is
    (`one_act`: "three men were arrested at the scene"). The act is the main verb's, or, for a light verb, the act its
    words name (`Slots.neg_heads`: "taken into custody" -> arrest, `checker.knowledge.light_verb_acts`). Named places
    that differ and written dates that cannot meet part the two, as in `_denied_outright`."""
    nobody = _NOBODY.search(neg.text)
    if not nobody or not asserts(neg, pos):
        return None
    rp = role_lemmas(pos.slots)
    # NOTE: the negated words, of the main act or of a clause joined to it ("Detectives are still trying to trace the
    # sender, and so far nobody has been taken into custody"): a negative pronoun stands only where `_negated` reads a
    # negation of the claim, not in a clause that describes or sets the time of another act
    acts = set(neg.slots.neg_heads) - LIGHT_VERBS - stance_cues()["support_verbs"] - _NEGATIVE_PRONOUNS
    told = {rp.get("said") or rp.get("pred")} - {None} - LIGHT_VERBS - set(pos.slots.neg_heads)
    if not acts or not told or not one_act(neg, acts, pos, told, kb):
        return None
    if _apart(neg, pos):
        return None
    if {role_lemmas(c.slots).get("patient") for c in (neg, pos)} & _PRONOUNS:
        return None  # NOTE: "No one expected this" / "everybody was expecting this": what each "this" stands for is not said
    return _denial(a, neg, pos, 0.4, f"one source denies the act of anyone (“{_short(nobody[0])}”: "
                                     f"{sorted(acts)[0]}), which the other asserts")


_WIDENING = frozenset({"any", "all", "every", "each", "either"})
"""Determiners by which a qualifier widens a denial rather than narrowing it ("without frost damage in any of its vineyards")."""
_QUALIFIERS = re.compile(r"\b(?:on|for|in|at|to|about|over|against|with|from|into|among|within|of|under|regarding)\b", re.I)
"""Prepositions that open a qualifier of a denied act ("no decision on O'Brien's staff", "not approved for children")."""


def _narrower(neg: Claim, after: int, said: set[str]) -> bool:
    """After the denied act's noun (from ``after`` in the claim's text, up to its clause's end), a prepositional
    qualifier whose noun (its last content word) the other claim does not write ("No decision has been reached on O'Brien's staff" /
    "the decision to hire O'Brien"; "not approved for children" / "won approval"): a negative of a narrower scope denies
    nothing of the broader positive. A qualifier that widens the denial ("without frost damage in any of its vineyards")
    narrows nothing. Read from the text: the rules meet claims without their parse."""
    from checker.parse import function_words

    rest = _CLAUSE_END.split(neg.text[after:])[0]
    cuts = [m.start() for m in _QUALIFIERS.finditer(rest)]
    for k, at in enumerate(cuts):
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", rest[at: cuts[k + 1] if k + 1 < len(cuts) else len(rest)])[1:]]
        if set(words) & _WIDENING:
            break  # NOTE: what follows ("of its vineyards") is inside the widening "any"
        content = [w for w in words if w not in function_words() and len(w) > 2]
        # NOTE: the phrase's last content word is its noun ("on O'Brien's staff": the staff, not O'Brien)
        if content and not ({content[-1]} | _lemma_forms(content[-1]) | crude_lemmas(content[-1])) & said:
            return True
    return False


_NOT_COUNTED = frozenset({"longer", "later", "earlier", "sooner", "more", "less", "fewer", "matter", "doubt", "sign", "way"})
"""Words after "no" that make no quantifier of it ("no longer", "no more than", "no matter", "no doubt")."""
_DETERMINERS = frozenset({"a", "an", "the", "any", "such", "other", "further", "more", "new", "one", "of"})
"""Words between "no" and its noun that say nothing of what kind ("no further arrests", "without any damage")."""


def _lemma_in(word: str, lemmas: set[str]) -> str:
    """The lemma of ``lemmas`` the written ``word`` is a form of ("arrests" -> "arrest"), else ""."""
    w = word.lower()
    return next((x for x in sorted(lemmas) if w == x or w in _lemma_forms(x)), "")


def _lemma_forms(w: str) -> set[str]:
    return _inflections(w) | {w[:-1] + "ies" if w.endswith("y") else w + "s"}


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def _governs(neg: Claim, heads: set[str], acts: set[str]) -> bool:
    """The negated claim states the other claim's act itself, unnegated, and negates another word of it ("has not
    finished building the factory" / "is still building the factory"; "did not stop the sale" / "sold"): it negates
    something said of that act (its end, its start, its stopping), not the act, so it is no paraphrase denying it."""
    return bool(acts & (set(neg.slots.predicates) - set(neg.slots.neg_heads))) and not acts & heads


def acts_of(c: Claim, verbs: set[str]) -> set[str]:
    """``verbs`` with the one-word acts the phrasal verbs the claim writes on them entail (`_phrasals`,
    `checker.knowledge.phrasal_verbs`: "Mayor Brisco had stepped down" with ``step`` gives resign, quit, leave)."""
    return set(verbs) | {v for p in _phrasals(c, set(verbs)) for v in phrasal_verbs()[p]}


def one_act(a: Claim, xs: set[str], b: Claim, ys: set[str], kb: Knowledge) -> bool:
    """A predicate of ``xs`` (of claim ``a``) and one of ``ys`` (of ``b``) name one act: the same lemma, WordNet
    synonyms in their common senses, a noun of an act and its verb, one action frame (`checker.judge.align.acts_alike`),
    or a phrasal verb one claim writes and the act it entails (`acts_of`: "stepped down" / "resigned")."""
    from checker.judge.align import acts_alike  # NOTE: lazy: checker.judge imports the rules

    xa, yb = acts_of(a, xs), acts_of(b, ys)
    return bool(xa & yb) or any(acts_alike(x, y, kb) for x in xa for y in yb)


def _predicate_asserted(neg: Claim, pos: Claim, kb: Knowledge) -> bool:
    """The negated predicate of ``neg`` (its main one, or what its saying verb reports, when it is negated) is one the
    other claim asserts, by `one_act` with any of its predicates: the same wording around another predicate denies
    nothing the other says ("The expedition never reached the summit" / "The expedition turned back before the summit":
    the summit is shared, not the reaching). Unknown (no role, or the main predicate not negated, a light verb): True."""
    rn = role_lemmas(neg.slots)
    core = ({rn.get("pred"), rn.get("said")} - {None}) & (set(neg.slots.neg_heads) - LIGHT_VERBS)
    if not core or not pos.slots.predicates:
        return True
    if core & stance_cues()["support_verbs"] and any(deverbal_verbs().get(h) for h in set(neg.slots.neg_heads) - core):
        return True  # NOTE: "did not reach an agreement": the act is its noun's (`_neg_heads` gives "agree")
    asserted = set(pos.slots.predicates) - set(pos.slots.neg_heads)
    return one_act(neg, core, pos, asserted, kb)


def _main_acts(c: Claim) -> set[str]:
    """The claim's main predicate and what its saying verb reports (`Slots.roles`), with the verbs of an act a noun
    there names ("no agreement was reached": reach, agree): a negation of another word ("released without charge")
    leaves the main act asserted, which no paraphrase of another claim's act can deny."""
    acts = {w for r, w in c.slots.roles if r in ("pred", "said")}
    return acts | {v for w in acts for v in deverbal_verbs().get(w, ())} | (set(c.slots.neg_heads) if acts & (LIGHT_VERBS | stance_cues()["support_verbs"]) else set())


def _negated_synonym(neg: Claim, pos: Claim, a: Claim) -> Verdict | None:
    """The negated predicate is a synonym of one the other claim asserts (`_synonyms`: "dogs are not permitted on the
    trail" / "dogs are allowed on the trail"), the rest of the two claims being the same wording (`_OVERLAP`, `_MIN_COVER`
    with the two verbs set aside) and said of the same subject (`_other_subject`)."""
    asserted = set(pos.slots.predicates) - set(pos.slots.neg_heads) - LIGHT_VERBS
    phrasal = _phrasals(pos, asserted)
    for head in sorted(set(neg.slots.neg_heads) - LIGHT_VERBS):
        # NOTE: "did not pass its boiler examination" / "sailed through her boiler exam": the phrasal verb entails "pass"
        for other in sorted(_synonyms({head}) & asserted - {head}) + sorted(p for p in phrasal if head in phrasal_verbs()[p]):
            polar = {head, other}
            sim = content_overlap(a.text, pos.text if a is neg else neg.text, drop=_forms(head) | _forms(other))
            if sim < _OVERLAP or _cover(neg, pos, _forms(head) | _forms(other) | polar) < _MIN_COVER or _other_subject(neg, pos):
                continue
            return _denial(a, neg, pos, 0.4 + 0.25 * (sim - _OVERLAP) / (100 - _OVERLAP),
                           f"one source negates what the other asserts ('{head}' and '{other}' name one act; {sim:.0f}% of the "
                           "other wording shared)")
    return None


def _refusal(neg: Claim, pos: Claim, a: Claim) -> Verdict | None:
    """A refusal stated on the day of the act (`refused_that_day`) whose negated verb is the act the other claim asserts
    (or a synonym of it, `_synonyms`), and whose speaker the other claim names: "Ortega said on Friday that she would not
    resign" / "Ortega resigned on Friday"."""
    if not refused_that_day(neg, pos):
        return None
    heads = set(neg.slots.neg_heads) - LIGHT_VERBS
    asserted = set(pos.slots.predicates) - set(pos.slots.neg_heads)
    if not (heads & asserted or _synonyms(heads) & asserted):
        return None
    speaker = set(re.findall(r"\w+", (neg.attribution or "").lower()))
    named = {w for m in pos.slots.all_entities() for w in m.key.split()} | set(re.findall(r"\w+", pos.text.lower()))
    if not speaker & named - _PERSONAL:
        return None
    return _denial(a, neg, pos, 0.45,
                   f"one source reports {neg.attribution} refusing, on the day the other dates it, the act the other says was done")


def _forms(lemma: str) -> set[str]:
    """Written forms of a verb's lemma (`_inflections`, with a doubled last consonant: "permitted", "banned"); of a phrasal
    verb, its verb's forms and its particle ("sail through": "sailed", "through")."""
    if " " in lemma:
        verb, particle = lemma.split(" ", 1)
        return _forms(verb) | {particle}
    return {lemma} | _inflections(lemma) | {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}


@functools.lru_cache(maxsize=1)
def _phrasals_of() -> dict[str, tuple[str, ...]]:
    """Verb -> the phrasal verbs of `checker.knowledge.phrasal_verbs` it opens ("sail" -> "sail through", ...)."""
    out: dict[str, list[str]] = {}
    for p in sorted(phrasal_verbs()):
        out.setdefault(p.split(" ", 1)[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _phrasals(c: Claim, asserted: set[str]) -> set[str]:
    """The phrasal verbs (`checker.knowledge.phrasal_verbs`) the claim writes, its verb among ``asserted`` and its
    particle right after it ("41298 sailed through her boiler exam": ``sail through``)."""
    text = c.text.lower()
    words = set(re.findall(r"[a-z]+", text))
    lemmas = set(c.slots.lemmas)
    out = set()
    for p in (p for verb in asserted for p in _phrasals_of().get(verb, ())):
        verb, particle = p.split(" ", 1)
        if re.search(r"\b(?:" + "|".join(sorted(map(re.escape, _forms(verb)), key=len, reverse=True)) + r")\s+" + re.escape(particle) + r"\b", text):
            out.add(p)
        elif verb in lemmas and not _forms(verb) & words and any(
                not crude_lemmas(m[1]) & lemmas for m in re.finditer(r"\b([a-z]+)\s+" + re.escape(particle) + r"\b", text)):
            # NOTE: an irregular form ("were kept out of class"): the claim's verb is written in no regular form, and a word
            # before the particle is no regular form of any word of the claim, so it is that verb's
            out.add(p)
    return out


_DAY_NAME = re.compile(r"\b" + DAY_NAME + r"\b", re.I)


def refused_that_day(neg: Claim, pos: Claim) -> bool:
    """``neg`` is a refusal its speaker states ("Ortega said on Friday that she would not resign": a reported prediction
    whose negated words are said of the speaker) on the day ``pos`` dates the act ("Ortega resigned on Friday"): a
    refusal and the act on one day cannot both stand, where a forecast ("Analysts said she would not resign") or a
    refusal of another day (she changed her mind) can. The day is the two claims' own dates when both are read, else the
    same weekday written in both."""
    if neg.modality != "prediction" or pos.modality == "prediction" or not neg.attribution or not neg.slots.neg_subjects:
        return False
    speaker = set(re.findall(r"\w+", neg.attribution.lower()))
    if not set(neg.slots.neg_subjects) & (speaker | _SPEAKERS):
        return False
    da = [d for d in neg.slots.dates if not d.background]
    db = [d for d in pos.slots.dates if not d.background]
    if da and db:
        return all(x.overlaps(y) for x in da for y in db)
    days = [{m.lower() for m in _DAY_NAME.findall(c.text)} for c in (neg, pos)]
    return len(days[0]) == 1 and days[0] == days[1]


_PERSONAL = frozenset({"he", "she", "they"})
_SPEAKERS = _PERSONAL | {"it", "i", "we"}
"""Pronouns a refusal's speaker may be the subject of its negated words by ("she would not resign")."""
_PRONOUNS = _SPEAKERS | {"this", "that", "these", "those", "you", "one"}
"""Subjects that name nothing by themselves."""
"""Personal pronouns a negation's subject may be ("She has not resigned"): `checker.parse` reads them as the name
before them in the claim's context ("She [Dana Reyes] has not resigned")."""


def _pronoun_named(neg: Claim, named: set[str]) -> list[str]:
    """The words of the name a personal pronoun subject of ``neg`` stands for, when the other claim names it: a name the
    claim's mentions hold that its own words do not spell (it came from the pronoun's reading in the context)."""
    text = neg.text.lower()
    return sorted({w for m in neg.slots.all_entities() if m.text.lower() not in text for w in m.key.split()} & named)


def _resolved_verdict(neg: Claim, pos: Claim, a: Claim, reason: str) -> Verdict:
    """CC201 for a negation `checker.refer` resolved to ``pos``: its confidence grows with the resolution's cosine; an
    unresolved one of the same act (`_same_act`) counts as resolved at the paraphrase cosine."""
    score = neg.refers_score if neg.refers_to == pos.id else _PARAPHRASE
    said = f"{reason}, similarity {score:.2f})" if neg.refers_to == pos.id else f"{reason}, the same named agent)"
    return _denial(a, neg, pos, 0.35 + 0.3 * (score - _PARAPHRASE + 0.2), said)


def _denial(a: Claim, neg: Claim, pos: Claim, weight: float, reason: str) -> Verdict:
    """CC201 between the negating claim ``neg`` and the asserting ``pos``, sides in the order ``a`` first; its confidence
    is ``weight`` discounted by the two claims' modality."""
    return Verdict(
        code=NEGATION.code,
        verdict="contradiction",
        confidence=round(weight * modality_factor(neg, pos), 3),
        slot="polarity",
        values=(("negated",), ("asserted",)) if a is neg else (("asserted",), ("negated",)),
        reason=reason,
    )


def _synonyms(verbs: set[str]) -> set[str]:
    """The verbs WordNet puts in one common sense with any of ``verbs`` ("quit" for "resign", "free" for "release";
    `checker.knowledge.verb_synonyms`): a negation in one verb denies the act another source reports in the other."""
    table = verb_synonyms()
    return {o for v in verbs for o in table.get(v, ())}


_PLACES = frozenset({"GPE", "LOC", "FAC"})
"""Entity labels of places: an act in one place and its negation in another are two acts."""


_NEGATION = re.compile(r"\b(without|not|no|never|nor)((?:\s+[\w-]+){1,3})|n't((?:\s+[\w-]+){1,3})", re.I)
"""A negation word and the words it stands before ("without bond", "not guilty", "didn't pay", "no serious injuries")."""


def _negations(text: str) -> set[tuple[str, str]]:
    """The negation words of ``text`` with the first content word of the three after each, read past other function
    words ("no serious injuries": injuries, "serious" being one of spaCy's stop words) but not past an auxiliary ("not
    be" says nothing of what)."""
    from checker.parse import function_words

    out = set()
    for m in _NEGATION.finditer(text):
        cue, words = (m[1].lower(), m[2]) if m[1] else ("not", m[3])
        for w in (w.lower() for w in words.split()):
            if w in _AUXILIARIES:
                break  # NOTE: "will not be meeting": what the auxiliary's verb is, the rest of the clause says
            if w not in function_words():
                out.add((cue, w))
                break
    return out


_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were", "am", "have", "has", "had", "having", "do", "does",
                          "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must"})
"""Auxiliaries after a negation ("not be", "not have"): the negation's word is not read past them."""


def _written_by_both(neg: Claim, pos: Claim) -> bool:
    """The other claim writes a negation of the negated claim word for word ("held without bond" / "has been held
    without bond at the jail"): whatever the parse made of either, both deny the same thing, and neither asserts it."""
    return bool(_negations(neg.text) & _negations(pos.text))


def _negated_too(pos: Claim) -> bool:
    """The positive claim's own main predicate is negated, though the claim as a whole was not read so ("However the
    results have not yet been divulged"): it asserts no act the other claim denies."""
    pred = role_lemmas(pos.slots).get("pred")
    return bool(pred) and pred in pos.slots.neg_heads


def _said_of_another(neg: Claim, pos: Claim) -> bool:
    """The words negated are asserted only away from the positive claim's main act, and of none of its arguments:
    "Results of Williams' test have not been released" / "Although results are pending ..., he has been booked and
    later released on bail" (released is said of him, not of the results). Without roles or the negated words' subject
    (or with only a pronoun for it), or with a subject the other claim names, nothing is known: False."""
    rp = role_lemmas(pos.slots)
    preds = {rp.get("pred"), rp.get("said")} - {None}
    heads = set(neg.slots.neg_heads) - LIGHT_VERBS
    if not preds or not heads or not set(neg.slots.neg_subjects) - _PRONOUNS or heads & (preds | _synonyms(preds)):
        return False  # NOTE: "it's not very expensive for a remote control": a pronoun may be anything the other says
    if role_lemmas(neg.slots).get("pred") in preds:
        return False  # NOTE: "was found not guilty" / "was found guilty": one act, its complement negated
    named = {w for m in pos.slots.all_entities() for w in m.key.split()}
    if set(neg.slots.neg_subjects) & named:
        return False  # NOTE: a name the other claim writes is its subject wherever the parse put the main act
    return not set(neg.slots.neg_subjects) & ({rp.get("agent"), rp.get("patient")} - {None})


def _same_act(neg: Claim, pos: Claim, kb: Knowledge) -> bool:
    """Without a resolution, the negation says the same act of the same named agent: one main predicate (not a light
    verb) negated in one and asserted in the other (`one_act`: "did not buy SkyLink" / "has acquired SkyLink"), one
    agent that the other names as the agent of its main predicate, the patients the same
    when both have one (or one a word of the other claim: "SkyLink" / "the regional carrier SkyLink"), no two places that
    differ, and no written dates that cannot meet ("Alvarez conceded on Tuesday night and said he would stay" /
    "Alvarez has not conceded and is considering a recount": the conjoined clauses dilute the cosine `checker.refer`
    resolves by)."""
    rn, rp = role_lemmas(neg.slots), role_lemmas(pos.slots)
    pred, agent = rn.get("pred"), rn.get("agent")
    if not pred or pred in LIGHT_VERBS or pred not in neg.slots.neg_heads or not agent:
        return False
    named = {w for m in pos.slots.all_entities() for w in m.key.split()}
    if agent not in named:
        return False
    if not rp.get("pred") or rp["pred"] in LIGHT_VERBS or not one_act(neg, {pred}, pos, {rp["pred"]}, kb) or agent != rp.get("agent"):
        # NOTE: not what a verb of saying reports, whose agent the roles do not give ("Lohan checked into Betty Ford,
        # sources said" / "Lohan never checked into Morningside": ECB+ dev, one act of one agent at two places)
        return False
    if rn.get("patient") and rp.get("patient") and rn["patient"] != rp["patient"] and not (
            rn["patient"] in pos.slots.lemmas or rp["patient"] in neg.slots.lemmas):
        return False
    places = [{m.key for m in c.slots.all_entities() if m.label in _PLACES} for c in (neg, pos)]
    if all(places) and not places[0] & places[1]:
        return False  # NOTE: "opened a branch in Tallinn" / "did not open a branch in Riga": two acts, in two places
    da = [d for d in neg.slots.dates if not d.background]
    db = [d for d in pos.slots.dates if not d.background]
    return not (da and db and not any(x.overlaps(y) for x in da for y in db))


def _misidentified(neg: Claim, pos: Claim, a: Claim, rp: dict[str, str], named: set[str]) -> Verdict | None:
    """A negated identity ("a woman detained by the police was not the wife of X") against the claim it was resolved to
    that names that one as doing or undergoing the act ("Wife of X detained"): the negated noun or name is the other's
    agent, patient or a name it mentions, and the other's predicate (not a light verb) is a word of the negation. Or
    a negated pronoun standing for the subject ("the remains are not those of the students", `_STANDING_FOR`) against a
    claim relating the two ("mass grave linked to the students"): the negation names words of both its sides."""
    heads = set(neg.slots.neg_heads) - LIGHT_VERBS
    who = heads & ({rp.get("agent"), rp.get("patient")} | named)
    if not who and heads & _STANDING_FOR and not pos.slots.negated and rp.get("pred") not in LIGHT_VERBS | {None}:
        # NOTE: "the remains found in the grave are not those of the students" against "mass grave linked to the missing
        # students": a pronoun standing for the negation's subject denies it is the other's; the negation names what the
        # other claim says on each side of its predicate (the grave, the students)
        subject, rest = (set(side) for side in pos.slots.sides)
        words = set(neg.slots.lemmas)
        if subject & words and (rest - subject) & words:
            return _resolved_verdict(neg, pos, a, f"one source denies that {', '.join(sorted(subject & words))} is that of "
                                                  f"{', '.join(sorted((rest - subject) & words))}, as the other says (")
    acts = {rp.get("pred"), rp.get("said")} - {None} - LIGHT_VERBS - who
    if not who or not acts & (set(neg.slots.lemmas) - set(neg.slots.neg_heads)):
        return None
    return _resolved_verdict(neg, pos, a, f"one source says the one who did it was not {sorted(who)[0]}, as the other names (")


def _other_subject(neg: Claim, pos: Claim) -> bool:
    """The negated words are said of a name (`Slots.neg_subjects`) the other claim does not mention, in full, short
    or as initials (`one_name`), while the other claim says its words of someone ("Unlike A, B and C, Ross is not
    signed" / "A, B and C are already signed"): the same words of different subjects deny nothing."""
    names = [m for m in neg.slots.all_entities() if set(m.key.split()) & set(neg.slots.neg_subjects)]
    if not names or not pos.slots.sides[0]:
        return False
    words = content_lemmas(pos.text, pos.slots) | {w for m in pos.slots.all_entities() for w in m.key.split()}
    return not any(set(m.key.split()) & words or any(one_name(m.text, o.text) for o in pos.slots.all_entities()) for m in names)


def _voice_swapped(a: Claim, b: Claim) -> bool:
    """The two claims name one patient (`Slots.roles`), on the subject side of its predicate (`Slots.sides`) in one
    only: a passive ("No wage deal was signed between the union and the operator") and an active claim ("The union and
    the operator signed a wage deal") have their sides the other way round without reversing anyone's role."""
    pa, pb = role_lemmas(a.slots).get("patient"), role_lemmas(b.slots).get("patient")
    if not pa or pa != pb or not a.slots.sides or not b.slots.sides:
        return False
    return (pa in a.slots.sides[0]) != (pb in b.slots.sides[0])


def _same_roles(a: Claim, b: Claim) -> bool:
    """Both claims name one agent and one patient, the same in each: a passive against an active ("X was not acquitted by
    the court" / "the court acquitted X") puts them on other sides of the verb without reversing them."""
    ra, rb = role_lemmas(a.slots), role_lemmas(b.slots)
    return all(ra.get(r) and ra.get(r) == rb.get(r) for r in ("agent", "patient"))


def sides_reversed(a: Claim, b: Claim) -> bool:
    """The content words on the subject side of one claim's main predicate are on the other side in the other
    claim, and back ("an Oscar winner can be nominated for a Tony" / "a Tony winner ... for an Oscar")."""
    (sa, oa), (sb, ob) = (tuple(set(x) for x in c.slots.sides) for c in (a, b))
    return bool((sa & ob) - sb - oa) and bool((oa & sb) - ob - sa)


def compare_antonyms(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """The claims say the same thing but with antonymous words (granted/denied, won/lost)."""
    la, lb = _lemmas(a), _lemmas(b)
    # NOTE: a word each claim uses only itself, paired with its antonym in the other (`Knowledge.antonyms_of`);
    # a word of a name is no antonym ("New Orleans" against "23-year-old")
    wa, wb = _common_words(a) - lb, _common_words(b) - la
    # NOTE: the act a phrasal verb entails is a word of its claim ("turned down the plan": reject, against "approved the plan")
    pa, pb = _phrasal_acts(a, lb), _phrasal_acts(b, la)
    for p in sorted(wa | set(pa)):
        for q in sorted(kb.antonyms_of(p) & (wb | set(pb))):
            if a.slots.negated != b.slots.negated:
                return None  # NOTE: "not voluntary" vs "mandatory" agree
            if _modify_different(a, p, b, q):
                continue  # NOTE: "in the second quarter" / "in the first half": two time spans, no polarity
            if _negated_word(a, pa.get(p, p).split()[0]) != _negated_word(b, pb.get(q, q).split()[0]):
                return None  # NOTE: "will keep the plant open" / "there are no plans to relocate or close the plant" agree
            if different_subjects(a, b):
                continue  # NOTE: "Exports fell in March" / "Imports rose in March": two things, one rising, one falling
            if _doers_apart(a, p, b, q):
                continue  # NOTE: "Rovers won the final" / "United reached the final and lost to Rovers": one outcome, two sides
            polar = {p, q} | _inflections(p) | _inflections(q) | _forms(pa.get(p, p)) | _forms(pb.get(q, q))
            sim = content_overlap(a.text, b.text, drop=polar)
            if sim < _OVERLAP - 5 or _cover(a, b, polar) < _MIN_COVER:
                continue
            return Verdict(
                code=ANTONYM.code,
                verdict="contradiction",
                confidence=round(0.65 * modality_factor(a, b), 3),
                slot="polarity",
                values=((p,), (q,)),
                reason=f"'{p}' and '{q}' are antonyms in otherwise matching statements ({sim:.0f}% shared)",
            )
    return None


def _phrasal_acts(c: Claim, other: set[str]) -> dict[str, str]:
    """The one-word acts the phrasal verbs a claim writes entail (`_phrasals`, `checker.knowledge.phrasal_verbs`: "turned
    down the plan": decline, refuse, reject), each with its phrasal verb; not an act the other claim writes itself."""
    told = set(c.slots.predicates) - set(c.slots.neg_heads)
    return {act: p for p in sorted(_phrasals(c, told)) for act in phrasal_verbs()[p] if act not in other}


def _doers(c: Claim, lemma: str) -> set[str] | None:
    """Who does the act of the verb ``lemma`` by the claim's slots (tokens are dropped before judging): the agent the
    contraries reader gave it (`Slots.contraries`), else the main predicate's subject words (`Slots.sides`), which a
    verb joined to it or completing it shares when it writes none ("United reached the final and lost to Rovers",
    "Rovers went on to win the final"). ``None`` when the claim has no subject at all ("Having led at half-time, lost
    the final"): who lost is not said. An empty set when nothing is known (the lemma read as no act, a pronoun)."""
    agents = {agent for word, _, _, agent in c.slots.contraries if word == lemma}
    if not agents or QUALITY in agents:
        return set()
    named = agents - {""}
    if named:
        return set() if named & _PRONOUNS else named
    subject = set(c.slots.sides[0])
    if not subject:
        return None
    return set() if subject & _PRONOUNS else subject


def _doers_apart(a: Claim, p: str, b: Claim, q: str) -> bool:
    """The antonym verbs ``p`` (of ``a``) and ``q`` (of ``b``) are said of two doers (`_doers`), or one of them of no
    doer the claim reads: "Rovers won the final" and "United reached the final and lost to Rovers" tell one outcome from
    its two sides; "lost the final" with no subject says nothing of who."""
    da, db = _doers(a, p), _doers(b, q)
    if da is None or db is None:
        return True
    return bool(da and db and not da & db and not any(one_name(x, y) for x in da for y in db))


_CLAUSE_END = re.compile(r"[,;:.!?()]|\b(?:but|although|though|while|whereas|which|who|because)\b", re.I)
_NEGATORS = re.compile(r"\b(?:not|no|never|without|nor|neither)\b|n['’]t\b", re.I)


def _negated_word(c: Claim, lemma: str) -> bool:
    """A form of ``lemma`` stands in the scope of a negation of its own clause: a negation word ("not", "no plans to",
    "never", "without") before it with no clause boundary between ("there are no plans to relocate or close the plant":
    close is denied, not asserted, whatever the parse made of the sentence's main verb)."""
    forms = {lemma} | _inflections(lemma)
    for m in re.finditer(r"[A-Za-z]+", c.text):
        if m[0].lower() not in forms:
            continue
        before = _CLAUSE_END.split(c.text[: m.start()])[-1]
        if _NEGATORS.search(before):
            return True
    return False


def _modify_different(a: Claim, p: str, b: Claim, q: str) -> bool:
    """The two words modify different nouns, one of which only its own claim uses: "close in the second quarter" and
    "close in the first half" say when, each of another span; "a voluntary vote" and "a mandatory vote" modify one."""
    def modified(c: Claim, w: str) -> str:
        m = re.search(rf"\b{re.escape(w)}\s+([a-z]+)\b", c.text, re.IGNORECASE)
        return m[1].lower() if m else ""

    na, nb = modified(a, p), modified(b, q)
    words_a, words_b = content_lemmas(a.text, a.slots), content_lemmas(b.text, b.slots)
    # NOTE: one of the two nouns is enough that the other claim does not write ("about 8 percent over its first budget" /
    # "which officials blamed on delays in the second year": the budget is in both, the year only in one)
    return (bool(na) and bool(nb) and na != nb and na in words_a and nb in words_b
            and (na not in words_b or nb not in words_a))


def _cover(a: Claim, b: Claim, drop: frozenset[str] | set[str] = frozenset()) -> float:
    """The share of the longer claim's content words (`content_lemmas`, ``drop`` aside) the two claims share."""
    wa, wb = content_lemmas(a.text, a.slots) - drop, content_lemmas(b.text, b.slots) - drop
    return len(wa & wb) / max(1, len(wa), len(wb))


def _inflections(w: str) -> set[str]:
    return {w + "s", w + "ed", w + "d", w + "es", w + "ing", w[:-1] + "ied" if w.endswith("y") else w, w + "ion"}


NEGATION = Rule("CC201", "negation", "polarity", "One source negates what another asserts about the same event.",
                compare_negation)
ANTONYM = Rule("CC202", "antonym", "polarity", "Sources describe the same event with antonymous words.", compare_antonyms)

__register__ = (NEGATION, ANTONYM)
