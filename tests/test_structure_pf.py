"""Small cases for batch PF (round 54): a dek whose subject is an office holder's post ("The
Chancellor of the Duchy of Lancaster spoke to Aasmah Mir and Stig Abell …") makes both people
spoken to ask; a BBC PDF page footer "Programme / dd/mm/yyyy" (the title cased otherwise than
the header's capitals) is cut off the turn above it; a broadcaster's "Listen to … on our free
app, on DAB …" pitch trails; a Ukrinform signature's town ending in a consonant is named again
in its region's name ("Житомир" in "Житомирщини")."""

import pytest

from structure_support import run, spoken_rows

_TWO_HOSTS = (
    "Times Radio\n"
    "Full transcript: Jane Doe on the breakfast show\n"
    "{dek}\n"
    "Thursday March 13 2025, 8.20am GMT\n"
    "Share\n"
    "Mary Stone: Let's talk now to the minister, who joins us from Whitehall. Good morning.\n"
    "Jane Doe: Good morning, both.\n"
    "Tom Ridley: Minister, the state is overstretched. You run the department. Is it your "
    "fault?\n"
    "Jane Doe: Well, I've been here eight months, Tom, so I'm not sure I'd take all of it.\n"
    "Mary Stone: So how many jobs are going?\n"
    "Jane Doe: We're asking departments to make savings. I won't give a number this morning.\n"
    "Mary Stone: Unions say this is the same language they heard years ago. What's different?\n"
    "Jane Doe: What's different is the technology, and the money goes to the front line.\n"
    "Tom Ridley: Jane Doe, thank you very much.\n"
    "{trailer}"
)


@pytest.mark.parametrize(
    "dek",
    [
        "The Chancellor of the Duchy of Lancaster spoke to Mary Stone and Tom Ridley about "
        "civil service job cuts and the spending review.",
        "The Cabinet Office Minister spoke to Mary Stone and Tom Ridley about job cuts.",
    ],
)
def test_office_subject_spoke_to_two_hosts(dek: str) -> None:
    rows = spoken_rows(_TWO_HOSTS.format(dek=dek, trailer=""))
    assert [(lab, spk) for lab, spk, _ in rows] == [
        ("other", "Mary Stone"),
        ("answer", "Jane Doe"),
        ("question", "Tom Ridley"),
        ("answer", "Jane Doe"),
        ("question", "Mary Stone"),
        ("answer", "Jane Doe"),
        ("question", "Mary Stone"),
        ("answer", "Jane Doe"),
        ("other", "Tom Ridley"),
    ]


@pytest.mark.parametrize(
    "trailer",
    [
        "Listen to Times Radio on our free app, on DAB or via your smart speaker. Start your "
        "free trial of The Times.\n",
        "Listen to the station on our app or on DAB.\n",
    ],
)
def test_station_app_pitch_trails(trailer: str) -> None:
    dek = "The Chancellor of the Duchy of Lancaster spoke to Mary Stone and Tom Ridley."
    rows = spoken_rows(_TWO_HOSTS.format(dek=dek, trailer=trailer))
    assert rows[-1][2] == "Jane Doe, thank you very much."


_PDF = (
    "BROADCASTING HOUSE\n"
    "BBC RADIO 4\n"
    "SUNDAY 23RD MARCH 2025\n"
    "PRESENTER: JOHN HOST\n"
    "INTERVIEW WITH: ANNA GUEST, ENERGY SECRETARY\n"
    "JOHN HOST: Good morning. Should the airport have had its own supply?\n"
    "ANNA GUEST: I think people will be surprised, and I'm not going to dismiss it.\n"
    "2\n"
    "{footer}\n"
    "JOHN HOST: Your critics say the grid is more fragile. Is that fair?\n"
    "ANNA GUEST: No, it isn't. This was a fire at a substation.\n"
    "JOHN HOST: Anna Guest, thank you very much.\n"
    "ANNA GUEST: Thank you.\n"
    "ENDS\n"
)


@pytest.mark.parametrize("footer", ["Broadcasting House / 23/03/2025", "BBC Radio 4 / 23/03/25"])
def test_bbc_pdf_title_date_footer_cut(footer: str) -> None:
    rows = spoken_rows(_PDF.format(footer=footer))
    assert rows[1] == (
        "answer",
        "Anna Guest",
        "I think people will be surprised, and I'm not going to dismiss it.",
    )


_SIGNED = (
    "Укрінформ\n"
    "Олег Петренко, директор лісового офісу\n"
    "Ліс після війни: розміновано лише третину угідь\n"
    "13.05.2025 10:30\n"
    "Лісівники {region} вже третій рік працюють поруч із замінованими лісами. Про це ми "
    "поговорили з директором офісу.\n"
    "– Пане Олеже, скільки лісів досі не можна використовувати?\n"
    "– Близько 70 тисяч гектарів у північних районах області.\n"
    "– А що з працівниками?\n"
    "– Понад 300 наших працівників зараз служать у Силах оборони.\n"
    "Вікторія Савчук, {town}\n"
)


@pytest.mark.parametrize(
    ("region", "town", "place"),
    [
        ("Житомирщини", "Житомир", "Житомир"),
        ("Ужгородщини", "Ужгород", "Ужгород"),
        # (a town the text never names again is the correspondent's home base only)
        ("Полісся", "Житомир", None),
    ],
)
def test_signed_town_named_in_region(region: str, town: str, place: str | None) -> None:
    doc = run(_SIGNED.format(region=region, town=town))
    assert doc.meta.to_dict().get("place") == place
