"""`factbot doctor`: check config, token, corpus and index, and say what to fix."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bot.config import Settings
from bot.indexing import open_engine
from bot.ops import index_info
from index.build import corpus_fingerprint
from index.errors import FactbotError
from index.loaders import SUPPORTED_SUFFIXES, iter_corpus_files
from index.store import FORMAT_VERSION, read_manifest

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
    return [
        Check("config", "ok", where),
        _token(settings.discord.token_env, environ),
        _corpus(paths),
        *_index(settings, paths, directory),
    ]


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
    """Every corpus path exists and its files can be read."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        names = ", ".join(str(p) for p in missing)
        return Check("corpus", "FAIL", f"missing: {names}", "fix corpus.paths in the config, or --corpus")
    files, unreadable = 0, []
    try:
        for _, path in iter_corpus_files(paths):
            files += 1
            try:
                with open(path, "rb") as handle:
                    handle.read(1)
            except OSError as exc:
                unreadable.append(f"{path} ({exc.strerror})")
    except (FactbotError, OSError) as exc:
        return Check("corpus", "FAIL", str(exc), "fix corpus.paths in the config, or --corpus")
    if files == 0:
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        return Check("corpus", "FAIL", f"no {kinds} files in {_names(paths)}", "point corpus.paths at them")
    detail = f"{_names(paths)}: {files:,} files"
    if unreadable:
        more = f" and {len(unreadable) - _SHOWN} more" if len(unreadable) > _SHOWN else ""
        listed = "; ".join(unreadable[:_SHOWN]) + more
        fix = "give the user running factbot read access (e.g. chmod -R a+rX)"
        return Check("corpus", "FAIL", f"{detail}, {len(unreadable)} unreadable: {listed}", fix)
    return Check("corpus", "ok", detail + ", all readable")


def _index(settings: Settings, paths: Sequence[Path], directory: Path) -> list[Check]:
    """The index exists, has this factbot's format, reads back whole, and matches the corpus."""
    rebuild = f"factbot index --rebuild --index {directory}"
    try:
        manifest = read_manifest(directory)
    except FactbotError as exc:
        return [Check("index", "FAIL", str(exc), rebuild)]
    if manifest is None:
        return [Check("index", "FAIL", f"no index in {directory}", f"factbot index --index {directory}")]
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        detail = f"{directory} has format {version!r}; this factbot reads format {FORMAT_VERSION}"
        return [Check("index-format", "FAIL", detail, rebuild)]
    try:
        engine = open_engine(settings, directory)
        try:
            engine.index.verify()
            info = index_info(engine)
        finally:
            engine.close()
    except FactbotError as exc:
        return [Check("index", "FAIL", str(exc), rebuild)]
    size = f"{info.size_bytes / 1_048_576:,.1f} MB"
    detail = (
        f"{directory}: {info.documents:,} documents, {info.sentences:,} sentences, {size}, "
        f"format {info.format_version}, built {info.built}"
    )
    checks = [Check("index", "ok", detail)]
    try:
        current = manifest.get("fingerprint") == corpus_fingerprint(paths, settings.build_options())
    except (FactbotError, OSError):
        current = True  # the corpus check already reported it
    if not current:
        fix = f"factbot index --index {directory} (or start factbot discord without --no-rebuild)"
        checks.append(Check("index-freshness", "warn", "the corpus or settings changed since the build", fix))
    return checks


def _names(paths: Sequence[Path]) -> str:
    return ", ".join(str(p) for p in paths)
