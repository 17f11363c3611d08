"""CC204 refuted: one source denies a claim (“X denied reports that P”, “P is a hoax”) another asserts."""

from __future__ import annotations

import logging
import re
from typing import Sequence

from checker.cues import corrects_a_fear, crude_lemmas, phrasal_cues, stance_cues
from checker.models import MONTH_DAY, Claim, DateValue, Verdict
from checker.normalize.dates import parse_date
from checker.normalize.entities import LIGHT_FRAMES, Knowledge
from checker.normalize.roles import content_lemmas, role_lemmas, roles_reversed
from checker.rules.base import Rule
from checker.rules.common import LIGHT_VERBS, frames_of, modality_factor, one_name

__all__ = ["REFUTED", "aligned", "asserts", "done_after_denial", "__register__"]

logger = logging.getLogger(__name__)

_MIN_SHARED = 2
"""Content words the denied claim and the asserted one must share (names, nouns, verbs)..."""
_MIN_SHARE = 0.4
"""...and the share of the denied claim's content words they must cover."""
_NEAR = 0.6
"""Cosine of a resolved denial (`checker.refer`) to the claim at or above which another predicate may still say it..."""
_UNSHARED = 0.8
"""...and the cosine it needs when the two share no word at all: a denied clause without a subject of its own is resolved
with the sentence it was cut from, whose names alone score ~0.6-0.7 against any claim about the same person."""


def aligned(a: Claim, b: Claim, kb: Knowledge) -> float:
    """How well two claims state the same predication (0: not the same statement), roles reversed aside.

    The predicate of one must be a word or frame of the other (same lemma, or a shared action frame);
    the arguments must be compatible: shared entities or content words, and not agent and patient
    swapped. Returns the share of the smaller claim's content words the two share.
    """
    if roles_reversed(a.slots, b.slots):
        return 0.0
    la, lb = content_lemmas(a.text, a.slots), content_lemmas(b.text, b.slots)
    if not la or not lb:
        return 0.0
    if not _same_predicate(a, b, kb):
        return 0.0
    ents_a = {m.key for m in a.slots.all_entities()}
    ents_b = {m.key for m in b.slots.all_entities()}
    if ents_a and ents_b and not ents_a & ents_b and not la & lb & {w for k in ents_a | ents_b for w in k.split()}:
        return 0.0  # NOTE: both name who or what, and no name is shared: two different events
    shared = la & lb
    share = len(shared) / min(len(la), len(lb))
    if len(shared) < _MIN_SHARED or share < _MIN_SHARE:
        return 0.0
    return share


def _shares_words(a: Claim, b: Claim) -> bool:
    """The two claims share a content word or a name."""
    names = lambda c: {m.key for m in c.slots.all_entities()}  # noqa: E731
    return bool(content_lemmas(a.text, a.slots) & content_lemmas(b.text, b.slots) or names(a) & names(b))


def _same_predicate(a: Claim, b: Claim, kb: Knowledge) -> bool:
    """The predicate of one (or the predicate it reports: "X has reported that ISIS members crossed the border" says
    ``cross``) is a word of the other (same lemma), or evokes an action frame the other evokes.

    The frame must be the predicate's own, not any word's: "it planned to cut jobs after its purchase of the firm" is
    no claim of buying the firm."""
    la, lb = content_lemmas(a.text, a.slots), content_lemmas(b.text, b.slots)
    ra, rb = role_lemmas(a.slots), role_lemmas(b.slots)
    pa, pb = {ra.get("pred"), ra.get("said")} - {None}, {rb.get("pred"), rb.get("said")} - {None}
    if not pa and not pb:
        return True  # NOTE: unparsed claims (hand-built, pattern-only): the word overlap decides
    fa, fb = set(a.slots.frames) - LIGHT_FRAMES, set(b.slots.frames) - LIGHT_FRAMES
    # NOTE: an unparsed side's frames are all it has to say what it does
    qa, qb = (frames_of(pa, kb) & fa if pa else fa), (frames_of(pb, kb) & fb if pb else fb)
    if bool(pa & lb) or bool(pb & la) or bool(qa & fb) or bool(qb & fa):
        return True
    # NOTE: one act in two words: "denied that the mayor had stepped down" / "the mayor resigned" (`negation.one_act`:
    # WordNet synonyms, a noun of an act and its verb, a phrasal verb and the act it entails)
    from checker.rules.negation import one_act  # NOTE: lazy: negation imports this module

    said = stance_cues()["saying_verbs"] | LIGHT_VERBS
    return bool(pa - said and pb - said) and one_act(a, pa - said, b, pb - said, kb)


