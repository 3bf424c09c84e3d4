"""Batch JH (round 46): speakers named only indirectly — a capitals byline under the date, a
programme's crew credits, a caller's first name and town, a short form of a given name, a title's
"Emeritus", a label spelled another way, an elder/younger label, and the page furniture around
them (a service's photo credit, a fixture note, an author box, a "More from …" list)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import run, turn_rows

# A podcast page whose labels are first names, the dek the formal ones.
TEMPLE_SINAI = (
    "Temple Sinai\n\nSinai Conversations, Episode 41\nJanuary 9, 2025 | Podcast\n\n"
    "In this episode, Cantor Joshua Adler sits down with Rabbi Emeritus David Stern and his "
    "wife, Dr. Ruth Stern, to talk about marriage.\n\n"
    "Josh: Welcome to Sinai Conversations. I'm Josh Adler, cantor here at Temple Sinai.\n\n"
    "David: That's very generous. It's also partly true.\n\n"
    "Josh: David, what's the moment you come back to?\n\n"
    "David: The morning after the Pittsburgh shooting in 2018.\n\n"
    "Ruth: He would come home and not talk for a day.\n\n"
    "Josh: Ruth, what did you think you were getting into?\n\n"
    "Ruth: I had no idea.\n"
)

_turns = turn_rows


CASES = [
    # A regional paper's byline under the date, the surname in capitals: "Корр.:" asks as her.
    (
        "Сельская новь\nГлавная » Люди земли » Интервью\n\n«Корова выходных не знает»\n\n"
        "18.04.2025 | 09:40 | Просмотров: 612\n"
        "Наталья СИНИЦЫНА\n\nСемейная ферма в деревне – одна из немногих в округе. Мы побывали "
        "в гостях у Виктора и Ольги Кречетовых.\n\n"
        "Корр.: С чего всё начиналось?\n\nВиктор: С трёх коров и старого телятника.\n\n"
        "Корр.: Господдержка помогает?\n\nВиктор: Грант мы получили в 2019 году.\n",
        "С чего всё начиналось?",
        "Наталья Синицына",
    ),
    # The same for a dash dialogue, a Ukrainian given name with its apostrophe.
    (
        "Нововолинськ.info\n\n«Храм тримається на людях»\n\n12 квітня 2025, 10:15\n"
        "Мар'яна ДУДЧАК, Нововолинськ\n\nЦього року парафія відзначає тридцятиліття. Ми "
        "поговорили з настоятелем храму отцем Василем Климчуком.\n\n"
        "– Отче Василю, пам'ятаєте, з чого все починалося?\n\n– Як можна забути? 1995 рік, "
        "шахти закриваються.\n\n– Хто ці люди, що будували?\n\n– Прості гірники, їхні дружини, "
        "діти.\n\n– Чого б ви побажали громаді?\n\n– Не черствіти.\n",
        "Отче Василю, пам'ятаєте, з чого все починалося?",
        "Мар'яна Дудчак",
    ),
    # A radio page's crew credits name the host of a bare "Ведущая:" (not the editor beside her,
    # whatever follows: "Смотрите и слушайте «…» по четвергам …").
    (
        "ГТРК «Псков»\n\n«Разговор с сенатором»\n22 мая 2025, 18:05\n\nВ прямом эфире мы "
        "поговорили с сенатором Геннадием Ворончихиным о дорогах.\n\n"
        "Ведущая: Добрый вечер. Геннадий Петрович, здравствуйте.\n\n"
        "Ворончихин: Здравствуйте.\n\nВедущая: Сколько дорог в этом году отремонтируют?\n\n"
        "Ворончихин: Около 190 километров.\n\nВедущая: У нас вопрос от слушателя. Дозвонился "
        "Михаил из Великих Лук. Михаил, говорите.\n\nСлушатель: Добрый вечер. Михаил, Великие "
        "Луки. Когда у нас будет фельдшер?\n\nВорончихин: Михаил, спасибо за вопрос. Ответ "
        "озвучим в следующем эфире.\n\nСлушать эфир полностью (27:40)\n\nНад программой "
        "работали: ведущая Анна Козлова, звукорежиссёр Игорь Бойко, редактор Светлана "
        "Миронова.\nСмотрите и слушайте «Открытую студию» по четвергам в 18:05 на «Радио "
        "России – Псков».\n",
        "Сколько дорог в этом году отремонтируют?",
        "Анна Козлова",
    ),
    # … and the caller gives the first name and the town: the first name, never the town.
    (
        "ГТРК «Псков»\n\n«Разговор с сенатором»\n22 мая 2025, 18:05\n\nВ прямом эфире мы "
        "поговорили с сенатором Геннадием Ворончихиным о дорогах.\n\n"
        "Ведущая: Добрый вечер. Геннадий Петрович, здравствуйте.\n\n"
        "Ворончихин: Здравствуйте.\n\nВедущая: Сколько дорог в этом году отремонтируют?\n\n"
        "Ворончихин: Около 190 километров.\n\nВедущая: У нас вопрос от слушателя. Дозвонился "
        "Михаил из Великих Лук. Михаил, говорите.\n\nСлушатель: Добрый вечер. Михаил, Великие "
        "Луки. Когда у нас будет фельдшер?\n\nВорончихин: Михаил, спасибо за вопрос. Ответ "
        "озвучим в следующем эфире.\n",
        "Добрый вечер. Михаил, Великие Луки. Когда у нас будет фельдшер?",
        "Михаил",
    ),
    # A first-name label whose own turn says the short form ("I'm Josh Adler"), the dek the
    # formal one; a title's "Emeritus" is no given name.
    (
        TEMPLE_SINAI,
        "David, what's the moment you come back to?",
        "Joshua Adler",
    ),
    (
        TEMPLE_SINAI,
        "The morning after the Pittsburgh shooting in 2018.",
        "David Stern",
    ),
    # A label spelled with one letter more than the header's name, after its title.
    (
        "Kingsway Institute\n\nThree years on: Ukraine's energy grid\nTranscript of a public "
        "lecture with Dr Oleksandra Tkachuk\nWednesday 26 February 2025\n\n"
        "Chair: Good evening, and welcome. Oleksandra, over to you.\n\n"
        "Dr Tkatchuk: Thank you, Helen. I want to start with a number: nine.\n\n"
        "Chair: Who's paying for all of this distributed kit?\n\n"
        "Dr Tkatchuk: Partly donors, partly the state.\n",
        "Partly donors, partly the state.",
        "Oleksandra Tkachuk",
    ),
    # "Бойчук-старший:" is the one the lead says trains his own son.
    (
        "СпортТЕ\n\nБатько і син Бойчуки: «Вдома про футбол не говоримо»\n\nТарас Гуменюк\n"
        "07.08.2025, 14:20\n\nУ «Ниві» незвична ситуація: головний тренер команди Ігор Бойчук "
        "тренує власного сина. Захисник Андрій Бойчук повернувся додому.\n\n"
        "СпортТЕ: Ігоре Васильовичу, це було ваше рішення?\n\nІгор Бойчук: Ні.\n\n"
        "СпортТЕ: Андрію, а ви не боялися розмов?\n\nАндрій Бойчук: Боявся, звісно.\n\n"
        "СпортТЕ: Чи обговорюєте футбол удома?\n\n"
        "Бойчук-старший: У нас із дружиною правило: за столом про футбол не говоримо.\n\n"
        "Андрій Бойчук: Мама дивиться всі матчі.\n\nСпортТЕ: Які цілі на сезон?\n\n"
        "Ігор Бойчук: Закріпитися в першій половині таблиці.\n",
        "У нас із дружиною правило: за столом про футбол не говоримо.",
        "Ігор Бойчук",
    ),
]


@pytest.mark.parametrize(("text", "body", "speaker"), CASES)
def test_speaker_named_indirectly(text: str, body: str, speaker: str) -> None:
    found = [s for _, s, b in _turns(text) if b.strip().startswith(body)]
    assert found, _turns(text)
    assert found[0] == speaker


TAILS = [
    # A fixture note, the reporter's box and a section's "More from Sport" list.
    (
        "Q: And how many more after 300?\n\nChook: Ask me in September. If not, I'll be on the "
        "boundary with a thermos like everyone else.\n\nWodonga Raiders host Wangaratta at "
        "Birallee Park on Saturday from 2.10pm.\n\nKate Hennessy\nSports Reporter\nKate covers "
        "local football, netball and cricket across the Border. Contact her at "
        "kate.hennessy@mvstandard.com.au\n\nMore from Sport\nLavington coach confirms 2026 "
        "return\nCorowa-Rutherglen sign former VFL forward\n",
        "like everyone else.",
    ),
    (
        "СпортТЕ: Які цілі?\n\nАндрій: Зіграти всі матчі без жовтих карток.\n\nНаступний матч "
        "«Нива» проведе 10 серпня вдома проти «Поділля».\n\nЧитайте також:\n«Нива» оголосила "
        "заявку на новий сезон\n",
        "без жовтих карток.",
    ),
    # An events page's speakers box (a role in brackets after a name) and "Related events".
    (
        "Chair: I'm afraid that's all we have time for. Please join me in thanking Dr "
        "Tkachuk.\n\n(Applause)\n\nSpeakers\nDr Oleksandra Tkachuk is a senior research fellow "
        "at the Kyiv School of Economics.\nProfessor Helen Marsh (chair) is Director of the "
        "Kingsway Institute.\n\nRelated events\nBlack Sea security after the grain corridor\n"
        "Book launch: The Donbas Archive\n",
        "(Applause)",
    ),
]


@pytest.mark.parametrize(("text", "last"), TAILS)
def test_trailer_cut(text: str, last: str) -> None:
    assert text[: trailing_start(text)].rstrip().endswith(last)


def test_credited_caption_dates_nothing() -> None:
    text = (
        "Fort Campbell Courier\n\nGarrison commander talks housing\n\nU.S. Army Col. Marcus T. "
        "Whitfield, Fort Campbell garrison commander, speaks during a town hall at the Wilson "
        "Theater, May 20, 2025. (U.S. Army photo by Spc. Tyrese Holloway)\n\nStory by Staff Sgt. "
        "Dana Ruiz\nFort Campbell Public Affairs Office\nJune 3, 2025\n\nFORT CAMPBELL, Ky. – "
        "Summer moves are under way.\n\nQ: How long is the wait list?\n\nWhitfield: About 60 "
        "days.\n"
    )
    assert run(text).meta.date == "2025-06-03"


def test_service_photo_caption_between_turns() -> None:
    text = (
        "Courier\n\nStory by Staff Sgt. Dana Ruiz\nJune 3, 2025\n\nThe Courier sat down with the "
        "garrison commander to ask what families can expect.\n\n"
        "Q: Is there a fix coming?\n\nCol. Whitfield: Short term, we're opening a third lane. "
        "Come in after PT traffic clears.\n\nVehicles wait at Gate 4 on Fort Campbell, Ky., May "
        "28, 2025. (U.S. Army photo by Staff Sgt. Dana Ruiz)\n\nQ: What about child care?\n\n"
        "Whitfield: Same for me.\n"
    )
    bodies = [b for _, _, b in _turns(text)]
    assert any(b.endswith("after PT traffic clears.") for b in bodies), bodies
