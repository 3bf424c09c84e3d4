"""A court protocol's labels: a procedural role before a surname and initials."""

import pytest

from rhetoscope.structure.speakers import classify_label


@pytest.mark.parametrize(
    ("label", "title", "surname", "given"),
    [
        ("Истец Зуев К.И.", "Истец", "Зуев", ("К.", "И.")),
        ("Свидетель Кравцова Н.П.", "Свидетель", "Кравцова", ("Н.", "П.")),
        (
            "Представитель ответчика Гриценко Д.Ю.",
            "Представитель ответчика",
            "Гриценко",
            ("Д.", "Ю."),
        ),
        ("Судья Иванов И.И.", "Судья", "Иванов", ("И.", "И.")),
        ("Заместитель министра Рябков", "Заместитель министра", "Рябков", ()),
    ],
)
def test_role_before_name(label: str, title: str, surname: str, given: tuple[str, ...]) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert (info.name.title, info.name.surname, info.name.given) == (title, surname, given)


def test_article_is_no_title() -> None:
    info = classify_label("The Africa Report")
    assert info is not None and info.name is not None and info.name.title is None
