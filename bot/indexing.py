"""Build or reuse the index for a command, with a progress bar and a summary on stderr."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from bot.config import Settings
from bot.terminal import TerminalConsole
from index.build import BuildReport, build_index, corpus_fingerprint, index_is_current
from index.engine import Engine
from index.errors import CorpusError, IndexUnusableError
from index.store import FORMAT_VERSION, read_manifest

__all__ = ["Rebuild", "build_with_progress", "open_engine", "prepare_engine", "resolve_corpus"]

Rebuild = Literal["auto", "always", "never"]


def resolve_corpus(settings: Settings, corpus: Sequence[Path]) -> list[Path]:
    """The corpus paths to use; each must exist."""
    paths = list(corpus) or settings.corpus_paths()
    for path in paths:
        if not path.exists():
            raise CorpusError(f"corpus path {path} does not exist")
    return paths


def build_with_progress(settings: Settings, paths: list[Path], directory: Path, err: Console) -> BuildReport:
    """Build the index, showing a progress bar on a terminal, then a summary line."""
    options = settings.build_options()
    show = err.is_terminal
    columns = (
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("docs · {task.fields[sentences]} sentences · {task.fields[rate]} docs/s"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, disable=not show, transient=True) as bar:
        task = bar.add_task("index", total=None, sentences=0, rate="–")

        def tick(done: int, total: int, sentences: int) -> None:
            elapsed = bar.tasks[0].elapsed or 0.0
            rate = f"{done / elapsed:,.0f}" if elapsed > 0 else "–"
            bar.update(task, completed=done, total=total, sentences=f"{sentences:,}", rate=rate)

        report = build_index(paths, directory, options, progress=tick if show else None)
    for warning in report.warnings:
        err.print(f"warning: {warning}", markup=False, highlight=False)
    err.print(
        f"indexed {report.documents} documents ({report.sentences:,} sentences, "
        f"{report.sentences - report.reused:,} analysed anew), skipped {report.skipped}, in {directory}",
        markup=False,
        highlight=False,
    )
    return report


def open_engine(settings: Settings, directory: Path, *, resident: bool = False) -> Engine:
    """Open the index in `directory` with the configured search and answer options.

    `resident` reads the index arrays into memory: long-running processes (REPL, Discord)
    then never depend on the files staying intact; one-shot commands map them instead.
    """
    return Engine(directory, settings.search_options(), settings.answer_options(), resident=resident)


def prepare_engine(
    settings: Settings,
    corpus: Sequence[Path],
    index_dir: Path | None,
    rebuild: Rebuild,
    err: Console,
    *,
    resident: bool = False,
) -> Engine:
    """Open the index (see `open_engine`), building or rebuilding it first when needed."""
    paths = resolve_corpus(settings, corpus)
    directory = index_dir or settings.index_dir()
    if rebuild == "always":
        build_with_progress(settings, paths, directory, err)
    elif rebuild == "auto":
        reason = _stale_reason(directory, corpus_fingerprint(paths, settings.build_options()))
        if reason:
            err.print(f"{reason}: rebuilding the index in {directory}", markup=False, highlight=False)
            build_with_progress(settings, paths, directory, err)
    try:
        return open_engine(settings, directory, resident=resident)
    except IndexUnusableError as exc:
        if rebuild != "auto":
            raise
        err.print(f"{exc}: rebuilding the index in {directory}", markup=False, highlight=False)
        build_with_progress(settings, paths, directory, err)
        return open_engine(settings, directory, resident=resident)


def _stale_reason(directory: Path, fingerprint: str) -> str | None:
    """Why the index must be rebuilt, or None when it is current."""
    try:
        manifest = read_manifest(directory)
        if manifest is None:
            return "no index yet"
        version = manifest.get("format_version")
        if version != FORMAT_VERSION:
            return f"the index has format {version!r} and this factbot writes format {FORMAT_VERSION}"
        if index_is_current(directory, fingerprint):
            return None
        return "the corpus or settings changed"
    except IndexUnusableError as exc:
        return f"{exc}"


def stderr_console() -> Console:
    """The console for progress, warnings and errors (control characters shown, never sent)."""
    return TerminalConsole(file=sys.stderr, highlight=False, soft_wrap=True)
