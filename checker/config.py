"""Project configuration: `[tool.check]` in pyproject.toml or check.yaml, found by walking up from the target."""

from __future__ import annotations

import logging
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, Sequence

from checker.errors import ConfigError, Errors

__all__ = ["Config", "CONFIG_FILES", "KEYS", "discover_config", "find_config", "load_config"]

logger = logging.getLogger(__name__)

CONFIG_FILES = ("check.yaml", ".check.yaml", "pyproject.toml")
"""Looked for in this order in each folder; the first one that configures `check` wins."""

_FORMATS = ("terminal", "json", "sarif", "github", "markdown", "junit", "concise")
_FAIL_ON = ("contradiction", "any", "none")
# NOTE: the choices are repeated here (tests pin them to the enums) so reading a config imports nothing heavy.


@dataclass(frozen=True, slots=True)
class _Key:
    """One configurable key: its type check and whether its values are paths."""

    kind: str
    """``str``, ``bool``, ``float``, ``int``, ``list`` (of strings) or ``choice``."""
    choices: tuple[str, ...] = ()
    """Allowed values of a ``choice`` key."""
    path: bool = False
    """Relative values are resolved against the config file's folder."""
    low: float | None = None
    """Smallest allowed number."""
    high: float | None = None
    """Largest allowed number."""


KEYS: Mapping[str, _Key] = MappingProxyType(
    {
        "format": _Key("choice", _FORMATS),
        "fail-on": _Key("choice", _FAIL_ON),
        "exit-zero": _Key("bool"),
        "min-confidence": _Key("float", low=0.0, high=1.0),
        "aliases": _Key("list", path=True),
        "review-file": _Key("str", path=True),
        "claims-dir": _Key("str", path=True),
        "write-claims": _Key("bool"),
        "exclude": _Key("list"),
        "quiet": _Key("bool"),
        "verbose": _Key("bool"),
        "no-color": _Key("bool"),
        "statistics": _Key("bool"),
        "nli-model": _Key("str", path=True),
        "nli-threshold": _Key("float", low=0.0, high=1.0),
        "llm-url": _Key("str"),
        "llm-model": _Key("str"),
        "llm-timeout": _Key("float", low=0.1),
        "llm-concurrency": _Key("int", low=1),
        "no-cache": _Key("bool"),
        "cache-dir": _Key("str", path=True),
        "engine": _Key("choice", ("local", "ray")),
        "jobs": _Key("int", low=0),
        "match": _Key("mapping"),
    }
)
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


def _bad(path: Path | str, reason: str) -> ConfigError:
    return ConfigError(Errors.E010.format(path=os.fspath(path), reason=" ".join(reason.split())))


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


def _check_match(path: Path, value: Any) -> dict[str, float | None]:
    """``match:`` overrides the matcher's thresholds and weights (fields of `checker.match.MatchConfig`)."""
    import dataclasses

    from checker.match import MatchConfig

    if not isinstance(value, dict):
        raise _bad(path, f"match: expected a mapping of matcher settings, not a {_kind(value)}")
    fields = {f.name: f for f in dataclasses.fields(MatchConfig)}
    out: dict[str, float | None] = {}
    for raw, v in value.items():
        name = str(raw).replace("-", "_")
        if name not in fields:
            raise _bad(path, f"match: unknown setting {raw!r}; known: {', '.join(fields)}")
        if v is None and name == "doc_link_threshold":
            out[name] = None
            continue
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0:
            raise _bad(path, f"match: {raw} expected a non-negative number, not {v!r}")
        out[name] = int(v) if fields[name].type in ("int", int) else float(v)
    return out


def _check(path: Path, name: str, spec: _Key, value: Any) -> Any:
    """The validated value of one key, or ConfigError naming the key and what it expected."""
    where = f"{name}: "
    if spec.kind == "mapping":
        return _check_match(path, value)
    if spec.kind == "bool":
        if not isinstance(value, bool):
            raise _bad(path, f"{where}expected true or false, not a {_kind(value)} ({value!r})")
        return value
    if spec.kind in ("float", "int"):
        ok = isinstance(value, int) if spec.kind == "int" else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok or (isinstance(value, float) and not math.isfinite(value)):
            want = "an integer" if spec.kind == "int" else "a number"
            raise _bad(path, f"{where}expected {want}, not a {_kind(value)} ({value!r})")
        if (spec.low is not None and value < spec.low) or (spec.high is not None and value > spec.high):
            bounds = f"between {spec.low} and {spec.high}" if spec.high is not None else f"at least {spec.low}"
            raise _bad(path, f"{where}{value!r} is out of range; expected {bounds}")
        return float(value) if spec.kind == "float" else value
    if spec.kind == "list":
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) and v.strip() for v in items):
            raise _bad(path, f"{where}expected a list of strings, not {value!r}")
        items = [v.strip() for v in items]
        return tuple(_resolve(path.parent, v) for v in items) if spec.path else tuple(items)
    if not isinstance(value, str) or not value.strip():
        raise _bad(path, f"{where}expected a non-empty string, not a {_kind(value)} ({value!r})")
    value = value.strip()
    if spec.kind == "choice" and value not in spec.choices:
        raise _bad(path, f"{where}{value!r} is not one of {', '.join(spec.choices)}")
    return _resolve(path.parent, value) if spec.path else value


def _validate(path: Path, table: Any) -> Config:
    if not isinstance(table, dict):
        raise _bad(path, f"expected a mapping of settings, not a {_kind(table)}")
    values: dict[str, Any] = {}
    seen: dict[str, str] = {}
    for raw_key, value in table.items():
        key = str(raw_key).replace("_", "-")
        spec = KEYS.get(key)
        if spec is None:
            raise _bad(path, f"unknown key {raw_key!r}; known keys: {', '.join(KEYS)}")
        if key in seen:
            raise _bad(path, f"{raw_key!r} and {seen[key]!r} set the same key")
        seen[key] = str(raw_key)
        values[key.replace("-", "_")] = _check(path, key, spec, value)
    return Config(path=os.fspath(path), values=values)


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _bad(path, f"not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise _bad(path, f"cannot read it ({exc.strerror or exc})") from None


def _pyproject_table(path: Path) -> Any:
    """``[tool.check]`` of a pyproject.toml, or None when the file does not configure `check`."""
    import tomllib

    try:
        data = tomllib.loads(_read(path))
    except tomllib.TOMLDecodeError as exc:
        raise _bad(path, f"invalid TOML ({exc})") from None
    tool = data.get("tool")
    if not isinstance(tool, dict):
        return None
    return tool.get("check")


def _yaml_table(path: Path) -> Any:
    import yaml

    try:
        data = yaml.safe_load(_read(path))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise _bad(path, f"invalid YAML{where} ({getattr(exc, 'problem', None) or exc})") from None
    return {} if data is None else data


def load_config(path: str | os.PathLike[str]) -> Config:
    """Read and validate one config file (``*.toml`` reads ``[tool.check]``, anything else is YAML).

    Raises `ConfigError` [E010], naming the file, on a missing or malformed file, an unknown key or
    a value of the wrong type.
    """
    p = Path(path)
    if not p.is_file():
        raise _bad(p, "no such file")
    if p.suffix == ".toml":
        table = _pyproject_table(p)
        if table is None:
            raise _bad(p, "no [tool.check] table")
    else:
        table = _yaml_table(p)
    config = _validate(p, table)
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
            if name == "pyproject.toml" and _pyproject_table(candidate) is None:
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
