"""The one hand-built `Report` every reporter's golden file is rendered from."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from checker.models import Claim, Cluster, Finding, Report, Skipped, Source, source_id

__all__ = ["build_report"]

logger = logging.getLogger(__name__)

# NOTE: the texts exercise the escaping paths on purpose: a path with a space, a claim that
# spans two lines, a "%" and a "|" in claims or titles, a claim that does not start at column 1.
_WIRE = (
    "# US limits access to Mythos 5\n"
    "\n"
    "WASHINGTON, May 4 (Wire) - The US government restricted access to Mythos 5\n"
    "for Chinese research institutions on Monday.\n"
    "Officials said the rule covers about 40% of current users.\n"
    "\n"
    "The company will launch Mythos 5 in early May 2026.\n"
)
_BLOG = (
    "Anthropic | Policy notes\n"
    "\n"
    "The US government restricted access to Fable 5 for all foreign nationals.\n"
    "Mythos 5 launches in mid-2025, the company said.\n"
)
_GOV = "Notice | access to Mythos 5 is restricted for research institutions in China | effective May 4.\n"


def _source(path: str, text: str, **meta: object) -> Source:
    return Source(id=source_id(path, text), path=path, text=text, **meta)


def _claim(source: Source, text: str, paragraph: int = 0) -> Claim:
    """A claim for the first occurrence of ``text`` in ``source``, with its line and column."""
    start = source.text.index(text)
    end = start + len(text)
    before = source.text[:start]
    line = before.count("\n") + 1
    column = start - (before.rfind("\n") + 1) + 1
    end_line = source.text[: end - 1].count("\n") + 1
    return Claim(
        source_id=source.id,
        path=source.path,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        text=text,
        paragraph=paragraph,
    )


def build_report() -> Report:
    """Three sources, six claims, three events, two open findings, one acknowledged, one stale, one skipped."""
    wire = _source(
        "seeds/wire.md", _WIRE, title="US limits access to Mythos 5", date=dt.date(2026, 5, 4), author="Wire"
    )
    blog = _source("seeds/blog post.md", _BLOG, title="Anthropic | Policy notes")
    gov = _source("seeds/gov.txt", _GOV)

    w_restrict = _claim(
        wire, "The US government restricted access to Mythos 5\nfor Chinese research institutions on Monday.", 1
    )
    w_users = _claim(wire, "Officials said the rule covers about 40% of current users.", 1)
    w_launch = _claim(wire, "The company will launch Mythos 5 in early May 2026.", 2)
    b_restrict = _claim(blog, "The US government restricted access to Fable 5 for all foreign nationals.", 1)
    b_launch = _claim(blog, "Mythos 5 launches in mid-2025, the company said.", 1)
    g_restrict = _claim(
        gov, "access to Mythos 5 is restricted for research institutions in China | effective May 4."
    )

    restrict = "restrict · us government"
    launch = "launch · mythos 5"
    clusters = (
        Cluster(id=0, claims=(w_restrict, b_restrict, g_restrict), label=restrict),
        Cluster(id=1, claims=(w_launch, b_launch), label=launch),
        Cluster(id=2, claims=(w_users,), label="cover · users"),
    )
    product = Finding(
        fingerprint="5d0c3a9e41b27f86",
        rule="CC101",
        kind="product",
        verdict="contradiction",
        severity="error",
        confidence=0.93,
        message="The sources name different products: Mythos 5 vs Fable 5.",
        event=restrict,
        claims=(w_restrict, b_restrict),
        values=(("Mythos 5",), ("Fable 5",)),
    )
    target = Finding(
        fingerprint="a7e2914bc05d3f18",
        rule="CC104",
        kind="target",
        verdict="scope-difference",
        severity="info",
        confidence=0.71,
        message=(
            "The restriction covers all foreign nationals in one source, "
            "only Chinese research institutions (about 40% of users) in the others."
        ),
        event=restrict,
        claims=(b_restrict, w_restrict, g_restrict),
        values=(
            ("all foreign nationals",),
            ("Chinese research institutions",),
            ("research institutions", "China"),
        ),
    )
    launch_date = Finding(
        fingerprint="0f6b82d7c3e1a954",
        rule="CC102",
        kind="date",
        verdict="contradiction",
        severity="warning",
        confidence=0.88,
        message="The launch date differs: early May 2026 vs mid-2025.",
        event=launch,
        claims=(w_launch, b_launch),
        values=(("early May 2026",), ("mid-2025",)),
        acknowledged="dismissed",
    )
    return Report(
        sources=(wire, blog, gov),
        claim_counts=(3, 2, 1),
        clusters=clusters,
        findings=(product, target),
        acknowledged=(launch_date,),
        stale=("3f9a0c1d2e4b5a69",),
        skipped=(Skipped(path="seeds/empty.md", reason="no claims found: the document has no sentences"),),
    )


@pytest.fixture
def report() -> Report:
    """The shared hand-built report (see `build_report`)."""
    return build_report()
