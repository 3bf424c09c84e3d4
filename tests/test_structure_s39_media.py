"""Session 33, media pages (S38/S39 fixer "media"): a cookie banner over a speech page's office
headline, a name-and-post line over "Check against delivery", a wire caption's licensing
button, France 24's stamp lines and reading time, a Guardian-style Q&A (photo credit,
pull quote, topic box, newsletter notice label, "Name in Place" byline under an outlet label),
a membership pitch between answers, "Note from the authors:", an Otter stamp glued to the
sentence above, an office's capitalised word before a lead's name and a print issue line
before an outlet's capitals."""

from __future__ import annotations

import re

import pytest
from tests.structure_support import run, turn_rows

from rhetoscope.structure.dialogue import _office_place_dropped
from rhetoscope.structure.furniture import _trim_pull_quote
from rhetoscope.structure.labels import _COOKIE_LINE, _LEGAL_NOTICE_LABEL
from rhetoscope.structure.naming import _PLACED_BYLINE_PAIR

_SPEECH = (
    "Thank you for that warm welcome, and thank you to the institute for having me today.\n\n"
    "We meet at a moment when the security of our continent is being tested as never before. "
    "I want to set out what this government will do about it.\n\n"
    "Thank you.\n"
)


def test_cookie_banner_over_office_headline_is_no_label() -> None:
    page = (
        "Cookies on GOV.UK\n"
        "We use some essential cookies to make this website work.\n"
        "We’d like to set additional cookies to understand how you use GOV.UK.\n"
        "We also use cookies set by other sites to help us deliver content.\n"
        "Accept additional cookies\nReject additional cookies\nView cookies\n"
        "Skip to main content\nGOV.UK\nMenu\n\nHome\nInternational\n\nSpeech\n"
        "Home Secretary: We will secure our borders for the long term\n"
        "The Home Secretary's speech at the annual conference on border security.\n\n"
        "From:\nHome Office and The Rt Hon Jane Roe MP\nPublished\n3 March 2025\n"
        "Delivered on:\n3 March 2025 (Original script, may differ from delivered version)\n\n"
        + _SPEECH
    )
    rows = turn_rows(page)
    assert len(rows) == 1
    assert rows[0][2].startswith("Thank you for that warm welcome")


@pytest.mark.parametrize(
    "line",
    [
        "We use some essential cookies to make this website work.",
        "We’d like to set additional cookies to understand how you use GOV.UK.",
        "Cookies on GOV.UK",
        "Accept additional cookies",
        "View cookies",
    ],
)
def test_cookie_line(line: str) -> None:
    assert _COOKIE_LINE.search(line) is not None


@pytest.mark.parametrize("line", ["We use drones to watch the border.", "Cookies and cream"])
def test_not_cookie_line(line: str) -> None:
    assert _COOKIE_LINE.search(line) is None


def test_name_and_post_over_delivery_caveat_is_header() -> None:
    page = (
        "Security Forum\nNewsroom\n\nSpeech by Jane Roe at the Security Forum 2025\n\n"
        "15 February 2025\n\n"
        "Jane Roe, High Representative of the Union for Foreign Affairs and Security Policy / "
        "Vice-President of the Commission\n"
        "Check against delivery\n\n" + _SPEECH
    )
    rows = turn_rows(page)
    assert len(rows) == 1
    assert rows[0][2].startswith("Thank you for that warm welcome")


_WIRE = (
    "Reuters\nWorld\n\nEurope\nMinistry says talks will resume next week\nBy Jane Roe\n"
    "October 13, 2025 1:47 PM GMT+3\n\n"
    "Spokesman John Doe attends a briefing in Moscow, Russia, September 17, 2025. "
    "REUTERS/File Photo Purchase Licensing Rights, opens new tab\n\n"
    "Summary\nTalks to resume next week\nNo date set for summit\n\n"
    "MOSCOW, Oct 13 (Reuters) - The ministry said on Monday that talks would resume next week, "
    "but that no date had been set for a summit.\n\n"
    'John Doe told reporters the sides were "working hard". "We are not there yet," he said.\n'
)


def test_wire_caption_with_licensing_button_is_header() -> None:
    rows = turn_rows(_WIRE)
    assert len(rows) == 1
    assert rows[0][2].startswith("MOSCOW, Oct 13 (Reuters) - The ministry said")


