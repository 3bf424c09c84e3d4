"""Small cases for batch NF (CBC, Ukrinform, a Commons committee, ABC Radio National): a lead's
"X, <post>, spoke with <show> host Y about …" names who answers and who asks the bold
questions; Ukrinform's correspondent under the date with her town after a comma ("Ярослав
Кучер, Ужгород") asks and gives the place; "Нагадаємо, раніше Укрінформ повідомляв …" under the
last turn trails; a committee chair's numbered closing thanks before the witness's own thanks
asks nothing; a programme page's credits block ("Guest:" / "Dr …" / "Presenter:" / "…") is no
turn."""

import pytest

from structure_support import run, turn_rows

_CBC = (
    "British Columbia\n\n"
    "'We dodged a bullet': wildfire director on the season\n\n"
    "CBC News · Posted: Sep 23, 2025 4:00 AM PDT\n\n"
    "As the fire season winds down, the province's top wildfire official says cooler weather "
    "kept this year from turning into another record.\n\n"
    "{lead}\n\n"
    "**How would you sum up this season compared to the last two?**\n\n"
    "Honestly, we dodged a bullet. We had rain at exactly the right time.\n\n"
    "**Is that just luck?**\n\n"
    "Partly, yes. But we also had about 400 more firefighters on contract.\n"
)


@pytest.mark.parametrize(
    ("lead", "asker", "answerer"),
    [
        (
            "Cliff Chapman, director of wildfire operations for the B.C. Wildfire Service, "
            "spoke with The Early Edition host Stephen Quinn about the season.",
            "Stephen Quinn",
            "Cliff Chapman",
        ),
        (
            "Cliff Chapman spoke with The Early Edition host Stephen Quinn about the season.",
            "Stephen Quinn",
            "Cliff Chapman",
        ),
        # (spoken with reporters: no host named, so nobody asks by name)
        (
            "Cliff Chapman spoke with reporters about the season.",
            None,
            "Cliff Chapman",
        ),
    ],
)
def test_named_guest_spoke_with_host_by_post(lead: str, asker: str | None, answerer: str) -> None:
    rows = [r for r in turn_rows(_CBC.format(lead=lead)) if r[0] in ("question", "answer")]
    assert [r[1] for r in rows if r[0] == "question"] == [asker, asker]
    if asker is not None:
        assert [r[1] for r in rows if r[0] == "answer"] == [answerer, answerer]


_UKRINFORM = (
    "Укрінформ\n"
    "Регіони\n\n"
    "«Ліс не пробачає байдужості»: як рятують смереки від короїда\n\n"
    "05.11.2025 09:15\n\n"
    "{byline}\n\n"
    "Укрінформ\n\n"
    "Про те, як зупинити всихання лісів, ми поговорили з директором Закарпатського лісового "
    "офісу Михайлом Лисником.\n\n"
    "– Михайле Івановичу, наскільки масштабна проблема сьогодні?\n\n"
    "– Масштабна. Ми маємо осередки всихання приблизно на 7 тисячах гектарів.\n\n"
    "– Чим замінюєте смереку?\n\n"
    "– Буком, явором, ялицею, модриною – тим, що природно росте на цих висотах.\n\n"
    "– Дякую за розмову.\n\n"
    "Нагадаємо, раніше Укрінформ повідомляв, що на Закарпатті через негоду знеструмлено 12 "
    "населених пунктів.\n\n"
    "Поділитися\n"
)


@pytest.mark.parametrize(
    ("byline", "asker", "place"),
    [
        # (a man's given name before a surname of no telling ending)
        ("Ярослав Кучер, Ужгород", "Ярослав Кучер", "Ужгород"),
        # (a surname's ending, as Kommersant's regional byline)
        ("Ольга Шевчук, Чернігів", "Ольга Шевчук", "Чернігів"),
        # (a town of two words, its region after it: no byline)
        ("Нижній Новгород, Росія", None, "Нижній Новгород"),
    ],
)
def test_correspondent_and_town_under_date(byline: str, asker: str | None, place: str) -> None:
    text = _UKRINFORM.format(byline=byline)
    rows = turn_rows(text)
    assert [r[1] for r in rows if r[0] == "question"] == [asker, asker]
    assert run(text).meta.place == place


def test_outlet_reported_earlier_pointer_trails() -> None:
    rows = turn_rows(_UKRINFORM.format(byline="Ярослав Кучер, Ужгород"))
    assert rows[-1][2].strip() == "Дякую за розмову."


_LIAISON = (
    "Oral evidence: Work of the Prime Minister, HC 512\n\n"
    "Tuesday 16 December 2025\n\n"
    "Members present: Meg Hillier (Chair); Emily Thornberry.\n\n"
    "Witness: Rt Hon Sir Keir Starmer MP, Prime Minister.\n\n"
    "Q1 Chair: Good afternoon, Prime Minister. Will you meet the growth target?\n\n"
    "Sir Keir Starmer: I am confident we will, because the figures are moving.\n\n"
    "Q2 Emily Thornberry: Was the Foreign Office consulted on the aid cut?\n\n"
    "Sir Keir Starmer: He was consulted, and he agreed with the decision.\n\n"
    "Q3 Chair: {close}\n\n"
    "{reply}"
)


@pytest.mark.parametrize(
    ("close", "reply", "label"),
    [
        (
            "Thank you, Prime Minister. We look forward to that letter, and to seeing you "
            "again in the spring.",
            "Sir Keir Starmer: Thank you, Chair.\n",
            "other",
        ),
        (
            "Thank you, Prime Minister. We look forward to seeing you again in the spring.",
            "",
            "other",
        ),
        # (a last question the witness answers at length still asks)
        (
            "Thank you. And will you come back in the spring?",
            "Sir Keir Starmer: Thank you, Chair.\n",
            "question",
        ),
    ],
)
def test_chair_closing_thanks_before_thanks_back(close: str, reply: str, label: str) -> None:
    rows = turn_rows(_LIAISON.format(close=close, reply=reply))
    assert [r[0] for r in rows if r[2].strip() == close] == [label]


_RN = (
    "ABC Radio National\n"
    "Saturday Extra\n\n"
    "Is the Pacific still 'our backyard'?\n\n"
    "Broadcast Sat 8 Nov 2025 at 7:30am\n\n"
    "Australia signed a defence treaty with Papua New Guinea in October. What will Beijing "
    "make of it?\n\n"
    "Guest:\n"
    "Dr Priya Raman, Senior Fellow, Pacific Security Program, Australian National University\n\n"
    "Presenter:\n"
    "Geraldine Doogue\n\n"
    "Producer:\n"
    "Enzo Tonkin\n\n"
    "Transcript\n\n"
    "Geraldine Doogue: Priya Raman is a senior fellow at the ANU. Priya, welcome back.\n\n"
    "Priya Raman: Thanks, Geraldine, it's lovely to be back.\n\n"
    "Geraldine Doogue: So what does the treaty actually commit us to?\n\n"
    "Priya Raman: At its core it's a mutual defence commitment.\n"
)


def test_programme_credits_block_is_no_turn() -> None:
    rows = turn_rows(_RN)
    assert not [r for r in rows if r[2].startswith(("Dr Priya Raman", "Geraldine Doogue\n"))]
    spoken = [r for r in rows if r[1] is not None]
    assert spoken[0][2].startswith("Priya Raman is a senior fellow")
    assert [r[1] for r in spoken] == ["Geraldine Doogue", "Priya Raman"] * 2
