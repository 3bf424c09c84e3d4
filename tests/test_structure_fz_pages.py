"""Russian and Ukrainian press interviews: a regional paper's own name as the first question's
label over a dash dialogue, capital questions named by the quote headline and the caption, an
aggregator's bracketed source credit, Russia's legal ad marking between two turns, and a
"Справка" box under the share row."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.turns import analyse


def rows(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (t.label, t.attrs["speaker"], text[t.start : t.end][:20])
        for t in analyse(text).turns
        if t.label != "other"
    ]


MASTHEAD_LABEL = (
    "Рівненська газета\nНовини / Культура\n\n"
    "Олена Савчук: «Музей працював навіть під час тривог»\n\n"
    "Автор: Марія Коваль | 07.04.2024\n\n"
    "Ми поговорили з Оленою Савчук, директоркою краєзнавчого музею, про виставки.\n\n"
    "**Рівненська газета:** – Пані Олено, як змінилася робота музею?\n\n"
    "**Олена Савчук:** – Ми навчилися працювати в укритті.\n\n"
    "Частину експозиції ми перенесли до підвалу.\n\n"
    "**– Відвідувачі ходили?**\n\n"
    "– Ходили, і це мене досі зворушує.\n\n"
    "**– А гастролі**\n\n"
    "– Восени везимо виставку до Польщі.\n\n"
    "**– Що далі?**\n\n"
    "– Нова експозиція про місто.\n"
)

CAPS_HEADLINED = (
    "СПОРТ.ua › Новини\nСьогодні, 11:02\n\n"
    "Андрій Шевчук: «Повернутися додому — це щастя»\n\n"
    "Воротар, якого всі звуть Шевою, — про травму і молодь\n\n"
    "Після двох сезонів у Польщі голкіпер повернувся до рідного клубу.\n\n"
    "Андрій Шевчук на тренуванні. Фото: ФК «Десна»\n\n"
    "ЧОМУ ВИ ВИРІШИЛИ ПОВЕРНУТИСЯ?\n\n"
    "Тут моя сім'я, тут я почав грати у футбол.\n\n"
    "ЯК ВИ ВІДНОВИЛИСЯ ПІСЛЯ ТРАВМИ?\n\n"
    "Довго. Вісім місяців без футболу — це вічність.\n\n"
    "ВАС ДОСІ ПАМ'ЯТАЮТЬ ЗА ТОЙ ПЕНАЛЬТІ\n\n"
    "Так, мені про нього нагадують майже щодня.\n\n"
    "ЗБІРНА — ЦЕ ЩЕ МРІЯ?\n\n"
    "Мрія. Поки граю — шанс є.\n\n"
    "(Сіверський Post)\n\n"
    "Поділитися: FB TG\n"
)


def test_masthead_label_then_dash_dialogue() -> None:
    got = rows(MASTHEAD_LABEL)
    assert [g[0] for g in got] == ["question", "answer"] * 4
    assert {g[1] for g in got[1::2]} == {"Олена Савчук"}
    assert got[0][2].startswith("Пані Олено")
    assert got[2][2].startswith("Відвідувачі")


def test_caps_questions_named_by_headline_and_caption() -> None:
    got = rows(CAPS_HEADLINED)
    assert [g[0] for g in got] == ["question", "answer"] * 4
    assert {g[1] for g in got[1::2]} == {"Андрій Шевчук"}
    assert {g[1] for g in got[::2]} == {None}


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        ("(Сіверський Post)\n\nПоділитися: FB TG\n", False),  # an aggregator's source credit
        ("(Источник: Сибирские огни)\n", False),
        ("(Смех в зале)\n\nПоделиться: VK TG\n", True),  # a closing direction stays
        ("(END OF INTERVIEW)\n\nShare: FB\n", True),
        (
            "Поделиться: ВКонтакте | Telegram\n\nСправка\nИрина Петрова родилась в 1979 году в "
            "Казани. Возглавляет хоспис с 2018 года.\n\nТеги: #хоспис #Казань\n",
            False,
        ),
    ],
)
def test_trailing_source_credit_and_dossier(tail: str, kept: bool) -> None:
    text = "Вопрос?\n\nОтвет. Последняя фраза ответа.\n\n" + tail
    end = trailing_start(text)
    head = tail.split("\n")[0] if not tail.startswith("Поделиться") else "Справка"
    assert (head in text[:end]) is kept


AD_BETWEEN = (
    "Вечерний город\n\nАкадемик Иван Петров: «Сыр — это время»\n\n"
    "**И. П.:** Иван Павлович, что изменилось?\n\n"
    "**И. Ж.:** Изменилось главное. Мы стали честнее.\n\n"
    "Продолжение\n\n"
    "Реклама. ООО «Вологодский молочный комбинат»\n\n"
    "**И. П.:** Почему молодые не идут в науку?\n\n"
    "**И. Ж.:** Потому что это скучно снаружи.\n"
)


def test_ad_marking_and_subheading_cut_from_answer() -> None:
    text = AD_BETWEEN
    turns = [t for t in analyse(text).turns if "Изменилось" in text[t.start : t.end]]
    assert len(turns) == 1
    assert text[turns[0].start : turns[0].end].endswith("Мы стали честнее.")
