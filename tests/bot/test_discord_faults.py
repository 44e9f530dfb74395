"""Faults via the stand-in: gateway drops, 5xx bursts, slow REST, a broken index, stuck searches, SIGTERM."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import signal
import time
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from factbot.bot.config import Settings
from factbot.bot.discord.bot import FactbotBot, LiveIndex, _main
from factbot.index.answers.models import Answer
from factbot.index.engine import Engine
from factbot.index.store.build import BuildOptions, build_index
from pydantic import SecretStr

from tests.bot.discord_standin import (
    ADMIN_ID,
    CHANNEL_ID,
    GUILD_ID,
    MANAGE_GUILD,
    MEMBER_ID,
    QUIET_CHANNEL_ID,
    Interaction,
    StandIn,
    StandInThread,
    eventually,
    live_bot,
    point_discord_py_at,
    run,
)
from tests.bot.helpers import running_factbot, standin_env
from tests.conftest import SAMPLE_CORPUS

TREATY = "when does the treaty take effect?"
RATIFY = "does the treaty need ratification?"
MESSAGES = r"/channels/\d+/messages"
FOLLOWUPS = r"/webhooks/\d+/[^/]+"
DM_CHANNEL_ID = 940_000_000_000_000_009


def library(sample_index: Path) -> LiveIndex:
    return LiveIndex(lambda: Engine(sample_index), lambda: Engine(sample_index))


def answers_to(standin: StandIn, message: dict) -> int:
    return len(standin.replies_to(message))


# ---- the gateway drops -------------------------------------------------------------------------
@pytest.mark.parametrize("drop", ["1006", "4000", "reconnect-op7"])
def test_a_dropped_gateway_resumes_replays_what_was_missed_and_answers_nothing_twice(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, drop: str
) -> None:
    """1006 (no close frame), 4000 (unknown error) and op 7 (Discord asks for a reconnect) resume."""

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index)) as (standin, _):
            before = await standin.post(TREATY)
            asked = await standin.command("ask", {"question": RATIFY}, user_id=MEMBER_ID + 1)
            await standin.wait_until(lambda: answers_to(standin, before) == 1, 20, "the first reply")
            await standin.answered(asked)
            if drop == "reconnect-op7":
                await standin.request_reconnect()
            else:
                await standin.drop_gateway(int(drop))
            missed = await standin.post(TREATY, user_id=MEMBER_ID + 2)  # asked while disconnected
            await standin.wait_until(lambda: len(standin.resumes) == 1, 20, "a RESUME")
            await standin.wait_until(lambda: answers_to(standin, missed) == 1, 20, "the missed question")
            after = await standin.post(TREATY, user_id=MEMBER_ID + 3)
            await standin.wait_until(lambda: answers_to(standin, after) == 1, 20, "the next question")
            await asyncio.sleep(0.3)  # room for a (wrong) second answer
            assert len(standin.identifies) == 1  # resumed, not a new session
            assert [answers_to(standin, m) for m in (before, missed, after)] == [1, 1, 1]
            assert len(asked.callbacks) == 1 and len(asked.followups) == 1

    run(scenario())


def test_events_replayed_after_a_resume_are_answered_once(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    """Discord may deliver an event twice around a resume: the bot answers each message and command once."""

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index), heartbeat_interval=30) as (standin, _):
            standin.replay_from_heartbeat = True  # replay everything since the first heartbeat
            mention = await standin.post(TREATY)
            dm = await standin.post(TREATY, guild_id=None, channel_id=DM_CHANNEL_ID, mention=False)
            command = await standin.command("ask", {"question": RATIFY}, user_id=MEMBER_ID + 1)
            await standin.answered(command)
            await standin.wait_until(lambda: answers_to(standin, mention) and answers_to(standin, dm), 20)
            await standin.drop_gateway(4000)
            await standin.wait_until(lambda: len(standin.resumes) == 1, 20, "a RESUME")
            replayed = standin.sessions[-1].replayed
            assert replayed.count("MESSAGE_CREATE") == 2 and "INTERACTION_CREATE" in replayed
            after = await standin.post(RATIFY, user_id=MEMBER_ID + 3)
            await standin.wait_until(lambda: answers_to(standin, after) == 1, 20, "the next question")
            await asyncio.sleep(0.3)
            assert [answers_to(standin, m) for m in (mention, dm, after)] == [1, 1, 1]
            assert len(command.callbacks) == 1 and len(command.followups) == 1

    run(scenario())


def _button(message: dict, label: str) -> str:
    buttons = [c for row in message["components"] for c in row["components"]]
    return next(b["custom_id"] for b in buttons if label in b["label"])


def _footer(interaction: Interaction) -> str:
    (callback,) = interaction.callbacks
    return str(callback["data"]["embeds"][0]["footer"]["text"])


def test_a_button_click_replayed_after_a_resume_turns_one_page(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A click replayed around a resume reaches the page buttons, not the command tree: still once."""
    corpus, directory = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    records = [{"id": f"doc{n:02d}", "title": f"Report {n}", "text": f"Report {n} text."} for n in range(23)]
    (corpus / "docs.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    build_index([corpus], directory, BuildOptions())
    index = LiveIndex(lambda: Engine(directory), lambda: Engine(directory))

    async def scenario() -> None:
        async with live_bot(monkeypatch, index, heartbeat_interval=30) as (standin, bot):
            assert bot.cog.recent is bot.tree.recent  # one memory of message, command and click ids
            standin.replay_from_heartbeat = True  # replay everything since the first heartbeat
            sources = await standin.command("sources")
            first = await standin.answered(sources)
            turned = await standin.click(sources, _button(first, "Next"))
            await standin.answered(turned)
            assert _footer(turned).endswith("page 2/3")
            await standin.drop_gateway(4000)
            await standin.wait_until(lambda: len(standin.resumes) == 1, 20, "a RESUME")
            assert standin.sessions[-1].replayed.count("INTERACTION_CREATE") == 2  # /sources and the click
            back = await standin.click(sources, _button(first, "Previous"))
            await standin.answered(back)
            await asyncio.sleep(0.3)  # room for a (wrong) second turn of the page
            assert _footer(back).endswith("page 1/3")  # the replayed click turned nothing (else 2/3)
            callbacks = standin.requests_to("POST", rf"/interactions/{turned.id}/[^/]+/callback")
            assert len(callbacks) == 1 and len(sources.callbacks) == 1

    run(scenario())


def test_an_expired_session_identifies_again_and_answers_the_next_question(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    """4009 (session timed out): the RESUME is refused (op 9), so the bot identifies afresh."""

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index)) as (standin, _):
            before = await standin.post(TREATY)
            await standin.wait_until(lambda: answers_to(standin, before) == 1, 20, "the first reply")
            standin.expired_sessions.add(standin.sessions[0].session_id)
            await standin.drop_gateway(4009)
            await standin.wait_until(lambda: len(standin.identifies) == 2, 20, "a second IDENTIFY")
            await standin.wait_connected()
            after = await standin.command("ask", {"question": RATIFY}, user_id=MEMBER_ID + 1)
            assert "ratif" in json.dumps(await standin.answered(after)).lower()
            await asyncio.sleep(0.3)
            assert answers_to(standin, before) == 1 and len(after.followups) == 1

    run(scenario(), timeout=40)


