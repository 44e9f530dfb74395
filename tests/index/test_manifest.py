"""The typed manifest: validated once when read, the same JSON on disk, and one staleness check."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from factbot.index.engine import Engine
from factbot.index.errors import IndexUnusableError
from factbot.index.store import build, fingerprint
from factbot.index.store.build import BuildOptions, build_index, staleness
from factbot.index.store.checksums import manifest_checksum
from factbot.index.store.manifest import (
    FORMAT_VERSION,
    IndexFormatError,
    Manifest,
    format_mismatch,
    read_manifest,
)
from factbot.index.store.reader import StoredIndex

from tests.conftest import SAMPLE_CORPUS

# An index written by factbot before the manifest was typed (format 3), from one document:
# "The Harbour Bridge opened on 4 May 1931." / "It carries 160,000 vehicles a day."
FORMAT3_INDEX = Path(__file__).parent / "data" / "format3-index"


def _copy(index: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of an index this test may change, and its manifest file."""
    directory = tmp_path / "index"
    shutil.copytree(index, directory)
    return directory, directory / (directory / "CURRENT").read_text() / "manifest.json"


def _rewrite(manifest_file: Path, **changes: object) -> None:
    """Change manifest fields and re-seal it, as a build of another factbot could have written it."""
    raw = {**json.loads(manifest_file.read_text()), **changes}
    raw["manifest_crc32"] = manifest_checksum(raw)
    manifest_file.write_text(json.dumps(raw))


def test_an_index_written_before_the_typed_manifest_opens_and_answers(tmp_path: Path) -> None:
    directory, _ = _copy(FORMAT3_INDEX, tmp_path)
    engine = Engine(directory)
    try:
        assert engine.manifest.documents == 1 and engine.manifest.sentences == 2
        assert engine.manifest.analyzer.stemmer == "english"
        engine.verify()
        answer = engine.ask("When did the Harbour Bridge open?")
        assert answer.answered and "1931" in answer.quotes[0].text
    finally:
        engine.close()


def test_a_build_writes_the_same_manifest_fields_as_before(sample_index: Path) -> None:
    """The JSON on disk keeps its fields (and their JSON types), adding only the optional
    `corpus_files`; the checksum covers it as stored."""
    old = json.loads(next(FORMAT3_INDEX.glob("gen-*/manifest.json")).read_text())
    new = json.loads(next(sample_index.glob("gen-*/manifest.json")).read_text())
    assert set(new) == set(old) | {"corpus_files"} == set(Manifest.model_fields)
    assert {k: type(new[k]) for k in old} == {k: type(v) for k, v in old.items()}
    assert new["manifest_crc32"] == manifest_checksum(new)
    assert new["format_version"] == FORMAT_VERSION


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"documents": "many"}, "documents"),
        ({"sentences": "66"}, "sentences"),  # no coercion: the JSON types as written
        ({"bm25": {"k1": 1.0, "b": 0.4, "idf": "tfidf", "epsilon": 0.25}}, "bm25.idf"),
        ({"analyzer": {"version": 2}}, "analyzer.stemmer"),
        ({"files": {"store.sqlite": {"size": -1, "blocks": []}}}, "files.store.sqlite.size"),
    ],
)
def test_a_manifest_that_does_not_validate_is_one_line_naming_the_index_and_field(
    sample_index: Path, tmp_path: Path, changes: dict[str, object], field: str
) -> None:
    directory, manifest_file = _copy(sample_index, tmp_path)
    _rewrite(manifest_file, **changes)
    for opening in (read_manifest, Engine, StoredIndex):
        with pytest.raises(IndexUnusableError) as info:
            opening(directory)
        message = str(info.value)
        assert "\n" not in message
        assert message.startswith(f"index {directory} is corrupt: manifest.json field {field}: "), message


def test_a_manifest_missing_a_field_names_it(sample_index: Path, tmp_path: Path) -> None:
    directory, manifest_file = _copy(sample_index, tmp_path)
    raw = json.loads(manifest_file.read_text())
    del raw["sentences"]
    raw["manifest_crc32"] = manifest_checksum(raw)
    manifest_file.write_text(json.dumps(raw))
    with pytest.raises(IndexUnusableError, match=r"manifest\.json field sentences: Field required"):
        read_manifest(directory)


def test_another_format_is_one_error_with_one_wording(sample_index: Path, tmp_path: Path) -> None:
    directory, manifest_file = _copy(sample_index, tmp_path)
    manifest_file.write_text(json.dumps({"format_version": 2, "anything": "else"}))
    expected = f"index {directory} has format 2; this factbot reads format {FORMAT_VERSION}"
    assert format_mismatch(directory, 2) == expected
    for opening in (read_manifest, Engine):
        with pytest.raises(IndexFormatError) as info:
            opening(directory)
        assert str(info.value) == expected and info.value.found == 2
    assert staleness(directory, [SAMPLE_CORPUS], BuildOptions()) == expected


def test_staleness_gives_the_reason_to_rebuild_or_none(
    sample_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = BuildOptions()
    assert staleness(sample_index, [SAMPLE_CORPUS], options) is None
    assert staleness(tmp_path / "nothing-here", [SAMPLE_CORPUS], options) == "no index yet"
    other = tmp_path / "corpus"
    other.mkdir()
    (other / "note.txt").write_text("A different corpus entirely.\n")
    assert staleness(sample_index, [other], options) == "the corpus or settings changed"
    assert staleness(sample_index, [SAMPLE_CORPUS], BuildOptions(title_weight=2)) is not None
    broken, _ = _copy(sample_index, tmp_path)
    (broken / "CURRENT").write_text("gen-missing")
    reason = staleness(broken, [SAMPLE_CORPUS], options)
    assert reason == f"index {broken} is corrupt: CURRENT names a missing generation 'gen-missing'"
    monkeypatch.setattr(build, "content_code_digest", lambda: "another-version")
    assert staleness(sample_index, [SAMPLE_CORPUS], options) == "the corpus or settings changed"


def test_staleness_reads_again_only_the_files_whose_size_or_mtime_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The manifest keeps each file's digest; `touch` re-reads one file and changes nothing."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    build_index([corpus], tmp_path / "idx", BuildOptions())
    read: list[str] = []
    real = fingerprint._content_digest
    monkeypatch.setattr(fingerprint, "_content_digest", lambda path: read.append(path.name) or real(path))
    assert staleness(tmp_path / "idx", [corpus], BuildOptions()) is None
    assert read == []
    touched = sorted(corpus.iterdir())[0]
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    assert staleness(tmp_path / "idx", [corpus], BuildOptions()) is None
    assert read == [touched.name]
    touched.write_text(touched.read_text() + "\nOne more sentence.\n")
    assert staleness(tmp_path / "idx", [corpus], BuildOptions()) == "the corpus or settings changed"


def test_an_index_built_here_is_current_and_the_format3_copy_is_not(tmp_path: Path) -> None:
    """The copy was built by other code (the build's code digest differs), so it is rebuilt."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bridge.txt").write_text("The Harbour Bridge opened on 4 May 1931.\n")
    build_index([corpus], tmp_path / "idx", BuildOptions())
    assert staleness(tmp_path / "idx", [corpus], BuildOptions()) is None
    directory, _ = _copy(FORMAT3_INDEX, tmp_path)
    assert staleness(directory, [corpus], BuildOptions()) == "the corpus or settings changed"
