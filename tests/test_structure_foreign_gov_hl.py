"""Round 39 (HL): non-English governments' English pages — outlet askers and desk sign-offs."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import LabelKind, classify_label
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(
    ("raw", "outlet"),
    [
        ("Journalist - Digi24", "Digi24"),
        ("Journalist – Reuters", "Reuters"),
        ("Journalist (Digi24)", "Digi24"),
    ],
)
def test_journalist_dash_outlet(raw: str, outlet: str) -> None:
    info = classify_label(raw)
    assert info is not None and info.kind is LabelKind.QUESTION and info.outlet == outlet


def test_journalist_dash_person_is_no_outlet() -> None:
    info = classify_label("Journalist - Jane Doe")
    assert info is None or info.outlet is None


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(t.label, t.attrs["speaker"]) for t in analyse(text).turns]


PRESS = (
    "Minister Ana Horvat: Good afternoon. We adopted the plan today.\n\n"
    "Ivo Kralj, HRT: Minister, why should people believe the deadline?\n\n"
    "Horvat: That is a fair question. The figures are public.\n\n"
    "N1: How many families are still waiting?\n\n"
    "Horvat: As of this morning, 212 households.\n"
)

DOORSTOP = (
    "TRANSCRIPT: Doorstop Interview with Prime Minister Hon. Josefa Vuniwaqa\n\n"
    "PM: Bula vinaka everyone. I have just returned from Wellington.\n\n"
    "Journalist: Prime Minister, how much funding are we talking about?\n\n"
    "PM: The first tranche is 24 million dollars.\n\n"
    "Fijivillage: Sir, there are reports that the partners were not consulted.\n\n"
    "PM: That is not correct. The matter went through Cabinet twice.\n\n"
    "Journalist: Will the villages move this year?\n\n"
    "PM: Two of them will.\n\n"
    "FBC News: Will you attend the meeting in person?\n\n"
    "PM: Yes, I will be there.\n"
)


def test_digit_brand_outlet_asks_among_named_voices() -> None:
    assert ("question", "N1") in _speakers(PRESS)


def test_one_off_outlet_putting_a_point_asks() -> None:
    assert ("question", "Fijivillage") in _speakers(DOORSTOP)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        ("\n\nep/tk\n#NATO #defence\n", "good at it."),
        ("\n\nEditing: A.H.\n#Iraq #INA\n", "good at it."),
    ],
)
def test_desk_sign_off_is_page_furniture(tail: str, kept: str) -> None:
    text = "Q: Will you stay?\n\nA: Yes. This is our niche and we are good at it." + tail
    assert text[: trailing_start(text)].endswith(kept)


def test_agency_dateline_keeps_its_acronym() -> None:
    text = (
        "Iraqi News Agency (INA)\n\nForeign Minister to INA: Iraq will not be an arena\n\n"
        "Baghdad - INA\n\nMinister Dr. Hadi Al-Jubouri spoke to the Iraqi News Agency (INA).\n\n"
        "INA: Mr. Minister, how does Iraq protect itself?\n\n"
        "Dr. Hadi Al-Jubouri: Iraq has paid a heavy price.\n\n"
        "INA: What about the coalition forces?\n\n"
        "Al-Jubouri: The agreement sets a timetable.\n"
    )
    assert ("question", "INA") in _speakers(text)