# ---- REST: bursts of 5xx and a slow endpoint ----------------------------------------------------
def test_a_burst_of_5xx_ends_in_one_reply_or_one_logged_failure_per_question(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    questions = [f"{TREATY} ({n})" for n in range(6)]

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index), send_attempts=3) as (standin, bot):
            # 15 > 6 questions x 2 failures, and < 6 x 3 attempts: some run out of retries, not all
            burst = standin.fail("POST", f"{MESSAGES}|{FOLLOWUPS}", status=503, times=15)
            posted = [await standin.post(q, user_id=MEMBER_ID + n) for n, q in enumerate(questions[:4])]
            commands = [
                await standin.command("ask", {"question": q}, user_id=MEMBER_ID + 10 + n)
                for n, q in enumerate(questions[4:])
            ]
            sends = f"{MESSAGES}|{FOLLOWUPS}"
            await standin.wait_until(lambda: burst.times == 0, 20, "the burst to pass")
            await eventually(lambda: bot.cog is not None and bot.cog.stats.served == 6, 20, "six questions")
            after = await standin.post(RATIFY, user_id=MEMBER_ID + 20)
            await standin.wait_until(lambda: answers_to(standin, after) == 1, 20, "the next question")
            replies = [answers_to(standin, m) for m in posted] + [len(c.followups) for c in commands]
            failed = [q for q in questions if any(q in r.getMessage() for r in _send_errors(caplog))]
            for question, count in zip(questions, replies, strict=True):
                assert (count, question in failed) in {(1, False), (0, True)}, (question, count)
            assert 1 <= len(failed) <= 5  # the burst outlasted some questions' retries, not all
            assert len(standin.requests_to("POST", sends)) <= 6 * 3 + 1  # bounded: attempts per reply
            assert bot.cog.stats.failed_sends == len(failed)

    run(scenario(), timeout=45)


