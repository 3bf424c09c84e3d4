"""Check AC, batch YM YN (new English-language international publishers): who asks and who
answers from the byline and the lead (a byline in capitals over its date line, a surname's
particle, a one-word byline signed with its outlet's acronym, a byline that runs its outlet,
town and date after bars; a lead that says the guest received the outlet or met its board; a
guest whose name carries diacritics or an inner capital, set among other names; the page's own
edition name after "In an interview with"), where the lead starts (under a caption over its
photographer in capitals), and the page's furniture
under the last answer.

Each table crosses the layout with names (feminine, hyphenated, with a particle or diacritics),
outlets and the page's furniture, so that the rule is shown to hold beyond one page."""

from __future__ import annotations

import itertools

import pytest

from structure_support import turn_rows

_QUESTIONS = (
    "The regional governments say the plan abandons them. What do you say to them?",
    "Is the old scheme finished, then?",
    "Will there be restrictions this summer?",
)
_ANSWERS = (
    "That nobody is being abandoned. The plan includes money for new works and for direct aid "
    "to the towns that lose their allocations this year.",
    "It is not finished. It will be smaller and more predictable, and predictability is worth a "
    "great deal to the people who depend on it.",
    "In some places, probably yes, at night and at specific hours. Households always come "
    "first, and we have the reserves to guarantee that.",
)


def _qa(q: str = "Q: ", a: str = "A: ", gap: str = "\n\n") -> str:
    return gap.join(f"{q}{x}{gap}{a}{y}" for x, y in zip(_QUESTIONS, _ANSWERS, strict=True))


def _speakers(text: str) -> tuple[set[str | None], set[str | None]]:
    rows = turn_rows(text)
    return (
        {s for label, s, _ in rows if label == "question"},
        {s for label, s, _ in rows if label == "answer"},
    )


def _lead(text: str) -> str | None:
    rows = [body for label, _, body in turn_rows(text) if label == "other"]
    return rows[0] if rows else None


# --- The byline signs the asker -------------------------------------------------------------

# (writer as the byline writes it, the name the questions take)
_WRITERS = [
    ("MANUEL PLANELLES\nMadrid - Apr 07, 2026 - 05:30 CEST", "Manuel Planelles"),
    ("LUCÍA MÉNDEZ-ORTIZ\nSeville - Mar 12, 2026 - 08:00 CET", "Lucía Méndez-Ortiz"),
    ("By Marloes de Koning\nJanuary 28, 2026", "Marloes de Koning"),
    ("By Anke van der Berg\nFebruary 3, 2026", "Anke van der Berg"),
    ("Sidhartha | TNN\nUpdated: Feb 22, 2026, 08:14 IST", "Sidhartha"),
    ("Anirudh | PTI\nUpdated: Mar 2, 2026, 10:01 IST", "Anirudh"),
    ("Milica Stojanović | BIRN | Belgrade | February 24, 2026", "Milica Stojanović"),
    ("Ana Kovačević-Horvat | BIRN | Zagreb | March 3, 2026", "Ana Kovačević-Horvat"),
]
_OUTLETS = [("EL PAÍS", "receives EL PAÍS in her office"), ("NRC", "spoke to NRC in The Hague")]
_GUESTS = ["Sara Aagesen", "Jean-Luc Moreau"]


@pytest.mark.parametrize(
    ("writer", "outlet", "guest", "gap"),
    [
        (w, o, g, gap)
        for w, (o, g), gap in zip(
            _WRITERS,
            itertools.cycle(itertools.product(_OUTLETS, _GUESTS)),
            itertools.cycle(["\n\n", "\n"]),
            strict=False,
        )
    ],
)
def test_byline_writer_asks(
    writer: tuple[str, str], outlet: tuple[str, str], guest: str, gap: str
) -> None:
    byline, name = writer
    masthead, told = outlet
    text = (
        f"{masthead}\nNEWS   POLITICS   ECONOMY   OPINION\n\nINTERVIEW\n"
        f"{guest}: 'We cannot keep promising what the rivers no longer carry'\n\n"
        "The minister defends the new basin plans and warns of a drier decade\n\n"
        f"{byline}\n\n"
        f"{guest} {told} a few hours after the cabinet approved the emergency decree for the "
        "southern basins, where the reservoirs stand at a fifth of their capacity.\n\n"
        f"{_qa(gap=gap)}\n"
    )
    asked, _ = _speakers(text)
    assert asked == {name}


