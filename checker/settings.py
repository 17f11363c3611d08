"""One schema library (pydantic v2) for every file a user writes; errors name ``file:line``.

Files: check.yaml / ``[tool.check]`` (`CheckSettings`), sources.yaml (`SourcesFile`), the review
file (`ReviewFile`, read with every scalar kept as text) and the knowledge files (`AliasFile`,
`FramesFile`), all through the same `load_yaml` / `validate` pair. Unknown keys and unknown names are errors, never silently ignored.

How it works: `load_yaml` reads YAML with a loader that keeps line marks and does not turn
scalars into dates (so ``2026-13-45`` reaches the schema as text and fails there, with its line,
instead of crashing the YAML constructor) and refuses duplicate keys. `validate` runs a pydantic
model in strict mode and turns its first error into one line: ``path:line: where: what``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import math
import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal, Mapping, Optional, TypeVar, overload

import yaml
from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError, create_model, field_validator

__all__ = [
    "Lines",
    "SchemaError",
    "load_yaml",
    "load_toml_table",
    "validate",
    "load_file",
    "read_text_file",
    "load_sources_file",
    "load_knowledge_file",
    "DecisionEntry",
    "ReviewFile",
    "load_review_file",
    "utc_stamp",
    "AliasFile",
    "FramesFile",
    "EntitySpec",
    "match_model",
    "CheckSettings",
    "SidecarEntry",
    "SourcesFile",
    "FORMATS",
    "FAIL_ON",
    "ENGINES",
]

logger = logging.getLogger(__name__)

FORMATS = ("terminal", "json", "sarif", "github", "markdown", "junit", "concise")
"""``format:`` choices (tests pin them to `checker.reporters.OutputFormat`)."""
FAIL_ON = ("contradiction", "any", "none")
"""``fail-on:`` choices (pinned to `checker.cli.FailOn`)."""
ENGINES = ("local", "ray")
"""``engine:`` choices (pinned to `checker.engines.EngineName`)."""

Lines = dict[tuple, int]
"""Where each value sits: path of keys / indexes -> 1-based line."""
M = TypeVar("M", bound=BaseModel)


class SchemaError(Exception):
    """A file that does not match its schema: ``where`` is ``path:line`` (or ``path``), ``reason`` one line."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = " ".join(reason.split())


