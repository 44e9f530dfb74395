"""A claim cites only documents on its story: the same words in a report of another event ("Nobody was
hurt") are not said of the one the question names, on a small corpus written here."""

from __future__ import annotations

from pathlib import Path

from factbot.index.answers.answering import name_terms
from factbot.index.ranking.analysis import Analyzer

from tests.index.corpora import OTHER_STORIES, engine_over

TEXTS = {
    "gazette.md": "Part of the spire of St Osric's Church in Wexham collapsed early on Monday in a storm. "
    "No injuries were reported. The medieval tower had been under repair since the spring.",
    "echo.md": "Storm winds brought down the top of the spire at St Osric's Church in Wexham. "
    "Nobody was hurt, police reported. Church Street stayed closed while masons checked the tower.",
    "radio.md": "Masonry from St Osric's spire crashed into the churchyard in Wexham overnight. "
    "No one was hurt when the stones fell.",
    "valley.md": "A landslide buried the Kelbury rail line near Ashcombe on Friday after days of rain. "
    "Nobody was hurt. Engineers reported that the embankment would need a fortnight of work.",
    "rail.md": "Kelbury trains stopped after mud slid onto the tracks, the railway reported. "
    "A passenger train stopped short of the debris and nobody was injured.",
    **OTHER_STORIES,
    # parish notices, so that an injury is a rare word, as in a corpus of news
    **{
        f"notice{n}.md": f"Parish notice {n}: the hall committee met on a Tuesday. Minutes were read and "
        f"approved. The hedges on lane {n} will be cut in the autumn."
        for n in range(40)
    },
}


def test_a_denial_of_another_story_is_not_grouped_under_the_named_one(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, TEXTS)
    answer = engine.ask("Was anyone injured when St Osric's spire collapsed?")
    assert answer.answered
    cited = {c.doc_id for c in answer.claims[0].citations}
    assert {"gazette.md", "echo.md"} <= cited
    assert cited.isdisjoint({"valley.md", "rail.md"})


def test_a_models_number_alone_names_nothing() -> None:
    analyzer = Analyzer()
    assert name_terms("What caused the Terrasight-2 launch to be called off?", analyzer) == [
        "terrasight",
        "terrasight2",
    ]
    assert name_terms("How many people live in Hollins Ford?", analyzer) == ["hollin", "ford"]
