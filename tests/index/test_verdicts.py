"""Verdicts on statements, on a small corpus written here (a school district story)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from factbot.index.answers.figure_verdicts import by_figure
from factbot.index.answers.figures import figures
from factbot.index.answers.judgements import ClaimView, Judgement
from factbot.index.answers.quantities import consistent
from factbot.index.answers.questions import is_statement, stated_figure
from factbot.index.answers.verdicts import deciding_first, judge, unaddressed_parts
from factbot.index.engine import Engine
from factbot.index.store.build import BuildOptions, build_index
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SHARED, require_shared
from tests.index.corpora import OTHER_STORIES, engine_over

DOCS = {
    "ledger.md": (
        "2026-05-04",
        "The Wexford school board hired 480 new teachers for the autumn term, the district said. "
        "Superintendent Dana Okoro said no schools would close this year. "
        "The board approved the plan in a 6-1 vote on Monday.",
    ),
    "star.md": (
        "2026-05-04",
        "Wexford's school district has hired 480 teachers ahead of the new term. "
        "The new teachers will be trained at the Halloway Institute.",
    ),
    "post.md": (
        "2026-05-05",
        "In all, 480 new teachers were hired by the Wexford school board for the autumn term. "
        "No schools will close this year, Superintendent Dana Okoro told parents.",
    ),
}


def write_corpus(corpus: Path) -> Path:
    """The school story as Markdown files with front matter (also used by the CLI, REPL and Discord tests)."""
    corpus.mkdir(parents=True, exist_ok=True)
    for name, (day, text) in DOCS.items():
        (corpus / name).write_text(
            f"---\ntitle: {name[:-3].title()} schools report\ndate: {day}\n---\n\n{text}\n"
        )
    return corpus


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    corpus = write_corpus(tmp_path_factory.mktemp("corpus"))
    directory = tmp_path_factory.mktemp("index")
    build_index([corpus], directory, BuildOptions())
    return Engine(directory)


def test_a_matching_figure_is_supported_with_its_evidence(engine: Engine) -> None:
    answer = engine.ask("The Wexford school board hired 480 new teachers.")
    assert answer.verdict == "supported" and answer.evidence is not None
    assert answer.evidence.basis == "figure" and answer.evidence.stated == "480"
    assert answer.evidence.sources_say == ["480"] and answer.evidence.contradicting == []
    cited = {c.doc_id for i in answer.evidence.supporting for c in answer.claims[i].citations}
    assert cited == set(DOCS)


def test_a_different_figure_is_contradicted_and_names_both_values(engine: Engine) -> None:
    answer = engine.ask("The Wexford school board hired 840 new teachers.")
    assert answer.verdict == "contradicted" and answer.evidence is not None
    assert answer.evidence.stated == "840" and answer.evidence.sources_say == ["480"]
    assert answer.evidence.supporting == [] and answer.evidence.contradicting


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("The Wexford school board hired more than 400 new teachers.", "supported"),
        ("The Wexford school board hired at least 480 new teachers.", "supported"),
        ("The Wexford school board hired fewer than 400 new teachers.", "contradicted"),
        ("The Wexford school board hired about 500 new teachers.", "supported"),  # within 10%
        ("The Wexford school board hired about 600 new teachers.", "contradicted"),
    ],
)
def test_qualifiers_are_honoured(engine: Engine, statement: str, verdict: str) -> None:
    assert engine.ask(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("More than 3,000 people signed the Osk harbour petition.", "supported"),
        ("Over 3,000 people signed the Osk harbour petition.", "supported"),
        ("At least 3,000 people signed the Osk harbour petition.", "supported"),
        ("More than 4,000 people signed the Osk harbour petition.", "contradicted"),
        ("Fewer than 20 boats use the Osk harbour.", "supported"),
        ("Fewer than 15 boats use the Osk harbour.", "contradicted"),
        ("Boat owners can claim up to £500 for storm damage at Osk harbour.", "supported"),
        ("Boat owners can claim up to £1,000 for storm damage at Osk harbour.", "contradicted"),  # the cap
    ],
)
def test_a_bound_the_sources_give_bears_out_the_same_bound(
    tmp_path: Path, statement: str, verdict: str
) -> None:
    texts = {
        "a.md": "More than 3,000 people have signed the petition against closing the Osk harbour.",
        "b.md": "The petition to save the Osk harbour has been signed by over 3,000 people.",
        "c.md": "Under 20 boats still use the Osk harbour, the council said.",
        "d.md": "Fewer than 20 fishing boats now use Osk harbour.",
        "e.md": "Boat owners at Osk harbour can claim up to £500 each for storm damage.",
        **OTHER_STORIES,
    }
    assert engine_over(tmp_path, texts).ask(statement).verdict == verdict


def test_a_count_of_dead_or_hurt_is_contradicted_by_a_claim_that_no_one_was(tmp_path: Path) -> None:
    # "Two hikers" is borne out in words by b.md, but a.md and c.md say no one was hurt at all.
    texts = {
        "a.md": "No one was hurt when the Osk footbridge collapsed into the river on Sunday, police said.",
        "b.md": "Two hikers had crossed the Osk footbridge minutes before it collapsed on Sunday.",
        "c.md": "The Osk footbridge collapsed on Sunday afternoon. Nobody was injured.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("Two hikers were hurt when the Osk footbridge collapsed.")
    assert answer.verdict == "contradicted"
    assert answer.claims[0].citations[0].doc_id == "a.md"


def test_a_statement_that_no_one_was_hurt_is_borne_out_by_a_denial_in_other_words(tmp_path: Path) -> None:
    # b.md states more of it and denies nothing: the statement's own denial is borne out by a.md.
    texts = {
        "a.md": "The Osk footbridge fell into the river on Sunday. No one was injured.",
        "b.md": "The Osk footbridge collapsed into the river on Sunday after a barge struck its pier.",
        "c.md": "The Osk footbridge had been closed for repairs since March.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Nobody was hurt when the Osk footbridge collapsed.")
    assert answer.verdict == "supported"
    assert answer.claims[0].citations[0].doc_id == "a.md"


def test_a_statement_that_no_one_died_is_borne_out_whatever_the_count_of_the_hurt(tmp_path: Path) -> None:
    # The nine hurt (one of them seriously) are no count of the dead.
    texts = {
        "a.md": "A tornado struck Osk village on Wednesday evening. No one was killed.",
        "b.md": "Nine people were hurt when the tornado struck Osk, one of them seriously: a 71-year-old "
        "woman hit by roof tiles.",
        "c.md": "The Osk tornado damaged 212 homes on Wednesday evening.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("No one was killed when the Osk tornado struck.")
    assert answer.verdict == "supported"
    assert answer.claims[0].citations[0].doc_id == "a.md"


def test_a_count_given_for_the_other_side_of_a_vote_contradicts(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk library levy failed with 4,210 votes against and 3,980 in favor.",
        "b.md": "Osk voters turned down the library levy on Tuesday, the county clerk said.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert engine.ask("The Osk library levy got 4,210 votes in favor.").verdict == "contradicted"
    assert engine.ask("The Osk library levy got 4,210 votes against.").verdict == "supported"


def test_a_figure_of_another_order_is_no_dissent_on_one_borne_out(tmp_path: Path) -> None:
    texts = {
        "a.md": "Osk Mills will spend $63.5 million on its new Osk plant.",
        "b.md": "The $63.5 million Osk plant is the largest investment Osk Mills has made.",
        "c.md": "Osk Mills, with revenue of $842 million, says the new Osk plant will open in 2027.",
        "d.md": "Osk Mills reported revenue of $842 million last year; the new Osk plant is its biggest bet.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("Osk Mills will spend $63.5 million on the new Osk plant.")
    assert answer.verdict == "supported" and answer.evidence is not None
    assert answer.evidence.sources_say == ["$63.5 million"]
    # a value near the statement's still dissents
    assert engine.ask("Osk Mills will spend $80 million on the new Osk plant.").verdict == "contradicted"


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Delivery vehicles may enter Osk's car-free zone between 6 a.m. and 10 a.m.", "supported"),
        ("Delivery vehicles may enter Osk's car-free zone between 7 a.m. and 10 a.m.", "contradicted"),
    ],
)
def test_a_statement_is_judged_by_its_own_value_among_a_sentences_figures(
    tmp_path: Path, statement: str, verdict: str
) -> None:
    texts = {  # the statement's own value is the start of a range whose end sits nearer its words
        "a.md": "Cars are banned from the Osk old town. "
        "Delivery vehicles can still enter between 6am and 10am.",
        "b.md": "Delivery vehicles will be allowed into the Osk car-free zone between 6 a.m. and 10 a.m., "
        "and residents with permits are exempt.",
        **OTHER_STORIES,
    }
    assert engine_over(tmp_path, texts).ask(statement).verdict == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Motorcycles will be charged $2 a crossing on the Osk toll road.", "supported"),
        ("Cars will be charged $4.50 a crossing on the Osk toll road.", "supported"),
        ("Cars will be charged $2 a crossing on the Osk toll road.", "contradicted"),
    ],
)
def test_a_figure_in_a_clause_without_its_verb_is_governed_by_the_verb_before(
    tmp_path: Path, statement: str, verdict: str
) -> None:
    texts = {  # "and motorcycles $2": charged $2 a crossing, as cars are charged $4.50
        "a.md": "Cars will be charged $4.50 for each crossing of the Osk toll road, and motorcycles $2.",
        "b.md": "Drivers will pay $4.50 to cross the Osk toll road, and motorcycles $2, from March.",
        **OTHER_STORIES,
    }
    assert engine_over(tmp_path, texts).ask(statement).verdict == verdict


def test_a_year_is_judged_by_dates_that_write_a_year_only(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk lighthouse was first lit on November 3, 1911, the harbour trust said.",
        "b.md": "The Osk lighthouse, lit in 1911, was switched off for good on Oct. 18.",
        "c.md": "Visitors can tour the Osk lighthouse, first lit on November 3, 1911.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("The Osk lighthouse was first lit in 1911.")
    assert answer.verdict == "supported" and answer.evidence is not None
    assert "Oct. 18" not in answer.evidence.sources_say  # a date writing no year takes no side
    assert engine.ask("The Osk lighthouse was first lit in 1898.").verdict == "contradicted"


def test_a_negation_against_the_sources_is_contradicted(engine: Engine) -> None:
    answer = engine.ask("Superintendent Dana Okoro said some schools would close this year.")
    assert answer.verdict == "contradicted" and answer.evidence and answer.evidence.basis == "negation"


def test_another_name_in_place_of_the_statement_s_is_contradicted(engine: Engine) -> None:
    answer = engine.ask("The new teachers will be trained at the Marlow Academy.")
    assert answer.verdict == "contradicted" and answer.evidence is not None
    assert answer.evidence.basis == "name" and answer.evidence.stated == "Marlow Academy"
    assert "Halloway Institute" in answer.evidence.sources_say


def test_questions_and_unaddressed_statements_get_no_verdict(engine: Engine) -> None:
    assert engine.ask("How many new teachers did the Wexford school board hire?").verdict is None
    unaddressed = engine.ask("The city zoo bought two elephants from Kenya.")
    assert not unaddressed.answered and unaddressed.verdict is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    value=st.integers(min_value=1, max_value=5_000_000).filter(lambda n: n != 480),
    written=st.sampled_from(["{:d}", "{:,d}"]),
    frame=st.sampled_from(
        [
            "The Wexford school board hired {} new teachers.",
            "Wexford's school district hired {} teachers for the autumn term.",
            "In all, {} new teachers were hired by the Wexford school board.",
        ]
    ),
)
def test_a_figure_every_source_gives_otherwise_is_never_supported(
    engine: Engine, value: int, written: str, frame: str
) -> None:
    answer = engine.ask(frame.format(written.format(value)))
    assert answer.verdict != "supported", (value, answer.evidence)


def test_the_day_something_was_reported_on_is_not_the_day_it_happened(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk bus depot fire broke out early on Sunday.",
        "b.md": "The Osk bus depot fire broke out on Sunday, destroying nine buses.",
        "c.md": "Fourteen buses were lost in the Osk bus depot fire, the company confirmed on Monday.",
        "d.md": "The Osk fire service said on Monday that the bus depot fire was out.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts, dict.fromkeys(["a.md", "b.md", "c.md", "d.md"], "2025-11-10"))
    assert engine.ask("The Osk bus depot fire broke out on a Sunday.").verdict == "supported"
    # A statement of the day something was said is judged by the day it was said.
    assert engine.ask("The Osk bus depot fire was confirmed on a Monday.").verdict == "supported"


def test_a_measure_of_another_thing_takes_no_side(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk dam is 28 metres high and was built in 1932.",
        "b.md": "Built in 1932, the 28-metre-high Osk dam holds back the lake.",
        "c.md": "Engineers found a 14-metre crack high on the wall of the Osk dam.",
        "d.md": "A 14-metre crack has opened high up on the Osk dam.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("The Osk dam is 28 metres high.")
    assert answer.verdict == "supported", answer.evidence  # the crack's 14 metres measure the crack


def test_a_decade_holds_every_year_of_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk dam was completed in 1932 and holds 3 million cubic metres.",
        "b.md": "Built in 1932, the Osk dam is 28 metres high.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert engine.ask("The Osk dam was built in the 1930s.").verdict == "supported"
    assert engine.ask("The Osk dam was built in the 1940s.").verdict == "contradicted"


def test_a_sum_given_per_another_period_takes_no_side(tmp_path: Path) -> None:
    texts = {
        "a.md": "Osk hospital staff permits will rise to £35 a month from March.",
        "b.md": "Staff at Osk hospital will pay £35 a month for a parking permit.",
        "c.md": "Osk hospital parking permits for visitors will rise to £7.50 a day.",
        "d.md": "Parking permits for visitors to Osk hospital will rise to £7.50 a day from March.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "Monthly parking permits for Osk hospital staff will rise to £35."
    )
    assert answer.verdict == "supported", answer.evidence  # "£7.50 a day" is another charge


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("The council approved a $50 million budget", True),
        ("BrightNest recalled 500,000 air fryers.", True),
        ("May 4 was the day the vote was held.", True),
        ("How much is the budget?", False),
        ("did the council approve the budget", False),
        ("Which mediator brokered the agreement", False),
        ("Is velocardin a pill?", False),
        ("In how many countries was the trial run", False),
    ],
)
def test_statements_are_told_from_questions(text: str, statement: bool) -> None:
    assert is_statement(text) is statement


def test_every_line_of_the_dev_set_is_told_right() -> None:
    path = require_shared(SHARED / "bench" / "factcheck" / "dev" / "questions.jsonl")
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert is_statement(record["question"]) == (record["kind"] == "claim"), record["id"]


def test_a_quantity_question_needs_a_figure_of_that_kind_among_its_words(engine: Engine) -> None:
    # Every word but the asked-for sum is in one sentence: coverage passes, no sum answers it.
    unanswered = engine.ask("How much did the Halloway Institute charge to train the new teachers?")
    assert not unanswered.answered and unanswered.coverage >= engine.answer_options.min_coverage
    assert engine.ask("How many new teachers will the Halloway Institute train?").answered


def test_verdict_overlap_is_the_share_a_claim_must_state_to_take_a_side() -> None:
    text = "The bridge carries about 21,000 vehicles a day."
    claim = ClaimView(0, text, frozenset({"a.md", "b.md"}), figures(text)[0], relevance=0.3, overlap=0.35)
    statement = "About 21,000 vehicles crossed the Tillery Street Bridge every day."
    taken = judge(statement, [claim], states=0.3)
    assert taken is not None and taken.verdict == "supported" and taken.supporting == [0]
    assert judge(statement, [claim], states=0.8) is None
    # a claim giving the statement's own count of its own thing speaks at half the share
    assert judge(statement, [claim], states=0.6) is not None


def test_a_part_no_source_states_is_named_and_the_rest_supported(engine: Engine) -> None:
    answer = engine.ask("The Wexford school board hired 480 new teachers and raised bus fares.")
    assert answer.verdict == "supported" and answer.evidence is not None
    assert answer.evidence.unaddressed == ["raised bus fares"]
    whole = engine.ask("The Wexford school board hired 480 new teachers for the autumn term.")
    assert whole.verdict == "supported" and whole.evidence is not None and whole.evidence.unaddressed == []


@pytest.mark.parametrize(
    ("statement", "backing", "parts"),
    [
        (
            "The council approved the budget and hired 12 officers.",
            ["The council approved the budget."],
            ["hired 12 officers"],
        ),
        ("Almonte and Pryce debated twice.", ["Almonte debated Pryce twice."], []),
        (
            "The council approved the budget; it hired officers.",
            ["The council approved the budget and hired officers."],
            [],
        ),
        ("The council approved the budget after it hired officers.", ["The mayor spoke."], []),
        (  # the first part stated in other forms of its words: "closure" by "close"
            "Brill confirmed the closure decision and hired 12 officers.",
            ["Brill decided to close the library."],
            ["hired 12 officers"],
        ),
    ],
)
def test_unaddressed_parts(statement: str, backing: list[str], parts: list[str]) -> None:
    assert unaddressed_parts(statement, backing) == parts


def test_a_claim_states_a_statement_s_word_by_its_folded_form(tmp_path: Path) -> None:
    # "payment" is stated by "pay", as coverage reads it: the refusal speaks to the statement.
    texts = {
        "a.md": "The Brill hospital has refused to pay the hackers.",
        "b.md": "Hackers locked the Brill hospital's computers on Friday.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("The Brill hospital handed the hackers a ransom payment.")
    assert answer.verdict == "contradicted" and answer.evidence is not None
    assert answer.evidence.basis == "negation"


def test_a_duration_is_judged_by_one_given_in_another_unit(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Brill flour mill has run for nearly 70 years, its owners said.",
        "b.md": "Its owners said the Brill flour mill has run for nearly 70 years.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert engine.ask("The Brill flour mill has run for more than six decades.").verdict == "supported"
    assert engine.ask("The Brill flour mill has run for more than eight decades.").verdict == "contradicted"


def test_a_statement_with_a_wrong_detail_is_answered_where_a_question_as_short_of_words_is_not(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "Velcora is taken as a daily pill by patients with weak hearts.",
        "b.md": "The Velcora pill cut hospital visits by a quarter in the Osk trial.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    options = engine.answer_options
    statement = engine.ask("Velcora is given to patients as an injection into the arm.")
    question = engine.ask("Is Velcora given to patients as an injection into the arm?")
    assert options.min_statement_coverage <= statement.coverage < options.min_coverage
    assert statement.answered and not question.answered


def test_a_claim_denying_what_the_best_claim_leaves_unsaid_contradicts() -> None:
    statement = "A keeper was injured while the leopard was recaptured."
    weights = {"keeper": 2.0, "injur": 3.0, "leopard": 1.0, "recaptur": 2.0}
    best_text = "A keeper darted the leopard and it was recaptured on Sunday."
    best = ClaimView(
        0,
        best_text,
        frozenset({"a.md"}),
        None,
        0.0,
        5 / 8,
        stated=frozenset({"keeper", "leopard", "recaptur"}),
    )
    denial = ClaimView(
        1, "Nobody was injured.", frozenset({"b.md"}), None, 0.0, 3 / 8, stated=frozenset({"injur"})
    )
    judged = judge(statement, [best, denial], states=0.3, weights=weights)
    assert judged is not None and judged.verdict == "contradicted" and judged.contradicting == [1]
    other = ClaimView(1, "Nobody was charged.", frozenset({"b.md"}), None, 0.0, 0.0, stated=frozenset())
    kept = judge(statement, [best, other], states=0.3, weights=weights)
    assert kept is not None and kept.verdict == "supported"  # the denial says nothing the statement says


def test_a_statements_own_figure_far_from_its_words_answers_it(tmp_path: Path) -> None:
    texts = {
        "a.md": (
            "Library workers in Arnholt have voted to accept the contract that ended their three-week"
            " strike, with 88 percent of those voting in favor."
        ),
        "b.md": "Turnout was 79 percent, the Arnholt library union said.",
        "c.md": "Arnholt library branches reopen on Tuesday after the strike.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("Arnholt library workers ratified the new contract with 88 percent support.")
    assert answer.answered and "88 percent" in answer.claims[0].text
    assert answer.verdict == "supported"


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Library workers ratified the contract with 88 percent support.", "supported"),
        ("Library workers ratified the contract with 88 percent support on Friday.", None),
    ],
)
def test_a_statements_own_value_far_from_its_words_bears_it_out_when_it_gives_no_other(
    statement: str, verdict: str | None
) -> None:
    text = (
        "Library workers have voted to accept the contract that ended the strike, with 88 percent in favor."
    )
    claim = ClaimView(0, text, frozenset({"a.md"}), figures(text)[0], relevance=0.1, overlap=0.6)
    judged = by_figure(figures(statement)[0], [claim], 0.3, statement)
    assert (judged.verdict if judged is not None else None) == verdict


def test_a_part_no_backing_claim_states_is_contradicted_by_a_claim_denying_it() -> None:
    statement = "A customer died after one of the kettles caught fire."
    weights = {"custom": 4.3, "die": 4.3, "kettl": 2.4, "caught": 5.9, "fire": 2.9}
    best_text = "When that happens the kettle can run dry, overheat and, in some cases, catch fire."
    best = ClaimView(
        0, best_text, frozenset({"a.md"}), None, 0.0, 0.5, stated=frozenset({"kettl", "caught", "fire"})
    )
    aside = "Nine people were burned; thankfully, no one has died."
    denial = ClaimView(1, aside, frozenset({"b.md"}), None, 0.0, 0.2, stated=frozenset({"die"}))
    judged = judge(statement, [best, denial], states=0.3, weights=weights)
    assert judged is not None and judged.verdict == "contradicted" and judged.contradicting == [1]
    other = ClaimView(1, "Nine people were burned; two died.", frozenset({"b.md"}), None, 0.0, 0.2)
    kept = judge(statement, [best, other], states=0.3, weights=weights)
    assert kept is not None and kept.verdict == "supported" and kept.unaddressed == ["A customer died"]


@pytest.mark.parametrize(
    ("statement", "stated"),
    [
        ("A customer died after one of the kettles caught fire.", None),
        ("One of the students died on Skarn Peak.", 1.0),
        ("The bridge fell after 11 vehicles crossed it.", 11.0),
    ],
)
def test_one_of_in_a_clause_of_when_or_why_is_no_count_a_statement_asserts(
    statement: str, stated: float | None
) -> None:
    figure = stated_figure(statement)
    assert (figure.value if figure is not None else None) == stated


def test_a_claim_denying_only_a_light_word_the_best_claim_leaves_unsaid_does_not_contradict() -> None:
    statement = "The first baby born in the new unit was a girl named Ada."
    weights = {
        "first": 2.7,
        "babi": 3.2,
        "born": 4.0,
        "new": 2.8,
        "unit": 2.1,
        "girl": 4.2,
        "name": 4.5,
        "ada": 4.0,
    }
    best_text = "The unit's first baby, a girl named Ada, was born on Tuesday."
    stated = frozenset(weights) - {"new"}
    best = ClaimView(0, best_text, frozenset({"a.md"}), None, 0.0, 0.9, stated=stated)
    aside = '"Nobody wants to spoil a good week at a new unit," a nurse said.'
    denial = ClaimView(1, aside, frozenset({"b.md"}), None, 0.0, 0.28, stated=frozenset({"new", "unit"}))
    judged = judge(statement, [best, denial], states=0.3, weights=weights)
    assert judged is not None and judged.verdict == "supported"  # "new" is no part of it to deny


def test_a_wordings_first_word_is_no_name_that_replaces_the_statements() -> None:
    statement = "Vell Foods will move its production to Poland."
    weights = {"vell": 2.0, "food": 1.0, "move": 1.0, "product": 1.0, "poland": 3.0}
    said = ClaimView(
        0, statement, frozenset({"a.md"}), None, 0.0, 1.0, wordings=(statement,), stated=frozenset(weights)
    )
    wordings = (
        "Vell Foods will move its production next year.",
        "Workers said Vell Foods would move production.",
    )
    other = ClaimView(
        1,
        " ".join(wordings),
        frozenset({"b.md", "c.md", "d.md"}),
        None,
        0.0,
        5 / 8,
        wordings=wordings,
        stated=frozenset({"vell", "food", "move", "product"}),
    )
    judged = judge(statement, [said, other], states=0.3, weights=weights)
    assert judged is not None and judged.verdict == "supported", judged  # "Workers" names no one


def test_a_count_of_people_is_judged_by_a_count_of_some_people_centred_on_it(tmp_path: Path) -> None:
    texts = {
        "a.md": "About 3,000 teachers, parents and students rallied at Brill Park on Wednesday.",
        "b.md": "The Brill teachers' strike entered its third day on Wednesday.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("Only a few hundred people rallied at Brill Park.")
    assert answer.verdict == "contradicted" and answer.evidence is not None
    assert answer.evidence.basis == "figure" and answer.evidence.sources_say == ["About 3,000"]
    assert engine.ask("About 3,000 people rallied at Brill Park.").verdict == "supported"


def test_one_word_of_a_statement_supports_nothing() -> None:
    # "sent" is a third of the statement's weight, but sending investigators is not sending evacuees.
    statement = "Evacuees were sent to a shelter at Aldermoor High School."
    weights = {"evacue": 6.0, "sent": 5.0, "shelter": 4.0}
    one = ClaimView(
        0,
        "The state fire marshal has also sent two arson investigators.",
        frozenset({"a.md"}),
        None,
        0.0,
        5 / 15,
        stated=frozenset({"sent"}),
    )
    assert judge(statement, [one], states=0.3, weights=weights) is None
    two = ClaimView(
        0,
        "Evacuees were sent to the fairgrounds.",
        frozenset({"a.md"}),
        None,
        0.0,
        11 / 15,
        stated=frozenset({"evacue", "sent"}),
    )
    judged = judge(statement, [two], states=0.3, weights=weights)
    assert judged is not None and judged.verdict in ("supported", "contradicted")


def test_the_claim_a_verdict_rests_on_leads() -> None:
    judgement = Judgement("supported", "wording", supporting=[2, 3], contradicting=[0])
    order, moved = deciding_first(judgement, 4)
    assert order == [2, 0, 1, 3]
    assert (moved.supporting, moved.contradicting) == ([0, 3], [1])
    against = Judgement("contradicted", "figure", supporting=[0], contradicting=[2])
    order, moved = deciding_first(against, 3)
    assert order == [2, 0, 1] and (moved.supporting, moved.contradicting) == ([1], [0])
    denied = Judgement("contradicted", "negation", supporting=[], contradicting=[2])
    assert deciding_first(denied, 3) == ([0, 1, 2], denied)  # polarity: the order stays
    named = Judgement("contradicted", "name", supporting=[0], contradicting=[2])
    order, moved = deciding_first(named, 3)
    assert order == [2, 0, 1] and (moved.supporting, moved.contradicting) == ([1], [0])


def test_a_place_is_checked_against_the_place_the_sources_give(tmp_path: Path) -> None:
    texts = {
        "a.md": "Local rider Ewan Tallis finished 12th overall in the Vell race on Sunday.",
        "b.md": "Ewan Tallis, the local favourite, ended the Vell race 12th overall.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert engine.ask("Ewan Tallis finished 16th overall in the Vell race.").verdict == "contradicted"
    assert engine.ask("Ewan Tallis finished 12th overall in the Vell race.").verdict == "supported"


def test_a_month_the_statement_names_is_stated_by_its_short_form_with_a_day() -> None:
    statement = "Cavers are kept out of the lower passages through September."  # (no day: no figure)
    weights = {"caver": 2.0, "kept": 1.0, "lower": 1.0, "passag": 2.0, "septemb": 2.0}
    text = "The Osk parks department has closed the lower passages of Varnholt Cave to cavers until Sept. 30."
    claim = ClaimView(0, text, frozenset({"a.md"}), None, 0.0, 0.7, stated=frozenset(weights) - {"septemb"})
    judged = judge(statement, [claim], states=0.3, weights=weights)
    assert judged is not None and judged.verdict == "supported"  # no name ("Varnholt Cave") in its place


def test_a_claim_giving_the_statement_s_own_count_speaks_to_it_at_half_the_overlap() -> None:
    statement = "There were 388 passengers aboard the night train's first run."
    weights = {"passeng": 3.0, "aboard": 3.0, "night": 2.0, "train": 2.0, "first": 1.0, "run": 1.0}
    part = "The train calls at Osk at 1:12 a.m., and about 30 passengers boarded there on the first night."
    (thirty,) = [f for f in figures(part) if f.text == "about 30"]
    (carried,) = figures("The train carried 388 passengers, including the minister.")
    station = ClaimView(
        0, part, frozenset({"a.md"}), thirty, 0.5, 0.5, stated=frozenset({"passeng", "night"})
    )
    whole = ClaimView(1, "The train carried 388 passengers.", frozenset({"b.md"}), carried, 0.4, 0.2)
    judged = judge(statement, [station, whole], states=0.3, weights=weights)
    assert judged is not None and judged.verdict != "contradicted" and judged.supporting == [1]
    years = "The Osk co-op signed a five-year lease."
    (five,) = figures(years)
    lease = ClaimView(0, years, frozenset({"a.md"}), five, 0.4, 0.2)
    assert judge("The Osk co-op will stay open for five years.", [lease], states=0.3, weights=weights) is None


def test_a_denial_borne_out_is_not_contradicted_by_a_claim_without_a_negation() -> None:
    statement = "Nobody was killed in the Brill mill fire."
    weights = {"nobodi": 2.4, "kill": 2.4, "brill": 1.1, "mill": 1.1, "fire": 1.0}
    said = ClaimView(
        0, "Nobody was killed.", frozenset({"b.md"}), None, 0.0, 0.6, stated=frozenset({"nobodi", "kill"})
    )
    text = "Four employees were hurt when fire tore through the Brill paper mill."
    hurt = ClaimView(
        1, text, frozenset({"a.md"}), None, 0.0, 0.4, stated=frozenset({"brill", "mill", "fire"})
    )
    judged = judge(statement, [said, hurt], states=0.3, weights=weights)
    assert judged is not None and judged.verdict == "supported"  # "hurt" does not say anyone was killed


def test_unanimously_is_a_tally_with_no_side_against(tmp_path: Path) -> None:
    (unanimous,) = figures("The Osk council voted unanimously to hire a trapper.")
    assert (unanimous.kind, unanimous.value) == ("tally", "unanimous")
    assert consistent(unanimous, figures("It passed 7-0.")[0])
    assert not consistent(unanimous, figures("It passed 4-1.")[0])
    texts = {
        "a.md": "The Osk Town Council voted 5-2 on Tuesday to hire a coyote trapper.",
        "b.md": "By five votes to two, the Osk Town Council agreed on Tuesday to hire a coyote trapper.",
        "c.md": "The Brill school board voted 9-0 on Monday to buy three electric buses.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert (
        engine.ask("The Osk Town Council voted unanimously to hire a coyote trapper.").verdict
        == "contradicted"
    )
    assert (
        engine.ask("The Brill school board voted unanimously to buy electric buses.").verdict == "supported"
    )


def test_a_statement_that_someone_was_hurt_is_contradicted_first_by_the_claim_that_no_one_was(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "The roof of the Osk market fell in on Sunday, crushing two stalls, the council said.",
        "b.md": "Part of the Osk market roof fell in on Sunday after heavy snow.",
        "c.md": "The Osk market roof fell in on Sunday, traders said.",
        "d.md": "The Osk market roof gave way on Sunday morning. No one was injured.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Someone was hurt when the Osk market roof fell in.")
    assert answer.verdict == "contradicted"
    assert answer.claims[0].text == "No one was injured."  # the claim the verdict rests on leads


def test_a_denying_statement_is_not_contradicted_by_a_claim_that_only_shares_a_word(tmp_path: Path) -> None:
    texts = {
        "a.md": "Nobody was hurt.",
        "b.md": "The Osk meteorite is a stony chondrite, researchers said.",
        "c.md": '"We have camera footage, we know where it came from," the Osk researcher said.',
        "d.md": "A keeper was not injured, the Brill zoo said.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("Nobody was hurt when the Osk meteorite came down.")
    assert answer.verdict != "contradicted"


def test_a_year_of_another_event_said_of_less_of_the_statement_does_not_outvote_its_own() -> None:
    (stated,) = figures("The Osk Star was built in 1898.")
    sank = "The Osk Star sank on the night of November 3, 1911."
    built = "The 78-metre Osk Star was built in 1898."
    claims = [
        ClaimView(0, sank, frozenset({"b", "c", "d"}), figures(sank)[0], relevance=0.6, overlap=0.5),
        ClaimView(1, built, frozenset({"a"}), figures(built)[-1], relevance=1.0, overlap=1.0),
    ]
    judgement = by_figure(stated, claims, 0.3, "The Osk Star was built in 1898.")
    assert judgement is not None and judgement.verdict == "supported"
    # said of as much of the statement, another year still outvotes it
    even = [claims[0], dataclasses.replace(claims[1], overlap=0.5)]
    judgement = by_figure(stated, even, 0.3, "The Osk Star was built in 1898.")
    assert judgement is not None and judgement.verdict == "contradicted"


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a value given for another day is another day's, and takes no side
        ("The Osk appeal had raised £126,500 by Tuesday.", "supported"),
        # the statement's own value given for another day is said of another day
        ("The Osk appeal had raised £151,000 by Tuesday.", "contradicted"),
    ],
)
def test_a_figure_given_for_another_day_of_the_week_is_judged_by_that_day(
    tmp_path: Path, statement: str, verdict: str
) -> None:
    texts = {
        "a.md": "The Osk appeal had raised 126,500 pounds by Tuesday toward its target, organisers said.",
        "b.md": "The Osk appeal had raised 172,000 pounds by Thursday toward its target, organisers said.",
        "c.md": "The Osk appeal had raised 151,000 pounds by Wednesday toward its target, organisers said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(statement)
    assert answer.verdict == verdict
    if verdict == "contradicted":  # the statement's own value, said of another day, is shown with it
        assert answer.evidence is not None and "151,000 pounds on Wednesday" in answer.evidence.sources_say


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the later reports give the statement's total; the earlier ones counted fewer
        ("The Osk petition gathered more than 1,800 signatures.", "supported"),
        # a value no later report gives is still outvoted
        ("The Osk petition gathered more than 2,000 signatures.", "contradicted"),
    ],
)
def test_a_total_that_grew_is_judged_by_the_later_reports(
    tmp_path: Path, statement: str, verdict: str
) -> None:
    texts = {
        "a.md": "The Osk petition against the renaming had gathered about 900 signatures, organisers said.",
        "b.md": "The Osk petition against the renaming had gathered some 1,400 signatures, organisers said.",
        "c.md": "The Osk petition against the renaming has gathered some 1,400 signatures, its backers said.",
        "d.md": "The Osk petition against the renaming had gathered 1,850 signatures when it was delivered.",
        **OTHER_STORIES,
    }
    dates = {"a.md": "2026-01-01", "b.md": "2026-01-05", "c.md": "2026-01-06", "d.md": "2026-01-09"}
    assert engine_over(tmp_path, texts, dates).ask(statement).verdict == verdict


def test_a_phrase_saying_died_is_judged_against_the_dead_not_the_hurt(tmp_path: Path) -> None:
    # "lost their lives" says "died" though "lost" alone is a word of polarity; the 22 hurt are
    # another count, no dissent.
    texts = {
        "a.md": "The number of people hurt in Monday's Osk ferry fire has climbed to twenty-two, hospital "
        "officials said Tuesday evening, as relatives of the injured gathered at Osk General Hospital.",
        "b.md": "Three people died in Monday's Osk ferry fire, and the number of injured rose overnight to "
        "22 people, according to county officials.",
        "c.md": "OSK - Three people were killed and 16 injured when the Osk ferry caught fire during "
        "Monday's morning crossing, officials said.",
        "d.md": "OSK - The number of people injured in Monday's Osk ferry fire has risen to 22, county "
        "officials said on Tuesday. The death toll remained at three.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Three people lost their lives in the Osk ferry fire.")
    assert answer.verdict == "supported"
    assert "Three people died" in answer.claims[0].text and not answer.conflicts


def test_a_bounded_ratio_is_borne_out_by_a_share_within_it_beside_a_without(tmp_path: Path) -> None:
    # "More than nine in ten" is a bound (90% and up), and "working without a contract" denies only the
    # contract, not that 94% backed the strike.
    assert [f.qualifier for f in figures("More than nine in ten pilots backed it.")] == ["more than"]
    texts = {
        "a.md": "The Osk pilots have been working without a contract since 2025, and 94% of those who "
        "voted backed the strike.",
        "b.md": "Osk pilots walked out on Thursday, the union said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("More than nine in ten Osk pilots who voted backed the strike.")
    assert answer.verdict == "supported"


def test_a_statement_s_figure_is_its_quantity_not_the_day_it_is_given_by(tmp_path: Path) -> None:
    # "By August 18" says when; 80 percent is what is stated, and "By" starts no name.
    statement = "By August 18, firefighters had the Osk fire 80 percent contained."
    stated = stated_figure(statement)
    assert stated is not None and stated.text == "80 percent"
    texts = {
        "a.md": "By Tuesday evening the Osk fire covered roughly 9,100 acres, and firefighters had "
        "contained about 5 percent of its perimeter.",
        "b.md": "The Osk fire has burned about 15,200 acres and is 80% contained.",
        "c.md": "The Osk fire has now blackened about 15,200 acres, and firefighters have it eighty "
        "percent contained.",
        "d.md": "The Osk fire started in the hills on August 10, officials said.",
        **OTHER_STORIES,
    }
    dates = {"a.md": "2025-08-12", "b.md": "2025-08-18", "c.md": "2025-08-18", "d.md": "2025-08-11"}
    answer = engine_over(tmp_path, texts, dates).ask(statement)
    assert answer.verdict == "supported"
    assert {c.doc_id for c in answer.claims[0].citations} == {"b.md", "c.md"}
