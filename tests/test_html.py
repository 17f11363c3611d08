"""HTML input: article text through trafilatura, title first, menus and footers gone, never vanishing."""

from __future__ import annotations

from checker.html import extract_text
from checker.sources import discover, read_sources

_PAGE = """<html><head><title>Mayor Resigns After Audit | City News</title><script>var tracker = 1;</script></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li><li><a href="/p">Politics</a></li></ul></nav></header>
<article><h1>Mayor Resigns After Audit</h1>
<p>The mayor of Lyon resigned on Monday after an audit found that 2 million euros were missing from the housing fund.</p>
<p>The council said an interim mayor would be named within two weeks. Police have opened an inquiry into the missing money.</p>
</article><footer><p>Copyright 2026 City News. All rights reserved.</p></footer></body></html>"""


def test_html_extract_keeps_title_and_paragraphs_drops_menus_scripts_footer():
    text = extract_text(_PAGE)
    lines = [ln for ln in text.split("\n") if ln]
    assert lines[0] == "Mayor Resigns After Audit"
    assert lines[1].startswith("The mayor of Lyon resigned on Monday")
    assert "Police have opened an inquiry" in text
    assert "tracker" not in text and "Politics" not in text and "All rights reserved" not in text


def test_html_extract_tiny_page_and_empty_input_never_raise():
    assert extract_text("<p>The dam broke at noon.</p>") == "The dam broke at noon.\n"
    assert extract_text("") == ""
    assert extract_text("<!-- nothing -->") == ""


def test_html_sources_discovered_and_read_as_extracted_text(tmp_path):
    (tmp_path / "a.html").write_text(_PAGE, encoding="utf-8")
    (tmp_path / "b.htm").write_text("<p>The dam broke at noon.</p>", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Plain text.\n", encoding="utf-8")
    paths = discover([str(tmp_path)])
    assert [p.rsplit("/", 1)[1] for p in paths] == ["a.html", "b.htm", "c.txt"]
    src = read_sources(paths)[0]
    assert src.text.startswith("Mayor Resigns After Audit\n\nThe mayor of Lyon")
    assert "<p>" not in src.text
