"""The one tree of exceptions the CLI turns into exit code 2, with coded messages."""

from __future__ import annotations

__all__ = [
    "CheckerError",
    "InputError",
    "ConfigError",
    "BackendUnavailable",
    "BackendError",
    "ReviewFileError",
    "Errors",
    "Skips",
]


class Errors:
    """Coded messages, as spaCy's ``errors.py``: format with ``.format(**kw)``."""

    E001 = "[E001] no such file or folder: {path}"
    E002 = "[E002] no .txt, .md or .html documents found in: {paths}"
    # NOTE: E003 (cannot read) and E004 (not UTF-8) are retired, never reused: such a document is now a
    # `Skipped` input (CC901 / CC903 in `Skips`) and the other documents are checked.
    E010 = "[E010] bad config in {path}: {reason}"
    E011 = "[E011] bad sidecar metadata in {path}: {reason}"
    E012 = "[E012] bad alias file {path}: {reason}"
    E020 = "[E020] backend unavailable: {what}; install it with: {hint}"
    E021 = "[E021] model not found at {path}: {reason}"
    E022 = "[E022] LLM endpoint {url} failed: {reason}"
    E030 = "[E030] bad review file {path}: {reason}"
    E031 = "[E031] no finding with fingerprint {fingerprint}"
    E040 = "[E040] cannot write {path}: {reason}"


class Skips:
    """Reason codes of inputs the run skipped (`checker.models.Skipped.code`); the rest is checked.

    ``CC901``-``CC905`` are inputs that could not be read (they fail the run under ``--fail-on any``,
    as ruff's E902 does); ``CC906`` is a readable document with nothing to check and ``CC907`` a table
    of a document that could not be read (notes only).
    """

    UNREADABLE = "CC901"
    """A file that cannot be opened or read (permissions, I/O error, broken link)."""
    BINARY = "CC902"
    """A file that is not text (NUL bytes, or detected as binary)."""
    UNDECODABLE = "CC903"
    """Text in no encoding that the BOM, a declaration, UTF-8 or charset detection can establish."""
    UNREADABLE_FOLDER = "CC904"
    """A folder that cannot be listed."""
    LINK_LOOP = "CC905"
    """A symbolic link that points back into itself."""
    NO_CLAIMS = "CC906"
    """A document with no checkable claims (empty, or only headings and page chrome)."""
    TABLE = "CC907"
    """A table of a document that cannot be read (no header row, merged cells); the rest of the document is checked."""

    NAMES = {
        "CC901": "unreadable-file",
        "CC902": "binary-file",
        "CC903": "undecodable-text",
        "CC904": "unreadable-folder",
        "CC905": "symlink-loop",
        "CC906": "no-claims",
        "CC907": "unread-table",
    }
    """Code -> short name, for reporters that describe notifications."""
    ERRORS = frozenset({"CC901", "CC902", "CC903", "CC904", "CC905"})
    """Codes of inputs that could not be read at all."""


class CheckerError(Exception):
    """Base of every error the user can fix; the CLI prints it in one line and exits 2."""


class InputError(CheckerError):
    """A path or document cannot be used."""


class ConfigError(CheckerError):
    """A config, sidecar or alias file is malformed."""


class BackendUnavailable(CheckerError):
    """An optional dependency or model is missing."""


class BackendError(CheckerError):
    """A configured model or server failed at run time."""


class ReviewFileError(CheckerError):
    """The review file is malformed or cannot be written."""
