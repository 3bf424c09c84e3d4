"""Small cases for the GS round: names completed from the page in the forms it prints (a
double surname in the dative, a Ukrainian apostrophe, a nickname's full form, an accentless
label, an O' surname, a patronymic nickname, a contracted deputy's office)."""

import pytest

from rhetoscope.structure.speakers import dative_surname
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("dative", "nominative"),
    [
        ("Вороновській-Гнатюк", "Вороновська-Гнатюк"),
        ("Римському-Корсакову", "Римський-Корсаков"),
        ("Вітвіцькій", "Вітвіцька"),
        ("Киселёву", "Киселёв"),
    ],
)
def test_dative_surname(dative: str, nominative: str) -> None:
    assert dative_surname(dative) == nominative


def _speakers(text: str) -> list[str | None]:
    return [sp for _, sp, _ in turn_rows(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Тижневик «Дзеркало громади» / Політика / Інтерв'ю\n\n"
            "«Закон не можна писати в Києві»\n\nОпубліковано: 7 лютого 2025 | Київ\n\n"
            "Автори: Олег Стасюк, Мар'яна Хома\n\n"
            "Народній депутатці Ірині Вороновській-Гнатюк, яка очолює робочу групу, ми "
            "поставили питання читачів.\n\n"
            "Стасюк: Пані Ірино, почнемо з податків. Це правда?\n"
            "Депутатка: Пропозиції такі звучать щороку, і щороку ми їх відбиваємо.\n\n"
            "Хома: Тоді звідки брати гроші на армію?\n"
            "Депутатка: З тіньового ринку, який ми досі не вміємо обкладати.\n\n"
            "Стасюк: Читачі питають про пільги. Що з ними?\n"
            "Депутатка: Так, законопроєкт уже в залі.\n",
            {"Олег Стасюк", "Ірина Вороновська-Гнатюк", "Мар'яна Хома"},
        ),
        (
            "THE SCORE\n\nA conversation with Fritz von Arnim\n\n"
            "Friedrich-Wilhelm von Arnim is eighty-one and is known to everyone in the building "
            "simply as Fritz.\n\n"
            "ELODIE: Does the Fourth still surprise you?\n"
            "FRITZ: Every time. The horns did something new today.\n\n"
            "ELODIE: Thank you, Fritz.\n"
            "FRITZ: Thank you. Now go, I need my soup.\n\n"
            "Interview: Élodie de la Motte. Translated from the German by the author.\n",
            {"Élodie de la Motte", "Friedrich-Wilhelm von Arnim"},
        ),
        (
            "Газета\n\nВиктора Петровича Загорулько в районе называют просто Петровичем.\n\n"
            "О. М.: Виктор Петрович, начнём с воды. Что происходит?\n"
            "Петрович: Водопроводу шестьдесят лет.\n\n"
            "О. М.: А дороги?\n"
            "Петрович: Дорогу мы отсыпали сами.\n",
            {"Виктор Загорулько"},
        ),
        (
            "Стенограмма круглого стола\n\n"
            "В дискуссии приняли участие заместитель министра экономического развития края "
            "Игорь Лаврентьев, основательница арт-кластера Нино Гелашвили и директор фонда "
            "Екатерина Фёдорова-Семёнова.\n\n"
            "Модератор: Игорь Сергеевич, первый вопрос вам. Сколько и на что?\n"
            "Замминистра: Сорок два миллиона рублей на три года. Это немного, я понимаю.\n\n"
            "Модератор: Екатерина Андреевна, ваш фонд работает с ремесленниками. Они знают?\n"
            "Федорова-Семенова: Честно — нет. Для гончара это слово ничего не значит.\n\n"
            "Модератор: Игорь Сергеевич, а министерство готово помочь?\n"
            "Замминистра: Не министерство, а центр поддержки предпринимательства.\n",
            {"Игорь Лаврентьев", "Екатерина Фёдорова-Семёнова"},
        ),
    ],
)
def test_names_completed_from_the_page(text: str, want: set[str]) -> None:
    assert want <= set(_speakers(text))


def test_initials_of_an_o_surname() -> None:
    text = (
        "Crossing Borders\n\n"
        "Show notes: Hosts Jamal Kareem and Maeve O'Sullivan talk to lawyer Yusuf Abu-Laban "
        "about his book.\n\n"
        "TRANSCRIPT\n\n"
        "JK: Welcome back to Crossing Borders. I'm Jamal.\n"
        "MO: And I'm Maeve. Today we've got someone whose book I have been pushing on everyone.\n"
        "JK: Yusuf, welcome to the show.\n"
        "YA: Thanks for having me. It's a bit strange to be on this side of the microphone.\n\n"
        "MO: Let's start there. Why did you start with her?\n"
        "YA: Because her file was perfect and she still lost.\n"
    )
    assert "Maeve O'Sullivan" in _speakers(text)
