"""The `factbot` command line: thin commands over the index library."""

from __future__ import annotations

import functools
import io
import logging
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import click
from factbot.bot.config import Settings, load_settings
from factbot.bot.indexing import (
    Rebuild,
    build_with_progress,
    prepare_engine,
    resolve_corpus,
    stderr_console,
)
from factbot.bot.render import answer_json, answer_text, grading_text, retrieval_text
from factbot.bot.terminal import TerminalConsole, echo, json_safe, printable, typed
from factbot.index.answers.models import Answer
from factbot.index.engine import Engine
from factbot.index.errors import FactbotError, IndexUnusableError
from rich.console import Console
from rich.text import Text

__all__ = ["cli", "main"]

F = TypeVar("F", bound=Callable[..., Any])
EXAMPLE_QUESTION = "when does the treaty take effect?"
_NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click >= 8.2

corpus_option = click.option(
    "--corpus",
    "corpus",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Corpus file or folder (repeatable). Default: corpus.paths, else the bundled sample.",
)
index_option = click.option(
    "--index",
    "index_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Index directory (may be missing or empty). Default: index.dir, else the user cache.",
)
no_rebuild_option = click.option(
    "--no-rebuild", is_flag=True, help="Use the existing index even if the corpus changed."
)


class PrintableFormatter(logging.Formatter):
    """Log lines on a terminal: control characters shown, never sent."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


def one_line_errors(func: F) -> F:
    """Turn a FactbotError into `factbot: message` on stderr and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except FactbotError as exc:
            echo(f"factbot: {exc}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="FACTBOT_CONFIG",
    help="TOML config file (also FACTBOT_CONFIG). Default: built-in settings.",
)
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.version_option(package_name="factbot")
@click.pass_context
@one_line_errors
def cli(ctx: click.Context, config_path: Path | None, verbose: int) -> None:
    """factbot answers questions with sentences quoted from your documents.

    Example: factbot ask "when does the treaty take effect?"
    """
    level = (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(PrintableFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])
    ctx.obj = load_settings(config_path)


@cli.command("index")
@corpus_option
@index_option
@click.option("--rebuild", is_flag=True, help="Rebuild even if the index is up to date.")
@click.pass_obj
@one_line_errors
def index_command(
    settings: Settings, corpus: tuple[Path, ...], index_dir: Path | None, rebuild: bool
) -> None:
    """Build (or refresh) the sentence index for a corpus.

    Example: factbot index --corpus ~/articles --index ~/.factbot-index
    """
    err = stderr_console()
    if rebuild:
        paths = resolve_corpus(settings, corpus)
        build_with_progress(settings, paths, index_dir or settings.index_dir(), err)
        return
    engine, built = prepare_engine(settings, corpus, index_dir, "auto", err)
    info = engine.info()
    engine.close()
    if not built:  # a build has just printed its own summary
        err.print(
            f"index is up to date: {info.documents} documents, {info.sentences:,} sentences "
            f"in {index_dir or settings.index_dir()}",
            markup=False,
        )


@cli.command("ask")
@corpus_option
@index_option
@no_rebuild_option
@click.option(
    "--json", "as_json", is_flag=True, help="Print the Answer as JSON (JSON Lines when reading stdin)."
)
@click.option("--max-quotes", type=click.IntRange(1, 50), default=None, help="At most this many claims.")
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Only documents dated on or after this day (YYYY-MM-DD); undated ones are kept.",
)
@click.argument("question", required=False)
@click.pass_obj
@one_line_errors
def ask_command(
    settings: Settings,
    corpus: tuple[Path, ...],
    index_dir: Path | None,
    no_rebuild: bool,
    as_json: bool,
    max_quotes: int | None,
    since: datetime | None,
    question: str | None,
) -> None:
    """Answer QUESTION, or each line of stdin when QUESTION is omitted.

    Example: factbot ask --json "when does the treaty take effect?"
    """
    if question is not None and not typed(question).strip():
        raise click.UsageError(f"QUESTION is empty: ask something, e.g. factbot ask {EXAMPLE_QUESTION!r}")
    rebuild: Rebuild = "never" if no_rebuild else "auto"
    err = stderr_console()
    answers = _Answers(lambda how: prepare_engine(settings, corpus, index_dir, how, err).engine, rebuild, err)
    out = TerminalConsole(highlight=False, soft_wrap=True)
    day = since.date() if since else None
    try:
        if question is not None:
            _print_answer(answers.ask(typed(question).strip(), max_quotes, since=day), out, as_json)
            return
        _answer_lines(answers, out, as_json, max_quotes, day)
    finally:
        answers.close()


