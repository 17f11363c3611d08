"""Engines: where parsing and embedding run (this process, or a Ray cluster); `get_engine` picks one."""

from __future__ import annotations

import enum
import logging

from checker.engines.base import Engine
from checker.engines.local import LocalEngine

__all__ = ["Engine", "EngineName", "LocalEngine", "get_engine", "ENGINES"]

logger = logging.getLogger(__name__)

ENGINES = ("local", "ray")
"""Names accepted by ``--engine``."""


class EngineName(str, enum.Enum):
    """``--engine`` choices."""

    local = "local"
    ray = "ray"


def get_engine(name: str = "local", jobs: int = 0, address: str | None = None) -> Engine:
    """The engine called ``name``; ``jobs`` is worker processes (0: automatic)."""
    if name == "local":
        return LocalEngine(jobs=jobs)
    if name == "ray":
        from checker.engines.ray_engine import RayEngine  # NOTE: lazy; ray is an optional extra

        return RayEngine(jobs=jobs, address=address)
    raise ValueError(f"unknown engine {name!r}; choose from {', '.join(ENGINES)}")
