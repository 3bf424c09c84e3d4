"""Office labels whose holder the page names elsewhere: a legislature's presiding "Speaker:",
a post written before the holder's full name ("Dean Maria Okonkwo"), a caption's apposed post,
an outlet's initials beside the site menu, two labels sharing a post told apart by a
"counterpart", and Russian/Ukrainian posts opening a lead or declined past a rank."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import spoken_rows

_GRID_WEEKLY = (
    "Grid Weekly  |  Subscribe  |  Events\n"
    "INTERVIEWS\n"
    "Why storage comes first\n"
    "By Jonas Lindqvist\n"
    "3 March 2024\n\n"
    "[Image: Dr Amara Osei, chief engineer at Northline Power, at the substation.]\n\n"
    "GW: Why storage?\n\n"
    "Chief Engineer: Because the wind does not wait for demand.\n\n"
    "GW: And the cost?\n\n"
    "Chief Engineer: Falling every year.\n"
)


@pytest.mark.parametrize("label", ["Начальник управления ЖКХ", "Директор департамента ЖКХ"])
def test_department_and_acronym_is_an_office(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == label


_CASES = [
    # A presiding officer's media availability: "Speaker:" is the office, not an unnamed voice.
    (
        "Office of the Speaker\n\nSpeaker Daniel Okafor-Reid comments on the ruling\n\n"
        "Speaker: Good afternoon. Yesterday I named a member.\n\n"
        "Q: Has he apologized?\n\n"
        "Speaker: He has written to me.\n\n"
        "Q: Thank you, Mr. Speaker.\n",
        2,
        ("answer", "Daniel Okafor-Reid", "He has written to me."),
    ),
    # The post before the full name, which the lead also writes bare: no "Dean Maria".
    (
        "Five questions for the new dean\n"
        "Dean Maria Okonkwo on labs and tuition\n"
        "By Sam Patel | May 2, 2024\n\n"
        "When Maria Okonkwo arrived in July, the faculty had record enrolment. We sat down "
        "with her in her office.\n\n"
        "Interviewer: What surprised you most?\n\n"
        "Dean: How late the students stay.\n\n"
        "Interviewer: What comes next?\n\n"
        "Dean: A plan for the labs.\n",
        1,
        ("answer", "Maria Okonkwo", "How late the students stay."),
    ),
    # A caption's "Dr Name, chief engineer at …" and the masthead's initials beside its menu,
    # asking as the byline's one writer.
    (
        _GRID_WEEKLY,
        0,
        ("question", "Jonas Lindqvist", "Why storage?"),
    ),
    (
        _GRID_WEEKLY,
        1,
        ("answer", "Amara Osei", "Because the wind does not wait for demand."),
    ),
    # Two labels sharing a post: the one named after it, the other as its counterpart.
    (
        "Whips on the record\n"
        "Government Chief Whip Ann Morley and her opposition counterpart Raj Patel joined "
        "presenter Tom Evans on the programme.\n\n"
        "Presenter: Is your grip slipping?\n\n"
        "Government Chief Whip: Not at all.\n\n"
        "Opposition Chief Whip: It is a warning light.\n\n"
        "Presenter: Ann Morley, Raj Patel, thank you both.\n",
        2,
        ("answer", "Raj Patel", "It is a warning light."),
    ),
    # The label's own post opening the lead, the holder named after what the post is of.
    (
        "Протоиерей Павел Ершов: «Храм открыт всегда»\n\n"
        "Настоятель Никольского храма села Озёрки протоиерей Павел Ершов служит на приходе "
        "десять лет.\n\n"
        "Вопрос: С чего вы начинали?\n\n"
        "Настоятель: С лопаты и метлы.\n\n"
        "Вопрос: Как живёт воскресная школа?\n\n"
        "Настоятель: Детей немного, но они ходят круглый год.\n",
        1,
        ("answer", "Павел Ершов", "С лопаты и метлы."),
    ),
    # The holder declined past the agency's quoted name, a rank and a patronymic.
    (
        "Начальник полиции рассказал о мошенниках\n\n"
        "Состоялся брифинг начальника МО МВД России «Озёрный» полковника полиции Олега "
        "Ивановича Петрова.\n\n"
        "Начальник полиции: Добрый день.\n\n"
        "Вопрос: Кто чаще всего становится жертвой?\n\n"
        "Начальник полиции: Не только пенсионеры.\n",
        2,
        ("answer", "Олег Петров", "Не только пенсионеры."),
    ),
]


@pytest.mark.parametrize(("text", "index", "row"), _CASES)
def test_turn_row(text: str, index: int, row: tuple[str, str | None, str]) -> None:
    assert spoken_rows(text)[index] == row
