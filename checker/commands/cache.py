"""`check cache`: inspect, prune and clear the content-hash cache (the folder `check` itself would use)."""

from __future__ import annotations

import logging
from typing import Optional

import typer

__all__ = ["cache_app"]

logger = logging.getLogger(__name__)

cache_app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    no_args_is_help=True,
    help="Manage the parse/embedding cache (.check_cache/ by default).",
    context_settings={"help_option_names": ["-h", "--help"]},
)

_DIR = typer.Option(None, "--cache-dir", metavar="DIR", help="Cache folder (default: cache-dir of the nearest config, $CHECK_CACHE_DIR or .check_cache).")


def _folder(cache_dir: Optional[str]) -> Optional[str]:
    """``--cache-dir``, else the ``cache-dir`` the config above the current folder sets (as `check .` would use).

    A bad config is a one-line [E010] and exit 2, as for `check`.
    """
    if cache_dir:
        return cache_dir
    from checker.commands.common import err
    from checker.errors import CheckerError
    from checker.pipeline import resolve_settings

    try:
        settings, _ = resolve_settings(["."])
    except CheckerError as exc:
        err(str(exc))
        raise typer.Exit(2) from None
    return settings.cache_dir


@cache_app.command("clear")
def clear_cmd(cache_dir: Optional[str] = _DIR) -> None:
    """Delete the cache; the next run parses and embeds everything again."""
    cache_dir = _folder(cache_dir)
    from checker.cache import clear

    try:
        path, existed = clear(cache_dir)
    except OSError as exc:
        typer.echo(f"check: error: cannot clear the cache: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"cleared {path}" if existed else f"no cache at {path}")


@cache_app.command("info")
def info_cmd(cache_dir: Optional[str] = _DIR) -> None:
    """Where the cache is, how many parses and embeddings it holds, and its size."""
    cache_dir = _folder(cache_dir)
    import sqlite3

    from checker.cache import cache_dir as resolve

    path = resolve(cache_dir)
    db = path / "cache.db"
    if not db.exists():
        typer.echo(f"no cache at {path}")
        return
    size = sum(p.stat().st_size for p in path.iterdir() if p.is_file())
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        kinds = dict(con.execute("SELECT kind, count(*) FROM records GROUP BY kind").fetchall())
        embeddings = con.execute("SELECT count(*) FROM embeddings").fetchone()[0]
        con.close()
    except sqlite3.Error as exc:
        typer.echo(f"{path}: unreadable or from another version ({exc}); the next run rebuilds it, or run `check cache clear`")
        return
    parses = kinds.pop("parse", 0)
    others = "".join(f", {n} {kind} records" for kind, n in sorted(kinds.items()))
    typer.echo(f"{path}: {parses} parsed documents, {embeddings} embeddings{others}, {size / 1e6:.1f} MB")


@cache_app.command("prune")
def prune_cmd(
    cache_dir: Optional[str] = _DIR,
    max_size: Optional[float] = typer.Option(None, "--max-size", metavar="MB", min=0, help="Size cap in MB (default: $CHECK_CACHE_MAX_MB or 2048)."),
) -> None:
    """Drop entries older versions wrote, then the least recently used beyond the size cap."""
    cache_dir = _folder(cache_dir)
    from checker.cache import cache_dir as resolve, prune

    try:
        result = prune(cache_dir, None if max_size is None else int(max_size * 2**20))
    except OSError as exc:
        typer.echo(f"check: error: {exc}", err=True)
        raise typer.Exit(2) from None
    if result is None:
        typer.echo(f"no cache at {resolve(cache_dir)}")
        return
    typer.echo(
        f"pruned {result.stale} entries of other versions and {result.evicted} least recently used; "
        f"{result.bytes_before / 1e6:.1f} MB -> {result.bytes_after / 1e6:.1f} MB"
    )
