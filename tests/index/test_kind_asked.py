"""A question asking what something is by its noun ("What is the penalty for ...?") is answered by a kind
of it ("a $200 fine"), on a corpus written here."""

from __future__ import annotations

from pathlib import Path

from tests.index.corpora import OTHER_STORIES, engine_over

TEXTS = {
    "ledger.md": "That puts the spotlight back on Lake Orm anglers without a licence.",
    "courier.md": "The first fine for fishing at Lake Orm without a licence, $200, was issued on Sunday.",
    "notes.md": "Lake Orm wardens checked 300 anglers over the weekend.",
    "gazette.md": "Casting at Lake Orm without a licence carries a $150 fine under the new bylaw.",
    **OTHER_STORIES,
}


def test_a_kind_of_the_noun_asked_answers_what_it_is(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, TEXTS)
    answer = engine.ask("What is the penalty for putting a line in Lake Orm without a licence?")
    assert answer.answered  # "fine" states "penalty"
    (fined,) = [c for c in answer.claims if "$200" in c.text]
    assert {c.doc_id for c in fined.citations} == {"courier.md", "gazette.md"}  # two fines, one answer


def test_a_title_abbreviated_before_a_name_states_the_title(tmp_path: Path) -> None:
    texts = {
        "a.md": "Cllr Ada Brink, the cabinet member for parks, said the Dunmere lido would reopen in May.",
        "b.md": "The Dunmere lido has been closed since a storm damaged its roof in January.",
        "c.md": "Dunmere council will spend £40,000 on the lido's new roof.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Which councillor is in charge of parks in Dunmere?")
    assert answer.answered and "Ada Brink" in answer.claims[0].text
