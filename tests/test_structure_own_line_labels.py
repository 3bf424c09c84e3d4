"""Own-line speaker labels (label-style matrix, session 25, part A): the speaker's name alone on
its line and the words on the next, with no lead that introduces the people — the turn-taking
itself (four name lines at least, no name twice in a row, each over speech, a clock line
allowed between) shows the dialogue; and the French style's capitals surname keeps an Irish
prefix's apostrophe ("Tom O'NEILL")."""

import pytest

from structure_support import turn_rows

_PODCAST = """The Harbour Podcast, episode 41

Posted 4 May 2026

Maria Keller
Welcome back. Today we talk about the new ferry timetable. Why did it change?

Owen Bright
The old one was written for three boats, and we only have two left in service.

Maria Keller
Will the night crossing come back this summer?

Owen Bright
Not this summer. We hope to restore it in the autumn, once the third boat is repaired.
"""

_RU_NO_BLANKS = """Разговор о школьных столовых
5 мая 2026 года
Ирина Волкова
Почему родители жалуются на обеды в этом году?
Павел Смирнов
Поставщик сменился в январе, и первые месяцы были трудными.
Ирина Волкова
Что изменится к осени?
Павел Смирнов
Мы вернём горячие завтраки и добавим овощи в каждое меню.
"""

_UK_OVER_CLOCK = """Стенограма ефіру, 6 травня 2026 року

Оксана Литвин
00:00:05
Доброго вечора. Чи вистачить електрики цього літа?

Тарас Мельник
00:00:14
Так, якщо не буде нових ударів по генерації. Резерв у нас є.

Оксана Литвин
00:01:02
А графіки відключень повернуться?

Тарас Мельник
00:01:10
Лише у спеку, і не довше ніж на дві години на добу.
"""

_EN_CAPS_APOSTROPHE = """Press point on the fisheries agreement

Brussels, 7 May 2026

Commissioner Claire Duval spoke to Sean O'Brien of RTÉ about the quotas.

Sean O'BRIEN
Commissioner, are Irish boats losing out under the new quotas?

Claire DUVAL
No. The total catch for the Irish fleet is up by four percent on last year.

Sean O'BRIEN
And the mackerel share?

Claire DUVAL
That one stays where it was until the scientists report in October.
"""


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        (_PODCAST, "Maria Keller", "Owen Bright"),
        (_RU_NO_BLANKS, "Ирина Волкова", "Павел Смирнов"),
        (_UK_OVER_CLOCK, "Оксана Литвин", "Тарас Мельник"),
        (_EN_CAPS_APOSTROPHE, "Sean O'Brien", "Claire Duval"),
    ],
    ids=["en_no_lead_blank_lines", "ru_no_lead_no_blank_lines", "uk_over_clock", "en_caps_o_apos"],
)
def test_own_line_names_alternating(text: str, host: str, guest: str) -> None:
    spoken = [(speaker, body) for _, speaker, body in turn_rows(text) if speaker]
    assert [speaker for speaker, _ in spoken] == [host, guest, host, guest]
    # The label line (and the clock under it) is no part of the words.
    assert all(not body.startswith((host.split()[0], "00:")) for _, body in spoken)
