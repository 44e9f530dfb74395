"""Blocking calls off the event loop on daemon threads, so a call that never returns cannot block exit."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import Callable
from typing import TypeVar

__all__ = ["DEFAULT_THREADS", "Workers", "in_daemon_thread"]

T = TypeVar("T")

# As many threads as asyncio.to_thread's default executor would use.
DEFAULT_THREADS = min(32, (os.cpu_count() or 1) + 4)


class Workers:
    """Run blocking calls on daemon threads, at most `limit` at once, and await their results.

    `asyncio.to_thread` runs on the loop's default executor, whose threads are joined at
    exit (by `asyncio.run` and again by the interpreter), so one call that never returns
    keeps the process alive forever. A daemon thread is left behind instead. A call that
    never returns keeps its slot, so at most `limit` threads ever exist; callers beyond
    that wait on the event loop for a free one.
    """

    def __init__(self, limit: int = DEFAULT_THREADS) -> None:
        if limit < 1:
            raise ValueError(f"Workers needs at least one thread (got limit={limit})")
        self.limit = limit
        self._slots = asyncio.Semaphore(limit)

    async def run(self, func: Callable[..., T], /, *args: object) -> T:
        """`func(*args)` on a daemon thread; its result or exception, awaited without blocking the loop."""
        await self._slots.acquire()
        return await _on_daemon_thread(func, args, self._slots.release)


async def in_daemon_thread(func: Callable[..., T], /, *args: object) -> T:
    """`func(*args)` on a daemon thread of its own: for an occasional call (opening or checking the index).

    Like `asyncio.to_thread`, without its executor's join at exit; with no bound on threads,
    so calls that could come in a crowd (questions) go through `Workers` instead.
    """
    return await _on_daemon_thread(func, args, _nothing)


def _nothing() -> None:
    """Nothing to release: a call through `in_daemon_thread` holds no slot."""


async def _on_daemon_thread(func: Callable[..., T], args: tuple[object, ...], done: Callable[[], None]) -> T:
    """`func(*args)` on a new daemon thread; `done()` runs on the loop once it returns or fails to start."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(result: T | None, error: BaseException | None) -> None:
        done()
        if future.done():  # the caller gave up (cancelled)
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def work() -> None:
        result: T | None = None
        error: BaseException | None = None
        try:
            result = func(*args)
        except BaseException as exc:  # handed to the awaiting coroutine
            error = exc
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody is waiting
            loop.call_soon_threadsafe(settle, result, error)

    try:
        threading.Thread(target=work, name=f"factbot-worker-{id(future):x}", daemon=True).start()
    except BaseException:
        done()
        raise
    return await future
