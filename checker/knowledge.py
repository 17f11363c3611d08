"""Knowledge: aliases, part-of facts, nationalities, frames, antonyms and poles; loaded once, looked up by every stage.

The lowest floor of the package: it imports only `checker.errors` and the data files in `checker/data/`.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from checker.errors import ConfigError, Errors

__all__ = ["LIGHT_FRAMES", "Knowledge", "clean_key", "load_knowledge", "noun_kinds", "person_nouns", "act_nouns", "same_product", "succession_verbs", "verb_synonyms", "agent_nouns", "sighting_verbs", "verdict_verbs", "contest_nouns", "contest_verbs", "contest_places", "verb_antonyms", "deverbal_verbs", "doer_nouns", "light_verb_acts"]

logger = logging.getLogger(__name__)

LIGHT_FRAMES = frozenset({"demand", "announce"})
"""Frames too generic to identify an event on their own ("require", "confirm")."""


@dataclass(frozen=True)
class Knowledge:
    """Aliases, part-of facts, nationalities, frames and antonyms, built in and user-extended."""

    alias_to_key: dict[str, str]
    """Lower-cased alias -> canonical key."""
    part_of: dict[str, str]
    """Key -> the key it is part of (one parent)."""
    nationalities: dict[str, str]
    """Nationality adjective -> country key."""
    frames: dict[str, frozenset[str]]
    """Lemma -> frames it evokes."""
    opposites: frozenset[frozenset[str]]
    """Pairs of opposite frames."""
    antonyms: frozenset[frozenset[str]]
    """Pairs of antonymous lemmas: the hand list of ``frames.yaml`` and WordNet's adjectives (``antonyms.tsv``)."""
    poles: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    """Scale name -> (words of the + pole, words of the - pole), e.g. voluntary vs mandatory."""
    qualifiers: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Lower-cased qualifier phrase -> (measurement axis, value), e.g. "non-gaap" -> ("basis", "adjusted")."""
    qualifier_defaults: dict[str, str] = field(default_factory=dict)
    """Measurement axis -> the value an answer naming none of the axis takes (the value listing the empty
    phrase ``""``), e.g. "modality" -> "measured": an unmarked figure is what was measured, not a forecast."""
    number_labels: frozenset[str] = frozenset()
    """Lower-cased words that label or measure a number, never a product name before it ("Interstate 75")."""
    measure_labels: frozenset[str] = frozenset()
    """The number labels that rate on a scale ("magnitude", "category"): the number after one has the label as its unit."""
    change_frames: frozenset[str] = frozenset()
    """Frames of a change in amount ("increase", "decrease"): a percentage with one is the size of its subject's change."""
    result_words: frozenset[str] = frozenset()
    """Word forms of a contest's, a vote's or a court's result ("beat", "voted", "ruling"): a score near one is that result."""
    place_words: dict[str, str] = field(default_factory=dict)
    """Lemma -> the place it names ("worldwide" and "globally" -> ``world``, "overseas" -> ``abroad``), besides named places
    (`checker.normalize.holders.value_place`): "$268.3 million in other territories" is not the North American figure."""
    part_nouns: frozenset[str] = frozenset()
    """Lemmas naming a part of an event or a time within it ("round", "half", "saturday", "night"): a value
    stated "in the round" or "on Saturday" counts a part, not the whole (`checker.normalize.holders.value_scope`)."""
    titles: frozenset[str] = frozenset()
    """Lower-cased titles, ranks and honorifics before a name ("lt", "lieutenant", "mr"): a sentence does not end
    at an abbreviated one before a name (`checker.parse`), and a title alone answers no question (CC105)."""
    remainder_words: frozenset[str] = frozenset()
    """Lemmas that make a count a remainder or an increment when they modify the counted noun ("three other
    rifles", "three further explosions"): a part, not the whole (`checker.normalize.holders.value_scope`)."""
    series_words: frozenset[str] = frozenset()
    """Adverbs that place an act in a series of like acts ("first hosted the Oscars in 2007", "again"): its date is
    of that occurrence (`DateValue.series`), not of the act as another claim reports it (CC102)."""
    venue_verbs: frozenset[str] = frozenset()
    """Lemmas of verbs of holding an event or of its taking place (``host``, ``hold``, ``take place``): the place a
    claim names with one ("held in Vancouver", "Montreal hosted") is where the event was (CC105)."""
    once_verbs: frozenset[str] = frozenset()
    """Lemmas of acts a person does once (``bear`` as in "was born", ``die``): the place a claim names with one is
    where that person did it (CC105)."""
    work_nouns: frozenset[str] = frozenset()
    """Nouns of a work that comes out once (``film``, ``album``, ``novel``): a year modifying one ("a 2004 film") is the
    named work's release (`checker.normalize.dates.date_roles`, CC102)."""
    one_answer: dict[str, frozenset[str]] = field(default_factory=dict)
    """Preposition -> lemmas of verbs whose answer it introduces in a relation with one answer for one subject
    ("in": ``bear``, ``found``; "by": ``own``, ``direct``; "for": ``play``): two names answering one such relation of
    one subject conflict (CC105, `checker.normalize.answers`)."""
    region_words: frozenset[str] = frozenset()
    """Words that make a place a part of the place they precede: "northern california" lies inside ``california``."""
    places: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Named place -> the named places it is part of, from WordNet (``places.tsv``, `train.places`) and GeoNames
    (``gazetteer.tsv.gz``, `train.gazetteer`): "geneva" -> ``switzerland``, "vancouver" -> ``british columbia`` and
    ``washington``, "butte county" -> ``california``; wholes under their canonical keys. `load_knowledge` gives a
    `NamedPlaces`, read from the tables when a place is first asked about."""
    home: str = ""
    """Country key the texts are written from (``home:`` in a knowledge file); "foreign" excludes it and
    a government body named without a country ("the Commerce Department") belongs to it. ``""``: unknown."""
    _alias_re: re.Pattern[str] | None = field(default=None, repr=False)
    _parents: dict[str, str | None] = field(default_factory=dict, init=False, repr=False, compare=False)
    """`parent` of every key asked so far (the tables above never change once built; not an init
    field, so `dataclasses.replace` with other tables starts an empty one)."""
    _countries: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    _wholes_of: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _antonym_index: dict[str, frozenset[str]] | None = field(default=None, init=False, repr=False, compare=False)

    def antonyms_of(self, lemma: str) -> frozenset[str]:
        """The lemmas `antonyms` pairs with ``lemma``."""
        if self._antonym_index is None:
            index: dict[str, set[str]] = {}
            for pair in self.antonyms:
                x, y = tuple(pair)
                index.setdefault(x, set()).add(y)
                index.setdefault(y, set()).add(x)
            object.__setattr__(self, "_antonym_index", {k: frozenset(v) for k, v in index.items()})
        return self._antonym_index.get(lemma, frozenset())  # type: ignore[union-attr]

    def canonical(self, text: str) -> str:
        """Canonical key of a mention: alias lookup, else a government body under its country, else the
        cleaned lower-case text."""
        t = clean_key(text)
        if t in self.alias_to_key:
            return self.alias_to_key[t]
        return self._body_key(t) or t

    def countries(self) -> frozenset[str]:
        """Keys that are countries: those the nationality adjectives denote, and the home country."""
        if self._countries is None:
            object.__setattr__(self, "_countries", frozenset(self.nationalities.values()) | ({self.home} if self.home else frozenset()))
        return self._countries  # type: ignore[return-value]

    def parent(self, key: str) -> str | None:
        """The key ``key`` is part of: the part-of table, else a government body's government."""
        # NOTE: memoised: the matcher and the judge ask millions of times about a few thousand keys
        # (ECB+: 8.8M calls, each trying every country as a prefix).
        try:
            return self._parents[key]
        except KeyError:
            pass
        up = self.part_of.get(key)
        if up is None:
            for country in self.countries():
                if key.startswith(country + " ") and _BODY.fullmatch(key[len(country) + 1 :]):
                    govs = [k for k, v in self.part_of.items() if v == country and k.endswith("government")]
                    up = govs[0] if govs else country
                    break
        self._parents[key] = up
        return up

    def ancestors(self, key: str) -> tuple[str, ...]:
        """The key and everything it is part of, nearest first."""
        out = [key]
        seen = {key}
        while (up := self.parent(key)) is not None and up not in seen:
            key = up
            seen.add(key)
            out.append(key)
        return tuple(out)

    def inside(self, a: str, b: str) -> bool:
        """True when places ``a`` and ``b`` are one place, or one lies inside the other (`places`, then `part_of`, and
        `region_words`): a city and its country, a city and its province ("Vancouver" / "Canada"), a region and the
        place it is part of ("northern California" / "California")."""
        if a == b:
            return bool(a)
        if b in self._wholes(a) or a in self._wholes(b):
            return True
        # NOTE: a region of a place ("northern california") may hold any place inside that place ("butte county");
        # two regions of one place ("northern" / "southern california") are two places
        ra, rb = self._region(a), self._region(b)
        return bool(ra) != bool(rb) and (ra in self._wholes(b) if ra else rb in self._wholes(a))

    def _region(self, key: str) -> str:
        """The place a region of it is named after ("northern california" -> ``california``, by `region_words`); ``""``
        for any other key, and for a place with a name of its own ("west virginia")."""
        first, _, rest = key.partition(" ")
        return rest if rest and first in self.region_words and key not in self.places and self.parent(key) is None else ""

    def _wholes(self, key: str) -> frozenset[str]:
        """Every place ``key`` lies inside, by `places` and `part_of`, at any depth."""
        hit = self._wholes_of.get(key)
        if hit is not None:
            return hit
        out: set[str] = set()
        todo = [key]
        while todo:
            k = todo.pop()
            region = self._region(k)  # NOTE: "northern california" lies in california; "west virginia" not in virginia
            for up in (*self.places.get(k, ()), *self.ancestors(k)[1:], *((region,) if region else ())):
                if up not in out:
                    out.add(up)
                    todo.append(up)
        hit = self._wholes_of[key] = frozenset(out)
        return hit

    def related(self, a: str, b: str) -> bool:
        """True when a and b are the same entity or one is part of the other."""
        if a == b:
            return False if not a else True
        # NOTE: only keys with a part-of parent can be related to another key.
        if self.parent(a) is None and self.parent(b) is None:
            return False
        return b in self.ancestors(a) or a in self.ancestors(b)

    def _body_key(self, t: str) -> str | None:
        """``<country> <body>`` for a government body ("U.S. Commerce Department" -> ``us department of commerce``)."""
        words = t.split()
        country, rest = "", t
        for n in range(min(4, len(words) - 1), 0, -1):
            head = clean_key(" ".join(words[:n]))  # NOTE: "u.s.", "china's"
            key = self.alias_to_key.get(head) or self.nationalities.get(head)
            if key in self.countries():
                country, rest = key, " ".join(words[n:])
                break
        m = _BODY.fullmatch(rest)
        if m is None:
            return None
        country = country or self.home
        # NOTE: "commerce department" and "department of commerce" are one body.
        body = f"{m['kind']} of {m['field']}" if m["field"] else rest
        return f"{country} {body}" if country else body

    def is_body(self, key: str) -> bool:
        """True when the key names a government body, with or without its country."""
        country = next((c for c in self.countries() if key.startswith(c + " ")), "")
        return bool(_BODY.fullmatch(key[len(country) + 1 :] if country else key))

    def frames_of(self, lemma: str) -> frozenset[str]:
        """Frames a lemma evokes; empty when the lexicon does not know it."""
        return self.frames.get(lemma, frozenset())

    def alias_regex(self) -> re.Pattern[str]:
        """One regex matching any alias as a whole phrase, longest first."""
        if self._alias_re is None:
            names = sorted(self.alias_to_key, key=len, reverse=True)
            pat = re.compile(r"(?<![\w.])(?:the\s+)?(" + "|".join(re.escape(n) for n in names) + r")(?![\w])", re.I)
            object.__setattr__(self, "_alias_re", pat)
        return self._alias_re  # type: ignore[return-value]


