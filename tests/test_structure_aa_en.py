"""Batch AA snippets: earnings calls, House floor, Holyrood, Philippine PCO labels."""

import pytest

from rhetoscope.structure.turns import analyse

CASES = [
    (  # Motley Fool: "Name -- Title" and "Operator" alone on a line; the roster is no turn
        "Operator\n\nWelcome to the call. I now turn it over to Ann Lee.\n\n"
        "Ann Lee -- Chief Executive Officer\n\nThank you. Revenue grew.\n\n"
        "Operator\n\nOur first question comes from Bo Kim with UBS.\n\n"
        "Bo Kim -- UBS -- Analyst\n\nWhat about margins?\n\n"
        "Ann Lee -- Chief Executive Officer\n\nThey improved.\n\n"
        "Duration: 0 minutes\n\nCall participants:\n\n"
        "Ann Lee -- Chief Executive Officer\n\nBo Kim -- UBS -- Analyst\n\n"
        "Carl Diaz -- Chief Financial Officer\n\nMore analysis\n",
        ["Operator", "Ann Lee", "Operator", "Bo Kim", "Ann Lee"],
    ),
    (  # The House's presiding officer, named in brackets on first use
        "  Mr. HALVORSEN. Mr. Speaker, I call up the bill.\n"
        "  The SPEAKER pro tempore (Mr. Whitfield). The bill is considered read.\n"
        "  Mr. HALVORSEN. Mr. Speaker, I ask unanimous consent.\n"
        "  The SPEAKER pro tempore. Is there objection?\n"
        "  There was no objection.\n"
        "  Mr. HALVORSEN. Mr. Speaker, I yield back.\n",
        ["Mr. Halvorsen", "Mr. Whitfield", "Mr. Halvorsen", "Mr. Whitfield", "Mr. Halvorsen"],
    ),
    (  # numbered lodged questions and NAME/OUTLET reporters
        "1. Graham Lockhart (North East Scotland) (Con): To ask the First Minister something.\n\n"
        "The First Minister (Ewan Strachan): An answer.\n\n"
        "Graham Lockhart: Why?\n\nThe First Minister: Because.\n",
        ["Graham Lockhart", "Ewan Strachan", "Graham Lockhart", "Ewan Strachan"],
    ),
    (
        "USEC. MANALASTAS: Good morning. Celerina Abad, DZBB.\n\n"
        "CELERINA ABAD/DZBB: Sir, how much is rice?\n\n"
        "DA SEC. VILLAFLOR: Forty pesos.\n\n"
        "CELERINA ABAD/DZBB: And onions?\n\nDA SEC. VILLAFLOR: Cheaper.\n\n"
        "USEC. MANALASTAS: Thank you all.\n",
        ["Usec. Manalastas", "Celerina Abad", "Da Sec. Villaflor"] * 1
        + ["Celerina Abad", "Da Sec. Villaflor", "Usec. Manalastas"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers(text: str, speakers: list[str]) -> None:
    got = [t.attrs["speaker"] for t in analyse(text).turns]
    assert got == speakers
