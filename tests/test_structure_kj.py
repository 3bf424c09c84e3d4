"""Small cases for the KJ round (naming stress): two hosts as a plural subject before "talk to"
("Siblings Jess and Tom Abernathy talk to …") both ask, and the family word is no given name; a
presenter's box under the show ("PRESENTER" / "Martin "Marty" Keogh has presented …") names the
nickname label and is no one's words; a show's credit with an adverb ("… is produced
independently by …") is trailing; a priest's "Отець Василь:" is the lead's full name; a
senator's label under "член Совета Федерации, сенатор от … Елена Перминова" is she, never the
council; a town in capitals alone under the date line ("SWANSEA"), and a date line that carries
the page's view and comment icons ("18 февраля 2025, 09:40   👁 1 284   💬 7") over the town."""

import pytest

from structure_support import run, spoken_rows, turn_rows


@pytest.mark.parametrize("family", ["Siblings ", "Twins ", ""])
def test_pair_before_talk_to_are_the_hosts(family: str) -> None:
    text = (
        "Groundwork — the allotment podcast\n\n"
        "Episode 112: No-dig on clay, with Priya Venkataraman\n\n"
        f"{family}Jess and Tom Abernathy talk to soil scientist Priya Venkataraman about clay.\n\n"
        "Jess: Hello and welcome. I'm Jess, and my brother Tom is here.\n\n"
        "Tom: Extremely muddy. I came straight from plot 14.\n\n"
        "Jess: Priya, is no-dig a myth on clay?\n\n"
        "Priya: It's not a myth, but it's slower than the Instagram version, honestly.\n\n"
        "Tom: So what would you do on a brand-new plot? Because that's most of the emails.\n\n"
        "Priya: Start small. One bed, cardboard down, and plant into it straight away.\n\n"
        "Tom: Last one from the mailbag. Graham asks whether he should still lime his beds.\n\n"
        "Priya: Test first. A cheap kit from the garden centre will do.\n\n"
        "Groundwork is produced independently by Jess and Tom Abernathy. Music by Kestrel Lane.\n"
    )
    rows = spoken_rows(text)
    assert [r[:2] for r in rows[3:]] == [
        ("answer", "Priya Venkataraman"),
        ("question", "Tom Abernathy"),
        ("answer", "Priya Venkataraman"),
        ("question", "Tom Abernathy"),
        ("answer", "Priya Venkataraman"),
    ]
    assert rows[0][1] == "Jess Abernathy"
    assert rows[-1][2].endswith("will do.")


@pytest.mark.parametrize("heading", ["PRESENTER", "About the presenter"])
def test_presenter_box_names_nickname_label(heading: str) -> None:
    text = (
        "Brackenfield FM\n\n"
        "Flood season and your health: GP Dr Adaeze Okoro on the breakfast show\n\n"
        "Local GP Dr Adaeze Okoro joined the breakfast show to answer listeners' questions.\n\n"
        "Marty: Good morning, and with me is Dr Okoro. Doctor, thanks for coming in.\n\n"
        "Dr Okoro: Morning, Marty. It's a pleasure.\n\n"
        "Marty: Is it safe to be living there?\n\n"
        "Dr Okoro: It depends on the house. A wall can feel dry and still hold water.\n\n"
        "Marty: Dr Okoro, thank you so much.\n\n"
        "Dr Okoro: Thank you, Marty, and thank you to everyone who's been out with the mops.\n\n"
        "Marty in the Morning is on weekdays from 7am.\n\n"
        f"{heading}\n"
        'Martin "Marty" Keogh has presented the breakfast show since 2016. Before that he '
        "drove the number 590 bus for eleven years.\n"
    )
    rows = spoken_rows(text)
    assert [r[1] for r in rows] == ["Martin Keogh", "Adaeze Okoro"] * 3
    assert rows[-1][2].endswith("out with the mops.")


@pytest.mark.parametrize(
    ("label", "lead", "who"),
    [
        (
            "Отець Василь",
            "ми поговорили з настоятелем храму отцем Василем Гаврилюком",
            "Василь Гаврилюк",
        ),
        ("Отец Сергий", "мы поговорили с настоятелем храма отцом Сергием Беловым", "Сергий Белов"),
    ],
)
def test_priest_title_and_given_name_label(label: str, lead: str, who: str) -> None:
    caption = f"{label} {who.split()[1]}. Фото автора"
    text = (
        "Коломийські вісті\n\nРіздво у громаді\n\nМар'яна ГРИЦЮК, Коломия\n06.01.2025 | 14:20\n\n"
        f"{caption}\n\nНапередодні свята {lead} про те, як громада зустрічає Різдво.\n\n"
        "Кор.: Отче, як змінилося Різдво в парафії?\n\n"
        f"{label}: Стало тихішим і водночас глибшим. Люди приходять, бо потребують.\n\n"
        "Кор.: Чи варто колядувати?\n\n"
        f"{label}: Варто, але з розумом. Коляда — це наша молитва.\n"
    )
    assert [r[:2] for r in spoken_rows(text) if r[0] == "answer"] == [("answer", who)] * 2


def test_russian_post_after_remit_names_holder_closing_clause() -> None:
    text = (
        "Радио «Вологда-Волна»\n\nСенатор о льготной ипотеке\n\n20 марта 2025 года, Вологда\n\n"
        "Гостем программы стала член Совета Федерации, сенатор от Вологодской области Елена "
        "Перминова. Говорили о сельской ипотеке.\n\n"
        "Ведущая: Добрый день. Елена Александровна, здравствуйте.\n\n"
        "Сенатор: Здравствуйте, рада снова быть у вас.\n\n"
        "Ведущая: Сельская ипотека есть, а семьи в районы не едут. Почему?\n\n"
        "Сенатор: Потому что ипотека — это только жильё. Нужны садик, школа и работа.\n"
    )
    assert {r[1] for r in turn_rows(text) if r[0] == "answer"} == {"Елена Перминова"}


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("Interview by Gareth Pryce\nMonday, 9 June 2025\n\nSWANSEA\n", "Swansea"),
        ("Ольга БЕЛОУСОВА\n18 февраля 2025, 09:40   👁 1 284   💬 7\n\nКаменск-Уральский\n", None),
    ],
)
def test_town_alone_under_date_line(head: str, place: str | None) -> None:
    body = (
        "Q: Why did you move here? What brought you?\n\nA: Partly love, partly the hospital.\n"
        if place
        else "Корр.: Почему дома остались без отопления?\n\nАндрей Зуев: Лопнула труба на "
        "Заводской, в Каменске-Уральском это старая сеть.\n"
    )
    lead = (
        "Dr Marta Kowalski, the new lead at Morriston Hospital, on corridor care.\n\n"
        if place
        else "Директор предприятия Андрей Зуев рассказал, что изменится в Каменске-Уральском.\n\n"
    )
    text = f"Herald\n\nA headline for the page\n\n{head}\n{lead}{body}"
    assert run(text).meta.place == (place or "Каменск-Уральский")
