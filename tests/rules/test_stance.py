"""CC204 refuted on hand-built claims: aligned predicates and arguments, role reversals, stance."""

from __future__ import annotations

import dataclasses

from checker.models import Claim, Slots
from checker.normalize.entities import load_knowledge
from checker.rules.stance import aligned, asserts, compare_refuted


def _claim(text: str, roles=(), stance: str = "asserted", by: str | None = None, sid: str = "a", negated: bool = False) -> Claim:
    # NOTE: lemmas as the parser would give them: the words, plus each role's lemma ("released" -> "release")
    words = tuple(sorted({w.strip(".").lower() for w in text.split()} | {lemma for _, lemma in roles}))
    slots = Slots(lemmas=words, predicates=words, roles=tuple(roles), negated=negated)
    return Claim(sid, f"{sid}.txt", 0, len(text), 1, 1, 1, text, slots=slots, stance=stance, attribution=by)


def test_stance_role_reversal_is_not_aligned():
    kb = load_knowledge()
    a = _claim("arsenal beat chelsea at home", [("pred", "beat"), ("agent", "arsenal"), ("patient", "chelsea")], "denied", "the club")
    b = _claim("chelsea beat arsenal at home", [("pred", "beat"), ("agent", "chelsea"), ("patient", "arsenal")], sid="b")
    assert aligned(a, b, kb) == 0.0
    assert compare_refuted(a, b, kb) is None


def test_stance_denied_claim_against_asserted_one_names_the_denier():
    kb = load_knowledge()
    a = _claim("the suspect was released on bail", [("pred", "release"), ("patient", "suspect")], "denied", "The police")
    b = _claim("the suspect was released on bail on monday", [("pred", "release"), ("patient", "suspect")], sid="b")
    v = compare_refuted(b, a, kb)
    assert v is not None and v.code == "CC204" and v.values == (("asserted",), ("denied by The police",))
    assert "The police denies that" in v.reason


def test_stance_different_predicate_is_not_a_refutation():
    kb = load_knowledge()
    a = _claim("the suspect was released on bail", [("pred", "release"), ("patient", "suspect")], "denied", "The police")
    b = _claim("the suspect was questioned about the bail", [("pred", "question"), ("patient", "suspect")], sid="b")
    assert compare_refuted(a, b, kb) is None


def test_stance_a_reported_claim_is_aligned_on_the_predicate_it_reports():
    kb = load_knowledge()
    den = _claim("rebels attempted to cross the border", [("pred", "attempt"), ("agent", "rebel")], "denied", "The ministry")
    # NOTE: "X has reported that P": the main verb is the report; what it reports is the predicate a denial denies
    told = _claim("a watchdog has reported that rebels crossed the border", [("pred", "report"), ("agent", "watchdog")], sid="b")
    assert compare_refuted(den, told, kb) is None
    told = _claim("a watchdog has reported that rebels crossed the border", [("pred", "report"), ("agent", "watchdog"), ("said", "cross")], sid="b")
    v = compare_refuted(den, told, kb)
    assert v is not None and v.values == (("denied by The ministry",), ("asserted",))


def test_stance_both_denied_or_negated_other_side_stays_quiet():
    kb = load_knowledge()
    a = _claim("the suspect was released on bail", [("pred", "release")], "denied", "The police")
    assert compare_refuted(a, _claim("the suspect was released on bail", [("pred", "release")], "denied", sid="b"), kb) is None
    assert compare_refuted(a, _claim("the suspect was not released on bail", [("pred", "release")], sid="b", negated=True), kb) is None


def test_stance_pointing_denial_refutes_only_the_claim_it_was_resolved_to():
    kb = load_knowledge()
    target = _claim("the harwick mayor resigned after the audit", [("pred", "resign"), ("agent", "mayor")], sid="b")
    other = _claim("the harwick council approved the budget", [("pred", "approve")], sid="b")
    den = _claim("the council denied the report", [("pred", "deny")], "refutes", "the council")
    resolved = Claim(den.source_id, den.path, 0, len(den.text), 1, 1, 1, den.text, slots=den.slots, stance="refutes",
                     attribution="the council", refers_to=target.id)
    v = compare_refuted(resolved, target, kb)
    assert v is not None and v.code == "CC204" and v.values == (("denied by the council",), ("asserted",))
    assert "the harwick mayor resigned" in v.reason and "the council denies" in v.reason
    assert compare_refuted(target, resolved, kb).values == (("asserted",), ("denied by the council",))
    assert compare_refuted(den, target, kb) is None  # NOTE: unresolved: it points at nothing yet
    other = Claim("b", "b.txt", 60, 60 + len(other.text), 2, 1, 2, other.text, slots=other.slots)
    assert compare_refuted(resolved, other, kb) is None  # NOTE: another claim of the same source is not what it denies


