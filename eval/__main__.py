"""`python -m eval`: the pair-level judge evaluation; the lead wires the final `make eval`."""

from __future__ import annotations

import importlib.util
import logging
import sys

from eval.pairs import main

logger = logging.getLogger(__name__)

if __name__ == "__main__":
    code = main(sys.argv[1:])
    # NOTE: the event-clustering evaluation is a separate harness, run on its own.
    if importlib.util.find_spec("eval.events") is not None:
        print("event clustering: python -m eval.events (make eval-events)", file=sys.stderr)
    sys.exit(code)
