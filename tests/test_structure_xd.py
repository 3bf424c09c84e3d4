"""The short follow-up convention (docs/structure.md, "The short follow-up convention:
decided"): where reporters name themselves as they ask, or the moderator calls each by name, a
short question under the same bare label straight after the answer, opening on "But" / "And" /
"So" / "А" / "І" / "И" / "Але" / "Но", with no greeting, name or outlet of its own and nobody
called between, is the same reporter's follow-up."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_EN = (
    "President of Ukraine addressed the participants of the Central European Energy Forum in "
    "Vienna.\n\n"
    "Volodymyr Zelenskyy: Thank you, Madam Chair. Ladies and gentlemen! This winter Russia has "
    "fired hundreds of missiles at our energy system, and we are still standing.\n\n"
    "Moderator: Thank you, Mr. President. We have time for a few questions.\n\n"
    "{first}\n\n"
    "Volodymyr Zelenskyy: My answer is very clear. We will not transit Russian gas and give "
    "Russia money for its missiles. We are ready to transit gas from any other source.\n\n"
    "{between}"
    "Question: {follow}\n\n"
    "Volodymyr Zelenskyy: If it is a real swap, we are open to discuss it.\n\n"
    "Moderator: Mr. President, thank you very much for being with us.\n"
)
_ASKED = (
    "Question: Katalin Varga, Hungarian public radio. Hungary's government says Ukraine should "
    "resume transit of Russian gas. What is your answer?"
)
_CALLED = (
    "Moderator: Next question, Katalin Varga, Hungarian public radio.\n\n"
    "Question: Hungary's government says Ukraine should resume transit of Russian gas. What is "
    "your answer?"
)

_UK = (
    "У пресцентрі Укрінформу у Львові відбулася пресконференція про підготовку міста до "
    "опалювального сезону.\n\n"
    "Оксана Пелех: Добрий день, шановні колеги. Переходимо до запитань.\n\n"
    "{label}: Суспільне Львів, Марта Гнатюк. Пане Андрію, скільки годин місто зможе тримати "
    "тепло в лікарнях автономно?\n\n"
    "Андрій Садовий: Лікарні першого рівня – до семи діб, якщо буде підвезення пального. Ми "
    "домовляємося з сусідніми громадами про резервне підвезення.\n\n"
    "{between}"
    "{label}: {follow}\n\n"
    "Андрій Садовий: Житловий фонд без мережі ми повністю не втримаємо, це треба казати "
    "чесно.\n\n"
    "Оксана Пелех: Дякуємо всім за участь.\n"
)

_RU = (
    "Татьяна Голикова ответила на вопросы журналистов после заседания Правительства.\n\n"
    "Т.Голикова: Добрый день! Готова ответить на ваши вопросы.\n\n"
    "Вопрос: Ольга Смирнова, «Парламентская газета». Сколько поликлиник уже введено в "
    "строй?\n\n"
    "Т.Голикова: В этом году завершено строительство 214 объектов. Отставание есть по отдельным "
    "регионам.\n\n"
    "Вопрос: {follow}\n\n"
    "Т.Голикова: Я не хотела бы сейчас называть эти регионы.\n"
)


def _asker_of(rows: list[tuple[str, str | None, str]], follow: str) -> str | None:
    (hit,) = [r for r in rows if r[0] == "question" and r[2].startswith(follow[:12])]
    return hit[1]


@pytest.mark.parametrize(
    ("first", "between", "follow", "who"),
    [
        # positives: the reporter named herself as she asked
        (_ASKED, "", "But would Kyiv accept a swap scheme?", "Katalin Varga"),
        (_ASKED, "", "So will Vienna pay for the guarantees?", "Katalin Varga"),
        (_ASKED, "", "And, if Budapest agrees, when would it start?", "Katalin Varga"),
        (_ASKED, "", "But Budapest says talks go on. Is that final?", "Katalin Varga"),
        # positive: the moderator called her by name
        (_CALLED, "", "But would Kyiv accept a swap scheme?", "Katalin Varga"),
        # negatives: a new reporter who names herself …
        (
            _ASKED,
            "",
            "Maria Lopez, Reuters. Would Kyiv accept a swap scheme?",
            "Maria Lopez",
        ),
        # … the moderator's call between …
        (_ASKED, "Moderator: Next question, please.\n\n", "But would Kyiv accept a swap?", None),
        # … a long new-topic question …
        (
            _ASKED,
            "",
            "And on another matter entirely, the European Commission said yesterday that it "
            "would review the storage rules for the whole region. Will Ukraine take part in that "
            "review, and who will represent it?",
            None,
        ),
        # … a question with a greeting of its own
        (_ASKED, "", "And hi, Mr. President. Would Kyiv accept a swap scheme?", None),
        (_ASKED, "", "Hello. But would Kyiv accept a swap scheme?", None),
    ],
)
def test_english_follow_up(first: str, between: str, follow: str, who: str | None) -> None:
    rows = turn_rows(_EN.format(first=first, between=between, follow=follow))
    assert _asker_of(rows, follow) == who


@pytest.mark.parametrize(
    ("label", "between", "follow", "who"),
    [
        ("Запитання", "", "А житлові будинки?", "Марта Гнатюк"),
        ("Запитання", "", "І коли Львів отримає нові генератори?", "Марта Гнатюк"),
        ("Запитання", "", "Але хто заплатить за пальне?", "Марта Гнатюк"),
        ("Журналіст", "", "А житлові будинки?", "Марта Гнатюк"),
        # negatives: the moderator's call between, a greeting, a new reporter
        ("Запитання", "Оксана Пелех: Наступне запитання.\n\n", "А житлові будинки?", None),
        ("Запитання", "", "Добрий день! А житлові будинки?", None),
        ("Запитання", "", "А, вітаю, чи зростуть тарифи на тепло?", None),
        (
            "Запитання",
            "",
            "Андрій Мельник, «Львівська пошта». А тарифи зростуть?",
            "Андрій Мельник",
        ),
    ],
)
def test_ukrainian_follow_up(label: str, between: str, follow: str, who: str | None) -> None:
    rows = turn_rows(_UK.format(label=label, between=between, follow=follow))
    assert _asker_of(rows, follow) == who


@pytest.mark.parametrize(
    ("follow", "who"),
    [
        ("А какие это регионы?", "Ольга Смирнова"),
        ("Но когда Минздрав назовёт регионы?", "Ольга Смирнова"),
        ("И сколько ещё осталось построить?", "Ольга Смирнова"),
        # negatives: a greeting; a new topic over three sentences
        ("Добрый день! А какие это регионы?", None),
        (
            "И по другой теме. В регионах жалуются на перебои с инсулином. Что делает "
            "Правительство?",
            None,
        ),
    ],
)
def test_russian_follow_up(follow: str, who: str | None) -> None:
    rows = turn_rows(_RU.format(follow=follow))
    assert _asker_of(rows, follow) == who
