"""CC105 on offices: two people given one role held by one person at a time ("will become chief executive", "picked
Grant as the next chief executive") answer one question; a past holder, "a member" or "part of" answer none."""

from __future__ import annotations

from checker.rules.entities import compare_entity_answers
from tests.rules.handmade import KB, ent
from tests.rules.test_entity_relations import _parsed


def _becomes(sid: str, name: str, verb: str = "become", aux: str = "will"):
    """"Brightwave said NAME AUX VERB chief executive." : the copula in the clause the main verb reports."""
    first, last = name.split()
    lemma = "be" if verb in ("is", "was") else "become"
    rows = [("Brightwave", "brightwave", "PROPN", "nsubj", 1, "ORG"), ("said", "say", "VERB", "ROOT", 1, ""),
            (first, first.lower(), "PROPN", "compound", 3, "PERSON"), (last, last.lower(), "PROPN", "nsubj", 5, "PERSON")]
    rows += [(aux, aux, "AUX", "aux", 5, "")] if aux else [("", "", "X", "dep", 5, "")]
    rows += [(verb, lemma, "AUX", "ccomp", 1, ""), ("chief", "chief", "ADJ", "amod", 7, ""), ("executive", "executive", "NOUN", "attr", 5, "")]
    rows = [r for r in rows if r[0]]
    text = f"Brightwave said {name} {aux + ' ' if aux else ''}{verb} chief executive."
    return _parsed(sid, text, [(w, lm, p, d, h - (0 if aux or h < 4 else 1), lab) for w, lm, p, d, h, lab in rows],
                   (ent("brightwave", "Brightwave"), ent(name.lower(), name, "PERSON")))


def _picked(sid: str, name: str, role: str = "the next chief executive", dep: str = "pobj", prep: str = "as"):
    """"The board picked NAME as ROLE." (``dep`` "oprd": "The board named NAME ROLE.")."""
    first, last = name.split()
    words = role.split()
    head = 6 + len(words) - 1 if dep == "pobj" else 5 + len(words) - 1
    rows = [("The", "the", "DET", "det", 1, ""), ("board", "board", "NOUN", "nsubj", 2, ""),
            ("picked" if dep == "pobj" else "named", "pick" if dep == "pobj" else "name", "VERB", "ROOT", 2, ""),
            (first, first.lower(), "PROPN", "compound", 4, "PERSON"), (last, last.lower(), "PROPN", "dobj", 2, "PERSON")]
    if dep == "pobj":
        rows.append((prep, prep, "ADP", "prep", 2, ""))
    for k, w in enumerate(words):
        last_word = k == len(words) - 1
        pos = "DET" if w in ("the", "a") else "NOUN" if last_word else "ADJ"
        rows.append((w, w, pos, dep if last_word else "det" if pos == "DET" else "amod", (5 if dep == "pobj" else 2) if last_word else head, ""))
    text = f"The board {rows[2][0]} {name} {prep + ' ' if dep == 'pobj' else ''}{role}."
    return _parsed(sid, text, rows, (ent(name.lower(), name, "PERSON"),))


def test_entity_answers_two_people_given_one_office_conflict():
    osei, grant = _becomes("a", "Karen Osei"), _picked("b", "Michael Grant")
    assert osei.slots.answers[1].description == ("chief", "executive", "next")  # NOTE: "will become": the next holder
    assert grant.slots.answers[0].description == ("chief", "executive", "next")
    v = compare_entity_answers(osei, grant, KB)
    assert v is not None and v.values == (("Karen Osei",), ("Michael Grant",))
    named = _picked("b", "Michael Grant", "chief executive", dep="oprd")
    assert named.slots.answers[0].description == ("chief", "executive")
    # NOTE: who was named to it and who takes it next are two questions; who holds it now and who was named to it one
    assert compare_entity_answers(osei, named, KB) is None
    assert compare_entity_answers(_becomes("a", "Karen Osei", verb="is", aux=""), named, KB) is not None
    assert compare_entity_answers(osei, _picked("b", "Karen Osei"), KB) is None


