"""Small cases found by the blind batch KS: office and role labels — a radio host who names
himself at the microphone, a head-of-body label with the body's acronym ("Начальник управления
ЗАГС:"), a county's "ADMINISTRATOR:" and a "MEDICAL EXAMINER:" the lead names in apposition after
the county's possessive, the administrator's welcome and last call that chair, a member's motion
after the chair's call for one, the page's lines under the last turn (a pointer to the site's
page, a PDF excerpt's page foot), a stamp row's date and a title line's place above "Transcript"."""

import pytest

from structure_support import run, turn_rows

RADIO = (
    "Радио «Северная волна»\n"
    "«Прямой разговор»: начальник управления ЖКХ ответила на вопросы слушателей\n"
    "Вологда, 12 марта 2025 года\n"
    "\n"
    "Гостем программы стала начальник Главного управления ЖКХ Вологодской области Анна Семёнова. "
    "Говорили о капремонте и вывозе снега.\n"
    "\n"
    "Ведущий: Добрый день, в эфире «Прямой разговор», {mic} Сегодня у нас в гостях "
    "начальник управления ЖКХ. Анна Петровна, здравствуйте.\n"
    "{office}: Здравствуйте, Павел, здравствуйте, радиослушатели.\n"
    "Ведущий: Начнем со снега. Когда вывезут сугробы со дворов?\n"
    "{office}: До конца месяца, техника работает в три смены.\n"
    "Ведущий: Спасибо, что пришли.\n"
    "{office}: Спасибо вам.\n"
)


@pytest.mark.parametrize(
    ("mic", "host"),
    [
        # the host names himself at the microphone, the name after a comma
        ("у микрофона я, Павел Рыбин.", "Павел Рыбин"),
        # no name said: the host stays unnamed
        ("у микрофона ведущий программы.", None),
    ],
)
def test_host_named_at_microphone(mic: str, host: str | None) -> None:
    rows = turn_rows(RADIO.format(mic=mic, office="Начальник управления ЖКХ"))
    assert {s for label, s, _ in rows if label == "question"} == {host}


@pytest.mark.parametrize(
    ("office", "holder"),
    [
        # a post's head word, the body in the genitive and its acronym: the lead's holder
        ("Начальник управления ЖКХ", "Анна Семёнова"),
    ],
)
def test_head_of_acronym_body_label(office: str, holder: str) -> None:
    rows = turn_rows(RADIO.format(mic="у микрофона я, Павел Рыбин.", office=office))
    assert {s for label, s, _ in rows if label == "answer"} == {holder}


PRESSER = (
    "WXYZ News\n"
    "\n"
    "State finds no crime in lake deaths\n"
    "By Jo Park\n"
    "Published: Apr. 2, 2025 at 5:10 PM EDT|Updated: 2 hours ago\n"
    "\n"
    "DAYTON (WXYZ) - Two kayakers found in Lake Reed last week drowned, the coroner's office "
    "said Wednesday at a news conference.\n"
    "\n"
    "Dr. Marcus Obi-Lane, the county's chief medical examiner, spoke alongside County "
    "Administrator Ellen Fry.\n"
    "\n"
    "ADMINISTRATOR: Good afternoon. The families have asked for privacy. Dr. Obi-Lane will "
    "walk through the findings, and then he'll take a few questions. Doctor.\n"
    "MEDICAL EXAMINER: Thank you, Ellen. Both men drowned, and we found no sign of foul "
    "play.\n"
    "REPORTER: Were they wearing life jackets?\n"
    "MEDICAL EXAMINER: Neither was, and the water was very cold that night.\n"
    "REPORTER: Why did the tests take a month?\n"
    "MEDICAL EXAMINER: We send that panel to an outside lab, and the request to bring it "
    "in-house is pending.\n"
    "ADMINISTRATOR: It's in next year's budget. We'll take one more.\n"
    "REPORTER: Will the county close the launch?\n"
    "ADMINISTRATOR: Parks will decide that next week. Thank you all.\n"
)


def test_county_briefing_offices_and_chairing() -> None:
    doc = run(PRESSER)
    rows = [(s.label, s.attrs["speaker"]) for s in doc.layer("turns")]
    assert rows == [
        ("other", None),
        # the welcome that calls the principal by her title chairs
        ("other", "Ellen Fry"),
        # the post the lead sets after the name, behind the county's possessive and "chief"
        ("statement", "Marcus Obi-Lane"),
        ("question", None),
        ("answer", "Marcus Obi-Lane"),
        ("question", None),
        ("answer", "Marcus Obi-Lane"),
        # a word after the colleague's answer, then the call for the last question
        ("other", "Ellen Fry"),
        ("question", None),
        ("answer", "Ellen Fry"),
    ]
    # the stamp row's fields read one by one
    assert doc.meta.date == "2025-04-02"


