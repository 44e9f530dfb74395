"""Load benchmark: `factbot discord` under a rising rate of questions through the loopback stand-in.

Usage: python benchmarks/load.py [--corpora sample 1m] [--step-seconds 8] [--write]

The bot runs as a user runs it (`factbot discord --index DIR --no-rebuild`, a subprocess
with the real discord.py client) and talks only to the Discord stand-in of the tests
(tests/bot/discord_standin.py) on 127.0.0.1, which runs in this process. Questions come
from many users, in two guild channels and in DMs, as a third each of `/ask`, mentions and
DMs, at a rate that rises step by step (each step lasts a fixed time) until answers slow
down (p95 over 3 s), the bot turns more than 10% of a step's questions away (a busy reply
past `discord.max_in_flight`, or no reply past twice that), or the steps run out. Everything is
bounded: a fixed number of steps, a fixed time per step, a bounded drain.

Measured per step: offered and achieved questions/s, questions answered, turned away as
busy or left without a reply (latency percentiles are over the answered ones), latency from
dispatch to the reply arriving at the stand-in (p50/p95/p99), `/ask` acknowledged within Discord's 3 s, the
largest gap between gateway heartbeats, and the bot process's CPU. RSS is read after a
warm-up, after each step and at the end; "RSS − shared" leaves out file-backed pages
shared with other processes (libraries; the bot reads the index arrays into its own memory,
so they count in both). Corpora: the bundled
sample (seed questions) and the 1M-sentence corpus grown from SciFact (benchmarks/grow.py;
SciFact claims as questions), indexed once into --work. `--write` puts the table into
benchmarks/RESULTS.md ("Load" section).

Cooldown is 0 (a load test would otherwise be mostly refusals); heartbeats every 2 s.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import math
import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from factbot.bot.discord.cog import BUSY  # noqa: E402
from results import machine, markdown_table, write_section  # noqa: E402

from tests.bot.discord_standin import (  # noqa: E402
    CHANNEL_ID,
    GUILD_ID,
    QUIET_CHANNEL_ID,
    StandIn,
    sitecustomize_source,
)

SEED_QUESTIONS = ROOT.parent / "shared" / "bench" / "seed_questions.jsonl"
CLAIMS = ROOT.parent / "shared" / "bench" / "scifact" / "claims_train.jsonl"
RATES = {"sample": [20, 40, 80, 160, 320, 640], "1m": [5, 10, 20, 40, 80, 160]}
HEARTBEAT = 2.0
WARMUP = 600  # enough questions to fill the bot's caches (figures, stemmer) before RSS is read
DRAIN_SECONDS = 45.0
QUIET_SECONDS = 5.0
SLOW_P95_MS = 3000.0
SHED_SHARE = 0.10  # stop rising once the bot turns away this share of questions as busy
USERS = 5000


@dataclass
class Asked:
    kind: str  # ask | mention | dm
    key: str  # interaction token or message id
    at: float


@dataclass
class Step:
    rate: float
    asked: list[Asked] = field(default_factory=list)
    started: float = 0.0
    ended: float = 0.0
    cpu: float = 0.0


def questions(corpus: str) -> list[str]:
    path, key = (SEED_QUESTIONS, "question") if corpus == "sample" else (CLAIMS, "claim")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r[key] for r in rows]


def prepare_index(corpus: str, work: Path) -> Path:
    """The index directory for a corpus, built once with `factbot index`."""
    directory = work / f"index-{corpus}"
    args = ["--index", str(directory)]
    if corpus == "1m":
        from grow import grow

        args += ["--corpus", str(grow(1_000_000, work / "corpus-1m"))]
    env = {**os.environ, "HOME": str(work)}
    subprocess.run([sys.executable, "-m", "factbot.bot", "index", *args], check=True, env=env, cwd=work)
    return directory


def start_bot(standin: StandIn, index: Path, work: Path) -> tuple[subprocess.Popen[bytes], Path]:
    hooks = work / "hooks"
    hooks.mkdir(parents=True, exist_ok=True)
    (hooks / "sitecustomize.py").write_text(sitecustomize_source())
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_")},
        "HOME": str(work),
        "DISCORD_TOKEN": standin.token,
        "PYTHONPATH": f"{hooks}:{ROOT}",
        "STANDIN_API": standin.api_base,
        "STANDIN_GATEWAY": standin.gateway_url + "/",
        "FACTBOT_DISCORD__COOLDOWN_SECONDS": "0",
        "FACTBOT_DISCORD__GUILD_IDS": f"[{GUILD_ID}]",
        "FACTBOT_LOGGING__FORMAT": "json",
    }
    log = work / f"bot-{index.name}.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "factbot.bot", "discord", "--index", str(index), "--no-rebuild"],
        env=env,
        cwd=work,
        stderr=log.open("wb"),
    )
    return proc, log


async def ask_one(standin: StandIn, n: int, question: str, rng: random.Random) -> Asked:
    """One question from a random user: /ask, a mention in one of two channels, or a DM."""
    user = 940_000_000_000_000_000 + rng.randrange(USERS)
    kind = ("ask", "mention", "dm")[n % 3]
    at = time.monotonic()
    if kind == "ask":
        channel = rng.choice([CHANNEL_ID, QUIET_CHANNEL_ID])
        interaction = await standin.command("ask", {"question": question}, user_id=user, channel_id=channel)
        return Asked(kind, interaction.token, at)
    if kind == "mention":
        message = await standin.post(
            question, user_id=user, channel_id=rng.choice([CHANNEL_ID, QUIET_CHANNEL_ID])
        )
    else:
        message = await standin.post(
            question, user_id=user, guild_id=None, channel_id=user + 1, mention=False
        )
    return Asked(kind, message["id"], at)


def replies(standin: StandIn) -> tuple[dict[str, float], dict[str, float], set[str]]:
    """(first reply time, acknowledgement time) by interaction token or message id, and the busy ones.

    A busy `/ask` is answered by its first response (no follow-up), a busy mention or DM
    by a channel reply; both carry the bot's busy text.
    """
    replied: dict[str, float] = {}
    acked: dict[str, float] = {}
    busy: set[str] = set()
    for r in standin.requests:
        if r.method != "POST" or r.status not in (200, 204):
            continue
        parts = r.path.split("/")
        key = ""
        if r.path.startswith("/interactions/") and r.path.endswith("/callback"):
            acked.setdefault(parts[3], r.at)
            if BUSY in json.dumps(r.body):
                key = parts[3]
        elif r.path.startswith("/webhooks/"):
            key = parts[3]
        elif r.path.startswith("/channels/") and isinstance(r.body, dict):
            key = str((r.body.get("message_reference") or {}).get("message_id") or "")
        if key:
            replied.setdefault(key, r.at)
            if BUSY in json.dumps(r.body):
                busy.add(key)
    return replied, acked, busy


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] if ordered else float("nan")


async def run_step(standin: StandIn, step: Step, pool: list[str], seconds: float, rng: random.Random) -> None:
    count = int(step.rate * seconds)
    step.started = time.monotonic()
    tasks = []
    for n in range(count):
        delay = step.started + n / step.rate - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(ask_one(standin, n, rng.choice(pool), rng)))
    step.asked = list(await asyncio.gather(*tasks))


async def drain(standin: StandIn, asked: list[Asked]) -> None:
    """Wait until every question has its reply, or no new reply came for QUIET_SECONDS.

    Past twice `max_in_flight` the bot leaves some mentions and DMs without a reply
    (logged as busy): those are not waited for.
    """
    deadline = time.monotonic() + DRAIN_SECONDS
    seen, since = -1, time.monotonic()
    while time.monotonic() < deadline:
        replied, _, _ = replies(standin)
        count = sum(1 for a in asked if a.key in replied)
        if count == len(asked) or time.monotonic() - since > QUIET_SECONDS:
            return
        if count != seen:
            seen, since = count, time.monotonic()
        await asyncio.sleep(0.2)


def summarise(step: Step, standin: StandIn) -> dict[str, float]:
    replied, acked, busy = replies(standin)
    done = [a for a in step.asked if a.key in replied and a.key not in busy]
    latencies = [(replied[a.key] - a.at) * 1000 for a in done]
    asks = [a for a in step.asked if a.kind == "ask"]
    last = max((replied[a.key] for a in done), default=step.started)
    end = max(last, step.started + 0.1)
    beats = sorted(t for t in standin.heartbeats() if step.started - HEARTBEAT <= t <= end + HEARTBEAT)
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    return {
        "rate": step.rate,
        "asked": len(step.asked),
        "answered": len(done),
        "busy": sum(1 for a in step.asked if a.key in busy),
        "unanswered": sum(1 for a in step.asked if a.key not in replied),
        "achieved": len(done) / max(last - step.started, 1e-9),
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "p99": percentile(latencies, 99),
        "acks_3s": sum(1 for a in asks if a.key in acked and acked[a.key] - a.at <= 3.0) / max(len(asks), 1),
        "max_gap": max(gaps, default=float("nan")),
        "cpu": step.cpu,
    }


async def run_corpus(corpus: str, work: Path, step_seconds: float) -> dict[str, object]:
    index = prepare_index(corpus, work)
    standin = StandIn(heartbeat_interval=HEARTBEAT)
    await standin.start()
    proc, log = start_bot(standin, index, work)
    rng = random.Random(7)
    pool = questions(corpus)
    rows: list[dict[str, float]] = []
    try:
        await standin.wait_connected(timeout=120)
        bot = psutil.Process(proc.pid)
        warm = Step(rate=40)
        await run_step(standin, warm, pool, WARMUP / 40, rng)
        await drain(standin, warm.asked)
        rss_start = bot.memory_info().rss
        for rate in RATES[corpus]:
            step = Step(rate=rate)
            cpu_before, wall_before = sum(bot.cpu_times()[:2]), time.monotonic()
            await run_step(standin, step, pool, step_seconds, rng)
            await drain(standin, step.asked)
            step.cpu = (sum(bot.cpu_times()[:2]) - cpu_before) / (time.monotonic() - wall_before)
            memory = bot.memory_info()
            rows.append({**summarise(step, standin), "rss": memory.rss, "anon": memory.rss - memory.shared})
            print(json.dumps({"corpus": corpus, **rows[-1]}), flush=True)
            r = rows[-1]
            shed = r["busy"] + r["unanswered"]
            if r["p95"] > SLOW_P95_MS or shed > SHED_SHARE * r["asked"]:
                break  # answers slowed down or the bot sheds load: stop rising
        rss_end = bot.memory_info().rss
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        await standin.close()
    lines = [json.loads(x) for x in log.read_text().splitlines() if x.startswith("{")]
    logged = sum(1 for line in lines if line.get("event") == "question")
    return {"corpus": corpus, "rows": rows, "rss_start": rss_start, "rss_end": rss_end, "logged": logged}


def table(results: list[dict[str, object]]) -> str:
    header = [
        "corpus", "offered q/s", "questions", "answered", "busy", "no reply", "achieved q/s",
        "p50 ms", "p95 ms", "p99 ms", "/ask acked ≤ 3 s", "max heartbeat gap s", "bot CPU",
        "bot RSS MB", "RSS − shared MB",
    ]  # fmt: skip
    body = []
    for result in results:
        for r in result["rows"]:  # type: ignore[attr-defined]
            body.append(
                [
                    result["corpus"],
                    f"{r['rate']:g}",
                    r["asked"],
                    r["answered"],
                    r["busy"],
                    r["unanswered"],
                    f"{r['achieved']:.1f}",
                    f"{r['p50']:.0f}",
                    f"{r['p95']:.0f}",
                    f"{r['p99']:.0f}",
                    f"{r['acks_3s']:.1%}",
                    f"{r['max_gap']:.2f}",
                    f"{r['cpu']:.0%}",
                    f"{r['rss'] / 2**20:,.0f}",
                    f"{r['anon'] / 2**20:,.0f}",
                ]
            )
    rss = [
        f"- {r['corpus']}: RSS {r['rss_start'] / 2**20:,.0f} MB after warm-up, "
        f"{r['rss_end'] / 2**20:,.0f} MB at the end ({(r['rss_end'] / r['rss_start'] - 1):+.1%}); "
        f"{r['logged']:,} question log lines"
        for r in results
    ]
    return markdown_table(header, body) + "\n\n" + "\n".join(rss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", nargs="+", choices=sorted(RATES), default=["sample", "1m"])
    parser.add_argument("--step-seconds", type=float, default=8.0)
    parser.add_argument("--work", type=Path, default=Path("/tmp/factbot-load"))
    parser.add_argument("--write", action="store_true", help="write the table into benchmarks/RESULTS.md")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results = [asyncio.run(run_corpus(c, args.work, args.step_seconds)) for c in args.corpora]
    text = table(results)
    total = sum(r["asked"] for res in results for r in res["rows"])  # type: ignore[attr-defined]
    print(text)
    if args.write:
        body = (
            f"`python benchmarks/load.py` on {machine()}; {total:,} questions after a {WARMUP}-question "
            f"warm-up per corpus, {args.step_seconds:g} s per step, a third each /ask, mentions and DMs "
            f"from {USERS:,} users; the stand-in runs in the benchmark process on the same machine.\n\n"
            + text
        )
        write_section("Load (Discord, loopback stand-in)", body)


if __name__ == "__main__":
    main()
