"""HTML: trafilatura's main-text extraction, tuned for precision, to plain text and blocks.

trafilatura is given the page as a string or bytes, never a URL, so it never
reaches the network. Comments and tables are left out. Its own log output
(and that of htmldate, courlan and justext) is silenced while it runs: an
unusable page becomes one load warning instead. Those loggers' levels are put
back when the last extraction running ends, and trafilatura is imported on first
use under the same guard, so neither importing this module nor parsing a page
leaves another library's log level changed. A page that is not UTF-8 is handed
over as bytes so its declared charset is honoured.
"""

from __future__ import annotations

import functools
import importlib
import logging
import re
import threading
from types import ModuleType
from typing import Any

from factbot.index.documents import Document
from factbot.index.ingest.text import Parsed, host_name, normalise_date, pieces, select_blocks

__all__ = ["parse_html"]

_NOISY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")
_SILENT = logging.CRITICAL + 1
_ROOT_PATTERN = r"<\s*(?:html|body|head|!doctype)\b"
_HAS_ROOT = re.compile(_ROOT_PATTERN, re.IGNORECASE)
_HAS_ROOT_BYTES = re.compile(_ROOT_PATTERN.encode(), re.IGNORECASE)
# A page's own dateline: "Published Nov. 4, 2025 at 8:45 p.m. | ...", "Channel 9 News | Published ...".
_DATELINE = re.compile(r"\b(?:published|posted|updated)\s*:?\s*([^<|]{6,80})", re.IGNORECASE)
_TIME_AFTER = re.compile(r"\s+at\s+|,?\s+\d{1,2}:\d\d\b|\s+\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)


class _Quiet:
    """Silences some loggers while any thread is inside; the levels they had come back after.

    Entries are counted under a lock, so overlapping extractions on several threads
    restore the levels saved by the first once the last one leaves.
    """

    def __init__(self, names: tuple[str, ...]) -> None:
        self._loggers = [logging.getLogger(name) for name in names]
        self._levels: list[int] = []
        self._inside = 0
        self._lock = threading.Lock()

    def __enter__(self) -> None:
        with self._lock:
            if self._inside == 0:
                self._levels = [logger.level for logger in self._loggers]
            self._inside += 1
            self.silence()

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            self._inside -= 1
            if self._inside == 0:
                for logger, level in zip(self._loggers, self._levels, strict=True):
                    logger.setLevel(level)

    def silence(self) -> None:
        """Set the silent level (again: a library may set its own on import)."""
        for logger in self._loggers:
            logger.setLevel(_SILENT)


_QUIET = _Quiet(_NOISY_LOGGERS)


@functools.cache
def _trafilatura() -> ModuleType:
    """trafilatura, imported on first use inside `_QUIET` (its import sets htmldate's log level)."""
    module = importlib.import_module("trafilatura")
    _QUIET.silence()
    return module


def _extract(page: str | bytes) -> Any:
    """trafilatura's main text and metadata of one page (None when it finds none), silenced."""
    with _QUIET:
        return _trafilatura().bare_extraction(
            page,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
        )


def _day(found: str, page: str | bytes) -> str:
    """The page's date: htmldate's, unless it is only a year it read as January 1 (from "© 2025")
    and the page's own dateline ("Published Nov. 4, 2025 at 8:45 p.m.") gives a day of that year."""
    if not found.endswith("-01-01"):
        return found
    text = page if isinstance(page, str) else page.decode("utf-8", "replace")
    for line in _DATELINE.finditer(text):
        day = normalise_date(_TIME_AFTER.split(line[1].strip(), maxsplit=1)[0].strip(" ,"))
        if day[:4] == found[:4] and day[4:5] == "-":
            return day
    return found


def parse_html(page: str | bytes, doc_id: str, path: str) -> Parsed:
    """One HTML document: its main text, title, date, URL and site name."""
    if isinstance(page, str) and not _HAS_ROOT.search(page[:4096]):
        page = f"<html><body>{page}</body></html>"  # trafilatura rejects bare fragments
    elif isinstance(page, bytes) and not _HAS_ROOT_BYTES.search(page[:4096]):
        page = b"<html><body>" + page + b"</body></html>"
    extracted = _extract(page)
    if extracted is None or not getattr(extracted, "text", None):
        return Parsed(problems=[("skipped: no indexable text (no main text found in the HTML)", None)])
    text = str(extracted.text)
    picked = select_blocks(text, pieces(text), str(getattr(extracted, "title", None) or ""))
    url = str(getattr(extracted, "url", None) or picked.url)
    sitename = str(getattr(extracted, "sitename", None) or "")
    doc = Document(
        doc_id,
        text,
        tuple(picked.blocks),
        title=picked.title,
        source=sitename or host_name(url) or picked.source,
        url=url,
        date=_day(normalise_date(getattr(extracted, "date", None) or ""), page) or picked.date,
        description=str(getattr(extracted, "description", None) or ""),
        path=path,
    )
    return Parsed([doc])