# -- YAML with line marks -------------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver: dates stay text until the schema checks them."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _TextLoader(yaml.SafeLoader):
    """SafeLoader whose plain scalars stay text (only ``null`` resolves): ``reason: no`` is "no", not False."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _where(path: str | os.PathLike[str], line: int | None) -> str:
    return f"{os.fspath(path)}:{line}" if line else os.fspath(path)


def load_yaml(text: str, path: str | os.PathLike[str], *, text_scalars: bool = False) -> tuple[Any, Lines]:
    """Plain data (dicts, lists, str, int, float, bool, None) and the line of every key and item.

    ``text_scalars``: every unquoted scalar but ``null`` stays a string (free text, fingerprints).
    Raises `SchemaError` on invalid YAML (with its line) and on a key given twice.
    """
    loader = None
    try:
        # NOTE: the reader rejects control characters already in the constructor.
        loader = (_TextLoader if text_scalars else _Loader)(text)
        node = loader.get_single_node()
        lines: Lines = {}
        data = None if node is None else _plain(loader, node, (), lines, path)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else (text.count("\n", 0, exc.position) + 1 if isinstance(getattr(exc, "position", None), int) else None)
        reason = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise SchemaError(_where(path, line), f"invalid YAML ({reason})") from None
    finally:
        if loader is not None:
            loader.dispose()
    return data, lines


def _plain(loader: yaml.SafeLoader, node: yaml.Node, at: tuple, lines: Lines, path: str | os.PathLike[str]) -> Any:
    lines.setdefault(at, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        out: dict = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if isinstance(key, (list, dict)):
                raise SchemaError(_where(path, key_node.start_mark.line + 1), "a key must be a plain value")
            if key in out:
                raise SchemaError(_where(path, key_node.start_mark.line + 1), f"{_dotted(at + (key,))}: given twice")
            lines[at + (key,)] = key_node.start_mark.line + 1
            out[key] = _plain(loader, value_node, at + (key,), lines, path)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_plain(loader, item, at + (i,), lines, path) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


_TOML_HEADER = re.compile(r"^\s*\[\s*([^\]\[]+?)\s*\]\s*(?:#.*)?$")
_TOML_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")


def load_toml_table(text: str, path: str | os.PathLike[str], table: tuple[str, ...]) -> tuple[Any, Lines]:
    """A table of a TOML file (None when absent) and the lines of its keys (``[a.b]`` headers and ``k =`` lines)."""
    import tomllib

    try:
        data: Any = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise SchemaError(_where(path, int(m[1]) if m else None), f"invalid TOML ({exc})") from None
    for part in table:
        data = data.get(part) if isinstance(data, dict) else None
    lines: Lines = {}
    current: tuple[str, ...] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        header = _TOML_HEADER.match(raw)
        if header:
            parts = tuple(p.strip().strip("\"'") for p in header[1].split("."))
            current = parts[len(table):] if parts[: len(table)] == table else None
            if current is not None:
                lines.setdefault(current, number)
            continue
        key = _TOML_KEY.match(raw)
        if key and current is not None:
            lines.setdefault(current + (key[1].strip("\"'"),), number)
    return data, lines


# -- validation ------------------------------------------------------------------------------


def _dotted(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _kind(value: Any) -> str:
    return {dict: "mapping", list: "list", bool: "boolean", str: "string", type(None): "null"}.get(type(value), type(value).__name__)


def _explain(err: Mapping[str, Any], model: type[BaseModel]) -> str:
    """One pydantic error in the words a user needs: what was found, what is expected."""
    kind, value, ctx = err["type"], err.get("input"), err.get("ctx") or {}
    shown = f"{value!r}" if not isinstance(value, (dict, list)) else f"a {_kind(value)}"
    also = f" ({shown})" if not isinstance(value, (dict, list, type(None))) else ""
    if kind == "extra_forbidden":
        known = ", ".join(_known(model, err["loc"][:-1])) or "none"
        return f"unknown key; known: {known}"
    if kind == "literal_error":
        return f"{value!r} is not one of {ctx.get('expected', '').replace(chr(39), '').replace(' or ', ', ')}"
    if kind in ("bool_type", "bool_parsing"):
        return f"expected true or false, not a {_kind(value)}{also}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected an integer, not a {_kind(value)}{also}"
    if kind in ("float_type", "float_parsing", "finite_number"):
        return f"expected a number, not a {_kind(value)}{also}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"{value!r} is out of range; expected {err['msg'].lower()}"
    if kind in ("list_type", "tuple_type"):
        return f"expected a list, not a {_kind(value)}{also}"
    if kind in ("string_type", "string_too_short"):
        return f"expected a non-empty string, not a {_kind(value)}{also}"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"expected a mapping, not a {_kind(value)}"
    if kind == "missing":
        return "missing"
    if kind == "value_error":
        return str(err["msg"]).removeprefix("Value error, ")
    return f"{err['msg']} ({shown})"


def _known(model: type[BaseModel], loc: tuple) -> list[str]:
    """Field names (by alias) of the model reached by following ``loc`` (keys, indexes) from ``model``."""
    import typing

    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, RootModel):
            current = _unwrap(current.model_fields["root"].annotation)
        if isinstance(current, type) and issubclass(current, BaseModel):
            fld = next((f for n, f in current.model_fields.items() if part in (n, f.alias)), None)
            if fld is None:
                return []
            current = fld.annotation
        elif typing.get_origin(current) is dict:
            current = typing.get_args(current)[1]
        elif typing.get_origin(current) in (list, tuple):
            current = typing.get_args(current)[0]
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or n for n, f in current.model_fields.items()]
    return []


def _unwrap(annotation: Any) -> Any:
    """The interesting part of ``Optional[X]`` / ``Annotated[X, ...]`` / ``X | list[str]`` (a model if there is one)."""
    import types
    import typing

    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            models = [a for a in args if isinstance(a, type) and issubclass(a, BaseModel)]
            annotation = models[0] if models else args[0]
        else:
            return annotation


def _in_data(data: Any, loc: tuple) -> tuple:
    """``loc`` without pydantic's union branch tags (``EntitySpec``, ``list[str]``): only the keys and indexes in ``data``."""
    out: list = []
    current = data
    for i, part in enumerate(loc):
        if isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
        elif i == len(loc) - 1 and isinstance(current, dict):
            pass  # NOTE: a missing key is named though it is not in the data
        else:
            continue
        out.append(part)
    return tuple(out)


