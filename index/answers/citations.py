"""Citations: each (document, sentence) an answer cites, made once as a `Citation`."""

from __future__ import annotations

from collections.abc import Sequence

from factbot.index.answers.models import Citation
from factbot.index.documents import Sentence
from factbot.index.store.reader import StoredDocument

__all__ = ["Citations"]


class Citations:
    """Citations for one answer, each (document, sentence) made once however many claims,
    wordings and conflicts cite it."""

    def __init__(self, documents: dict[str, StoredDocument]) -> None:
        self._documents = documents
        self._made: dict[tuple[str, int], Citation] = {}

    def __call__(self, members: Sequence[Sentence]) -> list[Citation]:
        """One citation per document (its first sentence saying it)."""
        seen: dict[str, Citation] = {}
        for s in members:
            if s.doc_id not in seen:
                seen[s.doc_id] = self._citation(s)
        return list(seen.values())

    def _citation(self, s: Sentence) -> Citation:
        found = self._made.get((s.doc_id, s.index))
        if found is None:
            doc = self._documents[s.doc_id]
            found = self._made[s.doc_id, s.index] = Citation(
                doc_id=doc.doc_id,
                title=doc.title,
                source=doc.source,
                url=doc.url,
                date=doc.date,
                sentence=s.index,
            )
        return found
