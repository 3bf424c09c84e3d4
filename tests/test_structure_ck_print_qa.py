"""Print Q&A pages: an outlet's capitals label kept beside a section word on the masthead line,
a single byline over a reported write-up whose writer the outlet's label is, Al Jazeera's
"Keep reading" list and bracketed caption credit, the Economist's "Read more of …" box, and an
interviewer's restatement ("You mean jamming.") that asks."""

from __future__ import annotations

import pytest

from structure_support import spoken_rows as rows

_MASTHEAD = (
    "DER SPIEGEL International\n\n"
    "Economics Minister Jonas Keller\n\n"
    "In an interview, Economics Minister Jonas Keller explains his plans.\n\n"
    "Interview Conducted by Anna Vogt and Felix Berger\n\n"
    "**DER SPIEGEL:** Mr. Keller, how many more plant closures are coming?\n\n"
    "**Keller:** Some plants will close. The question is whether new ones open.\n\n"
    "**DER SPIEGEL:** What would you do instead?\n\n"
    "**Keller:** Lower the cost of doing business for everybody.\n"
)

_WRITE_UP = (
    "Interview\n"
    "Minister: 'Reconstruction cannot wait'\n\n"
    "By Rania Aziz\n"
    "Published On 18 Nov 2024\n\n"
    "Beirut, Lebanon – With whole villages in the south reduced to rubble, the caretaker "
    "government is facing a reconstruction bill it cannot pay.\n\n"
    "Lebanon has been without a president for more than two years, and its economy has yet "
    "to recover from the 2019 financial collapse.\n\n"
    "Al Jazeera spoke to Samir Khoury, the caretaker minister of economy.\n\n"
    "This interview has been edited for length and clarity.\n\n"
    "Al Jazeera: How much damage has the economy suffered?\n\n"
    "Khoury: Our estimate is between eight and nine billion dollars.\n\n"
    "Keep reading\n"
    "list of 2 items\n"
    "list 1 of 2\n"
    "Who will pay to rebuild Lebanon?\n"
    "list 2 of 2\n"
    "Photos: Life among the ruins\n"
    "end of list\n\n"
    "Al Jazeera: Why should people trust the state?\n\n"
    "Khoury: They should judge us on transparency.\n\n"
    "Displaced families shelter in a school in Beirut, October 2024 [Hassan Ammar/AP Photo]\n\n"
    "Al Jazeera: What is your message to donors?\n\n"
    "Khoury: That Lebanon is not asking for charity.\n"
)

_STANDFIRST = (
    "Zelensky on Winter and the Peace Plan\n"
    "By Simon Shuster\n\n"
    "TIME spoke with President Volodymyr Zelensky in Kyiv. The conversation has been condensed "
    "and edited for clarity.\n\n"
    "TIME: How bad will this winter be?\n\n"
    "Zelensky: It will be hard.\n\n"
    "TIME: Do you trust the new plan?\n\n"
    "Zelensky: I trust facts.\n"
)

_READ_MORE = (
    "The Economist\n\n"
    "On October 15th The Economist sat down with Lucía Ferreyra, the economy minister.\n\n"
    "The Economist: What do you need from the IMF?\n\n"
    "Ferreyra: Fresh money, to be direct.\n\n"
    "The Economist: Minister, thank you.\n\n"
    "Ferreyra: Thank you. It was a pleasure.\n\n"
    "Read more of our recent coverage of Argentina:\n"
    "Argentina's inflation falls faster than anyone expected (Oct 10th)\n"
    "The cepo: why Argentina still can't free its peso (Sep 26th)\n"
)

_RESTATES = (
    "I spoke with Ingrid Solbakken, Norway's defense minister, last week.\n\n"
    "Hollis: How does the threat look from Kirkenes?\n\n"
    "Solbakken: Closer. A GPS signal suddenly jumps 200 kilometers.\n\n"
    "Hollis: You mean jamming.\n\n"
    "Solbakken: Jamming, spoofing, drones over our gas installations.\n"
)


@pytest.mark.parametrize(
    ("text", "speakers", "bodies"),
    [
        (_MASTHEAD, ["DER SPIEGEL", "Jonas Keller"] * 2, {}),
        (
            _WRITE_UP,
            ["Rania Aziz", "Samir Khoury"] * 3,
            {
                1: "Our estimate is between eight and nine billion dollars.",
                3: "They should judge us on transparency.",
            },
        ),
        (_STANDFIRST, ["Simon Shuster", "Volodymyr Zelensky"] * 2, {}),
        (
            _READ_MORE,
            ["The Economist", "Lucía Ferreyra", "The Economist", "Lucía Ferreyra"],
            {3: "Thank you. It was a pleasure."},
        ),
    ],
)
def test_outlet_labels_and_boxes(text: str, speakers: list[str], bodies: dict[int, str]) -> None:
    got = rows(text)
    assert [r[1] for r in got] == speakers
    for i, body in bodies.items():
        assert got[i][2] == body


def test_restatement_asks() -> None:
    got = rows(_RESTATES)
    assert [r[0] for r in got] == ["question", "answer", "question", "answer"]
