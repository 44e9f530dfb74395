"""The sentence splitter: the news case table, span invariants, pathological inputs."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from factbot.index.ingest.sentences import ENDS_SENTENCE, split_spans, strip_span, word_set
from hypothesis import given, settings
from hypothesis import strategies as st

CASES_FILE = Path(__file__).with_name("splitter_cases.json")
CASES = json.loads(CASES_FILE.read_text(encoding="utf-8"))["cases"]


def check_spans(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> None:
    """Assert the span contract: in range, ordered, stripped, non-empty, losing no text."""
    end = len(text) if end is None else end
    previous = start
    for s, e in spans:
        assert previous <= s < e <= end
        piece = text[s:e]
        assert piece == piece.strip()
        assert not text[previous:s].strip()
        previous = e
    assert not text[previous:end].strip()


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 35
    assert len({case["id"] for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_news_cases(case: dict[str, object]) -> None:
    text = str(case["text"])
    spans = split_spans(text)
    check_spans(text, spans)
    assert [text[s:e] for s, e in spans] == case["expected"]


def test_offsets_are_absolute_within_start_end() -> None:
    prefix, block, suffix = "Title line\n\n", "Mr. Smith left. He said no.", "\n\nNext block. Here."
    text = prefix + block + suffix
    spans = split_spans(text, len(prefix), len(prefix) + len(block))
    assert [text[s:e] for s, e in spans] == ["Mr. Smith left.", "He said no."]
    assert spans[0][0] == len(prefix)
    assert spans[-1][1] == len(prefix) + len(block)


def test_empty_and_out_of_range_blocks() -> None:
    assert split_spans("") == []
    assert split_spans("Some text.", 5, 5) == []
    assert split_spans("Some text.", 8, 3) == []
    assert split_spans("Some text.", 0, 100) == [(0, 10)]


def test_dot_leaders_are_not_sentences() -> None:
    text = "Contents . . . . . . 12 Methods . . . . 15"
    assert [text[s:e] for s, e in split_spans(text)] == [text]


@settings(deadline=None, max_examples=200)
@given(st.text())
def test_spans_are_valid_for_any_text(text: str) -> None:
    spans = split_spans(text)
    check_spans(text, spans)
    assert bool(spans) == bool(text.strip())


@settings(deadline=None, max_examples=200)
@given(
    st.text(alphabet=st.sampled_from(list("aZ.?!… \n\"”’)(“‘'UuS5-")), max_size=200),
    st.integers(0, 200),
    st.integers(0, 200),
)
def test_spans_stay_inside_the_block(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(end, len(text))
    spans = split_spans(text, start, end)
    if start >= end:
        assert spans == []
        return
    check_spans(text, spans, start, end)


def _unicode_noise(n: int) -> str:
    """Random code points (no surrogates) mixed with spaces and terminators."""
    rng = random.Random(0)
    chars = []
    for _ in range(n):
        code = rng.randrange(0x110000)
        chars.append(rng.choice(" .?!\n”)") if code % 3 == 0 or 0xD800 <= code <= 0xDFFF else chr(code))
    return "".join(chars)


@pytest.mark.parametrize(
    "text",
    [
        "1234567890" * 10_000,
        ("lorem ipsum dolor sit amet " * 40_000)[:1_000_000],
        "." * 100_000,
        ". " * 100_000,
        "A. " * 50_000,
        "U.S. " * 50_000,
        "“?!”) " * 30_000,
        _unicode_noise(100_000),
    ],
    ids=["digits", "1MB-no-punct", "periods", "spaced-periods", "initials", "dotted", "closers", "unicode"],
)
def test_pathological_inputs_finish(text: str) -> None:
    check_spans(text, split_spans(text))


def test_shared_helpers_strip_spans_split_word_lists_and_find_sentence_ends() -> None:
    text = "  a b \n\t"
    assert strip_span(text, 0, len(text)) == (2, 5) and text[2:5] == "a b"
    assert strip_span(text, 5, len(text)) is None and strip_span(text, 3, 3) is None
    assert word_set(" Mr\n Dr  Mr ") == frozenset({"Mr", "Dr"})
    ended = ["It rained.", 'He said "no."', "Why?)", "And then…"]
    assert all(ENDS_SENTENCE.search(line) for line in ended)
    assert not any(ENDS_SENTENCE.search(line) for line in ["Recent Articles", "It rained. Then", "3.5"])
