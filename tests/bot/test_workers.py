"""Blocking calls on daemon threads: results, errors, the bound on threads, and exit."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
import threading

import pytest
from factbot.bot.workers import Workers, in_daemon_thread


def test_a_call_returns_its_result_or_raises_its_error_from_a_daemon_thread() -> None:
    async def scenario() -> None:
        workers = Workers(2)
        daemon: list[bool] = []

        def double(n: int) -> int:
            daemon.append(threading.current_thread().daemon)
            return 2 * n

        assert await workers.run(double, 21) == 42
        with pytest.raises(ValueError, match="invalid literal"):
            await workers.run(int, "not a number")
        assert daemon == [True]

    asyncio.run(scenario())


def test_a_call_waits_for_a_free_thread_beyond_the_limit() -> None:
    async def scenario() -> None:
        workers = Workers(1)
        release = threading.Event()
        ran: list[int] = []
        first = asyncio.create_task(workers.run(release.wait, 20))
        second = asyncio.create_task(workers.run(ran.append, 2))
        for _ in range(3):
            await asyncio.sleep(0)
        assert ran == []  # the only thread is busy until `release`: the second call has not started
        release.set()
        assert await first is True
        await second
        assert ran == [2]

    asyncio.run(scenario())


def test_the_limit_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least one thread"):
        Workers(0)


def test_an_occasional_call_runs_on_a_daemon_thread_of_its_own() -> None:
    async def scenario() -> None:
        threads: list[threading.Thread] = []

        def where(n: int) -> int:
            threads.append(threading.current_thread())
            return n + 1

        assert await in_daemon_thread(where, 1) == 2
        with pytest.raises(ValueError, match="invalid literal"):
            await in_daemon_thread(int, "not a number")
        (thread,) = threads
        assert thread.daemon and thread is not threading.main_thread()

    asyncio.run(scenario())


HANGS_THEN_EXITS = """
    import asyncio, threading
    from factbot.bot.workers import Workers, in_daemon_thread

    async def main() -> None:
        never = threading.Event()
        for call in (in_daemon_thread(never.wait), Workers(1).run(never.wait)):
            try:
                await asyncio.wait_for(call, 0.2)
            except TimeoutError:
                print("gave up", flush=True)

    asyncio.run(main())
"""


def test_a_call_that_never_returns_does_not_keep_the_process_alive() -> None:
    """asyncio.to_thread's executor would be joined at exit, forever; a daemon thread is not."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(HANGS_THEN_EXITS)], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout) == (0, "gave up\ngave up\n"), done.stderr
