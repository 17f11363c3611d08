"""Entity extractors: products with versions, actors, places, target groups with scopes, frames.

The knowledge they look up (aliases, part-of, frames) lives in `checker.knowledge`.
"""

from __future__ import annotations

import calendar
import functools
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from checker.knowledge import LIGHT_FRAMES, Knowledge, clean_key, load_knowledge, same_product
from checker.models import Mention, Token

__all__ = ["CALENDAR_WORDS", "ProductLexicon", "find_products", "find_actors", "find_targets", "find_places", "find_frames",
           # NOTE: knowledge moved to `checker.knowledge`; re-exported until every importer moves.
           "LIGHT_FRAMES", "Knowledge", "load_knowledge", "same_product"]

logger = logging.getLogger(__name__)

CALENDAR_WORDS = frozenset(
    n.lower() for n in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr) if n
) | {"sept"}
"""Month and weekday names and their abbreviations, lower case: capitalised words that name no one."""


@functools.lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that never name a product before a number: calendar words ("May 12", "Friday 13") and the
    knowledge's number labels ("Section 3", "Interstate 75": `Knowledge.number_labels`)."""
    return CALENDAR_WORDS | load_knowledge().number_labels


_PRODUCT = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][A-Za-z]*[A-Za-z](?:\.[a-z]+)?)(?:[ -]v?|-?)"
    r"(?P<ver>\d{1,3}(?:\.\d{1,2})?(?:\.\d{1,3})?(?:[a-z]{1,2})?)\b"
    r"(?![\d,.]*\d)(?!\s*[-–:/]\s*\d)(?![-–][A-Za-z])(?!\s*(?:%|percent|million|billion|people))"
)
"""A capitalised name and a version ("Claude 4", "Windows 8.1", "iPhone 4s", "Django 4.2.7"). Not a count or measure
("Philadelphia 76ers", "the Colts 27-yard line", "18-year-old"), a date ("2 / 3 / 2009"), a range or score."""

_PACKAGE = re.compile(
    r"(?<![\w.-])(?P<name>[a-z][a-z0-9_-]*[a-z])\s+v?(?P<ver>\d{1,3}\.\d{1,3}\.\d{1,3})\b(?![\d,.]*\d)(?![-–][A-Za-z])"
)
"""A name written in lower case before a version of three parts, as software packages are ("tidyparse 4.2.1",
"numpy 1.26.4"); a word of the language there is no name ("in 4.2.1", "version 4.3.0": `_not_names`, spaCy's stop
words)."""

_NAMELESS = re.compile(
    r"(?<![\w.-])(?:(?P<label>[Vv]ersion|[Rr]elease|v)\s*)?(?P<ver>\d{1,3}\.\d{1,3}(?:\.\d{1,3})?)\b"
    r"(?![\d,.]*\d)(?![-–][A-Za-z])(?!\s*[-–:/]\s*\d)"
)
"""A version written without its product: after "version" or "release" ("first shipped in version 4.3.0"), or of three
parts ("Fixed in 4.2.1"); `find_products` gives it the corpus's only versioned product (`ProductLexicon.only_base`)."""
_WORD = re.compile(r"[A-Za-z]+")
BARE_SHARE = 0.2
"""A name is read as a product when written without its version only if at least this share of its
capitalised mentions in the corpus carry a version (ECB+: "IE" 0.37 is a product family; "East" 0.06,
"Colts" 0.02, "BlackBerry" 0.05 are names that once stood before a number), and it is never written
in lower case (a common word: "new", "city", "district")."""


