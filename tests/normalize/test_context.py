"""Tests for `checker.normalize` context: inherited values remember the sentence that states them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import tempfile
from pathlib import Path

from checker.judge import judge_clusters
from checker.models import Claim, Cluster, Source, source_id
from checker.normalize import normalize
from checker.parse import parse
from checker.sources import read_sources

logger = logging.getLogger(__name__)


def _doc(path: str, sentences: list[tuple[int, str]]) -> tuple[Source, list[Claim]]:
    """One source of hand-built claims: (paragraph, sentence) each, one sentence a line."""
    text = "\n".join(s for _, s in sentences)
    src = Source(id=source_id(path, text), path=path, text=text)
    claims, at = [], 0
    for line, (paragraph, s) in enumerate(sentences, 1):
        claims.append(Claim(src.id, path, at, at + len(s), line, 1, line, s, paragraph=paragraph))
        at += len(s) + 1
    return src, claims


def test_context_paragraph_date_is_cited_where_stated():
    src, claims = _doc("a.txt", [(0, "In early May 2026, the ministry banned Kestrel 2."), (0, "The ban angered Veltrix.")])
    first, second = normalize([claims], [src])[0]
    (d,) = second.slots.context_dates
    assert d.text == "early May 2026"
    assert d.stated_in is not None and d.stated_in.id == first.id
    assert second.stating(("early May 2026",)).id == first.id
    # NOTE: the stating sentence is cited without its parse or slots; a claim's own value cites itself.
    assert d.stated_in.slots.dates == () and d.stated_in.tokens == ()
    assert first.slots.dates[0].stated_in is None
    assert first.stating(("early May 2026",)) is first


def test_context_anaphora_products_are_cited_where_named():
    src, claims = _doc("a.txt", [(0, "Veltrix released Kestrel 2 in March 2026."), (1, "These models were banned by the ministry.")])
    first, second = normalize([claims], [src])[0]
    assert [p.key for p in second.slots.products] == ["kestrel 2"]
    assert second.stating(("Kestrel 2",)).id == first.id


def test_context_stating_keeps_the_claim_when_values_mix_sources():
    src, claims = _doc("a.txt", [(0, "In early May 2026, the ministry banned Kestrel 2."), (0, "The ban angered Veltrix.")])
    _, second = normalize([claims], [src])[0]
    assert second.stating(("early May 2026", "something else")) is second
    assert second.stating(()) is second


def test_context_judge_cites_the_sentence_stating_an_inherited_date():
    sa, ca = _doc("a.txt", [(0, "In early May 2026, the ministry banned Kestrel 2."), (0, "The ban was condemned by Veltrix.")])
    sb, cb = _doc("b.txt", [(0, "In mid-2025 the ministry banned Kestrel 2.")])
    (a1, a2), (b1,) = normalize([ca, cb], [sa, sb])
    findings = judge_clusters([Cluster(0, (a2, b1), "restrict")])
    (f,) = [f for f in findings if f.kind == "date"]
    cited = {c.id: vals for c, vals in zip(f.claims, f.values)}
    assert cited == {a1.id: ("early May 2026",), b1.id: ("mid-2025",)}
    for c, vals in zip(f.claims, f.values):
        assert all(v in c.text for v in vals)


def test_context_light_verb_claim_takes_the_frame_of_the_same_participants_event():
    src, claims = _doc("a.txt", [
        (0, "The Kremlin ordered Veltrix to ban exports of Kestrel 2."),
        (1, "In mid-2025, the Kremlin forced a sweeping freezeout of Kestrel 2 at Veltrix."),
        (2, "In mid-2025, the Kremlin forced a sweeping freezeout of Orion 4 at Lumora."),
    ])
    first, same, other = normalize([claims], [src])[0]
    assert "restrict" in first.slots.frames
    # NOTE: "freezeout" is in no lexicon; the earlier claim with the same product and actor names the action.
    assert "restrict" in same.slots.frames and "event:" in same.context
    assert "restrict" not in other.slots.frames


def test_context_a_verb_no_frame_knows_does_not_take_the_participants_event():
    src, claims = _doc("a.txt", [
        (0, "The Kremlin ordered Veltrix to ban exports of Kestrel 2."),
        (1, "Veltrix and the Kremlin have admired Kestrel 2 for its fluency."),
    ])
    first, other = normalize([claims], [src])[0]
    assert "restrict" in first.slots.frames
    # NOTE: "admired" evokes no frame, light or not: it says something else about the same participants
    assert "restrict" not in other.slots.frames and "event:" not in other.context


def test_context_dates_of_different_things_are_not_compared():
    from checker.judge import judge_pair
    from checker.models import DateValue, Slots

    def claim(path, text, date):
        return Claim("s" + path, path, 0, len(text), 1, 1, 1, text, slots=Slots(dates=(date,), frames=("die",)))

    y1901 = DateValue(dt.date(1901, 1, 1), dt.date(1901, 12, 31), "1901", "year", event="die", holder="victoria")
    y1910 = DateValue(dt.date(1910, 1, 1), dt.date(1910, 12, 31), "1910", "year", event="die", holder="edward")
    born = DateValue(dt.date(1819, 1, 1), dt.date(1819, 12, 31), "1819", "year", event="birth", holder="victoria")
    same = dataclasses.replace(y1910, holder="victoria")
    a = claim("a.txt", "Victoria died in 1901.", y1901)
    assert not [v for v in judge_pair(a, claim("b.txt", "Edward died in 1910.", y1910)) if v.slot == "date"]
    assert not [v for v in judge_pair(a, claim("b.txt", "Victoria (1819–1901) ruled.", born)) if v.slot == "date"]
    assert [v.code for v in judge_pair(a, claim("b.txt", "Victoria died in 1910.", same)) if v.slot == "date"] == ["CC102"]


def _parsed(real_parser, text: str) -> list[Claim]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.txt"
        path.write_text(text, encoding="utf-8")
        srcs = read_sources([str(path)])
        return list(normalize(parse(srcs, real_parser), srcs)[0])


def test_context_he_keeps_the_subject_it_continues_not_the_object_named_last(real_parser):
    # Centering: a subject pronoun carries its referent on; the person a sentence names as its object
    # does not become "he" ("He killed Judge Varga. He fled" is still Ostrander who fled).
    claims = _parsed(real_parser, "Tomas Ostrander was being escorted to court when he overpowered a guard.\n"
                                  "He shot and killed Judge Milan Varga and a deputy.\n"
                                  "He fled downtown and evaded the police overnight.\n")
    fled = next(c for c in claims if "fled" in c.text)
    assert "[Tomas Ostrander]" in fled.context
    assert [a.key for a in fled.slots.actors] == ["tomas ostrander"]


def test_context_he_means_the_sentence_subject_not_its_first_person(real_parser):
    claims = _parsed(real_parser, "After meeting Milan Varga, Tomas Ostrander left the court on Monday.\n"
                                  "He later spoke to reporters.\n")
    spoke = next(c for c in claims if "spoke" in c.text)
    assert "[Tomas Ostrander]" in spoke.context


def test_context_a_quoted_name_is_a_title_not_the_person_she_means(real_parser):
    claims = _parsed(real_parser, 'Her film credits include "Van Wilder" and "The Big Lebowski."\n'
                                  "She also hosted a short-lived show on cable.\n")
    hosted = next(c for c in claims if "hosted" in c.text)
    assert "[Van Wilder]" not in hosted.context
    assert "van wilder" not in {a.key for a in hosted.slots.actors}


def test_context_a_date_beside_its_weekday_is_the_claims_time(real_parser):
    claims = _parsed(real_parser, "The bridge will open to cyclists on Saturday 14 March 2026, the council announced.\n"
                                  "The vote was held on Tuesday, June 4, 2019.\n"
                                  "He died on Friday 13 May.\n")
    assert [d.background for c in claims for d in c.slots.dates] == [False, False, False]


def test_context_the_date_of_a_report_is_not_the_time_of_what_it_reports(real_parser):
    claims = _parsed(real_parser, "The death toll has risen to 19, officials said on Wednesday 6 May.\n"
                                  "The Red Cross said on May 4 that 12 people had died.\n"
                                  "The minister resigned on May 4, officials said.\n"
                                  "The ministry announced the closure on May 4.\n")
    # NOTE: an announcement with no reported clause is the claim's act, and its date the claim's time
    assert [(d.text.rstrip("."), d.background) for c in claims for d in c.slots.dates] == [
        ("6 May", True), ("May 4", True), ("May 4", False), ("May 4", False)]


def test_context_a_date_of_a_noun_or_a_describing_clause_is_not_the_claims_time(real_parser):
    claims = _parsed(real_parser, "Mara Velez, who swam to stardom in the 1940's, died on June 6, 2013.\n"
                                  "The 1960s actress Ines Duarte retired in 1994.\n"
                                  "Ines Duarte, a star of the 1950s and 1960s, has died.\n"
                                  "Ines Duarte, the leading rusher in 2009, was put on injured reserve.\n"
                                  "She was 91.\n")
    velez, duarte, star, rusher, was = claims
    by_text = {d.text: d.background for d in velez.slots.dates}
    assert by_text == {"the 1940's": True, "June 6, 2013": False}
    assert (velez.slots.dates[0].start.year, velez.slots.dates[0].end.year) == (1940, 1949)  # a decade
    assert {d.text: d.background for d in duarte.slots.dates} == {"The 1960s": True, "1994": False}
    assert [d.background for d in star.slots.dates] == [True, True]
    assert [d.background for d in rusher.slots.dates] == [True]
    # nothing inherits a date of a noun as the paragraph's time
    assert not was.slots.context_dates and "1950s" not in was.context


def test_context_an_adverb_placing_an_act_in_a_series_marks_the_dates_occurrence(real_parser):
    claims = _parsed(real_parser, "Mara Velez first hosted the awards in 2007.\n\n"
                                  "Mara Velez hosted the awards again in 2012.\n\n"
                                  "Mara Velez will host the awards in 2014.\n\n"
                                  "Mara Velez was re-elected in 2016.\n\n"
                                  "Mara Velez was elected in 2010.\n")
    assert [[d.series for d in c.slots.dates] for c in claims] == [["first"], ["again"], [""], ["again"], [""]]


def test_context_a_clause_counting_what_there_was_dates_many_occurrences(real_parser):
    claims = _parsed(real_parser, "In 2006, there were seven run-ins with the law by Rovers players.\n\n"
                                  "In 2009, 12 people were killed in the blast.\n\n"
                                  "In 2009 there was one attack on the base.\n")
    assert [[d.series for d in c.slots.dates] for c in claims] == [["many"], [""], [""]]


def test_context_a_value_held_by_he_is_held_by_whom_he_means(real_parser):
    joined, had = _parsed(real_parser, "Tomas Vodan joined the Rovers in 2009.\nHe had 11 rebounds.\n")
    assert [(q.text, q.holder) for q in had.slots.quantities] == [("11 rebounds", "tomas vodan")]
    # nobody for "he" to mean: the holder is unknown, never the pronoun
    (scored,) = _parsed(real_parser, "He scored 12 points.\n")
    assert [(q.text, q.holder) for q in scored.slots.quantities] == [("12 points", "")]


def test_context_a_value_held_by_it_is_held_by_the_thing_last_named_as_subject(real_parser):
    town, incorporated, again = _parsed(real_parser, "As of the 2020 census, the town had 8,412 residents. "
                                                     "It was incorporated in 1881.\nIt was renamed in 1902.\n")
    assert [(d.text, d.holder) for d in incorporated.slots.dates] == [("1881", "town")]
    assert incorporated.context == incorporated.text  # the context names no referent an "it" may not have
    assert [(d.text, d.holder) for d in again.slots.dates] == [("1902", "town")]  # "it" carries its referent on
    # a named organisation wins over a common noun; a place only as the subject
    _, sold = _parsed(real_parser, "Harlow Systems opened an office in Denver.\nIt sold 3,000 phones in May.\n")
    assert [(q.text, q.holder) for q in sold.slots.quantities] == [("3,000 phones", "harlow systems")]
    # an "it" that stands for a clause has no holder; nothing named before: unknown, never the pronoun
    (announced,) = _parsed(real_parser, "It was announced in 2019 that the plant would close.\n")
    assert [d.holder for d in announced.slots.dates] == [""]


def test_context_a_value_held_by_a_bare_definite_noun_is_held_by_the_thing_of_its_kind_named_last(real_parser):
    # NOTE: "the company" stands for the organisation, "the city" for the place the document named last (WordNet's
    # kind of the noun's first sense: `checker.knowledge.noun_kinds`); the subject wins over a place named in passing
    _, founded = _parsed(real_parser, "Brightline shares jumped 24 percent on Wednesday.\n"
                                      "The company, which was founded in 2011, makes billing software.\n")
    assert [(d.text, d.holder) for d in founded.slots.dates] == [("2011", "brightline")]
    _, incorporated = _parsed(real_parser, "Wausau lies on the Wisconsin River.\nThe city was incorporated in 1878.\n")
    assert [(d.text, d.holder) for d in incorporated.slots.dates] == [("1878", "wausau")]
    # a noun that says which itself, a noun of no kind of the name, or nothing named before: its own noun
    _, which = _parsed(real_parser, "Wausau lies on the Wisconsin River.\nThe city of Merrill was incorporated in 1883.\n")
    assert [d.holder for d in which.slots.dates] == ["city"]
    _, other = _parsed(real_parser, "Brightline shares jumped 24 percent on Wednesday.\nThe report was published in 2011.\n")
    assert [d.holder for d in other.slots.dates] == ["report"]
    (alone,) = _parsed(real_parser, "The company was founded in 2011.\n")
    assert [d.holder for d in alone.slots.dates] == ["company"]
    # too far back: more than DEFINITE_REACH paragraphs
    far = _parsed(real_parser, "Brightline shares jumped 24 percent.\n\nA.\n\nB.\n\nC.\n\nThe company was founded in 2011.\n")
    assert [d.holder for d in far[-1].slots.dates] == ["company"]


def test_context_he_inside_a_quotation_that_goes_on_means_whom_it_was_about(real_parser):
    claims = _parsed(real_parser, '"Tomas Ostrander is a consummate entertainer," said Milan Varga and Ana Reyes.\n'
                                  '"He also has style and a sense of occasion.\n'
                                  'He added that the show would be long.\n')
    quoted, outside = claims[1], claims[2]
    assert "[Tomas Ostrander]" in quoted.context
    assert "[Milan Varga]" in outside.context


def test_context_only_a_date_that_opens_its_sentence_dates_the_paragraph(real_parser):
    claims = _parsed(real_parser, "The group was declared a terrorist organization by the State Department in 2008. "
                                  "The U.S. has offered a $7 million reward for information on his whereabouts.\n\n"
                                  "In early May 2026, the question stopped being theoretical. "
                                  "A formal request for access was met with a quiet refusal.\n")
    declared, reward, scene, request = claims
    assert not reward.slots.context_dates
    assert [d.text for d in request.slots.context_dates] == ["early May 2026"]


def test_context_the_firm_means_an_earlier_organisation_unless_it_says_which_itself(real_parser):
    claims = _parsed(real_parser, "Microsoft fired its accountant on Monday.\n"
                                  "The firm said he had been warned.\n"
                                  "Acme Corp., the firm that audits it, was not told.\n"
                                  "The organization that investigated him declined to comment.\n")
    said, acme, org = claims[1], claims[2], claims[3]
    assert "[Microsoft]" in said.context
    assert "[" not in acme.context and "[" not in org.context


def test_context_a_length_of_time_is_no_time_for_the_next_claims(real_parser):
    claims = _parsed(real_parser, "The Varna company built the tower in just over two years.\n"
                                  "About 6 million people visit the tower every year.\n\n"
                                  "The Varna company closed the tower two years ago.\n"
                                  "About 6 million people visited the tower before.\n")
    built, visit, closed, visited = claims
    assert "two years" not in visit.context
    assert "time: two years ago" in visited.context  # a length anchored to now is a time


def test_context_a_date_of_a_reference_clause_is_not_the_claims_time(real_parser):
    claims = _parsed(real_parser, "The Varna coach was fired since King took over in 2003.\n\n"
                                  "Police arrested the suspect after he returned to the city in 2003.\n\n"
                                  "Police arrested the suspect in 2005, when the riots began.\n")
    since, after, when = claims
    assert [d.background for d in since.slots.dates] == [True]
    assert [d.background for d in after.slots.dates] == [True]
    assert [d.background for d in when.slots.dates] == [False]


def test_context_a_day_of_no_known_year_sets_no_time_and_keeps_the_paragraphs(real_parser):
    met, voted, after = _parsed(real_parser, "In May 2009, the council met in Lyon. It approved the budget on March 3. "
                                             "The mayor signed it.\n")
    assert [d.precision for d in voted.slots.dates] == ["month-day"]
    assert [d.text for d in voted.slots.context_dates] == ["May 2009"] and "(time: May 2009)" in voted.context
    assert [d.text for d in after.slots.context_dates] == ["May 2009"] and "March 3" not in after.context


def _page(path: str, text: str, claimed: list[str]) -> tuple[Source, list[Claim]]:
    """A page and hand-built claims of some of its lines (each written once in ``text``)."""
    src = Source(id=source_id(path, text), path=path, text=text)
    claims = []
    for s in claimed:
        at = text.index(s)
        line = text.count("\n", 0, at) + 1
        claims.append(Claim(src.id, path, at, at + len(s), line, 1, line, s, paragraph=len(claims)))
    return src, claims


_CHANGELOG = ("# Changelog\n\nThe parser is faster in every release.\n\n## vellum 3.4.2 (2025-05-14)\n"
              "- Fixed a memory leak in the tokenizer.\n- Gauge 2.1 support was added.\n\n## vellum 3.4.1\n- Fixed a crash on empty files.\n")


def test_context_a_line_under_a_section_heading_takes_its_version_and_date_cited_there():
    src, claims = _page("CHANGES.md", _CHANGELOG, ["The parser is faster in every release.", "Fixed a memory leak in the tokenizer.",
                                                    "Gauge 2.1 support was added.", "Fixed a crash on empty files."])
    before, leak, gauge, crash = normalize([claims], [src])[0]
    (p,) = leak.slots.products
    assert p.key == "vellum 3.4.2"
    assert p.stated_in is not None and p.stated_in.line == 5 and p.stated_in.text == "## vellum 3.4.2 (2025-05-14)"
    (d,) = leak.slots.context_dates
    assert (d.start, d.end) == (dt.date(2025, 5, 14), dt.date(2025, 5, 14)) and d.stated_in.line == 5
    assert "section: vellum 3.4.2 (2025-05-14)" in leak.context
    # NOTE: the next section is the next heading's; a line naming its own product keeps it; a line before any heading
    # has no section
    assert [p.key for p in crash.slots.products] == ["vellum 3.4.1"] and crash.slots.context_dates == ()
    assert [p.key for p in gauge.slots.products] == ["gauge 2.1"]
    assert before.slots.products == () and before.slots.context_dates == ()


def test_context_a_heading_that_states_something_is_no_section():
    text = "## Vellum 3.4.2 fixes the leak\n- The tokenizer was rewritten.\n"
    src, claims = _page("NEWS.md", text, ["## Vellum 3.4.2 fixes the leak", "The tokenizer was rewritten."])
    _, line = normalize([claims], [src])[0]
    assert line.slots.products == ()


def test_context_a_title_without_a_verb_names_the_section_it_opens():
    from checker.models import Token

    text = "Trailmap 3.1 release notes\n\nOffline mode is now supported.\n"
    src, claims = _page("notes.txt", text, ["Trailmap 3.1 release notes", "Offline mode is now supported."])
    title = dataclasses.replace(claims[0], tokens=(Token("Trailmap", "trailmap", "PROPN", "compound", 3, "", 0),
                                                   Token("3.1", "3.1", "NUM", "nummod", 0, "", 9),
                                                   Token("release", "release", "NOUN", "compound", 3, "", 13),
                                                   Token("notes", "note", "NOUN", "ROOT", 3, "", 21)))
    _, line = normalize([[title, claims[1]]], [src])[0]
    assert [p.key for p in line.slots.products] == ["trailmap 3.1"]
    # NOTE: a title with a verb says something ("Trailmap 3.1 adds offline mode"): no section
    said = dataclasses.replace(title, tokens=(Token("Trailmap", "trailmap", "PROPN", "nsubj", 2, "", 0), Token("3.1", "3.1", "NUM", "nummod", 0, "", 9),
                                              Token("adds", "add", "VERB", "ROOT", 2, "", 13)))
    _, line = normalize([[said, claims[1]]], [src])[0]
    assert line.slots.products == ()


def test_context_a_titles_date_is_the_pages_not_the_time_of_its_lines():
    # NOTE: "ai2026-05-18" or "Digest, 18 May 2026" opening a page dates the page, not each line under it
    text = "Digest 18 May 2026\n\nThe leak in the tokenizer was fixed.\n\n## Week of 4 May 2026\n- The crash on empty files was fixed.\n"
    src, claims = _page("digest.md", text, ["The leak in the tokenizer was fixed.", "The crash on empty files was fixed."])
    leak, crash = normalize([claims], [src])[0]
    assert leak.slots.context_dates == ()
    assert [d.text for d in crash.slots.context_dates] == ["4 May 2026"]


def test_context_a_pages_one_dated_heading_naming_nothing_else_is_its_dateline_and_dates_no_line():
    # NOTE: news pages carry the time they were written under the headline: two reports of one fix, written a day
    # apart, must not date the fix on two days
    text = "Microsoft patches browser flaw\n17 September 2013-21:29\nMicrosoft released a fix for the flaw on Tuesday.\n"
    src, claims = _page("a.txt", text, ["Microsoft patches browser flaw", "Microsoft released a fix for the flaw on Tuesday."])
    _, fix = normalize([claims], [src])[0]
    assert fix.slots.context_dates == () and "2013-21:29" not in fix.context
    # NOTE: a plain heading naming a release dates its lines
    text = "Release notes\n\nvellum 3.4.2 (2025-05-14)\nThe crash on empty files was fixed.\n"
    src, claims = _page("notes.txt", text, ["The crash on empty files was fixed."])
    (crash,) = normalize([claims], [src])[0]
    assert [d.start for d in crash.slots.context_dates] == [dt.date(2025, 5, 14)]
    # NOTE: two dated plain headings (a live page's days) each date their own lines
    days = "Live updates\n\n16 September 2013 - 10:00\nThe flaw was reported.\n\n17 September 2013 - 18:00\nA fix was released.\n"
    src, claims = _page("live.md", days, ["The flaw was reported.", "A fix was released."])
    reported, fixed = normalize([claims], [src])[0]
    assert [d.start for d in reported.slots.context_dates] == [dt.date(2013, 9, 16)]
    assert [d.start for d in fixed.slots.context_dates] == [dt.date(2013, 9, 17)]


def test_context_a_claims_sections_found_by_bisection_are_those_every_heading_gives():
    from checker.normalize import _ends, _section_of, _sections

    text = ("# Guide\n\n## Install 2.0\n### Linux\nRun the installer once.\n### Mac\nOpen the package twice.\n\n"
            "## Upgrade 2.1\nBack up the settings first.\n### Notes\nThe old files are kept.\n")
    src, claims = _page("GUIDE.md", text, ["Run the installer once.", "Open the package twice.", "Back up the settings first.",
                                           "The old files are kept."])
    sections = _sections(src, claims[::-1])  # NOTE: claims in any order: each heading reads those that start inside it
    assert [h.text for h in sections] == ["# Guide", "## Install 2.0", "### Linux", "### Mac", "## Upgrade 2.1", "### Notes"]
    ends = _ends(sections)
    assert ends is not None
    for c in claims:
        assert _section_of(sections, c, ends) == _section_of(sections, c)
    assert [h.text for h in _section_of(sections, claims[3], ends)] == ["### Notes", "## Upgrade 2.1", "# Guide"]
    assert _ends(sections[::-1]) is None
