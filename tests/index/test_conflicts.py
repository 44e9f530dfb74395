"""Claims and conflicts on a small corpus written here: the same value groups, different values conflict."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from factbot.index.answers.claims import claim_key
from factbot.index.answers.conflicts import FigureConflict, find_conflicts
from factbot.index.answers.disputes import quoting_every_value
from factbot.index.answers.dissents import lead_slot
from factbot.index.answers.figure_words import capacity, dimension, measured_words, noun_modifiers, sought
from factbot.index.answers.figures import figures, vague_range
from factbot.index.answers.named_times import named_times, not_of_other_years, not_reported_later
from factbot.index.answers.quantities import consistent
from factbot.index.answers.ranked import Group, Ranked
from factbot.index.answers.relative_dates import relative_dates
from factbot.index.answers.slots import Slot
from factbot.index.answers.wanted import wanted
from factbot.index.documents import Sentence
from factbot.index.engine import Engine
from factbot.index.ranking.analysis import Analyzer
from factbot.index.retrieval.search import Hit
from factbot.index.store.build import BuildOptions, build_index

from tests.index.corpora import OTHER_STORIES, engine_over

DOCS = {
    "courier.md": (
        "2026-03-02",
        "Twelve officers responded to the Elm Street warehouse fire on Tuesday, police said. "
        "The new fire station on Elm Street cost $4 million to build. "
        "The council approved the station in a 5-2 vote.",
    ),
    "herald.md": (
        "2026-03-02",
        "Police said 12 officers were sent to the warehouse fire on Elm Street. "
        "Crews from the AF-58 unit arrived first.",
    ),
    "gazette.md": (
        "2026-03-02",
        "Ten officers responded to the Elm Street warehouse fire, according to the gazette's count.",
    ),
    "monday.md": ("2026-03-09", "By Monday evening, 16 people had been injured in the Route 9 pile-up."),
    "tuesday.md": (
        "2026-03-10",
        "The number of people injured in the Route 9 pile-up rose to 22 on Tuesday.",
    ),
    "ledger.md": (
        "2026-04-01",
        "Three people died in the Harbour Road tunnel flood, and 14 people were hurt, officials said.",
    ),
    "wire.md": ("2026-04-02", "Three people died when the Harbour Road tunnel flooded."),
    "star.md": ("2026-04-02", "The number of people hurt in the Harbour Road tunnel flood rose to 14."),
    # A count that rises, written three ways: after a verb, as "the number of ...", after a participle.
    "derail-1.md": (
        "2026-05-04",
        "A train derailed near Brill on Tuesday, killing two people and injuring 19, officials said.",
    ),
    "derail-2.md": ("2026-05-05", "The number of people hurt in the Brill derailment has risen to 27."),
    "derail-3.md": (
        "2026-05-06",
        "Three people were killed and 34 injured when the train left the rails near Brill.",
    ),
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    corpus = tmp_path_factory.mktemp("corpus")
    for name, (day, text) in DOCS.items():
        title = name.removesuffix(".md").title()
        (corpus / name).write_text(f"---\ntitle: {title} report\ndate: {day}\n---\n\n{text}\n")
    directory = tmp_path_factory.mktemp("index")
    build_index([corpus], directory, BuildOptions())
    return Engine(directory)


# Reports of one break-in: two give the time most sources give, one another.
BREAK_IN = {
    "a.md": "Burglars broke into the Vell museum at around 3:40 a.m. on Wednesday.",
    "c.md": "Police say burglars broke into the Vell museum through the roof at about 3:15 a.m. on "
    "Wednesday.",
}
BREAK_IN_ASKED = "At what time did the burglars break into the Vell museum?"


def test_the_same_figure_in_words_and_digits_is_one_claim_and_another_conflicts(
    engine: Engine,
) -> None:
    answer = engine.ask("How many officers responded to the Elm Street warehouse fire?")
    top = answer.claims[0]
    assert {c.doc_id for c in top.citations} == {"courier.md", "herald.md"}
    (conflict,) = answer.conflicts
    values = {v.value: {c.doc_id for c in v.citations} for v in conflict.values}
    assert values == {"Twelve / 12": {"courier.md", "herald.md"}, "Ten": {"gazette.md"}}
    assert not conflict.over_time


def test_another_quantity_the_answering_sentence_tells_apart_is_not_a_conflict(engine: Engine) -> None:
    answer = engine.ask("How many people died in the Harbour Road tunnel flood?")
    assert "Three" in answer.claims[0].text
    assert answer.conflicts == []  # 14 is how many were hurt: the first sentence says both


def test_unrelated_figures_a_tally_and_a_model_number_are_not_conflicts(engine: Engine) -> None:
    assert engine.ask("How much did the Elm Street fire station cost?").conflicts == []
    assert engine.ask("How did the council vote on the station?").conflicts == []


def test_a_figure_that_changes_in_dated_documents_is_an_update(engine: Engine) -> None:
    answer = engine.ask("How many people were injured in the Route 9 pile-up?")
    (conflict,) = answer.conflicts
    assert conflict.over_time
    assert {v.value for v in conflict.values} == {"16", "22"}


@pytest.mark.parametrize(
    "question",
    [
        "What was the final number of people injured in the Route 9 pile-up?",
        "How many people were injured in total in the Route 9 pile-up?",
    ],
)
def test_a_figures_final_value_asked_for_is_no_dispute_with_its_earlier_ones(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert "22" in answer.claims[0].text
    assert answer.conflicts == []  # the 16 reported first is not a dispute about the final figure


def test_a_count_named_by_its_verb_or_by_the_number_of_is_updated_over_time(engine: Engine) -> None:
    answer = engine.ask("How many people were injured in the Brill derailment?")
    (conflict,) = answer.conflicts
    assert conflict.over_time
    assert [v.value for v in conflict.values] == ["19", "27", "34"]


def test_a_figure_asked_on_a_named_day_is_that_days_not_an_update(engine: Engine) -> None:
    answer = engine.ask("How many people had been injured in the Route 9 pile-up by Monday?")
    assert "16" in answer.claims[0].text
    assert answer.conflicts == []  # Tuesday's 22 is a later figure, not a dispute about Monday's


def test_a_figure_asked_by_its_month_is_that_times_not_an_update(engine: Engine) -> None:
    answer = engine.ask("How many people had been injured in the Brill derailment by early May?")
    assert answer.answered
    assert answer.conflicts == []  # 19, 27 and 34 follow one another: no dispute about the month's figure


def test_asked_of_the_dead_a_count_of_the_sick_is_no_dissent(tmp_path: Path) -> None:
    # 41 and 27 count the sick (an update, or two counts): no dispute on how many have died.
    texts = {
        "a.md": "The Osk listeria outbreak has sickened 41 people, 19 of them in hospital, and two have"
        " died.",
        "b.md": "The Osk listeria outbreak has sickened 27 people, health officials said on Thursday.",
        "c.md": "Two people have died in the Osk listeria outbreak, according to the health board.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("Three people have died in the Osk listeria outbreak.")
    assert answer.conflicts == []


# A petition's count on three days; the Wednesday figure is the one most documents give.
PETITION = {
    "tue.md": "Patients launched a petition against the Orlby Hospital parking charges on Monday. "
    "It had 2,300 signatures on Tuesday.",
    "wed-1.md": "The petition against the Orlby Hospital parking charges had 4,150 signatures by Wednesday.",
    "wed-2.md": "Some 4,150 people had signed the petition against Orlby Hospital's parking charges.",
    "wed-3.md": "A petition against parking charges at Orlby Hospital had 4,150 signatures on Wednesday.",
    "thu.md": "The petition against the Orlby Hospital parking charges reached 6,800 signatures on Thursday.",
    # Other stories that mention the day, so that it weighs as little as in a real corpus.
    "council.md": "The Orlby council met on Tuesday to discuss parking.",
    "bins.md": "Orlby bin collections move to Tuesday from next month.",
}
PETITION_DAYS = {"tue.md": "2026-01-13", "thu.md": "2026-01-15"} | dict.fromkeys(
    ["wed-1.md", "wed-2.md", "wed-3.md"], "2026-01-14"
)


def test_a_figure_asked_on_a_named_day_leads_with_the_claim_giving_that_day(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, PETITION, PETITION_DAYS)
    asked = (
        "How many signatures did the petition against the Orlby Hospital parking charges have on "
        "Tuesday 13 January 2026?"
    )
    answer = engine.ask(asked)
    assert "2,300" in answer.claims[0].text  # not the Wednesday figure more documents give
    assert "6,800" in engine.ask(asked.replace("Tuesday 13", "Thursday 15")).claims[0].text


def test_the_named_days_figure_leads_a_dispute_with_figures_given_for_no_day(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk parking petition had 2,300 signatures on Tuesday.",
        "b.md": "The petition against the Osk hospital parking charges had 2,900 signatures.",
        "c.md": "Some 2,900 people have signed the petition against the Osk hospital parking charges.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts, dict.fromkeys(["a.md", "b.md", "c.md"], "2026-01-13"))
    answer = engine.ask(
        "How many signatures did the Osk hospital parking petition have on Tuesday 13 January?"
    )
    assert answer.conflicts  # 2,900 in reports of that day, given for no day, is another figure
    assert "2,300" in answer.claims[0].text  # but the one given for the day asked leads


def test_a_figure_reported_on_the_named_day_leads_when_no_source_gives_the_day(tmp_path: Path) -> None:
    texts = {
        "may7.md": "Nine pets have been attacked by foxes in Osk Park since March, a ranger said.",
        "may14.md": "Foxes have attacked 14 pets in Osk Park since March, a ranger said.",
        "may21.md": "The total stands at 17 pets attacked by foxes in Osk Park since March.",
        "may21b.md": "Rangers say 17 pets have been attacked by foxes in Osk Park since March.",
        **OTHER_STORIES,
    }
    dates = {
        "may7.md": "2026-05-07",
        "may14.md": "2026-05-14",
        "may21.md": "2026-05-21",
        "may21b.md": "2026-05-21",
    }
    engine = engine_over(tmp_path, texts, dates)
    answer = engine.ask("How many pets had foxes attacked in Osk Park as of May 7?")
    assert "Nine" in answer.claims[0].text  # not the later 17 that more reports give
    assert "14" in engine.ask("How many pets had foxes attacked in Osk Park as of May 14?").claims[0].text


def test_a_statement_that_nobody_was_hurt_shows_the_counts_of_the_hurt(tmp_path: Path) -> None:
    texts = {
        "a.md": "Sixteen people were hurt when the Osk bridge fell into the river on Monday.",
        "b.md": "The number of people hurt when the Osk bridge fell has risen to 22, officials said.",
        "c.md": "The Osk bridge collapse left 22 people hurt, the hospital said.",
        "d.md": "No one was hurt when the roof of the Vell market fell in on Sunday, officials said.",
        **OTHER_STORIES,
    }
    dates = {"a.md": "2026-03-02", "b.md": "2026-03-03", "c.md": "2026-03-05", "d.md": "2026-03-05"}
    engine = engine_over(tmp_path, texts, dates)
    answer = engine.ask("Nobody was hurt when the Osk bridge fell.")
    assert answer.verdict == "contradicted"
    assert {c.doc_id for c in answer.claims[0].citations} == {"b.md", "c.md"}  # the latest count, grouped
    assert [c.over_time for c in answer.conflicts] == [True]  # 16, then 22
    market = engine.ask("Nobody was hurt when the roof of the Vell market fell in.")  # no count given
    assert market.answered and market.verdict == "supported"


def test_a_figure_given_for_another_day_is_no_dissent_on_a_named_one(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk reservoir was 54% full on Thursday, the water trust said.",
        "b.md": "The Osk reservoir was 54 percent full on Thursday as pumping went on.",
        "c.md": "The Osk reservoir had been 96% full on Monday, when the crack was found.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts, dict.fromkeys(["a.md", "b.md", "c.md"], "2026-09-24"))
    answer = engine.ask("How full was the Osk reservoir on Thursday 24 September 2026?")
    assert "54" in answer.claims[0].text
    assert answer.conflicts == []  # Monday's 96% is no other figure for Thursday
    (conflict,) = engine.ask("How full was the Osk reservoir?").conflicts  # no day asked: it is one
    assert {v.value for v in conflict.values} == {"54% / 54 percent", "96%"}


def test_a_day_given_for_another_event_of_the_story_is_no_dissent(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Office of Broadcast Licensing has refused to renew the licence of Harrow Vale Radio. "
        "The current licence expires on Nov. 30.",
        "b.md": "Harrow Vale Radio lost its licence on Tuesday, the regulator said. "
        "The licence expires Nov. 30.",
        "c.md": "Harrow Vale Radio has appealed against the decision not to renew its current licence. "
        "The fight to save Harrow Vale Radio will go before the Broadcast Appeals Tribunal on 12 November, "
        "the station said on Friday.",
        **OTHER_STORIES,
    }
    asked = "When does Harrow Vale Radio's current licence expire?"
    dated = dict.fromkeys(["a.md", "b.md", "c.md", "d.md"], "2026-10-14")
    (tmp_path / "tribunal").mkdir()
    (tmp_path / "manager").mkdir()
    answer = engine_over(tmp_path / "tribunal", texts, dated).ask(asked)
    assert "Nov. 30" in answer.claims[0].text
    # The tribunal's day is another event's, said with none of the question's words.
    assert answer.conflicts == []
    texts["d.md"] = "Harrow Vale Radio's manager said its current licence expires on Dec. 14."
    (conflict,) = engine_over(tmp_path / "manager", texts, dated).ask(asked).conflicts
    cited = {c.doc_id for v in conflict.values for c in v.citations}
    assert "d.md" in cited and "c.md" not in cited  # another day for the expiry itself is a dissent


def test_a_value_given_beside_a_figure_the_lead_gives_too_is_a_dissent(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk Star ferry ran aground off Brill Point on Friday night. The Osk Star was travelling "
        "to Kessock with 212 passengers and 17 crew on board when it grounded in a storm on Friday night.",
        "b.md": "The Osk Star ferry was towed to Brill harbour on Saturday after it ran aground. "
        "The Osk Star grounded in a storm on Friday night while travelling with 212 passengers and 17 crew "
        "aboard.",
        "c.md": "Divers inspected the Osk Star on Saturday, a day after the ferry grounded in a storm on "
        "Friday night while travelling to Kessock. The coastguard said 208 passengers and 17 crew "
        "were on board when the vessel came to a stop.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "How many passengers were travelling on the Osk Star when it grounded in the storm on Friday night?"
    )
    (conflict,) = answer.conflicts  # "and 17 crew" in both: the same report, disputing the passengers
    assert {v.value: [c.doc_id for c in v.citations] for v in conflict.values} == {
        "212": ["a.md", "b.md"],
        "208": ["c.md"],
    }


def test_a_planned_time_is_no_dissent_on_when_it_happened(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk 5 rocket carrying the Brill weather satellite lifted off at 7:15 a.m. on Thursday.",
        "b.md": "The Osk 5 rocket finally lifted off with the Brill weather satellite at 7:15 a.m. Thursday.",
        "c.md": "The Osk 5 rocket carrying the Brill weather satellite had been set to lift off at 6:42 a.m.",
        **OTHER_STORIES,
    }
    asked = "What time did the Osk 5 rocket carrying the Brill weather satellite finally lift off?"
    (tmp_path / "planned").mkdir()
    (tmp_path / "disputed").mkdir()
    assert engine_over(tmp_path / "planned", texts).ask(asked).conflicts == []  # 6:42 was the plan
    texts["d.md"] = (
        "The Osk 5 rocket carrying the Brill weather satellite lifted off at 7:20 a.m., officials said."
    )
    (conflict,) = engine_over(tmp_path / "disputed", texts).ask(asked).conflicts
    assert {v.value for v in conflict.values} == {"7:15 a.m.", "7:20 a.m."}  # another time it happened


def test_what_a_thing_can_take_is_no_dissent_on_what_it_took(tmp_path: Path) -> None:
    texts = {
        "a.md": "The first Osk Air flight from Brill carried 71 passengers on Monday, the airline said.",
        "b.md": "There were 71 passengers on the first Osk Air flight from Brill, which landed on time.",
        "c.md": "The first Osk Air flight from Brill was flown by a jet which can seat 76 passengers.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("How many passengers were on the first Osk Air flight from Brill?")
    assert "71" in answer.claims[0].text
    assert answer.conflicts == []  # 76 is how many the jet can seat


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The tank, one of six on the site, can hold 60,000 litres.", True),
        ("The shelter was designed for 150 animals.", True),
        ("The airline flies Embraer jets, which seat 76 passengers.", True),
        ("Skylark flies a 76-seat Embraer jet on the route.", True),
        ("About 45,000 litres of whey leaked from the tank.", False),
        ("The shelter took in 150 animals in August.", False),
        ("Veyra is selling one-way seats at £89.", False),  # a price, not what a thing can seat
    ],
)
def test_a_capacity_is_told_from_an_amount(text: str, held: bool) -> None:
    figure = figures(text)[-1]  # (after "one of six")
    assert capacity(text, figure) is held


def test_the_leads_value_said_far_from_the_question_still_meets_a_dissent_said_near_it(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "Danish sprinter Tomas Reinholt of Team Corvane won the first stage of the Tour of the Osk "
        "on Friday, outkicking a reduced bunch after crosswinds split the field on the coast road over "
        "the closing part of the 168-kilometre run from Ashby Quay.",
        "b.md": "Tomas Reinholt won the first stage of the Tour of the Osk on Friday, outsprinting Jonas "
        "Erdmann after crosswinds split the field on the coast road late in the 168-kilometre run from "
        "Ashby Quay. Reinholt had won stage one's 168-kilometre run from Ashby Quay on Friday.",
        "c.md": "Tomas Reinholt won the 172-km first stage of the Tour of the Osk from Ashby Quay on Friday.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How long was the first stage of the Tour of the Osk?")
    assert "168" in answer.claims[0].text
    (conflict,) = answer.conflicts  # the lead's own sentences give 168, far from "how long" and "first stage"
    assert {v.value: {c.doc_id for c in v.citations} for v in conflict.values} == {
        "168-kilometre": {"a.md", "b.md"},
        "172-km": {"c.md"},
    }


def _said(doc: str, text: str) -> list[tuple[Sentence, object]]:
    return [(Sentence(doc, 0, 0, len(text), text), f) for f in figures(text)]


def test_one_document_giving_two_values_is_not_a_conflict() -> None:
    said = _said("a", "Rates stayed at 4.25 percent.") + _said("a", "Rates were 4.5 percent before.")
    assert find_conflicts(said, lambda _: "") == []  # type: ignore[arg-type]


def test_the_same_value_with_another_qualifier_is_not_a_conflict() -> None:
    said = _said("a", "about 10,000 troops") + _said("b", "10,000 troops") + _said("c", "at least 10,000")
    assert find_conflicts(said, lambda _: "") == []  # type: ignore[arg-type]


def test_different_values_from_two_documents_conflict_with_each_writing_listed() -> None:
    said = _said("a", "eleven vehicles") + _said("b", "11 vehicles") + _said("c", "nine vehicles")
    (conflict,) = find_conflicts(said, lambda doc: {"a": "2026-01-01"}.get(doc, ""))  # type: ignore[arg-type]
    assert list(conflict.values) == ["eleven / 11", "nine"] and conflict.about == "vehicle"
    assert not conflict.over_time  # undated documents are never an update


def test_a_measure_is_listed_with_its_unit_written_on_it_or_after_it() -> None:
    said = _said("a", "a 16ft python") + _said("b", "a python 14 feet long") + _said("c", "a 15-foot python")
    (conflict,) = find_conflicts(said, lambda _: "")  # type: ignore[arg-type]
    assert list(conflict.values) == ["16ft", "14 feet", "15-foot"]


def test_a_value_and_an_approximation_of_it_are_listed_as_one_against_another_value() -> None:
    said = _said("a", "by about 5,200 votes") + _said("b", "by 5,200 votes") + _said("c", "by 6,536 votes")
    (conflict,) = find_conflicts(said, lambda _: "")  # type: ignore[arg-type]
    assert list(conflict.values) == ["about 5,200 / 5,200", "6,536"]
    assert [s.doc_id for s in conflict.values["about 5,200 / 5,200"]] == ["a", "b"]


def test_the_time_of_one_event_reported_on_later_days_is_a_disagreement_not_an_update() -> None:
    days = {"a": "2026-01-07", "b": "2026-01-08"}
    said = _said("a", "at around 3:40 a.m.") + _said("b", "at about 3:15 a.m.")
    (conflict,) = find_conflicts(said, days.__getitem__)  # type: ignore[arg-type]
    assert not conflict.over_time
    counted = _said("a", "16 people were hurt") + _said("b", "22 people were hurt")
    (update,) = find_conflicts(counted, days.__getitem__)  # type: ignore[arg-type]
    assert update.over_time  # a count may rise from one report to the next


def test_a_value_reported_with_and_without_a_qualifier_on_one_day_is_still_an_update() -> None:
    days = {"a": "2026-02-07", "b": "2026-02-07", "c": "2026-02-08"}
    said = (
        _said("a", "about 1,200 people were evacuated")
        + _said("b", "1,200 people were evacuated")
        + _said("c", "1,500 people were evacuated")
    )
    (conflict,) = find_conflicts(said, days.__getitem__)  # type: ignore[arg-type]
    assert conflict.over_time  # "about 1,200" and "1,200" are one value, reported before 1,500


STORIES = {
    # Two stories: a strike, and a fire whose start date appears near "began".
    "port-post.md": "The Verran dock strike began on October 3, when 6,500 dockworkers walked out.",
    "port-wire.md": "Dockworkers at Port Verran began their strike on Oct. 3 after talks failed.",
    "fire-wire.md": "The Kellow Ridge fire began on Aug. 12, when a lightning strike hit the quarry.",
    # One story where each article gives two counts of firefighters, and one gives another count.
    "blaze-a.md": "More than 1,100 firefighters fought the Ashcombe blaze. "
    "Two firefighters were hurt at the Ashcombe blaze.",
    "blaze-b.md": "Officials said more than 1,100 firefighters fought the Ashcombe blaze. "
    "Two firefighters were hurt at the Ashcombe blaze on Sunday.",
    "blaze-c.md": "About 900 firefighters fought the Ashcombe blaze on Monday.",
    # Two durations.
    "corbin-a.md": "Patients in the Corbin trial were followed for a median of 18 months.",
    "corbin-b.md": "The Corbin trial had a median follow-up of 20 months, its sponsor said.",
}


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("stories"), STORIES)


def test_a_date_from_another_story_is_not_a_dissent(stories: Engine) -> None:
    answer = stories.ask("The strike began on October 3.")
    assert answer.conflicts == []


def test_a_value_only_the_lead_values_documents_also_give_is_another_quantity(stories: Engine) -> None:
    answer = stories.ask("How many firefighters fought the Ashcombe blaze?")
    (conflict,) = answer.conflicts
    values = {v.value.lower(): {c.doc_id for c in v.citations} for v in conflict.values}
    assert values == {"more than 1,100": {"blaze-a.md", "blaze-b.md"}, "about 900": {"blaze-c.md"}}


def test_a_question_about_a_length_wants_a_duration_shown_with_its_unit(stories: Engine) -> None:
    answer = stories.ask("What was the median length of follow-up in the Corbin trial?")
    (conflict,) = answer.conflicts
    assert {v.value for v in conflict.values} == {"18 months", "20 months"}


def test_a_rounding_or_a_bound_of_the_answer_is_no_disagreement() -> None:
    texts = {"a.md": "The trial enrolled 4,812 patients.", "b.md": "It included more than 4,800 patients."}
    said = [(Sentence(doc, 0, 0, len(text), text), figures(text)[0]) for doc, text in texts.items()]
    assert find_conflicts(said, lambda _: "") == []
    other = "The trial enrolled 3,900 patients."
    said.append((Sentence("c.md", 0, 0, len(other), other), figures(other)[0]))
    assert len(find_conflicts(said, lambda _: "")) == 1


def test_a_value_of_the_leads_order_worded_further_from_the_question_still_dissents(tmp_path: Path) -> None:
    # c.md and d.md give other amounts in words the question lacks; d.md's is of another order.
    texts = {
        "a.md": "Measure Q, a $310 million Brill transit bond, was on course to pass on Tuesday.",
        "b.md": "Voters approved Measure Q, the $310 million Brill transit bond, on Tuesday.",
        "c.md": "Voters backed Measure Q, the Brill transit bond. "
        "The $340 million measure pays for a new transit route.",
        "d.md": "Voters backed Measure Q, the Brill transit bond. "
        "The $2.5 billion measure pays for a new transit route.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How much is the Measure Q transit bond?", max_quotes=10)
    (conflict,) = answer.conflicts
    assert {v.value for v in conflict.values} == {"$310 million", "$340 million"}


def test_a_measure_of_another_thing_written_before_it_is_no_dissent(tmp_path: Path) -> None:
    # d.md's 65 metres measure the waterslide; e.md's 45 metres measure the Osk pool itself.
    texts = {
        "a.md": "The new Osk centre has a 50-meter competition pool with ten lanes.",
        "b.md": "Swimmers tried out the 50-meter competition pool at the Osk centre on Saturday.",
        "c.md": "The Osk centre is built around a 50-meter competition pool and a learner pool.",
        "d.md": "Beside the Osk centre's learner pool stands a 65-meter waterslide that loops outside.",
        **OTHER_STORIES,
    }
    question = "How long is the Osk centre's competition pool?"
    assert engine_over(tmp_path, texts).ask(question, max_quotes=10).conflicts == []
    texts["e.md"] = "Swimmers at the Osk centre say its 45-meter competition pool is too short."
    (tmp_path / "more").mkdir()
    (conflict,) = engine_over(tmp_path / "more", texts).ask(question, max_quotes=10).conflicts
    assert {v.value for v in conflict.values} == {"50-meter", "45-meter"}


def test_a_figure_of_another_name_s_whose_clause_is_no_dissent(tmp_path: Path) -> None:
    texts = {
        "a.md": "Ann Vey's Osk pumpkin weighed 900 kilograms at the fair.",
        "b.md": "The Osk pumpkin grown by Ann Vey weighed 900 kilograms, a fair record.",
        "c.md": "Ann Vey's Osk pumpkin won the fair's weigh-off. "
        "Second place went to Tom Aske, 16, of Lyle, whose Osk pumpkin weighed 700 kilograms.",
        **OTHER_STORIES,
    }
    question = "How much did Ann Vey's Osk pumpkin weigh?"
    assert engine_over(tmp_path, texts).ask(question, max_quotes=10).conflicts == []
    texts["d.md"] = "Judges said Ann Vey, whose Osk pumpkin weighed 870 kilograms, had won."
    (tmp_path / "more").mkdir()
    (conflict,) = engine_over(tmp_path / "more", texts).ask(question, max_quotes=10).conflicts
    assert {v.value for v in conflict.values} == {"900 kilograms", "870 kilograms"}


def test_a_figure_in_a_clause_of_an_earlier_year_is_another_event_not_a_dissent(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk cliff path will stay closed for six months, the council said.",
        "b.md": "The council said the Osk cliff path would stay closed for six months.",
        "c.md": "Walkers face six months without the Osk cliff path. "
        "A smaller slip in 2018 closed the Osk cliff path for four months.",
        **OTHER_STORIES,
    }
    dates = dict.fromkeys(["a.md", "b.md", "c.md", "d.md"], "2025-11-04")
    question = "How long will the Osk cliff path stay closed?"
    assert engine_over(tmp_path, texts, dates).ask(question, max_quotes=10).conflicts == []
    texts["d.md"] = "The Osk cliff path will stay closed for four months, the council said on Tuesday."
    (tmp_path / "more").mkdir()
    (conflict,) = engine_over(tmp_path / "more", texts, dates).ask(question, max_quotes=10).conflicts
    assert {v.value for v in conflict.values} == {"six months", "four months"}


def test_a_figure_in_a_when_clause_after_a_dated_earlier_event_is_no_dissent(tmp_path: Path) -> None:
    texts = {
        "a.md": "The storm left 86 centimetres of snow on Vell Pass, the weather service said.",
        "b.md": "A total of 86 cm of snow fell on Vell Pass during the storm.",
        "c.md": "Residents compared the storm to the blizzard of February 1987, when 112 centimetres of "
        "snow fell on Vell Pass.",
        **OTHER_STORIES,
    }
    dates = dict.fromkeys(texts, "2025-02-13")
    answer = engine_over(tmp_path, texts, dates).ask("How much snow fell on Vell Pass during the storm?")
    assert "86" in answer.claims[0].text
    assert answer.conflicts == []  # the 1987 blizzard's 112 cm is another event


def test_a_date_in_the_leads_year_worded_further_from_the_question_still_dissents(tmp_path: Path) -> None:
    # c.md and d.md give other months in words the question lacks; d.md's is in another year.
    texts = {
        "a.md": "The Brill biscuit factory will stop making biscuits at the end of September 2027.",
        "b.md": "Baking at the Brill biscuit factory will stop by September 2027, the company said.",
        "c.md": "Brill will stop making biscuits at its factory. Staff were told Brill stops baking biscuits "
        "in August 2027.",
        "d.md": "Brill will stop making biscuits at its factory. Staff were told Brill stops baking biscuits "
        "in August 2031.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "When will the Brill factory stop making biscuits?", max_quotes=10
    )
    (conflict,) = answer.conflicts
    assert {v.value for v in conflict.values} == {"September 2027", "August 2027"}


def test_a_dissent_in_a_short_article_counts_beside_a_long_one_on_the_story(tmp_path: Path) -> None:
    # a.md says the story's words over and over; d.md, as short as b.md and c.md, gives another count.
    texts = {
        "a.md": "More than 600 Brill homes were flooded when the Brill river rose. Flooded Brill homes lined "
        "the river. The Brill flood reached homes across the valley, and flooded roads cut off Brill.",
        "b.md": "More than 600 homes have been flooded.",
        "c.md": "More than 600 homes have flooded in the valley.",
        "d.md": "Assessors said about 450 homes had been flooded.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many homes were flooded in Brill?", max_quotes=10)
    (conflict,) = answer.conflicts
    assert {v.value for v in conflict.values} == {"More than 600", "about 450"}


def test_a_far_value_is_a_dissent_only_as_a_slip_of_the_same_digits(tmp_path: Path) -> None:
    texts = {
        "a.md": "More than 1,100 firefighters were sent to the Brill blaze.",
        "b.md": "Over 1,100 firefighters were sent to the Brill blaze on Monday.",
        "c.md": "One firefighter sent to the Brill blaze was hurt.",
        "d.md": "Brill Home is recalling 1.3 million kettles.",
        "e.md": "Brill Home recalls 1.3 million kettles over a faulty switch.",
        "f.md": "Brill Home is recalling 13 million kettles.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert engine.ask("How many firefighters were sent to the Brill blaze?", max_quotes=10).conflicts == []
    (conflict,) = engine.ask("How many kettles is Brill Home recalling?", max_quotes=10).conflicts
    assert {v.value for v in conflict.values} == {"1.3 million", "13 million"}


def test_a_value_many_orders_away_is_no_slip_of_the_same_digits(tmp_path: Path) -> None:
    # "$3.18" a share and "$3.18 billion" share their digits, but no slip moves a value nine places.
    texts = {
        "a.md": "Brill Foods agreed to buy Osk Dairies for $3.18 billion on Monday.",
        "b.md": "The $3.18 billion purchase of Osk Dairies by Brill Foods was announced on Monday.",
        "c.md": "Brill Foods will pay $3.18 for each Osk Dairies share in its purchase of the company.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How much will Brill Foods pay for Osk Dairies?", max_quotes=10)
    assert answer.conflicts == []


def test_a_name_written_two_ways_by_the_sources_is_a_disagreement(tmp_path: Path) -> None:
    # d.md spells the referee's surname otherwise; e.md and f.md name two doctors, neither misspelt.
    texts = {
        "a.md": "Referee Tomas Albrechtsen sent off two Brill players in the cup final.",
        "b.md": "The cup final referee, Tomas Albrechtsen, sent off two Brill players.",
        "c.md": "Brill lost the cup final after referee Tomas Albrechtsen sent off two players.",
        "d.md": "Referee Tomas Albrektsson sent off two Brill players in the cup final on Sunday.",
        "e.md": "Dr. Wen Okafor led the Brill vaccine trial.",
        "f.md": "Dr. Ilse Marchetti led the Brill vaccine trial's site at Carrow.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("Which referee sent off two Brill players?", max_quotes=10)
    (conflict,) = answer.conflicts
    assert {v.value for v in conflict.values} == {"Tomas Albrechtsen", "Tomas Albrektsson"}
    assert [len(v.citations) for v in conflict.values] == [3, 1]
    assert engine.ask("Who led the Brill vaccine trial?", max_quotes=10).conflicts == []


def test_a_first_name_spelt_two_ways_is_a_disagreement_two_first_names_are_two_people(tmp_path: Path) -> None:
    texts = {
        "a.md": "Union president Rosalind Teague said the Brill teachers would strike on Monday.",
        "b.md": "The Brill teachers will strike on Monday, union president Rosalind Teague said.",
        "c.md": "Union president Rosalyn Teague said Brill teachers would strike from Monday.",
        "d.md": "Brill Rovers captain Imogen Hale scored twice, and her sister Harriet Hale once.",
        "e.md": "Brill Rovers captain Harriet Hale scored in the cup final.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    (conflict,) = engine.ask("Who is the president of the Brill teachers union?", max_quotes=10).conflicts
    assert [v.value for v in conflict.values] == ["Rosalind Teague", "Rosalyn Teague"]
    assert engine.ask("Who is the Brill Rovers captain?", max_quotes=10).conflicts == []


def test_a_first_name_misreported_is_a_disagreement_a_short_or_pet_form_is_not(tmp_path: Path) -> None:
    texts = {
        "a.md": "State mediator Marcus Hale will chair the Brill bus talks from Monday.",
        "b.md": "The Brill bus talks resume on Monday under state mediator Marcus Hale.",
        "c.md": "State mediator Martin Hale will chair the Brill bus talks, the union said.",
        "d.md": "Brill harbour master Samuel Orr closed the port on Friday.",
        "e.md": "Harbour master Sam Orr closed Brill port to shipping on Friday.",
        "f.md": "Brill harbour master Samuel Orr said the port closed on Friday.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    (conflict,) = engine.ask("Who is mediating the Brill bus talks?", max_quotes=10).conflicts
    assert [v.value for v in conflict.values] == ["Marcus Hale", "Martin Hale"]
    assert engine.ask("Who is the Brill harbour master?", max_quotes=10).conflicts == []


def test_times_hours_apart_are_two_events_not_a_disputed_time(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Brill leopard was spotted at 7:20 a.m. on Sunday on the golf course.",
        "b.md": "Golfers spotted the Brill leopard at about 7:20 a.m. on Sunday.",
        "c.md": "The Brill leopard, which escaped at about 6:10 p.m. on Saturday, was spotted on Sunday.",
        "d.md": "The Brill leopard escaped from its pen at 5:30 p.m. on Saturday.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert engine.ask("At what time on Sunday was the Brill leopard spotted?", max_quotes=10).conflicts == []
    (conflict,) = engine.ask("At what time did the Brill leopard escape?", max_quotes=10).conflicts
    assert {v.value for v in conflict.values} == {"about 6:10 p.m.", "5:30 p.m."}


def test_a_time_within_hours_of_the_lead_worded_further_from_the_question_still_dissents(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "The Brill zoo leopard escaped from its enclosure at about 6:10 p.m. on Saturday.",
        "b.md": "Keepers said the Brill zoo leopard escaped from its enclosure at 6:10 p.m. on Saturday.",
        "c.md": "The Brill zoo leopard was recaptured on Sunday. "
        "The leopard got out of the Brill zoo at around 5:30 p.m. on Saturday, keepers think.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    (conflict,) = engine.ask(
        "At what time did the Brill zoo leopard escape from its enclosure?", max_quotes=10
    ).conflicts
    assert {v.value for v in conflict.values} == {"about 6:10 p.m. / 6:10 p.m.", "around 5:30 p.m."}


def test_a_firm_whose_first_word_is_spelt_otherwise_is_a_disagreement(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk dam repair will be carried out by Bracewell Civil Engineering.",
        "b.md": "Bracewell Civil Engineering will carry out the repair of the Osk dam, the trust said.",
        "c.md": "Engineers said the crack in the Osk dam was 14 metres long. "
        "The repair work has been awarded to Bramwell Civil Engineering, which starts in May.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    (conflict,) = engine.ask("Which firm will carry out the Osk dam repair?", max_quotes=10).conflicts
    assert [v.value for v in conflict.values] == ["Bracewell Civil Engineering", "Bramwell Civil Engineering"]


@pytest.mark.parametrize("written", ["27,000 students", "27,000 pupils", "27,000 kids"])
def test_children_counted_under_another_name_are_the_same_count(written: str) -> None:
    (figure,) = figures(f"The strike kept {written} out of class.")
    assert figure.about == "child"


def test_a_name_spelt_alike_far_from_the_question_s_words_still_disagrees(tmp_path: Path) -> None:
    texts = {
        "a.md": "Brill fire chief Dana Okafor said the warehouse blaze was out by noon.",
        "b.md": "The warehouse blaze was out by noon, Brill fire chief Dana Okafor said.",
        "c.md": "Crews from three towns fought the Brill warehouse blaze until noon on Tuesday. "
        "Everyone got out safely, the head of the Brill service, Dana Okafer, said.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    (conflict,) = engine.ask("What is the name of the Brill fire chief?", max_quotes=10).conflicts
    assert [v.value for v in conflict.values] == ["Dana Okafor", "Dana Okafer"]


def test_a_length_in_another_unit_is_compared_in_the_leads(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Brill leopard was caught about 1.2 km from the zoo on Sunday.",
        "b.md": "Keepers caught the Brill leopard some 1,200 metres from the zoo on Sunday.",
        "c.md": "The Brill leopard was caught on Sunday about 1.2 kilometres from the zoo.",
        "d.md": "The Brill leopard was caught on Sunday about 800 metres from the zoo.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "How far from the zoo was the Brill leopard caught?", max_quotes=10
    )
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md", "c.md"}
    (conflict,) = answer.conflicts
    assert any("800 metres" in v.value for v in conflict.values)
    assert any("1.2 km" in v.value for v in conflict.values)


def test_a_length_in_another_unit_is_a_rounded_conversion_not_a_dissent(tmp_path: Path) -> None:
    texts = {
        "a.md": "The new Vell road tunnel is 3 km long, the council said on Monday.",
        "b.md": "The Vell road tunnel, which opens next week, is 1.9 miles long.",
        "c.md": "The Vell road tunnel is 2.5 miles long, its builder said.",
        **OTHER_STORIES,
    }
    (tmp_path / "agree").mkdir()
    (tmp_path / "differ").mkdir()
    engine = engine_over(tmp_path / "agree", {k: v for k, v in texts.items() if k != "c.md"})
    assert engine.ask("How long is the Vell road tunnel?").conflicts == []  # 1.9 miles is 3.06 km
    (conflict,) = engine_over(tmp_path / "differ", texts).ask("How long is the Vell road tunnel?").conflicts
    assert any("2.5" in v.value for v in conflict.values)  # 4 km


def test_changes_worded_with_or_without_by_are_compared_for_a_change_question(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Brill budget raises the property tax rate by 4.5% next year.",
        "b.md": "Brill homeowners will see property taxes go up by 4.5% next year.",
        "c.md": "The Brill budget lifts property taxes 4.8 percent next year.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("By how much will Brill raise property taxes?", max_quotes=10)
    (conflict,) = answer.conflicts
    assert {v.value for v in conflict.values} == {"4.5%", "4.8 percent"}


@pytest.mark.parametrize(
    ("text", "about", "low", "high"),
    [
        ("Only a few hundred protesters gathered.", "protester", 200, 1000),
        ("Hundreds of residents fled.", "resident", 200, 1000),
        ("Several thousand homes lost power.", "home", 2000, 10000),
        ("Tens of thousands of people marched.", "people", 20000, 100000),
        ("Dozens of ships waited offshore.", "ship", 24, 120),
    ],
)
def test_a_number_given_by_its_order_only_is_a_range(text: str, about: str, low: float, high: float) -> None:
    (figure,) = figures(text)
    assert (figure.about, vague_range(figure)) == (about, (low, high))
    assert vague_range(figures("Three hundred people came.")[0]) is None


def test_a_number_given_by_its_order_only_neither_states_a_value_nor_is_disputed() -> None:
    (dozens,) = figures("Dozens of ships waited offshore.")
    assert not consistent(dozens, figures("42 ships waited offshore.")[0])
    said = _said("a", "Hundreds of residents fled.") + _said("b", "About 3,400 residents fled.")
    assert find_conflicts(said, lambda _: "") == []  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "modifiers"),
    [
        ("I used up two vacation days.", ["vacation"]),
        ("42 container ships waited.", ["container"]),
        ("Nine vehicles fell.", []),
        ("a three-day strike", []),
        ("It rose to 22.", []),
    ],
)
def test_the_words_between_a_count_and_its_noun_are_its_modifiers(text: str, modifiers: list[str]) -> None:
    (figure,) = figures(text)
    assert noun_modifiers(text, figure) == modifiers


def test_a_count_of_the_noun_qualified_by_a_word_the_answer_lacks_is_no_dissent(tmp_path: Path) -> None:
    # d.md counts days too, but vacation days; e.md counts strike days and disagrees.
    texts = {
        "a.md": "Brill teachers went back to work on Thursday, ending a three-day strike.",
        "b.md": "The Brill teachers' strike lasted three days.",
        "c.md": "Brill schools reopened after a three-day teachers' strike.",
        "d.md": "During the Brill strike one parent said he had used up two vacation days already.",
        **OTHER_STORIES,
    }
    question = "How many days were Brill teachers on strike?"
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    assert engine_over(tmp_path / "one", texts).ask(question, max_quotes=10).conflicts == []
    texts["d.md"] = "The Brill teachers' strike lasted two days, the union said."
    (conflict,) = engine_over(tmp_path / "two", texts).ask(question, max_quotes=10).conflicts
    assert "two days" in {v.value for v in conflict.values}


@pytest.mark.parametrize(
    ("text", "asked_for"),
    [
        ("The union wants a ten percent raise.", True),
        ("The union had sought 12 percent.", True),
        ("The district offered teachers a 4% raise.", True),
        ("The gang left a demand of 4.5 million dollars.", True),
        ("The hackers are asking for $5.5 million.", True),
        ("A €55m bid was turned down.", True),
        ("Teachers will get a 6.5% raise.", False),
        ("The union, which wanted more, accepted 7%.", False),  # the wish is another clause's
        ("The bank raised its rate by 0.25 points.", False),
        ("The level must fall below 40 percent before repairs can start.", True),
        ("Work will begin once the reservoir is below 40%.", True),
        ("The reservoir was 54 percent full on Thursday.", False),
        ("Drugmakers will have to keep at least eight weeks of stock.", True),  # a requirement
        ("Each pharmacy needs to hold 200 packs.", True),
        ("Wholesalers have about six weeks of stock.", False),
        ("The well had been due to reach its target depth of 5.2km in April.", True),  # a target
        ("The council is aiming for 400 new homes a year.", True),
        ("The well had reached a depth of 4,870 metres.", False),
    ],
)
def test_a_figure_asked_for_or_offered_is_sought(text: str, asked_for: bool) -> None:
    figure = figures(text)[0]
    assert sought(text, figure) is asked_for


def test_a_figure_asked_for_is_no_dissent_on_a_figure_that_is(tmp_path: Path) -> None:
    # d.md gives what the union wanted; e.md gives the raise itself and disagrees.
    texts = {
        "a.md": "Under the new Brill contract, teachers get a 7% raise over two years.",
        "b.md": "The Brill deal gives teachers a 7% raise over two years.",
        "c.md": "Brill teachers will receive a 7 percent raise under the contract.",
        "d.md": "The Brill teachers' union had wanted a 10% raise under the new contract.",
        **OTHER_STORIES,
    }
    question = "What percentage raise do Brill teachers get under the new contract?"
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    assert engine_over(tmp_path / "one", texts).ask(question, max_quotes=10).conflicts == []
    texts["d.md"] = "Brill teachers get a 10% raise under the new contract, the union said."
    (conflict,) = engine_over(tmp_path / "two", texts).ask(question, max_quotes=10).conflicts
    assert any("10" in v.value for v in conflict.values)


def test_a_level_required_is_no_dissent_on_a_level_reached(tmp_path: Path) -> None:
    # c.md gives the level the reservoir is at, not the one it must fall below.
    texts = {
        "a.md": "Osk Reservoir must fall below 40 percent before the £2.4 million repair can start.",
        "b.md": "Repairs to the Osk dam will start once Osk Reservoir is below 40%.",
        "c.md": "Osk Reservoir was 54 percent full on Thursday, as pumps lowered the level for the repair.",
        **OTHER_STORIES,
    }
    question = "How low must Osk Reservoir fall before the repair can start?"
    answer = engine_over(tmp_path, texts).ask(question, max_quotes=10)
    assert "40 percent" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}
    assert answer.conflicts == []


def test_a_document_giving_another_value_is_no_source_of_the_claim_it_disputes(tmp_path: Path) -> None:
    # d.md says the bond is $340 million, and also that it passed in words the $310 million claim has.
    texts = {
        "a.md": "Measure Q, the $310 million transit bond, passed easily on Tuesday.",
        "b.md": "Measure Q, a $310 million transit bond, passed easily.",
        "c.md": "The $310 million Measure Q transit bond passed with 61% of the vote.",
        "d.md": "Measure Q, the transit bond, passed easily on Tuesday. "
        "The $340 million Measure Q bond will pay for new electric buses.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How much is the Measure Q transit bond?", max_quotes=10)
    (conflict,) = answer.conflicts
    assert any("340" in v.value for v in conflict.values)
    lead = answer.claims[0]
    assert "310" in lead.text
    assert "d.md" not in {c.doc_id for c in lead.citations}


def test_a_count_of_another_noun_the_question_names_is_not_its_answer(tmp_path: Path) -> None:
    texts = {
        "a.md": "Three masked thieves stole eight objects worth about $14 million from the Pellham museum "
        "early on Wednesday. The thieves took them in four minutes.",
        "b.md": "Two masked thieves stole nine objects worth $11 million from the Pellham museum, police "
        "said. The thieves took them in six minutes.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("How many items did the thieves take from the Pellham museum?")
    assert [(c.about, [v.value for v in c.values]) for c in answer.conflicts] == [
        ("object", ["eight", "nine"])
    ]


def test_a_percentage_an_article_gives_beside_the_answer_is_another_quantity(tmp_path: Path) -> None:
    texts = {
        "a.md": "Consumer prices rose 5.1 percent in the year, well above the Vell central bank's 2 percent "
        "target.",
        "b.md": "The Vell central bank's inflation target is 2%.",
        "c.md": "Inflation in Vell stays above the central bank's 2 percent target. The Vell central bank "
        "now expects inflation to average 3.4% next year.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("The Vell central bank's inflation target is 3 percent.")
    assert answer.conflicts == []  # not the 3.4% the bank expects inflation to average
    assert answer.verdict == "contradicted"


def test_another_time_an_agreeing_report_gives_is_another_event_not_a_dissent(tmp_path: Path) -> None:
    texts = {
        **BREAK_IN,
        "b.md": "The gang cut through a skylight at about 3:40 a.m. Officers reached the Vell museum at "
        "3:51 a.m.",
        "d.md": "Burglars broke into the Vell museum at 3:40 a.m., police said.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask(BREAK_IN_ASKED)
    values = [v.value for c in answer.conflicts for v in c.values]
    assert "about 3:15 a.m." in values
    assert "3:51 a.m." not in values  # b.md's skylight sentence gives 3:40: its 3:51 is the officers'


def test_one_value_given_about_or_around_is_listed_once_in_a_conflict(tmp_path: Path) -> None:
    texts = {
        **BREAK_IN,
        "b.md": "Burglars broke into the Vell museum at about 3:40 a.m., police said.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask(BREAK_IN_ASKED)
    assert [v.value for c in answer.conflicts for v in c.values] == [
        "around 3:40 a.m. / about 3:40 a.m.",
        "about 3:15 a.m.",
    ]


def test_a_disputed_value_cites_every_wording_of_the_lead_claim_that_gives_it(tmp_path: Path) -> None:
    texts = {
        **BREAK_IN,
        "b.md": "Burglars broke into the Vell museum at around 3.40am on Wednesday.",
        "e.md": "The gang that broke into the Vell museum cut a skylight and lowered themselves into the "
        "gallery on ropes at about 3:40 a.m., taking jewellery.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask(BREAK_IN_ASKED)
    lead = answer.claims[0]
    assert "e.md" in {c.doc_id for c in lead.citations}
    (conflict,) = answer.conflicts
    first = conflict.values[0]
    assert {c.doc_id for c in first.citations} == {c.doc_id for c in lead.citations}
    assert "about 3:40 a.m." in first.value.split(" / ")


def test_a_year_asked_leads_with_its_figure_though_more_sources_give_another(tmp_path: Path) -> None:
    texts = {
        "a.md": "A fire damaged 17 buses at the Osk bus depot on Sunday.",
        "b.md": "Fire damaged 17 buses at the Osk bus depot on Sunday, the operator said.",
        "c.md": "In all, 17 buses were damaged by the fire at the Osk bus depot.",
        # (its document names the Osk depot: another story's figure would come last)
        "d.md": "Staff at the Osk depot were shaken. It was the second fire at the depot: in 2019 a fire"
        " damaged two buses there.",
        "e.md": "In 2021 a fire at the Osk bus depot damaged five buses.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts, {f"{k}.md": "2025-11-10" for k in "abcde"})
    answer = engine.ask("How many buses were damaged in the earlier 2019 fire at the Osk bus depot?")
    assert "two buses" in answer.claims[0].text
    assert "17" in engine.ask("How many buses were damaged at the Osk bus depot?").claims[0].text


def _retrieved(
    texts: dict[str, str], analyzer: Analyzer, published: dict[str, str] | None = None
) -> tuple[list[Sentence], list[Ranked]]:
    """Each text as a one-sentence document, and as answer assembly reads it retrieved (its days
    relative to its report's date read when `published`, doc id -> ISO date, is given)."""
    sentences = [Sentence(doc, 0, 0, len(text), text) for doc, text in texts.items()]
    ranked = [
        Ranked(
            Hit(i, 1.0, 1.0, 1.0),
            1.0,
            s,
            frozenset(),
            claim_key(analyzer, s.text),
            None,
            frozenset(),
            dated=relative_dates(s.text, published[s.doc_id]) if published else (),
        )
        for i, s in enumerate(sentences)
    ]
    return sentences, ranked


def test_a_figure_of_another_year_is_no_dissent_on_the_year_asked() -> None:
    analyzer = Analyzer()
    texts = {
        "a.md": "In 2019 a fire damaged three buses at the depot.",  # the year asked: a dissent
        "b.md": "A fire in 2021 damaged five buses at the depot.",  # another year
        "c.md": "On 9 November a fire damaged 17 buses at the depot.",  # a day of a report of 2025
        "d.md": "Fire damaged four buses at the depot.",  # no time given
    }
    sentences, ranked = _retrieved(texts, analyzer)
    said = [(s, next(f for f in figures(s.text) if f.about == "bus")) for s in sentences]
    _, years = named_times("How many buses did the 2019 fire damage?")
    kept = not_of_other_years(said, ranked, years, lambda doc_id: "2025")
    assert [s.doc_id for s, _ in kept] == ["a.md", "d.md"]
    assert len(not_of_other_years(said, ranked, years, lambda doc_id: "2019")) == 3  # 9 November 2019


@pytest.mark.parametrize(
    ("text", "number", "given_in"),
    [
        ("Completed in 1932, it is 28 metres high.", "28", "height"),
        ("The crack, 14 metres long, was found on Monday.", "14", "length"),
        ("Engineers found a 14-metre crack.", "14", None),
        ("Crews began moving the lighthouse 60 metres inland on Monday.", "60", "distance"),
        ("Our front door is fifty feet from a hole in the ground.", "fifty", "distance"),
        ("Three people were hurt.", "Three", None),
        ("The fall was 1.7 miles from the portal and about 700 feet underground.", "about 700", "depth"),
        ("The fall was 1.7 miles from the portal and about 700 feet underground.", "1.7", "distance"),
        ("The roof gave way some 700 ft (213 m) below the surface.", "some 700", "depth"),
    ],
)
def test_a_length_is_given_in_the_dimension_written_after_it(
    text: str, number: str, given_in: str | None
) -> None:
    (figure,) = [f for f in figures(text) if f.text == number]
    assert dimension(text, figure) == given_in


def test_a_length_of_another_dimension_or_thing_is_no_dissent(tmp_path: Path) -> None:
    texts = {
        "a.md": "Osk is an earth dam with a concrete spillway. Completed in 1932, it is 28 metres high and "
        "holds back Vell Reservoir.",
        "b.md": "The trust is running 12 pumps at the foot of the 28-metre dam, which was built in 1932.",
        "c.md": "Osk Dam, an earth dam with a concrete spillway, holds back Vell Reservoir. The crack, 14 "
        "metres long, was found in the dam's concrete spillway during a routine inspection.",
        "d.md": "BRILL (Wire) - Engineers found a 14-metre crack in the spillway of Osk Dam above Brill "
        "during a routine drone inspection on Monday, the Vell trust said. Osk Dam holds back Vell "
        "Reservoir, which feeds the canal.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Osk Dam is 28 metres high.")
    assert answer.verdict == "supported"
    assert answer.conflicts == []  # the crack's length is not the dam's height


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("a temporary 50 km/h speed limit is in force", ["speed", "limit"]),  # "speed" is no participle
        ("a 30 mph zone", ["zone"]),
        ("Gusts reached 95 km/h on Tuesday", []),
        ("a 65-meter waterslide that loops", ["waterslide"]),
        ("the pool is 50 meters long", []),
        ("burying a 150-metre stretch of the line", []),  # a part: what follows "of" is measured
    ],
)
def test_what_a_measure_written_before_a_noun_measures(text: str, words: list[str]) -> None:
    (figure,) = figures(text)
    assert measured_words(text, figure) == words


