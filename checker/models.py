"""Every pipeline artifact: sources, claims, slots, clusters, findings, the report."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from dataclasses import dataclass, field

__all__ = [
    "Mention",
    "Answer",
    "DateValue",
    "MONTH_DAY",
    "UNPLACED",
    "YEARLESS",
    "Quantity",
    "Slots",
    "Source",
    "Claim",
    "Token",
    "Cluster",
    "Verdict",
    "Finding",
    "Skipped",
    "Report",
    "source_id",
]


MONTH_DAY = "month-day"
"""`DateValue.precision` of days written without a year ("on March 3")."""
UNPLACED = frozenset({"relative", MONTH_DAY})
"""Precisions of dates that set no time of their own for what follows and tell no occurrence apart: a relative one
("last week") and a day of no known year ("on March 3"), which only the judge compares (`DateValue.overlaps`)."""
YEARLESS = 4
"""The year a `MONTH_DAY` value's days are held in: a leap year, so the 29th of February is one, and before any year a
text dates, so nothing mistakes it for one."""


def source_id(path: str, text: str) -> str:
    """Content id of a source: sha256(path + text), 12 hex digits."""
    return hashlib.sha256((path + "\0" + text).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention normalised to a canonical key."""

    key: str
    """Canonical key, e.g. ``"mythos 5"`` or ``"us government"``; equal keys mean the same entity."""
    text: str
    """The surface form as written in the claim."""
    label: str
    """Coarse type: ``PRODUCT``, ``ORG``, ``GPE``, ``PERSON``, ``NORP``, ``GROUP``; ``THING`` a common noun subject a
    later "it" may mean (`checker.normalize`, never kept in the slots)."""
    stated_in: "Claim | None" = field(default=None, compare=False, repr=False)
    """When the claim inherited the mention ("these models"), the sentence that names it (a `Claim`
    without parse or slots); None when the claim's own text states it."""


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date or period as a closed interval of days."""

    start: dt.date
    """First day the expression can denote."""
    end: dt.date
    """Last day the expression can denote (inclusive)."""
    text: str
    """The expression as written (``"early May 2026"``, ``"Mid-2025"``)."""
    precision: str
    """``day``, ``month``, ``part-of-month``, ``quarter``, ``part-of-year``, ``year``, ``years``, ``century``, ``relative``, or
    `MONTH_DAY`: days of a month written without a year the run can know ("signed on March 3" in a document without a
    publication date), held in `YEARLESS` and compared by month and day with a date of any year (`overlaps`)."""
    event: str = ""
    """What the date is of: the frame (or, without one, the lemma) of the predicate it modifies (``die``,
    ``release``, ``win``); ``birth`` / ``die`` for the two ends of a life span "(1850–1921)"; ``""`` unknown."""
    holder: str = ""
    """Whose event it is: canonical key of the predicate's subject or the person a life span follows
    (``"victoria"``); ``""`` unknown. Two dates with different holders answer different questions."""
    background: bool = False
    """The date belongs to a noun or to a clause describing one ("musicals of the 1940s", "the 1940s actress",
    "Williams, who swam to stardom in the 1940s, died"), not to the claim's main action: it is not the time of
    what the claim reports, and the paragraph's later claims do not inherit it."""
    series: str = ""
    """The adverb placing the dated act in a series of like acts ("first" in "first hosted the Oscars in 2007",
    "again", "previously"; `Knowledge.series_words`), or ``"many"`` for a clause counting what there was ("In 2006,
    there were seven run-ins"); ``""`` for an act stated without one. Dates of different ``series`` are of
    different occurrences."""
    stated_in: "Claim | None" = field(default=None, compare=False, repr=False)
    """When the claim inherited the date (time context, "the refusal"), the sentence that states it
    (a `Claim` without parse or slots); None when the claim's own text states it."""

    def overlaps(self, other: "DateValue") -> bool:
        """True when both intervals share at least one day; days without a year (`MONTH_DAY`) share one with an
        interval of any year that holds that month and day ("March 3" and "2025", "March 3" and "March 1-5, 2025")."""
        if (self.precision == MONTH_DAY) == (other.precision == MONTH_DAY):
            return self.start <= other.end and other.start <= self.end
        days, span = (self, other) if self.precision == MONTH_DAY else (other, self)
        if span.end.year - span.start.year > 1:
            return True  # NOTE: every day of the year lies in a span this long
        return any(a <= span.end and span.start <= b for a, b in days.in_years(span.start.year, span.end.year))

    def in_years(self, first: int, last: int) -> "list[tuple[dt.date, dt.date]]":
        """The days of a `MONTH_DAY` value placed in each year from ``first`` to ``last`` (the 29th of February in
        a common year is its 28th); only its own interval for any other value."""
        if self.precision != MONTH_DAY:
            return [(self.start, self.end)]

        def placed(d: dt.date, year: int) -> dt.date:
            return d.replace(year=year) if calendar.isleap(year) or (d.month, d.day) != (2, 29) else d.replace(year=year, day=28)

        return [(placed(self.start, y), placed(self.end, y)) for y in range(first, last + 1)]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit and how it is bounded."""

    value: float
    """The number as written, scaled (``"14,000"`` -> 14000, ``"1.2 million"`` -> 1200000)."""
    unit: str
    """The counted noun or unit, lemmatised (``"people"``, ``"percent"``, ``"usd"``); ``""`` when unknown."""
    comparator: str
    """``=`` exact, ``~`` approximate, ``~<`` just below ("nearly 12", "almost a dozen"), ``<``, ``<=``, ``>``, ``>=``."""
    text: str
    """The expression as written."""
    event: str = ""
    """What the quantity is of: the frame (or lemma) of the word it attaches to ("costs $9.99" -> ``cost``,
    "a 40-foot statue" -> ``statue``); ``""`` unknown. See `DateValue.event`."""
    holder: str = ""
    """Whose it is: the subject's canonical key, or its noun phrase ("the Basic plan costs" -> ``basic plan``);
    ``""`` unknown. Two quantities with different holders answer different questions."""
    scope: tuple[str, ...] = ()
    """The part of an event or period the value is restricted to, read from the parse: lemmas of the time or
    part phrases attached to the value's noun or predicate ("68 punches thrown during the round" ->
    ``("round",)``, "86 arrests on Saturday" -> ``("saturday",)``); ``()`` none (the whole)."""
    place: tuple[str, ...] = ()
    """Where the value holds, read from the parse: named places and region words on its noun or predicate
    ("$181.7 million in North America" -> ``("north america",)``, "a worldwide total" -> ``("worldwide",)``)."""
    relation: str = ""
    """``""`` an amount; ``"difference"`` a gap between two values ("five rounds sooner than", "$5 more
    than"); ``"offset"`` a time since or until ("eight days ago", "three days later"); ``"position <place>"`` a
    distance from a place ("50 miles north of Lodi" -> ``"position lodi"``); ``"baseline"`` the value a change starts
    from or a figure is set against ("up from 10 seconds"); ``"window"`` a span something is counted in ("in his first 3
    games"); ``"condition"`` a bound that says which things the claim
    is about ("Uploads larger than 100 MB are split"). Only amounts of one relation answer one question."""
    high: float | None = None
    """The upper end of a range ("between 10 and 25 years", "10-25 years", "$1.7 billion to $1.8 billion"),
    scaled like ``value``, which is then the lower end; None for a single value."""
    running: bool = False
    """A running total stated as of its report's writing ("The Hawks have won 11 of their 13 games", "has scored 17
    goals this season", "the toll so far"): another report, written later or earlier, may count more or fewer."""
    stock: bool = False
    """What a holder has, said by a verb of having ("Norvik has 50,000 employees", "employs 4,000 people", "the fleet
    numbers 120 planes": `checker.normalize.holders.STOCK_VERBS`): what one act added or removed ("added 3,000 jobs")
    answers another question."""
    per: str = ""
    """What the value is a rate per, lemmatised: "$9.99 a month" -> ``month``, "$1.04 per diluted share" and "earnings
    per share of $6.90" -> ``share``, "$670/month" -> ``month``, "24 hours a day" -> ``day``; ``""`` none (an amount,
    or a unit that already carries it: "40 miles per hour"). Two rates per different things answer different
    questions; a value stating none stays comparable with either."""

    def interval(self) -> tuple[float, float]:
        """The values the expression admits, as a closed interval."""
        v = self.value
        if self.high is not None:
            return (v, self.high)
        if self.comparator == "~<":
            return (v * 0.9, v)
        if self.comparator == "~":
            return (v * 0.9, v * 1.1)
        if self.comparator in ("<", "<="):
            return (float("-inf"), v)
        if self.comparator in (">", ">="):
            return (v, float("inf"))
        return (v, v)


@dataclass(frozen=True, slots=True)
class Answer:
    """A name the claim states as the answer of a question (`checker.normalize.answers`), with the parts of the claim
    the entity judge (CC105) reads to tell which question: kept in the slots, since the parse is dropped."""

    mention: Mention
    """The name: a person, organisation or place the parser tagged, or a title it did not (label ``TITLE``)."""
    part: str = ""
    """Its part in the main predicate: ``agent``, ``patient``, ``copula`` (either side of "is" with a definite
    description), ``member`` (with an indefinite one), or ``""`` (a prepositional object, a modifier)."""
    venue: str = ""
    """For a place: the event it says *where* of, with the event's modifiers after bars ("games|2010|winter", "bear
    egerton"), else ``""``."""
    venue_said: str = ""
    """How the reason says that question ("the place of the games", "where Egerton was born")."""
    description: tuple[str, ...] = ()
    """Sorted lemmas of the one-of-a-kind description the claim equates the name with ("first", "prize", "win",
    "woman"), else empty."""
    description_said: str = ""
    """That description as written ("first woman to win the Nobel Prize")."""
    one_patient: bool = True
    """The main predicate's patient is one thing ("the telephone"), or there is none; not "14 points"."""
    relation: str = ""
    """For a name that answers a relation with one answer (`Knowledge.one_answer`), stated on the main predicate or off
    it (a relative clause, a participle, a role noun): the relation's subject, verb and preposition with the tense of
    a time-bound one, after bars ("dominic solanke|play for|present" in "Dominic Solanke ... is a footballer who plays
    for Liverpool", "got7|form by" in "Got7 is a band formed by YG Entertainment"); else ``""``."""
    relation_said: str = ""
    """How the reason says that relation ("what Dominic Solanke plays for")."""
    tense: str = ""
    """When the statement naming it holds, by the tense of the verb it hangs from: ``future`` ("Smith will lead the
    board", a claim that predicts), ``past`` ("Jones led the board"), ``present``; ``""`` without the parse."""
    act: str = ""
    """For a name said to have done an act with one doer (designed, built, developed, won ...: `Knowledge.one_answer`
    "by"), whatever the construction ("designed by X", "its architect, X", "X is the developer"): the verb and the
    lemmas of what it was done to after a bar, its modifiers before its head ("design|building", "design|north stand";
    "design|" when the claim leaves that to the story),
    else ``""`` (`checker.normalize.answers.doer_of`)."""
    act_said: str = ""
    """How the reason says that act ("said to design the building", "said to design it")."""
    argument: str = ""
    """For a name that fills one argument of a verb whose other arguments pin one answer (`checker.normalize.answers.
    argument_of`): the verb's lemma, the role (``subject``: of an active verb or after a passive's "by"; ``with``,
    ``in``, ...: the object of that preposition) and the keys of the verb's other arguments (its subject, its object),
    after bars ("sign|with|sancho|first senior contract|past" in "Sancho signed his first senior contract with Thurø
    BK"); else ``""``."""
    argument_said: str = ""
    """How the reason says that question ("what Sancho signed his first senior contract with")."""
    occasion: str = ""
    """Which occurrence of a recurring event the claim is about, when it says it is another than the one told: the
    time words of a possessive on the event noun its main predicate is about ("Last year's Starfall Championship was
    won by ...": ``last year``; `checker.normalize.answers.occasion_of`), the same for every answer of the claim;
    ``""`` for none or the current one ("this year's award")."""
    nouns: tuple[str, ...] = ()
    """Lemmas of the common nouns the claim says the name is: compounded on it or in apposition to it ("country singer
    Maddie Crowe": ``singer``; "its software supplier, Helixdesk": ``supplier``; "Brindle Cross, a hamlet"), or the other
    side of a copula (`checker.normalize.answers.said_of`); what kind of name it is, whatever the parser's label."""
    described: tuple[str, ...] = ()
    """The words, as written, that describe the name or the thing it answers for without being the question: the
    modifiers of its nouns ("country" of "country singer", "customer-service software" of "supplier"), and those of the
    noun it is the object of a preposition of, with that noun's name in apposition ("Silver Creek Motel, the new album
    from X": ``Silver Creek Motel``, ``new``); a run of adjacent words each (`checker.normalize.answers.said_of`)."""


@dataclass(frozen=True, slots=True)
class Slots:
    """Typed values found in a claim, the judge's raw material."""

    products: tuple[Mention, ...] = ()
    """Named products or models, with versions (``Claude 4``, ``GPT-5``)."""
    actors: tuple[Mention, ...] = ()
    """Organisations, governments and people taking part."""
    targets: tuple[Mention, ...] = ()
    """Who the action applies to (``Chinese research institutions``, ``all foreign nationals``)."""
    places: tuple[Mention, ...] = ()
    """Locations named in the claim."""
    dates: tuple[DateValue, ...] = ()
    """Dates and periods written in the claim itself."""
    context_dates: tuple[DateValue, ...] = ()
    """Dates inherited from the surrounding paragraph or the publication date."""
    quantities: tuple[Quantity, ...] = ()
    """Numbers with units."""
    frames: tuple[str, ...] = ()
    """Action types evoked, e.g. ``restrict``, ``grant``, ``kill`` (from the frame lexicon)."""
    negated: bool = False
    """True when the main predicate is negated."""
    lemmas: tuple[str, ...] = ()
    """Sorted distinct lemmas of the claim (kept when the parse is dropped to save memory)."""
    predicates: tuple[str, ...] = ()
    """Sorted lemmas of its verbs, adjectives and nouns: what a negation can apply to."""
    neg_heads: tuple[str, ...] = ()
    """Lemmas of the words a negation attaches to ("not win" -> ``win``)."""
    roles: tuple[tuple[str, str], ...] = ()
    """(role, lemma) of the main predicate: ``pred``, ``agent``, ``patient`` (``checker.normalize.roles``)."""
    sides: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    """Content lemmas under the main predicate's subject, and in the rest of its clause (``checker.normalize.roles``):
    "an Oscar winner can be nominated for a Tony" has ``oscar``, ``winner`` on one side, ``tony`` on the other."""
    neg_subjects: tuple[str, ...] = ()
    """Lemmas of the subjects of the negated words ("the studio said Bale will not star" -> ``bale``)."""
    poles: tuple[tuple[str, int, str, tuple[str, ...]], ...] | None = None
    """(scale, +1 or -1, the words, the names of who the words characterise) of each characterisation scale the
    claim takes, read with its parse (``checker.normalize.poles``); None when the claim was not parsed (the rules
    then read its text)."""
    answers: tuple[Answer, ...] | None = None
    """The names the claim states as answers, read with its parse (`checker.normalize.answers`); None when the claim was
    not parsed (the entity judge then reads what it can)."""
    contraries: tuple[tuple[str, str, bool, str], ...] = ()
    """(word, holder, negated, agent) of each word with an antonym said of one noun ("flexible payment options":
    ``flexible``, ``option``; "the company increased its dividend": ``increase``, ``dividend``, ``company``), read with
    its parse (`checker.normalize.contraries`); CC203 compares two claims' words of one holder."""
    outcomes: tuple[tuple[str, str], ...] = ()
    """(winner, loser) names of each contest the claim says was won ("Ruiz won the final, beating Petrova":
    ``Ruiz``, ``Petrova``), read with its parse (`checker.normalize.outcomes`); CC105 finds two claims reversing one."""

    def all_entities(self) -> tuple[Mention, ...]:
        """Products, actors, targets and places together."""
        return self.products + self.actors + self.targets + self.places


@dataclass(frozen=True, slots=True)
class Source:
    """One input document."""

    id: str
    """sha256(path + text)[:12]."""
    path: str
    """The path as given on the command line (or found under a given folder)."""
    text: str
    """The full text, decoded as UTF-8 with newlines normalised to ``\\n``."""
    title: str | None = None
    """The document's title, from the sidecar or the first heading-like line."""
    date: dt.date | None = None
    """Publication date, from the sidecar or a dateline in the text."""
    author: str | None = None
    """Author or outlet when stated."""


@dataclass(frozen=True, slots=True)
class Token:
    """A token as the parser saw it; plain data so no spaCy object leaves `checker.parse`."""

    text: str
    """Surface form."""
    lemma: str
    """Lower-cased lemma."""
    pos: str
    """Universal part of speech."""
    dep: str
    """Dependency label."""
    head: int
    """Index of the head token within the claim (itself for the root)."""
    ent: str
    """Entity label (``ORG``, ``DATE``...) or ``""``."""
    start: int
    """Character offset within the claim text."""


@dataclass(frozen=True, slots=True)
class Claim:
    """One atomic, checkable statement, pointing back into its source."""

    source_id: str
    """Id of the `Source` the claim comes from."""
    path: str
    """Path of that source, as given."""
    start: int
    """Character offset of the claim's first character in the source text."""
    end: int
    """Character offset one past the claim's last character."""
    line: int
    """1-based line of ``start``."""
    column: int
    """1-based column of ``start``."""
    end_line: int
    """1-based line of the last character."""
    text: str
    """The claim as found in the source (``source.text[start:end]``)."""
    context: str = ""
    """Decontextualised text: pronouns and definite descriptions resolved, time context attached."""
    attribution: str | None = None
    """Who asserts it when not the author (``"Stephen Casper"``, ``"the outlet (opinion)"``)."""
    modality: str = "fact"
    """``fact``, ``reported``, ``hedged``, ``opinion`` or ``prediction``."""
    slots: Slots = field(default_factory=Slots)
    """Typed values; filled by `checker.normalize`."""
    paragraph: int = 0
    """Index of the paragraph inside the source."""
    tokens: tuple[Token, ...] = ()
    """The parse of ``text``; empty for hand-built claims, which then get slots from patterns only."""
    stance: str = "asserted"
    """``asserted``, or ``denied`` for a claim the source embeds only to deny it: in "X denied reports
    that P", "P is a hoax", "no evidence that P", "X has no plans to P", the claim is P, denied by
    ``attribution`` (X; None: the author). ``refutes`` for a sentence that denies a claim it only points
    at ("the story is a hoax", "X denied the report", "this is false"): `checker.refer` resolves it to
    the claim of another source it points at (``refers_to``)."""
    refers_to: str = ""
    """For a ``refutes`` claim resolved by `checker.refer`: the id of the other source's claim it denies."""
    refers_score: float = 0.0
    """How near (cosine) that claim is to what the denial's document said where it denies it."""
    act: str = ""
    """For a ``denied`` or ``refutes`` claim, how its source takes the claim back: ``denies`` (also ""), ``doubts`` ("X
    questioned the story"), ``retracts`` (its own earlier claim: "the ministry withdrew its claim that P") or ``corrects``
    (a correction: "An earlier version of this article said P", "contrary to reports, ..."). Read from the cue by
    `checker.parse`; named in CC204's message."""
    said_on: str = ""
    """For a ``denied`` claim, when the denial was made, as its sentence writes it outside the denied clause ("On 1 June
    the ministry denied that P": ``1 June``); empty when the sentence dates no denial. An act the other source dates after
    it is no contradiction of it (CC204)."""

    @property
    def id(self) -> str:
        """``source_id:start-end``."""
        return f"{self.source_id}:{self.start}-{self.end}"

    @property
    def asks(self) -> bool:
        """The claim is a question ("Macaulay Culkin Dead?"): it asserts nothing, so nothing contradicts it."""
        return self.text.rstrip().endswith("?")

    def stating(self, values: "tuple[str, ...] | list[str]") -> "Claim":
        """The claim to cite for ``values`` (slot values as written): the sentence that states them.

        A value the claim inherited (a paragraph's date, "these models") is cited where it is written;
        when the values are the claim's own, or come from more than one sentence, the claim itself.
        """
        wanted = set(values)
        if not wanted:
            return self
        s = self.slots
        found: dict[str, set[str]] = {}
        for v in (*s.dates, *s.context_dates, *s.products, *s.actors, *s.targets):
            if v.text in wanted:
                found.setdefault(v.text, set()).add(v.stated_in.id if v.stated_in is not None else self.id)
        if set(found) != wanted or any(len(ids) != 1 for ids in found.values()):
            return self
        ids = {next(iter(i)) for i in found.values()}
        if len(ids) != 1 or ids == {self.id}:
            return self
        for v in (*s.dates, *s.context_dates, *s.products, *s.actors, *s.targets):
            if v.text in wanted and v.stated_in is not None:
                return v.stated_in
        return self


@dataclass(frozen=True, slots=True)
class Cluster:
    """Claims the matcher believes describe the same event."""

    id: int
    """Position of the cluster in the run's output, stable for the same input."""
    claims: tuple[Claim, ...]
    """Members, in source order."""
    label: str
    """Short human label: the dominant frame and entities (``"restrict · anthropic"``)."""
    links: tuple[tuple[Claim, Claim], ...] = ()
    """Cross-event judge candidates: (a member of this event, a claim of a later event from another
    document) that share a salient entity and answer one question. The judge compares them as it
    compares members; display and grouping stay by event (`checker.match.cross_candidates`)."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a judge concluded about one pair of claims."""

    code: str
    """Rule code, e.g. ``CC101``."""
    verdict: str
    """``contradiction``, ``scope-difference``, ``temporal-difference`` or ``opinion-difference``."""
    confidence: float
    """0..1."""
    slot: str
    """The slot in conflict (``product``, ``date``, ``target``, ``quantity``, ``polarity``)."""
    values: tuple[tuple[str, ...], tuple[str, ...]]
    """The conflicting values as written, for the first and the second claim."""
    reason: str
    """Why both cannot be true, in one sentence."""


@dataclass(frozen=True, slots=True)
class Finding:
    """A reported discrepancy between claims of different documents."""

    fingerprint: str
    """Identifies the conflict: rule, slot, verdict and normalised values (`checker.fingerprint`); 16 hex."""
    rule: str
    """Rule code (``CC101``)."""
    kind: str
    """The slot in conflict."""
    verdict: str
    """See `Verdict.verdict`."""
    severity: str
    """``error``, ``warning`` or ``info``."""
    confidence: float
    """0..1."""
    message: str
    """One-sentence explanation naming the slot and both values."""
    event: str
    """Label of the event cluster."""
    claims: tuple[Claim, ...]
    """The cited claims, from at least two documents."""
    values: tuple[tuple[str, ...], ...]
    """Per cited claim, its value(s) in the conflicting slot."""
    acknowledged: str | None = None
    """``confirmed`` / ``dismissed`` when a review decision applies; None when open."""
    sides: tuple[int, ...] = ()
    """Per cited claim, which side of the disagreement it is on (0, 1, ...); claims on one side were
    never judged in conflict with each other. Empty for hand-built findings."""
    compared: "tuple[Claim | None, ...]" = ()
    """Per cited claim, the claim the judge compared when it is not the one cited: a value the compared claim
    inherits ("She [Tan Shen] said ...") is cited where it is stated ("Tan Shen, 26, said ..."); None when
    the cited claim is the one compared. Empty when every cited claim was compared itself."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input, or a part of one (a table), that yielded nothing, and why."""

    path: str
    """The input path."""
    reason: str
    """One line (for a part of a document, it says which: "table at lines 4-9 not read: ...")."""
    code: str = "CC906"
    """Reason code (`checker.errors.Skips`): ``CC901`` unreadable ... ``CC906`` no checkable claims, ``CC907`` a table
    not read."""


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a reporter needs."""

    sources: tuple[Source, ...]
    """The documents read."""
    claim_counts: tuple[int, ...]
    """Claims per source, aligned with ``sources``."""
    clusters: tuple[Cluster, ...]
    """Events with claims from at least one source."""
    findings: tuple[Finding, ...]
    """Open findings, most severe first."""
    acknowledged: tuple[Finding, ...] = ()
    """Findings a review decision covers."""
    stale: tuple[str, ...] = ()
    """Review fingerprints with no matching finding."""
    skipped: tuple[Skipped, ...] = ()
    """Inputs that produced nothing."""
    links: tuple[tuple[Claim, Claim], ...] = ()
    """Every cross-event judge candidate pair (`Cluster.links` of all events, singletons included)."""

    @property
    def claims(self) -> int:
        """Total claims."""
        return sum(self.claim_counts)
