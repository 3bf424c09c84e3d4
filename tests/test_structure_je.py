"""Small cases for the JE fixer: the EU's site banner ("An official website of the European
Union How do you know?") is the page's and a "Doorstep by …" title gives its one person the
unlabelled opening remarks; a phone-in caller who says "мене звуть …" is named by it; a press
office's contact box, GOV.UK's "Updates to this page" foot, Radio Svoboda's opinions disclaimer
and ria.ru's comment widget are no part of the last turn; a newsmaker who answers reporters'
shouted questions before the anchor comes in answers, no linking presenter's statements."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import spoken_rows

_DOORSTEP = (
    "Skip to main content\n"
    "An official website of the European Union How do you know?\n"
    "Council of the European Union\n"
    "Home  Press  Press releases\n"
    "Doorstep by President Maria Lindqvist ahead of the Foreign Affairs Council, 14 April 2025\n"
    "Statements and remarks\n"
    "14 April 2025\n"
    "08:45\n"
    "Luxembourg\n"
    "Good morning. Today ministers will discuss Georgia and the Western Balkans, and we will "
    "take stock of our support to Ukraine. I expect a useful exchange. Thank you.\n"
    "Question: Will there be new sanctions today?\n"
    "Maria Lindqvist: Not today. The work continues at the level of ambassadors, and I expect "
    "an agreement before the summit.\n"
)


def test_eu_banner_and_doorstep_title_give_the_opening() -> None:
    rows = spoken_rows(_DOORSTEP)
    assert [(r[0], r[1]) for r in rows] == [
        ("statement", "Maria Lindqvist"),
        ("question", None),
        ("answer", "Maria Lindqvist"),
    ]
    assert rows[0][2].startswith("Good morning.")


def test_caller_named_by_spoken_introduction() -> None:
    text = (
        "Ведуча: Добрий вечір, в ефірі програма «Гроші». У студії економіст Андрій Бойко. "
        "Пане Андрію, вітаю.\n"
        "Андрій Бойко: Добрий вечір.\n"
        "Ведуча: Що буде з цінами на хліб восени?\n"
        "Андрій Бойко: Ціни зростуть, але не різко. Урожай цього року непоганий.\n"
        "Ведуча: У нас дзвінок. Слухаю вас.\n"
        "Слухачка: Добрий день, мене звуть Галина, я з Полтави. Чи варто купувати борошно "
        "про запас?\n"
        "Андрій Бойко: Пані Галино, ні, дефіциту не буде.\n"
    )
    rows = spoken_rows(text)
    assert ("question", "Галина") in [(r[0], r[1]) for r in rows]


_LAST = (
    "Speaker: We have worked very closely with our partners over the last days, we have "
    "listened to their concerns about energy prices, and the Commission has made concrete "
    "proposals. I think there is a good basis for an agreement, and I will take the plan "
    "forward with our partners over the coming weeks and months. Thank you all very much."
)


@pytest.mark.parametrize(
    "foot",
    [
        # a press office's contact box over its links
        "Press contacts\nJan Peeters\nSpokesperson for the President\n+32 2 281 00 00\n"
        "Visit the meeting page\nMeeting information",
        # GOV.UK's foot
        "Updates to this page\nPublished 2 March 2025\nSign up for emails or print this page\n"
        "Is this page useful?\nMaybe",
        # Radio Svoboda's disclaimer over its comments box
        "Думки, висловлені в рубриці, передають погляди самих авторів і не конче відображають "
        "позицію редакції\nКоментарі\nЩоб коментувати, будь ласка, увійдіть",
        # ria.ru's tags over its comment widget
        "Экономика\nРоссия\nВсе комментарии\nНовое первыми\n"
        "Чтобы участвовать в дискуссии, авторизуйтесь или зарегистрируйтесь",
    ],
)
def test_page_foot_is_not_the_last_turn(foot: str) -> None:
    text = "Host: Is there a plan?\n" + _LAST + "\n" + foot + "\n"
    assert text[: trailing_start(text)].endswith("Thank you all very much.")


def test_contact_box_with_prose_below_stays() -> None:
    # A sentence under the heading is no contact box: nothing is cut.
    text = (
        "Host: Who do I call?\nSpeaker: Press contacts\nare listed on our site, and you "
        "can write to us at any time. We answer every message.\n"
    )
    assert trailing_start(text) == len(text.rstrip())


def test_newsmaker_answering_shouted_questions_answers() -> None:
    text = (
        "[10:00:08]\n(JOINED IN PROGRESS)\n"
        "JANE DOE, GOVERNOR OF OHIO: -- and we are going to get those roads open by the "
        "weekend, every one of them.\n"
        "UNIDENTIFIED REPORTER: Governor, will you call in the National Guard?\n"
        "DOE: We have not ruled it out. The Guard is ready if the counties ask for it.\n"
        "JOHN ROE, CNN ANCHOR: All right, you've been listening to the governor there. "
        "Let's bring in our correspondent, Ann Poe. Ann, what is the latest?\n"
        "ANN POE, CNN CORRESPONDENT: John, the roads are still closed in four counties.\n"
    )
    rows = spoken_rows(text)
    assert [(r[0], r[1]) for r in rows][:3] == [
        ("statement", "Jane Doe"),
        ("question", None),
        ("answer", "Jane Doe"),
    ]
