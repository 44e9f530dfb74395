"""Settings: a TOML file plus `FACTBOT_*` environment overrides, validated by pydantic."""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from index.answers import AnswerOptions
from index.bm25 import BM25Params
from index.build import BuildOptions
from index.errors import FactbotError
from index.search import SearchOptions

__all__ = ["ConfigError", "DiscordSettings", "LoggingSettings", "Settings", "bundled_corpus", "load_settings"]


class ConfigError(FactbotError):
    """The config file or an environment override is invalid."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CorpusSettings(_Section):
    paths: list[Path] = Field(default_factory=list, description="files or folders; empty = bundled sample")
    max_file_mb: float = Field(20, gt=0, description="files larger than this are skipped")


class IndexSettings(_Section):
    dir: Path | None = Field(None, description="index directory; unset = user cache directory")
    engine: Literal["sparse", "rank-bm25"] = "sparse"
    k1: float = Field(1.0, ge=0, description="BM25 k1 of sentences")
    b: float = Field(0.4, ge=0, le=1, description="BM25 b of sentences")
    doc_k1: float = Field(1.2, ge=0, description="BM25 k1 of whole documents")
    doc_b: float = Field(0.75, ge=0, le=1, description="BM25 b of whole documents")
    idf: Literal["lucene", "okapi"] = "lucene"
    title_weight: int = Field(3, ge=0, le=10, description="times a title's terms count in its document")
    doc_weight: float = Field(3.0, ge=0, description="weight of the document's score in a sentence's rank")
    neighbor_weight: float = Field(0.25, ge=0, description="weight of the best adjacent sentence's score")
    rm3_docs: int = Field(0, ge=0, le=100, description="RM3 feedback documents; 0 = off")
    rm3_terms: int = Field(10, ge=1, le=100, description="RM3 expansion terms")
    rm3_weight: float = Field(0.5, gt=0, le=1, description="weight of the original question under RM3")


class AnswerSettings(_Section):
    max_quotes: int = Field(5, ge=1, le=50)
    min_coverage: float = Field(0.4, ge=0, le=1)
    min_relative_score: float = Field(0.3, ge=0, le=1)
    type_boost: float = Field(0.6, ge=0, le=5, description="bonus for what the question type asks for")
    claim_overlap: float = Field(0.8, gt=0, le=1, description="overlap at which sentences are one claim")
    context_weight: float = Field(1.0, ge=0, le=1, description="weight of question terms only in neighbours")
    corroboration: float = Field(
        0.25, ge=0, le=5, description="share of other documents' scores a claim adds"
    )


class ReplSettings(_Section):
    history_file: Path | None = Field(None, description="unset = user state directory")
    color: Literal["auto", "always", "never"] = "auto"


class DiscordSettings(_Section):
    """The Discord adapter (`factbot discord`); the token itself comes from the environment."""

    token_env: str = Field("DISCORD_TOKEN", min_length=1, description="environment variable with the token")
    sync: Literal["guilds", "global", "off"] = "guilds"
    guild_ids: list[int] = Field(default_factory=list, description="guilds to sync slash commands to")
    answer_mentions: bool = True
    answer_dms: bool = True
    max_question_chars: int = Field(300, ge=10, le=4000)
    cooldown_seconds: float = Field(10, ge=0)
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
    index_check_seconds: float = Field(60, ge=0, description="check the index directory; 0 = never")

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


class Settings(BaseSettings):
    """All of factbot's settings; see config.example.toml for each key."""

    model_config = SettingsConfigDict(
        env_prefix="FACTBOT_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    corpus: CorpusSettings = CorpusSettings()
    index: IndexSettings = IndexSettings()
    answers: AnswerSettings = AnswerSettings()
    repl: ReplSettings = ReplSettings()
    discord: DiscordSettings = DiscordSettings()
    logging: LoggingSettings = LoggingSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Environment variables win over the file (passed as init values)."""
        return (env_settings, init_settings)

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
            max_file_bytes=int(self.corpus.max_file_mb * 1024 * 1024),
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


def load_settings(path: Path | None) -> Settings:
    """Load settings from `path` (or defaults) plus the environment; one-line errors."""
    data: dict[str, Any] = {}
    where = "environment"
    if path is not None:
        where = str(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {path} does not exist") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config file {path} cannot be read: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
        _resolve_paths(data, path.parent)
    try:
        return Settings(**data)
    except ValidationError as exc:
        raise ConfigError(f"{where}: {_describe(exc)}") from None


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


def _describe(exc: ValidationError) -> str:
    """One line naming each bad key and what is allowed."""
    parts = []
    for error in exc.errors():
        key = ".".join(str(p) for p in error["loc"])
        if error["type"] == "extra_forbidden":
            parts.append(f"unknown key {key!r}")
        else:
            parts.append(f"key {key!r}: {error['msg']} (got {error.get('input')!r})")
    return "; ".join(parts)