@dataclass
class ProductLexicon:
    """Versioned product names seen in the corpus, so "Mythos" can be read as "Mythos 5"."""

    versions: dict[str, set[str]] = field(default_factory=dict)
    """Lower-case base name -> canonical keys of the versions seen."""
    surface: dict[str, str] = field(default_factory=dict)
    """Lower-case base name -> the base as written (capitalised)."""
    versioned: Counter = field(default_factory=Counter)
    """Lower-case base name -> mentions with a version."""
    capitalised: Counter = field(default_factory=Counter)
    """Lower-case word -> mentions written with a capital (versioned or not)."""
    lower: Counter = field(default_factory=Counter)
    """Word -> mentions written in lower case."""
    _pattern: "tuple[re.Pattern[str] | None] | None" = field(default=None, repr=False, compare=False)

    def add_text(self, text: str) -> None:
        """Record every versioned product name in ``text`` and how each word of it is written."""
        for name, ver, _, _ in _product_matches(text):
            base = name.lower()
            self.versions.setdefault(base, set()).add(product_key(name, ver))
            self.surface.setdefault(base, name)
            self.versioned[base] += 1
        for word in _WORD.findall(text):
            (self.capitalised if word[0].isupper() else self.lower)[word.lower()] += 1
        self._pattern = None

    def bare_names(self) -> list[str]:
        """The names read as products without a version: mostly written with one, never as a common word."""
        return sorted(
            name for base, name in self.surface.items()
            if not self.lower[base] and self.versioned[base] >= BARE_SHARE * self.capitalised[base]
        )

    def state(self) -> list:
        """What normalisation reads from the lexicon (JSON-able): a digest of it decides reuse."""
        return [sorted((base, sorted(vs), self.surface.get(base, "")) for base, vs in self.versions.items()), self.bare_names()]

    def bare_pattern(self) -> re.Pattern[str] | None:
        """Regex for base names written without a version (`bare_names`); built once per lexicon state."""
        if self._pattern is None:
            names = sorted(self.bare_names(), key=len, reverse=True)
            self._pattern = (
                re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-]|\s*\d|\s+(?:family|series|line)\b)")
                if names else None,
            )
        return self._pattern[0]

    def only_base(self) -> str | None:
        """The one product the corpus names with versions, as first written: a version written without a name is its
        ("Fixed in 4.2.1" in a corpus naming only "tidyparse 4.3.0"); None when the corpus names none or several."""
        return next(iter(self.surface.values())) if len(self.surface) == 1 else None

    def resolve(self, base: str) -> str:
        """Key of a bare name: the only version seen, else the family (``mythos *``)."""
        vs = self.versions.get(base.lower(), set())
        return next(iter(vs)) if len(vs) == 1 else f"{base.lower()} *"


_WHOLE_VERSION = re.compile(r"\.0$")


def product_key(name: str, ver: str) -> str:
    """The key of a named version: lower case, a whole version written with or without ".0" as one ("USB 3.0" and
    "USB 3" are ``usb 3``; "Windows 8.1" stays ``windows 8.1``)."""
    return name.lower() + " " + _WHOLE_VERSION.sub("", ver.lower())


def _product_matches(text: str) -> Iterable[tuple[str, str, int, int]]:
    yield from _named_matches(text)
    for m in _PACKAGE.finditer(text):
        if m["name"] not in _not_names() and m["name"] not in _stop_words():
            yield m["name"], m["ver"], m.start(), m.end()


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # NOTE: spaCy's list without loading a pipeline

    return frozenset(STOP_WORDS)


def _named_matches(text: str) -> Iterable[tuple[str, str, int, int]]:
    for m in _PRODUCT.finditer(text):
        name, ver = m["name"], m["ver"]
        if re.match(r"\s+[A-Z][a-z]+\s+\d{1,2}\b", text[m.end() :]) or re.search(r"\b\d{1,2}\s+$", text[: m.start()]):
            continue  # NOTE: "Brazil 2 Chile 1": a scoreline, two teams with their goals
        words = name.lower().replace("-", " ").split()
        not_names = _not_names()
        if any(w in not_names for w in words):
            # NOTE: "In 5", "May 12", "Section 3": the first word can be a preposition or month.
            if len(words) == 2 and words[0] in not_names and words[1] not in not_names:
                name = name.split(None, 1)[1] if " " in name else name.split("-", 1)[1]
            else:
                continue
        if ver.isdigit() and int(ver) > 200:
            continue
        if ver.isdigit() and _unit_after(text[m.end():]):
            continue  # NOTE: "gives Congress 60 days", "Brazil 3 goals": a count of a unit of measure, no version
        if ver[-2:].lower() in ("st", "nd", "rd", "th"):
            continue  # NOTE: an ordinal ("Pritchard 3rd", "Clinch 5th Seed") ranks, it does not version
        yield name, ver, m.start(), m.end()


def _unit_after(rest: str) -> bool:
    """The words after a number begin with a unit of measure or a currency's name (CLDR, `measure_words`: "days",
    "miles", "euros"), which the number counts."""
    from checker.normalize.numbers import measure_words

    m = re.match(r"\s+([A-Za-z]+)", rest)
    return m is not None and m[1].lower() in measure_words()


_PLURAL_DETERMINERS = frozenset({"both", "several", "many", "these", "those", "all", "some", "few", "dozens", "hundreds"})


def _counted(before: str) -> bool:
    """The text before a name ends in a count or a plural determiner ("seven", "12", "several")."""
    from checker.normalize.numbers import number_value

    m = re.search(r"([\w,.]+)\s+$", before)
    if m is None:
        return False
    word = m[1].lower()
    return word.replace(",", "").isdigit() or word in _PLURAL_DETERMINERS or number_value(word) is not None


