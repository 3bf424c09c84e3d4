# ruff: noqa: E501
"""Round-46 second pass on office labels (batch JF): short realistic snippets, not the blind files."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.speakers import name_from_phrase

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def turns(text: str) -> list[tuple[str | None, str]]:
    doc = PIPELINE(read_text(text))
    return [(s.attrs.get("speaker"), s.label) for s in doc.layer("turns")]


PHONE_IN = """Presenter Mark Hollins puts listeners' questions to the county's Police and Crime Commissioner, Joanne Pryce.

PRESENTER: Good evening. Commissioner, welcome.

COMMISSIONER: Thank you, Mark.

PRESENTER: Let's go to the phones. Next it's Priya in Leyland. Morning, Priya — well, evening.

CALLER: Hi Mark. Why are the police never on our estate at night?

COMMISSIONER: We have two patrols covering the estate, Priya, and I'll ask for a third.

CALLER: Right, I'll hold you to that. Cheers.

PRESENTER: One more call. Gordon's on the line from Darwen. Gordon, quickly please.

CALLER: Evening. Will the front counter in Darwen reopen this year?

COMMISSIONER: Not this year, Gordon, but the plan is for the spring.

PRESENTER: Thank you both. Sport next.

Listen to Evening Drive on BBC Sounds
"""

PRYAMAYA = """В пятницу в эфире телеканала прошла прямая линия с главой города Петром Гавриловым. Горожане задавали вопросы по телефону.

Ведущая: Добрый вечер, я Марина Осипова, и это «Прямая линия». Пётр Николаевич, здравствуйте.

Мэр: Добрый вечер, Марина.

Ведущая: У нас звонок. Здравствуйте, вы в эфире.

Вопрос: Здравствуйте, меня зовут Нина Ивановна, я живу на Садовой. Когда починят крышу нашего дома?

Мэр: Нина Ивановна, подрядчик выйдет на крышу в понедельник.

Вопрос: Спасибо, будем ждать.

Ведущая: И ещё один звонок.

Вопрос: Добрый вечер. Почему не ходит автобус номер 7?

Мэр: Перевозчику не хватает водителей, с марта выйдут ещё два автобуса.
"""

EFIR = """У прямому ефірі радіо на запитання слухачів відповідала начальниця управління соцзахисту Ірина Бондар.

Ведуча: Доброго ранку, у студії наша гостя. Ірино Петрівно, вітаю.

Начальниця управління: Доброго ранку.

Ведуча: У нас перший дзвінок. Слухаємо вас.

Слухач: Добрий день. Мене звати Петро, я з Малина. Коли прийде субсидія?

Начальниця управління: Пане Петре, субсидію виплатять до кінця місяця.

Ведуча: Ще одне запитання, яке нам написали в телеграм: чи можна подати заяву онлайн?

Начальниця управління: Так, через портал «Дія».

Ведуча: Ірино Петрівно, дякую, що завітали до нас.

Начальниця управління: Дякую, гарного дня.
"""

ESTIMATES = """ESTIMATES—HEALTH AND ENVIRONMENT COMMITTEE—THE PUBLIC GUARDIAN

Committee Members
Ms KL Avery MP (Chair)
Mr PJ Corrigan MP (Deputy Chair)
Mr BW Tan MP

In Attendance
Hon. Mark Ellison MP, Attorney-General and Minister for Justice

CHAIR: Good afternoon. I declare this session open. Deputy Chair, you have the call.

DEPUTY CHAIR: Thank you, Chair. How many guardianship orders were made last year?

PUBLIC GUARDIAN: There were 1,240, about the same as the year before.

DEPUTY CHAIR: How many of those were reviewed within time?

PUBLIC GUARDIAN: Nine in ten, and we are working on the rest.

CHAIR: Member for Redlands.

Mr TAN: Thank you, Chair. Attorney, how will the new funding be used?

ATTORNEY-GENERAL: I thank the member for his question. It funds twelve new advocates.
"""

QUESTION_TIME = """Public question time at the full council meeting ran to half an hour. The leader of the council, Councillor Ann Brierley, answered on behalf of the executive.

