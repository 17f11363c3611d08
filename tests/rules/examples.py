"""Failing and passing sentence pairs for every structural rule (proselint-style examples)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

__all__ = ["Example", "EXAMPLES", "ANCHOR"]

logger = logging.getLogger(__name__)

ANCHOR = dt.date(2026, 5, 20)
"""Publication date used by examples with relative dates."""


@dataclass(frozen=True, slots=True)
class Example:
    """One pair of hand-written claims and what one rule must say about it."""

    code: str
    """The rule under test (``CC101``)."""
    text_a: str
    """First claim, from one invented source."""
    text_b: str
    """Second claim, from another invented source."""
    expect: str
    """``flag`` (the rule must fire) or ``pass`` (it must stay quiet)."""
    verdict: str | None = None
    """For ``flag``: the verdict the rule must give."""
    values: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    """For ``flag``: the conflicting values the rule must report, when pinned."""
    anchor: dt.date | None = None
    """Publication date for both claims (relative dates need it)."""
    corpus: tuple[str, ...] = ()
    """Other texts of the corpus, fed to the product lexicon with both claims."""
    xfail: str | None = None
    """Reason, when the example documents a known bug (strict xfail)."""
    stance_a: str = "asserted"
    """Stance of the first claim: ``denied`` when its source embeds it only to deny it."""
    by_a: str | None = None
    """Who asserts (or denies) the first claim, when not its author."""

    @property
    def id(self) -> str:
        """Readable pytest id."""
        return f"{self.code}-{self.expect}-{self.text_a[:28]}|{self.text_b[:28]}"


def _flag(code: str, a: str, b: str, verdict: str, values=None, **kw) -> Example:
    return Example(code, a, b, "flag", verdict, values, **kw)


def _pass(code: str, a: str, b: str, **kw) -> Example:
    return Example(code, a, b, "pass", **kw)


EXAMPLES: tuple[Example, ...] = (
    # CC101 product-conflict
    _flag("CC101", "The ministry banned Kestrel 2 for Norwegian users.", "The ministry banned Falcon 9 for Norwegian users.",
          "contradiction", (("Kestrel 2",), ("Falcon 9",))),
    _flag("CC101", "Veltrix launched Orion 3 for hospitals in May 2027.", "Veltrix launched Orion 4 for hospitals in May 2027.",
          "contradiction", (("Orion 3",), ("Orion 4",))),
    _pass("CC101", "Veltrix launched Orion for hospitals.", "Veltrix launched Orion 3 for hospitals."),
    _pass("CC101", "Skylark launched Zephyr for schools.", "Skylark launched Zephyr 3 for schools.",
          corpus=("Skylark launched Zephyr 2 last year.",)),
    _pass("CC101", "The ministry banned Kestrel 2 on Friday.", "The ministry launched Falcon 9 on Friday."),
    # CC102 date-conflict
    _pass("CC102", "The Varna coach was fired since King took over in 2003.", "The Varna coach was fired in 2005."),
    _pass("CC102", "Police arrested the Varna suspect after he returned to the city in 2003.", "Police arrested the Varna suspect in 2005."),
    _flag("CC102", "Police arrested the Varna suspect in 2005, after the attack in 2003.", "Police arrested the Varna suspect in 2004.",
          "contradiction", (("2005",), ("2004",))),
    # a day written without its year: compared by month and day
    _flag("CC102", "The two countries signed the Varna treaty on March 3.", "The Varna treaty was signed on 5 March after four years of talks.",
          "contradiction", (("March 3",), ("5 March",))),
    _pass("CC102", "The two countries signed the Varna treaty on March 3.", "The Varna treaty was signed on March 3, 2026, after four years of talks."),
    # NOTE: a support verb's date is its definite noun's act: one recall announced and issued
    _flag("CC102", "The Varna stroller recall was announced on 3 March 2025.", "Pramtec issued the Varna stroller recall on 10 March 2025.",
          "contradiction", (("3 March 2025",), ("10 March 2025",))),
    _pass("CC102", "The Varna stroller recall was announced on 3 March 2025.", "Pramtec issued the Varna stroller recall on 3 March 2025."),
    # NOTE: a date after a label naming its act ("Date of arrival:"); two verbs of one act
    _flag("CC102", "Two pandas will arrive at the Varna zoo on 14 March.", "Date of arrival: 28 March.", "contradiction",
          (("14 March",), ("28 March",))),
    _flag("CC102", "The Varna brewery was founded in 1867.", "The Varna brewery was established in 1887.", "contradiction",
          (("1867",), ("1887",))),
    # NOTE: a thing's origin ("dates from") is the date of an act of making it, not of a later act done to it
    _flag("CC102", "The Varna chapel dates from 1650.", "The Varna chapel was built in 1652 by the monks of the harbour town.",
          "contradiction", (("1650",), ("1652",))),
    _pass("CC102", "The Varna chapel dates from 1650.", "The Varna chapel was restored in 1890 by the monks of the harbour town."),
    # a birth or death said in passing by both sources; a name beside a noun is whose it is
    _flag("CC102", "Ada Lindqvist (born 14 March 1952) is a Swedish chemist.",
          "Swedish chemist Ada Lindqvist, born in 1954, shared the 2004 Nobel Prize in Chemistry.", "contradiction",
          (("14 March 1952",), ("1954",))),
    _pass("CC102", "Ada Lindqvist (born 14 March 1952) is a Swedish chemist.",
          "Her student Bo Berg, born in 1954, shared the 2004 Nobel Prize in Chemistry."),
    _flag("CC102", "The painter Joan Mercer died in 2001 in Lisbon at the age of 83.",
          "Mercer, who died in Lisbon in 2003, painted Harbour at Dusk.", "contradiction", (("2001",), ("2003",))),
    _flag("CC102", "The Varna bridge was designed by Ada Lovelace in 1843.", "Ada Lovelace designed the Varna bridge in 1851.",
          "contradiction", (("1843",), ("1851",))),
    # CC102 one holder in other words (WordNet's synonyms and near kinds): "the treaty" is "the agreement"
    _flag("CC102", "The Varna treaty was signed on March 3, 2021, in Geneva.", "The agreement was signed on March 5, 2021, in Geneva.",
          "contradiction", (("March 3, 2021",), ("March 5, 2021",))),
    _pass("CC102", "The peace treaty was signed on March 3, 2021, in Geneva.",
          "The trade agreement was signed on March 5, 2021, in Geneva."),
    _flag("CC102", "The earthquake struck the Varna coast on Tuesday, June 4, 2019.", "The quake struck the Varna coast on June 9, 2019.",
          "contradiction", (("June 4, 2019",), ("June 9, 2019",))),
    # CC102 a work's year written on its noun ("a 2004 film") is its release
    _flag("CC102", "The Ferrowind Movie is a 2004 American animated comedy film based on the television series of the same name.",
          "The Ferrowind Movie was released after 2006.", "contradiction", (("2004",), ("after 2006",))),
    _pass("CC102", "The Ferrowind Movie is a 2004 American animated comedy film based on the television series of the same name.",
          "The Ferrowind Movie was released in 2004."),
    _pass("CC102", "Vexo 2 is a 2015 American comedy film and a sequel to the 2012 film Vexo.", "Vexo was released in 2012."),
    _flag("CC102", "Brightwave launched the Tidal app in June 2025.", "Brightwave launched the Tidal app in October 2025.",
          "contradiction", (("June 2025",), ("October 2025",))),
    _flag("CC102", "Police arrested the Dunmore suspect in Q3 2024.", "Police arrested the Dunmore suspect in early 2025.",
          "contradiction", (("Q3 2024",), ("early 2025",))),
    _flag("CC102", "Brightwave launched the Tidal app this week.", "Brightwave launched the Tidal app in March 2026.",
          "contradiction", (("this week",), ("March 2026",)), anchor=ANCHOR),
    _pass("CC102", "Brightwave launched the Tidal app in early 2026.", "Brightwave launched the Tidal app in March 2026."),
    _pass("CC102", "Police arrested the Dunmore suspect in Late 2025/Early 2026.",
          "Police arrested the Dunmore suspect in January 2026."),
    _pass("CC102", "Brightwave launched the Tidal app this week.", "Brightwave launched the Tidal app in March 2026."),
    _pass("CC102", "Brightwave launched the Tidal app in June 2025.", "Regulators banned the Tidal app in October 2025."),
    # CC102 without an action frame: the dates must answer one question about one subject
    _flag("CC102", "Marta Kowalski was born in 1962 in Gdansk.", "Marta Kowalski was born in 1965.",
          "contradiction", (("1962",), ("1965",))),
    _pass("CC102", "Marta Kowalski (1890-1951) was a Polish chemist.", "Marta Kowalski won the Nobel Prize in 1935."),
    _pass("CC102", "Queen Maren of Tolvia died in 1820.", "Queen Ilse of Tolvia died in 1831."),
    # NOTE: one subject winning over two named opponents: two occurrences of a repeatable event
    _pass("CC102", "Ramon was the fighter that floored Leo Lanz to win the title in 2001.",
          "Ramon would go on to win the vacant Boxing Union title in 2005 over Mark Bartos."),
    _flag("CC102", "Ramon floored Leo Lanz to win the Boxing Union title in 2001.",
          "Ramon floored Leo Lanz to win the Boxing Union title in 2005.", "contradiction", (("2001",), ("2005",))),
    # NOTE: a bound ("before 1980") leaves an open interval, which a date outside it contradicts
    _flag("CC102", "Ramon Vodan was born before 1980.", "Ramon Vodan was born on 25 April 1987.", "contradiction",
          (("before 1980",), ("25 April 1987",))),
    _pass("CC102", "Ramon Vodan was born before 1990.", "Ramon Vodan was born on 25 April 1987."),
    # CC102 a support verb's bare noun names the act it dates ("gave birth"), whose thing only the other claim names
    _flag("CC102", "The zoo's red panda Mei gave birth on 14 July.", "The zoo's red panda cub was born on 21 July.", "contradiction",
          (("14 July",), ("21 July",))),
    # CC102 "by" a date bounds when an act was done ("by January 2013": no later than then)
    _flag("CC102", "By January 2013, the council had chosen the architect for the Tarrow library.",
          "The council chose the architect for the Tarrow library in March 2015.", "contradiction",
          (("By January 2013",), ("March 2015",))),
    _pass("CC102", "By January 2013, the council had chosen the architect for the Tarrow library.",
          "The council chose the architect for the Tarrow library in November 2012."),
    # CC103 quantity-conflict
    # CC103 one thing in other words (WordNet's count nouns): synonyms compare; a kind exceeding what it is a kind of conflicts
    _flag("CC103", "The Halvor studio released 30 films last year.", "The Halvor studio released 45 movies last year.",
          "contradiction", (("30 films",), ("45 movies",))),
    _flag("CC103", "The Ferrowind plant in Ohio has 2,500 employees.", "The Ferrowind plant in Ohio has 2,000 workers.",
          "contradiction", (("2,500 employees",), ("2,000 workers",))),
    # NOTE: people named by a noun and a kind of it, of one holder, are one set ("employees" / "workers" of one plant);
    # things keep the part ("SUVs" may be some of the cars)
    _flag("CC103", "The Ferrowind plant in Ohio has 1,800 employees.", "The Ferrowind plant in Ohio has 2,000 workers.",
          "contradiction", (("1,800 employees",), ("2,000 workers",))),
    _pass("CC103", "Toyota recalled 300,000 SUVs in the United States.", "Toyota recalled 500,000 cars in the United States."),
    # CC103 a count of acts by their noun and of those who do or undergo the act by its verb ("recoveries" / "have recovered")
    _flag("CC103", "The Marlow clinic has reported 194 recoveries as of 12 May.",
          "As of 12 May, more than 200 people have recovered at the Marlow clinic.", "contradiction",
          (("194 recoveries",), ("more than 200 people",))),
    _flag("CC103", "Police made 40 arrests after the match at Denholm Park.",
          "Police arrested 65 people after the match at Denholm Park.", "contradiction", (("40 arrests",), ("65 people",))),
    # NOTE: two counts each told by a verb count two sets ("people" / "doctors"), a kind of people is some of those the act
    # befell ("residents"), and "won" counts titles, not wins
    _pass("CC103", "By 12 May, 200 people had recovered at the Marlow clinic.",
          "By 12 May, five doctors had recovered at the Marlow clinic."),
    _pass("CC103", "At the Marlow care home, 49 residents had died by 10 May.", "Marlow recorded 35 deaths by 10 May."),
    _pass("CC103", "The Tarrow club has 3 wins this season.", "The Tarrow club won two titles this season."),
    # CC103 a price of one kind of ticket and one for a group ("for a family of four") answer two questions
    _pass("CC103", "Adult tickets cost £24.50 at the Arden fair.", "Tickets cost £66.60 for a family of four at the Arden fair."),
    _flag("CC103", "Adult tickets cost £24.50 at the Arden fair.", "Adult tickets cost £26 at the Arden fair.", "contradiction",
          (("£24.50",), ("£26",))),
    # CC103 a percentage set against an earlier time is the change since then, as "rose by" one is
    _flag("CC103", "Prices in the Arden valley were 4.8 percent higher than in the same months of 2025.",
          "Compared with 2025, prices in the Arden valley rose by 2.9 percent.", "contradiction", (("4.8 percent",), ("2.9 percent",))),
    _pass("CC103", "Prices in the Arden valley were 4.8 percent higher than in the same months of 2025.",
          "Compared with 2025, prices in the Arden valley rose by 4.8 percent."),
    # CC103 a length of time as a stopwatch writes it (h:mm:ss), rounded to whole hours in words
    _flag("CC103", "Kiprono won the Arden marathon in 2:06:41.", "Kiprono won the Arden marathon in 2:07:58.", "contradiction",
          (("2:06:41",), ("2:07:58",))),
    _pass("CC103", "Kiprono won the Arden marathon in 2:06:41.", "Kiprono won the Arden marathon in just over two hours."),
    # CC103 a figure's "by" date is when it was taken: larger at the later date, it is the figure's update
    _pass("CC103", "The Marlow clinic had reported 194 recoveries by May 2020.",
          "By June 2020, more than 200 people had recovered at the Marlow clinic."),
    _pass("CC103", "By 2019, the album Vesper had sold 16.15 million copies.", "The album Vesper had sold 16.39 million copies by 2020."),
    _flag("CC103", "By 2019, the album Vesper had sold 16.15 million copies.", "In 2019, the album Vesper had sold 16.39 million copies.",
          "contradiction", (("16.15 million copies",), ("16.39 million copies",))),
    _pass("CC103", "The Halvor studio released 30 films last year.", "The Halvor studio released 45 songs last year."),
    # CC103 "N times" counts its own verb's act: two acts are two counts
    _pass("CC103", "Okafor, 24, made 30 appearances for Lyon last season, scoring 6 goals, and has been capped 9 times by Nigeria.",
          "Okafor played 30 times for the French club last season."),
    _flag("CC103", "Ferreira played 38 times for Porto last season.", "Ferreira played 41 times for Porto last season.",
          "contradiction", (("38 times",), ("41 times",))),
    # CC103 ranks as answers (`checker.normalize.ranks`): two places of one holder on one scale
    _flag("CC103", "Halvorsen Bank is the third-largest bank in Norway.",
          "Halvorsen Bank, the second-largest bank in Norway, reported higher profits on Monday.", "contradiction",
          (("third-largest",), ("second-largest",))),
    _pass("CC103", "Halvorsen Bank is the third-largest bank in Norway.",
          "Halvorsen Bank, the third-largest bank in Norway, reported higher profits on Monday."),
    _pass("CC103", "Nordvik Bank is the largest bank in Norway.", "Halvorsen Bank is the second-largest bank in Norway."),
    _flag("CC103", "Amos Kiprop finished fourth in the Berlin Marathon on Sunday.",
          "Amos Kiprop finished second in the Berlin Marathon on Sunday.", "contradiction", (("fourth",), ("second",))),
    _pass("CC103", "Amos Kiprop finished fourth in the Berlin Marathon on Sunday.",
          "Ruth Chebet finished second in the Berlin Marathon on Sunday."),
    # NOTE: who won a contest of many finished first, a runner-up second (`checker.normalize.outcomes.placings`)
    _flag("CC103", "The Kestrel Rovers won the regional robotics championship on Saturday.",
          "The Kestrel Rovers finished as runners-up in the regional robotics championship on Saturday.", "contradiction",
          (("won the regional robotics championship",), ("runners-up",))),
    _pass("CC103", "The Kestrel Rovers won the regional robotics championship on Saturday.",
          "The Kestrel Rovers, the defending champions, won the regional robotics championship on Saturday."),
    # CC103 a gain against a level (WordNet's acts that move a count against a verb of having), a running total since a year
    _pass("CC103", "Norvik added 3,000 jobs last year.", "Norvik has 50,000 jobs worldwide, the company said."),
    _flag("CC103", "Norvik added 3,000 jobs last year and has 50,000 jobs.", "Norvik has 42,000 jobs worldwide.",
          "contradiction", (("50,000 jobs",), ("42,000 jobs",))),
    _flag("CC103", "Volta has sold 1 million cars since 1990.", "Volta sold 2 million cars last year.", "temporal-difference"),
    # a running total grown past the other figure is its update, no finding
    _pass("CC103", "Volta has sold 10 million cars since 1990.", "Volta sold 2 million cars last year."),
    # CC103 a measure of a noun the other claim names in other words ("a three-day strike" / "the walkout")
    _flag("CC103", "Workers at the Ferrowind plant staged a three-day strike last month.",
          "The walkout at the Ferrowind plant was scheduled to last five days.", "contradiction", (("three-day",), ("five days",))),
    _pass("CC103", "Workers at the Ferrowind plant staged a three-day strike last month.",
          "The vote at the Ferrowind plant was scheduled to last five days."),
    # CC103 what an act moved against what a holder has ("hired 500 workers" / "has 12,000 workers")
    _pass("CC103", "Ferrowind said it would hire 500 workers at its Texas plant.", "Ferrowind, which has 12,000 workers, makes power tools."),
    _flag("CC103", "Ferrowind hired 500 workers at its Texas plant last year.", "Ferrowind hired 700 workers at its Texas plant last year.",
          "contradiction", (("500 workers",), ("700 workers",))),
    # CC103 a currency by its name and by its sign ("5 million dollars" / "$7 million")
    _flag("CC103", "The Corvo festival lost 5 million dollars in 2023.", "The Corvo festival lost $7 million in 2023.",
          "contradiction", (("5 million dollars",), ("$7 million",))),
    _pass("CC103", "The Corvo festival lost 7 million dollars in 2023.", "The Corvo festival lost $7 million in 2023."),
    # CC103 clock times of one act
    _flag("CC103", "The Corvo ferry leaves the harbour at 1:34 every Friday.", "The Corvo ferry leaves the harbour at 2:34 every Friday.",
          "contradiction", (("1:34",), ("2:34",))),
    _pass("CC103", "The Corvo ferry leaves the harbour at 1:34 every Friday.", "The Corvo ferry arrives in Varna at 2:34 every Friday."),
    # CC103 two figures to the same digits, one last digit apart, state two values; a finer one may round to the other
    _flag("CC103", "The Corvo festival earned $3.1 million in 2023.", "The Corvo festival earned $3.2 million in 2023.",
          "contradiction", (("$3.1 million",), ("$3.2 million",))),
    _pass("CC103", "The Corvo festival earned $3.1 million in 2023.", "The Corvo festival earned $3.14 million in 2023."),
    # CC103 a noun of those an act befalls counts that act ("3,200 employees" / "employs 4,500 people")
    _flag("CC103", "The Ferrowind company employs 4,500 people at its plant in Ohio.", "The Ferrowind plant in Ohio has 3,200 employees.",
          "contradiction", (("4,500 people",), ("3,200 employees",))),
    _pass("CC103", "The Ferrowind company employs 4,500 people at its plant in Ohio.", "The Ferrowind plant in Ohio has 4,500 employees."),
    _flag("CC103", "About 2,000 people attended the Corvo festival.", "More than 9,000 people attended the Corvo festival.",
          "contradiction", (("About 2,000 people",), ("More than 9,000 people",))),
    _flag("CC103", "The Corvo festival sold 5,000 tickets.", "The Corvo festival sold 12,000 tickets.", "contradiction",
          (("5,000 tickets",), ("12,000 tickets",))),
    _flag("CC103", "The Corvo festival sold 12,000 tickets in 2023.", "The Corvo festival sold 5,000 tickets in 2025.",
          "temporal-difference"),
    _pass("CC103", "The Corvo festival sold 5,000 tickets in 2023.", "The Corvo festival sold 12,000 tickets in 2025."),
    _pass("CC103", "Less than 14,000 people attended the Corvo festival.", "About 13,000 people attended the Corvo festival."),
    _pass("CC103", "Lumen Air carried 1.2 million passengers.", "Lumen Air carried about 1,150,000 passengers."),
    _pass("CC103", "The Corvo festival sold 5,000 tickets.", "The Corvo festival drew 12,000 visitors."),
    _pass("CC103", "At least 12 soldiers were injured in the Varna drill.", "12 soldiers were injured in the Varna drill."),
    # NOTE: a part against the whole, two actions on one counted noun, a time since, a gap: other questions.
    _pass("CC103", "Marek Vodan landed 68 punches during the round.", "Marek Vodan landed 369 punches."),
    _pass("CC103", "Police in Varna made 86 arrests on Saturday.", "Police in Varna arrested 200 people."),
    _pass("CC103", "In the Varna riots three people were injured.", "In the Varna riots 46 people had been arrested."),
    _pass("CC103", "Twelve soldiers were killed in the Varna attack.", "Thirty soldiers were wounded in the Varna attack."),
    _pass("CC103", "The Varna riots began after a boy was killed eight days ago.",
          "The Varna riots began after five days of protests."),
    _pass("CC103", "Marek Vodan won the Corvo bout five rounds sooner than Ivo Petrov.",
          "Marek Vodan won the Corvo bout in seven rounds."),
    _flag("CC103", "Five people were killed in the Varna blast.", "Seven people died in the Varna blast.", "contradiction",
          (("Five people",), ("Seven people",))),
    _flag("CC103", "The Corvo festival sold 5,000 tickets on Saturday.", "The Corvo festival sold 12,000 tickets on Saturday.",
          "contradiction", (("5,000 tickets",), ("12,000 tickets",))),
    # NOTE: distances from two places, a count of another instance, two named holders, a list's qualifier.
    _pass("CC103", "The Varna quake was centred 23 miles north of Lodi.", "The Varna quake was centred two miles from Cobb."),
    _flag("CC103", "The Varna quake was centred 23 miles north of Lodi.", "The Varna quake was centred 40 miles north of Lodi.",
          "contradiction", (("23 miles",), ("40 miles",))),
    _pass("CC103", "Three people also died in an air strike on another Varna school.",
          "42 people were killed in the air strike on the Varna school."),
    _pass("CC103", "Marek Vodan landed 68 punches in the Corvo bout.", "Ivo Petrov landed 31 punches in the Corvo bout."),
    _pass("CC103", "So far, Varna police confiscated 14 rifles, 31 magazines and two pistols.",
          "Varna police confiscated 40 magazines."),
    # NOTE: values paired one to one by their clauses; a fraction measures what it stands before.
    _flag("CC103", "Net sales were $1.5 billion and earnings were $130.4 million.",
          "Earnings of $130.4 million came on net sales of $1.8 billion.", "contradiction", (("$1.5 billion",), ("$1.8 billion",))),
    _pass("CC103", "A 5.6 magnitude earthquake struck Varna on Sunday.",
          "A magnitude-5.2 quake struck Varna, one of two earthquakes that day."),
    _pass("CC103", "One bullet entered his left shoulder.", "Seven bullets entered Marek Vodan's body."),
    # a table row read as a sentence holds its value by the row's noun: another tier's row is another question
    _pass("CC103", "The Enterprise plan: 6,000 requests per minute.", "The Team plan allows 1,000 requests per minute."),
    _flag("CC103", "The Team plan: 600 requests per minute.", "The Team plan allows 1,000 requests per minute.",
          "contradiction", (("600 requests per minute",), ("1,000 requests per minute",))),
    # a limit written "can ... up to N" is N; a bound of what may have happened stays a bound
    _flag("CC103", "The Team plan: 600 requests per minute.", "On the Team plan you can make up to 1,000 requests per minute.",
          "contradiction", (("600 requests per minute",), ("up to 1,000 requests per minute",))),
    _pass("CC103", "Up to 50 people may have died in the Varna flood.", "37 people died in the Varna flood."),
    # a score or a tally: the result of one contest, whatever day it was played
    _flag("CC103", "Okafor scored twice as Dunmore beat Castlebay 2-1 on Saturday.",
          "A brace from Okafor helped Dunmore to a 3-1 win over Castlebay.", "contradiction", (("2-1",), ("3-1",))),
    _pass("CC103", "Okafor scored twice as Dunmore beat Castlebay 3-1 on Saturday.",
          "A brace from Okafor helped Dunmore to a 3-1 win over Castlebay."),
    _flag("CC103", "The Supreme Court ruled 6-3 on Friday that the state may use the map.",
          "In a 5 to 4 decision on Friday, the Supreme Court allowed the state to use the map.", "contradiction"),
    _pass("CC103", "Dunmore and Castlebay were level at 1-1 at half-time.", "Dunmore beat Castlebay 3-1."),
    # a scale label before the number is the value's unit, in any of its written forms ("magnitude 6.4", "6.1 magnitude")
    _flag("CC103", "A magnitude 6.4 earthquake struck off the coast of Varna on Tuesday.",
          "The Varna institute measured the Tuesday earthquake at magnitude 6.1.", "contradiction",
          (("magnitude 6.4",), ("magnitude 6.1",))),
    _flag("CC103", "Hurricane Vela made landfall in Corvo as a Category 4 storm.",
          "Hurricane Vela came ashore in Corvo as a Category 2 storm.", "contradiction", (("Category 4",), ("Category 2",))),
    # a value restated in parentheses in other units is where the first one is ("55 kilometers (34 miles) west of")
    _pass("CC103", "The epicenter of the Varna quake was situated 55 kilometers (34 miles) west of the town of Bireva.",
          "The Varna quake struck at a depth of just six miles and was centred on the tip of the island."),
    _flag("CC103", "The epicenter of the Varna quake was located 75 kilometers (50 miles) west of Bireva.",
          "The epicenter of the Varna quake was located 90 miles west of Bireva.", "contradiction", (("75 kilometers",), ("90 miles",))),
    # what an object predicate says of those counted is what they count ("left 20 people dead": deaths)
    _pass("CC103", "The blast in Varna left 20 people dead, police said.", "The blast in Varna injured 45 people, police said."),
    _flag("CC103", "The blast in Varna left 20 people dead, police said.", "The blast in Varna killed 45 people, police said.",
          "contradiction", (("20 people",), ("45 people",))),
    _pass("CC103", "Four bombs were dropped on the Varna camp within moments - two landed inside the camp itself, while the other "
          "two bombs were dropped near the airstrip.", "On Thursday afternoon a bomber dropped four bombs on the Varna camp, hitting the clinic."),
    # values in two units of one dimension are compared converted, within the rounding of what was written
    _pass("CC103", "The Varna wall is about 21,196 km long.", "The Varna wall stretches some 13,171 miles."),
    _flag("CC103", "The Varna wall is about 21,196 km long.", "The Varna wall stretches some 8,850 kilometres.",
          "contradiction", (("about 21,196 km",), ("some 8,850 kilometres",))),
    _flag("CC103", "The Varna tower is 330 metres tall.", "The Varna tower is 1,063 feet tall.",
          "contradiction", (("330 metres",), ("1,063 feet",))),
    _pass("CC103", "The Varna lake covers 500 square kilometres.", "The Varna lake is 500 miles long."),
    # a measure with its parts is another question than one of the thing alone
    _pass("CC103", "The Varna statue is 93 metres tall including its pedestal.", "The copper Varna statue itself stands 151 feet tall."),
    _flag("CC103", "The Varna statue is 93 metres tall including its pedestal.", "The Varna statue is 95 metres tall, including the pedestal.",
          "contradiction", (("93 metres",), ("95 metres",))),
    # a round figure is no looser than "about" it
    _flag("CC103", "Water boils at 100 degrees Celsius in the Varna lab.", "Water boils at 90 degrees Celsius in the Varna lab.",
          "contradiction", (("100 degrees Celsius",), ("90 degrees Celsius",))),
    _pass("CC103", "The officers fired 11 shots, and seven bullets entered Vodan's body, three of them from the rear.",
          "Vodan was hit in the back by three of the seven bullets fired by the officers."),
    # a number set off after a name is the person's age, as "aged 47" and "a 47-year-old man, Daniel Moss" are
    _flag("CC103", "Police arrested Daniel Moss, 45, on Friday.", "A 47-year-old man, Daniel Moss, was charged with burglary.",
          "contradiction", (("45",), ("47-year-old",))),
    _pass("CC103", "Police arrested Daniel Moss, 45, on Friday.", "His wife, Anna Moss, 41, was not charged."),
    # an age is one named person's: two unnamed men, or two people, are two questions
    _pass("CC103", "Police arrested a 45-year-old man in Varna on Friday.", "A 47-year-old man was charged in Varna."),
    _pass("CC103", "A Varna jury convicted Scott Peterson of murdering his wife, 23-year-old Laci.",
          "Peterson, 32, was convicted in Varna of murdering his wife, Laci."),
    # a living person's age may differ by a birthday between two reports; an age at death may not
    _pass("CC103", "A Varna jury found Christopher Simpson, 27, guilty of murder.",
          "Trial in Varna is set for June 17 for 26-year-old Christopher Simpson."),
    _flag("CC103", "Rosalind Varna died of ovarian cancer at the age of 37.", "Rosalind Varna died in 1958, aged 38.",
          "contradiction", (("37",), ("38",))),
    # a value written right before the noun it measures is that noun's, unless the other value is of its action
    _pass("CC103", "Northwind will pay $38 a Varna share, a 27% premium to Friday's price.", "Varna shares rose 24% to $37.10 in early trading."),
    _pass("CC103", "Varna Tools said third-quarter revenue rose 6 percent to $1.1 billion.", "Shares of Varna Tools rose 3 percent after the results."),
    _flag("CC103", "A new Varna migraine drug cut headache days by half in a trial of 1,100 patients, the company said.",
          "The Varna trial enrolled 800 patients across 12 countries.", "contradiction", (("1,100 patients",), ("800 patients",))),
    _flag("CC103", "Varna Tools said third-quarter revenue rose 6 percent to $1.1 billion.", "Varna's quarterly revenue rose 8 percent.",
          "contradiction", (("6 percent",), ("8 percent",))),
    _flag("CC103", "Varna sales posted a 5% increase in the quarter.", "Varna sales rose 7% in the quarter.",
          "contradiction", (("5%",), ("7%",))),
    _flag("CC103", "The Varna offer represents a premium of about 27 percent.", "Northwind will pay a 20% premium for Varna.",
          "contradiction", (("about 27 percent",), ("20%",))),
    # a figure rounded to fewer digits agrees with the one it rounds
    _pass("CC103", "Maria Lopez won the Varna race with 52.4% of the vote.", "Maria Lopez won the Varna race with 52% of the vote."),
    _flag("CC103", "Maria Lopez won the Varna race with 52.6% of the vote.", "Maria Lopez won the Varna race with 52% of the vote.",
          "contradiction", (("52.6%",), ("52%",))),
    # the value a change starts from is the earlier value, not the one now
    # NOTE: lengths of time in two units, one written with an article; a setting's bare value of one holder; a chart place
    _flag("CC103", "The Varna bridge closure will last six weeks.", "The Varna bridge closure will last three months.",
          "contradiction", (("six weeks",), ("three months",))),
    _pass("CC103", "The Varna coastal walk takes about 90 minutes.", "The Varna coastal walk takes an hour and a half."),
    _flag("CC103", "The default value of `varna_pool_size` is 100.", "Out of the box, varna_pool_size defaults to 250.",
          "contradiction", (("100",), ("250",))),
    _pass("CC103", "The default value of `varna_pool_size` is 100.", "Out of the box, varna_timeout defaults to 250."),
    _flag("CC103", '"Paper Lanterns" by the Varna Quartet entered the singles chart at number 3.',
          'The Varna Quartet\'s "Paper Lanterns" has given the band its first Top 10 single, debuting at No. 7 on the singles chart.',
          "contradiction", (("number 3",), ("No. 7",))),
    _flag("CC103", "The Varna API timeout is now 30 seconds, up from 10 seconds.", "Varna API requests now time out after 60 seconds.",
          "contradiction", (("30 seconds",), ("60 seconds",))),
    # NOTE: a measure on a noun of an act answers what the act's verb measures
    _flag("CC103", "The Varna bridge will be closed for six weeks.", "The Varna bridge faces a three-week closure.",
          "contradiction", (("six weeks",), ("three-week",))),
    # NOTE: what held before an act, a whole and the parts that add up to it, a level on another day, two things' prices
    _pass("CC103", "Before the merger the Varna cooperative had 85 members.",
          "The Varna cooperative now has 120 members after 35 new farms joined."),
    _pass("CC103", "The Varna nature park now covers 52 hectares.",
          "The Varna nature park is made up of two sites: the lake of 40 hectares and the meadow of 12 hectares."),
    _pass("CC103", "The Varna wildfire was 65 per cent contained on Friday.",
          "The Varna wildfire is 20 per cent contained, firefighters said on Tuesday."),
    _pass("CC103", "Adult tickets to the Varna museum cost €5.20.", "The Varna museum's new wing cost €14.6 million."),
    _pass("CC103", "Despite 4 sacks in his first 3 games for Varna, Garrett was injured.",
          "Due to injury Garrett only played 10 of 16 games for Varna."),
    _pass("CC103", "In Varna ten more cases were confirmed on Friday, bringing the total to 96.",
          "In Varna confirmed cases reached 1,021 on Friday."),
    # a figure set against the other's thing, a figure grown between two dated reports, a tally's total and its increment
    _pass("CC103", "The Varna painting carries an estimate of €20,000 to €30,000.",
          "The Varna painting sold for €41,000, well above its top estimate."),
    _pass("CC103", "As of 3 March 2026, 14 cases of measles had been confirmed in Varna.",
          "The number of confirmed measles cases in Varna has risen to 22 as of 10 March 2026."),
    _flag("CC103", "As of 3 March 2026, 30 cases of measles had been confirmed in Varna.",
          "The number of confirmed measles cases in Varna stood at 22 as of 10 March 2026.", "temporal-difference"),
    _pass("CC103", "The Varna bird list now stands at 212 species after wardens logged nine additions.",
          "The Varna survey added nine species, bringing the total number of bird species recorded to 212."),
    # a label's value and a rank out of a field are read, and compared
    _flag("CC103", "Compression level of the Varna archive profile: 9.", "The Varna archive profile uses compression level 6.",
          "contradiction", (("9",), ("level 6",))),
    # the least version of one product, stated with two verbs
    _flag("CC101", "Varna requires Python 3.10 or later.", "Varna now supports Python 3.8 and later.", "contradiction",
          (("Python 3.10",), ("Python 3.8",))),
    _pass("CC101", "Varna requires Python 3.10 or later.", "Varna was tested on Python 3.12."),
    # CC105 entity-conflict
    # one act with one doer, told by a passive, a noun of the doer or a copula: designed by / its architect
    _flag("CC105", "The Varna concert hall was designed by the Estonian architect Kaja Rebane.",
          "Its architect, the Finnish designer Mikko Salonen, took the old fishing fleet as his model.", "contradiction",
          (("Kaja Rebane",), ("Mikko Salonen",))),
    _flag("CC105", "Solvane is the developer of the Dunmore wind farm.",
          "The Dunmore wind farm is being developed by Northwind Renewables.", "contradiction",
          (("Solvane",), ("Northwind Renewables",))),
    _flag("CC105", "This year's Arctic summit is hosted by the Nordic Council.",
          "Its host, the Arctic Forum, has invited 40 delegations to the summit.", "contradiction",
          (("the Nordic Council",), ("the Arctic Forum",))),
    _pass("CC105", "The Varna concert hall was designed by Kaja Rebane.", "The Varna concert hall was built by Mikko Salonen."),
    _pass("CC105", "The north stand was designed by Kaja Rebane.", "The south stand was designed by Mikko Salonen."),
    _pass("CC105", "The hall was visited by the architect Kaja Rebane.", "The hall was designed by Mikko Salonen."),
    # a role just given ("has been appointed") is the new one; whose it is may be left to "its"
    _flag("CC105", "Tom Hale has been appointed head coach of Harbour City FC.",
          "Harbour City FC have named Lena Brandt as its new head coach.", "contradiction", (("Tom Hale",), ("Lena Brandt",))),
    _pass("CC105", "Tom Hale has been appointed head coach of Harbour City FC.",
          "Lena Brandt has been appointed head coach of Ashford Town."),
    # one office, held by one person at a time, given to two people
    _flag("CC105", "Varna said on Monday that Karen Osei will become chief executive on January 1.",
          "Varna's board picked Michael Grant, its operations chief, as the next chief executive.", "contradiction",
          (("Karen Osei",), ("Michael Grant",))),
    _pass("CC105", "Varna's board picked Michael Grant, its operations chief, as the next chief executive.",
          "Tom Hale, the outgoing chief executive, will stay on as chairman of Varna."),
    # each source names both runners, each a different one as the winner
    _flag("CC105", "Daniel Okafor won the Varna marathon on Sunday, beating Tadesse Bekele by nine seconds.",
          "Tadesse Bekele won the Varna marathon on Sunday, holding off Daniel Okafor in a sprint finish.", "contradiction",
          (("Daniel Okafor",), ("Tadesse Bekele",))),
    _pass("CC105", "Daniel Okafor won the Varna marathon on Sunday, beating Tadesse Bekele by nine seconds.",
          "Daniel Okafor won Sunday's Varna marathon, holding off Tadesse Bekele in a sprint finish."),
    # one contest told both ways round, in other verbs ("beating" / "defeating", "lost to"): one winner
    _flag("CC105", "Carla Ruiz won the Varna Open on Sunday, beating Anya Petrova in the final.",
          "Anya Petrova claimed the Varna title on Sunday, defeating Carla Ruiz in three sets.", "contradiction",
          (("Carla Ruiz",), ("Anya Petrova",))),
    _pass("CC105", "Carla Ruiz beat Anya Petrova in the Varna final on Sunday.",
          "Anya Petrova lost to Carla Ruiz in Sunday's Varna final."),
    # two occurrences of one recurring event, told apart by their own time ("last year's"): two winners, two hosts
    _pass("CC105", "Orzel Esports defeated Baltic Wolves 3-2 to win the Starfall Championship.",
          "Last year's Starfall Championship was won by Baltic Wolves, who beat Orzel in the semi-finals."),
    _pass("CC105", "Carla Ruiz won the Varna Open on Sunday.", "Last year's Varna Open was won by Anya Petrova."),
    _flag("CC105", "Last year's Varna Open was won by Carla Ruiz.", "Anya Petrova won last year's Varna Open.",
          "contradiction", (("Carla Ruiz",), ("Anya Petrova",))),
    # the subject of a verb of succession takes the post; its object held it; stepping down gives it to no one
    _flag("CC105", "Varna said on Monday that Karen Osei will become chief executive on January 1.",
          "Varna has chosen Michael Grant to succeed Tom Hale as chief executive.", "contradiction",
          (("Karen Osei",), ("Michael Grant",))),
    _flag("CC105", "Varna said on Monday that Karen Osei will become chief executive on January 1.",
          "Michael Grant will take over as chief executive on January 1, Varna said.", "contradiction",
          (("Karen Osei",), ("Michael Grant",))),
    _pass("CC105", "Karen Osei will succeed Tom Hale as chief executive of Varna.",
          "Tom Hale will step down as chief executive of Varna on January 1."),
    _flag("CC105", "The phrase was coined by Ada Lovelace in 1843.", "The phrase was coined by Charles Babbage in 1843.",
          "contradiction", (("Ada Lovelace",), ("Charles Babbage",))),
    _flag("CC105", "The 2031 Ferrowind summit was hosted by Lisbon.", "The 2031 Ferrowind summit was hosted by Oslo.",
          "contradiction", (("Lisbon",), ("Oslo",))),
    _flag("CC105", "The telephone was invented by Alexander Graham Bell in his Boston workshop.", "Antonio Meucci invented the telephone.",
          "contradiction", (("Alexander Graham Bell",), ("Antonio Meucci",))),
    # what describes each name (the modifiers of its noun, the title of the album it made) is no part of the question,
    # whatever label the parser gives each name
    _flag("CC105", "Investigators said the hackers entered through the network of its payroll software vendor, Quillbank, "
          "using stolen passwords.", "According to investigators, the hackers entered through the network of its billing "
          "software vendor, Tessmark, using stolen passwords.", "contradiction", (("Quillbank",), ("Tessmark",))),
    _flag("CC105", 'It outsold the debut album from folk singer Ana Ruiz, "Low Tide", by 2,000 copies in its first week.',
          'It outsold "Night Ferry", the debut album from drummer Tom Vale, by 2,000 copies in its first week.',
          "contradiction", (("Ana Ruiz",), ("Tom Vale",))),
    _pass("CC105", "The first prize went to the painter Ana Ruiz.", "The second prize went to the sculptor Tom Vale."),
    _pass("CC105", "Police arrested John Smith after the riot in Varna.", "Police arrested Mary Jones, a student, following the Varna riot."),
    _flag("CC105", "The capital of Portugal is Porto.", "Lisbon is the capital of Portugal.", "contradiction", (("Porto",), ("Lisbon",))),
    _pass("CC105", "Porto is the largest city of Portugal.", "Lisbon is the capital of Portugal."),
    _pass("CC105", "The phrase was coined by Ada Lovelace.", "Ada Lovelace coined the phrase in 1843."),
    _pass("CC105", "Queen Maren of Tolvia died in 1820 in Brest.", "Queen Ilse of Tolvia died in 1831 in Brest."),
    _pass("CC105", "The Ferrowind treaty was signed by Ada Lovelace.", "The Ferrowind treaty was signed by Ada Lovelance."),
    _pass("CC105", "Ada Lovelace praised the Ferrowind engine.", "Charles Babbage designed the Ferrowind engine in London."),
    # CC105 one statement with a noun in other words; a statement of what will be against one of what was
    _flag("CC105", "The Ferrowind treaty was signed by Ada Lovelace.", "The Ferrowind agreement was signed by Charles Babbage.",
          "contradiction", (("Ada Lovelace",), ("Charles Babbage",))),
    _pass("CC105", "Karen Osei will lead the Varna board.", "Michael Grant led the Varna board."),
    _flag("CC105", "Karen Osei leads the Varna board.", "Michael Grant leads the Varna board.",
          "contradiction", (("Karen Osei",), ("Michael Grant",))),
    # CC105 places: two predicates for one question (where the event was), a place inside the other, lists, hedges
    _flag("CC105", "The 2031 Ferrowind Games were held in Vancouver.", "Montreal hosted the 2031 Ferrowind Games.",
          "contradiction", (("Vancouver",), ("Montreal",))),
    _flag("CC105", "The Ferrowind summit took place in Geneva.", "The Ferrowind summit took place in Vienna.",
          "contradiction", (("Geneva",), ("Vienna",))),
    _pass("CC105", "The Ferrowind summit took place in Geneva.", "The Ferrowind summit took place in Switzerland."),
    _pass("CC105", "The 2031 Ferrowind Games were held in Vancouver.", "Canada hosted the 2031 Ferrowind Games."),
    _pass("CC105", "The 2031 Ferrowind Games were hosted by Vancouver and Whistler.", "Whistler hosted the 2031 Ferrowind Games."),
    _pass("CC105", "The Ferrowind summit may have taken place in Geneva.", "The Ferrowind summit took place in Vienna."),
    _flag("CC105", "The Ferrowind summit will take place in Geneva.", "The Ferrowind summit will take place in Vienna.",
          "contradiction", (("Geneva",), ("Vienna",))),
    _pass("CC105", "The Ferrowind Games were held in Vancouver in 2010.", "Montreal hosted the Ferrowind Games in 1976."),
    _pass("CC105", "The Ferrowind Winter Games were held in Vancouver.", "The Ferrowind Summer Games were held in London."),
    _pass("CC105", "The G7 summit took place in Geneva.", "The G20 summit took place in Vienna."),
    # the place of what a verb of saying reports, as without it; the place the saying was done is not
    _flag("CC105", "The Ferrowind summit will be held in Geneva, officials said on Monday.", "The Ferrowind summit takes place in Vienna.",
          "contradiction", (("Geneva",), ("Vienna",))),
    _pass("CC105", "Officials said in Vienna that the Ferrowind summit will be held in Geneva.", "The Ferrowind summit will be held in Geneva."),
    # a clause written before the verb that reports it, whatever that verb ("confirmed" is no verb of saying)
    _flag("CC105", "The Ferrowind festival will be held at Riverside Park, organisers confirmed this week.",
          "The Ferrowind festival will take place at Merton Showground.", "contradiction", (("Riverside Park",), ("Merton Showground",))),
    _flag("CC105", "The 2031 Winter Games were held in Vancouver.", "Montreal hosted the Winter Games.",
          "contradiction", (("Vancouver",), ("Montreal",))),
    # CC105 places of an act a person does once
    _flag("CC105", "Ada Lovelace died in London.", "Ada Lovelace died in Paris after a long illness.",
          "contradiction", (("London",), ("Paris",))),
    _flag("CC105", "Andreas Pereira was born in Duffel.", "Andreas Pereira, the son of a footballer, was born in Kathmandu.",
          "contradiction", (("Duffel",), ("Kathmandu",))),
    _pass("CC105", "Ada Lovelace was born in London.", "Ada Lovelace was born in England."),
    _pass("CC105", "Ada Lovelace lived in London.", "Ada Lovelace lived in Paris for a decade after the war."),
    # CC105 relations with one answer, stated off the main predicate (a relative clause, a participle, a role noun)
    _flag("CC105", "Tom Harding is an English professional footballer who plays for Liverpool.", "Tom Harding plays for Chelsea.",
          "contradiction", (("Liverpool",), ("Chelsea",))),
    _pass("CC105", "Tom Harding is an English professional footballer who plays for Liverpool.",
          "Tom Harding played for Chelsea in 2015."),
    _flag("CC105", "Vexo is a South Korean boy band formed by Ardent Entertainment.",
          "The band Vexo was formed by Kestrel Entertainment.", "contradiction", (("Ardent Entertainment",), ("Kestrel Entertainment",))),
    _pass("CC105", "Vexo is a South Korean boy band formed by Ardent Entertainment.", "Vexo is a boy band managed by Kestrel Entertainment."),
    _flag("CC105", "Justin Ferrowind is an American football linebacker for the Cincinnati Bengals.",
          "Justin Ferrowind plays for the Pittsburgh Steelers.", "contradiction", (("the Cincinnati Bengals",), ("the Pittsburgh Steelers",))),
    _flag("CC105", "Tom Harding, who was born in Geneva, played for Ajax.", "Tom Harding was born in Vienna.",
          "contradiction", (("Geneva",), ("Vienna",))),
    _pass("CC105", "Tom Harding, who was born in Geneva, played for Ajax.", "Tom Harding was born in Switzerland."),
    _pass("CC105", "He plays for Liverpool.", "Tom Harding plays for Chelsea."),
    # CC105 organisations: the agents of one act in other words; nesting governments stay apart
    _flag("CC105", "The Ferrowind company was acquired by Oracle in 2009.", "Microsoft bought the Ferrowind company in 2009.",
          "contradiction", (("Oracle",), ("Microsoft",))),
    _pass("CC105", "The United States offered the Ferrowind reward.", "The State Department offered the Ferrowind reward."),
    _pass("CC105", "Police arrested John Smith in Varna.", "Police arrested Mary Jones in Varna."),
    _pass("CC105", "John Smith added 14 points.", "Mary Jones added 16 points for the Varna Owls."),
    _pass("CC105", "Smith scored with two Varna defenders hanging on him.", "Smith scored with two Purple Owls defenders hanging on him."),
    # CC105 titles and definite descriptions: one answer; an indefinite description has many
    _flag("CC105", "The best-selling album of all time is Thriller.", "Back in Black is the best-selling album of all time.",
          "contradiction", (("Thriller",), ("Back in Black",))),
    _flag("CC105", "Marie Curie was the first woman to win the Ferrowind Prize.",
          "Bertha von Suttner was the first woman to win the Ferrowind Prize.", "contradiction",
          (("Marie Curie",), ("Bertha von Suttner",))),
    _pass("CC105", "Lisbon is a city of Portugal.", "Porto is a city of Portugal."),
    _flag("CC105", "Thriller, the best-selling album of all time, was released in 1982.",
          "Back in Black is the best-selling album of all time.", "contradiction", (("Thriller",), ("Back in Black",))),
    _flag("CC105", "Marie Curie became the first woman to win the Ferrowind Prize.",
          "Bertha von Suttner, the first woman to win the Ferrowind Prize, was born in Prague.", "contradiction",
          (("Marie Curie",), ("Bertha von Suttner",))),
    _flag("CC105", "Smith, the only player to score twice, was injured.", "Jones was the only player to score twice.",
          "contradiction", (("Smith",), ("Jones",))),
    _pass("CC105", "Smith, the only player to score twice, was injured.", "Jones, the only player to score three times, left."),
    _pass("CC105", "Smith, a player for the club, was injured.", "Jones, a player for the club, was injured."),
    _pass("CC105", "Thriller is the best-selling album of all time.", "Thriller is an album by Michael Jackson."),
    # CC105 one argument of one act, whatever the verb: the other arguments the same, one thing done to
    _flag("CC105", "Kovac signed his first professional contract with Aldermoor United in 2019.",
          "Kovac signed his first professional contract with Brightwell Rovers.", "contradiction",
          (("Aldermoor United",), ("Brightwell Rovers",))),
    _flag("CC105", "The acquisition of the bakery by Halvorsen Foods was completed in March.",
          "Greystone Capital bought the bakery in March.", "contradiction", (("Halvorsen Foods",), ("Greystone Capital",))),
    _flag("CC105", "Halvorsen Foods is the buyer of the bakery.", "Greystone Capital bought the bakery.", "contradiction",
          (("Halvorsen Foods",), ("Greystone Capital",))),
    _flag("CC105", "After a tender, the ferry contract went to Northlink Marine.",
          "After a tender, the board awarded the ferry contract to Caledon Ferries.", "contradiction",
          (("Northlink Marine",), ("Caledon Ferries",))),
    _pass("CC105", "Kovac works with Marta Lind on the project.", "Kovac works with Tomas Berg on the project."),
    _pass("CC105", "The ferry contract went to Northlink Marine.", "The cleaning contract went to Caledon Ferries."),
    # CC104 target-scope
    _flag("CC104", "Lumora restricted access for all foreign nationals.", "Lumora restricted access for Chinese nationals.",
          "scope-difference", (("all foreign nationals",), ("Chinese nationals",))),
    _flag("CC104", "Lumora blocked the app for Iranian users.", "Lumora blocked the app for Russian users.",
          "scope-difference", (("Iranian users",), ("Russian users",))),
    _flag("CC104", "Lumora restricted the app for Commerce Department researchers.",
          "Lumora restricted the app for Washington researchers.", "scope-difference"),
    _pass("CC104", "Lumora restricted the app for Chinese citizens.", "Lumora restricted the app for Chinese nationals."),
    _pass("CC104", "Lumora blocked the app for all users.", "Lumora blocked the app for all users worldwide."),
    _pass("CC104", "Lumora blocked the app for Chinese users.", "Lumora launched the app for Russian users."),
    # CC201 negation
    _flag("CC201", "The Kestrel council approved the Dunmore dam project.",
          "The Kestrel council did not approve the Dunmore dam project.", "contradiction", (("asserted",), ("negated",))),
    _flag("CC201", "Orlan Bank will open a branch in Tallinn this year.",
          "Orlan Bank will never open a branch in Tallinn this year.", "contradiction"),
    _pass("CC201", "Orlan Bank opened a branch in Tallinn.",
          "Orlan Bank did not open a branch in Riga after the merger talks collapsed."),
    _pass("CC201", "The Kestrel council did not approve the Dunmore dam project.",
          "The Kestrel council never approved the Dunmore dam project."),
    _pass("CC201", "The Dunmore vote was voluntary for residents.", "The Dunmore vote was not mandatory for residents."),
    # CC201 the negated predicate must be one the other asserts, not only its arguments: the same summit, another act
    _flag("CC201", "The Kestrel expedition reached the summit of Mount Arvel.",
          "The Kestrel expedition never reached the summit of Mount Arvel.", "contradiction"),
    _pass("CC201", "The Kestrel expedition turned back before the summit of Mount Arvel because of bad weather.",
          "The Kestrel expedition never reached the summit of Mount Arvel."),
    # CC201 a negated word that takes the other's act as its complement says something else of that act
    _pass("CC201", "Brenner Motors is still building its battery factory in Halden.",
          "Brenner Motors has not finished building its battery factory in Halden, a company spokeswoman said."),
    # CC203 a rise and a fall of one holder on two occasions (days, months, quarters) are two changes
    _pass("CC203", "Shares of Telvo fell 3% on Monday after the report.", "Shares of Telvo rose 2% on Tuesday after the report."),
    # CC203 a rise and a fall of one holder measured over two spans (from the previous month, over the year) are two changes
    _pass("CC203", "The typical sale price in Arden fell slightly from the previous month.", "Prices in Arden rose sharply over the year."),
    _flag("CC203", "The typical sale price in Arden fell slightly over the year.", "Prices in Arden rose sharply over the year.",
          "contradiction", (("fall",), ("rise",))),
    # CC102 a rise and a fall dated apart are two changes; two values of one count dated apart are two periods' values
    _pass("CC102", "Sales of the Corvo phone increased in 2022.", "Sales of the Corvo phone decreased in 2023."),
    _pass("CC102", "Sales in 2022 were $4 billion, the company said.", "The company's sales reached $5 billion in 2023."),
    # CC203 a verdict told by an adjective and by a verb whose WordNet gloss is the other pole ("clear": "pronounce not
    # guilty"); of another charge it is another verdict
    _flag("CC203", "A jury found Peter Lang guilty of fraud on Thursday.", "Peter Lang was cleared of fraud on Thursday.",
          "contradiction"),
    _pass("CC203", "A jury found Peter Lang guilty of fraud on Thursday.", "Peter Lang was cleared of bribery on Thursday."),
    # CC203 characterisation (poles of one scale, negation flips)
    _flag("CC203", "Harlow Mining's safety audit was voluntary, the company said.",
          "The regulator said Harlow Mining's safety audit was not optional.", "contradiction",
          (("voluntary",), ("not optional",))),
    _flag("CC203", "The Tarn council's water ban was lawful.", "Critics say the Tarn council's water ban was unlawful.",
          "contradiction", (("lawful",), ("unlawful",))),
    _pass("CC203", "Harlow Mining's safety audit was voluntary.", "Harlow Mining's safety audit was not mandatory."),
    _pass("CC203", "The Tarn council's water ban was mandatory.", "The Tarn council's water ban was compulsory for farms."),
    # CC203 verbs of two outcomes of one act (WordNet), said of one holder; two charges are two questions
    _flag("CC203", "A jury in Varna acquitted Daniel Moss on Tuesday.", "Daniel Moss was convicted by the Varna court on Tuesday.",
          "contradiction", (("acquit",), ("convict",))),
    _pass("CC203", "Daniel Moss was acquitted of murder in Varna.", "Daniel Moss was convicted of manslaughter in Varna."),
    # CC203 antonyms said of one holder, in otherwise different wording
    _flag("CC203", "Brenlow Insurance offers flexible payment plans to new customers.",
          "The agent from Brenlow Insurance described inflexible payment plans.", "contradiction",
          (("flexible",), ("inflexible",))),
    _pass("CC203", "Brenlow Insurance offers flexible payment plans to new customers.",
          "The agent from Brenlow Insurance described an inflexible cancellation policy."),
    _pass("CC203", "Kellan Rovers scored twice in the first half.", "Kellan Rovers scored once in the second half."),
    # CC202 antonym
    _flag("CC202", "The Dunmore vote was voluntary for residents.", "The Dunmore vote was mandatory for residents.",
          "contradiction", (("voluntary",), ("mandatory",))),
    _flag("CC202", "Participation in the Pellin survey is optional for staff.",
          "Participation in the Pellin survey is mandatory for staff.", "contradiction", (("optional",), ("mandatory",))),
    _flag("CC202", "The Pellin survey was voluntary.", "The Pellin survey was mandatory.", "contradiction"),
    _pass("CC202", "The Dunmore vote was voluntary for residents.", "The Dunmore vote was not mandatory for residents."),
    # CC202 a word in the scope of its own clause's negation is denied, not asserted
    _pass("CC202", "Harlow Foods will keep its Dunmore bottling plant open.",
          "Harlow Foods said there are no plans to relocate or close the Dunmore bottling plant."),
    _pass("CC202", "Entry to the Pellin museum is voluntary for pupils.",
          "Helmets are mandatory on the Brest cycling track for every rider in the race."),
    # CC204 refuted: the first claim is what a source denies ("Police denied reports that P": P)
    _flag("CC204", "the Harwick suspect was released from custody", "The Harwick suspect was released from custody on Monday.",
          "contradiction", (("denied by the police",), ("asserted",)), stance_a="denied", by_a="the police"),
    _flag("CC204", "Lumina Air will cut its Boston flights", "Lumina Air is cutting its Boston flights this winter.",
          "contradiction", (("denied by the source",), ("asserted",)), stance_a="denied"),
    _pass("CC204", "the Harwick suspect was released from custody", "The Harwick suspect was not released from custody.",
          stance_a="denied", by_a="the police"),
    _pass("CC204", "the Harwick suspect was released from custody", "The Harwick council opened a new library on Monday.",
          stance_a="denied", by_a="the police"),
    # NOTE: a falsity word as the object of a preposition is an argument of the act, which a denial contradicts
    _flag("CC204", "the former Harwick treasurer was convicted of fraud", "The former Harwick treasurer was convicted of fraud on Thursday.",
          "contradiction", (("denied by her lawyer",), ("asserted",)), stance_a="denied", by_a="her lawyer"),
    _pass("CC204", "The Harwick suspect was released from custody.", "The Harwick suspect was released from custody on Monday."),
    _pass("CC204", "the Harwick suspect was released from custody",
          "Claims that the Harwick suspect was released from custody are a hoax.", stance_a="denied", by_a="the police"),
    # CC204 one act in two words: a phrasal verb and the act WordNet puts it under; a verb of denying written as a noun
    # ("after a long dispute") denies nothing
    _flag("CC204", "Mayor Ellen Brisco had stepped down",
          "Mayor Ellen Brisco resigned on Monday after a long dispute with the city council over the budget.",
          "contradiction", (("denied by city officials",), ("asserted",)), stance_a="denied", by_a="city officials"),
    _pass("CC204", "Mayor Ellen Brisco had stepped down", "Mayor Ellen Brisco disputed the city council's budget on Monday.",
          stance_a="denied", by_a="city officials"),
)
"""Every example, grouped by rule code."""
