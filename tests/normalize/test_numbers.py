"""Tests for `checker.normalize.numbers`: comparators, scales, currencies, and what is not a quantity."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from checker.models import Token
from checker.normalize.numbers import affine, conversion, count_noun, find_quantities, unit_keys

logger = logging.getLogger(__name__)


def _one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    return q.value, q.unit, q.comparator, q.text


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("less than 14,000 people", "<"),
        ("fewer than 14,000 people", "<"),
        ("under 14,000 people", "<"),
        ("more than 14,000 people", ">"),
        ("over 14,000 people", ">"),
        ("about 14,000 people", "~"),
        ("nearly 14,000 people", "~<"),
        ("an estimated 14,000 people", "~"),
        ("14,000 people", "="),
        ("a record 14,000 people", "="),
    ],
)
def test_numbers_comparators(text, comparator):
    value, unit, cmp, span = _one(f"Officials said {text} came.")
    assert (value, unit, cmp) == (14000.0, "people", comparator)
    assert span.lower() == text.lower()


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("about 1.2 million users", 1_200_000.0, "user"),
        ("3 billion downloads", 3e9, "download"),
        ("twelve thousand visitors", 12_000.0, "visitor"),
        ("$5 billion", 5e9, "usd"),
        ("$5m", 5e6, "usd"),
        ("€2.5bn", 2.5e9, "eur"),
        ("£300", 300.0, "gbp"),
        ("35% of staff", 35.0, "percent"),
        ("40 percent", 40.0, "percent"),
        ("three people", 3.0, "people"),
        ("under 7 km", 7.0, "km"),
        ("500 square kilometres", 500.0, "square kilometre"),  # an area, no length
        ("500 sq. miles", 500.0, "sq mile"),
        ("193 km/h", 193.0, "km per h"),  # a speed, no length
        ("40 miles per hour", 40.0, "mile per hour"),
        ("42 companies", 42.0, "company"),
        ("$2.3 bln", 2.3e9, "usd"),  # the wire services' abbreviations
        ("3 mln barrels", 3e6, "barrel"),
        ("1.1 trln yen", 1.1e12, "yen"),
    ],
)
def test_numbers_scale_currency_percent_and_unit(text, value, unit):
    found = find_quantities(f"They reported {text} on Tuesday.")
    assert [(q.value, q.unit) for q in found] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scale label before the number is its unit, cited with it, whatever the noun after
        ("A magnitude 6.4 earthquake struck Peru.", [(6.4, "magnitude", "magnitude 6.4")]),
        ("The institute put it at magnitude 6.1.", [(6.1, "magnitude", "magnitude 6.1")]),
        ("The quake had a magnitude of 6.2.", [(6.2, "magnitude", "6.2")]),
        ("The quake had a magnitude of about 6.2.", [(6.2, "magnitude", "about 6.2")]),
        # capitalised, it is still no product version ("Category 4" is not "Claude 4")
        ("A Category 4 hurricane hit Florida.", [(4.0, "category", "Category 4")]),
        ("Officials raised the alert to level-3.", [(3.0, "level", "level-3")]),
        # an identity label is no scale: "Flight 370" is a name, not a value
        ("Flight 370 carried 239 people.", [(239.0, "people", "239 people")]),
        # a currency is its own unit
        ("The Level $5 plan sold out.", [(5.0, "usd", "$5")]),
    ],
)
def test_numbers_a_scale_label_before_the_number_is_its_unit(text, expected):
    assert [(q.value, q.unit, q.text) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a score or a tally is two quantities, the larger and the smaller, each cited by the whole score
        ("Dunmore beat Castlebay 3-1 on Saturday.", [(3.0, "score high", "3-1"), (1.0, "score low", "3-1")]),
        ("The Lakers won 112-104.", [(112.0, "score high", "112-104"), (104.0, "score low", "112-104")]),
        ("The score was 1-1 at half-time.", [(1.0, "score high", "1-1"), (1.0, "score low", "1-1")]),
        ("She won the final 6-4, 6-3.", [(6.0, "score high", "6-4"), (4.0, "score low", "6-4"),
                                         (6.0, "score high", "6-3"), (3.0, "score low", "6-3")]),
        # "to" joins a tally only near a word of votes or contests, and never after "from"
        ("The bill passed by a vote of 218 to 214.", [(218.0, "score high", "218 to 214"), (214.0, "score low", "218 to 214")]),
        ("In a 6 to 3 decision, the justices allowed it.", [(6.0, "score high", "6 to 3"), (3.0, "score low", "6 to 3")]),
        # any word of a result (frames.yaml result_words): a chamber's approval or rejection is a vote's
        ("The Senate approved the bill 58-42.", [(58.0, "score high", "58-42"), (42.0, "score low", "58-42")]),
        ("Lawmakers rejected the measure 12 to 9.", [(12.0, "score high", "12 to 9"), (9.0, "score low", "12 to 9")]),
    ],
)
def test_numbers_a_score_is_its_larger_and_smaller_number(text, expected):
    assert [(q.value, q.unit, q.text) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # "to" without a word of votes or contests near, or after "from"; a range ascends; a formation, a code,
        # a decimal, a price or a date is no score
        "The team shrank from 9 to 2 members after the vote.", "It fell 9 to 2 metres.", "Kids aged 5-12 attend.",
        "It uses a 4-2-3-1 formation.", "The COVID-19 test costs $5-10.", "The index moved 5.2-3.1 on the day.",
        "They won 2-10 draws.", "Route I-95 closed.",
        # a record or a state of play is no result: a word of a result must be near, and a record in brackets is none
        "Klitschko (58-3, 51 KO) bombed Thompson with a right hand.", "Deon Thompson had 15 points for the Tar Heels (14-1), who were beaten at home.",
        "This gave the Colts a 9-5 season and eligibility for the playoffs.", "The Colts held on to their 20-13 lead.",
        "O'Brien recorded a mark of 182-158 in five seasons.", "Ramos, who is 28-2 with 21 knockouts, will fight.",
    ],
)
def test_numbers_what_is_no_score(text):
    assert not [q for q in find_quantities(text) if q.unit.startswith("score")]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        # a limit or a capacity is its figure: "up to" after a modal of ability or a verb of capacity
        ("On the Team plan you can make up to 1,000 requests per minute.", "="),
        ("The stadium seats up to 60,000 fans.", "="),
        ("Requests may carry payloads of up to 50 MB.", "="),
        ("Each API key may make up to 1,000 requests per hour.", "="),
        ("The free plan allows up to 500 requests per hour.", "="),
        # a bound of what happened or may have, or of a penalty, stays a bound
        ("He faces up to 20 years in prison.", "<="),
        ("Up to 50 people may have died.", "<="),
        ("The storm may have dumped up to 10 inches of rain.", "<="),
        ("Rainfall may be up to 10 inches in places.", "<="),
        ("You can make many more calls than before, up to 300 requests.", "<="),
        # a bound a rule requires, or a capacity's "at most", is the rule's figure
        ("Passwords must be at least 12 characters long.", "="),
        ("Each password needs a minimum of 8 characters.", "="),
        ("The service requires at least 4 GB of memory.", "="),
        ("Titles must be no more than 60 characters.", "="),
        ("The lift can carry at most 8 people.", "="),
        # a bound of what happened stays a bound, and "within" is no limit's figure
        ("At least 12 people died in the fire.", ">="),
        ("The new stadium holds at least 50,000 fans.", ">="),
        ("The fire destroyed at most 40 homes.", "<="),
        ("Results must arrive within 24 hours.", "<="),
    ],
)
def test_numbers_up_to_a_limit_is_the_limit(text, comparator):
    assert [q.comparator for q in find_quantities(text)] == [comparator]


def test_numbers_a_day_before_in_and_a_count_is_no_share():
    assert [(q.value, q.unit) for q in find_quantities("It goes on sale on October 9 in 30 countries.")] == [(30.0, "country")]
    assert [(q.value, q.unit) for q in find_quantities("It goes on sale on 9 in 30 countries.")] == [(30.0, "percent")]
    assert [(q.value, q.unit, q.text) for q in find_quantities("One in five adults smoke.")] == [(20.0, "percent", "One in five")]


def test_numbers_scale_letter_without_currency_is_not_a_scale():
    # NOTE: "5m" without a currency may be metres; the value stays 5 unless a plural noun it counts follows
    assert [q.value for q in find_quantities("They built a 5m wall.")] == [5.0]
    assert [q.value for q in find_quantities("They counted 5m people.")] == [5e6]


def test_numbers_interval_of_comparators():
    lt, approx, eq = find_quantities("less than 14,000 people, about 13,000 people and 500 people")
    assert lt.interval() == (float("-inf"), 14000.0)
    assert approx.interval() == pytest.approx((11700.0, 14300.0))
    assert eq.interval() == (500.0, 500.0)


@pytest.mark.parametrize(
    "text",
    [
        "The deal closed in 2024.",
        "Sales doubled between 2019 and 2021.",
        "Veltrix shipped Orion 3 and Kestrel-2.",
        "Quill v2 is out.",
        "It happened on May 12, 2026.",
        "She finished 3rd in the race.",
        "He lives at 7 World Trade Center.",
        "The 2022–2023 season was long.",
    ],
)
def test_numbers_years_versions_dates_and_names_are_not_quantities(text):
    assert find_quantities(text) == ()


def test_numbers_quantity_next_to_product_version():
    found = find_quantities("Orion 3 reached more than 40 percent of hospitals.")
    assert [(q.value, q.unit, q.comparator) for q in found] == [(40.0, "percent", ">")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NOTE: issue 11 point 3, one case each.
        ("The car costs $48 300 in Norway.", [(48300.0, "usd", "=", "$48 300")]),
        # NOTE: a decimal comma before a scale word (one or two digits after it); three digits group thousands
        ("The album sold more than 1,5 million copies.", [(1.5e6, "copy", ">", "more than 1,5 million copies")]),
        ("Revenue reached 2,25 billion euros.", [(2.25e9, "euro", "=", "2,25 billion euros")]),
        ("It sold 1,500 million copies.", [(1.5e9, "copy", "=", "1,500 million copies")]),
        ("It has 1 500 000 residents.", [(1_500_000.0, "resident", "=", "1 500 000 residents")]),
        ("C3 plants fix carbon differently from C4 plants.", []),
        ("The G7 summit met in Biarritz.", []),
        # a score is no product version ("Brazil 2"): its two numbers, each cited by the whole score
        ("Brazil won 2-1 against Chile.", [(2.0, "score high", "=", "2-1"), (1.0, "score low", "=", "2-1")]),
        ("On Friday 13 the market crashed.", []),
        ("The chain has 650 Stores across the country.", [(650.0, "store", "=", "650 Stores")]),
        ("It rose to $164 to close the day.", [(164.0, "usd", "=", "$164")]),
        ("Sales were twice as high.", [(2.0, "times", "=", "twice")]),
        ("The tower is three times taller.", [(3.0, "times", "=", "three times")]),
        ("About seventy-five people attended.", [(75.0, "people", "~", "About seventy-five people")]),
        ("fourteen thousand people fled.", [(14000.0, "people", "=", "fourteen thousand people")]),
        ("two hundred and five votes were cast.", [(205.0, "vote", "=", "two hundred and five votes")]),
        ("a million viewers watched.", [(1e6, "viewer", "=", "a million viewers")]),
        # a fraction of a scale, a whole number and a fraction, dozens counted in twelves
        ("Half a million people attended.", [(5e5, "people", "=", "Half a million people")]),
        ("a quarter of a million homes lost power.", [(2.5e5, "home", "=", "a quarter of a million homes")]),
        ("three quarters of a million homes", [(7.5e5, "home", "=", "three quarters of a million homes")]),
        ("a half-million people", [(5e5, "people", "=", "a half-million people")]),
        ("one and a half million people", [(1.5e6, "people", "=", "one and a half million people")]),
        ("2 and a half million people", [(2.5e6, "people", "=", "2 and a half million people")]),
        ("It took two and a half years.", [(2.5, "year", "=", "two and a half years")]),
        ("half a dozen cars", [(6.0, "car", "=", "half a dozen cars")]),
        ("Two dozen people were arrested.", [(24.0, "people", "=", "Two dozen people")]),
        ("3 dozen roses", [(36.0, "rose", "=", "3 dozen roses")]),
        ("two thirds of a million voters", [(2e6 / 3, "voter", "=", "two thirds of a million voters")]),
        ("He kept cats and a half-dozen dogs.", [(6.0, "dog", "=", "a half-dozen dogs")]),
        ("Half the town was flooded.", []),  # a share of no number
        ("a quarter of voters", [(25.0, "percent", "~", "a quarter")]),
        ("thousands of people marched.", [(1000.0, "people", ">", "thousands of people")]),
        ("He faces 15 years to life in prison.", [(15.0, "year", ">=", "15 years to life")]),
        ("Its shares fell NT $0.65 to NT $24.05.", [(0.65, "twd", "=", "NT $0.65"), (24.05, "twd", "=", "NT $24.05")]),
        ("AMD paid US $5.4 billion; Acme paid A$5 million.", [(5.4e9, "usd", "=", "US $5.4 billion"), (5e6, "aud", "=", "A$5 million")]),
        ("IBM $100 million deal", [(1e8, "usd", "=", "$100 million")]),  # a name before the sign names no currency
        ("It was shared tens of thousands of times.", [(1e4, "times", ">", "tens of thousands of times")]),
        ("Hundreds of thousands of people fled.", [(1e5, "people", ">", "Hundreds of thousands of people")]),
        ("a fifty-year-old man", [(50.0, "year-old", "=", "fifty-year-old")]),
        ("He had one of the best seasons.", []),
        ("No one knows.", []),
    ],
)
def test_numbers_issue_cases(text, expected):
    assert [(q.value, q.unit, q.comparator, q.text) for q in find_quantities(text)] == expected


def _tokens(spec):
    """Hand-built parse: (text, lemma, pos, dep, ent) per token, offsets by single spaces."""
    out, pos = [], 0
    for i, (text, lemma, tag, dep, ent) in enumerate(spec):
        out.append(Token(text, lemma, tag, dep, i, ent, pos))
        pos += len(text) + 1
    return tuple(out), " ".join(t[0] for t in spec)


def test_numbers_parsed_unit_skips_modifiers_and_reads_capitalised_nouns():
    toks, text = _tokens([("14,000", "14,000", "NUM", "nummod", ""), ("displaced", "displace", "VERB", "amod", ""),
                          ("people", "people", "NOUN", "nsubj", ""), ("fled", "flee", "VERB", "ROOT", "")])
    assert [(q.value, q.unit, q.text) for q in find_quantities(text, toks)] == [(14000.0, "people", "14,000 displaced people")]
    toks, text = _tokens([("It", "it", "PRON", "nsubj", ""), ("has", "have", "VERB", "ROOT", ""),
                          ("650", "650", "NUM", "nummod", "CARDINAL"), ("Stores", "Stores", "PROPN", "dobj", "")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(650.0, "store")]


def test_numbers_parsed_name_entity_is_not_a_quantity():
    toks, text = _tokens([("at", "at", "ADP", "prep", ""), ("7", "7", "NUM", "nummod", "FAC"), ("Main", "Main", "PROPN", "compound", "FAC"),
                          ("Street", "Street", "PROPN", "pobj", "FAC")])
    assert find_quantities(text, toks) == ()


def test_numbers_parsed_lone_one_needs_a_noun():
    toks, text = _tokens([("one", "one", "NUM", "nsubj", "CARDINAL"), ("of", "of", "ADP", "prep", ""), ("them", "they", "PRON", "pobj", "")])
    assert find_quantities(text, toks) == ()
    toks, text = _tokens([("one", "one", "NUM", "nummod", "CARDINAL"), ("person", "person", "NOUN", "nsubj", ""), ("died", "die", "VERB", "ROOT", "")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(1.0, "person")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NOTE: real claims from VitaminC (CC BY-SA 3.0), varied shapes of the number family.
        ("Blank Space has been liked more than 7.9 million times on YouTube .", [(7.9e6, "times", ">")]),
        ("The film Jab Tak Hai Jaan projected a growth of less than 60 % on its second day .", [(60.0, "percent", "<")]),
        ("Saint Louis won the National Championship in Jr D Gaelic Football twice , including 2013 .", [(2.0, "times", "=")]),
        ("Donald Trump bought 40 Wall Street after 1994 .", []),
        ("The album FanMail has sold less than 14 million copies worldwide .", [(14e6, "copy", "<")]),
        ("Voyage of Time : Life 's Journey is a 35-mm feature-length edition of Voyage of Time .", [(35.0, "mm", "=")]),
        ("In Super Bowl XXVII , running back Kenneth Davis contributed to a drive , rushing five times for more than 27 yards .",
         [(5.0, "times", "="), (27.0, "yard", ">")]),
        ("Bayern Munich has won the Bundesliga fewer than 27 times .", [(27.0, "times", "<")]),
        ("Happiness Begins , published in 2019 , is one of the Jonas Brothers ' five albums .", [(5.0, "album", "=")]),
        ("The number of COVID-19 cases might be higher than what has been confirmed .", []),
    ],
)
def test_numbers_real_vitaminc_claims(text, expected):
    assert [(q.value, q.unit, q.comparator) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NOTE: a clock time is no count: it is a time of day, read last (`times_of_day`)
        ("4 P.M. EST , there have been 325 confirmed cases.", [(325.0, "confirmed", "="), (4.0, "time of day est", "=")]),
        ("As of 4 March , there were 6 deaths.", [(6.0, "death", "=")]),
        ("The first person who died was younger than 61 years old.", [(61.0, "year-old", "<")]),
        ("She is older than 60 years.", [(60.0, "year-old", ">")]),
        # an age is no duration: "for three years" stays a time, "the 41-year-old" is an age
        ("He had not fought for three years.", [(3.0, "year", "=")]),
        ("He is 16 years old.", [(16.0, "year-old", "=")]),
        ("The 41-year-old returned.", [(41.0, "year-old", "=")]),
        ("a six-month-old baby", [(6.0, "month-old", "=")]),
    ],
)
def test_numbers_clock_times_days_and_comparative_adjectives(text, expected):
    assert [(q.value, q.unit, q.comparator) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The bill won 178 of 369 votes.", [(178.0, "vote"), (369.0, "vote")]),
    ("Three out of five judges agreed.", [(3.0, "judge"), (5.0, "judge")]),
    ("He scored 3 and then 5 goals.", [(3.0, ""), (5.0, "goal")]),  # no "of": the bare number counts nothing said
])
def test_numbers_a_part_counted_out_of_a_total_counts_what_the_total_counts(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one value in the first part's unit, the parts summed, the whole as its text
    ("They led with 4 minutes, 48 seconds left.", [(4.8, 4.816666666, "minute", "4 minutes, 48 seconds")]),
    ("It took 2 hours and 15 minutes.", [(2.25, 2.266666666, "hour", "2 hours and 15 minutes")]),
    ("after a four-hour, 10-minute spacewalk", [(4.166666667, 4.183333332, "hour", "four-hour, 10-minute")]),
    ("It lasted 1 day, 2 hours and 24 minutes.", [(1.1, 1.100694443, "day", "1 day, 2 hours and 24 minutes")]),
    ("The baby weighed 7 lbs 11 oz at birth.", [(7.6875, 7.749999999, "lbs", "7 lbs 11 oz")]),  # short forms too
    ("It took 2 hours and 15 people.", [(2.0, 2.0, "hour", "2 hours"), (15.0, 15.0, "people", "15 people")]),  # no unit of time after it
    # not written as one
    ("It took 2 hours, then 15 minutes more.", [(2.0, 2.0, "hour", "2 hours"), (15.0, 15.0, "minute", "15 minutes")]),
    ("It took 15 minutes and 2 hours.", [(15.0, 15.0, "minute", "15 minutes"), (2.0, 2.0, "hour", "2 hours")]),  # a larger unit after
])
def test_numbers_a_measure_written_in_two_units_is_one_value(text, expected):
    got = [(round(q.interval()[0], 9), round(q.interval()[1], 9), q.unit, q.text) for q in find_quantities(text)]
    assert got == expected


def test_numbers_a_bound_before_a_measure_in_parts_bounds_the_whole():
    (q,) = find_quantities("The walk lasted more than 6 hours and 42 minutes.")
    assert (q.comparator, round(q.value, 6), q.text) == (">", 6.7, "more than 6 hours and 42 minutes")


def test_numbers_parsed_compound_counts_its_head():
    toks, text = _tokens([("400", "400", "NUM", "nummod", "CARDINAL"), ("coronavirus", "coronavirus", "NOUN", "compound", ""),
                          ("cases", "case", "NOUN", "dobj", "")])
    toks = tuple(t if t.text != "coronavirus" else Token(t.text, t.lemma, t.pos, t.dep, 2, t.ent, t.start) for t in toks)
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(400.0, "case")]


def test_numbers_parsed_hyphenated_measure_keeps_its_unit():
    toks, text = _tokens([("a", "a", "DET", "det", ""), ("40", "40", "NUM", "nummod", "CARDINAL"), ("-", "-", "PUNCT", "punct", ""),
                          ("foot", "foot", "NOUN", "compound", ""), ("statue", "statue", "NOUN", "dobj", "")])
    toks = tuple(Token(t.text, t.lemma, t.pos, t.dep, 4 if t.text == "foot" else t.head, t.ent, t.start) for t in toks)
    text = text.replace("40 - foot", "40-foot")
    toks = tuple(Token(t.text, t.lemma, t.pos, t.dep, t.head, t.ent, {"-": 4, "foot": 5, "statue": 10}.get(t.text, t.start)) for t in toks)
    assert [(q.value, q.unit, q.text) for q in find_quantities(text, toks)] == [(40.0, "foot", "40-foot")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NOTE: any Unicode currency sign; Indian scales; a dot between groups of three before a plural count.
        ("Kaabil grossed less than ₹29.5 crores in China.", [(2.95e8, "indian rupee", "<")]),
        ("It cost ₩500 in Seoul.", [(500.0, "won", "=")]),
        ("a 2.5 lakh fine", [(2.5e5, "fine", "=")]),
        ("8.958 people with confirmed infection have died.", [(8958.0, "people", "=")]),
        ("It weighs 1.250 kg.", [(1.25, "kg", "=")]),
    ],
)
def test_numbers_currency_signs_scales_and_dot_groups(text, expected):
    assert [(q.value, q.unit, q.comparator) for q in find_quantities(text)] == expected


def test_numbers_space_groups_stop_before_a_name():
    assert [q.value for q in find_quantities("Boeing delivered 12 737 MAX jets.")][:1] == [12.0]
    assert [(q.value, q.unit) for q in find_quantities("In 12 737 cases it failed.")] == [(12737.0, "case")]


def test_numbers_over_after_averaged_is_a_preposition_in_any_case():
    # NOTE: "averaged over 60 reviewers" counts 60 reviewers; a capitalised opener reads the same.
    for text in ("The score was averaged over 60 reviewers.", "Averaged over 60 reviewers, the film scored 70%."):
        assert [(q.value, q.comparator) for q in find_quantities(text) if q.unit == "reviewer"] == [(60.0, "=")]
    assert [(q.value, q.comparator) for q in find_quantities("It was seen by over 60 reviewers.")] == [(60.0, ">")]


def test_numbers_a_hyphenated_scale_scales_and_a_time_of_day_is_no_count():
    got = [(q.text, q.value, q.unit) for q in find_quantities("Robbers made off with $137-million of diamonds.")]
    assert got == [("$137-million", 137e6, "usd")]
    assert [(q.value, q.unit) for q in find_quantities("A $110 - billion bailout.")] == [(110e9, "usd")]
    # "0737 GMT", "1300 hours": a time of day; a count with a comma, or any other unit, stays a count
    assert find_quantities("The quake hit at 0737 GMT at a depth of 10 kilometres.")[0].text == "10 kilometres"
    assert len(find_quantities("The quake hit at 0737 GMT.")) == 0
    assert find_quantities("Troops marched 1,300 hours in total.")[0].value == 1300
    assert find_quantities("The 2248 seats were sold.")[0].unit == "seat"
    # a hyphen before a plain word is no scale
    assert [(q.value, q.unit) for q in find_quantities("a 300-seat hall")] == [(300, "seat")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized a 7.62mm rifle and three pistols.", [(7.62, "mm"), (3.0, "pistol")]),
        ("A 155mm shell hit the depot.", [(155.0, "mm")]),
        ("She ran 10km in 40 minutes.", [(10.0, "km"), (40.0, "minute")]),
        # a unit before the noun it measures, as a compound: the unit, not the noun, is read ("a 10 km race" is no
        # ten races); a noun before the counted noun is still climbed over
        ("The storm hit with 115 mph winds.", [(115.0, "mph")]),
        ("They ran a 10 km race.", [(10.0, "km")]),
        ("Officials found 400 coronavirus cases.", [(400.0, "case")]),
        # a unit the tagger calls something else, or written with the full stop; one letter of a length after a number
        ("The tower is 1,083 ft tall, or 330 m.", [(1083.0, "ft"), (330.0, "m")]),
        # a one-letter scale glued on counts millions or thousands of a plural noun; before a singular one it measures
        ("Some 3.5m people live there.", [(3.5e6, "people")]),
        ("The town has 12k residents.", [(12000.0, "resident")]),
        ("A 10m wall surrounds it.", [(10.0, "m")]),
        # a common noun before the number, modifying what it modifies, is what the number measures
        ("Papua was hit by a magnitude 6.1 earthquake today.", [(6.1, "magnitude")]),
        ("Flight 370 carried 239 people.", [(239.0, "people")]),
        # a measure written as a modifier between a count and its noun is skipped: the count is of the noun
        ("He was imprisoned on three 10-year sentences.", [(3.0, "sentence")]),
    ],
)
def test_numbers_a_unit_written_onto_the_number_measures_and_counts_no_noun(real_parser, text, expected):
    from checker.normalize import normalize_texts

    (claim,) = normalize_texts([text], parser=real_parser)
    assert [(q.value, q.unit) for q in claim.slots.quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conversion in brackets keeps the bound of the value it converts; its own word wins
        # (rounded: a strict bound becomes inclusive, a point approximate)
        ("The camp is less than 50 km (30 miles) from the border.", [(50.0, "km", "<"), (30.0, "mile", "<=")]),
        ("The crater is over 12 metres (39 feet) wide.", [(12.0, "metre", ">"), (39.0, "feet", ">=")]),
        ("It cost 2 million euros ($2.6 million).", [(2e6, "euro", "="), (2.6e6, "usd", "~")]),
        ("He paid $5 (about 4 euros).", [(5.0, "usd", "="), (4.0, "euro", "~")]),
        ("It landed within 20 miles of the city.", [(20.0, "mile", "<=")]),
    ],
)
def test_numbers_bracketed_conversion_keeps_the_bound_and_within_is_at_most(text, expected):
    assert [(q.value, q.unit, q.comparator) for q in find_quantities(text)] == expected


def _parse(spec):
    """Hand-built parse with heads: (text, lemma, pos, dep, head, ent) per token, offsets by single spaces."""
    out, pos = [], 0
    for text, lemma, tag, dep, head, ent in spec:
        out.append(Token(text, lemma, tag, dep, head, ent, pos))
        pos += len(text) + 1
    return tuple(out), " ".join(t[0] for t in spec)


def test_numbers_parsed_a_number_alone_in_a_name_entity_is_a_count():
    # NOTE: the tagger labels "104" alone PRODUCT in "based on 104 reviews": a name needs a word besides its number
    toks, text = _parse([("based", "base", "VERB", "prep", 0, ""), ("on", "on", "ADP", "prep", 0, ""),
                         ("104", "104", "NUM", "nummod", 3, "PRODUCT"), ("reviews", "review", "NOUN", "pobj", 1, "")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(104.0, "review")]
    toks, text = _parse([("a", "a", "DET", "det", 2, ""), ("Boeing", "Boeing", "PROPN", "compound", 2, "PRODUCT"),
                         ("737", "737", "NUM", "nummod", 2, "PRODUCT"), ("landed", "land", "VERB", "ROOT", 3, "")])
    assert find_quantities(text, toks) == ()


def test_numbers_parsed_a_bare_level_counts_its_subject():
    # "the confirmed cases reached 61": the number is the level the subject reaches
    toks, text = _parse([("the", "the", "DET", "det", 2, ""), ("confirmed", "confirm", "VERB", "amod", 2, ""),
                         ("cases", "case", "NOUN", "nsubj", 3, ""), ("reached", "reach", "VERB", "ROOT", 3, ""),
                         ("61", "61", "NUM", "dobj", 3, "CARDINAL")])
    assert [(q.value, q.unit, q.text) for q in find_quantities(text, toks)] == [(61.0, "case", "61")]
    # "the number of recoveries rose to 24": a tally counts the object of its "of"
    toks, text = _parse([("the", "the", "DET", "det", 1, ""), ("number", "number", "NOUN", "nsubj", 5, ""),
                         ("of", "of", "ADP", "prep", 1, ""), ("recoveries", "recovery", "NOUN", "pobj", 2, ""),
                         ("so", "so", "ADV", "advmod", 5, ""), ("rose", "rise", "VERB", "ROOT", 5, ""),
                         ("to", "to", "ADP", "prep", 5, ""), ("24", "24", "NUM", "pobj", 6, "CARDINAL")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(24.0, "recovery")]
    # a tally is a level whatever verb states it ("the total is 727"); another subject needs a verb of level
    toks, text = _parse([("the", "the", "DET", "det", 1, ""), ("total", "total", "NOUN", "nsubj", 2, ""),
                         ("is", "be", "AUX", "ROOT", 2, ""), ("727", "727", "NUM", "attr", 2, "CARDINAL")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(727.0, "")]
    toks, text = _parse([("the", "the", "DET", "det", 1, ""), ("team", "team", "NOUN", "nsubj", 2, ""),
                         ("scored", "score", "VERB", "ROOT", 2, ""), ("3", "3", "NUM", "dobj", 2, "CARDINAL")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(3.0, "")]
    toks, text = _parse([("the", "the", "DET", "det", 1, ""), ("cases", "case", "NOUN", "nsubj", 2, ""),
                         ("are", "be", "AUX", "ROOT", 2, ""), ("61", "61", "NUM", "attr", 2, "CARDINAL")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(61.0, "")]
    # a level stated as a bound: "the number of cases is lower than 580"
    toks, text = _parse([("the", "the", "DET", "det", 1, ""), ("number", "number", "NOUN", "nsubj", 4, ""),
                         ("of", "of", "ADP", "prep", 1, ""), ("cases", "case", "NOUN", "pobj", 2, ""),
                         ("is", "be", "AUX", "ROOT", 4, ""), ("lower", "low", "ADJ", "acomp", 4, ""),
                         ("than", "than", "ADP", "prep", 5, ""), ("580", "580", "NUM", "pobj", 6, "CARDINAL")])
    assert [(q.value, q.unit, q.comparator) for q in find_quantities(text, toks)] == [(580.0, "case", "<")]
    # ... not a bound of any other subject ("the film is better than 5 ...")
    toks, text = _parse([("the", "the", "DET", "det", 1, ""), ("film", "film", "NOUN", "nsubj", 2, ""),
                         ("is", "be", "AUX", "ROOT", 2, ""), ("better", "good", "ADJ", "acomp", 2, ""),
                         ("than", "than", "ADP", "prep", 3, ""), ("5", "5", "NUM", "pobj", 4, "CARDINAL")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(5.0, "")]


def test_numbers_parsed_the_noun_after_another_number_is_that_numbers():
    # "reached 791, 25% of which": 791 counts no percent
    toks, text = _parse([("cases", "case", "NOUN", "nsubj", 1, ""), ("reached", "reach", "VERB", "ROOT", 1, ""),
                         ("791", "791", "NUM", "dobj", 1, "CARDINAL"), (",", ",", "PUNCT", "punct", 1, ""),
                         ("25", "25", "NUM", "nummod", 5, "PERCENT"), ("%", "%", "NOUN", "appos", 2, "PERCENT")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(791.0, "case"), (25.0, "percent")]
    # a model number between a count and its noun is no other value ("12 737 MAX jets" counts jets)
    toks, text = _parse([("received", "receive", "VERB", "ROOT", 0, ""), ("12", "12", "NUM", "nummod", 4, "CARDINAL"),
                         ("737", "737", "NUM", "nummod", 4, "PRODUCT"), ("MAX", "MAX", "PROPN", "compound", 4, "PRODUCT"),
                         ("jets", "jet", "NOUN", "dobj", 0, "")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(12.0, "jet")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He got between 10 and 25 years.", [(10.0, 25.0, "year", "between 10 and 25 years")]),
        ("He faces 10-25 years in prison.", [(10.0, 25.0, "year", "10-25 years")]),
        ("He faces from 10 to 25 years in prison.", [(10.0, 25.0, "year", "from 10 to 25 years")]),
        ("It lasted two or three days.", [(2.0, 3.0, "day", "two or three days")]),
        ("Guidance is $1.7 billion to $1.8 billion.", [(1.7e9, 1.8e9, "usd", "$1.7 billion to $1.8 billion")]),
        ("Between 5 and 10 million people fled.", [(5e6, 1e7, "people", "Between 5 and 10 million people")]),
        ("It costs $500,000 to $1 million.", [(5e5, 1e6, "usd", "$500,000 to $1 million")]),
        ("The 10–25% band.", [(10.0, 25.0, "percent", "10–25%")]),
        # NOTE: a move after a verb of change is two values in time; scores descend; years are a period
        ("Sales rose from 10 to 25 percent.", [(10.0, None, "", "10"), (25.0, None, "percent", "25 percent")]),
        ("Brazil won 2-1 in the final.", [(2.0, None, "score high", "2-1"), (1.0, None, "score low", "2-1")]),
        ("It was a 3-2 vote.", [(3.0, None, "score high", "3-2"), (2.0, None, "score low", "3-2")]),
        ("Between 2010 and 2015 the town grew.", []),
        ("Aged 18-25.", []),
        # a change in percent then the level it reached is two values; a percent on both ends is one range
        ("Revenue rose 14% to $18.3 billion.", [(14.0, None, "percent", "14%"), (1.83e10, None, "usd", "$18.3 billion")]),
        ("Margins were 10% to 12%.", [(10.0, 12.0, "percent", "10% to 12%")]),
    ],
)
def test_numbers_ranges_are_one_quantity_with_two_ends(text, expected):
    assert [(q.value, q.high, q.unit, q.text) for q in find_quantities(text)] == expected


def test_numbers_parsed_a_fraction_measures_the_noun_it_stands_before():
    # spaCy's parse of "A 5.6 magnitude earthquake struck Varna.": a fraction counts no earthquakes
    toks, text = _parse([("A", "a", "DET", "det", 3, ""), ("5.6", "5.6", "NUM", "nummod", 2, "CARDINAL"),
                         ("magnitude", "magnitude", "NOUN", "compound", 3, ""), ("earthquake", "earthquake", "NOUN", "nsubj", 4, ""),
                         ("struck", "strike", "VERB", "ROOT", 4, "")])
    assert [(q.value, q.unit, q.text) for q in find_quantities(text, toks)] == [(5.6, "magnitude", "5.6 magnitude")]
    # "A magnitude-5.2 quake struck": the noun written onto the number is what it measures
    toks, text = _parse([("A", "a", "DET", "det", 2, ""), ("magnitude-5.2", "magnitude-5.2", "ADJ", "amod", 2, ""),
                         ("quake", "quake", "NOUN", "nsubj", 3, ""), ("struck", "strike", "VERB", "ROOT", 3, "")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(5.2, "magnitude")]
    # a whole number still counts the noun ("5 magnitude-scale stations" aside), and a scaled fraction is whole
    toks, text = _parse([("5", "5", "NUM", "nummod", 2, "CARDINAL"), ("seismic", "seismic", "ADJ", "amod", 2, ""),
                         ("stations", "station", "NOUN", "nsubj", 3, ""), ("failed", "fail", "VERB", "ROOT", 3, "")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(5.0, "station")]
    toks, text = _parse([("1.5", "1.5", "NUM", "compound", 1, "CARDINAL"), ("million", "million", "NUM", "nummod", 2, "CARDINAL"),
                         ("tickets", "ticket", "NOUN", "nsubj", 3, ""), ("sold", "sell", "VERB", "ROOT", 3, "")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(1.5e6, "ticket")]
    # a fraction with no noun to measure keeps its noun, but counts nothing (`count_noun`)
    toks, text = _parse([("2.5", "2.5", "NUM", "nummod", 1, "CARDINAL"), ("children", "child", "NOUN", "nsubj", 2, ""),
                         ("live", "live", "VERB", "ROOT", 2, "")])
    [q] = find_quantities(text, toks)
    assert (q.value, q.unit, count_noun(q)) == (2.5, "child", "")
    assert count_noun(dataclasses.replace(q, value=2.0)) == "child"
    assert count_noun(dataclasses.replace(q, value=2.0, high=3.5)) == ""


def test_numbers_a_currency_of_a_dollar_sign_counts_nothing():
    from checker.normalize.numbers import count_noun

    assert [(q.unit, count_noun(q)) for q in find_quantities("Shares fell NT $0.65 after 500 cases.")] == [
        ("twd", ""), ("case", "case")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed share after a count is its own value, not the count's unit nor a conversion of it
        ("The makeup was 11,565 (91.5%) White and 148 (1.2%) Asian.",
         [(11565.0, "white", "="), (91.5, "percent", "="), (148.0, "asian", "="), (1.2, "percent", "=")]),
        ("By then 130 of 154 (84%) deaths were in patients aged 70 or older.",
         [(130.0, "death", "="), (154.0, "death", "="), (84.0, "percent", "="), (70.0, "year-old", "=")]),
    ],
)
def test_numbers_parsed_a_bracketed_aside_is_read_on_its_own(real_parser, text, expected):
    from checker.normalize import normalize_texts

    (claim,) = normalize_texts([text], parser=real_parser)
    assert [(q.value, q.unit, q.comparator) for q in claim.slots.quantities] == expected


def test_numbers_a_bracketed_percent_after_a_count_is_no_conversion():
    found = find_quantities("The makeup was 11,565 (91.5%) White.")
    assert [(q.value, q.unit, q.comparator) for q in found] == [(11565.0, "", "="), (91.5, "percent", "=")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number listed before one with a unit takes its unit ("7.6 and 7.5 magnitude quakes")
        ("Since 7.6 and 7.5 magnitude quakes struck, many followed.", [(7.6, "magnitude"), (7.5, "magnitude")]),
        ("Flats with 2 and 3 bedrooms, or 4, 5 and 6 baths.", [(2.0, "bedroom"), (3.0, "bedroom"), (4.0, ""), (5.0, "bath"),
                                                             (6.0, "bath")]),
        # a comma alone lists nothing
        ("Of 20, 5 people died.", [(20.0, ""), (5.0, "people")]),
    ],
)
def test_numbers_a_listed_bare_number_takes_the_next_ones_unit(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_numbers_unit_words_of_one_unit_share_its_cldr_key():
    keys = unit_keys()
    assert keys["km"] == keys["kilometres"] == keys["kilometer"] == "length-kilometer"
    assert keys["mi"] == keys["miles"] == "length-mile"
    assert keys["lbs"] == keys["pound"] == "mass-pound"
    assert keys["yrs"] == keys["year"] == "duration-year"
    # not typographic points ("23 points"), function words ("in"), nor a quarter; one letter only for a length or a mass
    assert not {"point", "points", "in", "quarter", "people", "c"} & set(keys)
    assert keys["m"] == "length-meter" and keys["g"] == "mass-gram"


@pytest.mark.parametrize(("a", "b", "factor"), [
    ("mile", "km", 1.609344),
    ("kilometres", "mi", 1 / 1.609344),
    ("feet", "metre", 0.3048),
    ("tonne", "ton", 1.1023113),
    ("km", "km", 1.0),
    ("mph", "knots", 0.8689762),
    ("hours", "minutes", 60.0),  # lengths of time too: "90 minutes" is "an hour and a half"
    ("week", "month", 7 / 30.4375),  # pint's mean month, a twelfth of a Julian year
    ("years", "months", 12.0),
    ("decade", "year", 10.0),
])
def test_numbers_conversion_between_units_of_one_dimension(a, b, factor):
    assert conversion(a, b) == pytest.approx(factor)


@pytest.mark.parametrize(("a", "b", "scale", "offset"), [
    ("degree fahrenheit", "degree celsius", 5 / 9, -160 / 9),
    ("degree celsius", "degree fahrenheit", 9 / 5, 32.0),
    ("degree celsius", "degree celsius", 1.0, 0.0),
    ("mile", "km", 1.609344, 0.0),
])
def test_numbers_affine_takes_temperatures_across_scales_and_lengths_by_their_factor(a, b, scale, offset):
    assert affine(a, b) == pytest.approx((scale, offset))


def test_numbers_speeds_are_units_of_their_own_dimension():
    # NOTE: "winds of 120 mph" and "115 mph winds" measure one kind of thing (a question candidate's kind of answer)
    from checker.match import answer_kinds
    from checker.models import Claim, Slots

    keys = unit_keys()
    assert keys["mph"] == "speed-mile-per-hour" and keys["knots"] == "speed-knot"
    (q,) = find_quantities("It came ashore with 115 mph winds.")
    assert q.unit == "mph"
    claim = Claim("s", "s.md", 0, 10, 1, 1, 1, "x", slots=Slots(quantities=(q,)))
    assert answer_kinds(claim) == (("speed", "115 mph"),)
    assert conversion("mph", "km") is None


def test_numbers_affine_none_across_dimensions():
    assert affine("degree celsius", "km") is None and affine("km", "degree fahrenheit") is None
    assert affine("usd", "eur") is None and affine("km", "year") is None


@pytest.mark.parametrize(("a", "b"), [("km", "year"), ("year", "people"), ("seconds", "km"), ("people", "km"), ("square kilometre", "kilometre"), ("usd", "eur"),
                                      ("km per h", "km"), ("point", "inch")])
def test_numbers_no_conversion_across_dimensions_counts_or_unknown_units(a, b):
    assert conversion(a, b) is None


@pytest.mark.parametrize(("text", "unit"), [
    ("The lake covers 500 square kilometres.", "square kilometre"),
    ("The car reached 193 km/h on the bridge.", "km per h"),
    ("The wall is 21,196 km long.", "km"),
])
def test_numbers_an_area_or_a_speed_is_no_length_through_the_real_parser(real_parser, text, unit):
    from checker.normalize import normalize_texts

    (c,) = normalize_texts([text], parser=real_parser)
    assert [q.unit for q in c.slots.quantities] == [unit]


def test_numbers_every_two_units_of_one_dimension_convert():
    keys = unit_keys()
    word = {k: w for w, k in sorted(keys.items())}
    for x in word:
        for y in word:
            if x.split("-")[0] == y.split("-")[0] and x.split("-")[0] in ("length", "mass"):
                assert conversion(word[x], word[y]) is not None, (x, y)


@pytest.mark.parametrize(("text", "unit"), [
    ("The population of Varna is about 335,000.", "people"),
    ("Varna has a population of 335,000.", "people"),
    ("Varna has a population of 300 wolves.", "wolf"),  # a population of named things keeps its noun
    ("The score of the match was 3.", ""),
])
def test_numbers_a_bare_population_counts_people(real_parser, text, unit):
    from checker.normalize import normalize_texts

    (c,) = normalize_texts([text], parser=real_parser)
    assert [q.unit for q in c.slots.quantities] == [unit]


def test_numbers_no_pint_means_no_conversion_not_a_failed_run(monkeypatch):
    import checker.normalize.numbers as numbers

    def broken():
        raise ImportError("No module named 'pint'")

    monkeypatch.setattr(numbers, "_registry", broken)
    numbers.conversion.cache_clear()
    try:
        assert numbers.conversion("km", "mile") is None
        assert numbers.conversion("km", "km") == 1.0  # one unit needs no pint
    finally:
        numbers.conversion.cache_clear()


@pytest.mark.parametrize(
    ("text", "counts", "years"),
    [
        # a number in a year's range that the parser reads as a cardinal before its noun counts it
        ("About 2000 people attended the rally.", [2000.0], []),
        ("The company cut 1900 jobs.", [1900.0], []),
        ("The quake killed 2100 people in 2010.", [2100.0], ["2010"]),
        # a year before a noun is still a date
        ("The 2020 elections were close.", [], ["2020"]),
        ("In 2019 people voted.", [], ["2019"]),
    ],
)
def test_numbers_a_count_in_a_years_range_is_no_year_through_the_real_parser(real_parser, text, counts, years):
    from checker.normalize import normalize_texts

    (claim,) = normalize_texts([text], parser=real_parser)
    assert [q.value for q in claim.slots.quantities] == counts
    assert [d.text for d in claim.slots.dates] == years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a temperature's scale, written onto the number, after a degree sign or after "degrees"; a sign before it
        ("The high was 59F (15C).", [(59.0, "degree fahrenheit"), (15.0, "degree celsius")]),
        ("The high was 15°C.", [(15.0, "degree celsius")]),
        ("It reached 59 degrees Fahrenheit.", [(59.0, "degree fahrenheit")]),
        ("Temperatures fell to -5C overnight.", [(-5.0, "degree celsius")]),
        ("Temperatures fell to minus 5 degrees Celsius.", [(-5.0, "degree celsius")]),
        # no scale named: degrees of nothing known; a letter after a space or in lower case is no scale
        ("Body temperature is 37 degrees.", [(37.0, "degree")]),
    ],
)
def test_numbers_a_temperature_names_its_scale_and_keeps_its_sign(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_numbers_a_letter_after_a_space_or_in_lower_case_is_no_temperature_scale():
    assert not {q.unit for q in find_quantities("He scored 15 C grades; the stamp cost 5c.")} & {"degree celsius"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share written as a fraction is an approximate percent, in place of what its words were read as
        ("Two-thirds of voters backed the plan.", [(66.7, "percent", "~", "Two-thirds")]),
        ("About a third of the residents left.", [(33.3, "percent", "~", "About a third")]),
        # a bound written before it holds
        ("More than one-fifth of cases are in the city.", [(20.0, "percent", ">", "More than one-fifth")]),
        ("Nearly half of the homes were destroyed.", [(50.0, "percent", "~<", "Nearly half")]),
        ("Three quarters of the staff quit.", [(75.0, "percent", "~", "Three quarters")]),
        ("Half of the homes were destroyed.", [(50.0, "percent", "~", "Half")]),
        ("One in five adults smokes.", [(20.0, "percent", "~", "One in five")]),
        ("1 in 4 people voted.", [(25.0, "percent", "~", "1 in 4")]),
        ("A quarter of the budget, $5 million, went to roads.", [(25.0, "percent", "~", "A quarter"), (5e6, "usd", "=", "$5 million")]),
        # a half or a quarter of time is no share; half an hour is a length of time
        ("In the second half of 2020 sales rose.", []),
        ("It took half an hour.", [(0.5, "hour", "=", "half an hour")]),
    ],
)
def test_numbers_a_fraction_of_something_is_an_approximate_percent(text, expected):
    assert [(q.value, q.unit, q.comparator, q.text) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number after "aged", "at the age of", "at age" is an age, as "38 years old" is
        ("Franklin died of cancer at the age of 37.", [(37.0, "year-old")]),
        ("Franklin died in 1958, aged 38, four years before Watson won.", [(38.0, "year-old"), (4.0, "year")]),
        ("He started school at age 5.", [(5.0, "year-old")]),
        ("The 41-year-old was arrested.", [(41.0, "year-old")]),
    ],
)
def test_numbers_aged_n_is_an_age(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_numbers_all_a_copula_says_of_a_person_is_an_age():
    # NOTE: "She was 84." closes an obituary's death: her age, as "aged 84" is
    she = [("She", "she", "PRON", "nsubj", ""), ("was", "be", "AUX", "ROOT", ""), ("84", "84", "NUM", "attr", "")]
    assert _copula_units(she) == [(84.0, "year-old")]
    named = [("Castell", "castell", "PROPN", "nsubj", "PERSON"), ("was", "be", "AUX", "ROOT", ""), ("91", "91", "NUM", "attr", "")]
    assert _copula_units(named) == [(91.0, "year-old")]
    # NOTE: not of a thing, nor of several, nor a number after another verb, nor one past what a person lives
    it = [("It", "it", "PRON", "nsubj", ""), ("was", "be", "AUX", "ROOT", ""), ("84", "84", "NUM", "attr", "")]
    assert _copula_units(it) == [(84.0, "")]
    they = [("They", "they", "PRON", "nsubj", ""), ("were", "be", "AUX", "ROOT", ""), ("12", "12", "NUM", "attr", "")]
    assert _copula_units(they) == [(12.0, "")]
    scored = [("She", "she", "PRON", "nsubj", ""), ("scored", "score", "VERB", "ROOT", ""), ("84", "84", "NUM", "dobj", "")]
    assert _copula_units(scored) == [(84.0, "")]
    old = [("She", "she", "PRON", "nsubj", ""), ("was", "be", "AUX", "ROOT", ""), ("130", "130", "NUM", "attr", "")]
    assert _copula_units(old) == [(130.0, "")]
    became = [("She", "she", "PRON", "nsubj", ""), ("became", "become", "VERB", "ROOT", ""), ("84", "84", "NUM", "attr", "")]
    assert _copula_units(became) == [(84.0, "")]
    adverb = [("She", "she", "PRON", "nsubj", ""), ("was", "be", "AUX", "ROOT", ""), ("84", "84", "NUM", "npadvmod", "")]
    assert _copula_units(adverb) == [(84.0, "")]


def _copula_units(spec):
    """Units of the quantities of "SUBJECT be NUMBER." parsed with every token hung on the verb (index 1)."""
    from checker.models import Token

    text = " ".join(w for w, *_ in spec) + "."
    toks, pos = [], 0
    for w, lemma, tag, dep, ent in spec:
        toks.append(Token(w, lemma, tag, dep, 1, ent, pos))
        pos += len(w) + 1
    return [(q.value, q.unit) for q in find_quantities(text, tuple(toks))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whole number set off after a name is that person's age, held by the person
        ("Police arrested Daniel Moss, 45, on Friday.", [("45", "year-old", "daniel moss", ())]),
        ("Daniel Moss (45) was charged.", [("45", "year-old", "daniel moss", ())]),
        ("Ellis, 61, and Park, 58, met.", [("61", "year-old", "ellis", ()), ("58", "year-old", "park", ())]),
        # a modifier's age of a noun set beside a name is the named person's; an age has no part of an act
        ("A 47-year-old man, Daniel Moss, was charged.", [("47-year-old", "year-old", "daniel moss", ())]),
        ("Police arrested 45-year-old Daniel Moss on Friday.", [("45-year-old", "year-old", "daniel moss", ())]),
        # an age after "at the age of" or "aged" is the verb's subject's
        ("Franklin died of ovarian cancer at the age of 37.", [("37", "year-old", "franklin", ())]),
        ("Mara Velez, who retired aged 61, lives in Varna.", [("61", "year-old", "mara velez", ())]),
        # not a count after a date, nor a model number
        ("In May, 45 people died.", [("45 people", "people", "", ())]),
        ("The plane, a Boeing 737, landed.", []),
    ],
)
def test_numbers_a_number_in_apposition_to_a_name_is_the_persons_age(real_parser, text, expected):
    from checker.normalize import normalize_texts

    (claim,) = normalize_texts([text], parser=real_parser)
    assert [(q.text, q.unit, q.holder, q.scope) for q in claim.slots.quantities] == expected


def test_numbers_a_noun_before_the_number_is_cited_only_when_it_is_a_scale(real_parser):
    # "magnitude 6.4" is cited with its scale; a modifier read as what the number measures ("64-bit 768 cores") is not
    from checker.normalize import normalize_texts

    texts = ["A magnitude 6.4 earthquake struck Peru.", "SeaMicro put 384 processors (a total of 64-bit 768 cores) in it."]
    got = [q.text for c in normalize_texts(texts, parser=real_parser) for q in c.slots.quantities]
    assert got == ["magnitude 6.4", "384 processors", "64-bit", "768 cores"]


@pytest.mark.parametrize(("x", "y", "expected"), [
    ("dollar", "usd", True),  # "5 million dollars" / "$5 million"
    ("usd", "dollar", True),
    ("euro", "eur", True),
    ("yen", "jpy", True),
    ("dollar", "aud", True),  # "A$6 million" is dollars too
    ("dollar", "eur", False),
    ("euro", "gbp", False),
    ("usd", "usd", False),  # one unit: `same_count` compares it anyway
    ("ticket", "usd", False),
    ("ticket", "visitor", False),
])
def test_numbers_one_currency_by_name_and_sign(x, y, expected):
    from checker.normalize.numbers import one_currency

    assert one_currency(x, y) is expected


@pytest.mark.parametrize(("text", "written", "value"), [
    ("31 pieces of apparatus responded, including three trucks.", "including three trucks", 3),
    ("Police seized 20 weapons, including 14 rifles.", "including 14 rifles", 14),
    ("Twelve people died, among them 3 children.", "among them 3 children", 3),
])
def test_numbers_a_count_a_list_includes_is_at_least_that_many(text, written, value):
    found = [q for q in find_quantities(text) if q.text == written]
    assert len(found) == 1 and found[0].value == value and found[0].comparator == ">="


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NOTE: a number in a year's range with a unit of measure after it measures (audit of dev text, ECB+ topic 23)
        ("The climber fell 2000 feet.", [(2000.0, "2000 feet")]),
        ("He climbed 1900 metres.", [(1900.0, "1900 metres")]),
        ("A 2000km trip began.", [(2000.0, "2000")]),
        ("A 1500-metre climb.", [(1500.0, "1500-metre")]),
        ("The ruins stood for 2000 years.", [(2000.0, "2000 years")]),
        # NOTE: a singular unit of time after it, or one letter after a space, leaves the year a date
        ("Sales rose in 2019 year-on-year.", []),
        ("In 2000 m the value fell.", []),
    ],
)
def test_numbers_a_year_sized_number_before_a_unit_measures(text, expected):
    assert [(q.value, q.text) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 76ers fired their coach", []),
        ("The film was shown in 4DX theaters.", []),
        ("The 3D version was shown.", []),
        ("She was in her 70s.", []),
        # NOTE: units and scales written onto the number stay quantities
        ("It ran 10km.", [10.0]),
        ("Wind of 5mph.", [5.0]),
        ("A 20mg dose.", [20.0]),
        ("It raised $5bn.", [5e9]),
        ("It was 34F outside.", [34.0]),
    ],
)
def test_numbers_letters_written_onto_a_number_name_a_thing_unless_a_unit(text, expected):
    assert [q.value for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The film has an average rating of 6.1/10.", [(6.1, "out of 10", "=", "6.1/10")]),
        ("It has an average rating above 7.8/10.", [(7.8, "out of 10", ">", "above 7.8/10")]),
        ("The film scored over 57/100 on Metacritic.", [(57.0, "out of 100", ">", "over 57/100")]),
        ("Its score was 4.5/5 overall.", [(4.5, "out of 5", "=", "4.5/5")]),
        # NOTE: a whole number over a number with no word of rating is a date, a phrase or a fraction
        ("The shop opened on 3/10 and is open 24/7.", []),
        # NOTE: a mark above the scale's top is no mark
        ("The rating was 12.5/10 they joked.", []),
    ],
)
def test_numbers_a_mark_over_its_scale_is_a_rating(text, expected):
    assert [(q.value, q.unit, q.comparator, q.text) for q in find_quantities(text)] == expected


def test_numbers_a_year_sized_number_before_a_unit_is_no_date_without_a_parse():
    from checker.normalize.numbers import counted_not_dated

    assert counted_not_dated("It fell 2000 feet.", 8, ())
    assert not counted_not_dated("In 2000 it fell.", 3, ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Willie Nelson Dies at Age 81.", [(81.0, "year-old")]),
        ("The rapper dies at 57.", [(57.0, "year-old")]),
        ("He died at 57 in his home.", [(57.0, "year-old")]),
        ("She died at 3 p.m. on Monday.", [(3.0, "time of day")]),
        ("She was flying at 57 knots.", [(57.0, "knot")]),
    ],
)
def test_numbers_dying_at_a_number_and_a_headline_age_are_ages(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan costs $9.99 a month.", [("$9.99", "month")]),
        ("It costs $670/month.", [("$670", "month")]),
        ("Gas sold for $3 a gallon.", [("$3", "gallon")]),
        ("Earnings were $1.04 per diluted share.", [("$1.04", "share")]),
        ("It reported earnings per share of $6.90 and earned $3.1 billion.", [("$6.90", "share"), ("$3.1 billion", "")]),
        # a rate after another number is that number's
        ("It earned $1.07 per share on net sales of $1.8 billion.", [("$1.07", "share"), ("$1.8 billion", "")]),
        ("Earnings per diluted share are in the range of $1.30 to $1.40.", [("$1.30 to $1.40", "share")]),
        ("GDP per capita is $40,000.", [("$40,000", "person")]),
        ("The fee is 20 euros per annum.", [("20 euros", "year")]),
        # without a parse, a phrase that runs on past three words is per its first
        ("It paid $5 per share beating analyst expectations easily.", [("$5", "share")]),
        # a time, a unit carrying its rate, a percent, a noun that is no unit after "a": no rate
        ("Sales were $5 million a year ago.", [("$5 million", "")]),
        ("Rents will be $5,000 a year from now.", [("$5,000", "")]),
        # a rate from a date on is a rate ("13.10 an hour from April 1")
        ("The fee goes to $13 a month from April 1.", [("$13", "month")]),
        ("He won $5 a lot.", [("$5", "")]),
        ("He signed for $5 million a year-long deal.", [("$5 million", "")]),
        ("Winds reached 40 miles per hour.", [("40 miles per hour", "")]),
        ("It rose 5 per cent to $3 billion.", [("5 per cent", ""), ("$3 billion", "")]),
    ],
)
def test_numbers_a_rate_is_read_per_its_noun(text, expected):
    assert [(q.text, q.per) for q in find_quantities(text)] == expected


def test_numbers_parsed_a_rate_after_an_article_is_a_measure_adverbial():
    # NOTE: "$12 a share": the parser reads "a share" as a measure (npadvmod) of the value; "3 a lot" is no rate
    spec = [("paid", "pay", "VERB", "ROOT", ""), ("$", "$", "SYM", "nmod", ""), ("12", "12", "NUM", "dobj", "MONEY"),
            ("a", "a", "DET", "det", ""), ("share", "share", "NOUN", "npadvmod", "")]
    toks, text = _tokens(spec)
    text = text.replace("$ ", "$")
    toks = tuple(dataclasses.replace(t, start=t.start - (t.start > 5)) for t in toks)
    assert [(q.text, q.per) for q in find_quantities(text, toks)] == [("$12", "share")]
    other = tuple(dataclasses.replace(t, lemma="lot", text="lot", dep="dobj") if t.lemma == "share" else t for t in toks)
    assert [(q.text, q.per) for q in find_quantities(text.replace("share", "lot"), other)] == [("$12", "")]
    # after "per", modifiers are read past to the noun ("per diluted share")
    toks, text = _tokens([("earned", "earn", "VERB", "ROOT", ""), ("$", "$", "SYM", "nmod", ""), ("5", "5", "NUM", "dobj", ""),
                          ("per", "per", "ADP", "prep", ""), ("diluted", "diluted", "ADJ", "amod", ""),
                          ("share", "share", "NOUN", "pobj", ""), ("beat", "beat", "VERB", "conj", ""),
                          ("estimates", "estimate", "NOUN", "dobj", "")])
    toks = tuple(dataclasses.replace(t, head=5) if t.lemma == "diluted" else t for t in toks)
    assert [(q.text, q.per) for q in find_quantities(text, toks)] == [("$ 5", "share")]
    # a compound is read whole
    kwh = tuple(dataclasses.replace(t, lemma="kilowatt", text="kilowatt", pos="NOUN", dep="compound") if t.lemma == "diluted"
                else dataclasses.replace(t, lemma="hour", text="hour") if t.lemma == "share" else t for t in toks)
    assert [q.per for q in find_quantities(text, kwh)] == ["kilowatt hour"]
    # ... but no further than three words, nor past a word that is no modifier
    cut = tuple(dataclasses.replace(t, pos="PRON") if t.lemma == "diluted" else t for t in toks)
    assert [(q.text, q.per) for q in find_quantities(text, cut)] == [("$ 5", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NOTE: a dial mark written with a space ("p. m.", as wire copy writes it) marks a time of day, no count of "m"
        ("She was struck at about 7 p. m. when she crossed.", [(7.0, "time of day", "7 p. m.")]),
        # a dot between hours and minutes before a dial mark, as British copy writes times
        ("A woman was slapped at 11.30am in Carlisle.", [(11.5, "time of day", "11.30am")]),
        ("The attack came at 3.45 pm on Tuesday.", [(3.75, "time of day", "3.45 pm")]),
        # ... and no dot without one: a decimal stays a number
        ("The index rose 3.45 points.", [(3.45, "point", "3.45 points")]),
    ],
)
def test_numbers_a_time_of_day_with_a_spaced_dial_mark_or_a_dot(text, expected):
    assert [(q.value, q.unit, q.text) for q in find_quantities(text)] == expected


def _hyphened(words):
    """Hand-built parse of words where "-" is written onto its neighbours (no spaces around it)."""
    out, text = [], ""
    for i, (word, lemma, tag, dep, head) in enumerate(words):
        if text and word != "-" and not text.endswith("-"):
            text += " "
        out.append(Token(word, lemma, tag, dep, head, "", len(text)))
        text += word
    return tuple(out), text


def test_numbers_parsed_a_hyphened_modifier_counts_the_noun_it_modifies():
    # NOTE: the noun of "first-degree", "full-time" is a modifier of what is counted, no unit of its own
    toks, text = _hyphened([("two", "two", "NUM", "nummod", 5), ("first", "first", "ADJ", "amod", 3), ("-", "-", "PUNCT", "punct", 3),
                            ("degree", "degree", "NOUN", "compound", 5), ("murder", "murder", "NOUN", "compound", 5),
                            ("charges", "charge", "NOUN", "pobj", 5)])
    assert text == "two first-degree murder charges"
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(2.0, "charge")]
    toks, text = _hyphened([("hired", "hire", "VERB", "ROOT", 0), ("40", "40", "NUM", "nummod", 5), ("full", "full", "ADJ", "amod", 4),
                            ("-", "-", "PUNCT", "punct", 4), ("time", "time", "NOUN", "compound", 5),
                            ("workers", "worker", "NOUN", "dobj", 0)])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(40.0, "worker")]  # not "40 times"
    # the noun first in the compound ("state-of-the-art"), and only when the number modifies a later noun
    toks, text = _hyphened([("two", "two", "NUM", "nummod", 4), ("state", "state", "NOUN", "nmod", 4), ("-", "-", "PUNCT", "punct", 1),
                            ("art", "art", "NOUN", "compound", 4), ("attacks", "attack", "NOUN", "dobj", 4)])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(2.0, "attack")]
    alone = tuple(dataclasses.replace(t, dep="nsubj") if t.pos == "NUM" else t for t in toks)
    assert [(q.value, q.unit) for q in find_quantities(text, alone)] == [(2.0, "state")]
    # a unit written onto the number itself measures
    verb = tuple(dataclasses.replace(t, pos="VERB") if t.lemma == "attack" else t for t in toks)
    assert [(q.value, q.unit) for q in find_quantities(text, verb)] == [(2.0, "state")]
    toks, text = _hyphened([("a", "a", "DET", "det", 4), ("40", "40", "NUM", "nummod", 4), ("-", "-", "PUNCT", "punct", 3),
                            ("foot", "foot", "NOUN", "compound", 4), ("statue", "statue", "NOUN", "nsubj", 4)])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(40.0, "foot")]


def test_numbers_parsed_a_number_of_some_things_counts_them():
    # NOTE: "three of its services" counts services, as "three services" does
    spec = [("recommended", "recommend", "VERB", "ROOT", 0), ("three", "three", "NUM", "dobj", 0), ("of", "of", "ADP", "prep", 1),
            ("its", "its", "PRON", "poss", 4), ("services", "service", "NOUN", "pobj", 2)]
    toks, text = _hyphened(spec)
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(3.0, "service")]
    # a pronoun is no noun counted ("three of them": a part, `holders.value_relation`)
    them = tuple(dataclasses.replace(t, pos="PRON", text="them", lemma="they") if t.lemma == "service" else t for t in toks)
    assert [(q.value, q.unit) for q in find_quantities("recommended three of its them", them)] == [(3.0, "")]
    # a part of a stated total ("three of its 16 services") is left to the total's relation
    total = toks + (Token("16", "16", "NUM", "nummod", 4, "CARDINAL", len(text) + 1),)
    assert [(q.value, q.unit) for q in find_quantities(text, total)][0] == (3.0, "")
    # a possessor is not what is counted ("10 of the team's points")
    owner = toks + (Token("'s", "'s", "PART", "case", 4, "", len(text) + 1),)
    assert [(q.value, q.unit) for q in find_quantities(text, owner)][0] == (3.0, "")
    # "of" of another word ("three days of talks" has its noun already; here "of" heads elsewhere) is not its
    other = tuple(dataclasses.replace(t, head=0) if t.lemma == "of" else t for t in toks)
    assert [(q.value, q.unit) for q in find_quantities(text, other)] == [(3.0, "")]


def test_numbers_parsed_a_capitalised_common_word_before_a_number_names_no_version():
    # NOTE: "Claude 4" is a version; "Though 157,000 people" opens a sentence and "Powerful 6.1" a headline
    spec = [("Though", "though", "SCONJ", "mark", 3), ("157,000", "157,000", "NUM", "nummod", 2),
            ("people", "people", "NOUN", "nsubj", 3), ("attended", "attend", "VERB", "ROOT", 3)]
    toks, text = _hyphened(spec)
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(157000.0, "people")]
    name = tuple(dataclasses.replace(t, pos="PROPN") if t.lemma == "though" else t for t in toks)
    assert find_quantities(text, name) == ()
    assert find_quantities(text) == ()  # NOTE: without a parse the capitalised word may be a name: no count
    through = tuple(dataclasses.replace(t, pos="ADP") if t.lemma == "though" else t for t in toks)
    assert find_quantities(text, through) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NOTE: a telephone number, dialled or written out, is no count; "called 100 people" counts people
        ("Someone called 911 and reported a fire.", []),
        ("They called 100 people.", [(100.0, "people")]),
        ("Phone: (555) 123-4567 or 555-123-4567.", []),
        # a list's item number opens its sentence
        ("Schedule posts for $99 per month. 3.", [(99.0, "usd")]),
        ("2) Free setup for 30 days.", [(30.0, "day")]),
        ("The score was 3.", [(3.0, "")]),
        # a bare dash range counts things or measures; "a 9-14 start" is a record
        ("The 76ers fired Cheeks after a 9-14 start.", []),
        ("It will take 10-12 people and a 3-5 year term.", [(10.0, "people"), (3.0, "year")]),
    ],
)
def test_numbers_phone_numbers_list_items_and_records_are_no_counts(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_numbers_parsed_a_sentence_end_closes_what_a_number_counts():
    # NOTE: scraped text glues sentences ("2007.The album"): the year counts no album, the "one" no story
    toks = (Token("2007", "2007", "NUM", "nummod", 3, "CARDINAL", 0), Token(".", ".", "PUNCT", "punct", 3, "", 4),
            Token("The", "the", "DET", "det", 3, "", 5), Token("album", "album", "NOUN", "nsubj", 3, "", 9))
    assert find_quantities("2007.The album", toks) == ()
    plain = (dataclasses.replace(toks[0], head=1), dataclasses.replace(toks[3], start=5, head=1, text="albums"))
    assert [(q.value, q.unit) for q in find_quantities("2007 albums", plain)] == [(2007.0, "album")]
    toks = (Token("an", "an", "DET", "det", 2, "", 0), Token("odd", "odd", "ADJ", "amod", 2, "", 3), Token("one", "one", "NUM", "pobj", 2, "", 7),
            Token('."', '."', "PUNCT", "punct", 2, "", 10), Token("Story", "story", "PROPN", "nsubj", 5, "", 13),
            Token("continues", "continue", "VERB", "ROOT", 5, "", 19))
    assert find_quantities('an odd one." Story continues', toks) == ()
    # an abbreviation's full stop ends no sentence
    toks = (Token("5", "5", "NUM", "nummod", 2, "CARDINAL", 0), Token("U.S.", "u.s.", "ADJ", "amod", 2, "", 2),
            Token("stores", "store", "NOUN", "dobj", 2, "", 7))
    assert [(q.value, q.unit) for q in find_quantities("5 U.S. stores", toks)] == [(5.0, "store")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NOTE: a mark over its scale in words, as "6.1/10" is with a slash
        ("The film holds an average score of 27 out of 100, based on 16 critics.", [(27.0, "out of 100"), (16.0, "critic")]),
        ("It has a rating average of 5.7 out of 10.", [(5.7, "out of 10")]),
        ("He scored 3 out of 10 goals.", [(3.0, "goal"), (10.0, "goal")]),  # a part of some things, no mark
        # "one" written onto a word by a hyphen is an adjective, unless the word is a unit it measures
        ("It charges a one-time fee of $2,500.", [(2500.0, "usd")]),
        ("The one-sided game ended.", []),
    ],
)
def test_numbers_a_mark_out_of_its_scale_and_a_one_hyphened_adjective(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_numbers_parsed_one_hyphened_onto_a_unit_measures():
    toks, text = _hyphened([("a", "a", "DET", "det", 4), ("one", "one", "NUM", "nummod", 3), ("-", "-", "PUNCT", "punct", 3),
                            ("year", "year", "NOUN", "compound", 4), ("deal", "deal", "NOUN", "dobj", 4)])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(1.0, "year")]
    time = tuple(dataclasses.replace(t, lemma="time", text="time") if t.lemma == "year" else t for t in toks)
    assert find_quantities("a one-time deal", time) == ()


def test_numbers_parsed_what_a_copula_says_of_an_age_is_an_age():
    toks, text = _hyphened([("The", "the", "DET", "det", 1), ("age", "age", "NOUN", "nsubj", 2), ("is", "be", "AUX", "ROOT", 2),
                            ("7", "7", "NUM", "attr", 2)])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(7.0, "year-old")]
    toks = tuple(dataclasses.replace(t, lemma="total", text="total") if t.lemma == "age" else t for t in toks)
    assert [(q.value, q.unit) for q in find_quantities("The total is 7", toks)] == [(7.0, "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NOTE: two times of one span are one quantity admitting the times between them
        ("The shop is open from 1:00 to 3:30 p.m. daily.", [(1.0, 3.5, "from 1:00 to 3:30 p.m.")]),
        # a span past midnight admits any time on the dial: "before 7.00 a.m." conflicts with neither end
        ("Residents must stay home from 9:00 p.m. to 7:00 a.m., starting Monday.", [(0.0, 12.0, "from 9:00 p.m. to 7:00 a.m.")]),
        # two times of two acts stay two
        ("The train leaves at 1:34 and arrives at 6:55.", [(1.5667, None, "1:34"), (6.9167, None, "6:55")]),
        ("The deadline moved by 2:00 to 1:30 p.m.", [(2.0, None, "2:00"), (1.5, None, "1:30 p.m.")]),
        ("It was open from 9:30 a.m., and at 4:00 p.m. it closed.", [(9.5, None, "9:30 a.m."), (4.0, None, "4:00 p.m.")]),
        ("Voting ran from 8:00 p.m. local time to 9:00 p.m. GMT.", [(8.0, None, "8:00 p.m. local time"), (9.0, None, "9:00 p.m. GMT")]),
    ],
)
def test_numbers_two_times_of_one_span_are_one_quantity(text, expected):
    assert [(q.value, q.high, q.text) for q in find_quantities(text)] == expected


def test_numbers_parsed_a_rate_before_the_value_is_of_the_noun_the_value_answers():
    # NOTE: "GDP per capita is $40,000": the rate's noun is the subject of the value's verb
    spec = [("GDP", "gdp", "PROPN", "nsubj", 3), ("per", "per", "ADP", "prep", 0), ("capita", "capita", "NOUN", "pobj", 1),
            ("is", "be", "AUX", "ROOT", 3), ("$", "$", "SYM", "nmod", 5), ("40,000", "40,000", "NUM", "attr", 3)]
    toks, text = _hyphened(spec)
    assert [(q.text, q.per) for q in find_quantities(text, toks)] == [("$ 40,000", "person")]
    # a rate said of no noun ("up per ounce") is no later value's
    up = tuple(dataclasses.replace(t, pos="ADP") if t.lemma == "gdp" else t for t in toks)
    assert [(q.text, q.per) for q in find_quantities(text, up)] == [("$ 40,000", "")]
    # nor that of a noun of another clause
    other = tuple(dataclasses.replace(t, head=1) if t.lemma == "gdp" else t for t in toks)
    assert [(q.text, q.per) for q in find_quantities(text, other)] == [("$ 40,000", "")]


def test_numbers_parsed_a_common_word_before_a_number_and_a_capitalised_one_after_is_a_label():
    # NOTE: a transcript's "Turn 2 Sales Agent:" labels a turn; "Though 157,000 people" counts
    toks, text = _hyphened([("Turn", "turn", "VERB", "ROOT", 0), ("2", "2", "NUM", "nummod", 3), ("Sales", "sales", "PROPN", "compound", 3),
                            ("Agent", "agent", "PROPN", "dobj", 0)])
    assert find_quantities(text, toks) == ()
    slash = tuple(dataclasses.replace(t, start=t.start - 1) if t.start > 6 else t for t in toks)
    assert find_quantities("Turn 2/Sales Agent", slash) == ()  # NOTE: "the Big 12/Pac 10"
    lower = tuple(dataclasses.replace(t, text=t.text.lower()) for t in toks)
    assert [q.value for q in find_quantities(text.lower().replace("turn", "Turn"), lower)] == [2.0]


def test_numbers_parsed_a_periodic_adjective_of_the_values_noun_is_its_rate():
    # NOTE: "a monthly cost of $399" is $399 a month; the adjective's period comes from CLDR's units of time
    spec = [("a", "a", "DET", "det", 2), ("monthly", "monthly", "ADJ", "amod", 2), ("cost", "cost", "NOUN", "ROOT", 2),
            ("of", "of", "ADP", "prep", 2), ("$", "$", "SYM", "nmod", 5), ("399", "399", "NUM", "pobj", 3)]
    toks, text = _hyphened(spec)
    assert [(q.text, q.per) for q in find_quantities(text, toks)] == [("$ 399", "month")]
    for adjective, period in (("annual", "year"), ("daily", "day"), ("quarterly", ""), ("costly", "")):
        other = tuple(dataclasses.replace(t, text=adjective, lemma=adjective) if t.lemma == "monthly" else t for t in toks)
        assert [q.per for q in find_quantities(text.replace("monthly", adjective), other)] == [period], adjective
    # not past a verb: "cost of ... reduced to $324.15" leaves the later value's clause
    verb = tuple(dataclasses.replace(t, pos="VERB") if t.lemma == "of" else t for t in toks)
    assert [q.per for q in find_quantities(text, verb)] == [""]


@pytest.mark.parametrize(("text", "read"), [
    ("Most walkers take an hour and a half.", [("an hour and a half", 1.5, "hour")]),
    ("The repair took half an hour.", [("half an hour", 0.5, "hour")]),
    ("The strike lasted a week, the union said.", [("a week", 1.0, "week")]),
    # a rate of the value before, a rate of a word of frequency, an offset, an age, what fills it, a rough span
    ("It costs $9.99 a month.", [("$9.99", 9.99, "usd")]),
    ("They meet twice a week.", [("twice", 2.0, "times")]),
    ("A year ago the plant closed.", []),
    ("In a year the plant will close.", []),
    ("The boy, a year old, was unhurt.", []),
    ("It was a day of protest.", []),
])
def test_numbers_a_length_of_time_of_one_unit_written_with_an_article(text, read):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == read


@pytest.mark.parametrize(("text", "comparator"), [
    # NOTE: the word before a clock time bounds it: "extinguished by 7 a.m." is no later than 7, so "by 6:40 a.m."
    # agrees with it
    ("The fire was extinguished by 7 a.m. on Sunday.", "<="),
    ("Nobody may enter before 9:30 a.m.", "<"),
    ("The shop closes after 11 p.m.", ">"),
    ("The road has been shut since 6 a.m.", ">="),
    ("The call came in around 3:30 a.m.", "~"),
    ("The call came in at 3:33 a.m.", "="),
    ("The museum is open until 5 p.m.", "="),
])
def test_numbers_a_clock_time_is_bounded_by_the_word_before_it(text, comparator):
    [q] = find_quantities(text)
    assert (q.unit, q.comparator) == ("time of day", comparator)


def test_numbers_parsed_a_tallys_level_hung_on_a_participle_counts_the_tallied_noun():
    # "bringing the total number of species recorded to 212": the parse hangs "to 212" on "recorded"
    toks, text = _parse([("bringing", "bring", "VERB", "ROOT", 0, ""), ("the", "the", "DET", "det", 3, ""),
                         ("total", "total", "ADJ", "amod", 3, ""), ("number", "number", "NOUN", "dobj", 0, ""),
                         ("of", "of", "ADP", "prep", 3, ""), ("species", "specie", "NOUN", "pobj", 4, ""),
                         ("recorded", "record", "VERB", "acl", 5, ""), ("to", "to", "ADP", "prep", 6, ""),
                         ("212", "212", "NUM", "pobj", 7, "CARDINAL")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(212.0, "specie")]
    # a participle of a noun that is no tally's count says nothing of what the number counts
    toks, text = _parse([("bringing", "bring", "VERB", "ROOT", 0, ""), ("the", "the", "DET", "det", 3, ""),
                         ("new", "new", "ADJ", "amod", 3, ""), ("list", "list", "NOUN", "dobj", 0, ""),
                         ("of", "of", "ADP", "prep", 3, ""), ("species", "specie", "NOUN", "pobj", 4, ""),
                         ("recorded", "record", "VERB", "acl", 5, ""), ("to", "to", "ADP", "prep", 6, ""),
                         ("212", "212", "NUM", "pobj", 7, "CARDINAL")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(212.0, "")]


def test_numbers_a_number_closing_a_label_is_the_labels_value_not_a_list_number():
    # "Compression level of the archive profile: 9." (a table's row read as a sentence): level 9
    toks, text = _parse([("Compression", "compression", "NOUN", "compound", 1, ""), ("level", "level", "NOUN", "ROOT", 1, ""),
                         (":", ":", "PUNCT", "punct", 1, ""), ("9", "9", "NUM", "appos", 1, ""), (".", ".", "PUNCT", "punct", 1, "")])
    text = text.replace(" :", ":").replace(" .", ".")
    toks = tuple(dataclasses.replace(t, start=text.find(t.text, max(0, t.start - 2))) for t in toks)
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(9.0, "level")]
    # "Maximum players: 24." counts players
    toks, text = _parse([("Maximum", "maximum", "ADJ", "amod", 1, ""), ("players", "player", "NOUN", "ROOT", 1, ""),
                         (":", ":", "PUNCT", "punct", 1, ""), ("24", "24", "NUM", "appos", 1, ""), (".", ".", "PUNCT", "punct", 1, "")])
    text = text.replace(" :", ":").replace(" .", ".")
    toks = tuple(dataclasses.replace(t, start=text.find(t.text, max(0, t.start - 2))) for t in toks)
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(24.0, "player")]
    # a list's item numbers stay unread: after a sentence, or after a colon with the item's words following
    assert find_quantities("Setup takes minutes per month. 3.") == ()
    assert find_quantities("Steps: 1. Open the box") == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("At an estimated 129, he is among the oldest tortoises ever recorded.", [(129.0, "year-old")]),
    ("At 57, she became the oldest person to climb the peak.", [(57.0, "year-old")]),
    ("At 90, Castell was still writing.", [(90.0, "year-old")]),
    ("At 3, the shop opens.", [(3.0, "")]),  # no person after it: no age
    ("The fee is 57, she said.", [(57.0, "")]),  # not fronted by "At"
])
def test_numbers_a_number_fronted_by_at_before_a_person_is_an_age(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_numbers_parsed_a_model_name_with_its_code_between_a_count_and_its_noun_is_skipped():
    # "eight Agrimax 7250 tractors": the name and code say which tractors; tractors are counted
    toks, text = _parse([("bought", "buy", "VERB", "ROOT", 0, ""), ("eight", "eight", "NUM", "nummod", 4, "CARDINAL"),
                         ("Agrimax", "Agrimax", "PROPN", "compound", 3, "ORG"), ("7250", "7250", "NUM", "nummod", 4, ""),
                         ("tractors", "tractor", "NOUN", "dobj", 0, "")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(8.0, "tractor")]
    # a capitalised count noun with no code after it is what is counted ("650 Stores")
    toks, text = _parse([("opened", "open", "VERB", "ROOT", 0, ""), ("650", "650", "NUM", "nummod", 2, "CARDINAL"),
                         ("Stores", "Stores", "PROPN", "dobj", 0, ""), ("nationwide", "nationwide", "ADV", "advmod", 0, "")])
    assert [(q.value, q.unit) for q in find_quantities(text, toks)] == [(650.0, "store")]


def test_numbers_a_length_of_time_written_h_mm_ss_is_read_in_hours_to_its_last_second():
    (q,) = find_quantities("Kiprono crossed the finish line in 2:06:41, a course record.")
    assert (q.text, q.unit) == ("2:06:41", "hour")
    assert q.value == pytest.approx(2 + 6 / 60 + 41 / 3600) and q.high == pytest.approx(2 + 6 / 60 + 42 / 3600)
    (tenths,) = find_quantities("She swam it in 0:58:12.4.")
    assert tenths.high - tenths.value == pytest.approx(0.1 / 3600)
    # a clock time with its seconds after a word of time is a time of day, no length
    assert all(q.unit != "hour" for q in find_quantities("The bus leaves at 12:30:00 on Fridays."))


def test_numbers_parsed_a_day_told_from_the_writers_own_is_no_unit(real_parser):
    # NOTE: "up from 12.60 today": "today" says when the value holds; it counts nothing
    from checker.normalize import normalize_texts

    (c,) = normalize_texts(["The minimum wage will be 13.40 per hour, up from 12.60 today."], parser=real_parser)
    assert [(q.text, q.unit, q.per) for q in c.slots.quantities] == [("13.40", "", "hour"), ("12.60", "", "")]


_LEMMAS = {"medals": "medal", "topped": "top", "finished": "finish", "missed": "miss"}


def _toks(text: str, spec: list[tuple[str, str, str, int]]) -> tuple[Token, ...]:
    """Tokens of ``text`` from (word, pos, dep, head) rows, found left to right."""
    out, at = [], 0
    for word, pos, dep, head in spec:
        at = text.index(word, at)
        out.append(Token(word, _LEMMAS.get(word, word.lower()), pos, dep, head, "", at))
        at += len(word)
    return tuple(out)


def test_numbers_a_length_of_one_unit_is_bounded_by_the_words_before_it_and_is_no_ordinal():
    """"just over a second" is more than one second; "a second gold", the parse's adjective, is no length of time."""
    assert [(q.text, q.value, q.unit, q.comparator) for q in find_quantities("They won by just over a second.")] == [
        ("a second", 1.0, "second", ">")]
    assert [q.comparator for q in find_quantities("The repair took about an hour.")] == ["~"]
    text = "The four missed out on a second gold."
    toks = _toks(text, [("The", "DET", "det", 1), ("four", "NUM", "nsubj", 2), ("missed", "VERB", "ROOT", 2),
                        ("out", "ADP", "prt", 2), ("on", "ADP", "prep", 2), ("a", "DET", "det", 7),
                        ("second", "ADJ", "amod", 7), ("gold", "NOUN", "pobj", 4)])
    assert all(q.unit != "second" for q in find_quantities(text, toks))
    noun = tuple(dataclasses.replace(t, pos="NOUN") if t.text == "second" else t for t in toks)
    assert any(q.unit == "second" for q in find_quantities(text, noun))


