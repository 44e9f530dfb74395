"""Build or reuse the index for a command, with a progress bar and a summary on stderr."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, NamedTuple

from factbot.bot.config import Settings
from factbot.bot.terminal import TerminalConsole
from factbot.index.engine import Engine
from factbot.index.errors import CorpusError, IndexUnusableError
from factbot.index.store.build import BuildReport, build_index, staleness
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

__all__ = [
    "Prepared",
    "Rebuild",
    "build_with_progress",
    "open_engine",
    "prepare_engine",
    "resolve_corpus",
    "stderr_console",
]

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
    others = sum(not w.skips for w in report.warnings)
    noted = f" ({others} warning{'s' if others > 1 else ''} about indexed files)" if others else ""
    err.print(
        f"indexed {report.documents} documents ({report.sentences:,} sentences, "
        f"{report.sentences - report.reused:,} analysed anew), skipped {report.skipped}{noted}, "
        f"in {directory}",
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


class Prepared(NamedTuple):
    """The engine `prepare_engine` opened, and whether it built the index to do so."""

    engine: Engine
    built: bool


def prepare_engine(
    settings: Settings,
    corpus: Sequence[Path],
    index_dir: Path | None,
    rebuild: Rebuild,
    err: Console,
    *,
    resident: bool = False,
) -> Prepared:
    """Open the index (see `open_engine`), building or rebuilding it first when needed.

    With `rebuild="auto"` it is built when `staleness` gives a reason, or when it
    cannot be opened; "always" builds it first; "never" only opens it.
    """
    paths = resolve_corpus(settings, corpus)
    directory = index_dir or settings.index_dir()
    built = False
    reason = staleness(directory, paths, settings.build_options()) if rebuild == "auto" else None
    if reason:
        err.print(f"{reason}: rebuilding the index in {directory}", markup=False, highlight=False)
    if rebuild == "always" or reason:
        build_with_progress(settings, paths, directory, err)
        built = True
    try:
        return Prepared(open_engine(settings, directory, resident=resident), built)
    except IndexUnusableError as exc:
        if rebuild != "auto":
            raise
        err.print(f"{exc}: rebuilding the index in {directory}", markup=False, highlight=False)
        build_with_progress(settings, paths, directory, err)
        return Prepared(open_engine(settings, directory, resident=resident), True)


def stderr_console() -> Console:
    """The console for progress, warnings and errors (control characters shown, never sent)."""
    return TerminalConsole(file=sys.stderr, highlight=False, soft_wrap=True)
