"""Small cases for the IP round's second pass (office labels): a page's closing furniture under
the last turn (a committee record's clock and close, its item links and postal address; a
transcription service's credit and a row of footer links; a licence line; a community paper's
reporter address, funding credit, share row, "Trending" box and cookie banner) is trailing; "THE
MODERATOR:" chairs as "MODERATOR:" does; "CAO:" is an office the caption's holder completes;
"COUN. BOHACHYK:" is a councillor's title and surname."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import turn_rows

LAST = "The Convener: I thank the witnesses for their evidence."


@pytest.mark.parametrize(
    "tail",
    [
        "09:58\nMeeting continued in private until 10:37.",
        "Previous item: Decision on Taking Business in Private\n"
        "Next item: Code of Conduct for Members (Review)",
        "The Scottish Parliament, Edinburgh, EH99 1SP\nTelephone: 0131 348 5000",
        "FastScripts Transcript by ASAP Sports\n\n"
        "About ASAP Sports  |  FastScripts Archive  |  Contact Us  |  Privacy Policy",
        "Відеозапис брифінгу доступний на YouTube-каналі Медіацентру Україна.\n"
        "Усі матеріали сайту доступні за ліцензією Creative Commons Attribution 4.0 "
        "International",
        "skuzyk@beaverrivercourier.ca\n"
        "The Local Journalism Initiative is funded by the Government of Canada.\n\n"
        "Facebook   X   LinkedIn   Email   Reddit\n\n"
        "Trending\nBarrhead RCMP seek help finding missing teen\n"
        "Westlock council approves 2025 operating budget\n\n"
        "Comments\nYou must be logged in to join the discussion or comment on this article.\n"
        "This website uses cookies to personalize your content. By continuing to use our site, "
        "you agree to our Terms of Service and Privacy Policy.",
    ],
)
def test_closing_furniture_is_trailing(tail: str) -> None:
    text = f"Member: Is the code working?\n\n{LAST}\n\n{tail}\n"
    assert text[: trailing_start(text)].rstrip().endswith("evidence.")


def test_bare_clock_stays_without_meeting_close() -> None:
    # A caption export's last stamp is no committee clock.
    text = "HOST: words here\n\nGUEST: more words here\n10:20\n"
    assert trailing_start(text) == len(text.rstrip())


def test_the_moderator_chairs() -> None:
    rows = turn_rows(
        "THE MODERATOR: Good morning, and welcome. Commissioner.\n\n"
        "COMMISSIONER: Thank you, and good morning.\n\n"
        "Q. Will the replay center change anything?\n\n"
        "COMMISSIONER: Not this season.\n\n"
        "Q. And next season?\n\n"
        "COMMISSIONER: We will see.\n\n"
        "THE MODERATOR: Thank you, Commissioner.\n"
    )
    assert rows[0][:2] == ("other", None)
    assert rows[-1][:2] == ("other", None)


@pytest.mark.parametrize(
    ("label", "kind"),
    [("CAO", LabelKind.OFFICE), ("COUN. BOHACHYK", LabelKind.PERSON)],
)
def test_municipal_labels(label: str, kind: LabelKind) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is kind
    if kind is LabelKind.PERSON:
        assert info.name is not None and info.name.surname == "BOHACHYK" and info.name.title


def test_cao_named_by_caption() -> None:
    rows = turn_rows(
        "Council's chief administrative officer Glen Sawchuk, left, and Reeve Darlene Kowalchuk "
        "take questions at the hall on Tuesday.\n\n"
        "Coun. Marvin Bohachyk sat at the head table with them.\n\n"
        "REEVE: Okay, go ahead, sir.\n\n"
        "RESIDENT: Why should I pay more for roads elsewhere?\n\n"
        "REEVE: The network doesn't work quarter by quarter. Glen can explain the cycle.\n\n"
        "CAO: Thanks, Reeve. Right now we regravel on a nine-year cycle.\n\n"
        "RESIDENT: Where did the 2019 money go?\n\n"
        "COUN. BOHACHYK: A good chunk went into the two bridge replacements.\n"
    )
    speakers = {r[1] for r in rows}
    assert {"Glen Sawchuk", "Marvin Bohachyk", "Darlene Kowalchuk"} <= speakers
