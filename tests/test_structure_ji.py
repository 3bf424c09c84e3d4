"""Small cases for the JI round (English pages of governments and state agencies): an office
label whose remit joins two portfolios with "and"; a headline's long bare quotation after a
titled name over the lead; a translation notice set after a reference mark; a ministry board's
"List | Prev: … | Next: …" pager under the last answer; a state agency's mixed-case dateline
with its acronym ("Tokyo (VNA) –", "Baku, March 20, AZERTAC")."""

import pytest

from rhetoscope.structure import metadata
from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import run, turn_rows


@pytest.mark.parametrize(
    "label",
    [
        "Minister of Infrastructure and Housing",
        "Minister of Foreign Affairs and Trade",
        "Minister of Economy and Finance",
        "Secretary for Housing and Planning",
    ],
)
def test_office_with_two_portfolios(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == label


@pytest.mark.parametrize("label", ["President of Russia Vladimir Putin"])
def test_office_then_name_is_no_bare_office(label: str) -> None:
    info = classify_label(label)
    assert info is None or info.kind is not LabelKind.OFFICE


_COUNCIL = """Council of Ministers press conference of 6 June 2025

The Minister of the Presidency, Rui Tavares Costa, presented the decisions. The Minister of \
Infrastructure and Housing, Joana Reis Almeida, also took part.

Minister of the Presidency: Good afternoon. We approved a housing package today.

Minister of Infrastructure and Housing: Thank you, Minister. The guarantee is extended.

Journalist (RTP): Does the guarantee push prices up?

Minister of Infrastructure and Housing: The data do not show that effect.

Journalist (SIC): And the budget?

Minister of the Presidency: That was not on today's agenda. Thank you very much.
"""


def test_two_ministers_by_office_with_and() -> None:
    rows = turn_rows(_COUNCIL)
    spoken = [(label, who) for label, who, _ in rows if label != "other"]
    assert spoken == [
        ("statement", "Rui Tavares Costa"),
        ("statement", "Joana Reis Almeida"),
        ("question", "RTP"),
        ("answer", "Joana Reis Almeida"),
        ("question", "SIC"),
        ("answer", "Rui Tavares Costa"),
    ]


_QUOTE_HEADLINE = """Ministry of Foreign Affairs | Government
Home / Press room / Interviews
Foreign Minister Daniel Fuentes: "Our country wants a relationship with both powers based \
on our own interests and on international law"
Santiago, April 21, 2025

In the midst of the tariff war, the Minister of Foreign Affairs, Daniel Fuentes, analyzes \
the consequences for the country and the trade agenda with Asia.

Q: Minister, how worried is the government about the tariff escalation?

FM Fuentes: We are worried, of course. But I would not say we are alarmed.

Q: Did the country protest?

FM Fuentes: We have expressed our view through diplomatic channels.
"""


def test_long_quote_headline_is_no_turn() -> None:
    rows = turn_rows(_QUOTE_HEADLINE)
    assert rows[0][0] == "other" and rows[0][2].startswith("In the midst")
    assert [r[0] for r in rows[1:]] == ["question", "answer", "question", "answer"]
    assert rows[2][1] == "Daniel Fuentes"
    meta = run(_QUOTE_HEADLINE).meta.to_dict()
    assert meta["date"] == "2025-04-21" and meta["place"] == "Santiago"


_BRIEFING = """Ministry of Foreign Affairs
Home > Press > Spokesperson's Press Briefings
Regular Press Briefing by Spokesperson Park Min-jun (May 13, 2025)
Date : 2025-05-13

※ This is an unofficial translation. The Korean version prevails.

Good afternoon. I will begin today's briefing with announcements. I will now take your questions.

Q: Can you confirm the schedule of the consultations?

Spokesperson: The Government is holding working-level consultations in good faith.

Q: A follow-up, if I may. Has the Government summoned the Ambassador?

Spokesperson: I have nothing further to add on the specific schedule. That concludes today's \
briefing.


List | Prev: Regular Press Briefing by Spokesperson Park Min-jun (May 8, 2025) | Next: Regular \
Press Briefing by Spokesperson Park Min-jun (May 15, 2025)
"""


def test_marked_translation_note_and_board_pager() -> None:
    rows = turn_rows(_BRIEFING)
    assert rows[0][0] == "statement" and rows[0][2].startswith("Good afternoon.")
    assert rows[-1][0] == "answer" and rows[-1][2].endswith("concludes today's briefing.")


@pytest.mark.parametrize(
    ("header", "place"),
    [
        (
            "Title line\nTokyo (VNA) – Vietnamese Ambassador to Japan Nguyen Van An has given an "
            "interview to correspondents in Tokyo on the relations ahead of the visit.",
            "Tokyo",
        ),
        ("Title line\nBaku, March 20, AZERTAC\n20.03.2025 [13:25]", "Baku"),
        # (an office then its acronym is no town)
        ("Title line\nPrime Minister (PM) – a note on the visit.", None),
    ],
)
def test_wire_dateline_place(header: str, place: str | None) -> None:
    assert metadata._dateline_place(header) == place
