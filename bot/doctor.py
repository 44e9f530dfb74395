"""`factbot doctor`: check config, token, corpus and index, and say what to fix."""

from __future__ import annotations

import contextlib
import os
import shlex
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from factbot.bot.config import Settings
from factbot.bot.indexing import open_engine
from factbot.index.documents import LoadWarning
from factbot.index.errors import FactbotError
from factbot.index.ingest.loaders import SUPPORTED_SUFFIXES, iter_corpus_files
from factbot.index.store.build import staleness
from factbot.index.store.manifest import IndexFormatError, read_manifest, unfinished_generations

__all__ = ["Check", "diagnose"]

Status = Literal["ok", "warn", "FAIL"]
_SHOWN = 3  # unreadable files named before "and N more"


@dataclass(frozen=True, slots=True)
class Check:
    """One finding: what was checked, how it went, and what to do about it."""

    name: str
    status: Status
    detail: str
    fix: str = ""


def diagnose(
    settings: Settings,
    config_path: Path | None,
    corpus: Sequence[Path],
    index_dir: Path | None,
    environ: Mapping[str, str] = os.environ,
) -> list[Check]:
    """Every check, in the order a new operator would fix them."""
    where = f"loaded {config_path}" if config_path else "built-in defaults (no --config or FACTBOT_CONFIG)"
    paths = list(corpus) or settings.corpus_paths()
    directory = index_dir or settings.index_dir()
    command = _IndexCommand(config_path, list(corpus) or list(settings.corpus.paths), directory)
    return [
        Check("config", "ok", where),
        _token(settings.discord.token_env, environ),
        _corpus(paths),
        *_index(settings, paths, directory, command),
    ]


@dataclass(frozen=True, slots=True)
class _IndexCommand:
    """The `factbot index` line that rebuilds this very index: same config, corpus and directory."""

    config_path: Path | None
    corpus: list[Path]  # given with --corpus or in the config; empty means the bundled sample
    directory: Path

    def line(self, *, rebuild: bool = False) -> str:
        words = ["factbot", "index", *(["--rebuild"] if rebuild else []), "--index", _quote(self.directory)]
        for path in self.corpus:
            words += ["--corpus", _quote(path)]
        config = f"FACTBOT_CONFIG={_quote(self.config_path)} " if self.config_path else ""
        return config + " ".join(words)


def _quote(path: Path) -> str:
    return shlex.quote(str(path.absolute()))


def _token(env: str, environ: Mapping[str, str]) -> Check:
    """Whether the token variable is set and looks like a bot token (its value is never shown)."""
    token = environ.get(env, "").strip()
    if not token:
        fix = f"export {env}=<token> (Discord Developer Portal > your application > Bot > Reset Token)"
        return Check("token", "FAIL", f"{env} is not set: `factbot discord` cannot log in", fix)
    shape = len(token.split(".")) == 3 and " " not in token
    detail = f"{env} is set ({len(token)} characters; value not shown)"
    if not shape:
        return Check(
            "token", "warn", detail + " but does not look like a bot token", f"copy it again into {env}"
        )
    return Check("token", "ok", detail)


