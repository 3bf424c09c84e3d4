"""Small cases for batch PN (round 54): a panel show's chair passing the audience's question on
to a panellist by full name, with no question of her own, hands the floor over (``other``)."""

import pytest

from structure_support import turn_rows

_PANEL = (
    "BBC One\nQuestion Time\n\n"
    "Panel: Tom Baxter MP, Health Secretary; Lucy Marsh, journalist.\n\n"
    "FIONA BRUCE: Good evening and welcome. Our first question tonight comes from Jane Doyle.\n\n"
    "JANE DOYLE: With waiting lists this long, can the country afford more on defence?\n\n"
    "FIONA BRUCE: {handoff}\n\n"
    "TOM BAXTER: Jane, I understand why you ask. But the first duty of any government is to "
    "keep the country safe, and the world has changed.\n\n"
    "FIONA BRUCE: Let me bring in the woman at the back. Yes, you.\n\n"
    "AUDIENCE MEMBER: Where were all of you when the regiments were cut?\n\n"
    "FIONA BRUCE: Tom Baxter, is the money really there?\n\n"
    "TOM BAXTER: It is, and we have set out exactly where it comes from.\n"
)


@pytest.mark.parametrize(
    "handoff",
    [
        "Some of them. Tom Baxter.",
    ],
)
def test_panel_chair_hands_audience_question_on(handoff: str) -> None:
    # (the panel line and the welcome are left to their own conventions: from the question on)
    rows = turn_rows(_PANEL.format(handoff=handoff))[-7:]
    assert [(lab, spk) for lab, spk, _ in rows] == [
        ("question", "Jane Doyle"),
        ("other", "Fiona Bruce"),
        ("answer", "Tom Baxter"),
        ("other", "Fiona Bruce"),
        ("question", None),
        ("question", "Fiona Bruce"),
        ("answer", "Tom Baxter"),
    ]