_BODY = re.compile(
    r"(?:(?P<field>[a-z][a-z' -]*?) (?P<kind>department|ministry|bureau|agency|office|commission|administration))"
    r"|(?:(?:department|ministry|bureau|agency|office|commission|administration|secretary|directorate) of (?:(?!the\b)[a-z'&-]+)(?: (?!the\b)[a-z'&-]+){0,3})"
    r"|(?:(?:federal |national |state )?(?:congress|parliament|senate|treasury|cabinet|police|army|navy|air force|military|"
    r"armed forces|supreme court|high court|central bank|customs|border police|intelligence service))"
)
"""Government bodies by their common nouns; with a country (or the home country) they are part of its government."""


def clean_key(text: str) -> str:
    """A mention as a lookup key: lower case, no possessive, no leading article, single spaces."""
    t = text.strip().lower().replace("’", "'")
    t = re.sub(r"'s$", "", t)
    t = re.sub(r"^(the|a|an)\s+", "", t)
    return re.sub(r"\s+", " ", t).strip(" .,;:")


def same_product(p: str, q: str) -> bool:
    """True when two product keys denote the same product; ``mythos *`` (the family) matches any version."""
    if p == q:
        return True
    # NOTE: "mythos *" is the family: a bare "Mythos" when the corpus names several versions.
    if p.endswith(" *"):
        return q.split(" ")[0] == p[:-2]
    if q.endswith(" *"):
        return p.split(" ")[0] == q[:-2]
    return False


