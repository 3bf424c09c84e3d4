"""Small cases found by the blind batch KH: a headline that sets the interviewee's post before
the name ("Голова «Портофлоту» Ігор Савчук: …") is no turn; a regional page's "Кореспондентка:"
asks as the one author set under the date; a clip rolled as an excerpt ("(Уривок відео)") is a
stage direction between the answers."""

import pytest

from structure_support import run, spoken_rows, turn_rows

HEADLINE_PAGE = (
    "Новини регіону\nНовини   Публікації   Інтерв'ю\n\nІнтерв'ю\n\n"
    "{headline}: Порт працює на межі, а нових причалів поки не буде\n\n"
    "Тарас Ліщук — середа, 4 червня 2025, 08:00\n\n"
    "Порт у 2022 році став рятівним коридором для експорту. Зараз він працює під атаками. "
    "Про вантажі, черги суден і страхування «Новини регіону» поговорили з директором порту "
    "Ігорем Савчуком.\n\n"
    "НР: Скільки вантажів пройшло через порт цього року?\n\n"
    "Ігор Савчук: Близько трьох мільйонів тонн, менше, ніж торік.\n\n"
    "НР: Чому так сталося?\n\n"
    "Савчук: Через атаки дронів і відкритий морський коридор.\n\n"
    "НР: А що буде з причалами?\n\n"
    "Савчук: Їх добудують, але не цього року.\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        # the post before the name, the company in guillemets
        "Голова «Портофлоту» Ігор Савчук",
        "Голова правління «Портофлоту» Ігор Савчук",
        # the name alone, as before
        "Ігор Савчук",
    ],
)
def test_headline_with_a_post_before_the_name_is_no_turn(headline: str) -> None:
    rows = turn_rows(HEADLINE_PAGE.format(headline=headline))
    assert not any("Порт працює на межі" in body for _, _, body in rows)
    assert run(HEADLINE_PAGE.format(headline=headline)).meta.date == "2025-06-04"


CORRESPONDENT_PAGE = (
    "Суспільне Регіон\nНовини   Війна\n\n"
    "Укриття в школах відремонтують до осені, каже очільник громади\n\n"
    "12 березня 2025, 10:15\n\n"
    "{author}\n\n"
    "Поділитися\n\n"
    "Про ремонт укриттів і навчання дітей Суспільне поговорило з головою громади Петром "
    "Гончаренком.\n\n"
    "Кореспондентка: Петре Івановичу, скільки шкіл зараз без укриттів?\n\n"
    "Петро Гончаренко: Дванадцять. Ми ремонтуємо їх за кошти громади і донорів.\n\n"
    "Кореспондентка: Коли діти повернуться до класів?\n\n"
    "Гончаренко: До вересня, якщо підрядники встигнуть.\n"
)


@pytest.mark.parametrize(
    ("author", "asker"),
    [
        # the one author alone under the date, a blank line between: she asks
        ("Ольга Бондар", "Ольга Бондар"),
        # no author under the date: the correspondent stays unnamed
        ("Новини громади", None),
    ],
)
def test_correspondent_label_asks_as_the_author_under_the_date(
    author: str, asker: str | None
) -> None:
    rows = spoken_rows(CORRESPONDENT_PAGE.format(author=author))
    questions = [r for r in rows if r[0] == "question"]
    assert len(questions) == 2
    assert {speaker for _, speaker, _ in questions} == {asker}
    assert {speaker for label, speaker, _ in rows if label == "answer"} == {"Петро Гончаренко"}


BROADCAST = (
    "Радіо Свобода\n\n«Вечірня студія»\n\n15 вересня 2025\n\n"
    "Чи вистачить газу на зиму, у студії обговорили з аналітиком Іваном Мельником.\n\n"
    "Анна Коваль: Пане Іване, чи вистачить газу на зиму?\n\n"
    "Іван Мельник: Запаси кращі, ніж торік, але імпорт усе одно знадобиться.\n\n"
    "{clip}\n\n"
    "Коваль: Ви щойно чули міністра. Ви з ним погоджуєтеся?\n\n"
    "Мельник: Частково. Запаси є, але світло – це інша проблема.\n"
)


@pytest.mark.parametrize("clip", ["(Уривок відео)", "(Фрагмент видео)", "(Отрывок видео)"])
def test_clip_excerpt_line_is_a_direction(clip: str) -> None:
    doc = run(BROADCAST.format(clip=clip))
    assert [doc.span_text(x) for x in doc.layer("stage_directions")] == [clip]
    answer = next(r for r in turn_rows(BROADCAST.format(clip=clip)) if r[0] == "answer")
    assert answer[2].endswith("знадобиться.")