def test_france24_stamp_lines_and_reading_time_are_header() -> None:
    page = (
        "FRANCE 24\nLive\nNews\n\nEurope\nMinister says talks must wait\n\n"
        "Foreign Minister John Doe on Thursday said talks must wait until the spring.\n\n"
        "Issued on: 13/03/2025 - 16:48\nModified: 13/03/2025 - 16:52\n3 min Reading time\n\n"
        "Foreign Minister John Doe gives a press conference on March 13, 2025. © Jane Roe, AFP\n\n"
        "Paris (AFP) – Foreign Minister John Doe on Thursday said talks on the dispute must "
        "wait until the spring, as the sides weigh a new proposal.\n\n"
        '"We are in no hurry," Doe told reporters. "The spring is soon enough."\n'
    )
    rows = turn_rows(page)
    assert len(rows) == 1
    assert rows[0][2].startswith("Paris (AFP) – Foreign Minister John Doe")


_GUARDIAN = (
    "Skip to main content\nSign in\nThe Ledger - Back to homepage\nNews\nOpinion\n\n"
    "Interview\n'We will not blink': Jane Roe on drones and deterrence\n"
    "The president says Europe has woken up to the threat\n"
    "John Doe in Oslo\nMon 6 Oct 2025 05.00 BST\n\n"
    "When I meet her at the palace, the drones are the talk of the capital. Our conversation "
    "was conducted in English.\n\n"
    "Ledger: Let's begin with the drones. Is the country being tested?\n\n"
    "Roe: Yes, and we should call it what it is. It is a test of our resolve.\n\n"
    "'Deterrence only works if the other side believes it'\n\n"
    "Ledger: You know the US president well. What does he think?\n\n"
    "Roe: I would never speak for him. But I can tell you what I observe.\n\n"
    "Roe and the president at the White House in August. Photograph: Jane Smith/AP\n\n"
    "Ledger: Your border has been closed since 2023. Will it reopen?\n\n"
    "Roe: Not as long as the situation remains as it is. Security comes first.\n\n"
    "Sign up to This Week\nFree weekly newsletter\n"
    "Privacy Notice: Newsletters may contain info about charities and online ads. For more "
    "information see our Privacy Policy.\nafter newsletter promotion\n\n"
    "Ledger: Defence spending is rising everywhere, and budgets are tight. Can you afford it.\n\n"
    "Roe: We cannot afford not to. We will reach the target by 2029.\n\n"
    "Ledger: Last question. What keeps you up at night?\n\n"
    "Roe: Honestly? Not very much. The risk is complacency, and we must not get tired.\n\n"
    "Explore more on these topics\nNorway\nDefence\nShare\nReuse this content\n\n"
    "Most viewed\n… as you're joining us today, we have a small favour to ask. Millions have "
    "placed their trust in our journalism, which is free for everyone to read.\n"
    "Support the Ledger\nContinue\nRemind me in November\n"
)


def test_guardian_qa_furniture_and_byline_writer() -> None:
    rows = turn_rows(_GUARDIAN)
    answers = [body for label, _, body in rows if label == "answer"]
    assert answers[0].endswith("It is a test of our resolve.")
    assert answers[1].endswith("But I can tell you what I observe.")
    assert answers[2].endswith("Security comes first.")
    assert answers[-1].endswith("we must not get tired.")
    assert not any(who == "Privacy Notice" for _, who, _ in rows)
    assert {who for label, who, _ in rows if label == "question"} == {"John Doe"}


@pytest.mark.parametrize(
    ("header", "writer"),
    [
        ("Title\nJohn Doe in Oslo\nMon 6 Oct 2025 05.00 BST\n", ("John", "Doe")),
        ("Title\nJane Roe in New York\n6 October 2025\n", ("Jane", "Roe")),
        ("Title\nJane Roe and John Doe in Kyiv\nMon 6 Oct 2025 05.00 BST\n", None),
        ("Title\nJane Roe in Oslo\nShare\n", None),
    ],
)
def test_placed_byline_pair(header: str, writer: tuple[str, str] | None) -> None:
    m = _PLACED_BYLINE_PAIR.search(header)
    assert (m.groups() if m else None) == writer


