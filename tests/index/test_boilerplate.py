"""Boilerplate rules: separators, dates, bylines, CTAs, notices, lead-ins, short and repeated lines."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from factbot.index.documents import Document
from factbot.index.ingest.boilerplate import (
    boilerplate_kind,
    drop_boilerplate_sentences,
    drop_repeated_lines,
    is_boilerplate,
    source_line,
    strip_bullet,
)
from factbot.index.ingest.loaders import load_corpus
from factbot.index.store.build import split_document
from hypothesis import given, settings
from hypothesis import strategies as st

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
    ("(Reporting by Petra Lund; editing by Simon Achebe)", "credit"),
    ("Reporting by Jane Doe in London; Writing by John Roe; Editing by Ann Poe", "credit"),
    ("https://gazette.example/news/2025-09-10/fragments", "link"),
    ("www.gazette.example", "link"),
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
    ("Copyright 2025 Associated Wire.", "rights"),
    ("© 2026 Some Outlet", "rights"),
    ("(c) 2024 Example Media", "rights"),
    ("Copyright © 2024 Example Media Group", "rights"),
    ("All rights reserved.", "rights"),
    ("*Copyright 2025 Example Times. All rights reserved.*", "rights"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "rights"),
    ("This story may not be republished without permission.", "rights"),
    ("Reproduction without permission is prohibited.", "rights"),
    ("This article is for informational purposes and is not a substitute for medical advice.", "disclaimer"),
    ("This newsletter does not constitute investment advice.", "disclaimer"),
    ("This article was produced with the help of artificial intelligence tools.", "disclaimer"),
    ("This story was produced in partnership with the Example Foundation.", "disclaimer"),
    ("This article is available to Example Times subscribers.", "disclaimer"),
    ("Share this story: Facebook · X", "prompt"),
    ("Share on Facebook", "prompt"),
    ("Follow Jane Doe on Instagram", "prompt"),
    ("Subscribe to the Morning Brief.", "prompt"),
    ("Sign up for breaking news alerts.", "prompt"),
    ("Sign up for the Example Times daily briefing.", "prompt"),
    ("Unsubscribe | Update your preferences", "prompt"),
    ("Forwarded this? Sign up for our newsletter.", "prompt"),
    ("Related: Shop owners count the cost of a closed bridge", "pointer"),
    ('Related: How are bridges inspected, and what does a "poor" rating mean?', "pointer"),
    ("See also: Timeline of the strike", "pointer"),
    ("More coverage: Live updates from the council", "pointer"),
    ("Read the full budget document", "pointer"),
    ("Read the full report here.", "pointer"),
    ("Click here to read the full budget.", "pointer"),
    ("Taxes.", "lead-in"),
    ("**Costs.**", "lead-in"),
    ("The numbers.", "lead-in"),
    ("What's next.", "lead-in"),
    ("Next Steps.", "lead-in"),
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
    # Close to a notice, prompt, pointer or lead-in, but real statements.
    "The company said it would share the data with regulators.",
    "Readers can follow the trial on the court's website.",
    "He read the full statement to reporters.",
    "Read the full statement, the lawyer told reporters.",
    "Related companies also fell.",
    "The station has reserved all rights to the footage.",
    "Copyright law is changing.",
    "Subscribers will get a refund.",
    '"Sign up now," she said.',
    "Follow the money.",
    "This story has been updated to correct the vote count.",
    "This report was produced with the help of 40 researchers.",
    "Reporting by the BBC showed rents rose.",
    "Prices rose.",
    "He resigned.",
    "Good morning.",
    "False.",
    "Exactly.",
    "One.",
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


FOOTER = "Example Media Group, 12 Harbour Street"  # no rule drops it: only repetition does


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


# Notices and lead-ins inside paragraphs ---------------------------------------------------

STORY = [
    ("The council approved the budget on Tuesday.", ""),
    ("**Costs.** The project will cost $4 million.", "<b>Costs.</b> The project will cost $4 million."),
    ("**Taxes.**", "<b>Taxes.</b>"),
    ("Property taxes will rise 2% next year.", ""),
    ("The company said it would share the data with regulators. Share this story: Facebook · X", ""),
    ("Readers can follow the vote on the council's website. Follow us on X", ""),
    ("He read the full statement to reporters. Read the full budget document", ""),
    ("Related companies also fell. Related: Shop owners count the cost", ""),
    ("The station has reserved all rights to the footage.", ""),
    ("The vote was 7-2. Sign up for breaking news alerts.", ""),
    (
        "*Copyright 2025 Associated Wire. All rights reserved.*",
        "Copyright 2025 Associated Wire. All rights reserved.",
    ),
]
STORY_SENTENCES = [
    "The council approved the budget on Tuesday.",
    "The project will cost $4 million.",
    "Property taxes will rise 2% next year.",
    "The company said it would share the data with regulators.",
    "Readers can follow the vote on the council's website.",
    "He read the full statement to reporters.",
    "Related companies also fell.",
    "The station has reserved all rights to the footage.",
    "The vote was 7-2.",
]


def _story_file(tmp_path: Path, suffix: str) -> Path:
    if suffix == ".txt":
        body = "Council passes the budget\n" + "\n".join(text for text, _ in STORY)
    elif suffix == ".md":
        body = "---\ntitle: Council passes the budget\n---\n\n" + "\n\n".join(text for text, _ in STORY)
    else:
        paragraphs = "".join(f"<p>{html or text}</p>" for text, html in STORY)
        body = f"<html><body><article><h1>Council passes the budget</h1>{paragraphs}</article></body></html>"
    path = tmp_path / f"story{suffix}"
    path.write_text(body + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_notice_sentences_and_lead_ins_are_not_indexed(tmp_path: Path, suffix: str) -> None:
    (doc,) = load_corpus([_story_file(tmp_path, suffix)]).documents
    sentences = split_document(doc)
    assert [s.text for s in sentences] == STORY_SENTENCES
    assert [s.index for s in sentences] == list(range(len(STORY_SENTENCES)))
    for sentence in sentences:
        assert doc.text[sentence.start : sentence.end] == sentence.text


def test_block_is_narrowed_or_split_around_notices_with_exact_spans() -> None:
    doc = _doc(
        "d",
        "**Costs.** The project will cost $4 million.",
        "The vote was 7-2. All rights reserved. Sign up for our newsletter. It passed.",
        "Copyright 2025 Associated Wire.",
        "Pryce conceded on Wednesday. (Reporting by Petra Lund; editing by Simon Achebe)",
    )
    (out,) = drop_boilerplate_sentences([doc])
    assert [out.text[s:e] for s, e in out.blocks] == [
        "The project will cost $4 million.",
        "The vote was 7-2.",
        "It passed.",
        "Pryce conceded on Wednesday.",
    ]
    assert out.text == doc.text


def test_lead_in_needs_text_after_it_and_answers_are_not_lead_ins() -> None:
    doc = _doc(
        "d",
        "The numbers. Turnout reached 41%.",
        "Yes. The deal is done.",
        "Turnout.",
        "Prices rose. Then fell.",
    )
    (out,) = drop_boilerplate_sentences([doc])
    assert [out.text[s:e] for s, e in out.blocks] == [
        "Turnout reached 41%.",
        "Yes. The deal is done.",
        "Turnout.",  # a paragraph on its own is left to the line rules, which the loaders apply
        "Prices rose. Then fell.",
    ]


def test_documents_without_notices_and_presplit_documents_are_returned_as_they_are() -> None:
    plain = _doc("p", "Mr. Smith said the council would share the data.", "Related companies also fell.")
    presplit = _doc("s", "Claim one.", "All rights reserved.", presplit=True)
    out = drop_boilerplate_sentences([plain, presplit])
    assert out[0] is plain and out[1] is presplit


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


PATHOLOGICAL = [
    "by " * 20000,
    "1/" * 50000,
    "a." * 50000,
    "." * 100000,
    "Read us " * 20000,
    "Copyright " * 20000,
    "Related: " * 20000,
    "Taxes. " * 20000,
    "**" * 50000,
    "This article may not be " * 5000,
]


@pytest.mark.parametrize("line", PATHOLOGICAL)
def test_pathological_lines_are_fast(line: str) -> None:
    start = time.perf_counter()
    is_boilerplate(line)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("line", PATHOLOGICAL)
def test_pathological_blocks_are_fast(line: str) -> None:
    start = time.perf_counter()
    drop_boilerplate_sentences([_doc("d", line.strip())])
    assert time.perf_counter() - start < 1.0
