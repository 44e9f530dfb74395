"""The terminal boundary: what is printed is made safe, what is typed is made valid.

Documents can hold anything, their titles, URLs and file names too. A terminal acts on
C0 and C1 control characters (ESC starts window-title, clear-screen, clipboard and
hyperlink sequences; U+009B is a one-character CSI), so everything printed from a
document, to stdout or stderr, passes through `printable` here: such characters are shown
as `\\x1b`, `\\x9b`, ... and never reach the terminal raw. The index keeps the text exact.
"""

from __future__ import annotations

import re
from typing import Any

import click
from rich.console import Console
from rich.text import Text

__all__ = ["CONTROLS", "TerminalConsole", "echo", "json_safe", "printable", "printable_text", "typed"]

# C0 controls except newline and tab, DEL, C1 controls, and lone surrogates (undecodable bytes).
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029]")  # JSON text may hold these raw; C0 is always escaped


def _shown(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, decoded with surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character (newline and tab excepted) shown as `\\xNN`."""
    return CONTROLS.sub(lambda m: _shown(m.group()), text)


def printable_text(text: Text) -> Text:
    """A rich Text made printable, its styles kept on the same characters."""
    plain = text.plain
    if not CONTROLS.search(plain):
        return text
    starts = [0]  # starts[i]: where character i of `plain` begins in the printable text
    pieces = []
    for char in plain:
        piece = _shown(char) if CONTROLS.match(char) else char
        pieces.append(piece)
        starts.append(starts[-1] + len(piece))
    out = Text("".join(pieces), style=text.style, justify=text.justify, end=text.end)
    for span in text.spans:
        out.stylize(span.style, starts[span.start], starts[min(span.end, len(plain))])
    return out


def json_safe(json_text: str) -> str:
    """JSON with C1 controls, DEL and line separators escaped as `\\uXXXX` (they appear only in strings)."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def typed(text: str) -> str:
    """A question as typed: bytes that were not UTF-8 (kept as surrogates) become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def echo(text: str, *, err: bool = False) -> None:
    """`click.echo` of printable text."""
    click.echo(printable(text), err=err)


class TerminalConsole(Console):
    """A rich Console that prints every string and Text through `printable`.

    When printing is interrupted (Ctrl-C), what was not yet written is dropped, so the
    next print does not repeat it.
    """

    def print(self, *objects: Any, **kwargs: Any) -> None:
        safe = [
            printable_text(o) if isinstance(o, Text) else printable(o) if isinstance(o, str) else o
            for o in objects
        ]
        try:
            super().print(*safe, **kwargs)
        except KeyboardInterrupt:
            del self._buffer[:]
            raise
