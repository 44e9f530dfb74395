"""Sending to Discord: tenacity retries on transient failures, and never a duplicate reply.

discord.py already retries 500/502/504 and sleeps through 429s (honouring
`retry_after`); this layer retries what reaches it (other 5xx, connection resets,
timeouts) a bounded number of times, with exponential backoff and jitter, logging
each retry. A retry must not post a reply twice:

- channel messages carry one nonce across retries, with `enforce_nonce` (discord.py
  sends it with every nonce), so Discord returns the first message instead of
  creating a second one;
- an interaction follow-up has no nonce, so after an ambiguous failure (timeout or
  dropped connection) the deferred response is fetched: it is retried only when the
  "thinking…" placeholder is still there, i.e. when the follow-up did not go through;
- an initial interaction response that turns out to have arrived after all is
  reported by Discord as "already acknowledged" (40060), which counts as sent.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

import aiohttp
import discord
from factbot.bot.discord.render import Reply
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, stop_after_attempt
from tenacity.wait import wait_exponential_jitter

__all__ = ["NONE", "TRANSIENT", "Sender", "new_nonce"]

log = logging.getLogger(__name__)

T = TypeVar("T")

NONE = discord.AllowedMentions.none()
# Failures worth another try. 429s never get here: discord.py waits and retries them itself.
TRANSIENT: tuple[type[BaseException], ...] = (
    discord.DiscordServerError,
    aiohttp.ClientConnectionError,
    asyncio.TimeoutError,
)
# Failures after which the request certainly created nothing.
NOT_SENT: tuple[type[BaseException], ...] = (discord.DiscordServerError, aiohttp.ClientConnectorError)
_ALREADY_ACKNOWLEDGED = 40060


class _NotDelivered(Exception):
    """A follow-up failed ambiguously and the check shows it did not arrive."""


# Failures after which a reply is given up (and logged), and a check is given up.
_UNSENT: tuple[type[BaseException], ...] = (
    discord.HTTPException,
    discord.ClientException,
    _NotDelivered,
    *TRANSIENT,
)
_UNCHECKED: tuple[type[BaseException], ...] = (discord.HTTPException, discord.ClientException, *TRANSIENT)


def new_nonce() -> str:
    """A fresh message nonce (Discord accepts strings of up to 25 characters)."""
    return secrets.token_hex(12)


@dataclass(frozen=True, slots=True)
class Sender:
    """Sends replies with bounded, logged retries; a reply that still fails is logged and dropped."""

    attempts: int
    backoff: float
    timeout: float

    def _retrying(self, what: str, retry_on: tuple[type[BaseException], ...]) -> AsyncRetrying:
        def log_retry(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            delay = state.next_action.sleep if state.next_action else 0.0
            log.warning(
                "retrying %s in %.2f s (attempt %d of %d failed: %s)",
                what,
                delay,
                state.attempt_number,
                self.attempts,
                _describe(exc),
            )

        return AsyncRetrying(
            stop=stop_after_attempt(self.attempts),
            wait=wait_exponential_jitter(multiplier=self.backoff, max=self.backoff * 16, jitter=self.backoff),
            retry=retry_if_exception_type(retry_on),
            before_sleep=log_retry,
            reraise=True,
        )

    async def _run(
        self,
        what: str,
        question: str,
        call: Callable[[], Awaitable[T]],
        retry_on: tuple[type[BaseException], ...] = TRANSIENT,
        *,
        timed: bool = True,
    ) -> T | None:
        """Await `call()` with retries; None when it still fails (logged with the question)."""
        try:
            async for attempt in self._retrying(what, retry_on):
                with attempt:
                    if not timed:
                        return await call()
                    async with asyncio.timeout(self.timeout):
                        return await call()
        except _UNSENT as exc:
            log.error("could not send %s for question %r: %s", what, question, _describe(exc))
        return None

    async def to_channel(
        self,
        channel: discord.abc.Messageable,
        reply: Reply,
        *,
        question: str,
        reference: discord.Message | None = None,
    ) -> discord.Message | None:
        """Post a reply in a channel or DM; retries reuse one nonce, so Discord keeps one message."""
        nonce = new_nonce()
        ref = reference.to_reference(fail_if_not_exists=False) if reference is not None else None

        async def send() -> discord.Message:
            return await channel.send(
                content=reply.content,
                embeds=reply.embeds,
                nonce=nonce,  # discord.py adds enforce_nonce=True to every nonce
                allowed_mentions=NONE,
                reference=ref,  # type: ignore[arg-type]  # send() takes None: not a reply
                mention_author=False,
            )

        return await self._run("a channel message", question, send)

    async def respond(self, interaction: discord.Interaction, text: str, *, question: str = "") -> bool:
        """Answer an interaction at once with a short ephemeral message."""

        async def send() -> bool:
            await _acknowledged(
                interaction.response.send_message(text, ephemeral=True, allowed_mentions=NONE)
            )
            return True

        return bool(await self._run("an interaction response", question, send))

    async def respond_reply(
        self, interaction: discord.Interaction, reply: Reply, *, question: str = ""
    ) -> bool:
        """Answer an interaction at once with an ephemeral message of embeds."""

        async def send() -> bool:
            await _acknowledged(
                interaction.response.send_message(
                    reply.content, embeds=reply.embeds, ephemeral=True, allowed_mentions=NONE
                )
            )
            return True

        return bool(await self._run("an interaction response", question, send))

    async def defer(
        self, interaction: discord.Interaction, *, question: str = "", ephemeral: bool = False
    ) -> bool:
        """Acknowledge an interaction with "thinking…"; True when acknowledged."""

        async def send() -> bool:
            await _acknowledged(interaction.response.defer(thinking=True, ephemeral=ephemeral))
            return True

        return bool(await self._run("a deferral", question, send))

    async def followup(
        self,
        interaction: discord.Interaction,
        reply: Reply,
        *,
        question: str,
        view: discord.ui.View | None = None,
    ) -> discord.Message | None:
        """Send the follow-up that replaces the "thinking…" placeholder, at most once.

        Returns the message Discord shows (also when a try that seemed to fail arrived),
        or None when it was not delivered or cannot be told.
        """
        original: list[int] = []  # the placeholder's id, once known: later checks fetch it afresh

        async def send() -> discord.Message | None:
            try:
                async with asyncio.timeout(self.timeout):
                    return await interaction.followup.send(
                        content=reply.content or discord.utils.MISSING,
                        embeds=reply.embeds,
                        allowed_mentions=NONE,
                        view=view or discord.utils.MISSING,
                        wait=True,
                    )
            except NOT_SENT:
                raise
            except TRANSIENT as exc:
                shown = await self._shown(interaction, original)
                if shown is not None and shown.flags.loading:
                    raise _NotDelivered(_describe(exc)) from exc
                if shown is not None:
                    log.warning(
                        "follow-up for %r failed (%s) but arrived; not resending", question, _describe(exc)
                    )
                return shown

        return await self._run("a follow-up", question, send, (*TRANSIENT, _NotDelivered), timed=False)

    async def _shown(self, interaction: discord.Interaction, original: list[int]) -> discord.Message | None:
        """The response Discord shows now ("thinking…" while flags.loading), or None when it cannot tell."""
        try:
            async with asyncio.timeout(self.timeout):
                if original:
                    message: discord.Message = await interaction.followup.fetch_message(original[0])
                else:
                    message = await interaction.original_response()
                    original.append(message.id)
        except _UNCHECKED as exc:
            log.warning("cannot tell whether a follow-up arrived (%s); not resending", _describe(exc))
            return None
        return message


async def _acknowledged(call: Awaitable[object]) -> None:
    """Run an initial interaction response; "already acknowledged" means an earlier try arrived."""
    try:
        await call
    except discord.HTTPException as exc:
        if exc.code != _ALREADY_ACKNOWLEDGED:
            raise
        log.info("interaction was already acknowledged by an earlier attempt")


def _describe(exc: BaseException | None) -> str:
    if exc is None:
        return "no error"
    if isinstance(exc, asyncio.TimeoutError):
        return "timed out"
    return f"{type(exc).__name__}: {exc}".rstrip(": ")
