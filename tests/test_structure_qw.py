"""Small cases for batch QW (final check G): a committee member whose surname is also a style
("Q4 Dr Imran Sheikh:"), a reporter who greets the office before naming herself ("Hi
Ambassador, Lena Morvan from AFP.") and her follow-up after an answer that opens on her first
name, and a broadcaster's own-paragraph "This is an edited transcript of the interview." under
the lead, which stays out of the introduction."""

import pytest

from structure_support import spoken_rows, turn_rows

_COMMITTEE = (
    "Environment Committee\n"
    "Oral evidence: Flood defences, HC 402\n"
    "\n"
    "Members present: Sarah Dyke (Chair); {member}; Tom Hale.\n"
    "\n"
    "Q1 Chair: Good morning. Could the witnesses introduce themselves for the record?\n"
    "\n"
    "Anna Pryor: Good morning. I'm Anna Pryor, chief engineer at the regional flood board.\n"
    "\n"
    "Q2 {member}: Can I start with funding? Where will the money for the new barriers come "
    "from?\n"
    "\n"
    "Anna Pryor: Mostly from the national programme, though we are still waiting for the "
    "final allocation.\n"
    "\n"
    "Q3 {member}: So the barriers may be late?\n"
    "\n"
    "Anna Pryor: They may be, yes, if the allocation slips again this spring.\n"
    "\n"
    "Q4 Tom Hale: Thank you. One last question on maintenance: who pays for it?\n"
    "\n"
    "Anna Pryor: The councils do, under the current rules.\n"
)


@pytest.mark.parametrize(
    ("member", "want"),
    [
        ("Dr Imran Sheikh", "Imran Sheikh"),
        ("Mr Ali Sheikh", "Ali Sheikh"),
        ("Ms Megan Bishop", "Megan Bishop"),
    ],
)
def test_member_whose_surname_is_a_style(member: str, want: str) -> None:
    rows = spoken_rows(_COMMITTEE.format(member=member))
    askers = [spk for lab, spk, _ in rows if lab == "question"]
    assert askers == ["Sarah Dyke", want, want, "Tom Hale"]


_STAKEOUT = (
    "Remarks to the press by Ambassador Karin Holm at the Security Council stakeout on Sudan\n"
    "\n"
    "Ambassador Karin Holm:\n"
    "\n"
    "Good afternoon. The Council met this morning on the humanitarian situation in Sudan and "
    "we heard a sobering briefing. I'm happy to take a couple of questions.\n"
    "\n"
    "Q: {greeting} {name} from {outlet}. You said the Council spoke with one voice. Did "
    "everyone agree to the press statement?\n"
    "\n"
    "Ambassador Holm: Thank you, {given}. Fourteen members agreed to it, and that is a strong "
    "signal to the parties.\n"
    "\n"
    "Q: {follow}\n"
    "\n"
    "Ambassador Holm: That is for the penholders. I won't prejudge it.\n"
)


@pytest.mark.parametrize(
    ("greeting", "name", "outlet", "follow"),
    [
        ("Hi Ambassador,", "Lena Morvan", "AFP", "But will there be a resolution?"),
        ("Hello Ambassador,", "Tomas Reyes", "EFE", "So is a resolution next?"),
        ("Good afternoon Ambassador,", "Priya Nair", "Reuters", "And when will you vote?"),
    ],
)
def test_greeted_office_then_self_introduction_and_follow_up(
    greeting: str, name: str, outlet: str, follow: str
) -> None:
    text = _STAKEOUT.format(
        greeting=greeting, name=name, outlet=outlet, given=name.split()[0], follow=follow
    )
    rows = spoken_rows(text)
    assert [spk for lab, spk, _ in rows if lab == "question"] == [name, name]


_BROADCAST = (
    "Evening News\n"
    "\n"
    "Minister: 'The rail plan is fully funded'\n"
    "\n"
    "By Jo Whitby\n"
    "Presenter\n"
    "\n"
    "Thursday 12 Feb 2026\n"
    "\n"
    "After the cabinet signed off the northern rail plan, Jo Whitby spoke to the transport "
    "secretary, Mark Ellison, about the cost, the timetable and the towns left out.\n"
    "\n"
    "{editor}\n"
    "\n"
    "Jo Whitby: Secretary of State, thank you for coming in. Is this plan really funded?\n"
    "\n"
    "Mark Ellison: Thank you, Jo. Yes, every line of it is in the spending review.\n"
    "\n"
    "Jo Whitby: And the towns that were left out?\n"
    "\n"
    "Mark Ellison: They will be in the next phase, which we set out in the autumn.\n"
)


@pytest.mark.parametrize(
    "editor",
    [
        "This is an edited transcript of the interview.",
        "This is a lightly edited transcript of the conversation.",
        "This is an abridged transcript of their conversation.",
    ],
)
def test_own_paragraph_transcript_note_after_lead(editor: str) -> None:
    rows = turn_rows(_BROADCAST.format(editor=editor))
    intro = [body for lab, spk, body in rows if lab == "other" and spk is None]
    assert intro and intro[0].endswith("the towns left out.")
    assert editor not in " ".join(body for _, _, body in rows)
