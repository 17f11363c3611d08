"""Hand-built parses for the normalisation tests: (text, lemma, pos, dep, head) per token, joined by single spaces."""

from __future__ import annotations

from checker.models import Token


def parsed(spec) -> tuple[str, tuple[Token, ...]]:
    """The text and its tokens, each word one space after the last."""
    out, pos = [], 0
    for text, lemma, tag, dep, head in spec:
        out.append(Token(text, lemma, tag, dep, head, "", pos))
        pos += len(text) + 1
    return " ".join(t[0] for t in spec), tuple(out)


def tokens(spec) -> tuple[Token, ...]:
    """The tokens of `parsed` alone."""
    return parsed(spec)[1]
