"""The local REPL: ask questions, browse sources, keep history between runs."""

from __future__ import annotations

import contextlib
import logging
import readline
from collections.abc import Callable
from datetime import date
from pathlib import Path

from factbot.bot.config import Settings
from factbot.bot.render import answer_json, answer_text, document_text, sources_text, wordings_text
from factbot.bot.terminal import TerminalConsole, typed
from factbot.index.answers.models import Answer
from factbot.index.engine import Engine
from factbot.index.errors import FactbotError
from rich.console import Console
from rich.text import Text

__all__ = ["HELP", "Repl"]

log = logging.getLogger(__name__)

HELP = """\
Type a question and press Enter. Commands:
  :help          this help
  :sources       the indexed documents
  :doc ID        a document with numbered sentences
  :more          other wordings of the last claims, then more claims
  :since DATE    only documents dated on or after DATE (YYYY-MM-DD); :since off to clear
  :context       the sentences around the last quotes
  :json          the last answer as JSON
  :quit          leave (or Ctrl-D); Ctrl-C clears the line or stops an answer"""

PROMPT = "factbot> "
_MORE_STEP = 5


class Repl:
    """A read-eval-print loop over an Engine."""

    def __init__(self, engine: Engine, settings: Settings, console: Console | None = None) -> None:
        self.engine = engine
        self.settings = settings
        color = settings.repl.color
        self.console = console or TerminalConsole(
            highlight=False,
            soft_wrap=True,
            force_terminal=True if color == "always" else None,
            no_color=color == "never",
        )
        self.history = settings.history_file()
        self.last: Answer | None = None
        self.shown = 0
        self.wordings_shown = False
        self.since: date | None = None
        self.commands: dict[str, Callable[[str], bool]] = {
            ":help": self._help,
            ":sources": self._sources,
            ":doc": self._doc,
            ":more": self._more,
            ":since": self._since,
            ":context": self._context,
            ":json": self._json,
            ":quit": self._quit,
            ":exit": self._quit,
        }

    def run(self) -> None:
        """Loop until :quit or Ctrl-D."""
        self._load_history()
        n = len(self.engine.documents)
        self.console.print(f"factbot: {n} documents indexed. Ask a question, or :help.", markup=False)
        try:
            while True:
                try:
                    line = typed(input(PROMPT)).strip()
                except KeyboardInterrupt:
                    self.console.print()
                    continue
                except EOFError:
                    self.console.print()
                    break
                if line and not self._interruptible(line):
                    break
        finally:
            self._save_history()

    def _interruptible(self, line: str) -> bool:
        """`handle`, where Ctrl-C stops the answer being looked up or printed and returns to the prompt."""
        try:
            return self.handle(line)
        except KeyboardInterrupt:
            if self.console.is_terminal and self.console.color_system:
                self.console.file.write("\x1b[0m")  # the interrupted print may have left a colour on
            self.console.print()
            self.console.print("interrupted", style="dim", markup=False)
            return True

    def handle(self, line: str) -> bool:
        """Run one line; False means leave."""
        name, _, arg = line.partition(" ")
        try:
            if not name.startswith(":"):
                return self._ask(line)
            command = self.commands.get(name)
            if command is None:
                self.console.print(f"unknown command {name}: type :help", markup=False)
                return True
            return command(arg.strip())
        except FactbotError as exc:
            self.console.print(f"error: {exc}", markup=False)
            return True

    def _ask(self, question: str) -> bool:
        self.last = self.engine.ask(question, since=self.since)
        self.shown, self.wordings_shown = len(self.last.claims), False
        self.console.print(answer_text(self.last))
        return True

    def _more(self, _: str) -> bool:
        if self.last is None or not self.last.answered:
            self.console.print("nothing more: ask a question first", markup=False)
            return True
        if not self.wordings_shown and any(c.other_wordings for c in self.last.claims):
            self.wordings_shown = True
            self.console.print(wordings_text(self.last))
            return True
        wider = self.engine.ask(self.last.question, self.shown + _MORE_STEP, since=self.since)
        extra = wider.model_copy(update={"claims": wider.claims[self.shown :], "conflicts": []})
        if not extra.claims:
            self.console.print("no more quotes for this question", markup=False)
            return True
        self.console.print(answer_text(extra, first=self.shown + 1))
        self.last, self.shown = wider, len(wider.claims)
        return True

    def _since(self, value: str) -> bool:
        if value in ("", "off", "none"):
            self.since = None
            self.console.print("using documents of any date", markup=False)
            return True
        try:
            self.since = date.fromisoformat(value)
        except ValueError:
            self.console.print(f"not a date: {value!r} (use YYYY-MM-DD, or :since off)", markup=False)
            return True
        self.console.print(f"using documents dated {value} or later (undated ones too)", markup=False)
        return True

    def _context(self, _: str) -> bool:
        if self.last is None or not self.last.claims:
            self.console.print("no quotes yet: ask a question first", markup=False)
            return True
        for claim in self.last.claims[: self.shown]:
            cite = claim.citations[0]
            doc, around = self.engine.context(cite.doc_id, cite.sentence)
            self.console.print(document_text(doc, around, highlight=cite.sentence))
        return True

    def _json(self, _: str) -> bool:
        if self.last is None:
            self.console.print("no answer yet: ask a question first", markup=False)
        else:
            self.console.print(Text(answer_json(self.last)))
        return True

    def _sources(self, _: str) -> bool:
        self.console.print(sources_text(self.engine.documents))
        return True

    def _doc(self, doc_id: str) -> bool:
        if not doc_id:
            self.console.print("usage: :doc ID (see :sources for the ids)", markup=False)
            return True
        doc, sentences = self.engine.document(doc_id)
        self.console.print(document_text(doc, sentences))
        return True

    def _help(self, _: str) -> bool:
        self.console.print(HELP, markup=False)
        return True

    def _quit(self, _: str) -> bool:
        return False

    def _load_history(self) -> None:
        readline.set_history_length(1000)
        with contextlib.suppress(FileNotFoundError, OSError):
            readline.read_history_file(self.history)

    def _save_history(self) -> None:
        try:
            Path(self.history).parent.mkdir(parents=True, exist_ok=True)
            readline.write_history_file(self.history)
        except OSError as exc:
            log.warning("could not save REPL history to %s: %s", self.history, exc)
