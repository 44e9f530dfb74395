"""HTML: trafilatura's main-text extraction, tuned for precision, to plain text and blocks.

trafilatura is given the page as a string or bytes, never a URL, so it never
reaches the network. Comments and tables are left out. Its own log output
(and that of htmldate, courlan and justext) is silenced while it runs: an
unusable page becomes one load warning instead. A page that is not UTF-8 is
handed over as bytes so its declared charset is honoured.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator

import trafilatura
from factbot.index.documents import Document
from factbot.index.ingest.text import Parsed, host_name, normalise_date, pieces, select_blocks

__all__ = ["parse_html"]

log = logging.getLogger(__name__)

_NOISY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")
_ROOT_PATTERN = r"<\s*(?:html|body|head|!doctype)\b"
_HAS_ROOT = re.compile(_ROOT_PATTERN, re.IGNORECASE)
_HAS_ROOT_BYTES = re.compile(_ROOT_PATTERN.encode(), re.IGNORECASE)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Raise the extraction libraries' log level for the duration of one extraction."""
    loggers = [logging.getLogger(name) for name in _NOISY_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def parse_html(page: str | bytes, doc_id: str, path: str) -> Parsed:
    """One HTML document: its main text, title, date, URL and site name."""
    if isinstance(page, str) and not _HAS_ROOT.search(page[:4096]):
        page = f"<html><body>{page}</body></html>"  # trafilatura rejects bare fragments
    elif isinstance(page, bytes) and not _HAS_ROOT_BYTES.search(page[:4096]):
        page = b"<html><body>" + page + b"</body></html>"
    with _quiet():
        extracted = trafilatura.bare_extraction(
            page,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
        )
    if extracted is None or not getattr(extracted, "text", None):
        return Parsed(problems=[("skipped: no indexable text (no main text found in the HTML)", None)])
    text = str(extracted.text)
    url = str(getattr(extracted, "url", None) or "")
    title, line_source, blocks = select_blocks(
        text, pieces(text), str(getattr(extracted, "title", None) or "")
    )
    sitename = str(getattr(extracted, "sitename", None) or "")
    doc = Document(
        doc_id,
        text,
        tuple(blocks),
        title=title,
        source=sitename or host_name(url) or line_source,
        url=url,
        date=normalise_date(getattr(extracted, "date", None) or ""),
        description=str(getattr(extracted, "description", None) or ""),
        path=path,
    )
    return Parsed([doc])
