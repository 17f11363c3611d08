"""Shared fixtures: hand-written corpora, fake backends, and one real-model pipeline per session."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from checker.backends.fake import HashEmbedder

CORPUS = {
    "alpha.txt": """
        Harbor Daily | Updated: 2025-03-14

        Northwind Denies Rival Access to Its Vela 3 Model

        In early March 2025, Northwind Labs refused a request from Brazilian universities to license its newest model, Vela 3.
        The company said the refusal was final.
        """,
    "beta.md": """
        # Regulators force a shutdown

        Published: 2025-09-02

        In August 2024, the Danish government ordered Northwind Labs to suspend access to its models, Orion 2 and Lyra 4, for all foreign users.
        Northwind Labs then took these models offline globally.

        Copyright 2025 Beta Media. All rights reserved.
        """,
    "gamma.txt": """
        A wider debate about open research continued at the Copenhagen summit.
        Many researchers argue that openness improves safety.
        """,
}


def write_corpus(folder: Path, files: dict[str, str] = CORPUS) -> Path:
    """Write a small corpus of hand-written documents."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        (folder / name).write_text(textwrap.dedent(body).lstrip(), encoding="utf-8")
    return folder


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Every test run gets its own parse/embedding cache, never the working directory's."""
    import os

    old = os.environ.get("CHECK_CACHE_DIR")
    os.environ["CHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("check_cache"))
    yield
    if old is None:
        os.environ.pop("CHECK_CACHE_DIR", None)
    else:
        os.environ["CHECK_CACHE_DIR"] = old


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A three-document corpus with a planted product, date and scope discrepancy."""
    return write_corpus(tmp_path / "docs")


@pytest.fixture
def fake_embedder() -> HashEmbedder:
    """Deterministic embedder: no model load."""
    return HashEmbedder()


@pytest.fixture(scope="session")
def real_parser():
    """The real spaCy pipeline, loaded once per session."""
    from checker.parse import SpacyParser

    p = SpacyParser()
    p.warm_up()
    return p
