"""Small cases for batch OH (kremlin.ru, a UN envoy's press conference, a Commons committee's
oral evidence, NATO): a given name in the instrumental with "ё" ("с … Ильёй Шестаковым"); the
spokesperson's opening that hands the floor to the guest ("Sir, the floor is yours."), his
"Thank you. Edie." and "Okay. Last question, online. Célhia." calls; "A follow-up on that."
with a capital; the record's title as one footer line under the last turn; NATO's place broken
off the title onto a line of its own (", Stockholm")."""

import pytest

from structure_support import run, turn_rows


@pytest.mark.parametrize(
    ("given", "nominative"),
    [("Ильёй", "Илья"), ("Ильей", "Илья"), ("Натальей", "Наталья")],
)
def test_instrumental_given_name_with_yo(given: str, nominative: str) -> None:
    text = (
        "Встреча с руководителем Росрыболовства " + given + " Шестаковым\n"
        "13 мая 2025 года\n"
        "В.Путин: Добрый день! Как готовитесь к путине?\n"
        "И.Шестаков: Добрый день, Владимир Владимирович! Прогноз вылова составляет 350 тысяч "
        "тонн.\n"
        "В.Путин: А с ценами что?\n"
        "И.Шестаков: Цены в рознице за год практически не изменились.\n"
    )
    if given == "Натальей":
        text = text.replace("И.Шестаков", "Н.Шестакова").replace("Шестаковым", "Шестаковой")
    speakers = {r[1] for r in turn_rows(text) if r[0] == "answer"}
    surname = "Шестакова" if given == "Натальей" else "Шестаков"
    assert speakers == {f"{nominative} {surname}"}


_UN = (
    "Transcript of Press Conference by the Special Envoy for the Great Lakes Region, Huang Xia\n"
    "New York, 12 March 2025\n"
    "\n"
    "Spokesperson Stéphane Dujarric: Good afternoon. As promised, we are joined by Huang Xia, "
    "the Special Envoy, who briefed the Security Council this morning. He will say a few words "
    "and then take some questions. Sir, the floor is yours.\n"
    "\n"
    "Special Envoy Huang Xia: Thank you, Stéphane. I have just briefed the Council on the "
    "situation in the east of the country, which remains extremely worrying.\n"
    "\n"
    "Spokesperson: Thank you. Edie.\n"
    "\n"
    "Question: Thank you, Stéphane. Edith Lederer, Associated Press. What leverage does the UN "
    "actually have?\n"
    "\n"
    "Special Envoy: Our leverage is the unity of the region and of the Council.\n"
    "\n"
    "Spokesperson: Pam.\n"
    "\n"
    "Question: Thank you. Pamela Falk, CBS News. Did you raise the reports with Rwanda?\n"
    "\n"
    "Special Envoy: I have raised all the concerns with all the parties concerned.\n"
    "\n"
    "Question: A follow-up on that. Is a new mechanism with the African Union considered?\n"
    "\n"
    "Special Envoy: It is too early to say more.\n"
    "\n"
    "Spokesperson: Okay. Last question, online. Célhia.\n"
    "\n"
    "Question: Thank you, Stéphane. Célhia de Lavarène, Radio France Internationale. Can the "
    "mission protect civilians today?\n"
    "\n"
    "Special Envoy: The protection of civilians is first the responsibility of the parties.\n"
    "\n"
    "Spokesperson: Thank you very much, Mr. Huang. Thank you all.\n"
)


@pytest.mark.parametrize(
    ("opening", "label", "speaker"),
    [
        ("Good afternoon. As promised", "other", "Stéphane Dujarric"),
        ("Thank you. Edie.", "other", "Stéphane Dujarric"),
        ("A follow-up on that.", "question", "Pamela Falk"),
        ("Okay. Last question, online.", "other", "Stéphane Dujarric"),
    ],
)
def test_spokesperson_calls_and_follow_up(opening: str, label: str, speaker: str) -> None:
    rows = [r for r in turn_rows(_UN) if r[2].startswith(opening)]
    assert rows and rows[0][:2] == (label, speaker)


def test_committee_title_footer_under_last_turn() -> None:
    qa = (
        "Q1 Chair: How many pollution incidents did you record last year?\n"
        "\n"
        "Peter Perry: Last year we recorded just under 100 serious incidents.\n"
        "\n"
    )
    text = (
        "Welsh Affairs Committee\n"
        "Oral evidence: Water infrastructure in Wales, HC 412\n"
        "Wednesday 9 April 2025\n"
        "Members present: Ruth Jones (Chair); Llinos Medi.\n"
        "\n" + qa * 3 + "Chair: Thank you very much, Mr Perry. That concludes our session.\n"
        "\n"
        "Welsh Affairs Committee: Oral evidence: Water infrastructure in Wales, HC 412\n"
    )
    assert turn_rows(text)[-1][2] == "Thank you very much, Mr Perry. That concludes our session."


def test_place_broken_off_the_title() -> None:
    text = (
        "NATO  OTAN\n"
        "Joint press conference by NATO Secretary General Mark Rutte and the Prime Minister of "
        "Sweden, Ulf Kristersson\n"
        ", Stockholm\n"
        "05 Jun. 2025 |\n"
        "\n"
        "NATO Spokesperson Allison Hart: Good afternoon and welcome. Prime Minister, please.\n"
        "\n"
        "Prime Minister Ulf Kristersson: Thank you, Allison. Welcome back to Stockholm.\n"
    )
    assert run(text).meta.place == "Stockholm"
