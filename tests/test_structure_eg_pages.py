"""Round 27 (EG): a briefer's long service-and-rank label, topic tags glued to a turn's end, a
Russian paper's issue stamp under the story."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import classify_label
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(
    ("label", "given", "surname"),
    [
        ("PENTAGON PRESS SECRETARY AIR FORCE MAJ. GEN. PAT RYDER", ("PAT",), "RYDER"),
        ("PENTAGON PRESS SECRETARY AIR FORCE BRIGADIER GENERAL DANA HOLT", ("DANA",), "HOLT"),
        ("DEPUTY PRESS SECRETARY MARINE CORPS LIEUTENANT COLONEL ANN REYES", ("ANN",), "REYES"),
    ],
)
def test_service_and_rank_before_the_name(label: str, given: tuple[str, ...], surname: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert (info.name.given, info.name.surname) == (given, surname)


def test_tags_glued_to_a_middle_turn_are_not_spoken() -> None:
    text = (
        "Вопрос: Есть ли в Москве интерес к этому? #зерноваясделка\n\n"
        "Песков: Пока таких сигналов мы не видим.\n\n"
        "Вопрос: Спасибо. Еще один вопрос?\n\n"
        "Песков: Нет.\n"
    )
    first = analyse(text).turns[0]
    assert text[first.start : first.end] == "Есть ли в Москве интерес к этому?"


@pytest.mark.parametrize(
    "stamp",
    [
        "Российская газета - Федеральный выпуск: №58(9302)",
        "Газета «Коммерсантъ» №45 от 15.03.2024, стр. 2",
    ],
)
def test_paper_issue_stamp_is_page_tail(stamp: str) -> None:
    text = "— Спасибо за интервью.\n\n— Спасибо вам.\n\n" + stamp + "\n"
    assert trailing_start(text) == text.index("Спасибо вам.") + len("Спасибо вам.")
