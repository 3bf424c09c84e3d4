"""Office labels whose holder the page names elsewhere: a provincial ombudsperson, a police
commissioner beside a deputy, an envoy addressed in the first question, a brigade commander's
first label in full, a bishop under a Q:, a committee's chief doctor beside its chair."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import spoken_rows


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Ombudsperson", "Ombudsperson"),
        ("Ombudswoman", "Ombudswoman"),
        ("Bishop", "Bishop"),
        ("Archbishop", "Archbishop"),
        ("Командир бригади", "Командир бригади"),
        ("Командир полка", "Командир полка"),
    ],
)
def test_lone_posts_are_offices(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


_CASES = [
    # A radio page: the lead writes the office before the holder's name.
    (
        "Provincial Ombudsperson Jane Moyo joined Tom Reed on the programme on Tuesday.\n\n"
        "Presenter: Your office found long delays. How did it get that bad?\n\n"
        "Ombudsperson: Slowly. Each delay was treated as an exception.\n\n"
        "Presenter: Is the new hiring enough?\n\n"
        "Ombudsperson: No. Coordinators need the authority to decide.\n",
        "Jane Moyo",
    ),
    # A police media conference: the deputy in the participants list is someone else.
    (
        "Participants: Police Commissioner Gary Lund; Deputy Commissioner Rosa Fenn\n\n"
        "COMMISSIONER: Good afternoon. Six people were arrested overnight.\n\n"
        "DEPUTY COMMISSIONER: Thanks, Commissioner. The warrants were executed at dawn.\n\n"
        "JOURNALIST: Commissioner, are they linked to the shooting?\n\n"
        "COMMISSIONER: Some of them are.\n",
        "Gary Lund",
    ),
    # A magazine interview: the dek names the envoy, the first question addresses him.
    (
        "Ambassador Pieter Lindqvist has led the mission since 2022. He spoke with our "
        "reporters about the elections.\n\n"
        "Balkan Monthly: Ambassador Lindqvist, thank you for your time. Why speak out now?\n\n"
        "Head of Mission: Because the register is the foundation of everything else.\n\n"
        "Balkan Monthly: The government says the list is clean.\n\n"
        "Head of Mission: They have made progress, but the work is not finished.\n",
        "Pieter Lindqvist",
    ),
    # A Ukrainian military outlet: the first label gives office, rank and name in full.
    (
        "Армія FM поговорила з командиром бригади про підготовку поповнення.\n\n"
        "Армія FM: Пане полковнику, скільки триває підготовка?\n\n"
        "Командир бригади полковник Іван Ткач: Місяць, потім ще три тижні в бригаді.\n\n"
        "Армія FM: Що змінилося за рік?\n\n"
        "Командир бригади: Дрони. Тепер базові навички потрібні кожному.\n",
        "Іван Ткач",
    ),
    # A diocese's feature: the predecessor named in a question is no holder.
    (
        "The Rt Revd Anna Price was installed as Bishop of Eastholm in January. She talked to "
        "Mark Hale about the year ahead.\n\n"
        "Interview by Mark Hale | 2 February 2025\n\n"
        "Q: Bishop, what surprised you most?\n\n"
        "Bishop: The distances, honestly.\n\n"
        "Q: Your predecessor, Bishop Alan Ford, closed churches. Will that continue?\n\n"
        "Bishop: He made hard decisions with care.\n",
        "Anna Price",
    ),
    # A committee's press release: the chair's name, then another post and its holder.
    (
        "На заседании комитета, которое провёл председатель комитета Иван Орлов, главный врач "
        "городской поликлиники №3 Пётр Зайцев доложил о записи к специалистам.\n\n"
        "Председатель комитета: Коллеги, слово главному врачу.\n\n"
        "Главный врач: Спасибо. Срок ожидания приёма — девятнадцать дней.\n\n"
        "Депутат Кравец: А что делает министерство?\n\n"
        "Главный врач: Программа действует, но не для города.\n\n"
        "Председатель комитета: Благодарю, переходим к следующему вопросу.\n\n"
        "Депутат Кравец: Поддерживаю.\n",
        "Пётр Зайцев",
    ),
]


@pytest.mark.parametrize(("text", "holder"), _CASES)
def test_office_label_takes_its_holder(text: str, holder: str) -> None:
    answers = [speaker for label, speaker, _ in spoken_rows(text) if label == "answer"]
    assert answers and set(answers) == {holder}
