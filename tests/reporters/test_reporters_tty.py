"""The terminal report as people get it: 80 columns in a real terminal (tmux), piped, and with NO_COLOR.

Every case renders the shared hand-built `Report` (tests/reporters/conftest.py) through the CLI's own
output path (`checker.commands.output.write_report`) in a child process, so what is compared is what a
user's terminal or pipe receives. Regenerate with ``CHECK_UPDATE_GOLDEN=1``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

_HERE = Path(__file__).parent
_GOLDEN = _HERE / "golden"
_UPDATE = os.environ.get("CHECK_UPDATE_GOLDEN") == "1"
_TMUX = shutil.which("tmux")
_ROOT = _HERE.parent.parent

_SCRIPT = (
    "import sys; sys.path.insert(0, {here!r}); "
    "from conftest import build_report; "
    "from checker.commands.output import write_report; "
    "from checker.reporters import OutputFormat; "
    "write_report(build_report(), OutputFormat.terminal); "
    "print('END-OF-REPORT', flush=True)"
).format(here=str(_HERE))


def _golden(name: str, text: str) -> None:
    path = _GOLDEN / name
    if _UPDATE:
        path.write_text(text, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"missing golden {path}; run with CHECK_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "TMUX")}
    env["PYTHONPATH"] = os.pathsep.join([str(_ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.update(extra)
    return env


def _in_tmux(width: int, **env: str) -> tuple[str, str]:
    """(screen as text, screen with escape codes) after the script ran in a ``width``-column tmux pane."""
    tmux = [_TMUX, "-L", f"check-tty-{uuid.uuid4().hex[:8]}", "-f", os.devnull]
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    command = f"env {exports} {sys.executable} -c {_quote(_SCRIPT)}; sleep 600"
    subprocess.run([*tmux, "new-session", "-d", "-s", "t", "-x", str(width), "-y", "80", command],
                   env=_env(TERM="xterm-256color"), check=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            plain = subprocess.run([*tmux, "capture-pane", "-p", "-t", "t"], capture_output=True, text=True, check=True).stdout
            if "END-OF-REPORT" in plain:
                break
            assert time.monotonic() < deadline, plain
            time.sleep(0.2)
        coloured = subprocess.run([*tmux, "capture-pane", "-p", "-e", "-t", "t"], capture_output=True, text=True, check=True).stdout
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True, check=False)
    return _screen(plain), coloured


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def _screen(text: str) -> str:
    """The pane's lines up to the end marker, trailing spaces dropped (tmux does not keep them)."""
    lines = text.split("END-OF-REPORT", 1)[0].splitlines()
    return "\n".join(line.rstrip() for line in lines).rstrip("\n") + "\n"


@pytest.mark.skipif(_TMUX is None, reason="tmux is not installed (the Makefile's install step provides it)")
def test_tty_terminal_at_80_columns_in_tmux_matches_golden():
    plain, coloured = _in_tmux(80)
    _golden("terminal-tmux-80.txt", plain)
    assert "\x1b[" in coloured  # NOTE: the control: a real terminal gets colour
    lines = plain.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any(line.startswith("╭─ CC101 contradiction  product  confidence 0.93  5d0c3a9e") for line in lines)
    for loc in ("seeds/wire.md:3:28", "seeds/blog post.md:3:1", "seeds/gov.txt:1:10"):
        assert loc in plain  # NOTE: paths are never wrapped


@pytest.mark.skipif(_TMUX is None, reason="tmux is not installed (the Makefile's install step provides it)")
def test_tty_no_color_keeps_the_layout_and_drops_every_colour():
    plain, coloured = _in_tmux(80, NO_COLOR="1")
    _golden("terminal-tmux-80.txt", plain)
    assert "\x1b[" not in coloured.split("END-OF-REPORT", 1)[0].replace("\x1b[0m", "").replace("\x1b[39m", "")


def test_tty_piped_is_the_plain_report():
    out = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=_env(), check=True)
    text = out.stdout.split("END-OF-REPORT", 1)[0]
    _golden("terminal-plain.txt", text)
    assert "\x1b[" not in text and not set("╭╮╰╯│") & set(text)
    # NOTE: NO_COLOR changes nothing in a pipe
    no_color = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=_env(NO_COLOR="1"), check=True)
    assert no_color.stdout.split("END-OF-REPORT", 1)[0] == text
