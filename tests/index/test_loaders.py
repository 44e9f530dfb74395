"""Corpus loaders: every format, the sample corpus, and bad input that must never stop a load."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from factbot.index.documents import Document, LoadResult
from factbot.index.errors import CorpusError
from factbot.index.ingest.loaders import iter_corpus_files, load_corpus
from factbot.index.ingest.text import normalise_date
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SAMPLE_CORPUS, SCIFACT, require_shared

EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"]


def blocks_of(doc: Document) -> list[str]:
    return [doc.text[s:e] for s, e in doc.blocks]


def assert_exact_spans(result: LoadResult) -> None:
    """Every block is an in-range span of the text; non-presplit blocks are stripped and non-empty."""
    for doc in result.documents:
        for start, end in doc.blocks:
            assert 0 <= start <= end <= len(doc.text)
            if not doc.presplit:
                block = doc.text[start:end]
                assert block and block == block.strip()


def load_one(tmp_path: Path, name: str, content: str | bytes, **kwargs: int) -> LoadResult:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return load_corpus([path], **kwargs)


@pytest.fixture(scope="module")
def sample() -> dict[str, Document]:
    result = load_corpus([SAMPLE_CORPUS])
    assert result.warnings == []
    return {doc.doc_id[:3]: doc for doc in result.documents}


# The sample corpus ---------------------------------------------------------------------------


def test_sample_titles_sources_and_dates(sample: dict[str, Document]) -> None:
    assert sorted(sample) == ["000", "001", "002", "003", "004"]
    assert sample["000"].title == "North Korea ratifies mutual defence treaty it signed with Russia in June"
    assert sample["000"].source == "NBC News"
    assert sample["001"].title == "North Korea ratifies major defense treaty with Russia"
    assert sample["002"].title == "North Korea ratifies defence treaty with Russia amid Ukraine war"
    assert sample["002"].source == "bangkokpost.com"
    assert sample["002"].date == "2024-11-12"
    assert sample["002"].url.startswith("https://www.bangkokpost.com/world/2900753/")
    assert sample["002"].description.startswith("SEOUL — North Korea has ratified")
    assert sample["003"].title.startswith("Russian President Vladimir Putin has signed a law")
    assert sample["003"].title.endswith("…") and len(sample["003"].title) <= 101


def test_sample_000_boilerplate_is_not_indexed_but_teasers_are(sample: dict[str, Document]) -> None:
    blocks = blocks_of(sample["000"])
    joined = "\n".join(blocks)
    for line in (
        "Read Full Article Here",
        "Follow us",
        "Read our latest news",
        "Get latest news delivered daily!",
        "breaking news right to your inbox",
        "Have a tip?",
        "Recent Articles",
        "by:",
        "Source: NBC News",
        "05/09/2025",
    ):
        assert line not in joined
    assert "..." not in blocks and sample["000"].title not in blocks
    for real in (
        "FDA approves at-home HPV test to screen for cervical cancer",
        "Organizers said the financial milestone came from over 28,000 donations, "
        "with a median contribution of $20.",
        "KYIV, Ukraine (AP) – Ukraine’s Parliament unanimously voted in favor of ratifying of a landmark "
        "minerals deal with the U.S. on Thursday afternoon, a lawmaker said.",
        "Fed holds rates steady despite pressure from Trump",
    ):
        assert real in blocks


def test_sample_text_is_the_file_and_first_paragraph_lines_stay(sample: dict[str, Document]) -> None:
    for key in ("000", "001", "003", "004"):
        doc = sample[key]
        assert doc.text == (SAMPLE_CORPUS / doc.doc_id).read_text(encoding="utf-8")
    first_003 = (SAMPLE_CORPUS / sample["003"].doc_id).read_text(encoding="utf-8").splitlines()[0]
    assert blocks_of(sample["003"])[0] == first_003
    assert blocks_of(sample["004"])[0].startswith("North Korea has formally ratified")
    assert len(blocks_of(sample["001"])) == 10  # 11 lines, the headline is the title


def test_sample_002_markdown_is_stripped(sample: dict[str, Document]) -> None:
    doc = sample["002"]
    assert "![" not in doc.text and "](" not in doc.text and "_" not in doc.text and "# " not in doc.text
    assert "origin_url" not in doc.text
    assert "the Korean Central News Agency (KCNA) said" in doc.text
    assert doc.title not in blocks_of(doc)
    assert blocks_of(doc)[0].startswith("North Korea's leader Kim Jong Un, left,")


def test_every_sample_block_is_an_exact_span() -> None:
    assert_exact_spans(load_corpus([SAMPLE_CORPUS]))


# Plain text ---------------------------------------------------------------------------------


def test_txt_headline_is_title_and_not_a_block(tmp_path: Path) -> None:
    result = load_one(tmp_path, "a.txt", "Treaty takes effect\n\nThe treaty took effect on Monday.\n")
    (doc,) = result.documents
    assert doc.title == "Treaty takes effect"
    assert blocks_of(doc) == ["The treaty took effect on Monday."]


def test_txt_title_from_first_sentence_keeps_the_line(tmp_path: Path) -> None:
    first = "The treaty took effect on Monday after a long wait. " + "It binds both sides. " * 3
    (doc,) = load_one(tmp_path, "a.txt", first + "\nSecond paragraph here.\n").documents
    assert doc.title == "The treaty took effect on Monday after a long wait."
    assert blocks_of(doc) == [first.strip(), "Second paragraph here."]
    long_first = "Officials " + "said the ratification " * 10 + "was complete."
    (doc,) = load_one(tmp_path, "b.txt", long_first + "\n").documents
    assert doc.title.endswith("…") and len(doc.title) <= 101 and long_first.startswith(doc.title[:-1])


def test_txt_source_and_byline_lines_are_metadata(tmp_path: Path) -> None:
    text = "Headline of the day\nBy Jane Doe\n  - Source: Reuters\nThe body says something.\n"
    (doc,) = load_one(tmp_path, "a.txt", text).documents
    assert (doc.title, doc.source) == ("Headline of the day", "Reuters")
    assert blocks_of(doc) == ["The body says something."]


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        ("Tuesday 11 March 2025", "2025-03-11"),
        ("Published: March 11, 2025", "2025-03-11"),
        ("March 11, 2025", "2025-03-11"),
        ("Updated 3 hours ago", ""),
    ],
)
def test_a_txt_dateline_before_the_text_dates_the_document(tmp_path: Path, dateline: str, date: str) -> None:
    text = f"Headline of the day\nSource: Reuters\nBy Jane Doe\n{dateline}\n\nThe body says something.\n"
    (doc,) = load_one(tmp_path, "a.txt", text).documents
    assert doc.date == date
    assert blocks_of(doc) == ["The body says something."]


@pytest.mark.parametrize(
    "head",
    [
        "Deal ends strike, but who pays?\nSource: The Capitol Ledger\nBy Evelyn Stroud",
        "MARITIME LEDGER WEEKLY | Casualty Report\nSelkie Dawn refloated at Corran\nBy A. Quine",
    ],
)
def test_a_dateline_under_a_headline_kept_as_text_dates_the_document(tmp_path: Path, head: str) -> None:
    text = f"{head}\nThursday 18 September 2025\n\nThe body says something.\n"
    (doc,) = load_one(tmp_path, "a.txt", text).documents
    assert doc.date == "2025-09-18"
    assert blocks_of(doc)[-1] == "The body says something."


def test_a_web_address_alone_on_a_line_before_the_text_is_the_document_s_link(tmp_path: Path) -> None:
    link = "https://gazette.example/news/2025-09-10/fragments"
    text = f"Headline of the day\nBy Jane Doe\nSeptember 10, 2025\n{link}\n\nThe body says something.\n"
    (doc,) = load_one(tmp_path, "a.txt", text).documents
    assert (doc.url, doc.source) == (link, "gazette.example")
    assert blocks_of(doc) == ["The body says something."]
    (doc,) = load_one(tmp_path, "b.txt", f"Headline of the day\nThe body says something.\n{link}\n").documents
    assert doc.url == "" and blocks_of(doc) == ["The body says something."]  # a later one is no link of it


def test_a_date_line_inside_the_text_does_not_date_it(tmp_path: Path) -> None:
    text = "Headline of the day\nThe body says something.\nMarch 11, 2025\nMore of the body.\n"
    (doc,) = load_one(tmp_path, "a.txt", text).documents
    assert doc.date == ""


def test_hard_wrapped_text_gives_paragraph_blocks(tmp_path: Path) -> None:
    text = (
        "The treaty between the two countries took effect on Monday after\n"
        "both sides exchanged the ratification instruments, officials said\n"
        "in a statement released by the foreign ministry in the capital.\n"
        "\n"
        "Analysts said the pact formalises a relationship that has grown\n"
        "steadily closer over the past year, with trade and technology\n"
        "exchanges expanding across several sectors of both economies.\n"
    )
    (doc,) = load_one(tmp_path, "a.txt", text).documents
    assert len(doc.blocks) == 2
    assert blocks_of(doc)[1].startswith("Analysts said") and blocks_of(doc)[1].endswith("economies.")
    assert doc.title.startswith("The treaty between the two countries took effect")


def test_crlf_and_bom_are_handled(tmp_path: Path) -> None:
    raw = "\ufeffHeadline here\r\nFirst line of text.\r\nSecond line of text.\r\n".encode()
    result = load_one(tmp_path, "a.txt", raw)
    (doc,) = result.documents
    assert not doc.text.startswith("\ufeff")
    assert blocks_of(doc) == ["First line of text.", "Second line of text."]
    assert_exact_spans(result)


def test_txt_with_only_boilerplate_has_no_indexable_text(tmp_path: Path) -> None:
    result = load_one(tmp_path, "a.txt", "...\nFollow us\n05/09/2025\n")
    assert result.documents == []
    assert [w.reason for w in result.warnings] == ["skipped: no indexable text"]


# Markdown and front matter ------------------------------------------------------------------

MARKDOWN = """---
title: Treaty takes effect
date: "Nov 12, 2024"
url: https://www.example.org/treaty
description: A short summary.
---