BOARD = (
    "RIVERTON POLICE SERVICES BOARD\n"
    "PUBLIC MEETING – VERBATIM EXCERPT\n"
    "Item 4.1: Chief's Report – Staffing\n"
    "\n"
    "Date: Tuesday, March 4, 2025\n"
    "\n"
    "Present:\n"
    "Board Chair Ann Lowe\n"
    "Member Raj Dutt\n"
    "Member Kim Toews\n"
    "Chief of Police Paul Barr\n"
    "\n"
    "\n"
    "THE CHAIR: We'll move to item 4.1, the Chief's staffing report. Chief, the floor is "
    "yours.\n"
    "\n"
    "CHIEF BARR: Thank you, Madam Chair. We had nine constables off on leave in February, and "
    "overtime is running well over budget.\n"
    "\n"
    "THE CHAIR: Thank you, Chief. Questions from members? Member Toews.\n"
    "\n"
    "MEMBER TOEWS: Chief, when do the new recruits start?\n"
    "\n"
    "CHIEF BARR: Six of them start in April, after the college.\n"
    "\n"
    "THE CHAIR: Thank you. Is there a motion to receive the report?\n"
    "\n"
    "MEMBER DUTT: {motion}\n"
    "\n"
    "MEMBER TOEWS: Second.\n"
    "\n"
    "THE CHAIR: All in favour? Opposed? Carried. We'll move to item 5.\n"
    "\n"
    "\n"
    "Page 3 of 9\n"
    "This excerpt is provided for information. The approved minutes of the Board are the "
    "official record of its proceedings.\n"
)


@pytest.mark.parametrize("motion", ["So moved.", "I'll move the report."])
def test_motion_after_call_answers_nothing(motion: str) -> None:
    rows = turn_rows(BOARD.format(motion=motion))
    assert ("other", "Raj Dutt", motion) in rows
    # the PDF excerpt's page foot and its note are the page's
    assert rows[-1][2].endswith("We'll move to item 5.")


PHONE_IN = (
    "Eastshire Council\n"
    "Council leader takes listeners' calls on budget\n"
    "\n"
    "The Leader of Eastshire Council, Councillor Ruth Hale, joined Tom Reid on BBC Radio "
    "Eastshire to take calls on the budget.\n"
    "\n"
    "PRESENTER: Councillor Hale, good morning.\n"
    "\n"
    "LEADER: Good morning, Tom.\n"
    "\n"
    "PRESENTER: Will council tax go up?\n"
    "\n"
    "LEADER: By the most we are allowed, I'm afraid.\n"
    "\n"
    "PRESENTER: Councillor Hale, thank you for coming in.\n"
    "\n"
    "LEADER: Thanks for having me, Tom.\n"
    "\n"
    "\n"
    "The budget will be debated at full council on 20 February 2025. {pointer}\n"
)


@pytest.mark.parametrize(
    ("pointer", "cut"),
    [
        # the page sends its reader to its own page: the page's, not the guest's
        ("You can read the budget papers on the Council meetings page.", True),
        # a note under the guest's parting thanks, set off by two blank lines, is the page's
        # whatever it says to the reader (the learned page-foot tagger, structure/feet.py)
        ("You should all write to your councillor.", True),
    ],
)
def test_reader_pointer_under_closing_thanks(pointer: str, cut: bool) -> None:
    rows = turn_rows(PHONE_IN.format(pointer=pointer))
    assert (rows[-1][2] == "Thanks for having me, Tom.") is cut


def test_place_on_title_line_above_transcript_line() -> None:
    doc = run(
        "Ministers for Agriculture\n"
        "\n"
        "The Hon Jane Ward MP\n"
        "Minister for Agriculture\n"
        "\n"
        "Doorstop interview – Devonport, Tasmania\n"
        "Transcript\n"
        "Monday 7 April 2025\n"
        "\n"
        "E&OE\n"
        "\n"
        "JANE WARD, MINISTER FOR AGRICULTURE: Thanks for coming. Happy to take questions.\n"
        "\n"
        "JOURNALIST: Minister, is the package enough?\n"
        "\n"
        "MINISTER: It is a start, and we will review it in a year.\n"
    )
    assert (doc.meta.date, doc.meta.place) == ("2025-04-07", "Devonport")


def test_second_as_an_answer_stays_an_answer() -> None:
    # "Second." answers a question that speaks of no motion
    text = PRESSER.replace(
        "REPORTER: Were they wearing life jackets?\n"
        "MEDICAL EXAMINER: Neither was, and the water was very cold that night.\n",
        "REPORTER: Was this the first drowning at the lake this year, or the second?\n"
        "MEDICAL EXAMINER: Second.\n",
    )
    assert ("answer", "Marcus Obi-Lane", "Second.") in turn_rows(text)
