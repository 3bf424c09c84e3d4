"""Check S, batch VA UW UY: a Ukrainian plain-question interview whose first question calls the
interviewee by a given name that alternates its last consonant in the vocative ("Олеже" of
"Олег"), a briefing reporter who addresses the spokesman by an accented first name before
naming herself."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_PLAIN_UA = (
    "Регіони\n\n"
    "{headline}\n\n"
    "{standfirst}\n\n"
    "{writer}\n"
    "Рівне\n"
    "14.04.2026 09:30\n\n"
    "{address}, {q1}\n\n"
    "{a1}\n\n"
    "Що вже зроблено цього року?\n\n"
    "Ми відремонтували дві насосні станції і замінили понад шість кілометрів труб. Це "
    "найбільший обсяг робіт за останні десять років.\n\n"
    "А що з тарифами? Чи будуть вони зростати?\n\n"
    "Поки що ні. Ми подали розрахунки до комісії, але рішення ухвалюватиме громада.\n\n"
    "Що ви порадили б мешканцям на літо?\n\n"
    "Економно використовувати воду у спеку і вчасно повідомляти про витоки на гарячу лінію.\n"
)


@pytest.mark.parametrize(
    ("headline", "standfirst", "writer", "address", "q1", "a1", "asker", "answerer"),
    [
        (
            "Як у Рівному готуються до літньої спеки",
            "Директор водоканалу Олег Савчук – про ремонт мереж, тарифи і запаси води",
            "Ірина Ткач",
            "Пане Олеже",
            "чи вистачить міста води цього літа?",
            "Вистачить. Ми маємо два резервні водозабори, і обидва вже перевірені.",
            "Ірина Ткач",
            "Олег Савчук",
        ),
        (
            "Чи буде вода в Дубні цього літа",
            "Очільник комунального підприємства Олег Лисюк – про ремонт мереж і тарифи",
            "Оксана Гнатюк",
            "Пане Олеже",
            "як місто пережило минулу посуху?",
            "Важко. Ми возили воду цистернами в три села, але тепер маємо нову свердловину.",
            "Оксана Гнатюк",
            "Олег Лисюк",
        ),
    ],
)
def test_vocative_with_consonant_alternation_names_interviewee(
    headline: str,
    standfirst: str,
    writer: str,
    address: str,
    q1: str,
    a1: str,
    asker: str,
    answerer: str,
) -> None:
    """Plain questions on lines of their own, the first calling the standfirst's one person by
    the given name in the vocative: "Олеже" calls "Олег" (г → ж before "-е"); the questions
    are the byline writer's, the answers that person's."""
    text = _PLAIN_UA.format(
        headline=headline, standfirst=standfirst, writer=writer, address=address, q1=q1, a1=a1
    )
    rows = [(label, speaker) for label, speaker, _ in turn_rows(text)]
    assert rows[:4] == [
        ("question", asker),
        ("answer", answerer),
        ("question", asker),
        ("answer", answerer),
    ]
    assert len(rows) == 8


_NOON = (
    "United Nations\n\n"
    "Noon briefing by the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by {spokesman}, "
    "Spokesperson for the Secretary-General.\n\n"
    "Spokesman:  Good afternoon. The Secretary-General today welcomed the agreement on grain "
    "exports reached in Geneva, and he thanks all those who made it possible.\n\n"
    "Question:  {first}, {reporter}, {outlet}. On Haiti, has the Secretary-General spoken to the "
    "transitional council this week?\n\n"
    "Spokesman:  Not directly this week. His Special Representative has been in touch with the "
    "council every day.\n\n"
    "Question:  A follow-up. Will the Special Representative travel to Cap-Haïtien?\n\n"
    "Spokesman:  I expect so, and we will share the details once the trip is confirmed.\n"
)


@pytest.mark.parametrize(
    ("spokesman", "first", "reporter", "outlet"),
    [
        ("Stéphane Dujarric", "Stéphane", "Carla Mendes", "Lusa"),
        ("Amélie Fournier", "Amélie", "Jonas Berg", "NRK"),
    ],
)
def test_reporter_named_after_accented_first_name_address(
    spokesman: str, first: str, reporter: str, outlet: str
) -> None:
    """A bare "Question:" that first addresses the spokesman by an accented first name, then
    gives the reporter's name and outlet, is that reporter's, and so is the follow-up."""
    text = _NOON.format(spokesman=spokesman, first=first, reporter=reporter, outlet=outlet)
    rows = [(label, speaker) for label, speaker, _ in turn_rows(text)]
    questions = [speaker for label, speaker in rows if label == "question"]
    assert questions == [reporter, reporter]
