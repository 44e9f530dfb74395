"""Grow SciFact into a corpus of N sentences: shuffled, perturbed copies with a Zipf-like vocabulary.

Usage: python benchmarks/grow.py 1000000 OUT_DIR [--seed 4]

Copy 0 is the corpus as it is. Every further copy takes the abstracts in a new
random order and perturbs each sentence: about one word in eight is replaced by
a word drawn from the corpus's own unigram distribution (Zipf-shaped, so the
frequent words stay frequent), and about one in 400 by a new word (a corpus word
with a copy-specific suffix), so the vocabulary keeps growing with the corpus
as Heaps' law expects. Output: OUT_DIR/part-NNNN.jsonl files of about
`--part-sentences` sentences each (so incremental builds have files to skip),
in the `{"id", "title", "sentences"}` format factbot reads. The same seed and
size always give the same files.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

__all__ = ["grow"]

SCIFACT = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "scifact" / "corpus.jsonl"
_WORD = re.compile(r"\S+")
REPLACE_RATE = 1 / 8
NEW_WORD_RATE = 1 / 400


def grow(
    n_sentences: int, out: Path, seed: int = 4, part_sentences: int = 20_000, source: Path = SCIFACT
) -> Path:
    """Write the corpus to `out` (skipped when a finished one with these settings is there)."""
    stamp = out / "DONE"
    settings = json.dumps({"n": n_sentences, "seed": seed, "part": part_sentences, "source": str(source)})
    if stamp.exists() and stamp.read_text() == settings:
        return out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("part-*.jsonl"):
        old.unlink()
    docs = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = Counter(w for d in docs for s in d["sentences"] for w in _WORD.findall(s))
    words, weights = zip(*counts.items(), strict=True)
    cumulative = tuple(itertools.accumulate(weights))
    rng = random.Random(seed)
    writer = _PartWriter(out, part_sentences)
    copy = 0
    while writer.total < n_sentences:
        order = list(range(len(docs)))
        if copy:
            rng.shuffle(order)
        for i in order:
            doc = docs[i]
            sentences = (
                doc["sentences"]
                if copy == 0
                else [_perturb(s, rng, words, cumulative, copy) for s in doc["sentences"]]
            )
            sentences = sentences[: n_sentences - writer.total]
            if not sentences:
                break
            writer.add(
                {
                    "id": f"{doc['id']}" if copy == 0 else f"{doc['id']}-c{copy}",
                    "title": doc["title"],
                    "sentences": sentences,
                }
            )
        copy += 1
    writer.close()
    stamp.write_text(settings)
    return out


def _perturb(
    sentence: str, rng: random.Random, words: tuple[str, ...], cumulative: tuple[int, ...], copy: int
) -> str:
    tokens = _WORD.findall(sentence)
    n = len(tokens)
    if not n:
        return sentence
    replace = [i for i in range(n) if rng.random() < REPLACE_RATE]
    for i, word in zip(replace, rng.choices(words, cum_weights=cumulative, k=len(replace)), strict=True):
        tokens[i] = word
    for i in range(n):
        if rng.random() < NEW_WORD_RATE:
            tokens[i] = f"{tokens[i].strip('.,;:()')}{copy}x{rng.randrange(1000)}"
    return " ".join(tokens)


class _PartWriter:
    """Appends documents to part files of about `size` sentences each."""

    def __init__(self, out: Path, size: int) -> None:
        self.out, self.size = out, size
        self.total = self._in_part = self._part = 0
        self._handle = open(out / "part-0000.jsonl", "w", encoding="utf-8")  # noqa: SIM115

    def add(self, doc: dict) -> None:
        if self._in_part >= self.size:
            self._handle.close()
            self._part += 1
            self._in_part = 0
            self._handle = open(self.out / f"part-{self._part:04d}.jsonl", "w", encoding="utf-8")  # noqa: SIM115
        self._handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
        self.total += len(doc["sentences"])
        self._in_part += len(doc["sentences"])

    def close(self) -> None:
        self._handle.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sentences", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--part-sentences", type=int, default=20_000)
    args = parser.parse_args()
    print(grow(args.sentences, args.out, args.seed, args.part_sentences))
