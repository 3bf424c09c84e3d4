"""Small cases for the JZ round (other transcript shapes): a Canadian tribunal's numbered
paragraphs and its "THE CHAIRPERSON:" named by the cover's "BEFORE:" list, a contents entry
with a short leader; an Australian commission's fifth-line margin numbers, its commissioner
(who presides) with an Irish surname and post-nominals, its "<NAME, SWORN   [10.01 am]"
headings ending the turn above, its page footer ("… P-612") over the copyright line; a
Ukrainian rector named from the lead's genitive ("Петра Коваля"), students who introduce
themselves ("Вітаю, я …") and ask "А якщо …?" after the answer."""

import pytest

from rhetoscope.structure.turns import mask_line_gutter
from structure_support import turn_rows

_CRTC = """Transcript, Hearing 20 November 2024

Canadian Radio-television and Telecommunications Commission

BEFORE:
Vicky Eatrides, Chairperson and Chief Executive Officer
Alicia Barin, Commissioner

ALSO PRESENT:
Jade Roy, Secretary

Table of Contents
PRESENTATION BY:
Prairie Sky Community Radio ..... 512

     --- Upon resuming at 1:30 p.m.

2843    THE SECRETARY:  Please be seated. We will now hear Prairie Sky Community Radio.

2844    MS. OKAFOR:  Good afternoon. My name is Ada Okafor, station manager. We ask for a full term.

2845    THE CHAIRPERSON:  Thank you very much. I'll turn to Commissioner Barin for questions.

2846    COMMISSIONER BARIN:  Thank you. Why were your returns filed late?

2847    MS. OKAFOR:  Our bookkeeper left in 2021, and we have since hired an accountant.

2848    THE CHAIRPERSON:  Thank you. Madam Secretary.
"""


def test_numbered_paragraphs_and_chairperson() -> None:
    masked = mask_line_gutter(_CRTC)
    assert "2843" not in masked and "THE SECRETARY:" in masked
    rows = turn_rows(_CRTC)
    assert [(r[1], r[2][:20]) for r in rows] == [
        ("Jade Roy", "Please be seated. We"),
        ("Ada Okafor", "Good afternoon. My n"),
        ("Vicky Eatrides", "Thank you very much."),
        ("Alicia Barin", "Thank you. Why were "),
        ("Ada Okafor", "Our bookkeeper left "),
        ("Vicky Eatrides", "Thank you. Madam Sec"),
    ]


_COMMISSION = """TRANSCRIPT OF PROCEEDINGS

ROYAL COMMISSION INTO REGIONAL HOSPITAL STAFFING

THE HONOURABLE BRIGID O'SHEA AO, Commissioner

9.58 AM, WEDNESDAY, 14 MAY 2025

COMMISSIONER:   Yes, Mr Hale.

MR HALE:   Commissioner, the next witness is Ms Ruth Kemp. I call
Ms Kemp.

<RUTH ANNE KEMP, SWORN                                [10.01 am]

5 <EXAMINATION BY MR HALE

MR HALE:   Ms Kemp, you are the nurse unit manager at the Eastside
hospital?

MS KEMP:   I am, yes. Since March 2020.
10
MR HALE:   How often was the ward short of a registered nurse last year?

MS KEMP:   Most nights. No agency would send anyone at short notice.
15
COMMISSIONER:   Ms Kemp, did you raise that in writing?

20 MS KEMP:   I did, Commissioner. I had no reply.

25 COMMISSIONER:   Thank you. Go on, Mr Hale.

.ROYAL COMMISSION 14.5.25                P-612
©Commonwealth of Australia
"""


def test_fifth_line_margin_sworn_heading_and_commissioner() -> None:
    masked = mask_line_gutter(_COMMISSION)
    assert "\n10\n" not in masked and "20 MS KEMP" not in masked and "5 <EXAM" not in masked
    rows = turn_rows(_COMMISSION)
    assert rows[0][:2] == ("other", "Brigid O'Shea")
    # (the commissioner presides: her hand-back is no answer, her own question asks)
    assert [r[0] for r in rows][6:9] == ["question", "answer", "other"]
    assert rows[1][2].endswith("I call\nMs Kemp.")
    assert rows[3][2] == "I am, yes. Since March 2020."
    assert [r[1] for r in rows][5:8] == ["Ruth Kemp", "Brigid O'Shea", "Ruth Kemp"]
    assert rows[-1][2] == "Thank you. Go on, Mr Hale."  # (the page footer is no speech)


@pytest.mark.parametrize(
    "listing",
    [
        "Items\n5 apples\n10 pears\n15 plums\n",  # too short a run
        "Scores\n\n10    points\n11    points\n12    points\n",  # three numbered lines
    ],
)
def test_short_numbered_lists_are_kept(listing: str) -> None:
    assert mask_line_gutter(listing) == listing


_RECTOR = "\n".join(
    [
        "Новини університету",
        "",
        "11 лютого відбулася відкрита зустріч ректора університету Петра Коваля зі "
        "студентами. Модерувала зустріч голова студентського парламенту Марта Савчин.",
        "",
        "Модераторка: Доброго дня всім. Пане ректоре, вам слово.",
        "",
        "Ректор: Добрий день. Скажу тільки, що з березня ми відкриваємо читальний зал.",
        "",
        "Модераторка: Прошу, перше питання.",
        "",
        "Студентка: Добрий день, мене звати Ірина Гнатюк, третій курс. Чому в "
        "гуртожитку досі немає генератора?",
        "",
        "Ректор: Ірино, генератор уже закуплений, електрики обіцяють підключити до кінця лютого.",
        "",
        "Студентка: А якщо не підключать?",
        "",
        "Ректор: Тоді прийдете до мене, і я особисто з ними поговорю.",
        "",
        "Студент: Вітаю, я Назар Кушнір, другий курс. Чи буде вільний вибір дисциплін?",
        "",
        "Ректор: Так, запис буде відкритий у травні.",
        "",
    ]
)


def test_rector_and_self_introduced_students() -> None:
    rows = turn_rows(_RECTOR)
    spoken = [(r[0], r[1]) for r in rows if r[1]]
    assert spoken[1] == ("statement", "Петро Коваль")
    assert spoken[3:] == [
        ("question", "Ірина Гнатюк"),
        ("answer", "Петро Коваль"),
        ("question", "Ірина Гнатюк"),
        ("answer", "Петро Коваль"),
        ("question", "Назар Кушнір"),
        ("answer", "Петро Коваль"),
    ]
