"""Small cases for batch NZ (ABC Australia, an MP's site, a UN Security Council record): a
programme's call for comments and story ideas under the last turn; WordPress's empty reply form
("Leave a Reply" / "Your email address will not be published."); a UN verbatim record's roster
("President: Mr. … . . . (China)", "Members: Algeria . . . Mr. …") that names "The President",
who only gives the floor, its cover notes and "The meeting rose at …" line."""

import pytest

from structure_support import turn_rows

_QA = (
    "KIRSTEN AIKEN: Is the Reserve Bank worried about iron ore?\n"
    "\n"
    "LUCI ELLIS: It will look at the terms of trade, and a lower iron ore price does take some "
    "heat out of national income. But the Reserve Bank is focused on services inflation, and "
    "that isn't going to be driven by what happens in the Pilbara.\n"
    "\n"
)
_ABC = (
    _QA * 3 + "KIRSTEN AIKEN: Luci Ellis, thank you very much.\n"
    "\n"
    "LUCI ELLIS: Thank you.\n"
    "\n"
    "{footer}\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        "Do you have a comment or a story idea? Get in touch with The Business\n\n"
        "Related Stories\nFortescue shares tumble on weak China demand\n\n© 2025 ABC",
        "Tags: EU, Fishing, Media\n\nLeave a Reply\nYour email address will not be published. "
        "Required fields are marked *\nComment *\nName *\n\n"
        "Promoted by Cornwall Liberal Democrats, 1 Fore Street, St Austell PL25 5PX.",
    ],
)
def test_page_footer_under_the_last_thanks_is_the_pages(footer: str) -> None:
    rows = turn_rows(_ABC.format(footer=footer))
    assert rows[-1][1] == "Luci Ellis"
    assert rows[-1][2] == "Thank you."


_UNSC = (
    "United Nations S/PV.9871\n"
    "Security Council\n"
    "Eightieth year\n"
    "9871st meeting\n"
    "Tuesday, 11 March 2025, 10 a.m.\n"
    "New York\n"
    "Provisional\n"
    "\n"
    "President: Mr. Fu Cong . . . . . . . . . . . . . . . . . . . . . . (China)\n"
    "Members: Algeria . . . . . . . . . . . . . . . . . . . . . . . Mr. Bendjama\n"
    "France . . . . . . . . . . . . . . . . . . . . . . . . . Mr. De Rivière\n"
    "\n"
    "Agenda\n"
    "The question concerning Haiti\n"
    "\n"
    "This record contains the text of speeches delivered in English and of the translation of "
    "speeches delivered in other languages. The final text will be printed in the Official "
    "Records of the Security Council.\n"
    "\n"
    "The meeting was called to order at 10.05 a.m.\n"
    "\n"
    "The President (spoke in Chinese): In accordance with rule 39 of the Council's provisional "
    "rules of procedure, I invite Ms. María Isabel Salvador, Special Representative of the "
    "Secretary-General for Haiti, to participate in this meeting. I give the floor to Ms. "
    "Salvador.\n"
    "\n"
    "Ms. Salvador: Since I last briefed the Council, gang violence has spread beyond the "
    "capital. More than one million Haitians are now displaced.\n"
    "\n"
    "The President (spoke in Chinese): I thank Ms. Salvador for her briefing.\n"
    "I shall now give the floor to those Council members who wish to make statements.\n"
    "\n"
    "Mr. Bendjama (Algeria) (spoke in Arabic): We are deeply concerned by reports of sexual "
    "violence used as a weapon by armed groups.\n"
    "\n"
    "Mr. De Rivière (France) (spoke in French): France remains committed to Haiti and supports "
    "a United Nations peacekeeping operation.\n"
    "\n"
    "The President (spoke in Chinese): There are no more names inscribed on the list of "
    "speakers.\n"
    "The meeting rose at 11.40 a.m.\n"
)


def test_un_record_roster_names_the_president_who_gives_the_floor() -> None:
    rows = turn_rows(_UNSC)
    assert [(label, speaker) for label, speaker, _ in rows] == [
        ("other", "Fu Cong"),
        ("statement", "María Isabel Salvador"),
        ("other", "Fu Cong"),
        ("statement", "Mr. Bendjama"),
        ("statement", "Mr. De Rivière"),
        ("other", "Fu Cong"),
    ]
    assert rows[-1][2].endswith("list of speakers.")


def test_un_record_without_roster_keeps_the_office() -> None:
    text = _UNSC.replace(
        "President: Mr. Fu Cong . . . . . . . . . . . . . . . . . . . . . . (China)\n", ""
    )
    speakers = {speaker for _, speaker, _ in turn_rows(text)}
    assert "Fu Cong" not in speakers