def test_stance_a_pointing_denial_is_not_resolved_to_the_deniers_own_words():
    # "Kiir denied those claims" and "Kiir said the accusations are smoke screens" report one denial
    kb = load_knowledge()
    for speaker in ("Kiir", "President Salva Kiir"):
        said = _claim("the accusations from khartoum are smoke screens", [("pred", "be")], by=speaker, sid="b")
        den = Claim("a", "a.txt", 0, 25, 1, 1, 1, "Kiir denied those claims.", stance="refutes", attribution="Kiir",
                    refers_to=said.id, refers_score=0.9)
        assert compare_refuted(den, said, kb) is None
    other = _claim("the accusations from khartoum are smoke screens", [("pred", "be")], by="a spokesman", sid="b")
    den = Claim("a", "a.txt", 0, 25, 1, 1, 1, "Kiir denied those claims.", stance="refutes", attribution="Kiir",
                refers_to=other.id, refers_score=0.9)
    assert compare_refuted(den, other, kb) is not None
    # the document's own voice and pronouns name no speaker
    for by in ("the source", "he"):
        mine = _claim("the accusations from khartoum are smoke screens", [("pred", "be")], by=by, sid="b")
        den = Claim("a", "a.txt", 0, 25, 1, 1, 1, "Kiir denied those claims.", stance="refutes", attribution=by,
                    refers_to=mine.id, refers_score=0.9)
        assert compare_refuted(den, mine, kb) is not None
    # one speaker, but far in meaning: what the denier is said to have said, denied
    said = _claim("the accusations from khartoum are smoke screens", [("pred", "be")], by="Kiir", sid="b")
    den = Claim("a", "a.txt", 0, 25, 1, 1, 1, "Kiir denied those claims.", stance="refutes", attribution="Kiir",
                refers_to=said.id, refers_score=0.5)
    assert compare_refuted(den, said, kb) is not None
    # an explicit denial against the denier's own earlier assertion is a changed story
    said = _claim("the suspect was released on bail", [("pred", "release"), ("patient", "suspect")], by="The police", sid="b")
    denied = _claim("the suspect was released on bail", [("pred", "release"), ("patient", "suspect")], "denied", "The police")
    assert compare_refuted(denied, said, kb) is not None


def test_stance_pointing_denial_stays_quiet_on_a_negated_or_denying_target():
    kb = load_knowledge()
    neg = _claim("the mayor did not resign", [("pred", "resign")], sid="b", negated=True)
    deny = _claim("the mayor denied the report", [("pred", "deny")], sid="c")
    for t in (neg, deny):
        den = Claim("a", "a.txt", 0, 14, 1, 1, 1, "this is false.", stance="refutes", refers_to=t.id)
        assert compare_refuted(den, t, kb) is None


def test_stance_pointing_denial_needs_an_assertion_not_a_question_or_a_report_of_one():
    kb = load_knowledge()
    question = _claim("harwick mayor resigned?", [("pred", "resign")], sid="b")
    story = _claim("a story online claims that the harwick mayor resigned", [("pred", "claim"), ("agent", "story")], sid="b")
    plain = _claim("the harwick mayor resigned", [("pred", "resign"), ("agent", "mayor")], sid="b")
    # NOTE: a sentence about the rumour of P does not assert P
    rumour = _claim("harwick residents freak out over the mayor resignation rumors", [("pred", "freak"), ("agent", "resident")], sid="b")
    for t, fires in ((question, False), (story, False), (plain, True), (rumour, False)):
        den = Claim("a", "a.txt", 0, 14, 1, 1, 1, "this is false.", stance="refutes", refers_to=t.id, refers_score=0.7)
        assert (compare_refuted(den, t, kb) is not None) is fires, t.text


def test_stance_denied_paraphrase_fires_only_when_resolved_to_that_claim():
    kb = load_knowledge()
    den = _claim("the embassy is planning to open a restaurant in scotland", [("pred", "plan")], "denied", "the embassy")
    other = _claim("kim to open uk eatery serving dog", [("pred", "open")], sid="b")
    assert compare_refuted(den, other, kb) is None
    resolved = Claim(den.source_id, den.path, 0, len(den.text), 1, 1, 1, den.text, slots=den.slots, stance="denied",
                     attribution="the embassy", refers_to=other.id, refers_score=0.7)
    v = compare_refuted(resolved, other, kb)
    assert v is not None and v.values == (("denied by the embassy",), ("asserted",))


