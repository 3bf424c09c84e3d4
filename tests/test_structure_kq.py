"""Small cases found by blind batch KQ (round 50): a cable transcript's title line closing on
the hour it aired is no label; a page's "TOP" link under the last break trails; a rush
transcript's air date beats the web stamp posted after midnight; a correspondent's signature
flush under the last answer gives the town; a Fox page's byline a blank line over its
"Published" line keeps the dek header."""

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from structure_support import turn_rows

META = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

# ---- a cable transcript's title line and its "TOP" link ----------------------------------

CABLE = (
    "CNN This Morning\n\n"
    "{title}\n\n"
    "Aired March 12, 2025 - 06:00   ET\n\n"
    "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\n"
    "JANE ROE, CNN ANCHOR: Joining me now is Congressman John Doe. Do you have the votes?\n\n"
    "REP. JOHN DOE (R-OH): Good morning, Jane. I think the votes are there by Thursday.\n\n"
    "ROE: Congressman John Doe, thank you very much.\n\n"
    "DOE: Thanks, Jane.\n\n"
    "ROE: Coming up next, a powerful storm system. Stay with us.\n\n"
    "(COMMERCIAL BREAK)\n\n"
    "{tail}"
)


@pytest.mark.parametrize(
    "title",
    [
        'Rep. Doe: "We Are Not Going To Shut The Government Down Over This"; Storm System '
        "Threatens Gulf Coast; Markets React To Tariff Pause. Aired 6-7a ET",
        "Doe: Votes Are There; Storm System Threatens Gulf Coast; Markets React To Tariff "
        "Pause; Measles Outbreak Spreads To Fourth State. Aired 10-10:30a ET",
    ],
)
def test_cable_title_line_is_no_label(title: str) -> None:
    doc = META(read_text(CABLE.format(title=title, tail="")))
    assert doc.meta.date == "2025-03-12"
    rows = [(s.label, s.attrs["speaker"]) for s in doc.layer("turns")]
    assert rows[0] == ("question", "Jane Roe")
    assert len(rows) == 5


@pytest.mark.parametrize("tail", ["TOP\n", "TOP\n\nCNN\n", "Back to top\n"])
def test_top_link_under_the_break_trails(tail: str) -> None:
    title = "Interview With Rep. John Doe (R-OH). Aired 6-7a ET"
    rows = turn_rows(CABLE.format(title=title, tail=tail))
    assert rows[-1][2].endswith("Stay with us.")


# ---- a rush transcript's air date against the web stamp ----------------------------------

FOX = (
    "Gov. Jane Doe on the border fight: 'We will not be bullied'\n\n"
    "The governor joins 'The Evening Show' to discuss the showdown over a detainer.\n\n"
    "By Fox News Staff | Fox News\n\n"
    "{stamp}\n\n"
    "Facebook Twitter Flipboard Comments Print Email\n\n"
    'This is a rush transcript from "The Evening Show," March 5, 2025. This copy may not be '
    "in its final form and may be updated.\n\n"
    "JOHN ROE, FOX NEWS HOST: Joining me now, Governor Jane Doe. What's your reaction?\n\n"
    "JANE DOE: My reaction is that the law was broken.\n\n"
    "ROE: So what are you doing about it?\n\n"
    "DOE: We signed a bill that lets our police hold people on a detainer.\n\n"
    "ROE: Governor Jane Doe, thanks so much for joining us.\n\n"
    "DOE: Thank you, John.\n"
)


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Published March 6, 2025 12:41am EST", "2025-03-05"),  # posted after midnight
        ("Published March 5, 2025 11:48pm EST", "2025-03-05"),
    ],
)
def test_rush_notice_dates_the_broadcast(stamp: str, date: str) -> None:
    doc = META(read_text(FOX.format(stamp=stamp)))
    assert doc.meta.date == date
    # the dek over the byline a blank line above the stamp is the site's: no intro row
    first = doc.layer("turns")[0]
    assert (first.label, first.attrs["speaker"]) == ("question", "John Roe")


# ---- a correspondent's signature flush under the last answer -------------------------------


@pytest.mark.parametrize(("sep", "place"), [("\n", "Вінниця"), ("\n\n", "Вінниця")])
def test_flush_signature_gives_the_town(sep: str, place: str) -> None:
    text = (
        "Укрінформ\nРегіони\n"
        "Ми не закриваємо лікарні\nІнтерв'ю\n03.04.2025 10:15\n"
        "Про реформу розповіла директорка департаменту охорони здоров'я Оксана Гребенюк.\n"
        "**Пані Оксано, лікарні закриють?**\n"
        "Ні, ми змінюємо їхню роль. Складні втручання концентруємо у Вінниці та Гайсині.\n"
        "**Чи вистачає лікарів?**\n"
        "Не вистачає, і я не буду цього приховувати."
        f"{sep}Ольга Будник, Вінниця\nФото: Геннадій Мінченко\n"
    )
    assert META(read_text(text)).meta.place == place