@pytest.mark.parametrize(
    ("label", "legal"),
    [("Privacy Notice", True), ("Terms of Service", True), ("Privacy", False), ("Jane Roe", False)],
)
def test_legal_notice_label(label: str, legal: bool) -> None:
    assert (_LEGAL_NOTICE_LABEL.fullmatch(label) is not None) is legal


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("\n\n'Deterrence only works if the other side believes it'", True),
        ("\n\n“We are not asking anyone for charity”", True),
        ("\n\nSupport independent journalism. Join the Daily Ledger community.", True),
        ("\n\n'We will win.'", False),  # a stop before the close: a quoted sentence
        ("\n\nAnd we will keep going, whatever happens.", False),
    ],
)
def test_trim_pull_quote(tail: str, cut: bool) -> None:
    text = "Yes, and we should call it what it is." + tail
    assert (_trim_pull_quote(text, 0, len(text)) < len(text)) is cut


def test_membership_pitch_between_answers_and_authors_note() -> None:
    page = (
        "The Daily Ledger\n\nExclusive: Minister on assets\n\n"
        "Ledger: Are you confident this will happen?\n\n"
        "Roe: I am confident that the decision is ripening. It is a legally sound solution.\n\n"
        "Support independent journalism in Norway. Join the Daily Ledger community.\n\n"
        "Ledger: Do you see any sign that the other side is ready?\n\n"
        "Roe: Honestly, no. Pressure and unity are what make diplomacy possible.\n\n\n"
        "Note from the authors:\nHi, this is John and Mary. Thank you for reading. If you "
        "value independent reporting, please consider becoming a member of the Daily Ledger.\n"
        "Become a member\n"
    )
    answers = [body for label, _, body in turn_rows(page) if label == "answer"]
    assert answers[0].endswith("It is a legally sound solution.")
    assert answers[1].endswith("are what make diplomacy possible.")


def test_otter_stamp_glued_to_sentence_above() -> None:
    page = (
        "Episode 12\n\n"
        "Tom  00:00:00\nWelcome to the show. Jane, what is the mood in Europe right now?\n\n"
        "Jane  00:00:20\nTense. Everyone is watching the drones.\n\n"
        "Ben  00:01:00\nAnd the money? Is Europe paying enough?\n\n"
        "Jane  00:01:30\nNot yet. It is in this for the long haul, though.Ben  00:02:10\n"
        "Jane, you grew up near the border. Does that shape how you see it?\n\n"
        "Jane  00:02:40\nA lot. That is the thread through everything I write.\n\n"
        "Ben  00:03:00\nAnd what should the president do now?\n\n"
        "Jane  00:03:20\nListen to the allies. That is the whole of it.\n\n"
        "Tom  00:03:40\nThank you, Jane.\n"
    )
    bodies = [body for _, _, body in turn_rows(page)]
    assert "Not yet. It is in this for the long haul, though." in bodies
    assert any(b.startswith("Jane, you grew up near the border.") for b in bodies)


@pytest.mark.parametrize(
    ("lead", "who"),
    [
        (
            "John Doe, Minister of Strategic Industries\n\nHow the model works – Minister of "
            "Strategic Industries John Doe told Agency in an interview.",
            "John Doe",
        ),
        # (the page never writes the name without the word: it stays)
        (
            "How it works – Minister of Strategic Industries John Doe told Agency.",
            "Industries John Doe",
        ),
    ],
)
def test_office_word_before_lead_name_dropped(lead: str, who: str) -> None:
    m = re.search(r"(?P<who>Industries John Doe) told", lead)
    assert m is not None
    assert _office_place_dropped(lead, m) == who


def test_issue_line_before_outlet_caps_is_no_given_name() -> None:
    page = (
        "DER LEDGER International\nHome\nWorld\n\n"
        'Foreign Minister John Doe\n"The Problem Is the Pipeline"\n'
        "Foreign Minister John Doe discusses the pipeline and the drones.\n"
        "Interview Conducted by Jane Roe und Max Mustermann\n25.10.2025, 12.07 Uhr\n"
        "Aus DER LEDGER 44/2025\n\n"
        "DER LEDGER: Mr. Doe, a court refused to hand over the suspect. Do you understand "
        "the irritation?\n\n"
        "Doe: I understand that prosecutors are doing their job.\n\n"
        "DER LEDGER: Doesn't the rule of law apply here?\n\n"
        "Doe: Of course it applies, and the court applied it.\n"
    )
    askers = {who for label, who, _ in turn_rows(page) if label == "question"}
    assert askers == {"DER LEDGER"}


def test_run_smoke() -> None:
    assert run(_WIRE) is not None
