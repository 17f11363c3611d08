"""Discovery and metadata: files and folders, hidden files, datelines, front matter, sidecar overrides."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.errors import ConfigError, InputError
from checker.sources import discover, read_metadata, read_sources


def test_sources_discover_sorted_recursive_skips_hidden(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("c")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    (tmp_path / ".draft.txt").write_text("d")
    (tmp_path / "data.csv").write_text("1,2")
    got = discover([str(tmp_path)])
    assert got == [str(tmp_path / "a.md"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.txt")]


def test_sources_discover_file_named_twice_read_once(tmp_path):
    (tmp_path / "a.txt").write_text("a")
    assert discover([str(tmp_path / "a.txt"), str(tmp_path)]) == [str(tmp_path / "a.txt")]


def test_sources_discover_missing_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="E001"):
        discover([str(tmp_path / "missing")])


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("By Jane Roe | The Courier | Updated: 2026-06-26 08:52\n\nBody text here.", "date", dt.date(2026, 6, 26)),
        ("By Jane Roe | The Courier | Updated: 2026-06-26 08:52\n\nBody text here.", "author", "Jane Roe"),
        ("Published: March 3, 2024\n\nSomething happened.", "date", dt.date(2024, 3, 3)),
        ("---\ntitle: Front Matter Title\ndate: 2023-01-02\n---\nText.", "title", "Front Matter Title"),
        ("---\ntitle: Front Matter Title\ndate: 2023-01-02\n---\nText.", "date", dt.date(2023, 1, 2)),
        ("Rivers Rise Across the Northern Plains\n\nThe water rose overnight in many towns along the river and beyond it.", "title", "Rivers Rise Across the Northern Plains"),
    ],
)
def test_sources_read_metadata(text, key, value):
    assert read_metadata(text)[key] == value


def test_sources_metadata_ignores_chrome_as_title():
    meta = read_metadata("Read original article →\nHome / News\n\nThe storm moved east over the weekend and weakened quickly as it went.")
    assert "title" not in meta


def test_sources_sidecar_overrides_text(tmp_path):
    (tmp_path / "a.txt").write_text("Updated: 2020-01-01\n\nA thing happened in the town square.")
    (tmp_path / "sources.yaml").write_text("a.txt: {title: Sidecar Title, date: 2021-05-06, author: Desk}\n")
    (src,) = read_sources([str(tmp_path / "a.txt")])
    assert (src.title, src.date, src.author) == ("Sidecar Title", dt.date(2021, 5, 6), "Desk")


def test_sources_bad_sidecar_is_config_error(tmp_path):
    (tmp_path / "a.txt").write_text("Text.")
    (tmp_path / "sources.yaml").write_text("- just\n- a list\n")
    with pytest.raises(ConfigError, match="E011"):
        read_sources([str(tmp_path / "a.txt")])


def test_sources_crlf_normalised_and_bom_stripped(tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeffLine one.\r\nLine two.\r\n".encode("utf-8"))
    (src,) = read_sources([str(tmp_path / "a.txt")])
    assert src.text == "Line one.\nLine two.\n"
