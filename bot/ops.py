"""What an operator sees: one structured log line per question, running statistics, JSON logs."""

from __future__ import annotations

import ctypes
import json
import logging
import math
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Literal

from factbot.index.answers.models import Answer
from factbot.index.engine import IndexInfo

__all__ = [
    "QUESTIONS_LOGGER",
    "IndexInfo",
    "JsonFormatter",
    "Outcome",
    "Stats",
    "configure_logging",
    "limit_malloc_arenas",
    "log_question",
]

QUESTIONS_LOGGER = "factbot.questions"
log = logging.getLogger(QUESTIONS_LOGGER)

Outcome = Literal["answered", "no_answer", "refused", "busy", "error"]


class Stats:
    """Questions served since start-up, the answer rate, and latency percentiles (last 10,000).

    Refused questions (guards) and busy ones (load shed) are counted apart, not served.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic, window: int = 10_000) -> None:
        self.clock = clock
        self.started = clock()
        self.started_at = datetime.now(UTC)
        self.served = 0
        self.answered = 0
        self.refused = 0
        self.busy = 0
        self.failed_sends = 0
        self.latencies_ms: deque[float] = deque(maxlen=window)

    def record(self, outcome: Outcome, latency_ms: float, delivered: bool) -> None:
        if outcome in ("refused", "busy"):
            self.refused += outcome == "refused"
            self.busy += outcome == "busy"
            return
        self.served += 1
        self.answered += outcome == "answered"
        self.failed_sends += not delivered
        self.latencies_ms.append(latency_ms)

    @property
    def uptime_seconds(self) -> float:
        return self.clock() - self.started

    @property
    def answer_rate(self) -> float | None:
        return self.answered / self.served if self.served else None

    def percentile(self, p: float) -> float | None:
        """The p-th percentile (nearest rank) of recent latencies in ms, or None before any."""
        if not self.latencies_ms:
            return None
        ordered = sorted(self.latencies_ms)
        return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def log_question(
    *,
    kind: str,
    question: str,
    guild_id: int | None,
    channel_id: int | None,
    shard: int,
    latency_ms: float,
    outcome: Outcome,
    answer: Answer | None,
    delivered: bool,
    index: IndexInfo | None,
    log_questions: bool,
) -> dict[str, Any]:
    """Emit the one log line for a question (JSON fields, or key=value text) and return its fields."""
    fields: dict[str, Any] = {
        "event": "question",
        "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "kind": kind,
        "guild_id": guild_id,
        "channel_id": channel_id,
        "shard": shard,
        "latency_ms": round(latency_ms, 1),
        "outcome": outcome,
        "answered": outcome == "answered",
        "delivered": delivered,
        "claims": len(answer.claims) if answer else 0,
        "quotes": len(answer.quotes) if answer else 0,
        "sources": _sources(answer),
        "index_generation": index.generation if index else "",
        "index_format": index.format_version if index else 0,
    }
    if log_questions:
        fields["question"] = question
    text = " ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in fields.items() if k != "event")
    log.info("question %s", text, extra={"fields": fields})
    return fields


def _sources(answer: Answer | None) -> int:
    """Distinct documents cited in an answer."""
    if answer is None:
        return 0
    cited = {c.doc_id for claim in answer.claims for c in claim.citations}
    cited |= {c.doc_id for quote in answer.quotes for c in quote.citations}
    return len(cited)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, and a record's `fields` at top level."""

    def format(self, record: logging.LogRecord) -> str:
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            return json.dumps(
                {"level": record.levelname, "logger": record.name, **fields}, ensure_ascii=False
            )
        out: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def configure_logging(fmt: Literal["text", "json"]) -> None:
    """Use JSON lines on every root handler when `fmt` is "json" (the entry point calls this)."""
    if fmt != "json":
        return
    for handler in logging.getLogger().handlers:
        handler.setFormatter(JsonFormatter())


_M_ARENA_MAX = -8  # glibc mallopt parameter (malloc.h)


def limit_malloc_arenas(arenas: int = 2) -> bool:
    """Keep a long-running process's RSS from creeping up with its worker threads.

    glibc gives each thread that allocates concurrently its own heap (up to 8 per core),
    and each heap keeps the high-water mark of the per-question score arrays (megabytes
    at 1M sentences). At most `arenas` heaps bound that. False where the C library is
    not glibc (nothing changes there).
    """
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_ARENA_MAX, arenas))
