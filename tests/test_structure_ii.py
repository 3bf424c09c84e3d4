"""Office and role labels (batch II): a capitals office whose remit is an adjective ("ELECTORAL
COMMISSIONER:", "CHIEF FINANCIAL OFFICER:"), a "Speakers:" field's list parted by semicolons
with post-nominal honours, a deputy beside the principal, a university's "VC:" and a second
post joined to the first ("the Registrar and Chief Operating Officer, Dr Martin Okafor"), and a
Russian minutes' list of those present ("Фамилия Имя Отчество – председатель комиссии")."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import turn_rows as rows


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("ELECTORAL COMMISSIONER", "Electoral Commissioner"),
        ("DEPUTY ELECTORAL COMMISSIONER", "Deputy Electoral Commissioner"),
        ("CHIEF FINANCIAL OFFICER", "Chief Financial Officer"),
        ("VC", "Vice-Chancellor"),
    ],
)
def test_office_label(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


@pytest.mark.parametrize("label", ["EMA DIRECTOR", "ROSE DIRECTOR", "SARAH OFFICER"])
def test_not_an_adjectival_office(label: str) -> None:
    info = classify_label(label)
    assert info is None or info.office != " ".join(w.title() for w in label.split())


_AEC = (
    "Transcript: Electoral Commissioner media conference – close of rolls\n\n"
    "Speakers: Electoral Commissioner Rohan Ashdown PSM; Deputy Electoral Commissioner "
    "Kathryn Lang\n\n"
    "ELECTORAL COMMISSIONER: Good morning. The roll closed at 8pm on Monday.\n\n"
    "JOURNALIST: How does that compare with the last election?\n\n"
    "ELECTORAL COMMISSIONER: It's a little lower, and that's a good sign.\n\n"
    "JOURNALIST: Has anything been referred to the police?\n\n"
    "ELECTORAL COMMISSIONER: I'll ask Kathryn to answer that.\n\n"
    "DEPUTY ELECTORAL COMMISSIONER: Thanks, Rohan. The taskforce has referred two matters.\n"
)

_UCU = (
    "The session was chaired by the Registrar and Chief Operating Officer, Dr Martin Okafor, "
    "who read out questions. The Vice-Chancellor, Professor Helen Marchbank, spoke first.\n\n"
    "REGISTRAR: Good afternoon, everyone. I'll hand straight over to the Vice-Chancellor.\n\n"
    "VC: Thank you, Martin. I'm going to ask Gareth Lyle, our Chief Financial Officer, to "
    "take you through the numbers.\n\n"
    "CHIEF FINANCIAL OFFICER: Thanks, Helen. Income this year is down nine million.\n\n"
    "REGISTRAR: Thank you, Gareth. Can you rule out compulsory redundancies?\n\n"
    "VC: No, I can't rule them out.\n"
)

_IZBIRKOM = (
    "СТЕНОГРАММА\nзаседания Избирательной комиссии Тверской области\n\n"
    "Присутствовали члены комиссии: Дронова Валентина Евгеньевна – председатель комиссии, "
    "Горшков Игорь Петрович – заместитель председателя, Мартынова Ольга Анатольевна – "
    "секретарь комиссии, Костин Алексей Владимирович.\n"
    "Приглашены: Сафонов Игорь Николаевич – председатель территориальной избирательной "
    "комиссии Андреапольского округа.\n\n"
    "Председатель: Доброе утро, коллеги. Слово для доклада предоставляется секретарю.\n\n"
    "Секретарь: Уважаемые коллеги! Проект сметы вам роздан. Доклад окончен.\n\n"
    "Председатель: Спасибо. Прошу задавать вопросы.\n\n"
    "Секретарь: Вопросов нет. Всё по плану.\n"
)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            _AEC,
            ["Rohan Ashdown", None, "Rohan Ashdown", None, "Rohan Ashdown", "Kathryn Lang"],
        ),
        (
            _UCU,
            ["Martin Okafor", "Helen Marchbank", "Gareth Lyle", "Martin Okafor", "Helen Marchbank"],
        ),
        (
            _IZBIRKOM,
            ["Валентина Дронова", "Ольга Мартынова", "Валентина Дронова", "Ольга Мартынова"],
        ),
    ],
)
def test_office_holders(text: str, speakers: list[str | None]) -> None:
    got = [
        s for _, s, body in rows(text) if not body.startswith(("Transcript", "The session", "СТЕН"))
    ]
    assert got == speakers
