"""The analyzer: one term stream for index and queries."""

from __future__ import annotations

import pytest
from factbot.index.ranking.analysis import Analyzer, shared_analyzer
from hypothesis import given, settings
from hypothesis import strategies as st

analyzer = Analyzer()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("10,000 soldiers", "10000 soldiers"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("Pyongyang’s troops", "Pyongyang's troops"),
        ("Pyongyang's troops", "Pyongyang troops"),
        ("RATIFIED", "ratifies"),
        ("the U.S. deal", "US deal"),
        ("Ｕｎｉｃｏｄｅ ｆｕｌｌｗｉｄｔｈ", "unicode fullwidth"),
        ("“quoted” text", '"quoted" text'),
        ("cooling centres", "cooling centers"),  # British and American spellings
        ("the tumour's colour", "the tumor's color"),
        ("analysed the programme", "analyzed the program"),
    ],
)
def test_equivalent_forms_give_the_same_terms(a: str, b: str) -> None:
    assert set(analyzer.terms(b)) <= set(analyzer.terms(a))


def test_hyphenated_word_matches_the_joined_form() -> None:
    assert "jongun" in analyzer.terms("Kim Jong-un")
    assert "jongun" in analyzer.terms("Jongun")


def test_stopwords_go_but_negations_numbers_and_short_tokens_stay() -> None:
    terms = analyzer.terms("The treaty is not in force without Article 5 and no US vote")
    assert "the" not in terms and "is" not in terms
    for kept in ("not", "without", "5", "no", "us"):
        assert kept in terms


def test_contracted_negation_becomes_not() -> None:
    assert analyzer.terms("Russia hasn't ratified it") == ["russia", "not", "ratifi"]
    assert "not" in analyzer.terms("They won’t sign")


def test_decimals_are_kept_whole() -> None:
    assert "4.25" in analyzer.terms("a range of 4.25 percent")


@pytest.mark.parametrize(("text", "number"), [("the 2.35-tonne craft", "2.35"), ("a 1.5-fold rise", "1.5")])
def test_a_decimal_joined_to_a_word_by_a_hyphen_is_kept_whole(text: str, number: str) -> None:
    terms = analyzer.terms(text)
    assert number in terms
    assert number.split(".")[1] not in terms  # not cut at its point ("2", "35")


def test_stopword_only_and_empty_text_give_no_terms() -> None:
    assert analyzer.terms("") == []
    assert analyzer.terms("what is it that they were?") == []


@settings(deadline=None, max_examples=300)
@given(st.text(max_size=2000))
def test_any_unicode_is_analyzed_without_error(text: str) -> None:
    terms = analyzer.terms(text)
    assert all(isinstance(t, str) and t for t in terms)


def test_shared_analyzer_is_one_per_language_and_stems_as_terms_do() -> None:
    shared = shared_analyzer()
    assert shared is shared_analyzer("english") and shared.language == "english"
    assert [shared.stem(w) for w in ("ratified", "troops")] == analyzer.terms("ratified troops")
