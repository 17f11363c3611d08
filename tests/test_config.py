"""Config discovery and validation: `[tool.check]` in pyproject.toml, check.yaml, walking up from the target."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import pytest

from checker.config import KEYS, Config, discover_config, find_config, load_config
from checker.errors import CheckerError, ConfigError

logger = logging.getLogger(__name__)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository root (with .git) containing docs/news/, the cwd for the test."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "docs" / "news").mkdir(parents=True)
    monkeypatch.chdir(root)
    return root


def test_config_pyproject_tool_check_is_found_walking_up(repo: Path) -> None:
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.check]\nfail-on = "contradiction"\nmin-confidence = 0.5\n'
        'aliases = ["kb/aliases.yaml"]\nexclude = ["drafts"]\n'
    )
    cfg = discover_config(["docs/news"])
    assert cfg.path == str(repo / "pyproject.toml")
    assert dict(cfg.values) == {
        "fail_on": "contradiction",
        "min_confidence": 0.5,
        "aliases": ("kb/aliases.yaml",),
        "exclude": ("drafts",),
    }
    assert cfg.get("fail-on") == cfg.get("fail_on") == "contradiction"


def test_config_nearest_file_wins_and_yaml_before_pyproject(repo: Path) -> None:
    (repo / "pyproject.toml").write_text('[tool.check]\nformat = "sarif"\n')
    (repo / "docs" / "check.yaml").write_text("format: markdown\n")
    assert find_config(repo / "docs" / "news") == repo / "docs" / "check.yaml"
    (repo / "docs" / "pyproject.toml").write_text('[tool.check]\nformat = "junit"\n')
    assert discover_config(["docs/news/a.md"]).get("format") == "markdown"
    (repo / "docs" / "check.yaml").unlink()
    (repo / "docs" / ".check.yaml").write_text("format: github\n")
    assert discover_config(["docs"]).get("format") == "github"


def test_config_pyproject_without_tool_check_is_skipped(repo: Path) -> None:
    (repo / "docs" / "pyproject.toml").write_text('[project]\nname = "docs"\n')
    (repo / "check.yaml").write_text("quiet: true\n")
    assert find_config(repo / "docs" / "news") == repo / "check.yaml"


def test_config_walk_stops_at_git_root(tmp_path: Path, repo: Path) -> None:
    (tmp_path / "check.yaml").write_text("quiet: true\n")  # NOTE: above the repository: never read
    assert find_config(repo / "docs") is None
    assert discover_config(["docs"]) == Config()


def test_config_paths_are_relative_to_the_config_file(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (repo / "docs" / "check.yaml").write_text("review-file: review.yaml\naliases: kb.yaml\nclaims-dir: /abs/claims\n")
    cfg = discover_config(["docs/news"])
    assert cfg.get("review-file") == os.path.join("docs", "review.yaml")
    assert cfg.get("aliases") == (os.path.join("docs", "kb.yaml"),)
    assert cfg.get("claims-dir") == "/abs/claims"
    monkeypatch.chdir(repo / "docs" / "news")
    # NOTE: a path above the cwd is shown absolute rather than as ../
    assert discover_config(["."]).get("review-file") == str(repo / "docs" / "review.yaml")


def test_config_snake_case_keys_are_accepted(repo: Path) -> None:
    (repo / "check.yaml").write_text("fail_on: none\nexit_zero: true\n")
    assert dict(discover_config(["docs"]).values) == {"fail_on": "none", "exit_zero": True}


def test_config_every_key_mirrors_a_cli_flag() -> None:
    from typer.main import get_command

    from checker.cli import app

    flags = {opt for p in get_command(app).params for opt in getattr(p, "opts", ())}
    # NOTE: `match` is the one config-only table (matcher tuning has no flags).
    assert {f"--{k}" for k in KEYS if k != "match"} <= flags


def test_config_empty_yaml_is_empty(repo: Path) -> None:
    (repo / "check.yaml").write_text("# nothing yet\n")
    assert dict(load_config(repo / "check.yaml").values) == {}


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("colour: red\n", "colour: unknown key; known: format, fail-on"),
        ("fail-on: sometimes\n", "fail-on: 'sometimes' is not one of contradiction, any, none"),
        ("min-confidence: high\n", "min-confidence: expected a number"),
        ("min-confidence: 1.5\n", "out of range"),
        ("quiet: yes please\n", "quiet: expected true or false"),
        ("exit-zero: 1\n", "exit-zero: expected true or false"),
        ("llm-concurrency: 2.5\n", "llm-concurrency: expected an integer"),
        ("aliases: [1, 2]\n", "aliases[0]: expected a non-empty string"),
        ("review-file: ['a', 'b']\n", "review-file: expected a non-empty string"),
        ("format: json\nformat: sarif\n", "format: given twice"),
        ("exclude: ['  ']\n", "non-empty"),
        ("match: 3\n", "expected a mapping of matcher settings"),
        ("fail-on: any\nfail_on: none\n", "set the same key"),
        ("- format\n", "expected a mapping"),
        ("format: [unclosed\n", "invalid YAML"),
    ],
)
def test_config_bad_yaml_is_config_error_e010(repo: Path, text: str, needle: str | None) -> None:
    (repo / "check.yaml").write_text(text)
    if needle is None:
        load_config(repo / "check.yaml")
        return
    with pytest.raises(ConfigError) as info:
        discover_config(["docs"])
    message = str(info.value)
    assert re.match(rf"\[E010\] bad config in {re.escape(str(repo / 'check.yaml'))}:\d+: ", message), message
    assert needle in message and "\n" not in message
    assert isinstance(info.value, CheckerError)


def test_config_bad_toml_names_the_file(repo: Path) -> None:
    (repo / "pyproject.toml").write_text("[tool.check\nformat = 'json'\n")
    with pytest.raises(ConfigError, match=r"^\[E010\] bad config in .*pyproject.toml:1: invalid TOML"):
        discover_config(["docs"])


def test_config_wrong_type_in_pyproject(repo: Path) -> None:
    (repo / "pyproject.toml").write_text("[tool.check]\nverbose = \"yes\"\n")
    with pytest.raises(ConfigError, match="verbose: expected true or false"):
        discover_config(["docs"])


def test_config_explicit_file_must_exist_and_configure_check(repo: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_config(repo / "missing.yaml")
    (repo / "other.toml").write_text("[tool.ruff]\nline-length = 100\n")
    with pytest.raises(ConfigError, match=r"no \[tool.check\] table"):
        load_config(repo / "other.toml")


def test_config_is_frozen(repo: Path) -> None:
    (repo / "check.yaml").write_text("quiet: true\n")
    cfg = load_config(repo / "check.yaml")
    with pytest.raises(AttributeError):
        cfg.path = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        cfg.values["quiet"] = False  # type: ignore[index]


def test_config_choices_match_the_cli_enums() -> None:
    from checker.cli import FailOn
    from checker.engines import EngineName
    from checker.reporters import OutputFormat

    assert KEYS["format"].choices == tuple(f.value for f in OutputFormat)
    assert KEYS["fail-on"].choices == tuple(f.value for f in FailOn)
    assert KEYS["engine"].choices == tuple(e.value for e in EngineName)


def test_config_match_settings_validated(tmp_path):
    from checker.config import discover_config
    from checker.errors import ConfigError

    (tmp_path / "check.yaml").write_text("match:\n  average_threshold: 0.6\n  doc_link_threshold: null\n")
    cfg = discover_config([str(tmp_path)])
    assert cfg.get("match") == {"average_threshold": 0.6, "doc_link_threshold": None}
    (tmp_path / "check.yaml").write_text("match:\n  no_such_knob: 1\n")
    with pytest.raises(ConfigError, match="E010.*no_such_knob"):
        discover_config([str(tmp_path)])


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("check.yaml", "quiet: true\nformat: json\n\ncolour: red\n", "check.yaml:4: colour: unknown key"),
        ("check.yaml", "quiet: true\nmatch:\n  neighbors: 5\n  no_such_knob: 1\n", "check.yaml:4: match.no_such_knob: unknown key"),
        ("check.yaml", "quiet: true\nmatch:\n  neighbors: -5\n", "check.yaml:3: match.neighbors: -5 is out of range"),
        ("pyproject.toml", '[project]\nname = "x"\n\n[tool.check]\nquiet = true\nfail-on = "often"\n', "pyproject.toml:6: fail-on: 'often' is not one of"),
        ("pyproject.toml", '[tool.check]\nquiet = true\n\n[tool.check.match]\nbogus = 1\n', "pyproject.toml:5: match.bogus: unknown key"),
    ],
)
def test_config_errors_name_file_and_line(repo: Path, name: str, text: str, where: str) -> None:
    (repo / name).write_text(text)
    with pytest.raises(ConfigError) as info:
        discover_config(["docs"])
    assert where in str(info.value), str(info.value)
