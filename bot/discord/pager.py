"""Previous/Next buttons over pages of embeds (/sources and /doc)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import discord
from factbot.bot.discord.guards import RecentIds
from factbot.bot.discord.send import NONE

__all__ = ["Pager"]

log = logging.getLogger(__name__)

_PAGER_TIMEOUT = 600.0


class Pager(discord.ui.View):
    """Previous/Next buttons over a list of embeds, for the person who ran the command.

    A click delivered twice (Discord may replay it around a gateway resume) turns one page:
    button clicks reach the view, not the command tree, so the view checks `recent` itself.
    """

    def __init__(
        self,
        pages: Sequence[discord.Embed],
        owner_id: int,
        recent: RecentIds,
        timeout: float = _PAGER_TIMEOUT,
    ) -> None:
        super().__init__(timeout=timeout)
        self.pages = list(pages)
        self.owner_id = owner_id
        self.recent = recent
        self.page = 0
        self.message: discord.Message | None = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if self.recent.seen(interaction.id):
            log.info("ignoring interaction %s: delivered twice", interaction.id)
            return False
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "These pages belong to someone else; run the command yourself to browse.",
            ephemeral=True,
            allowed_mentions=NONE,
        )
        return False

    async def _show(self, interaction: discord.Interaction, step: int) -> None:
        self.page = min(max(self.page + step, 0), len(self.pages) - 1)
        self._update_buttons()
        await interaction.response.edit_message(embed=self.pages[self.page], view=self, allowed_mentions=NONE)

    @discord.ui.button(label="◀ Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button[Pager]) -> None:
        await self._show(interaction, -1)

    @discord.ui.button(label="Next ▶", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button[Pager]) -> None:
        await self._show(interaction, 1)

    async def on_timeout(self) -> None:
        if self.message is not None:
            try:
                await self.message.edit(view=None, allowed_mentions=NONE)
            except discord.HTTPException:
                log.debug("could not remove the page buttons after the timeout")
