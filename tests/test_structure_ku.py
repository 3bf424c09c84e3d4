"""Small cases found by the last blind check, KU: a UN envoy's "Personal Envoy:" label under
a title that names him, a broadcaster's podcast pitch, CBC's "With files from …" credit and a
footer row of two links closed by a bar."""

import pytest

from structure_support import turn_rows

STAKEOUT = (
    "Note to Correspondents: Transcript of the press stakeout by the {office} of the "
    "Secretary-General for Sudan, Karim Halloum\nNew York, 14 October 2025\n\n"
    "{office}: Good afternoon. I have just briefed the members of the Security Council on my "
    "most recent visits. I'm happy to take a few questions.\n\n"
    "Question: Thank you. Have the two sides actually agreed to anything?\n\n"
    "{office}: Nothing has been signed, and I don't want to create expectations.\n"
)


@pytest.mark.parametrize("office", ["Personal Envoy", "Special Envoy"])
def test_envoy_label_is_the_titled_holder(office: str) -> None:
    rows = turn_rows(STAKEOUT.format(office=office))
    assert {r[1] for r in rows if r[2].startswith(("Good afternoon", "Nothing"))} == {
        "Karim Halloum"
    }


WRITEUP = (
    "ITV News\nPolitics\n'Not on your sofa': minister grilled on tax\n\n"
    "A Treasury minister has refused to rule out raising income tax in next month's Budget, "
    "telling the programme that the Chancellor will set out her decisions on the day.\n\n"
    "Here is what was said:\n\n"
    "SUSANNA REID: Oliver Kemp, good morning to you. Will income tax go up?\n\n"
    "OLIVER KEMP: The Chancellor will set out her decisions in the Budget, and it would be "
    "wrong of me to pre-empt that.\n\n"
    "SUSANNA REID: Oliver Kemp, thank you very much for joining us.\n\n"
    "OLIVER KEMP: Thank you both.\n\n"
    "{footer}\n\n"
    "More from ITV News\nChancellor 'considering' council tax overhaul ahead of Budget\n"
    "Farmers stage fresh protest in Westminster over inheritance tax\n"
)
FOOTER = "Watch the programme weekdays from 6am on ITV1 and ITVX"


@pytest.mark.parametrize(
    "footer",
    [
        FOOTER + "\n\nWant a quick and expert briefing on the biggest news stories? Listen to "
        "our latest podcasts to find out What You Need To Know...",
        "With files from Metro Morning",
        "Corrections and clarifications | Submit a news tip |",
    ],
)
def test_page_footer_lines_end_the_last_answer(footer: str) -> None:
    rows = turn_rows(WRITEUP.format(footer=footer))
    assert rows[-1][:2] == ("answer", "Oliver Kemp")
    assert rows[-1][2] == "Thank you both."
