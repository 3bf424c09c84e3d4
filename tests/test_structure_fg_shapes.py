"""Round 31 (FG): an investor day printed with each name alone on a line under a participants
roster, a court's live text with role labels the lead names, a studio guest named after a dash,
a YouTube sponsor line between dash rules, and a council's minutes closing their verbatim part."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

INVESTOR_DAY = """Acme Robotics, Inc. (ACMR) 2025 Analyst Day (Transcript)
Mar. 4, 2025 10:00 AM ET

Company Participants

Maria Lopez - Head of Investor Relations
Tom Becker - Chief Financial Officer

Conference Call Participants

Raj Mehta - Northgate Securities

Presentation

Maria Lopez

Good morning. Tom, where does the margin land this year?

Tom Becker

Around thirty per cent, give or take a point.

Maria Lopez

Raj, go ahead.

Raj Mehta

Tom, does that include the new plant?

Tom Becker

It does not. The plant starts next year.

Operator

This concludes today's session.

Unlock this transcript and thousands more with SA Premium.
Continue reading
"""

COURT = """Суд / Текстовые трансляции

Председательствующий — судья Ольга Кравцова. Обвинение поддерживает прокурор Илья Белов.
Сегодня допрашивают свидетеля обвинения — бывшего директора ООО «Вектор» Анну Лебедеву.

10:05
Заседание началось вовремя.

Председательствующий: Свидетель, вы предупреждены об ответственности. Прокурор, ваши вопросы.

Прокурор: Анна Петровна, кто подписал договор?

Свидетель: Договор подписал генеральный директор.

Прокурор: Когда это было?

Свидетель: В марте, насколько я помню.

10:40
Объявлен перерыв.
"""

MARATHON = """Телемарафон: про тарифи

Гість студії — заступник міністра фінансів Олег Гончаренко. Ведуча — Марія Ткач.

ВЕДУЧА: Пане Олеже, чи зростуть податки цього року?

ГІСТЬ: Ні, ми не плануємо підвищення податків цього року.

ВЕДУЧА: А наступного року?

ГІСТЬ: Це залежатиме від бюджету, який ще не ухвалено.
"""

LIVESTREAM = """TRANSCRIPT

[0:04] SAM: Welcome to the stream. I'm here with Dr. Lena Park.

[0:10] DR. PARK: Thanks for having me, Sam.

[1:02] SAM: What does the probe measure?

[1:05] DR. PARK: Mostly the thickness of the ice shell.

--- This stream is supported by Orbit Gear. Use code SKY for 10% off. ---

[5:40] SAM: And when does it arrive?

[5:44] DR. PARK: In about six years.

Show less
"""

MINUTES = """MINUTES OF THE MEETING OF EASTFOLD PARISH COUNCIL

Present: Cllr Mary Dunn (Chair), Cllr Paul Reed
In attendance: Helen Grant (Clerk and RFO)

The Chair: Good evening. We have ten minutes for the public.

Resident: Who mends the bus shelter on Mill Road?

The Clerk: The county does. I reported it last week and will chase it again.

Resident: When will it be fixed?

Cllr Reed: The county says by the end of the month.

The Chair: Thank you all.

The Chair closed the public session at 7.45pm and the meeting resumed.

25/012 Minutes of the previous meeting
RESOLVED that the minutes be approved.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            INVESTOR_DAY,
            [
                ("Maria Lopez", "Good morning. Tom, where does the margin land this year?"),
                ("Tom Becker", "Around thirty per cent, give or take a point."),
                ("Maria Lopez", "Raj, go ahead."),
                ("Raj Mehta", "Tom, does that include the new plant?"),
                ("Tom Becker", "It does not. The plant starts next year."),
            ],
        ),
        (
            COURT,
            [
                (
                    "Ольга Кравцова",
                    "Свидетель, вы предупреждены об ответственности. Прокурор, ваши вопросы.",
                ),
                ("Илья Белов", "Анна Петровна, кто подписал договор?"),
                ("Анна Лебедева", "Договор подписал генеральный директор."),
                ("Илья Белов", "Когда это было?"),
                ("Анна Лебедева", "В марте, насколько я помню."),
            ],
        ),
        (
            MARATHON,
            [
                ("Марія Ткач", "Пане Олеже, чи зростуть податки цього року?"),
                ("Олег Гончаренко", "Ні, ми не плануємо підвищення податків цього року."),
                ("Марія Ткач", "А наступного року?"),
                ("Олег Гончаренко", "Це залежатиме від бюджету, який ще не ухвалено."),
            ],
        ),
    ],
)
def test_speakers_and_bodies(text: str, want: list[tuple[str, str]]) -> None:
    rows = [(speaker, body) for _, speaker, body in turn_rows(text) if speaker]
    assert rows == want


def test_court_roles() -> None:
    labels = [label for label, speaker, _ in turn_rows(COURT) if speaker]
    assert labels == ["other", "question", "answer", "question", "answer"]


def test_sponsor_line_and_toggle_are_no_words() -> None:
    bodies = [body for _, _, body in turn_rows(LIVESTREAM)]
    assert "Mostly the thickness of the ice shell." in bodies
    assert "In about six years." in bodies


def test_minutes_close_and_clerk_named() -> None:
    rows = turn_rows(MINUTES)
    assert (
        "answer",
        "Helen Grant",
        "The county does. I reported it last week and will chase it again.",
    ) in rows
    assert rows[-1][1:] == ("Mary Dunn", "Thank you all.")
