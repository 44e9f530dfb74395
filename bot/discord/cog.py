"""The factbot Cog: slash commands, mentions and DMs, wired to the guards, the in-flight bound and the log."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import date
from typing import Protocol

import discord
from discord import app_commands
from discord.ext import commands
from factbot.bot.config import DiscordSettings, LoggingSettings
from factbot.bot.discord.guards import Gate, RecentIds, channel_ids
from factbot.bot.discord.inflight import BUSY, InFlight
from factbot.bot.discord.mentions import question_in
from factbot.bot.discord.pager import Pager
from factbot.bot.discord.record import Asked, QuestionLog, shard_of
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
from factbot.bot.ops import IndexInfo, Outcome, Stats
from factbot.bot.workers import DEFAULT_THREADS, Workers
from factbot.index.answers.models import Answer
from factbot.index.documents import Sentence
from factbot.index.errors import FactbotError
from factbot.index.store.reader import StoredDocument

__all__ = ["BUSY", "FactbotCog", "Library"]

log = logging.getLogger(__name__)

_AUTOCOMPLETE_CHOICES = 25


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
        bot: commands.Bot | commands.AutoShardedBot,
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
        self.gate = Gate(settings)
        self.stats = Stats()
        self.questions = QuestionLog(
            self.stats,
            self._index_info,
            self._shard_count,
            log_questions=(logging_settings or LoggingSettings()).log_questions,
        )
        self.recent = recent  # shared with the command tree: one memory of every event id
        self.workers = Workers(min(settings.max_in_flight, DEFAULT_THREADS))
        self.in_flight = InFlight(settings.max_in_flight)
        self._reloading = asyncio.Lock()

    @property
    def closing(self) -> bool:
        """True once the drain has begun: new questions are refused."""
        return self.in_flight.closing

    async def drain(self, timeout: float) -> list[str]:
        """Stop taking questions; wait up to `timeout` s for those in flight; return any left."""
        return await self.in_flight.drain(timeout)

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

    def _shard_count(self) -> int:
        return self.bot.shard_count or 1

    def _refusal(self, user_id: int, ids: list[int] | None, question: str) -> tuple[str, Outcome] | None:
        """Why a question is not searched (and its outcome), or None when it may be."""
        refusal = self.in_flight.refusal()
        if refusal:
            return refusal
        text = self.gate.check(user_id, ids, question)  # last: it starts the cooldown
        return (text, "refused") if text else None

    async def _channel_allowed(self, interaction: discord.Interaction, what: str) -> bool:
        ids = channel_ids(interaction.guild_id, interaction.channel, interaction.channel_id)
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
        asked = Asked("ask", question, interaction.guild_id, interaction.channel_id)
        since_day = _day(since)
        refusal: tuple[str, Outcome] | None = None
        if since and since_day is None:
            refusal = "Sorry, `since` must be a date like 2024-11-12.", "refused"
        elif asked.guild_id is None and not self.settings.answer_dms:
            refusal = "Sorry, I only answer questions in servers.", "refused"
        else:
            ids = channel_ids(asked.guild_id, interaction.channel, asked.channel_id)
            refusal = self._refusal(interaction.user.id, ids, question)
        if refusal:
            text, outcome = refusal
            sent = await self.sender.respond(interaction, text, question=question)
            self.questions.record(asked, outcome, sent)
            return
        with self.in_flight.answering(question):
            if not await self.sender.defer(interaction, question=question):
                self.questions.record(asked, "error", False)
                return
            reply, answer, outcome = await self._answer(question, since_day)
            delivered = await self.sender.followup(interaction, reply, question=question)
        self.questions.record(asked, outcome, delivered is not None, answer)

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
    @app_commands.default_permissions(manage_guild=True)
    async def stats_command(self, interaction: discord.Interaction) -> None:
        """Uptime, shard, index, questions served and latency (owners and Manage Server only)."""
        if not await self._managers_only(interaction, "/stats", "see the stats"):
            return
        info = self._index_info()
        count = self._shard_count()
        reply = stats_reply(self.stats, info, shard_of(interaction.guild_id, count), count, self.bot.latency)
        await self.sender.respond_reply(interaction, reply, question="/stats")

    def _index_info(self) -> IndexInfo | None:
        """The index answered from, or None while none is loaded."""
        try:
            return self.library.info()
        except FactbotError:
            return None

    async def _managers_only(self, interaction: discord.Interaction, command: str, to: str) -> bool:
        """True for an owner or a member with Manage Server; anyone else is told who may `to`.

        The commands' default permissions only hide them by default (a server can change
        that), so this check is what holds.
        """
        if interaction.user.id in self.settings.owner_ids:
            return True
        if interaction.guild_id is not None and interaction.permissions.manage_guild:
            return True
        text = f"Sorry, only the bot's owners or members with Manage Server can {to}."
        await self.sender.respond(interaction, text, question=command)
        return False

    @app_commands.command(name="reload")
    @app_commands.default_permissions(manage_guild=True)
    async def reload(self, interaction: discord.Interaction) -> None:
        """Rebuild the index (with --no-rebuild: re-read it) and switch to it (owners, Manage Server)."""
        if not await self._managers_only(interaction, "/reload", "reload the index"):
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

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        question = question_in(message, self.bot.user, self.settings)
        if question is None or self.recent.seen(message.id):  # a message delivered twice: once
            return
        guild_id = message.guild.id if message.guild else None
        asked = Asked("mention" if guild_id else "dm", question, guild_id, message.channel.id)
        ids = channel_ids(message.guild, message.channel, message.channel.id)
        refusal = self._refusal(message.author.id, ids, question)
        if refusal and refusal[1] == "busy" and self.in_flight.backed_up():
            self.questions.record(asked, "busy", False)  # even the busy notices back up: stay silent
            return
        with self.in_flight.answering(question):
            if refusal:
                reply, answer, outcome = notice(refusal[0]), None, refusal[1]
            else:
                reply, answer, outcome = await self._answer(question)
            sent = await self.sender.to_channel(message.channel, reply, question=question, reference=message)
        self.questions.record(asked, outcome, sent is not None, answer)


def _day(text: str | None) -> date | None:
    """The day a `since` option names, or None when it is empty or not a YYYY-MM-DD date."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
