"""Check AF (the label matrix's residue and false labels): labels glued to the sentence before
them on every line, Cyrillic surnames that open with a particle or an article (initials glued
to them, capitals, surname first, alone on a line), a capitals dateline opening the lead, and a
reporter's label glued on with a dotted outlet after the comma. Each case crosses a label style
with a name shape, a header or a furniture; each fails without the change."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_EN_QA = (
    ("Where does the new pier stand after the storm?", "Half of it is gone. The piles held."),
    (
        "How long will the repairs take?",
        "Two summers, if the steel arrives on time, and we open the rest in May.",
    ),
    ("Who pays?", "The harbour board first, then the insurers."),
)
_RU_QA = (
    ("Когда откроют новый терминал?", "Весной, если подрядчик успеет с кровлей."),
    ("Сколько это стоит городу?", "Почти ничего: платит порт и федеральный бюджет."),
    ("Что будет со старым вокзалом?", "Его отдадут под музей, решение уже принято."),
)


def _turns(text: str) -> list[tuple[str, str | None]]:
    doc = build_pipeline(["metadata", "sentences", "turns"])(read_text(text, source="x.txt"))
    return [(t.label, t.attrs.get("speaker")) for t in doc.layer("turns")]


def _dialogue(qa, asker: str, answerer: str, *, glued: bool, sep: str = "\n\n") -> str:
    out = ""
    for q, a in qa:
        for label, said in ((asker, q), (answerer, a)):
            if glued and out:
                out = out.rstrip("\n")
            out += f"{label}{said}{sep}"
    return out


_EN_HEAD = "Harbour repairs: an interview\n\n4 April 2026\n\n"
_RU_HEAD = "Интервью о новом терминале\n\n4 апреля 2026 года\n\n"

CASES = [
    # Every label after the first glued to the sentence before (full names, no lead).
    (
        _EN_HEAD + _dialogue(_EN_QA, "Priya Raman: ", "Tomasz Wierzbicki: ", glued=True),
        ["Priya Raman", "Tomasz Wierzbicki"] * 3,
    ),
    # … in capitals under a lead that names both, with no blank lines.
    (
        _EN_HEAD
        + "Harbour master Tomasz Wierzbicki spoke to Priya Raman of the Coast Post.\n"
        + _dialogue(_EN_QA, "PRIYA RAMAN: ", "TOMASZ WIERZBICKI: ", glued=True, sep="\n"),
        ["Priya Raman", "Tomasz Wierzbicki"] * 3,
    ),
    # … a guest whose surname opens with its particles, in Russian.
    (
        _RU_HEAD + _dialogue(_RU_QA, "Ольга Ким: ", "Габриэла фон Штайнберг: ", glued=True),
        ["Ольга Ким", "Габриэла фон Штайнберг"] * 3,
    ),
    # … a bold label with an Arabic article glued on.
    (
        _RU_HEAD + _dialogue(_RU_QA, "**Ольга Ким**: ", "**Самир аль-Масри**: ", glued=True),
        ["Ольга Ким", "Самир аль-Масри"] * 3,
    ),
    # Initials glued to a particle's surname, under a lead that names both in full.
    (
        _RU_HEAD + "На вопросы ТАСС ответила глава порта Габриэла фон Штайнберг. Беседовал "
        "Ахмед аль-Масри.\n\n"
        + _dialogue(_RU_QA, "А.аль-Масри: ", "Г.фон Штайнберг: ", glued=False),
        ["Ахмед аль-Масри", "Габриэла фон Штайнберг"] * 3,
    ),
    # … the initials first and the surname in capitals, alone on the line.
    (
        _RU_HEAD + "На вопросы ТАСС ответила глава порта Габриэла фон Штайнберг. Беседовал "
        "Ахмед аль-Масри.\n\n"
        + _dialogue(_RU_QA, "А.С. АЛЬ-МАСРИ\n", "Г.К. ФОН ШТАЙНБЕРГ\n", glued=False),
        ["Ахмед аль-Масри", "Габриэла фон Штайнберг"] * 3,
    ),
    # … the surname first, the initials after it.
    (
        _RU_HEAD + "На вопросы ТАСС ответила глава порта Габриэла фон Штайнберг. Беседовала "
        "Анна Петрова.\n\n"
        + _dialogue(_RU_QA, "Петрова А.И.: ", "фон Штайнберг Г.К.: ", glued=False),
        ["Анна Петрова", "Габриэла фон Штайнберг"] * 3,
    ),
    # A capitals label with Cyrillic particles and no lead: the particles in lower case.
    (
        _RU_HEAD + _dialogue(_RU_QA, "ОЛЬГА КИМ: ", "ГАБРИЭЛА ФОН ШТАЙНБЕРГ: ", glued=False),
        ["Ольга Ким", "Габриэла фон Штайнберг"] * 3,
    ),
    # A reporter's label with a dotted outlet, glued to the answer before.
    (
        _EN_HEAD
        + _dialogue(_EN_QA, "Elin Morgan, Nation.Cymru: ", "Tomasz Wierzbicki: ", glued=True),
        ["Elin Morgan", "Tomasz Wierzbicki"] * 3,
    ),
    # … at line starts, under capitals labels for the guest.
    (
        _EN_HEAD
        + _dialogue(_EN_QA, "Elin Morgan, Wales.Online: ", "TOMASZ WIERZBICKI: ", glued=False),
        ["Elin Morgan", "Tomasz Wierzbicki"] * 3,
    ),
]


@pytest.mark.parametrize("text, speakers", CASES)
def test_label_residue_speakers(text: str, speakers: list[str]) -> None:
    turns = [(lab, sp) for lab, sp in _turns(text) if lab in ("question", "answer")]
    assert [sp for _, sp in turns] == speakers
    assert [lab for lab, _ in turns] == ["question", "answer"] * 3


# A capitals dateline opening the lead, crossed with the label styles: the lead, no speaker.
DATELINE_CASES = [
    (
        "Harbour repairs\n\n4 April 2026\n\nKOTA KINABALU: Harbour master Tomasz Wierzbicki "
        "spoke to Priya Raman about the storm.\n\n"
        + _dialogue(_EN_QA, "Priya Raman: ", "Tomasz Wierzbicki: ", glued=False),
        ["Priya Raman", "Tomasz Wierzbicki"] * 3,
    ),
    (
        "Harbour repairs\n\n4 April 2026\n\nPORT MORESBY: Harbour master Tomasz Wierzbicki "
        "spoke to Priya Raman about the storm.\n\n"
        + _dialogue(_EN_QA, "RAMAN: ", "WIERZBICKI: ", glued=False),
        ["Priya Raman", "Tomasz Wierzbicki"] * 3,
    ),
]


@pytest.mark.parametrize("text, speakers", DATELINE_CASES)
def test_capitals_dateline_is_the_lead(text: str, speakers: list[str]) -> None:
    turns = _turns(text)
    assert turns[0][1] is None
    assert [sp for lab, sp in turns if lab in ("question", "answer")] == speakers
