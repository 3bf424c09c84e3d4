"""Small cases for the JA round (other transcript shapes): a US court reporter's numbered page
(right-aligned single digits, numbered blank lines, labels in capitals with a surname's
particle, "C E R T I F I C A T E" under the record); a conference call's Russian operator and
the IR head it hands the line to; Rev's numbered audience voice pressing its answer; a caller's
"А якщо …?" follow-up; a school board member's question ending on its reason; a rejoinder that
reads the answer back; a date line's town after "|" with its state, or in a stenogram's column."""

import pytest

from rhetoscope.ingest import read_text
from rhetoscope.structure import metadata
from rhetoscope.structure.speakers import classify_label
from rhetoscope.structure.turns import mask_line_gutter
from structure_support import run, turn_rows


def _page(number: int, lines: list[str]) -> str:
    body = "\n".join(f"{i:2d}   {line}".rstrip() for i, line in enumerate(lines, 1))
    return f"{number:62d}\n{body}\n{'-' * 62}\n"


_HEARING = (
    _page(
        1,
        [
            "          TOWN OF LAKEMONT, VERMONT",
            "        DEVELOPMENT REVIEW BOARD",
            "",
            "             REGULAR MEETING",
            "",
            "Application No. 25-031: 12 Orchard Lane",
            "Applicant: Paul and Rita Marchetti",
            "",
            "Held at: Lakemont Town Office, Room B",
            "Date:    Thursday, May 8, 2025",
            "Time:    6:05 p.m.",
            "",
            "BOARD MEMBERS PRESENT:",
            "   Louis LaRosa, Chairman",
            "   Janet Whitcombe",
            "   Owen Brandt",
            "",
            "ALSO PRESENT:",
            "   Grace Tully, Zoning Administrator",
            "   Neil Fairbanks, Esq., for the Applicants",
        ],
    )
    + _page(
        2,
        [
            "          CHAIRMAN LaROSA:  First item is Application",
            "25-031, 12 Orchard Lane. Attorney Fairbanks,",
            "whenever you're ready.",
            "          MR. FAIRBANKS:  Thank you, Mr. Chairman,",
            "members of the board. Neil Fairbanks for Paul and",
            "Rita Marchetti. They are asking for relief of five",
            "feet from the front setback for a covered porch.",
            "The lot is narrow and the house predates zoning.",
            "          MEMBER WHITCOMBE:  Counselor, could the porch",
            "go on the side instead? Why the front?",
            "          MR. FAIRBANKS:  The side yard holds the septic",
            "field, and the engineer's letter says so. It is",
            "the only place that works for the family.",
            "          MEMBER BRANDT:  Ms. Tully, has any abutter",
            "written to the board about this application?",
            "          MS. TULLY:  Yes, one letter from a neighbor",
            "across the road, dated May 1. It's in the file.",
            "          CHAIRMAN LaROSA:  Is Mr. Kimball here?",
            "Please come up and state your name and address",
            "for the record, please.",
            "          MR. KIMBALL:  Frank Kimball, 15 Orchard Lane.",
            "My concern is the view from my porch, and the",
            "snow the new roof would push onto the road.",
            "          CHAIRMAN LaROSA:  All right. I'll close the",
            "public hearing on 25-031. We'll deliberate at the",
            "end of the agenda.",
            "          (Hearing concluded at 6:40 p.m.)",
        ],
    )
    + _page(
        3,
        [
            "              C E R T I F I C A T E",
            "",
            "     I, Mary Boucher, a Licensed Court Reporter,",
            "do hereby certify that the foregoing is a true",
            "and accurate transcript of the proceedings.",
            "",
            "                    ______________________",
            "                    Mary Boucher, LCR #112",
            "                    My Commission Expires: 1/31/2028",
        ],
    )
)


def test_right_aligned_gutter_blanked() -> None:
    masked = mask_line_gutter(_HEARING)
    assert len(masked) == len(_HEARING)
    assert "\n 3\n" not in masked and "CHAIRMAN LaROSA:" in masked
    assert "\n 2   25-031" not in masked


