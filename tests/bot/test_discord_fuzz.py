"""Any Unicode through the question path and the renderers: no crash, within limits, no pings.

Questions mix arbitrary Unicode with control characters, right-to-left text and overrides,
emoji sequences, zero-width characters, Discord markdown and mention syntax, and strings of
10,000 characters. The question's text must never change how quoted evidence is formatted.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from factbot.bot.config import DiscordSettings
from factbot.bot.discord.bot import LiveIndex
from factbot.bot.discord.guards import Gate
from factbot.bot.discord.render import (
    LIMITS,
    Reply,
    answer_reply,
    document_pages,
    escape,
    notice,
    sources_pages,
)
from factbot.index.answers.models import Answer
from factbot.index.documents import Sentence
from factbot.index.engine import Engine
from factbot.index.store.reader import StoredDocument
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.bot.discord_standin import embeds_of, iter_texts, live_bot, run
from tests.bot.test_discord_bot import check_limits

RAW_MENTION = re.compile(r"@everyone|@here|<@[!&]?\d")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")  # C0 (but newline, tab), DEL, C1
TREATY = "when does the treaty take effect?"
SPECIAL = [
    "\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
    "\u202e", "\u202d", "\u2066", "\u2069", "שלום", "مرحبا", "👍🏽", "🏳️‍🌈", "@everyone", "@here",
    "<@123456789012345678>", "<@!1>", "<@&42>", "<#1>", "</ask:1>", "**", "__", "~~", "||", "`",
    "```", ">>> ", "> ", "# ", "-# ", "[x](https://e.org)", "\\", "\n", "\r\n", "\t", " ", "treaty",
    "ratification", "2024", "Article 5",
]  # fmt: skip
questions = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(SPECIAL), max_size=80).map("".join),
    st.tuples(st.sampled_from(SPECIAL), st.text(max_size=4)).map(lambda t: ((t[0] + t[1]) * 10_000)[:10_000]),
)
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def payload(reply: Reply) -> dict[str, Any]:
    """The reply as the JSON Discord would receive."""
    return {"content": reply.content, "embeds": [e.to_dict() for e in reply.embeds]}


def assert_safe(reply: Reply) -> None:
    sent = payload(reply)
    check_limits(sent)
    assert not any(RAW_MENTION.search(t) for t in iter_texts(sent))
    assert not any(CONTROL.search(t) for t in iter_texts(sent))


@FUZZ
@given(question=questions)
def test_any_question_is_answered_or_refused_within_limits_and_never_pings(
    engine: Engine, question: str
) -> None:
    gate = Gate(DiscordSettings(max_question_chars=4000, cooldown_seconds=0))
    refusal = gate.check(1, None, question)
    if refusal:
        assert_safe(notice(refusal))
        return
    answer = engine.ask(question, 3)
    assert_safe(answer_reply(answer))
    assert_safe(notice(f"Sorry, I can't answer that: {escape(question)}"))


@pytest.fixture(scope="module")
def treaty_answer(engine: Engine) -> Answer:
    answer = engine.ask(TREATY, 3)
    assert answer.answered and answer.claims
    return answer


@FUZZ
@given(question=questions)
def test_question_text_never_changes_how_the_evidence_is_formatted(
    treaty_answer: Answer, question: str
) -> None:
    baseline = [e.to_dict() for e in answer_reply(treaty_answer).embeds]
    reply = answer_reply(treaty_answer.model_copy(update={"question": question}))
    asked = [e.to_dict() for e in reply.embeds]
    assert len(asked) == len(baseline)
    for mine, theirs in zip(asked, baseline, strict=True):
        mine.pop("title", None)
        theirs.pop("title", None)
        assert mine == theirs
    title = reply.embeds[0].title or ""
    assert len(title) <= LIMITS.title and not RAW_MENTION.search(title)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=questions, doc_id=questions, source=questions, text=questions, url=questions)
def test_listings_of_any_document_stay_within_limits_and_never_ping(
    title: str, doc_id: str, source: str, text: str, url: str
) -> None:
    doc = StoredDocument(0, doc_id or "d", title, source, url, "2024-11-12", "", "", 0, 3)
    sentences = [Sentence(doc.doc_id, n, 0, len(text), text) for n in range(3)]
    for embed in [*sources_pages([doc] * 2), *document_pages(doc, sentences)]:
        assert_safe(Reply(embeds=[embed]))


NASTY_QUESTIONS = [
    "@everyone " + TREATY,
    "<@&42> **" + TREATY + "** ||spoiler|| ```code",
    "\u202e" + TREATY + "\u202c 👍🏽 \u200b\x00\x1b[31m",
    ("> " + TREATY + " ") * 200,
    "שלום " + TREATY + " مرحبا",
]


def test_nasty_questions_through_discord_are_answered_within_limits_without_pings(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    library = LiveIndex(lambda: Engine(sample_index), lambda: Engine(sample_index))

    async def scenario() -> None:
        async with live_bot(monkeypatch, library, max_question_chars=4000) as (standin, _):
            for n, question in enumerate(NASTY_QUESTIONS):
                asked = await standin.command("ask", {"question": question}, user_id=1000 + n)
                reply = await standin.answered(asked)
                mention = await standin.post(question, user_id=2000 + n)
                await standin.wait_until(lambda: standin.replies_to(mention), 20, "the reply")  # noqa: B023
                for sent in (reply, standin.replies_to(mention)[0]["sent"]):
                    check_limits(sent)
                    assert sent["allowed_mentions"]["parse"] == []
                    assert not any(RAW_MENTION.search(t) for t in iter_texts(sent)), question
                    assert not any(CONTROL.search(t) for t in iter_texts(sent)), question
                    answerable = len(question) <= 4000 and library.ask(question, 3).answered
                    if answerable:  # the evidence is still quoted
                        assert "exchange" in json.dumps(embeds_of(sent))

    run(scenario(), timeout=60)
