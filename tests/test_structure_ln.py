"""Small cases for batch LN: a president.gov.ua lead that names the interviewer after her show
("Розмову вела журналістка програми «…» Ім'я Прізвище.") names "Журналістка:"; a cable
anchor's set-up and the cued clip before "X is with us now" are a cold open's statements; the
editor's "Below is the transcript of the interview." on its own line under the lead is no part
of the introduction; a dated photo caption whose stop lost its space to the credit ("… 2025.Jane
Roe / AP") is its own row between two turns; a radio host's "We are joined now by … . …, great
to have you with us again." under "QUESTION:" asks nothing; a press secretary's "We'll
take two more for Scott." between the guest's answers calls the last questions."""

import pytest

from structure_support import turn_rows

_UA = (
    "Президент України Володимир Зеленський\n"
    "Інтерв'ю Президента України Володимира Зеленського телеканалу NHK\n"
    "4 березня 2025 - 11:20\n"
    "\n"
    "Президент України Володимир Зеленський дав інтерв'ю японському телеканалу NHK. "
    "Розмову вела журналістка {show} Марія Танака.\n"
    "\n"
    "Журналістка: Пане Президенте, чи вірите Ви, що війна закінчиться цього року?\n"
    "\n"
    "Президент: Я вірю, що ми можемо досягти справедливого миру. Але це залежить не лише "
    "від нас.\n"
    "\n"
    "Журналістка: Що ще потрібно Україні від Японії?\n"
    "\n"
    "Президент: Перш за все – підтримка енергетики та розмінування.\n"
)


@pytest.mark.parametrize("show", ["програми «Ньюс 9»", "«Ньюс 9»", ""])
def test_lead_names_interviewer_after_her_show(show: str) -> None:
    rows = turn_rows(_UA.format(show=show).replace("  ", " "))
    asked = [r for r in rows if r[0] == "question"]
    assert len(asked) == 2
    assert all(r[1] == "Марія Танака" for r in asked)


_FOX = (
    'This is a rush transcript from "Morning Desk," March 4, 2025. This copy may not be in '
    "its final form and may be updated.\n"
    "\n"
    "JANE ROE, FOX NEWS ANCHOR: Four days until the deadline, and no deal in sight. Here was "
    "the minority leader last night.\n"
    "\n"
    "(BEGIN VIDEO CLIP)\n"
    "\n"
    "SEN. PAT GREEN (D-OR): We will not sign a blank check. That's our position.\n"
    "\n"
    "(END VIDEO CLIP)\n"
    "\n"
    "ROE: Kansas Congressman Tom Black {intro}, member of the Budget Committee. Good morning.\n"
    "\n"
    "REP. TOM BLACK (R-KS): Good morning, Jane.\n"
    "\n"
    "ROE: So who blinks first?\n"
    "\n"
    "BLACK: Well, we passed a clean bill. The rest is up to them.\n"
    "\n"
    "ROE: And if it goes past Friday?\n"
    "\n"
    "BLACK: I hope it doesn't happen. But we'll be ready.\n"
)


@pytest.mark.parametrize("intro", ["is with us now", "is with us this morning"])
def test_cold_open_before_guest_is_with_us_now(intro: str) -> None:
    rows = turn_rows(_FOX.format(intro=intro))
    assert [r[0] for r in rows[:2]] == ["statement", "statement"]
    assert rows[1][1] == "Pat Green"
    assert [r[0] for r in rows[-4:]] == ["question", "answer", "question", "answer"]


_CBS = (
    "CBS News\n"
    'Transcript: Union chief Dana Cole on "Evening News"\n'
    "\n"
    "By Jane Roe\n"
    "Updated on: July 17, 2025 / 9:05 PM EDT / CBS News\n"
    "\n"
    'Dana Cole, president of the National Nurses Union, spoke with "Evening News" anchor '
    "John Park on Thursday about staffing shortages at hospitals across the country.\n"
    "\n"
    "{editor}\n"
    "\n"
    "JOHN PARK: Ms. Cole, thanks for being with us.\n"
    "\n"
    "DANA COLE: Thank you for having me, John.\n"
    "\n"
    "PARK: How short are you?\n"
    "\n"
    "COLE: Nationally we're about 30,000 nurses below where we need to be.\n"
)


