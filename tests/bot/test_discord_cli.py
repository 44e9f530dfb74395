"""`factbot discord` as a user runs it: a subprocess, its token from the environment."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from factbot.bot.render import NO_ANSWER

from tests.bot.discord_standin import ADMIN_ID, BOT_ID, MANAGE_GUILD, MEMBER_ID, StandInThread
from tests.bot.helpers import factbot, running_factbot, standin_env, user_env
from tests.conftest import SAMPLE_CORPUS

TREATY = "when does the treaty take effect?"
ZEBRAS = "How many zebras are in Kenya?"
DM_CHANNEL_ID = 940_000_000_000_000_003


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("factbot: ")
    return lines[0]


def test_without_a_token_it_says_so_in_one_line_and_exits_2(home: Path) -> None:
    line = one_line(factbot(home, "discord"))
    assert "DISCORD_TOKEN" in line
    env = user_env(home, FACTBOT_DISCORD__TOKEN_ENV="MY_BOT_TOKEN", DISCORD_TOKEN="ignored")
    assert "MY_BOT_TOKEN" in one_line(factbot(home, "discord", env=env))


def test_a_rejected_token_is_one_line_exit_2_and_never_printed(home: Path, sample_index: Path) -> None:
    secret = "MTIz.not-the-right.token-0123456789"
    with StandInThread() as server:
        env = standin_env(home, server.standin, secret)
        quiet = factbot(home, "discord", "--index", str(sample_index), "--no-rebuild", env=env)
        verbose = factbot(home, "-vv", "discord", "--index", str(sample_index), "--no-rebuild", env=env)
        assert server.standin.requests_to("GET", "/users/@me")  # it really asked the stand-in
    assert "rejected the bot token" in one_line(quiet)
    assert "rejected the bot token" in verbose.stderr.strip().splitlines()[-1]  # -vv logs more lines
    assert verbose.returncode == 2 and "Traceback" not in verbose.stderr
    assert secret not in quiet.stdout + quiet.stderr + verbose.stdout + verbose.stderr


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_it_serves_then_stops_cleanly_on_a_signal(
    home: Path, sample_index: Path, sig: signal.Signals
) -> None:
    with StandInThread() as server:
        standin = server.standin
        env = standin_env(home, standin, standin.token)
        with running_factbot(
            home, env, "discord", "--index", str(sample_index), "--no-rebuild", "--sync"
        ) as proc:
            server.call(standin.wait_connected(timeout=30), 40)
            dm = server.call(standin.post(TREATY, guild_id=None, channel_id=DM_CHANNEL_ID, mention=False))
            server.call(standin.wait_until(lambda: bool(standin.replies_to(dm)), 15, "the DM reply"), 20)
            assert "exchange" in json.dumps(standin.replies_to(dm)[0]["sent"])
            assert standin.requests_to(
                "PUT", rf"/applications/{BOT_ID}/commands"
            )  # --sync, no guild ids: global
            started = time.monotonic()
            proc.send_signal(sig)
            _, stderr = proc.communicate(timeout=20)
        assert proc.returncode == 0, stderr
        assert time.monotonic() - started < 10
        assert "Traceback" not in stderr and standin.token not in stderr
        server.call(standin.wait_until(lambda: all(s.ws.closed for s in standin.sessions), 5, "close"), 10)
        assert standin.sessions[0].close_code == 1000  # a clean websocket close, not a dropped connection


def test_reload_with_no_rebuild_rereads_the_index_another_process_built(home: Path, tmp_path: Path) -> None:
    """With --no-rebuild the corpus is never read: /reload switches to what `factbot index` built."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    assert factbot(home, "index", "--corpus", str(corpus), "--index", str(index)).returncode == 0
    with StandInThread() as server:
        standin = server.standin
        env = {**standin_env(home, standin, standin.token), "FACTBOT_DISCORD__COOLDOWN_SECONDS": "0"}
        with running_factbot(
            home, env, "discord", "--corpus", str(corpus), "--index", str(index), "--no-rebuild"
        ) as proc:
            server.call(standin.wait_connected(timeout=30), 40)
            before = server.call(standin.command("ask", {"question": ZEBRAS}))
            assert NO_ANSWER in json.dumps(server.call(standin.answered(before)))
            changed = tmp_path / "changed"
            shutil.copytree(corpus, changed)
            (changed / "extra.txt").write_text("The zebra count in Kenya rose to 4,242 animals.\n")
            built = factbot(home, "index", "--corpus", str(changed), "--index", str(index))
            assert built.returncode == 0, built.stderr
            shutil.rmtree(corpus)  # the bot's own corpus is gone: reading it would fail the reload
            reload = server.call(standin.command("reload", user_id=ADMIN_ID, permissions=MANAGE_GUILD))
            text = server.call(standin.answered(reload))["content"]
            live = (index / "CURRENT").read_text().strip()
            assert text.startswith("Reloaded the index: 6 documents, ")
            assert text.endswith(f", re-read from disk ({live}).")
            after = server.call(standin.command("ask", {"question": ZEBRAS}, user_id=MEMBER_ID + 1))
            assert "4,242" in json.dumps(server.call(standin.answered(after)))
            proc.terminate()
            _, stderr = proc.communicate(timeout=20)
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr
