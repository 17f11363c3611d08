"""check: claim-level source consistency checker."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "check_paths"]


def check_paths(paths, settings=None, backends=None):  # noqa: ANN001
    """Discover, read and check documents; see `checker.pipeline.check_paths`."""
    from checker.pipeline import check_paths as _check

    return _check(paths, settings, backends)