def _corpus(paths: Sequence[Path]) -> Check:
    """Every corpus path exists, its folders can be listed and its files read (never opening a FIFO)."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        names = ", ".join(str(p) for p in missing)
        return Check("corpus", "FAIL", f"missing: {names}", "fix corpus.paths in the config, or --corpus")
    files, unreadable, special = 0, [], []
    folders: list[LoadWarning] = []
    try:
        for _, path in iter_corpus_files(paths, folders):
            files += 1
            problem = _unreadable(path)
            if problem == "not a regular file":
                special.append(str(path))
            elif problem:
                unreadable.append(f"{path} ({problem})")
    except (FactbotError, OSError) as exc:
        return Check("corpus", "FAIL", str(exc), "fix corpus.paths in the config, or --corpus")
    unreadable += [f"folder {w.path} ({w.reason.removeprefix('skipped folder: ')})" for w in folders]
    if files == 0 and not unreadable:
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        return Check("corpus", "FAIL", f"no {kinds} files in {_names(paths)}", "point corpus.paths at them")
    detail = f"{_names(paths)}: {files:,} files"
    if unreadable:
        fix = "give the user running factbot read access (e.g. chmod -R a+rX)"
        return Check("corpus", "FAIL", f"{detail}, {len(unreadable)} unreadable: {_listed(unreadable)}", fix)
    if special:
        listed = _listed(special)
        detail += f", {len(special)} not a regular file (a FIFO or device; the build skips it): {listed}"
        return Check("corpus", "warn", detail, "remove it from the corpus, or ignore this")
    return Check("corpus", "ok", detail + ", all readable")


def _unreadable(path: Path) -> str:
    """Why a corpus file cannot be read, or ""; opened without blocking, so a FIFO never hangs."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        return exc.strerror or str(exc)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return "not a regular file"
        os.read(fd, 1)
    except OSError as exc:
        return exc.strerror or str(exc)
    finally:
        os.close(fd)
    return ""


def _listed(items: list[str]) -> str:
    more = f" and {len(items) - _SHOWN} more" if len(items) > _SHOWN else ""
    return "; ".join(items[:_SHOWN]) + more


def _index(settings: Settings, paths: Sequence[Path], directory: Path, command: _IndexCommand) -> list[Check]:
    """The index exists, has this factbot's format, reads back whole, and matches the corpus."""
    rebuild = command.line(rebuild=True)
    try:
        manifest = read_manifest(directory)
    except IndexFormatError as exc:
        return [Check("index-format", "FAIL", str(exc), rebuild)]
    except FactbotError as exc:
        return [Check("index", "FAIL", str(exc), rebuild)]
    if manifest is None:
        return [Check("index", "FAIL", f"no index in {directory}", command.line())]
    try:
        engine = open_engine(settings, directory)
        try:
            engine.verify()
            info = engine.info()
        finally:
            engine.close()
    except FactbotError as exc:
        return [Check("index", "FAIL", str(exc), rebuild)]
    size = f"{info.size_bytes / 1_048_576:,.1f} MB"
    detail = (
        f"{directory}: {info.documents:,} documents, {info.sentences:,} sentences, {size}, "
        f"format {info.format_version}, built {info.built}"
    )
    checks = [Check("index", "ok", detail), *_unfinished(directory)]
    try:
        stale = staleness(directory, paths, settings.build_options())
    except (FactbotError, OSError):
        stale = None  # the corpus check already reported it
    if stale:
        fix = f"{command.line()} (or start factbot discord without --no-rebuild)"
        checks.append(Check("index-freshness", "warn", f"{stale} since the build", fix))
    return checks


def _unfinished(directory: Path) -> list[Check]:
    """Generations left beside the live one by builds that were stopped (or one being built now)."""
    left = unfinished_generations(directory)
    if not left:
        return []
    size = sum(_size(g) for g in left) / 1_048_576
    more = f" and {len(left) - _SHOWN} more" if len(left) > _SHOWN else ""
    names = ", ".join(g.name for g in left[:_SHOWN]) + more
    detail = f"{len(left)} unfinished generation{'s' if len(left) > 1 else ''} ({size:,.1f} MB): {names}"
    fix = "the next `factbot index` removes them (unless a build is running now)"
    return [Check("index-unfinished", "warn", detail, fix)]


def _size(directory: Path) -> int:
    """Bytes in a directory's files (0 for what is gone meanwhile)."""
    total = 0
    with contextlib.suppress(OSError):
        for path in directory.iterdir():
            with contextlib.suppress(OSError):
                total += path.stat().st_size
    return total


def _names(paths: Sequence[Path]) -> str:
    return ", ".join(str(p) for p in paths)
