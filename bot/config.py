"""Settings: a TOML file plus `FACTBOT_*` environment overrides, validated by pydantic."""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal, get_origin

import platformdirs
from factbot.index.answers.assembly import AnswerOptions
from factbot.index.errors import FactbotError
from factbot.index.ranking.bm25 import BM25Params
from factbot.index.retrieval.search import SearchOptions
from factbot.index.store.build import BuildOptions
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic.fields import FieldInfo

__all__ = ["ConfigError", "DiscordSettings", "LoggingSettings", "Settings", "bundled_corpus", "load_settings"]


ENV_PREFIX = "FACTBOT_"
MB = 1024 * 1024
# The option dataclasses of factbot.index hold the one copy of each default they have; the
# settings that set an option take its default from these. The rest are defined here.
_BUILD, _SEARCH, _ANSWER = BuildOptions(), SearchOptions(), AnswerOptions()


class ConfigError(FactbotError):
    """The config file or an environment override is invalid."""


def _expand_user(path: Path) -> Path:
    try:
        return path.expanduser()
    except RuntimeError:
        raise ValueError(f"cannot expand {str(path)!r}: no home directory is known") from None


UserPath = Annotated[Path, AfterValidator(_expand_user)]  # `~/x` is the home directory's x, wherever set


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)  # every float is finite


class CorpusSettings(_Section):
    paths: list[UserPath] = Field(default_factory=list, description="files or folders; empty = sample")
    max_file_mb: float = Field(
        _BUILD.max_file_bytes / MB, gt=0, le=10240, description="files (not JSON Lines) larger are skipped"
    )
    max_record_mb: float = Field(
        _BUILD.max_record_bytes / MB, gt=0, le=10240, description="JSON Lines records larger are skipped"
    )


class IndexSettings(_Section):
    dir: UserPath | None = Field(None, description="index directory; unset = user cache directory")
    engine: Literal["sparse", "rank-bm25"] = _SEARCH.engine
    k1: float = Field(_BUILD.bm25.k1, ge=0, le=10, description="BM25 k1 of sentences")
    b: float = Field(_BUILD.bm25.b, ge=0, le=1, description="BM25 b of sentences")
    doc_k1: float = Field(_BUILD.doc_bm25.k1, ge=0, le=10, description="BM25 k1 of whole documents")
    doc_b: float = Field(_BUILD.doc_bm25.b, ge=0, le=1, description="BM25 b of whole documents")
    idf: Literal["lucene", "okapi"] = _BUILD.bm25.idf
    # times a title's terms count in its document
    title_weight: int = Field(_BUILD.title_weight, ge=1, le=10)
    # weight of the document's score in a sentence's rank
    doc_weight: float = Field(_SEARCH.doc_weight, ge=0, le=100)
    # weight of the best adjacent sentence's score
    neighbor_weight: float = Field(_SEARCH.neighbor_weight, ge=0, le=10)
    rm3_docs: int = Field(_SEARCH.rm3_docs, ge=0, le=100, description="RM3 feedback documents; 0 = off")
    rm3_terms: int = Field(_SEARCH.rm3_terms, ge=1, le=100, description="RM3 expansion terms")
    # weight of the original question under RM3
    rm3_weight: float = Field(_SEARCH.rm3_weight, gt=0, le=1)


class AnswerSettings(_Section):
    max_quotes: int = Field(_ANSWER.max_quotes, ge=1, le=50)
    min_coverage: float = Field(_ANSWER.min_coverage, ge=0, le=1)
    # the same for a statement to check
    min_statement_coverage: float = Field(_ANSWER.min_statement_coverage, ge=0, le=1)
    min_relative_score: float = Field(_ANSWER.min_relative_score, ge=0, le=1)
    # bonus for what the question type asks for
    type_boost: float = Field(_ANSWER.type_boost, ge=0, le=5)
    # overlap at which sentences are one claim
    claim_overlap: float = Field(_ANSWER.claim_overlap, gt=0, le=1)
    # weight of question terms only in neighbours
    context_weight: float = Field(_ANSWER.context_weight, ge=0, le=1)
    # share of other documents' scores a claim adds
    corroboration: float = Field(_ANSWER.corroboration, ge=0, le=5)
    # share of a statement a claim states to take a side in its verdict
    verdict_overlap: float = Field(_ANSWER.verdict_overlap, ge=0, le=1)


class ReplSettings(_Section):
    history_file: UserPath | None = Field(None, description="unset = user state directory")
    color: Literal["auto", "always", "never"] = "auto"


