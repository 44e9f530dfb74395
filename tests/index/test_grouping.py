"""Claims that give the same answer in other words, on a small corpus written here: a rounding or a
bound of the answering figure, the same figure for a thing under another name, and two shared
figures for a question that asks for none; and what must stay apart."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from factbot.index.answers.claims import TermWeights, claim_key, fold, same_claim
from factbot.index.answers.figures import figures
from factbot.index.answers.grouping import SameClaim, group_claims
from factbot.index.answers.irregular import LEMMA_STEMS
from factbot.index.answers.kinds import Kinds
from factbot.index.answers.names import answer_names
from factbot.index.answers.nouns import is_kind, kin_nouns
from factbot.index.answers.quantities import Figure, consistent, measure, written_forms
from factbot.index.answers.questions import asked_kind, asked_occupation, content_text
from factbot.index.answers.ranked import Ranked
from factbot.index.answers.slots import Slot, answer_name, answer_slot, governing
from factbot.index.answers.wanted import per_period, wanted
from factbot.index.documents import Sentence
from factbot.index.engine import Engine
from factbot.index.ranking.analysis import Analyzer
from factbot.index.retrieval.search import Hit
from factbot.index.store.build import BuildOptions, build_index

from tests.index.corpora import OTHER_STORIES, engine_over

DOCS = {
    "journal.md": "The Aldane trial enrolled 4,812 patients at 412 hospitals in 31 countries.",
    "daily.md": "The Aldane study included more than 4,800 patients with weak hearts.",
    "tribune.md": "The Aldane drug was tested in about 4,800 people across many hospitals.",
    "review.md": "Regulators said the Aldane trial enrolled 3,900 patients, not the 4,800 first reported.",
    "post.md": "Some 6,500 dockworkers walked off the job at Port Verran on Monday.",
    "bulletin.md": "The 6,500 members of the Verran dockworkers union returned to work at Port Verran.",
    "heli.md": "Three coast guard helicopters dropped water over the hills near Verran on Sunday.",
    "crews.md": "Three firefighters were hurt on the Verran Hill blaze.",
    "ledger.md": "The Bank of Ostria raised its policy rate by a quarter point to 4.75 per cent.",
    "herald.md": "Ostria's central bank lifted borrowing costs 25 basis points to 4.75%, from 4.5%.",
    "lender.md": "The Bank of Ostria's largest lender raised its mortgage rate by 0.25 percentage points.",
    "span-a.md": "Eleven vehicles, including a city bus, fell with the Dorran Bridge span.",
    "span-b.md": "Nine vehicles were on the Dorran Bridge span that fell, among them a city bus.",
    "mill-a.md": "Calder Mills will move production to a plant in Poland.",
    "mill-b.md": "Calder Mills said it would move production of its biscuits to the factory its Dutch parent"
    " runs in Tilburg, in the south of the Netherlands.",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in DOCS.items():
        title = name.removesuffix(".md").title()
        (corpus / name).write_text(
            f"---\ntitle: {title} report\ndate: 2026-05-0{len(name) % 9 + 1}\n---\n\n{text}\n"
        )
    directory = tmp_path_factory.mktemp("index")
    build_index([corpus], directory, BuildOptions())
    return Engine(directory)


def _figure(text: str) -> Figure:
    return figures(text)[0]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("about 4,800 people", "4,812 adults", True),  # 4,812 rounds to 4,800
        ("more than 4,800 patients", "4,812 patients", True),
        ("more than 40 vessels", "42 ships", True),
        ("over 1,100 crew", "more than 1,100 firefighters", True),
        ("15%", "15 percent", True),
        ("more than 9,500 people", "12,000 residents", False),  # beyond the bound's precision
        ("about 7,000 workers", "6,500 workers", False),
        ("about 21,000 acres", "18,400 acres", False),
        ("around 11,000 troops", "approximately 10,000 troops", False),  # two roundings that differ
        ("up to 12,000 troops", "around 11,000 troops", False),
        ("more than two thousand babies", "around 2,100 babies", True),  # a bound and a rounding that meet
        ("more than 40 ships", "about 60 ships", False),
        ("4,812 patients", "4,800 patients", False),  # two exact values
        ("every 19 days", "19.3 days", True),  # a whole number written for a fraction
        ("a turnout of 38%", "38.4%", True),
        ("19 days", "19.6 days", False),  # 19.6 is written 20
        ("19 days", "18 days", False),
        ("$4", "$4.50", False),  # a sum's fraction is a price of its own
        ("19.3 days", "19.1 days", False),
        ("a 14-mile road", "a 23-kilometre stretch", True),  # 23 km is 14.3 miles, written 14
        ("5 miles", "8 km", True),
        ("5 miles", "9 km", False),
        ("70 miles", "100 km", False),
        ("on Sept. 30, 2025", "since September 2025", True),  # a day of the month given
        ("on Sept. 30, 2025", "since October 2025", False),
    ],
)
def test_a_rounding_or_a_bound_is_consistent_with_the_exact_value(a: str, b: str, same: bool) -> None:
    assert consistent(_figure(a), _figure(b)) is same
    assert consistent(_figure(b), _figure(a)) is same


def test_a_rounded_or_bounded_answer_is_one_claim_with_the_exact_one(engine: Engine) -> None:
    answer = engine.ask("How many patients did the Aldane trial enroll?", max_quotes=10)
    claim = next(c for c in answer.claims if "4,812" in c.text)
    assert {c.doc_id for c in claim.citations} == {"journal.md", "daily.md", "tribune.md"}
    (conflict,) = answer.conflicts  # 3,900 is another value, not a rounding of 4,812
    assert any("3,900" in v.value for v in conflict.values)


def test_the_same_large_count_under_another_name_is_one_claim(engine: Engine) -> None:
    answer = engine.ask("How many dockworkers walked off the job at Port Verran?")
    assert {c.doc_id for c in answer.claims[0].citations} == {"post.md", "bulletin.md"}


def test_a_small_count_of_other_things_is_another_claim(engine: Engine) -> None:
    answer = engine.ask("How many firefighters were hurt on the Verran Hill blaze?")
    assert {c.doc_id for c in answer.claims[0].citations} == {"crews.md"}


def test_two_shared_figures_make_one_claim_one_does_not(engine: Engine) -> None:
    answer = engine.ask("Did the Bank of Ostria raise its policy rate?", max_quotes=10)
    claim = next(c for c in answer.claims if "ledger.md" in {x.doc_id for x in c.citations})
    assert {c.doc_id for c in claim.citations} == {"ledger.md", "herald.md"}  # 0.25 points and 4.75%


def test_two_shared_figures_make_one_claim_where_neither_gives_the_kind_asked(tmp_path: Path) -> None:
    # A tally asked, and written by neither source as one ("12,310-9,874"): its two counts are one fact.
    texts = {
        "a.md": "The final count on the Dunmore library levy was 12,310 votes for and 9,874 against.",
        "b.md": "Election officials said the Dunmore library levy drew 12,310 votes in favour and 9,874"
        " against once the last absentee ballots were in.",
        "c.md": "The Dunmore library levy needed a simple majority to pass.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What was the final vote tally on the Dunmore library levy?")
    claim = next(c for c in answer.claims if "12,310" in c.text)
    assert {c.doc_id for c in claim.citations} == {"a.md", "b.md"}


def test_shared_figures_join_no_sentence_from_a_document_not_naming_the_statements_names(
    tmp_path: Path,
) -> None:
    # b.md gives the pothole's size as a.md does, but not where it is: no source of "near the Tarrow
    # Street exit".
    texts = {
        "a.md": "The Osk pothole, about four feet across and 10 inches deep, formed near the Tarrow"
        " Street exit.",
        "b.md": "A 4-foot-wide, 10-inch-deep pothole opened up near a parkway exit overnight, disabling"
        " 14 cars.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("The pothole opened up near the Tarrow Street exit.")
    assert answer.verdict == "supported"
    assert [c.doc_id for c in answer.claims[0].citations] == ["a.md"]


def test_a_whole_number_written_for_a_fraction_is_one_claim_with_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "The moon Ressa circles the gas giant Parrow once every 11 days, astronomers said.",
        "b.md": "Ressa's orbital period around Parrow is 11.2 days, according to the survey team.",
        "c.md": "Parrow itself takes 84 years to circle its star.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How long does Ressa take to orbit Parrow?")
    claim = next(c for c in answer.claims if "11" in c.text)
    assert {c.doc_id for c in claim.citations} == {"a.md", "b.md"}
    assert answer.conflicts == []  # one value at two precisions, not a dispute


def test_the_end_of_a_month_is_its_last_day(tmp_path: Path) -> None:
    texts = {
        "a.md": "Pellow Rail season ticket holders can claim a refund from the administrators until the end"
        " of March.",
        "b.md": "Passengers holding Pellow Rail season tickets have until 31 March to ask the administrators"
        " for their money back.",
        "c.md": "Pellow Rail ran its last train on 2 February.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("What's the last date for Pellow Rail season ticket holders to get a refund?")
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}
    assert answer.conflicts == []
    late = engine.ask("Pellow Rail season ticket holders can claim a refund until the end of April.")
    assert late.verdict == "contradicted"


def test_a_count_of_the_dead_is_not_read_from_a_count_of_the_injured(tmp_path: Path) -> None:
    # a.md's "243 people" counts people but is governed by "injured": the dead are its 17.
    texts = {
        "a.md": "The death toll from the Osk earthquake rose to 17 on Wednesday, and 243 people had been"
        " injured, ministry officials said.",
        "b.md": "The Osk earthquake killed 17 people, most of them in the old town.",
        "c.md": "Seventeen people died in the Osk earthquake, officials said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many people were killed in the Osk earthquake?")
    claim = next(c for c in answer.claims if "17" in c.text or "Seventeen" in c.text)
    assert {c.doc_id for c in claim.citations} == {"a.md", "b.md", "c.md"}
    assert answer.conflicts == []


def test_a_count_of_people_is_one_claim_with_the_same_count_of_what_befell_them(tmp_path: Path) -> None:
    texts = {
        "a.md": "Six people were scalded when Fenwick boilers burst; thankfully, no one has died.",
        "b.md": "Regulators at the Boiler Safety Office counted 140 complaints about Fenwick boilers,"
        " 30 of them involving leaks, and six scald injuries.",
        "c.md": "Six Fenwick boilers were replaced at the Marrow Lane plant on Monday.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many people were scalded by the faulty Fenwick boilers?")
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}  # not the six boilers replaced


def test_a_count_is_one_claim_with_the_same_count_of_the_same_act_under_another_noun(tmp_path: Path) -> None:
    texts = {
        "a.md": "Three masked thieves stole eight objects worth $2 million from the Osk museum on Tuesday,"
        " police said.",
        "b.md": "The Osk museum reopened on Friday. Dealers say the eight pieces stolen from the museum last"
        " week are among the finest Georgian silver ever made.",
        "c.md": "Eight galleries of the Osk museum remain open to visitors this week.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many objects did the thieves steal from the Osk museum?")
    claim = next(c for c in answer.claims if "a.md" in {x.doc_id for x in c.citations})
    assert {c.doc_id for c in claim.citations} == {"a.md", "b.md"}  # "stole" / "stolen"; not the galleries


def test_a_yes_no_answer_beside_shared_figures_is_not_said_by_each_sentence_sharing_them(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "The Bank of Vellmark has raised interest rates by half a point to 6.5 per cent, the fourth"
        " time this year it has increased borrowing costs.",
        "b.md": "The Bank of Vellmark lifted its key interest rate by half a percentage point to 6.5 percent"
        " on Thursday.",
        "c.md": "The Bank of Vellmark raised its benchmark rate by 50 basis points to 6.5%, the fourth"
        " increase this year.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "Is this the first interest rate increase in Vellmark this year?"
    )
    claim = next(c for c in answer.claims if "fourth" in c.text)
    assert {c.doc_id for c in claim.citations} == {"a.md", "c.md"}  # b.md shares the figures, not "this year"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("at 3 a.m.", "at about 3am", True),
        ("at 3:40 a.m.", "at 3.40am", True),
        ("at 6:52", "at 6:52 a.m.", True),  # the half of the day unsaid
        ("at 3 o'clock", "at 3 p.m.", True),
        ("at 3 a.m.", "at 3 p.m.", False),
        ("at 3:40 a.m.", "about 3:15 a.m.", False),
        ("built in 1961", "opened in June 1961", True),  # a year of a month and year
        ("built in 1961", "opened in June 1916", False),
        ("built in 1961", "opened on June 3", False),  # a day of no stated year
    ],
)
def test_times_of_day_and_years_are_one_value_however_written(a: str, b: str, same: bool) -> None:
    assert consistent(_figure(a), _figure(b)) is same
    assert consistent(_figure(b), _figure(a)) is same


def test_a_time_question_groups_by_the_time_not_the_day_and_shows_a_different_time(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Vell river flood gates were opened at about 3 a.m. on Sunday, the authority said.",
        "b.md": "Workers opened the Vell flood gates around 3 o'clock on Sunday morning.",
        "c.md": "The Vell flood gates were opened on Sunday after heavy rain.",
        "d.md": "The Vell flood gates were opened at 5 a.m. on Sunday, a witness said.",
        **OTHER_STORIES,
        "g.md": "Osk's football club won on Saturday after heavy rain.",
    }
    answer = engine_over(tmp_path, texts).ask("At what time were the Vell flood gates opened?", max_quotes=10)
    claim = next(c for c in answer.claims if "a.md" in {x.doc_id for x in c.citations})
    assert {c.doc_id for c in claim.citations} == {"a.md", "b.md"}  # not c.md, which gives only the day
    (conflict,) = answer.conflicts
    assert conflict.about == "time" and any("5 a.m." in v.value for v in conflict.values)


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("the roughly 700-mile route", "the 1,120-kilometre route", True),  # 700 miles: 1,127 km
        ("a 5-mile trail", "an 8 km trail", True),
        ("a 100-foot drop", "a 30-metre drop", True),
        ("It took 90 minutes.", "It took 2 hours.", False),
        ("a 700-mile route", "a 1,400 km route", False),
        ("a 2,350-pound pumpkin", "a 1,030 kg pumpkin", False),  # 2,271 pounds: 3% off
        ("a store of roughly 1,300 square metres", "a 14,000-square-foot store", True),  # an area
        ("a 120-acre site", "a site of 48 hectares", True),
        ("pools about 60 m below ground", "chambers nearly 200 feet underground", True),  # two roundings
    ],
)
def test_a_measure_in_another_unit_is_the_same_value_as_news_rounds_a_conversion(
    one: str, other: str, same: bool
) -> None:
    (a,), (b,) = figures(one), figures(other)
    assert consistent(a, b) is same and consistent(b, a) is same


def test_an_area_answers_no_question_counting_things(tmp_path: Path) -> None:
    texts = {
        "a.md": "The 14,000-square-foot Osk co-op store occupies the former Starlite Lanes bowling alley.",
        "b.md": "The Osk co-op store opened on Saturday in the former Starlite Lanes building.",
        **OTHER_STORIES,
    }
    assert (
        not engine_over(tmp_path, texts)
        .ask("How many checkout lanes does the Osk co-op store have?")
        .answered
    )


def test_a_rounding_in_another_unit_of_the_lead_s_value_is_no_dispute(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Vell sleeper train covers the 1,120-kilometre route overnight.",
        "b.md": "The Vell sleeper runs 1,120 km from Osk to Brill.",
        "c.md": "The roughly 700-mile Vell sleeper route links Osk and Brill.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How long is the Vell sleeper route?")
    assert "1,120" in answer.claims[0].text and not answer.conflicts


def test_a_round_figure_is_read_at_a_twentieth_of_its_value() -> None:
    assert not consistent(_figure("about 60 million euros"), _figure("62 million euros"))
    assert consistent(_figure("about 60 million euros"), _figure("61 million euros"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About a million people live there.", 1e6),
        ("It cost a billion dollars.", 1e9),
        ("a thousand fans", 1e3),
    ],
)
def test_a_scale_after_a_is_one_of_it(text: str, value: float) -> None:
    (figure,) = figures(text)
    assert figure.value == value


def test_sentences_that_each_state_most_of_a_statement_are_one_claim(engine: Engine) -> None:
    answer = engine.ask("A city bus was among the vehicles that fell with the Dorran Bridge span.")
    assert {c.doc_id for c in answer.claims[0].citations} == {"span-a.md", "span-b.md"}  # 11 and 9 aside


def test_a_statement_s_name_given_by_one_sentence_only_keeps_them_apart(engine: Engine) -> None:
    answer = engine.ask("Calder Mills is moving production to Poland.")
    assert all(len(c.citations) == 1 for c in answer.claims if "Calder" in c.text)


def test_a_hyphenated_name_weighs_as_one_word_of_the_question(tmp_path: Path) -> None:
    """ "ZETA-9" gives three terms; counted thrice, it would outweigh the missing "women"."""
    texts = {
        "trial.md": "The ZETA-9 trial enrolled 400 patients in Osk.",
        "weather.md": "Rain fell on Osk all week, and women sang.",
    }
    engine = engine_over(tmp_path, texts)
    assert engine.ask("How many patients did the ZETA-9 trial enroll?").answered
    assert not engine.ask("How many of the ZETA-9 participants were women?").answered


def test_a_model_of_the_same_series_does_not_answer_for_the_asked_one(tmp_path: Path) -> None:
    texts = {
        "launch.md": "The Vell-1 satellite was launched from Osk on Thursday, Dec. 4, on a Talon 2 rocket.",
        "orbit.md": "Vell-1 reached orbit and sent its first data from Osk on Friday.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert engine.ask("When was Vell-1 launched?").answered
    assert not engine.ask("When is Vell-2 due to launch?").answered


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("in the earlier 2019 fire", "year"),  # a year before a thing in the singular
        ("A smaller 2019 blaze damaged it.", "year"),
        ("It hired 1800 teachers.", "count"),
        ("It hired 1800 new teachers.", "count"),
        ("It ran 1900 km east.", "count"),  # a unit
    ],
)
def test_a_year_like_number_is_a_year_before_a_thing_in_the_singular(text: str, kind: str) -> None:
    assert figures(text)[0].kind == kind


@pytest.mark.parametrize(
    "text",
    ["cost 3 bıllion dollars", "a quarter poınt", "half a mıllion people", "haſt", "a ſix to two vote"],
)
def test_letters_that_only_match_case_blind_do_not_break_figures(text: str) -> None:
    figures(text)  # the patterns match "ı" as "i"; the tables are still read
    assert figures("cost 3 bıllion dollars")[0].value == 3e9


def test_the_answering_count_groups_across_a_negation_but_not_with_another_thing(tmp_path: Path) -> None:
    texts = {
        "a.md": "Nine people were burned by the Vell kettles, the maker said.",
        "b.md": "The Vell kettles caught fire 38 times and burned nine people; no one has died.",
        "c.md": "A depot for the Vell kettles will open nine miles away.",
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("How many people were burned by the Vell kettles?", max_quotes=10)
    claim = next(c for c in answer.claims if "ine people" in c.text)
    assert {c.doc_id for c in claim.citations} == {"a.md", "b.md"}
    statement = engine.ask("Nine people were burned by the Vell kettles.")
    assert statement.verdict == "supported"  # "no one has died" beside the figure denies nothing stated
    assert {c.doc_id for c in statement.claims[0].citations} == {"a.md", "b.md"}


def test_a_count_of_the_asked_thing_by_its_noun_or_its_verb_is_one_claim(tmp_path: Path) -> None:
    texts = {
        "a.md": "Rangers in Osk Park have logged 17 fox attacks on pets this spring.",
        "b.md": "A total of 17 pets have been attacked since March, according to the rangers who look after"
        " Osk Park.",
        "c.md": "Osk Park has 17 picnic tables near the pond, and foxes have been seen there.",
    }
    answer = engine_over(tmp_path, texts).ask(
        "How many pet attacks have been logged in Osk Park?", max_quotes=10
    )
    claim = next(c for c in answer.claims if "fox attacks" in c.text)
    assert {c.doc_id for c in claim.citations} == {"a.md", "b.md"}  # not the tables


def test_a_sentence_giving_the_answer_joins_the_claim_giving_it_before_one_sharing_its_words(
    tmp_path: Path,
) -> None:
    texts = {
        "x.md": "Every lamb was checked by a judging panel from the Osk Records Committee.",
        "y.md": "The four-member judging panel watched from the board in the Osk shed.",
        "z.md": "Four judges from the Osk Records Committee checked every lamb.",
    }
    answer = engine_over(tmp_path, texts).ask("How many judges were on the Osk panel?", max_quotes=10)
    claim = next(c for c in answer.claims if "four-member" in c.text)
    assert {c.doc_id for c in claim.citations} == {"y.md", "z.md"}


def test_a_sentence_counting_the_asked_thing_is_favoured_over_another_count(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Zeta study, which enrolled 4,812 patients at 412 hospitals in 31 countries, showed"
        " the heart pill cut deaths by 23% against placebo over 20 months.",
        "b.md": "Velo said the 4,812-patient Zeta trial was run in many places and was run well.",
        "c.md": "The Zeta trial was run by Velo, which makes heart pills.",
    }
    answer = engine_over(tmp_path, texts).ask("In how many countries was the Zeta trial run?")
    assert "31 countries" in answer.claims[0].text


def test_a_who_answer_groups_by_the_name_nearest_the_question_not_a_place(tmp_path: Path) -> None:
    texts = {
        "a.md": '"We can breathe again," said Ida Marsh, who manages the Vell dam program for the agency.',
        "b.md": "Dr. Ida Marsh, the agency's Vell dam program manager, said the gates held.",
        "c.md": "About 300 residents of Osk and Brent Flats left their homes near the Vell dam.",
        "d.md": "Sheriff Tom Avery ordered residents of Osk and Brent Flats to leave.",
        "e.md": "The Vell dam program is run by the agency, which Tom Avery praised.",
        "f.md": "A new bakery opened in Osk last week, its owner said.",
        "g.md": "Rain fell all week on the hills.",
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("Who manages the Vell dam program?", max_quotes=10)
    claim = next(c for c in answer.claims if "a.md" in {x.doc_id for x in c.citations})
    assert {c.doc_id for c in claim.citations} == {"a.md", "b.md"}  # not e.md's Tom Avery
    answer = engine.ask("Who ordered residents to leave?", max_quotes=10)
    claim = next(c for c in answer.claims if "d.md" in {x.doc_id for x in c.citations})
    assert {c.doc_id for c in claim.citations} == {"d.md"}  # "of Osk and Brent Flats" names places


def test_a_who_answer_joins_a_sentence_whose_not_denies_something_else(tmp_path: Path) -> None:
    texts = {
        "a.md": '"We lost only the vote," said Ida Marsh, chair of Save Vell Fen.',
        "b.md": "Ida Marsh, who chairs Save Vell Fen, will seek a review.",
        "c.md": 'Save Vell Fen chairman Ida Marsh told councillors the fen was "not an empty space".',
        "d.md": "The Vell Fen solar farm was approved by councillors on Tuesday.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Who chairs the Save Vell Fen campaign?")
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md", "c.md"}
    denied = {**texts, "c.md": "Save Vell Fen said Ida Marsh is not its chair any more."}
    (tmp_path / "denied").mkdir()
    answer = engine_over(tmp_path / "denied", denied).ask("Who chairs the Save Vell Fen campaign?")
    assert "c.md" not in {c.doc_id for c in answer.claims[0].citations}


def test_a_when_question_answered_by_a_year_groups_by_the_year(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Vell bridge, built in 1961, was due for repairs this summer.",
        "b.md": "The 1961 Vell bridge carried about 9,000 vehicles a day.",
        "c.md": "The Vell bridge, which opened in June 1961, links the two banks.",
        "d.md": "A Vell bridge inspection in 2019 found rust on the beams.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("When was the Vell bridge built?", max_quotes=10)
    claim = next(c for c in answer.claims if "a.md" in {x.doc_id for x in c.citations})
    assert {c.doc_id for c in claim.citations} >= {"a.md", "b.md"}
    assert "d.md" not in {c.doc_id for c in claim.citations}
    assert engine.ask("The Vell bridge was built in 1961.").verdict == "supported"
    assert engine.ask("The Vell bridge was built in 1916.").verdict == "contradicted"


def test_a_statement_of_a_year_no_sentence_gives_near_its_words_is_not_in_the_sources(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Vell trial was funded by Orin Labs.",
        "b.md": "Orin Labs makes the Vell pill, the company said.",
        "c.md": "The Osk school board voted on its budget on Monday.",
        "d.md": "A new bakery opened in Osk in 1998, its owner said.",
    }
    engine = engine_over(tmp_path, texts)
    assert not engine.ask("Orin Labs was founded in 1998.").answered


def test_a_where_answer_groups_by_the_place_it_names(tmp_path: Path) -> None:
    texts = {
        "a.md": "Evacuees can go to the Red Cross shelter at Vell High School, where meals are served.",
        "b.md": "About 310 people spent the night at a Red Cross shelter in the Vell High School gym.",
        "c.md": "The Red Cross said its volunteers came from Osk and Brent.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Where was the Red Cross shelter?", max_quotes=10)
    claim = next(c for c in answer.claims if "a.md" in {x.doc_id for x in c.citations})
    assert {c.doc_id for c in claim.citations} == {"a.md", "b.md"}


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("How much rain fell on Osk?", {"count", "money"}),  # an amount of a thing: no percentage
        ("How much support did the Osk plan win?", {"count", "percent", "points", "money"}),
        ("How high did the Vell river rise?", {"count", "percent", "points"}),  # a level, not a sum
        ("How much did Orin shares fall?", {"percent", "points", "money"}),  # a change
        ("By how much did the Vell river rise?", {"percent", "points", "money"}),
        ("How much is Osk council tax going up?", {"percent", "points", "money"}),  # a phrasal verb
    ],
)
def test_a_change_is_asked_by_how_much_did_not_by_a_verb_alone(question: str, kinds: set[str]) -> None:
    want = wanted(question)
    assert want is not None and want.kinds == kinds


def test_an_amount_of_water_is_not_answered_by_a_share_of_capacity(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk reservoir was 54% full on Thursday after engineers lowered the water.",
        "b.md": "Engineers at the Osk reservoir lowered the water to 67% of capacity on Wednesday.",
        **OTHER_STORIES,
    }
    question = "How much water does the Osk reservoir hold when it is full?"
    (tmp_path / "shares").mkdir()
    (tmp_path / "amount").mkdir()
    assert not engine_over(tmp_path / "shares", texts).ask(question).answered
    texts = {**texts, "c.md": "When full, the Osk reservoir holds 1.2 billion litres of water."}
    answer = engine_over(tmp_path / "amount", texts).ask(question)
    assert answer.answered and "1.2 billion litres" in answer.claims[0].text


def test_an_amount_is_not_answered_by_the_duration_beside_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "About 7.4 inches of rain fell on the Vell valley in 36 hours, forecasters said.",
        "b.md": "The weather service said 8.1 inches of rain fell on the Vell valley over the weekend.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How much rain fell on the Vell valley?", max_quotes=10)
    (conflict,) = answer.conflicts
    assert conflict.about == "inch"
    assert {v.value for v in conflict.values} == {"About 7.4 inches", "8.1 inches"}


@pytest.mark.parametrize(
    ("sentence", "question", "heads"),
    [
        (
            "said Dr. Priya Ramanathan of Kingsbridge University Hospital.",
            "Who led it?",
            {"ramanathan", "hospital"},
        ),
        (
            "residents of Aldermoor and Fenwick Flats left, Sheriff Ann Oyelaran said.",
            "Who ordered it?",
            {"oyelaran"},
        ),
        (
            "residents of Aldermoor and Fenwick Flats left.",
            "Where did residents leave from?",
            {"aldermoor", "flats"},
        ),
        ('"Today we rest," said Ida Marsh.', "Who spoke?", {"marsh"}),  # a quote's first word is no name
        # A dateline names where the story was written, and the word after it starts the sentence.
        ("ASHBY CROSS (Daily Wire) - Crews led by Chief Ida Marsh arrived.", "Who led crews?", {"marsh"}),
        ("KESSFORD — Roughly 40 crews under Ida Marsh arrived.", "Who led crews?", {"marsh"}),
        ("US Navy divers - led by Ida Marsh - arrived.", "Who led the divers?", {"navy", "marsh"}),
        # "according to" attributes; a name after the question's own names and words is still one.
        (
            "The alarm was raised at 6:40 a.m., according to Kessford Fire Chief Dana Okafor.",
            "What is the name of the Kessford fire chief?",
            {"okafor"},
        ),
        ("Pennock Foods will close the plant.", "Why is Pennock closing the plant?", set()),
        # A possessor after "at" may be who runs a thing, for "who" or "which"; not for "what".
        ("Buses burned at Vell Transit's Osk depot.", "Which company runs the Osk depot?", {"transit"}),
        ("A girl was born at Vell Hospital's new unit.", "What was the first baby called?", set()),
        # A word after the question's name and its "'s" is part of that name.
        (
            "The petition against charges at St Osk's Hospital was started by the Vell Forum.",
            "Which group started the petition against the St Osk's charges?",
            {"forum"},
        ),
        # A name ending in the kind of thing "which" asks for names one by its other words.
        ("They were taken to Vell General Hospital.", "Which hospital were they taken to?", {"hospital"}),
        ("Crews left the Osk Hospital.", "Which hospital did the Osk crews leave?", set()),
        ("Crews left Vell Hospital.", "Which bakery did crews go to from the hospital?", set()),
        # A titled person after "from" is whom, not where; a two-word name after it stays a place.
        (
            "The council accepted an amendment from Councillor Ravi Pemberton that cut the charge.",
            "Whose amendment cut the charge?",
            {"pemberton"},
        ),
        (
            "Dr. Priya Ramanathan heard from Dr. Omar Haddad on Monday.",
            "Who heard first?",
            {"ramanathan", "haddad"},
        ),
        ("The parade set off from King Street at noon.", "Who led the parade?", set()),
        # A first word is a name by what follows it; a noun is not.
        (
            "Whitcombe, who has pushed for a levy, called the vote a good night.",
            "Who called it?",
            {"whitcombe"},
        ),
        ("Castillo, 34, was given a $50,000 bond.", "Who was given a bond?", {"castillo"}),
        ("Officials, who declined to be named, gave no bond.", "Who was given a bond?", set()),
        ("Whitcombe called the vote a good night.", "Who called it?", set()),
        # A name the question gives as an owner ("Farrant's company") is no answer written in full.
        (
            "The company behind chef Dominic Farrant's restaurant was sentenced by Judge Helen Carver.",
            "Which judge sentenced Farrant's company?",
            {"carver"},
        ),
        # A name the question gives, written more fully in common nouns, is what it is, not a new name.
        (
            "Seabright restarted 10 of the 14 turbines at its Drummond Ridge Wind Farm on Monday.",
            "Which company built the turbines at Drummond Ridge?",
            set(),
        ),
        (
            "Drummond Ridge chief engineer Dana Okafor said the turbines were built by Hallvik.",
            "Who is the Drummond Ridge chief engineer?",
            {"okafor", "hallvik"},
        ),
        # For "where", a name after a noun of a kind of person is someone's, not a place.
        (
            "Veteran balloonist Rafe Okonkwo said the crew landed on the Orvane salt flats.",
            "Where did the Osk balloon land?",
            {"orvane"},
        ),
    ],
)
def test_answer_names_are_who_not_where(sentence: str, question: str, heads: set[str]) -> None:
    assert set(answer_names(sentence, question)) == heads


def test_an_answer_name_given_more_fully_is_one_claim(tmp_path: Path) -> None:
    texts = {
        "a.md": "The new Osk library was designed by the firm Harlan & Pike, whose lead architect grew up"
        " in Osk.",
        "b.md": "It was designed by Harlan & Pike Architects of Port Vell, the Osk library board said.",
        "c.md": "The Osk library opened on Saturday with a reading by the mayor.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Which architecture firm designed the Osk library?")
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_a_vote_groups_and_conflicts_by_its_tally(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Vell council voted 7-2 for the new levy on Monday.",
        "b.md": "The levy passed on a 7-2 vote of the Vell council, with two members against.",
        "c.md": "The Vell council approved the levy six to three, a member said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How did the Vell council vote on the levy?", max_quotes=10)
    claim = next(c for c in answer.claims if "a.md" in {x.doc_id for x in c.citations})
    assert {c.doc_id for c in claim.citations} == {"a.md", "b.md"}
    (conflict,) = answer.conflicts
    assert conflict.about == "tally" and {v.value for v in conflict.values} == {"7-2", "six to three"}


@pytest.mark.parametrize(
    ("question", "about"),
    [
        ("How many people lost their lives in the Osk flood?", "people"),  # "people" is plural too
        ("How many children were rescued?", "child"),
        ("How many container ships were waiting?", "ship"),
        ("How many died in the Osk flood?", "people"),  # a participle counts people
        ("How many were evacuated from Osk?", "people"),
        ("How many red cards were shown?", "card"),
        ("How many people died in the Osk rail crash?", "people"),  # no "crashers": a noun of its place
        ("How many buses were destroyed?", "bus"),  # not "buse" ("horses" stays "horse")
        ("How many horses were rescued?", "horse"),
        ("How many bus routes did Osk Coaches run?", "route"),  # "bus" ends in "s" but is one
        ("How many gas meters were fitted?", "metre"),
        ("How many police officers were hurt?", "police"),  # an irregular plural is one
    ],
)
def test_how_many_counts_the_first_plural_regular_or_not(question: str, about: str) -> None:
    want = wanted(question)
    assert want is not None and want.about == {about}


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("The firm said eleven of the company's 26 routes ran late.", "route"),
        ("Three of the 12 pumps failed.", "pump"),
        ("It logged 212 incidents, 41 of which led to fires.", ""),  # its whole is named before it
        ("He was found guilty on eleven of fourteen counts.", "count"),  # the whole a bare number
    ],
)
def test_a_part_of_a_counted_whole_counts_what_the_whole_counts(text: str, about: str) -> None:
    assert figures(text)[0 if about else 1].about == about


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Three masked thieves broke in.", "thieve"),
        ("Three veiled stilt chicks have hatched.", "chick"),  # a modifier of its own after the participle
        ("It found 23, up from the 14 reported in this week's paper.", ""),  # no noun of its own
    ],
)
def test_the_noun_a_count_counts_after_a_participle(text: str, about: str) -> None:
    assert figures(text)[-1].about == about


def test_the_whole_a_part_is_given_of_is_no_figure_of_the_claim() -> None:
    analyzer = Analyzer()
    part = claim_key(analyzer, "He was found guilty on 11 of 14 counts.")
    assert [f.whole for f in figures("He was found guilty on 11 of 14 counts.")] == [False, True]
    assert part.figures == {("count", "count", 11.0)}
    assert same_claim(part, claim_key(analyzer, "He was found guilty on 11 counts."), TermWeights({}))
    assert not same_claim(part, claim_key(analyzer, "He was found guilty on 14 counts."), TermWeights({}))


@pytest.mark.parametrize(("a", "b"), [("38 cooling centres", "38 cooling centers"), ("5 litres", "5 liters")])
def test_a_count_counts_one_thing_in_either_spelling(a: str, b: str) -> None:
    assert figures(a)[0].about == figures(b)[0].about


def test_a_unit_keeps_its_own_name_in_either_spelling() -> None:
    assert [f.about for f in figures("It was 45 metres long and weighed 3 tonnes, not 3 tons.")] == [
        "metre",
        "tonne",
        "ton",
    ]


def test_an_age_answers_no_count_of_another_thing() -> None:
    analyzer = Analyzer()
    question = "On how many charges was Oliver Tennant-Marsh found guilty?"
    weights = {t: 1.0 for t in analyzer.terms(content_text(question))}
    sentence = "A jury on Thursday found Oliver Tennant-Marsh, 52, guilty of 11 counts of fraud."
    slot = answer_slot(wanted(question), sentence, weights, analyzer)
    assert slot is not None and slot.figure.value == 11.0  # not his age


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("When did the Osk bakery close its doors?", "05-13"),  # not when it began to operate
        ("Since when has the Osk bakery operated on Brill Street?", 1987.0),  # the clause's own words
    ],
)
def test_a_figure_in_a_relative_clause_answers_only_the_clauses_words(question: str, value: object) -> None:
    analyzer = Analyzer()
    weights = {t: 1.0 for t in analyzer.terms(content_text(question))}
    sentence = (
        "The Osk bakery, which has operated on Brill Street since 1987, closed its doors on Tuesday, May 13."
    )
    slot = answer_slot(wanted(question), sentence, weights, analyzer)
    assert slot is not None and slot.figure.value == value


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("How long was the first stage of the Tour of the Osk?", False),  # a margin is no length
        ("By how much did Vell win the Tour of the Osk?", True),
    ],
)
def test_a_winning_margin_answers_a_margin_not_how_long_something_was(question: str, answers: bool) -> None:
    analyzer = Analyzer()
    weights = {t: 1.0 for t in analyzer.terms(content_text(question))}
    sentence = "Marco Vell won the 29th Tour of the Osk on Sunday, sealing overall victory by 38 seconds."
    slot = answer_slot(wanted(question), sentence, weights, analyzer)
    assert (slot is not None and slot.figure.value == 38.0) is answers


@pytest.mark.parametrize(
    "question",
    [
        "How much will Osk Heat pay back to residents in total?",
        "How much will Osk Heat pay back to residents altogether?",
    ],
)
def test_asked_a_total_a_figure_for_each_one_does_not_answer(question: str) -> None:
    analyzer = Analyzer()
    weights = {t: 1.0 for t in analyzer.terms(content_text(question))}
    sentence = "Osk Heat must pay back an average of £612 to each of 3,800 households, about £2.3 million."
    slot = answer_slot(wanted(question), sentence, weights, analyzer)
    assert slot is not None and slot.figure.value == 2_300_000.0  # not each one's share, £612


def test_a_part_of_the_asked_whole_answers_how_many_of_them() -> None:
    analyzer = Analyzer()
    question = "How many of the cubesats had made contact by Friday?"
    weights = {t: 1.0 for t in analyzer.terms(content_text(question))}
    sentence = "Ten of the 11 cubesats had made contact by Friday."
    slot = answer_slot(wanted(question), sentence, weights, analyzer)
    assert slot is not None and slot.figure.text == "Ten"  # not the whole, 11


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What is the latest estimate for the cost of the repair?", 410_000.0),
        ("How much will the repair cost?", 410_000.0),
        ("What was the initial estimate for the cost of the repair?", 250_000.0),
    ],
)
def test_a_value_a_change_started_from_answers_only_when_asked(question: str, value: float) -> None:
    analyzer = Analyzer()
    weights = {t: 1.0 for t in analyzer.terms(content_text(question))}
    sentence = "The cost of the repair has climbed to $410,000, up from the initial estimate of $250,000."
    slot = answer_slot(wanted(question), sentence, weights, analyzer)
    assert slot is not None and slot.figure.value == value


@pytest.mark.parametrize(
    "sentence", ["The trial bans private cars from 14 streets.", "The road was closed from 22 streets away."]
)
def test_a_from_without_a_change_is_no_earlier_value(sentence: str) -> None:
    analyzer = Analyzer()
    question = "How many streets does the trial cover?"
    weights = {t: 1.0 for t in analyzer.terms(content_text(question))}
    slot = answer_slot(wanted(question), sentence, weights, analyzer)
    assert slot is not None and slot.figure.value in (14.0, 22.0)


@pytest.mark.parametrize(
    "text",
    [
        "The collapse killed 3 people and injured 22 others.",
        "3 people were killed and 22 injured.",
        "3 people were rescued and 22 are missing.",
    ],
)
def test_others_counts_what_the_count_before_it_counts(text: str) -> None:
    assert [(f.about, f.value) for f in figures(text)] == [("people", 3.0), ("people", 22.0)]


def test_a_lone_participle_after_a_number_counts_nothing_named() -> None:
    assert [f.about for f in figures("The index rose to 22 and 16 traded lower.")] == ["", ""]


def test_the_figure_beside_the_asked_verb_answers(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Vell bridge collapse killed 3 people and injured 22 others on Monday.",
        "b.md": "Officials said 22 people were injured when the Vell bridge fell.",
        "c.md": "Three people were killed when the Vell bridge collapsed, police said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many people were injured in the Vell bridge collapse?")
    top = answer.claims[0]
    assert {c.doc_id for c in top.citations} == {"a.md", "b.md"}
    assert not answer.conflicts


def test_deaths_in_other_words_are_one_claim(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk flooding has killed two people, officials said.",
        "b.md": "Two people have died in the Osk flooding.",
        "c.md": "Rescue crews plucked 64 people from flooded homes in Osk.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many people died in the Osk flooding?")
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_a_name_the_question_ends_with_is_not_an_answer_name() -> None:
    sentence = "Vera Almonte has represented Ward 3 on the City Council since 2020."
    assert "council" not in answer_names(sentence, "Which ward does Almonte represent on the City Council?")


@pytest.mark.parametrize(
    "question",
    [
        "How much will be invested in the Osk plant?",
        "How much money did the Osk gang demand?",
        "How much is the cheapest ticket on the Osk night train?",
        "How much is the fare?",
        "What does a membership share in the Osk co-op cost?",  # not a "share" of something
    ],
)
def test_how_much_with_a_word_of_money_asks_for_a_sum(question: str) -> None:
    want = wanted(question)
    assert want is not None and want.kinds == {"money"}


@pytest.mark.parametrize(
    "question",
    ["What were the waived Osk adoption fees worth altogether?", "What is the Osk contract worth?"],
)
def test_what_something_is_worth_asks_for_a_sum(question: str) -> None:
    want = wanted(question)
    assert want is not None and want.kinds == {"money"}


def test_how_big_something_grows_asks_a_length_or_a_weight() -> None:
    want = wanted("How big does the Osk cave salamander get?")
    assert want is not None and want.measured and {"centimetre", "inch", "kilogram"} <= want.about


def test_by_how_much_something_was_late_asks_a_delay(tmp_path: Path) -> None:
    want = wanted("By how much was the first Osk train late getting to Brill?")
    assert want is not None and want.kinds == {"count"} and "minute" in want.about
    texts = {
        "a.md": "The first Osk night train carried 388 passengers to Brill on Saturday.",
        "b.md": "The first Osk night train carried 388 passengers and reached Brill 40 minutes late.",
        "c.md": "The Osk night train's 388 passengers reached Brill on Saturday morning.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("By how much was the first Osk train late getting to Brill?")
    assert "40 minutes" in answer.claims[0].text


def test_how_much_a_thing_is_is_answered_by_what_it_costs(tmp_path: Path) -> None:
    texts = {
        "a.md": "The cheapest tickets for the Osk night train sold out for three nights in a row.",
        "b.md": "The cheapest seat on the Osk night train costs 49 euros each way.",
        "c.md": "The Osk night train will run three nights a week at first, its operator said.",
        "d.md": "At first the Osk night train runs three nights a week.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How much is the cheapest ticket on the Osk night train?")
    assert answer.answered and "49 euros" in answer.claims[0].text


@pytest.mark.parametrize(
    ("question", "sum"),
    [
        ("How low must Osk Reservoir fall before repairs can start?", False),
        ("How high did the Osk river rise?", False),
        ("How high will the Osk parking fee go?", True),
    ],
)
def test_how_high_or_low_asks_for_a_level_not_a_sum_unless_money_is_named(question: str, sum: bool) -> None:
    want = wanted(question)
    assert want is not None and ("money" in want.kinds) is sum


def test_how_much_money_is_frame_not_content() -> None:
    assert "money" not in content_text("How much money did the Osk gang demand?").lower()


@pytest.mark.parametrize("kind", ["percentage", "proportion", "share", "fraction"])
def test_what_percentage_of_is_frame_not_content(kind: str) -> None:
    assert content_text(f"What {kind} of Osk voters cast a ballot?").split() == [
        "Osk",
        "voters",
        "cast",
        "a",
        "ballot?",
    ]


def test_an_indefinite_pronoun_is_not_content_but_no_one_is() -> None:
    assert "anyone" not in content_text("Has anyone been arrested over the Osk raid?").lower()
    assert "someone" not in content_text("At what time did someone see the Osk leak?").lower()
    assert "no one" in content_text("No one was hurt in the Osk fire.").lower()


def test_a_question_asking_whether_anybody_did_it_is_answered_by_who_did(tmp_path: Path) -> None:
    texts = {"a.md": "Police arrested two men over the Osk museum raid on Friday.", **OTHER_STORIES}
    answer = engine_over(tmp_path, texts).ask("Has anybody been arrested?")
    assert answer.answered and answer.coverage == 1.0


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("About 120 temporary staff work at the site.", "Around 150 agency workers will lose their places."),
        ("More than 600 homes have flooded.", "About 450 houses took on water."),
    ],
)
def test_one_thing_counted_under_two_names(one: str, other: str) -> None:
    (first,) = figures(one)
    (second,) = figures(other)
    assert first.about == second.about


def test_disputed_values_lead_with_the_one_most_sources_give(tmp_path: Path) -> None:
    texts = {
        "a.md": "About 150 agency workers are at the Osk bakery, the union said.",
        "b.md": "Osk bakery: around 120 agency workers will lose their places after the closure was "
        "announced by the company.",
        "c.md": "The Osk firm also uses about 120 agency workers on the packing lines at its bakery, "
        "which run day and night.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many agency workers are at the Osk bakery?", max_quotes=10)
    (conflict,) = answer.conflicts
    assert [v.value for v in conflict.values] == ["around 120 / about 120", "About 150"]
    assert {c.doc_id for c in answer.claims[0].citations} == {"b.md", "c.md"}


def test_lost_their_lives_asks_who_died(tmp_path: Path) -> None:
    texts = {
        "a.md": "Two people died in the Osk flooding, the county said.",
        "b.md": "The Osk flooding has killed two people.",
        "c.md": "Rescue crews plucked 64 people from flooded homes in Osk.",
        "d.md": "Around 3,400 people living in low-lying parts of Osk were told to leave.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How many people lost their lives in the Osk flooding?")
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}
    assert not answer.conflicts


def test_a_pay_rise_is_a_raise_in_either_english(tmp_path: Path) -> None:
    texts = {
        "a.md": "Under the deal, Osk dockworkers get raises of 18% over four years.",
        "b.md": "The Osk contract raises wages by 18 percent over four years.",
        "c.md": "Osk dockworkers voted on the contract on Sunday at the union hall.",
        "d.md": "The Osk port handles 40 ships a week.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What pay increase did the Osk dockworkers win?")
    assert answer.answered
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_by_how_much_is_answered_by_a_change_not_a_level(tmp_path: Path) -> None:
    texts = {
        "a.md": "Vell Corp stock dropped to $1.9 billion after the recall.",
        "b.md": "After the recall, Vell Corp stock dropped to $2.4 billion, analysts said.",
        "c.md": "Vell Corp stock fell 6.2 percent after the recall, its biggest drop in years.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("By how much did Vell Corp stock drop after the recall?")
    assert "6.2" in answer.claims[0].text
    assert not answer.conflicts


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The council lifts the property tax levy 3.4% and keeps fees at $12.", "3.4%"),
        ("Owners will pay about 3.1% more in property tax, or $12 a month.", "about 3.1%"),
        ("Fees stay at $12 after a 2.5% increase in the levy.", "2.5%"),
        ("The levy stands at 4.5%, and fees at $12.", None),
    ],
)
def test_a_change_is_read_before_or_after_its_figure(text: str, change: str | None) -> None:
    analyzer = Analyzer()
    want = wanted("By how much will the Osk property tax levy rise?")
    weights = {t: 1.0 for t in analyzer.terms("Osk property tax levy rise")}
    slot = answer_slot(want, text, weights, analyzer)
    assert (slot.figure.text if slot else None) == change


@pytest.mark.parametrize(
    ("text", "about"),
    [("The death toll remained at three.", "people"), ("The toll rose to 12 on Friday.", "people")],
)
def test_a_toll_counts_people(text: str, about: str) -> None:
    assert [f.about for f in figures(text)] == [about]


@pytest.mark.parametrize(
    ("text", "abouts"),
    [
        ("The crash killed two people and injured 19.", ["people", "people"]),
        ("A train derailed, killing two people and injuring 19.", ["people", "people"]),
        ("The number of people hurt has risen to 27.", ["people"]),
        (
            "It raised the number of patients to 482,000, from an earlier estimate of 310,000.",
            ["patient", ""],
        ),
    ],
)
def test_a_bare_count_counts_what_its_verb_or_the_number_of_names(text: str, abouts: list[str]) -> None:
    assert [f.about for f in figures(text)] == abouts


def test_how_old_asks_for_an_age() -> None:
    want = wanted("How old is Vera Osk?")
    assert want is not None and want.about == {"year-old"}
    text = "The 23-year-old signed; Osk is 23 years old; she spent 22 years, old hands say."
    assert [f.about for f in figures(text)] == ["year-old", "year-old", "year"]
    # An age set off by commas after a name; not a count beside a name, nor one too large for an age.
    text = "Vera Osk, 23, signed, and Osk, 2,500 fans, cheered; in Osk, 400, not 300, came."
    assert [f.about for f in figures(text)] == ["year-old", "fan", "", ""]


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("What fee did Osk United pay for Vera Lind?", {"money"}),
        ("What is the total cost of the Osk mission?", {"money"}),
        ("What will the new daily parking charge at Osk hospital be?", {"money"}),
        ("What will the new daily maximum parking charge at Osk hospital be?", {"money"}),  # five words on
        ("What is the adult bus fare from Osk to Vell?", {"money"}),
        ("What was the attendance at the Osk final?", {"count", "percent", "points", "money"}),
        ("What is the population of Osk?", {"count", "percent", "points", "money"}),
        ("What level was the Osk reservoir at on Tuesday?", {"count", "percent", "points", "money"}),
        ("What was the Osk petition's signature count on Thursday?", {"count", "percent", "points", "money"}),
        ("What was the turnout in the Osk mayoral election?", {"percent", "points"}),
        ("Which player did Osk United previously pay their record fee for?", None),  # a name
        ("What share of Osk voters backed the bond?", {"percent", "points"}),
        ("What proportion of Osk bridges are in poor condition?", {"percent", "points"}),
    ],
)
def test_a_figure_noun_asks_for_a_figure_only_near_what(question: str, kinds: set[str] | None) -> None:
    want = wanted(question)
    assert (want.kinds if want else None) == kinds


def test_the_magnitude_of_an_earthquake_is_a_reading_on_its_scale(tmp_path: Path) -> None:
    assert [(f.text, f.about) for f in figures("A magnitude 6.4 quake, put at magnitude 6.2 by others.")] == [
        ("6.4", "magnitude"),
        ("6.2", "magnitude"),
    ]
    texts = {
        "a.md": "The institute put the magnitude of the Osk earthquake at 6.4, its director said on Tuesday.",
        "b.md": "A magnitude 6.4 quake struck the Osk valley before dawn on Tuesday, killing nine people.",
        "c.md": "Osk had not seen a stronger earthquake since 1962, when a magnitude 6.6 quake hit.",
        "d.md": "Nine people died in the Osk earthquake, and 40 buildings in the valley collapsed.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What was the magnitude of the Osk earthquake?")
    assert answer.answered and "6.4" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_who_is_answered_by_the_name_amid_the_question_words(tmp_path: Path) -> None:
    # Three documents name the trial's sponsor; one names its lead investigator, far down a long quote.
    texts = {
        "a.md": "The Osk trial was funded by Vell Therapeutics.",
        "b.md": "Vell Therapeutics ran the Osk trial.",
        "c.md": '"This is the first new pill in almost a decade that keeps patients out of the hospital and '
        'changes care," said lead investigator Dr. Mara Lind, a cardiologist at a hospital in the capital.',
        "d.md": "The Osk trial was paid for by Vell Therapeutics.",
        "e.md": "The lead investigator in the Rook fraud case, a police officer, retired. Investigators "
        "closed the case. Rook will lead the new inquiry.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Who was the lead investigator of the Osk trial?")
    assert "Lind" in answer.claims[0].text


def test_which_is_not_in_the_sources_when_no_sentence_names_one(tmp_path: Path) -> None:
    # That an architecture firm designed the library is told, but not which one; then, in a second
    # corpus, which one.
    texts = {
        "a.md": "The new Osk library was designed by an architecture firm from the capital.",
        "b.md": "The Osk library, which cost $12 million to build, was designed around a glass reading room.",
        **OTHER_STORIES,
    }
    question = "Which architecture firm designed the new Osk library?"
    (tmp_path / "unnamed").mkdir()
    (tmp_path / "named").mkdir()
    assert not engine_over(tmp_path / "unnamed", texts).ask(question).answered
    texts["c.md"] = "The Osk library was designed by the architecture firm Harrow & Lune."
    answer = engine_over(tmp_path / "named", texts).ask(question)
    assert answer.answered and "Harrow" in answer.claims[0].text


def test_which_is_not_in_the_sources_when_only_a_sentence_stating_little_of_it_names_one(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "The council has appointed engineering consultants to carry out a survey of the Osk cliffs.",
        "b.md": "Council leader Mara Venn said the Osk cliffs survey would take a month.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Which engineering firm is carrying out the Osk cliffs survey?")
    assert not answer.answered  # Venn is named, but not as the firm, nor beside the engineering


def test_a_question_asking_for_a_name_is_not_in_the_sources_when_no_sentence_gives_one(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "The driver of the early Osk train spotted the rockfall and stopped short of it.",
        "b.md": "Rail officials praised the Osk train driver who spotted the rockfall.",
        **OTHER_STORIES,
    }
    question = "What is the name of the Osk train driver who spotted the rockfall?"
    (tmp_path / "unnamed").mkdir()
    (tmp_path / "named").mkdir()
    assert not engine_over(tmp_path / "unnamed", texts).ask(question).answered
    texts["c.md"] = "The Osk train driver, Tamsin Hale, spotted the rockfall in her headlights."
    answer = engine_over(tmp_path / "named", texts).ask(question)
    assert answer.answered and "Tamsin Hale" in answer.claims[0].text


def test_a_qualifier_of_the_name_asked_for_is_no_name_the_sources_must_give(tmp_path: Path) -> None:
    # "Latin" qualifies the name asked for; no source need say it.
    texts = {
        "a.md": "The new blind cave salamander found at Osk has been named Proteus oskensis.",
        "b.md": "Biologists named the new Osk cave salamander Proteus oskensis after the valley.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What's the Latin name of the new blind cave salamander?")
    assert answer.answered and "Proteus oskensis" in answer.claims[0].text


def test_which_is_answered_by_a_thing_named_by_its_noun_and_a_number(tmp_path: Path) -> None:
    texts = {
        "a.md": "The 24-bed Osk maternity unit, designed around a garden, opened on Monday.",
        "b.md": "The Osk maternity unit was designed to bring births back to the valley.",
        **OTHER_STORIES,
    }
    question = "Which architects designed the Osk maternity unit?"
    (tmp_path / "unnamed").mkdir()
    (tmp_path / "named").mkdir()
    assert not engine_over(tmp_path / "unnamed", texts).ask(question).answered  # "The 24-bed" names none
    texts = {**texts, "c.md": "The Osk maternity unit was designed by Studio 4 architects for the valley."}
    answer = engine_over(tmp_path / "named", texts).ask("Which studio designed the Osk maternity unit?")
    assert answer.answered and "Studio 4" in answer.claims[0].text


def test_which_groups_the_sources_naming_one_thing_of_the_kind_asked(tmp_path: Path) -> None:
    texts = {
        "a.md": "Tests confirmed salmonella in custard slices from Marrow & Daughter Bakery in Vell.",
        "b.md": "The Vell salmonella cases were traced to slices from Marrow & Daughter Bakery on Quay Lane.",
        "c.md": "Twelve people in Vell fell ill after eating the custard slices, officials said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Which bakery were the Vell salmonella cases traced to?")
    assert answer.answered
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_which_is_not_answered_by_a_name_from_a_document_on_another_story(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk maternity unit opened on Monday with 24 beds.",
        "b.md": "The Osk maternity unit was built to bring births back to the valley.",
        "pool.md": "The new Tarn pool, designed by Halberd & Lowe Architects, opens on Saturday.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Which architects designed the Osk maternity unit?")
    assert not answer.answered  # the pool's architects, in a document that never names Osk


def test_the_sentence_giving_the_asked_figure_leads_though_others_rank_above_it(tmp_path: Path) -> None:
    # Asked for one quote, two claims are formed; five sentences on the pool outrank the one giving
    # its cost, and one of them, about the crowds, gives the cost far from the question's words.
    texts = {
        "a.md": "The Osk pool opened to swimmers on Saturday. The city-owned facility cost $38.5 million, "
        "paid from a bond that voters approved in a special election two years ago. "
        "Crowds at the Osk pool queued from dawn.",
        "b.md": "Osk pool lifeguards were hired in May. The Osk pool has ten lanes and a slide.",
        "c.md": "Parking at the Osk pool is limited, and the Osk pool car park was full by noon.",
        "d.md": "The cost of the Osk pool worried the Osk council for years, but on Saturday swimmers who "
        "had waited since dawn streamed past the doors and into the $38.5 million building.",
        "e.md": "Bus fares will cost more from May. The bridge repairs cost less than planned.",
        "f.md": "A ticket will cost $5. Heating costs rose.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How much did the Osk pool cost?", max_quotes=1)
    assert "$38.5 million, paid" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "d.md"}


def test_a_question_in_a_document_is_not_a_claim(tmp_path: Path) -> None:
    texts = {
        "a.md": "Osk customers can get a refund or a replacement kettle.",
        "b.md": "What do Osk customers get? Owners can choose a refund.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What do Osk customers get?", max_quotes=10)
    texts_shown = [c.text for c in answer.claims] + [w.text for c in answer.claims for w in c.other_wordings]
    assert texts_shown and not any(t.endswith("?") for t in texts_shown)


def test_a_dissent_restating_the_answer_is_a_conflict_though_far_from_the_question(tmp_path: Path) -> None:
    texts = {
        "a.md": "Eleven vehicles plunged into the Sallow river when the Vell span fell on Monday morning.",
        "b.md": "Eleven vehicles were on the section of the Vell bridge that fell, officials said.",
        "c.md": "Nine vehicles were on the section of the Vell bridge that fell, officials said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "How many vehicles plunged into the Sallow river when the Vell span fell?", max_quotes=10
    )
    (conflict,) = answer.conflicts
    assert {v.value.lower() for v in conflict.values} == {"eleven", "nine"}


def test_a_count_of_the_asked_thing_is_favoured_though_worded_otherwise(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Vell Canyon Fire had burned 18,400 acres of the Vell Canyon hills by Wednesday.",
        "b.md": "About 12,000 residents have been ordered to leave their homes.",
        "c.md": "The blaze grew to 18,400 acres, officials said.",
        "d.md": "Roughly 12,000 residents were told to go.",
        "e.md": "Rook officials made the team abandon the old plan for new homes.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "How many residents were made to abandon their homes because of the Vell Canyon Fire?", max_quotes=10
    )
    order = [c.text for c in answer.claims]
    residents = next(i for i, t in enumerate(order) if "12,000" in t)
    worded = next(i for i, t in enumerate(order) if "Rook" in t)  # more of the question's words, no count
    assert residents < worded


def test_denials_of_a_yes_no_question_are_one_answer(tmp_path: Path) -> None:
    texts = {
        "a.md": '"We will not pay criminals," the Osk hospital chief said.',
        "b.md": "The Osk hospital has refused to pay.",
        "c.md": "Hackers demanded $4 million from the Osk hospital, and the hospital said it won't pay.",
        "d.md": "Hackers stole the records of 300,000 Osk hospital patients.",
        # A denial elsewhere in a sentence sharing a question word is no denial of what is asked.
        "e.md": "The Osk hospital will pay for a new scanner, which is not among the cheapest.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Will the Osk hospital pay the hackers?", max_quotes=10)
    denial = next(c for c in answer.claims if "a.md" in {x.doc_id for x in c.citations})
    assert {x.doc_id for x in denial.citations} == {"a.md", "b.md", "c.md"}


def test_a_question_that_itself_denies_does_not_join_every_affirming_sentence(tmp_path: Path) -> None:
    texts = {
        "a.md": "Shopping at the Osk co-op is open to everyone, members or not.",
        "b.md": "Hundreds of people lined up outside the Osk co-op on Saturday.",
        "c.md": "The Osk co-op employs 42 people and has 2,100 members.",
        "d.md": "Osk co-op members pay a $100 share.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "Can people who aren't members shop at the Osk co-op?", max_quotes=10
    )
    assert all(len(c.citations) == 1 for c in answer.claims)  # none of them denies it: no one answer


def test_the_value_a_change_started_from_does_not_join_its_claim(tmp_path: Path) -> None:
    texts = {
        "a.md": "About 3,400 residents of low-lying Osk have been ordered to evacuate.",
        "b.md": "By Monday about 5,200 Osk residents had been ordered to evacuate, up from 3,400 on Sunday.",
        "c.md": "The number of Osk residents ordered to evacuate has grown to about 5,200.",
        **OTHER_STORIES,
    }
    question = "How many Osk residents were ordered to evacuate?"
    answer = engine_over(tmp_path, texts).ask(question, max_quotes=10)
    early = next(c for c in answer.claims if "a.md" in {x.doc_id for x in c.citations})
    assert {x.doc_id for x in early.citations} == {"a.md"}


def test_a_name_the_question_gives_more_fully_is_not_an_answer_name() -> None:
    sentence = "Workers at Pennock Foods were told production will move to Tilburg."
    assert set(answer_names(sentence, "Where is Pennock moving its baking?")) == {"tilburg"}


def test_the_word_before_a_qualifier_governs_the_figure() -> None:
    want = wanted("How many were injured?")
    assert want is not None
    slot = answer_slot(
        want, "The blaze destroyed 40 homes and injured more than 12 on Monday.", {"injur": 1.0}, Analyzer()
    )
    assert slot is not None and slot.figure.text == "more than 12"


def test_the_noun_before_of_governs_the_figure_after_it() -> None:
    # "capacity of 32 megawatts": the figure is the capacity, not the panels counted nearer the farm.
    want = wanted("What is the generating capacity of the Osk solar farm?")
    assert want is not None
    sentence = (
        "Vell wants to put 61,000 solar panels on the site, with a generating capacity of 32 megawatts."
    )
    slot = answer_slot(
        want, sentence, {"generat": 1.0, "capac": 1.0, "osk": 1.0, "solar": 1.0, "farm": 1.0}, Analyzer()
    )
    assert slot is not None and slot.figure.text == "32"


def test_a_story_sentence_giving_the_answer_in_other_words_joins_its_claim(tmp_path: Path) -> None:
    # "She takes office May 4." and "12 houses were lost" share no word with their questions; the
    # 12 acres are another thing.
    texts = {
        "a.md": "Vell Arden will be sworn in as Osk mayor on May 4, officials said.",
        "b.md": "Vell Arden won the Osk mayor race on Tuesday. She takes office May 4.",
        "c.md": "Vell Arden will be sworn in as the mayor of Osk on May 4.",
        "d.md": "The Osk fire burned 12 homes on Monday.",
        "e.md": "The Osk fire destroyed 12 homes.",
        "f.md": "The Osk fire burned homes for days. Rangers said 12 acres of forest were lost.",
        "g.md": "The Osk fire burned homes for days. Rangers said 12 houses were lost.",
        "h.md": "The Osk fire burned homes for days. Police said twelve houses were lost.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    sworn = engine.ask("When will Vell Arden be sworn in as mayor?", max_quotes=10).claims[0]
    assert {c.doc_id for c in sworn.citations} == {"a.md", "b.md", "c.md"}
    assert "She takes office May 4." in [w.text for w in sworn.other_wordings]
    homes = engine.ask("How many homes did the Osk fire burn?", max_quotes=10).claims[0]
    assert {c.doc_id for c in homes.citations} == {"d.md", "e.md", "g.md", "h.md"}  # "twelve" is 12


def test_a_figure_the_question_gives_does_not_make_two_sentences_one_answer(tmp_path: Path) -> None:
    # Both give "Nov. 30" and "Dec. 2", but "Nov. 30" is what the question asks about; only b.md says why.
    texts = {
        "a.md": "The Osk rocket flew on Friday, after attempts on Nov. 30 and Dec. 2 were scrubbed.",
        "b.md": "The Osk attempt on Nov. 30 was scrubbed because of high winds, and the one on Dec. 2 "
        "because of a leak.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Why was the Nov. 30 Osk attempt scrubbed?", max_quotes=10)
    assert all(len(c.citations) == 1 for c in answer.claims)


def test_common_news_verbs_of_one_sense_are_one_word() -> None:
    analyzer = Analyzer()
    for one, other in [
        ("shut", "closed"),
        ("demanded", "asking"),
        ("acquired", "bought"),
        ("began", "started"),
    ]:
        assert fold(analyzer.terms(one)) == fold(analyzer.terms(other)), (one, other)


def test_a_noun_of_an_act_is_one_word_with_its_verb() -> None:
    analyzer = Analyzer()
    for noun, verb in [("closure", "closed"), ("decision", "decided"), ("explosion", "exploded")]:
        assert fold(analyzer.terms(noun)) == fold(analyzer.terms(verb)), (noun, verb)
    for person, verb in [("writer", "wrote"), ("flight", "fled")]:  # a doer; two stems far apart
        assert fold(analyzer.terms(person)) != fold(analyzer.terms(verb)), (person, verb)


def test_sentences_saying_one_thing_with_a_noun_and_its_verb_are_one_claim(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Brill gas explosion destroyed three homes on Friday.",
        "b.md": "A gas main exploded in Brill, destroying three homes.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What destroyed the homes in Brill?", max_quotes=10)
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_sentences_saying_one_thing_with_verbs_of_one_sense_are_one_claim(tmp_path: Path) -> None:
    texts = {
        "a.md": "All Brill public schools will remain closed through Wednesday.",
        "b.md": "Brill schools will stay shut through Wednesday, the school district said.",
        "c.md": "The Brill gang demanded $4 million from the hospital.",
        "d.md": "Hackers are asking the Brill hospital for $4 million.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Brill schools reopened on Monday.", max_quotes=10)
    assert any({c.doc_id for c in claim.citations} == {"a.md", "b.md"} for claim in answer.claims)


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("The train was doing 71 miles per hour.", "mph"),
        ("It reached 71 mph.", "mph"),
        ("The tram went 52 km/h.", "km/h"),
        ("It ran at 110 kilometres an hour.", "km/h"),
        ("The ship made 40 knots.", "knot"),
        ("The line runs 12 miles to the coast.", "mile"),
    ],
)
def test_a_speed_counts_its_unit_of_speed_not_a_length(text: str, about: str) -> None:
    assert [f.about for f in figures(text)] == [about]


@pytest.mark.parametrize(
    ("text", "about", "value"),
    [
        ("Repairing the 14m crack will cost £2.4 million.", "metre", 14.0),
        ("The crack, 14 m (46 ft) long, was found on Monday.", "metre", 14.0),
        ("The wall is 28m high.", "metre", 28.0),
        ("He paid £14m for the site.", "money", 14e6),
        ("3m people watched the final.", "people", 3e6),
        ("They set up a 2.5m fund.", "fund", 2.5e6),
        ("People within 500m of the depot were told to stay inside.", "metre", 500.0),
        ("The pools lie about 60 m below ground.", "metre", 60.0),  # a place that far from another
        ("It stood roughly 120m back from the cliff edge.", "metre", 120.0),
        ("The hut stands 50m from the water.", "metre", 50.0),
        ("The fund raised 500m last year.", "last", 5e8),
    ],
)
def test_m_after_a_number_is_metres_only_beside_a_size_or_a_thing(
    text: str, about: str, value: float
) -> None:
    figure = figures(text)[0]
    assert (figure.about, figure.value) == (about, value)


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Pumps are moving about 1.5 cubic metres per second.", "cubic metre"),
        ("The reservoir holds 3 million cubic metres of water.", "cubic metre"),
        ("The fire burned 40 square kilometres.", "square kilometre"),
        ("They share a 12 square metre room.", "square metre"),
        ("The hotel has 40 square rooms.", "room"),
        ("The dam is 28 metres high.", "metre"),
    ],
)
def test_an_area_or_a_volume_is_no_length(text: str, about: str) -> None:
    (figure,) = figures(text)
    assert figure.about == about
    assert (measure(figure.about) == "length") == (about == "metre")


def test_how_fast_is_answered_by_a_speed_in_any_of_its_writings(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk express was travelling at 71 miles per hour, 12 miles from the station.",
        "b.md": "Investigators said the Osk express was going 71 mph when it left the rails.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How fast was the Osk express going?", max_quotes=10)
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_claims_giving_what_a_figure_question_asks_for_lead(tmp_path: Path) -> None:
    texts = {
        "a.md": "Voters in Brill approved Measure Q, the transit bond, on Tuesday.",
        "b.md": "Brill voters also approved Measure Q, the transit bond, on Tuesday night.",
        "c.md": "The measure received 61% support.",
        "d.md": "The Brill bridge reopens once repairs are finished, the city said.",
        "e.md": "The Brill bridge, hit by a barge, will reopen to traffic, Brill officials said.",
        "g.md": "Brill officials said the bridge, hit by a barge, will reopen to traffic.",
        "f.md": "Brill's mayor said the bridge will reopen on May 4 after repairs.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    share = engine.ask("What share of Brill voters supported Measure Q?", max_quotes=10)
    assert "61%" in share.claims[0].text  # before the claim two sources make without a share
    when = [c.text for c in engine.ask("When will the Brill bridge reopen?", max_quotes=10).claims]
    # A date or a condition ("once repairs are finished") answers "when"; "will reopen" alone does not.
    assert when.index(texts["d.md"]) < when.index(texts["e.md"])


@pytest.mark.parametrize(
    ("question", "text", "whole", "part"),
    [
        (
            "How many of the overheating incidents led to fires?",
            "Osk Home knows of 212 overheating incidents, 41 of which led to fires.",
            "incident",
            "41",
        ),
        (
            "How many of the cubesats were reached?",
            "Crews have reached 10 of the 11 cubesats so far.",
            "cubesat",
            "10",
        ),
        (  # the whole named past a possessive and a modifier
            "How many of Osk's pothole damage claims were paid?",
            "Of the 29 damage claims, Osk paid 17.",
            "claim",
            "17",
        ),
    ],
)
def test_how_many_of_the_things_is_answered_by_the_part_not_the_whole(
    question: str, text: str, whole: str, part: str
) -> None:
    analyzer = Analyzer()
    want = wanted(question)
    assert want is not None and not want.about and want.whole == whole
    weights = {t: 1.0 for t in analyzer.terms(content_text(question))}
    slot = answer_slot(want, text, weights, analyzer)
    assert slot is not None and slot.figure.text == part


def test_how_many_of_the_things_is_not_in_the_sources_when_no_sentence_sets_the_part_apart(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "The Osk city clerk has received 22 damage claims over the pothole on Mill Road.",
        "b.md": "About 9 of the Osk pothole claims came from bus drivers, the clerk said.",
        **OTHER_STORIES,
    }
    question = "How many of the Osk pothole damage claims has the city turned down?"
    (tmp_path / "whole").mkdir()
    (tmp_path / "part").mkdir()
    assert not engine_over(tmp_path / "whole", texts).ask(question).answered  # a whole, another part
    texts["c.md"] = "The city of Osk has turned down 6 of the pothole damage claims so far."
    answer = engine_over(tmp_path / "part", texts).ask(question)
    assert answer.answered and "turned down 6" in answer.claims[0].text


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("About 300 dead fish were found in the creek.", "fish"),
        ("The storm killed 40 sheep.", "sheep"),
        ("Six aircraft were grounded at the airport.", "aircraft"),
    ],
)
def test_a_noun_the_same_in_the_plural_is_what_is_counted(text: str, about: str) -> None:
    assert [f.about for f in figures(text) if f.kind == "count"] == [about]


@pytest.mark.parametrize(
    ("text", "value", "about"),
    [
        ("The district will hire two dozen more counselors.", 24.0, "counselor"),
        ("The deal adds 24 more counselors and nurses.", 24.0, "counselor"),
        ("Prices rose 10 more than expected.", 10.0, ""),
    ],
)
def test_dozens_multiply_and_more_counts_the_noun_after_it(text: str, value: float, about: str) -> None:
    (figure,) = figures(text)
    assert (figure.value, figure.about) == (value, about)


@pytest.mark.parametrize(
    "question",
    [
        "How much does the Osk satellite weigh?",
        "How heavy is the Osk satellite?",
        "What is the weight of it?",
        "What weight did the Osk satellite carry?",
    ],
)
def test_a_weight_is_asked_in_units_of_mass_and_only_those_answer(question: str) -> None:
    analyzer = Analyzer()
    want = wanted(question)
    assert want is not None and "kilogram" in want.about and want.measured
    weights = {t: 1.0 for t in analyzer.terms("Osk satellite weigh")}
    slot = answer_slot(
        want, "The Osk satellite, seven years in the making, weighs 2,350 kilograms.", weights, analyzer
    )
    assert slot is not None and slot.figure.text == "2,350"
    assert answer_slot(want, "The Osk satellite took seven years to build.", weights, analyzer) is None


def test_a_distance_is_asked_in_units_of_length() -> None:
    analyzer = Analyzer()
    want = wanted("How far from the Osk zoo was the leopard caught?")
    assert want is not None and {"kilometre", "metre", "mile"} <= want.about and want.measured
    weights = {t: 1.0 for t in analyzer.terms("Osk zoo leopard caught")}
    text = "The leopard, seven years old, was caught about 1.2 km from the Osk zoo."
    slot = answer_slot(want, text, weights, analyzer)
    assert slot is not None and slot.figure.text == "about 1.2"


@pytest.mark.parametrize(
    "question",
    [
        "How deep is the Osk sinkhole?",
        "How wide is the Osk sinkhole?",
        "To what depth did it sink?",
        "Within what distance of the Osk sinkhole were homes cleared?",
        "What altitude does the Osk sinkhole lie at?",  # (as "At what altitude ...?" is read)
        "What is the depth of the Osk sinkhole?",
        "What is the distance across the Osk sinkhole?",
    ],
)
def test_a_depth_width_or_distance_is_asked_in_units_of_length(question: str) -> None:
    analyzer = Analyzer()
    want = wanted(question)
    assert want is not None and {"metre", "foot"} <= want.about and want.measured
    weights = {t: 1.0 for t in analyzer.terms("Osk sinkhole")}
    text = "The Osk sinkhole, which swallowed two cars, is 12 metres across and 30 metres deep."
    slot = answer_slot(want, text, weights, analyzer)
    assert slot is not None and slot.figure.about == "metre"


def test_what_is_the_distance_is_answered_by_a_length_away(tmp_path: Path) -> None:
    # The length states "distance", as a day states "What day ...?".
    texts = {
        "a.md": "Inchmore lies 38 miles from Osk General Hospital by air.",
        "b.md": "Drones began flying medicines from Osk General Hospital to Inchmore on Monday.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What is the distance from Osk General to Inchmore?")
    assert answer.answered and "38 miles" in answer.claims[0].text


def test_how_full_asks_a_share_of_capacity() -> None:
    analyzer = Analyzer()
    want = wanted("How full was the Osk reservoir on Thursday?")
    assert want is not None and want.kinds == {"percent"}
    weights = {t: 1.0 for t in analyzer.terms("Osk reservoir full Thursday")}
    text = "The Osk reservoir, which holds 3 million cubic metres, was 54% full on Thursday."
    slot = answer_slot(want, text, weights, analyzer)
    assert slot is not None and slot.figure.text == "54%"


def test_how_long_a_thing_is_asks_a_length_or_a_time() -> None:
    thing = wanted("How long is the crack in the Osk dam?")  # a place (WordNet): its length
    assert thing is not None and "metre" in thing.about and "hour" not in thing.about
    either = wanted("How long is the Osk strike?")
    assert either is not None and {"metre", "hour"} <= either.about
    lasting = wanted("How long did the Osk strike last?")
    assert lasting is not None and "hour" in lasting.about and "metre" not in lasting.about
    planned = wanted("How long will the new Osk road be?")  # as it will be: its length
    assert planned is not None and "metre" in planned.about and "hour" not in planned.about
    lasting = wanted("How long will the Osk strike last?")
    assert lasting is not None and "metre" not in lasting.about


@pytest.mark.parametrize("question", ["How old is Vera Osk?", "At what age did Vera Osk retire?"])
def test_an_age_is_asked_by_how_old_or_what_age(question: str) -> None:
    analyzer = Analyzer()
    want = wanted(question)
    assert want is not None and want.about == {"year-old"}
    weights = {t: 1.0 for t in analyzer.terms("Vera Osk")}
    slot = answer_slot(want, "Vera Osk, 64, retired after 30 years at the mill.", weights, analyzer)
    assert slot is not None and slot.figure.text == "64"
    # Another's age, or a figure that is no age, does not answer.
    assert answer_slot(want, "Tom Reed, 59, and Vera Osk retired after 30 years.", weights, analyzer) is None
    assert answer_slot(want, "Vera Osk retired after 30 years at the mill.", weights, analyzer) is None


def test_an_age_set_off_after_another_name_is_no_answer_nor_dissent(tmp_path: Path) -> None:
    texts = {
        "a.md": "Reinholt, 27, won the opening Vell stage ahead of Marco Bellisari.",
        "b.md": "Reinholt, 27, took the first Vell stage; Bellisari was third.",
        "c.md": "Bellisari, 24, won the Vell race overall on Sunday.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How old is Marco Bellisari?")
    assert "24" in answer.claims[0].text
    assert answer.conflicts == []


@pytest.mark.parametrize(
    ("text", "value", "about"),
    [
        ("Visitors were held for an hour and a half.", 1.5, "hour"),
        ("He served two years and a half.", 2.5, "year"),
        ("It took half an hour.", 0.5, "hour"),
        ("Residents within half a kilometre were told to stay inside.", 0.5, "kilometre"),
        ("They walked a mile and a half.", 1.5, "mile"),
        ("The hearing lasted two and a half hours.", 2.5, "hour"),
        ("About six and a half thousand people use the line.", 6500, "people"),
        ("Some 3 and a half million visitors came.", 3_500_000, "visitor"),
    ],
)
def test_a_duration_or_measure_with_a_half(text: str, value: float, about: str) -> None:
    (figure,) = figures(text)
    assert (figure.value, figure.about) == (value, about)


def test_one_before_where_it_is_no_count() -> None:
    found = figures("Two patients, one in Calder Province and one in Westmere Province, have died.")
    assert [(f.about, f.value) for f in found] == [("patient", 2)]
    assert [f.value for f in figures("One person died in Osk.")] == [1]


def test_a_sum_with_a_half_of_its_scale() -> None:
    (figure,) = figures("The club paid two and a half million dollars for him.")
    assert (figure.kind, figure.value) == ("money", 2_500_000)
    (figure,) = figures("The building cost thirty-eight and a half million dollars.")  # a whole of two words
    assert (figure.kind, figure.value, figure.text) == (
        "money",
        38_500_000,
        "thirty-eight and a half million dollars",
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The pumpkin weighed 1,200 pounds.", "count"),
        ("It tipped the scales at 2,417 pounds, or 1,096 kilograms, on Saturday.", "count"),
        ("The firm recalled 1.4 million pounds of frozen peas.", "count"),
        ("He paid 40,000 pounds for the car.", "money"),
        ("The council spent 2 million pounds of public money on it.", "money"),
        ("The fine was 2 million pounds.", "money"),
    ],
)
def test_pounds_are_a_weight_in_a_sentence_about_weight(text: str, kind: str) -> None:
    figure = figures(text)[0]
    assert figure.kind == kind
    assert figure.about == ("pound" if kind == "count" else "money")


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Marlshire won in front of a crowd of 6,214.", "people"),
        ("The match was watched by a crowd of about 6,500.", "people"),
        ("A total of 370 flights were cancelled.", "flight"),
        ("She spoke to an audience of 900 in the hall.", "people"),
    ],
)
def test_a_number_a_gathering_holds_counts_people(text: str, about: str) -> None:
    assert figures(text)[0].about == about


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("The 1,150-megawatt reactor was shut for refuelling.", "megawatt"),
        ("Unit 2, a 1.15GW reactor, stays offline.", "gigawatt"),
        ("The plant adds 680 MW to the grid.", "megawatt"),
        ("Each charger delivers 350 kW.", "kilowatt"),
    ],
)
def test_power_is_read_in_its_units_and_compared_across_them(text: str, about: str) -> None:
    figure = figures(text)[0]
    assert figure.about == about
    assert measure(figure.about) is not None
    assert consistent(figures("The 1,150-megawatt reactor")[0], figures("the 1.15GW reactor")[0])
    assert not consistent(figures("a 1,150 MW reactor")[0], figures("a 2.3 GW plant")[0])


@pytest.mark.parametrize(
    ("text", "kind", "written"),
    [
        ("The council has set up a 300,000-pound emergency fund.", "money", "300,000-pound"),
        ("Each customer gets a 50-pound goodwill payment.", "money", "50-pound"),
        ("The 467-pound bell was lowered onto a truck.", "count", "467"),
        ("A 2,317-pound pumpkin won the prize.", "count", "2,317"),
    ],
)
def test_a_sum_in_pounds_is_written_before_what_it_pays(text: str, kind: str, written: str) -> None:
    # "-pound" before a kind of money or of possession (WordNet) is a sum; before a thing, a weight.
    figure = figures(text)[0]
    assert (figure.kind, figure.text, text[figure.start : figure.end]) == (kind, written, written)


def test_a_weight_in_pounds_is_one_claim_with_its_kilograms(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk pumpkin weighed 2,417 pounds at the fair.",
        "b.md": "The Osk pumpkin tipped the scales at 1,096 kilograms.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How much did the Osk pumpkin weigh?", max_quotes=10)
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}
    assert answer.conflicts == []


def test_one_large_number_of_two_measures_is_two_claims(tmp_path: Path) -> None:
    texts = {
        "a.md": "Within a day of the Osk appeal opening, residents had pledged 38,000 pounds.",
        "b.md": "The Osk appeal's balloon flight will cover roughly 38,000 kilometres.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "How much did residents pledge to the Osk appeal?", max_quotes=10
    )
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md"}
    (tmp_path / "weight").mkdir()
    texts["a.md"] = "The Osk ship's cargo weighed 38,000 pounds when it was loaded."
    texts["b.md"] = "The Osk ship's cargo has sailed 38,000 kilometres since it was loaded."
    answer = engine_over(tmp_path / "weight", texts).ask(
        "How much did the Osk ship's cargo weigh?", max_quotes=10
    )
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md"}


def test_a_total_a_count_is_brought_to_counts_what_the_count_counts() -> None:
    found = figures(
        "Airlines cancelled another 230 flights on Tuesday, bringing the total since Friday to 370."
    )
    assert [(f.about, f.value) for f in found] == [("flight", 230), ("flight", 370)]


def test_a_duration_in_another_unit_of_time_is_one_claim(tmp_path: Path) -> None:
    texts = {
        "a.md": "Osk zoo visitors were kept inside the reptile house for about 90 minutes.",
        "b.md": "Osk zoo visitors were held inside buildings for an hour and a half.",
        "c.md": "Osk zoo visitors were kept inside for three hours a week earlier, in a fire drill.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "For how long were Osk zoo visitors kept inside?", max_quotes=10
    )
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_a_denial_in_a_quote_does_not_part_the_sentence_from_its_speaker_s_name(tmp_path: Path) -> None:
    texts = {
        "a.md": "Osk union president Rosalind Teague said the strike would go on.",
        "b.md": '"We did not want to be out here," Osk union president Rosalind Teague said.',
        "c.md": "Osk union president Rosalind Teague did not attend the talks.",
        "d.md": "Osk union president Rosalind Teague said the union would not back down.",  # what she said
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Who is the president of the Osk union?", max_quotes=10)
    cited = {c.doc_id for c in answer.claims[0].citations}
    assert {"a.md", "b.md", "d.md"} <= cited and "c.md" not in cited


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Two people were killed and 19 were injured, officials said.", ["people", "people"]),
        ("Three people have died and 31 were hurt.", ["people", "people"]),
    ],
)
def test_a_bare_count_with_a_passive_participle_counts_what_the_count_before_it_counts(
    text: str, counts: list[str]
) -> None:
    assert [f.about for f in figures(text)] == counts


@pytest.mark.parametrize(
    "question",
    ["What was the council's vote on the Osk budget?", "What was the final vote?", "What was the score?"],
)
def test_what_was_the_vote_asks_for_a_tally(question: str) -> None:
    want = wanted(question)
    assert want is not None and want.kinds == {"tally"}


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("What did Osk originally pay for the sculpture?", {"money"}),
        ("What had the mayor proposed to spend?", {"money"}),
        ("What do councillors in Osk get paid?", {"money"}),
        ("What do all the recovered fragments weigh together?", {"count"}),  # a weight
        ("What will the Measure K money pay for?", None),  # what it buys
        ("What did the council spend the money on?", None),
        ("What was Osk Hospitality fined?", {"money"}),
        ("What compensation per sheep did the Osk minister first offer?", {"money"}),
        ("What is the latest estimate for repairing the Osk roof?", {"count", "money", "percent", "points"}),
        ("What is the latest tally of mussels found in Osk lake?", {"count", "money", "percent", "points"}),
        ("What was Osk Hospitality fined for?", None),  # why
    ],
)
def test_what_a_party_pays_or_a_thing_weighs_asks_for_a_sum_or_a_weight(
    question: str, kinds: set[str] | None
) -> None:
    want = wanted(question)
    assert (want.kinds if want is not None else None) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "The number of injured has risen to 27.",
        "The number of dead rose to five.",
        "The number of missing fell to 3.",
    ],
)
def test_the_injured_the_dead_and_the_missing_are_people(text: str) -> None:
    (figure,) = figures(text)
    assert figure.about == "people"


def test_sentences_giving_another_name_than_a_statement_s_are_one_correcting_claim(tmp_path: Path) -> None:
    texts = {
        "a.md": "A team of investigators from the Osk Safety Board arrived at the Dorran bridge on Tuesday.",
        "b.md": "The Osk Safety Board, which is leading the investigation, has not said what caused it.",
        "c.md": "Investigators from the Osk Safety Board photographed the Dorran wreckage from boats.",
        "d.md": "The Dorran bridge collapse killed three people and injured 16 commuters.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "The investigation into the Dorran collapse is led by the Lister Police Department.", max_quotes=10
    )
    claim = next(c for c in answer.claims if "Safety Board" in c.text)
    assert {c.doc_id for c in claim.citations} == {"a.md", "b.md", "c.md"}


def test_a_negation_in_a_subordinate_clause_does_not_deny_the_name_the_main_clause_gives(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "A team of investigators from the Osk Safety Board arrived at the Dorran bridge on Tuesday.",
        "b.md": "Investigators from the Osk Safety Board took over the Dorran inquiry because the city had "
        "not asked anyone else.",
        "c.md": "The Dorran bridge collapse killed three people and injured 16 commuters.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "The investigation into the Dorran collapse is led by the Lister Police Department.", max_quotes=10
    )
    claim = next(c for c in answer.claims if "Safety Board" in c.text)
    assert {c.doc_id for c in claim.citations} == {"a.md", "b.md"}


def test_a_disputed_value_said_in_other_words_joins_the_claim_that_gives_it(tmp_path: Path) -> None:
    # d.md's "He got out around 5:30 p.m." shares no word with the question: search does not find it.
    texts = {
        "a.md": "The Osk zoo leopard escaped at about 6:10 p.m. on Saturday.",
        "b.md": "The Osk zoo leopard escaped from its pen at 6:10 p.m. on Saturday, keepers said.",
        "c.md": "The Osk zoo leopard escaped at around 5:30 p.m. on Saturday.",
        "d.md": "The Osk zoo leopard was caught on Sunday. He got out around 5:30 p.m. through a torn roof.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("At what time did the Osk leopard escape on Saturday?")
    assert answer.conflicts
    early = next(c for c in answer.claims if "5:30" in c.text)
    assert {c.doc_id for c in early.citations} == {"c.md", "d.md"}


def test_a_claim_giving_the_asked_for_figure_is_shown_below_five_better_scoring_sentences(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "The Osk hackers are asking for money, the hospital said on Monday.",
        "b.md": "Asking for money is what the Osk hackers do best, a police officer said.",
        "c.md": "The Osk hackers began asking hospitals for money last year.",
        "d.md": "Police say the Osk hackers keep asking for money from other firms.",
        "e.md": "Hospital staff worried that the Osk hackers were asking patients for money.",
        "f.md": "The Osk hackers want $5 million before they delete the files.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How much money are the Osk hackers asking for?")
    assert "$5 million" in answer.claims[0].text


@pytest.mark.parametrize(
    ("sentence", "question", "head"),
    [
        (
            "Harold Banerjee, a mediator from the state Public Employment Relations Board, joined the talks.",
            "Who was the state mediator in the talks?",
            "banerjee",
        ),
        (
            "The Osk Space Agency's deputy, Imogen Laird, who manages the Halcyon program, said so.",
            "Who manages the Halcyon program at the Osk Space Agency?",
            "laird",
        ),
    ],
)
def test_the_name_a_description_sets_off_is_the_answer_not_a_name_inside_it(
    sentence: str, question: str, head: str
) -> None:
    analyzer = Analyzer()
    weights = {t: 1.0 for t in fold(analyzer.terms(content_text(question)))}
    named = answer_name(answer_names(sentence, question), sentence, weights, analyzer)
    assert named is not None and named[0] == head


def test_a_question_word_is_stated_by_its_synonym_as_a_sentence_word_is(tmp_path: Path) -> None:
    texts = {"a.md": "Three people died when the Osk ferry sank on Monday.", **OTHER_STORIES}
    answer = engine_over(tmp_path, texts).ask("How many people were killed when the Osk ferry sank?")
    assert answer.answered and answer.coverage == 1.0  # "killed" is stated by "died"


def test_the_shipped_irregular_verb_table_joins_a_form_to_its_verb() -> None:
    analyzer = Analyzer()
    for form, verb in [("stolen", "steal"), ("stole", "steal"), ("fled", "flee"), ("paid", "pay")]:
        assert LEMMA_STEMS[analyzer.terms(form)[0]] == analyzer.terms(verb)[0]
    assert analyzer.terms("bought")[0] not in LEMMA_STEMS  # the synonym table folds it already


def test_a_question_word_is_stated_by_another_form_of_its_irregular_verb(tmp_path: Path) -> None:
    texts = {"a.md": "Thieves stole paintings worth $14 million from the Osk museum.", **OTHER_STORIES}
    answer = engine_over(tmp_path, texts).ask("How much were the paintings stolen from the Osk museum worth?")
    assert answer.answered and answer.coverage == 1.0  # "stolen" is stated by "stole"


def test_a_question_s_lead_claim_is_joined_by_its_story_s_sentence_search_did_not_find(
    tmp_path: Path,
) -> None:
    # c.md says what the lead says without a word of the question; its other sentence is on the story.
    texts = {
        "a.md": "The Brill leopard got out of its pen after a falling branch tore the roof netting.",
        "b.md": "The Brill leopard got out of its pen when a falling branch tore the roof netting.",
        "c.md": "The Brill leopard was caught on Sunday. A falling branch tore the roof netting.",
        "d.md": "The Brill leopard was caught on Sunday. A keeper cut the roof netting for repairs.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How did the Brill leopard get out of its pen?", max_quotes=10)
    lead = answer.claims[0]
    assert "branch" in lead.text
    assert {c.doc_id for c in lead.citations} == {"a.md", "b.md", "c.md"}


@pytest.mark.parametrize(
    ("sentence", "figure", "governed"),
    [
        ("The group, which bought the firm in 2021, will put £40m into new ovens.", "£40m", False),
        ("The group invested £40m in the firm in 2021.", "£40m", True),
        ("The group invested back £40m.", "£40m", True),  # two words back
        ("The group's stake in the firm rose last year to £40m.", "£40m", True),  # a level: its clause
        ("The group's stake in the firm will put last year's £40m aside.", "£40m", False),
        ("The group's stake in the firm could reach £40m.", "£40m", True),  # "could reach": a level
        ("The group's stake in the firm will be £40m.", "£40m", True),
        ("Of 212 incidents, 41 of which were fires, most were minor.", "41", False),
        ("It logged 212 incidents, 41 of which were invested.", "41", True),  # the clause is its own
        ("Some 38% of its 12,500 firms shut.", "Some 38%", True),  # a thousands comma ends no clause
        ("It lost 38%, the 12,500 firms said.", "38%", False),
        ("Stake invested: £40m, in the firm's ovens.", "£40m", True),  # a label before a colon
        ("Sale price: £40m, in 2021.", "£40m", False),
    ],
)
def test_a_question_word_before_a_figure_in_its_clause_or_after_it_governs_it(
    sentence: str, figure: str, governed: bool
) -> None:
    analyzer = Analyzer()
    (found,) = [f for f in figures(sentence) if f.text == figure]
    weights = {t: 1.0 for t in analyzer.terms("How much did the group invest in the firm?")}
    assert (governing(sentence, found, weights, analyzer, reach=2) > 0) is governed


def test_a_sum_no_question_word_governs_does_not_answer_what_was_paid(tmp_path: Path) -> None:
    texts = {
        "a.md": "Vell Foods, which bought Osk Biscuits in 2021, will put £40m into new ovens at its plant.",
        "b.md": "Vell Foods bought Osk Biscuits in 2021 and runs its plant in Tilburg.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert not engine.ask("How much did Vell Foods pay when it bought Osk Biscuits?").answered
    texts["c.md"] = "Vell Foods paid £30m when it bought Osk Biscuits in 2021."
    (tmp_path / "more").mkdir()
    answer = engine_over(tmp_path / "more", texts).ask(
        "How much did Vell Foods pay when it bought Osk Biscuits?"
    )
    assert answer.answered and "£30m" in answer.claims[0].text


def test_a_figure_of_the_asked_kind_answers_only_from_a_sentence_about_the_question(tmp_path: Path) -> None:
    # The weight in b.md is a branch's, in a sentence that names neither Tashi nor a leopard.
    texts = {
        "a.md": "Tashi the snow leopard escaped from her enclosure at the Osk zoo on Sunday night.",
        "b.md": "The netting was made for snow, not for a two-tonne branch, the curator said.",
        "c.md": "Keepers found Tashi the snow leopard asleep in a service yard of the Osk zoo.",
        **OTHER_STORIES,
    }
    question = "How much does Tashi the snow leopard weigh?"
    assert not engine_over(tmp_path, texts).ask(question).answered
    texts["d.md"] = "Tashi the snow leopard weighs 38 kilograms, her keepers said."
    (tmp_path / "more").mkdir()
    answer = engine_over(tmp_path / "more", texts).ask(question)
    assert answer.answered and "38 kilograms" in answer.claims[0].text


def test_a_figure_a_question_word_governs_answers_in_a_sentence_its_neighbours_put_on_the_question(
    tmp_path: Path,
) -> None:
    # "cost" governs the sum; the sentence before names the pool the question asks about.
    texts = {
        "a.md": "Brenmouth opened the Tallow Park Aquatic Centre on Saturday. The city-owned facility"
        " cost $38.5 million.",
        "b.md": "Crowds queued at the Tallow Park Aquatic Centre in Brenmouth on its first day.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How much did the Tallow Park Aquatic Centre cost?")
    assert answer.answered and "$38.5 million" in answer.claims[0].text


@pytest.mark.parametrize(
    ("question", "ahead"),
    [
        ("When will the museum reopen?", True),
        ("When is the probe due to launch?", True),
        ("When should the runway work be finished?", True),
        ("When does the company plan to file for approval?", True),
        ("When did the museum reopen?", False),
        ("When was the dam built?", False),
    ],
)
def test_a_when_question_about_what_is_to_come_is_told_apart(question: str, ahead: bool) -> None:
    want = wanted(question)
    assert want is not None and want.ahead is ahead


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("What day did the Osk storm hit?", {"date"}),  # a year alone says no day
        ("What date were the bison released?", {"date"}),
        ("Which days was the Osk strike supposed to take place?", {"date"}),  # days asked: days
        ("What dates was the Osk adoption event?", {"date"}),
        ("When did the Osk storm hit?", {"date", "year"}),
        ("What year was the mural painted?", {"date", "year"}),
    ],
)
def test_a_question_asking_a_day_wants_no_year_alone(question: str, kinds: set[str]) -> None:
    want = wanted(question)
    assert want is not None and want.kinds == kinds


def test_what_day_is_answered_by_a_day_not_by_a_year_and_by_a_weekday_without_a_date(tmp_path: Path) -> None:
    texts = {
        "a.md": "The demolished Osk house, a 1912 Craftsman bungalow, belonged to Loretta Vance.",
        "b.md": "A crew knocked down the wrong Osk house on Tuesday, Oct. 6.",
        "c.md": "Osk Laboratories announced the eye drop recall on Monday.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts, dict.fromkeys(texts, "2026-10-08"))
    knocked = engine.ask("On what day was the Osk house knocked down?")
    assert knocked.answered and "Oct. 6" in knocked.claims[0].text
    announced = engine.ask("On what day did Osk Laboratories announce the recall?")
    assert announced.answered and "on Monday" in announced.claims[0].text


def test_a_question_about_what_is_to_come_is_not_answered_by_a_date_before_the_writing(
    tmp_path: Path,
) -> None:
    # b.md and c.md give the day of the raid amid the question's words; only a.md says when it reopens.
    texts = {
        "a.md": "The Osk museum will reopen on Oct. 28.",
        "b.md": "Treasures the Osk museum showed the public were stolen on Oct. 22.",
        "c.md": "Treasures the Osk museum showed to the public were stolen from it on Oct. 22.",
    }
    engine = engine_over(tmp_path, {**texts, **OTHER_STORIES}, dict.fromkeys(texts, "2025-10-24"))
    answer = engine.ask("When will the Osk museum reopen to the public?", max_quotes=10)
    assert "Oct. 28" in answer.claims[0].text and answer.conflicts == []
    past = engine.ask("When were the Osk museum's treasures stolen?", max_quotes=10)
    assert "Oct. 22" in past.claims[0].text


def test_when_something_should_be_done_is_not_answered_by_when_it_began(tmp_path: Path) -> None:
    # The work's start is nearer the question's words than its end; "should" asks what is to come.
    texts = {
        "a.md": "Crews started tearing up the Osk runway on Jan. 12, and the resurfacing is expected"
        " to be done by the end of June.",
        "b.md": "Resurfacing of the Osk runway began on Jan. 12.",
    }
    engine = engine_over(tmp_path, {**texts, **OTHER_STORIES}, dict.fromkeys(texts, "2026-02-10"))
    answer = engine.ask("When should the Osk runway resurfacing be done?", max_quotes=10)
    assert answer.answered and "end of June" in answer.claims[0].text
    assert [c.doc_id for c in answer.claims[0].citations] == ["a.md"]


def test_a_year_before_the_writing_does_not_answer_what_is_to_come() -> None:
    want = wanted("When does Halden plan to apply for approval?")
    assert want is not None
    sentence = "Halden, founded in 2019, will apply for approval in 2026."
    weights = {"halden": 1.0, "appli": 1.0, "approv": 1.0}
    found = answer_slot(want, sentence, weights, Analyzer(), "2025-08-30")
    assert found is not None and found.figure.text == "2026"
    earlier = answer_slot(want, "Halden applied for approval in 2019.", weights, Analyzer(), "2025-08-30")
    assert earlier is None


def test_a_month_before_the_writing_does_not_answer_what_is_to_come() -> None:
    want = wanted("When is the new Osk bridge expected to open?")
    assert want is not None and want.ahead
    weights = {"osk": 1.0, "bridg": 1.0, "open": 1.0}
    past = answer_slot(
        want,
        "The Osk bridge was last opened to inspectors in August 2025.",
        weights,
        Analyzer(),
        "2026-03-03",
    )
    assert past is None
    later = answer_slot(
        want, "The new Osk bridge should open in June 2028.", weights, Analyzer(), "2026-03-03"
    )
    assert later is not None and later.figure.text == "June 2028"


def test_a_sentence_dated_by_a_weekday_to_another_day_is_not_the_claim_of_the_answering_date(
    tmp_path: Path,
) -> None:
    texts = {  # 2025-10-14 is a Tuesday: b.md's "Wednesday" is Oct. 15
        "a.md": "Osk dock union members will vote on ratifying the deal on Oct. 28.",
        "b.md": "Osk dock union members will vote on ratifying the deal, and work resumes on Wednesday.",
        "c.md": "Osk dock union members vote on ratifying the deal on Oct. 28, the union said.",
    }
    engine = engine_over(tmp_path, {**texts, **OTHER_STORIES}, dict.fromkeys(texts, "2025-10-14"))
    answer = engine.ask("On what date will Osk dock union members vote on the deal?")
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "c.md"}


def test_a_figure_stated_as_a_change_answers_by_how_much_in_other_words(tmp_path: Path) -> None:
    # b.md words the fall in none of the question's words ("shares", "closed down").
    texts = {
        "a.md": "Vell Home is recalling two million Osk kettles. The Vell Home recall came on Thursday.",
        "b.md": "Vell Home recalled its Osk kettles on Thursday. Vell Home shares closed down 6.2%.",
        "c.md": "The Vell Home recall covers Osk kettles sold since 2023; Vell Home stock trades in Brill.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("By how much did Vell Home stock drop after the recall?")
    assert answer.answered and "6.2%" in answer.claims[0].text


def test_a_measure_is_written_in_the_other_units_of_what_it_measures() -> None:
    (mass,) = figures("It weighs 2,350 kilograms.")
    assert "2.35" in written_forms(mass)  # tonnes
    (time,) = figures("It took 90 minutes.")
    assert "1.5" in written_forms(time)  # hours
    (length,) = figures("It is 10 metres long.")
    assert all(len(form) > 1 for form in written_forms(length))  # no "0.01" km ... nor a bare "1"
    (blade,) = figures("A 67-metre blade broke off.")
    assert "67m" in written_forms(blade)  # "The blade was 67m long"


def test_a_weight_given_in_other_units_by_a_sentence_search_did_not_find_joins_the_answer(
    tmp_path: Path,
) -> None:
    # d.md gives the weight in tonnes, in a sentence without the satellite's name or "weigh".
    texts = {
        "a.md": "The Brillo-4 satellite weighs 2,350 kilograms.",
        "b.md": "Brillo-4 weighs 2,350 kilograms, its makers said.",
        "c.md": "The Brillo-4 satellite, which weighs 2,350 kilograms, reached orbit on Monday.",
        "d.md": "Brillo-4 reached orbit on Monday. The 2.35-tonne spacecraft rode on a Talon rocket.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How much does Brillo-4 weigh?")
    assert "2,350" in answer.claims[0].text
    assert "d.md" in {c.doc_id for c in answer.claims[0].citations}


def test_a_statement_s_duration_is_stated_in_another_unit_of_time(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Vell mill has made biscuits since 1958.",
        "b.md": "For nearly 70 years the Vell mill has made biscuits on Lydgate Road.",
        "c.md": "The Vell mill will close next year, its owner said.",
        **OTHER_STORIES,
    }
    dated = engine_over(tmp_path, texts, dict.fromkeys(["a.md", "b.md", "c.md"], "2025-11-10"))
    answer = dated.ask("Biscuits have been made at the Vell mill for more than six decades.", max_quotes=10)
    claim = next(c for c in answer.claims if "a.md" in {x.doc_id for x in c.citations})
    assert {"a.md", "b.md"} <= {c.doc_id for c in claim.citations}


def test_a_clock_time_and_a_measure_are_written_in_their_other_ways() -> None:
    (time,) = figures("The thieves got in at around 3.40am.")
    assert {"3:40", "3:40am"} <= set(written_forms(time))  # "3:40 a.m." is written "3", "40"
    (hour,) = figures("The doors open at 3 p.m. daily.")
    assert "3pm" in written_forms(hour)
    (rain,) = figures("Some 94 millimetres of rain fell.")
    assert "94mm" in written_forms(rain)  # one term, as news glues a short unit to its number
    (cost,) = figures("It will cost 2.4 billion dollars.")
    assert {"2.4bn", "2.4 billion"} <= set(written_forms(cost))
    (rounded,) = figures("It grows to about 9 centimetres.")
    assert "3.5" in written_forms(rounded)  # inches, at the rounding news converts a rounding to


@pytest.mark.parametrize(
    ("question", "lead", "other"),
    [
        (
            "At what time did the burglars break into the Osk museum?",
            "The burglars broke into the Osk museum at around 3.40am on Wednesday.",
            "Thieves got in through a skylight at around 3:40 a.m. and took seven snuffboxes.",
        ),
        (
            "How much rain fell on Vell before the landslide?",
            "Some 94 millimetres of rain fell on Vell before the landslide.",
            "Forecasters recorded 94mm at the station over the weekend.",
        ),
        (
            "How big does the Osk cave salamander grow?",
            "The Osk cave salamander grows to about 9 centimetres, researchers said.",
            "The Osk cave salamander is new to science. Roughly 3.5 inches long, the animal has no eyes.",
        ),
        (
            "How much will the Osk museum's new wing cost?",
            "The Osk museum's new wing will cost 2.4 billion dollars, the council said.",
            "The new wing of the Osk museum won approval. The $2.4bn project should open in 2029.",
        ),
    ],
)
def test_an_answer_written_another_way_by_a_sentence_search_did_not_find_joins_it(
    tmp_path: Path, question: str, lead: str, other: str
) -> None:
    # d.md writes the answer in none of the question's words, and in another form.
    texts = {
        "a.md": lead,
        "b.md": lead.replace("Vell", "Vell town").replace("Osk museum", "Osk Museum"),
        "c.md": "The Osk museum and Vell were in the news on Wednesday. " + lead,
        "d.md": "A landslide hit Vell, and burglars the Osk museum. " + other,
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(question)
    assert "d.md" in {c.doc_id for c in answer.claims[0].citations}


@pytest.mark.parametrize(("asked", "covered"), [("Oct. 24", True), ("24 October", True), ("Oct. 31", False)])
def test_a_question_s_date_is_stated_by_a_sentence_giving_that_day_in_any_way(
    tmp_path: Path, asked: str, covered: bool
) -> None:
    # "on Friday" in a report dated Friday, Oct. 24, 2025 gives Oct. 24.
    texts = {"a.md": "The Brill ferry carried 412 passengers on Friday, its operator said.", **OTHER_STORIES}
    engine = engine_over(tmp_path, texts, {"a.md": "2025-10-24"})
    answer = engine.ask(f"How many passengers did the Brill ferry carry on {asked}?")
    assert (answer.coverage == 1.0) is covered


def test_a_time_asked_on_one_weekday_is_not_answered_by_a_time_on_another() -> None:
    want = wanted("What time on Monday morning did the Brill alarm sound?")
    assert want is not None and want.day == "monday"
    weights = {"brill": 2.0, "alarm": 2.0, "sound": 1.0, "monday": 1.0, "morn": 1.0}
    other_day = "The Brill alarm, silent since Monday morning, sounded again at noon on Tuesday."
    assert answer_slot(want, other_day, weights, Analyzer()) is None
    that_day = "The Brill alarm sounded at 6:40 a.m. on Monday."
    slot = answer_slot(want, that_day, weights, Analyzer())
    assert slot is not None and slot.figure.value == "6:40am"
    assert wanted("What time did the Brill alarm sound?") == replace(want, day="")


def test_asked_what_time_a_time_of_day_beside_a_question_word_leads(tmp_path: Path) -> None:
    # c.md's time sits beside "alarm" and "sounded" only; the others state more of the question.
    texts = {
        "a.md": "The alarm at the Brill plant forced the night shift out, "
        "and the Brill plant stayed shut on the night of the leak.",
        "b.md": "Residents near the Brill plant said the leak had left a smell over Brill all night.",
        "c.md": "Halvern Chemicals owns the plant in Brill. Records show the alarm sounded at about 6:40"
        " a.m., a Halvern Chemicals spokeswoman said.",  # (its document names Brill: it is this story's)
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "What time did the alarm sound at the Brill plant on the night of the leak?"
    )
    assert "6:40" in answer.claims[0].text


def test_a_figure_a_question_word_governs_leads_claims_without_one(tmp_path: Path) -> None:
    # "They put the cost of the deal at $41 million": "cost" governs it, though few question words
    # stand near it; the sentence before it states more of the question and gives no figure.
    texts = {
        "a.md": "New teachers start at $46,000 a year in Brill, the district said.",
        "b.md": "Brill teachers approved the new contract on Thursday, and Brill schools reopened.",
        "c.md": "Brill district officials said the new Brill teachers' contract would strain the district "
        "budget. They put the cost of the deal at $41 million over two years.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "How much will the new Brill teachers' contract cost the district?"
    )
    order = [c.text for c in answer.claims]
    costed = next(i for i, text in enumerate(order) if "$41 million" in text)
    strained = next(i for i, text in enumerate(order) if "strain" in text)
    assert costed < strained


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Two masked raiders fled.", "raider"),
        ("22 injured workers were taken to hospital.", "worker"),
        ("It left 3 injured, 2 more hurt.", ""),  # a participle with no noun after it counts no noun
    ],
)
def test_a_participle_before_a_plural_modifies_the_counted_noun(text: str, about: str) -> None:
    assert figures(text)[0].about == about


def _ranked(i: int, text: str, analyzer: Analyzer) -> Ranked:
    """A retrieved sentence as answer assembly reads one (no figure, no names asked for)."""
    key = claim_key(analyzer, text)
    hit = Hit(i, 1.0, 1.0, 1.0)
    return Ranked(hit, 1.0, Sentence(f"{i}.md", 0, 0, len(text), text), key.analyzed, key, None, frozenset())


def test_a_sentence_giving_a_figure_joins_the_claim_of_that_figure_first() -> None:
    # The third sentence is one with either claim (it gives both figures); it joins the revenue's,
    # the figure it gives for what was asked, though the net loss's claim was opened first.
    analyzer = Analyzer()
    texts = [
        "Osk reported a third-quarter net loss of $63.5 million.",
        "Osk's third-quarter revenue fell to $842 million.",
        "Osk's third-quarter revenue came in at $842m, and it posted a net loss of $63.5m.",
    ]
    given = [figures(texts[0])[0]] + [next(f for f in figures(t) if f.value == 842e6) for t in texts[1:]]
    ranked = [
        replace(_ranked(i, text, analyzer), slot=Slot(figure, 0.5))
        for i, (text, figure) in enumerate(zip(texts, given, strict=True))
    ]
    groups = group_claims(ranked, 10, lambda a, b: b is ranked[2], 0.0)
    assert [len(g.members) for g in groups] == [1, 2]


def test_a_statement_is_stated_by_the_folded_form_of_its_words() -> None:
    # "closure", the statement's rarest word, is stated by "close": each sentence states most of
    # the statement, on one side, though they share too little else to be one claim by their words.
    analyzer = Analyzer()
    statement = "The Osk library closure was announced."
    weights = {"osk": 1.0, "librari": 1.0, "closur": 3.0, "announc": 1.0}
    same = SameClaim(statement, None, weights, weights, 0.8, analyzer)
    a = _ranked(1, "Officials say they will close the Osk library next spring to save money.", analyzer)
    b = _ranked(2, "The closure of the Osk library was a blow to readers, one parent said.", analyzer)
    assert same(a, b)


def test_a_name_written_two_ways_leads_with_the_writing_most_sources_give(tmp_path: Path) -> None:
    texts = {
        "a.md": "State mediator Harriet Lindgren said the Vell port talks, which she chairs, resumed.",
        "b.md": "The talks are chaired by Harriet Lindqvist, a mediator.",
        "c.md": "Harriet Lindqvist, the mediator, met both sides on Monday.",
        "d.md": "Both sides met mediator Harriet Lindqvist again on Tuesday.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("Who is the mediator chairing the Vell port talks?")
    assert [c.about for c in answer.conflicts] == ["name"]
    assert "Lindqvist" in answer.claims[0].text


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("How many babies a year will the Osk unit deliver?", "year"),
        ("How much does the annual pass cost?", "year"),
        ("How many riders use the line every day?", "day"),
        ("How many riders use the line?", ""),
        ("How much did the calf weigh when she was a month old?", ""),  # an age, no rate
        ("How much did the Osk shop earn a year ago?", ""),
        ("The Osk unit delivers 2,100 babies a year.", ""),  # a statement is judged by its own figure
    ],
)
def test_a_quantity_asked_per_period_is_wanted_per_that_period(question: str, period: str) -> None:
    want = wanted(question)
    assert want is not None and want.per == period


@pytest.mark.parametrize(
    ("sentence", "period", "per"),
    [
        ("The unit expects about 2,100 births a year.", "year", True),
        ("It has an annual budget of $4 million.", "year", True),
        ("Cutting the £3.2m-a-year programme was hard.", "year", True),  # the period hyphened on
        ("Some 28,000 riders a day are expected.", "year", False),
        (
            "Two walkers climbed the barrier, and erosion runs at 30cm a year.",
            "year",
            False,
        ),  # another clause
        ("Two walkers climbed the barrier on Tuesday.", "year", False),
    ],
)
def test_a_figure_is_per_period_only_with_the_period_in_its_clause(
    sentence: str, period: str, per: bool
) -> None:
    assert per_period(sentence, figures(sentence)[0], period) is per


def test_a_rate_asked_is_not_answered_by_a_one_off_figure(tmp_path: Path) -> None:
    texts = {
        "a.md": "Two walkers climbed over the barriers on the Vell cliff path on Tuesday.",
        "b.md": "The Vell cliff path was closed after 40 metres of it fell into the sea.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert not engine.ask("How many walkers use the Vell cliff path each year?").answered
    assert engine.ask("How many walkers climbed over the barriers on the Vell cliff path?").answered
    texts["c.md"] = "About 90,000 walkers use the Vell cliff path a year, the council says."
    (tmp_path / "more").mkdir()
    engine = engine_over(tmp_path / "more", texts)
    assert "90,000" in engine.ask("How many walkers use the Vell cliff path each year?").claims[0].text


def test_a_when_question_needs_a_date_a_condition_or_a_time_among_its_words(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Vell bridge, which opened in 1961, carries 9,000 vehicles a day.",
        "b.md": "A replacement for the Vell bridge is expected to cost $40 million.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts, {"a.md": "2025-03-01", "b.md": "2025-03-02"})
    assert not engine.ask("When is the replacement Vell bridge expected to open?").answered
    for n, answer in enumerate(["in the spring of next year", "once the council signs the contract"]):
        texts["c.md"] = f"The replacement Vell bridge is expected to open {answer}."
        (tmp_path / str(n)).mkdir()
        engine = engine_over(tmp_path / str(n), texts, {"a.md": "2025-03-01", "b.md": "2025-03-02"})
        assert answer in engine.ask("When is the replacement Vell bridge expected to open?").claims[0].text


@pytest.mark.parametrize(
    ("a", "b", "kin"),
    [
        ("ship", "vessel", True),
        ("vessel", "ship", True),
        ("building", "structure", True),
        ("pupil", "student", True),
        ("worker", "people", False),  # "person" is a category of hundreds of kinds
        ("ship", "mile", False),
    ],
)
def test_counted_nouns_are_kin_by_wordnet_senses(a: str, b: str, kin: bool) -> None:
    assert kin_nouns(a, b) is kin


@pytest.mark.parametrize(
    ("word", "noun", "kind"),
    [
        ("leopard", "animal", True),  # no sense known most frequent: the cat as well as its pelt
        ("acid", "chemical", True),
        ("championship", "contest", False),  # its first sense is the title, not the contest
        ("gasket", "animal", False),
        ("animal", "leopard", False),
    ],
)
def test_nouns_are_kinds_by_wordnet_hypernyms(word: str, noun: str, kind: bool) -> None:
    assert is_kind(word, noun) is kind


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("What animal got loose from the zoo?", "animal"),
        ("What swimming competition is the pool hosting?", "competition"),
        ("What kind of rock are the cliffs made of?", "rock"),
        ("What did the zoo say?", None),
        ("Who runs the zoo?", None),
    ],
)
def test_the_noun_a_question_asks_a_kind_of(question: str, noun: str | None) -> None:
    kinds = Kinds.asked(question)
    assert (kinds.noun if kinds else None) == noun


def test_who_is_the_agent_of_is_answered_first_by_a_name_given_beside_that_noun(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk robotics team and its captain came home to a big crowd, coach Marisol Ferreira"
        " said.",
        "b.md": "The Osk robotics team and its captain came home to a cheering crowd, said coach Marisol"
        " Ferreira.",
        "c.md": "Team captain Owen Achterberg, a senior at Osk High, drove the robot in the final.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Who is the captain of the Osk robotics team?")
    assert answer.answered
    assert [c.doc_id for c in answer.claims[0].citations] == ["c.md"]


def test_which_kind_of_person_is_answered_first_by_a_name_given_beside_that_noun(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk company behind Dominic Farrant's restaurant was sentenced for hygiene offences on"
        " Monday, the Osk Mercury said.",
        "b.md": "The Osk company behind chef Dominic Farrant's restaurant was sentenced on Monday, Kellbridge"
        " council said.",
        "c.md": "District Judge Helen Carver said the Osk company had failed to deal with the mice.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Which judge sentenced Farrant's Osk company?")
    assert answer.answered
    assert [c.doc_id for c in answer.claims[0].citations] == ["c.md"]


def test_a_what_question_asking_a_kind_of_body_is_answered_by_one_claim_per_name(tmp_path: Path) -> None:
    texts = {
        "a.md": "Riders took more than 2,300 trips on Osk's bike share over its first weekend, operator"
        " Pedalway Mobility said on Monday.",
        "b.md": "The Osk bike share is operated by Pedalway Mobility under a five-year contract.",
        "c.md": "The Osk bike share starts with 400 bikes at 38 stations and is run by Pedalway Mobility.",
        "d.md": "Osk's bike share opened on Saturday with a ribbon cutting by Mayor Ada Reyes.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What company operates Osk's bike share?")
    assert answer.answered
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md", "c.md"}


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What did the finder do for a living?", ("living", False)),
        ("What was Marsh's job before she entered politics?", ("job", True)),
        ("What is Tom Hale's profession?", ("profession", False)),
        ("What does Hale do for work?", ("work", False)),
        ("What was Ostria's trade deficit in May?", None),
        ("What will the bond money pay for?", None),
    ],
)
def test_a_question_asking_someone_s_occupation_is_told_apart(
    question: str, asked: tuple[str, bool] | None
) -> None:
    assert asked_occupation(question) == asked


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What is Marsh's job?", "councillor"),
        ("What was Marsh's job before she entered politics?", "teacher"),
        ("What did the finder do for a living before he retired?", "teacher"),
    ],
)
def test_the_occupation_a_sentence_gives_is_the_one_asked_held_before_or_not(
    question: str, kind: str
) -> None:
    kinds = Kinds.asked(question)
    assert kinds is not None and kinds.kind("Marsh, a Ward 3 councillor and former teacher, won.") == kind


def test_sentences_giving_the_occupation_asked_lead_as_one_claim(tmp_path: Path) -> None:
    # b.md gives her present post before her earlier trade; c.md names only someone else's post.
    texts = {
        "a.md": "Rena Marsh, 46, a former high school science teacher, has led the Osk council since 2020.",
        "b.md": "Marsh, a Ward 3 councillor and former teacher, will be the first woman to lead Osk.",
        "c.md": "Marsh, who went into politics in 2016, beat Ian Dale by 612 votes, according to results"
        " posted by the city clerk.",
        "d.md": "Marsh won the Osk mayoral race on Tuesday, her campaign said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What did Marsh do for a living before entering politics?")
    assert answer.answered
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_sentences_giving_the_kind_asked_for_answer_and_are_one_claim(tmp_path: Path) -> None:
    texts = {
        "a.md": "A six-year-old snow leopard is on the loose after escaping from its enclosure at Osk Zoo "
        "on Saturday evening.",
        "b.md": "A snow leopard that escaped from Osk Zoo on Saturday was caught unharmed on Sunday "
        "morning by the zoo's vet.",
        "c.md": "Keepers at Osk Zoo said the storm had damaged the netting over the enclosure.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What animal escaped from Osk Zoo?")
    assert answer.answered  # "snow leopard" states "animal"
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_a_count_under_a_kin_name_joins_the_claim_and_a_different_one_disputes_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "At the height of the Vell port strike, 42 container ships were waiting offshore.",
        "b.md": "More than 40 vessels were anchored off the coast during the Vell port strike.",
        "c.md": "At the height of the Vell port strike, 30 container vessels were waiting offshore.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("How many container ships were waiting offshore during the Vell port strike?")
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}
    assert [c.about for c in answer.conflicts] == ["ship"]
    assert {c.doc_id for v in answer.conflicts[0].values for c in v.citations} >= {"a.md", "c.md"}


def test_a_statement_s_count_is_judged_by_counts_of_a_kin_noun(tmp_path: Path) -> None:
    texts = {
        "a.md": "At the height of the Vell port strike, 42 container ships were waiting offshore.",
        "b.md": "At the height of the Vell port strike, 42 ships were waiting offshore, the port said.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert (
        engine.ask("About 40 vessels were waiting offshore during the Vell port strike.").verdict
        == "supported"
    )
    assert (
        engine.ask("Some 20 vessels were waiting offshore during the Vell port strike.").verdict
        == "contradicted"
    )


def test_a_count_of_a_kin_noun_answers_how_many(tmp_path: Path) -> None:
    texts = {
        "a.md": "Container ships were waiting offshore all through the Vell port strike. "
        "By the end of the Vell strike some 40 vessels sat idle off the coast.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("How many container ships were waiting offshore during the Vell port strike?")
    assert "40 vessels" in answer.claims[0].text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("In which journal were the Vell results published?", "journal"),
        ("Which criminal group is behind the attack?", "group"),
        ("What is the name of the fire chief?", None),
        ("Which company built the tank car?", None),  # no auxiliary after its kind
        ("Who chairs the talks?", None),
    ],
)
def test_the_kind_a_which_question_asks_to_name(question: str, kind: str | None) -> None:
    assert asked_kind(question) == kind


def test_a_name_of_the_kind_asked_leads_over_a_more_reported_name(tmp_path: Path) -> None:
    congress = "The Vell trial results were published and presented at the Osk Heart Congress."
    texts = {
        "a.md": congress,
        "b.md": congress.replace("The Vell", "Vell"),
        "c.md": "The Vell trial results were published, then presented at the Osk Heart Congress.",
        "d.md": "Results of the Vell trial appeared in the Journal of Cardiac Medicine.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("In which journal were the Vell trial results published?")
    assert "Journal of Cardiac Medicine" in answer.claims[0].text
    assert answer.claims[1].sources_count == 3  # the congress, told by three, follows


def test_a_condition_answers_when_something_is_to_happen_not_when_it_happened(tmp_path: Path) -> None:
    texts = {
        "a.md": "Once regular operations begin, the new Vell pool will be open to the public from 6 a.m. "
        "to 9 p.m., the Vell pool's manager said.",
        "b.md": "The Vell pool opened on June 14.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts, {"a.md": "2025-06-10", "b.md": "2025-06-15"})
    assert "June 14" in engine.ask("When did the new Vell pool open to the public?").claims[0].text


def test_a_question_asking_what_something_is_called_groups_the_sources_by_the_name(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Linden unit's first baby, a girl named Isla, was born on Tuesday.",
        "b.md": "The unit, which opened on Monday 8 September, delivered its first baby, a girl named Isla, "
        "in the early hours of Tuesday, and by Thursday morning most of its twenty-four beds were occupied.",
        "c.md": "The Linden Maternity Unit opened at Corran Valley hospital on Monday. "
        "It has twenty-four beds.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("What was the first baby born on the new Linden maternity unit called?")
    assert "Isla" in answer.claims[0].text
    assert answer.claims[0].sources_count == 2


def test_who_holds_a_role_at_a_named_body_is_the_name_beside_the_role(tmp_path: Path) -> None:
    texts = {
        "a.md": "ASHBY CROSS - The first mothers were admitted to the new Linden Maternity Unit at Corran "
        "Valley Regional Hospital on Monday, four years after the hospital first asked for the money.",
        "b.md": "Speaking to West Shires Radio, the hospital's chief executive, Fiona Carradine, said the "
        'opening was "the most important thing this hospital has done".',
        "c.md": "Corran Valley Regional Hospital opened its Linden Maternity Unit on Monday.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("Who is the chief executive of Corran Valley Regional Hospital?")
    assert "Fiona Carradine" in answer.claims[0].text


def test_names_joined_by_of_are_one_name_of_the_question_not_the_role_asked(tmp_path: Path) -> None:
    texts = {
        "a.md": "Marco Bellisari won the 29th Tour of the Vell on Sunday, the race's closest finish.",
        "b.md": "Italy's Marco Bellisari won the Tour of the Vell race on Sunday by 38 seconds.",
        "c.md": "Race director Hilde Marchant said organisers estimated that about 60,000 spectators had "
        "lined the roads over the three days of racing in the Vell hills.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Who is the race director of the Tour of the Vell?")
    assert "Hilde Marchant" in answer.claims[0].text


def test_the_question_s_name_owning_what_it_asks_about_is_no_answer_name() -> None:
    question = "Who chairs the Brackwater planning committee?"
    owner = "Brackwater District Council's planning committee has approved the solar farm."
    assert answer_names(owner, question) == {}
    chair = "Several were asked to leave by the committee chair, Councillor Anita Sowerby."
    assert answer_names(chair, question) == {"sowerby": chair.index("Councillor")}
    fuller = "Kessford Fire Chief Dana Okafor said the leak was stopped."  # a name after the question's
    assert answer_names(fuller, "Who is the Kessford fire chief?") == {"okafor": 0}


def test_a_measure_of_something_else_does_not_lead_a_count_of_what_is_asked(tmp_path: Path) -> None:
    main = (
        "Its main pool is 50 meters long and split into 10 lanes, and there is a separate learner pool "
        "for small children."
    )
    opened = "The new Vell pool opened on Saturday. "
    texts = {
        "a.md": opened + "A team of 45 lifeguards, many of them local teenagers, worked in shifts "
        "throughout the day. " + main,
        "c.md": opened + "Its 65-meter waterslide loops outside the main pool, which has 10 lanes.",
        **{f"{name}.md": opened + main for name in "bde"},
        **{f"{name}.md": main for name in "fghi"},
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("The city took on 45 lifeguards to staff the new Vell pool.")
    assert "45 lifeguards" in answer.claims[0].text  # not the pool's 50 meters, told by eight


def test_when_the_previous_event_was_is_answered_by_an_earlier_year(tmp_path: Path) -> None:
    texts = {
        "a.md": "The strike at the Vell port began on October 3 and lasted 11 days.",
        "b.md": "It was the first strike at the Vell port since 1998.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts, {"a.md": "2025-10-14", "b.md": "2025-10-14"})
    answer = engine.ask("When was the last strike at the Vell port before this one?")
    assert "1998" in answer.claims[0].text


def test_a_measure_in_another_unit_found_elsewhere_joins_the_claim_and_counts_for_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Vell trial enrolled 4,812 patients in 31 countries and followed them for a median of "
        "20 months.",
        "b.md": "Patients in the Vell trial took a pill each day and were followed for a median of "
        "18 months.",
        "c.md": "The Vell trial enrolled heart patients; the median length of follow-up was not given. "
        "Researchers tracked them for about a year and a half.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("What was the median length of follow-up in the Vell trial?")
    assert "18 months" in answer.claims[0].text  # told by two: "about a year and a half" is 18 months
    assert {c.doc_id for c in answer.claims[0].citations} == {"b.md", "c.md"}


def test_an_irregular_verb_form_is_near_a_figure_as_coverage_reads_it() -> None:
    # "stole" gives the question's "stolen" (both "steal"), as it does for coverage.
    analyzer = Analyzer()
    question = "How much is the stolen haul worth?"
    want = wanted(question)
    weights = {t: 1.0 for t in analyzer.terms(content_text(question))}
    slot = answer_slot(want, "Three thieves stole eight objects worth about $14 million.", weights, analyzer)
    assert slot is not None and slot.figure.text == "about $14 million"
    assert slot.relevance == pytest.approx(2 / 3)  # "stolen" and "worth"; no "haul"


def test_a_statement_contradicted_by_another_figure_leads_with_the_claim_giving_it(tmp_path: Path) -> None:
    # One organiser's 300 outscores the police's 1,000 that two reports give: the verdict rests on 1,000.
    texts = {
        "a.md": "Some 300 people attended the Osk vigil, an organiser said.",
        "b.md": "About 1,000 people attended the Osk vigil on Friday evening despite the rain, police "
        "said in a statement.",
        "c.md": "Police said about 1,000 people had attended the Osk vigil on Friday evening, which ended "
        "with a minute's silence.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("300 people attended the Osk vigil.")
    assert answer.verdict == "contradicted"
    assert "1,000" in answer.claims[0].text and answer.evidence is not None
    assert answer.evidence.contradicting == [0]


def test_a_date_a_change_starts_from_gives_that_date(tmp_path: Path) -> None:
    # "From 2 March, ..." gives the day the charges start; "from" marks no earlier value of a date.
    texts = {
        "a.md": "The new Tarlow parking charges take effect on March 2, the hospital said.",
        "b.md": "Under the plan, the new Tarlow parking charges take effect on March 2.",
        "c.md": "Visitors have criticised the new Tarlow parking charges. From 2 March, they will pay "
        "£1.50 an hour.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts, {name: "2026-01-13" for name in ("a.md", "b.md", "c.md")})
    answer = engine.ask("When do the new Tarlow parking charges take effect?")
    assert "March 2" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md", "c.md"}


def test_a_claim_giving_the_answer_is_joined_only_by_sentences_that_give_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "Osk Reservoir was 54% full on Thursday, having been 96% full when engineers found a crack "
        "in Tarn Dam's spillway on Monday, the Vell Canal and Reservoirs Trust said.",
        "b.md": "Pumping went on at Tarn Dam on Thursday, the trust said.",
        "c.md": "BRILL (Wire) - Engineers found a 14-metre crack in the spillway of Tarn Dam above Brill "
        "during a routine drone inspection on Monday, the Vell Canal and Reservoirs Trust said.",
        **OTHER_STORIES,
    }
    dates = dict.fromkeys(["a.md", "b.md", "c.md"], "2025-09-25")
    answer = engine_over(tmp_path, texts, dates).ask(
        "How full was Osk Reservoir on Thursday 25 September 2025?"
    )
    assert "54%" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md"}  # c.md shares its words, not its level


def test_a_time_beside_the_question_s_words_answers_at_what_time_wherever_it_ranks(tmp_path: Path) -> None:
    texts = {
        "a.md": "Both sides in the Osk teachers' dispute said they wanted to reach an agreement soon.",
        "b.md": "The two sides in the Osk dispute had failed to reach an agreement on pay in March.",
        "c.md": "Neither side in the Osk talks would say how close they were to reaching an agreement.",
        "d.md": "Osk teachers said the two sides shook hands at about 9:30 p.m.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "At what time did the two Osk sides reach an agreement?", max_quotes=1
    )
    assert "9:30 p.m." in answer.claims[0].text


def test_two_sentences_naming_different_answers_to_who_are_two_claims(tmp_path: Path) -> None:
    texts = {
        "a.md": "Ida Marsh, the Osk fire chief, said crews had contained the Vell warehouse fire, which "
        "started in a loading bay, by Monday night.",
        "b.md": "Tom Reed, the Osk fire chief, said crews had contained the Vell warehouse fire, which "
        "started in a loading bay, by Monday night.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Who said crews had contained the Vell warehouse fire?")
    assert len({c.doc_id for c in answer.claims[0].citations}) == 1  # Marsh or Reed, not both under one


def test_a_figure_from_a_document_never_naming_the_question_s_name_does_not_answer_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "Fire destroyed 17 of Vell's buses at the Osk depot on Sunday. Investigators said the fire "
        "began in a charging bay. The depot, run by Vell, houses 52 buses, 10 of them electric.",
        "b.md": "Vell said the fire at its Osk depot had destroyed 17 buses.",
        "c.md": "Repairing the crack in the Tarn dam's spillway will cost £2.4 million, the trust said.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert not engine.ask("How much did each of Vell's electric buses cost?").answered  # not the dam's cost
    assert "£2.4 million" in engine.ask("How much will the Tarn dam repair cost?").claims[0].text


def test_a_rounding_from_a_document_naming_none_of_the_question_s_names_does_not_join(tmp_path: Path) -> None:
    # c.md is a cycle race's "about 40 km", not the road closure's 41 km.
    texts = {
        "a.md": "Officials closed a 41 km stretch of Route 7 between Osk and Vell on Monday.",
        "b.md": "Route 7 was shut along a 41-km stretch between Osk and Vell.",
        "c.md": "The Brill cycle race was decided on a stretch about 40 km from the finish, where officials "
        "closed the road.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "Officials closed a 41 km stretch of Route 7 between Osk and Vell.", max_quotes=10
    )
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_a_day_given_relative_to_the_report_joins_a_sentence_giving_that_day(tmp_path: Path) -> None:
    # 2025-11-04 is a Tuesday: a.md's "on Sunday night" is 2 November, as b.md writes it and c.md
    # (of Monday 3 November) says it; d.md's Monday is another day.
    texts = {
        "a.md": "The Osk cliff collapse happened on Sunday night and the Osk cliff collapse closed the path.",
        "b.md": "Rock fell when the Osk cliff collapsed on 2 November.",
        "c.md": "Walkers saw the Osk cliff collapse late on Sunday from the beach.",
        "d.md": "The Osk cliff path was inspected on Monday after the collapse.",
        **OTHER_STORIES,
    }
    dates = {"a.md": "2025-11-04", "b.md": "2025-11-05", "c.md": "2025-11-03", "d.md": "2025-11-04"}
    answer = engine_over(tmp_path, texts, dates).ask("When did the Osk cliff collapse happen?", max_quotes=10)
    assert [{c.doc_id for c in claim.citations} for claim in answer.claims] == [
        {"a.md", "b.md", "c.md"},
        {"d.md"},
    ]


def test_a_sentence_with_the_answer_s_three_rarest_words_joins_its_claim(tmp_path: Path) -> None:
    # b.md says in other words what a.md says (gasket, outlet, valve); c.md names the valve only.
    texts = {
        "a.md": "The Osk tank car leaked at the gasket of its outlet valve.",
        "b.md": "A gasket failure at the outlet valve let the acid escape from the Osk tank car, the railway "
        "said on Monday after crews finished the cleanup.",
        "c.md": "The outlet valve of the Osk tank car was replaced in January, the lessor said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How did the Osk tank car leak?", max_quotes=10)
    assert [{c.doc_id for c in claim.citations} for claim in answer.claims] == [{"a.md", "b.md"}, {"c.md"}]


@pytest.mark.parametrize(
    ("question", "first", "second", "same"),
    [
        # two institutions whose names end in one common noun are two answers
        (
            "Where were the patients sent?",
            "Patients were sent to Portlow General Hospital.",
            "Patients wait at Corran Valley Regional Hospital.",
            False,
        ),
        (
            "Where were the patients sent?",
            "Patients were sent to Portlow General Hospital.",
            "Patients went to Portlow General Hospital, staff said.",
            True,
        ),
        # a person's name ends in a name: titles written two ways are one person
        (
            "Who gave the order?",
            "The order was given by Gov. Patricia Nwosu.",
            "Governor Patricia Nwosu gave the order.",
            True,
        ),
    ],
)
def test_names_ending_in_one_common_noun_are_one_answer_only_if_more_of_them_agree(
    question: str, first: str, second: str, same: bool
) -> None:
    analyzer = Analyzer()
    weights = {t: 1.0 for t in analyzer.terms(content_text(question))}
    claim = SameClaim(question, None, weights, weights, 0.8, analyzer)

    def naming(i: int, text: str) -> Ranked:
        given = answer_names(text, question, places=True)
        found = answer_name(given, text, weights, analyzer)
        head = found[0] if found is not None else None
        return replace(_ranked(i, text, analyzer), names=frozenset(given), answer_name=head)

    a, b = naming(1, first), naming(2, second)
    assert a.answer_name is not None and a.answer_name in b.names
    assert claim(a, b) is same


def test_a_lead_giving_the_answer_far_from_the_question_is_joined_by_one_giving_it_near(
    tmp_path: Path,
) -> None:
    # The first-ranked sentence gives the six weeks too far from the question's words to be read as
    # its answer; the other gives them beside "closed": one claim, cited by both.
    texts = {
        "a.md": "Osk Road will be shut between Mill Lane and the quay until the repair crews have finished "
        "replacing the old brick drain beneath it, which she said would take a minimum of six weeks.",
        "b.md": "The Osk street will stay shut for at least six weeks, the council said.",
        "c.md": "The council said two parked cars fell into the hole on Osk Road.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How long will Osk Road be shut?")
    assert answer.answered
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_a_lead_counting_people_is_joined_by_one_counting_what_was_asked(tmp_path: Path) -> None:
    # "400 people" does not count birdwatchers by its noun; "400 birdwatchers" gives that count.
    texts = {
        "a.md": "By Sunday afternoon about 400 people had come to see the Osk bluetail, some from far away.",
        "b.md": "The rare bird has drawn about 400 birdwatchers to Osk Park since Saturday.",
        "c.md": "The Osk bluetail breeds in Siberia.",
        **OTHER_STORIES,
    }
    question = "How many birdwatchers had come to see the Osk bluetail by Sunday?"
    answer = engine_over(tmp_path, texts).ask(question)
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_a_count_of_what_was_added_is_a_difference_and_a_total_asked_is_a_level() -> None:
    analyzer = Analyzer()
    sentence = (
        "Airlines cancelled another 230 flights at Osk on Tuesday, bringing the total since Monday to 370."
    )
    assert [(f.value, f.difference) for f in figures(sentence)] == [(230.0, True), (370.0, False)]
    assert [f.difference for f in figures("Shares fell a further 3% on Wednesday.")] == [False]  # a level
    question = "How many flights in total had been cancelled at Osk by Tuesday?"
    want = wanted(question)
    assert want is not None and want.total
    weights = {t: 1.0 for t in analyzer.terms(content_text(question))}
    slot = answer_slot(want, sentence, weights, analyzer)
    assert slot is not None and slot.figure.value == 370.0
    alone = answer_slot(
        wanted("How many flights were cancelled at Osk on Tuesday?"), sentence, weights, analyzer
    )
    assert alone is not None and alone.figure.value == 230.0


def test_which_body_is_answered_by_a_body_named_after_from(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Vell Workplace Safety Board issued a stop-work order for the Osk tower site on Tuesday.",
        "b.md": "Inspectors from the Vell Workplace Safety Board, which has halted all work at the Osk tower "
        "site, spent Tuesday photographing the crane.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Which agency stopped all work at the Osk tower site?")
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_who_is_the_head_of_a_body_finds_its_chief_by_title(tmp_path: Path) -> None:
    texts = {
        "a.md": "Osk Power cut electricity to 20,000 homes on Tuesday as the heat broke records. "
        '"We are sorry for the hardship," chief executive Mara Voss said in a statement.',
        "b.md": "Osk Power said the outages were needed to keep its grid from collapsing.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Who is the head of Osk Power?")
    assert answer.answered and "Mara Voss" in answer.claims[0].text


def test_who_leads_a_body_is_answered_first_by_a_name_beside_a_leader_s_title(tmp_path: Path) -> None:
    texts = {
        "a.md": "Osk Library Workers Local 12 voted to strike on Monday. The Osk Voice, a volunteer-run news "
        "site, heads its coverage with the strike.",
        "b.md": "Local 12 president Marisol Tennant told reporters the union would recommend the deal.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Who heads the Osk library workers' union local?")
    assert "Marisol Tennant" in answer.claims[0].text


def test_a_figure_for_a_place_asked_must_be_given_with_that_place(tmp_path: Path) -> None:
    texts = {
        "a.md": "Nikolai Brandt beat Viktor Sandoval to win the Osk chess championship on Sunday. "
        "The Osk title is worth 25,000 crowns in prize money.",
        "b.md": "Sandoval, the seven-time Osk champion, finished second. "
        "The Osk champion takes home 25,000 crowns in prize money.",
        **OTHER_STORIES,
    }
    question = "How much prize money did Sandoval get for finishing second in the Osk championship?"
    (tmp_path / "winner").mkdir()
    (tmp_path / "second").mkdir()
    assert not engine_over(tmp_path / "winner", texts).ask(question).answered  # the title's prize
    texts["c.md"] = "Sandoval took 12,000 crowns in prize money for finishing second in the Osk championship."
    answer = engine_over(tmp_path / "second", texts).ask(question)
    assert answer.answered and "12,000" in answer.claims[0].text


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("How old is the pipe that failed under the street?", True),  # a thing: the year it was laid
        ("How old is the oldest person who got sick?", False),  # people: an age only
        ("How old is the men's winner?", False),
    ],
)
def test_how_old_a_thing_is_is_also_answered_by_its_year(question: str, year: bool) -> None:
    want = wanted(question)
    assert want is not None and ("year" in want.kinds) is year


def test_how_old_a_thing_is_is_answered_by_the_year_it_was_made(tmp_path: Path) -> None:
    texts = {
        "a.md": "The cast-iron water pipe under Osk Street, installed in 1931, broke on Tuesday.",
        "b.md": "Osk Street was closed after the pipe broke.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How old is the pipe that broke under Osk Street?")
    assert answer.answered and "1931" in answer.claims[0].text


def test_a_cause_given_without_because_is_one_claim_with_the_same_cause_in_other_words(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "Gale-force winds and heavy seas kept the Osk ferry in port on Friday, its operator said.",
        "b.md": "No Osk ferry sailed on Friday: heavy seas and gale-force winds closed the strait "
        "to shipping for the first time this winter, and the Osk ferry was cancelled.",
        "c.md": "The Osk ferry was cancelled on Friday, as its crew were needed on the Vell crossing.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Why was the Osk ferry cancelled on Friday?")
    winds = next(c for c in answer.claims if "winds" in c.text)
    assert {c.doc_id for c in winds.citations} == {"a.md", "b.md"}


def test_a_weight_in_pounds_and_a_sum_in_pounds_of_one_value_are_one_figure_shared(tmp_path: Path) -> None:
    texts = {
        "a.md": "The previous state record, 2,251 lb, was grown by Desmond Achebe in 2023.",
        "b.md": "The old state mark of 2,251 pounds was set in 2023 by Desmond Achebe of Corliss.",
        "c.md": "Bernadette Kowalczyk's pumpkin weighed 2,417 pounds at the Orrin Valley weigh-off.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("What was the previous state record for a giant pumpkin?")
    top = answer.claims[0]
    assert "2,251" in top.text and {c.doc_id for c in top.citations} == {"a.md", "b.md"}


def test_a_name_described_past_its_age_is_the_answer_to_who() -> None:
    analyzer = Analyzer()
    question = "Who started the petition?"
    weights = {t: 1.0 for t in analyzer.terms(content_text(question))}
    sentence = (
        "Lena Farrow, 34, who as a teenager in the 1990s sold programmes at every home game and later"
        " started the petition, spoke with Tom Vale."
    )
    found = answer_name(answer_names(sentence, question), sentence, weights, analyzer)
    assert found is not None and found[0] == "farrow"  # not Vale, nearer the question's words


def test_a_person_given_with_an_age_is_no_answer_to_where() -> None:
    sentence = "Gwen Hartley, 67, who spent the night at the Ridgeway Middle School shelter, was woken early."
    assert set(answer_names(sentence, "Where was the emergency shelter?")) == {"school"}


def test_a_rounding_of_the_lead_figure_said_elsewhere_joins_the_claim(tmp_path: Path) -> None:
    # "She won by more than 6,500 votes" shares no word with the question: it is found by the
    # rounding of the lead's 6,536.
    texts = {
        "a.md": "Councillor Ana Ruiz beat Mayor Tom Pike by a margin of 6,536 votes in the Vell election.",
        "b.md": "Ana Ruiz defeated Tom Pike by a margin of 6,536 votes to become the mayor of Vell.",
        "c.md": "Ana Ruiz will be the next mayor of Vell after a campaign on housing. She won by more "
        "than 6,500 votes.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("How large was Ruiz's margin over Pike?")
    assert "6,536" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md", "c.md"}


def test_a_lead_asked_is_answered_by_a_difference_not_by_a_total(tmp_path: Path) -> None:
    # Both give the two totals; only a.md gives the margin, and it joins c.md's, not b.md's totals.
    texts = {
        "a.md": "Ana Ruiz won 41,286 votes to Tom Pike's 34,750 in Vell, a margin of 6,536.",
        "b.md": "Ruiz's lead over Pike was large: with all precincts counted in Vell, Ruiz had 41,286 "
        "votes to Pike's 34,750.",
        "c.md": "Ruiz beat Pike by 6,536 votes, a large lead, in the Vell mayoral election.",
        **OTHER_STORIES,
    }
    want = wanted("How large was Ruiz's lead over Pike?")
    assert want is not None and want.margin
    answer = engine_over(tmp_path, texts).ask("How large was Ruiz's lead over Pike?")
    assert "6,536" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "c.md"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of people hurt in the Osk fire has climbed to twenty-two, officials said.",
        "Officials said 243 people had been injured in the Osk fire.",
    ],
)
def test_a_count_of_the_hurt_gives_no_count_of_the_dead(sentence: str) -> None:
    analyzer = Analyzer()
    question = "How many people died in the Osk fire?"
    weights = {t: 1.0 for t in fold(analyzer.terms(content_text(question)))}
    assert answer_slot(wanted(question), sentence, weights, analyzer) is None


def test_a_name_ending_in_the_noun_a_which_question_asks_answers_it() -> None:
    # "Which police unit ...": the kind asked is "unit" (the noun before the auxiliary), not "police".
    question = "Which police unit is looking into the Sallowmere attack?"
    assert "unit" in answer_names("The National Cyber Crime Unit is investigating.", question)


def test_a_sentence_naming_no_one_is_not_one_claim_with_who_did_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "Frank Dell, who owns Dell Hardware and organized a petition against the change, said it had"
        " now gathered some 1,400 signatures and that he would keep going.",
        "b.md": "The petition against the change has now gathered some 1,400 signatures.",  # not who
        "c.md": "Petition organizer Frank Dell carried the signatures into the council chamber in boxes.",
        "d.md": "Brill Street will be renamed Ada Lowe Street in May.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Who organized the petition against renaming Brill Street?")
    claim = next(c for c in answer.claims if "Dell" in c.text)
    assert {c.doc_id for c in claim.citations} == {"a.md", "c.md"}


def test_a_provisional_count_is_another_claim_than_the_outcome(tmp_path: Path) -> None:
    # Election night's "was leading ... by about 900 votes" is not the result, though it names the winner.
    texts = {
        "a.md": "Councillor Ines Dorado defeated Mayor Paul Greer in the Osk mayoral election on Tuesday.",
        "b.md": "Ines Dorado won the Osk mayoral election, beating Mayor Paul Greer by 1,204 votes.",
        "c.md": (
            "Ines Dorado was leading Mayor Paul Greer by about 900 votes in the Osk mayoral election late "
            "on Tuesday, with 80% of precincts reporting."
        ),
        **OTHER_STORIES,
    }
    (tmp_path / "won").mkdir()
    (tmp_path / "leading").mkdir()
    answer = engine_over(tmp_path / "won", texts).ask("Who won the Osk mayoral election?")
    assert "Dorado" in answer.claims[0].text
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}
    asked = engine_over(tmp_path / "leading", texts).ask(
        "Who was leading the Osk mayoral election late on Tuesday?"
    )
    assert "c.md" in {c.doc_id for c in asked.claims[0].citations}


def test_a_provisional_count_does_not_bear_out_a_statement_of_the_outcome(tmp_path: Path) -> None:
    # "was ahead by about 1,900 votes" shares most words with "Tom Vell won ...": the result names another.
    texts = {
        "a.md": (
            "Osk Progress candidate Tom Vell was ahead by about 1,900 votes in the Osk by-election shortly "
            "after midnight, with around 60% of ballots counted."
        ),
        "b.md": "Civic candidate Ines Dorado has won the Osk by-election after a recount.",
        "c.md": "Ines Dorado won the Osk by-election by 588 votes, the returning officer said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Tom Vell won the Osk by-election.")
    assert answer.verdict == "contradicted"
    assert "Dorado" in answer.claims[0].text


def test_a_provisional_report_follows_the_outcome_s_claims(tmp_path: Path) -> None:
    texts = {
        "a.md": (
            "With around 60% of ballots counted in the Osk by-election, Tom Vell was ahead by about 1,900 "
            "votes and the final turnout was expected to be about 41%."
        ),
        "b.md": "Ines Dorado won the Osk by-election by 588 votes. Turnout was 44.6%, the final count said.",
        "c.md": "The returning officer declared Ines Dorado elected; Osk by-election turnout was 44.6%.",
        **OTHER_STORIES,
    }
    claims = engine_over(tmp_path, texts).ask("What was the final turnout in the Osk by-election?").claims
    assert "44.6%" in claims[0].text
    order = [c.text for c in claims]
    ahead = next(i for i, t in enumerate(order) if "was ahead" in t)
    won = next(i for i, t in enumerate(order) if "Dorado won" in t)
    assert won < ahead  # the count at midnight after the result's claims