THE LORD MAYOR: Order, please. The next question is from Mr Dennis Holt.

QUESTIONER: Good evening. My question is about the library. Why is it closing on Saturdays?

LEADER OF THE COUNCIL: Mr Holt, the library is short of two staff, and we are recruiting.

QUESTIONER: With respect, that was said last year. Will you set a date?

LEADER OF THE COUNCIL: Yes, by the end of March.

THE LORD MAYOR: Final question, from Ms Carol Singh.

QUESTIONER: Thank you. Will the bus lane on Mill Road stay?

LEADER OF THE COUNCIL: It stays.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a phone-in host's hand-offs: "Next it's Priya in …", "Morning, Priya —" (no caller
        # "Morning"), "Gordon's on the line from …"; the caller's parting "Cheers."; a
        # broadcaster's app promo under the last turn is the page's
        (
            PHONE_IN,
            [
                ("Mark Hollins", "other"),
                ("Joanne Pryce", "answer"),
                ("Mark Hollins", "other"),
                ("Priya", "question"),
                ("Joanne Pryce", "answer"),
                ("Priya", "other"),
                ("Mark Hollins", "other"),
                ("Gordon", "question"),
                ("Joanne Pryce", "answer"),
                ("Mark Hollins", "other"),
            ],
        ),
        # a phone-in's bare "Вопрос:" beside the host's own label is a caller's, named by what
        # she says ("меня зовут Нина Ивановна"); "Мэр:" is the lead's "глава города"
        (
            PRYAMAYA,
            [
                ("Марина Осипова", "other"),
                ("Петр Гаврилов", "statement"),
                ("Марина Осипова", "other"),
                ("Нина Ивановна", "question"),
                ("Петр Гаврилов", "answer"),
                ("Нина Ивановна", "other"),
                ("Марина Осипова", "other"),
                (None, "question"),
                ("Петр Гаврилов", "answer"),
            ],
        ),
        # the host reads out a listener's question (no caller's follow-up); a vocative
        # patronymic addresses the guest ("Ірино Петрівно, дякую …")
        (
            EFIR,
            [
                (None, "other"),
                ("Ірина Бондар", "answer"),
                (None, "other"),
                ("Петро", "question"),
                ("Ірина Бондар", "answer"),
                (None, "question"),
                ("Ірина Бондар", "answer"),
                (None, "other"),
                ("Ірина Бондар", "answer"),
            ],
        ),
        # a Hansard roster: initials after the courtesy title ("Mr PJ Corrigan MP (Deputy
        # Chair)"), a member's letters before the post ("Hon. Mark Ellison MP, Attorney-General
        # …"); the deputy chair questions as members do
        (
            ESTIMATES,
            [
                ("KL Avery", "other"),
                ("PJ Corrigan", "question"),
                ("Public Guardian", "answer"),
                ("PJ Corrigan", "question"),
                ("Public Guardian", "answer"),
                ("KL Avery", "other"),
                ("BW Tan", "question"),
                ("Mark Ellison", "answer"),
            ],
        ),
        # a council's chair calls each questioner by name; the supplementary is the same one's;
        # her calls are procedure (other)
        (
            QUESTION_TIME,
            [
                ("The Lord Mayor", "other"),
                ("Dennis Holt", "question"),
                ("Ann Brierley", "answer"),
                ("Dennis Holt", "question"),
                ("Ann Brierley", "answer"),
                ("The Lord Mayor", "other"),
                ("Carol Singh", "question"),
                ("Ann Brierley", "answer"),
            ],
        ),
    ],
)
def test_office_phone_ins(text: str, want: list[tuple[str | None, str]]) -> None:
    assert turns(text) == want


@pytest.mark.parametrize(
    ("phrase", "display"),
    [
        ("Mr DR Kemp MP", "DR Kemp"),
        ("Ms JM Harlow MP", "JM Harlow"),
        ("Mr Dr Kemp", "Mr Dr Kemp"),  # a doctor still
    ],
)
def test_roster_initials(phrase: str, display: str) -> None:
    name = name_from_phrase(phrase)
    assert name is not None and name.display() == display
