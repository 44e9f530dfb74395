"""The guards in front of the engine: cooldown, channel allow-list, length, DMs, load, and /reload."""

from __future__ import annotations

import asyncio
import json
import logging
import shutil
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from factbot.bot.config import Settings
from factbot.bot.discord.bot import LiveIndex
from factbot.bot.render import NO_ANSWER
from factbot.index.answers.models import Answer
from factbot.index.engine import Engine

from tests.bot.discord_standin import (
    ADMIN_ID,
    BOT_ID,
    CHANNEL_ID,
    EVERYDAY_PERMISSIONS,
    GUILD_ID,
    MANAGE_GUILD,
    MEMBER_ID,
    OWNER_ID,
    QUIET_CHANNEL_ID,
    Interaction,
    StandIn,
    eventually,
    live_bot,
    run,
)
from tests.conftest import SAMPLE_CORPUS

TREATY = "when does the treaty take effect?"
ZEBRAS = "How many zebras are in Kenya?"
DM_CHANNEL_ID = 940_000_000_000_000_002


def library(sample_index: Path) -> LiveIndex:
    return LiveIndex(lambda: Engine(sample_index), lambda: Engine(sample_index))


def refused(interaction: Interaction) -> str:
    """The ephemeral refusal an interaction got at once (no deferral)."""
    (callback,) = interaction.callbacks
    assert callback["type"] == 4 and callback["data"]["flags"] == 64, callback  # ephemeral
    assert callback["data"]["allowed_mentions"]["parse"] == []
    return str(callback["data"]["content"])


async def reply_text(standin: StandIn, message: dict[str, Any]) -> str:
    await standin.wait_until(lambda: standin.replies_to(message), 20, "a reply")
    (reply,) = standin.replies_to(message)
    return json.dumps(reply["sent"], ensure_ascii=False)


def test_cooldown_is_per_user_with_a_polite_ephemeral_reply(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index), cooldown_seconds=30) as (standin, _):
            first = await standin.command("ask", {"question": TREATY})
            await standin.answered(first)
            again = await standin.command("ask", {"question": TREATY})
            await standin.answered(again)
            assert "Please wait 30 more seconds" in refused(again)
            other = await standin.command("ask", {"question": TREATY}, user_id=MEMBER_ID + 1)
            assert "exchange" in json.dumps(await standin.answered(other))
            mention = await standin.post(TREATY)
            assert "Please wait" in await reply_text(standin, mention)

    run(scenario())


def test_channel_allow_list(monkeypatch: pytest.MonkeyPatch, sample_index: Path) -> None:
    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index), allowed_channel_ids=[CHANNEL_ID]) as (
            standin,
            _,
        ):
            outside = await standin.command("ask", {"question": TREATY}, channel_id=QUIET_CHANNEL_ID)
            await standin.answered(outside)
            assert "don't answer questions in this channel" in refused(outside)
            mention = await standin.post(TREATY, channel_id=QUIET_CHANNEL_ID)
            assert "don't answer questions in this channel" in await reply_text(standin, mention)
            listing = await standin.command("sources", channel_id=QUIET_CHANNEL_ID)
            await standin.answered(listing)
            assert "don't answer questions in this channel" in refused(listing)
            inside = await standin.command("ask", {"question": TREATY})
            assert "exchange" in json.dumps(await standin.answered(inside))
            dm = await standin.post(TREATY, guild_id=None, channel_id=DM_CHANNEL_ID, mention=False)
            assert "exchange" in await reply_text(standin, dm)

    run(scenario())


def test_question_length_limit(monkeypatch: pytest.MonkeyPatch, sample_index: Path) -> None:
    long_question = TREATY + " " + "really " * 10

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index), max_question_chars=40) as (standin, _):
            interaction = await standin.command("ask", {"question": long_question})
            await standin.answered(interaction)
            assert f"too long ({len(long_question)} characters); please keep it under 40" in refused(
                interaction
            )
            mention = await standin.post(long_question)
            assert "too long" in await reply_text(standin, mention)
            short = await standin.command("ask", {"question": TREATY})
            assert "exchange" in json.dumps(await standin.answered(short))

    run(scenario())


