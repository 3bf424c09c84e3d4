"""Check N, batch TD TE: a business paper's author under its headline asks the plain-paragraph
questions; an agency's dated English dateline gives the date and place; a news site's bare
thanks to its readers trails the last answer."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.model import Document

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def run(text: str) -> Document:
    return PIPELINE(read_text(text))


_RBC_PLAIN = """РБК
Бизнес
Экономика

Бизнес, 21 май 2026, 08:30

«Спрос на холодильные склады вырос вдвое»: глава логистического оператора — РБК

Ксения Дорофеева

Генеральный директор компании «Северный хладокомбинат» Павел Лаврентьев рассказал РБК, почему \
рынок складов для заморозки растет быстрее сухих складов и когда компания выйдет на биржу

Павел Лаврентьев (Фото: пресс-служба компании)

О спросе

Насколько выросла загрузка ваших складов за год?

Почти до 97%. Год назад было 81%. Свободных ячеек под заморозку в Петербурге сейчас практически \
нет, арендаторы бронируют площади на полгода вперед.

Кто ваши основные клиенты?

Сети и производители полуфабрикатов. Доля маркетплейсов пока небольшая, около 8%, но она \
растет быстрее всех остальных.

О планах

Когда вы планируете выйти на биржу?

Не раньше 2027 года. Сначала нам нужно достроить комплекс в Шушарах и показать выручку от него \
хотя бы за один полный год.

Подписывайтесь на РБК в Telegram
"""

_TASS_DATED = """TASS
Russian News Agency
World   Business & Economy   Military & Defense

INTERVIEWS

Deputy Minister Kolesov: Arctic shipping season to open early

Interviewed by Irina Gavrilova

MURMANSK, May 12, 2026. /TASS/. Russian Deputy Transport Minister Oleg Kolesov told TASS about \
the coming navigation season on the Northern Sea Route and the new icebreakers.

TASS: Mr. Kolesov, when will the summer season start this year?

Kolesov: Two weeks earlier than last year. The ice situation in the eastern sector is favourable.

TASS: Will the new icebreakers be ready by then?

Kolesov: One of them will. The second is still on sea trials and joins the fleet in August.
"""

_RT_THANKS = """Home
World News
Russia

Serbia will keep buying Russian gas despite EU pressure – analyst

Belgrade's contract runs until autumn, Milan Petrovic told RT

12 May, 2026 09:15

In an interview with RT, Milan Petrovic, an energy analyst in Belgrade, explained why Serbia \
cannot give up its gas contract with Russia.

RT: Brussels wants Belgrade to diversify its gas supply. Is that realistic?

Milan Petrovic: Not before the interconnector with Bulgaria runs at full capacity.

RT: And if the EU insists?

Milan Petrovic: Then Belgrade would ask for time, as it always does. Nobody can heat homes with \
promises.

You can share this story on social media:

READ MORE:
Hungary extends gas deal with Gazprom
Balkan power prices hit winter high

Dear readers! Thank you for your engagement with our content.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _RBC_PLAIN,
            [
                ("question", "Ксения Дорофеева"),
                ("answer", "Павел Лаврентьев"),
                ("question", "Ксения Дорофеева"),
                ("answer", "Павел Лаврентьев"),
                ("question", "Ксения Дорофеева"),
                ("answer", "Павел Лаврентьев"),
            ],
        ),
    ],
    ids=["rbc_author_under_headline"],
)
def test_plain_questions_asked_by_author_under_headline(
    text: str, want: list[tuple[str, str]]
) -> None:
    turns = run(text).layer("turns")
    got = [(t.label, t.attrs["speaker"]) for t in turns if t.label in ("question", "answer")]
    assert got == want


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [(_TASS_DATED, "2026-05-12", "Murmansk")],
    ids=["tass_en_dateline_with_year"],
)
def test_dated_agency_dateline(text: str, date: str, place: str) -> None:
    meta = run(text).meta.to_dict()
    assert (meta["date"], meta["place"]) == (date, place)


@pytest.mark.parametrize(
    ("text", "last_words"),
    [(_RT_THANKS, "heat homes with promises.")],
    ids=["rt_readers_thanks"],
)
def test_readers_thanks_trails(text: str, last_words: str) -> None:
    doc = run(text)
    last = doc.layer("turns")[-1]
    assert last.attrs["speaker"] == "Milan Petrovic"
    assert doc.span_text(last).endswith(last_words)
