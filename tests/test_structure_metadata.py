"""Metadata read from the text: dates, places, titles, hashtags (both forms), URLs, bylines."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.model import Document, Meta
from rhetoscope.structure.hashtags import inline_hashtags, mangled_block
from rhetoscope.structure.metadata import clean_title, extract, find_date, trailing_start

META = build_pipeline(["metadata"])


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Moscow, November 13, 2025", "2025-11-13"),
        ("13 November 2025", "2025-11-13"),
        ("Nov. 3, 2024", "2024-11-03"),
        ("Sept 30, 2023", "2023-09-30"),
        ("the 1st of May, 2024", "2024-05-01"),
        ("2025-11-13T10:00", "2025-11-13"),
        ("13 ноября 2025 года", "2025-11-13"),
        ("Москва, 1 марта 2024 г.", "2024-03-01"),
        ("13.11.2025", "2025-11-13"),
        ("February 30, 2025", None),  # not a date
        ("in 2025", None),
    ],
)
def test_dates(text: str, iso: str | None) -> None:
    found = find_date(text)
    assert (found[0] if found else None) == iso


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        ("Talks with Egypt, Moscow, March 3, 2025\n\nQuestion: Why?\n", "2025-03-03", "Moscow"),
        (
            "Ответы С.В.Лаврова, Москва, 13 ноября 2025 года\n\nВопрос: Как?\n",
            "2025-11-13",
            "Москва",
        ),
        ("Москва, 13 ноября 2025\nТекст заявления.\n", "2025-11-13", "Москва"),
        ("Remarks\nNovember 15, 2022, Washington\n\nThank you all.\n", "2022-11-15", "Washington"),
        (
            "Sanctions agreed\nKYIV, Oct 23 (Reuters) - Leaders agreed a package on Thursday.\n",
            None,
            "Kyiv",
        ),
        ("NEW YORK (AP) — The talks collapsed on Monday.\n", None, "New York"),
        ("The talks collapsed on Monday, officials said in Geneva on May 5, 2024.\n", None, None),
    ],
)
def test_date_and_place(text: str, date: str | None, place: str | None) -> None:
    found = extract(text)
    assert (found.date, found.place) == (date, place)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Remarks by President Biden on the Economy\n\nThank you.\n",
            "Remarks by President Biden on the Economy",
        ),
        (
            "Answers to questions, Moscow, November 13, 2025Question: Why?\n"
            "Ivan Petrov: Because.\n",
            "Answers to questions",
        ),
        ("Q: Why now?\nA: Because.\nQ: And then?\nA: Nothing.\n", None),
        ("https://example.org/a\nText follows here.\n", None),
    ],
)
def test_titles(text: str, title: str | None) -> None:
    assert extract(text).title == title


def test_clean_title_keeps_plain_titles() -> None:
    assert clean_title("  EU leaders agree sanctions  ") == "EU leaders agree sanctions"
    assert clean_title("Interview, Moscow, May 5, 2024Question: x") == "Interview"


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Great speech #Ukraine #peace today\n", ["Ukraine", "peace"]),
        ("Text.\n#NATO #US #Lavrov\n", ["NATO", "US", "Lavrov"]),
        (
            "Text.\nhttps://mid.ru/x/#\nNATO #\nUS #\nneo-nazi #\nLavrov",
            ["NATO", "US", "neo-nazi", "Lavrov"],
        ),
        ("Text.\nhttps://mid.ru/x/#\nLavrov", ["Lavrov"]),
        ("Заявление.\n#Россия #МИД\n", ["Россия", "МИД"]),
        ("Issue #1 is prices. See https://a.org/#section and &#39; here.\n", []),
        ("Text #Peace and #peace again.\n", ["Peace"]),
    ],
    ids=["inline", "trailing-line", "mangled", "mangled-one", "russian", "not-tags", "dedup"],
)
def test_hashtags(text: str, tags: list[str]) -> None:
    assert list(extract(text).hashtags) == tags


def test_mangled_block_needs_the_marker() -> None:
    assert mangled_block("Some answer.\nNATO\nUS") is None
    block = mangled_block("Answer.\nhttps://x.org/#\nNATO #\nUS")
    assert block is not None and block.tags == ("NATO", "US")
    assert inline_hashtags("#a1 #b") == ["a1", "b"]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Body.\nhttps://mid.ru/ru/foreign_policy/news/2058998/#\nNATO #\nLavrov",
            "https://mid.ru/ru/foreign_policy/news/2058998/",
        ),
        ("Body.\n\nSource: https://example.org/story.html\n", "https://example.org/story.html"),
        ("Body mentions https://example.org/inline in a sentence.\n", None),
        ("Body.\nCopyright 2025 NPR. Visit www.npr.org for terms.\n", None),
    ],
)
def test_source_url(text: str, url: str | None) -> None:
    assert extract(text).source_url == url


def test_trailing_block_start() -> None:
    text = "Answer ends here.\n\nhttps://x.org/a\n#one #two\n© 2025 Agency. All rights reserved.\n"
    assert text[: trailing_start(text)] == "Answer ends here."
    assert trailing_start("No trailer.") == len("No trailer.")


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("Title\nBy Jane Smith\n\nBody text.\n", "Jane Smith"),
        ("Title\nBY JOHN ROE and JANE DOE\n\nBody.\n", "JOHN ROE and JANE DOE"),
        ("Заголовок\nАвтор: Иван Петров\n\nТекст.\n", "Иван Петров"),
        ("Title\n\nBy the way, this is body text.\n", None),
    ],
)
def test_byline(text: str, byline: str | None) -> None:
    assert extract(text).byline == byline


def test_ingest_metadata_is_not_overwritten() -> None:
    meta = Meta(
        title="  Real <title> from HTML  ",
        date="2024-01-02",
        source_url="https://a.org/x",
        byline="Ingest Author",
        hashtags=("First",),
    )
    doc = Document.from_text(
        "Other title, Moscow, May 5, 2025\nBy Someone Else\n\nBody #tag.\n", meta=meta
    )
    out = META(doc)
    assert out.meta.title == "Real <title> from HTML"  # cleaned, not replaced
    assert out.meta.date == "2024-01-02"
    assert out.meta.place == "Moscow"  # missing, so filled
    assert out.meta.source_url == "https://a.org/x"
    assert out.meta.byline == "Ingest Author"
    assert out.meta.hashtags == ("First", "tag")
    assert out.text == doc.text


def test_metadata_stage_on_plain_text() -> None:
    doc = META(read_text("Statement by the Ministry, Moscow, 13 ноября 2025 года\n\nText.\n"))
    assert (doc.meta.date, doc.meta.place) == ("2025-11-13", "Moscow")
