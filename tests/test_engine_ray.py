"""The Ray engine in local mode gives the same claims and findings as the default engine on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.backends.fake import HashEmbedder
from checker.pipeline import Backends, Settings, run
from checker.sources import discover, read_sources

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_engine_ray_missing_is_a_one_line_backend_error(monkeypatch):
    import builtins

    from checker.engines.ray_engine import RayEngine
    from checker.errors import BackendUnavailable

    real_import = builtins.__import__

    def no_ray(name, *args, **kwargs):  # noqa: ANN001, ANN202
        if name == "ray" or name.startswith("ray."):
            raise ImportError("No module named 'ray'", name="ray")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    with pytest.raises(BackendUnavailable, match=r"\[E020\].*checker\[ray\]"):
        RayEngine().parse([object()], object())  # type: ignore[list-item]


@pytest.mark.slow
def test_engine_ray_local_mode_matches_local_engine_on_seeds(tmp_path):
    pytest.importorskip("ray")
    pytest.importorskip("ray.data")
    from checker.engines.ray_engine import RayEngine

    sources = read_sources(discover([str(SEEDS)]))
    backends = Backends(embedder=HashEmbedder())
    local_report, local_claims = run(sources, Settings(engine="local"), backends)
    engine = RayEngine(jobs=2)
    try:
        ray_report, ray_claims = run(sources, Settings(engine="ray"), backends, engine=engine)
        # NOTE: the embedding stage on Ray too, compared row by row with the embedder itself.
        texts = [c.text for cs in local_claims for c in cs][:40]
        assert (engine.embed(texts, backends.embedder) == backends.embedder.embed(texts)).all()
    finally:
        engine.close()
    assert ray_claims == local_claims
    assert [f.fingerprint for f in ray_report.findings] == [f.fingerprint for f in local_report.findings]
    assert ray_report.findings, "the seeds have known findings"
