"""Damaged index files through every command: a seeded generator, the invariants, and a runner.

Each case damages one file of a built generation of the sample corpus (truncated, emptied,
a range zeroed, or 1-8 bytes flipped) and runs every command on it, in-process through the
click command line: `ask --no-rebuild` and `ask --json --no-rebuild` (three questions on
stdin), `repl --no-rebuild` (questions and `:doc` on stdin), `doctor`, and `ask --json` (which
may rebuild). Each outcome must be one of

- **answer**: exit 0 and the same output as on the undamaged index;
- **rebuilt**: exit 0, a `rebuilding the index` line on stderr, and the same output;
- **error**: exit 2 and one `factbot: ...` line on stderr (what was printed before it is what
  the undamaged index printed); in the REPL, an `error: ...` line instead of that answer;
- for `doctor`, **FAIL**: exit 2 with every check line and a FAIL on the index; `healthy` only
  when the file's bytes did not change.

Anything else (a traceback, another exit code, "Aborted!", a different answer) is a failure.

    .venv/bin/python benchmarks/fuzz_index.py --cases 2000 --seed 1

CI runs a seeded slice of the same generator (tests/bot/test_index_fuzz.py).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from click.testing import CliRunner, Result  # noqa: E402
from factbot.bot.cli import cli  # noqa: E402
from factbot.index.store.build import BuildOptions, build_index  # noqa: E402

__all__ = ["Fuzzer", "damage", "main"]

SAMPLE = ROOT / "examples" / "corpus"
QUESTIONS = [
    "when does the treaty take effect?",
    "How many North Korean troops have been sent to Russia?",
    "Who signed the treaty?",
]
REPL_INPUT = "\n".join([*QUESTIONS, ":sources", ":doc 002_d7c785511c5d5a21.txt", ":quit"]) + "\n"
PROMPT = "factbot> "
COMMANDS: dict[str, tuple[list[str], str]] = {
    "ask": (["ask", "--no-rebuild"], "\n".join(QUESTIONS) + "\n"),
    "ask --json": (["ask", "--json", "--no-rebuild"], "\n".join(QUESTIONS) + "\n"),
    "repl": (["repl", "--no-rebuild"], REPL_INPUT),
    "doctor": (["doctor"], ""),
    "ask (may rebuild)": (["ask", "--json"], "\n".join(QUESTIONS) + "\n"),  # last: it may rebuild
}


def damage(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    """One damaged version of a file's bytes, and what was done."""
    kind = rng.choice(["truncate", "empty", "zero", "flip", "flip"])
    if kind == "truncate" or (not data and kind != "empty"):
        return kind, data[: rng.randrange(len(data) or 1)]
    if kind == "empty":
        return kind, b""
    out = bytearray(data)
    if kind == "zero":
        start = rng.randrange(len(data))
        stop = min(len(data), start + rng.randint(1, 4096))
        out[start:stop] = bytes(stop - start)
        return kind, bytes(out)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] ^= rng.randrange(1, 256)
    return kind, bytes(out)


