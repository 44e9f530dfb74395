"""The answer factbot gives: claims with their citations, conflicts and a verdict (the JSON output)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, computed_field

__all__ = [
    "Answer",
    "Basis",
    "Citation",
    "Claim",
    "Conflict",
    "ConflictValue",
    "Evidence",
    "Quote",
    "Verdict",
    "Wording",
]

Verdict = Literal["supported", "contradicted", "disputed"]
# What decided a verdict: a figure or date, a negation, an opposite action, a swapped word of
# the same class, a name, or the wording alone.
Basis = Literal["figure", "date", "time", "negation", "opposite", "swap", "name", "wording"]


class Citation(BaseModel):
    """A document that states a quote, and where."""

    doc_id: str = Field(description="file path relative to the corpus root, or the JSONL id")
    title: str = ""
    source: str = ""
    url: str = ""
    date: str = Field("", description="YYYY-MM-DD when known; empty when the document is undated")
    sentence: int = Field(description="0-based index of the sentence within the document")


class Quote(BaseModel):
    """A claim's best wording with the claim's citations (`Answer.quotes`, kept for compatibility)."""

    text: str
    score: float
    citations: list[Citation]


class Wording(BaseModel):
    """Another sentence stating the same claim."""

    text: str
    citations: list[Citation]


class Claim(BaseModel):
    """One fact, in its best wording, cited by every document that states it."""

    text: str
    score: float
    citations: list[Citation]
    sources_count: int = Field(description="distinct documents stating the claim")
    earliest_date: str = ""
    latest_date: str = ""
    other_wordings: list[Wording] = Field(default_factory=list)


class ConflictValue(BaseModel):
    """One value a figure is given, as written (qualifier kept), and who gives it."""

    value: str
    citations: list[Citation]


class Conflict(BaseModel):
    """Sources giving different figures for the same thing."""

    about: str = Field(description="the counted noun or unit (troops, percent, points, money, date)")
    values: list[ConflictValue] = Field(
        description="most-cited value first; for an update, in the order they were reported"
    )
    over_time: bool = Field(
        False, description="dated sources whose values follow one another in time: an update, not a dispute"
    )


class Evidence(BaseModel):
    """What decided a verdict: the statement's value, the sources' values and the claims on each side."""

    basis: Basis
    stated: str = Field("", description="the statement's own value as written (figure, date or name)")
    sources_say: list[str] = Field(default_factory=list, description="what the sources state instead or too")
    supporting: list[int] = Field(default_factory=list, description="indexes of the claims that bear it out")
    contradicting: list[int] = Field(default_factory=list, description="indexes of the claims against it")
    unaddressed: list[str] = Field(
        default_factory=list, description="parts of a supported statement no supporting claim states"
    )


class Answer(BaseModel):
    """What factbot says to a question; the JSON output is exactly this model."""

    question: str
    answered: bool
    claims: list[Claim] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    sources_total: int = Field(0, description="documents searched (after --since)")
    since: str = ""
    coverage: float = Field(
        0.0, description="share of the question's weighted terms the best sentence and its neighbours state"
    )
    verdict: Verdict | None = Field(
        None, description="for a statement the sources address; null for questions"
    )
    evidence: Evidence | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def quotes(self) -> list[Quote]:
        """Each claim's best wording, in the claims' order (kept for compatibility: use `claims`)."""
        return [Quote(text=c.text, score=c.score, citations=c.citations) for c in self.claims]
