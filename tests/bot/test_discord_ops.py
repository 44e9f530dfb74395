"""What an operator sees: the per-question log line (text and JSON), /stats, and JSON logs live."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from factbot.bot.discord.bot import LiveIndex
from factbot.bot.ops import JsonFormatter, Stats
from factbot.index.engine import Engine
from factbot.index.store.manifest import FORMAT_VERSION

from tests.bot.discord_standin import (
    ADMIN_ID,
    CHANNEL_ID,
    GUILD_ID,
    MANAGE_GUILD,
    OWNER_ID,
    StandInThread,
    embeds_of,
    eventually,
    live_bot,
    run,
)
from tests.bot.helpers import running_factbot, standin_env

TREATY = "when does the treaty take effect?"
UNANSWERABLE = "Who won the Tour de France in 1998?"
DM_CHANNEL_ID = 940_000_000_000_000_011
FIELDS = {
    "event", "time", "kind", "guild_id", "channel_id", "shard", "latency_ms", "outcome", "answered",
    "delivered", "claims", "quotes", "sources", "index_generation", "index_format",
}  # fmt: skip


def library(sample_index: Path) -> LiveIndex:
    return LiveIndex(lambda: Engine(sample_index), lambda: Engine(sample_index))


def question_lines(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return [r.fields for r in caplog.records if r.name == "factbot.questions"]  # type: ignore[attr-defined]


def test_each_question_gets_one_log_line_without_its_text_by_default(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "factbot.questions")

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index)) as (standin, bot):
            asked = await standin.command("ask", {"question": TREATY})
            await standin.answered(asked)
            dm = await standin.post(UNANSWERABLE, guild_id=None, channel_id=DM_CHANNEL_ID, mention=False)
            await standin.wait_until(lambda: standin.replies_to(dm), 20, "the DM reply")
            await eventually(lambda: len(question_lines(caplog)) == 2, 5, "two log lines")
            assert bot.index.info().generation.startswith("gen-")

    run(scenario())
    ask, dm = question_lines(caplog)
    assert set(ask) == FIELDS and set(dm) == FIELDS  # no "question": log_questions is off
    assert (ask["kind"], ask["guild_id"], ask["channel_id"], ask["shard"]) == ("ask", GUILD_ID, CHANNEL_ID, 0)
    assert ask["answered"] and ask["delivered"] and ask["claims"] >= 1 and ask["sources"] >= 2
    assert ask["index_generation"].startswith("gen-") and ask["index_format"] == FORMAT_VERSION
    assert 0 < ask["latency_ms"] < 5000
    assert (dm["kind"], dm["guild_id"], dm["outcome"], dm["answered"]) == ("dm", None, "no_answer", False)
    text = [r.getMessage() for r in caplog.records if r.name == "factbot.questions"]
    assert all(TREATY not in t and UNANSWERABLE not in t for t in text)
    assert text[0].startswith("question ") and "answered=true" in text[0] and "latency_ms=" in text[0]


def test_log_questions_adds_the_text_and_json_lines_parse(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "factbot.questions")

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index), logging_settings={"log_questions": True}) as (
            standin,
            _,
        ):
            asked = await standin.post(TREATY)
            await standin.wait_until(lambda: standin.replies_to(asked), 20, "the reply")
            await eventually(lambda: len(question_lines(caplog)) == 1, 5, "the log line")

    run(scenario())
    (record,) = [r for r in caplog.records if r.name == "factbot.questions"]
    line = json.loads(JsonFormatter().format(record))
    assert line["question"] == TREATY and line["kind"] == "mention" and line["level"] == "INFO"
    assert set(line) >= FIELDS


def test_stats_is_for_owners_and_managers_and_counts_questions(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index), owner_ids=[OWNER_ID]) as (standin, _):
            for question in (TREATY, TREATY, UNANSWERABLE):
                await standin.answered(await standin.command("ask", {"question": question}))
            refused = await standin.command("stats")
            assert "only the bot's owners" in json.dumps(await standin.answered(refused))
            for user, permissions in ((OWNER_ID, None), (ADMIN_ID, MANAGE_GUILD)):
                shown = await standin.command("stats", user_id=user, permissions=permissions)
                reply = await standin.answered(shown)
                assert shown.callbacks[0]["data"]["flags"] == 64  # ephemeral
                fields = {f["name"]: f["value"] for f in embeds_of(reply)[0]["fields"]}
                assert set(fields) == {"Uptime", "Shard", "Index", "Questions", "Latency"}
                assert "3 served · 67% answered" in fields["Questions"]
                assert (
                    "5 documents, 66 sentences" in fields["Index"]
                    and f"format {FORMAT_VERSION}" in fields["Index"]
                )
                assert "built 20" in fields["Index"] and fields["Shard"].startswith("0 of 1")
                assert "p50 " in fields["Latency"] and " ms · p95 " in fields["Latency"]

    run(scenario())


def test_refused_asks_get_their_log_line_and_count_as_refused(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A bad `since` and /ask in a DM with answer_dms off are refused, logged and counted like the rest."""
    caplog.set_level(logging.INFO, "factbot.questions")
    options = {"answer_dms": False, "owner_ids": [OWNER_ID]}

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index), **options) as (standin, _):
            bad_since = await standin.command("ask", {"question": TREATY, "since": "last week"})
            assert "must be a date" in (await standin.answered(bad_since))["content"]
            in_dm = await standin.command(
                "ask", {"question": TREATY}, guild_id=None, channel_id=DM_CHANNEL_ID
            )
            assert "only answer questions in servers" in (await standin.answered(in_dm))["content"]
            await eventually(lambda: len(question_lines(caplog)) == 2, 5, "two log lines")
            shown = await standin.command("stats", user_id=OWNER_ID)
            fields = {f["name"]: f["value"] for f in embeds_of(await standin.answered(shown))[0]["fields"]}
            assert fields["Questions"].startswith("0 served") and "2 refused" in fields["Questions"]

    run(scenario())
    since, dm = question_lines(caplog)
    assert (since["kind"], since["guild_id"], since["outcome"]) == ("ask", GUILD_ID, "refused")
    assert (dm["kind"], dm["guild_id"], dm["outcome"]) == ("ask", None, "refused")
    assert all(line["delivered"] and not line["answered"] for line in (since, dm))


