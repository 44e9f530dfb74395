"""Which messages ask the bot a question, and the allow-list ids a question is checked against."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import discord
from factbot.bot.config import DiscordSettings
from factbot.bot.discord.guards import channel_ids
from factbot.bot.discord.mentions import question_in

ME = SimpleNamespace(id=777)
SOMEONE = SimpleNamespace(id=5, bot=False)


def message(
    content: str, *, guild: object = None, mentions: tuple[Any, ...] = (), **author: Any
) -> discord.Message:
    sender = SimpleNamespace(**{**vars(SOMEONE), **author})
    fake = SimpleNamespace(
        content=content, guild=guild, mentions=list(mentions), author=sender, webhook_id=None
    )
    return cast(discord.Message, fake)


def ask(msg: discord.Message, **settings: Any) -> str | None:
    return question_in(msg, cast(discord.ClientUser, ME), DiscordSettings(**settings))


def test_a_mention_in_a_server_is_a_question_without_the_mention() -> None:
    guild = SimpleNamespace(id=1)
    assert (
        ask(message("<@777> when does it start? <@!777>", guild=guild, mentions=(ME,)))
        == "when does it start?"
    )
    assert ask(message("when does it start?", guild=guild)) is None  # not addressed to the bot
    assert ask(message("<@777> hi", guild=guild, mentions=(ME,)), answer_mentions=False) is None


def test_a_dm_is_a_question_unless_dms_are_off_and_bots_are_never_answered() -> None:
    assert ask(message("  who signed?  ")) == "who signed?"
    assert ask(message("who signed?"), answer_dms=False) is None
    assert ask(message("who signed?", bot=True)) is None
    webhook = message("who signed?")
    webhook.webhook_id = 9  # type: ignore[misc]
    assert ask(webhook) is None
    assert question_in(message("who signed?"), None, DiscordSettings()) is None  # not logged in yet


def test_a_thread_counts_as_its_parent_channel_and_dms_have_no_ids() -> None:
    guild = object()
    assert channel_ids(guild, SimpleNamespace(parent_id=10), 11) == [11, 10]
    assert channel_ids(guild, SimpleNamespace(), 11) == [11]
    assert channel_ids(None, SimpleNamespace(parent_id=10), 11) is None
