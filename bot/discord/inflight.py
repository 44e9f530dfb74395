"""The questions being answered now: a bound on how many, and a drain on shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections.abc import Iterator

from factbot.bot.ops import Outcome

__all__ = ["BUSY", "RESTARTING", "InFlight"]

log = logging.getLogger(__name__)

BUSY = "factbot is busy; please ask again in a moment."
RESTARTING = "factbot is restarting; please ask again in a minute."


class InFlight:
    """Counts the questions in flight, refuses new ones past `limit` or once closing, and drains.

    A question counts from when it is taken until its reply is sent (or given up), so a
    busy or restarting notice still being sent counts too: `backed_up` tells when even
    those are piling up.
    """

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError(f"InFlight needs a limit of at least 1 (got {limit})")
        self.limit = limit
        self.closing = False
        self._questions: dict[int, str] = {}
        self._tickets = itertools.count()
        self._idle = asyncio.Event()
        self._idle.set()

    def __len__(self) -> int:
        return len(self._questions)

    def refusal(self) -> tuple[str, Outcome] | None:
        """Why no new question is taken now (closing, or `limit` in flight) and its outcome, or None."""
        if self.closing:
            return RESTARTING, "refused"
        if len(self._questions) >= self.limit:  # shed load: no backlog
            return BUSY, "busy"
        return None

    def backed_up(self) -> bool:
        """True at twice `limit` in flight: even the busy notices back up (slow or rate-limited REST)."""
        return len(self._questions) >= 2 * self.limit

    @contextlib.contextmanager
    def answering(self, question: str) -> Iterator[None]:
        """Count `question` as in flight until the block ends."""
        ticket = next(self._tickets)
        self._questions[ticket] = question
        self._idle.clear()
        try:
            yield
        finally:
            del self._questions[ticket]
            if not self._questions:
                self._idle.set()

    async def drain(self, timeout: float) -> list[str]:
        """Stop taking questions; wait up to `timeout` s for those in flight; return any left."""
        self.closing = True
        if self._questions:
            log.info("waiting up to %.0f s for %d answers in flight", timeout, len(self._questions))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._idle.wait(), timeout)
        return list(self._questions.values())
