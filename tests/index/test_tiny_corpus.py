"""A corpus of two documents still answers; k is clamped; odd queries return nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from factbot.index.engine import Engine
from factbot.index.store.build import BuildOptions, build_index


def test_two_document_corpus_answers_with_terms_in_both(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Treaty news\nThe treaty takes effect in March.\n")
    (corpus / "b.txt").write_text("More treaty news\nThe treaty was signed by both sides.\n")
    build_index([corpus], tmp_path / "idx", BuildOptions())
    engine = Engine(tmp_path / "idx")
    answer = engine.ask("When does the treaty take effect?", max_quotes=50)
    assert answer.answered
    assert answer.quotes[0].text == "The treaty takes effect in March."
    assert engine.rank("treaty", 1000)  # k far above the corpus size is clamped
    assert len(engine.rank("treaty", 1000)) == 2
    for query in ("", "the of and", "xylophone"):
        assert engine.rank(query, 5) == []
        assert not engine.ask(query).answered


def test_since_filters_before_the_best_candidates_are_chosen(tmp_path: Path) -> None:
    """Forty older articles outrank the one new one; `since` still finds it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(40):
        (corpus / f"a{n:02}.md").write_text(
            f"---\ntitle: Bridge report {n}\ndate: 2020-03-{n % 28 + 1:02}\n---\n"
            f"The new bridge opens to traffic in June, notice {n} says.\n"  # unique: not boilerplate
        )
    (corpus / "z-new.md").write_text(
        "---\ntitle: Bridge delayed\ndate: 2024-06-01\n---\n"
        "After a long inspection of its cables, joints and piers by the state engineers and two outside"
        " firms, the new bridge opens to traffic in October, the city said on Friday.\n"
    )
    build_index([corpus], tmp_path / "idx", BuildOptions())
    engine = Engine(tmp_path / "idx")
    question = "when does the new bridge open to traffic?"
    assert "October" not in " ".join(q.text for q in engine.ask(question, max_quotes=1).quotes)
    later = engine.ask(question, max_quotes=1, since=date(2024, 1, 1))
    assert later.answered and later.sources_total == 1
    assert [q.text for q in later.quotes] == [
        "After a long inspection of its cables, joints and piers by the state engineers and two outside"
        " firms, the new bridge opens to traffic in October, the city said on Friday."
    ]
