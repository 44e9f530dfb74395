"""The factbot Cog: slash commands, mention and DM answers, load shedding and a clean drain."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import re
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from datetime import date
from typing import Protocol

import discord
from discord import app_commands
from discord.ext import commands
from factbot.bot.config import DiscordSettings, LoggingSettings
from factbot.bot.discord.guards import Gate, RecentIds
from factbot.bot.discord.pager import Pager
from factbot.bot.discord.render import (
    Reply,
    answer_reply,
    document_pages,
    escape,
    notice,
    sources_pages,
    stats_reply,
    visible,
)
from factbot.bot.discord.send import Sender
from factbot.bot.ops import IndexInfo, Outcome, Stats, log_question
from factbot.bot.workers import DEFAULT_THREADS, Workers
from factbot.index.answers.models import Answer
from factbot.index.documents import Sentence
from factbot.index.errors import FactbotError
from factbot.index.store.reader import StoredDocument

__all__ = ["BUSY", "FactbotCog", "Library"]

log = logging.getLogger(__name__)

_AUTOCOMPLETE_CHOICES = 25
BUSY = "factbot is busy; please ask again in a moment."


class Library(Protocol):
    """What the Discord adapter needs from the index (an Engine, or a swappable holder of one)."""

    def ask(self, question: str, max_quotes: int | None = None, since: date | None = None) -> Answer: ...

    @property
    def documents(self) -> Sequence[StoredDocument]: ...

    def document(self, doc_id: str) -> tuple[StoredDocument, list[Sentence]]: ...

    def info(self) -> IndexInfo: ...


Reload = Callable[[], Awaitable[str]]


class FactbotCog(commands.Cog, name="factbot"):
    """Answers questions from the index: /ask, /sources, /doc, /reload, mentions and DMs."""

    def __init__(
        self,
        bot: commands.Bot,
        library: Library,
        reload: Reload,
        settings: DiscordSettings,
        sender: Sender,
        logging_settings: LoggingSettings | None = None,
        *,
        recent: RecentIds,
    ) -> None:
        self.bot = bot
        self.library = library
        self.reload_index = reload
        self.settings = settings
        self.sender = sender
        self.log_questions = (logging_settings or LoggingSettings()).log_questions
        self.gate = Gate(settings)
        self.stats = Stats()
        self.recent = recent  # shared with the command tree: one memory of every event id
        self.workers = Workers(min(settings.max_in_flight, DEFAULT_THREADS))
        self.closing = False
        self._reloading = asyncio.Lock()
        self._in_flight: dict[int, str] = {}
        self._tickets = itertools.count()
        self._idle = asyncio.Event()
        self._idle.set()

    @contextlib.contextmanager
    def _answering(self, question: str) -> Iterator[None]:
        """Count a question as in flight until its reply is sent (or given up)."""
        ticket = next(self._tickets)
        self._in_flight[ticket] = question
        self._idle.clear()
        try:
            yield
        finally:
            del self._in_flight[ticket]
            if not self._in_flight:
                self._idle.set()

    async def drain(self, timeout: float) -> list[str]:
        """Stop taking questions; wait up to `timeout` s for those in flight; return any left."""
        self.closing = True
        if self._in_flight:
            log.info("waiting up to %.0f s for %d answers in flight", timeout, len(self._in_flight))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._idle.wait(), timeout)
        return list(self._in_flight.values())

    async def _answer(self, question: str, since: date | None = None) -> tuple[Reply, Answer | None, Outcome]:
        """Search off the event loop, so the gateway heartbeat is never blocked."""
        try:
            answer = await self.workers.run(self.library.ask, question, self.settings.max_quotes, since)
        except FactbotError as exc:
            return notice(f"Sorry, I can't answer that: {escape(str(exc))}"), None, "error"
        except Exception:
            log.exception("answering %r failed", question)
            text = "Sorry, something went wrong while searching. Please try again later."
            return notice(text), None, "error"
        return answer_reply(answer), answer, "answered" if answer.answered else "no_answer"

    def _record(
        self,
        kind: str,
        question: str,
        guild_id: int | None,
        channel_id: int | None,
        started: float,
        result: tuple[Answer | None, Outcome],
        delivered: bool,
    ) -> None:
        """Count the question and write its one log line."""
        answer, outcome = result
        latency_ms = (time.monotonic() - started) * 1000
        self.stats.record(outcome, latency_ms, delivered)
        info = self._index_info()
        log_question(
            kind=kind,
            question=question,
            guild_id=guild_id,
            channel_id=channel_id,
            shard=self._shard_of(guild_id),
            latency_ms=latency_ms,
            outcome=outcome,
            answer=answer,
            delivered=delivered,
            index=info,
            log_questions=self.log_questions,
        )

    def _shard_of(self, guild_id: int | None) -> int:
        count = self.bot.shard_count or 1
        return 0 if guild_id is None else (guild_id >> 22) % count

    def _refusal(self, user_id: int, ids: list[int] | None, question: str) -> tuple[str, Outcome] | None:
        """Why a question is not searched (and its outcome), or None when it may be."""
        if self.closing:
            return "factbot is restarting; please ask again in a minute.", "refused"
        if len(self._in_flight) >= self.settings.max_in_flight:  # shed load: no backlog
            return BUSY, "busy"
        refusal = self.gate.check(user_id, ids, question)  # last: it starts the cooldown
        return (refusal, "refused") if refusal else None

    def _channel_ids(self, guild: object, channel: object, channel_id: int | None) -> list[int] | None:
        """The ids the allow-list is checked against (a thread counts as its parent), None in DMs."""
        if guild is None:
            return None
        ids = [channel_id] if channel_id is not None else []
        parent = getattr(channel, "parent_id", None)
        return [*ids, parent] if parent else ids

    async def _channel_allowed(self, interaction: discord.Interaction, what: str) -> bool:
        ids = self._channel_ids(interaction.guild_id, interaction.channel, interaction.channel_id)
        refusal = self.gate.channel_refusal(ids)
        if refusal:
            await self.sender.respond(interaction, refusal, question=what)
        return refusal is None

    @app_commands.command(name="ask")
    @app_commands.describe(
        question="What to check, e.g. when does the treaty take effect?",
        since="Only documents dated on or after this day (YYYY-MM-DD); undated ones are kept",
    )
    async def ask(self, interaction: discord.Interaction, question: str, since: str | None = None) -> None:
        """Answer a question with sentences quoted from the indexed documents."""
        started = time.monotonic()
        guild_id, channel_id = interaction.guild_id, interaction.channel_id
        since_day = _day(since)
        refusal: tuple[str, Outcome] | None = None
        if since and since_day is None:
            refusal = "Sorry, `since` must be a date like 2024-11-12.", "refused"
        elif guild_id is None and not self.settings.answer_dms:
            refusal = "Sorry, I only answer questions in servers.", "refused"
        else:
            ids = self._channel_ids(guild_id, interaction.channel, channel_id)
            refusal = self._refusal(interaction.user.id, ids, question)
        if refusal:
            text, outcome = refusal
            sent = await self.sender.respond(interaction, text, question=question)
            self._record("ask", question, guild_id, channel_id, started, (None, outcome), sent)
            return
        with self._answering(question):
            if not await self.sender.defer(interaction, question=question):
                self._record("ask", question, guild_id, channel_id, started, (None, "error"), False)
                return
            reply, answer, outcome = await self._answer(question, since_day)
            sent = await self.sender.followup(interaction, reply, question=question)
        self._record("ask", question, guild_id, channel_id, started, (answer, outcome), sent is not None)

    @app_commands.command(name="sources")
    async def sources(self, interaction: discord.Interaction) -> None:
        """List the documents factbot quotes from."""
        if not await self._channel_allowed(interaction, "/sources"):
            return
        if not await self.sender.defer(interaction, question="/sources"):
            return
        documents = await self.workers.run(lambda: list(self.library.documents))
        await self._send_pages(interaction, sources_pages(documents), "/sources")

    @app_commands.command(name="doc")
    @app_commands.describe(id="A document id, as listed by /sources")
    async def doc(self, interaction: discord.Interaction, id: str) -> None:
        """Show a document's numbered sentences."""
        if not await self._channel_allowed(interaction, f"/doc {id}"):
            return
        if not await self.sender.defer(interaction, question=f"/doc {id}"):
            return
        try:
            doc, sentences = await self.workers.run(self.library.document, id.strip())
        except FactbotError as exc:
            await self.sender.followup(interaction, notice(escape(str(exc))), question=f"/doc {id}")
            return
        await self._send_pages(interaction, document_pages(doc, sentences), f"/doc {id}")

    @doc.autocomplete("id")
    async def _doc_ids(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        needle = current.lower()

        def matching() -> list[StoredDocument]:  # a scan of every document: off the event loop
            found = (
                d for d in self.library.documents if needle in d.doc_id.lower() or needle in d.title.lower()
            )
            return list(itertools.islice(found, _AUTOCOMPLETE_CHOICES))

        matches = await self.workers.run(matching)
        return [
            app_commands.Choice(name=visible((d.title or d.doc_id)[:100]), value=d.doc_id[:100])
            for d in matches
        ]

    async def _send_pages(
        self, interaction: discord.Interaction, pages: list[discord.Embed], what: str
    ) -> None:
        if len(pages) == 1:
            await self.sender.followup(interaction, Reply(embeds=pages), question=what)
            return
        pager = Pager(pages, interaction.user.id, self.recent)
        pager.message = await self.sender.followup(
            interaction, Reply(embeds=pages[:1]), question=what, view=pager
        )
        if pager.message is None:
            pager.stop()

    @app_commands.command(name="stats")
    async def stats_command(self, interaction: discord.Interaction) -> None:
        """Uptime, shard, index, questions served and latency (owners and Manage Server only)."""
        if not self._is_manager(interaction):
            text = "Sorry, only the bot's owners or members with Manage Server can see the stats."
            await self.sender.respond(interaction, text, question="/stats")
            return
        info = self._index_info()
        shard = self._shard_of(interaction.guild_id)
        reply = stats_reply(self.stats, info, shard, self.bot.shard_count or 1, self.bot.latency)
        await self.sender.respond_reply(interaction, reply, question="/stats")

    def _index_info(self) -> IndexInfo | None:
        """The index answered from, or None while none is loaded."""
        try:
            return self.library.info()
        except FactbotError:
            return None

    def _is_manager(self, interaction: discord.Interaction) -> bool:
        """An owner, or a member with Manage Server: may see /stats and run /reload."""
        if interaction.user.id in self.settings.owner_ids:
            return True
        return interaction.guild_id is not None and interaction.permissions.manage_guild

    @app_commands.command(name="reload")
    async def reload(self, interaction: discord.Interaction) -> None:
        """Rebuild the index (with --no-rebuild: re-read it) and switch to it (owners, Manage Server)."""
        if not self._is_manager(interaction):
            text = "Sorry, only the bot's owners or members with Manage Server can reload the index."
            await self.sender.respond(interaction, text, question="/reload")
            return
        if self._reloading.locked():
            await self.sender.respond(
                interaction, "A reload is already running; please wait.", question="/reload"
            )
            return
        async with self._reloading:
            if not await self.sender.defer(interaction, question="/reload", ephemeral=True):
                return
            log.info("reload requested by user %s", interaction.user.id)
            try:
                summary = await self.reload_index()
            except Exception as exc:
                if not isinstance(exc, FactbotError):
                    log.exception("reload failed")
                text = f"Reload failed; still answering from the previous index. {escape(str(exc))}"
            else:
                text = f"Reloaded the index: {escape(summary)}."
            await self.sender.followup(interaction, notice(text), question="/reload")

    def _question_in(self, message: discord.Message) -> str | None:
        """The question a message asks the bot, or None when it is not addressed to the bot."""
        me = self.bot.user
        if me is None or message.author.bot or message.webhook_id is not None:
            return None
        if message.guild is None:
            return message.content.strip() if self.settings.answer_dms else None
        if not self.settings.answer_mentions or me not in message.mentions:
            return None
        return re.sub(rf"<@!?{me.id}>", " ", message.content).strip()

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        question = self._question_in(message)
        if question is None or self.recent.seen(message.id):  # a message delivered twice: once
            return
        started = time.monotonic()
        guild_id = message.guild.id if message.guild else None
        kind = "mention" if guild_id else "dm"
        ids = self._channel_ids(message.guild, message.channel, message.channel.id)
        refusal = self._refusal(message.author.id, ids, question)
        if refusal and refusal[1] == "busy" and len(self._in_flight) >= 2 * self.settings.max_in_flight:
            # Even the busy notices are backing up (slow or rate-limited REST): stay silent.
            self._record(kind, question, guild_id, message.channel.id, started, (None, "busy"), False)
            return
        with self._answering(question):
            if refusal:
                reply, answer, outcome = notice(refusal[0]), None, refusal[1]
            else:
                reply, answer, outcome = await self._answer(question)
            sent = await self.sender.to_channel(message.channel, reply, question=question, reference=message)
        result = (answer, outcome)
        self._record(kind, question, guild_id, message.channel.id, started, result, sent is not None)


def _day(text: str | None) -> date | None:
    """The day a `since` option names, or None when it is empty or not a YYYY-MM-DD date."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