def test_stance_loosely_resolved_denial_needs_the_same_predicate():
    kb = load_knowledge()
    den = _claim("the driver was carrying a knife", [("pred", "carry"), ("agent", "driver")], "denied", "the family")

    def resolved(other: Claim, score: float) -> Claim:
        return Claim(den.source_id, den.path, 0, len(den.text), 1, 1, 1, den.text, slots=den.slots, stance="denied",
                     attribution="the family", refers_to=other.id, refers_score=score)

    drew = _claim("the guards drew their knife", [("pred", "draw"), ("agent", "guards")], sid="b")  # NOTE: lemmas as parsed (knives -> knife)
    carried = _claim("the driver carried a knife", [("pred", "carry"), ("agent", "driver")], sid="b")
    # NOTE: near in meaning but carrying is not drawing: no refutation unless the resolution is close
    assert compare_refuted(resolved(drew, 0.55), drew, kb) is None
    assert compare_refuted(resolved(drew, 0.7), drew, kb) is not None
    # NOTE: the floor itself is close enough (stance._NEAR = 0.6), just under it is not
    assert compare_refuted(resolved(drew, 0.6), drew, kb) is not None
    assert compare_refuted(resolved(drew, 0.599), drew, kb) is None
    assert compare_refuted(resolved(carried, 0.55), carried, kb) is not None


def test_stance_same_speaker_needs_every_word_of_one_name_in_the_other():
    from checker.rules.stance import _same_speaker

    assert _same_speaker("Kiir", "Salva Kiir") and _same_speaker("President Salva Kiir", "Kiir")
    assert _same_speaker("Salva Kiir", "salva kiir")
    assert not _same_speaker("Salva Kiir", "Riek Machar") and not _same_speaker("Salva Kiir", "Salva Machar")
    # no speaker named: nothing to be the same
    for nobody in (None, "", "he", "They", "the source", "The Source"):
        assert not _same_speaker(nobody, "Kiir") and not _same_speaker("Kiir", nobody)
    assert not _same_speaker("he", "he")


def test_stance_the_denier_restating_itself_is_judged_at_the_paraphrase_cosine_inclusive():
    from checker.rules.stance import _NEAR

    kb = load_knowledge()
    said = _claim("the accusations from khartoum are smoke screens", [("pred", "be")], by="Kiir", sid="b")
    for score, quiet in ((_NEAR, True), (_NEAR - 0.01, False)):
        den = Claim("a", "a.txt", 0, 25, 1, 1, 1, "Kiir denied those claims.", stance="refutes", attribution="Kiir",
                    refers_to=said.id, refers_score=score)
        assert (compare_refuted(den, said, kb) is None) is quiet


def test_stance_a_denial_sharing_no_word_with_the_claim_needs_a_paraphrase_cosine():
    from checker.models import Mention
    from checker.rules.stance import _UNSHARED

    kb = load_knowledge()
    den = _claim("he was paralyzed following a stroke", [("pred", "paralyze")], "denied", "the police")
    loose = _claim("nichols remains on the loose today", [("pred", "remain")], sid="b")

    def resolved(other: Claim, score: float) -> Claim:
        return Claim(den.source_id, den.path, 0, len(den.text), 1, 1, 1, den.text, slots=den.slots, stance="denied",
                     attribution="the police", refers_to=other.id, refers_score=score)

    # NOTE: no word shared: the name of the sentence the clause was cut from carries the cosine
    assert compare_refuted(resolved(loose, 0.68), loose, kb) is None
    assert compare_refuted(resolved(loose, _UNSHARED - 0.01), loose, kb) is None
    assert compare_refuted(resolved(loose, _UNSHARED), loose, kb) is not None
    # a shared word ("stroke") or a shared name is enough at the lower cosine
    stroke = _claim("nichols is recovering from a stroke", [("pred", "recover")], sid="b")
    assert compare_refuted(resolved(stroke, 0.68), stroke, kb) is not None
    nichols = (Mention("nichols", "Nichols", "PERSON"),)
    named = Claim("a", "a.txt", 0, len(den.text), 1, 1, 1, den.text, stance="denied", attribution="the police",
                  slots=Slots(lemmas=den.slots.lemmas, roles=den.slots.roles, actors=nichols), refers_to=loose.id, refers_score=0.68)
    other = Claim("b", "b.txt", 0, len(loose.text), 1, 1, 1, loose.text,
                  slots=Slots(lemmas=("loose", "remain", "today"), roles=loose.slots.roles, actors=nichols))
    assert compare_refuted(named, other, kb) is not None


