"""A negation in one clause of a sentence denies that clause only: what its other clauses affirm is
the same claim as a sentence affirming it ("They can choose a full refund or a replacement kettle, and
do not need a receipt" / "Owners can get a full refund or a replacement kettle"), on sentences and a
corpus written here."""

from __future__ import annotations

from pathlib import Path

from factbot.index.answers.claims import TermWeights, claim_key, same_claim
from factbot.index.ranking.analysis import Analyzer

from tests.index.corpora import OTHER_STORIES, engine_over

TEXTS = {
    "star.md": "Owners of the Vale kettles can choose a full refund or a replacement kettle, and they do not "
    "need a receipt.",
    "journal.md": "Owners of the Vale kettles can get a full refund or a replacement kettle.",
    "counter.md": "The Vale recall covers 1.3 million kettles sold since 2023.",
    **OTHER_STORIES,
}


def test_a_negated_clause_leaves_the_others_affirmed() -> None:
    analyzer = Analyzer()
    weights = TermWeights({})
    both = claim_key(analyzer, TEXTS["star.md"])
    plain = claim_key(analyzer, TEXTS["journal.md"])
    assert both.negated and not plain.negated
    assert same_claim(both, plain, weights) and same_claim(plain, both, weights)
    denied = claim_key(
        analyzer, "Owners of the Vale kettles can't get a full refund or a replacement kettle."
    )
    assert not same_claim(denied, plain, weights)


def test_a_refund_stated_beside_a_denial_is_cited_with_its_restatement(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, TEXTS)
    answer = engine.ask("Owners of the Vale kettles can get a refund.")
    assert answer.answered
    (refund,) = [c for c in answer.claims if "full refund" in c.text]
    assert {c.doc_id for c in refund.citations} == {"star.md", "journal.md"}


def test_cannot_denies_as_can_not_does() -> None:
    analyzer = Analyzer()
    weights = TermWeights({})
    written_whole = claim_key(analyzer, "Owners cannot get a refund for the Vale kettles.")
    contracted = claim_key(analyzer, "Owners can't get a refund for the Vale kettles.")
    assert written_whole.negated and contracted.negated
    assert same_claim(written_whole, contracted, weights)


def test_a_figure_beside_a_denial_is_one_answer_with_its_restatement(tmp_path: Path) -> None:
    texts = {
        "wire.md": "Corran lifted a boil-water notice on Thursday, two days after a main broke.",
        "now.md": "Corran lifted its boil-water notice for the old town on Thursday, and no new illnesses "
        "have been reported.",
        "ledger.md": "A water main broke under Mill Street in Corran on Tuesday morning.",
        **OTHER_STORIES,
    }
    engine = engine_over(
        tmp_path, texts, {"wire.md": "2026-11-05", "now.md": "2026-11-06", "ledger.md": "2026-11-03"}
    )
    answer = engine.ask("Corran lifted its boil-water notice on Friday.")
    assert answer.verdict == "contradicted"
    (lifted,) = [c for c in answer.claims if "lifted" in c.text]
    assert {c.doc_id for c in lifted.citations} == {"wire.md", "now.md"}