@dataclass
class Fuzzer:
    """A pristine index of the sample corpus, each command's output on it, and the checks."""

    work: Path
    pristine: Path = field(init=False)
    expected: dict[str, str] = field(init=False)
    outcomes: collections.Counter[str] = field(default_factory=collections.Counter)

    def __post_init__(self) -> None:
        self.pristine = self.work / "pristine"
        build_index([SAMPLE], self.pristine, BuildOptions())
        self.home = self.work / "home"
        self.home.mkdir()
        self.env: dict[str, str | None] = {k: None for k in os.environ if k.startswith("FACTBOT_")}
        self.env |= {
            "HOME": str(self.home),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_STATE_HOME": str(self.home / ".state"),
            "NO_COLOR": "1",
            "COLUMNS": "200",
            "DISCORD_TOKEN": "MTIz.fuzz.token-0123456789",
        }
        self.expected = {}
        for name in COMMANDS:
            result = self._invoke(name, self.pristine)
            if result.exit_code != 0 or (result.exception and not isinstance(result.exception, SystemExit)):
                raise RuntimeError(f"{name} fails on the undamaged index: {result.output}{result.stderr}")
            self.expected[name] = result.stdout
        if self.expected["doctor"].rstrip().splitlines()[-1] != "healthy":
            raise RuntimeError("doctor does not find the undamaged index healthy")

    def files(self) -> list[str]:
        """The files of the pristine generation."""
        generation = self.pristine / (self.pristine / "CURRENT").read_text()
        return sorted(p.name for p in generation.iterdir())

    def case(self, rng: random.Random) -> list[tuple[str, str]]:
        """Damage one file of a copy and run every command; (command, outcome) each. Raises on a failure."""
        name = rng.choice(self.files())
        directory = self.work / "case"
        shutil.rmtree(directory, ignore_errors=True)
        shutil.copytree(self.pristine, directory)
        path = directory / (directory / "CURRENT").read_text() / name
        original = path.read_bytes()
        kind, damaged = damage(rng, original)
        path.write_bytes(damaged)
        what = f"{kind} {name} ({len(original)} -> {len(damaged)} bytes)"
        results = []
        for command in COMMANDS:
            outcome = self._check(command, self._invoke(command, directory), damaged != original)
            if outcome.startswith("FAILURE"):
                raise AssertionError(f"{what}, {command}: {outcome}")
            self.outcomes[f"{command}: {outcome}"] += 1
            results.append((command, outcome))
        return results

    def _invoke(self, command: str, directory: Path) -> Result:
        args, stdin = COMMANDS[command]
        full = [*args, "--corpus", str(SAMPLE), "--index", str(directory)]
        return CliRunner().invoke(cli, full, input=stdin, env=self.env, catch_exceptions=True)

    def _check(self, command: str, result: Result, changed: bool) -> str:
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            return f"FAILURE traceback {result.exception!r}"
        out, err, expected = result.stdout, result.stderr, self.expected[command]
        if command == "doctor":
            return _doctor(result, changed)
        if result.exit_code == 0:
            if out == expected:
                return "rebuilt" if "rebuilding the index" in err else "answer"
            if command == "repl" and _repl_errors_only(out, expected):
                return "error"
            return f"FAILURE a different answer (stderr {err!r})"
        lines = err.strip().splitlines()
        if result.exit_code == 2 and len(lines) == 1 and lines[0].startswith("factbot: "):
            if expected.startswith(out) or (command == "repl" and _repl_errors_only(out, expected)):
                return "error"
            return "FAILURE a different answer before the error"
        return f"FAILURE exit {result.exit_code}: {err.strip()[-300:]!r}"


def _repl_errors_only(out: str, expected: str) -> bool:
    """Each REPL reply is the undamaged one or a single `error:` line."""
    got, want = out.split(PROMPT), expected.split(PROMPT)
    if len(got) != len(want):
        return False
    for g, w in zip(got, want, strict=True):
        lines = g.strip().splitlines()
        if g != w and not (len(lines) == 1 and lines[0].startswith("error: index ")):
            return False
    return True


def _doctor(result: Result, changed: bool) -> str:
    out = result.stdout
    statuses = ("ok", "warn", "FAIL")
    rows = {line.split()[1]: line.split()[0] for line in out.splitlines() if line[:5].strip() in statuses}
    if not {"config", "token", "corpus"} <= rows.keys() or result.stderr.strip():
        return f"FAILURE missing check lines {out!r} {result.stderr!r}"
    failed = [k for k, v in rows.items() if v == "FAIL"]
    if result.exit_code == 2 and failed and all(k.startswith("index") for k in failed):
        return "FAIL"
    if result.exit_code == 0 and not changed and out.rstrip().endswith("healthy"):
        return "healthy"
    return f"FAILURE doctor exit {result.exit_code}, changed file {changed}: {out!r}"


def run(
    cases: int, seed: int, work: Path, progress: Callable[[int], None] | None = None
) -> dict[str, object]:
    """Run `cases` damaged generations through every command; a summary (raises on the first failure)."""
    rng = random.Random(seed)
    started = time.perf_counter()
    fuzzer = Fuzzer(work)
    for n in range(cases):
        try:
            fuzzer.case(rng)
        except AssertionError as exc:
            raise AssertionError(f"case {n} (seed {seed}): {exc}") from exc
        if progress:
            progress(n + 1)
    return {
        "cases": cases,
        "seed": seed,
        "command_runs": sum(fuzzer.outcomes.values()),
        "outcomes": dict(sorted(fuzzer.outcomes.items())),
        "seconds": round(time.perf_counter() - started, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    def tick(done: int) -> None:
        if done % 100 == 0:
            print(f"{done} cases", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(run(args.cases, args.seed, Path(tmp), tick), indent=2))


if __name__ == "__main__":
    main()
