"""The Discord renderer: escaping, Discord's limits, pagination (no network)."""

from __future__ import annotations

import re
from typing import Any

from factbot.bot.discord.render import LIMITS, answer_reply, clip, document_pages, escape, safe, sources_pages
from factbot.bot.render import NO_ANSWER
from factbot.index.answers.models import Answer, Citation, Claim, Conflict, ConflictValue
from factbot.index.documents import Sentence
from factbot.index.store.reader import StoredDocument
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

RAW_MENTION = re.compile(r"@everyone|@here|<@[!&]?\d")
NASTY = "ab *_`~|>#-@<&!:/()[]\n0123456789 everyone here"


def within_limits(embeds: list[dict[str, Any]]) -> None:
    assert len(embeds) <= LIMITS.embeds
    total = 0
    for e in embeds:
        assert len(e.get("title", "")) <= LIMITS.title
        assert len(e.get("description", "")) <= LIMITS.description
        assert len(e.get("footer", {}).get("text", "")) <= LIMITS.footer
        assert len(e.get("fields", [])) <= LIMITS.fields
        for f in e.get("fields", []):
            assert 0 < len(f["name"]) <= LIMITS.field_name and 0 < len(f["value"]) <= LIMITS.field_value
        total += (
            len(e.get("title", "")) + len(e.get("description", "")) + len(e.get("footer", {}).get("text", ""))
        )
        total += sum(len(f["name"]) + len(f["value"]) for f in e.get("fields", []))
    assert total <= LIMITS.total


def test_escape_defuses_every_mention_and_markdown() -> None:
    text = "@everyone @here <@&123> <@!12345678901234567> <@12345678901234567> **bold** _x_ `c` ||s|| > q"
    out = escape(text)
    assert not RAW_MENTION.search(out)
    assert "<@\u200b&123>" in out and "@\u200beveryone" in out and "@\u200bhere" in out
    assert "\\*\\*bold\\*\\*" in out and "\\_x\\_" in out and "\\`c\\`" in out and "\\|\\|s\\|\\|" in out


def test_clip_and_safe_shorten_with_an_ellipsis_and_never_split_an_escape() -> None:
    assert clip("abcdef", 4) == "abc…" and clip("abc", 4) == "abc"
    out = safe("*" * 50, 11)
    assert len(out) <= 11 and out.endswith("…") and out[:-1] == "\\*" * 5


def citation(n: int, **kw: Any) -> Citation:
    return Citation(
        doc_id=f"doc{n}.txt", title=f"Title {n}", source="Outlet", date="2024-11-12", sentence=n, **kw
    )


def test_an_answer_renders_claims_as_block_quotes_with_linked_citations() -> None:
    claim = Claim(
        text="The treaty takes effect\nwhen both sides exchange instruments.",
        score=3.0,
        citations=[citation(1, url="https://example.org/a b"), citation(2), citation(3)],
        sources_count=3,
    )
    (embed,) = [
        e.to_dict() for e in answer_reply(Answer(question="when?", answered=True, claims=[claim])).embeds
    ]
    assert embed["title"] == "when?"
    assert embed["description"] == "> The treaty takes effect\n> when both sides exchange instruments."
    source, also = embed["fields"]
    assert source["value"] == "[Title 1](https://example.org/a%20b) — Outlet, 2024-11-12 · `doc1.txt` #1"
    assert also["name"] == "Also reported by 2 more" and "**Title 2**" in also["value"]


def test_claims_carry_how_many_sources_report_them_and_conflicts_come_last() -> None:
    cites = [citation(1, url="https://example.org/a"), citation(2), citation(3)]
    claim = Claim(
        text="Troops *arrived* on Monday.",
        score=2.0,
        citations=cites,
        sources_count=3,
        earliest_date="2024-11-12",
        latest_date="2024-11-12",
    )
    conflict = Conflict(
        about="troops",
        values=[
            ConflictValue(value="12,000", citations=[citation(1)]),
            ConflictValue(
                value="11,000", citations=[Citation(doc_id="x.txt", source="@everyone", sentence=0)]
            ),
        ],
    )
    answer = Answer(
        question="how many?", answered=True, claims=[claim], conflicts=[conflict], sources_total=5
    )
    first, last = [e.to_dict() for e in answer_reply(answer).embeds]
    assert first["description"] == "> Troops \\*arrived\\* on Monday."
    assert first["footer"]["text"] == "Quote 1 · reported by 3 of 5 sources, 2024-11-12"
    assert first["fields"][1]["name"] == "Also reported by 2 more"
    assert last["title"] == "Sources differ"
    assert "troops: 12,000 (Outlet); 11,000 (@\u200beveryone)" in last["description"]


def test_an_unanswered_question_gets_the_no_answer_notice() -> None:
    reply = answer_reply(Answer(question="@everyone who won?", answered=False))
    (embed,) = [e.to_dict() for e in reply.embeds]
    assert embed["description"] == NO_ANSWER and embed["title"] == "@\u200beveryone who won?"


