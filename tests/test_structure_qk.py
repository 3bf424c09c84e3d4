"""Small cases for batch QK QM (final check F): a reporter's self-introduction after a thanks
whose outlet is an acronym spelled like a courtesy form ("Thank you. Jonas Berg, DR. Prime
Minister, …"), and that reporter's next question under the same bare label, opening "And", the
address to the other leader and "a short one" / "one more"."""

import pytest

from structure_support import spoken_rows

_JOINT = (
    "Press conference of the President and the Prime Minister\n"
    "\n"
    "4 June 2026 - 12:30\n"
    "\n"
    "Andriy Kovalenko: Thank you. We have time for questions. Danish media, please.\n"
    "\n"
    "Question: Thank you. {name}, {outlet}. Prime Minister, what do you say to the critics "
    "at home?\n"
    "\n"
    "Karen Lund: That helping Ukraine is helping ourselves. It is the same security.\n"
    "\n"
    "Question: {follow}\n"
    "\n"
    "Oleh Marchenko: We are ready for any format that brings a real peace.\n"
    "\n"
    "Andriy Kovalenko: Thank you. This concludes the press conference.\n"
)


@pytest.mark.parametrize(
    ("name", "outlet", "follow"),
    [
        (
            "Jonas Berg",
            "DR",
            "And, Mr. President, a short one: will you meet the envoy this month?",
        ),
        (
            "Sofie Dahl",
            "DR",
            "And, Mr. President, one more: when will the next package arrive?",
        ),
        (
            "Lars Vinter",
            "MR",
            "And, Madam Chancellor, a quick question: is the date fixed?",
        ),
    ],
)
def test_acronym_outlet_and_addressed_follow_up(name: str, outlet: str, follow: str) -> None:
    rows = spoken_rows(_JOINT.format(name=name, outlet=outlet, follow=follow))
    speakers = [(lab, spk) for lab, spk, _ in rows if lab == "question"]
    assert speakers == [("question", name), ("question", name)]


_GOVUK = (
    "Speech\n"
    "Transport Secretary press conference on rail services: 3 February 2026\n"
    "\n"
    "Transport Secretary Ruth Alder: Thank you for coming. Today we are setting out a plan for "
    "the northern lines, with new trains from next year.\n"
    "\n"
    "Press officer: {handoff}\n"
    "\n"
    "Question (ITV): Secretary of State, when will passengers see the difference?\n"
    "\n"
    "Transport Secretary: From the December timetable.\n"
    "\n"
    "Question (Yorkshire Post): Who pays for the new trains?\n"
    "\n"
    "Transport Secretary: The operator, under the new contract.\n"
)


@pytest.mark.parametrize("handoff", ["First question from ITV.", "ITV, then the Yorkshire Post."])
def test_sentence_case_remit_officer_is_a_label(handoff: str) -> None:
    rows = spoken_rows(_GOVUK.format(handoff=handoff))
    assert [lab for lab, _, _ in rows][:3] == ["statement", "other", "question"]
    assert rows[0][2].rstrip().endswith("new trains from next year.")
    assert rows[1][1] == "Press officer"