def test_a_figure_given_for_another_day_of_the_week_is_no_dissent(tmp_path: Path) -> None:
    texts = {
        "a.md": "Crosswinds split the field in the Vell race's opening stage on Friday, and nine riders "
        "abandoned.",
        "b.md": "Nine riders abandoned the Vell race during Friday's opening stage.",
        "c.md": "Voskuil was one of eight riders who abandoned the Vell race on Saturday.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many riders abandoned the Vell race on Friday?")
    assert "nine" in answer.claims[0].text.lower()
    assert answer.conflicts == []  # Saturday's eight is another day's figure


def test_a_tally_of_as_many_votes_disputes_the_lead_s_at_a_lower_bar(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Vell planning committee approved the Osk Fen solar farm, voting 7-4 in favour on "
        "Tuesday.",
        "b.md": "Osk Fen solar farm approved after the Vell planning committee backed the scheme 7-4.",
        "c.md": "The Osk Fen solar farm north of Vell will go ahead. Councillors voted 8-3 on Tuesday "
        "evening to grant the solar farm permission, after a four-hour hearing on the Osk Fen solar farm.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "What was the planning committee's vote on the Osk Fen solar farm?"
    )
    (conflict,) = answer.conflicts  # eleven votes either way: the same vote, told two ways
    assert [v.value for v in conflict.values] == ["7-4", "8-3"]


