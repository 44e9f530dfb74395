"""The Discord bot end to end: the real discord.py client against the loopback stand-in."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from factbot.bot.discord.bot import LiveIndex
from factbot.bot.discord.render import LIMITS, VERDICT_COLOURS
from factbot.bot.render import NO_ANSWER
from factbot.index.engine import Engine
from factbot.index.store.build import BuildOptions, build_index

from tests.bot.discord_standin import (
    BOT_ID,
    CHANNEL_ID,
    GUILD_ID,
    MEMBER_ID,
    OTHER_GUILD_ID,
    embeds_of,
    eventually,
    iter_texts,
    live_bot,
    run,
)
from tests.index.test_verdicts import write_corpus

TREATY = "when does the treaty take effect?"
DM_CHANNEL_ID = 940_000_000_000_000_001
RAW_MENTION = re.compile(r"@everyone|@here|<@[!&]?\d")


def sample_library(sample_index: Path) -> LiveIndex:
    """The bundled sample index behind the swappable holder the bot uses."""
    return LiveIndex(lambda: Engine(sample_index), lambda: Engine(sample_index))


def jsonl_library(tmp_path: Path, records: list[dict[str, Any]]) -> LiveIndex:
    """Index JSON Lines records in tmp_path and serve them."""
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "docs.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    directory = tmp_path / "index"
    build_index([corpus], directory, BuildOptions())
    return LiveIndex(lambda: Engine(directory), lambda: Engine(directory))


def check_limits(payload: dict[str, Any]) -> None:
    """Every Discord message limit holds for one sent payload."""
    assert len(payload.get("content") or "") <= LIMITS.content
    embeds = embeds_of(payload)
    assert len(embeds) <= LIMITS.embeds
    total = 0
    for e in embeds:
        assert len(e.get("title", "")) <= LIMITS.title
        assert len(e.get("description", "")) <= LIMITS.description
        assert len(e.get("fields", [])) <= LIMITS.fields
        assert len(e.get("footer", {}).get("text", "")) <= LIMITS.footer
        for f in e.get("fields", []):
            assert len(f["name"]) <= LIMITS.field_name and len(f["value"]) <= LIMITS.field_value
        total += (
            len(e.get("title", "")) + len(e.get("description", "")) + len(e.get("footer", {}).get("text", ""))
        )
        total += sum(len(f["name"]) + len(f["value"]) for f in e.get("fields", []))
    assert total <= LIMITS.total


def test_ask_defers_then_follows_up_quoting_and_citing(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    async def scenario() -> None:
        async with live_bot(monkeypatch, sample_library(sample_index)) as (standin, _):
            interaction = await standin.command("ask", {"question": TREATY})
            reply = await standin.answered(interaction)
            assert interaction.callback_types == [5]  # deferred ("thinking…") first
            callback = standin.requests_to("POST", r"/interactions/.*/callback")[0]
            followup = standin.requests_to("POST", r"/webhooks/.*")[0]
            assert callback.at <= followup.at and len(interaction.followups) == 1
            embeds = embeds_of(reply)
            assert embeds[0]["title"] == TREATY
            quotes = [e["description"] for e in embeds]
            assert all(q.startswith("> ") for q in quotes)
            assert any("exchange" in q and "ratification" in q for q in quotes), quotes
            sources = " ".join(f["value"] for e in embeds for f in e["fields"])
            cited = set(re.findall(r"`(\d{3}_[0-9a-f]+\.txt)` #\d+", sources))
            assert len(cited) >= 2, sources
            link = "[North Korea ratifies defence treaty with Russia amid Ukraine war](https://www.bangkokpost.com/"
            assert link in sources and "bangkokpost.com, 2024-11-12" in sources
            assert (
                "reported by" in embeds[0]["footer"]["text"] and "of 5 sources" in embeds[0]["footer"]["text"]
            )
            assert reply["allowed_mentions"] == {"parse": []}

    run(scenario())


def test_commands_are_synced_once_in_setup_hook_not_on_reconnect(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    async def scenario() -> None:
        async with live_bot(monkeypatch, sample_library(sample_index)) as (standin, bot):
            syncs = standin.requests_to("PUT", rf"/applications/{BOT_ID}/guilds/{GUILD_ID}/commands")
            assert len(syncs) == 1 and not standin.requests_to("PUT", rf"/applications/{BOT_ID}/commands")
            assert {c["name"] for c in syncs[0].body} == {"ask", "sources", "doc", "reload", "stats"}
            assert all(c["description"] for c in syncs[0].body)  # the docstrings
            await bot.wait_for("ready", timeout=10)
            await standin.invalidate_sessions()  # Discord makes the bot identify again: on_ready runs again
            await standin.wait_until(lambda: len(standin.identifies) == 2, 20, "a second IDENTIFY")
            await bot.wait_for("ready", timeout=10)
            assert len(standin.requests_to("PUT", r"/applications/.*")) == 1
            interaction = await standin.command("ask", {"question": TREATY})
            assert "exchange" in json.dumps(await standin.answered(interaction))

    run(scenario())


def test_mentions_and_dms_get_replies(monkeypatch: pytest.MonkeyPatch, sample_index: Path) -> None:
    async def scenario() -> None:
        async with live_bot(monkeypatch, sample_library(sample_index)) as (standin, _):
            chatter = await standin.post("nice weather today", mention=False)
            asked = await standin.post(TREATY)
            await standin.wait_until(lambda: standin.replies_to(asked), 20, "a reply to the mention")
            (reply,) = standin.replies_to(asked)
            assert reply["channel_id"] == str(CHANNEL_ID) and not standin.replies_to(chatter)
            sent = reply["sent"]
            assert sent["nonce"] and sent["enforce_nonce"] is True
            assert sent["allowed_mentions"] == {"parse": [], "replied_user": False}
            assert "exchange" in " ".join(e["description"] for e in embeds_of(sent))
            dm = await standin.post(TREATY, guild_id=None, channel_id=DM_CHANNEL_ID, mention=False)
            await standin.wait_until(lambda: standin.replies_to(dm), 20, "a reply to the DM")
            assert standin.replies_to(dm)[0]["channel_id"] == str(DM_CHANNEL_ID)

    run(scenario())


def test_unanswerable_question_gets_the_no_answer_message(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    question = "Who won the Tour de France in 1998?"

    async def scenario() -> None:
        async with live_bot(monkeypatch, sample_library(sample_index)) as (standin, _):
            interaction = await standin.command("ask", {"question": question})
            (embed,) = embeds_of(await standin.answered(interaction))
            assert embed["description"] == NO_ANSWER and embed["title"] == question
            asked = await standin.post(question)
            await standin.wait_until(lambda: standin.replies_to(asked), 20, "a reply")
            assert NO_ANSWER in json.dumps(standin.replies_to(asked)[0]["sent"], ensure_ascii=False)

    run(scenario())


def test_mentions_and_markdown_in_documents_never_ping(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    records = [
        {
            "id": "council",
            "title": "@everyone: the *levy* vote <@&123>",
            "url": "https://example.org/levy",
            "sentences": [
                "The council told @everyone at the <@&123> meeting that the harbour levy rises to 4 percent "
                "on **Monday**, and <@!456> and @here agreed.",
            ],
        },
        {"id": "other", "title": "Weather", "sentences": ["Rain is expected in the hills on Tuesday."]},
    ]
    question = "@here how much does the harbour levy rise?"

    async def scenario() -> None:
        async with live_bot(monkeypatch, jsonl_library(tmp_path, records)) as (standin, _):
            interaction = await standin.command("ask", {"question": question})
            asked = await standin.post(question)
            await standin.answered(interaction)
            await standin.wait_until(lambda: standin.replies_to(asked), 20, "a reply")
            for payload in (interaction.followups[0], standin.replies_to(asked)[0]["sent"]):
                assert payload["allowed_mentions"]["parse"] == []
                text = "\n".join(iter_texts(payload))
                assert "harbour levy" in text and "\\*\\*Monday\\*\\*" in text
                assert "@\u200beveryone" in text and "<@\u200b&123>" in text and "@\u200bhere" in text
                assert not RAW_MENTION.search(text), text

    run(scenario())


def test_answers_built_from_very_long_sentences_stay_within_every_limit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    filler = " ".join(f"word{n}" for n in range(700))  # about 6,000 characters
    records = [
        {
            "id": f"doc-{n:02d}-" + "x" * 150,
            "title": ("Zebra *migration* report number " + str(n) + " ") * 30,
            "url": "https://example.org/" + "long/" * 100 + str(n),
            "source": "Outlet " * 40,
            "date": "2024-11-12",
            "sentences": [f"The zebra migration count {n % 6} rose to record levels, {filler}."],
        }
        for n in range(36)
    ]

    question = "zebra migration count at record levels?"

    async def scenario() -> None:
        async with live_bot(monkeypatch, jsonl_library(tmp_path, records), max_quotes=10) as (standin, _):
            interaction = await standin.command("ask", {"question": question})
            asked = await standin.post(question)
            reply = await standin.answered(interaction)
            await standin.wait_until(lambda: standin.replies_to(asked), 20, "a reply")
            for payload in (reply, standin.replies_to(asked)[0]["sent"]):
                embeds = embeds_of(payload)
                assert len(embeds) >= 5
                check_limits(payload)
                assert all(e["description"].endswith("…") for e in embeds)
                assert any("Also reported by" in f["name"] for e in embeds for f in e["fields"])

    run(scenario(), timeout=60)


def _button(message: dict[str, Any], label: str) -> str:
    buttons = [c for row in message["components"] for c in row["components"]]
    return next(b["custom_id"] for b in buttons if label in b["label"])


def test_sources_and_doc_are_paginated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    records = [
        {
            "id": f"doc{n:02d}",
            "title": f"Report {n}",
            "sentences": [f"Sentence {i} of report {n}." for i in range(45)],
        }
        for n in range(23)
    ]

    async def scenario() -> None:
        async with live_bot(monkeypatch, jsonl_library(tmp_path, records)) as (standin, _):
            sources = await standin.command("sources")
            first = await standin.answered(sources)
            (embed,) = embeds_of(first)
            assert "23 documents" in embed["title"] and embed["footer"]["text"].endswith("page 1/3")
            assert "`doc00`" in embed["description"] and "`doc10`" not in embed["description"]
            stranger = await standin.click(sources, _button(first, "Next"), user_id=MEMBER_ID + 1)
            await standin.answered(stranger)
            assert stranger.callbacks[0]["type"] == 4 and stranger.callbacks[0]["data"]["flags"] == 64
            turned = await standin.click(sources, _button(first, "Next"))
            await standin.answered(turned)
            (page,) = turned.callbacks[0]["data"]["embeds"]
            assert turned.callbacks[0]["type"] == 7 and page["footer"]["text"].endswith("page 2/3")
            assert "`doc10`" in page["description"]
            doc = await standin.command("doc", {"id": "doc07"})
            (embed,) = embeds_of(await standin.answered(doc))
            assert embed["title"] == "Report 7" and embed["footer"]["text"].endswith("page 1/3")
            assert "`[0]` Sentence 0 of report 7." in embed["description"]
            missing = await standin.command("doc", {"id": "nope"})
            assert "no document 'nope'" in (await standin.answered(missing))["content"]
            typed = await standin.command("doc", {"id": "doc1"}, kind=4, focused="id")
            await standin.answered(typed)
            choices = typed.callbacks[0]["data"]["choices"]
            assert typed.callbacks[0]["type"] == 8 and {c["value"] for c in choices} >= {"doc10", "doc19"}

    run(scenario())


def test_shard_ids_from_config_identify_only_those_shards(
    monkeypatch: pytest.MonkeyPatch, sample_index: Path
) -> None:
    async def scenario() -> None:
        library = sample_library(sample_index)
        async with live_bot(monkeypatch, library, shard_count=2, shard_ids=[1]) as (standin, bot):
            assert [i["shard"] for i in standin.identifies] == [[1, 2]]
            assert not standin.requests_to("GET", r"/gateway/bot")  # the count came from config
            await eventually(lambda: bot.get_guild(GUILD_ID) is not None, 5, "the shard's guild")
            assert bot.get_guild(OTHER_GUILD_ID) is None  # it belongs to shard 0, another process
            interaction = await standin.command("ask", {"question": TREATY})
            assert "exchange" in json.dumps(await standin.answered(interaction))

    run(scenario())


def test_a_statement_s_verdict_is_the_first_embed_coloured_by_verdict(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    directory = tmp_path / "index"
    build_index([write_corpus(tmp_path / "schools")], directory, BuildOptions())
    library = LiveIndex(lambda: Engine(directory), lambda: Engine(directory))
    statement = "The Wexford school board hired 840 new teachers."

    async def scenario() -> None:
        async with live_bot(monkeypatch, library) as (standin, _):
            interaction = await standin.command("ask", {"question": statement})
            reply = await standin.answered(interaction)
            check_limits(reply)
            first, *rest = embeds_of(reply)
            assert first["title"] == "Contradicted" and first["color"] == VERDICT_COLOURS["contradicted"]
            assert first["description"] == "Contradicted: the sources say 480 (3 of 3 sources), not 840."
            assert rest[0]["title"] == statement and rest[0]["description"].startswith("> ")
            partly = await standin.command(
                "ask", {"question": f"{statement[:-1]} and raised bus fares.".replace("840", "480")}
            )
            first, *_ = embeds_of(await standin.answered(partly))
            assert first["title"] == "Supported in part" and first["color"] == VERDICT_COLOURS["supported"]
            assert first["description"].endswith("none states “raised bus fares”.")

    run(scenario())