def test_entity_answers_a_past_holder_a_member_or_another_role_answer_no_office():
    osei = _becomes("a", "Karen Osei")
    past = _becomes("b", "Tom Hale", verb="was", aux="")
    assert all(not r.description for r in past.slots.answers)
    now = _becomes("b", "Tom Hale", verb="is", aux="")
    assert now.slots.answers[1].description == ("chief", "executive")
    member = _picked("b", "Michael Grant", "a member", dep="oprd")
    assert not member.slots.answers[0].description
    part = _picked("b", "Michael Grant", "part", dep="oprd")
    assert not part.slots.answers[0].description  # NOTE: no person's noun (WordNet's first sense of "part")
    beside = _picked("b", "Michael Grant", "the next chief executive", prep="beside")
    assert not beside.slots.answers[0].description  # NOTE: only "as" gives the role
    outgoing = _picked("b", "Michael Grant", "the outgoing chief executive")
    assert outgoing.slots.answers[0].description == ("chief", "executive", "outgoing")
    assert compare_entity_answers(osei, outgoing, KB) is None


def test_entity_answers_a_role_taken_next_reads_alike_however_said():
    osei = _becomes("a", "Karen Osei")
    assert compare_entity_answers(osei, _picked("b", "Michael Grant", "the new chief executive"), KB) is not None
    # NOTE: a future copula makes its own attribute the next role, not a description in apposition
    text = "Tom Hale, the outgoing chief executive, will become a director."
    hale = _parsed("b", text, [
        ("Tom", "tom", "PROPN", "compound", 1, "PERSON"), ("Hale", "hale", "PROPN", "nsubj", 9, "PERSON"), (",", ",", "PUNCT", "punct", 1, ""),
        ("the", "the", "DET", "det", 6, ""), ("outgoing", "outgoing", "ADJ", "amod", 6, ""), ("chief", "chief", "ADJ", "amod", 6, ""),
        ("executive", "executive", "NOUN", "appos", 1, ""), (",", ",", "PUNCT", "punct", 1, ""), ("will", "will", "AUX", "aux", 9, ""),
        ("become", "become", "AUX", "ROOT", 9, ""), ("a", "a", "DET", "det", 11, ""), ("director", "director", "NOUN", "attr", 9, "")],
        (ent("tom hale", "Tom Hale", "PERSON"),))
    assert hale.slots.answers[0].description == ("chief", "executive", "outgoing")


def _taking(sid: str, subject: str, verb: str, lemma: str, particle: str = "", other: str = "Hale", aux: str = "will",
            label: str = "PERSON"):
    """"SUBJECT [AUX] VERB [PARTICLE] [OTHER] as chief executive." (``other`` "": no object)."""
    rows = [(subject, subject.lower(), "PROPN", "nsubj", 2, label)]
    rows += [(aux, aux, "AUX", "aux", 2, "")] if aux else [("", "", "X", "dep", 2, "")]
    rows += [(verb, lemma, "VERB", "ROOT", 2, "")]
    rows += [(particle, particle, "ADP", "prt", 2, "")] if particle else [("", "", "X", "dep", 2, "")]
    rows += [(other, other.lower(), "PROPN", "dobj", 2, "PERSON")] if other else [("", "", "X", "dep", 2, "")]
    rows += [("as", "as", "ADP", "prep", 2, ""), ("chief", "chief", "ADJ", "amod", 7, ""), ("executive", "executive", "NOUN", "pobj", 5, "")]
    kept = [k for k, r in enumerate(rows) if r[0]]
    spec = [(w, lm, p, d, kept.index(h), lab) for w, lm, p, d, h, lab in (rows[k] for k in kept)]
    text = " ".join(r[0] for r in rows if r[0]) + "."
    names = (ent(subject.lower(), subject, label),) + ((ent(other.lower(), other, "PERSON"),) if other else ())
    return _parsed(sid, text, spec, names)