def test_stance_a_question_doubting_a_claim_is_a_weaker_refutation_named_as_a_doubt():
    # "Was the video a hoax?" resolved to the claim it asks about: CC204, the question's source doubting it
    from checker.judge import judge_pair

    kb = load_knowledge()
    target = _claim("the homeless man bought food for others", [("pred", "buy"), ("agent", "man")], sid="b")
    text = "Was the video of the homeless man a hoax?"
    asked = Claim("a", "a.txt", 0, len(text), 1, 1, 1, text, slots=_claim(text).slots, stance="refutes", modality="hedged",
                  refers_to=target.id, refers_score=0.7)
    said = dataclasses.replace(asked, text="The video of the homeless man was a hoax.", modality="fact")
    got = judge_pair(asked, target, kb)
    assert [v.code for v in got] == ["CC204"]
    assert got[0].values == (("doubted by the source",), ("asserted",))
    assert "the source doubts that “the homeless man bought food for others”" in got[0].reason
    assert "asking “Was the video of the homeless man a hoax?”" in got[0].reason
    stated = judge_pair(said, target, kb)
    assert stated[0].values == (("denied by the source",), ("asserted",)) and "denies that" in stated[0].reason
    assert got[0].confidence < stated[0].confidence  # NOTE: a doubt is weaker evidence than a denial
    # a question that asserts nothing and doubts nothing ("Did the man buy food?") is compared with nothing
    plain = dataclasses.replace(asked, text="Did the homeless man buy food?", stance="asserted")
    assert judge_pair(plain, target, kb) == [] and judge_pair(target, plain, kb) == []


def test_stance_a_speaker_denying_what_another_source_says_he_said_is_a_refutation():
    # "Pope Francis debunked that rumor" resolved to "Pope Francis says dogs can go to heaven": the claim names no claim,
    # so it is what the pope is said to have said, which he denies (not one denial reported twice, as with Kiir's)
    kb = load_knowledge()
    said = _claim("dogs can go to heaven, the pope told a grieving boy", [("pred", "go"), ("agent", "dog")], by="Pope Francis", sid="b")
    den = Claim("a", "a.txt", 0, 40, 1, 1, 1, "Pope Francis debunked that rumor in March.", stance="refutes",
                attribution="Pope Francis", refers_to=said.id, refers_score=0.7)
    v = compare_refuted(den, said, kb)
    assert v is not None and v.values == (("denied by Pope Francis",), ("asserted",))
    # the same speaker speaking of the claims ("the rumors of pets in heaven are his own words") is one denial
    about = _claim("the rumors about dogs in heaven are his own words", [("pred", "be")], by="Pope Francis", sid="b")
    den = dataclasses.replace(den, refers_to=about.id)
    assert compare_refuted(den, about, kb) is None


def test_stance_message_names_the_act_of_taking_a_claim_back():
    kb = load_knowledge()
    b = _claim("the harlow plant closure would cost 4,000 jobs", [("pred", "cost"), ("agent", "closure")], sid="b")
    a = _claim("the harlow plant closure would cost 4,000 jobs", [("pred", "cost"), ("agent", "closure")], "denied", "The ministry")
    got = {act: compare_refuted(dataclasses.replace(a, act=act), b, kb) for act in ("", "denies", "retracts", "corrects", "doubts", "abandons")}
    assert got["abandons"].values[0] == ("abandoned by The ministry",) and "The ministry abandons the plan to “the harlow" in got["abandons"].reason
    assert got[""].values[0] == ("denied by The ministry",) and "The ministry denies that" in got[""].reason
    assert got["denies"].values == got[""].values and got["denies"].reason == got[""].reason
    assert got["retracts"].values[0] == ("retracted by The ministry",) and "The ministry retracts its claim that" in got["retracts"].reason
    assert got["corrects"].values[0] == ("corrected by The ministry",) and "The ministry corrects the claim that" in got["corrects"].reason
    assert got["doubts"].values[0] == ("doubted by The ministry",) and "The ministry doubts that" in got["doubts"].reason


def _sided(c: Claim, subject: tuple[str, ...], rest: tuple[str, ...]) -> Claim:
    return dataclasses.replace(c, slots=dataclasses.replace(c.slots, sides=(subject, rest)))


