"""Small cases for the HT round's second pass: a Ukrainian couple's plural surname in a lead's
oblique case, a caption's other spelling of a given name the questions address, a two-word
capitals logo over the site's menu as the outlet's label, a pronoun subject's "talk to" naming
the journalist, a closing bio's role in brackets naming a bare "Chair:", and a nickname in
quotes completing a priest's "Fr" label."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import spoken_rows


@pytest.mark.parametrize(
    ("pair", "first", "second"),
    [
        ("з братами Олегом та Андрієм Мельничуками", "Олег Мельничук", "Андрій Мельничук"),
        ("з подружжям Іриною та Андрієм Марченками", "Ірина Марченко", "Андрій Марченко"),
    ],
)
def test_ukrainian_plural_surname_in_instrumental(pair: str, first: str, second: str) -> None:
    g1, g2 = first.split()[0], second.split()[0]
    text = (
        "ПК | Поліський край\nГоловна  Новини  Люди\n\nЯк двоє вирощують лохину\n"
        "04.04.2025\nАвторка: Світлана Ткачук\n\n"
        f"Ми поїхали до Ушомира, щоб поговорити {pair} про експорт і війну.\n\n"
        "ПК: З чого все почалося?\n\n"
        f"{g2}: Усе почалося з Польщі, де два сезони працювали на фермі.\n\n"
        f"{g1}: Я порахувала, що лохина росте краще, ніж пшениця.\n\n"
        "ПК: Які у вас обсяги?\n\n"
        f"{g2}: Близько тридцяти тонн.\n\n"
        f"{g1}: Цього року розраховуємо на сорок.\n"
    )
    speakers = [r[1] for r in spoken_rows(text)]
    assert speakers == ["Світлана Ткачук", second, first, "Світлана Ткачук", second, first]


@pytest.mark.parametrize(
    ("address", "want"),
    [
        # the questions' (and the lead's) form beats the caption's
        ("Даниил, а вы что помните?", "Даниил Лаптев"),
        # no address: the caption's form stands
        ("А вы что помните?", "Данила Лаптев"),
    ],
)
def test_addressed_spelling_beats_caption(address: str, want: str) -> None:
    text = (
        "Хоккей\n\nОтец и сын Лаптевы: «Дома о хоккее мы не говорим»\n"
        "Текст: Денис Карпов\n\n"
        "Данила Лаптев (слева) и Игорь Лаптев после тренировки. Фото: Анна Щербакова\n\n"
        "Мы встретились с тренером Игорем Лаптевым и его сыном Даниилом.\n\n"
        "Игорь Валерьевич, вы помните, когда он впервые встал на коньки?\n\n"
        "И. Лаптев: Конечно. Ему было три с половиной года.\n\n"
        f"{address}\n\n"
        "Д. Лаптев: Ничего не помню, честно.\n\n"
        "Это правда?\n\n"
        "И. Лаптев: Правда.\n"
    )
    rows = spoken_rows(text)
    assert [r[1] for r in rows if r[0] == "answer"] == ["Игорь Лаптев", want, "Игорь Лаптев"]


_LOGO_PAGE = (
    "CURTAIN CALL\n"
    "News   Reviews   Interviews   Features   Listings   Podcast\n\n"
    "Interviews  ›  Dance\n\n"
    "‘We rehearsed in a bomb shelter’\n"
    "Choreographer Iryna Zaitseva and her husband, composer Maksym Zaitsev, bring Pryvyd to"
    " London. They talk to Hannah Protheroe about exile and tempo\n"
    "By Hannah Protheroe\n3 March 2025\n\n"
    "Curtain Call: How much of the original piece survives?\n\n"
    "Iryna: Almost nothing of the movement, and almost all of the idea.\n\n"
    "Maksym: The music survived better than the dance, I think.\n\n"
    "Curtain Call: How do you collaborate?\n\n"
    "Maksym: Officially, we work together.\n"
)


def test_capitals_logo_over_menu_is_the_outlet() -> None:
    rows = spoken_rows(_LOGO_PAGE)
    assert [(r[0], r[1]) for r in rows] == [
        ("question", "Hannah Protheroe"),
        ("answer", "Iryna Zaitseva"),
        ("answer", "Maksym Zaitsev"),
        ("question", "Hannah Protheroe"),
        ("answer", "Maksym Zaitsev"),
    ]


_EVENT = (
    "Leeds Faiths Forum\n\nTranscript: “Grief in a shared city”\n"
    "Posted on 6 February 2025 by Leeds Faiths Forum\n\n"
    "Rabbi Dr Naomi Lazarus and Fr Patrick “Pat” Duggan, parish priest in Armley, took part."
    " The evening was chaired by our vice-chair.\n\n"
    "Chair: Good evening, everyone. Rabbi, what happens in the first hours?\n\n"
    "Rabbi Lazarus: The phone rings. Volunteers come within the hour.\n\n"
    "Chair: Fr Pat, the Catholic tradition is slower, isn't it?\n\n"
    "Fr Pat: We are famous for taking our time, yes.\n\n"
    "Miriam Feld: What happens when the coroner gets involved?\n\n"
    "Fr Pat: We wait, and we pray with the family while we wait.\n\n"
    "Miriam Feld: Thank you to our speakers. Please do stay for tea.\n\n"
    "[Applause]\n\n"
    "About the speakers\n"
    "Miriam Feld ({role}) is vice-chair of Leeds Faiths Forum and a former head teacher.\n"
)


@pytest.mark.parametrize(("role", "chair"), [("chair", "Miriam Feld"), ("trustee", None)])
def test_bracketed_role_in_closing_bio_names_the_chair(role: str, chair: str | None) -> None:
    rows = spoken_rows(_EVENT.format(role=role))
    assert rows[0][1] == chair
    assert rows[2][1] == chair
    if role == "chair":
        assert [r[0] for r in rows[:4]] == ["question", "answer", "question", "answer"]


def test_quoted_nickname_completes_a_titled_label() -> None:
    rows = spoken_rows(_EVENT.format(role="chair"))
    assert {r[1] for r in rows if r[2].startswith("We ")} == {"Patrick Duggan"}


@pytest.mark.parametrize(
    "line",
    [
        "« Previous post: Interfaith Week 2024 – thank you   |   Next post: Mitzvah Day »",
        "Previous post: Interfaith Week 2024",
    ],
)
def test_arrowed_post_pager_is_furniture(line: str) -> None:
    body = "Chair: Thank you all for coming. Please do stay for tea.\n\n"
    text = body + line + "\n"
    assert trailing_start(text) <= len(body)