def _read_yaml(path: Path | str, text: str | None = None, frames: bool = False) -> dict:
    """An alias (or frames) file checked by its schema in `checker.settings`; [E012] names ``file:line``."""
    from checker.settings import AliasFile, FramesFile, SchemaError, load_knowledge_file

    try:
        return load_knowledge_file(FramesFile if frames else AliasFile, path, text).model_dump()
    except SchemaError as exc:
        raise ConfigError(Errors.E012.format(path=exc.where, reason=exc.reason)) from None


@functools.lru_cache(maxsize=1)
def _builtin_data() -> tuple[dict, dict]:
    """The built-in alias and frames files, validated once per process (read-only: never mutate them)."""
    pkg = resources.files("checker") / "data"
    base = _read_yaml("checker/data/aliases.yaml", (pkg / "aliases.yaml").read_text("utf-8"))
    frames_data = _read_yaml("checker/data/frames.yaml", (pkg / "frames.yaml").read_text("utf-8"), frames=True)
    return base, frames_data


@functools.lru_cache(maxsize=1)
def _wordnet_antonyms() -> frozenset[frozenset[str]]:
    """WordNet's direct antonyms of adjectives (``checker/data/antonyms.tsv``, built by ``python -m train.antonyms``)."""
    text = (resources.files("checker") / "data" / "antonyms.tsv").read_text("utf-8")
    return frozenset(frozenset(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def noun_kinds() -> dict[str, str]:
    """Common noun -> the kind of its first WordNet sense: ``person``, ``group``, ``location`` or ``artifact``
    (``checker/data/nouns.tsv``, built by ``python -m train.nouns``); other nouns are not listed."""
    text = (resources.files("checker") / "data" / "nouns.tsv").read_text("utf-8")
    return dict(tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#"))  # type: ignore[misc]


@functools.lru_cache(maxsize=1)
def act_nouns() -> frozenset[str]:
    """Common nouns whose first WordNet sense is an act or an event ("arrest", "evacuation", "damage"; not "reason",
    "need", "casualty"): ``checker/data/act_nouns.tsv``, built by ``python -m train.act_nouns``."""
    return _words("act_nouns.tsv")


@functools.lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns whose first WordNet sense is a person ("executive", "chairman", "ceo"; `noun_kinds`): a role written
    bare ("became chief executive") is one of them."""
    return frozenset(noun for noun, kind in noun_kinds().items() if kind == "person")


def _words(name: str) -> frozenset[str]:
    """The words of the first column of a table of ``checker/data`` (one row a word, other columns ignored)."""
    text = (resources.files("checker") / "data" / name).read_text("utf-8")
    return frozenset(line.split("\t", 1)[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _index(name: str, both_ways: bool = False) -> dict[str, frozenset[str]]:
    """Word of the first column -> the words a two-column table of ``checker/data`` pairs it with (``both_ways``: and
    the second column's words -> the first's)."""
    text = (resources.files("checker") / "data" / name).read_text("utf-8")
    index: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            a, b = line.split("\t")
            index.setdefault(a, set()).add(b)
            if both_ways:
                index.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in index.items()}


def _mapping(name: str) -> dict[str, str]:
    """First column -> second of a two-column table of ``checker/data`` (one row a word)."""
    text = (resources.files("checker") / "data" / name).read_text("utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))  # type: ignore[misc]


def _symmetric_pairs(name: str) -> dict[str, frozenset[str]]:
    """Word -> the words a two-column table of ``checker/data`` pairs it with, either way round."""
    return _index(name, both_ways=True)


@functools.lru_cache(maxsize=1)
def verb_synonyms() -> dict[str, frozenset[str]]:
    """Verb -> the verbs naming one act with it in their common senses ("resign" -> ``quit``, ``vacate``;
    ``checker/data/verb_synonyms.tsv``, built by ``python -m train.verbs``)."""
    return _symmetric_pairs("verb_synonyms.tsv")


@functools.lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """Lemmas the shipped WordNet tables know as verbs: those with a synonym (`verb_synonyms`) or a noun of their act
    (`deverbal_verbs`). "platinum" of "seven times platinum" is none: no act of its own."""
    return frozenset(verb_synonyms()) | frozenset(v for verbs in deverbal_verbs().values() for v in verbs)


@functools.lru_cache(maxsize=1)
def phrasal_verbs() -> dict[str, frozenset[str]]:
    """Phrasal verb -> the one-word verbs naming the act it entails ("sail through" -> ``pass``, ``ace``; "call off" ->
    ``cancel``; ``checker/data/phrasal_verbs.tsv``, built from WordNet by ``python -m train.phrasal``)."""
    return _index("phrasal_verbs.tsv")


@functools.lru_cache(maxsize=1)
def light_verb_acts() -> dict[str, frozenset[str]]:
    """A light verb with its words -> the one-word verbs naming the act the phrase names ("take into custody" ->
    ``arrest``, "give up" -> ``abandon``, ``forfeit``; ``checker/data/light_verbs.tsv``, built from WordNet by ``python -m
    train.light_verbs``)."""
    return _index("light_verbs.tsv")


@functools.lru_cache(maxsize=1)
def succession_verbs() -> frozenset[str]:
    """Verbs of taking another's place ("succeed", "replace", "oust"; ``checker/data/succession_verbs.tsv``, built by
    ``python -m train.successions``): "X will succeed Y as chief executive" gives the role to X, not to Y."""
    return _words("succession_verbs.tsv")


@functools.lru_cache(maxsize=1)
def control_verbs() -> frozenset[str]:
    """Verbs whose object does the act of an infinitive after it ("allowed Ruiz to win", "helped Ruiz to win";
    ``checker/data/control_verbs.tsv``, built from WordNet by ``python -m train.contests``)."""
    return _words("control_verbs.tsv")


@functools.lru_cache(maxsize=1)
def getting_verbs() -> frozenset[str]:
    """Verbs of coming into the possession of something ("take", "secure", "capture"; ``checker/data/getting_verbs.tsv``,
    built from WordNet by ``python -m train.contests``): said of a contest's title, who won it."""
    return _words("getting_verbs.tsv")


@functools.lru_cache(maxsize=1)
def structure_nouns() -> frozenset[str]:
    """Nouns of a structure built in one place (a shop, a factory, a bridge; ``checker/data/structure_nouns.tsv``, built
    from WordNet by ``python -m train.structures``)."""
    return _words("structure_nouns.tsv")


@functools.lru_cache(maxsize=1)
def agent_nouns() -> dict[str, str]:
    """Noun of the one who does an act with one doer -> the act's verb ("architect" -> ``design``, "developer" ->
    ``develop``, "winner" -> ``win``; ``checker/data/agent_nouns.tsv``, built from WordNet by ``python -m
    train.agents`` for the verbs of ``one_answer: by`` in ``frames.yaml``)."""
    text = (resources.files("checker") / "data" / "agent_nouns.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            noun, verb = line.split("\t")
            out.setdefault(noun, verb)  # NOTE: "constructor" builds and constructs: the first, by name, stands
    return out


@functools.lru_cache(maxsize=1)
def doer_nouns() -> dict[str, frozenset[str]]:
    """A person's noun written from a verb -> the verbs ("buyer" -> ``buy``, "organiser" -> ``organize``; any verb,
    `agent_nouns` being those of the acts with one doer; ``checker/data/doer_nouns.tsv``, built from WordNet by ``python
    -m train.doers``)."""
    return _index("doer_nouns.tsv")


@functools.lru_cache(maxsize=1)
def sighting_verbs() -> dict[str, str]:
    """Verb of catching sight of something -> the act with one doer it is when done first ("spot" -> ``discover``: "first
    spotted by Tom Reyes" says who discovered it; ``checker/data/sighting_verbs.tsv``, built from WordNet by ``python -m
    train.sightings``)."""
    return _mapping("sighting_verbs.tsv")


@functools.lru_cache(maxsize=1)
def verdict_verbs() -> dict[str, str]:
    """Verb that declares its object to be what an adjective says -> that adjective ("convict" -> ``guilty``, "clear" and
    "acquit" -> ``innocent``, "disqualify" -> ``unfit``; ``checker/data/verdict_verbs.tsv``, built from WordNet's glosses by
    ``python -m train.verdicts``)."""
    return _mapping("verdict_verbs.tsv")


@functools.lru_cache(maxsize=1)
def contest_verbs() -> dict[str, str]:
    """Verb (with its particle: "beat out") -> how its arguments say who won a contest: ``beats`` ("Ruiz defeated
    Petrova"), ``wins`` ("won against", "triumphed over"), ``loses`` ("lost to"); ``checker/data/contest_verbs.tsv``,
    built from WordNet by ``python -m train.contests``."""
    return _mapping("contest_verbs.tsv")


@functools.lru_cache(maxsize=1)
def contest_places() -> dict[str, str]:
    """Noun -> the place its contestant finished in ("champion" -> ``1``, "runner up" -> ``2``), or ``contest`` for a
    contest with a winner among many, or its title, whose winner finishes first ("championship", "race", "title");
    ``checker/data/contest_places.tsv``, built from WordNet by ``python -m train.contests``."""
    return _mapping("contest_places.tsv")


@functools.lru_cache(maxsize=1)
def verb_antonyms() -> dict[str, frozenset[str]]:
    """Verb -> the verbs of the other outcome of one act ("acquit" -> ``convict``, "approve" -> ``disapprove``;
    ``checker/data/verb_antonyms.tsv``, built from WordNet by ``python -m train.contraries``)."""
    return _symmetric_pairs("verb_antonyms.tsv")


@functools.lru_cache(maxsize=1)
def deverbal_verbs() -> dict[str, frozenset[str]]:
    """Noun of an act -> the verbs of that act ("agreement" -> ``agree``, "arrest" -> ``arrest``, "decision" ->
    ``decide``; ``checker/data/deverbal_nouns.tsv``, built from WordNet by ``python -m train.deverbal``)."""
    return _index("deverbal_nouns.tsv")


@functools.lru_cache(maxsize=1)
def contest_nouns() -> dict[str, str]:
    """Noun of a contest's outcome -> its side, as `contest_verbs`: ``wins`` ("victory", "win"), ``beats`` ("rout",
    "thrashing"), ``loses`` ("defeat"); ``checker/data/contest_nouns.tsv``, built from WordNet by ``python -m
    train.contests``."""
    return _mapping("contest_nouns.tsv")


@functools.lru_cache(maxsize=1)
def _named_places() -> tuple[tuple[str, str], ...]:
    """(part, whole) names of named places: WordNet's (``checker/data/places.tsv``, built by ``python -m train.places``)
    and GeoNames' towns, US counties and states (``checker/data/gazetteer.tsv.gz``, built by ``python -m train.gazetteer``)."""
    import gzip

    data = resources.files("checker") / "data"
    text = (data / "places.tsv").read_text("utf-8") + gzip.decompress((data / "gazetteer.tsv.gz").read_bytes()).decode("utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#"))  # type: ignore[misc]


class NamedPlaces(Mapping):
    """`Knowledge.places` of `load_knowledge`: named place -> the named places it is part of, built from `_named_places`
    under the alias table's keys on first use (a run whose claims ask about no place, e.g. the parse, never reads the
    35,000 pairs: 0.1 CPU s)."""

    __slots__ = ("_alias_to_key", "_data")

    def __init__(self, alias_to_key: Mapping[str, str]) -> None:
        self._alias_to_key = alias_to_key
        self._data: dict[str, frozenset[str]] | None = None

    def loaded(self) -> dict[str, frozenset[str]]:
        """The table itself (read now if it was not yet)."""
        if self._data is None:
            keys = self._alias_to_key
            places: dict[str, set[str]] = {}
            for part, whole in _named_places():
                places.setdefault(keys.get(part, part), set()).add(keys.get(whole, whole))
            self._data = {k: frozenset(v) for k, v in places.items()}
        return self._data

    def __getitem__(self, key: str) -> frozenset[str]:
        return self.loaded()[key]

    def __contains__(self, key: object) -> bool:
        return key in self.loaded()

    def get(self, key: str, default=None):  # noqa: ANN001, ANN201
        return self.loaded().get(key, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self.loaded())

    def __len__(self) -> int:
        return len(self.loaded())

    def __repr__(self) -> str:
        return "NamedPlaces(loaded)" if self._data is not None else "NamedPlaces(not yet read)"


def load_knowledge(user_files: tuple[str, ...] = ()) -> Knowledge:
    """Built-in knowledge plus the user's alias files (later files win); one object per process for equal arguments.

    NOTE: ``load_knowledge()`` and ``load_knowledge(())`` are one call: an lru cache keyed by the arguments as written
    built the tables twice in every run (the pipeline passes the settings' alias files, every other stage none)."""
    return _load_knowledge(tuple(user_files))



@functools.lru_cache(maxsize=8)
def _load_knowledge(user_files: tuple[str, ...]) -> Knowledge:
    base, frames_data = _builtin_data()
    alias_to_key: dict[str, str] = {}
    part_of: dict[str, str] = {}
    nationalities: dict[str, str] = {}
    home = ""
    for data, path in [(base, None)] + [(_read_yaml(Path(p)), p) for p in user_files]:
        ents = data.get("entities") or {}
        if not isinstance(ents, dict):
            raise ConfigError(Errors.E012.format(path=path, reason="'entities' must map a key to {aliases: [...]}"))
        for key, spec in ents.items():
            aliases = (spec or {}).get("aliases", []) if isinstance(spec, dict) else spec
            if not isinstance(aliases, list):
                raise ConfigError(Errors.E012.format(path=path, reason=f"aliases of {key!r} must be a list"))
            k = clean_key(str(key))
            alias_to_key[k] = k
            for a in aliases:
                alias_to_key[clean_key(str(a))] = k
        po = data.get("part_of") or {}
        if not isinstance(po, dict):
            raise ConfigError(Errors.E012.format(path=path, reason="'part_of' must map a key to its whole"))
        part_of.update({clean_key(str(k)): clean_key(str(v)) for k, v in po.items()})
        nationalities.update({str(k).lower(): clean_key(str(v)) for k, v in (data.get("nationalities") or {}).items()})
        if data.get("home") is not None:
            if not isinstance(data["home"], str):
                raise ConfigError(Errors.E012.format(path=path, reason="'home' must be a country key"))
            home = clean_key(data["home"])
    frames: dict[str, set[str]] = {}
    for frame, lemmas in frames_data["frames"].items():
        for lem in lemmas:
            frames.setdefault(lem, set()).add(frame)
    return Knowledge(
        alias_to_key=alias_to_key,
        part_of=part_of,
        nationalities=nationalities,
        frames={k: frozenset(v) for k, v in frames.items()},
        opposites=frozenset(frozenset(p) for p in frames_data.get("opposites", [])),
        antonyms=frozenset(frozenset(p) for p in frames_data.get("antonyms", [])) | _wordnet_antonyms(),
        poles={name: (tuple(pair[0]), tuple(pair[1])) for name, pair in (frames_data.get("poles") or {}).items()},
        qualifiers={p.lower(): (axis, value) for axis, values in (frames_data.get("qualifiers") or {}).items()
                    for value, phrases in values.items() for p in phrases if p.strip()},
        qualifier_defaults={axis: value for axis, values in (frames_data.get("qualifiers") or {}).items()
                            for value, phrases in values.items() if any(not p.strip() for p in phrases)},
        number_labels=frozenset(w.lower() for w in frames_data.get("number_labels") or ()),
        measure_labels=frozenset(w.lower() for w in frames_data.get("measure_labels") or ()),
        change_frames=frozenset(frames_data.get("change_frames") or ()),
        result_words=frozenset(w.lower() for w in frames_data.get("result_words") or ()),
        part_nouns=frozenset(w.lower() for w in frames_data.get("part_nouns") or ()),
        titles=frozenset(w.lower() for w in frames_data.get("titles") or ()),
        remainder_words=frozenset(w.lower() for w in frames_data.get("remainder_words") or ()),
        series_words=frozenset(w.lower() for w in frames_data.get("series_words") or ()),
        place_words={w.lower(): place for place, words in (frames_data.get("place_words") or {}).items() for w in words},
        region_words=frozenset(w.lower() for w in frames_data.get("region_words") or ()),
        places=NamedPlaces(alias_to_key),
        venue_verbs=frozenset(w.lower() for w in frames_data.get("venue_verbs") or ()),
        once_verbs=frozenset(w.lower() for w in frames_data.get("once_verbs") or ()),
        work_nouns=frozenset(w.lower() for w in frames_data.get("work_nouns") or ()),
        one_answer={p.lower(): frozenset(w.lower() for w in ws) for p, ws in (frames_data.get("one_answer") or {}).items()},
        home=alias_to_key.get(home, home),
    )


# NOTE: what tests and callers cleared before the key was made canonical
load_knowledge.cache_clear = _load_knowledge.cache_clear  # type: ignore[attr-defined]
