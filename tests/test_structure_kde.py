"""Small cases found by the final-check batches KD–KE: a Ukrinform author's line under the date
("Ірина Гаврилюк, Київ"), signed again under the text, names a person and her town (the
place), never a place "Ірина Гаврилюк"."""

import pytest

from structure_support import run, turn_rows

PAGE = (
    "Укрінформ\nЕкономіка\n"
    "Сергій Кисленко, голова правління: Відключень за графіками цієї весни вже не буде\n"
    "18.02.2025 10:30\n"
    "{byline}\n\n"
    "Про те, як область пережила зимові атаки на енергосистему, розповів голова правління "
    "компанії Сергій Кисленко.\n\n"
    "Укрінформ: Сергію Петровичу, якою була ця зима для компанії?\n\n"
    "Кисленко: Найважчою за всю історію, без перебільшення.\n\n"
    "Укрінформ: Чи будуть відключення навесні?\n\n"
    "Кисленко: За графіками — ні, якщо не буде нових масованих атак.\n\n"
    "{signature}\n"
)


@pytest.mark.parametrize(
    ("byline", "signature", "place"),
    [
        # the author's line signed again under the text: her town is the place (check Q,
        # Ukrinform's closing "Name, Town" signature), never her name
        ("Ірина Гаврилюк, Київ", "Ірина Гаврилюк, Київ", "Київ"),
        ("Ірина Гаврилюк, Одеса", "Ірина Гаврилюк, Одеса", "Одеса"),
        # a town line under the date, not repeated: still the place
        ("Київ, Україна", "Ірина Гаврилюк", "Київ"),
    ],
)
def test_author_line_under_the_date_is_no_place(
    byline: str, signature: str, place: str | None
) -> None:
    assert run(PAGE.format(byline=byline, signature=signature)).meta.place == place


# ---- the page's furniture under the last turn and over the first ---------------------------

CLOSE = (
    "Transcript\n\nHOST NAME: Ms. Doe, what happens to the river towns next spring then?\n\n"
    "JANE DOE: They will flood again unless the maps are updated and the money comes first.\n\n"
    "HOST NAME: Jane Doe, thank you.\n{tail}"
)


@pytest.mark.parametrize(
    "tail",
    [
        # a radio page's credit naming the medium, then its footer
        "\nAudio produced by Ines Colabrese.\n\nStandards and Practices|About News\n",
        # a cable page's rail, its section named and a dash for the colon
        "\nUp Next in Politics—\nThe President signs an order on schools\nMarch 15, 2025\n",
    ],
)
def test_credit_and_rail_under_the_last_turn_are_the_pages(tail: str) -> None:
    rows = turn_rows(CLOSE.format(tail=tail))
    assert rows[-1][2] == "Jane Doe, thank you."


def test_bare_comments_head_over_the_popular_box_ends_the_text() -> None:
    text = (
        "Радио Свобода\nИван Петров\n22 апреля 2025\n"
        "Иван Петров: Добрый вечер, у нас в студии экономист Анна Смирнова. Что с бюджетом?\n"
        "Анна Смирнова: Дефицит большой, но пока не катастрофический, запас ещё есть.\n"
        "Иван Петров: Спасибо. Мы продолжим этот разговор в следующих выпусках.\n"
        "Комментарии\nПопулярное\n"
    )
    assert turn_rows(text)[-1][2] == "Спасибо. Мы продолжим этот разговор в следующих выпусках."


LEAD = (
    "Radio One\nThe Morning\n{head}\n\n"
    "As rivers rise across the region for the third spring in a row, some small towns are "
    "asking whether to rebuild. Jane Host spoke with Mayor Ann Roe.\n\n"
    "Jane Host: Mayor Roe, what does the river look like this morning?\n\n"
    "Ann Roe: It's high, and it's still coming up, and forty families have left their homes.\n\n"
    "Jane Host: Some of those families have been offered buyouts. Why not take them?\n\n"
    "Ann Roe: Because the buyout is based on what the house is worth now, in a flood zone.\n\n"
    "Jane Host: Mayor Roe, thank you.\n"
)


@pytest.mark.parametrize(
    ("head", "starts"),
    [
        # the masthead's title over the site's "Menu" button, a starred editor's note below
        (
            "Spring floods are getting worse. Can towns keep rebuilding?\nMenu\n"
            "The Morning · Q&A\nPosted: Apr 22, 2025 4:00 AM EDT\n\n"
            "*This transcript has been edited for length and clarity.",
            "As rivers rise",
        ),
        # no menu between: the headline that asks keeps starting the intro (older pages)
        ("Spring floods are getting worse. Can towns keep rebuilding?\nApril 22, 2025", "Spring"),
    ],
)
def test_masthead_title_over_the_menu_is_no_intro(head: str, starts: str) -> None:
    first = turn_rows(LEAD.format(head=head))[0]
    assert first[0] == "other" and first[2].startswith(starts)


@pytest.mark.parametrize(
    "head",
    [
        # the headline that asks is the only sentence over the first label, a dek under it
        "Доходы падают, налоги растут. Что ждёт экономику России летом?\n"
        "Экономисты Илья Ракитин и Мария Лебедева – о бюджете и ценах\nВидеоверсия программы",
        # a programme page's "Summary" section over its "Transcript" heading
        "Summary\nJane Host speaks with Rep. Ann Roe about the tariff fallout in Virginia.\n\n"
        "Transcript\n\nThis is a rush transcript. This copy may not be in its final form.",
    ],
)
def test_no_intro_turn_from_the_pages_own_header(head: str) -> None:
    text = (
        f"Site\n22 April 2025\n{head}\n\n"
        "Jane Host: Good evening. Joining me now is Ann Roe. Thanks for being here tonight.\n\n"
        "Ann Roe: Thanks for having me, it is good to be back on the programme.\n\n"
        "Jane Host: What are people at the port telling you about the tariffs this week?\n\n"
        "Ann Roe: They don't know what next month looks like, and neither does anyone else.\n\n"
        "Jane Host: Ann Roe, thank you for your time tonight.\n"
    )
    rows = turn_rows(text)
    assert rows[0][1] == "Jane Host"


@pytest.mark.parametrize(
    ("opening", "asker"),
    [
        # a greeting and an address, then the introduction
        ("Hi, Mr. Secretary. Humeyra Pamuk with Reuters.", "Humeyra Pamuk"),
        ("Good morning, Mr. Secretary, Dana Ruiz, Reuters.", "Dana Ruiz"),
        # a greeting and an address, then no introduction: nobody named
        ("Hi, Mr. Secretary. Does the alliance agree with you?", None),
    ],
)
def test_greeting_and_address_before_an_introduction(opening: str, asker: str | None) -> None:
    text = (
        "Secretary Rubio's Remarks to Press\n\nBrussels, Belgium\n\nApril 3, 2025\n\n"
        "SECRETARY RUBIO: Good afternoon. We had productive meetings with allies today, and I "
        "will take a few questions.\n\n"
        "MS BRUCE: First question.\n\n"
        f"QUESTION: {opening} What did you tell the allies about spending targets?\n\n"
        "SECRETARY RUBIO: That five percent is the goal, and that we expect progress on it.\n"
    )
    rows = [r for r in turn_rows(text) if r[0] == "question"]
    assert rows[0][1] == asker
