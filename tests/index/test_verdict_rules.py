"""Verdict rules beyond figures: polarity (the opposite action) and swaps (another weekday, ordinal ...
in the statement's place), as functions and through the whole answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from factbot.index.answers.figures import figures
from factbot.index.answers.polarity import POLARITY_STEMS, opposition
from factbot.index.answers.swaps import Swap, swap
from factbot.index.engine import Engine
from factbot.index.store.build import BuildOptions, build_index

from tests.index.corpora import OTHER_STORIES, engine_over

DOCS = {
    "herald.md": "The Orland city council raised the parking fee to $3 an hour on Tuesday. "
    "The new rules allow food trucks on Market Square. "
    "The Dunmore bridge was 60% completed by the end of March, the city said.",
    "courier.md": "Orland's council raised parking fees to $3 an hour. "
    "The Orland marathon starts at the harbour on Sunday morning. "
    "Food trucks are allowed on Market Square under the new rules. "
    "Mayor Ines Capra declined to sign the noise ordinance.",
    "gazette.md": "The Orland council voted on Tuesday to raise the hourly parking fee to $3. "
    "By the end of March the Dunmore bridge was 60 percent completed. "
    "Mayor Ines Capra refused to sign the noise ordinance, her office said.",
    "ballot.md": "Councillor Rosa Vey won 18,250 votes in the Orland mayoral race.",
    "tally.md": "Rosa Vey beat Mayor Tom Aske by 4,100 votes in the Orland mayoral race.",
    "night.md": "In the Orland mayoral race, Rosa Vey's lead was about 3,900 votes on election night.",
    "final.md": "Rosa Vey won the Orland mayoral race by more than 4,000 votes.",
    "echo.md": "Brannock Biscuits will move its Harlow production to Tilburg next year.",
    "argus.md": "Brannock Biscuits is moving its Harlow production to Poland, the company said.",
    "weekly.md": "Harlow production will move to Tilburg in the Netherlands, Brannock Biscuits said.",
    "today.md": "Brannock Biscuits plans to shift its Harlow production to Tilburg.",
    "inquiry.md": "The Calder Water Board is leading the inquiry into the Dunmore flood. "
    "Firefighters from Westvale pumped water out of the Dunmore tunnel all night.",
    "enquirer.md": "The Calder Water Board, based in Westvale, is leading the inquiry into the "
    "Dunmore flood.",
}


@pytest.mark.parametrize(
    ("statement", "claim", "why"),
    [
        ("The bank cut rates.", "The bank raised rates.", "opposite"),
        ("Rates rose in May.", "Rates fell in May.", "opposite"),
        ("The deal lets operators bring in robots.", "The deal bars operators from robots.", "opposite"),
        ("Pryce refused to concede.", "Pryce conceded on Wednesday.", "negation"),
        ("The bank did not raise rates.", "The bank cut rates.", None),  # two flips cancel
        ("The bank raised rates.", "The bank raised rates again.", None),
        ("The bank raised rates.", "The bank raised rates and cut its forecast.", None),
        # "no" in a bound denies nothing; "no longer" alone still does
        ("Classes will have 26 pupils.", "Classes will have no more than 26 pupils.", None),
        ("The work ends by May 4.", "The work ends no later than May 4.", None),
        ("The clinic is open.", "The clinic is no longer open.", "negation"),
    ],
)
def test_opposition(statement: str, claim: str, why: str | None) -> None:
    assert opposition(statement, claim) == why


def test_negations_are_the_analyzers_and_without_flips_a_verdict_but_stays_content() -> None:
    assert {"no", "not", "nor", "never", "none", "neither"} <= POLARITY_STEMS
    assert "without" not in POLARITY_STEMS
    assert opposition("The bill passed without a vote.", "The bill passed after a vote.") == "negation"
    assert opposition("Nobody was hurt.", "Two people were hurt.") == "negation"


@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        (
            "Reid finished second in the race.",
            "Reid, making his first run for office, finished a distant third.",
            Swap("second", "third"),
        ),
        (
            "It fell during the evening rush hour.",
            "It fell into the river during the morning rush.",
            Swap("evening", "morning"),
        ),
        (
            "The talks resumed on Tuesday.",
            "The talks resumed on Wednesday after a pause on Tuesday.",
            Swap("tuesday", "wednesday"),
        ),
        (
            "The fire spread to the northern hills.",
            "The fire spread to the south hills.",
            Swap("north", "south"),
        ),
        (
            "The footbridge will reopen in June.",
            "The footbridge will close on March 9 and reopen in late May.",
            Swap("june", "may"),  # "May" inside a sentence is the month
        ),
        (
            "The recall covers the TK-900 heater.",
            "The recall covers the TK-700 and TK-750 heaters sold since 2024.",
            Swap("tk-900", "tk-700"),
        ),
        (
            "Ravel won the final game with the white pieces.",
            "Ravel won the final game with the black pieces in 41 moves.",
            Swap("white", "black"),
        ),
        ("The robbers fled in a grey van.", "The robbers fled in a gray van, police said.", None),
        ("The recall covers the TK-700 heater.", "The recall covers the TK-700 and TK-750 heaters.", None),
        ("The recall covers the TK-900 heater.", "The recall covers heaters sold by Q-Mart in 2024.", None),
        ("The strike began on October 3.", "The strike began on Oct. 3 at dawn.", None),
        ("Reid finished second in the race.", "Reid finished second, his first podium.", None),
        ("The festival opens on Friday.", "The festival opens soon; tickets went on sale Monday.", None),
        ("The council may vote in June.", "The council will vote in June.", None),  # "may" is a modal here
        ("The council will vote in June.", "May vote in June, the council said.", None),  # so is "May" first
    ],
)
def test_swap(statement: str, claim: str, expected: Swap | None) -> None:
    assert swap(statement, claim) == expected


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in DOCS.items():
        (corpus / name).write_text(f"---\ntitle: {name[:-3].title()}\ndate: 2026-04-01\n---\n\n{text}\n")
    directory = tmp_path_factory.mktemp("index")
    build_index([Path(corpus)], directory, BuildOptions())
    return Engine(directory)


def test_the_opposite_action_is_contradicted_not_supported_by_shared_words(engine: Engine) -> None:
    cut = engine.ask("The Orland city council cut the parking fee.")
    assert cut.verdict == "contradicted" and cut.evidence and cut.evidence.basis == "opposite"
    assert engine.ask("The Orland city council raised the parking fee.").verdict == "supported"


def test_a_matching_figure_with_the_opposite_action_is_contradicted(engine: Engine) -> None:
    answer = engine.ask("The Orland city council cut the parking fee to $3 an hour.")
    assert answer.verdict == "contradicted" and answer.evidence and answer.evidence.basis == "opposite"
    assert engine.ask("The Orland city council raised the parking fee to $3 an hour.").verdict == "supported"


def test_allow_against_ban_and_refuse_against_do(engine: Engine) -> None:
    assert engine.ask("The new rules ban food trucks on Market Square.").verdict == "contradicted"
    signed = engine.ask("Mayor Ines Capra signed the noise ordinance.")
    assert signed.verdict == "contradicted" and signed.evidence and signed.evidence.basis == "negation"


def test_the_whole_in_words_against_a_share(engine: Engine) -> None:
    answer = engine.ask("The Dunmore bridge was fully completed by the end of March.")
    assert answer.verdict == "contradicted" and answer.evidence is not None
    assert answer.evidence.basis == "figure" and answer.evidence.sources_say in (["60%"], ["60 percent"])
    (against,) = answer.evidence.contradicting  # both articles' sentences: one claim, both cited
    assert len(answer.claims[against].citations) == 2
    assert engine.ask("The Dunmore bridge was 60% completed by the end of March.").verdict == "supported"


def test_another_weekday_in_the_statement_s_place_is_contradicted(engine: Engine) -> None:
    # The dated articles give the day itself: judged as a date, the source's Sunday against Saturday.
    answer = engine.ask("The Orland marathon starts at the harbour on Saturday morning.")
    assert answer.verdict == "contradicted" and answer.evidence is not None
    assert answer.evidence.basis == "date" and answer.evidence.stated == "Saturday"
    assert answer.evidence.sources_say == ["Sunday"]
    assert engine.ask("The Orland marathon starts at the harbour on Sunday morning.").verdict == "supported"


def test_a_margin_takes_no_side_on_a_total(engine: Engine) -> None:
    total = engine.ask("Rosa Vey won more than 15,000 votes in the Orland mayoral race.")
    assert total.verdict == "supported" and total.evidence is not None
    assert total.evidence.sources_say == ["18,250"]
    margin = engine.ask("Rosa Vey beat Tom Aske by 9,000 votes in the Orland mayoral race.")
    assert margin.verdict == "contradicted" and margin.evidence is not None
    assert "18,250" not in margin.evidence.sources_say


def test_a_name_one_source_gives_and_three_replace_is_contradicted(engine: Engine) -> None:
    answer = engine.ask("Brannock Biscuits is moving its Harlow production to Poland.")
    assert answer.verdict == "contradicted" and answer.evidence is not None
    assert answer.evidence.basis == "name" and answer.evidence.stated == "Poland"
    assert "Tilburg" in answer.evidence.sources_say
    assert engine.ask("Brannock Biscuits is moving its Harlow production to Tilburg.").verdict == "supported"


def test_a_name_listed_with_the_statement_s_own_is_no_name_in_place_of_another(tmp_path: Path) -> None:
    # (OTHER_STORIES' "The Osk school board voted on its budget" is the one claim writing "Osk".)
    texts = {
        "a.md": "The Osk city council approved a $48.6 million budget on Tuesday in a 5-2 vote.",
        "b.md": "The $48.6m Osk budget, approved Tuesday, includes $4.2m for a fire station on Mill Road. "
        "Councillors Rosa Vey and Tom Aske voted against it.",
        "c.md": "Osk's council passed a budget of about $48 million on Tuesday. Two councillors, Rosa Vey "
        "and Tom Aske, opposed the plan.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Rosa Vey voted against the Osk budget.")
    assert answer.verdict != "contradicted"


def test_another_name_doing_what_the_statement_s_name_did_is_contradicted(tmp_path: Path) -> None:
    texts = {
        "a.md": "Rosa Vey won the Osk mayoral election on Tuesday, defeating incumbent Tom Aske.",
        "b.md": "Challenger Rosa Vey unseated Mayor Tom Aske in Tuesday's Osk election.",
        "c.md": "Gov. Ines Capra said she would ask for federal help for Osk.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    answer = engine.ask("Tom Aske won the Osk mayoral election.")
    assert answer.verdict == "contradicted" and answer.evidence is not None
    assert answer.evidence.basis == "name" and answer.evidence.sources_say == ["Rosa Vey"]
    assert engine.ask("Rosa Vey won the Osk mayoral election.").verdict == "supported"
    # the same person under a title is no other name
    assert (
        engine.ask("Governor Ines Capra said she would ask for federal help for Osk.").verdict == "supported"
    )


def test_the_name_in_the_place_of_a_missing_one_is_the_one_said(tmp_path: Path) -> None:
    texts = {
        "a.md": "The BH-20 recall covers heaters made in Vietnam and sold at Hallmart and online.",
        "b.md": "Brill Home's BH-20 heaters, made in Vietnam, are sold by Hallmart.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("The BH-20 heaters were made in China.")
    assert answer.verdict == "contradicted" and answer.evidence is not None
    assert answer.evidence.basis == "name" and answer.evidence.sources_say == ["Vietnam"]


def test_a_name_no_source_gives_is_judged_as_a_name_not_missed_as_content(engine: Engine) -> None:
    answer = engine.ask("The inquiry into the Dunmore flood is led by the Westvale Fire Station Authority.")
    assert answer.answered and answer.verdict == "contradicted" and answer.evidence is not None
    assert answer.evidence.basis == "name" and answer.evidence.sources_say[0] == "Calder Water Board"
    assert len(set(answer.evidence.sources_say)) == len(answer.evidence.sources_say)  # each name once


def test_a_number_given_by_its_order_only_is_judged_by_its_range(tmp_path: Path) -> None:
    texts = {
        "a.md": "About 350 people rallied at Founders Park in Osk on Wednesday.",
        "b.md": "Some 350 people rallied at Osk's Founders Park on Wednesday afternoon.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert engine.ask("A few hundred people rallied at Founders Park in Osk.").verdict == "supported"
    many = engine.ask("Thousands of people rallied at Founders Park in Osk.")
    assert many.verdict == "contradicted" and many.evidence and many.evidence.basis == "figure"


def test_a_claim_saying_the_opposite_decides_when_it_states_nearly_as_much_as_the_best(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "Osk zoo staff recaptured the escaped leopard in a wood on Sunday, and a keeper sedated it.",
        "b.md": "Nobody was injured while the Osk zoo leopard was recaptured, a spokesman said.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(
        "A member of the Osk zoo staff was injured while the leopard was being recaptured."
    )
    assert answer.verdict == "contradicted"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("The shop opened at 410 Carver Avenue on Monday.", ("address", "carver avenue", "410")),
        ("In 2019 Park Road closed.", None),  # a year
        ("About 300 Osk Road residents left.", None),  # a count
    ],
)
def test_a_house_number_on_a_named_street_is_an_address_not_a_count(
    text: str, address: tuple[str, str, str] | None
) -> None:
    found = [(f.kind, f.about, f.value) for f in figures(text) if f.kind == "address"]
    assert found == ([address] if address else [])


def test_a_statement_of_an_address_is_judged_by_the_number_on_that_street(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Osk co-op occupies a former bowling alley at 410 Carver Avenue.",
        "b.md": "The Osk co-op, located in a former bowling alley, has 38 staff and 2,300 members.",
        "c.md": "The Osk co-op's landlord also owns a shop at 12 Mill Road.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    wrong = engine.ask("The Osk co-op is located at 510 Carver Avenue.")
    assert wrong.verdict == "contradicted" and wrong.evidence is not None
    assert wrong.evidence.sources_say == ["410"]  # not the co-op's 38 staff or 2,300 members
    assert engine.ask("The Osk co-op is located at 410 Carver Avenue.").verdict == "supported"


def test_an_age_a_statement_gives_no_one_is_anyone_s_and_others_ages_are_no_dispute(tmp_path: Path) -> None:
    texts = {
        "a.md": "Gladys Moreno, 71, said she had taken two buses to reach an Osk supermarket every week.",
        "b.md": '"I used to spend half my Saturday on the bus just to reach a supermarket," said Delroy '
        "Hutchins, 58, a shopper.",
        "c.md": "The Osk co-op opened on Saturday, and shoppers said they no longer need the bus.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    statement = "A 71-year-old shopper said she used to take two buses to reach a supermarket."
    answer = engine.ask(statement)
    assert answer.verdict == "supported" and not answer.conflicts  # Hutchins' 58 is his own age
    assert engine.ask(statement.replace("71", "64")).verdict == "contradicted"


def test_a_negation_that_denies_another_word_does_not_deny_the_statement(tmp_path: Path) -> None:
    # "A delay is not a U-turn" says there is a delay: it denies the U-turn, not the statement.
    texts = {
        "a.md": "Brill County Council has put back the start of its streetlight switch-off by five weeks"
        " after police asked for more time to prepare.",
        "b.md": "The Brill switch-off will now start in October, after a request from Brill Police.",
        "c.md": '"A delay is not a U-turn, but it shows they are listening," said Brill campaigner Ann Lowe.',
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert engine.ask("The police asked Brill council to delay the switch-off.").verdict == "supported"


def test_a_statement_s_own_figure_words_are_not_beside_a_claim_s_other_figure(tmp_path: Path) -> None:
    # "5am" is a word of the statement: beside the claim's 5am it made that the answering figure.
    texts = {
        "a.md": "Around 19,400 Brill streetlights will be switched off between midnight and 5am after"
        " councillors backed the plan on Wednesday evening.",
        "b.md": "Brill council voted to switch off its streetlights from midnight to 5 a.m. to save money.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts)
    assert (
        engine.ask("Brill's streetlights will be turned off from midnight until 5am.").verdict == "supported"
    )


def test_a_statements_measure_is_read_from_a_figure_in_its_unit_not_a_nearer_number(tmp_path: Path) -> None:
    # "The house at 1418" stands nearer the statement's words than "41 years", which measures its time.
    texts = {
        "a.md": "The Osk house at 1418 belongs to Loretta Vance, 68, who has lived there for 41 years.",
        "b.md": "The Osk house, 1418 Alder Street, belongs to Loretta Vance, who has lived there for 41"
        " years.",
        "c.md": "The Osk vote came three weeks after a crew knocked down the house of Loretta Vance.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("Vance had lived in the Osk house for more than four decades.")
    assert answer.verdict == "supported"
