"""The real pipeline runs with the network blocked: offline is a property, not a hope."""

from __future__ import annotations

import socket

import pytest


@pytest.mark.slow
def test_offline_real_pipeline_with_socket_guard(corpus, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    from checker.backends.sbert import SbertEmbedder
    from checker.pipeline import Backends, check_paths

    report = check_paths([str(corpus)], backends=Backends(embedder=SbertEmbedder()))
    assert report.claims > 0
    assert any(f.rule == "CC101" for f in report.findings)
