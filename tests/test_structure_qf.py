"""Small cases for batch QF (RIA, RNZ, CBC): a Russian dash interview whose lead has the
interviewee telling the outlet itself ("… Иван Кудрявцев рассказал в интервью ТАСС") names the
answers, though a photographer shares the patronymic address's given name; a photo's caption
over a "Photo: agency / photographer" line is no lead; a "Get the … app" pitch under the last
turn is the page's; a closed dek over the "Posted:" stamp is header."""

import pytest

from structure_support import turn_rows

_RU_DASH = (
    "Кудрявцев: метро на левый берег откроют в 2027 году\n"
    "09:30 14.04.2026\n"
    # (the photographer shares the address's given name, so "Иван Петрович" alone names no one)
    "Мэр Новосибирска Иван Кудрявцев. Архивное фото\n"
    "© {outlet_line} / Иван Руденко\n"
    "НОВОСИБИРСК, 14 апр — {outlet_line}. Новая станция метро откроется через год. Об этом "
    "мэр Новосибирска Иван Кудрявцев рассказал в интервью {outlet} накануне Дня города.\n"
    "— Иван Петрович, когда откроют станцию?\n"
    "— В конце 2027 года. Подрядчик работает по графику, финансирование полностью есть.\n"
    "— А что с тарифами на проезд?\n"
    "— Повышения в этом году не будет, мы это решение уже приняли и не отступим.\n"
)


@pytest.mark.parametrize(
    ("outlet_line", "outlet"),
    [
        ("ТАСС", "ТАСС"),
        ("Известия", "«Известиям»"),
    ],
)
def test_teller_before_told_outlet_names_the_answers(outlet_line: str, outlet: str) -> None:
    rows = turn_rows(_RU_DASH.format(outlet_line=outlet_line, outlet=outlet))
    answers = [r for r in rows if r[0] == "answer"]
    assert len(answers) == 2
    assert all(r[1] == "Иван Кудрявцев" for r in answers)


_RADIO = (
    "Minister says rail link 'on track' despite delays\n"
    "6:50 am on 3 March 2026\n"
    "Share this\n"
    "Transport Minister Chris Bishop.\n"
    "Photo: {credit}\n"
    "Audio\n"
    "Listen duration 6′ 10″\n"
    "The Transport Minister says the new rail link will open on time, despite another "
    "contractor walking off the job this week.\n"
    "Chris Bishop spoke to Morning Report's Ingrid Hipkiss.\n"
    "Ingrid Hipkiss: Minister, good morning. Is the link still on track?\n"
    "Chris Bishop: Good morning. Yes, it is, and the budget has not moved.\n"
    "Ingrid Hipkiss: Chris Bishop, thank you.\n"
    "{app}\n"
    "for ad-free news and current affairs\n"
)


@pytest.mark.parametrize(
    "credit",
    ["RNZ / Mark Papalii", "Supplied / Jane Roe"],
)
def test_caption_over_agency_slash_photographer_is_no_lead(credit: str) -> None:
    rows = turn_rows(_RADIO.format(credit=credit, app="Get the RNZ app"))
    assert rows[0][0] == "other"
    assert rows[0][2].startswith("The Transport Minister says")


@pytest.mark.parametrize("app", ["Get the RNZ app", "Get our free News app"])
def test_get_the_app_pitch_is_no_speech(app: str) -> None:
    rows = turn_rows(_RADIO.format(credit="RNZ / Mark Papalii", app=app))
    assert rows[-1][1] == "Ingrid Hipkiss"
    assert rows[-1][2] == "Chris Bishop, thank you."


_POSTED = (
    "Skip to Main Content\n"
    "CBC Menu\n"
    "The Current·Q&A\n"
    "Housing minister says first modular homes will be ready by spring\n"
    "Gregor Robertson says the factory-built homes will go up on federal land in five cities.\n"
    "{stamp}\n"
    "Listen to the full interview 9:40\n"
    "Housing Minister Gregor Robertson says the first modular homes built under the new "
    "federal program will be ready for families by spring.\n"
    "Robertson spoke to The Current host Matt Galloway. This transcript has been edited.\n"
    "Matt Galloway: When will the first families move in?\n"
    "Gregor Robertson: By spring. The factories are already producing the units.\n"
    "Matt Galloway: Minister Robertson, thank you.\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "CBC Radio · Posted: Feb 3, 2026 4:00 AM EST | Last Updated: February 3",
        "Posted: March 9, 2026",
    ],
)
def test_closed_dek_over_posted_stamp_is_header(stamp: str) -> None:
    rows = turn_rows(_POSTED.format(stamp=stamp))
    assert rows[0][0] == "other"
    assert rows[0][2].startswith("Housing Minister Gregor Robertson says")
