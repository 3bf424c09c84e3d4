"""Small cases for batch LX (TASS English, RIA, Interfax, Radio Svoboda): an agency closing
the lead's sentence ("… in an interview with TASS. He also …") is no "Mr He", and a "©" photo
credit names no one interviewed, so "Answer:" is the lead's one person; a bold dashed question
right under a caption or a related story's time line still asks; a run-in "Справка: …" box
between dashed turns is the page's; a capitals "ДИВІТЬСЯ ТАКОЖ:" box holds one headline, the
plain question glued under it asks; a post's genitive in a quote headline ("Замглавы
Минсельхоза Разин: …") takes the lead's given name."""

import pytest

from structure_support import turn_rows

_TASS = (
    "Interviews\n"
    "Ambassador Petrov: trade with Turkey to grow this year\n"
    "April 02, 2025, 08:00\n"
    "ANKARA, April 2. /TASS/. Trade will grow this year, Russian Ambassador to Turkey Ivan "
    "Petrov said in an interview with TASS.{tail}\n"
    "{credit}"
    "Question: Mr. Ambassador, what is holding the plant up?\n\n"
    "Answer: Nothing is holding it up. The work goes on.\n\n"
    "Question: And the gas hub?\n\n"
    "Answer: The work continues, though not in public.\n"
)


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        (" He also spoke about tourism.", "© Sergei Bobylev/TASS\n"),
        (" He also spoke about tourism.", ""),
        ("", "© Sergei Bobylev/TASS\n"),
    ],
)
def test_agency_sentence_end_and_copyright_credit(tail: str, credit: str) -> None:
    rows = turn_rows(_TASS.format(tail=tail, credit=credit))
    assert {r[1] for r in rows if r[0] == "answer"} == {"Ivan Petrov"}


_RIA = (
    "РИА Новости\n"
    "Экономика\n"
    "{headline}: урожай зерна составит около 135 млн тонн\n"
    "11:00 24.03.2025\n"
    "Как пройдет посевная, рассказал в интервью РИА Новости заместитель министра сельского "
    "хозяйства Андрей Разин. Беседовала Мария Соколова.\n"
    "Уборка урожая в Ставропольском крае. Архивное фото\n"
    "**— Андрей Викторович, каким вы видите урожай?**\n"
    "Пока рано давать точные цифры. Базовый прогноз – около 135 миллионов тонн.\n\n"
    "**— Есть ли риски заморозков?**\n"
    "Риски есть всегда. Регионы подготовили резервы семян.\n\n"
    "Минсельхоз оценил запасы зерна в стране\n"
    "12 марта, 10:15\n"
    "**— Хватит ли аграриям техники?**\n"
    "По удобрениям проблем нет, техники хватит.\n\n"
    "**— Подорожает ли хлеб?**\n"
    "Резких скачков цен мы не ожидаем.\n"
)


@pytest.mark.parametrize("headline", ["Замглавы Минсельхоза Разин", "Разин"])
def test_bold_question_under_furniture_line(headline: str) -> None:
    rows = turn_rows(_RIA.format(headline=headline))
    questions = [r for r in rows if r[0] == "question"]
    answers = [r for r in rows if r[0] == "answer"]
    assert len(questions) == 4
    assert questions[0][2].startswith("Андрей Викторович")
    assert answers[1][2].rstrip().endswith("резервы семян.")
    assert {r[1] for r in answers} == {"Андрей Разин"}
    assert {r[1] for r in questions} == {"Мария Соколова"}


_INTERFAX = (
    "Интерфакс\n"
    "Интервью\n"
    "14 мая 2025 10:15\n"
    'Гендиректор ФГУП "Росморпорт" Константин Лебедев рассказал в интервью "Интерфаксу" '
    "о портах.\n\n"
    "- Константин Игоревич, что происходит с грузооборотом?\n\n"
    "- Мы видим стабилизацию.\n\n"
    "- Каковы сроки дноуглубления?\n\n"
    "- Работы идут по графику, завершим в 2026 году.\n\n"
    "{box}"
    "- Насколько вырастут сборы?\n\n"
    "- Ставки индексируются в пределах инфляции.\n"
)


@pytest.mark.parametrize(
    ("box", "end"),
    [
        (
            'Справка: ФГУП "Росморпорт" - подведомственное Росморречфлоту предприятие, '
            "управляющее федеральным имуществом в морских портах.\n\n",
            "в 2026 году.",
        ),
        ("", "в 2026 году."),
    ],
)
def test_run_in_reference_box_between_dashed_turns(box: str, end: str) -> None:
    rows = turn_rows(_INTERFAX.format(box=box))
    answers = [r for r in rows if r[0] == "answer"]
    assert answers[1][2].rstrip().endswith(end)
    assert len([r for r in rows if r[0] == "question"]) == 3


_SVOBODA = (
    "Радіо Свобода\n"
    "«Люди повертаються, але повільно»: як живе Ізюм\n"
    "Мар'яна Кравчук\n"
    "12 березня 2025\n"
    "Про відновлення міста Радіо Свобода поговорило з начальником міської військової "
    "адміністрації Олексієм Лісником.\n\n"
    "Скільки людей зараз живе в Ізюмі?\n\n"
    "За нашими даними, близько 28 тисяч.\n\n"
    "Що з водопостачанням?\n\n"
    "Сьогодні воду мають 85 відсотків будинків.\n\n"
    "ДИВІТЬСЯ ТАКОЖ:\n"
    "Як живе Балаклія через два роки після деокупації\n"
    "Скільки зруйнованих будинків уже відновили?\n\n"
    "Відновили приблизно третину.\n\n"
    "Як працюють школи?\n\n"
    "Відкриті дві школи, ще одна працює онлайн.\n"
)


def test_plain_question_glued_under_one_headline_box() -> None:
    rows = turn_rows(_SVOBODA)
    questions = [r[2].strip() for r in rows if r[0] == "question"]
    assert "Скільки зруйнованих будинків уже відновили?" in questions
    answers = [r for r in rows if r[0] == "answer"]
    assert answers[1][2].rstrip().endswith("85 відсотків будинків.")
