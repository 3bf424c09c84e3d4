"""Small cases for batch MC (UN, EU Commission, ABC Australia, RIA, Radio Svoboda): a photo
caption glued to its "©" credit between dashed turns is the page's; an institution's tag with
"им." and initials closes the tag column; a bare "Credits" heading over "Presenter:" role lines
trails; a journalist listed among a programme's discussants is a guest, who answers; "We start
with <name>, <outlet>." calls the next unnamed asker; the EU's slash date is day first, its
"Location:" town before a dash and the room; a video page's date-led summary dates the page,
"United Nations, New York" under it placing it."""

import pytest

from rhetoscope.structure.furniture import _WIRE_CREDIT
from rhetoscope.structure.metadata import extract
from structure_support import turn_rows

_RIA = (
    "РИА Новости\n"
    "Интервью\n"
    "Ректор: студенты все чаще выбирают инженерные специальности\n"
    "12:00 03.10.2025\n"
    "Ректор МАИ Иван Соколов рассказал в интервью РИА Новости о наборе этого года. Беседовала "
    "Ольга Миронова.\n"
    "— Иван Петрович, конкурс вырос?\n"
    "— Да, вырос почти вдвое. Ребята понимают, что инженер сегодня востребован.\n"
    "{caption}"
    "— А преподавателей хватает?\n"
    "— Хватает, хотя это непросто. Помогают предприятия.\n"
    "— Что посоветуете абитуриентам?\n"
    "— Учить математику. Остальное приложится.\n"
    "Образование\n"
    "Москва\n"
    "{tag}\n"
    "Добавить в избранное\n"
    "Комментарии\n"
    "Популярное\n"
)


@pytest.mark.parametrize(
    ("caption", "tag"),
    [
        ("Ректор МАИ Иван Соколов© РИА Новости / Илья Питалев\n", "МАИ им. С. Орджоникидзе"),
        ("Ректор МАИ Иван Соколов © РИА Новости / Илья Питалев\n", "МАИ"),
        ("", "МГТУ им. Н. Э. Баумана"),
    ],
)
def test_glued_copyright_caption_and_abbreviated_tag(caption: str, tag: str) -> None:
    rows = turn_rows(_RIA.format(caption=caption, tag=tag))
    answers = [body for label, _, body in rows if label == "answer"]
    assert len(answers) == 3
    assert answers[0].endswith("инженер сегодня востребован.")
    assert answers[-1] == "Учить математику. Остальное приложится."


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Ректор Иван Соколов© РИА Новости / Илья Питалев", True),
        ("Министр на заводе © ТАСС / Сергей Бобылев", True),
        ("Мы это видим: 20/30 процентов.", False),
    ],
)
def test_glued_copyright_credit(line: str, credit: bool) -> None:
    assert (_WIRE_CREDIT.search(line) is not None) is credit


_ABC = (
    "The World Today\n"
    "Housing target slips again\n"
    "Broadcast Tue 4 Nov 2025 at 12:00pm\n"
    "JANE DOYLE: The Government's housing target is slipping. Minister, welcome.\n"
    "TOM HARDING: Thanks, Jane.\n"
    "JANE DOYLE: Will you meet the target?\n"
    "TOM HARDING: We will get as close as we can. Supply is improving.\n"
    "JANE DOYLE: The Housing Minister, Tom Harding.\n"
    "Credits\n"
    "Presenter: Jane Doyle\n"
    "Producer: Sam Whitlock\n"
)


def test_credits_heading_over_role_lines_trails() -> None:
    rows = turn_rows(_ABC)
    assert rows[-1][2] == "The Housing Minister, Tom Harding."
    assert all("Producer" not in body for _, _, body in rows)


_SVOBODA = (
    "Радио Свобода\n"
    "Программы  Лицом к событию\n"
    "{headline}\n"
    "Михаил Соколов\n"
    "14 ноября 2025\n"
    "Поделиться   Печать\n"
    "Тарифы на тепло растут быстрее инфляции. Почему? Обсуждают экономист Игорь Лапин и "
    "журналист из Омска Павел Руднев.\n"
    "Михаил Соколов: Добрый вечер. Игорь, почему тарифы растут?\n"
    "Игорь Лапин: Потому что сети изношены, а ремонт дорожает каждый год.\n"
    "Михаил Соколов: Павел, а как в Омске?\n"
    "Павел Руднев: В Омске счета выросли на четверть. Люди злятся.\n"
    "Михаил Соколов: А что говорят власти?\n"
    "Павел Руднев: Говорят, что все под контролем. Но денег на ремонт нет.\n"
)


@pytest.mark.parametrize(
    "headline", ["Почему тепло дорожает быстрее зарплат?", "Почему тепло дорожает быстрее зарплат"]
)
def test_journalist_among_discussants_answers(headline: str) -> None:
    rows = turn_rows(_SVOBODA.format(headline=headline))
    assert rows[0][:2] == ("other", None)
    assert [label for label, who, _ in rows if who == "Павел Руднев"] == ["answer", "answer"]


_EC = (
    "European Commission - Audiovisual Service\n"
    "Press conference by Maria KOVAC, European Commissioner, on the housing plan\n"
    "Date: 05/06/2025\n"
    "Location: Brussels - EC/Berlaymont, press room\n"
    "\n"
    "Moderator (Paula Pinho): Good afternoon. The Commissioner will say a few words first.\n"
    "Commissioner Kovac: Thank you, Paula. Today we present our first plan for housing.\n"
    "Moderator (Paula Pinho): Thank you. We start with Tom Lindgren, Politico.\n"
    "Question: Thank you. Is the money new, or is it reshuffled?\n"
    "Commissioner Kovac: It is new money, from the next budget.\n"
)


def test_first_call_and_eu_date_and_place() -> None:
    rows = turn_rows(_EC)
    assert rows[3][:2] == ("question", "Tom Lindgren")
    found = extract(_EC)
    assert (found.date, found.place) == ("2025-06-05", "Brussels")


_UNTV = (
    "UN Web TV\n"
    "Media Stakeout\n"
    "Joint media stakeout by Norway and Chile on climate and security\n"
    "Transcript\n"
    "3 Nov 2025 - Joint media stakeout by H.E. Mr. Lars Berg, Permanent Representative of "
    "Norway to the United Nations, following the Security Council open debate on climate.\n"
    "United Nations, New York\n"
    "\n"
    "Ambassador Lars Berg (Norway): Good afternoon. Climate is a security issue.\n"
)


def test_date_led_summary_dates_and_places() -> None:
    found = extract(_UNTV)
    assert (found.date, found.place) == ("2025-11-03", "New York")
