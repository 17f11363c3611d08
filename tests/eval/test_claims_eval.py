"""Tests of eval.claims: scoring on hand-built claims (no spaCy) and the gold file's schema."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.models import Claim
from eval import claims as ec
from eval.claims import GoldClaim, GoldSentence
from eval.ecbplus import DEFAULT_DIR

_ROOT = Path(__file__).resolve().parents[2]
_ECB_TARBALL = DEFAULT_DIR / "ECBplus_full_xml.tar.gz"
_TEXT = "The company denied the request, and the refusal angered researchers. It was final."
_SENT = _TEXT.index(" It was")  # NOTE: the first sentence is [0, _SENT)


def _claim(start: int, end: int, context: str = "", attribution: str | None = None, modality: str = "fact") -> Claim:
    return Claim(
        source_id="s",
        path="doc.txt",
        start=start,
        end=end,
        line=1,
        column=start + 1,
        end_line=1,
        text=_TEXT[start:end],
        context=context or _TEXT[start:end],
        attribution=attribution,
        modality=modality,
    )


def _gold(*claims: GoldClaim) -> GoldSentence:
    return GoldSentence(id="g", corpus="seeds", claims=claims, path="doc.txt", text=_TEXT[:_SENT])


_FIRST = (0, _TEXT.index(", and"))
_SECOND = (_TEXT.index("the refusal"), _SENT)


def test_claims_norm_words_drops_quotes_punctuation_and_leading_conjunction():
    assert ec.norm_words("“But the company’s refusal, then") == "the company's refusal then"
    assert ec.norm_words("and Y.") == "y"


def test_claims_norm_attribution_case_the_and_trailing_commas():
    assert ec.norm_attribution("The Police,") == "police"
    assert ec.norm_attribution("  ") is None
    assert ec.norm_attribution(None) is None


def test_claims_starts_with_whole_words_only():
    assert ec.starts_with("and the refusal angered researchers.", "The refusal angered")
    assert not ec.starts_with("the refusals angered", "the refusal")
    assert not ec.starts_with("anything", "")


def test_claims_atomic_one_to_one():
    gold = _gold(GoldClaim("The company denied", None, "fact"), GoldClaim("the refusal angered", None, "fact"))
    good = ec.score_sentence(gold, [_claim(*_FIRST), _claim(*_SECOND)], 0, _SENT)
    assert good.atomic and all(good.contained) and all(good.attributed)
    merged = ec.score_sentence(gold, [_claim(0, _SENT)], 0, _SENT)
    assert not merged.atomic and merged.matched[1] is None and merged.contained == (True, False)


def test_claims_atomic_fails_on_an_extra_claim_or_one_crossing_the_sentence():
    gold = _gold(GoldClaim("The company denied", None, "fact"))
    extra = ec.score_sentence(gold, [_claim(*_FIRST), _claim(*_SECOND)], 0, _SENT)
    assert not extra.atomic and extra.matched[0] is not None
    crossing = ec.score_sentence(gold, [_claim(0, len(_TEXT))], 0, _SENT)
    assert not crossing.atomic and crossing.crossing and crossing.matched == (None,)


def test_claims_claims_in_keeps_overlapping_claims_only():
    inside, other = _claim(*_FIRST), _claim(_SENT + 1, len(_TEXT))
    over, crossing = ec.claims_in([inside, other], 0, _SENT)
    assert over == (inside,) and crossing == ()


def test_claims_self_contained_needs_referent_in_context_or_mention_absent():
    gold = GoldClaim("The company denied", None, "fact", resolve=(("the company", "Anthropic"),))
    bare = ec.score_sentence(_gold(gold), [_claim(*_FIRST)], 0, _SENT)
    assert bare.contained == (False,) and "Anthropic" in bare.contained_why[0]
    resolved = _claim(*_FIRST, context="The company [Anthropic] denied the request")
    assert ec.score_sentence(_gold(gold), [resolved], 0, _SENT).contained == (True,)
    absent = GoldClaim("the refusal angered", None, "fact", resolve=(("the company", "Anthropic"),))
    assert ec.score_sentence(_gold(absent), [_claim(*_SECOND)], 0, _SENT).contained == (True,)


def test_claims_self_contained_checks_time_context():
    gold = GoldClaim("the refusal angered", None, "fact", time="early May 2026")
    plain = ec.score_sentence(_gold(gold), [_claim(*_SECOND)], 0, _SENT)
    assert plain.contained == (False,)
    dated = _claim(*_SECOND, context="the refusal angered researchers (time: Early May 2026)")
    assert ec.score_sentence(_gold(gold), [dated], 0, _SENT).contained == (True,)


def test_claims_attribution_and_modality_both_required():
    gold = _gold(GoldClaim("The company denied", ("the police",), "reported"))
    right = ec.score_sentence(gold, [_claim(*_FIRST, attribution="Police,", modality="reported")], 0, _SENT)
    assert right.attributed == (True,)
    wrong_modality = ec.score_sentence(gold, [_claim(*_FIRST, attribution="police", modality="hedged")], 0, _SENT)
    assert wrong_modality.attributed == (False,) and wrong_modality.attribution_ok == (True,)
    missing = ec.score_sentence(gold, [_claim(*_FIRST, modality="reported")], 0, _SENT)
    assert missing.attributed == (False,)


def test_claims_attribution_author_counts_as_null_and_lenient_containment():
    assert ec.attribution_matches("Wang Dong and Zhang Xueyu", None, author="Wang Dong and Zhang Xueyu")
    assert not ec.attribution_matches("Casper", None)
    assert not ec.attribution_matches(None, ("Casper",))
    long = "Stephen Bright, a Yale Law School lecturer"
    assert not ec.attribution_matches(long, ("Stephen Bright",))
    assert ec.attribution_matches(long, ("Stephen Bright",), lenient=True)


def test_claims_summarise_counts():
    gold = _gold(GoldClaim("The company denied", None, "fact"), GoldClaim("the refusal angered", None, "opinion"))
    result = ec.score_sentence(gold, [_claim(*_FIRST), _claim(*_SECOND)], 0, _SENT)
    figures = ec.summarise([result])
    assert figures["atomic"] == {"n": 1, "of": 1, "share": 1.0}
    assert figures["attribution"] == {"n": 1, "of": 2, "share": 0.5}
    assert figures["self_contained_needing"]["of"] == 0 and figures["self_contained_needing"]["share"] is None
    assert "atomic (sentences)" in ec.render({"seeds": figures})


def test_claims_render_errors_lists_gold_and_produced():
    gold = _gold(GoldClaim("The company denied", ("police",), "reported"))
    out = ec.render_errors([ec.score_sentence(gold, [_claim(*_FIRST)], 0, _SENT)])
    assert "gold (reported, police)" in out and "produced (fact, None)" in out


# ---------------------------------------------------------------- the gold file


def test_claims_gold_schema_and_sentences_found_in_seeds():
    gold = ec.load_gold()
    assert len({g.id for g in gold}) == len(gold)
    corpora = {c: [g for g in gold if g.corpus == c] for c in ec.CORPORA}
    assert len(corpora["seeds"]) >= 40 and len(corpora["ecbplus"]) >= 40
    for g in corpora["seeds"]:
        text = (_ROOT / g.path).read_text("utf-8")
        assert text.count(g.text) == 1, g.id
        for c in g.claims:
            assert ec.norm_words(c.start) in ec.norm_words(g.text), (g.id, c.start)
    for g in corpora["ecbplus"]:
        assert re.fullmatch(r"\d+_\d+ecb(plus)?", g.doc) and g.sentence >= 0, g.id
        assert re.fullmatch(r"[0-9a-f]{10}", g.sha), g.id
        # NOTE: only the first words of an ECB+ sentence may live in the repo.
        assert len(g.first.split()) <= 6, g.id
    for g in gold:
        for c in g.claims:
            assert c.modality in ec.MODALITIES
            assert all(m and r for m, r in c.resolve)


def test_claims_gold_rejects_a_bad_entry(tmp_path):
    bad = tmp_path / "gold.yaml"
    bad.write_text(
        "sentences:\n- {id: a, corpus: seeds, path: x.txt, text: 'A b c d.', claims: [{start: 'A b', modality: fact}]}\n",
        "utf-8",
    )
    with pytest.raises(ValueError, match="attribution"):
        ec.load_gold(bad)


@pytest.mark.skipif(not _ECB_TARBALL.exists(), reason="ECB+ tarball not present")
def test_claims_gold_ecbplus_sentences_match_their_hashes():
    gold = [g for g in ec.load_gold() if g.corpus == "ecbplus"]
    docs = ec.ecb_documents({g.doc for g in gold}, DEFAULT_DIR)
    for g in gold:
        text = docs[g.doc][g.sentence]
        assert ec.sentence_hash(text) == g.sha, g.id
        assert ec.norm_words(text).startswith(ec.norm_words(g.first)), g.id


def test_claims_ecb_source_puts_sentence_n_on_line_n_plus_one():
    src, spans = ec.ecb_source("1_1ecb", {0: "First one.", 2: "Third one."})
    assert src.text.split("\n") == ["First one.", "", "Third one."]
    s, e = spans[2]
    assert src.text[s:e] == "Third one."


def test_claims_polarity_denied_or_negated_not_both():
    from checker.models import Slots

    plain = _claim(*_FIRST)
    assert ec.polarity(plain) == "positive"
    assert ec.polarity(_replace(plain, stance="denied")) == "negative"
    assert ec.polarity(_replace(plain, slots=Slots(negated=True))) == "negative"
    assert ec.polarity(_replace(plain, stance="denied", slots=Slots(negated=True))) == "positive"


def test_claims_polarity_scored_with_attribution():
    import dataclasses

    gold = dataclasses.replace(_gold(GoldClaim("The company denied", ("police",), "reported", polarity="negative")), corpus="fnc1")
    denied = _replace(_claim(*_FIRST, attribution="police", modality="reported"), stance="denied")
    r = ec.score_sentence(gold, [denied], 0, _SENT)
    assert r.polarity_ok == (True,) and ec.summarise([r])["attribution_polarity"]["share"] == 1.0
    asserted = ec.score_sentence(gold, [_claim(*_FIRST, attribution="police", modality="reported")], 0, _SENT)
    assert asserted.polarity_ok == (False,) and ec.summarise([asserted])["attribution_polarity"]["share"] == 0.0
    seeds = ec.score_sentence(_gold(GoldClaim("The company denied", ("police",), "reported")), [denied], 0, _SENT)
    assert ec.summarise([seeds])["attribution_polarity"]["of"] == 0  # NOTE: seeds are not labelled for polarity


def test_claims_gold_fnc1_entries_hold_only_first_words_and_a_hash():
    gold = [g for g in ec.load_gold() if g.corpus == "fnc1"]
    assert sum(g.part == "headline" for g in gold) >= 40 and sum(g.part == "body" for g in gold) >= 40
    for g in gold:
        assert g.text == "" and len(g.first.split()) <= 6 and g.chars > len(g.first), g.id
        assert re.fullmatch(r"[0-9a-f]{10}", g.sha) and re.fullmatch(r"fnc1:\d+-\d+", g.item), g.id
        assert all(c.polarity in ("positive", "negative") for c in g.claims)
    assert sum(c.polarity == "negative" for g in gold for c in g.claims) >= 20


def test_claims_fnc1_sentence_found_by_first_words_length_and_hash():
    text = "Intro. The dam broke. The dam broke at noon."
    target = "The dam broke at noon."
    g = GoldSentence(id="x", corpus="fnc1", claims=(), first="The dam broke", chars=len(target), sha=ec.sentence_hash(target))
    assert ec.fnc1_sentence(text, g) == text.index(target)
    assert ec.fnc1_sentence("Nothing here.", g) is None


def _replace(c, **kw):
    import dataclasses

    return dataclasses.replace(c, **kw)