def compare_refuted(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """One claim is denied by its source (stance ``denied``) and the other source asserts it; or a
    pointing denial ("the story is a hoax", stance ``refutes``) was resolved to the other claim."""
    if "refutes" in (a.stance, b.stance):
        return _compare_pointing(a, b, kb)
    if (a.stance == "denied") == (b.stance == "denied"):
        return None
    den, other = (a, b) if a.stance == "denied" else (b, a)
    if other.slots.negated or den.slots.negated or _main_negated(other):
        return None  # NOTE: "denied that P" against "not P" agree ("found no link between P's two sides"); a denied negation is out of reach
    if not asserts(den, other):
        return None
    if done_after_denial(den, other):
        return None  # NOTE: "On 1 June the ministry denied that it had approved P" / "approved P on 18 June": true when said
    if den.act == "abandons" and not _goes_ahead(other):
        return None
    if _other_places(den, other, kb):
        return None  # NOTE: "denied reports that it would also close its Texas plant" / "will close its Ohio plant"
    if _opposite(den, other, kb):
        return None  # NOTE: "called a report that it would close the plant baseless" / "will keep the plant open" agree
    roles = role_lemmas(other.slots)
    if corrects_a_fear(other.text, {roles.get("pred"), roles.get("said")} - {None}):
        return None  # NOTE: "reports that she was kidnapped are false" / "X, feared kidnapped, says she is safe" agree
    share = aligned(den, other, kb)
    if not share and den.refers_to == other.id and (_same_predicate(den, other, kb) or den.refers_score >= (_NEAR if _shares_words(den, other) else _UNSHARED)):
        # NOTE: a paraphrase `checker.refer` resolved the denial to ("open a restaurant in Scotland" / "to open
        # UK restaurant"); merely near in meaning, the denied predicate must be the asserted one
        # ("denies he was carrying a weapon" is not "the officers fired their weapons"); near with no word shared,
        # the cosine is the sentence the clause was cut from (`checker.refer`) and a name there carries it
        # ("[Nichols, believed] he was paralyzed after a stroke" / "Nichols remains on the loose")
        share = den.refers_score
    if not share:
        return None
    return _verdict(den, den is a, other, (0.5 + 0.3 * min(1.0, share)) * modality_factor(den, other), den.text)


def _main_negated(c: Claim) -> bool:
    """The claim's main predicate (or what its verb of saying reports) is negated, by "not" or by "no" on its object,
    though the claim as a whole was not read so ("A study found no link between the sweetener and liver damage",
    "Regulators said they had found no evidence"): it asserts no act a denial can contradict."""
    roles = role_lemmas(c.slots)
    return bool({roles.get("pred"), roles.get("said")} & set(c.slots.neg_heads) - {None})


def done_after_denial(den: Claim, other: Claim) -> bool:
    """The other claim dates its act after the denial was made (`Claim.said_on`): every date of its own begins after the
    denial's day. A denial speaks of what was so when it was made; an act done later does not make it false. A day
    without its year is compared by month and day with a date of one year; a denial or an act not dated, or a time the
    calendar cannot place ("on Monday" without the week), leaves the two compared."""
    said = parse_date(den.said_on) if den.said_on else None
    own = [d for d in other.slots.dates if not d.background]
    return said is not None and bool(own) and all(_after(d, said) for d in own)


def _after(later: DateValue, earlier: DateValue) -> bool:
    """``later`` begins after ``earlier`` ends; by month and day when either has no year and the other lies in one year."""
    if (later.precision == MONTH_DAY) == (earlier.precision == MONTH_DAY):
        return later.start > earlier.end
    dated = earlier if later.precision == MONTH_DAY else later
    if dated.start.year != dated.end.year:
        return False
    return (later.start.month, later.start.day) > (earlier.end.month, earlier.end.day)


def _opposite(a: Claim, b: Claim, kb: Knowledge) -> bool:
    """The other claim says the opposite of the denied one in a word of its own (`Knowledge.antonyms_of`: "close" /
    "open", "dead" / "alive"), so it states what the denial says: they agree."""
    la, lb = set(a.slots.lemmas), set(b.slots.lemmas)
    return any(kb.antonyms_of(x) & (lb - la) for x in la - lb)


_PLACES = frozenset({"GPE", "LOC"})


def _other_places(a: Claim, b: Claim, kb: Knowledge) -> bool:
    """Both claims name places and none of one lies in, holds or is one of the other's (`Knowledge.inside`): "close its
    Texas plant" and "close its Ohio plant" are two acts; "its restaurant in Scotland" and "a UK restaurant" may be one."""
    pa = {m.key for m in a.slots.all_entities() if m.label in _PLACES}
    pb = {m.key for m in b.slots.all_entities() if m.label in _PLACES}
    return bool(pa and pb) and not any(kb.inside(kb.canonical(x), kb.canonical(y)) for x in pa for y in pb)


_EARLIER = re.compile(r"\b(?:had|'d)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ght|id|ade|old|ung|ot|ew)\b", re.I)
"""A past perfect ("had announced", "had previously agreed", "had been planned"): a state before the one told."""


_NEGATIVE = re.compile(r"\b(?:not|never|no|none)\b|n[’']t\b", re.I)
"""Words by which a claim negates what it says, wherever the parse put them ("would no longer pursue the purchase")."""


def _goes_ahead(c: Claim) -> bool:
    """The claim tells an act as one to come, which a plan given up ("scrapped its plans to buy Palisade") contradicts:
    a prediction or an infinitive ("will buy", "agreed to acquire", "Northwind to buy Palisade"), not told as it stood
    before ("had announced that it would buy": the story's history, which the giving up ended), not negated or given up
    itself ("would no longer pursue the purchase", "No new stadium for Harwick", "called off its planned merger": they
    agree), and not a past act ("bought a stake in Palisade last year" is another act)."""
    if _EARLIER.search(c.text) or _NEGATIVE.search(c.text) or c.slots.negated:
        return False
    forms = re.findall(r"[a-z]+", c.text.lower())
    words = set(c.slots.lemmas).union(*(crude_lemmas(w) for w in forms))
    words |= {f"{lemma} {w}" for v, w in zip(forms, forms[1:]) for lemma in crude_lemmas(v)}
    if words & stance_cues()["withdrawal_verbs"]:
        return False
    return c.modality == "prediction" or bool(_PROSPECT.search(c.text))


_PROSPECT = re.compile(r"\b(?:will|would|shall|to)\b|['’]ll\b", re.I)
"""Words by which a claim tells an act to come ("will buy", "agreed to acquire", a headline's "Northwind to buy")."""


def _short(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def _verdict(den: Claim, den_first: bool, other: Claim, confidence: float, denied: str, said: str = "") -> Verdict:
    """The CC204 verdict: ``den``'s source denies ``denied`` (as it ``said`` it, when that differs), ``other`` asserts it."""
    who = den.attribution or "the source"
    # NOTE: a question asking whether the claim is false ("Was the video a hoax?") doubts it; it does not deny it. A
    # retraction or a correction takes back what was said: the reader is told which act it is (`Claim.act`)
    act = "doubts" if den.asks else den.act if den.act in _ACTS else "denies"
    participle, verb = _ACTS[act]
    denied_value = (f"{participle} by {who}",)
    vals = (denied_value, ("asserted",)) if den_first else (("asserted",), denied_value)
    as_said = f" (“{_short(said, 60)}”)" if said else ""
    as_said = f" (asking “{_short(said, 60)}”)" if said and den.asks else as_said
    # NOTE: "Hunter said P" / "DHS denies P": a clash with P whoever asserts it, named with both speakers; the values
    # (and so the fingerprint) stay those of the two sides
    speaker = other.attribution if other.attribution and other.attribution.split()[-1].lower() not in _PRONOUNS else None
    asserter = f"the other source reports that {_short(speaker, 60)} asserts" if speaker else "the other source asserts"
    return Verdict(
        code=REFUTED.code,
        verdict="contradiction",
        confidence=round(confidence, 3),
        slot="polarity",
        values=vals,
        reason=f"{who} {verb} “{_short(denied, 90)}”{as_said}, which {asserter}",
    )


_ACTS = {
    "denies": ("denied", "denies that"),
    "doubts": ("doubted", "doubts that"),
    "retracts": ("retracted", "retracts its claim that"),
    "corrects": ("corrected", "corrects the claim that"),
    "abandons": ("abandoned", "abandons the plan to"),
}
"""Each act of taking a claim back (`Claim.act`): its participle (the finding's value) and how the message names it
before the claim's words."""


def asserts(den: Claim, other: Claim) -> bool:
    """The other claim asserts something a denial can contradict: not a hedge, not itself a denial."""
    if other.modality == "hedged" and den.modality not in ("hedged", "prediction"):
        return False  # NOTE: "P may happen" is not contradicted by "X denies P happened"; "X will P" is by "X has no plans to P"
    if other.asks:
        return False  # NOTE: a question ("Singer dead?") asserts nothing
    cues = stance_cues()
    roles = role_lemmas(other.slots)
    if roles.get("pred") in cues["saying_verbs"] and roles.get("agent") in cues["report_nouns"]:
        return False  # NOTE: "a story circulating online claims that P" reports P, it does not assert it
    # NOTE: "P? The report is a hoax" / "X denies P" does not assert P ("DENIES" in a headline too)
    forms = re.findall(r"[a-z]+", other.text.lower())
    words = content_lemmas(other.text, other.slots).union(*(crude_lemmas(w) for w in forms))
    # NOTE: a verb and its particle ("shoots down the claim", "was made up")
    words |= {f"{lemma} {w}" for v, w in zip(forms, forms[1:]) for lemma in crude_lemmas(v)} & phrasal_cues()
    # NOTE: a verb of faking calls false only as a participle ("a doctored photo"; "the doctor said" asserts)
    faked = {lemma for w in forms if w.endswith("ed") for lemma in crude_lemmas(w)} & cues["falsity_participles"]
    # NOTE: "Fans freak out over death rumors" / "amid rumours that P" is about the rumour, not an assertion of it
    falsity = cues["falsity_predicates"] - cues["falsity_participles"]
    # NOTE: "outlets mistakenly credited the image to X" says the claim was made in error
    verbs = cues["denial_verbs"] | cues["doubt_verbs"]
    # NOTE: a verb of denying or doubting written as a noun ("resigned after a long dispute with the council", "the
    # question of funding") denies nothing
    nouns = {w for w in words & verbs if _only_nouns(w, forms)}
    if (words - nouns) & (cues["falsity_adverbs"] | verbs | cues["hearsay_nouns"]):
        return False
    return _argument_only(faked | words & falsity, other, forms)


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
                          "no", "any", "some", "every", "each", "another", "whose"})