def test_stance_a_falsity_word_as_an_argument_of_the_act_still_asserts():
    den = _claim("the former mayor was convicted of fraud", [("pred", "convict"), ("patient", "mayor")], "denied", "his lawyer")
    convicted = _sided(_claim("the former mayor was convicted of fraud on tuesday", [("pred", "convict"), ("patient", "mayor")], sid="b"),
                       ("former", "mayor"), ("fraud", "tuesday"))
    scam = _sided(_claim("the mayor was arrested for running a scam", [("pred", "arrest"), ("patient", "mayor")], sid="b"),
                  ("mayor",), ("scam",))
    assert asserts(den, convicted) and asserts(den, scam)
    # NOTE: both directions: the denial first or second, the same verdict with its sides swapped
    kb = load_knowledge()
    v, w = compare_refuted(den, convicted, kb), compare_refuted(convicted, den, kb)
    assert v is not None and w is not None and v.values == (("denied by his lawyer",), ("asserted",)) and w.values == v.values[::-1]


def test_stance_a_falsity_word_predicated_of_what_the_claim_says_asserts_nothing():
    den = _claim("the mayor was at the fraud hearing", [("pred", "be"), ("agent", "mayor")], "denied", "his lawyer")
    hoax = _sided(_claim("the photo of the mayor is a hoax", [("pred", "hoax"), ("agent", "photo")], sid="b"), ("photo", "mayor"), ("hoax",))
    said = _sided(_claim("police said the video was staged", [("pred", "say"), ("agent", "police"), ("said", "stage")], sid="b"),
                  ("police",), ("video",))
    fake = _sided(_claim("a fake photo shows the mayor at the fraud hearing", [("pred", "show"), ("agent", "photo")], sid="b"),
                  ("fake", "photo"), ("mayor", "fraud", "hearing"))
    called = _sided(_claim("the council called the report a hoax", [("pred", "call"), ("agent", "council")], sid="b"),
                    ("council",), ("report", "hoax"))
    revealed = _sided(_claim("death claims about the mayor revealed to be yet another hoax", [("pred", "reveal"), ("patient", "claim")], sid="b"),
                      ("death", "claim", "mayor"), ("hoax",))
    dismissed = _sided(_claim("officials described the story of his fraud as a hoax", [("pred", "describe"), ("agent", "official")], sid="b"),
                       ("official",), ("story", "fraud", "hoax"))
    unparsed = _claim("the mayor was convicted of fraud", sid="b")
    assert not any(asserts(den, c) for c in (hoax, said, fake, called, revealed, dismissed, unparsed))


def test_stance_a_plan_given_up_does_not_refute_the_plan_told_as_it_stood_before():
    kb = load_knowledge()
    den = _claim("buy rival palisade foods", [("pred", "buy"), ("patient", "food")], "denied", "Northwind")
    den = dataclasses.replace(den, act="abandons")
    now = _claim("northwind will buy rival palisade foods", [("pred", "buy"), ("agent", "northwind"), ("patient", "food")], sid="b")
    before = _claim("northwind had announced in march that it would buy rival palisade foods",
                    [("pred", "announce"), ("agent", "northwind"), ("said", "buy")], sid="b")
    v = compare_refuted(den, now, kb)
    assert v is not None and v.values[0] == ("abandoned by Northwind",)
    assert compare_refuted(den, before, kb) is None
    longer = _claim("northwind would no longer buy rival palisade foods", [("pred", "buy"), ("agent", "northwind")], sid="b")
    dropped = _claim("northwind dropped its deal to buy rival palisade foods", [("pred", "drop"), ("agent", "northwind")], sid="b")
    assert compare_refuted(dataclasses.replace(den, act="denies"), longer, kb) is not None  # NOTE: what the guard is for
    assert compare_refuted(den, longer, kb) is None and compare_refuted(den, dropped, kb) is None
    # NOTE: a verb with its particle gives it up too; a past act of buying is another act; a headline infinitive is one to come
    called_off = _claim("northwind has called off its planned deal to buy rival palisade foods", [("pred", "call"), ("agent", "northwind")], sid="b")
    bought = _claim("northwind bought rival palisade foods shares last year", [("pred", "buy"), ("agent", "northwind")], sid="b")
    headline = _claim("northwind to buy rival palisade foods", [("pred", "buy"), ("agent", "northwind")], sid="b")
    assert compare_refuted(den, called_off, kb) is None and compare_refuted(den, bought, kb) is None
    assert compare_refuted(den, headline, kb) is not None
    assert compare_refuted(dataclasses.replace(den, act="denies"), bought, kb) is not None  # NOTE: what the guard is for
    # NOTE: a denial of what was said before is still a denial of it
    assert compare_refuted(dataclasses.replace(den, act="denies"), before, kb) is not None


