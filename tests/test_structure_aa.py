"""Small cases for batch VF (round 58): a Hansard member line whose later, short mention sets
the "Share" button a space after the surname ("Noah Law Share"); a House hearing's cover that
hard-wraps its presiding chair's name ("Hon. Harriet M." / "Hageman [Chairwoman …] presiding.")
names the chair's "Mrs. Hageman." label; a paper's lone byline carrying the photo credit under
it, the lead declining the masthead ("в интервью «Известиям» рассказал"), is who asks the
dashes; a reporter who greets the briefer after her first name ("Tammy, hi. Shaun Tandon with
AFP.") names herself, and her "One more on the …" straight after the answer is hers; a head's
opening that greets, then starts the talk on a topic ("Давайте начнём с …"), asks."""

import pytest

from structure_support import turn_rows

_HANSARD = """Hansard
UK Parliament

Coastal Bus Services
Volume 779: debated on Tuesday 3 February 2026
Share this debate

2.10 pm
{mover} (North Devon) (LD)Share
I beg to move,
That this House has considered bus services in coastal towns.
Many of my constituents have no car, and the last bus to Ilfracombe leaves before six.

{other} (Torridge and Tavistock) (Con)Share
I thank the hon. Member for giving way. Does he agree that the fare cap should be kept?

{short} Share
I do agree, and I hope the Minister will say so today.

{other2} Share
Will the hon. Member give way?

{short} Share
I will give way.

{other2}
Will he also press for the rural mobility fund to be restored?

{short}
I will, and I thank him for his support.

Question put and agreed to.
"""

_GPO = """[House Hearing, 119 Congress]
[From the U.S. Government Publishing Office]

                     RURAL BROADBAND MAPPING

                           OVERSIGHT HEARING

                       Thursday, March 12, 2026

    The Subcommittee met, pursuant to notice, at 10:00 a.m., in
Room 2123, Rayburn House Office Building, {wrapped}
[Chairman of the Subcommittee] presiding.
    Present: Representatives {sur}, Lee, and Kim.

    {hon} {sur}. The Subcommittee will come to order. I now
recognize the witness.
    Mr. Ostrander. Thank you, Chairman {sur}. Our maps are
out of date by two years.
    {hon} {sur}. How many households are missing from them?
    Mr. Ostrander. About 40,000 in our state alone.
    {hon} {sur}. Thank you. The Subcommittee stands adjourned.
"""

_IZV = """{masthead}
Политика  Экономика  Общество
20 февраля 2026, 00:01

«Музеям нужны деньги на хранение»

Директор Эрмитажа Михаил Пиотровский — о фондах, выставках и посетителях

{writer}
Фото: {upper}/Иван Петров

В этом году в открытом доступе окажутся новые фонды, а число посетителей снова растёт. \
Почему музеи не успевают выставлять свои коллекции, \
в интервью {declined} рассказал директор Эрмитажа Михаил Пиотровский.

— Михаил Борисович, сколько предметов сейчас в запасниках?

— Больше трёх миллионов. Выставлена малая часть, и это нормально для большого музея.

— Будут ли открыты новые залы?

— Да, в Главном штабе откроем ещё четыре зала к осени.

— Сколько это стоит?

— Точную сумму назовём после конкурса.
"""

_STATE = """Department Press Briefing – March 5, 2026

Tammy Bruce, Department Spokesperson
Washington, D.C.

MS BRUCE: Good afternoon. I have nothing at the top. Go ahead.

QUESTION: Thanks. On Haiti – is the mission going ahead?

MS BRUCE: It is. The first units arrive next week.

QUESTION: {intro} On Syria – will the embassy reopen this year?

MS BRUCE: We have nothing to announce on that.

QUESTION: Thanks. {r2}, CNN. On Cuba – are new sanctions coming?

MS BRUCE: We don't preview sanctions actions.
QUESTION: One more on the embassy. Is there a date for the survey team?

MS BRUCE: Not yet. Thanks, everyone.
"""

_KREMLIN = """Президент России

Встреча с генеральным директором компании «Аэрофлот» Сергеем Александровским

Владимир Путин провёл рабочую встречу с генеральным директором \
ПАО «Аэрофлот» Сергеем Александровским.

10 марта 2026 года
12:00
Москва, Кремль

В.Путин: Сергей Владимирович, добрый день!

{start} Пассажиропоток, насколько я знаю, вырос.

С.Александровский: Добрый день, Владимир Владимирович!

Да, мы перевезли 55 миллионов пассажиров, это на четыре процента больше, чем годом ранее.

В.Путин: А как с обслуживанием самолётов?

С.Александровский: Обслуживание полностью перенесли на российские площадки.

В.Путин: Хорошо, спасибо.
"""


