"""Small cases for the HX round: a Federation Council cover that stacks the chair's verb, office
and initials on three lines; a GPO hearing's capitals title repeated above the proceedings; a
contents column's "Page" head under the date; a host's stopped sentence closing on a quoted show
name; an outlet's donation box under the tags at the page's end; a senator's question cut off
by the microphone."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import run, spoken_rows, turn_rows


@pytest.mark.parametrize(
    ("cover", "want"),
    [
        # the verb, the office and the initials each on a line of their own
        (
            "Председательствует\nПредседатель Совета Федерации\nВ.И. МАТВИЕНКО",
            "Валентина Матвиенко",
        ),
        # the verb and the office on one line, the initials below
        ("Председательствует Председатель Совета Федерации\nВ.И. МАТВИЕНКО", "Валентина Матвиенко"),
    ],
)
def test_stacked_chair_lines_name_the_chair(cover: str, want: str) -> None:
    text = (
        "Стенограмма\n\n584 заседание Совета Федерации\n\n16 апреля 2025 года.\n\n"
        f"{cover}\n\n"
        "Председательствующий. Уважаемые коллеги, переходим к «правительственному часу». "
        "Сергей Сергеевич, пожалуйста.\n\n"
        "С.С. Кравцов. Уважаемая Валентина Ивановна! Уважаемые сенаторы! Благодарю за "
        "возможность доложить о работе министерства.\n\n"
        "Председательствующий. Спасибо. Хабибуллин Ринат Гумерович.\n\n"
        "Р.Г. Хабибуллин. Сергей Сергеевич, кто будет контролировать исполнение закона?\n\n"
        "С.С. Кравцов. Ринат Гумерович, контроль осуществляет Рособрнадзор.\n\n"
        "Председательствующий. Спасибо, Сергей Сергеевич.\n"
    )
    chair = {r[1] for r in turn_rows(text) if r[2].startswith(("Уважаемые коллеги", "Спасибо"))}
    assert chair == {want}


_HEARING = (
    "[House Hearing, 119 Congress]\n\n"
    "                      EHR MODERNIZATION: ARE WE READY\n"
    "                       FOR THE NEXT DEPLOYMENT WAVE?\n\n"
    "                         THURSDAY, MAY 8, 2025\n\n"
    "                                                                   Page\n\n"
    "The Honorable Greg Landry, Chairman..............................     1\n\n"
    "{title}\n\n"
    "                                                   Washington, DC.\n"
    "    The subcommittee met, pursuant to notice, at 10:00 a.m., Hon. Greg Landry \n"
    "[chairman of the subcommittee] presiding.\n\n"
    "    Mr. Landry. Good morning. The subcommittee will come to order. I now recognize \n"
    "Mr. Kowalski for 5 minutes.\n"
    "    Mr. Kowalski. Chairman Landry, thank you for the opportunity to testify. The \n"
    "Department has reduced outages by more than 80 percent.\n"
    "    Mr. Landry. Thank you. Mr. Kowalski, how can you commit to 2026 without a \n"
    "schedule?\n"
    "    Mr. Kowalski. Mr. Chairman, we do have a schedule for each wave.\n"
    "    Mr. Landry. Thank you. This hearing is adjourned.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "  EHR MODERNIZATION: ARE WE READY FOR THE NEXT DEPLOYMENT WAVE?",
        "EHR MODERNIZATION: ARE WE READY FOR THE NEXT DEPLOYMENT WAVE?",
    ],
)
def test_repeated_capitals_title_is_no_label(title: str) -> None:
    text = _HEARING.replace("{title}", title)
    rows = spoken_rows(text)
    assert [r[1] for r in rows] == ["Greg Landry", "Mr. Kowalski"] * 2 + ["Greg Landry"]
    assert all(r[1] != "Ehr Modernization" for r in turn_rows(text))
    assert [r[0] for r in rows][:3] == ["statement", "statement", "question"]


def test_contents_page_column_is_no_place() -> None:
    text = _HEARING.replace("{title}", "  EHR MODERNIZATION: ARE WE READY")
    assert run(text).meta.place != "Page"


@pytest.mark.parametrize(
    "line",
    [
        'Senator, welcome back to "Fox News Sunday."',
        "Senator, welcome back to “Meet the Press.”",
    ],
)
def test_stopped_sentence_in_quotes_is_no_subheading(line: str) -> None:
    text = (
        "This is a rush transcript. This copy may not be in its final form.\n\n"
        "SHANNON BREAM, FOX NEWS ANCHOR: I'm Shannon Bream. A dramatic week for markets.\n\n"
        "Joining us now, Montana Republican Senator Grant Whitaker.\n\n"
        f"{line}\n\n"
        "SEN. GRANT WHITAKER (R-MT): Good morning, Shannon. Good to be with you.\n\n"
        "BREAM: Critics say the president blinked. Which is it?\n\n"
        "WHITAKER: This was leverage, not a retreat.\n"
    )
    host = [r for r in turn_rows(text) if r[1] == "Shannon Bream"]
    assert host[0][2].endswith(line)


def test_pull_quote_in_quotes_is_still_page_furniture() -> None:
    text = (
        "Q: Is the port safe?\n\n"
        "A: It is a fair question, and we asked it ourselves before we signed anything.\n\n"
        '"We are not choosing sides. We are choosing cargo."\n\n'
        "Q: Can Klang compete?\n\n"
        "A: We are not choosing sides. We are choosing cargo.\n"
    )
    answers = [r[2] for r in turn_rows(text) if r[0] == "answer"]
    assert answers[0].endswith("before we signed anything.")


@pytest.mark.parametrize(
    ("box", "cut"),
    [
        (
            "Підтримайте hromadske\nМи незалежне медіа, і наша робота можлива завдяки вам. "
            "Станьте частиною спільноти hromadske.\nПідтримати",
            True,
        ),
        (
            "Підтримайте «Новини Полтави»\nКожна гривня має значення для незалежної "
            "журналістики.\nПідтримати",
            True,
        ),
        # no pitch: a speaker's closing words stay
        ("Підтримайте наших захисників\nВони тримають фронт заради нас.", False),
    ],
)
def test_donation_box_under_tags_is_trailing(box: str, cut: bool) -> None:
    text = (
        "hromadske: Наскільки система готова до зими?\n\n"
        "Василь Кушнір: Краще, ніж минулого року, але гірше, ніж нам усім хотілося б.\n\n"
        "Теги:\nЕнергетика\nВерховна Рада\nОпалювальний сезон\n\n"
        f"{box}\n"
    )
    end = trailing_start(text)
    if cut:
        assert text[:end].endswith("хотілося б.")
    else:
        assert text[:end].rstrip().endswith(box.split("\n")[-1])


@pytest.mark.parametrize(
    ("note", "want"),
    [
        ("(Микрофон отключен.)", "question"),
        # no note: an unfinished remark that asks nothing
        ("", "statement"),
    ],
)
def test_question_cut_by_microphone_asks(note: str, want: str) -> None:
    text = (
        "Председательствует\nПредседатель Совета Федерации\nВ.И. МАТВИЕНКО\n\n"
        "Председательствующий. Рябова Ольга Петровна.\n\n"
        "О.П. Рябова, член Комитета Совета Федерации по науке, образованию и культуре.\n\n"
        "Спасибо. Сергей Сергеевич, в малокомплектных школах один учитель ведет по три "
        f"предмета, а курсы переподготовки платные, и их стоимость школа не может… {note}\n\n"
        "Председательствующий. Включите микрофон, пожалуйста. Договаривайте.\n\n"
        "О.П. Рябова. Спасибо. Я прошу ответить: может ли министерство взять на себя "
        "переподготовку таких учителей?\n\n"
        "С.С. Кравцов. Да, такая возможность есть. Прошу регион направить заявку.\n\n"
        "Председательствующий. Спасибо, Сергей Сергеевич.\n"
    )
    rows = [r for r in turn_rows(text) if r[1] == "Ольга Рябова"]
    assert [r[0] for r in rows] == [want, "question"]