def test_a_later_reports_figure_given_for_no_day_is_no_dissent_on_a_named_days() -> None:
    analyzer = Analyzer()
    published = {
        "tue.md": "2026-02-10",
        "thu-1.md": "2026-02-12",
        "thu-2.md": "2026-02-12",
        "tue-2.md": "2026-02-10",
    }
    texts = {
        "tue.md": "As of Tuesday afternoon, 48 centimetres of snow had fallen at the Osk summit.",
        # a later total; a later report of that day's; a report of that day
        "thu-1.md": "A total of 86 cm of snow fell at the Osk summit during the storm.",
        "thu-2.md": "By Tuesday, 60 cm of snow had fallen at the Osk summit, forecasters now say.",
        "tue-2.md": "Only 40 cm of snow had fallen at the Osk summit, a resident said.",
    }
    sentences, ranked = _retrieved(texts, analyzer, published)
    said = [(s, figures(s.text)[0]) for s in sentences]
    lead = Group(ranked[0], [ranked[0]])
    kept = not_reported_later(said, ranked, lead, said[0][1], published.__getitem__)
    assert [s.doc_id for s, _ in kept] == ["tue.md", "thu-2.md", "tue-2.md"]


def test_a_count_of_people_is_no_dissent_on_a_count_of_things(tmp_path: Path) -> None:
    # "people" counts anyone, so "nine people" may dissent on "eight residents", not on apartments.
    texts = {
        "a.md": "The Osk building housed a bakery on the ground floor and eight apartments above it.",
        "b.md": "The explosion destroyed the Osk bakery and the eight apartments above it.",
        "c.md": "Nine people were hurt when the Osk bakery and the apartments above it were destroyed.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many apartments were above the Osk bakery?")
    assert answer.answered and "eight apartments" in answer.claims[0].text
    assert not answer.conflicts


