"""Russian/Ukrainian parliamentary stenograms, government meetings, dash challenges (snippets)."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.model import Document

PIPELINE = build_pipeline(["metadata", "sentences", "turns"])


def run(text: str) -> Document:
    return PIPELINE(read_text(text))


def table(doc: Document) -> list[tuple[str, str | None, str]]:
    return [
        (s.label, s.attrs["speaker"], doc.text[s.start : s.end].split()[0])
        for s in doc.layer("turns")
    ]


DUMA = """СТЕНОГРАММА
заседания 19 марта 2025 г.

Председательствует заместитель Председателя Государственной Думы Е. В. Морозова

Председательствующий. Слово предоставляется министру Андрею Викторовичу Лыкову.

Лыков А. В., министр транспорта. Уважаемая Елена Викторовна! Отрасль работала. Спасибо.

Председательствующий. Спасибо, Андрей Викторович. Гаврилов Денис Олегович, пожалуйста.

Гаврилов Д. О., фракция «НОВЫЕ ЛЮДИ». Уважаемый Андрей Викторович, когда откроют аэропорты?

Лыков А. В. Денис Олегович, в следующем году.

Председательствующий. Время, отведенное на вопросы, исчерпано.

При использовании материалов ссылка на официальный сайт обязательна.
"""

RADA = """Веде засідання Голова Верховної Ради України СТЕФАНЧУК Р.О.

ГОЛОВУЮЧИЙ. Шановні колеги, переходимо до питання. Слово надається Данилу Олександровичу.

ГЕТМАНЦЕВ Д.О., голова Комітету з питань фінансів. Дякую. Законопроєкт підтримано комітетом.

ГОЛОВУЮЧИЙ. Дякую. Переходимо до запитань.

ЖЕЛЕЗНЯК Я.І. Чому комітет не врахував правки?

ГЕТМАНЦЕВ Д.О. Ми врахували більшість правок, Ярославе Івановичу.
"""

MEETING = """Председатель Правительства Игорь Лаптев провел совещание с вице-премьерами

Доклады Министра финансов Андрея Решетова и Министра Олега Сафронова

Из стенограммы:

И.Лаптев: Добрый день, уважаемые коллеги! Начнем с бюджета. Андрей Юрьевич, прошу Вас доложить.

А.Решетов: Уважаемый Игорь Сергеевич! Бюджет исполняется в срок и в полном объеме.

И.Лаптев: Андрей Юрьевич, а как обстоят дела с трансфертами регионам?

А.Решетов: Игорь Сергеевич, регионам перечислено 23% от годового объема.

И.Лаптев: Спасибо. Олег Викторович, о паводке.

О.Сафронов: Уважаемый Игорь Сергеевич! Сформирована группировка сил и средств.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            DUMA,
            [
                ("other", "Елена Морозова", "Слово"),
                ("statement", "Андрей Лыков", "Уважаемая"),
                ("other", "Елена Морозова", "Спасибо,"),
                ("question", "Денис Гаврилов", "Уважаемый"),
                ("answer", "Андрей Лыков", "Денис"),
                ("other", "Елена Морозова", "Время,"),
            ],
        ),
        (
            RADA,
            [
                ("other", "Р.О. Стефанчук", "Шановні"),
                ("statement", "Данило Гетманцев", "Дякую."),
                ("other", "Р.О. Стефанчук", "Дякую."),
                ("question", "Ярослав Железняк", "Чому"),
                ("answer", "Данило Гетманцев", "Ми"),
            ],
        ),
        (
            MEETING,
            [
                ("statement", "Игорь Лаптев", "Добрый"),
                ("statement", "Андрей Решетов", "Уважаемый"),
                ("question", "Игорь Лаптев", "Андрей"),
                ("answer", "Андрей Решетов", "Игорь"),
                ("other", "Игорь Лаптев", "Спасибо."),
                ("statement", "Олег Сафронов", "Уважаемый"),
            ],
        ),
    ],
    ids=["duma", "rada", "government-meeting"],
)
def test_stenogram_and_meeting_turns(text: str, want: list[tuple[str, str | None, str]]) -> None:
    assert table(run(text)) == want


def test_stenogram_trailer_is_no_speech() -> None:
    doc = run(DUMA)
    last = doc.layer("turns")[-1]
    assert doc.text[last.start : last.end].endswith("исчерпано.")


@pytest.mark.parametrize(
    "text",
    [
        # A period label in prose is no stenogram: it must recur or stand among other labels.
        "Иванов И. И. Родился в Москве. Окончил МГУ.\n\nРаботал в министерстве.\n",
        "Председательствующий. Это слово встретилось один раз.\n",
    ],
)
def test_lone_period_label_is_no_transcript(text: str) -> None:
    turns = run(text).layer("turns")
    assert len(turns) == 1 and turns[0].label == "statement"


def test_dash_challenge_that_is_answered_asks() -> None:
    text = (
        "Глава агентства рассказал ТАСС о вылове и ценах.\n\n"
        "— Сергей Николаевич, за счет чего вырос вылов?\n\n"
        "— За счет минтая и сельди.\n\n"
        "— Но ведь красная икра за год подорожала почти на треть.\n\n"
        "— Да, это так: путина была слабой.\n\n"
        "— Каким вы видите нынешний год?\n\n"
        "— Мы рассчитываем на рост.\n"
    )
    labels = [s.label for s in run(text).layer("turns")]
    assert labels[-6:] == ["question", "answer", "question", "answer", "question", "answer"]


def test_ukrainian_direction_and_source_line() -> None:
    text = (
        "Ірина Коваль: Пане Максиме, що далі?\n\n"
        "Максим Гнатюк: Треба відновлювати генерацію.\n\n"
        "(говорять одночасно)\n\n"
        "Олена Бондар: Дозвольте, я додам.\n\n"
        "Ірина Коваль: Дякую.\n\n"
        "Максим Гнатюк: Дякую.\n\n"
        "Олена Бондар: Дякую вам.\n\n"
        "Джерело: https://www.radiosvoboda.org/a/33352871.html\n"
    )
    doc = run(text)
    assert doc.meta.source_url == "https://www.radiosvoboda.org/a/33352871.html"
    directions = [doc.text[d.start : d.end] for d in doc.layer("stage_directions")]
    assert directions == ["(говорять одночасно)"]
    second = doc.layer("turns")[1]
    assert doc.text[second.start : second.end] == "Треба відновлювати генерацію."