def _said(c, name: str) -> tuple[str, ...]:
    return next(r.description for r in c.slots.answers if r.mention.text == name)


def test_entity_answers_who_takes_a_post_is_the_subject_of_a_verb_of_succession():
    # NOTE: "succeed Hale as chief executive": the subject takes the post, Hale held it (WordNet's succeed.v.02)
    ortiz = _taking("b", "Ortiz", "succeed", "succeed")
    assert _said(ortiz, "Ortiz") == ("chief", "executive", "next")
    assert _said(ortiz, "Hale") == ()
    assert compare_entity_answers(_becomes("a", "Karen Osei"), ortiz, KB) is not None
    # NOTE: a phrasal verb of taking office, without an object (take_office.v.01)
    over = _taking("b", "Ortiz", "take", "take", particle="over", other="")
    assert _said(over, "Ortiz") == ("chief", "executive", "next")
    # NOTE: stepping down as chief executive gives the post to no one; "take" alone takes no post
    assert _said(_taking("b", "Hale", "step", "step", particle="down", other=""), "Hale") == ()
    assert _said(_taking("b", "Ortiz", "take", "take", other=""), "Ortiz") == ()
    assert compare_entity_answers(_becomes("a", "Karen Osei"), _taking("b", "Hale", "step", "step", particle="down", other=""), KB) is None
    # NOTE: a verb of choosing gives "as" to its object, as before
    assert _said(_taking("b", "Acme", "pick", "pick", label="ORG"), "Hale") == ("chief", "executive", "next")
    assert _said(_taking("b", "Acme", "picked", "pick", aux="", label="ORG"), "Hale") == ("chief", "executive")


def test_entity_answers_no_post_taken_by_an_organisation_or_in_the_past():
    assert _said(_taking("b", "Acme", "succeed", "succeed", label="ORG"), "Acme") == ()
    assert _said(_taking("b", "Ortiz", "succeeded", "succeed", aux=""), "Ortiz") == ()  # NOTE: a former holder
    assert _said(_taking("b", "Ortiz", "succeeds", "succeed", aux=""), "Ortiz") == ("chief", "executive", "next")


def test_entity_answers_the_object_of_a_choice_takes_the_post_of_its_clause():
    text = "The board chose Ortiz to succeed Hale as chief executive."
    rows = [("The", "the", "DET", "det", 1, ""), ("board", "board", "NOUN", "nsubj", 2, ""), ("chose", "choose", "VERB", "ROOT", 2, ""),
            ("Ortiz", "ortiz", "PROPN", "dobj", 2, "PERSON"), ("to", "to", "PART", "aux", 5, ""), ("succeed", "succeed", "VERB", "xcomp", 2, ""),
            ("Hale", "hale", "PROPN", "dobj", 5, "PERSON"), ("as", "as", "ADP", "prep", 5, ""), ("chief", "chief", "ADJ", "amod", 9, ""),
            ("executive", "executive", "NOUN", "pobj", 7, "")]
    c = _parsed("b", text, rows, (ent("ortiz", "Ortiz", "PERSON"), ent("hale", "Hale", "PERSON")))
    assert _said(c, "Ortiz") == ("chief", "executive", "next")
    assert _said(c, "Hale") == ()
    become = _parsed("b", "The board picked Ortiz to become chief executive.", [
        ("The", "the", "DET", "det", 1, ""), ("board", "board", "NOUN", "nsubj", 2, ""), ("picked", "pick", "VERB", "ROOT", 2, ""),
        ("Ortiz", "ortiz", "PROPN", "dobj", 2, "PERSON"), ("to", "to", "PART", "aux", 5, ""), ("become", "become", "VERB", "xcomp", 2, ""),
        ("chief", "chief", "ADJ", "amod", 7, ""), ("executive", "executive", "NOUN", "attr", 5, "")], (ent("ortiz", "Ortiz", "PERSON"),))
    assert _said(become, "Ortiz") == ("chief", "executive", "next")
    stay = _parsed("b", "The board asked Ortiz to stay as chief executive.", [
        ("The", "the", "DET", "det", 1, ""), ("board", "board", "NOUN", "nsubj", 2, ""), ("asked", "ask", "VERB", "ROOT", 2, ""),
        ("Ortiz", "ortiz", "PROPN", "dobj", 2, "PERSON"), ("to", "to", "PART", "aux", 5, ""), ("stay", "stay", "VERB", "xcomp", 2, ""),
        ("as", "as", "ADP", "prep", 5, ""), ("chief", "chief", "ADJ", "amod", 8, ""), ("executive", "executive", "NOUN", "pobj", 6, "")],
        (ent("ortiz", "Ortiz", "PERSON"),))
    assert _said(stay, "Ortiz") == ()  # NOTE: staying takes no post


