"""Titles of who leads or owns a body, by the verb a question asks it with ("Who runs ...?": "chief
executive", "director"; "Who owns ...?": "owner")."""

from __future__ import annotations

__all__ = ["role_titles"]

# Titles of who leads or owns a body, as stems, by the stem of the verb a question asks it with.
_LEADERS = frozenset(
    "chair chairman chairwoman chairperson chief ceo director presid head leader manag boss".split()
)
_ROLES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("lead", "run", "head", "manag", "direct", "chair"), _LEADERS),
    "own": frozenset({"owner"}),
}


def role_titles(term: str) -> frozenset[str]:
    """The stems of the titles that name who does what a verb's stem says, for "Who leads/runs/heads/
    owns X?": "the group's chair, Martin Ebdon", "Ospreys owner Gideon Varley"; none for another."""
    return _ROLES.get(term, frozenset())
