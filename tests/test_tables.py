"""Tables: a pipe table's rows read under their header as sentences on their own lines; tables that cannot be read said."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.html import extract_page
from checker.sources import read_sources
from checker.tables import read_tables, row_sentences
from clifakes import fake_pipeline  # noqa: F401  (fixture)

runner = CliRunner()

PRICING = """# Pricing

Acme Cloud offers three plans for teams of every size.

| Plan | Price | Seats |
|------|-------|-------|
| Free | $0 | 1 |
| **Pro** | $19.99 / month | 5 |
| Enterprise | - | 50 |

Prices are billed monthly.
"""


def test_tables_rows_become_sentences_on_their_own_lines():
    text, notes = read_tables(PRICING)
    lines = text.split("\n")
    assert notes == ()
    assert len(lines) == len(PRICING.split("\n")), "every line keeps its number"
    assert lines[4] == "" and lines[5] == "", "the header's words are in every row's sentences"
    assert lines[7] == "Price of the Pro plan: $19.99 / month. The Pro plan: 5 seats."
    assert lines[8] == "The Enterprise plan: 50 seats.", "an empty cell ('-') states nothing"
    assert lines[2] == "Acme Cloud offers three plans for teams of every size." and lines[10] == "Prices are billed monthly."


@pytest.mark.parametrize(
    ("header", "cells", "transposed", "expected"),
    [
        (("Plan", "Price"), ("Pro", "$19.99 / month"), False, ["Price of the Pro plan: $19.99 / month."]),
        (("Plan", "Price"), ("Pro plan", "$19.99"), False, ["Price of the Pro plan: $19.99."]),
        (("Tier", "Requests per Minute"), ("Free", "60"), False, ["The Free tier: 60 requests per minute."]),
        (("Model", "Max tokens"), ("GPT-4", "8,192"), False, ["The GPT-4 model: 8,192 max tokens."]),
        (("Plan", "Price (USD)"), ("Pro", "19.99"), False, ["Price of the Pro plan: 19.99 USD."]),
        (("Country", "Population"), ("Chad", "17,000,000"), False, ["Population of the Chad country: 17,000,000."]),
        (("Endpoint", "API calls"), ("/v1/chat", "100"), False, ["The /v1/chat endpoint: 100 API calls."]),
        (("", "Free", "Pro"), ("Requests per minute", "60", "600"), True,
         ["For Free: 60 requests per minute.", "For Pro: 600 requests per minute."]),
        (("", "Free", "Pro"), ("Support", "email", "phone"), True, ["Support of Free: email.", "Support of Pro: phone."]),
        (("Plan", "Price", "Seats"), ("Free", "", "—"), False, []),
    ],
)
def test_tables_row_sentences(header, cells, transposed, expected):
    assert row_sentences(header, cells, transposed) == expected


def test_tables_header_in_a_transposed_table_reads_the_columns_as_the_things():
    text, notes = read_tables("|  | Free | Pro |\n|---|---|---|\n| Seats | 1 | 5 |\n")
    assert notes == () and text.split("\n")[2] == "For Free: 1 seats. For Pro: 5 seats."


def test_tables_rows_without_a_header_are_said_and_left_as_written():
    page = "Limits per region.\n\n| EU | 40 ms |\n| US | 35 ms |\n\nThe end.\n"
    text, notes = read_tables(page)
    assert text == page
    assert notes == ("table at lines 3-4 not read: no header row (no |---| line under its first row)",)


def test_tables_a_page_laid_out_in_pipes_is_no_table():
    page = ("| The mayor resigned on Monday after an audit of the city budget. | Sidebar |\n"
            "| She denied any wrongdoing in a statement from her office on Tuesday. | Links |\n")
    assert read_tables(page) == (page, ())


@pytest.mark.parametrize(
    ("table", "why"),
    [
        ("| Plan | Price |\n|---|---|\n| Pro | $19 | extra |\n", "rows of different widths"),
        ("| Plan | Region | Price |\n|---|---|---|\n| Pro | EU | $19 |\n|  | US | $21 |\n", "a row without its first cell"),
        ("| Plan |  |\n|---|---|\n| Pro | $19 |\n", "a column without a header"),
    ],
)
def test_tables_cells_that_cannot_be_placed_under_their_header_are_said(table, why):
    text, notes = read_tables(table)
    assert text == table
    (note,) = notes
    assert note.startswith("table at lines 1-") and why in note


def test_tables_in_code_blocks_are_examples_not_tables():
    page = "Write a table like this:\n\n```\n| Plan | Price |\n|---|---|\n| Pro | $19 |\n```\n\n    | a | b |\n    | c | d |\n"
    assert read_tables(page) == (page, ())


def test_tables_text_without_a_table_is_returned_as_it_is():
    page = "The vote was 5 | 4 in favour.\nNothing else here.\n"
    assert read_tables(page) == (page, ())


_HTML = """<html><head><title>Pricing</title></head><body><article>
<p>Acme Cloud offers three plans for teams of every size. All plans include email support.</p>
<table><thead><tr><th>Plan</th><th>Price</th><th>Seats</th></tr></thead>
<tbody><tr><td>Free</td><td>$0</td><td>1</td></tr>
<tr><td>Pro</td><td>$19.99 / month</td><td>5</td></tr>
<tr><td>Enterprise</td><td colspan="2">Contact sales</td></tr></tbody></table>
<p>Prices are billed monthly and exclude taxes where applicable.</p>
</article></body></html>"""


def test_html_table_rows_stay_together_and_merged_rows_are_left_out_and_said():
    text, notes = extract_page(_HTML)
    assert "| Plan | Price | Seats |\n|---|---|---|\n| Free | $0 | 1 |\n| Pro | $19.99 / month | 5 |" in text
    assert "Contact sales" not in text
    assert notes == ('table 1 ("Plan | Price | Seats"): 1 of its 3 rows not read: merged cells (colspan / rowspan)',)
    read, _ = read_tables(text)
    assert "Price of the Pro plan: $19.99 / month. The Pro plan: 5 seats." in read.split("\n")


def test_html_table_with_a_merged_header_is_left_out_whole():
    page = "<table><tr><th colspan='2'>Limits</th></tr><tr><td>Free</td><td>60</td></tr><tr><td>Pro</td><td>600</td></tr></table>"
    text, notes = extract_page(page)
    assert "60" not in text and notes == ('table 1 ("Limits") not read: merged cells (colspan / rowspan)',)


def test_html_layout_table_with_merged_cells_is_the_page_text():
    page = ("<html><body><table><tr><td colspan='2'><p>The mayor resigned on Monday after an audit found missing funds.</p>"
            "</td></tr><tr><td>Menu</td><td>Links</td></tr></table></body></html>")
    text, notes = extract_page(page)
    assert "The mayor resigned on Monday" in text and notes == ()


def test_sources_unread_table_is_a_skipped_note_and_the_rest_is_read(tmp_path):
    (tmp_path / "limits.md").write_text("# Limits\n\n| EU | 40 ms |\n| US | 35 ms |\n\n| Tier | Requests per minute |\n|---|---|\n| Free | 60 |\n")
    skipped: list = []
    (src,) = read_sources([str(tmp_path / "limits.md")], skipped)
    assert src.text.split("\n")[7] == "The Free tier: 60 requests per minute."
    assert [(s.code, s.reason) for s in skipped] == [("CC907", "table at lines 3-4 not read: no header row (no |---| line under its first row)")]


def test_cli_unread_table_reported_and_does_not_fail_the_run(fake_pipeline, tmp_path):  # noqa: F811
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "guide.md").write_text("The Free tier allows 100 requests per minute.\n")
    (docs / "limits.md").write_text("Our limits.\n\n| EU | 40 ms |\n| US | 35 ms |\n")
    result = runner.invoke(app, [str(docs), "-f", "json", "-q", "--fail-on", "any", "--exit-zero"])
    report = json.loads(result.stdout)
    assert report["skipped"] == [{"path": str(docs / "limits.md"), "code": "CC907",
                                  "reason": "table at lines 3-4 not read: no header row (no |---| line under its first row)"}]
    assert f"skipped {docs / 'limits.md'}: [CC907]" in result.stderr
    assert {d["path"] for d in report["documents"]} == {str(docs / "guide.md"), str(docs / "limits.md")}


@pytest.mark.slow
@pytest.mark.parametrize("page", ["pricing.md", "pricing.html"])
def test_cli_table_row_contradicts_prose_of_another_page(tmp_path, page):
    """Two invented pages, one with a pricing table (Markdown or HTML), one in prose: the row that disagrees is found and
    cited at its own line; the rows that agree are not flagged."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "faq.md").write_text("# Questions\n\nAcme Cloud is a hosting service for small software teams.\n\n"
                                 "The Pro plan costs $24.99 a month and includes five seats.\n\n"
                                 "The Enterprise plan includes 50 seats.\n")
    (docs / page).write_text(PRICING if page.endswith(".md") else _HTML.replace("Contact sales", "$99 / month").replace(' colspan="2"', "") .replace("</td></tr></tbody>", "</td><td>50</td></tr></tbody>"))
    result = runner.invoke(app, [str(docs), "-f", "json", "-q", "--no-cache"])
    report = json.loads(result.stdout)
    (finding,) = report["findings"]
    cited = {(c["path"].rsplit("/", 1)[-1], c["text"]) for c in finding["claims"]}
    assert ("faq.md", "The Pro plan costs $24.99 a month and includes five seats.") in cited
    row = next(c for c in finding["claims"] if c["path"].endswith(page))
    assert row["text"] == "Price of the Pro plan: $19.99 / month."
    assert row["line"] == (8 if page.endswith(".md") else 8)