# --- The lead names the guest who answers under "A." / "A:" --------------------------------

# (lead sentence template, guest) — a guest named among others, with diacritics, an inner
# capital, an office before the name, a photographer's credit beside it.
_GUEST_LEADS = [
    (
        "Open this photo in gallery:\n{g}, Minister responsible for trade, in Ottawa on Dec. "
        "2.Justin Tang/The Canadian Press\n\n"
        "{g}, the federal minister responsible for trade, met with The Globe and Mail's "
        "editorial board this week as talks with the European Union entered their eleventh "
        "month. Members of the board asked about the talks.",
        "Dominic LeBlanc",
    ),
    (
        "Open this photo in gallery:\n{g}, Minister responsible for trade, in Ottawa on Dec. "
        "2.Justin Tang/The Canadian Press\n\n"
        "{g}, the federal minister responsible for trade, met with The Daily Ledger's "
        "editorial board this week as talks with the European Union entered their eleventh "
        "month. Members of the board asked about the talks.",
        "Mary-Kate McAllister",
    ),
    (
        "Serbia's mining minister, {g}, tells BIRN the government will not impose the project "
        "on the area.\n\nMilos Miskov/Beta\n\nMinister {g} spoke to BIRN in Belgrade about the "
        "European Union deal and the protests of the last two years.",
        "Dubravka Đedović Handanović",
    ),
    (
        "Serbia's mining minister, {g}, tells BIRN the government will not impose the project "
        "on the area.\n\nMilos Miskov/Beta\n\nMinister {g} spoke to BIRN in Belgrade about the "
        "European Union deal and the protests of the last two years.",
        "Zoran Šćekić",
    ),
]


@pytest.mark.parametrize(
    ("lead", "guest", "labels"),
    [
        (lead, guest, labels)
        for (lead, guest), labels in zip(
            _GUEST_LEADS, itertools.cycle([("Q. ", "A. "), ("Q: ", "A: ")]), strict=False
        )
    ]
    + [
        (lead, guest, labels)
        for (lead, guest), labels in zip(
            _GUEST_LEADS, itertools.cycle([("Q: ", "A: "), ("Q. ", "A. ")]), strict=False
        )
    ],
)
def test_lead_guest_answers(lead: str, guest: str, labels: tuple[str, str]) -> None:
    masthead = "THE GLOBE AND MAIL*" if "Globe" in lead else "THE DAILY LEDGER"
    if "BIRN" in lead:
        masthead = "BalkanInsight"
    text = (
        f"{masthead}\nCanada   Politics   Business   World\n\nPOLITICS\n"
        "Minister says the country will not trade its farmers away\n\n"
        "Staff\nPublished December 6, 2025\n\n"
        f"{lead.format(g=guest)}\n\n{_qa(*labels)}\n"
    )
    _, answered = _speakers(text)
    assert answered == {guest}


# --- "In an interview with <the page's own edition>" names nobody -------------------------


@pytest.mark.parametrize(
    ("edition", "guest", "journalist"),
    [
        ("Le Monde", "Jean-Noël Barrot", "Philippe Ricard"),
        ("Le Monde", "Clémence Dufour-Lambert", "Isabelle Mandraud"),
        ("El Mundo", "Jean-Noël Barrot", "Isabelle Mandraud"),
    ],
)
def test_own_edition_is_no_answerer(edition: str, guest: str, journalist: str) -> None:
    text = (
        f"Skip to main content\n{edition} in English\nInternational   France   Opinion\n\n"
        f"INTERVIEW\n{guest}: 'Our deterrent has always had a European dimension'\n\n"
        f"In an interview with {edition}, the foreign minister explains why Paris is ready to "
        "discuss how its forces could protect its partners.\n\n"
        f"Interview by {journalist}\nPublished on February 11, 2026, at 6:00 am (Paris)\n\n"
        f"{guest}, 42, has been at the head of French diplomacy since September 2024. Days "
        f"before the Munich conference, the minister received {edition} at the ministry.\n\n"
        "Several European capitals are asking France to extend its umbrella. Is Paris ready?\n\n"
        "The question is not new. Every president since de Gaulle has said it in his own words, "
        "and what has changed is the tone of the request from our partners.\n\n"
        'What would "talking" mean in practice?\n\n'
        "Exercises, first. Some of our partners' aircraft could accompany ours during certain "
        "exercises, as some already did last autumn.\n\n"
        f"{_qa('', '')}\n"
    )
    _, answered = _speakers(text)
    assert answered == {guest}