@pytest.mark.parametrize(
    "editor",
    [
        "Below is the transcript of the interview.",
        "Below is the full transcript of the interview, which has been lightly edited for clarity.",
    ],
)
def test_editor_line_under_lead_is_trimmed(editor: str) -> None:
    rows = turn_rows(_CBS.format(editor=editor))
    assert rows[0][0] == "other" and rows[0][1] is None
    assert rows[0][2].startswith("Dana Cole, president")
    assert rows[0][2].endswith("across the country.")


_NBC = (
    "TOM PARK: What is the situation tonight?\n"
    "\n"
    "GOV. ANA REYES: We're at 18% containment. Thursday is the day I'm worried about.\n"
    "\n"
    "PARK: What's your message to those who won't leave?\n"
    "\n"
    "REYES: Please go. Firefighters cannot protect a house and rescue a family at once.\n"
    "\n"
    "{caption}\n"
    "PARK: Is the federal help getting here fast enough?\n"
    "\n"
    "REYES: The declaration came through in 36 hours. Where we're still short is aircraft.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "A plume rises over the hills near Taos, N.M., on May 19, 2025.Jane Roe / AP",
        "A plume rises over the hills near Taos, N.M., on May 19, 2025. Jane Roe / AP",
    ],
)
def test_dated_caption_with_glued_credit_is_its_own_row(caption: str) -> None:
    rows = turn_rows(_NBC.format(caption=caption))
    answers = [r for r in rows if r[0] == "answer"]
    assert answers[1][2].endswith("rescue a family at once.")
    assert ("other", None, caption) in rows


_STATE = (
    "Secretary of State Marco Rubio With Jane Roe and John Doe of The Morning Show\n"
    "INTERVIEW\n"
    "MARCO RUBIO, SECRETARY OF STATE\n"
    "JUNE 10, 2025\n"
    "QUESTION: {welcome}\n"
    "\n"
    "SECRETARY RUBIO: Thanks for having me. Always good to be with you.\n"
    "\n"
    "QUESTION: What actually happened in the talks this week?\n"
    "\n"
    "SECRETARY RUBIO: There was a break, and we resumed the next morning.\n"
)


@pytest.mark.parametrize(
    "welcome",
    [
        "We are joined now by the Secretary of State, Marco Rubio. Madam Secretary, great to "
        "have you with us again.",
        "We're joined by the Secretary of State. Good to have you with us.",
    ],
)
def test_radio_host_bringing_guest_in_asks_nothing(welcome: str) -> None:
    rows = turn_rows(_STATE.format(welcome=welcome))
    assert [r[0] for r in rows] == ["other", "answer", "question", "answer"]


_WH = (
    "MS. LEAVITT: Good afternoon, everybody. The Director will take a few questions.\n"
    "\n"
    "MR. BESSENT: Thanks, Karoline. The numbers are strong. Happy to take questions.\n"
    "\n"
    "Q Thanks, Scott. Will rates come down?\n"
    "\n"
    "MR. BESSENT: I'll say the data support a cut.\n"
    "\n"
    "MS. LEAVITT: {call}\n"
    "\n"
    "Q Thank you. Is a trade deal coming?\n"
    "\n"
    "MR. BESSENT: We're very optimistic.\n"
)


@pytest.mark.parametrize(
    "call", ["We'll take two more for Scott.", "We'll take one more.", "Let's take two more."]
)
def test_press_secretary_calls_last_questions_for_guest(call: str) -> None:
    rows = turn_rows(_WH.format(call=call))
    row = next(r for r in rows if r[2] == call)
    assert row[0] == "other"
