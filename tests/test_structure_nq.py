"""Small cases for batch NQ (whitehouse.gov, state.gov): an interview titled "Interview of the
Vice President with Lydia Marsh, WTAE" over the line "Vice President JD Vance" — the one the
interview is "with" asks under the bare ``Q``, the office's holder answers; and at a press
availability where the spokeswoman calls each reporter by name, a short "And just briefly on
… — is the U.S. …?" straight after the answer is the called reporter's follow-up."""

import pytest

from structure_support import turn_rows

_WH = (
    "Briefings & Statements\n"
    "Interview of the {office} with {asker}, WTAE\n"
    "{holder_line}\n"
    "October 2, 2025\n"
    "\n"
    "Pittsburgh, Pennsylvania\n"
    "\n"
    "3:12 P.M. EDT\n"
    "\n"
    "Q    Thanks so much for sitting down with us here in Pittsburgh.\n"
    "\n"
    "THE {OFFICE}:  Thanks for having me. It's always good to be back.\n"
    "\n"
    "Q    Workers told me they're worried about prices. What do you say to them?\n"
    "\n"
    "THE {OFFICE}:  I'd say that the folks I met today are making steel again.\n"
    "\n"
    "END                3:24 P.M. EDT\n"
)


@pytest.mark.parametrize(
    ("office", "asker", "holder_line", "answerer"),
    [
        ("Vice President", "Lydia Marsh", "Vice President JD Vance", "JD Vance"),
        ("President", "Bret Halloran", "President Donald J. Trump", "Donald Trump"),
        # No line names the holder: the asker is still named, the answer keeps the office.
        ("Vice President", "Lydia Marsh", "", None),
    ],
)
def test_interview_of_the_office_with_a_journalist(
    office: str, asker: str, holder_line: str, answerer: str | None
) -> None:
    text = _WH.format(office=office, OFFICE=office.upper(), asker=asker, holder_line=holder_line)
    rows = [(label, speaker) for label, speaker, _ in turn_rows(text)]
    askers = {speaker for label, speaker in rows if label != "answer"}
    answerers = {speaker for label, speaker in rows if label == "answer"}
    assert askers == {asker}
    assert answerers == {answerer}


_STATE = (
    "Secretary Rubio's Press Availability\n"
    "Remarks\n"
    "Marco Rubio, Secretary of State\n"
    "Mexico City, Mexico\n"
    "September 3, 2025\n"
    "SECRETARY RUBIO: Good afternoon, everybody. We had a very productive day here. With that, "
    "I'm happy to take a few questions, and our spokesperson, Tammy Bruce, will call on you.\n"
    "MS BRUCE: Thank you. Shaun Tandon, AFP.\n"
    "QUESTION: Thank you, Mr. Secretary. Did you discuss strikes on cartel targets?\n"
    "SECRETARY RUBIO: I'm not going to discuss hypotheticals about operations.\n"
    "QUESTION: {follow}\n"
    "SECRETARY RUBIO: No. We've said that from day one.\n"
    "MS BRUCE: Next, Francesca Chambers, USA Today.\n"
    "QUESTION: Mr. Secretary, could the tariffs be paused?\n"
    "SECRETARY RUBIO: The trade questions are the President's decision.\n"
)


@pytest.mark.parametrize(
    ("follow", "asker"),
    [
        ("And just briefly on Venezuela — is the U.S. prepared to talk at all?", "Shaun Tandon"),
        ("And briefly, on Venezuela — will you negotiate with Maduro?", "Shaun Tandon"),
        ("And on Venezuela — will you negotiate with Maduro?", "Shaun Tandon"),
        # A new topic at length is anyone's.
        (
            "Secretary, on Venezuela. There are reports of talks in Doha this week between the "
            "two sides. Will you negotiate with Maduro?",
            None,
        ),
    ],
)
def test_called_reporters_brief_follow_up(follow: str, asker: str | None) -> None:
    rows = turn_rows(_STATE.format(follow=follow))
    questions = [speaker for label, speaker, _ in rows if label == "question"]
    assert questions == ["Shaun Tandon", asker, "Francesca Chambers"]


@pytest.mark.parametrize(
    ("title", "askers"),
    [
        ("Interview of the Vice President with Lydia Marsh, WTAE", {"Marsh"}),
        ("Interview of the President with Bret Baier of Fox News", {"Baier"}),
        # An outlet the interview is "with" is no one who asks.
        ("Interview of the President with Fox News", set()),
    ],
)
def test_interview_of_the_office_with_names_the_asker(title: str, askers: set[str]) -> None:
    from rhetoscope.structure.header import _header_people

    people = _header_people(f"{title}\nVice President JD Vance\nOctober 2, 2025")
    assert {n.surname for k, n in people if k == "interview by"} == askers