def find_products(text: str, lexicon: ProductLexicon | None) -> tuple[Mention, ...]:
    """Products with versions, plus bare names the lexicon knows in a versioned form."""
    out: list[Mention] = []
    spans: list[tuple[int, int]] = []
    for name, ver, s, e in _product_matches(text):
        if ver[-1:] == "s" and ver[-2:-1].isdigit() and _counted(text[:s]):
            ver = ver[:-1]  # NOTE: "seven AK-47s", "both 737s": a plural of the model, not an "iPhone 4s" variant
        out.append(Mention(product_key(name, ver), text[s:e], "PRODUCT"))
        spans.append((s, e))
    only = lexicon.only_base() if lexicon else None
    if only is not None:
        for m in _NAMELESS.finditer(text):
            before = re.search(r"(\w+)\s*$", text[: m.start()])
            labelled = before is not None and before[1].lower() in _not_names() and before[1].lower() not in _stop_words()
            if (m["label"] or m["ver"].count(".") == 2) and not labelled and not any(m.start() < e and s < m.end() for s, e in spans):
                # NOTE: "see section 4.2.1": a numbered part of a document, not a version
                out.append(Mention(product_key(only, m["ver"]), text[m.start():m.end()], "PRODUCT"))
                spans.append((m.start(), m.end()))
    pat = lexicon.bare_pattern() if lexicon else None
    if pat is not None:
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in spans):
                continue
            out.append(Mention(lexicon.resolve(m[1]), m[1], "PRODUCT"))  # type: ignore[union-attr]
    return tuple(dict.fromkeys(out))


def _run(tokens: Sequence[Token], i: int) -> tuple[int, int, int]:
    """The run of tokens sharing token i's entity label: (last index, start char, end char)."""
    j = i
    while j + 1 < len(tokens) and tokens[j + 1].ent == tokens[i].ent:
        j += 1
    return j, tokens[i].start, tokens[j].start + len(tokens[j].text)


_BODY_AFTER = re.compile(r"(?:\.|['’]s)?(?:\s+(?:[A-Z][\w'&-]*|of|and|for))+")


def _title_only(surface: str, kb: Knowledge) -> bool:
    """The words are titles alone ("Mr.", "Lieutenant", "Judge", "Lt"): nobody is named (`Knowledge.titles`)."""
    words = re.findall(r"[a-z]+", surface.lower())
    return bool(words) and all(w in kb.titles for w in words)