def test_numbered_hearing_page() -> None:
    rows = turn_rows(_HEARING)
    assert [(r[0], r[1]) for r in rows] == [
        ("other", "Louis LaRosa"),
        ("statement", "Neil Fairbanks"),
        ("question", "Janet Whitcombe"),
        ("answer", "Neil Fairbanks"),
        ("question", "Owen Brandt"),
        ("answer", "Grace Tully"),
        ("other", "Louis LaRosa"),
        ("answer", "Frank Kimball"),
        ("other", "Louis LaRosa"),
    ]
    # the last words run on to the end of their sentence; the certificate is no one's
    assert rows[-1][2].rstrip().endswith("end of the agenda.")
    doc = run(_HEARING)
    assert doc.meta.date == "2025-05-08"


@pytest.mark.parametrize(
    ("label", "surname"),
    [("MS. LaROSA", "LaROSA"), ("CHAIRMAN DeLUCA", "DeLUCA"), ("MR. DiNAPOLI", "DiNAPOLI")],
)
def test_caps_surname_particle(label: str, surname: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None and info.name.surname == surname


_CALL = (
    "ПАО «Северный азот»\n\nСтенограмма телефонной конференции по результатам за 2024 год\n\n"
    "Оператор: Добрый день, дамы и господа. Добро пожаловать на конференцию. Передаю слово "
    "директору по работе с инвесторами Ольге Литвиновой.\n\n"
    "Ольга Литвинова: Спасибо. Добрый день, коллеги. Сегодня с нами генеральный директор "
    "Игорь Савельевич Крылов. Игорь Савельевич, прошу.\n\n"
    "Игорь Крылов: Спасибо, Ольга. Год был непростым: цены на удобрения снизились, а выручка "
    "сократилась на восемь процентов. Тем не менее мы сохранили инвестиционную программу.\n\n"
    "Оператор: Спасибо. Первый вопрос от Павла Рябцева, «Атон».\n\n"
    "Павел Рябцев, «Атон»: Добрый день. Какие капитальные затраты вы ожидаете в 2025 году?\n\n"
    "Игорь Крылов: Около двадцати миллиардов рублей, включая проектирование новой установки.\n\n"
    "Оператор: Вопросов больше нет. Передаю слово менеджменту.\n\n"
    "Ольга Литвинова: Спасибо всем за участие. Запись доступна на нашем сайте.\n"
)


def test_russian_operator_and_ir_head_chair() -> None:
    rows = turn_rows(_CALL)
    assert [(r[0], r[1]) for r in rows] == [
        ("other", "Оператор"),
        ("other", "Ольга Литвинова"),
        ("statement", "Игорь Крылов"),
        ("other", "Оператор"),
        ("question", "Павел Рябцев"),
        ("answer", "Игорь Крылов"),
        ("other", "Оператор"),
        ("other", "Ольга Литвинова"),
    ]


_TOWN_HALL = (
    "Sen. Ada Brooks Holds Town Hall in Eau Claire Transcript\n\nRev\nTranscripts\n"
    "Apr 5, 2025\n\n"
    "Ada Brooks (00:00):\nThank you all for coming. I'll take as many questions as I can.\n\n"
    "Audience Member 1 (00:40):\nHi, my name is Carl Jensen, I'm from Altoona. Will you vote "
    "to keep the rural clinic open, yes or no?\n\n"
    "Ada Brooks (00:58):\nCarl, I'm fighting for that clinic, and the bill is not final yet.\n\n"
    "Audience Member 1 (01:10):\nThat's not an answer.\n\n"
    "Ada Brooks (01:12):\nIt's a yes on keeping it open. I understand you want it plain.\n\n"
    "Ada Brooks (01:20):\nLet's bring the mic to the next person. Go ahead, sir.\n\n"
    "Audience Member 2 (01:25):\nHi, Tom Berg, I drive a school bus. Will the route money "
    "come back next year?\n\n"
    "Ada Brooks (01:40):\nYes, it's in the transportation bill.\n"
)


def test_numbered_audience_voice_presses_its_answer() -> None:
    rows = turn_rows(_TOWN_HALL)
    assert [(r[0], r[1]) for r in rows][1:6] == [
        ("question", "Carl Jensen"),
        ("answer", "Ada Brooks"),
        ("question", "Carl Jensen"),
        ("answer", "Ada Brooks"),
        ("other", "Ada Brooks"),
    ]


@pytest.mark.parametrize(
    ("follow_up", "thanks"),
    [
        ("А якщо він поїхав через іншу країну?", "Дякую вам велике."),
        ("А если он уехал через другую страну?", "Спасибо вам большое."),
    ],
)
def test_caller_follow_up_on_a(follow_up: str, thanks: str) -> None:
    text = (
        "Радіо Поділля\n\nСубсидії: на запитання слухачів відповідала начальниця управління.\n\n"
        "Ведуча: Доброго дня. У студії Ольга Мельник. Слухаю вас, говоріть.\n\n"
        "Слухачка: Добрий день. Мене звати Оксана, я з центру. Мій син за кордоном, "
        "і мені відмовили. Що робити?\n\n"
        "Ольга Мельник: Пані Оксано, принесіть довідку про перетин кордону.\n\n"
        f"Слухачка: {follow_up}\n\n"
        "Ольга Мельник: Тоді підійде довідка прикордонної служби.\n\n"
        f"Слухачка: {thanks}\n\n"
        "Ведуча: Дякуємо, час ефіру добіг кінця.\n"
    )
    rows = turn_rows(text)
    assert [(r[0], r[1]) for r in rows][3:6] == [
        ("question", "Оксана"),
        ("answer", "Ольга Мельник"),
        ("other", "Оксана"),
    ]


def test_school_board_member_question_with_reason() -> None:
    text = (
        "Riverside Unified School District\nBoard of Education – Regular Meeting\n"
        "Tuesday, March 4, 2025\n\n"
        "PRESIDENT HALE: We're on item 6. Dr. Moss, I'll turn it over to you.\n\n"
        "SUPERINTENDENT MOSS: Thank you. We are proposing to cut nine positions, most of "
        "them in the central office, to close the gap.\n\n"
        "PRESIDENT HALE: Thank you. Member Ortiz.\n\n"
        "MEMBER ORTIZ: Dr. Moss, which schools lose a counselor under this plan?\n\n"
        "SUPERINTENDENT MOSS: None of them. Counselors are protected in every scenario.\n\n"
        "PRESIDENT HALE: Member Chen.\n\n"
        "MEMBER CHEN: Yeah, I want to understand the nine positions. Are any of those "
        "vacant right now, or are these layoffs? Because a vacant post is not a person "
        "losing a job.\n\n"
        "SUPERINTENDENT MOSS: Four are vacant. The other five would be layoffs.\n\n"
        "PRESIDENT HALE: Thank you. We'll move to item 7.\n"
    )
    rows = turn_rows(text)
    chen = [r for r in rows if r[2].startswith("Yeah, I want")]
    assert chen and chen[0][0] == "question"


def test_rejoinder_reads_the_answer_back() -> None:
    text = (
        "СТЕНОГРАМА засідання тимчасової слідчої комісії\n\n"
        "ГОЛОВУЮЧИЙ. Колеги, доброго дня. Будь ласка, Ірина Мороз.\n\n"
        "МОРОЗ І.В. Дякую. Пане Олеже, хто перевіряв цього постачальника на момент "
        "укладення договору?\n\n"
        "КРАВЧУК О.П. На момент укладення – ніхто. Перевірку тоді проводила служба безпеки "
        "підприємства, а не мій департамент.\n\n"
        "МОРОЗ І.В. Тобто ніхто їх не перевіряв.\n\n"
        "ГОЛОВУЮЧИЙ. Колеги, прошу тиші. Засідання закрите. Дякую всім.\n"
    )
    rows = turn_rows(text)
    assert [r[0] for r in rows if r[2].startswith("Тобто")] == ["question"]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Broadcast: April 17, 2025 | Fargo, N.D.", "Fargo"),
        ("March 22, 2025 | Wausau, Wis.", "Wausau"),
        ("г. Вологда                                   25 февраля 2025 года", "Вологда"),
        # a site's section after "|" stays no place
        ("June 5, 2025 | Immigration", None),
    ],
)
def test_place_beside_date(line: str, place: str | None) -> None:
    found = metadata.find_date(line)
    assert found is not None
    assert metadata._place_beside_date(line, (found[1], found[2]), line) == place


def test_notary_expiry_is_no_date() -> None:
    text = (
        "Minutes of the hearing\n\nCHAIR: We are adjourned.\n\nMEMBER: Thank you.\n\n"
        "CERTIFICATE\n\nI certify the foregoing.\nMy Commission Expires: 6/30/2027\n"
    )
    doc = run(text)
    assert doc.meta.date != "2027-06-30"
    assert read_text(text).text == text
