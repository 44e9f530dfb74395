"""Fact-check answers on the sample corpus: claims, conflicts, question types, recency."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from factbot.index.answers.adjectives import adjective_synonyms
from factbot.index.answers.answering import name_terms
from factbot.index.answers.coverage import word_weights
from factbot.index.answers.figure_words import asked_dimension, asks_distance
from factbot.index.answers.figures import figures
from factbot.index.answers.models import Answer
from factbot.index.answers.names import who_or_what
from factbot.index.answers.quantities import DEGREES, TEMPERATURE_UNITS, consistent
from factbot.index.answers.questions import (
    as_asked,
    asks_for_name,
    content_text,
    expand_terms,
    has_cue,
    measured_by,
    named_agent,
    phrasal_nouns,
    question_terms,
    question_type,
)
from factbot.index.answers.wanted import wanted
from factbot.index.engine import Engine
from factbot.index.ranking.analysis import Analyzer

from tests.index.corpora import OTHER_STORIES, engine_over

OWN_QUESTIONS = Path(__file__).with_name("own_questions.jsonl")


def _own() -> list:
    rows = [json.loads(line) for line in OWN_QUESTIONS.read_text().splitlines() if line.strip()]
    return [
        pytest.param(
            row,
            id=row["question"],
            marks=[pytest.mark.xfail(reason=row["known_miss"], strict=True)] if "known_miss" in row else [],
        )
        for row in rows
    ]


@pytest.mark.parametrize("case", _own())
def test_own_question(engine: Engine, case: dict) -> None:
    answer = engine.ask(case["question"])
    if case.get("answerable", True) is False:
        assert not answer.answered and answer.claims == []
        return
    assert answer.answered, case["question"]
    texts = [c.text for c in answer.claims] + [w.text for c in answer.claims for w in c.other_wordings]
    hits = [t for t in texts if any(e in t for e in case["expect_any"])]
    assert hits, texts
    if "expect_docs_min" in case:
        best = max(answer.claims, key=lambda c: c.sources_count)
        assert best.sources_count >= case["expect_docs_min"]


def test_treaty_effect_is_one_claim_from_four_sources(engine: Engine) -> None:
    answer = engine.ask("when does the treaty take effect?")
    top = answer.claims[0]
    assert "exchange" in top.text
    assert top.sources_count >= 4 and answer.sources_total == 5
    assert len({c.doc_id for c in top.citations}) == top.sources_count
    assert top.other_wordings and all("exchange" in w.text for w in top.other_wordings)
    assert top.earliest_date == top.latest_date == "2024-11-12"


def test_troop_figures_conflict_with_their_sources(engine: Engine) -> None:
    answer = engine.ask("How many North Korean troops have been sent to Russia?")
    troops = [c for c in answer.conflicts if c.about == "troops"]
    assert len(troops) == 1
    values = {v.value: {c.doc_id[:3] for c in v.citations} for v in troops[0].values}
    assert values["up to 12,000"] == {"001"}
    assert values["at least 10,000"] == {"000"}
    assert "around 11,000" in values
    assert all(c.about != "containers" for c in answer.conflicts)


def test_since_keeps_dated_and_undated_documents(engine: Engine) -> None:
    later = engine.ask("when does the treaty take effect?", since=date(2024, 11, 13))
    cited = {c.doc_id for claim in later.claims for c in claim.citations}
    assert "002_d7c785511c5d5a21.txt" not in cited  # dated 2024-11-12
    assert later.answered and later.sources_total == 4 and later.since == "2024-11-13"
    assert all(c.date == "" for claim in later.claims for c in claim.citations)


def test_json_has_claims_conflicts_and_quotes(engine: Engine) -> None:
    data = json.loads(engine.ask("How many North Korean troops have been sent to Russia?").model_dump_json())
    assert {"quotes", "claims", "conflicts", "sources_total"} <= set(data)
    assert {"text", "citations", "sources_count", "other_wordings"} <= set(data["claims"][0])
    assert {"about", "values"} <= set(data["conflicts"][0])
    assert {"value", "citations"} <= set(data["conflicts"][0]["values"][0])


def test_quotes_are_each_claims_best_wording_in_order(engine: Engine) -> None:
    answer = engine.ask("when does the treaty take effect?")
    expected = [(c.text, c.score, c.citations) for c in answer.claims]
    assert answer.claims and [(q.text, q.score, q.citations) for q in answer.quotes] == expected
    data = json.loads(answer.model_dump_json())
    assert [q["text"] for q in data["quotes"]] == [c["text"] for c in data["claims"]]
    assert Answer.model_validate_json(answer.model_dump_json()) == answer  # "quotes" is read back as derived


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 10,000 soldiers", [("count", "troops", 10000.0, "at least 10,000")]),
        ("up to 12,000 North Korean troops", [("count", "troops", 12000.0, "up to 12,000")]),
        ("rates of 4.25 percent", [("percent", "percent", 4.25, "4.25 percent")]),
        ("a fund of $1 million", [("money", "money", 1e6, "$1 million")]),
        ("signed on Nov. 12, 2024", [("date", "date", "11-12", "Nov. 12, 2024")]),
        ("on August 12", [("date", "date", "08-12", "August 12")]),
        ("a 1961 accord under Article 51", [("year", "year", 1961.0, "1961")]),
        ("Sixty-three structures were lost", [("count", "structure", 63.0, "Sixty-three")]),
        ("a four-year contract", [("count", "year", 4.0, "four")]),
        ("an 11-day strike", [("count", "day", 11.0, "11")]),
        ("goods worth 1.2bn dollars", [("money", "money", 1.2e9, "1.2bn dollars")]),
        ("up 25 basis points", [("points", "points", 0.25, "25 basis points")]),
        ("a quarter-point rise", [("points", "points", 0.25, "a quarter-point")]),
        ("children under age 3 ride free", [("count", "ride", 3.0, "under 3")]),  # an age's word between
        ("a 5-2 vote", [("tally", "tally", "5-2", "5-2")]),
        ("voted nine to two", [("tally", "tally", "9-2", "nine to two")]),
        ("a 2-7 ruling", [("tally", "tally", "7-2", "2-7")]),  # larger side first
        ("passed by 31 votes to 24", [("tally", "tally", "31-24", "31 votes to 24")]),
        ("beating Montenegro 1.5-0.5 in a playoff", [("tally", "tally", "1.5-0.5", "1.5-0.5")]),  # chess
        ("she won the match 6½-2½", [("tally", "tally", "6.5-2.5", "6½-2½")]),
        ("prices rose 2-3% after the vote", []),  # a range of percentages, no tally
        ("a three-dollar-a-night charge", [("money", "money", 3.0, "three-dollar")]),
        ("would take a minimum of six weeks", [("count", "week", 6.0, "a minimum of six")]),
        ("the temperature climbed to 31C", [("count", "celsius", 31.0, "31")]),
        ("almost 88 degrees Fahrenheit", [("count", "fahrenheit", 88.0, "almost 88")]),
        ("a high of 25°C", [("count", "celsius", 25.0, "25")]),
        ("Temperatures fell to minus 14 degrees Celsius", [("count", "celsius", -14.0, "minus 14")]),
        ("a low of -14C", [("count", "celsius", -14.0, "-14")]),
        ("It turned 90 degrees.", [("count", "degree", 90.0, "90")]),  # no scale written
        ("told 2,130 unsuccessful and waiting-list applicants", [("count", "applicant", 2130.0, "2,130")]),
        ("12 cats and dogs", [("count", "cat", 12.0, "12")]),  # the first plural still counts
        ("it was six degrees below freezing", [("count", "degree", -6.0, "six degrees below freezing")]),
        ("It was 5°C below zero", [("count", "celsius", -5.0, "5°C below zero")]),
        (
            "20 degrees Fahrenheit below freezing",
            [("count", "fahrenheit", 12.0, "20 degrees Fahrenheit below freezing")],
        ),
        ("Grade C and 4 F", [("count", "", 4.0, "4")]),  # a letter apart from its number is no scale
        (
            "It was about minus 14 C at the top",
            [("count", "celsius", -14.0, "minus 14")],
        ),  # ... but below zero
        ("Temperatures hit 31 C on Monday", [("count", "celsius", 31.0, "31")]),  # ... or of temperatures
        ("a 10-pound turkey", [("count", "pound", 10.0, "10")]),  # a weight or a sum: not read as money
        ("He got 12 votes to lead", [("count", "vote", 12.0, "12")]),
        (
            "the Falcons rallied to beat the defending champion Port Ellery Kings 4-3",
            [("tally", "tally", "4-3", "4-3")],
        ),
        ("The number of people complaining rose, reaching 318", [("count", "people", 318.0, "318")]),
        ("The number of yellow-legged hornet nests has risen to five", [("count", "nest", 5.0, "five")]),
        ("taking the number of abandonments to 17 since the start", [("count", "abandonment", 17.0, "17")]),
        (
            "two along Kessler Avenue and two near the plaza",
            [("count", "", 2.0, "two"), ("count", "", 2.0, "two")],
        ),
        ("the 5-2 record", []),  # no vote or result near it
        ("the 2019-2021 plan", []),  # not 201
        ("the AF-58 fryer and the OV-1700", []),
        ("a 3:1 ratio", []),
        ("the 2024 Act", [("year", "year", 2024.0, "2024")]),
        ("Union Local 22 voted", []),
        ("Just 104 riders reached the finish", [("count", "rider", 104.0, "104")]),  # no label: a stopword
        (
            "Only 104 of the 132 riders finished",
            [("count", "rider", 104.0, "104"), ("count", "rider", 132.0, "132")],
        ),
        ("Union Local 22 members voted", []),
        ("Dunhallow Point's Unit 2 has a capacity of 1,150 MW", [("count", "megawatt", 1150.0, "1,150")]),
        ("riders on Route 6 buses", []),
        (
            "the blade came off turbine No. 7 at about 4.15am",
            [("count", "number", 7.0, "7"), ("time", "time", "4:15am", "about 4.15am")],
        ),
        ("it broke free from turbine number seven", [("count", "number", 7.0, "seven")]),  # a label
        (
            "pulled from the rubble in Osk 31 hours after the quake",
            [("count", "hour", 31.0, "31")],
        ),  # no label
        ("North Korea has sent Russia 11,000 troops", [("count", "troops", 11000.0, "11,000")]),  # given to
        ("Castlegate lent Ridgeway 12 buses", [("count", "bus", 12.0, "12")]),
        ("no one was injured", []),
        ("More than half of voters", [("percent", "percent", 50.0, "More than half")]),
        ("nearly two-thirds of the homes", [("percent", "percent", 66.67, "nearly two-thirds")]),
        ("a grant paying for nine-tenths of the work", [("percent", "percent", 90.0, "nine-tenths")]),
        ("about a fifth of the homes", [("percent", "percent", 20.0, "about a fifth")]),
        ("the fifth of the six races", [("count", "race", 6.0, "six")]),  # an order, not a share
        ("a quarter of a percentage point", [("points", "points", 0.25, "a quarter of a percentage point")]),
        ("the northern half of the town", []),
        ("more than half a million patients", [("count", "patient", 5e5, "more than half a million")]),
        ("a quarter of a billion dollars", [("money", "money", 2.5e8, "a quarter of a billion dollars")]),
        ("in the first quarter of 2026", [("year", "year", 2026.0, "2026")]),  # no share of anything
        ("reported at about 2:40 p.m. on Tuesday", [("time", "time", "2:40pm", "about 2:40 p.m.")]),
        ("broke in at 3.40am", [("time", "time", "3:40am", "3.40am")]),
        ("tore loose at 4.20 in the morning", [("time", "time", "4:20am", "4.20")]),  # the half in words
        (
            "open from 10 in the morning to 3 in the afternoon",
            [("time", "time", "10:00am", "10"), ("time", "time", "3:00pm", "3")],
        ),
        ("just after 4:30 in the morning", [("time", "time", "4:30am", "just after 4:30")]),
        ("at 11 at night", [("time", "time", "11:00pm", "11")]),
        (
            "scored 3 in the morning session",
            [("count", "", 3.0, "3")],
        ),  # no time: nothing before it says when
        ("around 3 o'clock Sunday morning", [("time", "time", "3:00", "around 3 o'clock")]),
        ("closed at 15:40 GMT", [("time", "time", "3:40pm", "15:40")]),
        ("the vote closed at noon", [("time", "time", "12:00pm", "noon")]),
        ("shares rose 3.40 percent", [("percent", "percent", 3.4, "3.40 percent")]),
        ("crested at 24.6 feet", [("count", "foot", 24.6, "24.6")]),
        ("above its 15-foot flood stage", [("count", "foot", 15.0, "15")]),
        ("7.4 inches of rain", [("count", "inch", 7.4, "7.4")]),
        ("705 km up", [("count", "kilometre", 705.0, "705")]),
        (
            "retreating by about 30cm a year",
            [("count", "centimetre", 30.0, "about 30")],
        ),  # a unit on the number
        ("a 2,350kg satellite", [("count", "kilogram", 2350.0, "2,350")]),
        ("a 5km run", [("count", "kilometre", 5.0, "5")]),
        ("grew 3mm", [("count", "millimetre", 3.0, "3")]),
        ("enough power for 12,000 households", [("count", "home", 12000.0, "12,000")]),
        ("about a dozen buses", [("count", "bus", 12.0, "about a dozen")]),
        ("one in five homes", [("percent", "percent", 20.0, "one in five")]),  # a share, not five homes
        # Text outside ASCII (curly quotes, dashes, a no-break space) is read as ASCII text is.
        ("“One in\u00a0five homes” – the survey", [("percent", "percent", 20.0, "One in five")]),
        ("Sixty-three structures were lost — officials said", [("count", "structure", 63.0, "Sixty-three")]),
        ("about 3:40\u00a0a.m. on Tuesday’s run", [("time", "time", "3:40am", "about 3:40 a.m.")]),
        ("scored 2 in 3 minutes", [("count", "", 2.0, "2"), ("count", "minute", 3.0, "3")]),
        ("half a dozen riders", [("count", "rider", 6.0, "half a dozen")]),
        ("put at EUR 28 million", [("money", "money", 28e6, "EUR 28 million")]),  # a code before a sum
        ("a loan of 1.2 billion US dollars", [("money", "money", 1.2e9, "1.2 billion US dollars")]),
        ("worth 5 million Hong Kong dollars", [("money", "money", 5e6, "5 million Hong Kong dollars")]),
        ("has cost 5.6 million crowns", [("money", "money", 5.6e6, "5.6 million crowns")]),
        ("a fare of 12 zlotys", [("money", "money", 12.0, "12 zlotys")]),
        ("it won 3 games", [("count", "game", 3.0, "3")]),  # "won" is no currency
        (
            "the Kings had led 3-1 after two periods",
            [("tally", "tally", "3-1", "3-1"), ("count", "period", 2.0, "two")],
        ),
        ("Drummond trailed 2-0 early", [("tally", "tally", "2-0", "2-0")]),  # a score in a game under way
        ("travelling at about 18 km per second", [("count", "km/s", 18.0, "about 18")]),  # a speed
        ("sound covers 340 metres a second", [("count", "m/s", 340.0, "340")]),
        ("walked 3 miles a day", [("count", "mile", 3.0, "3")]),  # a length a day is no speed
        ("the delay led to 2-3 hour waits", []),  # a range after "led to", no score
        ("opened on 18th October", [("date", "date", "10-18", "18th October")]),
        ("won more than half the vote", [("percent", "percent", 50.0, "more than half")]),
        ("in the second half the team scored", []),  # a half of a game, not a share
        ("opened on the 3rd of May 2025", [("date", "date", "05-03", "3rd of May 2025")]),
        ("refunds until the end of March", [("date", "date", "03-31", "end of March")]),  # no digit
        ("due by the end of February", [("date", "date", "02-28", "end of February")]),
        ("due by the end of February 2028", [("date", "date", "2028-02", "February 2028")]),  # a month
        ("the weekend of March 3", [("date", "date", "03-03", "March 3")]),
        ("a US$5 million grant", [("money", "money", 5e6, "US$5 million")]),
        ("a usd-linked bond", []),
        ("won the 29th Tour", [("rank", "rank", 29.0, "29th")]),  # a place, not 29 of anything
        ("finished 1,000th", [("rank", "rank", 1000.0, "1,000th")]),
        ("Quintas, aged 23, signed", [("count", "year-old", 23.0, "23")]),
        ("at the age of 23", [("count", "year-old", 23.0, "23")]),
        ("Reinholt (27) won", [("count", "year-old", 27.0, "27")]),
    ],
)
def test_figures_keep_qualifiers_and_fold_synonyms(text: str, expected: list) -> None:
    assert [(f.kind, f.about, f.value, f.text) for f in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "differences"),
    [
        ("Almonte beat Pryce by 6,536 votes.", [True]),
        ("She won by more than 6,500 votes.", [True]),
        ("Her lead was closer to 5,200 votes.", [True]),
        ("a 6,536-vote win", [True]),
        ("raised its policy rate by 25 basis points to 4.5%", [True, False]),
        ("Almonte had 41,286 votes, or 52.3%.", [False, False]),
        ("a strike by 6,500 dockworkers", [False]),
        ("The cut was predicted by 22 economists.", [False]),
        ("Opponents delivered a petition signed by 1,850 people.", [False]),  # who signed it
        ("Enrollment has fallen by roughly 1,500 students.", [True]),  # a change of students
        ("a 20-ton weight limit", [False]),
    ],
)
def test_a_margin_or_a_change_is_a_difference_not_a_level(text: str, differences: list[bool]) -> None:
    assert [f.difference for f in figures(text)] == differences


@pytest.mark.parametrize(
    ("question", "qtype", "cue", "no_cue"),
    [
        ("When does it start?", "when", "It starts once both sides agree.", "It is large."),
        ("How many troops were sent?", "how_many", "They sent 10,000 troops.", "They sent troops."),
        ("How strong were the winds?", "how_many", "Gusts reached 90 mph.", "The winds were strong."),
        ("How powerful was the quake?", "how_many", "It measured 5.8.", "It was powerful."),
        ("How low must the lake fall?", "how_many", "It must fall to 40 per cent.", "It must fall."),
        ("In which year did it open?", "when", "It opened in 1961.", "It is large."),
        ("On which day did the fire start?", "when", "It started on Monday.", "It is large."),
        ("At what hour did the fire start?", "when", "It started at 4 a.m.", "It is large."),
        ("How soon will the road reopen?", "when", "It reopens next week.", "It is large."),
        ("From when will the maps show it?", "when", "Maps show it from 2028.", "It is large."),
        ("What is the closing date for bids?", "when", "Bids close on 20 February.", "It is large."),
        ("What's the last date to claim a refund?", "when", "Claims close on 20 February.", "It is large."),
        ("What was the deadline?", "when", "It was 4 p.m. on Friday.", "It is large."),
        ("What was the opening day crowd?", None, "", ""),
        ("Who signed it?", "who", "President Putin signed it.", "it was signed."),
        ("Where did they fight?", "where", "They fought in the Kursk region.", "they fought hard."),
        ("What is the treaty called?", "name", "It is called the Comprehensive Partnership.", "it exists."),
        ("Why did it happen?", None, "", ""),
    ],
)
def test_question_types_and_cues(question: str, qtype: str | None, cue: str, no_cue: str) -> None:
    assert question_type(question) == qtype
    if qtype:
        assert has_cue(qtype, cue) and not has_cue(qtype, no_cue)


def test_paraphrase_expansion_adds_canonical_terms() -> None:
    assert {"take", "effect"} <= set(expand_terms(["come", "forc"]))


def test_a_death_or_an_injury_is_searched_by_every_word_for_it(tmp_path: Path) -> None:
    # "died" and "deaths" share no stem: only the widened search finds the denial.
    texts = {
        "a.md": "No deaths have been reported in the Osk hill fire, the county said on Friday.",
        "b.md": "The Osk hill fire has burned 2,000 acres since it started on Monday.",
        "c.md": "Firefighters expect to contain the Osk hill fire by the weekend.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Has anyone died in the Osk hill fire?")
    assert answer.answered and "No deaths" in answer.claims[0].text
    assert {"death", "kill"} <= set(expand_terms(["die"])) and "hurt" in expand_terms(["injur"])


def test_a_rounding_word_before_how_asks_the_same_question(tmp_path: Path) -> None:
    texts = {
        "a.md": "About 3,000 people attended the Osk harvest parade on Sunday, organisers said.",
        "b.md": "The Osk harvest parade drew roughly 3,000 people and 40 floats.",
        "c.md": "Twelve marching bands and 40 floats took part in the Osk harvest parade.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    plain = engine.ask("How many people attended the Osk harvest parade?")
    for rounding in ("Roughly", "About", "Approximately"):
        asked = f"{rounding} how many people attended the Osk harvest parade?"
        answer = engine.ask(asked)
        assert answer.question == asked  # reported as typed
        assert [c.text for c in answer.claims] == [c.text for c in plain.claims]
    assert "3,000" in plain.claims[0].text


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "By the end of Saturday's stage, how many riders had abandoned the race?",
            "How many riders had abandoned the race by the end of Saturday's stage?",
        ),
        ("In 2024, did the council raise taxes?", "Did the council raise taxes in 2024?"),
        ("In Osk, the road closed.", "In Osk, the road closed."),  # a statement, not a question
        ("How many riders, in total, abandoned?", "How many riders, in total, abandoned?"),
        (
            "According to the police, how many riders abandoned?",
            "How many riders abandoned according to the police?",
        ),
        (
            "If the smell continues, what is the fine Greenway faces?",
            "What is the fine Greenway faces if the smell continues?",
        ),
        (
            "Before this crash, in what year did Osk last close the road?",
            "What year did Osk last close the road before this crash in?",
        ),
        (
            "When the fault was first found, how long did officials say the delay would be?",
            "How long did officials say the delay would be when the fault was first found?",
        ),
        (
            "Once the radio link was switched on, how many homes were still offline?",
            "How many homes were still offline once the radio link was switched on?",
        ),
        (
            "When did the strike end, and how long did it last?",
            "When did the strike end, and how long did it last?",
        ),
        ("At what price did the shares close?", "What price did the shares close at?"),
        ("In which journal was it published?", "Which journal was it published in?"),
        ("By how much did the shares fall?", "By how much did the shares fall?"),  # "by how much": a change
        ("Pryce, who lost, conceded.", "Pryce, who lost, conceded."),  # a statement
        ("What's the new fee?", "What is the new fee?"),
        ("What's happened to the dam?", "What's happened to the dam?"),  # "has"
    ],
)
def test_a_phrase_set_off_before_the_question_word_is_read_after_it(question: str, read: str) -> None:
    assert as_asked(question) == read


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("At what price did Osk Mills shares close on Friday?", {"money"}),
        ("By what percentage did Osk councillors raise their own pay?", {"percent", "points"}),
        ("According to the council, when does the Osk bridge reopen?", {"date", "year"}),
        ("By what vote did the Osk council approve the plan?", {"tally"}),
        ("What’s the price of an Osk pool ticket?", {"money"}),
        ("How late will the Osk pool stay open?", {"time"}),
        ("How complete is the Osk fossil?", {"percent"}),
        ("How much was the Osk warehouse insured for?", {"money"}),
        ("How much was the Osk painting valued at?", {"money"}),
    ],
)
def test_a_question_word_after_a_preposition_or_a_phrase_asks_its_figure(
    question: str, kinds: set[str]
) -> None:
    want = wanted(as_asked(question))
    assert want is not None and want.kinds == kinds


def test_a_question_opened_by_a_phrase_is_answered_as_one_ending_with_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "Eight riders left the Osk race on Saturday, taking the number of abandonments to 17.",
        "b.md": "Nine riders abandoned the Osk race during Friday's opening stage.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "By the end of Saturday, how many riders had abandoned the Osk race?"
    )
    assert answer.answered and answer.claims[0].text == texts["a.md"]


def test_a_light_verb_of_the_question_weighs_less_in_its_coverage(tmp_path: Path) -> None:
    # "got ahead" is "beat" in other words: the sentence states "Fenby" and "race" but not "got"
    # or "ahead", and "got" says little of what was asked.
    texts = {
        "vote-a.md": "Dana Whitlow beat Marcus Grell in the Fenby council race on Monday. She starts in May.",
        "vote-b.md": "Whitlow defeated Grell by 412 votes, the county clerk said. Turnout was low.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Who got ahead in the Fenby race?")
    assert answer.answered and "Dana Whitlow" in answer.claims[0].text


def test_an_adverb_of_time_in_the_question_weighs_less_in_its_coverage(tmp_path: Path) -> None:
    # "off limits" is "closed" in other words; "still" says little of what the answer must say.
    texts = {
        "cave-a.md": "The Brenn Cave has been closed to cavers since March. Wardens check the gate daily.",
        "cave-b.md": "Cavers may not enter the Brenn Cave while the bats roost, the park said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Is Brenn Cave still off limits to cavers?")
    assert answer.answered  # (either sentence answers it: "may not enter" is off limits too)
    assert {c.citations[0].doc_id for c in answer.claims[:2]} == {"cave-a.md", "cave-b.md"}


@pytest.mark.parametrize(
    ("question", "measured"),
    [
        ("How deep was the Osk earthquake?", ("deep", ("depth",))),
        ("How heavy is the bell?", ("heavy", ("weight",))),
        ("how wide is the river at Osk", ("wide", ("breadth", "width"))),
        ("How long is the bridge?", None),  # the question's frame: asked by the figure alone
        ("How old is the mayor?", None),
        ("How did the fire start?", None),
        ("What is the depth of the lake?", None),
    ],
)
def test_a_measure_asked_by_an_adjective_is_named_by_its_nouns(
    question: str, measured: tuple[str, tuple[str, ...]] | None
) -> None:
    assert measured_by(question) == measured


def test_how_deep_is_answered_by_the_depth_near_its_figure(tmp_path: Path) -> None:
    # Neither sentence has "deep"; each gives two distances, and the depth is the one asked.
    texts = {
        "a.md": "The Osk quake struck at 3:40 a.m. at a depth of 10 km, with its epicentre 12 km"
        " north of Varrow.",
        "b.md": "Seismologists put the epicentre of the Osk earthquake 12 kilometres north of Varrow,"
        " at a depth of 10 kilometres.",
        "c.md": "Varrow lies 40 km from Osk along the coast road, and the earthquake was felt in both towns.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How deep was the Osk earthquake?")
    assert answer.answered
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}
    assert not answer.conflicts


def test_who_is_answered_only_by_a_sentence_saying_more_than_the_names(tmp_path: Path) -> None:
    # a.md names the Osk Museum but says nothing of who designed its building; d.md does.
    texts = {
        "a.md": "Three masked thieves broke into the Osk Museum of Decorative Arts before dawn on Wednesday.",
        "b.md": "Police said the thieves escaped in a grey van.",
        "c.md": "The eight stolen objects were insured, police said.",
        **OTHER_STORIES,
    }
    question = "Who designed the Osk Museum of Decorative Arts building?"
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    assert not engine_over(tmp_path / "one", texts).ask(question).answered
    texts["d.md"] = (
        "The Osk Museum of Decorative Arts building was designed by the architect Vell Brant in 1911."
    )
    answer = engine_over(tmp_path / "two", texts).ask(question)
    assert answer.answered and "Vell Brant" in answer.claims[0].text


def test_what_something_ends_up_costing_asks_a_sum(tmp_path: Path) -> None:
    texts = {
        "a.md": "Officials estimated the Osk cyberattack would cost the council as much as $12 million.",
        "b.md": "The Osk cyberattack was claimed by a group called Grey Lantern.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What could the Osk cyberattack end up costing the council?")
    assert answer.answered and "as much as $12 million" in answer.claims[0].text
    assert wanted("What could the Osk cyberattack end up costing Wrenfield?").kinds == {"money"}
    assert wanted("What caused the Osk cyberattack?") is None
    (figure,) = figures("It could cost as much as $12 million.")
    assert (figure.text, figure.qualifier) == ("as much as $12 million", "as much as")


def test_what_is_supposed_to_happen_is_answered_by_a_day_to_come(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk covered bridge, built in 1872, is the county's oldest bridge.",
        "b.md": "The town aims to reopen the Osk covered bridge in the fall of 2027.",
        "c.md": "The Osk covered bridge was built in 1872.",
        **OTHER_STORIES,
    }
    dates = dict.fromkeys(["a.md", "b.md", "c.md"], "2025-09-12")
    answer = engine_over(tmp_path, texts, dates).ask("When is the Osk covered bridge supposed to reopen?")
    assert answer.answered and answer.claims[0].citations[0].doc_id == "b.md"


def test_a_yes_no_question_is_led_by_the_claim_denying_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk church spire collapsed overnight as the storm swept the county.",
        "b.md": "Part of the Osk church spire collapsed overnight in the storm.",
        "c.md": "Nobody was injured when the Osk church spire fell, police said.",
        "d.md": "Anyone who does not leave the Osk church area faces a fine, police said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Was anyone injured when the Osk church spire collapsed?")
    assert answer.answered and answer.claims[0].citations[0].doc_id == "c.md"


def test_a_negation_that_restricts_is_no_denial(tmp_path: Path) -> None:
    texts = {
        "a.md": "Anyone who does not pay the Osk toll faces a $60 penalty.",
        "b.md": "School buses will be exempt from the Osk toll, the board said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Will school buses have to pay the Osk toll?")
    assert answer.answered and answer.claims[0].citations[0].doc_id == "b.md"


def test_which_is_led_by_a_claim_giving_a_name(tmp_path: Path) -> None:
    texts = {
        "a.md": "The company that operates the Osk bike share said riders took about 2,300 trips.",
        "b.md": "Riders took about 2,300 trips, said the company that operates the Osk bike share.",
        "c.md": "Demand was strong, said Pedalway Mobility, the operator of the Osk bike share.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Which company operates the Osk bike share?", max_quotes=10)
    assert answer.answered and "Pedalway Mobility" in answer.claims[0].text


def test_denials_from_another_story_are_no_answer_to_a_yes_no_question(tmp_path: Path) -> None:
    texts = {
        "a.md": "No one was killed in the crowd surge at the Osk Lumen festival, police said.",
        "b.md": "Organisers of the Osk Lumen festival said no one was killed in Saturday's surge.",
        "c.md": "The Velmora earthquake that killed 17 people was not exceptionally large.",
        **OTHER_STORIES,
    }
    question = "Was anyone killed in the Osk Lumen crowd surge?"
    answer = engine_over(tmp_path, texts).ask(question, max_quotes=10)
    assert answer.answered
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_a_day_before_of_in_a_name_is_when_not_the_name() -> None:
    assert who_or_what("Gates opened late on the Sunday of Lumen Fields.") == ["Lumen Fields"]
    assert who_or_what("The Bank of England held rates.") == ["Bank of England"]


def test_a_rate_by_the_night_or_the_hour_is_a_price(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk council proposed a visitor levy of four dollars a night per room.",
        "b.md": "Parking at the Osk marina costs $2 an hour, the council said.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("What nightly rate did the Osk council propose for the visitor levy?")
    assert answer.answered and "four dollars" in answer.claims[0].text
    assert wanted("What is the hourly rate for parking at the Osk marina?").kinds == {"money"}
    assert wanted("What is the Osk council's interest rate?").kinds == {"percent", "points"}


def test_how_many_points_someone_scored_is_a_count_of_points(tmp_path: Path) -> None:
    # "6.5 points" is a count of points; "By how many points did ... fall?" still asks a change in points.
    texts = {
        "a.md": "Lena Ostrova finished the Osk chess open on 6.5 points, half a point clear of the field.",
        "b.md": "Ostrova, 19, won the Osk chess open with 6.5 points from nine rounds.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many points did Lena Ostrova score at the Osk chess open?")
    assert answer.answered and "6.5" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}
    assert wanted("By how many points did the Osk index fall?").kinds == {"percent", "points"}


@pytest.mark.parametrize(
    ("question", "change"),
    [
        ("How much did Osk Mills shares fall on Tuesday?", True),
        ("By how much did the Bank of Osk raise its policy rate?", True),  # "of" in a name
        ("How much does Osk Mills expect to save each year from the job cuts?", False),
        ("How much is the Osk visitor levy expected to raise each year?", False),
        ("How much will a ticket to climb the Osk tower cost?", False),
        ("How much are Osk Tower households paid for each day without a lift?", False),  # a lift: a noun
        ("How much will tenants be paid for the weeks during the cut in power?", False),
    ],
)
def test_a_change_word_in_a_phrase_of_its_own_asks_no_change(question: str, change: bool) -> None:
    asked = wanted(question)
    assert asked is not None and asked.change is change


def test_point_in_a_name_asks_no_percentage() -> None:
    asked = wanted("How much power did the grid lose when the Osk Point plant went down?")
    assert asked is not None and "count" in asked.kinds  # "620 megawatts", not only a percentage
    points = wanted("How many percentage points did the Osk party lose?")
    assert points is not None and points.kinds == {"percent", "points"}


def test_how_long_a_thing_or_a_place_is_asks_its_length(tmp_path: Path) -> None:
    # A bridge is long in metres, not in the months it took to build; "How long was the strike?" in either.
    texts = {
        "a.md": "The Osk footbridge, which took 14 months to build, is 86 metres long.",
        "b.md": "At 86 metres, the new footbridge over the Osk is the longest in the county.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How long is the Osk footbridge?")
    assert answer.answered and "86" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}
    assert not answer.conflicts
    strike = wanted("How long was the Osk strike?")
    assert strike is not None and "month" in strike.about and "metre" in strike.about
    named = wanted("How long is Saltbourne Pier?")  # a name with no article: its last noun
    assert named is not None and named.measured and "metre" in named.about and "month" not in named.about


def test_how_big_a_thing_or_a_place_is_asks_its_area_or_length(tmp_path: Path) -> None:
    # A building is big in square feet or metres, not in the pounds it sold for; a crowd in a count.
    texts = {
        "a.md": "The Osk Arcade, a 92,000 sq ft building on Mill Street, sold for £6.5 million on Monday.",
        "b.md": "The 8,500 square metre Osk Arcade will need two years of work, the buyer said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How big is the Osk Arcade building?")
    assert answer.answered and "92,000 sq ft" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}
    assert not answer.conflicts
    crowd = wanted("How big was the crowd at the Osk rally?")
    assert crowd is not None and not crowd.measured


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("What are the estimated losses from the Osk flood?", {"money"}),
        ("What's the prize money for winning the Osk chess open?", {"money"}),
        ("What is the basic allowance for Osk councillors going up to?", {"money"}),
        ("What will the money from the Osk deal pay for?", None),  # what it buys
        ("What is the population of Osk?", {"count", "money", "percent", "points"}),
        ("How much does Osk Town lose per home game without the stand?", {"money"}),
        (
            "How much power did the Osk grid lose when the plant went down?",
            {"count", "money", "percent", "points"},
        ),
    ],
)
def test_what_is_a_noun_naming_money_held_or_paid_asks_a_sum(question: str, kinds: set[str] | None) -> None:
    asked = wanted(as_asked(question))
    assert (asked.kinds if asked is not None else None) == kinds


def test_what_a_plan_saves_is_a_sum_not_a_change(tmp_path: Path) -> None:
    texts = {
        "a.md": "Osk Mills expects the restructuring to save 40 million dollars a year by 2027.",
        "b.md": "Osk Mills said it expects to save $40m a year once the job cuts are complete.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "How much does Osk Mills expect to save each year from the job cuts?"
    )
    assert answer.answered and "40" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_how_old_someone_unnamed_is_answered_by_the_age_set_off_after_a_name(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk hoard was found on Sunday by a local man, detectorist Tom Aske, 61, near the river.",
        "b.md": "The Osk hoard holds 2,346 silver pennies.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("How old is the man who found the Osk hoard?")
    assert answer.answered and "61" in answer.claims[0].text
    assert not engine.ask("How old is Vell Brant, who found the Osk hoard?").answered


def test_how_many_people_do_something_is_answered_by_a_count_of_its_doers(tmp_path: Path) -> None:
    texts = {
        "a.md": "About 28,000 riders use the Osk tram line on an average weekday.",
        "b.md": "The Osk tram line cost $640 million to build.",
        "c.md": "In the Osk mayoral election, 41,200 voters cast a ballot.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("How many people a day ride the Osk tram line?")
    assert answer.answered and "28,000" in answer.claims[0].text
    answer = engine.ask("How many people voted in the Osk mayoral election?")
    assert answer.answered and "41,200" in answer.claims[0].text


def test_who_leads_or_owns_a_body_is_answered_by_its_leader_or_owner_by_title(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk Rowing Club's boathouse will reopen in May.",
        "b.md": '"We are thrilled," said the Osk Rowing Club\'s chair, Martin Ebdon.',
        "c.md": "Osk Rowing Club owner Vell Brant bought the boathouse in 2019.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    for question, name in (
        ("Who leads the Osk Rowing Club?", "Martin Ebdon"),
        ("Who owns the Osk Rowing Club?", "Vell Brant"),
    ):
        answer = engine.ask(question, max_quotes=10)
        assert answer.answered and any(name in c.text for c in answer.claims)
    assert not engine.ask("Who sold the Osk Rowing Club?").answered


def test_a_claim_saying_more_than_the_question_s_names_leads_one_that_says_only_them(tmp_path: Path) -> None:
    # Six outlets say Measure K passed; d.md says what its money pays for, which was asked; x.md and
    # y.md say something of pay, but in other stories.
    passed = [
        "Osk Measure K, the transit bond, also passed easily on Tuesday.",
        "Osk Measure K, the transit bond, passed easily.",
        "Voters in Osk passed Measure K, the transit bond, easily.",
        "In Osk, Measure K, the transit bond, passed easily.",
        "Osk Measure K, a transit bond, passed easily too.",
        "Osk Measure K, the transit bond, passed easily as well.",
    ]
    texts = {
        **{f"passed{i}.md": text for i, text in enumerate(passed)},
        "d.md": "Measure K will pay for a new bus route on Corliss Avenue and electric buses for the Osk "
        "fleet, starting in the autumn of next year, backers of the bond said on Tuesday night.",
        "x.md": "Brill workers will get more pay next year. The pay deal was signed.",
        "y.md": "Vell drivers want better pay. Their pay talks resume on Monday.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("What will the Osk Measure K money pay for?", max_quotes=5)
    assert [c.doc_id for c in answer.claims[0].citations] == ["d.md"]
    # the outlets saying only that it passed come before other stories' sentences on pay
    assert {c.doc_id for c in answer.claims[1].citations} == {f"passed{i}.md" for i in range(len(passed))}


def test_another_storys_claim_neither_leads_nor_bears_out_a_statement_giving_a_figure(tmp_path: Path) -> None:
    texts = {
        "levy.md": "Osk Falls visitors will pay the levy of $3 a night from July 1, officials said after a"
        " long debate on Tuesday.",
        "a1.md": "The new name takes effect on January 1.",
        "a2.md": "The new name will take effect on January 1.",
        "a3.md": "The new name of the arena takes effect on January 1.",
        "a4.md": "Its new name takes effect on January 1, the team said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("The new Osk Falls visitor levy will take effect on January 1.")
    assert [c.doc_id for c in answer.claims[0].citations] == ["levy.md"]
    assert answer.verdict == "contradicted"  # July 1, not the date the arena's new name takes effect


def test_a_sentence_giving_the_day_asked_states_the_questions_word_for_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "Hail the size of golf balls pelted the Osk vineyards on Sept. 13, growers said.",
        "b.md": "Osk growers said the storm stripped fruit from the vines.",
        "c.md": "The Osk harvest had only just begun.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts, dict.fromkeys(["a.md", "b.md", "c.md"], "2026-09-15"))
    answer = engine.ask("What day did the hailstorm hit the Osk vineyards?")  # "day": Sept. 13 says it
    assert answer.answered and "Sept. 13" in answer.claims[0].text
    assert not engine.ask("What day did the Osk harvest begin?").answered  # no day is given for it


def test_a_sentence_giving_the_sum_asked_states_the_questions_noun_for_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk museum acquired the bronze in 1988, paying $410,000 to the Fass Gallery, a dealer "
        "that later closed.",
        "b.md": "The Osk museum will not ask Velmora for any payment for the bronze.",
        "c.md": "The Osk bronze was taken from a temple in 1971.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("What price did the Osk museum originally pay for the bronze?")  # "$410,000": price
    assert answer.answered and "$410,000" in answer.claims[0].text
    assert not engine.ask("What price did the Osk museum charge for tickets?").answered


def test_a_pay_rise_is_answered_in_percent_and_worth_by_a_value(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk pilots' guild is asking for a 24 percent pay increase spread over three years.",
        "b.md": "Osk pilots are seeking raises of 24% over three years; the airline has offered 11%.",
        "c.md": "The Osk bronze, which appraisers now value at about $6 million, will go back to Velmora.",
        "d.md": "Bronzes from the Osk workshop rarely come to market today.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    raise_asked = engine.ask("How big a pay rise are the Osk pilots asking for?")
    assert raise_asked.answered and "24 percent" in raise_asked.claims[0].text
    worth = engine.ask("What is the Osk bronze worth on today's market?")  # "value" says "worth"
    assert worth.answered and "$6 million" in worth.claims[0].text


def test_an_illness_says_sick(tmp_path: Path) -> None:
    texts = {
        "a.md": "As of Tuesday, 12 people had told the Osk health department of stomach illness after "
        "the fair.",
        "b.md": "The Osk fair drew large crowds on Saturday, organisers said.",
        "c.md": "Osk health officials urged residents to wash their hands.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many people fell sick after the Osk fair?")
    assert answer.answered and "12 people" in answer.claims[0].text


def test_a_margin_is_answered_by_a_tally_or_a_difference(tmp_path: Path) -> None:
    want = wanted(as_asked("By what margin did the Osk trustees approve the fee rise?"))
    assert want is not None and {"tally", "count"} <= want.kinds
    texts = {
        "a.md": "The Osk trustees approved the fee rise 9-3 on Monday.",
        "b.md": "Osk's trustees backed the fee rise by nine votes to three at Monday's meeting.",
        "c.md": "The Osk trustees meet monthly in the old library building.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("By what margin did the Osk trustees approve the fee rise?")
    assert answer.answered and "9-3" in answer.claims[0].text


def test_which_hours_asks_for_times_of_day(tmp_path: Path) -> None:
    want = wanted(as_asked("During what hours is the Osk runway closed?"))
    assert want is not None and want.kinds == {"time"}
    texts = {
        "a.md": "The Osk runway was closed for more hours than planned last month.",
        "b.md": "The Osk runway is closed from 10 p.m. to 6 a.m., the quietest hours, while crews repave it.",
        "c.md": "Paving the Osk runway will cost the airport 4 million dollars.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("During what hours is the Osk runway closed?")
    assert answer.answered and answer.claims[0].text == texts["b.md"]


@pytest.mark.parametrize(
    "question",
    ["Which councillors voted against the Osk budget?", "What firms bid for the Osk fire station contract?"],
)
def test_a_figure_noun_after_the_verb_is_not_what_a_which_question_asks(question: str) -> None:
    # The noun asked is the one right after "which" or "what" (or after its auxiliary): not "budget".
    assert wanted(as_asked(question)) is None


def test_which_councillors_is_answered_by_their_names_not_the_budget(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk city council approved a $48.6 million budget on Tuesday in a 5-2 vote.",
        "b.md": "The $48.6m Osk budget, approved Tuesday, includes $4.2m for a fire station. "
        "Councillors Rosa Vey and Tom Aske voted against it.",
        "c.md": "Osk's council passed a budget of about $48 million on Tuesday. Two councillors, Rosa Vey "
        "and Tom Aske, opposed the plan.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Which councillors voted against the Osk budget?")
    assert "Rosa Vey" in answer.claims[0].text and answer.conflicts == []


def test_a_sum_after_the_verb_s_object_is_governed_by_the_verb(tmp_path: Path) -> None:
    # "cost the company an estimated $18 million": "cost" governs the sum past "the company".
    texts = {
        "a.md": "Brill Home's chief executive, Mara Lind, apologised to customers. The recall of roughly "
        "400,000 heaters will cost the company an estimated $18 million.",
        "b.md": "Brill Home is recalling about 400,000 heaters because they can overheat.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How much will the recall cost Brill Home?")
    assert answer.answered and "$18 million" in answer.claims[0].text


@pytest.mark.parametrize(
    ("question", "naming"),
    [
        ("What is the Latin name of the new cave salamander?", True),
        ("What is the salamander's scientific name?", True),
        ("What is the full name of the firm?", True),
        ("What is the price of the ticket?", False),
    ],
)
def test_a_question_asking_a_thing_s_name_in_any_words_asks_for_a_name(question: str, naming: bool) -> None:
    assert asks_for_name(question) is naming


@pytest.mark.parametrize(
    ("question", "agent"),
    [
        ("What is the name of the train driver who spotted the landslip?", "driver"),
        ("What is the name of the lottery winner's wife?", "wife"),
        ("What is the name of the Selkie Dawn's first officer?", "officer"),
        ("What is the name of the lorry driver arrested at Osk?", "driver"),  # not "arrested"
        ("What is the name of the fault that ruptured?", None),
        ("What is the name of the new ferry?", None),
        ("Who spotted the landslip?", None),
    ],
)
def test_a_name_asked_of_a_kind_of_person_or_operator(question: str, agent: str | None) -> None:
    assert named_agent(question) == agent


@pytest.mark.parametrize(
    ("said", "answered"),
    [
        (
            "The driver of the 05:42 Kelbury to Ashcombe service spotted the landslip near Orme Cutting.",
            False,
        ),
        ("Driver Tom Hale spotted the landslip near Orme Cutting.", True),
        ("Tom Hale, 54, the train's driver, spotted the landslip near Orme Cutting.", True),
    ],
)
def test_a_persons_name_asked_is_given_beside_the_kind_of_person(
    tmp_path: Path, said: str, answered: bool
) -> None:
    texts = {
        "a.md": said,
        "b.md": "Trains between Kelbury and Ashcombe were halted after the landslip near Orme Cutting.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "What is the name of the train driver who spotted the landslip?"
    )
    assert answer.answered is answered


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("a top speed of about 180 mph", "a top speed of 289 km/h", True),
        ("winds of 40 knots", "winds of 74 km/h", True),
        ("winds of 40 knots", "winds of 40 mph", False),
        ("a range of 18 nautical miles", "seen about 33 kilometres out to sea", True),
        ("a range of 18 nautical miles", "seen 29 kilometres away", False),  # 18 miles, not nautical
    ],
)
def test_speeds_and_distances_compare_across_units(first: str, second: str, same: bool) -> None:
    a, b = figures(first)[0], figures(second)[0]
    assert consistent(a, b) is same and consistent(b, a) is same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("boil it for at least 60 seconds", "boil it for at least one minute", True),
        ("a delay of 90 seconds", "a delay of two minutes", False),
        ("3.2 million pounds of honey", "about 1,450 metric tons of honey", True),
        ("3.2 million pounds of honey", "about 1,600 metric tons of honey", False),
        ("they copied 1.2 TB of files", "1.2 terabytes of data", True),
        ("they copied 1.2 TB of files", "about 1,200 gigabytes", True),
        ("they copied 1.2 TB of files", "1.5 terabytes of data", False),
        ("closed for a fortnight", "closed for 14 days", True),
        ("closed for a fortnight", "closed for 10 days", False),
        ("will report within 12 weeks", "will report within three months", True),  # four weeks a month
        ("will report within eight weeks", "will report within two months", True),
        ("will report within 10 weeks", "will report within two months", False),
        ("a quarter of a mile", "400 metres", True),  # not 25 percent
        ("three-quarters of an hour", "45 minutes", True),
        ("a third of a mile", "400 metres", False),
        ("1 hour 50 minutes on the car ferry", "the car ferry takes 110 minutes", True),  # not 50 minutes
        ("1 hour 50 minutes on the car ferry", "the car ferry takes 100 minutes", False),
        ("won by 2 minutes, 10 seconds", "won by 130 seconds", True),
        ("left at 12 minutes past five in the morning", "left at 5.12am", True),  # a time of day in words
        ("seen at a quarter to eight", "seen at 7:45 a.m.", True),
        ("at half past six", "at 6:30", True),
        ("at twenty past nine", "at 9:40", False),
        ("struck at eight minutes before midnight", "struck at 11.52pm", True),  # midnight and noon by name
        ("at a quarter past midnight", "at 12:15 a.m.", True),
        ("at twenty minutes to noon", "at 11:40am", True),
        ("at ten minutes to midnight", "at 11:50am", False),
        ("the 92,000 sq ft building", "the 8,500 square metre building", True),  # areas by short names
        ("a 2,000 sq. m site", "a 21,500-square-foot site", True),
        ("a 40m² terrace", "a 40 square metre terrace", True),
        ("200 km2 of forest", "200 square kilometres of forest", True),
        ("grows on 14ha of glass", "has 14 hectares under glass", True),  # hectares by their short name
        ("a 14 ha site", "a 14-acre site", False),
        ("the 92,000 sq ft building", "the 9,200 square metre building", False),
    ],
)
def test_durations_weights_data_and_areas_compare_across_units(first: str, second: str, same: bool) -> None:
    a, b = figures(first)[0], figures(second)[0]
    assert consistent(a, b) is same and consistent(b, a) is same


@pytest.mark.parametrize(
    ("text", "value", "difference"),
    [
        ("Costs per flight will be cut by around three-quarters.", 75.0, True),  # not a count of three
        ("The motion needed a two-thirds majority.", 66.67, False),
    ],
)
def test_a_fraction_written_with_a_hyphen_is_a_share(text: str, value: float, difference: bool) -> None:
    figure = figures(text)[0]
    assert (figure.kind, figure.value, figure.difference) == ("percent", value, difference)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The panel cut the ban from four days to two.", [("count", "day", 4.0), ("count", "day", 2.0)]),
        ("Cases rose from 21 to 23 people.", [("count", "people", 21.0), ("count", "people", 23.0)]),
        ("Turnout fell from 12 percent to 9.", [("percent", "percent", 12.0), ("percent", "percent", 9.0)]),
        ("Symptoms appear between two and ten days later.", [("count", "day", 2.0), ("count", "day", 10.0)]),
        ("It took one hundred and twenty days.", [("count", "day", 120.0)]),  # "and" after a hundred
        ("Confirmed cases have reached 23.", [("count", "case", 23.0)]),  # a level its plural subject reached
        ("Deaths rose to 12 on Monday.", [("count", "death", 12.0)]),
        ("It rose to 12 on Monday.", [("count", "", 12.0)]),
        (
            "The list fell from 300 jobs in 2019 to 250.",
            [("count", "job", 300.0), ("year", "year", 2019.0), ("count", "", 250.0)],
        ),
    ],
)
def test_the_ends_of_a_range_or_a_change_and_a_level_reached_count_their_noun(
    text: str, read: list[tuple[str, str, float]]
) -> None:
    assert [(f.kind, f.about, f.value) for f in figures(text)] == read


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("He was rescued from a 22-metre-deep crevasse.", "metre"),
        ("A 12-foot-high wall fell.", "foot"),
        ("The delay was a two-hour-long wait.", "hour"),
        ("A 4-year-old girl was hurt.", "year-old"),  # an age
        ("The 14-year-old was arrested.", "year-old"),
    ],
)
def test_a_unit_written_with_a_dimension_on_a_number_is_the_unit(text: str, about: str) -> None:
    assert [f.about for f in figures(text) if f.text[0].isdigit() or f.text.startswith("two")][-1] == about


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("She will carry a crew of 32.", "crew"),  # a kind of group in WordNet: its members
        ("The calf joined a herd of seven.", "herd"),
        ("Fans came in a crowd of 6,214.", "people"),  # a gathering: people
        ("Donations reached a total of 40.", ""),  # no group
    ],
)
def test_a_number_after_a_group_and_of_counts_its_members(text: str, about: str) -> None:
    assert figures(text)[-1].about == about


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("On board were 212 passengers, 31 of whom were children.", "child"),  # its part named after it
        ("It logged 212 incidents, 41 of which led to fires.", ""),  # a verb, no noun
        ("Nine people were hurt, two of whom were seriously injured.", ""),
    ],
)
def test_a_number_counts_what_a_clause_after_it_names_it(text: str, about: str) -> None:
    assert figures(text)[-1].about == about


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("We timed second contact at 19:32:11.", [("time", "7:32pm")]),  # a time of day with its seconds
        ("The quake struck at about 03:42:10 local time.", [("time", "3:42am")]),
        ("He won in 2:17:45.", []),  # a duration, not a time of day
    ],
)
def test_a_clock_time_with_seconds_is_a_time_of_day_after_at(text: str, read: list[tuple[str, str]]) -> None:
    assert [(f.kind, f.value) for f in figures(text) if f.kind == "time"] == read


@pytest.mark.parametrize(
    ("text", "about", "value"),
    [
        ("The ship can break 1.5 m of level ice.", "metre", 1.5),  # metres of a stuff
        ("Up to 2m of snow fell.", "metre", 2.0),
        ("The firm lost 3m of its customers.", "", 3e6),  # millions of things counted
        ("They raised 2m of funding.", "", 2e6),  # ... or of a sum
    ],
)
def test_m_before_of_is_metres_of_a_stuff_and_millions_of_things_or_sums(
    text: str, about: str, value: float
) -> None:
    (figure,) = figures(text)
    assert (figure.about, figure.value) == (about, value)


def test_capital_letters_after_a_number_are_a_unit_of_data_only_when_nothing_follows() -> None:
    assert figures("They copied 1.2 TB of files.")[0].about == "terabyte"
    assert figures("Five TB patients were treated.")[0].about != "terabyte"  # tuberculosis


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("almost 88 degrees Fahrenheit", "31 degrees Celsius", True),
        ("7 degrees Fahrenheit", "minus 14 Celsius", True),
        ("32 degrees Fahrenheit", "0C", True),
        ("100 degrees Fahrenheit", "31C", False),
        ("minus 14 degrees Celsius", "14C", False),
        ("it was six degrees below freezing", "the temperature was minus 6C", True),
        ("it was six degrees below freezing", "the temperature was 6C", False),
        ("The old record of 42.6 degrees", "the previous record of 108.7°F", True),  # in either scale
        ("a 44.1-degree reading", "44.1 degrees Celsius", True),
        ("a 45-degree reading", "44.1 degrees Celsius", False),
    ],
)
def test_temperatures_compare_across_scales(first: str, second: str, same: bool) -> None:
    a, b = figures(first)[0], figures(second)[0]
    assert consistent(a, b) is same and consistent(b, a) is same


@pytest.mark.parametrize(
    ("said", "answered"),
    [
        ("The Osk seaplane, which seats six, has a top speed of 150 km/h.", True),
        ("Seats on the Osk seaplane sold at top speed: 3,150 were booked in its first week.", False),
    ],
)
def test_what_is_the_speed_asks_for_a_speed(tmp_path: Path, said: str, answered: bool) -> None:
    texts = {
        "a.md": said,
        "b.md": "The Osk seaplane began flying passengers to Vell on Monday.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert engine.ask("What is the top speed of the Osk seaplane?").answered is answered
    # ... and so it does after a name of several words and its "'s"
    assert engine.ask("What is the Osk Star seaplane's top speed?").answered is answered


@pytest.mark.parametrize(
    "question",
    ["How hot did it get in Osk?", "How cold was it in Osk overnight?", "What was the temperature?"],
)
def test_how_hot_asks_for_a_temperature(question: str) -> None:
    want = wanted(question)
    assert want is not None and want.about == TEMPERATURE_UNITS | {DEGREES}


def test_one_temperature_in_two_scales_is_one_claim(tmp_path: Path) -> None:
    texts = {
        "a.md": "The temperature in Osk reached 31C on Tuesday, the hottest day on record.",
        "b.md": "Osk sweltered on Tuesday as the temperature hit 88 degrees Fahrenheit.",
        "c.md": "Osk opened three cooling centres for older residents.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How hot did it get in Osk on Tuesday?")
    assert answer.answered and not answer.conflicts
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_a_temperature_without_its_scale_joins_one_with_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "The temperature in Osk reached 31C on Tuesday, the hottest day on record.",
        "b.md": "Tuesday's 31-degree reading in Osk was the hottest ever taken in the town.",
        "c.md": "Osk opened three cooling centres for older residents.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How hot did it get in Osk on Tuesday?")
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("a minimum of six weeks", "at least"),
        ("a maximum of 20 people", "at most"),
        ("upwards of 3,000 fans", "more than"),
    ],
)
def test_a_qualifier_is_read_in_its_usual_words(text: str, qualifier: str) -> None:
    assert figures(text)[0].qualifier == qualifier


def test_a_count_of_people_does_not_answer_how_many_things(tmp_path: Path) -> None:
    texts = {
        "a.md": (
            "Thousands of residents poured into the new Osk Central Library on Saturday as the city opened"
            " its largest public building."
        ),
        "b.md": "The new Osk Central Library has a rooftop garden and parking by the river.",
        "c.md": "Parking spaces near the Osk Central Library are free on Saturday.",
        "d.md": "Osk council said parking spaces and bus lanes would be reviewed.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert not engine.ask("How many parking spaces does the new Osk Central Library have?").answered
    # People in other words still answer a count of people.
    answer = engine.ask("How many visitors poured into the new Osk Central Library on Saturday?")
    assert answer.answered and "Thousands" in answer.claims[0].text


def test_a_question_whether_something_happened_before_favours_a_sentence_giving_a_year(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "About 4,000 tonnes of material slipped from the face of Thornby Cutting onto the tracks.",
        "b.md": "Thornby Cutting was hit by a smaller slip in February 2019, the local MP said.",
        "c.md": "Engineers say the slip at Thornby Cutting blocked the Vale Line near Ashcombe.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Has Thornby Cutting slipped before?")
    assert answer.answered and "2019" in answer.claims[0].text


@pytest.mark.parametrize(
    ("question", "kind", "light"),
    [
        ("Which architecture firm designed the Brenmouth aquatic centre?", "firm", True),
        ("Which bank is backing the bike share?", "bank", True),
        ("Who designed the Brenmouth aquatic centre for the firm?", "firm", False),
    ],
)
def test_the_kind_a_which_question_asks_weighs_as_a_light_word(question: str, kind: str, light: bool) -> None:
    analyzer = Analyzer()
    weights = dict.fromkeys(analyzer.terms(content_text(question)), 2.0)
    (weight,) = [
        w for terms, w in word_weights(question, weights, analyzer) if analyzer.terms(kind)[0] in terms
    ]
    assert (weight < 2.0) is light


@pytest.mark.parametrize(
    "question",
    [
        "What was the regents' vote on the settlement?",
        "What was the council's vote?",
        "What was the final score?",
    ],
)
def test_a_vote_asked_of_a_possessor_wants_a_tally(question: str) -> None:
    want = wanted(question)
    assert want is not None and want.kinds == {"tally"}


@pytest.mark.parametrize(
    ("question", "past"),
    [
        ("In what year did the statue disappear from its temple?", True),
        ("What day was the Osk bridge closed?", True),
        ("When did the strike end?", True),
        ("In what year will the Osk line open?", False),
    ],
)
def test_a_year_or_day_asked_of_what_happened_wants_a_date_not_a_condition(question: str, past: bool) -> None:
    want = wanted(question)
    assert want is not None and want.past is past


def test_sought_says_demanded(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk sculptor sought $600,000 in damages.",
        "b.md": "The Osk city council met on Monday to discuss the sculpture.",
        "c.md": "The sculptor's lawyer spoke to reporters in Osk.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How much was the Osk sculptor demanding?")
    assert answer.answered and "$600,000" in answer.claims[0].text


def test_a_question_noun_is_stated_by_a_synonym_of_its_first_sense(tmp_path: Path) -> None:
    # "rubble" is stated by "debris" (WordNet: one sense), so the sentence states enough of the question.
    texts = {
        "a.md": "A barn collapsed near Oskton on Monday. The farmer was trapped beneath debris for "
        "around 40 minutes before firefighters freed him.",
        "b.md": "Firefighters freed the Oskton farmer after 40 minutes beneath debris from the barn.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "How long was the farmer stuck under the rubble before he was freed?"
    )
    assert answer.answered
    assert "40 minutes" in answer.claims[0].text
    analyzer = Analyzer()
    question = "Where did the rubble go?"
    weights = dict.fromkeys(analyzer.terms(content_text(question)), 1.0)
    (rubble,) = [terms for terms, _ in word_weights(question, weights, analyzer) if "rubbl" in terms]
    assert set(analyzer.terms("debris junk")) <= rubble


@pytest.mark.parametrize(
    ("word", "said"),
    [("biggest", {"largest"}), ("bigger", {"larger"}), ("big", {"large"}), ("largest", {"biggest"})],
)
def test_an_adjective_is_stated_by_a_synonym_of_its_first_sense_in_its_degree(
    word: str, said: set[str]
) -> None:
    assert said <= adjective_synonyms(word)
    assert adjective_synonyms("Oskton") == frozenset()


def test_a_question_adjective_is_stated_by_its_synonym(tmp_path: Path) -> None:
    # "biggest" is stated by "largest": the sentence then states enough of the question.
    texts = {
        "a.md": "The largest single gift to the Oskton island appeal was £50,000, from a donor who asked"
        " not to be named.",
        "b.md": "By Sunday the Oskton island appeal had reached £437,000.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What was the biggest single donation to the Oskton appeal?")
    assert answer.answered and "£50,000" in answer.claims[0].text


def test_people_counted_in_another_story_do_not_answer_how_many_a_named_body_employs(tmp_path: Path) -> None:
    # The co-operative's 23 people are another story's: its report never names Osk Geothermal.
    texts = {
        "a.md": "Osk Geothermal halted drilling at its Vell well after a tremor on Saturday.",
        "b.md": "Osk Geothermal said the Vell well had reached a depth of 4,870 metres.",
        "c.md": "The Brill dairy co-operative, founded in 1931, employs 23 people at its creamery.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many people does Osk Geothermal employ?")
    assert not answer.answered


def test_where_is_led_by_a_claim_naming_a_place_after_its_preposition(tmp_path: Path) -> None:
    # The quote four reports repeat names who said it, no place; one report says where it went.
    quote = (
        '"The first flight out after the reopening is what matters," said Marta Lindgaard, chief '
        "executive of Kelsholm Airport."
    )
    texts = {
        "a.md": quote,
        "b.md": quote,
        "c.md": quote,
        "d.md": quote + " The first departure, a Nordavia flight to Copenhagen, left at 6:40 a.m.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "Where was the first flight out of Kelsholm after the reopening headed?"
    )
    assert answer.answered
    assert "Copenhagen" in answer.claims[0].text


def test_the_words_of_a_questions_clause_of_time_weigh_as_light_words() -> None:
    analyzer = Analyzer()
    question = "Was anybody hurt when the test trams came to a sudden stop?"
    weights = dict.fromkeys(analyzer.terms(content_text(question)), 1.0)
    weighed = word_weights(question, weights, analyzer)
    assert [w for terms, w in weighed if "hurt" in terms] == [1.0]
    assert [w for terms, w in weighed if terms & {"tram", "sudden", "stop"}] == [0.5, 0.5, 0.5]


def test_a_question_is_answered_without_its_clause_of_time(tmp_path: Path) -> None:
    # "No one on the trams was injured" says nothing of the sudden stop, which only sets when.
    texts = {
        "a.md": "No one on the two test trams was injured, the Castlemere transit agency said on Tuesday.",
        "b.md": "Castlemere's transit agency said no one on the test trams was injured.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Was anybody hurt when the test trams came to a sudden stop?")
    assert answer.answered
    assert "injured" in answer.claims[0].text


def test_which_is_answered_by_a_name_of_the_kind_asked_after_a_preposition_of_place(tmp_path: Path) -> None:
    # "in Morland Royal Hospital" is where she is, and also which hospital: the kind the question asks.
    texts = {
        "a.md": "The most seriously hurt in the Osk tornado, a woman of 71, remains in Morland Royal "
        "Hospital.",
        "b.md": "Nine people were injured in the Osk tornado on Wednesday.",
        "c.md": "A woman hit by falling tiles in the Osk tornado was airlifted to Morland Royal Hospital.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "Which hospital is treating the woman most badly injured in the Osk tornado?"
    )
    assert answer.answered
    assert "Morland Royal Hospital" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "c.md"}


def test_a_statements_first_word_is_a_name_when_no_noun_and_others_stories_are_not_its_sources(
    tmp_path: Path,
) -> None:
    # "Halbrook's" opens the statement: Castlemere's tram, opened in 2019 too, is another story.
    texts = {
        "a.md": "The temperature in Halbrook reached 44.1C on Tuesday, beating the previous record high of "
        "42.6C, set in 2019.",
        "b.md": "Halbrook's old record of 42.6C had stood since 2019.",
        "c.md": "Castlemere's tram Line 3 also opened late, in 2019.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Halbrook's new temperature record beat a high set in 2019.")
    assert answer.verdict == "supported"
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}
    analyzer = Analyzer()
    assert name_terms("Pryce conceded on Wednesday.", analyzer) == ["pryce"]
    assert name_terms("Residents were evacuated.", analyzer) == []


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        ("More than half of the voters turned out.", {"turned": "turnout"}),
        ("When did the lift break down?", {"break": "breakdown"}),
        ("How many workers were laid off?", {"laid": "layoff"}),
        ("Who turned out to be the buyer?", {}),  # "proved", not a turnout
        ("When did they set up the shelter?", {}),  # "up" makes no noun of its verb here
    ],
)
def test_a_phrasal_verb_is_also_written_as_one_noun(question: str, nouns: dict[str, str]) -> None:
    analyzer = Analyzer()
    assert {verb: noun for verb, noun in phrasal_nouns(question, analyzer).items()} == {
        verb: analyzer.terms(noun)[0] for verb, noun in nouns.items()
    }
    terms = question_terms(question, analyzer, lambda term: False)  # no document has the noun
    assert terms == analyzer.terms(content_text(question))


def test_a_phrasal_verb_is_stated_by_its_noun(tmp_path: Path) -> None:
    # "turned out" is "turnout" in other words: without it the report states too little of the question.
    texts = {
        "vote-a.md": "Turnout in the Fenby mayoral election was 38 percent, the county clerk said.",
        "vote-b.md": "Dana Whitlow won the Fenby mayoral race. She takes office in May.",
        "vote-c.md": "Whitlow thanked the Fenby volunteers who knocked on doors for her campaign.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "What percentage of Fenby voters turned out for the mayoral election?"
    )
    assert answer.answered and "38 percent" in answer.claims[0].text


@pytest.mark.parametrize(
    ("question", "across", "far"),
    [
        ("How deep were the miners?", "depth", False),
        ("How far below ground are the pools?", "depth", False),
        ("How far from the turbine did the blade land?", None, True),
        ("How tall is the tower?", "height", False),
    ],
)
def test_how_far_below_asks_a_depth(question: str, across: str | None, far: bool) -> None:
    assert asked_dimension(question) == across and asks_distance(question) == far


def test_a_depth_is_answered_by_a_length_given_below_ground_not_by_a_distance(tmp_path: Path) -> None:
    # The first report gives a distance nearer the question's words than the depth; the depth is
    # said in other words ("underground", "below the surface") and both reports give it.
    texts = {
        "mine-a.md": "Seven Brandle miners were trapped deep underground on Monday. The roof gave way "
        "roughly 1.7 miles from the portal and about 700 feet underground, the operator said.",
        "mine-b.md": "The Brandle mine roof collapsed on Monday some 700 ft (213 m) below the surface.",
        "mine-c.md": "Seven Brandle miners were rescued on Thursday after 58 hours in a refuge chamber.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "How deep below ground were the Brandle miners when the roof gave way?"
    )
    assert answer.answered and "700" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"mine-a.md", "mine-b.md"}
