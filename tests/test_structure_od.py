"""Small cases for batch OD (a Commons Public Bill Committee, a UN noon briefing, an EU joint
press conference, Ukrinform): a bill committee's evidence sitting with its members' headings
("Q 1 Greg Smith (…) (Con)", "The Chair") run on under the witnesses' inline labels, no blank
line between, and the Whip's adjournment motion that closes it; a question turning to the
witness with a modal's clause before a colon; a reporter's bare "A follow-up." under the same
"Question:" label; a reporter's name before a broadcaster's ("Radio Moldova"); Ukrinform's
closing signature under the photo's credit."""

import pytest

from structure_support import label_surname, run, spoken_rows, turn_rows

_PBC = (
    "Hansard\n"
    "UK Parliament\n"
    "Search Hansard\n"
    "Public Bill Committees\n"
    "Rivers (Special Measures) Bill [ Lords ] (First sitting)\n"
    "Debated on Tuesday 26 November 2024\n"
    "\n"
    "[Dr Alison Marsh in the Chair]\n"
    "\n"
    "Examination of Witnesses\n"
    "Peter Dale and Ruth Lowe gave evidence.\n"
    "\n"
    "9.58 am\n"
    "The Chair\n"
    "We will now hear oral evidence from Peter Dale, chief executive of the regulator, and Ruth "
    "Lowe, director of rivers at the agency. Could the witnesses please introduce themselves "
    "for the record?\n"
    "Peter Dale: Good morning. I am Peter Dale, chief executive of the regulator.\n"
    "Ruth Lowe: I am Ruth Lowe, director of rivers at the agency.\n"
    "Q 1 Ian Grant (Mid Downs) (Con)\n"
    "Thank you, Chair. Mr Dale, why has it taken legislation to act on bonuses?\n"
    "Peter Dale: That is a fair challenge. We have used the powers we have had.\n"
    "Q 2 Ian Grant\n"
    "How many companies would have failed that test last year?\n"
    "Peter Dale: The majority of the large companies.\n"
    "Q 3 Sam Price (Lowfield) (Lab)\n"
    "Mr Dale, my constituents in Lowfield will ask one thing: will their bills go up?\n"
    "Peter Dale: No. Bills are set through the price review.\n"
    "The Chair\n"
    "Thank you. If there are no further questions, I thank the witnesses for their evidence.\n"
    "\n"
    "10.21 am\n"
    "Ordered, That further consideration be now adjourned. —(Tom Reed.)\n"
    "\n"
    "Previous sitting | Next sitting\n"
)


def test_bill_committee_headings_run_on_under_inline_witnesses() -> None:
    rows = spoken_rows(_PBC)
    assert [speaker for _, speaker, _ in rows] == [
        "Alison Marsh",
        "Peter Dale",
        "Ruth Lowe",
        "Ian Grant",
        "Peter Dale",
        "Ian Grant",
        "Peter Dale",
        "Sam Price",
        "Peter Dale",
        "Alison Marsh",
    ]
    assert [rows[i][0] for i in (0, 3, 5, 7, 9)] == [
        "question",
        "question",
        "question",
        "question",
        "other",
    ]
    assert rows[7][2].startswith("Mr Dale, my constituents")
    # the Whip's motion and the clock above it close the sitting: nobody's words
    assert rows[-1][2].endswith("for their evidence.")


@pytest.mark.parametrize(
    ("raw", "kind_surname"),
    [
        ("Mr Black, my constituents in the Forest of Dean will ask one thing", (None, None)),
        ("Mr Black, we could not agree", (None, None)),
        ("Jane Doe, chief executive of Ofwat", ("person", "Doe")),
    ],
)
def test_modal_clause_after_the_comma_is_no_role(raw: str, kind_surname: tuple) -> None:
    kind, surname = label_surname(raw)
    assert (kind.value if kind is not None else None, surname) == kind_surname


_UN = (
    "Press Conference by World Food Programme Director\n"
    "\n"
    "Spokesperson: Good afternoon. Our guest is Margot Velden. Margot, the floor is yours.\n"
    "Margot Velden: Thank you. We have just come back from the region.\n"
    "Spokesperson: Thank you. Pam.\n"
    "Question: Pamela Falk, CBS News. Do you have access to the areas under blockade?\n"
    "Margot Velden: Access is extremely difficult. We fly food in by helicopter.\n"
    "Question: {follow} How much does one helicopter rotation cost?\n"
    "Margot Velden: Roughly eight times what it would cost by road.\n"
)


@pytest.mark.parametrize(
    ("follow", "asker"),
    [
        ("A follow-up.", "Pamela Falk"),
        ("One quick follow-up.", "Pamela Falk"),
        ("A follow-up on tariffs.", None),
    ],
)
def test_bare_follow_up_under_the_same_label(follow: str, asker: str | None) -> None:
    rows = turn_rows(_UN.format(follow=follow))
    questions = [speaker for label, speaker, _ in rows if label == "question"]
    assert questions == ["Pamela Falk", asker]


@pytest.mark.parametrize(
    ("intro", "asker"),
    [
        ("Natalia Munteanu, Radio Moldova.", "Natalia Munteanu"),
        ("Jorge Valero, Bloomberg.", "Jorge Valero"),
    ],
)
def test_reporter_before_a_broadcasters_name(intro: str, asker: str) -> None:
    text = (
        "Joint press conference\n"
        "\n"
        "President Sandu: Thank you, Ursula, for your friendship.\n"
        "Moderator: We will now take questions. The first question, please.\n"
        f"Question: Thank you. {intro} Madam President, will the EU guarantee supplies?\n"
        "President Sandu: We are ready.\n"
    )
    rows = turn_rows(text)
    assert [speaker for label, speaker, _ in rows if label == "question"] == [asker]


_UKRINFORM = (
    "Укрінформ\n"
    "Регіони\n"
    "\n"
    "Віталій Кім, начальник Миколаївської ОВА:\n"
    "Питна вода з кранів – це план на 2026 рік\n"
    "\n"
    "Ірина Старікова\n"
    "24.04.2025 10:15\n"
    "\n"
    "Миколаїв уже третій рік живе без питної води. Про це кореспондентка Укрінформу поговорила "
    "з начальником ОВА Віталієм Кімом.\n"
    "\n"
    "**– Віталію Олексійовичу, коли ми зможемо пити воду з-під крана?**\n"
    "\n"
    "– Якщо коротко – наприкінці 2026 року.\n"
    "\n"
    "**– Що б ви сказали миколаївцям, які виїхали?**\n"
    "\n"
    "– Що місто живе і будується. Повертайтеся, ви тут потрібні.\n"
    "\n"
    "Фото: Миколаївська ОВА\n"
    "\n"
    "Ірина Старікова, Миколаїв\n"
    "\n"
    "Читайте також:\n"
    "Кім: У Миколаївській області за добу знешкоджено 12 дронів\n"
    "На Миколаївщині відкрили ще один пункт незламності\n"
    "\n"
    "Якщо ви бачите помилку, виділіть її мишкою і натисніть Ctrl+Enter\n"
)


def test_signature_under_the_photo_credit_closes_the_text() -> None:
    doc = run(_UKRINFORM)
    turns = [doc.span_text(s) for s in doc.layer("turns")]
    assert turns[-1].endswith("ви тут потрібні.")
    assert doc.meta.to_dict().get("place") == "Миколаїв"
