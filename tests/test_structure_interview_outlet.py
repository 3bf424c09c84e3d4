"""The header's one outlet asks an interview's anonymous questions (interview_outlet.py)."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.interview_outlet import header_outlet

HEADERS = [
    (
        "Answers by Russian Foreign Minister Sergey Lavrov to questions from the Italian newspaper "
        "Corriere della Sera, which the publication refused to publish, Moscow, November 13, 2025",
        "Corriere della Sera",
    ),
    (
        "Interview with Kremlin spokesman Dmitry Peskov to the newspaper Izvestia, Moscow",
        "Izvestia",
    ),
    (
        "Interview by Deputy Foreign Minister Alexei Borodin to Izvestia newspaper, March 18",
        "Izvestia",
    ),
    (
        "Foreign Minister Sergey Lavrov’s interview with Indonesia’s Kompas newspaper, Moscow",
        "Kompas",
    ),
    (
        "Foreign Minister Sergey Lavrov's interview with TV BRICS, Moscow, March 12, 2025",
        "TV BRICS",
    ),
    ('Interview of President Sadyr Japarov to the National News Agency "Kabar" | 22', "Kabar"),
    ("Hakan Fidan told Anadolu Agency that Ankara is ready to host new talks", "Anadolu Agency"),
    (
        "Интервью Министра иностранных дел Российской Федерации С.В.Лаврова информационному "
        "агентству ТАСС, Москва",
        "ТАСС",
    ),
    (
        "Интервью Министра иностранных дел России С.В.Лаврова «Российской газете», 14 апреля",
        "Российская газета",
    ),
    (
        "Интервью Министра иностранных дел России С.В.Лаврова телеканалу «Россия-24», Москва",
        "Россия-24",
    ),
    ("Интервью малайзийскому информационному агентству «Бернама»", "Бернама"),
    (
        "Інтерв'ю Президента України Володимира Зеленського чеському виданню "
        "Hospodářské noviny, 17",
        "Hospodářské noviny",
    ),
    (
        "Інтерв'ю Міністра закордонних справ України Андрія Сибіги японському агентству Kyodo",
        "Kyodo",
    ),
    # a programme is no outlet; nor is a person; a press conference has many askers
    ("Интервью Министра С.В.Лаврова для программы «Большая игра» Первого канала, Москва", None),
    ("Foreign Minister Sergey Lavrov's interview with Channel One's Sunday Time programme", None),
    ("In an interview with President Zelensky, the minister said", None),
    ("He told reporters on Thursday", None),
    ("Press conference by the Foreign Minister; he answered questions from Reuters and TASS", None),
    ("Брифинг официального представителя; интервью газете «Известия» вышло вчера", None),
    # two outlets: no one
    ("Interview with the newspaper Izvestia; an earlier interview to the TV channel RT", None),
]


@pytest.mark.parametrize("header, outlet", HEADERS)
def test_header_outlet(header: str, outlet: str | None) -> None:
    assert header_outlet(header) == outlet


def _speakers(text: str) -> list[tuple[str, str | None]]:
    doc = build_pipeline(["metadata", "sentences", "turns"])(read_text(text))
    return [(t.label, t.attrs["speaker"]) for t in doc.layer("turns")]


PAGES = [
    # a bare "Вопрос:" under a header that gives the interview to one outlet
    (
        "Интервью Министра иностранных дел Российской Федерации С.В.Лаврова газете «Известия», "
        "Москва, 12 ноября 2025 года\n\n"
        "Вопрос: Сергей Викторович, как Вы оцениваете переговоры?\n\n"
        "С.В.Лавров: Это был полезный разговор. Мы зафиксировали позиции сторон.\n\n"
        "Вопрос: Будет ли следующий раунд?\n\nС.В.Лавров: Да, если другая сторона будет готова.\n",
        [("question", "Известия"), ("answer", "Сергей Лавров")] * 2,
    ),
    # two writers sign the page: the questions are theirs, nobody's in particular
    (
        "Ведомости\n\n«Картон дорожает»\n\nАнна Кириллова, Павел Егоров\n16 октября 2025\n\n"
        "Генеральный директор Дмитрий Орехов рассказал «Ведомостям», почему растут цены.\n\n"
        "Вопрос: Почему картон дорожает быстрее бумаги?\n\nОтвет: Потому что растет спрос.\n\n"
        "Вопрос: Что будет дальше?\n\nОтвет: Рост продолжится еще год.\n",
        [("question", None), ("answer", None)] * 2,
    ),
]


@pytest.mark.parametrize("text, expected", PAGES)
def test_outlet_asks_only_where_nobody_is_named(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    got = _speakers(text)
    assert [s for _, s in got if _ == "question"] == [
        s for label, s in expected if label == "question"
    ]