class DiscordSettings(_Section):
    """The Discord adapter (`factbot discord`); the token itself comes from the environment."""

    token_env: str = Field("DISCORD_TOKEN", min_length=1, description="environment variable with the token")
    sync: Literal["guilds", "global", "off"] = "guilds"
    guild_ids: list[int] = Field(default_factory=list, description="guilds to sync slash commands to")
    answer_mentions: bool = True
    answer_dms: bool = True
    max_question_chars: int = Field(300, ge=10, le=4000)
    cooldown_seconds: float = Field(10, ge=0, le=86400)
    allowed_channel_ids: list[int] = Field(default_factory=list, description="empty = every channel")
    owner_ids: list[int] = Field(default_factory=list, description="users who may /reload")
    shard_count: int = Field(0, ge=0, description="0 = as many as Discord recommends")
    shard_ids: list[int] = Field(default_factory=list, description="shards this process runs; empty = all")
    max_quotes: int = Field(3, ge=1, le=10)
    send_attempts: int = Field(4, ge=1, le=10)
    send_backoff_seconds: float = Field(1.0, gt=0, le=60)
    send_timeout_seconds: float = Field(30, gt=0, le=600)
    max_in_flight: int = Field(32, ge=1, description="questions answered at once; more get a busy reply")
    shutdown_grace_seconds: float = Field(10, ge=0, le=600, description="wait for answers in flight")
    index_check_seconds: float = Field(60, ge=0, le=86400, description="check the index directory; 0 = never")

    @model_validator(mode="after")
    def _shards_fit(self) -> DiscordSettings:
        if self.shard_ids and not self.shard_count:
            raise ValueError("shard_ids needs shard_count")
        bad = [i for i in self.shard_ids if not 0 <= i < self.shard_count]
        if bad:
            raise ValueError(f"shard_ids {bad} are outside 0..{self.shard_count - 1} (shard_count)")
        return self


class LoggingSettings(_Section):
    """Log output of the long-running commands (one line per question in `factbot discord`)."""

    format: Literal["text", "json"] = "text"
    log_questions: bool = Field(False, description="include the question text in each question's line")


class Settings(BaseModel):
    """All of factbot's settings; see config.example.toml for each key."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    corpus: CorpusSettings = CorpusSettings()
    index: IndexSettings = IndexSettings()
    answers: AnswerSettings = AnswerSettings()
    repl: ReplSettings = ReplSettings()
    discord: DiscordSettings = DiscordSettings()
    logging: LoggingSettings = LoggingSettings()

    def corpus_paths(self) -> list[Path]:
        """The configured corpus, or the bundled sample corpus."""
        return list(self.corpus.paths) or [bundled_corpus()]

    def index_dir(self) -> Path:
        """The configured index directory, or one per corpus in the user cache."""
        if self.index.dir is not None:
            return self.index.dir
        key = "\n".join(str(p.resolve()) for p in self.corpus_paths())
        digest = hashlib.sha256(key.encode()).hexdigest()[:16]
        return Path(platformdirs.user_cache_dir("factbot")) / f"index-{digest}"

    def history_file(self) -> Path:
        return self.repl.history_file or Path(platformdirs.user_state_dir("factbot")) / "repl_history"

    def build_options(self) -> BuildOptions:
        i = self.index
        return BuildOptions(
            bm25=BM25Params(k1=i.k1, b=i.b, idf=i.idf),
            doc_bm25=BM25Params(k1=i.doc_k1, b=i.doc_b, idf=i.idf),
            title_weight=i.title_weight,
            max_file_bytes=int(self.corpus.max_file_mb * MB),
            max_record_bytes=int(self.corpus.max_record_mb * MB),
        )

    def search_options(self) -> SearchOptions:
        i = self.index
        return SearchOptions(
            engine=i.engine,
            doc_weight=i.doc_weight,
            neighbor_weight=i.neighbor_weight,
            rm3_docs=i.rm3_docs,
            rm3_terms=i.rm3_terms,
            rm3_weight=i.rm3_weight,
        )

    def answer_options(self) -> AnswerOptions:
        return AnswerOptions(**self.answers.model_dump())  # the [answers] keys are AnswerOptions fields


def bundled_corpus() -> Path:
    """The sample corpus: inside the installed package, or beside it in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "examples" / "corpus", here.parent / "examples" / "corpus"):
        if candidate.is_dir():
            return candidate
    raise ConfigError("the bundled sample corpus is missing: reinstall factbot or set corpus.paths")


def load_settings(path: Path | None, environ: Mapping[str, str] | None = None) -> Settings:
    """Load settings from `path` (or defaults), then the `FACTBOT_*` overrides; one-line errors.

    Each error names where the bad value was set: the environment variable, else the file.
    """
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {path} does not exist") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config file {path} cannot be read: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
        _resolve_paths(data, path.parent)
    origins: dict[tuple[str, ...], str] = {}
    for section, values in _environment(os.environ if environ is None else environ, origins).items():
        table = data.get(section)
        data[section] = {**table, **values} if isinstance(table, dict) else values
    try:
        return Settings(**data)
    except ValidationError as exc:
        file = f"config file {path}" if path is not None else "settings"
        raise ConfigError(_describe(exc, origins, file)) from None