def _only_nouns(lemma: str, forms: Sequence[str]) -> bool:
    """Every form of ``lemma`` in the claim is a noun by the words before it: the bare form one or two words after a
    determiner ("a dispute", "a long dispute": a finite verb with a determiner two words back takes an ending, "the firm
    disputes"), a plural right after one ("the disputes"); any other form (an ending of tense: "disputed") is read as
    the verb, and so is a noun after a preposition, which tells the doubt itself ("amid questions about P", "not in
    dispute": ECB+ dev)."""
    places = [k for k, f in enumerate(forms) if lemma in crude_lemmas(f)]
    if not places:
        return False
    for k in places:
        f, prev, prev2 = forms[k], forms[k - 1] if k else "", forms[k - 2] if k > 1 else ""
        bare = f == lemma and (prev in _DETERMINERS or prev2 in _DETERMINERS)
        plural = f in (lemma + "s", lemma + "es") and prev in _DETERMINERS
        if not (bare or plural):
            return False
    return True


def _argument_only(falsity: set[str], c: Claim, forms: Sequence[str]) -> bool:
    """No falsity word, or each only the object of a preposition in the rest of the claim's clause: "X was convicted of
    fraud", "acquitted of fraud", "arrested for running a scam" assert an event of fraud, which a denial can contradict.

    A falsity word calls what the claim says false when it is the predicate or what the predicate reports ("the story is
    a hoax", "police said the video was staged"), stands in the subject ("a fake photo shows ..."), is a complement ("was
    revealed to be a hoax", "called the report a hoax", "dismissed as fake"), or has no known place (an unparsed claim, a
    verb in a subordinate clause): the claim asserts nothing a denial contradicts."""
    if not falsity:
        return True
    roles = role_lemmas(c.slots)
    subject, rest = c.slots.sides
    if not roles.get("pred") or falsity & ({roles.get("pred"), roles.get("said")} | set(subject)) or not falsity <= set(rest):
        return False
    return all(_after_preposition(w, forms) for w in falsity)


