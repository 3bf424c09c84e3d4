# ruff: noqa: E501
"""Session 34 (speeches and articles fixer): one statement's boundaries and its writer."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = PIPELINE(read_text(text))
    return [
        (t.label, t.attrs.get("speaker"), doc.text[t.start : t.end]) for t in doc.layer("turns")
    ]


GOVUK = """Cookies on GOV.UK
We use some essential cookies to make this website work.
Accept additional cookies
Skip to main content
GOV.UK

Speech
Home Secretary speech at the Police Federation Conference 2025

The Home Secretary's keynote speech at the Police Federation's annual conference.

From:
Home Office and The Rt Hon Helen Marsh MP
Published
21 May 2025
Delivered on:
21 May 2025 (Transcript of the speech, exactly as it was delivered)
Location:
Bournemouth International Centre, Bournemouth

The Home Secretary speaking at the Police Federation Conference 2025. Crown copyright.

Thank you, Tom, and good morning, everyone. It is good to be back with you in Bournemouth.

Policing has changed more in the last ten years than in the fifty before it, and we owe it to you to keep up.

Thank you very much.

Updates to this page
Published 21 May 2025
"""

REUTERS = """Skip to main content
Reuters home
World
Business

Europe
Minister says the grain corridor will stay open through the winter months
By Jane Halloran
March 6, 20253:14 PM GMTUpdated 2 hours ago

Item 1 of 2 The minister attends a news conference in Odesa, Ukraine, February 27, 2025. REUTERS/John Roe/File Photo
[1/2]The minister attends a news conference in Odesa, Ukraine, February 27, 2025. REUTERS/John Roe/File Photo Purchase Licensing Rights, opens new tab

ODESA, March 6 (Reuters) - Ukraine's infrastructure minister said on Thursday that the grain corridor would stay open through the winter months.
"We have shown that the corridor works," he told reporters at the port. "Ships will keep sailing."
Insurers said premiums had fallen by a third since the summer.
"""

GUARDIAN = """Skip to main content
The Guardian - Back to homeThe Guardian
News
Opinion

Opinion
Defence
Opinion

Our neighbours spent years waiting for someone else to act. Now the bill has come due

Anna Lindqvist

The north has shown what can be done. The rest of the continent must follow before it is too late

Tue 11 Mar 2025 07.00\u00a0GMT
Share
318

Soldiers take part in a winter exercise near Boden, northern Sweden. Photograph: Jane Roe/AFP/Getty Images

For a generation, our countries lived with the comfortable belief that the hard questions of security would be answered elsewhere.

That belief is gone, and the coming years will show whether we are ready to answer them ourselves.

Anna Lindqvist is a former defence minister of Sweden
"""

GOVRU = """Правительство России
Новости
Документы

Новости › Председатель Правительства
Совещание с вице-премьерами
Михаил Мишустин провёл совещание с вице-премьерами
5 марта 2025
Фото

Вступительное слово Михаила Мишустина

М.Мишустин: Добрый день, уважаемые коллеги!

Сегодня обсудим подготовку к паводку. В ряде регионов уже начался подъём воды, и важно заранее подготовить технику и людей.

Давайте перейдём к докладам.

Материалы сайта доступны по лицензии Creative Commons Attribution 4.0
"""


@pytest.mark.parametrize(
    ("page", "speaker", "starts", "ends"),
    [
        # GOV.UK's credited caption under the "Location:" field is the page's.
        (GOVUK, "Helen Marsh", "Thank you, Tom, and good morning,", "Thank you very much."),
        # Reuters's gallery caption and licensing line are the page's; the dateline opens the
        # body (the older fixtures' convention); the "By" line below the menus is the writer.
        (
            REUTERS,
            "Jane Halloran",
            "ODESA, March 6 (Reuters) - Ukraine's",
            "by a third since the summer.",
        ),
        # The Guardian's headline, name, standfirst, stamp, Share, count and caption are the page's.
        # … and the bio under the column that opens with the name line above it names the writer.
        (
            GUARDIAN,
            "Anna Lindqvist",
            "For a generation, our countries",
            "ready to answer them ourselves.",
        ),
        # A government page's one initialled label speaks the statement.
        (
            GOVRU,
            "Михаил Мишустин",
            "Добрый день, уважаемые коллеги!",
            "Давайте перейдём к докладам.",
        ),
    ],
)
def test_statement_bounds(page: str, speaker: str | None, starts: str, ends: str) -> None:
    statements = [t for t in _turns(page) if t[0] == "statement"]
    assert len(statements) == 1
    _label, who, body = statements[0]
    assert body.startswith(starts)
    assert body.endswith(ends)
    if speaker is not None:
        assert who == speaker


def test_lone_initials_label_needs_full_name_above() -> None:
    """With no full name above it, a lone "М.Мишустин:" line stays no label."""
    page = GOVRU.replace("Михаил Мишустин провёл", "Премьер провёл").replace(
        "Вступительное слово Михаила Мишустина", "Вступительное слово"
    )
    assert all(t[1] != "Михаил Мишустин" for t in _turns(page))


DW = """Skip to content
DW
Germany   World   Business   Science

EU trade chief Lindholm: 'We cannot wait for Washington'

03/11/2025
March 11, 2025

The EU's trade commissioner, Karin Lindholm, says Europe must find new partners quickly. In an interview with DW, she talked about tariffs, China and the single market.

https://p.dw.com/p/4aB1C
EU Trade Commissioner Karin Lindholm in Brussels
Lindholm says the bloc must diversify its trade partners quicklyImage: John Roe/AFP/Getty Images

DW: Commissioner Lindholm, are the new US tariffs a turning point for Europe?

Karin Lindholm: They are a wake-up call, and I think we have to be honest about that. We rely on one market too much.

The first lesson is that we need more partners.

Lindholm says the single market is Europe's best defenceImage: Jane Doe/picture alliance

DW: What about China?

Karin Lindholm: China is a partner, a competitor and a rival, all at once, and we must treat it so.
"""


def test_glued_image_credit_closes_no_answer() -> None:
    """DW's caption glued to its "Image:" credit between two turns is the page's: the answer
    above it ends at its last sentence. (The intro keeps a credited caption at its end, as the
    older fixtures' intros do.)"""
    turns = _turns(DW)
    assert turns[0][0] == "other"
    answer = next(t for t in turns if t[2].startswith("They are a wake-up call"))
    assert answer[2].endswith("we need more partners.")