def _sections() -> dict[str, type[BaseModel]]:
    return {name: field.annotation for name, field in Settings.model_fields.items()}  # type: ignore[misc]


def _environment(
    environ: Mapping[str, str], origins: dict[tuple[str, ...], str]
) -> dict[str, dict[str, Any]]:
    """The `FACTBOT_<SECTION>__<KEY>` (and `FACTBOT_<SECTION>` JSON object) overrides, by section.

    `origins` gets the variable that set each (section, key) and each whole section. Other
    `FACTBOT_*` names without `__` (FACTBOT_CONFIG) are not settings and are left alone.
    """
    sections = _sections()
    found: dict[str, dict[str, Any]] = {}
    for name, value in sorted(environ.items()):
        upper = name.upper()
        if not upper.startswith(ENV_PREFIX):
            continue
        section, sep, key = upper[len(ENV_PREFIX) :].lower().partition("__")
        if section not in sections:
            if sep:
                allowed = ", ".join(sections)
                raise ConfigError(
                    f"environment variable {name}: unknown section {section!r} (allowed: {allowed})"
                )
            continue
        if not sep:
            whole = _json(name, value)
            if not isinstance(whole, dict):
                raise ConfigError(f"environment variable {name}: expected a JSON object of [{section}] keys")
            origins[(section,)] = name
            found[section] = {**whole, **found.get(section, {})}
            continue
        field = sections[section].model_fields.get(key)
        found.setdefault(section, {})[key] = _env_value(name, value, field)
        origins[(section, key)] = name
    return found


def _env_value(name: str, value: str, field: FieldInfo | None) -> Any:
    """A list key takes a JSON list or one plain value (a path); "" means the default where that is unset."""
    if field is None:
        return value  # an unknown key: reported by validation
    if get_origin(field.annotation) is list:
        if not value.strip():
            return []
        return _json(name, value) if value.lstrip().startswith("[") else [value]
    if value == "" and field.default is None:
        return None
    return value


def _json(name: str, value: str) -> Any:
    try:
        return json.loads(value)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"environment variable {name}: not valid JSON ({exc}): {value!r}") from None


def _resolve_paths(data: dict[str, Any], base: Path) -> None:
    """Relative paths in the file are relative to the file's own directory."""
    sections = {"corpus": ["paths"], "index": ["dir"], "repl": ["history_file"]}
    for section, keys in sections.items():
        table = data.get(section)
        if not isinstance(table, dict):
            continue
        for key in keys:
            value = table.get(key)
            if value == "":
                table[key] = None  # "" means "use the default"
            elif isinstance(value, str):
                table[key] = str(base / Path(value).expanduser())
            elif isinstance(value, list):
                table[key] = [str(base / Path(v).expanduser()) if isinstance(v, str) else v for v in value]


def _describe(exc: ValidationError, origins: dict[tuple[str, ...], str], file: str) -> str:
    """One line naming each bad key, where it was set and what is allowed."""
    sections = _sections()
    parts = []
    for error in exc.errors():
        loc = tuple(str(p) for p in error["loc"])
        key = ".".join(loc)
        set_by = [name for key_loc, name in origins.items() if key_loc == loc[: len(key_loc)]]
        if len(loc) == 1:  # a check of the whole section: every variable that set one of its keys
            set_by = [name for key_loc, name in origins.items() if key_loc[0] == loc[0]]
        where = f"environment variable {', '.join(set_by)}" if set_by else file
        if error["type"] == "extra_forbidden":
            keys = sections[loc[0]].model_fields if len(loc) > 1 and loc[0] in sections else sections
            parts.append(f"{where}: unknown key {key!r} (allowed: {', '.join(keys)})")
            continue
        model = sections.get(loc[0]) if loc else None
        field = model.model_fields.get(loc[1]) if model is not None and len(loc) > 1 else None
        bounds = _bounds(field) if field is not None else ""
        parts.append(f"{where}: key {key!r}: {error['msg']}{bounds} (got {error.get('input')!r})")
    return "; ".join(parts)


def _bounds(field: FieldInfo) -> str:
    """` (allowed: a finite number, 0 <= value <= 10)` from a number key's constraints, else ""."""
    limits = {n: getattr(m, n) for m in field.metadata for n in ("gt", "ge", "le", "lt") if hasattr(m, n)}
    if not limits:
        return ""
    low = next((f"{limits[n]:g} {op} " for n, op in (("ge", "<="), ("gt", "<")) if n in limits), "")
    high = next((f" {op} {limits[n]:g}" for n, op in (("le", "<="), ("lt", "<")) if n in limits), "")
    kind = "a finite number" if field.annotation is float else "a whole number"
    return f" (allowed: {kind}, {low}value{high})"
