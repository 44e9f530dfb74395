"""Sending under failure: retries without duplicates, rate limits, and heartbeats under load."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import time
from datetime import date
from pathlib import Path

import pytest
from factbot.bot.discord.bot import LiveIndex
from factbot.index.answers.models import Answer
from factbot.index.engine import Engine

from tests.bot.discord_standin import CHANNEL_ID, MEMBER_ID, embeds_of, live_bot, run

TREATY = "when does the treaty take effect?"
MESSAGES = r"/channels/\d+/messages"
FOLLOWUPS = r"/webhooks/\d+/[^/]+"


def library(sample_index: Path) -> LiveIndex:
    return LiveIndex(lambda: Engine(sample_index), lambda: Engine(sample_index))


def retry_logs(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "factbot.bot.discord.send" and "retrying" in r.getMessage()
    ]


@pytest.mark.parametrize("status", [500, 503])
def test_a_failed_send_then_success_is_one_retry_and_one_message(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, caplog: pytest.LogCaptureFixture, status: int
) -> None:
    """500 is retried by discord.py itself, 503 by factbot's tenacity policy: one retry either way."""
    caplog.set_level(logging.INFO, "factbot.bot.discord.send")

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index)) as (standin, _):
            standin.fail("POST", MESSAGES, status=status)
            asked = await standin.post(TREATY)
            await standin.wait_until(lambda: standin.replies_to(asked), 20, "the reply")
            attempts = standin.requests_to("POST", MESSAGES)
            assert [r.status for r in attempts] == [status, 200]
            assert attempts[0].body["nonce"] == attempts[1].body["nonce"]
            assert len(standin.channel_messages(CHANNEL_ID)) == 1

    run(scenario())
    assert len(retry_logs(caplog)) == (1 if status == 503 else 0)
    if status == 503:
        assert "DiscordServerError" in retry_logs(caplog)[0]


def test_follow_up_that_fails_with_500_is_sent_once(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index)) as (standin, _):
            standin.fail("POST", FOLLOWUPS, status=500)
            interaction = await standin.command("ask", {"question": TREATY})
            reply = await standin.answered(interaction)
            assert [r.status for r in standin.requests_to("POST", FOLLOWUPS)] == [500, 200]
            assert len(interaction.followups) == 1 and "exchange" in json.dumps(reply)

    run(scenario())


def test_429_is_waited_out_as_retry_after_says(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "factbot.bot.discord.send")

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index)) as (standin, _):
            standin.fail("POST", MESSAGES, status=429, retry_after=0.6)
            asked = await standin.post(TREATY)
            await standin.wait_until(lambda: standin.replies_to(asked), 20, "the reply")
            limited, sent = standin.requests_to("POST", MESSAGES)
            assert (limited.status, sent.status) == (429, 200)
            assert sent.at - limited.at >= 0.6
            assert len(standin.channel_messages(CHANNEL_ID)) == 1

    run(scenario())
    assert retry_logs(caplog) == []  # discord.py's rate limiter handled it; factbot did not retry too


def test_a_reply_lost_after_it_was_created_is_not_duplicated(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The connection drops after Discord created the message: the retry's nonce finds the first one."""
    caplog.set_level(logging.INFO, "factbot.bot.discord.send")

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index)) as (standin, _):
            standin.fail("POST", MESSAGES, drop=True, after=True)
            asked = await standin.post(TREATY)
            await standin.wait_until(lambda: len(standin.requests_to("POST", MESSAGES)) == 2, 20, "a retry")
            first, retry = standin.requests_to("POST", MESSAGES)
            assert first.body["nonce"] == retry.body["nonce"] and retry.body["enforce_nonce"] is True
            assert len(standin.replies_to(asked)) == 1

    run(scenario())
    assert len(retry_logs(caplog)) == 1


