# ruff: noqa: E501  (the case texts are pages, one paragraph a line)
"""What the session review found (each case failed before its mend): a hand-back to someone
else ("Edie, go ahead.") leaves the next bare question unnamed; a caption's name the lead
repeats is no byline; a company's legal form in capitals ("ПАО ЛУКОЙЛ") is no person;
journalists asking at a briefing make no interview with the outlet; thanks that go on to ask
open no farewell; a woman named in the nominative keeps her name ("Джорджа Мелони ответила");
a lowercase outlet noun never stands alone ("Дональд Трамп, правда, заявил …")."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_CASES = [
    (
        "Daily Press Briefing by the Office of the Spokesperson\n\nSpokesperson: Good afternoon. I have a few notes for you.\n\nQuestion: Stéphane, Ibtisam Abdel Rahman, Al Quds. On a different subject, the situation in Gaza —\n\nSpokesperson: Let me just finish Tonga, then I'll come back to you. The team arrived yesterday. Edie, go ahead.\n\nQuestion: Thank you. Could you say more about the aid convoys that were stopped at the crossing yesterday?\n\nSpokesperson: We are looking into it.\n\nQuestion: Edith Lederer, AP. And another one on Sudan?\n\nSpokesperson: No update.\n",
        "Thank you. Could you say more",
        None,
        None,
    ),
    (
        "Global Affairs Weekly\nJan 14, 2026 - Politics\nMinister says the grid will hold this winter\nOlena Marchenko\nPhoto: Reuters\nIn an interview, Energy Minister Olena Marchenko spoke about the winter and the grid repairs that crews are carrying out.\n\nQ: How is the grid holding up?\n\nA: It is holding up well, thanks to the repair crews working day and night across the country.\n\nQ: Will there be outages?\n\nA: Some short ones, in the east, but nothing like last year.\n",
        "It is holding up well",
        "Olena Marchenko",
        None,
    ),
    (
        "Коммерсантъ\n«Мы не планируем сокращать добычу»\nВице-президент ПАО ЛУКОЙЛ рассказал «Ъ», как компания переживает санкции. Генеральный директор «Нефтесервиса» Павел Орлов поделился планами.\n\n— Как вы оцениваете ситуацию на рынке?\n\n— Ситуация сложная, но мы справляемся и продолжаем инвестировать в добычу.\n\n— Будете ли вы сокращать персонал?\n\n— Нет, сокращений не будет.\n",
        "Ситуация сложная",
        None,
        None,
    ),
    (
        "Песков ответил на вопросы журналистов о переговорах\nАвтор: Иван Петров\nНа брифинге в Кремле пресс-секретаря президента Дмитрия Пескова журналисты спросили о ходе переговоров и о санкциях.\n\nВопрос: Как идут переговоры?\n\nОтвет: Переговоры идут, но сложно, и мы не будем давать оценок до их завершения.\n\nВопрос: Будут ли новые санкции?\n\nОтвет: Это вопрос не к нам.\n",
        "Как идут переговоры?",
        None,
        None,
    ),
    (
        "Interview with Governor Dana Whitfield\n\nHOST: Governor, welcome. How is the budget looking?\n\nWHITFIELD: It is tight, but we will balance it without raising taxes this year.\n\nHOST: Thanks for being here. What comes next for you?\n\nWHITFIELD: Thank you for having me.\n\nNext, we turn to housing. We will build forty thousand homes by 2030, and I will ask the legislature to fund it in January.\n",
        "Thank you for having me.",
        "Dana Whitfield",
        "by 2030, and I will ask the legislature to fund it in January.",
    ),
    (
        "Интервью\nИталия не отправит войска\nПремьер-министр Италии Джорджа Мелони ответила на вопросы нашего корреспондента о войне и мигрантах.\n\n— Отправит ли Италия войска?\n\n— Нет, Италия не отправит войска, мы будем помогать иначе, деньгами и оружием.\n\n— А что с мигрантами?\n\n— Мы будем ужесточать правила и дальше.\n",
        "Нет, Италия не отправит",
        "Джорджа Мелони",
        None,
    ),
    (
        "Пресс-конференция министра иностранных дел\n\nВедущий: Пожалуйста, следующий вопрос.\n\nВопрос: Добрый день. Дональд Трамп, правда, заявил вчера, что санкции снимут. Как вы это прокомментируете?\n\nМинистр: Мы видели эти заявления, но судить будем по делам.\n",
        "Добрый день. Дональд Трамп",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("page", "opening", "speaker", "ending"), _CASES)
def test_review_case(page: str, opening: str, speaker: str | None, ending: str | None) -> None:
    rows = [r for r in turn_rows(page) if r[2].startswith(opening)]
    assert len(rows) == 1, rows
    assert rows[0][1] == speaker
    if ending is not None:
        assert rows[0][2].endswith(ending)