def test_mentions_and_dms_can_be_turned_off(monkeypatch: pytest.MonkeyPatch, sample_index: Path) -> None:
    async def scenario() -> None:
        lib = library(sample_index)
        async with live_bot(monkeypatch, lib, answer_mentions=False, answer_dms=False) as (standin, _):
            ignored = [
                await standin.post(TREATY),
                await standin.post(TREATY, guild_id=None, channel_id=DM_CHANNEL_ID, mention=False),
            ]
            in_dm = await standin.command(
                "ask", {"question": TREATY}, guild_id=None, channel_id=DM_CHANNEL_ID
            )
            await standin.answered(in_dm)
            assert "only answer questions in servers" in refused(in_dm)
            slash = await standin.command("ask", {"question": TREATY})
            await standin.answered(slash)  # processed after the two messages
            assert not any(standin.replies_to(m) for m in ignored)

    run(scenario())


class HeldIndex(LiveIndex):
    """The real index; each search waits until the test opens `release` (a slow answer)."""

    def __init__(self, sample_index: Path) -> None:
        super().__init__(lambda: Engine(sample_index), lambda: Engine(sample_index))
        self.release = threading.Event()
        self.searches: list[str] = []

    def ask(self, question: str, max_quotes: int | None = None, since: date | None = None) -> Answer:
        self.searches.append(question)
        if not self.release.wait(20):
            raise TimeoutError("the test never released the search")
        return super().ask(question, max_quotes, since)


def test_past_max_in_flight_questions_get_an_immediate_busy_reply_and_start_no_search(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "factbot.questions")
    held = HeldIndex(sample_index)

    async def scenario() -> None:
        async with live_bot(monkeypatch, held, max_in_flight=2) as (standin, bot):
            slow_ask = await standin.command("ask", {"question": TREATY})
            slow_mention = await standin.post(TREATY, user_id=MEMBER_ID + 1)
            await eventually(lambda: len(held.searches) == 2, 5, "two searches in flight")
            busy_ask = await standin.command("ask", {"question": ZEBRAS}, user_id=MEMBER_ID + 2)
            await standin.answered(busy_ask)
            assert "busy; please ask again in a moment" in refused(busy_ask)  # at once, not deferred
            busy_mention = await standin.post(ZEBRAS, user_id=MEMBER_ID + 3)
            busy_dm = await standin.post(
                ZEBRAS, user_id=MEMBER_ID + 4, guild_id=None, channel_id=DM_CHANNEL_ID
            )
            for message in (busy_mention, busy_dm):
                assert "busy; please ask again in a moment" in await reply_text(standin, message)
            assert held.searches == [TREATY, TREATY] and not slow_ask.followups  # nothing more started
            held.release.set()
            assert "exchange" in json.dumps(await standin.answered(slow_ask))
            assert "exchange" in await reply_text(standin, slow_mention)
            after = await standin.command("ask", {"question": TREATY}, user_id=MEMBER_ID + 5)
            assert "exchange" in json.dumps(await standin.answered(after))  # room again
            assert (bot.cog.stats.busy, bot.cog.stats.served) == (3, 3)

    try:
        run(scenario())
    finally:
        held.release.set()
    lines = [r.fields for r in caplog.records if r.name == "factbot.questions"]  # type: ignore[attr-defined]
    busy = sorted(line["kind"] for line in lines if line["outcome"] == "busy")
    assert busy == ["ask", "dm", "mention"] and len(lines) == 6


