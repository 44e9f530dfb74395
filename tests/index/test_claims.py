"""Claim grouping: pairs that must merge and pairs that must not."""

from __future__ import annotations

import pytest
from factbot.index.answers.claims import TermWeights, claim_key, same_claim
from factbot.index.ranking.analysis import Analyzer

analyzer = Analyzer()

MERGE = [
    (
        "The treaty will take effect when both sides exchange documents on the ratification.",
        "North Korean leader Kim Jong-un ratified the treaty as a decree on Monday, according to state "
        "media KCNA, adding that it takes effect when both sides exchange the ratification instruments.",
    ),
    (
        "The treaty will take effect when both sides exchange documents on the ratification.",
        "Kim Jong Un had ratified the agreement, which will become effective once both nations exchange "
        "ratification documents.",
    ),
    (
        "Russia has already ratified the deal with both houses of the Russian parliament.",
        "The treaty was ratified by both houses of the Russian parliament.",
    ),
    (
        "The pact requires both countries to provide immediate military assistance if either is attacked.",
        "The treaty binds both nations to provide swift military assistance if either is attacked.",
    ),
    (
        "The Fed held rates steady at a range of 4.25 percent to 4.5 percent.",
        "The Federal Reserve kept rates steady in a range of 4.25 percent to 4.5 percent on Wednesday.",
    ),
    # who reports it is no part of the fact, and "no one" denies as "nobody" does
    ("No one was injured.", "Nobody was injured, police said."),
    ("Nobody was hurt in the blast, the fire service said.", "No one was hurt in the blast."),
]

KEEP_APART = [
    # a figure differs
    (
        "North Korea has sent at least 10,000 soldiers to Russia.",
        "North Korea has sent around 11,000 troops to Russia.",
    ),
    ("The fund received 28,000 donations.", "The fund received 18,000 donations."),
    ("Rates rose to 4.5 percent.", "Rates rose to 4.25 percent."),
    # a negation differs
    ("Russia has ratified the treaty.", "Russia has not ratified the treaty."),
    ("No one was injured.", "At least one person was injured, police said."),
    (
        "Russia has publicly acknowledged their presence.",
        "Russia hasn't publicly acknowledged their presence.",
    ),
    # who did what
    ("Russia attacked Ukraine in the night.", "Ukraine attacked Russia in the night."),
    ("Putin praised Kim for the treaty.", "Kim praised Putin for the treaty."),
    # one source named by both, for different facts
    (
        "About 60 firefighters fought the fire at its peak, according to Midshire Fire and Rescue Service.",
        "Midshire Fire and Rescue Service said the first emergency call was received at 3:40 a.m.",
    ),
    # one source said by both, for different facts
    (
        "The fire had burned 14,750 acres by Friday morning and was 45 percent contained, the state "
        "Forest Fire Service said.",
        '"We had a wind event overnight that picked this fire up," said Celia Marchetti, the incident '
        "commander for the state Forest Fire Service.",
    ),
    # same topic, different facts
    (
        "The treaty will take effect when both sides exchange documents on the ratification.",
        "The treaty requires both countries to provide military assistance if either is attacked.",
    ),
    (
        "The Comprehensive Strategic Partnership treaty, which includes a provision for mutual assistance "
        "if either country comes under attack, was signed in June by North Korean leader Kim Jong Un and "
        "Russian President Vladimir Putin.",
        "Russian President Vladimir Putin has signed a law ratifying a strategic partnership treaty with "
        "North Korea, which includes a mutual defence agreement.",
    ),
]

WEIGHTS: dict[str, float] = {}  # equal weights: the rule must hold without corpus statistics


@pytest.mark.parametrize(("a", "b"), MERGE)
def test_same_fact_in_other_words_merges(a: str, b: str) -> None:
    assert same_claim(claim_key(analyzer, a), claim_key(analyzer, b), TermWeights(WEIGHTS))
    assert same_claim(claim_key(analyzer, b), claim_key(analyzer, a), TermWeights(WEIGHTS))


@pytest.mark.parametrize(("a", "b"), KEEP_APART)
def test_different_facts_stay_apart(a: str, b: str) -> None:
    assert not same_claim(claim_key(analyzer, a), claim_key(analyzer, b), TermWeights(WEIGHTS))


def test_a_short_sentence_is_not_a_long_one_that_shares_its_asked_words() -> None:
    # The question's word "halden" weighs most: the short sentence's other word ("funded") is
    # missing from the long one, yet most of its weight is there.
    short = claim_key(analyzer, "The study was funded by Halden.")
    long = claim_key(
        analyzer,
        "Shares of Halden Therapeutics jumped 14% to $87.40 on Monday after the company's once-daily pill "
        "met its main goal in the late-stage HORIZON-HF study.",
    )
    assert not same_claim(short, long, TermWeights({"halden": 4.0}))


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("Classes will have no more than 26 pupils.", False),
        ("The site must be cleared no later than May 4.", False),
        ("No one was hurt, and no more than 26 pupils were in class.", True),
        ("The clinic is no longer open.", True),
        ("Nobody was injured, police said.", True),
        ("Blowing snow reduced visibility to almost nothing.", False),
    ],
)
def test_no_in_a_bound_is_no_negation(sentence: str, negated: bool) -> None:
    assert claim_key(Analyzer(), sentence).negated is negated
