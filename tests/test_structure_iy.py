"""Small cases for the IY round (English print and wire Q&A): a wire dateline with two hyphens
for its dash gives the place; a wire's `Q:`/`A:` answerer is the lead's three-word name after a
two-word country, the rubric `(Agency Interview)` and a `… University` photo credit no people; a
magazine's bold headline over its dek asks nothing; a blog's `Posted in` / `Tagged` rows and a
regional paper's `Eagle file photo:` caption are nobody's words."""

import pytest

from structure_support import run, spoken_rows

_ANSWERS = (
    "The resource is excellent, but the permits take far too long to come through.",
    "We learned to involve them early and to share the data on where turbines will stand.",
    "It is not for me to choose the energy mix. Both will be needed, I think.",
)


def _wire(dateline: str) -> str:
    qs = ("Why so few projects?", "How should the fishermen be heard?", "What about nuclear?")
    body = "\n\n".join(f"Q: {q}\n\nA: {a}" for q, a in zip(qs, _ANSWERS, strict=True))
    return (
        "Harbour News Agency\nNATIONAL   POLITICS   ECONOMY\n\n"
        "(Harbour Interview) Danish envoy sees offshore wind as next frontier\n\n"
        "All News 09:00 May 14, 2025\n\nBy Kim Soo-yeon\n\n"
        f"{dateline} Danish Ambassador to South Korea Henrik Bach Sørensen said Wednesday that "
        "the two countries' green partnership is entering a delivery phase.\n\n"
        "Sørensen made the remarks in a recent interview. The following are excerpts from the "
        "interview.\n\n"
        f"{body}\n"
    )


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("SEOUL, May 14 (Yonhap) --", "Seoul"),  # two hyphens for the dash
        ("SEOUL, May 14 (Yonhap) —", "Seoul"),
    ],
)
def test_wire_dateline_and_lead_answerer(dateline: str, place: str) -> None:
    doc = run(_wire(dateline))
    assert doc.meta.place == place
    rows = [r for r in spoken_rows(_wire(dateline)) if r[0] == "answer"]
    assert [r[1] for r in rows] == ["Henrik Bach Sørensen"] * 3


_MAGAZINE_QS = (
    "Why are heat deaths so badly undercounted?",
    "How did you go about finding them?",
    "Who is most at risk?",
    "What should cities do differently?",
)
_MAGAZINE_AS = (
    "Because heat rarely writes itself onto a death certificate. The certificate says cardiac.",
    "We used a method called excess mortality, and compared expected with actual deaths.",
    "Older adults living alone, people with chronic illness, and outdoor workers.",
    "Treat a heat wave the way you would treat a hurricane warning, days in advance.",
)


def _magazine(tail: str) -> str:
    body = "\n\n".join(f"**{q}**\n\n{a}" for q, a in zip(_MAGAZINE_QS, _MAGAZINE_AS, strict=True))
    return (
        "HARBOUR STATE MAGAZINE\nFeatures   Campus   Alumni\n\nQ+A\n\n"
        "**The epidemiologist who counts heat deaths nobody else will**\n\n"
        "Public health researcher Grace Oduya wants cities to treat extreme heat like a "
        "hurricane. Interview by Marisa Quintero\n\nSpring 2025\n\n"
        "[Photo: Grace Oduya on the roof of Hampton House. Credit: Will Kirk / Harbour State "
        "University]\n\n"
        "Each summer, the city logs a handful of official heat deaths. Grace Oduya, an "
        "assistant professor of environmental health, thinks the real number is higher.\n\n"
        f"{body}\n\n{tail}"
    )


@pytest.mark.parametrize(
    "tail",
    [
        "Posted in Health, Science+Technology\nTagged climate change, public health\n"
        "Related Content\nShade, not just trees: rethinking the city canopy\n",
        "",
    ],
)
def test_bold_headline_over_dek_and_tag_rows(tail: str) -> None:
    rows = spoken_rows(_magazine(tail))
    assert [(r[0], r[1]) for r in rows] == [
        ("question", "Marisa Quintero"),
        ("answer", "Grace Oduya"),
    ] * 4
    assert rows[-1][2] == _MAGAZINE_AS[-1]


@pytest.mark.parametrize(
    "caption",
    [
        "Eagle file photo: Stan Kowalczyk behind the counter in 2015.",
        "Staff photo: Stan Kowalczyk behind the counter in 2015.",
    ],
)
def test_paper_file_photo_caption_between_turns(caption: str) -> None:
    qs = ("HOW HAS THE STORE SURVIVED?", "DO YOU SELL ONLINE?", "HAVE YOU THOUGHT ABOUT RETIRING?")
    ans = (
        "Service, mostly, and stubbornness. People still come in for one bolt.",
        "A little. We're on one of those local delivery apps now. My daughter set it up.",
        "My wife has thought about it for me. My nephew has been working here for years.",
    )
    body = f"{qs[0]}\n\n{ans[0]}\n\n{qs[1]}\n\n{ans[1]}\n\n{caption}\n\n{qs[2]}\n\n{ans[2]}"
    text = (
        "The Berkshire Ledger\nNews   Sports   Business\n\n"
        "Q&A: Hardware store owner on 40 years behind the counter\n\n"
        "By Hannah Delacroix, Ledger Staff\n\n"
        "Stan Kowalczyk has run Kowalczyk Hardware on Tyler Street since 1985. Delacroix "
        "talked with him about what has kept the store open.\n\n"
        f"{body}\n"
    )
    answers = [r[2] for r in spoken_rows(text) if r[0] == "answer"]
    assert answers == list(ans)