def test_a_count_of_a_kind_of_person_disputes_a_count_of_people_as_near_the_question(tmp_path: Path) -> None:
    texts = {
        "a.md": "Firefighters rescued 28 people from the Osk rollercoaster after it stopped on Sunday.",
        "b.md": "All 28 people on the Osk rollercoaster were brought down safely by firefighters.",
        "c.md": "The Brill park's ride stopped on Sunday afternoon, leaving all 32 riders stuck on the "
        "Osk rollercoaster.",
        **OTHER_STORIES,
    }
    asked = "How many people were trapped on the Osk rollercoaster when it stopped?"
    (tmp_path / "near").mkdir()
    (conflict,) = engine_over(tmp_path / "near", texts).ask(asked).conflicts  # riders are people
    assert {v.value for v in conflict.values} == {"28", "32"}
    texts["c.md"] = "The Brill park said 32 visitors bought tickets for the Osk rollercoaster on Sunday."
    (tmp_path / "far").mkdir()
    assert engine_over(tmp_path / "far", texts).ask(asked).conflicts == []  # far from what was asked


def test_a_share_fallen_by_disputes_one_fallen_to_a_percentage_asked_as_a_change(tmp_path: Path) -> None:
    texts = {
        "a.md": "Sickness absence at Osk council fell 34% during the four-day week trial.",
        "b.md": "During the Osk council trial, sickness absence: down 34 per cent on the year before.",
        "c.md": "Sickness absence at Osk council fell by 38% during the trial, the Brill Ledger found.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("By what percentage did sickness absence fall at Osk council?")
    (conflict,) = answer.conflicts  # "fell 34%" is a change as "fell by 38%" is
    assert {v.value for v in conflict.values} == {"34% / 34 per cent", "38%"}


def test_asked_of_the_killed_a_sum_paid_for_each_is_disputed_without_saying_so(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk minister said farmers would be paid €180 for every sheep killed by the Brill wolf.",
        "b.md": "Osk farmers will be paid €180 for each sheep the Brill wolf has killed, the minister said.",
        "c.md": "Osk farmers who lose sheep to the Brill wolf will be paid €250 for each one, the minister "
        "said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "How much are Osk farmers paid for each sheep the Brill wolf kills?"
    )
    (conflict,) = answer.conflicts  # a sum is no count of the killed: its clause need not say "killed"
    assert {v.value for v in conflict.values} == {"€180", "€250"}


def test_of_a_figures_values_as_many_reports_give_its_last_leads(tmp_path: Path) -> None:
    texts = {
        "a.md": "A student petition calling for the Osk dean to resign has more than 2,300 signatures.",
        "c.md": "A student petition demanding the Osk dean's resignation had collected 4,100 signatures by "
        "Wednesday.",
        **OTHER_STORIES,
    }
    dates = {"a.md": "2026-05-01", "c.md": "2026-05-07"}
    engine = engine_over(tmp_path, texts, dates)
    answer = engine.ask(
        "How many signatures did the student petition calling for the Osk dean to resign get?"
    )
    assert "4,100" in answer.claims[0].text  # one report each: the last value
    (update,) = answer.conflicts
    assert update.over_time
    asked = engine.ask(
        "How many signatures did the petition calling for the Osk dean to resign have on May 1?"
    )
    assert "2,300" in asked.claims[0].text  # asked of a time: that time's value


def test_another_story_saying_the_same_words_of_another_date_is_no_dissent(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk council approved a $3 visitor levy on Tuesday. It takes effect on July 1.",
        "b.md": "Visitors to Osk will pay the $3 levy from July 1, the council said.",
        "arena.md": "Merrivale's arena will be renamed under a ten-year deal. "
        "The new name takes effect on January 1, 2026.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("When does the Osk visitor levy take effect?")
    assert answer.answered and "July 1" in answer.claims[0].text
    assert not answer.conflicts  # the arena's date, in words like the levy's, is another story's


def test_a_statement_s_level_is_checked_against_levels_not_a_margin_more_sources_give(tmp_path: Path) -> None:
    texts = {
        "a.md": (
            "With all precincts counted, Almonte had 41,286 votes in the Osk mayoral race to Pryce's 34,750."
        ),
        "b.md": "Almonte beat Pryce by 6,536 votes in the Osk mayoral race.",
        "c.md": "Almonte beat Pryce by 6,536 votes in the Osk mayoral race, officials said.",
        "d.md": "Almonte was leading Pryce by about 5,200 votes in the Osk mayoral race late on Tuesday.",
        "e.md": "Almonte won 41,286 votes (52.3%) in the Osk mayoral race.",
        "f.md": "Almonte beat Pryce by 6,536 votes in the Osk mayoral race on Tuesday.",
        **OTHER_STORIES,
    }
    dates = dict.fromkeys(texts, "2026-04-08") | {"d.md": "2026-04-07", "f.md": "2026-04-10"}
    engine = engine_over(tmp_path, texts, dates)
    answer = engine.ask("Almonte received more than 40,000 votes in the Osk mayoral race.")
    assert answer.verdict == "supported" and "41,286" in answer.claims[0].text
    assert answer.conflicts == []  # the margins (a later count's and an earlier one's) are not what it states


def test_a_report_not_repeating_the_question_s_names_disputes_a_figure_near_its_heaviest_other_word(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "The 61-metre Osk Brickworks chimney in Vell, built in 1897, was brought down on Sunday.",
        "b.md": "Crowds watched the 61-metre Osk Brickworks chimney in Vell fall on Sunday morning.",
        "c.md": "Bricks from the Osk Brickworks in Vell are on sale for charity. "
        "The 64-metre chimney, built in 1897, was toppled by a demolition firm on Sunday. "
        "A 12-metre crane lifted the rubble away.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How high was the Osk Brickworks chimney in Vell?")
    (conflict,) = answer.conflicts
    assert sorted(v.value for v in conflict.values) == ["61-metre", "64-metre"]  # not the crane's 12


def test_a_question_asking_how_much_so_far_is_led_by_the_last_value_reported(tmp_path: Path) -> None:
    texts = {
        "a.md": "Donors have given £46,000 to the Osk spire appeal in its first two days.",
        "b.md": "The Osk spire appeal has raised £46,000 since Monday, the parish said.",
        "c.md": "By Friday the Osk spire appeal had raised £83,500, the parish office said.",
        **OTHER_STORIES,
    }
    dates = dict.fromkeys(texts, "2026-11-11") | {"c.md": "2026-11-14"}
    engine = engine_over(tmp_path, texts, dates)
    latest = engine.ask("How much has the Osk spire appeal raised so far?")
    assert "83,500" in latest.claims[0].text and latest.conflicts == []
    ended = engine.ask("In the end, how much did the Osk spire appeal raise?")
    assert "83,500" in ended.claims[0].text and ended.conflicts == []
    ended_up = engine.ask("How much did the Osk spire appeal end up raising?")
    assert "83,500" in ended_up.claims[0].text and ended_up.conflicts == []
    asked = engine.ask("How much had the Osk spire appeal raised in its first two days?")
    assert "46,000" in asked.claims[0].text  # no "so far": most sources lead


def _claim_giving(text: str, figure_text: str, doc: str) -> Group:
    """A one-sentence claim whose answering figure is the one written `figure_text`."""
    figure = next(f for f in figures(text) if f.text == figure_text)
    sentence = Sentence(doc, 0, 0, len(text), text)
    key = claim_key(Analyzer(), text)
    r = Ranked(Hit(0, 1.0, 1.0, 1.0), 1.0, sentence, frozenset(), key, Slot(figure, 1.0), frozenset())
    return Group(r, [r])


def test_the_lead_figure_is_the_first_counting_what_was_asked() -> None:
    pairs = _claim_giving("A second pair of stilts is nesting, so two pairs are now breeding.", "two", "a.md")
    chicks = _claim_giving(
        "Three of its four eggs hatched, and the three chicks were feeding.", "three", "b.md"
    )
    found = lead_slot([pairs, chicks], wanted("Three veiled stilt chicks have hatched."))
    assert found is not None and found[0] is chicks
    residents = _claim_giving("Two residents said the meeting ran late.", "Two", "c.md")
    people = lead_slot([residents, chicks], wanted("About 600 people came to the meeting."))
    assert people is not None and people[0] is residents  # a count of some people counts "people"
    youngsters = _claim_giving("About 9,400 youngsters eat a free breakfast each day.", "About 9,400", "d.md")
    children = _claim_giving("At one school about 140 children eat breakfast.", "about 140", "e.md")
    kids = lead_slot([pairs, youngsters, children], wanted("How many kids eat a free breakfast?"))
    assert kids is not None and kids[0] is youngsters  # a kin noun counts what was asked
    each = _claim_giving("The council pays for a breakfast club in each of its 112.", "112", "f.md").best
    runs = _claim_giving("The scheme runs in 112 primary schools.", "112", "g.md").best
    worded = Group(each, [each, replace(runs, slot=Slot(runs.slot.figure, 0.5))])  # type: ignore[union-attr]
    thirty = _claim_giving("From September it will continue in 30 schools.", "30", "h.md")
    schools = lead_slot([worded, thirty], wanted("How many schools take part in the scheme?"))
    assert schools is not None and schools[0] is worded  # "112 primary schools" in another wording
    assert schools[1].figure.about == "school"
    first = lead_slot([pairs, chicks])  # nothing asked: the first
    assert first is not None and first[0] is pairs


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The petition had passed 12,000 signatures by Wednesday.", "more than"),
        ("Sales topped $3 million in May.", "more than"),
        ("Donations have exceeded 400 pounds.", "more than"),
        ("Congress passed 12 bills.", ""),  # a bill passed, not a value gone beyond
    ],
)
def test_a_verb_of_going_beyond_a_value_qualifies_it(text: str, qualifier: str) -> None:
    assert figures(text)[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("texts", "question", "values"),
    [
        (  # a count within 15% of the lead's, worded away from the question
            {
                "a.md": "The Osk eye drop recall covers about 380,000 bottles of Clearview drops, the "
                "regulator said on Monday.",
                "b.md": "About 380,000 bottles are covered by the Osk eye drop recall, which began on "
                "Monday.",
                "c.md": "Clearview Labs in Osk recalled its eye drops on Monday after bacteria were found at "
                "its plant. In all, some 330,000 bottles are affected, according to the company.",
            },
            "How many bottles does the Osk eye drop recall cover?",
            {"about 380,000", "some 330,000"},
        ),
        (  # a year two years from the lead's
            {
                "a.md": "The Osk water main that broke on Tuesday was installed in 1931, the city said.",
                "b.md": "The broken Osk water main was installed in 1931 and is one of the oldest in the "
                "city.",
                "c.md": "Crews worked through the night on Tuesday to repair the broken Osk water main under "
                "Mill Street. The cast-iron main, which dates to 1929 according to city records, is one "
                "of dozens still in use.",
            },
            "In what year was the broken Osk water main installed?",
            {"1931", "1929"},
        ),
        (  # a tally with one side the same and the other close
            {
                "a.md": "Osk County Council voted 38-27 in favour of part-night street lighting on Monday.",
                "b.md": "Osk councillors approved part-night street lighting by 38 votes to 27.",
                "c.md": "Osk County Council debated the street lighting plan for three hours. The vote was"
                " 36 to 27, with two abstentions.",
            },
            "What was the vote count when Osk councillors approved part-night street lighting?",
            {"38 votes to 27 / 38-27", "36 to 27"},
        ),
    ],
)
def test_a_value_close_to_the_lead_s_disputes_it_however_far_from_the_question(
    tmp_path: Path, texts: dict[str, str], question: str, values: set[str]
) -> None:
    answer = engine_over(tmp_path, {**texts, **OTHER_STORIES}).ask(question)
    assert len(answer.conflicts) == 1
    assert {v.value for v in answer.conflicts[0].values} == values


