"""Boilerplate rules: separators, dates, bylines, calls to action, short lines, repeated lines."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.boilerplate import boilerplate_kind, drop_repeated_lines, is_boilerplate, source_line, strip_bullet
from index.documents import Document

BOILERPLATE = [
    ("...", "separator"),
    ("---", "separator"),
    ("***", "separator"),
    ("\u00a0", "separator"),
    ("• • •", "separator"),
    ("", "separator"),
    ("05/09/2025", "date"),
    ("  • 05/09/2025", "date"),
    ("Nov. 12, 2024", "date"),
    ("2024-11-12", "date"),
    ("2024-11-12T04:10:56.812Z", "date"),
    ("Tuesday, November 12, 2024 10:04 AM", "date"),
    ("12 November 2024", "date"),
    ("Updated 10:04 a.m. ET", "date"),
    ("Published 3 hours ago", "date"),
    ("Source: NBC News", "source"),
    ("  • Source: NBC News", "source"),
    ("Photo: Reuters", "credit"),
    ("by:", "byline"),
    ("  • by:", "byline"),
    ("By Jane Doe", "byline"),
    ("By: Jane Doe", "byline"),
    ("BY JANE DOE AND JOHN ROE, AP", "byline"),
    ("Written by Jane Doe, Staff Writer", "byline"),
    ("Read Full Article Here", "cta"),
    ("Follow us", "cta"),
    ("Read our latest news on any of these social networks!", "cta"),
    ("Get latest news delivered daily!", "cta"),
    ("We will send you breaking news right to your inbox", "cta"),
    ("Have a tip? Let us know!", "cta"),
    ("Sign up for our newsletter", "cta"),
    ("Click here to subscribe.", "cta"),
    ("Download the app now", "cta"),
    ("Watch: the ceremony in full", "cta"),
    ("Recent Articles", "short"),
    ("Share", "short"),
    ("Advertisement", "short"),
    ("Related Stories", "short"),
]

PROSE = [
    "FDA approves at-home HPV test to screen for cervical cancer",
    "Fed holds rates steady despite pressure from Trump",
    "North Korea ratifies major defense treaty with Russia",
    "Luigi Mangione's legal defense fund hits $1 million in donations",
    "Ukraine Parliament Ratifies Trump’s Rare Earths Mineral Deal",
    '"No," she said.',
    "Yes.",
    "Article 5 applies",
    "Share prices fell 5% on Monday.",
    "By Monday, the deal was done.",
    "Support for the treaty is growing in our region.",
    "They told us the news.",
    "US officials share news of the deal",
    "Source: World Bank data shows inflation rising in most regions.",
    "November 12, 2024 was a Tuesday.",
    '"Read my lips," he said.',
    "KYIV, Ukraine (AP) – Ukraine’s Parliament unanimously voted in favor of ratifying of a landmark "
    "minerals deal with the U.S. on Thursday afternoon, a lawmaker said.",
    "Organizers said the financial milestone came from over 28,000 donations, "
    "with a median contribution of $20.",
]


@pytest.mark.parametrize(("line", "kind"), BOILERPLATE)
def test_boilerplate_lines_are_recognised_by_rule(line: str, kind: str) -> None:
    assert boilerplate_kind(line) == kind
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", PROSE)
def test_real_sentences_and_headlines_stay(line: str) -> None:
    assert boilerplate_kind(line) is None
    assert not is_boilerplate(line)


def test_source_line_gives_the_source_only_for_short_metadata_lines() -> None:
    assert source_line("  • Source: NBC News") == "NBC News"
    assert source_line("source:Reuters") == "Reuters"
    assert source_line("Source: World Bank data shows inflation rising in most regions.") is None
    assert source_line("Sources say the deal is done") is None


def test_strip_bullet() -> None:
    assert strip_bullet("  • by:") == "by:"
    assert strip_bullet("- item") == "item"
    assert strip_bullet("-5 degrees") == "-5 degrees"
    assert strip_bullet("***") == "***"


def _doc(doc_id: str, *lines: str, presplit: bool = False) -> Document:
    text = "\n".join(lines)
    blocks, offset = [], 0
    for line in lines:
        blocks.append((offset, offset + len(line)))
        offset += len(line) + 1
    return Document(doc_id, text, tuple(blocks), presplit=presplit)


FOOTER = "Copyright 2024 Example Media Group"


def test_repeated_short_line_in_most_documents_is_dropped() -> None:
    docs = [_doc(f"d{i}", f"Story number {i} is about the treaty.", FOOTER) for i in range(3)]
    docs.append(_doc("d3", "A story without the footer line."))
    out = drop_repeated_lines(docs)
    assert [[d.text[s:e] for s, e in d.blocks] for d in out][:3] == [
        [f"Story number {i} is about the treaty."] for i in range(3)
    ]
    assert out[3] is docs[3]


def test_repeated_line_needs_three_documents_and_more_than_half() -> None:
    two = [_doc(f"d{i}", f"Story {i} here.", FOOTER) for i in range(2)]
    assert drop_repeated_lines(two) == two
    half = [_doc(f"d{i}", f"Story {i} here.", FOOTER) for i in range(3)]
    half += [_doc(f"e{i}", f"Other story {i} here.") for i in range(3)]
    assert drop_repeated_lines(half) == half


def test_long_repeated_blocks_and_presplit_documents_are_kept() -> None:
    long_line = (
        "This sentence is long enough to be real prose that several documents happen to quote in full."
    )
    docs = [_doc(f"d{i}", f"Story {i}.", long_line) for i in range(4)]
    assert drop_repeated_lines(docs) == docs
    presplit = [_doc(f"p{i}", f"Claim {i}.", FOOTER, presplit=True) for i in range(4)]
    assert drop_repeated_lines(presplit) == presplit


@settings(deadline=None, max_examples=100)
@given(st.text())
def test_is_boilerplate_never_crashes_and_ignores_surrounding_whitespace(line: str) -> None:
    kind = boilerplate_kind(line)
    assert kind is None or isinstance(kind, str)
    assert is_boilerplate(line) == is_boilerplate(f"  {line}\t\n")


@settings(deadline=None, max_examples=100)
@given(
    st.lists(st.sampled_from(["by", "By:", "1", "/", ".", ":", "Nov.", "read", "us", "news", "!", " ", "\n"]))
)
def test_is_boilerplate_on_token_soup(tokens: list[str]) -> None:
    is_boilerplate(" ".join(tokens))


@pytest.mark.parametrize(
    "line", ["by " * 20000, "1/" * 50000, "a." * 50000, "." * 100000, "Read us " * 20000]
)
def test_pathological_lines_are_fast(line: str) -> None:
    start = time.perf_counter()
    is_boilerplate(line)
    assert time.perf_counter() - start < 0.5
