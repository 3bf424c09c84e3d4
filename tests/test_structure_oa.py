"""Small cases for batch OA (round 53): kremlin.ru's photo caption under the date and place
with no gallery counter above it ("The Kremlin, Moscow" / "With … Oleg Belozerov." / the
lead) is the page's, not the intro's; and the editor's pointer to an earlier story under the
last answer of a label-less Q&A scraped one paragraph a line ("Нагадаємо, раніше Суспільне
Полтава писало, що …") is the page's too."""

import pytest

from structure_support import turn_rows

_KREMLIN = (
    "President of Russia\n"
    "Events\n"
    "News\n"
    "Transcripts\n"
    "Meeting with Head of Federal Grid Company Pavel Livinsky\n"
    "March 4, 2025\n"
    "15:20\n"
    "The Kremlin, Moscow\n"
    "{caption}"
    "Vladimir Putin had a working meeting with Head of the Federal Grid Company Pavel Livinsky. "
    "He reported on the repair campaign and preparations for the autumn and winter period.\n"
    "* * *\n"
    "Vladimir Putin: Mr Livinsky, let us begin with the repairs. How are things going?\n"
    "Pavel Livinsky: Mr President, the repair campaign is going according to plan. We have "
    "completed work on 140 substations.\n"
    "Vladimir Putin: And what about the new lines in the south? Are the deadlines kept?\n"
    "Pavel Livinsky: Yes, the construction is on schedule, and the lines will be in operation "
    "by December.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "With Head of the Federal Grid Company Pavel Livinsky.\n",
        "",
    ],
)
def test_kremlin_en_with_caption_under_place_is_no_intro(caption: str) -> None:
    rows = turn_rows(_KREMLIN.format(caption=caption))
    assert rows[0][0] == "other"
    assert rows[0][1] is None
    assert rows[0][2].startswith("Vladimir Putin had a working meeting")
    assert [(label, speaker) for label, speaker, _ in rows[1:]] == [
        ("question", "Vladimir Putin"),
        ("answer", "Pavel Livinsky"),
        ("question", "Vladimir Putin"),
        ("answer", "Pavel Livinsky"),
    ]


_SUSPILNE = (
    "Суспільне Черкаси\n"
    "Новини   Черкаси   Умань   Сміла   Відео\n"
    "Головне\n"
    '"Вода буде в кожному домі": інтерв\'ю з міським головою Черкас\n'
    "12 квітня 2025, 09:30\n"
    "Поділитися\n"
    "Як місто готується до літа і що буде з водопостачанням, розповів Суспільному міський "
    "голова Черкас Анатолій Бондаренко.\n"
    "**Пане Анатолію, почнімо з водоканалу. Скільки насосних станцій уже відновили?**\n"
    "Станом на сьогодні ми відновили дев'ять станцій із дванадцяти. Решту завершимо до "
    "травня.\n"
    "**Скільки коштів потрібно на ремонт мереж?**\n"
    "За нашими підрахунками, близько 200 мільйонів гривень. Частину дає державний бюджет.\n"
    "**Чи будуть відключення води влітку?**\n"
    "Я не можу дати гарантій. Але ми робимо все, щоб місто мало воду за будь-яких умов.\n"
    "**Що б ви порадили мешканцям?**\n"
    "Мати запас питної води на кілька днів. Це проста річ, але вона рятує.\n"
    "{pointer}"
    "Новини Черкас — у Telegram та Viber\n"
    "Теги: Черкаси, Анатолій Бондаренко, вода\n"
)


@pytest.mark.parametrize(
    "pointer",
    [
        "Нагадаємо, раніше Суспільне Черкаси писало, що в місті ремонтують 40 км мереж.\n",
        "Нагадаємо, раніше ми писали, що в місті ремонтують 40 км мереж.\n",
        "",
    ],
)
def test_line_scraped_qa_earlier_story_pointer_is_the_pages(pointer: str) -> None:
    rows = turn_rows(_SUSPILNE.format(pointer=pointer))
    answers = [(speaker, body) for label, speaker, body in rows if label == "answer"]
    assert len(answers) == 4
    assert answers[-1] == (
        "Анатолій Бондаренко",
        "Мати запас питної води на кілька днів. Це проста річ, але вона рятує.",
    )
