"""Claims as a run judges them: each text its own document, parsed and normalised in context, tokens dropped."""

from __future__ import annotations

import dataclasses

from checker.models import Claim, Source, source_id


_TITLE = "A report"


def judged(real_parser, *docs: str) -> list[tuple[Claim, ...]]:
    """Each document's claims as `checker.pipeline` hands them to the judge (tokens dropped after normalising), its
    title aside: each text is the body of a document under a title of no claim."""
    from checker.normalize import normalize
    from checker.parse import parse

    texts = [f"{_TITLE}\n\n{d}\n" for d in docs]
    sources = [Source(id=source_id(f"doc{i}.txt", t), path=f"doc{i}.txt", text=t) for i, t in enumerate(texts)]
    return [tuple(dataclasses.replace(c, tokens=()) for c in cs if c.text != _TITLE)
            for cs in normalize(parse(sources, real_parser), sources)]


def claim_of(real_parser, doc: str, words: str) -> Claim:
    """The claim of ``doc`` (parsed as a run parses it) whose text holds ``words``."""
    return next(c for c in judged(real_parser, doc)[0] if words.lower() in c.text.lower())
