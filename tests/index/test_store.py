"""The index directory: manifest, atomic generations, concurrent readers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.build import BuildOptions, build_index, corpus_fingerprint, index_is_current
from index.engine import Engine
from index.errors import IndexUnusableError
from index.store import FORMAT_VERSION, read_manifest
from tests.conftest import ROOT, SAMPLE_CORPUS


def test_manifest_records_version_settings_fingerprint_and_counts(sample_index: Path) -> None:
    manifest = read_manifest(sample_index)
    assert manifest is not None
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["analyzer"]["stemmer"] == "english"
    assert manifest["bm25"]["idf"] == "lucene"
    assert manifest["documents"] == 5 and manifest["sentences"] > 30
    assert manifest["fingerprint"] == corpus_fingerprint([SAMPLE_CORPUS], BuildOptions())
    assert index_is_current(sample_index, manifest["fingerprint"])


def test_every_sample_sentence_is_an_exact_span_of_its_document(engine: Engine) -> None:
    for doc in engine.documents:
        text = engine.index.document_text(doc.doc_id)
        raw = (SAMPLE_CORPUS / doc.doc_id).read_text(encoding="utf-8")
        _, sentences = engine.document(doc.doc_id)
        assert [s.index for s in sentences] == list(range(len(sentences)))
        for s in sentences:
            assert text[s.start : s.end] == s.text and s.text.strip() == s.text
            if not raw.startswith("---"):  # plain text: the document text is the file itself
                assert s.text in raw


def test_other_format_version_is_reported(tmp_path: Path) -> None:
    build_index([SAMPLE_CORPUS], tmp_path, BuildOptions())
    generation = tmp_path / (tmp_path / "CURRENT").read_text()
    manifest = json.loads((generation / "manifest.json").read_text())
    (generation / "manifest.json").write_text(json.dumps({**manifest, "format_version": 999}))
    with pytest.raises(IndexUnusableError, match="format 999"):
        Engine(tmp_path)


def test_rebuild_replaces_the_generation_and_old_readers_keep_working(tmp_path: Path) -> None:
    build_index([SAMPLE_CORPUS], tmp_path, BuildOptions())
    reader = Engine(tmp_path)
    build_index([SAMPLE_CORPUS], tmp_path, BuildOptions())
    assert len(list(tmp_path.glob("gen-*"))) == 1
    assert reader.ask("when does the treaty take effect?").answered  # files stay open after removal
    assert Engine(tmp_path).ask("when does the treaty take effect?").answered


_BUILDER = """
import sys
from pathlib import Path
from index.build import BuildOptions, build_index
build_index([Path(sys.argv[1])], Path(sys.argv[2]), BuildOptions())
"""


def test_a_build_killed_midway_leaves_the_old_index_working(tmp_path: Path) -> None:
    index_dir = tmp_path / "idx"
    build_index([SAMPLE_CORPUS], index_dir, BuildOptions())
    live = (index_dir / "CURRENT").read_text()
    big = tmp_path / "big"
    big.mkdir()
    sentence = "The harbour authority counted {n} ships and {m} cranes at dawn on day {n}. "
    for i in range(400):
        (big / f"doc{i}.txt").write_text("".join(sentence.format(n=i * 97 + j, m=j) for j in range(60)))
    proc = subprocess.Popen([sys.executable, "-c", _BUILDER, str(big), str(index_dir)], cwd=ROOT)
    deadline = time.monotonic() + 120
    while not [g for g in index_dir.glob("gen-*") if g.name != live] and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (index_dir / "CURRENT").read_text() == live
    answer = Engine(index_dir).ask("when does the treaty take effect?")
    assert answer.answered and "exchange" in answer.quotes[0].text + answer.quotes[-1].text


def test_rebuild_analyses_only_new_sentences_and_gives_the_same_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in SAMPLE_CORPUS.iterdir():
        (corpus / source.name).write_bytes(source.read_bytes())
    first = build_index([corpus], tmp_path / "idx", BuildOptions())
    assert first.reused == 0
    (corpus / "new.txt").write_text("Zebra news\nThe zebra count in Kenya rose to 4,242 animals.\n")
    second = build_index([corpus], tmp_path / "idx", BuildOptions())
    assert second.sentences == first.sentences + 1 and second.reused == first.sentences
    fresh = build_index([corpus], tmp_path / "fresh", BuildOptions())
    for question in ("when does the treaty take effect?", "How many zebras are in Kenya?"):
        reused_answer = Engine(tmp_path / "idx").ask(question)
        assert reused_answer == Engine(tmp_path / "fresh").ask(question)
    assert fresh.reused == 0


_READER = """
import sys
from pathlib import Path
from index.engine import Engine
answer = Engine(Path(sys.argv[1])).ask("when does the treaty take effect?")
print(answer.claims[0].sources_count)
"""


def test_several_processes_read_one_index_at_once(sample_index: Path) -> None:
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", _READER, str(sample_index)], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    outputs = [r.communicate(timeout=120)[0].strip() for r in readers]
    assert all(r.returncode == 0 for r in readers)
    assert len(set(outputs)) == 1 and int(outputs[0]) >= 4
