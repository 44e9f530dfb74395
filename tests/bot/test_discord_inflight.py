"""The questions in flight: the busy bound, the closing refusal, and the drain's grace period."""

from __future__ import annotations

import asyncio

import pytest
from factbot.bot.discord.inflight import BUSY, RESTARTING, InFlight


def test_past_the_limit_questions_are_busy_and_at_twice_it_backed_up() -> None:
    in_flight = InFlight(2)
    with in_flight.answering("a"):
        assert in_flight.refusal() is None and len(in_flight) == 1
        with in_flight.answering("b"), in_flight.answering("c"):
            assert in_flight.refusal() == (BUSY, "busy") and not in_flight.backed_up()
            with in_flight.answering("d"):
                assert in_flight.backed_up() and len(in_flight) == 4
    assert len(in_flight) == 0 and in_flight.refusal() is None


def test_a_question_stops_counting_when_its_block_raises() -> None:
    in_flight = InFlight(1)
    with pytest.raises(RuntimeError), in_flight.answering("a"):
        raise RuntimeError("the reply failed")
    assert len(in_flight) == 0


def test_drain_refuses_new_questions_and_waits_for_those_in_flight() -> None:
    async def scenario() -> None:
        in_flight = InFlight(4)
        release = asyncio.Event()

        async def answer() -> None:
            with in_flight.answering("slow"):
                await release.wait()

        task = asyncio.create_task(answer())
        await asyncio.sleep(0)
        drain = asyncio.create_task(in_flight.drain(10))
        await asyncio.sleep(0)
        assert in_flight.closing and in_flight.refusal() == (RESTARTING, "refused")
        assert not drain.done()  # still waiting for "slow"
        release.set()
        assert await drain == []
        await task

    asyncio.run(scenario())


def test_drain_gives_up_after_its_grace_period_and_returns_those_left() -> None:
    async def scenario() -> None:
        in_flight = InFlight(4)
        assert await in_flight.drain(0) == []  # nothing in flight: no wait
        with in_flight.answering("stuck"):
            assert await in_flight.drain(0.05) == ["stuck"]

    asyncio.run(scenario())


def test_the_limit_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        InFlight(0)
