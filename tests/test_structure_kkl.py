"""Small cases found by the second pass over blind batches KK and KL: an event title's serial
list before its colon, a meeting roster naming the chair, a chair who says she asks, a chair
who takes the meeting's question himself, a shareholder's follow-up and self-introduction, a
court record's case block and closing words."""

import pytest

from structure_support import label_surname, turn_rows

EVENT = (
    "POLICY INSTITUTE\n"
    "Events\n"
    "{title}\n"
    "Thursday, May 15, 2025\n"
    "Event Transcript\n\n"
    "MS. HARLOW: Good morning, everyone, and welcome. Senator, what went wrong last year?\n\n"
    "SENATOR BRISCOE: Well, Anne, the bill moved faster than the public conversation.\n\n"
    "MS. HARLOW: Is that the lesson, go slower?\n\n"
    "DR. MENDEZ: I'd put it differently. Permits were never the binding constraint.\n"
)


@pytest.mark.parametrize(
    "raw",
    [
        # a title's serial list, one word then items closed by "and"
        "Ports, Pipelines, and the Energy Transition",
        "Tariffs, Jobs, or the Deficit",
    ],
)
def test_serial_list_title_is_no_label(raw: str) -> None:
    assert label_surname(raw) == (None, None)


def test_name_and_post_still_label() -> None:
    assert label_surname("Harlow, Senior Fellow")[1] == "Harlow"


@pytest.mark.parametrize(
    "title",
    [
        "Ports, Pipelines, and the Energy Transition: What Can States Do?",
        "Housing and the Missing Middle: What Can Cities Do Now?",
    ],
)
def test_event_title_with_colon_is_no_turn(title: str) -> None:
    rows = turn_rows(EVENT.format(title=title))
    assert rows[0][:2] == ("question", "Ms. Harlow")
    assert all(title not in body for _, _, body in rows)


COMMITTEE = (
    "Committee for Infrastructure\n"
    "Official Report (Hansard)\n"
    "Members present for all or part of the proceedings:\n"
    "{chair_line}\n"
    "Mr Owen Teague\n"
    "Witnesses:\n"
    "Ms Laura Breen, Department for Infrastructure\n\n"
    "The Chairperson (Ms Walsh): I welcome Laura Breen. I will hand over to you for a briefing, "
    "after which members will have questions.\n\n"
    "Ms Breen: Thank you, Chair. Our review of bus lanes found that journey times fell by a "
    "tenth on the routes we changed, and we plan four more this year.\n\n"
    "The Chairperson: Thank you, Laura. Before Owen comes in, can I ask a straight question: "
    "when will the fifth route open? It was promised in 2022.\n\n"
    "Ms Breen: That is a fair challenge. The fifth route depends on the utilities moving first.\n\n"
    "Mr Teague: How many of the new lanes are enforced by camera today?\n\n"
    "Ms Breen: Two of them. The rest rely on patrols.\n\n"
    "The Chairperson: That would be helpful. Thank you very much for coming in today.\n\n"
    "Ms Breen: Thank you, Chair.\n"
)


@pytest.mark.parametrize(
    ("chair_line", "labels"),
    [
        # the roster names the chair: her welcome and close are the chair's, her own question asks
        (
            "Ms Niamh Walsh (Chairperson)",
            ["other", "statement", "question", "answer", "question", "answer", "other", "answer"],
        ),
    ],
)
def test_roster_chair_hands_over_and_asks(chair_line: str, labels: list[str]) -> None:
    rows = turn_rows(COMMITTEE.format(chair_line=chair_line))
    assert [r[0] for r in rows] == labels
    assert rows[0][1] == "Niamh Walsh"


AGM = (
    "Kestrel Minerals Limited (ASX: KML)\n"
    "ASX ANNOUNCEMENT\n"
    "14 November 2024\n"
    "Annual General Meeting – Transcript of Questions and Answers\n\n"
    "Helen Marsh, Non-Executive Chair: We now move to questions from shareholders. Please "
    "wait for the microphone and state your name. Yes, the lady on the aisle.\n\n"
    "Shareholder: Thank you, Chair. My name is Joan Pike, I've held shares since 2009. Is the "
    "nickel plant still due to restart next year?\n\n"
    "Helen Marsh: Thank you, Ms Pike. I'll ask our Managing Director to answer that.\n\n"
    "Tom Reddy, Managing Director: Thanks, Joan. No, it is not. The board has deferred the "
    "restart until prices recover, and we would rather wait than sell at a loss.\n\n"
    "Shareholder: So what happens to the workforce in the meantime?\n\n"
    "Tom Reddy: Most of them have moved to the gold mine, and the plant is kept on care.\n\n"
    "Shareholder: Chair, Ian Booth, proxy holder for the Retail Investors' Association. Will "
    "the board commit to a cap on incentives next year?\n\n"
    "Helen Marsh: We will take that on notice and respond in writing before the end of the "
    "year. I'll now put the resolutions to the meeting.\n\n"
    "Helen Marsh: The poll is now closed. Results will be released this afternoon, and I "
    "declare the meeting closed.\n"
)


def test_agm_chair_follow_up_and_self_introduction() -> None:
    rows = turn_rows(AGM)
    assert [(r[0], r[1]) for r in rows] == [
        ("other", "Helen Marsh"),
        ("question", "Joan Pike"),
        ("other", "Helen Marsh"),
        ("answer", "Tom Reddy"),
        # the answer opened on her first name: the floor's follow-up is still hers
        ("question", "Joan Pike"),
        ("answer", "Tom Reddy"),
        # the chair addressed first, then the name and standing
        ("question", "Ian Booth"),
        # the chair takes the question himself, handing it to no one
        ("answer", "Helen Marsh"),
        ("other", "Helen Marsh"),
    ]


COURT = (
    "Блоги   Вопросы   События\n"
    "Пётр Сомов\n"
    "5 марта 2025, 09:40\n"
    "Расшифровка аудиопротокола: как суд сузил спор\n"
    "Делимся расшифровкой аудиопротокола заседания по нашему делу. Показательно, как судья "
    "за пять минут сузил спор до одного вопроса.\n\n"
    "Арбитражный суд Новосибирской области\n"
    "Дело № А45-1234/2024\n"
    "Новосибирск, 3 марта 2025 г.\n"
    "Истец: ООО «Сибирский груз»; ответчик: АО «Бердский завод»\n\n"
    "Председательствующий: Слушается дело по иску ООО «Сибирский груз». Отводов нет?\n\n"
    "Представитель истца: Нет, ваша честь.\n\n"
    "Председательствующий: Истец, коротко ваша позиция.\n\n"
    "Представитель истца: Ответчик задерживал вагоны сверх двух суток по договору.\n\n"
    "Председательствующий: Ответчик, вы расчёт оспариваете?\n\n"
    "Представитель ответчика: Да, начало течения срока.\n\n"
    "Председательствующий: {closing}\n\n"
    "Что в итоге: через месяц стороны заключили мировое соглашение.\n"
)


@pytest.mark.parametrize("closing", ["Заседание окончено.", "Судебное заседание закрыто."])
def test_court_record_block_and_closing(closing: str) -> None:
    rows = turn_rows(COURT.format(closing=closing))
    # the lead is the author's, the case block no part of it
    assert rows[0][0] == "other" and rows[0][1] is None
    assert rows[0][2].endswith("до одного вопроса.")
    # the bench calls the party by its role for its position: a question
    assert rows[3][0] == "question" and rows[3][2] == "Истец, коротко ваша позиция."
    # the closing words end the record; the afterword is no one's
    assert rows[-1][2] == closing
