"""Each question's record: counted in the running stats and written as its one log line."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from factbot.bot.ops import IndexInfo, Outcome, Stats, log_question
from factbot.index.answers.models import Answer

__all__ = ["Asked", "Kind", "QuestionLog", "shard_of"]

Kind = Literal["ask", "mention", "dm"]


def shard_of(guild_id: int | None, shard_count: int) -> int:
    """The shard Discord routes a guild's events to (DMs go to shard 0)."""
    return 0 if guild_id is None else (guild_id >> 22) % max(1, shard_count)


@dataclass(frozen=True, slots=True)
class Asked:
    """A question as it reached the bot: how (`/ask`, a mention, a DM), where, and when."""

    kind: Kind
    question: str
    guild_id: int | None
    channel_id: int | None
    started: float = field(default_factory=time.monotonic)


class QuestionLog:
    """Counts each question in `stats` and writes its log line (`ops.log_question`)."""

    def __init__(
        self,
        stats: Stats,
        index_info: Callable[[], IndexInfo | None],
        shard_count: Callable[[], int],
        *,
        log_questions: bool = False,
    ) -> None:
        self.stats = stats
        self.index_info = index_info
        self.shard_count = shard_count
        self.log_questions = log_questions

    def record(
        self, asked: Asked, outcome: Outcome, delivered: bool, answer: Answer | None = None
    ) -> dict[str, Any]:
        """Count `asked` with its outcome and latency so far, log its line, and return the line's fields."""
        latency_ms = (time.monotonic() - asked.started) * 1000
        self.stats.record(outcome, latency_ms, delivered)
        return log_question(
            kind=asked.kind,
            question=asked.question,
            guild_id=asked.guild_id,
            channel_id=asked.channel_id,
            shard=shard_of(asked.guild_id, self.shard_count()),
            latency_ms=latency_ms,
            outcome=outcome,
            answer=answer,
            delivered=delivered,
            index=self.index_info(),
            log_questions=self.log_questions,
        )