def test_a_report_naming_the_question_s_names_in_other_words_can_dissent(tmp_path: Path) -> None:
    # channel.md tells the collapse in few of the question's words (below the story bar) but names the
    # river; its count is the same quantity, near the question as much as the lead's.
    texts = {
        "clarion.md": "The Dunmore Bridge collapsed into the Kessel River on Monday morning. "
        "Eleven cars fell with the span, the fire chief said.",
        "radio.md": "The Dunmore span fell into the Kessel River on Monday. Eleven cars went down with it.",
        "weekly.md": "Divers searched the Kessel River after the Dunmore Bridge fell on Monday. "
        "11 cars went into the river.",
        "channel.md": "Traffic camera footage reviewed by our newsroom tells a different story of Monday "
        "morning on the Kessel River. Nine cars were on that stretch of the deck when it fell, according "
        "to the footage. Divers worked through the night. The mayor visited the hospital on Tuesday. "
        "Engineers will inspect other crossings in the county this month.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "How many cars plunged into the Kessel River when the Dunmore span fell?"
    )
    (conflict,) = answer.conflicts
    cited = {v.value: {c.doc_id for c in v.citations} for v in conflict.values}
    assert cited == {"Eleven / 11": {"clarion.md", "radio.md", "weekly.md"}, "Nine": {"channel.md"}}


