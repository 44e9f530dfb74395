"""The index directory: manifest, atomic generations, concurrent readers."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest
from factbot.index.engine import Engine
from factbot.index.errors import IndexUnusableError
from factbot.index.store import build
from factbot.index.store.build import BuildOptions, build_index, staleness
from factbot.index.store.manifest import FORMAT_VERSION, read_manifest

from tests.conftest import ROOT, SAMPLE_CORPUS, kill_a_build_midway


def test_manifest_records_version_settings_fingerprint_and_counts(sample_index: Path) -> None:
    manifest = read_manifest(sample_index)
    assert manifest is not None
    assert manifest.format_version == FORMAT_VERSION
    assert manifest.analyzer.stemmer == "english"
    assert manifest.bm25.idf == "lucene"
    assert manifest.documents == 5 and manifest.sentences > 30
    assert len(manifest.corpus_files) == 5
    assert staleness(sample_index, [SAMPLE_CORPUS], BuildOptions()) is None


def test_a_change_to_the_code_that_builds_an_index_makes_it_stale(
    sample_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upgraded factbot whose sentence or boilerplate rules changed never reuses an old index."""
    assert staleness(sample_index, [SAMPLE_CORPUS], BuildOptions()) is None
    monkeypatch.setattr(build, "content_code_digest", lambda: "another-version")
    assert staleness(sample_index, [SAMPLE_CORPUS], BuildOptions()) == "the corpus or settings changed"


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


def _private_copy(sample_index: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the sample index this test may damage, and its live generation."""
    directory = tmp_path / "index"
    shutil.copytree(sample_index, directory)
    return directory, directory / (directory / "CURRENT").read_text()


def test_manifest_lists_every_array_with_its_checksum(sample_index: Path) -> None:
    manifest = read_manifest(sample_index)
    assert manifest is not None
    generation = sample_index / (sample_index / "CURRENT").read_text()
    on_disk = {p.name.removesuffix(".npy") for p in generation.glob("*.npy")}
    assert set(manifest.arrays) == on_disk
    for name, spec in manifest.arrays.items():
        array = np.load(generation / f"{name}.npy")
        assert spec.model_dump() == {
            "dtype": array.dtype.str,
            "shape": list(array.shape),
            "crc32": spec.crc32,
        }
        assert zlib.crc32(array.tobytes()) == spec.crc32


def test_a_resident_index_answers_after_its_files_are_truncated_in_place(
    sample_index: Path, tmp_path: Path
) -> None:
    directory, generation = _private_copy(sample_index, tmp_path)
    question = "when does the treaty take effect?"
    engine = Engine(directory, resident=True)
    before = engine.ask(question)
    assert engine.index.changed_on_disk() is None
    for path in generation.glob("*.npy"):
        with open(path, "r+b") as handle:  # same inode: a mapped page would fault (SIGBUS)
            handle.truncate(10)
    assert engine.ask(question) == before
    change = engine.index.changed_on_disk()
    assert change is not None and ".npy changed on disk" in change and "now 10)" in change
    with pytest.raises(IndexUnusableError, match=r"\.npy"):
        engine.index.verify()


def test_a_flipped_bit_in_an_array_fails_its_checksum(sample_index: Path, tmp_path: Path) -> None:
    directory, generation = _private_copy(sample_index, tmp_path)
    path = generation / "sentences.data.npy"
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 0x01  # same size and header: only the checksum can tell
    path.write_bytes(bytes(raw))
    with pytest.raises(IndexUnusableError, match=r"sentences\.data\.npy does not match its checksum"):
        Engine(directory, resident=True)
    mapped = Engine(directory)  # mapping reads no data at open ...
    with pytest.raises(IndexUnusableError, match=r"sentences\.data\.npy does not match its checksum"):
        mapped.index.verify()  # ... so the check before serving finds it


def test_a_damaged_sentence_store_is_a_one_line_index_error(sample_index: Path, tmp_path: Path) -> None:
    directory, generation = _private_copy(sample_index, tmp_path)
    engine = Engine(directory, resident=True)
    with open(generation / "store.sqlite", "r+b") as handle:
        handle.truncate(0)
    with pytest.raises(IndexUnusableError, match=r"cannot read the sentence store store\.sqlite"):
        engine.ask("when does the treaty take effect?")
    assert "store.sqlite changed on disk" in (engine.index.changed_on_disk() or "")


def test_rebuild_replaces_the_generation_and_old_readers_keep_working(tmp_path: Path) -> None:
    build_index([SAMPLE_CORPUS], tmp_path, BuildOptions())
    reader = Engine(tmp_path)
    build_index([SAMPLE_CORPUS], tmp_path, BuildOptions())
    assert len(list(tmp_path.glob("gen-*"))) == 1
    assert reader.ask("when does the treaty take effect?").answered  # files stay open after removal
    assert Engine(tmp_path).ask("when does the treaty take effect?").answered


def test_a_build_killed_midway_leaves_the_old_index_working(tmp_path: Path) -> None:
    index_dir = tmp_path / "idx"
    build_index([SAMPLE_CORPUS], index_dir, BuildOptions())
    live = (index_dir / "CURRENT").read_text()
    kill_a_build_midway(tmp_path, index_dir)
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
from factbot.index.engine import Engine
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