def test_stance_a_denial_of_the_act_in_another_place_refutes_nothing():
    from checker.models import Mention

    kb = load_knowledge()

    def placed(c: Claim, *places: str) -> Claim:
        return dataclasses.replace(c, slots=dataclasses.replace(c.slots, places=tuple(Mention(p.lower(), p, "GPE") for p in places)))

    # NOTE: "Acme denied reports that it would close its Texas plant" / "Acme will close its Ohio plant": two acts
    # NOTE: resolved by `checker.refer` to the other claim (the path that bypasses the word alignment's names)
    told = _claim("acme will close its plant next year", [("pred", "close"), ("agent", "acme"), ("patient", "plant")], sid="b")
    den = dataclasses.replace(_claim("acme would close its plant", [("pred", "close"), ("agent", "acme"), ("patient", "plant")], "denied", "Acme"),
                              refers_to=told.id, refers_score=0.7)
    assert compare_refuted(placed(den, "Texas"), placed(told, "Ohio"), kb) is None
    # NOTE: one place, or a place inside the other ("Dayton" in Ohio), or a place named on one side only: one act
    for a, b in ((("Ohio",), ("Ohio",)), (("Dayton",), ("Ohio",)), (("Texas",), ())):
        assert compare_refuted(placed(den, *a), placed(told, *b), kb) is not None, (a, b)


def test_stance_a_claim_stating_the_opposite_of_what_is_denied_agrees():
    kb = load_knowledge()
    # NOTE: "Acme called a report that it would close the plant baseless" / "Acme will keep the plant open": the asserted
    # claim says the opposite (an antonym of a word of the denied one), as the denial does
    told = _claim("acme will keep its plant open", [("pred", "keep"), ("agent", "acme"), ("patient", "plant")], sid="b")
    den = dataclasses.replace(_claim("acme would close its plant", [("pred", "close"), ("agent", "acme"), ("patient", "plant")], "denied", "Acme"),
                              refers_to=told.id, refers_score=0.7)
    assert compare_refuted(den, told, kb) is None
    told = _claim("acme will close its plant soon", [("pred", "close"), ("agent", "acme"), ("patient", "plant")], sid="b")
    assert compare_refuted(dataclasses.replace(den, refers_to=told.id), told, kb) is not None


def test_stance_a_source_telling_the_denial_itself_has_no_refuted_conflict():
    from checker.models import Verdict
    from checker.rules.stance import REFUTED_CODE, denied_by_its_own_source
    from tests.rules.handmade import claim

    denial = claim("she plans to quit", "a", stance="denied", attribution="the minister")
    report = claim("The Daily Courier had reported that she planned to quit.", "b", modality="reported")
    untrue = dataclasses.replace(claim("she is about to step down", "b", stance="denied"), start=100)
    v = Verdict(REFUTED_CODE, "contradiction", 0.7, "polarity", (("denied",), ("asserted",)), "")
    assert denied_by_its_own_source(v, denial, report, (denial, report, untrue))
    assert denied_by_its_own_source(v, report, denial, (denial, report, untrue))
    # a pointing denial ("the report is false") likewise
    hoax = claim("The report is false.", "a", stance="refutes")
    assert denied_by_its_own_source(v, hoax, report, (hoax, report, untrue))
    assert not denied_by_its_own_source(v, hoax, report, (hoax, report))
    untold = dataclasses.replace(claim("The story is untrue.", "b", stance="refutes"), start=100)
    assert denied_by_its_own_source(v, denial, report, (denial, report, untold))
    # the asserting source tells no denial: the sources disagree
    assert not denied_by_its_own_source(v, denial, report, (denial, report))
    # a denial in the denying source only, or another rule's verdict, changes nothing
    other = dataclasses.replace(claim("she will stay", "a", stance="denied"), start=100)
    assert not denied_by_its_own_source(v, denial, report, (denial, report, other))
    assert not denied_by_its_own_source(dataclasses.replace(v, code="CC201"), denial, report, (denial, report, untrue))