_HANSARD_ROWS = [
    ("statement", "{a}"),
    ("question", "{b}"),
    ("answer", "{a}"),
    ("question", "{b}"),
    ("answer", "{a}"),
    ("question", "{b}"),
    ("answer", "{a}"),
]
_GPO_ROWS = [
    ("statement", "{chair}"),
    ("statement", "Mr. Ostrander"),
    ("question", "{chair}"),
    ("answer", "Mr. Ostrander"),
    ("other", "{chair}"),
]
_DASH_ROWS = [
    ("question", "{w}"),
    ("answer", "Михаил Пиотровский"),
    ("question", "{w}"),
    ("answer", "Михаил Пиотровский"),
    ("question", "{w}"),
    ("answer", "Михаил Пиотровский"),
]
_STATE_ROWS = [
    ("statement", "Tammy Bruce"),
    ("question", None),
    ("answer", "Tammy Bruce"),
    ("question", "{r1}"),
    ("answer", "Tammy Bruce"),
    ("question", "{r2}"),
    ("answer", "Tammy Bruce"),
    ("question", "{r2}"),
    ("answer", "Tammy Bruce"),
]
_KREMLIN_ROWS = [
    ("other", None),
    ("question", "Владимир Путин"),
    ("answer", "Сергей Александровский"),
    ("question", "Владимир Путин"),
    ("answer", "Сергей Александровский"),
    ("other", "Владимир Путин"),
]


def _rows(table: list[tuple[str, str | None]], **names: str) -> list[tuple[str, str | None]]:
    return [(role, who.format(**names) if who else None) for role, who in table]


def _no_credit(text: str) -> str:
    return text.replace("Фото: ИЗВЕСТИЯ/Иван Петров\n", "")


CASES = [
    (
        "hansard_spaced_share",
        _HANSARD.format(
            mover="Ian Roome", other="Geoffrey Cox", short="Ian Roome", other2="Geoffrey Cox"
        ),
        _rows(_HANSARD_ROWS, a="Ian Roome", b="Geoffrey Cox"),
    ),
    (
        "hansard_spaced_share_2",
        _HANSARD.format(
            mover="Rachel Gilmour",
            other="Ben Maguire",
            short="Rachel Gilmour",
            other2="Ben Maguire",
        ),
        _rows(_HANSARD_ROWS, a="Rachel Gilmour", b="Ben Maguire"),
    ),
    (
        "gpo_presiding_wrapped_after_initial",
        _GPO.format(wrapped="Hon. Thomas P.\nTiffany", hon="Mr.", sur="Tiffany"),
        _rows(_GPO_ROWS, chair="Thomas Tiffany"),
    ),
    (
        "gpo_presiding_wrapped_after_given",
        _GPO.format(wrapped="Hon. Mariannette\nMiller", hon="Mrs.", sur="Miller"),
        _rows(_GPO_ROWS, chair="Mariannette Miller"),
    ),
    (
        "dash_byline_credit_declined_masthead",
        _IZV.format(
            masthead="Известия", writer="Мария Соколова", upper="ИЗВЕСТИЯ", declined="«Известиям»"
        ),
        _rows(_DASH_ROWS, w="Мария Соколова"),
    ),
    (
        "dash_byline_declined_masthead_no_credit",
        _no_credit(
            _IZV.format(
                masthead="Известия",
                writer="Мария Соколова",
                upper="ИЗВЕСТИЯ",
                declined="«Известиям»",
            )
        ),
        _rows(_DASH_ROWS, w="Мария Соколова"),
    ),
    (
        "dash_byline_credit_plain_masthead",
        _IZV.format(
            masthead="Ведомости", writer="Ольга Петрова", upper="ВЕДОМОСТИ", declined="«Ведомостям»"
        ),
        _rows(_DASH_ROWS, w="Ольга Петрова"),
    ),
    (
        "dash_byline_credit_acronym_masthead",
        _IZV.format(masthead="РБК", writer="Ксения Белова", upper="РБК", declined="РБК"),
        _rows(_DASH_ROWS, w="Ксения Белова"),
    ),
    (
        "state_name_hi_intro_one_more_on_the",
        _STATE.format(intro="Tammy, hi. Matt Lee with AP.", r2="Kylie Atwood"),
        _rows(_STATE_ROWS, r1="Matt Lee", r2="Kylie Atwood"),
    ),
    (
        "state_name_hello_intro_one_more_on_the",
        _STATE.format(intro="Tammy, hello. Jennifer Hansler with CNN.", r2="Said Arikat"),
        _rows(_STATE_ROWS, r1="Jennifer Hansler", r2="Said Arikat"),
    ),
    (
        "kremlin_lets_start_with",
        _KREMLIN.format(start="Давайте начнём с итогов прошлого года."),
        _KREMLIN_ROWS,
    ),
    (
        "kremlin_lets_start_with_e",
        _KREMLIN.format(start="Давайте начнем с того, как прошёл год."),
        _KREMLIN_ROWS,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_batch_vf_turns(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(r[0], r[1]) for r in turn_rows(text)] == expected