def _describes_person(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j are a word put before or beside a person's name to describe the person: "Actress" in "Actress
    Esther Williams" (a compound on the name), "Mermaid" in "Hollywood's Mermaid, Esther Williams dies" (an
    apposition, or a second subject of the verb set off by a comma alone), so no one else is named."""
    run = range(i, j + 1)
    head = next((k for k in run if tokens[k].head not in run), j)
    h = tokens[head]
    if h.dep in ("compound", "appos") and tokens[h.head].ent == "PERSON":
        return True
    for k, t in enumerate(tokens):
        if t.ent != "PERSON" or k in run:
            continue
        if t.dep == "appos" and t.head in run:
            return True
        between = tokens[min(k, head) + 1 : max(k, head)]
        if (t.dep == h.dep == "nsubj" and t.head == h.head and k > head
                and all(b.dep in ("compound", "punct") for b in between) and any(b.text == "," for b in between)):
            return True
    return False


def find_actors(text: str, tokens: Sequence[Token], kb: Knowledge) -> tuple[Mention, ...]:
    """Organisations, governments and people: alias phrases first, then the parser's entities."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in kb.alias_regex().finditer(text):
        key = kb.alias_to_key[clean_key(m[1])]
        span = m.span()
        # NOTE: "the US" followed by "government" etc. is caught by the longer alias first; "the US
        # Commerce Department" is a body of that country's government (`Knowledge.canonical`).
        if key in kb.countries() and (body := _BODY_AFTER.match(text, m.end())) is not None:
            words = list(re.finditer(r"\S+", text[body.start() : body.end()]))
            for w in reversed(words):
                if w[0] in ("and", "of", "for"):
                    continue
                end = body.start() + w.end()
                longer = kb.canonical(text[m.start() : end])
                if kb.is_body(longer):
                    key, span = longer, (m.start(), end)
                    break
        if any(s < e2 and s2 < e for s, e in taken for s2, e2 in [span]):
            continue
        out.append(Mention(key, text[span[0] : span[1]], "ORG"))
        taken.append(span)
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.ent in ("ORG", "PERSON", "NORP"):
            j, s, e = _run(tokens, i)
            # NOTE: a Title Case headline's verb is tagged into the name before it ("Esther Williams Dies"):
            # a name ends with no verb
            last = j
            while last >= i and tokens[last].pos in ("VERB", "AUX"):
                last -= 1
            if last < i:
                i = j + 1
                continue
            e = tokens[last].start + len(tokens[last].text)
            if not any(s < te and ts < e for ts, te in taken) and t.ent not in ("NORP", "PERSON") and _describes_person(tokens, i, last):
                pass
            elif not any(s < te and ts < e for ts, te in taken) and t.ent != "NORP":
                surface = text[s:e]
                if _placed_name(tokens, i, last, surface, kb):
                    i = j + 1
                    continue  # NOTE: a town the recogniser took for a firm ("outside Kettering"): `find_places` has it
                # NOTE: a name has a capital: "the mag" tagged ORG names nobody
                if not re.search(r"\d", surface) and len(surface) > 1 and not _title_only(surface, kb) and surface != surface.lower():
                    out.append(Mention(kb.canonical(surface), surface, "PERSON" if t.ent == "PERSON" else "ORG"))
            i = j + 1
        elif t.pos == "PROPN" and not t.ent and t.text[:1].isupper() and t.lemma not in _not_names():
            # NOTE: the small NER model misses many organisations ("Anthropic"); a proper-noun run
            # is still an entity mention, and rare ones weigh more in matching (IDF).
            j = i
            while j + 1 < len(tokens) and tokens[j + 1].pos == "PROPN" and not tokens[j + 1].ent:
                j += 1
            s, e = tokens[i].start, tokens[j].start + len(tokens[j].text)
            if not any(s < te and ts < e for ts, te in taken) and not _describes_person(tokens, i, j):
                surface = text[s:e]
                if not re.search(r"\d", surface) and not _title_only(surface, kb):
                    out.append(Mention(kb.canonical(surface), surface, "ORG"))
            i = j + 1
        else:
            i += 1
    return tuple(dict.fromkeys(out))


_GROUP_NOUNS = (
    "nationals|citizens|users|customers|institutions|entities|companies|firms|researchers|people|countries|"
    "governments|adversaries|labs|laboratories|developers|organizations|organisations|universities|teams|"
    "foreigners|residents|clients|businesses|students|scientists|academics|buyers|individuals|persons|actors"
)
_TARGET = re.compile(
    r"\b(?P<all>all |any |every |most )?(?:(?P<scope>foreign|international|overseas|[Nn]on-(?:US|us|U\.S\.|American|american)|domestic|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?) )?(?P<mod>(?:(?!all |any |every |foreign |international |overseas |domestic |non-)[a-z-]+ ){0,2})(?P<group>" + _GROUP_NOUNS + r")\b"
)
def _acting(tokens: Sequence[Token], at: int) -> bool:
    """The token starting at ``at`` is the subject of an active verb, or conjoined with one."""
    for i, t in enumerate(tokens):
        if t.start == at:
            while t.dep == "conj" and t.head != i:
                i, t = t.head, tokens[t.head]
            return t.dep == "nsubj"
    return False


