"""Speakers named from the page rather than the label (round 31, batch FJ): a paper's short
name under its masthead, a caption credit, an accent-less particled surname, an office label's
article, an "About" box, a lead's dative with a patronymic, a show's host in the genitive and a
closing bio box. Short invented snippets in the shapes real pages use."""

from __future__ import annotations

import pytest

from structure_support import spoken_rows

MASTHEAD = """Valley Record
Home › Politics

Hale on the water bill

By Nora Quist | Staff Writer

TOWN — Mayor Ben Hale spoke with the Record. The conversation has been edited for clarity.

Record: Mayor, were you surprised?

Mayor: Not at all. We counted twice before the vote.

Record: What comes next?

Mayor: The county has to sign off, and then we build.
"""

CAPTION_CREDIT = """WINE LETTER
Issue 12

THE GROWER: JEAN-LUC DE LA TOUR-MARÇAY

[Image] Jean-Luc de la Tour-Marçay in his cellar. Interview and photographs by Ana Quist.

Q: When did you start?

De la Tour-Marcay: In 1990. My father laughed at me.

Q: And now?

De la Tour-Marcay: Now he drinks my wine.
"""

GOVERNOR = """THE MORNING SHOW — TRANSCRIPT
Hosts: Ana Quist and Tom Hale
Guest: Gov. Ben Marlow (D-Vt.)

ANA: Governor, welcome. Where is the money?

THE GOVERNOR: Good morning, Ana. Most of it has arrived.

TOM: And the rest?

THE GOVERNOR: Still in review, and nobody can tell me why.

ANA: Will you run again?

THE GOVERNOR: Ask me in June.

TOM: Thank you, Governor.

THE GOVERNOR: Thank you both.
"""

ABOUT_BOX = """Seed Notes

By Ana Quist · March 2, 2025

I sat down with the person who runs our seed vault.

A.Q.: How many species are in the vault?

T.A.-M.: Two hundred, as of last week.

A.Q.: Where does the seed come from?

T.A.-M.: All of it from land we protect.

About Teresa Álvarez-Moreno
Teresa Álvarez-Moreno has run the seed program since 2019.
"""

DATIVE_PATRONYMIC = """Новости региона

Наши вопросы мы адресовали директору заповедника Марине Витальевне Шевчук-Лариной.

«Новости»: Марина Витальевна, когда начнётся учёт?

М.Ш.-Л.: Если лёд позволит — в конце марта.

«Новости»: Сколько людей участвует?

М.Ш.-Л.: Около сорока человек.
"""

SHOW_HOST = """ТВ-Регион

В программе Дарьи Лис — вопросы о больницах. Отвечал министр здравоохранения Олег Ким.

Ведущая: Добрый вечер. Олег Сергеевич, почему нет врачей?

Министр: Добрый вечер. Потому что врачей не хватает.

Ведущая: Что изменится?

Министр: Мы запускаем выездные бригады.
"""

BIO_BOX = """Міські вісті

Ми поговорили з головним диригентом філармонії про нову програму.

Журналістка: Пане Андрію, ви спокійні?

Диригент: Спокійний диригент перед прем'єрою — це погана ознака.

Журналістка: Коли прем’єра?

Диригент: За тиждень, у суботу.

Довідка
Андрій Остапович Дзюба-Коваль — головний диригент філармонії з 2018 року.
"""

CASES = [
    (MASTHEAD, ["Nora Quist", "Ben Hale", "Nora Quist", "Ben Hale"]),
    (CAPTION_CREDIT, ["Ana Quist", "Jean-Luc de la Tour-Marçay"] * 2),
    (GOVERNOR, ["Ana Quist", "Ben Marlow", "Tom Hale", "Ben Marlow"] * 2),
    (ABOUT_BOX, ["Ana Quist", "Teresa Álvarez-Moreno"] * 2),
    (DATIVE_PATRONYMIC, ["Новости", "Марина Шевчук-Ларина"] * 2),
    (SHOW_HOST, ["Дарья Лис", "Олег Ким"] * 2),
    (BIO_BOX, [None, "Андрій Дзюба-Коваль"] * 2),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers_named_from_the_page(text: str, speakers: list[str | None]) -> None:
    assert [r[1] for r in spoken_rows(text)] == speakers


def test_about_box_ends_the_last_answer() -> None:
    assert spoken_rows(ABOUT_BOX)[-1][2].strip() == "All of it from land we protect."
