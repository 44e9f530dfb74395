"""The guards in front of the engine: events delivered twice, channels, question length, cooldown."""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence

from factbot.bot.config import DiscordSettings

__all__ = ["Gate", "RecentIds", "channel_ids"]


class RecentIds:
    """The last `size` event ids seen, so an event Discord delivers twice is handled once.

    One instance serves every kind of event (messages, slash commands, button clicks):
    their ids are all snowflakes, which never collide across kinds.
    """

    def __init__(self, size: int = 8192) -> None:
        self.size = size
        self._ids: OrderedDict[int, None] = OrderedDict()

    def seen(self, event_id: int) -> bool:
        """True when `event_id` was seen before; otherwise remember it."""
        if event_id in self._ids:
            return True
        self._ids[event_id] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return False


class Gate:
    """Channel allow-list, question length and per-user cooldown; each refusal is a polite line."""

    def __init__(self, settings: DiscordSettings, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.clock = clock
        self._last: dict[int, float] = {}

    def check(self, user_id: int, channel_ids: Sequence[int] | None, question: str) -> str | None:
        """The refusal for this question, or None (and the cooldown starts) when it may be answered."""
        s = self.settings
        refusal = self.channel_refusal(channel_ids)
        if refusal:
            return refusal
        if not question.strip():
            return "Ask me a question, for example: when does the treaty take effect?"
        if len(question) > s.max_question_chars:
            return (
                f"Sorry, that question is too long ({len(question)} characters); "
                f"please keep it under {s.max_question_chars}."
            )
        now = self.clock()
        last = self._last.get(user_id)
        if last is not None and now - last < s.cooldown_seconds:
            wait = math.ceil(s.cooldown_seconds - (now - last))
            return f"Please wait {wait} more second{'' if wait == 1 else 's'} before your next question."
        self._forget_before(now - s.cooldown_seconds)
        self._last[user_id] = now
        return None

    def channel_refusal(self, channel_ids: Sequence[int] | None) -> str | None:
        """The refusal outside the allow-list (DMs, `None`, are not governed by it)."""
        allowed = self.settings.allowed_channel_ids
        if channel_ids is None or not allowed or set(channel_ids) & set(allowed):
            return None
        return "Sorry, I don't answer questions in this channel; please ask in one of the bot channels."

    def _forget_before(self, cutoff: float) -> None:
        if len(self._last) > 10_000:
            self._last = {u: t for u, t in self._last.items() if t >= cutoff}


def channel_ids(guild: object, channel: object, channel_id: int | None) -> list[int] | None:
    """The ids the allow-list is checked against (a thread counts as its parent), None in DMs."""
    if guild is None:
        return None
    ids = [channel_id] if channel_id is not None else []
    parent = getattr(channel, "parent_id", None)
    return [*ids, parent] if parent else ids