def test_stance_a_claim_correcting_a_fear_agrees_with_the_denial_of_it():
    kb = load_knowledge()
    # NOTE: "Reports that Rosenberg had been kidnapped by ISIS are false" / "Gill Rosenberg, feared kidnapped by ISIS, says
    # she is safe": the kidnapping is only feared there, and what it says (she is safe) is what the denial says
    den = _claim("rosenberg had been kidnapped by isis", [("pred", "kidnap"), ("patient", "rosenberg")], "denied", "Kurdish officials")
    told = _claim("gill rosenberg, feared kidnapped by isis, says she is safe", [("pred", "say"), ("agent", "rosenberg"), ("said", "safe")], sid="b")
    told = dataclasses.replace(told, slots=dataclasses.replace(told.slots, lemmas=tuple(sorted({*told.slots.lemmas, "kidnap"}))))
    assert compare_refuted(den, told, kb) is None
    told = _claim("gill rosenberg was kidnapped by isis, she says", [("pred", "say"), ("agent", "rosenberg"), ("said", "kidnap")], sid="b")
    assert compare_refuted(den, told, kb) is not None


def test_stance_an_act_dated_after_the_denial_does_not_contradict_it():
    from checker.rules.stance import done_after_denial

    from .handmade import date

    kb = load_knowledge()
    roles = [("pred", "approve"), ("agent", "ministry"), ("patient", "pipeline")]
    den = dataclasses.replace(_claim("it had approved the tarrow pipeline", roles, "denied", "the ministry"), said_on="1 June")
    june18 = date("18 June", "0004-06-18", precision="month-day")
    later = _claim("the ministry approved the tarrow pipeline on 18 june", roles, sid="b")
    later = dataclasses.replace(later, slots=dataclasses.replace(later.slots, dates=(june18,)))
    assert done_after_denial(den, later)
    assert compare_refuted(den, later, kb) is None
    # the act dated before the denial, on its day, or not dated: the denial still contradicts it
    for when in (date("May", "2026-05-01", "2026-05-31", precision="month"), date("1 June", "0004-06-01", precision="month-day")):
        before = dataclasses.replace(later, slots=dataclasses.replace(later.slots, dates=(when,)))
        assert not done_after_denial(den, before)
        assert compare_refuted(den, before, kb) is not None
    undated = _claim("the ministry approved the tarrow pipeline", roles, sid="b")
    assert not done_after_denial(den, undated) and compare_refuted(den, undated, kb) is not None
    # a denial not dated, or dated by a time the calendar cannot place, leaves the two compared
    assert not done_after_denial(dataclasses.replace(den, said_on=""), later)
    assert not done_after_denial(dataclasses.replace(den, said_on="Monday"), later)
    # a date of a year against a day without one: by month and day; a span of years cannot be placed
    year_day = date("18 June 2026", "2026-06-18", precision="day")
    assert done_after_denial(den, dataclasses.replace(later, slots=dataclasses.replace(later.slots, dates=(year_day,))))
    years = date("2025-2027", "2025-01-01", "2027-12-31", precision="year")
    assert not done_after_denial(den, dataclasses.replace(later, slots=dataclasses.replace(later.slots, dates=(years,))))
    # both of a year: by the calendar
    den26 = dataclasses.replace(den, said_on="June 1, 2026")
    assert done_after_denial(den26, dataclasses.replace(later, slots=dataclasses.replace(later.slots, dates=(year_day,))))
    may27 = date("May 2027", "2027-05-01", "2027-05-31", precision="month")
    assert done_after_denial(den26, dataclasses.replace(later, slots=dataclasses.replace(later.slots, dates=(may27,))))
    # a date of a noun or a describing clause is not the act's
    bg = dataclasses.replace(june18, background=True)
    assert not done_after_denial(den, dataclasses.replace(later, slots=dataclasses.replace(later.slots, dates=(bg,))))


def test_stance_a_day_without_its_year_against_a_date_of_another_year_or_a_span():
    from checker.rules.stance import done_after_denial

    from .handmade import date

    roles = [("pred", "approve"), ("agent", "ministry"), ("patient", "pipeline")]
    den = _claim("it had approved the tarrow pipeline", roles, "denied", "the ministry")
    act = _claim("the ministry approved the tarrow pipeline", roles, sid="b")

    def dated(claim: Claim, *dates) -> Claim:
        return dataclasses.replace(claim, slots=dataclasses.replace(claim.slots, dates=dates))

    june18 = date("18 June", "0004-06-18", precision="month-day")
    june1 = date("1 June", "0004-06-01", precision="month-day")
    # denied on a day of one year, the act on that day of no year: the same day is not after it; a later one is
    den26 = dataclasses.replace(den, said_on="June 1, 2026")
    assert not done_after_denial(den26, dated(act, june1))
    assert done_after_denial(den26, dated(act, june18))
    # denied over a span of two years: no month and day of it to compare a yearless day with
    across = dataclasses.replace(den, said_on="between December 2025 and January 2026")
    assert not done_after_denial(across, dated(act, june18))
    # the act over a span of two years against a yearless denial: the same
    span = date("July 2025 to March 2026", "2025-07-01", "2026-03-31", precision="years")
    assert not done_after_denial(dataclasses.replace(den, said_on="1 June"), dated(act, span))


