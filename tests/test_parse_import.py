"""spaCy's import by `checker.parse.import_spacy`: without spaCy's command line, which stays importable."""

from __future__ import annotations

import subprocess
import sys
import types

from checker.parse import _spacy_cli_stubs

_CHILD = """
import sys
from checker.parse import import_spacy
import_spacy()
import spacy
print("weasel" in sys.modules, "spacy.cli" in sys.modules, "spacy.cli.info" in sys.modules, "torch" in sys.modules)
import spacy.cli
print(hasattr(spacy.cli, "setup_cli"), spacy.cli.info.__name__, spacy.info.__module__)
"""


def test_parse_import_spacy_skips_its_command_line_and_leaves_it_importable() -> None:
    out = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=120, check=True).stdout.split("\n")
    # NOTE: weasel (spaCy's project CLI) came in only with spacy.cli; neither the stand-ins nor torch stay behind
    assert out[0] == "False False False False"
    assert out[1] == "True info checker.parse"


def test_parse_spacy_cli_stubs_are_the_two_modules_and_info_calls_the_real_one(monkeypatch) -> None:  # noqa: ANN001
    stubs = _spacy_cli_stubs()
    assert sorted(stubs) == ["spacy.cli", "spacy.cli.info"]
    assert all(isinstance(m, types.ModuleType) and m.__name__ == name for name, m in stubs.items())
    real = types.ModuleType("spacy.cli.info")
    real.info = lambda *a, **k: ("real", a, k)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "spacy.cli.info", real)
    assert stubs["spacy.cli.info"].info("en_core_web_sm", markdown=True) == ("real", ("en_core_web_sm",), {"markdown": True})  # type: ignore[attr-defined]
