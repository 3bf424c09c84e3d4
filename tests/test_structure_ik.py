"""Print Q&A layouts of round 42 (batch IK): a masthead that "spoke with" someone, a skip link
over the masthead, a university paper's staff byline, a Spanish double surname after "spoke",
an alumni class year, a regional paper's capitals Q&A under its staff-tagged byline, the
reporter's contact line, a close-set photo credit and a newsletter's
sign-off."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _SLASH_CREDIT, _headlined_subject
from rhetoscope.structure.metadata import _REACH_LINE, _SIGN_OFF, BYLINE, _short_box_start
from rhetoscope.structure.naming import _author_over_date, _double_surname
from rhetoscope.structure.speakers import first_line
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        # the masthead "spoke with" someone: the outlet, not the interviewee
        (
            "Waste Dive Weekly\nMenu\nPriya Olsen, plant manager at Ridgeline Recovery, on "
            "sorting.\nRidgeline sorts 3,000 tons a month.\nWaste Dive Weekly spoke with plant "
            "manager Priya Olsen about the line.\n",
            "Priya Olsen",
        ),
        # an alumni magazine's class year after the name
        (
            "Alumni Quarterly\nTomás Ruiz ’07 has built boats for a decade.\nWhen Tomás Ruiz "
            "came to campus he meant to study law.\n",
            "Tomás Ruiz",
        ),
    ],
)
def test_headlined_subject(lead: str, want: str) -> None:
    assert _headlined_subject(lead, None) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Skip to content\nThe Campus Gazette\nSearch\n", "The Campus Gazette"),
        ("Skip to main content\nRiver Times\n", "River Times"),
        ("River Times\nSkip to content\n", "River Times"),
    ],
)
def test_skip_link_is_no_masthead(text: str, want: str) -> None:
    assert first_line(text) == want


def test_staff_writer_byline_over_date() -> None:
    header = (
        "Health\nWhy clinics close\nMaya Ortiz\nHarvard Staff Writer\nMarch 3, 2025 5 min read\n"
    )
    author = _author_over_date(header, [])
    assert author is not None and author.display() == "Maya Ortiz"


def test_double_surname_before_speaks() -> None:
    header = (
        "Port director Luis Herrera Campos speaks during an interview in Lima.\n"
        "LIMA (AP) — The port's director, Luis Herrera Campos, spoke with reporters.\n"
    )
    assert _double_surname("Luis Herrera", header) == "Luis Herrera Campos"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("By JAMIE COLE Sentinel Staff", "JAMIE COLE"),
        ("By Jamie Cole", "Jamie Cole"),
    ],
)
def test_byline_drops_paper_staff_tag(line: str, want: str) -> None:
    m = BYLINE.search(line)
    assert m is not None and m.group("name") == want


_CAPS_QA = """The Valley Ledger
Local News
Q&A: The new school superintendent on budgets and buses
By JAMIE COLE Ledger Staff
Feb 2, 2025
MILFORD — Ana Brooks takes over the district on March 1. The Ledger sat down with Brooks last week.

WHAT WILL YOU DO IN YOUR FIRST MONTH?
Visit every school. I want to hear from the bus drivers and the cooks as much as the principals.

HOW SERIOUS IS THE BUDGET GAP?
Serious. We are short about two million dollars and the state aid formula will not fix that.

WILL ANY SCHOOLS CLOSE?
Not next year. I will not close a building without a long public process first.
Jamie Cole can be reached at 555-0100 or jcole@valleyledger.com.
"""


def test_caps_questions_asked_by_byline_writer() -> None:
    rows = [r for r in turn_rows(_CAPS_QA) if r[0] == "question"]
    assert rows and all(s == "Jamie Cole" for _, s, _ in rows)
    assert not any("can be reached" in t for _, _, t in turn_rows(_CAPS_QA))


@pytest.mark.parametrize(
    ("line", "hit"),
    [
        ("Jamie Cole can be reached at 555-0100, ext. 12, or jcole@valleyledger.com.", True),
        ("Jamie Cole can be reached at jcole@ledger.com. Follow her on X @jcole.", True),
        ("She said the mayor can be reached at any time.", False),
    ],
)
def test_reach_line(line: str, hit: bool) -> None:
    assert (_REACH_LINE.fullmatch(line) is not None) is hit


@pytest.mark.parametrize(
    ("line", "hit"),
    [
        ("Lena Park/Harvard Staff Photographer", True),
        ("Carlos Ybarra / Caprock Public Radio", True),
        ("Lena Park/Harvard Staff", False),
    ],
)
def test_slash_credit(line: str, hit: bool) -> None:
    assert (_SLASH_CREDIT.fullmatch(line) is not None) is hit


def test_newsletter_sign_off_cut() -> None:
    text = (
        "DI: Anytime. Thanks for having me.\n"
        "That's it for this week. Next Thursday: the history of the roundabout.\n"
        "— Sam\nReply   Share\nUnsubscribe\n"
    )
    end = _short_box_start(_SIGN_OFF, text, len(text))
    assert text[:end].endswith("Thanks for having me.")
