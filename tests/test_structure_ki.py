# ruff: noqa: E501
"""Round-50 office and role labels (batch KI): short realistic snippets, not the blind files."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import turn_rows


def speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker, _ in turn_rows(text)]


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Начальниця служби у справах дітей", True),
        ("Міністр у справах ветеранів", True),
        ("Директор департаменту з питань освіти", True),
        ("Начальник отдела по делам молодёжи", True),
        ("Іван у справах дітей", False),
    ],
)
def test_office_named_by_its_remit(label: str, office: bool) -> None:
    info = classify_label(label)
    assert (info is not None and info.kind is LabelKind.OFFICE) is office


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("FIRE MARSHAL", LabelKind.OFFICE),
        ("District Judge", LabelKind.OFFICE),
        ("Mary Marshal", LabelKind.PERSON),
    ],
)
def test_remit_noun_before_surname_like_head(label: str, kind: LabelKind) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is kind


def test_remit_office_label_takes_the_leads_holder() -> None:
    text = (
        "У прямому ефірі на запитання слухачів відповідала начальниця служби у справах дітей міської ради Людмила Гордійчук.\n\n"
        "Ведуча: Доброго ранку, я Оксана Мельник. Пані Людмило, вітаю.\n\n"
        "Начальниця служби у справах дітей: Доброго ранку, дякую за запрошення.\n\n"
        "Ведуча: Скільки зараз у місті дітей-сиріт?\n\n"
        "Начальниця служби у справах дітей: На обліку 214 дітей.\n"
    )
    assert speakers(text)[-1] == "Людмила Гордійчук"


FIRE = (
    "State Fire Marshal Karen Dufresne and City Fire Chief Michael Touhey spoke to reporters on Tuesday.\n\n"
    "FIRE MARSHAL: Good afternoon. The fire is fully extinguished.\n\n"
    "FIRE CHIEF: Thank you, Marshal. Two firefighters were hurt.\n\n"
    "QUESTION: Marshal, Kelly Tran, WCVB. Were there people living in there?\n\n"
    "FIRE MARSHAL: That's one of the things we're looking at.\n"
)


def test_fire_marshal_and_vocative_before_self_introduction() -> None:
    assert speakers(FIRE)[-4:] == [
        "Karen Dufresne",
        "Michael Touhey",
        "Kelly Tran",
        "Karen Dufresne",
    ]


CVO = (
    "Transcript of the media briefing given by the UK Chief Veterinary Officer, Dr Alison Reade, on avian influenza.\n\n"
    "PRESS OFFICER: Good morning. First question, Tom Bright from the BBC.\n\n"
    "Q: Thanks. Is this the worst season since 2021?\n\n"
    "CVO: It is a significant season, but not at that level.\n\n"
    "Q: Sorry, Tom Bright again. Can I just ask: why not vaccinate?\n\n"
    "CVO: Vaccination is something we keep under review.\n"
)


def test_office_acronym_and_named_again() -> None:
    assert speakers(CVO)[-4:] == ["Tom Bright", "Alison Reade", "Tom Bright", "Alison Reade"]


def test_roster_office_after_the_bodys_name() -> None:
    text = (
        "Present: Fiona Aldridge (Trust Chair); Dr Sanjay Mehta (Chief Executive)\n\n"
        "CHAIR: We now move to questions from the public. The first question is from Mr Peter Gould.\n\n"
        "QUESTIONER: Thank you, Chair. What is the Board doing about corridor care?\n\n"
        "CHIEF EXECUTIVE: We have opened a discharge unit this winter.\n"
    )
    assert speakers(text) == ["Fiona Aldridge", "Peter Gould", "Sanjay Mehta"]


def test_vice_chair_in_brackets_is_not_the_chair() -> None:
    text = (
        "Present: Fiona Aldridge (Vice Chair); Dr Sanjay Mehta (Chief Executive)\n\n"
        "CHAIR: We now move to questions from the public.\n\n"
        "CHIEF EXECUTIVE: We have opened a discharge unit this winter.\n"
    )
    assert speakers(text)[0] != "Fiona Aldridge"


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        (
            "\n\nItem 5: Chief Executive's report\n\nBoard papers  |  Freedom of Information  |  Accessibility\n© Trust 2025\n",
            True,
        ),
        ("\n\nBoard papers  |  Freedom of Information  |  Accessibility\n", True),
    ],
)
def test_next_agenda_item_and_bar_footer(tail: str, cut: bool) -> None:
    body = (
        "CHAIR: Thank you all for your questions. The responses will be published with the minutes."
    )
    text = body + tail
    assert (trailing_start(text) == len(body)) is cut