def test_stats_percentiles_and_answer_rate() -> None:
    stats = Stats(clock=lambda: 100.0)
    assert stats.percentile(50) is None and stats.answer_rate is None
    for n in range(1, 101):
        stats.record("answered" if n % 4 else "no_answer", float(n), delivered=n != 7)
    stats.record("refused", 0.0, delivered=True)
    assert (stats.percentile(50), stats.percentile(95)) == (50.0, 95.0)
    assert (
        stats.served == 100 and stats.answer_rate == 0.75 and stats.refused == 1 and stats.failed_sends == 1
    )


def test_json_logging_from_the_config_reaches_stderr(tmp_path: Path, sample_index: Path) -> None:
    """`[logging] format = "json"`: `factbot discord` writes one JSON object per question on stderr."""
    home = tmp_path / "home"
    home.mkdir()
    with StandInThread() as server:
        standin = server.standin
        env = {**standin_env(home, standin, standin.token), "FACTBOT_LOGGING__FORMAT": "json"}
        with running_factbot(home, env, "discord", "--index", str(sample_index), "--no-rebuild") as proc:
            server.call(standin.wait_connected(timeout=30), 40)
            dm = server.call(standin.post(TREATY, guild_id=None, channel_id=DM_CHANNEL_ID, mention=False))
            server.call(standin.wait_until(lambda: bool(standin.replies_to(dm)), 15, "the DM reply"), 20)
            proc.terminate()
            _, stderr = proc.communicate(timeout=20)
    assert proc.returncode == 0, stderr
    lines = [json.loads(line) for line in stderr.splitlines() if line.strip()]
    (question,) = [line for line in lines if line.get("event") == "question"]
    assert question["kind"] == "dm" and question["answered"] and "question" not in question
    assert standin.token not in stderr
