"""Blocking calls on daemon threads: results, errors, and the bound on threads."""

from __future__ import annotations

import asyncio
import threading

import pytest
from factbot.bot.workers import Workers


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
