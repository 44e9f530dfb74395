"""Malformed corpus files through the loaders: a seeded generator, the invariants, and a runner.

Each case mutates a valid seed file of one format (the sample corpus plus small Markdown,
HTML and JSON Lines seeds): truncation, byte flips, invalid UTF-8, BOMs and NULs, UTF-16,
huge lines, deep nesting, broken front matter, JSON of the wrong shape. `load_corpus` must
never raise, must finish each file in bounded time, and every block must be an exact,
in-range span of its document's text.

    .venv/bin/python -m benchmarks.fuzz_loaders --cases 10000 --seed 1

CI runs a seeded 150-case slice of the same generator (tests/index/test_loader_fuzz.py).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from factbot.index.ingest.loaders import load_corpus  # noqa: E402

__all__ = ["check_file", "generate", "run"]

_MAX_SECONDS_PER_FILE = 5.0
_SEEDS: dict[str, list[bytes]] = {
    ".md": [
        b"---\ntitle: Treaty\ndate: 2024-11-12\nsource: Example\n---\n"
        b"# Heading\n\nThe treaty takes effect.\n",
        b"# Only a heading\n\n* item one\n* item two\n\n```\ncode\n```\n",
    ],
    ".html": [
        b"<html><head><title>T</title><meta name='date' content='2024-01-02'></head>"
        b"<body><article><h1>T</h1><p>The treaty takes effect when ratified.</p></article></body></html>",
        b"<p>fragment <b>bold</b> <a href='x'>link</a></p>",
    ],
    ".jsonl": [
        b'{"doc_id": "a", "title": "A", "text": "The treaty takes effect."}\n'
        b'{"doc_id": "b", "abstract": ["One sentence.", "Two sentences."]}\n',
    ],
    ".txt": [
        b"Headline\n\nSource: Example\n\nThe treaty takes effect when both sides exchange instruments.\n"
    ],
}
for _path in sorted((ROOT / "examples" / "corpus").iterdir()):
    if _path.suffix in _SEEDS:
        _SEEDS[_path.suffix].append(_path.read_bytes()[:6000])
_SEEDS[".htm"] = _SEEDS[".html"]
_SEEDS[".markdown"] = _SEEDS[".md"]

Mutation = Callable[[random.Random, bytes], bytes]


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _insert(rng: random.Random, data: bytes) -> bytes:
    junk = rng.choice(
        [
            b"\x00" * rng.randint(1, 50),
            b"\xef\xbb\xbf",
            b"\xff\xfe",
            b"\xc3\x28\xa0\xa1\xe2\x28\xa1",  # invalid UTF-8
            "\u202e\u200b\u200d\U0001f600\u0000\u001b[31m".encode(),
            b"\r\n\r\r\n\n" * 20,
            b"---\n",
            b"<" * 200,
            b"{" * 300,
            b"@everyone <@&123> **bold** `code`",
            rng.randbytes(rng.randint(1, 200)),
        ]
    )
    at = rng.randrange(len(data) + 1)
    return data[:at] + junk + data[at:]


def _utf16(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    return text.encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1"]), "replace")


def _huge_line(rng: random.Random, data: bytes) -> bytes:
    return data + rng.choice([b"a", b"word ", b". ", b"\xe2\x80\x8b"]) * rng.randint(10_000, 60_000)


def _nest(rng: random.Random, data: bytes) -> bytes:
    depth = rng.randint(100, 1500)
    open_, close = rng.choice([(b"<div>", b"</div>"), (b"[", b"]"), (b"> ", b""), (b'{"a":', b"}")])
    return open_ * depth + data + close * rng.randint(0, depth)


def _json_shapes(rng: random.Random, data: bytes) -> bytes:
    lines = [
        b"[1, 2, 3]",
        b'"just a string"',
        b"null",
        b'{"doc_id": 5, "text": ["a", {"b": 1}]}',
        b'{"text": "' + b"x" * rng.randint(0, 5000) + b'"}',
        b'{"doc_id": "d", "text": 1e999}',
        b'{"sentences": [null, 3, "ok"]}',
        b'{"doc_id": "", "title": null, "text": "   "}',
        b"{not json",
        b'{"doc_id": "dup", "text": "same"}',
    ]
    picked = [rng.choice(lines) for _ in range(rng.randint(1, 12))]
    return data + b"\n" + b"\n".join(picked)


def _front_matter(rng: random.Random, data: bytes) -> bytes:
    head = rng.choice(
        [b"---\n", b"---\ntitle: [unclosed\n---\n", b"---\n- a list\n---\n", b"---\ndate: 99999-99-99\n---\n"]
    )
    return head + data


_MUTATIONS: list[Mutation] = [
    _truncate,
    _flip,
    _insert,
    _utf16,
    _huge_line,
    _nest,
    _json_shapes,
    _front_matter,
]


def generate(rng: random.Random) -> tuple[str, bytes]:
    """One malformed file: (suffix, bytes), from 1-3 mutations of a seed."""
    suffix = rng.choice(sorted(_SEEDS))
    data = rng.choice(_SEEDS[suffix])
    for mutation in rng.sample(_MUTATIONS, rng.randint(1, 3)):
        data = mutation(rng, data)
    return suffix, data


def check_file(path: Path) -> tuple[float, int]:
    """Load one file and check the invariants: (seconds, documents). AssertionError on a violation."""
    started = time.perf_counter()
    result = load_corpus([path])
    took = time.perf_counter() - started
    assert took < _MAX_SECONDS_PER_FILE, f"{path.name}: {took:.1f} s"
    for doc in result.documents:
        assert isinstance(doc.text, str) and doc.doc_id, path.name
        for start, end in doc.blocks:
            assert 0 <= start <= end <= len(doc.text), (path.name, start, end, len(doc.text))
    return took, len(result.documents)


def run(cases: int, seed: int, directory: Path) -> dict[str, float]:
    """Generate and check `cases` files in `directory`; a summary (raises on the first violation)."""
    rng = random.Random(seed)
    times: list[float] = []
    loaded = 0
    for n in range(cases):
        suffix, data = generate(rng)
        path = directory / f"case{n:06d}{suffix}"
        path.write_bytes(data)
        try:
            took, documents = check_file(path)
            times.append(took)
            loaded += documents > 0
        except Exception as exc:
            raise AssertionError(f"case {n} (seed {seed}, kept at {path}): {exc!r}") from exc
        path.unlink()
    times.sort()
    return {
        "cases": cases,
        "seed": seed,
        "with_documents": loaded,
        "total_s": round(sum(times), 2),
        "p50_ms": round(times[len(times) // 2] * 1000, 2),
        "max_ms": round(times[-1] * 1000, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(run(args.cases, args.seed, Path(tmp))))


if __name__ == "__main__":
    main()