class _Answers:
    """The engine's answers; with rebuild "auto", damage that a question reads rebuilds the index once."""

    def __init__(self, open_engine: Callable[[Rebuild], Engine], rebuild: Rebuild, err: Console) -> None:
        self._open, self._rebuild, self._err = open_engine, rebuild, err
        self.engine = open_engine(rebuild)

    def ask(self, question: str, max_quotes: int | None, since: date | None) -> Answer:
        try:
            return self.engine.ask(question, max_quotes, since=since)
        except IndexUnusableError as exc:  # found in what this question read (arrays, sentence rows)
            if self._rebuild != "auto":
                raise
            self._err.print(f"{exc}: rebuilding the index", markup=False, highlight=False)
            self.engine.close()
            self._rebuild = "never"
            self.engine = self._open("always")
            return self.engine.ask(question, max_quotes, since=since)

    def close(self) -> None:
        self.engine.close()


def _answer_lines(
    answers: _Answers, out: Console, as_json: bool, max_quotes: int | None, since: date | None
) -> None:
    """One answer per line of stdin, in order: a blank line too gets one (unanswered)."""
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="surrogateescape")  # bytes that are not UTF-8 reach `typed`
    for n, line in enumerate(sys.stdin):
        question = typed(line).strip()
        answer = answers.ask(question, max_quotes, since=since)
        if as_json:
            _print_answer(answer, out, as_json)
            continue
        if n:
            out.print()
        out.print(Text(f"Q: {question}", style="bold"))
        if question:
            _print_answer(answer, out, as_json)
        else:
            out.print(Text("(blank line: no question)", style="dim"))


def _print_answer(answer: Answer, out: Console, as_json: bool) -> None:
    if as_json:
        click.echo(answer_json(answer))
    else:
        out.print(answer_text(answer))


@cli.command("repl")
@corpus_option
@index_option
@no_rebuild_option
@click.pass_obj
@one_line_errors
def repl_command(
    settings: Settings, corpus: tuple[Path, ...], index_dir: Path | None, no_rebuild: bool
) -> None:
    """Ask questions interactively (:help lists the commands).

    Example: factbot repl --corpus ~/articles
    """
    from factbot.bot.repl import Repl

    rebuild: Rebuild = "never" if no_rebuild else "auto"
    engine = prepare_engine(settings, corpus, index_dir, rebuild, stderr_console(), resident=True).engine
    try:
        Repl(engine, settings).run()
    finally:
        engine.close()


@cli.command("discord")
@corpus_option
@index_option
@no_rebuild_option
@click.option(
    "--sync",
    is_flag=True,
    help='Sync slash commands now, even when discord.sync is "off": to discord.guild_ids, else globally.',
)
@click.pass_obj
@one_line_errors
def discord_command(
    settings: Settings, corpus: tuple[Path, ...], index_dir: Path | None, no_rebuild: bool, sync: bool
) -> None:
    """Answer in Discord: /ask, /sources, /doc, /reload, mentions and DMs.

    The bot token comes from the environment variable DISCORD_TOKEN (or the one named by
    discord.token_env); the [discord] config section sets guilds, limits and shards.
    Stops cleanly on Ctrl-C or SIGTERM.

    Example: DISCORD_TOKEN=... factbot discord --corpus ~/articles --sync
    """
    from factbot.bot.discord.bot import run_discord

    rebuild: Rebuild = "never" if no_rebuild else "auto"
    run_discord(settings, corpus, index_dir, rebuild, sync)