def _send_errors(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "factbot.bot.discord.send" and r.levelno == logging.ERROR]


def test_a_slow_endpoint_times_out_retries_once_delivered_and_others_are_served_meanwhile(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Sends to one channel take 1.5 s (timeout 0.5 s): retried with the same nonce, one message."""
    caplog.set_level(logging.INFO, "factbot.bot.discord.send")
    slow_path = rf"/channels/{CHANNEL_ID}/messages"

    async def scenario() -> None:
        async with live_bot(monkeypatch, library(sample_index), send_timeout_seconds=0.5) as (standin, _):
            slow = standin.fail("POST", slow_path, status=200, delay=1.5, times=2)
            asked = await standin.post(TREATY)
            await eventually(lambda: slow.times < 2, 10, "the first slow send")
            started = time.monotonic()
            others = [
                await standin.post(RATIFY, user_id=MEMBER_ID + n, channel_id=QUIET_CHANNEL_ID)
                for n in range(1, 4)
            ]
            await standin.wait_until(lambda: all(answers_to(standin, m) for m in others), 10, "the others")
            served_in = time.monotonic() - started
            await standin.wait_until(lambda: answers_to(standin, asked) == 1, 20, "the slow reply")
            await asyncio.sleep(1.6)  # every slow request has finished on the server
            attempts = standin.requests_to("POST", slow_path)
            assert len(attempts) == 3 and len({a.body["nonce"] for a in attempts}) == 1
            assert answers_to(standin, asked) == 1 and served_in < 1.0

    run(scenario())
    assert any("timed out" in r.getMessage() for r in caplog.records if "retrying" in r.getMessage())


# ---- the index breaks under the bot -------------------------------------------------------------
def built(tmp_path: Path) -> tuple[Path, Path]:
    corpus, directory = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    build_index([corpus], directory, BuildOptions())
    return corpus, directory


def admin_reload(standin: StandIn):
    return standin.command("reload", user_id=ADMIN_ID, permissions=MANAGE_GUILD)


def index_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "factbot.bot.discord.bot" and r.levelno >= 40]


def test_a_deleted_index_keeps_answering_logs_one_error_and_reload_reports_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "factbot.bot.discord.bot")
    corpus, directory = built(tmp_path)

    def rebuild() -> Engine:
        build_index([corpus], directory, BuildOptions())
        return Engine(directory)

    index = LiveIndex(lambda: Engine(directory), rebuild)

    async def scenario() -> None:
        async with live_bot(monkeypatch, index, index_check_seconds=0.05) as (standin, _):
            shutil.rmtree(directory)
            shutil.rmtree(corpus)  # the whole data volume went away
            await eventually(lambda: bool(index_errors(caplog)), 5, "the index error")
            for n in range(3):
                asked = await standin.post(TREATY, user_id=MEMBER_ID + n)
                await standin.wait_until(lambda: answers_to(standin, asked) == 1, 20, "an answer")  # noqa: B023
                assert "exchange" in json.dumps(standin.replies_to(asked)[0]["sent"])
            await asyncio.sleep(0.3)  # several more checks: still one error
            reload = await admin_reload(standin)
            text = json.dumps(await standin.answered(reload))
            assert "Reload failed; still answering from the previous index" in text and "corpus" in text
            after = await standin.command("ask", {"question": RATIFY}, user_id=MEMBER_ID + 9)
            assert "ratif" in json.dumps(await standin.answered(after)).lower()

    run(scenario())
    (error,) = index_errors(caplog)
    assert str(directory) in error and "Still answering from the copy loaded in memory" in error


def test_a_corrupted_index_is_reported_by_reload_and_never_swapped_in(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """CURRENT garbled and an array truncated on disk: the bot answers from memory; /reload refuses."""
    caplog.set_level(logging.INFO, "factbot.bot.discord.bot")
    _, directory = built(tmp_path)
    index = LiveIndex(lambda: Engine(directory), lambda: Engine(directory))  # reopen, as shards do

    async def scenario() -> None:
        async with live_bot(monkeypatch, index, index_check_seconds=0.05) as (standin, _):
            generation = index.info().generation
            broken = directory / "gen-broken"
            shutil.copytree(directory / generation, broken)
            array = broken / "sentences.data.npy"
            array.write_bytes(array.read_bytes()[:-64])  # a new file: the live generation is untouched
            (directory / "CURRENT").write_text("no-such-generation")
            await eventually(lambda: bool(index_errors(caplog)), 5, "the index error")
            assert "corrupt" in index_errors(caplog)[0]
            (directory / "CURRENT").write_text("gen-broken")  # points at the truncated copy
            reload = await admin_reload(standin)
            text = json.dumps(await standin.answered(reload))
            assert "Reload failed; still answering from the previous index" in text and "corrupt" in text
            assert index.info().generation == generation
            asked = await standin.command("ask", {"question": TREATY})
            assert "exchange" in json.dumps(await standin.answered(asked))

    run(scenario())
    assert len(index_errors(caplog)) == 1  # one error for the whole outage


def test_files_of_the_live_generation_truncated_in_place_cannot_reach_the_loaded_index(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The bot holds its arrays in memory: truncating them on disk (same inode) changes no answer."""
    caplog.set_level(logging.INFO, "factbot.bot.discord.bot")
    _, directory = built(tmp_path)
    index = LiveIndex(lambda: Engine(directory, resident=True), lambda: Engine(directory, resident=True))

    async def scenario() -> None:
        async with live_bot(monkeypatch, index, index_check_seconds=0.05) as (standin, _):
            first = await standin.command("ask", {"question": TREATY})
            expected = (await standin.answered(first))["embeds"]
            generation = directory / index.info().generation
            for array in generation.glob("*.npy"):
                with open(array, "r+b") as handle:  # in place: a mapped page would fault
                    handle.truncate(10)
            await eventually(lambda: bool(index_errors(caplog)), 5, "the index error")
            for n in range(3):
                asked = await standin.command("ask", {"question": TREATY}, user_id=MEMBER_ID + n)
                assert (await standin.answered(asked))["embeds"] == expected
            reload = await admin_reload(standin)
            text = json.dumps(await standin.answered(reload))
            assert "Reload failed; still answering from the previous index" in text and ".npy" in text
            assert index.info().generation == generation.name

    run(scenario())
    (error,) = index_errors(caplog)  # one error for the whole outage
    assert ".npy changed on disk" in error and "Still answering from the copy loaded in memory" in error


@pytest.mark.parametrize("rebuild", ["auto", "never"])
def test_the_bot_holds_its_index_arrays_in_memory(tmp_path: Path, rebuild: str) -> None:
    corpus, directory = built(tmp_path)
    index = LiveIndex.for_settings(Settings(), [corpus], directory, rebuild)  # type: ignore[arg-type]
    index.load()
    asyncio.run(index.reload())
    with index.lease() as engine:
        assert engine.index.resident and not isinstance(engine.index.sentence_doc, np.memmap)
    index.close()


def test_health_names_a_generation_built_by_another_process_until_reload(tmp_path: Path) -> None:
    corpus, directory = built(tmp_path)
    index = LiveIndex(lambda: Engine(directory, resident=True), lambda: Engine(directory, resident=True))
    index.load()
    assert index.health() is None
    build_index([corpus], directory, BuildOptions())  # e.g. `factbot index` from a timer
    live = (directory / "CURRENT").read_text()
    assert index.health() == f"the index in {directory} was rebuilt as {live}; /reload switches to it"
    asyncio.run(index.reload())
    assert index.health() is None and index.info().generation == live
    index.close()


# ---- SIGTERM with questions in flight ----------------------------------------------------------
class SlowLibrary(LiveIndex):
    """Each search takes `delay` seconds, except questions containing "forever" (2.5 s)."""

    delay = 0.5
    started = 0

    def ask(self, question: str, max_quotes: int | None = None, since: date | None = None) -> Answer:
        SlowLibrary.started += 1
        time.sleep(2.5 if "forever" in question else self.delay)
        return super().ask(question, max_quotes, since)


def test_sigterm_sends_the_answers_in_flight_then_exits_cleanly(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    slow = SlowLibrary(lambda: Engine(sample_index), lambda: Engine(sample_index))
    SlowLibrary.started = 0

    async def scenario() -> None:
        standin = StandIn()
        await standin.start()
        point_discord_py_at(standin, monkeypatch)
        options = {"guild_ids": [GUILD_ID], "cooldown_seconds": 0, "shutdown_grace_seconds": 1.2}
        bot = FactbotBot(Settings(discord=options), slow)
        main = asyncio.create_task(_main(bot, SecretStr(standin.token)))
        try:
            await standin.wait_connected()
            mention = await standin.post(TREATY)
            dm = await standin.post(TREATY, guild_id=None, channel_id=DM_CHANNEL_ID, mention=False)
            command = await standin.command("ask", {"question": RATIFY}, user_id=MEMBER_ID + 1)
            stuck = await standin.post(f"{TREATY} forever", user_id=MEMBER_ID + 2)
            await eventually(lambda: SlowLibrary.started == 4, 5, "four searches in flight")
            os.kill(os.getpid(), signal.SIGTERM)
            await eventually(lambda: bot.cog is not None and bot.cog.closing, 5, "the drain")
            late = await standin.post(TREATY, user_id=MEMBER_ID + 3)  # after SIGTERM: told to retry
            await asyncio.wait_for(main, 10)
            assert [answers_to(standin, m) for m in (mention, dm)] == [1, 1]
            assert len(command.followups) == 1 and "ratif" in json.dumps(command.reply).lower()
            assert answers_to(standin, stuck) == 0
            assert "restarting" in json.dumps(standin.replies_to(late)[0]["sent"])
            assert standin.sessions[0].close_code == 1000 and bot.is_closed()
        finally:
            await standin.close()

    run(scenario(), timeout=30)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [f"shutting down before the answer to '{TREATY} forever' was sent (waited 1 s)"]


# A search that never returns, injected into the bot's process only (its sitecustomize).
STUCK_SEARCH = """
import os, threading
if os.environ.get("STUCK_QUESTION"):
    from factbot.index.engine import Engine
    _ask = Engine.ask
    def ask(self, question, *args, **kwargs):
        if question == os.environ["STUCK_QUESTION"]:
            with open(os.environ["STUCK_MARKER"], "w") as marker:
                marker.write("searching")
            threading.Event().wait()  # never returns
        return _ask(self, question, *args, **kwargs)
    Engine.ask = ask
"""


def test_a_search_that_never_returns_does_not_keep_the_process_alive_after_sigterm(
    tmp_path: Path, sample_index: Path
) -> None:
    """After the grace period the unsent question is logged and `factbot discord` exits 0."""
    home, marker, grace = tmp_path / "home", tmp_path / "searching", 1.0
    home.mkdir()
    with StandInThread() as server:
        standin = server.standin
        env = standin_env(home, standin, standin.token)
        with (home / "hooks" / "sitecustomize.py").open("a") as hooks:
            hooks.write(STUCK_SEARCH)
        env.update(
            STUCK_QUESTION=TREATY,
            STUCK_MARKER=str(marker),
            FACTBOT_DISCORD__SHUTDOWN_GRACE_SECONDS=str(grace),
        )
        with running_factbot(home, env, "discord", "--index", str(sample_index), "--no-rebuild") as proc:
            server.call(standin.wait_connected(timeout=30), 40)
            server.call(standin.post(TREATY, guild_id=None, channel_id=DM_CHANNEL_ID, mention=False))
            deadline = time.monotonic() + 20
            while not marker.exists():  # the search has started (and will never return)
                assert time.monotonic() < deadline, "the stuck search never started"
                time.sleep(0.01)
            started = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            _, stderr = proc.communicate(timeout=grace + 20)
            took = time.monotonic() - started
    assert proc.returncode == 0, stderr
    assert took < grace + 8, took
    assert f"shutting down before the answer to '{TREATY}' was sent (waited 1 s)" in stderr
    assert "Traceback" not in stderr


def test_a_reload_that_rebuilds_logs_each_file_it_could_not_use(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The loaders return their warnings; the bot's rebuild is where they reach the log."""
    caplog.set_level(logging.INFO, "factbot.bot.discord.bot")
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    index = LiveIndex.for_settings(Settings(), [corpus], tmp_path / "index")
    index.load()
    (corpus / "broken.txt").write_bytes(b"\xff\xfe not text")  # added after the first build
    asyncio.run(index.reload())
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "broken.txt" in warnings[0], warnings
    index.close()