_GLOBAL = re.compile(r"\b(globally|worldwide|for everyone|for all users|around the world|across the world|for anyone)\b", re.I)
_FOREIGN_ACCESS = re.compile(r"\b(foreign|international|overseas) (access|use|users|customers)\b", re.I)
_TO_COUNTRY = re.compile(r"\b(?:to|for|against) (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
"""A country an action is aimed at ("exports to China", "restrictions against Iran"); "in India" and "from
Japan" say where something is or comes from, not whom the action applies to."""


_WHERE = frozenset({"in", "near", "outside", "inside", "around", "across", "throughout", "beyond", "toward", "towards",
                    "into", "within"})
"""Prepositions of where: what they take is a place, not an organisation ("a field outside Kettering")."""


def _placed_name(tokens: Sequence[Token], i: int, last: int, surface: str, kb: Knowledge) -> bool:
    """The name tagged an organisation over tokens ``i``..``last`` is a place: the gazetteer names a place so
    (`Knowledge.places`: WordNet's and GeoNames' towns, counties and states), and a preposition of where takes it
    ("picked up on a farm track outside Kettering"); the recogniser tags a small town a firm as often as not."""
    if tokens[i].ent != "ORG" or kb.canonical(surface) not in kb.places:
        return False
    h = next((k for k in range(i, last + 1) if not i <= tokens[k].head <= last or tokens[k].head == k), -1)
    return h >= 0 and tokens[h].dep == "pobj" and tokens[tokens[h].head].lemma.lower() in _WHERE


def find_places(text: str, tokens: Sequence[Token], kb: Knowledge) -> tuple[Mention, ...]:
    """Places as whole names ("New Zealand", "Aoraki Mount Cook"), and a known place the recogniser tagged an
    organisation after a preposition of where (`_placed_name`); countries the alias table knows as actors ("China",
    "the US") stay actors, since they act in news text."""
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.ent == "ORG":
            j, s, e = _run(tokens, i)
            if _placed_name(tokens, i, j, text[s:e], kb) and kb.canonical(text[s:e]) not in kb.alias_to_key.values():
                out.append(Mention(kb.canonical(text[s:e]), text[s:e], "GPE"))
            i = j + 1
        elif t.ent in ("GPE", "LOC", "FAC"):
            j, s, e = _run(tokens, i)
            surface = text[s:e]
            key = kb.canonical(surface)
            if key not in kb.alias_to_key.values() and len(surface) > 1:
                out.append(Mention(key, surface, "GPE"))
            i = j + 1
        else:
            i += 1
    return tuple(dict.fromkeys(out))


def find_targets(text: str, kb: Knowledge, tokens: Sequence[Token] = ()) -> tuple[Mention, ...]:
    """Groups an action applies to, keyed ``scope|group``: scope ``*``, ``foreign`` or a country key. With the
    claim's parse, a group that is the subject of an active verb acts and is no target ("The Canadian and Israeli
    governments said ...")."""
    out: list[Mention] = []
    for m in _TARGET.finditer(text):
        if _acting(tokens, m.start("group")):
            continue
        scope_word = (m["scope"] or "").lower()
        if scope_word in ("foreign", "international", "overseas", "non-us", "non-american", "non-u.s."):
            scope = "foreign"
        elif scope_word in kb.nationalities:
            scope = kb.nationalities[scope_word]
        elif scope_word and (kb.canonical(scope_word) in kb.alias_to_key.values() or kb.is_body(kb.canonical(scope_word))):
            scope = kb.canonical(scope_word)
        elif m["scope"] and re.fullmatch(r"[A-Z][a-z]+(?:ian|ese|ish|ean|an|i|ic|ch)", m["scope"]):
            # NOTE: a nationality adjective the table does not know ("Brazilian"): its own scope.
            scope = scope_word
        elif scope_word == "domestic":
            scope = "domestic"
        else:
            scope = "*"
            if not m["all"]:
                continue  # NOTE: bare "people" or "researchers" carries no scope worth comparing
        group = m["group"].lower()
        group = {"foreigners": "nationals", "citizens": "nationals", "persons": "people", "individuals": "people",
                 "firms": "companies", "businesses": "companies", "laboratories": "labs",
                 "organisations": "organizations"}.get(group, group)
        mod = (m["mod"] or "").strip()
        out.append(Mention(f"{scope}|{group}" + (f"|{mod}" if mod else ""), m.group(0).strip(), "GROUP"))
    for m in _FOREIGN_ACCESS.finditer(text):
        if not any(t.key.startswith("foreign|") for t in out):
            out.append(Mention("foreign|*", m.group(0), "GROUP"))
    for m in _GLOBAL.finditer(text):
        out.append(Mention("*|*", m.group(0), "GROUP"))
    if not out:
        for m in _TO_COUNTRY.finditer(text):
            key = kb.canonical(m[1])
            if key in kb.nationalities.values():
                out.append(Mention(f"{key}|*", m.group(0), "GROUP"))
    return tuple(dict.fromkeys(out))


def find_frames(tokens: Sequence[Token], text: str, kb: Knowledge) -> tuple[str, ...]:
    """Frames evoked by the claim's lemmas (verbs, event nouns, and 'offline'-like adverbs)."""
    if tokens:
        lemmas = [t.lemma for t in tokens if t.pos in ("VERB", "NOUN", "ADJ", "ADV", "PROPN")]
    else:
        lemmas = [_crude_lemma(w) for w in re.findall(r"[a-z]+", text.lower())]
    found: list[str] = []
    for lem in lemmas:
        # NOTE: crude stems lose a final "e" ("approved" -> "approv"): try it back.
        frames = kb.frames.get(lem) or kb.frames.get(lem + "e") or ()
        for f in sorted(frames):
            if f not in found:
                found.append(f)
    return tuple(found)


def _crude_lemma(w: str) -> str:
    for suf, rep in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)] + rep
            return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and suf in ("ing", "ed") else stem
    return w
