"""What a quantity question asks and what answers it: counted nouns (irregular plurals, compounds), the
period asked per, and the currency asked in, on small corpora written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from factbot.index.answers.counted import singular
from factbot.index.answers.nouns import same_counted
from factbot.index.answers.questions import asks_latest
from factbot.index.answers.wanted import wanted

from tests.index.corpora import OTHER_STORIES, engine_over


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("schoolchildren", "schoolchild"),
        ("children", "child"),
        ("policewomen", "policewoman"),
        ("firemen", "fireman"),
        ("geese", "goose"),
        ("specimen", "specimen"),  # "speci" is no noun
        ("omen", "omen"),  # nor is one letter
        ("acres", "acre"),
    ],
)
def test_an_irregular_plural_is_made_singular_alone_or_ending_a_compound(plural: str, one: str) -> None:
    assert singular(plural) == one


def test_a_compound_counts_what_its_last_noun_counts() -> None:
    assert same_counted("schoolchild", "child")
    assert same_counted("worker", "farmworker")
    assert not same_counted("child", "man")
    assert not same_counted("specimen", "men")


def test_a_count_of_children_answers_how_many_schoolchildren(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk bus firm Brackley Coaches collapsed on Monday. For the 1,800 children who used "
        "Brackley's school buses, the council has hired taxis.",
        "b.md": "Brackley Coaches ran 27 routes across Osk before it collapsed.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many schoolchildren were using Brackley's school buses?")
    assert answer.answered
    assert "1,800" in answer.claims[0].text


def test_a_count_per_the_period_asked_leads_one_given_per_none(tmp_path: Path) -> None:
    # More documents give the staff count, in sentences with more of the question's words.
    texts = {
        "a.md": "People used Brackley buses every day for decades; Brackley Coaches employed 310 people.",
        "c.md": "Brackley Coaches and its buses employed 310 people until Sunday.",
        "d.md": "Before it closed, Brackley Coaches employed 310 people, and its buses were used every day.",
        "b.md": "The collapse has cut all of Brackley's bus routes, which about 14,000 people used a day.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many people used Brackley buses each day?")
    assert answer.answered
    assert "14,000" in answer.claims[0].text


def test_a_sum_asked_in_a_currency_is_answered_only_in_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk violin sold for 11.3 million pounds at auction on Thursday.",
        "b.md": "The Osk violin sold for £11.3m, an auction record for its maker.",
        **OTHER_STORIES,
    }
    (tmp_path / "pounds").mkdir()
    (tmp_path / "dollars").mkdir()
    engine = engine_over(tmp_path / "pounds", texts)
    assert engine.ask("How much did the Osk violin sell for?").answered
    assert not engine.ask("How much did the Osk violin sell for in US dollars?").answered
    dollars = engine_over(
        tmp_path / "dollars", {**texts, "c.md": "The Osk violin sold for about $14.2 million."}
    )
    answer = dollars.ask("How much did the Osk violin sell for in US dollars?")
    assert answer.answered and "$14.2 million" in answer.claims[0].text


def test_a_count_of_another_thing_in_a_report_using_the_asked_noun_does_not_answer(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk Millions jackpot of $48 million was won on Saturday. The jackpot had gone 22 "
        "drawings without a winner. Tickets for the Osk Millions draw cost $2 each.",
        "b.md": "An Osk Millions ticket bought at a petrol station won the $48 million jackpot, after 21 "
        "drawings without a winner. The winner checked his ticket on Sunday.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many tickets were sold for the Osk Millions draw?")
    assert not answer.answered


def test_a_count_of_those_doing_what_the_asked_noun_names_answers(tmp_path: Path) -> None:
    texts = {
        "a.md": "The administrators of Osk Coaches said three parties had expressed an interest in buying "
        "the Osk depot and its buses.",
        "b.md": "Osk Coaches went into administration on Monday after 60 years of running buses.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many buyers have expressed an interest in the Osk depot?")
    assert answer.answered and "three parties" in answer.claims[0].text


def test_a_count_of_what_the_question_counts_in_other_words_is_the_sentences_answer(tmp_path: Path) -> None:
    # Nearer the question's words, "27 school buses" counts another of its nouns than the children.
    texts = {
        "a.md": "Brackley Coaches ran 27 school buses across Osk, which 1,800 children were using before it "
        "collapsed.",
        "b.md": "The Osk bus firm Brackley Coaches collapsed on Monday, and the council has hired taxis.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many schoolchildren were using Brackley's school buses?")
    assert answer.answered
    assert "1,800" in answer.claims[0].text


def test_a_count_of_who_does_what_was_asked_leads_a_count_of_people(tmp_path: Path) -> None:
    texts = {
        "a.md": "Some 240 people cut off at the summit of the Osk mountain railway were flown down on "
        "Tuesday.",
        "b.md": "About 240 people were stranded at the summit when the Osk mountain railway was cut.",
        "c.md": "The company that runs the Osk mountain railway said all 58 staff had been kept on.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many people work for the Osk railway operator?")
    assert answer.answered and "58 staff" in answer.claims[0].text  # staff work; the stranded do not


_BAN_STORY = {
    "a.md": "The prosecutors had sought a four-year ban for the Orlen cyclist Tomas Brec.",
    "b.md": "Prosecutors had asked for a four-year ban for Brec, the Orlen cyclist.",
    "c.md": "The Orlen cyclist Tomas Brec was banned for two years on Monday by the tribunal.",
}


def test_a_figure_someone_asked_for_follows_one_that_was_given(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, {**_BAN_STORY, **OTHER_STORIES})
    answer = engine.ask("How long has the cyclist Brec been banned for?")
    assert answer.answered and "two years" in answer.claims[0].text  # though more reports give four
    asked = engine.ask("How long a ban did prosecutors seek for the cyclist Brec?")
    assert asked.answered and "four-year" in asked.claims[0].text


def test_a_length_given_in_the_dimension_asked_leads(tmp_path: Path) -> None:
    texts = {
        "a.md": "Crews began moving the 1,450-tonne Orrin Point lighthouse 60 metres inland on Monday to "
        "save it from cliff erosion.",
        "b.md": "Brantwell is four days into one of the most watched moves in the country: sliding the "
        "1,450t Orrin Point lighthouse 60m inland, away from a chalk cliff.",
        "c.md": "When the 31m-tall tower at Orrin Point was built in 1871 it stood roughly 120m back from "
        "the cliff edge.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How tall is the Orrin Point lighthouse tower?")
    assert answer.answered and "31m-tall" in answer.claims[0].text  # though more reports give 60 metres
    assert answer.conflicts == []  # how far it was moved is not how tall it is


def test_a_buildings_height_is_given_in_storeys_but_not_by_floors_someone_was_carried(tmp_path: Path) -> None:
    texts = {
        "a.md": "Carden House is a 22-storey council block of 132 homes, built in 1969.",
        "b.md": "Both lifts at Carden House, the 22-storey block on Mill Road, are out of action.",
        "c.md": "Firefighters carried a Carden House resident down 14 floors so he could reach hospital.",
        "d.md": "The tall ship Osk Star docked at the harbour on Friday.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How tall is Carden House?")
    assert answer.answered and "22-storey" in answer.claims[0].text
    assert answer.conflicts == []  # how far he was carried is not how tall it is


def test_how_far_is_answered_by_a_distance_not_the_size_of_the_thing_moved(tmp_path: Path) -> None:
    texts = {
        "a.md": "The broken 67-metre blade fell from the turbine at Drummond Ridge on Sunday.",
        "b.md": "Seabright said the Drummond Ridge blade landed about 150m from the turbine, in open grazing "
        "land to the north of the hill.",
        "c.md": "The Drummond Ridge blade came to rest roughly 150 metres from the turbine, in a field of "
        "sheep beside the farm track.",
        "d.md": "According to the operator, the Drummond Ridge blade landed roughly 200 metres from the "
        "turbine.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How far from the turbine did the broken blade end up?")
    assert answer.answered and "150" in answer.claims[0].text
    assert [[v.value for v in c.values] for c in answer.conflicts] == [
        ["about 150m / roughly 150 metres", "roughly 200 metres"]
    ]


@pytest.mark.parametrize(
    ("question", "about"),
    [
        ("How many people work for the Osk railway operator?", {"people", "worker"}),
        ("How many people did rescuers fish out of the Osk river?", {"people"}),  # no "fishers"
        ("How many people does the Osk plant employ?", {"people"}),  # the people are employed
    ],
)
def test_people_counted_count_who_does_the_verb_only_as_its_subject(question: str, about: set[str]) -> None:
    asked = wanted(question)
    assert asked is not None and asked.about == about


def test_what_a_figure_was_changed_to_leads_for_a_question_asking_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "Osk Home is offering thermostat owners a $50 credit toward its new thermostat.",
        "b.md": "Owners of the old Osk Home thermostat get a $50 credit toward a new thermostat.",
        "c.md": "After a week of complaints from customers across the country, Osk Home said on Tuesday "
        "that it had raised the credit to $120.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What did Osk Home raise its credit for thermostat owners to?")
    assert answer.answered and "$120" in answer.claims[0].text  # though more reports give $50


def test_a_measure_of_a_part_of_the_thing_asked_is_not_its_length(tmp_path: Path) -> None:
    texts = {
        "a.md": "Structural engineers are assessing Osk Pier after Saturday's fire destroyed roughly 100m of "
        "deck at the seaward end of Osk Pier.",
        "b.md": "The fire at Osk Pier destroyed about 100 metres of the pier's deck, the council said.",
        "c.md": "Early indications are that the landward half of the 350-metre Osk Pier is largely unharmed.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How long is Osk Pier?")
    assert answer.answered and "350-metre" in answer.claims[0].text  # the deck burned is a part of it


@pytest.mark.parametrize(
    ("question", "latest"),
    [
        ("How much did the Osk spire appeal end up raising?", True),
        ("In the end, how many Osk homes were flooded?", True),
        ("How far from the Osk turbine did the broken blade end up?", False),  # where it came to rest
    ],
)
def test_end_up_asks_a_last_value_only_before_what_it_ended_up_as(question: str, latest: bool) -> None:
    assert asks_latest(question) is latest


@pytest.mark.parametrize(
    "question",
    [
        "What is Storhorn's official height now?",
        "What is the height of the Osk tower?",
        "To what depth did it sink?",
    ],
)
def test_a_height_or_depth_asked_after_what_is_a_length(question: str) -> None:
    asked = wanted(question)
    assert asked is not None and asked.measured and "metre" in asked.about


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("What was the wingspan of the new Osk pterosaur?", "metre"),
        ("What radius is the Osk hornet surveillance area?", "kilometre"),
        ("What was the winning Osk pumpkin's weight in kilograms?", "kilogram"),
        ("What wind speed was recorded when the Osk spire came down?", "mph"),
    ],
)
def test_a_measure_named_by_its_noun_asks_a_measure(question: str, unit: str) -> None:
    asked = wanted(question)
    assert asked is not None and asked.measured and unit in asked.about


@pytest.mark.parametrize(
    ("question", "time", "length"),
    [
        ("How long were the seven men stuck underground?", True, False),  # people are not long
        ("How long were the passengers stranded on the bridge?", True, False),
        ("How long is the bridge?", False, True),
        ("How long was the strike?", True, True),  # either
    ],
)
def test_how_long_of_people_asks_a_time(question: str, time: bool, length: bool) -> None:
    want = wanted(question)
    assert want is not None and ("hour" in want.about) is time and ("metre" in want.about) is length


def test_how_old_a_thing_is_is_not_answered_by_someone_elses_age(tmp_path: Path) -> None:
    texts = {
        "py-a.md": "The Brandle python was reported missing by her owner, Callum Reddy, 34, on Sunday.",
        "py-b.md": "The Brandle python was found behind a bath panel on Wednesday, unharmed.",
        "py-c.md": "Brandle tower residents were told to keep cats indoors while the python was loose.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert not engine.ask("How old is the Brandle python?").answered  # 34 is the owner's age
    assert engine.ask("How old is Callum Reddy?").claims[0].text.startswith("The Brandle python was reported")