@cli.command("eval")
@corpus_option
@index_option
@click.option(
    "--questions",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="JSON Lines: a fact-check set (FORMAT.md fields) or SciFact claims (evidence, cited_doc_ids).",
)
@click.option("--show", is_flag=True, help="Fact-check sets: list every question that failed, and why.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_obj
@one_line_errors
def eval_command(
    settings: Settings,
    corpus: tuple[Path, ...],
    index_dir: Path | None,
    questions: Path,
    show: bool,
    as_json: bool,
) -> None:
    """Grade whole answers on a fact-check set, or measure retrieval on SciFact-style claims.

    A fact-check set (fields as in FORMAT.md: answerable, answer_any, sources, conflict, verdict)
    is asked question by question and graded on the whole answer; a SciFact-style file gets
    sentence recall@1/5/10, MRR and document nDCG@10 of the ranking. The index is built first
    when missing or stale (by default one per corpus in the user cache).

    Example: factbot eval --corpus dev/corpus --questions dev/questions.jsonl --show
    """
    from factbot.index.answers.grading import GradingReport, grade, is_graded_set, load_graded_questions
    from factbot.index.retrieval.evaluate import evaluate, load_questions

    if corpus and index_dir is None:
        own_corpus = settings.corpus.model_copy(update={"paths": list(corpus)})
        settings = settings.model_copy(update={"corpus": own_corpus})
    graded = is_graded_set(questions)
    gold = load_graded_questions(questions) if graded else load_questions(questions)
    engine = prepare_engine(settings, corpus, index_dir, "auto", stderr_console()).engine
    try:
        report = grade(engine.ask, gold) if graded else evaluate(engine.rank, gold)  # type: ignore[arg-type]
    finally:
        engine.close()
    if as_json:
        click.echo(json_safe(report.model_dump_json(indent=2)))
    elif isinstance(report, GradingReport):
        echo(grading_text(report, show))
    else:
        echo(retrieval_text(report))


@cli.command("doctor")
@corpus_option
@index_option
@click.pass_context
@one_line_errors
def doctor_command(ctx: click.Context, corpus: tuple[Path, ...], index_dir: Path | None) -> None:
    """Check the config, the bot token (never shown), the corpus and the index; say what to fix.

    Exit code 0 when everything needed to run `factbot discord` is healthy, 2 otherwise.

    Example: DISCORD_TOKEN=... factbot --config factbot.toml doctor
    """
    from factbot.bot.doctor import diagnose

    config_path = ctx.parent.params.get("config_path") if ctx.parent else None
    checks = diagnose(ctx.obj, config_path, list(corpus), index_dir)
    for check in checks:
        echo(f"{check.status:<5} {check.name:<16} {check.detail}")
        if check.fix:
            echo(f"{'':<5} {'':<16} fix: {check.fix}")
    failed = [c for c in checks if c.status == "FAIL"]
    if failed:
        echo(f"{len(failed)} problem{'s' if len(failed) > 1 else ''} to fix")
        sys.exit(2)
    echo("healthy")


def main() -> None:
    """Console-script entry point: a usage error is one line on stderr and exit code 2."""
    try:
        code = cli.main(prog_name="factbot", standalone_mode=False)
    except _NO_ARGS_IS_HELP as exc:  # plain `factbot`: the help, as click shows it
        exc.show()
        sys.exit(exc.exit_code)
    except click.UsageError as exc:
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
        echo(f"factbot: {' '.join(exc.format_message().split())}{hint}", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        echo(f"factbot: {' '.join(exc.format_message().split())}", err=True)
        sys.exit(exc.exit_code)
    except click.Abort:  # Ctrl-C or Ctrl-D at a click prompt, or Ctrl-C in a command
        echo("factbot: interrupted", err=True)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
