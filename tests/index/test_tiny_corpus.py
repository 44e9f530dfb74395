"""A corpus of two documents still answers; k is clamped; odd queries return nothing."""

from __future__ import annotations

from pathlib import Path

from index.build import BuildOptions, build_index
from index.engine import Engine


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
    assert engine.searcher.search("treaty", 1000)  # k far above the corpus size is clamped
    assert len(engine.searcher.search("treaty", 1000)) == 2
    for query in ("", "the of and", "xylophone"):
        assert engine.searcher.search(query, 5) == []
        assert not engine.ask(query).answered
