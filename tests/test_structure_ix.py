"""Small cases for the IX fixer (office and role labels): a Slavic office over an agency's
acronym ("Начальник УГИБДД:", "Начальник ГУ ДСНС:") is an office, kept as written and named by
the lead; a capitals remit noun before a head no family name is ("INTEGRITY COMMISSIONER:");
"Міський голова:" named by the lead's genitive; a host who says her own name; a minister's
"INTERVIEW WITH <host>, <broadcaster>" title; a phone-in hand-off opening with thanks; a lead's
"who chairs the committee" and "Deputy Mayor … chaired the meeting"; a pointer under a closing
direction; a view counter beside the date line."""

import pytest

from rhetoscope.structure.furniture import opens_earlier_story
from rhetoscope.structure.metadata import _date_line
from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import run, turn_rows


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Начальник УГИБДД", "Начальник УГИБДД"),
        ("Начальник ГУ ДСНС", "Начальник ГУ ДСНС"),
        ("Голова ОВА", "Голова ОВА"),
        ("INTEGRITY COMMISSIONER", "Integrity Commissioner"),
        ("PRIVACY OMBUDSMAN", "Privacy Ombudsman"),
        ("EMA DIRECTOR", None),
        ("НАЧАЛЬНИК УГИБДД", None),
    ],
)
def test_office_labels(label: str, office: str | None) -> None:
    info = classify_label(label)
    assert info is not None
    assert (info.office if info.kind is LabelKind.OFFICE else None) == office


_GIBDD = (
    "Новости\n\n«Камер станет больше»: {head} ответил на вопросы читателей\n\n"
    "04.03.2025 14:20\n\n"
    "Мы собрали вопросы читателей и передали их в региональную Госавтоинспекцию. {lead}\n\n"
    "Корреспондент: Сколько новых камер появится в этом году?\n\n"
    "{label}: В 2025 году в области будет установлено 46 новых комплексов.\n\n"
    "Корреспондент: А штрафы?\n\n"
    "{label}: Штрафы — это следствие нарушения, а не цель.\n"
)


@pytest.mark.parametrize(
    ("head", "lead", "label", "speaker"),
    [
        (
            "начальник УГИБДД",
            "Ответы записал корреспондент.",
            "Начальник УГИБДД",
            "Начальник УГИБДД",
        ),
        (
            "начальник ДСНС",
            "В студии — начальник Главного управления ДСНС в области Виталий Приходько.",
            "Начальник ГУ ДСНС",
            "Виталий Приходько",
        ),
    ],
)
def test_acronym_office_named_or_kept(head: str, lead: str, label: str, speaker: str) -> None:
    rows = turn_rows(_GIBDD.format(head=head, lead=lead, label=label))
    assert [r[1] for r in rows if r[0] == "answer"] == [speaker, speaker]


_MAYOR = (
    "Міська рада\n\nМіський голова зустрівся з мешканцями\n\n"
    "21 жовтня відбулася зустріч {who} з мешканцями мікрорайону. Публікуємо основні питання.\n\n"
    "Мешканка: Чи буде тариф підвищуватися?\n\n"
    "Міський голова: Ні. Тариф залишається тим самим. Дякую всім, що прийшли.\n\n"
    "(Оплески)\n\n"
    "Нагадаємо, раніше міська рада виділила 4,2 млн грн на модернізацію котельні.\n"
)


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("міського голови Олега Левченка", "Олег Левченко"),
        ("депутата Олега Левченка", "Міський голова"),
    ],
)
def test_mayor_by_genitive_and_pointer_under_applause(who: str, speaker: str) -> None:
    rows = turn_rows(_MAYOR.format(who=who))
    assert rows[-1][1] == speaker
    assert rows[-1][2].endswith("Дякую всім, що прийшли.")


_PHONE_IN = (
    "Радіо\n\nПрямий ефір: начальник ДСНС про укриття\n\n12 вересня 2025\n\n"
    "Слухачі телефонували в ефір зі своїми питаннями до гостя студії.\n\n"
    "Ведуча: Доброго ранку, це «Прямий ефір», {intro}. Сьогодні в студії начальник ДСНС.\n\n"
    "Гість: Доброго ранку.\n\n"
    "Ведуча: Почнемо з пожеж. Що відбувається?\n\n"
    "Гість: Серпень був рекордним.\n"
)


@pytest.mark.parametrize(
    ("intro", "host"),
    [("я Ірина Хоменко", "Ірина Хоменко"), ("вітаю всіх", None)],
)
def test_host_says_own_name(intro: str, host: str | None) -> None:
    rows = turn_rows(_PHONE_IN.format(intro=intro))
    assert [r[1] for r in rows if r[2].startswith(("Доброго ранку, це", "Почнемо"))] == [host, host]


_MINISTER = (
    "The Hon Carla Brennan MP\nMinister for Regional Water\n\n"
    "TRANSCRIPT\n{title}\n\nMonday, 9 June 2025\n\n"
    "PRESENTER: The Minister for Regional Water, Carla Brennan, is on the line. Minister, good "
    "morning.\n\n"
    "MINISTER: Good morning, Paul, and good morning to everyone.\n\n"
    "PRESENTER: Let's go to the phones. Warren's in Condobolin. Morning, Warren.\n\n"
    "CALLER: Morning, Paul. Is the dam ever going to happen?\n\n"
    "MINISTER: Warren, construction starts in March.\n\n"
    "PRESENTER: Thanks, Warren. Another call, Jenny in Hillston.\n\n"
    "CALLER: Hi Minister. What's happened to the bore?\n\n"
    "MINISTER: Jenny, it will be connected in eight weeks.\n\n"
    "PRESENTER: Minister, thanks for your time.\n\n"
    "MINISTER: Thanks, Paul.\n"
)