_PREPOSITIONS = frozenset({"of", "for", "with", "in", "into", "over", "about", "on", "against", "from", "by", "amid", "after",
                           "behind", "involving"})
"""Prepositions whose object is an argument of the act ("convicted of fraud", "charged with fraud"); not "as", "to" or
"like", which introduce what something is said to be ("dismissed as a hoax", "turned out to be fake", "looks like a fake")."""
_REACH = 3
"""Words a preposition may stand before its object's head ("of wire fraud", "for running a scam")."""
_COMPLEMENT = frozenset({"as", "to", "like", "be", "is", "was", "were", "are", "been", "being"})


def _after_preposition(word: str, forms: Sequence[str]) -> bool:
    """Each form of the lemma ``word`` in the claim follows a preposition within `_REACH` words, with no word that
    introduces a complement between them."""
    places = [k for k, f in enumerate(forms) if word in crude_lemmas(f)]
    if not places:
        return False
    for k in places:
        before = forms[max(0, k - _REACH):k][::-1]
        cut = next((n for n, w in enumerate(before) if w in _COMPLEMENT), len(before))
        if not set(before[:cut]) & _PREPOSITIONS:
            return False
    return True


def _same_speaker(x: str | None, y: str | None) -> bool:
    """Two attributions name one speaker ("Kiir" / "Salva Kiir", `one_name`); pronouns and "the source" name nobody."""
    return one_name(x, y, _PRONOUNS)