def validate(model: type[M], data: Any, lines: Lines, path: str | os.PathLike[str], context: Mapping[str, Any] | None = None) -> M:
    """``data`` as a ``model``; `SchemaError` naming ``path:line`` and the key path on the first problem."""
    try:
        return model.model_validate(data, strict=True, context=dict(context or {}))
    except ValidationError as exc:
        err = dict(exc.errors(include_url=False)[0])
        loc = _in_data(data, tuple(p for p in err["loc"] if p != "root"))
        err["loc"] = loc
        line = next((lines[loc[:n]] for n in range(len(loc), -1, -1) if loc[:n] in lines), None)
        where = _dotted(loc)
        reason = _explain(err, model)
        raise SchemaError(_where(path, line), f"{where}: {reason}" if where else reason) from None


def load_file(path: str | os.PathLike[str], model: type[M], context: Mapping[str, Any] | None = None) -> M:
    """Read a UTF-8 YAML file and validate it; `SchemaError` on unreadable, undecodable or invalid content."""
    data, lines = load_yaml(read_text_file(path), path)
    return validate(model, {} if data is None else data, lines, path, context)


@overload
def read_text_file(path: str | os.PathLike[str], missing_ok: Literal[False] = False) -> str: ...
@overload
def read_text_file(path: str | os.PathLike[str], missing_ok: Literal[True]) -> str | None: ...