def test_numbers_a_bare_number_in_a_clause_parallel_to_a_figure_counts_its_noun():
    """"with seven medals ... while Ireland finished second with five": five medals, the noun left out."""
    text = "Germany topped the table with seven medals, while Ireland finished second with five."
    spec = [("Germany", "PROPN", "nsubj", 1), ("topped", "VERB", "ROOT", 1), ("the", "DET", "det", 3),
            ("table", "NOUN", "dobj", 1), ("with", "ADP", "prep", 1), ("seven", "NUM", "nummod", 6),
            ("medals", "NOUN", "pobj", 4), (",", "PUNCT", "punct", 1), ("while", "SCONJ", "mark", 10),
            ("Ireland", "PROPN", "nsubj", 10), ("finished", "VERB", "advcl", 1), ("second", "ADV", "advmod", 10),
            ("with", "ADP", "prep", 10), ("five", "NUM", "pobj", 12)]
    toks = _toks(text, spec)
    assert [(q.text, q.unit) for q in find_quantities(text, toks) if q.value in (5, 7)] == [("seven medals", "medal"), ("five", "medal")]
    # another preposition's object is no parallel: "against five" is not five medals
    other = tuple(dataclasses.replace(t, text="against", lemma="against") if t.start == text.rindex("with") else t for t in toks)
    assert [q.unit for q in find_quantities(text.replace("second with five", "second against five"), other) if q.value == 5] == [""]


@pytest.mark.parametrize(("text", "read"), [
    ("Halcyon infringed both asserted patents (the '221 and '907 patents), it found.", []),
    ("The band's debut sold 30 copies in '98.", [("30 copies", "copy")]),
    # a single quote that is closed later opened a quotation: its number is read
    ("'40 people died,' he said.", [("40 people", "people")]),
])
def test_numbers_digits_clipped_by_an_apostrophe_name_a_number_and_count_nothing(text, read):
    assert [(q.text, q.unit) for q in find_quantities(text)] == read
