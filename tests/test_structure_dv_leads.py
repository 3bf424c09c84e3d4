"""Small cases for the DV round: a lead's moderator, host or guest named with a patronymic, and a
broadcast's host named in the dative as the one the guest told ("рассказал Ирине Голубевой")."""

import pytest

from rhetoscope.structure.header import _header_people, _lead_people_ru


@pytest.mark.parametrize(
    ("lead", "kind", "want"),
    [
        # The post's words used to swallow the given name ("Сергеевна Лаптева").
        (
            "Модератор – советник пресс-службы министерства Ольга Сергеевна Лаптева.",
            "moderator",
            "Ольга Лаптева",
        ),
        # The pair is the given name and patronymic; the surname follows.
        ("Модератор – Ольга Сергеевна Лаптева.", "moderator", "Ольга Лаптева"),
        ("Модератор – пресс-секретарь Министерства Елена Гусева.", "moderator", "Елена Гусева"),
        # Other rules' pairs caught a patronymic too: mended from the text.
        ("Ведущая – Ольга Сергеевна Лаптева.", "interview conducted by", "Ольга Лаптева"),
        ("Беседовал Иван Петрович Сидоров", "беседовал", "Иван Сидоров"),
        ("Гость: Максим Андреевич Руденко, аналитик", "interview with", "Максим Руденко"),
        ("Розмову вела ведуча Ірина Олегівна Мельник.", "interview conducted by", "Ірина Мельник"),
        (
            "Губернатор области Виктор Николаевич Гордеев в эфире программы «Интервью» "
            "рассказал Ирине Голубевой о промышленных парках.",
            "interview conducted by",
            "Ирина Голубева",
        ),
        (
            "Губернатор области Виктор Николаевич Гордеев в эфире программы «Интервью» "
            "рассказал Ирине Голубевой о промышленных парках.",
            "interview with",
            "Виктор Гордеев",
        ),
        # A surname in "-вич" is no patronymic when nothing follows it.
        (
            "Экономист ответил на вопросы. Беседовал Павел Гуревич",
            "беседовал",
            "Павел Гуревич",
        ),
        (
            "Мер міста розповів в інтерв'ю Олені Бондар про відбудову.",
            "interview conducted by",
            "Олена Бондар",
        ),
    ],
)
def test_lead_people(lead: str, kind: str, want: str) -> None:
    found = [" ".join((*n.given, n.surname)) for k, n in _lead_people_ru(lead) if k == kind]
    assert found == [want]


@pytest.mark.parametrize(
    "lead",
    [
        # No broadcast named: a meeting's report, not an interview.
        "Глава региона рассказал Владимиру Путину о ситуации в области.",
    ],
)
def test_no_told_host(lead: str) -> None:
    assert not [k for k, _ in _lead_people_ru(lead) if k == "interview conducted by"]


def test_told_host_is_no_interviewee_of_the_header() -> None:
    header = (
        "Губернатор области Виктор Николаевич Гордеев в эфире программы «Интервью» "
        "рассказал Ирине Голубевой о промышленных парках.\n\n"
    )
    assert all(n.surname != "Голубева" for _, n in _header_people(header))