def test_when_even_busy_notices_back_up_further_mentions_get_no_reply(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Past twice max_in_flight (searches plus notices being sent), a mention is logged, not answered."""
    caplog.set_level(logging.INFO, "factbot.questions")
    held = HeldIndex(sample_index)

    async def scenario() -> None:
        async with live_bot(monkeypatch, held, max_in_flight=1) as (standin, _):
            slow_ask = await standin.command("ask", {"question": TREATY})
            await eventually(lambda: len(held.searches) == 1, 5, "a search in flight")
            standin.fail("POST", r"/channels/\d+/messages", status=200, delay=3.0)  # a slow channel
            first = await standin.post(ZEBRAS, user_id=MEMBER_ID + 1)  # busy, its notice held up
            await standin.wait_until(lambda: standin.requests_to("POST", r"/channels/\d+/messages"), 5)
            second = await standin.post(ZEBRAS, user_id=MEMBER_ID + 2)  # 2 in flight = 2 × 1
            await eventually(lambda: len(question_lines()) == 1, 5, "the silent one's log line")
            assert "busy; please ask again in a moment" in await reply_text(standin, first)
            held.release.set()
            assert "exchange" in json.dumps(await standin.answered(slow_ask))
            assert standin.replies_to(second) == []

    def question_lines() -> list[dict[str, Any]]:
        return [r.fields for r in caplog.records if r.name == "factbot.questions"]  # type: ignore[attr-defined]

    try:
        run(scenario())
    finally:
        held.release.set()
    outcomes = [(line["outcome"], line["delivered"]) for line in question_lines()]
    assert outcomes[0] == ("busy", False) and sorted(outcomes[1:]) == [("answered", True), ("busy", True)]


def test_reload_is_refused_to_members_without_manage_server(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index), owner_ids=[OWNER_ID]) as (standin, _):
            member = await standin.command("reload", permissions=EVERYDAY_PERMISSIONS)
            await standin.answered(member)
            assert "only the bot's owners or members with Manage Server" in refused(member)
            owner = await standin.command("reload", user_id=OWNER_ID, guild_id=None, channel_id=DM_CHANNEL_ID)
            reply = await standin.answered(owner)
            assert owner.callbacks[0] == {"type": 5, "data": {"flags": 64}}  # ephemeral "thinking…"
            assert "Reloaded the index: 5 documents" in reply["content"]

    run(scenario())


def test_reload_and_stats_are_synced_for_manage_server_by_default(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    """The synced payload hides /reload and /stats from everyday members (a server may change that)."""

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index)) as (standin, _):
            (sync,) = standin.requests_to("PUT", rf"/applications/{BOT_ID}/guilds/{GUILD_ID}/commands")
            defaults = {c["name"]: c.get("default_member_permissions") for c in sync.body}
            assert defaults == {
                "ask": None,
                "sources": None,
                "doc": None,
                "reload": MANAGE_GUILD,
                "stats": MANAGE_GUILD,
            }
            stored = {c["name"]: c.get("default_member_permissions") for c in standin.commands[GUILD_ID]}
            assert stored == defaults

    run(scenario())


class GatedIndex(LiveIndex):
    """The real index; a reload waits for the test to open `gate` before it rebuilds."""

    gate = threading.Event()

    async def reload(self) -> str:
        if not await asyncio.to_thread(self.gate.wait, 20):
            raise TimeoutError("the test never released the reload")
        return await super().reload()


def live_index(tmp_path: Path) -> tuple[Path, GatedIndex]:
    """A copy of the sample corpus, indexed in tmp_path, opened and rebuilt the way the CLI does."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    index = GatedIndex.for_settings(Settings(), [corpus], tmp_path / "index", "auto")
    index.gate = threading.Event()
    return corpus, index


def test_admin_reload_swaps_the_index_while_questions_keep_being_answered(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    corpus, index = live_index(tmp_path)

    async def scenario() -> None:
        async with live_bot(monkeypatch, index) as (standin, _):
            before = await standin.command("ask", {"question": ZEBRAS})
            assert NO_ANSWER in json.dumps(await standin.answered(before))
            (corpus / "extra.txt").write_text("The zebra count in Kenya rose to 4,242 animals.\n")
            reload = await standin.command("reload", user_id=ADMIN_ID, permissions=MANAGE_GUILD)
            await standin.wait_until(lambda: reload.callback_types == [5], 20, "the reload to be deferred")
            twice = await standin.command("reload", user_id=ADMIN_ID, permissions=MANAGE_GUILD)
            await standin.answered(twice)
            assert "already running" in refused(twice)
            during = [await standin.command("ask", {"question": q}) for q in (TREATY, ZEBRAS)]
            treaty, zebras = [json.dumps(await standin.answered(i)) for i in during]
            assert "exchange" in treaty and NO_ANSWER in zebras  # the old index answers meanwhile
            assert not reload.followups
            index.gate.set()
            done = await standin.answered(reload, timeout=20)
            assert "Reloaded the index: 6 documents" in done["content"]
            after = await standin.command("ask", {"question": ZEBRAS})
            assert "4,242" in json.dumps(await standin.answered(after))

    run(scenario(), timeout=60)


def test_a_failed_reload_reports_the_error_and_keeps_the_old_index(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    corpus, index = live_index(tmp_path)
    index.gate.set()

    async def scenario() -> None:
        async with live_bot(monkeypatch, index) as (standin, _):
            shutil.rmtree(corpus)
            reload = await standin.command("reload", user_id=ADMIN_ID, permissions=MANAGE_GUILD)
            reply = await standin.answered(reload, timeout=20)
            assert "Reload failed; still answering from the previous index" in reply["content"]
            assert "does not exist" in reply["content"]
            after = await standin.command("ask", {"question": TREATY})
            assert "exchange" in json.dumps(await standin.answered(after))

    run(scenario(), timeout=60)
