"""Check AF (byline askers, English): the byline fallback (structure/bylines.py) names the one
journalist the header signs for questions left to the outlet's label or to nobody, over byline
shapes, label styles, mastheads and leads it did not read before: the outlet in brackets after
the name, a post line between the name and the date, a "By:" line with a dash and a handle, a
screen reader's skip link over the masthead, a label that spells the masthead's initials or one
of its words, a lead that names the outlet's journalist ("X of The Y", "The Y's X"), and a lead
that has the guest tell "The …" outlet no other line names. Each case crosses one new part with
parts of other kinds; each fails without the change."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_QS = (
    "Ms. Okafor, how many of the county's bridges failed inspection this year?",
    "What does a replacement span cost now?",
    "Who pays for the detours?",
    "Thank you for your time.",
)
_AS = (
    "Fourteen of ninety. Most are timber decks from the 1950s, and two were closed the same "
    "week the reports came back.",
    "About twice what it did in 2019. Steel is cheaper again, but labour is not.",
    "The state, mostly. We cover the signs and the overtime out of the road fund.",
    "Thank you.",
)


def _page(head: str, lead: str, q: str, a: str) -> str:
    body = "".join(f"{q}{qq}\n\n{a}{aa}\n\n" for qq, aa in zip(_QS, _AS, strict=True))
    return head + lead + "\n\n" + body + "Tags: bridges, roads, budgets\n"


def _askers(text: str) -> list[str | None]:
    doc = build_pipeline(["metadata", "sentences", "turns"])(read_text(text))
    turns = list(doc.layer("turns"))
    # the questions and the asker's closing thanks (the turn before the guest's "Thank you.")
    return [t.attrs.get("speaker") for t in turns if t.label == "question"] + [
        turns[-2].attrs.get("speaker")
    ]


_LEAD_SPOKE = (
    "County engineer Grace Okafor spoke with {outlet} about the bridge inspections and the "
    "cost of replacing them."
)
_LEAD_TOLD = "Grace Okafor, the county engineer, told {outlet} why fourteen bridges failed."
_LEAD_SAT = "Grace Okafor sat down with {outlet} at the county depot. Below are edited excerpts."

CASES = [
    # The outlet in brackets after the name (a "The" masthead, its own label, "spoke with").
    (
        "The Valley Ledger\nNews   Politics   Business   Opinion\n\nBridges in trouble\n\n"
        "Daniel Mwangi (The Valley Ledger)\nRiverton \u25cf Tue, March 3, 2026\n\n",
        _LEAD_SPOKE.format(outlet="The Valley Ledger"),
        "The Valley Ledger: ",
        "Grace Okafor: ",
        "Daniel Mwangi",
    ),
    # The same byline shape under a one-word masthead, bare "Q:" labels and a "told" lead.
    (
        "Ledger\n\n'Fourteen bridges failed'\n\nSofia Lindqvist (Ledger)\n\nMarch 3, 2026\n\n",
        _LEAD_TOLD.format(outlet="the Ledger"),
        "Q: ",
        "Okafor: ",
        "Sofia Lindqvist",
    ),
    # A skip link over the masthead, its own label, and the writer's post between name and date.
    (
        "Skip to main content\nThe Valley Ledger\nNews  Climate  Politics  Voices\n\n"
        "Grace Okafor: 'Fourteen bridges failed'\n\nIn an exclusive interview, the engineer "
        "tells The Valley Ledger what comes next\n\nDaniel Mwangi\nTransport Correspondent\n"
        "Tuesday 03 March 2026 07:00 GMT\n\n",
        _LEAD_SAT.format(outlet="The Valley Ledger"),
        "The Valley Ledger: ",
        "Grace Okafor: ",
        "Daniel Mwangi",
    ),
    # A post line between name and date under a plain masthead, "Q:" labels, "spoke with" lead.
    (
        "Riverton Courier\n\nBridges in trouble\n\nPriya Raman\nTransport Correspondent\n"
        "March 3, 2026\n\n",
        _LEAD_SPOKE.format(outlet="the Riverton Courier"),
        "Q: ",
        "Okafor: ",
        "Priya Raman",
    ),
    # The masthead's initials, its article and all; the lead names the journalist "X of Y";
    # no byline.
    (
        "The Valley Ledger\nHome  News  Business  Opinion\n\nOpinion > Interviews\n\n"
        '"Fourteen bridges failed"\n\nTue Mar 3, 2026 12:00 AM\n\n',
        "Grace Okafor, the county engineer, talks to Daniel Mwangi of The Valley Ledger about "
        "the inspections and what the county stands to lose.",
        "TVL: ",
        "GO: ",
        "Daniel Mwangi",
    ),
    # A menu row over the outlet's name, its initials as the label, a bare name under the
    # headline over a stamp, and the lead's "Outlet' Name" (a possessive with no s).
    (
        "Home  |  News  |  Business  |  Opinion\nRiverton Times\nFourteen county bridges "
        "failed inspection, says engineer\nSofia Lindqvist\nPublication: 3 March 2026 | 07:48\n",
        "The county has ninety bridges. Riverton Times' Sofia Lindqvist sat down with Grace "
        "Okafor, the county engineer, to talk about inspections and money.",
        "RT: ",
        "Grace Okafor: ",
        "Sofia Lindqvist",
    ),
    # One word of the masthead's web name in capitals as the label, a "By:" line with a dash,
    # the post and a handle.
    (
        "LEDGER.NET\nNEWS  BUSINESS  SPORTS  OPINION\nOkafor vows safer bridges\n"
        "By: Daniel Mwangi - Reporter / @DMwangiLDG\n"
        "Valley Daily Ledger / 05:30 AM March 3, 2026\n",
        _LEAD_SAT.format(outlet="the Ledger"),
        "LEDGER: ",
        "OKAFOR: ",
        "Daniel Mwangi",
    ),
    # "told The …" names an outlet that no other line names (menu header, bare "Q:").
    (
        "Home   News   Interviews   Opinion\n\nBridges in trouble\n\nMarch 3, 2026\n\n"
        "Priya Raman\n\n",
        _LEAD_TOLD.format(outlet="The Riverton Courier"),
        "Q: ",
        "Grace Okafor: ",
        "Priya Raman",
    ),
    # The same lead with the outlet's full label, a section over the headline, a bare name.
    (
        "Home   News   Interviews   Opinion\n\nInterviews\n\nBridges in trouble\n\n"
        "March 3, 2026\n\nPriya Raman\n\n",
        _LEAD_TOLD.format(outlet="The Riverton Courier"),
        "The Riverton Courier: ",
        "Okafor: ",
        "Priya Raman",
    ),
]


@pytest.mark.parametrize(("head", "lead", "q", "a", "writer"), CASES)
def test_byline_writer_asks(head: str, lead: str, q: str, a: str, writer: str) -> None:
    assert _askers(_page(head, lead, q, a)) == [writer] * 4


# The guard: a capitals label that spells no part of the masthead is no outlet's initials, so the
# lead's journalist does not take it over.
GUARDS = [
    (
        "The Valley Ledger\n\nBridges in trouble\n\nMarch 3, 2026\n\n",
        "Grace Okafor talks to Daniel Mwangi of The Valley Ledger about the inspections.",
        "XYZ: ",
        "Grace Okafor: ",
    ),
]


@pytest.mark.parametrize(("head", "lead", "q", "a"), GUARDS)
def test_foreign_initials_not_the_outlet(head: str, lead: str, q: str, a: str) -> None:
    assert "Daniel Mwangi" not in _askers(_page(head, lead, q, a))
    assert "Priya Raman" not in _askers(_page(head, lead, q, a))


def test_host_surname_label_under_her_name_line_stays_hers() -> None:
    # A host's surname in capitals (`RAMAN:`) under her name's own header line is no outlet's
    # word: a lone line elsewhere in the header (`Sponsor Message`) never takes her turns.
    text = (
        "County engineer says bridges will be fixed by 2027 : WRVN\n\nPolitics\n"
        "County engineer says bridges will be fixed by 2027\nMarch 3, 2026 5:04 AM ET\n"
        "Heard on Morning Report\nPriya Raman\n\nListen · 6:48\n\n"
        "County engineer Grace Okafor talks with WRVN's Priya Raman about the bridge "
        "inspections and what they will cost.\n\nSponsor Message\n\nTranscript\n\n"
        "PRIYA RAMAN, HOST:\n\nFourteen county bridges failed inspection this year. Grace "
        "Okafor joins us now. Good morning.\n\nGRACE OKAFOR: Good morning, Priya.\n\n"
        "RAMAN: What does a replacement span cost now?\n\nOKAFOR: About twice what it did in "
        "2019. Steel is cheaper again, but labour is not.\n\nRAMAN: Who pays for the "
        "detours?\n\nOKAFOR: The state, mostly. We cover the signs out of the road fund.\n"
    )
    doc = build_pipeline(["metadata", "sentences", "turns"])(read_text(text))
    askers = {t.attrs.get("speaker") for t in doc.layer("turns") if t.label == "question"}
    assert "Sponsor Message" not in askers


def test_briefing_lead_names_no_journalist() -> None:
    # A body's own unit after its possessive in a briefing's lead ("the Ledger's Bridge
    # Directorate") is no journalist the guest talked to: the reporters stay nobody's.
    text = (
        "LEDGER\nWho we are | What we do | News and Events\n\nBridge programme: press "
        "conference transcript\n\nRIVERTON – 3 March 2026 — Chief Engineer Grace Okafor and "
        "Daniel Mwangi, Director of LEDGER's Bridge Directorate, presented the results of the "
        "inspection programme.\n\nCHIEF ENGINEER OKAFOR: Good morning. Fourteen of ninety "
        "bridges failed inspection this year.\n\nREPORTER: What does a replacement span cost "
        "now?\n\nCHIEF ENGINEER OKAFOR: About twice what it did in 2019.\n\nREPORTER: Who pays "
        "for the detours?\n\nDIRECTOR MWANGI: The state, mostly.\n"
    )
    doc = build_pipeline(["metadata", "sentences", "turns"])(read_text(text))
    askers = {t.attrs.get("speaker") for t in doc.layer("turns") if t.label == "question"}
    assert "Bridge Directorate" not in askers