def _appointed(sid: str, name: str, aux: str = "has", club: str = "Harbour City FC"):
    """"NAME AUX been appointed head coach of CLUB." as spaCy parses it: the role an object predicate, the club a name."""
    first, last = name.split()
    words = club.split()
    rows = [(first, first.lower(), "PROPN", "compound", 1, "PERSON"), (last, last.lower(), "PROPN", "nsubjpass", 4, "PERSON"),
            (aux, "have" if aux == "has" else "be", "AUX", "aux" if aux == "has" else "auxpass", 4, ""),
            ("been", "be", "AUX", "auxpass", 4, ""), ("appointed", "appoint", "VERB", "ROOT", 4, ""),
            ("head", "head", "NOUN", "amod", 6, ""), ("coach", "coach", "NOUN", "oprd", 4, ""), ("of", "of", "ADP", "prep", 6, "")]
    rows += [(w, w.lower(), "PROPN", "compound", 7 + len(words), "ORG") for w in words[:-1]]
    rows += [(words[-1], words[-1].lower(), "PROPN", "pobj", 7, "ORG")]
    if aux != "has":
        rows = [r for r in rows if r[0] != "been"]
        rows = [(w, lm, p, d, h - 1 if h > 3 else h, lab) for w, lm, p, d, h, lab in rows]
    text = f"{name} {aux} {'been ' if aux == 'has' else ''}appointed head coach of {club}."
    return _parsed(sid, text, rows, (ent(name.lower(), name, "PERSON"), ent(club.lower(), club, "ORG")))


def _its_new_coach(sid: str, name: str):
    """"The club have named NAME as its new head coach."."""
    first, last = name.split()
    return _parsed(sid, f"The club have named {name} as its new head coach.", [
        ("The", "the", "DET", "det", 1, ""), ("club", "club", "NOUN", "nsubj", 3, ""), ("have", "have", "AUX", "aux", 3, ""),
        ("named", "name", "VERB", "ROOT", 3, ""), (first, first.lower(), "PROPN", "compound", 5, "PERSON"),
        (last, last.lower(), "PROPN", "dobj", 3, "PERSON"), ("as", "as", "ADP", "prep", 3, ""), ("its", "its", "PRON", "poss", 10, ""),
        ("new", "new", "ADJ", "amod", 10, ""), ("head", "head", "NOUN", "compound", 10, ""), ("coach", "coach", "NOUN", "pobj", 6, "")],
        (ent(name.lower(), name, "PERSON"),))


def test_entity_answers_a_role_just_given_is_the_new_one_and_its_owner_one_word():
    hale = _appointed("a", "Tom Hale")
    # NOTE: "has been appointed": the present perfect gives the role now, as "its new head coach" does; "of Harbour City
    # FC" says whose it is, one word that "its" leaves to the story
    assert hale.slots.answers[0].description == ("@fc", "coach", "head", "next")
    v = compare_entity_answers(hale, _its_new_coach("b", "Lena Brandt"), KB)
    assert v is not None and v.values == (("Tom Hale",), ("Lena Brandt",))


