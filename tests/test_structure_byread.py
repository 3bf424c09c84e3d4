"""Small cases for check AG (byline askers): the header's byline read as cue × layout — a cue
word or field with the name on its line or on the next one ("Author of the article:" / name,
WordPress's one-word lines "Published" / "3 days ago" / "on" / date / "By" / name, "Written by
NAME on DATE", "By NAME City Hall Bureau"), or a name line with its post after a separator by
the date line — asks the questions an outlet's label or nobody was given; a label that is the
page's own name in short (the masthead line, the lead's outlet, its initials) is such an outlet
label; a photo credit's spaced slash ("Photo by NAME /Outlet") names no guest."""

import pytest

from structure_support import turn_rows

_ANSWERS = (
    "We doubled the budget and hired forty more inspectors this spring. Every container that "
    "comes through the eastern gate is now scanned before it leaves the port.",
    "About four million a year, which we found by cutting consultants and by renegotiating two "
    "contracts that were, honestly, too generous.",
    "Not yet. The first results will come in the autumn, and we will publish them in full, "
    "whatever they show.",
    "They will be faster than before, because the paperwork is now done online.",
)
_QUESTIONS = (
    "You promised faster checks at the port. What has changed since last year?",
    "How much will that cost?",
    "Shippers say the queues are longer than ever. Is it working?",
    "Will the trucks still wait at the gate overnight?",
)


def _page(header: str, q: str, a: str) -> str:
    body = "".join(f"{q}{qq}\n\n{a}{aa}\n\n" for qq, aa in zip(_QUESTIONS, _ANSWERS, strict=True))
    return header + body


_LEAD = "Harbour Commissioner Teodor Vasquez{verb} about the new inspection regime.\n\n"

CASES = [
    # (id, header, question label, answer label, asker, answerer)
    (
        "author-of-the-article-next-line",
        "Coastline Courier\nNews  Local  Opinion  Sports\n\n"
        "Port checks 'will be faster': A Q&A with Commissioner Teodor Vasquez\n\n"
        "Author of the article:\nRenata Oksanen\n"
        "Published Feb 02, 2026  •  Last updated Feb 02, 2026  •  3 minute read\n\n"
        "The Courier asked Harbour Commissioner Teodor Vasquez about the new inspection regime "
        "and what it costs. His answers were edited for length.\n\n",
        "",
        "",
        "Renata Oksanen",
        None,
    ),
    (
        "wordpress-one-word-lines",
        "The Lakeside Tribune\nHome   News   Features   Sports\n\nFeatures\n\n"
        "Port checks tighten\n\n"
        "Published\n3 days ago\n on\nMay 2, 2026\nBy\nRenata Oksanen\n\n"
        + _LEAD.format(verb=" told The Lakeside Tribune"),
        "Q: ",
        "A: ",
        "Renata Oksanen",
        "Teodor Vasquez",
    ),
    (
        "written-by-on-date",
        "The Delta Globe\nPorts | Business | Opinion\n\nPort checks tighten\n\n"
        "Written by Renata Oksanen on March 3, 2026\n\n"
        "In an interview with The Delta Globe, Harbour Commissioner Teodor Vasquez spoke about "
        "the new inspection regime.\n\n",
        "Q: ",
        "Vasquez: ",
        "Renata Oksanen",
        "Teodor Vasquez",
    ),
    (
        "by-name-desk-tail-and-section-kicker",
        "Skip to Content\nCity  Region  Politics  World  Business\n\nHarbour Politics\n\n"
        "Port checks tighten\n\nBy Renata Oksanen Harbour Bureau\nSat., March 14, 2026\n\n"
        "The commissioner sat down with the Post in his office to talk about the new "
        "inspection regime.\n\n",
        "Post: ",
        "Vasquez: ",
        "Renata Oksanen",
        None,
    ),
    (
        "name-dot-post-by-date-line",
        "Coast | Daily Herald\nNews  Provincial  Business  Opinion\n\nNEWS\n\n"
        "Port checks tighten\n\nRenata Oksanen  ·  Harbour Affairs Reporter\n"
        "Published: Feb 24, 2026 at 5:30 a.m.  |  Updated: Feb 24, 2026 at 9:12 a.m.\n\n"
        "Facebook  Twitter  Email  Print\n\nPORT ROYAL — Harbour Commissioner Teodor Vasquez "
        "says the checks will stay. Vasquez spoke with the Daily Herald in his office.\n\n",
        "Question: ",
        "Vasquez: ",
        "Renata Oksanen",
        "Teodor Vasquez",
    ),
    (
        "lead-outlet-initials-label",
        "Monday, 4 May 2026, 08:45\n\nThe Harbour Times\nHome  Local  Business  Sport\n\n"
        "Port checks tighten\n\nRenata Oksanen\n\n"
        + _LEAD.format(verb=" tells The Harbour Times on Sunday"),
        "THTS: ",
        "Vasquez: ",
        "Renata Oksanen",
        "Teodor Vasquez",
    ),
    (
        "masthead-subject-spoke-to",
        "The Delta Monitor\nNews  Politics  Business\n\nRenata Oksanen\n 4. Mar 2026 at 11:30\n"
        "Port checks tighten\n\nShips wait longer at the docks. The Delta Monitor spoke to "
        "Teodor Vasquez, the harbour commissioner, about the new inspection regime.\n\n",
        "The Delta Monitor: ",
        "Teodor Vasquez: ",
        "Renata Oksanen",
        "Teodor Vasquez",
    ),
    (
        "photo-credit-spaced-slash-no-guest",
        "Harbour Citizen\nNews  Local  Opinion\n\nPort checks tighten\n\nBy Renata Oksanen\n\n"
        "A ship at the eastern pier. Photo by Marek Dovgan /Postmedia\n\n"
        "Harbour Commissioner Teodor Vasquez sat down with the Citizen at the port office on "
        "Monday. Here is an edited version.\n\n",
        "Q. ",
        "A. ",
        "Renata Oksanen",
        "Teodor Vasquez",
    ),
]


@pytest.mark.parametrize(
    "header,q,a,asker,answerer", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_byline_asks(header: str, q: str, a: str, asker: str, answerer: str | None) -> None:
    rows = [r for r in turn_rows(_page(header, q, a)) if r[0] in ("question", "answer")]
    assert [r[1] for r in rows if r[0] == "question"] == [asker] * 4, rows
    if answerer is not None:
        assert {r[1] for r in rows if r[0] == "answer"} == {answerer}, rows
