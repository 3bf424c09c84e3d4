"""Small cases for batch LO: a body's office with its body after "of the" ("President of the
General Assembly:") is an office, held by the one the header names in apposition past the
session's ordinal, never by the masthead's body over it; a reporter's Korean given name keeps
its lower-case syllable in a self-introduction; a kremlin.ru ceremony by video link is a
meeting (the head's opening that gives the floor by name in the dative is a statement); the
European Parliament's closing agenda heading "Written statements (Rule 178)" is no word of the
chair's; the place after a dash on a date line, and the capitals town under CBC's "Posted: … |
Last Updated: …" line."""

import pytest

from structure_support import run, spoken_rows

_PGA = (
    "United Nations\n"
    "President of the General Assembly\n"
    "Home | Statements | Press\n"
    "\n"
    "Press conference by the President of the {session} session of the General Assembly, "
    "Mariela Ostrovska\n"
    "\n"
    "New York, 14 October 2025\n"
    "\n"
    "Spokesperson: Good morning. The President will say a few words and then take questions.\n"
    "\n"
    "President of the General Assembly: Thank you, and good morning to all of you. This "
    "session will be about getting the budget agreed on time.\n"
    "\n"
    "Spokesperson: Thank you. First question.\n"
    "\n"
    "Question: {intro} Will you meet the Secretary-General this week?\n"
    "\n"
    "President of the General Assembly: Yes, we meet every Tuesday.\n"
)


@pytest.mark.parametrize("session", ["81st", "eighty-first"])
@pytest.mark.parametrize(
    ("intro", "asker"),
    [
        ("Hye-jin Choi, Yonhap.", "Hye-jin Choi"),
        ("Thank you. Tomas Lindqvist, TT.", "Tomas Lindqvist"),
    ],
)
def test_body_office_held_by_header_apposition(session: str, intro: str, asker: str) -> None:
    rows = spoken_rows(_PGA.format(session=session, intro=intro))
    assert [(r[0], r[1]) for r in rows] == [
        ("other", None),
        ("statement", "Mariela Ostrovska"),
        ("other", None),
        ("question", asker),
        ("answer", "Mariela Ostrovska"),
    ]


_CEREMONY = (
    "Президент России\n"
    "Церемония запуска {what}\n"
    "12 апреля 2025 года\n"
    "\n"
    "Владимир Путин в режиме видеоконференции {verb} в церемонии запуска {what}.\n"
    "\n"
    "В церемонии приняли участие Министр промышленности и торговли Антон Алиханов, губернатор "
    "Тверской области Игорь Руденя и директор предприятия Олег Ветров.\n"
    "\n"
    "В.Путин: Добрый день, уважаемые коллеги! Сегодня начинает работу новое предприятие. Это "
    "современное оборудование и почти полторы тысячи новых рабочих мест. Важно, что оборудование "
    "в значительной степени отечественное. Ещё недавно такие линии мы закупали за "
    "рубежом, а сегодня делаем сами. Слово Антону Андреевичу Алиханову. Пожалуйста.\n"
    "\n"
    "А.Алиханов: Уважаемый Владимир Владимирович! Завод рассчитан на выпуск ста тысяч тонн "
    "продукции в год.\n"
    "\n"
    "В.Путин: Олег Николаевич, а кадры где нашли?\n"
    "\n"
    "О.Ветров: Владимир Владимирович, основную часть мы подготовили сами вместе с колледжем.\n"
    "\n"
    "В.Путин: А зарплаты какие?\n"
    "\n"
    "О.Ветров: Средняя заработная плата – 90 тысяч рублей.\n"
    "\n"
    "В.Путин: Игорь Михайлович, жильё для сотрудников предусмотрено?\n"
    "\n"
    "И.Руденя: Да, Владимир Владимирович. Рядом с заводом строится микрорайон.\n"
    "\n"
    "В.Путин: Поздравляю вас с запуском. Успехов вам! Даю команду на запуск.\n"
)


@pytest.mark.parametrize("what", ["стекольного завода", "линии по выпуску труб"])
@pytest.mark.parametrize("verb", ["принял участие", "принял дистанционное участие"])
def test_kremlin_ceremony_opening_is_statement(what: str, verb: str) -> None:
    rows = spoken_rows(_CEREMONY.format(what=what, verb=verb))
    assert [(r[0], r[1]) for r in rows] == [
        ("statement", "Владимир Путин"),
        ("statement", "Антон Алиханов"),
        ("question", "Владимир Путин"),
        ("answer", "Олег Ветров"),
        ("question", "Владимир Путин"),
        ("answer", "Олег Ветров"),
        ("question", "Владимир Путин"),
        ("answer", "Игорь Руденя"),
        ("statement", "Владимир Путин"),
    ]


_CRE = (
    "European Parliament\n"
    "Verbatim report of proceedings\n"
    "Wednesday, 12 March 2025 - {place}\n"
    "\n"
    "5. Energy prices (debate)\n"
    "\n"
    "President. – The next item is the Commission statement on energy prices.\n"
    "\n"
    "Dan Jørgensen, Member of the Commission. – Madam President, honourable Members, prices "
    "have fallen, but not enough for our industry to compete.\n"
    "\n"
    "Lena Düpont, on behalf of the PPE Group. – Madam President, we need cheaper energy now, "
    "not in ten years.\n"
    "\n"
    "President. – The debate is closed.\n"
    "\n"
    "{heading}\n"
    "\n"
    "Last updated: 20 March 2025\n"
    "Legal notice - Privacy policy\n"
)


@pytest.mark.parametrize("place", ["Strasbourg", "Brussels"])
@pytest.mark.parametrize(
    "heading", ["Written statements (Rule 178)", "Explanations of vote (Rule 201)"]
)
def test_parliament_rule_heading_closes_chair_turn(place: str, heading: str) -> None:
    doc = run(_CRE.format(place=place, heading=heading))
    last = doc.layer("turns")[-1]
    assert doc.span_text(last) == "The debate is closed."
    assert doc.meta.to_dict()["place"] == place


_CBC = (
    "CBC News\n"
    "Politics\n"
    "The National\n"
    "\n"
    "Transcript: the finance minister on the spring budget\n"
    "\n"
    "CBC News · Posted: Mar 03, 2025 4:00 AM EST | Last Updated: {updated}\n"
    "\n"
    "{town}\n"
    "\n"
    "Rosemary Barton: Minister, welcome. Will the budget be balanced?\n"
    "\n"
    "François-Philippe Champagne: Not this year, Rosemary, but the path is clear.\n"
)


@pytest.mark.parametrize("updated", ["March 3", "March 4, 2025"])
@pytest.mark.parametrize(("town", "place"), [("OTTAWA", "Ottawa"), ("TORONTO", "Toronto")])
def test_cbc_town_under_posted_line(updated: str, town: str, place: str) -> None:
    meta = run(_CBC.format(updated=updated, town=town)).meta.to_dict()
    assert meta["date"] == "2025-03-03"
    assert meta["place"] == place