def test_entity_answers_a_role_given_in_the_past_or_of_another_owner_is_another_question():
    hale = _appointed("a", "Tom Hale", aux="was")
    assert hale.slots.answers[0].description == ("@fc", "coach", "head")  # NOTE: "was appointed": who held it, maybe before
    assert compare_entity_answers(hale, _its_new_coach("b", "Lena Brandt"), KB) is None
    other = _appointed("b", "Lena Brandt", club="Ashford Town")
    assert compare_entity_answers(_appointed("a", "Tom Hale"), other, KB) is None


def test_entity_answers_words_a_comma_hangs_on_the_role_say_no_role():
    # NOTE: "... as its new head coach, a week after parting company with Erik Jensen" as spaCy parses it: "week" a
    # noun of time on "coach"
    b = _parsed("b", "The club have named Lena Brandt as its new head coach, a week after parting company with Erik Jensen.", [
        ("The", "the", "DET", "det", 1, ""), ("club", "club", "NOUN", "nsubj", 3, ""), ("have", "have", "AUX", "aux", 3, ""),
        ("named", "name", "VERB", "ROOT", 3, ""), ("Lena", "lena", "PROPN", "compound", 5, "PERSON"),
        ("Brandt", "brandt", "PROPN", "dobj", 3, "PERSON"), ("as", "as", "ADP", "prep", 3, ""), ("its", "its", "PRON", "poss", 10, ""),
        ("new", "new", "ADJ", "amod", 10, ""), ("head", "head", "NOUN", "compound", 10, ""), ("coach", "coach", "NOUN", "pobj", 6, ""),
        (",", ",", "PUNCT", "punct", 10, ""), ("a", "a", "DET", "det", 13, ""), ("week", "week", "NOUN", "npadvmod", 10, ""),
        ("after", "after", "ADP", "prep", 13, ""), ("parting", "part", "VERB", "pcomp", 14, ""), ("company", "company", "NOUN", "dobj", 15, ""),
        ("with", "with", "ADP", "prep", 16, ""), ("Erik", "erik", "PROPN", "compound", 19, "PERSON"),
        ("Jensen", "jensen", "PROPN", "pobj", 17, "PERSON")],
        (ent("lena brandt", "Lena Brandt", "PERSON"), ent("erik jensen", "Erik Jensen", "PERSON")))
    assert b.slots.answers[0].description == ("coach", "head", "next")
    v = compare_entity_answers(_appointed("a", "Tom Hale"), b, KB)
    assert v is not None and v.values == (("Tom Hale",), ("Lena Brandt",))


def test_entity_answers_words_of_time_inside_a_description_are_its_words():
    # NOTE: "Jones, the only player to score three times, left." as spaCy parses it: "times" hangs on "score" inside
    # the description, which it says, unlike a time a comma hangs on the role's noun
    c = _parsed("b", "Jones, the only player to score three times, left.", [
        ("Jones", "jones", "PROPN", "nsubj", 10, "PERSON"), (",", ",", "PUNCT", "punct", 0, ""), ("the", "the", "DET", "det", 4, ""),
        ("only", "only", "ADJ", "amod", 4, ""), ("player", "player", "NOUN", "appos", 0, ""), ("to", "to", "PART", "aux", 6, ""),
        ("score", "score", "VERB", "relcl", 4, ""), ("three", "three", "NUM", "nummod", 8, ""), ("times", "time", "NOUN", "npadvmod", 6, ""),
        (",", ",", "PUNCT", "punct", 0, ""), ("left", "leave", "VERB", "ROOT", 10, "")],
        (ent("jones", "Jones", "PERSON"),))
    assert c.slots.answers[0].description == ("only", "player", "score", "three", "time")