def test_years_read_as_bare_numbers_are_no_counts_in_dispute(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk violin, made by Pietro Vannucci in 1709, sold for 11.3 million pounds on Thursday.",
        "b.md": "It took 12 minutes of bidding for the Osk violin, made by Vannucci in Cremona in 1709.",
        "c.md": "The Osk violin of 1709 by Pietro Vannucci sold in Aldmouth for £11.3m. The violin takes its "
        "name from Countess Amalia von Osk, who owned it from the 1780s until her death.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("The Osk violin was made in 1709.")
    assert answer.answered
    assert answer.conflicts == []


def _ranked(doc: str, text: str, score: float) -> Ranked:
    sentence = Sentence(doc, 0, 0, len(text), text)
    return Ranked(
        Hit(0, score, score, score),
        score,
        sentence,
        frozenset(),
        claim_key(Analyzer(), text),
        None,
        frozenset(),
    )


def test_each_disputed_value_is_quoted_by_a_claim_citing_its_documents() -> None:
    # The reports giving 1,500 scored below the quotes shown: a claim quoting that value, cited by
    # both, follows the lead's, and the last claim quoting no disputed value gives way to it.
    lead = [_ranked("a.md", "Riders took 1,200 trips over the first weekend.", 9.0)]
    lead.append(_ranked("b.md", "Riders took about 1,200 trips in the first weekend.", 8.0))
    others = [_ranked(f"o{i}.md", f"The scheme has {i} bikes at each station.", 7.0 - i) for i in range(4)]
    dissent = [
        _ranked("c.md", "Pedalco reported 1,500 trips over the opening weekend.", 3.0),
        _ranked("d.md", "The operator counted 1,500 trips.", 4.0),
    ]
    claims = [Group(lead[0], lead)] + [Group(r, [r]) for r in others]
    conflict = FigureConflict(
        "trip", "count", {"1,200": [r.sentence for r in lead], "1,500": [r.sentence for r in dissent]}
    )
    shown = quoting_every_value(claims, [conflict], [*lead, *others, *dissent], 5)
    assert [g.best.sentence.doc_id for g in shown] == ["a.md", "d.md", "o0.md", "o1.md", "o2.md"]
    assert {m.sentence.doc_id for m in shown[1].members} == {"c.md", "d.md"}
    assert quoting_every_value(claims, [conflict], [*lead, *others, *dissent], 7)[-1] is claims[-1]
    # A claim quoting the value already: the value's other documents join it.
    quoted = [*claims[:2], Group(dissent[0], [dissent[0]])]
    shown = quoting_every_value(quoted, [conflict], [*lead, *others, *dissent], 5)
    assert len(shown) == 3 and {m.sentence.doc_id for m in shown[2].members} == {"c.md", "d.md"}


def test_an_age_set_off_by_commas_disputes_an_age_of_the_one_who_died(tmp_path: Path) -> None:
    # The age stands in an apposition without the verb "died": it is still the dead man's age.
    texts = {
        "a.md": "The first person to die in the Osk outbreak, a 78-year-old man from Vell, died on 17 June.",
        "b.md": "A 78-year-old man who caught the disease in Osk died on Wednesday.",
        "c.md": "One Osk patient, a 76-year-old man from Vell with underlying conditions, died on 17 June.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How old was the first person to die in the Osk outbreak?")
    assert "78" in answer.claims[0].text
    (conflict,) = answer.conflicts
    assert {v.value for v in conflict.values} == {"78", "76"}


def test_a_temperature_in_bare_degrees_or_another_scale_disputes_one_in_celsius(tmp_path: Path) -> None:
    texts = {
        "a.md": "The water in Osk Sound was 14C when the swim began.",
        "b.md": "The water in Osk Sound was 14 degrees Celsius at the start of the swim.",
        "c.md": "Our own reading put the water in Osk Sound at a chilly 12 degrees when the swim began.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How cold was the water in Osk Sound during the swim?")
    assert "14" in answer.claims[0].text
    (conflict,) = answer.conflicts
    assert {v.value for v in conflict.values} == {"14", "12"}
    texts["c.md"] = "Our own reading put the water in Osk Sound at 50F when the swim began."  # 10C
    (tmp_path / "f").mkdir()
    (conflict,) = (
        engine_over(tmp_path / "f", texts)
        .ask("How cold was the water in Osk Sound during the swim?")
        .conflicts
    )
    assert {v.value for v in conflict.values} == {"14", "50"}


def test_a_year_from_a_report_on_another_story_naming_none_of_the_questions_names_is_no_dissent(
    tmp_path: Path,
) -> None:
    pier = {
        "a.md": "A fire destroyed the Neptune Pavilion at the end of Saltbourne pier on Saturday. The "
        "Neptune Pavilion was built on the same spot in 1976.",
        "b.md": "Saltbourne's pier lost its Neptune Pavilion to fire overnight. The Neptune Pavilion, "
        "which housed an arcade and a tearoom, was built in 1976.",
        "e.md": "Crowds watched the Neptune Pavilion burn from the Saltbourne promenade.",
        "f.md": "The Neptune Pavilion fire was out by dawn, Saltbourne's fire service said.",
        "g.md": "Insurers of the Neptune Pavilion sent assessors to Saltbourne pier.",
        "h.md": "Saltbourne traders said the Neptune Pavilion had drawn visitors for decades.",
        "i.md": "Saltbourne pier reopened its first stretch on Monday. Anglers were back at the rails by "
        "noon, and the kiosk at the gate sold out of tea. Engineers are still checking the iron legs "
        "under the burnt deck, and the far end stays fenced off. The pavilion there was built in 1976.",
        "j.md": "Saltbourne council met on Tuesday to talk about the pier. Members heard from engineers, "
        "from traders and from the lifeboat crew who fought the flames, and agreed to pay for a survey. "
        "The pavilion that burned was built in 1976.",
        "k.md": "Saltbourne's seafront traders say trade is down a third since the pier fire. The cafe "
        "owners on the promenade want the council to reopen the deck soon, and the arcade owners want "
        "help with their rents. The pier's pavilion was built in 1976.",
        "l.md": "The lifeboat crew at Saltbourne were thanked by the mayor on Wednesday for their work on "
        "the night of the pier fire, when they pumped sea water onto the deck. The pavilion had been "
        "built in 1976.",
    }
    chairlift = {
        "c.md": "The Summit Express chairlift at Brantmoor Ridge stopped on Saturday, leaving 174 skiers "
        "stranded. The Summit Express is a six-seat chairlift, built by Alpenwerk in 2004.",
        "d.md": "The Summit Express chairlift, which was built in 2004, had passed its last inspection.",
    }
    answer = engine_over(tmp_path, {**pier, **chairlift, **OTHER_STORIES}).ask(
        "When was the Neptune Pavilion built?"
    )
    assert answer.answered and "1976" in answer.claims[0].text
    assert answer.conflicts == []  # the chairlift's year is another story's


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "The last rider reached the ground just before 4 p.m.",
            "The last rider was lowered at 3:50 p.m.",
            True,
        ),
        ("The last rider was down shortly after 3:40 p.m.", "The last rider was lowered at 3:50 p.m.", True),
        ("The last rider was down at about 4pm.", "The last rider was lowered at 3:50 p.m.", True),
        ("The leak was found at about 6:15 a.m.", "The leak was found at 6:40 a.m.", False),
        ("The bank was robbed around 10:45 a.m.", "The bank was robbed at 10:15 a.m.", False),
        ("The theft was found at about 7:40 a.m.", "The theft was found shortly before 8 a.m.", True),
        ("The leak was found at about 6:15 a.m.", "The leak was found at about 6:40 a.m.", False),
        (
            "The last rider reached the ground just before 4 p.m.",
            "The last rider was lowered at 4:10 p.m.",
            False,
        ),
    ],
)
def test_a_qualified_time_of_day_holds_the_minutes_it_covers(first: str, second: str, same: bool) -> None:
    (a,) = [f for f in figures(first) if f.kind == "time"]
    (b,) = [f for f in figures(second) if f.kind == "time"]
    assert consistent(a, b) is same and consistent(b, a) is same
