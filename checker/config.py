"""Project configuration: `[tool.check]` in pyproject.toml or check.yaml, found by walking up from the target."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from checker.errors import ConfigError, Errors

if TYPE_CHECKING:
    from checker.settings import Lines

__all__ = ["Config", "CONFIG_FILES", "KEYS", "discover_config", "find_config", "load_config"]

logger = logging.getLogger(__name__)

CONFIG_FILES = ("check.yaml", ".check.yaml", "pyproject.toml")
"""Looked for in this order in each folder; the first one that configures `check` wins."""

_PATH_KEYS = frozenset({"aliases", "review-file", "claims-dir", "nli-model", "cache-dir"})
"""Keys whose relative values are resolved against the config file's folder."""


@dataclass(frozen=True, slots=True)
class _Key:
    """One configurable key, described from `checker.settings.CheckSettings` (the schema is the source)."""

    kind: str
    """``str``, ``bool``, ``float``, ``int``, ``list`` (of strings), ``choice`` or ``mapping``."""
    choices: tuple[str, ...] = ()
    """Allowed values of a ``choice`` key."""
    path: bool = False
    """Relative values are resolved against the config file's folder."""


def _describe() -> Mapping[str, _Key]:
    import typing

    from checker.settings import CheckSettings

    out: dict[str, _Key] = {}
    for name, f in CheckSettings.model_fields.items():
        key = f.alias or name
        args = [a for a in typing.get_args(f.annotation) if a is not type(None)]
        inner = args[0] if args else f.annotation
        if typing.get_origin(inner) is typing.Literal:
            out[key] = _Key("choice", tuple(typing.get_args(inner)))
        else:
            origin = typing.get_origin(inner)
            kind = {list: "list", dict: "mapping"}.get(origin) or getattr(inner, "__name__", str(inner))
            out[key] = _Key(kind, path=key in _PATH_KEYS)
    return MappingProxyType(out)


KEYS: Mapping[str, _Key] = _describe()
"""Every key a config file may set; each mirrors the long command-line flag of the same name."""


@dataclass(frozen=True, slots=True)
class Config:
    """Settings read from one config file; flags given on the command line override them."""

    path: str | None = None
    """The file the settings come from; None when no config file was found."""
    values: Mapping[str, Any] = field(default_factory=dict)
    """Parameter name (``fail_on``) -> validated value, only for the keys the file sets."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def get(self, key: str, default: Any = None) -> Any:
        """The value for a parameter name (``fail_on``) or flag name (``fail-on``), else ``default``."""
        return self.values.get(key.replace("-", "_"), default)


def _kind(value: Any) -> str:
    return {dict: "mapping", list: "list", bool: "boolean", str: "string"}.get(type(value), type(value).__name__)


def _bad(where: Path | str, reason: str) -> ConfigError:
    return ConfigError(Errors.E010.format(path=os.fspath(where), reason=" ".join(reason.split())))


def _resolve(base: Path, value: str) -> str:
    """A path from the config, taken relative to the config's folder; shown relative to the cwd when below it."""
    if os.path.isabs(value):
        return value
    full = os.path.normpath(base / value)
    try:
        rel = os.path.relpath(full)
    except ValueError:  # NOTE: another drive on Windows
        return full
    return full if rel == os.pardir or rel.startswith(os.pardir + os.sep) else rel


def _validate(path: Path, table: Any, lines: Lines) -> Config:
    """The settings of one file, checked by `CheckSettings`; [E010] names ``file:line`` and the key."""
    from checker.settings import CheckSettings, SchemaError, match_model, validate

    if not isinstance(table, dict):
        raise _bad(_at(path, lines, ()), f"expected a mapping of settings, not a {_kind(table)}")
    seen: dict[str, str] = {}
    data: dict[str, Any] = {}
    where: Lines = {}
    for raw_key, value in table.items():
        key = str(raw_key).replace("_", "-")
        if key in seen:
            raise _bad(_at(path, lines, (raw_key,)), f"{raw_key!r} and {seen[key]!r} set the same key")
        seen[key] = str(raw_key)
        data[key] = value
    for loc, line in lines.items():
        where[(str(loc[0]).replace("_", "-"), *loc[1:]) if loc else loc] = line
    try:
        settings = validate(CheckSettings, data, where, path)
        match = None
        if settings.match is not None:
            sub = {loc[1:]: line for loc, line in where.items() if loc[:1] == ("match",)}
            try:
                match = validate(match_model(), settings.match, sub, path)
            except SchemaError as exc:
                raise SchemaError(exc.where, f"match.{exc.reason}") from None
    except SchemaError as exc:
        raise _bad(exc.where, exc.reason) from None
    values: dict[str, Any] = {}
    for name in settings.model_fields_set:
        value = getattr(settings, name)
        key = name.replace("_", "-")
        if name == "match":
            value = {k: getattr(match, k) for k in match.model_fields_set} if match is not None else {}
        elif isinstance(value, list):
            value = tuple(_resolve(path.parent, v) for v in value) if key in _PATH_KEYS else tuple(value)
        elif isinstance(value, str) and key in _PATH_KEYS:
            value = _resolve(path.parent, value)
        values[name] = value
    return Config(path=os.fspath(path), values=values)


def _at(path: Path, lines: Lines, loc: tuple) -> str:
    line = lines.get(loc) or lines.get(())
    return f"{os.fspath(path)}:{line}" if line else os.fspath(path)


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _bad(path, f"not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise _bad(path, f"cannot read it ({exc.strerror or exc})") from None


def _pyproject_table(path: Path) -> tuple[Any, Lines]:
    """``[tool.check]`` of a pyproject.toml (None when the file does not configure `check`) and its lines."""
    from checker.settings import SchemaError, load_toml_table

    try:
        return load_toml_table(_read(path), path, ("tool", "check"))
    except SchemaError as exc:
        raise _bad(exc.where, exc.reason) from None


def _yaml_table(path: Path) -> tuple[Any, Lines]:
    from checker.settings import SchemaError, load_yaml

    try:
        data, lines = load_yaml(_read(path), path)
    except SchemaError as exc:
        raise _bad(exc.where, exc.reason) from None
    return ({} if data is None else data), lines


def load_config(path: str | os.PathLike[str]) -> Config:
    """Read and validate one config file (``*.toml`` reads ``[tool.check]``, anything else is YAML).

    Raises `ConfigError` [E010], naming the file, on a missing or malformed file, an unknown key or
    a value of the wrong type.
    """
    p = Path(path)
    if not p.is_file():
        raise _bad(p, "no such file")
    if p.suffix == ".toml":
        table, lines = _pyproject_table(p)
        if table is None:
            raise _bad(p, "no [tool.check] table")
    else:
        table, lines = _yaml_table(p)
    config = _validate(p, table, lines)
    logger.debug("config %s: %s", p, dict(config.values))
    return config


def find_config(start: str | os.PathLike[str]) -> Path | None:
    """The nearest config file at or above ``start``; the walk stops at a folder holding ``.git``.

    In each folder `CONFIG_FILES` are tried in order; a pyproject.toml counts only when it has a
    ``[tool.check]`` table. ``start`` may be a file (its folder is used) or not exist yet.
    """
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and _pyproject_table(candidate)[0] is None:
                continue
            return candidate
        if (folder / ".git").exists():
            return None
    return None


def discover_config(targets: Sequence[str]) -> Config:
    """The config for a run over ``targets``, found from the first target; empty when there is none."""
    start = targets[0] if targets else "."
    path = find_config(start)
    if path is None:
        logger.debug("no config file above %s", start)
        return Config()
    return load_config(path)
