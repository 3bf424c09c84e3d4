"""Small cases for batch OY (round 54): a cable guest who returns both co-hosts' greetings and
adds his pleasure at being on ("Good morning, Rachel. Good morning, Charlie. Great to be with
you.") answers, and calls on no one; an anchor's segment that plays in residents nobody names
("Here is what some residents told our affiliate …" / "UNIDENTIFIED FEMALE: …") before
"Joining me now is …" is narration and a clip, `other`, not a cold open's statements."""

import pytest

from structure_support import turn_rows

_FOX = (
    'This is a rush transcript of "Fox & Friends Weekend" on March 16, 2025. This copy may '
    "not be in its final form and may be updated.\n\n"
    "JANE ROWE, FOX NEWS HOST: Trade talks resume this week, and farm state lawmakers are "
    "watching closely. Here to talk about it, Senator Tom Hale. Senator, good morning.\n\n"
    "SEN. TOM HALE (R-NE): {greeting}\n\n"
    "MARK DENT, FOX NEWS HOST: Senator, what are you hearing back home from farmers?\n\n"
    "HALE: They can't plan a season on a tariff that changes every week. Most of our potash "
    "comes from Canada.\n\n"
    "ROWE: All right. Senator Tom Hale, thank you so much for joining us this morning.\n\n"
    "HALE: Thank you both.\n"
)


@pytest.mark.parametrize(
    "greeting",
    [
        "Good morning, Jane. Good morning, Mark. Great to be with you.",
        "Good morning, Jane. Good morning, Mark. Good to be here.",
        "Good morning, Jane, good morning Mark. Thanks for having me.",
    ],
)
def test_guest_returns_both_hosts_greetings(greeting: str) -> None:
    rows = turn_rows(_FOX.format(greeting=greeting))
    assert [(lab, spk) for lab, spk, _ in rows] == [
        ("other", "Jane Rowe"),
        ("answer", "Tom Hale"),
        ("question", "Mark Dent"),
        ("answer", "Tom Hale"),
        ("other", "Jane Rowe"),
        ("answer", "Tom Hale"),
    ]


_CNN = (
    "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\n"
    "[07:14:08]\n\n"
    "ANNA REED, CNN ANCHOR: Welcome back. The river is expected to crest later today, and "
    "officials have ordered people out of the lowest neighborhoods. {played}\n\n"
    "(BEGIN VIDEO CLIP)\n\n"
    "{voice}: We got the boat out of the garage at two in the morning. I have never seen it "
    "come up this fast.\n\n"
    "(END VIDEO CLIP)\n\n"
    "REED: Joining me now is the mayor, Sam Cole. Mayor, good morning.\n\n"
    "MAYOR SAM COLE: Good morning, Anna. It has been a long night.\n\n"
    "REED: Is the floodwall holding?\n\n"
    "COLE: The floodwall is holding for now. We closed the last of the gates around "
    "midnight.\n"
)


@pytest.mark.parametrize(
    ("played", "voice", "opening"),
    [
        # residents nobody names, played in from an affiliate: the segment's narration
        (
            "Here is what some residents told our affiliate WSAZ overnight.",
            "UNIDENTIFIED FEMALE",
            [("other", "Anna Reed"), ("other", None)],
        ),
        (
            "Here's what one resident told our affiliate KOB earlier today.",
            "UNIDENTIFIED MALE",
            [("other", "Anna Reed"), ("other", None)],
        ),
        # a named newsmaker played in keeps the documented statements
        (
            "Here is what the governor said in Columbus.",
            "GOV. DAN PIKE (R-OH)",
            [("statement", "Anna Reed"), ("statement", "Dan Pike")],
        ),
    ],
)
def test_segment_vox_pop_before_guest(
    played: str, voice: str, opening: list[tuple[str, str | None]]
) -> None:
    rows = turn_rows(_CNN.format(played=played, voice=voice))
    assert [(lab, spk) for lab, spk, _ in rows] == [
        *opening,
        ("other", "Anna Reed"),
        ("answer", "Sam Cole"),
        ("question", "Anna Reed"),
        ("answer", "Sam Cole"),
    ]
