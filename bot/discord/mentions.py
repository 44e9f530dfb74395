"""Which messages ask the bot a question (a mention in a server, or a DM), and the question asked."""

from __future__ import annotations

import re

import discord
from factbot.bot.config import DiscordSettings

__all__ = ["question_in"]


def question_in(
    message: discord.Message, me: discord.ClientUser | None, settings: DiscordSettings
) -> str | None:
    """The question `message` asks the bot `me`, or None when it is not addressed to the bot.

    Bots and webhooks are never answered; DMs only with `answer_dms`; in a server only a
    message that mentions the bot, with `answer_mentions`, and with the mention removed.
    """
    if me is None or message.author.bot or message.webhook_id is not None:
        return None
    if message.guild is None:
        return message.content.strip() if settings.answer_dms else None
    if not settings.answer_mentions or me not in message.mentions:
        return None
    return re.sub(rf"<@!?{me.id}>", " ", message.content).strip()
