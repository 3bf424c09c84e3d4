"""Ukrainian press interviews (blind batch CV): a caption's credit glued to its quote, the
editor's credits line, "-ець" instrumentals, an unpunctuated remark the answer echoes, a bold
question with its answer glued on, dashed questions over plain answers, dashed closing thanks."""

import pytest

from rhetoscope.structure.dialogue import _echoed_remark, _split_glued_question
from rhetoscope.structure.furniture import _CAPTION_CREDIT
from rhetoscope.structure.header import _lead_people_ru, _nominative
from structure_support import spoken_rows


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Ігор Бабич: «Одну ТЕЦ вивести з ладу легко»Фото: «Главком»", True),
        ("Ігор Бабич під час інтерв'ю. Фото: Укрінформ", True),
        ("Ігор Бабич: «Ми повернемо всі землі»", False),
    ],
)
def test_caption_credit(line: str, credit: bool) -> None:
    assert (_CAPTION_CREDIT.search(line) is not None) is credit


@pytest.mark.parametrize(
    ("word", "want"), [("Кравцем", "Кравець"), ("Швецем", "Швець"), ("Стрільцем", "Стрілець")]
)
def test_ets_instrumental(word: str, want: str) -> None:
    assert _nominative(word) == want


def test_editor_credits_line_is_no_interviewer() -> None:
    lead = (
        "Максим Кравець\nРедакторка: Ганна Ляшко\n\nСпівзасновниця компанії Дарина Литвин у "
        "розмові з журналістом Forbes Максимом Кравцем розповіла, як знайти інженерів."
    )
    people = {(k, n.display()) for k, n in _lead_people_ru(lead)}
    assert people == {
        ("interview conducted by", "Максим Кравець"),
        ("interview with", "Дарина Литвин"),
    }


@pytest.mark.parametrize(
    ("line", "below", "want"),
    [
        (
            "Держава за цей час запустила кілька програм підтримки для ветеранів",
            "Запустила, і це добре. Але більшість із них прив’язані до реєстрації.",
            True,
        ),
        ("Як громади готуються до зими", "Громади отримали понад 300 установок.", False),
        (
            "Держава за цей час запустила кілька програм підтримки.",
            "Запустила, і це добре.",
            False,
        ),
    ],
)
def test_echoed_remark(line: str, below: str, want: bool) -> None:
    assert _echoed_remark(line, below) is want


def test_split_glued_question() -> None:
    import re

    line = "Реєстри досі на папері, і їх треба оцифрувати.- А ТЦК взагалі справляються?"
    m = re.match(r".+", line)
    assert m is not None
    parts = [p.group() for p in _split_glued_question(m)]
    assert parts == [
        "Реєстри досі на папері, і їх треба оцифрувати.",
        "- А ТЦК взагалі справляються?",
    ]


_GLUED_BOLD_ANSWER = """Інтерв'ю

Директор терміналу Василь Гуменюк розповів про роботу портів.

**– Скільки суден ви обробили?**

– Понад чотириста. Це більше, ніж за весь 2021 рік.

**– А страхування подешевшало?**– Подешевшало, але не настільки, як хотілося б.

**– Скільки часу судно стоїть у черзі?**

– Від двох до п'яти діб.

**- Дякуємо.**

- Дякую вам.
"""


def test_bold_question_with_glued_answer() -> None:
    rows = spoken_rows(_GLUED_BOLD_ANSWER)
    assert [(label, text[:12]) for label, _, text in rows][2:4] == [
        ("question", "А страхуванн"),
        ("answer", "Подешевшало,"),
    ]


_DASHED_THANKS = """Інтерв'ю

Розмовляла Тетяна Бондар з директором Ігорем Бабичем.

**- Скільки гектарів уже розміновано?**

- Понад півтора мільйона.

**- А скільки часу займе решта?**

- Я не буду називати цифр. Наша мета – десять років.

- Дякую за розмову.

- Дякую вам.
"""


def test_dashed_closing_thanks() -> None:
    rows = spoken_rows(_DASHED_THANKS)
    assert [(label, text) for label, _, text in rows][-3:] == [
        ("answer", "Я не буду називати цифр. Наша мета – десять років."),
        ("other", "Дякую за розмову."),
        ("answer", "Дякую вам."),
    ]