@pytest.mark.parametrize(
    ("title", "host"),
    [
        ("INTERVIEW WITH PAUL KERSHAW, ABC WESTERN PLAINS BREAKFAST", "Paul Kershaw"),
        ("INTERVIEW WITH PETER HALL, ABC WESTERN PLAINS BREAKFAST", None),
        ("INTERVIEW WITH PAUL KERSHAW, WESTERN PLAINS", None),
    ],
)
def test_minister_interview_with_host(title: str, host: str | None) -> None:
    rows = turn_rows(_MINISTER.format(title=title))
    spoken = [r[1] for r in rows if r[2].startswith(("The Minister", "Let's", "Minister,"))]
    assert spoken == [host, host, host]
    assert [r[1] for r in rows if r[2].startswith(("Morning, Paul", "Hi Minister"))] == [
        "Warren",
        "Jenny",
    ]


_HEARING = (
    "Newsroom\n\nWildfire insurance hearing: what the commissioner told senators\n\n"
    "The state's top insurance regulator defended her plan to use catastrophe models.\n\n"
    "By Hannah Stroud and Leo Marquez\nFebruary 11, 2025\n\n"
    "OLYMPIA — The Senate committee held a work session Monday. {chair} Below is an edited "
    "transcript of the exchange with Insurance Commissioner Dolores Aguirre.\n\n"
    "THE CHAIR: We'll come to order. Commissioner, please go ahead.\n\n"
    "INSURANCE COMMISSIONER DOLORES AGUIRRE: Thank you, Mr. Chair. Our rule would help.\n\n"
    "THE CHAIR: Senator Raman.\n\n"
    "SEN. PRIYA RAMAN: Commissioner, the models are proprietary. How can anyone challenge them?\n\n"
    "COMMISSIONER: The rule requires an independent review.\n"
)


@pytest.mark.parametrize(
    ("chair", "speaker"),
    [
        ("Sen. Mark Whitley, who chairs the committee, opened the session.", "Mark Whitley"),
        # unnamed, THE CHAIR is an office: nobody's name
        ("Sen. Mark Whitley opened the session.", None),
    ],
)
def test_chair_named_by_relative_clause(chair: str, speaker: str | None) -> None:
    rows = turn_rows(_HEARING.format(chair=chair))
    assert [r[1] for r in rows if r[2].startswith("We'll come")] == [speaker]


_COUNCIL = (
    "THE PORT CALDER INDEPENDENT\n\nIntegrity commissioner grilled: the exchange in full\n\n"
    "By Marcus Ellery\nPublished Oct. 3, 2025\n\n"
    "Council questioned Integrity Commissioner Janet Leclair about her report. {lead} What "
    "follows is a transcript of the key portion.\n\n"
    "DEPUTY MAYOR: We'll move to item 7.2. Councillor Walsh, you have the floor.\n\n"
    "COUNCILLOR WALSH: Thank you. Commissioner, why 60 days?\n\n"
    "INTEGRITY COMMISSIONER: Two reasons. The pattern ran over five weeks.\n\n"
    "DEPUTY MAYOR: Any further questions? Seeing none, thank you, Ms. Leclair.\n\n"
    "INTEGRITY COMMISSIONER: Thank you, Deputy Mayor.\n"
)


@pytest.mark.parametrize(
    ("lead", "chair_label"),
    [
        ("Deputy Mayor Tom Buckley chaired the meeting.", "other"),
        ("Deputy Mayor Tom Buckley spoke first.", "statement"),
    ],
)
def test_council_chair_and_commissioner(lead: str, chair_label: str) -> None:
    rows = turn_rows(_COUNCIL.format(lead=lead))
    assert rows[1][:2] == (chair_label, "Tom Buckley")
    assert [r[1] for r in rows if r[2].startswith(("Two reasons", "Thank you, Deputy"))] == [
        "Janet Leclair",
        "Janet Leclair",
    ]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Опубліковано: 23.10.2025   Переглядів: 847", "2025-10-23"),
        ("Опубліковано: 23.10.2025", "2025-10-23"),
        ("Опубліковано: 23.10.2025 Київ", None),
    ],
)
def test_date_line_with_view_counter(line: str, iso: str | None) -> None:
    assert _date_line(line) == iso


def test_place_under_counted_date_line() -> None:
    doc = run(
        "Обухівська міська рада\n\nМіський голова зустрівся з мешканцями\n\n"
        "Опубліковано: 23.10.2025   Переглядів: 847\n\nОбухів\n\n"
        "Зустріч відбулася в ліцеї, публікуємо основні питання та відповіді мешканців.\n\n"
        "Мешканка: Чи буде тариф підвищуватися?\n\nМіський голова: Ні.\n"
    )
    assert doc.meta.to_dict().get("place") == "Обухів"


@pytest.mark.parametrize(
    ("para", "pointer"),
    [
        ("Нагадаємо, раніше міська рада виділила 4,2 млн грн.", True),
        ("Нагадаємо, раніше ВККС оголосила результати.", True),
        ("Нагадаю, раніше ми вже це обговорювали.", False),
    ],
)
def test_pointer_with_lowercase_body(para: str, pointer: bool) -> None:
    assert opens_earlier_story(para, 0) == pointer
