"""Check P, batch TX TZ: a label's own generational suffix the host's introduction writes too, two
bylines stacked over the date under an outlet's question label, a briefing reporter's short
"But …?" / "Just briefly, …?" follow-up, Westminster Hall's closing resolution, a video player's
caption under its running time."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_SUNDAY = (
    "NBC News   Meet the Press\n\n"
    "Meet the Press – March 1, 2026\n\n"
    "{host_label}: Good Sunday morning. Joining me now is {office} {full}. {short}, welcome.\n\n"
    "{label}: Thanks for having me.\n\n"
    "{host_label}: Will the plan pass the Senate this spring?\n\n"
    "{label}: I expect it will, and we have the votes to show it.\n\n"
    "{host_label}: {short}, thank you for being here.\n\n"
    "{label}: Thank you.\n"
)


@pytest.mark.parametrize(
    ("office", "full", "label", "want"),
    [
        ("Health Secretary", "Robert F. Kennedy Jr.", "SEC. ROBERT F. KENNEDY JR.", "Jr."),
        ("Senator", "Thomas W. Beaumont III", "SEN. THOMAS W. BEAUMONT III", "III"),
        ("Governor", "Franklin Hale Sr.", "GOV. FRANKLIN HALE SR.", "Sr."),
    ],
)
def test_label_suffix_the_introduction_writes_is_kept(
    office: str, full: str, label: str, want: str
) -> None:
    """A label that writes its own generational suffix under an introduction that writes the
    full name with that suffix speaks under the whole name."""
    short = f"{office} {full.split()[-2]}"
    text = _SUNDAY.format(
        host_label="KRISTEN WELKER", office=office, full=full, short=short, label=label
    )
    rows = turn_rows(text)
    guest = [r for r in rows if r[2].startswith(("Thanks for having", "I expect", "Thank you."))]
    # (the canonical name drops a middle initial, keeps the suffix: `Robert Kennedy Jr.`)
    canonical = " ".join(w for w in full.split() if not (len(w) == 2 and w.endswith(".")))
    assert [r[1] for r in guest] == [canonical] * 3, rows
    assert canonical.endswith(want)


_IZVESTIA = (
    "ИЗВЕСТИЯ\nПолитика  Экономика  Общество\n\n"
    "Общество\n«Тарифы вырастут умеренно»: глава ведомства — о ЖКХ\n\n"
    "{first}\n{second}\n\n"
    "12 марта 2026, 00:01\n\n"
    "С 1 июля тарифы на коммунальные услуги вырастут в среднем на 9 процентов. Что будет с "
    "платежами и кто получит субсидии, «Известиям» рассказал министр строительства Олег "
    "Сафронов.\n\n"
    "«Известия»: Олег Петрович, почему индексация выше прошлогодней?\n\n"
    "Олег Сафронов: Потому что вырос износ сетей. Без вложений аварий станет больше.\n\n"
    "«Известия»: Кто получит субсидии?\n\n"
    "Олег Сафронов: Семьи, у которых платежи превышают 22 процента дохода.\n\n"
    "«Известия»: Спасибо за интервью.\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Анна Белова", "Кирилл Дорохов"),
        ("Мария Соколова", "Игорь Лебедев"),
        ("Дмитрий Ершов", "Елена Гаврилова"),
    ],
)
def test_two_bylines_over_the_date_keep_the_outlet(first: str, second: str) -> None:
    """Two authors' names stacked over the date are no one author: the outlet's label asks as
    the outlet, not as the lower name."""
    rows = turn_rows(_IZVESTIA.format(first=first, second=second))
    asked = [r[1] for r in rows if r[0] == "question" or r[2].startswith("Спасибо")]
    assert asked and set(asked) == {"Известия"}, rows


_BRIEFING = (
    "U.S. Department of State\n\nDepartment Press Briefing – March 12, 2026\n"
    "Tommy Pigott, Principal Deputy Spokesperson\nWashington, DC\nMarch 12, 2026\n\n"
    "MR PIGOTT: Good afternoon, everybody. I'm happy to take your questions.\n\n"
    "QUESTION: Hi, Tommy. Owen Kessler, Nikkei. There are reports of a joint coast guard "
    "patrol next month. Can you confirm that?\n\n"
    "MR PIGOTT: I'd refer you to the Coast Guard for operational details. Our alliance "
    "commitments are ironclad.\n\n"
    "QUESTION: {follow}\n\n"
    "MR PIGOTT: We welcome every step that strengthens cooperation. I'll leave it there.\n\n"
    "QUESTION: Tommy, on the visa pause – do you have the numbers you promised?\n\n"
    "MR PIGOTT: We have processed more than 40,000 applications so far.\n"
)


@pytest.mark.parametrize(
    "follow",
    [
        "But would the Department welcome such a patrol?",
        "But would the Secretary support a second patrol?",
        "Just briefly, will Japan take part in the drills?",
        "Just briefly, does the agreement cover the Senkakus?",
    ],
)
def test_short_follow_up_stays_with_the_reporter(follow: str) -> None:
    """A one-clause "But …?" that points back with "the" only, or a "Just briefly, …?", under a
    bare QUESTION label right after the answer, is the reporter who named himself before."""
    rows = turn_rows(_BRIEFING.format(follow=follow))
    row = next(r for r in rows if r[2].startswith(follow[:12]))
    assert row[1] == "Owen Kessler", rows


_WESTMINSTER_HALL = (
    "Hansard\nUK Parliament\nWestminster Hall\n\n{title}\n"
    "Volume 779: debated on Tuesday 10 February 2026\n\n"
    "[Dr Caroline Johnson in the Chair]\n9.30 am\n\n"
    "Rachel Whitcombe (North Cotswolds) (LD)ExcerptsShare\n"
    "I beg to move,\nThat this House has considered {topic}.\n"
    "It is a pleasure to serve under your chairmanship, Dr Johnson. The matter is pressing "
    "for every rural community I represent.\n\n"
    "Daniel Harker (Hexham South) (Con)ExcerptsShare\n"
    "I congratulate the hon. Member on securing this debate. Does she agree that halls "
    "should have the same protections as micro-businesses?\n\n"
    "Rachel Whitcombe\n"
    "I entirely agree, and I will come on to that point.\n\n"
    "Dr Caroline Johnson (in the Chair)\n"
    "I call the Front Bench spokespeople.\n\n"
    "The Minister for Energy Consumers (Martin McCluskey)ExcerptsShare\n"
    "I thank the hon. Member for raising it. The review will report before the summer.\n\n"
    "Dr Caroline Johnson (in the Chair)\n"
    "I call Rachel Whitcombe to wind up.\n\n"
    "Rachel Whitcombe\n"
    "I thank the Minister for his response. I will hold him to that.\n"
    "Question put and agreed to.\nResolved,\nThat this House has considered {topic}.\n"
    "10.01 am\nSitting suspended.\n"
)


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Village Halls: Energy Costs", "energy costs for village halls"),
        ("Rural Post Offices", "the future of rural post offices"),
    ],
)
def test_westminster_hall_resolution_closes_the_last_turn(title: str, topic: str) -> None:
    """The vote, "Resolved," and the motion read out again under the last speech are the
    record's, not the mover's closing words."""
    rows = turn_rows(_WESTMINSTER_HALL.format(title=title, topic=topic))
    assert rows[-1][1] == "Rachel Whitcombe", rows
    assert rows[-1][2].endswith("I will hold him to that."), rows


_SEVEN_THIRTY = (
    "ABC NEWS\nJust In   For You   Politics\n\n7.30\n{headline}\n\n"
    "By Sarah Ferguson\nPosted Tue 10 Feb 2026 at 7:58pm\n\n"
    "Watch\nDuration: 9 minutes 12 seconds\n{caption}\n\n"
    "{lead}\n\n"
    "SARAH FERGUSON, PRESENTER: Minister, welcome to 7.30.\n\n"
    "{guest_label}: Thanks very much, Sarah.\n\n"
    "SARAH FERGUSON: Why won't you cut the excise?\n\n"
    "{guest_surname}: Because it's expensive and temporary, and it doesn't target help.\n"
)


@pytest.mark.parametrize(
    ("caption", "lead", "guest_label", "guest_surname"),
    [
        (
            "Jim Chalmers joins 7.30.",
            "With petrol prices above $2.40 a litre, the Treasurer is under pressure to halve "
            "the fuel excise again. He spoke to 7.30 from Parliament House.",
            "JIM CHALMERS, TREASURER",
            "JIM CHALMERS",
        ),
        (
            "Energy Minister Chris Bowen speaks to Sarah Ferguson.",
            "Gas exporters will have to hold back part of their output for the domestic market "
            "from 2027. The Minister spoke to 7.30 from Canberra.",
            "CHRIS BOWEN, ENERGY MINISTER",
            "CHRIS BOWEN",
        ),
    ],
)
def test_player_caption_under_running_time_is_no_lead(
    caption: str, lead: str, guest_label: str, guest_surname: str
) -> None:
    """A video player's one-sentence caption right under its "Duration:" line is the page's:
    the intro starts at the lead paragraph below it."""
    headline = "Minister says excise cut 'not on the table'"
    text = _SEVEN_THIRTY.format(
        headline=headline,
        caption=caption,
        lead=lead,
        guest_label=guest_label,
        guest_surname=guest_surname,
    )
    rows = turn_rows(text)
    assert rows[0][0] == "other" and rows[0][1] is None, rows
    assert rows[0][2] == lead, rows