def test_a_follow_up_that_arrived_late_is_not_resent(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The follow-up times out after Discord showed it: the deferred message says so, no second send."""
    caplog.set_level(logging.INFO, "factbot.bot.discord.send")
    caplog.set_level(logging.INFO, "factbot.questions")

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index), send_timeout_seconds=0.5) as (standin, _):
            standin.fail("POST", FOLLOWUPS, delay=1.5, after=True)
            interaction = await standin.command("ask", {"question": TREATY})
            await standin.answered(interaction)
            await standin.wait_until(
                lambda: bool(standin.requests_to("GET", FOLLOWUPS + r"/messages/@original")), 20, "the check"
            )
            await asyncio.sleep(0.3)  # room for a (wrong) second send
            assert len(standin.requests_to("POST", FOLLOWUPS)) == 1 and len(interaction.followups) == 1

    run(scenario())
    assert any("arrived; not resending" in r.getMessage() for r in caplog.records)
    (line,) = [r.fields for r in caplog.records if r.name == "factbot.questions"]  # type: ignore[attr-defined]
    assert line["delivered"] is True  # it did reach the user


def test_a_follow_up_that_never_arrived_is_resent_until_it_does(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index)) as (standin, _):
            standin.fail("POST", FOLLOWUPS, drop=True, times=2)  # dropped before Discord did anything
            interaction = await standin.command("ask", {"question": TREATY})
            reply = await standin.answered(interaction)
            assert [r.status for r in standin.requests_to("POST", FOLLOWUPS)] == [-1, -1, 200]
            checks = standin.requests_to("GET", FOLLOWUPS + r"/messages/.*")
            assert [c.path.rsplit("/", 1)[1] for c in checks] == ["@original", interaction.original["id"]]
            assert len(interaction.followups) == 1 and "exchange" in json.dumps(reply)

    run(scenario())


def test_a_reply_that_keeps_failing_is_logged_and_the_bot_keeps_serving(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "factbot.bot.discord.send")
    doomed = "does the treaty need ratification?"

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index), send_attempts=3) as (standin, _):
            fault = standin.fail("POST", MESSAGES, status=503, times=3)
            await standin.post(doomed)
            await standin.wait_until(lambda: fault.times == 0, 20, "three failed attempts")
            await asyncio.sleep(0.2)
            assert standin.channel_messages(CHANNEL_ID) == []
            asked = await standin.post(TREATY, user_id=MEMBER_ID + 1)
            await standin.wait_until(lambda: standin.replies_to(asked), 20, "the next reply")

    run(scenario())
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and doomed in errors[0] and "503" in errors[0]
    assert len(retry_logs(caplog)) == 2


class SlowLibrary(LiveIndex):
    """A search that holds its thread for 50 ms, like a big index would."""

    def ask(self, question: str, max_quotes: int | None = None, since: date | None = None) -> Answer:
        time.sleep(0.05)
        return super().ask(question, max_quotes, since)


def test_fifty_questions_at_once_are_all_answered_while_heartbeats_stay_on_time(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    interval = 0.25
    slow = SlowLibrary(lambda: Engine(sample_index), lambda: Engine(sample_index))

    async def scenario() -> None:
        options = {"heartbeat_interval": interval, "max_in_flight": 64}  # all 50 taken, none busy
        async with live_bot(monkeypatch, slow, **options) as (standin, bot):
            start = time.monotonic()
            commands = [
                standin.command("ask", {"question": TREATY}, user_id=MEMBER_ID + n) for n in range(25)
            ]
            posts = [standin.post(TREATY, user_id=MEMBER_ID + 100 + n) for n in range(25)]
            interactions = await asyncio.gather(*commands)
            messages = await asyncio.gather(*posts)
            replies = await asyncio.gather(*(standin.answered(i, timeout=20) for i in interactions))
            await standin.wait_until(lambda: all(standin.replies_to(m) for m in messages), 20, "50 replies")
            assert all("exchange" in json.dumps(embeds_of(r)) for r in replies)
            assert all(len(standin.replies_to(m)) == 1 for m in messages)
            await standin.wait_until(
                lambda: len([t for t in standin.heartbeats() if t > start]) >= 6, 20, "six heartbeats"
            )
            beats = [t for t in standin.heartbeats() if t > start - interval]
            gaps = [b - a for a, b in itertools.pairwise(beats)]
            assert max(gaps) < interval * 2.5, gaps  # never blocked (searching on the loop: gaps over 1.5 s)
            assert len(standin.identifies) == 1 and not standin.sessions[0].ws.closed  # no zombie reconnect
            assert 0 < bot.latency < 1.0  # heartbeats were acknowledged

    run(scenario(), timeout=60)
