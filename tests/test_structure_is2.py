"""Small cases for the second IS fixer: a caption export's bare ">>" voice says who it is at the
podium, and a later bare ">>" is the one such person the turn before calls by name; a member
who opens by addressing the next speaker asks; a lecture's author line is the lecturer, not an
interviewer, and the host's "Name Patronymic, прошу вас." gives the floor; a reader's
"— спрашивает …" signature stays in the question; a floor question's self-introduction with a
post; a deputy's question asks though the chair hands over before the minister answers."""

import pytest

from rhetoscope.model import Span
from rhetoscope.structure.dialogue import _PAGE_FIELD
from rhetoscope.structure.naming import _self_introduced
from rhetoscope.structure.roles import _GIVES_FLOOR, _one_person
from rhetoscope.structure.speakers import Name
from rhetoscope.structure.turns import _reader_signed
from structure_support import spoken_rows, turn_rows

_COUNCIL = (
    "City Council Work Session Transcript\n\n[9:04:17 AM]\n\n"
    ">> Mayor Hill: Good morning. I'm going to turn it over to staff.\n\n"
    ">> Good morning, mayor and council. Ana Ruiz, director of parks. We have three options.\n\n"
    ">> Mayor Hill: Thank you. Council member Okoro.\n\n"
    ">> Okoro: Thank you, mayor. {address}, when will the lots be cleared?\n\n"
    ">> In the fall, council member.\n\n"
    ">> Okoro: Thank you. That's all I have.\n\n"
    ">> Mayor Hill: Council member Pruitt.\n\n"
    ">> Pruitt: Thank you. Ms. Ruiz, who mows the lots? I know, it's not new.\n\n"
    ">> It's not new. Parks does.\n\n"
    ">> Mayor Hill: All right. We'll move to the next briefing.\n\n"
    "[9:24:51 AM]\n"
)


@pytest.mark.parametrize(
    ("address", "answerer"),
    [("Ms. Ruiz", "Ana Ruiz"), ("Ana", "Ana Ruiz"), ("Council member Lee", None)],
)
def test_podium_voice_named(address: str, answerer: str | None) -> None:
    rows = turn_rows(_COUNCIL.format(address=address))
    assert [(r[0], r[1]) for r in rows] == [
        ("other", "Mayor Hill"),
        ("statement", "Ana Ruiz"),
        ("other", "Mayor Hill"),
        ("question", "Okoro"),
        ("answer" if answerer else "other", answerer),
        ("other", "Okoro"),
        ("other", "Mayor Hill"),
        ("question", "Pruitt"),
        ("answer", "Ana Ruiz"),
        ("other", "Mayor Hill"),
    ]


@pytest.mark.parametrize(
    ("closing", "gives"),
    [
        ("Сначала лекция, потом вопросы. Андрей Викторович, прошу вас.", True),
        ("Олено Петрівно, будь ласка.", True),
        ("Андрей Викторович, прошу вас ответить: это дорого?", False),
        ("Прошу вас.", False),
    ],
)
def test_host_gives_lecturer_floor(closing: str, gives: bool) -> None:
    assert (_GIVES_FLOOR.search(closing) is not None) is gives


@pytest.mark.parametrize(
    ("author", "lecturer", "same"),
    [
        (("Андрей", "Голубев"), ("Андрея", "Голубева"), True),
        (("Ирина", "Саблина"), ("Ольги", "Шестаковой"), False),
        (("Андрей", "Голубев"), ("Антона", "Голубева"), False),
    ],
)
def test_author_line_is_the_lecturer(
    author: tuple[str, str], lecturer: tuple[str, str], same: bool
) -> None:
    a = Name(given=(author[0],), surname=author[1], title=None, caps=False)
    b = Name(given=(lecturer[0],), surname=lecturer[1], title=None, caps=False)
    assert _one_person(a, b) is same


@pytest.mark.parametrize(
    ("opening", "asker"),
    [
        ("Здравствуйте, Светлана Кравцова, учитель географии, школа № 1514.", "Светлана Кравцова"),
        ("Здравствуйте, Олег Бондар, пенсионер.", "Олег Бондар"),
        # an address to the lecturer, thanks to him: no one introduces themself
        ("Спасибо, Андрей Викторович, за лекцию.", None),
        ("Здравствуйте, Андрей Голубев, скажите.", None),
    ],
)
def test_floor_self_introduction_with_post(opening: str, asker: str | None) -> None:
    assert _self_introduced(opening + " Можем ли мы?", {"голубев"}) == asker


def test_reader_says_signature_kept() -> None:
    text = (
        "— Можно ли прививаться в мае? (Марина, Красноярск)\n\n"
        "— Можно.\n\n"
        "— Куда сдавать клеща? — спрашивает Пётр из Ачинска.\n\n"
        "— На Кирова.\n"
    )
    q1 = text.index("Можно ли")
    q2 = text.index("Куда")
    spans = [
        Span(q1, text.index("\n", q1), "question", attrs={"speaker": None}),
        Span(q2, text.index(" — спрашивает"), "question", attrs={"speaker": None}),
    ]
    signed = _reader_signed(text, spans)
    assert [sp.attrs["speaker"] for sp in signed] == ["Марина", "Пётр"]
    assert text[signed[1].start : signed[1].end].endswith("— спрашивает Пётр из Ачинска.")
    assert signed[0].end == spans[0].end


def test_question_hour_chair_between() -> None:
    text = (
        "СТЕНОГРАМА\nпленарного засідання Верховної Ради України\n\n"
        "Веде засідання Голова Верховної Ради України КОРНІЙЧУК О.С.\n\n"
        "ГОЛОВУЮЧИЙ. Доброго ранку! Будь ласка, Гринюк Ярослав Васильович.\n\n"
        "ГРИНЮК Я.В. Дякую. Шановний Денисе Анатолійовичу! Скажіть, будь ласка, коли громади "
        "отримають установки? Дякую.\n\n"
        "ГОЛОВУЮЧИЙ. Будь ласка, Денисе Анатолійовичу.\n\n"
        "СОКОЛЕНКО Д.А. Дякую за запитання. До жовтня всі установки буде змонтовано.\n\n"
        "ГОЛОВУЮЧИЙ. Дякую. Мельничук Оксана Петрівна.\n\n"
        "МЕЛЬНИЧУК О.П. Моє запитання до Прем'єр-міністра: коли буде закон?\n\n"
        "ГОЛОВУЮЧИЙ. Будь ласка.\n\n"
        "СОКОЛЕНКО Д.А. Закон уже внесено.\n"
    )
    labels = [r[0] for r in spoken_rows(text)]
    assert labels[1:4] == ["question", "other", "answer"]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Присутні члени комісії: Тищенко О.В., Мартинюк В.І., Бондар С.П.", True),
        ("Присутствуют: 41 депутат.", True),
        ("Присутні на засіданні депутати погодилися: рішення ухвалено.", False),
    ],
)
def test_present_members_field(line: str, field: bool) -> None:
    assert (_PAGE_FIELD.match(line) is not None) is field
