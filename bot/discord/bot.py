"""`factbot discord`: an AutoShardedBot that answers from the index, reloads it live, and stops cleanly."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import cast

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands
from factbot.bot.config import Settings
from factbot.bot.discord.cog import FactbotCog
from factbot.bot.discord.guards import RecentIds
from factbot.bot.discord.send import NONE, Sender
from factbot.bot.indexing import Rebuild, open_engine, prepare_engine, resolve_corpus, stderr_console
from factbot.bot.ops import QUESTIONS_LOGGER, configure_logging, limit_malloc_arenas
from factbot.bot.workers import in_daemon_thread
from factbot.index.answers.models import Answer
from factbot.index.documents import Sentence
from factbot.index.engine import Engine, IndexInfo
from factbot.index.errors import FactbotError, IndexUnusableError
from factbot.index.store.build import build_index
from factbot.index.store.manifest import live_generation, read_manifest
from factbot.index.store.reader import StoredDocument
from pydantic import SecretStr

__all__ = ["DiscordError", "FactbotBot", "LiveIndex", "read_token", "run_discord"]

log = logging.getLogger(__name__)


class DiscordError(FactbotError):
    """The bot cannot start: no token, a rejected token, or Discord unreachable."""


class LiveIndex:
    """The engine the bot answers from; `reload` rebuilds in a thread and swaps atomically.

    Questions lease the engine that is live when they start, so a question asked during a
    reload is answered by the old index, and an old engine is closed only once unused.
    `rereads`: `rebuild` re-opens a directory another process builds (`--no-rebuild`).
    """

    def __init__(
        self, open_engine: Callable[[], Engine], rebuild: Callable[[], Engine], *, rereads: bool = False
    ) -> None:
        self._open = open_engine
        self._rebuild = rebuild
        self.rereads = rereads
        self._engine: Engine | None = None
        self._leases: dict[Engine, int] = {}
        self._lock = threading.Lock()

    @classmethod
    def for_settings(
        cls, settings: Settings, corpus: Sequence[Path], index_dir: Path | None, rebuild: Rebuild = "auto"
    ) -> LiveIndex:
        """Open (building when needed) and rebuild the index the way the CLI does.

        With `rebuild="never"` the corpus is never read: a reload re-opens the directory,
        which another process (`factbot index`) builds.
        """
        directory = index_dir or settings.index_dir()

        def open_live() -> Engine:  # resident: files changed under the bot cannot reach its answers
            if rebuild == "never":  # e.g. a shard process reading a shared, read-only index
                return open_engine(settings, directory, resident=True)
            return prepare_engine(
                settings, corpus, directory, rebuild, stderr_console(), resident=True
            ).engine

        def rebuild_live() -> Engine:
            if rebuild == "never":
                log.info("re-reading %s (built by another process)", directory)
            else:
                report = build_index(resolve_corpus(settings, corpus), directory, settings.build_options())
                for warning in report.warnings:
                    log.warning("%s", warning)
                log.info("rebuilt %s: %d documents, %d skipped", directory, report.documents, report.skipped)
            return open_engine(settings, directory, resident=True)

        return cls(open_live, rebuild_live, rereads=rebuild == "never")

    def load(self) -> None:
        """Open the index (blocking: call it in a thread)."""
        self._swap(_verified(self._open()))

    async def reload(self) -> str:
        """Rebuild (or re-read) off the event loop, check every file, then swap it in and summarise it.

        A rebuilt index that fails the check is closed and reported; the live one stays.
        """
        engine = await in_daemon_thread(lambda: _verified(self._rebuild()))
        self._swap(engine)
        info = engine.info()
        summary = f"{info.documents} documents, {info.sentences:,} sentences"
        if self.rereads:
            return f"{summary}, re-read from disk ({info.generation})"
        return summary

    def info(self) -> IndexInfo:
        """The generation being answered from."""
        with self.lease() as engine:
            return engine.info()

    def health(self) -> str | None:
        """What is wrong with the index directory on disk, or None (the loaded copy is unaffected)."""
        with self.lease() as engine:
            info = engine.info()
            directory = Path(info.directory)
            try:
                live = live_generation(directory)
                if live is None:
                    return f"the index directory {directory} is missing or empty (deleted?)"
                read_manifest(directory)
            except IndexUnusableError as exc:
                return str(exc)
            if live.name != info.generation:
                return f"the index in {directory} was rebuilt as {live.name}; /reload switches to it"
            return engine.changed_on_disk()

    def _swap(self, engine: Engine) -> None:
        with self._lock:
            old, self._engine = self._engine, engine
            idle = old is not None and old not in self._leases
        if old is not None and idle:
            old.close()

    @contextlib.contextmanager
    def lease(self) -> Iterator[Engine]:
        """The live engine, kept open until the caller is done with it."""
        with self._lock:
            engine = self._engine
            if engine is None:
                raise IndexUnusableError("the index is still loading; try again in a moment")
            self._leases[engine] = self._leases.get(engine, 0) + 1
        try:
            yield engine
        finally:
            with self._lock:
                self._leases[engine] -= 1
                retired = self._leases[engine] == 0 and engine is not self._engine
                if self._leases[engine] == 0:
                    del self._leases[engine]
            if retired:
                engine.close()

    def ask(self, question: str, max_quotes: int | None = None, since: date | None = None) -> Answer:
        with self.lease() as engine:
            return engine.ask(question, max_quotes, since=since)

    @property
    def documents(self) -> list[StoredDocument]:
        with self.lease() as engine:
            return list(engine.documents)

    def document(self, doc_id: str) -> tuple[StoredDocument, list[Sentence]]:
        with self.lease() as engine:
            return engine.document(doc_id)

    def close(self) -> None:
        with self._lock:
            engine, self._engine = self._engine, None
        if engine is not None and engine not in self._leases:
            engine.close()


def _verified(engine: Engine) -> Engine:
    """`engine` once every file of its index reads back; closed and re-raised otherwise."""
    try:
        engine.verify()
    except BaseException:
        engine.close()
        raise
    return engine


class FactbotTree(app_commands.CommandTree):
    """The slash-command tree; an interaction delivered twice (around a resume) runs once.

    `recent` is the bot's one memory of event ids: the Cog checks messages and button
    clicks (which never reach the tree) against it too.
    """

    def __init__(self, client: discord.Client, **options: object) -> None:
        super().__init__(client, **options)  # type: ignore[arg-type]
        self.recent = RecentIds()

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        if self.recent.seen(interaction.id):
            log.info("ignoring interaction %s: delivered twice", interaction.id)
            return False
        return True


class FactbotBot(commands.AutoShardedBot):
    """The Discord client: one Cog, the index loaded in `setup_hook`, no text commands."""

    def __init__(self, settings: Settings, index: LiveIndex, *, sync: bool = False) -> None:
        d = settings.discord
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False  # no voice: no warning about it
        intents = discord.Intents.default()  # mentions and DMs carry their content without privileged intents
        intents.typing = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=intents,
            allowed_mentions=NONE,
            shard_count=d.shard_count or None,
            shard_ids=list(d.shard_ids) or None,  # type: ignore[arg-type]  # None: every shard
            tree_cls=FactbotTree,
            max_messages=None,  # nothing reads old messages back: no cache that fills up over hours
        )
        self.settings = settings
        self.index = index
        self.force_sync = sync
        self.cog: FactbotCog | None = None
        self._watcher: asyncio.Task[None] | None = None

    async def setup_hook(self) -> None:
        """Load the index, add the Cog, and sync slash commands once (never in on_ready)."""
        await in_daemon_thread(self.index.load)
        d = self.settings.discord
        sender = Sender(d.send_attempts, d.send_backoff_seconds, d.send_timeout_seconds)
        recent = cast(FactbotTree, self.tree).recent
        self.cog = FactbotCog(
            self, self.index, self.index.reload, d, sender, self.settings.logging, recent=recent
        )
        await self.add_cog(self.cog)
        await self.sync_commands()
        if d.index_check_seconds > 0:
            self._watcher = asyncio.create_task(self._watch_index(d.index_check_seconds), name="index-watch")

    async def _watch_index(self, every: float) -> None:
        """Log one error when the index directory breaks under the bot (and one line when it heals).

        While it stays broken nothing more is logged, even when what is wrong changes.
        """
        reported: str | None = None
        while True:
            await asyncio.sleep(every)
            try:
                problem = await in_daemon_thread(self.index.health)
            except FactbotError:  # no index loaded (closing)
                continue
            if problem and not reported:
                log.error(
                    "index problem: %s. Still answering from the copy loaded in memory; /reload "
                    "switches to the index on disk once it is whole (`factbot index --rebuild` rebuilds it)",
                    problem,
                )
            elif reported and not problem:
                log.info("the index directory is readable again")
            reported = problem

    async def drain(self) -> None:
        """Refuse new questions and wait (bounded) for answers in flight; log those left unsent."""
        if self.cog is None:
            return
        grace = self.settings.discord.shutdown_grace_seconds
        left = await self.cog.drain(grace)
        for question in left:
            log.error("shutting down before the answer to %r was sent (waited %.0f s)", question, grace)

    async def close(self) -> None:
        if self._watcher is not None:
            self._watcher.cancel()
        await super().close()

    async def sync_commands(self) -> None:
        """`guilds`: to guild_ids (instant); `global`: everywhere; `--sync`: now, even when `off`."""
        d = self.settings.discord
        mode = d.sync
        if self.force_sync:
            mode = "guilds" if d.guild_ids else "global"
        try:
            if mode == "guilds" and not d.guild_ids:
                log.warning("slash commands not synced: set discord.guild_ids, or run with --sync once")
            if mode == "guilds":
                for guild_id in d.guild_ids:
                    guild = discord.Object(guild_id)
                    self.tree.copy_global_to(guild=guild)
                    synced = await self.tree.sync(guild=guild)
                    log.info("synced %d slash commands to guild %s", len(synced), guild_id)
            elif mode == "global":
                synced = await self.tree.sync()
                log.info("synced %d slash commands globally (may take up to an hour to appear)", len(synced))
        except discord.HTTPException as exc:
            log.error("could not sync slash commands: %s", exc)

    async def on_message(self, message: discord.Message) -> None:
        """No text commands: the Cog answers mentions and DMs."""

    async def on_ready(self) -> None:
        log.info(
            "connected as %s to %d guilds (%d shards)", self.user, len(self.guilds), self.shard_count or 1
        )


def read_token(token_env: str) -> SecretStr:
    """The bot token from the environment variable `token_env`."""
    token = os.environ.get(token_env, "").strip()
    if not token:
        raise DiscordError(
            f"no Discord bot token: set the environment variable {token_env} "
            "(Discord Developer Portal > your application > Bot > Reset Token)"
        )
    return SecretStr(token)


async def serve(bot: FactbotBot, token: SecretStr, stop: asyncio.Event | None = None) -> None:
    """Run the bot until it fails or `stop` is set (SIGINT/SIGTERM in the CLI), then close it."""
    stop = stop or asyncio.Event()
    runner = asyncio.create_task(bot.start(token.get_secret_value()), name="factbot-discord")
    stopper = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if not runner.done():
            log.info("shutting down")
            await bot.drain()
            await bot.close()
        await runner
    except discord.LoginFailure:
        raise DiscordError(_rejected(bot)) from None
    except discord.ConnectionClosed as exc:
        if exc.code == 4004:  # the gateway's "authentication failed"
            raise DiscordError(_rejected(bot)) from None
        raise DiscordError(f"Discord closed the gateway connection (code {exc.code}): {exc.reason}") from None
    except (discord.GatewayNotFound, aiohttp.ClientConnectionError) as exc:
        raise DiscordError(f"cannot reach Discord: {exc}") from None
    finally:
        stopper.cancel()
        if not bot.is_closed():
            await bot.close()
        bot.index.close()


def _rejected(bot: FactbotBot) -> str:
    env = bot.settings.discord.token_env
    return f"Discord rejected the bot token in {env}: copy it again, or reset it in the Developer Portal"


def run_discord(
    settings: Settings, corpus: Sequence[Path], index_dir: Path | None, rebuild: Rebuild, sync: bool
) -> None:
    """Connect to Discord and serve until SIGINT or SIGTERM."""
    token = read_token(settings.discord.token_env)
    configure_logging(settings.logging.format)
    limit_malloc_arenas()
    logging.getLogger(QUESTIONS_LOGGER).setLevel(logging.INFO)  # one line per question, at any -v
    index = LiveIndex.for_settings(settings, corpus, index_dir, rebuild)
    asyncio.run(_main(FactbotBot(settings, index, sync=sync), token))


async def _main(bot: FactbotBot, token: SecretStr) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await serve(bot, token, stop)
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
