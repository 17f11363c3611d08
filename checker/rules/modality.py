"""CC203 characterisation conflict: the same action called voluntary by one source, not optional by another."""

from __future__ import annotations

from checker.models import Claim, Verdict
from checker.normalize.entities import Knowledge
from checker.normalize.contraries import CHARGE, QUALITY, contrary_of, same_holder
from checker.normalize.poles import pole_values
from checker.normalize.roles import content_lemmas
from checker.rules.base import Rule
from checker.rules.common import content_overlap, different_subjects, frames_agree, modality_factor, other_occasions, other_periods
from checker.rules.dates import event_date

__all__ = ["POLE", "__register__", "contrary_words", "opposite_poles", "pole_values"]


def _poles(c: Claim, kb: Knowledge) -> dict[str, tuple[int, str, tuple[str, ...]]]:
    """The poles the claim takes, with who they characterise: as normalised from its parse (`Slots.poles`), else
    read from its text (no holders known)."""
    if c.slots.poles is not None:
        return {scale: (sign, words, holders) for scale, sign, words, holders in c.slots.poles}
    return {scale: (sign, words, ()) for scale, (sign, words) in pole_values(c.text, kb).items()}


def opposite_poles(a: Claim, b: Claim, kb: Knowledge) -> tuple[str, str, str] | None:
    """(scale, a's word, b's word) of the first scale both claims take opposite poles on, said of one subject or of
    subjects not named ("Hardwicke failed to reach a deal" vs "the film won a nomination" characterise two acts)."""
    pa, pb = _poles(a, kb), _poles(b, kb)
    for scale in sorted(set(pa) & set(pb)):
        (va, wa, ha), (vb, wb, hb) = pa[scale], pb[scale]
        if ha and hb and not set(ha) & set(hb):
            continue
        if va != vb:
            return scale, wa, wb
    return None


def contrary_words(a: Claim, b: Claim, kb: Knowledge) -> tuple[str, str, str] | None:
    """(holder, a's word, b's word) of the first pair of antonyms (`Knowledge.antonyms_of`) the two claims say of one
    holder with the same polarity (`Slots.contraries`): "offers flexible payment options" / "suggests inflexible
    payment options", "increased its dividend" / "a decrease in the dividend". A claim that says both words of the
    holder ("flexible or inflexible plans") takes no side; "not flexible" against "inflexible" agree."""
    if a.slots.negated != b.slots.negated:
        return None
    ours = {(w, h) for w, h, _, _ in a.slots.contraries}
    theirs = {(w, h) for w, h, _, _ in b.slots.contraries}
    for p, held, neg, who in a.slots.contraries:
        for q, held_b, neg_b, who_b in b.slots.contraries:
            if not same_holder(held, held_b) or neg != neg_b or q not in contrary_of(p, kb):
                continue
            if any(w == q and same_holder(h, held_b) for w, h in ours) \
                    or any(w == p and same_holder(h, held) for w, h in theirs):
                continue  # NOTE: a claim saying both words of the holder ("acquitted of murder, convicted of theft")
            if QUALITY in (who, who_b) and not _one_statement(a, b, {p, q}):
                continue  # NOTE: "the last season" / "his first season as head coach": a quality picks out one of a kind
            if who and who_b and QUALITY not in (who, who_b) and who != who_b:
                continue  # NOTE: "the Colts won the game" / "the Chiefs lost the game": two sides of one act
            if different_subjects(a, b):
                continue  # NOTE: "Manufacturing output fell" / "Services output rose": one head noun, two things
            return held.partition(CHARGE)[0], p, q
    return None


_STATEMENT_OVERLAP = 70.0
"""Token-set similarity (`content_overlap`, the antonyms aside) two claims need for an adjective of one holder to say
the same thing of it in both: the antonym rule's (CC202) floor. On ECB+ dev every adjective pair below it named two
things of one kind ("last season" / "his first season", "a big right hand" / "his left hand", "national" / "local
observers": 51-56), the SummEdits dev edits in one statement 71-100."""
_STATEMENT_COVER = 0.4
"""Share of the longer claim's content words (the antonyms aside) the two must share, as for CC202."""


def _one_statement(a: Claim, b: Claim, words: set[str]) -> bool:
    """The two claims say one thing, the antonyms aside: wording alike (`_STATEMENT_OVERLAP`) over most of the longer
    claim's content words (`_STATEMENT_COVER`)."""
    if content_overlap(a.text, b.text, drop=words) < _STATEMENT_OVERLAP:
        return False
    wa, wb = content_lemmas(a.text, a.slots) - words, content_lemmas(b.text, b.slots) - words
    return len(wa & wb) / max(1, len(wa), len(wb)) >= _STATEMENT_COVER


def _foretold_against_dated(a: Claim, ta: tuple | None, b: Claim, tb: tuple | None) -> bool:
    """``a`` predicts its act with no date of its own and ``b`` states as a fact an act it dates itself: the act to come
    and the dated one are two times ("Brennick to close Oakvale plant" / "The Oakvale plant opened in 1974")."""
    return a.modality == "prediction" and ta is None and b.modality == "fact" and tb is not None and tb[1] == 1.0


def compare_poles(a: Claim, b: Claim, kb: Knowledge) -> Verdict | None:
    """Both claims characterise the same action on one scale, at opposite poles (`opposite_poles`), or say antonyms of
    one holder (`contrary_words`), at times that may be one: "the Senate passed the bill on Thursday" and "a similar
    bill failed last year" are two votes."""
    opposite = opposite_poles(a, b, kb) if frames_agree(a, b, kb, allow_missing=True) else None
    contrary = contrary_words(a, b, kb) if opposite is None else None
    if opposite is None and contrary is None:
        return None
    ta, tb = event_date(a, main=True), event_date(b, main=True)
    if ta is not None and tb is not None and not ta[0].overlaps(tb[0]):
        return None
    if _foretold_against_dated(a, ta, b, tb) or _foretold_against_dated(b, tb, a, ta):
        return None  # NOTE: "Brennick to close Oakvale plant" / "The Oakvale plant opened in 1974": a closing to come, an opening then
    if other_occasions(a, b):
        return None  # NOTE: "Shares fell 3% on Monday" / "Shares rose 2% on Tuesday": a fall and a rise on two days
    if other_periods(a, b):
        return None  # NOTE: "fell ... from the previous month" / "rose ... over the year": a monthly and a yearly change
    if contrary is not None:
        held, wa, wb = contrary
        reason = f"'{wa}' and '{wb}' are antonyms, said of one {held}"
    else:
        scale, wa, wb = opposite  # type: ignore[misc]
        reason = f"on {scale}, '{wa}' and '{wb}' are opposite poles"
    return Verdict(code=POLE.code, verdict="contradiction", confidence=round(0.55 * modality_factor(a, b), 3),
                   slot="polarity", values=((wa,), (wb,)), reason=reason)


POLE = Rule("CC203", "characterisation", "polarity",
            "Sources characterise the same action at opposite poles of one scale (voluntary vs not optional).",
            compare_poles, "warning")

__register__ = (POLE,)
