"""Discovery and metadata: files and folders, hidden files, datelines, front matter, sidecar overrides."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.errors import ConfigError, InputError
from checker.sources import discover, read_metadata, read_sources
from clifakes import fake_pipeline  # noqa: F401  (fixture)


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


def test_sources_discover_lists_files_of_other_types_it_does_not_read(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "b.pdf", "sub/c.docx", "sources.yaml", ".hidden.pdf", "notes"):
        (tmp_path / name).write_text("x")
    others: list[str] = []
    found = discover([str(tmp_path)], [], others)
    assert found == [str(tmp_path / "a.txt")]
    assert sorted(others) == sorted(str(tmp_path / n) for n in ("b.pdf", "sub/c.docx", "notes"))


def test_check_says_which_files_it_did_not_read(tmp_path, fake_pipeline):
    from checker.pipeline import Settings, check

    (tmp_path / "a.txt").write_text("The festival opened on Monday in the old town.\n")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4")
    said: list[str] = []
    check([str(tmp_path)], Settings(review_file=None), progress=said.append)
    assert any("2 other files not read (.pdf 2)" in line and ".txt" in line for line in said)


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
        ("Article posted on 08. 07. 2012\nChampion Keeps His Title in Six Rounds\nHe won.", "date", dt.date(2012, 8, 7)),
        ("Article posted on 08. 07. 2012\nChampion Keeps His Title in Six Rounds\nHe won.", "title", "Champion Keeps His Title in Six Rounds"),
        ("---\ntitle: Front Matter Title\ndate: 2023-01-02\n---\nText.", "title", "Front Matter Title"),
        ("---\ntitle: Front Matter Title\ndate: 2023-01-02\n---\nText.", "date", dt.date(2023, 1, 2)),
        ("Rivers Rise Across the Northern Plains\n\nThe water rose overnight in many towns along the river and beyond it.", "title", "Rivers Rise Across the Northern Plains"),
        # NOTE: a byline's own date after its name and a separator or "on", and the name alone as the author
        ("Quake Rattles Province\n\nBy Luis Ortega, Global Wire | November 9, 2026\n\nA quake shook the province.", "date", dt.date(2026, 11, 9)),
        ("Quake Rattles Province\n\nBy Luis Ortega, Global Wire | November 9, 2026\n\nA quake shook the province.", "author", "Luis Ortega, Global Wire"),
        ("Quake Rattles Province\nBy Jane Roe · Nov. 9, 2026 · 4 min read\n\nA quake shook the province.", "date", dt.date(2026, 11, 9)),
        ("Quake Rattles Province\nBy Jane Roe · Nov. 9, 2026 · 4 min read\n\nA quake shook the province.", "author", "Jane Roe"),
        ("Quake Rattles Province\nPosted by Jane Roe on Friday, November 9, 2026\n\nA quake shook it.", "date", dt.date(2026, 11, 9)),
        ("Quake Rattles Province\nPosted by Jane Roe on Friday, November 9, 2026\n\nA quake shook it.", "author", "Jane Roe"),
    ],
)
def test_sources_read_metadata(text, key, value):
    assert read_metadata(text)[key] == value


def test_sources_a_sentence_opening_with_by_is_no_byline():
    meta = read_metadata("Fire Spreads\n\nBy the time crews arrived on March 3, 2024, the fire had spread to four other homes along the "
                         "street and into the woods.\n\nThe crews stayed all night.")
    assert "date" not in meta and "author" not in meta


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


# -- one bad file never stops the others -----------------------------------------------------


def _unreadable(path) -> bool:  # noqa: ANN001
    """chmod 000 ``path`` and report whether that made it unreadable (root reads it anyway)."""
    import os

    path.chmod(0)
    try:
        if path.is_dir():
            os.listdir(path)
        else:
            path.read_bytes()
    except PermissionError:
        return True
    path.chmod(0o755)
    return False


ARTICLE = "Northwind Labs released Vela 3 in March 2025. The company said 14,000 people use it.\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café au lait, naïve façade, déjà vu: the café served 1,200 people on Sunday.\n".encode("latin-1"), "Café au lait"),
        ("The ministry said the budget was 4.5 billion euros this year.\n".encode("utf-16"), "4.5 billion euros"),
        ("# -*- coding: cp1252 -*-\nThe “quote” costs €12 according to the report.\n".encode("cp1252"), "€12"),
        ("<meta charset=\"koi8-r\">\nВыпуск состоялся в мае 2025 года в Москве.\n".encode("koi8-r"), "мае 2025"),
        (b"\xef\xbb\xbfPlain UTF-8 with a BOM.\r\n", "Plain UTF-8 with a BOM.\n"),
    ],
)
def test_sources_encodings_bom_declared_then_detected(tmp_path, data, expected):
    (tmp_path / "doc.txt").write_bytes(data)
    skipped: list = []
    (src,) = read_sources([str(tmp_path / "doc.txt")], skipped)
    assert expected in src.text and skipped == []
    assert "\r" not in src.text and "\ufeff" not in src.text


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"%PDF-1.7\n\x00\x01\x02binary stream\x00\xff", "CC902"),
        (bytes(range(256)) * 40, "CC902"),
        (b"\xff\xfe\x00\xd8", "CC903"),  # NOTE: a UTF-16 BOM followed by a lone surrogate
    ],
)
def test_sources_binary_and_undecodable_are_skipped_with_a_code(tmp_path, data, code):
    (tmp_path / "bad.txt").write_bytes(data)
    (tmp_path / "good.txt").write_text(ARTICLE)
    skipped: list = []
    sources = read_sources(discover([str(tmp_path)]), skipped)
    assert [s.path for s in sources] == [str(tmp_path / "good.txt")]
    assert [(s.path, s.code) for s in skipped] == [(str(tmp_path / "bad.txt"), code)]


def test_sources_unreadable_file_and_folder_are_skipped_the_rest_read(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "locked.txt").write_text(ARTICLE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "inner.txt").write_text(ARTICLE)
    try:
        if not (_unreadable(tmp_path / "locked.txt") and _unreadable(tmp_path / "sub")):
            pytest.skip("permissions do not stop this user (root) from reading")
        skipped: list = []
        sources = read_sources(discover([str(tmp_path)], skipped), skipped)
        assert [s.path for s in sources] == [str(tmp_path / "good.txt")]
        assert sorted((s.path, s.code) for s in skipped) == [(str(tmp_path / "locked.txt"), "CC901"), (str(tmp_path / "sub"), "CC904")]
        assert all("ermission" in s.reason for s in skipped)
    finally:
        (tmp_path / "locked.txt").chmod(0o644)
        (tmp_path / "sub").chmod(0o755)


def test_sources_symlink_loops_and_dangling_links_are_skipped(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "gone.md").symlink_to(tmp_path / "missing.md")
    (tmp_path / "self").symlink_to(tmp_path, target_is_directory=True)  # NOTE: never followed
    skipped: list = []
    found = discover([str(tmp_path), str(tmp_path / "loop.txt")], skipped)
    assert found == [str(tmp_path / "good.txt")]
    assert sorted((s.path, s.code) for s in skipped) == [
        (str(tmp_path / "gone.md"), "CC901"),
        (str(tmp_path / "loop.txt"), "CC905"),
        (str(tmp_path / "loop.txt"), "CC905"),
    ]


def test_sources_empty_folder_finds_nothing_without_raising(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    assert discover([str(tmp_path)]) == []


def test_sources_bad_sidecar_date_is_a_coded_config_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "sources.yaml").write_text("a.txt:\n  date: 2026-13-45\n")
    with pytest.raises(ConfigError, match=r"E011.*sources.yaml"):
        read_sources([str(tmp_path / "a.txt")])


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("a.txt:\n  title: T\n  date: 2026-13-45\n", "sources.yaml:3: a.txt.date: '2026-13-45' is not a date"),
        ("a.txt:\n  title: T\n  publisher: X\n", "sources.yaml:3: a.txt.publisher: unknown key; known: title, date, author"),
        ("a.txt: {title: T}\nb.txt: {title: U}\n", "sources.yaml:2: b.txt: no such document beside sources.yaml"),
        ("- a list\n", "expected a mapping of file name"),
        ("a.txt: {title: T}\na.txt: {title: U}\n", "sources.yaml:2: a.txt: given twice"),
    ],
)
def test_sources_sidecar_errors_name_file_line_and_key(tmp_path, text, needle):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "sources.yaml").write_text(text)
    with pytest.raises(ConfigError, match="E011") as info:
        read_sources([str(tmp_path / "a.txt")])
    assert needle in str(info.value), str(info.value)


def test_sources_sidecar_date_and_numeric_title(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "sources.yaml").write_text("a.txt: {title: 1984, date: 2026-05-18}\n")
    (src,) = read_sources([str(tmp_path / "a.txt")])
    assert (src.title, src.date) == ("1984", dt.date(2026, 5, 18))


def _deny_reading(monkeypatch, *denied) -> None:  # noqa: ANN001
    """Make reading or listing these paths fail with EACCES, as for a non-root user (tests may run as root)."""
    import errno
    import os
    from pathlib import Path

    real_read, real_scandir = Path.read_bytes, os.scandir
    names = {str(p) for p in denied}

    def read_bytes(self):  # noqa: ANN001, ANN202
        if str(self) in names:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_read(self)

    def scandir(path="."):  # noqa: ANN001, ANN202
        if str(path) in names:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(os, "scandir", scandir)


def test_sources_unreadable_file_and_folder_simulated(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "locked.txt").write_text(ARTICLE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "inner.txt").write_text(ARTICLE)
    _deny_reading(monkeypatch, tmp_path / "locked.txt", tmp_path / "sub")
    skipped: list = []
    sources = read_sources(discover([str(tmp_path)], skipped), skipped)
    assert [s.path for s in sources] == [str(tmp_path / "good.txt")]
    assert sorted((s.path, s.code) for s in skipped) == [(str(tmp_path / "locked.txt"), "CC901"), (str(tmp_path / "sub"), "CC904")]
    assert all("Permission denied" in s.reason for s in skipped)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Article posted on 08. 07. 2012", "08. 07. 2012"),
        ("Last updated March 3, 2024 at 5:55 pm by Ana Ruiz", "March 3, 2024"),
        ("Published 3 March 2024 | The Courier", "3 March 2024"),
        ("Updated on 12/03/2024 14:05 GMT", "12/03/2024"),
        ("This story was first published on 2024-03-03", "2024-03-03"),
        # a date alone, with its weekday, clock time or "last updated" time
        ("Friday, June 7, 2013", "June 7, 2013"),
        ("9:53 AM, MON 22 JUL 2013", "22 JUL 2013"),
        ("21 July 2013 Last updated at 11:11 GMT", "21 July 2013"),
        ("Sunday 12 May 2013 11.07 BST", "12 May 2013"),
        ("November 28th, 2005, 09:11 GMT", "November 28th, 2005"),
        ("Posted at 3:21 PM ET, 01 / 5 / 2011", "01 / 5 / 2011"),
        # a place and a date alone, as a release or a letter heads its text
        ("Tromsø, 6 March 2026", "6 March 2026"),
        ("Port Alder, Maine, April 20, 2026", "April 20, 2026"),
        # NOTE: sentences that tell of a publication are claims, not the page's own date
        ("Friday, June 7, 2013, the storm hit the coast.", None),
        ("June 7, 2013 was a Friday.", None),
        ("The film was released on March 3, 2024.", None),
        ("Published in 2024 by Penguin, the book sold a million copies.", None),
        ("The report published on March 3, 2024 found 12 cases of fraud in the audit.", None),
        ("posted by admin", None),
        ("The storm, 6 March 2026", None),
        ("Ana said, 6 March 2026 was fine", None),
    ],
)
def test_chrome_dateline_is_a_line_that_only_dates_its_page(line, date):
    from checker.chrome import dateline, is_chrome

    assert dateline(line) == date
    assert is_chrome(line) is (date is not None)


@pytest.mark.parametrize(
    "value", ["March 12, 2011", "November 28th, 2005", "APRIL 24TH, 2013", "1st May 2010", "Dec. 19, 2005", "Sep 27, 2013", "May 05, 2010", "12 March 2011", "JULY 4, 2004", "12 / 19 / 2005", "19.12.2005", "08. 07. 2012"]
)
def test_sources_plain_dates_are_read_without_dateparser(value, monkeypatch):
    import sys

    import dateparser

    from checker.sources import _parse_date

    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]})
    monkeypatch.setitem(sys.modules, "dateparser", None)  # NOTE: importing it now fails
    assert _parse_date(value) == parsed.date()


@pytest.mark.parametrize("value", ["February 30, 2011", "Sept 5, 2011", "1/2.2011", "13/13/2011"])
def test_sources_other_dates_still_go_to_dateparser(value):
    import dateparser

    from checker.sources import _plain_date, _parse_date

    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]})
    assert _plain_date(value) is None
    assert _parse_date(value) == (parsed.date() if parsed else None)


def test_sources_a_line_that_is_a_date_alone_dates_the_page():
    from checker.sources import read_metadata

    assert read_metadata("Storm Hits Coast\nFriday, June 7, 2013\nThe storm hit on Thursday.\n")["date"] == dt.date(2013, 6, 7)
    assert read_metadata("21 July 2013 Last updated at 11:11 GMT\nFire tackled\n")["date"] == dt.date(2013, 7, 21)
    assert "date" not in read_metadata("Storm Hits Coast\nThe storm hit on June 7, 2013.\n")


def test_sources_a_news_dateline_with_its_year_dates_the_page():
    from checker.sources import read_metadata

    text = "Saltgrass Kitchen Opens\n\nPORT ALDER, April 20, 2026 \u2014 Saltgrass Kitchen is now open at 42 Pier Street.\n"
    assert read_metadata(text)["date"] == dt.date(2026, 4, 20)
    assert read_metadata("Launch\n\nLONDON, 6 March 2026 - The satellite reached orbit.\n")["date"] == dt.date(2026, 3, 6)
    # NOTE: a dateline without a year, or a date inside the story's sentence, does not date the page
    assert "date" not in read_metadata("Launch\n\nWASHINGTON, Nov 5 (Reuters) - The satellite reached orbit.\n")
    assert "date" not in read_metadata("Launch\n\nThe satellite reached orbit on April 20, 2026 \u2014 a first.\n")


def test_sources_a_date_alone_is_read_without_dateparser(monkeypatch):
    import sys

    from checker.sources import read_metadata

    monkeypatch.setitem(sys.modules, "dateparser", None)  # NOTE: importing it now fails
    assert read_metadata("APRIL 24TH, 2013\nStorm Hits Coast\n")["date"] == dt.date(2013, 4, 24)
    assert "date" not in read_metadata("Sept. 08, 2010\nStorm Hits Coast\n")  # what only dateparser reads is left


@pytest.mark.parametrize(
    "text",
    [
        "No Way Out is the debut album by Puff Daddy; it released on July 22, 1997, by Bad Boy Records.\n",
        "It was released on July 1, 1997, by Bad Boy Records and Arista Records.\n",
        "The film was released on August 15, 1986 to mostly positive reviews.\n",
        "Happy Death Day 2U is scheduled to be released on February 14, 2019.\n",
    ],
)
def test_sources_a_sentence_that_says_when_something_was_released_dates_no_page(text):
    # NOTE: a page about an album or a film says when it was released; that dates the album, not the page
    assert "date" not in read_metadata(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Released: March 3, 2024\n\nThe band's new single is out.", dt.date(2024, 3, 3)),
        ("Story posted on March 3, 2024\n\nThe storm moved east.", dt.date(2024, 3, 3)),
        ("The Courier — Published March 3, 2024 by Ana Ruiz\n\nThe storm moved east.", dt.date(2024, 3, 3)),
        ("on April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM\n\nThe storm moved east.", dt.date(2008, 4, 30)),
    ],
)
def test_sources_a_label_opening_a_line_or_its_part_dates_the_page(text, value):
    assert read_metadata(text)["date"] == value


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Poſted on May 1, 2012", True),  # NOTE: the case-blind pattern reads a long s as an s: searched, not skipped
        ("Updated | June 3, 2013", True),
        ("LAST MODIFIED: 2012-05-01", True),
        ("The storm moved east on May 1, 2012.", False),
        ("Zürich, May 1, 2012", False),
    ],
)
def test_sources_labelled_date_skips_only_plain_lines_without_a_label_word(line, dated):
    from checker.sources import _labelled_date

    assert bool(_labelled_date(line)) is dated


@pytest.mark.parametrize(
    ("line", "metadata"),
    [
        ("By Jess Carrow, with Mountain West Wire | February 20, 2026", True),
        ("Posted by Jane Roe on Friday, November 9, 2026", True),
        ("By Jane Roe · Nov. 9, 2026 · 4 min read", True),
        ("By Jane Roe | Staff writer", True),
        # NOTE: a headline or sentence opening with "By" is no byline, nor is a name without a date or separator
        ("By Friday, Floods Reach the Town Centre", False),
        ("by the numbers | what changed this year", False),
        ("By the time crews arrived on March 3, 2024, the fire had spread.", False),
        ("By Jane Roe", False),
    ],
)
def test_sources_a_byline_with_its_date_or_outlet_is_page_metadata(line, metadata):
    from checker.chrome import is_metadata

    assert is_metadata(line) is metadata