def test_stance_a_fear_the_report_confirms_is_no_correction_of_it():
    kb = load_knowledge()
    den = _claim("rosenberg had been abducted by isis", [("pred", "abduct"), ("patient", "rosenberg")], "denied", "Kurdish officials")
    # NOTE: "believed abducted" is followed by what the report says (`said`: abducted), so it corrects no fear
    told = _claim("officials say rosenberg, believed abducted last week, had been abducted by isis",
                  [("pred", "say"), ("agent", "official"), ("said", "abduct")], sid="b")
    v = compare_refuted(den, told, kb)
    assert v is not None and v.values == (("denied by Kurdish officials",), ("asserted",))


def test_stance_one_act_in_two_words_refutes():
    kb = load_knowledge()
    # NOTE: "denied that the mayor had stepped down" / "the mayor resigned": the phrasal verb entails the act
    den = _claim("mayor brisco had stepped down", [("pred", "step"), ("agent", "brisco")], "denied", "City officials")
    told = _claim("mayor brisco resigned on monday", [("pred", "resign"), ("agent", "brisco")], sid="b")
    v = compare_refuted(den, told, kb)
    assert v is not None and v.values == (("denied by City officials",), ("asserted",))
    # NOTE: WordNet synonyms in their common senses ("shut" / "close") are one act too
    shut = _claim("the board will shut pine street school", [("pred", "shut"), ("agent", "board")], "denied", "The board")
    close = _claim("the board voted to close pine street school", [("pred", "close"), ("agent", "board")], sid="b")
    assert compare_refuted(shut, close, kb) is not None
    # NOTE: without the particle the verb is another act ("stepped on the stage"), and two acts WordNet does not relate deny nothing
    stepped = _claim("mayor brisco had stepped onto the stage", [("pred", "step"), ("agent", "brisco")], "denied", "City officials")
    assert compare_refuted(stepped, told, kb) is None
    praised = _claim("mayor brisco praised the council on monday", [("pred", "praise"), ("agent", "brisco")], sid="b")
    assert compare_refuted(den, praised, kb) is None


def test_stance_a_verb_of_denying_written_as_a_noun_still_asserts():
    kb = load_knowledge()
    den = _claim("mayor brisco had resigned", [("pred", "resign"), ("agent", "brisco")], "denied", "City officials")
    noun = _claim("mayor brisco resigned after a long dispute with the council", [("pred", "resign"), ("agent", "brisco")], sid="b")
    assert asserts(den, noun) and compare_refuted(den, noun, kb) is not None
    # NOTE: after a preposition the noun tells the doubt itself ("amid questions about P", "not in dispute")
    assert not asserts(den, _claim("mayor brisco resigned amid questions about the budget", [("pred", "resign")], sid="b"))
    # NOTE: as a verb it reports a denial, which asserts nothing a denial can contradict
    for text in ("mayor brisco disputed that she resigned", "the mayor disputes reports that she resigned",
                 "council members question whether mayor brisco resigned"):
        assert not asserts(den, _claim(text, [("pred", "resign")], sid="b")), text


def test_stance_a_claim_whose_main_act_is_negated_by_no_agrees_with_the_denial():
    kb = load_knowledge()
    den = _claim("zelantol causes liver damage", [("pred", "cause"), ("agent", "zelantol")], "denied", "Regulators")
    found = _claim("a study found no link between zelantol and liver damage", [("pred", "find"), ("agent", "study")], sid="b")
    found = dataclasses.replace(found, refers_to=den.id, refers_score=0.8)
    den = dataclasses.replace(den, refers_to=found.id, refers_score=0.8)
    assert compare_refuted(den, found, kb) is not None  # NOTE: read as asserted, the resolution carries it
    none = dataclasses.replace(found, slots=dataclasses.replace(found.slots, neg_heads=("find",)))
    assert compare_refuted(den, none, kb) is None
