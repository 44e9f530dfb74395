"""Each question's record: its shard, its stats and its one log line, from where it was asked."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from factbot.bot.discord.record import Asked, QuestionLog, shard_of
from factbot.bot.ops import IndexInfo, Stats

INFO = IndexInfo("/srv/index", "gen-7", 3, 5, 66, 4096, "2026-01-01T00:00:00+00:00")


def test_shard_of_follows_discords_formula_and_dms_are_on_shard_zero() -> None:
    guild_id = (123 << 22) | 4567  # the shard depends only on the timestamp bits
    assert shard_of(guild_id, 4) == 123 % 4
    assert shard_of(guild_id, 1) == 0 and shard_of(None, 4) == 0


def test_a_record_counts_the_question_and_logs_its_fields(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "factbot.questions")
    stats = Stats()
    questions = QuestionLog(stats, lambda: INFO, lambda: 4, log_questions=True)
    guild_id = 5 << 22
    fields: dict[str, Any] = questions.record(Asked("mention", "why?", guild_id, 42), "no_answer", True)
    assert (stats.served, stats.answered, stats.failed_sends) == (1, 0, 0)
    expected = {"kind": "mention", "guild_id": guild_id, "channel_id": 42, "shard": 1, "outcome": "no_answer"}
    assert fields.items() >= expected.items()
    assert (fields["question"], fields["index_generation"], fields["index_format"]) == ("why?", "gen-7", 3)
    assert fields["latency_ms"] >= 0
    (record,) = [r for r in caplog.records if r.name == "factbot.questions"]
    assert record.fields == fields  # type: ignore[attr-defined]


def test_refused_and_busy_records_are_not_served_and_need_no_index() -> None:
    stats = Stats()
    questions = QuestionLog(stats, lambda: None, lambda: 1)
    refused = questions.record(Asked("ask", "x" * 400, None, None), "refused", True)
    busy = questions.record(Asked("dm", "hello", None, 7), "busy", False)
    assert (stats.served, stats.refused, stats.busy) == (0, 1, 1)
    assert "question" not in refused and (refused["index_generation"], busy["shard"]) == ("", 0)