def read_text_file(path: str | os.PathLike[str], missing_ok: bool = False) -> str | None:
    """A user-written file as UTF-8 text (BOM dropped); `SchemaError` when it cannot be read or decoded.

    ``missing_ok``: a file that does not exist (or a parent that is no folder) is None, not an error.
    """
    try:
        return Path(path).read_bytes().decode("utf-8-sig")
    except (FileNotFoundError, NotADirectoryError) as exc:
        if missing_ok:
            return None
        raise SchemaError(os.fspath(path), f"cannot read it ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise SchemaError(os.fspath(path), f"not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise SchemaError(os.fspath(path), f"cannot read it ({exc.strerror or exc})") from None


# -- check.yaml / [tool.check] ---------------------------------------------------------------


class _Strict(BaseModel):
    """Unknown keys are errors; frozen; ``fail-on`` and ``fail_on`` both name the field ``fail_on``."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, populate_by_name=True, str_strip_whitespace=True, alias_generator=lambda n: n.replace("_", "-"),
        defer_build=True,
    )


def _non_empty() -> Any:
    return Field(None, min_length=1)


def match_model() -> type[BaseModel]:
    """``match:`` settings: the fields of `checker.match.MatchConfig`, each a non-negative number (imported lazily)."""
    global _MATCH
    if _MATCH is None:
        from checker.match import MatchConfig

        fields: dict[str, Any] = {}
        for f in dataclasses.fields(MatchConfig):
            kind: Any = int if f.type in ("int", int) else float
            fields[f.name] = (Optional[kind], Field(None, ge=0) if kind is int else Field(None, ge=0, allow_inf_nan=False))
        _MATCH = create_model("MatchSettings", __base__=_Strict, **fields)
    return _MATCH


_MATCH: type[BaseModel] | None = None


class CheckSettings(_Strict):
    """Every key a config file may set; each mirrors the long command-line flag of the same name."""

    format: Optional[Literal["terminal", "json", "sarif", "github", "markdown", "junit", "concise"]] = None
    fail_on: Optional[Literal["contradiction", "any", "none"]] = None
    exit_zero: Optional[bool] = None
    min_confidence: Optional[float] = Field(None, ge=0.0, le=1.0, allow_inf_nan=False)
    aliases: Optional[list[str]] = None
    review_file: Optional[str] = _non_empty()
    claims_dir: Optional[str] = _non_empty()
    write_claims: Optional[bool] = None
    exclude: Optional[list[str]] = None
    quiet: Optional[bool] = None
    verbose: Optional[bool] = None
    no_color: Optional[bool] = None
    statistics: Optional[bool] = None
    judge: Optional[Literal["rules", "learned"]] = None
    nli_model: Optional[str] = _non_empty()
    nli_threshold: Optional[float] = Field(None, ge=0.0, le=1.0, allow_inf_nan=False)
    llm_url: Optional[str] = _non_empty()
    llm_model: Optional[str] = _non_empty()
    llm_timeout: Optional[float] = Field(None, ge=0.1, allow_inf_nan=False)
    llm_concurrency: Optional[int] = Field(None, ge=1)
    no_cache: Optional[bool] = None
    cache_dir: Optional[str] = _non_empty()
    engine: Optional[Literal["local", "ray"]] = None
    jobs: Optional[int] = Field(None, ge=0)
    embedder: Optional[Literal["onnx", "onnx-fp32", "torch"]] = None
    match: Optional[dict[str, Any]] = None

    @field_validator("aliases", "exclude", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("aliases", "exclude", mode="after")
    @classmethod
    def _no_blank(cls, value: Any) -> Any:
        if value is not None and not all(value):
            raise ValueError("expected a list of non-empty strings")
        return value

    @field_validator("match", mode="before")
    @classmethod
    def _match(cls, value: Any) -> Any:
        # NOTE: checked key by key by `match_model` (config.py), so errors keep their lines.
        if value is not None and not isinstance(value, dict):
            raise ValueError(f"expected a mapping of matcher settings, not a {_kind(value)}")
        return value


# -- sources.yaml ----------------------------------------------------------------------------


class SidecarEntry(_Strict):
    """Metadata of one document, overriding what its text states."""

    title: Optional[str] = None
    """The document's title."""
    date: Optional[dt.date] = None
    """Publication date, ISO 8601 (``2026-05-18``)."""
    author: Optional[str] = None
    """Author or outlet."""

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, value: Any) -> Any:
        # NOTE: strict mode takes no strings for dates; the loader keeps dates as text on purpose.
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)") from None
        return value

    @field_validator("title", "author", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        # NOTE: a number as a title (``title: 1984``) is text to the user.
        return str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value


class SourcesFile(RootModel[dict[str, SidecarEntry]]):
    """``sources.yaml``: file name (beside it) -> `SidecarEntry`."""


def load_sources_file(path: str | os.PathLike[str]) -> dict[str, SidecarEntry]:
    """A ``sources.yaml``; a name with no document beside it is an error too (`SchemaError`, ``path:line``)."""
    p = Path(path)
    data, lines = load_yaml(read_text_file(path), path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SchemaError(_where(path, lines.get(())), f"expected a mapping of file name to {{title, date, author}}, not a {_kind(data)}")
    entries = validate(SourcesFile, {str(k): v for k, v in data.items()}, {(str(k[0]),) + k[1:] if k else k: v for k, v in lines.items()}, path).root
    for name in entries:
        if not (p.parent / name).is_file():
            raise SchemaError(_where(path, lines.get((name,))), f"{name}: no such document beside {p.name}")
    return entries


# -- knowledge files (checker/data/*.yaml, --aliases) ----------------------------------------


def _texts(value: Any) -> Any:
    """Scalars read as words: ``1984`` is a name and ``[true, false]`` a pair of lemmas in a knowledge file."""
    if isinstance(value, dict):
        return {_word(k): _texts(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_texts(v) for v in value]
    return _word(value)


def _word(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, (int, float)) else value


T = TypeVar("T")
_Pair = Annotated[list[T], Field(min_length=2, max_length=2)]
"""Two of a kind (YAML has no tuples; strict mode takes a list of exactly two)."""


class EntitySpec(_Strict):
    """One canonical entity: the other names it goes by."""

    aliases: list[str] = []
    """Names, matched case-insensitively."""


class AliasFile(_Strict):
    """An alias file (``checker/data/aliases.yaml``, ``--aliases FILE``): entities, part-of facts, nationalities."""

    entities: dict[str, Optional[EntitySpec | list[str]]] = {}
    """Canonical key -> ``{aliases: [...]}`` (or the list itself)."""
    part_of: dict[str, str] = {}
    """A part -> its whole ("us department of commerce" -> "us government")."""
    nationalities: dict[str, str] = {}
    """Adjective -> country key, for target scopes."""
    home: Optional[str] = None
    """Country key the texts are written from; "foreign" excludes it."""


class FramesFile(_Strict):
    """``checker/data/frames.yaml``: action frames, opposite frames, antonyms, characterisation poles."""

    frames: dict[str, list[str]]
    """Frame -> the lemmas that evoke it."""
    opposites: list[_Pair[str]] = []
    """Frames describing one kind of event with opposite polarity."""
    antonyms: list[_Pair[str]] = []
    """Lemma pairs with opposite meaning."""
    poles: dict[str, _Pair[list[str]]] = {}
    """Scale -> (words of the + pole, words of the - pole)."""
    qualifiers: dict[str, dict[str, list[str]]] = {}
    """Measurement axis -> qualifier value -> phrases ("basis" -> "adjusted" -> [non-gaap, ...])."""
    number_labels: list[str] = []
    """Words that label or measure a number, never a product name before it ("Section 3", "Interstate 75")."""
    measure_labels: list[str] = []
    """The number labels that rate on a scale ("magnitude", "category"): the label is the number's unit."""
    change_frames: list[str] = []
    """Frames of a change in amount ("increase"): a percentage with one is the size of its subject's change."""
    result_words: list[str] = []
    """Word forms of a contest's or a vote's result ("beat", "voted"): a score near one is that result."""
    part_nouns: list[str] = []
    """Nouns naming a part of an event or a time within it ("round", "half", "night"): a value stated for one is a part."""
    titles: list[str] = []
    """Titles, ranks and honorifics before a name ("lt", "lieutenant", "mr"): no sentence end, no answer alone."""
    remainder_words: list[str] = []
    """Modifiers of a counted noun that make the count a remainder or an increment ("three other rifles"): a part."""
    series_words: list[str] = []
    """Adverbs that place an act in a series of like acts ("first hosted in 2007", "again"): another occurrence."""
    place_words: dict[str, list[str]] = {}
    """Place -> the nouns, adverbs and adjectives naming it ("world" -> worldwide, globally; "abroad" -> overseas)."""
    region_words: list[str] = []
    """Words that make a place a part of the place they precede ("northern" California, "downtown" Chicago)."""
    venue_verbs: list[str] = []
    """Verbs of holding or of taking place ("host", "hold", "take place"): a place they name is where an event was."""
    once_verbs: list[str] = []
    """Verbs of acts a person does once ("bear" as in "was born", "die"): a place they name is where the person did it."""
    work_nouns: list[str] = []
    """Nouns of a work that comes out once ("film", "album", "novel"): a year modifying one is the work's release."""
    one_answer: dict[str, list[str]] = {}
    """Preposition -> verbs of relations with one answer for one subject ("in": bear, found; "by": own, direct)."""


def load_knowledge_file(model: type[M], path: str | os.PathLike[str], text: str | None = None) -> M:
    """An alias or frames file (``text`` given: already read, e.g. a packaged file); `SchemaError` with ``path:line``."""
    data, lines = load_yaml(read_text_file(path) if text is None else text, path)
    data = {} if data is None else _texts(data)
    if not isinstance(data, dict):
        raise SchemaError(_where(path, lines.get(())), f"expected a mapping of {', '.join(model.model_fields)}, not a {_kind(data)}")
    return validate(model, data, lines, path)


# -- the review file (claims/review.yaml) ----------------------------------------------------

REVIEW_VERSION = "1"
"""The review file format this checker reads and writes."""


def utc_stamp(value: str | dt.datetime) -> str:
    """ISO 8601 UTC with second precision and a ``Z``; naive times are taken as UTC. `ValueError` if not a time."""
    stamp = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value.strip())
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.timezone.utc)
    return stamp.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class DecisionEntry(_Strict):
    """One decision as the review file spells it (`checker.review.Decision` documents each field)."""

    fingerprint: str = Field(min_length=1)
    verdict: Literal["confirmed", "dismissed"]
    rule: str = ""
    reason: str = ""
    who: str = ""
    when: str = ""
    event: str = ""
    claims: list[str] = []
    values: list[str] = []

    @field_validator("rule", "reason", "who", "when", "event", "claims", "values", mode="before")
    @classmethod
    def _absent(cls, value: Any, info: Any) -> Any:
        # NOTE: ``reason:`` with nothing after it is null in YAML: the same as no reason.
        if value is None:
            return [] if info.field_name in ("claims", "values") else ""
        return value

    @field_validator("when", mode="after")
    @classmethod
    def _when(cls, value: str) -> str:
        if not value:
            return value
        try:
            return utc_stamp(value)
        except ValueError:
            raise ValueError(f"{value!r} is not an ISO 8601 time") from None

    @field_validator("claims", "values", mode="after")
    @classmethod
    def _stripped(cls, value: list[str]) -> list[str]:
        return [v.strip() for v in value]


class ReviewFile(_Strict):
    """``claims/review.yaml``: a format version and the decisions, one per finding fingerprint."""

    version: Optional[str] = None
    decisions: Optional[list[DecisionEntry]] = None

    @field_validator("version", mode="after")
    @classmethod
    def _version(cls, value: Optional[str]) -> Optional[str]:
        if value is not None and value != REVIEW_VERSION:
            raise ValueError(f"unsupported version {value!r} (this checker reads version {REVIEW_VERSION})")
        return value


def load_review_file(text: str, path: str | os.PathLike[str]) -> list[DecisionEntry]:
    """The decisions of a review file's text; `SchemaError` (``path:line``) on invalid YAML, a schema error or a fingerprint given twice."""
    data, lines = load_yaml(text, path, text_scalars=True)
    if data is None:
        return []
    if not isinstance(data, dict):
        raise SchemaError(_where(path, lines.get(())), f"expected a mapping with version and decisions, not a {_kind(data)}")
    decisions = validate(ReviewFile, data, lines, path).decisions or []
    first: dict[str, int] = {}
    for index, entry in enumerate(decisions):
        line = lines.get(("decisions", index))
        if entry.fingerprint in first:
            earlier = first[entry.fingerprint]
            also = f" (first at line {earlier})" if earlier else ""
            raise SchemaError(_where(path, line), f"decisions[{index}].fingerprint: {entry.fingerprint} given twice{also}")
        first[entry.fingerprint] = line
    return decisions
