"""Check AF, the intro matrix's residue: a reporter who shares the surname of the one answering,
a surname's elided "D'" and a Ukrainian name's apostrophe in a self-introduction, and a
returning reporter who names only the outlet "again" or for "one more". Each case composes a
page kind with a name's form and an introduction's or a return's shape."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_UK_PRESSER = (
    "Укрінформ\n\nПресконференція щодо ремонту доріг в області\n\n04.02.2026 11:00\n\n"
    "Модератор: Добрий день. Слово надаю начальнику служби.\n\n"
    "{answerer}: Дякую. Цього року відремонтуємо 120 кілометрів доріг.\n\n"
    "{label}: {first}\n\n{answerer}: Так, тендери оголосимо в березні.\n\n"
    "{label}: {second}\n\n{answerer}: Кошти на це передбачені в бюджеті.\n\n"
)
_EN_BRIEFING = (
    "Press Briefing by the Spokesperson\n\nMarch 9, 2026\n\n"
    "{answerer}: Good afternoon. A few announcements and then your questions.\n\n"
    "{label} {first}\n\n{answerer}: We are looking into that and will come back to you.\n\n"
    "{label} {second}\n\n{answerer}: I have nothing new on that today.\n\n"
)


def _askers(text: str) -> list[str | None]:
    return [sp for role, sp, _ in turn_rows(text) if role == "question"]


@pytest.mark.parametrize(
    ("page", "answerer", "label", "first", "second", "askers"),
    [
        # The reporter shares the surname of the official answering, the given name differs;
        # the official addressed by full name afterwards stays no one's introduction.
        (
            _UK_PRESSER,
            "Тарас Мельник",
            "Запитання",
            "Оксана Мельник, Радіо Свобода. Коли почнуть ремонт мосту?",
            "Тарас Мельник, ви казали про тендери. Хто їх проведе?",
            ["Оксана Мельник", None],
        ),
        (
            _EN_BRIEFING,
            "Dana Walsh",
            "QUESTION:",
            "Hi, Erin Walsh with the Irish Examiner. Is the envoy still going to Kyiv?",
            "Follow-up on that: when does he leave?",
            ["Erin Walsh", None],
        ),
        # A surname's elided "D'" (Latin or Cyrillic), then the outlet alone for one more.
        (
            _EN_BRIEFING,
            "Ruth Keane",
            "Q",
            "Marco D'Alessio from ANSA. Will the talks resume in Rome?",
            "ANSA, one more. Who leads the delegation?",
            ["Marco D'Alessio", "Marco D'Alessio"],
        ),
        (
            _UK_PRESSER,
            "Тарас Мельник",
            "Журналіст",
            "Вітаю. Софія Д'Анджело, Укрінформ. Скільки коштуватиме ремонт?",
            "Укрінформ, ще одне. А хто підрядник?",
            ["Софія Д'Анджело", "Софія Д'Анджело"],
        ),
        # A Ukrainian name's apostrophe, the outlet first, then back with the outlet "again".
        (
            _UK_PRESSER,
            "Тарас Мельник",
            "Запитання",
            "Громадське радіо, Дар'я Тарасенко. Чи буде об'їзд?",
            "Громадське радіо знову. Коли відкриють рух?",
            ["Дар'я Тарасенко", "Дар'я Тарасенко"],
        ),
        # A double-barrelled surname, then the outlet "again" closed by a dash.
        (
            _EN_BRIEFING,
            "Ruth Keane",
            "QUESTION:",
            "Rhian Price-Evans, Sky News. Is the minister resigning?",
            "Sky News again — has the Palace been told?",
            ["Rhian Price-Evans", "Rhian Price-Evans"],
        ),
        # An outlet whose first word has two letters, back "again" before a dash.
        (
            _EN_BRIEFING,
            "Ruth Keane",
            "Q:",
            "Yusuf Haddad with Al Jazeera. Is the border crossing open today?",
            "Al Jazeera again — how many trucks went through?",
            ["Yusuf Haddad", "Yusuf Haddad"],
        ),
    ],
)
def test_self_introduced_asker(
    page: str, answerer: str, label: str, first: str, second: str, askers: list[str | None]
) -> None:
    text = page.format(answerer=answerer, label=label, first=first, second=second)
    assert _askers(text) == askers