texts = st.text(alphabet=st.sampled_from(NASTY), max_size=100).map(lambda t: t * 50)
citations = st.builds(
    Citation,
    doc_id=st.text(alphabet=NASTY, min_size=1, max_size=300),
    title=texts,
    source=st.text(alphabet=NASTY, max_size=400),
    url=st.sampled_from(["", "https://example.org/x", "https://e.org/" + "p/" * 400, "javascript:alert(1)"]),
    date=st.sampled_from(["", "2024-11-12"]),
    sentence=st.integers(0, 10_000),
)
some_citations = st.lists(citations, min_size=1, max_size=15)
claims = st.builds(
    Claim,
    text=texts,
    score=st.floats(0, 100),
    citations=some_citations,
    sources_count=st.integers(1, 15),
    earliest_date=st.sampled_from(["", "2024-11-12"]),
    latest_date=st.sampled_from(["", "2024-11-13"]),
)
values = st.builds(ConflictValue, value=texts, citations=st.lists(citations, max_size=5))
conflicts = st.builds(Conflict, about=texts, values=st.lists(values, max_size=6))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    question=texts,
    claims=st.lists(claims, min_size=1, max_size=11),
    conflicts=st.lists(conflicts, max_size=4),
)
def test_any_answer_fits_every_discord_limit_and_never_pings(
    question: str, claims: list[Claim], conflicts: list[Conflict]
) -> None:
    answer = Answer(question=question, answered=True, claims=claims, conflicts=conflicts)
    reply = answer_reply(answer.model_copy(update={"sources_total": 20}))
    embeds = [e.to_dict() for e in reply.embeds]
    assert embeds
    within_limits(embeds)
    for e in embeds:
        values = [f["value"] for f in e.get("fields", [])]
        visible = " ".join([e.get("title", ""), e.get("description", ""), *values])
        assert not RAW_MENTION.search(visible)


def stored(n: int, title: str = "", sentences: int = 3) -> StoredDocument:
    return StoredDocument(n, f"doc{n}", title or f"Doc {n}", "Outlet", "", "", "", "", 0, sentences)


def test_sources_are_paginated_within_limits() -> None:
    docs = [stored(n, title="*Long* @everyone title " * 40) for n in range(95)]
    pages = [p.to_dict() for p in sources_pages(docs)]
    assert len(pages) == 10 and pages[-1]["footer"]["text"].endswith("page 10/10")
    for page in pages:
        within_limits([page])
        assert not RAW_MENTION.search(page["description"])


def test_a_document_is_paginated_and_long_sentences_are_shortened() -> None:
    doc = stored(1, sentences=60)
    sentences = [
        Sentence("doc1", i, 0, 0, ("word " * 400 if i % 7 == 0 else f"Sentence {i}.")) for i in range(60)
    ]
    pages = [p.to_dict() for p in document_pages(doc, sentences)]
    assert len(pages) >= 3
    for page in pages:
        within_limits([page])
    assert "`[0]` word word" in pages[0]["description"] and "…" in pages[0]["description"]
    assert "`[59]` Sentence 59." in pages[-1]["description"]


def test_other_wordings_of_a_claim_are_listed_in_its_embed(engine) -> None:
    answer = engine.ask("when does the treaty take effect?")
    assert answer.claims[0].other_wordings
    embed = answer_reply(answer).embeds[0].to_dict()
    field = next(f for f in embed["fields"] if f["name"].startswith("Other wordings"))
    assert "exchange" in field["value"] and len(field["value"]) <= LIMITS.field_value


CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ATTACK = "\x1b]0;title\x07\x1b[2J\x9b31m\x00"


def texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in texts(v)]
    return []


def test_control_characters_from_documents_are_shown_never_sent() -> None:
    cite = Citation(
        doc_id=f"doc{ATTACK}.txt", title=f"Title{ATTACK}", source=f"Outlet{ATTACK}", date=f"May{ATTACK}",
        sentence=0, url=f"https://example.org/{ATTACK}",
    )  # fmt: skip
    claim = Claim(
        text=f"The zebra count rose{ATTACK}.", score=1.0, citations=[cite], sources_count=1,
        earliest_date=f"May{ATTACK}", latest_date=f"May{ATTACK}",
    )  # fmt: skip
    answer = Answer(question=f"zebras{ATTACK}?", answered=True, claims=[claim], sources_total=1)
    doc = StoredDocument(0, cite.doc_id, cite.title, cite.source, cite.url, cite.date, "", "", 0, 1)
    embeds = [
        *answer_reply(answer).embeds,
        *sources_pages([doc]),
        *document_pages(doc, [Sentence(doc.doc_id, 0, 0, 20, claim.text)]),
    ]
    for embed in embeds:
        data = embed.to_dict()
        within_limits([data])
        assert not [t for t in texts(data) if CONTROL.search(t)], data
    shown = "".join(texts(answer_reply(answer).embeds[0].to_dict()))
    assert "␛]0;title␇␛[2J�31m␀" in shown  # one picture per character: no limit moves