def _of_claims(c: Claim) -> bool:
    """The claim speaks of claims: it names a report or hearsay ("the accusations are smoke screens")."""
    cues = stance_cues()
    forms = re.findall(r"[a-z]+", c.text.lower())
    return bool(set().union(*(crude_lemmas(w) for w in forms)) & (cues["report_nouns"] | cues["hearsay_nouns"]))


_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "the", "source"})
"""Words that name no speaker of their own ("the source" is the document's own voice)."""


def _compare_pointing(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """A pointing denial against the claim `checker.refer` resolved it to (and no other claim)."""
    if a.stance == b.stance:
        return None
    den, other = (a, b) if a.stance == "refutes" else (b, a)
    if other.stance != "asserted" or den.refers_to != other.id or other.slots.negated:
        return None  # NOTE: "the report is false" against "the mayor did not resign": which is denied is unclear
    if _same_speaker(den.attribution, other.attribution) and den.refers_score >= _NEAR and _of_claims(other):
        # NOTE: "Kiir denied those claims" resolved to "Kiir said the accusations are smoke screens" (cosine 0.86):
        # one speaker, near in meaning, both speaking of the claims, so both report one denial. "The pope debunked that
        # rumor" against "Pope Francis Confirms P" (0.32) or "Pope says P" (0.7), which names no claim, is what the pope
        # is said to have said, and stays.
        return None
    if not asserts(den, other):
        return None
    if "contrary" in den.slots.lemmas and den.slots.negated and not set(den.slots.neg_heads) & set(other.slots.lemmas):
        # NOTE: "contrary to reports, she has not been captured" states the truth and denies what it negates (the capture):
        # a claim that says nothing of it ("she wrote that she is safe") is no report it corrects, and agrees
        return None
    if "contrary" in den.slots.lemmas and not den.slots.negated and aligned(den, other, kb):
        # NOTE: "contrary to reports, the mayor has resigned" states the truth as it sees it: a claim stating the same
        # predicate of the same arguments ("The mayor resigned on Monday") agrees with it and is no report it corrects
        return None
    return _verdict(den, den is a, other, min(0.9, 0.2 + den.refers_score) * modality_factor(den, other), other.text, den.text)


REFUTED_CODE = "CC204"
"""The rule code of a refuted claim (`REFUTED`)."""


def denied_by_its_own_source(verdict: Verdict, a: Claim, b: Claim, event: Sequence[Claim]) -> bool:
    """True when a CC204 conflict is one the asserting claim's source does not have: that source tells a denial in the
    same event itself ("The Daily Courier had reported that she planned to quit" beside "Lindgren has dismissed as
    untrue claims that she is about to step down"): both sources agree on what was said and that it was denied.
    ``event``: the claims of the event the pair is judged in."""
    if verdict.code != REFUTED_CODE:
        return False
    other = b if a.stance in ("denied", "refutes") else a
    return any(c.source_id == other.source_id and c.stance in ("denied", "refutes") for c in event)


REFUTED = Rule(REFUTED_CODE, "refuted", "polarity",
               "One source denies or calls false a claim that another source asserts.", compare_refuted,
               reads=("asserted", "denied", "refutes"))

__register__ = (REFUTED,)
