"""Posts a label names alone, and where the page names their holder (round 32, batch FR)."""

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Harbourmaster", "Harbourmaster"),
        ("Provost", "Provost"),
        ("Registrar", "Registrar"),
        ("Sheriff", "Sheriff"),
        ("Староста", "Староста"),
        ("Председатель правления", "Председатель правления"),
        ("Главный инженер", "Главный инженер"),
    ],
)
def test_lone_post_is_an_office(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


_SENATE = (
    "Minutes of Senate\n\n"
    "Present: Professor Ruth Adeyemi (Chair of Senate, in the chair); Provost Daniel Kerr; "
    "Ms Fiona Lydgate, Academic Registrar.\n\n"
    "Chair: Colleagues, we move to item four. Provost, over to you.\n\n"
    "Provost: Thank you, Chair. We recommend two semesters.\n\n"
    "Chair: Thank you. Questions?\n\n"
    "Registrar: Resits would move to a single August period.\n\n"
    "Chair: Thank you. We move to item five.\n\n"
    "Registrar: Noted.\n"
)


def test_present_list_names_each_post() -> None:
    speakers = {t.attrs["speaker"] for t in analyse(_SENATE).turns}
    assert {"Ruth Adeyemi", "Daniel Kerr", "Fiona Lydgate"} <= speakers


def _speakers(text: str) -> list[str | None]:
    return [t.attrs["speaker"] for t in analyse(text).turns]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # An agency's acronym the header spells out, then an office.
        (
            "County Sheriff's Office\n\nRemarks by Sheriff Dolores Whitfield and Emergency "
            "Management Agency Director Raymond Okonjo at the operations center.\n\n"
            "SHERIFF: Good afternoon. Director Okonjo will go next.\n\n"
            "EMA DIRECTOR: Thank you, Sheriff. Two shelters are open.\n\n"
            "Q: Director, what about pets?\n\n"
            "EMA DIRECTOR: The fairgrounds take pets.\n",
            "Raymond Okonjo",
        ),
        # A vice-regal principal named by style only.
        (
            "The Governor-General\n\nRemarks — Her Excellency the Honourable Margaret Ellery "
            "AC\nFriday 17 May 2024\n\n"
            "GOVERNOR-GENERAL: Good morning, everyone. I'm happy to take questions.\n\n"
            "JOURNALIST: Your Excellency, why is volunteering down?\n\n"
            "GOVERNOR-GENERAL: Time, mostly.\n",
            "Margaret Ellery",
        ),
        # A Slavic office whose holder the lead names in the genitive.
        (
            "Сесія сільської ради\n\nДепутати заслухали звіти старости села Лугове Миколи "
            "Ткачука про ремонт укриття.\n\n"
            "Голова ради: Слово надається старості. Будь ласка.\n\n"
            "Староста: Дякую. Укриття розраховане на 90 осіб.\n\n"
            "Депутат: Скільки коштуватиме розширення?\n\n"
            "Староста: За кошторисом — 7,8 мільйона гривень.\n",
            "Микола Ткачук",
        ),
    ],
)
def test_office_holder_named_elsewhere(text: str, who: str) -> None:
    assert who in _speakers(text)


@pytest.mark.parametrize(
    "trailer",
    [
        'Music: "Steel Town" by the Hallam Youth Brass Band',
        "Approved by the Chair as an accurate record.\nSecretary to Senate | clerk@uni.example",
    ],
)
def test_closing_furniture_is_not_speech(trailer: str) -> None:
    text = (
        "Podcast\n\nHost: Welcome. What does the job involve?\n\n"
        "Lord Mayor: Far more tea than you'd think.\n\n"
        "Host: Thank you for your time.\n\n"
        f"Lord Mayor: Thank you. It's been a pleasure.\n\n{trailer}\n"
    )
    last = analyse(text).turns[-1]
    assert text[last.start : last.end].rstrip().endswith("been a pleasure.")