# --- Where the lead starts: under a caption's credit in capitals ---------------------------


@pytest.mark.parametrize(
    ("credit", "gap"),
    list(itertools.product(["CLAUDIO ÁLVAREZ", "ANA MARÍA ARÉVALO", "SAMUEL SÁNCHEZ"], ["\n", ""])),
)
def test_caption_over_caps_credit_is_the_pages(credit: str, gap: str) -> None:
    text = (
        "EL PAÍS English\nSPAIN   INTERNATIONAL   ECONOMY\n\nINTERVIEW\n"
        "Sara Aagesen: 'We cannot keep promising water'\n\n"
        "The minister defends the new basin plans\n\n"
        "CARMEN MORÁN\nMadrid - Apr 07, 2026 - 05:30 CEST\n\n"
        f"Sara Aagesen, at the ministry in Madrid, on April 2.\n{credit}\n{gap}\n"
        "Sara Aagesen (Madrid, 1976) receives EL PAÍS in her office a few hours after the "
        "cabinet approved the emergency decree for the southern basin.\n\n"
        f"{_qa('Q. ', 'A. ')}\n"
    )
    lead = _lead(text)
    assert lead is not None and lead.startswith("Sara Aagesen (Madrid, 1976)")


# --- The page's furniture under the last answer --------------------------------------------

_TRAILERS = [
    "Start a Conversation\nFOLLOW US ON SOCIAL MEDIA\nTrending Topics   Meera Iyer-Kapoor   "
    "India-US trade deal   generic drugs   India-EU FTA\n\nVisual Stories\n"
    "Copyright © 2026 Bennett, Coleman & Co. Ltd. All rights reserved.",
    "Start a Conversation\nTrending Topics   Ana de la Cruz   EU-Mercosur deal   water   "
    "Spain-Morocco talks\nCopyright © 2026 The Courier Ltd. All rights reserved.",
    "Get Latest India News along with Latest News and Top Headlines from India and around the "
    "world.\n\nTOPICS\nRELATED STORIES\nSubscribe to Newsletters",
    "Main image credit: Jakub Porzycki/NurPhoto via Getty Images\n\nDaniel Tilles is "
    "editor-in-chief of Notes from Poland.\n\nNotes from Poland is run by a small editorial "
    "team and published by an independent, non-profit foundation that is funded through "
    "donations from our readers.\nSupport us\nTags: housing, rents",
    "This article is part of BIRN's coverage of Serbia's mining sector.\n\nRelated\n"
    "Tags: lithium, mining\n© Balkan Investigative Reporting Network",
]


@pytest.mark.parametrize(
    ("trailer", "labels"),
    list(itertools.product(_TRAILERS, [("Q: ", "A: "), ("Notes from Poland: ", "Paszyk: ")])),
)
def test_trailer_is_no_answer(trailer: str, labels: tuple[str, str]) -> None:
    text = (
        "The Courier\nNews  World  Business\n\nMinister: 'Housing is not a left or right issue'"
        "\n\nBy Daniel Tilles\nMarch 19, 2026\n\n"
        "Rents in the biggest cities have risen by more than half since 2021. We spoke to the "
        "minister, Krzysztof Paszyk, about what the government plans to do.\n\n"
        f"{_qa(*labels)}\n\n{trailer}\n"
    )
    last = [body for label, _, body in turn_rows(text) if label == "answer"][-1]
    assert last.endswith("we have the reserves to guarantee that.")