# Treaty takes effect

![a photo of the signing](https://example.org/photo.jpg)

The treaty, [signed in June](https://example.org/june), took *effect* on **Monday**.

- Each side must help the other `without delay`.
- Trade is covered <b>too</b>.

```
code stays as text
```
"""


def test_markdown_front_matter_and_stripping(tmp_path: Path) -> None:
    (doc,) = load_one(tmp_path, "a.md", MARKDOWN).documents
    assert doc.title == "Treaty takes effect"
    assert (doc.date, doc.url, doc.source) == ("2024-11-12", "https://www.example.org/treaty", "example.org")
    assert doc.description == "A short summary."
    assert blocks_of(doc) == [
        "The treaty, signed in June, took effect on Monday.",
        "Each side must help the other without delay.",
        "Trade is covered too.",
    ]
    assert "code stays as text" in doc.text
    assert "photo" not in doc.text and "<b>" not in doc.text and "*" not in doc.text


@pytest.mark.parametrize(
    ("front", "source"),
    [
        ('source: "Example Wire"\norigin_url: https://www.a.com/x\ncategory: WORLD', "Example Wire"),
        ("origin_url: https://www.bangkokpost.com/x\ncategory: WORLD", "bangkokpost.com"),
        ("category: WORLD", "WORLD"),
        ("title: x", ""),
    ],
)
def test_markdown_source_falls_back_to_host_then_category(tmp_path: Path, front: str, source: str) -> None:
    (doc,) = load_one(tmp_path, "a.md", f"---\n{front}\n---\nThe body text is here.\n").documents
    assert doc.source == source


def test_empty_front_matter_title_falls_back_to_first_heading(tmp_path: Path) -> None:
    text = '---\ntitle: ""\n---\n# \n\n## The real heading\n\nBody text here.\n'
    (doc,) = load_one(tmp_path, "a.md", text).documents
    assert doc.title == "The real heading"
    assert blocks_of(doc) == ["Body text here."]


def test_txt_with_front_matter_is_read_as_markdown(tmp_path: Path) -> None:
    (doc,) = load_one(tmp_path, "a.txt", "---\ntitle: T\n---\nSome *emphasis* here.\n").documents
    assert (doc.title, doc.text) == ("T", "Some emphasis here.")


def test_txt_opening_with_a_separator_is_plain_text(tmp_path: Path) -> None:
    (doc,) = load_one(tmp_path, "a.txt", "---\nA line of *text*.\n---\nAnother line.\n").documents
    assert blocks_of(doc) == ["A line of *text*.", "Another line."]


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        ("title: [unclosed", "front matter ignored: not valid YAML"),
        ("- a\n- b", "front matter ignored: not a mapping of keys to values (found list)"),
        ("date: 2024-13-45", "front matter ignored: not valid YAML (ValueError"),
    ],
)
def test_malformed_front_matter_warns_and_keeps_the_body(tmp_path: Path, front: str, reason: str) -> None:
    result = load_one(tmp_path, "a.md", f"---\n{front}\n---\nThe body is still indexed.\n")
    (doc,) = result.documents
    assert blocks_of(doc) == ["The body is still indexed."]
    (warning,) = result.warnings
    assert warning.reason.startswith(reason) and warning.path.endswith("a.md")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-12T04:10:56.812Z", "2024-11-12"),
        ("2024-11-12", "2024-11-12"),
        ("Nov 12, 2024", "2024-11-12"),
        ("November 12, 2024", "2024-11-12"),
        ("12 November 2024", "2024-11-12"),
        ("Tue, 12 Nov 2024 04:10:56 +0000", "2024-11-12"),
        ("Tuesday 12 November 2024", "2024-11-12"),
        ("Tuesday, November 12, 2024", "2024-11-12"),
        ("sometime in 2024", "sometime in 2024"),
        (None, ""),
        ([2024], ""),
    ],
)
def test_normalise_date(value: object, expected: str) -> None:
    assert normalise_date(value) == expected


# HTML ---------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="{charset}">
<title>Treaty takes effect | Example Times</title>
<meta property="og:title" content="Treaty takes effect">
<meta property="og:site_name" content="Example Times">
<meta property="og:url" content="https://www.example.com/news/treaty">
<meta property="article:published_time" content="2024-11-12T04:10:56Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav>
<article><h1>Treaty takes effect</h1>
<p>The mutual defence treaty between the two countries took effect on Monday, officials said, after both
sides exchanged the ratification instruments in a ceremony {word}.</p>
<p>The treaty obliges each side to provide military assistance without delay if the other is attacked,
according to the published text of the agreement.</p>
<p>Analysts said the pact formalises a relationship that has grown steadily closer over the past year,
with trade and technology exchanges expanding.</p>
<table><tr><td>Tabled figure 12345 appears here</td></tr></table>
</article>
<footer><p>Copyright 2024 Example Times. All rights reserved.</p></footer>
</body></html>"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the loader tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.usefixtures("no_network")
def test_html_main_text_and_metadata(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    result = load_one(tmp_path, "page.html", PAGE.format(charset="utf-8", word="downtown"))
    (doc,) = result.documents
    assert (doc.title, doc.source, doc.date) == ("Treaty takes effect", "Example Times", "2024-11-12")
    assert doc.url == "https://www.example.com/news/treaty"
    blocks = blocks_of(doc)
    assert len(blocks) == 3 and blocks[0].startswith("The mutual defence treaty")
    assert "Tabled figure" not in doc.text and "Copyright" not in doc.text and "Home" not in doc.text
    assert_exact_spans(result)
    assert not [r for r in caplog.records if not r.name.startswith("index")]


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        ("Published Nov. 4, 2025 at 8:45 p.m. | Updated Nov. 4, 2025 at 9:30 p.m.", "2025-11-04"),
        ("Channel 9 News | Published Tuesday, Oct. 21, 2025", "2025-10-21"),
        ("Published: Jun. 12, 2025, 5:30 PM", "2025-06-12"),
        ("Staff report", "2025-01-01"),  # only the copyright's year: htmldate's reading stands
    ],
)
def test_an_html_page_s_own_dateline_dates_it_over_its_copyright_year(
    tmp_path: Path, dateline: str, date: str
) -> None:
    page = (
        "<html><head><title>Blast wrecks building</title></head><body><article>"
        "<h1>Gas blast wrecks Bellmere building</h1>"
        f'<p class="dateline">{dateline}</p>'
        "<p>A suspected natural gas explosion destroyed a three-story building in downtown Bellmere"
        " early on Tuesday, injuring nine people, two of them critically, fire officials said.</p>"
        "<p>Crews shut off the gas line serving the block at 7:20 a.m., and the fire that followed"
        " the blast was under control by mid-morning, the fire department said.</p>"
        "</article><footer><p>&copy; 2025 Ostrander Today. All rights reserved.</p></footer></body></html>"
    )
    (doc,) = load_one(tmp_path, "page.html", page).documents
    assert doc.date == date


@pytest.mark.usefixtures("no_network")
def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    page = PAGE.format(charset="windows-1252", word="at the caf\u00e9").encode("cp1252")
    (doc,) = load_one(tmp_path, "page.htm", page).documents
    assert "at the caf\u00e9." in doc.text


@pytest.mark.usefixtures("no_network")
def test_html_fragment_and_empty_page(tmp_path: Path) -> None:
    (doc,) = load_one(tmp_path, "a.html", "<p>Just a fragment of HTML with some words in it.</p>").documents
    assert doc.text == "Just a fragment of HTML with some words in it."
    result = load_one(tmp_path, "b.html", "<html><body><nav>Home</nav></body></html>")
    assert result.documents == [] and len(result.warnings) == 1
    assert "no indexable text" in result.warnings[0].reason


# In a fresh interpreter: the extraction libraries' logger levels (one set by the application,
# the others left alone) before and after importing the loaders, loading an HTML file, and
# parsing pages on eight threads at once.
_LEVELS_SCRIPT = """
import json, logging, sys, threading
from pathlib import Path
names = ["trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"]
logging.getLogger("trafilatura").setLevel(logging.INFO)
levels = lambda: [logging.getLogger(n).level for n in names]
seen = [levels()]
from factbot.index.ingest import html, loaders
seen.append(levels())
assert loaders.load_corpus([Path(sys.argv[1])]).documents
seen.append(levels())
page = Path(sys.argv[1]).read_text()
parse = lambda: [html.parse_html(page, "p", "p") for _ in range(5)]
threads = [threading.Thread(target=parse) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
seen.append(levels())
print(json.dumps(seen))
"""


def test_html_extraction_leaves_other_loggers_levels_as_they_were(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(charset="utf-8", word="downtown"))
    run = subprocess.run(
        [sys.executable, "-c", _LEVELS_SCRIPT, str(page)], capture_output=True, text=True, check=True
    )
    before, *after = json.loads(run.stdout)
    assert before == [logging.INFO, 0, 0, 0, 0]
    assert after == [before] * 3


# JSON Lines ---------------------------------------------------------------------------------


def test_jsonl_sentences_keep_their_indices(tmp_path: Path) -> None:
    sentences = ["First claim.", "", "  ", "Fourth claim.", "Fifth."]
    line = json.dumps({"id": 7, "title": "T", "sentences": sentences, "date": "2024-11-12T00:00:00"})
    result = load_one(tmp_path, "c.jsonl", line + "\n")
    (doc,) = result.documents
    assert (doc.doc_id, doc.title, doc.date, doc.presplit) == ("7", "T", "2024-11-12", True)
    assert doc.text == " ".join(sentences)
    assert blocks_of(doc) == sentences
    assert doc.blocks[1][0] == doc.blocks[1][1]  # an empty sentence is a zero-length block


def test_jsonl_text_gives_paragraph_blocks_without_filtering(tmp_path: Path) -> None:
    line = json.dumps({"id": "a", "text": "Recent Articles\nThe claim is here.\n\nAnother one."})
    (doc,) = load_one(tmp_path, "c.jsonl", line).documents
    assert not doc.presplit
    assert blocks_of(doc) == ["Recent Articles", "The claim is here.", "Another one."]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{bad json", "skipped: not valid JSON"),
        ("[1, 2]", "skipped: not a JSON object (found a list)"),
        ('{"text": "no id"}', 'skipped: missing "id"'),
        ('{"id": true, "text": "x"}', 'skipped: "id" must be a string or an integer'),
        ('{"id": "", "text": "x"}', 'skipped: "id" is empty'),
        ('{"id": "b", "title": 5, "text": "x"}', 'skipped: "title" must be a string'),
        ('{"id": "b", "sentences": "x"}', 'skipped: "sentences" must be a list of strings'),
        ('{"id": "b", "sentences": ["a", 1]}', 'skipped: "sentences" must be a list of strings'),
        ('{"id": "b", "text": ["x"]}', 'skipped: "text" must be a string'),
        ('{"id": "b"}', 'skipped: neither "text" nor "sentences"'),
        ('{"id": "b", "sentences": ["", " "]}', "skipped: document 'b' has no indexable text"),
        ('{"id": "a", "text": "duplicate"}', "skipped: duplicate id 'a' (first on line 1)"),
        ("[" * 100000, "skipped: not valid JSON"),
    ],
)
def test_jsonl_malformed_line_is_one_warning(tmp_path: Path, line: str, reason: str) -> None:
    good = [json.dumps({"id": "a", "text": "One."}), json.dumps({"id": "c", "sentences": ["Three."]})]
    result = load_one(tmp_path, "c.jsonl", "\n".join([good[0], line, "", good[1]]))
    assert [d.doc_id for d in result.documents] == ["a", "c"]
    (warning,) = result.warnings
    assert warning.reason.startswith(reason) and warning.line == 2
    assert str(warning).startswith(f"{tmp_path / 'c.jsonl'}:2: ")


@pytest.mark.scifact
def test_scifact_corpus_loads_fast() -> None:
    corpus = require_shared(SCIFACT / "corpus.jsonl")
    start = time.perf_counter()
    result = load_corpus([corpus])
    elapsed = time.perf_counter() - start
    assert len(result.documents) == 5183 and result.warnings == []
    assert elapsed < 2.0
    first = json.loads(corpus.open(encoding="utf-8").readline())
    doc = result.documents[0]
    assert doc.doc_id == str(first["id"]) and blocks_of(doc) == first["sentences"]


# Folders, paths and doc ids -----------------------------------------------------------------


def test_folders_are_walked_sorted_skipping_hidden_and_unsupported(tmp_path: Path) -> None:
    for rel in ["b.txt", "a/z.md", "a/c.html", ".hidden.txt", ".git/x.txt", "notes.csv", "B.TXT"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Some plain text line in {rel}.\n", encoding="utf-8")
    result = load_corpus([tmp_path])
    assert [d.doc_id for d in result.documents] == ["B.TXT", "a/c.html", "a/z.md", "b.txt"]
    assert result.warnings == []
    assert [(root, p.relative_to(tmp_path).as_posix()) for root, p in iter_corpus_files([tmp_path])] == [
        (tmp_path, "B.TXT"),
        (tmp_path, "a/c.html"),
        (tmp_path, "a/z.md"),
        (tmp_path, "b.txt"),
    ]


def test_a_file_given_explicitly(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / "one.txt"
    path.write_text("A line of text.\n", encoding="utf-8")
    assert [d.doc_id for d in load_corpus([path]).documents] == ["one.txt"]
    assert list(iter_corpus_files([path])) == [(path, path)]
    other = tmp_path / "notes.csv"
    other.write_text("a,b\n", encoding="utf-8")
    result = load_corpus([other])
    assert result.documents == [] and len(result.warnings) == 1
    assert "unsupported file type .csv" in result.warnings[0].reason
    assert list(iter_corpus_files([other])) == []


def test_missing_path_raises_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(CorpusError, match="nope"):
        load_corpus([SAMPLE_CORPUS, missing])
    with pytest.raises(CorpusError, match="nope"):
        list(iter_corpus_files([missing]))


def test_duplicate_doc_ids_keep_the_first(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(f"Text from {folder}.\n", encoding="utf-8")
    result = load_corpus([tmp_path / "x", tmp_path / "y"])
    assert [blocks_of(d) for d in result.documents] == [["Text from x."]]
    (warning,) = result.warnings
    assert "already used" in warning.reason and warning.path.endswith("y/same.txt")


def test_line_repeated_across_most_documents_is_dropped(tmp_path: Path) -> None:
    for i in range(4):
        footer = "\nCopyright 2024 Example Media Group" if i < 3 else ""
        (tmp_path / f"{i}.txt").write_text(f"Headline {i}\nStory {i} is here.{footer}\n", encoding="utf-8")
    result = load_corpus([tmp_path])
    assert [blocks_of(d) for d in result.documents] == [[f"Story {i} is here."] for i in range(4)]


# Bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "skipped: empty file"),
        (b"  \n\t\r\n\xc2\xa0\n", "skipped: only whitespace"),
        (b"text\x00with a NUL", "skipped: binary file (contains NUL bytes)"),
        (b"abc\xffdef", "skipped: not UTF-8 text (byte 0xff at offset 3)"),
        (b"\xef\xbb\xbfab\xfe", "skipped: not UTF-8 text (byte 0xfe at offset 5)"),
        ("caf\u00e9".encode("utf-16"), "skipped: UTF-16 or UTF-32 text (save it as UTF-8)"),
    ],
)
@pytest.mark.parametrize("extension", [".txt", ".md", ".jsonl"])
def test_unusable_file_is_one_warning(tmp_path: Path, content: bytes, reason: str, extension: str) -> None:
    (tmp_path / f"good{extension}").write_text('{"id": "g", "text": "Good."}\n', encoding="utf-8")
    (tmp_path / f"bad{extension}").write_bytes(content)
    result = load_corpus([tmp_path])
    assert len(result.documents) == 1
    assert [(w.path, w.reason) for w in result.warnings] == [(str(tmp_path / f"bad{extension}"), reason)]


def test_oversized_file_is_skipped_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(int(25.3 * 1024 * 1024))  # sparse: nothing is written
    (tmp_path / "small.txt").write_text("Small file.\n", encoding="utf-8")
    result = load_corpus([tmp_path])
    assert [d.doc_id for d in result.documents] == ["small.txt"]
    assert [w.reason for w in result.warnings] == ["skipped: larger than the 20 MB limit (25.3 MB)"]
    result = load_corpus([tmp_path / "small.txt"], max_bytes=5)
    assert [w.reason for w in result.warnings] == ["skipped: larger than the 5 bytes limit (12 bytes)"]
    with pytest.raises(CorpusError, match="max_bytes"):
        load_corpus([tmp_path], max_bytes=0)


def test_unreadable_file_is_one_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret text.\n", encoding="utf-8")
    (tmp_path / "open.txt").write_text("Open text.\n", encoding="utf-8")
    if os.geteuid() == 0:  # root reads anything: simulate the permission error
        real_open = Path.open

        def guarded(self: Path, *args: object, **kwargs: object) -> object:
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", guarded)
    else:
        locked.chmod(0)
    try:
        result = load_corpus([tmp_path])
    finally:
        locked.chmod(0o644)
    assert [d.doc_id for d in result.documents] == ["open.txt"]
    assert [(w.path, w.reason) for w in result.warnings] == [(str(locked), "skipped: permission denied")]


def test_special_file_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = load_corpus([tmp_path])
    assert [w.reason for w in result.warnings] == ["skipped: not a regular file"]


def test_loader_returns_warnings_not_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    result = load_one(tmp_path, "a.txt", b"\xff")
    assert [w.reason for w in result.warnings] == ["skipped: not UTF-8 text (byte 0xff at offset 0)"]
    assert [r.getMessage() for r in caplog.records if r.name.startswith("factbot")] == []


# Properties: arbitrary input never crashes or hangs -----------------------------------------

_FUZZ = settings(deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow])


def _load_fuzz(extension: str, data: bytes) -> LoadResult:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{extension}"
        path.write_bytes(data)
        result = load_corpus([path])
    assert_exact_spans(result)
    assert result.documents or result.warnings
    return result


@_FUZZ
@given(st.sampled_from(EXTENSIONS), st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash(extension: str, data: bytes) -> None:
    _load_fuzz(extension, data)


@_FUZZ
@given(st.sampled_from(EXTENSIONS), st.text(max_size=2000))
def test_arbitrary_text_never_crashes(extension: str, text: str) -> None:
    _load_fuzz(extension, text.encode())


@_FUZZ
@given(
    st.sampled_from([".txt", ".md"]),
    st.text(alphabet=st.sampled_from("ab: -[]{}#*_!()\n\"'&|>`1.\u00a0"), max_size=300),
    st.text(alphabet=st.sampled_from("ab: -[]{}#*_!()\n\"'&|>`1.\u00a0"), max_size=300),
)
def test_front_matter_and_markdown_soup_never_crash(extension: str, front: str, body: str) -> None:
    _load_fuzz(extension, f"---\n{front}\n---\n{body}".encode())


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
_RECORD = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=5), st.integers(), _JSON),
        "title": st.one_of(st.text(max_size=20), _JSON),
        "text": st.one_of(st.text(max_size=80), _JSON),
        "sentences": st.one_of(st.lists(st.text(max_size=30), max_size=5), _JSON),
        "date": st.one_of(st.text(max_size=20), _JSON),
    },
)


@_FUZZ
@given(st.lists(st.one_of(_RECORD, _JSON), max_size=8))
def test_arbitrary_json_lines_never_crash(records: list[object]) -> None:
    _load_fuzz(".jsonl", "\n".join(json.dumps(r) for r in records).encode())
