"""Office labels whose holder the page names elsewhere: a school's "Principal:", offices whose
first word is a common noun ("Chief Medical Officer:", "Auditor General:"), a force's "Deputy
Chief:", a participants list's "Post: Name" lines, the presenter the interviewee "spoke to",
and closing furniture (a page's review date, a programme's airtime, a presenter's credit)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import spoken_rows
from structure_support import turn_rows as rows


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Principal", "Principal"),
        ("Chief Medical Officer", "Chief Medical Officer"),
        ("Auditor General", "Auditor General"),
        ("Surgeon General", "Surgeon General"),
        ("DEPUTY CHIEF", "DEPUTY CHIEF"),
    ],
)
def test_office_labels(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE
    assert info.office is not None and info.office.lower() == office.lower()


_CASES = [
    # A school paper: the headline names the principal, the label is her post.
    (
        "Ten minutes with the Principal: Mr. Owen Talbot on uniforms\n\n"
        "By Priya Shah and Leo Marsh, Year 10\n\n"
        "We met him in his office. The interview has been edited for length.\n\n"
        "Student Reporter: Why change the uniform?\n\n"
        "Principal: Because families asked us to make it cheaper.\n\n"
        "Student Reporter: When does it start?\n\n"
        "Principal: In September, with a year to switch over.\n",
        [
            ("question", "Student Reporter", "Why change the uniform?"),
            ("answer", "Owen Talbot", "Because families asked us to make it cheaper."),
            ("question", "Student Reporter", "When does it start?"),
            ("answer", "Owen Talbot", "In September, with a year to switch over."),
        ],
    ),
    # A radio page: the dek names the office's holder before the qualified office, and whom
    # she spoke to; the station's airtime note closes the page.
    (
        "Chief Medical Officer on hay fever season\n\n"
        "Dr Lena Kerr, Wales's acting Chief Medical Officer, spoke to Gareth Pryce on Daybreak.\n\n"
        "Presenter: Dr Kerr, good morning. How bad will it be?\n\n"
        "Chief Medical Officer: Good morning, Gareth. Worse than last year, I'm afraid.\n\n"
        "Presenter: What should people do?\n\n"
        "Chief Medical Officer: Check the pollen forecast and keep windows shut at night.\n\n"
        "Daybreak is on weekdays from 6am.\n",
        [
            ("question", "Gareth Pryce", "Dr Kerr, good morning. How bad will it be?"),
            ("answer", "Lena Kerr", "Good morning, Gareth. Worse than last year, I'm afraid."),
            ("question", "Gareth Pryce", "What should people do?"),
            ("answer", "Lena Kerr", "Check the pollen forecast and keep windows shut at night."),
        ],
    ),
    # A committee record: the participants list pairs each post with its holder; its lines
    # are no turns.
    (
        "Standing Committee on Estimates\n\n"
        "Participants:\n"
        "Chair: Mr. Colin Fairweather (Eastfield)\n"
        "Auditor General: Ms. Naomi Achebe\n"
        "Ms. Ruth Okoro (Lakeside)\n\n"
        "The Chair: I call the meeting to order. Ms. Achebe, please begin.\n\n"
        "Auditor General: Thank you, Mr. Chair. We audited forty grants.\n\n"
        "The Chair: Thank you. Ms. Okoro.\n\n"
        "Ms. Okoro: Were any grants paid twice?\n\n"
        "Auditor General: Two were, and both were recovered.\n",
        [
            ("statement", "Colin Fairweather", None),
            ("statement", "Naomi Achebe", None),
            ("other", "Colin Fairweather", None),
            ("question", "Ruth Okoro", None),
            ("answer", "Naomi Achebe", None),
        ],
    ),
    # A Ukrainian talk show: the presenter's credit under the last words is the page's.
    (
        "Гість студії — директор Житомирської обласної дитячої лікарні Павло Сидорчук.\n\n"
        "Ведуча: Добрий вечір. Чому черги такі довгі?\n\n"
        "Директор лікарні: Бо бракує лікарів. Ми шукаємо нових.\n\n"
        "Ведуча: Дякую.\n\n"
        "Ведуча програми — Ірина Мазур.\n",
        [
            ("question", "Ірина Мазур", None),
            ("answer", "Павло Сидорчук", None),
            ("other", "Ірина Мазур", "Дякую."),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), _CASES)
def test_office_pages(text: str, want: list[tuple[str, str | None, str | None]]) -> None:
    got = spoken_rows(text)
    # (who speaks each turn; the roles are other rules' business and only listed for reading)
    assert [speaker for _, speaker, _ in got] == [sp for _, sp, _ in want]
    for (_, _, words), (_, _, t) in zip(want, got, strict=True):
        if words is not None:
            assert t == words


def test_nhs_page_date_ends_the_last_answer() -> None:
    text = (
        "Q: Why are waits long?\n"
        "Chief Executive: Demand is up by a tenth this winter.\n\n"
        "Q: How can the public help?\n"
        "Chief Executive: Use the pharmacy first, please.\n\n"
        "Share this page: Facebook | X | Email\n"
        "Last reviewed: 2 February 2025\n"
    )
    assert rows(text)[-1] == ("answer", "Chief Executive", "Use the pharmacy first, please.")
