"""One schema module for every user-written file: YAML with line marks, strict pydantic models, errors with file:line."""

from __future__ import annotations

import pytest

from checker.errors import ConfigError
from checker.settings import AliasFile, FramesFile, SchemaError, load_knowledge_file, load_yaml


def test_settings_yaml_keeps_lines_and_dates_as_text():
    data, lines = load_yaml("a:\n  date: 2026-13-45\n  list:\n    - x\n    - y\n", "f.yaml")
    assert data == {"a": {"date": "2026-13-45", "list": ["x", "y"]}}
    assert lines[("a", "date")] == 2 and lines[("a", "list", 1)] == 5


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("a: 1\nb: 2\na: 3\n", "f.yaml:3: a: given twice"),
        ("a: [1\n", "f.yaml:2: invalid YAML"),
        ("a: \x08\n", "f.yaml:1: invalid YAML"),
        ("? [1, 2]\n: x\n", "f.yaml:1: a key must be a plain value"),
    ],
)
def test_settings_yaml_errors_are_schema_errors_with_lines(text, needle):
    with pytest.raises(SchemaError) as info:
        load_yaml(text, "f.yaml")
    assert needle in str(info.value)


@pytest.mark.parametrize(
    ("model", "text", "needle"),
    [
        (AliasFile, "entities:\n  acme: {aliases: [acme inc]}\nparts_of:\n  a: b\n", "k.yaml:3: parts_of: unknown key; known: entities, part-of, nationalities, home"),
        (AliasFile, "entities:\n  acme:\n    aliases: [acme inc]\n    alias: [x]\n", "k.yaml:4: entities.acme"),
        (AliasFile, "part_of:\n  a: [b, c]\n", "k.yaml:2: part_of.a: expected a non-empty string"),
        (AliasFile, "- a\n", "expected a mapping of entities, part_of, nationalities, home"),
        (FramesFile, "frames:\n  go: [walk]\nopposites:\n  - [go]\n", "k.yaml:4: opposites[0]"),
    ],
)
def test_settings_knowledge_files_are_checked_with_lines(tmp_path, model, text, needle):
    path = tmp_path / "k.yaml"
    path.write_text(text)
    with pytest.raises(SchemaError) as info:
        load_knowledge_file(model, path)
    assert needle.replace("k.yaml", str(path)) in str(info.value), str(info.value)


def test_settings_knowledge_scalars_are_words(tmp_path):
    path = tmp_path / "k.yaml"
    path.write_text("entities:\n  1984 films:\n    aliases: [1984]\n")
    parsed = load_knowledge_file(AliasFile, path)
    assert parsed.entities["1984 films"].aliases == ["1984"]


def test_settings_user_alias_file_error_reaches_the_run_as_e012(tmp_path):
    from checker.knowledge import load_knowledge

    path = tmp_path / "aliases.yaml"
    path.write_text("entities:\n  acme: {aliases: [acme inc]}\nunknown_section: {}\n")
    with pytest.raises(ConfigError, match=r"\[E012\].*aliases.yaml:3: unknown_section: unknown key"):
        load_knowledge((str(path),))
